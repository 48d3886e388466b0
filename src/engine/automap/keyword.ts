// The key word of a longer header (./header.ts reads a header in order; this is one of its last steps): "Customer
// Email" is an email, "Correo del cliente" too, "Company Name" the company, "Event Name" nothing.
import type { FieldKey } from '../types';
import type { HeaderGuess } from './header';
import {
  BARE_NAME_WORDS,
  CONTACT_PERSON_WORDS,
  FILLER_WORDS,
  FIRST_WORDS,
  ID_TOKEN_WORDS,
  JOINING_WORDS,
  LAST_WORDS,
  LINK_WORDS,
  NEGATIVE_WORDS,
  NOT_PERSON_NAME_WORDS,
  OWN_URL_WORDS,
  OWNER_NAME_WORDS,
  OWNER_WORDS,
  PERSON_NOUNS,
  PROPERTY_OWNER_WORDS,
  SELF_ID_WORDS,
} from './lexicon';
import { compactHeader, headerTokens } from './normalize';
import { exactEntry, headWords } from './tables';
import { isEnglishName } from './language';
import { inflectedFrom } from './words';
import { ADDRESS_NOUNS, NAME_FIELDS, ROLE_FIELDS } from './work';

/** Articles between a key word and its company word: "Correo de la empresa", "Telefono dell'azienda". */
const ARTICLES: ReadonlySet<string> = new Set(['la', 'le', 'l', 'el', 'della', 'dell', 'dello', 'des', 'a', 'o']);

/** Number words: with a street or address key word, the header names the house number alone. */
const HOUSE_NUMBER_WORDS: ReadonlySet<string> = new Set(['number', 'no', 'nr', 'nro', 'num', 'numero', 'nummer', 'n']);


/** A company, after an Italian PEC (certified email): "PEC Azienda", "PEC aziendale", "PEC società". */
const PEC_COMPANY: ReadonlySet<string> = new Set(['azienda', 'aziendale', 'societa', 'ditta', 'impresa', 'company', 'firma', 'empresa', 'entreprise']);
/** A post-office box: "Postfach PLZ", "PO Box Zip", "Code postal BP", "Apartado postal CP", "Casella postale CAP", "Postbus postcode". */
const PO_BOX_WORDS: ReadonlySet<string> = new Set(['postfach', 'postbus', 'pobox', 'box', 'apartado', 'casella', 'caixa', 'bp']);

/** A confirmation, in the seven languages: "Confirmation Email", "Bestätigung E-Mail", "Confirmar correo", "Conferma email". */
const CONFIRM_WORDS: ReadonlySet<string> = new Set(['confirmation', 'confirmar', 'confirmacion', 'confirmacao', 'confirmez', 'confirmer', 'bestaetigen',
  'bestatigen', 'bestaetigung', 'bestatigung', 'conferma', 'confermare', 'bevestig', 'bevestigen', 'bevestiging']);

/** A street and its house number in one column: "Street and number", "Straße u. Hausnr.", "Rua e número", "Rue et
 *  numéro", "Straat en huisnummer", "Street & No." hold the street line (a street's number alone is no street line). */
const AND = /\s*[&+,]\s*|\s+(?:and|und|u\.?|y|e|et|en|i)\s+/i;
const HOUSE_NUMBER_NAMES: ReadonlySet<string> = new Set([...HOUSE_NUMBER_WORDS, 'hausnummer', 'hausnr', 'hnr', 'huisnummer', 'huisnr', 'civico', 'housenumber', 'house', 'haus']);
export function streetAndNumberGuess(raw: string): HeaderGuess | null {
  const parts = raw.split(AND).filter((p) => p.trim());
  if (parts.length !== 2) return null;
  const street = exactEntry(compactHeader(parts[0]));
  const number = headerTokens(parts[1]);
  if (street?.field !== 'address1' || !number.length || !number.every((w) => HOUSE_NUMBER_NAMES.has(w))) return null;
  return { field: 'address1', conf: 0.85, reason: `A street with its house number ("${raw.trim()}")`, rank: 'primary' };
}

/** The key word of a longer header: the last meaningful word, before "number", "code", "value"... */
export function keywordGuess(words: string[], why: string): HeaderGuess | null {
  if (!words.length) return null;
  // The owner itself: "Assigned User Name", "assigned_user_name" (SugarCRM, SuiteCRM, EspoCRM), "Owner Full Name". Its
  // other columns ("Assigned User Email", "Owner Phone") are the owner's, not the contact's, whatever else they say.
  const ownerWord = words.find((w) => OWNER_WORDS.has(w));
  if (ownerWord) {
    if (words.every((w) => OWNER_WORDS.has(w) || OWNER_NAME_WORDS.has(w))) return { field: 'owner', conf: 0.85, reason: `Names the contact's owner ("${ownerWord}")`, rank: 'primary' };
    if (words.some((w) => !OWNER_WORDS.has(w) && headWords().has(w))) {
      // A property's owner ("eigenaar_email", "Owner Phone" of a parcel list) is the contact of a file that names no one
      // else (./people.ts); a CRM's owner is not.
      const rest = words.filter((w) => w !== ownerWord && !JOINING_WORDS.has(w));
      const field = PROPERTY_OWNER_WORDS.has(ownerWord) ? exactEntry(rest.join(''))?.field : undefined;
      const role = field && ROLE_FIELDS.has(field) ? { role: { field, who: ownerWord } } : {};
      return { field: null, conf: 0.8, reason: `About the contact's owner (${ownerWord})`, final: true, rank: 'primary', ...role };
    }
  }
  // An email's confirmation (the address retyped in a form, or where order confirmations go) is no second address: the
  // email only in a file with no other one.
  const confirm = words.find((w) => CONFIRM_WORDS.has(w));
  if (confirm && words.some((w) => headWords().get(w)?.[0] === 'email')) return { field: 'email', conf: 0.6, reason: `An email's confirmation ("${confirm}")`, rank: 'alternate', fallback: true, fallbackWhy: "an email's confirmation, the same address" };
  const content = words.filter((w) => w.length > 1 || /\d/.test(w));
  // A fax number is no phone of the contact's, whatever words stand with it ("tel_fax", "Fax privé").
  if (words.some((w) => w === 'fax' || w === 'telefax')) return { field: null, conf: 0.8, reason: `A fax number ("${words.join(' ')}"), not a phone`, final: true, rank: 'primary' };
  // (A date word names another date than the person's, "Fecha alta"; a whole known name before the person of the file
  // is theirs: "data_nasc_paciente", "fecha_nacimiento_alumno", "geboortedatum_lid".)
  if (words.some((w) => NEGATIVE_WORDS.has(w))) return ownOfPerson(content, why, true);
  if (!content.length) return null;
  let i = content.length - 1;
  // (and linking words left at the end once a qualifier is dropped: "Lien de la [facture]", "Link da [fatura]")
  while (i > 0 && (FILLER_WORDS.has(content[i]) || JOINING_WORDS.has(content[i]) || ARTICLES.has(content[i])) && !headWords().has(content[i])) i--;
  let head = content[i];
  // "Email Address", "Adresse e-mail": the address of an email is the email.
  if ((head === 'address' || head === 'adresse' || head === 'direccion' || head === 'endereco' || head === 'indirizzo' || head === 'adres') && content.some((w) => w === 'email' || w === 'mail' || w === 'correo' || w === 'courriel')) head = 'email';
  const hit = headWords().get(head);
  if (!hit) return ownOfPerson(content, why);
  // A company's certified email (Italian PEC) is the company's legal address for notices, not the contact's email.
  if (content[0] === 'pec' && content.slice(1).some((w) => PEC_COMPANY.has(w))) return { field: null, conf: 0.8, reason: `The company's certified email (PEC), not the contact's`, final: true, rank: 'primary' };
  // Key word first (Spanish, Portuguese, French, German, Italian, Dutch), the company word after: read as the English
  // "Company Email" (the contact's work email) and "Company Phone" (the company's switchboard, as Outlook's "Company
  // Main Phone", "Téléphone société", "Telefon Firma": not the contact's).
  const first = headWords().get(content[0]);
  if (i > 0 && hit[0] === 'companyName' && first && (first[0] === 'email' || first[0] === 'phone') && content.slice(1).every((w) => FILLER_WORDS.has(w) || ARTICLES.has(w) || headWords().get(w)?.[0] === 'companyName')) {
    if (first[0] === 'phone') return { field: null, conf: 0.8, reason: `The company's phone ("${content[0]}" of the company), not the contact's`, final: true, rank: 'primary' };
    return { field: first[0], conf: first[1], reason: `${why}"${content[0]}", of the company`, rank: 'typed' };
  }
  // A post-office box's postal code is not the street address's ("KU_RECH_POSTFACH_PLZ", "PO Box Zip").
  const poBox = content.find((w, j) => j !== i && PO_BOX_WORDS.has(w));
  if (hit[0] === 'postalCode' && poBox) return { field: null, conf: 0.8, reason: `The postal code of a post-office box ("${poBox}"), not of the street address`, final: true, rank: 'primary' };
  // The name of an address ("address_name": Praxis Dr. Baumann, Inselspital) is its first line, a place's name, not the person's.
  if (hit[0] === 'name' && content.slice(0, i).some((w) => ADDRESS_NOUNS.has(w))) return { field: null, conf: 0.8, reason: 'The name line of an address, not the person\'s name', final: true, rank: 'primary' };
  const modifiers = content.filter((w, j) => j !== i && !FILLER_WORDS.has(w));
  let field: FieldKey = hit[0];
  // Two name nouns, each a name of its own: "Vorname Name", "Nachname, Vorname", "Nombre Apellido" hold the full name
  // ("First Name" is one: "first" only qualifies it).
  const nameNouns = content.filter((w) => NAME_FIELDS.has(headWords().get(w)?.[0] ?? ''));
  if (NAME_FIELDS.has(field) && nameNouns.length >= 2 && content.every((w) => nameNouns.includes(w) || FILLER_WORDS.has(w) || JOINING_WORDS.has(w))) {
    return { field: 'name', conf: 0.8, reason: `Names both parts of the name ("${nameNouns.join('", "')}")`, rank: 'primary' };
  }
  // A name or a company with an id, a code or a number: "Id entreprise", "Company Number", "Código de empresa" hold the
  // company's code, not its name.
  const idToken = content.find((w, j) => j !== i && ID_TOKEN_WORDS.has(w));
  if ((NAME_FIELDS.has(field) || field === 'companyName') && idToken) {
    return { field: null, conf: 0.8, reason: `The ${idToken} of "${head}", not a name`, final: true, rank: 'primary' };
  }
  // A street's or an address's number is the house number alone: "Address Number", "Road No", "Número de domicilio".
  const houseNumber = content.find((w, j) => j !== i && HOUSE_NUMBER_WORDS.has(w));
  if (field === 'address1' && houseNumber) {
    return { field: null, conf: 0.8, reason: `A house number ("${houseNumber}" of "${head}"), not the street line`, final: true, rank: 'primary', houseNumber: true };
  }
  if (field === 'name') {
    // A place's name before "name" ("City Name", "State Name", "Country Name"): the place.
    const place = modifiers.length === 1 ? exactEntry(modifiers[0]) : undefined;
    if (place?.field === 'city' || place?.field === 'state' || place?.field === 'country') return { field: place.field, conf: 0.65, reason: `The name of the ${modifiers[0]}`, rank: 'primary' };
    if (modifiers.some((w) => NOT_PERSON_NAME_WORDS.has(w))) {
      // A first or last name is a person's, never a company's: "Account First Name" is the account holder's.
      if (modifiers.some((w) => FIRST_WORDS.has(w) || LAST_WORDS.has(w))) return { field: null, conf: 0.7, reason: `A name of the ${modifiers.find((w) => NOT_PERSON_NAME_WORDS.has(w))}'s holder, not the contact's`, final: true, rank: 'primary' };
      if (modifiers.some((w) => ['company', 'business', 'organization', 'organisation', 'account', 'employer', 'empresa', 'entreprise', 'societe', 'firma', 'azienda', 'bedrijf'].includes(w))) field = 'companyName';
      else return null;
    } else if (modifiers.some((w) => FIRST_WORDS.has(w)) && !modifiers.some((w) => LAST_WORDS.has(w))) field = 'firstName';
    else if (modifiers.some((w) => LAST_WORDS.has(w)) && !modifiers.some((w) => FIRST_WORDS.has(w))) field = 'lastName';
  }
  if (field === 'website' && LINK_WORDS.has(head) && modifiers.some((w) => !OWN_URL_WORDS.has(w))) {
    return { field: null, conf: 0.8, reason: `A link to something else ("${modifiers.find((w) => !OWN_URL_WORDS.has(w))}")`, final: true, rank: 'primary' };
  }
  return { field, conf: hit[1], reason: `${why}"${head}"`, rank: 'primary' };
}

/** A person of the file: "comprador", "participant", "aluno", a contact person ("Ansprechpartner"); not an Italian
 *  "referente", who in a customer list is someone else beside the customer ("telefono_referente"). */
const isPerson = (w: string) => PERSON_NOUNS.has(w) || (CONTACT_PERSON_WORDS.has(w) && w !== 'referente') || inflectedFrom(w, SELF_ID_WORDS) !== undefined;

/** A person's own key word before the person of the file ("Nombre del comprador", "Email du participant"): read
 *  without the person. Null when the last word is no person. `wholeOnly`: only a whole known name before the person. */
function ownOfPerson(content: readonly string[], why: string, wholeOnly = false): HeaderGuess | null {
  // Key words first, a person of the file after: "Nombre del comprador", "Email du participant", "Telefone do aluno",
  // "Name des Käufers", "NOME_COMPRADOR", "Primer nombre del alumno", "Cognome nome atleta" are that person's own (in
  // English, "Buyer Name"): read without the person.
  // (With its adjective after it: "Nom de la personne inscrite", "Nombre de la persona registrada".)
  // (a contact person too, "E-Mail Ansprechpartner": isPerson)
  const end = content.length >= 3 && !isPerson(content[content.length - 1]) && !headWords().has(content[content.length - 1]) && isPerson(content[content.length - 2]) ? content.length - 2 : content.length - 1;
  const person = content[end];
  let k = end;
  while (k > 1 && (JOINING_WORDS.has(content[k - 1]) || ARTICLES.has(content[k - 1]))) k--;
  if (k < 1 || !isPerson(person)) return null;
  const own = content.slice(0, k);
  const g = wholeOnly ? null : keywordGuess(own, why);
  // A bare name word of the person ("Nom Adhérent", "Naam lid") is read as a bare "Nom": the last name beside a first name.
  const bareName = g?.field === 'name' && own.length === 1 && BARE_NAME_WORDS.has(own[0]) ? { bareName: true } : {};
  if (g) return g.field === null ? g : { ...g, ...bareName, reason: `${g.reason}, of the ${person}` };
  // (one word too when it names the tags: "Catégorie de client", "Categoria do cliente", "Categoría del socio"; not an
  // English one, whose person comes first: "Team Member", "Group Leader" are people)
  const e = exactEntry(own.join(''));
  return e?.field && (own.length >= 2 || (e.field === 'tags' && !isEnglishName(own[0]))) ? { field: e.field, conf: Math.min(e.conf, 0.75), reason: `${why}"${own.join(' ')}", of the ${person}`, rank: 'primary' } : null;
}
