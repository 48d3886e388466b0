// The eighth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch and
// mixed-language files; the other half, corpus-heldout8b.ts, holds Spanish, Portuguese, French and Italian): 54 header
// sets (776 columns, 326 of them expected to map; 23 English, 13 German, 15 Dutch, 3 mixed; 2 files without a header
// row, 1 with title and blank lines above it; 10 sets of 19 to 53 columns) from sources none of the other parts use,
// found in the public code index (CSV files and templates, importer tests and fixtures, export writers and their
// documentation) and written down, with the mapping a careful person would choose by the field definitions and the
// issue's rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the
// index file the header text was read from (the index does not name its repository); the kind says what the file is.
// Sample values are made up in the shape of each file's own (no personal data or example rows from the sources are
// copied).
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
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout8' }, table);

export const HELDOUT8A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-voice-companion-patient-template', kind: 'voice companion service patient import template (caregiver and emergency contact columns, voice and timezone, medications)', lang: 'en', source: 'index:53768630428 (an elder-care calling app\'s CSV template download)' }, `
    Full Name | name | Dorothy Keane | Walter Briggs
    Preferred Name | - | Dot | Walt
    Phone Number | phone | +14125550187 | +17045550142
    Age | - | 84 | 79
    Timezone | - | America/New_York | America/Chicago
    Voice ID | - | Puck | Aoede
    Personality | - | Cheerful Friend | Calm Listener
    Caregiver Name | - | Paul Keane | Rita Briggs
    Caregiver Phone | - | +14125550133 | +17045550166
    Caregiver Email | - | paul.keane@example.com | rita.b@example.net
    Emergency Contact Name | - | Susan Keane |
    Emergency Contact Phone | - | +14125550191 |
    Conditions (comma separated inside quotes) | - | "Arthritis, COPD" | Hypertension
    Medications (comma separated inside quotes) | - | "Albuterol, Celecoxib 200mg" |
    Notes | - | Calls after 10am | Hard of hearing
  `),
  set({ id: 'en-fun-run-registrations-export', kind: 'running event registration export (registration id and date, emergency contact, category, bib and shirt sizes, payment, proxy flag)', lang: 'en', defaultCountry: 'PH', source: 'index:54300962200 (a race registration platform\'s API doc for its CSV export)' }, `
    Registration ID | - | reg_8f2k1 | reg_9a7d3
    Added On | - | 2026-03-14 09:12 | 2026-03-15 18:40
    Participant Name | name | Marco Dizon | Liza Ramos
    Email | email | marco.dizon@example.com | liza.ramos@example.ph
    Phone | phone | 0917 555 0123 | 0998 555 4410
    Emergency Contact Name | - | Ana Dizon | Ben Ramos
    Emergency Contact Phone | - | 0917 555 0456 | 0927 555 8812
    Category | - | 10K | 5K
    Bib Number | - | 1042 | 5123
    T-Shirt Size | - | L | S
    Singlet Size | - | L | XS
    Medical Conditions | - | None | Asthma
    Payment Status | - | paid | pending
    Kit Claimed | - | true | false
    Amount Paid | - | 850 | 650
    Is Proxy | - | false | true
  `),
  set({ id: 'en-volunteer-applications-export', kind: 'volunteer application export (applicant columns, opportunity, status, emergency contact and relationship, review notes)', lang: 'en', source: 'index:31426117196 (a community volunteering site\'s CSV export debug output)' }, `
    Application ID | - | app_14 | app_15
    Applicant Name | name | Grace Holloway | Devin Park
    Applicant Email | email | grace.holloway@example.com | dpark@example.org
    Applicant Phone | phone | (503) 555-0178 | (503) 555-0192
    Applicant Age | - | 34 | 22
    Opportunity Title | - | Food Bank Sorter | Park Cleanup Lead
    Opportunity Category | - | Community | Environment
    Status | - | approved | pending
    Application Date | - | 2026-04-02 | 2026-04-09
    Time Commitment | - | 4 hours per week | 1 day per month
    Experience | - | Warehouse work | None yet
    Skills | - | "Lifting, sorting" | Leadership
    Motivation | - | Give back to neighbors | Love the outdoors
    Availability | - | Saturdays | Weekends
    Emergency Contact Name | - | Mark Holloway | Sun Park
    Emergency Contact Phone | - | (503) 555-0110 | (971) 555-0133
    Emergency Contact Relationship | - | Spouse | Mother
    Review Notes | - | Great fit | 
    Review Date | - | 2026-04-05 |
  `),
  set({ id: 'en-gforms-agency-staff-directory', kind: 'Google Forms response sheet for a government staff directory (form email and office email, nickname, sector, agency, designation, contact number)', lang: 'en', defaultCountry: 'PH', source: 'index:15744291898 (an admin import test of a form\'s CSV)' }, `
    Timestamp | - | 3/2/2026 9:14:55 | 3/2/2026 10:02:31
    Email Address | email | ramon.cruz@gmail.com | j.santos@yahoo.com
    First Name | firstName | Ramon | Joy
    Middle Name | - | Dela | Mercado
    Last Name | lastName | Cruz | Santos
    Nickname | - | Mon | Joy
    Sex | - | Male | Female
    Sector | - | Local Government | Health
    Agency | companyName | Municipality of Tanay | Provincial Health Office
    Designation | - | Administrative Officer II | Nurse III
    Office Email | additionalEmails | rcruz@tanay.gov.ph | jsantos.pho@doh.gov.ph
    Contact No | phone | 09175550198 | 09285550143
  `),
  set({ id: 'en-gforms-birthday-club', kind: 'Google Forms birthday sign-up of an engineering class (surname, birth date, hobbies, best pals, picture link)', lang: 'en', defaultCountry: 'NG', source: 'index:43458268034 (a birthday bot\'s test block with a form CSV)' }, `
    Timestamp | - | 2026/01/08 | 2026/01/09
    Email Address | email | tunde.adeyemi@gmail.com | chioma.eze@gmail.com
    First Name | firstName | Tunde | Chioma
    Surname | lastName | Adeyemi | Eze
    Date of Birth | dateOfBirth | 14/03/2002 | 30/11/2001
    Your Hobbies | - | Football | "Reading, chess"
    Your Best Pal(s) | - | Ifeanyi | Ada and Kemi
    Summarize Mechanical Engineering | - | Tough but rewarding | Gears everywhere
    Preferred Picture | - | http://drive.google.com/open?id=1abc | http://drive.google.com/open?id=2def
  `),
  set({ id: 'en-senior-citizens-detailed-export-wide', kind: 'senior citizen registry detailed export (41 columns: registry numbers, name extension, citizenship, civil status, pension, house number, barangay, province, spouse and beneficiary columns, status and timestamps)', lang: 'en', defaultCountry: 'PH', source: 'index:49064348130 (a municipal senior citizen office\'s CSV export writer, C#)' }, `
    ID | - | 1187 | 1188
    SCCN Number | externalId | 2026000417 | 2026000418
    Formatted SCCN | - | 2026-000417 | 2026-000418
    First Name | firstName | Remedios | Arturo
    Last Name | lastName | Villanueva | Bautista
    Middle Initial | - | P | S
    Extension | - | | Jr.
    Gender | - | Female | Male
    Age | - | 68 | 72
    Birth Date | dateOfBirth | 1958-02-11 | 1954-07-30
    Citizenship | - | Filipino | Filipino
    Contact Number | phone | 09171234567 | 09281234567
    Email | email | remy.villanueva@example.com |
    Zone | - | Zone 3 | Zone 1
    Barangay | - | San Isidro | Poblacion
    Civil Status | - | Widowed | Married
    Pension Type | - | SSS | GSIS
    House Number | - | 42 | 7-B
    City/Municipality | city | Tanauan | Tanauan
    Province | state | Batangas | Batangas
    Zip Code | postalCode | 4232 | 4232
    Spouse First Name | - | | Lourdes
    Spouse Last Name | - | | Bautista
    Spouse Middle Name | - | | Reyes
    Spouse Extension | - | | 
    Spouse Citizenship | - | | Filipino
    Children Info | - | Maria V. (daughter) | 
    Authorized Representative Info | - | Maria Villanueva - 09170000111 | 
    Primary Beneficiary First Name | - | Maria | Lourdes
    Primary Beneficiary Last Name | - | Villanueva | Bautista
    Primary Beneficiary Middle Name | - | Santos | Reyes
    Primary Beneficiary Extension | - | | 
    Primary Beneficiary Relationship | - | Daughter | Spouse
    Contingent Beneficiary First Name | - | Jose | 
    Contingent Beneficiary Last Name | - | Villanueva | 
    Contingent Beneficiary Middle Name | - | Santos | 
    Contingent Beneficiary Extension | - | | 
    Contingent Beneficiary Relationship | - | Son | 
    Status | - | Active | Active
    Created At | - | 2026-01-05 09:12:44 | 2026-01-05 09:20:03
    Updated At | - | 2026-02-19 14:01:10 | 2026-01-05 09:20:03
  `),
  set({ id: 'en-robotics-league-team-members', kind: 'robotics league team member download (team number and organisation, civic number apart, second street line, birth date, shirt size, guardian columns, consent)', lang: 'en', defaultCountry: 'CA', source: 'index:39776693405 (a regional robotics league admin page\'s member download)' }, `
    Member Id | externalId | 311 | 312
    FLL Team Number | - | 41877 | 41877
    Team Name | - | Brick Busters | Brick Busters
    Team Organization | - | Glebe Community Centre | Glebe Community Centre
    Email | email | nora.chen@example.ca | liam.ortiz@example.ca
    First Name | firstName | Nora | Liam
    Last Name | lastName | Chen | Ortiz
    Civic Number | - | 175 | 32
    Street1 | address1 | Third Avenue | Bank St
    Street2 | - | | Unit 4
    City | city | Ottawa | Ottawa
    Province | state | ON | ON
    Postal Code | postalCode | K1S 2K2 | K1P 5N2
    Dob | dateOfBirth | 2013-04-22 | 2012-11-03
    Gender | - | F | M
    Shirt Size | - | YM | YL
    Guardian Name | - | Wei Chen | Rosa Ortiz
    Guardian Email | - | wei.chen@example.ca | rosa.ortiz@example.ca
    Guardian Phone | - | 613-555-0142 | 613-555-0187
    Medical Info | - | Peanut allergy | 
    Consent | - | 1 | 1
  `),
  set({ id: 'en-music-dept-student-contacts', kind: 'school music department student contact list (grade, ensembles, instrument, school and personal email, student mobile, guardian columns)', lang: 'en', source: 'index:60789712839 (a band director app\'s export of selected students)' }, `
    Student | name | Harper Lewis | Mateo Ruiz
    Grade | - | 10 | 12
    Ensembles | - | Wind Symphony + Jazz Band | Marching Band
    Program instrument | - | Alto Saxophone | Trumpet
    School email | email | hlewis28@students.example.org | mruiz26@students.example.org
    Personal email | additionalEmails | harper.lewis@example.com |
    Student mobile | phone | (614) 555-0116 | (614) 555-0129
    Guardian | - | Amy Lewis | Carlos Ruiz
    Guardian email | - | amy.lewis@example.com | cruiz@example.net
    Guardian phone | - | (614) 555-0170 | (614) 555-0181
  `),
  set({ id: 'en-school-bulk-enrollment-template', kind: 'school bulk enrollment CSV template (student columns with one-line address, grade and year, guardian columns with relation and age)', lang: 'en', source: 'index:8097683974 (a school platform\'s enrollment API documentation)' }, `
    Student First Name | firstName | Aiden | Priya
    Student Last Name | lastName | Brooks | Nair
    Student Date of Birth (YYYY-MM-DD) | dateOfBirth | 2013-09-02 | 2014-01-17
    Student Gender (Male/Female/Other) | - | Male | Female
    Student Email | email | aiden.brooks@example.com |
    Student Phone | phone | +12145550111 |
    Student Address | address1 | 4410 Maple Ridge Dr | 87 Cedar Ct
    Grade Level | - | 6 | 5
    Academic Year | - | 2026-2027 | 2026-2027
    Guardian First Name | - | Megan | Suresh
    Guardian Last Name | - | Brooks | Nair
    Guardian Email | - | megan.brooks@example.com | suresh.nair@example.com
    Guardian Phone | - | +12145550188 | +14695550142
    Guardian Relation (Father/Mother/Guardian/Other) | - | Mother | Father
    Guardian Age | - | 41 | 45
  `),
  set({ id: 'en-class-roster-guardian-export', kind: 'teacher\'s class roster export (roll number, status, one-line address, emergency contact and guardian columns, notes)', lang: 'en', defaultCountry: 'IN', source: 'index:32939645610 (a coaching class manager\'s roster CSV route)' }, `
    Name | name | Ishaan Verma | Meera Pillai
    Roll No | - | 14 | 15
    Email | email | ishaan.verma@example.in | meera.p@example.in
    Phone | phone | 98765 43210 | 91234 56789
    Date of Birth | dateOfBirth | 2009-08-14 | 2010-02-27
    Status | - | active | active
    Address | address1 | 12 MG Road, Indiranagar | Flat 3B, Lake View Apts
    Emergency Contact | - | Ravi Verma | Anita Pillai
    Emergency Phone | - | 98450 11223 | 99001 44556
    Guardian Name | - | Ravi Verma | Suresh Pillai
    Guardian Email | - | ravi.verma@example.in | suresh.pillai@example.in
    Guardian Phone | - | 98450 11223 | 98860 77889
    Notes | - | Needs extra maths | 
  `),
  set({ id: 'en-tutoring-student-upload-template', kind: 'tutoring platform student bulk upload template (student id, guardian name, email and phone)', lang: 'en', source: 'index:26361566941 (a tutoring dashboard\'s template download)' }, `
    Student ID | externalId | S-1042 | S-1043
    First Name | firstName | Chloe | Marcus
    Last Name | lastName | Adams | Bell
    Email | email | chloe.adams@example.com | marcus.bell@example.com
    Phone | phone | 404-555-0134 | 
    Guardian First Name | - | Diane | Trevor
    Guardian Last Name | - | Adams | Bell
    Guardian Email | - | diane.adams@example.com | tbell@example.com
    Guardian Phone | - | 404-555-0199 | 678-555-0120
  `),
  set({ id: 'en-bd-school-students-import', kind: 'school student import (Bangladesh: admission number, class, section, roll, guardian columns, guardian login flag)', lang: 'en', defaultCountry: 'BD', source: 'index:69013456797 (a school SaaS smoke test of its student CSV import)' }, `
    Admission No | externalId | STU-2207 | STU-2208
    Name | name | Tanvir Hossain | Nusrat Jahan
    Class | - | Class 7 | Class 7
    Section | - | A | B
    Roll | - | 12 | 3
    Guardian Name | - | Mahbub Hossain | Rokeya Begum
    Guardian Email | - | mahbub.h@example.com | rokeya.b@example.com
    Guardian Phone | - | +8801711555012 | +8801819555077
    Create Guardian Login | - | yes | no
  `),
  set({ id: 'en-hr-employee-import-manager-email', kind: 'HR employee CSV import (department, job title, hire date, manager\'s email)', lang: 'en', source: 'index:68369661940 (an HR app\'s system test of its employee import)' }, `
    First name | firstName | Selin | Owen
    Last name | lastName | Aksoy | Fletcher
    Email | email | selin.aksoy@example.com | owen.fletcher@example.com
    Phone | phone | +1 312 555 0148 | 
    Department | - | Software Development | Finance
    Job title | - | Analyst | Accountant
    Hire date | - | 2026-05-01 | 2026-06-15
    Manager email | - | dana.ross@example.com | dana.ross@example.com
  `),
  set({ id: 'en-address-parser-spouse-output', kind: 'address list converter output (spouse name columns, street number, name, type and orientation apart: the street name is taken as the street, province)', lang: 'en', defaultCountry: 'CA', source: 'index:38263568625 (a mailing list parser\'s output file writer, Java)' }, `
    First Name | firstName | Gordon | Linda
    Last Name | lastName | McAllister | Fraser
    Spouse First Name | - | Ruth | 
    Spouse Last Name | - | McAllister | 
    Street Number | - | 1204 | 58
    Street Name | address1 | Portage | Birchwood
    Street Type | - | Ave | Cres
    Street Orientation | - | W | 
    City | city | Winnipeg | Brandon
    Province | state | MB | MB
  `),
  set({ id: 'en-kids-programs-registrations-export', kind: 'kids programs registration export (registration code, offering, participant, guardian email and phone, payment, schedule)', lang: 'en', source: 'index:58310653231 (a youth activity center\'s registrations CSV endpoint, Java)' }, `
    ID | - | 88 | 89
    Code | - | REG-7Q2K9 | REG-8M4T1
    Type | - | PROGRAM | EVENT
    Offering | - | Junior Coding Camp | Science Saturday
    Participant | name | Ellie Navarro | Sam Whitfield
    Guardian Email | - | jnavarro@example.com | kate.whitfield@example.com
    Guardian Phone | - | 520-555-0163 | 520-555-0104
    Status | - | CONFIRMED | PENDING
    Payment Status | - | PAID | UNPAID
    Scheduled Date | - | 2026-07-06 | 2026-06-13
    Scheduled Time | - | 09:00 | 10:30
    Created At | - | 2026-05-21T14:03:11 | 2026-05-30T08:47:52
  `),
  set({ id: 'en-au-window-cleaning-job-history-wide', kind: 'Australian service business customer and job history export (46 columns: customer and company name, street number apart, home, work, mobile and alternate phones, alternate contact, marketing method, star rating, roof type, send preferences, tags, job lines, assigned worker, invoice, estimate)', lang: 'en', defaultCountry: 'AU', source: 'index:63534476855 (a field service migration project\'s sample file listing)' }, `
    Id | externalId | 3485 | 3486
    Customer Name | name | Aaron Whitfield | Grace Pham
    Company Name | companyName | | Pham Dental Pty Ltd
    Salutation | - | Mr | Dr
    First Name | firstName | Aaron | Grace
    Last Name | lastName | Whitfield | Pham
    Street Number | - | 24 | 3/115
    Street Name | address1 | Sunset Parade | Pacific Hwy
    Address 2 | - | | 
    City | city | Chain Valley Bay | Charlestown
    Province | state | NSW | NSW
    Postal Code | postalCode | 2259 | 2290
    Home Phone | additionalPhones | (02) 4355 0123 | -
    Work Phone | additionalPhones | - | (02) 4955 0188
    Mobile Phone | phone | 0412 555 018 | 0433 555 271
    Fax | - | - | -
    Alt. Phone | additionalPhones | - | 0400 555 902
    Alt. Contact | - | | Linh (practice manager)
    Email | email | aaron.whitfield@example.com.au | accounts@phamdental.example.com.au
    Notes | - | Dog in backyard | Clean before 8am
    Marketing Method | source | Letterbox drop | Google
    Date Added | - | 05/30/16 | 11/02/19
    Star Rating | - | n/a | 5
    Customer Type | - | Residential | Commercial
    Height | - | Single storey | Two storey
    Roof Type | - | Tile | Metal
    Service Required | - | Windows | Windows
    Additional Services | - | Gutters | Solar panels
    Send Preference: Email | - | X | X
    Send Preference: Text | - | X | 
    Tags | tags | Regular | Commercial, Quarterly
    Job Date | - | 06/14/16 | 01/20/26
    Job Type | - | Window Clean | Window Clean
    Job Details | - | Inside and out | Outside only
    Quantity | - | 1 | 1
    Each | - | 180 | 240
    Price | - | 180 | 240
    Assigned To | - | Steve | Steve
    Duration | - | 2 | 3
    Job location | - | 24 Sunset Parade | 3/115 Pacific Hwy
    Travel Time(in hrs) | - | 0.5 | 0.25
    Job Time (in hrs) | - | 2 | 3
    Invoice Number | - | INV-1042 | INV-8821
    Estimate Information | - | | 
    Status | - | Completed | Scheduled
    Estimate Location | - | | 
  `),
  set({ id: 'en-advocacy-constituents-export', kind: 'advocacy tool constituent export (28 columns: constituent id, prefix, middle name, suffix, gender, second address line, county and legislative districts, employer and occupation, home, work, fax and mobile phones, mobile opt-in, join date, source and subsource)', lang: 'en', source: 'index:14218266706 (a phone list lookup tool\'s recognised export layouts, Elixir)' }, `
    Unique Constituent ID | externalId | 1048872 | 1048873
    Prefix | - | Ms. | 
    First Name | firstName | Teresa | Jamal
    Middle Name | - | A | 
    Last Name | lastName | Lindqvist | Harris
    Suffix | - | | Jr
    Gender | - | F | M
    Address 1 | address1 | 2218 N Sawyer Ave | 915 Elm St
    Address 2 | - | Apt 2 | 
    City | city | Chicago | Evanston
    State | state | IL | IL
    Zip | postalCode | 60647 | 60201
    County | - | Cook | Cook
    Congressional District | - | 5 | 9
    State House District | - | 39 | 18
    State Senate District | - | 20 | 9
    Country | country | US | US
    Employer | companyName | Chicago Public Schools | Self-employed
    Occupation | - | Teacher | Carpenter
    Email | email | teresa.lindqvist@example.com | jamal.harris@example.net
    Home Phone | additionalPhones | (773) 555-0142 | 
    Work Phone | additionalPhones | | (847) 555-0199
    Fax | - | | 
    Mobile Phone | phone | (312) 555-0167 | (224) 555-0133
    Mobile Phone Opt-In | - | 1 | 0
    Join Date | - | 2024-09-12 | 2025-02-03
    Source | source | petition | event
    Subsource | - | fund-our-schools | town-hall-feb
  `),
  set({ id: 'en-vet-clinic-clients-home-work-mobile', kind: 'veterinary clinic client list from an address book export (first name, account number and last sale between, home address group, home, work and mobile phones, clinic)', lang: 'en', source: 'index:11762662100 (a clinic app\'s client import script header note)' }, `
    First Name | firstName | Marissa | Howard
    Acct_Num | externalId | 20417 | 20533
    Sale | - | 2026-03-02 | 2025-11-19
    Last Name | lastName | Dupree | Kline
    E-mail Address | email | marissa.dupree@example.com | hkline@example.net
    Home Street | address1 | 88 Orchard Hill Rd | 1402 Lakeshore Dr
    Home City | city | Nashua | Manchester
    Home State | state | NH | NH
    Home Postal Code | postalCode | 03062 | 03104
    Home Phone | additionalPhones | (603) 555-0110 | (603) 555-0152
    Work Phone | additionalPhones | | (603) 555-0177
    Mobile Phone | phone | (603) 555-0124 | 
    Clinic | - | Nashua | Manchester
  `),
  set({ id: 'en-uk-address-book-lines-noheader', kind: 'address book file written one entry a line without a header row (family name first, home, work and mobile phones, house name or number apart, town, region, country, post code)', lang: 'en', defaultCountry: 'GB', noHeader: true, source: 'index:48074085652 (a Java address book exercise\'s entry writer)' }, `
    "" | lastName | Pemberton | Okonkwo | Fairbairn
    "" | firstName | Alice Mary | Chidi | Ross
    "" | additionalPhones | 01632 960123 | | 0131 496 0542
    "" | additionalPhones | 020 7946 0811 | 0161 496 0733 | 
    "" | phone | 07700 900321 | 07700 900654 | 07700 900987
    "" | email | alice.pemberton@example.co.uk | chidi.okonkwo@example.co.uk | ross.fairbairn@example.co.uk
    "" | - | Rose Cottage | 14 | 3F2
    "" | address1 | Mill Lane | Wilmslow Road | Marchmont Crescent
    "" | city | Little Shelford | Manchester | Edinburgh
    "" | state | Cambridgeshire | Greater Manchester | Midlothian
    "" | country | England | England | Scotland
    "" | postalCode | CB22 5EX | M14 5TQ | EH9 1HD
  `),
  set({ id: 'en-careers-form-applications-log', kind: 'careers page application log kept like a form response sheet (timestamp, department, cover letter, resume file and path)', lang: 'en', source: 'index:58365029665 (a company site\'s careers form handler writing a CSV)' }, `
    Timestamp | - | 2026-04-03T09:14:52.118Z | 2026-04-04T17:40:03.540Z
    Full Name | name | Nadia Karimi | Tom Ellery
    Email Address | email | nadia.karimi@example.com | tom.ellery@example.com
    Phone Number | phone | +1 646 555 0132 | (917) 555-0178
    Expected Department | - | Operations | Engineering
    Cover Letter | - | I have five years in logistics... | Keen to join your platform team.
    Resume Filename | - | Nadia_Karimi_CV.pdf | ellery-resume.docx
    Local Resume Path | - | resumes/1712135692118-Nadia_Karimi_CV.pdf | resumes/1712252403540-ellery-resume.docx
  `),
  set({ id: 'en-gforms-job-application-sheet', kind: 'Google Forms job application response sheet (position, department, education, experience, skills, resume and profile links, expected salary, availability)', lang: 'en', source: 'index:70707651799 (an applicant tracker\'s sample Google Sheet CSV)' }, `
    Timestamp | - | 2026-09-20 10:14:22 | 2026-09-21 14:32:10
    Full Name | name | Marcus Lindgren | Aisha Bello
    Email Address | email | marcus.lindgren@example.com | aisha.bello@example.com
    Phone Number | phone | +1 (555) 301-4477 | +1 (555) 887-2210
    Position Applied For | - | Data Analyst | Product Designer
    Department | - | Analytics | Design
    Highest Education | - | M.S. Statistics | B.A. Graphic Design
    Years of Experience | - | 4 | 7
    Key Skills | - | "SQL, Python, Tableau" | "Figma, UX research"
    Resume Link | - | https://drive.google.com/file/d/lindgren_cv.pdf | https://drive.google.com/file/d/bello_resume.pdf
    LinkedIn / Portfolio | - | https://linkedin.com/in/marcuslindgren | https://www.behance.net/aishabello
    Expected Salary | - | $98000 | $115000
    Earliest Joining Date / Notice Period | - | 2 weeks | Immediate
  `),
  set({ id: 'en-event-checkin-report-title-rows', kind: 'event check-in report with a title, the event\'s name, date, venue and counts, and a blank line above the attendee headers (ticket reference, status, check-in time, type)', lang: 'en', defaultCountry: 'KE', source: 'index:53335133061 (a QR check-in app\'s event CSV report, Python)', above: [['ScanMark — Event Report'], ['Event:', 'Annual Staff Gala 2026'], ['Date:', '2026-11-21'], ['Venue:', 'Sarit Expo Centre'], ['Total Registered:', '3'], ['Total Checked In:', '2'], ['Attendance Rate:', '66.7%'], ['']] }, `
    Name | name | Wanjiru Kamau | Brian Otieno | Faith Njeri
    Email | email | wanjiru.kamau@example.co.ke | brian.otieno@example.co.ke | faith.njeri@example.com
    Ticket Ref | - | SM-4F7K2Q | SM-9X1B3M | SM-2C8D5T
    Status | - | Checked In | Checked In | Not Checked In
    Check-in Time | - | 2026-11-21 18:42 | 2026-11-21 19:05 | 
    Type | - | QR | Manual | 
  `),
  set({ id: 'en-dk-student-club-members-mobilepay', kind: 'Danish student club member file written in English (MobilePay number for dues beside the phone, newsletter flag)', lang: 'en', defaultCountry: 'DK', source: 'index:3411166824 (a student house board site\'s member export service, C#)' }, `
    FirstName | firstName | Mads | Freja
    LastName | lastName | Kjærgaard | Lindholm
    E-mail | email | mads.kjaergaard@example.dk | freja.lindholm@example.dk
    MobilePay | - | 20 55 18 34 | 
    Subscribed | - | True | False
    PhoneNo | phone | 20 55 18 34 | 31 55 72 90
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-partei-mitglieder-export-breit', kind: 'party member export for the federal membership system (53 columns: member number, title, fax, association levels and constituencies, state abbreviation, fees, citizenship, card and opt-out flags, reference codes, blocking, mobile far from the phone, bank account, entry and exit dates)', lang: 'de', defaultCountry: 'DE', source: 'index:6934192110 (a state association\'s member export script)' }, `
    Mitgliedsnummer | externalId | 40217 | 40388
    Anrede | - | Herr | Frau
    Vorname | firstName | Jonas | Meike
    Zusatz | - | Dr. |
    Nachname | lastName | Brinkmann | Oltmanns
    Straße | address1 | Lindenallee 14 | Am Deich 3a
    Land | country | DE | DE
    PLZ | postalCode | 30159 | 26789
    Ort | city | Hannover | Leer
    Telefon | phone | 0511 5550172 | 0491 555093
    Telefax | - | 0511 5550173 |
    E-Mail | email | jonas.brinkmann@example.de | meike.oltmanns@example.de
    Aufnahmedatum | - | 12.03.2019 | 01.09.2021
    LV (als Abkürzung) | - | NI | NI
    BzV | - | | 
    KV | - | Region Hannover | Leer
    OV | - | | 
    Wahlkreis | - | 41 | 25
    Stimmkreis | - | 24 | 85
    Landkreis | - | Region Hannover | Leer
    Gemeinde | - | | 
    Bundesland (als Abkürzung) | state | NI | NI
    Erstbetrag | - | | 
    reduzierter Betrag (0 für nein, -1 für ja) | - | 0 | -1
    Staatsbürgerschaft | - | deutsch | deutsch
    Geb-Datum | dateOfBirth | 07.05.1984 | 19.12.1996
    Ausweis angefordert | - | 12.03.2019 | 
    Ausweis exportiert | - | | 
    Ausweis versendet | - | 20.03.2019 | 
    Umfrage  (0 für nein, -1 für ja) | - | 0 | 0
    Aktionen  (0 für nein, -1 für ja) | - | -1 | 0
    Newsletter  (0 für nein, -1 für ja) | - | -1 | -1
    Token | - | | 
    RefCode LQFB | - | | 
    RefCode LS | - | | 
    RefCode | - | | 
    RefCode4 | - | | 
    LF-Optout  (0 für nein, -1 für ja) | - | 0 | 0
    Batchnummer | - | | 
    RefCode zu sperren  (0 für nein, -1 für ja) | - | 0 | 0
    Art der Sperrung | - | | 
    Grund der Sperrung | - | | 
    Sperrung übermittelt | - | | 
    Sperrung bestätigt | - | | 
    ehemalige Refcodes | - | | 
    Mobilfunknummer | additionalPhones | 0170 5550148 | 0152 55501234
    Kontoinhaber | - | | 
    Bankleitzahl | - | | 
    Kontonummer | - | | 
    Kreditinstitut | - | | 
    Eintrittsdatum | - | 12.03.2019 | 01.09.2021
    Austrittsdatum | - | | 
    Stimmberechtigt (0 für nein, -1 für ja) | - | -1 | -1
  `),
  set({ id: 'de-verein-mitglieder-export-beitragsklasse', kind: 'club member CSV export for the board (member number, phone and mobile, ISO country, status, fee class, member since, notes)', lang: 'de', defaultCountry: 'DE', source: 'index:51868336466 (a club management API\'s member export, NestJS)' }, `
    Mitglieds-Nr. | externalId | M-0142 | M-0143
    Vorname | firstName | Sabine | Yusuf
    Nachname | lastName | Kretschmer | Demir
    E-Mail | email | sabine.kretschmer@example.de | y.demir@example.de
    Telefon | phone | 0351 5550147 | 
    Mobil | additionalPhones | 0171 5550923 | 0176 55508812
    Straße | address1 | Bautzner Straße 22 | Gerokstraße 5
    PLZ | postalCode | 01099 | 01307
    Ort | city | Dresden | Dresden
    Land | country | DE | DE
    Status | - | AKTIV | PASSIV
    Beitragsklasse | - | Erwachsene | Familie
    Geburtsdatum | dateOfBirth | 14.02.1979 | 30.08.1990
    Mitglied seit | - | 01.04.2015 | 15.01.2023
    Notizen | - | Übungsleiterin | 
  `),
  set({ id: 'de-kunstverein-mitglieder-lizenz', kind: 'artists\' association member list download (one name column, art field, one-line street, member since, licence)', lang: 'de', defaultCountry: 'DE', source: 'index:3916817107 (a gallery app\'s association member CSV button)' }, `
    Name | name | Irene Vogt | Atelier Brandt
    Kunstbereich | - | Malerei | Keramik
    E-Mail | email | irene.vogt@example.de | kontakt@atelier-brandt.example.de
    Telefon | phone | 0761 5550134 | 07633 555120
    Adresse | address1 | Kartäuserstraße 41 | Hauptstraße 7
    PLZ | postalCode | 79102 | 79219
    Ort | city | Freiburg im Breisgau | Staufen
    Mitglied seit | - | 2019 | 03/2022
    Lizenz | - | Basis | Pro
  `),
  set({ id: 'de-studentenverbindung-mitglieder-export', kind: 'student society member export from the directory (rank, one-line address, candidate, member, club member and alumni since, office, course of study, birthday, phone)', lang: 'de', defaultCountry: 'DE', source: 'index:24194017664 (a student society directory sync script\'s CSV writer)' }, `
    Vorname | firstName | Lukas | Hannah
    Nachname | lastName | Riedel | Kowalski
    Rang | - | Mitglied | Anwärter
    E-Mail | email | lukas.riedel@example.de | hannah.kowalski@example.de
    Adresse | address1 | Mozartstraße 9, 52064 Aachen | Pontstraße 110, 52062 Aachen
    Anwärter seit | - | 2022-10-15 | 2025-10-20
    Mitglied seit | - | 2023-05-01 | 
    Vereinsmitglied seit | - | 2023-05-01 | 
    Ehemalig seit | - | | 
    Amt | - | Kassenwart | 
    Studiengang | - | Maschinenbau | Informatik
    Geburtstag | dateOfBirth | 2002-03-17 | 2005-07-09
    Telefonnummer | phone | +49 176 55512345 | +49 151 55598765
  `),
  set({ id: 'de-handwerk-kunden-ohne-kopfzeile', kind: 'craft business customer list pasted without its optional header row (company, contact person, street, postcode, town, phone, email, notes)', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'index:54500422213 (a small business invoicing app\'s customer import hint)' }, `
    "" | companyName | Schreinerei Holzwurm GmbH | Praxis Dr. Lenz | Bäckerei Sommer
    "" | name | Tobias Reuter | Dr. Carola Lenz | Gerda Sommer
    "" | address1 | Industriestraße 4 | Marktplatz 2 | Lindenweg 19
    "" | postalCode | 72764 | 72760 | 72793
    "" | city | Reutlingen | Reutlingen | Pfullingen
    "" | phone | 07121 555013 | 07121 5550270 | 07121 555884
    "" | email | info@holzwurm.example.de | praxis@lenz.example.de | 
    "" | - | Rechnung per Post | Termin nur vormittags | 
  `),
  set({ id: 'de-berufsschule-betriebe-serienbrief', kind: 'vocational school mail-merge list of training companies (establishment and company name, contact person, email, number and names of apprentices, school, class, inspection date)', lang: 'de', defaultCountry: 'DE', source: 'index:58142717226 (a vocational school class tool\'s mail-merge export)' }, `
    Betriebsname | - | Autohaus Keller | Elektro Jansen
    Firma | companyName | Autohaus Keller GmbH & Co. KG | Jansen Elektrotechnik e.K.
    Ansprechpartner | name | Frank Keller | Petra Jansen
    Straße | address1 | Ringstraße 50 | Gewerbepark 3
    PLZ | postalCode | 48653 | 48712
    Ort | city | Coesfeld | Gescher
    E-Mail | email | ausbildung@autohaus-keller.example.de | p.jansen@elektro-jansen.example.de
    Anzahl_Azubis | - | 2 | 1
    Azubi_Namen | - | Brandt, Leon / Yilmaz, Emre | Hoffmann, Mia
    Schule | - | Berufskolleg Coesfeld | Berufskolleg Coesfeld
    Klasse | - | KFZ-23a | EL-24b
    Kontrolldatum | - | 2026-03-12 | 2026-03-12
  `),
  set({ id: 'de-ch-shop-bestellungen-rechnung-versand', kind: 'Swiss web shop order lines export (34 columns: order number and date, totals, customer id, note, billing group with PO box, canton and ISO country, shipping group, product name, SKU, price, quantity)', lang: 'de', defaultCountry: 'CH', source: 'index:36016832146 (a fire safety shop\'s order export script)' }, `
    Bestellnummer | - | 10512 | 10513
    Bestelldatum | - | 2026-04-14T10:22:31 | 2026-04-14T16:05:12
    Total | - | 248.60 | 89.90
    Total Steuern | - | 17.78 | 6.43
    Versandkosten | - | 9.00 | 9.00
    Kunden ID | externalId | 388 | 0
    Notiz | - | Bitte vor 12 Uhr liefern | 
    Rechnung Vorname | firstName | Reto | Corinne
    Rechnung Nachname | lastName | Baumann | Meier
    Rechnung Firma | companyName | Baumann Haustechnik AG | 
    Rechnung Adresse 1 | address1 | Industriestrasse 12 | Seestrasse 88
    Rechnung Adresse 2 | - | Halle 3 | 
    Rechnung Postfach | - | Postfach 214 | 
    Rechnung Stadt | city | Winterthur | Horgen
    Rechnung Kanton | state | ZH | ZH
    Rechnung Postleitzahl | postalCode | 8404 | 8810
    Rechnung Land | country | CH | CH
    Rechnung E-Mail | email | einkauf@baumann-haustechnik.example.ch | corinne.meier@example.ch
    Rechnung Telefon | phone | 052 555 14 20 | 079 555 33 21
    Versand Vorname | - | Reto | Corinne
    Versand Nachname | - | Baumann | Meier
    Versand Firma | - | Baumann Haustechnik AG | 
    Versand Adresse 1 | - | Baustelle Grüze, Zürcherstrasse 201 | Seestrasse 88
    Versand Adresse 2 | - | | 
    Versand Postfach | - | | 
    Versand Stadt | - | Winterthur | Horgen
    Versand Kanton | - | ZH | ZH
    Versand Postleitzahl | - | 8406 | 8810
    Versand Land | - | CH | CH
    Produkt Name | - | Feuerlöscher 6 kg Schaum | Löschdecke 120x180
    Produkt SKU | - | FL-6S | LD-1218
    Produkt Preis | - | 115.80 | 89.90
    Produkt Menge | - | 2 | 1
    Produkt Subtotal | - | 231.60 | 89.90
  `),
  set({ id: 'de-uni-lehrende-evaluation-import', kind: 'university course evaluation import of lecturers (role, salutation, title, course name, id and place, study programme, course type, participant count, organisational unit)', lang: 'de', defaultCountry: 'DE', source: 'index:35069770510 (a TYPO3 course evaluation extension\'s import form)' }, `
    Funktion | - | Professor | Wiss. Mitarbeiterin
    Anrede | - | Herr | Frau
    Titel | - | Prof. Dr. | Dr.
    Vorname | firstName | Martin | Julia
    Nachname | lastName | Schöttler | Albrecht
    Email | email | martin.schoettler@uni-example.de | julia.albrecht@uni-example.de
    LV-Name | - | Grundlagen der Informatik | Statistik II
    LV-Kennung | - | L.079.05101 | L.104.22010
    LV-Ort | - | Hörsaal C1 | Raum J2.101
    Studiengang | - | Informatik B.Sc. | Wirtschaftswissenschaften B.Sc.
    LV-Art | - | Vorlesung | Übung
    Teilnehmer | - | 240 | 35
    Orgaeinheit | - | Institut für Informatik | Fakultät für Wirtschaftswissenschaften
  `),
  set({ id: 'de-hochschulgruppe-mitglieder-xlsx', kind: 'student group member workbook (family name first, nickname, status, position, club entry date, honorary flag, shared drive)', lang: 'de', defaultCountry: 'DE', source: 'index:15218205586 (a student racing team portal\'s member Excel export, Node)' }, `
    Nachname | lastName | Özdemir | Hartmann
    Vorname | firstName | Deniz | Clara
    E-Mail | email | deniz.oezdemir@example.de | clara.hartmann@example.de
    Spitzname | - | Dizzy | 
    Telefon | phone | 0176 55512340 | 0151 55598712
    Status | - | aktiv | ehemalig
    Position | - | Teamleitung Fahrwerk | Sponsoring
    Vereinsbeitritt | - | 15.10.2023 | 01.04.2021
    Ehrenmitglied | - | | x
    Teamdrive | - | Fahrwerk | Marketing
  `),
  set({ id: 'de-konzert-tickets-export-quelle', kind: 'concert ticket export of a WordPress plugin (ticket type and code, one-line address, category, count, status, purchase date, notes, source)', lang: 'de', defaultCountry: 'DE', source: 'index:51838495449 (an event ticketing plugin\'s CSV writer, PHP)' }, `
    Typ | - | Online | Abendkasse
    Ticket-Code | - | TK-8F3A-21 | TK-9C0D-07
    Vorname | firstName | Katrin | Ole
    Nachname | lastName | Petersen | Jacobsen
    E-Mail | email | katrin.petersen@example.de | ole.jacobsen@example.de
    Telefon | phone | 0431 5550912 | 
    Adresse | address1 | Holtenauer Str. 88, 24105 Kiel | 
    Kategorie | - | Stehplatz | Sitzplatz ermäßigt
    Anzahl | - | 2 | 1
    Status | - | bezahlt | bezahlt
    Kaufdatum | - | 12.09.2026 14:03 | 03.10.2026 19:40
    Notizen | - | | Schwerbehindertenausweis
    Quelle | source | Website | Abendkasse
  `),
  set({ id: 'de-jobportal-bewerbungen-export', kind: 'job portal applications export for recruiters (application id and date, status, birth date, nationality, job type, language levels, the job\'s title and company, notes)', lang: 'de', defaultCountry: 'DE', source: 'index:7893734516 (a recruiting portal\'s applications CSV route, Python)' }, `
    ID | - | 418 | 419
    Bewerbungsdatum | - | 2026-02-11 | 2026-02-12
    Status | - | eingegangen | Interview
    Vorname | firstName | Andrii | Mariana
    Nachname | lastName | Kovalenko | Ferreira
    E-Mail | email | andrii.kovalenko@example.com | mariana.ferreira@example.com
    Telefon | phone | +380 67 555 1234 | +49 1522 5551234
    Geburtsdatum | dateOfBirth | 1996-06-21 | 1999-01-30
    Nationalität | - | ukrainisch | brasilianisch
    Stellenart | - | Ausbildung | Vollzeit
    Stadt | city | Kyjiw | Hamburg
    Land | country | Ukraine | Deutschland
    Deutschkenntnisse | - | B1 | B2
    Englischkenntnisse | - | B2 | C1
    Stellentitel | - | Pflegefachmann (m/w/d) | Hotelfachfrau (m/w/d)
    Unternehmen | - | Klinikum Nord | Hotel am Hafen
    Notizen | - | Anerkennung läuft | 
  `),
  set({ id: 'de-projekt-personen-export', kind: 'project staffing people export (phone and mobile, one-line street, company, position, department, role, skills, availability, hourly rate, notes)', lang: 'de', defaultCountry: 'DE', source: 'index:53883772002 (a project planning app\'s people CSV export)' }, `
    Vorname | firstName | Thomas | Lea
    Nachname | lastName | Brenner | Schulte
    E-Mail | email | t.brenner@example.de | lea.schulte@example.de
    Telefon | phone | 089 5550123 | 
    Mobil | additionalPhones | 0171 5559988 | 0160 5553344
    Adresse | address1 | Leopoldstraße 71 | Kaiserstraße 5
    PLZ | postalCode | 80802 | 60311
    Stadt | city | München | Frankfurt am Main
    Land | country | Deutschland | Deutschland
    Firma | companyName | Brenner IT-Beratung | Schulte Design
    Position | - | Geschäftsführer | Freelancerin
    Abteilung | - | | 
    Rolle | - | Architekt | UX
    Fähigkeiten | - | "Java, Cloud" | "Figma, Research"
    Verfügbarkeit | - | 50% | ab 01.06.
    Stundensatz | - | 120 | 85
    Notizen | - | | Nur remote
  `),
  set({ id: 'de-motorrad-beratung-anfragen-export', kind: 'motorcycle buying advice requests export (21 columns: request id and date, country and region, licence class, riding experience, style, model, budget range and currency, year, mileage, use, priorities, package, status)', lang: 'de', defaultCountry: 'DE', source: 'index:65856978162 (a motorcycle advice site\'s admin CSV export)' }, `
    ID | - | r_7Kq2 | r_7Kq3
    Datum | - | 14.03.2026 | 15.03.2026
    Vorname | firstName | Jannik | Sophie
    Nachname | lastName | Wolter | Brandl
    E-Mail | email | jannik.wolter@example.de | sophie.brandl@example.at
    Telefon | phone | +49 170 5551234 | +43 664 5557788
    Land | country | Deutschland | Österreich
    Region | state | Niedersachsen | Tirol
    Ausweis | - | A2 | A
    Erfahrung | - | Einsteiger | 5+ Jahre
    Stil | - | Naked | Reiseenduro
    Modell | - | MT-07 | 
    Budget von | - | 4000 | 9000
    Budget bis | - | 6500 | 14000
    Währung | - | EUR | EUR
    Baujahr ab | - | 2018 | 2020
    Max km | - | 30000 | 40000
    Nutzung | - | Pendeln | Touren
    Prioritäten | - | Preis, Zuverlässigkeit | Komfort
    Paket | - | Basis | Premium
    Status | - | neu | in Bearbeitung
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-schoonmaak-klanten-import-voorbeeld', kind: 'cleaning company customer import sample (customer number and kind, company and trade name, contact person, chamber of commerce and VAT numbers, house number and addition apart, invoice flag)', lang: 'nl', defaultCountry: 'NL', source: 'index:68661011000 (a service company admin\'s CSV example download)' }, `
    Klantnummer | externalId | 20417 | 20418
    Klantsoort | - | bedrijf | particulier
    Bedrijfsnaam | companyName | Van Dam Vastgoed BV | Sanne Kuipers
    Handelsnaam | - | Van Dam Vastgoed |
    E-mail | email | administratie@vandamvastgoed.example.nl | sanne.kuipers@example.nl
    Telefoon | phone | 020 555 0143 | 06 55501234
    Contactpersoon | name | Erik van Dam |
    KVK | - | 34567812 |
    BTW | - | NL812345678B01 |
    Straat | address1 | Keizersgracht | Bloemstraat
    Huisnummer | - | 221 | 8
    Toevoeging | - | | b
    Postcode | postalCode | 1016 DV | 3581 WD
    Plaats | city | Amsterdam | Utrecht
    Land | country | NL | NL
    Factuur toegestaan | - | ja | nee
  `),
  set({ id: 'nl-badminton-liga-basisopstelling', kind: 'Belgian badminton league base line-up file (club, discipline, team, member number, birth date in US order, gender, player levels, position)', lang: 'nl', defaultCountry: 'BE', source: 'index:23490806193 (a badminton competition site\'s data load notes)' }, `
    Club | - | BC Schelde VZW | BC Schelde VZW
    Discipline | - | Gemengd | Gemengd
    Teamnaam | - | Schelde 1G | Schelde 1G
    Lidnummer | externalId | 50071234 | 50088812
    Voornaam | firstName | Wouter | Lien
    Achternaam | lastName | Claeys | Vermeulen
    Geboortedatum | dateOfBirth | 9/23/1991 | 2/5/1996
    geslacht | - | M | V
    Player level single | - | B2 | C1
    Player level double | - | B1 | B2
    Player level mixed | - | A | B1
    Positie | - | 12 | 18
  `),
  set({ id: 'nl-reddingboot-vaarrapporten-export-breed', kind: 'lifeboat station trip report export (34 columns: date, kind, boat, alarm, departure and mooring hours and minutes apart, weather and wind, skipper and five crew names, fuel, exercise type, on whose behalf, remarks, other responders, persons aboard, then the assisted party\'s name, street, postcode, town and phone)', lang: 'nl', defaultCountry: 'NL', source: 'index:34194047334 (a lifeboat report converter\'s header split test)' }, `
    Bijlagen | - | | rapport.pdf
    Datum | - | 14-06-2026 | 21-06-2026
    Soort | - | Actie | Oefening
    Boot | - | Nh1816 | Nh1816
    Aanvang O&O (uur) | - | | 
    Aanvang O&O (minuten) | - | | 
    Afvaart (uren) | - | 15 | 19
    Afvaart (minuten) | - | 42 | 0
    Afgemeerd (uren) | - | 17 | 21
    Afgemeerd (minuten) | - | 5 | 30
    Duur | - | 1:23 | 2:30
    Korte omschrijving | - | Zeilboot met motorpech | Sleepoefening
    Weersomstandigheden | - | Bewolkt | Zonnig
    Windkracht (Beaufort) | - | 5 | 3
    Windrichting | - | ZW | NO
    Schipper | - | Kees Dekker | Marco Visser
    Opstapper 1 | - | Jelle Bakker | Jelle Bakker
    Opstapper 2 | - | Roos Smit | Thijs de Jong
    Opstapper 3 | - | | Roos Smit
    Opstapper 4 | - | | 
    Opstapper 5 | - | | 
    Brandstof (daadwerkelijk afgetankte hoeveelheid) | - | 120 | 180
    Type Oefening | - | | Slepen
    Actie ten behoeve van | - | Zeilboot | 
    Oproep (uren) | - | 15 | 
    Oproep (minuten) | - | 31 | 
    Opmerkingen | - | Binnengesleept naar de haven | 
    Andere hulpverleners | - | Kustwacht | 
    Aantal Opvarenden | - | 3 | 
    Naam | name | Arjen Hoekstra | 
    Straat | address1 | Dijkweg 17 | 
    Postcode | postalCode | 1781 AB | 
    Woonplaats | city | Den Helder | 
    Telefoon | phone | 06 12345678 | 
  `),
  set({ id: 'nl-webwinkel-accounts-drie-telefoons', kind: 'web shop account table export (customer number, initials, gender, birth date, home, mobile and work phones, password hash, delivery, email, cookie, product and payment preferences)', lang: 'nl', defaultCountry: 'NL', source: 'index:35420479307 (a student web shop\'s account writer, C#)' }, `
    Klantnummer | externalId | 1007 | 1008
    Voorletters | - | J.P. | M.
    Achternaam | lastName | Verhoeven | Aydin
    Voornaam | firstName | Jeroen | Merve
    Geslacht | - | M | V
    Geboortedatum | dateOfBirth | 03-11-1988 | 27-05-1995
    Adres | address1 | Molenstraat 12 | Parklaan 8A
    Postcode | postalCode | 5611 AB | 3016 BC
    Woonplaats | city | Eindhoven | Rotterdam
    TelefoonThuis | additionalPhones | 0401234567 | 
    TelefoonMobiel | phone | 0612345678 | 0687654321
    TelefoonWerk | additionalPhones | 0407654321 | 0102345678
    Email | email | j.verhoeven@example.nl | merve.aydin@example.nl
    Wachtwoord | - | 5f4dcc3b5aa765d61d8327deb882cf99 | 098f6bcd4621d373cade4e832627b4f6
    Bezorgvoorkeur | - | thuis | afhaalpunt
    Emailvoorkeur | - | 1 | 0
    Cookievoorkeur | - | 1 | 1
    Productvoorkeur | - | elektronica | boeken
    Betaalvoorkeur | - | ideal | creditcard
  `),
  set({ id: 'nl-codeerklas-klaslijst', kind: 'coding club class list (one name column, age, school year, parent\'s name and contact, platform user names)', lang: 'nl', defaultCountry: 'BE', source: 'index:40677970234 (a coding school\'s class list page)' }, `
    Naam | name | Lotte Peeters | Arne Wouters
    Leeftijd | - | 10 | 11
    Leerjaar | - | 4 | 5
    Naam ouder | - | Sofie Peeters | Bart Wouters
    Contact ouder | - | sofie.peeters@example.be | 0478 55 12 34
    Username scratch | - | lotte_codeert | arnew2015
    Username leerplatform | - | lpeeters | awouters
  `),
  set({ id: 'nl-schoolkantine-studenten-upload', kind: 'school canteen pass Excel upload (family name first, birth date and place, student email, PIN code, balance)', lang: 'nl', defaultCountry: 'NL', source: 'index:17633374509 (a school canteen app\'s Excel import, PHP)' }, `
    Achternaam | lastName | de Graaf | Yilmaz
    Voornaam | firstName | Daan | Elif
    Geboortedatum | dateOfBirth | 12-04-2009 | 30-10-2008
    Geboorteplaats | - | Zwolle | Deventer
    Student_email | email | 123456@student.example.nl | 123789@student.example.nl
    Student_pincode | - | 4821 | 0937
    Saldo | - | 12.50 | 3.75
  `),
  set({ id: 'nl-be-jeugdvereniging-leden-gsm', kind: 'Belgian youth club member records (record id, street number apart, municipality, landline and GSM)', lang: 'nl', defaultCountry: 'BE', source: 'index:20252394838 (a youth club registration site\'s member form binding, C#)' }, `
    Id | externalId | 3f1c2a9e-8b7d-4c11-9e2a-5d6f7a8b9c01 | 7a2e4b6c-1d3f-4a5b-8c9d-0e1f2a3b4c5d
    Achternaam | lastName | Maes | Janssens
    Voornaam | firstName | Seppe | Noor
    Geboortedatum | dateOfBirth | 14/06/2012 | 02/11/2013
    Straatnaam | address1 | Kerkstraat | Veldstraat
    Straatnummer | - | 27 | 4
    Postcode | postalCode | 2800 | 9000
    Gemeente | city | Mechelen | Gent
    Telefoon_vast | additionalPhones | 015 55 12 34 | 
    Telefoon_GSM | phone | 0475 55 67 89 | 0486 55 43 21
    Email | email | gezin.maes@example.be | noor.janssens@example.be
  `),
  set({ id: 'nl-restaurant-marketing-contacten-export', kind: 'restaurant reservation system marketing contacts export (visits, last visit, average spend, tags)', lang: 'nl', defaultCountry: 'NL', source: 'index:33779826086 (a restaurant platform\'s contacts CSV export hook)' }, `
    Voornaam | firstName | Femke | Joris
    Achternaam | lastName | van Leeuwen | Brouwer
    Email | email | femke.vanleeuwen@example.nl | joris.brouwer@example.nl
    Telefoon | phone | +31612345678 | +31687654321
    Bezoeken | - | 7 | 1
    Laatste bezoek | - | 14-03-2026 | 02-01-2026
    Gem. besteding | - | 64.50 | 38.00
    Tags | tags | vaste gast,wijnliefhebber | 
  `),
  set({ id: 'nl-reclame-contactpersonen-template', kind: 'sign maker CRM contact person import template (company, first and family name, job title)', lang: 'nl', defaultCountry: 'NL', source: 'index:53224558307 (a sign maker CRM\'s contact person template generator)' }, `
    bedrijfsnaam | companyName | Slagerij Hendriks | 
    voornaam | firstName | Wim | Sanne
    achternaam | lastName | Hendriks | de Boer
    email | email | wim@slagerij-hendriks.example.nl | sanne.deboer@example.nl
    telefoon | phone | 06-55512345 | 06-55598765
    functie | - | Eigenaar | Freelance ontwerper
  `),
  set({ id: 'nl-personeelsbestand-export-fase', kind: 'staff file export of a cleaning company (phase, employment type, work type, start date)', lang: 'nl', defaultCountry: 'NL', source: 'index:55614282861 (a staffing dashboard\'s employee CSV export)' }, `
    Voornaam | firstName | Samira | Gert-Jan
    Achternaam | lastName | El Idrissi | Mulder
    E-mail | email | samira.elidrissi@example.nl | gj.mulder@example.nl
    Telefoon | phone | 06 55512345 | 06 55567890
    Fase | - | In dienst | Onboarding
    Dienstverband | - | Loondienst | Oproepkracht
    Werktype | - | Kantoorschoonmaak | Glasbewassing
    Startdatum | - | 2025-03-01 | 2026-05-15
  `),
  set({ id: 'nl-rommelmarkt-standplaatsen-export', kind: 'village flea market stand reservations export (stand numbers, resident flag, paid flag, amount)', lang: 'nl', defaultCountry: 'BE', source: 'index:56340586071 (a flea market booking page\'s admin CSV export)' }, `
    Naam | name | Ilse Verstraete | Koen De Smet
    E-mail | email | ilse.verstraete@example.be | koen.desmet@example.be
    Telefoonnummer | phone | 0472 55 18 90 | 0494 55 27 31
    Standplaatsen | - | A12 & A13 | C4
    Inwoner | - | Ja | Nee
    Betaald | - | Ja | Nee
    Bedrag | - | €20 | €15
  `),
  set({ id: 'nl-moskee-donateurs-export', kind: 'mosque donor export (one name column with anonymous donors, total donated, number of donations, first and last donation)', lang: 'nl', defaultCountry: 'NL', source: 'index:53208169265 (a donation platform\'s donor CSV route)' }, `
    Naam | name | Youssef Amrani | Anoniem
    E-mail | email | y.amrani@example.nl | 
    Telefoon | phone | +31 6 55512345 | 
    Totaal gedoneerd (€) | - | 540.00 | 25.00
    Aantal donaties | - | 12 | 1
    Eerste donatie | - | 2025-03-10 | 2026-04-09
    Laatste donatie | - | 2026-04-05 | 2026-04-09
  `),
  set({ id: 'nl-concert-wachtlijst-export', kind: 'concert waiting list export with BOM (tickets wanted, notes, status, sign-up time)', lang: 'nl', defaultCountry: 'NL', source: 'index:63154824220 (a choir site\'s waiting list CSV route)' }, `
    Naam | name | Marijke Hoogendoorn | Pieter Schaap
    Email | email | marijke.h@example.nl | pieter.schaap@example.nl
    Telefoon | phone | 0612345678 | 
    Aantal gewenst | - | 2 | 4
    Notities | - | Rolstoelplek graag | 
    Status | - | wachtend | uitgenodigd
    Ingeschreven op | - | 2026-10-02 19:14:08 | 2026-10-03 08:51:44
  `),
  set({ id: 'nl-be-coach-leads-voornaam-naam', kind: 'Flemish coaching landing page lead file ("naam" holding the family name next to "voornaam", lead type, goal)', lang: 'nl', defaultCountry: 'BE', source: 'index:57371458247 (a lead capture server\'s CSV writer, Node)' }, `
    datum | - | 2026-05-04 21:13 | 2026-05-05 07:40
    type | - | intake | gids
    voornaam | firstName | Hanne | Wout
    naam | lastName | Vermeiren | Claes
    email | email | hanne.vermeiren@example.be | wout.claes@example.be
    telefoon | phone | 0476 55 12 90 | 
    doel | - | Meer energie | Afvallen
  `),
  set({ id: 'nl-workshop-deelnemers-export-selectie', kind: 'workshop CMS export of selected participants (infix, an English "Gender" column, phone and mobile)', lang: 'nl', defaultCountry: 'NL', source: 'index:35446152880 (a workshop platform CMS\'s participant controller, PHP)' }, `
    Voornaam | firstName | Esther | Bram
    Tussenvoegsel | - | van der | 
    Achternaam | lastName | Meulen | Koster
    Gender | - | vrouw | man
    E-mail | email | esther.vdmeulen@example.nl | bram.koster@example.nl
    Telefoonnummer | phone | 050 5551234 | 
    Mobiel | additionalPhones | 06 55512345 | 06 55567812
  `),
  // ----------------------------------------------------------------------------------------------------- Mixed
  set({ id: 'mixed-ch-ol-verein-mitgliederliste-xlsx', kind: 'Swiss orienteering club member workbook from a WordPress site (row number, "Name" holding the family name, birth year, the same mobile number written under Telefon and Mobile, German and English headers mixed: Email, Mobile, user_login)', lang: 'mixed', defaultCountry: 'CH', source: 'index:344158306 (a club site plugin\'s member Excel export, PHP)' }, `
    # | - | 1 | 2
    Name | lastName | Aebischer | Zbinden
    Vorname | firstName | Matthias | Corinne
    Jahrgang | - | 1987 | 2009
    Strasse | address1 | Bernstrasse 14 | Dorfstrasse 3a
    PLZ | postalCode | 3324 | 3322
    Ort | city | Hindelbank | Urtenen-Schönbühl
    Telefon | phone | 079 555 12 34 | 076 555 88 21
    Email | email | m.aebischer@example.ch | corinne.zbinden@example.ch
    Geburtsdatum | dateOfBirth | 12.05.1987 | 03.08.2009
    Mobile | additionalPhones | 079 555 12 34 | 076 555 88 21
    user_login | - | maebischer | czbinden
  `),
  set({ id: 'mixed-nl-identity-gebruikers-gsm', kind: 'web app user table dump (ASP.NET identity columns in English beside Dutch ones: user id, user name, phone number and GSM)', lang: 'mixed', defaultCountry: 'BE', source: 'index:6301044327 (a Flemish web shop\'s user admin binding, C#)' }, `
    Id | externalId | 6c0e3f7a-2b1d-4e8f-9a55-0d2c7b1e4f10 | 91b4d2e8-7c3a-4f60-b1e2-5a8d9c0f3e27
    UserName | - | lien.peeters@example.be | jonas.vdb@example.be
    Voornaam | firstName | Lien | Jonas
    Achternaam | lastName | Peeters | Van den Broeck
    Email | email | lien.peeters@example.be | jonas.vdb@example.be
    PhoneNumber | phone | 03 555 12 34 | 
    Gsm | additionalPhones | 0478 55 66 77 | 0495 55 44 33
  `),
  set({ id: 'mixed-nl-appgebruikers-bankrekening', kind: 'app user records (identity id and phone column names in English, Dutch personal columns: bank account, birth date, postcode, street name)', lang: 'mixed', defaultCountry: 'NL', source: 'index:45493221952 (a student project\'s user admin binding, C#)' }, `
    Id | externalId | a3f1c9e2-55b0-4d7e-8c21-f0e9d8c7b6a5 | 0b7e2d4c-1a9f-4e3b-9c8d-7f6e5d4c3b2a
    Voornaam | firstName | Thijs | Noa
    Achternaam | lastName | Kramer | Visser
    Email | email | thijs.kramer@example.nl | noa.visser@example.nl
    PhoneNumber | phone | 06 55512345 | +31 6 55598765
    Bankrekening | - | NL91ABNA0417164300 | NL20INGB0001234567
    Geboortedatum | dateOfBirth | 14-02-2001 | 30-09-1998
    Postcode | postalCode | 2311 EZ | 3512 JC
    Straatnaam | address1 | Breestraat 41 | Oudegracht 120
  `),
];
