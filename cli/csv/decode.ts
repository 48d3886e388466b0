// The text encoding of a CSV file, and decoders that turn its bytes into text chunk by chunk.
//
// What a file is decides (its first bytes, then all of them):
// - a UTF-16 byte order mark: UTF-16 (Excel's "Unicode Text");
// - otherwise UTF-8 (with or without BOM) when every byte sequence of the file is valid UTF-8;
// - otherwise Windows-1252 (Excel's "CSV" on Western Windows), decoded with the real Windows-1252 table: bytes
//   0x80-0x9F are the euro sign, smart quotes, dashes and the like (TextDecoder('windows-1252') in Node maps them
//   to invisible C1 control characters).
// And what is not text is refused before it is read as rows (sniffText): a high share of NULs or other control
// bytes (a binary file; UTF-16 without a byte order mark), or bytes that no Windows-1252 text holds (Shift-JIS,
// GBK and other multi-byte encodings).
import { isUtf8 } from 'node:buffer';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How many first bytes the text sniff looks at. */
export const SNIFF_BYTES = 64 * 1024;

/** Windows-1252's characters for the bytes 0x80-0x9F (27 defined; the 5 undefined bytes keep their C1 code). */
export const CP1252_HIGH: readonly string[] = [
  '\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f',
  '\u0090', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d', '\u017e', '\u0178',
];
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export type Sniff = { encoding: Encoding; bom: boolean } | { notText: string };

const pct = (part: number, whole: number) => `${Math.max(1, Math.round((100 * part) / whole))}%`;

/**
 * Decides from a file's first bytes whether it is text, and its likely encoding. `sample` is the start of the file
 * (SNIFF_BYTES or more, or the whole file); `whole` says it is the whole file. 'utf-8' here means only that the
 * sample is valid UTF-8: the caller checks the rest.
 */
export function sniffText(sample: Buffer, whole: boolean): Sniff {
  if (sample.length >= 2 && sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (sample.length >= 2 && sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const s = sample.length > SNIFF_BYTES ? sample.subarray(0, SNIFF_BYTES) : sample;
  const n = s.length;
  let nul = 0;
  let nulEven = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = s[i];
    if (b === 0) {
      nul++;
      if ((i & 1) === 0) nulEven++;
    } else if ((b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1a) || b === 0x7f) control++; // tab, line ends, VT, FF, ^Z are text
  }
  if (n && nul >= n * 0.1 && (nulEven >= nul * 0.9 || nulEven <= nul * 0.1)) {
    return { notText: `it looks like UTF-16 text without a byte order mark (${pct(nul, n)} of its first bytes are NUL)` };
  }
  // Binary data has about one byte in ten below 0x20; text has none but line ends and tabs (or a stray few).
  if (nul > n * 0.01 || (nul + control >= 8 && nul + control > n * 0.03)) {
    return { notText: `${pct(nul + control, n)} of its first ${n.toLocaleString('en-US')} bytes are NULs or control characters, as in a binary file` };
  }
  const bom = n >= 3 && s[0] === 0xef && s[1] === 0xbb && s[2] === 0xbf;
  // The sample may end inside a UTF-8 sequence: check it up to the last complete one.
  const checked = whole ? sample : sample.subarray(0, utf8Boundary(sample));
  if (isUtf8(checked)) return { encoding: 'utf-8', bom };
  const other = notWindows1252(s, whole);
  if (other) return { notText: other };
  return { encoding: 'windows-1252', bom: false };
}

/**
 * Why bytes that are not UTF-8 are not Windows-1252 text either, or null: Japanese Shift-JIS text (it decodes as
 * Shift-JIS, mostly to Japanese characters), whole words of non-ASCII bytes (another script's legacy encoding), or
 * bytes that Windows-1252 leaves undefined, which its text never holds but GBK, Big5 and Shift-JIS text often do.
 */
function notWindows1252(s: Buffer, whole: boolean): string | null {
  let high = 0;
  let undefinedBytes = 0;
  let c1 = 0; // 0x80-0x9F: Windows-1252's punctuation (smart quotes, dashes, the euro sign)
  let inRuns = 0; // high bytes in runs of 3 or more
  let run = 0;
  for (let i = 0; i <= s.length; i++) {
    const b = i < s.length ? s[i] : 0;
    if (b >= 0x80) {
      high++;
      run++;
      if (b < 0xa0) c1++;
      if (UNDEFINED_1252.has(b)) undefinedBytes++;
    } else {
      if (run >= 3) inRuns += run;
      run = 0;
    }
  }
  if (high < 8) return null;
  // Mostly UTF-8 with a few bad bytes (a file edited in two programs): text, read as Windows-1252 as before.
  const u = utf8Sequences(s);
  if (u.valid >= 10 * u.invalid) return null;
  const text = decodeShiftJis(whole ? s : s.subarray(0, sjisBoundary(s)));
  if (text !== null) {
    let japanese = 0;
    let other = 0;
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) continue;
      // Kana, kanji and full-width forms; not the half-width katakana that other text's bytes 0xA1-0xDF become.
      if ((c >= 0x3000 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e)) japanese++;
      else other++;
    }
    if (japanese >= 4 && japanese >= 2 * other) return 'it looks like Japanese text in Shift-JIS, not UTF-8 or Windows-1252';
  }
  // Western text has its accented letters one or two at a time between ASCII letters; a non-Latin script in a
  // legacy encoding (GBK, Big5, EUC-KR, Windows-1251) has whole words of non-ASCII bytes, mostly 0xA0-0xFF.
  if (inRuns >= 8 && inRuns >= high * 0.5 && c1 < high * 0.25) {
    return 'most of its non-ASCII bytes come in runs, as in text of a non-Latin script in a legacy encoding (such as GBK, Big5, EUC-KR or Windows-1251), not in UTF-8 or Windows-1252';
  }
  if (undefinedBytes >= 3 && undefinedBytes >= high * 0.02) {
    return `${undefinedBytes.toLocaleString('en-US')} of its first bytes (such as 0x81 or 0x8D) never appear in Windows-1252 or UTF-8 text, so it is in another encoding (such as GBK, Big5 or Shift-JIS)`;
  }
  return null;
}

/** How many valid and invalid UTF-8 multi-byte sequences `b` holds (a cut sequence at its end is not counted). */
function utf8Sequences(b: Buffer): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = utf8Boundary(b);
  for (let i = 0; i < n; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (b[i + k] & 0xc0) === 0x80;
    if (ok && isUtf8(b.subarray(i, i + len))) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function decodeShiftJis(b: Buffer): string | null {
  try {
    return new TextDecoder('shift_jis', { fatal: true }).decode(b);
  } catch {
    return null;
  }
}

/** The length of `b` without a Shift-JIS lead byte cut off at its end. */
function sjisBoundary(b: Buffer): number {
  let i = 0;
  let end = 0;
  while (i < b.length) {
    const c = b[i];
    const lead = (c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xfc);
    if (lead && i + 1 >= b.length) break;
    i += lead ? 2 : 1;
    end = i;
  }
  return end;
}

/** The length of `b` up to its last complete UTF-8 sequence (at most 3 bytes shorter). */
export function utf8Boundary(b: Uint8Array): number {
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = b[n - k];
    if (c < 0x80) return n;
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return k < need ? n - k : n;
    }
  }
  return n;
}

/** Checks bytes that come in chunks for UTF-8 validity, sequences split between chunks included. */
export class Utf8Check {
  private carry: Buffer | null = null;
  ok = true;

  write(chunk: Buffer): boolean {
    if (!this.ok) return false;
    let b = chunk;
    if (this.carry) {
      const lead = this.carry[0];
      const need = (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2) - this.carry.length;
      if (b.length < need) {
        this.carry = Buffer.concat([this.carry, b]); // a tiny chunk: still incomplete
        return true;
      }
      const piece = Buffer.concat([this.carry, b.subarray(0, need)]);
      this.carry = null;
      if (!isUtf8(piece)) return (this.ok = false);
      b = b.subarray(need);
    }
    const cut = utf8Boundary(b);
    if (!isUtf8(b.subarray(0, cut))) return (this.ok = false);
    if (cut < b.length) this.carry = Buffer.from(b.subarray(cut));
    return true;
  }

  /** True when every byte written was valid UTF-8 (nothing left cut off at the end). */
  end(): boolean {
    if (this.carry) this.ok = false;
    return this.ok;
  }
}

export interface ChunkDecoder {
  write(chunk: Buffer): string;
  end(): string;
}

/** A decoder for `encoding`. With `fatal`, invalid UTF-8 throws (for input that could not be checked first). */
export function chunkDecoder(encoding: Encoding, fatal = false): ChunkDecoder {
  if (encoding === 'windows-1252') return new Windows1252Decoder();
  const d = new TextDecoder(encoding, { fatal });
  return {
    write: (chunk) => d.decode(chunk, { stream: true }),
    end: () => d.decode(),
  };
}

/** Windows-1252, byte by byte: Latin-1 except 0x80-0x9F, which go through the table. */
class Windows1252Decoder implements ChunkDecoder {
  write(chunk: Buffer): string {
    const s = chunk.toString('latin1');
     
    return /[\u0080-\u009f]/.test(s) ? s.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]) : s;
  }

  end(): string {
    return '';
  }
}

/** Windows-1252's byte for each character of CP1252_HIGH (the euro sign, smart quotes, dashes…). */
const CP1252_BYTES = new Map<string, number>(CP1252_HIGH.map((ch, i) => [ch, 0x80 + i]));

/** The bytes of `text` in Windows-1252, or null when a character has no byte there (it cannot be written). */
export function encodeWindows1252(text: string): Buffer | null {
  const out = Buffer.allocUnsafe(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : (CP1252_BYTES.get(text[i]) ?? -1);
    if (b < 0) return null;
    out[i] = b;
  }
  return out;
}

/** Whether every character of `text` can be written in `encoding`. */
export function encodable(text: string, encoding: Encoding): boolean {
  return encoding !== 'windows-1252' || encodeWindows1252(text) !== null;
}

/** Text to bytes in `encoding` (the inverse of chunkDecoder). A character Windows-1252 has no byte for becomes "?". */
export function encoderFor(encoding: Encoding): (text: string) => Buffer {
  switch (encoding) {
    case 'utf-8':
      return (t) => Buffer.from(t, 'utf8');
    case 'utf-16le':
      return (t) => Buffer.from(t, 'utf16le');
    case 'utf-16be':
      return (t) => Buffer.from(t, 'utf16le').swap16();
    case 'windows-1252':
      return (t) => encodeWindows1252(t) ?? encodeWindows1252(Array.from(t, (ch) => (encodeWindows1252(ch) ? ch : '?')).join(''))!;
  }
}
