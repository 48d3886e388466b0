// The thirty-fifth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German,
// Dutch and mixed-language files; the other half holds the other languages): 59 header sets (446 columns, 243 of
// them expected to map; 35 English, 11 German, 7 Dutch, 6 mixed; 2 files without a header row, 4 with lines above
// it (a quiz report's title lines, a rank list's merged title, a coach's title and blank rows, a museum's count
// line); 1 set of 28 columns, the others of 2 to 16) of the lists people keep in Google Sheets
// and Excel before importing them: Apps Script projects that build or read a contacts, leads or sign-up sheet
// (header arrays in .gs and .js files), mail-merge sheets, volunteer and sign-up sheets, wedding and event guest
// lists, sales prospect and cold-calling lists, real-estate and recruiting leads, Google Forms responses, and their
// German and Dutch equivalents (Adressliste, Gästeliste, Helferliste, Kundenliste; adreslijst, gastenlijst,
// vrijwilligers, klantenlijst). The header rows were found with the public code index's exact-string and meaning
// searches and written down, with the mapping a careful person would choose by the field definitions and the
// issue's rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper.
// "github:owner/repo path" names the file the header text was read from; "index:<id>" names a file of the public code
// index whose repository the index did not give; the kind says what the file is. Sample values are made up in the
// shape of each file's own (no personal data or example rows from the sources are copied). Leading spaces of a
// header cell cannot be written in the table and would be left out (none of these headers has one). Wide files are kept to
// their first columns, stopping at a column boundary. No set's headers repeat an older part's (each was compared
// lower-cased).
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
// From the fifteenth part's first half, kept here:
// - A Dutch "tussenvoegsel" (van, de, van der) in a column of its own is not imported (the last name column is still
//   the Last name); initials ("Voorletters") alone are the First name, the only given-name column the file has.
// Where these are still silent, a set says in a comment what was chosen and why.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout35' }, table);

export const HELDOUT35A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-apps-script-sheet-to-contacts-three-columns', kind: 'Apps Script sample\'s contacts sheet (the columns a script reads to create contacts)', lang: 'en', source: 'github:googleworkspace/apps-script-samples mashups/sheets2contacts.gs (the sheet the script reads, its columns named in its comment)' }, `
    First Name | firstName | Dorothy | Imran | Beatriz
    Last Name | lastName | Kessler | Qureshi | Lago
    Email | email | dorothy.kessler@example.com | imran.q@example.net | bea.lago@example.org
  `),
  set({ id: 'en-apps-script-chatbot-leads-event-page', kind: 'website chatbot\'s leads sheet built by an Apps Script web app', lang: 'en', source: 'index:62660893710 (an Apps Script logging chatbot leads to a "Leads" sheet)' }, `
    # "Page" is the page of the site the visitor was on when leaving the details: the landing page a lead came
    # through, so the Source. "Event" is the event the visitor asked about, not a contact field.
    Timestamp | - | 2024-05-02T14:21:09.412Z | 2024-05-03T08:02:51.007Z | 2024-05-03T19:45:30.250Z
    Name | name | Carla Montes | Devon Pike | Yusuf Aksoy
    Email | email | carla.montes@example.com | devon.pike@example.net | yusuf.aksoy@example.org
    Event | - | Spring Gala | Charity Run | Spring Gala
    Page | source | /events/spring-gala | /charity-run | /
  `),
  set({ id: 'en-apps-script-realtor-site-leads', kind: 'real-estate agent site\'s leads sheet filled by an Apps Script web app', lang: 'en', source: 'index:35160691485 (an Apps Script doPost writing website leads to a "Leads" sheet)' }, `
    # What the lead is interested in (buying, selling) and the message are about the enquiry, not the contact.
    Timestamp | - | 2024-03-11T16:04:22.118Z | 2024-03-12T09:40:03.551Z | 2024-03-12T21:17:45.902Z
    Name | name | Gloria Tran | Wes Holloway | Nadia Petrova
    Email | email | gloria.tran@example.com | wes.holloway@example.net | nadia.p@example.org
    Phone | phone | 555-0142 | (555) 018-2290 | 555 013 7781
    Interest | - | Buying | Selling | Renting
    Message | - | Looking for a 3-bed near schools | Want a valuation before June | ""
  `),
  set({ id: 'en-apps-script-certificate-log-city', kind: 'course certificate mailer\'s log sheet (Apps Script)', lang: 'en', source: 'index:57484849620 (an Apps Script that emails certificates and logs each one to a sheet)', defaultCountry: 'IN' }, `
    timestamp | - | 2024-08-14 10:22:31 | 2024-08-14 11:05:12 | 2024-08-15 09:47:58
    name | name | Ananya Rao | Vikram Sethi | Meera Pillai
    email | email | ananya.rao@example.com | vikram.sethi@example.in | meera.p@example.org
    city | city | Pune | Jaipur | Kochi
  `),
  set({ id: 'en-apps-script-contact-form-status', kind: 'website contact form\'s messages sheet (Apps Script)', lang: 'en', source: 'index:45729447240 (an Apps Script handling newsletter and contact form posts)' }, `
    # The subject, the message and the handling status of the message are not contact fields.
    Timestamp | - | 2024-02-01T12:00:41.000Z | 2024-02-02T07:31:10.000Z | 2024-02-02T18:12:55.000Z
    Name | name | Rosa Lindqvist | Theo Grant | Amaka Obi
    Email | email | rosa.lindqvist@example.com | theo.grant@example.net | amaka.obi@example.org
    Subject | - | Partnership | Question about pricing | Feedback
    Message | - | Could we talk next week? | Do you offer a student plan? | Love the new site
    Status | - | New | Replied | New
  `),
  set({ id: 'en-apps-script-welcome-mail-log', kind: 'welcome-email sender\'s log sheet (Apps Script mail merge)', lang: 'en', source: 'index:13748795491 (an Apps Script that sends a welcome email and logs it to a sheet)' }, `
    Timestamp | - | 3/4/2024 10:15:02 | 3/4/2024 13:40:27 | 3/5/2024 08:03:19
    Name | name | Jonah Fields | Priscila Duarte | Kenji Mori
    Email | email | jonah.fields@example.com | priscila.duarte@example.net | kenji.mori@example.org
    Email Sent | - | YES | YES | NO
    Status | - | Sent | Sent | Error
    Notes | - | "" | "" | Mailbox full
  `),
  set({ id: 'en-apps-script-applications-portfolio', kind: 'job or programme applications sheet filled by an Apps Script web app', lang: 'en', source: 'index:67500638625 (an Apps Script storing applications with a portfolio and a resume link)' }, `
    # "Company" is the applicant's own company (a required field of the form): the Company name. The portfolio is
    # the applicant's own site, the Website; the resume link is a document, not imported.
    Timestamp | - | 2024-06-03 09:12:44 | 2024-06-03 15:30:02 | 2024-06-04 11:47:19
    Name | name | Lena Whitaker | Omar Haddad | Sunny Park
    Email | email | lena@whitaker.example | omar.haddad@example.net | sunny.park@example.com
    Company | companyName | Whitaker Studio | Brightline Labs | Freelance
    Portfolio | website | https://whitaker.example | https://omarhaddad.example/work | https://sunnypark.example
    Resume | - | https://drive.example/r/abc123 | https://drive.example/r/def456 | ""
  `),
  set({ id: 'en-apps-script-agency-questionnaire', kind: 'marketing agency\'s client questionnaire sheet (Apps Script web form)', lang: 'en', source: 'index:52523539771 (an Apps Script routing consultation and questionnaire forms to sheets)' }, `
    # The prospect's business is named first and its contact person further on: the business name is the Company
    # name, the full name the Name. The business's website is the only site the row has: the Website. Revenue,
    # budget, goals and the rest describe the project, not the contact.
    Timestamp | - | 2024-09-10T10:02:11.000Z | 2024-09-11T14:45:38.000Z | 2024-09-12T08:19:06.000Z
    Business Name | companyName | Maple Street Bakery | Harbor Dental Care | Nordic Bikes
    Industry | - | Food & Beverage | Healthcare | Retail
    Website | website | maplestreetbakery.example | harbordental.example | nordicbikes.example
    Revenue | - | $250k-$500k | $1M-$5M | $500k-$1M
    Ad Budget | - | $1,000/mo | $5,000/mo | $2,500/mo
    Goals | - | More foot traffic | New patients | Online sales
    Channels | - | Instagram, Google | Google | Meta, Google
    Challenge | - | Low reach | High cost per lead | Seasonal dips
    Audience | - | Locals 25-45 | Families | Commuters
    Timeline | - | ASAP | Next quarter | 1-2 months
    Prev Agency | - | No | Yes | No
    Full Name | name | Holly Bennett | Dr. Sam Okafor | Erik Lund
    Email | email | holly@maplestreetbakery.example | sam@harbordental.example | erik@nordicbikes.example
    Phone | phone | (503) 555-0191 | (503) 555-0127 | (503) 555-0164
    Notes | - | Prefers calls after 3pm | "" | Has a new shop opening
  `),
  set({ id: 'en-apps-script-signup-lang-source', kind: 'landing page sign-up sheet written by an Apps Script web app', lang: 'en', source: 'index:55664097916 (an Apps Script storing sign-ups with their language and source)' }, `
    # "lang" is the language of the page the person signed up on, not a contact field; "source" is the Source.
    timestamp | - | 2024-04-22T09:10:33.120Z | 2024-04-22T12:44:05.871Z | 2024-04-23T17:02:49.336Z
    name | name | Ines Carvalho | Marek Nowak | Tess O'Brien
    email | email | ines.c@example.com | marek.nowak@example.net | tess.obrien@example.org
    phone | phone | +351 912 345 678 | +48 601 234 567 | +353 87 123 4567
    lang | - | pt | pl | en
    source | source | instagram | google | newsletter
  `),
  set({ id: 'en-apps-script-investor-subscribers', kind: 'property investment newsletter\'s subscriber sheet (Apps Script)', lang: 'en', source: 'index:70566545956 (an Apps Script keeping a real-estate deal-alert subscriber list)' }, `
    # Strategy, budget and areas are what the subscriber wants to hear about; the consent flag, the token and the
    # status are not contact fields. "Source" is the Source.
    Timestamp | - | 2024-07-01 08:31:12 | 2024-07-02 19:04:55 | 2024-07-03 12:15:40
    Name | name | Darius Cole | Fiona Marsh | Luis Ortega
    Email | email | darius.cole@example.com | fiona.marsh@example.net | luis.ortega@example.org
    Phone | phone | 214-555-0133 | 214-555-0178 | ""
    Strategy | - | Buy and hold | Flip | BRRRR
    BudgetMin | - | 150000 | 80000 | 200000
    BudgetMax | - | 250000 | 140000 | 350000
    Areas | - | Dallas, Plano | Fort Worth | Dallas
    Consent | - | TRUE | TRUE | TRUE
    Token | - | a81f3c9e | 5d02b7aa | c94e61f0
    Status | - | active | active | unsubscribed
    Source | source | website | facebook-ad | website
  `),
  set({ id: 'en-wedding-guest-list-plus-one-csv', kind: 'wedding planner app\'s guest list CSV export', lang: 'en', source: 'index:55621805222 (a wedding planner page exporting the guest list as CSV)' }, `
    # The guest is the contact; the plus-one's name is another person's, not imported. "Group" (family, friends,
    # work) is a group the guest belongs to: Tags. RSVP, diet and table are about the wedding.
    Name | name | Harriet Lowe | Benji Sato | Clara Nunez
    Email | email | harriet.lowe@example.com | benji.sato@example.net | clara.n@example.org
    Phone | phone | 555-0110 | 555-0163 | ""
    RSVP | - | yes | pending | no
    Plus One | - | Yes | No | No
    Plus One Name | - | Tom Lowe | "" | ""
    Dietary Restrictions | - | Vegetarian | "" | Gluten free
    Group | tags | Family | Friends | Work
    Table Number | - | 4 | "" | ""
    Notes | - | Bride's aunt | "" | ""
  `),
  set({ id: 'en-event-registrations-form-sheet-volunteer', kind: 'community event\'s Google Forms registrations sheet (the standard source-sheet headers an importer reads)', lang: 'en', source: 'index:58288027897 (an event registrations importer\'s header detection test)', defaultCountry: 'IN' }, `
    # The participant is the contact: the WhatsApp number is the only phone. The category of the registration is a
    # group the participant is filed under: Tags. The volunteer who registered the participant is another person
    # (a helper of the event, not a user of the account): not imported.
    Timestamp | - | 12/01/2024 18:22:10 | 12/01/2024 19:03:47 | 13/01/2024 09:15:02
    Email | email | kavya.n@example.com | rohit.sharma@example.in | fatima.k@example.org
    Participant Name | name | Kavya Nair | Rohit Sharma | Fatima Khan
    WhatsApp | phone | 98450 12345 | 99000 54321 | 97411 22334
    No. of Attendees | - | 2 | 1 | 4
    Category | tags | Family | Student | Family
    Volunteer Name | - | Arjun Menon | Arjun Menon | Divya Iyer
    Volunteer Email | - | arjun.m@example.com | arjun.m@example.com | divya.i@example.com
  `),
  set({ id: 'en-volunteer-attendance-export', kind: 'volunteer shift scheduler\'s attendance CSV export', lang: 'en', source: 'index:24242863222 (a volunteer scheduling API exporting attendance as CSV)' }, `
    Volunteer Name | name | Greta Lindholm | Marcus Bell | Asha Patel
    Email | email | greta.l@example.com | marcus.bell@example.net | asha.patel@example.org
    Role | - | Greeter | Kitchen | Setup crew
    Shift Date | - | 2024-10-05 | 2024-10-05 | 2024-10-06
    Status | - | completed | no_show | completed
    Hours Worked | - | 4 | 0 | 3.5
  `),
  set({ id: 'en-volunteer-roster-skills-export', kind: 'NGO project tool\'s volunteer roster export', lang: 'en', source: 'index:4490741197 (a volunteer management page\'s export fields)' }, `
    # "Location" is a free-form place ("Nairobi, Kenya", "Remote"): not imported. Skills and availability are what
    # the volunteer offers, not contact fields.
    Volunteer Name | name | Wanjiru Kamau | Tomás Ferreira | Lily Chen
    Email | email | wanjiru.k@example.com | tomas.f@example.net | lily.chen@example.org
    Phone | phone | +254 712 345 678 | +351 913 456 789 | +1 415 555 0186
    Location | - | Nairobi, Kenya | Remote | San Francisco, CA
    Skills | - | Teaching | Design | Fundraising
    Availability | - | Weekends | Evenings | Flexible
  `),
  set({ id: 'en-recruiting-candidate-search-results', kind: 'recruitment site\'s candidate search results CSV export', lang: 'en', source: 'index:5061498321 (a job site exporting candidate search results to CSV)', defaultCountry: 'ZA' }, `
    # "Contact Number" joins the home and mobile numbers with their kinds in brackets; it is the person's phone.
    # The province is the State, the city the City.
    Candidate Name | name | Thandi Mokoena | Pieter van Wyk | Ayesha Patel
    Email | email | thandi.m@example.co.za | pieter.vw@example.com | ayesha.p@example.co.za
    Contact Number | phone | 011 555 0192 (Home) 082 555 0147 (Mobile) | 083 555 0121 (Mobile) | 031 555 0176 (Home)
    Candidate Province | state | Gauteng | Western Cape | KwaZulu-Natal
    Candidate City | city | Johannesburg | Stellenbosch | Durban
    Gender | - | Female | Male | Female
  `),
  set({ id: 'en-quiz-report-candidates-title-lines', kind: 'hiring quiz platform\'s performance report CSV (report title and quiz lines above the header)', lang: 'en', source: 'index:67256021505 (a quiz API writing a candidate report with lines above the table)', defaultCountry: 'IN',
    above: [['Quiz Performance Report', '', '', '', '', '', ''], ['Quiz Title', 'Frontend Basics', '', '', '', '', ''], ['Duration', '30 minutes', '', '', '', '', ''], ['Exported At', '14/3/2025, 10:42:07 am', '', '', '', '', ''], ['', '', '', '', '', '', '']] }, `
    Candidate Name | name | Sneha Kulkarni | Aditya Verma | Pooja Reddy
    Email | email | sneha.k@example.com | aditya.v@example.in | pooja.r@example.org
    Mobile Number | phone | 9876012345 | 9123405678 | 9988701234
    Score | - | 18 | 12 | 22
    Percentage (%) | - | 72.00 | 48.00 | 88.00
    Submitted At | - | 14/3/2025, 9:58:41 am | 14/3/2025, 10:05:13 am | 14/3/2025, 10:11:50 am
    Status | - | PASSED | FAILED | PASSED
  `),
  set({ id: 'en-ai-screening-rank-list-title-row', kind: 'AI résumé screener\'s rank list workbook (a merged title row above the header)', lang: 'en', source: 'index:55647275293 (a Python report writer building a rank list with openpyxl)', defaultCountry: 'IN',
    above: [['RecruitAI — Rank List  |  Backend Developer  |  Generated: 02-Feb-2025 16:20', '', '', '', '', '', '', '', '', '', '', '', '', '', '']] }, `
    # A GitHub profile is a link that is not the person's site: not imported. Scores, skills and the model are the
    # screening's.
    Rank | - | 1 | 2 | 3
    Candidate Name | name | Nikhil Joshi | Farah Siddiqui | Karan Malhotra
    Email | email | nikhil.j@example.com | farah.s@example.in | karan.m@example.org
    Job Role | - | Backend Developer | Backend Developer | Backend Developer
    AI Score | - | 87 | 81 | 64
    Status | - | Shortlisted | Shortlisted | On Hold
    Confidence % | - | 92 | 85 | 70
    Exp (Yrs) | - | 4 | 3 | 1
    Education | - | B.Tech CSE | MCA | B.Sc IT
    GitHub | - | https://github.example/nikhilj | "" | https://github.example/karanm
    Certifications | - | AWS CCP | "" | ""
    Matched Skills | - | Python, Django, SQL | Java, Spring | Python
    Missing Skills | - | Kubernetes | Docker | Django, SQL
    AI Model | - | llama3-70b | llama3-70b | llama3-70b
    Screened At | - | 02-Feb-2025 16:12 | 02-Feb-2025 16:13 | 02-Feb-2025 16:15
  `),
  set({ id: 'en-prescreen-bot-applications-export', kind: 'recruiting chatbot\'s applications Excel export (documented header)', lang: 'en', source: 'index:23629633297 (a pre-screening bot\'s documentation of its Excel export header)', defaultCountry: 'IN' }, `
    # The application id is the row's own number, not imported. "Current Location" is a free-form place, not
    # imported; pay, notice period, skills and the screening columns are about the application.
    Application ID | - | APP-20250114-0007 | APP-20250114-0008 | APP-20250115-0001
    Candidate Name | name | Rahul Deshmukh | Sana Sheikh | Vivek Narayan
    Email | email | rahul.d@example.com | sana.sheikh@example.in | vivek.n@example.org
    Phone | phone | +91 98201 23456 | +91 99670 65432 | +91 90040 11223
    Total Experience | - | 5 years | 2.5 years | 8 years
    Current CTC (LPA) | - | 12 | 6.5 | 24
    Expected CTC (LPA) | - | 16 | 9 | 30
    Notice Period | - | 30 days | Immediate | 60 days
    Current Location | - | Mumbai | Pune | Bengaluru
    Preferred Location | - | Mumbai | Remote | Bengaluru
    Skills | - | Java, Spring Boot | React, Node.js | Go, Kafka
    JD Match Score | - | 78 | 65 | 91
    Must-Have-Failed | - | "" | Java | ""
    PreScreen_Summary_JSON | - | {"fit":"good"} | {"fit":"partial"} | {"fit":"strong"}
    Recruiter Notes | - | Call Friday | "" | Priority
    Submitted At | - | 2025-01-14 11:02 | 2025-01-14 15:40 | 2025-01-15 09:18
  `),
  set({ id: 'en-hoa-owner-roster-grid', kind: 'homeowners association\'s owner roster sheet (an importer test grid)', lang: 'en', source: 'index:69254006227 (a roster parser\'s tests, JavaScript)' }, `
    # The owner is the contact and the property address is where the owner is a member: the Street address.
    Property Address | address1 | 14 Orchard Ln | 22 Orchard Ln | 9 Birch Ct
    Owner Name | name | Maureen Kelly | Ravi & Anita Shah | Birchwood Holdings, LLC
    Email | email | mkelly@example.com | shah.family@example.net | office@birchwood.example
  `),
  set({ id: 'en-tax-sale-properties-export', kind: 'county tax office\'s sheriff sale property list CSV export', lang: 'en', source: 'index:58243885865 (a tax sale app\'s sheriff export, PHP)' }, `
    # The owner is the only person in the row: the Name, with the property address as the Street address. The
    # sheriff file number, parcel id, tax year, amount due and legal description are about the property.
    Sheriff File # | - | SF-2024-0117 | SF-2024-0118 | SF-2024-0121
    Parcel ID | - | 14-032-118 | 14-032-207 | 15-101-044
    Property Address | address1 | 418 Walnut St | 1202 River Rd | 77 Quarry Ln
    Owner Name | name | Dale R Whitcomb | Estate of Lois Parker | Summit Rentals LLC
    Tax Year | - | 2022 | 2021 | 2022
    Total Due | - | 3418.22 | 5120.90 | 2270.15
    Legal Description | - | LOT 12 BLK 4 OAKVIEW ADD | PT NW 1/4 SEC 22 | LOT 3 QUARRY HILLS
  `),
  set({ id: 'en-wholesaler-seller-leads-template', kind: 'real-estate investor\'s motivated-seller leads upload template (CSV download)', lang: 'en', source: 'index:49091907423 (a leads uploader page\'s template download, React)' }, `
    # "Property Address" is one cell with street, city, state and ZIP: the Street address. "Additional Info" is a
    # note about the lead.
    Property Address | address1 | 310 Elm Ave, Akron, OH 44303 | 52 Cedar Dr, Canton, OH 44705 | 9 Lake Rd, Kent, OH 44240
    Owner Name | name | Gary Miller | Denise Holt | Roberto Vance
    Phone Number | phone | (330) 555-0162 | (330) 555-0119 | (330) 555-0187
    Email | email | gmiller@example.com | denise.holt@example.net | ""
    Additional Info | - | Inherited, vacant | Behind on taxes | Tired landlord
  `),
  set({ id: 'en-absentee-owner-list-mailing', kind: 'real-estate absentee-owner mailing list CSV (a list processor\'s test data)', lang: 'en', source: 'index:21002630890 (a mailing list processor\'s CSV tests, Python)' }, `
    # The owner's own mailing address is the contact's address, with the city, state and ZIP that follow it; the
    # property's address is where the owner does not live: not imported.
    Property Address | - | 118 Pine St | 4020 Maple Ave | 77 Grove Rd
    Owner Name | name | Janet Ruiz | Harold Becker | Kim Nguyen
    Owner Address | address1 | 55 Harbor View Dr | PO Box 812 | 1900 Sunset Blvd Apt 4
    City | city | San Diego | Flagstaff | Los Angeles
    State | state | CA | AZ | CA
    Zip | postalCode | 92101 | 86002 | 90026
  `),
  set({ id: 'en-maps-leads-csv-rating-reviews', kind: 'local-business lead finder\'s CSV export (roofers, contractors)', lang: 'en', source: 'index:56911529621 (a lead finder\'s demo data and CSV writer, TypeScript)' }, `
    # The rows are businesses: the business name is the Company name, its phone, website and one-cell address the
    # contact's. Ratings and review counts are not contact fields.
    Business Name | companyName | Lone Star Roofing Co | Capital City Gutters | Hill Country Solar
    Phone | phone | (512) 555-0133 | (512) 555-0176 | (512) 555-0109
    Website | website | lonestarroofing.example | capitalgutters.example | hcsolar.example
    Rating | - | 4.7 | 4.5 | 4.9
    Reviews | - | 188 | 92 | 310
    Address | address1 | 7801 N Lamar Blvd, Austin, TX | 2100 S Congress Ave, Austin, TX | 600 W 28th St, Austin, TX
  `),
  set({ id: 'en-maps-scraper-job-leads-download', kind: 'map-listing scraper\'s job leads CSV download', lang: 'en', source: 'index:66838877428 (a scraper dashboard\'s CSV download, React)' }, `
    # As in other map-listing lead files: the business name is the Company name. The category the listing is
    # filed under is Tags; the Maps URL is a link that is not the business's site.
    Business Name | companyName | Sunrise Dental Studio | Bayside Physio | Green Leaf Cafe
    Phone | phone | +61 2 5550 1234 | +61 2 5550 8765 | +61 2 5550 4433
    Website | website | https://sunrisedental.example | https://baysidephysio.example | ""
    Category | tags | Dentist | Physiotherapist | Cafe
    Rating | - | 4.8 | 4.6 | 4.3
    Reviews | - | 214 | 87 | 402
    Address | address1 | 12 Beach Rd, Manly NSW 2095 | 3/45 Pittwater Rd, Dee Why NSW 2099 | 88 The Corso, Manly NSW 2095
    Maps URL | - | https://maps.example/?cid=1012 | https://maps.example/?cid=2044 | https://maps.example/?cid=3071
  `),
  set({ id: 'en-email-finder-job-business-leads', kind: 'lead enrichment tool\'s uploaded business list (integration test columns)', lang: 'en', source: 'index:61237471764 (a lead enrichment service\'s integration tests, Python)', defaultCountry: 'GB' }, `
    Business Name | companyName | Brightwater Plumbing | Oakfield Electrical | Northgate Joinery
    Phone | phone | 0161 555 0142 | 0113 555 0198 | 0191 555 0127
    Website | website | brightwaterplumbing.example | oakfield-electrical.example | ""
    City | city | Manchester | Leeds | Newcastle
    Country | country | United Kingdom | United Kingdom | United Kingdom
  `),
  set({ id: 'en-lead-import-optional-email-city', kind: 'outreach tool\'s lead import CSV with optional fields (importer test)', lang: 'en', source: 'index:70545209680 (a lead importer\'s tests, Python)' }, `
    Business Name | companyName | Lakeside Auto Repair | Parkway Florist | Metro Tax Services
    Phone | phone | +12145550134 | +12145550189 | +12145550152
    Website | website | lakesideauto.example | parkwayflorist.example | metrotax.example
    City | city | Dallas | Plano | Irving
    Email | email | service@lakesideauto.example | orders@parkwayflorist.example | ""
  `),
  set({ id: 'en-directory-scrape-three-columns', kind: 'business directory scraper\'s leads CSV (three columns)', lang: 'en', source: 'index:55198168879 (a Python scraper saving leads with csv.DictWriter)' }, `
    Business Name | companyName | Riverside Veterinary Clinic | Pine Hill Bakery | Summit Yoga
    Phone | phone | (208) 555-0113 | (208) 555-0168 | ""
    Website | website | https://riversidevet.example | "" | https://summityoga.example
  `),
  set({ id: 'en-outreach-leads-public-emails-score', kind: 'cold-outreach lead builder\'s CSV export (public emails, contact form, score)', lang: 'en', source: 'index:55020732915 (a lead builder\'s export headers, TypeScript)' }, `
    # "Public Emails" lists the addresses found on the business's site, joined with "; ": the first is the Email
    # (the field takes the column whole). The contact form and the Maps links are not the business's site;
    # "City/State" is one cell ("Tampa, FL"): the City. Rating, reviews and the lead score are not contact fields.
    Business Name | companyName | Gulf Coast HVAC | Bayshore Pet Grooming | Palm Ave Chiropractic
    Phone | phone | (813) 555-0147 | (813) 555-0120 | (813) 555-0193
    Website | website | https://gulfcoasthvac.example | https://bayshorepets.example | https://palmchiro.example
    Public Emails | email | info@gulfcoasthvac.example; service@gulfcoasthvac.example | hello@bayshorepets.example | ""
    Contact Form URL | - | https://gulfcoasthvac.example/contact | "" | https://palmchiro.example/book
    Address | address1 | 4102 W Kennedy Blvd | 2810 Bayshore Blvd | 915 Palm Ave
    City/State | city | Tampa, FL | Tampa, FL | Tampa, FL
    Google Maps URL | - | https://maps.example/?cid=5510 | https://maps.example/?cid=5523 | https://maps.example/?cid=5571
    Rating | - | 4.6 | 4.9 | 4.4
    Review Count | - | 132 | 58 | 77
    Lead Score | - | 82 | 64 | 71
  `),
  set({ id: 'en-employer-database-suburb-industry', kind: 'recruitment agency\'s employer prospect database table (Australian suburbs)', lang: 'en', source: 'index:57464358492 (a Dash app\'s employer table columns, Python)', defaultCountry: 'AU' }, `
    # The rows are employers to call: the business name is the Company name; the suburb is the town, the City. The
    # industry of a company is never a contact field.
    Business Name | companyName | Keystone Logistics | Harbourside Aged Care | Ridge Civil Works
    Phone | phone | (02) 5550 1188 | (02) 5550 2277 | 0412 555 019
    Website | website | keystonelogistics.example | harbourside.example | ""
    Suburb | city | Wetherill Park | Cronulla | Penrith
    Industry | - | Transport | Health Care | Construction
  `),
  set({ id: 'en-odoo-migration-contacts-no-header', kind: 'legacy system\'s contacts CSV without a header row (a data migration tool\'s documented example)', lang: 'en', source: 'index:23237768604 (a data migration library\'s guide reading origin/contacts_no_header.csv)', noHeader: true }, `
    # The guide gives the file's columns as LegacyID, FirstName, LastName, Email: the legacy id is another
    # system's id of the person, the External ID.
    "" | externalId | C-1001 | C-1002 | C-1003
    "" | firstName | Walter | Ines | Bo
    "" | lastName | Grimes | Sandoval | Larsen
    "" | email | wgrimes@example.com | ines.sandoval@example.net | bo.larsen@example.org
  `),
  set({ id: 'en-whatsapp-broadcast-numbers-no-header', kind: 'WhatsApp broadcast tool\'s contacts upload without a header row (number, name)', lang: 'en', source: 'index:61183097050 (a broadcast tool\'s contact parser tests, Python)', defaultCountry: 'IN', noHeader: true }, `
    "" | phone | 9000012345 | 9811122233 | 9922233344
    "" | name | Priya | Mohan Stores | Farhan
  `),
  set({ id: 'en-coaching-client-list-title-blank-row', kind: 'personal trainer\'s client list workbook (a title line and a blank row above the header)', lang: 'en', source: 'index:70756662096 (a workbook reader\'s tests on a coach\'s client list fixture)',
    above: [['Kavi Strength Coaching — client list', '', '', '', '', ''], ['', '', '', '', '', '']] }, `
    # The client's goal, injuries and start date are about the training, not contact fields.
    Name | name | Megan Fox-Hill | Tariq Rahman | Lucy Ambrose
    E-mail | email | megan.fh@example.com | tariq.rahman@example.net | lucy.ambrose@example.org
    Phone | phone | +1 (555) 010-4471 | +1 (555) 010-9932 | +1 (555) 010-2618
    Goal | - | Run a half marathon | Deadlift 200 kg | Posture & mobility
    Injuries / limitations | - | "" | Lower back (2023) | Right knee
    Started | - | 2026-02-03 | 2025-11-17 | 2026-01-08
  `),
  set({ id: 'en-event-bookings-emergency-export', kind: 'outdoor club\'s event bookings CSV export', lang: 'en', source: 'index:70424406 (an event admin page exporting bookings, React)', defaultCountry: 'GB' }, `
    # The booking's own id is not imported; the booker is the contact, the emergency contact's name and number
    # are another person's. Participants, payment and dates are about the booking.
    id | - | 5f2a91c0e4 | 5f2a91c0e5 | 5f2a91c0e6
    Name | name | Rhiannon Price | Callum Baird | Aisha Begum
    e-mail | email | rhiannon.p@example.co.uk | callum.baird@example.com | aisha.begum@example.co.uk
    Phone | phone | 07700 900123 | 07700 900456 | 07700 900789
    Participants | - | 2 | 1 | 3
    Payment type | - | card | bank transfer | card
    Paid | - | true | false | true
    Emergency name | - | Owen Price | Fiona Baird | Rashid Begum
    Emergency Contact | - | 07700 900321 | 07700 900654 | 07700 900987
    Note | - | Vegetarian | "" | Needs a lift from the station
    Created | - | 2024-04-02T18:22:10.000Z | 2024-04-03T07:45:31.000Z | 2024-04-05T20:10:02.000Z
    Updated | - | 2024-04-02T18:22:10.000Z | 2024-04-09T12:00:00.000Z | 2024-04-05T20:10:02.000Z
  `),
  set({ id: 'en-whatsapp-bot-registrations-upper-name', kind: 'WhatsApp bot\'s registered contacts CSV', lang: 'en', source: 'index:44070014593 (a WhatsApp bot writing registrations with csv-writer)', defaultCountry: 'BR' }, `
    NAME | name | Juliana Souza | Marcos Lima | Patrícia Alves
    E-mail | email | juliana.souza@example.com.br | marcos.lima@example.com | patricia.alves@example.com.br
    Phone | phone | 5511987654321 | 5521998765432 | 5531976543210
  `),
  set({ id: 'en-college-students-sheet-usn', kind: 'college event app\'s students upload sheet (an Excel template\'s Students sheet)', lang: 'en', source: 'index:25130614400 (a template builder writing Departments and Students sheets with SheetJS)', defaultCountry: 'IN' }, `
    # The university seat number (USN) is the student's id in the college's system: the External ID. Course,
    # academic year and year of study are like a class: not imported.
    Course code | - | ACC-06 | ACC-06 | ACC-02
    Course | - | MCA | MCA | MBA
    Academic Year | - | 2024-2026 | 2024-2026 | 2023-2025
    Year | - | 1 | 1 | 2
    USN | externalId | 1VV24MC014 | 1VV24MC027 | 1VV23MB009
    Name | name | Deepa Hegde | Sandeep Rao | Nandini Shetty
    E-mail | email | deepa.h@example.com | sandeep.rao@example.in | nandini.s@example.org
    Phone | phone | 9845012345 | 9900123456 | 9741234567
  `),
  // --------------------------------------------------------------------------------------------------- German
  set({ id: 'de-hochzeit-dienstleister-excel', kind: 'wedding planner app\'s service providers Excel export (Dienstleister sheet)', lang: 'de', source: 'index:37920783312 (a wedding app\'s Excel export service, Dart)', defaultCountry: 'DE' }, `
    # The rows are businesses (photographer, caterer, florist): the business's name is the Company name and the
    # "Kontaktperson" the Name. The category (Fotograf, Catering) files the provider: Tags. Offer sum, option date,
    # favourite flag and Instagram handle are not contact fields.
    Name | companyName | Lichtblick Fotografie | Gut Sonnenhof Catering | Blütenzauber Floristik
    Kategorie | tags | Fotograf | Catering | Floristik
    Status | - | Gebucht | Angefragt | Angebot erhalten
    Kontaktperson | name | Jana Reuter | Moritz Albers | Svenja Kraft
    E-Mail | email | info@lichtblick-foto.example | kontakt@sonnenhof-catering.example | hallo@bluetenzauber.example
    Telefon | phone | 0171 2345678 | 05121 98765 | 0160 5566778
    Angebotssumme (€) | - | 2400.0 | 6850.0 | 980.0
    Website | website | www.lichtblick-foto.example | sonnenhof-catering.example | ""
    Instagram | - | @lichtblick.foto | "" | @bluetenzauber
    Option bis | - | 15.3.2025 | 1.4.2025 | ""
    Notizen | - | Inkl. Fotobuch | Menü B gewünscht | ""
    Favorit | - | Ja | Nein | Ja
  `),
  set({ id: 'de-buecherei-kundenliste-csv', kind: 'lending library\'s customer list CSV (a data-cleaning exercise\'s exploration notes name its columns)', lang: 'de', source: 'index:13424632749 (notes exploring the file kundenliste.csv)', defaultCountry: 'DE' }, `
    # The customer number is the External ID; "Adresse" holds street, postcode and town in one cell: the Street
    # address. The end of the membership and the borrowed items are not contact fields.
    KundenID | externalId | 17 | 18 | 19
    Name | name | Hannelore Busch | Jonas Wendt | Aylin Demir
    Geburtsdatum | dateOfBirth | 1956-03-14 | 2001-11-02 | 1988-07-29
    Adresse | address1 | Lindenweg 4, 48143 Münster | Hafenstraße 12, 48153 Münster | Am Kanonengraben 7, 48151 Münster
    EndeMitgliedschaft | - | 2025-12-31 | 2024-06-30 | 2025-03-31
    Ausgeliehen | - | True | False | True
  `),
  set({ id: 'de-kundenliste-csv-nr-name-email', kind: 'small business app\'s customer list CSV export (Kundenliste)', lang: 'de', source: 'index:59050986618 (an Angular service exporting the customer list as CSV)' }, `
    # "Nr." numbers the rows of the export: not imported.
    Nr. | - | 1 | 2 | 3
    Name | name | Petra Holzer | Ludger Brandt | Mia Schäfer
    E-Mail | email | petra.holzer@example.de | l.brandt@example.de | mia.schaefer@example.de
  `),
  set({ id: 'de-kontakte-java-csv-export-lowercase', kind: 'address book exercise\'s contacts CSV export (semicolon-separated)', lang: 'de', source: 'index:53584811489 (a Java contacts manager writing a CSV)', defaultCountry: 'DE' }, `
    vorname | firstName | Katrin | Emre | Lukas
    nachname | lastName | Vogel | Yılmaz | Brenner
    telefon | phone | 0176 12345678 | 030 4455667 | 0221 998877
    email | email | katrin.vogel@example.de | emre.yilmaz@example.de | lukas.brenner@example.de
  `),
  set({ id: 'de-trainer-einsaetze-spenden-export', kind: 'sports club\'s coach assignments export with donations (semicolon CSV)', lang: 'de', source: 'index:61612366996 (a club app\'s coaches and events export, Python)', defaultCountry: 'DE' }, `
    # Each row is a coaching session with the coach's details: the coach is the contact. The session's number,
    # title, date, times, duration and donations are not contact fields; "Aktiv" is a flag. A mobile next to an
    # untyped phone is an additional phone.
    Nr | - | 101 | 102 | 103
    Bezeichnung | - | Schwimmkurs Anfänger | Aquafitness | Schwimmkurs Anfänger
    Jahr | - | 2024 | 2024 | 2024
    Monat | - | 5 | 5 | 6
    Tag | - | 14 | 16 | 4
    Von | - | 17:00 | 18:30 | 17:00
    Bis | - | 18:00 | 19:15 | 18:00
    Dauer | - | 60 | 45 | 60
    Spenden | - | 25.00 | 0.00 | 40.00
    Vorname | firstName | Sabine | Thorsten | Sabine
    Nachname | lastName | Kühn | Engel | Kühn
    Telefon | phone | 06221 334455 | 06221 778899 | 06221 334455
    Mobil | additionalPhones | 0151 22334455 | "" | 0151 22334455
    EMail | email | s.kuehn@example.de | t.engel@example.de | s.kuehn@example.de
    Aktiv | - | 1 | 1 | 1
  `),
  set({ id: 'de-helfer-mitglieder-stunden-excel', kind: 'club helpers app\'s member Excel import (German column names, documented example)', lang: 'de', source: 'github:JannikR2/acp-rkschmalegg EXCEL_IMPORT_ANLEITUNG.md (the import guide\'s German-column example)', defaultCountry: 'DE' }, `
    # The hours already worked are not a contact field.
    Vorname | firstName | Renate | Felix | Oksana
    Nachname | lastName | Huber | Grieshaber | Melnyk
    E-Mail | email | renate.huber@example.de | felix.g@example.de | oksana.melnyk@example.de
    Telefon | phone | +49 171 2233445 | +49 160 9988776 | +49 152 1122334
    Stunden | - | 6.5 | 12.0 | 3.0
  `),
  set({ id: 'de-google-formular-welpenkaeufer', kind: 'dog breeder\'s Google Forms responses sheet (puppy buyers, required fields marked with *)', lang: 'de', source: 'index:71258670846 (a breeder app\'s CSV column matcher tests for the Google form)', defaultCountry: 'DE' }, `
    # The buyer is the contact. The dog's call name, breed and litter date ("Wurftag", the dog's birth date) are
    # the dog's, not the person's.
    Zeitstempel | - | 14.04.2025 19:02:11 | 15.04.2025 08:45:39 | 17.04.2025 21:13:05
    Vorname* | firstName | Bettina | Ralf | Leonie
    Nachname* | lastName | Sommer | Jäger | Haas
    Rufname des Hundes* | - | Emmi | Balu | Frieda
    Hunderasse* | - | Labrador Retriever | Berner Sennenhund | Labrador Retriever
    Wurftag* | - | 02.03.2025 | 18.02.2025 | 02.03.2025
    Telefonnummer* | phone | 0171 5566778 | 0152 33445566 | 0160 99887766
  `),
  set({ id: 'de-tutoren-draftable-csv', kind: 'university course\'s tutor pool CSV (who can be drafted, written by a Python script)', lang: 'de', source: 'index:2718505750 (a tutor assignment script writing draftable.csv)' }, `
    # "Name" beside "Vorname" is the family name: the Last name. Whether the tutor speaks German, the PI and the
    # lecture are about the assignment.
    Vorname | firstName | Jan-Niklas | Sophie | Mehmet
    Name | lastName | Oberländer | Graf | Kaya
    Email | email | jn.oberlaender@uni.example | sophie.graf@uni.example | mehmet.kaya@uni.example
    Deutsch | - | ja | ja | nein
    PI | - | Prof. Weiß | Prof. Weiß | Dr. Lorenz
    Vorlesung | - | Analysis I | Lineare Algebra | Analysis I
  `),
  set({ id: 'de-mitarbeiter-import-excel-anrede-login', kind: 'time-tracking app\'s staff import fixture from an Excel contact list (semicolon CSV)', lang: 'de', source: 'github:DimanDimtchik/DG docs/testdata/import-fixtures/kontakte/kontakte-ot-variabel.csv (the import fixtures\' Excel-style contact file)', defaultCountry: 'DE' }, `
    # A staff list: the employer named in "Firma" is the Company name. The login the person has in the other
    # program is the first id: the External ID; the customer number beside it is the second id, not imported. The
    # salutation and the role are not imported.
    Anrede | - | Frau | Herr | Frau
    Vorname | firstName | Ulrike | Tobias | Nesrin
    Nachname | lastName | Brandl | Vogt | Aksoy
    Firma | companyName | "" | Malerbetrieb Vogt | ""
    E-Mail | email | ulrike.brandl@example.de | t.vogt@example.de | nesrin.aksoy@example.de
    Telefon | phone | 030 1200 3400 | 030 1201 3401 | 030 1202 3402
    Login | externalId | brandl-u | vogt-t | aksoy-n
    Kundennummer | - | "" | "" | ""
    Rolle | - | mitarbeiter | mitarbeiter | vorarbeiter
  `),
  set({ id: 'de-mitarbeiter-import-datev-format', kind: 'time-tracking app\'s staff import fixture in a DATEV-style export (semicolon CSV)', lang: 'de', source: 'github:DimanDimtchik/DG docs/testdata/import-fixtures/kontakte/kontakte-datev.csv (its header as written by the fixtures generator, public code index file 68958015977)', defaultCountry: 'DE' }, `
    # As in the Excel-style file: the login is the External ID; the staff number after it is the second id, not
    # imported.
    Vorname | firstName | Gisela | Marco | Jana
    Nachname | lastName | Roth | Falk | Winter
    Firma | companyName | "" | "" | Winter Gartenbau
    E-Mail | email | gisela.roth@example.de | marco.falk@example.de | jana.winter@example.de
    Telefon | phone | 030 1300 3500 | 030 1301 3501 | 030 1302 3502
    Login | externalId | roth-g | falk-m | winter-j
    Mitarbeiternummer | - | 1017 | 1018 | 1019
    Rolle | - | mitarbeiter | mitarbeiter | mitarbeiter
  `),
  set({ id: 'de-mitarbeiter-import-lexware-benutzername', kind: 'time-tracking app\'s staff import fixture in a Lexware-style export (semicolon CSV)', lang: 'de', source: 'github:DimanDimtchik/DG docs/testdata/import-fixtures/kontakte/kontakte-lexware.csv (its header as written by the fixtures generator)', defaultCountry: 'DE' }, `
    # The user name in the other program is the first id: the External ID; the customer number is not imported.
    Vorname | firstName | Heike | Sven | Amira
    Nachname | lastName | Lorenz | Kuhn | Haddad
    Firma | companyName | "" | "" | ""
    E-Mail | email | heike.lorenz@example.de | sven.kuhn@example.de | amira.haddad@example.de
    Telefon | phone | 030 1400 3600 | 030 1401 3601 | 030 1402 3602
    Benutzername | externalId | hlorenz | skuhn | ahaddad
    Kundennummer | - | "" | "" | ""
    Rolle | - | mitarbeiter | mitarbeiter | buero
  `),
  // --------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-klanten-model-geslacht-telefoonnummer', kind: 'small shop app\'s customer table (klantenlijst) columns', lang: 'nl', source: 'index:16964943963 (a Laravel customer model\'s fillable columns)', defaultCountry: 'NL' }, `
    geslacht | - | vrouw | man | vrouw
    voornaam | firstName | Ilse | Ruben | Fatima
    achternaam | lastName | Verhoeven | de Graaf | El Amrani
    email | email | ilse.verhoeven@voorbeeld.nl | ruben.degraaf@voorbeeld.nl | fatima.elamrani@voorbeeld.nl
    telefoonnummer | phone | 06-12345678 | 010-2345678 | 06-87654321
  `),
  set({ id: 'nl-kerk-gezinnen-adresbestand', kind: 'church congregation\'s family address file (CSV from the member administration)', lang: 'nl', source: 'index:15013004466 (a church app\'s family import command, Python)', defaultCountry: 'NL' }, `
    # The rows are families: the family name is the Last name (the only name column). The salutation ("Fam.") and
    # the prefix ("van der", a tussenvoegsel) are not imported; the district (wijk) is a group the family belongs to:
    # Tags. The family number is the member administration's id: the External ID.
    GEZINSNAAM | lastName | Bos | Dijkstra | Berg
    GEZAANHEF | - | Fam. | Dhr. en Mevr. | Fam.
    GEZVOORVGS | - | "" | "" | van den
    STRAAT | address1 | Kerkstraat 12 | Molenweg 3a | Dorpsstraat 88
    POSTCODE | postalCode | 3771 AB | 3772 CD | 3773 EF
    WOONPLAATS | city | Barneveld | Barneveld | Voorthuizen
    TELEFOON | phone | 0342-412345 | 0342-423456 | 0342-434567
    WIJK | tags | Wijk 1 | Wijk 3 | Wijk 2
    GEZINSNR | externalId | 1042 | 1043 | 1044
  `),
  set({ id: 'nl-kerk-adresboek-leden-gezinnen', kind: 'church congregation\'s member address book import (family and member columns)', lang: 'nl', source: 'index:15550191770 (a church app\'s address book management view listing the import headers)', defaultCountry: 'NL' }, `
    # The rows are members with their family's address: the member is the contact. The member's own last name is
    # the Last name and the call name (roepnaam) the First name (the only given-name column besides initials); the
    # family name, prefixes, initials and the order within the family are not imported. The member number is the
    # External ID and the family number the second id, not imported. The member's own phone (LTELEFOON) comes
    # after the family's: the family phone is the main phone, the member's an additional phone. The district is
    # Tags.
    GEZINSNAAM | - | Bos | Bos | Dijkstra
    GEZVOORVGS | - | "" | "" | ""
    STRAAT | address1 | Kerkstraat 12 | Kerkstraat 12 | Molenweg 3a
    POSTCODE | postalCode | 3771 AB | 3771 AB | 3772 CD
    WOONPLAATS | city | Barneveld | Barneveld | Barneveld
    TELEFOON | phone | 0342-412345 | 0342-412345 | 0342-423456
    WIJK | tags | Wijk 1 | Wijk 1 | Wijk 3
    GEZINSNR | - | 1042 | 1042 | 1043
    ACHTERNAAM | lastName | Bos | Bos-Jansen | Dijkstra
    VOORVGSELS | - | "" | "" | ""
    ROEPNAAM | firstName | Gert | Anneke | Jelle
    VOORLETTER | - | G.J. | A.M. | J.
    GEBDATUM | dateOfBirth | 12-04-1961 | 03-09-1963 | 21-01-1990
    LIDNR | externalId | 20871 | 20872 | 20911
    GVOLGORDE | - | 1 | 2 | 1
    EMAIL | email | gert.bos@voorbeeld.nl | anneke.bos@voorbeeld.nl | jelle.dijkstra@voorbeeld.nl
    LTELEFOON | additionalPhones | 06-11223344 | 06-55667788 | ""
  `),
  set({ id: 'nl-onderhoudsabonnementen-csv-export', kind: 'heating installer\'s maintenance subscriptions CSV export (customer, appliance and contract columns)', lang: 'nl', source: 'index:1230658124 (an installer\'s contracts dashboard exporting CSV)', defaultCountry: 'NL' }, `
    # The customer is the contact; the appliance's alternative address group is not imported (an alternate address
    # group never over the primary one), nor its phone. Appliance, subscription, price and contract columns are not
    # contact fields; only the last four digits of the IBAN are given, and bank details are not imported anyway.
    Ingevoerd op | - | 2025-01-08 10:14:22 | 2025-01-09 16:40:05 | 2025-01-10 08:55:31
    Type | - | CV-ketel | Airco | Warmtepomp
    Status | - | Nieuw | Actief | In behandeling
    Klantnaam | name | Marloes Kuipers | Hans de Wit | Sevda Aydın
    Adres | address1 | Lindelaan 14 | Kastanjeweg 2 | Populierstraat 31
    Postcode | postalCode | 5611 AB | 5612 CD | 5613 EF
    Woonplaats | city | Eindhoven | Eindhoven | Veldhoven
    Telefoon | phone | 06-23456789 | 040-2123456 | 06-98765432
    Email | email | marloes.kuipers@voorbeeld.nl | hans.dewit@voorbeeld.nl | sevda.aydin@voorbeeld.nl
    Adres Afwijkend | - | Nee | Ja | Nee
    Toestel Adres | - | "" | Kerkpad 9 | ""
    Toestel Postcode | - | "" | 5614 GH | ""
    Toestel Woonplaats | - | "" | Eindhoven | ""
    Toestel Telefoon | - | "" | 040-2987654 | ""
    Toestel Merk | - | Remeha | Daikin | Vaillant
    Toestel Type | - | Tzerra Ace 28c | Perfera | aroTHERM plus
    Bouwjaar | - | 2016 | 2021 | 2023
    Serienummer | - | RH2016-88412 | DK21-55310 | VT23-10987
    Reeds in Onderhoud bij ZON_ECN | - | Nee | "" | ""
    CV Vermogen | - | 28 kW | "" | ""
    Aantal Binnenunits | - | "" | 2 | ""
    Type Abonnement | - | Basis | Comfort | Premium
    Frequentie (maanden) | - | 12 | 12 | 6
    Monitoring | - | "" | Ja | Ja
    Voorrijdkosten | - | Inbegrepen | Inbegrepen | 25
    Maandelijkse Prijs | - | €9.95 | €14.50 | €19.95
    Ingangsdatum | - | 2025-02-01 | 2025-02-01 | 2025-03-01
    IBAN (laatste 4) | - | ****4821 | ****1187 | ****6503
    Akkoord Voorwaarden | - | Ja | Ja | Ja
  `),
  set({ id: 'nl-museum-bezoekers-per-dag-excel', kind: 'museum\'s visitors-per-day table exported to Excel (a count line above the header)', lang: 'nl', source: 'github:JasonV1/museum-darwin application/views/manager/visitors_per_day.php (the table the export button saves)', defaultCountry: 'NL',
    above: [['Aantal bezoekers op deze dag: 3', '', '']] }, `
    Naam | name | Lotte van Beek | Daan Smits | verkoper ticket
    Woonplaats | city | Utrecht | Amersfoort | ""
    Postcode | postalCode | 3511 AB | 3811 CD | ""
  `),
  set({ id: 'nl-koor-bar-leden-csv', kind: 'choir\'s bar tab app member file (members.csv)', lang: 'nl', source: 'index:45789946437 (a bar app\'s member repository naming the CSV columns, Kotlin)' }, `
    # "ID" is the member's id in the association's administration: the External ID. The given name is the First
    # name and the call name beside it is not imported (one first-name field); the tussenvoegsel is not imported.
    # "Verjaardag" (birthday) is the date of birth.
    ID | externalId | 301 | 302 | 303
    Roepnaam | - | Hennie | Bas | Wies
    Voornaam | firstName | Hendrika | Sebastiaan | Louise
    Tussenvoegsel | - | "" | van | de
    Achternaam | lastName | Mulder | Leeuwen | Boer
    Verjaardag | dateOfBirth | 1975-02-17 | 1990-10-05 | 1983-06-23
  `),
  set({ id: 'nl-importer-test-naam-email-telefoon', kind: 'Dutch association app\'s CSV importer test file (three required columns)', lang: 'nl', source: 'index:14186010083 (a CSV importer base class\'s tests, Python)', defaultCountry: 'NL' }, `
    naam | name | Joke Hermans | Thijs Postma | Layla Bouzid
    email | email | joke.hermans@voorbeeld.nl | thijs.postma@voorbeeld.nl | layla.bouzid@voorbeeld.nl
    telefoon | phone | 06-34567890 | 050-3123456 | 06-45678901
  `),
  // --------------------------------------------------------------------------------------------------- mixed
  set({ id: 'mixed-nl-en-berichten-tabel-contactformulier', kind: 'Dutch site admin\'s contact form messages table (Dutch and English column names)', lang: 'mixed', source: 'index:37566460788 (a React admin page listing contact messages)', defaultCountry: 'NL' }, `
    Email | email | sanne.kok@voorbeeld.nl | milan.peters@voorbeeld.nl | yara.h@voorbeeld.nl
    Voornaam | firstName | Sanne | Milan | Yara
    Achternaam | lastName | Kok | Peters | Hoekstra
    Phone | phone | 06 12345678 | 06 23456789 | ""
    Message | - | Graag een offerte voor de tuin | Wanneer zijn jullie open? | Bel mij terug a.u.b.
  `),
  set({ id: 'mixed-mitarbeiter-import-outlook-columns', kind: 'time-tracking app\'s staff import fixture in Outlook contact columns with German extra columns (semicolon CSV)', lang: 'mixed', source: 'github:DimanDimtchik/DG docs/testdata/import-fixtures/kontakte/kontakte-outlook.csv (the import fixtures\' Outlook-style contact file)', defaultCountry: 'DE' }, `
    # The business phone is the only phone: the Phone. The login is the External ID, the customer number the
    # second id, not imported; the role is not imported.
    Given Name | firstName | Petra | Dennis | Ilka
    Family Name | lastName | Schulze | Hartmann | Berger
    Company | companyName | "" | "" | Berger Elektro
    E-mail Address | email | petra.schulze@example.de | dennis.hartmann@example.de | ilka.berger@example.de
    Business Phone | phone | 030 1500 3700 | 030 1501 3701 | 030 1502 3702
    Login | externalId | schulze-p | hartmann-d | berger-i
    Kundennummer | - | "" | "" | ""
    Rolle | - | mitarbeiter | mitarbeiter | mitarbeiter
  `),
  set({ id: 'mixed-mitarbeiter-import-google-columns', kind: 'time-tracking app\'s staff import fixture in Google Contacts columns with German extra columns (semicolon CSV)', lang: 'mixed', source: 'github:DimanDimtchik/DG docs/testdata/import-fixtures/kontakte/kontakte-google.csv (the import fixtures\' Google-style contact file)', defaultCountry: 'DE' }, `
    Given Name | firstName | Wiebke | Florian | Derya
    Family Name | lastName | Janssen | Maurer | Yıldız
    Organization Name | companyName | "" | Maurer Dach GmbH | ""
    E-Mail | email | wiebke.janssen@example.de | florian.maurer@example.de | derya.yildiz@example.de
    Phone 1 - Value | phone | 030 1600 3800 | 030 1601 3801 | 030 1602 3802
    Login | externalId | janssen-w | maurer-f | yildiz-d
    Kundennummer | - | "" | "" | ""
    Rolle | - | mitarbeiter | mitarbeiter | mitarbeiter
  `),
  set({ id: 'mixed-mitarbeiter-import-sevdesk-columns', kind: 'time-tracking app\'s staff import fixture in a sevDesk-style export (German and English column names)', lang: 'mixed', source: 'github:DimanDimtchik/DG docs/testdata/import-fixtures/kontakte/kontakte-sevdesk.csv (its header as written by the fixtures generator)', defaultCountry: 'DE' }, `
    Vorname | firstName | Carsten | Melanie | Ole
    Nachname | lastName | Brückner | Seidel | Petersen
    company | companyName | "" | "" | Petersen Sanitär
    email | email | carsten.brueckner@example.de | melanie.seidel@example.de | ole.petersen@example.de
    Telefon | phone | 030 1700 3900 | 030 1701 3901 | 030 1702 3902
    Login | externalId | brueckner-c | seidel-m | petersen-o
    Kundennummer | - | "" | "" | ""
    Rolle | - | mitarbeiter | mitarbeiter | mitarbeiter
  `),
  set({ id: 'mixed-mitarbeiter-import-shiftbase-employee', kind: 'time-tracking app\'s staff import fixture in a Shiftbase-style export (English and German column names)', lang: 'mixed', source: 'github:DimanDimtchik/DG docs/testdata/import-fixtures/kontakte/kontakte-shiftbase.csv (the import fixtures\' Shiftbase-style contact file)', defaultCountry: 'DE' }, `
    # "Employee" holds the whole name: the Name. The staff number ("Personalnummer", the login in the other
    # program) is the first id: the External ID; the customer number is not imported.
    Employee | name | Anja Köhler | Timo Beck | Sarah Wolff
    Company | companyName | "" | "" | ""
    E-Mail | email | anja.koehler@example.de | timo.beck@example.de | sarah.wolff@example.de
    Phone | phone | 030 1800 4000 | 030 1801 4001 | 030 1802 4002
    Personalnummer | externalId | koehler-a | beck-t | wolff-s
    Kundennummer | - | "" | "" | ""
    Rolle | - | mitarbeiter | mitarbeiter | mitarbeiter
  `),
  set({ id: 'mixed-nl-en-leads-excel-kvk-sales-score', kind: 'Dutch sales tool\'s enriched business leads workbook (Dutch column names with English rating and score columns)', lang: 'mixed', source: 'index:53496359085 (a lead tool\'s Excel export with EPPlus, C#)', defaultCountry: 'NL' }, `
    # The rows are businesses: "Naam" is the business's name, the Company name, and "Contactpersoon" the Name. The
    # chamber of commerce number (KvK) is a registration number, not imported; sector and staff count describe the
    # company; rating, score, the enriched flag and the creation date are the tool's.
    Naam | companyName | Bakkerij Van Dam | Installatiebedrijf Kroon | Fysio Centrum Noord
    Email | email | info@bakkerijvandam.example | kantoor@kroon-installatie.example | praktijk@fysionoord.example
    Telefoon | phone | 020-6123456 | 030-2345678 | 050-5123456
    Contactpersoon | name | Marieke van Dam | Erik Kroon | Saskia de Boer
    Stad | city | Amsterdam | Utrecht | Groningen
    Sector | - | Bakkerij | Installatie | Zorg
    KvK | - | 34123456 | 30234567 | 01345678
    Medewerkers | - | 8 | 25 | 12
    Google Rating | - | 4.6 | 4.3 | 4.8
    Sales Score | - | 72 | 85 | 64
    Verrijkt | - | Ja | Ja | Nee
    Aangemaakt | - | 2025-02-11 09:14 | 2025-02-11 09:15 | 2025-02-12 16:40
  `),
];
