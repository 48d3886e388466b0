// What a Sheets cell holds, how Sheets turns typed text into values, and how it displays them (en_US locale).

/** A cell value as getValues returns it: '' for an empty cell. */
export type CellValue = string | number | boolean | Date;

/** Cross-realm safe (values may come from a node:vm context). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

// ---------------------------------------------------------------------------------------------------------
// Time zones

const dtfCache = new Map<string, Intl.DateTimeFormat>();
function dtf(tz: string): Intl.DateTimeFormat {
  let f = dtfCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short', era: 'short',
    });
    dtfCache.set(tz, f);
  }
  return f;
}

export interface ZonedParts {
  year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number;
  /** 0 = Sunday */
  weekday: number;
  /** Offset from UTC in minutes (e.g. -240 for EDT), rounded: local mean times before 1900-1920 have seconds. */
  offset: number;
  /** The exact offset from UTC in milliseconds (Asia/Kolkata in 1900: +5:21:10). */
  offsetMs: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Date.UTC for any year (Date.UTC maps the years 0-99 to 1900-1999). */
export function utcTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
  d.setUTCFullYear(year + d.getUTCFullYear() - 2000);
  return d.getTime();
}

export function zonedParts(d: Date, tz: string): ZonedParts {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new Error('Invalid date');
  const p: Record<string, string> = {};
  for (const part of dtf(tz).formatToParts(d)) p[part.type] = part.value;
  let year = Number(p.year);
  if (p.era === 'BC' || p.era === 'B') year = 1 - year;
  const ms = ((t % 1000) + 1000) % 1000;
  const r = {
    year, month: Number(p.month), day: Number(p.day), hour: Number(p.hour) % 24,
    minute: Number(p.minute), second: Number(p.second), ms, weekday: WEEKDAYS.indexOf(p.weekday), offset: 0, offsetMs: 0,
  };
  r.offsetMs = utcTime(r.year, r.month, r.day, r.hour, r.minute, r.second, ms) - t;
  r.offset = Math.round(r.offsetMs / 60000);
  return r;
}

/**
 * The instant at which the wall clock in `tz` shows the given fields. A wall-clock time that does not exist there
 * (the hour a DST change skips, or the whole day Pacific/Kiritimati skipped on 1994-12-31) is taken forward, past the
 * gap, as Sheets and Java's lenient calendars do: 02:30 on a day clocks go from 02:00 to 03:00 is 03:30.
 */
export function zonedToDate(
  year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0, tz = 'Etc/UTC',
): Date {
  const wall = utcTime(year, month, day, hour, minute, second, ms);
  // The offsets in force just before and just after the wall time (read one day apart, so a gap is straddled).
  const before = zonedParts(new Date(wall - 86_400_000), tz).offsetMs;
  const after = zonedParts(new Date(wall + 86_400_000), tz).offsetMs;
  const shows = (t: number) => zonedParts(new Date(t), tz);
  const same = (t: number) => {
    const p = shows(t);
    return utcTime(p.year, p.month, p.day, p.hour, p.minute, p.second, p.ms) === wall;
  };
  // An ambiguous time (clocks go back) is the earlier instant, as Sheets gives it.
  for (const off of before >= after ? [before, after] : [after, before]) {
    const t = wall - off;
    if (same(t)) return new Date(t);
  }
  const own = zonedParts(new Date(wall), tz).offsetMs;
  if (same(wall - own)) return new Date(wall - own);
  // In a gap: the wall time plus the gap's length, read with the offset after it.
  return new Date(wall - before);
}

// ---------------------------------------------------------------------------------------------------------
// Typed entry: what Sheets makes of a string written with setValues / setValue / appendRow (USER_ENTERED).

export type Entry =
  | { kind: 'value'; value: CellValue; format?: string }
  | { kind: 'formula'; formula: string };

const NUMBER = /^([+-]?)(\$?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?(%?)$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])[Mm])?$/;

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parses a number the way Sheets (en_US) reads typed text; null when it is not one. */
export function parseTypedNumber(s: string): { value: number; format?: string } | null {
  const m = NUMBER.exec(s);
  if (!m) return null;
  let v = Number(m[3].replace(/,/g, ''));
  if (m[4]) v *= Math.pow(10, Number(m[4]));
  if (m[1] === '-') v = -v;
  if (m[5]) {
    v /= 100;
    const decimals = (m[3].split('.')[1] ?? '').length;
    return { value: v, format: decimals ? `0.${'0'.repeat(decimals)}%` : '0%' };
  }
  if (!Number.isFinite(v)) return null;
  if (m[2]) return { value: v, format: '$#,##0.00' };
  return { value: v };
}

/**
 * What Sheets stores when a person types `s` (and what setValues/setValue/appendRow store, since Apps Script
 * writes values "as entered"). `textFormat` is true when the cell's number format is '@' (plain text).
 */
export function parseEntry(s: string, tz: string, textFormat = false): Entry {
  if (s === '' || textFormat) return { kind: 'value', value: s };
  const c = s.charCodeAt(0);
  if (c === 39 /* ' */) return { kind: 'value', value: s.slice(1) };
  if (c === 61 /* = */) return { kind: 'formula', formula: s };
  const t = s.trim();
  const num = parseTypedNumber(t);
  if (num) return { kind: 'value', value: num.value, format: num.format };
  if (c === 43 /* + */ || c === 45 /* - */) {
    // Sheets reads a leading + or - as the start of a formula: "+1 415 555 0100" -> =+1 415 555 0100 (#ERROR!).
    if (s.length > 1) return { kind: 'formula', formula: `=${s}` };
    return { kind: 'value', value: s };
  }
  const upper = t.toUpperCase();
  if (upper === 'TRUE') return { kind: 'value', value: true };
  if (upper === 'FALSE') return { kind: 'value', value: false };
  let m = ISO_DATE.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validYmd(y, mo, d) && (!m[4] || (Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60))) {
      const date = zonedToDate(y, mo, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, tz);
      return { kind: 'value', value: date, format: m[4] ? 'yyyy-mm-dd h:mm:ss' : 'yyyy-mm-dd' };
    }
  }
  m = US_DATE.exec(t);
  if (m) {
    const [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validYmd(y, mo, d) && (!m[4] || (Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60))) {
      const date = zonedToDate(y, mo, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, tz);
      return { kind: 'value', value: date, format: m[4] ? 'M/d/yyyy H:mm:ss' : 'M/d/yyyy' };
    }
  }
  m = TIME.exec(t);
  if (m) {
    let h = Number(m[1]);
    const mi = Number(m[2]);
    const sec = Number(m[3] ?? 0);
    if (m[4]) {
      if (h < 1 || h > 12) return { kind: 'value', value: s };
      h = (h % 12) + (/p/i.test(m[4]) ? 12 : 0);
    }
    if (h < 24 && mi < 60 && sec < 60) {
      return { kind: 'value', value: zonedToDate(1899, 12, 30, h, mi, sec, 0, tz), format: 'h:mm:ss am/pm' };
    }
  }
  return { kind: 'value', value: s };
}

// ---------------------------------------------------------------------------------------------------------
// A tiny formula evaluator: literals, + - * / &, unary signs, parentheses, TRUE/FALSE and HYPERLINK().
// Anything else evaluates to '' (cell references) or an error string as Sheets shows it.

type FVal = CellValue | { error: string };

export function evaluateFormula(formula: string): CellValue {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  let i = 0;
  const ws = () => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };
  class ParseError extends Error {}
  const fail = (): never => {
    throw new ParseError('parse');
  };
  const isErr = (v: FVal): v is { error: string } => typeof v === 'object' && !isDate(v);
  const num = (v: FVal): FVal => {
    if (isErr(v)) return v;
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v === '') return 0;
    if (isDate(v)) return v.getTime() / 86400000 + 25569;
    const n = parseTypedNumber(v.trim());
    return n ? n.value : { error: '#VALUE!' };
  };
  const str = (v: FVal): FVal => {
    if (isErr(v)) return v;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return typeof v === 'number' ? formatNumberAuto(v) : String(v);
  };
  function primary(): FVal {
    ws();
    const ch = src[i];
    if (ch === undefined) return fail();
    if (ch === '+' || ch === '-') {
      i++;
      const v = num(primary());
      return isErr(v) ? v : ch === '-' ? -(v as number) : v;
    }
    if (ch === '(') {
      i++;
      const v = expr();
      ws();
      if (src[i] !== ')') fail();
      i++;
      return v;
    }
    if (ch === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) fail();
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      return s;
    }
    const nm = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (nm) {
      i += nm[0].length;
      return Number(nm[0]);
    }
    const id = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(src.slice(i));
    if (id) {
      i += id[0].length;
      const name = id[0].toUpperCase();
      ws();
      if (src[i] === '(') {
        i++;
        const args: FVal[] = [];
        ws();
        if (src[i] !== ')') {
          for (;;) {
            args.push(expr());
            ws();
            if (src[i] === ',') {
              i++;
              continue;
            }
            break;
          }
        }
        if (src[i] !== ')') fail();
        i++;
        if (name === 'HYPERLINK' && args.length >= 1 && args.length <= 2) return args.length === 2 ? args[1] : args[0];
        return ''; // any other function: not evaluated
      }
      if (name === 'TRUE') return true;
      if (name === 'FALSE') return false;
      if (/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(name)) {
        if (src[i] === ':') {
          i++;
          ws();
          const end = /^\$?[A-Za-z]{1,3}\$?\d+/.exec(src.slice(i));
          if (!end) fail();
          i += end![0].length;
        }
        return ''; // a cell or range reference: not evaluated
      }
      return { error: '#NAME?' };
    }
    return fail();
  }
  function term(): FVal {
    let v = primary();
    for (;;) {
      ws();
      const op = src[i];
      if (op !== '*' && op !== '/') return v;
      i++;
      const a = num(v);
      const b = num(primary());
      if (isErr(a)) v = a;
      else if (isErr(b)) v = b;
      else if (op === '/' && b === 0) v = { error: '#DIV/0!' };
      else v = op === '*' ? (a as number) * (b as number) : (a as number) / (b as number);
    }
  }
  function expr(): FVal {
    let v = term();
    for (;;) {
      ws();
      const op = src[i];
      if (op !== '+' && op !== '-' && op !== '&') return v;
      i++;
      const rhs = term();
      if (op === '&') {
        const a = str(v);
        const b = str(rhs);
        v = isErr(a) ? a : isErr(b) ? b : (a as string) + (b as string);
        continue;
      }
      const a = num(v);
      const b = num(rhs);
      v = isErr(a) ? a : isErr(b) ? b : op === '+' ? (a as number) + (b as number) : (a as number) - (b as number);
    }
  }
  try {
    const v = expr();
    ws();
    if (i < src.length) return '#ERROR!';
    return isErr(v) ? v.error : v;
  } catch (e) {
    if (e instanceof ParseError) return '#ERROR!';
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Display values

export const DEFAULT_NUMBER_FORMAT = '0.###############';

/** Sheets' "Automatic" display of a number. */
export function formatNumberAuto(n: number): string {
  if (!Number.isFinite(n)) return '#NUM!';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const a = Math.abs(n);
  if (a !== 0 && (a >= 1e15 || a < 1e-9)) {
    const [mant, exp] = n.toExponential(2).split('e');
    return `${mant.replace(/\.?0+$/, '')}E${exp.startsWith('-') ? exp : `+${exp.replace('+', '')}`}`;
  }
  return String(Number(n.toPrecision(11)));
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Formats a date with a Sheets date/time number format ("yyyy-mm-dd", "M/d/yyyy H:mm:ss", "h:mm am/pm"...). */
export function formatSheetsDate(d: Date, format: string, tz: string): string {
  const p = zonedParts(d, tz);
  const tokens = format.match(/"[^"]*"|\\.|am\/pm|AM\/PM|a\/p|y+|m+|d+|h+|s+|\.0+|[^ymdhs"\\]+|./gi) ?? [];
  const ampm = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  let out = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const lower = t.toLowerCase();
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else if (/^y+$/i.test(t)) out += t.length <= 2 ? pad(p.year % 100, 2) : String(p.year);
    else if (/^m+$/i.test(t)) {
      // "m" is minutes right after an hour or right before seconds.
      const prev = tokens.slice(0, k).reverse().find((x) => /^[hdsy]+$/i.test(x) || /^m+$/i.test(x));
      const next = tokens.slice(k + 1).find((x) => /^[hdsy]+$/i.test(x) || /^m+$/i.test(x));
      const minutes = (prev && /^h+$/i.test(prev)) || (next && /^s+$/i.test(next));
      if (minutes && t.length <= 2) out += t.length === 2 ? pad(p.minute, 2) : String(p.minute);
      else if (t.length === 1) out += String(p.month);
      else if (t.length === 2) out += pad(p.month, 2);
      else if (t.length === 3) out += MONTHS[p.month - 1].slice(0, 3);
      else out += MONTHS[p.month - 1];
    } else if (/^d+$/i.test(t)) {
      if (t.length === 1) out += String(p.day);
      else if (t.length === 2) out += pad(p.day, 2);
      else if (t.length === 3) out += DAYS[p.weekday].slice(0, 3);
      else out += DAYS[p.weekday];
    } else if (/^h+$/i.test(t)) {
      const h = ampm ? ((p.hour + 11) % 12) + 1 : p.hour;
      out += t.length >= 2 ? pad(h, 2) : String(h);
    } else if (/^s+$/i.test(t)) out += t.length >= 2 ? pad(p.second, 2) : String(p.second);
    else if (/^\.0+$/.test(t)) out += '.' + pad(p.ms, 3).slice(0, t.length - 1).padEnd(t.length - 1, '0');
    else if (lower === 'am/pm') out += p.hour < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += p.hour < 12 ? 'A' : 'P';
    else out += t;
  }
  return out;
}

function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats a number with a simple Sheets number format ("0", "0.00", "#,##0.00", "0%", "$#,##0.00"). */
export function formatSheetsNumber(n: number, format: string): string | null {
  const m = /^([^#0]*)([#0,]*0|#)(?:\.(0+|#+))?(%?)([^#0]*)$/.exec(format);
  if (!m) return null;
  const [, prefix, intPart, dec = '', pct, suffix] = m;
  let v = pct ? n * 100 : n;
  const decimals = /^0+$/.test(dec) ? dec.length : 0;
  const neg = v < 0;
  v = Math.abs(v);
  let s = v.toFixed(decimals);
  if (/^#+$/.test(dec)) s = String(Number(v.toFixed(dec.length)));
  let [i, f] = s.split('.');
  if (intPart.includes(',')) i = groupThousands(i);
  s = f !== undefined ? `${i}.${f}` : i;
  return `${neg ? '-' : ''}${prefix.replace(/\\/g, '').replace(/"/g, '')}${s}${pct}${suffix.replace(/"/g, '')}`;
}

/** The string getDisplayValues returns for a value under a number format (null = Automatic). */
export function displayValue(v: CellValue, format: string | undefined, tz: string): string {
  if (v === '') return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const fmt = format && format !== DEFAULT_NUMBER_FORMAT && format !== '@' ? format : undefined;
  if (typeof v === 'number') {
    if (fmt && !/[ymdhs]/i.test(fmt.replace(/"[^"]*"/g, ''))) {
      const s = formatSheetsNumber(v, fmt);
      if (s !== null) return s;
    }
    return formatNumberAuto(v);
  }
  if (isDate(v)) {
    if (Number.isNaN(v.getTime())) return '';
    if (fmt && /[ymdhs]/i.test(fmt)) return formatSheetsDate(v, fmt, tz);
    const p = zonedParts(v, tz);
    if (p.hour === 0 && p.minute === 0 && p.second === 0) return `${p.month}/${p.day}/${p.year}`;
    return `${p.month}/${p.day}/${p.year} ${p.hour}:${pad(p.minute, 2)}:${pad(p.second, 2)}`;
  }
  return String(v);
}

// ---------------------------------------------------------------------------------------------------------
// Colors

const NAMED: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', lime: '#00ff00', blue: '#0000ff',
  yellow: '#ffff00', orange: '#ffa500', gray: '#808080', grey: '#808080', silver: '#c0c0c0', purple: '#800080',
  cyan: '#00ffff', magenta: '#ff00ff', pink: '#ffc0cb', brown: '#a52a2a', navy: '#000080', teal: '#008080',
  maroon: '#800000', olive: '#808000', lightgray: '#d3d3d3', lightgrey: '#d3d3d3', darkgray: '#a9a9a9',
  darkgrey: '#a9a9a9', lightyellow: '#ffffe0', lightgreen: '#90ee90', lightblue: '#add8e6', transparent: '#ffffff',
};

/** Normalizes a color to lowercase #rrggbb; null/'' means "reset to default" and returns null. */
export function normalizeColor(c: string | null | undefined): string | null {
  if (c === null || c === undefined || c === '') return null;
  const s = String(c).trim().toLowerCase();
  if (NAMED[s]) return NAMED[s];
  let m = /^#?([0-9a-f]{6})$/.exec(s);
  if (m) return `#${m[1]}`;
  m = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`;
  m = /^#([0-9a-f]{6})[0-9a-f]{2}$/.exec(s);
  if (m) return `#${m[1]}`;
  m = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(s);
  if (m) return '#' + [m[1], m[2], m[3]].map((x) => Math.min(255, Number(x)).toString(16).padStart(2, '0')).join('');
  return s;
}
