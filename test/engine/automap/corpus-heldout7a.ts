// The seventh held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch and
// mixed-language files; the other half, corpus-heldout7b.ts, holds Spanish, Portuguese, French and Italian): 55 header
// sets (838 columns, 385 of them expected to map; 25 English, 14 German, 13 Dutch, 3 mixed; 3 files without a header
// row, 1 with title and blank lines above it; 14 sets of 18 to 54 columns) from sources none of the other parts use,
// found in the public code index (CSV files and templates, importer tests and fixtures, export writers and their
// documentation) and written down, with the mapping a careful person would choose by the field definitions and the
// issue's rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the
// index file the header text was read from (the index does not name its repository), "github:owner/repo path" a
// repository's file; the kind says what the file is. Sample values are made up in the shape of each file's own (no
// personal data or example rows from the sources are copied).
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

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout7' }, table);

export const HELDOUT7A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-webmail-addrbook-wide', kind: 'webmail plugin address book (54 columns: home, business and other address groups, five numbered phones with types, typed phones, three emails, spouse and children, custom fields)', lang: 'en', source: 'index:26516813643 (a webmail address book plugin\'s field list)' }, `
    uid | externalId | 41 | 42
    First Name | firstName | Harold | Joan
    Middle Name | - | T. |
    Last Name | lastName | Brennan | Okafor
    Company | companyName | Brennan Surveying | 
    Job Title | - | Owner |
    Home Street | address1 | 14 Larch Lane | 220 Beacon St Apt 3
    Home City | city | Concord | Boston
    Home State | state | MA | MA
    Home Zip | postalCode | 01742 | 02116
    Home Country | country | USA | USA
    Business Street | - | 9 Main St |
    Business City | - | Acton |
    Business State | - | MA |
    Business Zip | - | 01720 |
    Business Country | - | USA |
    Other Street | - | |
    Other City | - | |
    Other State | - | |
    Other Zip | - | |
    Other Country | - | |
    Phone 1 | phone | (978) 555-0141 | (617) 555-0188
    Phone 2 | additionalPhones | (978) 555-0190 |
    Phone 3 | additionalPhones | | 
    Phone 4 | additionalPhones | |
    Phone 5 | additionalPhones | |
    Phone 1 Type | - | Home | Cell
    Phone 2 Type | - | Work |
    Phone 3 Type | - | |
    Phone 4 Type | - | |
    Phone 5 Type | - | |
    Phone Sel | - | 1 | 1
    Home Phone | additionalPhones | (978) 555-0141 |
    Work Phone | additionalPhones | (978) 555-0190 |
    Cell Phone | additionalPhones | | (617) 555-0188
    Fax | - | (978) 555-0191 |
    Address Sel | - | Home | Home
    Email 1 | email | hbrennan@example.net | joan.okafor@example.com
    Email 2 | additionalEmails | harold@brennansurvey.example |
    Email 3 | additionalEmails | |
    Email Sel | - | 1 | 1
    Sig Other | - | Margaret |
    Children | - | Tom, Eileen |
    Anniversary | - | 06/12/1981 |
    Birthday | dateOfBirth | 03/02/1955 | 11/19/1990
    Web Page | website | http://brennansurvey.example |
    User 1 | - | |
    User 2 | - | |
    User 3 | - | |
    User 4 | - | |
    Categories | tags | Family | Book club
    Notes | - | Christmas card list |
    Modified | - | 2011-10-14 15:56:54 | 2011-09-01 08:12:00
    Created | - | 2003-06-18 10:00:00 | 2009-02-11 19:44:10
  `),
  set({ id: 'en-pet-microchip-registry-upload', kind: 'animal shelter upload to a microchip registry (the adopter\'s contact, then the pet: name, chip number, birth date, breed; the rescue group\'s email)', lang: 'en', source: 'index:27240762128 (a shelter manager\'s microchip registry publisher)' }, `
    First Name | firstName | Keisha | Dale
    Last Name | lastName | Morgan | Perkins
    Email Address | email | keisha.morgan@example.com | dperkins@example.net
    Address 1 | address1 | 45 Willow Ct | 1802 Ridge Rd
    Address 2 | - | Apt 2B |
    City | city | Dayton | Xenia
    State | state | OH | OH
    Zip Code | postalCode | 45402 | 45385
    Home Phone | additionalPhones | 937-555-0110 |
    Work Phone | additionalPhones | | 937-555-0177
    Cell Phone | phone | 937-555-0123 | 937-555-0164
    Pet Name | - | Biscuit | Shadow
    Microchip Number | - | 985112003456789 | 900164001234567
    Service Date | - | 05/14/2026 | 05/15/2026
    Date of Birth | - | 03/01/2025 | 09/10/2023
    Species | - | Dog | Cat
    Sex | - | F | M
    Spayed/Neutered | - | Y | Y
    Primary Breed | - | Beagle | Domestic Shorthair
    Secondary Breed | - | Mix |
    Color | - | Tricolor | Black
    Implanting Organization | - | Miami Valley Humane | Miami Valley Humane
    Rescue Group Email | - | adopt@mvhumane.example.org | adopt@mvhumane.example.org
  `),
  set({ id: 'en-school-enrollment-requests', kind: 'school enrollment request list (the parent named first, the household\'s phones, address and email, then the student: name, birth date, age, grades, flags)', lang: 'en', source: 'index:20434298258 (a school enrollment sheet tool\'s spec, sample CSV format)' }, `
    Parent Name | - | Rosa Delgado | Mark Chen
    Who Student Lives With | - | Mother | Parents
    Home Phone | additionalPhones | 559-555-0120 |
    Work Phone | additionalPhones | | 559-555-0199
    Cell Phone | phone | 559-555-0143 | 559-555-0187
    Address | address1 | 310 Olive Ave, Fresno, CA 93728 | 77 Shaw Ave, Clovis, CA 93612
    Email | email | rosa.delgado@example.com | markchen@example.net
    Sibling Enrolled | - | No | Yes
    Student Name | name | Lucia Delgado | Ethan Chen
    Date of Birth | dateOfBirth | 02/14/2020 | 08/30/2019
    Age | - | 6 | 6
    Gender | - | Female | Male
    Present Grade | - | TK | K
    Present School | - | Roosevelt Elementary | Home
    Applying Grade | - | K | 1st
    Foster Youth | - | No | No
    Homeless | - | No | No
    Another Student | - | No | No
  `),
  set({ id: 'en-gym-agreements-collections', kind: 'gym member agreements sent to a collections service (no email: contract dates, typed phones, consents, down payment and fees)', lang: 'en', source: 'index:62454334622 (a member collections app\'s import test)' }, `
    Member Name | name | Trevor Walsh | Annie Ruiz
    Contract Start Date | - | 2026-03-01 | 2025-11-15
    Address | address1 | 88 Cedar St | 402 Broadview Rd
    City | city | Warrenton | Culpeper
    State | state | VA | VA
    Zip Code | postalCode | 20186 | 22701
    Date of Birth | dateOfBirth | 1988-07-22 | 1995-01-03
    Home Phone | additionalPhones | 540-555-0111 |
    Work Phone | additionalPhones | |
    Cell Phone | phone | 540-555-0135 | 540-555-0172
    Agreement Type | - | Contract | Month to month
    Agreement End Date | - | 2027-03-01 |
    Email Consent | - | Yes | No
    Text Consent | - | No | Yes
    Phone Consent | - | Yes | Yes
    Down Payment | - | 49 | 0
    Monthly Amount | - | 89.99 | 59
    Late Fee Minimum | - | 10 | 10
    Late Fee Percentage | - | 7.5 | 5
  `),
  set({ id: 'en-payroll-employee-update-wide', kind: 'payroll employee update layout (30 columns: employee identifier, birth date, typed phones, demographics, memos, pay settings, three reports-to columns, supervisor)', lang: 'en', source: 'index:23359648232 (a payroll integration\'s CSV header fixture)' }, `
    Employee Identifier | externalId | E10482 | E10513
    Birthdate | dateOfBirth | 04/11/1986 | 12/02/1979
    Time Clock Number | - | 4482 | 4513
    Email | email | jlarson@example.com | m.otero@example.com
    Home Phone | additionalPhones | (212) 555-0164 |
    Work Phone | additionalPhones | (212) 555-0100 | (212) 555-0100
    Cell Phone | phone | (917) 555-0132 | (646) 555-0149
    Gender | - | F | M
    Ethnicity | - | White | Hispanic or Latino
    Education Level | - | Bachelor's | High School
    Tobacco User | - | N | N
    Disabled | - | N | N
    Military Reserve | - | N | Y
    Veteran | - | N | Y
    Memo 1 | - | |
    Memo 2 | - | |
    Memo 3 | - | |
    Pay Frequency | - | Biweekly | Weekly
    Standard Payroll Hours | - | 80 | 40
    FLSA Classification | - | Exempt | Non-Exempt
    Position | - | Accountant | Warehouse Lead
    Reports To 1 | - | E10021 | E10077
    Reports To 2 | - | |
    Reports To 3 | - | |
    Supervisor (SC) | - | E10021 |
    Benefit Class/Eligibility Group | - | Full Time | Full Time
    EEO Category | - | Professionals | Laborers and Helpers
    Worker Comp Code | - | 8810(NY) | 8018(NY)
    Change Reason | - | |
    Comment | - | |
  `),
  set({ id: 'en-youth-league-coaches', kind: 'youth soccer league coach export (user GUID, an unnamed empty column, typed phones, secondary and tertiary emails, team assignments)', lang: 'en', source: 'index:26142453305 (a league scheduling site\'s coach import, expected format)' }, `
    UserID | externalId | 3F1A22C0-A10B-4D2E-9C11-00AB12CD34EF | 7B09E5D1-22F3-4C8A-8E40-11CD98AB76FE
    "" | - | |
    First Name | firstName | Gavin | Rosa
    Last Name | lastName | Tremblay | Ibarra
    Email Address | email | gtremblay@example.com | rosa.ibarra@example.org
    Home Phone | additionalPhones | | 805-555-0129
    Work Phone | additionalPhones | 805-555-0150 |
    Cell Phone | phone | 805-555-0117 | 805-555-0182
    Secondary Email | additionalEmails | gavin.t@example.net |
    Tertiary Email | additionalEmails | |
    Coaching Assignments | - | B10U | G8U B14U
  `),
  set({ id: 'en-charity-ride-team-signup', kind: 'charity event sign-up export for an e-mail tool (two address lines, personal fundraising page link, event and team)', lang: 'en', source: 'index:33588969354 (a fundraising event site\'s member CSV export)' }, `
    Email Address | email | jordan.pike@example.com | leah.s@example.org
    First Name | firstName | Jordan | Leah
    Last Name | lastName | Pike | Sorensen
    Address Line 1 | address1 | 512 Fairmount Ave | 19 Elm Row
    Address Line 2 | - | Unit 4 |
    City | city | Philadelphia | Haddonfield
    State | state | PA | NJ
    Zip | postalCode | 19123 | 08033
    Phone Number | phone | 215-555-0138 | 856-555-0107
    Upcycle Personal URL | - | https://ride.example.org/jordanpike | https://ride.example.org/leahs
    Event Name | - | Spring Ride 2026 | Spring Ride 2026
    Team Name | - | Spoke Folks |
  `),
  set({ id: 'en-garden-club-rsvp-audience', kind: 'garden club RSVP list laid out as an e-mail audience import (a question column, tags, month/day birthday)', lang: 'en', source: 'index:16107121423 (a garden club RSVP server\'s column comment)' }, `
    Email Address | email | m.white@example.edu | b.mwangi@example.edu
    First Name | firstName | Maya | Benjamin
    Last Name | lastName | White | Mwangi
    Address | address1 | | 28 Hillside Dr
    Phone | phone | (555) 555-0155 | (555) 222-0133
    What do you like to grow? | - | Tomatoes | Herbs and peppers
    Tags | tags | student | staff
    Birthday | dateOfBirth | 04/12 | 09/30
  `),
  set({ id: 'en-temple-member-import', kind: 'temple membership import example (one-line address, member since, level and class, founding flag, two community columns)', lang: 'en', source: 'index:57711873901 (a temple membership app\'s CSV import guide)' }, `
    First Name | firstName | Ravi | Lakshmi
    Last Name | lastName | Iyer | Narayanan
    Email | email | ravi.iyer@example.com | lakshmi.n@example.net
    Phone | phone | 904-555-0126 | (904) 555-0181
    Address | address1 | 40 Palm Cove Dr, Jacksonville, FL 32256 | 1187 Oak Hollow Rd, Orange Park, FL 32073
    Member Since | - | 2019-04-14 | 2023-10-01
    Membership Level | - | Lifetime | Annual
    Member Class | - | Personal | Business
    Is Founding Member | - | Yes | No
    Gothram | - | Kashyapa | Vasishta
    Nakshatra | - | Ashwini | Revati
  `),
  set({ id: 'en-dialer-hospital-contact-file', kind: 'call-center dialer contact upload for hospital campaigns (job level, time zone, the hospital\'s phone as an alternate number, bed size and employee size)', lang: 'en', source: 'github:cotsog/uberdialer application/views/helpcontactfile_mpg.php (upload help page, column order)' }, `
    Email | email | dnguyen@stmarys.example.org | pwalters@valleymed.example.com
    First Name | firstName | Diane | Paul
    Last Name | lastName | Nguyen | Walters
    Job Title | - | Director of Nursing | CFO
    Job Level | - | Director | C-Level
    Company | companyName | St. Mary's Regional Medical Center | Valley Medical Group
    Address1 | address1 | 1500 N Ritter Ave | 400 S 43rd St
    Address2 | - | Suite 210 |
    City | city | Indianapolis | Renton
    State | state | IN | WA
    Zip | postalCode | 46219 | 98055
    Country | country | USA | USA
    Time Zone | - | EST | PST
    Phone | phone | (317) 555-0142 | (425) 555-0178
    Phone (Hospital) | additionalPhones | (317) 555-0100 | (425) 555-0100
    Bed Size Range | - | 250-499 | 100-249
    Employee Size | - | 1000-4999 | 500-999
  `),
  set({ id: 'en-ministry-contacts-noheader', kind: 'ministry CRM mass contact import without a header row (name, phone, email, one-line address, gender, then notes spilling into the remaining columns)', lang: 'en', noHeader: true, source: 'github:DiscipleTools/DT_DOCS Disciple_Tools_Theme/user_mass_contacts_csv_import.rst (documented column order)' }, `
    "" | name | Samuel Ortiz | Grace Bennett | Ahmed Karimi
    "" | phone | 214-555-0119 | (469) 555-0176 |
    "" | email | sam.ortiz@example.com | | akarimi@example.net
    "" | address1 | 2210 Ross Ave, Dallas, TX 75201 | 88 Maple Dr, Plano, TX 75074 |
    "" | - | male | female | male
    "" | - | Met at the community dinner | Wants a Bible in Spanish for her mother | Follow up after Ramadan
    "" | - | Prefers texts | |
  `),
  set({ id: 'en-hackathon-registrations-noheader', kind: 'hackathon registration log appended by a sign-up form without a header row (name, email, contact number, team name)', lang: 'en', noHeader: true, defaultCountry: 'IN', source: 'index:17208580549 (an event registration app that appends rows without a header)' }, `
    "" | name | Aditi Sharma | Rohan Mehta | Kavya Nair
    "" | email | aditi.sharma@example.com | rohan.m@example.in | kavya.nair@example.com
    "" | phone | 9876543210 | 9123456780 | 9988776655
    "" | - | Byte Busters | Null Pointers | Byte Busters
  `),
  set({ id: 'en-gforms-family-event-referral', kind: 'Google Forms responses of a family event sign-up (the collected email left empty and a second email question filled, family size and names, how they heard, who referred them)', lang: 'en', source: 'index:55420977244 (a form-import script\'s test of a user\'s header row)' }, `
    Timestamp | - | 6/1/2026 10:00:00 | 6/2/2026 9:30:00
    Email Address | - | |
    Full Name | name | Denise Harper | Carlos Medina
    Contact Number | phone | 555-0142 | (310) 555-0177
    Address | address1 | 45 Birch St | 902 W 7th St Apt 12
    Total Family Count (including yourself) | - | 4 | 1
    Family Member Name(s)  | - | Ray Harper, Kim Harper, Luke Harper |
    How did you hear about this event? | source | Instagram | Friend
    Referred by | - | Tanya Ellis |
    Email | email | denise.harper@example.com | cmedina@example.net
  `),
  set({ id: 'en-gforms-dance-guild-membership', kind: 'Google Forms membership application (Philippines: home address, birthdate, membership type, school, emergency contact)', lang: 'en', defaultCountry: 'PH', source: 'index:70514411975 (a member import module\'s test of a forms export)' }, `
    Timestamp | - | 9/28/2025 14:03:22 | 10/2/2025 9:10:00
    Email Address | email | bea.santos@example.com |
    Full Name | name | Bea Santos | Miguel "Migs" Reyes
    Contact Number | phone | 0917 555 0142 | 09185550199
    Home Address | address1 | 27 Panganiban Ave, Naga City | 
    Birthdate | dateOfBirth | 6/15/1995 | 
    Membership Type | - | Adult | Student (with valid ID)
    School | - | | Ateneo de Naga
    Emergency Contact Name | - | Lorna Santos |
    Emergency Contact Number | - | 09175550111 |
  `),
  set({ id: 'en-gforms-student-fund-investors', kind: 'Google Forms responses of a student investment fund (BOM, roll number, cohort, amount, units, transaction id, two unnamed trailing columns)', lang: 'en', defaultCountry: 'IN', source: 'index:70968933728 (a fund tracker\'s investor CSV parser test)' }, `
    Timestamp | - | 7/3/26 18:13 | 7/4/26 9:02
    Email address | email | p25ankit@example.ac.in | p25meera@example.ac.in
    Full Name | name | Ankit Verma | Meera Pillai
    Roll Number | externalId | PGP-25-112 | PGP-25-087
    Cohort | - | PGP 2 | PGP 1
    Investment Amount | - | 10000 | 20000
    Units Credited | - | 10 | 18.57
    Transaction ID | - | 370034 | 18575
    "" | - | |
    "" | - | | 98765
  `),
  set({ id: 'en-gforms-placement-profile-wide', kind: 'Google Forms placement profile survey of engineering students (32 columns: registration number, schooling medium, branch, CGPA, seven language preferences, problems solved per judge, project and club counts, five profile links)', lang: 'en', defaultCountry: 'IN', source: 'index:17268731840 (a placement dashboard\'s column comment)' }, `
    Timestamp | - | 8/12/2024 11:20:31 | 8/12/2024 12:02:10
    Email Address | email | aarav.k@example.edu.in | sneha.p@example.edu.in
    Full Name | name | Aarav Kulkarni | Sneha Patil
    PRN | externalId | 72145632 | 72145701
    Medium of Schooling till 10th | - | English | Marathi
    Branch | - | Comp | ENTC
    Latest CGPA | - | 8.74 | 9.12
    Programming Language Preference [1] | - | Python | C++
    Programming Language Preference [2] | - | Java | Python
    Programming Language Preference [3] | - | C++ |
    Programming Language Preference [4] | - | |
    Programming Language Preference [5] | - | |
    Programming Language Preference [6] | - | |
    Programming Language Preference [7] | - | |
    DSA Questions Solved [Leetcode] | - | 310 | 120
    DSA Questions Solved [HackerRank] | - | 45 | 80
    DSA Questions Solved [GFG] | - | 150 | 60
    DSA Questions Solved [Codechef] | - | 20 | 0
    DSA Questions Solved [Codeforces] | - | 35 | 0
    DSA Questions Solved [CodingNinjas] | - | 0 | 25
    DSA Questions Solved [Other] | - | 0 | 0
    Participation Count [Industry Projects] | - | 1 | 0
    Participation Count [Internships] | - | 2 | 1
    Participation Count [Mini Projects] | - | 4 | 3
    Participation Count [Hackathons] | - | 3 | 1
    Club Affiliation [Technical Role] | - | 1 | 0
    Club Affiliation [Non-Technical Role] | - | 0 | 2
    LinkedIn Profile Link | - | https://www.linkedin.com/in/aarav-kulkarni | https://linkedin.com/in/snehapatil
    LeetCode Profile Link | - | https://leetcode.com/u/aaravk | 
    GitHub Profile Link | - | https://github.com/aaravk | https://github.com/sneha-p
    HackerRank Profile Link | - | | https://www.hackerrank.com/profile/snehap
    Unstop Profile Link | - | |
  `),
  set({ id: 'en-gforms-career-day-slots', kind: 'Google Forms career day sign-up (class, college number, mobile number, morning and afternoon slot choices, an essay question)', lang: 'en', defaultCountry: 'SG', source: 'index:21623964856 (a slot allocation script\'s README, CSV format)' }, `
    Timestamp | - | 3/4/2024 8:15:02 | 3/4/2024 8:16:40
    Email address | email | tan.weiling@example.edu.sg | arjun.r@example.edu.sg
    Full Name | name | Tan Wei Ling | Arjun Raj
    Class | - | 23S04 | 23A01
    College Number | externalId | 2304217 | 2301105
    Mobile Number | phone | 9123 4567 | 8765 4321
    (AM) Slot Selection | - | Medicine (9:00-10:00) | Law (10:15-11:15)
    (PM) Slot Selection | - | Engineering (1:00-2:00) | Finance (2:15-3:15)
    My Ambition | - | To become a paediatrician | Corporate lawyer
  `),
  set({ id: 'en-gforms-training-attendance', kind: 'Google Forms daily attendance of a training programme (employee id, domain, remarks; day-first timestamps)', lang: 'en', defaultCountry: 'IN', source: 'index:69200499597 (an attendance service\'s form responses test)' }, `
    Timestamp | - | 17/09/2026 09:05:12 | 17/09/2026 08:58:40
    Email Address | email | ritika.s@example.com | vikram.d@example.com
    Full Name | name | Ritika Sen | Vikram Desai
    Employee ID | externalId | TEN014 | TEN027
    Domain | - | Python | MERN
    Any remarks? | - | | Joined late, network issue
  `),
  set({ id: 'en-gforms-chess-club-roster', kind: 'Google Forms chess club sign-up (student id, grade, tournament interest, experience, two site usernames, federation id, a parent\'s email)', lang: 'en', source: 'index:68879292961 (a chess club roster import test)' }, `
    Timestamp | - | 9/20/2026 14:03:11 | 9/21/2026 8:12:45
    Email Address | email | 1234567@students.example.org | 1237788@students.example.org
    Full name | name | Diego Alvarez | Hannah Cho
    Student ID | externalId | 1234567 | 1237788
    Grade | - | 10 | 9
    Do you want to compete in tournaments? | - | Yes | Maybe
    Experience | - | Club player | Beginner
    Chess.com username | - | diegoA_chess | 
    Lichess username | - | | hcho2011
    US Chess ID | - | 30123456 |
    What do you want to get better at? | - | Endgames | Openings, tactics
    Parent/guardian email | - | m.alvarez@example.com | jcho@example.net
  `),
  set({ id: 'en-mail-client-addrbook-uk-build', kind: 'desktop mail client address book export, UK build (37 columns: display name, nickname, two emails, screen name, typed phones, home and work address groups with county and post code, organisation, two web pages, birthday split in three, custom fields)', lang: 'en', defaultCountry: 'GB', source: 'index:56797920570 (an address book decoder\'s test of the exact UK export header)' }, `
    First Name | firstName | Rory | Amelia
    Last Name | lastName | Whitaker | Osei
    Display Name | name | Rory Whitaker | Amelia Osei
    Nickname | - | Ror |
    Primary Email | email | rory.whitaker@example.co.uk | amelia.osei@example.com
    Secondary Email | additionalEmails | r.whitaker@work.example.co.uk |
    Screen Name | - | |
    Work Phone | additionalPhones | 0161 496 0321 |
    Home Phone | additionalPhones | 0161 496 0877 | 020 7946 0345
    Fax Number | - | |
    Pager Number | - | |
    Mobile Number | phone | 07700 900123 | 07700 900456
    Home Address | address1 | 12 Acacia Avenue | Flat 3, 41 Cromwell Road
    Home Address 2 | - | Didsbury |
    Home City | city | Manchester | London
    Home County | state | Greater Manchester |
    Home Post Code | postalCode | M20 6AB | SW7 2HR
    Home Country | country | United Kingdom | United Kingdom
    Work Address | - | 1 Piccadilly Place |
    Work Address 2 | - | |
    Work City | - | Manchester |
    Work County | - | |
    Work Post Code | - | M1 3BN |
    Work Country | - | United Kingdom |
    Job Title | - | Quantity Surveyor | Pharmacist
    Department | - | Estimating |
    Organisation | companyName | Whitaker & Lowe Ltd | 
    Web Page 1 | website | https://whitakerlowe.example.co.uk |
    Web Page 2 | - | |
    Birth Year | - | 1984 | 1991
    Birth Month | - | 7 | 11
    Birth Day | - | 23 | 2
    Custom 1 | - | |
    Custom 2 | - | |
    Custom 3 | - | |
    Custom 4 | - | |
    Notes | - | Met at the RICS dinner |
  `),
  set({ id: 'en-conference-tickets-export-wide', kind: 'conference ticketing export (39 columns: ticket holder\'s name three ways, email, company and phone beside the order placer\'s name, email, company and phone, order IP and dates, ticket questions: T-shirt, age, dietary needs, creche, parental consent, a mobile number question)', lang: 'en', defaultCountry: 'GB', source: 'index:17304869188 (an SMS script for conference delegates, CSV format comment)' }, `
    Number | - | 1 | 2
    Ticket Created Date | - | 2026-08-02 10:14 | 2026-08-03 18:40
    Ticket | - | Conference (Individual) | Conference (Student)
    Ticket Full Name | name | Gemma Hollis | Tomasz Nowak
    Ticket First Name | firstName | Gemma | Tomasz
    Ticket Last Name | lastName | Hollis | Nowak
    Ticket Email | email | gemma.hollis@example.co.uk | tomasz.nowak@example.ac.uk
    Ticket Company Name | companyName | Hollis Analytics | University of Cardiff
    Ticket Phone Number | phone | 029 2018 0123 |
    Event | - | Conference 2026 | Conference 2026
    Void Status | - | |
    Price | - | 185.00 | 45.00
    Ticket Reference | - | ABCD-1 | EFGH-2
    Tags | tags | speaker | student
    Unique Ticket URL | - | https://ti.to/tickets/abcd1 | https://ti.to/tickets/efgh2
    Unique Order URL | - | https://ti.to/orders/xyz1 | https://ti.to/orders/xyz2
    Order Reference | - | XYZ1 | XYZ2
    Order Name | - | Gemma Hollis | Agnieszka Nowak
    Order Email | - | accounts@hollisanalytics.example.co.uk | a.nowak@example.com
    Order Company Name | - | Hollis Analytics |
    Order Phone Number | - | 029 2018 0100 |
    Order Discount Code | - | | STUDENT26
    Order IP | - | 203.0.113.24 | 198.51.100.7
    Order Created Date | - | 2026-08-02 10:12 | 2026-08-03 18:37
    Order Completed Date | - | 2026-08-02 10:14 | 2026-08-03 18:40
    Payment Reference | - | ch_3PabcXYZ | ch_3PdefUVW
    Code of Conduct | - | Yes | Yes
    T-shirt size | - | Women's M | Men's L
    Age | - | | 19
    Sex | - | Female | Male
    Twitter handle | - | @gemmahollis |
    Dietary requirements | - | Vegetarian |
    Creche | - | No | No
    School | - | |
    Parental consent | - | |
    Community helper | - | Yes | No
    Mobile telephone number | additionalPhones | 07700 900781 | 07700 900219
    About you | - | Data engineer, first time speaking | Second-year physics student
    Monday "sprint" attendance | - | Yes | No
  `),
  set({ id: 'en-ticketing-attendees-purchaser-first', kind: 'ticketing attendee import (the purchaser\'s registration name and email first, then the ticket holder\'s name, email and company, void status, ticket state, a food question)', lang: 'en', source: 'index:70418508813 (an attendee import module\'s test of a ticketing export)' }, `
    Registration Name | - | Morgan Ellis | Priya Raman
    Registration Email | - | morgan.ellis@example.com | priya@ramanlabs.example.com
    Ticket Full Name | name | Zoe Ashford | Lee Park
    Ticket First Name | firstName | Zoe | Lee
    Ticket Last Name | lastName | Ashford | Park
    Ticket Email | email | zoe.ashford@example.com | lee.park@example.org
    Ticket Company Name | companyName | Ashford, Ltd | Raman Labs
    Void Status | - | | true
    Ticket Reference | - | ASSIGNED | CANCELLED
    What kind of food restrictions do you have? | - | Vegan | Dairy free
  `),
  set({ id: 'en-property-list-skip-traced-wide', kind: 'real-estate property list after skip tracing (33 columns: the property\'s plain Address, City, State and Zip first, parcel and building data, sale history, the owner\'s name and mailing address, owner-occupied and do-not-mail flags, one phone with type and DNC flag, one email, valuation and foreclosure figures)', lang: 'en', source: 'index:55303388919 (a deal analysis prototype\'s sample list export)' }, `
    Address | - | 123 Main St | 4410 Pine Hollow Dr
    City | - | Houston | Katy
    State | - | TX | TX
    Zip | - | 77084 | 77494
    APN | - | 123-456-007-0001 | 045-221-003-0040
    Property Type | - | Single Family Residential | Townhouse
    Bedrooms | - | 3 | 4
    Total Bathrooms | - | 2 | 3.5
    Building Sqft | - | 1450 | 2380
    Lot Size Sqft | - | 5400 | 3100
    Effective Year Built | - | 1988 | 2009
    Total Assessed Value | - | 250000 | 341000
    Last Sale Recording Date | - | 2020-01-01 | 2014-05-22
    Last Sale Amount | - | 200000 | 289500
    Owner 1 First Name | firstName | Deborah | Luis
    Owner 1 Last Name | lastName | Fowler | Arriaga
    Mailing Address | address1 | PO Box 1184 | 4410 Pine Hollow Dr
    Mailing City | city | Houston | Katy
    Mailing State | state | TX | TX
    Mailing Zip | postalCode | 77001 | 77494
    Owner Occupied | - | No | Yes
    Do Not Mail | - | No | No
    Phone 1 | phone | (713) 555-0123 | (281) 555-0178
    Phone 1 Type | - | Mobile | Landline
    Phone 1 DNC | - | No | Yes
    Email 1 | email | dfowler@example.com |
    Litigator | - | No | No
    MLS Status | - | Off Market | Expired
    Est. Value | - | 268000 | 355000
    Est. Equity | - | 141000 | 92000
    Est. Loan-to-Value | - | 47 | 74
    Foreclosure Factor | - | Low | Medium
    Skip Traces | - | 1 | 1
  `),
  set({ id: 'en-home-buyer-leads-follow-up', kind: 'home buyer lead tracker export (the property\'s one-line address first, listing link, status and follow-up, lead source, created date, county)', lang: 'en', source: 'index:58113334769 (a real-estate lead importer\'s end-to-end test fixtures)' }, `
    Property Address | - | 123 Main St, Kansas City, MO 64108 | 780 NW Barry Rd, Kansas City, MO 64155
    First Name | firstName | Joyce | Brent
    Last Name | lastName | Whitman | Tolliver
    Phone | phone | 816-555-0101 | (913) 555-0166
    Email | email | joyce.whitman@example.com | btolliver@example.net
    Link | - | https://www.realtor.com/realestateandhomes-detail/123-Main-St | https://www.zillow.com/homedetails/780-NW-Barry-Rd
    Status | - | Offer Sent | New
    Follow Up | - | Follow up Needed | 
    Lead Source | source | realtor.com | Zillow
    Date Created | - | February 8 2026 | March 2 2026
    County | - | Clay County | Platte County
  `),
  set({ id: 'en-billing-platform-customer-import', kind: 'billing platform customer import format (email, name and phone, then a billing block with company and ISO country code as the only address, a shipping block, tags, collections, third-party accounts, user emails)', lang: 'en', source: 'index:17130025425 (a billing platform\'s customer CSV format page)' }, `
    Email | email | ap@northwind.example.com | gina.ortiz@example.com
    First Name | firstName | Howard | Gina
    Last Name | lastName | Finch | Ortiz
    Phone | phone | +1 503 555 0147 | (971) 555-0112
    Billing Address 1 | address1 | 1200 NW Naito Pkwy | 88 SE Ash St
    Billing Address 2 | - | Suite 300 |
    Billing Address 3 | - | |
    Billing Company | companyName | Northwind Outfitters |
    Billing City | city | Portland | Portland
    Billing Province | state | OR | OR
    Billing Postal Code | postalCode | 97209 | 97214
    Billing Country Code | country | US | US
    Shipping Address 1 | - | 4500 N Lagoon Ave | 88 SE Ash St
    Shipping Address 2 | - | Dock 4 |
    Shipping Address 3 | - | |
    Shipping Company | - | Northwind Warehouse |
    Shipping City | - | Portland | Portland
    Shipping Province | - | OR | OR
    Shipping Postal Code | - | 97217 | 97214
    Shipping Country Code | - | US | US
    Tags | tags | wholesale, net30 | retail
    Collections | tags | wholesale-buyers | 
    Accounts | - | stripe:cust_Q1a2B3c4D5e6F7 |
    Users | - | ap@northwind.example.com, buyer@northwind.example.com |
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-kundenverwaltung-export-kunde-seit', kind: 'customer management CSV export (customer number, salutation, title, company, phone and mobile, customer since)', lang: 'de', defaultCountry: 'DE', source: 'index:31750128915 (a small business app\'s customer model CSV export, PHP)' }, `
    Kundennummer | externalId | K-20417 | K-20418
    Anrede | - | Herr | Frau
    Titel | - | Dr. |
    Vorname | firstName | Stefan | Birgit
    Nachname | lastName | Wagner | Lorenz
    Firma | companyName | Wagner Haustechnik GmbH |
    Strasse | address1 | Lindenweg 12 | Schillerstr. 3a
    PLZ | postalCode | 79098 | 79539
    Ort | city | Freiburg | Lörrach
    Telefon | phone | 0761 2345678 | 07621 98765
    Mobil | additionalPhones | 0171 2345678 |
    E-Mail | email | s.wagner@wagner-haustechnik.example.de | birgit.lorenz@example.de
    Kunde seit | - | 12.03.2019 | 01.08.2024
  `),
  set({ id: 'de-chor-lastschrift-mitglieder', kind: 'choir direct-debit member import (member number, full name, join date, IBAN, mandate date, amount, start)', lang: 'de', defaultCountry: 'DE', source: 'index:70978602851 (a club finance app\'s direct-debit CSV parser test)' }, `
    Mitgliedsnummer | externalId | 0815 | 0816
    Name | name | Katja Brandt | Holger Wiese
    Eintritt | - | 2019-05-01 | 2023-09-12
    IBAN | - | DE02120300000000202051 | DE89370400440532013000
    Mandat am | - | 15.01.2026 | 02.02.2026
    Betrag | - | 42,50 | 30,00
    Start | - | 01.02.2026 | 01.03.2026
  `),
  set({ id: 'de-verein-mitglieder-offene-beitraege', kind: 'club member import (member number, surname first, status, amount owed, birth date)', lang: 'de', defaultCountry: 'DE', source: 'index:53182159451 (a club admin page\'s member import instructions)' }, `
    Mitgliedsnummer | externalId | 1024 | 1025
    Nachname | lastName | Schröder | Aydin
    Vorname | firstName | Jonas | Elif
    Email | email | jonas.schroeder@example.de | elif.aydin@example.de
    Status | - | aktiv | passiv
    Betrag offen | - | 0,00 | 24,00
    Geburtsdatum | dateOfBirth | 14.02.1999 | 30.06.1984
  `),
  set({ id: 'de-grosshandel-kundenliste-vorlage', kind: 'wholesale customer list template (company, contact person, one-line street, customer type, discount percent)', lang: 'de', defaultCountry: 'DE', source: 'index:62463221605 (a wholesale ordering app\'s import templates)' }, `
    Firmenname | companyName | Café Lindner | Getränke Vogel OHG
    Ansprechpartner | name | Julia Lindner | Andreas Vogel
    E-Mail | email | info@cafe-lindner.example.de | bestellung@vogel-getraenke.example.de
    Telefon | phone | 0911-223344 | 09131-556677
    Adresse | address1 | Königstr. 21 | Industriestraße 5
    PLZ | postalCode | 90402 | 91058
    Stadt | city | Nürnberg | Erlangen
    Kundentyp | - | premium | regular
    Rabatt_Pct | - | 5 | 0
  `),
  set({ id: 'de-testdaten-adressen-telefax', kind: 'generated address test data (row number, salutation, title, house number apart, phone, mobile and fax, newsletter flag, entry date)', lang: 'de', defaultCountry: 'DE', source: 'index:53507735952 (a test data generator writing a semicolon CSV)' }, `
    Nr. | - | 1 | 2
    Anrede | - | Herr | Frau
    Titel | - | | Prof. Dr.
    Vorname | firstName | Lukas | Sabine
    Nachname | lastName | Becker | Krüger
    Geburtsdatum | dateOfBirth | 17.03.1982 | 02.11.1969
    Straße | address1 | Goethestraße | Am Markt
    Hausnummer | - | 21 | 4b
    Postleitzahl | postalCode | 04109 | 99084
    Stadt | city | Leipzig | Erfurt
    Telefon | phone | 0341 9876543 | 0361 5550123
    Mobil | additionalPhones | 0157 12345678 |
    Telefax | - | | 0361 5550124
    EMail | email | lukas.becker@example.de | s.krueger@example.de
    Newsletter | - | ja | nein
    Eintragsdatum | - | 2024-01-15 | 2023-06-30
  `),
  set({ id: 'de-lokale-firmen-leads-bewertung', kind: 'local business lead list from a scraper (row number, company with owner names, website status and an opportunity score, one-line address, review rating)', lang: 'de', defaultCountry: 'DE', source: 'index:70467536161 (a lead finder script\'s CSV writer)' }, `
    nr | - | 1 | 2
    firma | companyName | Malerbetrieb Schulz | Friseur Haarmonie
    vorname | firstName | Dirk | Nicole
    nachname | lastName | Schulz | Brandt
    telefon | phone | 0221 4567890 | +49 221 9876543
    email | email | info@maler-schulz.example.de | kontakt@haarmonie.example.de
    website | website | http://maler-schulz.example.de |
    website_status | - | veraltet | keine
    opportunity_score | - | 82 | 95
    adresse | address1 | Venloer Str. 210, 50823 Köln | Severinstraße 44, 50678 Köln
    bewertung | - | 4.6 | 4.9
  `),
  set({ id: 'de-telefonbuch-outlook-ansicht', kind: 'phone book entries dragged from a German mail client\'s contact view (file-as, country, department, business and home phones, business fax, mobile, categories)', lang: 'de', defaultCountry: 'DE', source: 'index:30421663366 (a phone book add-in\'s drag-and-drop column comment, VB.NET)' }, `
    Name | name | Petra Hahn | Jürgen Albers
    Position | - | Einkauf | Geschäftsführer
    Firma | companyName | Hahn Logistik GmbH | Albers & Söhne KG
    Speichern unter | - | Hahn, Petra | Albers, Jürgen
    Land/Region | country | Deutschland | Deutschland
    Abteilung | - | Beschaffung |
    Telefon geschäftlich | additionalPhones | +49 (40) 1234567 | +49 (511) 765432
    Fax geschäftl. | - | +49 (40) 1234568 |
    Telefon privat | additionalPhones | | +49 (511) 112233
    Mobiltelefon | phone | +49 (170) 1234567 | +49 (160) 7654321
    E-Mail | email | p.hahn@hahn-logistik.example.de | j.albers@albers-kg.example.de
    Kategorien | tags | Lieferant | Kunde; VIP
  `),
  set({ id: 'de-ch-verein-mitgliederliste-excel', kind: 'club member list Excel export (Switzerland: surname first, salutation, address supplement, two member categories, entry date, board member flag)', lang: 'de', defaultCountry: 'CH', source: 'index:254467220 (a club manager\'s Excel writer, Java)' }, `
    Name | lastName | Meier | Gerber
    Vorname | firstName | Urs | Claudia
    Anrede | - | Herr | Frau
    Adresse | address1 | Bahnhofstrasse 12 | Dorfstrasse 5
    Adresszusatz | - | | c/o Familie Roth
    PLZ | postalCode | 8400 | 3600
    Ort | city | Winterthur | Thun
    E-Mail | email | urs.meier@example.ch | claudia.gerber@example.ch
    Telefon | phone | 079 123 45 67 | 033 222 33 44
    Geburtsdatum | dateOfBirth | 1975-03-18 | na
    Kat I | tags | Aktivmitglied | Passivmitglied
    Kat II | tags | Tenor | Gönner
    Eintrittsdatum | - | 2004-01-01 | 2019-08-15
    Vorstandsmitglied | - | true | false
  `),
  set({ id: 'de-gottesdienst-besucher-export', kind: 'church service visitor registration export (id, name and surname, street, postcode, town, phone, email)', lang: 'de', defaultCountry: 'DE', source: 'github:Byggvir/ev-anmeldung html/export/csv-visitors.php (the export query\'s column names)' }, `
    Id | externalId | 101 | 102
    Vorname | firstName | Renate | Thomas
    Name | lastName | Fischer | Weber
    Straße | address1 | Kirchgasse 3 | Lindenallee 27
    PLZ | postalCode | 53721 | 53757
    Ort | city | Siegburg | Sankt Augustin
    Telefon | phone | 02241 123456 | 0170 9876543
    E-Mail | email | renate.fischer@example.de |
  `),
  set({ id: 'de-fachschule-auszubildende-export', kind: 'vocational school trainee export (class first, salutation, birth place, phone and mobile; all fields quoted)', lang: 'de', defaultCountry: 'DE', source: 'github:fs-sozialwesen/school-management app/views/people/students.csv.ruby (trainee CSV view)' }, `
    KLasse | - | ERZ-23a | HEP-24b
    Anrede | - | Frau | Herr
    Vorname | firstName | Lea | Marvin
    Nachname | lastName | Zimmermann | Kaya
    Geburtsdatum | dateOfBirth | 04.09.2003 | 21.01.2001
    Geburtsort | - | Magdeburg | Halle (Saale)
    Straße | address1 | Breiter Weg 101 | Große Ulrichstraße 8
    PLZ | postalCode | 39104 | 06108
    Ort | city | Magdeburg | Halle
    E-Mail | email | lea.zimmermann@example.de | marvin.kaya@example.de
    Telefon | phone | 0391 5432100 |
    Mobil | additionalPhones | 0152 33445566 | 0176 11223344
  `),
  set({ id: 'de-nutzer-export-titelzeilen', kind: 'user list Excel export with a title line, an export-info block and a blank line above the headers (display name, user name, permission level, group)', lang: 'de', defaultCountry: 'DE', source: 'index:43868440685 (a web app\'s user export route writing an xlsx)', above: [['Alle Nutzer', '', '', ''], ['Exportiert am:', 'Exportierte Einträge:', 'Exportiert von:', ''], ['02.12.2026 07:30', '14', 'Verwaltung', ''], ['', '', '', '']] }, `
    Name | name | Sabine Vogt | Karl Meißner
    Nutzername | - | svogt | kmeissner
    Rechte | - | 2 | 1
    Gruppe | tags | Vorstand | Jugend
  `),
  set({ id: 'de-sap-org-export-manager', kind: 'HR org snapshot from an ERP (personnel number, org unit, department, the manager\'s personnel number, site, active flag)', lang: 'de', defaultCountry: 'DE', source: 'index:70315161910 (a feedback tool\'s org import test)' }, `
    personalnummer | externalId | 00104512 | 00104633
    vorname | firstName | Katrin | Mehmet
    nachname | lastName | Wolf | Yıldız
    email | email | katrin.wolf@firma.example.de | mehmet.yildiz@firma.example.de
    org_einheit | - | Vertrieb Süd | Controlling
    fachbereich | - | Vertrieb | Finanzen
    manager_personalnummer | - | 00100021 | 00100007
    standort | - | München | Stuttgart
    aktiv | - | 1 | 1
  `),
  set({ id: 'de-sap-hr-mitarbeiter-medizintechnik', kind: 'HR employee export from an ERP read by a medical device app (personnel number, title, email, mobile number, remarks, entry and exit dates, department and its text, cost centre, position, service type)', lang: 'de', defaultCountry: 'DE', source: 'index:53830362102 (a device management importer\'s README, SAP CSV mode)' }, `
    Personalnummer | externalId | 40012 | 40078
    Vorname | firstName | Julia | Stefan
    Nachname | lastName | Hartmann | Roth
    Titel | - | Dr. med. |
    E-Mail | email | j.hartmann@klinikum.example.de | s.roth@klinikum.example.de
    Handynummer | phone | 0171 2223334 | 0151 9876543
    Bemerkungen | - | | Teilzeit
    Eintritt | - | 01.04.2019 | 15.09.2023
    Austritt | - | |
    Abteilung | - | 2300 | 4100
    Abteilungstext | - | Kardiologie | Medizintechnik
    Kostenstelle | - | 230010 | 410020
    Position | - | Oberärztin | MT-Techniker
    Dienstart | - | 01 | 03
    Dienstart Text | - | Ärztlicher Dienst | Technischer Dienst
  `),
  set({ id: 'de-adressen-dump-ohne-kopfzeile', kind: 'address table dump without a header row (row id, name, street, postcode, town, an empty column, phone, mobile and a second landline, website, federal state, two ISO codes, created and updated timestamps; semicolons)', lang: 'de', noHeader: true, defaultCountry: 'DE', source: 'index:35765270788 (a database dump obfuscation tool\'s README, the example before obfuscation)' }, `
    "" | - | 1 | 2 | 3
    "" | firstName | Jonas | Petra | Ali
    "" | lastName | Hofmann | Lange | Şahin
    "" | address1 | Leopoldstraße 12 | Sendlinger Str. 40 | Karlstraße 7
    "" | postalCode | 80802 | 80331 | 76133
    "" | city | München | München | Karlsruhe
    "" | - | | |
    "" | phone | 089123456 | 089765432 | 0721445566
    "" | additionalPhones | 0170123456 | 0171987654 |
    "" | additionalPhones | 089123457 | | 0721445567
    "" | website | www.hofmann-design.example.de | | www.sahin-bau.example.de
    "" | state | Bayern | Bayern | Baden-Württemberg
    "" | country | DE | DE | DE
    "" | - | DE | DE | DE
    "" | - | 2024-05-28 09:55:38 | 2024-05-28 09:55:38 | 2024-06-02 14:10:05
    "" | - | 2024-05-28 09:55:38 | 2024-06-01 08:01:12 | 2024-06-02 14:10:05
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-verhuur-klanten-csv', kind: 'rental service customer file (Belgium: name, email, street, postcode, town, country)', lang: 'nl', defaultCountry: 'BE', source: 'index:14303285628 (a rental service\'s customer CSV reader)' }, `
    Voornaam | firstName | Lotte | Bram
    Achternaam | lastName | Peeters | Van Damme
    Email | email | lotte.peeters@example.be | bram.vd@example.be
    Straat | address1 | Kerkstraat 12 | Molenweg 7 bus 2
    Postcode | postalCode | 9000 | 8500
    Woonplaats | city | Gent | Kortrijk
    Land | country | België | België
  `),
  set({ id: 'nl-gemeente-inschrijvingen-import', kind: 'municipal registrant import (surname first with prefix apart, given names, birth place and country, nationality, street with house number, letter and suffix apart)', lang: 'nl', defaultCountry: 'NL', source: 'index:2547642761 (a municipal registration app\'s import validation test)' }, `
    Achternaam | lastName | Bakker | Yilmaz
    Voorvoegsel | - | de |
    Voornamen | firstName | Johanna Maria | Emre
    Geslacht | - | Vrouw | Man
    Geboortedatum | dateOfBirth | 3-7-1991 | 21-11-1985
    Geboorteplaats | - | Utrecht | Ankara
    Geboorteland | - | Nederland | Turkije
    Nationaliteit | - | Nederlandse | Turkse
    Straatnaam | address1 | Dorpsstraat | Groenewoudseweg
    Huisnummer | - | 14 | 203
    Huisletter | - | A |
    Toevoeging | - | | 2
    Postcode | postalCode | 6511AB | 6524TX
    Woonplaats | city | Nijmegen | Nijmegen
    E-mail | email | j.bakker@example.nl | emre.y@example.nl
  `),
  set({ id: 'nl-nalatenschap-erfgenamen-export', kind: 'estate administration export of heirs (prefix apart, relation to the deceased, phone, one-line street, birth date, citizen service number)', lang: 'nl', defaultCountry: 'NL', source: 'index:66483086377 (an estate settlement app\'s CSV export controller)' }, `
    Voornaam | firstName | Annelies | Pieter
    Tussenvoegsel | - | van der | 
    Achternaam | lastName | Berg | Smit
    Relatie | - | Dochter | Zoon
    Telefoon | phone | 06-12345678 | 020-6123456
    Email | email | annelies.vdberg@example.nl | p.smit@example.nl
    Adres | address1 | Lindelaan 8 | Prinsengracht 512-3
    Postcode | postalCode | 3721 BC | 1017 KH
    Woonplaats | city | Bilthoven | Amsterdam
    Geboortedatum | dateOfBirth | 1968-04-02 | 1972-09-15
    BSN | - | 123456782 | 987654321
  `),
  set({ id: 'nl-abonnementen-niet-betaald', kind: 'magazine subscription list of members who have not paid (title and first name in one column, remark)', lang: 'nl', defaultCountry: 'NL', source: 'index:9903410071 (a subscription administration\'s non-payer export)' }, `
    titel_en_voornaam | firstName | Dhr. J. | Mevr. A.
    achternaam | lastName | de Vries | Jansen-Kok
    adres | address1 | Heerenstraat 4 | Zuidwal 19
    postcode | postalCode | 8011 ER | 8021 AB
    woonplaats | city | Zwolle | Zwolle
    opmerking | - | herinnering verstuurd | 
  `),
  set({ id: 'nl-contacten-app-export', kind: 'contacts app CSV export (prefix apart, phone, street, postcode, town, categories, notes)', lang: 'nl', defaultCountry: 'NL', source: 'index:25680367963 (a contacts app\'s CSV export service, Dart)' }, `
    Voornaam | firstName | Sanne | Koen
    Tussenvoegsel | - | | van
    Achternaam | lastName | Visser | Dijk
    Email | email | sanne.visser@example.nl | koen@vandijk.example.nl
    Telefoon | phone | +31 6 23456789 | 010-4123456
    Straat | address1 | Esdoornlaan 5 | Witte de Withstraat 88
    Postcode | postalCode | 2912 AB | 3012 BR
    Plaats | city | Nieuwerkerk a/d IJssel | Rotterdam
    Categorieën | tags | Familie | Werk; Klant
    Notities | - | | Kent Sanne via de tennisclub
  `),
  set({ id: 'nl-affiliate-leads-import', kind: 'affiliate lead import template (company, contact person, source code, trial start date)', lang: 'nl', defaultCountry: 'NL', source: 'index:69532032800 (an affiliate portal\'s lead import page)' }, `
    bedrijfsnaam | companyName | Schildersbedrijf Mulder | Kapsalon Noor
    contactpersoon | name | Tim Mulder | Noor el Amrani
    email | email | tim@schildersbedrijfmulder.example.nl | info@kapsalonnoor.example.nl
    telefoon | phone | 0612345678 | 0402123456
    bron | source | eigen_import | referral_klik
    trial_startdatum | - | 2026-06-01 | 2026-06-15
  `),
  set({ id: 'nl-facturatie-overstap-klanten', kind: 'invoicing software customer export read by a switch wizard (company, contact person, house number apart, chamber of commerce and VAT numbers)', lang: 'nl', defaultCountry: 'NL', source: 'index:61674575434 (an invoicing app\'s import test of another tool\'s export)' }, `
    Bedrijfsnaam | companyName | Installatiebedrijf Bos | Bloemisterij de Roos
    Contactpersoon | name | Gerrit Bos | Femke de Roos
    E-mailadres | email | gerrit@installatiebos.example.nl | femke@deroos.example.nl
    Adres | address1 | Industrieweg | Marktstraat
    Huisnummer | - | 27 | 3a
    Postcode | postalCode | 3881 LD | 7411 AJ
    Plaats | city | Putten | Deventer
    Land | country | Nederland | Nederland
    KvK-nummer | - | 87654321 | 12398745
    BTW-nummer | - | NL001234567B01 | NL009876543B02
    Telefoon | phone | 0341-123456 | 06-98765432
  `),
  set({ id: 'nl-atletiekbond-leden-export-wide', kind: 'athletics federation member export read by a club portal (47 columns: club and region, club and federation numbers, membership dates and reasons, prefix and initials apart, house number and suffix apart, country code, mobile and phone, two parents\' name, email and phone, direct-debit mandate, two form questions)', lang: 'nl', defaultCountry: 'NL', source: 'index:3657181366 (an athletics club portal\'s member sync test)' }, `
    Verenigingscode | - | AU1234 | AU1234
    Regio | - | Midden | Midden
    Naam vereniging | - | AV Phoenix | AV Phoenix
    Clubnummer | - | 412 | 413
    Bondsnummer | externalId | 7001234 | 7005678
    Club lidmaatschap type | - | Wedstrijdlid | Recreant
    Club lidmaatschap startdatum | - | 01/09/2021 | 15/01/2025
    Club lidmaatschap einddatum | - | |
    Club lidmaatschap opzegdatum | - | |
    Club lidmaatschap opzegreden | - | |
    Bond lidmaatschapstype | - | Wedstrijdlicentie | Basislid
    Bond lidmaatschap startdatum | - | 01/09/2021 | 15/01/2025
    Bond lidmaatschap einddatum | - | |
    Bond lidmaatschap opzegdatum | - | |
    Bond opzegreden | - | |
    Voornaam | firstName | Daan | Iris
    Tussenvoegsel | - | van den | 
    Achternaam | lastName | Heuvel | Kramer
    Initialen | - | D.J. | I.
    Geslacht | - | M | V
    Geboortedatum | dateOfBirth | 12/05/2009 | 03/11/1994
    Nationaliteit | - | NL | NL
    Straat | address1 | Kastanjelaan | Biltstraat
    Huisnummer | - | 22 | 140
    Huisnummer toevoeging | - | | bis
    Postcode | postalCode | 3544 AB | 3572 BM
    Stad | city | Utrecht | Utrecht
    Landcode | country | NL | NL
    Mobiel | additionalPhones | 0612345678 | 0687654321
    Telefoon | phone | 0301234567 |
    Email | email | daan.vdheuvel@example.nl | iris.kramer@example.nl
    Naam ouder 1 | - | Marieke van den Heuvel |
    Email ouder 1 | - | marieke@example.nl |
    Telefoon ouder 1 | - | 0611122233 |
    Naam ouder 2 | - | |
    Email ouder 2 | - | |
    Telefoon ouder 2 | - | |
    Incasso | - | Ja | Ja
    Naam bankrekening | - | M. van den Heuvel | I. Kramer
    IBAN | - | NL91ABNA0417164300 | NL20INGB0001234567
    BIC | - | ABNANL2A | INGBNL2A
    Mandaat ID | - | PHX-000412 | PHX-000413
    Mandaat datum | - | 01/09/2021 | 15/01/2025
    Contributie termijn | - | Kwartaal | Jaar
    VOG | - | Nee | Nee
    _Geef je toestemming om foto's van jou op onze social media te plaatsen? | - | Ja | Nee
    _Ben je student? | - | Nee | Ja
  `),
  set({ id: 'nl-personeel-salaris-lijst', kind: 'staff list with salaries (id, full name, birth date, one-line address with town, phone, salary)', lang: 'nl', defaultCountry: 'NL', source: 'index:69535209804 (a text viewer\'s CSV detection test)' }, `
    Id | externalId | 1 | 2
    Naam | name | Martijn Koster | Fatima Bouzid
    Geboortedatum | dateOfBirth | 1984-05-12 | 1991-11-23
    Adres | address1 | Vismarkt 8, Groningen | Oudegracht 201, Utrecht
    Telefoonnummer | phone | 06-23456789 | 06-34567890
    Salaris | - | 3450 | 2900
  `),
  set({ id: 'nl-signing-crm-klanten-template', kind: 'sign maker CRM customer import template (company, chamber of commerce and VAT numbers, turnover, account manager, status, dates, project and quote counts, contact persons in one cell)', lang: 'nl', defaultCountry: 'NL', source: 'index:53217761281 (a sign shop CRM\'s import template generator)' }, `
    bedrijfsnaam | companyName | Reclame Studio Vos | Bakkerij Meijer
    adres | address1 | Keizersgracht 100 | Dorpsstraat 12
    postcode | postalCode | 1015 AA | 1621 CD
    plaats | city | Amsterdam | Hoorn
    telefoon | phone | 020-1234567 | 0229-123456
    email | email | info@reclamestudiovos.example.nl | bestellen@bakkerijmeijer.example.nl
    kvk_nummer | - | 12345678 | 87654321
    btw_nummer | - | NL001234567B01 | NL008765432B01
    omzet_totaal | - | 85000.50 | 4200.00
    accountmanager | owner | Jan Bakker | Lisa de Wit
    status | - | actief | inactief
    klant_sinds | - | 2020-03-15 | 2023-09-01
    laatst_actief | - | 2026-02-01 | 2025-06-12
    aantal_projecten | - | 12 | 1
    aantal_offertes | - | 25 | 3
    offertes_akkoord | - | 8 | 1
    totaal_offertewaarde | - | 125000.00 | 6100.00
    contactpersonen | - | Piet Vos <piet@reclamestudiovos.example.nl> | Anja Meijer <anja@bakkerijmeijer.example.nl>; Kees Meijer
  `),
  set({ id: 'nl-hockeyclubs-adressenlijst', kind: 'hockey club address list rebuilt from a pasted directory (club name, street, postcode, town, phone, web, mail)', lang: 'nl', defaultCountry: 'NL', source: 'index:41139246175 (a club directory converter writing a semicolon CSV, PHP)' }, `
    naam | name | MHC De Waterlinie | HC Oranje-Zwart
    adres | address1 | Sportpark Oudenrijn 4 | Aalsterweg 299
    postcode | postalCode | 3454 PM | 5644 RL
    plaats | city | De Meern | Eindhoven
    telefoon | phone | 030-6661234 | 040-2111234
    web | website | www.mhcwaterlinie.example.nl | https://www.hcoz.example.nl
    mail | email | secretariaat@mhcwaterlinie.example.nl | info@hcoz.example.nl
  `),
  set({ id: 'nl-recruitment-event-kandidaten', kind: 'recruitment event candidate export (study, graduation date, what they look for, preferred office, start date, remarks)', lang: 'nl', defaultCountry: 'NL', source: 'index:6921870518 (a recruitment event app\'s Excel export service)' }, `
    Voornaam | firstName | Bas | Noor
    Achternaam | lastName | Willems | van Rijn
    E-mailadres | email | bas.willems@student.example.nl | noor.vanrijn@example.nl
    Telefoonnummer | phone | 06 12 34 56 78 | +31 6 87654321
    Studie | - | Technische Informatica | Bedrijfskunde
    Afstudeerdatum | - | 07-2026 | 01-2027
    Op zoek naar | - | Traineeship | Stage
    Kantoor | - | Rotterdam | Amstelveen
    Per wanneer | - | September 2026 | Februari 2027
    Opmerkingen | - | Interesse in security | 
  `),
  set({ id: 'nl-verhuizer-offerteaanvragen-export', kind: 'removal company quote requests export (the from-address group first, then the to-address group, moving type and date, remarks, status, received)', lang: 'nl', defaultCountry: 'NL', source: 'index:53365674410 (a removal company\'s admin page export)' }, `
    Voornaam | firstName | Eline | Hakan
    Achternaam | lastName | Smits | Demir
    Email | email | eline.smits@example.nl | hakan.demir@example.nl
    Telefoon | phone | 06-11223344 | 010-2345678
    Van Adres | address1 | Julianastraat 14 | Beijerlandselaan 77b
    Van Postcode | postalCode | 5611 HC | 3074 EG
    Van Stad | city | Eindhoven | Rotterdam
    Naar Adres | - | Hoogstraat 3 | Kralingse Plaslaan 20
    Naar Postcode | - | 5615 PA | 3061 BA
    Naar Stad | - | Eindhoven | Rotterdam
    Type | - | Particulier | Zakelijk
    Verhuisdatum | - | 2026-07-01 | 2026-06-15
    Opmerkingen | - | Piano mee | Lift aanwezig
    Status | - | nieuw | offerte verstuurd
    Ontvangen | - | 2026-05-20 14:02 | 2026-05-18 09:40
  `),
  // ----------------------------------------------------------------------------------------------------- Mixed
  set({ id: 'mixed-ch-erp-partner-export-technical', kind: 'ERP contact export described in a Swiss German how-to (English technical field names, Swiss values: second street line, misspelt zip column, VAT number, company flag, bank columns)', lang: 'mixed', defaultCountry: 'CH', source: 'index:20228755653 (an ERP how-to page on exporting contacts)' }, `
    name | name | Muster Treuhand AG | Andrea Keller
    street | address1 | Bahnhofplatz 4 | Seestrasse 118
    street2 | - | Postfach | 
    city | city | Luzern | Küsnacht
    cip | postalCode | 6002 | 8700
    country | country | Schweiz | Schweiz
    vat | - | CHE-123.456.789 MWST |
    phone | phone | +41 41 210 12 34 | 044 910 22 33
    mobile | additionalPhones | | +41 79 123 45 67
    email | email | info@muster-treuhand.example.ch | andrea.keller@example.ch
    website | website | https://www.muster-treuhand.example.ch |
    is_company | - | True | False
    bank_ids | - | CH93 0076 2011 6238 5295 7 |
    bank_ids/bank_id | - | Luzerner Kantonalbank |
  `),
  set({ id: 'mixed-nl-webshop-fulfilment-orders-wide', kind: 'webshop fulfilment order rows (English field names, Dutch orders: order and shipping dates, carrier and track-and-trace, the customer\'s name, the shipping address with house number and addition apart, email, phone, product lines)', lang: 'mixed', defaultCountry: 'NL', source: 'github:apixcel/telegraaf-webshop-backend src/app/interface/order.interface.ts (the CSV order row)' }, `
    orderId | - | TG-100234 | TG-100235
    orderDate | - | 2026-05-02 | 2026-05-02
    shippingDate | - | 2026-05-04 | 2026-05-05
    qtyShipped | - | 1 | 2
    shipper | - | PostNL | DHL
    trackAndTraceCode | - | 3SABCD1234567 | JVGL0123456789
    trackAndTraceUrl | - | https://jouw.postnl.nl/track-and-trace/3SABCD1234567 | https://www.dhl.nl/track?tc=JVGL0123456789
    customerFirstname | firstName | Ingrid | Ruud
    customerLastname | lastName | de Boer | Hoekstra
    shippingAddressStreet | - | Noorderhaven | Laan van Meerdervoort
    shippingAddressNumber | - | 17 | 402
    shippingAddressNumberAddition | - | | B
    shippingAddressPostcode | - | 9712 VG | 2563 BG
    shippingAddressCity | - | Groningen | Den Haag
    shippingAddressCountry | - | NL | NL
    customerEmail | email | ingrid.deboer@example.nl | r.hoekstra@example.nl
    telephone | phone | 06-12345678 | 070-3456789
    sku | - | BOEK-2026-014 | PUZ-0932
    quantity | - | 1 | 2
    EAN | - | 9789012345678 | 8712345678901
    costPrice | - | 24.95 | 9.99
    name | - | Het Grote Puzzelboek 2026 | Kruiswoordpuzzel Deluxe
    expectedShippingDate | - | 2026-05-04 | 2026-05-05
  `),
  set({ id: 'mixed-de-kursbuchungen-rechnungsexport', kind: 'course marketplace order export read by an invoice tool (German and English headers: order number and date, the customer\'s salutation and billing name and address as the only address, the course provider\'s billing block, product id and name, participant, net and gross prices, tax rate)', lang: 'mixed', defaultCountry: 'DE', source: 'index:26197986046 (an invoice generator reading a course booking export, React)' }, `
    Bestellnummer | - | 100482 | 100483
    Bestelldatum | - | 2026-03-14 09:12:44 | 2026-03-15 18:03:10
    Kunde Anrede | - | mrs | mr
    Kunde Rechnungsadresse Vorname | firstName | Sandra | Felix
    Kunde Rechnungsadresse Nachname | lastName | Kühn | Brandt
    Kunde Rechnungsadresse Strasse | address1 | Rosenstraße | Am Wall
    Kunde Rechnungsadresse Hausnummer | - | 7 | 112a
    Kunde Rechnungsadresse PLZ | postalCode | 28195 | 28195
    Kunde Rechnungsadresse Ort | city | Bremen | Bremen
    Anbieter Rechnungsadresse Firma | - | Schwimmschule Delfin GmbH | Schwimmschule Delfin GmbH
    Anbieter Rechnungsadresse Vorname | - | Marco | Marco
    Anbieter Rechnungsadresse Nachname | - | Lenz | Lenz
    Anbieter Rechnungsadresse Strasse | - | Hafenstraße | Hafenstraße
    Anbieter Rechnungsadresse Hausnummer | - | 2 | 2
    Anbieter Rechnungsadresse PLZ | - | 28217 | 28217
    Anbieter Rechnungsadresse Ort | - | Bremen | Bremen
    Order Position Produkt ID | - | 5531 | 5531
    Bestellung Position Name | - | Seepferdchen-Kurs Frühjahr | Seepferdchen-Kurs Frühjahr
    Teilnehmer Name | - | Mia Kühn | Leon Brandt
    Bestellung Position Retail Preis Netto | - | 126,05 | 126,05
    Bestellung Position Retail Preis Brutto | - | 150,00 | 150,00
    Produkt Steuer Satz | - | 19 | 19
  `),
];
