// Excel stores a formula filled down or across once (a "shared formula", in its top-left cell); each other cell of
// the block means the same formula moved by its offset: `=C2*2` in D2 is `=C3*2` in D3. `shiftFormula` does that
// move on A1-style formula text: relative references move, `$`-anchored parts stay, and a reference pushed off the
// sheet becomes #REF! — as Excel does when it copies a formula.
// Strings ("…"), quoted sheet names ('…'), structured references ([…]), function names (LOG10(…)), numbers and
// error literals are never taken for references.

import { columnToLetters as colLetters, lettersToColumn as colNumber } from '../a1';

export { colLetters };

export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

const CELL = /(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(.!])/y;
const COLS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(.!])/y;
const ROWS = /(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})(?![A-Za-z0-9_(.!])/y;
const IDENT = /[A-Za-z_\\][A-Za-z0-9_.\\?]*/y;
const NUMBER = /[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?/y;
const ERROR = /#[A-Za-z0-9/]+[!?]?/y;
/** Tokens copied as they are, by their first character: error literals, names (functions, TRUE), numbers. */
const VERBATIM: Array<[RegExp, RegExp]> = [
  [/#/, ERROR],
  [/[A-Za-z_\\]/, IDENT],
  [/[0-9.]/, NUMBER],
];

/** Can a reference start at i? Not in the middle of a name or number. */
function boundary(f: string, i: number): boolean {
  if (i === 0) return true;
  return !/[A-Za-z0-9_.\\$]/.test(f[i - 1]);
}

function shiftCol(abs: string, letters: string, d: number): string | null {
  if (abs) return abs + letters.toUpperCase();
  const c = colNumber(letters) + d;
  return c < 1 || c > MAX_COL ? null : colLetters(c);
}
function shiftRow(abs: string, digits: string, d: number): string | null {
  if (abs) return abs + digits;
  const r = Number(digits) + d;
  return r < 1 || r > MAX_ROW ? null : String(r);
}

/** Whole columns (A:C) and whole rows (2:5): each end moves along its own axis. */
const SPANS: Array<{ re: RegExp; fits: (part: string) => boolean; shift: typeof shiftCol; axis: 'rows' | 'cols' }> = [
  { re: COLS, fits: (p) => colNumber(p) <= MAX_COL, shift: shiftCol, axis: 'cols' },
  { re: ROWS, fits: () => true, shift: shiftRow, axis: 'rows' },
];

/** The formula (with or without its leading "=") moved by dRows rows and dCols columns. */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (!dRows && !dCols) return formula;
  const f = formula;
  let out = '';
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"' || ch === "'") {
      // A string, or a quoted sheet name; a doubled quote stays inside.
      let j = i + 1;
      for (;;) {
        const k = f.indexOf(ch, j);
        if (k < 0) {
          j = f.length;
          break;
        }
        if (f[k + 1] === ch) j = k + 2;
        else {
          j = k + 1;
          break;
        }
      }
      out += f.slice(i, j);
      i = j;
      continue;
    }
    if (ch === '[') {
      let depth = 0;
      let j = i;
      for (; j < f.length; j++) {
        if (f[j] === '[') depth++;
        else if (f[j] === ']' && --depth === 0) break;
      }
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (boundary(f, i) && /[A-Za-z$0-9]/.test(ch)) {
      let moved: string | undefined;
      for (const span of SPANS) {
        span.re.lastIndex = i;
        const m = span.re.exec(f);
        if (!m || !span.fits(m[2]) || !span.fits(m[4])) continue;
        const d = span.axis === 'rows' ? dRows : dCols;
        const a = span.shift(m[1], m[2], d);
        const b = span.shift(m[3], m[4], d);
        moved = a === null || b === null ? '#REF!' : `${a}:${b}`;
        i = span.re.lastIndex;
        break;
      }
      if (moved !== undefined) {
        out += moved;
        continue;
      }
      CELL.lastIndex = i;
      const m = CELL.exec(f);
      if (m && colNumber(m[2]) <= MAX_COL && Number(m[4]) >= 1 && Number(m[4]) <= MAX_ROW) {
        const c = shiftCol(m[1], m[2], dCols);
        const r = shiftRow(m[3], m[4], dRows);
        out += c === null || r === null ? '#REF!' : `${c}${r}`;
        i = CELL.lastIndex;
        continue;
      }
    }
    const token = VERBATIM.find(([first]) => first.test(ch))?.[1];
    let len = 1;
    if (token) {
      token.lastIndex = i;
      len = token.exec(f)?.[0].length || 1;
    }
    out += f.slice(i, i + len);
    i += len;
  }
  return out;
}

/** "B12" → { row: 11, col: 1 } (0-based), or null when it is not a cell reference (its size is not checked). */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  // By hand: every cell of a sheet has one, so this is on the reader's hot path.
  let i = ref.charCodeAt(0) === 0x24 ? 1 : 0;
  let col = 0;
  const c0 = i;
  for (let ch = ref.charCodeAt(i) | 0x20; ch >= 0x61 && ch <= 0x7a && i - c0 < 7; ch = ref.charCodeAt(++i) | 0x20) col = col * 26 + (ch - 0x60);
  if (i === c0) return null;
  if (ref.charCodeAt(i) === 0x24) i++;
  let row = 0;
  const r0 = i;
  for (let ch = ref.charCodeAt(i); ch >= 0x30 && ch <= 0x39 && i - r0 < 9; ch = ref.charCodeAt(++i)) row = row * 10 + (ch - 0x30);
  if (i === r0 || i !== ref.length || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** "A1:C3" (or "B2") → 0-based inclusive corners, or null. */
export function parseRangeRef(ref: string): { r0: number; c0: number; r1: number; c1: number } | null {
  const [a, b = a] = ref.split(':');
  const p = parseCellRef(a);
  const q = parseCellRef(b);
  if (!p || !q) return null;
  return { r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
}
