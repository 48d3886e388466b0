// Websites.
//
// Decisions:
// - With or without a scheme: "example.com" and "www.example.com/path" become "https://example.com" and
//   "https://www.example.com/path"; "http://" and "https://" are kept as written (scheme lower-cased). Other
//   schemes (ftp:, mailto:, javascript:) are refused.
// - The host must be a domain name with a dot and an alphabetic extension of 2+ letters (or xn-- punycode);
//   labels are letters, digits and hyphens (Unicode letters allowed), not starting or ending with a hyphen.
//   IP addresses and "localhost" are refused: a contact's website is a public domain.
// - An optional port, path, query and fragment are kept as written. The host is lower-cased. No spaces anywhere.
// - Written without the URL class, which Apps Script does not have.
import type { CellValue, ReadResult } from '../types';
import { fail, quote } from './shared';
import { cellText } from './text';

const RE_SIMPLE = /^(?:(https?):\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63})(:\d{1,5})?([/?#][^\s]*)?$/i;
const RE_SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
// "mailto:x", "javascript:x", "tel:x": a scheme without "//" (not "example.com:8080", whose colon precedes a port).
const RE_OTHER_SCHEME = /^[a-z][a-z0-9+-]*:(?!\d)/i;
const RE_SPACE = /\s/;
const RE_LABEL = /^[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?$/u;
const RE_TLD = /^(?:[\p{L}\p{M}]{2,63}|xn--[a-z0-9-]{1,59})$/iu;
const RE_IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

const PREFIX = 'Invalid website ';
const FIX = 'Use a web address such as example.com or https://www.example.com.';

/** Reads a website: "https://" added when there is no scheme, host lower-cased. Code `invalid_url`. */
export function readUrl(value: CellValue): ReadResult<string> {
  const text = cellText(value);
  if (text === '') return fail('invalid_url', `${PREFIX}"": the cell is empty. ${FIX}`);
  if (typeof value !== 'string') return fail('invalid_url', `${PREFIX}${quote(text)}: it is not a web address. ${FIX}`);
  const m = RE_SIMPLE.exec(text);
  if (m !== null) {
    const scheme = m[1] === undefined ? 'https' : m[1].toLowerCase();
    return { ok: true, value: `${scheme}://${m[2].toLowerCase()}${m[3] ?? ''}${m[4] ?? ''}` };
  }
  const r = slowPath(text);
  return typeof r === 'string' ? { ok: true, value: r } : fail('invalid_url', `${PREFIX}${quote(text)}: ${r.reason}. ${FIX}`);
}

/** Unicode hosts, and the reason when the text is not a web address. */
function slowPath(text: string): string | { reason: string } {
  if (RE_SPACE.test(text)) return { reason: 'it contains a space' };
  let rest = text;
  let scheme = 'https';
  const sm = RE_SCHEME.exec(text);
  if (sm !== null) {
    scheme = sm[1].toLowerCase();
    if (scheme !== 'http' && scheme !== 'https') return { reason: `"${sm[1]}:" is not a web address (use http:// or https://)` };
    rest = text.slice(sm[0].length);
  } else if (RE_OTHER_SCHEME.test(text)) {
    return { reason: `"${text.slice(0, text.indexOf(':') + 1)}" is not a web address (use http:// or https://)` };
  }
  const cut = rest.search(/[/?#]/);
  const authority = cut === -1 ? rest : rest.slice(0, cut);
  const tail = cut === -1 ? '' : rest.slice(cut);
  if (authority.indexOf('@') !== -1) {
    return { reason: text.indexOf('://') === -1 ? 'it looks like an email address, not a website' : 'a user name or password ("@") in the address is not allowed' };
  }
  const pm = /^(.*?)(:\d{1,5})?$/.exec(authority)!;
  const host = pm[1];
  const port = pm[2] ?? '';
  if (host === '') return { reason: 'it has no domain name' };
  if (RE_IPV4.test(host) || host.charAt(0) === '[') return { reason: 'it is an IP address; use the domain name' };
  if (host.indexOf('.') === -1) return { reason: 'the domain has no extension such as .com' };
  const labels = host.split('.');
  for (const label of labels) {
    if (label === '') return { reason: 'the domain has an empty part (two dots in a row, or a dot at an edge)' };
    if (!RE_LABEL.test(label)) return { reason: `the domain part ${quote(label)} has characters that are not allowed` };
  }
  const tld = labels[labels.length - 1];
  if (!RE_TLD.test(tld)) return { reason: `the domain extension ".${tld}" is not valid (it needs 2 or more letters, such as .com)` };
  return `${scheme}://${host.toLowerCase()}${port}${tail}`;
}
