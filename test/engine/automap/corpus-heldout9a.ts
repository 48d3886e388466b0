// The ninth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch and
// mixed-language files; the other half, corpus-heldout9b.ts, holds Spanish, Portuguese, French and Italian): 54 header
// sets (621 columns, 284 of them expected to map; 28 English, 13 German, 10 Dutch, 3 mixed; 2 files without a header
// row, 3 with title, statistics and blank lines above it; 10 sets of 20 to 33 columns) from sources none of the other
// parts use, found in the public code index (CSV files and templates, importer tests and fixtures, export writers and
// their documentation) and written down, with the mapping a careful person would choose by the field definitions and the
// issue's rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the
// index file the header text was read from (the index does not name its repository); the kind says what the file
// is. Sample values are made up in the shape of each file's own (no personal data or example rows from the sources
// are copied).
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
// Where these are silent, a set says in a comment what was chosen and why.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout9' }, table);
/** A header the table format cannot hold (a line starting with "#" is a comment there), put back after parsing. */
const withHeader = (s: CorpusSet, column: number, header: string): CorpusSet => ({ ...s, headers: s.headers.map((h, i) => (i === column ? header : h)) });

export const HELDOUT9A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-ph-org-members-export-wide', kind: 'Philippine organisation member export from a mobile app (25 columns: record and group ids, role, middle name, coordinates, two address lines, barangay, municipality, province, birth date, gender, zip code, emergency contact, status and timestamps)', lang: 'en', defaultCountry: 'PH', source: 'index:66467946966 (an Android app\'s member CSV export writer, Java)' }, `
    # ID is the member record's own id in the app: another system's id of this person.
    ID | externalId | 214 | 215
    Group ID | - | 12 | 12
    Role | - | Member | Leader
    First Name | firstName | Rowena | Danilo
    Middle Name | - | Abad | Cruz
    Last Name | lastName | Macaraeg | Santiago
    Lat | - | 14.5995 | 14.6042
    Lon | - | 120.9842 | 121.0012
    Address1 | address1 | 23 Mabini St | Blk 4 Lot 9 Camella Homes
    Address2 | - | | Phase 2
    Barangay | - | San Roque | Sto. Niño
    Municipality | city | Marikina | Marikina
    Province | state | Metro Manila | Metro Manila
    Birth Date | dateOfBirth | 1991-03-18 | 1985-11-02
    Gender | - | Female | Male
    Zip Code | postalCode | 1800 | 1800
    Email | email | rowena.macaraeg@example.ph | danilo.santiago@example.com
    Phone Number | phone | 09171234501 | 09281234502
    Emergency Contact Name | - | Lito Macaraeg | Ana Santiago
    Emergency Contact No | - | 09170000111 | 09280000222
    Status | - | active | active
    Created At | - | 2026-02-11 08:15:02 | 2026-02-11 08:20:44
    Updated At | - | 2026-03-01 10:02:19 | 2026-02-11 08:20:44
    Deleted At | - | |
    Deleted By | - | |
  `),
  set({ id: 'en-ticket-invoices-import-billing-only', kind: 'event ticket invoice import (invoice number, billing name and phone only, ticket and discount totals, amount paid, fees, tax, discount code)', lang: 'en', source: 'index:56103936307 (a community theatre app\'s invoice import service test)' }, `
    # The billing name and phone are the only columns of the person: billing is mapped (nothing of their own).
    Invoice Number | - | INV-20418 | INV-20419
    Billing First Name | firstName | Maureen | Theo
    Billing Last Name | lastName | Caldwell | Brandt
    Billing Phone | phone | (608) 555-0143 | 608-555-0177
    Ticket Total | - | $120.00 | $45.00
    Discount Total | - | $10.00 | $0.00
    Amount Paid | - | $110.00 | $45.00
    Fees | - | 4.50 | 1.80
    Tax | - | 0 | 0
    Discount Code | - | FRIENDS10 |
  `),
  set({ id: 'en-checkout-profiles-template-billing', kind: 'checkout automation profile template (profile label, shipping-style own address with house number apart and a second line, then a full billing group)', lang: 'en', defaultCountry: 'DE', source: 'index:29584920452 (a sneaker bot\'s embedded profile CSV template, Go)' }, `
    # The first group is the person's own address; the billing group beside it is never mapped over it.
    Profile Name | - | Main | Office
    First Name | firstName | Jonas | Lea
    Last Name | lastName | Krüger | Winter
    Mobile Number | phone | +49 151 23456789 | +49 176 98765432
    Address | address1 | Bergstraße | Kaiserallee
    Address 2 | - | | Hinterhaus
    House Number | - | 14 | 7a
    City | city | Heidelberg | Karlsruhe
    State | state | BW | BW
    ZIP | postalCode | 69115 | 76133
    Country | country | DE | DE
    Billing First Name | - | Jonas | Lea
    Billing Last Name | - | Krüger | Winter
    Billing Mobile Number | - | +49 151 23456789 | +49 176 98765432
    Billing Address | - | Bergstraße | Amalienstraße
    Billing Address 2 | - | |
    Billing Address 3 | - | |
    Billing House Number | - | 14 | 31
    Billing City | - | Heidelberg | Karlsruhe
    Billing State | - | BW | BW
    Billing ZIP | - | 69115 | 76133
    Billing Country | - | DE | DE
  `),
  set({ id: 'en-support-center-contacts-table-wide', kind: 'support center contacts table as exported from an Access database (33 columns: contact id, empty filler columns, source, vendor, salutation, customer name, gender, two address lines, time zone, phone, alternate phone, extension, mobile, pager, department, title, assistant, reachability flags, contact method, creating employee)', lang: 'en', source: 'index:36031873383 (a reporting tool\'s schema test listing the support database\'s tables)' }, `
    # Vendor Name is the partner brand the customer bought through, not the customer's employer. Employee ID is the
    # agent who created the record. Pager: not a phone to keep (older parts leave it out).
    Contact ID | contactId | 1048812 | 1048813
    Empty | - | |
    Source | source | Web Chat | Phone
    Vendor Name | - | PC Partners | Office Depot
    Salutation | - | Mr. | Ms.
    Customer Name | name | Gary Holcomb | Denise Orr
    Gender | - | M | F
    Address 1 | address1 | 4410 Birchwood Ln | 18 W Maple Ave
    Address 2 | - | | Apt 3C
    City | city | Greensboro | Naperville
    Empty 2 | - | |
    State | state | NC | IL
    Country | country | USA | USA
    Postal Code | postalCode | 27410 | 60540
    Time Zone | - | EST | CST
    Email | email | gholcomb@example.net | denise.orr@example.com
    Phone | phone | 336-555-0148 | 630-555-0119
    Alt Phone | additionalPhones | 336-555-0177 |
    Ext | - | | 204
    Mobile | additionalPhones | | 630-555-0162
    Pager | - | |
    Dept | - | | Accounting
    Title | - | | Office Manager
    Assistant Name | - | | Carla Nunez
    Reachable by Phone | - | Y | Y
    Reachable by Email | - | Y | N
    Reachable by Pager | - | N | N
    Reachable by Mobile | - | N | Y
    Contact Method | - | Phone | Email
    Insert From | - | Chat | IVR
    Created Date | - | 2010-11-04 09:12:00 | 2010-11-04 09:40:00
    Employee ID | - | E2291 | E1877
    F33 | - | |
  `),
  set({ id: 'en-class-program-students-export', kind: 'class program student export (student contact, parent and emergency contact groups, waiver, first class, payment and scholarship, sponsor, registration date)', lang: 'en', source: 'index:42785983174 (a youth program\'s admin export route, Express)' }, `
    First Name | firstName | Jaylen | Amara
    Last Name | lastName | Brooks | Okafor
    Email | email | jaylen.brooks@example.com |
    Phone | phone | (404) 555-0121 |
    Date of Birth | dateOfBirth | 2011-06-14 | 2012-09-30
    Parent Name | - | Tanya Brooks | Chidi Okafor
    Parent Email | - | tanya.brooks@example.com | chidi.okafor@example.net
    Parent Phone | - | (404) 555-0188 | (678) 555-0135
    Emergency Contact Name | - | Ron Brooks | Ngozi Okafor
    Emergency Contact Phone | - | (404) 555-0190 | (678) 555-0170
    Emergency Contact Relation | - | Uncle | Aunt
    Waiver Signed | - | true | true
    Waiver Signed Date | - | 2026-01-09 | 2026-01-12
    First Class Taken | - | true | false
    First Class Date | - | 2026-01-14 |
    Payment Status | - | paid | scholarship
    Scholarship Status | - | none | approved
    Scholarship Amount | - | 0 | 150
    Sponsor Name | - | | Eastside Rotary
    Registration Date | - | 2026-01-08 | 2026-01-11
  `),
  set({ id: 'en-school-students-export-parent', kind: 'school student export (student id, grade, gender, parent name and email, contact number, one-line address)', lang: 'en', defaultCountry: 'IN', source: 'index:3051964767 (a school management system\'s student CSV export, Spring)' }, `
    # "Contact Number" carries no owner in its name (the parent's columns say "Parent"): taken as the student's row
    # phone. The one-line address is the street line, as older parts take "Address".
    Student ID | externalId | STU2026014 | STU2026015
    Name | name | Aarav Sharma | Ishita Rao
    Grade | - | 7 | 9
    Date of Birth | dateOfBirth | 2013-04-21 | 2011-12-05
    Gender | - | Male | Female
    Parent Name | - | Rohit Sharma | Kavya Rao
    Parent Email | - | rohit.sharma@example.in | kavya.rao@example.com
    Contact Number | phone | 98450 12345 | +91 99001 54321
    Address | address1 | 12 MG Road, Indiranagar | 45 3rd Cross, Jayanagar
  `),
  set({ id: 'en-youth-sports-players-export', kind: 'youth sports club player export (full name, birth date, sports played, registration date and period, parent columns)', lang: 'en', source: 'index:26118910535 (a sports club admin page\'s player CSV export, React)' }, `
    # Sports is what the player signed up for, not a label of the contact: not imported.
    Player Name | name | Mason Reid | Lily Tran
    Email | email | mason.reid@example.com |
    Phone | phone | 512-555-0134 |
    Birth Date | dateOfBirth | 03/14/2012 | 08/02/2013
    Sports | - | Soccer, Basketball | Volleyball
    Registration Date | - | 01/05/2026 | 01/09/2026
    Registration Period | - | Spring 2026 | Spring 2026
    Parent Name | - | Karen Reid | Minh Tran
    Parent Email | - | karen.reid@example.com | minh.tran@example.net
    Parent Phone | - | 512-555-0190 | 737-555-0112
  `),
  set({ id: 'en-theatre-cast-bios-export', kind: 'youth theatre cast bio export (show, role, age, grade, bio text, the family\'s parent name and email, submitted time)', lang: 'en', source: 'index:52922802430 (a youth theatre app\'s bio export route, Next.js)' }, `
    Show | - | Annie Jr. | Annie Jr.
    First Name | firstName | Sophie | Elias
    Last Name | lastName | Grant | Moreno
    Role | - | Annie | Warbucks
    Age | - | 11 | 13
    Grade | - | 6 | 8
    Bio | - | Sophie loves to sing and dance. | Elias is in his third show with us.
    Parent Name | - | Rachel Grant | Luis Moreno
    Parent Email | - | rachel.grant@example.com | lmoreno@example.net
    Submitted | - | 2026-02-03T18:22:10Z | 2026-02-04T07:45:31Z
  `),
  set({ id: 'en-team-roster-import-guardians', kind: 'team roster import (player name and jersey number, parent name, email, phone and relation, another adult contact)', lang: 'en', source: 'index:55363080340 (a team app\'s roster CSV import planner test)' }, `
    # Only the player's name is the player's own; the parent and the other adult ("Contact ...") are other people.
    Name | name | Tessa Gruber | Malik Johnson
    Number | - | 7 | 23
    Parent Name | - | Heidi Gruber | Andre Johnson
    Parent Email | - | heidi.gruber@example.com | andre.johnson@example.com
    Parent Phone | - | 720-555-0116 | 720-555-0183
    Parent Relation | - | Mother | Father
    Contact Name | - | Paul Gruber | Denise Carter
    Contact Email | - | paul.gruber@example.com | denise.carter@example.com
    Contact Phone | - | 720-555-0129 | 303-555-0140
  `),
  set({ id: 'en-networking-contacts-app-export', kind: 'networking contacts app export (full name, company, job title, status, date and place met, notes)', lang: 'en', source: 'index:69200045026 (a business card and networking app\'s CSV export, Kotlin)' }, `
    Name | name | Dilnoza Karimova | Ben Hartley
    Company | companyName | Silk Road Logistics | Hartley & Co
    Job Title | - | Head of Partnerships | Founder
    Email | email | dilnoza@silkroad.example.uz | ben@hartley.example.com
    Phone | phone | +998 90 123 45 67 | +44 7700 900123
    Status | - | Follow up | Met
    Date Met | - | 2026-04-18 | 2026-04-19
    Location Met | - | Tashkent Startup Expo | Tashkent Startup Expo
    Notes | - | Wants a demo in May | Intro via Aziz
  `),
  set({ id: 'en-outreach-people-csv-linkedin', kind: 'sales outreach people CSV as a playbook tells the user to type it (name, company, job title, email, phone, LinkedIn profile)', lang: 'en', source: 'index:70278092576 (an outreach tool\'s playbook document generator)' }, `
    Name | name | Colette Marchand | Ravi Subramanian
    Company | companyName | Quarry Lane Software | Bluegill Data
    Job Title | - | VP Engineering | Head of Data
    Email | email | colette@quarrylane.example | ravi.s@bluegill.example
    Phone | phone | +1 415 555 0148 | +1 646 555 0172
    LinkedIn | - | https://www.linkedin.com/in/colette-marchand-example | https://www.linkedin.com/in/ravisub-example
  `),
  set({ id: 'en-business-card-scanner-export', kind: 'business card scanner export (name, company, job title, website, one-line street, city, state, zip, country, notes)', lang: 'en', source: 'index:36977737745 (a card scanner app\'s architecture document with its CSV header)' }, `
    Name | name | Gwen Albright | Tomás Ruiz
    Company | companyName | Albright Legal | Ruiz Landscaping
    Job Title | - | Partner | Owner
    Email | email | gwen@albrightlegal.example.com | tomas@ruizlandscaping.example.com
    Phone | phone | (503) 555-0182 | 503.555.0109
    Website | website | https://albrightlegal.example.com | ruizlandscaping.example.com
    Address | address1 | 800 SW Broadway Suite 400 | 2231 NE Alberta St
    City | city | Portland | Portland
    State | state | OR | OR
    Zip | postalCode | 97205 | 97211
    Country | country | USA | USA
    Notes | - | Met at bar association lunch | Quote for spring cleanup
  `),
  set({ id: 'en-netsuite-contacts-export-internal-ids', kind: 'NetSuite contact search export (the contact\'s internal id and the company\'s, name as "Company: Person", company, job title, phone and mobile, inactive flag, date created)', lang: 'en', source: 'index:66546055013 (a CRM importer\'s NetSuite contacts test, Python)' }, `
    # The export repeats "Internal ID": the first is the contact's own NetSuite id, the second the company's.
    Internal ID | externalId | 40211 | 40212
    Internal ID | - | 2217 | 3085
    Name | name | 2217 Harbor Plumbing: Keith Morrow | 3085 Summit Electric: Alicia Ferris
    Company | companyName | Harbor Plumbing | Summit Electric
    Job Title | - | Project Manager | Purchasing
    Email | email | kmorrow@harborplumbing.example.com | alicia.f@summitelectric.example.com
    Phone | phone | (813) 555-0162 | (727) 555-0120
    Mobile Phone | additionalPhones | (813) 555-0191 |
    Inactive | - | No | No
    Date Created | - | 3/14/2024 9:02 am | 11/2/2025 4:40 pm
  `),
  set({ id: 'en-trade-show-lead-capture-export', kind: 'trade show lead capture app export (lead id, full name, company, deal value, category, source, preferred contact and follow-up, notes, tags, the staff member who captured it, created time)', lang: 'en', source: 'index:71036875445 (a lead capture app\'s CSV export repository, Kotlin)' }, `
    # ID is the lead's id in the capture app: the External ID. "Captured By" is the sales rep the lead belongs to:
    # taken as the Contact owner. Category is a label: Tags, as the Tags column beside it.
    ID | externalId | 17 | 18
    Full Name | name | Helena Brandt | Marcus Yeo
    Company | companyName | Brandt Maschinenbau | Yeo Packaging Pte Ltd
    Job Title | - | Procurement Lead | Director
    Email | email | h.brandt@brandt-mb.example.de | marcus@yeopack.example.sg
    Phone | phone | +49 711 555 0143 | +65 6555 0192
    Status | - | Qualified | New
    Deal Value ($) | - | 25000 | 8000
    Category | tags | Manufacturing | Packaging
    Source | source | Booth visit | Badge scan
    Preferred Contact | - | Email | Phone
    Follow-up | - | 2026-05-20 |
    Notes | - | Needs quote for 3 lines | Call after trade fair
    Tags | tags | hot;DACH | APAC
    Captured By | owner | Sarah Klein | Daniel Ong
    Created At | - | 2026-05-12 10:41 | 2026-05-12 14:05
  `),
  set({ id: 'en-contact-service-import-name-and-parts', kind: 'contact service CSV import test (full name beside first and last name, company, job title, notes)', lang: 'en', source: 'index:62904529858 (an email resolver\'s contact CSV import test, Python)' }, `
    Name | name | Rosalind Achebe | Gareth Pugh
    First Name | firstName | Rosalind | Gareth
    Last Name | lastName | Achebe | Pugh
    Company | companyName | Kestrel Freight | Pugh Joinery
    Job Title | - | Operations Director | Owner
    Email | email | r.achebe@kestrelfreight.example.com | gareth@pughjoinery.example.co.uk
    Phone | phone | 617-555-0131 | +44 29 2055 0164
    Notes | - | Referred by Dana | Wants a callback
  `),
  set({ id: 'en-contacts-app-export-display-name', kind: 'personal contacts app export (first, last and display name, company, job title, first email and phone of each contact, notes)', lang: 'en', source: 'index:19317300456 (a contacts app\'s CSV export route, Drizzle)' }, `
    First Name | firstName | Nadia | Oscar
    Last Name | lastName | Haddad | Lindqvist
    Display Name | name | Nadia Haddad | Oscar L.
    Company | companyName | Cedar Health | 
    Job Title | - | Pharmacist | 
    Email | email | nadia.haddad@example.com | oscar.lindqvist@example.se
    Phone | phone | +1 313 555 0176 | +46 70 123 45 67
    Notes | - | Pharmacy on 5th | Climbing buddy
  `),
  set({ id: 'en-pickleball-event-attendees-paste', kind: 'ticketing platform attendee report pasted into a tournament tool (date created, order, purchaser user and attendee ids, attendee name, status, ticket class and price, guest and check-in flags, partner names, level question)', lang: 'en', source: 'index:65764473345 (a tournament seeding tool\'s paste form placeholder)' }, `
    Date Created | - | 2026-04-11 | 2026-04-12
    Order ID | - | 5518203347 | 5518209911
    Purchaser User ID | - | 7720193 | 7720548
    Attendee ID | - | 1290044871 | 1290045102
    Attendee First Name | firstName | Denise | Hector
    Attendee Last Name | lastName | Farrow | Quinones
    Status | - | Attending | Attending
    Ticket Class | - | Women's Doubles | Men's Doubles
    Ticket Class Price | - | 60.00 | 60.00
    Is Guest | - | No | No
    Checked in | - | Yes | No
    Checked in Date | - | 2026-04-25 08:41 |
    Name of partner(s) | - | Gloria Mendes | Ray Ostrowski
    I am registered to play in a tournament at this level. | - | 4.0 | 3.5
  `),
  set({ id: 'en-conference-attendees-sample', kind: 'conference attendee list sample for a contact import (attendee name and email, company, order date)', lang: 'en', source: 'index:71206824804 (a relationship app\'s import source presets)' }, `
    Attendee First Name | firstName | Priscilla | Ken
    Attendee Last Name | lastName | Owusu | Tanaka
    Attendee Email | email | priscilla.owusu@example.com | ken.tanaka@example.jp
    Company | companyName | Brightline Media | Tanaka Robotics
    Order Date | - | 2026-03-20 | 2026-03-19
  `),
  set({ id: 'en-ticketing-attendees-export-wide', kind: 'ticketing platform attendee export (27 columns: order id and date, attendee name and email, phone, the purchaser\'s city, state and country, event details, ticket quantity, tier, type, currency and price, buyer name and email, seating, barcode)', lang: 'en', source: 'index:61063335343 (a meditation app\'s invitation test script writing the export header)' }, `
    # The purchaser's city, state and country and the buyer's name and email describe the buyer, who may be
    # another person than the attendee: not imported.
    Order ID | - | 7741203391 | 7741203392
    Order date | - | 2026-01-05 12:00:00 | 2026-01-06 08:31:10
    Attendee first name | firstName | Renee | Victor
    Attendee last name | lastName | Alvarez | Chen
    Attendee email | email | renee.alvarez@example.com | victor.chen@example.net
    Phone number | phone | (619) 555-0134 |
    Purchaser city | - | San Diego | Chula Vista
    Purchaser state | - | CA | CA
    Purchaser country | - | US | US
    Event name | - | Sound Bath Evening | Sound Bath Evening
    Event ID | - | 881203 | 881203
    Event start date | - | 2026-02-01 | 2026-02-01
    Event start time | - | 18:00:00 | 18:00:00
    Event timezone | - | America/Los_Angeles | America/Los_Angeles
    Event location | - | North Park Studio | North Park Studio
    Ticket quantity | - | 1 | 2
    Ticket tier | - | | Early bird
    Ticket type | - | General | General
    Currency | - | USD | USD
    Ticket price | - | 25.00 | 20.00
    Buyer first name | - | Renee | Lin
    Buyer last name | - | Alvarez | Chen
    Buyer email | - | renee.alvarez@example.com | lin.chen@example.net
    Seating location 1 | - | | 
    Seating location 2 | - | |
    Seating location 3 | - | |
    Barcode number | - | 774120339100101 | 774120339200101
  `),
  set({ id: 'en-bootcamp-event-attendees-admin-export', kind: 'coding school event attendee admin export (attendance id, email, attendee first, last and full name, event id, slug and title, academy, status, created and attended times, UTM source, medium and campaign)', lang: 'en', source: 'index:15650386056 (an education platform\'s admin CSV export documentation)' }, `
    ID | - | 3021 | 3022
    Email | email | luis.pena@example.com | hana.suzuki@example.com
    Attendee First Name | firstName | Luis | Hana
    Attendee Last Name | lastName | Peña | Suzuki
    Attendee Name | name | Luis Peña | Hana Suzuki
    Event ID | - | 318 | 318
    Event Slug | - | intro-to-sql | intro-to-sql
    Event Title | - | Intro to SQL Night | Intro to SQL Night
    Academy | - | Madrid | Online
    Status | - | DONE | PENDING
    Created At | - | 2026-02-03 17:48:12 | 2026-02-04 09:02:41
    Attended At | - | 2026-02-10 19:05:33 |
    UTM Source | source | google | instagram
    UTM Medium | - | cpc | social
    UTM Campaign | - | sql-night | spring-launch
  `),
  set({ id: 'en-attendees-to-identities-test', kind: 'event attendee CSV turned into identity records (order id, attendee name and email, phone, purchaser city and state)', lang: 'en', source: 'index:68982458277 (a badge scanner\'s conversion script test, Node)' }, `
    # Purchaser columns are the buyer's, as in en-ticketing-attendees-export-wide: not imported.
    Order ID | - | 90311 | 90318
    Attendee first name | firstName | Marisol | Derek
    Attendee last name | lastName | Ortega | Fine
    Attendee email | email | marisol.ortega@example.com | derek.fine@example.org
    Phone number | phone | 555-0111 | (312) 555-0164
    Purchaser city | - | Austin | Chicago
    Purchaser state | - | TX | IL
  `),
  set({ id: 'en-cold-mail-recipients-noheader', kind: 'cold email recipient list without a header row (first name, company, email)', lang: 'en', noHeader: true, source: 'index:67140347062 (a cold mail sender script reading its recipients CSV, Python)' }, `
    "" | firstName | Aisha | Brendan | Mei
    "" | companyName | Lumen Labs | Crate & Barrel Co | Tidewater Analytics
    "" | email | aisha@lumenlabs.example.com | brendan.k@crate.example.com | mei@tidewater.example.io
  `),
  set({ id: 'en-wedding-rsvp-export-statistics-above', kind: 'wedding RSVP export with a statistics block, a blank line and a "Guest List" line above the guest headers (group, RSVP status, accompanying persons, accommodation, special requests)', lang: 'en', source: 'index:19425732138 (a wedding site\'s admin export, Node)', above: [['Wedding Statistics'], ['Total Guests', '86'], ['Accepted', '52'], ['Declined', '9'], ['Pending', '25'], ['Needs Accommodation', '12'], ['Vegetarian', '7'], ['Vegan', '2'], ['Gluten-free', '3'], ['Dairy-free', '1'], ['With Allergies', '4'], [''], ['Guest List']] }, `
    First Name | firstName | Eleanor | Sam
    Last Name | lastName | Whitcombe | Osei
    Email | email | eleanor.whitcombe@example.co.uk | sam.osei@example.com
    Phone | phone | +44 7700 900456 | +44 7700 900789
    Group | tags | Bride's family | University friends
    RSVP Status | - | accepted | pending
    Accompanying Persons | - | 1 | 0
    Needs Accommodation | - | true | false
    Special Requests | - | Vegetarian | 
  `),
  set({ id: 'en-event-checkin-report-sections-above', kind: 'event check-in CSV report with an event header block, a metrics block and a "GUEST LIST" line above the headers (table number, others, status, created and checked-in times, "N/A" fillers)', lang: 'en', defaultCountry: 'NG', source: 'index:30254754125 (an invitation app\'s event page report download, React)', above: [['EVENT REPORT'], ['Event Name: Adebayo Wedding Reception'], ['Event Date: 2026-06-13'], ['Report Generated: 6/14/2026'], [''], ['METRICS SUMMARY'], ['Total Guests: 3'], ['Checked-in Guests: 2'], ['Unchecked Guests: 1'], ['Check-in Rate: 67%'], [''], ['GUEST LIST']] }, `
    Name | name | Tolu Adebayo | Chinedu Obi | Funmi Bello
    Table No | - | 4 | 12 | N/A
    Others | - | N/A | Wife | N/A
    Email | email | tolu.adebayo@example.com | N/A | funmi.bello@example.ng
    Phone | phone | 08031234567 | +2348029876543 | N/A
    Status | - | Checked In | Checked In | Pending
    Created At | - | 2026-05-30T10:12:44.000Z | 2026-05-31T08:02:10.000Z | 2026-06-01T19:45:00.000Z
    Checked In At | - | 6/13/2026, 4:12:05 PM | 6/13/2026, 4:40:51 PM | Not Checked In
  `),
  set({ id: 'en-macaron-shop-customers-export', kind: 'bakery e-commerce admin customer export (customer id, loyalty tier and points, total spent, order count, joined date)', lang: 'en', defaultCountry: 'PH', source: 'index:67142607721 (a macaron shop\'s admin CSV export API route)' }, `
    ID | externalId | 1042 | 1043
    First Name | firstName | Bea | Carlo
    Last Name | lastName | Lim | Reyes
    Email | email | bea.lim@example.com | carlo.reyes@example.ph
    Phone | phone | 0917 555 0142 |
    Tier | - | Gold | Bronze
    Points | - | 1280 | 40
    Total Spent | - | 12850.00 | 420.00
    Orders Count | - | 14 | 1
    Joined Date | - | 2025-08-19T03:12:44.000Z | 2026-04-02T11:40:05.000Z
  `),
  set({ id: 'en-za-shop-customers-migration-sample', kind: 'South African hardware store customer sample in a Shopify-style layout for a migration tool (company, one-line street with suburb, total spent, order count, tags)', lang: 'en', defaultCountry: 'ZA', source: 'index:61919436034 (a point-of-sale migration tool\'s sample files per source platform)' }, `
    First Name | firstName | Thabo | Annelie
    Last Name | lastName | Nkosi | van Wyk
    Email | email | thabo@nkosibuild.example.co.za | annelie.vanwyk@example.co.za
    Phone | phone | +27825550143 | 083 555 0198
    Company | companyName | Nkosi Building Supplies | 
    Address1 | address1 | 7 Rivonia Rd Sandton | 21 Kloof St Gardens
    Total Spent | - | 18900.00 | 2450.50
    Orders Count | - | 6 | 2
    Tags | tags | Contractor, Gold | Retail
  `),
  withHeader(set({ id: 'en-mail-contacts-import-simple-csv-wide', kind: 'email service contact import test file (20 columns: email header with a trailing space, nickname, organisation, birthday, home, work and mobile phones, city, state, zip, country, job title, personal and business web pages, group membership, time zone, notes, a stray "home" column)', lang: 'en', source: 'index:7128661814 (an encrypted mail service\'s contact import modal test)' }, `
    # Typed phones only: the mobile is the main phone, home and work additional. The personal web page is the
    # person's site; the business website is the company's: not imported.
    first name | firstName | Dwight | Harriet | Omar
    last name | lastName | Pruitt | Vance | Saleh
    # The source's header is "email-address " with a trailing space (put back by withHeader).
    email-address | email | dwight.pruitt@example.com | harriet@example.co.uk | omar.saleh@example.org
    nickname | - | | Hattie |
    organization | companyName | Pruitt Surveying | Vance Kites Ltd |
    birthday | dateOfBirth | | 1984-03-09 |
    home phone | additionalPhones | 918-555-0137 | |
    work phone | additionalPhones | | (44)1904555012 |
    mobile phone | phone | | (44)7700900321 | +1 313 555 0188
    city | city | Tulsa | York | Dearborn
    state | state | OK | North Yorkshire | MI
    zip | postalCode | 74103 | YO1 7HH | 48126
    country | country | USA | UK | USA
    Job title | - | Surveyor | |
    personal web page | website | | https://hattie.example.co.uk |
    business website | - | | www.vancekites.example |
    group membership | tags | | Kite club | Family
    Timezone | - | GMT-6 | GMT |
    notes | - | | Prefers email |
    home | - | | |
  `), 2, 'email-address '),
  set({ id: 'en-eg-pos-customers-report-statistics-above', kind: 'point-of-sale customers report CSV with a statistics block and a blank line above the headers (customer id, name in Arabic script, total spent, order count, active flag, created time)', lang: 'en', defaultCountry: 'EG', source: 'index:20983618691 (a POS backend\'s reports API documentation)', above: [['Statistics'], ['Total Customers', '2'], ['Active Customers', '2'], ['Total Spent', '512.500'], ['']] }, `
    ID | externalId | 1 | 2
    Name | name | يوسف إبراهيم | سارة علي
    Email | email | | sara.ali@example.com
    Phone | phone | 01005550147 | 01115550123
    Total Spent | - | 0.000 | 512.500
    Orders Count | - | 0 | 1
    Active | - | Yes | Yes
    Created At | - | 2026-03-02 10:14:55 | 2026-03-05 18:20:02
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-pflegedienst-kunden-export', kind: 'home care service customer export (customer id, care grade, legal paragraph, active flag, created date)', lang: 'de', defaultCountry: 'DE', source: 'index:66654964006 (a care service\'s admin backup route writing the customer CSV)' }, `
    ID | externalId | 57 | 58
    Vorname | firstName | Gisela | Werner
    Nachname | lastName | Hartmann | Kühn
    Straße | address1 | Lindenstraße 12 | Am Mühlbach 3
    PLZ | postalCode | 33602 | 33605
    Ort | city | Bielefeld | Bielefeld
    Telefon | phone | 0521 1234567 | 0171 9876543
    Pflegegrad | - | 2 | 3
    Paragraph | - | §45b | §36
    Aktiv | - | Ja | Nein
    Angelegt am | - | 03.02.2026 | 11.02.2026
  `),
  set({ id: 'de-schule-benutzer-import-ucs', kind: 'school user import as a school directory server documents it (school, classes, description, phone, email)', lang: 'de', defaultCountry: 'DE', source: 'index:44360329087 (a school server\'s import HTTP API manual, German edition)' }, `
    Schule | - | gym-nord | gym-nord
    Vorname | firstName | Lena | Tobias
    Nachname | lastName | Schröder | Aydin
    Klassen | - | 7a | 9b,9c
    Beschreibung | - | Schülerin | Schüler
    Telefon | phone | 040 5551234 |
    EMail | email | lena.schroeder@example.de | t.aydin@example.de
  `),
  set({ id: 'de-chor-mitglieder-json-csv', kind: 'choir member files merged into one CSV (family name first, house number apart, honour flags, timestamp)', lang: 'de', defaultCountry: 'DE', source: 'index:35479589058 (a club\'s shell script merging member JSON files into a CSV)' }, `
    Nachname | lastName | Vogel | Schulte
    Vorname | firstName | Margarete | Heinz
    Geburtsdatum | dateOfBirth | 1958-05-17 | 1949-10-02
    E-Mail | email | m.vogel@example.de |
    Telefon | phone | 02931 55123 | 0151 22334455
    Straße | address1 | Kirchweg | Auf der Höhe
    Hausnummer | - | 4 | 17a
    PLZ | postalCode | 59821 | 59823
    Ort | city | Arnsberg | Arnsberg
    MTA | - | ja | nein
    25Jahre | - | ja | ja
    40Jahre | - | nein | ja
    Timestamp | - | 2026-03-02T19:14:05 | 2026-03-02T19:20:41
  `),
  set({ id: 'de-bootsservice-betriebe-osm', kind: 'boat service business list built from map data (business name, house number apart, country, email, phone, website, product categories)', lang: 'de', defaultCountry: 'DE', source: 'index:57164467292 (a boat care app\'s business export script, Python)' }, `
    # The rows are businesses, so "Name" is the company name. The product categories label each business: Tags.
    Name | companyName | Yachtservice Ostsee GmbH | Bootswerft Lindner
    Straße | address1 | Hafenstraße | Seestraße
    Hausnummer | - | 8 | 21
    PLZ | postalCode | 23570 | 82340
    Ort | city | Lübeck | Feldafing
    Land | country | Deutschland | Deutschland
    Email | email | info@yachtservice-ostsee.example.de |
    Telefonnummer | phone | +49 4502 555120 | +49 8157 555431
    Website | website | https://yachtservice-ostsee.example.de | http://www.bootswerft-lindner.example.de
    Produktkategorien | tags | Reparatur;Winterlager | Reparatur;Bootsbau
  `),
  set({ id: 'de-kaufvertrag-vertragspartner', kind: 'purchase contract parties list (seller or buyer role, ID card number, house number apart)', lang: 'de', defaultCountry: 'DE', source: 'index:7925783872 (a contract generator\'s party CSV writer, Java)' }, `
    Vertragspartner | - | Verkäufer | Käufer
    Vorname | firstName | Stefan | Miriam
    Nachname | lastName | Ebert | Gül
    Ausweisnummer | - | L01X00T47 | T22000129
    Straße | address1 | Rosenweg | Goethestraße
    Hausnummer | - | 5 | 112
    PLZ | postalCode | 04109 | 04315
    Ort | city | Leipzig | Leipzig
  `),
  set({ id: 'de-rechnungsprogramm-kunden-ustid', kind: 'invoicing program customer file (customer number, company, house number apart, VAT id)', lang: 'de', defaultCountry: 'DE', source: 'index:5132499512 (an invoicing desktop app\'s customer CSV writer, C#)' }, `
    Kundennummer | externalId | K1001 | K1002
    Vorname | firstName | Ralf | Sabine
    Nachname | lastName | Dörr | Kessler
    Firma | companyName | Dörr Elektrotechnik | 
    Email | email | r.doerr@doerr-elektro.example.de | sabine.kessler@example.de
    Telefon | phone | 06221 555780 | 0170 5551234
    Straße | address1 | Industriestraße | Blumenstraße
    Hausnummer | - | 22 | 3
    PLZ | postalCode | 69115 | 69120
    Ort | city | Heidelberg | Heidelberg
    UStID | - | DE123456789 |
  `),
  set({ id: 'de-ch-kontakte-import-typ-wide', kind: 'Swiss contact manager import for customers, staff and apprentices (25 columns: type, salutation, title, birth date, gender, business phone and mobile, status, department, AHV number, address, nationality, entry and exit dates, workload, role, cadre level, business address, apprenticeship years)', lang: 'de', defaultCountry: 'CH', source: 'index:61474651961 (a vocational school contact manager\'s CSV importer comment, C#)' }, `
    # Typed phones only (business and mobile): the mobile is the main phone. The business address is the alternate
    # group and is not imported.
    Typ | - | Kunde | Mitarbeiter
    Anrede | - | Frau | Herr
    Titel | - | Dr. |
    Vorname | firstName | Regula | Beat
    Nachname | lastName | Zürcher | Brunner
    Geburtsdatum | dateOfBirth | 12.04.1975 | 03.09.1988
    Geschlecht | - | weiblich | männlich
    TelefonGeschaeft | additionalPhones | 044 555 12 34 | 031 555 66 77
    Mobiltelefon | phone | 079 555 12 34 | 078 555 98 76
    EMail | email | regula.zuercher@example.ch | beat.brunner@example.ch
    Status | - | aktiv | aktiv
    Abteilung | - | | Logistik
    AhvNummer | - | | 756.1234.5678.97
    Adresse | address1 | | Bahnhofstrasse 5
    Postleitzahl | postalCode | | 3011
    Wohnort | city | | Bern
    Nationalitaet | - | | CH
    Eintrittsdatum | - | | 01.08.2019
    Austrittsdatum | - | |
    Beschaeftigungsgrad | - | | 80
    Rolle | - | | Disponent
    Kaderstufe | - | | 1
    Geschaeftsadresse | - | | Industriestrasse 10, 3052 Zollikofen
    Lehrjahre | - | |
    AktuellesLehrjahr | - | |
  `),
  set({ id: 'de-ch-mitarbeitende-import-privat-geschaeft', kind: 'Swiss business school staff import (27 columns: type, staff number, salutation, family name first, AHV number, nationality, business phone and mobile, department, role, cadre level, workload, entry and exit, status, private and business address groups, apprenticeship years)', lang: 'de', defaultCountry: 'CH', source: 'index:66897822248 (a contact manager\'s import format documentation)' }, `
    # Staff number: the employee id (External ID). Typed phones only: the mobile is the main phone. The private
    # address is the person's own; the business address group is the alternate one.
    Typ | - | Mitarbeiter | Lernender
    MitarbeiterNr | externalId | 1004 | 1011
    Anrede | - | Frau | Herr
    Nachname | lastName | Meier | Gashi
    Vorname | firstName | Corinne | Arben
    Geburtsdatum | dateOfBirth | 22.01.1983 | 14.06.2007
    Geschlecht | - | weiblich | männlich
    AhvNummer | - | 756.9876.5432.10 | 756.1111.2222.33
    Nationalitaet | - | Schweiz | Kosovo
    GeschaeftsTelefon | additionalPhones | 061 555 40 10 | 061 555 40 22
    Mobile | phone | 076 555 31 31 | 079 555 07 07
    Email | email | corinne.meier@example.ch | arben.gashi@example.ch
    Abteilung | - | Finanzen | Informatik
    Rolle | - | Teamleiterin | Lernender
    Kaderstufe | - | 2 | 0
    Stellenprozent | - | 90 | 100
    Eintritt | - | 01.03.2015 | 01.08.2024
    Austritt | - | |
    Status | - | Aktiv | Aktiv
    PrivatStrasse | address1 | Rheinweg 8 | Dorfstrasse 41
    PrivatPlz | postalCode | 4058 | 4410
    PrivatOrt | city | Basel | Liestal
    GeschaeftsStrasse | - | Aeschenvorstadt 1 | Aeschenvorstadt 1
    GeschaeftsPlz | - | 4051 | 4051
    GeschaeftsOrt | - | Basel | Basel
    Lehrjahre | - | | 4
    AktuellesLehrjahr | - | | 2
  `),
  set({ id: 'de-klausur-anmeldungen-ohne-kopfzeile', kind: 'exam registrations from the examination office without a header row (family name, first name, matriculation number)', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'index:62515736553 (an exam manager\'s README listing its file formats)' }, `
    "" | lastName | Becker | Nguyen | Wolff
    "" | firstName | Jana | Minh Anh | Tim
    "" | externalId | 3412987 | 3420115 | 3398004
  `),
  set({ id: 'de-at-kunden-import-umsatz', kind: 'Austrian customer import test file (company, contact name, street, postcode, town, phone, email, turnover)', lang: 'de', defaultCountry: 'AT', source: 'index:68312328357 (a trades app\'s customer import dialog test, Vitest)' }, `
    Firma | companyName | Tischlerei Pichler | 
    Vorname | firstName | Martina | Gerhard
    Nachname | lastName | Pichler | Steiner
    Straße | address1 | Linzer Straße 44 | Kirchengasse 9
    PLZ | postalCode | 4020 | 8010
    Ort | city | Linz | Graz
    Telefon | phone | 0732 555123 | 0676 5559876
    E-Mail | email | office@pichler-tischlerei.example.at |
    Umsatz | - | 18450 | 
  `),
  set({ id: 'de-tafel-besucher-dubletten-export', kind: 'food bank visitor duplicate report (three match keys, record id, customer number, salutation, family name first, active flag, admission and last visit dates)', lang: 'de', defaultCountry: 'DE', source: 'index:61604140606 (a food bank app\'s duplicate visitor CSV route, Flask)' }, `
    # The three "v_n_..." columns are the keys the duplicates were matched on (name + phone / email), and "id" the
    # record's row id beside the customer number: not imported.
    v_n_t | - | petrakrause0176555123 | petrakrause0176555123
    v_n_e | - | petrakrausep.krause@example.de | petrakrausep.krause@example.de
    v_n_t_e | - | petrakrause0176555123p.krause@example.de | petrakrause0176555123p.krause@example.de
    id | - | 311 | 498
    KundenNr | externalId | 2207 | 2391
    Anrede | - | Frau | Frau
    Nachname | lastName | Krause | Krause
    Vorname | firstName | Petra | Petra
    Telefon | phone | 0176 555123 | 0176 555123
    EMail | email | p.krause@example.de | p.krause@example.de
    Aktiv | - | 1 | 0
    AufnDatum | - | 2023-04-12 | 2025-01-08
    LetztBesuch | - | 2026-05-02 | 2025-02-14
  `),
  set({ id: 'de-gforms-hochzeit-zusage', kind: 'German Google Forms wedding RSVP responses, semicolon separated (timestamp, email, family name, attending, guest count, per-guest details, fun facts, remarks)', lang: 'de', defaultCountry: 'DE', source: 'index:60825007612 (a wedding seating app\'s registration parser test, Swift)' }, `
    # "Familienname" is the household's family name the form asks for: the last name.
    Zeitstempel | - | 2026-01-04 18:22:05 | 2026-01-05 09:14:40
    E-Mail-Adresse | email | sabine.brenner@example.de | tom.keller@example.de
    Familienname | lastName | Brenner | Keller
    Werdet Ihr/Du an unserer Hochzeitsfeier teilnehmen? | - | Ja | Nein
    Gesamtzahl der Gäste (einschließlich dir selbst), die teilnehmen werden: | - | 3 | 0
    Bitte gib für JEDEN Gast (einschließlich dir selbst) die folgenden Informationen an: Name, Vegan/Vegetarisch/Fleisch, Unverträglichkeiten | - | Sabine Brenner, vegetarisch; Uwe Brenner, Fleisch; Lina Brenner, Fleisch | 
    Bitte für jeden Gast einen kurzen Fun Fact | - | Uwe sammelt Schallplatten | 
    Weitere Anmerkungen | - | - | Leider im Urlaub
  `),
  set({ id: 'de-gforms-projektwahl-gruppen', kind: 'German Google Forms project choice responses (timestamp, email, group size, group members, first to third choice)', lang: 'de', defaultCountry: 'DE', source: 'index:53476888023 (a school project week slot planner\'s parser test)' }, `
    Zeitstempel | - | 14.03.2026 07:52:18 | 14.03.2026 08:04:31
    E-Mail-Adresse | email | mia.hofmann@schule.example.de | leon.berg@schule.example.de
    Gruppengröße | - | 2 | 3
    Mitglieder | - | Mia Hofmann, Emma Graf | Leon Berg, Ali Demir, Paul Roth
    1. Wahl | - | Theater | Robotik
    2. Wahl | - | Kochen | Theater
    3. Wahl | - | Robotik | Sport
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-vakantiepark-klanten-overzicht', kind: 'holiday park customer overview table (customer id, infix, birth date, mobile number, number of adults, children and babies)', lang: 'nl', defaultCountry: 'NL', source: 'index:12049297059 (a holiday booking site\'s customer overview page, PHP)' }, `
    id | externalId | 31 | 32
    Voornaam | firstName | Femke | Jeroen
    Achternaam | lastName | Bos | Dijkstra
    Tussenvoegsel | - | | van
    Geboortedatum | dateOfBirth | 1989-07-22 | 1976-02-09
    Mobielnummer | phone | 06 12345678 | +31 6 87654321
    Email | email | femke.bos@example.nl | jeroen.vandijkstra@example.nl
    Volwassenen | - | 2 | 2
    Kinderen | - | 1 | 0
    Babys | - | 0 | 1
  `),
  set({ id: 'nl-schoonmaakbedrijf-medewerkers-export', kind: 'cleaning company employee export (function, role, active flag, IBAN, one-line address)', lang: 'nl', defaultCountry: 'NL', source: 'index:55499051453 (a planning app\'s admin employee CSV export)' }, `
    # "Adres" holds the whole address on one line: as older parts take a one-line "Address", the street line.
    Naam | name | Yasmina El Amrani | Kees Verhoeven
    E-mail | email | yasmina@example.nl | kees.verhoeven@example.nl
    Telefoon | phone | 06 23456789 | 06 98765432
    Functie | - | Schoonmaker | Teamleider
    Rol | - | medewerker | planner
    Actief | - | ja | nee
    IBAN | - | NL91ABNA0417164300 | NL20INGB0001234567
    Adres | address1 | Lindenlaan 4, 5611 AB Eindhoven | Stationsweg 19, 5211 TW 's-Hertogenbosch
  `),
  set({ id: 'nl-bijdragen-aanmeldingen-export', kind: 'contribution sign-up export of a neighbourhood event (type, amount, payment status, message, submitted date)', lang: 'nl', defaultCountry: 'NL', source: 'index:56872326009 (a community event app\'s admin CSV export, semicolon)' }, `
    Naam | name | Anouk Smit | Ruud Hendriks
    E-mail | email | anouk.smit@example.nl | ruud@hendriks.example.nl
    Telefoon | phone | 06 11223344 |
    Type | - | Vrijwilliger | Sponsor
    Bedrag | - | | 250
    Betaalstatus | - | n.v.t. | betaald
    Bericht | - | Ik help graag bij de opbouw | Succes!
    Ingediend | - | 12-05-2026 | 14-05-2026
  `),
  set({ id: 'nl-vrijwilligers-export-stands', kind: 'festival volunteer export, Dutch locale (stands, time slots, status)', lang: 'nl', defaultCountry: 'BE', source: 'index:67149417833 (a festival volunteer app\'s CSV export test)' }, `
    Naam | name | Elke Maes | Jens Claes
    E-mail | email | elke.maes@example.be | jens.claes@example.be
    Telefoon | phone | 0470 12 34 56 | +32 486 65 43 21
    Stand(s) | - | Bar / Frieten | Kassa
    Tijdsloten | - | za 14:00-18:00 | zo 10:00-14:00
    Status | - | bevestigd | nieuw
  `),
  set({ id: 'nl-machineverhuur-orders-export-breed', kind: 'machine rental order export (21 columns: order id, customer name, email and phone, profile, machine, day rate, dates, delivery type and delivery address, subtotal, transport, driver, VAT, total, status, payment)', lang: 'nl', defaultCountry: 'NL', source: 'index:57358222045 (a rental site\'s admin order export route, Node)' }, `
    # "Adres" is where the machine is delivered (with Levertype "bezorgen"): a shipping address, not imported.
    Order ID | - | ORD-1042 | ORD-1043
    Naam | name | Bart Willems | Installatiebedrijf Kok
    E-mail | email | bart.willems@example.nl | info@kok-installatie.example.nl
    Telefoon | phone | 06 34567890 | 0492 555 210
    Profiel | - | particulier | zakelijk
    Machine | - | Minigraver 1.8t | Hoogwerker 12m
    Dagtarief | - | 135 | 210
    Startdatum | - | 2026-05-18 | 2026-05-20
    Einddatum | - | 2026-05-19 | 2026-05-22
    Dagen | - | 2 | 3
    Levertype | - | ophalen | bezorgen
    Adres | - | | Industrieweg 12, 5704 RK Helmond
    Subtotaal | - | 270 | 630
    Transport | - | 0 | 95
    Chauffeur | - | nee | ja
    BTW | - | 56,70 | 152,25
    Totaal | - | 326,70 | 877,25
    Status | - | bevestigd | nieuw
    Betaalstatus | - | betaald | open
    Betaalwijze | - | iDEAL | factuur
    Aangemaakt op | - | 2026-05-10 09:14 | 2026-05-11 16:02
  `),
  set({ id: 'nl-sportclub-leden-clubpas-import', kind: 'sports club member import test (member number, club pass number)', lang: 'nl', defaultCountry: 'NL', source: 'index:70232441074 (a club app\'s member import parser test)' }, `
    # Lidnummer is the member id (External ID); the club pass number is a second card number: not imported.
    Lidnummer | externalId | 2031 | 2032 | 2040
    Voornaam | firstName | Noor | Stijn | Evi
    Achternaam | lastName | Hoekstra | Mulder | Brouwer
    Clubpas | - | NH 4471 | SM-2207 | EB9911
  `),
  set({ id: 'nl-be-badminton-vaste-klassementen', kind: 'Flemish badminton league fixed ranking file (club, member number, gender, singles, doubles and mixed ranking)', lang: 'nl', defaultCountry: 'BE', source: 'index:23137746183 (a badminton league planner\'s CSV load controller, PHP)' }, `
    Club | - | BC Kortrijk | Smash Gent
    Lidnummer | externalId | 50012345 | 50067890
    Voornaam | firstName | Jana | Pieter
    Achternaam | lastName | Vermeulen | De Smet
    Geslacht | - | V | M
    Klassement enkel | - | B1 | C2
    Klassement dubbel | - | B2 | C1
    Klassement gemengd | - | A | C2
  `),
  set({ id: 'nl-be-leden-nog-te-controleren', kind: 'Flemish youth movement list of members still to check (member number, first name, "Naam" as the family name)', lang: 'nl', defaultCountry: 'BE', source: 'index:67364109516 (a member check page\'s CSV download, JavaScript)' }, `
    # Flemish files write the family name as "Naam" beside "Voornaam".
    Lidnummer | externalId | 1203456 | 1203499
    Voornaam | firstName | Ruben | Marie
    Naam | lastName | Wouters | Jacobs
  `),
  set({ id: 'nl-tijdschrift-bedankbrieven-abonnees', kind: 'magazine subscriber thank-you letter list (salutation with initials in one column, family name, street, postcode, town)', lang: 'nl', defaultCountry: 'NL', source: 'index:10637246621 (a magazine subscription program\'s letter export, WPF)' }, `
    # "titel_en_voornaam" is the letter's salutation with initials ("De heer J."), not a clean first name: not imported.
    titel_en_voornaam | - | De heer J. | Mevrouw A.M.
    achternaam | lastName | de Graaf | Postma
    adres | address1 | Molenstraat 12 | Oude Gracht 240
    postcode | postalCode | 7411 EA | 3511 NX
    woonplaats | city | Deventer | Utrecht
  `),
  set({ id: 'nl-be-gforms-lopers-inschrijving', kind: 'Flemish Google Forms runner sign-up for a relay event (timestamp, email, first and family name in one column)', lang: 'nl', defaultCountry: 'BE', source: 'index:70093857993 (a relay run app\'s runner import test, tRPC)' }, `
    Tijdstempel | - | 14/09/2026 19:22:41 | 15/09/2026 07:03:10
    E-mailadres | email | sofie.verhaegen@example.be | kobe.lambrechts@example.be
    Voornaam + naam | name | Sofie Verhaegen | Kobe Lambrechts
  `),
  // ----------------------------------------------------------------------------------------------------- Mixed
  withHeader(set({ id: 'mixed-autovermietung-kunden-csv', kind: 'car rental app customer file, German and English headers (hash-marked id, image file, IBAN, birth date, last edited, trailing empty column)', lang: 'mixed', defaultCountry: 'DE', source: 'index:35037152332 (a car rental app\'s CSV persistence writer, Java)' }, `
    # The first header is "#ID" (written below by withHeader).
    ID | externalId | 1 | 2
    ImageFile | - | kunde_1.png |
    Vorname | firstName | Carsten | Melike
    Nachname | lastName | Wolf | Yıldız
    Email | email | c.wolf@example.de | melike.yildiz@example.de
    Phone | phone | 0170 5556677 | 030 5551122
    IBAN | - | DE44500105175407324931 | DE89370400440532013000
    dateOfBirth | dateOfBirth | 1984-02-29 | 1995-07-11
    last_edited | - | 2026-04-02 | 2026-04-09
    "" | - | |
  `), 0, '#ID'),
  set({ id: 'mixed-bau-kontakte-import-zweisprachig', kind: 'construction ERP contact import with bilingual English / German headers (company, type, ISO country code, VAT id)', lang: 'mixed', defaultCountry: 'DE', source: 'index:54576582827 (a construction ERP\'s contact import endpoint documentation, FastAPI)' }, `
    Company / Firma | companyName | Hochbau Lindner GmbH | Carter Surveying Ltd
    First Name / Vorname | firstName | Kerstin | Owen
    Last Name / Nachname | lastName | Lindner | Carter
    Type / Typ | - | subcontractor | supplier
    Email / E-Mail | email | k.lindner@hochbau-lindner.example.de | owen@cartersurvey.example.co.uk
    Phone / Telefon | phone | +49 171 5550123 | +44 161 555 0147
    Country / Land | country | DE | GB
    VAT / USt-ID | - | DE298765413 | GB314159265
  `),
  set({ id: 'mixed-solawi-vertraege-import-breit', kind: 'community supported agriculture subscription import, German and English headers (23 columns: contract number, form timestamp, email, the platform\'s user id, member number, trial flag, start, share sizes, product, quantity, reference and solidarity price, total, terms, pickup point, further email addresses, share change, consents, cancellation time)', lang: 'mixed', defaultCountry: 'DE', source: 'index:51819179263 (a CSA platform\'s data import management command, Django)' }, `
    # Two ids of the member: the member number is the cooperative's own id of the person (External ID); the
    # "Tapir-ID" is the user id of the platform the file is imported into, not another system's: not imported.
    # "Email-Adressen" holds further addresses of the same member: additional emails.
    VertragNr | - | 2023-014 | 2023-015
    Zeitstempel | - | 12.11.2022 19:40:12 | 13.11.2022 08:02:55
    E-Mail-Adresse | email | jakob.lange@example.de | frieda.ott@example.de
    Tapir-ID | - | 88 | 
    Mitgliedernummer | externalId | 140 | 141
    Probevertrag | - | Nein | Ja
    Vertragsbeginn | - | 01.01.2023 | 01.02.2023
    [S-Ernteanteil] | - | 0 | 1
    [M-Ernteanteil] | - | 1 | 0
    [L-Ernteanteil] | - | 0 | 0
    [XL-Ernteanteil] | - | 0 | 0
    product | - | Ernteanteile | Ernteanteile
    Quantity | - | 1 | 1
    Richtpreis | - | 92,00 | 68,00
    Solidarpreis in Prozent | - | 10 | 0
    Gesamtzahlung | - | 101,20 | 68,00
    Vertragsgrundsätze | - | akzeptiert | akzeptiert
    Abholort | - | Hofladen | Marktplatz Depot
    Email-Adressen | additionalEmails | familie.lange@example.de | 
    Ernteanteilsreduzierung/erhöhung | - | | 
    consent_widerruf | - | TRUE | TRUE
    consent_vertragsgrundsätze | - | TRUE | TRUE
    cancellation.ts | - | | 
  `),
];
