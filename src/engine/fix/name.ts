// Name split (optional): a full-name column ("Name") split into First name and Last name, written into two new
// columns placed right of it and mapped to firstName and lastName. Always `review` (name-split): names are not
// regular enough to be split without a look ("Mary Ann Smith", "Smith, Ann", "Ludwig van Beethoven").
//
// Offered only when one column is mapped to Name and none to First name or Last name (see suggest.ts).
// Rules, on the cell's text with its spaces cleaned:
// - "Last, First" (one comma, and what follows it is not a suffix such as Jr.) -> First, Last.
// - A leading title (Mr., Mrs., Ms., Dr., Prof., ...) is dropped; a trailing suffix (Jr., Sr., II, III, PhD, ...)
//   stays with the last name.
// - The last name is the last word, with the particles written before it (van, von, de, da, del, der, di, du,
//   la, le, bin, al, ...): "Ludwig van Beethoven" -> Ludwig / van Beethoven. The first name is the rest
//   ("Mary Ann Smith" -> Mary Ann / Smith).
// - Never: one word, more than five words, digits, "@", "&" or " and " (two people), or a company's name
//   (Inc, LLC, Ltd, Corp, GmbH, Co, Company): there is no first and last name to find.
import { cleanText } from './text';
import { cellFix, type CellFix, type CellFixer } from './types';

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev', 'fr']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq', 'dds', 'cpa']);
const PARTICLES = new Set(['van', 'von', 'de', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'dos', 'das', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'st', 'st.']);
const COMPANY = new Set(['inc', 'llc', 'ltd', 'corp', 'gmbh', 'co', 'company', 'plc', 'sa', 'ag', 'bv', 'group']);
const RE_NOT_A_NAME = /[\d@&]|\sand\s/i;
const RE_TRAILING_DOT = /\.$/;
const MAX_WORDS = 5;

const word = (w: string) => w.toLowerCase().replace(RE_TRAILING_DOT, '').replace(/,$/, '');

/** First and last name of a full name, or null when it cannot be split with confidence. */
export function splitName(fullName: string): { firstName: string; lastName: string } | null {
  const text = cleanText(fullName);
  if (text === '' || RE_NOT_A_NAME.test(text) || text.indexOf('\n') !== -1) return null;
  const commas = text.split(',');
  if (commas.length === 2) {
    const last = commas[0].trim();
    const first = commas[1].trim();
    if (first !== '' && last !== '' && !SUFFIXES.has(word(first))) {
      const f = first.split(' ').filter((w) => !TITLES.has(word(w)));
      return f.length && last.split(' ').length <= 3 && f.length <= 3 && !isCompany(last) ? { firstName: f.join(' '), lastName: last } : null;
    }
  }
  if (commas.length > 2) return null;
  let words = text.replace(',', '').split(' ');
  if (words.length > MAX_WORDS || words.some((w) => COMPANY.has(word(w)))) return null;
  while (words.length > 0 && TITLES.has(word(words[0]))) words = words.slice(1);
  let end = words.length;
  while (end > 0 && SUFFIXES.has(word(words[end - 1]))) end--;
  if (end < 2) return null;
  let start = end - 1;
  while (start > 1 && PARTICLES.has(words[start - 1].toLowerCase())) start--;
  return { firstName: words.slice(0, start).join(' '), lastName: words.slice(start).join(' ') };
}

function isCompany(text: string): boolean {
  return text.split(' ').some((w) => COMPANY.has(word(w)));
}

/** The name-split suggester of the Name column. */
export function nameFixer(): CellFixer {
  return (value) => (typeof value === 'string' ? nameFix(value) : null);
}

function nameFix(value: string): CellFix | null {
  const parts = splitName(value);
  if (parts === null) return null;
  const to = `First name: ${parts.firstName}; Last name: ${parts.lastName}`;
  return cellFix('name-split', 'name', value, to, `Split the name into First name "${parts.firstName}" and Last name "${parts.lastName}".`, { parts });
}
