// The fifteenth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch
// and mixed-language files; the other half, corpus-heldout15b.ts, holds the other languages): 61 header sets (607
// columns, 312 of them expected to map; 28 English, 14 German, 13 Dutch, 6 mixed; 2 files without a header row, 2
// with title, company, period, date and blank lines above it; 4 sets of 21 to 45 columns) from sources none of the
// other parts use, found in the public code index with find_string (exact header text of CRM, shop and newsletter
// exports, importer tests and templates, member and school lists, event registrations, database tables) and written
// down, with the mapping a careful person would choose by the field definitions and the
// issue's rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the
// index file the header text was read from (the index does not name its repository); the kind says what the file is.
// Sample values are made up in the shape of each file's own (no personal data or example rows from the sources are
// copied). A trailing empty column is written as "". No set's headers repeat an older part's (the two files without a
// header row aside: their empty headers are those of older such files as wide).
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
// - A Dutch "tussenvoegsel" (van, de, van der) in a column of its own is not imported (the last name column is still
//   the Last name); initials ("Voorletters") alone are the First name, the only given-name column the file has.
// - In a school or club list the pupil or member is the contact: parents' columns are not imported; in a list of
//   parents the parent is the contact.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout15' }, table);

export const HELDOUT15A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-crm-import-template-industry-source', kind: 'CRM import template downloaded from the upload dialog', lang: 'en', source: 'index:52463163923 (a CRM\'s contact upload component, its CSV template, React)' }, `
    First Name | firstName | Karen | Luis | Dwight
    Last Name | lastName | Whitaker | Ocampo | Reyes
    Email | email | karen.whitaker@brightpath.example | locampo@mesa-dental.example | dreyes@reyesroofing.example
    Phone | phone | (512) 555-0143 | (210) 555-0188 | (737) 555-0109
    Company | companyName | BrightPath Logistics | Mesa Dental Group | Reyes Roofing LLC
    Industry | - | Transportation | Healthcare | Construction
    Source | source | Website | Referral | Trade Show
    Last Contact Date | - | 2025-03-04 | 2025-02-18 | 2025-01-30
  `),
  set({ id: 'en-saas-contacts-template-jobtitle-notes', kind: 'contacts import template (data URI download) of a SaaS dashboard', lang: 'en', source: 'index:71256592403 (an import page\'s "download template" handler, TypeScript)' }, `
    First Name | firstName | Priya | Tom | Alicia
    Last Name | lastName | Natarajan | Becker | Grant
    Email | email | priya@northwind.example | tom.becker@halcyon.example | agrant@grantfinancial.example
    Phone | phone | +14155550132 | +13125550177 | +16465550190
    Company | companyName | Northwind Traders | Halcyon Labs | Grant Financial
    Job Title | - | Procurement Lead | CTO | Partner
    Notes | - | Met at SaaStr | Renewal in Q3 | VIP client
  `),
  set({ id: 'en-booking-app-customers-bulk-export', kind: 'booking app customer list, bulk export of selected rows', lang: 'en', source: 'index:27331800802 (a booking dashboard\'s customers page, bulk export action, TypeScript)' }, `
    First Name | firstName | Megan | Carlos | Yuki
    Last Name | lastName | Doyle | Fuentes | Tanaka
    Email | email | megan.doyle@example.com | carlos.fuentes@example.net | yuki.t@example.org
    Phone | phone | 303-555-0161 | 720-555-0124 | 303-555-0198
    Company | companyName | | Fuentes Catering | Tanaka Studio
    Bookings Count | - | 4 | 12 | 1
  `),
  set({ id: 'en-business-card-exchange-contacts-csv', kind: 'digital business card app, exchanged contacts CSV export (API documentation)', lang: 'en', source: 'index:4026714441 (a digital business card API\'s documentation, export formats)' }, `
    First Name | firstName | Jordan | Amelia | Sanjay
    Last Name | lastName | Blake | Hart | Mehta
    Email | email | jordan.blake@example.com | amelia@hartdesign.example | sanjay.mehta@example.io
    Phone | phone | +16175550128 | +447700900321 | +919820055501
    Company | companyName | Blake Ventures | Hart Design | Orbit Systems
    Notes | - | Interested in demo | | Follow up next week
    Job Title | - | Founder | Creative Director | VP Sales
    Exchanged At | - | 2025-11-18T13:20:20.329Z | 2025-11-19T09:02:11.004Z | 2025-11-21T16:45:37.812Z
  `),
  set({ id: 'en-salesforce-lead-importer-test-csv', kind: 'lead importer CSV written by a Salesforce test automation suite', lang: 'en', source: 'index:3010525836 (a Salesforce QA automation step writing leadImporter.csv, Ruby)' }, `
    # "Country code" sits with the locale and the lead source detail in a coworking lead importer: it holds the
    # country of the lead (US, IN), so it is the Country.
    First Name | firstName | Nadia | Rahul | Owen
    Last Name | lastName | Kowalski | Iyer | Murphy
    Email | email | nadia.kowalski@example.com | rahul.iyer@example.com | owen.murphy@example.com
    Phone | phone | 6465550147 | 9820012345 | 4155550176
    Company | companyName | Kowalski Media | Iyer Consulting | Murphy & Sons
    Locale | - | en-US | en-IN | en-US
    Lead source | source | Inbound Call | Website | Broker
    Lead source detail | - | Broker Referral | Book a Tour | Broker Portal
    Country code | country | US | IN | US
    Locations interested | - | Manhattan | Bangalore | San Francisco
    Status | - | Open | Open | Open
    Generate Journey | - | true | false | true
  `),
  set({ id: 'en-real-estate-leads-assigned-agent', kind: 'real-estate CRM contact import, example CSV in its README', lang: 'en', source: 'index:42916412213 (a real-estate CRM\'s README, CSV import section)' }, `
    First Name | firstName | Marcus | Elena | Trevor
    Last Name | lastName | Bell | Navarro | Quinn
    Email | email | marcus.bell@example.com | elena.navarro@example.com | tquinn@example.net
    Phone | phone | 555-0123 | 555-0124 | 555-0190
    Company | companyName | | Navarro Properties | Quinn Holdings
    Assigned Agent | owner | sarah.johnson@realty.example | mike.wilson@realty.example | sarah.johnson@realty.example
  `),
  set({ id: 'en-mailchimp-audience-export-tags-cc', kind: 'Mailchimp audience export (a store\'s subscriber import test)', lang: 'en', source: 'index:70922434542 (a waitlist import test with Klaviyo and Mailchimp fixtures, TypeScript)' }, `
    # CC is Mailchimp's country code of the subscriber (US, GB): the Country.
    Email Address | email | joan.lee@example.com | pat.ng@example.net | lou.fay@example.org
    First Name | firstName | Joan | Pat | Lou
    Last Name | lastName | Lee | Ng | Fay
    MEMBER_RATING | - | 4 | 2 | 1
    OPTIN_TIME | - | 2024-01-01 10:00:00 | 2024-02-11 08:30:12 | 2024-03-05 19:12:44
    CONFIRM_TIME | - | 2024-01-01 10:05:00 | 2024-02-11 08:31:40 | 2024-03-05 19:15:02
    Status | - | subscribed | subscribed | unsubscribed
    TAGS | tags | "buyers","vip" | "buyers" | "waitlist"
    CC | country | US | US | GB
  `),
  set({ id: 'en-mailchimp-export-optin-ip-leid', kind: 'Mailchimp audience export (a newsletter tool\'s migration test)', lang: 'en', source: 'index:61012061800 (a newsletter app\'s "old provider" import tests, TypeScript)' }, `
    # LEID is Mailchimp's id of the subscriber: the External ID.
    Email Address | email | ada@lovelace.example | grace@hopper.example | alan@turing.example
    First Name | firstName | Ada | Grace | Alan
    Last Name | lastName | Lovelace | Hopper | Turing
    MEMBER_RATING | - | 4 | 3 | 2
    OPTIN_TIME | - | 2024-03-14 09:12:31 | | 2024-04-02 17:40:05
    OPTIN_IP | - | 10.0.0.1 | | 192.0.2.44
    CONFIRM_TIME | - | 2024-03-14 09:14:00 | | 2024-04-02 17:41:19
    TAGS | tags | "vip, denver" | | newsletter
    LEID | externalId | 1 | 2 | 3
  `),
  set({ id: 'en-shopify-customers-doc-example', kind: 'Shopify customer export, the columns a migration tool\'s docs list', lang: 'en', source: 'index:47027819582 (a store migration tool\'s documentation, Shopify customers CSV)' }, `
    Customer ID | externalId | '9013808660771 | '9013808660772 | '9013808660773
    First Name | firstName | Jamie | Rosa | Devon
    Last Name | lastName | Carter | Lindqvist | Price
    Email | email | jamie.carter@example.com | rosa.l@example.se | devon.price@example.com
    Accepts Email Marketing | - | no | yes | yes
    Default Address Address1 | address1 | 88 Roosevelt Shoal | Storgatan 12 | 410 Pine St
    Default Address City | city | Port Erin | Uppsala | Seattle
    Default Address Province Code | state | | | WA
    Default Address Country Code | country | CA | SE | US
    Default Address Zip | postalCode | T1H 2R5 | 753 20 | 98101
    Total Spent | - | 997.98 | 120.00 | 45.50
    Total Orders | - | 1 | 3 | 1
    Tags | tags | VIP | | wholesale
  `),
  set({ id: 'en-shopify-customers-consent-subset', kind: 'Shopify customer export, trimmed to the columns an email-list importer reads', lang: 'en', source: 'index:69817286536 (an email list module\'s tests, Shopify customer import, JavaScript)' }, `
    Customer ID | externalId | 1 | 2 | 3
    First Name | firstName | Ana | Bo | Cy
    Last Name | lastName | Diaz | Kim | Ng
    Email | email | ana@example.com | bo@example.com | cy@example.com
    Accepts Email Marketing | - | yes | no | yes
    Default Address Company | companyName | Diaz, Inc. | | 
    Phone | phone | +13055550110 | | +12125550133
  `),
  set({ id: 'en-shopify-customers-legacy-template-wide', kind: 'Shopify customer CSV, the older column list written in a CRM\'s Excel import template comment', lang: 'en', source: 'index:17849155267 (a CRM\'s Excel import templates, JavaScript)' }, `
    # Province is the state's name, Province Code its code: the name is the State, the code beside it not imported;
    # the same for Country and Country Code.
    Customer ID | externalId | 5801234567001 | 5801234567002 | 5801234567003
    First Name | firstName | Hannah | Marco | Leila
    Last Name | lastName | Brooks | Rossi | Haddad
    Email | email | hannah.brooks@example.com | marco.rossi@example.com | leila.haddad@example.ca
    Accepts Email Marketing | - | yes | no | yes
    Company | companyName | | Rossi Imports | 
    Address1 | address1 | 1200 Oak Ave | 55 Harbor Rd | 301 Rue Sainte-Catherine
    Address2 | - | Apt 4B | | Suite 210
    City | city | Portland | Boston | Montreal
    Province | state | Oregon | Massachusetts | Quebec
    Province Code | - | OR | MA | QC
    Country | country | United States | United States | Canada
    Country Code | - | US | US | CA
    Zip | postalCode | 97205 | 02110 | H2X 1Z4
    Phone | phone | +15035550123 | +16175550188 | +15145550166
    Accepts SMS Marketing | - | no | no | yes
    Total Spent | - | 254.90 | 0.00 | 88.00
    Total Orders | - | 3 | 0 | 1
    Tags | tags | repeat, newsletter | | wholesale
    Note | - | Prefers email | | 
    Tax Exempt | - | no | yes | no
  `),
  set({ id: 'en-event-registrations-admin-export', kind: 'event registration admin CSV export', lang: 'en', source: 'index:66890207122 (an event registration API\'s export route, JavaScript)' }, `
    Full Name | name | Daniel Mensah | Aisha Bello | Chris O'Neill
    Email | email | daniel.mensah@example.com | aisha.bello@example.com | chris.oneill@example.com
    Phone | phone | +233 24 555 0134 | +234 803 555 0199 | +1 617 555 0110
    Ticket Type | - | VIP | Regular | Student
    Gender | - | Male | Female | Male
    Age | - | 34 | 27 | 21
    Address | address1 | 12 Ring Road East, Accra | 5 Allen Ave, Ikeja | 40 Commonwealth Ave, Boston
    Emergency Contact | - | Ama Mensah 024 555 0177 | Tunde Bello | 
    Notes | - | Vegetarian | | Needs parking
    Status | - | confirmed | pending | confirmed
  `),
  set({ id: 'en-ticket-purchases-idr-export', kind: 'ticket sales admin CSV download (Indonesian event, prices in rupiah)', lang: 'en', defaultCountry: 'ID', source: 'index:21152730835 (a ticketing admin page\'s CSV download, TypeScript)' }, `
    Ticket ID | - | TKT-1042 | TKT-1043 | TKT-1044
    Full Name | name | Budi Santoso | Sari Wulandari | Andre Wijaya
    Email | email | budi.santoso@example.co.id | sari.w@example.com | andre.wijaya@example.id
    Phone | phone | 0812-3456-7890 | 0857-1122-3344 | 0813-9988-7766
    Ticket Type | - | Early Bird | Regular | VIP
    Quantity | - | 2 | 1 | 4
    Total Price (IDR) | - | 300000 | 175000 | 1400000
    Status | - | Paid | Pending | Paid
    Purchase Date | - | 2025-06-01 | 2025-06-03 | 2025-06-04
  `),
  set({ id: 'en-event-attendees-checkin-export', kind: 'event platform attendee list export with check-in state', lang: 'en', source: 'index:67571809048 (an event service\'s attendee CSV export, Java)' }, `
    Ticket ID | - | 7f3c2a10 | 7f3c2a11 | 7f3c2a12
    Full Name | name | Laura Chen | Mateo Silva | Irene Novak
    Email | email | laura.chen@example.com | mateo.silva@example.com | irene.novak@example.com
    Phone | phone | +1 206 555 0143 | +1 425 555 0181 | 
    Ticket Type | - | General Admission | Workshop Pass | General Admission
    Booking Reference | - | BK-88213 | BK-88214 | BK-88220
    Check-In Status | - | CHECKED_IN | NOT_CHECKED_IN | CHECKED_IN
    Checked In At | - | 2025-09-12 09:14 | | 2025-09-12 09:31
  `),
  set({ id: 'en-college-students-import-template-in', kind: 'college student import template (India)', lang: 'en', defaultCountry: 'IN', source: 'index:40665953348 (a college portal\'s student upload component, template, React)' }, `
    # The roll number is the college's id of the student: the External ID. Department, section and year are not
    # imported (like a class).
    Student Name | name | Kavya Reddy | Arjun Nair | Sneha Gupta
    Roll Number | externalId | 226F1A05A7 | 226F1A05B9 | 226F1A05C3
    Email | email | kavya.reddy@student.example.edu | arjun.nair@student.example.edu | sneha.gupta@student.example.edu
    Phone | phone | 9876501234 | 9123405678 | 9988776655
    Department | - | CSE | ECE | CSE
    Section | - | A | B | C
    Year | - | 2 | 3 | 1
    Parent Name | - | Mr. Reddy | Mrs. Nair | Mr. Gupta
    Parent Email | - | reddy.family@example.com | nair.home@example.com | gupta.r@example.com
    Parent Phone | - | 9876501235 | 9123405679 | 9988776600
    Parent Relation | - | Father | Mother | Father
    Address | address1 | Kukatpally, Hyderabad | Madhapur, Hyderabad | Banjara Hills, Hyderabad
  `),
  set({ id: 'en-parent-contacts-school-export', kind: 'school app export of parents with their children and emergency contacts', lang: 'en', source: 'index:59824447794 (a school management API\'s parent report, CSV export, JavaScript)' }, `
    # A list of parents: the parent is the contact (the child and the emergency contacts are not imported).
    Parent Name | name | Grace Adeyemi | Thomas Berg | Nora Quinlan
    Parent Email | email | grace.adeyemi@example.com | thomas.berg@example.com | nora.q@example.com
    Parent Phone | phone | (614) 555-0132 | (614) 555-0177 | (380) 555-0101
    Student Name | - | Tobi Adeyemi | Ella Berg | Finn Quinlan
    Class | - | Grade 2 | Kindergarten | Grade 4
    Emergency Contact 1 | - | Ade Adeyemi (614) 555-0133 | Karin Berg (614) 555-0178 | Sean Quinlan
    Emergency Contact 2 | - | | | 
    Emergency Contact 3 | - | | | 
  `),
  set({ id: 'en-school-students-import-template-ng', kind: 'school management student import template (Nigeria)', lang: 'en', defaultCountry: 'NG', source: 'index:70322939158 (a school platform\'s bulk import page, templates per kind, TypeScript)' }, `
    Admission Number | externalId | STU-0112 | STU-0113 | STU-0114
    First Name | firstName | Chidi | Amara | Tunde
    Middle Name | - | Emeka | | Olu
    Last Name | lastName | Okonkwo | Eze | Bakare
    Date of Birth | dateOfBirth | 2014-09-03 | 2015-01-22 | 2013-11-08
    Admission Date | - | 2025-09-08 | 2025-09-08 | 2024-09-09
    Gender | - | male | female | male
    Class | - | Primary 5 | Primary 4 | Primary 6
    Section | - | Emerald | Ruby | Emerald
    Parent Name | - | Ngozi Okonkwo | Ifeoma Eze | Kemi Bakare
    Parent Email | - | ngozi.o@example.com | ifeoma.eze@example.com | kemi.bakare@example.com
    Parent Phone | - | 08031234567 | 08129876543 | 07065554321
    Parent Relationship | - | Mother | Mother | Mother
    Address | address1 | 14 Awolowo Road, Ikoyi | 3 Bode Thomas St, Surulere | 22 Allen Avenue, Ikeja
  `),
  set({ id: 'en-student-program-tracker-export', kind: 'school media program student list export', lang: 'en', source: 'index:55749122519 (a school program tracker\'s students page, CSV export, TypeScript)' }, `
    # The student number is the school's id of the student: the External ID.
    Name | name | Jasmine Ortiz | Caleb Wright | Hana Kim
    Student Number | externalId | 104233 | 104587 | 105012
    Email | email | jortiz@students.example.org | cwright@students.example.org | hkim@students.example.org
    Parent Name | - | Maria Ortiz | Paul Wright | Sun Kim
    Parent Email | - | maria.ortiz@example.com | pwright@example.com | sunkim@example.com
    Parent Phone | - | (303) 555-0164 | (720) 555-0121 | (303) 555-0139
    Grade | - | 10 | 11 | 9
    Tier | - | 2 | 3 | 1
    CSDtv 101 Complete | - | true | true | false
    Active | - | true | true | true
  `),
  set({ id: 'en-course-students-table-export', kind: 'children\'s swim course registration app, students table saved as CSV', lang: 'en', source: 'index:17112710674 (a course registration desktop app, table export, Python)' }, `
    # A children's course: the phone number is the family's number of the student (the only phone), the Phone; the
    # parent's name and email are not imported.
    ID | externalId | 1 | 2 | 3
    Student Name | name | Leo Martin | Sofia Ahmed | Ethan Cole
    Date of Birth | dateOfBirth | 2017-04-12 | 2016-10-30 | 2018-01-05
    Parent Name | - | Claire Martin | Yasmin Ahmed | Rob Cole
    Parent Email | - | claire.martin@example.com | yasmin.ahmed@example.com | rob.cole@example.com
    Phone Number | phone | 0412 555 018 | 0423 555 094 | 0433 555 061
    Registered | - | Yes | Yes | No
  `),
  set({ id: 'en-hubspot-import-template-segment', kind: 'HubSpot contact import template given in a sales playbook', lang: 'en', source: 'index:59348376776 (a sales team\'s HubSpot playbook, contact import template, Markdown)' }, `
    # The company domain is the company's: not imported. The customer segment is a category of the contact: Tags.
    First Name | firstName | Rachel | Victor | Imani
    Last Name | lastName | Stone | Alvarez | Brooks
    Email | email | rachel.stone@lumen.example | valvarez@cobaltlabs.example | imani@brooksco.example
    Job Title | - | Head of IT | VP Engineering | COO
    Phone | phone | +1 312 555 0145 | +1 408 555 0112 | +1 919 555 0183
    Company Domain Name | - | lumen.example | cobaltlabs.example | brooksco.example
    Contact owner | owner | Sarah Chen | Mark Ruiz | Sarah Chen
    Lifecycle Stage | - | lead | opportunity | lead
    Customer segment | tags | Mid-Market | Enterprise | SMB
  `),
  set({ id: 'en-hubspot-contacts-decay-audit', kind: 'HubSpot contacts export read by a CRM health audit', lang: 'en', source: 'index:61402656831 (a CRM audit engine\'s decay check tests, Python)' }, `
    # Record ID is HubSpot's id of the contact, another system's id: the External ID.
    Record ID | externalId | 1 | 2 | 3
    Email | email | ada@acme.example | bert@globex.example | cara@initech.example
    Contact owner | owner | Sarah Chen | Sarah Chen | Omar Haddad
    Lifecycle Stage | - | lead | customer | subscriber
    Country/Region | country | United States | Canada | United Kingdom
    Last Activity Date | - | 2026-07-20 | 2025-01-03 | 2024-11-15
  `),
  set({ id: 'en-hubspot-export-people-website', kind: 'HubSpot contacts export, read by a people-data importer', lang: 'en', source: 'index:71538610536 (a people-data tool\'s source readers, tests, TypeScript)' }, `
    # Website URL is a property of the contact record in HubSpot (the contact's own site): the Website.
    Record ID | externalId | 51 | 52 | 60
    First Name | firstName | JANE | Bob | Carla
    Last Name | lastName | doe | Roe | Mendes
    Email | email | Jane@Acme.example | bob@gmail.example | carla@mendesdesign.example
    Phone Number | phone | +1 555 0100 | | +1 555 0177
    Job Title | - | VP Talent | | Designer
    Contact owner | owner | Sam Lee | | Sam Lee
    Lifecycle Stage | - | customer | lead | lead
    Create Date | - | 2021-04-01 09:12 | 2022-01-01 00:00 | 2023-05-17 14:40
    Last Activity Date | - | 2024-03-05 14:22 | | 2024-02-01 10:05
    Last Contacted | - | 2024-03-01 10:00 | | 2024-01-30 16:20
    Company Name | companyName | Acme Corp | Acme Corp | Mendes Design
    Website URL | website | acme.example | | mendesdesign.example
  `),
  set({ id: 'en-hubspot-export-create-date', kind: 'HubSpot contacts export imported into a small CRM (end-to-end test file)', lang: 'en', source: 'index:70106086073 (a small CRM\'s browser test, HubSpot import step, JavaScript)' }, `
    Record ID | externalId | 7001 | 7002 | 7003
    First Name | firstName | Bastien | Emma | Hugo
    Last Name | lastName | Roche | Vial | Marchand
    Email | email | b.roche@roche-menuiserie.example | emma@vial-conseil.example | hugo@marchand-bois.example
    Company Name | companyName | Menuiserie Roche | Vial Conseil | Marchand Bois
    Contact owner | owner | Paul Witczak | Paul Witczak | Claire Dumas
    Lifecycle Stage | - | Customer | Lead | Opportunity
    Create Date | - | 2024-03-02 | 2025-01-20 | 2025-02-11
  `),
  set({ id: 'en-hubspot-export-bounce-checker', kind: 'HubSpot contact export format listed by an email bounce checker', lang: 'en', source: 'index:51792370198 (an email bounce checker\'s README, supported formats)' }, `
    Email | email | john@example.com | priya@example.org | li.wei@example.net
    First Name | firstName | John | Priya | Li
    Last Name | lastName | Doe | Shah | Wei
    Contact Owner | owner | Sales Team | Marketing | Sales Team
    Lifecycle Stage | - | customer | lead | subscriber
  `),
  set({ id: 'en-google-contacts-class-emails-script', kind: 'Google Contacts CSV (old format, 27 columns) written by a shell script that adds class members\' Gmail addresses to a group', lang: 'en', source: 'index:19082987170 (a shell script writing a Google Contacts import, Bash)' }, `
    # The script writes each address into Name and Given Name (no real names): the Name column holds the email, the
    # only one the file has, so it is the Email; Given Name repeats it and is not imported. Group Membership is Tags.
    Name | email | lucia.romero@gmail.com | pablo.sanz@gmail.com | irene.gil@gmail.com
    Given Name | - | lucia.romero@gmail.com | pablo.sanz@gmail.com | irene.gil@gmail.com
    Additional Name | - |  |  |
    Family Name | - |  |  |
    Yomi Name | - |  |  |
    Given Name Yomi | - |  |  |
    Additional Name Yomi | - |  |  |
    Family Name Yomi | - |  |  |
    Name Prefix | - |  |  |
    Name Suffix | - |  |  |
    Initials | - |  |  |
    Nickname | - |  |  |
    Short Name | - |  |  |
    Maiden Name | - |  |  |
    Birthday | - |  |  |
    Gender | - |  |  |
    Location | - |  |  |
    Billing Information | - |  |  |
    Directory Server | - |  |  |
    Mileage | - |  |  |
    Occupation | - |  |  |
    Hobby | - |  |  |
    Sensitivity | - |  |  |
    Priority | - |  |  |
    Subject | - |  |  |
    Notes | - |  |  |
    Group Membership | tags | * My Contacts ::: clase ::: * Starred | * My Contacts ::: clase ::: * Starred | * My Contacts ::: clase ::: * Starred
  `),
  set({ id: 'en-google-contacts-course-participants', kind: 'Google Contacts CSV (31 columns) exported from a course registration app, participant names prefixed with the course initials', lang: 'en', source: 'index:55231988288 (a course registration app\'s participants page, Google Contacts export, React)' }, `
    # Only Name and the phone are filled: the Name (with its course prefix) and the Phone.
    Name | name | PHOTO-Awa Diop | PHOTO-Moussa Ndiaye | PHOTO-Fatou Sarr
    Given Name | - |  |  |
    Additional Name | - |  |  |
    Family Name | - |  |  |
    Yomi Name | - |  |  |
    Given Name Yomi | - |  |  |
    Additional Name Yomi | - |  |  |
    Family Name Yomi | - |  |  |
    Name Prefix | - |  |  |
    Name Suffix | - |  |  |
    Initials | - |  |  |
    Nickname | - |  |  |
    Short Name | - |  |  |
    Maiden Name | - |  |  |
    Birthday | - |  |  |
    Gender | - |  |  |
    Location | - |  |  |
    Billing Information | - |  |  |
    Directory Server | - |  |  |
    Mileage | - |  |  |
    Occupation | - |  |  |
    Hobby | - |  |  |
    Sensitivity | - |  |  |
    Priority | - |  |  |
    Subject | - |  |  |
    Notes | - |  |  |
    Language | - |  |  |
    Photo | - |  |  |
    Group Membership | tags |  |  |
    Phone 1 - Type | - | Mobile | Mobile | Mobile
    Phone 1 - Value | phone | +221771234567 | +221709876543 | +221765551234
  `),
  set({ id: 'en-google-contacts-whatsapp-capture-app', kind: 'Google Contacts CSV (35 columns with two custom fields) exported by an Android contact-capture app', lang: 'en', source: 'index:63359218061 (an Android app\'s CSV exporter, Java)' }, `
    # The app writes the whole name into Name and Given Name: Name is the Name; Given Name repeats the full name and is
    # not imported (it is not a first name). Group Membership is Tags.
    Name | name | Valeria Ortiz | Camila Ruiz | Sergio Prieto
    Given Name | - | Valeria Ortiz | Camila Ruiz | Sergio Prieto
    Additional Name | - |  |  |
    Family Name | - |  |  |
    Yomi Name | - |  |  |
    Given Name Yomi | - |  |  |
    Additional Name Yomi | - |  |  |
    Family Name Yomi | - |  |  |
    Name Prefix | - |  |  |
    Name Suffix | - |  |  |
    Initials | - |  |  |
    Nickname | - |  |  |
    Short Name | - |  |  |
    Maiden Name | - |  |  |
    Birthday | - |  |  |
    Gender | - |  |  |
    Location | - |  |  |
    Billing Information | - |  |  |
    Directory Server | - |  |  |
    Mileage | - |  |  |
    Occupation | - |  |  |
    Hobby | - |  |  |
    Sensitivity | - |  |  |
    Priority | - |  |  |
    Subject | - |  |  |
    Notes | - | Cliente de corte y color |  | Pide cita los viernes
    Language | - |  |  |
    Photo | - |  |  |
    Group Membership | tags | Clientas | Clientas | Barberia
    Phone 1 - Type | - | WhatsApp Business | WhatsApp Business | WhatsApp Business
    Phone 1 - Value | phone | +34 612 345 678 | +34 655 443 221 | +34 699 112 233
    Custom Field 1 - Type | - |  |  |
    Custom Field 1 - Value | - |  |  |
    Custom Field 2 - Type | - |  |  |
    Custom Field 2 - Value | - |  |  |
  `),
  set({ id: 'en-payroll-report-employees-excel', kind: 'payroll app Excel report of employees\' hours, with title, company, pay period, generated date and blank rows above the header', lang: 'en', above: [['Payroll Report', '', '', '', '', '', '', ''], ['Company: Tri-County Field Services LLC', '', '', '', '', '', '', ''], ['Pay Period: 2025-06-01 to 2025-06-15', '', '', '', '', '', '', ''], ['Generated: 6/16/2025', '', '', '', '', '', '', ''], ['', '', '', '', '', '', '', '']], source: 'index:35969583766 (a payroll service\'s report generator, Excel report, TypeScript)' }, `
    # Employee ID is the payroll system's id of the employee: the External ID. Department and the hours are not
    # imported.
    Employee ID | externalId | EMP-0041 | EMP-0057 | EMP-0063
    First Name | firstName | Derek | Alisha | Tomas
    Last Name | lastName | Hollis | Grant | Vega
    Department | - | Field Ops | Dispatch | Field Ops
    Regular Hours | - | 80.00 | 76.50 | 80.00
    Overtime Hours | - | 6.25 | 0.00 | 11.75
    Total Hours | - | 86.25 | 76.50 | 91.75
    Total Miles | - | 412 | 0 | 655
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-kontakte-sammelexport-organisation', kind: 'Kontaktverwaltung, Sammelexport markierter Kontakte', lang: 'de', defaultCountry: 'DE', source: 'index:58204699576 (eine Kontaktliste mit Sammelaktionen, CSV-Export, React)' }, `
    Vorname | firstName | Jana | Tobias | Sevgi
    Nachname | lastName | Hoffmann | Brandt | Yıldız
    E-Mail | email | jana.hoffmann@example.de | t.brandt@example.de | sevgi.yildiz@example.com
    Telefon | phone | +49 30 1234567 | 0221 987654 | +49 171 2345678
    Organisation | companyName | Kita Sonnenschein e.V. | Brandt Elektrotechnik | 
  `),
  set({ id: 'de-anfragen-import-semikolon', kind: 'Anfrageportal, Export der Anfragen (Semikolon-CSV, vom Lead-Import gelesen)', lang: 'de', defaultCountry: 'DE', source: 'index:24502163190 (ein Lead-Importer, Test mit Semikolon-CSV, Kotlin)' }, `
    # The ID is the portal's id of the inquiry, the one row per requesting person: the External ID (a bare ID).
    # Einsatzort (where the service is wanted: Ladenlokal, Büro) is not imported.
    Anfrage gestellt | - | 12.03.2024 09:18 | 13.03.2024 14:02 | 15.03.2024 11:47
    ID | externalId | 136353 | 136371 | 136402
    Firma | companyName | Bäckerei Krause GmbH | Praxis Dr. Lang | Autohaus Meier KG
    Vorname | firstName | Sabine | Michael | Jürgen
    Nachname | lastName | Krause | Lang | Meier
    Straße | address1 | Hauptstraße 14 | Lindenallee 3 | Industriestraße 88
    PLZ | postalCode | 10115 | 50667 | 70565
    Stadt | city | Berlin | Köln | Stuttgart
    Land | country | DE | DE | DE
    E-Mail | email | s.krause@baeckerei-krause.example | praxis@dr-lang.example | j.meier@autohaus-meier.example
    Telefon | phone | +49 30 4455667 | 0221 334455 | +49 711 9988776
    Einsatzort | - | Ladenlokal | Praxis | Werkstatt
    Anzahl Personen | - | 10-20 | 5-10 | 30-50
    Kommentar | - | Bitte vormittags anrufen | | Allgemeine Rufnummer: 0711 12345
  `),
  set({ id: 'de-trainingsgruppe-athleten-excel-export', kind: 'Sportverein, Athletenliste aus deutschem Excel (Semikolon, Spalten umgestellt)', lang: 'de', source: 'index:71551780450 (ein Trainingstagebuch, Import-Test für deutsche Excel-Exporte, Go)' }, `
    Nachname | lastName | Bergmann | Schulze | Wagner
    Mitgliedsnummer | externalId | 4711 | 4712 | 4730
    Vorname | firstName | Lena | Felix | Marie
    Beitritt | - | 01.09.2023 | 15.01.2022 | 01.04.2024
    Geburtsdatum | dateOfBirth | 18.04.1992 | 02.12.2008 | 30.06.2011
  `),
  set({ id: 'de-adresszeile-eingabe-noheader', kind: 'Adressliste ohne Kopfzeile, eine Person je Zeile (Übungsprogramm liest Vorname;Nachname;Straße;PLZ;Ort)', lang: 'de', noHeader: true, source: 'index:12348514431 (ein Übungsprogramm, das eine Adresszeile zerlegt, Python)' }, `
    "" | firstName | Anna | Stefan | Helga
    "" | lastName | Richter | Koch | Baumann
    "" | address1 | Bahnhofstraße 7 | Kirchgasse 2 | Am Anger 19
    "" | postalCode | 80335 | 97070 | 90402
    "" | city | München | Würzburg | Nürnberg
  `),
  set({ id: 'de-lead-import-ort', kind: 'Lead-Import einer Vertriebs-App (deutsche Kopfzeilen, Semikolon)', lang: 'de', defaultCountry: 'DE', source: 'index:56789973841 (eine Chat-Vertriebs-App, Test des Lead-Import-Parsers, TypeScript)' }, `
    Vorname | firstName | Max | Erika | Deniz
    Nachname | lastName | Mustermann | Musterfrau | Aydın
    E-Mail | email | max.m@example.com | erika.m@example.com | deniz.aydin@example.de
    Telefon | phone | 0170 1234567 | +49 171 7654321 | 040 3344556
    Ort | city | Berlin | Hamburg | Hamburg
  `),
  set({ id: 'de-firmenimport-potenzial-tools', kind: 'Vertriebs-CRM, Firmen- und Ansprechpartner-Import (deutsche Kopfzeilen)', lang: 'de', defaultCountry: 'DE', source: 'index:71073529319 (ein Vertriebs-CRM, Test des Firmenimports, TypeScript)' }, `
    # The website is the company's (one row per company with its contact person): not imported. Kundennummer is the
    # customer's account number: the External ID.
    Firma | companyName | Beispiel GmbH | Nordlicht Steuerberatung | Hansen Metallbau KG
    Website | - | beispiel.de | nordlicht-stb.example | hansen-metallbau.example
    Status | - | Kunde | Interessent | Kunde
    Potenzial | - | Hoch | Mittel | Niedrig
    Tools | - | Excel, Outlook | DATEV | Excel
    Mitarbeiterzahl | - | 12 | 8 | 45
    Vorname | firstName | Max | Katrin | Ole
    Nachname | lastName | Muster | Nordmann | Hansen
    E-Mail | email | max@beispiel.de | k.nordmann@nordlicht-stb.example | ole.hansen@hansen-metallbau.example
    Telefon | phone | +49 30 1234560 | 0431 556677 | 04621 88990
    Kundennummer | externalId | K1001 | K1002 | K1003
  `),
  set({ id: 'de-energieanfragen-export', kind: 'Energievermittler, Export der Tarifanfragen', lang: 'de', defaultCountry: 'DE', source: 'index:53414972626 (ein Admin-Bereich für Energie-Anfragen, CSV-Export, TypeScript)' }, `
    Vorname | firstName | Thomas | Birgit | Ali
    Nachname | lastName | Weber | Schmitt | Demir
    E-Mail | email | thomas.weber@example.de | birgit.schmitt@example.de | ali.demir@example.com
    Telefon | phone | 0621 445566 | | 0176 55443322
    Energietyp | - | Strom | Gas | Strom
    Kundentyp | - | Privat | Gewerbe | Privat
    Anfrage-Typ | - | gast | registriert | gast
    Verbrauch kWh | - | 3500 | 28000 | 2100
    Status | - | neu | in Bearbeitung | abgeschlossen
    Datum | - | 2025-05-02 | 2025-05-03 | 2025-05-06
  `),
  set({ id: 'de-alarmierung-benutzer-csv-import', kind: 'Alarmierungs-App (Schweiz), Benutzer-Import', lang: 'de', defaultCountry: 'CH', source: 'index:68868859268 (eine Krisen-Alarmierungs-App, Benutzerverwaltung mit CSV-Import, React)' }, `
    Vorname | firstName | Reto | Claudia | Beat
    Nachname | lastName | Keller | Frei | Huber
    E-Mail | email | reto.keller@example.ch | claudia.frei@example.ch | beat.huber@example.ch
    Telefon | phone | 079 123 45 67 | 078 234 56 78 | 044 345 67 89
    Rolle | - | Mitarbeiter | Krisenstab | Ersthelfer
  `),
  set({ id: 'de-benutzer-import-rolle-unbekannt', kind: 'Vereinsportal, Benutzer-Import (Semikolon-CSV mit unbekannter Spalte)', lang: 'de', source: 'index:71368489192 (ein Vereinsportal, Tests des CSV-Benutzerimports, JavaScript)' }, `
    Nachname | lastName | Neumann | Albers | Pohl
    Vorname | firstName | Nina | Georg | Ines
    E-Mail | email | nina.neumann@example.de | g.albers@example.de | ines.pohl@example.org
    Rolle | - | | vorstand | mitglied
    Unbekannt | - | x | x | x
  `),
  set({ id: 'de-benutzerliste-export-letzte-anmeldung', kind: 'Web-App, Benutzerliste als CSV für deutsches Excel (BOM, Semikolon)', lang: 'de', source: 'index:63121567500 (eine Web-App, Playwright-Test des Benutzerexports, TypeScript)' }, `
    # Gruppen (the groups a user belongs to) are Tags.
    Nachname | lastName | Krüger | Becker | Şahin
    Vorname | firstName | Frank | Miriam | Emre
    E-Mail | email | f.krueger@example.de | miriam.becker@example.de | emre.sahin@example.com
    Gruppen | tags | Administratoren | Redaktion, Vertrieb | Vertrieb
    Letzte Anmeldung | - | 03.04.2025 08:12 | 28.03.2025 16:45 | 
    Letzte Aktivität | - | 03.04.2025 09:40 | 01.04.2025 11:02 | 
  `),
  set({ id: 'de-spieler-export-helden', kind: 'Rollenspiel-Verein, Spielerexport für Admins (Semikolon)', lang: 'de', source: 'index:69783875165 (eine Laravel-Anwendung, Test des Spielerexports, PHP)' }, `
    Nachname | lastName | Berg | Kaiser | Vogt
    Vorname | firstName | Lea | Jonas | Carla
    E-Mail | email | lea.berg@example.de | jonas.kaiser@example.de | carla.vogt@example.org
    Geburtsdatum | dateOfBirth | 12.05.1998 | 30.01.2002 | 07.09.1995
    Geschlecht | - | weiblich | männlich | weiblich
    Helden | - | Alrik, Yasmina | Thorwaler Olgard | 
  `),
  set({ id: 'de-turnier-startliste-export', kind: 'Turnierverwaltung, Startliste einer Runde als CSV', lang: 'de', source: 'index:53427733433 (eine Turnier-Anmeldung, Startlisten-Export, Java)' }, `
    # Nr is the start-list number: not imported. Verein (the club the player belongs to) is Tags. Rang is a ranking.
    Nr | - | 1 | 2 | 3
    Nachname | lastName | Hofer | Steiner | Lehmann
    Vorname | firstName | Andreas | Martina | Kevin
    E-Mail | email | a.hofer@example.at | martina.steiner@example.de | kevin.lehmann@example.de
    Verein | tags | SK Graz | SC Ingolstadt | SV Werder Bremen
    Land | country | AUT | GER | GER
    Rang | - | 12 | 45 | 101
    Geburtsdatum | dateOfBirth | 1984-03-11 | 1999-07-21 | 2006-12-02
    Anmeldedatum | - | 2025-04-02 | 2025-04-05 | 2025-04-10
    GeplanteRunden | - | 1,2,3 | 1,2 | 2,3
  `),
  set({ id: 'de-clubdesk-mitglieder-export', kind: 'ClubDesk-Mitgliederexport (Schweiz, Semikolon, Windows-1252)', lang: 'de', defaultCountry: 'CH', source: 'index:60110983657 (ein Importskript für ClubDesk-Exporte, Test, JavaScript)' }, `
    # The second email is an additional email. [Gruppen] is Tags; [Id] is ClubDesk's id of the member: the External ID.
    # Sektion, Beitragskategorie and [Rolle] are not imported.
    Nachname | lastName | Müller | Brunner | Gerber
    Vorname | firstName | Petra | Luca | Simone
    E-Mail | email | petra@example.ch | luca.brunner@example.ch | s.gerber@example.ch
    E-Mail Alternativ | additionalEmails | | luca.b@example.com | 
    Status | - | Passivmitglied | Aktivmitglied | Aktivmitglied
    Eintritt | - | 01.08.2020 | 15.03.2018 | 01.01.2023
    Austritt | - | | | 
    Sektion | - | KSCW | KSCW | Jugend
    Beitragskategorie | - | Passivmitglied | Erwachsene | Jugend
    Geschlecht | - | weiblich | männlich | weiblich
    Geburtsdatum | dateOfBirth | 03.05.1975 | 22.11.1990 | 14.06.2008
    [Gruppen] | tags | Passivmitglieder | Aktive; Vorstand | Juniorinnen
    [Rolle] | - | Standard Benutzer | Administrator | Standard Benutzer
    [Id] | externalId | 1001 | 1002 | 1003
  `),
  set({ id: 'de-wahlkurse-abgaben-export', kind: 'Schule, Export der Wahlkurs-Abgaben (Semikolon)', lang: 'de', source: 'index:51870270000 (eine Schul-App für Wahlkurse, Export-Route, JavaScript)' }, `
    Nachname | lastName | Schröder | Kaya | Wolf
    Vorname | firstName | Mia | Emir | Paul
    E-Mail | email | mia.schroeder@schule.example | emir.kaya@schule.example | paul.wolf@schule.example
    Klasse | - | 9b | 10a | 9c
    Status | - | abgegeben | abgegeben | offen
    Abgabe am | - | 14.01.2026 10:22 | 15.01.2026 18:03 | 
    Optionen (Priorität) | - | Robotik (1), Theater (2) | Fußball (1), Chor (2) | 
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-twenty-import-functie-onbekend', kind: 'import naar Twenty CRM voor een advocatenkantoor (Nederlandse kopjes)', lang: 'nl', source: 'index:57884418717 (een importplanner voor Twenty CRM, tests, TypeScript)' }, `
    Voornaam | firstName | Jan | Fleur | Pieter
    Achternaam | lastName | Jansen | de Wit | Smit
    E-mail | email | jan@jansen-advocaten.example | fleur.dewit@example.nl | p.smit@notaris-smit.example
    Functie | - | Advocaat | Jurist | Notaris
    Onbekend | - | x | y | z
  `),
  set({ id: 'nl-inschrijvingen-deelnemers-csv', kind: 'aanmeldformulier dat inzendingen naar een CSV schrijft', lang: 'nl', source: 'index:10084159134 (een Express-server die inschrijvingen opslaat, JavaScript)' }, `
    Voornaam | firstName | Sanne | Mohamed | Eva
    Achternaam | lastName | Bakker | El Amrani | Visser
    E-mail | email | sanne.bakker@example.nl | m.elamrani@example.nl | eva.visser@example.com
    Deelnemers | - | Sanne; Lotte | Mohamed | Eva; Tim; Noor
  `),
  set({ id: 'nl-hotel-reserveringen-import', kind: 'hotel, import van reserveringen (puntkomma-CSV)', lang: 'nl', source: 'index:68483194276 (een hotel-app, tests van de reserveringsimport, JavaScript)' }, `
    Kamer | - | 101 | 204 | 310
    Voornaam | firstName | Jane | Koen | Ola
    Achternaam | lastName | Doe | Peeters | Nordmann
    Aankomst | - | 20/09/2026 | 21/09/2026 | 22/09/2026
    Vertrek | - | 22/09/2026 | 23/09/2026 | 25/09/2026
    Opmerking | - | early check-in | | kinderbedje
  `),
  set({ id: 'nl-klantimport-relaties-mobiel', kind: 'relatiebeheer, klantimport uit een oud pakket (puntkomma-CSV)', lang: 'nl', defaultCountry: 'NL', source: 'index:58100665380 (een klant-importparser, tests, TypeScript)' }, `
    # "Plaats" holds the whole address (street, postcode and town) in one column: the Address line, as the only address
    # the file has. Categorie (Klant, Leverancier) is Tags.
    Type | - | Persoon | Bedrijf | Persoon
    Klantnummer | externalId | 1004 | 1005 | 1012
    Bedrijfsnaam | companyName | | Loodgietersbedrijf Hermans | 
    Aanhef | - | Mw. | Dhr. | Dhr.
    Voornaam | firstName | Anja | Wim | Bas
    Achternaam | lastName | Loijens | Hermans | van Dijk
    E-mail | email | anja@voorbeeld.nl | info@hermans.example | bas.vandijk@voorbeeld.nl
    Categorie | tags | Klant | Leverancier | Klant
    Plaats | address1 | Cannerweg 125, 6213 BA Maastricht | Industrieweg 4, 5911 AB Venlo | Kerkstraat 9, 3511 LK Utrecht
    Telefoonnummer | phone | | 077 3512345 | 030 2345678
    Mobiel | additionalPhones | 06 21280512 | 06 44556677 | 
    Website | website | | www.hermans.example | 
  `),
  set({ id: 'nl-klanten-tabel-noheader', kind: 'klantenbestand zonder kopregel, kolommen in de volgorde van de tabel "klanten"', lang: 'nl', noHeader: true, defaultCountry: 'NL', source: 'index:10065050738 (een klantformulier dat in de tabel klanten schrijft, C#)' }, `
    # Voorletters, Tussenvoegsel, Achternaam, straat, Huisnummer, Toevoeging huisnummer, Postcode, Woonplaats, telefoon.
    "" | firstName | J.P. | A. | M.E.
    "" | - | van | | de
    "" | lastName | Dongen | Kramer | Graaf
    "" | address1 | Dorpsstraat | Lindelaan | Molenweg
    "" | - | 12 | 3 | 88
    "" | - | a | | bis
    "" | postalCode | 2611 AB | 5041 CD | 7411 EF
    "" | city | Delft | Tilburg | Deventer
    "" | phone | 015-2123456 | 013-5432109 | 0570-612345
  `),
  set({ id: 'nl-contactenoverzicht-scholen-export', kind: 'CRM van een trainingsbureau, contactenoverzicht als CSV met titelregel en lege regel', lang: 'nl', defaultCountry: 'NL', above: [['Contactenoverzicht 2xDenken', '', '', '', '', '', '', ''], ['', '', '', '', '', '', '', '']], source: 'index:53761656763 (een CRM voor scholen, export van contacten, JavaScript)' }, `
    # The school is where the contact works: the Company. "Plaats" is the school's town, the only town: the City.
    # Bestuur (the school board) is not imported.
    Naam | name | Marloes de Vries | Ahmed Bouzid | Karin Smeets
    Functie | - | Directeur | Intern begeleider | Teamleider
    Type | - | Beslisser | Beïnvloeder | Beslisser
    E-mail | email | m.devries@obs-dewaaier.example | a.bouzid@dezonnewijzer.example | k.smeets@kbs-stjozef.example
    Telefoon | phone | 020-6123456 | 010-4567890 | 043-3216549
    School | companyName | OBS De Waaier | De Zonnewijzer | KBS St. Jozef
    Plaats | city | Amsterdam | Rotterdam | Maastricht
    Bestuur | - | Stichting Westwijzer | PCBO Rijnmond | Stichting Kindante
  `),
  set({ id: 'nl-leden-tabel-insert', kind: 'ledenadministratie, kolommen van de tabel leden', lang: 'nl', source: 'index:48831887027 (een ledenklasse die in de tabel leden schrijft, PHP)' }, `
    voornaam | firstName | Roos | Daan | Femke
    tussenvoegsel | - | van der | | de
    achternaam | lastName | Meer | Hendriks | Boer
    straat | address1 | Julianastraat | Beukenlaan | Marktplein
    huisnummer | - | 14 | 2 | 7
    postcode | postalCode | 9711 AB | 6821 CD | 8011 EF
    woonplaats | city | Groningen | Arnhem | Zwolle
    email | email | roos.vandermeer@example.nl | daan.hendriks@example.nl | femke.deboer@example.com
    geboortedatum | dateOfBirth | 1994-05-17 | 2001-11-02 | 1987-08-23
    geslacht | - | V | M | V
    gewijzigd | - | 2024-03-01 12:00:00 | 2024-06-12 08:45:10 | 2025-01-07 19:20:33
  `),
  set({ id: 'nl-personen-adresboek-insert', kind: 'adresboek-app, kolommen van de tabel personen', lang: 'nl', defaultCountry: 'NL', source: 'index:14295415592 (een PHP-endpoint dat personen opslaat)' }, `
    Voornaam | firstName | Lisa | Thijs | Yara
    Achternaam | lastName | Mulder | Bos | Koster
    Straat | address1 | Stationsweg | Vondelstraat | Prinsengracht
    Huisnummer | - | 21 | 104 | 8
    Postcode | postalCode | 2312 AV | 1054 GE | 1015 DP
    Woonplaats | city | Leiden | Amsterdam | Amsterdam
    Telefoonnummer | phone | 06-12345678 | 020-6123987 | 06-87654321
  `),
  set({ id: 'nl-website-aanvragen-beheer-export', kind: 'bedrijfswebsite, export van contact- en health-check-aanvragen', lang: 'nl', defaultCountry: 'NL', source: 'index:61932156758 (een websiteserver met beheerpagina, CSV-export, JavaScript)' }, `
    # "pagina" is the page the form was sent from: not imported.
    datum | - | 2025-10-01T09:14:22Z | 2025-10-02T13:40:05Z | 2025-10-04T20:11:48Z
    soort | - | contact | health check | health check (alleen e-mail)
    naam | name | Wouter Janssen | Eline de Groot | 
    email | email | wouter@janssen-bv.example | eline@degroot.example | info@vdberg.example
    telefoon | phone | 06 12345678 | 020 7654321 | 
    bedrijf | companyName | Janssen BV | De Groot Advies | 
    rol | - | Directeur | HR-manager | 
    antwoorden | - | | 3,4,2,5,1 | 
    bericht | - | Graag een offerte | | 
    pagina | - | /contact | /health-check | /health-check
  `),
  set({ id: 'nl-ledenimport-voorbeeldbestand', kind: 'vereniging, voorbeeldbestand van de ledenimport', lang: 'nl', defaultCountry: 'NL', source: 'index:53178432130 (een beheerpagina met CSV-import van leden, React)' }, `
    voornaam | firstName | Jan | Marie | Kees
    achternaam | lastName | Jansen | Pieters | de Jong
    email | email | jan@example.nl | marie@example.nl | kees.dejong@example.com
    telefoon | phone | 0612345678 | | 0201234567
    geboortedatum | dateOfBirth | 1985-03-15 | | 1972-12-01
    lid_sinds | - | 2024-01-01 | 2024-06-01 | 2019-09-01
    notities | - | Lid sinds 2024 | | Penningmeester
  `),
  set({ id: 'nl-bulk-gebruikers-import-bedrijf', kind: 'klantportaal, bulk-import van gebruikers', lang: 'nl', defaultCountry: 'NL', source: 'index:22527567373 (een beheerpaneel met bulk gebruikersimport, HTML)' }, `
    naam | name | Sophie van Leeuwen | Jeroen Maas | Ilse Brouwer
    email | email | sophie@vanleeuwen.example | jeroen.maas@example.nl | ilse@brouwerbouw.example
    telefoon | phone | 06-23456789 | 010-2345678 | 06-98765432
    bedrijf | companyName | Van Leeuwen Advies | | Brouwer Bouw BV
    notities | - | Nieuwe klant | | Betaalt per kwartaal
  `),
  set({ id: 'nl-klanten-whatsapp-voorkeur', kind: 'planningsapp voor schoonmaakbedrijven, klantgegevens met kanaalvoorkeur', lang: 'nl', defaultCountry: 'NL', source: 'index:69494314556 (een dagplanning die klanten ophaalt, TypeScript)' }, `
    # id is the app's id of the customer: the External ID; telefoon2 is an additional phone.
    id | externalId | 8c1f2a40-1 | 8c1f2a40-2 | 8c1f2a40-3
    naam | name | Fam. Verhoeven | Dhr. Kuipers | Mevr. Lammers
    email | email | verhoeven@example.nl | kuipers@example.nl | 
    telefoon | phone | 06 11223344 | 0347 123456 | 06 99887766
    telefoon2 | additionalPhones | | 06 55443322 | 
    kanaal_voorkeur | - | whatsapp | mail | whatsapp
    wa_toestemming_op | - | 2025-02-01T10:00:00Z | | 2025-03-12T08:30:00Z
    wa_marketing_op | - | | | 2025-03-12T08:30:00Z
    wa_afgemeld_op | - | | | 
  `),
  set({ id: 'nl-klant-tabel-adres-id', kind: 'Belgische klantendatabank, kolommen van de tabel klant', lang: 'nl', defaultCountry: 'BE', source: 'index:71403092787 (een Express-route die klanten met adres opslaat, JavaScript)' }, `
    voornaam | firstName | Wim | Lotte | Jens
    achternaam | lastName | Claes | Wouters | Maes
    email | email | wim.claes@example.be | lotte.wouters@example.be | jens.maes@example.com
    telefoon | phone | 0470 12 34 56 | 03 234 56 78 | 
    adres_id | - | 14 | 15 | 16
    type_klant | - | particulier | bedrijf | particulier
  `),
  // ----------------------------------------------------------------------------------------------------- mixed
  set({ id: 'mixed-wielerclub-leden-export-nl-en', kind: 'cycling club member export, Dutch and English column names', lang: 'mixed', source: 'index:53044920782 (a club app\'s members CSV route, TypeScript)' }, `
    # member_id is the app's id of the member: the External ID; athlete_code (a second id) is not imported.
    member_id | externalId | 5f1c9a2e-01 | 5f1c9a2e-02 | 5f1c9a2e-03
    athlete_code | - | WC-0142 | WC-0187 | WC-0203
    voornaam | firstName | Sem | Julia | Lars
    achternaam | lastName | de Boer | Vermeulen | Kok
    e-mail | email | sem.deboer@example.nl | julia.vermeulen@example.nl | lars.kok@example.com
    role | - | athlete | trainer | athlete; ploegleider
    joined_at | - | 2023-02-14 | 2021-09-01 | 2024-05-20
  `),
  set({ id: 'mixed-gebruikers-tabel-nl-en', kind: 'user table of a Dutch school project (Dutch and English column names)', lang: 'mixed', source: 'index:22000078640 (a registration script inserting into the user table, PHP)' }, `
    # ID is the site's id of the user: the External ID. Username, password hash, gender, rank and the activation flag
    # are not imported.
    Voornaam | firstName | Niels | Sophie | Ruben
    Achternaam | lastName | Willems | Claes | Peters
    E-mail | email | niels.willems@example.nl | sophie.claes@example.be | ruben.peters@example.nl
    ID | externalId | 101 | 102 | 103
    Gebruikersnaam | - | nielsw | sclaes | rubenp
    Wachtwoord | - | $2y$10$Qm1... | $2y$10$Zx8... | $2y$10$Ab3...
    Gender | - | man | vrouw | man
    Rank | - | 1 | 1 | 2
    Activated | - | 1 | 0 | 1
  `),
  set({ id: 'mixed-webshop-users-tabel-nl-en', kind: 'web shop user table (English and Dutch column names)', lang: 'mixed', defaultCountry: 'NL', source: 'index:10834765692 (a shop registration script inserting into users, PHP)' }, `
    # klantid (the shop's customer id) is the External ID.
    username | - | marieke88 | joostv | h.yilmaz
    email | email | marieke88@example.nl | joost.verbeek@example.nl | h.yilmaz@example.com
    password | - | 5f4dcc3b5aa7 | e99a18c428cb | d8578edf8458
    voornaam | firstName | Marieke | Joost | Hakan
    tussenvoegsel | - | | | 
    achternaam | lastName | Dekker | Verbeek | Yılmaz
    straatnaam | address1 | Hoofdstraat | Spoorlaan | Kanaalweg
    huisnummer | - | 45 | 12 | 7
    postcode | postalCode | 3972 LA | 5038 CB | 3526 KL
    woonplaats | city | Driebergen | Tilburg | Utrecht
    land | country | Nederland | Nederland | Nederland
    bedrijfsnaam | companyName | | Verbeek Installatietechniek | 
    telefoonnummer | phone | 0343-512345 | 013-4567890 | 06-11223344
    klantid | externalId | 2001 | 2002 | 2003
  `),
  set({ id: 'mixed-busreis-boekingen-tabel', kind: 'bus travel booking table (Dutch column names with English ids)', lang: 'mixed', defaultCountry: 'NL', source: 'index:56289020318 (a bus trip booking handler, PHP)' }, `
    # telefoon_thuisblijver is the number of someone staying home (an emergency contact): not imported.
    busreis_id | - | 12 | 12 | 14
    tenant_id | - | 3 | 3 | 3
    boeking_ref | - | BR-2026-004211 | BR-2026-004212 | BR-2026-004230
    voornaam | firstName | Gerda | Henk | Ria
    achternaam | lastName | Postma | Veenstra | Smits
    email | email | gerda.postma@example.nl | h.veenstra@example.nl | ria.smits@example.com
    telefoon | phone | 06-12121212 | 0512-345678 | 06-34343434
    adres | address1 | Brink 4 | Parklaan 17 | Hoogstraat 2
    postcode | postalCode | 9401 HS | 9203 AB | 5611 JK
    woonplaats | city | Assen | Drachten | Eindhoven
    telefoon_thuisblijver | - | 0592-123456 | 06-56565656 | 
    aantal_deelnemers | - | 2 | 1 | 2
    halte_id | - | 5 | 7 | 9
    enkelpersoon_toeslag | - | 0 | 1 | 0
    gekozen_opties | - | lunchpakket | | lunchpakket, reisverzekering
    subtotaal | - | 178.00 | 119.00 | 198.00
    reserveringskosten | - | 12.50 | 12.50 | 12.50
    totaal | - | 190.50 | 131.50 | 210.50
    betaal_status | - | open | open | betaald
    status | - | nieuw | nieuw | bevestigd
  `),
  set({ id: 'mixed-mitarbeiter-tabel-personal', kind: 'HR staff table of a German small business app (German and English column names)', lang: 'mixed', defaultCountry: 'DE', source: 'index:56805207959 (a small business admin app\'s staff view, query columns, TypeScript)' }, `
    # id is the app's id of the employee: the External ID; auth_user_id (a second id) is not imported. The
    # emergency contact, tax and social security numbers and the IBAN are not imported. "adresse" is the full
    # address in one line: the Address line.
    id | externalId | 3f9a1c00-1 | 3f9a1c00-2 | 3f9a1c00-3
    vorname | firstName | Sandra | Marko | Lisa
    nachname | lastName | Fuchs | Petrović | Engel
    email | email | sandra.fuchs@example.de | marko.petrovic@example.de | lisa.engel@example.de
    telefon | phone | 0151 23456789 | 0176 98765432 | 0711 223344
    position | - | Filialleitung | Verkauf | Aushilfe
    status | - | aktiv | aktiv | inaktiv
    eintrittsdatum | - | 2019-04-01 | 2022-08-15 | 2024-05-01
    geburtsdatum | dateOfBirth | 1985-06-12 | 1993-02-27 | 2003-10-09
    adresse | address1 | Lindenstraße 4, 70173 Stuttgart | Hauptstr. 88, 70372 Stuttgart | Gartenweg 2, 71032 Böblingen
    sv_nummer | - | 12 120685 F 123 | 65 270293 P 456 | 13 091003 E 789
    steuer_id | - | 12345678901 | 98765432109 | 45678912345
    iban | - | DE89370400440532013000 | DE12500105170648489890 | DE02120300000000202051
    notfall_kontakt | - | Thomas Fuchs 0151 11111111 | | Eltern 0711 998877
    urlaubsanspruch_tage | - | 30 | 28 | 12
    auth_user_id | - | a1b2c3d4 | e5f6a7b8 | 
  `),
  set({ id: 'mixed-loginnamen-tabel-de-en', kind: 'office software user table (German and English column names)', lang: 'mixed', defaultCountry: 'DE', source: 'index:3818963366 (an office suite\'s user registration, SQL insert, PHP)' }, `
    # "mobile" next to the untyped telefon is an additional phone; fax and the signature code (zeichen) are not
    # imported; the login is not imported.
    login | - | mkoenig | sbauer | tlange
    vorname | firstName | Martin | Stefanie | Tim
    nachname | lastName | König | Bauer | Lange
    email | email | m.koenig@example.de | s.bauer@example.de | t.lange@example.de
    telefon | phone | 0391 123450 | 0391 123451 | 0391 123452
    fax | - | 0391 123459 | 0391 123459 | 
    mobile | additionalPhones | 0172 1112233 | | 0160 4445566
    zeichen | - | MK | SB | TL
  `),
];
