// The twenty-eighth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch
// and mixed-language files; the other half, corpus-heldout28b.ts, holds Spanish, Portuguese, French, Italian and other
// English files): 57 header sets (675 columns, 364 of them expected to map; 25 English, 15 German, 13 Dutch, 4 mixed; 2
// files without a header row (a Belgian contacts text file, a CleverReach e-mail list), 3 with lines above it (an Excel
// title row; a "printed" title and a blank line; a Dutch title, a blank and a section line); 9 sets of 20 to 40
// columns) from sources none of the other parts use, found in the public code index with find_string (exact header text
// of CRM, lead and prospect exports and import templates (Salesforce, Zoho, HubSpot, Mailchimp, Google Workspace and
// Sheets CRMs), admin export pages, member, volunteer, customer, investor and user lists, shop and order forms, school
// and competition sign-ups, bookkeeping and election exports, importer tests and fixtures, column lists written as
// arrays in code) and written down, with the mapping a careful person would choose by the field definitions and the
// issue's rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the
// index file the header text was read from (the index does not name its repository); the kind says what the file is.
// Sample values are made up in the shape of each file's own (no personal data or example rows from the sources are
// copied). No file was cut short (the widest, an Outlook layout, has 40 columns). No set's headers repeat an older
// part's (each was compared lower-cased; the files without a header row aside). A header starting with "#" cannot be
// written in the table (it would be a comment) and is put back after parsing (withHeader).
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
// The twenty-seventh part's first half made these choices more than once, kept here:
// - A staff list's personnel number, registration number, employee id or reference is the External ID; hire, leave
//   and contract dates, wages, hours, grades, contract kinds, payroll figures and the employer's own codes, branches
//   and cost centres are not contact fields.
// - A student's, member's or player's plan, program, course, section, level, year and scores are not imported (like
//   a class); the team or club a player or member is registered with is Tags.
// - A gym trainer assigned to a member is the Contact owner (like a therapist); "created by", "entered by" and the
//   user who filed a request are not.
// The fifteenth part's first half chose, for Dutch files:
// - A Dutch "tussenvoegsel" (van, de, van der) in a column of its own is not imported (the last name column is still
//   the Last name); initials ("Voorletters") alone are the First name, the only given-name column the file has.
// Choices this half makes more than once:
// - A login, a user name or a debtor number the person is filed under in another program is the External ID.
// - The owner of a CRM row (lead owner, assignee, the "Account Owner" of a sheet whose rows are customers) is the
//   Contact owner; the owner of a Salesforce account beside a contact's own columns is an account's and is not.
// - A WhatsApp or home number beside the main phone is an additional phone; a second e-mail is an additional e-mail.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout28' }, table);
/** A header the table format cannot hold (a line starting with "#" is a comment there), put back after parsing. */
const withHeader = (s: CorpusSet, column: number, header: string): CorpusSet => ({ ...s, headers: s.headers.map((h, i) => (i === column ? header : h)) });

export const HELDOUT28A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-salesforce-webinar-contacts-account-owner', kind: 'Salesforce contact report of webinar attendees, its columns written in a data-cleaning script (salutation, names, title, account, mailing address, phones, e-mail, account owner)', lang: 'en', source: 'index:37950474983 (a Salesforce data-cleaning notebook, pandas, Python)' }, `
    Salutation | - | Ms. | Mr. | Dr.
    First Name | firstName | Rebecca | Anthony | Leila
    Last Name | lastName | Thornton | Russo | Haddad
    Title | - | Director of IT | Operations Manager | CIO
    Account Name | companyName | Lakeside Health | Russo Freight | Summit University
    Mailing Street | address1 | 400 Lake Ave | 18 Harbor Rd | 1 University Plz
    Mailing City | city | Rochester | Newark | Boulder
    Mailing State/Province | state | NY | NJ | CO
    Mailing Zip/Postal Code | postalCode | 14608 | 07105 | 80309
    Mailing Country | country | United States | United States | United States
    Phone | phone | (585) 555-0142 | (973) 555-0187 | (303) 555-0119
    Personal Mobile | additionalPhones | (585) 555-0199 | "" | (720) 555-0166
    Email | email | rthornton@lakesidehealth.example | anthony@russofreight.example | lhaddad@summit.example
    # The owner of the account (the company record), not of this contact.
    Account Owner | - | Kevin Marsh | Dana Patel | Kevin Marsh
  `),
  set({ id: 'en-sherpa-prospects-export-property-sms', kind: 'real-estate SMS prospecting platform\'s default prospect export (names, stage, phone, mailing and property addresses, custom fields, import dates, flags, campaigns, SMS dates, page links)', lang: 'en', source: 'index:16603774631 (a prospecting platform\'s export headers, Django, Python)' }, `
    Full Name | name | Harold Jenkins | Maria Gonzalez | Dwayne Fletcher
    First Name | firstName | Harold | Maria | Dwayne
    Last Name | lastName | Jenkins | Gonzalez | Fletcher
    Stage | - | Lead | Follow Up | Dead
    Phone | phone | (214) 555-0133 | (469) 555-0172 | (972) 555-0148
    # The mailing address is the owner's own; the property address is the house being prospected.
    Mailing Street | address1 | 2210 Elm St | 85 W Oak Ave | PO Box 412
    Mailing City | city | Dallas | Irving | Garland
    Mailing State | state | TX | TX | TX
    Mailing Zipcode | postalCode | 75201 | 75060 | 75040
    Property Street | - | 1408 Bryan St | 85 W Oak Ave | 3012 Forest Ln
    Property City | - | Dallas | Irving | Garland
    Property State | - | TX | TX | TX
    Property Zipcode | - | 75204 | 75060 | 75042
    Phone Type | - | mobile | landline | mobile
    Custom 1 | - | "" | absentee | ""
    Custom 2 | - | "" | "" | ""
    Custom 3 | - | "" | "" | ""
    Custom 4 | - | "" | "" | ""
    First Import Date | - | 2021-03-02 | 2021-03-02 | 2021-04-11
    Last Import Date | - | 2021-05-19 | 2021-03-02 | 2021-04-11
    Owner Verified | - | true | false | false
    Is Vacant | - | false | true | false
    # The SMS campaigns the prospect is in are what the messages are about, not a group the person belongs to.
    Campaigns | - | Dallas Absentee Q2 | Irving Vacant | Garland Probate
    DNC | - | false | false | true
    Last SMS Sent | - | 2021-05-20 14:02 | 2021-03-05 10:11 | 2021-04-12 16:30
    Last SMS Received | - | 2021-05-20 14:40 | "" | 2021-04-12 16:31
    Sherpa Page | - | https://app.example.com/prospects/1042 | https://app.example.com/prospects/1043 | https://app.example.com/prospects/1050
    Public Page | - | https://example.com/p/ab12cd | https://example.com/p/ef34gh | https://example.com/p/ij56kl
  `),
  set({ id: 'en-salesforce-contacts-csv-other-address', kind: 'Salesforce-style contact CSV written by an account migration script (names, salutation, title, e-mail, account, primary and other address groups)', lang: 'en', source: 'index:34070370316 (a CRM migration script writing contacts.csv, Python)' }, `
    Last Name | lastName | Whitfield | Okafor | Lindqvist
    First Name | firstName | Grace | Emeka | Sven
    Salutation | - | Mrs. | Mr. | Mr.
    Title | - | Treasurer | Board Chair | Volunteer Lead
    Email | email | grace.whitfield@example.org | emeka.okafor@example.com | sven.l@example.net
    Account Name | companyName | Riverside Food Pantry | Okafor Family Foundation | Northside Arts Council
    Primary Address Type | - | Home | Work | Home
    Mailing Street | address1 | 12 Birch Ln | 900 Commerce St Ste 300 | 47 Juniper Ct
    Mailing City | city | Ann Arbor | Detroit | Ypsilanti
    Mailing State | state | MI | MI | MI
    Mailing Zip | postalCode | 48104 | 48226 | 48197
    # The primary address group's country.
    Home Country | country | USA | USA | USA
    Other Address Type | - | Work | "" | ""
    Other Street | - | 300 S State St | "" | ""
    Other City | - | Ann Arbor | "" | ""
    Other State | - | MI | "" | ""
    Other Zip | - | 48109 | "" | ""
    Other Country | - | USA | "" | ""
  `),
  set({ id: 'en-google-workspace-users-upload-org-unit', kind: 'school\'s Google Workspace bulk user upload CSV written by an enrolment script (e-mail address, first name, last name, password, org unit path)', lang: 'en', defaultCountry: 'ES', source: 'index:26858839658 (a school enrolment script writing user and group CSVs, Python)' }, `
    Email Address | email | arnau.puig@example.cat | laia.soler@example.cat | pol.ferrer@example.cat
    First name | firstName | Arnau | Laia | Pol
    Last Name | lastName | Puig | Soler | Ferrer
    Password | - | Canvi2025! | Canvi2025! | Canvi2025!
    # An org unit is a class or year group the account is placed in: not imported, like a class.
    Org Unit Path | - | /Alumnes/1ESO | /Alumnes/1ESO | /Alumnes/2BAT
  `),
  set({ id: 'en-crm-import-contact-lines-role-preferred-method', kind: 'CRM\'s import wizard, the columns of its contact line template (names, title, contact role, e-mail, phone, mobile, mailing address, preferred contact method)', lang: 'en', source: 'index:68544285511 (a CRM app\'s import wizard templates, React)' }, `
    First Name | firstName | Brian | Natalie | Jorge
    Last Name | lastName | Kessler | Hughes | Alvarez
    Title | - | Facilities Manager | Controller | Owner
    Contact Role | - | Decision Maker | Billing | Primary
    Email | email | bkessler@harborview.example | nhughes@peakmfg.example | jorge@alvarezlandscaping.example
    Phone | phone | (206) 555-0113 | (425) 555-0167 | (253) 555-0124
    Mobile | additionalPhones | (206) 555-0190 | "" | (253) 555-0181
    Mailing Street | address1 | 1200 Harbor Ave SW | 455 Industry Dr | 88 Pine St
    Mailing City | city | Seattle | Everett | Tacoma
    Mailing State | state | WA | WA | WA
    Mailing ZIP | postalCode | 98126 | 98203 | 98402
    Preferred Contact Method | - | Email | Phone | Text
  `),
  set({ id: 'en-leads-upload-template-assignee-expected-revenue', kind: 'sales team\'s leads upload template downloaded from the leads page (assignee, lead name, notes, company, contact name and number, region, country, type, priority, next step, source, status, remarks, dates, currency, value, expected revenue)', lang: 'en', source: 'index:2881741287 (a sales dashboard\'s leads page, CSV template download, React)' }, `
    # The user the lead is assigned to: the Contact owner.
    Lead Assignee | owner | priya.nair@example.com | tom.haines@example.com | priya.nair@example.com
    # The lead's own title (what the opportunity is), not the person's name.
    Lead Name | - | Global Expansion | Warehouse Refit | Cloud Migration
    Notes | - | Interested in cloud services | "" | Budget approved
    Company Name | companyName | Acme Global | Brightwater Logistics | Helios Retail
    Contact Name | name | Jane Smith | Marco Rossi | Aisha Bello
    Contact Number | phone | 555-0122 | +39 02 5550 1234 | +234 803 555 0199
    Region | - | Europe | Europe | Africa
    Country | country | Germany | Italy | Nigeria
    Type | - | RFP | Inbound | Referral
    Priority | - | Medium | High | Low
    Next Step | - | Schedule PoC | Send quote | Intro call
    Lead Source | source | Online Store | Trade Show | Partner
    Lead Status | - | Open | Qualified | Open
    Remarks | - | "" | Decision in May | ""
    Start Date | - | 2025-01-15 | 2025-02-03 | 2025-02-20
    Closing Date | - | 2025-06-30 | 2025-05-31 | 2025-09-30
    Currency | - | EUR | EUR | USD
    Value | - | 120000 | 45000 | 80000
    Expected Revenue | - | 60000 | 30000 | 24000
  `),
  set({ id: 'en-linkedin-new-leads-csv-company-email-sample', kind: 'new leads CSV written by a LinkedIn-to-CRM script (full name, first, last, company, e-mail, company e-mail sample, title, industry, location, lead source, lead status)', lang: 'en', source: 'index:21512800188 (a lead enrichment script writing new_leads.csv and existing_leads.csv, Python)' }, `
    Full Name | name | Samantha Reed | Vikram Shah | Colin O'Brien
    First | firstName | Samantha | Vikram | Colin
    Last | lastName | Reed | Shah | O'Brien
    Company | companyName | Fernwood Analytics | Orbis Payments | Greenline Energy
    Email | email | samantha.reed@fernwood.example | vshah@orbis.example | ""
    # A sample address of the company's e-mail pattern, not the person's.
    Company Email Sample | - | john.doe@fernwood.example | jdoe@orbis.example | jdoe@greenline.example
    Title | - | Head of Data | VP Engineering | CFO
    Industry | - | Software | Financial Services | Renewables
    Location | - | Austin, Texas | San Francisco Bay Area | Boston, Massachusetts
    Lead Source | source | LinkedIn | LinkedIn | LinkedIn
    Lead Status | - | New | New | New
  `),
  set({ id: 'en-driver-recruitment-leads-export-whatsapp-followup', kind: 'ride-hailing driver recruitment CRM\'s driver leads export (id, full name, phone, WhatsApp, e-mail, riding company, campaign, lead source and status, feedback, follow-up dates, assignee, created)', lang: 'en', defaultCountry: 'EG', source: 'index:67183695556 (a driver recruitment CRM\'s export controller, Laravel, PHP)' }, `
    ID | externalId | 1201 | 1202 | 1207
    Full Name | name | Ahmed Samir | Mostafa Adel | Karim Fathy
    Phone | phone | 01012345678 | 01198765432 | 01234567890
    # A second number beside the main one: an additional phone.
    WhatsApp | additionalPhones | 01012345678 | 01555443322 | ""
    Email | email | ahmed.samir@example.com | "" | karim.fathy@example.com
    # The ride-hailing company the driver drives for: the driver's company.
    Riding Company | companyName | Uber | Careem | inDrive
    Campaign | - | Ramadan 2025 | Facebook Ads | Ramadan 2025
    Lead Source | source | Facebook | Referral | Website
    Lead Status | - | Interested | Not Reached | Registered
    Feedback Comment | - | Will send papers | "" | Done
    Next Follow-up | - | 2025-03-10 | 2025-03-09 | ""
    Next Time | - | 14:00 | 11:30 | ""
    Last Follow-up | - | 2025-03-06 | 2025-03-05 | 2025-03-04
    Assigned To | owner | Nour Hassan | Omar Khaled | Nour Hassan
    Created At | - | 2025-03-01 10:22:11 | 2025-03-02 09:14:52 | 2025-03-02 18:40:03
  `),
  set({ id: 'en-sheets-crm-customer-details-account-owner', kind: 'Google Sheets CRM\'s customer details section (timestamp, account owner, names, company, mobile, e-mail, fax, website, lead source and status, industry, employees, revenue, social media, description)', lang: 'en', defaultCountry: 'IN', source: 'index:46462346294 (a Sheets CRM\'s form definitions, Apps Script)' }, `
    Timestamp | - | 3/4/2024 10:15:22 | 3/5/2024 16:02:40 | 3/7/2024 9:48:03
    # Each row is one customer: the sales user who owns it is the Contact owner.
    Account Owner | owner | rahul@example.in | sneha@example.in | rahul@example.in
    First Name | firstName | Arjun | Kavya | Imran
    Last Name | lastName | Mehta | Iyer | Sheikh
    Company | companyName | Mehta Textiles | Iyer Foods Pvt Ltd | Sheikh Traders
    Mobile Number | phone | 98200 12345 | 99400 67890 | 98111 22334
    Email ID | email | arjun@mehtatextiles.example | kavya.iyer@iyerfoods.example | imran@sheikhtraders.example
    Fax | - | "" | 044 2345 6789 | ""
    Website | website | mehtatextiles.example | iyerfoods.example | ""
    Lead Source | source | Trade Fair | Website | Cold Call
    Lead Status | - | Converted | Converted | Converted
    Industry | - | Textiles | Food Processing | Wholesale
    Number of Employees | - | 120 | 45 | 8
    Annual Revenue | - | 50000000 | 12000000 | 3000000
    Social Media | - | linkedin.com/company/mehta-textiles | "" | ""
    Description | - | Repeat buyer | "" | Prefers WhatsApp
  `),
  set({ id: 'en-sheets-crm-leads-sheet-prefilled-link', kind: 'Google Sheets CRM\'s per-user leads sheet, the header row its script appends (timestamp, lead owner, names, company, mobile, e-mail, fax, website, lead source and status, industry, employees, revenue, social media, description, address, additional description, lead id, prefilled form link)', lang: 'en', defaultCountry: 'IN', source: 'index:55202982130 (a Sheets CRM\'s sheet setup script, Apps Script)' }, `
    Timestamp | - | 5/2/2024 11:20:05 | 5/2/2024 15:44:31 | 5/3/2024 10:02:17
    Lead Owner | owner | neha@example.in | vikas@example.in | neha@example.in
    First Name | firstName | Rohan | Ananya | Sandeep
    Last Name | lastName | Kapoor | Rao | Gill
    Company | companyName | Kapoor Electricals | Rao Interiors | Gill Transport
    Mobile Number | phone | 98101 23456 | 99860 54321 | 98140 11223
    Email ID | email | rohan@kapoorelectricals.example | ananya@raointeriors.example | sandeep.gill@example.com
    Fax | - | "" | "" | ""
    Website | website | kapoorelectricals.example | raointeriors.example | ""
    Lead Source | source | Referral | Website | Advertisement
    Lead Status | - | New | Contacted | Qualified
    Industry | - | Electrical | Interior Design | Logistics
    Number of Employees | - | 25 | 12 | 60
    Annual Revenue | - | 8000000 | 4500000 | 20000000
    Social Media | - | "" | instagram.com/raointeriors | ""
    Description | - | Needs bulk quote | "" | Fleet of 40 trucks
    Street | address1 | 14 Nehru Place | 221 Indiranagar 100 Ft Rd | 7 Transport Nagar
    City | city | New Delhi | Bengaluru | Ludhiana
    State | state | Delhi | Karnataka | Punjab
    Country | country | India | India | India
    PinCode | postalCode | 110019 | 560038 | 141003
    Additional Description | - | "" | Visit after 15th | ""
    # The sheet's own id of the lead, written by the script: another system's id of this person.
    Lead ID | externalId | L-0001 | L-0002 | L-0003
    Prefilled Link | - | https://docs.google.com/forms/d/e/abc/viewform?usp=pp_url&entry.1=L-0001 | https://docs.google.com/forms/d/e/abc/viewform?usp=pp_url&entry.1=L-0002 | https://docs.google.com/forms/d/e/abc/viewform?usp=pp_url&entry.1=L-0003
  `),
  set({ id: 'en-zoho-campaigns-contacts-profile-web-page', kind: 'contact-list cleaner\'s "Zoho Campaigns" output profile, the columns of the CSV it writes (id, title, names, company, address, fax, phone, activity time, currency, birth date, e-mail, priority, private, web page)', lang: 'en', source: 'index:15815599668 (a browser contact-list converter\'s output profiles, JavaScript)' }, `
    Id | externalId | 1 | 2 | 3
    # "Title" sits with the salutation fields of the profile (Mr., Ms.): not imported.
    Title | - | Ms. | Mr. | Dr.
    First Name | firstName | Hannah | Derek | Amara
    Last Name | lastName | Collins | Stone | Obi
    Full Name | name | Hannah Collins | Derek Stone | Amara Obi
    Company | companyName | Collins Bakery | Stone & Co | Obi Clinic
    Street | address1 | 22 Mill Rd | 5 Queen St | 14 Harley St
    City | city | Cambridge | Leeds | London
    State | state | Cambridgeshire | West Yorkshire | Greater London
    Postal Code | postalCode | CB1 2AD | LS1 2TW | W1G 9PF
    Country | country | United Kingdom | United Kingdom | United Kingdom
    Fax | - | "" | "" | 020 7946 0111
    Phone | phone | 01223 496000 | 0113 496 0123 | 020 7946 0100
    Activity Time | - | 2025-04-02 10:00 | "" | 2025-04-03 15:30
    Currency | - | GBP | GBP | GBP
    Date Of Birth | dateOfBirth | 1984-06-12 | "" | 1979-02-28
    EMail | email | hannah@collinsbakery.example | derek@stoneandco.example | dr.obi@obiclinic.example
    Priority | - | High | Low | Medium
    Private | - | false | false | true
    Web page | website | collinsbakery.example | stoneandco.example | obiclinic.example
  `),
  set({ id: 'en-zoho-crm-contact-fields-wrapper-other-address', kind: 'Zoho CRM API wrapper\'s contact record fields, the columns of the CRM\'s contacts module (account id, owner, lead source, names, e-mails, title, department, phones, birth date, assistant, mailing and other address, description, Skype, salutation, lead source detail, registration, opt-out, website)', lang: 'en', source: 'index:33164800610 (a Zoho CRM Ruby wrapper\'s Contact class)' }, `
    # The id of the contact's account (the company record): not imported.
    ACCOUNTID | - | 2000000018005 | 2000000018011 | ""
    Contact Owner | owner | Lisa Tran | Mark Ellis | Lisa Tran
    Lead Source | source | Web Download | Trade Show | Partner
    First Name | firstName | Steven | Olivia | Raj
    Last Name | lastName | Baxter | Grant | Malhotra
    Email | email | steven.baxter@example.com | ogrant@example.net | raj.m@example.com
    Title | - | Purchasing Manager | CEO | Engineer
    Department | - | Procurement | "" | R&D
    Phone | phone | 617-555-0134 | 212-555-0178 | 408-555-0111
    # Home phone and mobile beside the main phone: additional phones.
    Home Phone | additionalPhones | 617-555-0190 | "" | ""
    Fax | - | "" | 212-555-0179 | ""
    Mobile | additionalPhones | 617-555-0122 | 646-555-0147 | 408-555-0163
    Date of Birth | dateOfBirth | 03/14/1980 | "" | 11/02/1991
    Assistant | - | "" | Paula Weiss | ""
    Asst Phone | - | "" | 212-555-0180 | ""
    Reports To | - | "" | "" | Anita Desai
    Mailing Street | address1 | 45 Beacon St | 350 5th Ave | 2100 Zanker Rd
    Other Street | - | "" | 10 Main St | ""
    Mailing City | city | Boston | New York | San Jose
    Other City | - | "" | Greenwich | ""
    Mailing State | state | MA | NY | CA
    Other State | - | "" | CT | ""
    Mailing Zip | postalCode | 02108 | 10118 | 95131
    Other Zip | - | "" | 06830 | ""
    Mailing Country | country | USA | USA | USA
    Other Country | - | "" | USA | ""
    Description | - | Met at expo | "" | ""
    Skype ID | - | steven.baxter | "" | raj.malhotra
    Salutation | - | Mr. | Ms. | Mr.
    # A third e-mail and a secondary e-mail beside the main one: additional e-mails.
    Email3 | additionalEmails | "" | olivia@grantfamily.example | ""
    Lead Source Detail | - | Whitepaper | NRF 2025 | ""
    Registration Status | - | Registered | "" | Pending
    Email Opt Out | - | false | false | true
    Secondary Email | additionalEmails | sbaxter@example.org | "" | raj@malhotra.example
    Website | website | baxterprocurement.example | "" | ""
  `),
  set({ id: 'en-outlook-contacts-csv-from-nk2-autocomplete', kind: 'Outlook contacts import CSV built from an exported NK2 autocomplete list, the 40 Outlook columns a how-to\'s script writes (only the display name and e-mail filled)', lang: 'en', defaultCountry: 'IL', source: 'index:33317285640 (a how-to on turning Outlook autocomplete into contacts, PowerShell)' }, `
    # The script writes the autocomplete entry's display name ("Dana Levi") into "First Name" and leaves the other
    # name columns empty: the column holds whole names, so a careful importer takes it as the Name.
    First Name | name | Dana Levi | Yossi Cohen | Rina Mizrahi
    Middle Name | - | "" | "" | ""
    Last Name | lastName | "" | "" | ""
    Title | - | "" | "" | ""
    Suffix | - | "" | "" | ""
    Nickname | - | "" | "" | ""
    Given Yomi | - | "" | "" | ""
    Surname Yomi | - | "" | "" | ""
    E-mail Address | email | dana.levi@example.co.il | yossi.c@example.com | office@example.co.il
    E-mail 2 Address | additionalEmails | "" | "" | ""
    E-mail 3 Address | additionalEmails | "" | "" | ""
    # Typed phones only: the mobile is the main phone, home and business numbers additional ones.
    Home Phone | additionalPhones | "" | "" | ""
    Business Phone | additionalPhones | "" | "" | ""
    Mobile Phone | phone | "" | "" | ""
    Company | companyName | "" | "" | ""
    Job Title | - | "" | "" | ""
    # The first address group of the file (Business) is taken; the home and other groups are alternates.
    Business Street | address1 | "" | "" | ""
    Business City | city | "" | "" | ""
    Business State | state | "" | "" | ""
    Business Postal Code | postalCode | "" | "" | ""
    Business Country/Region | country | "" | "" | ""
    Home Street | - | "" | "" | ""
    Home City | - | "" | "" | ""
    Home State | - | "" | "" | ""
    Home Postal Code | - | "" | "" | ""
    Home Country/Region | - | "" | "" | ""
    Other Street | - | "" | "" | ""
    Other City | - | "" | "" | ""
    Other State | - | "" | "" | ""
    Other Postal Code | - | "" | "" | ""
    Other Country/Region | - | "" | "" | ""
    Personal Web Page | website | "" | "" | ""
    Spouse | - | "" | "" | ""
    Schools | - | "" | "" | ""
    Hobby | - | "" | "" | ""
    Location | - | "" | "" | ""
    # A second site column after the personal web page: not imported.
    Web Page | - | "" | "" | ""
    Birthday | dateOfBirth | "" | "" | ""
    Anniversary | - | "" | "" | ""
    Notes | - | "" | "" | ""
  `),
  set({ id: 'en-business-card-scanner-outlook-style-csv-tags', kind: 'business card scanner app\'s CSV export in Outlook-style columns (names, company, job title, business and mobile phone, e-mail, web page, business street, notes, tags)', lang: 'en', source: 'index:56123522970 (a card scanner app\'s CSV builder, Kotlin)' }, `
    First Name | firstName | Gavin | Chloe | Tomasz
    Last Name | lastName | Price | Nguyen | Nowak
    Company | companyName | Price Surveying Ltd | Nguyen Design Co | Nowak Logistics
    Job Title | - | Director | Principal Designer | Fleet Manager
    # Typed phones only: the mobile is the main phone, the business number an additional one.
    Business Phone | additionalPhones | 0161 496 0123 | (415) 555-0154 | +48 22 555 01 23
    Mobile Phone | phone | 07700 900123 | (415) 555-0190 | +48 601 555 123
    E-mail Address | email | gavin@pricesurveying.example | chloe@nguyendesign.example | t.nowak@nowaklogistics.example
    Web Page | website | pricesurveying.example | nguyendesign.example | ""
    Business Street | address1 | 4 King St, Manchester M2 4LQ | 500 Howard St, San Francisco | ul. Prosta 20, Warszawa
    Notes | - | Met at RICS conference | "" | Wants a quote
    Tags | tags | surveyors; uk | design | logistics; poland
  `),
  set({ id: 'en-outlook-export-importer-test-business-first', kind: 'Outlook contacts export as an importer\'s test reads it (names, company, job title, business address, business, mobile and home phones, two e-mails, notes)', lang: 'en', source: 'index:71032645650 (a contact importer\'s header tests for Outlook and ACT! exports, Python)' }, `
    First Name | firstName | Martin | Alison | Deepak
    Last Name | lastName | Hale | Brooks | Verma
    Company | companyName | Hale Travel | Brooks Tours | Verma Holidays
    Job Title | - | Owner | Sales Manager | Director
    Business Street | address1 | 10 High St | 22 Station Rd | 3 Market Sq
    Business City | city | Guildford | Reading | Leicester
    Business State | state | Surrey | Berkshire | Leicestershire
    Business Postal Code | postalCode | GU1 3AA | RG1 1LG | LE1 5GG
    Business Country/Region | country | United Kingdom | United Kingdom | United Kingdom
    # Typed phones only: the mobile is the main phone, business and home numbers additional ones.
    Business Phone | additionalPhones | 01483 555010 | 0118 496 0777 | 0116 496 0222
    Mobile Phone | phone | 07700 900201 | 07700 900334 | ""
    Home Phone | additionalPhones | "" | 0118 496 0100 | 0116 496 0999
    E-mail Address | email | martin@haletravel.example | alison@brookstours.example | deepak@vermaholidays.example
    E-mail 2 Address | additionalEmails | "" | abrooks@example.com | ""
    Notes | - | ABTA member | "" | ""
  `),
  set({ id: 'en-admin-customers-xlsx-title-row', kind: 'shop admin\'s customer list exported to Excel with a merged title row above the header (id, name, e-mail, phone, status, join date, total orders, total spent)', lang: 'en', above: [['Customer List Export']], source: 'index:62077879423 (an admin customers component, styled xlsx export, Angular)' }, `
    ID | externalId | 1001 | 1002 | 1003
    Name | name | Olivia Martin | Ethan Brooks | Sofia Ramirez
    Email | email | olivia.martin@example.com | ethan.b@example.net | sofia.ramirez@example.com
    Phone | phone | +1 (555) 201-3344 | +1 (555) 907-1122 | +1 (555) 640-1198
    Status | - | Active | Inactive | Active
    Join Date | - | 3/14/2024 | 11/2/2023 | 6/21/2024
    Total Orders | - | 12 | 3 | 7
    Total Spent | - | 1840.50 | 215.00 | 960.25
  `),
  set({ id: 'en-accounting-customer-list-printed-title-blank', kind: 'accounting program\'s customer list saved as a sheet, with a "printed on" title line and a blank line above the header, as an importer\'s test reads it (name, phone)', lang: 'en', above: [['Customer List — printed 9/28/2026'], []], source: 'index:70593294338 (a shop software migration importer\'s sheet-reading tests, JavaScript)' }, `
    # The customers of a small parts dealer, mostly businesses but filed by one name: the Name.
    Name | name | ABC Plumbing | Joe Kowalski | Lakeshore Marine
    Phone | phone | 219-555-0148 | 219-555-0133 | ""
  `),
  set({ id: 'en-hubspot-contacts-import-research-drafts', kind: 'prospect research tool\'s HubSpot contacts import CSV (names, e-mail, job title, LinkedIn URL, company, lifecycle stage, lead status, buyer persona, company summary, news, draft e-mail subject and body)', lang: 'en', source: 'index:59728395009 (a prospect research app\'s HubSpot export, Python)' }, `
    First Name | firstName | Laura | Kenji | Marcus
    Last Name | lastName | Bennett | Watanabe | Ortiz
    Email | email | laura.bennett@brightlane.example | kenji@tesselate.example | ""
    Job Title | - | VP Marketing | Founder | Head of Ops
    LinkedIn URL | - | https://www.linkedin.com/in/laurabennett | https://www.linkedin.com/in/kenjiw | https://www.linkedin.com/in/marcusortiz
    Company Name | companyName | Brightlane | Tesselate | Ortiz Freight
    Lifecycle Stage | - | lead | lead | subscriber
    Lead Status | - | NEW | NEW | OPEN
    Buyer Persona | - | Marketing leader | Technical founder | Operations
    Company Summary | - | B2B SaaS for retail analytics | Design tooling startup | Regional freight broker
    News & Triggers | - | Raised Series B | Hiring first AE | ""
    Draft Email Subject | - | Congrats on the Series B | Quick idea for Tesselate | Freight ops question
    Draft Email Body | - | Hi Laura, ... | Hi Kenji, ... | Hi Marcus, ...
  `),
  set({ id: 'en-hubspot-import-sheet-company-contact-deal', kind: 'events company\'s Google Sheet prepared for a HubSpot import, one row per company, contact and deal (check columns, company, contact, owner, phones, lifecycle, region, deal columns)', lang: 'en', source: 'index:41744588229 (a Sheets script adding the HubSpot import header, Apps Script)' }, `
    Company Added | - | TRUE | FALSE | TRUE
    Contact Added | - | TRUE | TRUE | FALSE
    Deal Added | - | FALSE | FALSE | TRUE
    Company Name | companyName | Northgate Events | Crescent Hotels | Vantage Media
    Company Domain Name | - | northgate.example | crescenthotels.example | vantagemedia.example
    # The company record's owner, not the contact's.
    Company Owner | - | amy@ourco.example | raj@ourco.example | amy@ourco.example
    Email | email | lena@northgate.example | p.hughes@crescenthotels.example | mo@vantagemedia.example
    First Name | firstName | Lena | Patrick | Mo
    Last Name | lastName | Fischer | Hughes | Adeyemi
    Contact Owner | owner | amy@ourco.example | raj@ourco.example | amy@ourco.example
    Job Title | - | Event Director | GM | CMO
    Phone Number | phone | +1 212 555 0140 | +1 305 555 0177 | +44 20 7946 0321
    Attendee Type | - | Sponsor | Delegate | Speaker
    Lifecycle Stage | - | Lead | Opportunity | Customer
    Lead Status | - | New | In Progress | Connected
    State/Region | state | New York | Florida | England
    Country/Region | country | United States | United States | United Kingdom
    Mobile Phone Number | additionalPhones | +1 917 555 0111 | "" | +44 7700 900555
    Deal Name | - | Northgate - Gala 2025 | Crescent - Summit | Vantage - Awards
    Pipeline | - | Sales Pipeline | Sales Pipeline | Sales Pipeline
    Deal Stage | - | Qualified | Proposal | Closed Won
    Close Date | - | 2025-05-30 | 2025-06-15 | 2025-03-01
    Deal Owner | - | amy@ourco.example | raj@ourco.example | amy@ourco.example
    Deal Type | - | New Business | New Business | Existing Business
    Product Or Service Pitched | - | Sponsorship | Venue | Media partnership
    Private Event Name And Date | - | "" | Crescent Summit, June 2025 | ""
    Year Of Product Or Service Pitched | - | 2025 | 2025 | 2025
    Pitch Call Date | - | 2025-02-10 | 2025-02-12 | 2025-01-20
    Deal Industry | - | Events | Hospitality | Media
    Deal Industry Category | - | B2B | B2C | B2B
  `),
  set({ id: 'en-hubspot-mock-headers-lifecycle-lead-status', kind: 'CRM routing tool\'s sample HubSpot contacts export headers (first name, last name, e-mail address, phone number, lifecycle stage, lead status)', lang: 'en', source: 'index:43754538408 (a CRM routing app\'s route builder page, React)' }, `
    First Name | firstName | Rachel | Omar | Beatriz
    Last Name | lastName | Stein | Farouk | Lima
    Email Address | email | rachel.stein@example.com | omar.farouk@example.com | beatriz.lima@example.com
    Phone Number | phone | (617) 555-0125 | (857) 555-0160 | +55 11 95555-0101
    Lifecycle Stage | - | lead | marketingqualifiedlead | customer
    Lead Status | - | NEW | ATTEMPTED_TO_CONTACT | CONNECTED
  `),
  set({ id: 'en-crm-contacts-csv-lowercase-tags-owner', kind: 'small CRM\'s contacts CSV export (name, e-mail, phone, company, tags separated by "; ", owner)', lang: 'en', source: 'index:59014340410 (a CRM\'s contacts CSV helpers, TypeScript)' }, `
    name | name | Jessica Hall | Andre Silva | Mei Chen
    email | email | jessica.hall@example.com | andre@silvabuild.example | mei.chen@example.org
    phone | phone | (512) 555-0117 | (737) 555-0142 | ""
    company | companyName | Hall Consulting | Silva Build | ""
    tags | tags | prospect; austin | customer | newsletter; webinar
    owner | owner | Sam Carter | Priya Shah | Sam Carter
  `),
  set({ id: 'en-church-donations-report-donor-couple-family', kind: 'church\'s donations workbook built from its church management export (date, amount, names, thank-you note, project, COA, deductible, payment, donor and couple e-mails and names, mailing address, phones, person and family ids, comments)', lang: 'en', source: 'index:24628306166 (a donations report script, pandas and Excel output, Python)' }, `
    Date | - | 2024-12-24 | 2024-12-29 | 2025-01-05
    Amount | - | 250.00 | 100.00 | 1000.00
    First | firstName | Robert | Ellen | Thomas
    Last | lastName | Greer | Park | Adeyemi
    Thank You Note | - | Sent | "" | Sent
    Assigned Project | - | Building Fund | General | Missions
    Simple COA | - | Building | General | Missions
    Tax Deductible | - | Yes | Yes | Yes
    Payment Type | - | Check | Online | ACH
    Donor Email | email | rgreer@example.com | ellen.park@example.net | t.adeyemi@example.com
    Couple Emails | - | rgreer@example.com; jgreer@example.com | "" | ""
    Couple Names | - | Robert & Julie Greer | "" | Thomas & Grace Adeyemi
    Mailing Street | address1 | 14 Oak Hollow Dr | 3020 Maple Ave Apt 4 | 77 Church Rd
    Mailing City | city | Franklin | Nashville | Brentwood
    Mailing State | state | TN | TN | TN
    Mailing Zip | postalCode | 37064 | 37203 | 37027
    # Typed phones only: the mobile is the main phone, the home phone an additional one.
    Home Phone | additionalPhones | (615) 555-0130 | "" | (615) 555-0177
    Mobile Phone | phone | (615) 555-0181 | (629) 555-0102 | ""
    # The person's id in the church database; the family id beside it is the household's.
    Ind ID | externalId | 20451 | 20988 | 19002
    Family ID | - | 8812 | 9120 | 7761
    Comments | - | "" | In memory of J. Park | ""
  `),
  set({ id: 'en-contact-editor-outlook-possible-fields', kind: 'contact manager\'s edit dialog listing the Outlook CSV fields it reads (names, suffix, company, job title, four phones, three e-mails, home and business address, notes)', lang: 'en', source: 'index:22665393249 (a contact manager\'s contact popup, React)' }, `
    First Name | firstName | Helen | Victor | Naomi
    Last Name | lastName | Carter | Lindgren | Feld
    Middle Name | - | J. | "" | R.
    Suffix | - | "" | Jr. | ""
    Company | companyName | Carter Legal | Lindgren AB | ""
    Job Title | - | Partner | Buyer | ""
    # Typed phones only: the mobile is the main phone, the others additional ones.
    Business Phone | additionalPhones | (312) 555-0144 | "" | ""
    Mobile Phone | phone | (312) 555-0188 | +46 70 555 01 22 | (646) 555-0109
    Home Phone | additionalPhones | "" | "" | (718) 555-0163
    Other Phone | additionalPhones | "" | +46 8 555 010 00 | ""
    E-mail Address | email | helen@carterlegal.example | victor.lindgren@example.se | naomi.feld@example.com
    E-mail 2 Address | additionalEmails | hcarter@example.com | "" | ""
    E-mail 3 Address | additionalEmails | "" | "" | ""
    # The home address group comes first in this file: it is the primary one, the business group an alternate.
    Home Street | address1 | 220 W Erie St | Sveavägen 44 | 41 Prospect Pl
    Home City | city | Chicago | Stockholm | Brooklyn
    Home State | state | IL | "" | NY
    Home Postal Code | postalCode | 60654 | 111 34 | 11217
    Business Street | - | 70 W Madison St | "" | ""
    Business City | - | Chicago | "" | ""
    Business State | - | IL | "" | ""
    Business Postal Code | - | 60602 | "" | ""
    Notes | - | "" | Supplier contact | Book club
  `),
  set({ id: 'en-elearning-user-management-report-staff', kind: 'e-learning system\'s user management report table (username, e-mail address, first name, last name, staff, superuser, date joined)', lang: 'en', defaultCountry: 'EG', source: 'index:60242290047 (an e-learning admin\'s reports, PDF user table, Django, Python)' }, `
    # The login the user is filed under in the system: the External ID.
    Username | externalId | mona.hassan | ali.kamal | sara.nabil
    Email address | email | mona.hassan@example.com | ali.kamal@example.com | sara.nabil@example.com
    First Name | firstName | Mona | Ali | Sara
    Last Name | lastName | Hassan | Kamal | Nabil
    Staff | - | Yes | No | No
    Superuser | - | No | No | No
    Date Joined | - | Sep 01, 2024 | Sep 03, 2024 | Oct 12, 2024
  `),
  set({ id: 'en-salesforce-contacts-export-contact-id-owner', kind: 'Salesforce contacts export as a list-cleaning tool\'s test recognises it (contact id, account name, contact owner, e-mail)', lang: 'en', source: 'index:55764322764 (a list-cleaning tool\'s reader tests, Salesforce export heuristic, JavaScript)' }, `
    # A column named "Contact ID" in a CRM's export: the Contact ID.
    Contact ID | contactId | 0035e00000AbCdEAAV | 0035e00000AbCdFAAV | 0035e00000AbCdGAAV
    Account Name | companyName | Granite Peak Outfitters | Bayview Dental | Granite Peak Outfitters
    Contact Owner | owner | Megan Price | Luis Ortega | Megan Price
    Email | email | j.walsh@granitepeak.example | front.desk@bayviewdental.example | k.osei@granitepeak.example
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-nutzer-kontakte-tsv-handynummer-instagram', kind: 'community app\'s admin export of its users\' contact details as TSV (first name, last name, e-mail, mobile number, Instagram handle)', lang: 'de', defaultCountry: 'DE', source: 'index:825677667 (an admin route exporting user contact details as TSV, TypeScript)' }, `
    Vorname | firstName | Jana | Till | Merve
    Nachname | lastName | Köhler | Brandt | Yıldız
    E-Mail | email | jana.koehler@example.de | till.brandt@example.com | merve.y@example.de
    # The only phone column: the main phone.
    Handynummer | phone | 0151 23456789 | 0176 98765432 | 0160 4455667
    # A social media handle is a link that is not the person's site: not imported.
    Instagram | - | @jana.koehler | "" | @merve.yz
  `),
  set({ id: 'de-abstimmung-export-auswahl-zeitpunkt', kind: 'poll results written as CSV by a management command (first name, last name, e-mail, choice, time of vote)', lang: 'de', defaultCountry: 'DE', source: 'index:35290095374 (a Django poll app\'s export command, Python)' }, `
    Vorname | firstName | Paul | Greta | Yusuf
    Nachname | lastName | Hartmann | Lorenz | Aksoy
    E-Mail | email | paul.hartmann@example.de | greta.lorenz@example.org | yusuf.aksoy@example.de
    Auswahl | - | Sommerfest | Grillabend | Sommerfest
    Abstimmungszeitpunkt | - | 2025-06-02 18:14 | 2025-06-03 07:41 | 2025-06-03 21:09
  `),
  set({ id: 'de-registrierung-csv-passwort-userid', kind: 'small food-tracking app\'s user registration table kept as CSV (first name, last name, e-mail, password hash, user id)', lang: 'de', defaultCountry: 'CH', source: 'index:36570528568 (a Streamlit app\'s registration data columns, Python)' }, `
    Vorname | firstName | Lea | Nico | Selin
    Nachname | lastName | Meier | Frei | Kaya
    E-Mail | email | lea.meier@example.ch | nico.frei@example.ch | selin.kaya@example.com
    Passwort | - | $2b$12$Qk9mZ3hYc2F0bGV... | $2b$12$Zm9vYmFyYmF6cXV4... | $2b$12$YWJjZGVmZ2hpamts...
    # The app's own id of the user: another system's id of this person.
    UserID | externalId | u-1001 | u-1002 | u-1003
  `),
  set({ id: 'de-helfer-kontakte-export-telefonnummer', kind: 'volunteer shift planner\'s admin export of an event\'s volunteer contacts (first name, last name, e-mail, phone number)', lang: 'de', defaultCountry: 'DE', source: 'index:65761558008 (a volunteer planner\'s admin CSV exports, FastAPI, Python)' }, `
    Vorname | firstName | Heike | Moritz | Ilse
    Nachname | lastName | Vogt | Schubert | Engel
    E-Mail | email | heike.vogt@example.de | moritz.schubert@example.de | ilse.engel@example.net
    Telefonnummer | phone | 0171 2345678 | "" | 030 61234567
  `),
  set({ id: 'de-bestellformular-csv-lieferdatum-preis', kind: 'firewood delivery order form saved to a CSV file (first name, last name, street, house number, postcode, town, e-mail, phone, delivery date, price)', lang: 'de', defaultCountry: 'DE', source: 'index:42549111250 (an order form page writing contact_data.csv, PHP)' }, `
    Vorname | firstName | Gerhard | Sabine | Lukas
    Nachname | lastName | Pohl | Winter | Graf
    Straße | address1 | Lindenweg | Am Mühlbach | Hauptstraße
    Hausnummer | - | 7 | 12a | 45
    PLZ | postalCode | 87435 | 87439 | 87600
    Ort | city | Kempten | Kempten | Kaufbeuren
    E-Mail | email | g.pohl@example.de | sabine.winter@example.de | lukas.graf@example.com
    Telefon | phone | 0831 123456 | 0831 987654 | 08341 55667
    Lieferdatum | - | 2025-10-14 | 2025-10-16 | 2025-10-21
    Preis | - | 240 | 180 | 360
  `),
  set({ id: 'de-schule-schueler-import-benutzername-passwort', kind: 'school portal\'s pupil CSV import, the header it checks (first name, last name, class, user name, password)', lang: 'de', defaultCountry: 'DE', source: 'index:42472397181 (a school portal\'s CSV upload controller, PHP)' }, `
    Vorname | firstName | Emil | Hannah | Finn
    Nachname | lastName | Bauer | Seidel | Kraus
    Klasse | - | 7b | 7b | 9a
    # The login the pupil is filed under in the portal: the External ID.
    Benutzername | externalId | emil.bauer | hannah.seidel | finn.kraus
    Passwort | - | Start123! | Start123! | Start123!
  `),
  set({ id: 'de-kunden-import-produkt-kaufdatum', kind: 'school-bag shop\'s customer CSV import, a check script\'s file (first name, last name, address, postcode, town, e-mail address, phone, product, purchase date)', lang: 'de', defaultCountry: 'DE', source: 'index:67485073307 (a customer import check script, JavaScript)' }, `
    Vorname | firstName | Katrin | Murat | Jonas
    Nachname | lastName | Wolff | Demir | Beck
    Adresse | address1 | Lothringerstr. 18 | Jülicher Str. 204 | Im Grüntal 3
    PLZ | postalCode | 52062 | 52070 | 52066
    Stadt | city | Aachen | Aachen | Aachen
    E-Mail-Adresse | email | katrin.wolff@example.de | murat.demir@example.com | jonas.beck@example.de
    Telefon | phone | 0241 401122 | 0157 33445566 | 0241 908070
    Produkt | - | Ergobag Pack | Satch Match | Ergobag Cubo
    Kaufdatum | - | 03.08.2024 | 11.08.2024 | 19.08.2024
  `),
  set({ id: 'de-verband-kontakte-export-bundesland-mitgliedsnr', kind: 'association\'s contact book exported to CSV from its contacts page (names, e-mail, phone, company, position, street, postcode, town, federal state, member number, status)', lang: 'de', defaultCountry: 'DE', source: 'index:53870261345 (an association app\'s contacts page, CSV export, React)' }, `
    Vorname | firstName | Andrea | Thomas | Birgit
    Nachname | lastName | Schulte | Neumann | Haas
    E-Mail | email | a.schulte@example.de | thomas.neumann@example.com | birgit.haas@example.de
    Telefon | phone | 0211 4567890 | 0201 123987 | 0228 765432
    Firma | companyName | Schulte Haustechnik GmbH | Neumann & Söhne | ""
    Position | - | Geschäftsführerin | Inhaber | ""
    Straße | address1 | Kölner Str. 12 | Ruhrallee 88 | Poppelsdorfer Allee 5
    PLZ | postalCode | 40211 | 45138 | 53115
    Ort | city | Düsseldorf | Essen | Bonn
    Bundesland | state | Nordrhein-Westfalen | Nordrhein-Westfalen | Nordrhein-Westfalen
    # The member number the association files the contact under: the External ID.
    Mitgliedsnr. | externalId | M-0412 | M-0977 | M-1203
    Status | - | aktiv | aktiv | ruhend
  `),
  set({ id: 'de-referenten-export-club-sichtbar', kind: 'service club district\'s speaker list exported as a semicolon CSV (first name, last name, e-mail, club, status, remark, visible)', lang: 'de', defaultCountry: 'DE', source: 'index:52521366641 (a speakers admin page, CSV export, React)' }, `
    Vorname | firstName | Rainer | Claudia | Ole
    Nachname | lastName | Kuhn | Reuter | Jansen
    E-Mail | email | rainer.kuhn@example.de | c.reuter@example.de | ""
    # The club the speaker belongs to is a group membership: Tags.
    Club | tags | RC Lübeck | RC Kiel-Förde | RC Lübeck
    Status | - | aktiv | angefragt | aktiv
    Bemerkung | - | Thema: Ehrenamt | "" | Nur abends
    Sichtbar | - | Ja | Nein | Ja
  `),
  set({ id: 'de-kinderladen-kunden-export-kinder-geburtsdaten', kind: 'children\'s shop customer list exported as a semicolon CSV with a byte-order mark (names, e-mail, phone, address, newsletter, children and their birth dates, created and changed)', lang: 'de', defaultCountry: 'DE', source: 'index:70232296716 (a shop back office\'s customer export, PHP)' }, `
    Vorname | firstName | Stefanie | Markus | Aylin
    Nachname | lastName | Brandl | Huber | Özdemir
    E-Mail | email | steffi.brandl@example.de | markus.huber@example.de | aylin.oe@example.com
    Telefon | phone | 089 1234567 | 0170 7654321 | ""
    Adresse | address1 | Isartalstr. 4 | Rosenheimer Str. 120 | Leopoldstr. 77
    PLZ | postalCode | 80469 | 81669 | 80802
    Ort | city | München | München | München
    Newsletter | - | ja | nein | ja
    # The children's names and birth dates are not the customer's own.
    Kind 1 | - | Lina | Max | Deniz
    Kind 1 Geburtsdatum | - | 12.04.2019 | 03.11.2020 | 27.01.2021
    Kind 2 | - | Ben | "" | ""
    Kind 2 Geburtsdatum | - | 08.09.2022 | "" | ""
    Weitere Kinder | - | "" | "" | ""
    Angelegt am | - | 2024-03-02 10:14 | 2024-05-19 16:40 | 2025-01-07 09:02
    Geändert am | - | 2025-02-11 12:00 | 2024-05-19 16:40 | 2025-01-07 09:02
  `),
  set({ id: 'de-investoren-export-status-registriert', kind: 'crowd-investing site\'s investor list exported to CSV from the admin page (first name, last name, e-mail, phone, status, registered on)', lang: 'de', defaultCountry: 'DE', source: 'index:54055418395 (an investor admin page, CSV export, React)' }, `
    Vorname | firstName | Frank | Miriam | Oliver
    Nachname | lastName | Lehmann | Scholz | Krüger
    E-Mail | email | frank.lehmann@example.de | miriam.scholz@example.com | o.krueger@example.de
    Telefon | phone | +49 171 2233445 | "" | +49 30 55512345
    Status | - | verifiziert | neu | verifiziert
    Registriert | - | 14.3.2025 | 2.4.2025 | 28.4.2025
  `),
  set({ id: 'de-verein-mitglieder-xlsx-beitrag-zahlungsweise', kind: 'club management app\'s member import from an Excel sheet, its test file (first name, last name, e-mail, fee, payment interval)', lang: 'de', defaultCountry: 'DE', source: 'index:57353408321 (a club app\'s member import tests, xlsx sheet, PHP)' }, `
    Vorname | firstName | Petra | Jürgen | Sophie
    Nachname | lastName | Zimmermann | Roth | Albrecht
    E-Mail | email | petra.z@example.de | juergen.roth@example.de | sophie.albrecht@example.com
    Beitrag | - | 75,00 | 120,00 | 36,00
    Zahlungsweise | - | vierteljährlich | jährlich | monatlich
  `),
  set({ id: 'de-bergwacht-cleverreach-liste-ohne-kopf', kind: 'mountain rescue section\'s member admin "CleverReach export": one member a line, e-mail, first name and last name separated by ";", without a header line', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'index:1263028449 (a Django admin\'s user export actions, Python)' }, `
    "" | email | anton.gruber@example.de | vroni.mayr@example.de | sepp.huber@example.com
    "" | firstName | Anton | Vroni | Sepp
    "" | lastName | Gruber | Mayr | Huber
  `),
  set({ id: 'de-ehrenamtskarte-anmeldungen-export-qualifikationen', kind: 'volunteer card applications exported to CSV from an admin page (date, first name, last name, birth date, e-mail, phone, street, postcode, town, qualifications)', lang: 'de', defaultCountry: 'DE', source: 'index:35129212474 (a volunteer card admin page, CSV, JSON and xlsx exports, JavaScript)' }, `
    Datum | - | 12.03.2025 | 14.03.2025 | 20.03.2025
    Vorname | firstName | Ursula | Kemal | Lena
    Nachname | lastName | Hoffmann | Arslan | Brückner
    Geburtsdatum | dateOfBirth | 04.05.1961 | 17.09.1988 | 23.01.2001
    E-Mail | email | u.hoffmann@example.de | kemal.arslan@example.com | lena.brueckner@example.de
    Telefon | phone | 0351 4567890 | 0172 3456789 | ""
    Straße | address1 | Bautzner Str. 40 | Leipziger Str. 12 | Am Markt 3
    PLZ | postalCode | 01099 | 01127 | 01662
    Ort | city | Dresden | Dresden | Meißen
    Qualifikationen | - | Erste Hilfe | Jugendleiter (Juleica) | ""
  `),
  set({ id: 'de-mitgliederbereich-import-vorlage-geburtsdatum', kind: 'club website\'s member area import template downloaded as CSV (first name, last name, birth date, e-mail)', lang: 'de', defaultCountry: 'DE', source: 'index:59664766005 (a club CMS\'s member area admin controller, template download, PHP)' }, `
    Vorname | firstName | Holger | Anja | Cem
    Nachname | lastName | Kramer | Busch | Yılmaz
    # The file's own example writes birthdays without a year too ("03.11."): still the Date of birth.
    Geburtsdatum | dateOfBirth | 21.06.1979 | 03.11. | 09.02.1994
    E-Mail | email | holger.kramer@example.de | "" | cem.yilmaz@example.de
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-sponsorloop-inschrijvingen-export-afstand-donatie', kind: 'charity run\'s registrations exported to CSV from its admin page (name, e-mail, phone, distance, team, motivation, donation, date)', lang: 'nl', defaultCountry: 'NL', source: 'index:68522626074 (a charity run\'s registrations admin page, CSV export, React)' }, `
    Naam | name | Sanne de Boer | Ruben Visser | Fatma Yilmaz
    E-mail | email | sanne.deboer@example.nl | ruben.visser@example.com | fatma.y@example.nl
    Telefoon | phone | 06 12345678 | 06 87654321 | 010 4567890
    Afstand | - | 5 km | 10 km | 5 km
    # The team a runner registers with is a group the person belongs to: Tags.
    Team | tags | Team Bakkerij | "" | Buurtvereniging Oost
    Motivatie | - | Voor mijn oma | "" | Samen sterk
    Donatie (€) | - | 25 | 50 | ""
    Datum | - | 3-5-2025 14:12:09 | 4-5-2025 09:30:41 | 6-5-2025 20:05:17
  `),
  set({ id: 'nl-chauffeurs-bulk-export-categorie-portaal', kind: 'transport company\'s driver list, bulk export of selected drivers (name, e-mail, phone, category, status, portal access)', lang: 'nl', defaultCountry: 'NL', source: 'index:51777395093 (a fleet app\'s drivers page, bulk CSV export, React)' }, `
    Naam | name | Kees Mulder | Anouk Bakker | Dennis Smit
    E-mail | email | kees.mulder@example.nl | "" | dennis.smit@example.com
    Telefoon | phone | 06 11223344 | 06 55667788 | 06 99887766
    # Zwaar or Licht: the driver category the company files a driver under, a category: Tags.
    Categorie | tags | Zwaar | Licht | Zwaar
    Status | - | Actief | Actief | Inactief
    Portaal | - | Ja | Nee | Ja
  `),
  set({ id: 'nl-inschrijvingen-xlsx-organisatie-bron', kind: 'training provider\'s enrolment sheet per stage written to Excel (name, e-mail, phone, organisation, registered on, remark, source)', lang: 'nl', defaultCountry: 'NL', source: 'index:54639577925 (an enrolment export writing one sheet per stage, PHP)' }, `
    Naam | name | Wendy Kok | Bram Hendriks | Joyce Peters
    E-mail | email | w.kok@example.nl | bram.hendriks@example.nl | joyce.peters@example.com
    Telefoon | phone | 06 24681357 | 030 2345678 | 06 13579246
    Organisatie | companyName | Gemeente Utrecht | Hendriks Advies | ""
    Geregistreerd op | - | 12-02-2025 10:44 | 13-02-2025 08:02 | 15-02-2025 19:27
    Opmerking | - | "" | Graag factuur op naam | ""
    Bron | source | nieuwsbrief | website | linkedin
  `),
  set({ id: 'nl-wervingsleads-export-provincie-branche', kind: 'door-to-door recruitment agency\'s leads exported to CSV from the dashboard (name, e-mail, phone, postcode, town, province, status, branch, date)', lang: 'nl', defaultCountry: 'NL', source: 'index:57624747745 (a recruitment dashboard\'s leads page, CSV export, React)' }, `
    Naam | name | Henk van Dijk | Esther Jacobs | Mohamed El Amrani
    E-mail | email | henkvandijk@example.nl | esther.jacobs@example.nl | m.elamrani@example.com
    Telefoon | phone | 0612345678 | 0687654321 | 0611122233
    Postcode | postalCode | 3511 AB | 9711 CD | 5611 EF
    Plaats | city | Utrecht | Groningen | Eindhoven
    Provincie | state | Utrecht | Groningen | Noord-Brabant
    Status | - | nieuw | gebeld | afgerond
    # The branch is the campaign's line of business (energie, goede doelen), not the lead's: not imported.
    Branche | - | energie | goede doelen | energie
    Datum | - | 2-6-2025 | 2-6-2025 | 3-6-2025
  `),
  set({ id: 'nl-open-dag-aanmeldingen-ruw-werkblad', kind: 'school\'s open-day sign-ups, the raw sheet of an Excel report (event, identifier, guest of, names, e-mail, phone, birth date and place, gender, education, type, attendance, use)', lang: 'nl', defaultCountry: 'NL', source: 'index:71515063213 (an open-day report builder writing an Excel workbook, Python)' }, `
    Evenement | - | Open dag 2026 | Open dag 2026 | Meeloopdag
    # The sign-up's own identifier: not imported, like an attendee number.
    Identifier | - | A-1042 | A-1043 | M-0007
    Gast van | - | "" | Lotte Smits | ""
    Voornaam | firstName | Lotte | Jeroen | Noor
    Tussenvoegsel | - | "" | "" | van den
    Achternaam | lastName | Smits | Smits | Berg
    E-mail | email | lotte.smits@example.nl | jeroen.smits@example.nl | noor.vdberg@example.nl
    Telefoonnummer | phone | 06 34567812 | 06 21436587 | 06 98761234
    Geboortedatum | dateOfBirth | 2010-03-17 | 1978-11-02 | 2011-07-25
    Geboorteplaats | - | Tilburg | Breda | Tilburg
    Geslacht | - | V | M | V
    Opleiding | - | havo | "" | vwo
    Opleidingsrichting | - | Techniek | "" | Gymnasium
    Type | - | leerling | ouder | leerling
    Aanwezigheid | - | aanwezig | aanwezig | afwezig
    Gebruik | - | ja | ja | nee
  `),
  set({ id: 'nl-leerkrachten-tabel-gebruikersnaam-toegang', kind: 'school evaluation app\'s teacher accounts table (user name, first name, last name, e-mail address, active, evaluation access, export access)', lang: 'nl', defaultCountry: 'BE', source: 'index:70949441511 (a school evaluation app\'s teacher views, Django, Python)' }, `
    # The login the teacher is filed under in the app: the External ID.
    Gebruikersnaam | externalId | ljanssens | mpeeters | kdewitte
    Voornaam | firstName | Lien | Maarten | Katrien
    Achternaam | lastName | Janssens | Peeters | De Witte
    E-mailadres | email | lien.janssens@example.be | maarten.peeters@example.be | katrien.dewitte@example.be
    Actief | - | Ja | Ja | Nee
    Evaluatietoegang | - | Ja | Nee | Ja
    Exporttoegang | - | Nee | Nee | Ja
  `),
  set({ id: 'nl-afas-facturen-xlsx-debiteur-naam1', kind: 'rug cleaner\'s invoice export in the AFAS sales-overview layout (debtor number, name lines, address, postcode, town, country, order, reference, invoice, dates, amounts, ledger account, VAT code)', lang: 'nl', defaultCountry: 'NL', source: 'index:57941455306 (a rug cleaner\'s AFAS xlsx export, TypeScript)' }, `
    # The debtor number is the customer's account number in the bookkeeping: the External ID.
    Debiteur | externalId | 590100 | 590101 | 590102
    # The rows are customers, mostly businesses: the first name line is the Company name, the second (an attention
    # line) is not imported.
    Naam1 | companyName | Van Leeuwen Interieur | Hotel De Zwaan | Bakker Wonen BV
    Naam2 | - | t.a.v. J. van Leeuwen | "" | Administratie
    Adres | address1 | Stationsweg 14 | Markt 2 | Industrieweg 55
    Postcode | postalCode | 3862 CD | 4331 LK | 7521 PK
    Woonplaats | city | Nijkerk | Middelburg | Enschede
    Land | country | Nederland | Nederland | Nederland
    Ordernummer | - | RF-2025-118 | RF-2025-119 | RF-2025-123
    Klant ref | - | "" | Kamer 12 | PO 4471
    Factuurnr | - | 2025-0311 | 2025-0312 | 2025-0316
    Datum | - | 12-03-2025 | 12-03-2025 | 14-03-2025
    Verv.datum | - | 26-03-2025 | 26-03-2025 | 28-03-2025
    Bedrag ex | - | 599,00 | 1.240,00 | 310,00
    BTW bedrag | - | 125,79 | 260,40 | 65,10
    Totaal | - | 724,79 | 1.500,40 | 375,10
    Tegenrekening | - | 8002 | 8002 | 8002
    BTW | - | 1 | 1 | 1
  `),
  set({ id: 'nl-stempassen-export-voorletters-woonplaats', kind: 'municipality\'s export of voting passes marked in its election app (municipality, pass number, sequence, marking and its time, initials, surname, address, postcode, town)', lang: 'nl', defaultCountry: 'NL', source: 'index:3076852125 (an election app\'s voting pass CSV export, Java)' }, `
    # The municipality is the one of the user who made the export: not imported.
    Gemeente | - | Zwolle | Zwolle | Zwolle
    Pasnummer | - | 800123456 | 800123457 | 800123460
    Volgnummer | - | 1 | 1 | 2
    Aanduiding (kort) | - | VERV | VERL | VERV
    Aanduiding (omschrijving) | - | Vervangen | Verloren | Vervangen
    Tijdstip aanduiding | - | 2025-10-20 09:12 | 2025-10-21 14:40 | 2025-10-22 11:05
    Voorletters | firstName | J.H. | A. | M.E.
    Naam | lastName | Brink | Hoekstra | Dijkstra
    Adres | address1 | Assendorperstraat 14 | Thorbeckegracht 3 | Ceintuurbaan 210
    Postcode | postalCode | 8012 DH | 8011 VL | 8024 AA
    Woonplaats | city | Zwolle | Zwolle | Zwolle
  `),
  set({ id: 'nl-bezorgers-tabel-dag-adres', kind: 'food bank delivery planner\'s people table (first name, last name, delivery day, address, postcode, town)', lang: 'nl', defaultCountry: 'NL', source: 'index:19046779952 (a delivery planner\'s main window table, Java Swing)' }, `
    Voornaam | firstName | Gerda | Wim | Yasmina
    Achternaam | lastName | Vos | Prins | Bouzid
    Dag | - | Maandag | Woensdag | Vrijdag
    Adres | address1 | Kerkstraat 12 | Dorpsweg 4 | Molenlaan 88
    Postcode | postalCode | 2011 RP | 2012 AB | 2015 CK
    Woonplaats | city | Haarlem | Haarlem | Haarlem
  `),
  set({ id: 'nl-personen-werkblad-id-tussenvoegsel-getrouwd', kind: 'spreadsheet import tool\'s scaffold sheet of persons (id, first name, prefix, last name, written document, co-written, married to)', lang: 'nl', defaultCountry: 'NL', source: 'index:41303071126 (a spreadsheet importer\'s scaffold sheets, JavaScript)' }, `
    ID | externalId | 1 | 2 | 3
    Voornaam | firstName | Maarten | Aaltje | Hendrik
    tussenvoegsel | - | "" | van der | de
    Achternaam | lastName | Kuiper | Meer - Kuiper | Graaf
    GeschrevenDocument | - | Brief 1 | "" | Dagboek
    Meegeschreven | - | "" | Brief 1 | ""
    Is getrouwd met | - | 2 | 1 | ""
  `),
  set({ id: 'nl-be-contacten-tekstbestand-zonder-kop', kind: 'contacts app\'s text file, one person a line separated by ";" without a header line (id, first name, last name, e-mail)', lang: 'nl', defaultCountry: 'BE', noHeader: true, source: 'index:55831964533 (a contacts app reading and writing its text file, C#)' }, `
    "" | externalId | 1 | 2 | 3
    "" | firstName | Koen | Ellen | Pieter-Jan
    "" | lastName | Claes | Wouters | Vermeulen
    "" | email | koen.claes@example.be | ellen.wouters@example.be | pj.vermeulen@example.com
  `),
  withHeader(set({ id: 'nl-verhuur-contacten-xlsx-titel-eigenaren', kind: 'holiday rental manager\'s contacts workbook: an "ALLE CONTACTEN" title, a blank line and an "EIGENAREN" section line above the owners\' header (name, e-mail, phone, address, town, IBAN, number of homes)', lang: 'nl', defaultCountry: 'NL', above: [['ALLE CONTACTEN'], [], ['EIGENAREN']], source: 'index:29638345912 (a rental report script writing an openpyxl workbook, Python)' }, `
    Naam | name | Jan Hoogendoorn | Ingrid Schouten | Familie Veenstra
    Email | email | jan.hoogendoorn@example.nl | ingrid.schouten@example.nl | veenstra@example.com
    Telefoon | phone | 06 12348765 | 0222 312345 | 06 55512345
    Adres | address1 | Duinweg 4 | Molenstraat 18 | Zeedijk 102
    Plaats | city | Callantsoog | Den Burg | Scheveningen
    IBAN | - | NL91ABNA0417164300 | NL20INGB0001234567 | NL02RABO0123456789
    # The header is "# Woningen" (put back after parsing): the owner's number of homes, not a contact field.
    Woningen | - | 2 | 1 | 3
  `), 6, '# Woningen'),
  set({ id: 'nl-lidmaatschappen-export-adres-totaal', kind: 'sports club\'s membership orders exported to CSV from the admin page (name, e-mail, phone, address, status, total, date)', lang: 'nl', defaultCountry: 'NL', source: 'index:2532108062 (a club site\'s admin orders page, CSV and xlsx export, React)' }, `
    Naam | name | Thijs Vermeer | Lisa Bos | Ahmed Bakkali
    Email | email | thijs.vermeer@example.nl | lisa.bos@example.nl | a.bakkali@example.com
    Telefoon | phone | 06 23456781 | 06 34567812 | 06 45678123
    # Street, house number, postcode and town written into one cell: the Street address.
    Adres | address1 | Parkweg 12, 3701 AB Zeist | Laan van Vollenhove 8, 3706 AA Zeist | Utrechtseweg 201, 3702 AC Zeist
    Status | - | betaald | open | betaald
    Totaal | - | 185,00 | 92,50 | 185,00
    Datum | - | 01-09-2025 | 03-09-2025 | 04-09-2025
  `),
  // ----------------------------------------------------------------------------------------------------- mixed
  set({ id: 'mixed-nl-en-robotwedstrijd-formulier-teamleden', kind: 'student robot competition\'s Google Forms responses: an English "Timestamp" and Dutch questions, repeated for four team members, then the robot\'s name and avatar link', lang: 'mixed', defaultCountry: 'BE', source: 'index:29018679747 (a competition script reading the form responses CSV, its header written out, Python)' }, `
    Timestamp | - | 2/17/2014 14:03:11 | 2/18/2014 9:45:30 | 2/20/2014 21:12:07
    # The first team member is the one who registers the team: the contact. The other members' columns are not.
    voornaam | firstName | Jonas | Eline | Ward
    achternaam | lastName | Maes | Goossens | Hermans
    e-mailadres | email | jonas.maes@example.be | eline.goossens@example.be | ward.hermans@example.be
    Instelling | - | KU Leuven | Sint-Jozefscollege | KU Leuven
    Studierichting | - | Ingenieurswetenschappen | Wetenschappen-Wiskunde | Informatica
    Jaar | - | 2 | 6 | 1
    IEEE-lid? | - | Ja | Nee | Nee
    Ik doe mee in het kader van een vak | - | Ja | Nee | Ja
    voornaam | - | Lars | Fien | ""
    achternaam | - | Jacobs | Mertens | ""
    e-mailadres | - | lars.jacobs@example.be | fien.mertens@example.be | ""
    Instelling | - | KU Leuven | Sint-Jozefscollege | ""
    Studierichting | - | Ingenieurswetenschappen | Wetenschappen-Wiskunde | ""
    Jaar | - | 2 | 6 | ""
    IEEE-lid? | - | Nee | Nee | ""
    Ik doe mee in het kader van een vak | - | Ja | Nee | ""
    voornaam | - | "" | Robbe | ""
    achternaam | - | "" | Claes | ""
    e-mailadres | - | "" | robbe.claes@example.be | ""
    Instelling | - | "" | Sint-Jozefscollege | ""
    Studierichting | - | "" | Latijn-Wiskunde | ""
    Jaar | - | "" | 6 | ""
    IEEE-lid? | - | "" | Nee | ""
    Ik doe mee in het kader van een vak | - | "" | Nee | ""
    voornaam | - | "" | "" | ""
    achternaam | - | "" | "" | ""
    e-mailadres | - | "" | "" | ""
    Instelling | - | "" | "" | ""
    Studierichting | - | "" | "" | ""
    Jaar | - | "" | "" | ""
    IEEE-lid? | - | "" | "" | ""
    Ik doe mee in het kader van een vak | - | "" | "" | ""
    Naam van de robot | - | RoboKop | Zoemer | Bolt
    Link naar avatar | - | http://example.be/robokop.png | "" | http://example.be/bolt.jpg
  `),
  set({ id: 'mixed-de-en-stipendium-bewerbungen-export', kind: 'scholarship programme\'s applications export as rows (German first name, last name, e-mail, English question columns, references, finished, public and internal rating)', lang: 'mixed', defaultCountry: 'DE', source: 'index:42658784724 (an applications CSV export spec, RSpec, Ruby)' }, `
    Vorname | firstName | Clara | Jonathan | Amira
    Nachname | lastName | Fischer | Weber | Haddad
    E-Mail | email | clara.fischer@example.de | jonathan.weber@example.com | amira.haddad@example.de
    Applicant question | - | Informatik, 4. Semester | Maschinenbau | Medizin, 2. Semester
    Application question | - | Ich möchte ... | Mein Projekt ... | ""
    Referenzen | - | 2 | 1 | 0
    Fertig | - | ja | ja | nein
    öffentliche Auswertung | - | http://example.de/s/abc | http://example.de/s/def | ""
    interne Auswertung | - | http://example.de/a/1 | http://example.de/a/2 | ""
  `),
  set({ id: 'mixed-en-es-mailchimp-export-tipo', kind: 'Spanish club app\'s Mailchimp audience export: Mailchimp\'s English column names and a Spanish "Tipo" (client or partner)', lang: 'mixed', defaultCountry: 'ES', source: 'index:62161047116 (a club app\'s Mailchimp CSV export, JavaScript)' }, `
    Email Address | email | lucia.moreno@example.es | pablo.ruiz@example.com | marta.gil@example.es
    First Name | firstName | Lucía | Pablo | Marta
    Last Name | lastName | Moreno | Ruiz | Gil
    Company | companyName | Moreno Asesores | "" | Gil & Soler
    Phone | phone | 612 345 678 | 699 112 233 | ""
    # Cliente or Socio: the kind of contact the list files a person under, a category: Tags.
    Tipo | tags | Cliente | Socio | Cliente
  `),
  set({ id: 'mixed-de-en-provisioning-final-list-kurzz', kind: 'company\'s user provisioning script, its final semicolon CSV of German and English column names (user id, first name, last name, e-mail, company, short code)', lang: 'mixed', defaultCountry: 'DE', source: 'index:2733369791 (a user provisioning script collating HR and directory CSVs, PowerShell)' }, `
    userid | externalId | MUELLERA | SCHMIDTK | EXT0042
    Vorname | firstName | Andreas | Karin | Luca
    Nachname | lastName | Müller | Schmidt | Romano
    email | email | andreas.mueller@example.de | karin.schmidt@example.de | luca.romano@example.it
    company | companyName | Muster AG | Muster AG | Romano Consulting
    # The initials code ("Kurzzeichen") the person is filed under beside the user id: the second id, not imported.
    KurzZ | - | AMÜ | KSC | LRO
  `),
];
