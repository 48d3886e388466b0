// validateRows, streamed: rows come one by one from a file of any length and each is checked as it comes, with the
// engine's own SheetValidator. What is kept across rows is what the checks need: the duplicate index (a compact
// hash per match value, cli/seen-index.ts), the counts, the problem groups (their first lines only), the header
// and the first 20 rows (auto-mapping reads them), and the width of the data.
//
// The results equal validateRows over the whole sheet's data range (what `validate` computed before it streamed):
// - the header row and the sample rows are the same (the rows just under the header, blank ones included);
// - the data range's width (its last column holding something, in any row) is only known at the end. Columns
//   past the header and the sample rows are empty in both, so auto-mapping leaves them out ("Column F": null);
//   the mapping and its problems are computed again at the end, with the final width, when it differs.
import { detectHeaderRow, HEADER_SEARCH_ROWS, type HeaderRowInfo } from '../src/engine/automap';
import { isEmptyCell } from '../src/engine/formats/text';
import { ProblemGroups } from '../src/engine/report';
import type { CellValue, Mapping, Settings, ValidatedRow, ValidationSummary } from '../src/engine/types';
import { SheetValidator, type ValidatorOptions } from '../src/engine/validate';

/** Rows auto-mapping looks at, as validateRows gives it. */
export const SAMPLE_ROWS = 20;

export interface RowSink {
  /** Called once, before the first row: the header row and the mapping the rows are checked with. */
  start?(plan: { header: CellValue[]; mapping: Mapping }): void | Promise<void>;
  /** Each non-blank row, in order, with its cells. Returns false when the caller must await drain() first. */
  row(vr: ValidatedRow, cells: CellValue[]): boolean;
  drain(): Promise<void>;
}

export interface StreamResult {
  mapping: Mapping;
  problems: string[];
  summary: ValidationSummary;
  groups: ProblemGroups;
  /** Lines read (the header and any rows above it included). */
  lines: number;
  /** Set when the header row was looked for (the settings set none): where it was found, and what to tell the user. */
  headerInfo?: HeaderRowInfo;
}

export interface StreamOptions {
  /** The problem groups keep this many issues each (the report's --max-problems). */
  perGroup: number;
  validator?: ValidatorOptions;
  /** Thrown when the header row is missing or empty. */
  noHeader: () => Error;
  /** Called after each row with the number of lines read. */
  progress?: (lines: number) => void;
  /**
   * The settings set no header row: find it in the first rows (row 1, lower down under a title, or none: row 1 is
   * data and the columns are mapped by their content), as the add-on does (engine/automap/headerrow.ts).
   */
  findHeader?: { defaultCountry?: string };
}

/** The index after the last cell of `row` that holds something. */
function usedWidth(row: readonly CellValue[], atLeast: number): number {
  for (let c = row.length - 1; c >= atLeast; c--) {
    const v = row[c];
    if (v !== '' && v !== null && v !== undefined && !isEmptyCell(v)) return c + 1;
  }
  return atLeast;
}

const isBlankRow = (row: readonly CellValue[]) => row.every(isEmptyCell);

const fit = (row: readonly CellValue[], width: number): CellValue[] =>
  row.length >= width ? row.slice(0, width) : row.concat(new Array<CellValue>(width - row.length).fill(''));

/** The widest "Column X" a given mapping names (such a key names an empty header), as a width. */
function namedWidth(mapping: Mapping | undefined): number {
  let w = 0;
  for (const k of Object.keys(mapping ?? {})) {
    const m = /^column ([a-z]{1,3})$/i.exec(k.trim());
    if (!m) continue;
    let n = 0;
    for (const ch of m[1].toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    w = Math.max(w, n);
  }
  return w;
}

export async function validateStream(rows: AsyncIterable<CellValue[]>, given: Settings, sink: RowSink, opts: StreamOptions): Promise<StreamResult> {
  const it = rows[Symbol.asyncIterator]();
  // The first rows, read ahead when the header row is to be found in them.
  const ahead: CellValue[][] = [];
  let headerInfo: HeaderRowInfo | undefined;
  let h = given.headerRow;
  if (opts.findHeader) {
    while (ahead.length < HEADER_SEARCH_ROWS) {
      const r = await it.next();
      if (r.done) break;
      ahead.push(r.value);
    }
    headerInfo = detectHeaderRow(ahead, opts.findHeader);
    h = headerInfo.row;
  }
  // Without a header row (h = 0) line 1 is data, and the columns are named "Column A", "Column B"… (empty headers).
  const settings: Settings = h === given.headerRow ? given : { ...given, headerRow: Math.max(h, 1) };
  const summary: ValidationSummary = { total: 0, success: 0, warning: 0, failure: 0 };
  const groups = new ProblemGroups(opts.perGroup);
  let width = 0;
  let lines = 0;
  let header: CellValue[] | null = h === 0 ? [] : null;
  let samples: CellValue[][] | null = [];
  let validator: SheetValidator | null = null;
  let planWidth = 0;

  const begin = async () => {
    planWidth = Math.max(width, namedWidth(settings.mapping));
    const sampleRows = samples!.map((r) => fit(r, planWidth));
    validator = new SheetValidator(fit(header!, planWidth), settings, undefined, sampleRows, opts.validator);
    await sink.start?.({ header: header!, mapping: validator.mapping });
    const first = samples!;
    samples = sampleRows; // kept for the final mapping
    for (let i = 0; i < first.length; i++) await check(first[i], h + 1 + i);
  };
  const check = async (row: CellValue[], line: number) => {
    const vr = validator!.addRow(row, line);
    if (!vr) return;
    summary.total++;
    summary[vr.result]++;
    if (vr.issues.length) groups.add(vr.issues);
    if (!sink.row(vr, row)) await sink.drain();
  };

  const next = async (): Promise<IteratorResult<CellValue[]>> => (ahead.length ? { value: ahead.shift()!, done: false } : it.next());
  let ended = false;
  try {
    for (let r = await next(); !r.done; r = await next()) {
      const row = r.value;
      lines++;
      width = usedWidth(row, width);
      if (lines < h) continue;
      if (lines === h) {
        if (isBlankRow(row)) throw opts.noHeader();
        header = row;
        continue;
      }
      if (validator) await check(row, lines);
      else if (samples.length < SAMPLE_ROWS) {
        samples.push(row);
        if (samples.length === SAMPLE_ROWS && !isBlankRow(row)) await begin();
      } else if (!isBlankRow(row)) {
        // The sample rows ended in blank rows and a row with data follows: they are all inside the data range. (The
        // blank rows in between are not rows of any result.)
        await begin();
        await check(row, lines);
      }
      if (opts.progress && (lines & 1023) === 0) opts.progress(lines);
    }
    ended = true;
  } finally {
    // Stopped early (an error): the reader closes its file.
    if (!ended) await it.return?.();
  }
  if (!header) throw opts.noHeader();
  if (!validator) {
    // The file ended within the sample rows, or in blank rows after them: the data range stops at its last row
    // holding something, and so do the sample rows.
    while (samples.length && isBlankRow(samples[samples.length - 1])) samples.pop();
    await begin();
  }
  const v = validator as unknown as SheetValidator;
  let mapping = v.mapping;
  let problems = v.problems;
  if (width !== planWidth) {
    // The data range is wider (a column filled further down) or narrower (the mapping names an empty column that
    // holds nothing) than the plan: its mapping and problems, as validateRows gives them for that width.
    const final = new SheetValidator(fit(header, width), settings, undefined, samples.map((r) => fit(r, width)));
    mapping = final.mapping;
    problems = final.problems;
  }
  if (opts.progress) opts.progress(lines);
  return { mapping, problems, summary, groups, lines, ...(headerInfo ? { headerInfo } : {}) };
}

