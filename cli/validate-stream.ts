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
import { record } from '../src/shared/dict';
import { LIMITS } from './limits';
import { HashedSeenIndex } from './seen-index';

/** How validate's SheetValidator is set up: the compact duplicate index, Sheets' cell limit, contacts fast to fill. */
export const STREAM_VALIDATOR: ValidatorOptions = { seenIndex: () => new HashedSeenIndex(), maxCellChars: LIMITS.cellChars, newContact: record };

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
export function usedWidth(row: readonly CellValue[], atLeast: number): number {
  for (let c = row.length - 1; c >= atLeast; c--) {
    const v = row[c];
    if (v !== '' && v !== null && v !== undefined && !isEmptyCell(v)) return c + 1;
  }
  return atLeast;
}

const isBlankRow = (row: readonly CellValue[]) => row.every(isEmptyCell);

export const fit = (row: readonly CellValue[], width: number): CellValue[] =>
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

/**
 * The state of a streamed validation: rows are given one by one (add); the result comes at the end (finish). The
 * worker threads' path (cli/validate-parallel.ts) gives the first rows here and merges the other rows' checked
 * batches into the same counts, groups and duplicate index.
 */
export class StreamValidation {
  /** The header row's line (0: none, line 1 is data). */
  readonly h: number;
  readonly settings: Settings;
  readonly summary: ValidationSummary = { total: 0, success: 0, warning: 0, failure: 0 };
  readonly groups: ProblemGroups;
  /** The data's width so far: the last column holding something, in any row. */
  width = 0;
  /** Lines (records) read. */
  lines = 0;
  header: CellValue[] | null;
  /** The sample rows (fitted to the plan's width once the plan is made). */
  samples: CellValue[][] | null = [];
  validator: SheetValidator | null = null;
  planWidth = 0;

  constructor(
    given: Settings,
    private readonly sink: RowSink,
    private readonly opts: StreamOptions,
    readonly headerInfo?: HeaderRowInfo,
  ) {
    this.h = headerInfo ? headerInfo.row : given.headerRow;
    // Without a header row (h = 0) line 1 is data, and the columns are named "Column A", "Column B"… (empty headers).
    this.settings = this.h === given.headerRow ? given : { ...given, headerRow: Math.max(this.h, 1) };
    this.groups = new ProblemGroups(opts.perGroup);
    this.header = this.h === 0 ? [] : null;
  }

  private async begin(): Promise<void> {
    this.planWidth = Math.max(this.width, namedWidth(this.settings.mapping));
    const sampleRows = this.samples!.map((r) => fit(r, this.planWidth));
    this.validator = new SheetValidator(fit(this.header!, this.planWidth), this.settings, undefined, sampleRows, this.opts.validator);
    await this.sink.start?.({ header: this.header!, mapping: this.validator.mapping });
    const first = this.samples!;
    this.samples = sampleRows; // kept for the final mapping
    for (let i = 0; i < first.length; i++) await this.check(first[i], this.h + 1 + i);
  }

  private async check(row: CellValue[], line: number): Promise<void> {
    const vr = this.validator!.addRow(row, line);
    if (!vr) return;
    this.summary.total++;
    this.summary[vr.result]++;
    if (vr.issues.length) this.groups.add(vr.issues);
    if (!this.sink.row(vr, row)) await this.sink.drain();
  }

  /** The next row of the file. */
  async add(row: CellValue[]): Promise<void> {
    const lines = ++this.lines;
    this.width = usedWidth(row, this.width);
    const h = this.h;
    if (lines < h) return;
    if (lines === h) {
      if (isBlankRow(row)) throw this.opts.noHeader();
      this.header = row;
      return;
    }
    const samples = this.samples!;
    if (this.validator) await this.check(row, lines);
    else if (samples.length < SAMPLE_ROWS) {
      samples.push(row);
      if (samples.length === SAMPLE_ROWS && !isBlankRow(row)) await this.begin();
    } else if (!isBlankRow(row)) {
      // The sample rows ended in blank rows and a row with data follows: they are all inside the data range. (The
      // blank rows in between are not rows of any result.)
      await this.begin();
      await this.check(row, lines);
    }
  }

  /** After the last row: the mapping (for the data's final width), its problems, the counts and groups. */
  async finish(): Promise<StreamResult> {
    const header = this.header;
    if (!header) throw this.opts.noHeader();
    if (!this.validator) {
      // The file ended within the sample rows, or in blank rows after them: the data range stops at its last row
      // holding something, and so do the sample rows.
      const samples = this.samples!;
      while (samples.length && isBlankRow(samples[samples.length - 1])) samples.pop();
      await this.begin();
    }
    const v = this.validator as unknown as SheetValidator;
    let mapping = v.mapping;
    let problems = v.problems;
    const width = this.width;
    if (width !== this.planWidth) {
      // The data range is wider (a column filled further down) or narrower (the mapping names an empty column that
      // holds nothing) than the plan: its mapping and problems, as validateRows gives them for that width.
      const final = new SheetValidator(fit(header, width), this.settings, undefined, this.samples!.map((r) => fit(r, width)));
      mapping = final.mapping;
      problems = final.problems;
    }
    if (this.opts.progress) this.opts.progress(this.lines);
    const { summary, groups, lines, headerInfo } = this;
    return { mapping, problems, summary, groups, lines, ...(headerInfo ? { headerInfo } : {}) };
  }
}

/** The first rows of a file, read ahead to find its header row (when the settings set none). */
export async function readAhead(it: AsyncIterator<CellValue[]>, opts: StreamOptions): Promise<{ ahead: CellValue[][]; headerInfo?: HeaderRowInfo }> {
  const ahead: CellValue[][] = [];
  if (!opts.findHeader) return { ahead };
  while (ahead.length < HEADER_SEARCH_ROWS) {
    const r = await it.next();
    if (r.done) break;
    ahead.push(r.value);
  }
  return { ahead, headerInfo: detectHeaderRow(ahead, opts.findHeader) };
}

/** Gives `rows` to `s` (after the rows read ahead), with progress; the iterator is closed when it stops early. */
export async function addAll(s: StreamValidation, it: AsyncIterator<CellValue[]>, ahead: CellValue[][], opts: StreamOptions): Promise<void> {
  let ended = false;
  try {
    for (const row of ahead) await s.add(row);
    for (let r = await it.next(); !r.done; r = await it.next()) {
      await s.add(r.value);
      if (opts.progress && (s.lines & 1023) === 0) opts.progress(s.lines);
    }
    ended = true;
  } finally {
    // Stopped early (an error): the reader closes its file.
    if (!ended) await it.return?.();
  }
}

export async function validateStream(rows: AsyncIterable<CellValue[]>, given: Settings, sink: RowSink, opts: StreamOptions): Promise<StreamResult> {
  const it = rows[Symbol.asyncIterator]();
  const { ahead, headerInfo } = await readAhead(it, opts);
  const s = new StreamValidation(given, sink, opts, headerInfo);
  await addAll(s, it, ahead, opts);
  return s.finish();
}
