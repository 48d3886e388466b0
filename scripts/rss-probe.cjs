// Preloaded into a Node process (NODE_OPTIONS="--require scripts/rss-probe.cjs"), writes the process's own peak
// resident set size, in KiB, to the file named by RSS_PROBE_FILE when it exits. The benchmarks and the hostile-input
// tests measure the command itself this way, not the process that spawned it.
// The peak is the process's own high-water mark (VmHWM in /proc/self/status), not resourceUsage().maxRSS: on Linux a
// child's maxRSS keeps the resident size of the process it was forked from (the fork copies its parent's pages, and
// the peak survives exec), so a command spawned by a 330 MB jest worker reported 330 MB whatever it did itself.
// Where /proc is missing (macOS), maxRSS is the best there is.
// With RSS_PROBE_CPU_FILE set, it also writes the process's own CPU time (user + system), in microseconds, there: on a
// shared machine a process's CPU time varies far less than its wall-clock time.
'use strict';
const fs = require('node:fs');

const out = process.env.RSS_PROBE_FILE;
const cpuOut = process.env.RSS_PROBE_CPU_FILE;
/** This process's own peak resident set since its exec, in KiB, or undefined where /proc does not say. */
function ownPeakKiB() {
  try {
    const m = /^VmHWM:\s*(\d+)\s*kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

if (out || cpuOut) {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      if (out) fs.writeFileSync(out, String(ownPeakKiB() ?? usage.maxRSS));
      if (cpuOut) fs.writeFileSync(cpuOut, String(usage.userCPUTime + usage.systemCPUTime));
    } catch {
      /* the probe never changes how the process ends */
    }
  });
}
