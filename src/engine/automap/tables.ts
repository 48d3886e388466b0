// The lexicon's lookup tables (./lexicon.ts), built once on first use: exact names, the typo table, every known word,
// the key words of longer headers. A cold Apps Script execution pays for them once.
import type { FieldKey } from '../types';
import {
  ALTERNATE_WORDS,
  BILLING_WORDS,
  EXTRA_ADDRESS_LINES,
  FIELD_NAMES,
  FILLER_WORDS,
  HEAD_WORDS,
  JOINING_WORDS,
  NEGATIVE_WORDS,
  NOT_FIELDS,
  NOT_PERSON_NAME_WORDS,
  OTHER_OBJECTS,
  OTHER_PEOPLE,
  OWNER_WORDS,
  PERSON_NOUNS,
  PRIMARY_WORDS,
  QUESTION_WORDS,
  SHIPPING_WORDS,
  SYSTEM_DATE_WORDS,
  TYPE_WORDS,
  VENDOR_HEADERS,
  type LexField,
} from './lexicon';
import { compactHeader, headerTokens, readUmlautSpellingAgainst } from './normalize';

/** Which of several of its kind a header is: the main email and phone go to the primary, then typed, then alternate. */
export type Rank = 'primary' | 'typed' | 'alternate';

export type Entry = { field: LexField; conf: number; rank?: Rank };

let EXACT: Map<string, Entry> | null = null;
let FUZZY: Array<[string, FieldKey | null, number]> | null = null;
let HEADS: Map<string, [FieldKey, number]> | null = null;

/** The exact-name table, built once: generic synonyms, known non-fields, extra address lines, then vendor headers. */
export function exactTable(): Map<string, Entry> {
  if (EXACT) return EXACT;
  const m = new Map<string, Entry>();
  const put = (name: string, e: Entry) => {
    const c = compactHeader(name);
    if (c) m.set(c, e);
  };
  for (const tier of FIELD_NAMES) for (const list of Object.values(tier.names)) for (const n of list ?? []) put(n, { field: tier.field, conf: tier.conf, rank: tier.rank });
  for (const list of Object.values(NOT_FIELDS)) for (const n of list ?? []) put(n, { field: null, conf: 0.8 });
  for (const n of EXTRA_ADDRESS_LINES) put(n, { field: null, conf: 0.9 });
  for (const v of VENDOR_HEADERS) {
    for (const [name, spec] of Object.entries(v.headers)) {
      if (Array.isArray(spec)) put(name, { field: spec[0], conf: spec[1], rank: spec[2] });
      else put(name, { field: spec, conf: spec === null ? 0.9 : 1 });
    }
  }
  // The generic names without their linking words, as headers write them in one word: "DateNaissance" (Date de
  // naissance), "NumeroTelefono", "fecha_nacimiento", "NomFamille", "CiudadResidencia". A name of its own wins.
  const joined = (name: string) => headerTokens(name).filter((t) => !JOINING_WORDS.has(t)).join('');
  const loose = (name: string, e: Entry) => {
    const c = joined(name);
    if (c && !m.has(c)) {
      m.set(c, e);
      JOINED.add(c);
    }
  };
  for (const tier of FIELD_NAMES) for (const list of Object.values(tier.names)) for (const n of list ?? []) loose(n, { field: tier.field, conf: tier.conf, rank: tier.rank });
  for (const list of Object.values(NOT_FIELDS)) for (const n of list ?? []) loose(n, { field: null, conf: 0.8 });
  for (const n of EXTRA_ADDRESS_LINES) loose(n, { field: null, conf: 0.9 });
  EXACT = m;
  return m;
}
/** The names without their linking words: exact names only, not typo targets (their full forms are). */
const JOINED = new Set<string>();
export function fuzzyTable(): Array<[string, FieldKey | null, number]> {
  if (!FUZZY) FUZZY = [...exactTable()].filter(([k]) => k.length >= 4 && !JOINED.has(k)).map(([k, e]) => [k, e.field, e.conf]);
  return FUZZY;
}
let KNOWN: Set<string> | null = null;
/** Every word the lexicon uses: a header made only of these has no typo in it. */
export function knownWords(): Set<string> {
  if (KNOWN) return KNOWN;
  building = true;
  const k = new Set<string>();
  const names: string[] = [...EXTRA_ADDRESS_LINES];
  for (const tier of FIELD_NAMES) for (const list of Object.values(tier.names)) names.push(...(list ?? []));
  for (const list of Object.values(NOT_FIELDS)) names.push(...(list ?? []));
  for (const v of VENDOR_HEADERS) names.push(...Object.keys(v.headers));
  for (const n of names) for (const t of headerTokens(n)) k.add(t);
  for (const set of [OTHER_PEOPLE, OTHER_OBJECTS, BILLING_WORDS, SHIPPING_WORDS, ALTERNATE_WORDS, PRIMARY_WORDS, TYPE_WORDS, NEGATIVE_WORDS, SYSTEM_DATE_WORDS, QUESTION_WORDS, PERSON_NOUNS, FILLER_WORDS, NOT_PERSON_NAME_WORDS, OWNER_WORDS]) for (const w of set) k.add(w);
  for (const [w] of HEAD_WORDS) k.add(w);
  KNOWN = k;
  building = false;
  return k;
}
// The lexicon's own names are read as written (every word of theirs is known: none is read again while they are read).
let building = false;
readUmlautSpellingAgainst((w) => building || knownWords().has(w));
export function headWords(): Map<string, [FieldKey, number]> {
  if (!HEADS) HEADS = new Map(HEAD_WORDS.map(([w, f, c]) => [w, [f, c]]));
  return HEADS;
}

/** The exact lexicon entry of a compact header ("emailaddress"), if any. */
export function exactEntry(c: string): Entry | undefined {
  return c ? exactTable().get(c) : undefined;
}
