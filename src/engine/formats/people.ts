// Contact owner (one user) and Contact followers (a list of users).
//
// Decisions:
// - A name matches a user case-insensitively after trimming and collapsing inner whitespace
//   ("adam   SMITH" -> "Adam Smith"); the user's own spelling is returned. A user's email and id (when the
//   UserRef has them) match too, since CRM exports often carry the owner's email or id instead of the name.
// - Followers are split on "," ";" and line breaks only (names contain spaces, dots and hyphens, never these),
//   de-duplicated (first kept). All or nothing: one unknown name fails the cell and is named in the message.
// - When the account has no users configured (users = []), names cannot be checked: any value that contains a
//   letter is accepted as written (trimmed, whitespace collapsed), with no warning, so a missing setting does
//   not fail every row. Values without a letter ("123") are still refused.
// - An owner cell naming several users is `too_many_options`.
// - An empty cell: [] for followers; for an owner, the `unknown_user` problem "the cell is empty" (the validator
//   normally checks isEmptyCell first).
import type { CellValue, ReadResult, UserRef } from '../types';
import { fail, foldKey, listForMessage, perArray, quote } from './shared';
import { cellText } from './text';

export interface UsersOptions {
  /** true for followers (returns string[]), false for the owner (returns string). */
  multiple: boolean;
}

const RE_SPLIT = /[,;\n\r]+/;
const RE_WS_RUN = /\s+/g;
const RE_LETTER = /\p{L}/u;

interface UserIndex {
  byKey: Map<string, string>;
  names: string[];
}

const indexOf = perArray((users: readonly UserRef[]): UserIndex => {
  const byKey = new Map<string, string>();
  const names: string[] = [];
  // Names first, so a name always wins over another user's email or id.
  for (const u of users) {
    const name = (typeof u === 'string' ? u : u.name).trim().replace(RE_WS_RUN, ' ');
    if (name === '') continue;
    const key = name.toLowerCase();
    if (!byKey.has(key)) {
      byKey.set(key, name);
      names.push(name);
    }
  }
  for (const u of users) {
    if (typeof u === 'string') continue;
    const name = u.name.trim().replace(RE_WS_RUN, ' ');
    for (const alt of [u.email, u.id]) {
      if (alt === undefined || name === '') continue;
      const key = foldKey(String(alt));
      if (key !== '' && !byKey.has(key)) byKey.set(key, name);
    }
  }
  return { byKey, names };
});

/**
 * Reads a Contact owner (multiple: false -> the user's name) or Contact followers (multiple: true -> names)
 * cell: "FirstName LastName", matched case-insensitively against the account's users.
 */
export function readUsers(value: CellValue, users: UserRef[], opts: { multiple: true }): ReadResult<string[]>;
export function readUsers(value: CellValue, users: UserRef[], opts: { multiple: false }): ReadResult<string>;
export function readUsers(value: CellValue, users: UserRef[], opts: UsersOptions): ReadResult<string | string[]>;
export function readUsers(value: CellValue, users: UserRef[], opts: UsersOptions): ReadResult<string | string[]> {
  const multiple = !!(opts && opts.multiple);
  const text = cellText(value);
  if (text === '') {
    return multiple ? { ok: true, value: [] } : fail('unknown_user', `Unknown user "": the cell is empty. Write a user's full name, such as ${example(users)}.`);
  }
  const idx = users.length > 0 ? indexOf(users) : undefined;
  const names: string[] = [];
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const raw of text.split(RE_SPLIT)) {
    const item = raw.trim().replace(RE_WS_RUN, ' ');
    if (item === '') continue;
    let name: string | undefined;
    if (idx !== undefined) name = idx.byKey.get(item.toLowerCase());
    else if (RE_LETTER.test(item)) name = item;
    if (name === undefined) {
      if (!unknown.includes(item)) unknown.push(item);
      continue;
    }
    const key = name.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      names.push(name);
    }
  }
  if (!multiple && names.length + unknown.length > 1) {
    return fail(
      'too_many_options',
      `Too many users in ${quote(text)}: only one user can be the contact owner. Keep one name, such as ${example(users)}; put other people in Contact followers.`,
    );
  }
  if (unknown.length > 0) {
    if (idx === undefined) {
      return fail('unknown_user', `Unknown user ${unknown.map(quote).join(', ')}: it is not a name. Write "FirstName LastName", such as Logan Paul.`);
    }
    const who =
      unknown.length === 1
        ? `Unknown user ${quote(unknown[0])}${names.length > 0 ? ` in ${quote(text)}` : ''}: no user of this account has that name.`
        : `Unknown users ${unknown.map(quote).join(', ')} in ${quote(text)}: no user of this account has these names.`;
    const hint = suggestion(unknown, idx);
    return fail(
      'unknown_user',
      `${who}${hint} Use a user's full name (${listForMessage(idx.names, 5, 120)}), or add the user in Settings > Users.`,
    );
  }
  return { ok: true, value: multiple ? names : names[0] };
}

function example(users: readonly UserRef[]): string {
  if (users.length === 0) return 'Logan Paul';
  const u = users[0];
  return typeof u === 'string' ? u : u.name;
}

/** Error path only: " Did you mean Adam Smith?" when a user shares a first or last name with an unknown name. */
function suggestion(unknown: string[], idx: UserIndex): string {
  const out: string[] = [];
  for (const u of unknown) {
    const words = u.toLowerCase().split(' ');
    for (const name of idx.names) {
      if (out.length >= 3) break;
      const nw = name.toLowerCase().split(' ');
      if (nw.some((w) => words.includes(w)) && !out.includes(name)) out.push(name);
    }
  }
  return out.length > 0 ? ` Did you mean ${out.join(' or ')}?` : '';
}
