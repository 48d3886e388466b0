// The header lexicon: what column names mean, as data. The auto-mapper (./header.ts) reads it; nothing here runs.
//
// Every name is compared after normalization (./normalize.ts): case, accents ("Teléfono" = "telefono"), "ß",
// punctuation, spacing, snake_case, camelCase and "e-mail"/"email" do not matter. So each synonym is written once,
// in its usual spelling, and matches all of "Código postal", "codigo_postal", "codigoPostal", "CODIGO POSTAL".
//
// - FIELD_NAMES: whole-header synonyms per field and language (en, es, pt, fr, de, it, nl), by confidence tier; those of
//   the CRM fields (source, tags, owner, followers) in ./crmnames.ts.
// - VENDOR_HEADERS (./vendors.ts): the export headers of address books, CRMs, e-commerce and event tools, each with where the
//   convention comes from.
// - NOT_FIELDS (./words.ts): headers known to hold something else (job title, notes, system dates...): never mapped, and no
//   near miss may turn them into a field ("Stage" is one letter from "State").
// - HEAD_WORDS: key words inside longer headers ("Customer Email", "Correo del cliente", "Numéro de portable").
// - The word lists (QUALIFIERS, OTHER_PEOPLE, ...): words that say whose column it is, or which of several; those about
//   things other than the person (names of things, other records, cards, whose id) are in ./objects.ts.
import type { StandardFieldKey } from '../types';
import { CRM_FIELD_NAMES } from './crmnames';

export type Lang = 'en' | 'es' | 'pt' | 'fr' | 'de' | 'it' | 'nl';
export const LANGS: readonly Lang[] = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl'];

/** A field key, or null for "a known header that is not a contact field". */
export type LexField = StandardFieldKey | null;

export interface SynonymTier {
  field: StandardFieldKey;
  /** 0..1: 1 for the field's own names, lower for typed, secondary or vaguer ones. */
  conf: number;
  names: Partial<Record<Lang, readonly string[]>>;
  /**
   * "primary" (the main one of its kind), "typed" (work, home, mobile...: one of several of equal rank) or
   * "alternate" (other, secondary, backup: never before the others). Used to pick the main email and phone.
   */
  rank?: 'primary' | 'typed' | 'alternate';
}

// ------------------------------------------------------------------------------------------ fields, by language

export const FIELD_NAMES: readonly SynonymTier[] = [
  { field: 'contactId', conf: 1, names: {
    en: ['Contact ID', 'Contact Record ID', 'Contact Identifier'],
    es: ['ID de contacto', 'ID contacto', 'Identificador de contacto'],
    pt: ['ID do contato', 'ID do contacto', 'ID contato'],
    fr: ['ID du contact', 'ID contact', 'Identifiant du contact'],
    de: ['Kontakt-ID', 'Kontakt ID', 'KontaktID'],
    it: ['ID contatto', 'ID del contatto'],
    nl: ['Contact-ID'],
  } },
  { field: 'externalId', conf: 1, names: {
    // CiviCRM's import and export name it in full, "External Identifier" (its contact import test files)
    en: ['External ID', 'Ext ID', 'External Reference', 'External Ref', 'External Code', 'External Identifier'],
    es: ['ID externo', 'Referencia externa', 'Código externo'],
    pt: ['ID externo', 'Referência externa', 'Código externo'],
    fr: ['ID externe', 'Identifiant externe', 'Référence externe', 'Code externe'],
    de: ['Externe ID', 'Externe Referenz', 'Externer Code'],
    it: ['ID esterno', 'Riferimento esterno', 'Codice esterno'],
    nl: ['Externe ID', 'Externe referentie', 'Externe code'],
  } },
  { field: 'externalId', conf: 0.85, names: {
    en: ['Customer ID', 'Client ID', 'Member ID', 'Patient ID', 'Legacy ID', 'Import ID', 'Source ID', 'Customer Number', 'Member Number', 'Account Number', 'Customer No', 'PMS ID'],
    es: ['ID de cliente', 'Número de cliente', 'Código de cliente', 'Número de socio', 'Nº de socio', 'ID de socio'],
    pt: ['ID do cliente', 'Número do cliente', 'Código do cliente', 'Número de sócio', 'Matrícula'],
    // Dolibarr's third parties ("Réf. tiers", "Code client" of its "Tiers" export): the customer's reference
    fr: ['ID client', 'Numéro client', 'Code client', "Numéro d'adhérent", 'Numéro adhérent', 'N° adhérent', 'Numéro de membre', 'Réf tiers', 'Référence tiers', 'Code tiers', 'Réf client', 'Référence client'],
    // "Kd.-Nr.", "KdNr": the Kundennummer, abbreviated (invoicing and ERP exports)
    de: ['Kundennummer', 'Kunden-ID', 'Kundennr', 'Mitgliedsnummer', 'Mitglieds-ID', 'Mitgliedsnr', 'Kd-Nr', 'Kd Nr', 'KdNr', 'Kd-Nummer'],
    it: ['ID cliente', 'Codice cliente', 'Numero cliente', 'Numero socio', 'Codice socio', 'Tessera', 'Numero tesseramento', 'Numero tessera'],
    // a sports federation's member number (the KNVB's and the Atletiekunie's "bondsnummer", Sportlink's member exports)
    nl: ['Klantnummer', 'Klant-ID', 'Lidnummer', 'Lidnr', 'Lid nr', 'Relatienummer', 'Relatiecode', 'Relatie-ID', 'Clublidnummer', 'Lidmaatschapsnummer', 'Bondsnummer', 'Bondslidnummer', 'Bondsnr'],
  } },
  // the person's reference in another system, written so ("Ref_Externe" of a practice's patient export; Spanish
  // "Referencia externa" is already read as an external id by its words)
  { field: 'externalId', conf: 0.8, names: { en: ['External Reference', 'External Ref'], fr: ['Ref externe', 'Réf externe', 'Référence externe'] } },
  // an ERP's integration code, the key another system imports a customer by (Omie's "Código de Integração")
  { field: 'externalId', conf: 0.8, names: { en: ['Integration ID', 'Integration Code', 'Integration Key'], es: ['Código de integración', 'ID de integración'], pt: ['Código de integração', 'ID de integração'], fr: ["Code d'intégration"], de: ['Integrations-ID', 'Integrationsschlüssel'], it: ['Codice di integrazione'], nl: ['Integratiecode'] } },
  // a student's matriculation number ("Matric number": NB/UI/0142), a sports league's player pass ("PassNummer"), a
  // professional order's registration number ("Numero iscrizione"), a record's UUID
  { field: 'externalId', conf: 0.75, names: { en: ['Matric Number', 'Matric No', 'Matriculation Number', 'UUID', 'GUID'], de: ['Passnummer', 'Spielerpassnummer', 'Spielerpass', 'Internnummer'], it: ['Numero iscrizione', 'Numero di iscrizione', 'N iscrizione'], nl: ['Internnummer', 'Intern nummer'] } },
  // a membership's number (an association's member list): the member's number
  { field: 'externalId', conf: 0.85, names: { en: ['Membership Number', 'Membership No', 'Membership Num'], es: ['Número de membresía', 'Número de afiliado', 'Nº de afiliado'], pt: ['Número de associado', 'Número de filiado'], fr: ["Numéro d'adhésion", 'N° adhésion'], de: ['Mitgliedschaftsnummer'], it: ['Numero associato', 'Numero iscritto'], nl: ['Lidmaatschapnummer'] } },
  // The contact's account in the file's own system, abbreviated, in French or Spanish: a veterinary clinic's "Acct_Num", an
  // accounts list's "numéro de compte" (a French ledger's client account, "C0012458"), below a customer code. A bank
  // account's number is no id (./words.ts).
  { field: 'externalId', conf: 0.75, names: {
    en: ['Account No', 'Account Num', 'Acct', 'Acct No', 'Acct Num', 'Acct Number', 'Acc No', 'Client Account Number', 'Customer Account Number'],
    // Mexico's UNAM numbers its students by "Número de cuenta"
    es: ['Número de cuenta', 'Nº de cuenta', 'No de cuenta', 'Núm de cuenta'],
    fr: ['Numéro de compte', 'N° de compte', 'N° compte', 'Numéro compte', 'No de compte', 'Num compte', 'Compte client', 'Numéro de compte client'],
  } },
  // The person's id in the system the file is migrated from ("ID_Original" of a migration sheet, "Legacy ID", "Old ID").
  { field: 'externalId', conf: 0.8, names: {
    en: ['Original ID', 'ID Original', 'Old ID', 'Previous ID', 'Legacy Number', 'Legacy No'],
    es: ['ID original', 'ID antiguo', 'ID anterior'],
    pt: ['ID antigo', 'ID anterior'],
    fr: ["ID d'origine", 'Ancien ID', 'ID originel'],
    de: ['Alte ID', 'Ursprüngliche ID', 'Alte Nummer'],
    it: ['ID originale', 'Vecchio ID', 'ID precedente'],
    nl: ['Oude ID', 'Oorspronkelijke ID', 'Oud nummer'],
  } },
  // Another system's number for this person where the system is a school, an employer or an association: Indian
  // school and university rolls ("Roll Number", "Roll No", "Registration No", "Reg No"), Dutch schools' "Stamnummer", European student registers (Matrikelnummer, matricule,
  // matrícula, matricola, studentnummer), staff numbers, and the German "Kennung" (identifier) of a register.
  { field: 'externalId', conf: 0.8, names: {
    en: ['Roll Number', 'Roll No', 'Registration Number', 'Registration No', 'Reg No', 'Reg Number', 'Regd No', 'Student Number', 'Student No', 'Admission Number', 'Admission No', 'Enrollment Number', 'Enrolment Number', 'Employee Number', 'Employee ID', 'Staff Number',
      // Indian universities' "PRN" (Permanent Registration Number: Savitribai Phule Pune University, Mumbai University) and
      // a college's number for its student (Singapore's junior colleges, Indian colleges: "College Number", "College ID")
      'PRN', 'PRN No', 'PRN Number', 'Permanent Registration Number', 'College Number', 'College No', 'College Roll Number'],
    // Mexico's "Número de control": the student number of the Tecnológico Nacional de México and of high schools
    // (and Spain's pupil number in the regions' school systems, "NIA": número de identificación del alumno)
    es: ['Número de matrícula', 'Legajo', 'Número de legajo', 'Número de empleado', 'Número de control', 'No de control', 'Núm de control', 'NIA'],
    pt: ['Número de matrícula', 'Número do aluno'],
    fr: ['Matricule', 'Numéro étudiant', "Numéro d'étudiant", 'Numéro de matricule'],
    de: ['Kennung', 'Matrikelnummer', 'Matrikelnr', 'Matnr', 'Matr-Nr', 'Matrikel', 'Personalnummer', 'Personalnr', 'Schülernummer'],
    it: ['Matricola', 'Numero di matricola', 'Numero matricola'],
    nl: ['Studentnummer', 'Leerlingnummer', 'Stamnummer', 'Personeelsnummer'],
  } },
  // the id of the row's record, which is the contact's own ("ID_Registro", "ID do registro", like "Record Number")
  { field: 'externalId', conf: 0.58, names: { en: ['ID', 'UID', 'Unique ID', 'Identifier', 'Record Number'], es: ['Identificador', 'ID registro', 'ID del registro'], fr: ['Identifiant'], pt: ['Identificador', 'ID registro', 'ID do registro'], it: ['Identificativo'] } },

  { field: 'name', conf: 1, names: {
    en: ['Name', 'Full Name', 'Contact Name', 'Fullname', 'Complete Name', 'First and Last Name', 'Name and Surname', 'Customer Name', 'Client Name', 'Person Name'],
    es: ['Nombre', 'Nombre completo', 'Nombre y apellidos', 'Nombre y apellido', 'Nombres y apellidos', 'Apellidos y nombre', 'Apellidos y nombres', 'Apellido y nombres', 'Apellidos, nombres', 'Nombre del contacto', 'Nombre del cliente'],
    pt: ['Nome', 'Nome completo', 'Nome e sobrenome', 'Nome e apelido', 'Nome do contato', 'Nome do cliente'],
    fr: ['Nom', 'Nom complet', 'Nom et prénom', 'Prénom et nom', 'Nom prénom', 'Prénom nom', 'Nom du contact', 'Nom du client'],
    de: ['Vollständiger Name', 'Vor- und Nachname', 'Vorname und Nachname', 'Name, Vorname', 'Kontaktname', 'Kundenname'],
    it: ['Nome', 'Nome e cognome', 'Cognome e nome', 'Nominativo', 'Nome completo', 'Nome del contatto', 'Nome cliente'],
    nl: ['Volledige naam', 'Naam', 'Voor- en achternaam', 'Contactnaam', 'Klantnaam'],
  } },
  // a chat workspace's member export (Slack's "real_name" beside its handle, "display_name"); a household's head in an aid
  // programme's list (the household's person the file is about)
  { field: 'name', conf: 0.9, names: { en: ['Real Name', 'Head of Household', 'Household Head'], es: ['Jefe de hogar', 'Jefe de familia'], pt: ['Chefe de família', 'Responsável familiar'], fr: ['Chef de ménage', 'Chef de famille'] } },
  // "Contact" alone may hold a name, an email or a phone: the values decide (./resolve.ts).
  { field: 'name', conf: 0.5, names: { en: ['Contact', 'Contact Info', 'Contact Details', 'Info', 'Details'], es: ['Contacto', 'Datos de contacto'], pt: ['Contato', 'Contacto', 'Dados de contato'], fr: ['Contact', 'Coordonnées'], de: ['Kontakt', 'Kontaktdaten'], it: ['Contatto', 'Recapito', 'Contatti'], nl: ['Contact', 'Contactgegevens'] } },
  { field: 'name', conf: 0.9, names: { en: ['FN', 'Lead Name', 'Your Name', 'Contact Person', 'Point of Contact', 'POC', 'POC Name', 'Attendee Name', 'Guest Name', 'Member Name', 'Participant Name', 'Subscriber Name', 'Student Name'], es: ['Nombre del participante', 'Persona de contacto', 'Cliente', 'P. Contacto', 'Pers. Contacto', 'Pers. de contacto'], pt: ['Pessoa de contato', 'Cliente', 'P. Contato'], fr: ['Personne de contact', 'Interlocuteur', 'Client'], de: ['Ansprechpartner', 'Kunde', 'Teilnehmer', 'Kontaktperson'], it: ['Referente', 'Persona di riferimento', 'Cliente'], nl: ['Contactpersoon', 'Klant'] } },
  // The holder a bill or a contract is in the name of: "Intestatario" (an Italian billing export), "Titular",
  // "Titulaire". Not a bank account's holder ("Kontoinhaber", "Account Holder" on a direct-debit form: maybe a parent).
  { field: 'name', conf: 0.8, names: { en: ['Holder', 'Holder Name'], es: ['Titular', 'Nombre del titular'], pt: ['Titular', 'Nome do titular'], fr: ['Titulaire', 'Nom du titulaire'], it: ['Intestatario', 'Intestataria', 'Titolare', 'Contraente'] } },
  // The person a file is about in a role: a debt collector's debtor ("Devedor", "Deudor", "Schuldner"), a supplier's or
  // a partner's focal point ("Ponto focal", "Punto focal": their contact person). Below a strong match: a debtor's
  // number may stand under the same word in an accounting export ("Debiteur": 10023), and its values then decide.
  { field: 'name', conf: 0.75, names: { en: ['Debtor', 'Focal Point'], es: ['Deudor', 'Punto focal'], pt: ['Devedor', 'Ponto focal'], fr: ['Débiteur', 'Point focal'], de: ['Schuldner'], it: ['Debitore', 'Punto focale'], nl: ['Debiteur'] } },
  // (Below a strong match: a person's word may head a yes/no column too, "Socio": Si, No; "Lid": ja, nee.)
  { field: 'name', conf: 0.75, names: { en: ['Display Name', 'Person', 'Full Name (Display)', 'Customer', 'Client', 'Attendee', 'Participant', 'Member', 'Lead', 'Guest', 'Candidate', 'Subscriber', 'Student'], es: ['Candidato', 'Participante', 'Socio', 'Asistente', 'Comprador', 'Compradora'], pt: ['Participante', 'Sócio', 'Candidato', 'Comprador', 'Compradora', 'Comprador(a)'], fr: ['Participant', 'Candidat'], de: ['Mitglied', 'Kandidat', 'Anzeigename', 'Käufer'], it: ['Partecipante', 'Socio', 'Candidato', 'Iscritto'], nl: ['Deelnemer', 'Lid', 'Kandidaat'] } },
  // A school's pupil, singular or as a class list's plural ("Élèves": MARTIN Léa, a Pronote export), like "Student"
  // and a clinic's patient ("Paciente": Helena Duarte, in an appointments or a receivables export)
  { field: 'name', conf: 0.75, names: { en: ['Patient'], es: ['Paciente'], pt: ['Paciente'], fr: ['Patient', 'Patiente'], de: ['Patient', 'Patientin'], it: ['Paziente'], nl: ['Patiënt', 'Patient'] } },
  { field: 'name', conf: 0.75, names: { en: ['Pupil', 'Pupils', 'Students'], es: ['Alumno', 'Alumna', 'Alumnos', 'Estudiante'], pt: ['Aluno', 'Aluna', 'Alunos', 'Estudante'], fr: ['Élève', 'Élèves', 'Étudiant', 'Étudiante'], de: ['Schüler', 'Schülerin', 'Student', 'Studentin'], it: ['Alunno', 'Alunna', 'Alunni', 'Studente'], nl: ['Leerling', 'Leerlingen', 'Student'] } },

  { field: 'firstName', conf: 1, names: {
    en: ['First Name', 'Given Name', 'FName', 'First', 'Forename', 'Given', 'Christian Name', 'First Names', 'Given Names'],
    es: ['Nombres', 'Primer nombre', 'Nombre de pila'],
    pt: ['Primeiro nome', 'Nome próprio', 'Prenome'],
    fr: ['Prénom', 'Prénoms'],
    de: ['Vorname', 'Vornamen', 'Rufname'],
    it: ['Nome di battesimo', 'Nome proprio'],
    nl: ['Voornaam', 'Voornamen', 'Roepnaam'],
  } },
  { field: 'lastName', conf: 1, names: {
    en: ['Last Name', 'Family Name', 'LName', 'Surname', 'Last', 'Sur Name', 'Family', 'Surnames'],
    // Chile and Mexico write the father's and the mother's family names apart: "apellidoP", "apellidoM" (index:47258366278).
    es: ['Apellido', 'Apellidos', 'Primer apellido', 'Apellido paterno', 'Apellido P', 'Apellido Pat', 'Ap Paterno', 'Ap Pat'],
    pt: ['Sobrenome', 'Apelido', 'Último nome', 'Nome de família'],
    // "Nom d'usage": the family name someone goes by (a married name), beside or instead of the birth name
    fr: ['Nom de famille', "Nom d'usage", 'Nom usuel'],
    de: ['Nachname', 'Familienname', 'Zuname'],
    it: ['Cognome', 'Cognomi'],
    // the family name as Dutch registers (BRP, Kadaster) write it
    nl: ['Achternaam', 'Familienaam', 'Familie naam', 'Geslachtsnaam', 'Gezinsnaam'],
  } },
  // the birth name, beside the name someone goes by ("Nom d'usage"): the one used wins
  { field: 'lastName', conf: 0.9, names: { fr: ['Nom de naissance'] } },

  { field: 'email', conf: 1, rank: 'primary', names: {
    en: ['Email', 'Email Address', 'E-mail', 'Contact Email', 'Primary Email', 'Email Value', 'Email Address Value', 'Main Email', 'Email Primary', 'Preferred Email', 'Mail Address'],
    es: ['Correo', 'Correo electrónico', 'Email', 'Dirección de correo', 'Dirección de correo electrónico', 'Correo principal', 'Mail'],
    pt: ['E-mail', 'Endereço de e-mail', 'Endereço de email', 'Correio eletrônico', 'Correio electrónico', 'Email principal'],
    fr: ['Courriel', 'Adresse e-mail', 'Adresse mail', 'Adresse électronique', 'Mél', 'Email principal', 'Adresse courriel'],
    de: ['E-Mail', 'E-Mail-Adresse', 'Mailadresse', 'Emailadresse', 'Mail-Adresse'],
    it: ['Indirizzo email', 'Posta elettronica', 'Indirizzo di posta elettronica', 'Email principale'],
    nl: ['E-mailadres', 'Emailadres', 'Mailadres', 'E-mail adres'],
  } },
  { field: 'email', conf: 0.95, rank: 'typed', names: {
    // plural, the list of a person's addresses (Givebutter's "Email Addresses"): one of several, the main one when alone
    en: ['Work Email', 'Personal Email', 'Business Email', 'Home Email', 'Mail', 'Email ID', 'Emails', 'Private Email', 'Office Email', 'Company Email', 'Institutional Email', 'Email Addresses'],
    es: ['Correo personal', 'Correo del trabajo', 'Correo de trabajo', 'Correo corporativo', 'Email personal', 'Email corporativo', 'Correo institucional', 'Correos', 'Correos electrónicos', 'Direcciones de correo'],
    pt: ['E-mail pessoal', 'E-mail comercial', 'E-mail corporativo', 'E-mail do trabalho', 'E-mail institucional', 'Endereços de e-mail'],
    fr: ['Courriel personnel', 'Courriel professionnel', 'Email personnel', 'Email professionnel', 'Mail pro', 'Mail perso', 'Adresses e-mail', 'Courriels', 'Adresses électroniques', 'Adresse e-mail personnelle', 'Adresse e-mail professionnelle', 'Adresse mail personnelle', 'Adresse mail professionnelle'],
    de: ['E-Mail privat', 'E-Mail geschäftlich', 'Private E-Mail', 'Geschäftliche E-Mail', 'E-Mail dienstlich', 'E-Mail-Adressen', 'E-Mails'],
    it: ['Email personale', 'Email aziendale', 'Email di lavoro', 'Email istituzionale', 'PEC', 'Email PEC', 'Indirizzi email', 'Indirizzi di posta elettronica'],
    nl: ['E-mail privé', 'E-mail zakelijk', 'Zakelijk e-mailadres', 'Privé e-mailadres', 'E-mailadressen'],
  } },
  { field: 'email', conf: 0.85, rank: 'alternate', names: {
    en: ['Secondary Email', 'Other Email', 'Alternate Email', 'Alt Email', 'Alternative Email', 'Backup Email', 'Second Email', 'Email 2', 'Email Alt'],
    es: ['Correo secundario', 'Otro correo', 'Correo alternativo', 'Email secundario', 'Email alternativo'],
    pt: ['E-mail secundário', 'Outro e-mail', 'E-mail alternativo'],
    fr: ['Courriel secondaire', 'Autre courriel', 'Email secondaire', 'Autre email'],
    de: ['Weitere E-Mail', 'Zweite E-Mail', 'Alternative E-Mail', 'E-Mail 2'],
    it: ['Email secondaria', 'Altra email', 'Email alternativa'],
    nl: ['Tweede e-mailadres', 'Ander e-mailadres', 'Alternatief e-mailadres'],
  } },
  { field: 'additionalEmails', conf: 1, names: {
    en: ['Additional Emails', 'Additional Email', 'Additional Email Addresses', 'Additional Email Address', 'Other Emails', 'Secondary Emails', 'Alternate Emails', 'Other Email Addresses'],
    es: ['Correos adicionales', 'Otros correos', 'Emails adicionales'],
    pt: ['E-mails adicionais', 'Outros e-mails'],
    fr: ['Courriels supplémentaires', 'Autres courriels', 'Emails supplémentaires', 'Autres emails'],
    de: ['Weitere E-Mails', 'Zusätzliche E-Mail-Adressen', 'Weitere E-Mail-Adressen'],
    it: ['Email aggiuntive', 'Altre email'],
    nl: ['Extra e-mailadressen', 'Andere e-mailadressen', 'Overige e-mailadressen'],
  } },

  { field: 'phone', conf: 1, rank: 'primary', names: {
    en: ['Phone', 'Phone Number', 'Telephone', 'Tel', 'Telephone Number', 'Primary Phone', 'Phone Value', 'Contact Phone', 'Phone No', 'Tel No', 'Contact Number', 'Phone Primary', 'Main Phone', 'Preferred Phone',
      // as Indian and Philippine forms write "Contact Number"
      'Contact No'],
    es: ['Teléfono', 'Telefono', 'Tel', 'Tfno', 'Tlf', 'Número de teléfono', 'Numero de telefono', 'Teléfono de contacto', 'Teléfono principal', 'Número de contacto',
      // abbreviated ("Telf.", "Teléf.", "Tlfno."), Latin American "Número telefónico", Chile's "Fono"
      'Telf', 'Teléf', 'Tlfno', 'Número telefónico', 'Fono'],
    pt: ['Telefone', 'Fone', 'Número de telefone', 'Telefone de contato', 'Telefone principal'],
    fr: ['Téléphone', 'Tél', 'Tel', 'Numéro de téléphone', 'N° de téléphone', 'Téléphone principal'],
    de: ['Telefon', 'Telefonnummer', 'Tel', 'Rufnummer', 'Telefon-Nr', 'Tel-Nr', 'Telefonnr', 'Haupttelefon', 'Haupttelefonnummer', 'Telefonnummern',
      // as letterheads write it ("Fon", "Fax"); Apple Contacts' German export names the main number "Hauptnummer"
      'Fon', 'Hauptnummer'],
    it: ['Telefono', 'Numero di telefono', 'Recapito telefonico', 'Tel', 'Telefono principale', 'Numero telefonico'],
    // ("Contactnummer" is the number to call, as "Contact Number" is: no record's id)
    nl: ['Telefoon', 'Telefoonnummer', 'Tel', 'Telnr', 'Tel-nr', 'Hoofdtelefoon', 'Hoofdnummer', 'Telefoonnummers', 'Contactnummer'],
  } },
  { field: 'phone', conf: 0.95, rank: 'typed', names: {
    en: ['Mobile', 'Mobile Phone', 'Mobile Number', 'Mobile Phone Number', 'Mob', 'Mob No', 'Cell', 'Cell Phone', 'Cell Number', 'Cellphone', 'Mobile No', 'Cell Phone Number', 'SMS', 'SMS Number', 'Text Number',
      // the number text messages go to (Calendly's "Text Reminder Number"): a mobile
      'Texting Number', 'Text Message Number', 'Text Reminder Number', 'SMS Reminder Number'],
    es: ['Móvil', 'Movil', 'Celular', 'Teléfono móvil', 'Teléfono celular', 'Número de celular', 'Número de móvil', 'Cel', 'Número para SMS', 'Número SMS'],
    pt: ['Celular', 'Telemóvel', 'Telemovel', 'Telefone celular', 'Número de celular', 'Cel', 'Número para SMS', 'Número SMS'],
    fr: ['Portable', 'Mobile', 'Téléphone portable', 'Téléphone mobile', 'Numéro de portable', 'GSM', 'Tél portable', 'Numéro SMS', 'Numéro pour SMS'],
    de: ['Handy', 'Mobil', 'Mobiltelefon', 'Mobilnummer', 'Handynummer', 'Mobilfunknummer', 'Mobiltelefonnummer', 'SMS-Nummer', 'Nummer für SMS'],
    it: ['Cellulare', 'Cell', 'Telefono cellulare', 'Numero di cellulare', 'Mobile', 'Numero SMS', 'Numero per SMS'],
    nl: ['Mobiel', 'Mobiel nummer', 'Mobiele telefoon', 'Mobiele nummer', 'GSM', 'GSM-nummer', 'Mobielnummer', 'SMS-nummer'],
  } },
  // a business's toll-free number (Wave's and QuickBooks' customer exports: "toll_free", "Toll Free"): a phone of its own kind
  { field: 'phone', conf: 0.85, rank: 'typed', names: { en: ['Toll Free', 'Toll-Free Number', 'Toll Free Number', 'Toll Free Phone'] } },
  { field: 'phone', conf: 0.9, rank: 'typed', names: {
    en: ['Work Phone', 'Business Phone', 'Home Phone', 'Office Phone', 'Landline', 'WhatsApp', 'WhatsApp Number', 'Car Phone', 'Direct Phone', 'Direct Line', 'Phones', 'Personal Phone', 'Private Phone', 'Work Number', 'Home Number', 'Office Number', 'Landline Number', 'Day Phone', 'Evening Phone',
      // a direct dial-in number (British "DDI", Xero's contacts export "DDINumber"), beside the switchboard's
      'DDI', 'DDI Number', 'Direct Dial', 'Direct Dial Number', 'Direct Dial In'],
    es: ['Teléfono fijo', 'Fijo', 'Teléfono de casa', 'Teléfono del trabajo', 'Teléfono de trabajo', 'Teléfono oficina', 'Teléfono particular', 'WhatsApp'],
    pt: ['Telefone fixo', 'Telefone residencial', 'Telefone comercial', 'Telefone do trabalho', 'WhatsApp'],
    fr: ['Téléphone fixe', 'Téléphone domicile', 'Téléphone professionnel', 'Téléphone bureau', 'Tél fixe', 'Tél domicile', 'Tél bureau', 'Fixe', 'Téléphone personnel', 'Tél personnel', 'Téléphone perso'],
    // "Privatnr", "Dienstnr": the private and office number, abbreviated (Stud.IP's participant lists, address lists)
    de: ['Festnetz', 'Telefon privat', 'Telefon geschäftlich', 'Telefon dienstlich', 'Telefon Büro', 'Festnetznummer', 'Geschäftliche Telefonnummer', 'Private Telefonnummer', 'Privatnummer', 'Privatnr', 'Dienstnummer', 'Dienstnr', 'Geschäftsnummer', 'Büronummer', 'Private Rufnummer', 'Geschäftliche Rufnummer'],
    it: ['Telefono fisso', 'Telefono casa', 'Telefono ufficio', 'Telefono lavoro', 'Fisso'],
    nl: ['Vast nummer', 'Telefoon thuis', 'Telefoon werk', 'Telefoon privé', 'Vaste telefoon', 'Telefoon zakelijk'],
  } },
  { field: 'phone', conf: 0.8, rank: 'typed', names: { es: ['Teléfono del coche', 'Teléfono del automóvil'], pt: ['Telefone do carro'], fr: ['Téléphone (voiture)', 'Tél. voiture'], de: ['Autotelefon'], it: ['Telefono auto', "Telefono dell'auto"], nl: ['Autotelefoon'] } },
  { field: 'phone', conf: 0.85, rank: 'alternate', names: {
    en: ['Other Phone', 'Secondary Phone', 'Alternate Phone', 'Alt Phone', 'Alternative Phone', 'Second Phone', 'Backup Phone', 'Additional Phone Number 2'],
    es: ['Otro teléfono', 'Teléfono secundario', 'Teléfono alternativo', 'Teléfono 2'],
    pt: ['Outro telefone', 'Telefone secundário', 'Telefone alternativo', 'Telefone 2'],
    fr: ['Autre téléphone', 'Téléphone secondaire', 'Téléphone 2'],
    de: ['Weitere Telefonnummer', 'Zweite Telefonnummer', 'Telefon 2'],
    it: ['Altro telefono', 'Telefono secondario', 'Telefono 2'],
    nl: ['Ander telefoonnummer', 'Tweede telefoonnummer', 'Telefoon 2'],
  } },
  { field: 'additionalPhones', conf: 1, names: {
    en: ['Additional Phones', 'Additional Phone', 'Additional Phone Numbers', 'Additional Phone Number', 'Other Phones', 'Secondary Phones', 'Other Phone Numbers'],
    es: ['Teléfonos adicionales', 'Otros teléfonos'],
    pt: ['Telefones adicionais', 'Outros telefones'],
    fr: ['Téléphones supplémentaires', 'Autres téléphones'],
    de: ['Weitere Telefonnummern', 'Zusätzliche Telefonnummern'],
    it: ['Telefoni aggiuntivi', 'Altri telefoni'],
    nl: ['Extra telefoonnummers', 'Andere telefoonnummers', 'Overige telefoonnummers'],
  } },

  { field: 'companyName', conf: 1, names: {
    en: ['Company', 'Company Name', 'Organization', 'Organisation', 'Organization Name', 'Organisation Name', 'Org', 'Business Name', 'Organization Value', 'Employer', 'Employer Name', 'Firm', 'Business'],
    es: ['Empresa', 'Compañía', 'Compania', 'Organización', 'Nombre de la empresa', 'Razón social', 'Entidad', 'Institución', 'Nombre de la institución', 'Nombre de la organización'],
    pt: ['Empresa', 'Companhia', 'Organização', 'Nome da empresa', 'Razão social', 'Instituição', 'Nome da instituição', 'Nome da organização'],
    fr: ['Entreprise', 'Société', 'Organisation', 'Raison sociale', "Nom de l'entreprise", 'Nom de la société', 'Structure', 'Nom de structure', 'Nom de la structure', 'Employeur', 'Nom tiers', 'Nom du tiers'],
    de: ['Firma', 'Unternehmen', 'Firmenname', 'Organisation', 'Arbeitgeber', 'Betrieb', 'Institution', 'Geschäftsname', 'Arbeitsstelle'],
    it: ['Azienda', 'Società', 'Ditta', 'Ragione sociale', 'Nome azienda', 'Organizzazione', 'Ente', 'Rag. Soc.', 'RagSoc', 'RagSocCli', 'RagSocCliente'],
    nl: ['Bedrijf', 'Bedrijfsnaam', 'Organisatie', 'Werkgever', 'Firma', 'Onderneming'],
  } },
  // ...and a French firm's legal name beside its trade name (a prospecting tool's "Nom légal"; an English or Spanish "Legal
  // Name" is as often a person's own), the contact's company (Kommo's "Empresa do contato")
  { field: 'companyName', conf: 0.95, names: { en: ['Account Name', 'Company Account', 'Org Name', 'Organization 1 - Name'], es: ['Nombre de la cuenta', 'Empresa del contacto'], pt: ['Nome da conta', 'Empresa do contato'], fr: ['Nom du compte', 'Nom légal'], de: ['Kontoname'], it: ['Nome account'], nl: ['Accountnaam'] } },
  // A medical practice in French ("Cabinet": Cabinet médical des Halles, a doctors' directory) and a cooperative. (Brazil's
  // "Nome fantasia", a business's trade name beside its registered name, is left: two parts of three leave it out.)
  { field: 'companyName', conf: 0.8, names: { es: ['Nombre de la cooperativa', 'Cooperativa'], fr: ['Cabinet', 'Nom du cabinet'], it: ['Cooperativa'] } },
  // A Brazilian ERP's "Razão" (the razão social, abbreviated: Protheus' "A1_NOME" beside "razao"), translated word for word
  // ("social_reason" of a shop's Brazilian customer import), a French health network's "Structure juridique" (the legal entity).
  { field: 'companyName', conf: 0.75, names: { en: ['Social Reason'], pt: ['Razão', 'Razao'], fr: ['Structure juridique'] } },
  // French registers: "Dénomination (sociale)" and "Nom commercial" are the legal and trade name, "Organisme" and
  // "Établissement" the body or school someone belongs to.
  // A sports roster's club: "Verein", "Club", "Clube", "Società sportiva", "Vereniging" is a group the player belongs to,
  // not an employer: a tag (as held-out parts 10 to 15 chose, five sets to one).
  { field: 'tags', conf: 0.75, names: { en: ['Club', 'Club Name', 'Sports Club'], es: ['Club', 'Nombre del club'], pt: ['Clube', 'Nome do clube'], fr: ['Club', 'Nom du club'], de: ['Verein', 'Vereinsname', 'Sportverein'], it: ['Società sportiva', 'Nome società'], nl: ['Vereniging', 'Club', 'Clubnaam', 'Verenigingsnaam'] } },
  // A team the person plays or works in ("Team": U17, Corporate; "Mannschaft", "Equipo", "Équipe", "Squadra", "Ploeg") is a
  // group the person belongs to: a tag, as the tenth part's choices write it and every part since has chosen (16 sets to
  // none; parts 3 to 8, before that choice was written, left 7 such columns out).
  { field: 'tags', conf: 0.7, names: { en: ['Team', 'Team Name'], es: ['Equipo', 'Nombre del equipo'], pt: ['Equipe', 'Nome da equipe'], fr: ['Équipe', 'Nom de l\'équipe'], de: ['Mannschaft', 'Mannschaften', 'Team'], it: ['Squadra', 'Nome squadra'], nl: ['Team', 'Teamnaam', 'Ploeg'] } },
  // A guild, a clan, a club's chapter: a group the person belongs to ("gilde_naam": Gilde De Gulden Pijl, a Flemish archers'
  // guild; a LAN party's "clan"; a motorcycle club's "chapter"), like a club
  // (and a German association's or a party's branch a member belongs to: "Landesverband", "Kreisverband", "Ortsverband")
  { field: 'tags', conf: 0.7, names: { en: ['Guild', 'Guild Name', 'Clan', 'Clan Name', 'Chapter', 'Chapter Name'], es: ['Clan', 'Gremio', 'Capítulo'], pt: ['Guilda', 'Clã', 'Capítulo'], fr: ['Guilde', 'Clan', 'Nom de la guilde'], de: ['Gilde', 'Clan', 'Gildename', 'Clanname', 'Bundesverband', 'Landesverband', 'Bezirksverband', 'Kreisverband', 'Ortsverband', 'Ortsgruppe', 'Ortsverein'], it: ['Gilda', 'Clan'], nl: ['Gilde', 'Gildenaam', 'Gilde naam', 'Clan', 'Clannaam'] } },
  // A public body someone works for (a government staff directory's "Agency": "Provincial Health Office"), modestly:
  // an agency may also be the one a client came through
  { field: 'companyName', conf: 0.6, names: { en: ['Agency', 'Agency Name', 'Government Agency'], es: ['Agencia', 'Dependencia', 'Organismo'], pt: ['Agência', 'Órgão', 'Orgão'], it: ['Agenzia'], de: ['Behörde', 'Dienststelle Name'], nl: ['Instantie', 'Overheidsinstantie'] } },
  // (and a business's trade or fiscal name in Spanish, Portuguese and Italian invoicing tools: Holded's "Nombre fiscal")
  { field: 'companyName', conf: 0.8, names: { en: ['Account', 'Associated Company'], es: ['Cuenta', 'Nombre comercial', 'Nombre fiscal', 'Establecimiento', 'Nombre del establecimiento'], pt: ['Conta', 'Nome comercial', 'Estabelecimento', 'Nome do estabelecimento'], fr: ['Compte', 'Dénomination', 'Dénomination sociale', 'Nom commercial', 'Organisme', 'Établissement'], de: ['Firmenbezeichnung', 'Firmierung'], it: ['Account', 'Nome commerciale'], nl: ['Account', 'Handelsnaam'] } },

  { field: 'address1', conf: 1, names: {
    en: ['Street Address', 'Address', 'Street', 'Address 1', 'Address Line 1', 'Address1', 'Street 1', 'Address Street', 'Addr', 'Street Address 1', 'Street Line 1', 'Address Line1', 'Street Address Line 1', 'Postal Address', 'Mailing Address'],
    es: ['Dirección', 'Direccion', 'Domicilio', 'Calle', 'Dirección postal', 'Calle y número', 'Dirección 1', 'Dirección línea 1', 'Línea de dirección 1', 'Línea 1'],
    pt: ['Endereço', 'Endereco', 'Logradouro', 'Rua', 'Morada', 'Endereço 1', 'Endereço linha 1', 'Linha de endereço 1', 'Linha 1'],
    // "N° et voie": La Poste's street line (number and way), as Colissimo's address book exports it
    fr: ['Adresse', 'Rue', 'Adresse postale', 'Adresse 1', 'Adresse ligne 1', 'Voie', "Ligne d'adresse 1", 'Ligne 1', 'N° et voie', 'Numéro et voie', 'Numéro et libellé de voie'],
    de: ['Straße', 'Strasse', 'Adresse', 'Anschrift', 'Straße und Hausnummer', 'Str', 'Postanschrift', 'Adresszeile 1', 'Adresse Zeile 1', 'Adr', 'Privatadresse', 'Privatadr', 'Privatanschrift', 'Heimatadresse', 'Wohnadresse'],
    it: ['Indirizzo', 'Via', 'Indirizzo postale', 'Indirizzo 1', 'Via e numero civico', 'Via e numero', 'Via e civico', 'Via n civico', 'Indirizzo riga 1', 'Indirizzo linea 1', 'Riga indirizzo 1'],
    nl: ['Adres', 'Straat', 'Straatnaam', 'Straat en huisnummer', 'Postadres', 'Woonadres', 'Adressen', 'Adresregel 1', 'Adres regel 1'],
  } },
  // A street's name without its number (an address parser's output, Australian and British job sheets: "Street Number",
  // "Street Name", "Suburb"): the street line when the file has no whole "Address" column (which wins on confidence).
  { field: 'address1', conf: 0.85, names: {
    en: ['Street Name', 'Road Name', 'Name of Street'],
    es: ['Nombre de la calle', 'Nombre de calle', 'Nombre de la vía', 'Nombre vía'],
    pt: ['Nome da rua', 'Nome do logradouro', 'Nome da via'],
    fr: ['Nom de rue', 'Nom de la rue', 'Nom de voie', 'Nom de la voie', 'Libellé de voie', 'Libellé voie'],
    de: ['Straßenname', 'Strassenname', 'Name der Straße'],
    it: ['Nome della via', 'Nome via', 'Nome strada', 'Nome della strada'],
    nl: ['Naam van de straat'],
  } },
  // The whole address in one cell ("Via Brennero 12, 38122 Trento (TN)"): the street line when the file has no street
  // column, a formatted copy of the address columns when it has one (their "Address" or "Street" wins on confidence).
  { field: 'address1', conf: 0.7, names: {
    en: ['Full Address', 'Complete Address', 'Whole Address', 'Full Street Address'],
    es: ['Dirección completa', 'Domicilio completo'],
    pt: ['Endereço completo', 'Morada completa'],
    fr: ['Adresse complète', 'Adresse entière'],
    de: ['Vollständige Adresse', 'Komplette Adresse', 'Gesamtadresse', 'Vollständige Anschrift'],
    it: ['Indirizzo completo', 'Indirizzo intero'],
    nl: ['Volledig adres', 'Volledige adres', 'Compleet adres'],
  } },
  { field: 'city', conf: 1, names: {
    // a municipality is the town in English-language registers too (the Philippines' "Municipality" beside "Barangay")
    en: ['City', 'Town', 'City/Town', 'Locality', 'Town/City', 'Suburb', 'City of Residence', 'Home Town', 'Municipality', 'City/Municipality'],
    es: ['Ciudad', 'Localidad', 'Población', 'Municipio', 'Comuna', 'Ciudad de residencia'],
    // Portugal's municipality, its "concelho" (the CTT's postal addresses: a parish's "freguesia" is below it)
    pt: ['Cidade', 'Município', 'Localidade', 'Cidade de residência', 'Cidade onde mora', 'Concelho'],
    fr: ['Ville', 'Commune', 'Localité', 'Ville de résidence'],
    de: ['Stadt', 'Ort', 'Wohnort', 'Gemeinde', 'Wohnstadt', 'Wohnsitz Gemeinde', 'Wohngemeinde'],
    // "Com_Residenza": the comune di residenza, abbreviated (an Italian register's import)
    it: ['Città', 'Comune', 'Località', 'Citta', 'Città di residenza', 'Comune di residenza', 'Com residenza', 'Com di residenza'],
    nl: ['Plaats', 'Woonplaats', 'Stad', 'Gemeente', 'Plaatsnaam', 'Steden', 'Plaatsen', 'Woonplaatsen'],
  } },
  // the place alone, in French and Italian (a ticket office's "Lieu": Lausanne, Vevey; a register's "LUOGO"): a town, weakly
  { field: 'city', conf: 0.7, names: { fr: ['Lieu'], it: ['Luogo'] } },
  // A village is the town of a rural address (school and NGO registers: "Village", "District", "Region"); below a
  // "City" column when a file has both.
  { field: 'city', conf: 0.85, names: { en: ['Village', 'Hamlet', 'Village/Town'], es: ['Pueblo', 'Aldea', 'Vereda'], pt: ['Aldeia', 'Povoado', 'Vila'], fr: ['Village', 'Hameau'], de: ['Dorf', 'Ortschaft'], it: ['Villaggio', 'Frazione', 'Borgo'], nl: ['Dorp', 'Buurtschap'] } },
  // The town with its state and code in one cell ("Dayton, OH 45402"): the town when the file has no town column, a
  // formatted copy beside its "City" (which wins on confidence).
  { field: 'city', conf: 0.6, names: { en: ['City State Zip', 'City, State, Zip', 'City/State/Zip', 'City State Zip Code', 'City State Postal Code'] } },
  // The town and its state in one cell ("Atlanta, GA"), the town first: the town, as above (a "City" column beside it wins).
  { field: 'city', conf: 0.6, names: {
    en: ['City, State', 'City & State', 'City and State', 'City, Province', 'City and Province', 'City, Region'],
    es: ['Ciudad, Estado', 'Ciudad y estado', 'Ciudad, Provincia', 'Ciudad y provincia', 'Ciudad, Departamento'],
    pt: ['Cidade, Estado', 'Cidade e estado', 'Cidade UF', 'Cidade, UF', 'Cidade e UF'],
    fr: ['Ville, Province', 'Ville et province', 'Ville, Département', 'Ville et département', 'Ville, Région'],
    de: ['Ort, Bundesland', 'Stadt, Bundesland', 'Ort und Bundesland', 'Ort, Kanton', 'Ort und Kanton'],
    it: ['Città, Provincia', 'Città e provincia', 'Comune, Provincia', 'Comune e provincia'],
    nl: ['Plaats, Provincie', 'Plaats en provincie', 'Stad, Provincie'],
  } },
  // "Residenza", "Residencia": the town someone lives in, or their street line; the values decide (./resolve.ts).
  { field: 'city', conf: 0.6, names: { es: ['Residencia', 'Lugar de residencia'], pt: ['Residência', 'Local de residência'], fr: ['Résidence', 'Lieu de résidence'], de: ['Wohnsitz'], it: ['Residenza', 'Luogo di residenza'], nl: ['Verblijfplaats'] } },
  { field: 'state', conf: 1, names: {
    en: ['State', 'Province', 'State/Province', 'State/Region', 'State or Province', 'State Province Region', 'County/State', 'Region',
      // the first-level division as the UAE, Egypt or Jordan and Japan name it in English
      'Emirate', 'Governorate', 'Prefecture'],
    es: ['Provincia', 'Región', 'Comunidad autónoma', 'Departamento', 'Estado/Provincia'],
    // Brazil's "UF" (unidade federativa) is the state: "UF_ESTADO", "Estado (UF)" name it twice
    pt: ['Estado', 'UF', 'Província', 'Distrito', 'Região', 'UF Estado', 'Estado UF', 'Sigla UF', 'UF do estado'],
    // a Swiss canton, in the languages of Switzerland (Kanton, canton, cantone): the state of a Swiss address
    fr: ['Région', 'Province', 'Département', 'État', 'Canton', 'Gouvernorat', 'Wilaya', 'Préfecture'],
    de: ['Bundesland', 'Kanton', 'Region', 'Provinz'],
    it: ['Provincia', 'Regione', 'Prov', 'Cantone', 'Sigla provincia', 'Sigla prov'],
    nl: ['Provincie', 'Regio', 'Staat'],
  } },
  { field: 'state', conf: 0.7, names: { es: ['Estado'] } },
  { field: 'postalCode', conf: 1, names: {
    en: ['Postal Code', 'Zip', 'Zip Code', 'Postcode', 'Post Code', 'Zip/Postal Code', 'Postal/Zip Code', 'Zipcode', 'Postal', 'PIN Code', 'Pincode', 'Eircode', 'Pcode', 'P/Code'],
    es: ['Código postal', 'Codigo postal', 'CP', 'C.P.', 'Cod postal', 'Zona postal', 'CPostal', 'CodPostal'],
    pt: ['CEP', 'Código postal', 'Código de endereçamento postal'],
    de: ['PLZ', 'Postleitzahl'],
    // Switzerland: NPA (numéro postal d'acheminement) and NAP (numero d'avviamento postale) are the French and Italian PLZ.
    fr: ['Code postal', 'CP', 'C.P.', 'NPA'],
    it: ['CAP', 'Codice postale', 'C.A.P.', 'NAP', 'Codice di avviamento postale'],
    nl: ['Postcode', 'Postcodes', 'PC', 'P.C.'],
  } },
  // a shop's country as its ISO code ("isocode": DE, AT, as a shop's customer select joins it in from its countries table)
  { field: 'country', conf: 0.85, names: { en: ['ISO Code', 'Isocode', 'Country ISO', 'Country ISO Code', 'ISO Country Code', 'ISO2'] } },
  { field: 'country', conf: 1, names: {
    en: ['Country', 'Country/Region', 'Country Name', 'Nation', 'Ctry', 'Cntry'],
    // Outlook's "Country/Region", localized: País o región, País/Região, Pays/Région, Land/Region, Paese/area geografica, Land/regio
    es: ['País', 'Pais', 'Nación', 'País de residencia', 'País o región'],
    pt: ['País', 'Pais', 'País de residência', 'País/Região'],
    fr: ['Pays', 'Pays de résidence', 'Pays/Région'],
    de: ['Land', 'Staat/Land', 'Wohnland', 'Land/Region'],
    it: ['Paese', 'Nazione', 'Stato/Paese', 'Paese di residenza', 'Paese/area geografica'],
    nl: ['Land', 'Woonland', 'Land/regio'],
  } },
  { field: 'country', conf: 0.7, names: { en: ['Country Code', 'ISO Country', 'Country ISO', 'CC'], es: ['Código de país'], pt: ['Código do país'], fr: ['Code pays'], de: ['Ländercode', 'Landescode'], it: ['Codice paese'], nl: ['Landcode'] } },

  { field: 'website', conf: 1, names: {
    en: ['Website', 'Web Site', 'Web Page', 'Webpage', 'URL', 'Homepage', 'Home Page', 'Website URL', 'Website Value', 'Web', 'Web Address', 'Site'],
    es: ['Sitio web', 'Página web', 'Web', 'Sitio'],
    pt: ['Site', 'Página web', 'Sítio web', 'Endereço do site'],
    fr: ['Site web', 'Site internet', 'Site', 'Page web'],
    de: ['Webseite', 'Website', 'Internetseite', 'Homepage', 'Internetadresse'],
    it: ['Sito web', 'Sito', 'Sito internet', 'Pagina web', 'Sito ufficiale'],
    nl: ['Website', 'Webpagina', 'Webadres', 'Internetadres'],
  } },
  // "Internet" alone: the address of a German or Dutch business software's contact (Lexware's, Outlook's "Internet"
  // beside "E-Mail"); weak, as it may say whether a contact has internet access (its yes/no values then say so).
  { field: 'website', conf: 0.75, names: { en: ['WWW'], de: ['Internet', 'WWW'], nl: ['Internet', 'WWW'] } },
  // (HubSpot's "Company Domain Name", the company record's key in its import template, and a bare "Domain" are not the
  // contact's website: ./words.ts NOT_FIELDS, as the corpus's parts chose seven sets to none. A hand-made list's
  // "Company Domain" of media outlets is their site.)
  { field: 'website', conf: 0.9, names: { en: ['Company Website', 'Personal Website', 'Business Web Page', 'Personal Web Page', 'Company URL', 'Company Domain', 'Website Domain'] } },

  { field: 'dateOfBirth', conf: 1, names: {
    en: ['Date of Birth', 'DOB', 'Birthday', 'Birthdate', 'Birth Date', 'BDAY', 'Birth Day', 'D.O.B.', 'Birth', 'Born', 'Born On'],
    es: ['Fecha de nacimiento', 'F. nacimiento', 'Cumpleaños', 'Nacimiento', 'Fecha nacimiento', 'Fec nac', 'Fecha de cumpleaños', 'Fecha nac', 'F nac', 'Nac'],
    pt: ['Data de nascimento', 'Nascimento', 'Data nascimento', 'Dt nascimento', 'Aniversário', 'Data de aniversário', 'Data nasc', 'Dt nasc', 'Nasc'],
    // "DDN", the date de naissance abbreviated (an association manager's member table: "ddn_adh")
    fr: ['Date de naissance', 'Anniversaire', 'Né le', 'Naissance', 'Date anniversaire', "Date d'anniversaire", 'Date naiss', 'DDN'],
    de: ['Geburtsdatum', 'Geburtstag', 'Geb', 'Geb-Datum', 'Gebdat', 'Geb-Dat', 'Geburtsdat', 'Geburt', 'Geboren', 'Geboren am'],
    // the birth alone, as Spanish, Portuguese and French write it too ("nascita": 1988-04-17, an online contest's sign-ups)
    it: ['Data di nascita', 'Compleanno', 'Data nascita', 'Nato il', 'Data compleanno', 'Nascita', 'Data nasc'],
    nl: ['Geboortedatum', 'Verjaardag', 'Geb datum', 'Geboorte', 'Geboren', 'Geboren op'],
  } },
  { field: 'dateOfBirth', conf: 0.8, names: { en: ['Born', 'Birthday Value'] } },

  ...CRM_FIELD_NAMES,
];

export * from './vendors';
export * from './words';
export * from './kindwords';
export * from './objects';
