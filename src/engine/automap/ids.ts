// Whose id a header names (read by ./header.ts after the other people's columns): another record's ("Account ID",
// "mandate_id"), a list entry's ("tag_id", "country_id"), the person's in another system ("Customer ID", "Lead ID",
// "Patienten-Nr", "ID du membre", "ID Utente": the External ID), or an unknown system's ("Stripe ID", "UoA ID").
import type { HeaderGuess } from './header';
import {
  JOINING_WORDS,
  NOT_REGISTER_NUMBER_WORDS,
  OBJECT_ID_WORDS,
  OTHER_OBJECTS,
  OWNER_WORDS,
  SELF_ID_WORDS,
  SUPPLIER_WORDS,
  SYSTEM_DATE_WORDS,
  USER_ID_WORDS,
} from './lexicon';
import { exactEntry, knownWords } from './tables';
import { inflectedFrom, pluralOf } from './words';

/** "ID" written out, in the seven languages. */
const ID_WORDS_WRITTEN_OUT: ReadonlySet<string> = new Set(['identifier', 'identificador', 'identifiant', 'identificativo', 'identificatore', 'identificatie']);
const ID_NUMBER_WORDS: ReadonlySet<string> = new Set(['number', 'no', 'nr', 'num', 'numero', 'nummer']);
/** Words that number someone in a register: "Patienten-Nr", "N° de membre", "Code patient", "Codice paziente", "cod_cliente". */
const REGISTER_NUMBER_WORDS: ReadonlySet<string> = new Set(['number', 'no', 'nr', 'nro', 'num', 'numero', 'nummer', 'n', 'code', 'codigo', 'codice', 'cod', 'ref']);

/** "Internal", in the seven languages, and the code words it makes an id of. */
const INTERNAL_WORDS: ReadonlySet<string> = new Set(['internal', 'interno', 'interna', 'interne', 'intern', 'interner', 'internes']);
const CODE_WORDS: ReadonlySet<string> = new Set(['code', 'codigo', 'codice', 'ref']);

/** A person word, as written or inflected in a German or Dutch compound: "Patienten", "Kunden", "Mitglieds" (./words.ts). */
function personWord(w: string, set: ReadonlySet<string>): boolean {
  return inflectedFrom(w, set) !== undefined;
}

/** Words that name an earlier or outside system: "Legacy Contact ID", "Old Contact ID", "CRM Contact ID". */
const EARLIER_SYSTEM_WORDS: ReadonlySet<string> = new Set(['legacy', 'old', 'original', 'external', 'previous', 'crm', 'source', 'imported']);
/** CRMs and contact tools whose contact ids travel in other tools' exports ("Apollo Contact Id" in Apollo.io's export,
 *  "Salesforce Contact ID" in a sync tool's); HubSpot's own ids are the Contact ID (./vendors.ts). */
const NAMED_SYSTEMS: ReadonlySet<string> = new Set(['apollo', 'salesforce', 'sfdc', 'zoho', 'pipedrive', 'mailchimp', 'brevo', 'sendinblue', 'activecampaign',
  'keap', 'infusionsoft', 'copper', 'freshsales', 'freshworks', 'insightly', 'klaviyo', 'intercom', 'zendesk', 'dynamics', 'sugar', 'sugarcrm', 'vtiger',
  'bitrix', 'odoo', 'xero', 'quickbooks', 'stripe', 'shopify', 'square', 'outreach', 'salesloft', 'lemlist', 'attio', 'affinity', 'close', 'agile',
  'highlevel', 'gohighlevel']);

/** A CRM's name, HubSpot's too (its own export's ids are the Contact ID, ./vendors.ts; in another tool's file, "HubSpot
 *  Record ID" is the contact's record there), and the other words of such a header. */
const isCrmName = (w: string) => NAMED_SYSTEMS.has(w) || w === 'hubspot';
const CRM_RECORD_WORDS: ReadonlySet<string> = new Set(['record', 'contact', 'id', 'crm']);

/** Words that count: "Number of Clients", "Número de alumnos", French "Nombre de clients", "Anzahl Kunden", "Aantal klanten". */
const COUNT_WORDS: ReadonlySet<string> = new Set(['number', 'no', 'nr', 'nro', 'num', 'numero', 'nummer', 'n', 'nombre', 'anzahl', 'aantal', 'cantidad', 'quantidade', 'quantita']);
/** Articles of a singular after a number: "Nummer des Mitglieds", "Nummer des Kunden", "Número del cliente", "Numéro du client". */
const SINGULAR_ARTICLES: ReadonlySet<string> = new Set(['des', 'der', 'del', 'du']);

/** A count of people: a number word before a plural person word ("Número de alumnos", "Nombre de clients", "N. Empleados");
 *  not a singular's genitive ("Nummer des Mitglieds"), not a number after its person ("Patienten-Nr"). */
export function countOfPeople(words: readonly string[]): string | undefined {
  const n = words.findIndex((w) => COUNT_WORDS.has(w));
  if (n < 0) return undefined;
  for (let j = n + 1; j < words.length; j++) {
    const prev = words[j - 1];
    // French "des" is a plural ("Nombre des clients"), German "des" a genitive singular.
    if (SINGULAR_ARTICLES.has(prev) && !(prev === 'des' && words[n] === 'nombre')) continue;
    if (!SELF_ID_WORDS.has(words[j]) && pluralOf(words[j], SELF_ID_WORDS)) return words[j];
  }
  return undefined;
}

/** A reference, in the seven languages: alone, a job applicant's referee; of a customer or a member, their number. */
const REFERENCE_WORDS: ReadonlySet<string> = new Set(['reference', 'ref', 'referencia', 'riferimento', 'referentie', 'referenz']);
/**
 * A customer's, a member's or a beneficiary's reference ("Customer Reference", "Référence adhérent", "Referencia cliente",
 * "Kundenreferenz", "Référence Bénéficiaire") is their number in the file's system: the External ID. Null otherwise (a
 * bare "Reference", "Reference Name" are a referee's).
 */
export function referenceGuess(words: readonly string[], c: string, raw: string): HeaderGuess | null {
  const content = words.filter((w) => !JOINING_WORDS.has(w));
  const ref = content.length === 2 ? content.findIndex((w) => REFERENCE_WORDS.has(w)) : -1;
  const stem = content.length === 1 ? /^(.{4,}?)(referenz|referentie)$/.exec(c)?.[1] : undefined;
  const who = ref >= 0 ? content[1 - ref] : stem;
  if (!who || !personWord(who, SELF_ID_WORDS)) return null;
  return { field: 'externalId', conf: 0.7, reason: `The reference of the ${who} ("${raw}"): their number`, rank: 'primary' };
}

/** `words`: the header's words without numbers; `c`: the whole header compacted. Null when it names no id. */
export function idGuess(written: readonly string[], c: string, raw: string): HeaderGuess | null {
  // "Identifier" is "ID" written out: "Employee Identifier" is "Employee ID", "Identificador do cliente" "ID do cliente".
  const words = written.map((w) => (ID_WORDS_WRITTEN_OUT.has(w) ? 'id' : w));
  // "id" as a word, or glued to the end of a known word ("userid", "CUSTOMERID", "Buyer UserID"), in a one-word header
  // too; not the end of any word ("Ben je lid?", "Madrid", "Valid", "Android").
  const last = words[words.length - 1] ?? '';
  const glued = last.length > 4 && last.endsWith('id') && [SELF_ID_WORDS, USER_ID_WORDS, OBJECT_ID_WORDS].some((set) => personWord(last.slice(0, -2), set));
  const hasId = words.includes('id') || glued;
  // A glued id after other words ("tmp userid", "old customerid") is read as two words: the user's, the customer's id.
  if (glued && words.length >= 2) words.splice(-1, 1, last.slice(0, -2), 'id');
  // "idpersona", "idCliente" read as one word: the id before the person ("ID persona", "ID cliente").
  if (words.length === 1 && /^id.{4,}$/.test(c) && personWord(c.slice(2), SELF_ID_WORDS)) return { field: 'externalId', conf: 0.7, reason: "The contact's id in another system", rank: 'primary' };
  const self = words.find((w) => personWord(w, SELF_ID_WORDS));
  const numbered = !hasId && words.length >= 2 && words.some((w) => REGISTER_NUMBER_WORDS.has(w));
  // One word: "Patientennummer", "Kundennr", "Lieferantennummer", "Leerlingnummer".
  const stem = words.length === 1 ? /^(.{4,}?)(nummer|nr)$/.exec(c)?.[1] : undefined;
  if (stem && (personWord(stem, SELF_ID_WORDS) || personWord(stem, SUPPLIER_WORDS)) && !personWord(stem, NOT_REGISTER_NUMBER_WORDS)) {
    // (as sure as a named one, "Kundennummer": its values never unsay it, "Debiteurnummer" 2001, 2002 are no years)
    return { field: 'externalId', conf: 0.8, reason: `A register's number for the person ("${raw}")`, rank: 'primary' };
  }
  // "Número de alumnos", "Nombre de clients": how many people, not one person's number (read before typos: "alumnos"
  // is one letter from "alumno").
  const many = countOfPeople(words);
  if (many && !hasId) return { field: null, conf: 0.8, reason: `A count of people (${many}), not a person's number`, final: true, rank: 'primary' };
  if (!hasId && !numbered) return null;
  // Another record's words are read by the caller ("Order Customer ID" is the order's), a supplier's id is the row's.
  if (words.some((w) => OTHER_OBJECTS.has(w) && !SUPPLIER_WORDS.has(w))) return null;
  // Whoever handled the record: "Owner User ID", "Assigned User ID", "Created By User ID" ("Commercial Phone Number" is
  // a phone: only ids are read here as an actor's).
  const actor = words.find((w) => OWNER_WORDS.has(w) || SYSTEM_DATE_WORDS.has(w)) ?? (words.includes('by') ? 'by' : undefined);
  if (actor && hasId) return { field: null, conf: 0.9, reason: `The id of whoever handled the record (${actor})`, final: true, rank: 'primary' };
  if (numbered) {
    if (actor) return null;
    // "Patienten-Nr", "Número de paciente", "Codice paziente": a register's number for the person.
    const rest = words.filter((w) => !REGISTER_NUMBER_WORDS.has(w) && !JOINING_WORDS.has(w));
    // (A number before a plural is a count, read above: "N. Empleados", "Number of Members".)
    if (self && rest.length === 1 && !NOT_REGISTER_NUMBER_WORDS.has(self)) return { field: 'externalId', conf: 0.7, reason: `A register's number for the person (${self})`, rank: 'primary' };
    // "Codice interno (risorse)", "Internal Code", "Código interno", "Code interne": the record's code in the organisation's
    // own system; not another record's ("Codice Progetto Interno"), not an internal number (Italian "Numero interno" is a
    // phone's extension).
    // German and Dutch write it as a number too ("InterneNr", "Interne Nummer": a club's or a firm's own number for the person).
    const internalNumber = words.length === 2 && ['intern', 'interne', 'interner'].includes(words[0]) && (words[1] === 'nr' || words[1] === 'nummer');
    if (words.some((w) => INTERNAL_WORDS.has(w)) && (internalNumber || words.some((w) => CODE_WORDS.has(w))) && !words.some((w) => OBJECT_ID_WORDS.has(w))) return { field: 'externalId', conf: 0.55, reason: `An internal code ("${raw}"), the record's in its own system`, rank: 'primary' };
    return null;
  }
  // A named CRM's record of the contact in another tool's file ("HubSpot Record ID", "Salesforce Contact ID", "Zoho Record
  // Id"): the contact's id in that CRM.
  if (hasId && words.some(isCrmName) && words.every((w) => isCrmName(w) || CRM_RECORD_WORDS.has(w))) {
    return { field: 'externalId', conf: 0.57, reason: `The contact's record in another tool ("${raw}")`, rank: 'primary' };
  }
  // (a type of a list as the end of a compound too: "LIDTYPE_ID", "Kundentyp-ID")
  const owner = words.find((w) => OBJECT_ID_WORDS.has(w) || /.{2,}(?:type|typ|soort)$/.test(w)) ?? [...OBJECT_ID_WORDS].find((w) => c === w + 'id');
  if (owner) return { field: null, conf: 0.9, reason: `The id of another record (${owner})`, final: true, rank: 'primary' };
  if (self || personWord(c.slice(0, -2), SELF_ID_WORDS)) {
    // A named tool's id of the person ("stripe_customer_id", "square_customer_id" beside the file's own "id") gives way to
    // the file's own bare id (0.58), the id of the file's system that a later import matches on; not to weaker ids
    // ("Reference ID" in Square's own export, 0.55).
    if (words.some((w) => NAMED_SYSTEMS.has(w))) return { field: 'externalId', conf: 0.57, reason: `The contact's id in another tool ("${raw}")`, rank: 'primary' };
    return { field: 'externalId', conf: 0.7, reason: "The contact's id in another system", rank: 'primary' };
  }
  const user = words.find((w) => USER_ID_WORDS.has(w) || SUPPLIER_WORDS.has(w)) ?? [...USER_ID_WORDS].find((w) => c === w + 'id');
  if (user) return { field: 'externalId', conf: 0.6, reason: `The ${USER_ID_WORDS.has(user) ? "contact's user account" : "supplier's id"} in another system`, rank: 'primary' };
  // "UoA ID", "UoA ID number": an institution's id for the person; an acronym split by its case ("UofT") is one word.
  // "Identifiant ENT", "ID SAP", "Id CRM": the person's id in a system named by its acronym, written id first.
  if (words.length === 2 && words[0] === 'id' && /^[a-z]{2,4}$/.test(words[1]) && !knownWords().has(words[1])) {
    return { field: 'externalId', conf: 0.55, reason: `An id ("${raw}"), from another system`, rank: 'primary' };
  }
  const idWords = words.length >= 3 && ID_NUMBER_WORDS.has(words[words.length - 1]) ? words.slice(0, -1) : words;
  const before = idWords.slice(0, -1);
  if (idWords[idWords.length - 1] !== 'id' || !before.length) return null;
  const known = exactEntry(before.join(''));
  // "tag_id", "Label ID": a tag's own id (or an RFID tag's), not the tag. (Odoo's "state_id", "country_id" name the state
  // and the country: the key word decides.)
  if (known?.field === 'tags') return { field: null, conf: 0.8, reason: `The id of a ${before.join(' ')}, not its name`, final: true, rank: 'primary' };
  // "adres_id", "Address ID": an address record's key in another table, not the street line.
  if (known?.field === 'address1') return { field: null, conf: 0.8, reason: `The id of an address record ("${raw}"), not the address`, final: true, rank: 'primary' };
  // "Apollo Contact Id", "Legacy Contact ID": the contact's id in a named or earlier system (a bare "Contact ID" is the
  // Contact ID: ./lexicon.ts; "Primary Contact ID", "Parent Contact ID" name another contact).
  if (before.length === 2 && before[1] === 'contact' && (NAMED_SYSTEMS.has(before[0]) || EARLIER_SYSTEM_WORDS.has(before[0]))) {
    return { field: 'externalId', conf: 0.6, reason: `The contact's id in another system ("${raw}")`, rank: 'primary' };
  }
  const acronym = before.length === 1 || (before.length > 1 && before.length <= 3 && before.every((w) => w.length <= 2));
  if (acronym && !known) return { field: 'externalId', conf: 0.55, reason: `An id ("${raw}"), from another system`, rank: 'primary' };
  return null;
}
