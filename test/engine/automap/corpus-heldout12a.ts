// The twelfth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch and
// mixed-language files; the other half, corpus-heldout12b.ts, holds the other languages): 57 header sets (589 columns,
// 268 of them expected to map; 24 English, 15 German, 11 Dutch, 7 mixed; 3 files without a header row, 2 with a title,
// an export time, a blank line and a section title above it; 5 sets of 21 to 45 columns) from sources none of the
// other parts use, found in the public code index with exact-string searches for header
// fragments (patient, donor, candidate, student and ticket exports, county parcel lists, German club, federation,
// practice and payroll files, Dutch member, client and school files, Swiss, Belgian, Luxembourgish and Canadian
// bilingual forms and exports) and written down, with the mapping a careful person would choose by the field
// definitions and the rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper.
// "index:N" names the index file the header text was read from (the index does not name its repository); the kind says
// what the file is. Sample values are made up in the shape of each file's own (no personal data or example rows from
// the sources are copied). A trailing empty column (a header line or a data line ending in the separator) is written
// as "". Form labels are written without their trailing colon. No set's headers repeat an older part's (the three
// files without a header row aside: their empty headers are those of older such files as wide).
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
// The tenth part's first half added these, which this half follows too:
// - A full-name column next to first and last name columns is the Name as well.
// - A school class, a grade, a year group or a cohort is not imported; a column that names a group the person belongs
//   to (a team, a club, a clan, an orchestra, a parliamentary group, a group membership) is Tags.
// - Of two ids of the person, the first is the External ID and the other is not imported.
// - A telephone area code in a column of its own is not imported; the number beside it is still the phone.
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - A patient, student, donor, candidate, licence or member number is the External ID (another system's id of the
//   person); an insurer's member id or policy number is not imported (it belongs to the insurance, like a national id).
// - In a ticket, purchase-request or exam export the requester or candidate is the contact; the ticket's own columns
//   (subject, category, tags, assignee, state) are the ticket's, like a deal's, and are not imported.
// - A property owner's mailing address written in one cell is the Address; the parcel's own (situs) address is not
//   imported (it is the property's, not the person's).
// - A Dutch name prefix ("Tussenvoegsel") in a column of its own is not imported, like a house number on its own.
// - Of a club and the federation it belongs to, the club is Tags (the group the person is in) and the federation is
//   not imported.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout12' }, table);

export const HELDOUT12A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-patient-upload-template-gender', kind: 'patient upload template download (id, names, birth date, gender)', lang: 'en', source: 'index:52990509499 (a clinical data app\'s patient upload dialog, TypeScript)' }, `
    Patient ID | externalId | PT-1042 | PT-1043 | PT-1044
    First Name | firstName | Marcus | Elena | Priya
    Last Name | lastName | Holloway | Brandt | Raman
    Date of Birth | dateOfBirth | 1978-11-02 | 1991-04-17 | 1985-09-30
    Gender | - | Male | Female | Female
  `),
  set({ id: 'en-clinic-patient-import-template-insurance', kind: 'clinic patient import template (contact, birth date, one-cell address, insurance provider and number)', lang: 'en', source: 'index:16221955215 (a clinic dashboard\'s export-template button, TypeScript)' }, `
    Patient ID | externalId | 100233 | 100234 | 100235
    First Name | firstName | Janet | Oluwaseun | Derek
    Last Name | lastName | McAllister | Adeyemi | Thornbury
    Email | email | janet.mcallister@example.com | seun.adeyemi@example.net | dthornbury@example.org
    Phone | phone | (614) 555-0187 | (614) 555-0142 | 614-555-0199
    Date of Birth | dateOfBirth | 1969-02-14 | 1994-07-08 | 1982-12-01
    Gender | - | Female | Male | Male
    Address | address1 | 455 Oak St, Columbus, OH 43215 | 88 High St Apt 2, Columbus, OH 43201 | 1201 Elm Ave, Dublin, OH 43017
    # the insurer's policy number belongs to the insurance, not to a system that holds the person: not imported
    Insurance Provider | - | Aetna | Anthem | UnitedHealthcare
    Insurance Number | - | AET48820193 | ANT5527781 | UHC99120034
  `),
  set({ id: 'en-dental-patients-export-emergency', kind: 'practice patients export (contact, address, emergency contact and phone, medical history, last visit)', lang: 'en', source: 'index:55584849039 (a dental practice site\'s patients page export, JavaScript)' }, `
    Patient ID | externalId | PAT-0091 | PAT-0092 | PAT-0093
    First Name | firstName | Rosa | Trevor | Min-jun
    Last Name | lastName | Delgado | Bishop | Park
    Email | email | rosa.delgado@example.com | tbishop@example.com | minjun.park@example.org
    Phone | phone | 512-555-0133 | 512-555-0176 | 737-555-0102
    Date of Birth | dateOfBirth | 1988-05-21 | 1957-10-03 | 2001-01-29
    Gender | - | female | male | male
    Address | address1 | 2210 S Lamar Blvd, Austin, TX 78704 | 904 W 29th St, Austin, TX 78705 | 15 Rainey St #1204, Austin, TX 78701
    Emergency Contact | - | Luis Delgado | Karen Bishop | Ji-woo Park
    Emergency Phone | - | 512-555-0134 | 512-555-0177 | 737-555-0103
    Medical History | - | Penicillin allergy | Hypertension | None
    Last Visit | - | 2024-02-12 | 2023-11-30 | 2024-03-01
  `),
  set({ id: 'en-patient-roster-insurance-member-id', kind: 'patient roster CSV read by an eligibility tool (id, names, birth date in mixed formats, insurer and its member id)', lang: 'en', source: 'index:1853894382 (a patient CSV reader\'s test, JavaScript)' }, `
    Patient ID | externalId | P101 | P102 | P103
    First Name | firstName | Gloria | Benedict | Yusuf
    Last Name | lastName | Hartmann | Osei | Karimi
    Date of Birth | dateOfBirth | 1972-06-19 | 04/11/1966 | 1990/02/25
    Insurance Provider | - | Cigna | Humana | Kaiser Permanente
    # the insurer's member number, not the person's id in a system the user keeps: not imported
    Member ID | - | CIG2231 | HUM-88120 | KP-55019
  `),
  set({ id: 'en-clinic-existing-patients-ng', kind: 'clinic onboarding import of existing patients (old system id, phones in +234 form, blood group)', lang: 'en', defaultCountry: 'NG', source: 'index:71386502108 (a multi-clinic server\'s patient import test, TypeScript)' }, `
    Existing Patient ID | externalId | LKC-0142 | LKC-0143 | LKC-0144
    First Name | firstName | Chiamaka | Tunde | Halima
    Last Name | lastName | Eze | Bakare | Sani
    Phone | phone | +2348031234567 | +2348057654321 | +2348092223344
    Email | email | chiamaka.eze@example.com | tunde.bakare@example.com | halima.sani@example.org
    Gender | - | female | male | female
    Blood Group | - | O+ | A- | B+
    Address | address1 | 14 Admiralty Way, Lekki | 3 Allen Avenue, Ikeja | 22 Herbert Macaulay Way, Yaba
  `),
  set({ id: 'en-hospital-data-export-patients-above', kind: 'hospital management data export (title, export time and a blank line, then a section title above the patients\' header; doctor, department, tag, visits, spend)', lang: 'en', defaultCountry: 'IN', above: [['SEVASANGRAHA HOSPITAL DATA EXPORT'], ['Exported on: 3/14/2025, 10:42:17 AM'], [''], ['=== PATIENTS ===']], source: 'index:32712856995 (a hospital CRM\'s settings page export writer, TypeScript)' }, `
    Patient ID | externalId | SH-00412 | SH-00413 | SH-00414
    First Name | firstName | Ramesh | Sunita | Arjun
    Last Name | lastName | Kulkarni | Devi | Menon
    Phone | phone | 9876543210 | 9123456780 | 9988776655
    # the treating doctor of the visit is not a user of the contact list the patients go to: not imported
    Doctor Name | - | Dr. Anil Sharma | Dr. Meera Iyer | Dr. Anil Sharma
    Department | - | Orthopaedics | Gynaecology | Orthopaedics
    Gender | - | Male | Female | Male
    Age | - | 54 | 38 | 27
    Address | address1 | 12 MG Road, Pune | 45 Nehru Nagar, Nagpur | Flat 3, Sai Residency, Pune
    Patient Tag | tags | VIP | | Follow-up
    Visit Count | - | 4 | 1 | 2
    Department Status | - | OPD | IPD | OPD
    Total Spent | - | 18500 | 42000 | 3200
    Last Visit | - | 3/10/2025 | 3/12/2025 | 2/28/2025
    Registration Date | - | 11/2/2024 | 3/12/2025 | 1/15/2025
  `),
  set({ id: 'en-hospital-refunds-export-above', kind: 'hospital data export of the refunds section only (title, export time, blank line and section title above; patient id and full name)', lang: 'en', defaultCountry: 'IN', above: [['VALANT HOSPITAL DATA EXPORT'], ['Exported on: 6/2/2025, 4:05:51 PM'], [''], ['=== REFUNDS ===']], source: 'index:39726084133 (a second hospital CRM\'s settings page export writer, TypeScript)' }, `
    Refund ID | - | 7f3c1a20 | 8a91d4e2 | 0c55b7f9
    Patient ID | externalId | VH-2291 | VH-2307 | VH-2310
    Patient Name | name | Kavita Joshi | Mohammed Rafiq | Deepak Nair
    Amount | - | 1500 | 750 | 2200
    Reason | - | Duplicate payment | Test cancelled | Discharge adjustment
    Payment Mode | - | UPI | CASH | CARD
    Date | - | 5/28/2025 | 5/30/2025 | 6/1/2025
  `),
  set({ id: 'en-hr-suite-recruitment-report', kind: 'HR suite recruitment report (candidate full name, applied job, pipeline stage, rating)', lang: 'en', source: 'index:68353630115 (an HR platform\'s report controller, TypeScript)' }, `
    Candidate Name | name | Aisha Thompson | Kevin O'Brien | Lena Vogel
    Email | email | aisha.thompson@example.com | kobrien@example.net | lena.vogel@example.org
    Phone | phone | +1 415 555 0148 | +1 415 555 0193 | +1 628 555 0117
    Applied Job | - | Senior Accountant | Warehouse Lead | Senior Accountant
    Pipeline Stage | - | Interview | Screening | Offer
    Rating | - | 4 | 3 | 5
  `),
  set({ id: 'en-ai-screening-ranked-candidates', kind: 'AI résumé screening ranking export (rank, candidate, match score, recommendation, strengths, concerns, missing skills)', lang: 'en', source: 'index:61054016400 (a résumé screening service\'s job results route, TypeScript)' }, `
    Rank | - | 1 | 2 | 3
    Candidate Name | name | Daniel Kim | Farah Haddad | Tomás Ibarra
    Email | email | daniel.kim@example.com | farah.haddad@example.com | tibarra@example.org
    Phone | phone | 206-555-0162 | 206-555-0119 | 425-555-0180
    Match Score % | - | 91 | 84 | 77
    Recommendation | - | Strong Hire | Hire | Consider
    Strengths | - | React; TypeScript; AWS | Python; data pipelines | Go; Kubernetes
    Key Concerns | - | Short tenures | No team lead experience | Relocation needed
    Missing Skills | - | GraphQL | Terraform | React
  `),
  set({ id: 'en-county-tax-roll-owners', kind: 'county assessor tax roll CSV (parcel number, owner name, one-cell mailing address, values, tax)', lang: 'en', source: 'index:69139222453 (a city budgeting tool\'s tax roll import test, JavaScript)' }, `
    APN | - | 841-12-003 | 841-12-004 | 841-15-021
    Owner Name | name | HERNANDEZ, MARIA L | CHEN FAMILY TRUST | OKONKWO, PETER
    Mailing Address | address1 | 1 Main St, Gilroy | 7420 Monterey Rd, Gilroy | PO Box 512, Morgan Hill
    Land Value | - | $210,000 | 185000 | 96,500
    Improvement Value | - | 305000 | 0 | 212400
    Exemptions | - | 7000 | | 7000
    Total Tax | - | 5,432.10 | 1,990.44 | 3,318.75
  `),
  set({ id: 'en-county-foia-tax-certificates', kind: 'county FOIA list of tax-sale certificates (parcel, owner, one-cell mailing address, property address, certificate)', lang: 'en', source: 'index:53239180091 (a land acquisition back end\'s FOIA row parser test, Python)' }, `
    Parcel Number | - | 0036 011C | 0041 002 | 0107 033A
    Owner Name | name | Loretta Beasley | Raymond Colt | Sunrise Holdings LLC
    Mailing Address | address1 | 123 Main St, Blue Ridge, GA 30513 | 55 Aska Rd, Blue Ridge, GA 30513 | 900 Peachtree St NE, Atlanta, GA 30309
    Property Address | - | 66 Valley Overlook | 12 Toccoa River Rd | Lot 14 Mountain Tops Rd
    Certificate Number | - | CERT-1 | CERT-2 | CERT-3
  `),
  set({ id: 'en-absentee-owner-leads-export', kind: 'real-estate lead list export (property address, owner, one-cell mailing address, assessed value, years owned, lead score)', lang: 'en', source: 'index:62208516588 (a property prospecting app\'s leads export route, TypeScript)' }, `
    Address | - | 1418 Linden Ave | 77 Harbor View Dr | 302 E Walnut St
    Owner Name | name | Beverly Janssen | Curtis Whitaker | Nguyen Thi Lan
    Mailing Address | address1 | 9 Sparrow Ct, Naperville, IL 60540 | 4410 N Clark St, Chicago, IL 60640 | 302 E Walnut St, Aurora, IL 60505
    Assessed Value | - | 214000 | 389500 | 156200
    Ownership Years | - | 22 | 9 | 31
    Lead Score | - | 87 | 64 | 72
  `),
  set({ id: 'en-helpdesk-tickets-custom-fields', kind: 'help desk tickets export with custom fields (ticket ref, state, requester, assignee, tags, client name, amount)', lang: 'en', source: 'index:58668657632 (a help desk API\'s ticket export test, TypeScript)' }, `
    Ref | - | T-1042 | T-1043 | T-1044
    Subject | - | Cannot log in | Invoice copy needed | VPN drops hourly
    Status | - | open | pending | solved
    Priority | - | high | low | normal
    Type | - | incident | question | problem
    # the ticket's state (new, open, closed), not a region of an address
    State | - | active | waiting | closed
    Requester | name | Monica Albright | Gareth Lowe | Sana Qureshi
    Requester Email | email | monica.albright@acme.example | glowe@northwind.example | sana.q@acme.example
    Assignee | - | Tom Becker | Ivy Chen | Tom Becker
    Category | - | Access | Billing | Network
    Subcategory | - | SSO | Invoices | VPN
    Tags | - | urgent,sso | billing | vpn,remote
    Origin | - | email | portal | phone
    Created | - | 2025-02-03T09:14:00Z | 2025-02-03T11:02:00Z | 2025-02-04T08:30:00Z
    Last Activity | - | 2025-02-03T15:40:00Z | 2025-02-05T10:00:00Z | 2025-02-06T12:12:00Z
    # a custom field naming the requester's client company: the requester's company
    Client Name | companyName | ACME Inc | Northwind Traders | ACME Inc
    Expedite | - | true | false | false
    Amount | - | 42 | 0 | 120
  `),
  set({ id: 'en-it-service-desk-sla-export', kind: 'IT service desk tickets export (title, requester, assigned technician, SLA hours, business impact)', lang: 'en', source: 'index:70766392229 (an IT ticketing web app\'s CSV export action, C#)' }, `
    Ticket | - | INC-000118 | INC-000119 | INC-000120
    Title | - | Printer offline 3rd floor | New laptop request | Outlook crashes on start
    Status | - | Open | InProgress | Resolved
    Priority | - | Medium | Low | High
    Category | - | Hardware | Provisioning | Software
    Requester | name | Patricia Gomez | Wen Li | Robert Fairley
    Requester Email | email | pgomez@contoso.example | wen.li@contoso.example | rfairley@contoso.example
    Assigned To | - | Sam Rivera | Sam Rivera | Nora Blake
    Created At | - | 2025-01-13 08:02 | 2025-01-13 09:45 | 2025-01-14 07:30
    Resolved At | - | | | 2025-01-14 10:05
    SLA Hours | - | 8 | 40 | 4
    Business Impact | - | Team blocked | None | User blocked
    Impact Value (USD) | - | 1200 | 0 | 450
  `),
  set({ id: 'en-purchase-requests-drive-log', kind: 'purchase request log kept in a Drive CSV (PO number, requester and email, link, shipment address, attention, urgency)', lang: 'en', source: 'index:37899851712 (a purchase request form app writing to Google Drive, Python)' }, `
    PO Number | - | PO-2025-0117 | PO-2025-0118 | PO-2025-0119
    Requester | name | Alan Duarte | Grace Whitman | Alan Duarte
    Requester Email | email | alan.duarte@example.edu | gwhitman@example.edu | alan.duarte@example.edu
    Request Date and Time | - | 2025-03-03 09:12:44 | 2025-03-03 14:05:10 | 2025-03-04 10:30:02
    Link | - | https://www.amazon.com/dp/B08N5WRWNW | https://www.digikey.com/en/products/detail/1050-1024 | https://www.mcmaster.com/91290A115
    Quantity | - | 2 | 10 | 100
    Shipment Address | - | Engineering Bldg Rm 204 | Physics Lab 1.12 | Engineering Bldg Rm 204
    Attention To | - | A. Duarte | Dr. Whitman | A. Duarte
    Department | - | Mechanical Engineering | Physics | Mechanical Engineering
    Description | - | Raspberry Pi 4 kits | Op-amp samples | M3 socket screws
    Classification | - | Equipment | Supplies | Supplies
    Urgency | - | High | Normal | Low
  `),
  set({ id: 'en-school-admin-students-username', kind: 'school admin app student list export (id, names, grade, section, username)', lang: 'en', source: 'index:20223950996 (a school attendance Android app\'s export view model, Kotlin)' }, `
    Student ID | externalId | 2024-0153 | 2024-0154 | 2024-0161
    First Name | firstName | Andrea | Miguel | Joy
    Last Name | lastName | Santos | Reyes | Villanueva
    Grade | - | 7 | 7 | 8
    Section | - | Sampaguita | Sampaguita | Narra
    Username | - | asantos24 | mreyes24 | jvillanueva24
  `),
  set({ id: 'en-library-reading-roster-sheet', kind: 'school reading-log roster sheet read by a sync app (id, names, grade, active, barcode, weekly to all-time totals)', lang: 'en', source: 'index:68368346278 (a reading tracker app\'s Google Sheets setup guide, Markdown)' }, `
    Student ID | externalId | 31007 | 31008 | 31015
    First Name | firstName | Olivia | Mason | Zara
    Last Name | lastName | Bennett | Ortiz | Ali
    Grade | - | 3 | 3 | 4
    Active | - | yes | yes | no
    Barcode | - | 31007 | 31008 | 31015
    This Week | - | 120 | 45 | 0
    This Month | - | 480 | 210 | 60
    This Year | - | 3120 | 1875 | 940
    All Time | - | 5400 | 2230 | 2980
  `),
  set({ id: 'en-tutoring-center-students-export', kind: 'tutoring center students export (id, names, grade level, section, status, email, phone, join date, sessions)', lang: 'en', source: 'index:44515827407 (a learning center dashboard\'s students page, TypeScript)' }, `
    Student ID | externalId | LC-0101 | LC-0102 | LC-0103
    First Name | firstName | Ethan | Sofia | Noah
    Last Name | lastName | Parker | Marino | Greene
    Grade | - | 10 | 11 | 9
    Section | - | B | A | C
    Status | - | Active | Active | Inactive
    Email | email | ethan.parker@student.example.org | sofia.marino@student.example.org | noah.greene@student.example.org
    Phone | phone | (919) 555-0124 | (919) 555-0168 | (984) 555-0101
    Join Date | - | 2024-09-03 | 2024-09-10 | 2023-01-17
    Total Sessions | - | 28 | 31 | 12
  `),
  set({ id: 'en-school-bus-ridership-report', kind: 'school transport ridership report (student, grade, school, parent\'s name and phone, service type, payment status)', lang: 'en', source: 'index:68687102723 (a school bus registration app\'s reports route, TypeScript)' }, `
    Student ID | externalId | clx8a1b2c0001 | clx8a1b2c0002 | clx8a1b2c0003
    First Name | firstName | Liam | Ava | Jackson
    Last Name | lastName | Foster | Nguyen | Reed
    Grade | - | 2 | 5 | K
    School | - | Oak Hill Elementary | Oak Hill Elementary | Riverside Primary
    Parent Name | - | Megan Foster | Binh Nguyen | Alicia Reed
    Parent Phone | - | 615-555-0111 | 615-555-0145 | 629-555-0170
    Service Type | - | AM/PM | PM only | AM/PM
    Payment Status | - | PAID | PENDING | PAID
  `),
  set({ id: 'en-school-behavior-data-template-wide', kind: 'school behaviour and attendance processing template (student contact, homeroom, parent columns, GPA, credits, PBIS points, tardies, absences, detentions)', lang: 'en', source: 'index:52856928857 (a school data processor\'s Excel template download, TypeScript)' }, `
    Student ID | externalId | 2200418733 | 2200418790 | 2200419012
    First Name | firstName | Kayla | Jordan | Emmanuel
    Last Name | lastName | Simmons | Price | Asante
    Grade | - | 12 | 10 | 11
    Homeroom | - | A-201 | B-114 | A-207
    Email | email | kayla.simmons@student.example.edu | jordan.price@student.example.edu | e.asante@student.example.edu
    Phone | phone | 404-555-0193 | 404-555-0127 | 470-555-0166
    Parent Name | - | Renee Simmons | Marcus Price | Grace Asante
    Parent Phone | - | 404-555-0194 | 404-555-0128 | 470-555-0167
    Parent Email | - | renee.simmons@example.com | mprice@example.com | grace.asante@example.com
    GPA | - | 3.6 | 2.9 | 3.2
    Credits | - | 22 | 12 | 17.5
    Graduation Year | - | 2025 | 2027 | 2026
    PBIS Points | - | 140 | 85 | 110
    TTS Count | - | 1 | 4 | 0
    TTC Count | - | 0 | 2 | 1
    Absences | - | 3 | 9 | 2
    Detentions | - | 0 | 2 | 0
    Suspensions | - | 0 | 0 | 0
    Last Tardy | - | 2025-01-22 | 2025-02-10 |
    Last Absence | - | 2024-12-16 | 2025-02-03 | 2024-11-08
    Enrollment Date | - | 2021-08-05 | 2023-08-07 | 2022-08-04
  `),
  set({ id: 'en-seis-special-ed-goals-import', kind: 'special education (SEIS) goals report import (SEIS and district ids, names, birthdate, school, case manager, IEP date)', lang: 'en', source: 'index:55243230633 (a school therapy caseload app\'s import classifier test, TypeScript)' }, `
    SEIS ID | externalId | 8812034 | 8812211 | 8813407
    District ID | - | 100457 | 100982 | 101233
    Last Name | lastName | Morales | Whitaker | Cho
    First Name | firstName | Isabella | Caleb | Hana
    Birthdate | dateOfBirth | 03/14/2015 | 11/02/2012 | 07/29/2016
    Grade | - | 4 | 7 | 3
    School of Attendance | - | Jefferson Elementary | Lincoln Middle | Jefferson Elementary
    District of Service | - | Fresno Unified | Fresno Unified | Clovis Unified
    # the staff member in charge of the student's case: an assigned user, so the Contact owner
    Case Manager | owner | Diane Holt | Marco Ruiz | Diane Holt
    IEP Date | - | 10/05/2024 | 01/18/2025 | 03/02/2025
  `),
  set({ id: 'en-public-exam-attempts-export', kind: 'public online exam attempts export (exam, candidate, score, percentage, status, time taken, date)', lang: 'en', source: 'index:55084269277 (an exam platform\'s admin routes, JavaScript)' }, `
    Exam Name | - | Forklift Safety Basics | Forklift Safety Basics | First Aid Refresher
    Candidate Name | name | Victor Almeida | Hannah Pruitt | Jamal Hughes
    Email | email | valmeida@example.com | hannah.pruitt@example.com | jamal.hughes@example.net
    Phone | phone | +1 (702) 555-0110 | +1 (702) 555-0183 | +1 (725) 555-0141
    Score | - | 18 | 12 | 27
    Percentage | - | 90 | 60 | 90
    Status | - | Passed | Failed | Passed
    Time Taken (sec) | - | 742 | 1205 | 980
    Date | - | 3/2/2025 | 3/2/2025 | 3/4/2025
  `),
  set({ id: 'en-ats-resume-analysis-export', kind: 'résumé ATS analysis export (record id, candidate, ATS score, target job title, skills count)', lang: 'en', source: 'index:56270963152 (a résumé analyzer\'s CSV converter, JavaScript)' }, `
    ID | externalId | 65f1c2a9e4b0a1d2c3f40011 | 65f1c2a9e4b0a1d2c3f40012 | 65f1c2a9e4b0a1d2c3f40013
    Candidate Name | name | Brianna Walsh | Oscar Lindqvist | Mei Tanaka
    Email | email | brianna.walsh@example.com | oscar.l@example.com | mei.tanaka@example.org
    Phone | phone | 312-555-0157 | 773-555-0132 | 312-555-0108
    ATS Score | - | 78 | 64 | 85
    Job Title | - | Data Analyst | Product Manager | Data Analyst
    Skills Count | - | 14 | 9 | 17
    Created At | - | 2025-03-13T17:22:41.512Z | 2025-03-13T18:01:09.003Z | 2025-03-14T08:45:30.770Z
  `),
  set({ id: 'en-blood-bank-donor-file', kind: 'blood bank management report, donor file (donor id, names, blood group)', lang: 'en', source: 'index:16683925001 (a blood bank console program\'s README, Markdown)' }, `
    Donor id | externalId | DR12 | DR13 | DR14
    First name | firstName | Ishaan | Ritika | Farhan
    Last name | lastName | Bose | Ghosh | Siddiqui
    Blood group | - | AB+ | O- | B+
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-praxis-impfungen-import', kind: 'medical practice secretary\'s patient import (names, birth date, vaccinations)', lang: 'de', defaultCountry: 'DE', source: 'index:62053536629 (a practice web app\'s CSV import end-to-end test, JavaScript)' }, `
    Vorname | firstName | Jonas | Hildegard | Emre
    Nachname | lastName | Fischer | Brenner | Yilmaz
    Geburtsdatum | dateOfBirth | 02.09.1979 | 28.01.1948 | 11.12.2003
    Impfungen | - | Tetanus:2021-05-10 | Grippe:2024-10-14 | COVID:2023-03-01
  `),
  set({ id: 'de-tischtennis-spieler-verband', kind: 'table tennis federation player list (federation, region, club, salutation, names, birth date, internal number)', lang: 'de', defaultCountry: 'DE', source: 'index:21636595154 (a table tennis tournament tool\'s player database test, Python)' }, `
    Verband | - | TTBW | TTBW | TTBW
    Region | - | Schwarzwald | Neckar | Schwarzwald
    VereinName | tags | TTC Freiburg | SV Esslingen | TTC Freiburg
    Anrede | - | Herr | Frau | Herr
    Nachname | lastName | Schäuble | Krämer | Nowak
    Vorname | firstName | Felix | Marlene | Tobias
    Geburtsdatum | dateOfBirth | 04.06.2011 | 19.02.2009 | 30.11.2012
    InterneNr | externalId | 40117 | 40233 | 40118
  `),
  set({ id: 'de-physio-praxisakte-leistungen', kind: 'physiotherapy practice file export (patient number, contact, separate invoice recipient, service date, service, quantity, billing period, therapist)', lang: 'de', defaultCountry: 'DE', source: 'index:68943087023 (a therapy plan parser\'s practice-file CSV export test, TypeScript)' }, `
    Patienten-Nr. | externalId | IMTZ26014 | IMTZ26015 | IMTZ26016
    Nachname | lastName | Gräber | Lindner | Okafor
    Vorname | firstName | Ulrike | Bastian | Grace
    Geburtsdatum | dateOfBirth | 17.03.1964 | 02.08.1990 | 23.05.1985
    Straße | address1 | Lindenweg 7 | Bahnhofstraße 22a | Am Mühlbach 3
    PLZ | postalCode | 88400 | 88471 | 88487
    Ort | city | Biberach an der Riß | Laupheim | Mietingen
    E-Mail | email | u.graeber@example.de | bastian.lindner@example.de | grace.okafor@example.com
    Telefon | phone | 07351 44812 | 0171 2345987 | 07392 170233
    Rechnungsempfänger abweichend | - | nein | ja | nein
    Abweichender Empfänger | - | | Lindner GmbH, Ulmer Str. 4, 88471 Laupheim |
    Datum | - | 03.03.2026 | 04.03.2026 | 04.03.2026
    Leistung | - | KG | MT | KG-Gerät
    Menge | - | 1 | 1 | 2
    Abrechnungsabschnitt | - | 1 | 1 | 2
    Therapeut | - | S. Maier | K. Albrecht | S. Maier
    Bemerkung | - | | Hausbesuch |
  `),
  set({ id: 'de-schiedsrichter-lizenzen-import', kind: 'referee licence list import (licence number, names, birth date, club, federation, active, licence and year; lowercase headers)', lang: 'de', defaultCountry: 'DE', source: 'index:58591148476 (a referee administration\'s rake task test, Ruby)' }, `
    lizenznummer | externalId | SR-10442 | SR-10587 | SR-11003
    nachname | lastName | Hoffmann | Demir | Winkler
    vorname | firstName | Lukas | Aylin | Jörg
    geburtsdatum | dateOfBirth | 12.04.1996 | 07.10.2001 | 21.01.1972
    verein | tags | TSV Bad Saulgau | FC Wangen 05 | SV Ochsenhausen
    verband | - | WFV | WFV | WFV
    aktiv | - | ja | ja | nein
    lizenz | - | A | B | A
    lizenz_jahr | - | 2025 | 2025 | 2023
  `),
  set({ id: 'de-schiedsrichter-kurse-import', kind: 'referee course results import (licence number, names, birth date, club, email, two courses with repeated "Kurs" columns and test versions, instructor)', lang: 'de', defaultCountry: 'DE', source: 'index:56248580907 (a referee administration\'s course import service test, Ruby)' }, `
    Lizenznummer | externalId | SR-20331 | SR-20412 | SR-20418
    Name | lastName | Berger | Kowalski | Ahmeti
    Vorname | firstName | Nina | Pawel | Drilon
    Geburtsdatum | dateOfBirth | 03.05.2004 | 18.09.1999 | 27.02.2006
    Verein | tags | SC Pfullendorf | FV Ravensburg | SC Pfullendorf
    E-Mail Adresse | email | nina.berger@example.de | p.kowalski@example.de | drilon.ahmeti@example.de
    Kurs 1 | - | 12.01.2026 | 12.01.2026 | 19.01.2026
    Kurs 1 | - | bestanden | bestanden | nicht bestanden
    Kurs 1 Testversion | - | A | B | A
    Kurs 1 | - | 27 | 25 | 14
    Kurs 2 | - | 09.02.2026 | | 09.02.2026
    Kurs 2 | - | bestanden | | bestanden
    Kurs 2 Testversion | - | B | | A
    Kurs 2 | - | 28 | | 22
    Ausbilder | - | Thomas Reich | Thomas Reich | Sabine Haug
  `),
  set({ id: 'de-therapie-patientenliste-export', kind: 'therapy practice desktop app patient list export (id, names, birth date, age, email, phone, active status)', lang: 'de', defaultCountry: 'DE', source: 'index:52106592712 (a practice management WPF app\'s export handler, C#)' }, `
    Id | externalId | 57 | 58 | 61
    Nachname | lastName | Kessler | Wagner | Özdemir
    Vorname | firstName | Annika | Heinz | Selin
    Geburtsdatum | dateOfBirth | 1987-06-11 | 1953-02-27 | 2009-10-05
    Alter | - | 38 | 73 | 16
    Email | email | annika.kessler@example.de | | selin.oezdemir@example.de
    Telefon | phone | 0221 9876543 | 02234 55120 | 0157 33445566
    Status | - | Aktiv | Aktiv | Inaktiv
  `),
  set({ id: 'de-foodcoop-mitglieder-arbeitsgruppe', kind: 'food cooperative member export (names, birth date, gender, email, mobile and phone, address, working group)', lang: 'de', defaultCountry: 'DE', source: 'index:10136181712 (a food co-op membership app\'s export controller, PHP)' }, `
    Nachname | lastName | Brandt | Schulze | Nguyen
    Vorname | firstName | Theresa | Malte | Linh
    Geburtsdatum | dateOfBirth | 14.08.1985 | 02.03.1979 | 25.12.1992
    Geschlecht | - | weiblich | männlich | weiblich
    E-Mail | email | theresa.brandt@example.org | malte.schulze@example.org | linh.nguyen@example.org
    Mobil | additionalPhones | 0176 11223344 | 0160 9988776 |
    Telefon | phone | 0341 2233445 | | 0341 5566778
    Straße | address1 | Karl-Liebknecht-Str. 88 | Eisenbahnstraße 12 | Zschochersche Str. 40
    PLZ | postalCode | 04275 | 04315 | 04229
    Ort | city | Leipzig | Leipzig | Leipzig
    Arbeitsgruppe | tags | Laden | Einkauf | Finanzen
  `),
  set({ id: 'de-lohnabrechnung-mitarbeiter-export', kind: 'payroll sheet export in German format (personnel number, names, birth date, social security number, IBAN, contract, hours, pay, leave and mileage)', lang: 'de', defaultCountry: 'DE', source: 'index:58447929852 (a payroll tool\'s localized sheet writer test, Rust)' }, `
    Personalnummer | externalId | 1007 | 1012 | 1015
    Nachname | lastName | Vogt | Hartmann | Demirci
    Vorname | firstName | Sabine | Jan | Elif
    Geburtsdatum | dateOfBirth | 05.07.1983 | 19.12.1995 | 30.04.1990
    Sozialversicherungsnummer | - | 12050783V512 | 65191295H034 | 15300490D771
    IBAN | - | DE89370400440532013000 | DE02120300000000202051 | DE12500105170648489890
    Vertragsart | - | Vollzeit | Minijob | Teilzeit
    Eintrittsdatum | - | 01.03.2019 | 15.09.2024 | 01.01.2022
    Austrittsdatum | - | | |
    Wochenstunden | - | 40 | 10 | 25
    Bruttoentgelt | - | 3850,00 | 538,00 | 2210,50
    Entgeltzeitraum | - | 2026-02 | 2026-02 | 2026-02
    Waehrung | - | EUR | EUR | EUR
    Unbezahlte Fehlzeit Stunden | - | 0 | 0 | 4
    Krankheitsstunden | - | 8 | 0 | 0
    Urlaubsstunden | - | 16 | 0 | 8
    Auslagenerstattung | - | 45,90 | 0,00 | 12,00
    Kilometergeld | - | 63,00 | 0,00 | 0,00
  `),
  set({ id: 'de-verein-rechnungen-export', kind: 'membership invoicing export (member number, names, company, invoice number, amount, payment method, dates, status)', lang: 'de', defaultCountry: 'DE', source: 'index:26416751109 (a membership management web app\'s invoice CSV writer, Java)' }, `
    Mitgliedsnummer | externalId | 1042 | 1077 | 1103
    Vorname | firstName | Gerd | Melanie | Oliver
    Nachname | lastName | Zimmer | Kraus | Bauer
    Firma | companyName | | Kraus Steuerberatung | Bauer Holzbau GmbH
    Rechnungsnummer | - | R-2026-0012 | R-2026-0013 | R-2026-0014
    Betrag | - | 60,00 | 240,00 | 240,00
    Zahlungsart | - | Lastschrift | Überweisung | Lastschrift
    Rechnungsdatum | - | 02.01.2026 | 02.01.2026 | 02.01.2026
    Fälligkeitsdatum | - | 31.01.2026 | 31.01.2026 | 31.01.2026
    Zahlungseingangsdatum | - | 15.01.2026 | | 15.01.2026
    Status | - | bezahlt | offen | bezahlt
  `),
  set({ id: 'de-verein-mitgliedsart-import', kind: 'club member import (member number, names, email, birth date, status, entry date, organisation, membership type)', lang: 'de', defaultCountry: 'DE', source: 'index:68714124864 (a club management app\'s member import feature test, PHP)' }, `
    Mitgliedsnummer | externalId | F-101 | A-233 | A-240
    Vorname | firstName | Frieda | Kai | Leonie
    Nachname | lastName | Lorenz | Petersen | Albers
    E-Mail | email | frieda.lorenz@example.test | kai.petersen@example.test | leonie.albers@example.test
    Geburtsdatum | dateOfBirth | 12.03.1990 | 08.07.2012 | 21.11.1987
    Status | - | Aktiv | Aktiv | Ruhend
    Eintritt | - | 01.09.2026 | 15.04.2020 | 01.01.2018
    # the club the member belongs to: a group of the person, so Tags
    Organisation | tags | SV Muster | SV Muster | TuS Beispiel
    # the membership type reads like a status (active, supporting, honorary): not imported
    Mitgliedsart | - | Fördermitglied | Jugend | Aktiv
  `),
  set({ id: 'de-verein-mitglieder-update-ort', kind: 'club member update file (member number, names, town, email)', lang: 'de', defaultCountry: 'DE', source: 'index:68939328869 (a club administration\'s importer test, Python)' }, `
    Mitgliedsnummer | externalId | 1 | 2 | 7
    Vorname | firstName | Max | Carola | Henrik
    Nachname | lastName | Muster | Seibert | Jung
    Ort | city | Dillenburg | Herborn | Haiger
    E-Mail | email | | carola.seibert@example.org | henrik.jung@example.org
  `),
  set({ id: 'de-vereinsapp-mitglieder-export', kind: 'club app member export (member number, names, email, phone and mobile, birth date, gender, address, status)', lang: 'de', defaultCountry: 'DE', source: 'index:53288988816 (a club platform\'s members API route, TypeScript)' }, `
    Mitgliedsnummer | externalId | M-0012 | M-0013 | M-0020
    Vorname | firstName | Stefanie | Holger | Mia
    Nachname | lastName | Richter | Pohl | Schreiber
    E-Mail | email | stefanie.richter@example.de | holger.pohl@example.de | mia.schreiber@example.de
    Telefon | phone | 0911 345678 | 09131 22110 |
    Mobil | additionalPhones | 0172 5566443 | | 0151 22334455
    Geburtsdatum | dateOfBirth | 1981-09-14 | 1966-03-02 | 2010-07-28
    Geschlecht | - | female | male | female
    Straße | address1 | Pirckheimerstr. 41 | Hauptstraße 5 | Fürther Str. 120
    PLZ | postalCode | 90409 | 91054 | 90429
    Ort | city | Nürnberg | Erlangen | Nürnberg
    Status | - | active | active | inactive
  `),
  set({ id: 'de-dms-verein-mitglieder-import', kind: 'club document system member import in lowercase snake_case (external id, member number, names, address, member type, entry date, email, departments, IBAN)', lang: 'de', defaultCountry: 'DE', source: 'index:57977229733 (a club document management module\'s import parser test, Python)' }, `
    externe_id | externalId | ALT-17 | ALT-18 | ALT-25
    mitgliedsnummer | - | | 2041 | 2042
    vorname | firstName | Walter | Ingrid | Sven
    nachname | lastName | Hesse | Baumann | Lehmann
    strasse | address1 | Kirchgasse 4 | Am Sportplatz 11 | Ringstraße 2
    plz | postalCode | 35390 | 35394 | 35415
    ort | city | Gießen | Gießen | Pohlheim
    mitgliedstyp | - | Aktiv | Passiv | Aktiv
    eintrittsdatum | - | 01.02.2020 | 15.06.2011 | 01.09.2023
    email | email | walter.hesse@example.org | INGRID.BAUMANN@EXAMPLE.ORG | sven.lehmann@example.org
    # the departments (Abteilungen) the member belongs to: groups of the person, so Tags
    abteilungen | tags | Tennis | Turnen,Gymnastik | Fußball
    iban | - | DE44500105175407324931 | DE75512108001245126199 | DE27100777770209299700
  `),
  set({ id: 'de-linuxmuster-schuelerliste-noheader', kind: 'school administration student list for a school server, without a header row (class, last name, first name, birth date, student number, trailing separator)', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'index:13064419237 (a school server\'s documentation of the student list format, reStructuredText)' }, `
    "" | - | 5a | 5a | 7c
    "" | lastName | Bergmann | Çelik | Wolff
    "" | firstName | Lina | Mert | Johanna
    "" | dateOfBirth | 14.02.2015 | 30.09.2014 | 03.06.2013
    "" | externalId | 15023 | 15031 | 13007
    "" | - | | |
  `),
  set({ id: 'de-eisenbahnverein-personal-liste-wide', kind: 'heritage railway club staff list (number, names, birth date, gender, salutation, job, entry and exit, fee type, bank details, driver and guard qualifications, fitness date, address, distance, email, two phones, consents, remarks)', lang: 'de', defaultCountry: 'DE', source: 'index:1240618258 (a railway club\'s staff planning desktop app, C++)' }, `
    Nummer | externalId | 12 | 13 | 27
    Nachname | lastName | Kühn | Albrecht | Sommer
    Vorname | firstName | Wolfgang | Petra | Jannik
    Geburtsdatum | dateOfBirth | 1958-04-03 | 1971-11-19 | 2004-06-08
    Geschlecht | - | Männlich | Weiblich | Männlich
    Anrede | - | Herr | Frau | Herr
    Beruf | - | Lokführer i.R. | Lehrerin | Student
    Eintritt | - | 1994-05-01 | 2008-03-15 | 2019-09-01
    Status | - | aktiv | aktiv | passiv
    Austritt | - | | |
    Beiragsart | - | Beitrag Aktive | Familienbeitrag (Zahler) | Ermäßigt
    IBAN | - | DE68210501700012345678 | DE91100000000123456789 | DE21301204000000015228
    Bank | - | Sparkasse | Volksbank | Commerzbank
    Kontoinhaber | - | Wolfgang Kühn | Petra Albrecht | Jannik Sommer
    Tf | - | ja | nein | nein
    Zf | - | ja | ja | nein
    Rangierer | - | ja | ja | ja
    Tauglichkeit | - | 2026-10-31 | 2027-03-31 |
    BemerkungBetrieb | - | nur Wochenende | | in Ausbildung
    AusbildungSonst | - | Heizer | Kassenprüferin |
    Straße | address1 | Bahnhofstr. 3 | Am Lokschuppen 9 | Gleisweg 14
    PLZ | postalCode | 01744 | 01705 | 01744
    Ort | city | Dippoldiswalde | Freital | Dippoldiswalde
    Strecke | - | 4 | 18 | 2
    Mail | email | w.kuehn@example.de | petra.albrecht@example.de | jannik.sommer@example.de
    Telefon | phone | 03504 612345 | 0351 6498877 | 0162 4455667
    Telefon2 | additionalPhones | 0171 2233445 | | 
    Zustimmung Mail | - | true | true | false
    Zustimmung Telefon | - | true | false | false
    Bemerkung | - | Ehrenmitglied | | 
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-sportlink-leden-preview-actief', kind: 'football club member import from a Sportlink export, comma-separated (relation number, names, email address, team, active this season)', lang: 'nl', defaultCountry: 'NL', source: 'index:61945127249 (a club volunteer app\'s Sportlink import preview test, TypeScript)' }, `
    Relatienummer | externalId | DSV-1042 | DSV-1188 | DSV-1203
    Voornaam | firstName | Noor | Daan | Sem
    Achternaam | lastName | de Wit | Bakker | van Dijk
    E-mailadres | email | noor.dewit@example.nl | daan.bakker@example.nl | ouders.vandijk@example.nl
    Team | tags | JO13-1 | JO13-1 | JO11-3
    Actief | - | Ja | Ja | Nee
  `),
  set({ id: 'nl-rekenspel-gebruikers-noheader', kind: 'school arithmetic game user file without a header row (type, class, id, first and last name, password, averages for three subjects, game time)', lang: 'nl', defaultCountry: 'BE', noHeader: true, source: 'index:37893444110 (a classroom game\'s user class comment naming the file format, C#)' }, `
    "" | - | lln | lln | lk
    "" | - | 5A | 5A |
    "" | externalId | 1017 | 1018 | 9001
    "" | firstName | Lotte | Wout | Els
    "" | lastName | Peeters | Claes | Maes
    "" | - | zon123 | fiets9 | juf2024
    "" | - | 74 | 61 | 0
    "" | - | 80 | 66 | 0
    "" | - | 69 | 72 | 0
    "" | - | 240 | 180 | 600
  `),
  set({ id: 'nl-bioscoop-klant-sql-dump', kind: 'cinema customer table rows from a database seed script (id, first name, name prefix, last name, account id)', lang: 'nl', defaultCountry: 'NL', source: 'index:44557053237 (a cinema booking app\'s SQL seed script)' }, `
    id | externalId | 206 | 237 | 241
    voornaam | firstName | Fenna | Karel | Ruud
    tussenvoegsel | - | | de | van der
    achternaam | lastName | Kuipers | Groot | Linden
    account_id | - | 207 | 321 | 330
  `),
  set({ id: 'nl-uva-studenten-groepen-export', kind: 'university course tool student export (active, university net id, names, email, programme, remark, group, group remarks)', lang: 'nl', defaultCountry: 'NL', source: 'index:41799203369 (a university course management app\'s CSV view, PHP)' }, `
    Actief | - | Ja | Ja | Nee
    UvAnetID | externalId | 13579246 | 12457801 | 14002233
    Voornaam | firstName | Sanne | Youssef | Bram
    Achternaam | lastName | Visser | El Amrani | Hendriks
    E-mailadres | email | sanne.visser@student.uva.nl | youssef.elamrani@student.uva.nl | bram.hendriks@student.uva.nl
    Opleiding | - | BSc Informatica | BSc Informatiekunde | BSc Informatica
    Opmerking | - | | Deeltijd |
    # the project group the student belongs to: a group of the person, so Tags
    Groep | tags | Groep 3 | Groep 7 | Groep 3
    Opmerkingen groep | - | | Loopt achter |
  `),
  set({ id: 'nl-vereniging-mijnrood-leden-import', kind: 'association member import from a party membership portal (names, email, member number, birth date, membership type, dues, period, IBAN, address)', lang: 'nl', defaultCountry: 'NL', source: 'index:60957300065 (an association management app\'s import plan with an integration test, Markdown)' }, `
    voornaam | firstName | Iris | Mehmet | Joost
    achternaam | lastName | Verbeek | Kaya | Smit
    e-mailadres | email | iris.verbeek@example.nl | mehmet.kaya@example.nl | joost.smit@example.nl
    lidnr. | externalId | 20931 | 20944 | 21007
    geboortedatum | dateOfBirth | 1996-03-22 | 1988-10-01 | 2003-07-15
    lidmaatschapstype | - | Lid | Aspirant | Lid
    contributiebedrag | - | 15.00 | 5.00 | 7.50
    betaalperiode | - | Maandelijks | Jaarlijks | Maandelijks
    iban | - | NL91ABNA0417164300 | NL20INGB0001234567 | NL44RABO0123456789
    adres | address1 | Oudegracht 112 | Kanaalstraat 9 | Vismarkt 3
    plaats | city | Utrecht | Utrecht | Groningen
    postcode | postalCode | 3511 AX | 3531 CG | 9711 KT
  `),
  set({ id: 'nl-recruitment-aanmeldingen-velden', kind: 'recruitment registration form fields in Dutch (names, email, phone, study, graduation date, interests, region, start date, career level, specialism, branch, role, comment)', lang: 'nl', defaultCountry: 'NL', source: 'index:6730570297 (a recruitment portlet\'s field list properties, Java)' }, `
    Voornaam | firstName | Thijs | Eline | Rik
    Achternaam | lastName | Mulder | Jacobs | Bos
    E-mailadres | email | thijs.mulder@example.nl | eline.jacobs@example.nl | rik.bos@example.com
    Telefoonnummer | phone | 06 12345678 | 020 5551234 | 06-98765432
    Studie | - | Technische Bedrijfskunde | Rechten | Werktuigbouwkunde
    Afstudeerdatum | - | 31-08-2025 | 31-01-2026 | 30-06-2025
    Interesse In | - | Traineeship | Stage | Vaste baan
    Regio | - | Randstad | Noord-Brabant | Gelderland
    Startdatum | - | 01-10-2025 | 01-02-2026 | 01-09-2025
    Carriere Niveau | - | Starter | Student | Starter
    Specialisme | - | Supply chain | Arbeidsrecht | Constructie
    Branche | - | Logistiek | Juridisch | Industrie
    Role | - | Consultant | Stagiair | Engineer
    Commentaar | - | | Beschikbaar 3 dagen |
  `),
  set({ id: 'nl-fietsverhuur-klant-tabel', kind: 'bike rental desktop app customer table (last name, name prefix, first name, postcode, address, town, phone, email)', lang: 'nl', defaultCountry: 'NL', source: 'index:293505037 (a rental shop WinForms app\'s customer insert statement, C#)' }, `
    achternaam | lastName | Brouwer | Berg | Yildiz
    tussenvoegsel | - | | van den |
    voornaam | firstName | Marloes | Koen | Selin
    postcode | postalCode | 9712 GH | 9401 AB | 9741 CD
    adres | address1 | Oude Ebbingestraat 21 | Brink 4 | Zernikeplein 11
    woonplaats | city | Groningen | Assen | Groningen
    telefoon | phone | 050-3123456 | 0592-345678 | 06 41234567
    email | email | marloes.brouwer@example.nl | koen.vandenberg@example.nl | selin.yildiz@example.com
  `),
  set({ id: 'nl-tweede-kamer-personen-opendata-wide', kind: 'parliament open data API person records (id, number, titles, initials, name prefix, last name, first names, call name, gender, function, birth date and place, death date and place, town, country, group label, photo metadata, change times, deleted flag)', lang: 'nl', defaultCountry: 'NL', source: 'index:58648450 (a parliament members script\'s comment quoting the open data API response, Python)' }, `
    Id | externalId | 1c889902-6ede-427c-8682-000f683fffab | 5a2e7c10-91d3-4b7e-a0f2-3c4d5e6f7081 | 9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
    Nummer | - | 2493 | 2610 | 2702
    Titels | - | MA | drs. | 
    Initialen | - | J.H. | P. | S.
    Tussenvoegsel | - | | van der | 
    Achternaam | lastName | Koster | Meer | Bouali
    # the person's given names; the call name beside them is not imported (one first-name field)
    Voornamen | firstName | Johanna Hendrika | Pieter | Samira
    Roepnaam | - | Hanneke | Pieter | Samira
    Geslacht | - | vrouw | man | vrouw
    Functie | - | Tweede Kamerlid | Tweede Kamerlid | Tweede Kamerlid
    Geboortedatum | dateOfBirth | 1979-04-22T00:00:00+02:00 | 1968-11-03T00:00:00+01:00 | 1991-07-15T00:00:00+02:00
    Geboorteplaats | - | Zwolle | Dordrecht | Rotterdam
    Geboorteland | - | Nederland | Nederland | Nederland
    Overlijdensdatum | - | | | 
    Overlijdensplaats | - | | | 
    Woonplaats | city | Kampen | Dordrecht | Rotterdam
    Land | country | NL | NL | NL
    # the parliamentary group the member sits in: a group of the person, so Tags
    Fractielabel | tags | CDA | VVD | GL-PvdA
    ContentType | - | image/jpeg | image/jpeg | 
    ContentLength | - | 412220 | 398114 | 
    GewijzigdOp | - | 2024-01-10T09:12:44+01:00 | 2023-12-01T15:59:58+01:00 | 2024-02-02T11:00:00+01:00
    ApiGewijzigdOp | - | 2024-01-10T08:13:02.1234567Z | 2023-12-01T15:00:24.6710401Z | 2024-02-02T10:01:10.7654321Z
    Verwijderd | - | false | false | false
  `),
  set({ id: 'nl-kvk-vestigingen-amsterdam-wide', kind: 'chamber of commerce establishments list for a city (establishment and registry numbers, head office flag, company name, street, house number, addition, postcode, SBI codes, opening days, borough, neighbourhood, district, area)', lang: 'nl', defaultCountry: 'NL', source: 'index:14377384377 (a company importer\'s column comment, JavaScript)' }, `
    # the establishment and registry numbers are public register numbers, like a national id: not imported
    vestegingsnummer | - | 000012345678 | 000019876543 | 000033445566
    kvknummer | - | 34123456 | 33987654 | 60112233
    hoofdkantoor | - | ja | nee | ja
    bedrijfsnaam | companyName | Bakkerij de Zon B.V. | Fietsenmaker Jansen | Studio Noord V.O.F.
    straat | address1 | Ferdinand Bolstraat | Javastraat | Buiksloterweg
    huisnummer | - | 112 | 45 | 7
    toevoeging | - | H | | A
    postcode | postalCode | 1072 LP | 1094 HB | 1031 CC
    sbi_hoofdcode | - | 10 | 47 | 74
    sbi_code | - | 1071 | 4764 | 7410
    ma | - | 07:00-18:00 | 09:00-18:00 | 
    di | - | 07:00-18:00 | 09:00-18:00 | 10:00-17:00
    woe | - | 07:00-18:00 | 09:00-18:00 | 10:00-17:00
    do | - | 07:00-18:00 | 09:00-21:00 | 10:00-17:00
    vr | - | 07:00-18:00 | 09:00-18:00 | 10:00-17:00
    zat | - | 08:00-17:00 | 10:00-17:00 | 
    zo | - | | | 
    stadsdeel | - | Zuid | Oost | Noord
    buurt | - | Oude Pijp | Javaplein | Overhoeks
    wijk | - | De Pijp | Indische Buurt West | IJplein/Vogelbuurt
    ggw | - | Oud-Zuid | Oost | Noord-West
  `),
  set({ id: 'nl-leerlingen-plaklijst-noheader', kind: 'pasted student lines for a class tool, without a header row (last name, first name, class)', lang: 'nl', defaultCountry: 'NL', noHeader: true, source: 'index:58571272248 (a teacher dashboard\'s bulk student paste, JavaScript)' }, `
    "" | lastName | Dijkstra | Öztürk | Meijer
    "" | firstName | Femke | Ayşe | Lars
    "" | - | 2B | 2B | 3A
  `),
  set({ id: 'nl-klanten-voorletters-access', kind: 'customer table of an Access desktop app (initials, name prefix, last name, street, house number, addition, postcode, town, phone)', lang: 'nl', defaultCountry: 'NL', source: 'index:5800682725 (a desktop customer form\'s insert statement, C#)' }, `
    # the file has initials and no first name: the initials are what the person's first name column can hold
    Voorletters | firstName | J.P. | M. | A.C.
    Tussenvoegsel | - | van | | de
    Achternaam | lastName | Leeuwen | Hoekstra | Boer
    Straat | address1 | Stationsweg | Kerkstraat | Julianalaan
    Huisnummer | - | 14 | 2 | 101
    Toevoeging_huisnummer | - | | bis | A
    Postcode | postalCode | 2312 AV | 8911 AB | 2628 BG
    Woonplaats | city | Leiden | Leeuwarden | Delft
    Telefoon | phone | 071-5123456 | 058-2134567 | 015-2785599
  `),
  // ----------------------------------------------------------------------------------------------------- Mixed
  set({ id: 'mixed-ch-webling-mitglieder-wide', kind: 'Swiss party member database fields in German and French (names, record type, language, informal salutation, address, email, mobile, national, cantonal and communal newsletters and press releases, memberships, acquisition channel, interests, requests, profession, notes)', lang: 'mixed', defaultCountry: 'CH', source: 'index:5856855049 (a Swiss party website\'s member database field mapping, PHP)' }, `
    Vorname / prénom | firstName | Ursula | Julien | Reto
    Name / nom | lastName | Gerber | Rochat | Caflisch
    Datensatzkategorie / type d’entrée | - | Privatperson / particulier | Privatperson / particulier | Privatperson / particulier
    Sprache / langue | - | Deutsch / allemand | Französisch / français | Deutsch / allemand
    Anrede / appel (informel) | - | Liebe Ursula | Cher Julien | Lieber Reto
    Strasse / rue | address1 | Spitalgasse 28 | Rue de Bourg 12 | Quaderstrasse 5
    PLZ / code postal | postalCode | 3011 | 1003 | 7000
    Ort / localité | city | Bern | Lausanne | Chur
    E-Mail / courriel 1 | email | ursula.gerber@example.ch | julien.rochat@example.ch | reto.caflisch@example.ch
    Mobile / mobile | phone | 079 123 45 67 | 078 987 65 43 | 076 555 12 34
    Newsletter national DE | - | yes | no | yes
    infolettre nationale FR | - | no | yes | no
    Newsletter kantonal DE | - | yes | no | yes
    infolettre cantonale FR | - | no | yes | no
    Newsletter Kommunal / infolettre communale | - | yes | yes | no
    MM National DE | - | no | no | yes
    CP national FR | - | no | yes | no
    MM Kantonal DE | - | no | no | yes
    CP cantonal FR | - | no | no | no
    MM Kommunal / CP communal | - | no | no | no
    Mitgliedschaft National / affiliation nationale | - | Mitglied / membre | Mitglied / membre | Sympathisant / sympathisant
    Mitgliedschaft Kantonal / affiliation cantonale | - | Mitglied / membre | Mitglied / membre |
    Mitgliedschaft Bezirk / affiliation d’un district | - | | |
    Mitgliedschaft Kommunal / affiliation communale | - | Mitglied / membre | |
    Mitgliedschaft Junge Grüne / affiliation Jeunes Verts | - | | | Mitglied / membre
    Gewinnungskanal / acquisition | source | Website | Standaktion / stand | Website
    Interessen / intérêts | tags | Energie / énergie,Verkehr / transports | Agriculture / Landwirtschaft | Klima / climat
    Anfragen für / disponibilités | - | Unterschriften sammeln / récolte de signatures | | Standaktionen / stands
    Beruf / profession | - | Pflegefachfrau | enseignant | Student
    Notizen National / notes nationales | - | | |
    Notizen Kanton / notes cantonales | - | Kandidatur 2027? | |
    Notizen Kommunal / notes communales | - | | | Stadtrat Chur
  `),
  set({ id: 'mixed-ch-egov-anfrage-formular', kind: 'Swiss federal office citizen enquiry web form responses in German and French (first and last name, email, topic, subject, enquiry)', lang: 'mixed', defaultCountry: 'CH', source: 'index:55069694394 (a citizen platform\'s reception demo web form, Python)' }, `
    Vorname / Prénom | firstName | Hans | Claire | Giulia
    Nachname / Nom | lastName | Muster | Favre | Bernasconi
    E-Mail | email | hans.muster@example.ch | claire.favre@example.ch | giulia.bernasconi@example.ch
    Thema / Sujet | - | Führerausweis / Permis de conduire | Lärmschutz / Protection contre le bruit | Anderes / Autre
    Betreff / Objet | - | Verlängerung Führerausweis | Bruit autoroute A1 | Frage zur Vignette
    Ihre Anfrage / Votre demande | - | Mein Ausweis läuft im Mai ab. | Depuis les travaux, le bruit a augmenté. | Gilt die E-Vignette auch für Anhänger?
  `),
  set({ id: 'mixed-be-user-profile-nl-fr', kind: 'Belgian user profile fields in Dutch and French (last name, first name, email, national register number)', lang: 'mixed', defaultCountry: 'BE', source: 'index:33209844558 (a per-country user profile template generator, shell)' }, `
    Achternaam/Nom | lastName | Claeys | Dubois | Vermeulen
    Voornaam/Prénom | firstName | Jens | Amélie | Lotte
    Email | email | jens.claeys@example.be | amelie.dubois@example.be | lotte.vermeulen@example.be
    Rijksregisternummer | - | 85.07.30-033.28 | 90.02.01-012.41 | 01.11.23-145.09
  `),
  set({ id: 'mixed-ch-aufenthaltsbewilligung-felder', kind: 'Swiss residence permit fields in German, French and Italian read off the document (last name, first name, birth date, nationality)', lang: 'mixed', defaultCountry: 'CH', source: 'index:3863027143 (a Swiss staffing app\'s permit extraction prompt, TypeScript)' }, `
    Name / Nom / Cognome | lastName | Silva Ferreira | Kovačević | Rossi
    Vorname / Prénom / Nome | firstName | Ana | Marko | Luca
    Geburtsdatum / Date de naissance / Data di nascita | dateOfBirth | 14.05.1991 | 02.12.1986 | 23.08.1998
    Staatsangehörigkeit / Nationalité / Nazionalità | - | Portugal | Kroatien | Italien
  `),
  set({ id: 'mixed-be-doe-mee-formulier', kind: 'Belgian bilingual sign-up form responses (name, email)', lang: 'mixed', defaultCountry: 'BE', source: 'index:47744423439 (a Brussels neighbourhood project\'s join form, Blade)' }, `
    Naam/Nom | name | Sarah Janssens | Mathieu Lambert | Yasmina Benali
    E-mail/Email | email | sarah.janssens@example.be | mathieu.lambert@example.be | yasmina.benali@example.com
  `),
  set({ id: 'mixed-lu-cours-du-soir-inscription', kind: 'Luxembourg evening class registration responses, labels in Luxembourgish, French and English (names, social security number, birth date and place, country of birth, nationality, sex, address, postcode, locality, phone, email, chosen course)', lang: 'mixed', defaultCountry: 'LU', source: 'index:36908912959 (an adult education site\'s registration form, PHP)' }, `
    Numm / Nom / Last name | lastName | Weber | Da Costa | Schmit
    Virnumm / Prénom / First name | firstName | Claude | Inês | Paul
    Matricule de sécurité sociale Social security number | - | 1985071501234 | 1992110322145 | 1978020811098
    Gebuertsdatum / Date de naissance / Birthday | dateOfBirth | 1985-07-15 | 1992-11-03 | 1978-02-08
    Gebuertsplaz / Lieu de naissance / Birthplace | - | Luxembourg | Porto | Esch-sur-Alzette
    Gebuertsland / Pays de naissance / Country of birth | - | Luxembourg | Portugal | Luxembourg
    Nationalitéit / Nationalité / Nationality | - | luxembourgeoise | portugaise | luxembourgeoise
    Geschlecht / Sexe / Sex | - | male | female | male
    Adress (Nr, Strooss) / Adresse (nr, rue) / Address (nr, street) | address1 | 12, rue de la Gare | 5, avenue de la Liberté | 27, route d'Arlon
    Code postal / Postal code | postalCode | 4131 | 1930 | 8009
    Uertschaft / Localité / City | city | Esch-sur-Alzette | Luxembourg | Strassen
    Telefon / Téléphone / Phone | phone | 621123456 | 691987654 | 26112233
    E-Mail-Adress / Courriel / E-mail address | email | claude.weber@example.lu | ines.dacosta@example.lu | paul.schmit@example.lu
    Choix vum Cours / Choix du cours / Choice of course | - | LA-LB-42 | LA-FR-9 | AR-PHOT-3
  `),
  set({ id: 'mixed-ca-elections-candidates-bilingual', kind: 'Canadian federal election candidates file with English and French headers (district number, party, first name, initials, family name)', lang: 'mixed', source: 'index:39906125620 (an election results loader\'s CSV adapter, Python)' }, `
    Electoral District Number / No de circonscription | - | 35001 | 24003 | 59012
    # the party the candidate runs for: a group the person belongs to, like a parliamentary group, so Tags
    Political Affiliation | tags | Liberal | Bloc Québécois | NDP-New Democratic Party
    Candidate's First Name / Prénom du candidat | firstName | Margaret | Jean-François | Harjit
    Candidate's Initial(s) / Initiale(s) du candidat | - | A. | | S.
    Candidate's Family Name / Nom de famille du candidat | lastName | Whitfield | Tremblay | Sandhu
  `),
];
