// Email addresses.
//
// Decisions:
// - The WHOLE address is lower-cased. Domains are case-insensitive by standard; local parts are case-sensitive
//   only in theory: no mainstream provider treats John@ and john@ as different mailboxes, CRMs (HubSpot,
//   HighLevel) store and match emails in lower case, and the issue matches duplicates case-insensitively.
//   One canonical spelling means dedup and matching compare plain strings.
// - "Name <john@example.com>", "<john@example.com>" and "mailto:john@example.com" are accepted and read as the
//   bare address: they are what mail clients and address-book exports produce, and the address inside is
//   unambiguous. The display name is dropped (names have their own columns).
// - Rules, each with its own message: exactly one "@"; something before and after it; no spaces; no leading,
//   trailing or consecutive dots in either part; a domain with an extension (TLD) of 2+ letters (or xn--
//   punycode); only characters allowed in addresses (RFC 5322 atext for the local part, letters, digits and
//   hyphens for domain labels; Unicode letters are allowed for internationalized addresses); quoted local
//   parts and IP-literal domains are refused (real contacts don't use them, typos produce them); at most 64
//   characters before the @ and 254 in all.
import type { CellValue, ReadResult } from '../types';
import { fail, quote } from './shared';
import { cellText } from './text';

// Fast path: a plain ASCII address that satisfies every rule below.
const RE_SIMPLE =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}$/i;
const RE_ANGLE = /^[^<>]*<([^<>]*)>$/;
const RE_MAILTO = /^mailto:/i;
const RE_SPACE = /\s/;
const RE_LOCAL_CHAR = /[\p{L}\p{N}\p{M}!#$%&'*+/=?^_`{|}~.-]/u;
const RE_LABEL = /^[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?$/u;
const RE_TLD = /^(?:[\p{L}\p{M}]{2,63}|xn--[a-z0-9-]{1,59})$/iu;
const RE_LIST_SEPARATORS = /[,;\n\r]+/;
const RE_SEVERAL = /[,;\n\r]/;
const RE_SPACES = /\s+/;

const PREFIX = 'Invalid email address ';
const FIX = 'Use a full address like name@example.com.';

/** Reads one email address: trimmed and lower-cased, or an `invalid_email` problem saying what is wrong. */
export function readEmail(value: CellValue): ReadResult<string> {
  const text = cellText(value);
  if (typeof value !== 'string' && text !== '') {
    return fail('invalid_email', `${PREFIX}${quote(text)}: the cell holds a ${kind(value)}, not an email address. ${FIX}`);
  }
  const r = readAddress(text);
  return typeof r === 'string' ? { ok: true, value: r } : fail('invalid_email', `${PREFIX}${quote(text)}: ${r.reason}. ${FIX}`);
}

/**
 * Reads a list of email addresses separated by commas, semicolons or line breaks. Each item is read like
 * readEmail; all or nothing (one bad item fails the cell, naming it); duplicates dropped (case-insensitive,
 * first kept). An empty cell gives [].
 */
export function readEmailList(value: CellValue): ReadResult<string[]> {
  const text = cellText(value);
  if (text === '') return { ok: true, value: [] };
  if (typeof value !== 'string') {
    return fail('invalid_email', `${PREFIX}${quote(text)}: the cell holds a ${kind(value)}, not email addresses. Use full addresses like name@example.com, separated by commas.`);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  let bad: string[] | undefined;
  const items: string[] = [];
  for (const raw of text.split(RE_LIST_SEPARATORS)) {
    const item = raw.trim();
    // Addresses never contain spaces: "a@x.com b@x.com" is two addresses, unless an item is written
    // "Name <address>", whose name has spaces.
    if (RE_SPACE.test(item) && item.indexOf('<') === -1 && item.indexOf('@') !== item.lastIndexOf('@')) items.push(...item.split(RE_SPACES));
    else items.push(item);
  }
  for (const item of items) {
    if (item === '') continue;
    const r = readAddress(item);
    if (typeof r !== 'string') {
      (bad ??= []).push(`${quote(item)} (${r.reason})`);
      continue;
    }
    if (!seen.has(r)) {
      seen.add(r);
      out.push(r);
    }
  }
  if (bad !== undefined) {
    const what = bad.length === 1 ? bad[0] : `${bad.length} addresses: ${bad.join('; ')}`;
    return fail(
      'invalid_email',
      `${PREFIX}${bad.length === 1 ? '' : 'list '}in ${quote(text)}: ${what}. Use full addresses like name@example.com, separated by commas.`,
    );
  }
  return { ok: true, value: out };
}

function kind(value: CellValue): string {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'checkbox value';
  return 'date';
}

/** The normalized address, or why it is not one. `text` is trimmed. */
function readAddress(text: string): string | { reason: string } {
  if (text === '') return { reason: 'the cell is empty' };
  if (RE_SIMPLE.test(text)) {
    const at = text.indexOf('@');
    if (at <= 64 && text.length <= 254) return text.toLowerCase();
  }
  let s = text;
  const angle = RE_ANGLE.exec(s);
  if (angle !== null) s = angle[1].trim();
  if (RE_MAILTO.test(s)) s = s.slice(7).trim();
  if (s === '') return { reason: 'there is no address' };
  if (RE_SEVERAL.test(s) && s.split(RE_LIST_SEPARATORS).filter((x) => x.indexOf('@') > 0).length > 1) {
    return { reason: 'it looks like several addresses; keep one here and put the others in Additional email addresses' };
  }
  if (RE_SPACE.test(s)) return { reason: 'it contains a space' };
  const at = s.indexOf('@');
  if (at === -1) return { reason: 'it has no "@"' };
  if (s.indexOf('@', at + 1) !== -1) return { reason: 'it has more than one "@"' };
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  if (local === '') return { reason: 'there is nothing before the "@"' };
  if (domain === '') return { reason: 'there is no domain after the "@"' };
  const localDots = dotProblem(local, 'the part before the "@"');
  if (localDots !== null) return { reason: localDots };
  if (local.charAt(0) === '"') return { reason: 'quoted names before the "@" are not supported' };
  for (const ch of local) {
    if (!RE_LOCAL_CHAR.test(ch)) return { reason: `the part before the "@" contains ${charName(ch)}, which is not allowed` };
  }
  if (domain.charAt(0) === '[') return { reason: 'the domain must be a name such as example.com, not an IP address' };
  const domainDots = dotProblem(domain, 'the domain');
  if (domainDots !== null) return { reason: domainDots };
  const labels = domain.split('.');
  if (labels.length < 2) return { reason: 'the domain has no extension such as .com' };
  for (const label of labels) {
    if (!RE_LABEL.test(label)) {
      const ch = [...label].find((c) => !/[\p{L}\p{N}\p{M}-]/u.test(c));
      return {
        reason:
          ch !== undefined
            ? `the domain contains ${charName(ch)}, which is not allowed`
            : `the domain part "${label}" cannot start or end with a hyphen`,
      };
    }
  }
  const tld = labels[labels.length - 1];
  if (!RE_TLD.test(tld)) return { reason: `the domain extension ".${tld}" is not valid (it needs 2 or more letters, such as .com)` };
  if (local.length > 64) return { reason: 'the part before the "@" is longer than 64 characters' };
  if (s.length > 254) return { reason: 'it is longer than 254 characters' };
  return s.toLowerCase();
}

function dotProblem(part: string, name: string): string | null {
  if (part.charAt(0) === '.') return `${name} starts with a dot`;
  if (part.charAt(part.length - 1) === '.') return `${name} ends with a dot`;
  if (part.indexOf('..') !== -1) return `${name} has two dots in a row`;
  return null;
}

function charName(ch: string): string {
  if (ch === ',') return 'a comma';
  if (ch === ';') return 'a semicolon';
  if (ch === '"') return 'a double quote (")';
  return `"${ch}"`;
}
