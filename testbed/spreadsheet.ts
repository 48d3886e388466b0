// SpreadsheetApp, Spreadsheet, Sheet, Range, Ui and Menu over the stored Workbook.
import { parseA1, quoteSheetName, toA1 } from './a1';
import type { CallCounter } from './counter';
import { emulate, gas, makeEnum, notEmulated } from './emulate';
import { addMetadata, DeveloperMetadataLocationType, DeveloperMetadataVisibility, metadataFinder, sheetMetadata, type SheetWrapper } from './metadata';
import { type CellValue, DEFAULT_NUMBER_FORMAT, displayValue, evaluateFormula, isDate, normalizeColor, parseEntry } from './values';
import {
  DEFAULT_BACKGROUND, DEFAULT_COLUMN_WIDTH, DEFAULT_FONT_COLOR, type Layer, layerSet, MAX_COLUMNS, type SheetData, type Workbook,
} from './workbook';

type GSpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;
type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;
type GButton = GoogleAppsScript.Base.Button;
type GHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

// ---------------------------------------------------------------------------------------------------------
// What the UI recorded

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface RecordedMenu {
  caption: string;
  /** true for createAddonMenu() (shown under Extensions > add-on name). */
  addon: boolean;
  items: MenuEntry[];
}

export interface RecordedHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width: number | undefined;
  height: number | undefined;
  output: GHtmlOutput;
}

export interface RecordedAlert {
  title: string | undefined;
  prompt: string;
  buttons: ButtonSetName;
  response: ButtonName;
}

export interface RecordedPrompt extends RecordedAlert {
  responseText: string;
}

export interface RecordedToast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** Everything the script showed to the user; queues of scripted answers for alert() and prompt(). */
export class UiRecorder {
  menus: RecordedMenu[] = [];
  html: RecordedHtml[] = [];
  alerts: RecordedAlert[] = [];
  prompts: RecordedPrompt[] = [];
  toasts: RecordedToast[] = [];
  /** Answers for the next alert() calls, in order. When empty, alert() answers the set's first button (OK/YES). */
  alertResponses: ButtonName[] = [];
  /** Answers for the next prompt() calls. When empty, prompt() answers { text: '', button: first button }. */
  promptResponses: { text: string; button?: ButtonName }[] = [];

  /** The menu added with this caption (the latest one). */
  menu(caption: string): RecordedMenu | undefined {
    for (let i = this.menus.length - 1; i >= 0; i--) if (this.menus[i].caption === caption) return this.menus[i];
    return undefined;
  }

  /** Every item of a menu, flattened through submenus. */
  menuItems(caption: string): { caption: string; functionName: string }[] {
    const out: { caption: string; functionName: string }[] = [];
    const walk = (items: MenuEntry[]) => {
      for (const it of items) {
        if (it.type === 'item') out.push({ caption: it.caption, functionName: it.functionName });
        else if (it.type === 'submenu') walk(it.items);
      }
    };
    walk(this.menu(caption)?.items ?? []);
    return out;
  }

  /** The last sidebar shown. */
  get sidebar(): RecordedHtml | undefined {
    for (let i = this.html.length - 1; i >= 0; i--) if (this.html[i].kind === 'sidebar') return this.html[i];
    return undefined;
  }

  reset(): void {
    this.menus = [];
    this.html = [];
    this.alerts = [];
    this.prompts = [];
    this.toasts = [];
  }
}

// ---------------------------------------------------------------------------------------------------------
// Context

export type WriteVia = 'setValues' | 'setValue' | 'appendRow' | 'setFormula' | 'setFormulas' | 'edit';

export interface FormulaWrite {
  sheet: string;
  a1: string;
  formula: string;
  via: WriteVia;
}

export interface SpreadsheetCtx {
  counter: CallCounter;
  workbook: Workbook;
  ui: UiRecorder;
  /** Every formula written: from setFormula(s) and from strings Sheets reads as formulas. */
  formulaWrites: FormulaWrite[];
  addonName: string;
}

function sigError(method: string): never {
  throw new Error(`The parameters don't match the method signature for ${method}.`);
}

function checkInt(v: unknown, method: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) sigError(method);
  return Math.floor(v);
}

function checkGrid(data: unknown, numRows: number, numCols: number, method: string): unknown[][] {
  if (!Array.isArray(data)) sigError(`SpreadsheetApp.Range.${method}`);
  if (data.length !== numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
    );
  }
  for (const row of data) {
    if (!Array.isArray(row)) sigError(`SpreadsheetApp.Range.${method}`);
    if (row.length !== numCols) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numCols}.`,
      );
    }
  }
  return data as unknown[][];
}

const MAX_CELL_CHARS = 50000;

/**
 * Writes one value as Sheets stores it (typed-entry semantics: '=x' formula, "'x" text, '123' number,
 * 'TRUE' boolean, '2024-09-08' date, '+1 415' formula...). r, c are 0-based. Returns nothing; the caller bumps version.
 */
export function storeEntry(ctx: SpreadsheetCtx, s: SheetData, r: number, c: number, v: unknown, via: WriteVia, row?: CellValue[]): void {
  const target = row ?? s.rowFor(r, c + 1);
  const frow = s.formulas[r];
  if (frow !== undefined && frow[c] !== undefined) frow[c] = undefined;
  if (v === null || v === undefined) {
    target[c] = '';
    return;
  }
  switch (typeof v) {
    case 'number':
    case 'boolean':
      target[c] = v;
      return;
    case 'string': {
      if (v === '') {
        target[c] = '';
        return;
      }
      if (v.length > MAX_CELL_CHARS) {
        throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
      }
      const nfrow = s.numberFormats[r];
      const fmt = nfrow === undefined ? undefined : nfrow[c];
      const ch = v.charCodeAt(0);
      // Fast path: text that starts with a letter other than t/f (TRUE/FALSE) stays text.
      if (fmt !== '@' && ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122)) && ch !== 84 && ch !== 70 && ch !== 116 && ch !== 102) {
        target[c] = v;
        return;
      }
      const e = parseEntry(v, ctx.workbook.timeZone, fmt === '@');
      if (e.kind === 'formula') {
        layerSet(s.formulas, r, c, e.formula);
        target[c] = evaluateFormula(e.formula);
        ctx.formulaWrites.push({ sheet: s.name, a1: toA1(r + 1, c + 1), formula: e.formula, via });
        return;
      }
      target[c] = e.value;
      if (e.format && fmt === undefined) layerSet(s.numberFormats, r, c, e.format);
      return;
    }
    case 'object':
      if (isDate(v)) {
        target[c] = new Date(v.getTime());
        return;
      }
      target[c] = String(v);
      return;
    default:
      target[c] = String(v);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Range

export class RangeImpl {
  constructor(
    readonly _ctx: SpreadsheetCtx,
    readonly _sheet: SheetData,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
  ) {}

  _self(): GRange {
    return gas<GRange>(this);
  }

  _grid<T>(layer: Layer<T>, dflt: T): T[][] {
    const out: T[][] = new Array(this._numRows);
    const c0 = this._col - 1;
    for (let i = 0; i < this._numRows; i++) {
      const src = layer[this._row - 1 + i];
      const o: T[] = new Array(this._numCols);
      if (src === undefined) o.fill(dflt);
      else for (let j = 0; j < this._numCols; j++) {
        const v = src[c0 + j];
        o[j] = v === undefined ? dflt : v;
      }
      out[i] = o;
    }
    return out;
  }

  private _setGrid(layer: Layer<string>, data: unknown[][], norm: (v: unknown) => string | null, dflt: string): void {
    const c0 = this._col - 1;
    const nc = this._numCols;
    const cache = new Map<unknown, string | undefined>();
    for (let i = 0; i < this._numRows; i++) {
      const src = data[i];
      const r = this._row - 1 + i;
      let row = layer[r];
      for (let j = 0; j < nc; j++) {
        const raw = src[j];
        let v = cache.get(raw);
        if (v === undefined && !cache.has(raw)) {
          const n = norm(raw);
          v = n === null || n === dflt ? undefined : n;
          cache.set(raw, v);
        }
        if (row === undefined) {
          if (v === undefined) continue;
          while (layer.length < r) layer.push(undefined);
          row = layer[r] = [];
        }
        row[c0 + j] = v;
      }
    }
  }

  _fill(layer: Layer<string>, v: string | undefined): void {
    const c0 = this._col - 1;
    for (let i = 0; i < this._numRows; i++) {
      const r = this._row - 1 + i;
      for (let j = 0; j < this._numCols; j++) layerSet(layer, r, c0 + j, v);
    }
  }

  _first(): RangeImpl {
    return new RangeImpl(this._ctx, this._sheet, this._row, this._col, 1, 1);
  }

  _values(): CellValue[][] {
    const s = this._sheet;
    const out: CellValue[][] = new Array(this._numRows);
    const c0 = this._col - 1;
    const nc = this._numCols;
    for (let i = 0; i < this._numRows; i++) {
      const src = s.values[this._row - 1 + i];
      const o: CellValue[] = new Array(nc);
      if (src === undefined) o.fill('');
      else {
        for (let j = 0; j < nc; j++) {
          const v = src[c0 + j];
          o[j] = v === undefined ? '' : typeof v === 'object' ? new Date(v.getTime()) : v;
        }
      }
      out[i] = o;
    }
    return out;
  }

  _writeValues(data: unknown[][], via: WriteVia): void {
    const s = this._sheet;
    const c0 = this._col - 1;
    const nc = this._numCols;
    const end = c0 + nc;
    for (let i = 0; i < this._numRows; i++) {
      const r = this._row - 1 + i;
      const row = s.rowFor(r, end);
      const src = data[i];
      const frow = s.formulas[r];
      const plain = s.numberFormats[r] === undefined; // no number format in this row: no '@' cells
      for (let j = 0; j < nc; j++) {
        const v = src[j];
        const c = c0 + j;
        // Fast paths: numbers, booleans, and text starting with a letter other than t/f (TRUE/FALSE).
        if (typeof v === 'number' || typeof v === 'boolean') {
          if (frow !== undefined && frow[c] !== undefined) frow[c] = undefined;
          row[c] = v;
          continue;
        }
        if (typeof v === 'string' && plain && v.length <= MAX_CELL_CHARS) {
          const ch = v.charCodeAt(0) | 32;
          if (ch >= 97 && ch <= 122 && ch !== 116 && ch !== 102) {
            if (frow !== undefined && frow[c] !== undefined) frow[c] = undefined;
            row[c] = v;
            continue;
          }
        }
        storeEntry(this._ctx, s, r, c, v, via, row);
      }
    }
    s.version++;
  }

  // --- geometry
  getRow(): number { return this._row; }
  getRowIndex(): number { return this._row; }
  getColumn(): number { return this._col; }
  getNumRows(): number { return this._numRows; }
  getNumColumns(): number { return this._numCols; }
  getLastRow(): number { return this._row + this._numRows - 1; }
  getLastColumn(): number { return this._col + this._numCols - 1; }
  getHeight(): number { return this._numRows; }
  getWidth(): number { return this._numCols; }
  getA1Notation(): string { return toA1(this._row, this._col, this._numRows, this._numCols); }
  getSheet(): GSheet { return new SheetImpl(this._ctx, this._sheet)._self(); }
  getGridId(): number { return this._sheet.id; }

  getCell(row: number, column: number): GRange {
    const r = checkInt(row, 'SpreadsheetApp.Range.getCell');
    const c = checkInt(column, 'SpreadsheetApp.Range.getCell');
    if (r < 1 || c < 1 || r > this._numRows || c > this._numCols) throw new Error('Cell reference out of range');
    return new RangeImpl(this._ctx, this._sheet, this._row + r - 1, this._col + c - 1, 1, 1)._self();
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    return makeRange(
      this._ctx, this._sheet, this._row + checkInt(rowOffset, 'SpreadsheetApp.Range.offset'),
      this._col + checkInt(columnOffset, 'SpreadsheetApp.Range.offset'),
      numRows ?? this._numRows, numColumns ?? this._numCols, 'SpreadsheetApp.Range.offset',
    )._self();
  }

  isBlank(): boolean {
    for (const row of this._values()) for (const v of row) if (v !== '') return false;
    for (const row of this._grid(this._sheet.formulas, '')) for (const f of row) if (f !== '') return false;
    return true;
  }

  activate(): GRange {
    this._ctx.workbook.activeSheetId = this._sheet.id;
    this._ctx.workbook.activeRange = {
      sheetId: this._sheet.id, row: this._row, col: this._col, numRows: this._numRows, numCols: this._numCols,
    };
    return this._self();
  }

  // --- values
  getValues(): CellValue[][] { return this._values(); }
  getValue(): CellValue { return this._first()._values()[0][0]; }

  getDisplayValues(): string[][] { return this._display(); }
  _display(): string[][] {
    const s = this._sheet;
    const tz = this._ctx.workbook.timeZone;
    const c0 = this._col - 1;
    const nc = this._numCols;
    const out: string[][] = new Array(this._numRows);
    for (let i = 0; i < this._numRows; i++) {
      const r = this._row - 1 + i;
      const src = s.values[r];
      const fmts = s.numberFormats[r];
      const o: string[] = new Array(nc);
      for (let j = 0; j < nc; j++) {
        const v = src === undefined ? undefined : src[c0 + j];
        if (v === undefined || v === '') o[j] = '';
        else if (typeof v === 'string') o[j] = v;
        else if (typeof v === 'number' && fmts === undefined && Number.isInteger(v) && Math.abs(v) < 1e15) o[j] = String(v);
        else o[j] = displayValue(v, fmts === undefined ? undefined : fmts[c0 + j], tz);
      }
      out[i] = o;
    }
    return out;
  }

  getDisplayValue(): string { return this._first()._display()[0][0]; }

  setValues(values: unknown[][]): GRange {
    this._writeValues(checkGrid(values, this._numRows, this._numCols, 'setValues'), 'setValues');
    return this._self();
  }

  setValue(value: unknown): GRange {
    const row = [] as unknown[];
    for (let j = 0; j < this._numCols; j++) row.push(value);
    const data: unknown[][] = [];
    for (let i = 0; i < this._numRows; i++) data.push(row);
    this._writeValues(data, 'setValue');
    return this._self();
  }

  getFormulas(): string[][] { return this._grid(this._sheet.formulas, ''); }
  getFormula(): string { return this._first()._grid(this._sheet.formulas, '')[0][0]; }

  setFormulas(formulas: string[][]): GRange {
    checkGrid(formulas, this._numRows, this._numCols, 'setFormulas');
    this._writeValues(formulas, 'setFormulas');
    return this._self();
  }

  setFormula(formula: string): GRange {
    const data = Array.from({ length: this._numRows }, () => new Array(this._numCols).fill(formula));
    this._writeValues(data, 'setFormula');
    return this._self();
  }

  clearContent(): GRange {
    this._clear({ contents: true });
    return this._self();
  }

  clearFormat(): GRange {
    this._clear({ formats: true });
    return this._self();
  }

  clearNote(): GRange {
    this._clear({ notes: true });
    return this._self();
  }

  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): GRange {
    if (!options) this._clear({ contents: true, formats: true });
    else this._clear({ contents: !!options.contentsOnly, formats: !!options.formatOnly, notes: !!options.commentsOnly });
    return this._self();
  }

  _clear(what: { contents?: boolean; formats?: boolean; notes?: boolean }): void {
    const r0 = this._row - 1;
    const c0 = this._col - 1;
    this._sheet.clearBlock(r0, c0, r0 + this._numRows, c0 + this._numCols, what);
  }

  // --- formats
  getBackgrounds(): string[][] { return this._grid(this._sheet.backgrounds, DEFAULT_BACKGROUND); }
  getBackground(): string { return this._first()._grid(this._sheet.backgrounds, DEFAULT_BACKGROUND)[0][0]; }
  setBackgrounds(color: (string | null)[][]): GRange {
    this._setGrid(this._sheet.backgrounds, checkGrid(color, this._numRows, this._numCols, 'setBackgrounds'), normColor, DEFAULT_BACKGROUND);
    return this._self();
  }
  setBackground(color: string | null): GRange {
    const n = normalizeColor(color);
    this._fill(this._sheet.backgrounds, n === null || n === DEFAULT_BACKGROUND ? undefined : n);
    return this._self();
  }
  setBackgroundRGB(red: number, green: number, blue: number): GRange {
    const n = normalizeColor(`rgb(${red},${green},${blue})`);
    this._fill(this._sheet.backgrounds, n === null || n === DEFAULT_BACKGROUND ? undefined : n);
    return this._self();
  }

  getFontColors(): string[][] { return this._grid(this._sheet.fontColors, DEFAULT_FONT_COLOR); }
  getFontColor(): string { return this._first()._grid(this._sheet.fontColors, DEFAULT_FONT_COLOR)[0][0]; }
  setFontColors(colors: (string | null)[][]): GRange {
    this._setGrid(this._sheet.fontColors, checkGrid(colors, this._numRows, this._numCols, 'setFontColors'), normColor, DEFAULT_FONT_COLOR);
    return this._self();
  }
  setFontColor(color: string | null): GRange {
    const n = normalizeColor(color);
    this._fill(this._sheet.fontColors, n === null || n === DEFAULT_FONT_COLOR ? undefined : n);
    return this._self();
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this._grid(this._sheet.fontWeights, 'normal') as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this._first()._grid(this._sheet.fontWeights, 'normal')[0][0] as GoogleAppsScript.Spreadsheet.FontWeight;
  }
  setFontWeights(fontWeights: (string | null)[][]): GRange {
    this._setGrid(this._sheet.fontWeights, checkGrid(fontWeights, this._numRows, this._numCols, 'setFontWeights'), (v) => (v ? String(v) : null), 'normal');
    return this._self();
  }
  setFontWeight(fontWeight: string | null): GRange {
    this._fill(this._sheet.fontWeights, fontWeight && fontWeight !== 'normal' ? fontWeight : undefined);
    return this._self();
  }

  getNotes(): string[][] { return this._grid(this._sheet.notes, ''); }
  getNote(): string { return this._first()._grid(this._sheet.notes, '')[0][0]; }
  setNotes(notes: (string | null)[][]): GRange {
    this._setGrid(this._sheet.notes, checkGrid(notes, this._numRows, this._numCols, 'setNotes'), (v) => (v === null || v === undefined ? null : String(v)), '');
    return this._self();
  }
  setNote(note: string | null): GRange {
    this._fill(this._sheet.notes, note ? String(note) : undefined);
    return this._self();
  }

  getNumberFormats(): string[][] { return this._grid(this._sheet.numberFormats, DEFAULT_NUMBER_FORMAT); }
  getNumberFormat(): string { return this._first()._grid(this._sheet.numberFormats, DEFAULT_NUMBER_FORMAT)[0][0]; }
  setNumberFormats(numberFormats: string[][]): GRange {
    this._setGrid(this._sheet.numberFormats, checkGrid(numberFormats, this._numRows, this._numCols, 'setNumberFormats'), (v) => (v ? String(v) : null), DEFAULT_NUMBER_FORMAT);
    return this._self();
  }
  setNumberFormat(numberFormat: string): GRange {
    this._fill(this._sheet.numberFormats, numberFormat && numberFormat !== DEFAULT_NUMBER_FORMAT ? numberFormat : undefined);
    return this._self();
  }

  // --- formats that are recorded (by the counter) but not stored
  setWrap(_isWrapEnabled: boolean): GRange { return this._self(); }
  setWraps(_isWrapEnabled: boolean[][]): GRange { return this._self(); }
  setWrapStrategy(_strategy: unknown): GRange { return this._self(); }
  setWrapStrategies(_strategies: unknown[][]): GRange { return this._self(); }
  setHorizontalAlignment(_alignment: string | null): GRange { return this._self(); }
  setHorizontalAlignments(_alignments: unknown[][]): GRange { return this._self(); }
  setVerticalAlignment(_alignment: string | null): GRange { return this._self(); }
  setFontStyle(_fontStyle: string | null): GRange { return this._self(); }
  setFontSize(_size: number): GRange { return this._self(); }
  setFontFamily(_fontFamily: string | null): GRange { return this._self(); }
  setFontLine(_fontLine: string | null): GRange { return this._self(); }
  setBorder(..._args: unknown[]): GRange { return this._self(); }
}

// ---------------------------------------------------------------------------------------------------------
// RangeList: disjoint ranges of one sheet, set alike in one call (Sheet.getRangeList).

export class RangeListImpl {
  constructor(readonly _ctx: SpreadsheetCtx, readonly _ranges: RangeImpl[]) {}

  _self(): GRangeList {
    return gas<GRangeList>(this);
  }

  /** Cells of all its ranges (what a setter touches). */
  _cells(): number {
    let n = 0;
    for (const r of this._ranges) n += r._numRows * r._numCols;
    return n;
  }

  getRanges(): GRange[] { return this._ranges.map((r) => r._self()); }
  /** Each range as Range's own setter would do it, without counting a Range call (the RangeList call is counted). */
  _each(fn: (r: RangeImpl) => void): GRangeList {
    for (const r of this._ranges) fn(r);
    return this._self();
  }
  setBackground(color: string | null): GRangeList {
    const n = normalizeColor(color);
    return this._each((r) => r._fill(r._sheet.backgrounds, n === null || n === DEFAULT_BACKGROUND ? undefined : n));
  }
  setFontColor(color: string | null): GRangeList {
    const n = normalizeColor(color);
    return this._each((r) => r._fill(r._sheet.fontColors, n === null || n === DEFAULT_FONT_COLOR ? undefined : n));
  }
  setFontWeight(fontWeight: string | null): GRangeList {
    return this._each((r) => r._fill(r._sheet.fontWeights, fontWeight && fontWeight !== 'normal' ? fontWeight : undefined));
  }
  setNote(note: string | null): GRangeList {
    return this._each((r) => r._fill(r._sheet.notes, note ? String(note) : undefined));
  }
  setNumberFormat(numberFormat: string): GRangeList {
    return this._each((r) => r._fill(r._sheet.numberFormats, numberFormat && numberFormat !== DEFAULT_NUMBER_FORMAT ? numberFormat : undefined));
  }
  setValue(value: unknown): GRangeList {
    return this._each((r) => r._writeValues(Array.from({ length: r._numRows }, () => new Array<unknown>(r._numCols).fill(value)), 'setValue'));
  }
  clearNote(): GRangeList {
    return this._each((r) => r._clear({ notes: true }));
  }
  clearContent(): GRangeList {
    return this._each((r) => r._clear({ contents: true }));
  }
  clearFormat(): GRangeList {
    return this._each((r) => r._clear({ formats: true }));
  }
}

function normColor(v: unknown): string | null {
  return normalizeColor(v === null || v === undefined ? null : String(v));
}

export function makeRange(ctx: SpreadsheetCtx, s: SheetData, row: number, col: number, numRows: number, numCols: number, method: string): RangeImpl {
  const r = checkInt(row, method);
  const c = checkInt(col, method);
  const nr = checkInt(numRows, method);
  const nc = checkInt(numCols, method);
  if (r < 1) throw new Error('The starting row of the range is too small.');
  if (c < 1) throw new Error('The starting column of the range is too small.');
  if (nr < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (nc < 1) throw new Error('The number of columns in the range must be at least 1.');
  if (r + nr - 1 > s.maxRows || c + nc - 1 > s.maxCols) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  return new RangeImpl(ctx, s, r, c, nr, nc);
}

function rangeFromA1(ctx: SpreadsheetCtx, s: SheetData, a1: string): RangeImpl {
  const ref = parseA1(a1);
  const r0 = ref.startRow ?? 1;
  const c0 = ref.startCol ?? 1;
  const r1 = ref.endRow ?? s.maxRows;
  const c1 = ref.endCol ?? s.maxCols;
  return makeRange(ctx, s, r0, c0, r1 - r0 + 1, c1 - c0 + 1, 'SpreadsheetApp.Sheet.getRange');
}

// ---------------------------------------------------------------------------------------------------------
// Sheet

export class SheetImpl {
  constructor(readonly _ctx: SpreadsheetCtx, readonly _sheet: SheetData) {}

  _self(): GSheet {
    return gas<GSheet>(this);
  }

  _live(): SheetData {
    if (!this._ctx.workbook.sheets.includes(this._sheet)) throw new Error('Sheet not found');
    return this._sheet;
  }

  getName(): string { return this._sheet.name; }
  setName(name: string): GSheet {
    const other = this._ctx.workbook.sheetNamedLike(String(name));
    if (other && other !== this._sheet) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this._live().name = String(name);
    return this._self();
  }
  getIndex(): number { return this._ctx.workbook.sheets.indexOf(this._sheet) + 1; }

  addDeveloperMetadata(key: string, b?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility, c?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GSheet {
    addMetadata(this._ctx, this._live(), key, b, c);
    return this._self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] { return sheetMetadata(this._ctx, this._live(), wrapSheet); }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder { return metadataFinder(this._ctx, this._live(), wrapSheet); }
  getSheetId(): number { return this._sheet.id; }
  getSheetName(): string { return this._sheet.name; }
  getParent(): GSpreadsheet { return new SpreadsheetImpl(this._ctx)._self(); }

  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): GRange {
    const s = this._live();
    if (typeof a === 'string' && column === undefined) return rangeFromA1(this._ctx, s, a)._self();
    return makeRange(this._ctx, s, a as number, column as number, numRows ?? 1, numColumns ?? 1, 'SpreadsheetApp.Sheet.getRange')._self();
  }

  getRangeList(a1Notations: string[]): GRangeList {
    if (!Array.isArray(a1Notations)) sigError('SpreadsheetApp.Sheet.getRangeList');
    const s = this._live();
    return new RangeListImpl(this._ctx, a1Notations.map((a) => rangeFromA1(this._ctx, s, String(a))))._self();
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): CellValue[][] {
    const s = this._live();
    const nr = numRows === -1 ? Math.max(s.lastRow() - startRow + 1, 0) : numRows;
    const nc = numColumns === -1 ? Math.max(s.lastCol() - startColumn + 1, 0) : numColumns;
    if (nr === 0 || nc === 0) return [];
    return makeRange(this._ctx, s, startRow, startColumn, nr, nc, 'SpreadsheetApp.Sheet.getSheetValues')._values();
  }

  getDataRange(): GRange { return this._dataRange(); }
  _dataRange(): GRange {
    const s = this._live();
    return new RangeImpl(this._ctx, s, 1, 1, Math.max(1, s.lastRow()), Math.max(1, s.lastCol()))._self();
  }

  getLastRow(): number { return this._live().lastRow(); }
  getLastColumn(): number { return this._live().lastCol(); }
  getMaxRows(): number { return this._live().maxRows; }
  getMaxColumns(): number { return this._live().maxCols; }

  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    const s = this._live();
    const at = checkInt(afterPosition, 'SpreadsheetApp.Sheet.insertRowsAfter');
    const n = checkInt(howMany, 'SpreadsheetApp.Sheet.insertRowsAfter');
    if (at < 1 || at > s.maxRows || n < 1) throw new Error('Those rows are out of bounds.');
    this._ctx.workbook.checkCells(n * s.maxCols);
    s.insertRows(at, n);
    return this._self();
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    const s = this._live();
    const at = checkInt(beforePosition, 'SpreadsheetApp.Sheet.insertRowsBefore');
    const n = checkInt(howMany, 'SpreadsheetApp.Sheet.insertRowsBefore');
    if (at < 1 || at > s.maxRows || n < 1) throw new Error('Those rows are out of bounds.');
    this._ctx.workbook.checkCells(n * s.maxCols);
    s.insertRows(at - 1, n);
    return this._self();
  }
  insertRowAfter(afterPosition: number): GSheet { return this._insertRows(afterPosition, 1, 0); }
  insertRowBefore(beforePosition: number): GSheet { return this._insertRows(beforePosition, 1, -1); }
  _insertRows(pos: number, n: number, delta: number): GSheet {
    const s = this._live();
    if (pos < 1 || pos > s.maxRows) throw new Error('Those rows are out of bounds.');
    this._ctx.workbook.checkCells(n * s.maxCols);
    s.insertRows(pos + delta, n);
    return this._self();
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    const s = this._live();
    if (afterPosition < 1 || afterPosition > s.maxCols || howMany < 1) throw new Error('Those columns are out of bounds.');
    this._checkCols(s, howMany);
    s.insertCols(afterPosition, howMany);
    return this._self();
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    const s = this._live();
    if (beforePosition < 1 || beforePosition > s.maxCols || howMany < 1) throw new Error('Those columns are out of bounds.');
    this._checkCols(s, howMany);
    s.insertCols(beforePosition - 1, howMany);
    return this._self();
  }
  _checkCols(s: SheetData, n: number): void {
    if (s.maxCols + n > MAX_COLUMNS) {
      throw new Error(`This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS}.`);
    }
    this._ctx.workbook.checkCells(n * s.maxRows);
  }

  hideColumns(columnIndex: number, numColumns?: number): void {
    const s = this._live();
    const c = checkInt(columnIndex, 'SpreadsheetApp.Sheet.hideColumns');
    const n = numColumns === undefined ? 1 : checkInt(numColumns, 'SpreadsheetApp.Sheet.hideColumns');
    if (c < 1 || n < 1 || c + n - 1 > s.maxCols) throw new Error('Those columns are out of bounds.');
    for (let i = 0; i < n; i++) s.hiddenCols[c - 1 + i] = true;
  }
  showColumns(columnIndex: number, numColumns?: number): void {
    const s = this._live();
    const c = checkInt(columnIndex, 'SpreadsheetApp.Sheet.showColumns');
    const n = numColumns === undefined ? 1 : checkInt(numColumns, 'SpreadsheetApp.Sheet.showColumns');
    if (c < 1 || n < 1 || c + n - 1 > s.maxCols) throw new Error('Those columns are out of bounds.');
    for (let i = 0; i < n; i++) s.hiddenCols[c - 1 + i] = undefined;
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return !!this._live().hiddenCols[checkInt(columnPosition, 'SpreadsheetApp.Sheet.isColumnHiddenByUser') - 1];
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const s = this._live();
    const at = checkInt(rowPosition, 'SpreadsheetApp.Sheet.deleteRows');
    const n = checkInt(howMany, 'SpreadsheetApp.Sheet.deleteRows');
    if (at < 1 || n < 1 || at + n - 1 > s.maxRows) throw new Error('Those rows are out of bounds.');
    if (s.maxRows - n <= s.frozenRows || s.maxRows - n < 1) throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    s.deleteRows(at - 1, n);
  }
  deleteRow(rowPosition: number): GSheet {
    const s = this._live();
    if (rowPosition < 1 || rowPosition > s.maxRows) throw new Error('Those rows are out of bounds.');
    if (s.maxRows - 1 <= s.frozenRows || s.maxRows - 1 < 1) throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    s.deleteRows(rowPosition - 1, 1);
    return this._self();
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    const s = this._live();
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > s.maxCols) throw new Error('Those columns are out of bounds.');
    if (s.maxCols - howMany < 1) throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    s.deleteCols(columnPosition - 1, howMany);
  }
  deleteColumn(columnPosition: number): GSheet {
    this._deleteCols(columnPosition);
    return this._self();
  }
  _deleteCols(columnPosition: number): void {
    const s = this._live();
    if (columnPosition < 1 || columnPosition > s.maxCols) throw new Error('Those columns are out of bounds.');
    if (s.maxCols - 1 < 1) throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    s.deleteCols(columnPosition - 1, 1);
  }

  appendRow(rowContents: unknown[]): GSheet {
    if (!Array.isArray(rowContents)) sigError('SpreadsheetApp.Sheet.appendRow');
    const s = this._live();
    const r = s.lastRow() + 1;
    if (r > s.maxRows) s.maxRows = r;
    if (rowContents.length > s.maxCols) s.maxCols = rowContents.length;
    if (rowContents.length > 0) new RangeImpl(this._ctx, s, r, 1, 1, rowContents.length)._writeValues([rowContents], 'appendRow');
    else s.version++;
    return this._self();
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): GSheet {
    const s = this._live();
    const what = options ? { contents: !!options.contentsOnly, formats: !!options.formatOnly } : { contents: true, formats: true };
    s.clearBlock(0, 0, s.maxRows, s.maxCols, what);
    return this._self();
  }
  clearContents(): GSheet {
    const s = this._live();
    s.clearBlock(0, 0, s.maxRows, s.maxCols, { contents: true });
    return this._self();
  }
  clearFormats(): GSheet {
    const s = this._live();
    s.clearBlock(0, 0, s.maxRows, s.maxCols, { formats: true });
    return this._self();
  }
  clearNotes(): GSheet {
    const s = this._live();
    s.clearBlock(0, 0, s.maxRows, s.maxCols, { notes: true });
    return this._self();
  }

  setFrozenRows(rows: number): void {
    const s = this._live();
    const n = checkInt(rows, 'SpreadsheetApp.Sheet.setFrozenRows');
    if (n < 0 || n >= s.maxRows) throw new Error("You can't freeze all visible rows on the sheet.");
    s.frozenRows = n;
  }
  getFrozenRows(): number { return this._sheet.frozenRows; }
  setFrozenColumns(columns: number): void {
    const s = this._live();
    const n = checkInt(columns, 'SpreadsheetApp.Sheet.setFrozenColumns');
    if (n < 0 || n >= s.maxCols) throw new Error("You can't freeze all visible columns on the sheet.");
    s.frozenCols = n;
  }
  getFrozenColumns(): number { return this._sheet.frozenCols; }

  activate(): GSheet {
    const wb = this._ctx.workbook;
    wb.activeSheetId = this._live().id;
    if (wb.activeRange?.sheetId !== this._sheet.id) wb.activeRange = { sheetId: this._sheet.id, row: 1, col: 1, numRows: 1, numCols: 1 };
    return this._self();
  }
  setActiveRange(range: GRange): GRange {
    return activateRange(this._ctx, range);
  }
  setActiveSelection(range: string | GRange): GRange {
    const r = typeof range === 'string' ? rangeFromA1(this._ctx, this._live(), range)._self() : range;
    return activateRange(this._ctx, r);
  }
  getActiveRange(): GRange { return activeRange(this._ctx); }
  getActiveCell(): GRange { return activeCell(this._ctx); }

  setColumnWidth(columnPosition: number, width: number): GSheet {
    this._live().colWidths[checkInt(columnPosition, 'SpreadsheetApp.Sheet.setColumnWidth') - 1] = width;
    return this._self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    const s = this._live();
    for (let c = 0; c < numColumns; c++) s.colWidths[startColumn - 1 + c] = width;
    return this._self();
  }
  getColumnWidth(columnPosition: number): number {
    return this._live().colWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(_rowPosition: number, _height: number): GSheet { return this._self(); }
  setRowHeights(_startRow: number, _numRows: number, _height: number): GSheet { return this._self(); }
  autoResizeColumns(_startColumn: number, _numColumns: number): GSheet { return this._self(); }
  autoResizeColumn(_columnPosition: number): GSheet { return this._self(); }

  hideSheet(): GSheet {
    const wb = this._ctx.workbook;
    if (wb.sheets.filter((x) => !x.hidden && x !== this._sheet).length === 0) throw new Error("You can't hide all the sheets in a document.");
    this._live().hidden = true;
    return this._self();
  }
  showSheet(): GSheet {
    this._live().hidden = false;
    return this._self();
  }
  isSheetHidden(): boolean { return this._sheet.hidden; }
  setTabColor(color: string | null): GSheet {
    this._live().tabColor = normalizeColor(color);
    return this._self();
  }
  getTabColor(): string | null { return this._sheet.tabColor; }
}

function activeRange(ctx: SpreadsheetCtx): GRange {
  const ar = ctx.workbook.activeRange;
  const s = ar && ctx.workbook.sheetById(ar.sheetId);
  if (!ar || !s) {
    const sheet = ctx.workbook.activeSheet();
    return new RangeImpl(ctx, sheet, 1, 1, 1, 1)._self();
  }
  return new RangeImpl(ctx, s, ar.row, ar.col, Math.min(ar.numRows, s.maxRows), Math.min(ar.numCols, s.maxCols))._self();
}

function activeCell(ctx: SpreadsheetCtx): GRange {
  return gas<RangeImpl>(activeRange(ctx))._first()._self();
}

function activateRange(ctx: SpreadsheetCtx, range: GRange): GRange {
  const r = gas<RangeImpl>(range);
  if (!(r instanceof RangeImpl)) sigError('SpreadsheetApp.Sheet.setActiveRange');
  ctx.workbook.activeSheetId = r._sheet.id;
  ctx.workbook.activeRange = { sheetId: r._sheet.id, row: r._row, col: r._col, numRows: r._numRows, numCols: r._numCols };
  return range;
}

// ---------------------------------------------------------------------------------------------------------
// Spreadsheet

export class SpreadsheetImpl {
  constructor(readonly _ctx: SpreadsheetCtx) {}

  _self(): GSpreadsheet {
    return gas<GSpreadsheet>(this);
  }

  private _wrap(s: SheetData): GSheet {
    return new SheetImpl(this._ctx, s)._self();
  }

  getSheets(): GSheet[] { return this._ctx.workbook.sheets.map((s) => this._wrap(s)); }
  /** Finds developer metadata on every sheet (the test bed keeps none on the spreadsheet itself, nor on rows or columns). */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder { return metadataFinder(this._ctx, null, wrapSheet); }
  getNumSheets(): number { return this._ctx.workbook.sheets.length; }
  getSheetByName(name: string): GSheet | null {
    const s = this._ctx.workbook.sheet(name);
    return s ? this._wrap(s) : null;
  }
  getSheetById(id: number): GSheet | null {
    const s = this._ctx.workbook.sheetById(id);
    return s ? this._wrap(s) : null;
  }

  /** insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index). The new sheet becomes active. */
  insertSheet(a?: string | number | object, b?: number | object, c?: object): GSheet {
    const wb = this._ctx.workbook;
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'string') name = a;
    else if (typeof a === 'number') index = a;
    else if (a !== undefined) notEmulated('Spreadsheet.insertSheet(options)');
    if (typeof b === 'number') index = b;
    else if (b !== undefined || c !== undefined) notEmulated('Spreadsheet.insertSheet(options)');
    if (name !== undefined && name.trim() === '') throw new Error('Invalid sheet name.');
    if (name !== undefined && name.length > 100) throw new Error('The sheet name is too long.');
    const s = wb.addSheet(name ?? wb.nextSheetName(), index);
    wb.activeSheetId = s.id;
    wb.activeRange = { sheetId: s.id, row: 1, col: 1, numRows: 1, numCols: 1 };
    return this._wrap(s);
  }

  deleteSheet(sheet: GSheet): void {
    const impl = gas<SheetImpl>(sheet);
    if (!(impl instanceof SheetImpl)) sigError('SpreadsheetApp.Spreadsheet.deleteSheet');
    this._ctx.workbook.removeSheet(impl._live());
  }

  getActiveSheet(): GSheet { return this._wrap(this._ctx.workbook.activeSheet()); }
  setActiveSheet(sheet: GSheet): GSheet {
    const impl = gas<SheetImpl>(sheet);
    this._ctx.workbook.activeSheetId = impl._live().id;
    return sheet;
  }
  getActiveRange(): GRange { return activeRange(this._ctx); }
  getActiveCell(): GRange { return activeCell(this._ctx); }
  getCurrentCell(): GRange { return activeCell(this._ctx); }
  setActiveRange(range: GRange): GRange { return activateRange(this._ctx, range); }
  setActiveSelection(range: string | GRange): GRange {
    return activateRange(this._ctx, typeof range === 'string' ? gas<SpreadsheetImpl>(this)._rangeA1(range) : range);
  }

  getRange(a1Notation: string): GRange { return this._rangeA1(a1Notation); }
  _rangeA1(a1: string): GRange {
    const ref = parseA1(a1);
    const wb = this._ctx.workbook;
    const s = ref.sheetName !== undefined ? wb.sheet(ref.sheetName) : wb.activeSheet();
    if (!s) throw new Error(`Range not found`);
    return rangeFromA1(this._ctx, s, a1)._self();
  }
  getDataRange(): GRange { return new SheetImpl(this._ctx, this._ctx.workbook.activeSheet())._dataRange(); }
  getLastRow(): number { return this._ctx.workbook.activeSheet().lastRow(); }
  getLastColumn(): number { return this._ctx.workbook.activeSheet().lastCol(); }

  getName(): string { return this._ctx.workbook.name; }
  rename(newName: string): void { this._ctx.workbook.name = newName; }
  getId(): string { return this._ctx.workbook.id; }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this._ctx.workbook.id}/edit`; }
  getSpreadsheetTimeZone(): string { return this._ctx.workbook.timeZone; }
  setSpreadsheetTimeZone(timezone: string): void { this._ctx.workbook.timeZone = timezone; }
  getSpreadsheetLocale(): string { return this._ctx.workbook.locale; }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this._ctx.ui.toasts.push({ message: String(msg), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Ui and Menu

export class MenuImpl {
  readonly _entries: MenuEntry[] = [];
  constructor(readonly _ctx: SpreadsheetCtx, readonly _caption: string, readonly _addon: boolean) {}

  addItem(caption: string, functionName: string): GMenu {
    if (typeof functionName !== 'string' || !functionName) sigError('Ui.Menu.addItem');
    this._entries.push({ type: 'item', caption: String(caption), functionName });
    return gas<GMenu>(this);
  }
  addSeparator(): GMenu {
    this._entries.push({ type: 'separator' });
    return gas<GMenu>(this);
  }
  addSubMenu(menu: GMenu): GMenu {
    const m = gas<MenuImpl>(menu);
    this._entries.push({ type: 'submenu', caption: m._caption, items: m._entries });
    return gas<GMenu>(this);
  }
  addToUi(): void {
    const ui = this._ctx.ui;
    ui.menus = ui.menus.filter((m) => !(m.caption === this._caption && m.addon === this._addon));
    ui.menus.push({ caption: this._caption, addon: this._addon, items: this._entries.slice() });
  }
}

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'], OK_CANCEL: ['OK', 'CANCEL'], YES_NO: ['YES', 'NO'], YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class UiImpl {
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  constructor(readonly _ctx: SpreadsheetCtx) {}

  createMenu(caption: string): GMenu { return gas<GMenu>(new MenuImpl(this._ctx, String(caption), false)); }
  createAddonMenu(): GMenu { return gas<GMenu>(new MenuImpl(this._ctx, this._ctx.addonName, true)); }

  _dialogArgs(a: string, b?: unknown, c?: unknown): { title?: string; prompt: string; buttons: ButtonSetName } {
    if (c !== undefined) return { title: a, prompt: String(b), buttons: String(c) as ButtonSetName };
    if (b !== undefined) return { prompt: a, buttons: String(b) as ButtonSetName };
    return { prompt: a, buttons: 'OK' };
  }

  alert(a: string, b?: unknown, c?: unknown): GButton {
    const { title, prompt, buttons } = this._dialogArgs(a, b, c);
    const allowed = BUTTONS_OF[buttons];
    if (!allowed) sigError('Ui.alert');
    const next = this._ctx.ui.alertResponses.shift();
    const response = next ?? allowed[0];
    if (next && !allowed.includes(next) && next !== 'CLOSE') {
      throw new Error(`testbed: scripted alert response ${next} is not a button of ${buttons}`);
    }
    this._ctx.ui.alerts.push({ title, prompt: String(prompt), buttons, response });
    return response as unknown as GButton;
  }

  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    const { title, prompt, buttons } = this._dialogArgs(a, b, c);
    const allowed = BUTTONS_OF[buttons];
    if (!allowed) sigError('Ui.prompt');
    const next = this._ctx.ui.promptResponses.shift() ?? { text: '' };
    const button = next.button ?? allowed[0];
    this._ctx.ui.prompts.push({ title, prompt: String(prompt), buttons, response: button, responseText: next.text });
    return { getResponseText: () => next.text, getSelectedButton: () => button as unknown as GButton };
  }

  _show(kind: RecordedHtml['kind'], output: GHtmlOutput, title?: string): void {
    if (!output || typeof output.getContent !== 'function') sigError(`Ui.show${kind}`);
    // Reading the output is internal: it must not count as the script's HtmlOutput calls.
    const o = output as unknown as { _title: string; _content: string; _width?: number; _height?: number };
    this._ctx.ui.html.push({
      kind, title: title ?? o._title, content: o._content, width: o._width, height: o._height, output,
    });
  }
  showSidebar(userInterface: GHtmlOutput): void { this._show('sidebar', userInterface); }
  showModalDialog(userInterface: GHtmlOutput, title: string): void { this._show('modal', userInterface, title); }
  showModelessDialog(userInterface: GHtmlOutput, title: string): void { this._show('modeless', userInterface, title); }
}

// ---------------------------------------------------------------------------------------------------------
// SpreadsheetApp

export const WrapStrategy = makeEnum(['WRAP', 'OVERFLOW', 'CLIP'] as const);
export const BorderStyle = makeEnum(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'] as const);

/** The Sheet object of a stored sheet (what a developer metadata location hands out). */
const wrapSheet: SheetWrapper = (ctx, s) => new SheetImpl(ctx, s)._self();

export class SpreadsheetAppImpl {
  readonly WrapStrategy = WrapStrategy as unknown as typeof GoogleAppsScript.Spreadsheet.WrapStrategy;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility as unknown as typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType as unknown as typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  readonly BorderStyle = BorderStyle as unknown as typeof GoogleAppsScript.Spreadsheet.BorderStyle;
  constructor(readonly _ctx: SpreadsheetCtx) {}

  getActiveSpreadsheet(): GSpreadsheet { return new SpreadsheetImpl(this._ctx)._self(); }
  getActive(): GSpreadsheet { return new SpreadsheetImpl(this._ctx)._self(); }
  getActiveSheet(): GSheet { return new SheetImpl(this._ctx, this._ctx.workbook.activeSheet())._self(); }
  getActiveRange(): GRange { return activeRange(this._ctx); }
  getCurrentCell(): GRange { return activeCell(this._ctx); }
  getUi(): GUi { return gas<GUi>(new UiImpl(this._ctx)); }
  flush(): void {}
  setActiveSheet(sheet: GSheet): GSheet {
    this._ctx.workbook.activeSheetId = gas<SheetImpl>(sheet)._live().id;
    return sheet;
  }
  setActiveRange(range: GRange): GRange { return activateRange(this._ctx, range); }
}

emulate(RangeImpl, 'Range');
emulate(RangeListImpl, 'RangeList');
emulate(SheetImpl, 'Sheet');
emulate(SpreadsheetImpl, 'Spreadsheet');
emulate(MenuImpl, 'Menu');
emulate(UiImpl, 'Ui');
emulate(SpreadsheetAppImpl, 'SpreadsheetApp');

export function createSpreadsheetApp(ctx: SpreadsheetCtx): GSpreadsheetApp {
  return gas<GSpreadsheetApp>(new SpreadsheetAppImpl(ctx));
}

/** Current formula cells of a sheet (from any source), for tests: [{ a1, formula }]. */
export function formulaCells(sheet: SheetData | GSheet): { a1: string; formula: string }[] {
  const s: SheetData = sheet instanceof SheetImpl ? sheet._sheet : (sheet as unknown as SheetImpl)._sheet ?? (sheet as SheetData);
  const out: { a1: string; formula: string }[] = [];
  s.formulas.forEach((row, r) => row?.forEach((f, c) => {
    if (f !== undefined) out.push({ a1: toA1(r + 1, c + 1), formula: f });
  }));
  return out;
}

/** "'My sheet'!A1:B2" for messages. */
export function rangeLabel(r: RangeImpl): string {
  return `${quoteSheetName(r._sheet.name)}!${toA1(r._row, r._col, r._numRows, r._numCols)}`;
}

/** The stored sheet behind a GAS Sheet or Range object (for tests and tools). */
export function sheetDataOf(x: GSheet | GRange): SheetData {
  const impl = x as unknown as { _sheet?: SheetData };
  if (!impl._sheet) throw new Error('testbed: not a testbed Sheet or Range');
  return impl._sheet;
}

