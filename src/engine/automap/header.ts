// Reading one header: which field it names, how sure, and whose column it is (the contact's own, someone else's,
// another record's), and which of several (primary, typed, alternate; which address group).
//
// First match wins:
//  1. Empty header, the add-on's own "Import status" column, a custom field by label or key.
//  2. An exact name of the lexicon (./lexicon.ts), as written or without a parenthesis ("Birthday (MM/DD)").
//  3. Metadata of another column ("E-mail 1 - Type", "Phone 1 - Label", "E-mail Display Name").
//  4. "Object - Field" headers (./segments.ts): "Person - Email - Work" is the contact's, "Deal - Owner" another record's.
//  5. Whose column: another person ("Mother's Email", "Guest 2 Phone", "Emergency contact"), another record ("Deal
//     Name", "IP Address", "Account ID", "Policy Number"), a shipping address, a system date ("Created", "Fecha de
//     alta"); a card or licence number is the External ID ("Library Card Number"), a generic attribute nothing.
//  6. The header without its qualifiers (./qualifiers.ts: "Home Street" -> street, home group; "Billing City" ->
//     city, billing group; "Telefone2" -> phone, alternate), then a question ("What is your phone number?"), then
//     the key word of a longer header ("Customer Email", "Número de celular": ./keyword.ts).
//  7. Typos, against the lexicon (optimal string alignment distance).
import type { CustomField, FieldKey } from '../types';
import {
  AMBIGUOUS_STATE_WORDS,
  ASSIGNED_WORDS,
  BARE_NAME_WORDS,
  BARE_PHONE_TYPES,
  CONTACT_PERSON_PHRASES,
  DISPLAY_WORDS,
  FILE_PERSON_WORDS,
  FILE_WORDS,
  GUEST_WORDS,
  JOINING_WORDS,
  MEDIA_WORDS,
  MESSENGER_WORDS,
  METADATA_LAST,
  METADATA_SUBJECTS,
  NATIONAL_ID_WORDS,
  NEGATIVE_WORDS,
  NOTE_WORDS,
  OTHER_OBJECTS,
  OTHER_PEOPLE,
  OTHER_PEOPLE_PHRASES,
  PERSON_NOUNS,
  POSSESSIVE_ARTICLES,
  POSSESSIVE_WORDS,
  PROFILE_WORDS,
  RE_MOBILE,
  SELF_OBJECTS,
  SIGNUP_WORDS,
  SOURCE_WORDS,
  SYSTEM_DATE_PHRASES,
  SYSTEM_DATE_WORDS,
  TYPE_WORDS,
} from './lexicon';
import { exactEntry, fuzzyTable, headWords, knownWords, type Entry, type Rank } from './tables';
import { compactHeader, fuzzyLookup, headerTokens, readPrefix, withoutAccents, withoutUmlautSpelling } from './normalize';
import { propertyAddressGuess, recordGuess, ticketHolderGuess, toolColumnGuess } from './records';
import { keywordGuess, streetAndNumberGuess } from './keyword';
import { isQuestion, questionGuess } from './questions';
import { segmentGuess } from './segments';
import { idGuess, referenceGuess } from './ids';
import { taggedGuess } from './tagged';
import { compoundSplit, expandAbbreviations, groupIndex, joinSplitWords, PROPERTY_ASIDE, qualifiers, romanNumbered } from './qualifiers';
import { memberKind, numberedOwnerGuess, roleNameGuess } from './people';
import { ADDRESS_FIELDS, ADDRESS_NOUNS, round2 } from './work';

export type { Rank } from './tables';

/** The add-on's own status column. Always unmapped and never read as data. */
export const STATUS_HEADER = 'Import status';
const STATUS_COMPACT = compactHeader(STATUS_HEADER);

export interface HeaderGuess {
  field: FieldKey | null;
  conf: number;
  reason: string;
  /** Decided: not a contact field (a known non-field, someone else's, metadata). Values never change it. */
  final?: boolean;
  /** No header text at all: the values may name the column. */
  empty?: boolean;
  /** Which of several of its kind: the main email and phone go to the primary, then typed, then alternate. */
  rank: Rank;
  /** Address group of an address field: "" (unqualified), "home", "business", "billing", "other", "2"... */
  group?: string;
  /** A billing column other than an address, or a card's number as the id: used only when the file has no own column for the field. */
  fallback?: boolean;
  /** What kind of fallback, for the reason (default: a billing column). */
  fallbackWhy?: string;
  /** A bare "Name" ("Nom", "Nome", "Nombre", "Naam"): may turn into first or last name (./resolve.ts). */
  bareName?: boolean;
  /** A bare phone type ("Home", "Büro", "Privat"): a phone only when the file has other phone columns. */
  barePhoneType?: boolean;
  /** A place word that also means a status ("State", "Estado"): values that are statuses drop it (./resolve.ts). */
  mayBeStatus?: boolean;
  /** A mobile phone ("Mobile", "Handy", "Celular", "WhatsApp"): the main one among typed phones (./resolve.ts). */
  mobile?: boolean;
  /** A list role's field ("Tenant Name": name): the contact's when the file names no one else (./people.ts). */
  role?: { field: FieldKey; who: string };
  /** A street's number ("Straße Nr.", "Address Number"): the street line after all when its values are whole lines (./values.ts). */
  houseNumber?: boolean;
  /** Read as a typo of a known name ("poscode", "Telephon"): values that are not of the field unsay it (./values.ts). */
  typo?: boolean;
}

export interface CustomMatcher {
  key: string;
  label: string;
  names: string[];
}

// ---------------------------------------------------------------------------------------------------- helpers

/** "Value" in Google Contacts' numbered columns, in the seven languages ("Phone 1 - Value", "Teléfono 1 - Valor"). */
const VALUE_WORDS: ReadonlySet<string> = new Set(['value', 'valor', 'valeur', 'wert', 'valore', 'waarde']);
/** A portfolio, without the network it is on. */
const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(['portfolio', 'portafolio', 'portefolio', 'portafoglio']);
/** What a "Reference" is when these follow it: a record's number, not a referee. */
const REFERENCE_NUMBERS: ReadonlySet<string> = new Set(['id', 'number', 'no', 'nr', 'num', 'code']);
/** English head nouns before "of": "Name of Business", "Date of joining", "Place of residence". */
const OF_HEADS: ReadonlySet<string> = new Set(['name', 'fullname', 'date', 'number', 'place', 'city', 'country', 'address', 'title', 'type']);
/** Link words that name no website of the contact's by themselves ("LinkedIn URL", "Profile link"). */
const LINK_ONLY: ReadonlySet<string> = new Set(['url', 'link', 'links', 'enlace', 'lien', 'collegamento']);
const addressPart = (e: Entry | undefined) => (e?.field && ADDRESS_FIELDS.has(e.field) ? e : undefined);
function fromEntry(e: Entry, reason: string, extra: Partial<HeaderGuess> = {}): HeaderGuess {
  if (e.field === null) return { field: null, conf: e.conf, reason: 'Not a contact field', final: true, rank: 'primary' };
  return { field: e.field, conf: e.conf, reason, rank: e.rank ?? 'primary', ...extra };
}

function withBareName(g: HeaderGuess, words: string[]): HeaderGuess {
  if (g.field === 'name' && words.length === 1 && BARE_NAME_WORDS.has(words[0])) g.bareName = true;
  return g;
}

// ------------------------------------------------------------------------------------------------ the reading

export interface GuessContext {
  custom: readonly CustomMatcher[];
}

/** Whether a header is empty or a made-up column name ("Column C"), i.e. says nothing about the values. */
export function isBlankHeader(header: string): boolean {
  const s = String(header ?? '').trim();
  return !s || /^Column [A-Z]{1,3}$/.test(s);
}

/** A date format after a header, in the seven languages' letters for day, month and year (DD, TT, JJ, GG; MM; YYYY,
 *  JJJJ, AAAA), joined by slashes, dots, hyphens, underscores or spaces: "DD/MM/YYYY", "TT.MM.JJJJ", "_dd_mm_aaaa". */
const RE_DATE_FORMAT_SUFFIX = /[\s_(-]+(?:(?:dd|tt|jj|gg|mm|yy|yyyy|jjjj|aaaa|aa)[\s./_-]?){2,3}\)?\s*$/i;

export function guessHeader(cell: string, ctx: GuessContext): HeaderGuess {
  // A header is read by its first MAX_READ characters (./normalize.ts), as a sample value is.
  const header = readPrefix(String(cell ?? ''));
  const g = readHeader(header, ctx);
  if (g.field === 'state' && headerTokens(header).some((w) => AMBIGUOUS_STATE_WORDS.has(w))) g.mayBeStatus = true;
  if (g.field === 'phone' && RE_MOBILE.test(compactHeader(header))) g.mobile = true;
  return g;
}

function readHeader(header: string, ctx: GuessContext): HeaderGuess {
  const raw = String(header ?? '').trim();
  if (isBlankHeader(raw)) return { field: null, conf: 0, reason: 'No header', empty: true, rank: 'primary' };
  const rawTokens = romanNumbered(headerTokens(raw));
  const c = rawTokens.join('');
  if (c === STATUS_COMPACT) return { field: null, conf: 1, reason: "The add-on's own status column", final: true, rank: 'primary' };
  for (const cf of ctx.custom) if (cf.names.includes(c)) return { field: cf.key, conf: 1, reason: `Custom field "${cf.label}"`, rank: 'primary' };
  // A form's or template's note: "First Name [Required]", "Recovery Phone [MUST BE IN THE E.164 FORMAT]", "Email *",
  // "Nom (obligatoire)", "Telefon (Pflichtfeld)": read away when the rest is a known header (Google Workspace's user
  // upload template; form builders mark required fields with "*").
  const isNote = (m: string, inner: string) => (headerTokens(inner).every((w) => NOTE_WORDS.has(w) || /^\d+$/.test(w)) ? ' ' : m);
  const unnoted = raw.replace(/\s*\[([^\]]*)\]\s*/g, isNote).replace(/\s*\(([^)]*)\)\s*/g, isNote).replace(/\s*\*+\s*$/, '').replace(/^\s*\*+\s*/, '').replace(/\s+/g, ' ').trim();
  // (and a note after the header, outside brackets: "Firmenname (company name) optional", "Telefon Pflichtfeld")
  const trailing = /^(.*?\S)[\s,:;–-]+(\p{L}+)\W*$/u.exec(unnoted);
  const read = trailing && NOTE_WORDS.has(withoutAccents(trailing[2].toLowerCase())) ? trailing[1] : unnoted;
  if (read && read !== raw) {
    const g = readHeader(read, ctx);
    if (g.field !== null || g.final) return g;
  }
  // A date's format written after its header: "Date of Birth DD/MM/YYYY", "geburts_datum_TT.MM.JJJJ", "Data di nascita
  // gg/mm/aaaa", "fecha_nacimiento_dd_mm_aaaa": read away when the rest is a known header.
  const dateFormat = RE_DATE_FORMAT_SUFFIX.exec(raw);
  if (dateFormat && dateFormat.index > 0) {
    const g = readHeader(raw.slice(0, dateFormat.index), ctx);
    if (g.field !== null) return g;
  }

  const main = raw.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim() || raw;
  const aside = /\(([^)]*)\)\s*$/.exec(raw)?.[1];
  if (aside && PROPERTY_ASIDE.test(headerTokens(aside).join(' '))) return { field: null, conf: 0.8, reason: `The ${aside.trim().toLowerCase()} of "${main}", not the value`, final: true, rank: 'primary' };
  const tokens = joinSplitWords(main === raw ? rawTokens : romanNumbered(headerTokens(main)));
  const words = tokens.filter((t) => !/^\d+$/.test(t));
  // Words in parentheses still say whose and which: "Phone (Mobile)", "Email (Work)", "Telefon (privat)".
  const allWords = joinSplitWords(rawTokens).filter((t) => !/^\d+$/.test(t));
  const mc = tokens.join('');
  const idx = groupIndex(tokens);
  const q = qualifiers(allWords);
  /** Which of several: the number ("Address 2", "Telefone2"), the qualifiers ("Home", "Other", "Billing"). */
  const indexed = (g: HeaderGuess): HeaderGuess => {
    if (idx >= 2) {
      g.rank = 'alternate';
      g.conf = round2(Math.min(g.conf, 0.9) - 0.02 * Math.min(idx - 2, 5));
      g.reason = `${g.reason} (number ${idx})`;
    }
    // A type word alone ("Residenza", "Domicilio") is the unqualified address, not a group of its own.
    if (g.field && ADDRESS_FIELDS.has(g.field)) g.group = q.billing ? 'billing' : idx >= 2 ? `other ${idx}` : q.rest.length ? q.group : '';
    else if (q.billing && g.field === 'website') return { field: null, conf: 0.85, reason: `A link to an invoice or a bill ("${raw}"), not a website`, final: true, rank: 'primary' };
    else if (q.billing) g.fallback = true;
    if (q.rank === 'alternate') g.rank = 'alternate';
    else if (q.rank === 'typed' && g.rank === 'primary') g.rank = 'typed';
    return g;
  };

  // Metadata of another column: "E-mail 1 - Type", "Phone 1 - Label", "E-mail Display Name".
  const nonValue = words.filter((w) => !VALUE_WORDS.has(w));
  const last = nonValue[nonValue.length - 1];
  if (nonValue.length >= 2 && METADATA_LAST.has(last) && nonValue.slice(0, -1).some((w) => METADATA_SUBJECTS.has(w))) {
    return { field: null, conf: 0.95, reason: 'Describes another column (its label or type)', final: true, rank: 'primary' };
  }
  if (words[0] === 'email' && words.some((w) => DISPLAY_WORDS.has(w))) return { field: null, conf: 0.95, reason: 'Describes another column (its display name)', final: true, rank: 'primary' };

  const early = toolColumnGuess(raw, rawTokens, words);
  if (early) return early;
  // Exact names as written ("Created (UTC)", "Assistant's Phone").
  // Linking words dropped too ("Página da Web", "Dirección del correo electrónico 2", "Código postal del trabajo").
  const unlinked = (ws: string[]) => ws.filter((w) => !JOINING_WORDS.has(w)).join('');
  const streetAndNumber = exactEntry(c)?.field ? null : streetAndNumberGuess(main);
  if (streetAndNumber) return streetAndNumber;
  const exact = exactEntry(c) ?? exactEntry(unlinked(rawTokens));
  if (exact) return exact.field === null ? fromEntry(exact, '') : indexed(withBareName(fromEntry(exact, 'Known column name'), words));
  // A phone or email word in the plural ("Téléphones", "Mobiles", "Teléfonos", "Celulares", Italian "Telefoni",
  // "Cellulari"): the person's phones or emails, read as the singular is.
  const singular = words.length !== 1 ? undefined : c.endsWith('s') ? exactEntry(c.slice(0, -1)) ?? (c.endsWith('es') ? exactEntry(c.slice(0, -2)) : undefined)
    : c.endsWith('i') ? exactEntry(`${c.slice(0, -1)}o`) ?? exactEntry(`${c.slice(0, -1)}e`) : undefined;
  if (singular && (singular.field === 'phone' || singular.field === 'email')) return indexed(fromEntry(singular, 'Known column name, in the plural', { conf: round2(Math.min(singular.conf, 0.9)) }));
  // A kind word glued after a known header ("Straßegeschäftlich", "Ortgeschäftlich", "Telefonprivat" as one word): read apart.
  const glued = rawTokens.length === 1 && !exact ? GLUED_KINDS.find((t) => c.length > t.length + 2 && c.endsWith(t) && exactEntry(c.slice(0, -t.length))?.field) : undefined;
  if (glued) return readHeader(`${c.slice(0, -glued.length)} ${glued}`, ctx);
  // A database's abbreviations written out: "cust_fname" is read as "customer first name", "zip_cd" as "zip code" (after
  // the exact names: a name the lexicon holds as written is read so, QuickBooks' "BillAddr2").
  const expanded = expandAbbreviations(rawTokens);
  if (expanded) {
    const g = readHeader(expanded, ctx);
    if (g.field !== null || g.final) return { ...g, reason: `${g.reason} (read as "${expanded}")` };
  }

  // "Name of your company", "Name of Business", "Place of residence": English puts the head first; read as "Company
  // Name". Only after an English head noun: Dutch "of" is "or" ("Telefoon of e-mail").
  const ofParts = main.split(/\s+of\s+(?:(?:your|the|our)\s+)?/i);
  if (ofParts.length === 2 && OF_HEADS.has(compactHeader(ofParts[0])) && ofParts[1].trim()) {
    const g = readHeader(`${ofParts[1]} ${ofParts[0]}`, ctx);
    return g.field === null ? g : { ...g, conf: round2(Math.min(g.conf, 0.85)), reason: `Read as "${ofParts[1].trim()} ${ofParts[0].trim()}"` };
  }
  // A form's field with its possessive: "Votre nom", "Your Email", "Tu teléfono", "Il tuo nome" read as "nom", "Email"...
  const own = rawTokens.findIndex((t) => !POSSESSIVE_WORDS.has(t) && !POSSESSIVE_ARTICLES.has(t));
  if (own > 0 && rawTokens.slice(0, own).some((t) => POSSESSIVE_WORDS.has(t))) {
    const g = readHeader(rawTokens.slice(own).join(' '), ctx);
    return g.field === null ? g : { ...g, conf: round2(Math.min(g.conf, 0.9)) };
  }
  // "Object - Field" headers: Pipedrive's "Person - Email", Google Contacts' "Dirección 1 - Calle" (./segments.ts).
  const segment = segmentGuess(main, (h) => readHeader(h, ctx), (h) => guessHeader(h, ctx));
  if (segment) return segment;

  // Generic custom attributes, insurance policies, card and licence numbers (./records.ts).
  const record = recordGuess(words, allWords) ?? ticketHolderGuess(words, (h) => readHeader(h, ctx)) ?? roleNameGuess(allWords);
  if (record) return record;
  // Whose column: another person, another record, a shipping address, a system date. Portuguese "pais" (parents) is
  // Spanish and Portuguese "país" (country) too: it is the parents only after a linking word ("Telefone dos pais").
  const spaced = ` ${allWords.join(' ')} `;
  // A reference's number is no referee ("Reference ID", "Reference No": ./ids.ts).
  const reference = referenceGuess(words, c, raw);
  if (reference) return reference;
  // The staff member the contact is assigned to ("Assigned Agent", "Agente asignado") is the owner, not someone else.
  const assigned = allWords.some((w) => ASSIGNED_WORDS.has(w)) ? keywordGuess(words, '') : null;
  if (assigned?.field === 'owner') return assigned;
  const other = allWords.find((w, j) => OTHER_PEOPLE.has(w) && (w !== 'pais' || ['dos', 'de', 'aos', 'os'].includes(allWords[j - 1])) && !(w === 'reference' && REFERENCE_NUMBERS.has(allWords[j + 1] ?? ''))) ?? OTHER_PEOPLE_PHRASES.find((p) => spaced.includes(` ${p} `));
  if (other) return { field: null, conf: 0.9, reason: `About someone else (${other})`, final: true, rank: 'primary' };
  const nationalId = allWords.find((w) => NATIONAL_ID_WORDS.has(w)) ?? (NATIONAL_ID_WORDS.has(c) ? raw : undefined);
  if (nationalId) return { field: null, conf: 0.9, reason: `A national id or tax number (${nationalId}), not a contact field`, final: true, rank: 'primary' };
  const media = allWords.find((w) => MEDIA_WORDS.has(w));
  if (media) return { field: null, conf: 0.9, reason: `A picture or a code (${media}), not contact data`, final: true, rank: 'primary' };
  const guests = /\(s\)/i.test(raw) ? allWords.find((w) => GUEST_WORDS.has(w)) : undefined;
  if (guests) return { field: null, conf: 0.9, reason: `About other people (${guests}, several)`, final: true, rank: 'primary' };
  const messenger = allWords.find((w) => MESSENGER_WORDS.has(w));
  if (messenger) return { field: null, conf: 0.9, reason: `An account on ${messenger}, a handle, not contact data`, final: true, rank: 'primary' };
  // A portfolio alone may be the contact's own site ("Portfolio": https://analee.design): its values say (./values.ts).
  const profiles = allWords.filter((w) => PROFILE_WORDS.has(w));
  if (profiles.length && !allWords.some((w) => headWords().get(w)?.[0] === 'website' && !LINK_ONLY.has(w))) {
    if (profiles.every((w) => PORTFOLIO_WORDS.has(w)) && !c.includes('linkedin')) return { field: null, conf: 0, reason: `A portfolio (${profiles[0]}): the contact's website only if its links are`, rank: 'primary' };
    return { field: null, conf: 0.85, reason: `A social profile or a portfolio (${profiles[0]}), not the contact's website`, final: true, rank: 'primary' };
  }
  const file = allWords.find((w) => FILE_WORDS.has(w));
  if (file) return { field: null, conf: 0.9, reason: `A file or an upload (${file}), not contact data`, final: true, rank: 'primary' };
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (PERSON_NOUNS.has(tokens[i]) && /^\d+$/.test(tokens[i + 1]) && Number(tokens[i + 1]) >= 2) {
      return { field: null, conf: 0.9, reason: `About another person (${tokens[i]} ${tokens[i + 1]})`, final: true, rank: 'primary' };
    }
  }
  const propertyOwner = numberedOwnerGuess(tokens, (h) => readHeader(h, ctx));
  if (propertyOwner) return propertyOwner;
  // An organisation's numbered contact person, number 1 too: "Kontaktperson 1 Nachname", "Contact Person 2 Phone".
  const numberAt = tokens.findIndex((t) => /^\d+$/.test(t));
  const beforeNumber = numberAt > 0 ? tokens.slice(0, numberAt).filter((t) => !JOINING_WORDS.has(t)).join('') : '';
  const contactPerson = beforeNumber ? CONTACT_PERSON_PHRASES.find((p) => beforeNumber.endsWith(p)) : undefined;
  if (contactPerson) return { field: null, conf: 0.9, reason: `About another person (${tokens.slice(0, numberAt + 1).join(' ')})`, final: true, rank: 'primary' };
  // The contact's own object before a known name: "Contact External ID", "Attendee Company", "Customer Email Address";
  // before a longer header, read as that header: "Kunde Rechnungsadresse Ort" is the customer's billing city.
  if (words.length >= 2 && (SELF_OBJECTS.has(words[0]) || FILE_PERSON_WORDS.has(words[0]))) {
    const e = exactEntry(words.slice(1).join('')) ?? exactEntry(unlinked(words.slice(1)));
    // (A pupil's "pincode" is a PIN in Dutch and German, a school canteen's "Student_pincode": no postal code. A user's
    // columns are theirs joined ("user_firstname", a donation export), not spaced: "User Phone", "User Email" may be
    // the host's, Calendly's user beside its invitee.)
    if (e?.field && e.conf >= 0.85 && !(e.field === 'postalCode' && !SELF_OBJECTS.has(words[0])) && !(words[0] === 'user' && (e.field === 'email' || /\s/.test(raw)))) return indexed({ ...fromEntry(e, `The ${words[0]}'s "${words.slice(1).join(' ')}"`), conf: round2(Math.min(e.conf, 0.9)) });
    const g = words.length >= 3 && !e ? readHeader(words.slice(1).join(' '), ctx) : undefined;
    if (g?.field && g.conf >= 0.7) return { ...g, conf: round2(Math.min(g.conf, 0.85)), reason: `The ${words[0]}'s "${words.slice(1).join(' ')}"` };
  }
  const id = idGuess(words, c, raw);
  if (id) return id;
  const object = allWords.find((w) => OTHER_OBJECTS.has(w));
  if (object) return propertyAddressGuess(object, allWords) ?? { field: null, conf: 0.9, reason: `About another record (${object})`, final: true, rank: 'primary' };
  // A shipping word in parentheses still says whose ("Adresse 1 (livraison)", "Nombre (envío)", "Phone (Shipping)"): the
  // recipient's, not the contact's.
  if (q.shipping && mc !== c) return { field: null, conf: 0.9, reason: "A shipping address, not the contact's own", final: true, rank: 'primary' };
  // Exact names without parentheses ("Birthday (MM/DD)", "tag (metadata)", "Phone (Mobile)").
  const exactMain = mc !== c ? exactEntry(mc) : undefined;
  if (exactMain) return exactMain.field === null ? fromEntry(exactMain, '') : indexed(withBareName(fromEntry(exactMain, 'Known column name'), words));
  const phrase = ' ' + words.join(' ') + ' ';
  // The source of a sign-up is the source: "Creation Source", "Source d'inscription", "Fuente de registro".
  const dated = words.some((w) => SYSTEM_DATE_WORDS.has(w));
  const sourceHead = SOURCE_WORDS.has(words[words.length - 1]) || (SOURCE_WORDS.has(words[0]) && JOINING_WORDS.has(words[1]) && words.slice(2).every((w) => SYSTEM_DATE_WORDS.has(w) || JOINING_WORDS.has(w)));
  if (dated && sourceHead && !words.some((w) => NEGATIVE_WORDS.has(w))) return { field: 'source', conf: 0.8, reason: `The source of a sign-up ("${raw}")`, rank: 'primary' };
  // The source first, then what the contact signed up through: "Source du formulaire", "Origen del lead", "Quelle der Anfrage".
  if (SOURCE_WORDS.has(words[0]) && words.length >= 3 && JOINING_WORDS.has(words[1]) && words.slice(2).every((w) => JOINING_WORDS.has(w) || SIGNUP_WORDS.has(w))) {
    return { field: 'source', conf: 0.75, reason: `The source of a sign-up ("${raw}")`, rank: 'primary' };
  }
  if (words.some((w) => SYSTEM_DATE_WORDS.has(w)) || SYSTEM_DATE_PHRASES.some((p) => phrase.includes(' ' + p + ' '))) {
    return { field: null, conf: 0.9, reason: 'A system date, not contact data', final: true, rank: 'primary' };
  }

  if (q.shipping) return { field: null, conf: 0.9, reason: "A shipping address, not the contact's own", final: true, rank: 'primary' };

  // Without numbers and "value": "Phone 2 - Value", "E-mail 3 Address", "Telefone2".
  const base = words.filter((w) => !VALUE_WORDS.has(w)).join('');
  if (base && base !== c && base !== mc) {
    const e = exactEntry(base) ?? exactEntry(unlinked(words.filter((w) => !VALUE_WORDS.has(w))));
    if (e) return e.field === null ? fromEntry(e, '') : indexed(withBareName(fromEntry(e, 'Known column name'), words));
  }
  // Without its qualifiers: "Home Street", "Business City", "Billing Zip", "Email_alt", "indirizzo_ufficio".
  const rest = words.filter((w) => q.rest.includes(w));
  if (rest.length && rest.length < words.length) {
    const restWithNumbers = tokens.filter((t) => /^\d+$/.test(t) || rest.includes(t)).join('');
    // "Rua do endereço comercial", "Cidade do endereço residencial" (Outlook in Portuguese): the street, the town of the address.
    const inAddress = rest.filter((w) => !ADDRESS_NOUNS.has(w));
    const e = exactEntry(rest.join('')) ?? exactEntry(restWithNumbers) ?? exactEntry(unlinked(rest)) ?? addressPart(exactEntry(unlinked(inAddress)));
    // (An invoice's or a shipment's id, "id facture", "Rechnungsnummer ID": the record's, not a billing id of the person.)
    if (e?.field === 'externalId' && (q.billing || q.shipping)) return { field: null, conf: 0.8, reason: `The id of an invoice or a shipment ("${raw}"), another record`, final: true, rank: 'primary' };
    if (e && e.field !== null) {
      const g = fromEntry(e, `Known column name, ${q.billing ? 'billing' : q.typeWord ?? (q.group || 'main')} kind`);
      if (e.rank === undefined || e.rank === 'primary') g.rank = q.rank;
      if (g.field === 'name' || g.field === 'firstName' || g.field === 'lastName' || g.field === 'companyName') {
        if (q.rank === 'alternate') return { field: null, conf: 0.8, reason: 'An alternate one, not the main value', final: true, rank: 'alternate' };
      }
      g.conf = round2(Math.min(g.conf, 0.9));
      return indexed(g);
    }
  }
  // Type words only, one of them a phone, an email or an address of its own: "Mobile Work", "Mobil privat", "Handy
  // dienstlich", "Domicilio fiscal".
  const typed = !rest.length && words.length >= 2 ? words.map((w) => exactEntry(w)).filter((e) => e?.field === 'phone' || e?.field === 'email' || e?.field === 'address1') : [];
  if (typed.length && typed.every((e) => e?.field === typed[0]?.field)) {
    const e = typed[0] as Entry;
    return indexed({ ...fromEntry(e, `Known column name, ${words.find((w) => exactEntry(w) !== e) ?? 'typed'} kind`), conf: round2(Math.min(e.conf, 0.9)), rank: q.rank === 'alternate' ? 'alternate' : 'typed' });
  }
  // A one-word compound: "Clublidnummer", "Firmenadresse"; with a qualifier ("Rechnungsadresse", "Notfalltelefon") it
  // is read as two words.
  const compound = words.length === 1 && c.length >= 10 ? compoundSplit(c) : null;
  // "Artikelname", "Produktname", "Ordernummer": another record's word before a known name, whatever the end reads as ("...lname").
  const objectStem = words.length === 1 ? [...OTHER_OBJECTS].find((o) => o.length >= 5 && c.startsWith(o) && (compound || exactEntry(c.slice(o.length)))) : undefined;
  if (objectStem) return { field: null, conf: 0.8, reason: `About another record (${objectStem})`, final: true, rank: 'primary' };
  if (compound) {
    const { prefix, key, entry } = compound;
    const known = [prefix, prefix.replace(/s$/, '')].map(withoutUmlautSpelling).find((w) => knownWords().has(w));
    if (known) return readHeader(`${known} ${key}`, ctx);
    if (memberKind(key, entry)) return { field: null, conf: 0.8, reason: `A kind of ${key} ("${raw}"), not a name`, final: true, rank: 'primary' };
    return indexed({ ...fromEntry(entry, `Ends with "${key}"`), conf: round2(entry.conf * 0.9) });
  }
  // A bare phone type: "Home", "Büro", "Privat" (a phone when the file has other phone columns).
  if (words.length === 1 && BARE_PHONE_TYPES.has(words[0])) {
    return { field: 'phone', conf: 0.55, reason: `A phone type ("${raw}") among phone columns`, rank: 'typed', barePhoneType: true };
  }

  // A question (Google Forms): "What is your phone number?", "How did you hear about us?" (./questions.ts).
  if (isQuestion(raw, words) || isQuestion(main, words)) return questionGuess(raw, words);

  // "Company Name for Emails", "Phone for SMS": what follows "for" is a purpose, the head comes first (when the purpose
  // is in known words: "Telefon für Hörbehinderte" is a phone for someone else).
  const purpose = main.split(/\s+(?:for|para|pour|für|per|voor)\s+/i);
  if (purpose.length === 2 && purpose[0].trim() && headerTokens(purpose[1]).every((w) => knownWords().has(w))) {
    const g = readHeader(purpose[0], ctx);
    return g.field === null ? g : { ...g, conf: round2(Math.min(g.conf, 0.8)), reason: `Its head "${purpose[0].trim()}"` };
  }
  // A whole address's parts listed ("Street Address, City, State, ZIP", "Straße, PLZ, Ort"): the street line holds them all.
  const listed = main.split(/\s*[,/]\s*/).filter(Boolean).map((p) => exactEntry(compactHeader(p))?.field);
  if (listed.length >= 3 && listed[0] === 'address1' && listed.every((f) => f && ADDRESS_FIELDS.has(f))) {
    return { field: 'address1', conf: 0.8, reason: `A whole address's parts ("${raw}"): the street line`, rank: 'primary' };
  }
  // "Company o Grupo de medios", "Email or phone": the first alternative.
  // A bilingual header ("Name / Nom / Cognome", "Gebuertsland / Pays de naissance / Country of birth") is read the same way:
  // its first part that the lexicon reads; none when a part names what is no contact field.
  const alt = main.split(/\s+(?:or|o|ou|oder|of|od)\s+|\s*\/\s*/i);
  if (alt.length >= 2) {
    const e = exactEntry(compactHeader(alt[0]));
    if (e && e.field !== null) return indexed(withBareName({ field: e.field, conf: round2(Math.min(e.conf, 0.8)), reason: `Its first part "${alt[0].trim()}"`, rank: e.rank ?? 'primary' }, headerTokens(alt[0])));
    // Parts that name no field, one of them what is no contact field ("P.IVA / CF"): none. (Read part by part only when
    // each starts with a word: "Name des/r Vorgesetzten", "Mitarbeiter/in" are one header.)
    const slashed = main.split(/\s*\/\s*/);
    const bilingual = slashed.length >= 2 && slashed.every((p) => /^\p{L}{3}/u.test(p.trim()));
    const entries = slashed.length >= 2 ? slashed.map((p) => exactEntry(compactHeader(p))) : [];
    if (entries.some((x) => x && x.field === null) && !entries.some((x) => x?.field)) return { field: null, conf: 0.8, reason: `Names what is no contact field ("${raw}")`, final: true, rank: 'primary' };
    const first = !e && bilingual ? readHeader(slashed[0], ctx) : undefined;
    if (first?.field) return { ...first, conf: round2(Math.min(first.conf, 0.8)), reason: `Its first part "${slashed[0].trim()}": ${first.reason}` };
  }

  // Key words of a longer header, and typos. When every word is a known one ("Owner Email", "email_valid"), there
  // is no typo to forgive: the key word alone decides; when one is not ("Frist Name", "Emial Address"), fuzzy first.
  const keyword = (): HeaderGuess | null => {
    const kw = (rest.length ? keywordGuess(rest, "Header's key word ") : null) ?? keywordGuess(words, "Header's key word ");
    if (!kw) return null;
    if (q.rank === 'alternate' && (kw.field === 'name' || kw.field === 'companyName' || kw.field === 'firstName' || kw.field === 'lastName')) return { field: null, conf: 0.8, reason: 'An alternate one, not the main value', final: true, rank: 'alternate' };
    return kw.final ? kw : indexed(kw);
  };
  const typo = (): HeaderGuess | null => {
    const target = base || mc;
    const customTable = ctx.custom.flatMap((cf) => cf.names.map((n) => [n, cf.key, 1] as [string, FieldKey, number]));
    const fc = fuzzyLookup(target, customTable);
    if (fc) return { field: fc.field, conf: fc.conf, reason: `Close to the custom field "${ctx.custom.find((x) => x.key === fc.field)?.label ?? fc.field}" (typo?)`, rank: 'primary' };
    const fs = fuzzyLookup(target, fuzzyTable());
    // A person's or a source's name in the plural is no typo of it: "Deelnemers" lists people, "Sources" data sources.
    if (fs && PLURAL_ONE_VALUE_FIELDS.has(fs.field) && (target === `${fs.match}s` || target === `${fs.match}es`)) return null;
    return fs ? indexed({ field: fs.field, conf: fs.conf, reason: 'Close to a known column name (typo?)', rank: 'primary', typo: true }) : null;
  };
  const found = taggedGuess(raw, rawTokens) ?? (words.every((w) => knownWords().has(w)) ? keyword() : typo() ?? keyword());
  if (found) return found;

  return { field: null, conf: 0, reason: 'No matching field', rank: 'primary' };
}

/** Kind words long enough to be read glued after a header ("geschaftlich", "privat", "home"). */
const GLUED_KINDS: readonly string[] = [...TYPE_WORDS].filter((t) => t.length >= 4);

/** Fields of one name or word, whose plural is no typo: several people, several sources. */
const PLURAL_ONE_VALUE_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>(['name', 'firstName', 'lastName', 'companyName', 'source']);

/** Custom fields as the header reader matches them: by label and by key. */
export function customMatchers(customFields: readonly CustomField[]): CustomMatcher[] {
  return customFields.map((cf) => ({ key: cf.key, label: cf.label, names: [compactHeader(cf.label), compactHeader(cf.key)] }));
}
