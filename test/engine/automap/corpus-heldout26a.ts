// The twenty-sixth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch
// and mixed-language files; the other half, corpus-heldout26b.ts, holds Spanish, Portuguese, French, Italian and
// other English files): 56 header sets (555 columns, 340 of them expected to map; 25 English, 14 German, 12 Dutch, 5
// mixed; 2 files without a header row, 2 with a report title, a currency line and blank lines above it; 5 sets of 20
// to 31 columns)
// from sources none of the other parts use, found in the public code index with find_string (exact header
// text of CRM, newsletter, data-provider and address-book exports and imports (a newsletter tool, a referral plugin,
// an email platform, Salesforce, QuickBooks, a church management system, Thunderbird-style and CalDAV address books),
// importer tests and templates, member, club, school, patient, staff and event lists, database tables, queries and
// model bindings) and written down, with the mapping a careful person would choose by the field definitions and the
// issue's rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the
// index file the header text was read from (the index does not name its repository); the kind says what the file is.
// Sample values are made up in the shape of each file's own (no personal data or example rows from the sources are
// copied). Wide files are kept to their first columns, stopping at a column boundary. A header holding a bar or
// starting with "#" is put back after parsing (withHeader). No set's headers repeat an older part's (each was
// compared lower-cased; the files without a header row aside).
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
// Where these are silent, a set says in a comment what was chosen and why. Choices the first halves make more than
// once, kept here:
// - A full-name column next to first and last name columns is the Name as well.
// - A school class, a grade, a year group or a cohort is not imported; a column that names a group the person belongs
//   to (a team, a club, a group membership) is Tags. A role is not imported (like a job title).
// - Of two ids of the person, the first is the External ID and the other is not imported.
// - A Dutch "tussenvoegsel" (van, de, van der) in a column of its own is not imported (the last name column is still
//   the Last name); initials ("Voorletters") alone are the First name, the only given-name column the file has.
// - In a school or club list the pupil or member is the contact: parents' columns are not imported; in a list of
//   parents the parent is the contact.
// - Tax and identity numbers, passwords and PINs are not imported; a login the person is filed under in another
//   program is the External ID, like a user id.
// - When the rows are companies, the company's name is the Company name and a contact-person column is the Name.
// Choices this half makes more than once:
// - When the rows are companies, the company's own website or domain is the Website (the "company's domain never"
//   rule is about a person's employer).
// - A row id that points into another table of the same database (a branch, a job, a department, an address, the
//   user a record belongs to) names nothing outside it and is not imported.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout26' }, table);

/** A header the table format cannot hold (a bar separates the table's cells), put back after parsing. */
const withHeader = (s: CorpusSet, column: number, header: string): CorpusSet => ({ ...s, headers: s.headers.map((h, i) => (i === column ? header : h)) });

export const HELDOUT26A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-sds-student-csv-mailing-residence', kind: 'school data sync Student.csv columns listed in a roster sync tool\'s README (SIS id, username, password, mailing and residence address groups, birthdate, graduation year)', lang: 'en', source: 'index:16316639974 (a roster sync script\'s README, CSV import formats, Markdown)' }, `
    SIS ID | externalId | 100231 | 100232 | 100247
    School SIS ID | - | 12 | 12 | 14
    # A login beside the SIS id: of two ids of the person, the first is the External ID.
    Username | - | ebrooks24 | jnguyen24 | tpatel25
    First Name | firstName | Ella | Jason | Tara
    Last Name | lastName | Brooks | Nguyen | Patel
    Password | - | Blue!fox42 | Rain#tree9 | Sun$kite7
    State ID | - | 4412098871 | 4412098872 | 4412113304
    # The only email column the file has: it is the Email.
    Secondary Email | email | ella.brooks@example.com | "" | tara.p@example.net
    Student Number | - | S-20231 | S-20232 | S-20247
    Middle Name | - | Grace | Minh | ""
    Grade | - | 9 | 9 | 10
    Status | - | Active | Active | Active
    # Mailing comes first: the mailing address group is the contact's address; the residence group is not imported.
    Mailing Address | address1 | 412 Elm St | PO Box 88 | 19 Birch Ct
    Mailing City | city | Springfield | Springfield | Riverton
    Mailing State | state | IL | IL | IL
    Mailing Zip | postalCode | 62704 | 62705 | 62711
    Mailing Latitude | - | 39.7817 | "" | 39.8012
    Mailing Longitude | - | -89.6501 | "" | -89.6440
    Mailing Country | country | US | US | US
    Residence Address | - | 412 Elm St | 77 Oak Ave | 19 Birch Ct
    Residence City | - | Springfield | Springfield | Riverton
    Residence State | - | IL | IL | IL
    Residence Zip | - | 62704 | 62704 | 62711
    Residence Latitude | - | 39.7817 | 39.7790 | 39.8012
    Residence Longitude | - | -89.6501 | -89.6488 | -89.6440
    Residence Country | - | US | US | US
    Gender | - | F | M | F
    Birthdate | dateOfBirth | 2010-03-14 | 2010-07-29 | 2009-11-02
    ELL Status | - | N | Y | N
    FederalRace | - | 5 | 2 | 3
    Graduation Year | - | 2028 | 2028 | 2027
  `),
  set({ id: 'en-newsletter-subscribers-export-sent-opened', kind: 'newsletter tool\'s subscriber list CSV export (email, names, company, phone, status, source, campaign counts)', lang: 'en', source: 'index:57381953007 (a newsletter app\'s subscriber export controller, Java)' }, `
    Email | email | dana.whitcomb@example.com | r.oyelaran@example.net | lucas.ferris@example.org
    First Name | firstName | Dana | Remi | Lucas
    Last Name | lastName | Whitcomb | Oyelaran | Ferris
    Company | companyName | Whitcomb Florals | "" | Ferris Tool & Die
    Phone | phone | (608) 555-0134 | "" | (414) 555-0172
    Status | - | SUBSCRIBED | UNSUBSCRIBED | SUBSCRIBED
    Source | source | signup_form | import | api
    Sent | - | 24 | 11 | 30
    Opened | - | 17 | 2 | 9
    Clicked | - | 5 | 0 | 1
  `),
  set({ id: 'en-plugin-customers-export-referred-by', kind: 'WordPress referral plugin\'s customer CSV export (user id, username, names, company, phone, referrer, registration date)', lang: 'en', source: 'index:39988943430 (a WordPress referral plugin\'s customer export, PHP)' }, `
    User ID | externalId | 318 | 322 | 347
    # A login beside the user id: of two ids of the person, the first is the External ID.
    Username | - | kmorales | bturner88 | nadia_s
    Email | email | kim.morales@example.com | bturner@example.net | nadia.s@example.org
    First Name | firstName | Kim | Brandon | Nadia
    Last Name | lastName | Morales | Turner | Saleh
    Company | companyName | Morales Bakery | "" | Saleh Interiors
    Phone | phone | 512-555-0148 | 737-555-0116 | 512-555-0193
    # The user who referred the customer (a person), not the channel the contact came through: not imported.
    Referred By | - | "" | kmorales | kmorales
    Registration Date | - | 2025-02-11 14:03:22 | 2025-03-02 09:41:07 | 2025-03-19 18:22:50
  `),
  set({ id: 'en-contact-import-thirteen-columns-seniority', kind: 'contact importer test file of 13 columns (names, company, phone, company mobile, job title, seniority, company size and revenue, LinkedIn, city, country)', lang: 'en', source: 'index:59242812105 (an email platform\'s contact import test, Go)' }, `
    Email | email | m.okafor@example.com | h.lindgren@example.se | p.ruiz@example.es
    First Name | firstName | Michael | Hanna | Pablo
    Last Name | lastName | Okafor | Lindgren | Ruiz
    Company | companyName | Tessaro Health | Nordlys AB | Vela Logistics
    Phone | phone | +14155550176 | +46705550123 | +34612555098
    # A mobile number the company gives out, beside the person's phone: an additional phone.
    Company Mobile | additionalPhones | +14155550199 | "" | +34612555011
    Job Title | - | Head of Growth | CMO | Operations Director
    Seniority Level | - | VP | C-Level | Director
    Employee Count | - | 250 | 80 | 1200
    Annual Revenue | - | 10M | 4M | 150M
    # The person's LinkedIn profile is a link that is not the person's own site: not imported.
    LinkedIn URL | - | linkedin.com/in/mokafor | linkedin.com/in/hannalindgren | linkedin.com/in/pabloruiz
    City | city | San Francisco | Stockholm | Valencia
    Country | country | US | SE | ES
  `),
  set({ id: 'en-campaign-contacts-import-marketing-consent', kind: 'email campaign tool\'s contact CSV import test (email, names, company, phone, marketing consent)', lang: 'en', source: 'index:70143300376 (a campaign tool\'s import tests, JavaScript)' }, `
    Email | email | avery.cole@example.com | imani.b@example.net | t.okonkwo@example.org
    First Name | firstName | Avery | Imani | Tobe
    Last Name | lastName | Cole | Brooks | Okonkwo
    Company | companyName | "Cole, Price & Co." | Brightline | ""
    Phone | phone | +15551230198 | "" | +15554470122
    Marketing Consent | - | Yes | No | Yes
  `),
  set({ id: 'en-email-campaign-readme-sample-country-city', kind: 'sample contact CSV in an email campaign app\'s README (email, names, company, phone, country, city)', lang: 'en', source: 'index:54366723557 (an email campaign app\'s README, contact import section)' }, `
    Email | email | o.hale@example.com | s.kimura@example.jp | marta.v@example.pl
    First Name | firstName | Oliver | Sayaka | Marta
    Last Name | lastName | Hale | Kimura | Wiśniewska
    Company | companyName | Hale & Sons | Kimura Trading | Vistula Tech
    Phone | phone | +1-555-0147 | +81-3-5550-1234 | +48-22-555-0198
    Country | country | USA | Japan | Poland
    City | city | Boston | Tokyo | Warsaw
  `),
  set({ id: 'en-district-users-download-school-buildings', kind: 'school district staff user list download (email, names, mobile phone, school buildings)', lang: 'en', source: 'index:52675735938 (an education platform\'s admin page, user CSV download, JavaScript)' }, `
    Email | email | kwalsh@example.org | dreyes@example.org | mchen@example.org
    First Name | firstName | Kathleen | Diego | Mei
    Last Name | lastName | Walsh | Reyes | Chen
    Mobile Phone | phone | (317) 555-0142 | (317) 555-0187 | ""
    # The school buildings a staff user is attached to (several joined by commas) are groups the user belongs to: Tags.
    School Buildings | tags | Lincoln Elementary | "Lincoln Elementary, Harris Middle" | Central High
  `),
  set({ id: 'en-agent-directory-import-bom-unknown-title', kind: 'agent directory CSV import with a byte-order mark (names, mobile phone, company, an unknown column, title), end-to-end test', lang: 'en', defaultCountry: 'GB', source: 'index:70321203254 (an agent directory\'s import end-to-end test, TypeScript)' }, `
    # The source writes a byte-order mark before "First name", which the table cannot hold.
    First name | firstName | Harriet | Owen | Aisha
    Last name | lastName | Pembroke | Llewellyn | Karim
    Mobile phone | phone | +447700900214 | +447700900377 | +447700900452
    Company | companyName | Pembroke Lettings | "" | Karim Estates
    Unknown | - | x | "" | y
    Title | - | Senior Agent | Negotiator | Branch Manager
  `),
  set({ id: 'en-sms-tool-crm-contacts-time-zone-opt-in', kind: 'roofing CRM contact export read by an SMS outreach tool (contact id, names, mobile phone, email, time zone, tags, SMS opt-in, notes), benchmark fixture', lang: 'en', source: 'index:71254843448 (an SMS scheduler\'s synthetic CRM export, Python)' }, `
    Contact ID | contactId | c1042 | c1043 | c1057
    First Name | firstName | Ray | Dolores | Kevin
    Last Name | lastName | Hutchins | Amaya | Pratt
    Mobile Phone | phone | (404) 555-0131 | (713) 555-0177 | (303) 555-0102
    Email | email | ray.hutchins@example.com | dolores.amaya@example.net | kpratt@example.org
    Time Zone | - | America/New_York | America/Chicago | America/Denver
    Tags | tags | roof | roof, insurance claim | gutters
    SMS Opt In | - | yes | yes | no
    Notes | - | Hail damage 6/12 | Adjuster visit booked | ""
  `),
  set({ id: 'en-partner-companies-import-primary-contact', kind: 'partner company CSV import of a sales portal, test payload (company, type, OEM group, website, address, primary contact person, designation, email, phone)', lang: 'en', defaultCountry: 'IN', source: 'index:57969292870 (a sales portal\'s test scenarios, CSV import of companies, Python)' }, `
    # The rows are companies: the company's name is the Company name and the primary contact person is the Name.
    Company Name | companyName | Fortis Networks | Kaveri Systems | Northgate Security
    Type | - | OEM | Distributor | OEM
    # The group of makers a company is filed under (Security, Storage) is a category: Tags.
    OEM Group | tags | Security | Storage | Security
    # The rows are companies: the company's own site is the record's Website.
    Website | website | fortisnet.example | kaverisys.example | northgatesec.example
    Address | address1 | 12 MG Road, Bengaluru | Plot 44, Hinjewadi, Pune | 9 Park Street, Kolkata
    Primary Contact Name | name | Ravi Kulkarni | Sneha Pillai | Arjun Bose
    Primary Designation | - | Channel Manager | Sales Head | Partner Lead
    Primary Email | email | ravi.k@fortisnet.example | sneha@kaverisys.example | arjun.bose@northgatesec.example
    Primary Phone | phone | 98450 55123 | 99220 55418 | 98310 55702
  `),
  set({ id: 'en-company-data-provider-export-executive', kind: 'company data provider\'s full CSV export read by a deal-sourcing app (domain, company name, estimates, NAICS, primary email and phone, executive names, city, state, mailing address)', lang: 'en', source: 'index:1498760257 (a deal-sourcing app\'s company CSV parser test, Go)' }, `
    # The rows are companies: the company's own domain is the record's Website, the executive the contact person.
    Domain | website | harborlinehvac.example | pinecrestdental.example | redoakprint.example
    Name | companyName | Harborline HVAC | Pinecrest Dental Partners | Red Oak Printing Co
    Description | - | Commercial HVAC service | Multi-site dental group | Commercial printing
    Revenue Estimate | - | "$8,500,000" | "$12,000,000" | "$3,200,000"
    Employee Estimate | - | 60 | 95 | 24
    Employees - LinkedIn | - | 58 | 102 | 19
    Total Review Count | - | 214 | 389 | 41
    Aggregate Rating | - | 4.6 | 4.8 | 4.2
    NAICS 6 | - | 238220 | 621210 | 323111
    Business Model | - | Services | Services | Manufacturing
    Primary Email | email | service@harborlinehvac.example | office@pinecrestdental.example | sales@redoakprint.example
    Primary Phone | phone | 617-555-0148 | 919-555-0133 | 414-555-0190
    Executive First Name | firstName | Greg | Alisha | Tom
    Executive Last Name | lastName | Donnelly | Perkins | Brandt
    Executive Title | - | President | CEO | Owner
    Executive Linkedin | - | https://linkedin.com/in/gdonnelly | https://linkedin.com/in/alishaperkins | ""
    Key People | - | "Greg Donnelly, Sue Marr" | Alisha Perkins | Tom Brandt
    Year Founded | - | 1994 | 2006 | 1979
    Ownership | - | Private | PE-backed | Family-owned
    City | city | Quincy | Raleigh | Milwaukee
    State | state | MA | NC | WI
    Zip Code | postalCode | 02169 | 27609 | 53204
    # The mailing address after the city, state and zip: the company's street address.
    Mailing Address | address1 | 88 Water St | 4100 Glenwood Ave | 1620 S 1st St
  `),
  set({ id: 'en-church-people-csv-person-id-primary', kind: 'church management people export (person id, name, primary email, primary phone) imported by a reimbursement app', lang: 'en', source: 'index:60051114284 (a reimbursement app\'s people import test, Python)' }, `
    Person ID | externalId | 48211 | 48230 | 49102
    Name | name | Thomas Varkey | Lydia Abraham | Jacob Mathew
    Primary Email | email | thomas.varkey@example.com | lydia.a@example.net | jmathew@example.org
    Primary Phone Number | phone | (214) 555-0137 | (469) 555-0182 | (972) 555-0114
  `),
  set({ id: 'en-quickbooks-supplier-contact-list-title', kind: 'QuickBooks-style supplier contact list with a report title and a blank line above the header (display name, primary email, primary phone, open balance)', lang: 'en', above: [['Supplier Contact List'], []], source: 'index:69364224786 (a bookkeeping app\'s CSV import plan tests, JavaScript)' }, `
    # A supplier's display name is the name the business is filed under: the Name.
    Display Name | name | Ace Janitorial Supply | Marco Bellini | Greenleaf Paper Co
    Primary Email | email | billing@acejanitorial.example | marco.bellini@example.com | ar@greenleafpaper.example
    Primary Phone | phone | 555-0141 | 555-0178 | 555-0122
    Open Balance | - | 412.50 | 0.00 | 1,230.00
  `),
  set({ id: 'en-data-rescue-crm-sample-sales-owner', kind: 'messy CRM contact export used as a data cleaning tool\'s sample (contact id, full name, work email, mobile phone, company, job title, lead source, status, sales owner, city, state, country, notes)', lang: 'en', source: 'index:54493308993 (a CSV clean-up tool\'s sample data, JavaScript)' }, `
    Contact ID | contactId | 001 | 002 | 003
    Full Name | name | Morgan Tate | Luis Ortega | Helena Brandt
    Work Email | email | MORGAN.TATE@EXAMPLE.COM | lortega@example.net | helena@brandt.example
    Mobile Phone | phone | 310.555.0147 | +1 312 555 0166 | (503) 555-0129
    Company Name | companyName | "Tate & Reed, LLC" | Ortega Foods | Brandt Studio
    Job Title | - | COO | Buyer | Founder
    Lead Source | source | Webinar | Trade show | Referral
    CRM Status | - | new | qualified | customer
    Sales Owner | owner | Amanda | Ken | Amanda
    Last Contacted | - | 1/5/26 | 2026-01-12 | 12/19/25
    City | city | " Los Angeles " | Chicago | Portland
    State | state | CA | IL | OR
    Country | country | USA | US | United States
    Notes | - | Wants HubSpot import help | "" | Renewal in March
  `),
  set({ id: 'en-salesforce-fund-contacts-download', kind: 'Salesforce component\'s CSV download of fund investors\' contacts (fund, total commitment, account name, names, title, email)', lang: 'en', source: 'index:9388637823 (a Salesforce Lightning component helper, CSV download, JavaScript)' }, `
    Fund | - | Fund III | Fund III | Fund IV
    Total Commitment | - | 5000000 | 2500000 | 10000000
    # In a Salesforce contact list the account is the contact's company.
    Account Name | companyName | Lakeshore Pension Trust | Brightwater Family Office | Meridian Endowment
    First Name | firstName | Gordon | Felicity | Anand
    Last Name | lastName | Reyes | Hart | Subramanian
    Title | - | CIO | Principal | Investment Director
    Email | email | greyes@lakeshorept.example | fhart@brightwaterfo.example | anand.s@meridian.example
  `),
  set({ id: 'en-practice-referring-physicians-display-name', kind: 'referring physicians list for a mail client\'s contact import (names, display name, primary email, organization, title, work phone)', lang: 'en', source: 'index:51929190510 (a desktop task\'s setup script writing a contacts CSV, shell)' }, `
    First Name | firstName | Renata | Howard | Isabel
    Last Name | lastName | Kowal | Ng | Ferreira
    # A display name next to first and last name columns is the Name as well.
    Display Name | name | Dr. Renata Kowal | Dr. Howard Ng | Dr. Isabel Ferreira
    Primary Email | email | r.kowal@riverbendmed.example | hng@cedarclinic.example | iferreira@baysidehealth.example
    Organization | companyName | Riverbend Medical Group | Cedar Family Clinic | Bayside Health Partners
    Title | - | Cardiologist | Family Medicine | Endocrinologist
    Work Phone | phone | 555-0162 | 555-0138 | 555-0115
  `),
  set({ id: 'en-caldav-address-book-csv-secondary-email', kind: 'CalDAV server\'s address book CSV read by a contact app (names, display name, primary and secondary email, mobile number, home phone)', lang: 'en', source: 'index:40093058129 (an app\'s address book parser tests, TypeScript)' }, `
    First Name | firstName | Noelle | Grant | Yusuf
    Last Name | lastName | Park | Whitfield | Demir
    Display Name | name | Noelle Park | Grant Whitfield | Yusuf Demir
    Primary Email | email | noelle.park@example.com | "" | yusuf.demir@example.org
    Secondary Email | additionalEmails | "" | grant.work@example.net | y.demir@example.com
    # With typed phones only, the mobile is the main phone.
    Mobile Number | phone | +1 (714) 555-0133 | "" | +1 (949) 555-0176
    Home Phone | additionalPhones | "" | 19495550114 | ""
  `),
  set({ id: 'en-agency-crm-leads-import-modal-source', kind: 'agency CRM\'s lead import dialog, the CSV header it pre-fills (company, names, email, phone, source)', lang: 'en', source: 'index:55666394983 (an agency CRM\'s leads page, import modal, React)' }, `
    companyName | companyName | Brightwater Dental | "" | Koval Logistics
    firstName | firstName | Erin | Marcus | Oksana
    lastName | lastName | Holloway | Reid | Koval
    email | email | erin@brightwaterdental.example | marcus.reid@example.com | oksana@kovallogistics.example
    phone | phone | (503) 555-0146 | (971) 555-0183 | (360) 555-0127
    source | source | Google Ads | Referral | LinkedIn
  `),
  set({ id: 'en-faker-project-customers-csv-zip', kind: 'generated customer list of a data project, written with pandas (customer id, company, names, email, phone, street, city, state, ZIP)', lang: 'en', source: 'index:10127026027 (a fake customer data generator, Python)' }, `
    CustomerID | externalId | 1001 | 1002 | 1003
    CompanyName | companyName | Lopez, Green and Hart | Weber Group | Nguyen Ltd
    FirstName | firstName | Brittany | Jason | Kayla
    LastName | lastName | Lopez | Weber | Nguyen
    Email | email | brittany.lopez@example.net | jweber@example.org | kayla82@example.com
    Phone | phone | 001-812-555-0148 | (402)555-0173 | 555.0199
    Street | address1 | 4821 Maple Ridge Apt. 12 | 77 Carter Mills | 906 Rachel Greens Suite 3
    City | city | East Shannon | Port Melissa | Lake Derek
    State | state | Indiana | Nebraska | Ohio
    ZIP | postalCode | 46213 | 68102 | 43004
  `),
  set({ id: 'en-field-service-customers-select-locations', kind: 'field service platform\'s customer table, the columns of a customers query (account and location ids, customer id and name, company, names, email, phones, customer code, three address lines, city, zip, state, country, map link, record type, status, invitation, active, updated)', lang: 'en', source: 'index:3823692703 (a field service platform\'s customer service layer, SQL in JavaScript)' }, `
    id | - | 6a1f0c2e-3b4d-11ee-9c3b-0242ac120002 | 6a1f0c2e-3b4d-11ee-9c3b-0242ac120003 | 6a1f0c2e-3b4d-11ee-9c3b-0242ac120004
    accountId | - | 0b9e3d27-8c41-11ee-b6d2-0242ac120002 | 0b9e3d27-8c41-11ee-b6d2-0242ac120002 | 0b9e3d27-8c41-11ee-b6d2-0242ac120002
    customersAccountId | - | "" | 7c2d1e00-9a41-11ee-8e15-0242ac120002 | ""
    locationId | - | 12 | 12 | 15
    locationName | - | Main Office | Main Office | North Branch
    # The business's own number for the customer: the External ID (the customer code beside it is a second id).
    customerId | externalId | C-10421 | C-10422 | C-10588
    customerName | name | Sandra Price | Oakview Apartments | Ray Dunn
    companyName | companyName | "" | Oakview Property Mgmt | Dunn Auto Repair
    firstName | firstName | Sandra | Tom | Ray
    lastName | lastName | Price | Alvarez | Dunn
    email | email | sandra.price@example.com | talvarez@oakview.example | ray@dunnauto.example
    phone | phone | (916) 555-0132 | (916) 555-0176 | (530) 555-0114
    primaryMobile | additionalPhones | (916) 555-0188 | "" | (530) 555-0161
    secondaryMobile | additionalPhones | "" | "" | (530) 555-0162
    fax | - | "" | (916) 555-0177 | ""
    customerCode | - | SPRICE | OAKVIEW | DUNNAUTO
    addressLine1 | address1 | 2215 Alder Way | 900 Oakview Dr | 14 Industrial Pkwy
    addressLine2 | - | "" | Bldg C | Unit 4
    addressLine3 | - | "" | Leasing Office | ""
    city | city | Sacramento | Elk Grove | Chico
    zipCode | postalCode | 95818 | 95758 | 95928
    state | state | CA | CA | CA
    country | country | USA | USA | USA
    googleLink | - | https://maps.google.com/?q=2215+Alder+Way | "" | https://maps.google.com/?q=14+Industrial+Pkwy
    recordType | - | residential | commercial | commercial
    status | - | active | active | invited
    invitationExpirationDate | - | "" | "" | 2025-06-30
    isActive | - | 1 | 1 | 0
    updatedAt | - | 2025-05-02 14:11:09 | 2025-05-10 09:30:44 | 2025-05-21 17:02:18
  `),
  withHeader(set({ id: 'en-affiliate-pending-customers-report-title', kind: 'affiliate business report exported for Excel, with a report title, a currency line and a blank line above the header (row number, customer name, email, phone, pending amount)', lang: 'en', defaultCountry: 'NG', above: [['Affiliate Business Report'], ['Currency: Naira'], []], source: 'index:4978613094 (an affiliate dashboard\'s report page, Excel export, React)' }, `
    # The header "#" (the row number) is put back below: a line starting with "#" is a comment in the table.
    No. | - | 1 | 2 | 3
    Customer Name | name | Chinedu Okeke | Aisha Bello | Tunde Adeyemi
    Customer Email | email | chinedu.okeke@example.com | aisha.bello@example.ng | ""
    Customer Phone | phone | 0803 555 0142 | 0812 555 0377 | 0706 555 0219
    Pending Amount | - | 45000 | 12500 | 78000
  `), 0, '#'),
  set({ id: 'en-telecom-install-orders-import-sales-rep', kind: 'telecom install order file imported by a follow-up messaging app (order number, customer name, email and phone, service address, carrier, product, program, sales rep, dates, status)', lang: 'en', source: 'index:66555855424 (a follow-up app\'s send path test with a real import, TypeScript)' }, `
    Order Number | - | ORD-558120 | ORD-558121 | ORD-558144
    Customer Name | name | Gloria Benton | Omar Haddad | Luke Sorensen
    Customer Email | email | gloria.benton@example.com | omar.haddad@example.net | ""
    Customer Phone | phone | (480) 555-0139 | (602) 555-0184 | (623) 555-0107
    # The address the service is installed at is the customer's own address.
    Service Address | address1 | "1450 W Elm St, Mesa, AZ 85201" | "88 N 3rd Ave, Phoenix, AZ 85003" | "2207 E Palm Ln, Glendale, AZ 85302"
    Carrier | - | Cox | CenturyLink | Cox
    Product | - | Internet 500 | Fiber 1 Gig | Internet 250
    Program | - | Residential | Residential | Small Business
    Sales Rep Name | owner | Jamie Ortiz | Paul Greer | Jamie Ortiz
    Submitted Date | - | 4/2/2025 | 4/3/2025 | 4/7/2025
    Scheduled Install Date | - | 4/9/2025 | 4/12/2025 | ""
    Order Status | - | Installed | Scheduled | Pending
    Status Reason | - | "" | "" | Credit check
    Last Modified | - | 4/9/2025 | 4/5/2025 | 4/7/2025
  `),
  set({ id: 'en-quote-requests-export-sales-person', kind: 'quote request list exported to CSV from a wholesaler\'s admin (request id, customer name, email, phone, status, priority, items, amount, dates, sales person)', lang: 'en', defaultCountry: 'IN', source: 'index:53931557541 (a wholesaler\'s customer request controller, CSV export, JavaScript)' }, `
    Request ID | - | REQ-2025-0412 | REQ-2025-0413 | REQ-2025-0420
    Customer Name | name | Vikram Joshi | Meera Nair | Sanjay Gupta
    Customer Email | email | vikram.joshi@example.com | meera.nair@example.in | sgupta@example.com
    Customer Phone | phone | 98201 55432 | 94470 55218 | 99100 55671
    Status | - | quoted | pending | converted
    Priority | - | high | normal | normal
    Total Items | - | 240 | 60 | 1200
    Total Amount | - | 185000 | 42000 | 910000
    Created Date | - | 02/05/2025 | 03/05/2025 | 07/05/2025
    Last Updated | - | 04/05/2025 | 03/05/2025 | 12/05/2025
    Sales Person | owner | Rahul Mehta | "" | Priya Kapoor
  `),
  set({ id: 'en-consulting-clients-insert-state-flag', kind: 'client table of a consulting firm\'s training project, the columns of its INSERT (company, names, email, phone, address, zip code, city, country, and a state flag)', lang: 'en', defaultCountry: 'FR', source: 'index:36583550849 (a training project\'s database script, clients and orders, SQL)' }, `
    companyName | companyName | Sopra Conseil | Atelier Numérique | Breizh Data
    firstName | firstName | Claire | Julien | Maëlle
    lastName | lastName | Roussel | Lamarre | Le Goff
    email | email | claire.roussel@example.fr | j.lamarre@example.com | maelle.legoff@example.fr
    phone | phone | 06 55 01 22 43 | 06 55 01 87 10 | 02 55 01 33 92
    address | address1 | 12 rue de la Paix | 4 quai de la Fosse | 9 place des Lices
    zipCode | postalCode | 75002 | 44000 | 35000
    city | city | Paris | Nantes | Rennes
    country | country | France | France | France
    # The rows' "state" holds 0 or 1 (the client's status), not a region: not imported.
    state | - | 0 | 1 | 1
  `),
  set({ id: 'en-platform-new-users-sheet-noheader', kind: 'spreadsheet of new users without a header row (name, email), read to send them their login mail', lang: 'en', noHeader: true, source: 'index:45247512555 (a platform\'s script mailing new users from a cloud-stored sheet, Python)' }, `
    "" | name | Hannah Okafor | Liam Brennan | Sofia Marchetti
    "" | email | hannah.okafor@example.org | liam.brennan@example.com | s.marchetti@example.net
  `),
  // --------------------------------------------------------------------------------------------------- German
  set({ id: 'de-groupware-kontakte-select-email2-kategorie', kind: 'Kontakttabelle einer Groupware, die Spalten der Abfrage eines Kontakts (Anrede, Namen, Firma, zwei E-Mails, URL, Telefone, Adresse, Kategorie, Rechte, Bemerkung)', lang: 'de', defaultCountry: 'DE', source: 'index:6052862141 (Kontaktformular einer Groupware, Datenbankabfrage, PHP)' }, `
    anrede | - | Frau | Herr | Frau
    vorname | firstName | Sabine | Jürgen | Ayşe
    nachname | lastName | Köhler | Brandt | Yılmaz
    firma | companyName | Köhler Steuerberatung | Brandt Elektro GmbH | ""
    email | email | s.koehler@example.de | j.brandt@example.com | ayse.yilmaz@example.de
    email2 | additionalEmails | sabine.koehler@example.net | "" | ""
    url | website | www.koehler-stb.example | www.brandt-elektro.example | ""
    # Numbered phones: the first is the main phone, the second and the mobile additional.
    tel1 | phone | 0221 4960372 | 089 4960155 | 030 4960981
    tel2 | additionalPhones | "" | 089 4960156 | ""
    mobil | additionalPhones | 0171 4960223 | "" | 0157 4960448
    fax | - | 0221 4960379 | 089 4960159 | ""
    strasse | address1 | Aachener Str. 112 | Leopoldstr. 7 | Sonnenallee 54
    stadt | city | Köln | München | Berlin
    plz | postalCode | 50674 | 80802 | 12045
    land | country | Deutschland | Deutschland | Deutschland
    state | state | NRW | Bayern | Berlin
    div1 | - | "" | Kunde seit 2019 | ""
    div2 | - | "" | "" | ""
    kategorie | tags | Mandant | Lieferant | privat
    # The id of a parent record and the id of the user the record belongs to are row ids of this database: not imported.
    parent | - | 0 | 0 | 12
    von | - | 3 | 3 | 7
    acc_write | - | "" | w | ""
    bemerkung | - | Rückruf erbeten | "" | Geburtstag im Mai
    acc_read | - | private | group | private
  `),
  set({ id: 'de-rechnungs-app-person-insert-ustid', kind: 'Personentabelle einer Rechnungs-App, die Spalten ihres INSERT (Anrede, Namen, Firma, USt-IdNr., E-Mail, Straße mit Hausnummer, PLZ, Ort, Land)', lang: 'de', defaultCountry: 'DE', source: 'index:16280316127 (Personen-Repository einer Rechnungs-App, SQLite, JavaScript)' }, `
    anrede | - | Herr | Frau | Firma
    vorname | firstName | Markus | Lena | ""
    nachname | lastName | Vogt | Hartmann | ""
    firma | companyName | Vogt Medien | "" | Bäckerei Sommer KG
    ustid | - | DE812345671 | "" | DE298765432
    email | email | m.vogt@example.de | lena.hartmann@example.com | buchhaltung@baeckerei-sommer.example
    strassenr | address1 | Bahnhofstr. 12 | Goethestraße 3a | Marktplatz 1
    plz | postalCode | 72764 | 60313 | 97070
    ort | city | Reutlingen | Frankfurt am Main | Würzburg
    land | country | Deutschland | Deutschland | Deutschland
  `),
  set({ id: 'de-schulapp-schueler-import-interne-id-klasse', kind: 'Schüler-Import einer Schul-App, der in den Einstellungen beschriebene CSV-Aufbau (interne ID, Namen, Klasse, Geburtsdatum, E-Mail)', lang: 'de', defaultCountry: 'DE', source: 'index:59990748522 (Einstellungsseite einer Schul-App, Schüler-Import, Vue)' }, `
    Interne ID-Nummer | externalId | 20431 | 20432 | 20517
    Vorname | firstName | Mila | Finn | Emine
    Nachname | lastName | Becker | Schulze | Arslan
    Klasse | - | 7b | 7b | 9a
    Geburtsdatum | dateOfBirth | 12.03.2013 | 28.11.2012 | 05.06.2011
    E-Mail | email | mila.becker@schule.example | finn.schulze@schule.example | emine.arslan@schule.example
  `),
  set({ id: 'de-umfrage-export-teilnehmer-antworten', kind: 'Export eines Umfragewerkzeugs (Teilnehmer mit Namen und E-Mail-Adresse, Status, Beginn, Ende, Antworten), von einem Auswertungsskript eingelesen', lang: 'de', defaultCountry: 'DE', source: 'index:62579145814 (Tests eines Umfrage-Auswerters, CSV mit Semikolon, Python)' }, `
    Vorname | firstName | Katrin | Ole | Dilara
    Nachname | lastName | Weiß | Petersen | Kaya
    E-Mail-Adresse | email | katrin.weiss@example.org | ole.petersen@example.de | dilara.kaya@example.com
    Status | - | Beendet | Begonnen | Beendet
    Begonnen am | - | 2025-04-30 09:02:11 | 2025-04-30 10:15:40 | 2025-05-01 18:44:03
    Beendet | - | 2025-04-30 09:21:47 | "" | 2025-05-01 19:02:29
    Antwort 1 | - | B | A | C
    Antwort 2 | - | Wahr | Falsch | Wahr
    Antwort 3 | - | Hamburg | "" | Köln
  `),
  set({ id: 'de-verein-jubilaeumsliste-mitgliedsjahre', kind: 'Jubiläums- und Geburtstagsliste eines Vereins als CSV (Namen, Geburtsdatum, Alter, Funktion, Eintritt, Mitgliedsjahre, Telefon, Mobil, E-Mail, Beitrag)', lang: 'de', defaultCountry: 'DE', source: 'index:60265486298 (Listen-Export einer Vereinsverwaltung, TypeScript)' }, `
    Nachname | lastName | Schuster | Engel | Wagner
    Vorname | firstName | Helmut | Gisela | Tim
    Geburtsdatum | dateOfBirth | 14.02.1955 | 30.09.1965 | 08.07.2005
    Alter | - | 70 | 60 | 20
    Funktion | - | Kassenwart | "" | Jugendtrainer
    Eingetreten | - | 01.04.1975 | 15.01.2000 | 01.09.2015
    Mitgliedsjahre | - | 50 | 25 | 10
    # An untyped phone beside a mobile: the phone is the main one, the mobile additional.
    Telefon | phone | 06151 496012 | 06151 496388 | ""
    Mobil | additionalPhones | "" | 0160 4960231 | 0176 4960577
    E-Mail | email | h.schuster@example.de | "" | tim.wagner@example.com
    Beitrag bezahlt | - | ja | ja | nein
  `),
  set({ id: 'de-schulserver-schuelerliste-noheader-klasse', kind: 'Schülerliste für einen Schulserver ohne Kopfzeile (Klasse, Nachname, Vorname, Geburtsdatum, Schülernummer, Zeile endet mit Semikolon), in der Dokumentation einer Schulverwaltung beschrieben', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'index:29253424669 (Dokumentation einer Schulverwaltung, Export für den Schulserver, reStructuredText)' }, `
    "" | - | 5a | 5a | 10c
    "" | lastName | Hoffmann | Yıldız | Lange
    "" | firstName | Paula | Emre | Jonas
    "" | dateOfBirth | 11.04.2014 | 02.09.2013 | 27.01.2009
    # The number the school administration program gives the pupil: the External ID.
    "" | externalId | 40218 | 40219 | 38877
    # The line ends with a semicolon: an empty last column.
    "" | - | "" | "" | ""
  `),
  set({ id: 'de-verein-plugin-mitglieder-csv-email-adresse', kind: 'Mitgliederliste eines Vereins-Plugins als CSV (Mitgliedsnummer, E-Mail-Adresse, Vorname, Nachname), Export und Re-Import', lang: 'de', defaultCountry: 'DE', source: 'index:70883776631 (Testskript eines Vereins-Plugins für WordPress, PHP)' }, `
    Mitgliedsnummer | externalId | 0412 | 0413 | 0588
    E-Mail-Adresse | email | ute.lorenz@example.de | k.baumann@example.org | nils.frey@example.com
    Vorname | firstName | Ute | Karsten | Nils
    Nachname | lastName | Lorenz | Baumann | Frey
  `),
  set({ id: 'de-sportverein-mitglieder-import-name-vorname', kind: 'Beispieldatei für den Mitglieder-Import eines Sportvereins (Name als Nachname, Vorname, Geburtsdatum)', lang: 'de', defaultCountry: 'DE', source: 'index:57287422021 (Mitglieder-CSV-Leser eines Vereinsprogramms, Beispieldatei, C#)' }, `
    # "Name" before "Vorname" is the family name: the Last name.
    Name | lastName | Pohl | Ziegler | Demir
    Vorname | firstName | Greta | Lukas | Elif
    Geburtsdatum | dateOfBirth | 21.06.1987 | 09.03.2011 | ""
  `),
  set({ id: 'de-hotel-gaeste-import-karteityp-marketingcode', kind: 'Gästeliste für den Import in ein Hotelprogramm, das Eingabeformat eines Konverters (Namen, Adresse, Land, Sprache, Geschlecht als Code, E-Mail, Telefon, Briefanrede, Karteityp, VIP- und Marketingcode)', lang: 'de', defaultCountry: 'DE', source: 'index:33829514296 (Konverter von CSV in das Format eines Hotelprogramms, Python)' }, `
    Nachname | lastName | Vogel | Schreiber | Neumann
    Vorname | firstName | Andrea | Dirk | Katharina
    Straße | address1 | Karl-Liebknecht-Str. 20 | Am Markt 3 | Lindenallee 9
    PLZ | postalCode | 04107 | 01067 | 99084
    Ort | city | Leipzig | Dresden | Erfurt
    Land | country | Deutschland | Deutschland | Österreich
    Sprache | - | DE | DE | DE
    Geschlecht(m=1,w=2,d=3) | - | 2 | 1 | 2
    EMail | email | a.vogel@example.de | dirk.schreiber@example.com | k.neumann@example.at
    Tel | phone | 0341 4960221 | 0351 4960734 | +43 1 4960118
    Briefanrede | - | Sehr geehrte Frau Vogel | Sehr geehrter Herr Schreiber | Sehr geehrte Frau Neumann
    Karteityp(Gast=0,Firma=1) | - | 0 | 1 | 0
    # The VIP code and the marketing code are codes the guest is filed under: Tags.
    VIPcode | tags | Stammgast | "" | VIP1
    Marketingcode | tags | Direkt | Firmenkunde | Online
  `),
  set({ id: 'de-sportverein-mitgliedsantrag-csv-sportgruppe', kind: 'CSV-Anhang der Mail zu einem Online-Mitgliedsantrag eines Sportvereins (Namen, Adresse, Geburtsdatum, Geschlecht, Bankdaten, E-Mail, Telefon, Mobil, Beitrag, Satzung, Sportgruppe, Betreuer, Funktion, Eintrittsdatum, Anmerkung)', lang: 'de', defaultCountry: 'DE', source: 'index:11947409675 (Mitgliedsantrag eines Sportvereins, Mail mit CSV, PHP)' }, `
    Vorname | firstName | Melanie | Yusuf | Frieda
    Nachname | lastName | Keller | Aksoy | Hahn
    Strasse | address1 | Uhlandstr. 5 | Mozartweg 18 | Am Sportplatz 2
    PLZ | postalCode | 73728 | 73730 | 73728
    Ort | city | Esslingen | Esslingen | Esslingen
    Geburtsdatum | dateOfBirth | 19.04.1986 | 02.11.2012 | 27.06.1958
    Geschlecht | - | w | m | w
    IBAN | - | DE02 6005 0101 0002 0345 12 | DE85 6115 0020 0100 4455 66 | DE27 1001 0010 0987 6543 21
    BIC | - | SOLADEST600 | ESSLDE66XXX | PBNKDEFF
    Kontoinhaber | - | Melanie Keller | Serkan Aksoy | Frieda Hahn
    E-Mail | email | m.keller@example.de | familie.aksoy@example.com | frieda.hahn@example.de
    # An untyped phone beside a mobile: the phone is the main one, the mobile additional.
    Telefon | phone | 0711 4960382 | 0711 4960775 | 0711 4960120
    Mobil | additionalPhones | 0170 4960552 | 0176 4960218 | ""
    Beitrag | - | Erwachsene | Kinder | Senioren
    Satzung | - | ja | ja | ja
    # The sports group the member joins is a group the person belongs to: Tags.
    Sportgruppe | tags | Volleyball | Fußball E-Jugend | Gymnastik
    # The coach of the group is not a user in charge of the contact: not imported.
    Betreuer | - | Jens Maurer | Timo Reiter | Ilse Brenner
    Funktion | - | "" | "" | Übungsleiterin
    Eintrittsdatum | - | 01.09.2025 | 15.09.2025 | 01.10.2025
    Anmerkung | - | "" | Bruder ist schon Mitglied | ""
  `),
  set({ id: 'de-testdaten-stammdaten-personennummer-notiz', kind: 'Stammdaten-Datei eines Datenabgleich-Werkzeugs, von seinem Testdatengenerator geschrieben (Personennummer, Namen, Adresse, E-Mail, Telefon, Geburtsdatum, Notiz)', lang: 'de', defaultCountry: 'DE', source: 'index:67132643371 (Testdatengenerator, stammdaten.csv, Python)' }, `
    Personennummer | externalId | P-100412 | P-100413 | P-100420
    Nachname | lastName | Lindner | Roth | Kaiser
    Vorname | firstName | Tobias | Hannah | Emil
    Straße | address1 | Ringstraße 8 | Schillerplatz 2 | Feldweg 31
    PLZ | postalCode | 55116 | 67655 | 54290
    Ort | city | Mainz | Kaiserslautern | Trier
    EMail | email | tobias.lindner@example.de | h.roth@example.com | ""
    Telefon | phone | 06131 4960211 | 0631 4960745 | 0651 4960390
    Geburtsdatum | dateOfBirth | 03.08.1979 | 25.12.1990 | 14.05.2001
    Notiz | - | "" | Adresse geprüft | Doppelt?
  `),
  set({ id: 'de-kontakte-export-abteilung-prioritaet', kind: 'Kontaktliste eines Kundenportals als CSV exportiert (Name, Firma, E-Mail, Telefon, Mobil, Abteilung, Priorität, Status)', lang: 'de', defaultCountry: 'DE', source: 'index:62453552980 (Kontaktseite eines Kundenportals, CSV-Export, React)' }, `
    Name | name | Ralf Zimmermann | Dr. Julia Frank | Nadine Busch
    Firma | companyName | Zimmermann Logistik GmbH | Klinikum Nord | Busch & Söhne KG
    E-Mail | email | r.zimmermann@example.de | julia.frank@example.org | n.busch@example.de
    # An untyped phone beside a mobile: the phone is the main one, the mobile additional.
    Telefon | phone | 040 4960123 | 0511 4960870 | ""
    Mobil | additionalPhones | 0171 4960455 | "" | 0160 4960912
    Abteilung | - | Einkauf | Verwaltung | Geschäftsführung
    Prioritaet | - | hoch | mittel | niedrig
    Status | - | aktiv | aktiv | inaktiv
  `),
  set({ id: 'de-physio-patientenliste-insert-telefonnummer', kind: 'Patientenliste einer Therapie-App, die Spalten ihres INSERT (Namen, Geburtsdatum, Adresse, Ort, PLZ, Telefonnummer)', lang: 'de', defaultCountry: 'DE', source: 'index:41664879663 (Patientenverwaltung einer Therapie-App, SQL Server, C#)' }, `
    Vorname | firstName | Renate | Florian | Zeynep
    Nachname | lastName | Haas | Winter | Çelik
    Geburtsdatum | dateOfBirth | 12.01.1948 | 30.06.1983 | 08.09.1995
    Adresse | address1 | Gartenstr. 14 | Weinbergweg 2 | Hauptstraße 101
    Ort | city | Freiburg | Offenburg | Lahr
    PLZ | postalCode | 79098 | 77652 | 77933
    Telefonnummer | phone | 0761 4960228 | 0781 4960915 | 0157 4960336
  `),
  set({ id: 'de-firmenkontakte-person-bind-firmaid-titel', kind: 'Personen zu Firmen in einer Kontaktverwaltung, die Felder des Anlegeformulars (Person-Id, Firma-Id, Titel, Namen, Geburtsdatum, Telefon, E-Mail)', lang: 'de', defaultCountry: 'DE', source: 'index:52239308746 (Controller für Personen, ASP.NET Core, C#)' }, `
    PersonId | externalId | 1 | 2 | 3
    # The company is a row id of another table of this database: not imported.
    FirmaId | - | 4 | 4 | 9
    Titel | - | Dr. | "" | Prof. Dr.
    Vorname | firstName | Stefan | Miriam | Henrik
    Nachname | lastName | Berger | Hofmann | Lang
    Geburtsdatum | dateOfBirth | 1971-03-22 | 1988-10-05 | 1965-07-19
    Telefon | phone | 0228 4960341 | 0228 4960342 | 0221 4960877
    Email | email | s.berger@example.de | m.hofmann@example.de | henrik.lang@example.com
  `),
  // --------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-hogeschool-student-email-roepnaam', kind: 'studentgegevens van een hogeschoolportaal, de kolommen van de e-mailquery (studentnummer, roepnaam, tussenvoegsel, achternaam, e-mail)', lang: 'nl', defaultCountry: 'NL', source: 'index:17012232276 (pagina met persoonlijke e-mailadressen van een studentenportaal, PHP)' }, `
    # The student number is the school's id of the person: the External ID.
    snummer | externalId | 2184522 | 2190137 | 2201468
    roepnaam | firstName | Daan | Iris | Youssef
    tussenvoegsel | - | van | "" | ""
    achternaam | lastName | Leeuwen | Smit | Amrani
    email1 | email | d.vanleeuwen@student.example.nl | i.smit@student.example.nl | y.amrani@student.example.nl
  `),
  set({ id: 'nl-telefoonlijst-contacten-insert-extern-intern', kind: 'interne telefoonlijst van een organisatie, de kolommen van de INSERT in de tabel contacten (login, wachtwoord, naam, extern nummer, toestel, e-mail, foto, recht, afdeling)', lang: 'nl', defaultCountry: 'NL', source: 'index:26180306693 (beheer van een telefoonlijst, tabel contacten, PHP)' }, `
    # The login the person is filed under is the External ID.
    gebruikersnaam | externalId | jvisser | mdekker | abouzid
    wachtwoord | - | qwerty | Welkom01 | zomer2025
    # Initials alone are the First name, the only given-name column the file has.
    voorletter | firstName | J. | M.A. | A.
    tussenvoegsel | - | "" | "" | ""
    achternaam | lastName | Visser | Dekker | Bouzid
    # The outside number is the phone; the internal extension (sent as "ext") is not a number anyone outside can call.
    extern | phone | 050 496 1122 | 050 496 1187 | 050 496 1203
    intern | - | 122 | 187 | 203
    email | email | j.visser@example.nl | m.dekker@example.nl | a.bouzid@example.nl
    foto | - | default.png | mdekker.jpg | default.png
    recht | - | medewerker | medewerker | beheerder
    afdelings_id | - | 3 | 5 | 3
  `),
  set({ id: 'nl-kerk-gemeente-contactpersoon-avg-consent', kind: 'contactpersoon van een kerkelijke gemeente in een preekrooster-app, de geladen kolommen (id, naam met tussenvoegsel, e-mail, telefoonnummer, mobiel, AVG-toestemming)', lang: 'nl', defaultCountry: 'NL', source: 'index:70070799876 (controller van spreekbeurten, Laravel, PHP)' }, `
    id | externalId | 41 | 57 | 63
    voornaam | firstName | Gerrit | Annemarie | Willem
    tussenvoegsel | - | van der | "" | de
    achternaam | lastName | Meer | Kok | Boer
    email | email | scriba@gemeente-elim.example | a.kok@example.nl | w.deboer@example.com
    # An untyped phone beside a mobile: the phone is the main one, the mobile additional.
    telefoonnummer | phone | 0522 496 211 | 038 496 7720 | ""
    mobiel | additionalPhones | 06 4960 1122 | "" | 06 4960 8833
    avg_consent_at | - | 2025-03-02 19:44:10 | 2025-01-15 08:12:55 | ""
  `),
  set({ id: 'nl-client-registratie-tussenvoegsel-clientcode', kind: 'cliëntregistratie van een schoolproject, de kolommen van de INSERT (naam met tussenvoegsel, geboortedatum, cliëntcode)', lang: 'nl', defaultCountry: 'NL', source: 'index:1694885003 (registratieformulier dat in de tabel pws_client schrijft, PHP)' }, `
    voornaam | firstName | Noor | Bram | Esra
    tussenvoegsel | - | "" | van | ""
    achternaam | lastName | Hendriks | Dam | Koç
    geboortedatum | dateOfBirth | 2004-08-19 | 2003-02-07 | 2005-11-30
    # The code the client is filed under: the External ID.
    client_code | externalId | 48213907 | 71560284 | 30948172
  `),
  withHeader(set({ id: 'nl-be-sportevent-deelnemers-stamhoofd-ploeg', kind: 'deelnemerslijst van een loopwedstrijd uit een ledenbeheerprogramma, ingelezen door een tijdregistratie-app (naam, categorie, artikel, id, startgroep, notities, club of school, ploeg)', lang: 'nl', defaultCountry: 'BE', source: 'index:68947871982 (test van de deelnemersimport van een tijdregistratie-app, TypeScript)' }, `
    Voornaam | firstName | Lies | Arne | Nore
    Achternaam | lastName | Peeters | Wouters | Claes
    # The age class a runner is filed under is a category: Tags.
    Categorie | tags | U12 | Senioren | U16
    # What the registration is for (the distance bought) is not a contact field.
    Artikel | - | Korte afstand | 10 km | 5 km
    # The id in the membership program the file comes from: the External ID.
    Stamhoofd ID | externalId | 00123 | 00457 | 00981
    Startgroepen (waves) | - | Tweede groep | Eerste groep | Tweede groep
    # The header is "Notities | opmerkingen" (put back below: the bar cannot be written in the table).
    Notities opmerkingen | - | Bij de start aanmelden | "" | Loopt met begeleider
    # The club or school a runner comes with and the team are groups the person belongs to: Tags.
    Club/school | tags | School De Zee | AC Lebbeke | Sint-Jozefscollege
    Team / Ploeg | tags | Ploeg A | "" | Ploeg C
  `), 6, 'Notities | opmerkingen'),
  set({ id: 'nl-webwinkel-adressen-insert-accountid', kind: 'adressen bij een account van een webwinkel, de kolommen van de INSERT na registratie (account-id, naam met tussenvoegsel, postcode, straatnaam, huisnummer, plaats)', lang: 'nl', defaultCountry: 'NL', source: 'index:42503935107 (registratiemodel van een webwinkel, PHP)' }, `
    # The account the address belongs to is the person's id in the shop: the External ID.
    accountid | externalId | 118 | 119 | 126
    Voornaam | firstName | Lisa | Koen | Samira
    Tussenvoegsel | - | "" | van | ""
    Achternaam | lastName | Meijer | Vliet | Haddou
    Postcode | postalCode | 9711 LM | 8011 AB | 2515 CS
    Straatnaam | address1 | Oosterstraat | Luttekestraat | Hoefkade
    Huisnummer | - | 41 | 7a | 230
    Plaats | city | Groningen | Zwolle | Den Haag
  `),
  set({ id: 'nl-verloren-bagage-klant-insert-land', kind: 'klantgegevens bij een melding van vermiste bagage, de kolommen van de INSERT in de tabel klant (naam met tussenvoegsel, adres in delen, land, telefoon, e-mail)', lang: 'nl', defaultCountry: 'NL', source: 'index:33860524599 (scherm om vermissing te melden, JavaFX, Java)' }, `
    voornaam | firstName | Ruben | Mirjam | Kevin
    tussenvoegsel | - | "" | de | ""
    achternaam | lastName | Kuipers | Ruiter | Asante
    woonplaats | city | Eindhoven | Haarlem | Almere
    straat | address1 | Boschdijk | Kruisweg | Grote Markt
    huisnummer | - | 212 | 9 | 15
    postcode | postalCode | 5612 HB | 2011 LA | 1315 JG
    land | country | Nederland | Nederland | Nederland
    telefoon | phone | 040 496 2231 | 06 4960 7712 | 036 496 0458
    email | email | r.kuipers@example.nl | mirjam.deruiter@example.com | kevin.asante@example.nl
  `),
  set({ id: 'nl-pizzeria-klant-account-insert-wachtwoord', kind: 'klantaccount van een bestelsite, de kolommen van de INSERT in de tabel klant (naam met tussenvoegsel, adres, huisnummer, postcode, plaats, e-mail, telefoon, wachtwoord)', lang: 'nl', defaultCountry: 'NL', source: 'index:503924998 (accountklasse van een bestelsite, PHP)' }, `
    voornaam | firstName | Jesse | Anouk | Mustafa
    tussenvoegsel | - | "" | van der | ""
    achternaam | lastName | Brouwer | Linden | Yilmaz
    adres | address1 | Kastanjelaan | Prinsengracht | Zuidwal
    huisnummer | - | 18 | 402 | 3
    postcode | postalCode | 3701 BC | 1016 HN | 2512 XR
    plaats | city | Zeist | Amsterdam | Den Haag
    email | email | jesse.brouwer@example.nl | anouk.vdlinden@example.com | m.yilmaz@example.nl
    telefoon | phone | 06 4960 3321 | 020 496 8810 | 06 4960 1177
    wachtwoord | - | $2y$10$Qe8 | $2y$10$Kx1 | $2y$10$Zp4
  `),
  set({ id: 'nl-identiteitsbeheer-personen-export-gebruikersnaam', kind: 'export van personen uit een bronbestand voor een identiteitsbeheer-koppeling (naam met tussenvoegsel, geslacht, e-mail, gebruikersnaam)', lang: 'nl', defaultCountry: 'NL', source: 'index:25989960343 (exportscript van een identiteitsbeheer-koppeling, SQLite, PowerShell)' }, `
    voornaam | firstName | Marloes | Thomas | Ilse
    tussenvoegsel | - | "" | "" | van
    achternaam | lastName | Verhoeven | Post | Wijk
    geslacht | - | V | M | V
    email | email | m.verhoeven@example.nl | t.post@example.nl | i.vanwijk@example.nl
    # The login the person is filed under is the External ID.
    gebruikersnaam | externalId | mverhoeven | tpost | ivwijk
  `),
  set({ id: 'nl-filialen-personeel-bind-functieid', kind: 'personeelsregister van een winkelketen, de velden van het aanmaakformulier (personeel-id, filiaal, functie, naam met tussenvoegsel, postcode, adres)', lang: 'nl', defaultCountry: 'NL', source: 'index:37978233671 (controller voor personeel, ASP.NET MVC, C#)' }, `
    PersoneelId | externalId | 1 | 2 | 3
    # The branch and the job are row ids of other tables of this database: not imported.
    filiaal_codeId | - | 4 | 4 | 7
    FunctieId | - | 2 | 5 | 2
    Voornaam | firstName | Henk | Sevda | Laura
    Tussenvoegsel | - | "" | "" | de
    Achternaam | lastName | Schipper | Karaca | Jong
    PostCode | postalCode | 4811 AA | 4824 BP | 5041 KD
    Adres | address1 | Ginnekenweg 45 | Haagweg 310 | Piushaven 12
  `),
  set({ id: 'nl-recepten-site-gebruikers-insert', kind: 'accounts van een receptensite, de kolommen van de INSERT in de tabel gebruikers (naam met tussenvoegsel, e-mail, wachtwoord)', lang: 'nl', defaultCountry: 'NL', source: 'index:49118887269 (registratiepagina van een receptensite, PHP)' }, `
    voornaam | firstName | Emma | Lars | Nadia
    tussenvoegsel | - | "" | van | ""
    achternaam | lastName | Vos | Beek | Chaouch
    email | email | emma.vos@example.nl | lars.vanbeek@example.com | n.chaouch@example.nl
    wachtwoord | - | 5f4dcc3b5aa765d61d8327deb882cf99 | e10adc3949ba59abbe56e057f20f883e | 25d55ad283aa400af464c76d713c07ad
  `),
  set({ id: 'nl-abonnementen-klantprofiel-select-profielfoto', kind: 'klantprofiel bij een abonnement, de kolommen van een Supabase-query op user_profiles (naam, e-mail, telefoon, profielfoto, adres-id)', lang: 'nl', defaultCountry: 'NL', source: 'index:33543335578 (functie voor abonnementsdetails, Supabase, TypeScript)' }, `
    voornaam | firstName | Femke | Jordy | Yara
    achternaam | lastName | Willems | Peters | Boukhari
    email | email | femke.willems@example.nl | jordy.peters@example.com | yara.b@example.nl
    telefoon | phone | 06 4960 4412 | 06 4960 8873 | ""
    profielfoto | - | https://cdn.example.nl/p/fw.jpg | "" | https://cdn.example.nl/p/yb.jpg
    # The address is a row id of another table: not imported.
    adres_id | - | 3f8a1c | 77b2e0 | a19d44
  `),
  // --------------------------------------------------------------------------------------------------- mixed
  set({ id: 'mixed-de-en-praxis-patient-tabelle-optin', kind: 'Patiententabelle einer Praxis-Terminapp (deutsche Spalten neben englischen: patientCode, name, email, emailOptIn, smsOptIn), SQLite-Migration', lang: 'mixed', defaultCountry: 'DE', source: 'index:56958888171 (Prisma-Migration der Tabelle Patient, SQL)' }, `
    # The code the practice files the patient under is the first id of the person: the External ID.
    patientCode | externalId | PAT-3F1A | PAT-9C04 | PAT-B7E2
    id | - | 1 | 2 | 3
    name | name | Monika Albrecht | Erkan Şahin | Lisa Brandl
    geburtsdatum | dateOfBirth | 1961-09-14 | 1984-02-03 | 1999-12-21
    versichertennummer | - | A123456780 | K987654321 | ""
    # The practice's own patient number beside the code: of two ids of the person, the first is the External ID.
    praxisPatientennummer | - | 10482 | 10517 | 10603
    versicherungsstatus | - | gesetzlich | privat | gesetzlich
    telefonnummer | phone | 0911 4960221 | 0176 4960384 | 0911 4960557
    email | email | m.albrecht@example.de | "" | lisa.brandl@example.com
    emailOptIn | - | true | false | true
    smsOptIn | - | false | true | true
    noShowZaehler | - | 0 | 2 | 0
    sperrstatus | - | aktiv | aktiv | gesperrt
    angelegtAm | - | 2025-01-08 10:12:00 | 2025-02-19 16:40:31 | 2025-03-03 08:05:12
  `),
  set({ id: 'mixed-nl-en-users-insert-rollen-eenheid', kind: 'gebruikerstabel van een beheerapplicatie (Engelse username, password, password_change naast Nederlandse inlogpoging, blokkering, voornaam, tussenvoegsel, rollen, eenheid_code, contactinfo), Oracle-seed', lang: 'mixed', defaultCountry: 'NL', source: 'index:3650533116 (installatiescript dat de tabel users vult, SQL)' }, `
    # The login the person is filed under is the External ID.
    username | externalId | cris | hvdberg | mpaauw
    password | - | 93026b671c96be43b475b53b8c0f8b77dc661ebf | 5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8 | 7c4a8d09ca3762af61e59520943dc26494f8941b
    inlogpoging | - | 0 | 1 | 0
    blokkering | - | 0 | 0 | 1
    bloktijdstip | - | "" | "" | 14-03-2025 09:12
    password_change | - | 01-02-2025 | 11-02-2025 | 20-12-2024
    voornaam | firstName | Cris | Hanneke | Maarten
    tussenvoegsel | - | "" | van den | ""
    achternaam | lastName | Administrator | Berg | Paauw
    rollen | - | 1 | 2,3 | 2
    eenheid_code | - | "" | RDAM-01 | UTR-04
    # A free-form contact note (a number, a room, a mail address mixed): not imported.
    contactinfo | - | "" | tst. 4412 | kamer 2.14
  `),
  set({ id: 'mixed-nl-en-leads-select-bedrijfsnaam-is-test', kind: 'leads van een offerteformulier (Engelse id, type, status, is_test, extra_data naast Nederlandse voornaam, achternaam, bedrijfsnaam, offerte_verstuurd_op), kolommen van een Supabase-query', lang: 'mixed', defaultCountry: 'NL', source: 'index:71281290026 (edge function die een offerte verstuurt, TypeScript)' }, `
    id | externalId | 6f1c2a90-4b7e-4d11-9a3e-2c5d8e7f0a11 | 0b9e3d27-8c41-4f5a-b6d2-91e7c3a5f822 | c47a1e08-2d93-4b6f-8e15-7a0f9c2b6d33
    type | - | offerte-aanvraag | contact | offerte-aanvraag
    status | - | nieuw | afgehandeld | offerte verstuurd
    voornaam | firstName | Rik | Femke | Joost
    achternaam | lastName | Vermeulen | de Wit | Schouten
    email | email | rik@vermeulen-installatie.example | femke.dewit@example.nl | j.schouten@example.com
    bedrijfsnaam | companyName | Vermeulen Installatietechniek | "" | Schouten Bouw BV
    is_test | - | false | false | true
    extra_data | - | {"m2":120} | {} | {"m2":45}
    offerte_verstuurd_op | - | "" | "" | 2025-05-12T14:03:00Z
  `),
  set({ id: 'mixed-nl-en-participant-insert-introducee-walkin', kind: 'deelnemers van een evenement bij de check-in (Engelse id, event_id, identifier, attendance_status, checkin_time naast Nederlandse voornaam, tussenvoegsel, achternaam, telefoonnummer, introducee)', lang: 'mixed', defaultCountry: 'NL', source: 'index:70884611608 (check-in van inloopgasten, SQLite, Python)' }, `
    id | - | 8b1f0c2e-5a7d-4e11-9c3b-1f2e3d4c5b6a | 2c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f | 5e4d3c2b-1a09-4f8e-9d7c-6b5a4e3d2c1b
    event_id | - | ev-2025-07 | ev-2025-07 | ev-2025-07
    # The identifier the guest is registered under (a member number), the person's id in the club's records: the External ID.
    identifier | externalId | L10482 | "" | L10733
    voornaam | firstName | Joris | Mila | Bas
    tussenvoegsel | - | "" | van | ""
    achternaam | lastName | Timmermans | Rijn | Hoekstra
    telefoonnummer | phone | 06 4960 1290 | 06 4960 5518 | ""
    introducee | - | 0 | 1 | 0
    temporary_walkin | - | 0 | 1 | 0
    attendance_status | - | present | present | expected
    checkin_time | - | 2025-07-04T19:42:10 | 2025-07-04T19:55:31 | ""
    checkin_by | - | balie1 | balie1 | ""
    created_at | - | 2025-06-20T10:00:00 | 2025-07-04T19:55:31 | 2025-06-21T08:12:44
    updated_at | - | 2025-07-04T19:42:10 | 2025-07-04T19:55:31 | 2025-06-21T08:12:44
  `),
  set({ id: 'mixed-de-en-feriencamp-anmeldungen-payer-type', kind: 'Anmeldungen zu Feriencamps (deutsche Spalten neben englischen: payer_type, parent_payment_status, list_price_euro, sponsor_amount_euro), Spalten einer Supabase-Abfrage', lang: 'mixed', defaultCountry: 'DE', source: 'index:59727944686 (Bestätigungsfunktion für Camp-Anmeldungen, Supabase, TypeScript)' }, `
    id | - | 4f2a9c10-1b3e-4d5f-8a7b-9c0d1e2f3a4b | 7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928 | 1a2b3c4d-5e6f-4708-8192-a3b4c5d6e7f8
    # In a registration of children the child is the contact: the parents' name columns are not imported.
    vorname | firstName | Lina | Paul | Maja
    nachname | lastName | Schmitt | Jung | Albers
    geburtsdatum | dateOfBirth | 2015-04-11 | 2013-09-02 | 2016-01-27
    eltern_vorname | - | Carina | Markus | Svenja
    eltern_nachname | - | Schmitt | Jung | Albers
    # The only email and phone of the registration, the ones the family is reached at.
    email | email | carina.schmitt@example.de | m.jung@example.com | svenja.albers@example.de
    telefon | phone | 0170 4960213 | 0151 4960584 | 0176 4960390
    camp_id | - | 12 | 12 | 14
    betrag_euro | - | 189 | 189 | 0
    zahlungsstatus | - | bezahlt | offen | gesponsert
    payer_type | - | parent | parent | sponsor
    parent_payment_status | - | paid | pending | none
    list_price_euro | - | 189 | 189 | 189
    parent_amount_euro | - | 189 | 189 | 0
    sponsor_amount_euro | - | 0 | 0 | 189
  `),
];
