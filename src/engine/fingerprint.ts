// Fingerprints: a short, stable hash of a source row's mapped cells, stored with each imported contact so a re-run
// can tell "already imported, unchanged" from "new or changed". Content-addressed, so it survives the user sorting
// their sheet. Pure: no Apps Script global, no Node API.
import type { CellValue } from './types';

/** cyrb53: a fast 53-bit string hash (public domain). Returned in base 36 (at most 11 characters). */
export function hash53(str: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * A cell as text for fingerprinting: trimmed strings, numbers in full, a date as its calendar day. The engine reads
 * nothing of a Date but its day (cellText, readDate), so a change of time of day is no change of the contact; and a
 * day whose midnight a zone skips (São Paulo's DST began at 00:00) reads as 01:00 yet is the same day. Written as
 * the ISO instant of that day's midnight UTC, so the fingerprints of dates made before (UTC sheets) stay the same.
 */
export function cellKey(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (isDate(v)) {
    const t = v.getTime();
    return t !== t ? '' : new Date(t - (((t % 864e5) + 864e5) % 864e5)).toISOString();
  }
  return String(v);
}

/**
 * The fingerprint of a row: its mapped cells, keyed by field (so reordering columns does not change it), hashed.
 * `cells` pairs each mapped column's field key with the cell; unmapped columns are left out by the caller, so an
 * edit in an unmapped column does not make the row "changed".
 */
export function rowFingerprint(cells: ReadonlyArray<readonly [string, CellValue]>): string {
  const parts = cells
    .map(([field, v]) => [field, cellKey(v)] as const)
    .filter(([, v]) => v !== '')
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([f, v]) => `${f}\u0001${v}`);
  return 'f' + hash53(parts.join('\u0002'));
}

/** The fingerprint of a sheet row: its cells in mapped columns (fieldsByCol: the field of each column, or null). */
export function rowFingerprintOf(row: readonly CellValue[], fieldsByCol: ReadonlyArray<string | null>): string {
  const cells: Array<[string, CellValue]> = [];
  fieldsByCol.forEach((f, c) => {
    if (f) cells.push([f, row[c]]);
  });
  return rowFingerprint(cells);
}
