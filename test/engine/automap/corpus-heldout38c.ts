// The thirty-eighth held-out part of the auto-mapping corpus (see corpus-format.ts), third file, written as the first half
// of a thirty-seventh part (English, German and Dutch files; corpus-heldout38d.ts was its other half). That part came to
// 68 sets without the files the corpus test asks of a part (a third file without a header row, a mixed-language set), so
// both its halves were folded into the thirty-eighth part, built at the same time by other writers, whose first run
// was measured with them: 12 header sets of HR and staff files
// (applicant and task exports, staff onboarding and parser test files, time tracking and hours exports, a school's
// user import, staff master data, a hotel's staff cost columns, a staff association's member record; no file without
// a header row and none with lines above it: the candidates found for those were all used by older parts)
// from sources none of the other parts use. The header rows were read from the public code index (find_string
// look-ups; "index:<id>" names the file the header text was read from, the kind says what the file is) and written
// down, with the mapping a careful person would choose by the field definitions and the rules, BEFORE the
// mapper was run on them and without reading the lexicon or the mapper. Sample values are made up in the shape of
// each file's own (no personal data or example rows from the sources are copied). Wide files are kept to their first
// columns, stopping at a column boundary. No set's headers repeat an older part's (each was compared lower-cased).
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
// The tenth part's recurring choices, kept here:
// - A full-name column next to first and last name columns is the Name as well.
// - A school class, a grade, a year group or a cohort is not imported; a column that names a group the person belongs
//   to (a team, a club, a group membership) is Tags. A role is not imported (like a job title).
// - Of two ids of the person, the first is the External ID and the other is not imported.
// - In a school or club list the pupil or member is the contact: parents' columns are not imported; in a list of
//   parents the parent is the contact.
// Older second halves' recurring choices, kept here:
// - Tax and identity numbers (CPF, CNPJ, RUT, DNI, cédula, CUIT, codice fiscale, partita IVA, social security number),
//   passwords and PINs are not imported.
// - Spanish-style second surnames are not imported: the first surname is the Last name.
// - When the rows are companies, the company's (legal) name is the Company name and a contact-person column is the
//   Name; a trade name beside a legal name is not imported.
// - A neighbourhood (bairro, colonia) is not imported; a login or a code the person is filed under in another program
//   is the External ID, like a user id.
// - A registration list's own row id is not imported, like attendee numbers.
// - Where a town and the area above it are given, the town is the City and the first-level area (province, UF,
//   provincia) the State.
// Where these are silent, a set says in a comment what was chosen and why. The sixteenth part's second half made these
// choices more than once, kept here:
// - An employer named in a staff or trainee list ("Empresa", "Azienda", "Structure", "Établissement" of a teacher) is
//   the person's company; the college of a student is not an employer and is not imported.
// - A landing page, an "origem" or an "Origine" a lead came through is the Source; a sub-origin beside it is not
//   imported.
// - What a charge, a booking, a form or a course is about (amounts, due dates, seats, courses, tracks, shifts,
//   skills) is not a contact field.
// The seventeenth part's second half made these choices more than once, kept here:
// - A kind of membership ("Tipo Socio", "Tipo": ordinario, honorario, juvenil) is a category the member is filed under:
//   Tags. A member's plan or fee level beside a kind code is not imported.
// - The therapist or physiotherapist assigned to a patient is the user in charge of the contact: the Contact owner.
// - The sports club or school house a person is registered with is a group the person belongs to: Tags.
// - A booking's or an order's own code, dates, covers and amounts are not contact fields.
// From the fifteenth part's first half, kept here:
// - A Dutch "tussenvoegsel" (van, de, van der) in a column of its own is not imported (the last name column is still
//   the Last name); initials ("Voorletters") alone are the First name, the only given-name column the file has.
// Where these are still silent, a set says in a comment what was chosen and why.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout38' }, table);

export const HELDOUT38C: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-agency-job-applications', kind: 'agency website admin export of job applications', lang: 'en', source: 'index:52564259203 (a staffing agency site\'s admin CSV exports)' }, `
    # "Applied For" is the job title applied for and the message a cover note: not imported.
    Candidate Name | name | Tom Okafor | Grace Lindqvist | Samir Khoury
    Email | email | tom.okafor@example.com | grace.l@example.se | samir.k@example.com
    Phone | phone | 555-0101 | "" | 555-0188
    Applied For | - | Warehouse Associate | Office Manager | Forklift Driver
    Message | - | Available from June. | Please see my CV. | ""
    Date | - | 6/3/2024, 9:14:02 AM | 6/4/2024, 1:40:55 PM | 6/5/2024, 4:02:10 PM
  `),
  set({ id: 'en-team-tasks-output', kind: 'team task list written to a CSV by a staff tool', lang: 'en', source: 'index:16022465401 (a team task manager\'s file writer)' }, `
    Employee ID | externalId | 1004 | 1004 | 1011
    First Name | firstName | Paul | Paul | Nadia
    Last Name | lastName | Grant | Grant | Haddad
    Task Code | - | T-301 | T-305 | T-310
    Subject | - | Quarterly report | Client visit | Onboarding
    Description | - | Draft Q2 numbers | Visit Acme site | Set up laptop
    Due Date | - | 2024-07-15 | 2024-07-18 | 2024-07-20
    Status | - | OPEN | DONE | IN_PROGRESS
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-onboarding-stapel-personalnummer', kind: 'IT onboarding tool\'s staff batch CSV (test data)', lang: 'de', source: 'index:71117950719 (a PowerShell onboarding module\'s tests)' }, `
    # The staff number is the employer's id of the person: the External ID.
    Vorname | firstName | Jonas | Leonie | Emre
    Nachname | lastName | Keßler | Brandt | Yıldız
    Personalnummer | externalId | 100 | 101 | 102
  `),
  set({ id: 'de-personalliste-csv-parser', kind: 'HR tool\'s staff CSV with a header row (parser test)', lang: 'de', source: 'index:68315143981 (a TypeScript HR importer\'s CSV parser tests)' }, `
    Personalnummer | externalId | 10001 | 10002 | 10003
    Vorname | firstName | Sabine | Tobias | Anja
    Nachname | lastName | Krämer | Vogt | Schuster
  `),
  set({ id: 'de-workexpert-zeiterfassung', kind: 'time tracking export in the WorkExpert layout', lang: 'de', source: 'index:58594675249 (a time tracking bridge\'s data transformer)' }, `
    Personalnummer | externalId | 2041 | 2041 | 2077
    Vorname | firstName | Marco | Marco | Sandra
    Nachname | lastName | Lehmann | Lehmann | Pohl
    Datum | - | 03.06.2024 | 04.06.2024 | 03.06.2024
    Type | - | Arbeitszeit | Arbeitszeit | Urlaub
    Zeit Beginn | - | 07:00 | 07:15 | ""
    Zeit Ende | - | 15:30 | 16:00 | ""
    Pause | - | 0:30 | 0:45 | ""
    Summe mit Pause | - | 8:30 | 8:45 | ""
    Summe ohne Pause | - | 8:00 | 8:00 | 8:00
    Projektnummer | - | P-2024-17 | P-2024-17 | ""
    Auftragsnummer | - | A-5531 | A-5532 | ""
    Projekt / Gruppenname | - | Neubau Lindenstraße | Neubau Lindenstraße | ""
    Kommentar | - | "" | Material geholt | ""
  `),
  set({ id: 'de-schule-benutzerimport-klassen', kind: 'school user import CSV for Active Directory (converter output)', lang: 'de', source: 'index:62168413851 (a school\'s user import conversion script)' }, `
    # The user type (pupil, teacher, staff) is a role and the classes are school classes: not imported.
    Personalnummer | externalId | 50231 | 50232 | 70011
    Vorname | firstName | Mia | Paul | Ursula
    Nachname | lastName | Becker | Schulz | Arndt
    BenutzerTyp | - | Schueler | Schueler | Lehrkraft
    Klassen | - | 7b | 9a | 7b,8c
  `),
  set({ id: 'de-gebaeudereinigung-stunden', kind: 'cleaning company\'s hours export (DATEV-LODAS-like)', lang: 'de', source: 'index:55706962976 (a cleaning company app\'s time records page)' }, `
    # "Mitarbeiter" holds the employee's id: the External ID. "Objekt" is the site cleaned, not an address of theirs.
    Mitarbeiter | externalId | 17 | 17 | 23
    Vorname | firstName | Olga | Olga | Hakan
    Nachname | lastName | Petrenko | Petrenko | Aydın
    Datum | - | 2025-02-03 | 2025-02-04 | 2025-02-03
    Von | - | 06:00 | 06:00 | 17:30
    Bis | - | 10:30 | 09:45 | 21:00
    Pause(min) | - | 15 | 0 | 15
    Stunden | - | 4,25 | 3,75 | 3,25
    Objekt | - | Praxis Dr. Lenz | Praxis Dr. Lenz | Bürohaus Nord
    Notiz | - | "" | Fenster | ""
  `),
  set({ id: 'de-zeiterfassung-mitarbeiter-stammdaten', kind: 'time clock database\'s staff master data (seed rows)', lang: 'de', source: 'index:32443797947 (a time clock app\'s SQL setup script)' }, `
    # "IstAktiv" is a flag: not imported.
    Personalnummer | externalId | 1031 | 1032 | 1047
    Vorname | firstName | Gerhard | Monika | Tim
    Nachname | lastName | Auer | Steiner | Pichler
    IstAktiv | - | 0 | 1 | 1
  `),
  set({ id: 'de-wachdienst-mitarbeiter-konten', kind: 'security service app\'s staff accounts (load test seed)', lang: 'de', source: 'index:65888469361 (a guard patrol app\'s load test seed script)' }, `
    # "name" is the login name: of two ids of the person the first is the External ID, the staff number is then not
    # imported. The password hash and the flags are not imported.
    name | externalId | ma1 | ma2 | ma3
    password_hash | - | $2y$10$abc... | $2y$10$def... | $2y$10$ghi...
    ist_admin | - | 0 | 0 | 1
    aktiv | - | 1 | 1 | 0
    personalnummer | - | P0001 | P0002 | P0003
    vorname | firstName | Ingrid | Volker | Dana
    nachname | lastName | Sommer | Kraus | Wendt
    email | email | i.sommer@beispiel.invalid | v.kraus@beispiel.invalid | d.wendt@beispiel.invalid
    revierdienst_berechtigt | - | 1 | 0 | 1
  `),
  set({ id: 'de-hotel-personalkosten-rezeption', kind: 'hotel dashboard\'s staff cost query columns (reception staff)', lang: 'de', source: 'index:57606564970 (a hotel KPI dashboard\'s data loader)' }, `
    # Department, pay figures, target hours and the active flag are about the job.
    personalnummer | externalId | 4711 | 4712 | 4730
    vorname | firstName | Carina | Jan | Lea
    nachname | lastName | Fuchs | Peters | Winter
    abteilung | - | Rezeption | Rezeption | Night Audit
    brutto_monat | - | 2850.00 | 3100.00 | 2950.00
    gesamtaufwand_monat | - | 3420.00 | 3720.00 | 3540.00
    wochenstunden_soll | - | 40 | 40 | 30
    aktiv | - | true | true | true
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-be-tijdregistratie-export', kind: 'time registration export of worked shifts (Belgium)', lang: 'nl', source: 'index:70113522016 (a time clock app\'s export serializer tests)' }, `
    # The staff number is the External ID; the shift, its place and its minutes are not contact fields.
    Datum | - | 2025-03-03 | 2025-03-03 | 2025-03-04
    Personeelsnummer | externalId | 0042 | 0057 | 0042
    Naam | name | Tine Claes | Wout Maes | Tine Claes
    Locatie | - | Gent | Antwerpen | Gent
    Start (Brussel) | - | 08:00 | 07:30 | 08:05
    Einde (Brussel) | - | 16:30 | 15:45 | 16:20
    Start (UTC) | - | 07:00 | 06:30 | 07:05
    Einde (UTC) | - | 15:30 | 14:45 | 15:20
    Pauze (min) | - | 30 | 30 | 30
    Bruto (min) | - | 510 | 495 | 495
    Netto (min) | - | 480 | 465 | 465
    Netto (uur) | - | 8,00 | 7,75 | 7,75
    Gepland dag (min) | - | 456 | 456 | 456
    Gepland dag (uur) | - | 7,60 | 7,60 | 7,60
    Verschil dag, indicatief (min) | - | 24 | 9 | 9
    Verschil dag, indicatief (uur) | - | 0,40 | 0,15 | 0,15
    Aangepast | - | nee | ja | nee
    Nog bezig | - | nee | nee | nee
  `),
  set({ id: 'nl-vakbond-leden-personeelsnummer', kind: 'staff association\'s member record view (field list)', lang: 'nl', defaultCountry: 'NL', source: 'index:10719953010 (a staff association app\'s member view)' }, `
    # Staff members of one employer join the association: the staff number is the External ID. Initials alone are
    # the First name; the "voorvoegsel" (van, de) is not imported; the house number and its suffix alone are not.
    # Bank account, status, department, reason, function and the audit columns are not contact fields.
    personeelsnummer | externalId | 20145 | 20311 | 20488
    aanhef | - | Dhr. | Mevr. | Dhr.
    voorletters | firstName | J.P. | A. | R.
    achternaam | lastName | Berg | Vliet | Meijer
    voorvoegsel | - | van den | van der | ""
    emailAdres | email | jp.vandenberg@voorbeeld.nl | a.vandervliet@voorbeeld.nl | r.meijer@voorbeeld.nl
    rekeningNummer | - | NL02RABO0123456789 | NL44INGB0007654321 | ""
    straat | address1 | Lindelaan | Beukenstraat | Parkweg
    huisNummer | - | 14 | 2 | 101
    toevoeging | - | "" | A | ""
    postcode | postalCode | 7511 JK | 7001 BC | 7411 GH
    plaats | city | Enschede | Doetinchem | Deventer
    geboorteDatum | dateOfBirth | 1968-04-21 | 1979-09-02 | 1990-12-15
    telefoonNummer | phone | 053-4321098 | 0314-123456 | 06-12345678
    datumGewijzigd | - | 2014-03-01 | 2014-02-12 | 2014-03-10
    statusAanmelding | - | goedgekeurd | goedgekeurd | aangemeld
    afdeling | - | Productie | Administratie | Logistiek
    redenLid | - | Collectieve regeling | Advies | Collectieve regeling
    werkendLid | - | 1 | 1 | 0
    ledenFunctie | - | Lid | Penningmeester | Lid
    datumAangemaakt | - | 2012-01-05 | 2013-06-20 | 2014-03-10
    datumAangepast | - | 2014-03-01 | 2014-02-12 | 2014-03-10
    userAangemaakt | - | admin | admin | secretaris
    userAangepast | - | admin | secretaris | secretaris
  `),
];
