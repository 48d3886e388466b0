// Streaming validate benchmark (issue 14): `contact-import validate FILE.csv` on generated files of 100,000,
// 1,000,000 and 10,000,000 rows x 15 columns (bench/contacts-data.ts: a realistic mix, ~10% bad cells, ~1%
// duplicate emails), each written to a temporary file on the fly and deleted afterwards.
//
// Each figure is a child process, timed from spawn to exit; its peak memory is its own peak RSS
// (scripts/rss-probe.cjs), not this runner's:
// - validate: the command, with the readable report (the rows' JSON would add its own cost), on worker threads as
//   by default (cli/validate-parallel.ts; its CPU time counts every thread);
// - the FLOOR: the project's CSV reader alone on the same file (bench/csv-read.ts own: the very reader validate
//   uses, sniff, UTF-8 check, decoding and parsing), so the ratio is what checking the rows costs on top of
//   reading them;
// - the peer parser: csv-parse (node-csv) on the same file (bench/csv-read.ts csv-parse), up to 1,000,000 rows;
// - the engine alone: validateRows in this process on the first 100,000 rows of the file, already parsed, in
//   memory (no I/O): what the rule checks themselves cost per row, for the streaming's own overhead.
//
// Targets: peak RSS under 1 GB at 10,000,000 rows; validate under 3x the floor.
// Each child's own CPU time (user + system, scripts/rss-probe.cjs) is reported too, with `cpuRatio` = validate's CPU
// seconds / the floor's: on a shared machine wall-clock times swing with the other processes' load (the same 1M run
// measured 6 to 13 times the floor), while CPU time is what the command itself costs.
// A CPU profile of a 200,000-row validate (node --cpu-prof) put ~85% of the time in the rows' checks, of which
// libphonenumber-js's parse of the phone cell was ~48% of the whole run. With the phone fast path
// (src/engine/formats/phone-fast.ts) and the library's readings remembered per text, phones are ~9%: the rows'
// checks are ~62% (dates ~8%, lists ~5%, the duplicate check ~6%), parsing the file ~11%, garbage collection ~11%,
// start-up (bundling the CLI) ~7%.
// STREAM_BENCH_ROWS=100000,1000000 runs other sizes (the 10M case takes a long time on a shared machine).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseCsv } from '../cli/csv/parse';
import { validateRows } from '../src/engine/validate';
import { writeContactsCsv } from './contacts-csv';
import { HEADERS } from './contacts-data';
import type { BenchResult } from './types';
import { benchSettings } from './validate.bench';

const SIZES = (process.env.STREAM_BENCH_ROWS ?? '100000,1000000,10000000').split(',').map(Number);
const CSV_PARSE_UP_TO = 1_000_000;
const ENGINE_ROWS = 100_000;

function projectRoot(from: string): string {
  let dir = path.resolve(from);
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

interface Run {
  seconds: number;
  /** The child's own CPU time, user + system. */
  cpuSeconds: number;
  peakMB: number;
  stdout: string;
}

function child(root: string, args: string[], work: string): Run {
  const rss = path.join(work, 'rss');
  const cpu = path.join(work, 'cpu');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: `--require ${path.join(root, 'scripts', 'rss-probe.cjs')}`, RSS_PROBE_FILE: rss, RSS_PROBE_CPU_FILE: cpu },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const peakMB = round(Number(fs.readFileSync(rss, 'utf8')) / 1024, 1);
  const cpuSeconds = round(Number(fs.readFileSync(cpu, 'utf8')) / 1e6);
  return { seconds, cpuSeconds, peakMB, stdout: r.stdout };
}

/** validateRows on the first rows of the file, parsed in memory: seconds per row of the rule checks alone. */
function engineSecondsPerRow(file: string): number {
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(40 * 1024 * 1024);
  const n = fs.readSync(fd, buf, 0, buf.length, 0);
  fs.closeSync(fd);
  const text = buf.subarray(0, n).toString('utf8');
  const rows = parseCsv(text.slice(0, text.lastIndexOf('\n') + 1)).slice(1, ENGINE_ROWS + 1);
  const settings = benchSettings();
  validateRows({ headers: HEADERS, rows: rows.slice(0, 10_000), firstLine: 2, settings }); // warm-up
  const t0 = process.hrtime.bigint();
  validateRows({ headers: HEADERS, rows, firstLine: 2, settings });
  return Number(process.hrtime.bigint() - t0) / 1e9 / rows.length;
}

export default async function streamBench(): Promise<BenchResult[]> {
  const root = projectRoot(__dirname);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'contact-import-stream-bench-'));
  const results: BenchResult[] = [];
  try {
    const settingsFile = path.join(work, 'settings.json');
    fs.writeFileSync(settingsFile, JSON.stringify({ customFields: benchSettings().customFields }));
    let enginePerRow = 0;
    for (const rows of SIZES) {
      const file = path.join(work, `contacts-${rows}.csv`);
      try {
        const bytes = writeContactsCsv(file, rows);
        if (!enginePerRow) enginePerRow = engineSecondsPerRow(file);
        const floor = child(root, ['bin/run-ts.js', 'bench/csv-read.ts', 'own', file], work);
        const read = JSON.parse(floor.stdout) as { rows: number };
        if (read.rows !== rows + 1) throw new Error(`The floor read ${read.rows} rows of ${rows + 1}.`);
        const peer = rows <= CSV_PARSE_UP_TO ? child(root, ['bin/run-ts.js', 'bench/csv-read.ts', 'csv-parse', file], work) : null;
        const v = child(root, ['bin/contact-import.js', 'validate', file, '--settings', settingsFile, '--quiet'], work);
        if (!v.stdout.startsWith(`contacts-${rows}.csv: ${rows} rows checked`)) throw new Error(`validate said: ${v.stdout.slice(0, 200)}`);
        const label = rows >= 1e6 ? `${rows / 1e6}M` : `${rows / 1e3}k`;
        results.push({
          name: `stream-${label}`,
          rows,
          columns: HEADERS.length,
          fileMB: round(bytes / 1048576, 1),
          seconds: round(v.seconds),
          rowsPerSec: Math.round(rows / v.seconds),
          peakMB: v.peakMB,
          peakKind: 'the validate process\'s own peak RSS',
          ratio: round(v.seconds / floor.seconds, 2),
          floorSeconds: round(floor.seconds),
          floor: "the project's CSV reader alone on the same file (own process)",
          floorPeakMB: floor.peakMB,
          cpuSeconds: v.cpuSeconds,
          floorCpuSeconds: floor.cpuSeconds,
          cpuRatio: round(v.cpuSeconds / floor.cpuSeconds, 2),
          targets: { maxRatio: 3, ...(rows >= 10_000_000 ? { maxPeakMB: 1024 } : {}) },
          ...(peer ? { csvParseSeconds: round(peer.seconds), csvParseToOwnParser: round(peer.seconds / floor.seconds, 2) } : {}),
          engineRowsPerSec: Math.round(1 / enginePerRow),
          toEngineAlone: round(v.seconds / rows / enginePerRow, 2),
        });
      } finally {
        fs.rmSync(file, { force: true });
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return results;
}
