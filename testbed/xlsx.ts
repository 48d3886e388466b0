// Loading and saving workbooks as .xlsx (exceljs): values, formulas, backgrounds, font colors, bold, notes,
// number formats, frozen rows/columns, column widths, hidden sheets, tab colors and sheet order.
import type ExcelJS from 'exceljs';
import { type CellValue, isDate, zonedParts, zonedToDate } from './values';
import { layerSet, type SheetData, Workbook, DEFAULT_BACKGROUND, DEFAULT_FONT_COLOR } from './workbook';

let loaded: typeof ExcelJS | undefined;

/**
 * exceljs, loaded on first use (importing the test bed stays fast). Excel reserves the sheet name "History" and
 * exceljs refuses it both ways, yet such files open fine (Google Sheets exports them) and the add-on's History tab
 * must keep its name. So the Worksheet name setter is patched once to let exactly "History" through.
 */
function excel(): typeof ExcelJS {
  if (loaded) return loaded;
  /* eslint-disable @typescript-eslint/no-require-imports */
  loaded = require('exceljs') as typeof ExcelJS;
  const Worksheet = require('exceljs/lib/doc/worksheet.js') as { prototype: object };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const desc = Object.getOwnPropertyDescriptor(Worksheet.prototype, 'name');
  if (desc?.set && !(desc.set as { historyOk?: boolean }).historyOk) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its `this` (original.call)
    const original = desc.set;
    const set = function (this: { _name: string }, name: string) {
      if (name === 'History') this._name = name;
      else original.call(this, name);
    };
    (set as { historyOk?: boolean }).historyOk = true;
    Object.defineProperty(Worksheet.prototype, 'name', { ...desc, set });
  }
  return loaded;
}

/** Excel column width (characters) <-> Sheets pixels. */
const charsToPx = (w: number) => Math.round(w * 7 + 5);
const pxToChars = (px: number) => Math.max(0, (px - 5) / 7);

const DATE_FORMAT = 'm/d/yyyy';
const DATE_TIME_FORMAT = 'm/d/yyyy h:mm:ss';
const AUTO_DATE_FORMATS = new Set(['mm-dd-yy', DATE_FORMAT, DATE_TIME_FORMAT]);

function argbToHex(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-f]{6,8}$/i.test(argb)) return undefined;
  return `#${argb.slice(-6).toLowerCase()}`;
}
const hexToArgb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** exceljs reads dates as UTC wall clock; the sheet means wall clock in its time zone. */
function fromExcelDate(d: Date, tz: string): Date {
  return zonedToDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), tz);
}
function toExcelDate(d: Date, tz: string): Date {
  const p = zonedParts(d, tz);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms));
}

function noteText(note: unknown): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join('') : undefined;
}

function plainValue(v: unknown, tz: string): { value: CellValue; formula?: string } {
  if (v === null || v === undefined) return { value: '' };
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return { value: v };
  if (isDate(v)) return { value: fromExcelDate(v, tz) };
  const o = v as Record<string, unknown>;
  if (typeof o.formula === 'string' || typeof o.sharedFormula === 'string') {
    const f = (o.formula ?? o.sharedFormula) as string;
    const r = o.result;
    const value = r === undefined || r === null ? '' : typeof r === 'object' && !isDate(r) ? String((r as { error?: string }).error ?? '') : plainValue(r, tz).value;
    return { value, formula: f.startsWith('=') ? f : `=${f}` };
  }
  if (Array.isArray(o.richText)) return { value: (o.richText as { text: string }[]).map((t) => t.text).join('') };
  if (typeof o.text === 'string') return { value: o.text };
  if (typeof o.error === 'string') return { value: o.error };
  return { value: String(v) };
}

/** Reads an .xlsx file (path) or buffer into a Workbook. Dates are read as wall clock in `timeZone`. */
export async function loadXlsx(source: string | Buffer | Uint8Array, opts: { timeZone?: string; name?: string } = {}): Promise<Workbook> {
  const x = new (excel().Workbook)();
  if (typeof source === 'string') await x.xlsx.readFile(source);
  else await x.xlsx.load(Buffer.from(source) as unknown as ArrayBuffer);
  const wb = new Workbook({ timeZone: opts.timeZone, name: opts.name ?? (typeof source === 'string' ? source.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '') : undefined) });
  const tz = wb.timeZone;
  for (const ws of x.worksheets) {
    const s = wb.addSheet(ws.name, undefined, { rows: Math.max(1000, ws.rowCount), columns: Math.max(26, ws.columnCount) });
    s.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
    s.tabColor = argbToHex((ws.properties.tabColor as { argb?: string } | undefined)?.argb) ?? null;
    const view = ws.views?.[0] as { state?: string; ySplit?: number; xSplit?: number } | undefined;
    if (view?.state === 'frozen') {
      s.frozenRows = view.ySplit ?? 0;
      s.frozenCols = view.xSplit ?? 0;
    }
    for (let c = 1; c <= ws.columnCount; c++) {
      const w = ws.getColumn(c).width;
      if (w !== undefined) s.colWidths[c - 1] = charsToPx(w);
    }
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const { value, formula } = plainValue(cell.value, tz);
        if (value !== '' || formula) s.rowFor(r - 1, c)[c - 1] = value;
        if (formula) layerSet(s.formulas, r - 1, c - 1, formula);
        const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
        if (fill?.type === 'pattern' && fill.pattern === 'solid') {
          const bg = argbToHex(fill.fgColor?.argb);
          if (bg && bg !== DEFAULT_BACKGROUND) layerSet(s.backgrounds, r - 1, c - 1, bg);
        }
        const fc = argbToHex(cell.font?.color?.argb);
        if (fc && fc !== DEFAULT_FONT_COLOR) layerSet(s.fontColors, r - 1, c - 1, fc);
        if (cell.font?.bold) layerSet(s.fontWeights, r - 1, c - 1, 'bold');
        const note = noteText(cell.note);
        if (note) layerSet(s.notes, r - 1, c - 1, note);
        // Excel's built-in short date (14, "mm-dd-yy") and the defaults saveXlsx writes mean "Automatic" here.
        const autoDate = isDate(value) && AUTO_DATE_FORMATS.has(cell.numFmt);
        if (cell.numFmt && cell.numFmt !== 'General' && !autoDate) layerSet(s.numberFormats, r - 1, c - 1, cell.numFmt);
      });
    });
    s.version++;
  }
  if (wb.sheets.length === 0) wb.addSheet('Sheet1');
  return wb;
}

function fillSheet(ws: ExcelJS.Worksheet, s: SheetData, tz: string): void {
  const rows = Math.max(s.values.length, s.formulas.length, s.backgrounds.length, s.fontColors.length, s.notes.length, s.numberFormats.length, s.fontWeights.length);
  for (let r = 0; r < rows; r++) {
    const vals = s.values[r];
    const width = Math.max(vals?.length ?? 0, s.formulas[r]?.length ?? 0, s.backgrounds[r]?.length ?? 0, s.fontColors[r]?.length ?? 0, s.notes[r]?.length ?? 0, s.numberFormats[r]?.length ?? 0, s.fontWeights[r]?.length ?? 0);
    if (width === 0) continue;
    const row = ws.getRow(r + 1);
    for (let c = 0; c < width; c++) {
      const v = vals?.[c];
      const f = s.formulas[r]?.[c];
      const bg = s.backgrounds[r]?.[c];
      const fc = s.fontColors[r]?.[c];
      const fw = s.fontWeights[r]?.[c];
      const note = s.notes[r]?.[c];
      const nf = s.numberFormats[r]?.[c];
      if ((v === undefined || v === '') && !f && !bg && !fc && !fw && !note && !nf) continue;
      const cell = row.getCell(c + 1);
      if (f) {
        const result = v === undefined || v === '' ? undefined : isDate(v) ? toExcelDate(v, tz) : v;
        cell.value = { formula: f.replace(/^=/, ''), result };
      } else if (v !== undefined && v !== '') cell.value = isDate(v) ? toExcelDate(v, tz) : v;
      if (bg) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(bg) } };
      if (fc || fw) cell.font = { ...(fc ? { color: { argb: hexToArgb(fc) } } : {}), ...(fw === 'bold' ? { bold: true } : {}) };
      if (note) cell.note = note;
      if (nf) cell.numFmt = nf;
      else if (isDate(v)) {
        // Sheets' automatic date display; without it exceljs would pick "mm-dd-yy".
        const p = zonedParts(v, tz);
        cell.numFmt = p.hour || p.minute || p.second ? DATE_TIME_FORMAT : DATE_FORMAT;
      }
    }
  }
}

function toExcel(wb: Workbook): ExcelJS.Workbook {
  const x = new (excel().Workbook)();
  for (const s of wb.sheets) {
    if (s.name.length > 31 || /[*?:/\\[\]]/.test(s.name) || /^'|'$/.test(s.name)) {
      throw new Error(`The sheet name "${s.name}" can't be saved to .xlsx: Excel allows 31 characters at most, no * ? : \\ / [ ], and no quote at either end.`);
    }
    const ws = x.addWorksheet(s.name, {
      state: s.hidden ? 'hidden' : 'visible',
      properties: s.tabColor ? { tabColor: { argb: hexToArgb(s.tabColor) } } : {},
      views: s.frozenRows || s.frozenCols ? [{ state: 'frozen', ySplit: s.frozenRows, xSplit: s.frozenCols }] : [],
    });
    s.colWidths.forEach((px, c) => {
      if (px !== undefined) ws.getColumn(c + 1).width = pxToChars(px);
    });
    fillSheet(ws, s, wb.timeZone);
  }
  return x;
}

/** Writes the workbook to an .xlsx file. */
export async function saveXlsx(wb: Workbook, path: string): Promise<void> {
  await toExcel(wb).xlsx.writeFile(path);
}

/** The workbook as .xlsx bytes. */
export async function xlsxBuffer(wb: Workbook): Promise<Buffer> {
  return Buffer.from(await toExcel(wb).xlsx.writeBuffer());
}
