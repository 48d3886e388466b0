// Preloaded into a Node process (NODE_OPTIONS="--require scripts/rss-probe.cjs"), writes the process's own peak
// resident set size, in KiB, to the file named by RSS_PROBE_FILE when it exits. The benchmarks and the hostile-input
// tests measure the command itself this way, not the process that spawned it.
'use strict';
const fs = require('node:fs');

const out = process.env.RSS_PROBE_FILE;
if (out) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(out, String(process.resourceUsage().maxRSS));
    } catch {
      /* the probe never changes how the process ends */
    }
  });
}
