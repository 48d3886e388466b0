// xl/styles.xml (and the theme's colors): for each cell style index (the `s` of a cell), what the test bed keeps —
// the number format (and whether it shows a date), a solid background, the font color, bold — and which formatting
// it cannot keep (borders, other font properties, alignment, patterned fills), so a run can say so.
import type { XmlHandler } from './xml';

/** Bits of CellStyle.dropped. */
export const Dropped = { Borders: 1, Font: 2, Alignment: 4, PatternFill: 8 } as const;

export const DROPPED_NAMES: Array<[number, string]> = [
  [Dropped.Borders, 'cell borders'],
  [Dropped.Font, 'fonts other than bold and color (face, size, italic, underline, strikethrough)'],
  [Dropped.Alignment, 'alignment, wrapping and text rotation'],
  [Dropped.PatternFill, 'patterned or gradient fills'],
];

export interface CellStyle {
  /** The format code, unless it is General. */
  numFmt?: string;
  /** The format shows a date or a time: numbers in such cells are dates. */
  isDate: boolean;
  /** '#rrggbb' of a solid fill. */
  background?: string;
  /** '#rrggbb' of the font color. */
  fontColor?: string;
  bold: boolean;
  /** Bits of Dropped: formatting this style has that the test bed does not keep. */
  dropped: number;
}

export interface Styles {
  cellXfs: CellStyle[];
}

const PLAIN: CellStyle = { isDate: false, bold: false, dropped: 0 };
export const NO_STYLES: Styles = { cellXfs: [PLAIN] };

/** The built-in number formats of ECMA-376 (18.8.30) that have a fixed code. */
const BUILTIN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@',
};
/** Built-in ids whose code depends on the locale and that show dates (East Asian calendars). */
const LOCALE_DATE_IDS = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code shows a date or time when, outside quotes, brackets and escapes, it has y m d h s. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').replace(/_.|\*./g, '');
  if (/^general$/i.test(bare.trim())) return false;
  return /[ymdhs]/i.test(bare.replace(/general/gi, ''));
}

/** The legacy palette of indexed colors (64 = system foreground, 65 = system background). */
const INDEXED = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF', '000000', 'FFFFFF', 'FF0000', '00FF00',
  '0000FF', 'FFFF00', 'FF00FF', '00FFFF', '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF', '000080', 'FF00FF', 'FFFF00', '00FFFF',
  '800080', '800000', '008080', '0000FF', '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696', '003366', '339966', '003300', '333300',
  '993300', '993366', '333399', '333333', '000000', 'FFFFFF',
];

type ColorSpec = Record<string, string>;

/** Applies Excel's tint (-1..1) to a color's lightness. */
function tinted(hex: string, tint: number): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let h = 0;
  let s = 0;
  let l = (max + min) / 2;
  const d = max - min;
  if (d) {
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h /= 6;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const hue = (p: number, q: number, t: number) => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  let rgb: number[];
  if (!s) rgb = [l, l, l];
  else {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rgb = [hue(p, q, h + 1 / 3), hue(p, q, h), hue(p, q, h - 1 / 3)];
  }
  return rgb.map((v) => Math.round(Math.min(1, Math.max(0, v)) * 255).toString(16).padStart(2, '0')).join('');
}

/** '#rrggbb' for a <color>/<fgColor> element's attributes, or undefined (automatic, unknown). */
export function resolveColor(c: ColorSpec | undefined, theme: string[], indexed: string[] = INDEXED): string | undefined {
  if (!c || c.auto === '1' || c.auto === 'true') return undefined;
  let hex: string | undefined;
  if (c.rgb && /^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(c.rgb)) hex = c.rgb.slice(-6);
  else if (c.theme !== undefined) hex = theme[Number(c.theme)];
  else if (c.indexed !== undefined) hex = indexed[Number(c.indexed)];
  if (!hex) return undefined;
  const tint = Number(c.tint ?? 0);
  return `#${(tint ? tinted(hex, tint) : hex).toLowerCase()}`;
}

const on = (v: string | undefined) => v === undefined || v === '1' || v === 'true';

interface FontSpec {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  size?: string;
  name?: string;
  color?: ColorSpec;
}

/** A handler for styles.xml; `result()` once the part is read. `theme` is the theme's colors in index order. */
export function stylesReader(theme: string[]): { handler: XmlHandler; result: () => Styles } {
  const numFmts = new Map<number, string>();
  const fonts: FontSpec[] = [];
  const fills: Array<{ solid?: ColorSpec; pattern: boolean }> = [];
  const borders: boolean[] = [];
  const xfs: Array<{ numFmtId: number; fontId: number; fillId: number; borderId: number; align: boolean }> = [];
  let customIndexed: string[] | undefined;
  const path: string[] = [];
  let font: FontSpec | undefined;
  let fill: { solid?: ColorSpec; pattern: boolean; type?: string } | undefined;
  let border = false;
  let xf: (typeof xfs)[number] | undefined;
  const h: XmlHandler = {
    open(name, a) {
      const parent = path[path.length - 1];
      const section = path[1];
      path.push(name);
      if (name === 'numFmt' && parent === 'numFmts') numFmts.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'font' && section === 'fonts') font = { bold: false, italic: false, underline: false, strike: false };
      else if (font && parent === 'font') {
        if (name === 'b') font.bold = on(a.val);
        else if (name === 'i') font.italic = on(a.val);
        else if (name === 'u') font.underline = a.val !== 'none';
        else if (name === 'strike') font.strike = on(a.val);
        else if (name === 'sz') font.size = a.val;
        else if (name === 'name') font.name = a.val;
        else if (name === 'color') font.color = { ...a };
      } else if (name === 'fill' && section === 'fills') fill = { pattern: false };
      else if (fill && name === 'patternFill') fill.type = a.patternType ?? 'none';
      else if (fill && name === 'fgColor' && parent === 'patternFill') fill.solid = { ...a };
      else if (fill && name === 'gradientFill') fill.pattern = true;
      else if (name === 'border' && section === 'borders') border = false;
      else if (section === 'borders' && parent === 'border' && a.style && a.style !== 'none') border = true;
      else if (name === 'xf' && section === 'cellXfs') {
        xf = { numFmtId: Number(a.numFmtId ?? 0), fontId: Number(a.fontId ?? 0), fillId: Number(a.fillId ?? 0), borderId: Number(a.borderId ?? 0), align: false };
      } else if (xf && name === 'alignment') {
        const horizontal = a.horizontal && a.horizontal !== 'general';
        const vertical = a.vertical && a.vertical !== 'bottom';
        const flags = [a.wrapText, a.shrinkToFit].some((v) => v === '1' || v === 'true');
        const numbers = [a.textRotation, a.indent].some((v) => v !== undefined && Number(v) !== 0);
        xf.align = Boolean(horizontal || vertical || flags || numbers);
      } else if (name === 'indexedColors') customIndexed = [];
      else if (customIndexed && name === 'rgbColor' && a.rgb) customIndexed.push(a.rgb.slice(-6));
    },
    close(name) {
      path.pop();
      if (name === 'font' && font) {
        fonts.push(font);
        font = undefined;
      } else if (name === 'fill' && fill) {
        const t = fill.type;
        fills.push({ solid: t === 'solid' ? fill.solid : undefined, pattern: fill.pattern || (t !== undefined && t !== 'none' && t !== 'solid') });
        fill = undefined;
      } else if (name === 'border' && path[1] === 'borders') borders.push(border);
      else if (name === 'xf' && xf) {
        xfs.push(xf);
        xf = undefined;
      }
    },
    text() {},
  };
  const result = () => {
    const indexed = customIndexed?.length ? customIndexed : INDEXED;
    const base = fonts[0];
    const cellXfs = xfs.map((x): CellStyle => {
      const code = numFmts.get(x.numFmtId) ?? BUILTIN[x.numFmtId];
      const isDate = code !== undefined ? isDateFormat(code) : LOCALE_DATE_IDS.has(x.numFmtId);
      const f = fonts[x.fontId];
      const fl = fills[x.fillId];
      let dropped = 0;
      if (borders[x.borderId]) dropped |= Dropped.Borders;
      if (x.align) dropped |= Dropped.Alignment;
      if (fl?.pattern) dropped |= Dropped.PatternFill;
      // A font that names no face or size has the default one (exceljs writes bold that way).
      const otherFace = f?.name !== undefined && f.name !== base?.name;
      const otherSize = f?.size !== undefined && Number(f.size) !== Number(base?.size ?? f.size);
      if (f && (f.italic || f.underline || f.strike || otherFace || otherSize)) dropped |= Dropped.Font;
      return {
        numFmt: code !== undefined && code !== 'General' ? code : undefined,
        isDate,
        background: fl?.solid ? resolveColor(fl.solid, theme, indexed) : undefined,
        fontColor: resolveColor(f?.color, theme, indexed),
        bold: Boolean(f?.bold),
        dropped,
      };
    });
    return { cellXfs: cellXfs.length ? cellXfs : [PLAIN] };
  };
  return { handler: h, result };
}

/** The 12 theme colors of a theme part (a:clrScheme), in the order Excel's `theme` index uses. */
export function themeColors(): { handler: XmlHandler; colors: () => string[] } {
  const scheme: Record<string, string> = {};
  let inScheme = false;
  let current: string | undefined;
  const handler: XmlHandler = {
    open(name, a) {
      if (name === 'clrScheme') inScheme = true;
      else if (inScheme && !current) current = name;
      else if (inScheme && current && (name === 'srgbClr' || name === 'sysClr')) scheme[current] ??= (name === 'srgbClr' ? a.val : a.lastClr) ?? '';
    },
    close(name) {
      if (name === 'clrScheme') inScheme = false;
      else if (name === current) current = undefined;
    },
    text() {},
  };
  // Excel swaps the first two pairs: theme 0 is lt1 (window background), 1 is dk1 (text).
  const order = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];
  return { handler, colors: () => order.map((k) => scheme[k] ?? '') };
}
