// Headers about a record the contact holds or belongs to, read before whose column it is (./header.ts): a generic
// custom attribute (nothing), an insurance policy (another record), a card or licence number (the External ID when the
// file has no better id), a ticket's holder (the contact of a ticket export); and, before the lexicon, a tool's own
// column and an address's company line. Over the whole file (./resolve.ts): the ids and categories of a file of events,
// a record id beside the contact's own, a company's copies of a person's columns, the first of two ids of the person,
// a register's number under a registration's header.
import type { CellValue } from '../types';
import type { HeaderGuess } from './header';
import { compactHeader, headerTokens } from './normalize';
import type { Work } from './resolve';
import { filledTexts, oneForEachRow, sniffValue } from './sniff';
import { exactEntry } from './tables';
import { ADDRESS_FIELDS, family } from './work';
import {
  ACCOUNT_WORDS,
  CARD_HOLDER_WORDS,
  FILLER_WORDS,
  GENERIC_ATTRIBUTE_WORDS,
  ID_CARD_WORDS,
  INSURANCE_STEMS,
  INSURANCE_WORDS,
  LIBRARY_WORDS,
  LICENCE_OTHER_WORDS,
  LICENCE_WORDS,
  USER_ID_WORDS,
} from './lexicon';

/** One-word account and card numbers: "Kontonummer", "Kartennummer", "Rekeningnummer", "Kaartnummer", "Pasnummer". */
const ACCOUNT_NUMBER = /^(konto|karten|rekening|kaart|pas)(?:nummer|nr)$/;
/** Words of a bank account: "Numéro de compte bancaire", "Número de cuenta corriente", "Conto corrente". */
const BANK_WORDS: ReadonlySet<string> = new Set(['bank', 'bancaire', 'bancaria', 'bancario', 'corriente', 'corrente', 'courant', 'payment', 'credit', 'debit', 'bankrekening']);

const PROPERTY_WORDS: ReadonlySet<string> = new Set(['property', 'inmueble', 'imovel', 'immobilie', 'immobile', 'immeuble']);
/**
 * A property's address in a list of properties and their owners ("Property Address": 418 Walnut St, a tax sale's or a
 * wholesaler's seller leads): where the owner is reached when the file has no other address; beside an owner's mailing
 * address it is not imported (a group below the contact's own, as billing columns are: ./addresses.ts, ./people.ts).
 */
export function propertyAddressGuess(object: string, words: readonly string[]): HeaderGuess | null {
  const rest = words.filter((w) => w !== object);
  const field = PROPERTY_WORDS.has(object) ? exactEntry(rest.join(''))?.field : undefined;
  if (!field || !ADDRESS_FIELDS.has(field)) return null;
  return { field, conf: 0.7, reason: `The property's "${rest.join(' ')}"`, rank: 'primary', group: 'property' };
}

/** `words`: the header's words without numbers; `all`: with the words in parentheses too. Null when none applies. */
export function recordGuess(words: readonly string[], all: readonly string[]): HeaderGuess | null {
  // Generic custom attributes: "Attribut 2", "Custom 1", "Campo 3" (no typo of "Attribué à", the owner).
  if (words.length && words.every((w) => GENERIC_ATTRIBUTE_WORDS.has(w))) return { field: null, conf: 0.8, reason: 'A generic custom attribute: what it holds is not known', final: true, rank: 'primary' };
  // Another record: an insurance policy ("Policy Number", "Número de póliza", "Versicherungsnummer").
  const policy = all.find((w) => INSURANCE_WORDS.has(w) || INSURANCE_STEMS.some((p) => w.includes(p)));
  if (policy) return { field: null, conf: 0.9, reason: `About an insurance policy (${policy}), another record`, final: true, rank: 'primary' };
  // A card or licence the contact holds: its number is an id from another system, used when the file has no better one.
  const licence = all.find((w) => LICENCE_WORDS.has(w));
  // A card with its holder word ("Library Card", "Carte de membre"); a library's own number too ("Library Number").
  const card = all.some((w) => ID_CARD_WORDS.has(w) || (LIBRARY_WORDS.has(w) && all.some((x) => FILLER_WORDS.has(x)))) ? all.find((w) => CARD_HOLDER_WORDS.has(w)) : undefined;
  if ((licence || card) && all.every((w) => LICENCE_WORDS.has(w) || ID_CARD_WORDS.has(w) || CARD_HOLDER_WORDS.has(w) || LICENCE_OTHER_WORDS.has(w))) {
    return { field: 'externalId', conf: 0.8, reason: `The number of a card or licence the contact holds (${licence ?? card}), an id from another system`, rank: 'primary', fallback: true, fallbackWhy: 'an id from a card or licence' };
  }
  // An account's or a card's number without whose ("Card Number", "Número de tarjeta", "Numéro de compte bancaire",
  // "Kartennummer", "Kontonummer"): a bank or payment number, never a phone whatever its digits.
  const what = all.find((w) => ACCOUNT_WORDS.has(w) || ID_CARD_WORDS.has(w)) ?? (all.length === 1 ? ACCOUNT_NUMBER.exec(all[0])?.[1] : undefined);
  if (what && (ACCOUNT_NUMBER.test(all.join('')) || all.every((w) => ACCOUNT_WORDS.has(w) || ID_CARD_WORDS.has(w) || LICENCE_OTHER_WORDS.has(w) || BANK_WORDS.has(w)))) {
    return { field: null, conf: 0.85, reason: `The number of an account or a card (${what}), not a phone`, final: true, rank: 'primary' };
  }
  return null;
}

/**
 * Read before the lexicon. `raw`: the header as written; `rawTokens`: its tokens; `words`: its words without numbers.
 * A leading underscore on a one-word header marks the tool's own column: Magento's "_website" and "_store" (the scope
 * a customer is imported into), "_type", a document store's "_rev"; not an id ("_id"). English "Address Company"
 * (Magento's "_address_company", an address book's company line) is the address's company, no company address
 * ("Company Address" and the Romance "Adresse entreprise" put the company word the other way).
 */
export function toolColumnGuess(raw: string, rawTokens: readonly string[], words: readonly string[]): HeaderGuess | null {
  if (/^_[A-Za-z]/.test(raw) && rawTokens.length === 1 && rawTokens[0] !== 'id') return { field: null, conf: 0.8, reason: "The tool's own column (a leading underscore)", final: true, rank: 'primary' };
  if (words[0] === 'address' && words.length <= 3 && ['company', 'organization', 'organisation'].includes(words[1]) && (!words[2] || words[2] === 'name')) {
    return { field: 'companyName', conf: 0.8, reason: "The address's company line", rank: 'primary' };
  }
  return null;
}

/** A ticket, in the seven languages: "Ticket", "Billet", "Entrada", "Ingresso", "Eintrittskarte", "Biglietto", "Kaartje". */
const TICKET_WORDS: ReadonlySet<string> = new Set(['ticket', 'billet', 'boleto', 'ingresso', 'bilhete', 'eintrittskarte', 'biglietto', 'kaartje']);
/** Its holder: "Ticket Holder Email", "Ticketinhaber", "Titular", "Titulaire", "Houder". */
const HOLDER_WORDS: ReadonlySet<string> = new Set(['holder', 'inhaber', 'titular', 'titulaire', 'titolare', 'houder']);
/** What a ticket's holder is asked for: who they are and how to reach them. */
const HOLDER_FIELDS: ReadonlySet<string> = new Set(['name', 'firstName', 'lastName', 'email', 'phone', 'companyName']);

/**
 * A ticket export has a row per ticket, and the person a ticket is for is its holder (Tito: "Ticket Full Name", "Ticket
 * Email", "Ticket Company Name", "Ticket Phone Number" beside "Order Name", the buyer's): the contact. `words`: the
 * header's words without numbers; `read`: how the rest of the header is read. The ticket's own columns ("Ticket Type",
 * "Ticket Reference", a bare "Ticket Name": the kind of ticket) are not the holder's.
 */
export function ticketHolderGuess(words: readonly string[], read: (header: string) => HeaderGuess): HeaderGuess | null {
  if (words.length < 2 || !TICKET_WORDS.has(words[0])) return null;
  const holder = HOLDER_WORDS.has(words[1]);
  const rest = words.slice(holder ? 2 : 1);
  if (!rest.length) return null;
  const g = read(rest.join(' '));
  if (!g.field || !HOLDER_FIELDS.has(g.field) || g.rank === 'alternate') return null;
  if (g.field === 'name' && !holder && rest.length < 2) return null;
  return { ...g, conf: Math.min(g.conf, 0.85), reason: `The ticket holder's "${rest.join(' ')}"` };
}

/** Words of headers that say a file's rows are events, not people: an event's attendees and check-ins, a form's
 *  requests and messages, job applications, appointments ("Event ID", "Data Richiesta", "Bewerbungsdatum", "Mensagem"). */
const ROW_EVENT_WORDS: ReadonlySet<string> = new Set(['event', 'events', 'evento', 'evenement', 'veranstaltung', 'ticket', 'tickets', 'attendee',
  'attended', 'participant', 'checkin', 'application', 'candidatura', 'sollicitatie', 'request', 'solicitud', 'solicitacao', 'demande',
  'aanvraag', 'inquiry', 'enquiry', 'applied', 'appointment', 'cita', 'termin', 'afspraak', 'appuntamento', 'message', 'mensaje', 'mensagem',
  'messaggio', 'nachricht', 'submission']);
/** The same words as the first part of a German or Italian compound ("Bewerbungsdatum", "Anfragedatum", "Richiesta"). */
const ROW_EVENT_STEMS = /^(?:bewerbung|anfrage|richiest|veranstaltung|nachricht)/;
/** A bare "ID" column, or a first column's bare "Code" (./resolve.ts): the number of the row's record, whatever that record is. */
const BARE_ID = /^(?:id|uid|code|codigo|codice|cod|kode)$/;
/** A bare category: of a contact, a tag ("Familia", "Klant"); of a ticket or a race, the ticket's ("Stehplatz", "10K"). */
const BARE_CATEGORY = /^(?:category|categoria|categorie|kategorie|categorias|categories)$/;

/**
 * A bare "ID" in a file whose rows are events (registrations for an event, a form's requests or messages, job
 * applications, appointments: another header says so) numbers those events, not the people in them, and a bare
 * "Category" is the ticket's or the race's: neither is imported. In a contact list the "ID" stays the contact's id in
 * the system the file comes from (the External ID), the "Category" the contact's tags.
 */
export function eventRowIds(ws: Work[]): void {
  jobCompany(ws);
  recordBesideContact(ws);
  const bare = (w: Work, re: RegExp) => w.basis !== 'values' && re.test(headerTokens(w.header).join(''));
  const ids = ws.filter((w) => (w.field === 'externalId' && bare(w, BARE_ID)) || (w.field === 'tags' && bare(w, BARE_CATEGORY)));
  if (!ids.length) return;
  const said = ws.map((w) => headerTokens(w.header).find((t) => ROW_EVENT_WORDS.has(t) || ROW_EVENT_STEMS.test(t))).find(Boolean);
  if (!said) return;
  for (const w of ids) {
    const what = w.field === 'tags' ? 'is the category of the file\'s rows' : 'numbers the file\'s rows';
    Object.assign(w, { field: null, conf: 0.7, basis: undefined, final: true, reason: `"${w.header}" ${what}, which are events ("${said}"), not of the contact` });
  }
}

/** A job application, in the seven languages ("Applied At", "Bewerbungsdatum", "Candidatura", "Sollicitatie"). */
const APPLICATION_WORD = /^(?:application|applications|applied|bewerbung\w*|candidatura|candidaturas|candidature|candidatures|sollicitatie\w*|postulacion\w*)$/;
/** A job, in the seven languages ("Job Title", "Stellentitel", "Vaga", "Puesto", "Poste", "Vacature"). */
const JOB_WORD = /^(?:job|jobs|vacancy|stelle\w*|vaga|vagas|empleo|puesto|vacante|poste|emploi|offre|lavoro|posizione|vacature\w*|functie)$/;
/** A bare company or employer column: in a list of job applications, the employer applied to. */
const BARE_COMPANY = /^(?:company|companyname|employer|unternehmen|firma|arbeitgeber|empresa|empleador|empregador|entreprise|societe|employeur|azienda|bedrijf|werkgever)$/;

/**
 * A file of job applications (a job portal's export: "Applied At", "Job Title"; "Bewerbungsdatum", "Stellentitel") names
 * the company each job is at: a bare "Company" is the employer applied to, not the applicant's own (a "Current Employer"
 * still is). Elsewhere a bare company is the contact's.
 */
function jobCompany(ws: Work[]): void {
  const tokens = ws.map((w) => headerTokens(w.header));
  if (!tokens.some((t) => t.some((x) => APPLICATION_WORD.test(x))) || !tokens.some((t) => t.some((x) => JOB_WORD.test(x)))) return;
  for (const w of ws) {
    if (w.field === 'companyName' && w.basis !== 'values' && BARE_COMPANY.test(headerTokens(w.header).join(''))) {
      Object.assign(w, { field: null, conf: 0.7, basis: undefined, final: true, reason: `"${w.header}" names the company of the job applied to, not the applicant's` });
    }
  }
}

/**
 * A CRM's "Record ID" is the id of the row's record: a contact's in a contacts export (the External ID), but in a file
 * that also names the contact's own id ("Contact Id" beside it, as a HubSpot survey or deal export has) the record is
 * something else, a response or a deal, and is not imported.
 */
function recordBesideContact(ws: Work[]): void {
  const contact = ws.find((w) => w.field === 'contactId' && w.basis !== 'values');
  if (!contact) return;
  for (const w of ws) {
    if (w.field === 'externalId' && w.basis !== 'values' && /^(?:recordid|hsobjectid)$/.test(headerTokens(w.header).join(''))) {
      Object.assign(w, { field: null, conf: 0.7, basis: undefined, final: true, reason: `"${w.header}" numbers the file's records; "${contact.header}" is the contact's id` });
    }
  }
}

/** A company, in the seven languages, as it starts a copy of a person's header ("Company Phone number - Work"). */
const COMPANY_PREFIX = /^(?:company|organization|organisation|firma|firmen|unternehmen|empresa|entreprise|societe|azienda|bedrijf|bedrijfs)(?=.)/;

/** The fields a company has of its own, as a person does: its phones, emails, site and address. */
const COPIED_FIELDS: ReadonlySet<string> = new Set(['phone', 'additionalPhones', 'email', 'additionalEmails', 'website', 'address1', 'city', 'state', 'postalCode', 'country']);

/**
 * A person's header again with a company's word before it ("Company Phone number - Work" beside "Phone number - Work",
 * "Company Email address - Work" beside "Email address - Work", as Highrise exports a person with their company): the
 * company's own, not the contact's.
 */
export function companyCopies(ws: Work[]): void {
  const own = new Set(ws.filter((w) => w.field !== null || w.final).map((w) => compactHeader(w.header)));
  for (const w of ws) {
    if (!w.field || !COPIED_FIELDS.has(w.field) || w.basis === 'values') continue;
    const m = COMPANY_PREFIX.exec(compactHeader(w.header));
    if (m && own.has(compactHeader(w.header).slice(m[0].length))) {
      Object.assign(w, { field: null, conf: 0.8, basis: undefined, final: true, reason: `The company's "${w.header}", beside the contact's own` });
    }
  }
}

/** A group, in the seven languages: a scout group's, a rescue group's, a club section's own email or phone. */
const GROUP_WORDS: ReadonlySet<string> = new Set(['group', 'groups', 'gruppo', 'grupo', 'gruppe', 'groep', 'groupe']);

/**
 * A group's email or phone ("EMAIL GRUPPO", "TELEFONO GRUPPO" of a scout census; a pet registry's "Rescue Group Email")
 * beside the contact's own: the group's, shared by its members, not the contact's.
 */
export function groupContacts(ws: Work[]): void {
  for (const w of ws) {
    const f = family(w.field);
    if ((f !== 'email' && f !== 'phone') || !headerTokens(w.header).some((t) => GROUP_WORDS.has(t))) continue;
    if (!ws.some((o) => o !== w && family(o.field) === f && !headerTokens(o.header).some((t) => GROUP_WORDS.has(t)))) continue;
    Object.assign(w, { field: null, conf: 0.8, basis: undefined, final: true, reason: `The group's "${w.header}", beside the contact's own` });
  }
}

/** Prices, totals and amounts, in the seven languages: the words of a file of sales or invoices. (Not tax words: a
 *  "btw_nummer", a "Partita IVA" or a "Tax ID" is a company's number in a contact list too.) */
const MONEY_WORDS: ReadonlySet<string> = new Set(['price', 'prices', 'total', 'subtotal', 'amount', 'prijs', 'totaal', 'bedrag', 'preis', 'betrag', 'summe',
  'precio', 'importe', 'preco', 'valor', 'prix', 'montant', 'prezzo', 'importo', 'totale']);

/**
 * Of two ids of the person, the first is the External ID: an id opening the file, the key of its contact table, a bare
 * one ("ID", "uuid", "pk"), a surely named one ("id_funcionario", "Identifiant Client") or an acronym's filled in every
 * row ("SIS ID"), comes before a named id further on ("Customer Number", "matricula", "user_id", "personeelsnummer",
 * "Référence Client"). Not in a file of sales or invoices (prices, totals, amounts: "product_prijs1", "totaalIncBtw",
 * "VALOR"): there the first id numbers the invoices, and the customer's named number is the person's.
 */
export function leadingId(ws: readonly Work[], columns?: readonly CellValue[][]): Work | undefined {
  const w = ws[0];
  if (!w || w.field !== 'externalId' || w.basis === 'values') return undefined;
  // (A weaker name, an acronym's id, "SIS ID", leads too when it is filled in every sample row: a key is never missing;
  // Square's "Reference ID", empty for some customers, is not the file's key. A user account's id still yields to the
  // customer's own number.)
  const filled = !!columns && filledTexts(columns[w.col] ?? []).length === (columns[w.col] ?? []).length;
  const weak = w.conf >= 0.55 && filled && !headerTokens(w.header).some((t) => USER_ID_WORDS.has(t));
  if (!LEADING_BARE_ID.test(headerTokens(w.header).join('')) && w.conf < 0.7 && !weak) return undefined;
  return ws.some((o) => headerTokens(o.header).some((t) => MONEY_WORDS.has(t))) ? undefined : w;
}
/** A bare id, as a table's first column names its key. */
const LEADING_BARE_ID = /^(?:id|uuid|guid|pk)$/;

/** A registration, in the seven languages: its date ("Registro": 2024-03-01) or the register's number ("Registro": 1045). */
const REGISTRATION_WORDS: ReadonlySet<string> = new Set(['registro', 'registration', 'registrierung', 'registre', 'registrazione', 'registratie', 'inscripcion',
  'inscricao', 'inscription', 'iscrizione', 'inschrijving']);
/** A number's word after a registration's: "Número Registro", "Registration No". */
const REGISTRATION_NUMBER_WORDS: ReadonlySet<string> = new Set(['number', 'no', 'nr', 'nro', 'num', 'numero', 'nummer', 'n']);
/** A register's number: digits, or a code's letters and digits ("1045", "219834570", "REG2026-014"). */
export const REGISTER_NUMBER = /^(?:[A-Z]{1,5}[-/]?)?\d{3,12}(?:[-/]\d{1,6})?$/i;

/**
 * A registration's header ("Registro", "Número Registro", "Inscrição": read as a system date, or as nothing) over
 * numbers one per person, none a date (1045, 1046; "REG2026-014"), is the register's number of the person: the External
 * ID, when the file has none.
 */
export function registerNumbers(ws: Work[], columns: readonly CellValue[][] | undefined): void {
  if (!columns || ws.some((w) => w.field === 'externalId' || w.field === 'contactId')) return;
  const w = ws.find((x) => {
    const ts = headerTokens(x.header);
    return x.field === null && ts.some((t) => REGISTRATION_WORDS.has(t)) && ts.every((t) => REGISTRATION_WORDS.has(t) || REGISTRATION_NUMBER_WORDS.has(t) || t === 'de');
  });
  if (!w) return;
  const vs = filledTexts(columns[w.col] ?? []);
  if (!oneForEachRow(vs) || !vs.every((v) => REGISTER_NUMBER.test(v) && sniffValue(v) !== 'date')) return;
  Object.assign(w, { field: 'externalId', conf: 0.6, basis: 'both', final: false, rank: 'primary', reason: `"${w.header}" holds a register's number for each person ("${vs[0]}"), not dates` });
}
