// The stored state of a spreadsheet: sheets of dense per-row arrays. No Apps Script API here (see spreadsheet.ts).
import { quoteSheetName, toA1 } from './a1';
import { type CellValue, DEFAULT_NUMBER_FORMAT, displayValue, isDate } from './values';
import type { RichRun } from './ooxml/cells';

/** A per-cell attribute stored sparsely by row: layer[row][col], undefined = default. 0-based. */
export type Layer<T> = (Array<T | undefined> | undefined)[];

export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_FONT_COLOR = '#000000';
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export interface SheetOptions {
  rows?: number;
  columns?: number;
}

/** Developer metadata on a sheet (Sheet.addDeveloperMetadata): a key, maybe a value, a visibility; ids unique per workbook. */
export interface DevMetadata {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
}

export class SheetData {
  name: string;
  readonly id: number;
  maxRows: number;
  maxCols: number;
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  /** values[row][col], '' for empty. Rows may be missing or shorter than maxCols. */
  values: (CellValue[] | undefined)[] = [];
  formulas: Layer<string> = [];
  backgrounds: Layer<string> = [];
  fontColors: Layer<string> = [];
  notes: Layer<string> = [];
  numberFormats: Layer<string> = [];
  fontWeights: Layer<string> = [];
  /** Column widths in pixels by 0-based column; missing = DEFAULT_COLUMN_WIDTH. */
  colWidths: (number | undefined)[] = [];
  /** Columns hidden with hideColumns, by 0-based column. */
  hiddenCols: (true | undefined)[] = [];
  /** Rows hidden in the .xlsx the sheet came from, by 0-based row. */
  hiddenRows: (true | undefined)[] = [];
  // What an .xlsx holds that the emulated API does not show, kept so that saving gives it back (testbed/xlsx.ts).
  // Each moves with its cell; a link or rich text is written back only while its cell still shows `text`.
  /** Merged ranges, at their top-left cell: the range's size. */
  merges: Layer<{ rows: number; cols: number }> = [];
  /** Array formulas, at the cell holding the formula: the size of the range it fills. */
  arrayFormulas: Layer<{ rows: number; cols: number }> = [];
  /** Hyperlinks: a URL, or `#Sheet!A1` for a place in the workbook. */
  links: Layer<{ target: string; text: string; tooltip?: string }> = [];
  /** Rich text: the runs of the text the cell held. */
  richText: Layer<{ runs: RichRun[]; text: string }> = [];
  /** Developer metadata located on the sheet itself (not on rows or columns), in the order it was added. */
  metadata: DevMetadata[] = [];
  /** Bumped on every content write; caches last row/column against it. */
  version = 0;
  private lastCache = { rowVersion: -1, row: 0, colVersion: -1, col: 0 };

  constructor(name: string, id: number, opts: SheetOptions = {}) {
    this.name = name;
    this.id = id;
    this.maxRows = opts.rows ?? 1000;
    this.maxCols = opts.columns ?? 26;
  }

  /** All layers that move with rows and columns. */
  layers(): Layer<unknown>[] {
    return [
      this.values, this.formulas, this.backgrounds, this.fontColors, this.notes, this.numberFormats, this.fontWeights,
      this.merges, this.arrayFormulas, this.links, this.richText,
    ];
  }

  cell(r: number, c: number): CellValue {
    const row = this.values[r];
    if (!row) return '';
    const v = row[c];
    return v === undefined ? '' : v;
  }

  formula(r: number, c: number): string | undefined {
    return this.formulas[r]?.[c];
  }

  /** A row array ready to be written up to column `c` (exclusive), padded with ''. */
  rowFor(r: number, uptoCol: number): CellValue[] {
    let row = this.values[r];
    if (!row) {
      while (this.values.length < r) this.values.push(undefined);
      row = this.values[r] = [];
    }
    while (row.length < uptoCol) row.push('');
    return row;
  }

  /** 1-based index of the last row with content (value or formula), 0 if none. Scans up from the end. */
  lastRow(): number {
    if (this.lastCache.rowVersion === this.version) return this.lastCache.row;
    let lastRow = 0;
    for (let r = Math.max(this.values.length, this.formulas.length) - 1; r >= 0; r--) {
      if (this.lastColInRow(r) > 0) {
        lastRow = r + 1;
        break;
      }
    }
    this.lastCache.row = lastRow;
    this.lastCache.rowVersion = this.version;
    return lastRow;
  }

  /** 1-based index of the last column with content in any row, 0 if none. */
  lastCol(): number {
    if (this.lastCache.colVersion === this.version) return this.lastCache.col;
    let lastCol = 0;
    const n = Math.max(this.values.length, this.formulas.length);
    for (let r = 0; r < n; r++) {
      const len = Math.max(this.values[r]?.length ?? 0, this.formulas[r]?.length ?? 0);
      if (len <= lastCol) continue; // can't beat the current answer
      const c = this.lastColInRow(r);
      if (c > lastCol) lastCol = c;
    }
    this.lastCache.col = lastCol;
    this.lastCache.colVersion = this.version;
    return lastCol;
  }

  private lastColInRow(r: number): number {
    let last = 0;
    const row = this.values[r];
    if (row) {
      for (let c = row.length - 1; c >= 0; c--) {
        const v = row[c];
        if (v !== '' && v !== undefined) {
          last = c + 1;
          break;
        }
      }
    }
    const f = this.formulas[r];
    if (f) {
      for (let c = f.length - 1; c >= last; c--) {
        if (f[c] !== undefined) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  insertRows(at: number, n: number): void {
    for (const layer of this.layers()) {
      if (layer.length > at) layer.splice(at, 0, ...new Array(n).fill(undefined));
    }
    if (this.hiddenRows.length > at) this.hiddenRows.splice(at, 0, ...new Array(n).fill(undefined));
    this.maxRows += n;
    this.version++;
  }

  deleteRows(at: number, n: number): void {
    for (const layer of this.layers()) if (layer.length > at) layer.splice(at, n);
    if (this.hiddenRows.length > at) this.hiddenRows.splice(at, n);
    this.maxRows -= n;
    this.version++;
  }

  insertCols(at: number, n: number): void {
    for (const layer of this.layers()) {
      for (const row of layer) if (row && row.length > at) row.splice(at, 0, ...new Array(n).fill(layer === this.values ? '' : undefined));
    }
    if (this.colWidths.length > at) this.colWidths.splice(at, 0, ...new Array(n).fill(undefined));
    if (this.hiddenCols.length > at) this.hiddenCols.splice(at, 0, ...new Array(n).fill(undefined));
    this.maxCols += n;
    this.version++;
  }

  deleteCols(at: number, n: number): void {
    for (const layer of this.layers()) for (const row of layer) if (row && row.length > at) row.splice(at, n);
    if (this.colWidths.length > at) this.colWidths.splice(at, n);
    if (this.hiddenCols.length > at) this.hiddenCols.splice(at, n);
    this.maxCols -= n;
    this.version++;
  }

  /** Clears a block (0-based, inclusive start, exclusive end) of the given layers. */
  clearBlock(r0: number, c0: number, r1: number, c1: number, what: { contents?: boolean; formats?: boolean; notes?: boolean }): void {
    const layers: Layer<unknown>[] = [];
    if (what.contents) layers.push(this.formulas);
    if (what.formats) layers.push(this.backgrounds, this.fontColors, this.numberFormats, this.fontWeights);
    if (what.notes) layers.push(this.notes);
    const rEnd = Math.min(r1, Math.max(this.values.length, ...layers.map((l) => l.length)));
    for (let r = r0; r < rEnd; r++) {
      if (what.contents) {
        const row = this.values[r];
        if (row) for (let c = c0; c < Math.min(c1, row.length); c++) row[c] = '';
      }
      for (const layer of layers) {
        const row = layer[r];
        if (row) for (let c = c0; c < Math.min(c1, row.length); c++) row[c] = undefined;
      }
    }
    if (what.contents) this.version++;
  }
}

export function layerGet<T>(layer: Layer<T>, r: number, c: number): T | undefined {
  const row = layer[r];
  return row ? row[c] : undefined;
}

export function layerSet<T>(layer: Layer<T>, r: number, c: number, v: T | undefined): void {
  let row = layer[r];
  if (!row) {
    if (v === undefined) return;
    while (layer.length < r) layer.push(undefined);
    row = layer[r] = [];
  }
  row[c] = v;
}

export interface ActiveRangeRef {
  sheetId: number;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

let workbookSeq = 0;

/** Sheets' limits: 10 million cells per spreadsheet, 18,278 columns (ZZZ) per sheet. */
export const MAX_CELLS = 10_000_000;
export const MAX_COLUMNS = 18_278;

export class Workbook {
  name: string;
  readonly id: string;
  timeZone: string;
  locale = 'en_US';
  sheets: SheetData[] = [];
  activeSheetId: number | undefined;
  activeRange: ActiveRangeRef | undefined;
  /**
   * What the file this workbook was loaded from held that it does not keep, one line each ("Leads: conditional
   * formatting"); testbed/xlsx.ts fills it, `contact-import run` lists it.
   */
  notKept: string[] = [];
  private nextSheetId = 0;
  private nextMetadataId = 1;

  constructor(opts: { name?: string; id?: string; timeZone?: string } = {}) {
    workbookSeq++;
    this.name = opts.name ?? 'Untitled spreadsheet';
    this.id = opts.id ?? `testbed-${process.pid}-${workbookSeq}`;
    this.timeZone = opts.timeZone ?? 'Etc/UTC';
  }

  addSheet(name: string, index?: number, opts?: SheetOptions): SheetData {
    // Sheets compares tab names without case: "contacts" blocks a new "Contacts".
    if (this.sheetNamedLike(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.checkCells((opts?.rows ?? 1000) * (opts?.columns ?? 26));
    // Like Sheets: the first sheet has gid 0, later ones large numbers (deterministic here).
    const s = new SheetData(name, this.nextSheetId, opts);
    this.nextSheetId = this.nextSheetId === 0 ? 100000001 : this.nextSheetId + 1;
    if (index === undefined || index >= this.sheets.length) this.sheets.push(s);
    else this.sheets.splice(Math.max(0, index), 0, s);
    if (this.activeSheetId === undefined) this.activeSheetId = s.id;
    return s;
  }

  /** Sheet by name (exact match, as getSheetByName). */
  sheet(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Sheet whose name equals this one ignoring case (Sheets keeps tab names unique without regard to case). */
  sheetNamedLike(name: string): SheetData | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  /** Cells of every sheet (rows × columns, as Sheets counts them against its limit). */
  cellCount(): number {
    let n = 0;
    for (const s of this.sheets) n += s.maxRows * s.maxCols;
    return n;
  }

  /** Throws Sheets' error when adding `more` cells would pass the 10 million cells of a spreadsheet. */
  checkCells(more: number): void {
    if (more > 0 && this.cellCount() + more > MAX_CELLS) {
      throw new Error(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    }
  }

  sheetById(id: number): SheetData | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  removeSheet(s: SheetData): void {
    const i = this.sheets.indexOf(s);
    if (i < 0) return;
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(i, 1);
    if (this.activeSheetId === s.id) this.activeSheetId = this.sheets[Math.max(0, i - 1)].id;
    if (this.activeRange?.sheetId === s.id) this.activeRange = undefined;
  }

  /** A new developer metadata id (Sheets numbers them per spreadsheet). */
  newMetadataId(): number {
    return this.nextMetadataId++;
  }

  activeSheet(): SheetData {
    if (this.sheets.length === 0) this.addSheet('Sheet1');
    return this.sheetById(this.activeSheetId!) ?? this.sheets[0];
  }

  /** A fresh name like Sheets gives: "Sheet2", "Sheet3"... */
  nextSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.sheet(`Sheet${n}`)) return `Sheet${n}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Building workbooks for tests

export type InputCell = CellValue | null | undefined | { formula: string; value?: CellValue };

/**
 * A workbook from plain rows, stored as-is (no typed-entry conversion: '=x' stays text unless given as
 * { formula }). Each sheet gets max(1000, rows) rows and max(26, columns) columns.
 */
export function workbookFromRows(
  sheets: Record<string, InputCell[][]>,
  opts: { name?: string; timeZone?: string } = {},
): Workbook {
  const wb = new Workbook(opts);
  for (const [name, rows] of Object.entries(sheets)) {
    const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
    const s = wb.addSheet(name, undefined, { rows: Math.max(1000, rows.length), columns: Math.max(26, width) });
    for (let r = 0; r < rows.length; r++) {
      const src = rows[r];
      const row: CellValue[] = new Array(src.length);
      for (let c = 0; c < src.length; c++) {
        const v = src[c];
        if (v === null || v === undefined) row[c] = '';
        else if (typeof v === 'object' && !isDate(v)) {
          layerSet(s.formulas, r, c, v.formula.startsWith('=') ? v.formula : `=${v.formula}`);
          row[c] = v.value ?? '';
        } else row[c] = isDate(v) ? new Date(v.getTime()) : v;
      }
      s.values[r] = row;
    }
    s.version++;
  }
  if (wb.sheets.length === 0) wb.addSheet('Sheet1');
  return wb;
}

// ---------------------------------------------------------------------------------------------------------
// Snapshots (JSON for the playground)

export type JsonCell = string | number | boolean | { date: string } | null;

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  index: number;
  hidden: boolean;
  tabColor: string | null;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  /** 1-based first row of the window below; the window spans `display.length` rows and `numColumns` columns. */
  startRow: number;
  numColumns: number;
  columnWidths: number[];
  /** Raw values; Dates as { date: ISO string }. */
  values: JsonCell[][];
  display: string[][];
  /** Per-cell attributes as sparse maps "row,col" (1-based) -> value; only non-default cells. */
  formulas: Record<string, string>;
  backgrounds: Record<string, string>;
  fontColors: Record<string, string>;
  notes: Record<string, string>;
  fontWeights: Record<string, string>;
  numberFormats: Record<string, string>;
}

export interface WorkbookSnapshot {
  name: string;
  id: string;
  timeZone: string;
  activeSheet: string;
  activeRange: string | null;
  sheets: SheetSnapshot[];
}

export interface SnapshotOptions {
  /** Only these sheets (default: all). */
  sheets?: string[];
  /** 1-based first row of the window (default 1). */
  startRow?: number;
  /** Rows in the window (default 500). */
  maxRows?: number;
}

export function snapshotSheet(wb: Workbook, s: SheetData, opts: SnapshotOptions = {}): SheetSnapshot {
  const startRow = Math.max(1, opts.startRow ?? 1);
  const lastRow = s.lastRow();
  const lastCol = s.lastCol();
  const numColumns = Math.max(lastCol, 1);
  const endRow = Math.min(Math.max(lastRow, startRow), startRow + (opts.maxRows ?? 500) - 1);
  const values: JsonCell[][] = [];
  const display: string[][] = [];
  const maps = { formulas: {}, backgrounds: {}, fontColors: {}, notes: {}, fontWeights: {}, numberFormats: {} } as Record<
    'formulas' | 'backgrounds' | 'fontColors' | 'notes' | 'fontWeights' | 'numberFormats',
    Record<string, string>
  >;
  for (let r = startRow - 1; r < endRow; r++) {
    const vr: JsonCell[] = [];
    const dr: string[] = [];
    for (let c = 0; c < numColumns; c++) {
      const v = s.cell(r, c);
      vr.push(isDate(v) ? { date: v.toISOString() } : v);
      dr.push(displayValue(v, layerGet(s.numberFormats, r, c), wb.timeZone));
    }
    values.push(vr);
    display.push(dr);
  }
  const collect = (name: keyof typeof maps, layer: Layer<string>) => {
    for (let r = startRow - 1; r < Math.min(endRow, layer.length); r++) {
      const row = layer[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== undefined && !(name === 'numberFormats' && v === DEFAULT_NUMBER_FORMAT)) maps[name][`${r + 1},${c + 1}`] = v;
      }
    }
  };
  collect('formulas', s.formulas);
  collect('backgrounds', s.backgrounds);
  collect('fontColors', s.fontColors);
  collect('notes', s.notes);
  collect('fontWeights', s.fontWeights);
  collect('numberFormats', s.numberFormats);
  const columnWidths: number[] = [];
  for (let c = 0; c < numColumns; c++) columnWidths.push(s.colWidths[c] ?? DEFAULT_COLUMN_WIDTH);
  return {
    name: s.name, sheetId: s.id, index: wb.sheets.indexOf(s) + 1, hidden: s.hidden, tabColor: s.tabColor,
    frozenRows: s.frozenRows, frozenColumns: s.frozenCols, maxRows: s.maxRows, maxColumns: s.maxCols,
    lastRow, lastColumn: lastCol, startRow, numColumns, columnWidths, values, display, ...maps,
  };
}

export function snapshotWorkbook(wb: Workbook, opts: SnapshotOptions = {}): WorkbookSnapshot {
  const active = wb.activeSheet();
  const ar = wb.activeRange;
  let activeRange: string | null = null;
  if (ar) {
    const sheet = wb.sheetById(ar.sheetId);
    if (sheet) activeRange = `${quoteSheetName(sheet.name)}!${toA1(ar.row, ar.col, ar.numRows, ar.numCols)}`;
  }
  return {
    name: wb.name, id: wb.id, timeZone: wb.timeZone, activeSheet: active.name, activeRange,
    sheets: wb.sheets.filter((s) => !opts.sheets || opts.sheets.includes(s.name)).map((s) => snapshotSheet(wb, s, opts)),
  };
}
