// The twentieth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch
// and mixed-language files; the other half, corpus-heldout20b.ts, holds the other languages): 56 header sets (597
// columns, 312 of them expected to map; 25 English, 14 German, 12 Dutch, 5 mixed; 2 files without a header row, 3
// with lines above it (an account line, a totals line and a blank line; an Excel "sep=;" line; an "Exported by
// LinkedIn" line); 8 sets of 20 to 39 columns) from sources none of the other parts use, found in the public code
// index with find_string (exact header text of CRM, vendor and marketing exports and importers: HubSpot, Pipedrive,
// Zoho-style lead sheets, LinkedIn-style contact sheets; importer tests, templates and fixtures; German, Austrian,
// Dutch and Belgian customer, member, dealer, staff, volunteer, resident and lead lists; database tables, inserts and
// selects; form definitions whose submissions are laid out by their labels; files read without a header row) and
// written down, with the mapping a careful person would choose by the field definitions and the rules, BEFORE
// the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the index file the header
// text was read from (the index does not name its repository); the kind says what the file is. Sample values are made
// up in the shape of each file's own (no personal data or example rows from the sources are copied). A header cell is
// copied as the source writes it (case, spaces, underscores); a column list of an SQL statement, a select or a table
// definition is written as its column names. No set's headers repeat an older part's (each was compared lower-cased;
// the files without a header row aside).
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
// Older halves' recurring choices, kept here:
// - Tax and identity numbers (BSN, USt-IdNr, BTW, KvK), passwords and PINs are not imported.
// - When the rows are companies, the company's (legal) name is the Company name and a contact-person column is the
//   Name; a trade name beside a legal name is not imported.
// - A Dutch "tussenvoegsel" in a column of its own is not imported (the last name column is still the Last name);
//   initials ("Voorletters") alone are the First name, the only given-name column the file has. A "Name" column next
//   to "Vorname" or "Voornaam" is the last name.
// - A whole address in one column is the Address line when it is the only address the file has.
// - Where a town and the area above it are given, the town is the City and the first-level area the State.
// - A single-valued field fed by two columns (a second copy of the name from another system, an owner's name and
//   the owner's e-mail): the first column is the field, the other is not imported.
// - What an order, a deal, a booking or an enquiry is about (products, amounts, budgets, programs, service asked
//   for, dates of the order) is not a contact field.
// - A login name ("username", "Gebruikersnaam") beside another id of the person is not imported.
// - A yes/no column named after a group, a style or a list is a boolean, not Tags.
// - The id of an account or a company a contact belongs to is not the person's id and is not imported; so is a
//   company's website in a list of companies with a contact person.
// The nineteenth part's first half made these choices more than once, kept here:
// - A kind the contact is filed under by the file (HubSpot's contact type, a customer type, a membership type, the
//   relation a person has with an estate agency) is Tags, like a category.
// - A Belgian or Dutch "naam" next to "voornaam" is the last name, as "Name" next to "Vorname" is.
// - The agent, advisor or relationship manager who follows a lead up is the Contact owner.
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - A code the person is filed under in the file's own system (a staff member's short code, the code on a guest's
//   card, a sender's reference for a recipient) is the External ID, like a customer number.
// - Another person named in a contact's or a company's row (a secondary contact, the business's proprietor, an
//   emergency contact) is not imported, nor are that person's phone and e-mail.
// - Ids of other rows (an organisation's id, an advisor's or a referrer's row id) are not imported.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout20' }, table);

export const HELDOUT20A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-hubspot-all-contacts-export-unused-field', kind: 'HubSpot "all contacts" export read by an invoicing workspace\'s CSV importer test (record id, names, e-mail, phone, an extra CRM field)', lang: 'en', source: 'index:62323355186 (an invoicing workspace\'s CSV import tests, HubSpot export file, JavaScript)' }, `
    Record ID | externalId | 30871 | 30872 | 30915
    First Name | firstName | Marisol | Trevor | Hannah
    Last Name | lastName | Quintero | Blake | Osei
    Email | email | marisol@quintero-design.example | tblake@harborfreight.example | hannah.osei@example.com
    Phone | phone | | 617-555-0114 | (857) 555-0162
    Unused CRM Field | - | net 30 | | legacy
  `),
  set({ id: 'en-hubspot-candidates-before-enrichment', kind: 'HubSpot contact export of local election candidates, before enrichment (record id, names, e-mail, city, state, postal code, office sought)', lang: 'en', source: 'index:56339532654 (a candidate enrichment script\'s documentation, sample CSV, Markdown)' }, `
    Record ID | externalId | 41120938811 | 41120938812 | 41120938840
    First Name | firstName | Gloria | Dennis | Amir
    Last Name | lastName | Haskins | Varga | Saleh
    Email | email | gloria.haskins@example.com | dvarga4council@example.net | amir.saleh@example.org
    City | city | Flint | Grand Rapids | Dearborn
    State/Region | state | Michigan | Michigan | Michigan
    Postal Code | postalCode | 48503 | 49503 | 48126
    # what the person runs for is not a contact field
    Candidate Office | - | Flint City Council - Ward 3 | Kent County Commission | Dearborn School Board
    Office Type | - | City Council | County Commission | School Board
  `),
  set({ id: 'en-hubspot-export-upload-lambda-test', kind: 'sample HubSpot contacts export in an upload function\'s unit test (record id, names, e-mail, company, job title, phone)', lang: 'en', source: 'index:35672065812 (a CSV upload function\'s unit tests, TypeScript)' }, `
    Record ID | externalId | 7 | 8 | 9
    First Name | firstName | Rachel | Omar | Wen
    Last Name | lastName | Pruitt | Haddad | Li
    Email | email | rachel.pruitt@example.com | omar@haddadlaw.example | wen.li@example.org
    Company | companyName | Pruitt & Sons | Haddad Law | Lumen Analytics
    Job Title | - | Owner | Partner | Data Engineer
    Phone | phone | 555-0107 | 555-0181 | 555-0133
  `),
  set({ id: 'en-hubspot-minimal-dedupe-contacts', kind: 'minimal HubSpot contacts CSV for a duplicate finder (record id, names, e-mail, company name)', lang: 'en', source: 'index:66437524300 (a HubSpot deduplication tool\'s README, Markdown)' }, `
    Record ID | externalId | 101 | 102 | 103
    First Name | firstName | Laura | Laura | Kevin
    Last Name | lastName | Mendez | Mendez | Park
    Email | email | laura@orbitbio.example | laura.mendez@orbitbio.example | kpark@tideline.example
    Company Name | companyName | Orbit Bio | Orbit Bio | Tideline Marine
  `),
  set({ id: 'en-excel-sync-customers-record-id-city', kind: 'customer sheet synced from Excel into a CRM, adapter test (record id, names, e-mail, city)', lang: 'en', source: 'index:52494908026 (a CRM\'s Excel sync customers adapter tests, TypeScript)' }, `
    Record Id | externalId | ext-101 | ext-102 | ext-103
    First Name | firstName | Felix | Dana | Ruth
    Last Name | lastName | Morrow | Kaplan | Adeyemi
    Email | email | felix.morrow@example.com | dana.kaplan@example.net | ruth.a@example.org
    City | city | Arlington | Boise | Tacoma
  `),
  set({ id: 'en-outbound-leads-import-custom-field', kind: 'lead list for an outbound e-mail tool\'s import (e-mail first, names, company, title, phone, a custom column)', lang: 'en', source: 'index:65878761390 (an outbound e-mail tool\'s lead import README, Markdown)' }, `
    Email | email | nina@corvidsec.example | paul.g@brightline.example | sofia@mesaverde.example
    First Name | firstName | Nina | Paul | Sofia
    Last Name | lastName | Varga | Gomez | Ruiz
    Company | companyName | Corvid Security | Brightline Media | Mesa Verde Farms
    Title | - | Head of IT | Marketing Director | COO
    Phone | phone | +1-555-0170 | | +1-555-0119
    Custom Field | - | webinar-may | | trade show
  `),
  set({ id: 'en-campaign-fixture-sample-contacts-notes', kind: 'sample contacts fixture of a cold e-mail campaign service (e-mail, names, company, title, phone, notes)', lang: 'en', source: 'index:66297533134 (a campaign service\'s contact upload README, fixtures/sample_contacts.csv, Markdown)' }, `
    Email | email | m.okafor@stratus.example | jen.cole@pinecrest.example | lee@quarryworks.example
    First Name | firstName | Michael | Jen | Lee
    Last Name | lastName | Okafor | Cole | Tran
    Company | companyName | Stratus Cloud | Pinecrest Health | Quarry Works
    Title | - | VP Sales | Practice Manager | Founder
    Phone | phone | +1-555-0144 | +1-555-0192 | +1-555-0128
    Notes | - | Asked for pricing | | Met at SaaS Connect
  `),
  set({ id: 'en-lead-scoring-export-next-action', kind: 'scored lead list exported by a prospecting tool (e-mail, names, company, title, phone, score, next action, industry, seniority)', lang: 'en', source: 'index:41730902069 (a prospecting tool\'s lead export route, TypeScript)' }, `
    Email | email | alan@copperleaf.example | priya.s@nimbusops.example | gwen@fieldhouse.example
    First Name | firstName | Alan | Priya | Gwen
    Last Name | lastName | Chu | Shah | Roberts
    Company | companyName | Copperleaf | NimbusOps | Fieldhouse Sports
    Title | - | CTO | Director of Engineering | Head of Partnerships
    Phone | phone | +1 415 555 0102 | | +1 303 555 0177
    Score | - | 87 | 72 | 64
    Next Action | - | Book demo | Send case study | Nurture
    Industry | - | Fintech | SaaS | Retail
    Seniority | - | C-Level | Director | Head
  `),
  set({ id: 'en-email-sender-sample-leads-city', kind: 'sample leads CSV downloaded from an e-mail sender\'s upload page (e-mail, names, company, title, phone, city)', lang: 'en', source: 'index:68764603747 (an e-mail sending app\'s sample CSV route, TypeScript)' }, `
    Email | email | dana.fox@quillpay.example | r.ito@kestrel.example | maya@lowtide.example
    First Name | firstName | Dana | Ryo | Maya
    Last Name | lastName | Fox | Ito | Brennan
    Company | companyName | QuillPay | Kestrel Robotics | Lowtide Coffee
    Title | - | Head of Growth | Engineering Manager | Owner
    Phone | phone | +1-555-0161 | +1-555-0135 | +1-555-0148
    City | city | Austin | Seattle | Portland
  `),
  set({ id: 'en-pipedrive-cold-mailing-import-sheet', kind: 'sheet of people written for a Pipedrive import by a cold-mailing job (batch id, campaign, person name and e-mail, organisation name and id, person id)', lang: 'en', source: 'index:41633903859 (a cold-mailing job runner building a Pipedrive import file, Python)' }, `
    # a batch id of the job and the campaign field are the import run's, not the person's
    Person - Batch ID | - | B-2025-031 | B-2025-031 | B-2025-031
    Cold-Mailing Import | - | Spring Outreach 2025 | Spring Outreach 2025 | Spring Outreach 2025
    Person - Name | name | Jonas Weber | Clara Hofmann | Tobias Lenz
    Person - E-Mail | email | j.weber@weber-logistik.example | c.hofmann@praxis-hofmann.example | tobias@lenz-it.example
    Organisation - Name | companyName | Weber Logistik GmbH | Praxis Dr. Hofmann | Lenz IT
    Organisation - ID | - | 812 | 813 | 815
    Person - ID | externalId | 4410 | 4411 | 4413
  `),
  set({ id: 'en-growth-engine-leads-csv-for-crm', kind: 'leads CSV a growth dashboard writes for a CRM upload (names, designation, company, country, industry, lead status and source, description)', lang: 'en', source: 'index:69276458009 (a growth dashboard\'s CRM export helpers, JavaScript)' }, `
    First Name | firstName | Ravi | Sarah | Kenji
    Last Name | lastName | Menon | Collins | Mori
    Designation | - | CIO | Head of Procurement | IT Director
    Company | companyName | Tata Agro | Northbay Insurance | Mori Electronics
    Country | country | India | United Kingdom | Japan
    Industry | - | Agriculture | Insurance | Manufacturing
    Lead Status | - | Not Contacted | Contacted | Qualified
    Lead Source | source | Growth Engine | Growth Engine | Growth Engine
    Description | - | Cloud migration, tower 2 | Claims platform | ERP upgrade
  `),
  set({ id: 'en-education-crm-visits-export-wide', kind: 'education counselling CRM export of campus visits and leads (visit, student name, contact number, assignee, lead type, status, source, ad campaign fields, dates)', lang: 'en', defaultCountry: 'IN', source: 'index:69571686044 (an admissions CRM\'s visits page, fast CSV export, JavaScript)' }, `
    Status | - | Visited | Scheduled | Visited
    Date Of Visit | - | 2025-06-14 | 2025-06-18 | 2025-06-15
    Student Name | name | Aarav Sharma | Diya Patel | Rohan Gupta
    Contact no. | phone | 9876543210 | 9123456780 | 9988776655
    Update Count | - | 3 | 1 | 5
    Duration | - | 00:04:12 | 00:00:00 | 00:07:45
    Place of Visit | - | Andheri Centre | Online | Thane Centre
    Visit Type | - | Walk-in | Video Call | Walk-in
    # the staff member who met the student on the visit, not the one who follows the lead up
    Attendee | - | Neha | Vikram | Neha
    Assignee | owner | Pooja Rao | Amit Joshi | Pooja Rao
    # a kind of lead the CRM files the student under (19a: a kind the contact is filed under is Tags)
    Lead type | tags | Fresh | Re-enquiry | Fresh
    Lead Status | - | Interested | Follow-up | Converted
    Lead Source | source | Facebook | Google | Walk-in
    # the ad form a lead came through beside its source is a sub-origin: not imported
    Fb Form Name | - | MBA Admissions 2025 | | 
    Campaign | - | MBA_Leads_June | Search_Brand | 
    Adsset | - | Mumbai 21-30 | | 
    Ads | - | Carousel A | | 
    term | - | | mba colleges mumbai | 
    Created Date | - | 2025-06-10 | 2025-06-12 | 2025-06-01
    Updated Date | - | 2025-06-14 | 2025-06-16 | 2025-06-15
    Connected Date | - | 2025-06-11 | 2025-06-12 | 2025-06-02
  `),
  set({ id: 'en-php-crm-contacts-export-source-tags', kind: 'contacts CSV export of a small PHP CRM (names, e-mail, phone, company, job title, country, tags, status, source, dates)', lang: 'en', source: 'index:57651793103 (a PHP CRM\'s contacts page, CSV export query, PHP)' }, `
    first_name | firstName | Helen | Marcus | Ines
    last_name | lastName | Carver | Obi | Duarte
    email | email | helen@carverarch.example | marcus.obi@example.com | ines.duarte@example.pt
    phone | phone | +1 312 555 0190 | +44 20 7946 0123 | +351 912 345 678
    company | companyName | Carver Architects | | Duarte Vinhos
    job_title | - | Principal | Consultant | Export Manager
    country | country | US | GB | PT
    tags | tags | architect,chicago | freelancer | wine,export
    status | - | customer | lead | prospect
    source | source | referral | linkedin | trade fair
    last_contacted_at | - | 2025-04-02 10:15:00 | | 2025-03-28 16:40:00
    created_at | - | 2024-11-19 09:02:11 | 2025-01-07 14:30:45 | 2025-02-21 11:12:09
  `),
  set({ id: 'en-hr-attrition-upload-sample-headers', kind: 'employee upload template of an HR attrition tool (employee code, names, e-mail, phone, company, department, pay, shifts, scores, skills, city)', lang: 'en', defaultCountry: 'IN', source: 'index:59254961212 (an HR analytics app\'s employee upload page, sample headers, JavaScript)' }, `
    employee_code | externalId | EMP1042 | EMP1043 | EMP1057
    first_name | firstName | Kavya | Arjun | Meera
    last_name | lastName | Iyer | Singh | Nair
    email | email | kavya.iyer@example.in | arjun.singh@example.in | meera.nair@example.in
    phone | phone | 9845012345 | 9811098765 | 9447123456
    # the employer named in a staff list is the person's company
    company | companyName | Sunrise Textiles | Sunrise Textiles | Sunrise Textiles
    department | - | Production | Logistics | Quality
    position | - | Line Supervisor | Forklift Operator | QC Inspector
    hourly_wage | - | 210 | 160 | 185
    base_salary | - | 38000 | 26000 | 31000
    date_of_joining | - | 2021-03-15 | 2023-07-01 | 2019-11-20
    shift_type | - | Rotational | Night | Day
    weekly_hours | - | 48 | 48 | 45
    overtime_hours_3m | - | 22 | 35 | 6
    night_shifts_count_3m | - | 18 | 60 | 0
    performance_score | - | 4.1 | 3.2 | 4.6
    absenteeism_rate | - | 0.03 | 0.08 | 0.01
    tenure_months | - | 51 | 23 | 67
    attrition_risk | - | Low | High | Low
    skills | - | Team handling;SAP | Forklift | Six Sigma
    city | city | Tiruppur | Chennai | Coimbatore
  `),
  set({ id: 'en-crm-sample-csv-kenya-country', kind: 'sample contacts CSV an import modal of a CRM loads (names, e-mail, phone, company, country)', lang: 'en', defaultCountry: 'KE', source: 'index:68397438863 (a CRM\'s contact import modal, sample CSV, TypeScript)' }, `
    first_name | firstName | Wanjiru | Otieno | Amina
    last_name | lastName | Kamau | Ouma | Hassan
    email | email | wanjiru.kamau@example.co.ke | otieno@lakeside-agri.example | amina.h@example.com
    phone | phone | +254711223344 | +254722334455 | +254733445566
    company | companyName | Kamau Traders | Lakeside Agri | Pwani Logistics
    country | country | Kenya | Kenya | Kenya
  `),
  set({ id: 'en-crm-quickref-contacts-csv-position', kind: 'contacts CSV format in a CRM\'s data import quick reference (names, e-mail, phone, company, position)', lang: 'en', source: 'index:9227578718 (a CRM\'s project status document, import quick reference, Markdown)' }, `
    first_name | firstName | Grace | Victor | Lena
    last_name | lastName | Holt | Ames | Fischer
    email | email | grace@holtdental.example | victor.ames@example.com | lena@fischerbau.example
    phone | phone | 555-0186 | 555-0123 | 555-0149
    company | companyName | Holt Dental | Ames Consulting | Fischer Bau
    position | - | Office Manager | Owner | Project Lead
  `),
  set({ id: 'en-sql-contact-form-insert-location-reason', kind: 'website contact form table, insert statement (names, e-mail, phone, company, location id, comments, reason)', lang: 'en', source: 'index:48333678023 (a ColdFusion contact form handler, SQL insert)' }, `
    first_name | firstName | Tom | Alicia | Derek
    last_name | lastName | Reilly | Moreno | Chan
    Email | email | treilly@example.com | alicia.moreno@example.net | dchan@chanfreight.example
    Phone | phone | 616-555-0174 | 269-555-0131 | 616-555-0158
    Company | companyName | Reilly Machining | | Chan Freight
    LocationID | - | 12 | | 7
    Comments | - | Need a quote for 40 units | Question about my order | Call me back please
    Reason | - | Sales | Support | Sales
  `),
  set({ id: 'en-contacts-api-docs-csv-title-status', kind: 'CSV import format in a contacts API\'s documentation (names, e-mail, phone, company, title, status)', lang: 'en', source: 'index:38418097582 (a CRM\'s API documentation, CSV import and export, Markdown)' }, `
    first_name | firstName | Oscar | Mei | Julia
    last_name | lastName | Lindqvist | Chen | Romano
    email | email | oscar@lindqvist.example | mei.chen@example.com | j.romano@romanofoods.example
    phone | phone | 555-0112 | 555-0169 | 555-0195
    company | companyName | Lindqvist AB | Harbor Tech | Romano Foods
    title | - | CEO | Analyst | Buyer
    status | - | customer | lead | prospect
  `),
  set({ id: 'en-crm-import-template-job-title-india', kind: 'contacts template downloaded from a CRM\'s import wizard (names, e-mail, phone, company, job title)', lang: 'en', defaultCountry: 'IN', source: 'index:71025780143 (a CRM\'s import wizard, sample file link, TypeScript)' }, `
    first_name | firstName | Sneha | Karthik | Farah
    last_name | lastName | Kulkarni | Reddy | Khan
    email | email | sneha@kulkarni-ca.example | karthik.reddy@example.in | farah.khan@example.com
    phone | phone | +91 98220 11223 | +91 99000 44556 | +91 98100 77889
    company | companyName | Kulkarni & Co | Reddy Infra | Khan Exports
    job_title | - | Partner | Project Manager | Director
  `),
  set({ id: 'en-uae-b2b-crm-import-template-wide', kind: 'import template of a B2B CRM in the United Arab Emirates, rows are companies with a contact person (company and legal name, contact, title, phone, e-mail, a secondary contact\'s name, phone and e-mail, website, country, emirate, address, industry, sector, tags, stage, priority, value, next action, product interest, notes)', lang: 'en', defaultCountry: 'AE', source: 'index:54501694712 (a B2B CRM single-page app, import template constant, JavaScript)' }, `
    # the rows are companies: the legal name is the Company name, the trade name beside it is not imported
    Company Name | - | Gulf Steel | Oasis Interiors | Falcon Freight
    Legal Name | companyName | Gulf Steel Fabricators LLC | Oasis Interiors Trading LLC | Falcon Freight Services FZE
    Contact Person | name | Ahmed Al Mansoori | Priya Menon | Omar Haddad
    Title | - | Procurement Manager | Owner | Operations Head
    Phone | phone | +971 4 555 0142 | +971 50 555 0187 | +971 6 555 0133
    Email | email | ahmed@gulfsteel.example | priya@oasisinteriors.example | omar.h@falconfreight.example
    # a second person at the company: not this contact's
    Secondary Contact | - | Sara Khalil | | Ravi Nair
    Secondary Phone | - | +971 50 555 0111 | | +971 55 555 0198
    Secondary Email | - | sara@gulfsteel.example | | ravi@falconfreight.example
    Website | - | gulfsteel.example | oasisinteriors.example | falconfreight.example
    Country | country | United Arab Emirates | United Arab Emirates | United Arab Emirates
    Emirate | state | Dubai | Abu Dhabi | Sharjah
    Address | address1 | Plot 12, Al Quoz Industrial 3 | Office 804, Al Wahda Tower | Warehouse 7, SAIF Zone
    Industry | - | Manufacturing | Interior Design | Logistics
    Sector | - | Steel | Fit-out | Freight
    Tags | tags | key account;steel | new | logistics;priority
    Stage | - | Qualified | Lead | Proposal
    Priority | - | High | Medium | High
    Estimated Value (AED) | - | 250000 | 40000 | 120000
    Next Action Date (YYYY-MM-DD) | - | 2025-07-02 | 2025-06-20 | 2025-06-28
    Product Interest | - | Coatings | Lighting | Racking
    Notes | - | Met at Big 5 | | Renewal due Q3
  `),
  set({ id: 'en-subscription-orders-export-summary-lines', kind: 'subscription orders of one customer account exported for Excel, with an account line, a totals line and a blank line above the header (row number, customer name, e-mail, order date, subscription end, payment status, amount, last update)', lang: 'en', above: [['Customer ID', 'ACC-20931'], ['Total Records', '3', 'Paid', '2', 'Pending', '1'], []], source: 'index:28455700549 (a subscriptions dashboard\'s PDF and Excel export helpers, JavaScript)' }, `
    # the export's own row numbers
    No. | - | 1 | 2 | 3
    Customer Name | name | Rebecca Lane | Darius Cole | Mina Patel
    Email | email | rebecca.lane@example.com | dcole@example.net | mina.patel@example.org
    Order Date | - | 01/03/2025 | 15/03/2025 | 02/04/2025
    Subscription End | - | 01/03/2026 | 15/09/2025 | 02/04/2026
    Payment Status | - | Paid | Pending | Paid
    Amount | - | 120 | N/A | 120
    Last Update | - | 03/03/2025 10:15 | 15/03/2025 18:40 | 02/04/2025 09:05
  `),
  set({ id: 'en-phone-book-csv-excel-sep-line', kind: 'console phone book saved as CSV for Excel with a "sep=;" line above the header (id, name, phone, address, birthday as day, month and year)', lang: 'en', defaultCountry: 'RU', above: [['sep=;']], source: 'index:7783778308 (a console phone book exercise, CSV export, Java)' }, `
    ID | externalId | 0 | 1 | 4
    Name | name | Ivan Petrov | Olga Smirnova | Sergey Volkov
    Phone | phone | +7 916 123-45-67 | +7 903 765-43-21 | +7 925 555-01-02
    Address | address1 | Tverskaya 12, Moscow | Nevsky 45, Saint Petersburg | Lenina 7, Kazan
    # the birthday split in three number columns: no single column holds the date
    dayBirthdays | - | 14 | 3 | 28
    monthBirthdays | - | 2 | 11 | 7
    yearBirthdays | - | 1985 | 1992 | 1979
  `),
  set({ id: 'en-certificate-mailer-recipients-no-header', kind: 'recipient list for a certificate mailer, read without a header row (name, e-mail)', lang: 'en', noHeader: true, source: 'index:43205736282 (a script e-mailing each person the PDF named after them, Python)' }, `
    "" | name | Jessica Moore | Anthony Reyes | Priya Raman
    "" | email | jessica.moore@example.com | a.reyes@example.org | priya.raman@example.net
  `),
  set({ id: 'en-name-import-first-last-no-header', kind: 'list of people\'s first and last names imported without a header row', lang: 'en', noHeader: true, source: 'index:27214368444 (a name import routine, pandas read without header, Python)' }, `
    "" | firstName | Brian | Chloe | Marcus
    "" | lastName | Keller | Nguyen | Whitfield
  `),
  set({ id: 'en-network-contacts-exported-by-line', kind: 'contacts spreadsheet with an "Exported by LinkedIn" line above the header, read by a relationship app\'s spreadsheet parser test (given name, surname, company, position, work e-mail, mobile, relationship context)', lang: 'en', above: [['Exported by LinkedIn']], source: 'index:62112381284 (a relationship app\'s contact spreadsheet parser tests, TypeScript)' }, `
    Given Name | firstName | Evelyn | Samuel | Hana
    Surname | lastName | Brooks | Oyelaran | Kobayashi
    Company Name | companyName | Lattice Health | Northgate Capital | Sora Design
    Position Title | - | VP, Clinical Ops | Associate | Founder
    Work Email | email | evelyn.brooks@latticehealth.example | samuel@northgate.example | hana@soradesign.example
    # typed phones only: the mobile is the main phone
    Mobile Number | phone | +1 (617) 555-0131 | +1 (212) 555-0176 | +1 (415) 555-0119
    Relationship Context | - | Met at HLTH 2024 | Former colleague | Intro via Dana
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-haendler-liste-export-nummer-name', kind: 'German dealer list, CSV export and import of a dealer app (number, contact person\'s names, street, house number, postcode, town, dealer name, sort order, e-mail)', lang: 'de', defaultCountry: 'DE', source: 'index:51818470676 (a dealer app\'s import and export tests, TypeScript)' }, `
    Nummer | externalId | 42 | 43 | 57
    Vorname | firstName | Jürgen | Sabine | Ali
    Nachname | lastName | Krämer | Vogt | Yılmaz
    Straße | address1 | Hauptstraße | Lindenweg | Bahnhofstraße
    Hausnummer | - | 12 | 3a | 88
    PLZ | postalCode | 34117 | 37073 | 36037
    Stadt | city | Kassel | Göttingen | Fulda
    # the rows are dealers: the dealer's name is the company, the names beside it the contact person's
    Name | companyName | Krämer Zweirad | Vogt Gartengeräte | Yılmaz Autoteile
    Sortierung | - | 1 | 2 | 3
    E-Mail | email | info@kraemer-zweirad.example | s.vogt@vogt-garten.example | ali@yilmaz-autoteile.example
  `),
  set({ id: 'de-kunden-export-suchbegriffe-notizen', kind: 'German customer export of a small ERP (customer number, company, street, postcode, town, country, e-mail, phone, search terms, notes)', lang: 'de', defaultCountry: 'DE', source: 'index:53185618912 (a business app\'s customer CSV export route, TypeScript)' }, `
    Kundennummer | externalId | K-10021 | K-10022 | K-10035
    Firma | companyName | Elektro Sommer GmbH | Bäckerei Huber | Malerbetrieb Kaya
    Strasse | address1 | Industriestraße 4 | Marktplatz 9 | Gartenstraße 17
    PLZ | postalCode | 90431 | 94032 | 93047
    Stadt | city | Nürnberg | Passau | Regensburg
    Land | country | Deutschland | Deutschland | Deutschland
    E-Mail | email | info@elektro-sommer.example | bestellung@baeckerei-huber.example | kontakt@maler-kaya.example
    Telefon | phone | 0911 3456780 | 0851 123456 | 0941 9876543
    # words the program finds the customer by, not a label list
    Suchbegriffe | - | Elektro Sommer | Huber Passau | Kaya Maler
    Notizen | - | Rahmenvertrag bis 2026 | | Zahlt per Lastschrift
  `),
  set({ id: 'de-demo-kunden-csv-adresse-einzeilig', kind: 'German demo customer CSV of an inventory app (customer number, company, e-mail, phone, whole address in one column)', lang: 'de', defaultCountry: 'DE', source: 'index:54569734077 (an inventory app\'s demo CSV data, TypeScript)' }, `
    Kundennummer | externalId | KD-101 | KD-102 | KD-103
    Firma | companyName | Nordlicht Haustechnik | Brauer & Söhne KG | Lindner Metallbau
    E-Mail | email | service@nordlicht-ht.example | info@brauer-soehne.example | anfrage@lindner-metall.example
    Telefon | phone | 040-7788990 | 0421-556677 | 0511-223344
    Adresse | address1 | Elbchaussee 20, 22765 Hamburg | Schlachte 5, 28195 Bremen | Vahrenwalder Str. 101, 30165 Hannover
  `),
  set({ id: 'de-sql-teilnehmer-tabelle-wien', kind: 'Austrian participants table, create and insert statements (id, names, street, house number, postcode, town)', lang: 'de', defaultCountry: 'AT', source: 'index:34159241402 (an SQL exercise, participants table, SQL)' }, `
    ID | externalId | 1 | 2 | 3
    Vorname | firstName | Lukas | Theresa | Dragan
    Nachname | lastName | Gruber | Wimmer | Petrović
    Straße | address1 | Favoritenstraße | Mariahilfer Straße | Linzer Straße
    Hausnr | - | 45 | 102 | 7
    PLZ | postalCode | 1100 | 1060 | 1140
    Ort | city | Wien | Wien | Wien
  `),
  set({ id: 'de-sql-azubi-anmeldung-insert', kind: 'German vocational school registration, insert into the trainee table (names, street, house number, postcode, town, e-mail)', lang: 'de', defaultCountry: 'DE', source: 'index:27338779618 (a vocational school\'s user registration page, SQL insert, PHP)' }, `
    Vorname | firstName | Leonie | Emre | Jannik
    Nachname | lastName | Schubert | Aydın | Brandt
    Straße | address1 | Am Stadtpark | Kirchweg | Schulstraße
    Hausnummer | - | 8 | 21 | 3
    Postleitzahl | postalCode | 45127 | 44135 | 42103
    Ort | city | Essen | Dortmund | Wuppertal
    Email | email | leonie.schubert@example.de | emre.aydin@example.de | j.brandt@example.de
  `),
  set({ id: 'de-shop-bestellt-tabelle-insert', kind: 'German web shop\'s ordered-items table, insert statement (buyer\'s names, street, e-mail, address addition, country, town, postcode, user id, product, price, title, quantity, sum, order number, image link)', lang: 'de', defaultCountry: 'DE', source: 'index:19368769488 (a web shop\'s checkout page, SQL insert, PHP)' }, `
    vorname | firstName | Marie | Stefan | Jana
    nachname | lastName | Koch | Albrecht | Novak
    straße | address1 | Rosenstraße 14 | Talweg 2 | Am Ring 33
    email | email | marie.koch@example.de | s.albrecht@example.de | jana.novak@example.de
    zusatz | - | 2. OG | | c/o Müller
    land | country | Deutschland | Deutschland | Österreich
    ort | city | Mainz | Wiesbaden | Graz
    plz | postalCode | 55116 | 65183 | 8010
    userid | externalId | 311 | 318 | 402
    pid | - | 17 | 4 | 23
    preis | - | 19.90 | 49.00 | 7.50
    titel | - | Leinentasche | Wanderschuhe | Postkartenset
    menge | - | 2 | 1 | 3
    summe | - | 39.80 | 49.00 | 22.50
    bestellnr | - | 20250412-031 | 20250412-032 | 20250413-001
    bildlink | - | img/tasche.jpg | img/schuhe.jpg | img/karten.jpg
  `),
  set({ id: 'de-referee-licences-import-two-courses', kind: 'German referee licence import of a sports association (licence number, names, birth date, club, year, two course levels with dates, test versions and points, licence)', lang: 'de', defaultCountry: 'DE', source: 'index:59027896315 (a referee registry\'s import history test, Ruby)' }, `
    lizenznummer | externalId | SR-20418 | SR-20433 | SR-21007
    nachname | lastName | Bauer | Demir | Schulte
    vorname | firstName | Niklas | Elif | Markus
    geburtsdatum | dateOfBirth | 14.02.2001 | 30.09.1998 | 05.06.1985
    # the club a referee is registered with is a group the person belongs to
    verein | tags | TSV Eintracht Hohenlimburg | SC Rot-Weiß Dortmund | VfL Schwerte
    jahr | - | 2025 | 2025 | 2025
    kurs1_stufe | - | Anwärter | Anwärter | Kreisliga
    kurs1_datum | - | 12.03.2025 | 12.03.2025 | 08.02.2025
    kurs1_testversion | - | A | B | A
    kurs1_punkte | - | 27 | 30 | 24
    kurs2_stufe | - | | Kreisliga | Bezirksliga
    kurs2_datum | - | | 17.05.2025 | 17.05.2025
    kurs2_testversion | - | | A | C
    kurs2_punkte | - | | 26 | 28
    lizenz | - | ja | ja | nein
  `),
  set({ id: 'de-efz-auskunft-personenliste', kind: 'German list of volunteers with the validity of their police clearance certificate, read by a youth association\'s check tool (names, birth date, valid from, status)', lang: 'de', defaultCountry: 'DE', source: 'index:61379393334 (a youth association\'s clearance certificate check tests, JavaScript)' }, `
    Nachname | lastName | Hartmann | Kılıç | Sommer
    Vorname | firstName | Johanna | Deniz | Paul
    Geburtsdatum | dateOfBirth | 03.11.97 | 21.04.02 | 17.08.89
    Gültig ab | - | 2024-02-01 | 2023-09-15 | 2025-01-10
    Status der Person | - | Gültig | Abgelaufen | Gültig
  `),
  set({ id: 'de-mitarbeiter-tabelle-kostenstelle', kind: 'German employee table of a payroll dashboard (names, e-mail, personnel number, cost centre)', lang: 'de', defaultCountry: 'DE', source: 'index:66614225743 (a payroll dashboard\'s employee tab, React)' }, `
    Vorname | firstName | Carina | Mehmet | Tobias
    Nachname | lastName | Wolf | Arslan | Keller
    E-Mail | email | c.wolf@holzbau-nord.example | m.arslan@holzbau-nord.example | t.keller@holzbau-nord.example
    Personalnummer | externalId | 100231 | 100245 | 100302
    Kostenstelle | - | 4100 | 4200 | 4100
  `),
  set({ id: 'de-gaeste-export-pass-rechnungen', kind: 'German guest list export of a bath and sauna booking app (names, e-mail, phone, QR code, regular guest, since, active pass, remaining entries, invoice numbers)', lang: 'de', defaultCountry: 'DE', source: 'index:58509347311 (a sauna booking app\'s guests page, CSV download, React)' }, `
    Vorname | firstName | Ute | Björn | Selin
    Nachname | lastName | Brandl | Meier | Öztürk
    E-Mail | email | ute.brandl@example.de | bjoern.meier@example.de | selin.oeztuerk@example.de
    Telefon | phone | 0171 2345678 | 0160 9876543 | 0152 1112233
    # the code on the guest's card is the guest's id in the check-in system
    QR-Code | externalId | G-7F3A21 | G-7F3A58 | G-80B1C4
    Stammkunde | - | ja | nein | ja
    Seit | - | 2022-05-14 | | 2023-11-02
    Aktiver Pass | - | 10er-Karte | | Monatspass
    HE | - | 4 | 0 | 
    GA | - | 1 | 0 | 
    Rechnungsnummern | - | R-2025-0141, R-2025-0198 | | R-2025-0203
  `),
  set({ id: 'de-museumsbahn-personal-liste-wide', kind: 'member and staff list export of a German heritage railway association (number, names, birth date, gender, salutation, job, entry, status, exit, fee type, bank details, training, address, distance, mail, two phones, consents, remarks)', lang: 'de', defaultCountry: 'DE', source: 'index:1226193451 (a heritage railway\'s staff planning program, member list CSV header, C++)' }, `
    Nummer | externalId | 12 | 47 | 103
    Nachname | lastName | Lehmann | Fuchs | Kurz
    Vorname | firstName | Dieter | Anja | Felix
    Geburtsdatum | dateOfBirth | 1958-04-22 | 1979-12-03 | 2004-07-19
    Geschlecht | - | männlich | weiblich | männlich
    Anrede | - | Herr | Frau | Herr
    Beruf | - | Lokführer i.R. | Lehrerin | Student
    Eintritt | - | 1994-01-01 | 2010-06-15 | 2021-03-01
    Status | - | aktiv | aktiv | passiv
    Austritt | - | | | 
    # the kind of fee a member pays (active, supporting, family) is a fee level: not imported
    Beiragsart | - | Beitrag Aktive | Familienbeitrag (Zahler) | Ermäßigt
    IBAN | - | DE02120300000000202051 | DE12500105170648489890 | 
    Bank | - | DKB | ING | 
    Kontoinhaber | - | Dieter Lehmann | Anja Fuchs | 
    Beitrag | - | 60 | 90 | 30
    Nachzahlung | - | 0 | 0 | 30
    Tf | - | ja | nein | nein
    Zf | - | ja | ja | nein
    Rangierer | - | ja | ja | ja
    Tauglichkeit | - | 2026-03-31 | 2027-05-31 | 
    BemerkungBetrieb | - | | Zugführerin seit 2015 | 
    AusbildungSonst | - | Bremsprobe | | Schaffner
    Straße | address1 | Am Bahndamm 3 | Lindenallee 18 | Schillerstraße 7
    PLZ | postalCode | 31785 | 31789 | 30159
    Ort | city | Hameln | Hameln | Hannover
    Strecke | - | 4 | 9 | 46
    Mail | email | d.lehmann@example.de | anja.fuchs@example.de | felix.kurz@example.de
    Telefon | phone | 05151 123456 | 05151 654321 | 0511 998877
    Telefon2 | additionalPhones | 0170 1234567 | | 0176 2233445
    Zustimmung Mail | - | ja | ja | ja
    Zustimmung Telefon | - | ja | nein | ja
    Bemerkung | - | Ehrenmitglied | | 
  `),
  set({ id: 'de-dublettentest-satznr-adresszeile', kind: 'German test data of two companies\' person records for duplicate detection (record number, surname, first name, birth date, gender, country, postcode, town, address line)', lang: 'de', defaultCountry: 'DE', source: 'index:35161368908 (a record linkage project\'s test data generator, Python)' }, `
    SATZNR | externalId | A-000184 | A-000185 | A-000201
    NAME | lastName | SCHMITZ | WAGNER | BECKER
    VORNAME | firstName | KLAUS | ANNA-LENA | TIM
    GEBURTSDATUM | dateOfBirth | 1971-05-03 | 1988-10-27 | 1999-01-14
    GESCHLECHT | - | M | W | M
    LAND | country | DE | DE | AT
    POSTLEITZAHL | postalCode | 50667 | 53111 | 5020
    ORT | city | KÖLN | BONN | SALZBURG
    ADRESSZEILE | address1 | HOHE STRASSE 12 | POPPELSDORFER ALLEE 5 | GETREIDEGASSE 9
  `),
  set({ id: 'de-erp-adresse-insert-ansprechpartner', kind: 'address table of a German open-source ERP, insert statement (id, type, name, department, sub-department, contact person, address addition, street, country, postcode, town, e-mail, phone, fax, VAT id, partner, project, company, state, billing state)', lang: 'de', defaultCountry: 'DE', source: 'index:59792376920 (an open-source ERP\'s address module, SQL insert, PHP)' }, `
    id | externalId | 1042 | 1043 | 1051
    typ | - | firma | firma | firma
    # the rows are companies' addresses with a contact person: the name is the company, the contact person the Name
    name | companyName | Holzhandel Berger GmbH | Stolz Elektrotechnik | Praxis am Dom
    abteilung | - | Einkauf | | Verwaltung
    unterabteilung | - | | | 
    ansprechpartner | name | Frank Berger | Reinhard Stolz | Dr. Ines Raab
    adresszusatz | - | Tor 2 | | 
    strasse | address1 | Sägewerkstraße 8 | Bergstraße 14 | Domplatz 3
    land | country | DE | DE | DE
    plz | postalCode | 87435 | 87600 | 86150
    ort | city | Kempten | Kaufbeuren | Augsburg
    email | email | einkauf@holz-berger.example | info@stolz-elektro.example | verwaltung@praxis-am-dom.example
    telefon | phone | 0831 123450 | 08341 98765 | 0821 556677
    telefax | - | 0831 123459 | | 0821 556678
    ustid | - | DE123456789 | | 
    partner | - | | | 
    projekt | - | 1 | 1 | 2
    firma | - | 1 | 1 | 1
    bundesstaat | state | BY | BY | BY
    rechnung_bundesstaat | - | | | 
  `),
  set({ id: 'de-at-kanzlei-offboarding-mitarbeiter', kind: 'Austrian law firm\'s staff list for offboarding (short code, titles, names, contract dates, room, birth date, mobile, e-mail, phone, cost centre, hourly rate, professional, team, FTE, position, last working day)', lang: 'de', defaultCountry: 'AT', source: 'index:4126155137 (an offboarding tool\'s CSV parser tests, Python)' }, `
    # the staff member's short code is the code the person is filed under in the firm's systems
    Kürzel | externalId | HMA | KLE | WIB
    Titel | - | Mag. | Dr. | 
    Vorname | firstName | Hannah | Konstantin | Birgit
    Nachname | lastName | Maier | Lechner | Wieser
    Titel nach dem Namen | - | LL.M. | | BA
    Vertragsbeginn | - | 01.09.2021 | 15.01.2018 | 01.03.2023
    Vertragsende | - | 30.06.2025 | | 31.07.2025
    Zimmer | - | 512 | 701/2 | 208
    Geburtsdatum | dateOfBirth | 14.04.1994 | 02.12.1982 | 27.08.1999
    Handy | additionalPhones | +43 664 1234567 | +43 676 7654321 | 
    E-Mail | email | maier@kanzlei-ring.example | lechner@kanzlei-ring.example | wieser@kanzlei-ring.example
    Telefon | phone | +43 1 53437 512 | +43 1 53437 701 | +43 1 53437 208
    Kostenstelle | - | 210 | 100 | 300
    Stundensatz | - | 180 | 320 | 75
    Berufsträger | - | ja | ja | nein
    Team | tags | Corporate | Litigation | Sekretariat
    FTE | - | 1,0 | 1,0 | 0,5
    Stellenbezeichnung | - | Rechtsanwaltsanwärterin | Partner | Assistenz
    Letzter Arbeitstag | - | 27.06.2025 | | 31.07.2025
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-orkest-leden-bijwerken-prive-email', kind: 'Dutch band member import of a music association app, update test (first name, infix, last name, e-mail, role, private e-mail)', lang: 'nl', defaultCountry: 'NL', source: 'index:69188438071 (a music association app\'s member import tests, TypeScript)' }, `
    Voornaam | firstName | Femke | Ruud | Noor
    Tussenvoegsel | - | van | | de
    Achternaam | lastName | Leeuwen | Bosman | Wit
    E-mail | email | femke@harmonie-dorp.example | ruud@harmonie-dorp.example | noor@harmonie-dorp.example
    Rol | - | lid | bestuur | lid
    Privé-e-mail | additionalEmails | femke.vl@example.nl | | noordewit@example.nl
  `),
  set({ id: 'nl-nieuwe-bewoners-import-wide', kind: 'Dutch new residents import of a municipality\'s registration tool (last name, prefix, given names, gender, birth date, place and country of birth, nationality, street, house number, letter, addition, postcode, town, e-mail, phone, reference, previous country, move-in date, remarks)', lang: 'nl', defaultCountry: 'NL', source: 'index:2566579497 (a municipal registration tool\'s CSV import performance test, Java)' }, `
    Achternaam | lastName | Visser | Kowalski | Haddou
    Voorvoegsel | - | | | el
    Voornamen | firstName | Sanne Maria | Piotr | Yasmina
    Geslacht | - | Vrouw | Man | Vrouw
    Geboortedatum | dateOfBirth | 12-3-1994 | 7-11-1988 | 23-5-2001
    Geboorteplaats | - | Zwolle | Kraków | Utrecht
    Geboorteland | - | Nederland | Polen | Nederland
    Nationaliteit | - | Nederlandse | Poolse | Nederlandse
    Straatnaam | address1 | Grote Markt | Vondellaan | Kerkstraat
    Huisnummer | - | 14 | 203 | 7
    Huisletter | - | | B | 
    Toevoeging | - | 2 | | bis
    Postcode | postalCode | 8011 LV | 3521 GH | 3581 RA
    Woonplaats | city | Zwolle | Utrecht | Utrecht
    E-mail | email | sanne.visser@example.nl | piotr.k@example.com | y.elhaddou@example.nl
    Telefoon | phone | 06 12345678 | 06 87654321 | 030 2345678
    # the registration's own reference, like a request number
    Referentienummer | - | REG-2025-0091 | REG-2025-0092 | REG-2025-0107
    Land van vorig adres | - | | Polen | 
    Datum ingang bewoning | - | 1-4-2025 | 15-4-2025 | 1-5-2025
    Opmerkingen | - | | Tolk gewenst | 
  `),
  set({ id: 'nl-afleveradressen-import-shipping-tool', kind: 'Dutch address book import of a parcel shipping tool (reference, company, names, street, house number and addition, postcode, town, country code, e-mail, phone, mobile, building, floor, department, door code, delivery reference)', lang: 'nl', defaultCountry: 'NL', source: 'index:24087574251 (a parcel shipping tool\'s address import controller, PHP)' }, `
    # the code the recipient is filed under in the sender's own system
    Referentie | externalId | KL-2031 | KL-2032 | KL-2040
    Bedrijfsnaam | companyName | Bloemenhuis Jansen | | Tandartspraktijk Oost
    Voornaam | firstName | Mirjam | Koen | Ahmed
    Achternaam | lastName | Jansen | Smits | Benali
    Straatnaam | address1 | Dorpsstraat | Molenweg | Linnaeusstraat
    Huisnummer | - | 21 | 4 | 88
    Huisnummer toevoeging | - | | A | hs
    Postcode | postalCode | 1191 BK | 5211 AB | 1093 EK
    Plaatsnaam | city | Ouderkerk aan de Amstel | 's-Hertogenbosch | Amsterdam
    Landcode | country | NL | NL | NL
    Email | email | info@bloemenhuisjansen.example | koen.smits@example.nl | praktijk@tandartsoost.example
    Telefoon | phone | 020 4961234 | | 020 6654321
    Mobiel nummer | additionalPhones | 06 11223344 | 06 55667788 | 
    Gebouw | - | | | Blok C
    Verdieping | - | | | 2
    Afdeling | - | Inkoop | | Receptie
    Deurcode | - | | 4711 | 
    Aflever referentie | - | Achterom | | Bellen bij receptie
  `),
  set({ id: 'nl-kadaster-nieuwe-subjecten-csv', kind: 'Dutch land registry extract of new subjects, persons and organisations (validity start, kind, surname, prefix, given names, name, address, birth and death dates, BSN, RSIN, KvK number, street, house number parts, postcode, town)', lang: 'nl', defaultCountry: 'NL', source: 'index:29481668424 (a land registry extract converter\'s zip file test, Java)' }, `
    begin_geldigheid | - | 2025-01-01 | 2025-01-01 | 2025-02-15
    # natural or non-natural person: the kind of record, not a category the user files contacts under
    soort | - | natuurlijk persoon | natuurlijk persoon | niet-natuurlijk persoon
    geslachtsnaam | lastName | Hoekstra | Dijkman | 
    voorvoegsel | - | | | 
    voornamen | firstName | Pieter Jan | Lotte | 
    # the name of an organisation subject: the company
    naam | companyName | | | Woonstichting De Linde
    # the whole address comes first; the street column after it is the same address again
    woonadres | address1 | Schoolstraat 5 | Nieuwe Gracht 12 A | Stationsplein 1
    geboortedatum | dateOfBirth | 1962-08-30 | 1991-02-11 | 
    overlijdensdatum | - | | | 
    bsn | - | 123456782 | 987654321 | 
    rsin | - | | | 812345678
    kvk_nummer | - | | | 41234567
    straatnaam | - | Schoolstraat | Nieuwe Gracht | Stationsplein
    huisnummer | - | 5 | 12 | 1
    huisletter | - | | A | 
    huisnummer_toev | - | | | 
    postcode | postalCode | 9101 AB | 2011 NB | 7511 JD
    woonplaats | city | Dokkum | Haarlem | Enschede
  `),
  set({ id: 'nl-be-bedrijven-import-contactpersoon', kind: 'Belgian company list for a job fair site\'s bulk import (company name, contact person\'s name and e-mail)', lang: 'nl', defaultCountry: 'BE', source: 'index:8074144888 (a job fair site\'s company import page, PHP)' }, `
    Bedrijfsnaam | companyName | Van Damme Logistiek | Brouwerij De Kroon | Studio Lien
    Naam contactpersoon | name | Els Van Damme | Wim Peeters | Lien Claes
    E-mailadres contactpersoon | email | els@vandamme-logistiek.example | hr@dekroon.example | lien@studiolien.example
  `),
  set({ id: 'nl-rijschool-instructeurs-insert', kind: 'Dutch driving school\'s instructor table, insert statement (names, town, phone number, status, date created)', lang: 'nl', defaultCountry: 'NL', source: 'index:23952229659 (a driving school database script, SQL)' }, `
    voornaam | firstName | Sven | Ilse | Mohamed
    achternaam | lastName | de Graaf | Mulder | Amrani
    woonplaats | city | Amersfoort | Utrecht | Nieuwegein
    telefoonnummer | phone | +31612003344 | +31623114455 | +31634225566
    status | - | beschikbaar | op vakantie | werkend
    dateCreated | - | 2025-03-01 12:00:00 | 2025-03-01 12:00:00 | 2025-04-15 09:30:00
  `),
  set({ id: 'nl-contactverzoeken-website-insert', kind: 'Dutch website contact requests table, insert statement (name, e-mail, phone, subject, message, type, status)', lang: 'nl', defaultCountry: 'NL', source: 'index:60795135595 (a small business website\'s contact route, SQL insert, JavaScript)' }, `
    naam | name | Eva Brouwer | Thijs Kramer | Latifa Bouzid
    email | email | eva.brouwer@example.nl | thijs@kramer-installatie.example | latifa.b@example.com
    telefoon | phone | 06 24681357 | 010 4123456 | 
    onderwerp | - | Offerte dakkapel | Vraag over onderhoud | Afspraak
    bericht | - | Graag een offerte voor... | Wanneer kunnen jullie langskomen? | Kan ik volgende week terecht?
    type | - | contact | contact | contact
    status | - | nieuw | nieuw | afgehandeld
  `),
  set({ id: 'nl-webwinkel-bestellingen-insert', kind: 'Dutch web shop orders table, insert statement at checkout (name, e-mail, phone, address, payment mode, products, amount paid)', lang: 'nl', defaultCountry: 'NL', source: 'index:36166223579 (a web shop\'s order action, SQL insert, PHP)' }, `
    naam | name | Joost Hendriks | Fleur van Dam | Kees Post
    email | email | joost.h@example.nl | fleur.vandam@example.nl | kees.post@example.nl
    telefoon | phone | 0612345670 | 0687654320 | 0201234560
    # the whole address in one column, the only address the file has
    adres | address1 | Lindelaan 4, 2012 AB Haarlem | Kanaalweg 19, 3526 KL Utrecht | Prinsengracht 100, 1015 EA Amsterdam
    pmode | - | ideal | cod | ideal
    producten | - | Koffiebonen (2), Filters (1) | Theepot (1) | Mok (4)
    hoeveel_betaald | - | 27.50 | 34.95 | 31.80
  `),
  set({ id: 'nl-prospectlijst-mailtekst-bron', kind: 'Dutch prospect list written for a cold e-mail campaign (names, company, job, e-mail with its confidence and where it was found, subject, mail text, note)', lang: 'nl', defaultCountry: 'NL', source: 'index:68873756220 (a prospecting script building a mail list, Python)' }, `
    voornaam | firstName | Maarten | Ingrid | Yusuf
    achternaam | lastName | de Boer | Vermeulen | Kaya
    bedrijf | companyName | Boer Installatietechniek | Vermeulen Accountants | Kaya Bouw
    functie | - | Directeur | Office manager | Eigenaar
    email | email | maarten@boer-installatie.example | i.vermeulen@vermeulen-acc.example | yusuf@kayabouw.example
    email_confidence | - | hoog | middel | hoog
    # where the address was found, not where the lead came from
    email_bron | - | website | kvk | linkedin
    onderwerp | - | Korte vraag over jullie planning | Idee voor de jaarafsluiting | Bouwplaatsregistratie
    mailtekst | - | Hoi Maarten, ... | Hoi Ingrid, ... | Hoi Yusuf, ...
    notitie | - | | Nieuwe vestiging Breda | Eerder gesproken op beurs
  `),
  set({ id: 'nl-be-werknemer-dossier-wide', kind: 'Belgian employee record of a payroll app, all fields of its new-employee wizard (names, contract and external ids, national register number, birth date, gender, nationality, language, e-mail, phone, contact number, emergency contact, address, country, family situation, contract, working time, wage codes, groups)', lang: 'nl', defaultCountry: 'BE', source: 'index:53952823353 (a payroll app\'s new employee wizard, React)' }, `
    voornaam | firstName | Lotte | Jonas | Amina
    achternaam | lastName | Claes | Wouters | El Idrissi
    # the employment contract's number, not the person's
    overeenkomstnummer | - | OVK-2025-014 | OVK-2025-015 | OVK-2025-021
    externe_id | externalId | W-1184 | W-1185 | W-1190
    rijksregisternummer | - | 95.03.14-123.45 | 88.11.02-234.56 | 99.07.21-345.67
    geboortedatum | dateOfBirth | 1995-03-14 | 1988-11-02 | 1999-07-21
    geslacht | - | Vrouw | Man | Vrouw
    nationaliteit | - | Belg | Belg | Marokkaan
    officiele_taal | - | NL | NL | FR
    email | email | lotte.claes@example.be | jonas.wouters@example.be | amina.elidrissi@example.be
    telefoon | phone | +32 470 11 22 33 | +32 471 44 55 66 | +32 472 77 88 99
    # beside the emergency contact: taken as that contact's number
    contactnummer | - | +32 3 123 45 67 | | +32 2 765 43 21
    noodcontact | - | Marc Claes | Sara Wouters | Karim El Idrissi
    adres | address1 | Lange Lozanastraat 12, 2018 Antwerpen | Stationsstraat 4, 3000 Leuven | Rue Haute 88, 1000 Brussel
    land | country | België | België | België
    burgerlijke_staat | - | ongehuwd | gehuwd | ongehuwd
    aantal_kinderen_ten_laste | - | 0 | 2 | 0
    personen_65_plus_ten_laste | - | 0 | 0 | 1
    persoon_met_handicap | - | nee | nee | nee
    startdatum | - | 2025-02-01 | 2023-09-01 | 2025-04-14
    einddatum | - | | | 2025-10-13
    functie | - | Magazijnier | Ploegbaas | Administratief bediende
    status | - | actief | actief | actief
    type_overeenkomst | - | Onbepaalde duur | Onbepaalde duur | Bepaalde duur
    werknemerstypering | - | Arbeider | Arbeider | Bediende
    paritair_comite | - | 226 | 124 | 200
    type_werktijd | - | Voltijds | Voltijds | Deeltijds
    werkregime | - | 38u | 38u | 19u
    tewerkstellingsbreuk | - | 38/38 | 38/38 | 19/38
    berekeningswijze | - | Uurloon | Uurloon | Maandloon
    uurloon | - | 16.45 | 19.80 | 
    barema_type | - | Sectoraal | Sectoraal | Sectoraal
    barema_code | - | B2 | C1 | A3
    looncode_411 | - | 15 | 15 | 
    looncode_591 | - | 8 | 8 | 8
    looncode_691 | - | 6.91 | 6.91 | 6.91
    looncode_104 | - | | 12 | 
    sturingsgroep | - | Logistiek | Bouw | Kantoor
    kostenplaats | - | KP-200 | KP-310 | KP-100
  `),
  set({ id: 'nl-csv-import-bron-bestandsnaam', kind: 'Dutch contact CSV for a mailing list app\'s import, test where the file name becomes the source (e-mail, name, street, postcode, town, phone)', lang: 'nl', defaultCountry: 'NL', source: 'index:53688938960 (a mailing list app\'s CSV import API tests, Python)' }, `
    email | email | hanneke@example.nl | pieter.vos@example.nl | sara.elamrani@example.nl
    naam | name | Hanneke Dekker | Pieter Vos | Sara El Amrani
    straat | address1 | Oranjestraat 8 | Dorpsweg 112 | Vondelstraat 3
    postcode | postalCode | 2514 JB | 7711 AA | 1054 GB
    plaats | city | Den Haag | Nieuwleusen | Amsterdam
    telefoon | phone | 0612345678 | 0529 481234 | 0687654321
  `),
  set({ id: 'nl-dealer-campagne-export-contactpersoon', kind: 'Dutch dealer list of a dealer CRM campaign, CSV export (dealer name, contact person, owner, street, postcode, town, phone, e-mail, website, status)', lang: 'nl', defaultCountry: 'NL', source: 'index:54600798442 (a dealer CRM WordPress plugin, campaign CSV export, PHP)' }, `
    # the rows are dealers: the dealer's name is the company, the contact person the Name
    Naam | companyName | Fietsplus Hoorn | Tweewielers Van Leeuwen | E-Bike Centrum Oost
    Contactpersoon | name | Gerard Bos | Anouk van Leeuwen | Rik Hermans
    # the dealer's proprietor, another person than the contact
    Eigenaar | - | Gerard Bos | Hans van Leeuwen | Marloes Hermans
    Straat | address1 | Grote Noord 44 | Hoofdstraat 7 | Oldenzaalsestraat 210
    Postcode | postalCode | 1621 KK | 3431 AB | 7523 AG
    Plaats | city | Hoorn | Nieuwegein | Enschede
    Telefoon | phone | 0229 212345 | 030 6012345 | 053 4301234
    E-mail | email | info@fietsplushoorn.example | anouk@vanleeuwen-tweewielers.example | rik@ebikecentrumoost.example
    Website | - | www.fietsplushoorn.example | www.vanleeuwen-tweewielers.example | 
    Status | - | actief | prospect | actief
  `),
  // ----------------------------------------------------------------------------------------------------- Mixed
  set({ id: 'mixed-de-en-talent-application-form-export', kind: 'talent agency\'s "Talent werden" form, its submissions laid out by the form\'s German / English field labels (names, e-mail, phone, birth date, nationality, category, measurements, hair and eye colour, location, social handles, website, images, experience, about, consent)', lang: 'mixed', defaultCountry: 'DE', source: 'index:52511509702 (a talent agency site\'s form seed data, TypeScript)' }, `
    Vorname / First Name | firstName | Lea | Marco | Aylin
    Nachname / Last Name | lastName | Hoffmann | Rossi | Yıldız
    E-Mail | email | lea.hoffmann@example.de | marco.rossi@example.it | aylin.y@example.com
    Telefon / Phone | phone | +49 176 12345678 | +39 347 1234567 | +49 151 87654321
    Geburtsdatum / Date of birth | dateOfBirth | 2001-04-12 | 1997-09-30 | 2003-01-22
    Nationalität / Nationality | - | DE | IT | DE
    # dancer, model or both: the category the applicant is filed under
    Kategorie / Category | tags | dancer | model | both
    Größe in cm / Height in cm | - | 168 | 186 | 172
    Konfektionsgröße / Clothing size | - | 36 | 50 | 34
    Schuhgröße / Shoe size | - | 39 | 44 | 38
    Brust in cm / Bust in cm | - | 84 | 98 | 82
    Taille in cm / Waist in cm | - | 64 | 80 | 62
    Hüfte in cm / Hips in cm | - | 90 | 96 | 88
    Haarfarbe / Hair colour | - | blonde | black | brown
    Augenfarbe / Eye colour | - | blue | brown | green
    Standort / Location | - | Berlin | Milano / München | Hamburg
    Instagram Handle | - | @lea.moves | @marco.rossi.model | @aylin.dance
    TikTok Handle | - | @leamoves | | @aylindance
    Website / Portfolio URL | website | https://leahoffmann.example | https://marcorossi.example | 
    Portfolio-Bilder / Portfolio images | - | 3 files | 5 files | 4 files
    Erfahrung / Experience | - | Musicals, Musikvideos | Fashion Week Milano | Tanzschule seit 10 Jahren
    Über dich / About you | - | Zeitgenössischer Tanz und Jazz | Runway and editorial | Hip-Hop und Commercial
    Datenschutz zustimmen / Agree to data processing | - | true | true | true
  `),
  set({ id: 'mixed-de-en-gewinnspiel-teilnahmen-select', kind: 'raffle entries of a German family fair, the admin page\'s select of English and German column names (id, reference, name, e-mail, phone, source, guess, companions, parents\' evening interest, consent, advisor and referrer ids, test flag)', lang: 'mixed', defaultCountry: 'DE', source: 'index:69461915675 (a fair raffle admin page, Supabase select and CSV download, TypeScript)' }, `
    id | - | 5d1c0a7e-2f41-4c1b-9a55-0c7e1f3b2a10 | 8a3e2b1d-7c55-4f0e-8d21-5b9c3e4f6a71 | c2f7d9e4-1a33-4b8e-9f02-7d6a5c4b3e29
    # the entry's own reference, like an order number
    reference | - | KIDZ-0412 | KIDZ-0413 | KIDZ-0420
    name | name | Katrin Vogel | Emre Şahin | Julia Roth
    email | email | katrin.vogel@example.de | emre.sahin@example.de | j.roth@example.de
    telefon | phone | 0171 5556677 | 0160 3332211 | 
    source | source | Messestand | Instagram | Empfehlung
    schaetzung_cm | - | 412 | 385 | 450
    schaetzung_am | - | 2026-09-06T10:14:00Z | 2026-09-06T11:02:00Z | 2026-09-06T12:45:00Z
    begleitpersonen | - | 2 | 1 | 3
    elternabend_interesse | - | true | false | true
    conditions_version | - | v2 | v2 | v2
    consent_at | - | 2026-09-06T10:14:00Z | 2026-09-06T11:02:00Z | 2026-09-06T12:45:00Z
    created_at | - | 2026-09-06T10:14:05Z | 2026-09-06T11:02:09Z | 2026-09-06T12:45:31Z
    # ids of the advisor's and the referrer's rows, not a user or a person of this sheet
    berater_id | - | 3f2a1b0c-aaaa-4bbb-8ccc-111111111111 | | 3f2a1b0c-aaaa-4bbb-8ccc-111111111111
    empfehler_id | - | | 9e8d7c6b-bbbb-4ccc-8ddd-222222222222 | 
    ist_test | - | false | false | false
    zuordnung_bestaetigt_am | - | 2026-09-08T09:00:00Z | | 
  `),
  set({ id: 'mixed-nl-en-student-accounts-admin-table', kind: 'student accounts table of a school project site\'s admin overview, Dutch and English column names (names, e-mail, student number, verified, type, image paths, quote)', lang: 'mixed', defaultCountry: 'NL', source: 'index:2801833696 (a school project site\'s admin overview table, PHP)' }, `
    Voornaam | firstName | Daan | Sophie | Mila
    Achternaam | lastName | Bakker | Jansen | de Vries
    Email | email | daan.bakker@student.example | sophie.jansen@student.example | mila.devries@student.example
    Studentnr | externalId | 500812345 | 500823456 | 500834567
    Verified | - | 1 | 0 | 1
    Type | - | student | student | admin
    img_path | - | img/daan.jpg | img/sophie.jpg | img/mila.jpg
    color_path | - | img/daan_c.jpg | img/sophie_c.jpg | img/mila_c.jpg
    Quote | - | Carpe diem | | Keep going
  `),
  set({ id: 'mixed-nl-en-geography-game-pupils-table', kind: 'pupil overview of a geography game, table header row in English and Dutch (username, names, countries, class)', lang: 'mixed', defaultCountry: 'NL', source: 'index:13996743080 (a geography game\'s teacher overview panel, Java)' }, `
    # the only id the table has: the login the pupil is filed under
    Username | externalId | tvisser12 | lmeijer07 | abouali03
    Voornaam | firstName | Tim | Lisa | Adam
    Achternaam | lastName | Visser | Meijer | Bouali
    Landen | - | 14 | 9 | 21
    Klas | - | 1B | 1B | 1C
  `),
  set({ id: 'mixed-nl-en-dive-club-members-admin-view', kind: 'members view of a Dutch dive club\'s admin page, Dutch and English column names (names, e-mail, username, role, dive certificate, weekly opt-in, active)', lang: 'mixed', defaultCountry: 'NL', source: 'index:9871598289 (a dive club app\'s member management page, Streamlit, Python)' }, `
    voornaam | firstName | Bas | Eline | Ruben
    achternaam | lastName | Smit | Kok | van Dijk
    email | email | bas.smit@example.nl | eline.kok@example.nl | ruben.vdijk@example.nl
    # the only id the view has: the login the member is filed under
    username | externalId | bsmit | ekok | rvdijk
    role | - | member | admin | member
    duikbrevet | - | 2* | 3* | 1*
    opt_in_weekly | - | true | false | true
    actief | - | true | true | false
  `),
];
