// The memory probe (scripts/rss-probe.cjs) that the hostile-input tests and the streaming bench read: it reports the
// measured command's own peak, not the resident size of the process that spawned it. On Linux a child's
// resourceUsage().maxRSS keeps its parent's size at fork, which made a tiny command spawned by a large jest worker
// look 330 MB large on CI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './spawn-cli';

const probe = join(root, 'scripts', 'rss-probe.cjs');

/** Runs `childCode` in a node child (with the probe) spawned from a parent that first holds `parentMB` of memory. */
function measured(parentMB: number, childCode: string): { parentRssMB: number; childPeakMB: number } {
  const dir = mkdtempSync(join(tmpdir(), 'ci-probe-'));
  try {
    const rssFile = join(dir, 'rss');
    const parent = `
      const { spawnSync } = require('node:child_process');
      const keep = [];
      for (let i = 0; i < ${parentMB}; i++) keep.push(Buffer.alloc(1 << 20, 1));
      const r = spawnSync(process.execPath, ['-e', ${JSON.stringify(childCode)}], {
        env: { ...process.env, NODE_OPTIONS: '--require ' + ${JSON.stringify(probe)}, RSS_PROBE_FILE: ${JSON.stringify(rssFile)} },
      });
      if (r.status !== 0) process.exit(3);
      process.stdout.write(String(process.memoryUsage().rss / 1048576) + ' ' + keep.length);
    `;
    const r = spawnSync(process.execPath, ['-e', parent], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(r.status).toBe(0);
    return { parentRssMB: Number(r.stdout.split(' ')[0]), childPeakMB: Number(readFileSync(rssFile, 'utf8')) / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the memory probe', () => {
  it("reports a small command's own peak, not the 400 MB of the process that spawned it", () => {
    const { parentRssMB, childPeakMB } = measured(400, 'let x = 0; for (let i = 0; i < 1e5; i++) x += i;');
    expect(parentRssMB).toBeGreaterThan(400);
    expect(childPeakMB).toBeGreaterThan(10);
    expect(childPeakMB).toBeLessThan(150);
  });

  it('still sees what the command itself allocates', () => {
    const { childPeakMB } = measured(0, 'const keep = []; for (let i = 0; i < 300; i++) keep.push(Buffer.alloc(1 << 20, 1)); if (keep.length !== 300) process.exit(1);');
    expect(childPeakMB).toBeGreaterThan(300);
  });
});
