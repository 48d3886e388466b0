// Loading and saving workbooks as .xlsx. Reading goes through the project's one .xlsx reader (testbed/ooxml/, the
// same one `validate` streams with); writing through exceljs.
//
// Kept both ways: values (all seven cell types), formulas (a shared formula's cells each get their own, moved;
// array formulas keep their range), backgrounds, font colors, bold, notes, number formats, frozen rows/columns,
// column widths, hidden rows, columns and sheets, merged cells, hyperlinks, rich text, tab colors, sheet order, and
// the sheets' developer metadata (as defined names, see metadataNames).
// Everything else the file held is listed in `workbook.notKept`, and what a save cannot keep is returned by
// saveXlsx, so that nothing is dropped without a word.
import { createWriteStream, openSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import type { RichRun } from './ooxml/cells';
import { colLetters, parseRangeRef } from './ooxml/formula';
import { DEV_METADATA_NAME, type XlsxCaps, XlsxPackage, xlsxCaps } from './ooxml/package';
import { tooManyCells, XlsxError } from './ooxml/errors';
import type { SheetExtras } from './ooxml/sheet';
import { LIMITS } from '../cli/limits';
import { DROPPED_NAMES } from './ooxml/styles';
import { type CellValue, isDate, zonedParts, zonedToDate } from './values';
import { layerGet, layerSet, type Layer, type SheetData, Workbook, DEFAULT_BACKGROUND, DEFAULT_FONT_COLOR } from './workbook';

export { XlsxError } from './ooxml/errors';

let loaded: typeof ExcelJS | undefined;

/**
 * exceljs, loaded on first use (importing the test bed stays fast). Excel reserves the sheet name "History" and
 * exceljs refuses it, yet such files open fine (Google Sheets exports them) and the add-on's History tab must keep
 * its name. So the Worksheet name setter is patched once to let exactly "History" through.
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
/** Excel's built-in short date (14, "mm-dd-yy") and the defaults saveXlsx writes mean "Automatic" here. */
const AUTO_DATE_FORMATS = new Set(['mm-dd-yy', DATE_FORMAT, DATE_TIME_FORMAT]);

const hexToArgb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const count = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;

/** The reader gives a date's wall clock as UTC; the sheet means that wall clock in its time zone. */
function fromWallClock(d: Date, tz: string): Date {
  return zonedToDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), tz);
}
function toExcelDate(d: Date, tz: string): Date {
  const p = zonedParts(d, tz);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms));
}

const quoted = (name: string) => `"${name}"`;

/** The names an .xlsx can hold, in words; `excelSheetName` checks one. */
const EXCEL_SHEET_NAMES = 'Excel allows 31 characters at most, no * ? : \\ / [ ], and no quote at either end';
const excelSheetName = (name: string) => name.length > 0 && name.length <= 31 && !/[*?:/\\[\]]/.test(name) && !/^'|'$/.test(name);

export interface LoadOptions {
  timeZone?: string;
  name?: string;
  /** The reader's caps (default: cli/limits.ts). */
  caps?: XlsxCaps;
  /** The most cells the workbook may hold, all sheets together (default: LIMITS.workbookCells, Sheets' own). */
  maxCells?: number;
}

/**
 * Reads an .xlsx file (path) or bytes into a Workbook. Dates are read as wall clock in `timeZone`. Throws XlsxError
 * (the project's words) when the file cannot be read, or would not fit in a Google Sheets spreadsheet.
 */
export async function loadXlsx(source: string | Buffer | Uint8Array, opts: LoadOptions = {}): Promise<Workbook> {
  const caps = opts.caps ?? xlsxCaps();
  const pkg = await XlsxPackage.open(source, caps);
  try {
    const wb = new Workbook({ timeZone: opts.timeZone, name: opts.name ?? (typeof source === 'string' ? source.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '') : undefined) });
    const maxCells = opts.maxCells ?? LIMITS.workbookCells;
    // A name the workbook could not be saved back with is refused now, not after a run.
    const seen = new Map<string, string>();
    for (const { name } of pkg.sheets) {
      if (!excelSheetName(name)) throw new XlsxError(`the sheet name "${name}" is not one an .xlsx can hold (${EXCEL_SHEET_NAMES}). Rename the sheet and try again`);
      const twin = seen.get(name.toLowerCase());
      if (twin !== undefined) throw new XlsxError(`it has two sheets named "${twin}" and "${name}", and sheet names must differ by more than case. Rename one and try again`);
      seen.set(name.toLowerCase(), name);
    }
    for (const info of pkg.sheets) await loadSheet(pkg, info, wb, maxCells);
    readMetadata(pkg.metadataNames, wb);
    for (const what of pkg.notKept) wb.notKept.push(what);
    if (wb.sheets.length === 0) wb.addSheet('Sheet1');
    return wb;
  } finally {
    await pkg.close();
  }
}

async function loadSheet(pkg: XlsxPackage, info: XlsxPackage['sheets'][number], wb: Workbook, maxCells: number): Promise<void> {
  const tz = wb.timeZone;
  const styles = await pkg.styles();
  const values: (CellValue[] | undefined)[] = [];
  const formulas: Layer<string> = [];
  const backgrounds: Layer<string> = [];
  const fontColors: Layer<string> = [];
  const fontWeights: Layer<string> = [];
  const numberFormats: Layer<string> = [];
  const arrays: Layer<{ rows: number; cols: number }> = [];
  const richText: Layer<{ runs: RichRun[]; text: string }> = [];
  const hiddenRows: number[] = [];
  const dropped = new Map<number, number>();
  const cut: string[] = [];
  let rows = 0;
  let cols = 0;
  const used = wb.cellCount();
  const grow = (r: number, c: number) => {
    if (r + 1 > rows) rows = r + 1;
    if (c + 1 > cols) cols = c + 1;
  };
  let extras: SheetExtras | undefined;
  for await (const batch of pkg.rowBatches(info, { keepRuns: true, extras: (e) => (extras = e) })) for (const row of batch) {
    const r = row.row;
    if (row.hidden) hiddenRows.push(r);
    for (const cell of row.cells) {
      const c = cell.col;
      const st = styles.cellXfs[cell.style] ?? styles.cellXfs[0];
      let kept = false;
      let value = cell.value;
      if (isDate(value)) value = fromWallClock(value, tz);
      if (value !== '' || cell.formula) {
        let line = values[r];
        if (!line) line = values[r] = [];
        while (line.length < c) line.push('');
        line[c] = value;
        kept = true;
      }
      if (cell.formula) {
        layerSet(formulas, r, c, cell.formula);
        const a = cell.arrayRef ? parseRangeRef(cell.arrayRef) : null;
        if (a && (a.r1 > a.r0 || a.c1 > a.c0)) layerSet(arrays, r, c, { rows: a.r1 - a.r0 + 1, cols: a.c1 - a.c0 + 1 });
      }
      if (st.background && st.background !== DEFAULT_BACKGROUND) {
        layerSet(backgrounds, r, c, st.background);
        kept = true;
      }
      if (st.fontColor && st.fontColor !== DEFAULT_FONT_COLOR) {
        layerSet(fontColors, r, c, st.fontColor);
        kept = true;
      }
      if (st.bold) {
        layerSet(fontWeights, r, c, 'bold');
        kept = true;
      }
      if (st.numFmt && !(isDate(value) && AUTO_DATE_FORMATS.has(st.numFmt))) {
        layerSet(numberFormats, r, c, st.numFmt);
        kept = true;
      }
      if (st.dropped) for (const [bit] of DROPPED_NAMES) if (st.dropped & bit) dropped.set(bit, (dropped.get(bit) ?? 0) + 1);
      if (cell.string?.runs && typeof value === 'string') layerSet(richText, r, c, { runs: cell.string.runs, text: value });
      if (cell.string?.fullLength !== undefined) cut.push(`${colLetters(c + 1)}${r + 1} (${count(cell.string.fullLength, 'character')})`);
      if (kept) grow(r, c);
    }
    // Refuse as soon as the sheet cannot fit, before reading (and holding) any more of it.
    if (used + Math.max(1000, rows) * Math.max(26, cols) > maxCells) throw tooManyCells(info.name, rows, cols, maxCells);
  }
  const ex = extras!;
  const merges: Array<{ r0: number; c0: number; r1: number; c1: number }> = [];
  for (const ref of ex.merges) {
    const m = parseRangeRef(ref);
    if (m && (m.r1 > m.r0 || m.c1 > m.c0)) {
      merges.push(m);
      grow(m.r1, m.c1);
    }
  }
  if (used + Math.max(1000, rows) * Math.max(26, cols) > maxCells) throw tooManyCells(info.name, rows, cols, maxCells);

  const s = wb.addSheet(info.name, undefined, { rows: Math.max(1000, rows), columns: Math.max(26, cols) });
  s.values = values;
  s.formulas = formulas;
  s.backgrounds = backgrounds;
  s.fontColors = fontColors;
  s.fontWeights = fontWeights;
  s.numberFormats = numberFormats;
  s.arrayFormulas = arrays;
  s.richText = richText;
  for (const m of merges) layerSet(s.merges, m.r0, m.c0, { rows: m.r1 - m.r0 + 1, cols: m.c1 - m.c0 + 1 });
  for (const r of hiddenRows) if (r < s.maxRows) s.hiddenRows[r] = true;
  s.hidden = info.state !== 'visible';
  s.tabColor = ex.tabColor ?? null;
  s.frozenRows = Math.min(ex.frozenRows, s.maxRows);
  s.frozenCols = Math.min(ex.frozenCols, s.maxCols);
  for (const col of ex.cols) {
    for (let c = col.min; c <= Math.min(col.max, s.maxCols - 1); c++) {
      if (col.width !== undefined && Number.isFinite(col.width)) s.colWidths[c] = charsToPx(col.width);
      if (col.hidden) s.hiddenCols[c] = true;
    }
  }
  for (const [ref, note] of await pkg.notes(info)) {
    const p = parseRangeRef(ref);
    if (p && p.r0 < s.maxRows && p.c0 < s.maxCols && note) layerSet(s.notes, p.r0, p.c0, note);
  }
  if (ex.hyperlinks.length) {
    const rels = await pkg.sheetRels(info);
    for (const h of ex.hyperlinks) {
      const rel = h.rid ? rels.get(h.rid) : undefined;
      const target = rel?.external ? rel.target : h.location ? `#${h.location}` : undefined;
      const p = parseRangeRef(h.ref);
      if (!target || !p) continue;
      for (let r = p.r0; r <= Math.min(p.r1, s.maxRows - 1); r++) {
        for (let c = p.c0; c <= Math.min(p.c1, s.maxCols - 1); c++) {
          const v = s.cell(r, c);
          if (v === '' || layerGet(s.links, r, c)) continue; // overlapping links: the first one listed holds
          layerSet(s.links, r, c, { target, text: String(v), ...(h.tooltip ? { tooltip: h.tooltip } : {}) });
        }
      }
    }
  }
  s.version++;
  const say = (what: string) => wb.notKept.push(`${quoted(info.name)}: ${what}`);
  for (const what of ex.notKept) say(what);
  for (const [bit, name] of DROPPED_NAMES) {
    const n = dropped.get(bit);
    if (n) say(`${name} (${count(n, 'cell')})`);
  }
  if (cut.length) {
    say(
      `text longer than the ${count(pkg.caps.cellChars, 'character')} a cell holds, cut to its first ${count(pkg.caps.cellChars + 1, 'character')} in ` +
        `${cut.slice(0, 5).join(', ')}${cut.length > 5 ? ` and ${count(cut.length - 5, 'other cell')}` : ''}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// Developer metadata. An .xlsx has no such thing: a sheet's metadata is written as a defined name pointing at the
// sheet's A1, `_DevMeta.<id>.<visibility>.<key in hex>.<value in hex, or ->`. Excel and LibreOffice keep defined
// names (and move them with a renamed sheet); Google Sheets shows them as named ranges.

const hex = (t: string) => Buffer.from(t, 'utf8').toString('hex');
const unhex = (h: string) => Buffer.from(h, 'hex').toString('utf8');
/** The longest defined name Excel accepts. */
const MAX_DEFINED_NAME = 255;

function readMetadata(names: ReadonlyArray<{ name: string; ref: string }>, wb: Workbook): void {
  for (const { name, ref } of names) {
    const m = DEV_METADATA_NAME.exec(name);
    const sheet = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?A\$?1$/.exec(ref.trim());
    if (!m || !sheet) continue;
    const s = wb.sheet(sheet[1] !== undefined ? sheet[1].replace(/''/g, "'") : sheet[2]);
    if (!s) continue;
    s.metadata.push({ id: wb.newMetadataId(), key: unhex(m[2]), value: m[3] === '-' ? null : unhex(m[3]), visibility: m[1] as 'DOCUMENT' | 'PROJECT' });
  }
}

function writeMetadata(x: ExcelJS.Workbook, wb: Workbook, lost: (what: string) => void): void {
  for (const s of wb.sheets) {
    for (const m of s.metadata) {
      const name = `_DevMeta.${m.id}.${m.visibility}.${hex(m.key)}.${m.value === null ? '-' : hex(m.value)}`;
      if (name.length > MAX_DEFINED_NAME) {
        lost(`${quoted(s.name)}: the developer metadata "${m.key}" (too long for an .xlsx defined name)`);
        continue;
      }
      x.definedNames.add(`'${s.name.replace(/'/g, "''")}'!$A$1`, name);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Writing

/** An exceljs rich-text run of ours. */
function excelRun(r: RichRun): ExcelJS.RichText {
  const f = r.font;
  if (!f) return { text: r.text };
  const font: Partial<ExcelJS.Font> = {};
  if (f.bold) font.bold = true;
  if (f.italic) font.italic = true;
  if (f.underline) font.underline = true;
  if (f.strike) font.strike = true;
  if (f.size) font.size = f.size;
  if (f.name) font.name = f.name;
  if (f.color) font.color = { argb: hexToArgb(f.color) };
  if (f.vertAlign) font.vertAlign = f.vertAlign;
  return { text: r.text, font };
}

/** exceljs writes a link inside the workbook only in the form Sheet!A1. */
const INTERNAL_LINK = /^#[^!]+![a-zA-Z]+\d+$/;

function fillSheet(ws: ExcelJS.Worksheet, s: SheetData, tz: string, lost: (what: string) => void): void {
  const rows = Math.max(s.values.length, s.formulas.length, s.backgrounds.length, s.fontColors.length, s.notes.length, s.numberFormats.length, s.fontWeights.length);
  const lostLinks: string[] = [];
  const lostRich: string[] = [];
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
      const link = layerGet(s.links, r, c);
      const rich = layerGet(s.richText, r, c);
      if (f) {
        const result = v === undefined || v === '' ? undefined : isDate(v) ? toExcelDate(v, tz) : v;
        const array = layerGet(s.arrayFormulas, r, c);
        const formula = f.replace(/^=/, '');
        cell.value = (array
          ? { formula, result, shareType: 'array', ref: `${colLetters(c + 1)}${r + 1}:${colLetters(c + array.cols)}${r + array.rows}` }
          : { formula, result }) as ExcelJS.CellFormulaValue;
      } else if (v !== undefined && v !== '') {
        const text = typeof v === 'string' ? v : undefined;
        const keepRich = rich && text === rich.text;
        const keepLink = link && text === link.text && (!link.target.startsWith('#') || INTERNAL_LINK.test(link.target));
        if (rich && !keepRich) lostRich.push(`${colLetters(c + 1)}${r + 1}`);
        if (link && !keepLink) lostLinks.push(`${colLetters(c + 1)}${r + 1}`);
        const shown: ExcelJS.CellValue = keepRich ? { richText: rich.runs.map(excelRun) } : isDate(v) ? toExcelDate(v, tz) : v;
        cell.value = keepLink
          ? ({ text: shown, hyperlink: link.target.replace(/^#/, ''), ...(link.tooltip ? { tooltip: link.tooltip } : {}) } as unknown as ExcelJS.CellHyperlinkValue)
          : shown;
      }
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
  // Merges: kept while the cells they cover (all but the top-left one) are still empty; merging would hide what a
  // run wrote there.
  s.merges.forEach((line, r) =>
    line?.forEach((m, c) => {
      if (!m) return;
      let empty = true;
      for (let rr = r; rr < r + m.rows && empty; rr++) for (let cc = c; cc < c + m.cols && empty; cc++) if ((rr !== r || cc !== c) && (s.cell(rr, cc) !== '' || s.formula(rr, cc))) empty = false;
      const range = `${colLetters(c + 1)}${r + 1}:${colLetters(c + m.cols)}${r + m.rows}`;
      if (empty) ws.mergeCells(range);
      else lost(`the merge of ${range} (the run wrote into it)`);
    }),
  );
  s.hiddenRows.forEach((h, r) => {
    if (h) ws.getRow(r + 1).hidden = true;
  });
  s.hiddenCols.forEach((h, c) => {
    if (h) ws.getColumn(c + 1).hidden = true;
  });
  const list = (cells: string[]) => `${cells.slice(0, 5).join(', ')}${cells.length > 5 ? ` and ${count(cells.length - 5, 'other cell')}` : ''}`;
  if (lostLinks.length) lost(`the hyperlinks of ${list(lostLinks)} (the run changed those cells)`);
  if (lostRich.length) lost(`the rich-text formatting of ${list(lostRich)} (the run changed those cells)`);
}

function toExcel(wb: Workbook, lost: (what: string) => void): ExcelJS.Workbook {
  const x = new (excel().Workbook)();
  for (const s of wb.sheets) {
    if (!excelSheetName(s.name)) {
      throw new Error(`The sheet name "${s.name}" can't be saved to .xlsx: ${EXCEL_SHEET_NAMES}.`);
    }
    const ws = x.addWorksheet(s.name, {
      state: s.hidden ? 'hidden' : 'visible',
      properties: s.tabColor ? { tabColor: { argb: hexToArgb(s.tabColor) } } : {},
      views: s.frozenRows || s.frozenCols ? [{ state: 'frozen', ySplit: s.frozenRows, xSplit: s.frozenCols }] : [],
    });
    s.colWidths.forEach((px, c) => {
      if (px !== undefined) ws.getColumn(c + 1).width = pxToChars(px);
    });
    fillSheet(ws, s, wb.timeZone, (what) => lost(`${quoted(s.name)}: ${what}`));
  }
  writeMetadata(x, wb, lost);
  return x;
}

/**
 * Writes the workbook to an .xlsx file. Returns what it could not keep (one line each), if anything.
 * The file is created here, synchronously, before any byte is streamed into it. A plain file stream would open it
 * later, on a worker thread: a Ctrl-C handler that removes the CLI's temporary file could then run while that open
 * was still on its way, and the file would appear after the handler had removed it.
 */
export async function saveXlsx(wb: Workbook, path: string): Promise<string[]> {
  const lost: string[] = [];
  const x = toExcel(wb, (w) => lost.push(w));
  const stream = createWriteStream(path, { fd: openSync(path, 'w') });
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.once('close', () => resolve());
    x.xlsx.write(stream).then(
      () => stream.end(),
      (e: unknown) => {
        stream.destroy();
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
  return lost;
}

/** The workbook as .xlsx bytes. */
export async function xlsxBuffer(wb: Workbook): Promise<Buffer> {
  return Buffer.from(await toExcel(wb, () => undefined).xlsx.writeBuffer());
}
