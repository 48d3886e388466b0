// The twenty-second held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German,
// Dutch and mixed-language files; the other half, corpus-heldout22b.ts, holds the other languages): 58 header sets
// (591 columns, 363 of them expected to map; 25 English, 15 German, 13 Dutch, 5 mixed; 2 files without a header row,
// 2 with lines above it (one comment line per column above a German sample file; an Excel "sep=," line); 4 sets of 20
// to 24 columns) from sources none of the other parts use, found in the public code index with find_string (exact
// header text of CRM, vendor and importer files: HubSpot, Zoho, Apollo, Close, Brevo, iContact, Xero, Stripe, Outlook
// and Windows Address Book style exports, a sales dialer's results, lead and customer importers and their tests and
// templates; German, Austrian, Swiss, Dutch and Belgian customer, member, volunteer, pupil, student, player, agent,
// owner, referee and reservation lists; database selects and form field lists; files read without a header row) and
// written down, with the mapping a careful person would choose by the field definitions and the rules, BEFORE
// the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the index file the header
// text was read from (the index does not name its repository); the kind says what the file is. Sample values are made
// up in the shape of each file's own (no personal data or example rows from the sources are copied). A header cell is
// copied as the source writes it (case, spaces, underscores, a marker glued to it, a misspelling); a field list is
// written as its field names; an empty header cell is written as "". Leading byte-order marks cannot be written in the
// table and are left out (a set's comment says where); a header starting with "#" is put back after parsing. No set's
// headers repeat an older part's (each was compared lower-cased; the files without a header row aside).
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
// The nineteenth part's first half made these choices more than once, kept here:
// - A kind the contact is filed under by the file (HubSpot's contact type, a customer type, a membership type, the
//   relation a person has with an estate agency) is Tags, like a category.
// - A Belgian or Dutch "naam" next to "voornaam" is the last name, as "Name" next to "Vorname" is.
// - The agent, advisor or relationship manager who follows a lead up is the Contact owner.
// The twentieth part's first half made these choices more than once, kept here:
// - A code the person is filed under in the file's own system (a staff member's short code, the code on a guest's
//   card, a sender's reference for a recipient) is the External ID, like a customer number.
// - Another person named in a contact's or a company's row (a secondary contact, the business's proprietor, an
//   emergency contact) is not imported, nor are that person's phone and e-mail.
// - Ids of other rows (an organisation's id, an advisor's or a referrer's row id) are not imported.
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - A Belgian "naam" next to "voornaam" (and a "naam" column before "voornaam") is the last name.
// - A code a federation, a registry or a billing system files the person under (a licence number, a party id, a
//   billing customer number) is the External ID.
// - A kind a contact is filed under by an accounting or invoicing tool (customer, supplier) is Tags.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout22' }, table);
/** A header the table format cannot hold (a line starting with "#" is a comment there), put back after parsing. */
const withHeader = (s: CorpusSet, column: number, header: string): CorpusSet => ({ ...s, headers: s.headers.map((h, i) => (i === column ? header : h)) });

export const HELDOUT22A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-hubspot-import-test-record-id-segment', kind: 'HubSpot contacts export as a lead intake app\'s import test writes it (names, e-mail, phone, HubSpot record id, import segment)', lang: 'en', source: 'index:69193519051 (a lead intake app\'s HubSpot import tests, Python)' }, `
    First Name | firstName | Dana | Wes | Cyrus
    Last Name | lastName | Holloway | Trent | Abara
    Email | email | dana@holloway-hvac.example | wtrent@example.com | ""
    Phone | phone | 2145550148 | 9725550133 | ""
    # HubSpot's id of the contact: another system's id, the External ID.
    HubSpot Record ID | externalId | 5011 | 5012 | 5013
    # The segment the contact was filed under for the import is a list the person is in: Tags.
    Import Segment | tags | Previous Customer - Win-Back | General Contact Database | General Contact Database
  `),
  set({ id: 'en-hubspot-export-lifecycle-shoe-size-tags', kind: 'HubSpot contacts export for an artist shop\'s customer import test (record id, names, e-mail, phone number, lifecycle stage, owner, a custom shoe size, tags)', lang: 'en', source: 'index:59997707980 (an artist marketplace\'s CRM import tests, TypeScript)' }, `
    Record ID | externalId | 2201 | 2202 | 2203
    First Name | firstName | Kendra | Luis | Mara
    Last Name | lastName | Oakes | Bautista | Lindgren
    Email | email | kendra.oakes@example.com | luis.b@example.net | mara@example.org
    Phone Number | phone | (555) 014-2231 | 5550147788 | ""
    Lifecycle Stage | - | Customer | Lead | Subscriber
    Contact owner | owner | Rae Summers | Rae Summers | Jon Park
    Shoe Size | - | 8 | 11 | 7
    Tags | tags | "regular, downtown" | print-buyer | ""
  `),
  set({ id: 'en-crm-import-format-guide-company-lead-24', kind: 'recommended CRM company-and-lead import CSV in a sales team\'s import format notes (company, website, quality, founding year, staff, description, contact names, title, e-mail, portfolio, vertical, account and lead owners, address, phones, lead source, status, industry)', lang: 'en', source: 'index:53443780477 (a sales team\'s notes on CRM and outreach tool import formats, Markdown)' }, `
    # The rows are companies with one contact person each: the company's name is the Company name.
    Company Name | companyName | Harbor Freightworks | Lumen Dental Partners | Cobalt Roofing Co
    # A company's website in a list of companies with a contact person is not imported (the older parts' choice).
    Website | - | harborfreightworks.example | lumendental.example | cobaltroofing.example
    Quality | - | A | B | A
    Year Established | - | 1998 | 2011 | 2004
    Number of Employees | - | 120 | 35 | 60
    Description | - | Regional freight broker | Multi-site dental group | Commercial roofing contractor
    First Name | firstName | Gina | Paul | Raj
    Last Name | lastName | Moretti | Szabo | Kapoor
    Title | - | COO | Practice Manager | Owner
    Email | email | gmoretti@harborfreightworks.example | paul@lumendental.example | raj@cobaltroofing.example
    Portfolio | - | Logistics | Healthcare | Construction
    Vertical | - | Freight | Dental | Roofing
    # Two owners: the account's owner is not the contact's; the lead owner is the Contact owner.
    Account Owner | - | Jess Carter | Jess Carter | Omar Diaz
    Lead Owner | owner | Jess Carter | Brent Ng | Omar Diaz
    City | city | Savannah | Columbus | Tulsa
    State/Province | state | GA | OH | OK
    Country | country | United States | United States | United States
    Street | address1 | 410 River St | 88 Grandview Ave | 2300 E 11th St
    Postal Code | postalCode | 31401 | 43215 | 74104
    Phone | phone | (912) 555-0140 | (614) 555-0172 | (918) 555-0115
    Mobile Phone | additionalPhones | (912) 555-0199 | "" | (918) 555-0163
    Lead Source | source | Trade Show | Website | Referral
    Lead Status | - | Working | New | Qualified
    Industry | - | Transportation | Healthcare | Construction
  `),
  set({ id: 'en-zoho-leads-select-columns-city-status', kind: 'Zoho CRM leads as a nightly sync selects them (owner, names, e-mail, created and modified times, city, lead status)', lang: 'en', source: 'index:40949682674 (a Zoho CRM lead sync job, Python)' }, `
    Lead Owner | owner | Priya Raman | Sam Otieno | Priya Raman
    First Name | firstName | Colin | Asha | Mateo
    Last Name | lastName | Brandt | Verma | Ruiz
    Email | email | colin.brandt@example.com | asha.v@example.in | mateo.ruiz@example.com
    Created Time | - | 2016-02-14 09:12:44 | 2016-02-14 11:03:10 | 2016-02-15 08:47:29
    Modified Time | - | 2016-02-15 10:00:02 | 2016-02-14 11:05:51 | 2016-02-15 09:12:30
    City | city | Pune | Bengaluru | Austin
    Lead Status | - | Contacted | Not Contacted | Junk Lead
  `),
  set({ id: 'en-zoho-leads-record-columns-revenue', kind: 'Zoho CRM lead record columns a .NET client asks for (owner, names, e-mail, company, employees, annual revenue, created by and time)', lang: 'en', source: 'index:37820573688 (a Zoho CRM API client for .NET, C#)' }, `
    Lead Owner | owner | Elif Kaya | Elif Kaya | Burak Demir
    First Name | firstName | Selin | Tom | Aylin
    Last Name | lastName | Arslan | Weller | Öztürk
    Email | email | selin@exriz.example | tom.weller@example.com | aylin.ozturk@example.com.tr
    Company | companyName | Exriz | Weller Tools | Öztürk Tekstil
    No of Employees | - | 25 | 140 | 60
    Annual Revenue | - | 1200000 | 9800000 | 3400000
    Created By | - | Elif Kaya | Elif Kaya | Burak Demir
    Created Time | - | 2019-05-06 10:22:11 | 2019-05-07 14:05:40 | 2019-05-09 09:31:02
  `),
  set({ id: 'en-music-producer-students-import-14', kind: 'music production coach\'s student list import columns shown on its import page (e-mail, names, phone, tags, score, DAW, music type, goals, artist alias, level, city, state, country)', lang: 'en', source: 'index:26428374470 (a music coaching CRM\'s contacts page with CSV import, TypeScript)' }, `
    Email | email | kai.beats@example.com | lena.m@example.net | dre.audio@example.org
    First Name | firstName | Kai | Lena | Andre
    Last Name | lastName | Ortiz | Marsh | Young
    Phone | phone | 555-0131 | 555-0176 | 555-0102
    Tags | tags | trap;ableton;beginner | edm;fl-studio | rnb;logic;advanced
    Score | - | 38 | 72 | 88
    DAW | - | Ableton Live | FL Studio | Logic Pro
    Type of Music | - | Hip-Hop | EDM | R&B
    Goals | - | Finish a first beat tape | Release an EP | Get placements
    # The artist alias the student releases under is not imported (no field for a stage name).
    Music Alias | - | KaiO | LNM | Dre Young
    Student Level | - | Beginner | Intermediate | Advanced
    City | city | Phoenix | Denver | Atlanta
    State | state | AZ | CO | GA
    Country | country | USA | USA | USA
  `),
  set({ id: 'en-sales-dialer-results-outcome-reviews', kind: 'sales dialer\'s call results file (timestamp, outcome, then the lead\'s e-mail, names, company, industry, phone, address, city, state, reviews, website, note)', lang: 'en', source: 'index:12847152201 (a cold-calling dialer for local businesses, Python)' }, `
    Timestamp | - | 2025-06-02T10:14:03 | 2025-06-02T10:21:47 | 2025-06-02T10:35:12
    Outcome | - | No Answer | Interested | Not Interested
    Email | email | owner@sunsetplumbing.example | info@bellavistadental.example | ""
    First Name | firstName | Rick | Alana | Tom
    Last Name | lastName | Sawyer | Cho | Pruitt
    Company | companyName | Sunset Plumbing | Bella Vista Dental | Pruitt Auto Body
    Industry | - | Plumbing | Dentist | Auto Repair
    Phone | phone | (602) 555-0187 | (480) 555-0123 | (623) 555-0164
    # The business's address is the only address the file has: the contact's address.
    Address | address1 | 1420 W Camelback Rd | 77 E Baseline Rd | 9010 N 43rd Ave
    City | city | Phoenix | Tempe | Glendale
    State | state | AZ | AZ | AZ
    Reviews | - | 128 | 342 | 57
    # A company's website in a list of companies with a contact person is not imported (the older parts' choice).
    Website | - | sunsetplumbing.example | bellavistadental.example | ""
    Note | - | Call back after 3pm | Wants pricing | ""
  `),
  set({ id: 'en-isp-partner-users-report-freeside', kind: 'ISP admin CLI\'s partner users report (e-mail, names, telephone, status, billing system customer number, account dates and type, cancel dates, merchant)', lang: 'en', source: 'index:16531359265 (an ISP\'s admin command line, partner users report, JavaScript)' }, `
    Email | email | jlopez@example.net | mkhan@example.com | tara.w@example.org
    First Name | firstName | Jorge | Maya | Tara
    Last Name | lastName | Lopez | Khan | Wells
    Telephone | phone | 4085550121 | 6505550188 | 4155550147
    Status | - | active | active | cancelled
    # The billing system's customer number of the user: the External ID.
    Freeside Customer Number | externalId | 100234 | 100871 | 101052
    Account Create Date | - | 2014-03-02 | 2015-07-19 | 2013-11-30
    Account Bill Date | - | 2 | 19 | 30
    # Residential or business: a kind of customer the user is filed under, Tags.
    Account Type | tags | residential | business | residential
    User Cancel Date | - | "" | "" | 2016-01-04
    Cancel On Date | - | "" | "" | 2016-01-31
    Merchant | - | sonic | sonic | partnernet
  `),
  set({ id: 'en-xero-contacts-export-account-tax-type', kind: 'Xero contacts import CSV an Australian practice app exports (contact name, e-mail, first and last name, account number, tax number, contact type)', lang: 'en', defaultCountry: 'AU', source: 'index:53415404562 (a practice management app\'s data export route, Xero formats, TypeScript)' }, `
    # The app fills Xero's contact name with the business's name and leaves first and last name empty: the Company name.
    *ContactName | companyName | Coastline Physio Pty Ltd | Harbour Joinery | Redgum Cafe
    EmailAddress | email | accounts@coastlinephysio.example.au | office@harbourjoinery.example.au | hello@redgumcafe.example.au
    FirstName | firstName | "" | "" | ""
    LastName | lastName | "" | "" | ""
    # The app writes the ABN into the account number too; a customer's account number is the External ID.
    AccountNumber | externalId | 51824753556 | 33102417032 | 74599608295
    TaxNumber | - | 51824753556 | 33102417032 | 74599608295
    # Customer or Supplier: a kind the contact is filed under, Tags.
    ContactType | tags | Customer | Supplier | Customer
  `),
  set({ id: 'en-customers-sample-scrubbed-dob', kind: 'the well-known customers sample CSV with a date of birth column, as a snapshot testing library\'s docs show it scrubbed (index, customer id, names, company, city, country, phone, birth date)', lang: 'en', source: 'index:69101212328 (a snapshot testing library family\'s notes, CSV scrubbing sample, Markdown)' }, `
    Index | - | 1 | 2 | 3
    Customer Id | externalId | 7C1eA9b2D4f0E13 | 4aB8e2C6d1F9a05 | E92fD0b7c3A4e61
    First Name | firstName | Colette | Brandon | Imani
    Last Name | lastName | Hardin | Keller | Osei
    Company | companyName | Whitfield-Moss | Calder Group | Nyberg and Sons
    City | city | North Janelle | Port Rodney | Lake Simone
    Country | country | Portugal | Canada | Ghana
    Phone | phone | 229.555.0154 | 5155550176 | +1-312-555-0119
    Dob | dateOfBirth | 1984-02-11 | 1979-09-30 | 1992-06-04
  `),
  set({ id: 'en-wab-style-contacts-two-emails-notes', kind: 'Windows Address Book style contacts CSV as an importer test writes it (names, e-mail and e-mail 2, company, notes)', lang: 'en', source: 'index:54899162035 (a contacts converter\'s CSV importer tests, Python)' }, `
    First Name | firstName | Gwen | Theo | Marisol
    Last Name | lastName | Alder | Brandt | Quintero
    E-mail Address | email | gwen.alder@example.com | theo@brandt.example | marisol.q@example.org
    E-mail 2 Address | additionalEmails | g.alder@work.example | "" | mquintero@studio.example
    Company | companyName | Alder Books | "" | Quintero Studio
    Notes | - | met at the fair | "" | prefers e-mail
  `),
  set({ id: 'en-outlook-csv-numbered-email-columns-favorite', kind: 'Outlook-style contacts CSV with numbered e-mail columns, as a contacts app\'s mapper test reads back its own export (first name, e-mail, e-mail 2, e-mail 7, favourite flag)', lang: 'en', source: 'index:61006059205 (a contacts app\'s Outlook CSV mapper tests, C#)' }, `
    First Name | firstName | Bianca | Clara | Dev
    E-mail Address | email | bianca@example.com | clara.m@example.net | dev.p@example.org
    E-mail 2 Address | additionalEmails | bianca.r@work.example | "" | dev@patel.example
    E-mail 7 Address | additionalEmails | bianca.old@example.com | "" | ""
    Favorite | - | true | false | false
  `),
  set({ id: 'en-outlook-export-thai-home-business-17', kind: 'Outlook contacts export as a contacts converter\'s test writes it (names, company, job title, department, business, home and mobile phones, business fax, two e-mails, home street lines, city, postcode, country, web page)', lang: 'en', defaultCountry: 'TH', source: 'index:70285995301 (a contacts format converter\'s tests, Outlook export case, Python)' }, `
    First Name | firstName | Somchai | Ploy | Anan
    Last Name | lastName | Srisuk | Chaiyaporn | Boonmee
    Company | companyName | Siam Builders | Lotus Design | ""
    Job Title | - | Site Manager | Designer | ""
    Department | - | Projects | Studio | ""
    # Typed phones only: the mobile is the main phone, the business and home phones additional ones.
    Business Phone | additionalPhones | 02-000-1101 | 02-000-2202 | ""
    Home Phone | additionalPhones | 02-000-1102 | "" | 053-000-303
    Mobile Phone | phone | 081-000-1103 | 089-000-2204 | 086-000-3305
    Business Fax | - | 02-000-1104 | "" | ""
    E-mail Address | email | somchai@siambuilders.example | ploy@lotusdesign.example | anan.b@example.co.th
    E-mail 2 Address | additionalEmails | somchai.s@example.co.th | "" | ""
    Home Street | address1 | 99/1 Sukhumvit Rd | 12 Nimman Rd | 45 Moo 3
    Home Street 2 | - | Soi 21 | "" | ""
    Home City | city | Bangkok | Chiang Mai | Lamphun
    Home Postal Code | postalCode | 10110 | 50200 | 51000
    Home Country/Region | country | Thailand | Thailand | Thailand
    Web Page | website | siambuilders.example | lotusdesign.example | ""
  `),
  set({ id: 'en-outlook-import-from-vcards-nickname-gender', kind: 'Outlook import CSV a vCard converter web page writes (names, suffix, nickname, two e-mails, two mobile phones, job title, company, home address, web page, birthday, notes, gender)', lang: 'en', source: 'index:39739073792 (a vCard to CSV converter page, Google and Outlook formats, JavaScript)' }, `
    First Name | firstName | Harold | Nina | Oscar
    Last Name | lastName | Finch | Varga | Lindqvist
    Suffix | - | Jr. | "" | ""
    Nickname | - | Harry | "" | Ozzie
    E-mail Address | email | harold.finch@example.com | nina@varga.example | oscar.l@example.se
    E-mail 2 Address | additionalEmails | hfinch@work.example | "" | ""
    # Two mobiles: the first is the main phone, the second an additional one.
    Mobile Phone | phone | +1 212 555 0147 | +36 30 555 0182 | +46 70 555 0133
    Mobile Phone 2 | additionalPhones | +1 212 555 0190 | "" | ""
    Job Title | - | Engineer | Architect | Chef
    Company | companyName | Thornhill Systems | Varga Studio | ""
    Home Street | address1 | 21 Elm Street | Andrássy út 12 | Götgatan 8
    Home City | city | New York | Budapest | Stockholm
    Home State | state | NY | "" | ""
    Home Postal Code | postalCode | 10001 | 1061 | 11646
    Home Country/Region | country | United States | Hungary | Sweden
    Web Page | website | haroldfinch.example | varga.example | ""
    Birthday | dateOfBirth | 1970-03-14 | 1988-09-02 | ""
    Notes | - | "" | met at conference | ""
    Gender | - | male | female | ""
  `),
  set({ id: 'en-stripe-customers-export-metadata-tag', kind: 'Stripe customers export a subscriber reconciliation tool rebuilds (customer id, description, e-mail, name, created, delinquent, plan, status, spend and payment figures, a metadata tag)', lang: 'en', source: 'index:61519623562 (a newsletter business\'s Stripe customers CSV builder tests, TypeScript)' }, `
    # Stripe's customer id: another system's id of the person, the External ID.
    id | externalId | cus_QxA1b2C3d4E5f6 | cus_QxG7h8I9j0K1l2 | cus_QxM3n4O5p6Q7r8
    Description | - | "" | annual plan via site | ""
    Email | email | lucia.ferraz@example.com | rafael@example.com.br | tania.m@example.org
    Name | name | Lúcia Ferraz | Rafael Quintas | Tânia Moura
    Created (UTC) | - | 2026-05-02 14:11 | 2026-05-09 08:40 | 2026-06-01 19:05
    Delinquent | - | false | false | true
    Plan | - | mensal | anual | mensal
    Status | - | active | active | past_due
    Total Spend | - | 59.70 | 199.00 | 19.90
    Payment Count | - | 3 | 1 | 1
    Refunded Volume | - | 0.00 | 0.00 | 0.00
    Dispute Losses | - | 0.00 | 0.00 | 0.00
    # A tag kept in Stripe's metadata: Tags.
    tag (metadata) | tags | newsletter | newsletter | lancamento
  `),
  set({ id: 'en-brevo-contact-import-string-sms', kind: 'Brevo contact import file a WooCommerce newsletter plugin builds for each subscriber (e-mail, first and last name, SMS number)', lang: 'en', source: 'index:45266658591 (a WooCommerce shop\'s Brevo newsletter sign-up hook, PHP)' }, `
    EMAIL | email | petra.holm@example.com | j.okoro@example.net | annika@example.org
    FIRSTNAME | firstName | Petra | James | Annika
    LASTNAME | lastName | Holm | Okoro | Berg
    # Brevo's SMS attribute holds the contact's mobile number: the Phone.
    SMS | phone | "" | +447700900412 | +4670555014
  `),
  set({ id: 'en-close-crm-leads-import-custom-company', kind: 'Close CRM lead import CSV read by an import script (company, contact name, contact e-mails and phones, custom founded and revenue fields, company US state)', lang: 'en', source: 'index:21987466030 (a Close CRM leads import script, Python)' }, `
    # The rows are companies (Close leads) with one contact person: the company is the Company name, the person the Name.
    Company | companyName | Bluewater Analytics | Ridgeline Solar | Copperfield Bakery
    Contact Name | name | Megan Shaw | Luis Ortega | Hannah Price
    Contact Emails | email | megan@bluewateranalytics.example | luis.ortega@ridgelinesolar.example | hannah@copperfieldbakery.example
    Contact Phones | phone | +1 415 555 0143 | +1 303 555 0188 | +1 614 555 0102
    custom.Company Founded | - | 2014 | 2009 | 1996
    custom.Company Revenue | - | 4200000 | 12500000 | 850000
    # The lead's state is where the company is, the only address the file has: the State.
    Company US State | state | CA | CO | OH
  `),
  set({ id: 'en-dynamics-partner-prospects-work-phone-comments', kind: 'prospect list a Microsoft partner\'s lead scanner imports, as its browser test writes it (company, names, e-mail, work phone, title, comments)', lang: 'en', source: 'index:65738901167 (a partner lead scanner\'s end-to-end test, JavaScript)' }, `
    Company Name | companyName | Harlow Fabrication | Kestrel Health | Brightline Freight
    First Name | firstName | Dana | Victor | Elise
    Last Name | lastName | Moreau | Kim | Fontaine
    Email | email | dana.moreau@harlowfab.example | vkim@kestrelhealth.example | elise@brightlinefreight.example
    # The only phone the file has, typed "work": the main phone.
    Work Phone | phone | (212) 555-0134 | 602-555-0177 | (317) 555-0129
    Title | - | IT Manager | CFO | Operations Manager
    Comments | - | Wants a demo in May | Renewal due in Q3 | ""
  `),
  set({ id: 'en-hubspot-sequences-outreach-export-owner', kind: 'HubSpot sequences upload a go-to-market agent writes for each outreach batch (e-mail, names, company, job title, contact owner)', lang: 'en', source: 'index:53399588402 (an outreach agent\'s export formats guide, Markdown)' }, `
    Email | email | priya@loomworks.example | sam.ortiz@fieldnote.example | kgreen@harborline.example
    First Name | firstName | Priya | Sam | Kelly
    Last Name | lastName | Nair | Ortiz | Green
    Company | companyName | Loomworks | Fieldnote | Harborline
    Job Title | - | Head of RevOps | VP Sales | Founder
    Contact owner | owner | Alex Rivera | Alex Rivera | Jordan Blake
  `),
  set({ id: 'en-icontact-export-street-zip-notes', kind: 'iContact import CSV a realtor CRM exports its contacts to (e-mail, names, company, job title, phone, street, city, state, zip, notes)', lang: 'en', source: 'index:70469312484 (a realtor CRM\'s export tests, iContact and vCard formats, TypeScript)' }, `
    Email | email | nora@desertbloom.example | dwayne.k@example.com | lisa.tran@example.net
    First Name | firstName | Nora | Dwayne | Lisa
    Last Name | lastName | Abara | King | Tran
    Company | companyName | Desert Bloom Realty | "" | Tran Home Staging
    Job Title | - | Managing Broker | "" | Owner
    Phone | phone | (602) 555-0166 | (480) 555-0119 | (623) 555-0170
    Street | address1 | 2100 E Camelback Rd | 815 W University Dr | 4420 W Bell Rd
    City | city | Phoenix | Tempe | Glendale
    State | state | AZ | AZ | AZ
    Zip | postalCode | 85016 | 85281 | 85308
    Notes | - | Referral partner | Buyer, pre-approved | ""
  `),
  set({ id: 'en-lead-import-test-au-phone-number', kind: 'lead import test CSV of a small-business CRM in Australia (e-mail, names, company, job title, phone number)', lang: 'en', defaultCountry: 'AU', source: 'index:67301913537 (a CRM\'s lead CSV import tests, TypeScript)' }, `
    Email | email | nicole.h@harbourtiles.example | tom@bluegum.example | aisha.k@example.com.au
    First Name | firstName | Nicole | Tom | Aisha
    Last Name | lastName | Harding | Barker | Karimi
    Company | companyName | Harbour Tiles, Pty Ltd | Bluegum Electrical | ""
    Job Title | - | Owner | GM | ""
    Phone Number | phone | +61 411 555 123 | 02 9555 0184 | 0412 555 019
  `),
  set({ id: 'en-contacts-import-dialog-sample-country-tags', kind: 'sales app\'s contacts import dialog sample, lower-case headers (e-mail, names, company, job title, country, tags)', lang: 'en', source: 'index:70360756014 (a sales outreach app\'s import contacts dialog, React)' }, `
    email | email | morgan.reyes@ackerly.example | s.brennan@example.ie | yuki@tanabe.example
    first name | firstName | Morgan | Siobhan | Yuki
    last name | lastName | Reyes | Brennan | Tanabe
    company | companyName | Ackerly Inc. | Brennan Analytics | Tanabe Design
    job title | - | VP Marketing | Founder | Art Director
    country | country | United States | Ireland | Japan
    tags | tags | fintech | agency | design;apac
  `),
  set({ id: 'en-study-app-users-report-sep-line', kind: 'study planner\'s system report of its users exported for Excel, a "sep=," line above the header (id, name, e-mail, role, joined, syllabi and topic counts, progress, test figures, streaks, last active, finals)', lang: 'en', above: [['sep=,']], source: 'index:52543757475 (a study planner\'s admin report page with a CSV export, JavaScript)' }, `
    # A byte-order mark stands before the "sep=," line in the source; it is left out here.
    # The app's own user id in a list of people: the External ID.
    ID | externalId | 17 | 23 | 41
    Name | name | Aisha Rahman | Tomás Ortega | Grace Liu
    Email | email | aisha.r@example.edu | tomas.o@example.edu | grace.liu@example.edu
    Role | - | student | student | admin
    Joined | - | 2025-01-14 | 2025-02-02 | 2024-11-30
    Syllabi | - | 3 | 1 | 0
    Total Topics | - | 42 | 12 | 0
    Verified Topics | - | 30 | 4 | 0
    Progress % | - | 71.4 | 33.3 | 0
    Test Attempts | - | 18 | 5 | 0
    Tests Passed | - | 15 | 3 | 0
    Avg Score % | - | 82.5 | 64 | 0
    Current Streak | - | 6 | 0 | 0
    Longest Streak | - | 21 | 4 | 0
    Last Active | - | 2025-03-10 | 2025-02-27 | ""
    Finals Completed | - | 2 | 0 | 0
    Best Final Score % | - | 88 | 0 | 0
  `),
  withHeader(set({ id: 'en-apollo-export-funding-description-20', kind: 'Apollo contacts export as a lead profiling tool\'s test reads it (names, title, company and its name for e-mails, e-mail, seniority, departments, staff, industry, keywords, LinkedIn, website, city, state, country, funding, short description, Apollo contact id)', lang: 'en', source: 'index:69492067573 (a lead profiling tool\'s column planner tests, JavaScript)' }, `
    First Name | firstName | Rachel | Derek | Ines
    Last Name | lastName | Stein | Olsen | Carvalho
    Title | - | VP of Risk | Head of Procurement | CTO
    Company | companyName | Harbor Trust Bank | Fjord Freight | Lumen Optics
    # A second copy of the company's name: not imported.
    Company Name for Emails | - | Harbor Trust | Fjord Freight | Lumen
    Email | email | rachel@harbortrust.example | derek.olsen@fjordfreight.example | ines@lumenoptics.example
    Seniority | - | vp | head | c_suite
    Departments | - | Finance | Operations | Engineering
    EMPLOYEES_COUNT | - | 3100 | 340 | 45
    Industry | - | banking | logistics | optics
    Keywords | - | lending, compliance | freight, shipping | photonics
    # "# Employees" cannot be written in the table (a line starting with "#" is a comment): it is put back after parsing.
    # The person's LinkedIn profile is a link, not the person's own site; the company's site is the company's.
    Person Linkedin Url | - | http://www.linkedin.com/in/rachelstein-ex | http://www.linkedin.com/in/derekolsen-ex | http://www.linkedin.com/in/inescarvalho-ex
    Website | - | http://harbortrust.example | http://fjordfreight.example | http://lumenoptics.example
    City | city | Boston | Oslo | Lisbon
    State | state | Massachusetts | Oslo | Lisbon
    Country | country | United States | Norway | Portugal
    Total Funding | - | 42000000 | "" | 12000000
    Latest Funding | - | Series B | "" | Series A
    Short Description | - | Community bank for small firms | Nordic freight forwarder | Optical sensors for robots
    Apollo Contact Id | externalId | 5f1a2b3c4d5e6f7a8b9c0d1e | 60aa11bb22cc33dd44ee55ff | 61f0e1d2c3b4a59687766554
  `), 8, '# Employees'),
  withHeader(set({ id: 'en-apollo-export-four-phones-twitter-21', kind: 'Apollo people export with its phone columns as a sales CRM\'s lead import test writes it (names, title, company and its name for e-mails, e-mail and status, seniority, first, work direct, mobile and corporate phones, staff, industry, LinkedIn, website, company LinkedIn, Twitter, city, state, country)', lang: 'en', source: 'index:70560391392 (a sales CRM\'s lead CSV import tests, Python)' }, `
    First Name | firstName | Omar | Karim | Sofia
    Last Name | lastName | Khalil | Haddad | Marin
    Title | - | CFO | Head of IT | Travel Manager
    Company | companyName | Desert Rose Holdings | Cedar Logistics | Adriatic Tours
    Company Name for Emails | - | Desert Rose Holdings LLC | Cedar | Adriatic Tours
    Email | email | omar@desertrose.example | karim.h@cedarlogistics.example | sofia.marin@adriatictours.example
    Email Status | - | Verified | Verified | Guessed
    Seniority | - | C suite | Head | Manager
    # Apollo's first phone is the person's best number, untyped: the main phone; the typed ones are additional.
    First Phone | phone | +971 55 555 0202 | +961 3 555 010 | ""
    Work Direct Phone | additionalPhones | "" | +961 1 555 020 | +385 1 555 0303
    Mobile Phone | additionalPhones | +971 55 555 0202 | "" | +385 91 555 0404
    # The company's switchboard number is the company's, not the person's.
    Corporate Phone | - | +971 2 555 0000 | +961 1 555 000 | +385 1 555 0000
    EMPLOYEES_COUNT | - | 260 | 800 | 35
    Industry | - | Investment Management | Logistics | Leisure, Travel & Tourism
    Person Linkedin Url | - | http://www.linkedin.com/in/omar-khalil-ex | http://www.linkedin.com/in/karimhaddad-ex | ""
    Website | - | http://www.desertrose.example | http://www.cedarlogistics.example | http://www.adriatictours.example
    Company Linkedin Url | - | http://www.linkedin.com/company/desert-rose-ex | "" | http://www.linkedin.com/company/adriatic-tours-ex
    Twitter Url | - | https://twitter.com/omark_ex | "" | ""
    City | city | Abu Dhabi | Beirut | Split
    State | state | Abu Dhabi | Beirut | Split-Dalmatia
    Country | country | United Arab Emirates | Lebanon | Croatia
  `), 12, '# Employees'),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-kontakt-import-typ-firmenname-land', kind: 'contact import preview test\'s German semicolon CSV (type, company name, first and last name, e-mail, phone, street, postcode, town, country)', lang: 'de', defaultCountry: 'DE', source: 'index:71169723384 (a Django CRM\'s contact import preview tests, Python)' }, `
    # "Typ" says whether the row is a company or a person: a record type, not a group the contact is filed under.
    Typ | - | Firma | Person | Person
    Firmenname | companyName | Küstenlicht GmbH | "" | Elbwerk Metallbau KG
    Vorname | firstName | "" | Henrike | Torsten
    Nachname | lastName | "" | Albrecht | Kühne
    E-Mail | email | kontakt@kuestenlicht.example | h.albrecht@example.de | t.kuehne@elbwerk.example
    Telefon | phone | +49 40 3344551 | 0171 2233445 | 040 7788990
    Straße | address1 | Kehrwieder 4 | Lindenweg 7 | Billstraße 112
    PLZ | postalCode | 20459 | 22087 | 20539
    Ort | city | Hamburg | Hamburg | Hamburg
    Land | country | de | de | de
  `),
  set({ id: 'de-sevdesk-kunden-export-kategorie-mobil', kind: 'sevDesk customer export as an invoicing app\'s import test writes it (customer number, salutation, names, organisation, category, street, postcode, town, phone, mobile, e-mail)', lang: 'de', defaultCountry: 'DE', source: 'index:70083501114 (a trades invoicing app\'s customer import tests, TypeScript)' }, `
    Kunden-Nr. | externalId | 1000 | 1001 | 1002
    Anrede | - | "" | Frau | Herr
    Vorname | firstName | "" | Sabine | Jörg
    Nachname | lastName | "" | Lorenz | Hartl
    # The rows mix companies and persons: the organisation is the Company name.
    Organisation | companyName | Zimmerei Brandl GmbH | "" | Hartl Haustechnik
    Kategorie | tags | Kunde | Kunde | Lieferant
    Straße | address1 | Sendlinger Str. 9 | Amselweg 14 | Gewerbepark 3
    PLZ | postalCode | 80469 | 60311 | 93047
    Ort | city | München | Frankfurt | Regensburg
    Telefon | phone | "" | 069 4455667 | 0941 223344
    Mobil | additionalPhones | 0151 7788990 | "" | 0170 5566778
    E-Mail | email | info@brandl-zimmerei.example | s.lorenz@example.de | joerg@hartl-haustechnik.example
  `),
  set({ id: 'de-kontakte-import-vorschau-go-test-vier', kind: 'contacts import preview test\'s comma CSV (first and last name, e-mail, phone)', lang: 'de', defaultCountry: 'DE', source: 'index:61473165144 (a contacts service\'s CSV import preview tests, Go)' }, `
    Vorname | firstName | Marlene | Kurt | Aylin
    Nachname | lastName | Fischer | Brandt | Demir
    E-Mail | email | marlene.fischer@example.de | k.brandt@example.com | aylin.demir@example.de
    Telefon | phone | +49301234567 | +49892345678 | +49403456789
  `),
  set({ id: 'de-ch-js-teilnehmende-export-gross-ahv', kind: 'Swiss youth sports (J+S) participants export a club tool reads, in capitals (person number, name, first name, birth date, sex, AHV number, PEID, nationality, mother tongue, street, house number, postcode, town, country)', lang: 'de', defaultCountry: 'CH', source: 'index:66228849490 (a club\'s J+S course tool documentation, Markdown)' }, `
    # The J+S person number is the participant's id in the federal system: the External ID.
    PERSONENNUMMER | externalId | 100596231 | 100612874 | 100640019
    NAME | lastName | Brunner | Keller | Da Silva
    VORNAME | firstName | Noah | Lea | Tiago
    GEBURTSDATUM | dateOfBirth | 14.05.2016 | 02.11.2015 | 27.08.2017
    GESCHLECHT | - | M | W | M
    AHVN_NR | - | 756.1234.5678.90 | 756.9876.5432.10 | 756.5555.4444.33
    # A second id of the person: not imported.
    PEID | - | "" | 4471 | ""
    NATIONALITÄT | - | CH | CH | PT
    MUTTERSPRACHE | - | DE | DE | PT
    STRASSE | address1 | Bahnhofstrasse | Seeweg | Zürcherstrasse
    HAUSNUMMER | - | 12 | 3a | 88
    PLZ | postalCode | 8340 | 8620 | 8610
    ORT | city | Hinwil | Wetzikon | Uster
    LAND | country | CH | CH | CH
  `),
  set({ id: 'de-rechnung-kunden-vorlage-name-ust', kind: 'invoicing tool\'s customer import template (name, street, house number, postcode, town, country, e-mail, VAT id)', lang: 'de', defaultCountry: 'DE', source: 'index:70564245504 (an invoicing app\'s customer CSV import, TypeScript)' }, `
    # The template's rows are invoice recipients, firms with a VAT id: the name is the Company name.
    Name | companyName | Holzbau Weber GmbH | Praxis Dr. Lenz | Café Sonnenhof OHG
    Straße | address1 | Industriestraße | Marktplatz | Seestraße
    Hausnummer | - | 14 | 3 | 27
    PLZ | postalCode | 79108 | 72070 | 88045
    Ort | city | Freiburg | Tübingen | Friedrichshafen
    Land | country | DE | DE | DE
    E-Mail | email | rechnung@holzbau-weber.example | praxis@lenz.example | info@sonnenhof.example
    USt-IdNr. | - | DE287654321 | "" | DE301234567
  `),
  set({ id: 'de-buchhaltung-muster-kunden-kommentarzeilen', kind: 'accounting app\'s sample customer CSV with one comment line per column above the header (company, names, street, house number, postcode, town, country, e-mail, phone, VAT id, customer number, attention of, notes, cash discount)', lang: 'de', defaultCountry: 'DE', above: [['# firmenname: Firmenname (leer bei Privatperson)'], ['# vorname: Vorname'], ['# nachname: Nachname'], ['# strasse: Straße (ohne Hausnummer)'], ['# hausnummer: Hausnummer'], ['# plz: Postleitzahl'], ['# ort: Ort'], ['# land: Länderkürzel (z.B. DE, AT, CH)'], ['# email: E-Mail-Adresse'], ['# telefon: Telefonnummer'], ['# ust_idnr: Umsatzsteuer-ID (z.B. DE123456789)'], ['# kundennummer: Eigene Kundennummer (leer = automatisch)'], ['# z_hd: Zu Händen'], ['# notizen: Interne Notizen'], ['# skonto_prozent: Skonto in Prozent (z.B. 2.00)'], ['# skonto_tage: Skonto-Zahlungsziel in Tagen']], source: 'index:54964603853 (a small-business accounting app\'s import router with sample CSVs, Python)' }, `
    firmenname | companyName | Malerbetrieb Kraus GmbH | "" | Autohaus Seidel
    vorname | firstName | "" | Petra | Uwe
    nachname | lastName | Kraus | Vogt | Seidel
    strasse | address1 | Werkstraße | Birkenallee | Ulmer Straße
    hausnummer | - | 4 | 19 | 101
    plz | postalCode | 70565 | 81479 | 89073
    ort | city | Stuttgart | München | Ulm
    land | country | DE | DE | DE
    email | email | info@maler-kraus.example | petra.vogt@example.de | service@autohaus-seidel.example
    telefon | phone | 0711 334455 | "" | 0731 9988776
    ust_idnr | - | DE198765432 | "" | DE223344556
    kundennummer | externalId | 10001 | 10002 | 10003
    # "Zu Händen" names the person a firm's post is addressed to, beside the name columns: not imported.
    z_hd | - | Herr Kraus | "" | Frau Seidel
    notizen | - | Stammkunde | "" | Zahlt per Lastschrift
    skonto_prozent | - | 2.00 | "" | 3.00
    skonto_tage | - | 10 | "" | 14
  `),
  set({ id: 'de-at-firmen-adapter-test-webseite', kind: 'Austrian company list as a lead tool\'s CSV adapter test reads it (company, street, house number, postcode, town, country, phone, e-mail, website)', lang: 'de', defaultCountry: 'AT', source: 'index:61982645854 (a lead list tool\'s CSV adapter tests, TypeScript)' }, `
    Firma | companyName | Steinbauer Tischlerei GmbH | Hofer Elektro e.U. | Donau Logistik AG
    Straße | address1 | Gewerbestraße | Landstraße | Hafenstraße
    Hausnummer | - | 9 | 21 | 40
    PLZ | postalCode | 4600 | 4020 | 4020
    Ort | city | Wels | Linz | Linz
    Land | country | Österreich | AT | Österreich
    Telefon | phone | 07242 654321 | +43 732 661122 | 0732 776655
    E-Mail | email | office@steinbauer.example | "" | info@donaulogistik.example
    # The rows are firms without a contact person: the firm's own site is the Website.
    Webseite | website | www.steinbauer.example | hofer-elektro.example | www.donaulogistik.example
  `),
  set({ id: 'de-basketball-spieler-import-erziehungsberechtigte', kind: 'youth basketball club\'s player import CSV in its README (first and last name, birth date, player licence number, jersey and shorts sizes, a parent\'s names, phone and e-mail)', lang: 'de', defaultCountry: 'DE', source: 'index:47102207717 (a basketball club\'s kit management README, Markdown)' }, `
    vorname | firstName | Leon | Mia | Jonas
    nachname | lastName | Hoffmann | Schulz | Wagner
    geburtsdatum | dateOfBirth | 2015-05-21 | 2014-07-02 | 2016-01-28
    # The federation's licence (TNA) number of the player is a code the player is filed under: the External ID.
    tna_nr | externalId | 12345601 | 12345602 | 12345603
    konfektionsgroesse_jersey | - | 146 | 152 | 128
    konfektionsgroesse_hose | - | 140 | 146 | 128
    # The parent's columns of a player list are not imported.
    erz_vorname | - | Katrin | Stefan | Anja
    erz_nachname | - | Hoffmann | Schulz | Wagner
    erz_telefon | - | 0170 1112223 | 0152 3334445 | 0176 5556667
    erz_email | - | k.hoffmann@example.de | s.schulz@example.de | anja.wagner@example.de
  `),
  set({ id: 'de-helfer-export-ressort', kind: 'event volunteers export (first and last name, e-mail, phone, the team area the helper works in)', lang: 'de', defaultCountry: 'DE', source: 'index:8850115336 (a volunteer planning app\'s CSV service, Java)' }, `
    Vorname | firstName | Jannik | Leonie | Murat
    Nachname | lastName | Brückner | Hahn | Aksoy
    Email | email | jannik.brueckner@example.de | leonie.hahn@example.de | murat.aksoy@example.de
    Telefon | phone | 0176 22334455 | 0151 99887766 | 0160 1122334
    # The "Ressort" a helper is assigned to (bar, entry, stage) is a team the person belongs to: Tags.
    Ressort | tags | Bar | Einlass | Bühne
  `),
  set({ id: 'de-makler-import-format-versicherer-kunden', kind: 'insurance agents import format shown in an insurance app (first and last name, e-mail, phone, street, postcode, town, years, number of clients, insurer)', lang: 'de', defaultCountry: 'DE', source: 'index:51867643605 (an insurance sales app\'s agent import panel, React)' }, `
    Vorname | firstName | Tobias | Sandra | Dirk
    Nachname | lastName | Ebert | Roth | Kaiser
    Email | email | t.ebert@example.de | sandra.roth@example.de | dirk.kaiser@example.de
    Telefon | phone | 089 4561237 | 0711 2345678 | 0221 3456789
    Strasse | address1 | Leopoldstr. 23 | Königstraße 40 | Hohe Straße 12
    PLZ | postalCode | 80802 | 70173 | 50667
    Ort | city | München | Stuttgart | Köln
    Jahre | - | 12 | 4 | 21
    Kunden | - | 340 | 85 | 610
    # The insurer an agent works for is the agent's employer: the Company name.
    Versicherer | companyName | Allianz | HUK-Coburg | ERGO
  `),
  set({ id: 'de-at-parkplatz-personen-import-bom', kind: 'Austrian parking app\'s person import test CSV with a byte-order mark (first and last name, e-mail, phone, address)', lang: 'de', defaultCountry: 'AT', source: 'index:61369554141 (a parking space app\'s person import integration tests, Go)' }, `
    # The first header cell starts with a byte-order mark in the source; it is left out here.
    vorname | firstName | Katharina | Bernd | Selma
    nachname | lastName | Gruber | Pichler | Hadžić
    email | email | k.gruber@example.at | "" | selma.h@example.at
    telefon | phone | +43 1 5123456 | +43 316 812345 | +43 662 871234
    # A whole address in one column, the only address the file has: the Address line.
    adresse | address1 | Wien | Graz | Salzburg
  `),
  set({ id: 'de-hausverwaltung-kontakte-musterdatei-13', kind: 'property services CRM\'s sample contacts CSV (company, type, salutation, names, e-mail, phone, mobile, street, postcode, town, VAT id, notes)', lang: 'de', defaultCountry: 'DE', source: 'index:62041006755 (a facility services CRM\'s contacts page with CSV and Excel import, PHP)' }, `
    Firma | companyName | Hausverwaltung Brandt GmbH | "" | Immobilien Seitz KG
    # A kind the contact is filed under (property manager, owner, tenant): Tags.
    Typ | tags | hausverwaltung | eigentuemer | hausverwaltung
    Anrede | - | Frau | Herr | Herr
    Vorname | firstName | Claudia | Werner | Florian
    Nachname | lastName | Brandt | Ostermann | Seitz
    Email | email | info@brandt-hv.example | w.ostermann@example.de | f.seitz@seitz-immo.example
    Telefon | phone | 0911 234567 | "" | 0911 765432
    Mobil | additionalPhones | 0171 3344556 | 0152 9988776 | ""
    Strasse | address1 | Königstraße 5 | Rosenweg 9 | Fürther Str. 88
    PLZ | postalCode | 90403 | 90489 | 90429
    Ort | city | Nürnberg | Nürnberg | Nürnberg
    USt-ID | - | DE234567891 | "" | DE345678912
    Notizen | - | Betreut 9 Objekte | "" | Winterdienst-Vertrag
  `),
  set({ id: 'de-benutzer-import-format-passwort-rolle', kind: 'a portal\'s user import format (user name, password, role, names, e-mail, phone, gender, birth date)', lang: 'de', defaultCountry: 'DE', source: 'index:68355799706 (a web portal\'s admin user CSV import, React)' }, `
    # The login name is the only id of the person in the file: the External ID, like a user id.
    Benutzername | externalId | lmeyer | tkoch | aschulz
    Passwort | - | Start!2024 | Start!2024 | Start!2024
    Rolle | - | Trainer | Mitglied | Mitglied
    Vorname | firstName | Lukas | Tanja | Anton
    Nachname | lastName | Meyer | Koch | Schulz
    Email | email | lukas.meyer@example.de | tanja.koch@example.de | anton.schulz@example.de
    Telefon | phone | 0170 1234567 | 0151 7654321 | ""
    Geschlecht | - | m | w | m
    Geburtsdatum | dateOfBirth | 12.03.1985 | 27.11.1990 | 04.06.2008
  `),
  set({ id: 'de-theater-reservierungen-export-14', kind: 'seat reservations export (reservation number, date, names, e-mail, phone, seats, groups, total, status, remarks, IP address, booking and confirmation times)', lang: 'de', defaultCountry: 'DE', source: 'index:14010373528 (a seat booking app, JavaScript)' }, `
    Reservierungsnummer | - | R-2024-0107 | R-2024-0108 | R-2024-0109
    Datum | - | 14.12.2024 | 14.12.2024 | 15.12.2024
    Vorname | firstName | Gisela | Peter | Nadine
    Nachname | lastName | Brenner | Kolb | Adler
    Email | email | gisela.brenner@example.de | peter.kolb@example.de | nadine.adler@example.de
    Telefon | phone | 07121 334455 | 0170 5566778 | ""
    Sitze | - | A12, A13 | C4 | B7, B8, B9
    Gruppen | - | Erwachsene | Ermäßigt | Erwachsene
    Gesamtbetrag | - | 36,00 € | 12,00 € | 54,00 €
    Status | - | bestätigt | offen | bestätigt
    Bemerkungen | - | Rollstuhlplatz | "" | ""
    IP-Adresse | - | 192.0.2.14 | 198.51.100.7 | 203.0.113.21
    Buchungszeitpunkt | - | 01.12.2024 18:22 | 02.12.2024 09:10 | 03.12.2024 20:45
    Bestätigungszeitpunkt | - | 01.12.2024 18:30 | "" | 03.12.2024 21:02
  `),
  set({ id: 'de-testdaten-personen-24-spalten', kind: 'made-up person records a test data generator writes to CSV, 24 columns (surname, first name, sex, birth date, street, house number, postcode, town, country, phone, e-mail, relationship status, children, religion, politics, orientation, figure, smoker, alcohol, drugs, job, income, interests, music)', lang: 'de', defaultCountry: 'DE', source: 'index:18121722620 (a test data generator for a dating site, Perl)' }, `
    Nachname | lastName | Kessler | Yıldız | Brandt
    Vorname | firstName | Miriam | Deniz | Holger
    Geschlecht | - | weiblich | männlich | männlich
    Geburtsdatum | dateOfBirth | 03.04.1987 | 19.12.1992 | 28.07.1975
    Strasse | address1 | Lindenstraße | Am Rosengarten | Hauptstraße
    Hausnummer | - | 17 | 4a | 102
    PLZ | postalCode | 50674 | 44135 | 01067
    Ort | city | Köln | Dortmund | Dresden
    Land | country | Deutschland | Deutschland | Deutschland
    Telefonnummer | phone | 0221 4455667 | 0231 9988776 | 0351 1122334
    E-Mail Adresse | email | miriam.kessler@example.de | deniz.yildiz@example.de | h.brandt@example.de
    Beziehungsstatus | - | ledig | in einer Beziehung | geschieden
    Kinder | - | 0 | 0 | 2
    Religion | - | keine | keine | evangelisch
    Politische Einstellung | - | liberal | links | konservativ
    Sexuelle Orientierung | - | heterosexuell | bisexuell | heterosexuell
    Figur | - | sportlich | schlank | normal
    Raucher | - | nein | ja | nein
    Alkohol | - | gelegentlich | gelegentlich | nein
    Andere Drogen | - | nein | nein | nein
    Beruf | - | Lehrerin | Student | Schreiner
    Einkommen ca. in € | - | 3200 | 800 | 2900
    Interessen | - | Wandern, Lesen | Fußball | Angeln
    Musik | - | Jazz | Hip-Hop | Rock
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-be-hogeschool-studenten-sjabloon-gsm-bus', kind: 'Belgian college internship app\'s student import template (first name, name, street, house number, box, postcode, municipality, mobile number, e-mail, study track)', lang: 'nl', defaultCountry: 'BE', source: 'index:1663289208 (an internship platform\'s user import controller with CSV templates, C#)' }, `
    voornaam | firstName | Lotte | Wout | Amina
    # A Belgian "naam" next to "voornaam" is the last name.
    naam | lastName | Peeters | Van Damme | El Idrissi
    straat | address1 | Kerkstraat | Diestsesteenweg | Brusselsestraat
    huisnr | - | 12 | 204 | 7
    # The box number ("bus") is part of the house number: not imported.
    bus | - | "" | 3 | B
    pc | postalCode | 2440 | 3010 | 1000
    gemeente | city | Geel | Kessel-Lo | Brussel
    gsmnummer | phone | 0478 12 34 56 | 0495 65 43 21 | 0486 11 22 33
    e-mailadres | email | lotte.peeters@student.example.be | wout.vandamme@student.example.be | amina.elidrissi@student.example.be
    afstudeerrichting | - | Toegepaste Informatica | Bedrijfsmanagement | Toegepaste Informatica
  `),
  set({ id: 'nl-be-klassen-import-voornaam-naam-groep', kind: 'class app\'s pupil import format shown on its upload step (first name, name, e-mail, group)', lang: 'nl', defaultCountry: 'BE', source: 'index:56698657646 (a school app\'s pupil import dialog, TypeScript)' }, `
    Voornaam | firstName | Yasmine | Jonas | Elif
    Naam | lastName | Haddad | Claes | Yildiz
    Email | email | yasmine.haddad@example.be | jonas.claes@example.be | elif.yildiz@example.be
    # The group a pupil is put in is a group the person belongs to: Tags.
    Groep | tags | Groep 1 | Groep 2 | Groep 1
  `),
  set({ id: 'nl-be-studentenpunten-rapport-export', kind: 'Belgian college\'s student marks export (e-mail, first name, name, report part, sub-group code, mark, mark code, exam chance, share, exam period)', lang: 'nl', defaultCountry: 'BE', source: 'index:46251248524 (a student marks tool\'s Student model reading a CSV, Java)' }, `
    email | email | sara.wouters@student.example.be | tibo.maes@student.example.be | noor.jacobs@student.example.be
    voornaam | firstName | Sara | Tibo | Noor
    naam | lastName | Wouters | Maes | Jacobs
    rapportonderdeel | - | Databanken | Programmeren 1 | Databanken
    deelgroepcode | - | 1TI-A | 1TI-B | 1TI-A
    punt | - | 14 | 9 | 17
    puntcodeafk | - | "" | "" | GR
    exkansomschr | - | 1e kans | 2e kans | 1e kans
    kansaandeel | - | 100 | 100 | 100
    experiodeomschr | - | Januari | Augustus | Januari
  `),
  set({ id: 'nl-adresboek-import-naam-geboortedatum', kind: 'family planner\'s address book CSV as its import test writes it (name, phone, e-mail, address, postcode, town, country, birth date)', lang: 'nl', defaultCountry: 'NL', source: 'index:55853770413 (a family planner\'s address book import tests, TypeScript)' }, `
    Naam | name | Familie Bos | Oma Riet | Sanne Mulder
    Telefoon | phone | 0623456781 | 0101234567 | 0687654321
    E-mail | email | familie.bos@example.nl | "" | sanne.mulder@example.nl
    Adres | address1 | Lindelaan 4 | Molenweg 17 | Kastanjeplein 2
    Postcode | postalCode | 2611 AB | 3011 CD | 2725 EF
    Plaats | city | Delft | Rotterdam | Zoetermeer
    Land | country | Nederland | Nederland | Nederland
    Geboortedatum | dateOfBirth | "" | 1941-03-02 | 1990-11-23
  `),
  set({ id: 'nl-be-kadaster-eigenaars-export-18', kind: 'Belgian land registry owners file a PowerShell script writes per parcel (ownership id, parcel key, party id, national number, names, address, municipality codes, country, language, right, share, types)', lang: 'nl', defaultCountry: 'BE', source: 'index:11626541100 (a land registry extract parser writing owner CSVs, PowerShell)' }, `
    # The party id is the owner's id in the registry: the External ID; the ownership row id is not.
    EigendomID | - | 1 | 2 | 3
    Capakey | - | 12004A0123/00B000 | 12004A0123/00B000 | 12004B0456/00C000
    PartijID | externalId | 5551201 | 5551202 | 5551377
    INSZ | - | 75.04.12-123.45 | 78.09.30-234.56 | 61.01.05-345.67
    Achternaam | lastName | Verhoeven | Verhoeven-Janssens | De Wilde
    Voornaam | firstName | Marc | Katrien | Hilde
    Straat | address1 | Stationsstraat | Stationsstraat | Lindenlaan
    Huisnummer | - | 45 | 45 | 3
    Postcode | postalCode | 2800 | 2800 | 2500
    Gemeente | city | Mechelen | Mechelen | Lier
    NISCodeGemeente | - | 12025 | 12025 | 12021
    Land | country | België | België | België
    ISOCodeLand | - | BE | BE | BE
    Taal | - | NL | NL | NL
    ZakelijkRecht | - | VE | VE | VE
    Aandeel | - | 1/2 | 1/2 | 1/1
    Type | - | natuurlijk persoon | natuurlijk persoon | natuurlijk persoon
    TypeNatuurlijkPersoon | - | eigenaar | eigenaar | eigenaar
  `),
  set({ id: 'nl-be-club-leden-start-familienaam', kind: 'club app\'s members file for a timing program, its header written with a START marker (family name, first name, birth date)', lang: 'nl', defaultCountry: 'BE', source: 'index:41612053800 (a sports club app\'s members file writer, C#)' }, `
    STARTfamilienaam | lastName | Goossens | Wuyts | Lambrecht
    voornaam | firstName | Ruben | Fien | Lars
    geboorteDatum | dateOfBirth | 12/04/2009 | 03/11/2010 | 27/06/2008
  `),
  set({ id: 'nl-scheidsrechters-aanstellingen-export', kind: 'sports referee assignments export (run and referee ids, pool, code, role, stats, first name, name, grade, date, time, match code and description, match date, time, code, home team and venue)', lang: 'nl', defaultCountry: 'NL', source: 'index:40199621048 (a referee planning app\'s model with a CSV export, PHP)' }, `
    run_id | - | 311 | 311 | 312
    # The referee is the person in the row: the referee id is the External ID.
    ref_id | externalId | 1045 | 1102 | 1045
    poule | - | A | B | A
    code | - | R1 | R2 | R1
    role | - | scheidsrechter | scheidsrechter | assistent
    stats | - | 12 | 8 | 13
    voornaam | firstName | Pieter | Ilse | Pieter
    naam | lastName | de Graaf | Hoekstra | de Graaf
    awgr | - | 2 | 3 | 2
    datum | - | 2024-03-09 | 2024-03-09 | 2024-03-16
    tijd | - | 10:00 | 11:30 | 14:00
    code | - | W12 | W14 | W21
    oms | - | Heren 1 | Dames 2 | Heren 1
    wd_datum | - | 2024-03-09 | 2024-03-09 | 2024-03-16
    wd_tijd | - | 10:00 | 11:30 | 14:00
    wd_accode | - | HC01 | HC04 | HC01
    wd_thuis | - | HC Zuidwijk H1 | MHC Oost D2 | HC Zuidwijk H1
    wd_plaats | - | Utrecht | Amersfoort | Utrecht
  `),
  set({ id: 'nl-ledenimport-test-drie-kolommen-emailadres', kind: 'association app\'s member import test CSV with only the required columns (first name, last name, e-mail address)', lang: 'nl', defaultCountry: 'NL', source: 'index:60959645670 (a member administration app\'s import tests, Python)' }, `
    Voornaam | firstName | Ilse | Bram | Naima
    Achternaam | lastName | Koster | de Jong | Amrani
    E-mailadres | email | ilse.koster@example.nl | bram.dejong@example.nl | naima.amrani@example.nl
  `),
  set({ id: 'nl-bedrijfsdata-sjabloon-relatie-verantwoordelijke', kind: 'signmaker\'s business data import template mixing relations, projects, quotes and invoices (type, company, name, number, date, amount, address, postcode, town, phone, e-mail, KvK, VAT number, person responsible)', lang: 'nl', defaultCountry: 'NL', source: 'index:53166272478 (a signmaking business app\'s import page with an AI conversion prompt, TypeScript)' }, `
    type | - | relatie | relatie | project
    bedrijfsnaam | companyName | Bakkerij Smit | Garage Verbeek B.V. | Bakkerij Smit
    # "naam" is the name of a project, a quote or an invoice, empty on relation rows: not imported.
    naam | - | "" | "" | Gevelreclame winkel
    nummer | - | "" | "" | PRJ-2026-014
    datum | - | "" | "" | 2026-02-01
    bedrag | - | "" | "" | 2450.00
    adres | address1 | Hoofdstraat 8 | Industrieweg 21 | ""
    postcode | postalCode | 3811 AB | 3812 CD | ""
    plaats | city | Amersfoort | Amersfoort | ""
    telefoon | phone | 033-4567890 | 033-1234567 | ""
    email | email | info@bakkerijsmit.example | werkplaats@garageverbeek.example | ""
    kvk_nummer | - | 32123456 | 32987654 | ""
    btw_nummer | - | NL001234567B01 | NL009876543B01 | ""
    # The employee responsible for the relation is the user in charge: the Contact owner.
    verantwoordelijke | owner | Kim | Joost | Kim
  `),
  set({ id: 'nl-be-kinderopvang-attesten-lege-kolommen', kind: 'Belgian holiday childcare attendance list with certificate numbers and empty spacer columns (certificate number, name, first name, street and number, postcode and municipality, birth date, one column per day)', lang: 'nl', defaultCountry: 'BE', source: 'index:36870741977 (a childcare certificates app reading kinderen.csv, Java)' }, `
    Volgnummer van het attest | - | 1 | 2 | 3
    "" | - | "" | "" | ""
    Naam | lastName | Mertens | Aerts | Vermeulen
    Voornaam | firstName | Lien | Seppe | Jana
    Straat en huisnummer | address1 | Molenstraat 14 | Kapelstraat 3 | Nieuwstraat 88
    "" | - | "" | "" | ""
    # One column holds "postcode gemeente" together; the town is what a person would keep: the City.
    Postcode en gemeente | city | 2440 Geel | 2450 Meerhout | 2440 Geel
    Geboortedatum MDY | dateOfBirth | 05/14/2008 | 11/02/2009 | 07/30/2007
    Monday, April 07, 2014 | - | x | x | ""
    Tuesday, April 08, 2014 | - | x | "" | x
    Wednesday, April 09, 2014 | - | "" | x | x
    Thursday, April 10, 2014 | - | x | x | x
    Friday, April 11, 2014 | - | x | "" | ""
  `),
  set({ id: 'nl-be-hoeves-bedrijf-gemeente-telefoon', kind: 'farm shop map\'s business import CSV placeholder (business, municipality, phone)', lang: 'nl', defaultCountry: 'BE', source: 'index:65794983053 (a local farm shops map\'s import form, JavaScript)' }, `
    Bedrijf | companyName | Hoeve De Linde | Zuivelboerderij Van Loon | Hof ter Beke
    Gemeente | city | Geel | Mol | Kasterlee
    Telefoon | phone | 014 58 12 34 | 014 31 45 67 | 014 85 20 30
  `),
  set({ id: 'nl-be-leerling-qr-regel-zonder-kop', kind: 'pupil line read from a scanned QR code, without a header row (name, first name, class)', lang: 'nl', defaultCountry: 'BE', noHeader: true, source: 'index:8955683032 (a school attendance scanner\'s pupil parser, C#)' }, `
    "" | lastName | Vermeiren | Cools | Bogaerts
    "" | firstName | Stan | Emma | Lisa
    "" | - | 3A | 4B | 3A
  `),
  set({ id: 'nl-be-lokalen-verdeling-zonder-kop', kind: 'exam room allocation file read line by line without a header row (name, first name, room)', lang: 'nl', defaultCountry: 'BE', noHeader: true, source: 'index:1974182025 (a classroom counting script reading classrooms.txt, Python)' }, `
    "" | lastName | Willems | Smets | Desmet
    "" | firstName | Jef | Anouk | Thomas
    "" | - | B201 | B201 | B305
  `),
  // ----------------------------------------------------------------------------------------------------- Mixed
  set({ id: 'mixed-en-de-firmen-kontakte-company-id-ptzl', kind: 'test data file of company contacts a data generator reads, an English "Company ID" before German columns (company id, first and last name, e-mail, phone, street, house number, postcode misspelt "PTZL", town)', lang: 'mixed', defaultCountry: 'DE', source: 'index:27271278267 (a test data generator picking random contact lines, C#)' }, `
    # The id of the company a contact belongs to is not the person's id: not imported.
    Company ID | - | 1001 | 1001 | 1002
    Vorname | firstName | Stefanie | Ralf | Ömer
    Nachname | lastName | Lang | Winter | Kaya
    Email | email | s.lang@example.de | r.winter@example.de | oemer.kaya@example.de
    Telefon | phone | 030 1234567 | 030 7654321 | 040 5566778
    Strasse | address1 | Friedrichstraße | Unter den Linden | Mönckebergstraße
    HausNummer | - | 120 | 7 | 18
    PTZL | postalCode | 10117 | 10117 | 20095
    Ort | city | Berlin | Berlin | Hamburg
  `),
  set({ id: 'mixed-en-de-supertag-person-table-csv', kind: 'note-taking tool\'s person table exported as CSV by a command line tool, English column names with German labels (id, name, Telefon, e-mail, company, Adresse, vault)', lang: 'mixed', defaultCountry: 'CH', source: 'index:37984264245 (a note tool CLI\'s table command test report, Markdown)' }, `
    # The node id in the note tool: another system's id of the person, the External ID.
    id | externalId | E1QaB7kL9xPz | mX4n8pYcE2tr | 8h4lKKs0gDCq
    name | name | Reto Baumann | Corinne Frei | Urs Wyss
    Telefon | phone | +41 44 555 12 34 | "" | +41 79 555 66 77
    Email | email | reto.baumann@example.ch | corinne.frei@example.ch | ""
    Company | companyName | Baumann Treuhand | "" | Wyss Holzbau AG
    Adresse | address1 | Bahnhofstrasse 10, 8001 Zürich | "" | Dorfstrasse 3, 3600 Thun
    # The vault a note lives in is where the tool stores it, not a group of people: not imported.
    Vault | - | Gather Stream Storage | Demo Content | Gather Stream Storage
  `),
  set({ id: 'mixed-en-de-projekt-kunden-export-bestellungen', kind: 'a project\'s customers table exported to CSV, English and German column names (name, e-mail, Telefon, Typ, Bestellungen)', lang: 'mixed', defaultCountry: 'DE', source: 'index:53321215756 (a project admin page with a table CSV export, PHP)' }, `
    Name | name | Johanna Weiß | Druckerei Lenz | Kai Hoffmann
    Email | email | johanna.weiss@example.de | auftrag@druckerei-lenz.example | kai.h@example.de
    Telefon | phone | 0351 4455667 | 0341 2233445 | 0176 99887766
    # Private or business customer: a kind the contact is filed under, Tags.
    Typ | tags | Privat | Geschäft | Privat
    Bestellungen | - | 2 | 14 | 1
  `),
  set({ id: 'mixed-en-de-anfragen-export-service-nachricht', kind: 'service business\'s enquiries export, English and German column names (id, name, e-mail, Telefon, service, Nachricht, status, Datum)', lang: 'mixed', defaultCountry: 'DE', source: 'index:14181395116 (a service business site\'s admin API with an enquiries export, JavaScript)' }, `
    # The enquiry's own row id: not imported.
    ID | - | 311 | 312 | 313
    Name | name | Heike Schubert | Yusuf Arslan | Praxis Dr. Vogel
    Email | email | heike.schubert@example.de | y.arslan@example.de | empfang@praxis-vogel.example
    Telefon | phone | 0221 5566778 | 0157 33445566 | 0221 9988776
    Service | - | Fensterreinigung | Umzugsreinigung | Büroreinigung
    Nachricht | - | Bitte Angebot für 12 Fenster | Termin Ende März? | Zweimal pro Woche
    Status | - | neu | in Bearbeitung | erledigt
    Datum | - | 2024-03-02 | 2024-03-04 | 2024-03-05
  `),
  set({ id: 'mixed-en-de-signup-form-fields-plz', kind: 'guitar shop\'s sign-up form fields as its user model checks them, English field names with the German "plz" (e-mail, first and last name, street, house number, plz, city, country, two passwords, remember me)', lang: 'mixed', defaultCountry: 'DE', source: 'index:28532867248 (a guitar shop\'s user model with sign-up checks, Python)' }, `
    email | email | lena.vogt@example.de | marco.b@example.de | s.ahmadi@example.de
    firstName | firstName | Lena | Marco | Sina
    lastName | lastName | Vogt | Bauer | Ahmadi
    street | address1 | Gartenstraße | Bergweg | Schillerplatz
    houseNumber | - | 12 | 3 | 8b
    plz | postalCode | 72764 | 70597 | 73728
    city | city | Reutlingen | Stuttgart | Esslingen
    country | country | Germany | Germany | Germany
    password1 | - | ******** | ******** | ********
    password2 | - | ******** | ******** | ********
    rememberMe | - | on | off | on
  `),
];
