// Terminal safety: text from the user's file, path or settings never reaches the terminal raw. Control characters
// (C0 such as ESC and newlines, DEL, C1 such as CSI 0x9B), the Unicode line and paragraph separators and the bidi
// controls (which reorder what is shown) are written as escapes, so a cell cannot move the cursor, recolour the
// screen or hide text, and a one-line message stays one line.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, '0');

/** `s` with every control character written as an escape: "\n", "\t", "\x1b", "\u202e". */
export function printable(s: string): string {
  return s.replace(CONTROL, (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

// JSON.stringify already escapes C0; these are the rest, which it leaves raw inside strings.
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text with no raw control character in it: JSON.stringify, then the controls it leaves raw written as
 * \uXXXX escapes (valid JSON that parses back to the very same strings).
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(JSON_RAW, (c) => `\\u${hex(c, 4)}`);
}
