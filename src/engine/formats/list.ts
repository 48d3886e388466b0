// Lists (tags, textbox lists, multiple options) and option fields (single and multiple options).
//
// Decisions:
// - Separators are "," ";" and line breaks, and "." (the seed allows "Blue. Yellow. Green") ONLY when the text
//   has no "," ";" or line break. Dots are common inside values ("Dr.", "St. Louis", "example.com", "v1.2"),
//   so once the user separates with commas, dots are kept as part of the values. Mixing "," and "." as
//   separators in one cell is therefore not supported ("a, b. c" -> ["a", "b. c"]).
// - Items are trimmed, inner runs of whitespace collapsed to one space, empty (or dots-only) items dropped, and duplicates
//   dropped case-insensitively (the first spelling wins).
// - Numbers, booleans and Dates from Sheets are one value each (cellText), never split: 1.5 stays "1.5".
// - Options match case-insensitively after trimming and collapsing whitespace, and come back in the option's
//   own spelling. Option values may themselves contain separators ("Dr.", "Yes, please"): the whole cell is
//   first matched as one value, then the longest run of pieces that spells an option wins (greedy, left to
//   right), so "Dr. Mr." with options ["Dr.", "Mr."] reads as both.
// - An empty options list means the field has no configured options: any value is accepted as written
//   (single) or split like tags (multiple), rather than failing every row for a settings gap.
// - An empty cell: [] for multiple options; for a single option the `invalid_option` problem "the cell is
//   empty" (the validator normally checks isEmptyCell first).
import type { CellValue, ReadResult } from '../types';
import { fail, foldKey, listForMessage, perArray, quote } from './shared';
import { cellText } from './text';

const RE_PRIMARY = /[,;\n\r]/;
const RE_PRIMARY_SPLIT = /[,;\n\r]+/;
const RE_DOT_SPLIT = /\.+/;
const RE_WS_RUN = /\s+/g;
const RE_TRAILING_DOTS = /\.+$/;
const RE_ONLY_DOTS = /^[.\s]+$/;
const RE_SEPARATOR_CHARS = /[,;.\n\r]/g;

export interface OptionsOptions {
  /** true for a multiple-options field (returns string[]), false for a single option (returns string). */
  multiple: boolean;
}

/** Splits a list cell into trimmed, non-empty, case-insensitively unique items (first spelling wins). */
export function splitList(value: CellValue): string[] {
  const text = cellText(value);
  if (text === '') return [];
  if (typeof value !== 'string') return [text];
  const parts = text.split(RE_PRIMARY.test(text) ? RE_PRIMARY_SPLIT : RE_DOT_SPLIT);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of parts) {
    const item = raw.trim().replace(RE_WS_RUN, ' ');
    if (item === '' || RE_ONLY_DOTS.test(item)) continue;
    const key = item.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

interface OptionIndex {
  byKey: Map<string, string>;
  /** The most separator characters in one option: how many pieces a greedy match may span. */
  maxSeps: number;
}

const indexOf = perArray((options: readonly string[]): OptionIndex => {
  const byKey = new Map<string, string>();
  let maxSeps = 0;
  for (const o of options) {
    const key = foldKey(o);
    if (key === '' || byKey.has(key)) continue;
    byKey.set(key, o);
    const seps = (o.match(RE_SEPARATOR_CHARS) || []).length;
    if (seps > maxSeps) maxSeps = seps;
  }
  return { byKey, maxSeps };
});

/**
 * Reads a single- or multiple-options cell against the field's options. Returns the option's own spelling
 * (string for single, string[] for multiple), or `invalid_option` (a value that is not an option) /
 * `too_many_options` (several values in a single-option field).
 */
export function readOptions(value: CellValue, options: string[], opts: { multiple: true }): ReadResult<string[]>;
export function readOptions(value: CellValue, options: string[], opts: { multiple: false }): ReadResult<string>;
export function readOptions(value: CellValue, options: string[], opts: OptionsOptions): ReadResult<string | string[]>;
export function readOptions(value: CellValue, options: string[], opts: OptionsOptions): ReadResult<string | string[]> {
  const multiple = !!(opts && opts.multiple);
  const text = cellText(value);
  if (text === '') {
    return multiple ? { ok: true, value: [] } : fail('invalid_option', `Invalid option "": the cell is empty. Use one of: ${allowed(options)}.`);
  }
  if (options.length === 0) {
    if (multiple) return { ok: true, value: splitList(value) };
    return { ok: true, value: text.replace(RE_WS_RUN, ' ') };
  }
  const idx = indexOf(options);
  const whole = idx.byKey.get(foldKey(text));
  if (whole !== undefined) return { ok: true, value: multiple ? [whole] : whole };

  const { found, unknown } = matchPieces(text, idx);
  if (!multiple && found.length + unknown.length > 1) {
    return fail(
      'too_many_options',
      `Too many options in ${quote(text)}: this field takes only one value. Keep one of: ${allowed(options)}.`,
    );
  }
  if (unknown.length > 0) {
    const names = unknown.map(quote).join(', ');
    const what =
      unknown.length === 1
        ? `Invalid option ${names}${found.length > 0 || unknown[0] !== text ? ` in ${quote(text)}` : ''}: it is not one of the allowed values.`
        : `Invalid options ${names} in ${quote(text)}: they are not among the allowed values.`;
    return fail('invalid_option', `${what} Use ${multiple ? 'values' : 'one'} of: ${allowed(options)}.`);
  }
  if (found.length === 0) {
    return fail('invalid_option', `Invalid option ${quote(text)}: it is not one of the allowed values. Use one of: ${allowed(options)}.`);
  }
  return { ok: true, value: multiple ? found : found[0] };
}

function allowed(options: readonly string[]): string {
  return options.length === 0 ? '(no options are set up for this field)' : listForMessage(options);
}

/** Greedy left-to-right matching of runs of pieces against the options. */
function matchPieces(text: string, idx: OptionIndex): { found: string[]; unknown: string[] } {
  const dotMode = !RE_PRIMARY.test(text);
  const sepRe = dotMode ? /\./g : /[,;\n\r]/g;
  // Piece boundaries: [start, end) of the text between separators.
  const starts: number[] = [];
  const ends: number[] = [];
  let last = 0;
  for (let m = sepRe.exec(text); m !== null; m = sepRe.exec(text)) {
    starts.push(last);
    ends.push(m.index);
    last = m.index + 1;
  }
  starts.push(last);
  ends.push(text.length);

  const found: string[] = [];
  const unknown: string[] = [];
  const n = starts.length;
  let i = 0;
  while (i < n) {
    const piece = text.slice(starts[i], ends[i]).trim();
    if (piece === '' || RE_ONLY_DOTS.test(piece)) {
      i++;
      continue;
    }
    let matched: string | undefined;
    let next = i + 1;
    for (let j = Math.min(n - 1, i + idx.maxSeps); j >= i && matched === undefined; j--) {
      const span = text.slice(starts[i], ends[j]);
      // A dot right after the span may belong to the option ("Dr.").
      if (ends[j] < text.length && text.charAt(ends[j]) === '.') matched = idx.byKey.get(foldKey(span + '.'));
      if (matched === undefined) matched = idx.byKey.get(foldKey(span));
      if (matched !== undefined) next = j + 1;
    }
    // A trailing dot that ends a sentence-like list ("Blue, Green.") is not part of the value.
    if (matched === undefined && !dotMode && piece.charAt(piece.length - 1) === '.') {
      matched = idx.byKey.get(foldKey(piece.replace(RE_TRAILING_DOTS, '')));
    }
    if (matched !== undefined) {
      if (found.indexOf(matched) === -1) found.push(matched);
    } else {
      const item = piece.replace(RE_WS_RUN, ' ');
      if (!unknown.some((u) => u.toLowerCase() === item.toLowerCase())) unknown.push(item);
    }
    i = next;
  }
  return { found, unknown };
}
