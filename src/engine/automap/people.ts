// Whose the person columns are (whoseColumns, called by ./resolve.ts): a customer beside its contact person, a list's
// role (a tenant, a teacher, a recipient) as the contact when the file names no one else, a billing name, and
// two people in one row (a property's numbered owners are read with the header, ./header.ts): an event
// tool's ticket export names the attendee and the purchaser ("Attendee Email", "Purchaser Email"), a registration form
// the registrant and an attendee ("E-Mail", "Attendee E-Mail"). One of them is the contact, and the other one's name,
// email, phone and company are not imported (not even as additional emails or phones: they are another person's).
//
// Whose a column is: the role word it starts or ends with ("Attendee Email", "Email del comprador"); a column without
// one is the file's own person. Two groups are two people only when both name the person (a first name twice, a full name
// twice): "First Name", "Last Name" and "Student Email" are one student, "Email" and "Guest Email" may be one guest. The
// contact is that own person when the file has one (its name without a role word), else the person a ticket or
// registration is for (the attendee, participant, guest...), before the one who paid for it (purchaser, buyer, payer):
// "Email", "Attendee Name", "Purchaser Name" are the attendee's and the purchaser's, the email the attendee's.
import type { HeaderGuess } from './header';
import type { CellValue } from '../types';
import { GIVEN_NAMES } from './givennames';
import { compactHeader, headerTokens, withoutAccents } from './normalize';
import { filledTexts, isFullNameText, oneForEachRow, sniffValue, valueShare } from './sniff';
import { ASSIGNED_WORDS, BARE_NAME_WORDS, CONTACT_PERSON_WORDS, HEAD_WORDS, inflectedFrom, JOINING_WORDS, OWNER_NAME_WORDS, OWNER_WORDS, PROPERTY_OWNER_WORDS } from './words';
import type { Work } from './resolve';
import { exactEntry } from './tables';
import { family, NAME_FIELDS, ROLE_FIELDS, unmap } from './work';

/** The person a row of an event, course or club export is about (Eventbrite, WooCommerce Event Tickets, The Events
 *  Calendar: "Attendee ...", "Participant ...", "Guest ..."), in the seven languages, the surest first. */
const SUBJECT_ROLES = ['attendee', 'participant', 'guest', 'member', 'student', 'player', 'patient', 'registrant', 'asistente', 'participante', 'invitado',
  'convidado', 'teilnehmer', 'gast', 'partecipante', 'ospite', 'deelnemer',
  // an association's member (HelloAsso's "Nom Adhérent" beside its "Email Payeur"), in the other languages
  'adherent', 'adherente', 'membre', 'miembro', 'membro', 'socio', 'socia', 'mitglied', 'associado', 'associada',
  // a ticket's holder ("Ticket Full Name", "Ticket Email" in Tito's export: ./records.ts)
  'ticket'];
/** Who paid for the ticket or order ("Purchaser Email" in WooCommerce Event Tickets, "Buyer Email" in Etsy and
 *  Eventbrite's order reports), in the seven languages. */
const PAYER_ROLES = ['purchaser', 'buyer', 'payer', 'orderer', 'booker', 'comprador', 'pagador', 'acheteur', 'payeur', 'kaufer', 'kaeufer', 'besteller',
  'acquirente', 'compratore', 'pagante', 'koper', 'betaler'];
const ROLES: ReadonlySet<string> = new Set([...SUBJECT_ROLES, ...PAYER_ROLES]);
/** The fields that say who someone is. */
const PERSON_FIELDS: ReadonlySet<string> = new Set(['name', 'firstName', 'lastName', 'email', 'additionalEmails', 'phone', 'additionalPhones', 'companyName']);
const IDENTITY_FIELDS: ReadonlySet<string> = new Set(['name', 'firstName', 'lastName', 'email']);

/** The role word a header starts or ends with ("Attendee Email" -> attendee, "Email del comprador" -> comprador); "" for none. */
function roleOf(header: string): string {
  const t = headerTokens(header);
  if (t.length < 2) return '';
  // As written or inflected: "Name des Käufers", "E-Mail des Teilnehmers", "Attendees Email" (./words.ts).
  return inflectedFrom(t[0], ROLES) ?? inflectedFrom(t[t.length - 1], ROLES) ?? '';
}

/** Spanish "asistente" is an event's attendee ("Nombre del asistente" in a ticket export) and someone's assistant
 *  (Outlook's export in Spanish: "Nombre del asistente", "Teléfono del asistente" beside the contact's own "Nombre"). */
const ATTENDEE_OR_ASSISTANT: ReadonlySet<string> = new Set(['asistente']);

/** People a file may be a list of, though beside the file's own person they are someone else: a tenant (a housing list),
 *  a teacher, a doctor, a parcel's recipient, a race's pilot, a beneficiary, in the seven languages. */
const LIST_ROLES: ReadonlySet<string> = new Set(['tenant', 'inquilino', 'inquilina', 'arrendatario', 'arrendataria', 'locataire', 'locatario', 'mieter',
  'mieterin', 'huurder', 'teacher', 'profesor', 'profesora', 'professor', 'professora', 'professeur', 'enseignant', 'enseignante', 'lehrer', 'lehrerin',
  'lehrkraft', 'insegnante', 'docente', 'leraar', 'lerares', 'docent', 'maestro', 'maestra', 'doctor', 'physician', 'medico', 'medica', 'medecin',
  'arzt', 'arztin', 'aerztin', 'recipient', 'destinatario', 'destinataria', 'destinataire', 'empfanger', 'empfaenger', 'ontvanger', 'pilot', 'piloto',
  'pilote', 'pilota', 'piloot', 'beneficiary', 'beneficiario', 'beneficiaria', 'beneficiaire', 'begunstigde',
  // a health plan's or a directory's provider (a doctor, a therapist: "Provider Name"), an insurer's insured person, a
  // building's owner in German (a chimney sweep's "Eigentümer": a CRM's owner is its "Besitzer" or "Verantwortlich")
  'provider', 'insured', 'policyholder', 'asegurado', 'asegurada', 'segurado', 'segurada', 'assure', 'assuree', 'versicherter', 'versicherte',
  // a request's or a ticket's requester (a help desk's, a purchase log's "Requester": the person asking)
  'requester', 'requestor', 'solicitante', 'demandeur', 'demandeuse', 'antragsteller', 'antragstellerin', 'richiedente', 'aanvrager',
  'assicurato', 'assicurata', 'verzekerde', 'eigentumer', 'eigentuemer']);

/**
 * A list role's name, email, phone or address ("Tenant Name", "Nombre del Profesor", a bare "Piloto" or "destinatario"): another
 * person's beside the file's own name, the contact's in a file that names no one else (roleNames). `words`: the
 * header's words.
 */
export function roleNameGuess(words: readonly string[]): HeaderGuess | null {
  const at = words.findIndex((w) => inflectedFrom(w, LIST_ROLES) !== undefined);
  if (at < 0) return null;
  const rest = words.filter((w, j) => j !== at && w.length > 1 && !JOINING_WORDS.has(w));
  const field = rest.length ? exactEntry(rest.join(''))?.field : 'name';
  if (!field || !ROLE_FIELDS.has(field)) return null;
  return { field: null, conf: 0.8, reason: `About someone else (${words[at]}), the contact only in a file that names no one else`, final: true, rank: 'primary', role: { field, who: words[at] } };
}

/** A file that names no one but a list role (a tenant list's "Tenant Name", a race's "Piloto"): that role is the contact,
 *  its name and, where the file has none of its own, its email and phone. Not in a file of companies (a customer
 *  ledger's "Destinataire" of its invoices), unless the role is their owner. */
function roleNames(ws: Work[]): void {
  if (ws.some((w) => NAME_FIELDS.has(w.field ?? '') && w.basis !== 'values')) return;
  propertyOwnerName(ws);
  const who = ws.find((w) => w.role && NAME_FIELDS.has(w.role.field))?.role?.who;
  // (A business's owner is its contact beside the business's name: a salon platform's "Salon Name", "Owner Name".)
  if (!who || (ws.some((w) => w.field === 'companyName' && w.basis !== 'values') && !PROPERTY_OWNER_WORDS.has(who))) return;
  for (const w of ws) {
    const r = w.role;
    // (A property's address yields to its owner's: "Owner Address" beside "Property Address" is where the owner gets mail.)
    const rival = (o: Work) => o !== w && family(o.field) === family(r?.field ?? null) && o.group !== 'property';
    if (!r || r.who !== who || (!NAME_FIELDS.has(r.field) && ws.some(rival))) continue;
    for (const o of ws) if (o !== w && o.field === r.field && o.group === 'property') unmap(o, `"${w.header}" is the ${who}'s own address`);
    Object.assign(w, { field: r.field, conf: 0.7, basis: 'header', final: false, reason: `The ${who}'s: the file names no one else` });
  }
  // A name read from the values alone gives way to the role's.
  for (const w of ws) if (w.basis === 'values' && NAME_FIELDS.has(w.field ?? '') && ws.some((o) => o.role?.who === who && o.field === w.field)) Object.assign(w, { field: null, conf: 0, basis: undefined, reason: `The ${who}'s name is the contact's` });
}

/** The fields of a file's own address, and of its own ways of reaching someone. */
const OWN_ADDRESS: ReadonlySet<string> = new Set(['address1', 'city', 'postalCode']);
const OWN_CHANNELS: ReadonlySet<string> = new Set(['email', 'phone']);
/** A bare owner's name ("Owner Name", "Owner", "Eigenaar", "Propietario"), the contact's owner in a CRM's export, names
 *  a parcel's, a pet's or a building's owner in a file that names no one else and has an address of its own (a county's
 *  parcel list), or, with a name word ("Owner Name": a vet clinic's leads), an email or a phone of its own. A CRM's
 *  export names its contacts; a bare "Owner" beside an email and a phone only is the contact owner. */
function propertyOwnerName(ws: Work[]): void {
  const own = (set: ReadonlySet<string>) => ws.some((w) => set.has(w.field ?? '') && w.basis !== 'values');
  // (Another list role names the file's person; an owner's other columns, "Owner Email", are read with the name.)
  if (ws.some((w) => w.role && !PROPERTY_OWNER_WORDS.has(w.role.who)) || !(own(OWN_ADDRESS) || own(OWN_CHANNELS) || ws.some((w) => w.role))) return;
  const owner = ws.find((w) => w.field === 'owner' && w.basis !== 'values' && headerTokens(w.header).every((t) => PROPERTY_OWNER_WORDS.has(t) || OWNER_NAME_WORDS.has(t)));
  const tokens = owner ? headerTokens(owner.header) : [];
  const who = tokens.find((t) => PROPERTY_OWNER_WORDS.has(t));
  if (!owner || !who || !(own(OWN_ADDRESS) || tokens.some((t) => BARE_NAME_WORDS.has(t) || t === 'fullname'))) return;
  owner.role = { field: 'name', who };
}

/** The customer, in the seven languages ("Customer Name", "Nombre del cliente", "Kundenname", "Klantnaam"). */
const CUSTOMER_WORDS: ReadonlySet<string> = new Set(['customer', 'client', 'cliente', 'kunde', 'klant', 'kundenname', 'klantnaam']);
/** A contact person, in the seven languages ("Contact Name", "Persona de contacto", "Ansprechpartner", "Contactpersoon"). */
const CONTACT_WORDS: ReadonlySet<string> = new Set(['contact', 'contacto', 'contato', 'contatto', 'kontakt', 'contactpersoon', 'contactnaam', 'kontaktname',
  'kontaktperson', 'ansprechpartner', 'ansprechpartnerin', 'ansprechperson', 'interlocuteur', 'referente']);

/** "Person" with a contact word: "Contact Person", "Persona de contacto", "Pessoa de contato", "Personne de contact", "Point of Contact". */
const PERSON_WORDS: ReadonlySet<string> = new Set(['person', 'persona', 'pessoa', 'personne', 'point']);

/** A customer's name beside a contact person's (a B2B or ERP customer template: "Customer Name", "Contact Name", "Contact
 *  Email"): the customer is the company, the contact the person, when no other column is the company. */
function customerCompany(ws: Work[]): void {
  const words = (w: Work) => headerTokens(w.header);
  if (ws.some((w) => w.field === 'companyName' && w.basis !== 'values')) return;
  const contact = ws.some((w) => NAME_FIELDS.has(w.field ?? '') && w.basis !== 'values' && words(w).some((t) => CONTACT_WORDS.has(t)) && !words(w).some((t) => CUSTOMER_WORDS.has(t)));
  // (A bare "Name" beside a contact person's column, "Ansprechpartner", "Contact Person": the organization's name, as a
  // business app's contact export has it; beside a bare "Contact Name", a guardian's maybe, it stays the person's.)
  const person = ws.some((w) => NAME_FIELDS.has(w.field ?? '') && w.basis !== 'values' && (words(w).some((t) => CONTACT_PERSON_WORDS.has(t)) || (words(w).some((t) => CONTACT_WORDS.has(t)) && words(w).some((t) => PERSON_WORDS.has(t)))));
  const customer = ws.find((w) => w.field === 'name' && w.basis !== 'values' && ((words(w).some((t) => CUSTOMER_WORDS.has(t)) && !words(w).some((t) => CONTACT_WORDS.has(t))) || (person && !!w.bareName)));
  if (contact && customer) Object.assign(customer, { field: 'companyName', conf: 0.75, reason: `"${customer.header}" beside a contact person's name: the customer is the company` });
}

/** A billing full name ("Fattura Nome", "Billing Name") beside the contact's own first or last name is the payer's. */
function billingName(ws: Work[]): void {
  for (const w of ws) {
    if (!w.fallback || w.field !== 'name') continue;
    const own = ws.find((o) => !o.fallback && (o.field === 'firstName' || o.field === 'lastName') && o.basis !== 'values');
    if (own) Object.assign(w, { field: null, conf: 0, basis: undefined, reason: `A billing name; "${own.header}" is the contact's own` });
  }
}

/** A CRM's records, whose owner is a user of the CRM ("Lead Owner", "Contact Owner"), not a property's owner. */
const CRM_RECORDS: ReadonlySet<string> = new Set(['lead', 'contact', 'account', 'record', 'deal', 'opportunity', 'sales', 'hubspot', 'case', 'ticket']);
/** A property's address ("Property Address") is the contact's only in a list of the properties' owners (an "Owner Name"
 *  column); in a list of buyers' leads it is the property they look at, whatever CRM user owns the lead ("Lead Owner"). */
function propertyAddresses(ws: Work[]): void {
  const owners = (w: Work) => { const ts = headerTokens(w.header); return ts.some((t) => PROPERTY_OWNER_WORDS.has(t)) && !ts.some((t) => CRM_RECORDS.has(t)); };
  if (ws.some(owners)) return;
  for (const w of ws) if (w.group === 'property' && w.field !== null) unmap(w, `"${w.header}" is a property's address, and the file names no owner of it`);
}

/** Who the file's people are, in order, once the address is chosen: a property's address only in a list of its owners,
 *  a customer beside its contact person, a list role as the contact, a billing name beside the contact's own, then one
 *  person of two in a row. */
export function whoseColumns(ws: Work[]): void {
  propertyAddresses(ws);
  customerCompany(ws);
  roleNames(ws);
  billingName(ws);
  onePerson(ws);
}

/** Not imported: another person's column. */
const othersColumn = (w: Work, reason: string) => Object.assign(w, { field: null, conf: 0.8, basis: undefined, final: true, reason });

/** Keeps one person's columns (see the top of this file); the other's name, email, phone and company are not imported. */
function onePerson(ws: Work[]): void {
  // Each column's role word, read once.
  const roles = new Map(ws.map((w) => [w, roleOf(w.header)]));
  const roleOfColumn = (w: Work) => roles.get(w) ?? '';
  // Beside the file's own name an "asistente" is the contact's assistant, another person; else the attendee.
  const ownName = ws.some((w) => NAME_FIELDS.has(w.field ?? '') && w.basis !== 'values' && roleOfColumn(w) === '');
  for (const w of ws) {
    if (!ownName || w.field === null || !PERSON_FIELDS.has(w.field) || !ATTENDEE_OR_ASSISTANT.has(roleOfColumn(w))) continue;
    othersColumn(w, `Another person's (the ${roleOfColumn(w)}, an assistant beside the contact's own name)`);
  }
  const groups = new Map<string, Work[]>();
  for (const w of ws) {
    if (w.field === null || !PERSON_FIELDS.has(w.field) || w.basis === 'values') continue;
    const role = roleOfColumn(w);
    groups.set(role, [...(groups.get(role) ?? []), w]);
  }
  const people = [...groups].filter(([, g]) => g.some((w) => IDENTITY_FIELDS.has(w.field ?? '')));
  // A named attendee is the contact, whatever the one who paid has ("Purchaser City" beside "Attendee First Name").
  const subject = people.find(([role, g]) => SUBJECT_ROLES.includes(role) && g.some((w) => NAME_FIELDS.has(w.field ?? '')));
  if (subject) {
    for (const w of ws) {
      const role = roleOfColumn(w);
      if (w.field !== null && PAYER_ROLES.includes(role)) othersColumn(w, `Another person's (the ${role}): the contact is the ${subject[0]}`);
    }
  }
  if (people.length < 2) return;
  const rank = (role: string) => (role === '' ? -1 : SUBJECT_ROLES.includes(role) ? SUBJECT_ROLES.indexOf(role) : SUBJECT_ROLES.length + PAYER_ROLES.indexOf(role));
  people.sort(([a], [b]) => rank(a) - rank(b));
  let [ownRole, own] = people[0];
  let others = people.slice(1);
  // The file's own columns without a name ("Email" beside "Attendee Name", "Purchaser Name"): they name no one, the
  // roles rank among themselves, and the first one's person is the contact (with those own columns).
  if (ownRole === '' && !own.some((w) => NAME_FIELDS.has(w.field ?? ''))) {
    [ownRole] = others[0];
    own = [...own, ...others[0][1]];
    others = others.slice(1);
  }
  const label = ownRole ? `the ${ownRole}` : `"${own[0].header}"`;
  const ownFields = new Set(own.map((w) => w.field));
  const ownNamed = own.some((w) => NAME_FIELDS.has(w.field ?? ''));
  for (const [role, g] of others) {
    // The same name field twice is two people; two roles that each have a name are too ("Attendee First Name" and
    // "Purchaser Name"): the file's own first name beside a "Student Name" may still be one student.
    const named = (w: Work) => NAME_FIELDS.has(w.field ?? '') && (ownFields.has(w.field) || (ownRole !== '' && role !== '' && ownNamed));
    if (!g.some(named)) continue;
    const reason = `Another person's (the ${role || 'file\'s own'}): the contact is ${label}`;
    // All of that person's columns: the name and contact fields above, and where they live ("Purchaser City").
    // A purchaser and a buyer in one file are the one who paid.
    const theirs = (r: string) => r === role || (PAYER_ROLES.includes(r) && PAYER_ROLES.includes(role));
    for (const w of role ? ws.filter((x) => x.field !== null && theirs(roleOfColumn(x))) : g) othersColumn(w, reason);
  }
}

const PROPERTY_OWNER_FIELDS: ReadonlySet<string> = new Set(['name', 'firstName', 'lastName', 'email', 'phone']);

/**
 * A property's numbered owners (PropStream's and skip-trace lists' "Owner 1 First Name", "Owner 2 Last Name"; a CRM's
 * contact owner is never numbered): owner 1 is the person the row is about, the contact; the others are other people.
 * Only owner 1's name and contact fields: "Owner 1 Mailing Address" is read on (./header.ts). `tokens`: the header's
 * words and numbers; `read`: how the rest of the header is read.
 */
export function numberedOwnerGuess(tokens: readonly string[], read: (header: string) => HeaderGuess): HeaderGuess | null {
  const at = tokens.findIndex((t, j) => PROPERTY_OWNER_WORDS.has(t) && /^\d+$/.test(tokens[j + 1] ?? ''));
  if (at < 0) return null;
  const n = Number(tokens[at + 1]);
  if (n >= 2) return { field: null, conf: 0.9, reason: `About another person (${tokens[at]} ${n})`, final: true, rank: 'primary' };
  const rest = tokens.filter((_, j) => j !== at && j !== at + 1);
  const g = n === 1 && rest.length ? read(rest.join(' ')) : undefined;
  if (!g?.field || !PROPERTY_OWNER_FIELDS.has(g.field)) return null;
  return { ...g, conf: Math.min(g.conf, 0.85), reason: `The property owner's "${rest.join(' ')}"` };
}

/** Name words and contact persons: a compound ending with one is a name ("Hauptansprechpartner", "Kundenname"). */
const NAMING_KEYS = /(?:name|naam|nom|nome|nombre|partner|person|persoon|referente)$/;
/**
 * A one-word compound ending with a person word that is a name by itself ("Mitglied", "Kunde", "Teilnehmer", "Klant"):
 * "Ehrenmitglied", "Fördermitglied", "Neukunde", "Gastteilnehmer" say what kind of member someone is (a flag, a
 * category), not who they are.
 */
export function memberKind(key: string, entry: { field: string | null }): boolean {
  return entry.field === 'name' && !NAMING_KEYS.test(key);
}

/** Words of a user account's name ("Username", "Nome utente", "Benutzername", "Nombre de usuario", "Login"). */
const LOGIN_WORDS: ReadonlySet<string> = new Set(['username', 'user', 'login', 'logon', 'benutzername', 'benutzer', 'nutzername', 'gebruikersnaam',
  'gebruiker', 'utente', 'usuario', 'utilisateur', 'identifiant', 'utilizador', 'connexion', 'loginname']);

/** A user name or login column of email addresses ("Nome utente": socio1@example.es, as sites log their members in) is
 *  the email, when no other column of the file is one. */
export function loginEmails(ws: Work[], columns: readonly CellValue[][] | undefined): void {
  if (!columns || ws.some((w) => family(w.field) === 'email')) return;
  const w = ws.find((x) => x.field === null && headerTokens(x.header).some((t) => LOGIN_WORDS.has(t)) && valueShare(columns[x.col] ?? [], (v) => sniffValue(v) === 'email', 2) >= 0.8);
  if (w) Object.assign(w, { field: 'email', conf: 0.6, basis: 'both', final: false, rank: 'primary', reason: `"${w.header}" holds email addresses, the file's only ones` });
}

/** The words a login's header adds to its login word: "Login Name", "Nombre de usuario", "Nome utente". */
const LOGIN_NAME_WORDS: ReadonlySet<string> = new Set(['name', 'nome', 'nom', 'nombre', 'naam', 'de', 'di', 'd']);
/** A login's handle ("jvisser", "sofie_m", "m.rossi80"): one word of letters, digits, dots, hyphens and underscores, some
 *  in lower case (not a code in capitals, "FR40303265045", a VAT number). */
const isLoginHandle = (v: string) => /^[a-z][a-z0-9._-]{1,39}$/i.test(v) && /[a-z]/.test(v);

/**
 * A login column of handles ("Username": jvisser, mdekker; "gebruikersnaam", "Usuario", "Login Name"), one for each row,
 * in a file with no other id of the person, is the External ID: the person's account in the system the file comes from,
 * which a later import matches on, as the labels' brief writes ("a login ... is the External ID, like a user id"). Not
 * beside an id of the person that holds values (the id is theirs; an id column empty in every row gives way to the
 * login), not over emails or full names (read above).
 */
export function loginIds(ws: Work[], columns: readonly CellValue[][] | undefined): void {
  // (An id column empty in every row, "Kundennummer" of a staff import, is no id of them: the login is.)
  const ids = ws.filter((w) => w.field === 'externalId' || w.field === 'contactId');
  if (!columns || ids.some((w) => filledTexts(columns[w.col] ?? []).length > 0)) return;
  for (const w of ws) {
    const ts = headerTokens(w.header);
    if (w.field !== null || !ts.some((t) => LOGIN_WORDS.has(t)) || !ts.every((t) => LOGIN_WORDS.has(t) || LOGIN_NAME_WORDS.has(t))) continue;
    const vs = filledTexts(columns[w.col] ?? []);
    if (!oneForEachRow(vs) || !vs.every(isLoginHandle)) continue;
    for (const id of ids) unmap(id, `"${id.header}" is empty: "${w.header}" is the file's id of each person`);
    Object.assign(w, { field: 'externalId', conf: 0.55, basis: 'both', final: false, rank: 'primary', reason: `"${w.header}" holds each person's login ("${vs[0]}"), the file's only id of them` });
    return;
  }
}

/** A user name column of people's full names ("User Name": Aisha Bello, Connor Walsh, as event and poll tools export the
 *  person who signed up) is the name, when no other column is the name; of handles ("jdoe42", "sofie_m") it is a login. */
export function loginNames(ws: Work[], columns: readonly CellValue[][] | undefined): void {
  if (!columns || ws.some((w) => NAME_FIELDS.has(w.field ?? ''))) return;
  const w = ws.find((x) => x.field === null && x.final && headerTokens(x.header).some((t) => LOGIN_WORDS.has(t)) && headerTokens(x.header).every((t) => LOGIN_WORDS.has(t) || t === 'name' || t === 'nome' || t === 'nom' || t === 'nombre')
    && valueShare(columns[x.col] ?? [], isFullNameText, 2) >= 0.8);
  if (w) Object.assign(w, { field: 'name', conf: 0.6, basis: 'both', final: false, rank: 'primary', reason: `"${w.header}" holds people's full names, the file's only names` });
}

/**
 * The file's only name column, headed as the first name, over whole names ("First Name": Ron Pearson, Tina Gallo, as a
 * script's README or a one-field form writes them) is the Name. Not given names of two words ("José Luis", "Anna Maria":
 * their last word is a given name too), nor beside a last-name or a name column.
 */
export function wholeNamesAsFirst(ws: Work[], columns: readonly CellValue[][] | undefined): void {
  if (!columns || ws.some((w) => w.field === 'lastName' || w.field === 'name')) return;
  const firsts = ws.filter((w) => w.field === 'firstName');
  if (firsts.length !== 1) return;
  const w = firsts[0];
  const lastWord = (v: string) => withoutAccents(v.trim().split(/\s+/).pop() ?? '').toLowerCase();
  if (valueShare(columns[w.col] ?? [], (v) => !v.includes(',') && isFullNameText(v) && !GIVEN_NAMES.has(lastWord(v)), 2) < 0.8) return;
  Object.assign(w, { field: 'name', basis: 'both', reason: `"${w.header}" holds whole names ("${filledTexts(columns[w.col] ?? [])[0]}"), the file's only names` });
}

/** "Apelido" is the surname in Portugal and a nickname in Brazil ("Apelido": Rafa, Serginho beside "Nome" of whole
 *  names): read with Brazil, it is not imported. */
export function brazilianNicknames(ws: Work[], country: string | undefined): void {
  if (country?.toUpperCase() !== 'BR') return;
  for (const w of ws) if (w.field === 'lastName' && /^apelidos?$/.test(compactHeader(w.header))) unmap(w, `"${w.header}" is a nickname in Brazil, not the last name`);
}

const INITIALS_WORDS: ReadonlySet<string> = new Set(['voorletters', 'voorletter', 'initialen']);
/** Dutch initials ("Voorletters": J.H., A.) beside a last name, in a file with no given name or whole name: the first
 *  name, as a Dutch register writes initials where others write the given name. Beside a "Voornaam" they are left out. */
export function initialsAsFirst(ws: Work[]): void {
  if (ws.some((w) => w.field === 'firstName' || w.field === 'name') || !ws.some((w) => w.field === 'lastName')) return;
  const w = ws.find((x) => x.field === null && INITIALS_WORDS.has(compactHeader(x.header)));
  if (w) Object.assign(w, { field: 'firstName', conf: 0.7, basis: 'header', final: false, rank: 'primary', reason: `"${w.header}", the initials, is the file's only given name` });
}

/** An email's key word in a header ("Rep Email", "Agent E-mail", "Correo del asesor", "Courriel du conseiller"): the
 *  lexicon's own (./words.ts HEAD_WORDS). */
const EMAIL_WORDS: ReadonlySet<string> = new Set(HEAD_WORDS.filter(([, field]) => field === 'email').map(([word]) => word));

/**
 * The owner's email ("Rep Email", "Assigned Agent Email": gary.pruitt@example.com) in a file whose contacts have emails of
 * their own and where no column names the owner: the user in charge of the contact, by the email the CRM knows its users
 * by. Beside an owner's name column ("Sales Rep" and "Sales Rep Email") it is not imported; an "Owner Email" may be a
 * property's or an organisation's owner, the contact itself (./keyword.ts), and is left to the rules for whose it is.
 */
export function ownerEmails(ws: Work[], columns: readonly CellValue[][] | undefined): void {
  if (!columns || ws.some((w) => w.field === 'owner') || !ws.some((w) => family(w.field) === 'email')) return;
  const w = ws.find((x) => {
    const ts = headerTokens(x.header);
    return x.field === null && ts.some((t) => EMAIL_WORDS.has(t)) && ts.some((t) => (OWNER_WORDS.has(t) && !PROPERTY_OWNER_WORDS.has(t)) || ASSIGNED_WORDS.has(t))
      && valueShare(columns[x.col] ?? [], (v) => sniffValue(v) === 'email', 2) >= 0.8;
  });
  if (w) Object.assign(w, { field: 'owner', conf: 0.6, basis: 'both', final: false, rank: 'primary', reason: `"${w.header}" holds the emails of the users in charge of the contacts, and no column names them` });
}

/** A birth date written in parts, its year's and month's columns beside it ("Geburtsjahr", "Geburtsmonat", "Geburtstag";
 *  "Birth Year", "Birth Month", "Birth Day"): the day's column alone is no date of birth. */
export function birthDateParts(ws: Work[]): void {
  const parts = (w: Work) => /(?:\b|geburts|geboorte)(?:year|month|jahr|monat|ano|mes|annee|mois|anno|mese|jaar|maand)\b/i.test(withoutAccents(w.header));
  if (!ws.some((w) => w.field === null && parts(w) && /birth|geburt|nac|naiss|nasc|geboorte/i.test(w.header))) return;
  for (const w of ws) if (w.field === 'dateOfBirth' && /day|tag|dia|jour|giorno|dag/i.test(w.header)) unmap(w, `"${w.header}" is the day of a birth date written in parts`);
}
