// Email fixes. The address comes from the engine's reader (formats/email.ts), which already trims, removes
// "mailto:" and "Name <…>" wrappers and lower-cases: writing that value is `safe` (email-clean), since it is
// exactly what the import reads. A known domain typo (email-typos.ts: gmial.com, gmail.con, ...) is `review`
// (email-typo): the note asks "did you mean ann@gmail.com?", and `to` is the corrected address.
// Lists (Additional email addresses): every address cleaned (and corrected), joined with ", ".
// Never: a cell the reader refuses (an address Fix cannot read is the user's to correct), a non-text cell.
import { readEmail, readEmailList } from '../formats/email';
import type { CellValue, ContactValue, ReadResult } from '../types';
import { correctDomain } from './email-typos';
import { cellFix, type CellFixer } from './types';

export function emailFixer(list: boolean): CellFixer {
  const read = (v: CellValue): ReadResult<ContactValue> => (list ? readEmailList(v) : readEmail(v));
  return (value, given) => {
    if (typeof value !== 'string') return null;
    const r = given ?? read(value);
    if (!r.ok) return null;
    const addresses = (list ? r.value : [r.value]) as string[];
    if (addresses.length === 0) return null;
    const typos: string[] = [];
    const fixed = addresses.map((a) => {
      const at = a.lastIndexOf('@');
      const domain = a.slice(at + 1);
      const right = correctDomain(domain);
      if (right === null) return a;
      if (typos.indexOf(`${domain} → ${right}`) === -1) typos.push(`${domain} → ${right}`);
      return a.slice(0, at + 1) + right;
    });
    const to = fixed.join(', ');
    if (value === to) return null;
    const back = read(to);
    if (!back.ok) return null;
    if (typos.length > 0) {
      // A corrected list could repeat an address the cell already had: the reader drops the repeat.
      const toRead = (list ? back.value : [back.value]) as string[];
      const toText = toRead.join(', ');
      return cellFix('email-typo', 'email', value, toText, `Did you mean ${toText}?`, { group: typos.join(', ') });
    }
    if (String(back.value) !== String(r.value)) return null;
    return cellFix('email-clean', 'email', value, to, `Write the address${addresses.length > 1 ? 'es' : ''} as ${to}${what(value)}.`);
  };
}

/** What the clean-up changes, for the note. */
function what(value: string): string {
  const parts: string[] = [];
  const angle = /<([^<>]*)>/.exec(value);
  if (angle !== null) parts.push('without the name and <…>');
  if (/mailto:/i.test(value)) parts.push('without mailto:');
  if (value !== value.trim()) parts.push('without the spaces around it');
  if (/[A-Z]/.test((angle !== null ? angle[1] : value).replace(/mailto:/gi, ''))) parts.push('in lower case');
  return parts.length ? ` (${parts.join(', ')})` : '';
}
