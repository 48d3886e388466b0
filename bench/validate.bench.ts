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
import { parse as parseDate, format as formatDate } from 'date-fns';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { resolveSettings } from '../src/engine/settings';
import type { CellValue, Settings } from '../src/engine/types';
import { validateRows } from '../src/engine/validate';
import { mulberry32 } from '../testcrm/faults';
import type { BenchResult } from './types';

export const ROWS = 100_000;

// ---------- deterministic generation ----------

const FIRST = ['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara', 'Richard', 'Susan', 'José', 'Zoë', 'Aarav', 'Mei', 'Olivia', 'Noah', "O'Brien", 'Anne-Marie', 'Chloé', 'Liam'];
const LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernández', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Nguyen', 'Kowalski', "O'Neil", 'Van der Berg'];
const COMPANIES = ['Acme Corp', 'Globex', 'Initech', 'Umbrella LLC', 'Stark Industries', 'Wayne Enterprises', 'Hooli', 'Vandelay Industries', 'Soylent Co.', 'Tyrell Corp', 'Wonka Ltd', ''];
const CITIES: Array<[string, string, string]> = [
  ['New York', 'NY', '10001'], ['Los Angeles', 'CA', '90012'], ['Chicago', 'IL', '60601'], ['Houston', 'TX', '77002'], ['Phoenix', 'AZ', '85004'],
  ['Philadelphia', 'PA', '19103'], ['San Antonio', 'TX', '78205'], ['San Diego', 'CA', '92101'], ['Dallas', 'TX', '75201'], ['Austin', 'TX', '78701'],
  ['Seattle', 'WA', '98101'], ['Boston', 'MA', '02108'], ['Miami', 'FL', '33130'], ['Denver', 'CO', '80202'],
];
const STREETS = ['Main St', 'Oak Ave', 'Maple Dr', 'Cedar Ln', 'Pine St', 'Elm St', 'Washington Blvd', 'Lakeview Rd', 'Sunset Blvd'];
const TAGS = ['VIP', 'Newsletter', 'Lead', 'Customer', 'Partner', 'Webinar 2024', 'Trade show', 'Referral'];
const DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'example.com', 'acme.io', 'company.co.uk', 'mail.de'];
const AREA = ['201', '212', '213', '305', '312', '404', '415', '512', '617', '646', '702', '713', '718', '801', '917'];
const DATE_FORMATS = [
  'yyyy-MM-dd', 'yyyy-M-d', 'yyyy/MM/dd', 'yyyy/M/d', 'yyyy.MM.dd', 'MM.dd.yyyy', 'M.d.yyyy', 'MM/dd/yyyy', 'M/d/yyyy', 'MM-dd-yyyy', 'M-d-yyyy',
  'dd MMM yyyy', 'd MMM yyyy', 'MMM dd yyyy', 'MMM d yyyy', 'yyyy MMM dd', 'dd-MMM-yyyy', 'MMM-dd-yyyy', 'yyyy-MMM-dd', 'dd MMM, yyyy',
  'MMM dd, yyyy', 'do MMM yyyy', 'MMM do yyyy', 'do MMM, yyyy', 'MMM do, yyyy', 'dd MMMM yyyy', 'MMMM dd yyyy', 'yyyy MMMM dd', 'MMMM d, yyyy', 'dd MMMM, yyyy',
];
const BAD_DATES: Array<[string, string]> = [['Feb 30 2024', 'MMM d yyyy'], ['2023-02-29', 'yyyy-MM-dd'], ['13/45/2020', 'MM/dd/yyyy'], ['31/12/1990', 'MM/dd/yyyy'], ['sometime in May', 'MMMM'], ['2024-13-01', 'yyyy-MM-dd']];
const BAD_PHONES = ['555-01', 'call me', '+1 415 555', '123-456-7890', '12345', '+999 123 456 789', '(000) 000-0000'];
const BAD_EMAILS = ['john.doe@', 'jane@@example.com', 'bob@example', 'a b@example.com', 'x@y..com', '@example.com', 'mary.example.com'];

export const HEADERS = [
  'First Name', 'Last Name', 'Email', 'Phone', 'Date of Birth', 'Company Name', 'Street Address', 'City', 'State', 'Postal Code',
  'Tags', 'Website', 'Score', 'Deal Value', 'Subscribed',
];

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
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const bad = () => rnd() < 0.215; // 7 of the 15 columns can hold a bad value: ~10% of all cells
  const digits = (k: number) => {
    let s = '';
    for (let i = 0; i < k; i++) s += Math.floor(rnd() * 10);
    return s;
  };
  const rows: CellValue[][] = new Array(n);
  const phones: string[] = new Array(n);
  const dates: string[] = new Array(n);
  const dateFormats: string[] = new Array(n);
  let badCells = 0;
  const base = new Date(1950, 0, 1).getTime();
  for (let i = 0; i < n; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    // Email: unique per row, with ~1% deliberate duplicates of an earlier row.
    let email: string;
    if (bad()) {
      email = pick(BAD_EMAILS);
      badCells++;
    } else if (i > 10 && rnd() < 0.01) email = String(rows[Math.floor(rnd() * i)][2]).toUpperCase();
    else email = `${first}.${last}${i}@${pick(DOMAINS)}`.toLowerCase().replace(/[^a-z0-9.@-]/g, '');
    // Phone: many national and E.164 shapes, some typed as numbers.
    let phone: CellValue;
    const a = pick(AREA);
    const ex = String(200 + Math.floor(rnd() * 800));
    const ln = digits(4);
    if (bad()) {
      phone = pick(BAD_PHONES);
      badCells++;
    } else {
      const k = Math.floor(rnd() * 12);
      phone = [
        `(${a}) ${ex}-${ln}`, `${a}-${ex}-${ln}`, `${a}.${ex}.${ln}`, `${a}${ex}${ln}`, `+1 ${a} ${ex} ${ln}`, `+1${a}${ex}${ln}`,
        `+44 20 7${digits(3)} ${digits(4)}`, `+49 30 ${digits(7)}`, `+33 1 4${digits(1)} ${digits(2)} ${digits(2)} ${digits(2)}`, `1-${a}-${ex}-${ln}`,
        `+1 (${a}) ${ex}-${ln} ext. ${digits(2)}`, `${a} ${ex} ${ln}`,
      ][k];
      if (k === 3 && rnd() < 0.5) phone = Number(phone); // Sheets typed it as a number
    }
    phones[i] = String(phone);
    // Date of birth in one of the seed's formats.
    let dob: string;
    if (bad()) {
      const [t, f] = pick(BAD_DATES);
      dob = t;
      dateFormats[i] = f;
      badCells++;
    } else {
      const f = pick(DATE_FORMATS);
      dob = formatDate(new Date(base + Math.floor(rnd() * 55 * 365) * 86400000), f);
      dateFormats[i] = f;
    }
    dates[i] = dob;
    const [city, state, zip] = pick(CITIES);
    const tags = bad() ? '' : [pick(TAGS), pick(TAGS), pick(TAGS)].slice(0, 1 + Math.floor(rnd() * 3)).join(pick([', ', '; ', '. ']));
    let website: string;
    if (bad()) {
      website = pick(['htp:/broken', 'not a url', 'www.', 'http://']);
      badCells++;
    } else website = pick(['https://', 'http://www.', 'www.', '']) + `${last.toLowerCase().replace(/[^a-z]/g, '')}${i % 97}.com`;
    let score: CellValue;
    if (bad()) {
      score = pick(['12abc', 'n/a', '1.2.3']);
      badCells++;
    } else score = pick([String(Math.floor(rnd() * 100)), (rnd() * 10).toFixed(2), '.5', '1,234']);
    let money: CellValue;
    if (bad()) {
      money = pick(['12..50', 'ten dollars', '1,23,4']);
      badCells++;
    } else money = pick([String(Math.floor(rnd() * 100000)), '1,234,234.33', (rnd() * 5000).toFixed(2), Math.round(rnd() * 1e6) / 100]);
    let sub: CellValue;
    if (bad()) {
      sub = pick(['maybe', 'sometimes', '2']);
      badCells++;
    } else sub = pick(['yes', 'no', 'TRUE', 'false', '1', '0', true, false]);
    rows[i] = [
      first, last, email, phone, dob,
      pick(COMPANIES), `${1 + Math.floor(rnd() * 9999)} ${pick(STREETS)}`, city, state, zip,
      tags, website, score, money, sub,
    ];
  }
  return { rows, phones, dates, dateFormats, badCells, cells: n * HEADERS.length };
}

export function benchSettings(): Settings {
  const r = resolveSettings({
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
