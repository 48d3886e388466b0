// Validation benchmark (issue 3): validateRows on a generated sheet of 100,000 rows x 15 columns, a realistic
// mix with about 10% bad cells, against its FLOOR measured in the same process: the same phone cells through
// libphonenumber-js parsing (parsePhoneNumberFromString with the default country, 'max' metadata as the engine
// uses; the non-throwing variant, so bad numbers do not inflate the floor with exception costs) plus the same
// date cells through a single date-fns `parse` with the format they were generated in.
//
// Timing: one warm-up run of each on 20,000 rows, then the best of 5 full runs. Peak memory: the process's
// peak resident set size (process.resourceUsage().maxRSS) after the validate runs; it includes the generated
// sheet (measured alone as inputMB) and the kept result of one run. heapMB is the heap used while one
// validateRows result is alive.
import { parse as parseDate } from 'date-fns';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { readSettings } from '../src/crm/registry';
import type { CellValue, Settings } from '../src/engine/types';
import { validateRows } from '../src/engine/validate';
import { ContactRowMaker, HEADERS } from './contacts-data';
import type { BenchResult } from './types';

export const ROWS = 100_000;
export { HEADERS };

// ---------- deterministic generation (bench/contacts-data.ts) ----------

export interface Generated {
  rows: CellValue[][];
  /** Phone cells as the floor reads them. */
  phones: string[];
  /** Date cells and the date-fns format each was generated in. */
  dates: string[];
  dateFormats: string[];
  badCells: number;
  cells: number;
}

export function generate(n: number, seed = 20240908): Generated {
  const maker = new ContactRowMaker(seed);
  const rows: CellValue[][] = new Array(n);
  const phones: string[] = new Array(n);
  const dates: string[] = new Array(n);
  const dateFormats: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = maker.row(i, (k) => rows[k][2]);
    rows[i] = r.cells;
    phones[i] = r.phone;
    dates[i] = r.dob;
    dateFormats[i] = r.dateFormat;
  }
  return { rows, phones, dates, dateFormats, badCells: maker.badCells, cells: n * HEADERS.length };
}

export function benchSettings(): Settings {
  const r = readSettings({
    customFields: [
      { key: 'score', label: 'Score', type: 'number' },
      { key: 'dealValue', label: 'Deal Value', type: 'monetary' },
      { key: 'subscribed', label: 'Subscribed', type: 'checkbox' },
    ],
  });
  if ('errors' in r) throw new Error(r.errors.join('; '));
  return r.settings;
}

// ---------- measuring ----------

function floorRun(g: Generated, from: number, to: number, country: CountryCode, ref: Date): number {
  let sink = 0;
  for (let i = from; i < to; i++) {
    const p = parsePhoneNumberFromString(g.phones[i], { defaultCountry: country });
    if (p) sink += p.nationalNumber.length;
    const d = parseDate(g.dates[i], g.dateFormats[i], ref);
    sink += d.getTime() === d.getTime() ? 1 : 0;
  }
  return sink;
}

/** Wall-clock seconds of one call. */
export function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

export default async function validateBench(): Promise<BenchResult[]> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap0 = process.memoryUsage().heapUsed;
  const g = generate(ROWS);
  gc?.();
  const inputMB = mb(process.memoryUsage().heapUsed - heap0);
  const settings = benchSettings();
  const ref = new Date(2000, 0, 1);
  const country = settings.defaultCountry as CountryCode;
  const warm = 20_000;

  // Warm-up, then best of 3.
  floorRun(g, 0, warm, country, ref);
  validateRows({ headers: HEADERS, rows: g.rows.slice(0, warm), firstLine: 2, settings });
  let floor = Infinity;
  let best = Infinity;
  let heapMB = 0;
  let summary = { total: 0, success: 0, warning: 0, failure: 0 };
  let issues = 0;
  for (let run = 0; run < 5; run++) {
    floor = Math.min(floor, time(() => floorRun(g, 0, ROWS, country, ref)));
    gc?.();
    const before = process.memoryUsage().heapUsed;
    let result: ReturnType<typeof validateRows> | null = null;
    best = Math.min(best, time(() => (result = validateRows({ headers: HEADERS, rows: g.rows, firstLine: 2, settings }))));
    heapMB = Math.max(heapMB, mb(process.memoryUsage().heapUsed - before));
    const r = result as unknown as ReturnType<typeof validateRows>;
    summary = r.summary;
    issues = r.rows.reduce((n, row) => n + row.issues.length, 0);
  }
  const peakMB = mb(process.resourceUsage().maxRSS * 1024);
  return [
    {
      name: 'validate',
      rows: ROWS,
      columns: HEADERS.length,
      seconds: Math.round(best * 1000) / 1000,
      rowsPerSec: Math.round(ROWS / best),
      peakMB,
      peakKind: 'process peak RSS, includes the generated sheet',
      heapMB,
      inputMB,
      ratio: Math.round((best / floor) * 100) / 100,
      floorSeconds: Math.round(floor * 1000) / 1000,
      floor: 'libphonenumber-js parse + date-fns parse of the same phone and date cells',
      targets: { maxRatio: 1.5, minRowsPerSec: 40_000 },
      badCellShare: Math.round((g.badCells / g.cells) * 1000) / 1000,
      summary,
      issues,
    },
  ];
}
