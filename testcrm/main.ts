// CLI: node bin/run-ts.js testcrm/main.ts [--port 0] [--token T] [--location L] [--fault-rate 0.05]
//      [--fault-statuses 429,503] [--seed 1] [--retry-after 0] [--hl-rate-limit 100/10000]
// Prints one JSON line {"url", "port", "token", "locationId"} when it is listening; stops on SIGTERM/SIGINT
// or when a piped stdin closes (so a test's child never outlives the test).
import fs from 'node:fs';
import { startTestCrm } from './server';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf('--' + name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

(async () => {
  const rate = Number(arg('fault-rate') ?? 0);
  const hl = arg('hl-rate-limit');
  const crm = await startTestCrm({
    port: Number(arg('port') ?? 0),
    token: arg('token'),
    locationId: arg('location'),
    seed: arg('seed') ? Number(arg('seed')) : undefined,
    hlRateLimit: hl ? { limit: Number(hl.split('/')[0]), windowMs: Number(hl.split('/')[1]) } : null,
    faults: rate
      ? {
          random: {
            rate,
            statuses: (arg('fault-statuses') ?? '429,503').split(',').map(Number),
            seed: Number(arg('seed') ?? 1),
            retryAfter: arg('retry-after'),
          },
        }
      : undefined,
  });
  process.stdout.write(JSON.stringify({ url: crm.url, port: crm.port, token: crm.token, locationId: crm.locationId }) + '\n');
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    void crm.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Watch stdin only when it is a pipe from the parent (spawnTestCrm): with stdin ignored (/dev/null), 'end'
  // would fire at once.
  let piped: boolean;
  try {
    const st = fs.fstatSync(0);
    piped = st.isFIFO() || st.isSocket();
  } catch {
    piped = false;
  }
  if (piped && arg('watch-stdin') !== 'no') {
    process.stdin.on('end', stop);
    process.stdin.on('close', stop);
    process.stdin.resume();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
