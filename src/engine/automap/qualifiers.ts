// The words of one header read apart, before ./header.ts looks them up: its qualifiers (which kind, which address
// group, billing, shipping), the number that says which of several, a one-word compound's parts, Roman numerals,
// words camelCase split apart that are one, and a property of the value in parentheses.
import {
  ALTERNATE_WORDS,
  BILLING_WORDS,
  INDEXED_WORDS,
  PRIMARY_WORDS,
  SHIPPING_WORDS,
  TYPE_GROUPS,
  TYPE_WORDS,
} from './lexicon';
import { exactEntry, headWords, knownWords, type Entry, type Rank } from './tables';

const LATIN_NATION: ReadonlySet<string> = new Set(['nation', 'nacion', 'nazione', 'nacao']);
/** The number that says which of several: right after an indexable word ("Address 2", "Email_3", "Telefone1"). */
export function groupIndex(tokens: string[]): number {
  for (let i = 1; i < tokens.length; i++) {
    if (/^\d{1,2}$/.test(tokens[i]) && INDEXED_WORDS.has(tokens[i - 1])) return Number(tokens[i]);
  }
  return 0;
}

/** Qualifiers of a header's words: what kind (typed/primary/alternate), which address group, billing, shipping. */
export function qualifiers(words: string[]): { rest: string[]; rank: Rank; group: string; billing: boolean; shipping: boolean; typeWord?: string } {
  const rest: string[] = [];
  let rank: Rank = 'primary';
  let group = '';
  let billing = false;
  let shipping = false;
  let typeWord: string | undefined;
  for (const w of words) {
    if (SHIPPING_WORDS.has(w)) {
      shipping = true;
      continue;
    }
    if (BILLING_WORDS.has(w)) {
      billing = true;
      group = 'billing';
      continue;
    }
    if (ALTERNATE_WORDS.has(w)) {
      rank = 'alternate';
      if (!billing) group = 'other';
      continue;
    }
    if (PRIMARY_WORDS.has(w)) continue;
    if (w === 'mailing' || w === 'physical' || w === 'residential') {
      typeWord ??= w;
      continue;
    }
    if (TYPE_WORDS.has(w)) {
      if (rank === 'primary') rank = 'typed';
      typeWord ??= w;
      if (!group) group = TYPE_GROUPS[w] ?? w;
      continue;
    }
    rest.push(w);
  }
  return { rest, rank, group, billing, shipping, typeWord };
}

/** A one-word compound (Dutch, German): "clublidnummer" is club + lidnummer, "Rechnungsadresse" billing + address. */
export function compoundSplit(c: string): { prefix: string; key: string; entry: Entry } | null {
  for (let i = 4; i <= c.length - 4; i++) {
    // "Designation", "Destinazione", "Donación": a Latin noun in -nation, no compound of "nation".
    if (LATIN_NATION.has(c.slice(i))) continue;
    // A four-letter key only after a whole known word: Salesforce's "BILLINGCITY", a company record's "companycity".
    // (Not "name": a "Zusatzname" is an addition to the name.)
    if (i === c.length - 4 && (c.endsWith('name') || !knownWords().has(c.slice(0, i)))) continue;
    const entry = exactEntry(c.slice(i));
    if (entry && entry.field !== null) return { prefix: c.slice(0, i), key: c.slice(i), entry };
  }
  return null;
}

/** Roman numerals that number a header's last word ("Kat II", "Kategorie I", "Adresse II"), as digits. A lone "v" or
 *  "x" is more often a letter than five or ten, and is left. */
const ROMAN: ReadonlyMap<string, string> = new Map([['i', '1'], ['ii', '2'], ['iii', '3'], ['iv', '4'], ['vi', '6'], ['vii', '7'], ['viii', '8'], ['ix', '9']]);
export function romanNumbered(tokens: string[]): string[] {
  const n = tokens.length;
  const number = n >= 2 ? ROMAN.get(tokens[n - 1]) : undefined;
  if (!number || !/^[a-z]{2,}$/.test(tokens[n - 2])) return tokens;
  return [...tokens.slice(0, -1), number];
}

/** A German or Dutch mobile's word before its number word: "mobil_nummer", "Handy Nr" are one word, "Mobilnummer". */
const MOBILE_NUMBER = /^(?:mobil|mobiel|handy)(?:nummer|nr)$/;

/** Words camelCase split apart that are one key word: "WhatsApp" is whatsapp, not "whats" + "app"; "mobil_nummer" is
 *  mobilnummer, so that a kind word after it still reads it ("mobil_nummer_zu_hause"). */
export function joinSplitWords(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const joined = tokens[i] + (tokens[i + 1] ?? '');
    if (i + 1 < tokens.length && ((headWords().has(joined) && !headWords().has(tokens[i])) || (MOBILE_NUMBER.test(joined) && exactEntry(joined)?.field === 'phone'))) out.push(tokens[i] + tokens[i++ + 1]);
    else out.push(tokens[i]);
  }
  return out;
}

/**
 * A database's abbreviated column names ("cust_fname", "zip_cd", "birth_dt", "cntry_cd", "mbr_no", "ph_no", "lead_src"),
 * each abbreviation the one word it stands for in contact tables; one that may stand for several ("st": street, state,
 * saint; "ln": line, last name) only beside the word that says which. "co" is left: a company, a county, or care of
 * ("co_name": the name an address is in care of).
 */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['nm', 'name'], ['fname', 'first name'], ['lname', 'last name'], ['mname', 'middle name'], ['cust', 'customer'], ['custno', 'customer number'],
  ['addr', 'address'], ['cd', 'code'], ['dt', 'date'], ['brth', 'birth'], ['bdate', 'birth date'], ['cntry', 'country'], ['ctry', 'country'],
  ['cty', 'city'], ['comp', 'company'], ['org', 'organization'], ['mbr', 'member'], ['fst', 'first'], ['frst', 'first'], ['lst', 'last'],
  ['src', 'source'], ['eml', 'email'], ['ph', 'phone'], ['zipcd', 'zip code'], ['postcd', 'post code'], ['emailaddr', 'email address'],
  ['nbr', 'number'], ['telno', 'tel no'], ['hnr', 'hausnummer'], ['vorn', 'vorname'], ['nachn', 'nachname'], ['gebdat', 'geburtsdatum'],
  ['cli', 'client'], ['cel', 'celular'], ['nac', 'nacimiento'], ['nasc', 'nascimento'], ['codcli', 'codigo cliente'], ['idcli', 'id cliente'],
]);
const ABBREVIATED_PAIRS: ReadonlyMap<string, string> = new Map([
  ['st cd', 'state code'], ['st code', 'state code'], ['addr ln', 'address line'],
  ['address ln', 'address line'], ['tel port', 'telephone portable'], ['tel cel', 'telefono celular'],
  // Portuguese "end": endereço, endereçamento ("codigo_end_postal", the CEP), never an end date beside them
  ['end postal', 'enderecamento postal'], ['end cobranca', 'endereco cobranca'], ['end entrega', 'endereco entrega'],
]);
/** The header with its abbreviations written out, or null when it has none. */
export function expandAbbreviations(tokens: readonly string[]): string | null {
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    const pair = i + 1 < tokens.length ? ABBREVIATED_PAIRS.get(`${tokens[i]} ${tokens[i + 1]}`) : undefined;
    const word = pair ?? ABBREVIATIONS.get(tokens[i]);
    if (pair) i++;
    if (word) changed = true;
    out.push(word ?? tokens[i]);
  }
  return changed ? out.join(' ') : null;
}

/** Words in parentheses that name a property of the value, not the value: its type, its label, its country code, its
 *  extension ("Phone 1 (Type)", "Phone 1 (Country Code)", "Email (Label)"). */
export const PROPERTY_ASIDE = /^(?:type|label|country code|code|ext|extension|tipo|typ|art|etiqueta|libelle|etichetta|soort)$/;
