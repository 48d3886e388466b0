// Option and owner fixes: a case or accent variant of an allowed value becomes the allowed value ("blue" -> "Blue",
// "logan paul" -> "Logan Paul", "Jose Garcia" -> "José García"): `safe` (option-spelling / owner-spelling).
//
// The readers (formats/list.ts readOptions, formats/people.ts readUsers) already match options and users without
// regard to case and spaces, and return the allowed spelling: that is `to`. Accents they do not ignore, so a cell
// they refuse is matched once more without accents; only a value that names exactly one allowed value is
// suggested (when "Resume" and "Résumé" are both options, "resume" is left alone). A user matched by email or id
// is not a spelling variant: nothing is suggested. Multiple options and followers: every value spelt as allowed,
// joined with ", ". When only spaces or separators change (and when no options or users are set up, so any value
// is read as written), the fix is a text fix (text-spaces, text-list). `to` always reads back as the same values.
import { readOptions } from '../formats/list';
import { readUsers } from '../formats/people';
import { foldKey, perArray } from '../formats/shared';
import type { CellValue, ContactValue, ReadResult, UserRef } from '../types';
import { cleanText, listFix, spacesFix } from './text';
import { cellFix, type CellFix, type CellFixer, type FixRule } from './types';

const RE_MARKS = /\p{M}+/gu;
const RE_SEPARATORS = /[,;\n\r]+/;

/** Matching key without case, spaces or accents. */
function accentKey(text: string): string {
  return foldKey(text.normalize('NFD').replace(RE_MARKS, ''));
}

/** accentKey -> the allowed value, or null when two allowed values share the key. */
const accentIndex = perArray((values: readonly string[]): Map<string, string | null> => {
  const m = new Map<string, string | null>();
  for (const v of values) {
    const k = accentKey(v);
    if (k === '') continue;
    const had = m.get(k);
    m.set(k, had === undefined || had === v ? v : null);
  }
  return m;
});

const userNames = perArray((users: readonly UserRef[]): string[] => users.map((u) => (typeof u === 'string' ? u : u.name).trim()));

/** A single option field (`options` set up). */
export function optionFixer(options: readonly string[], label: string, multiple: boolean): CellFixer {
  const read = (v: CellValue) => readOptions(v, options as string[], { multiple });
  return fixer(options, multiple, read, 'option-spelling', label, 'the option');
}

/** Contact owner (one user) or Contact followers (`multiple`), with the account's users set up. */
export function userFixer(users: readonly UserRef[], label: string, multiple: boolean): CellFixer {
  const read = (v: CellValue) => readUsers(v, users as UserRef[], { multiple });
  return fixer(userNames(users), multiple, read, 'owner-spelling', label, "the user's name");
}

function fixer(
  allowed: readonly string[],
  multiple: boolean,
  read: (v: CellValue) => ReadResult<string | string[]>,
  rule: FixRule,
  label: string,
  what: string,
): CellFixer {
  const spelling = (value: string, to: string): CellFix =>
    cellFix(rule, 'option', value, to, `Write ${what} as it is spelt in Settings: ${to}.`, { group: label });
  return (value, given) => {
    if (typeof value !== 'string') return null;
    const r = (given ?? read(value)) as ReadResult<ContactValue>;
    let values: string[] | null;
    if (r.ok) values = (multiple ? r.value : [r.value]) as string[];
    else if (r.error.code === 'invalid_option' || r.error.code === 'unknown_user') values = withoutAccents(value, allowed, multiple);
    else values = null;
    if (values === null || values.length === 0) return null;
    const to = values.join(', ');
    if (to === value) return null;
    // A value matched by a user's email or id, or an option found inside a longer text, is not a spelling variant:
    // the cell and `to` must name the same values once case, spaces and accents are set aside.
    if (pieceKeys(value, multiple) !== pieceKeys(to, multiple)) return null;
    const back = read(to);
    if (!back.ok || JSON.stringify(multiple ? back.value : [back.value]) !== JSON.stringify(values)) return null;
    // Values spelt as allowed already: only the spaces or the separators change.
    const clean = cleanText(value);
    if (values.every((v) => clean.indexOf(v) !== -1)) return multiple ? listFix(value, values, () => values) : spacesFix(value, to);
    return spelling(value, to);
  };
}

/** The accent keys of a cell's values, sorted and unique, as one string. */
function pieceKeys(text: string, multiple: boolean): string {
  const keys = (multiple ? text.split(RE_SEPARATORS) : [text]).map(accentKey).filter((k) => k !== '');
  return Array.from(new Set(keys)).sort().join('\u0001');
}

/** The allowed values a refused cell names once accents are ignored, or null when a piece names none (or two). */
function withoutAccents(value: string, allowed: readonly string[], multiple: boolean): string[] | null {
  const index = accentIndex(allowed);
  const out: string[] = [];
  for (const piece of multiple ? value.split(RE_SEPARATORS) : [value]) {
    if (piece.trim() === '') continue;
    const v = index.get(accentKey(piece));
    if (v === undefined || v === null) return null;
    if (out.indexOf(v) === -1) out.push(v);
  }
  return out;
}
