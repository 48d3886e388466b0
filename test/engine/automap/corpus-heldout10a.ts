// The tenth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch and
// mixed-language files; the other half, corpus-heldout10b.ts, holds Spanish, Portuguese, French and Italian files and
// English exports of tools and vendors): 50 header sets (672 columns, 348 of them expected
// to map; 25 English, 13 German, 9 Dutch, 3 mixed; 4 files without a header row, 2 with title, date, count and blank
// lines above it; 7 sets of 21 to 45 columns) from sources none of the other parts use, found in the public code
// index (CSV files and templates, importer tests and fixtures, export writers and their documentation) and written
// down, with the mapping a careful person would choose by the field definitions and the rules, BEFORE the
// mapper was run on them and without reading the lexicon or the mapper. "index:N" names the index file the header text
// was read from (the index does not name its repository); the kind says what the file is. Sample values are made up in
// the shape of each file's own (no personal data or example rows from the sources are copied). A trailing empty column
// (a header line or a data line ending in the separator) is written as "". No set's headers repeat an older part's
// (two of the four files without a header row aside: their empty headers are those of older such files as wide).
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
// - A bare "ID" column of a contact list is the External ID (55 sets chose so, 13 did not). A customer's account number
//   ("Numéro de compte client", "Acct_Num") is the External ID too; a bank account number never.
// - "How did you hear about us?" is the Source; the same question about an event or a course is not imported.
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - A full-name column next to first and last name columns is the Name as well (the field exists; it holds the
//   person's full name).
// - A school class, a grade, a year group or a cohort is not imported (an attribute of the person, like a job title);
//   a column that names a group the person belongs to (a team, a club, a clan, an orchestra, a parliamentary group, a
//   group membership) is Tags.
// - Of two ids of the person, the first is the External ID and the other is not imported.
// - A telephone area code in a column of its own is not imported; the number beside it is still the phone.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout10' }, table);

export const HELDOUT10A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-guardians-ad-litem-directory-noheader', kind: 'legal resource directory CSV without a header row, its column names given in the loader (family name first, main, fax and cell phones, website, address, comments, credentials, business name last)', lang: 'en', noHeader: true, source: 'index:16426158060 (a family court resource directory\'s CSV loader module, JavaScript)' }, `
    "" | lastName | Whitfield | Okafor | Brandvold
    "" | firstName | Dana | Samuel | Ingrid
    "" | phone | (505) 555-0134 | 505-555-0172 | (505) 555-0118
    "" | - | (505) 555-0135 | | (505) 555-0119
    "" | additionalPhones | (505) 555-0190 | | 505-555-0161
    "" | email | dwhitfield@example.com | sam.okafor@example.org | ingrid@brandvold-law.example
    "" | website | www.whitfieldlaw.example | | https://brandvold-law.example
    "" | address1 | 412 Lomas Blvd NW | 2100 Central Ave SE Ste 4 | 88 Sunport Pl
    "" | city | Albuquerque | Albuquerque | Rio Rancho
    "" | state | NM | NM | NM
    "" | postalCode | 87102 | 87106 | 87124
    "" | country | USA | USA | USA
    "" | - | Accepts pro bono cases | | Spanish spoken
    "" | - | J.D. | J.D., M.S.W. | J.D.
    "" | companyName | Whitfield Law Office | Okafor & Reyes LLC | Brandvold Family Law
  `),
  set({ id: 'en-donor-acknowledgement-output-wide', kind: 'donation acknowledgement output file of a nonprofit data script (21 columns: title, middle name, suffix, organization, home address group, two numbered phones, gift date, amount, fund, campaign, appeal, method, acknowledged flag, note)', lang: 'en', source: 'index:13332967569 (a volunteer data transformation project\'s column constants, Python)' }, `
    # Campaign and Appeal name the fundraising effort the gift answered, not how the contact came: not imported.
    Title | - | Mr. | Dr. |
    First Name | firstName | Harold | Lucinda | Grace
    Middle Name | - | J. | | Ann
    Last Name | lastName | Pruitt | Okonkwo | Delgado
    Suffix | - | Jr. | |
    Organization | companyName | | Brazos Valley Rotary |
    Home Address | address1 | 1402 Holleman Dr | 77 Anderson St | 3105 Cavitt Ave
    Home City | city | College Station | Bryan | Bryan
    Home State | state | TX | TX | TX
    Home Zip Code | postalCode | 77840 | 77801 | 77801
    Phone1 | phone | (979) 555-0148 | 979-555-0121 |
    Phone2 | additionalPhones | (979) 555-0199 | |
    Email | email | hpruitt@example.com | lucinda@bvrotary.example | gdelgado@example.net
    Date | - | 03/14/2026 | 03/20/2026 | 04/02/2026
    Amount | - | 250.00 | 1000.00 | 35.00
    Fund | - | General Operating | Scholarship | General Operating
    Campaign | - | Spring 2026 | Spring 2026 | Giving Day
    Appeal | - | Letter | Event | Online
    Method | - | Check | ACH | Credit Card
    Acknowledged? | - | Yes | No | No
    Note | - | In memory of Ruth | |
  `),
  set({ id: 'en-club-roster-download-emergency-contacts', kind: 'student club roster CSV download (member\'s name, email and cell, grade, shirt size, gender, position, specialization, status, two emergency contacts with name, email, phone and relation)', lang: 'en', source: 'index:45451180901 (a club tracker app\'s roster CSV header definitions, React)' }, `
    # The grade is the student's school year: not imported.
    Member's First Name | firstName | Priya | Marcus
    Member's Last Name | lastName | Raman | Bell
    Member's Email | email | praman@calpoly.example.edu | mbell03@calpoly.example.edu
    Member's Cell Number | phone | (805) 555-0167 | 805-555-0133
    Member's Grade | - | Junior | Freshman
    Member's Shirt Size | - | M | L
    Member's Gender | - | Female | Male
    Member's Position | - | Treasurer | Member
    Member's Specialization | - | Mechanical | Software
    Member's Status | - | Active | Active
    Emergency Contact #1: Name | - | Lakshmi Raman | Dolores Bell
    Emergency Contact #1: Email | - | lraman@example.com | dbell@example.net
    Emergency Contact #1: Phone Number | - | (408) 555-0102 | (619) 555-0188
    Emergency Contact #1: Relation to Member | - | Mother | Grandmother
    Emergency Contact #2: Name | - | Venkat Raman |
    Emergency Contact #2: Email | - | vraman@example.com |
    Emergency Contact #2: Phone Number | - | (408) 555-0103 |
    Emergency Contact #2: Relation to Member | - | Father |
  `),
  set({ id: 'en-broker-sanctions-match-report', kind: 'online broker\'s sanctions screening report (list name, database, client login id, gender, birth date, join date, residence and citizenship as country codes, status, reason)', lang: 'en', source: 'index:35756042983 (a trading platform\'s cron script writing a sanctions match CSV, Perl)' }, `
    # LoginID is the client's id in the broker's system: the External ID. Residence is the country the client lives in
    # (the country field); Citizen is a nationality, not the address's country: not imported.
    List Name | - | OFAC SDN | EU Consolidated
    Database | - | CR | MF
    LoginID | externalId | CR104233 | MF90112
    First Name | firstName | Viktor | Elena
    Last Name | lastName | Sarkisov | Mavridou
    Email | email | v.sarkisov@example.com | elena.m@example.org
    Phone | phone | +7 912 555 0144 | +357 99 555012
    Gender | - | m | f
    DateOfBirth | dateOfBirth | 1979-02-11 | 1990-07-30
    DateJoined | - | 2024-11-03 | 2025-06-18
    Residence | country | ru | cy
    Citizen | - | ru | gr
    Status | - | disabled | active
    Reason | - | Name and DOB match | Name match only
  `),
  set({ id: 'en-crm-lead-import-template-deal-value', kind: 'CRM lead import CSV template (company, title, deal value, source)', lang: 'en', source: 'index:56777573293 (a sales CRM\'s lead import service test, FastAPI)' }, `
    First Name | firstName | Rachel | Tomás
    Last Name | lastName | Kim | Ibarra
    Email | email | rachel.kim@northwind.example | tibarra@example.com
    Phone | phone | +1 415 555 0110 | (312) 555-0176
    Company | companyName | Northwind Traders | Ibarra Consulting
    Title | - | VP Operations | Owner
    Deal Value | - | 12000 | 4500
    Source | source | Webinar | Referral
  `),
  set({ id: 'en-agency-lead-upload-niche', kind: 'marketing agency lead upload CSV, company first (website, state, niche)', lang: 'en', source: 'index:71267654833 (a lead tracker\'s import permission end-to-end test, Playwright)' }, `
    # Niche is the line of business of the lead's company (roofing, med spa): a company's industry, not imported.
    Company name | companyName | Summit Roofing Co | Glow Med Spa
    Website | website | summitroofing.example | https://glowmedspa.example
    First name | firstName | Brett | Alana
    Last name | lastName | Hollis | Nguyen
    Email | email | brett@summitroofing.example | alana@glowmedspa.example
    Phone | phone | (303) 555-0129 | 713-555-0164
    State | state | CO | TX
    Niche | - | Roofing | Med spa
  `),
  set({ id: 'en-in-school-faculty-import-template', kind: 'Indian school faculty import CSV template (employee id, department, designation, qualification, specialization, experience, join date, subjects)', lang: 'en', defaultCountry: 'IN', source: 'index:54677058118 (a college ERP\'s faculty bulk import dialog, React)' }, `
    Employee ID | externalId | EMP014 | EMP015
    First Name | firstName | Anjali | Rohit
    Last Name | lastName | Deshpande | Malhotra
    Email | email | anjali.d@college.example.in | rohit.malhotra@college.example.in
    Phone | phone | +91 98220 41563 | 99100 22871
    Department | - | Chemistry | Computer Science
    Designation | - | Assistant Professor | Lecturer
    Qualification | - | M.Sc. Chemistry | M.Tech.
    Specialization | - | Organic Chemistry | Databases
    Experience (years) | - | 6 | 3
    Join Date (YYYY-MM-DD) | - | 2020-07-15 | 2023-01-09
    Subjects (semicolon separated) | - | Chemistry;Lab Safety | DBMS;Data Structures
  `),
  set({ id: 'en-auto-service-reminders-template-wide', kind: 'auto repair shop service history import template (23 columns: customer id, vehicle id, VIN, year, make, model, plate, mileage, service, price, labor hours, status, declined date, advisor notes, appointment date and time, services)', lang: 'en', source: 'index:58626397213 (a service reminder app\'s CSV import template and parser, TypeScript)' }, `
    Customer ID | externalId | C-2041 | C-2042
    First Name | firstName | Dwayne | Melissa
    Last Name | lastName | Carter | Ostrowski
    Email | email | dcarter@example.com | mel.ostrowski@example.net
    Phone | phone | (770) 555-0138 | 404-555-0192
    Vehicle ID | - | V-3301 | V-3302
    VIN | - | 2T1BURHE5JC014562 | 1FTEW1EP4MFA20937
    Year | - | 2018 | 2021
    Make | - | Toyota | Ford
    Model | - | Corolla | F-150
    License Plate | - | RBX4471 | CPK2208
    Current Mileage | - | 88120 | 41350
    Service Name | - | Timing Belt | Oil Change
    Service Date | - | 2026-01-22 | 2026-02-03
    Service Mileage | - | 87900 | 41200
    Price | - | 640.00 | 79.95
    Labor Hours | - | 3.5 | 0.5
    Status | - | Declined | Completed
    Declined Date | - | 2026-01-22 |
    Advisor Notes | - | Wants quote for next month |
    Appointment Date | - | 2026-03-10 |
    Appointment Time | - | 08:30 |
    Services | - | Timing Belt | Oil Change
  `),
  set({ id: 'en-ca-property-tenants-import-template', kind: 'Canadian property management tenant import template (birth date, emergency contact name and phone, move-in date)', lang: 'en', defaultCountry: 'CA', source: 'index:16549267138 (a property management app\'s import templates, TypeScript)' }, `
    First Name | firstName | Noah | Chloé
    Last Name | lastName | Tremblay | Singh
    Email | email | noah.tremblay@example.ca | chloe.singh@example.com
    Phone | phone | (416) 555-0142 | 604-555-0187
    Date of Birth | dateOfBirth | 1992-04-03 | 1988-12-19
    Emergency Contact Name | - | Marie Tremblay | Arjun Singh
    Emergency Contact Phone | - | (416) 555-0143 | 604-555-0111
    Move-In Date | - | 2026-02-01 | 2026-03-15
  `),
  set({ id: 'en-social-app-users-admin-export', kind: 'social app admin user export (18 columns: id, gender, birth date, city, language, relationship status, children, work industry, country of birth, notification and blocking flags, admin notes, timestamps)', lang: 'en', defaultCountry: 'GB', source: 'index:61683040123 (a social app admin panel\'s user CSV export, Flutter)' }, `
    # Country of Birth is not where the person lives: not imported.
    ID | externalId | u_8f21c9 | u_90ab3e
    First Name | firstName | Imogen | Kwame
    Last Name | lastName | Hale | Mensah
    Email | email | imogen.hale@example.co.uk | kwame.m@example.com
    Phone | phone | 07700 900412 | +44 7700 900871
    Gender | - | Female | Male
    Date of Birth | dateOfBirth | 1994-06-21 | 1989-01-07
    City | city | Bristol | Leeds
    Language | - | English | English
    Relationship Status | - | Single | Divorced
    Has Children | - | No | Yes
    Work Industry | - | Healthcare | Finance
    Country of Birth | - | United Kingdom | Ghana
    Notifications Enabled | - | true | false
    Is Shadow Blocked | - | false | false
    Admin Notes | - | | Reported twice
    Created At | - | 2025-10-02 18:22:51 | 2025-11-14 07:03:12
    Updated At | - | 2026-01-30 09:41:08 | 2026-02-02 21:15:40
  `),
  set({ id: 'en-erp-customers-import-template-tier', kind: 'manufacturing ERP business customer import template (customer number and name, contact person\'s name, email and phone, address, tier)', lang: 'en', source: 'index:35129281108 (a manufacturing ERP\'s import templates by entity, TypeScript)' }, `
    # The customers are companies with a contact person: the customer name is the company, the contact name the Name.
    # The tier (gold, standard) is a segment the customer is put in, a category: Tags.
    Customer Number | externalId | CUST-014 | CUST-015
    Customer Name | companyName | Lakeside Fabrication | Pioneer Packaging Inc.
    Contact Name | name | Gary Lindqvist | Renee Ortiz
    Contact Email | email | gary@lakesidefab.example | rortiz@pioneerpack.example
    Contact Phone | phone | 216-555-0127 | (614) 555-0184
    Address | address1 | 4400 Lakeside Ave | 1200 Dublin Rd
    City | city | Cleveland | Columbus
    State | state | OH | OH
    Zip Code | postalCode | 44114 | 43215
    Country | country | US | US
    Customer Tier | tags | gold | standard
  `),
  set({ id: 'en-event-pros-members-crm-export-wide', kind: 'event professionals\' network member list exported from a CRM (40 columns: contact name and email, application survey questions, referral, company, website, mailing address with a combined "City, State" column, deal name, amount, stage and pipeline, membership dates, interview notes, group number and status, group chat link)', lang: 'en', source: 'index:16854299787 (a members directory app\'s bundled member CSV header, TypeScript)' }, `
    # "Referred by" says how the member came to the network: the Source. "City, State" holds the town and the state
    # in one cell: the city field takes it. The group number names the member group the member is in: Tags.
    Contact: First name | firstName | Jasmine | Theo
    Contact: Last name | lastName | Ward | Castellanos
    Contact: Email | email | jasmine@wardevents.example | theo@castellanosdj.example
    Where are most of your events taking place? | - | Atlanta metro | Miami and Fort Lauderdale
    Number Of Bookings Per Year | - | 40-60 | 100+
    Number of freelancers you regularly work with | - | 5-10 | 1-4
    Referred by | source | Monique Daniels | Instagram
    What best describes how you feel about your business? | - | Growing steadily | Overwhelmed
    What is your biggest goal for this year? | - | Hire a coordinator | Raise prices
    What range do most of your clients' budgets fall into? | - | $10k-$25k | $2k-$5k
    What was your average revenue per booking last year? | - | $8,500 | $1,900
    When did you start the company? | - | 2017 | 2021
    Which of the following best describes your current networking strategy? | - | Referrals only | Social media
    Which of the following is most important to you when it comes to Freeda? | - | Community | Leads
    Years Within Industry | - | 9 | 5
    Company Founded Date | - | 2017-03-01 | 2021-08-15
    Customer Description | - | Weddings and galas | Quinceañeras and corporate parties
    Do you have significant hard costs in your business? | - | Yes | No
    Industry Category | - | Planner | DJ
    Number of Bookings Per Year | - | 48 | 130
    Type of Bookings | - | Weddings | Private events
    Your company's approximate annual net revenue? | - | $250k-$500k | $100k-$250k
    Company Name | companyName | Ward Events Co. | Castellanos DJ Services
    Website | website | https://wardevents.example | castellanosdj.example
    Mailing Address | address1 | 1180 Peachtree St NE | 3050 Biscayne Blvd
    Mailing Address Line 2 | - | Suite 200 |
    City, State | city | Atlanta, GA | Miami, FL
    Zip Code | postalCode | 30309 | 33137
    Country | country | United States | United States
    Deal Name | - | Ward Events - Membership | Castellanos DJ - Membership
    Deal Amount | - | 1200 | 1200
    Application Status | - | Accepted | Interviewed
    Membership Start Date | - | 2026-01-01 |
    Membership End Date | - | 2026-12-31 |
    Deal Stage | - | Closed Won | Interview
    Pipeline | - | Membership | Membership
    Notes from Interview | - | Strong fit, wants mentoring | Follow up in March
    Group Number | tags | 4 |
    Group Status | - | Active |
    WhatsApp Group Link | - | https://chat.whatsapp.example/AbC12 |
  `),
  set({ id: 'en-newspaper-rural-routes-subscribers', kind: 'newspaper rural route subscriber export (stars, pre-sort route, registration number, record code, company, title, street number apart, home, work, car and fax phones)', lang: 'en', source: 'index:30367477725 (a newspaper circulation system\'s rural routes export, Perl)' }, `
    # The registration number is the subscriber's number: the External ID. No mobile column: the home phone, first of
    # the typed phones, is the main one, the work and car phones additional.
    STARS | - | ** | *
    Pre-Sort rt | - | RR2 | RR5
    REGISTRATION NO | externalId | 104877 | 104912
    Record # | - | EXCH | COMP
    First Name | firstName | Earl | Bonnie
    Last Name | lastName | Thompson | Rasmussen
    Company | companyName | Thompson Feed & Seed |
    Title | - | Owner |
    ST # | - | 2841 | 17
    Address | address1 | County Road 12 | Prairie View Ln
    City | city | Mitchell | Alexandria
    State | state | SD | SD
    Zip Code | postalCode | 57301 | 57311
    Country | country | USA | USA
    Home Phone | phone | (605) 555-0116 | 605-555-0149
    Work Phone | additionalPhones | (605) 555-0170 |
    Car Phone | additionalPhones | (605) 555-0188 |
    Fax Phone | - | (605) 555-0171 |
  `),
  set({ id: 'en-android-contacts-dump-outlook-style', kind: 'Android contacts database dump to an Outlook-style CSV (misspelled middle name header, e-mail, mobile, home, work and other phones)', lang: 'en', source: 'index:11651694131 (an Android contacts database to CSV converter, Java)' }, `
    First Name | firstName | Carlos | Megan
    Middle Namme | - | Andrés |
    Last Name | lastName | Villanueva | O'Brien
    E-mail | email | carlos.villanueva@example.com |
    Mobile Phone | phone | (956) 555-0131 | 555-0164
    Home Phone | additionalPhones | (956) 555-0102 |
    Work Phone | additionalPhones | | (212) 555-0190
    Other Phone | additionalPhones | |
  `),
  set({ id: 'en-housing-coop-people-export', kind: 'housing cooperative people export (id, unit number and suffix, birthdate, child flag, mobile, home and work phones, join date, preferred contact, garage numbers, vehicles)', lang: 'en', source: 'index:34077857173 (a housing co-op app\'s people exporter spec, Rails)' }, `
    # The unit number is the flat inside the building (a second address line): not imported.
    ID | externalId | 318 | 319
    First Name | firstName | Ruth | Eli
    Last Name | lastName | Abernathy | Abernathy
    Unit Num and Suffix | - | 2B | 2B
    Birthdate | dateOfBirth | 1961-09-14 | 2014-05-02
    Email | email | ruth.abernathy@example.com |
    Is Child | - | false | true
    Mobile Phone | phone | (617) 555-0126 |
    Home Phone | additionalPhones | (617) 555-0180 | (617) 555-0180
    Work Phone | additionalPhones | | 
    Join Date | - | 2019-06-01 | 2019-06-01
    Preferred Contact | - | Email | 
    Garage Nums | - | G14 |
    Vehicles | - | Blue Subaru Outback |
  `),
  set({ id: 'en-contacts-backup-restore-csv', kind: 'phone backup contacts CSV written by a restore tool (organization, department, birthday, job title, note, nickname, creation and modification dates, work, mobile and home phones, one-line address, city)', lang: 'en', source: 'index:22318246747 (an iOS backup restore tool\'s contacts report writer, Java)' }, `
    First Name | firstName | Hannah | Oliver
    Last Name | lastName | Becker | Shaw
    Organization | companyName | Midwest Dental Group |
    Department | - | Billing |
    Birthday | dateOfBirth | 1985-08-19 |
    JobTitle | - | Office Manager |
    Note | - | Gate code 4412 |
    Nickname | - | Hanna | Ollie
    Creation Date | - | 2021-03-04 10:15:22 | 2023-07-19 18:40:01
    Modification Date | - | 2025-11-30 08:02:47 | 2023-07-19 18:40:01
    Work Phone | additionalPhones | (608) 555-0150 |
    Mobile Phone | phone | (608) 555-0117 | (414) 555-0169
    Home Phone | additionalPhones | | (414) 555-0104
    Address | address1 | 220 W Gorham St | 1530 N Farwell Ave
    City | city | Madison | Milwaukee
    Email | email | hbecker@midwestdental.example | oliver.shaw@example.com
  `),
  set({ id: 'en-mail-contacts-import-lowercase-headers', kind: 'email service contact import test with lower-case headers (organization, email-address, mobile and home phones, two address lines, note and notes, website)', lang: 'en', defaultCountry: 'SE', source: 'index:1366362350 (an encrypted mail service\'s CSV contact import property tests)' }, `
    first name | firstName | Sven | Maja
    last name | lastName | Lindgren | Holm
    organization | companyName | Lindgren Bygg AB |
    email-address | email | sven@lindgrenbygg.example | maja.holm@example.se
    mobile phone | phone | 070-123 45 67 |
    home phone | additionalPhones | 042-12 34 56 | 08-555 123 45
    address | address1 | Storgatan 14 | Sveavägen 88
    address 2 | - | Lgh 1102 |
    city | city | Ängelholm | Stockholm
    state | state | | 
    zip | postalCode | 262 31 | 113 59
    note | - | | Met at the fair
    notes | - | N/A |
    website | website | https://lindgrenbygg.example |
  `),
  set({ id: 'en-address-book-outlook-classic-export', kind: 'address book export in Outlook\'s classic headers (company, mobile, home and business phones, two e-mail addresses, one-line home address, birthday, notes)', lang: 'en', source: 'index:54610609682 (a contacts app\'s vCard and CSV export tests, TypeScript)' }, `
    First Name | firstName | Aiden | Bo
    Last Name | lastName | Price | Lindqvist
    Company | companyName | Price & Sons Plumbing |
    Mobile Phone | phone | (503) 555-0133 |
    Home Phone | additionalPhones | | (503) 555-0107
    Business Phone | additionalPhones | (503) 555-0160 |
    E-mail Address | email | aiden@pricesons.example | bo.lindqvist@example.com
    E-mail 2 Address | additionalEmails | aiden.price@example.net |
    Home Address | address1 | 3321 SE Division St, Portland, OR 97202 |
    Birthday | dateOfBirth | 1979-04-30 | 
    Notes | - | Prefers texts |
  `),
  set({ id: 'en-clan-members-outlook-export', kind: 'family clan members database exported for Outlook (first, last and full name, mobile, home and business phones, e-mail, home street, city and state)', lang: 'en', source: 'index:2869093978 (a family clan site\'s Outlook CSV export, PHP)' }, `
    First Name | firstName | Duncan | Moira
    Last Name | lastName | MacLeod | MacLeod-Hayes
    Name | name | Duncan MacLeod | Moira MacLeod-Hayes
    Mobile Phone | phone | (902) 555-0158 |
    Home Phone | additionalPhones | (902) 555-0111 | (506) 555-0172
    Business Phone | additionalPhones | | (506) 555-0140
    E-mail Address | email | duncan.macleod@example.ca | moira.hayes@example.com
    Home Street | address1 | 14 Heather Lane | 209 Queen St
    Home City | city | Antigonish | Fredericton
    Home State | state | NS | NB
  `),
  set({ id: 'en-fraternity-roster-parents-wide', kind: 'fraternity member roster with both parents\' names, emails and mobiles (18 columns: mobile and home phones, address, pledge class year, parent 1 and parent 2 groups)', lang: 'en', source: 'index:45549426342 (a chapter management app\'s importer requirements document)' }, `
    # The pledge class year is the member's cohort: not imported (like a school year).
    First Name | firstName | Tyler | Jordan
    Last Name | lastName | Brooks | Meyer
    Email | email | tbrooks@ku.example.edu | jmeyer22@ku.example.edu
    Mobile Phone | phone | (785) 555-0124 | 913-555-0178
    Home Phone | additionalPhones | (316) 555-0142 |
    Address | address1 | 1621 Louisiana St | 1301 W 24th St
    City | city | Lawrence | Lawrence
    State | state | KS | KS
    Zip | postalCode | 66044 | 66046
    Pledge Class Year | - | 2024 | 2025
    Parent 1 First Name | - | Karen | Steve
    Parent 1 Last Name | - | Brooks | Meyer
    Parent 1 Email | - | karen.brooks@example.com | smeyer@example.net
    Parent 1 Mobile | - | (316) 555-0143 | 913-555-0101
    Parent 2 First Name | - | Doug |
    Parent 2 Last Name | - | Brooks |
    Parent 2 Email | - | dougbrooks@example.com |
    Parent 2 Mobile | - | (316) 555-0144 |
  `),
  set({ id: 'en-outlook-contacts-importer-readme', kind: 'contacts importer README\'s example of an Outlook CSV export (mobile, home and business phones, company, job title, one-line address, notes)', lang: 'en', source: 'index:55850962314 (a contacts importer\'s README)' }, `
    First Name | firstName | Lorraine | Felix
    Last Name | lastName | Ashby | Kowalczyk
    E-mail Address | email | lorraine.ashby@example.com | felix.k@example.org
    Mobile Phone | phone | 555-201-3344 | 555-907-1122
    Home Phone | additionalPhones | | 555-907-8800
    Business Phone | additionalPhones | 555-201-9000 |
    Company | companyName | Ashby Interiors | Greenleaf Analytics
    Job Title | - | Designer | Data Engineer
    Address | address1 | 18 Maple Ave, Springfield | 402 Oak St, Riverton
    Notes | - | | VIP
  `),
  set({ id: 'en-membership-org-members-filtered-export', kind: 'membership organisation admin\'s filtered member CSV download (member id, status, birth date and age, region, gender, expiry date, latest payment method, status and amount, created time)', lang: 'en', defaultCountry: 'KE', source: 'index:69119675835 (a membership portal admin dashboard\'s CSV download, React)' }, `
    # Region is the branch region the member chose for the membership: not imported (a free-form location).
    Member ID | externalId | 7c1e9a42-5d0b-4f7e-9a11-2b3c4d5e6f70 | 0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d
    First Name | firstName | Wanjiru | Otieno
    Last Name | lastName | Kamau | Odhiambo
    Email | email | wanjiru.kamau@example.co.ke | otieno.o@example.com
    Phone | phone | 0712 345678 | +254 733 123456
    Status | - | active | expired
    Date of Birth | dateOfBirth | 1993-08-14 | 1986-02-27
    Age | - | 32 | 40
    Region | - | Nairobi | Kisumu
    Gender | - | Female | Male
    Expiry Date | - | 2026-12-31 | 2025-12-31
    Latest Payment Method | - | M-Pesa | Bank transfer
    Latest Payment Status | - | approved | submitted
    Latest Payment Amount | - | 2500 | 2500
    Created At | - | 2025-01-09T10:22:31Z | 2024-03-18T14:05:12Z
  `),
  set({ id: 'en-sports-federation-players-export', kind: 'sports federation player register CSV export (member id, DOB, gender, status, type, role, club, joined date)', lang: 'en', defaultCountry: 'IE', source: 'index:53408004322 (a federation admin\'s player list page CSV export, Next.js)' }, `
    # Club names the club the player plays for, a group the person belongs to: Tags.
    Member ID | externalId | IRL-004512 | IRL-004513
    First Name | firstName | Ciarán | Aoife
    Last Name | lastName | Doyle | Brennan
    DOB | dateOfBirth | 2003-02-17 | 1998-11-30
    Gender | - | Male | Female
    Email | email | ciaran.doyle@example.ie | aoife.brennan@example.com
    Phone | phone | 087 123 4567 | +353 86 765 4321
    Status | - | active | inactive
    Type | - | Senior | Senior
    Role | - | Player | Coach
    Club | tags | Tullamore Tigers | Galway Gaels
    Joined | - | 2021-04-10 | 2017-09-01
  `),
  set({ id: 'en-gym-members-export-sponsor', kind: 'gym membership CSV export (member id, membership type, home center, status, visit count, next payment, sponsor)', lang: 'en', source: 'index:53748973172 (a gym check-in app\'s member CSV export, React)' }, `
    # Sponsor names the member who brought this member in or pays for them; it is not a source column: not imported.
    Member ID | externalId | M-10382 | M-10391
    First Name | firstName | Keisha | Dominic
    Last Name | lastName | Harris | Russo
    Email | email | keisha.harris@example.com | drusso@example.net
    Phone | phone | (901) 555-0162 | 901-555-0135
    Membership Type | - | Family | Individual
    Home Center | - | Midtown | East Memphis
    Status | - | Active | Frozen
    Total Visits | - | 87 | 12
    Next Payment | - | 2026-04-01 | 2026-03-15
    Sponsor | - | | Keisha Harris
  `),
  set({ id: 'en-gr-student-branch-members-generated', kind: 'university student branch member list from a data generator (member id, IEEE number, status, training date, generation, registration and deletion dates, department, grade, registration year)', lang: 'en', defaultCountry: 'GR', source: 'index:25374065726 (a student branch site\'s member CSV generator, Python)' }, `
    # Two ids of the person: the branch's member id (first) is the External ID, the IEEE number is not imported.
    # Generation is the member's intake year at the branch, a cohort: not imported.
    Member Id | externalId | 217 | 218
    First Name | firstName | Nikos | Eleni
    Last Name | lastName | Papadopoulos | Georgiou
    Email Id | email | nikos.pap@example.gr | eleni.georgiou@example.com
    Phone Number | phone | 6912345678 | +30 697 123 4567
    IEEE Number | - | 97845120 | 97845121
    Status | - | Active | Alumni
    Training Date | - | 2025-10-18 | 2023-03-11
    Generation | - | 2025 | 2022
    Registration Date | - | 2025-10-02 | 2022-10-05
    Deletion Date | - | | 2025-09-30
    Department | - | Electrical and Computer Engineering | Computer Science
    UniGrade | - | 7.8 | 8.4
    RegYearUni | - | 2023 | 2020
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-adressliste-csv-writer', kind: 'address list CSV of a teaching exercise (salutation, family name as "Name", house number apart, two numbered phones)', lang: 'de', defaultCountry: 'DE', source: 'index:29653795755 (an address list CRUD script\'s CSV writer, Python)' }, `
    Anrede | - | Herr | Frau | Frau
    Name | lastName | Becker | Yilmaz | Hoffmann
    Vorname | firstName | Jürgen | Ayşe | Lena
    Straße | address1 | Lindenallee | Kantstraße | Am Mühlbach
    Hausnummer | - | 17 | 4a | 2
    PLZ | postalCode | 50968 | 10623 | 83022
    Stadt | city | Köln | Berlin | Rosenheim
    Telefon 1 | phone | 0221 9384712 | 030 31234567 | 0171 4455667
    Telefon 2 | additionalPhones | 0172 5551234 | |
    Email | email | j.becker@example.de | ayse.yilmaz@example.com | lena.hoffmann@example.de
  `),
  set({ id: 'de-schule-klassenliste-csv', kind: 'school class list CSV recognised by its first line (birth date, years at school, class, current half-year, year group)', lang: 'de', defaultCountry: 'DE', source: 'index:20172290780 (a school tool\'s pupil class file check, C#)' }, `
    Vorname | firstName | Mia | Jonas
    Nachname | lastName | Schröder | Kaya
    Geburtsdatum | dateOfBirth | 14.03.2015 | 02.11.2014
    Schulbesuchsjahre | - | 5 | 6
    Klasse | - | 5b | 6a
    Aktuelles Halbjahr | - | 2 | 2
    Jahrgang | - | 5 | 6
  `),
  set({ id: 'de-nutzer-speicherdatei-ohne-kopfzeile', kind: 'user store file of a university exercise without a header row (user type, first and family name, email, faculty, trailing separator)', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'index:28443415205 (a user management exercise\'s employee save format, Java)' }, `
    "" | - | EMPLOYEE | EMPLOYEE | EMPLOYEE
    "" | firstName | Sabine | Tobias | Elif
    "" | lastName | Krämer | Wolff | Demir
    "" | email | sabine.kraemer@example-hochschule.de | t.wolff@example-hochschule.de | elif.demir@example-hochschule.de
    "" | - | Informatik | Maschinenbau | Informatik
    "" | - | | |
  `),
  set({ id: 'de-veranstaltung-teilnehmer-importformat', kind: 'event participant import format shown on the admin page (first and family name, optional company)', lang: 'de', defaultCountry: 'DE', source: 'index:3565950275 (an event admin page\'s participant CSV import form, PHP)' }, `
    Vorname | firstName | Katrin | Stefan | Olga
    Nachname | lastName | Vogel | Brandt | Petrova
    Firma | companyName | Vogel Elektrotechnik GmbH | | Stadtwerke Nord
  `),
  set({ id: 'de-verein-importergebnis-download', kind: 'sports club member import result download (status in words, temporary password)', lang: 'de', defaultCountry: 'DE', source: 'index:55585631324 (a club app\'s member import results CSV download, React)' }, `
    Vorname | firstName | Lukas | Hannah | Marco
    Nachname | lastName | Zimmermann | Roth | Esposito
    E-Mail | email | lukas.zimmermann@example.de | hannah.roth@example.de | marco.esposito@example.com
    Status | - | Neu angelegt | Bereits Mitglied | Fehler
    Temporaeres Passwort | - | Kx7!pQ2m | |
  `),
  set({ id: 'de-kuerschner-abgeordnete-import-breit', kind: 'parliament members list from a political handbook publisher\'s export for a CRM importer (45 columns: running number, formatted full name, name prefix, title, gender, parliamentary group, parliament, office, committees, salutations, social links, and three address groups — parliament, government, constituency — each with area code and number apart)', lang: 'de', defaultCountry: 'DE', source: 'index:9261907657 (a CRM committee extension\'s importer documentation)' }, `
    # AusgabeGesNamenszeile is the formatted full name: the Name. The parliamentary group (Fraktion) and the committees
    # (Gremien) name groups the member belongs to: Tags. The parliament office is the first and main address group;
    # the government and constituency groups are alternate addresses, not imported, but their phone numbers are the
    # same person's: additional phones. The area codes stand in columns of their own: not imported.
    LfdNr | - | 1 | 2
    AusgabeGesNamenszeile | name | Dr. Katharina Lenz | Jens Albrecht
    Nachname | lastName | Lenz | Albrecht
    Vorname | firstName | Katharina | Jens
    Praefix | - | |
    Titel | - | Dr. |
    Geschlecht | - | w | m
    Fraktion | tags | SPD | CDU/CSU
    Parlament | - | Bundestag | Bundestag
    Funktion_Amt | - | Parlamentarische Staatssekretärin |
    Gremien | tags | Haushaltsausschuss | Ausschuss für Verkehr, Verteidigungsausschuss
    AnredeHerrnFrau | - | Frau | Herrn
    PosAnrede | - | Sehr geehrte Frau Dr. Lenz | Sehr geehrter Herr Albrecht
    Email1 | email | katharina.lenz@bundestag.example | jens.albrecht@bundestag.example
    Internet | website | www.katharina-lenz.example | https://jens-albrecht.example
    Facebook | - | https://facebook.example/katharinalenz |
    Twitter | - | @k_lenz |
    Instagram | - | |
    AdresseParl | - | Deutscher Bundestag | Deutscher Bundestag
    AdresszusatzParl | - | Platz der Republik 1 | Platz der Republik 1
    StrassePostfachParl | address1 | Unter den Linden 50 | Unter den Linden 71
    PLZParl | postalCode | 11011 | 11011
    OrtParl | city | Berlin | Berlin
    EUMitgliedslandParl | country | Deutschland | Deutschland
    TelefonvorwahlParl | - | 030 | 030
    TelefonnummerParl | phone | 227-71234 | 227-75678
    MitarbeiterPARL | - | Tim Kessler | Sandra Vogt
    MinisteriumAmtReg | - | Bundesministerium der Finanzen |
    RAdresszusatz1 | - | Wilhelmstraße 97 |
    RAdresszusatz2 | - | |
    RAdresszusatz3 | - | |
    StrassePostfachReg | - | Wilhelmstraße 97 |
    PLZReg | - | 10117 |
    OrtReg | - | Berlin |
    EUMitgliedslandReg | - | Deutschland |
    TelefonvorwahlReg | - | 030 |
    TelefonnummerReg | additionalPhones | 18682-4410 |
    Wahlkreis | - | 071 Kassel | 203 Trier
    AdresszusatzWK | - | Bürgerbüro | Wahlkreisbüro
    StrassePostfachWK | - | Friedrichsplatz 8 | Simeonstraße 12
    PLZWK | - | 34117 | 54290
    OrtWK | - | Kassel | Trier
    EUMitgliedslandWK | - | Deutschland | Deutschland
    TelefonvorwahlWK | - | 0561 | 0651
    TelefonnummerWK | additionalPhones | 7398120 | 9912340
  `),
  set({ id: 'de-gaesteliste-import-test', kind: 'hotel guest list import test file of a mapping tool (country, birth date in two formats, gender)', lang: 'de', defaultCountry: 'DE', source: 'index:66968373864 (a guest registration import tool\'s implementation plan)' }, `
    Vorname | firstName | Tobias | Sandra | Fehlerhaft
    Nachname | lastName | Weber | Lang | Zeile
    E-Mail | email | tobias.weber@example.com | sandra.lang@example.at |
    Land | country | Deutschland | AT | Unbekanntes Land
    Geburtsdatum | dateOfBirth | 04.07.1991 | 1983-09-22 |
    Geschlecht | - | männlich | weiblich |
  `),
  set({ id: 'de-ch-leads-import-beispielformat', kind: 'Swiss sales tool\'s lead import example format (company, position, last contact, deal value, notes)', lang: 'de', defaultCountry: 'CH', source: 'index:63267276630 (a sales assistant app\'s lead import step, React)' }, `
    Vorname | firstName | Reto | Nadine
    Nachname | lastName | Graf | Zürcher
    E-Mail | email | r.graf@alpentech.example.ch | nadine.zuercher@example.ch
    Unternehmen | companyName | Alpentech AG | Zürcher Treuhand GmbH
    Position | - | CTO | Inhaberin
    Letzter Kontakt | - | 2026-01-28 | 2025-12-10
    Deal-Wert | - | 24000 | 6800
    Notizen | - | Demo im Februar | Budget erst Q3
  `),
  set({ id: 'de-kunden-import-kundennummer-iban', kind: 'customer CSV import test (customer number, birth date, street and house number apart, IBAN)', lang: 'de', defaultCountry: 'DE', source: 'index:56060007197 (a customer admin\'s CSV import feature test, Laravel)' }, `
    Vorname | firstName | Monika | Felix
    Nachname | lastName | Hartmann | Neumann
    E-Mail | email | monika.hartmann@example.de | f.neumann@example.de
    Kundennummer | externalId | 4812 | 4813
    Geburtsdatum | dateOfBirth | 21.08.1969 | 05.05.1994
    Straße | address1 | Bahnhofstr. | Uhlandweg
    Nr | - | 33 | 7
    PLZ | postalCode | 70173 | 72070
    Ort | city | Stuttgart | Tübingen
    IBAN | - | DE12500105170648489890 | DE89370400440532013000
  `),
  set({ id: 'de-at-verein-mitglieder-beispiel', kind: 'Austrian tennis club member import example (role, status, birth date, performance class)', lang: 'de', defaultCountry: 'AT', source: 'index:54754752814 (a club app\'s member CSV import dialog, Next.js)' }, `
    Vorname | firstName | Florian | Theresa
    Nachname | lastName | Gruber | Pichler
    E-Mail | email | florian.gruber@example.at | theresa.pichler@example.at
    Telefon | phone | +43 664 2233445 | 0676 5566778
    Rolle | - | Mitglied | Trainerin
    Status | - | Aktiv | Aktiv
    Geburtsdatum | dateOfBirth | 09.02.1987 | 17.06.1995
    LK | - | 14.2 | 9.5
  `),
  set({ id: 'de-churchtools-dubletten-liste', kind: 'church management duplicate list for a cleanup tool (duplicate group number, person id, street, town, site, created and consent dates)', lang: 'de', defaultCountry: 'DE', source: 'index:55812903059 (a church management duplicate cleanup tool\'s German README)' }, `
    # ID is the person's id in the church management system: the External ID. Standort is the church site the person
    # is registered with: not imported.
    DupID | - | 1 | 1 | 2
    ID | externalId | 20417 | 20533 | 19876
    Vorname | firstName | Martina | Martina | Paul
    Nachname | lastName | Seidel | Seidel | Brenner
    E-Mail | email | martina.seidel@example.org | | p.brenner@example.de
    Straße | address1 | Fliederweg 9 | Fliederweg 9 | Am Anger 3
    Stadt | city | Leipzig | Leipzig | Markkleeberg
    Standort | - | Leipzig Mitte | Leipzig Süd | Leipzig Süd
    Erstellungsdatum | - | 14.01.2026 | 02.02.2026 | 20.11.2025
    Einwilligungsdatum | - | 14.01.2026 | |
  `),
  set({ id: 'de-adressdb-export-ohne-kopfzeile-breit', kind: 'address database CSV export without a header row (33 columns: private and work emails, work, private, fax and mobile numbers with area code, street, town, postcode, country, two home pages, birth year, month and day apart, name prefix, birth name, spare email and phone, the family\'s five numbers, six chat handles, notes)', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'index:6323191138 (an address database\'s CSV export template, PHP)' }, `
    # Typed phones only: the mobile is the main phone; the work, private and spare numbers are additional. The
    # family's numbers are the household's shared entry, not the person's own: not imported. Birth year, month and
    # day stand apart: not a date, not imported. The second home page is not imported (one website).
    "" | firstName | Martin | Claudia
    "" | lastName | Krause | Fischer
    "" | email | martin.krause@example.de | claudia.fischer@example.net
    "" | additionalEmails | m.krause@firma.example | 
    "" | additionalPhones | 0228-7391200 | 
    "" | additionalPhones | 0228-9912345 | 0761-4451230
    "" | - | | 0761-4451231
    "" | phone | 0170-2233445 | 0152-7788990
    "" | address1 | Poppelsdorfer Allee 12 | Wiehre 5
    "" | city | Bonn | Freiburg
    "" | postalCode | 53115 | 79100
    "" | country | Deutschland | Deutschland
    "" | website | http://www.martin-krause.example | http://
    "" | - | http:// | http://
    "" | - | 1984 | 1979
    "" | - | 7 | 12
    "" | - | 23 | 2
    "" | - | | von
    "" | - | | Meier
    "" | additionalEmails | | claudia.f@example.org
    "" | additionalPhones | | 
    "" | - | 0228-445566 | 
    "" | - | | 
    "" | - | | 
    "" | - | | 
    "" | - | | 
    "" | - | | 
    "" | - | mkrause84 | 
    "" | - | 
    "" | - | 
    "" | - | martin.krause.bn | claudia.fischer
    "" | - | 
    "" | - | Kennt uns vom Chor | 
  `),
  set({ id: 'de-shop-kundenimport-kundennummer-schluessel', kind: 'commerce platform customer import CSV documented for a migration script (customer number, company, internal key)', lang: 'de', defaultCountry: 'DE', source: 'index:30490275766 (a commerce backend\'s customer import script documentation, Medusa)' }, `
    # Two ids of the customer: the customer number (first) is the External ID; the internal key is not imported.
    Kundennummer | externalId | KD-2044 | KD-2045
    Firma | companyName | Holzbau Reuter GmbH | Kanzlei Berger & Partner
    Vorname | firstName | Dieter | Anja
    Nachname | lastName | Reuter | Berger
    E-Mail | email | d.reuter@holzbau-reuter.example | berger@kanzlei-berger.example
    Interner Schlüssel | - | INT-88120 | INT-88121
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-enquete-klantgegevens-csv', kind: 'customer survey exercise\'s customer file rewritten from JSON (customer number, full name, gender, birth year, town before street, house number apart, occupation, time taken, points)', lang: 'nl', defaultCountry: 'NL', source: 'index:48423793427 (a survey kiosk exercise\'s customer data CSV writer, Python)' }, `
    # Geboortejaar is a birth year only, not a date of birth: not imported. Werk is the occupation: not imported.
    Klantnummer | externalId | 1041 | 1042
    Naam | name | Ilse Verbeek | Ahmed El Amrani
    Geslacht | - | Vrouw | Man
    Geboortejaar | - | 1987 | 1972
    Woonplaats | city | Almere | Lelystad
    Straat | address1 | Kemphaanweg | Zuiderzeeweg
    Postcode | postalCode | 1333 AB | 8219 PN
    Huisnummer | - | 17 | 204
    Werk | - | Verpleegkundige | Vrachtwagenchauffeur
    E-mail | email | ilse.verbeek@example.nl | a.elamrani@example.com
    Telefoonnummer | phone | 06-28451937 | 0320-245566
    Duratie invullen(minuten) | - | 4 | 7
    Punten | - | 8 | 6
  `),
  set({ id: 'nl-orkest-leden-importsjabloon', kind: 'music society member import template (infix, role, instrument, orchestras)', lang: 'nl', defaultCountry: 'NL', source: 'index:69223155009 (a music society app\'s import page templates, React)' }, `
    # The infix (tussenvoegsel) is not imported, as a middle name. Orkest names the orchestras the member plays in,
    # groups: Tags. The instrument is what the member plays: not imported.
    Voornaam | firstName | Femke | Joost
    Tussenvoegsel | - | van | 
    Achternaam | lastName | Dijk | Mulder
    E-mail | email | femke.vandijk@example.nl | joost.mulder@example.nl
    Rol | - | lid | bestuur
    Instrument | - | Klarinet | Bugel, Trompet
    Orkest | tags | Harmonie | Harmonie, Jeugdorkest
  `),
  set({ id: 'nl-consultantprofiel-csv-fixture', kind: 'Dutch consultant profile CSV in a document anonymiser\'s multilingual fixtures (full name, company, certification, role)', lang: 'nl', defaultCountry: 'NL', source: 'index:71006243629 (a document anonymiser\'s per-language profile fixtures, JavaScript)' }, `
    Naam | name | Joris de Wit | Fatma Aydın
    E-mail | email | joris.dewit@example.nl | fatma.aydin@example.com
    Telefoon | phone | +31 30 765 4321 | 06 4455 6677
    Bedrijf | companyName | Voorbeeld Zorgdata B.V. | Aydın ICT Advies
    Certificering | - | Prince2 Practitioner | TOGAF 9
    Rol | - | Projectleider | Enterprise Architect
  `),
  set({ id: 'nl-be-gsm-winkel-klanten-migratie', kind: 'Flemish phone shop\'s legacy customer file for a migration step (customer id, full name, segment)', lang: 'nl', defaultCountry: 'BE', source: 'index:60415143777 (a phone shop system\'s migration end-to-end test, Playwright)' }, `
    # The segment ("Telenet klant", "b2b") is a category the customer is put in: Tags.
    Klant-ID | externalId | KL-214 | KL-215
    Naam | name | Jana Maes | Bart De Smet
    E-mail | email | jana.maes@example.be | bart.desmet@example.com
    Telefoon | phone | +32470556677 | 0478 12 34 56
    Segment | tags | Telenet klant | b2b
  `),
  set({ id: 'nl-bezorgplanning-klanten-sjabloon', kind: 'delivery route planner\'s customer template (debtor id, business name, address, time window, load, chilled and frozen counts)', lang: 'nl', defaultCountry: 'NL', source: 'index:20913125805 (a route planning app\'s import template download, React)' }, `
    # id is the debtor number in the wholesaler's books: the External ID. The customers are shops and restaurants, and
    # naam is the business's name: the Company name.
    id | externalId | DEB214 | DEB215
    naam | companyName | Slagerij Hendriks | Eetcafé De Zwaan
    adres | address1 | Markt 6 | Molenstraat 19
    postcode | postalCode | 6601 BH | 6641 AK
    plaats | city | Wijchen | Beuningen
    start | - | 07:30 | 10:00
    eind | - | 09:00 | 12:30
    laden | - | 12 | 8
    koel | - | 4 | 6
    vries | - | 1 | 2
  `),
  set({ id: 'nl-be-smartschool-leerlingen-import', kind: 'Flemish school platform user import (school platform id, full name, birth date, gender, role, school id, class)', lang: 'nl', defaultCountry: 'BE', source: 'index:55669449821 (a school app\'s user CSV import panel, React)' }, `
    smartschool_id | externalId | 5012337 | 5012338
    naam | name | Emma Wouters | Lucas Janssens
    geboortedatum | dateOfBirth | 2012-09-04 | 2011-03-27
    geslacht | - | V | M
    rol | - | leerling | leerling
    school_id | - | 12 | 12
    klas | - | 1A | 2B
  `),
  set({ id: 'nl-inleveringen-klas-titelregels', kind: 'class hand-in list with class, date and count lines and a blank line above the headers (number, family name, first name, time)', lang: 'nl', defaultCountry: 'NL', source: 'index:66430195396 (a classroom app\'s hand-in list download, React)', above: [['Klas: 3HB'], ['Datum: 12 maart 2026'], ['Aantal inleveringen: 3'], ['']] }, `
    NR | - | 1 | 2 | 3
    ACHTERNAAM | lastName | Bakker | Hendriks | Yıldız
    VOORNAAM | firstName | Tess | Milan | Zeynep
    TIJDSTIP | - | 12 mrt 09:14 | 12 mrt 09:20 | 12 mrt 09:31
  `),
  set({ id: 'nl-deelnemers-excel-export-puntkomma', kind: 'participant import shaped like a Dutch Excel export (family name first with a comma in one row, day-first and ISO birth dates, a row without contact details)', lang: 'nl', defaultCountry: 'NL', source: 'index:70144372371 (an activity app\'s API smoke test with a Dutch CSV import)' }, `
    Naam | name | Bruin, Kees de | Romy Smits | Geen Contact
    E-mail | email | kees.debruin@example.nl | romy.smits@example.com |
    Telefoon | phone | +31 6 2345 6789 | +31633334444 |
    Geboortedatum | dateOfBirth | 17/05/1979 | 1992-06-08 |
  `),
  set({ id: 'nl-studentenvereniging-leden-zonder-kopregel', kind: 'student society member list CSV without a header row (member uid, infix, circle, own and parents\' address, phone and mobile with +31, email, birth date, trailing separator)', lang: 'nl', defaultCountry: 'NL', noHeader: true, source: 'index:20504986045 (a student society site\'s member CSV tool, PHP)' }, `
    # The circle (kring, as "moot.kring") is a group the member belongs to: Tags. The "o_" columns are the parents'
    # address and phone: not imported.
    "" | externalId | 1721 | 1804
    "" | firstName | Pieter | Marloes
    "" | lastName | Kok | Meer
    "" | - | | van der
    "" | tags | 2.3 | 4.1
    "" | address1 | Oude Delft 41 | Voorstraat 88
    "" | postalCode | 2611 CB | 2611 JS
    "" | city | Delft | Delft
    "" | phone | +31152123456 | 
    "" | additionalPhones | +31612345678 | +31687654321
    "" | email | p.kok@example.nl | marloes.vandermeer@example.nl
    "" | - | Hoofdstraat 5 | Parklaan 22
    "" | - | 7461 AA | 3581 PN
    "" | - | Rijssen | Utrecht
    "" | - | +31548512345 | +31302345678
    "" | dateOfBirth | 2004-05-17 | 2005-01-09
    "" | - | |
  `),
  // ----------------------------------------------------------------------------------------------------- mixed
  set({ id: 'mixed-lan-party-users-export-titelzeilen', kind: 'LAN party system\'s complete user CSV export with a version line, the party\'s name and the export date and a blank line above the headers, German and English column names (27 columns: user id, username, family name as "name", gender, street and house number apart, plz, password hash, user type, paid, seat control, clan and clan url, league ids, check-in and check-out, sign-on and paid dates, birthday, seat block, seat, ip, comment)', lang: 'mixed', defaultCountry: 'DE', source: 'index:2809186580 (a LAN party system\'s user export class, PHP)', above: [['LANSuite 5.0 CSV Export'], ['Party: NordLAN 2026'], ['Exportdate: Samstag, 14.03.2026 10:12'], ['']] }, `
    # "tmp userid" is the user's id in the party system: the External ID. "name" is the family name beside
    # "firstname". The clan is the gaming team the user plays in, a group: Tags.
    tmp userid | externalId | 482 | 517
    email | email | lukas.meier@example.de | nina.k@example.com
    username | - | LuMe | NiKa
    name | lastName | Meier | Kowalski
    firstname | firstName | Lukas | Nina
    sex | - | 1 | 2
    street | address1 | Hauptstraße | Rosenweg
    hnr | - | 27 | 3
    plz | postalCode | 24103 | 24939
    city | city | Kiel | Flensburg
    md5pwd | - | 5f4dcc3b5aa765d61d8327deb882cf99 | e99a18c428cb38d5f260853678922e03
    usertype | - | 1 | 1
    paid | - | 1 | 0
    seatcontrol | - | 0 | 0
    clan | tags | Nordlichter | 
    clanurl | - | https://nordlichter.example | 
    wwclid | - | 0 | 0
    nglid | - | 0 | 0
    checkin | - | 1773479520 | 0
    checkout | - | 0 | 0
    signondate | - | 1771930800 | 1772535600
    paiddate | - | 1772017200 | 0
    birthday | dateOfBirth | 1999-04-12 | 2002-10-30
    seatblock | - | Block A | 
    seat | - | A-14 | 
    ip | - | 10.10.1.14 | 
    comment | - | | Bringt eigenen Tisch mit
  `),
  set({ id: 'mixed-ch-aerzte-export-englisch-deutsch', kind: 'Swiss medical registry\'s doctors CSV export, English headers with German ones between (GLN, exam, salutation, title, practice flag, address type, address name and lines, plz, canton, fon, fax, language, specialities)', lang: 'mixed', defaultCountry: 'CH', source: 'index:13988667902 (a drug and doctor registry\'s CSV exporter, Ruby)' }, `
    # ean13 is the doctor's number in the health professions registry (GLN): the External ID. address_name is the
    # first line of the address (the practice's or clinic's name, or the doctor's own): not imported. "name" is the
    # family name beside "firstname".
    ean13 | externalId | 7601000123456 | 7601000654321
    exam | - | 1998 | 2011
    salutation | - | Herr | Frau
    title | - | Dr. med. | Dr. med.
    firstname | firstName | Urs | Corinne
    name | lastName | Baumann | Favre
    praxis | - | true | false
    addresstype | - | at_praxis | at_work
    address_name | - | Praxis Dr. Baumann | Inselspital
    lines | - | Praxis Dr. Baumann, Bahnhofstrasse 12, 8001 Zürich | Freiburgstrasse 18, 3010 Bern
    address | address1 | Bahnhofstrasse 12 | Freiburgstrasse 18
    plz | postalCode | 8001 | 3010
    city | city | Zürich | Bern
    canton | state | ZH | BE
    fon | phone | 044 211 34 56 | 031 632 21 11
    fax | - | 044 211 34 57 | 
    email | email | praxis.baumann@example.ch | corinne.favre@example.ch
    language | - | de | fr
    specialities | - | Allgemeine Innere Medizin | Kardiologie
  `),
  set({ id: 'mixed-b2b-shop-kunden-csv-felder-breit', kind: 'B2B shop\'s customer CSV for a Joomla import command, German abbreviated columns and English ones (29 columns: customer number, billing name, two extra lines, street, PO box and its postcode, district, postcode, town, payment terms, confirmation email, the same group again for the certificate address, language, tax-free and show-price flags, username, email, block, update and delete flags)', lang: 'mixed', defaultCountry: 'DE', source: 'index:2888216820 (a shop integration\'s CSV field documentation)' }, `
    # The customers are businesses: the billing name is the firm, the Company name; the billing address is the only
    # address the customer has, so it is mapped. The certificate address group is an alternate address: not imported.
    # KU_RECH_LKZ is documented as the district (Landkreis): not imported. The Joomla email is the customer's own email;
    # the order confirmation address beside it is documented as the same one: not imported.
    KU_NUM | externalId | 100245 | 100246
    KU_RECH_NAM | companyName | Feuerwehrtechnik Nord GmbH | Stadt Bad Oldesloe
    KU_RECH_ZUS_1 | - | Einkauf | Feuerwehr
    KU_RECH_ZUS_2 | - | | Gerätehaus
    KU_RECH_STR | address1 | Industrieweg 14 | Markt 5
    KU_RECH_POSTFACH | - | Postfach 1120 | 
    KU_RECH_POSTFACH_PLZ | - | 25301 | 
    KU_RECH_LKZ | - | Pinneberg | Stormarn
    KU_RECH_PLZ | postalCode | 25335 | 23843
    KU_RECH_ORT | city | Elmshorn | Bad Oldesloe
    KU_NORM_Z_KOND | - | 30 Tage netto | 14 Tage 2% Skonto
    KU_BESTAETIGUNG_EMAIL_01 | - | einkauf@ftnord.example | feuerwehr@badoldesloe.example
    KU_ZERT_NAM | - | Feuerwehrtechnik Nord GmbH | Stadt Bad Oldesloe
    KU_ZERT_ZUS_1 | - | Qualitätssicherung | 
    KU_ZERT_ZUS_2 | - | | 
    KU_ZERT_STRASSE | - | Industrieweg 14 | Markt 5
    KU_ZERT_POSTFACH | - | | 
    KU_ZERT_POSTFACH_PLZ | - | | 
    KU_ZERT_LKZ | - | Pinneberg | Stormarn
    KU_ZERT_PLZ | - | 25335 | 23843
    KU_ZERT_ORT | - | Elmshorn | Bad Oldesloe
    KU_SPRACHE | - | de | de
    taxfree | - | 0 | 1
    showprice | - | 1 | 1
    username | - | ftnord | badoldesloe
    email | email | einkauf@ftnord.example | feuerwehr@badoldesloe.example
    block | - | 0 | 0
    update | - | 1 | 1
    delete | - | 0 | 0
  `),
];
