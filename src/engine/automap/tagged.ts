// A known header with a short tag glued after it ("PLZParl", "OrtWK", "TelefonnummerReg": a parliament directory's
// postal code, town and phone of the parliament office, the constituency office, the government office): the tag names
// which address or phone it is, as "Home" or "Business" would. Read by ./header.ts before typos and key words.
import type { HeaderGuess } from './header';
import { ALTERNATE_WORDS, BILLING_WORDS, NEGATIVE_WORDS, PRIMARY_WORDS, SHIPPING_WORDS, SYSTEM_DATE_WORDS, TYPE_WORDS } from './lexicon';
import { headerTokens } from './normalize';
import type { Work } from './resolve';
import { exactEntry, headWords } from './tables';
import { ADDRESS_FIELDS, round2, unmap } from './work';

/** A number's abbreviation glued after a header ("TelefoonNr", "TelefonNr", "PhoneNo"): the number itself, no tag. */
const NUMBER_WORDS: ReadonlySet<string> = new Set(['nr', 'no', 'num', 'nro', 'nbr']);
/** Words that qualify a header already: no tag. */
const QUALIFYING = [ALTERNATE_WORDS, BILLING_WORDS, NEGATIVE_WORDS, PRIMARY_WORDS, SHIPPING_WORDS, SYSTEM_DATE_WORDS, TYPE_WORDS, NUMBER_WORDS];

/** The fields a tag may qualify: an address's parts and a phone. */
const TAGGED_FIELDS: ReadonlySet<string> = new Set([...ADDRESS_FIELDS, 'phone']);

/** `raw`: the header as written; `tokens`: its words. Null unless it is a known address or phone header with a tag. */
export function taggedGuess(raw: string, tokens: readonly string[]): HeaderGuess | null {
  // Glued in camel case, letters only: the tag starts with a capital ("OrtParl", "PLZWK").
  if (tokens.length < 2 || !/^\p{L}+$/u.test(raw)) return null;
  const tag = tokens[tokens.length - 1];
  if (tag.length < 2 || tag.length > 4 || headWords().has(tag) || QUALIFYING.some((set) => set.has(tag)) || !/^\p{Lu}/u.test(raw.slice(raw.length - tag.length))) return null;
  const head = tokens.slice(0, -1).join('');
  const e = exactEntry(head);
  if (!e?.field || !TAGGED_FIELDS.has(e.field)) return null;
  const g: HeaderGuess = { field: e.field, conf: round2(Math.min(e.conf, 0.7)), reason: `Known column name "${raw.slice(0, raw.length - tag.length)}", tagged "${raw.slice(raw.length - tag.length)}"`, rank: e.rank === 'alternate' ? 'alternate' : 'typed' };
  if (ADDRESS_FIELDS.has(e.field)) g.group = tag;
  return g;
}

/** A tag says which one only where it tags several columns ("PLZParl", "OrtParl"): a column alone with one ("MobilePay",
 *  a payment service) is left unmapped. */
export function taggedColumns(ws: Work[]): void {
  const tokens = ws.map((w) => headerTokens(w.header));
  const tags = ws.map((w, i) => taggedGuess(w.header, tokens[i]));
  const tagOf = (i: number) => tokens[i][tokens[i].length - 1] ?? '';
  // How many tagged columns carry each tag, counted once.
  const count = new Map<string, number>();
  tags.forEach((t, i) => t && count.set(tagOf(i), (count.get(tagOf(i)) ?? 0) + 1));
  ws.forEach((w, i) => {
    const g = tags[i];
    if (!g || w.field === null || g.reason !== w.reason) return;
    if ((count.get(tagOf(i)) ?? 0) < 2) unmap(w, `"${w.header}": a known name with a tag no other column has`);
  });
}
