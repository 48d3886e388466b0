// The nineteenth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch
// and mixed-language files; the other half, corpus-heldout19b.ts, holds the other languages): 59 header sets (563
// columns, 340 of them expected to map; 26 English, 16 German, 12 Dutch, 5 mixed; 2 files without a header row, 3 with
// lines above it (an Excel "sep=," line; an Aladtec export's title and filter lines; a "Kundenliste" title and a blank
// line); 4 sets of 20 to 36 columns) from sources none of the other parts use, found in the public code index with
// find_string (exact header text of CRM, vendor and marketing exports and importers: HubSpot, ActiveCampaign,
// Mindbody, Vagaro, Aladtec, Google Ads, an Outlook-style address book, cobra; importer tests, templates and fixtures;
// German, Swiss, Austrian, Dutch and Belgian customer, member, pupil, staff, supplier and lead lists; database tables,
// inserts and selects; files read without a header row) and written down, with the mapping a careful person would
// choose by the field definitions and the rules, BEFORE the mapper was run on them and
// without reading the lexicon or the mapper. "index:N" names the index file the header text was read from (the index
// does not name its repository); the kind says what the file is. Sample values are made up in the shape of each
// file's own (no personal data or example rows from the sources are copied). A header cell is copied as the source
// writes it (case, spaces, underscores); a column list of an SQL statement or an API select is written as its column
// names; a header line ending in the separator gets a trailing empty column "". Byte-order marks cannot be written in
// the table and are left out (a set's kind says where). No set's headers repeat an older part's (each was compared
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
// The tenth part's recurring choices, kept here:
// - A full-name column next to first and last name columns is the Name as well.
// - A school class, a grade, a year group or a cohort is not imported; a column that names a group the person belongs
//   to (a team, a club, a group membership) is Tags. A role is not imported (like a job title).
// - Of two ids of the person, the first is the External ID and the other is not imported.
// - In a school or club list the pupil or member is the contact: parents' columns are not imported; in a list of
//   parents the parent is the contact.
// Older halves' recurring choices, kept here:
// - Tax and identity numbers (BSN, USt-IdNr, BTW, KvK), passwords and PINs are not imported.
// - When the rows are companies, the company's (legal) name is the Company name and a contact-person column is the
//   Name; a trade name beside a legal name is not imported.
// - A Dutch "tussenvoegsel" in a column of its own is not imported (the last name column is still the Last name);
//   initials ("Voorletters") alone are the First name, the only given-name column the file has. A "Name" column next
//   to "Vorname" or "Voornaam" is the last name.
// - A whole address in one column is the Address line when it is the only address the file has.
// - Where a town and the area above it are given, the town is the City and the first-level area the State.
// - A single-valued field fed by two columns (a second copy of the name from another system, an owner's name and
//   the owner's e-mail): the first column is the field, the other is not imported.
// - What an order, a deal, a booking or an enquiry is about (products, amounts, budgets, programs, service asked
//   for, dates of the order) is not a contact field.
// - A login name ("username", "Gebruikersnaam") beside another id of the person is not imported.
// - A yes/no column named after a group, a style or a list is a boolean, not Tags.
// - The id of an account or a company a contact belongs to is not the person's id and is not imported; so is a
//   company's website in a list of companies with a contact person.
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - A kind the contact is filed under by the file (HubSpot's contact type, a customer type, a membership type, the
//   relation a person has with an estate agency) is Tags, like a category.
// - A Belgian or Dutch "naam" next to "voornaam" is the last name, as "Name" next to "Vorname" is.
// - The agent, advisor or relationship manager who follows a lead up is the Contact owner.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout19' }, table);

export const HELDOUT19A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-hubspot-contacts-company-ids-minimal', kind: 'HubSpot contacts export beside companies and deals, a lead-matching script\'s test data', lang: 'en', defaultCountry: 'GB', source: 'index:70393966751 (a sales reconciliation tool\'s tests, HubSpot exports, JavaScript)' }, `
    Record ID | externalId | 8201 | 8202 | 8203
    First Name | firstName | Ravi | "" | Ola
    Last Name | lastName | Menon | "" | Berg
    Email | email | ravi@harbourline.example | tom@quayside.example | ""
    Phone Number | phone | "" | "" | +44 161 496 0123
    Associated Company IDs | - | 9201 | 9202;9299 | 9201
  `),
  set({ id: 'en-crm-lead-export-title-lastname-mobile', kind: 'CRM lead export of a Flask CRM (title, last name, e-mail, company, phone, mobile, owner, source, status, created)', lang: 'en', source: 'index:8733717817 (a Flask CRM\'s leads export view, Python)' }, `
    # The header starts with "Title" where the rows carry the title and the first name; the header is copied as the
    # file writes it: the title column is a job title, not imported.
    Title | - | Mr | Ms | Dr
    Last Name | lastName | Howard | Price | Kaur
    Email | email | j.howard@example.com | emma.price@example.org | s.kaur@example.com
    Company Name | companyName | Howard Supplies | Price & Co | Kaur Clinic
    Phone | phone | 555-201-3344 | 555-201-7788 | ""
    Mobile | additionalPhones | 555-301-1122 | "" | 555-301-9900
    Owner | owner | admin | jsmith | admin
    Lead Source | source | Web | Partner | Cold Call
    Lead Status | - | New | Contacted | Qualified
    Date Created | - | 2023-05-04 | 2023-05-11 | 2023-05-19
  `),
  set({ id: 'en-bulk-sms-contacts-template-custom-values', kind: 'contact upload template of a messaging campaign tool (ten custom value columns)', lang: 'en', source: 'index:52024717667 (a campaign tool\'s file upload component, template download, React)' }, `
    First Name | firstName | Jake | Priya | Tom
    Last Name | lastName | Morgan | Das | Ellis
    Email | email | jake.morgan@example.com | priya.das@example.com | tom.ellis@example.com
    Phone | phone | 5551234567 | 5559876543 | 5554567890
    Company | companyName | Morgan Roofing | Das Accounting | ""
    Website | website | https://morganroofing.example | https://dasaccounting.example | ""
    Address | address1 | 12 Elm St, Dayton OH | 400 Main St, Columbus OH | ""
    Custom Value 1 | - | roofing | tax | ""
    Custom Value 2 | - | Q2 | Q3 | ""
    Custom Value 3 | - | "" | "" | ""
    Custom Value 4 | - | "" | "" | ""
    Custom Value 5 | - | "" | "" | ""
    Custom Value 6 | - | "" | "" | ""
    Custom Value 7 | - | "" | "" | ""
    Custom Value 8 | - | "" | "" | ""
    Custom Value 9 | - | "" | "" | ""
    Custom Value 10 | - | "" | "" | ""
  `),
  set({ id: 'en-wp-contacts-plugin-export-categories-tags', kind: 'contact manager plugin\'s CSV export (WordPress admin)', lang: 'en', source: 'index:58740415202 (a contact manager plugin\'s export functions, PHP)' }, `
    First Name | firstName | Olivia | Marcus | Aiko
    Last Name | lastName | Grant | Reed | Sato
    Email | email | olivia.grant@example.com | marcus@reedlaw.example | aiko.sato@example.org
    Phone | phone | (404) 555-0117 | (678) 555-0190 | (470) 555-0133
    Company | companyName | "" | Reed Law | Sato Design
    # The contact's type (person, business): not imported, like a status.
    Type | - | person | business | business
    Address | address1 | 88 Peachtree St | 1200 Spring St | 45 Ponce de Leon Ave
    City | city | Atlanta | Atlanta | Decatur
    State | state | GA | GA | GA
    Country | country | USA | USA | USA
    Categories | tags | Clients | Partners | Clients
    Tags | tags | vip | legal | design, newsletter
    Status | - | active | active | inactive
    Added | - | 2024-01-08 | 2024-02-14 | 2024-03-21
  `),
  set({ id: 'en-consultancy-leads-default-export', kind: 'lead export of a Canadian language-training consultancy\'s admin (id, names, contact, company, source, form, status, score, budget)', lang: 'en', defaultCountry: 'CA', source: 'index:7194018557 (a lead dashboard\'s report export, default CSV, TypeScript)' }, `
    ID | externalId | 1 | 2 | 3
    First Name | firstName | Émilie | Robert | Nadia
    Last Name | lastName | Gagnon | Chu | Ahmed
    Email | email | emilie.gagnon@example.ca | robert.chu@example.ca | nadia.ahmed@example.com
    Phone | phone | +1 613-555-0148 | +1 819-555-0102 | +1 343-555-0177
    Company | companyName | Public Services Dept | Chu Consulting | ""
    Job Title | - | HR Director | Owner | Analyst
    Source | source | website | linkedin | referral
    Form Type | - | proposal | contact | assessment
    Lead Type | - | government | business | individual
    Status | - | new | contacted | qualified
    Lead Score | - | 85 | 60 | 40
    Budget | - | 50000 | 10000 | ""
    Timeline | - | Q1 2026 | 3 months | ""
    Created At | - | 2025-11-03 | 2025-11-10 | 2025-11-14
  `),
  set({ id: 'en-invoice-app-clients-export-status', kind: 'client list export of an invoicing app', lang: 'en', source: 'index:47624836995 (an invoicing app\'s clients page, CSV export, React)' }, `
    First Name | firstName | Ethan | Sara | Luca
    Last Name | lastName | Brooks | Klein | Romano
    Email | email | ethan@brooksdesign.example | sara.klein@example.com | luca.romano@example.com
    Phone | phone | +1 720 555 0131 | +1 303 555 0184 | ""
    Company | companyName | Brooks Design | "" | Romano Bistro
    Address | address1 | 200 Larimer St, Denver CO | 15 Pearl St, Boulder CO | ""
    Status | - | active | active | archived
    Created Date | - | 1/12/2025 | 2/3/2025 | 3/17/2025
  `),
  set({ id: 'en-ca-appliance-cover-leads-template-wide', kind: 'lead import template of a Canadian appliance and boiler cover sales portal (names, phone, e-mail, two appliances, cover, mailing address, assigned agent, notes, cost)', lang: 'en', defaultCountry: 'CA', source: 'index:3084789028 (a sales portal\'s lead import template download, TypeScript)' }, `
    First Name | firstName | Daniel | Priya | Marc
    Last Name | lastName | Fraser | Sandhu | Tremblay
    Phone | phone | 416-555-0134 | 604-555-0188 | 514-555-0102
    Email Address | email | d.fraser@example.ca | priya.sandhu@example.com | marc.tremblay@example.ca
    Appliance 1 Type | - | Refrigerator | Washer | Furnace
    Appliance 1 Brand | - | Frigidaire | Whirlpool | Lennox
    Appliance 1 Age | - | 4 | 6 | 9
    Appliance 1 Value | - | 180 | 120 | 400
    Appliance 2 Type | - | Dryer | "" | ""
    Appliance 2 Brand | - | Maytag | "" | ""
    Appliance 2 Age | - | 4 | "" | ""
    Appliance 2 Value | - | 110 | "" | ""
    Boiler Cover Selected | - | Yes | No | Yes
    Customer Premium | - | 27.99 | 15.99 | 32.50
    Boiler Price | - | 80.00 | "" | 95.00
    Mailing Street | address1 | 77 Queen St W | 1200 Burrard St | 455 Rue Sherbrooke
    Mailing City | city | Toronto | Vancouver | Montreal
    Mailing Province | state | Ontario | BC | Quebec
    Mailing Postal Code | postalCode | M5H 2N2 | V6Z 2C7 | H3A 1B9
    Assigned Agent Email | owner | agent1@salesportal.example | "" | agent2@salesportal.example
    Notes | - | Wants full coverage | "" | Call after 6pm
    Total Cost | - | 398.99 | 135.99 | 527.50
  `),
  set({ id: 'en-au-workshop-crm-paste-tags', kind: 'Australian car workshop CRM\'s contact paste box, the format its placeholder shows (e-mail, names, phone, tags)', lang: 'en', defaultCountry: 'AU', source: 'index:54560804623 (a workshop CRM\'s contact import panel, React)' }, `
    Email | email | kate.m@example.com.au | dean.w@example.com | priya.r@example.net
    First Name | firstName | Kate | Dean | Priya
    Last Name | lastName | Morrison | Walsh | Rao
    Phone | phone | 0410 000 111 | 0422 333 444 | 0433 555 666
    Tags | tags | "vip, exhaust" | service | "tyres, fleet"
  `),
  set({ id: 'en-music-school-students-import-daw', kind: 'online music production school\'s student CSV for its CRM, the format its README shows (e-mail, names, phone, tags, score, DAW, music type, level, goals)', lang: 'en', source: 'index:26122794474 (a music school CRM\'s import guide)' }, `
    Email | email | leo.b@example.com | maya.k@example.com | sam.t@example.org
    First Name | firstName | Leo | Maya | Sam
    Last Name | lastName | Brooks | Kim | Torres
    Phone | phone | 555-201-4455 | 555-302-7788 | 555-403-1122
    Tags | tags | hip-hop;ableton;beginner | edm;fl-studio | lofi;logic;advanced
    Score | - | 45 | 72 | 88
    DAW | - | Ableton Live | FL Studio | Logic Pro
    Type of Music | - | Hip-Hop | EDM | Lo-fi
    Student Level | - | Beginner | Intermediate | Advanced
    Goals | - | Learn to produce | Finish an EP | Get signed
  `),
  set({ id: 'en-music-school-crm-import-activecampaign-wide', kind: 'online music production school\'s full student CSV for its CRM migration (contact, tags, score, music profile, survey answers, address, e-mail engagement, ActiveCampaign id)', lang: 'en', source: 'index:26382576742 (a music school CRM\'s schema update notes)' }, `
    Email | email | nia.h@example.com | oscar.p@example.com | jun.w@example.net
    First Name | firstName | Nia | Oscar | Jun
    Last Name | lastName | Hughes | Perez | Wang
    Phone | phone | 555-110-2233 | "" | 555-330-4455
    Tags | tags | trap;beginner | house;intermediate | ambient
    Score | - | 30 | 64 | 51
    DAW | - | FL Studio | Ableton Live | Bitwig
    Type of Music | - | Trap | House | Ambient
    Goals | - | Make beats | Play live | Score films
    Music Alias | - | NIAH | O.P. | Junwave
    Student Level | - | Beginner | Intermediate | Beginner
    How long producing | - | 6 months | 3 years | 1 year
    Why signed up | - | Mixing help | Arrangement | Sound design
    Genre Specialty | - | Trap | Tech House | Drone
    City | city | Atlanta | Miami | Seattle
    State | state | GA | FL | WA
    Country | country | USA | USA | USA
    Opens Email | - | yes | yes | no
    Clicks Links | - | no | yes | no
    # The person's id in the e-mail tool the school came from: another system's id of the person, the External ID.
    ActiveCampaign ID | externalId | 10231 | 10232 | 10240
  `),
  set({ id: 'en-activecampaign-contacts-export-ip-status', kind: 'ActiveCampaign contacts export in a French newsletter tool\'s migration test (e-mail, names, phone, tags, created, IP, status)', lang: 'en', defaultCountry: 'FR', source: 'index:71129127950 (a newsletter tool\'s provider import presets test, TypeScript)' }, `
    Email | email | claire.m@example.fr | hugo.b@example.fr | lea.d@example.com
    First Name | firstName | Claire | Hugo | Léa
    Last Name | lastName | Morel | Bernard | Dumas
    Phone | phone | 0102030405 | 0611223344 | ""
    Tags | tags | "prospect, webinar" | client | webinar
    Date Created | - | 2021-07-08 09:10:11 | 2021-09-14 16:02:45 | 2022-01-03 08:30:00
    IP | - | 192.0.2.10 | 198.51.100.7 | 203.0.113.5
    Status | - | Active | Unsubscribed | Active
  `),
  set({ id: 'en-realtor-contacts-llm-classified', kind: 'realtor contacts written out after a classification script, for a CRM upload (e-mail, names, phone, tags, confidence, reason)', lang: 'en', source: 'index:46339326908 (a contact classification script, CSV output, JavaScript)' }, `
    Email | email | jen@harborrealty.example | mike.d@example.com | tasha@homesbytasha.example
    First Name | firstName | Jen | Mike | Tasha
    Last Name | lastName | Alvarez | Dunn | Green
    Phone | phone | (619) 555-0110 | (858) 555-0145 | (760) 555-0199
    Tags | tags | realtor | realtor | realtor
    Confidence | - | 0.94 | 0.71 | 0.88
    Reason | - | Brokerage signature | Mentions listings | Realty domain
  `),
  set({ id: 'en-email-contacts-export-consent-sms', kind: 'e-mail marketing contacts export of a small business platform (e-mail, names, phone, tags, e-mail and SMS consent, created)', lang: 'en', source: 'index:76210938 (a marketing API\'s contacts export route, JavaScript)' }, `
    Email | email | ruth.p@example.com | gabe.s@example.com | ivy.l@example.net
    First Name | firstName | Ruth | Gabe | Ivy
    Last Name | lastName | Palmer | Stone | Lopez
    Phone | phone | +15125550110 | "" | +17375550133
    Tags | tags | "[""customer""]" | "[""lead"",""webinar""]" | "[]"
    Consent Email | - | true | true | false
    Consent SMS | - | false | true | false
    Created At | - | 2024-06-01T10:00:00.000Z | 2024-06-03T12:45:10.000Z | 2024-06-09T08:20:33.000Z
  `),
  set({ id: 'en-tr-address-book-export-display-name', kind: 'Outlook-style address book export of a Turkish user, read by a contact importer\'s test (names, display name, home, business and mobile phones, three e-mails, notes, fax, gender)', lang: 'en', defaultCountry: 'TR', source: 'index:69280344018 (a contact importer\'s address book tests, TypeScript)' }, `
    First Name | firstName | Elif | Murat | Zeynep
    Last Name | lastName | Kaya | Demir | Çelik
    # The name the address book shows the person under, next to first and last name: the Name as well.
    Display Name | name | Elif Kaya | Murat Bey | Zeynep Çelik
    Home Phone | additionalPhones | 02121234567 | "" | 03121234567
    Business Phone | additionalPhones | 02127654321 | 02169876543 | ""
    Mobile Phone | phone | 05321112233 | 05334445566 | 05427778899
    E-mail Address | email | elif.kaya@example.com.tr | murat.demir@example.com | zeynep@example.org
    E-mail 2 Address | additionalEmails | elif@work.example | "" | ""
    E-mail 3 Address | additionalEmails | "" | "" | ""
    Notes | - | Komşu | "" | Bahçe işleri
    Home Fax | - | "" | "" | 03121234568
    Gender | - | Female | Male | Female
  `),
  set({ id: 'en-google-ads-enhanced-conversions-leads', kind: 'Google Ads enhanced conversions for leads upload read by an ads tool (e-mail, phone, names, conversion name, time, value, currency)', lang: 'en', source: 'index:59961474809 (an ads tool\'s offline conversion tests, Python)' }, `
    Email | email | owen.h@example.com | ana.r@example.com | li.w@example.net
    Phone Number | phone | +14155550101 | +14155550177 | ""
    First Name | firstName | Owen | Ana | Li
    Last Name | lastName | Hart | Ruiz | Wei
    Conversion Name | - | Qualified Lead | Qualified Lead | Closed Deal
    Conversion Time | - | 2026-03-01T12:00:00Z | 2026-03-02T09:30:00Z | 2026-03-05T17:15:00Z
    Conversion Value | - | 250.00 | 250.00 | 1200.00
    Conversion Currency | - | USD | USD | USD
  `),
  set({ id: 'en-audience-upload-template-external-id', kind: 'audience upload template of a messaging platform (e-mail, phone, names, country, external id)', lang: 'en', source: 'index:56684886279 (a messaging platform\'s audience upload page, template CSV, React)' }, `
    Email | email | nina@example.com | "" | kofi@example.com
    Phone Number | phone | +15555550123 | +447700900456 | +233555000222
    First Name | firstName | Nina | Harry | Kofi
    Last Name | lastName | Cole | Wright | Boateng
    Country | country | US | GB | GH
    External ID | externalId | "" | cust_014 | cust_022
  `),
  set({ id: 'en-br-google-ads-customer-match-zip', kind: 'Google Ads customer match list a Brazilian business uploads, the English headers its notes require (e-mail, phone, names, country, zip)', lang: 'en', defaultCountry: 'BR', source: 'index:59280906991 (a marketing team\'s Google Ads audience notes, Markdown)' }, `
    Email | email | joao.silva@example.com.br | mariana.c@example.com | pedro.a@example.com.br
    Phone Number | phone | +5511912345678 | +5521987654321 | +5531998877665
    First Name | firstName | João | Mariana | Pedro
    Last Name | lastName | Silva | Costa | Almeida
    Country | country | BR | BR | BR
    Zip | postalCode | 01310-100 | 22041-001 | 30130-010
  `),
  set({ id: 'en-employees-csv-excel-sep-line', kind: 'employee list saved from Excel with a "sep=," line above the header, read by a creator platform\'s staff importer test (first name, position, e-mail, department, employee id)', lang: 'en', above: [['sep=,']], source: 'index:68690286901 (a staff importer\'s CSV parser tests, TypeScript)' }, `
    First Name | firstName | Sam | Rhea | Tariq
    Position | - | Lead | Designer | Editor
    Email ID | email | sam@studio.example | rhea@studio.example | tariq@studio.example
    Department | - | Ops | Creative | Content
    Employee ID | externalId | emp-9 | emp-12 | emp-15
  `),
  set({ id: 'en-vagaro-customer-list-export', kind: 'Vagaro salon customer list export read end to end by a booking app\'s importer test (names, e-mail, mobile and home phone, address, birthday, gender, notes, visits, source)', lang: 'en', source: 'index:38589127441 (a booking app\'s customer import tests, TypeScript)' }, `
    First Name | firstName | Amber | Jorge | Tina
    Last Name | lastName | Reyes | Castillo | Nguyen
    Email | email | amber.reyes@example.com | jorge.c@example.com | tina.n@example.net
    Mobile Phone | phone | +1 503 555 0143 | +1 503 555 0178 | +1 971 555 0122
    Home Phone | additionalPhones | "" | +1 503 555 0190 | ""
    Address | address1 | 410 SE Oak St | 77 NW 23rd Ave | 1500 N Lombard St
    City | city | Portland | Portland | Portland
    State | state | OR | OR | OR
    Zip | postalCode | 97214 | 97210 | 97217
    Birthday | dateOfBirth | 1991-04-18 | 1985-12-02 | 1998-07-27
    Gender | - | Female | Male | Female
    Notes | - | Prefers mornings | "" | Sensitive scalp
    Last Appointment | - | 2024-02-10 | 2024-01-28 | 2024-02-14
    Customer Since | - | 2022-06-01 | 2021-03-15 | 2023-09-09
    Source | source | Instagram | Walk-in | Google
  `),
  set({ id: 'en-buildium-tenants-import-balance', kind: 'Buildium-style tenant list read by a landlord app\'s importer test (names, e-mail, mobile, property, unit, lease start, rent, balance)', lang: 'en', source: 'index:71448809955 (a landlord app\'s tenant import API tests, TypeScript)' }, `
    First Name | firstName | Erin | Malik | Rosa
    Last Name | lastName | Fox | Jordan | Vega
    Email | email | erin.fox@example.com | malik.j@example.com | rosa.vega@example.net
    Mobile Phone | phone | 555-0142 | 555-0187 | 555-0119
    Property | - | Sunset Apartments | Sunset Apartments | Elm Court
    Unit | - | 4B | 2A | 11
    Lease Start | - | 2024-06-01 | 2023-09-01 | 2024-01-15
    Rent | - | 1850 | 1725 | 1400
    Outstanding Balance | - | 0 | 1234.56 | 75.00
  `),
  set({ id: 'en-sg-employees-export-fin-number', kind: 'Singapore company\'s employee export with a byte-order mark (ids, names, e-mail, mobile, department and position ids, hire date, status, FIN number)', lang: 'en', defaultCountry: 'SG', source: 'index:55265404399 (an HR app\'s employee CSV export, Java)' }, `
    # Of the two ids of the person, the first is the External ID and the other is not imported.
    ID | externalId | 101 | 102 | 103
    Employee ID | - | EMP-0001 | EMP-0002 | EMP-0003
    First Name | firstName | Wei Ling | Ravi | Siti
    Last Name | lastName | Tan | Kumar | Aminah
    Email | email | weiling.tan@example.sg | ravi.kumar@example.sg | siti.aminah@example.sg
    Mobile Phone | phone | 9123 4567 | 8234 5678 | 9345 6789
    Department ID | - | 3 | 5 | 3
    Position ID | - | 12 | 7 | 14
    Hire Date | - | 2021-03-01 | 2019-08-15 | 2023-01-09
    Employment Status | - | ACTIVE | ACTIVE | PROBATION
    FIN Number | - | G1234567X | F7654321N | G2345678M
  `),
  set({ id: 'en-field-service-sample-customers-custom-id', kind: 'sample customer CSV a field service app offers for staff imports (names, e-mail, mobile, custom id)', lang: 'en', source: 'index:67200834530 (a field service app\'s import helpers, sample CSV download, TypeScript)' }, `
    First Name | firstName | Jane | Omar | Lucy
    Last Name | lastName | Porter | Haddad | Kim
    Email | email | jane.porter@example.com | omar.h@example.com | lucy.kim@example.org
    Mobile Phone | phone | (201) 555-0123 | (973) 555-0166 | (732) 555-0108
    # The business's own id for the customer: another system's id of the person, the External ID.
    Custom ID | externalId | JOB-1001 | JOB-1002 | JOB-1007
  `),
  set({ id: 'en-aladtec-member-list-export-title-lines', kind: 'Aladtec fire district member list export with a title line and a filter line above the header (names, e-mail, mobile and home phone, type, status, work group, pay profile, employee id, station, hire date)', lang: 'en', above: [['Member List'], ['Member Filter: Active']], source: 'index:32551094814 (a fire district sync tool\'s test fixtures, Aladtec CSV, Python)' }, `
    First Name | firstName | Mark | Dana | Luis
    Last Name | lastName | Olsen | Price | Ortega
    Email | email | mark.olsen@example.org | dana.price@example.org | luis.ortega@example.org
    Mobile Phone | phone | 555-2101 | 555-2102 | 555-2103
    Home Phone | additionalPhones | 555-3101 | "" | 555-3103
    Employee Type | - | Firefighter, EMT | Paramedic | Volunteer
    Member Status | - | Active | Active | Active
    # The shift the member works in (A Shift, B Shift): a group the person belongs to, Tags.
    Work Group | tags | A Shift | B Shift | Volunteer
    Pay Profile | - | Career | Career | Volunteer
    Employee ID | externalId | 1042 | 1057 | 2011
    Station Assignment | - | Station 31 | Station 32 | Station 31
    EVIP | - | Yes | No | No
    Date Hired | - | 2015-05-01 | 2018-09-17 | 2022-03-06
  `),
  set({ id: 'en-gb-mindbody-clients-export-membership', kind: 'Mindbody client export of a UK studio, read by a studio app\'s platform import fixtures (client id, names, e-mail, mobile, last visit, visits, membership)', lang: 'en', defaultCountry: 'GB', source: 'index:62702356439 (a studio app\'s platform import tests, Mindbody fixture, TypeScript)' }, `
    Client ID | externalId | 100301 | 100302 | 100310
    First Name | firstName | Niamh | Callum | Priya
    Last Name | lastName | Walsh | Reid | Shah
    Email | email | NIAMH.WALSH@example.com | callum.reid@example.co.uk | priya.shah@example.com
    Mobile Phone | phone | 07700 900456 | 07700 900789 | 07700 900321
    Last Visit | - | 14/02/2025 | 03/03/2025 | 21/01/2025
    Visits | - | 3 | 18 | 7
    Membership | - | Off-Peak Monthly | Unlimited | 10 Class Pack
  `),
  set({ id: 'en-telegram-bot-contacts-paste-no-header', kind: 'contacts pasted into a mailing bot as CSV without a header row (name, e-mail, info, language)', lang: 'en', noHeader: true, source: 'index:51804572614 (a mailing bot\'s contact upload handler, Python)' }, `
    "" | name | Sara Ahmadi | John Miles | Lena Park
    "" | email | sara.a@example.com | john.miles@example.com | lena.park@example.org
    "" | - | Met at expo | Newsletter signup | Partner
    "" | - | en | en | de
  `),
  set({ id: 'en-user-accounts-excel-no-header', kind: 'spreadsheet of user accounts to create, read without a header row (name, e-mail, password)', lang: 'en', noHeader: true, source: 'index:28423256409 (a Flask app\'s account creation from an uploaded Excel file, Python)' }, `
    "" | name | Aisha Khan | Ben Carter | Chloe Evans
    "" | email | aisha.khan@example.edu | ben.carter@example.edu | chloe.evans@example.edu
    "" | - | "" | "" | ""
  `),
  // --------------------------------------------------------------------------------------------------- German
  set({ id: 'de-schule-vertreterliste-klasse', kind: 'German school\'s list of class representatives for an election app (class, first name, name, e-mail)', lang: 'de', defaultCountry: 'DE', source: 'index:68788622563 (an election app\'s README, representative list format)' }, `
    Klasse | - | 5.1 | 7.2 | 11
    Vorname | firstName | Mara | Elias | Sophie
    # "Name" next to "Vorname" is the last name.
    Name | lastName | Lindner | Horn | Berger
    E-Mail | email | mara.lindner@example.org | elias.horn@example.org | sophie.berger@example.org
  `),
  set({ id: 'de-ch-teilnehmer-rechnungen-betrag', kind: 'Swiss participant list for an invoicing app, semicolon CSV from Excel (first name, name, e-mail, amount)', lang: 'de', defaultCountry: 'CH', source: 'index:52304607034 (an event invoicing app\'s README, CSV upload step)' }, `
    Vorname | firstName | Nicole | Urs | Lea
    Name | lastName | Huber | Steiner | Frei
    E-Mail | email | nicole.huber@example.ch | urs.steiner@example.ch | lea.frei@example.ch
    Betrag | - | 95 | 120 | 95
  `),
  set({ id: 'de-ch-teilnehmer-vollstaendiger-name-betrag', kind: 'Swiss participant list with full names for an invoicing app (full name, e-mail, amount)', lang: 'de', defaultCountry: 'CH', source: 'index:52410884119 (an event invoicing app\'s accounting integration docs, CSV examples)' }, `
    Vollständiger Name | name | Daniel Wyss | Corinne Baumann | Stefan Moser
    E-Mail | email | daniel.wyss@example.ch | corinne.b@example.ch | s.moser@example.ch
    Betrag | - | 95 | 120 | 80
  `),
  set({ id: 'de-schule-schuelerliste-musterloesung', kind: 'pupil list format a German school IT guide asks for, each line ending in the separator (class, last name, first name, birth date)', lang: 'de', defaultCountry: 'DE', source: 'index:29860848989 (a school network solution\'s documentation, pupil list format)' }, `
    Klasse | - | 5a | 5a | 6b
    Nachname | lastName | Albrecht | Busch | Conrad
    Vorname | firstName | Emilia | Noah | Lina
    Geburtsdatum | dateOfBirth | 12.04.2014 | 30.09.2013 | 07.01.2013
    "" | - | "" | "" | ""
  `),
  set({ id: 'de-kita-klassenliste-geschlecht', kind: 'class list import of a German primary school tool (last name, first name, birth date, sex)', lang: 'de', defaultCountry: 'DE', source: 'index:68949811583 (a school tool\'s class list import test, JavaScript)' }, `
    Nachname | lastName | Winter | Haas | Kaiser
    Vorname | firstName | Paul | Ella | Mila
    Geburtsdatum | dateOfBirth | 15.09.17 | 02.03.18 | 21.11.17
    Geschlecht | - | m | w | ""
  `),
  set({ id: 'de-kunden-import-kdnr-ansprechpartner-zahlungsziel', kind: 'German customer spreadsheet for an ERP\'s data import, the sample file its docs give (customer number, company, contact person, e-mail, address, country, phone, payment terms)', lang: 'de', defaultCountry: 'DE', source: 'index:54496558250 (an ERP\'s data import docs, sample file)' }, `
    Kd-Nr | externalId | 101 | 102 | 103
    Firma | companyName | Entenhaus Berlin GmbH | Quietsch & Co KG | Badespaß Wien
    Ansprechpartner | name | Julia Krause | Stefan Lenz | Eva Auer
    E-Mail | email | j.krause@entenhaus.example | lenz@quietsch.example | eva.auer@badespass.example
    Straße | address1 | Friedrichstraße 20 | Hafenweg 3 | Mariahilfer Straße 50
    PLZ | postalCode | 10117 | 20457 | 1070
    Ort | city | Berlin | Hamburg | Wien
    Land | country | deutschland | Deutschland | Österreich
    Telefon | phone | +49 30 1234567 | 040 765432 | +43 1 5551234
    Zahlungsziel | - | 30 | 14 | 30
  `),
  set({ id: 'de-cobra-crm-export-vip', kind: 'cobra CRM customer export of a German medical software vendor (customer number, practice, contact person, phone, e-mail, VIP flag)', lang: 'de', defaultCountry: 'DE', source: 'index:68898054854 (a cobra CRM import service\'s pytest fixtures, Python)' }, `
    Kunden-Nr | externalId | K-2001 | K-2002 | K-2003
    Firma | companyName | Praxis Dr. Lehmann | MVZ Nordstadt | Zahnarztpraxis Kühn
    Ansprechpartner | name | Dr. Jörg Lehmann | Frau Petersen | Dr. Anja Kühn
    Telefon | phone | 0511 223344 | 0511 998877 | 05121 123456
    E-Mail | email | praxis@lehmann.example | info@mvz-nordstadt.example | kuehn@zahnarzt.example
    VIP | - | Ja | Nein | Nein
  `),
  set({ id: 'de-lead-scouting-kampagne-export', kind: 'lead list exported from a German lead scouting tool\'s campaign (company, contact person, e-mail, phone, industry, website, notes)', lang: 'de', defaultCountry: 'DE', source: 'index:58032239975 (a lead scouting app\'s campaign page, CSV export, React)' }, `
    Firma | companyName | Schreinerei Vogt | Elektro Maier GmbH | Café Sonne
    Ansprechpartner | name | Markus Vogt | Ingrid Maier | ""
    E-Mail | email | info@schreinerei-vogt.example | i.maier@elektro-maier.example | hallo@cafe-sonne.example
    Telefon | phone | 07031 445566 | 0711 2233445 | 07071 998877
    Branche | - | Handwerk | Elektro | Gastronomie
    # A lead list of companies: the company's site is the only website the file has, but it is the company's, not the
    # person's (the eighteenth part's choice): not imported.
    Website | - | https://schreinerei-vogt.example | https://elektro-maier.example | ""
    Notizen | - | Rückruf Montag | "" | Kein Interesse an Print
  `),
  set({ id: 'de-lieferanten-import-zahlungsziel-tage', kind: 'supplier import of a German craftsman\'s office app, the columns its import dialog names (company, contact person, phone, e-mail, address, customer number, payment days, notes)', lang: 'de', defaultCountry: 'DE', source: 'index:57494027734 (an office app\'s supplier import dialog, JavaScript)' }, `
    Firma | companyName | Baustoffe Hansen GmbH | Farben Kroll | Holz Schmitt KG
    Ansprechpartner | name | Ole Hansen | Birgit Kroll | Rainer Schmitt
    Telefon | phone | 0461 123456 | 0431 654321 | 04321 112233
    E-Mail | email | bestellung@hansen-baustoffe.example | kroll@farben.example | info@holz-schmitt.example
    Straße | address1 | Werftstraße 5 | Holstenstraße 80 | Industriestraße 12
    PLZ | postalCode | 24939 | 24103 | 24537
    Ort | city | Flensburg | Kiel | Neumünster
    # In a supplier list the customer number is the number the supplier files the business itself under, not an id
    # of the supplier: not imported.
    Kundennummer | - | 40021 | KD-7781 | 118
    Zahlungsziel (Tage) | - | 30 | 14 | 10
    Notizen | - | Skonto 2% | "" | Abholung möglich
  `),
  set({ id: 'de-cobra-crm-export-version-instanz', kind: 'cobra CRM export of a German clinic software vendor with installation columns (customer number, clinic, contact person, phone, e-mail, VIP, version, VM number, instance)', lang: 'de', defaultCountry: 'DE', source: 'index:58946070544 (a cobra CRM import service\'s test, Python)' }, `
    Kunden-Nr | externalId | K-9101 | K-9102 | K-9103
    Firma | companyName | Praxisklinik am Park | Tagesklinik West | Orthopädie Zentrum Süd
    Ansprechpartner | name | Dr. Heike Franke | Herr Bauer | Dr. Sven Ott
    Telefon | phone | 089-223344 | 089-556677 | 08031-112233
    E-Mail | email | franke@praxisklinik.example | bauer@tagesklinik.example | ott@ortho-sued.example
    VIP | - | Ja | Nein | Ja
    Version | - | v2026.1 | v2025.3 | v2026.1
    VM-Nr | - | 109 | 114 | 121
    Instanz | - | prod | prod | test
  `),
  set({ id: 'de-leads-firma-ansprechpartner-umsatz', kind: 'German lead table a lead store refuses to guess (company, contact person, turnover)', lang: 'de', defaultCountry: 'DE', source: 'index:58245946459 (a lead store\'s classification tests, Rust)' }, `
    Firma | companyName | Nordlicht GmbH | Berger & Sohn | Alpenblick AG
    Ansprechpartner | name | Ada Kern | Max Berger | Lena Huber
    Umsatz | - | 900 | 12500 | 4300
  `),
  set({ id: 'de-at-regatta-teilnehmer-boot-select-wide', kind: 'Austrian regatta\'s entry table, the columns its entry page selects (payment flags, names, address, country, e-mail, club, shirt, sponsor, boat, group, crew, e-mail flags, mobile numbers, federation number, birth date and place, citizenship, passport, own invoice address lines)', lang: 'de', defaultCountry: 'AT', source: 'index:10922712844 (a regatta registration\'s entry edit page, select, PHP)' }, `
    regatta_fid | - | 12 | 12 | 12
    nenngeld_befreiung | - | 0 | 1 | 0
    Barzahlung | - | 0 | 0 | 1
    restzahlung_verschickt | - | 1 | 0 | 0
    Nachname | lastName | Pichler | Eder | Lechner
    Vorname | firstName | Florian | Magdalena | Georg
    Strasse | address1 | Seestraße 4 | Uferweg 19 | Hafengasse 2
    PLZ | postalCode | 4866 | 5310 | 6900
    Ort | city | Unterach | Mondsee | Bregenz
    Land | country | Österreich | Österreich | Österreich
    Email | email | f.pichler@example.at | magdalena.eder@example.at | georg.lechner@example.at
    # The sailing club the sailor enters for: a group the person belongs to, Tags.
    Club | tags | UYCAs | SCM | YCB
    Shirt | - | L | S | XL
    Sponsor | - | "" | Segelschule Eder | ""
    Bootstype | - | Soling | Laser | Soling
    gruppen_fid | - | 3 | 5 | 3
    Anzahl_Crew | - | 3 | 1 | 3
    ersteEmailAnTnOk | - | 1 | 1 | 0
    ersteEmailAnXabelOk | - | 1 | 0 | 0
    ersteEmailAnTnFehlerBehoben | - | 0 | 0 | 0
    ersteEmailAnXabelFehlerBehoben | - | 0 | 0 | 0
    bootsname | - | Wellenreiter | Kiwi | Seeadler
    tiefgang | - | 1,30 | 0,79 | 1,30
    # Two mobile numbers, at home and on site: the first is the main phone, the other an additional one.
    mobil_nummer_zu_hause | phone | 0664 1234567 | 0676 2345678 | 0699 3456789
    mobil_nummer_vor_ort | additionalPhones | "" | 0676 2345679 | ""
    # The sailor's number with the national sailing federation: another system's id of the person, the External ID.
    oesv_nr | externalId | 10234 | 20981 | 11876
    geb_datum | dateOfBirth | 1984-05-02 | 2001-08-17 | 1969-11-30
    geb_ort | - | Linz | Salzburg | Dornbirn
    staatsbuergerschaft_Nr | - | 1 | 1 | 1
    passnr | - | P1234567 | P2345678 | P3456789
    unterschrieben | - | 1 | 1 | 0
    eigene_rg_adresse | - | 0 | 1 | 0
    rg_zeile1 | - | "" | Segelschule Eder GmbH | ""
    rg_zeile2 | - | "" | Uferweg 19 | ""
    rg_zeile3 | - | "" | 5310 Mondsee | ""
    rg_zeile4 | - | "" | "" | ""
  `),
  set({ id: 'de-at-kongress-buchungen-teilnehmer-select', kind: 'Austrian medical congress\'s bookings, the participant columns its admin page selects (id, names, e-mail, medical chamber number, street, house number, postcode, town, country, member flag)', lang: 'de', defaultCountry: 'AT', source: 'index:55642649076 (a congress admin page\'s bookings query, TypeScript)' }, `
    id | externalId | 501 | 502 | 503
    vorname | firstName | Barbara | Thomas | Sandra
    nachname | lastName | Wallner | Reiter | Hofbauer
    email | email | b.wallner@example.at | thomas.reiter@example.at | s.hofbauer@example.at
    # The doctor's number with the medical chamber: a registration number, like a national id, not imported.
    oeak_nr | - | 12345 | 23456 | 34567
    strasse | address1 | Landstraßer Hauptstraße | Herrengasse | Museumstraße
    hausnummer | - | 12 | 5 | 31
    postleitzahl | postalCode | 1030 | 8010 | 6020
    stadt | city | Wien | Graz | Innsbruck
    land | country | Österreich | Österreich | Österreich
    ist_oegsmp_mitglied | - | true | false | true
  `),
  set({ id: 'de-kundenverwaltung-select-bemerkungen', kind: 'German customer management app\'s customer table, the columns its repository selects (customer id, names, e-mail, street, house number, postcode, town, phone, remarks)', lang: 'de', defaultCountry: 'DE', source: 'index:38749981177 (a customer management app\'s database access, select, C#)' }, `
    kundenid | externalId | 1001 | 1002 | 1003
    vorname | firstName | Heike | Dirk | Melanie
    nachname | lastName | Lange | Schmitz | Wolf
    email | email | heike.lange@example.de | d.schmitz@example.de | melanie.wolf@example.de
    adresse | address1 | Gartenstraße | Kölner Straße | Am Hang
    hausnummer | - | 3 | 118 | 7a
    plz | postalCode | 40210 | 41460 | 42103
    ort | city | Düsseldorf | Neuss | Wuppertal
    telefon | phone | 0211 123456 | 02131 654321 | 0202 998877
    bemerkungen | - | "" | Stammkunde | Nur per E-Mail
  `),
  set({ id: 'de-verein-mitglied-select-telefon1', kind: 'German club site\'s member table, the columns its member list selects (salutation, names, e-mail, first phone)', lang: 'de', defaultCountry: 'DE', source: 'index:2651285068 (a club site\'s member data provider, select, PHP)' }, `
    anrede | - | Herr | Frau | Herr
    vorname | firstName | Walter | Ingrid | Uwe
    nachname | lastName | Krämer | Seifert | Vogt
    email | email | w.kraemer@example.de | ingrid.seifert@example.de | uwe.vogt@example.de
    telefon1 | phone | 06221 123456 | 06221 654321 | 0171 2233445
  `),
  set({ id: 'de-kundenliste-xlsx-titel-leerzeile', kind: 'German optician leads workbook with a "Kundenliste" title line and a blank line above the header, read by a CRM\'s lead import view test (company, website, whole address, e-mail, phone, contact person, source)', lang: 'de', defaultCountry: 'DE', above: [['Kundenliste'], []], source: 'index:69059687395 (a CRM\'s lead import view tests, xlsx sheet, TypeScript)' }, `
    Firma | companyName | Brillenhaus Meyer | Optik am Markt | Sehwerk GmbH
    # The company's site in a list of companies with a contact person: not imported.
    Webseite | - | brillenhaus-meyer.example | "" | sehwerk.example
    # A whole address in one column, the only address the file has: the Address line.
    Adresse | address1 | Lange Straße 5, 26122 Oldenburg | Markt 2, 28195 Bremen | Königstraße 40, 70173 Stuttgart
    E-Mail | email | info@brillenhaus-meyer.example | "" | kontakt@sehwerk.example
    Telefon | phone | 0441 123456 | 0421 654321 | 0711 998877
    Ansprechpartner | name | Jens Meyer | "" | Carina Roth
    Quelle | source | Messe | Empfehlung | Website
  `),
  // --------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-glazenwasser-klanten-select-notitie', kind: 'Dutch window cleaner\'s customer table, the columns its app selects (id, name, e-mail, phone, street, house number, postcode, town, note)', lang: 'nl', defaultCountry: 'NL', source: 'index:62465916152 (a window cleaning round planner\'s data module, TypeScript)' }, `
    id | externalId | 1 | 2 | 3
    naam | name | Fam. Hendriksen | Dhr. Bosman | Mevr. Lammers
    email | email | hendriksen@voorbeeld.example | "" | a.lammers@voorbeeld.example
    telefoon | phone | 06 12345678 | 0575 123456 | 06 87654321
    straat | address1 | Eikenlaan | Kerkplein | Weidestraat
    huisnummer | - | 14 | 2 | 31b
    postcode | postalCode | 7201 AB | 7204 CD | 7203 EF
    plaats | city | Zutphen | Zutphen | Warnsveld
    notitie | - | achterom | hond | ""
  `),
  set({ id: 'nl-boekhouding-klanten-insert-emailadres', kind: 'Dutch bookkeeping app\'s customer table seed (last name, first name, address, postcode, town, phone, e-mail)', lang: 'nl', defaultCountry: 'NL', source: 'index:8676816191 (a bookkeeping app\'s database seed script, SQL)' }, `
    achternaam | lastName | Veenstra | Dijkman | Postma
    voornaam | firstName | Sjoerd | Marijke | Rik
    adres | address1 | Stationsweg 14 | Hoofdstraat 201 | Beekstraat 3
    postcode | postalCode | 3881 KA | 3844 AB | 3811 MN
    woonplaats | city | Putten | Harderwijk | Amersfoort
    telefoonnummer | phone | 06-12345678 | 0341-123456 | 033-7654321
    emailadres | email | s.veenstra@voorbeeld.example | marijke.dijkman@voorbeeld.example | rik.postma@voorbeeld.example
  `),
  set({ id: 'nl-webshop-gebruikers-registratie-insert', kind: 'Dutch web shop\'s user registration insert (first name, last name, e-mail, address, postcode, town, phone)', lang: 'nl', defaultCountry: 'NL', source: 'index:32106345660 (a web shop\'s user class, registration insert, PHP)' }, `
    voornaam | firstName | Anouk | Stijn | Esther
    achternaam | lastName | Huisman | Koning | de Ruiter
    email | email | anouk.huisman@voorbeeld.example | stijn.koning@voorbeeld.example | esther@voorbeeld.example
    adres | address1 | Julianalaan 7 | Vondelstraat 33 | Prinsengracht 210
    postcode | postalCode | 2611 CD | 1054 GE | 1016 HL
    woonplaats | city | Delft | Amsterdam | Amsterdam
    telefoonnummer | phone | 0612345678 | 0201234567 | 0698765432
  `),
  set({ id: 'nl-adresboek-personen-select-tijd', kind: 'Dutch address book exercise\'s person table, the columns its list page selects (names, street, house number, postcode, town, phone, time added, id)', lang: 'nl', defaultCountry: 'NL', source: 'index:3603709108 (an address book\'s data page, select query, PHP)' }, `
    voornaam | firstName | Gijs | Roos | Tim
    achternaam | lastName | van Vliet | Evers | Boer
    straat | address1 | Molenstraat | Kastanjelaan | Nieuwe Gracht
    huisnummer | - | 12 | 3a | 118
    postcode | postalCode | 4811 AA | 5211 BB | 2011 CC
    woonplaats | city | Breda | 's-Hertogenbosch | Haarlem
    telefoonnummer | phone | 076-5123456 | 073-6123456 | 06-11122233
    tijdToegevoegd | - | 2019-03-04 10:12:00 | 2019-03-05 14:30:11 | 2019-03-07 09:01:45
    # The address book's own row id, at the end of the select: another system's id of the person, the External ID.
    id | externalId | 1 | 2 | 3
  `),
  set({ id: 'nl-gebruikers-gegevens-mobiel-insert', kind: 'Dutch site\'s user data table insert (user id, name, address, postcode, town, phone, mobile, e-mail)', lang: 'nl', defaultCountry: 'NL', source: 'index:14653288576 (a site\'s registration handler, user data insert, PHP)' }, `
    user_id | externalId | 41 | 42 | 43
    naam | name | Joost Verhoeven | Linda Maas | Erik Scholten
    adres | address1 | Rijnstraat 9 | Zuidwal 44 | Kade 2
    postcode | postalCode | 6811 EW | 2512 XH | 9711 CV
    woonplaats | city | Arnhem | Den Haag | Groningen
    telefoon | phone | 026-4456677 | 070-3344556 | ""
    mobiel | additionalPhones | 06-12312312 | "" | 06-45645645
    email | email | joost@verhoeven.example | linda.maas@voorbeeld.example | e.scholten@voorbeeld.example
  `),
  set({ id: 'nl-be-gebruikers-import-naam-voornaam', kind: 'Belgian association\'s member list for a user import script, the example its README gives (number, name, first name, whole address, phone, e-mail, birth date)', lang: 'nl', defaultCountry: 'BE', source: 'index:48142253465 (a member-to-user import script\'s README)' }, `
    # The list's own running number: not imported, like a row number.
    Nr | - | 1 | 2 | 3
    # "Naam" next to "Voornaam" is the last name.
    Naam | lastName | Verstraeten | Goossens | De Smet
    Voornaam | firstName | Koen | Els | Bart
    # A whole address in one column, the only address the file has: the Address line.
    Adres | address1 | Kerkstraat 12, 1980 Zemst | Dorpsplein 3, 2800 Mechelen | Leuvensesteenweg 40, 3000 Leuven
    Telefoon | phone | 015/123456 | 0478/123456 | 016/987654
    E-mailadres | email | koen.verstraeten@voorbeeld.example | / | bart.desmet@voorbeeld.example
    Geboortedatum | dateOfBirth | 21/01/1966 | 03/07/1972 | 14/11/1980
  `),
  set({ id: 'nl-be-vastgoed-leads-makelaar-schatting', kind: 'Belgian estate agency\'s lead list for an opportunities engine (id, first name, name, mobile, postcode, municipality, agent, type, status, last contact, relation, year, created)', lang: 'nl', defaultCountry: 'BE', source: 'index:69213857822 (an estate agency CRM\'s lead revival tests, TypeScript)' }, `
    id | externalId | D1 | D2 | D3
    voornaam | firstName | Hilde | Tom | Sofie
    naam | lastName | Claeys | Martens | Jacobs
    gsm | phone | 0499 11 22 33 | 0475 44 55 66 | 0486 77 88 99
    postcode | postalCode | 9000 | 9050 | 9820
    gemeente | city | Gent | Gentbrugge | Merelbeke
    # The agent who follows the lead up: the Contact owner.
    makelaar | owner | Thomas | Lien | Thomas
    type | - | Schatting | Verkoop | Schatting
    status | - | Open | Gewonnen | Open
    laatste contact | - | 10/12/2025 | 03/03/2026 | 18/05/2026
    # The relation the person has with the agency (eigenaar, koper, huurder): a category the contact is filed under, Tags.
    relatie | tags | eigenaar | koper | eigenaar
    jaar | - | 2025 | 2026 | 2026
    aangemaakt | - | 02/12/2025 | 15/02/2026 | 10/05/2026
  `),
  set({ id: 'nl-be-vastgoed-klanten-pand-adres-wide', kind: 'Belgian estate agency\'s client export used as test data (id, names, mobile, e-mail, address, municipality, agent, type, status, last contact, relation, year, property address and postcode)', lang: 'nl', defaultCountry: 'BE', source: 'index:68929319822 (an estate agency CRM\'s test fixtures, TypeScript)' }, `
    id | externalId | C-1001 | C-1002 | C-1003
    voornaam | firstName | Pieter | Annelies | Jonas
    naam | lastName | Willaert | Vermeersch | Desmet
    gsm | phone | 0478 12 34 56 | 0497 65 43 21 | 0468 11 22 33
    email | email | pieter.willaert@voorbeeld.example | annelies.v@voorbeeld.example | jonas.desmet@voorbeeld.example
    adres | address1 | Veldstraat 10 | Kortrijksesteenweg 200 | Brugsestraat 5
    postcode | postalCode | 9000 | 9830 | 8500
    gemeente | city | Gent | Sint-Martens-Latem | Kortrijk
    makelaar | owner | Thomas | Thomas | Lien
    type | - | Verkoop | Schatting | Verhuur
    status | - | Actief | Open | Gesloten
    laatste contact | - | 12/01/2026 | 20/02/2026 | 05/11/2025
    relatie | tags | verkoper | eigenaar | verhuurder
    jaar | - | 2026 | 2026 | 2025
    # The address of the property the deal is about, not the person's: not imported.
    pand adres | - | Veldstraat 10 | Dorp 4 | Groeningestraat 18
    pand postcode | - | 9000 | 9831 | 8500
  `),
  set({ id: 'nl-be-csv-parser-voornaam-naam-gsm', kind: 'Belgian contact CSV with a semicolon separator and a byte-order mark, read by a CRM\'s parser test (first name, name, mobile)', lang: 'nl', defaultCountry: 'BE', source: 'index:68970569761 (a CRM\'s CSV parser tests, TypeScript)' }, `
    voornaam | firstName | Lotte | Wouter | Ines
    naam | lastName | Peeters | Maes | Van Damme
    gsm | phone | 0478 98 76 54 | 0494 12 12 12 | 0471 33 44 55
  `),
  set({ id: 'nl-gebruiker-registratie-tussenvoegsel-hoofdletters', kind: 'Dutch app\'s user table insert written in capitals (first name, tussenvoegsel, last name, e-mail, password, sex, phone)', lang: 'nl', defaultCountry: 'NL', source: 'index:30010470374 (a registration repository, Oracle insert, C#)' }, `
    VOORNAAM | firstName | Bas | Iris | Niels
    TUSSENVOEGSEL | - | van den | "" | de
    ACHTERNAAM | lastName | Heuvel | Prins | Groot
    EMAIL | email | bas.vdheuvel@voorbeeld.example | iris.prins@voorbeeld.example | niels.degroot@voorbeeld.example
    WACHTWOORD | - | "" | "" | ""
    GESLACHT | - | M | V | M
    TELEFOONNUMMER | phone | 0612345678 | 0687654321 | 0655443322
  `),
  set({ id: 'nl-hr-personeel-insert-afdeling-dienst', kind: 'Dutch HR app\'s staff table insert (names, login, password, sex, birth date, part-time factor, department and type ids, start date)', lang: 'nl', defaultCountry: 'NL', source: 'index:32360099878 (an HR app\'s employee form handler, PHP)' }, `
    voornaam | firstName | Hanneke | Rob | Fleur
    tussenvoegsel | - | "" | van | ""
    achternaam | lastName | Bosch | Wijk | Timmer
    gebruikersnaam | - | hbosch | rvwijk | ftimmer
    wachtwoord | - | "" | "" | ""
    geslacht | - | V | M | V
    geboortedatum | dateOfBirth | 1983-04-22 | 1970-12-01 | 1995-06-30
    deeltijdfactor | - | 0.8 | 1.0 | 0.6
    afdeling_ID | - | 3 | 1 | 3
    type_ID | - | 2 | 1 | 2
    datum_in_dienst | - | 2015-09-01 | 2001-03-01 | 2022-01-15
  `),
  set({ id: 'nl-gebruikers-insert-typeid-adresregel', kind: 'Dutch shop\'s customer account insert (type id, names, e-mail, password, address line, postcode, town, phone)', lang: 'nl', defaultCountry: 'NL', source: 'index:4605541510 (a shop\'s registration handler, insert, PHP)' }, `
    typeid | - | 1 | 1 | 1
    voornaam | firstName | Lars | Merel | Ruben
    achternaam | lastName | Jonker | Schipper | Mertens
    email | email | lars.jonker@voorbeeld.example | merel@voorbeeld.example | r.mertens@voorbeeld.example
    wachtwoord | - | "" | "" | ""
    adresregel_1 | address1 | Dorpsstraat 5 | Oranjelaan 18 | Parkweg 77
    postcode | postalCode | 1721 AA | 3311 BB | 6211 CC
    woonplaats | city | Broek op Langedijk | Dordrecht | Maastricht
    telefoonnummer | phone | 0226-123456 | 078-6123456 | 043-3123456
  `),
  // --------------------------------------------------------------------------------------------------- Mixed
  set({ id: 'mixed-sicherheitsdienst-users-insert', kind: 'German security firm\'s staff table insert, English and German column names (username, password, role, names, e-mail, guard licence fields, registry id, tax number, first aid, remarks, lock flag, hourly rate)', lang: 'mixed', defaultCountry: 'DE', source: 'index:61929984997 (a security firm\'s scheduling app, database setup, Python)' }, `
    # The login the staff member has in the firm's app, the only id the table gives: the External ID.
    username | externalId | kbauer | sdemir | lfischer
    password | - | "" | "" | ""
    role | - | mitarbeiter | schichtleiter | mitarbeiter
    vorname | firstName | Kevin | Serkan | Laura
    nachname | lastName | Bauer | Demir | Fischer
    email | email | k.bauer@example.de | serkan.demir@example.de | laura.fischer@example.de
    s34a | - | 1 | 1 | 0
    s34a_art | - | Sachkunde | Sachkunde | ""
    pschein | - | 0 | 1 | 0
    # The guard's number in the national guard register: a registration number, not imported.
    bewach_id | - | BW-102938 | BW-203948 | ""
    steuernummer | - | 12/345/67890 | 23/456/78901 | ""
    bsw | - | 1 | 0 | 0
    sanitaeter | - | 0 | 1 | 1
    bemerkung | - | "" | Führerschein Klasse C | ""
    is_locked | - | 0 | 0 | 1
    stundensatz | - | 14.50 | 17.00 | 14.50
  `),
  set({ id: 'mixed-webmail-adressbuch-work-email', kind: 'German webmail\'s address book lookup, German and English column names (id, first name, last name, e-mail, work e-mail, default address)', lang: 'mixed', defaultCountry: 'DE', source: 'index:32391795322 (a webmail\'s address book class, lookup query, PHP)' }, `
    id | externalId | 11 | 12 | 13
    vorname | firstName | Carsten | Petra | Yusuf
    nachname | lastName | Lehmann | Graf | Aydin
    email | email | carsten.lehmann@example.de | petra.graf@example.de | yusuf.aydin@example.de
    work_email | additionalEmails | c.lehmann@firma.example | "" | y.aydin@kanzlei.example
    # Which of the addresses is the default one (a number): not imported.
    default_address | - | 1 | 1 | 2
  `),
  set({ id: 'mixed-studentbay-nutzer-insert', kind: 'German student marketplace\'s user table insert, English and German column names (user id, username, first name, last name, e-mail, password, birth date)', lang: 'mixed', defaultCountry: 'DE', source: 'index:20923264927 (a student marketplace\'s user data access, insert, Java)' }, `
    userid | externalId | 1 | 2 | 3
    username | - | lena_k | max.b | timo99
    vorname | firstName | Lena | Max | Timo
    nachname | lastName | Köhler | Brandt | Simon
    email | email | lena.koehler@example.de | max.brandt@example.de | timo.simon@example.de
    password | - | "" | "" | ""
    geburtsdatum | dateOfBirth | 2002-03-14 | 2001-07-09 | 2003-11-25
  `),
  set({ id: 'mixed-montage-profielen-onderaannemers-wide', kind: 'Dutch installation firm\'s staff and subcontractor profiles, the columns its admin page selects, English and Dutch names (ids, full name, e-mail, phone, company, contact person, invoice address, chamber of commerce, VAT, IBAN, terms, rates, travel settings, status and link fields)', lang: 'mixed', defaultCountry: 'NL', source: 'index:56689159393 (an installation planner\'s admin team page, profiles select, React)' }, `
    id | externalId | 6b1f2c3d-0001 | 6b1f2c3d-0002 | 6b1f2c3d-0003
    user_id | - | a9e8d7c6-0101 | a9e8d7c6-0102 | a9e8d7c6-0103
    full_name | name | Dennis Vermeer | Kim Hoekstra | Sander Mol
    email | email | dennis@vermeermontage.example | kim.hoekstra@voorbeeld.example | sander@molinstallatie.example
    telefoon | phone | 06 12345678 | 06 23456789 | 06 34567890
    bedrijfsnaam | companyName | Vermeer Montage | "" | Mol Installatie
    # A contact person of the profile's company beside the profile's own full name: not imported.
    contactpersoon | - | Dennis Vermeer | "" | Ria Mol
    # The invoice address is the only address the profile has: the Address line.
    factuuradres | address1 | Industrieweg 4, 3771 MB Barneveld | "" | Kanaalweg 12, 3526 KL Utrecht
    kvk_nummer | - | 12345678 | "" | 87654321
    btw_nummer | - | NL001234567B01 | "" | NL009876543B01
    iban | - | NL91ABNA0417164300 | "" | NL20INGB0001234567
    betalingstermijn | - | 30 | "" | 14
    uurtarief | - | 48.50 | 35.00 | 52.00
    onderaannemer_startlocatie | - | Barneveld | "" | Utrecht
    onderaannemer_vrije_km_per_dag | - | 50 | "" | 40
    onderaannemer_km_tarief | - | 0.23 | "" | 0.21
    onderaannemer_reiskosten_per_ploeg | - | 25 | "" | 20
    account_status | - | actief | actief | geblokkeerd
    is_onderaannemer | - | true | false | true
    # The subcontractor a fitter works for (a company's id): not the person's id, not imported.
    onderaannemer_id | - | "" | 6b1f2c3d-0001 | ""
    planning_partner_ids | - | "{}" | "{6b1f2c3d-0003}" | "{}"
    bedrijfsgegevens_updated_at | - | 2026-01-12T10:00:00Z | "" | 2026-02-03T15:20:00Z
    bedrijfsgegevens_updated_by | - | admin | "" | admin
  `),
  set({ id: 'mixed-hub-medewerkers-users-insert', kind: 'Dutch logistics hub app\'s staff table restored from a backup, Dutch and English column names (id, staff number, e-mail, names, password, one-time code, role, flags, hub id, tasks, stats, hidden, created)', lang: 'mixed', defaultCountry: 'NL', source: 'index:55678352905 (a hub planning app\'s backup restore, insert, Java)' }, `
    # Of the two ids of the person, the first is the External ID and the other is not imported.
    id | externalId | u-101 | u-102 | u-115
    personeelsnummer | - | 40211 | 40235 | 40388
    email | email | m.bakker@hub.example | s.el-idrissi@hub.example | j.kok@hub.example
    voornaam | firstName | Mike | Samira | Jelle
    achternaam | lastName | Bakker | El Idrissi | Kok
    pass | - | "" | "" | ""
    otp | - | "" | 482913 | ""
    must_set_password | - | false | true | false
    rol | - | medewerker | teamleider | medewerker
    n2 | - | false | true | false
    jbt_trainer | - | false | false | true
    # The hub (site) the employee works at, as an id: not imported.
    hub_id | - | h-1 | h-1 | h-2
    taken | - | "[]" | "[""inbound""]" | "[""sorteren""]"
    stats | - | "{}" | "{}" | "{}"
    hidden | - | false | false | false
    created_at | - | 2025-01-06T08:00:00Z | 2025-02-10T08:00:00Z | 2025-03-03T08:00:00Z
  `),
];
