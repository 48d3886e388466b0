// npm run bench [-- --json] [-- --only NAME]
// Runs every bench/*.bench.ts (sorted by name); each default-exports `async () => BenchResult[]`.
// Readable lines by default; with --json, one JSON object per benchmark per line.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BenchResult } from './types';

function projectRoot(from: string): string {
  let dir = path.resolve(from);
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(from);
    dir = up;
  }
  return dir;
}

function parseArgs(argv: string[]): { json: boolean; only: string[] } {
  const out = { json: false, only: [] as string[] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') out.json = true;
    else if (a === '--only') out.only.push(argv[++i] ?? '');
    else if (a.startsWith('--only=')) out.only.push(a.slice(7));
    else {
      process.stderr.write(`bench: unknown argument "${a}". Use --json and --only NAME.\n`);
      process.exit(2);
    }
  }
  return out;
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

export function readableLine(r: BenchResult): string {
  const parts = [
    r.name.padEnd(10),
    `${fmt(r.rows)} rows`,
    `${fmt(r.seconds, 3)} s`,
    `${fmt(r.rowsPerSec)} rows/s`,
    `peak ${fmt(r.peakMB, 1)} MB${r.peakKind ? ` (${r.peakKind})` : ''}`,
  ];
  if (r.ratio !== undefined) parts.push(`ratio ${fmt(r.ratio, 2)} to floor ${fmt(r.floorSeconds ?? 0, 3)} s${r.floor ? ` (${r.floor})` : ''}`);
  if (typeof r.cpuRatio === 'number') parts.push(`CPU ratio ${fmt(r.cpuRatio, 2)} (${fmt(Number(r.cpuSeconds), 1)} s / ${fmt(Number(r.floorCpuSeconds), 1)} s CPU)`);
  if (typeof r.modelledSeconds === 'number') {
    // The latency model's figures (bench/model.bench.ts): Apps Script's time for the same work.
    parts.push(`modelled ${fmt(r.modelledSeconds, 1)} s (${fmt(Number(r.modelledPer10k), 1)} s per 10k rows) in ${r.executions} execution(s)`);
    parts.push(`${fmt(Number(r.calls))} calls, ${fmt(Number(r.cellsRead))} cells read, ${fmt(Number(r.cellsWritten))} written`);
    const top = (r.top as Array<{ method: string; seconds: number }> | undefined) ?? [];
    if (top.length) parts.push(`most: ${top.slice(0, 3).map((m) => `${m.method} ${fmt(m.seconds, 1)} s`).join(', ')}`);
    if (r.target) parts.push(`target ${String(r.target)}: ${r.targetMet ? 'met' : 'MISSED'}`);
  }
  const t = r.targets;
  if (t) {
    const checks: string[] = [];
    if (t.maxRatio !== undefined && r.ratio !== undefined) checks.push(`ratio <= ${t.maxRatio}: ${r.ratio <= t.maxRatio ? 'met' : 'MISSED'}`);
    if (t.minRowsPerSec !== undefined) checks.push(`>= ${fmt(t.minRowsPerSec)} rows/s: ${r.rowsPerSec >= t.minRowsPerSec ? 'met' : 'MISSED'}`);
    if (t.maxPeakMB !== undefined) checks.push(`peak <= ${fmt(t.maxPeakMB)} MB: ${r.peakMB <= t.maxPeakMB ? 'met' : 'MISSED'}`);
    if (checks.length) parts.push(`targets ${checks.join(', ')}`);
  }
  return parts.join('  |  ');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = projectRoot(__dirname);
  const dir = path.join(root, 'bench');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runTs } = require(path.join(root, 'bin', 'run-ts.js')) as { runTs: (f: string) => { default?: () => Promise<BenchResult[]> } };
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
  const selected = args.only.length ? files.filter((f) => args.only.some((o) => f.replace(/\.bench\.ts$/, '') === o || f.startsWith(o))) : files;
  if (args.only.length && !selected.length) {
    process.stderr.write(`bench: no benchmark matches ${args.only.map((o) => `"${o}"`).join(', ')}. Available: ${files.map((f) => f.replace(/\.bench\.ts$/, '')).join(', ')}.\n`);
    process.exitCode = 2;
    return;
  }
  for (const f of selected) {
    const mod = runTs(path.join(dir, f));
    if (typeof mod.default !== 'function') {
      process.stderr.write(`bench: ${f} has no default export function; skipped.\n`);
      process.exitCode = 1;
      continue;
    }
    const results = await mod.default();
    for (const r of results) process.stdout.write((args.json ? JSON.stringify(r) : readableLine(r)) + '\n');
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 1;
});
