// The thirtieth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch
// and mixed-language files; the other half, corpus-heldout30b.ts, holds Spanish, Portuguese, French, Italian and some
// English files): 57 header sets (552 columns, 329 of them expected to map; 25 English, 15 German, 12 Dutch, 5 mixed-
// language; 2 files without a header row (a pasted contact line box, an Austrian data line), 2 with lines above the
// header (a member directory report's title and "Generated" lines, a data export's section name); 3 sets of 32 to 44
// columns) from sources none of the other parts use, found in the public code index with find_string (exact header
// text of CRM and vendor exports and API column lists (Zoho, Mailchimp-format lists, Google Workspace, Django admin),
// importer tests and fixtures, import templates and formats shown in docs and import pages, member, club, pupil,
// student and staff lists, care, donation, patient and subsidy lists, database tables and inserts) and written down,
// with the mapping a careful person would choose by the field definitions and the rules, BEFORE the mapper was
// run on them and without reading the lexicon or the mapper. "index:N" names the index file the header text was read
// from (the index does not name its repository); the kind says what the file is. Sample values are made up in the
// shape of each file's own (no personal data or example rows from the sources are copied). A trailing empty column (a
// header line ending in the separator) is written as "". A byte-order mark cannot be written in the table and is left
// out (the set's comment says where). No set's headers repeat an older part's (each was compared lower-cased; the
// files without a header row aside).
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
// The eighteenth part's second half made these choices more than once, kept here:
// - The school, college or university a student or applicant attends is not an employer and is not imported; the
//   employer a mentor, a teacher or a candidate names is the person's company.
// - A group the person comes with or is registered with (a youth group, a parish, a scout group) is Tags; the
//   group's own address, phone, codes and e-mail are not imported.
// The fifteenth part's first half's Dutch choice, kept here:
// - A Dutch "tussenvoegsel" (van, de, van der) in a column of its own is not imported (the last name column is still
//   the Last name); initials ("Voorletters") alone are the First name, the only given-name column the file has.
// Choices this half makes more than once:
// - Where the rows are orders, gifts, bookings, appointments or hospital services, the buyer, donor, guest or patient
//   is the contact; the row's own number, dates, amounts, products and statuses are not imported.
// - A segment, target group or priority tag a prospect list files people under is Tags (like a category).
// - A birth date split into day, month and year columns is not imported (no column alone is the Date of birth).
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout30' }, table);

export const HELDOUT30A: CorpusSet[] = [
  // ---------------------------------------------------------------------------------------------------------- English
  set({ id: 'en-zoho-contacts-source-mobile-sync', kind: 'Zoho CRM contacts pulled by a sync script (selectColumns)', lang: 'en', source: 'index:39020805499 (a Zoho CRM contacts client in a Ruby app)' }, `
    # Mobile is the only phone of the contact: the Phone.
    Lead Source | source | Web Download | Chat | Cold Call
    First Name | firstName | Aisha | Bruno | Clara
    Last Name | lastName | Bello | Castro | Dunn
    Email | email | aisha.bello@example.com | bruno.castro@example.net | clara.dunn@example.org
    Mobile | phone | +1 646 555 0117 | +1 917 555 0163 | +1 347 555 0188
  `),
  set({ id: 'en-field-service-clients-import-office-optins', kind: 'field-service CRM client import, its test\'s header line', lang: 'en', source: 'index:71614749218 (a small-business CRM\'s client importer test, JavaScript)' }, `
    # "Office" is the branch of the business the client is filed under, not the client's own company or a tag the
    # person chose: not imported.
    Full name | name | Rosa Delgado | Ken Whitley | Beth Ann Cole
    Company | companyName | "" | Whitley Farms LLC | ""
    Email | email | rosa.d@example.com | ken@whitleyfarms.example | bethann.cole@example.net
    Phone | phone | 609-555-0173 | 856-555-0142 | 609-555-0119
    Address | address1 | 12 Shore Road | 480 County Route 40 | 7 Bay Ave
    City | city | Northfield | Elmer | Ocean City
    State | state | NJ | NJ | NJ
    ZIP code | postalCode | 08225 | 08318 | 08226
    Tags | tags | "vip, monthly" | farm | quarterly
    Office | - | Vineland office | Vineland office | Cape May office
    Text opt in | - | yes | no | yes
    Email opt out | - | no | no | yes
    Note | - | Gate code 1234 | Call before visit | ""
  `),
  set({ id: 'en-customers-sample-invalid-id-header-test', kind: 'the well-known "customers-100" sample CSV with a wrong id header, an upload test', lang: 'en', source: 'index:18916520125 (a customer CSV upload service\'s tests, Java)' }, `
    # The second column holds the customer id under a deliberately wrong name ("Wrong Id"): the External ID is what it
    # holds. "Index" is a row number.
    Index | - | 1 | 2 | 3
    Wrong Id | externalId | 4a7E1bC09dF2e3A | 9C2b7e0Fd1A4c6B | E0f3D9b2A8c71eF
    First Name | firstName | Glenda | Victor | Imani
    Last Name | lastName | Rowe | Pacheco | Brooks
    Company | companyName | Rowe-Hensley | Pacheco and Sons | Brooks Ltd
    City | city | North Kaylaberg | Port Antonio | Lake Darrell
    Country | country | Portugal | Jamaica | Canada
    Phone 1 | phone | 431.555.0187 | (876)555-0143x12 | +1-555-015-9921
    Phone 2 | additionalPhones | 001-555-012-4471 | 555.014.2290 | ""
    Email | email | glenda.rowe@example.info | vpacheco@example.org | imani67@example.biz
    Subscription Date | - | 2021-04-17 | 2020-11-02 | 2022-01-29
    Website | website | https://rowe-hensley.example.com/ | http://pacheco.example.net/ | https://www.brooks.example.org/
  `),
  set({ id: 'en-customers-sample-dob-no-customer-id', kind: 'the "customers" sample CSV with a date of birth column, a CSV library\'s verified snippet', lang: 'en', source: 'index:21376284200 (a CSV library\'s documentation, ignore-columns sample output)' }, `
    Index | - | 1 | 2 | 3
    First Name | firstName | Tamsin | Roland | Mei
    Last Name | lastName | Hale | Ferreira | Zhou
    Company | companyName | Hale-Gordon | Ferreira Group | Zhou PLC
    City | city | West Marcus | Lake Jenny | Port Brian
    Country | country | Chile | Djibouti | Norway
    Phone 1 | phone | 229.555.0154 | 515.555.0135 | (555)014-2277
    Phone 2 | additionalPhones | 397.555.0119x718 | 686-555-0188 | ""
    Email | email | tamsin.hale@example.info | rferreira@example.com | mei.zhou@example.net
    Subscription Date | - | 24/08/2020 | 23/04/2021 | 25/03/2020
    Website | website | http://www.hale-gordon.example.com/ | https://ferreira.example.net/ | http://zhou.example.org/
    Dob | dateOfBirth | 1/02/1985 | 14/11/1979 | 30/06/1992
  `),
  set({ id: 'en-outreach-import-email-first-target', kind: 'security-awareness campaign tool, target import CSV in its test', lang: 'en', source: 'index:57952082850 (a phishing-simulation platform\'s import parser tests, TypeScript)' }, `
    # "Target" is the campaign segment the person is put into, a grouping of contacts: Tags.
    Email Address | email | lena.moss@acme.example | raj.patel@globex.example | tina.ward@initech.example
    First Name | firstName | Lena | Raj | Tina
    Last Name | lastName | Moss | Patel | Ward
    Company Name | companyName | Acme Corp | Globex | Initech
    Phone Number | phone | +1 555-0192 | +1 555-0144 | +1 555-0170
    Target | tags | Strategic IT | Finance | Defense
  `),
  set({ id: 'en-linkedin-leads-nine-column-preset', kind: 'lead list export, a "nine-column" preset for an outreach tool', lang: 'en', source: 'index:70321638706 (a networking CRM\'s export preset tests, Python)' }, `
    # "CityState" is a free-form location ("Austin, TX"): not imported.
    LinkedIn Profile URL | - | https://www.linkedin.com/in/example-jane | https://www.linkedin.com/in/example-omar | https://www.linkedin.com/in/example-lucy
    Email Address | email | jane.ko@example.com | omar.s@example.net | lucy.pratt@example.org
    First Name | firstName | Jane | Omar | Lucy
    Last Name | lastName | Ko | Saleh | Pratt
    CityState | - | Austin, TX | Denver, CO | Raleigh, NC
    Current Company | companyName | Bluebonnet Health | Summit Analytics | Pratt & Lane
    Current Job Title | - | Head of Talent | Data Engineer | Partner
    Phone Number | phone | (512) 555-0131 | (303) 555-0177 | (919) 555-0108
  `),
  set({ id: 'en-mailchimp-format-b2b-leads-priority', kind: 'B2B prospect list in Mailchimp import format, from an outreach playbook', lang: 'en', source: 'index:42622446613 (a sales outreach playbook\'s Mailchimp import step, Markdown)' }, `
    Email Address | email | administrator@oakridgecare.example | jlopez@valleyclinic.example | m.chen@brightsmiles.example
    First Name | firstName | Dana | Javier | Mei
    Last Name | lastName | Howell | Lopez | Chen
    Company Name | companyName | Oakridge Care Center | Valley Family Clinic | Bright Smiles Dental
    Job Title | - | Administrator | Practice Manager | Owner
    Industry | - | Healthcare | Healthcare | Dental
    Company Size | - | 20-50 | 10-20 | 5-10
    Revenue Range | - | $1M-$5M | $1M-$5M | <$1M
    Phone Number | phone | (618) 555-0143 | (618) 555-0172 | (314) 555-0119
    Website | website | oakridgecare.example | valleyclinic.example | brightsmiles.example
    Lead Source | source | LinkedIn | Referral | Google Maps
    # The playbook files its prospects under "priority tags" (Tier1 to Tier3): Tags.
    Priority Level | tags | Tier1 | Tier2 | Tier1
    Email Status | - | Verified | Verified | Catch-all
  `),
  set({ id: 'en-golf-course-contacts-scrape-csv', kind: 'golf course contact list written by a prospecting scraper', lang: 'en', source: 'index:60964449631 (a golf-course e-mail scraper\'s tests, JavaScript)' }, `
    # The rows are people at golf clubs: the club is the Company name.
    Golf Course Name | companyName | Pine Hollow Golf Club | Cedar Ridge Links | Lakeside Country Club
    Email Address | email | info@pinehollow.example | gm@cedarridge.example | pro.shop@lakesidecc.example
    First Name | firstName | "" | Doug | Marla
    Last Name | lastName | "" | Fenwick | Ostrowski
    Position | - | "" | General Manager | Head Professional
  `),
  set({ id: 'en-django-admin-users-export-verbose', kind: 'Django admin user export (verbose column names), a transcription site\'s test', lang: 'en', source: 'index:27530141280 (a crowdsourcing site\'s user admin export test, Python)' }, `
    username | externalId | mtaylor | ggarcia | volunteer42
    email address | email | mtaylor@example.com | g.garcia@example.org | v42@example.net
    first name | firstName | Morgan | Gabriela | ""
    last name | lastName | Taylor | Garcia | ""
    active | - | True | True | False
    staff status | - | False | True | False
    superuser status | - | False | False | False
    last login | - | 2024-05-02 14:11:09 | 2024-05-03 08:45:51 | ""
    transcription__count | - | 57 | 212 | 0
  `),
  set({ id: 'en-google-workspace-user-upload-recovery', kind: 'Google Workspace bulk user upload CSV, the columns a university script fills', lang: 'en', defaultCountry: 'PH', source: 'index:6512387954 (a university account-creation script, Python)' }, `
    # "org unit path" is the place of the account in the directory (like a department): not imported.
    email address | email | jdcruz@campus.example | mareyes@campus.example | pgsantos@campus.example
    first name | firstName | Juan | Maria | Paolo
    last name | lastName | Dela Cruz | Reyes | Santos
    org unit path | - | /Students/2024 | /Students/2024 | /Students/2023
    Recovery Email | additionalEmails | juan.dc@example.com | mreyes@example.net | ""
    password | - | "" | "" | ""
  `),
  set({ id: 'en-wholesalers-creditors-import-fields', kind: 'business admin app, suppliers (creditors) CSV import fields and template', lang: 'en', defaultCountry: 'NL', source: 'index:903836727 (a business admin app\'s wholesalers controller, PHP)' }, `
    # The rows are companies: the company's name is the Company name; "role" (the supplier's kind) is not imported.
    company_name | companyName | Groothandel Noord BV | FreshFarm Supplies | Van Os Verpakkingen
    email_address | email | inkoop@groothandelnoord.example | orders@freshfarm.example | info@vanos.example
    phone | phone | 050 5550123 | +44 20 7946 0958 | 0172 555012
    address | address1 | Industrieweg 12 | 14 Market Road | Hoogewaard 88
    postcode | postalCode | 9723 BG | N7 9PW | 2396 AN
    city | city | Groningen | London | Koudekerk aan den Rijn
    country | country | Netherlands | United Kingdom | Netherlands
    role | - | supplier | supplier | carrier
  `),
  set({ id: 'en-debtors-contacts-import-fields', kind: 'business admin app, customers (debtors) CSV import fields and template', lang: 'en', defaultCountry: 'NL', source: 'index:989084555 (a business admin app\'s contacts controller, PHP)' }, `
    firstname | firstName | Lisa | Mark | Anna
    lastname | lastName | de Wit | Brouwer | Schmidt
    email_address | email | lisa.dewit@example.nl | mark@brouwerbouw.example | anna.schmidt@example.de
    phone | phone | 06 12345678 | 010 5550143 | +49 30 5550177
    address | address1 | Kanaalstraat 4 | Weena 200 | Torstraße 15
    postcode | postalCode | 3531 CJ | 3012 NJ | 10119
    city | city | Utrecht | Rotterdam | Berlin
    country | country | Netherlands | Netherlands | Germany
    role | - | customer | customer | reseller
  `),
  set({ id: 'en-website-enquiries-export-type-message', kind: 'website contact form enquiries, CMS CSV export fields', lang: 'en', defaultCountry: 'NZ', source: 'index:22768886823 (a CMS contact form data object, PHP)' }, `
    FirstName | firstName | Aroha | Ben | Claire
    LastName | lastName | Ngata | Foster | Wu
    Phone | phone | 021 555 0134 | 09 555 0178 | 027 555 0190
    Email | email | aroha.ngata@example.co.nz | ben.foster@example.com | claire.wu@example.co.nz
    EnquiryType | - | Quote | General | Support
    Message | - | Need a quote for 3 rooms | When are you open? | Order 1182 arrived damaged
  `),
  set({ id: 'en-bulk-user-import-department-country-code', kind: 'SaaS admin bulk user import CSV (service test)', lang: 'en', source: 'index:71569796609 (a platform\'s bulk user import service tests, Java)' }, `
    # "countryCode" holds the user's country (US, IN): the Country.
    firstName | firstName | Olivia | Arun | Marta
    lastName | lastName | Grant | Menon | Kowalczyk
    email | email | olivia.grant@company.example | arun.menon@company.example | marta.k@company.example
    phoneNumber | phone | +1 415 555 0111 | +91 98450 55501 | +48 601 555 012
    department | - | IT | Finance | Operations
    countryCode | country | US | IN | PL
  `),
  set({ id: 'en-gtm-prospects-consolidated-segment-tier', kind: 'go-to-market prospect list, consolidated CSV (16 columns; a pipeline test)', lang: 'en', source: 'index:69342558870 (a go-to-market toolkit\'s prospect consolidation tests, Python)' }, `
    # "segment" is the market segment the prospect is filed under: Tags. "tier" (a priority rank), the outreach
    # copy columns and the suppression columns are not imported; "src" is where the prospect came from: the Source.
    first | firstName | Nina | Howard | Sipho
    last | lastName | Albright | Kwan | Dlamini
    email | email | nina.albright@northpeak.example | hkwan@tidewater.example | sipho@ubuntulogistics.example
    title | - | VP Operations | Head of IT | COO
    company | companyName | Northpeak Health | Tidewater Bank | Ubuntu Logistics
    company_domain | - | northpeak.example | tidewater.example | ubuntulogistics.example
    city | city | Denver | Charlotte | Johannesburg
    country | country | US | US | ZA
    segment | tags | healthcare | fintech | logistics
    tier | - | 1 | 2 | 1
    signal_clause | - | opened two new clinics | hiring 12 engineers | expanded to Durban
    why_now | - | Q3 budget cycle | new CIO | fleet growth
    case_study | - | Mercy Health | Harbor CU | TransKaroo
    src | source | apollo | linkedin | referral
    suppression | - | "" | "" | customer
    suppression_date | - | "" | "" | 2025-11-02
  `),
  set({ id: 'en-school-students-import-document-number', kind: 'school management platform, student CSV import (validation command test)', lang: 'en', source: 'index:66310452389 (a school platform\'s student import validation tests, TypeScript)' }, `
    firstName | firstName | Lucas | Amara | Diego
    lastName | lastName | Moreno | Okoye | Ferreira
    gender | - | male | female | male
    birthDate | dateOfBirth | 2010-03-14 | 2009-11-02 | 2011-07-25
    phone | phone | +1 305 555 0148 | +1 305 555 0172 | +1 786 555 0109
    email | email | lucas.moreno@example.com | amara.okoye@example.com | diego.f@example.com
    documentType | - | passport | id_card | passport
    documentNumber | - | X1234567 | 98765432 | Y7654321
    address | address1 | 120 SW 8th St | 45 NE 2nd Ave | 9 Coral Way
  `),
  set({ id: 'en-campus-directory-major-image-url', kind: 'campus directory desktop app, people CSV export', lang: 'en', source: 'index:36793291032 (a JavaFX database GUI controller\'s CSV export, Java)' }, `
    FirstName | firstName | Ethan | Priya | Grace
    LastName | lastName | Cole | Sharma | Liu
    Department | - | Computer Science | Biology | Business
    Major | - | CPIS | Biochemistry | Finance
    Email | email | ecole@farm.example.edu | psharma@farm.example.edu | gliu@farm.example.edu
    ImageURL | - | https://img.example.edu/ecole.png | "" | https://img.example.edu/gliu.png
  `),
  set({ id: 'en-address-book-csv-upper-snake', kind: 'address book exercise, contacts written to CSV (upper-case headers)', lang: 'en', source: 'index:318693900 (an address book program\'s CSV writer, Java)' }, `
    FIRST_NAME | firstName | Ramesh | Julie | Tom
    LAST_NAME | lastName | Iyer | Carson | Blake
    ADDRESS | address1 | 12 Park Ave | 88 Hill Rd | 5 River St
    CITY | city | Boston | Austin | Denver
    STATE | state | MA | TX | CO
    PHONE | phone | 6175550142 | 5125550188 | 3035550133
    ZIP | postalCode | 02116 | 73301 | 80202
  `),
  set({ id: 'en-address-book-new-book-csv', kind: 'address book manager, the header of each new book\'s CSV', lang: 'en', source: 'index:4180752657 (an address book manager, Java)' }, `
    First Name | firstName | Kiran | Sophie | Marcus
    Last Name | lastName | Patel | Brennan | Hill
    Phone Number | phone | 9175550101 | 3125550143 | 2065550187
    City | city | New York | Chicago | Seattle
    State | state | NY | IL | WA
    Zip | postalCode | 10001 | 60601 | 98101
  `),
  set({ id: 'en-bulk-add-contacts-paste-no-header', kind: 'bulk contact paste box (one contact a line, no header row)', lang: 'en', noHeader: true, source: 'index:9305516862 (a messaging app\'s bulk add contacts dialog, React)' }, `
    # First name, last name, email, phone, as the box's placeholder shows.
    "" | firstName | Hannah | Leo | Maria
    "" | lastName | Price | Grant | Santos
    "" | email | hannah.price@example.com | leo.grant@example.net | maria.santos@example.org
    "" | phone | +14155550123 | +13125550177 | +16465550190
  `),
  set({ id: 'en-career-center-students-upload-skills', kind: 'career services platform, student CSV upload (API test)', lang: 'en', source: 'index:2404317359 (a career matching API\'s upload tests, Python)' }, `
    first_name | firstName | Jamal | Erin | Wei
    last_name | lastName | Carter | Walsh | Chen
    email | email | jamal.carter@example.edu | erin.walsh@example.edu | wei.chen@example.edu
    phone | phone | 404-555-0131 | 404-555-0188 | 678-555-0142
    education_level | - | College | Graduate | College
    skills | - | python | marketing | sql
    experience_summary | - | 2 internships | Campus ambassador | Data club lead
    interests | - | coding | branding | analytics
  `),
  set({ id: 'en-school-teachers-import-staff-id', kind: 'school management system, teacher CSV import (dry-run test)', lang: 'en', defaultCountry: 'NG', source: 'index:62514706393 (a multi-tenant school system\'s teacher import tests, PHP)' }, `
    first_name | firstName | Chinedu | Aisha | Tunde
    last_name | lastName | Okafor | Bello | Adeyemi
    email | email | c.okafor@school.example | a.bello@school.example | t.adeyemi@school.example
    staff_id | externalId | TCH/2026/014 | TCH/2026/015 | TCH/2026/021
    qualification | - | B.Ed | M.Sc | NCE
  `),
  set({ id: 'en-golf-tournament-players-template-flight', kind: 'golf tournament app, player import template', lang: 'en', source: 'index:55261972872 (a golf tournament platform\'s players router, TypeScript)' }, `
    firstName | firstName | Brett | Holly | Sanjay
    lastName | lastName | Cooper | Nash | Rao
    email | email | brett.cooper@example.com | holly.nash@example.com | sanjay.rao@example.com
    phone | phone | +14805550123 | "" | +16025550177
    handicapIndex | - | 12.5 | 8.2 | 20.1
    flight | - | A | B | C
    teeBox | - | white | gold | red
  `),
  set({ id: 'en-newsletter-subscribers-export-mailchimp-format', kind: 'site newsletter signups exported in Mailchimp import format', lang: 'en', source: 'index:34237060169 (a small site\'s server, newsletter export route, JavaScript)' }, `
    Email Address | email | tara.lynn@example.com | george.p@example.net | ivy.chan@example.org
    First Name | firstName | Tara | George | Ivy
    Last Name | lastName | Lynn | Papadopoulos | Chan
    Tags | tags | newsletter | "newsletter, beta" | newsletter
    Subscribe Date | - | 2025-01-14 | 2025-02-03 | 2025-02-27
  `),
  set({ id: 'en-member-directory-report-title-generated', kind: 'member directory report exported with a title and a "Generated" line above the header (a people-import reader test)', lang: 'en', above: [['Member Directory'], ['Generated 2026-08-20']], source: 'index:66731743508 (a desktop people-import app\'s reader tests, C#)' }, `
    Given Name | firstName | Ana | Marcus | Lena
    Surname | lastName | Cruz | Webb | Holt
    Email | email | ana.cruz@example.test | marcus.webb@example.test | lena.holt@example.test
  `),
  // ----------------------------------------------------------------------------------------------------------- German
  set({ id: 'de-crm-import-kundennummer-idempotent', kind: 'CRM customer import, test scenario CSV with customer numbers (semicolon)', lang: 'de', defaultCountry: 'DE', source: 'index:30585110908 (a CRM\'s import idempotency test notes, Markdown)' }, `
    Kundennummer | externalId | K-10231 | K-10232 | K-10240
    Vorname | firstName | Stefanie | Markus | Leonie
    Nachname | lastName | Huber | Zimmermann | Kraus
    E-Mail | email | stefanie.huber@example.de | m.zimmermann@example.com | leonie.kraus@example.de
  `),
  set({ id: 'de-crm-import-kundennummer-firma-test', kind: 'CRM customer import, manual test CSV with customer number and company (semicolon)', lang: 'de', defaultCountry: 'DE', source: 'index:30418611877 (a CRM\'s import test plan, Markdown)' }, `
    Kundennummer | externalId | K-2001 | K-2002 | K-2003
    Vorname | firstName | Andreas | Julia | Oliver
    Nachname | lastName | Frank | Schwarz | Lang
    E-Mail | email | a.frank@frank-technik.example | julia.schwarz@example.de | oliver.lang@example.com
    Firma | companyName | Frank Technik GmbH | Schwarz & Partner | ""
  `),
  set({ id: 'de-at-sozialverein-personen-tabelle-wide', kind: 'Austrian social care association, its person table (clients, staff and sponsors; 32 columns) as an insert statement', lang: 'de', defaultCountry: 'AT', source: 'index:49479821089 (a care association\'s database manager, Java)' }, `
    # "esv" and the two emergency contact columns point to other people's rows: not imported. "firmenname" is the
    # company a sponsor or employee row names: the Company name; the company's phone and e-mail are not imported.
    id | externalId | 12 | 13 | 27
    esv | - | 0 | 5 | 0
    notfallkontkt1 | - | 3 | 6 | 0
    notfallkontakt2 | - | 0 | 7 | 0
    personentyp | - | KLIENT | KLIENT | SPONSOR
    anrede | - | Herr | Frau | Frau
    titel | - | "" | Mag. | Dr.
    vorname | firstName | Johann | Theresia | Elisabeth
    nachname | lastName | Pichler | Moser | Huber
    strasse_hausnummer | address1 | Feldgasse 4 | Ringstraße 11/3 | Schubertstraße 9
    plz | postalCode | 8020 | 8010 | 8010
    ort | city | Graz | Graz | Graz
    telefonnummer | phone | 0664 5550123 | 0316 555087 | 0676 5550190
    email | email | "" | theresia.moser@example.at | e.huber@huber-apotheke.example
    geburtsdatum | dateOfBirth | 1949-02-17 | 1958-07-23 | 1970-05-30
    svnr | - | 1234170249 | 5678230758 | ""
    diagnose | - | Demenz | Parkinson | ""
    allergien | - | keine | Penicillin | ""
    sonstiges | - | "" | Rollator | ""
    beschaeftigung | - | "" | "" | ""
    amt | - | "" | "" | ""
    verwendungsgruppe | - | "" | "" | ""
    gehaltsstufe | - | "" | "" | ""
    wochenstunden | - | "" | "" | ""
    iban | - | "" | "" | AT611904300234573201
    bic | - | "" | "" | BKAUATWW
    vorrueckdatum | - | "" | "" | ""
    einstelldatum | - | "" | "" | ""
    firmenname | companyName | "" | "" | Huber Apotheke
    firmentelefonnummer | - | "" | "" | 0316 555044
    firmenemail | - | "" | "" | office@huber-apotheke.example
    geloescht | - | 0 | 0 | 0
  `),
  set({ id: 'de-at-sozialverein-personen-insert-klein', kind: 'Austrian social care association, an earlier person table (11 columns) as an insert statement', lang: 'de', defaultCountry: 'AT', source: 'index:48989022941 (a care association\'s database manager, an earlier version, Java)' }, `
    personentyp | - | KLIENT | MITARBEITER | KLIENT
    anrede | - | Frau | Herr | Herr
    titel | - | "" | DI | ""
    vorname | firstName | Hermine | Lukas | Franz
    nachname | lastName | Steiner | Bauer | Wolf
    strasse_hausnummer | address1 | Annenstraße 30 | Kaiserfeldgasse 2 | Triester Straße 101
    plz | postalCode | 8020 | 8010 | 8055
    ort | city | Graz | Graz | Graz
    telefonnummer | phone | 0316 555012 | 0660 5550177 | 0316 555099
    email | email | "" | lukas.bauer@example.at | ""
    geburtsdatum | dateOfBirth | 1941-10-02 | 1986-04-15 | 1944-01-27
  `),
  set({ id: 'de-at-personendaten-zeile-ohne-kopf', kind: 'one person\'s data line, semicolon-separated without a header (a string-handling exercise, Austrian)', lang: 'de', defaultCountry: 'AT', noHeader: true, source: 'index:45363851941 (a JavaScript string exercise splitting a CSV-structured line)' }, `
    # First name, last name, street, postcode, date of birth, phone, country code.
    "" | firstName | Martina | Gerhard | Selma
    "" | lastName | Eder | Fuchs | Hadžić
    "" | address1 | Linzer Straße 12 | Mozartgasse 3 | Ischlerstraße 40
    "" | postalCode | 5020 | 4020 | 4810
    "" | dateOfBirth | 14.02.1984 | 30.11.1969 | 07.06.1995
    "" | phone | +436645550123 | +436765550187 | +436505550142
    "" | country | AT | AT | AT
  `),
  set({ id: 'de-pflege-bewerber-import-stelle-status', kind: 'hospital recruiting, applicant list import from Excel (semicolon, German dates)', lang: 'de', defaultCountry: 'DE', source: 'index:59666918709 (a hospital staffing app\'s applicant import tests, Python)' }, `
    # The file starts with a byte-order mark, left out here.
    Vorname | firstName | Yvonne | Patrick | Esra
    Nachname | lastName | Kessler | Lang | Aydın
    E-Mail | email | yvonne.kessler@example.de | patrick.lang@example.com | esra.aydin@example.de
    Stelle | - | Pflegefachkraft Station 3 | Pflegefachkraft Intensiv | Pflegehilfskraft
    Status | - | neu | eingeladen | neu
    Datum | - | 15.03.2026 | 2026-02-01 | 20.03.2026
  `),
  set({ id: 'de-telefonbuch-personen-geburt-geteilt', kind: 'phone book desktop app, its people overview columns (birth date split into year, month and day)', lang: 'de', defaultCountry: 'DE', source: 'index:39047393302 (a Tkinter phone book\'s overview, Python)' }, `
    # The birth date comes as three columns (year, month, day): none of them alone is the Date of birth.
    Vorname | firstName | Heike | Jens | Marlene
    Nachname | lastName | Brandt | Otto | Fiedler
    Straße | address1 | Kastanienallee | Breite Straße | Goethestraße
    Hausnummer | - | 12 | 3b | 41
    Postleitzahl | postalCode | 10435 | 14467 | 04109
    Ort | city | Berlin | Potsdam | Leipzig
    Email | email | heike.brandt@example.de | jens.otto@example.de | marlene.fiedler@example.de
    Geburtsjahr | - | 1971 | 1985 | 1993
    Geburtsmonat | - | 4 | 11 | 7
    Geburtstag | - | 18 | 2 | 29
    Geschlecht | - | w | m | w
  `),
  set({ id: 'de-adressliste-anrede-telefonnummer', kind: 'address list with salutation, written to a spreadsheet by a teaching script', lang: 'de', defaultCountry: 'DE', source: 'index:34184900306 (an address list exercise, Python)' }, `
    Anrede | - | Herr | Frau | Frau
    Vorname | firstName | Tobias | Sandra | Ines
    Nachname | lastName | Horn | Keller | Walther
    Straße | address1 | Leipziger Str. | Zschopauer Str. | Brückenstraße
    Hausnummer | - | 50 | 112 | 7
    PLZ | postalCode | 09111 | 09126 | 09111
    Ort | city | Chemnitz | Chemnitz | Chemnitz
    Telefonnummer | phone | 0371 5550123 | 0371 5550188 | 0152 5550144
    E-Mail | email | tobias.horn@example.de | s.keller@example.de | ines.walther@example.de
  `),
  set({ id: 'de-flohmarkt-verkaeufer-liste', kind: 'school bazaar, seller list table columns', lang: 'de', defaultCountry: 'DE', source: 'index:46271554545 (a flea-market app\'s seller list component, Angular)' }, `
    # "Verkaufsnummer" is the seller's number at the bazaar (the number on the price tags): the External ID. "Aktionen"
    # is the table's buttons column.
    Vorname | firstName | Claudia | Ralf | Ayşe
    Nachname | lastName | Werner | Kühne | Polat
    Straße | address1 | Hauptstraße | Schulweg | Ahornring
    Nummer | - | 22 | 5 | 17a
    Postleitzahl | postalCode | 73728 | 73730 | 73728
    Wohnort | city | Esslingen | Esslingen | Esslingen
    Email | email | claudia.werner@example.de | ralf.kuehne@example.de | ayse.polat@example.com
    Telefonnummer | phone | 0711 5550134 | 0711 5550178 | 0176 5550121
    Verkaufsnummer | externalId | 101 | 102 | 117
    Aktionen | - | "" | "" | ""
  `),
  set({ id: 'de-etiketten-adressliste-nr', kind: 'label printing tool, a usual address list it lays out (a guess-plan test)', lang: 'de', defaultCountry: 'DE', source: 'index:71373899890 (a label printing app\'s layout tests, TypeScript)' }, `
    # "Nr" is the list's running number: not imported.
    Nr | - | 1 | 2 | 3
    Vorname | firstName | Ute | Bernd | Nadja
    Nachname | lastName | Jäger | Pohl | Simon
    Straße | address1 | Ringstraße | Am Markt | Lindenweg
    Hausnummer | - | 7 | 1 | 23
    PLZ | postalCode | 35037 | 35037 | 35039
    Ort | city | Marburg | Marburg | Marburg
    E-Mail | email | ute.jaeger@example.de | "" | nadja.simon@example.de
  `),
  set({ id: 'de-adressbuch-tabelle-plz-land', kind: 'address book web app, table columns', lang: 'de', defaultCountry: 'DE', source: 'index:29239745117 (an address book React app, TypeScript)' }, `
    Vorname | firstName | Timo | Verena | Luca
    Nachname | lastName | Beck | Lorenz | Rossi
    E-Mail | email | timo.beck@example.de | verena.lorenz@example.at | luca.rossi@example.ch
    Telefon | phone | +49 611 5550123 | +43 1 5550188 | +41 44 555 01 44
    PLZ | postalCode | 65183 | 1010 | 8001
    Ort | city | Wiesbaden | Wien | Zürich
    Land | country | Deutschland | Österreich | Schweiz
  `),
  set({ id: 'de-kunden-export-abschnitt-titel', kind: 'meter reading app, data export CSV where each table has its section name on the line above its header (the customers section)', lang: 'de', defaultCountry: 'DE', above: [['kundenListe']], source: 'index:32232500710 (a meter reading app\'s CSV export, Java)' }, `
    # "name" beside "vorname" is the surname: the Last name. "id" is the customer's id in the app: the External ID.
    id | externalId | 1 | 2 | 3
    name | lastName | Krämer | Bergmann | Yılmaz
    vorname | firstName | Dieter | Sabine | Cem
  `),
  set({ id: 'de-schule-anmeldungen-klasse-alias-spalten', kind: 'school event sign-ups, admin grid columns (SQL aliases in German)', lang: 'de', defaultCountry: 'DE', source: 'index:19334881359 (a school sign-up admin page, ASP.NET C#)' }, `
    Vorname | firstName | Jonas | Mia | Elias
    Nachname | lastName | Becker | Schulz | Wagner
    Klasse | - | 8b | 9a | 8b
    Email | email | jonas.becker@schule.example | mia.schulz@schule.example | elias.wagner@schule.example
    Status | - | angemeldet | Warteliste | angemeldet
  `),
  set({ id: 'de-hausaerzte-tabelle-kv-telefone-wide', kind: 'diabetes practice software, its table of family doctors (36 columns) as a record source', lang: 'de', defaultCountry: 'DE', source: 'index:56155904017 (a practice database form, Visual Basic)' }, `
    # The rows are family doctors. "HAName" is the doctor's full name as written on letters ("Dr. med. Hans Meier"):
    # the Name as well, beside first and last name. KVNR, KVNu and LANR are the doctor's registration numbers with the
    # statutory health insurance (like tax and identity numbers): not imported. Tel1 is the main phone, the other
    # numbered phones additional; the fax numbers are not imported.
    DBNr | - | 1 | 2 | 3
    diff | - | 0 | 0 | 1
    BStelle | - | 1 | 1 | 2
    Anrede | - | Herr | Frau | Herr
    HAName | name | Dr. med. Hans Meier | Dr. Claudia Roth | Stefan Ebert
    ort | city | Augsburg | Friedberg | Augsburg
    KVNR | - | 641234500 | 641877700 | 641998800
    KVNu | - | 64123 | 64187 | 64199
    LANR | - | 123456701 | 765432101 | 246813501
    Tel1 | phone | 0821 555012 | 0821 555077 | 0821 555034
    Tel2 | additionalPhones | 0821 555013 | "" | ""
    Tel3 | additionalPhones | "" | "" | ""
    Tel4 | additionalPhones | "" | "" | ""
    Fax1 | - | 0821 555019 | 0821 555078 | ""
    Fax1k | - | Praxis | Praxis | ""
    Fax2 | - | "" | "" | ""
    Fax2k | - | "" | "" | ""
    Fax3 | - | "" | "" | ""
    Fax3k | - | "" | "" | ""
    Email | email | praxis@dr-meier.example | info@praxis-roth.example | ""
    ZulG | - | 1 | 1 | 1
    Arzttyp | - | Allgemeinarzt | Internistin | Allgemeinarzt
    GemMit | - | "" | Dr. Weber | ""
    beme | - | "" | "" | nur vormittags
    DMPT2 | - | 1 | 1 | 0
    DMPT1 | - | 0 | 1 | 0
    Geschlecht | - | m | w | m
    Titel | - | Dr. med. | Dr. | ""
    Vorname | firstName | Hans | Claudia | Stefan
    Nachname | lastName | Meier | Roth | Ebert
    Straße | address1 | Maximilianstraße 12 | Bahnhofstraße 3 | Haunstetter Str. 40
    PLZ | postalCode | 86150 | 86316 | 86161
    gelöscht | - | 0 | 0 | 0
    seit | - | 01.01.2005 | 01.07.2012 | 01.04.2019
    bis | - | "" | "" | ""
    AktZeit | - | 12.03.2021 10:14 | 02.11.2022 16:40 | 15.01.2024 08:05
  `),
  set({ id: 'de-klinik-leistungsliste-patienten-wide', kind: 'hospital information system export of services per patient stay (44 columns with the trailing separator), read by a cost accounting tool', lang: 'de', defaultCountry: 'DE', source: 'index:12314315389 (a hospital cost accounting importer\'s Orbis listing reader, Java)' }, `
    # The patient is the contact: "PID" is the patient's id in the hospital system, the External ID. Case numbers, the
    # stay, cost centres, wards and services are not contact fields. "Name" beside "Nachname", with title, prefix and
    # suffix columns, is the name part of the patient record (the surname again): not imported.
    Nachname | lastName | Hoffmann | Kaya | Schröder
    Vorname | firstName | Ingeborg | Murat | Felix
    Geburtsdatum | dateOfBirth | 12.04.1948 | 03.09.1979 | 21.01.2016
    M/W | - | W | M | M
    Fallnummer | - | 24001234 | 24001377 | 24001502
    Rechnungsfallnummer | - | 24001234 | 24001377 | 24001502
    Aufnahme | - | 02.03.2024 | 05.03.2024 | 06.03.2024
    Entlassung | - | 09.03.2024 | 06.03.2024 | 08.03.2024
    Aufenthaltsart | - | stationär | ambulant | stationär
    akt. Kst.-Nr. | - | 4110 | 4300 | 4520
    aktuelle Kostenstelle | - | Innere 1 | Chirurgie Ambulanz | Pädiatrie
    Leistungsdatum | - | 03.03.2024 | 05.03.2024 | 06.03.2024
    anf. Kst.-Nr. | - | 4110 | 4300 | 4520
    anfordernde Kostenstelle | - | Innere 1 | Chirurgie Ambulanz | Pädiatrie
    anf. Abteilung | - | Innere Medizin | Chirurgie | Kinderklinik
    anf. Station | - | I1 | CA | K2
    Anzahl | - | 1 | 2 | 1
    Leistungskürzel | - | RÖ-TH | LAB-BB | SONO-AB
    Leistung | - | Röntgen Thorax | Blutbild | Sonographie Abdomen
    erbr. Kst.-Nr. | - | 9100 | 9200 | 9100
    erbringende Kostenstelle | - | Radiologie | Labor | Radiologie
    erbr. Abteilung | - | Radiologie | Zentrallabor | Radiologie
    Leistungsgruppenkürzel | - | RAD | LAB | RAD
    Leistungsgruppe | - | Radiologie | Labor | Radiologie
    PID | externalId | 100234 | 100871 | 101442
    Anrede | - | Frau | Herr | ""
    Name | - | Hoffmann | Kaya | Schröder
    Titel | - | "" | Dr. | ""
    Namenspräfix | - | "" | "" | ""
    Namenssuffix | - | "" | "" | ""
    Aufenthaltsart-ID | - | 1 | 2 | 1
    Aufenthaltsartkürzel | - | S | A | S
    akt. Kst.-ID | - | 411 | 430 | 452
    anf. Kst.-ID | - | 411 | 430 | 452
    anf. Fa-ID | - | 10 | 20 | 30
    anfordernde Fachabteilung | - | Innere Medizin | Chirurgie | Pädiatrie
    anf. Stat-ID | - | 101 | 201 | 301
    anfordernde Station | - | I1 | CA | K2
    Leistungs-ID | - | 5001 | 6002 | 5007
    erbr. Kst.-ID | - | 910 | 920 | 910
    erbr. Fa-ID | - | 90 | 92 | 90
    erbringende Fachabteilung | - | Radiologie | Labor | Radiologie
    Leistungsgruppen-ID | - | 7 | 8 | 7
    "" | - | "" | "" | ""
  `),
  // ------------------------------------------------------------------------------------------------------------ Dutch
  set({ id: 'nl-rijschool-leerlingen-tabel', kind: 'driving school, its pupils table (insert statement)', lang: 'nl', defaultCountry: 'NL', source: 'index:1549048637 (a driving school site\'s instructor registration, PHP)' }, `
    naam | name | Sven Hermans | Naima Amrani | Bart Peeters
    adres | address1 | Bredeweg 12 | Kapellerlaan 40 | Maasboulevard 3
    postcode | postalCode | 6042 NV | 6045 AB | 6041 TD
    woonplaats | city | Roermond | Roermond | Roermond
    telefoon | phone | 06 32456789 | 06 14725836 | 0475 123456
    email | email | sven.hermans@example.nl | naima.amrani@example.nl | bart.peeters@example.nl
    wachtwoord | - | "" | "" | ""
  `),
  set({ id: 'nl-contacten-app-export-categorieen', kind: 'contacts app, CSV export with categories and notes', lang: 'nl', defaultCountry: 'NL', source: 'index:25348466525 (a Flutter contacts app\'s import/export service, Dart)' }, `
    Voornaam | firstName | Marijke | Dennis | Sanne
    Tussenvoegsel | - | van | "" | de
    Achternaam | lastName | Beek | Hoekstra | Ruiter
    Email | email | marijke.vanbeek@example.nl | dennis.hoekstra@example.nl | sanne.deruiter@example.nl
    Telefoon | phone | 06 12340987 | 058 2123456 | 06 56781234
    Adres | address1 | Lindenlaan 3 | Nieuwestad 41 | Oudegracht 200
    Postcode | postalCode | 7311 KS | 8911 CK | 3511 NR
    Plaats | city | Apeldoorn | Leeuwarden | Utrecht
    Categorieën | tags | "Familie, Verjaardagen" | Werk | Vrienden
    Notities | - | "" | Collega sinds 2021 | ""
  `),
  set({ id: 'nl-camping-gasten-reserveringen-grid', kind: 'campsite booking admin, guests with their reservation (grid columns)', lang: 'nl', defaultCountry: 'NL', source: 'index:21356660902 (a campsite booking site\'s guest overview page, ASP.NET)' }, `
    # The guest is the contact: "GastNummer" is the guest's number, the External ID; the reservation's number,
    # party size, dates and remark are not imported.
    GastNummer | externalId | 1041 | 1042 | 1057
    Voornaam | firstName | Pieter | Anke | Luuk
    Tussenvoegsel | - | "" | van der | ""
    Achternaam | lastName | Smeets | Velde | Claes
    Email | email | pieter.smeets@example.nl | anke.vandervelde@example.nl | luuk.claes@example.be
    Telefoonnummer | phone | 06 11122233 | 06 44455566 | +32 470 12 34 56
    Nummer | - | 311 | 312 | 318
    Aantal_personen | - | 4 | 2 | 5
    Aankomstdatum | - | 2025-07-12 | 2025-07-14 | 2025-08-01
    Vertrekdatum | - | 2025-07-26 | 2025-07-21 | 2025-08-15
    Opmerking | - | Plaats bij de speeltuin | "" | Met hond
    Straatnaam | address1 | Heuvelstraat | Zeeweg | Stationsstraat
    Huisnummer | - | 8 | 112 | 21
    Postcode | postalCode | 6211 GH | 1971 HB | 3500
    Land | country | Nederland | Nederland | België
  `),
  set({ id: 'nl-sollicitanten-personen-ervaring', kind: 'staffing agency, people table read by a matching service', lang: 'nl', defaultCountry: 'NL', source: 'index:12005347855 (a matching service\'s database query, Python)' }, `
    id | externalId | 201 | 202 | 219
    voornaam | firstName | Thomas | Eline | Youssef
    achternaam | lastName | Vermeulen | Kramer | Ouali
    geboortedatum | dateOfBirth | 1990-01-23 | 1987-06-11 | 1996-09-30
    woonplaats | city | Tilburg | Den Bosch | Breda
    opleiding | - | MBO Techniek | HBO Bouwkunde | MBO Logistiek
    functie | - | Monteur | Projectleider | Planner
    ervaring_sinds | - | 2012 | 2010 | 2019
  `),
  set({ id: 'nl-routemeister-patienten-afspraken', kind: 'patient transport planner, appointment list from a routing tool (header words it recognises)', lang: 'nl', defaultCountry: 'NL', source: 'index:16884023575 (a transport planner\'s file type configuration, Python)' }, `
    # "patient" is the patient's number in the routing tool: the External ID.
    patient | externalId | P-10231 | P-10244 | P-10307
    achternaam | lastName | de Boer | Vos | Hendriks
    voornaam | firstName | Cor | Greet | Ali
    adres | address1 | Zuidlaan 14 | Beatrixstraat 2 | Wilhelminapark 9
    plaats | city | Emmen | Assen | Emmen
    postcode | postalCode | 7811 AB | 9401 HZ | 7822 KL
    telefoon | phone | 0591 612345 | 0592 345678 | 06 12398745
    afspraak | - | 2025-10-06 09:30 | 2025-10-06 11:00 | 2025-10-07 08:45
    behandeling | - | Dialyse | Fysiotherapie | Dialyse
  `),
  set({ id: 'nl-be-inschrijvingen-gsm-gemeente', kind: 'Belgian contact list import (Dutch headers with GSM and Gemeente), a column guesser test', lang: 'nl', defaultCountry: 'BE', source: 'index:71575817638 (an app\'s CSV import tests with Dutch, French and English headers, TypeScript)' }, `
    Voornaam | firstName | Wout | Elke | Jonas
    Achternaam | lastName | Peeters | Maes | Claes
    E-mail | email | wout.peeters@example.be | elke.maes@example.be | jonas.claes@example.be
    GSM | phone | 0470 12 34 56 | 0486 65 43 21 | 0499 11 22 33
    Gemeente | city | Leuven | Mechelen | Aarschot
  `),
  set({ id: 'nl-kalender-bestellingen-export', kind: 'calendar pre-orders, admin CSV export (16 columns)', lang: 'nl', defaultCountry: 'NL', source: 'index:58084246888 (a shop\'s advent calendar orders export, PHP)' }, `
    # The rows are orders; the buyer is the contact: the order's reference, product, amounts and statuses are not
    # imported; the delivery address is the buyer's only address.
    Referentie | - | ADV-2025-0012 | ADV-2025-0013 | K27-0004
    Special | - | Adventkalender | Adventkalender | Kalender 2027
    Variant | - | Groot | Klein | Standaard
    Datum | - | 2025-11-02 | 2025-11-03 | 2025-11-05
    Voornaam | firstName | Marloes | Henk | Jasmijn
    Achternaam | lastName | Visser | Bos | de Leeuw
    E-mail | email | marloes.visser@example.nl | henk.bos@example.nl | jasmijn.deleeuw@example.nl
    Straat | address1 | Prinsengracht | Dorpsweg | Laan van Meerdervoort
    Huisnr | - | 263 | 14 | 52
    Postcode | postalCode | 1016 GV | 7431 AB | 2517 AK
    Plaats | city | Amsterdam | Diepenveen | Den Haag
    Land | country | NL | NL | NL
    Aantal | - | 1 | 2 | 1
    Totaal (EUR) | - | 24.95 | 39.90 | 19.95
    Status | - | Betaald | Betaald | Geannuleerd
    Bevestigingsmail verzonden | - | Ja | Ja | Nee
  `),
  set({ id: 'nl-import-dubbele-contacten-reden', kind: 'CRM import, the duplicates it skipped, downloaded as CSV', lang: 'nl', defaultCountry: 'NL', source: 'index:54759567892 (a CRM\'s contact import dialog, React)' }, `
    Voornaam | firstName | Kim | Sander | Lotte
    Achternaam | lastName | de Groot | Meijer | van Dam
    E-mail | email | kim.degroot@example.nl | sander.meijer@example.nl | ""
    Telefoon | phone | 06 98765432 | "" | 06 11223344
    Reden | - | E-mail bestaat al | E-mail bestaat al | Telefoon bestaat al
  `),
  set({ id: 'nl-webshop-kopers-marketingtoestemming', kind: 'web shop buyers list with marketing consent, semicolon CSV for Excel', lang: 'nl', defaultCountry: 'NL', source: 'index:54589503336 (a shop\'s buyers export route, TypeScript)' }, `
    Voornaam | firstName | Eva | Bram | Fatma
    Achternaam | lastName | Smit | Hendriks | Yıldız
    E-mail | email | eva.smit@example.nl | bram.hendriks@example.nl | fatma.yildiz@example.nl
    Aankoopdatum | - | 12-11-2025 | 14-11-2025 | 20-11-2025
    Marketingtoestemming | - | Ja | Nee | Ja
  `),
  set({ id: 'nl-symposium-inschrijvingen-vereniging', kind: 'student association symposium registrations, CSV download', lang: 'nl', defaultCountry: 'NL', source: 'index:15600733034 (a symposium plugin\'s registrations export, PHP)' }, `
    # "ID" is the registration's own number: not imported. "Vereniging" is the student association the person is a
    # member of: Tags.
    ID | - | 14 | 15 | 22
    Voornaam | firstName | Lisa | Tim | Sara
    Achternaam | lastName | Koster | Vermeer | El Idrissi
    E-mail | email | lisa.koster@example.nl | tim.vermeer@example.nl | sara.elidrissi@example.nl
    Leeftijd | - | 21 | 23 | 20
    Gender | - | vrouw | man | vrouw
    Opleiding | - | Geneeskunde | Biomedische Wetenschappen | Farmacie
    Vereniging | tags | MFVU | Panacea | MFVU
  `),
  set({ id: 'nl-adviesgesprekken-afspraken-export', kind: 'advice appointments booked online, CSV export per period', lang: 'nl', defaultCountry: 'NL', source: 'index:31247586754 (an appointment plugin\'s export, PHP)' }, `
    # "Naam" is the adviser the appointment is with (a staff member): not imported; the person who booked is the
    # contact. Date, times and expertise are the appointment's.
    Naam | - | Mr. de Haan | Mr. de Haan | Mw. Peters
    Datum | - | 2025-03-04 | 2025-03-04 | 2025-03-05
    Starttijd | - | 10:00 | 10:30 | 14:00
    Eindtijd | - | 10:30 | 11:00 | 14:30
    Expertise | - | Arbeidsrecht | Huurrecht | Familierecht
    Voornaam | firstName | Gijs | Annemarie | Soufiane
    Achternaam | lastName | Mol | Post | Amrani
    E-mail | email | gijs.mol@example.nl | annemarie.post@example.nl | s.amrani@example.nl
    Telefoonnummer | phone | 06 12312312 | 030 2345678 | 06 32132132
    Opmerking | - | Ontslag op staande voet | "" | Omgangsregeling
  `),
  set({ id: 'nl-ov-reizigers-personen-iban', kind: 'public transport card back office, people search results table', lang: 'nl', defaultCountry: 'NL', source: 'index:6909032520 (a travel card admin\'s person search, Java Swing)' }, `
    # "PersoonID" is the person's id in the card system: the External ID.
    PersoonID | externalId | 1001 | 1002 | 1015
    Voornaam | firstName | Gerda | Rik | Yasmin
    Tussenvoegsel | - | "" | de | ""
    Achternaam | lastName | Wolters | Wit | Haddad
    Postcode | postalCode | 8011 AB | 7411 CD | 7511 EF
    Huisnummer | - | 3 | 27 | 140
    Toevoeging | - | "" | bis | A
    IBAN | - | NL91ABNA0417164300 | NL20INGB0001234567 | ""
  `),
  // --------------------------------------------------------------------------------------------------- Mixed-language
  set({ id: 'mixed-opleiding-gebruikers-template-crm-id', kind: 'training institute\'s user import template (English keys, Dutch name columns)', lang: 'mixed', defaultCountry: 'NL', source: 'index:12727845512 (a learning platform\'s user import page, its template download, React)' }, `
    # "crmCustomerId" is the person's id in the institute's CRM: the External ID.
    email | email | student2@opleiding.example | docent.jansen@opleiding.example | l.demir@opleiding.example
    voornaam | firstName | Tim | Karel | Leyla
    tussenvoegsel | - | van | "" | ""
    achternaam | lastName | Beek | Jansen | Demir
    crmCustomerId | externalId | 1002 | 5 | 1017
    role | - | STUDENT | TEACHER | STUDENT
  `),
  set({ id: 'mixed-accountaanvragen-nieuwe-gebruikers-bewerk', kind: 'broadcaster IT, new user account requests (Dutch name columns, English fields)', lang: 'mixed', defaultCountry: 'NL', source: 'index:52514699530 (an account request tool\'s edit page, PHP)' }, `
    # "alias" is the login to be created for the person: the External ID. "groups" are the groups the account joins:
    # Tags. "aangevraagddoor" (requested by), "dalet" (a newsroom system flag) and the helpdesk call are not imported.
    voornaam | firstName | Fleur | Jeroen | Mila
    tussenvoegsel | - | "" | van | ""
    achternaam | lastName | Bakker | Rijn | Postma
    emailadres | email | f.bakker@omroep.example | j.vanrijn@omroep.example | m.postma@omroep.example
    mobilephone | phone | 06 12345678 | 06 87654321 | ""
    aangevraagddoor | - | hr@omroep.example | hr@omroep.example | redactie@omroep.example
    groups | tags | redactie | "techniek, montage" | redactie
    dalet | - | 1 | 0 | 1
    status | - | nieuw | aangemaakt | nieuw
    alias | externalId | fbakker | jvrijn | mpostma
    topdeskcall | - | M2501-123 | M2501-140 | ""
    aanmakenop | - | 2025-02-01 | 2025-01-20 | 2025-02-10
  `),
  set({ id: 'mixed-accountaanvragen-overzicht-lastchange', kind: 'broadcaster IT, new user account requests overview (Dutch name columns, English fields)', lang: 'mixed', defaultCountry: 'NL', source: 'index:52819530069 (an account request tool\'s overview dump, PHP)' }, `
    # "id" is the request's own row number: not imported. "alias" is the login: the External ID.
    id | - | 311 | 312 | 318
    voornaam | firstName | Daan | Esther | Koen
    tussenvoegsel | - | "" | de | ""
    achternaam | lastName | Hoekstra | Graaf | Smit
    emailadres | email | d.hoekstra@omroep.example | e.degraaf@omroep.example | k.smit@omroep.example
    aangevraagddoor | - | hr@omroep.example | facilitair@omroep.example | hr@omroep.example
    groups | tags | sport | nieuws | "nieuws, web"
    dalet | - | 0 | 1 | 1
    status | - | aangemaakt | nieuw | aangemaakt
    alias | externalId | dhoekstra | edgraaf | ksmit
    aanmakenop | - | 2025-01-06 | 2025-02-03 | 2025-01-13
    lastchange | - | 2025-01-07 10:12:44 | 2025-01-29 16:03:12 | 2025-01-14 09:00:01
  `),
  set({ id: 'mixed-kundenportal-users-attribute', kind: 'customer portal users table (German address columns, English account columns) read by its API', lang: 'mixed', defaultCountry: 'DE', source: 'index:19097191632 (a customer portal\'s users controller, JavaScript)' }, `
    # "kndnr" (the customer number) is the External ID, "id" the portal's own row id (of two ids, the customer
    # number is the person's id in the business; the row id is not imported). "geburtstag" holds the full birth date.
    id | - | 1 | 2 | 5
    kndnr | externalId | 10021 | 10022 | 10030
    anrede | - | Herr | Frau | Herr
    vorname | firstName | Uwe | Katharina | Dominik
    nachname | lastName | Schneider | Brenner | Wolf
    straße | address1 | Gartenweg | Schillerplatz | Bergstraße
    hausnummer | - | 4 | 10 | 77
    plz | postalCode | 69117 | 69115 | 69120
    ort | city | Heidelberg | Heidelberg | Heidelberg
    land | country | Deutschland | Deutschland | Deutschland
    geburtstag | dateOfBirth | 1975-05-21 | 1990-02-14 | 1982-12-03
    phone | phone | 06221 5550123 | 0171 5550188 | 06221 5550144
    email | email | uwe.schneider@example.de | k.brenner@example.de | d.wolf@example.de
    rank | - | user | user | admin
    createdAt | - | 2024-03-01 10:00:00 | 2024-03-05 12:30:00 | 2024-04-11 08:15:00
    password | - | "" | "" | ""
    confirmed | - | 1 | 1 | 0
  `),
  set({ id: 'mixed-userdata-vorname-aktive-hmumber', kind: 'user data table (German and English column names, upper case) noted in an admin page', lang: 'mixed', defaultCountry: 'HU', source: 'index:6914742522 (a small admin page\'s user table comment, PHP)' }, `
    # "AKTIVE" is an active flag; "HMUMBER" is the house number on its own: neither is imported.
    VORNAME | firstName | Péter | Anna | Gábor
    LASTNAME | lastName | Nagy | Kovács | Tóth
    BIRTHDATE | dateOfBirth | 1985-04-12 | 1992-09-03 | 1978-01-27
    AKTIVE | - | 1 | 1 | 0
    CITY | city | Budapest | Debrecen | Szeged
    STREET | address1 | Fő utca | Piac utca | Kossuth Lajos sugárút
    HMUMBER | - | 12 | 45 | 7
  `),
];
