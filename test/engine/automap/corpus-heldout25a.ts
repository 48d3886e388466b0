// The twenty-fifth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch
// and mixed-language files; the other half, corpus-heldout25b.ts, holds Spanish, Portuguese, French, Italian and
// other English files): COUNTS_LINE
// from sources none of the other parts use, found in the public code index with find_string (exact header text of
// CRM and lead exports and imports (HubSpot, Salesforce, Zoho, Mailchimp, Brevo), importer tests and templates,
// member, club, care-service and school lists, database tables and model bindings) and written down, with the
// mapping a careful person would choose by the field definitions and the rules, BEFORE the mapper was run on
// them and without reading the lexicon or the mapper. "index:N" names the index file the header text was read from
// (the index does not name its repository); the kind says what the file is. Sample values are made up in the shape
// of each file's own (no personal data or example rows from the sources are copied). Wide files are kept to their
// first columns, stopping at a column boundary. No set's headers repeat an older part's (each was compared
// lower-cased; the files without a header row aside).
//
// The choices are the fourth held-out part's (corpus-heldout4.ts), which every part follows:
// - Primary before alternate: an untyped phone is the main phone, a mobile next to it an additional phone; with
//   typed phones only, the mobile is the main phone; numbered phones and emails: the first is the main one, the
//   others additional.
// - Whose column: billing columns only when the file has nothing of the contact's own; shipping never; a parent's,
//   a relative's, an emergency contact's, an assistant's, a manager's, an account's or a deal's never; a company's
//   domain, industry or size never; an alternate address group never over the primary one.
// - Another system's id of this person (customer, member, subscriber, user, employee id) is the External ID; a
//   column named "Contact ID" in a CRM's export is the Contact ID; order, ticket, attendee and row numbers are not
//   imported. An owner or assigned user is the Contact owner.
// - Status columns, booleans (opt-outs, consent, active), IP addresses, links that are not the person's site,
//   free-form locations, job titles, departments, salutations, genders, house numbers on their own, second address
//   lines, national ids and bank details, notes and descriptions are not imported.
// - Source columns ("Lead Source", "Origem", "Quelle") are the Source; tags, labels, categories and groups are Tags.
// Added after the ninth part, where the parts' writers had chosen differently (later parts follow these):
// - A bare "ID" column of a contact list is the External ID. A customer's account number is the External ID too; a
//   bank account number never.
// - "How did you hear about us?" is the Source; the same question about an event or a course is not imported.
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - A full-name column next to first and last name columns is the Name as well.
// - A school class, a grade, a year group or a cohort is not imported; a column that names a group the person belongs
//   to (a team, a club, a group membership) is Tags. A role is not imported (like a job title).
// - Of two ids of the person, the first is the External ID and the other is not imported.
// - In a school or club list the pupil or member is the contact: parents' columns are not imported; in a list of
//   parents the parent is the contact.
// - A kind of membership ("Mitgliedsart", "lidmaatschapstype") is a category the member is filed under: Tags.
// - Tax and identity numbers, passwords and PINs are not imported; a login the person is filed under in another
//   program is the External ID, like a user id.
// - A CRM's own record id of the person in its export ("Record ID" of HubSpot or Zoho) is the External ID.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout25' }, table);

export const HELDOUT25A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-mailchimp-audience-export-migration', kind: 'Mailchimp audience export brought to a CRM\'s contact import (end-to-end test)', lang: 'en', source: 'index:54654930578 (a CRM\'s migration end-to-end test, Mailchimp export, TypeScript)' }, `
    Email Address | email | hollis.grey@example.com | m.sandoval@example.net | tkoenig@example.org
    First Name | firstName | Hollis | Maria | Tobias
    Last Name | lastName | Grey | Sandoval | Koenig
    Member Rating | - | 4 | 2 | 5
    OPTIN TIME | - | 2025-01-14 09:12:44 | 2025-02-03 18:40:02 | 2025-02-21 07:55:19
    STATUS | - | subscribed | unsubscribed | subscribed
  `),
  set({ id: 'en-pos-customer-list-excel-title-rows', kind: 'point-of-sale customer list Excel export with the shop name, a title and a time line above the header', lang: 'en', defaultCountry: 'BD', above: [['Rahman Traders'], ['Customer List'], ['Time: 14-05-2025 03:20 PM']], source: 'index:6021227524 (a POS app\'s customer list Excel export, PHP)' }, `
    SL | - | 1 | 2 | 3
    Name | name | Abdul Karim | Nasrin Akter | Sohel Rana
    Mobile | phone | 01711555123 | 01819555456 | 01912555789
    Area | - | Mirpur | Uttara | Dhanmondi
    Total Sale | - | 25400 | 8120 | 61300
    Sale Payment | - | 25000 | 8120 | 55000
    Sale Due | - | 400 | 0 | 6300
    Advance | - | 0 | 500 | 0
    Total Due | - | 400 | 0 | 6300
  `),
  set({ id: 'en-quickbooks-customer-list-preamble', kind: 'QuickBooks-style customer list with a report title, the store name and a blank line above the header', lang: 'en', defaultCountry: 'EG', above: [['Customer List'], ['Nile Scarf Store'], []], source: 'index:60942369886 (a store app\'s test of picking the import header row, JavaScript)' }, `
    Customer Name | name | Salma Fathy | Youssef Nabil | Dina Hamed
    Phone 1 | phone | 01012555670 | 01155555123 | 01222555908
    EMail | email | salma.f@example.com | "" | dina.hamed@example.net
    Notes | - | Wholesale | "" | Pays on delivery
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-verband-mitglieder-qr-mailing', kind: 'Mitgliederliste eines Verbands für einen QR-Code-Mailversand', lang: 'de', defaultCountry: 'DE', source: 'index:32514193878 (README eines Mailversand-Skripts, Beispieldaten, Markdown)' }, `
    RML MitglNr | externalId | 52311 | 52318 | 52407
    Anrede | - | Herr | Frau | Herr
    Vorname | firstName | Andreas | Petra | Ralf
    Nachname | lastName | Schulze | Engel | Voigt
    E-Mail | email | a.schulze@example.de | petra.engel@example.de | ralf.voigt@example.com
    hash | - | 9f2c1ab7 | 4be07d11 | c81e55a0
  `),
  set({ id: 'de-ch-grossanlass-beschaffung-anfragen-vorlage', kind: 'CSV-Vorlage für Lieferantenanfragen eines Grossanlasses (Schweiz): Firmen mit Ansprechperson', lang: 'de', defaultCountry: 'CH', source: 'index:66564417558 (Beschaffungsseite einer Vereins-App, CSV-Vorlage, Vue)' }, `
    Firma | companyName | Zelt Meier AG | Festbedarf Huber GmbH | Kühl-Service Frei
    # the template's example is a town: the City
    Ort / Adresse | city | Bern | Thun | Burgdorf
    Webseite | website | https://zelt-meier.example | https://festbedarf-huber.example | ""
    Branche / Typ | - | Zeltbau | Mobiliar | Kühlung
    Was | - | Festzelt 400 Personen | Festbankgarnituren | Kühlwagen
    Hinweise | - | nur Anfrage | Lieferung inkl. | ""
    Anrede | - | Herr | Frau | Herr
    Vorname | firstName | Beat | Monika | Urs
    Nachname | lastName | Meier | Huber | Frei
    E-Mail | email | beat.meier@zelt-meier.example | m.huber@festbedarf-huber.example | urs@kuehlservice.example
    Telefon | phone | 031 555 01 23 | 033 555 04 56 | 034 555 07 89
    Bemerkung | - | intern | "" | Rückruf erbeten
  `),
  set({ id: 'de-verein-mitglieder-importvorlage-ding', kind: 'leere Importvorlage einer Vereinsverwaltung für Mitglieder', lang: 'de', defaultCountry: 'DE', source: 'index:69300427065 (Mitgliederimport einer Vereinsverwaltung, Vorlage mit BOM, TypeScript)' }, `
    Anrede | - | Frau | Herr | Frau
    Vorname | firstName | Ute | Klaus | Jana
    Nachname | lastName | Lorenz | Becker | Wolff
    E-Mail | email | ute.lorenz@example.org | k.becker@example.de | jana.wolff@example.de
    Straße | address1 | Marktplatz 2 | Talstraße 19 | Am Bach 5
    PLZ | postalCode | 35683 | 35684 | 35688
    Ort | city | Dillenburg | Dillenburg | Dillenburg
    Geburtsdatum | dateOfBirth | 12.04.1971 | 30.08.1958 | 07.01.1994
    Telefon | phone | 02771 555012 | 02771 555034 | 0151 55507788
    Eintritt | - | 01.01.2010 | 15.03.1985 | 01.06.2021
    Mitgliedsart | tags | Aktiv | Passiv | Jugend
  `),
  set({ id: 'de-ch-anfragen-csv-parser-anrede', kind: 'Lieferantenliste mit Ansprechperson (Schweiz), Test des CSV-Parsers', lang: 'de', defaultCountry: 'CH', source: 'index:63241657657 (Test eines Anfrage-CSV-Parsers, PHP)' }, `
    Firma | companyName | Bühnenbau Gerber AG | Catering Roth | Toi Service GmbH
    Anrede | - | Frau | Herr | Herr
    Vorname | firstName | Regula | Marco | Stefan
    Nachname | lastName | Gerber | Roth | Keller
    E-Mail | email | r.gerber@buehnenbau.example | marco@catering-roth.example | s.keller@toiservice.example
  `),
  set({ id: 'de-newsletter-adressen-einfuegen-format', kind: 'Newsletter-Tool, Format zum Einfügen von Empfängern', lang: 'de', defaultCountry: 'DE', source: 'index:8949501671 (Importformular eines Newsletter-Tools, PHP)' }, `
    email | email | k.meyer@example.de | info@schreinerei-ott.example | l.schmitt@example.com
    vorname | firstName | Karin | Jonas | Lea
    nachname | lastName | Meyer | Ott | Schmitt
    firma | companyName | "" | Schreinerei Ott | Schmitt Design
    geschlecht | - | w | m | w
    titel | - | Dr. | "" | ""
    kommentar | - | Messe 2024 | Stammkunde | ""
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  // ----------------------------------------------------------------------------------------------------- mixed
];
