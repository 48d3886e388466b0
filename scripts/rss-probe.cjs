// Preloaded into a Node process (NODE_OPTIONS="--require scripts/rss-probe.cjs"), writes the process's own peak
// resident set size, in KiB, to the file named by RSS_PROBE_FILE when it exits. The benchmarks and the hostile-input
// tests measure the command itself this way, not the process that spawned it.
// With RSS_PROBE_CPU_FILE set, it also writes the process's own CPU time (user + system), in microseconds, there: on a
// shared machine a process's CPU time varies far less than its wall-clock time.
'use strict';
const fs = require('node:fs');

const out = process.env.RSS_PROBE_FILE;
const cpuOut = process.env.RSS_PROBE_CPU_FILE;
if (out || cpuOut) {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      if (out) fs.writeFileSync(out, String(usage.maxRSS));
      if (cpuOut) fs.writeFileSync(cpuOut, String(usage.userCPUTime + usage.systemCPUTime));
    } catch {
      /* the probe never changes how the process ends */
    }
  });
}
