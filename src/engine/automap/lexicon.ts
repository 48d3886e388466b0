// The header lexicon: what column names mean, as data. The auto-mapper (./header.ts) reads it; nothing here runs.
//
// Every name is compared after normalization (./normalize.ts): case, accents ("Teléfono" = "telefono"), "ß",
// punctuation, spacing, snake_case, camelCase and "e-mail"/"email" do not matter. So each synonym is written once,
// in its usual spelling, and matches all of "Código postal", "codigo_postal", "codigoPostal", "CODIGO POSTAL".
//
// - FIELD_NAMES: whole-header synonyms per field and language (en, es, pt, fr, de, it, nl), by confidence tier.
// - VENDOR_HEADERS: the export headers of address books, CRMs, e-commerce and event tools, each with where the
//   convention comes from.
// - NOT_FIELDS: headers known to hold something else (job title, notes, system dates...): never mapped, and no
//   near miss may turn them into a field ("Stage" is one letter from "State").
// - HEAD_WORDS: key words inside longer headers ("Customer Email", "Correo del cliente", "Numéro de portable").
// - The word lists (QUALIFIERS, OTHER_PEOPLE, ...): words that say whose column it is, or which of several.
import type { StandardFieldKey } from '../types';

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
    nl: ['Contact-ID', 'Contactnummer'],
  } },
  { field: 'externalId', conf: 1, names: {
    en: ['External ID', 'Ext ID', 'External Reference', 'External Ref'],
    es: ['ID externo', 'Referencia externa'],
    pt: ['ID externo', 'Referência externa'],
    fr: ['ID externe', 'Identifiant externe', 'Référence externe'],
    de: ['Externe ID', 'Externe Referenz'],
    it: ['ID esterno', 'Riferimento esterno'],
    nl: ['Externe ID', 'Externe referentie'],
  } },
  { field: 'externalId', conf: 0.85, names: {
    en: ['Customer ID', 'Client ID', 'Member ID', 'Patient ID', 'Legacy ID', 'Import ID', 'Source ID', 'Customer Number', 'Member Number', 'Account Number', 'Customer No', 'PMS ID'],
    es: ['ID de cliente', 'Número de cliente', 'Código de cliente', 'Número de socio', 'Nº de socio', 'ID de socio'],
    pt: ['ID do cliente', 'Número do cliente', 'Código do cliente', 'Número de sócio', 'Matrícula'],
    fr: ['ID client', 'Numéro client', 'Code client', "Numéro d'adhérent", 'Numéro adhérent', 'N° adhérent', 'Numéro de membre'],
    de: ['Kundennummer', 'Kunden-ID', 'Kundennr', 'Mitgliedsnummer', 'Mitglieds-ID', 'Mitgliedsnr'],
    it: ['ID cliente', 'Codice cliente', 'Numero cliente', 'Numero socio', 'Codice socio', 'Tessera'],
    nl: ['Klantnummer', 'Klant-ID', 'Lidnummer', 'Relatienummer'],
  } },
  { field: 'externalId', conf: 0.6, names: { en: ['ID', 'UID', 'Unique ID', 'Identifier', 'Ref', 'Reference', 'Record Number'], es: ['Identificador', 'Referencia'], fr: ['Identifiant', 'Référence'], pt: ['Identificador', 'Referência'], it: ['Identificativo', 'Riferimento'] } },

  { field: 'name', conf: 1, names: {
    en: ['Name', 'Full Name', 'Contact Name', 'Fullname', 'Complete Name', 'First and Last Name', 'Name and Surname', 'Customer Name', 'Client Name', 'Person Name'],
    es: ['Nombre', 'Nombre completo', 'Nombre y apellidos', 'Nombre y apellido', 'Nombres y apellidos', 'Apellidos y nombre', 'Nombre del contacto', 'Nombre del cliente'],
    pt: ['Nome', 'Nome completo', 'Nome e sobrenome', 'Nome e apelido', 'Nome do contato', 'Nome do cliente'],
    fr: ['Nom', 'Nom complet', 'Nom et prénom', 'Prénom et nom', 'Nom prénom', 'Prénom nom', 'Nom du contact', 'Nom du client'],
    de: ['Vollständiger Name', 'Vor- und Nachname', 'Vorname und Nachname', 'Name, Vorname', 'Kontaktname', 'Kundenname'],
    it: ['Nome', 'Nome e cognome', 'Cognome e nome', 'Nominativo', 'Nome completo', 'Nome del contatto', 'Nome cliente'],
    nl: ['Volledige naam', 'Naam', 'Voor- en achternaam', 'Contactnaam', 'Klantnaam'],
  } },
  // "Contact" alone may hold a name, an email or a phone: the values decide (./resolve.ts).
  { field: 'name', conf: 0.5, names: { en: ['Contact', 'Contact Info', 'Contact Details', 'Info', 'Details'], es: ['Contacto', 'Datos de contacto'], pt: ['Contato', 'Contacto', 'Dados de contato'], fr: ['Contact', 'Coordonnées'], de: ['Kontakt', 'Kontaktdaten'], it: ['Contatto', 'Recapito', 'Contatti'], nl: ['Contact', 'Contactgegevens'] } },
  { field: 'name', conf: 0.9, names: { en: ['FN', 'Lead Name', 'Your Name', 'Contact Person', 'Attendee Name', 'Guest Name', 'Member Name', 'Participant Name', 'Subscriber Name', 'Student Name'], es: ['Nombre del participante', 'Persona de contacto', 'Cliente'], pt: ['Pessoa de contato', 'Cliente'], fr: ['Personne de contact', 'Interlocuteur', 'Client'], de: ['Ansprechpartner', 'Kunde', 'Teilnehmer'], it: ['Referente', 'Persona di riferimento', 'Cliente'], nl: ['Contactpersoon', 'Klant'] } },
  { field: 'name', conf: 0.8, names: { en: ['Display Name', 'Person', 'Full Name (Display)', 'Customer', 'Client', 'Attendee', 'Participant', 'Member', 'Lead', 'Guest', 'Candidate', 'Subscriber', 'Student'], es: ['Candidato', 'Participante', 'Socio', 'Asistente'], pt: ['Participante', 'Sócio', 'Candidato'], fr: ['Participant', 'Candidat'], de: ['Mitglied', 'Kandidat'], it: ['Partecipante', 'Socio', 'Candidato', 'Iscritto'], nl: ['Deelnemer', 'Lid', 'Kandidaat'] } },

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
    es: ['Apellido', 'Apellidos', 'Primer apellido'],
    pt: ['Sobrenome', 'Apelido', 'Último nome', 'Nome de família'],
    fr: ['Nom de famille', 'Nom de naissance'],
    de: ['Nachname', 'Familienname', 'Zuname'],
    it: ['Cognome', 'Cognomi'],
    nl: ['Achternaam', 'Familienaam', 'Familie naam'],
  } },

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
    en: ['Work Email', 'Personal Email', 'Business Email', 'Home Email', 'Mail', 'Email ID', 'Emails', 'Private Email', 'Office Email', 'Company Email', 'Institutional Email'],
    es: ['Correo personal', 'Correo del trabajo', 'Correo de trabajo', 'Correo corporativo', 'Email personal', 'Email corporativo', 'Correo institucional'],
    pt: ['E-mail pessoal', 'E-mail comercial', 'E-mail corporativo', 'E-mail do trabalho', 'E-mail institucional'],
    fr: ['Courriel personnel', 'Courriel professionnel', 'Email personnel', 'Email professionnel', 'Mail pro', 'Mail perso'],
    de: ['E-Mail privat', 'E-Mail geschäftlich', 'Private E-Mail', 'Geschäftliche E-Mail', 'E-Mail dienstlich'],
    it: ['Email personale', 'Email aziendale', 'Email di lavoro', 'Email istituzionale', 'PEC', 'Email PEC'],
    nl: ['E-mail privé', 'E-mail zakelijk', 'Zakelijk e-mailadres', 'Privé e-mailadres'],
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
    nl: ['Extra e-mailadressen', 'Andere e-mailadressen'],
  } },

  { field: 'phone', conf: 1, rank: 'primary', names: {
    en: ['Phone', 'Phone Number', 'Telephone', 'Tel', 'Telephone Number', 'Primary Phone', 'Phone Value', 'Contact Phone', 'Phone No', 'Tel No', 'Contact Number', 'Phone Primary', 'Main Phone', 'Preferred Phone'],
    es: ['Teléfono', 'Telefono', 'Tel', 'Tfno', 'Tlf', 'Número de teléfono', 'Numero de telefono', 'Teléfono de contacto', 'Teléfono principal', 'Número de contacto'],
    pt: ['Telefone', 'Fone', 'Número de telefone', 'Telefone de contato', 'Telefone principal'],
    fr: ['Téléphone', 'Tél', 'Tel', 'Numéro de téléphone', 'N° de téléphone', 'Téléphone principal'],
    de: ['Telefon', 'Telefonnummer', 'Tel', 'Rufnummer', 'Telefon-Nr', 'Tel-Nr', 'Telefonnr'],
    it: ['Telefono', 'Numero di telefono', 'Recapito telefonico', 'Tel', 'Telefono principale'],
    nl: ['Telefoon', 'Telefoonnummer', 'Tel', 'Telnr', 'Tel-nr'],
  } },
  { field: 'phone', conf: 0.95, rank: 'typed', names: {
    en: ['Mobile', 'Mobile Phone', 'Mobile Number', 'Mobile Phone Number', 'Mob', 'Mob No', 'Cell', 'Cell Phone', 'Cell Number', 'Cellphone', 'Mobile No', 'Cell Phone Number', 'SMS', 'SMS Number', 'Text Number'],
    es: ['Móvil', 'Movil', 'Celular', 'Teléfono móvil', 'Teléfono celular', 'Número de celular', 'Número de móvil', 'Cel'],
    pt: ['Celular', 'Telemóvel', 'Telemovel', 'Telefone celular', 'Número de celular', 'Cel'],
    fr: ['Portable', 'Mobile', 'Téléphone portable', 'Téléphone mobile', 'Numéro de portable', 'GSM', 'Tél portable'],
    de: ['Handy', 'Mobil', 'Mobiltelefon', 'Mobilnummer', 'Handynummer', 'Mobilfunknummer', 'Mobiltelefonnummer'],
    it: ['Cellulare', 'Cell', 'Telefono cellulare', 'Numero di cellulare', 'Mobile'],
    nl: ['Mobiel', 'Mobiel nummer', 'Mobiele telefoon', 'Mobiele nummer', 'GSM', 'GSM-nummer', 'Mobielnummer'],
  } },
  { field: 'phone', conf: 0.9, rank: 'typed', names: {
    en: ['Work Phone', 'Business Phone', 'Home Phone', 'Office Phone', 'Landline', 'WhatsApp', 'WhatsApp Number', 'Car Phone', 'Direct Phone', 'Direct Line', 'Phones', 'Personal Phone', 'Private Phone', 'Work Number', 'Home Number', 'Office Number', 'Landline Number', 'Day Phone', 'Evening Phone'],
    es: ['Teléfono fijo', 'Fijo', 'Teléfono de casa', 'Teléfono del trabajo', 'Teléfono de trabajo', 'Teléfono oficina', 'Teléfono particular', 'WhatsApp'],
    pt: ['Telefone fixo', 'Telefone residencial', 'Telefone comercial', 'Telefone do trabalho', 'WhatsApp'],
    fr: ['Téléphone fixe', 'Téléphone domicile', 'Téléphone professionnel', 'Téléphone bureau', 'Tél fixe', 'Tél domicile', 'Tél bureau', 'Fixe'],
    de: ['Festnetz', 'Telefon privat', 'Telefon geschäftlich', 'Telefon dienstlich', 'Telefon Büro', 'Festnetznummer', 'Geschäftliche Telefonnummer', 'Private Telefonnummer'],
    it: ['Telefono fisso', 'Telefono casa', 'Telefono ufficio', 'Telefono lavoro', 'Fisso'],
    nl: ['Vast nummer', 'Telefoon thuis', 'Telefoon werk', 'Telefoon privé', 'Vaste telefoon', 'Telefoon zakelijk'],
  } },
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
    nl: ['Extra telefoonnummers', 'Andere telefoonnummers'],
  } },

  { field: 'companyName', conf: 1, names: {
    en: ['Company', 'Company Name', 'Organization', 'Organisation', 'Organization Name', 'Organisation Name', 'Org', 'Business Name', 'Organization Value', 'Employer', 'Employer Name', 'Firm', 'Business'],
    es: ['Empresa', 'Compañía', 'Compania', 'Organización', 'Nombre de la empresa', 'Razón social', 'Entidad', 'Institución'],
    pt: ['Empresa', 'Companhia', 'Organização', 'Nome da empresa', 'Razão social', 'Instituição'],
    fr: ['Entreprise', 'Société', 'Organisation', 'Raison sociale', "Nom de l'entreprise", 'Nom de la société', 'Structure', 'Employeur'],
    de: ['Firma', 'Unternehmen', 'Firmenname', 'Organisation', 'Arbeitgeber', 'Betrieb', 'Institution'],
    it: ['Azienda', 'Società', 'Ditta', 'Ragione sociale', 'Nome azienda', 'Organizzazione', 'Ente'],
    nl: ['Bedrijf', 'Bedrijfsnaam', 'Organisatie', 'Werkgever', 'Firma', 'Onderneming'],
  } },
  { field: 'companyName', conf: 0.95, names: { en: ['Account Name', 'Company Account', 'Org Name', 'Organization 1 - Name'], es: ['Nombre de la cuenta'], pt: ['Nome da conta'], fr: ['Nom du compte'], de: ['Kontoname'], it: ['Nome account'], nl: ['Accountnaam'] } },
  { field: 'companyName', conf: 0.8, names: { en: ['Account', 'Associated Company'], es: ['Cuenta'], pt: ['Conta'], fr: ['Compte'], it: ['Account'], nl: ['Account'] } },

  { field: 'address1', conf: 1, names: {
    en: ['Street Address', 'Address', 'Street', 'Address 1', 'Address Line 1', 'Address1', 'Street 1', 'Address Street', 'Addr', 'Street Address 1', 'Street Line 1', 'Address Line1', 'Street Address Line 1', 'Postal Address', 'Mailing Address'],
    es: ['Dirección', 'Direccion', 'Domicilio', 'Calle', 'Dirección postal', 'Calle y número', 'Dirección 1'],
    pt: ['Endereço', 'Endereco', 'Logradouro', 'Rua', 'Morada', 'Endereço 1', 'Endereço completo'],
    fr: ['Adresse', 'Rue', 'Adresse postale', 'Adresse 1', 'Adresse ligne 1', 'Voie'],
    de: ['Straße', 'Strasse', 'Adresse', 'Anschrift', 'Straße und Hausnummer', 'Str', 'Postanschrift'],
    it: ['Indirizzo', 'Via', 'Indirizzo postale', 'Indirizzo 1', 'Via e numero civico'],
    nl: ['Adres', 'Straat', 'Straatnaam', 'Straat en huisnummer', 'Postadres', 'Woonadres'],
  } },
  { field: 'city', conf: 1, names: {
    en: ['City', 'Town', 'City/Town', 'Locality', 'Town/City', 'Suburb'],
    es: ['Ciudad', 'Localidad', 'Población', 'Municipio', 'Comuna'],
    pt: ['Cidade', 'Município', 'Localidade'],
    fr: ['Ville', 'Commune', 'Localité'],
    de: ['Stadt', 'Ort', 'Wohnort', 'Gemeinde'],
    it: ['Città', 'Comune', 'Località', 'Citta'],
    nl: ['Plaats', 'Woonplaats', 'Stad', 'Gemeente', 'Plaatsnaam'],
  } },
  { field: 'state', conf: 1, names: {
    en: ['State', 'Province', 'State/Province', 'State/Region', 'State or Province', 'State Province Region', 'County/State', 'Region'],
    es: ['Provincia', 'Región', 'Comunidad autónoma', 'Departamento', 'Estado/Provincia'],
    pt: ['Estado', 'UF', 'Província', 'Distrito', 'Região'],
    fr: ['Région', 'Province', 'Département', 'État'],
    de: ['Bundesland', 'Kanton', 'Region', 'Provinz'],
    it: ['Provincia', 'Regione', 'Prov'],
    nl: ['Provincie', 'Regio', 'Staat'],
  } },
  { field: 'state', conf: 0.7, names: { es: ['Estado'] } },
  { field: 'postalCode', conf: 1, names: {
    en: ['Postal Code', 'Zip', 'Zip Code', 'Postcode', 'Post Code', 'Zip/Postal Code', 'Postal/Zip Code', 'Zipcode', 'Postal', 'PIN Code', 'Pincode', 'Eircode'],
    es: ['Código postal', 'Codigo postal', 'CP', 'C.P.', 'Cod postal', 'Zona postal'],
    pt: ['CEP', 'Código postal', 'Código de endereçamento postal'],
    fr: ['Code postal', 'CP', 'C.P.'],
    de: ['PLZ', 'Postleitzahl'],
    it: ['CAP', 'Codice postale', 'C.A.P.'],
    nl: ['Postcode'],
  } },
  { field: 'country', conf: 1, names: {
    en: ['Country', 'Country/Region', 'Country Name', 'Nation'],
    es: ['País', 'Pais', 'Nación'],
    pt: ['País', 'Pais'],
    fr: ['Pays'],
    de: ['Land', 'Staat/Land'],
    it: ['Paese', 'Nazione', 'Stato/Paese'],
    nl: ['Land'],
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
  { field: 'website', conf: 0.9, names: { en: ['Company Website', 'Personal Website', 'Business Web Page', 'Personal Web Page', 'Company URL', 'Domain', 'Company Domain Name', 'Company Domain', 'Website Domain'], es: ['Dominio'], pt: ['Domínio'], fr: ['Domaine'], de: ['Domain'], it: ['Dominio'], nl: ['Domein'] } },

  { field: 'dateOfBirth', conf: 1, names: {
    en: ['Date of Birth', 'DOB', 'Birthday', 'Birthdate', 'Birth Date', 'BDAY', 'Birth Day', 'D.O.B.'],
    es: ['Fecha de nacimiento', 'F. nacimiento', 'Cumpleaños', 'Nacimiento', 'Fecha nacimiento', 'Fec nac'],
    pt: ['Data de nascimento', 'Nascimento', 'Data nascimento', 'Dt nascimento'],
    fr: ['Date de naissance', 'Anniversaire', 'Né le', 'Naissance'],
    de: ['Geburtsdatum', 'Geburtstag', 'Geb', 'Geb-Datum'],
    it: ['Data di nascita', 'Compleanno', 'Data nascita', 'Nato il'],
    nl: ['Geboortedatum', 'Verjaardag', 'Geb datum'],
  } },
  { field: 'dateOfBirth', conf: 0.8, names: { en: ['Born', 'Birthday Value'] } },

  { field: 'source', conf: 1, names: {
    en: ['Source', 'Lead Source', 'Contact Source', 'Original Source', 'Referral Source', 'Source Name', 'Origin', 'How did you hear about us'],
    es: ['Origen', 'Fuente', 'Origen del contacto', 'Fuente del lead', 'Canal de origen', 'Procedencia'],
    pt: ['Origem', 'Fonte', 'Origem do contato', 'Origem do lead', 'Canal de origem'],
    fr: ['Source', 'Origine', 'Provenance', 'Origine du contact', 'Source du contact'],
    de: ['Quelle', 'Herkunft', 'Lead-Quelle', 'Kontaktquelle'],
    it: ['Fonte', 'Origine', 'Provenienza', 'Sorgente', 'Fonte del contatto'],
    nl: ['Bron', 'Herkomst', 'Leadbron'],
  } },
  { field: 'source', conf: 0.8, names: { en: ['UTM Source', 'Original Source Type', 'Channel', 'Acquisition Channel'], es: ['Canal'], pt: ['Canal'], fr: ['Canal'], de: ['Kanal'], it: ['Canale'], nl: ['Kanaal'] } },

  { field: 'tags', conf: 1, names: {
    en: ['Tags', 'Tag', 'Group Membership', 'Labels', 'Categories', 'Label'],
    es: ['Etiquetas', 'Etiqueta', 'Categorías', 'Categoría', 'Categoria'],
    pt: ['Etiquetas', 'Tags', 'Marcadores', 'Categorias', 'Categoria'],
    fr: ['Étiquettes', 'Étiquette', 'Catégories', 'Catégorie', 'Mots-clés'],
    de: ['Schlagwörter', 'Schlagworte', 'Kategorien', 'Kategorie', 'Etiketten', 'Stichwörter'],
    it: ['Etichette', 'Etichetta', 'Categorie', 'Tag'],
    nl: ['Labels', 'Categorieën', 'Categorie', 'Trefwoorden'],
  } },
  { field: 'tags', conf: 0.85, names: { en: ['Groups', 'Group', 'Category', 'Keywords', 'Lists', 'Segments', 'Segment', 'Interests', 'List'], es: ['Grupos', 'Grupo', 'Intereses', 'Segmento', 'Lista'], pt: ['Grupos', 'Grupo', 'Interesses', 'Segmento', 'Lista'], fr: ['Groupes', 'Groupe', "Centres d'intérêt", 'Segment', 'Liste'], de: ['Gruppen', 'Gruppe', 'Interessen', 'Segment', 'Liste'], it: ['Gruppi', 'Gruppo', 'Interessi', 'Segmento', 'Lista'], nl: ['Groepen', 'Groep', 'Interesses', 'Segment', 'Lijst'] } },

  { field: 'owner', conf: 1, names: {
    en: ['Contact Owner', 'Owner', 'Assigned To', 'Assigned User', 'Assignee', 'Lead Owner', 'Record Owner', 'HubSpot Owner', 'Contact Owner Name', 'Account Manager', 'Sales Owner'],
    es: ['Propietario', 'Propietario del contacto', 'Responsable', 'Asignado a', 'Vendedor', 'Comercial', 'Ejecutivo'],
    pt: ['Proprietário', 'Responsável', 'Atribuído a', 'Vendedor', 'Dono'],
    fr: ['Propriétaire', 'Responsable', 'Assigné à', 'Attribué à', 'Commercial', 'Chargé de compte'],
    de: ['Besitzer', 'Verantwortlich', 'Zuständig', 'Betreuer', 'Zugewiesen an', 'Kundenbetreuer', 'Vertriebsmitarbeiter'],
    it: ['Proprietario', 'Responsabile', 'Assegnato a', 'Commerciale', 'Referente commerciale'],
    nl: ['Eigenaar', 'Verantwoordelijke', 'Toegewezen aan', 'Accountmanager', 'Behandelaar'],
  } },
  { field: 'owner', conf: 0.8, names: { en: ['Sales Rep', 'Salesperson', 'Rep', 'Agent', 'Assigned', 'Owner Name', 'User', 'Account Owner'], es: ['Agente'], pt: ['Agente', 'Consultor'], fr: ['Agent', 'Conseiller'], de: ['Berater'], it: ['Agente', 'Consulente'], nl: ['Adviseur'] } },
  { field: 'followers', conf: 1, names: { en: ['Contact Followers', 'Followers', 'Follower'], es: ['Seguidores'], pt: ['Seguidores'], fr: ['Abonnés du contact', 'Suiveurs'], de: ['Follower', 'Beobachter'], it: ['Follower'], nl: ['Volgers'] } },
  { field: 'followers', conf: 0.7, names: { en: ['Watchers', 'Collaborators'] } },
];

// ------------------------------------------------------------------------------------ vendor export conventions

export interface VendorConvention {
  vendor: string;
  /** Where the convention comes from: the vendor's documentation, or a public export file. */
  source: string;
  /** header -> [field or null, confidence (default 1), rank] */
  headers: Record<string, LexField | [LexField, number] | [LexField, number, 'primary' | 'typed' | 'alternate']>;
}

export const VENDOR_HEADERS: readonly VendorConvention[] = [
  {
    vendor: 'Google Contacts, legacy "Google CSV"',
    source: 'https://support.google.com/contacts/answer/1069522; github:mtrazzi/gmail-to-google-contacts google_contacts.csv',
    headers: {
      'Given Name': 'firstName', 'Family Name': 'lastName', 'Additional Name': null, 'Yomi Name': null, 'Given Name Yomi': null,
      'Additional Name Yomi': null, 'Family Name Yomi': null, 'Name Prefix': null, 'Name Suffix': null, 'Group Membership': 'tags',
      'E-mail 1 - Value': ['email', 1, 'primary'], 'Phone 1 - Value': ['phone', 1, 'primary'], 'Address 1 - Street': 'address1',
      'Address 1 - City': 'city', 'Address 1 - Region': 'state', 'Address 1 - Postal Code': 'postalCode', 'Address 1 - Country': 'country',
      'Address 1 - Formatted': null, 'Address 1 - PO Box': null, 'Address 1 - Extended Address': null,
      'Organization 1 - Name': 'companyName', 'Organization 1 - Title': null, 'Organization 1 - Department': null,
      'Organization 1 - Yomi Name': null, 'Organization 1 - Symbol': null, 'Organization 1 - Location': null,
      'Organization 1 - Job Description': null, 'Website 1 - Value': 'website', 'Billing Information': null, 'Directory Server': null,
      Mileage: null, Occupation: null, Hobby: null, Sensitivity: null, Priority: null, Subject: null, Location: null,
    },
  },
  {
    vendor: 'Google Contacts, current CSV',
    source: 'https://support.google.com/contacts/answer/1069522; index:54499027745 (a Google Contacts CSV writer)',
    headers: {
      'Phonetic First Name': null, 'Phonetic Middle Name': null, 'Phonetic Last Name': null, 'File As': null,
      'Organization Name': 'companyName', 'Organization Title': null, 'Organization Department': null, Labels: 'tags',
      'Event 1 - Value': null, 'Relation 1 - Value': null, 'Custom Field 1 - Value': null,
    },
  },
  {
    vendor: 'Microsoft Outlook CSV export',
    source: 'index:375503932, index:28761943004 (the Outlook CSV header as written by export programs)',
    headers: {
      'E-mail Address': ['email', 1, 'primary'], 'E-mail 2 Address': ['email', 0.85, 'alternate'], 'E-mail 3 Address': ['email', 0.85, 'alternate'],
      'E-mail Display Name': null, 'E-mail 2 Display Name': null, 'E-mail 3 Display Name': null, 'Primary Phone': ['phone', 1, 'primary'],
      'Company Main Phone': null, 'Home Address': ['address1', 0.85], 'Business Address': ['address1', 0.85], 'Other Address': ['address1', 0.8],
      'Home Street': ['address1', 0.9], 'Business Street': ['address1', 0.9], 'Other Street': ['address1', 0.8], 'Web Page': 'website',
      "Manager's Name": null, "Assistant's Name": null, "Assistant's Phone": null, 'Referred By': null, 'Internet Free Busy': null,
      'Organizational ID Number': null, 'Office Location': null, 'Callback': null, 'Car Phone': ['phone', 0.8, 'typed'], ISDN: null,
      'Radio Phone': null, 'TTY/TDD Phone': null, Telex: null, 'User 1': null, 'User 2': null, 'User 3': null, 'User 4': null,
      Keywords: ['tags', 0.85], Categories: 'tags', Private: null, Spouse: null, Children: null, Anniversary: null,
    },
  },
  {
    vendor: 'LinkedIn connections export',
    source: 'github:4annadaneshwari/LinkedIn-Data-Analysis Connections.csv',
    headers: { 'Connected On': null, Position: null, 'Email Address': 'email', URL: 'website' },
  },
  {
    vendor: 'HubSpot contacts export',
    source: 'https://knowledge.hubspot.com/properties/hubspots-default-contact-properties',
    headers: {
      'Record ID': ['contactId', 0.85], 'Record ID - Contact': ['contactId', 0.85], hs_object_id: ['contactId', 0.85], 'HubSpot ID': ['contactId', 0.85],
      'Contact owner': 'owner', 'Lifecycle Stage': null, 'Lead Status': null, 'Original Source': 'source', 'Original Source Drill-Down 1': null,
      'Website URL': 'website', 'Phone Number': ['phone', 1, 'primary'], 'Mobile Phone Number': ['phone', 0.95, 'typed'], 'State/Region': 'state',
      'Country/Region': 'country', 'Associated Company': ['companyName', 0.8], 'Associated Company ID': null, 'Associated Deals': null,
      'HubSpot Score': null, 'Marketing contact status': null, 'Number of Associated Deals': null, firstname: 'firstName', lastname: 'lastName',
      mobilephone: ['phone', 0.95, 'typed'], hubspot_owner_id: 'owner', lifecyclestage: null, hs_lead_status: null, zip: 'postalCode',
    },
  },
  {
    vendor: 'Salesforce Contact and Lead (UI labels and API names)',
    source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_contact.htm',
    headers: {
      'Mailing Street': 'address1', 'Mailing City': 'city', 'Mailing State/Province': 'state', 'Mailing State': 'state',
      'Mailing Zip/Postal Code': 'postalCode', 'Mailing Postal Code': 'postalCode', 'Mailing Zip': 'postalCode', 'Mailing Country': 'country',
      MailingStreet: 'address1', MailingCity: 'city', MailingState: 'state', MailingPostalCode: 'postalCode', MailingCountry: 'country',
      OtherStreet: ['address1', 0.8], OtherCity: ['city', 0.8], OtherState: ['state', 0.8], OtherPostalCode: ['postalCode', 0.8], OtherCountry: ['country', 0.8],
      FirstName: 'firstName', LastName: 'lastName', Birthdate: 'dateOfBirth', LeadSource: 'source', OwnerId: ['owner', 0.85],
      MobilePhone: ['phone', 0.95, 'typed'], HomePhone: ['phone', 0.9, 'typed'], OtherPhone: ['phone', 0.85, 'alternate'],
      AssistantPhone: null, AssistantName: null, ReportsToId: null, AccountId: null, HasOptedOutOfEmail: null, DoNotCall: null,
      'Account ID': null, 'Asst. Phone': null, 'Asst Phone': null, 'Asst. Name': null, 'Reports To': null, 'Email Opt Out': null,
      'Account Owner': ['owner', 0.7], CreatedDate: null, LastModifiedDate: null, LastActivityDate: null, IsDeleted: null,
    },
  },
  {
    vendor: 'Zoho CRM contacts export',
    source: 'Zoho CRM "Contacts" standard fields (Zoho CRM help); index:4219732047 (Contacts(Contact Owner,Lead Source,First Name,Last Name,Account Name))',
    headers: {
      'Record Id': ['contactId', 0.85], 'Vendor Name': null, 'Asst Phone': null, 'Skype ID': null, 'Secondary Email': ['email', 0.85, 'alternate'],
      'Mailing Zip': 'postalCode', 'Other Zip': ['postalCode', 0.8], 'Created Time': null, 'Modified Time': null, 'Created By': null, 'Modified By': null,
      Tag: 'tags', Twitter: null,
    },
  },
  {
    vendor: 'Pipedrive people export ("Person - ..." columns)',
    source: 'index:58353044932, index:58468432813 (scripts reading Pipedrive people exports)',
    headers: {
      'Person - Name': 'name', 'Person - First name': 'firstName', 'Person - Last name': 'lastName', 'Person - Organization': 'companyName',
      'Person - Email - Work': ['email', 0.95, 'typed'], 'Person - Email - Home': ['email', 0.95, 'typed'], 'Person - Email - Other': ['email', 0.85, 'alternate'],
      'Person - Phone - Work': ['phone', 0.9, 'typed'], 'Person - Phone - Mobile': ['phone', 0.95, 'typed'], 'Person - Phone - Home': ['phone', 0.9, 'typed'],
      'Person - Phone - Other': ['phone', 0.85, 'alternate'], 'Person - Owner': 'owner', 'Person - Label': ['tags', 0.9], 'Person - ID': ['externalId', 0.85],
      'Person - Marketing status': null, 'Person - Double opt-in': null, 'Organization - Name': 'companyName',
    },
  },
  {
    vendor: 'Mailchimp audience export',
    source: 'https://mailchimp.com/help/view-export-contacts/; index:23266940308 (an export used as a fixture)',
    headers: {
      'Email Address': 'email', FNAME: 'firstName', LNAME: 'lastName', PHONE: 'phone', ADDRESS: 'address1', BIRTHDAY: 'dateOfBirth',
      MEMBER_RATING: null, OPTIN_TIME: null, OPTIN_IP: null, CONFIRM_TIME: null, CONFIRM_IP: null, LATITUDE: null, LONGITUDE: null,
      GMTOFF: null, DSTOFF: null, TIMEZONE: null, CC: ['country', 0.7], REGION: ['state', 0.7], LAST_CHANGED: null, LEID: null, EUID: null,
      NOTES: null, TAGS: 'tags', UNSUB: null, UNSUB_TIME: null, UNSUB_CAMPAIGN_TITLE: null, UNSUB_CAMPAIGN_ID: null, UNSUB_REASON: null,
      UNSUB_REASON_OTHER: null, CLEAN_TIME: null, CLEAN_CAMPAIGN_TITLE: null, CLEAN_CAMPAIGN_ID: null, BOUNCE: null, MMERGE: null,
    },
  },
  {
    vendor: 'Brevo (Sendinblue) contacts export',
    source: 'index:55170590937, index:60451783323 (Brevo export headers in importer tests)',
    headers: {
      'CONTACT ID': 'contactId', CONTACT_ID: 'contactId', EMAIL: 'email', FIRSTNAME: 'firstName', LASTNAME: 'lastName', SMS: ['phone', 0.95, 'typed'],
      LANDLINE_NUMBER: ['phone', 0.9, 'typed'], WHATSAPP: ['phone', 0.9, 'typed'], COMPANY: 'companyName', INTERESTS: ['tags', 0.85],
      BLACKLISTED: null, 'DOUBLE_OPT-IN': null, OPT_IN: null, ADDED_TIME: null, MODIFIED_TIME: null, EMAIL_BLACKLISTED: null, SMS_BLACKLISTED: null,
    },
  },
  {
    vendor: 'ActiveCampaign contacts (API v3 field names)',
    source: 'https://dashclicks-docs.pages.dev/docs/service/external/activecampaign/crm-data',
    headers: { cdate: null, udate: null, orgid: null, orgname: 'companyName', hash: null, gravatar: null, deleted: null, anonymized: null, bounced_hard: null, bounced_soft: null },
  },
  {
    vendor: 'HighLevel contacts export',
    source: 'HighLevel contact export (the add-on\'s HighLevel destination fields: Additional Emails, Additional Phones, Contact Followers)',
    headers: { 'Contact Id': 'contactId', 'GHL Contact ID': 'contactId', 'Business Name': 'companyName', 'Additional Emails': 'additionalEmails', 'Additional Phones': 'additionalPhones', Followers: 'followers', DND: null, 'Last Activity': null },
  },
  {
    vendor: 'Shopify customers export (legacy and current)',
    source: 'https://help.shopify.com/en/manual/customers/import-export-customers; github:LiquidIQ/imagezoo-scripts customers_export.csv; github:thecyclingcompany/tourdelcafe-web customers_export.csv',
    headers: {
      'Customer ID': ['externalId', 0.85], 'Accepts Marketing': null, 'Accepts Email Marketing': null, 'Accepts SMS Marketing': null,
      'Accepts WhatsApp Marketing': null, 'Total Spent': null, 'Total Orders': null, 'Tax Exempt': null, 'Province Code': ['state', 0.7],
      'Country Code': ['country', 0.7], 'Default Address Company': 'companyName', 'Default Address Address1': 'address1', 'Default Address Address2': null,
      'Default Address City': 'city', 'Default Address Province Code': ['state', 0.75], 'Default Address Country Code': ['country', 0.75],
      'Default Address Zip': 'postalCode', 'Default Address Phone': ['phone', 0.85, 'typed'], Address1: 'address1', Address2: null,
    },
  },
  {
    vendor: 'Stripe customers export (unified_customers.csv)',
    source: 'https://docs.stripe.com/get-started/data-migrations/export-file-formats; github:davidalee44/eqho-finance unified_customers.csv',
    headers: {
      'Created (UTC)': null, Delinquent: null, 'Card ID': null, 'Card Name': null, 'Card Brand': null, 'Card Funding': null, 'Card Last4': null,
      'Card Exp Month': null, 'Card Exp Year': null, 'Card Fingerprint': null, 'Card Issue Country': null, 'Card CVC Status': null,
      'Card AVS Zip Status': null, 'Card AVS Line1 Status': null, 'Card Tokenization Method': null, Plan: null, 'Cancel At Period End': null,
      'Account Balance': null, 'Total Spend': null, 'Payment Count': null, 'Average Order': null, 'Refunded Volume': null, 'Dispute Losses': null,
      'Business Vat ID': null, 'Tax Location Recognized': null, 'Card Address Line1': ['address1', 0.75], 'Card Address Line2': null,
      'Card Address City': ['city', 0.75], 'Card Address State': ['state', 0.75], 'Card Address Country': ['country', 0.75], 'Card Address Zip': ['postalCode', 0.75],
    },
  },
  {
    vendor: 'Eventbrite attendee and order reports',
    source: 'index:2629433808, index:71598756326 (Eventbrite attendee report headers)',
    headers: {
      'Order #': null, 'Order Date': null, 'Attendee #': null, 'Barcode #': null, 'Ticket Type': null, 'Attendee Status': null, 'Price Tier': null,
      'Order Type': null, 'Total Paid': null, 'Fees Paid': null, 'Eventbrite Fees': null, 'Eventbrite Payment Processing': null, Quantity: null,
      'Home Address 1': 'address1', 'Home Address 2': null, 'Home Zip': 'postalCode', 'Cell Phone': ['phone', 0.95, 'typed'], 'Work Phone': ['phone', 0.9, 'typed'],
    },
  },
  {
    vendor: 'Google Forms responses',
    source: 'github:Salahaldian/n8n-mail-automation Form Responses 1.csv; index:2599003224 (question-style headers)',
    headers: { Timestamp: null, 'Email Address': 'email', Score: null },
  },
  {
    vendor: 'QuickBooks customer list',
    source: 'github:avargas-cloud/medusa-starter-default customers_export.csv',
    headers: { ListID: ['externalId', 0.85], BillAddr1: ['address1', 0.75], BillAddr2: null, BillCity: ['city', 0.75], BillState: ['state', 0.75], BillZip: ['postalCode', 0.75], BillCountry: ['country', 0.75], ShipAddr1: null, ShipCity: null, CustomerType: null, PriceLevel: null },
  },
  {
    vendor: 'vCard property names (Apple Contacts and vCard-to-CSV tools)',
    source: 'RFC 6350 (vCard 4.0) property names; github:nbeaver/vcard2csv contacts.tsv',
    headers: { FN: ['name', 0.9], N: null, EMAIL: 'email', TEL: 'phone', ORG: 'companyName', ADR: ['address1', 0.9], BDAY: 'dateOfBirth', URL: 'website', NOTE: null, CATEGORIES: 'tags', NICKNAME: null, TITLE: null, ROLE: null, UID: ['externalId', 0.6], 'Cell phone': ['phone', 0.95, 'typed'], 'Work phone': ['phone', 0.9, 'typed'], 'Home phone': ['phone', 0.9, 'typed'] },
  },
];

// --------------------------------------------------------------------------------- known headers that are no field

/** Headers that hold something else than a contact field: job title, notes, status, system dates... */
export const NOT_FIELDS: Partial<Record<Lang, readonly string[]>> = {
  en: ['Stage', 'Lifecycle Stage', 'Lead Status', 'Status', 'Title', 'Job Title', 'Position', 'Role', 'Department', 'Notes', 'Note',
    'Description', 'Comments', 'Comment', 'Remarks', 'County', 'Gender', 'Sex', 'Age', 'Salutation', 'Prefix', 'Suffix', 'Middle Name', 'Middle',
    'Additional Name', 'Nickname', 'Maiden Name', 'Initials', 'Score', 'Rating', 'Member Rating', 'Priority', 'Type', 'Language', 'Timezone',
    'Time Zone', 'Currency', 'Industry', 'Revenue', 'Annual Revenue', 'Employees', 'Number of Employees', 'Latitude', 'Longitude', 'Photo',
    'Picture', 'Avatar', 'Image', 'Fax', 'Business Fax', 'Home Fax', 'Other Fax', 'Fax Number', 'Pager', 'Assistant', 'Manager', 'Spouse', 'Children',
    'Anniversary', 'Office Location', 'Location', 'Profession', 'Occupation', 'Hobby', 'Short Name', 'File As', 'Email Opt Out', 'Unsubscribed',
    'Do Not Call', 'Do Not Email', 'Email Status', 'Phone Status', 'Persona', 'Password', 'Deal', 'Deals', 'Opportunity', 'Timestamp', 'Date',
    'Time', 'Quantity', 'Amount', 'Price', 'Total', 'Balance', 'Subject', 'Message', 'Action', 'Year', 'Month', 'Day', 'Active', 'Enabled',
    'Verified', 'Consent', 'Opt In', 'Opt-In', 'Subscribed', 'Marketing Consent', 'Marital Status', 'Nationality', 'Religion', 'Education',
    'Company Size', 'Employee Count', 'Twitter', 'Facebook', 'Instagram', 'LinkedIn', 'LinkedIn URL', 'LinkedIn Profile', 'Skype', 'Skype ID',
    'Telegram', 'TikTok', 'YouTube', 'GitHub', 'Username', 'User Name', 'Login', 'Screen Name', 'Handle', 'IP', 'IP Address', 'Device',
    'Browser', 'User Agent', 'Referrer', 'Referer', 'Landing Page', 'Page', 'Form', 'Form Name', 'Campaign', 'Campaign Name', 'Medium',
    'UTM Medium', 'UTM Campaign', 'UTM Content', 'UTM Term', 'Checked In', 'Check-in Time', 'Attendance', 'Event', 'Event Name', 'Event Date',
    'Ticket', 'Ticket Type', 'Order', 'Order ID', 'Order Number', 'Invoice', 'Invoice Number', 'Product', 'Plan', 'Tax ID', 'VAT', 'VAT Number',
    'SSN', 'National ID', 'Passport', 'Social Security Number', 'Relationship', 'Relation', 'Emergency Contact', 'Next of Kin', 'Parent',
    'Guardian', 'Mother', 'Father', 'Bidder Number', 'Paid Until', 'Contractor', 'Customer Type', 'Lead Score', 'NPS', 'CSAT', 'Survey Name',
    'Company Phone', 'Company Main Phone', 'Mailing List', 'Newsletter', 'Unsubscribe', 'Bounced', 'Bounce', 'Favorite', 'Favourite', 'Starred'],
  es: ['Cargo', 'Puesto', 'Puesto de trabajo', 'Notas', 'Nota', 'Observaciones', 'Comentarios', 'Comentario', 'Sexo', 'Género', 'Edad',
    'Fecha', 'Hora', 'Fecha de alta', 'Fecha de registro', 'Fecha de creación', 'Idioma', 'Profesión', 'Ocupación', 'Empleados', 'Sector',
    'Actividad', 'Estado civil', 'Nacionalidad', 'Cantidad', 'Importe', 'Monto', 'Precio', 'Total', 'DNI', 'NIF', 'CIF', 'RUT', 'CUIT', 'CUIL',
    'CURP', 'RFC', 'Cédula', 'Pasaporte', 'Usuario', 'Contraseña', 'Respuesta', 'Partido', 'Foto', 'Favorito', 'Estatus'],
  pt: ['Cargo', 'Função', 'Profissão', 'Ocupação', 'Notas', 'Observações', 'Comentários', 'Sexo', 'Gênero', 'Género', 'Idade', 'Data',
    'Hora', 'Data de cadastro', 'Data de criação', 'Idioma', 'Setor', 'Estado civil', 'Nacionalidade', 'Valor', 'Preço', 'Total', 'CPF',
    'CNPJ', 'RG', 'NIF', 'Passaporte', 'Usuário', 'Senha', 'Foto', 'Situação', 'Status'],
  fr: ['Poste', 'Fonction', 'Titre', 'Profession', 'Métier', 'Notes', 'Remarques', 'Commentaires', 'Commentaire', 'Observations', 'Sexe',
    'Genre', 'Civilité', 'Âge', 'Date', 'Heure', "Date d'inscription", 'Date de création', 'Date adhésion', "Date d'adhésion", 'Langue',
    'Secteur', 'Statut', 'Montant', 'Prix', 'Total', 'Cotisation', 'Nationalité', 'Situation familiale', 'Quartier', 'Promo', 'Promotion',
    'Numéro de sécurité sociale', 'NIR', 'SIRET', 'SIREN', 'TVA', 'Mot de passe', 'Droit image', 'Droit à l\'image', 'Charte'],
  de: ['Position', 'Funktion', 'Titel', 'Anrede', 'Abteilung', 'Bereich', 'Beruf', 'Notizen', 'Notiz', 'Bemerkung', 'Bemerkungen',
    'Kommentar', 'Kommentare', 'Geschlecht', 'Alter', 'Datum', 'Uhrzeit', 'Anmeldedatum', 'Erstellt am', 'Sprache', 'Branche', 'Status',
    'Betrag', 'Preis', 'Summe', 'Familienstand', 'Staatsangehörigkeit', 'Nationalität', 'Steuer-ID', 'Steuernummer', 'USt-IdNr',
    'Sozialversicherungsnummer', 'Standort', 'Fax', 'Faxnummer', 'Benutzername', 'Passwort', 'Mitarbeiter'],
  it: ['Ruolo', 'Qualifica', 'Mansione', 'Professione', 'Note', 'Commenti', 'Osservazioni', 'Sesso', 'Genere', 'Età', 'Data', 'Ora',
    'Data di iscrizione', 'Data inserimento', 'Data registrazione', 'Lingua', 'Settore', 'Stato civile', 'Nazionalità', 'Importo',
    'Prezzo', 'Totale', 'Codice fiscale', 'Partita IVA', 'P.IVA', 'Luogo di nascita', 'Nome utente', 'Password', 'Valido', 'Collegio',
    'Commissione', 'Gruppo partito', 'Titolo'],
  nl: ['Functie', 'Functietitel', 'Afdeling', 'Beroep', 'Opmerkingen', 'Opmerking', 'Notities', 'Notitie', 'Geslacht', 'Leeftijd',
    'Datum', 'Tijd', 'Inschrijfdatum', 'Aanmeldingsdatum', 'Taal', 'Branche', 'Sector', 'Bedrag', 'Prijs', 'Totaal', 'BSN', 'Burgerservicenummer',
    'KvK-nummer', 'BTW-nummer', 'Huisnummer', 'Toevoeging', 'Tussenvoegsel', 'Aanhef', 'Titel', 'Gebruikersnaam', 'Wachtwoord', 'Status'],
};

/** Address lines that are not the street line the contact fields hold (address1 only). */
export const EXTRA_ADDRESS_LINES: readonly string[] = [
  'Address Line 2', 'Address 2', 'Street 2', 'Street Line 2', 'Address Line 3', 'Street 3', 'Address Extended Address', 'Address PO Box',
  'PO Box', 'Address Formatted', 'Formatted Address', 'Apartment', 'Suite', 'Unit', 'Apt', 'Address2', 'Address3', 'Street Line 3',
  'City State Zip', 'City, State, Zip', 'Full Address', 'Complete Address',
  'Dirección 2', 'Piso', 'Apartamento', 'Complemento', 'Bairro', 'Nº', 'Complément', "Complément d'adresse", 'Adresse 2',
  'Boîte postale', 'Adresszusatz', 'Hausnummer', 'Hausnr', 'Postfach', 'Numero civico', 'Civico', 'Interno', 'Indirizzo 2', 'Huisnummer',
  'Toevoeging', 'Postbus',
];

// --------------------------------------------------------------------------------------------------- word lists

/** Key words inside a longer header, with the field they point to (the last key word of the header decides). */
export const HEAD_WORDS: ReadonlyArray<[string, StandardFieldKey, number]> = [
  ['email', 'email', 0.75], ['emails', 'email', 0.75], ['mail', 'email', 0.7], ['correo', 'email', 0.75], ['courriel', 'email', 0.75], ['pec', 'email', 0.7],
  ['phone', 'phone', 0.75], ['phones', 'phone', 0.75], ['mobile', 'phone', 0.75], ['cell', 'phone', 0.75], ['tel', 'phone', 0.75],
  ['telephone', 'phone', 0.75], ['cellphone', 'phone', 0.75], ['whatsapp', 'phone', 0.7], ['telefono', 'phone', 0.75], ['telefone', 'phone', 0.75],
  ['celular', 'phone', 0.75], ['movil', 'phone', 0.75], ['telefon', 'phone', 0.75], ['telefoon', 'phone', 0.75], ['cellulare', 'phone', 0.75],
  ['handy', 'phone', 0.7], ['portable', 'phone', 0.7], ['telemovel', 'phone', 0.75], ['mobiel', 'phone', 0.75], ['mobil', 'phone', 0.7],
  ['telefonnummer', 'phone', 0.75], ['telefoonnummer', 'phone', 0.75], ['fone', 'phone', 0.7], ['gsm', 'phone', 0.7],
  ['birthday', 'dateOfBirth', 0.75], ['birthdate', 'dateOfBirth', 0.75], ['dob', 'dateOfBirth', 0.75], ['nacimiento', 'dateOfBirth', 0.75],
  ['nascimento', 'dateOfBirth', 0.75], ['naissance', 'dateOfBirth', 0.75], ['geburtsdatum', 'dateOfBirth', 0.75], ['nascita', 'dateOfBirth', 0.75],
  ['geboortedatum', 'dateOfBirth', 0.75], ['cumpleanos', 'dateOfBirth', 0.75],
  ['zip', 'postalCode', 0.75], ['zipcode', 'postalCode', 0.75], ['postcode', 'postalCode', 0.75], ['postal', 'postalCode', 0.7], ['plz', 'postalCode', 0.7],
  ['cep', 'postalCode', 0.7], ['cap', 'postalCode', 0.6], ['postleitzahl', 'postalCode', 0.75],
  ['city', 'city', 0.7], ['town', 'city', 0.7], ['ciudad', 'city', 0.7], ['cidade', 'city', 0.7], ['ville', 'city', 0.7], ['stadt', 'city', 0.7],
  ['citta', 'city', 0.7], ['plaats', 'city', 0.7], ['woonplaats', 'city', 0.7], ['localidad', 'city', 0.7], ['comune', 'city', 0.65],
  ['state', 'state', 0.65], ['province', 'state', 0.65], ['provincia', 'state', 0.65], ['region', 'state', 0.6], ['bundesland', 'state', 0.65], ['provincie', 'state', 0.65],
  ['country', 'country', 0.7], ['pais', 'country', 0.7], ['pays', 'country', 0.7], ['paese', 'country', 0.7], ['nazione', 'country', 0.7],
  ['street', 'address1', 0.7], ['address', 'address1', 0.7], ['addr', 'address1', 0.65], ['direccion', 'address1', 0.7], ['endereco', 'address1', 0.7], ['adresse', 'address1', 0.7],
  ['indirizzo', 'address1', 0.7], ['adres', 'address1', 0.7], ['strasse', 'address1', 0.7], ['straat', 'address1', 0.7], ['domicilio', 'address1', 0.65],
  ['website', 'website', 0.7], ['url', 'website', 0.65], ['homepage', 'website', 0.7], ['webpage', 'website', 0.7], ['web', 'website', 0.6],
  ['sito', 'website', 0.65], ['site', 'website', 0.6], ['webseite', 'website', 0.7], ['domain', 'website', 0.6], ['dominio', 'website', 0.6],
  ['company', 'companyName', 0.7], ['organization', 'companyName', 0.7], ['organisation', 'companyName', 0.7], ['employer', 'companyName', 0.7],
  ['empresa', 'companyName', 0.7], ['entreprise', 'companyName', 0.7], ['societe', 'companyName', 0.7], ['firma', 'companyName', 0.7],
  ['unternehmen', 'companyName', 0.7], ['azienda', 'companyName', 0.7], ['bedrijf', 'companyName', 0.7], ['organizacion', 'companyName', 0.7],
  ['tags', 'tags', 0.7], ['tag', 'tags', 0.7], ['etiquetas', 'tags', 0.7], ['labels', 'tags', 0.65],
  ['followers', 'followers', 0.7],
  ['owner', 'owner', 0.7], ['propietario', 'owner', 0.7], ['proprietario', 'owner', 0.7], ['eigenaar', 'owner', 0.7],
  ['name', 'name', 0.7], ['nombre', 'name', 0.65], ['nome', 'name', 0.65], ['nom', 'name', 0.6], ['naam', 'name', 0.65],
  ['surname', 'lastName', 0.7], ['apellido', 'lastName', 0.7], ['apellidos', 'lastName', 0.7], ['sobrenome', 'lastName', 0.7], ['cognome', 'lastName', 0.7],
  ['nachname', 'lastName', 0.7], ['achternaam', 'lastName', 0.7], ['vorname', 'firstName', 0.7], ['voornaam', 'firstName', 0.7], ['prenom', 'firstName', 0.7],
  ['source', 'source', 0.65], ['origen', 'source', 0.65], ['origem', 'source', 0.65], ['origine', 'source', 0.6], ['quelle', 'source', 0.65], ['fonte', 'source', 0.6],
];

/** Words after a key word that do not change it: "Phone Number", "Email Value", "Zip Code", "Telefonnummer Nr". */
export const FILLER_WORDS: ReadonlySet<string> = new Set(['number', 'no', 'num', 'nr', 'nro', 'numero', 'code', 'value', 'id', 'line', 'address', 'adres', 'adresse', 'direccion', 'endereco', 'indirizzo', 'de', 'do', 'da', 'di', 'du', 'del', 'van', 'principal', 'principale', 'primary', 'main']);

/** Words that, in a longer header, turn a name word into the first or the last name. */
export const FIRST_WORDS: ReadonlySet<string> = new Set(['first', 'given', 'forename', 'fname', 'vorname', 'prenom', 'voornaam', 'primeiro', 'primer', 'pila', 'nombres', 'roepnaam', 'rufname', 'given name']);
export const LAST_WORDS: ReadonlySet<string> = new Set(['last', 'surname', 'family', 'lname', 'nachname', 'familienname', 'zuname', 'apellido', 'apellidos', 'sobrenome', 'cognome', 'achternaam', 'familienaam', 'ultimo']);
/** Words that make a "name" about a thing, not the person: "Company Name", "Event Name", "User Name", "In-game name". */
export const NOT_PERSON_NAME_WORDS: ReadonlySet<string> = new Set([
  'company', 'business', 'organization', 'organisation', 'account', 'employer', 'org', 'firm', 'file', 'user', 'screen', 'display', 'nick', 'game',
  'product', 'event', 'project', 'campaign', 'list', 'team', 'squad', 'group', 'pet', 'domain', 'brand', 'store', 'shop', 'site', 'page', 'form',
  'course', 'class', 'school', 'university', 'host', 'street', 'city', 'town', 'country', 'state', 'region', 'card', 'bank', 'song', 'artist',
  'ticket', 'plan', 'package', 'deal', 'opportunity', 'workshop', 'session', 'venue', 'hotel', 'room', 'ship', 'shipping', 'billing', 'invoice',
  'empresa', 'entreprise', 'societe', 'firma', 'azienda', 'bedrijf', 'evento', 'usuario', 'utilisateur', 'benutzer', 'utente', 'gebruiker',
  'produto', 'producto', 'prodotto', 'produit', 'campana', 'campanha', 'veranstaltung', 'yomi', 'phonetic', 'middle', 'maiden', 'additional',
  'vendor', 'survey', 'conversion', 'github', 'twitter', 'instagram', 'facebook', 'linkedin', 'skype', 'telegram', 'ign',
]);

/** Words naming another person than the contact: their columns are never the contact's own. */
export const OTHER_PEOPLE: ReadonlySet<string> = new Set([
  // en
  'mother', 'mom', 'mum', 'father', 'dad', 'parent', 'parents', 'guardian', 'spouse', 'partner', 'wife', 'husband', 'sister', 'brother',
  'sibling', 'child', 'children', 'kid', 'kids', 'son', 'daughter', 'relative', 'relation', 'kin', 'emergency', 'assistant', 'assistants', 'asst',
  'manager', 'managers', 'boss', 'supervisor', 'referrer', 'referred', 'referee', 'sponsor', 'tutor', 'teacher', 'doctor', 'physician', 'agent',
  'recruiter', 'landlord', 'tenant', 'beneficiary', 'witness', 'reference', 'references', 'secretary', 'caregiver', 'nanny', 'grandparent',
  // es / pt
  'madre', 'padre', 'padres', 'hermana', 'hermano', 'esposo', 'esposa', 'conyuge', 'hijo', 'hija', 'hijos', 'apoderado', 'emergencia',
  'asistente', 'jefe', 'mae', 'pai', 'pais', 'irma', 'irmao', 'marido', 'mulher', 'conjuge', 'filho', 'filha', 'responsavel', 'emergencia',
  'assistente', 'chefe', 'tutora', 'encarregado',
  // fr
  'mere', 'pere', 'soeur', 'frere', 'epoux', 'epouse', 'conjoint', 'conjointe', 'enfant', 'enfants', 'fils', 'fille', 'tuteur', 'urgence',
  'assistante', 'parrain', 'marraine',
  // de
  'mutter', 'vater', 'eltern', 'schwester', 'bruder', 'ehepartner', 'ehemann', 'ehefrau', 'kind', 'kinder', 'sohn', 'tochter', 'notfall',
  'notfallkontakt', 'assistent', 'assistentin', 'vorgesetzter', 'vorgesetzte', 'erziehungsberechtigter', 'erziehungsberechtigte', 'vormund',
  // it
  'genitore', 'genitori', 'sorella', 'fratello', 'coniuge', 'marito', 'moglie', 'figlio', 'figlia', 'figli', 'tutore', 'emergenza',
  // nl
  'moeder', 'vader', 'ouder', 'ouders', 'zus', 'broer', 'echtgenoot', 'echtgenote', 'zoon', 'dochter', 'voogd', 'noodgeval', 'noodcontact',
  'assistente', 'leidinggevende',
]);

/** Words naming another record than the contact (a deal, an order, a device...): never the contact's own field. */
export const OTHER_OBJECTS: ReadonlySet<string> = new Set([
  'deal', 'deals', 'opportunity', 'opportunities', 'order', 'orders', 'ticket', 'tickets', 'product', 'products', 'invoiceno', 'quote',
  'ip', 'ipv4', 'ipv6', 'device', 'browser', 'campaign', 'utm', 'referrer', 'vendor', 'supplier', 'event',
  'bank', 'iban', 'vat', 'tax', 'payment', 'survey', 'conversion', 'ad', 'ads', 'form', 'pipeline',
  'trato', 'negocio', 'oportunidad', 'pedido', 'encomenda', 'oportunidade', 'commande', 'opportunite', 'bestellung', 'auftrag', 'angebot',
  'ordine', 'offerta', 'opportunita', 'bestelling', 'offerte', 'dispositivo', 'appareil', 'geraet', 'apparaat',
]);

/** Words that mark a billing address (mapped only when the file has no other address), including a payment card's. */
export const BILLING_WORDS: ReadonlySet<string> = new Set(['billing', 'bill', 'invoice', 'invoicing', 'card', 'facturacion', 'factura', 'faturamento', 'cobranca', 'facturation', 'facture', 'rechnung', 'rechnungsadresse', 'fatturazione', 'fattura', 'factuur', 'facturatie', 'payer']);
/** Words that mark a shipping address: never the contact's own. */
export const SHIPPING_WORDS: ReadonlySet<string> = new Set(['shipping', 'ship', 'delivery', 'deliver', 'envio', 'entrega', 'livraison', 'lieferung', 'lieferadresse', 'versand', 'spedizione', 'consegna', 'levering', 'verzending', 'afleveradres', 'recipient']);
/** Words that mark an alternate (other, secondary) address, email or phone. */
export const ALTERNATE_WORDS: ReadonlySet<string> = new Set(['other', 'alternate', 'alt', 'alternative', 'secondary', 'second', 'backup', 'additional', 'extra', 'previous', 'old', 'former', 'otro', 'otra', 'secundario', 'secundaria', 'alternativo', 'alternativa', 'outro', 'outra', 'autre', 'secondaire', 'weitere', 'weiterer', 'zweite', 'zweiter', 'alte', 'altro', 'altra', 'secondario', 'secondaria', 'ander', 'andere', 'tweede', 'oud', 'oude']);
/** Words that mark the primary one of its kind. */
export const PRIMARY_WORDS: ReadonlySet<string> = new Set(['primary', 'main', 'principal', 'principale', 'preferred', 'default', 'hoofd', 'haupt']);
/** Words typing an email, phone or address (one of several of equal rank). */
export const TYPE_WORDS: ReadonlySet<string> = new Set([
  'work', 'business', 'office', 'home', 'personal', 'private', 'mobile', 'cell', 'landline', 'direct', 'fixed',
  'company', 'corporate', 'professional', 'casa', 'trabajo', 'oficina', 'particular', 'fijo', 'personal', 'trabalho', 'comercial',
  'residencial', 'pessoal', 'fixo', 'maison', 'domicile', 'bureau', 'travail', 'professionnel', 'perso', 'pro', 'fixe', 'privat', 'geschaeftlich',
  'geschaftlich', 'dienstlich', 'buero', 'buro', 'festnetz', 'lavoro', 'ufficio', 'privato', 'fisso', 'thuis', 'werk', 'kantoor', 'prive', 'zakelijk',
  'vast', 'handy', 'whatsapp', 'sms',
]);
/** A whole header made of one of these words holds a phone when the file has other phone columns ("Handy", "Büro", "Privat"). */
export const BARE_PHONE_TYPES: ReadonlySet<string> = new Set(['work', 'business', 'office', 'home', 'personal', 'private', 'casa', 'trabajo', 'oficina', 'particular', 'trabalho', 'comercial', 'residencial', 'maison', 'domicile', 'bureau', 'travail', 'privat', 'buro', 'buero', 'geschaftlich', 'geschaeftlich', 'dienstlich', 'lavoro', 'ufficio', 'thuis', 'werk', 'kantoor', 'prive', 'zakelijk']);

/** Words of headers that describe a field rather than hold its value ("Email Opt Out", "Phone Verified", "Email Status"). */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set([
  'opt', 'optout', 'optin', 'out', 'unsubscribe', 'unsubscribed', 'status', 'verified', 'verification', 'bounce', 'bounced', 'consent', 'count',
  'sent', 'opened', 'clicked', 'type', 'label', 'labels', 'format', 'valid', 'validity', 'subscription', 'subscribed', 'preference', 'preferences',
  'dnd', 'display', 'yomi', 'phonetic', 'fax', 'pager', 'quality', 'score', 'size', 'industry', 'revenue', 'employees', 'file', 'user', 'username',
  'middle', 'nick', 'nickname', 'maiden', 'job', 'list', 'pet', 'date', 'time', 'total', 'certainty', 'evidence', 'confidence', 'cleaned', 'clean',
  'normalized', 'formatted', 'opted', 'marketing', 'accepts', 'allowed', 'blacklisted', 'blocked', 'domain', 'provider', 'carrier', 'extension',
  'ext', 'platform', 'frequency', 'permission', 'enabled', 'notifications', 'notification', 'query', 'snippet', 'notes', 'note', 'lookup',
  'estado', 'situacao', 'statut', 'stato', 'valido', 'valida', 'fecha', 'data', 'datum', 'hora', 'heure', 'uhrzeit', 'ora',
]);

/** Words of system dates and times: "Created", "Last Modified", "Fecha de alta", "Erstellt am". */
export const SYSTEM_DATE_WORDS: ReadonlySet<string> = new Set([
  'created', 'create', 'creation', 'modified', 'modify', 'modification', 'updated', 'update', 'changed', 'timestamp', 'confirm', 'confirmed',
  'added', 'imported', 'synced', 'sync', 'edited', 'deleted', 'archived', 'cdate', 'udate', 'mdate', 'registered', 'registration', 'signup',
  'joined', 'since', 'expires', 'expiry', 'expiration', 'until', 'start', 'end', 'closing', 'closed', 'conversion',
  'alta', 'registro', 'creacion', 'modificacion', 'actualizacion', 'cadastro', 'criacao', 'atualizacao', 'inscription', 'adhesion', 'creation',
  'mise', 'erstellt', 'geaendert', 'geandert', 'aktualisiert', 'anmeldung', 'registrierung', 'iscrizione', 'inserimento', 'registrazione',
  'aggiornamento', 'aangemaakt', 'gewijzigd', 'inschrijving', 'aanmelding', 'checkin', 'checkout',
]);
export const SYSTEM_DATE_PHRASES: readonly string[] = [
  'last activity', 'last contacted', 'last seen', 'last engagement', 'last changed', 'last viewed', 'last login', 'last opened', 'last clicked',
  'last email', 'last call', 'last meeting', 'first seen', 'first contact', 'opt in', 'date added', 'created by', 'modified by', 'updated by',
  'last modified', 'last updated', 'connected on', 'last service', 'member of', 'join date', 'check in',
];

/** Words of a question-style header (Google Forms) that carry no meaning: "What is your phone number?". */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'what', 'whats', 'which', 'who', 'where', 'when', 'how', 'is', 'are', 'do', 'does', 'your', 'you', 'please', 'enter', 'provide', 'give', 'type',
  'the', 'a', 'an', 'of', 'to', 'for', 'can', 'we', 'reach', 'at', 'us', 's', 'best', 'current', 'preferred', 'here', 'below',
  'cual', 'cuales', 'es', 'son', 'tu', 'su', 'sus', 'por', 'favor', 'indique', 'indica', 'ingrese', 'ingresa', 'escribe', 'escriba', 'el', 'la',
  'los', 'las', 'de', 'del', 'un', 'una', 'qual', 'quais', 'e', 'o', 'os', 'seu', 'sua', 'informe', 'digite', 'do', 'da', 'quel', 'quelle',
  'quels', 'quelles', 'est', 'votre', 'vos', 'ton', 'ta', 'indiquez', 'saisissez', 'le', 'les', 'd', 'l', 'wie', 'was', 'ist', 'lautet',
  'ihre', 'ihr', 'deine', 'dein', 'bitte', 'geben', 'sie', 'an', 'der', 'die', 'das', 'il', 'lo', 'tuo', 'tua', 'suo', 'inserisci',
  'inserire', 'indicare', 'wat', 'uw', 'je', 'jouw', 'graag', 'vul', 'in', 'het', 'een',
]);

/** Nouns of people: a number after one of them is another person ("Guest 2 Email", "Attendee 3 Name"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(['guest', 'attendee', 'person', 'contact', 'member', 'participant', 'player', 'student', 'invitado', 'participante', 'convidado', 'invite', 'gast', 'teilnehmer', 'ospite', 'partecipante', 'deelnemer', 'traveler', 'traveller', 'passenger', 'adult', 'child', 'occupant']);

/** Prefix segments of "Object - Field" headers (Pipedrive "Person - Email - Work") naming the contact itself. */
export const SELF_OBJECTS: ReadonlySet<string> = new Set(['person', 'contact', 'lead', 'customer', 'client', 'subscriber', 'member', 'attendee', 'persona', 'pessoa', 'personne', 'kontakt', 'contatto', 'contacto', 'contato', 'klant', 'cliente', 'kunde']);
/** Prefix segments naming another record: only its name can be the contact's company. */
export const OTHER_RECORD_PREFIXES: ReadonlySet<string> = new Set(['organization', 'organisation', 'org', 'company', 'account', 'deal', 'opportunity', 'activity', 'product', 'order', 'ticket', 'note', 'project']);

/** A bare "Name" in these languages: the full name alone, the last name next to a first-name column (French
 * "Nom" + "Prénom", German "Name" + "Vorname"), the first name next to a last-name column (Italian "Nome" +
 * "Cognome", Spanish "Nombre" + "Apellidos", English "Name" + "Surname"). */
export const BARE_NAME_WORDS: ReadonlySet<string> = new Set(['name', 'nombre', 'nome', 'nom', 'naam', 'navn', 'nimi', 'imie']);
