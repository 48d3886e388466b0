// Jest global teardown: after the last test file, no process a test started may still run. Each suite stops
// its own (test/browser/helpers.ts, testcrm/spawn.ts); this is the check that they did. A leftover is killed and
// fails the run, naming it. Processes get a few seconds to go (an esbuild service ends when its parent has).
import { RUN_MARKER } from './jest.global-setup';
import { killAll, waitGone, type Proc } from './processes';

const GRACE_MS = 5000;

export default async function globalTeardown(): Promise<void> {
  const run = process.env[RUN_MARKER];
  if (!run) return;
  // This jest process's own esbuild service (the transform's, when tests ran in band) ends with jest itself.
  const ownService = (p: Proc) => p.ppid === process.pid && /esbuild.* --service/.test(p.args);
  const left = await waitGone(RUN_MARKER, run, GRACE_MS, ownService);
  if (left.length === 0) return;
  killAll(left);
  throw new Error(
    `${left.length} process(es) started by the tests were still running ${GRACE_MS / 1000} s after the last test ` +
      `file ended (now killed). The suite that started them must stop them in afterAll, on failure too:\n` +
      left.map((p) => `  pid ${p.pid}: ${p.args.slice(0, 200)}`).join('\n'),
  );
}
