// One worksheet part, read as it streams: rows of cells (value, formula, style, rich text) handed over row by row,
// and what the sheet holds besides (frozen panes, column widths, hidden rows and columns, merges, hyperlinks, tab
// color), collected on the way. The sheet's <dimension> is never trusted: a sheet is as big as the cells it has.
// Shared formulas are given to each cell of their block as that cell's own formula, moved by its offset.
import { type CellRead, cellValue, type XlsxString } from './cells';
import { XlsxError } from './errors';
import { colLetters, parseCellRef, shiftFormula } from './formula';
import { CappedText, StringBuilder } from './strings';
import { resolveColor, type Styles } from './styles';
import type { XmlHandler } from './xml';
import type { CellValue } from '../values';

export interface XlsxCell {
  /** 0-based column. */
  col: number;
  value: CellValue;
  /** '=…' for a formula cell (its value is the result Excel cached). */
  formula?: string;
  /** The range an array formula fills (its top-left cell holds the formula). */
  arrayRef?: string;
  /** Index into the workbook's cell styles. */
  style: number;
  /** The string, when it has rich-text runs or was cut at the cap. */
  string?: XlsxString;
}

export interface XlsxRow {
  /** 0-based row. */
  row: number;
  cells: XlsxCell[];
  hidden: boolean;
}

export interface ColumnInfo {
  /** 0-based, inclusive. */
  min: number;
  max: number;
  width?: number;
  hidden: boolean;
}

export interface SheetExtras {
  frozenRows: number;
  frozenCols: number;
  tabColor?: string;
  cols: ColumnInfo[];
  merges: string[];
  hyperlinks: Array<{ ref: string; rid?: string; location?: string; tooltip?: string }>;
  /** Relationship id of the legacy drawing (where a sheet's notes are shown). */
  legacyDrawing?: string;
  /** What the sheet has that the reader does not keep, in words ("conditional formatting"). */
  notKept: Set<string>;
}

export interface SheetCaps {
  /** Characters a cell's text keeps; longer text is cut there (and its real length reported). */
  cellChars: number;
  /** Columns a sheet may have. */
  columns: number;
  /** Rows a sheet may have. */
  rows: number;
}

/** Worksheet children the reader does not keep, in words. Print settings are not listed (README). */
const NOT_KEPT: Record<string, string> = {
  conditionalFormatting: 'conditional formatting',
  conditionalFormattings: 'conditional formatting',
  dataValidations: 'data validation (drop-down lists and input rules)',
  drawing: 'charts, pictures and shapes',
  picture: 'a background picture',
  tableParts: 'tables (Format as Table)',
  autoFilter: 'filters',
  sheetProtection: 'sheet protection',
  protectedRanges: 'protected ranges',
  oleObjects: 'embedded objects',
  controls: 'form controls',
  scenarios: 'what-if scenarios',
  customSheetViews: 'custom views',
  sparklineGroups: 'sparklines',
  slicerList: 'slicers',
};

export class SheetParser implements XmlHandler {
  readonly extras: SheetExtras = { frozenRows: 0, frozenCols: 0, cols: [], merges: [], hyperlinks: [], notKept: new Set() };
  private readonly path: string[] = [];
  private row: XlsxRow | undefined;
  private lastRow = -1;
  private lastCol = -1;
  // the cell being read
  private cell: { col: number; type: string; style: number; ref: string } | undefined;
  private v: CappedText | undefined;
  private f: { text: CappedText; t?: string; ref?: string; si?: string } | undefined;
  private vText = '';
  private vLength = 0;
  private inlineResult: XlsxString | undefined;
  private fInfo: { text: string; t?: string; ref?: string; si?: string } | undefined;
  private inline: StringBuilder | undefined;
  private inlineDepth = 0;
  private readonly shared = new Map<string, { formula: string; row: number; col: number }>();
  /** Reused for every cell's <v> and <f> text. */
  private readonly vText_: CappedText;
  private readonly fText_: CappedText;
  private sawView = false;

  constructor(
    private readonly onRow: (row: XlsxRow) => void,
    private readonly strings: readonly XlsxString[],
    private readonly styles: Styles,
    private readonly date1904: boolean,
    private readonly caps: SheetCaps,
    private readonly theme: string[],
    /** Keep rich-text runs (the full reader for `run`); values only otherwise. */
    private readonly keepRuns: boolean,
  ) {
    this.vText_ = new CappedText(caps.cellChars + 1);
    this.fText_ = new CappedText(caps.cellChars + 1);
  }

  open(name: string, a: Record<string, string>): void {
    const depth = this.path.length;
    const parent = this.path[depth - 1];
    this.path.push(name);
    if (this.inline) {
      this.inlineDepth++;
      this.inline.open(name, a);
      return;
    }
    if (depth === 1) {
      const what = NOT_KEPT[name];
      // <sheetProtection> protects only with sheet="1".
      if (what && (name !== 'sheetProtection' || a.sheet === '1' || a.sheet === 'true')) this.extras.notKept.add(what);
    }
    if (parent === 'sheetData' && name === 'row') return this.openRow(a);
    if (parent === 'row' && name === 'c') return this.openCell(a);
    if (this.cell) {
      if (name === 'v') this.v = this.vText_.reset();
      else if (name === 'f') this.f = { text: this.fText_.reset(), t: a.t, ref: a.ref, si: a.si };
      else if (name === 'is') {
        this.inline = new StringBuilder(this.caps.cellChars + 1, this.keepRuns, this.theme);
        this.inlineDepth = 0;
      }
      return;
    }
    if (name === 'tabColor' && parent === 'sheetPr') this.extras.tabColor = resolveColor(a, this.theme);
    else if (name === 'pane' && parent === 'sheetView' && !this.sawView) {
      if (a.state === 'frozen' || a.state === 'frozenSplit') {
        this.extras.frozenRows = Math.max(0, Math.floor(Number(a.ySplit ?? 0)) || 0);
        this.extras.frozenCols = Math.max(0, Math.floor(Number(a.xSplit ?? 0)) || 0);
      }
    } else if (name === 'col' && parent === 'cols') {
      const min = Number(a.min);
      const max = Number(a.max ?? a.min);
      if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min) {
        const hidden = a.hidden === '1' || a.hidden === 'true';
        const custom = a.customWidth === '1' || a.customWidth === 'true';
        this.extras.cols.push({ min: min - 1, max: Math.min(max, this.caps.columns) - 1, width: custom && a.width !== undefined ? Number(a.width) : undefined, hidden });
        if (a.outlineLevel && Number(a.outlineLevel) > 0) this.extras.notKept.add('grouped rows and columns (outline)');
      }
    } else if (name === 'mergeCell' && parent === 'mergeCells' && a.ref) this.extras.merges.push(a.ref);
    else if (name === 'hyperlink' && parent === 'hyperlinks' && a.ref) this.extras.hyperlinks.push({ ref: a.ref, rid: a.id, location: a.location, tooltip: a.tooltip });
    else if (name === 'legacyDrawing' && depth === 1) this.extras.legacyDrawing = a.id;
    else if (this.path[1] === 'extLst' && NOT_KEPT[name]) this.extras.notKept.add(NOT_KEPT[name]);
  }

  close(name: string): void {
    this.path.pop();
    if (this.inline) {
      if (this.inlineDepth === 0 && name === 'is') {
        this.inlineResult = this.inline.result();
        this.inline = undefined;
        return;
      }
      this.inlineDepth--;
      this.inline.close(name);
      return;
    }
    if (name === 'sheetView') this.sawView = true;
    else if (this.cell) {
      if (name === 'v' && this.v) {
        this.vText = this.v.value();
        this.vLength = this.v.total;
        this.v = undefined;
      } else if (name === 'f' && this.f) {
        if (this.f.text.cut) throw new XlsxError(`the cell ${this.cell.ref} has a formula longer than ${this.caps.cellChars.toLocaleString('en-US')} characters, more than a cell can hold`);
        this.fInfo = { text: this.f.text.value(), t: this.f.t, ref: this.f.ref, si: this.f.si };
        this.f = undefined;
      } else if (name === 'c') this.closeCell();
    } else if (name === 'row' && this.row) {
      this.row.cells.sort((x, y) => x.col - y.col);
      this.onRow(this.row);
      this.row = undefined;
    }
  }

  text(s: string): void {
    if (this.inline) this.inline.text(s);
    else if (this.v) this.v.push(s);
    else if (this.f) this.f.text.push(s);
  }

  private openRow(a: Record<string, string>): void {
    let r = this.lastRow + 1;
    if (a.r !== undefined) {
      r = Number(a.r) - 1;
      if (!Number.isInteger(r) || r < 0) throw new XlsxError(`a row has the number "${a.r}", which is not a row number`);
    }
    if (r >= this.caps.rows) throw new XlsxError(`it has a row numbered ${r + 1}, past the ${this.caps.rows.toLocaleString('en-US')} rows a sheet can have`);
    if (r <= this.lastRow) throw new XlsxError(`its rows are out of order (row ${r + 1} comes after row ${this.lastRow + 1})`);
    this.lastRow = r;
    this.lastCol = -1;
    const hidden = a.hidden === '1' || a.hidden === 'true';
    if ((a.customHeight === '1' || a.customHeight === 'true') && !hidden) this.extras.notKept.add('row heights');
    if (a.outlineLevel && Number(a.outlineLevel) > 0) this.extras.notKept.add('grouped rows and columns (outline)');
    this.row = { row: r, cells: [], hidden };
  }

  private openCell(a: Record<string, string>): void {
    let col = this.lastCol + 1;
    let ref = a.r;
    if (ref !== undefined) {
      const p = parseCellRef(ref);
      if (!p) throw new XlsxError(`a cell has the reference "${ref.slice(0, 20)}", which is not a cell reference`);
      if (p.row !== this.row!.row) throw new XlsxError(`the cell ${ref} is stored in row ${this.row!.row + 1}`);
      col = p.col;
    } else ref = `${colLetters(col + 1)}${this.row!.row + 1}`;
    if (col >= this.caps.columns) throw new XlsxError(`it has a cell at ${ref}, past column ${colLetters(this.caps.columns)}, the widest a sheet can be`);
    this.lastCol = col;
    if (a.vm !== undefined) this.extras.notKept.add('pictures in cells and linked data types (their text is kept)');
    const style = a.s !== undefined ? Number(a.s) : 0;
    this.cell = { col, type: a.t ?? 'n', style: Number.isInteger(style) && style >= 0 ? style : 0, ref };
    this.vText = '';
    this.vLength = 0;
    this.inlineResult = undefined;
    this.fInfo = undefined;
  }

  private closeCell(): void {
    const c = this.cell!;
    const inline = this.inlineResult;
    const style = this.styles.cellXfs[c.style] ?? this.styles.cellXfs[0];
    let read: CellRead;
    try {
      read = cellValue({ type: c.type, v: this.vText, inline, dateStyle: style.isDate }, this.strings, this.date1904);
    } catch (e) {
      throw new XlsxError(`the cell ${c.ref} ${(e as Error).message}`);
    }
    if (c.type !== 's' && c.type !== 'inlineStr' && typeof read.value === 'string' && this.vLength > this.caps.cellChars) {
      read.string = { text: read.value, fullLength: this.vLength };
    }
    const cell: XlsxCell = { col: c.col, value: read.value, style: c.style };
    if (read.string) cell.string = read.string;
    const f = this.fInfo;
    if (f) {
      const row = this.row!.row;
      if (f.t === 'shared' && f.si !== undefined) {
        const master = this.shared.get(f.si);
        if (f.text !== '') this.shared.set(f.si, { formula: f.text, row, col: c.col });
        if (f.text !== '') cell.formula = `=${f.text}`;
        else if (master) cell.formula = `=${shiftFormula(master.formula, row - master.row, c.col - master.col)}`;
      } else if (f.t === 'dataTable') this.extras.notKept.add('data tables (what-if analysis); their results are kept as values');
      else if (f.text !== '') {
        cell.formula = `=${f.text}`;
        if (f.t === 'array' && f.ref) cell.arrayRef = f.ref;
      }
    }
    this.row!.cells.push(cell);
    this.cell = undefined;
  }
}
