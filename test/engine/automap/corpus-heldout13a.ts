// The thirteenth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch
// and mixed-language files; the other half, corpus-heldout13b.ts, is written by another writer): 54 header sets (589
// columns, 343 of them expected to map; 23 English, 14 German, 11 Dutch, 6 mixed; 2 files without a header row, 2 with
// lines above it (Excel's "sep=;" line; a poll report's title, date, meeting and blank lines); 5 sets of 21 to 45
// columns) from sources none of the other parts use, found in the public code index (CSV files and templates,
// importer tests and fixtures, export writers, database column lists and their documentation) with exact-string
// searches for header fragments in these languages and for vendors and kinds of files no older part has (Klaviyo,
// Salesforce report and opportunity exports, a T2med practice's patient export, youth sports rosters and registrations, camps, choirs, a
// wedding guest list, a Zoom poll report, a moving-quote form), and written down, with the mapping a careful person
// would choose by the field definitions and the rules, BEFORE the mapper was run on them and without reading
// the lexicon or the mapper. "index:N" names the index file the header text was read from (the index does not name
// its repository); the kind says what the file is. Sample values are made up in the shape of each file's own (no
// personal data or example rows from the sources are copied). A trailing empty column is written as "". No set's
// headers repeat an older part's, the two files without a header row aside (their empty headers are those of older
// such files as wide).
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
// The tenth part's first half added, and this half follows:
// - A full-name column next to first and last name columns is the Name as well.
// - A school class, a grade, a year group or a cohort is not imported; a column that names a group the person belongs
//   to (a team, a club, a roster, a group membership) is Tags.
// - Of two ids of the person, the first is the External ID and the other is not imported.
// Choices this half makes more than once:
// - A Dutch "tussenvoegsel" (van, de, van der) in a column of its own is not imported: no field holds it, and putting
//   it into the last name is a transformation, not a mapping (like a house number on its own).
// - In youth sports and camp files the player or camper is the contact; the parent's, account holder's, guardian's
//   and emergency contact's names, emails and phones are not imported.
// - A Salesforce "Account Name" on a contact row is the contact's company (Company name); on an opportunity row it is
//   the deal's account and is not imported; the account's owner is not the contact's owner and is not imported.
// - A household column in a guest or family list names the group the person belongs to: Tags.
import { corpusSet, withFirstColumn, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout13' }, table);


export const HELDOUT13A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-realty-hubspot-contacts-template', kind: 'sample "HubSpot" contacts file offered by a Dominican real-estate lead inbox\'s importer (lead source, notes)', lang: 'en', defaultCountry: 'DO', source: 'index:56480783550 (a real-estate lead inbox\'s import templates, React)' }, `
    First Name | firstName | Rosa | Julio | Anabel
    Last Name | lastName | Méndez | Castillo | Peña
    Email Address | email | rosa.mendez@gmail.com | jcastillo@empresa.do | anabelp@hotmail.com
    Phone Number | phone | 8095550143 | 8295550178 | 8495550112
    Lead Source | source | Instagram | Referido | Facebook
    Notes | - | Busca apartamento en Bávaro | Presupuesto USD 150k | Quiere villa con piscina
  `),
  set({ id: 'en-campus-ministry-people-groups', kind: 'campus ministry people list with the Bible-study groups each person is in, pipe-separated', lang: 'en', source: 'index:54682562577 (a campus ministry app\'s people and groups CSV test)' }, `
    First Name | firstName | Hannah | Marcus | Priya
    Last Name | lastName | Lindqvist | Obi | Raman
    Email Address | email | lindqvist.4@osu.example.edu | obi.12@osu.example.edu | raman.77@osu.example.edu
    Phone Number | phone | (614) 555-0143 | (740) 555-0102 | (614) 555-0190
    Groups | tags | Wednesday Co-Ed Bible Study | Tuesday Men's Bible Study | Thursday Women's Bible Study
  `),
  set({ id: 'en-college-faculty-import-template', kind: 'Indian college faculty import template (18 columns: faculty id, gender, college name and code, department, designation, employment type, joining date, qualification, subjects, experience, head-of-department flag)', lang: 'en', defaultCountry: 'IN', source: 'index:63213018367 (a college management system\'s faculty import page, React)' }, `
    # The college is the faculty member's employer: Company name. Its code, the department and the designation are not.
    Faculty ID | externalId | FAC014 | FAC027 | FAC031
    First Name | firstName | Meera | Arjun | Sunita
    Last Name | lastName | Iyer | Malhotra | Deshpande
    Email Address | email | meera.iyer@college.example.in | arjun.m@college.example.in | sunita.d@college.example.in
    Phone Number | phone | +91-9876501234 | +91-9123405678 | +91-9988776655
    Gender | - | FEMALE | MALE | FEMALE
    College Name | companyName | Hansraj College | Hansraj College | Kirori Mal College
    College Code | - | HRC | HRC | KMC
    Department | - | Chemistry | Economics | English
    Designation | - | Assistant Professor | Associate Professor | Professor
    Employment Type | - | FULL_TIME | FULL_TIME | CONTRACT
    Joining Date | - | 2019-07-15 | 2012-08-01 | 2005-01-10
    Qualification | - | Ph.D. | Ph.D. | M.Phil.
    Specialization | - | Organic Chemistry | Development Economics | Victorian Literature
    Subjects UG | - | Chemistry I;Lab II | Microeconomics | Poetry;Drama
    Subjects PG | - | | Econometrics | Literary Theory
    Experience Years | - | 6 | 13 | 20
    Is HOD | - | false | true | false
  `),
  set({ id: 'en-retail-customer-value-segments-wide', kind: 'retail analytics customer segment export (24 columns: customer id, contact and address, value tier, churn risk, segment, predicted value, spend, orders, engagement scores, last active date)', lang: 'en', source: 'index:53236250608 (a customer analytics dashboard\'s segment CSV download, Flask)' }, `
    # The segment the analytics put the customer in is a group: Tags. The value tier and churn risk are scores: not
    # imported.
    Customer ID | externalId | MC10482 | MC10517 | MC10903
    First Name | firstName | Dana | Victor | Leah
    Last Name | lastName | Kowalski | Huang | Brennan
    Email Address | email | dana.k@example.com | vhuang@example.net | leah.brennan@example.org
    Phone Number | phone | (312) 555-0187 | 773-555-0134 | (847) 555-0150
    Address | address1 | 2210 W Armitage Ave | 88 E Delaware Pl Apt 12B | 415 Sheridan Rd
    City | city | Chicago | Chicago | Evanston
    State | state | IL | IL | IL
    Zip Code | postalCode | 60647 | 60611 | 60202
    Value Tier | - | High | Medium | High
    Churn Risk Level | - | Low | High | Medium
    Customer Segment | tags | Loyal Champions | At Risk | Big Spenders
    Predicted Value (12m $) | - | 1840.50 | 312.00 | 2290.75
    Total Spend to Date ($) | - | 6120.40 | 980.15 | 7455.00
    Total Orders | - | 42 | 7 | 31
    Days Since Last Order | - | 12 | 164 | 35
    Churn Probability | - | 0.08 | 0.71 | 0.22
    Online Engagement | - | 0.82 | 0.15 | 0.64
    Browse Score | - | 77 | 12 | 58
    Email Engagement Rate | - | 0.41 | 0.03 | 0.29
    Engagement Multiplier | - | 1.2 | 0.6 | 1.0
    Completed Cart | - | Yes | No | Yes
    Net Returner | - | No | Yes | No
    Last Active Date | - | 2026-03-02 | 2025-09-18 | 2026-01-27
  `),
  set({ id: 'en-university-user-import-matric-template', kind: 'Nigerian university user import template keyed by matriculation number (country, region/state, gender)', lang: 'en', defaultCountry: 'NG', source: 'index:71595317272 (an ID-card service\'s user import test, React)' }, `
    Matric number | externalId | NB/UI/0142 | NB/UI/0178 | NB/UI/0203
    First Name | firstName | Folasade | Chinedu | Aisha
    Last Name | lastName | Adeyemi | Okafor | Bello
    Email Address | email | f.adeyemi@stu.example.edu.ng | chinedu.okafor@stu.example.edu.ng | aisha.bello@stu.example.edu.ng
    Phone Number | phone | 08031234567 | 0805 987 6543 | +2348123456789
    Country | country | Nigeria | Nigeria | Nigeria
    Region/State | state | Oyo | Anambra | Kano
    Gender | - | Female | Male | Female
  `),
  set({ id: 'en-course-waiting-list-export', kind: 'Australian training provider\'s course waiting list export (18 columns: course code and name, created date, student count, notes, title, address with suburb, three typed phones, birth date)', lang: 'en', defaultCountry: 'AU', source: 'index:47357394818 (a student management system\'s waiting list export template, XSLT)' }, `
    Course code | - | FAC101 | FAC101 | WHS220
    Course name | - | First Aid Certificate | First Aid Certificate | Work Health and Safety
    created | - | 03/02/2026 | 05/02/2026 | 11/02/2026
    Student count | - | 1 | 2 | 1
    Notes | - | Prefers weekends | | Employer paying
    Student notes | - | | Needs wheelchair access |
    Title | - | Ms | Mr | Dr
    First name | firstName | Chloe | Liam | Nadia
    Last name | lastName | Fraser | O'Connell | Haddad
    Email | email | chloe.fraser@example.com.au | liam.oc@example.com | nhaddad@example.org.au
    Street | address1 | 14 Lygon St | 3/220 Beaufort St | 9 Wattle Ave
    Suburb | city | Carlton | Mount Lawley | Glenelg
    State | state | VIC | WA | SA
    Post code | postalCode | 3053 | 6050 | 5045
    Mobile phone | phone | 0412 345 678 | 0423 987 654 | 0401 112 233
    Home phone | additionalPhones | (03) 9347 1122 | | (08) 8294 5566
    Work phone | additionalPhones | | (08) 9227 3300 |
    Birth date | dateOfBirth | 14/06/1994 | 02/11/1988 | 27/03/1979
  `),
  set({ id: 'en-condo-residents-people-export', kind: 'condominium association residents export (unit number and suffix, child flag, three typed phones, join date, preferred contact, garage numbers, vehicles)', lang: 'en', source: 'index:34111349849 (a condo association app\'s people exporter spec, Ruby)' }, `
    # The unit number is the resident's apartment inside the building: a second address line, not imported.
    ID | externalId | 1042 | 1043 | 1057
    First Name | firstName | Gloria | Samuel | Emma
    Last Name | lastName | Reyes | Whitaker | Whitaker
    Unit Num | - | 302 | 415 | 415
    Unit Suffix | - | | B | B
    Birthdate | dateOfBirth | 1961-04-22 | 1978-09-03 | 2012-06-18
    Email | email | gloria.reyes@example.com | sam.whitaker@example.net |
    Is Child | - | No | No | Yes
    Mobile Phone | phone | (617) 555-0142 | (617) 555-0187 |
    Home Phone | additionalPhones | (617) 555-0100 | |
    Work Phone | additionalPhones | | (781) 555-0166 |
    Join Date | - | 2014-03-01 | 2019-08-15 | 2019-08-15
    Preferred Contact | - | Email | Text | None
    Garage Nums | - | G12 | G40, G41 |
    Vehicles | - | Blue Honda Civic | Gray Subaru Outback |
  `),
  set({ id: 'en-phone-contacts-sqlite-backup', kind: 'contacts backup written by a shell script from a phone\'s contacts database (mobile, home, work and other phones)', lang: 'en', source: 'index:11850838301 (a phone contacts backup shell script)' }, `
    First Name | firstName | Kevin | Marge | Anil
    Last Name | lastName | Brooks | | Patel
    E-mail | email | kbrooks@example.com | | office@patelclinic.example
    Mobile Phone | phone | +1 503 555 0147 | 503-555-0172 |
    Home Phone | additionalPhones | 503-555-0110 | 503-555-0135 |
    Work Phone | additionalPhones | 971-555-0199 | | (503) 555-0120
    Other Phone | additionalPhones | | | (503) 555-0121
  `),
  set({ id: 'en-rideshare-drivers-export', kind: 'fleet admin\'s driver list export (driver id)', lang: 'en', source: 'index:15024097678 (a fleet dispatch admin panel\'s CSV export, JavaScript)' }, `
    Driver ID | externalId | 118 | 124 | 131
    First Name | firstName | Tomasz | Grace | Ahmed
    Last Name | lastName | Nowak | Mensah | Farouk
    Email Address | email | t.nowak@example.com | grace.mensah@example.org | afarouk@example.net
    Phone Number | phone | 4125550137 | 4125550162 | 4125550190
  `),
  set({ id: 'en-makerspace-members-mailing-export', kind: 'makerspace\'s active-member export for its mailing tool (street, city, state and zip joined in one address cell)', lang: 'en', source: 'index:37201202715 (a makerspace membership API export script, Python)' }, `
    Email Address | email | jo.lindgren@example.com | r.santos@example.net | tkim@example.org
    First Name | firstName | Jo | Rafael | Theresa
    Last Name | lastName | Lindgren | Santos | Kim
    Address | address1 | 2401 University Ave SE Apt 3, Minneapolis, MN 55414 | 77 Snelling Ave N, Saint Paul, MN 55104 | 1500 Nicollet Mall, Minneapolis, MN 55403
    Phone | phone | 612-555-0141 | 651-555-0117 | 612-555-0193
  `),
  set({ id: 'en-wedding-guests-households-sample', kind: 'wedding planner\'s guest list sample: household name first, adult or child', lang: 'en', source: 'index:68966961554 (a wedding planning app\'s guest import help text, React)' }, `
    Household | tags | The Lindqvists | The Lindqvists | Okoro Family
    First name | firstName | Erik | Maja | Chidi
    Last name | lastName | Lindqvist | Lindqvist | Okoro
    Email | email | erik.l@example.com | | chidi.okoro@example.org
    Adult / child | - | adult | child | adult
  `),
  set({ id: 'en-college-counseling-households-import', kind: 'college admissions counseling firm\'s student import: household, graduating class, the parent\'s name and email, the assigned counselor', lang: 'en', source: 'index:67594168943 (a college counseling CRM\'s import parser test, TypeScript)' }, `
    # The counselor is the firm's user the student is assigned to: Contact owner.
    Household | tags | Rivera Household | Chen Household | Abbott Household
    First Name | firstName | Maya | Jonathan | Lily
    Last Name | lastName | Rivera | Chen | Abbott
    Class of | - | 2028 | 2027 | 2028
    Parent First Name | - | Ana | Wei | Susan
    Parent Last Name | - | Rivera | Chen | Abbott
    Parent Email | - | ana.rivera@example.com | wei.chen@example.net | sabbott@example.org
    Counselor | owner | coach@firm.example | j.park@firm.example | coach@firm.example
  `),
  set({ id: 'en-youth-baseball-roster-template', kind: 'youth baseball league roster import template (program, division, team, roster status, jersey number)', lang: 'en', source: 'index:62938123337 (a youth sports league admin\'s roster template route, Next.js)' }, `
    Program Name | - | 2026 Spring Season | 2026 Spring Season | 2026 Spring Season
    Division Name | - | 11/12 year-old | 9/10 year-old | 11/12 year-old
    Team Name | tags | Cardinals - Hebert | Pelicans - Landry | Cardinals - Hebert
    Player First Name | firstName | Tyler | Brooke | Mason
    Player Last Name | lastName | Guidry | Fontenot | Broussard
    Player Telephone | phone | 225-555-0171 | 225-555-0134 | 225-555-0188
    Roster Status | - | Active | Active | Inactive
    Jersey Number | - | 14 | 7 | 22
  `),
  set({ id: 'en-hockey-team-players-import', kind: 'Canadian recreational hockey team\'s player import (roster name, numbered and mobile phones, notes)', lang: 'en', defaultCountry: 'CA', source: 'index:71206780948 (a team management app\'s import test, Python)' }, `
    Player First Name | firstName | Riley | Morgan | Jordan
    Player Last Name | lastName | Park | Fox | Stone
    Roster Name | tags | North Stars | North Stars | Ice Owls
    E-mail | email | riley.park@example.com | | jstone@example.ca
    Phone 1 | phone | | (403) 555-0122 | 403-555-0177
    Mobile Phone | additionalPhones | (403) 555-0188 | | 587-555-0143
    Notes | - | Likes early games, weekdays | | Goalie
  `),
  set({ id: 'en-youth-league-registration-orders', kind: 'youth sports registration order export (15 columns: order and order detail ids, player id and age, division, the account holder\'s name and emails, program, team, session, status)', lang: 'en', source: 'index:56259847082 (a youth league\'s registration import test, Django)' }, `
    # The account holder is the parent who registered the player: the account's name and email columns are not imported.
    Order_ID | - | ORD-88012 | ORD-88012 | ORD-88047
    Order Detail Id | - | OD-1 | OD-2 | OD-1
    Player First Name | firstName | Ethan | Ava | Noah
    Player Last Name | lastName | Marsh | Marsh | Delgado
    Player Id | externalId | SC-10231 | SC-10232 | SC-10298
    Player Age | - | 10 | 8 | 12
    Division Name | - | Majors | Minors | Majors
    Account First Name | - | Karen | Karen | Luis
    Account Last Name | - | Marsh | Marsh | Delgado
    User Email | - | karen.marsh@example.com | karen.marsh@example.com | ldelgado@example.net
    Additional Email | - | tom.marsh@example.com | tom.marsh@example.com |
    Program Name | - | Spring 2026 Baseball | Spring 2026 Baseball | Spring 2026 Baseball
    Team Name | tags | Rockets | Comets | Thunder
    Session_ID | - | S-204 | S-205 | S-204
    Status | - | Paid | Paid | Pending
  `),
  set({ id: 'en-youth-draft-rosters-export', kind: 'youth league player draft tool\'s roster export (team, evaluation id, birth date, gender, jersey size, allergies, parent email, cellphone, joined address)', lang: 'en', source: 'index:30264314834 (a youth league draft tool\'s roster export, React)' }, `
    # The evaluation id is the player's tryout number, not an id of the person in a system: not imported. The cellphone
    # is the registration's only phone and is not said to be the parent's: the Phone.
    Team | tags | Blue Jays | Orioles | Blue Jays
    Evaluation ID | - | 101 | 114 | 127
    Player First Name | firstName | Owen | Sofia | Caleb
    Player Last Name | lastName | Hartley | Romero | Nguyen
    Birth Date | dateOfBirth | 04/12/2015 | 09/30/2014 | 01/07/2015
    Gender | - | M | F | M
    Jersey Size | - | YM | YL | YM
    Allergies | - | Peanuts | | Bee stings
    Parent Email | - | hartley.fam@example.com | mromero@example.net | nguyen.t@example.org
    Cellphone | phone | (919) 555-0142 | 919-555-0175 | (984) 555-0111
    Address | address1 | 112 Oak Hollow Dr, Cary, NC 27513 | 45 Elm St, Apex, NC 27502 | 9 Birch Ln, Cary, NC 27519
  `),
  set({ id: 'en-klaviyo-profiles-consent-export', kind: 'Klaviyo profile export as a UK shop\'s contact reader takes it (state / region, email and SMS consent)', lang: 'en', defaultCountry: 'GB', source: 'index:70840184428 (a small shop\'s customer list reader test, TypeScript)' }, `
    Email | email | ann.bee@example.co.uk | tom.h@example.com | priya.s@example.co.uk
    Phone Number | phone | +44 7700 900123 | 07700 900456 |
    First Name | firstName | Ann | Tom | Priya
    Last Name | lastName | Bee | Holloway | Shah
    City | city | London | Leeds | Bristol
    State / Region | state | | West Yorkshire |
    Country | country | United Kingdom | United Kingdom | United Kingdom
    Zip Code | postalCode | N1 9GU | LS1 4DY | BS1 5TR
    Email Marketing Consent | - | SUBSCRIBED | NEVER SUBSCRIBED | UNSUBSCRIBED
    SMS Consent | - | NEVER SUBSCRIBED | SUBSCRIBED | NEVER SUBSCRIBED
  `),
  set({ id: 'en-klaviyo-subscribers-upload', kind: 'Klaviyo subscriber export as an analytics uploader expects it (Klaviyo id, source, consent, profile created and added dates)', lang: 'en', source: 'index:10714816540 (an email analytics tool\'s upload smoke script, JavaScript)' }, `
    Email | email | m.alvarez@example.com | jfinch@example.net | oksana.k@example.org
    Klaviyo ID | externalId | 01HQ7ZK3W5X8B2N4M6P9R1T3V5 | 01HQ7ZK4A2C4E6G8J0L2N4Q6S8 | 01HR2B5D7F9H1K3M5P7R9T1W3Y
    First Name | firstName | Marisol | Jonah | Oksana
    Last Name | lastName | Alvarez | Finch | Kovalenko
    City | city | Austin | Denver | Chicago
    State / Region | state | Texas | Colorado | Illinois
    Country | country | United States | United States | United States
    Zip Code | postalCode | 78704 | 80205 | 60614
    Source | source | Popup Form | Checkout | Shopify
    Email Marketing Consent | - | SUBSCRIBED | SUBSCRIBED | UNSUBSCRIBED
    Profile Created On | - | 2025-11-03 14:22:10 | 2026-01-15 09:05:44 | 2025-07-28 18:40:02
    Date Added | - | 2025-11-03 | 2026-01-15 | 2025-07-28
  `),
  set({ id: 'en-salesforce-contacts-report-sample', kind: 'Salesforce contacts report ("Details Only") sample an import guide shows (contact id, account name, title, phone and mobile, mailing street, city, state)', lang: 'en', source: 'index:70904497652 (a data migration tool\'s vendor format guide, TypeScript)' }, `
    Contact ID | contactId | 0035000000QmT1AAQ | 0035000000QmT2BBQ | 0035000000QmT3CCQ
    First Name | firstName | Miriam | Desmond | Keiko
    Last Name | lastName | Hale | Okoye | Tanaka
    Account Name | companyName | Northwind Analytics | Harbor Freight Lines | Tanaka Design Studio
    Title | - | Director of IT | Operations Manager | Owner
    Email | email | m.hale@northwind.example.com | dokoye@harborfreight.example | keiko@tanakadesign.example
    Phone | phone | +1 206-555-0143 | +1 253-555-0112 | +1 503-555-0178
    Mobile Phone | additionalPhones | +1 206-555-0144 | | +1 503-555-0179
    Mailing Street | address1 | 1200 Westlake Ave N | 3400 Marine View Dr | 815 SW Alder St
    Mailing City | city | Seattle | Tacoma | Portland
    Mailing State | state | WA | WA | OR
  `),
  set({ id: 'en-salesforce-vehicle-opportunity-export-wide', kind: 'car importer\'s Salesforce opportunity export with the buyer\'s contact columns (32 columns: opportunity id and name, salutation, three phones, two emails, language, gender, account, mailing address, purchase type, brand statuses, lead source, retailer name and codes, owner, amount, budget, product model, brand, derivative, quantity)', lang: 'en', defaultCountry: 'GB', source: 'index:21773626059 (a car importer\'s Salesforce Lightning CSV download component, JavaScript)' }, `
    # Account Name here is the opportunity's account (a deal's column, not a contact row's company): not imported. The
    # opportunity owner is the user who handles the buyer: Contact owner.
    Opportunity Id | - | 0063X00001AbCdEQAV | 0063X00001AbCeFQAV | 0063X00001AbCfGQAV
    Opportunity Name | - | Fairbanks - Range Rover Sport | Adeyemi - F-PACE | Whitcombe - Defender 110
    Salutation | - | Mr | Mrs | Dr
    Last Name | lastName | Fairbanks | Adeyemi | Whitcombe
    First Name | firstName | Oliver | Grace | Helen
    Phone | phone | 01632 960123 | 020 7946 0321 |
    Other Phone | additionalPhones | | 020 7946 0999 |
    Mobile Phone | additionalPhones | 07700 900311 | 07700 900482 | 07700 900597
    Email | email | oliver.fairbanks@example.co.uk | grace.adeyemi@example.com | h.whitcombe@example.org.uk
    Email2 | additionalEmails | | g.adeyemi@work.example.com |
    Language | - | English | English | English
    Gender | - | Male | Female | Female
    Account Name | - | Fairbanks Household | Adeyemi Household | Whitcombe Household
    Mailing Street | address1 | 14 Kings Road | 22 Abbey Gardens | 3 Church Lane
    Mailing City | city | Reading | London | Harrogate
    Mailing State | state | Berkshire | | North Yorkshire
    Mailing Postal Code | postalCode | RG1 3AA | NW8 9AT | HG1 2RE
    Mailing Country | country | United Kingdom | United Kingdom | United Kingdom
    Purchase Type | - | New Vehicle | New Vehicle | Approved Used
    Jaguar Status | - | | Qualified |
    Land Rover Status | - | Test Drive Booked | | Order Taken
    Lead Source | source | Website | Walk-in | Event
    Retailer Name | - | Reading Land Rover | Hendon Jaguar | Harrogate Land Rover
    Retailer Primary Code | - | R4412 | R2290 | R5103
    Retailer Secondary Code | - | 01 | 02 | 01
    Owner Name | owner | James Whitley | Priya Nair | Tom Bradshaw
    Amount | - | 84500 | 56200 | 61950
    Budget | - | 85000 | 55000 | 65000
    Product Model Code | - | L461 | X761 | L663
    Product Brand | - | Land Rover | Jaguar | Land Rover
    Product Derivative | - | Dynamic SE P400e | R-Dynamic S D200 | X-Dynamic HSE D300
    Quantity | - | 1 | 1 | 1
  `),
  set({ id: 'en-salesforce-contacts-lambda-test-file', kind: 'Salesforce contact export used as a test file in a cloud integration guide (salutation, title, mailing address with state/province and zip/postal code, record type, account name and owner, lead source)', lang: 'en', source: 'index:9218715019 (a cloud vendor\'s connector documentation page, Markdown)' }, `
    Salutation | - | Ms. | Mr. | Dr.
    First Name | firstName | Carmen | Darnell | Ingrid
    Last Name | lastName | Salgado | Reeves | Holm
    Title | - | Office Manager | Buyer | Chief of Staff
    Mailing Street | address1 | 500 Pine Street | 2121 Commerce Blvd | 48 Harbor Way
    Mailing City | city | Anytown | Springfield | Bayview
    Mailing State/Province | state | AL | IL | CA
    Mailing Zip/Postal Code | postalCode | 95762 | 62704 | 94124
    Mailing Country | country | United States | United States | United States
    Phone | phone | +18705550123 | +12175550188 | +14155550142
    Email | email | csalgado@example.com | dreeves@example.net | iholm@example.org
    Contact Record Type | - | Customer | Partner | Customer
    Account Name | companyName | Example Corp | Springfield Supply Co | Bayview Health
    Account Owner | - | Jane Doe | Sam Ortiz | Jane Doe
    Lead Source | source | Web | Trade Show | Partner Referral
  `),
  set({ id: 'en-day-camp-contact-report', kind: 'day camp\'s contact report: camper\'s name, then the primary, secondary and emergency contacts\' names and phones', lang: 'en', source: 'index:42738443855 (a camp registration server\'s report routes, Node)' }, `
    Camper First Name | firstName | Lucas | Zoe | Aiden
    Camper Last Name | lastName | Moreno | Fischer | Brooks
    Primary First Name | - | Elena | Mark | Tasha
    Primary Last Name | - | Moreno | Fischer | Brooks
    Primary Phone | - | 512-555-0134 | (512) 555-0172 | 512-555-0119
    Secondary First Name | - | Diego | Anne |
    secondary Last Name | - | Moreno | Fischer |
    secondary Phone | - | 512-555-0135 | (512) 555-0173 |
    Emergency First Name | - | Rosa | Helen | Darnell
    Emergency Last Name | - | Vega | Schultz | Brooks
    Emergency Phone | - | 512-555-0190 | (737) 555-0101 | 512-555-0166
  `),
  withFirstColumn('#', null, ['1', '2', '3'], set({ id: 'en-zoom-poll-report-header-junk', kind: 'webinar poll report with the report title, a generated date, the meeting\'s topic and id lines and a blank line above the headers (row number, user name and email, submitted time, the ballot answer)', lang: 'en', source: 'index:68468944588 (a district assembly voting app\'s poll import test, TypeScript)', above: [['Poll Report'], ['Report Generated:', 'Sep 18, 2026'], ['Topic', 'Webinar ID', 'Actual Start Time'], ['Area Assembly', '84712930561', '2026-09-18 10:00:00'], ['']] }, `
    # The first column, headed "#" (a line starting with "#" is a comment here, so withFirstColumn adds it), numbers the
    # answers: not imported.
    User Name | name | Margaret Olsen | Dwayne Carter | Lupe Ortega
    User Email | email | molsen@example.org | dcarter@example.com | lupe.ortega@example.net
    Submitted Date/Time | - | 10:01:12 | 10:01:40 | 10:02:05
    Delegate — 1st ballot | - | Pat M. | Chris R. | Pat M.
  `)),

  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-pilgerpass-antraege-export-wide', kind: 'pilgrim pass application export of a pilgrims\' association (22 columns: id, running number, date, salutation, address, phone, email, route, start date and place, motivation, transport, payment, express, amount, status, dispatch date)', lang: 'de', defaultCountry: 'DE', source: 'index:44420407648 (a pilgrims\' association\'s pilgrim pass model, PHP)' }, `
    # The ID and the running number number the pass applications (orders), not the person: not imported.
    ID | - | 1208 | 1209 | 1210
    Lfd.Nr | - | 2026-0412 | 2026-0413 | 2026-0414
    Datum | - | 2026-03-02 | 2026-03-02 | 2026-03-04
    Anrede | - | Frau | Herr | Frau
    Vorname | firstName | Gabriele | Thomas | Ingrid
    Nachname | lastName | Wenzel | Brandstätter | Kühn
    Anschrift | address1 | Lindenweg 4 | Am Klosterberg 17 | Hauptstraße 112a
    Postleitzahl | postalCode | 97070 | 83646 | 50667
    Stadt | city | Würzburg | Bad Tölz | Köln
    Land | country | Deutschland | Deutschland | Deutschland
    Telefon | phone | 0931 4567890 | 08041 76543 | 0221 9876543
    E-Mail | email | g.wenzel@example.de | thomas.brandstaetter@example.de | ingrid.kuehn@example.com
    Route | - | Camino Francés | Camino Portugués | Via Podiensis
    Start-Datum | - | 2026-05-10 | 2026-06-01 | 2026-04-20
    Start-Ort | - | Saint-Jean-Pied-de-Port | Porto | Le Puy-en-Velay
    Motivation | - | religiös | sportlich | spirituell
    Transportmittel | - | zu Fuß | Fahrrad | zu Fuß
    Bezahlart | - | Überweisung | PayPal | Überweisung
    Express | - | nein | ja | nein
    Betrag | - | 8,00 | 13,00 | 8,00
    Status | - | versendet | bezahlt | offen
    Versand-Datum | - | 2026-03-06 | | 
  `),
  set({ id: 'de-kunden-uuid-anrede-geburtsdatum', kind: 'customer file of a batch job keyed by UUID (salutation, birth date)', lang: 'de', defaultCountry: 'DE', source: 'index:27971050949 (a customer data import test, Java)' }, `
    UUID | externalId | 3f2a9c1e-7b44-4d2e-9a61-0c5e8b7d2f10 | a81d4f02-6c3b-49e7-b2d5-91fe37c0a6b4 | 5be7d920-1f8a-4c63-8e0d-2a94c61f7b35
    Anrede | - | Herr | Frau | Herr
    Vorname | firstName | Klaus | Renate | Jürgen
    Nachname | lastName | Oberhuber | Sägmüller | Lenz
    Geburtsdatum | dateOfBirth | 14.07.1958 | 02.12.1971 | 23.05.1983
  `),
  set({ id: 'de-bibliothek-kunden-noheader', kind: 'Swiss school library\'s customer file without a header row, its columns given in the bulk load statement (customer id, salutation, street, plz, town, phone misspelt "Tefelon", birth date, ID card number)', lang: 'de', defaultCountry: 'CH', noHeader: true, source: 'index:29195801867 (a library database\'s bulk load script, SQL)' }, `
    "" | externalId | 1 | 2 | 3
    "" | - | Herr | Frau | Frau
    "" | firstName | Luca | Seraina | Nina
    "" | lastName | Gmür | Zogg | Baumann
    "" | address1 | Rheinstrasse 14 | Dorfstrasse 3 | Bahnhofstrasse 27b
    "" | postalCode | 9443 | 9450 | 9436
    "" | city | Widnau | Altstätten | Balgach
    "" | phone | 079 412 33 87 | 078 655 10 42 | 071 722 18 90
    "" | dateOfBirth | 2006-02-11 | 2005-11-30 | 2007-04-02
    "" | - | S1234567 | S7654321 | S2468013
  `),
  set({ id: 'de-ferienwohnung-gaeste-tabelle', kind: 'holiday let booking system\'s guest table columns (guest id, lodging id, salutation, address, phone, fax, remark, language)', lang: 'de', defaultCountry: 'AT', source: 'index:12816142380 (a holiday let booking system\'s guest functions, PHP)' }, `
    # The lodging id says which holiday flat the guest booked: not imported.
    PK_ID | externalId | 4411 | 4412 | 4419
    FK_Unterkunft_ID | - | 3 | 3 | 7
    Anrede | - | Frau | Herr | Familie
    Vorname | firstName | Elisabeth | Markus | Sandra
    Nachname | lastName | Pichler | Huber | Gruber
    Strasse | address1 | Mariahilfer Straße 88 | Seestraße 5 | Grazer Gasse 12
    PLZ | postalCode | 1070 | 5020 | 8010
    Ort | city | Wien | Salzburg | Graz
    Land | country | Österreich | Österreich | Österreich
    EMail | email | e.pichler@example.at | markus.huber@example.com | gruber.sandra@example.at
    Tel | phone | +43 1 5234567 | 0662 872345 | 0316 765432
    Fax | - | | 0662 872346 |
    Anmerkung | - | Anreise spät abends | | mit Hund
    Sprache | - | de | de | en
  `),
  set({ id: 'de-telefonbuch-kontakte-export', kind: 'phone book app\'s contact CSV (full name, company, business phone, two mobiles, a lab phone, a private mobile)', lang: 'de', defaultCountry: 'DE', source: 'index:70971966546 (a desktop phone book\'s CSV writer test, Rust)' }, `
    Name | name | Jörg Müller | Zoe Lindner | Dr. Anke Brandt
    Firma | companyName | Müller & Söhne GmbH | | Labor Brandt
    Telefon geschäftlich | additionalPhones | +49 30 1234567 | +49 40 3344556 | 0351 889900
    Mobiltelefon | phone | 0171 2345678 | 0160 9876543 | 0151 11223344
    Mobiltelefon 2 | additionalPhones | | 0176 5554443 |
    Telefon Labor | additionalPhones | | | 0351 889911
    Handy privat | additionalPhones | 0172 7654321 | | 0157 99887766
  `),
  set({ id: 'de-mitglieder-beitrag-import', kind: 'association\'s member fee list (member number, fee with decimal comma)', lang: 'de', defaultCountry: 'DE', source: 'index:70166517519 (an association software\'s import mapping test, JavaScript)' }, `
    Mitgliedsnummer | externalId | M-101 | M-102 | M-117
    Vorname | firstName | Anna | Bernd | Claudia
    Nachname | lastName | Reinhardt | Voss | Engel
    Beitrag | - | 39,90 | 10,00 | 39,90
  `),
  set({ id: 'de-marktplatz-benutzer-abfrage', kind: 'user table query of a market stall app (id, country, salutation, phone, role)', lang: 'de', defaultCountry: 'DE', source: 'index:24726067474 (a market app\'s user data access class, Java)' }, `
    ID | externalId | 12 | 13 | 27
    Land | country | Deutschland | Österreich | Deutschland
    Anrede | - | Herr | Frau | Frau
    Vorname | firstName | Dieter | Sabine | Leonie
    Nachname | lastName | Kranz | Aigner | Wolff
    Email | email | d.kranz@example.de | sabine.aigner@example.at | leonie.wolff@example.de
    Telefon | phone | 0621 334455 | +43 662 123456 | 0711 9988776
    Rolle | - | Händler | Händler | Admin
  `),
  set({ id: 'de-arztpraxis-patientenliste-export-wide', kind: 'medical practice software\'s (T2med) patient list export (34 columns: patient number, salutation, title, name prefix and suffix, birth date and place, gender, nationality, birth name, deceased and date, street and house number apart, addition, plz, town, country code, note, post box group, email, preferred notification, notification allowed, private, mobile, work and other phones, family doctor, chronic flag)', lang: 'de', defaultCountry: 'DE', source: 'index:24201971164 (a practice phone tray app\'s README, Markdown)' }, `
    Patientennummer | externalId | 10231 | 10232 | 10418
    Anrede | - | Frau | Herr | Frau
    Titel | - | | Dr. |
    Namensvorsatz | - | | von |
    Namenszusatz | - | | |
    Vorname | firstName | Hildegard | Konrad | Mia
    Nachname | lastName | Schwarz | Berg | Yilmaz
    Geburtsdatum | dateOfBirth | 03.09.1947 | 21.01.1966 | 15.11.1998
    Geburtsort | - | Esslingen | Tübingen | Stuttgart
    Geschlecht | - | W | M | W
    Staatsangehörigkeit | - | DE | DE | TR
    Geburtsname | - | Maier | |
    Verstorben | - | nein | nein | nein
    Sterbedatum | - | | |
    Straße | address1 | Olgastraße | Im Rosental | Königstraße
    Hausnummer | - | 12 | 4 | 51
    Zusatz | - | | Hinterhaus |
    PLZ | postalCode | 70182 | 72070 | 70173
    Ort | city | Stuttgart | Tübingen | Stuttgart
    Ländercode | country | D | D | D
    Hinweis | - | Hörgerät | | 
    Postfach | - | | |
    Postfach-PLZ | - | | |
    Postfach-Ort | - | | |
    Postfach-Ländercode | - | | |
    E-Mail | email | | k.berg@example.de | mia.yilmaz@example.com
    Bevorzugter Benachrichtigungsweg | - | Telefon | E-Mail | SMS
    Benachrichtigung erlaubt | - | ja | ja | ja
    Telefon (Privat) | additionalPhones | 0711 246810 | 07071 55443 |
    Telefon (Mobil) | phone | | 0170 1234567 | 0157 33445566
    Telefon (Arbeit) | additionalPhones | | 07071 29-0 | 0711 8899-120
    Telefon (Sonstiges) | additionalPhones | 0711 135790 | |
    Hausarzt | - | ja | ja | nein
    Chroniker | - | ja | nein | nein
  `),
  set({ id: 'de-brevo-kontakte-export-grossbuchstaben', kind: 'Brevo contact export of a German association\'s newsletter, upper-case column names (salutation, jour fixe flag)', lang: 'de', defaultCountry: 'DE', source: 'index:66136014547 (a newsletter migration toolkit\'s README, Markdown)' }, `
    # JOURFIXE says whether the contact is invited to the regular meeting: a yes/no attribute, not imported.
    EMAIL | email | h.lorenz@example.de | marta.weiss@example.org | jan.ohlsen@example.de
    VORNAME | firstName | Heike | Marta | Jan
    NACHNAME | lastName | Lorenz | Weiß | Ohlsen
    ANREDE | - | Frau | Frau | Herr
    JOURFIXE | - | ja | nein | ja
  `),
  set({ id: 'de-excel-sep-zeile-namensliste', kind: 'name list saved by Excel with its "sep=;" separator line above the headers', lang: 'de', defaultCountry: 'DE', source: 'index:70771529740 (a CSV reader\'s separator detection test, Python)', above: [['sep=;']] }, `
    Vorname | firstName | Anna | Bernhard | Zeynep
    Nachname | lastName | Beispiel | Köhler | Arslan
  `),
  set({ id: 'de-tennisliga-spielerdatei-upload', kind: 'Austrian league administration\'s player file upload format (pass number, birthday, gender, nation, town before plz, two numbered phones, comment)', lang: 'de', defaultCountry: 'AT', source: 'index:20461614484 (a league administration system\'s player upload page, PHP)' }, `
    # Nation is the player's nationality (AUT, GER), not the country of the address: not imported.
    PassNummer | externalId | A234571 | A198832 | B402217
    Vorname | firstName | Lukas | Theresa | Florian
    Nachname | lastName | Haider | Steiner | Wimmer
    Geburtstag | dateOfBirth | 1968-03-24 | 1991-10-05 | 2004-01-17
    Geschlecht | - | H | D | H
    Nation | - | AUT | AUT | GER
    Stadt | city | Wien | Linz | Graz
    PLZ | postalCode | 1050 | 4020 | 8010
    Strasse | address1 | Feldgasse 3/11 | Landstraße 41 | Herrengasse 7/2
    Tel1 | phone | 0676 2345671 | 0732 771234 | 0664 9876543
    Tel2 | additionalPhones | +43 699 1234567 | | 0316 822211
    email | email | l.haider@example.at | theresa.steiner@example.at | f.wimmer@example.de
    Kommentar | - | Mannschaftsführer | | Neuzugang
  `),
  set({ id: 'de-geburtstagskalender-kontakte-import', kind: 'birthday reminder app\'s contact import (birthday, comma-separated groups, street and house number apart, notes)', lang: 'de', defaultCountry: 'DE', source: 'index:47250908112 (a birthday manager\'s import dialog, React)' }, `
    Vorname | firstName | Sabine | Holger | Lea
    Nachname | lastName | Krämer | Beck | Sommer
    Geburtstag | dateOfBirth | 15.03.1985 | 02.09.1962 | 28.12.1999
    Gruppen | tags | Familie,Freunde | Kollegen | Verein,Freunde
    E-Mail | email | sabine.kraemer@example.de | h.beck@example.de |
    Telefon | phone | 0171 2345678 | 06222 56789 | 0152 34567890
    Straße | address1 | Hauptstr | Am Bach | Schillerweg
    Hausnummer | - | 42 | 7 | 15a
    PLZ | postalCode | 68789 | 69168 | 69115
    Ort | city | St. Leon-Rot | Wiesloch | Heidelberg
    Notizen | - | Mag Schokolade | | Schenkt gern Bücher
  `),
  set({ id: 'de-theaterverein-mitglieder-import', kind: 'Swiss theatre club\'s member import format (birthday in ISO form, role)', lang: 'de', defaultCountry: 'CH', source: 'index:31050361145 (a theatre club app\'s specification, Markdown)' }, `
    vorname | firstName | Corinne | Matthias | Ladina
    nachname | lastName | Furrer | Brunner | Caflisch
    email | email | corinne.furrer@example.ch | m.brunner@example.ch | ladina.c@example.ch
    telefon | phone | 0791234567 | 044 361 22 33 | 0786543210
    strasse | address1 | Musterstr 1 | Seefeldstrasse 12 | Bahnhofplatz 4
    plz | postalCode | 8000 | 8008 | 7000
    ort | city | Zürich | Zürich | Chur
    geburtstag | dateOfBirth | 1990-05-15 | 1975-11-02 | 2001-03-29
    rolle | - | mitglied | vorstand | mitglied
  `),
  set({ id: 'de-zeiterfassung-mitarbeiter-import', kind: 'time tracking system\'s employee import (personnel number, start date, role, weekly hours, initial password)', lang: 'de', defaultCountry: 'DE', source: 'index:61959258858 (a time tracking API\'s import test, TypeScript)' }, `
    email | email | k.schroeder@example.de | a.demir@example.de | t.voigt@example.de
    vorname | firstName | Katrin | Ali | Tobias
    nachname | lastName | Schröder | Demir | Voigt
    nr | externalId | P-0041 | P-0042 | P-0057
    eintrittsdatum | - | 01.01.2026 | 15.03.2026 | 01.04.2025
    rolle | - | EMPLOYEE | EMPLOYEE | ADMIN
    wochenstunden | - | 40 | 38,5 | 20
    passwort | - | Start2026! | Start2026! | Start2026!
  `),

  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-sportschool-leden-seed-noheader', kind: 'gym member rows without a header row, in the column order of the seed script\'s member insert (name prefix, relation number, mobile, active flag, remark)', lang: 'nl', defaultCountry: 'NL', noHeader: true, source: 'index:53788789752 (a gym app\'s database seed script, SQL)' }, `
    "" | firstName | Laura | Peter | Sofie
    "" | - | | | van
    "" | lastName | Klein | de Wit | Dijk
    "" | externalId | 201 | 202 | 203
    "" | phone | 0612345678 | 0623456789 | 0634567890
    "" | email | laura.klein@example.com | p.dewit@example.com | sofie.vd@example.com
    "" | - | 1 | 1 | 0
    "" | - | | | VIP lid
  `),
  set({ id: 'nl-fysiotherapie-patient-contact-tabel', kind: 'physiotherapy practice\'s patient contact table (row id, patient id, street and house number apart, addition, active flag, remark, created and changed timestamps)', lang: 'nl', defaultCountry: 'NL', source: 'index:29648185015 (a practice management app\'s seed script, SQL)' }, `
    # Id numbers the contact rows of the table; PatientId is the person's id in the practice system: the External ID.
    Id | - | 1 | 2 | 3
    PatientId | externalId | 1 | 2 | 3
    Straatnaam | address1 | Dorpsstraat | Laanweg | Kerkplein
    Huisnummer | - | 10 | 22 | 5
    Toevoeging | - | | A | bis
    Postcode | postalCode | 1234 AB | 2345 BC | 3511 KD
    Plaats | city | Amsterdam | Rotterdam | Utrecht
    Mobiel | phone | 0612345678 | 06-23456789 | +31 6 34567890
    Email | email | p.bakker@example.nl | mo.elamrani@example.nl | j.smit@example.nl
    Isactief | - | 1 | 1 | 0
    Opmerking | - | | Rugklachten | Verhuisd
    Datumaangemaakt | - | 2025-01-13 09:12:44.000000 | 2025-01-14 10:05:12.000000 | 2025-02-02 16:40:00.000000
    Datumgewijzigd | - | 2025-01-13 09:12:44.000000 | 2025-03-01 11:22:31.000000 | 2025-06-18 08:15:09.000000
  `),
  set({ id: 'nl-vereniging-lid-formulier-velden', kind: 'association member form fields as the member admin binds them (member id, first name as "Naam", birth date, name prefix, salutation, gender, postal address, town, phone and mobile, member kind, paid flag)', lang: 'nl', defaultCountry: 'NL', source: 'index:20832148467 (a member administration web app\'s controller, C#)' }, `
    # "Naam" beside Tussenvoegsel and Achternaam holds the first name. The kind of member (junior, senior, donateur)
    # is a category the person belongs to: Tags.
    LidId | externalId | 31 | 32 | 45
    Naam | firstName | Femke | Ruud | Lotte
    Geboortedatum | dateOfBirth | 12-03-1990 | 07-08-1955 | 30-11-2011
    Tussenvoegsel | - | van der | | de
    Achternaam | lastName | Berg | Hendriks | Graaf
    Aanhef | - | Mevrouw | De heer | 
    Geslacht | - | V | M | V
    PostAdres | address1 | Molenweg 14 | Stationsstraat 3 | Kastanjelaan 27
    Plaats | city | Zwolle | Deventer | Zwolle
    Tel | phone | 038-4212345 | 0570-612233 | 038-4556677
    Mobiel | additionalPhones | 06-12345678 | | 06-87654321
    Email | email | femke.vdberg@example.nl | r.hendriks@example.nl | fam.degraaf@example.nl
    SoortLid | tags | Senior | Donateur | Junior
    Betaald | - | true | true | false
  `),
  set({ id: 'nl-computerclub-klanten-registratie', kind: 'computer help club\'s client registration (18 columns: initials, name prefix, street and house number apart, addition, home phone and mobile, member flag and since, birth date, remote support id, remarks, form)', lang: 'nl', defaultCountry: 'NL', source: 'index:29242936773 (a computer help club\'s client registration page, PHP)' }, `
    # The remote support id is a code for the TeamViewer session, not the person's id in a system: not imported.
    voorletter | - | J.P. | M. | A.C.
    voornaam | firstName | Jan | Marijke | Anton
    tussenvoegsel | - | | van | 
    achternaam | lastName | Vermeulen | Leeuwen | Mulder
    adres | address1 | Beukenlaan | Zuiderweg | Prinses Irenestraat
    huisnummer | - | 12 | 45 | 7
    toevoeging | - | | a |
    postcode | postalCode | 7311 KL | 7328 AB | 7313 CD
    plaats | city | Apeldoorn | Apeldoorn | Apeldoorn
    huistelefoon | phone | 055-5212345 | 055-5334455 |
    mobiel | additionalPhones | 06-11223344 | | 06-99887766
    email | email | jpvermeulen@example.nl | m.vanleeuwen@example.nl | anton.mulder@example.nl
    lid | - | ja | nee | ja
    lidsinds | - | 2019-04-01 | | 2022-09-15
    geboortedatum | dateOfBirth | 1948-06-21 | 1956-01-09 | 1951-12-30
    teamviewer | - | 1 234 567 890 | | 987 654 321
    opmerkingen | - | Laptop traag | Printer installeren | 
    formulier | - | aanmelding | hulpvraag | aanmelding
  `),
  set({ id: 'nl-restaurant-werknemers-query', kind: 'restaurant system\'s employee record query (employee id, mobile, birth date)', lang: 'nl', defaultCountry: 'NL', source: 'index:5672402958 (a restaurant ordering system\'s employee data access class, C#)' }, `
    WerknemerID | externalId | 1 | 2 | 5
    Voornaam | firstName | Kim | Bas | Yara
    Achternaam | lastName | Dekker | Kuipers | Bos
    Mobiel | phone | 0612345678 | 0687654321 | 0611122233
    Email | email | kim.dekker@example.nl | bas.k@example.nl | yara.bos@example.nl
    Geboortedatum | dateOfBirth | 1995-02-14 | 1988-10-03 | 2001-07-22
  `),
  set({ id: 'nl-koor-leden-gegevens', kind: 'choir\'s member data (name prefix, voice part, phone and mobile, status, member since and until, photo, the app user who added the member)', lang: 'nl', defaultCountry: 'NL', source: 'index:38833916275 (a choir member administration page, PHP)' }, `
    # userID is the id of the app user who entered the record, not the member's id: not imported.
    voornaam | firstName | Annelies | Gerrit | Sanne
    tussenvoegsel | - | | van den | 
    achternaam | lastName | Kok | Heuvel | Prins
    stemsoort | - | sopraan | bas | alt
    adres | address1 | Lindelaan 8 | Raadhuisstraat 21 | Vondelstraat 3
    postcode | postalCode | 3831 AA | 3841 BC | 3817 DE
    plaats | city | Leusden | Harderwijk | Amersfoort
    telefoon | phone | 033-4941234 | 0341-412345 | 
    mobiel | additionalPhones | 06-12121212 | | 06-34343434
    email | email | annelies.kok@example.nl | g.vdheuvel@example.nl | sanne.prins@example.nl
    status | - | actief | actief | aspirant
    lid_sinds | - | 2011-09-01 | 1998-01-15 | 2025-10-01
    lid_tot | - | | | 
    foto | - | kok.jpg | heuvel.jpg | 
    userID | - | 1 | 1 | 2
  `),
  set({ id: 'nl-koor-werving-zangers-aanmelding', kind: 'choir\'s singer recruitment form entries (voice part, singing experience, phone and mobile, birth year, information request)', lang: 'nl', defaultCountry: 'NL', source: 'index:25698001400 (a choir website\'s recruitment form handler, PHP)' }, `
    # A birth year alone is not a date of birth: not imported.
    voornaam | firstName | Esther | Wouter | Iris
    achternaam | lastName | Verbeek | Schouten | van Dam
    stemsoort | - | sopraan | tenor | alt
    zangervaring | - | 10 jaar kerkkoor | geen | 3 jaar
    telefoonnummer | phone | 010-4123456 | | 015-2134567
    mobiel | additionalPhones | 06-24681357 | 06-13579246 |
    email | email | esther.verbeek@example.nl | w.schouten@example.nl | iris.vandam@example.nl
    geboortejaar | - | 1972 | 1990 | 1985
    informatieverzoek | - | Wanneer zijn de repetities? | | Graag info over concerten
  `),
  set({ id: 'nl-sportschool-contracten-import', kind: 'gym\'s membership contract import (full name, contract, duration, price)', lang: 'nl', defaultCountry: 'NL', source: 'index:53305122799 (a gym management app\'s contract import constants, TypeScript)' }, `
    naam | name | Joost Willems | Emma de Groot | Mohammed Aziz
    email | email | joost.willems@example.nl | emma.degroot@example.nl | m.aziz@example.nl
    telefoon | phone | 06 12345678 | 06 23456789 | 0031 6 34567890
    contract | - | Onbeperkt | Dal | Onbeperkt
    contractduur | - | 12 | 6 | 12
    prijs | - | 39,95 | 24,95 | 39,95
  `),
  set({ id: 'nl-vrijwilligers-teams-personen-import', kind: 'sports club volunteer planner\'s people import (team, role, obligation)', lang: 'nl', defaultCountry: 'NL', source: 'index:68524453807 (a volunteer planning app\'s people import, TypeScript)' }, `
    naam | name | Anna de Vries | Piet Jansen | Karin Smit
    email | email | anna@example.nl | piet@example.nl | karin.smit@example.nl
    telefoon | phone | 0612345678 | | 06-87654321
    team | tags | JO15-1 | JO13-2 | MO17-1
    rol | - | Vrijwilliger | Teamcoördinator | Trainer
    verplichting | - | verplicht | vrijwillig | verplicht
  `),
  set({ id: 'nl-evenement-deelnemers-plakken', kind: 'event participant list pasted into a form under the column names the app puts above it (adult flag, note)', lang: 'nl', defaultCountry: 'NL', source: 'index:53103191822 (an event app\'s bulk paste of participants, React)' }, `
    Naam | name | Lisa Meijer | Tom Hoekstra | Fleur de Jong
    Email | email | lisa.meijer@example.nl | tom.h@example.nl |
    Telefoon | phone | 06-11122233 | | 0612340000
    18+ | - | ja | ja | nee
    Notitie | - | vegetarisch | | komt met ouder
  `),
  set({ id: 'nl-crm-relaties-tags-import', kind: 'small business CRM\'s relation import (full name, street and house number apart, postcode, town, pipe-separated tags)', lang: 'nl', defaultCountry: 'NL', source: 'index:70737818356 (a small business CRM\'s import test, TypeScript)' }, `
    naam | name | Anna de Vries | Kees Bakker | Hanneke Post
    email | email | anna.devries@example.nl | kees@bakkerbouw.example | h.post@example.nl
    telefoon | phone | 06 12345678 | 038 4567890 |
    straat | address1 | Dorpsstraat | Industrieweg | Oude Gracht
    huisnummer | - | 1 | 45 | 210
    postcode | postalCode | 8011 AB | 8061 RK | 3511 NR
    plaats | city | Zwolle | Hasselt | Utrecht
    tags | tags | vip,klant | leverancier | klant
  `),

  // ----------------------------------------------------------------------------------------------------- mixed
  set({ id: 'mixed-umzug-offertanfrage-formularfelder-wide', kind: 'Swiss moving quote request form submission\'s fields (29 columns: terms checkboxes, type, language, csrf and form tokens, submission and embed ids, referer, form name, uuids, service url, verification method, five utm fields, referrer, German name fields and English email and phone, skip flags)', lang: 'mixed', defaultCountry: 'CH', source: 'index:44589641563 (a quote portal\'s email template editor, PHP)' }, `
    # utm_source says where the request came from (the campaign's source): the Source. The other utm fields and the
    # referrer are not imported.
    terms_n_condition | - | on | on | on
    terms_and_conditions | - | | | 
    terms | - | | | 
    type | - | umzug | umzug | reinigung
    lang | - | de | de | fr
    language | - | de-CH | de-CH | fr-CH
    csrf_test_name | - | 8f3a1c0e9b2d4f67 | 1b7e5d3c2a9f8e04 | 6c2d9e1f0a4b7c35
    submit | - | | | 
    form_token | - | ft_9a8b7c | ft_1d2e3f | ft_4a5b6c
    __submission | - | 1 | 1 | 1
    __fluent_form_embded_post_id | - | 142 | 142 | 188
    _wp_http_referer | - | /umzugsofferte/ | /umzugsofferte/ | /fr/demenagement/
    form_name | - | Umzug Anfrage | Umzug Anfrage | Demande nettoyage
    uuid | - | 7d1e4a2c-5b3f-4e8a-9c0d-1f2e3a4b5c6d | 0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d | 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f
    service_url | - | https://example.ch/umzug | https://example.ch/umzug | https://example.ch/fr/nettoyage
    uuid_value | - | 7d1e4a2c | 0a9b8c7d | 3c4d5e6f
    verified_method | - | sms | email | sms
    utm_source | source | google | facebook | 
    utm_medium | - | cpc | social | 
    utm_campaign | - | umzug_zh | fruehling26 | 
    utm_term | - | umzugsfirma zürich | | 
    utm_content | - | ad2 | video1 | 
    referrer | - | https://www.google.ch/ | https://www.facebook.com/ | 
    vorname | firstName | Reto | Sabrina | Julien
    nachname | lastName | Meier | Keller | Favre
    email | email | reto.meier@example.ch | sabrina.keller@example.ch | j.favre@example.ch
    phone | phone | 079 123 45 67 | 076 987 65 43 | +41 78 555 12 34
    skip_kontakt | - | 0 | 0 | 1
    skip_reinigung_umzug | - | 1 | 0 | 0
  `),
  set({ id: 'mixed-gebruikers-tabel-login-role', kind: 'user management screen\'s table of users, Dutch name columns and English others (id, login, role)', lang: 'mixed', defaultCountry: 'BE', source: 'index:31289317205 (a desktop user management view, Java)' }, `
    id | externalId | 3 | 4 | 9
    voornaam | firstName | Jef | Liesbeth | Karim
    achternaam | lastName | Peeters | Claes | Benali
    email | email | jef.peeters@example.be | liesbeth.claes@example.be | karim.benali@example.be
    phone | phone | 0475 12 34 56 | 0486 65 43 21 | 09 223 45 67
    login | - | jpeeters | lclaes | kbenali
    role | - | USER | ADMIN | USER
  `),
  set({ id: 'mixed-cursisten-tabel-naam-email-phone', kind: 'course provider\'s trainee table (Dutch name column, English email and phone columns)', lang: 'mixed', defaultCountry: 'BE', source: 'index:15774742663 (a course administration data access class, Java)' }, `
    Naam | name | Ellen Maes | Pieter Wouters | Nora Jacobs
    Email | email | ellen.maes@example.be | p.wouters@example.be | nora.j@example.be
    Phone | phone | 0472 11 22 33 | 03 234 56 78 | 0499 87 65 43
  `),
  set({ id: 'mixed-catering-bestelling-formulier', kind: 'caterer\'s order form rows, Dutch and English column names (company, address, delivery time, products, remarks, payment option)', lang: 'mixed', defaultCountry: 'NL', source: 'index:35812283649 (a caterer\'s order form handler, PHP)' }, `
    naam | name | Marloes Hendriks | Rik van Dam | Sarah Bouzid
    email | email | m.hendriks@example.nl | rik@vandamadvies.example | s.bouzid@example.nl
    phonenumber | phone | 0612345678 | 020-6234567 | 06 98765432
    companyname | companyName | | Van Dam Advies | Bouzid Events
    adress | address1 | Keizersgracht 120 | Herengracht 44 | Westblaak 8
    postcode | postalCode | 1015 CX | 1015 BN | 3012 KL
    city | city | Amsterdam | Amsterdam | Rotterdam
    delivery_time | - | 12:00 | 11:30 | 17:00
    products | - | 2x lunchplateau | 1x borrelhapjes | 3x broodjes
    remarks | - | Graag glutenvrij | | Bel bij aankomst
    paymentOption | - | ideal | invoice | ideal
  `),
  set({ id: 'mixed-bewerber-profile-import', kind: 'staffing agency\'s applicant profile import, German and English column names (job title, degree, primary skill, references, skills, phone, birth date)', lang: 'mixed', defaultCountry: 'DE', source: 'index:35981349987 (a staffing platform\'s profile import test, Java)' }, `
    Email | email | lena.hartmann@example.de | o.kaya@example.com | f.nowak@example.de
    Vorname | firstName | Lena | Onur | Filip
    Nachname | lastName | Hartmann | Kaya | Nowak
    JobTitel | - | Data Engineer | Frontend-Entwickler | Projektleiter
    Abschluss | - | M.Sc. Informatik | B.Sc. Medieninformatik | Dipl.-Ing.
    Primaerkompetenz | - | Python | React | Scrum
    Referenzen | - | Deutsche Bahn | Zalando | Siemens
    Skills | - | Spark,SQL,Airflow | TypeScript,CSS | Jira,SAFe
    Telefonnummer | phone | 0151 23456789 | +49 176 11122233 | 030 98765432
    Geburtsdatum | dateOfBirth | 1991-04-18 | 1995-09-02 | 1982-12-11
  `),
  set({ id: 'mixed-mitarbeiter-konto-formular', kind: 'staff account form fields, German name columns and English others (staff id, username, password, permission level id)', lang: 'mixed', defaultCountry: 'DE', source: 'index:17772484152 (a staff administration web app\'s controller, C#)' }, `
    Mitarbeiter_ID | externalId | 7 | 8 | 12
    username | - | jhoffmann | amueller | sklein
    Vorname | firstName | Julia | Andreas | Stefan
    Nachname | lastName | Hoffmann | Müller | Klein
    Email | email | j.hoffmann@example.de | a.mueller@example.de | s.klein@example.de
    Telefon | phone | 089 1234567 | 0170 7654321 | 089 7654321
    Password | - | 5f4dcc3b5aa765d61d8327deb882cf99 | e99a18c428cb38d5f260853678922e03 | 25d55ad283aa400af464c76d713c07ad
    Berechtigungsstufe_ID | - | 1 | 2 | 2
  `),
];
