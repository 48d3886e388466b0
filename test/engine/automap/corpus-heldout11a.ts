// The eleventh held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch and
// mixed-language files; the other half is corpus-heldout11b.ts): 56 header sets (564 columns, 287 of them expected to
// map; 24 English, 15 German, 13 Dutch, 4 mixed; 2 files without a header row, 3 with title, export-date or message
// lines above it; 4 sets of 21 to 45 columns)
// from sources none of the other parts use, found in the public code index (CSV export writers, import templates and
// their documentation, importer tests and fixtures, database column lists) with exact-string searches for header
// fragments of less common kinds of files (clinic and provider lists, property management rent rolls and owner lists,
// courier and fleet exports, government registers, alumni and school rosters, volunteer rosters, law firm client lists,
// HR rosters; Vereine, Schulen, Handwerker, Praxis and shop exports; VvE, rijschool, school, club, invoice and lead
// lists)
// and written down, with the mapping a careful person would choose by the field definitions and the rules,
// BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the index file the
// header text was read from (the index does not name its repository); the kind says what the file is. Sample values
// are made up in the shape of each file's own (no personal data or example rows from the sources are copied). A
// trailing empty column (a header line ending in the separator) is written as "". No set's headers repeat an older
// part's (the two files without a header row aside: their empty headers are as wide as older such files').
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
// The tenth part's first half added (this half follows them too):
// - A full-name column next to first and last name columns is the Name as well.
// - A school class, a grade, a year group or a cohort is not imported; a column that names a group the person belongs
//   to (a team, a club, a group membership) is Tags.
// - Of two ids of the person, the first is the External ID and the other is not imported.
// - A telephone area code in a column of its own is not imported; the number beside it is still the phone.
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - A property's own address (a parcel's situs address, a VvE unit) is not the owner's address: the owner's mailing
//   address is imported when the file has one, the unit's never; a residential tenant's rented home is the tenant's
//   address.
// - A licence, provider (NPI) or insurance number is a national or registry id: not imported.
// - Skills, interests, languages and specialties are attributes of the person (like a job title): not imported.
// - A file whose rows are companies (leads, exhibitors, debtors) maps the company name to the Company and a contact
//   person's name column to the Name; the company's own phone, email and website are the contact's.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout11' }, table);

export const HELDOUT11A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-population-health-group-member-list', kind: 'care management app\'s population group member list download (patient id, name split from one field, date of birth)', lang: 'en', source: 'index:58865287617 (a population health dashboard\'s group member CSV download, React)' }, `
    Patient ID | externalId | PT-004182 | PT-004219 | PT-005530
    First Name | firstName | Loretta | Gustavo | Minh
    Last Name | lastName | Haverford | Esquivel Ruiz | Tran
    DOB | dateOfBirth | 1951-07-22 | 1968-11-03 | 1979-02-15
  `),
  set({ id: 'en-food-rescue-990-volunteer-list', kind: 'food rescue nonprofit\'s Form 990 volunteer list export (full name, email, phone, routes completed)', lang: 'en', source: 'index:62706602986 (a food rescue route dashboard\'s 990 report export, TypeScript)' }, `
    Volunteer Name | name | Patrice Okonkwo | Dale Simmons | Rhea Castellano
    Email | email | patrice.okonkwo@example.org | dsimmons@example.com | rhea.c@example.net
    Phone | phone | (614) 555-0187 | | 614-555-0123
    Routes Completed | - | 14 | 3 | 27
  `),
  set({ id: 'en-event-volunteer-shift-roster', kind: 'event volunteer shift roster import template (one row a shift: role, day, start and end time, status, notes)', lang: 'en', source: 'index:69150217925 (an election-day volunteer roster importer\'s test, Vitest)' }, `
    Volunteer Name | name | Priya Raman | Tomás Ibarra | Kendra Wallace
    Email | email | priya.raman@example.com | tibarra@example.org | kendra.w@example.com
    Phone | phone | 408-555-0139 | | (408) 555-0172
    Role | - | Check-in desk | Parking | Greeter
    Day | - | 1 | Day 2 | 1
    Start Time | - | 7:30 AM | 13:00 | 9:00 AM
    End Time | - | 11:30 AM | 17:00 | 1:00 PM
    Status | - | Confirmed | Scheduled | Confirmed
    Notes | - | Bring own lanyard | | Needs accessible parking
  `),
  set({ id: 'en-volunteer-match-invitations-export', kind: 'volunteer matching platform\'s accepted-invitations export for an organization (age, profession, location, skills, languages, match score, messages)', lang: 'en', source: 'index:32871750977 (a volunteer matching API\'s invited volunteers CSV view, Django)' }, `
    # Skills, languages and interests are attributes of the person, like a job title: not imported.
    Volunteer Name | name | Amara Nwosu | Jonas Lindqvist | Grace Whitaker
    Email | email | amara.nwosu@example.com | jonas.l@example.org | gwhitaker@example.com
    Phone | phone | +1 312 555 0146 | +1 773 555 0190 | +1 312 555 0111
    Age | - | 34 | 61 | 22
    Profession | - | Nurse | Retired engineer | Student
    Location | - | Chicago, IL | Evanston | Chicago South Loop
    Skills | - | First aid, Triage | Carpentry | Social media
    Languages | - | English, Igbo | English, Swedish | English, Spanish
    Interests | - | Health | Housing | Youth
    Match Score | - | 92 | 78 | 85
    Status | - | accepted | accepted | accepted
    Invited At | - | 2025-03-02 10:14 | 2025-03-02 10:14 | 2025-03-04 16:40
    Responded At | - | 2025-03-03 08:02 | 2025-03-05 19:27 | 2025-03-04 17:05
    Organization Message | - | We would love your help at the clinic day | Join our build weekend | Help us run the youth fair
    Volunteer Response | - | Happy to help! | Count me in | Yes
  `),
  set({ id: 'en-church-serving-fatigue-report', kind: 'church volunteer scheduling tool\'s serving fatigue report export (serving count, fatigue score, risk level, teams, next service date)', lang: 'en', source: 'index:69385262289 (a church planning app\'s volunteer fatigue panel CSV export, React)' }, `
    # "Teams" names the serving teams the person belongs to: Tags.
    Volunteer Name | name | Brandon Ellis | Marisol Vega | Heather Quinlan
    Email | email | brandon.ellis@example.com | marisol.vega@example.org |
    Phone | phone | 615-555-0164 | (615) 555-0128 | 615-555-0199
    Serving Count (90d) | - | 11 | 4 | 9
    Fatigue Score | - | 82 | 31 | 67
    Risk Level | - | High | Low | Medium
    Teams | tags | Worship; Tech | Kids | Hospitality; Parking
    Next Service Date | - | 2025-06-08 | 2025-06-15 | 2025-06-08
  `),
  set({ id: 'en-courier-orders-export', kind: 'Kenyan courier app\'s order export (the sending customer with the pickup address and phone, the recipient with the delivery address and phone)', lang: 'en', defaultCountry: 'KE', source: 'index:43417017385 (a parcel delivery admin\'s orders CSV export, TypeScript)' }, `
    # The customer is the sender: the pickup address and phone are the customer's own. The recipient and the delivery
    # address are another person's (like a shipping address): not imported.
    Order ID | - | ord_8f2k1 | ord_8f2k7 | ord_8f31a
    Description | - | 2 boxes of books | Laptop bag | Spare parts
    Status | - | delivered | in_transit | pending
    Price | - | KSH450 | KSH300 | KSH1200
    Weight | - | 6.5 | 1.2 | 14
    Customer Name | name | Wanjiru Kamau | Otieno Odhiambo | Fatuma Hassan
    Pickup Address | address1 | Moi Avenue 14, Nairobi | Kenyatta Road 3, Thika | Nyerere Road 88, Mombasa
    Pickup Phone | phone | 0712 345 678 | 0722 456 789 | 0733 567 890
    Recipient Name | - | Peter Mwangi | Achieng Otieno | Said Omar
    Delivery Address | - | Ngong Road 120, Nairobi | Westlands, Nairobi | Malindi Road 5, Kilifi
    Delivery Phone | - | 0701 234 567 | 0711 987 654 | 0790 112 233
    Created At | - | 2025-02-11T09:14:22Z | 2025-02-11T12:40:05Z | 2025-02-12T07:03:51Z
  `),
  set({ id: 'en-catholic-hs-roster-upload', kind: 'high school class roster upload, Title Case spelling accepted by the importer (graduation year)', lang: 'en', source: 'index:68878997732 (a school retreat app\'s roster CSV parser test, Vitest)' }, `
    First Name | firstName | Mateo | Siobhan | Darnell
    Last Name | lastName | Ferraro | Keane | Brooks
    Graduation Year | - | 2027 | 2028 | 2026
    Email | email | mferraro27@stjohnschs.example | skeane28@stjohnschs.example | dbrooks26@stjohnschs.example
  `),
  set({ id: 'en-college-alumni-directory-export', kind: 'Indian college alumni cell\'s directory export (roll number, programme, department, graduation year, employer, designation, LinkedIn)', lang: 'en', defaultCountry: 'IN', source: 'index:54897031111 (an alumni portal\'s directory CSV export test, TypeScript)' }, `
    # The roll number is the college's id of the person: External ID. The employer is the person's company. A
    # LinkedIn profile is not the person's own site: not imported.
    Name | name | Ananya Deshpande | Rohit Malhotra | Iyer, Karthik
    Roll No | externalId | 18PH1043 | 17CS2210 | 19ME3307
    Programme | - | UG | PG | UG
    Department | - | Physics | Computer Science | Mechanical
    Graduation Year | - | 2022 | 2019 | 2023
    Email | email | ananya.d@example.in | rohit.malhotra@example.com | karthik.iyer@example.in
    Phone | phone | 98201 45673 | +91 99870 12345 | 9845012378
    Employer | companyName | Infosys | Flipkart | Tata Motors
    Designation | - | Analyst | Senior Engineer | Graduate Trainee
    City | city | Pune | Bengaluru | Jamshedpur
    LinkedIn | - | https://www.linkedin.com/in/ananyadeshpande | | https://linkedin.com/in/karthik-iyer-19me
  `),
  set({ id: 'en-hr-employee-hire-date-roster', kind: 'HR employee roster upload (employee id, name, hire date)', lang: 'en', source: 'index:70217089566 (a workforce analytics app\'s roster auto-mapping test, TypeScript)' }, `
    Employee ID | externalId | E10442 | E10519 | E10677
    First Name | firstName | Renata | Oluwaseun | Craig
    Last Name | lastName | Szabo | Adeyemi | McAllister
    Hire Date | - | 2019-04-01 | 2022-09-12 | 2015-01-05
  `),
  set({ id: 'en-law-firm-client-list-preflight', kind: 'law firm client list for a trust accounting migration (client id, client name, matter, email)', lang: 'en', source: 'index:56173503630 (a trust accounting migration tool\'s customer list parser test, pytest)' }, `
    # Clients are people and companies alike: the client name is the Name.
    Client ID | externalId | C-1043 | C-1044 | C-1051
    Client Name | name | Marguerite Okafor | Benson Holdings LLC | Theodore Vance
    Matter | - | Estate of H. Okafor | Lease dispute 2024 | Vance v Cortland
    Email | email | m.okafor@example.com | accounts@bensonholdings.example | tvance@example.net
  `),
  set({ id: 'en-legal-timekeeping-client-matter-import', kind: 'legal timekeeping app\'s client and matter import (client and matter numbers and names, practice group)', lang: 'en', source: 'index:61447620161 (a law timer app\'s client/matter import test, node:test)' }, `
    # The clients are companies: the client name is the Company. The group is the matter's practice group, not a
    # group the client belongs to: not imported.
    Client Number | externalId | 100001 | 100001 | 100245
    Client Name | companyName | Acme Holdings | Acme Holdings | Northwind Traders Inc.
    Matter Number | - | 12 | 000013 | 4
    Matter Name | - | Acme merger | Acme lease | Employment advice
    Group | - | Corporate | Real Estate | Labor
  `),
  set({ id: 'en-olcc-marijuana-licenses-register', kind: 'Oregon Liquor Control Commission marijuana business licence register (state open data, agency and as-of title lines above the header)', lang: 'en', above: [['', '', 'OREGON LIQUOR CONTROL COMMISSION  ', '', '', '', '', ''], ['', '', 'Marijuana Business Licenses Approved as of 3/9/2018', '', '', '', '', '']], source: 'index:34877956642 (a cannabis data loader reading the OLCC licence list, Python)' }, `
    # The licensee is a company: its legal name is the Company; the trade name beside it is not imported. The licence
    # type is the register's category of the business: Tags. The licence number is a registry id: not imported.
    LICENSE NUMBER | - | 050 1001245A3B | 050 10017792D5C | 050 1002218E1F
    LICENSEE NAME | companyName | Cascade Greens LLC | Ridgeline Farms, Inc | Willamette Botanicals LLC
    BUSINESS NAME | - | Cascade Greens | Ridgeline | Willamette Botanicals
    LICENSE TYPE | tags | Recreational Retailer | Recreational Producer | Recreational Wholesaler
    ACTIVE | - | Yes | Yes | No
    COUNTY | - | Lane | Jackson | Marion
    Retail Delivery | - | Yes | | 
    Medical Grade | - | | Yes | Yes
  `),
  set({ id: 'en-lease-register-export', kind: 'property management app\'s lease register export (lease id, tenant full name, unit, rent, dates, status)', lang: 'en', source: 'index:69401509056 (a property management dashboard\'s leases CSV export, React)' }, `
    Lease ID | - | cl9x2a01 | cl9x2a07 | cl9x2a12
    Tenant | name | Jasmine Carter | Wei Zhang | Olumide Bankole
    Unit | - | 4B | 12A | 7
    Monthly Rent | - | 1850 | 2400 | 1395
    Start | - | 2024-08-01 | 2023-11-15 | 2025-01-01
    End | - | 2025-07-31 | 2025-11-14 | 2025-12-31
    Status | - | ACTIVE | ACTIVE | PENDING
  `),
  set({ id: 'en-parcel-owner-mailing-list', kind: 'real estate prospecting app\'s parcel list export (the parcel\'s situs address, the owner\'s name and mailing address)', lang: 'en', source: 'index:51855293195 (a parcel list CSV export helper, JavaScript)' }, `
    # The contact is the owner: the owner's mailing address is the address; the parcel's situs address is not.
    Address | - | 1418 Cedar Ln | 77 Harbor View Dr | 2203 W Oak St
    City | - | Tampa | Cape Coral | Lakeland
    State | - | FL | FL | FL
    Zip | - | 33612 | 33914 | 33815
    Owner Name | name | GUTIERREZ MARIA L | THORNTON FAMILY TRUST | OKEKE CHIDI
    Mailing Address | address1 | PO BOX 2291 | 5120 N Lakeshore Dr | 2203 W Oak St
    Mailing City | city | Tampa | Chicago | Lakeland
    Mailing State | state | FL | IL | FL
    Mailing Zip | postalCode | 33601 | 60640 | 33815
  `),
  set({ id: 'en-tax-deed-surplus-owner-list', kind: 'county tax deed surplus funds list imported by a recovery tool (case number, former owner, mailing address in one cell, surplus, sale date)', lang: 'en', source: 'index:70894038003 (a surplus funds lead importer\'s file import test, pytest)' }, `
    Case Number | - | 2023-CA-004518 | 2023-CA-004702 | 2024-TD-000133
    Owner Name | name | HALVERSON, ERIC J | MENDEZ, ROSA | WHITCOMB PROPERTIES LLC
    Mailing Address | address1 | 118 Palm Ave, Fort Myers, FL 33901 | 42 Sunset Blvd, Naples, FL 34102 | PO Box 881, Cape Coral, FL 33910
    Surplus | - | $18,240.55 | $3,902.10 | $41,000.00
    Sale Date | - | 04/12/2023 | 05/03/2023 | 01/17/2024
  `),
  set({ id: 'en-fleet-driver-roster-export', kind: 'transport company\'s driver roster export (driver id, contact and address, CDL licence type, number, class and expiry, training, status, hire date)', lang: 'en', source: 'index:71217049179 (a fleet management app\'s DriverCsvExporter, C#)' }, `
    # The licence number is a registry id: not imported.
    Driver ID | externalId | DRV-0042 | DRV-0057 | DRV-0063
    Driver Name | name | Curtis Hadley | Marisa Olvera | Anton Petrov
    Phone | phone | (317) 555-0148 | 317-555-0192 | (463) 555-0107
    Email | email | chadley@example.com | marisa.olvera@example.com | anton.petrov@example.net
    Address | address1 | 5520 E 38th St | 901 Lafayette Rd | 214 S Meridian St Apt 6
    City | city | Indianapolis | Noblesville | Greenwood
    State | state | IN | IN | IN
    ZIP | postalCode | 46218 | 46060 | 46142
    License Type | - | CDL | CDL | Standard
    License Number | - | 1234-56-7890 | 2233-44-5566 | 9988-77-6655
    License Class | - | A | B | D
    License Expiry | - | 2027-03-31 | 2026-10-15 | 2028-01-09
    Training Complete | - | Yes | Yes | No
    Status | - | Active | On Leave | Active
    Hire Date | - | 2019-06-03 | 2021-02-22 | 2024-09-16
    Notes | - | Hazmat endorsed | | Probation until Dec
  `),
  set({ id: 'en-provider-directory-verification-upload', kind: 'health plan provider directory verification upload (NPI, practice address, specialty, phone, email, confidence score, status, sources, discrepancies)', lang: 'en', source: 'index:6873156625 (a provider data validation tool\'s testing guide, Markdown)' }, `
    # The NPI is a national registry id: not imported. "Sources" names the registries consulted, not where the
    # contact came from: not imported.
    Provider Name | name | Dr. Helen Marchetti | Dr. Samuel Adeyinka | Dr. Priya Venkataraman
    NPI | - | 1427063318 | 1598874420 | 1366612809
    Address | address1 | 55 Fruit St Suite 400 | 1200 Centre St | 330 Brookline Ave
    City | city | Boston | Newton | Boston
    State | state | MA | MA | MA
    ZIP Code | postalCode | 02114 | 02459 | 02215
    Specialty | - | Cardiology | Family Medicine | Pediatrics
    Phone | phone | 617-555-0134 | 617-555-0188 | 617-555-0102
    Email | email | hmarchetti@example.org | sadeyinka@example.org | pvenkat@example.org
    Confidence Score | - | 95% | 0.72 | 88%
    Status | - | verified | needs_review | verified
    Sources | - | NPPES,CMS | NPPES | NPPES,State Board
    Discrepancies | - | | Phone mismatch | 
  `),
  set({ id: 'en-provider-credentialing-export', kind: 'medical staff office\'s provider credentials export (one row a credential: NPI, specialty, credential name, issue and expiry dates, status, document)', lang: 'en', source: 'index:56753747174 (a credentialing app\'s provider export, C#; the header has spaces after some commas)' }, `
    Provider Name | name | Angela Brightwater | Farid Haddad | Colleen Murphy
    NPI | - | 1093847562 | 1548203917 | 1730592846
    Specialty | - | Anesthesiology | Internal Medicine | Obstetrics
    Email | email | a.brightwater@example.org | fhaddad@example.com | cmurphy@example.org
    Phone | phone | (801) 555-0177 | 801-555-0125 | (385) 555-0150
    Credential Name | - | DEA Registration | Board Certification | State Medical License
    Issue Date | - | 2023-02-01 | 2019-07-15 | 2024-01-10
    Expiration Date | - | 2026-01-31 | 2029-07-14 | 2026-01-09
    Status | - | Active | Active | Expiring
    Document | - | dea_brightwater.pdf | abim_haddad.pdf | license_murphy.pdf
    Path Notes | - | Scanned copy | | Renewal submitted
  `),
  set({ id: 'en-clinic-patient-register-export', kind: 'clinic patient register export (id, full name, date of birth, gender, phone, email, address in one cell, blood group, emergency contact, insurance number, registration date)', lang: 'en', source: 'index:20086088329 (a hospital management API\'s patient CSV export, PHP)' }, `
    # The insurance number is a national or insurer id: not imported; the emergency contact is another person's.
    ID | externalId | 1042 | 1043 | 1057
    Name | name | Joyce Abernathy | Kwame Mensah | Lucía Paredes
    Date of Birth | dateOfBirth | 1984-05-19 | 1962-12-02 | 1999-08-30
    Gender | - | Female | Male | Female
    Phone | phone | (404) 555-0161 | 404-555-0119 | (678) 555-0193
    Email | email | joyce.abernathy@example.com | kmensah@example.net | lucia.paredes@example.com
    Address | address1 | 88 Ponce de Leon Ave NE, Atlanta, GA 30308 | 1420 Memorial Dr SE, Atlanta, GA 30317 | 305 Church St, Decatur, GA 30030
    Blood Group | - | O+ | B- | A+
    Emergency Contact Name | - | Ray Abernathy | Ama Mensah | Jorge Paredes
    Emergency Contact Phone | - | (404) 555-0162 | 404-555-0120 | (678) 555-0194
    Insurance Number | - | BCX884201937 | AET5521098 | 
    Registered Date | - | 2024-03-11 09:22:14 | 2024-03-12 15:03:40 | 2024-04-02 11:47:09
  `),
  set({ id: 'en-rent-roll-pulled-on-line', kind: 'residential rent roll export with a "Pulled on" date line above the header (property address, unit, tenants, lease dates, deposit, rent, balances)', lang: 'en', above: [['Pulled on 09/25/2026']], source: 'index:69461532287 (a rent reconciliation tool\'s rent roll reader test, unittest)' }, `
    # The tenants live at the rented home: the property's street address is their address; the unit number beside it is a
    # second address line: not imported.
    Property | address1 | 11268 Dodge Ave | 4415 Brierwood Ct | 780 N Elm St
    Unit | - | | B | 3
    Tenants | name | Shauna Whitley | Marcus and Tia Boone | Ernesto Villanueva
    Lease Start | - | - | 03/01/2025 | 11/15/2024
    Lease End | - | Month-to-month | 02/28/2026 | 11/14/2025
    Security Deposit | - | $1000 | $1650 | $900
    Rent Amount | - | $1500 | $1650 | $1275
    Total Unpaid | - | $0 | $250 | $0
    Total Past Due | - | $0 | $250 | $0
  `),
  set({ id: 'en-coptic-church-member-import-wide', kind: 'Australian church membership system import sheet built from a family registration form (36 columns: person id, names, marital status, anniversary, sacramental fields, school and grade, address, group, family id and role, Sunday school servant fields with guardian and WWCC columns repeated)', lang: 'en', defaultCountry: 'AU', source: 'index:5796541871 (a C program converting family registrations into the church system\'s member import CSV)' }, `
    # The guardian columns are another person's; the group is a group the person belongs to: Tags. The WWCC (working with
    # children check) number is a registry id: not imported.
    Person Id | externalId | | 20418 | 
    First Name | firstName | Mina | Sarah | Youssef
    Last Name | lastName | Girgis | Girgis | Mikhail
    Middle Name | - | Adel | | Samir
    Nickname | - | | Sosa | Joe
    Gender | - | Male | Female | Male
    Marital Status | - | Married | Married | Single
    Anniversary | - | 14/05/2011 | 14/05/2011 | 
    Engagement Date | - | | | 
    Birthdate | dateOfBirth | 03/09/1984 | 21/01/1987 | 30/06/2010
    Age | - | 41 | 38 | 15
    Mobile Phone | phone | 0412 345 678 | 0423 456 789 | 
    Email | email | mina.girgis@example.com.au | sarah.girgis@example.com.au | 
    Deacon | - | Yes | | 
    Rank | - | Psaltos | | 
    Donor Bishop | - | | | 
    Father of Confession | - | Fr. Antonios | Fr. Antonios | Fr. Pishoy
    School | - | | | Marist College
    Grade | - | | | Year 9
    Address Line | address1 | 12 Wattle St | 12 Wattle St | 7 Banksia Ave
    City | city | Bankstown | Bankstown | Punchbowl
    State | state | NSW | NSW | NSW
    Postal Code | postalCode | 2200 | 2200 | 2196
    Notes | - | | | Altar server
    Group Name | tags | Parents | Parents | Youth
    Family Id | - | FAM-118 | FAM-118 | FAM-131
    Family Role | - | Head | Spouse | Child
    Update Date | - | 2025-02-10 | 2025-02-10 | 2025-02-12
    Sunday School Servant | - | No | Yes | No
    Guardian Full Name | - | | | Samir Mikhail
    Guardian Phone Number | - | | | 0434 567 890
    Year Level Serving: | - | | Kindergarten | 
    Guardian Full Name | - | | | Nadia Mikhail
    WWCC number | - | | WWC1234567E | 
    Guardian Phone Number | - | | | 0445 678 901
    Expiry date | - | | 01/08/2029 | 
  `),
  set({ id: 'en-coliving-tenant-directory-export', kind: 'co-living operator\'s current tenant export (full name, email, phone, property, room, lease dates, rent)', lang: 'en', source: 'index:26995741085 (a co-living management API\'s tenants CSV route, Express)' }, `
    # The property is named ("Maple House"), not given as an address: not imported.
    Name | name | Ines Oliveira | Darius Moore | Hana Kobayashi
    Email | email | ines.oliveira@example.com | darius.moore@example.com | hana.k@example.org
    Phone | phone | +1 (512) 555-0136 | 512-555-0184 | 
    Property | - | Maple House | Eastside Commons | Maple House
    Room | - | 204 | 11 | 108
    Lease Start | - | 1/15/2025 | 9/1/2024 | 3/1/2025
    Lease End | - | 1/14/2026 | 8/31/2025 | 2/28/2026
    Rent Amount | - | 1150 | 980 | 1225
  `),
  set({ id: 'en-bike-reservation-users-noheader', kind: 'university bike reservation app\'s users file without a header row, its column names given to the reader (first and last name, email, password hash, year)', lang: 'en', noHeader: true, source: 'index:27522555899 (a bike reservation script reading users.csv with DictReader fieldnames, Python)' }, `
    "" | firstName | Owen | Leilani | Fatima
    "" | lastName | Brewster | Kahale | Haidari
    "" | email | obrewster@university.example | lkahale@university.example | fhaidari@university.example
    "" | - | 5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 | 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 | 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae
    "" | - | 2 | 4 | 1
  `),
  set({ id: 'en-provider-compliance-agreements', kind: 'provider compliance dashboard\'s default source sheet for a form-filling extension (provider name, NPI, licence number, email, agreement status)', lang: 'en', source: 'index:53902061339 (a browser form-filler extension\'s sample CSV, JavaScript)' }, `
    Provider Name | name | Carla Jimenez | Desmond Pike | Yuki Tanabe
    NPI | - | 1184726390 | 1902836475 | 1639482057
    License Number | - | UT-48213 | UT-50877 | UT-39102
    Email | email | cjimenez@example.com | dpike@example.org | ytanabe@example.com
    Agreement Status | - | Signed | Pending | Signed
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-schueler-import-vorlage-klasse', kind: 'Schul-App: Vorlage zum Schülerimport (Klasse, Vorname, Nachname)', lang: 'de', source: 'index:55792964254 (eine Schul-Organisations-App, Vorlagen-Download, TypeScript)' }, `
    Klasse | - | 5a | 5a | 6c
    Vorname | firstName | Leonie | Finn | Aylin
    Nachname | lastName | Hoffmann | Becker | Demir
  `),
  set({ id: 'de-schulportal-importergebnis-zugangsdaten', kind: 'Schulportal: Ergebnisdatei eines Benutzerimports (Schule und Rolle in der ersten Zeile, eine Meldezeile, dann Klasse, Name, Benutzername und Passwort)', lang: 'de', above: [['Schule:', 'Gesamtschule am Ring', 'Rolle:', 'itslearning-Schüler', ''], ['Die folgenden Benutzer wurden erfolgreich importiert:', '', '', '', '']], source: 'index:44711218986 (der End-to-End-Test eines Schulportals, Playwright)' }, `
    Klasse | - | 7b | 7b | 9a
    Vorname | firstName | Emil | Johanna | Sami
    Nachname | lastName | Vogt | Lehmann | Haddad
    Benutzername | - | emil.vogt | johanna.lehmann2 | sami.haddad
    Passwort | - | Kiwi-Tanne-58 | Mond-Ofen-31 | Rabe-Kanu-77
  `),
  set({ id: 'de-handwerk-stammdaten-kunden-import', kind: 'Handwerker-Software: Stammdatenimport Kunden (Kundennummer, Firma oder Familie, Anschrift, gewerblich ja/nein)', lang: 'de', source: 'index:68451197516 (der Integrationstest eines Stammdaten-Imports, NestJS/Jest)' }, `
    # Die Kunden sind Firmen und Haushalte ("Familie Linde"): der Name steht in "Firma", also die Company.
    Kundennr | externalId | 10001 | | 10017
    Firma | companyName | Gärtnerei Brandt GmbH | Familie Oswald | Dachdeckerei Runge
    E-Mail | email | info@gaertnerei-brandt.example | oswald.familie@example.de | 
    Straße | address1 | Ringstraße 5 | Birkenweg 12 | Am Anger 3
    PLZ | postalCode | 50667 | 01067 | 04109
    Ort | city | Köln | Dresden | Leipzig
    Gewerblich | - | ja | nein | ja
  `),
  set({ id: 'de-crm-ansprechpartner-import', kind: 'kleines CRM: Import von Ansprechpartnern zu Firmen (Kundennummer und Name der Firma, Anrede, Name "Nachname, Vorname", E-Mail, Mobil)', lang: 'de', defaultCountry: 'DE', source: 'index:71071313966 (der Import-Controller-Test eines CRM, node:test)' }, `
    # Die Kundennummer ist die der Firma (des Accounts), nicht die des Ansprechpartners: nicht importiert.
    Kundennr | - | K-201 | K-202 | K-215
    Firma | companyName | Brenner Maschinenbau GmbH | Holzwerk Seidl KG | Optik Hartmann
    Anrede | - | Frau | Herr | Frau
    Name | name | Brenner, Katrin | Florian Seidl | Hartmann, Ute
    E-Mail | email | k.brenner@brenner-mb.example | f.seidl@holzwerk-seidl.example | ute@optik-hartmann.example
    Mobil | phone | +49 171 2345678 | 0160 98765432 | 
  `),
  set({ id: 'de-verein-collmex-mitgliederexport-wide', kind: 'Vereinsverwaltung: Mitgliederexport für Collmex (Satzart CMXMGD, 37 Spalten: Mitgliedsnummer, Anschrift, Bankverbindung, SEPA-Mandat, Ein- und Austritt, Adressgruppe, Zahlungsbedingung, Kostenstelle)', lang: 'de', defaultCountry: 'DE', source: 'index:1223280344 (ein Contao-Datenexporter für Collmex, PHP)' }, `
    # Zwei Telefonspalten: "Telefon" ist die Hauptnummer, "Telefon2" eine weitere. Die Adressgruppe ist eine Gruppe: Tags.
    Typkennung | - | CMXMGD | CMXMGD | CMXMGD
    Mitglied Nr | externalId | 1017 | 1042 | 1103
    Anrede | - | Herr | Frau | Herr
    Titel | - | Dr. | | 
    Vorname | firstName | Andreas | Petra | Lukas
    Name | lastName | Freiberger | Schmalz | Neuhaus
    Firma | companyName | | | Neuhaus Elektro
    Abteilung | - | | | 
    Straße | address1 | Am Schlossberg 4 | Talstraße 19 | Weinbergweg 2
    PLZ | postalCode | 72488 | 72501 | 72488
    Ort | city | Sigmaringen | Gammertingen | Sigmaringen
    Reserviert | - | | | 
    Reserviert | - | | | 
    Land | country | DE | DE | DE
    Telefon | phone | 07571 68213 | 07574 9310 | 07571 55018
    Telefax | - | | 07574 9311 | 
    E-Mail | email | a.freiberger@example.de | petra.schmalz@example.de | info@neuhaus-elektro.example
    KontoNr | - | | | 
    BLZ | - | | | 
    IBAN | - | DE44 6535 1260 0000 1234 56 | DE12 6539 0120 0000 9876 54 | DE89 3704 0044 0532 0130 00
    BIC | - | SOLADES1SIG | GENODES1SIG | COBADEFFXXX
    Bankname | - | Sparkasse Zollernalb | Volksbank Bad Saulgau | Commerzbank
    Sepa-Mandatsreferenz | - | RSC-1017 | RSC-1042 | RSC-1103
    Datum Unterschrift | - | 12.03.2014 | 01.02.2016 | 15.09.2021
    Geburtsdatum | dateOfBirth | 02.11.1968 | 17.06.1975 | 08.04.1990
    Eintrittsdatum | - | 01.04.2014 | 01.02.2016 | 01.10.2021
    Austrittsdatum | - | | | 
    Bemerkung | - | Übungsleiter | | 
    Telefon2 | additionalPhones | 0171 4455667 | | 0152 33445566
    Skype/VoIP | - | | | 
    Inhaber | - | | | 
    Ausgabemedium | - | 1 | 1 | 2
    Adressgruppe | tags | Aktive | Passive | Aktive
    Zahlungsbed. | - | 0 | 0 | 0
    Abrechnung über | - | | | 
    Ausgabe-Sprache | - | 0 | 0 | 0
    Kostenstelle | - | | | 
  `),
  set({ id: 'de-kita-mitglieder-import-eltern', kind: 'Kita-Förderverein: Import der Kinder als Mitglieder (Mitgliedsnummer, Geburts- und Eintrittsdatum, Anschrift mit Hausnummer, Name, E-Mail und Telefon eines Elternteils)', lang: 'de', defaultCountry: 'DE', source: 'index:21603510412 (der End-to-End-Test eines Beitragsimports, Playwright)' }, `
    # Das Mitglied ist das Kind; die Eltern-Spalten gehören einer anderen Person: nicht importiert.
    Mitgliedsnummer | externalId | KI-2024-031 | KI-2024-032 | KI-2024-040
    Vorname | firstName | Ida | Matteo | Frieda
    Nachname | lastName | Brandl | Rossi | Kuhn
    Geburtsdatum | dateOfBirth | 04.02.2021 | 19.10.2020 | 27.05.2022
    Eintrittsdatum | - | 01.08.2024 | 01.08.2024 | 01.09.2024
    Straße | address1 | Kastanienweg | Bahnhofstraße | Mühlgasse
    Hausnr | - | 3 | 41b | 9
    PLZ | postalCode | 90402 | 90403 | 90441
    Ort | city | Nürnberg | Nürnberg | Nürnberg
    Eltern 1 Vorname | - | Miriam | Giulia | Tobias
    Eltern 1 Nachname | - | Brandl | Rossi | Kuhn
    Eltern 1 Email | - | miriam.brandl@example.de | giulia.rossi@example.it | t.kuhn@example.de
    Eltern 1 Telefon | - | 0151-23456781 | 0176-9988776 | 0911 334455
  `),
  set({ id: 'de-oxid-gutschein-einloesungen-export', kind: 'OXID-eShop-Modul: Export eingelöster Gutscheine mit Bestellung und Rechnungsanschrift (Kopfzeile endet mit dem Trennzeichen)', lang: 'de', source: 'index:8560357279 (ein OXID-Modul zum Gutschein-Export, PHP)' }, `
    # Die Anschrift ist die der Bestellung (Rechnungsadresse); die Datei hat keine andere: importiert.
    Gutschein-Code | - | FRUEHLING25 | NEUKUNDE10 | FRUEHLING25
    Bestellnummer | - | 20417 | 20433 | 20458
    Bestelldatum | - | 2025-03-21 14:02:11 | 2025-03-22 09:45:37 | 2025-03-24 19:18:02
    Firma | companyName | | Praxis Dr. Lenz | 
    Vorname | firstName | Carola | Thomas | Elif
    Nachname | lastName | Weißhaupt | Lenz | Korkmaz
    Email | email | carola.w@example.de | praxis@dr-lenz.example | elif.korkmaz@example.com
    Straße | address1 | Gartenstraße | Marktplatz | Eichendorffstraße
    Hausnummer | - | 18 | 2 | 7a
    PLZ | postalCode | 79098 | 88212 | 70565
    Ort | city | Freiburg | Ravensburg | Stuttgart
    Artikelsumme (nicht rabattiert) | - | 89,90 | 149,00 | 59,95
    Bestellsumme | - | 67,43 | 134,10 | 44,96
    Gutscheinwert | - | 22,47 | 14,90 | 14,99
    "" | - | | | 
  `),
  set({ id: 'de-tischtennis-turnier-spielerliste', kind: 'Tischtennis-Turnierverwaltung: Export der Spielerliste (Name, Verein, Geschlecht, Geburtsdatum, TTR-Wert, Anschrift mit Hausnummer, Telefon)', lang: 'de', defaultCountry: 'DE', source: 'index:7142533909 (eine Turnier-App, Spieler-CSV-Export, React)' }, `
    # Der Verein ist eine Gruppe, der die Person angehört: Tags.
    Name | name | Jonas Albrecht | Mareike Stolz | Henrik Pfeiffer
    Verein | tags | TTC Grün-Weiß Bonn | TV Beuel | TTC Grün-Weiß Bonn
    Geschlecht | - | männlich | weiblich | männlich
    Geburtsdatum | dateOfBirth | 14.07.2008 | 02.03.1996 | 29.11.1972
    TTR | - | 1543 | 1687 | 1402
    Straße | address1 | Adenauerallee | Königswinterer Str. | Rheinweg
    Hausnummer | - | 88 | 12 | 5
    PLZ | postalCode | 53113 | 53227 | 53129
    Ort | city | Bonn | Bonn | Bonn
    Telefon | phone | 0228 918273 | 0170 5566778 | 
  `),
  set({ id: 'de-adressverwaltung-export-gebdatum', kind: 'Lernprojekt Adressverwaltung: CSV-Export der Adressen (Vorname, Name, Straße und Hausnummer getrennt, Telefon, Geburtsdatum "Geb.Datum")', lang: 'de', defaultCountry: 'DE', source: 'index:32217212559 (eine Adressverwaltung, Adresse.header(), Java)' }, `
    Vorname | firstName | Karl-Heinz | Svenja | Dragan
    Name | lastName | Oberländer | Wiesner | Petrović
    Straße | address1 | Fasanenweg | Goethestraße | Bergstraße
    Hausnummer | - | 14 | 3 | 27c
    PLZ | postalCode | 34117 | 35037 | 69120
    Ort | city | Kassel | Marburg | Heidelberg
    Telefon | phone | 0561 7738201 | 06421 290455 | 06221 418822
    Geb.Datum | dateOfBirth | 11.09.1957 | 23.12.1988 | 06.05.1979
  `),
  set({ id: 'de-kaminfeger-kehrbuch-import', kind: 'Bezirksschornsteinfeger: Import des Kehrbuchs (Objektanschrift, Eigentümer, Kundennummer, E-Mail, Telefon)', lang: 'de', defaultCountry: 'DE', source: 'index:70871707934 (der API-Test einer Terminplanungs-App für Kaminfeger, node:test)' }, `
    # Die Objektanschrift ist die des Eigentümers (selbst genutzte Häuser; eine andere Anschrift hat die Datei nicht).
    Straße | address1 | Kirchstraße | Kirchstraße | Schwarzwaldstraße
    Hausnummer | - | 4 | 6 | 112
    PLZ | postalCode | 79199 | 79199 | 79102
    Ort | city | Kirchzarten | Kirchzarten | Freiburg
    Eigentümer | name | Bernauer | Fam. Zähringer | Hausverwaltung Kern
    Kundennummer | externalId | KF-21-0417 | KF-21-0418 | KF-14-0233
    E-Mail | email | | zaehringer@example.de | info@hv-kern.example
    Telefon | phone | 07661 2841 | 07661 99031 | 0761 4578120
  `),
  set({ id: 'de-praxis-screening-stammdaten-export', kind: 'Arztpraxis: Export der Stammdaten eines Vorsorge-Screenings (Name, Geburtsdatum, Versicherten-ID, Anschrift, Versichertenart, BSNR, LANR, Arzt)', lang: 'de', source: 'index:55344834984 (ein Screening-Dokumentationsprogramm, FileHandler, Java)' }, `
    # Die Versicherten-ID ist eine Krankenversichertennummer (wie eine nationale Id); BSNR und LANR sind die der Praxis
    # und des Arztes: nicht importiert.
    name | lastName | Hagedorn | Yılmaz | Brückner
    vorname | firstName | Ingrid | Cem | Wolfgang
    geburtsdatum | dateOfBirth | 14.02.1956 | 30.08.1971 | 01.12.1949
    versichertenId | - | K123456789 | Y987654321 | B456789123
    strasse | address1 | Lerchenweg | Neckarstraße | Am Stadtpark
    hausnummer | - | 9 | 144 | 2
    plz | postalCode | 74072 | 70190 | 74076
    ort | city | Heilbronn | Stuttgart | Heilbronn
    versichertenart | - | 1 | 1 | 5
    geschlecht | - | W | M | M
    bsn | - | 521234500 | 521234500 | 521234500
    lanr | - | 123456601 | 123456601 | 765432101
    arztname | - | Dr. med. Anke Roth | Dr. med. Anke Roth | Dr. med. Felix Brandt
  `),
  set({ id: 'de-skischule-teilnehmer-excel-noheader', kind: 'Skischule: Teilnehmerliste aus Excel ohne Kopfzeile (Spalte A Vorname, Spalte B Nachname, laut Kommentar des Einlesers)', lang: 'de', noHeader: true, source: 'index:22174836315 (der Excel-Teilnehmerimport einer Skischulverwaltung, VB.NET)' }, `
    "" | firstName | Lina | Maximilian | Zoe | Ben
    "" | lastName | Oberhuber | Kirchmair | Gschwandtner | Walch
  `),
  set({ id: 'de-serienmail-kontakte-vorlage', kind: 'Serienmail-Tool: CSV-Vorlage für Kontakte (vorname, nachname, email, firma)', lang: 'de', source: 'index:51814880587 (die Anleitung eines Serienmail-Tools, Markdown)' }, `
    vorname | firstName | Katharina | Ole | Nadine
    nachname | lastName | Eberle | Johannsen | Stein
    email | email | k.eberle@example.de | ole.johannsen@example.com | nadine.stein@example.de
    firma | companyName | Eberle Consulting | Johannsen & Söhne GmbH | 
  `),
  set({ id: 'de-webshop-kunden-tabelle-kodierung', kind: 'Webshop-Lernprojekt: Spalten der Kundentabelle beim Registrieren (die Spalte "Straße" im Quelltext falsch kodiert als "straﬂe")', lang: 'de', defaultCountry: 'DE', source: 'index:23635100330 (ein Registrierungs-Servlet, INSERT INTO customer, Java)' }, `
    # Der Kopf ist so übernommen, wie die Datei ihn hat: "straﬂe" ist ein falsch kodiertes "straße".
    vorname | firstName | Tanja | Björn | Leyla
    nachname | lastName | Reinhardt | Hagen | Özdemir
    email | email | tanja.reinhardt@example.de | bjoern.hagen@example.com | leyla.oe@example.de
    straﬂe | address1 | Uhlandstraße | Parkallee | Schillerplatz
    gebdatum | dateOfBirth | 1992-04-17 | 1985-10-02 | 2001-01-29
    passwort | - | 8c6976e5b5410415bde908bd4dee15dfb167a9c873fc4bb8a81f6f2ab448a918 | 5994471abb01112afcc18159f6cc74b4f511b99806da59b3caf5a9c173cacfc5 | 03ac674216f3e15c761ee1a5e255f067953623c8b388b4459e13f978d7c846f4
    ort | city | Hamburg | Bremen | Kiel
    admin | - | 0 | 0 | 1
    hausnr | - | 21 | 5 | 1
    plz | postalCode | 22087 | 28209 | 24103
    telefonnr | phone | 040 22751930 | 0421 3479028 | 0431 5562810
  `),
  set({ id: 'de-vereinsbrief-serienanrede-ausgabe', kind: 'Serienbrief-Aufbereitung eines Vereins: Ausgabe mit Anschrift und errechneter Briefanrede ("Liebe Anna")', lang: 'de', source: 'index:35716583423 (ein Serienbrief-Konverter, createOutput, Java)' }, `
    # Die Anrede ist die fertige Briefanrede mit Spitznamen: nicht importiert, wie eine Anrede.
    Vorname | firstName | Annegret | Wilhelm | Jana
    Nachname | lastName | Kowalski | Staudinger | Fröhlich
    Strasse | address1 | Hohenzollernring | Im Winkel | Lessingstraße
    Hausnummer | - | 65 | 4 | 19b
    PLZ | postalCode | 48145 | 48346 | 48147
    Ort | city | Münster | Ostbevern | Münster
    Anrede | - | Liebe Anne | Lieber Willi | Liebe Jana
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-vve-appartementsrechten-import', kind: 'VvE-beheer: import van appartementsrechten met eigenaar (code, type, gebouw, adres, oppervlakte, breukdeel, stemmen, e-mail en naam van de eigenaar, aandeel)', lang: 'nl', source: 'index:67601926148 (de importtest van een VvE-beheerpakket, Vitest)' }, `
    # Een rij is een appartementsrecht: het adres is dat van de eenheid, niet per se dat van de eigenaar: niet
    # geïmporteerd. De eigenaarskolommen zijn de contactpersoon.
    code | - | A-01 | A-02 | P-07
    type | - | appartement | appartement | parkeerplaats
    gebouw | - | Kade-Oost | Kade-Oost | Kade-Oost
    straat | - | Havenkade | Havenkade | Havenkade
    huisnummer | - | 12 | 14 | 12
    postcode | - | 1013 BD | 1013 BD | 1013 BD
    plaats | - | Amsterdam | Amsterdam | Amsterdam
    oppervlakte_m2 | - | 78 | 91 | 14
    breukdeel_teller | - | 78 | 91 | 7
    breukdeel_noemer | - | 1000 | 1000 | 1000
    stemmen | - | 1 | 1 | 0
    eigenaar_email | email | r.bakker@example.nl | fam.dejong@example.nl | r.bakker@example.nl
    eigenaar_voornaam | firstName | Ruud | Marieke | Ruud
    eigenaar_tussenvoegsel | - | | de | 
    eigenaar_achternaam | lastName | Bakker | Jong | Bakker
    eigenaar_aandeel_promille | - | 1000 | 500 | 1000
  `),
  set({ id: 'nl-jobbeurs-bedrijvenlijst-export', kind: 'Vlaamse jobbeurs: export van de aanwezige bedrijven (bedrijfsnaam, adres met apart huisnummer, postcode, gemeente, e-mail, telefoonnummer)', lang: 'nl', defaultCountry: 'BE', source: 'index:5897639974 (een jobbeurs-beheerapp, GenerateCompanyListButton_Click, C#)' }, `
    Bedrijfsnaam | companyName | Vandenbroucke Logistics NV | Studio Maes BV | Delhaize Retail
    Adres | address1 | Industrieweg | Kortrijksesteenweg | Osseghemstraat
    Huisnummer | - | 14 | 212 | 53
    Postcode | postalCode | 9000 | 9830 | 1080
    Gemeente | city | Gent | Sint-Martens-Latem | Sint-Jans-Molenbeek
    Email | email | jobs@vandenbroucke.example | hallo@studiomaes.example | recruitment@delhaize.example
    Telefoonnummer | phone | 09 225 31 40 | 0475 12 34 56 | 02 412 21 11
  `),
  set({ id: 'nl-schoonmaak-debiteuren-puntkomma', kind: 'schoonmaakbedrijf: bestaande klanten uit de boekhouding, puntkomma-export (debiteurnummer, bedrijfsnaam, e-mail)', lang: 'nl', source: 'index:68403846910 (de parser-test van een klantenimport, Vitest)' }, `
    Debiteurnummer | externalId | 2001 | 2002 | 2015
    Bedrijfsnaam | companyName | Kantoorpand De Wissel BV | Tandartspraktijk Zuid | Sporthal Het Kasteel
    E-mail | email | facilitair@dewissel.example | info@tandartszuid.example | beheer@hetkasteel.example
  `),
  set({ id: 'nl-rijschool-leerlingen-import', kind: 'rijschool-app: import van leerlingen (naam, telefoon, e-mail, adres in één cel, geboortedatum, ophaaladres, notitie)', lang: 'nl', defaultCountry: 'NL', source: 'index:55310014209 (het instellingenscherm van een rijschool-app met voorbeeldimport, React Native)' }, `
    # Het ophaaladres is een tweede adres naast het eigen adres: niet geïmporteerd.
    Naam | name | Lotte Brouwer | Mohamed Azzouzi | Jesse Vos
    Telefoon | phone | 06 2345 6781 | 06 3456 7892 | 06 4567 8903
    Email | email | lotte.brouwer@example.nl | m.azzouzi@example.nl | jesse.vos@example.com
    Adres | address1 | Molenweg 3, Almere | Havenstraat 21, Lelystad | Kerkpad 9, Zeewolde
    Geboortedatum | dateOfBirth | 18-07-2006 | 02-11-2005 | 25-01-2007
    Ophaaladres | - | Molenweg 3, Almere | Station Lelystad Centrum | Kerkpad 9, Zeewolde
    Notitie | - | Faalangst, rustig aan | Examen in juni | 
  `),
  set({ id: 'nl-installateur-leads-lijst', kind: 'groothandel: leadlijst van installateurs uit een zoekscript (bedrijf, provincie, website, telefoon, e-mail, contactpersoon, kennisvragen, bron, notities, datum)', lang: 'nl', defaultCountry: 'NL', source: 'index:51947908169 (een leadgeneratiescript met kopregel in hoofdletters, shell)' }, `
    # Een rij is een bedrijf: de website is die van de lead zelf (geen domein van een ander bedrijf). BRON is de bron.
    BEDRIJF | companyName | Zonnetechniek Veluwe BV | Groen Installatie Twente | Van Leeuwen Elektro
    PROVINCIE | state | Gelderland | Overijssel | Zuid-Holland
    WEBSITE | website | https://zonnetechniekveluwe.example | https://groeninstallatie.example | 
    TELEFOON | phone | 055 744 1290 | 074 250 3311 | 010 482 9930
    EMAIL | email | info@zonnetechniekveluwe.example | contact@groeninstallatie.example | info@vanleeuwen-elektro.example
    CONTACTPERSOON | name | Erik Mulder | | Anouk van Leeuwen
    BATTERIJ_ERVARING | - | ja | nee | onbekend
    DEYE_KENNIS | - | ja | nee | nee
    WARMTE | - | warm | koud | lauw
    BRON | source | Google Maps | Installatievakbeurs | Google Maps
    NOTITIES | - | Doet thuisbatterijen sinds 2022 | | Terugbellen na de zomer
    DATUM_GEVONDEN | - | 2025-05-14 | 2025-05-14 | 2025-05-15
  `),
  set({ id: 'nl-be-horeca-leads-import', kind: 'Belgische leadlijst voor horeca (bedrijfsnaam, niche, telefoon, e-mail, gemeente, provincie)', lang: 'nl', defaultCountry: 'BE', source: 'index:13583402090 (de leadimport-test van een belscript-app, Vitest)' }, `
    # De niche is de categorie van de lead: Tags.
    Bedrijfsnaam | companyName | Frituur De Gouden Hoek | Brasserie Den Anker | Snackbar 't Pleintje
    Niche | tags | frituren | horeca | frituren
    Telefoon | phone | 0471 23 45 67 | +32 3 226 14 90 | 050 33 12 78
    Email | email | info@goudenhoek.example | denanker@example.be | 
    Gemeente | city | Mechelen | Antwerpen | Brugge
    Provincie | state | Antwerpen | Antwerpen | West-Vlaanderen
  `),
  set({ id: 'nl-voetbalvereniging-vrijwilligers-db-wide', kind: 'voetbalvereniging: kolommen van de vrijwilligersdatabase (22 kolommen: volledige naam en delen, adres, geboortedatum, KNVB-lidmaatschap en relatienummer, ouder van een jeugdlid met naam en team van het kind, eigen bedrijf, sponsorinteresse, AVG-toestemming, status, profielen)', lang: 'nl', defaultCountry: 'NL', source: 'index:55080367409 (een vrijwilligersbeheer-app, INSERT INTO vrijwilligers, Flask)' }, `
    # De volledige naam naast voornaam en achternaam is ook de Name. Het KNVB-relatienummer is het id van de persoon in
    # een ander systeem: External ID. "eigen_bedrijf" is de naam van het eigen bedrijf: Company. De profielen (rollen
    # waarvoor de vrijwilliger zich opgeeft) zijn groepen: Tags. Naam en team van het kind zijn van een ander.
    naam | name | Jeroen van den Berg | Petra Hoekstra | Kevin Smeets
    voornaam | firstName | Jeroen | Petra | Kevin
    tussenvoegsel | - | van den | | 
    achternaam | lastName | Berg | Hoekstra | Smeets
    adres | address1 | Sportlaan 14 | Esdoornstraat 3 | Wilhelminaweg 90
    postcode | postalCode | 6871 AB | 6874 CK | 6871 EZ
    woonplaats | city | Renkum | Wolfheze | Renkum
    geboortedatum | dateOfBirth | 1981-02-17 | 1975-08-09 | 1994-12-01
    email | email | jeroen.vdberg@example.nl | petra.hoekstra@example.nl | kevin.smeets@example.com
    telefoonnummer | phone | 06 12 34 56 78 | 0317 312 645 | 06 87 65 43 21
    knvb_lid | - | ja | nee | ja
    relatienummer | externalId | BBFG12H | | BBKL98Z
    ouder_verzorger | - | ja | ja | nee
    naam_kind | - | Luuk | Fenna | 
    team_kind | - | JO9-2 | MO11-1 | 
    eigen_bedrijf | companyName | Van den Berg Installatietechniek | | Smeets Fysio
    sponsor_interesse | - | ja | nee | misschien
    vriend_wvf | - | nee | ja | nee
    avg_toestemming | - | 1 | 1 | 1
    opmerkingen | - | Kan zaterdags fluiten | | 
    status_vrijwilliger | - | actief | nieuw | actief
    profielen | tags | scheidsrechter,kantine | kantine | trainer
  `),
  set({ id: 'nl-hyrox-sampling-deelnemers-export', kind: 'sponsoractivatie op een Hyrox-evenement: export van deelnemers (voornaam, achternaam, e-mail, nationaliteit, geslacht, score, evenement, datum, opt-in)', lang: 'nl', source: 'index:52545974628 (de exportroute van een evenementenapp, Express)' }, `
    Voornaam | firstName | Thijs | Esmee | Rachid
    Achternaam | lastName | Verbeek | Jansen | Ouali
    Email | email | thijs.verbeek@example.nl | esmee.j@example.com | rachid.ouali@example.nl
    Nationaliteit | - | Nederlands | Nederlands | Marokkaans
    Geslacht | - | Man | Vrouw | Man
    Score (meters) | - | 412 | 388 | 455
    Evenement | - | HYROX Amsterdam | HYROX Amsterdam | HYROX Maastricht
    Datum | - | 2025-04-12 | 2025-04-12 | 2025-05-31
    Opt-in | - | ja | nee | ja
  `),
  set({ id: 'nl-risicoscan-contacten-mongoexport', kind: 'ondernemersrisicoscan: mongoexport van de contacten (voornaam, achternaam, e-mail, telefoon, bedrijfsnaam, adviseur, drie risicoscores, totaal)', lang: 'nl', defaultCountry: 'NL', source: 'index:11967012766 (de README van een risicoscan-app met het mongoexport-commando)' }, `
    # De adviseur is de toegewezen gebruiker: Contact owner.
    voornaam | firstName | Martijn | Ilse | Gerrit
    achternaam | lastName | Dekker | Vermeulen | Postma
    email | email | martijn@dekkerbouw.example | ilse.vermeulen@example.nl | g.postma@postma-transport.example
    telefoon | phone | 06-41234567 | 030-2345678 | 0512-543210
    bedrijfsnaam | companyName | Dekker Bouw | Vermeulen Advies | Postma Transport BV
    adviseur | owner | Laura Smits | Laura Smits | Bas Hendriks
    criminele | - | 3 | 1 | 4
    technische | - | 2 | 2 | 5
    economische | - | 4 | 1 | 3
    totaal | - | 9 | 4 | 12
  `),
  set({ id: 'nl-aanmeldformulier-users-tabel', kind: 'aanmeldformulier van een vereniging: kolommen van de tabel users (aanhef, geslacht, naam, adres, postcode, woonplaats, telefoon, e-mail, datum)', lang: 'nl', defaultCountry: 'NL', source: 'index:2271349013 (een aanmeldpagina, INSERT INTO users, PHP)' }, `
    # De datum is de aanmelddatum: niet geïmporteerd.
    aanhef | - | Mevrouw | De heer | Mevrouw
    geslacht | - | V | M | V
    naam | name | Annemiek Visser | Joost van der Linden | Fleur Mertens
    adres | address1 | Schoolstraat 7 | Vondellaan 112 | Beukenhof 3
    postcode | postalCode | 7411 CL | 7412 RT | 7421 AB
    woonplaats | city | Deventer | Deventer | Deventer
    telefoon | phone | 0570 612 345 | 06 18273645 | 0570 698 112
    email | email | annemiek.visser@example.nl | joost.vdlinden@example.nl | fleur.mertens@example.com
    datum | - | 2025-01-14 | 2025-01-15 | 2025-02-02
  `),
  set({ id: 'nl-mbo-leraren-registratie', kind: 'mbo-schoolapp: registratie van leraren (lerarennummer, naam, e-mail, mobiel nummer, geboortedatum, adres met apart huisnummer, geslacht, rol, slb)', lang: 'nl', defaultCountry: 'NL', source: 'index:26152540472 (een registratiepagina voor leraren, INSERT INTO leraren, PHP)' }, `
    # "slb" zegt of de leraar studieloopbaanbegeleider is: een rol, niet geïmporteerd.
    Lerarennummer | externalId | L2041 | L2057 | L2063
    Voornaam | firstName | Wouter | Linda | Said
    Achternaam | lastName | Groen | Peters | Bouzid
    Email | email | w.groen@school.example.nl | l.peters@school.example.nl | s.bouzid@school.example.nl
    Mobielnummer | phone | 0612345670 | 0623456781 | 0634567892
    Geboortedatum | dateOfBirth | 1978-04-22 | 1985-09-13 | 1990-01-07
    Adres | address1 | Julianastraat | Rembrandtlaan | Vossenlaan
    Huisnummer | - | 15 | 204 | 8
    Postcode | postalCode | 3817 BT | 3818 GH | 3815 KL
    Woonplaats | city | Amersfoort | Amersfoort | Leusden
    Geslacht | - | man | vrouw | man
    Rol | - | docent | docent | teamleider
    slb | - | 1 | 0 | 0
  `),
  set({ id: 'nl-installatiebedrijf-facturen-tabel-wide', kind: 'installatiebedrijf: kolommen van de facturentabel met klantgegevens, drie producten en drie diensten met prijzen, totalen en betaaloptie (26 kolommen)', lang: 'nl', defaultCountry: 'NL', source: 'index:34277032530 (een factuurmodel, makeInvoice, INSERT INTO facturen, PHP)' }, `
    # Een rij is een factuur met de klant erop: "id" is het factuur-id, niet geïmporteerd; het klantnummer is het
    # External ID.
    id | - | 2025-0041 | 2025-0042 | 2025-0043
    voornaam | firstName | Gijs | Monique | Arjen
    achternaam | lastName | Timmermans | de Boer | Wouters
    email | email | gijs.timmermans@example.nl | monique.deboer@example.nl | arjen@wouters-bakkerij.example
    straatnaam | address1 | Parkweg 23 | Zuiderdiep 140 | Hoofdstraat 2
    postcode | postalCode | 7901 AB | 9401 GL | 7941 KA
    woonplaats | city | Hoogeveen | Assen | Meppel
    telefoonnummer | phone | 0528 234 567 | 06 34567812 | 0522 251 009
    klantnummer | externalId | K1007 | K1012 | K1015
    product1 | - | Thermostaat | Cv-ketel HR | Boiler 80L
    product2 | - | | Expansievat | 
    product3 | - | | | 
    dienst1 | - | Installatie | Installatie | Onderhoud
    dienst2 | - | | Voorrijkosten | 
    dienst3 | - | | | 
    product_prijs1 | - | 189.00 | 2150.00 | 640.00
    product_prijs2 | - | | 95.00 | 
    product_prijs3 | - | | | 
    dienst_prijs1 | - | 75.00 | 450.00 | 120.00
    dienst_prijs2 | - | | 35.00 | 
    dienst_prijs3 | - | | | 
    totaalIncBtw | - | 319.44 | 3296.70 | 919.60
    totaalExBtw | - | 264.00 | 2730.00 | 760.00
    totaalBTW | - | 55.44 | 566.70 | 159.60
    datum | - | 2025-03-04 | 2025-03-06 | 2025-03-07
    betaalOpties | - | iDEAL | op rekening | pin
  `),
  set({ id: 'nl-be-tennisclub-account-registratie', kind: 'Vlaamse tennisclub-app: velden van een nieuwe account (mail, wachtwoord, naam, adres, postcode, woonplaats, geslacht, geboortedatum, gsm, spelertype)', lang: 'nl', defaultCountry: 'BE', source: 'index:49063521715 (de account-API van een clubapp, register, JavaScript)' }, `
    mail | email | lies.declercq@example.be | tom.vermeersch@example.be | nina.wouters@example.be
    wachtwoord | - | Geheim!2025 | T3nnis-Tom | Smash#88
    voornaam | firstName | Lies | Tom | Nina
    achternaam | lastName | De Clercq | Vermeersch | Wouters
    adres | address1 | Kapelstraat 19 | Stationsplein 4 bus 2 | Molenstraat 88
    postcode | postalCode | 8500 | 8800 | 8530
    woonplaats | city | Kortrijk | Roeselare | Harelbeke
    geslacht | - | V | M | V
    geboortedatum | dateOfBirth | 2004-06-18 | 1991-02-27 | 2010-09-05
    gsm | phone | 0478 12 34 56 | 0495 87 65 43 | 0486 11 22 33
    spelertype | - | competitie | recreant | jeugd
  `),
  // ----------------------------------------------------------------------------------------------------- Mixed
  set({ id: 'mixed-nl-en-sportschool-gebruikers-bind', kind: 'sportschool-app (ASP.NET): kolommen van het gebruikersformulier, Nederlands en Engels door elkaar (PhoneNumber, AbonnementId)', lang: 'mixed', defaultCountry: 'NL', source: 'index:35016750034 (een GebruikersController, Bind-lijst, C#)' }, `
    # Het abonnement-id is het id van een abonnement, niet van de persoon: niet geïmporteerd.
    Voornaam | firstName | Iris | Koen | Yara
    Achternaam | lastName | Bosman | Lammers | Haddou
    Email | email | iris.bosman@example.nl | koen.lammers@example.com | yara.haddou@example.nl
    PhoneNumber | phone | 0612345678 | +31 6 23456789 | 0687654321
    Geboortedatum | dateOfBirth | 1996-03-08 | 1989-11-21 | 2002-07-14
    Rol | - | Lid | Trainer | Lid
    AbonnementId | - | 2 | 1 | 3
  `),
  set({ id: 'mixed-de-en-it-dienstleister-kunden-vorlage', kind: 'IT-Dienstleister-Portal: Vorlage zum Kundenimport, deutsche und englische snake_case-Spalten gemischt (customer_type, anrede, company_name, ust_id, phone_mobile, support_level)', lang: 'mixed', defaultCountry: 'DE', source: 'index:12591399129 (die Import-Seite eines Kundenportals, Vorlagen-Download, React)' }, `
    # Der Kundentyp (privat, firma, behörde) sagt, welche Art Kunde die Zeile ist, wie ein Schalter für die Formularfelder:
    # nicht importiert. Das Support-Level ist ein Vertragsstatus: nicht importiert.
    customer_type | - | privat | firma | behörde
    anrede | - | Herr | Keine Angabe | Keine Angabe
    titel | - | Dr. | | 
    vorname | firstName | Stefan | | 
    nachname | lastName | Engel | | 
    company_name | companyName | | Kessler Logistik GmbH | Stadtverwaltung Rosenheim
    ust_id | - | | DE287654321 | 
    email | email | stefan.engel@example.de | it@kessler-logistik.example | edv@rosenheim.example
    phone_mobile | phone | +49 170 3344556 | +49 8031 90870 | +49 8031 3650
    strasse | address1 | Am Gries 8 | Industriestraße 14 | Königstraße 24
    plz | postalCode | 83022 | 83026 | 83022
    stadt | city | Rosenheim | Rosenheim | Rosenheim
    land | country | Deutschland | Deutschland | Deutschland
    support_level | - | Standard | Premium | Premium
    status | - | aktiv | aktiv | inaktiv
    notes | - | | Wartungsvertrag bis 2026 | 
  `),
  set({ id: 'mixed-de-en-messe-reaktionsspiel-leaderboard', kind: 'Messestand-Reaktionsspiel: Bestenliste als CSV (submitted_at, nickname, vorname, nachname, company, email, score_ms, elapsed_ms)', lang: 'mixed', source: 'index:52437098258 (der Server eines Messe-Reaktionsspiels, Node.js)' }, `
    submitted_at | - | 2025-09-16T10:42:18.331Z | 2025-09-16T10:47:02.905Z | 2025-09-16T11:03:55.120Z
    nickname | - | blitz | | Turbo-Tom
    vorname | firstName | Lea | Dominik | Thomas
    nachname | lastName | Marquardt | Fuchs | Greiner
    company | companyName | Siemens Healthineers | Fuchs Automation | 
    email | email | lea.marquardt@example.com | d.fuchs@fuchs-automation.example | t.greiner@example.de
    score_ms | - | 187 | 214 | 179
    elapsed_ms | - | 30512 | 30488 | 30240
  `),
  set({ id: 'mixed-nl-en-hondensalon-klanten-seed', kind: 'hondentrimsalon (BE/NL): klantentabel in een seed-script, Nederlandse kolommen met Engelse snake_case (land_code, tel_e164)', lang: 'mixed', source: 'index:33774491836 (het SQL-seed-script van een trimsalon-app)' }, `
    voornaam | firstName | Ellen | Wout | Marloes
    achternaam | lastName | Peeters | van Rijn | Hofman
    email | email | ellen.peeters@example.be | wout.vanrijn@example.nl | marloes.h@example.nl
    land_code | country | BE | NL | NL
    straat | address1 | Lange Nieuwstraat | Prinsengracht | Stationsweg
    huisnummer | - | 55 | 301 | 18
    postcode | postalCode | 2000 | 1016 GW | 9726 AC
    plaats | city | Antwerpen | Amsterdam | Groningen
    tel_e164 | phone | +32471234598 | +31612345987 | +31687654123
  `),
];
