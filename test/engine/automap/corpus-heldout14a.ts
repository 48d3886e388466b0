// The fourteenth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch
// and mixed-language files; the other half is corpus-heldout14b.ts): SUMMARY_LINE
// from sources none of the other parts use, found in the public code index (export writers, importer templates and
// tests, CSV samples in documentation, SQL dumps and shell scripts) with the `search` and `find_string` tools, and
// written down, with the mapping a careful person would choose by the field definitions and the rules, BEFORE
// the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the index file the header
// text was read from (the index does not name its repository); the kind says what the file is. Sample values are
// made up in the shape of each file's own (no personal data or example rows from the sources are copied). A trailing
// empty column (a header line or a data line ending in the separator) is written as "". Headers with spaces after a
// comma in the source are written trimmed (the table format trims cells).
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
// Choices of the tenth part's first half that this half follows too:
// - A full-name column next to first and last name columns is the Name as well.
// - A school class, a grade, a year group or a cohort is not imported; a column that names a group the person
//   belongs to (a team, a club, a group membership) is Tags.
// - Of two ids of the person, the first is the External ID and the other is not imported.
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - A patient number in a clinic's own export is the External ID (the practice's id of the person).
// - A Dutch "tussenvoegsel" (van, de, van der) in a column of its own is not imported: the last-name column beside it
//   is still the Last name (the particle is lost, as the house number is; the field has no place for it).
// - An employee's work email is the Email and a private email beside it an additional email.
// - A person's own entry date, exit date, hourly wage or contract data are not imported.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout14' }, table);

export const HELDOUT14A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-donation-deposit-scan-sheet', kind: 'nonprofit donation deposit sheet (checks scanned into CSV: check number, gift and deposit dates, donor name and address)', lang: 'en', source: 'index:2508468328 (an assistant prompt that fills a donor deposit CSV from scanned checks)' }, `
    Lookup | externalId | HALV-0412 | ORTE-1187 | STJA-0031
    Salutation | - | Mr. and Mrs. Halvorsen | Dr. Ortega | St. James Parish
    Donor Name | name | Eric & Lena Halvorsen | Marisol Ortega | St. James Parish
    Check No. | - | 4417 | 1093 | 22810
    Gift Amount | - | 250.00 | 100.00 | 1,500.00
    Check Date | - | 03/02/2026 | 03/04/2026 | 02/27/2026
    Gift Date | - | 03/05/2026 | 03/05/2026 | 03/05/2026
    Deposit Date | - | 03/06/2026 | 03/06/2026 | 03/06/2026
    Deposit Method | - | Check | Check | Check
    Memo | - | In memory of Ruth | Annual fund |
    First Name | firstName | Eric | Marisol |
    Last Name | lastName | Halvorsen | Ortega |
    Full Name | name | Eric Halvorsen | Marisol Ortega |
    Organization Name | companyName | | | St. James Parish
    Address - Line 1 | address1 | 1820 Birch Hollow Rd | 77 W Maple St Apt 3 | 400 Church St
    City | city | Ames | Des Moines | Ankeny
    State | state | IA | IA | IA
    ZIP | postalCode | 50010 | 50309 | 50023
    # "Lookup" is the donor database's lookup code of the giver: the External ID. "Donor Name" is the name as printed
    # on the check; "Full Name" beside the first and last name columns is the person's full name: both are the Name
    # (the first is what a user would take when the split names are empty, as for an organisation's check).
  `),
  set({ id: 'en-alumni-association-members-export', kind: 'alumni association member list export (membership type, dues paid, scholarship and general fund gifts)', lang: 'en', source: 'index:49200221006 (an alumni association\'s member manager, its CSV export function)' }, `
    First Name(s) | firstName | Mary Beth | Donald | Alicia
    Last Name | lastName | Kowalczyk | Fenwick | Reyes
    E-mail Address (Primary) | email | mbkowal@example.com | dfenwick@example.net | areyes@example.org
    Primary Phone | phone | (304) 555-0182 | 304-555-0147 | (304) 555-0120
    Home Address | address1 | 118 Oak Ridge Dr | 2201 University Ave | 45 Laurel St
    City | city | Morgantown | Fairmont | Clarksburg
    State | state | WV | WV | WV
    Zip Code | postalCode | 26505 | 26554 | 26301
    Type of Membership | tags | Life Member | Annual Member | Annual Member
    Membership Last Paid | - | 2019 | 2026 | 2025
    Dues | - | 0.00 | 35.00 | 35.00
    Total Amount Paid | - | 500.00 | 60.00 | 35.00
    Scholarship | - | 100.00 | 25.00 | 0.00
    General Fund | - | 50.00 | 0.00 | 0.00
    # "Type of Membership" names the membership group the person belongs to (life, annual): Tags, as a member
    # category is.
  `),
  set({ id: 'en-slack-channel-member-emails', kind: 'Slack channel member export (user ids, emails, display and real names, message counts)', lang: 'en', source: 'index:45433621906 (a Slack channel-members-to-CSV script\'s README)' }, `
    user_id | externalId | U04KX7Q2M1B | U05AA3RT9ZC | U02H8LMN4PQ
    email | email | priya.n@example.com | tom.becker@example.io | s.okoro@example.com
    display_name | - | priya | tomb | Sam O
    real_name | name | Priya Natarajan | Tom Becker | Samuel Okoro
    message_count | - | 412 | 37 | 0
    joined_at | - | 2024-02-11T09:14:03Z | 2025-06-30T17:40:55Z |
    # The display name is a handle, not the person's name: not imported; the real name is the Name.
  `),
  set({ id: 'en-exam-venue-student-register', kind: 'exam venue register sheet (reference number, school, first names and surname)', lang: 'en', defaultCountry: 'ZA', source: 'index:1323346023 (an olympiad venue allocation script writing a register workbook)' }, `
    Reference No. | externalId | 2026-0417 | 2026-0418 | 2026-0533
    School | companyName | Rondebosch Boys' High | Westerford High | Pinelands High
    First name(s) | firstName | Thabo Michael | Anika | Lwazi
    Surname | lastName | Dlamini | van Wyk | Ndlovu
    # The reference number is the contest's id of the entrant: the External ID. The school is where the person is
    # (their organisation); chosen as the Company, as a student's school is in other parts' registers.
  `),
  set({ id: 'en-consultancy-inquiry-form-sheet', kind: 'consultancy website inquiry form writing to a Google Sheet (company, website, business nature, desired outcome, budget)', lang: 'en', source: 'index:39577207562 (an Apps Script web-app handler appending form posts to a sheet)' }, `
    Timestamp | - | 2026-01-14T10:22:31.504Z | 2026-01-15T16:03:12.118Z | 2026-01-16T08:47:55.900Z
    Name | name | Hannah Cole | Rafael Mendes | Aisha Karim
    Email | email | hannah@northpeak.example | rafael@mendes-studio.example | aisha.karim@example.com
    Country | country | United Kingdom | Portugal | United Arab Emirates
    Company Name | companyName | Northpeak Outdoors | Mendes Studio | Karim Trading LLC
    Company Website | website | https://northpeak.example | mendes-studio.example | https://karimtrading.example
    Business Nature | - | Retail | Architecture | Import/export
    Desired Outcome | - | More online sales | New brand identity | Lead generation
    Budget Range | - | $5k-$10k | $10k-$25k | Under $5k
    Form Submission Date | - | 1/14/2026 | 1/15/2026 | 1/16/2026
    # The company's website is the only site in the form and the person's own business: the Website (a small firm's
    # contact gives its site as theirs).
  `),
  set({ id: 'en-doctor-patient-billing-export', kind: 'physician practice desktop app patient export (doctor id, username, billing cycle, medical condition)', lang: 'en', source: 'index:28791635204 (a Java practice-management app\'s export file writer)' }, `
    Doctor ID | - | D-07 | D-07 | D-12
    Username | owner | drpatel | drpatel | drnguyen
    Patient ID | externalId | 10045 | 10046 | 10102
    First Name | firstName | Carla | Benjamin | Ruth
    Last Name | lastName | Jimenez | Osei | Lindqvist
    Date of Birth | dateOfBirth | 04/17/1971 | 12/02/1988 | 09/23/1949
    Address | address1 | 71 Mill Rd, Trenton NJ 08611 | 5 Lakeview Ct, Ewing NJ 08628 | 300 Hamilton Ave, Trenton NJ 08609
    Phone Number | phone | 609-555-0134 | 609-555-0178 | 609-555-0102
    Billing Cycle | - | Monthly | Quarterly | Monthly
    Medical Condition | - | Asthma | None | COPD
    Comments | - | Prefers morning slots | | Hard of hearing
    # "Username" is the doctor's user name in the app, the user the patient belongs to: the Contact owner (as an
    # assigned user is); the doctor id beside it is not imported.
  `),
  set({ id: 'en-landlord-report-payment-history-section', kind: 'small landlord app property report, payment history section (date, property, tenant, unit, amount), with its section title line above the header', lang: 'en', above: [['PAYMENT HISTORY']], source: 'index:58543576209 (a rental manager single-page app\'s property report CSV writer)' }, `
    Date | - | 2026-02-01 | 2026-02-03 | 2026-02-05
    Property Name | - | Maple Court Duplex | Maple Court Duplex | 18 Grove St
    Tenant Name | name | Kevin O'Hara | Amina Yusuf | Grace Lindholm
    Unit | - | A | B | 1
    Amount | - | 1150 | 1150 | 1475.5
    Payment Type | - | Rent | Rent | Rent
    Notes | - | Paid by Zelle | Late fee waived |
    # A payment ledger, but each row names a tenant: the tenant name is the only contact column (the property is a
    # place, not the person's company).
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-sportverein-mitgliedsdaten-felder', kind: 'Sportverein-Verwaltung, Mitgliedsdaten (Vereinsstatus, Zahlungsart, Bankverbindung, Ein- und Austritt, abgerechnet bis)', lang: 'de', defaultCountry: 'DE', source: 'index:55100194718 (a sports club admin app\'s member fields list with German labels)' }, `
    Vorname | firstName | Jürgen | Katharina | Emre
    Nachname | lastName | Böttcher | Lindemann | Aydın
    Geburtsdatum | dateOfBirth | 14.03.1961 | 02.11.1995 | 27.07.2010
    Geschlecht | - | männlich | weiblich | männlich
    Kontakt-E-Mail | email | j.boettcher@example.de | k.lindemann@example.com | familie.aydin@example.de
    Telefon | phone | 0421 3345678 | 0170 1234567 | 0421 998877
    Straße | address1 | Am Deich 12 | Parkallee 3a | Hemelinger Str. 140
    PLZ | postalCode | 28199 | 28209 | 28309
    Ort | city | Bremen | Bremen | Bremen
    Land | country | Deutschland | Deutschland | Deutschland
    Vereinsstatus | - | Aktiv | Passiv | Aktiv
    Zahlungsart | - | Lastschrift | Überweisung | Lastschrift
    IBAN | - | DE89 3704 0044 0532 0130 00 | | DE12 2905 0101 0001 2345 67
    BIC | - | COBADEFFXXX | | SBREDE22XXX
    Kontoinhaber | - | Jürgen Böttcher | | Serkan Aydın
    Eintrittsdatum | - | 01.04.1988 | 15.09.2019 | 01.08.2017
    Austrittsdatum | - | | 31.12.2025 |
    Abgerechnet bis | - | 31.12.2026 | 31.12.2025 | 30.06.2026
  `),
  set({ id: 'de-mitarbeiter-export-kleidergroessen', kind: 'Mitarbeiterverwaltung, CSV/Excel-Export mit Spaltenauswahl (Personalnummer, Abteilung, Standort, Urlaubstage, Kleidergrößen)', lang: 'de', defaultCountry: 'DE', source: 'index:4068649413 (an HR app\'s feature plan listing its export columns)' }, `
    Personalnummer | externalId | 1042 | 1057 | 1103
    Vorname | firstName | Sabine | Mehmet | Lukas
    Nachname | lastName | Krüger | Yılmaz | Hofbauer
    E-Mail (Arbeit) | email | s.krueger@firma.example.de | m.yilmaz@firma.example.de | l.hofbauer@firma.example.de
    E-Mail (Privat) | additionalEmails | sabine.krueger@example.de | | lukas.h@example.com
    Telefon | phone | 0711 2345-120 | 0711 2345-134 | 0160 9876543
    Position | - | Teamleitung Lager | Fahrer | Monteur
    Abteilung | - | Logistik | Logistik | Service
    Standort | - | Stuttgart | Stuttgart | Esslingen
    Beschäftigungsart | - | Vollzeit | Teilzeit | Vollzeit
    Wochenstunden | - | 40 | 25 | 38,5
    Urlaubstage | - | 30 | 28 | 30
    Eintrittsdatum | - | 01.02.2015 | 15.08.2021 | 01.10.2023
    Rolle | - | ADMIN | USER | USER
    Status | - | Aktiv | Aktiv | Inaktiv
    Straße | address1 | Königstraße 44 | Pragstraße 7 | Mühlstraße 19
    PLZ | postalCode | 70173 | 70376 | 73728
    Stadt | city | Stuttgart | Stuttgart | Esslingen am Neckar
    T-Shirt Größe | - | M | XL | L
    Hosen Größe | - | 38 | 54 | 50
    Schuh Größe | - | 39 | 44 | 43
    Jacken Größe | - | M | XL | L
    # The work email is the Email, the private one an additional email (both are the person's own).
  `),
  set({ id: 'de-zeitarbeit-mitarbeiterliste', kind: 'Zeitarbeitsfirma, Mitarbeitertabelle (Beruf, Postleitzahl, Eintritt, überlassen bis)', lang: 'de', defaultCountry: 'DE', source: 'index:56763038899 (a staffing agency dashboard\'s employee table columns)' }, `
    Name | lastName | Schneider | Kowalski | Braun
    Vorname | firstName | Tobias | Marta | Dennis
    Beruf | - | Elektroniker | Lagerhelferin | Schweißer
    Telefonnummer | phone | 0157 33445566 | 0231 445566 | 0176 22113344
    Postleitzahl | postalCode | 44137 | 44139 | 44287
    Eintrittsdatum | - | 01.03.2024 | 15.06.2025 | 02.01.2026
    Überlassen bis | - | 31.08.2026 | 30.04.2026 |
    Status | - | Im Einsatz | Im Einsatz | Verfügbar
    Aktionen | - | | |
    # "Name" next to "Vorname" holds the family name (the table sorts by it): the Last name.
  `),
  set({ id: 'de-kita-kinder-import-mapping', kind: 'Kita-Verwaltung, Kinder-Import mit Spaltenzuordnung (Mitgliedsnummer, Rechtsanspruch, Betreuungszeit, Elternteil)', lang: 'de', defaultCountry: 'DE', source: 'index:21275203250 (a daycare association app\'s import mapping fields)' }, `
    Mitgliedsnummer | externalId | K-2024-017 | K-2025-003 | K-2025-011
    Vorname (Kind) | firstName | Mila | Ben | Leni
    Nachname (Kind) | lastName | Hartmann | Özdemir | Vogt
    Geburtsdatum | dateOfBirth | 12.05.2022 | 03.01.2023 | 28.09.2021
    Eintrittsdatum | - | 01.08.2024 | 01.02.2025 | 01.09.2025
    Straße | address1 | Lindenweg | Am Markt | Gartenstraße
    Hausnummer | - | 4 | 17b | 22
    PLZ | postalCode | 34117 | 34119 | 34121
    Ort | city | Kassel | Kassel | Kassel
    Rechtsanspruch (Std.) | - | 35 | 45 | 35
    Betreuungszeit (Std.) | - | 30 | 45 | 25
    Elternteil 1 - Vorname | - | Julia | Ayşe | Stefan
    # The child is the member the file lists; the parent's first name is another person's: not imported.
  `),
  set({ id: 'de-handwerksbetrieb-mitarbeiter-stammdaten', kind: 'Handwerker-Software, Mitarbeiterstammdaten (Kontakt, Adresse, Eintritt, Position / Rolle, Stundenlohn)', lang: 'de', defaultCountry: 'DE', source: 'index:56344284024 (a trades business app\'s staff form sections)' }, `
    E-Mail | email | k.wagner@example.de | | r.schulz@example.de
    Telefon | phone | 0171 2233445 | 0911 556677 | 0151 99887766
    Geburtsdatum | dateOfBirth | 1979-06-02 | 1998-12-11 | 1985-03-27
    Straße | address1 | Fürther Str. 88 | Allersberger Str. 12 | Bucher Str. 5
    PLZ | postalCode | 90429 | 90461 | 90419
    Ort | city | Nürnberg | Nürnberg | Nürnberg
    Eintrittsdatum | - | 2011-04-01 | 2024-09-01 | 2019-01-15
    Position / Rolle | - | Meister | Azubi | Geselle
    Stundenlohn (€) | - | 28.50 | 9.80 | 21.00
  `),
  set({ id: 'de-at-ams-massnahme-teilnehmer-import', kind: 'Bildungsträger (Österreich), Teilnehmer-Import einer AMS-Maßnahme (Zubuchung, Ein- und Austritt, AMS-Berater, Angebot)', lang: 'de', defaultCountry: 'AT', source: 'index:31199185771 (a training provider\'s participant import field list)' }, `
    Telefon | phone | +43 664 1234567 | 0650 7654321 | 01 4081122
    E-Mail | email | m.gruber@example.at | | selin.k@example.com
    Adresse | address1 | Favoritenstraße 112/4/7 | Lerchenfelder Gürtel 9 | Wagramer Straße 33/2
    PLZ | postalCode | 1100 | 1160 | 1220
    Ort | city | Wien | Wien | Wien
    Zubuchungsdatum | - | 12.01.2026 | 19.01.2026 | 02.02.2026
    Eintrittsdatum | - | 19.01.2026 | 26.01.2026 | 09.02.2026
    Austrittsdatum | - | 17.04.2026 | | 08.05.2026
    AMS-Berater | - | Hr. Pichler | Fr. Steiner | Hr. Pichler
    Status | - | aktiv | aktiv | abgebrochen
    Priorität | - | hoch | normal | normal
    Angebot | tags | BAM | LL/B+ | BAM
    # "Angebot" is the programme (the course group) the participant is booked into: Tags, as a group membership is.
    # The AMS advisor is the job centre's officer, not the user's colleague: not imported.
  `),
  set({ id: 'de-ch-arbeitsvertrag-platzhalter-kandidat', kind: 'Personalvermittlung (Schweiz), Vertragsvorlage-Platzhalter der Kandidatin (Name, Adresse, Kontakt, Eintritt, Pensum, Lohn)', lang: 'de', defaultCountry: 'CH', source: 'index:60192292428 (an HR contract generator\'s placeholder catalogue)' }, `
    Vorname | firstName | Corinne | Reto | Alessia
    Nachname | lastName | Baumann | Frei | Bernasconi
    Vollständiger Name | name | Corinne Baumann | Reto Frei | Alessia Bernasconi
    Geburtsdatum | dateOfBirth | 22.08.1990 | 05.01.1984 | 30.11.1997
    Adresse | address1 | Seestrasse 41 | Bahnhofplatz 2 | Via Cantonale 18
    PLZ | postalCode | 8002 | 3011 | 6900
    Ort | city | Zürich | Bern | Lugano
    E-Mail | email | corinne.baumann@example.ch | reto.frei@example.ch | a.bernasconi@example.ch
    Telefon | phone | 079 123 45 67 | 031 312 45 67 | +41 91 922 33 44
    Eintrittsdatum | - | 01.05.2026 | 01.06.2026 | 15.05.2026
    Position | - | Sachbearbeiterin | Projektleiter | Pflegefachfrau
    Pensum | - | 80% | 100% | 60%
    Monatslohn | - | 6200 | 9800 | 4100
  `),
  set({ id: 'de-onboarding-faelle-neue-mitarbeiter', kind: 'IT-Onboarding, neue Mitarbeiter (Kürzel, Firma, Team, Eintrittsdatum, Vorgesetzter)', lang: 'de', defaultCountry: 'DE', source: 'index:66304934568 (an onboarding tool\'s case form fields)' }, `
    Vorname | firstName | Anja | Felix | Dragan
    Nachname | lastName | Petersen | Wolff | Marković
    E-Mail | email | a.petersen@gruppe.example | f.wolff@gruppe.example | d.markovic@gruppe.example
    Kürzel | - | APE | FWO | DMA
    Firma | companyName | Nordlicht Logistik GmbH | Nordlicht IT Services GmbH | Nordlicht Logistik GmbH
    Team | tags | Disposition | Support | Buchhaltung
    Eintrittsdatum | - | 2026-04-01 | 2026-04-15 | 2026-05-01
    Vorgesetzter | - | Jens Hagedorn | Miriam Koch | Jens Hagedorn
    # The team is a group the person belongs to: Tags. The supervisor is another person: not imported.
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-schaakbond-ratinglijst-knsb', kind: 'schaakbond, ratinglijst (relatienummer, naam als "Achternaam, Voornaam", titel, federatie, rating, aantal partijen, geboortejaar, sekse), puntkomma-gescheiden', lang: 'nl', source: 'index:69831652244 (a chess ratings importer\'s sources documentation, KNSB list columns)' }, `
    Relatienummer | externalId | 8412345 | 8523456 | 7101234
    Naam | name | Jansen, Pieter | Bakker, Lotte | Visser, Henk
    Titel | - | FM | | IM
    FED | country | NED | NED | BEL
    Rating | - | 2287 | 1834 | 2391
    Nv | - | 34 | 12 | 51
    Geboren | - | 1991 | 2008 | 1975
    S | - | | w |
    # The federation code (NED) is the player's country as the chess world writes it: the Country. The birth year
    # alone is not a date of birth: not imported.
  `),
  set({ id: 'nl-schaakclub-ledenimport-sql-dump', kind: 'schaakclub, ledenimport-tabel uit een MySQL-dump (e-mail met afgeknotte kolomnaam, memberid, tussenvoegsel, tag, verjaardag, bondsnummer, ChessKid-account)', lang: 'nl', defaultCountry: 'NL', source: 'index:2195017640 (a chess club site\'s SQL dump, its ledenimport table)' }, `
    ail Address | email | fam.dekker@example.nl | r.smit@example.com | noor.h@example.nl
    memberid | externalId | 2231 | 2245 | 2310
    lid | - | ja | ja | nee
    dag | - | woensdag | zaterdag | woensdag
    First Name | firstName | Tim | Roos | Noor
    Tussenv | - | | | de
    Last Name | lastName | Dekker | Smit | Haan
    Tag | tags | jeugd | jeugd, competitie | jeugd
    Birthday | - | 12-mrt-2014 | 3-sep-2012 | 27-jan-2015
    DateOfBirth | dateOfBirth | 2014-03-12 | 2012-09-03 | 2015-01-27
    Bondsnummer | - | 8934512 | 8820041 |
    chesskid_account | - | TimD2014 | roos_smit | noortje_h
    # "ail Address" is "Email Address" cut off in the export: the Email. Of two ids, memberid (the first) is the
    # External ID and the federation number is not imported. "Birthday" repeats the date of birth as text; the real
    # date column "DateOfBirth" is the Date of birth and the text one is not imported (one field, one column).
  `),
  set({ id: 'nl-wedstrijd-deelnemers-import-verplicht', kind: 'wedstrijdorganisatie, deelnemersimport (verplichte kolommen achternaam, voornaam, bondsnummer)', lang: 'nl', source: 'index:63135110735 (a competition manager\'s participant CSV import script)' }, `
    Achternaam | lastName | Mulder | de Boer | Kok
    Voornaam | firstName | Femke | Daan | Ilse
    Bondsnummer | externalId | 1204587 | 1198832 | 1311204
  `),
  set({ id: 'nl-vrijwilligers-takenapp-gebruikers', kind: 'vereniging, vrijwilligerstaken-app, gebruikerstabel (alias, bondsnummer, e-mail, wachtwoordhash, rol, actief, aangemaakt)', lang: 'nl', source: 'index:25605034010 (a volunteer task app\'s database migration, its User table)' }, `
    alias | - | pietjeb | marloes | kees.v
    bondsnummer | externalId | NL123456 | NL234567 | NL345678
    email | email | pieter.bos@example.nl | marloes.vd@example.nl |
    passwordHash | - | $2b$10$Q8r7ZfK1uY2m3n4o5p6q7e | $2b$10$A1b2C3d4E5f6G7h8I9j0ke | 
    role | - | LID | COORDINATOR | BESTUUR
    isActive | - | true | true | false
    createdAt | - | 2025-09-01 19:22:10.512 | 2025-09-03 08:01:44.003 | 2025-10-12 21:15:09.870
    # The alias is a login handle, not a name: not imported. The federation number is the External ID.
  `),
  // ----------------------------------------------------------------------------------------------------- Mixed
];
