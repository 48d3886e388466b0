// The seventeenth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German,
// Dutch and mixed-language files; the other half, corpus-heldout17b.ts, holds the other languages): 56 header sets
// (628 columns, 356 of them expected to map; 25 English, 14 German, 12 Dutch, 5 mixed; 2 files without a header row,
// 2 with lines above it (an Excel title row; a title, four summary lines and a blank line); 6 sets of 21 to 40
// columns) from sources none of the other parts use, found in the public code index with find_string (exact header
// text of CRM and vendor exports and importers: HubSpot, Zoho, Salesforce, Pipedrive, LMN and lead-management
// exports; importer tests, templates and fixtures; German and Dutch customer, member, staff, guest and order lists;
// database tables and selects; a form tool's volunteer export) and written down, with the mapping a careful person
// would choose by the field definitions and the rules, BEFORE the mapper was run on them and without reading
// the lexicon or the mapper. "index:N" names the index file the header text was read from (the index does not name
// its repository); the kind says what the file is. Sample values are made up in the shape of each file's own (no
// personal data or example rows from the sources are copied). A header cell is copied as the source writes it (case,
// spaces, underscores); a column list of an SQL statement is written as its column names. No set's headers repeat an
// older part's (each was compared lower-cased; the files without a header row aside).
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
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - A single-valued field fed by two columns (a second copy of the name from another system, an owner's name and
//   the owner's e-mail): the first column is the field, the other is not imported.
// - What an order, a deal, a booking or an enquiry is about (products, amounts, budgets, programs, service asked
//   for, dates of the order) is not a contact field.
// - A login name ("username", "Gebruikersnaam") beside another id of the person is not imported.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout17' }, table);

export const HELDOUT17A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-zoho-leads-sync-excel-lead-name', kind: 'Zoho CRM leads export uploaded to a CRM\'s spreadsheet sync (record id, names, full lead name, e-mail, title, status, source, description)', lang: 'en', source: 'index:52496879630 (an end-to-end test of a CRM\'s Excel sync importing a Zoho leads file, TypeScript)' }, `
    # "Record Id" is the lead's id in Zoho: the External ID. "Lead Name" is the full name beside first and last name.
    Record Id | externalId | zcrm_5523000001874012 | zcrm_5523000001874019 | zcrm_5523000001874033
    First Name | firstName | Marisol | Grant | Tessa
    Last Name | lastName | Quintero | Holloway | Brandt
    Lead Name | name | Marisol Quintero | Grant Holloway | Tessa Brandt
    Email | email | marisol@quinterodesign.example | grant.holloway@example.com | tbrandt@brandtlabs.example
    Title | - | Founder | Operations Manager | Head of Research
    Lead Status | - | Open | Contacted | Qualified
    Lead Source | source | Web Form | Cold Call | Partner
    Description | - | Asked for a demo | | Wants pricing for 20 seats
  `),
  set({ id: 'en-hubspot-contacts-export-french-shop', kind: 'HubSpot contacts export imported by a French B2B sales app (record id, names, e-mail, phone, job title, company, contact owner)', lang: 'en', defaultCountry: 'FR', source: 'index:70318367598 (a browser test of a sales app importing hubspot-contacts.csv, TypeScript)' }, `
    Record ID | externalId | 1204 | 1205 | 1211
    First Name | firstName | Solène | Arnaud | Maëlle
    Last Name | lastName | Girard | Lefebvre | Roussel
    Email | email | s.girard@cremerie-girard.example | arnaud@lefebvre-traiteur.example | maelle.roussel@example.fr
    Phone Number | phone | 04 78 22 31 90 | 06 12 45 78 03 |
    Job Title | - | Acheteuse | Gérant | 
    Company Name | companyName | Crèmerie Girard | Lefebvre Traiteur | 
    Contact owner | owner | Hugo Marchand | Hugo Marchand | Camille Faure
  `),
  set({ id: 'en-hubspot-leads-sample-program-cohort', kind: 'HubSpot contacts export of an education business, the sample header line of its lead importer (record id, names, phone, e-mail, deal stage, owner and owner e-mail, program, cohort, create date, intent score)', lang: 'en', defaultCountry: 'IN', source: 'index:68335310261 (a HubSpot import dialog\'s sample headers, React)' }, `
    # The owner's name and the owner's e-mail name one user: the first column is the Contact owner, the second is not
    # imported. The deal stage is the deal's; the program and the cohort are what the lead enrolls in.
    Record ID | externalId | 88213004 | 88213011 | 88213027
    First Name | firstName | Aarav | Sneha | Rohan
    Last Name | lastName | Kulkarni | Iyer | Bhatt
    Phone Number | phone | +91 98201 44512 | +91 99300 12876 | +91 97690 55321
    Email | email | aarav.k@example.in | sneha.iyer@example.com | rohan.bhatt@example.in
    Deal Stage | - | Application Submitted | Interview Scheduled | Enrolled
    Contact Owner | owner | Priya Nair | Karan Mehta | Priya Nair
    Contact Owner Email | - | priya.nair@academy.example | karan.mehta@academy.example | priya.nair@academy.example
    Program | - | Data Science | Product Management | Data Science
    Cohort | - | Jan 2026 | Mar 2026 | Jan 2026
    Create Date | - | 2025-11-04 10:12 | 2025-11-18 16:40 | 2025-12-01 09:05
    Intent Score | - | 82 | 57 | 91
  `),
  set({ id: 'en-zoominfo-hubspot-master-leads-wide', kind: 'event leads master sheet merging a HubSpot export with ZoomInfo enrichment (a migration\'s comment lists its 56 columns; the first 40: HubSpot names and company, registrations, the ZoomInfo person and company blocks)', lang: 'en', source: 'index:26883294038 (a Laravel migration for master_leads, its header line in a comment, PHP)' }, `
    # The HubSpot columns come first: Record ID is the External ID and its names and company are the fields. The
    # ZoomInfo copies of the names and the company are second copies (not imported), its person id a second id. The
    # person's own phone, e-mail and street address come only from ZoomInfo and are imported; the company's phone and
    # address never.
    Record ID | externalId | 40211 | 40212 | 40215
    First Name | firstName | Dana | Malik | Irene
    Last Name | lastName | Ortega | Hassan | Kowalczyk
    Job Title | - | VP Finance | IT Director | Controller
    Company | companyName | Brightline Freight | Corvus Health | Allegheny Tooling
    In-Person Registration | - | Yes | No | Yes
    Live Stream Registration | - | No | Yes | No
    Match status | - | Matched | Matched | Not matched
    Zoom Individual ID | - | 1208834561 | 1307766120 | 
    Last name | - | Ortega | Hassan | 
    First name | - | Dana | Malik | 
    Middle name | - | L | | 
    Salutation | - | Ms. | Mr. | 
    Suffix | - | | | 
    Job title | - | Vice President of Finance | Director of IT | 
    Job title hierarchy level | - | 4 | 5 | 
    Job Function | - | Finance | Information Technology | 
    Management Level | - | VP-Level | Director | 
    Company division name | - | | Clinical Systems | 
    Direct Phone Number | phone | (412) 555-0148 | (617) 555-0172 | 
    Direct Phone Change | - | | Updated | 
    Email address | email | dana.ortega@brightline.example | mhassan@corvushealth.example | 
    Email Change | - | | | 
    Person Street | address1 | 210 Grant St | 75 Francis St | 
    Person City | city | Pittsburgh | Boston | 
    Person State | state | Pennsylvania | Massachusetts | 
    Person Zip | postalCode | 15219 | 02115 | 
    Country | country | United States | United States | 
    Source count | - | 3 | 2 | 
    Last updated date | - | 2025-09-14 | 2025-10-02 | 
    Zoom company ID | - | 88120043 | 90311276 | 
    Company name | - | Brightline Freight LLC | Corvus Health Inc. | 
    Company domain name | - | brightline.example | corvushealth.example | 
    Company phone number | - | (412) 555-0100 | (617) 555-0100 | 
    Company Street address | - | 600 Penn Ave | 75 Francis St | 
    Company City | - | Pittsburgh | Boston | 
    Company State | - | Pennsylvania | Massachusetts | 
    Company ZIP/Postal code | - | 15222 | 02115 | 
    Company Country | - | United States | United States | 
    Industry label | - | Transportation | Hospitals & Physicians Clinics | 
  `),
  set({ id: 'en-hubspot-contacts-cleaner-lifecycle', kind: 'HubSpot contacts export, the example input of a data-cleaning tool (record id, names, e-mail, phone, lifecycle stage)', lang: 'en', source: 'index:62705954673 (a file-conversion tool\'s examples list, TypeScript)' }, `
    Record ID | externalId | 301 | 302 | 305
    First Name | firstName | Bianca | Theo | Rafaela
    Last Name | lastName | Serrano | Whitcombe | Duarte
    Email | email | BIANCA.SERRANO@EXAMPLE.COM | theo@whitcombe.example | rafaela.d@example.net
    Phone | phone | +1 (503) 555-0131 | 503.555.0177 | +1 971 555 0102
    Lifecycle Stage | - | lead | customer | opportunity
  `),
  set({ id: 'en-hubspot-export-associated-company-region', kind: 'HubSpot contacts export of a consulting firm read by a table importer\'s tests (record id, names, e-mail, phone, lead status, create date, associated company, country/region, owner e-mail)', lang: 'en', source: 'index:71609405143 (a table importer\'s tests with a HubSpot fixture, JavaScript)' }, `
    # The associated company is the company the contact works for: the Company name. The owner is given by e-mail.
    Record ID | externalId | 5512 | 5513 | 5519
    First Name | firstName | Élodie | Ketut | Marcus
    Last Name | lastName | Fontaine | Wirawan | Lindqvist
    Email | email | elodie.fontaine@example.fr | ketut.w@example.id | marcus@lindqvist.example
    Phone Number | phone | +33 6 41 22 87 10 | +62 812 3456 7890 | +46 70 123 45 67
    Lead Status | - | NEW | IN_PROGRESS | OPEN_DEAL
    Create Date | - | 2025-04-02 11:20 | 2025-04-09 08:45 | 2025-05-13 17:02
    Associated Company | companyName | Fontaine Patrimoine | PT Bali Serenity Villas | Lindqvist Invest AB
    Country/Region | country | France | Indonesia | Sweden
    Contact owner | owner | ana@consulting.example | ana@consulting.example | joel@consulting.example
  `),
  set({ id: 'en-crm-export-record-id-five-columns', kind: 'HubSpot-style contacts CSV loaded by a platform\'s S3 import job tests (record id, names, e-mail, phone)', lang: 'en', source: 'index:58133631286 (a contacts import service\'s tests, TypeScript)' }, `
    Record ID | externalId | 1 | 2 | 3
    First Name | firstName | Wendell | Priscilla | Omar
    Last Name | lastName | Haynes | Vaughn | Siddiqui
    Email | email | wendell.haynes@example.com | pvaughn@example.org | omar.siddiqui@example.com
    Phone | phone | 555-0141 | 555-0166 | 555-0192
  `),
  set({ id: 'en-in-rm-leads-export-meeting-type', kind: 'Indian sales team\'s lead CSV export per relationship manager (RM name, lead name, mobile, source, status, meeting type, margin, revenue, follow-up, address, description, update time)', lang: 'en', defaultCountry: 'IN', source: 'index:28199619325 (a Spring controller writing leads to a CSV, Java)' }, `
    # The relationship manager is the user who handles the lead: the Contact owner. The whole address is the only one.
    RM Name | owner | Vikram Rao | Anjali Desai | Vikram Rao
    Name | name | Suresh Patil | Meena Joshi | Imran Shaikh
    Mobile No | phone | 9823012345 | 9765401234 | 9890123456
    Lead Source | source | Walk-in | Reference | Website
    Lead Status | - | Interested | Follow Up | Converted
    Meeting Type | - | Office Visit | Phone Call | Site Visit
    Margin | - | 1.5 | 2 | 1.25
    Expected Revenue | - | 150000 | 80000 | 220000
    Followup date | - | 2025-08-14 | 2025-08-20 | 
    Address | address1 | Flat 12, Shanti Nagar, Kothrud, Pune | 45 MG Road, Nashik | Plot 7, Hadapsar, Pune
    Description | - | Home loan enquiry | Wants a lower rate | Documents collected
    Update Time | - | 2025-08-10 11:42:05 | 2025-08-11 15:03:27 | 2025-08-12 09:18:44
  `),
  set({ id: 'en-lead-import-example-csv-lead-owner', kind: 'lead management dashboard\'s example import CSV (names, e-mail, phone, company, country, state, city, lead source, status and owner)', lang: 'en', source: 'index:17598137139 (a lead dashboard\'s integration notes, CSV import format, Markdown)' }, `
    First Name | firstName | Harold | Ines | Kwame
    Last Name | lastName | Fenwick | Castillo | Mensah
    Email | email | harold.fenwick@example.com | ines.castillo@example.com | kwame@mensahbuild.example
    Phone | phone | +13105550144 | +17135550186 | +14045550123
    Company | companyName | Fenwick Supply | Castillo Legal | Mensah Builders
    Country | country | USA | USA | USA
    State | state | California | Texas | Georgia
    City | city | Torrance | Houston | Atlanta
    Lead Source | source | Website | Referral | Trade Show
    Lead Status | - | New | Qualified | Contacted
    Lead Owner | owner | Sarah Johnson | Mike Chen | Sarah Johnson
  `),
  set({ id: 'en-eg-real-estate-leads-full-name-budget', kind: 'Egyptian real-estate CRM\'s detailed lead import format (full name, mobile, e-mail, source, status, type, notes, budget)', lang: 'en', defaultCountry: 'EG', source: 'index:46657327281 (a real-estate CRM\'s lead import guide, Markdown)' }, `
    # "Type" is buyer or renter (the kind of deal), the budget what the enquiry is about: not imported.
    Full Name | name | Youssef Adel | Nour El-Sayed | Karim Fathy
    Mobile Number | phone | 01012345678 | 01123456789 | 01234567890
    Email | email | youssef.adel@example.com | nour.elsayed@example.com | karim.f@example.com
    Lead Source | source | Facebook | Website | Referral
    Lead Status | - | new | contacted | qualified
    Type | - | buyer | renter | buyer
    Notes | - | Looking in New Cairo | Furnished only | Prefers ground floor
    Budget | - | 3500000 | 25000/month | 5000000
  `),
  set({ id: 'en-zoho-leads-export-service-referred-by', kind: 'Zoho CRM leads export kept whole by a CSV preview\'s tests (record id, lead name, company, created time, service needed, source, status, revenue, referred by, industry)', lang: 'en', source: 'index:54723223509 (a CSV preview parser\'s tests with a Zoho-style lead export, TypeScript)' }, `
    # "Referred by" names another person (the referrer): not imported. The service needed is what the lead asks for.
    Record Id | externalId | zcrm_4410000000231007 | zcrm_4410000000231015 | zcrm_4410000000231022
    Lead Name | name | Bartosz Wróblewski | Agnieszka Lis | Tomasz Kaczmarek
    Company | companyName | Wróblewski Transport | Lis Dental | Kaczmarek Bud
    Created Time | - | 2024-06-11 09:31:02 | 2024-06-14 17:20:45 | 2024-07-01 12:05:19
    Service needed | - | Website redesign | SEO | 
    Lead Source | source | Facebook | Google Ads | Referral
    Lead Status | - | Contacted | Lost Lead | Not Contacted
    Annual Revenue | - | 1200000 | | 450000
    Referred by | - | | | Marek Zieliński
    Industry | - | Transport | Health Care | Construction
  `),
  set({ id: 'en-au-franchise-leads-desired-territory', kind: 'franchise network\'s lead CSV imported by a command-line tool\'s tests (lead id, names, e-mail, phone, desired territory, source, status, date created)', lang: 'en', defaultCountry: 'AU', source: 'index:71589457135 (a franchise CRM importer\'s end-to-end test, JavaScript)' }, `
    # The desired territory is what the enquiry is about (a franchise area), not where the lead lives.
    Lead ID | externalId | 7104 | 7105 | 7111
    First Name | firstName | Brodie | Leilani | Harpreet
    Last Name | lastName | Kerrigan | Tuala | Sandhu
    Email | email | brodie.k@example.com.au | leilani.tuala@example.com | harpreet@sandhu.example
    Phone | phone | 0412 555 081 | 0433 555 190 | (07) 5555 0142
    Desired Territory | - | Toowoomba | Logan | Gold Coast North
    Lead Source | source | Franchise portal | Website | Expo
    Lead Status | - | New | Discovery Day | FDD Sent
    Date Created | - | 03/09/2026 | 11/09/2026 | 17/09/2026
  `),
  set({ id: 'en-medtech-leads-company-contact-person', kind: 'B2B lead import of a medical-device supplier, one row per company and its contact (company, website, country, city, contact names, job title, e-mail, industry, source, status, priority)', lang: 'en', defaultCountry: 'IN', source: 'index:58516762653 (a Laravel lead import feature test, its valid CSV, PHP)' }, `
    # One row per company and its contact person: the company is the Company name, the contact's names are the
    # first and last name, the company's country and city (the only address) are the address; its website is not
    # imported.
    Company Name | companyName | Orbis Surgical | Nuvance Implants | Helix Diagnostics
    Website | - | orbis-surgical.example | nuvance.example | helixdx.example
    Country | country | India | Germany | India
    City | city | Pune | Munich | Hyderabad
    Contact First Name | firstName | Ritika | Felix | Arjun
    Contact Last Name | lastName | Sharma | Bauer | Reddy
    Job Title | - | Procurement Head | CTO | Lab Director
    Email | email | ritika@orbis-surgical.example | f.bauer@nuvance.example | arjun.reddy@helixdx.example
    Industry | - | Medical Devices | Implants | Diagnostics
    Lead Source | source | LinkedIn | Referral | Conference
    Lead Status | - | Qualified | New | Contacted
    Priority | - | High | Medium | Low
  `),
  set({ id: 'en-salesforce-leads-export-rating', kind: 'lead scoring app\'s Salesforce-format lead export (names, e-mail, company, title, phone, source, status, rating)', lang: 'en', source: 'index:42221622089 (a lead export route with a Salesforce format, JavaScript)' }, `
    First Name | firstName | Gwen | Rashid | Paula
    Last Name | lastName | Hartley | Karimi | Novak
    Email | email | gwen.hartley@quantumleaf.example | rkarimi@brightforge.example | paula.novak@example.com
    Company | companyName | QuantumLeaf Analytics | BrightForge | Novak & Partners
    Title | - | Head of Growth | CEO | Managing Partner
    Phone | phone | 415-555-0118 | | 646-555-0163
    Lead Source | source | Import | Import | Import
    Lead Status | - | New | New | New
    Rating | - | Hot | Warm | Cold
  `),
  set({ id: 'en-pipedrive-persons-last-activity', kind: 'Pipedrive persons export, one of a contractor CRM\'s importer fixtures (person id, name, e-mail, phone, organization, last activity date)', lang: 'en', source: 'index:63044015625 (a contractor CRM\'s CSV import fixtures by vendor, TypeScript)' }, `
    Person - ID | externalId | 88 | 91 | 104
    Person - Name | name | Jordan Pike | Renata Alves | Curtis Boone
    Person - Email | email | jordan@pikerestoration.example | renata.alves@example.com | cboone@boonepm.example
    Person - Phone | phone | 312-555-0122 | 773-555-0149 | 630-555-0187
    Organization - Name | companyName | Pike Restoration | | Boone Property Management
    Person - Last activity date | - | 2026-01-12 | 2025-12-19 | 2026-01-08
  `),
  set({ id: 'en-pipedrive-activities-export-person', kind: 'Pipedrive activities export imported by a small sales app (activity subject, type, due date and time, done, note, assigned user, deal title, person name and e-mail, organization)', lang: 'en', source: 'index:70373854738 (a sales app\'s browser test importing a Pipedrive activities file, JavaScript)' }, `
    # One row per activity. The user the activity is assigned to is the activity's, not the person's owner: not
    # imported, like the deal's title.
    Activity - Subject | - | Intro call | Send quote | Follow-up visit
    Activity - Type | - | Call | Email | Meeting
    Activity - Due date | - | 2025-03-04 | 2025-03-06 | 2025-03-20
    Activity - Due time | - | 10:30 | | 14:00
    Activity - Done | - | Done | Not done | Not done
    Activity - Note | - | Needs two ovens | | Bring samples
    Activity - Assigned to user | - | Léa Bonnet | Léa Bonnet | Paul Girard
    Deal - Title | - | Ovens for the new bakery | Ovens for the new bakery | Coffee machines
    Person - Name | name | Samia Haddad | Samia Haddad | Olivier Roche
    Person - Email | email | samia@boulangerie-haddad.example | samia@boulangerie-haddad.example | o.roche@cafe-roche.example
    Organization - Name | companyName | Boulangerie Haddad | Boulangerie Haddad | Café Roche
  `),
  set({ id: 'en-pipedrive-people-org-short', kind: 'Pipedrive-style people export with messy headers, a CRM importer\'s mapping test (person name, e-mail, org name)', lang: 'en', source: 'index:63473926851 (a CRM\'s import module tests, TypeScript)' }, `
    Person - Name | name | Asha Varma | Liam O'Connell | Noor Rahman
    Person - Email | email | asha@techcorp.example | liam.oconnell@example.ie | noor@rahmanco.example
    Org - Name | companyName | TechCorp | | Rahman & Co
  `),
  set({ id: 'en-ca-lmn-contacts-billing-contact', kind: 'LMN landscaping software contacts CSV, the format a migration tool reads (company as lead name, names, position, billing flag, two e-mails, two phones, do-not flags, SMS choice, notes)', lang: 'en', defaultCountry: 'CA', source: 'index:31232615131 (a landscaping app\'s LMN import guide, Markdown)' }, `
    # "Lead Name" is the customer company the contact belongs to (several contacts per lead): the Company name.
    Lead Name | companyName | Prairie Turf Care | Prairie Turf Care | Bowness Dental
    First Name | firstName | Colin | Megan | Aisha
    Last Name | lastName | Fraser | Lund | Karim
    Position | - | Owner | Office Manager | Practice Manager
    Billing Contact | - | Yes | No | Yes
    Email 1 | email | colin@prairieturf.example | megan@prairieturf.example | aisha.karim@bownessdental.example
    Email 2 | additionalEmails | colin.fraser@example.ca | | 
    Phone 1 | phone | 403-555-0119 | 403-555-0176 | 587-555-0134
    Phone 2 | additionalPhones | 403-555-0120 | | 
    Do Not Email | - | No | No | No
    Do Not Mail | - | No | Yes | No
    Do Not Call | - | No | No | Yes
    Send SMS | - | Phone 1 | Do not SMS | Phone 1
    Notes | - | Primary contact | | Call before noon
  `),
  set({ id: 'en-us-nb-clients-import-subscription', kind: 'client import of a US client-management platform, its scale test file (names, two e-mails, two phones, client type, subscription status)', lang: 'en', source: 'index:56837797527 (a client import test script, TypeScript)' }, `
    # The client type (a code such as NB) is a type, like the others' "Type" columns: not imported.
    First Name | firstName | Darnell | Kelsey | Yara
    Last Name | lastName | Brooks | Moynihan | Haddad
    Email 1 | email | darnell.brooks@example.com | kelsey.m@example.com | yara.haddad@example.com
    Email 2 | additionalEmails | dbrooks@work.example | | 
    Phone 1 | phone | 617-555-0104 | 857-555-0139 | 
    Phone 2 | additionalPhones | | 617-555-0188 | 
    Client Type | - | NB | RET | NB
    Subscription Status | - | Subscribed | Unsubscribed | Subscribed
  `),
  set({ id: 'en-contacts-import-multiple-emails-tags', kind: 'contacts import guide\'s multiple-contacts format (names, two e-mails, two phones, company, address, tags)', lang: 'en', source: 'index:28168085354 (a CRM\'s contact import guide, Markdown)' }, `
    First Name | firstName | Ronan | Felicity | Desmond
    Last Name | lastName | Gallagher | Park | Achebe
    Email 1 | email | ronan@gallagherco.example | felicity.park@example.com | d.achebe@example.org
    Email 2 | additionalEmails | ronan.g@example.com | fpark@studio.example | 
    Phone 1 | phone | 555-0134 | 555-0171 | 555-0108
    Phone 2 | additionalPhones | 555-0135 | | 
    Company | companyName | Gallagher & Co | Park Studio | 
    Address | address1 | 14 Elm St | 880 Lakeview Dr | 3 Harbor Way
    Tags | tags | VIP | Lead | New Client
  `),
  set({ id: 'en-in-labs-directory-point-of-contact', kind: 'Indian resource directory of labs loaded from a CSV (unique id, category, state, area, sub-category, lab name, point of contact, two e-mails, two phones, address, source link and source)', lang: 'en', defaultCountry: 'IN', source: 'index:31482491512 (a Django script loading test data from Labs.csv, Python)' }, `
    # The rows are labs: the lab's name is the Company name and the point of contact the Name. The category says what
    # kind of place the lab is: Tags (the sub-category too). "Area" is the city or district under the state. The
    # source link is not the lab's site; "Source" says where the entry came from.
    Unique ID | externalId | LAB-0412 | LAB-0413 | LAB-0420
    Category | tags | Testing | Testing | Diagnostics
    State | state | Maharashtra | Karnataka | Delhi
    Area | city | Pune | Bengaluru | New Delhi
    Sub -Category | tags | RT-PCR | Antigen | Radiology
    Name | companyName | Sahyadri Pathology Lab | Nirmal Diagnostics | Capital Imaging Centre
    Point Of Contact | name | Dr. Prakash Joshi | Kavya Rao | Sameer Khanna
    Email 1 | email | info@sahyadrilab.example | contact@nirmaldx.example | sameer@capitalimaging.example
    Email 2 | additionalEmails | | kavya.rao@example.in | 
    Phone 1 | phone | 020 2567 8901 | 080 4123 4567 | 011 4055 6677
    Phone 2 | additionalPhones | 98220 11223 | | 98110 44556
    Address | address1 | 12 FC Road, Shivajinagar | 45 Residency Road | B-7 Lajpat Nagar II
    Source Url | - | https://example.in/lists/pune | https://example.in/lists/blr | 
    Source | source | Government list | Volunteer | Twitter
  `),
  set({ id: 'en-farm-contacts-template-six-phones-site', kind: 'agricultural CRM contacts template (names, organization, farm, two e-mails, six phones, mailing address, site address, notes; 21 columns)', lang: 'en', source: 'index:42609073145 (a contacts template download route, TypeScript)' }, `
    # The mailing address is the contact's; the site (field) address is an alternate address group: not imported.
    # The farm is the name of the place farmed, beside the organization: not imported.
    First Name | firstName | Dale | Rosa | Curtis
    Last Name | lastName | Hendricks | Villalobos | Ambler
    Organization Name | companyName | Hendricks Farms LLC | | Ambler Ag Partners
    Farm | - | North Quarter | Rancho Verde | Home Place
    Email 1 | email | dale@hendricksfarms.example | rosa.villalobos@example.com | curtis@amblerag.example
    Email 2 | additionalEmails | | rosa@ranchoverde.example | 
    Phone 1 | phone | (559) 555-0121 | (661) 555-0148 | (209) 555-0163
    Phone 2 | additionalPhones | (559) 555-0122 | | 
    Phone 3 | additionalPhones | | | (209) 555-0170
    Phone 4 | additionalPhones | | | 
    Phone 5 | additionalPhones | | | 
    Phone 6 | additionalPhones | | | 
    Mailing Address | address1 | 4410 E Manning Ave | PO Box 118 | 2290 River Rd
    City | city | Fresno | Bakersfield | Modesto
    State | state | CA | CA | CA
    Zip Code | postalCode | 93725 | 93302 | 95351
    Site Mailing Address | - | Rd 36 & Ave 12 | 1900 Panama Ln | 
    Site City | - | Madera | Bakersfield | 
    Site State | - | CA | CA | 
    Site Zip Code | - | 93637 | 93307 | 
    Notes | - | Almonds | Table grapes | 
  `),
  set({ id: 'en-in-leads-excel-export-title-row', kind: 'lead management app\'s Excel export (a merged "LEADS EXPORT" title row above the header row; serial number, lead name, date, mobile, e-mail, location, source, interest, category, subcategory, status, remark, assigned user)', lang: 'en', defaultCountry: 'IN', above: [['LEADS EXPORT']], source: 'index:11520284689 (a lead management page\'s ExcelJS export, React)' }, `
    # The category and subcategory are those of what the lead is interested in (the enquiry), not the person's: not
    # imported. The user the lead is assigned to is the Contact owner; the location is free-form.
    No. | - | 1 | 2 | 3
    Lead Name | name | Pooja Verma | Sandeep Gill | Farah Qureshi
    Created Date | - | 04-02-2026 10:15 | 05-02-2026 12:40 | 05-02-2026 17:05
    Mobile Number | phone | +91 9876543210 | +91 9812345678 | +91 9988776655
    Email | email | pooja.verma@example.in | sandeep.gill@example.com | farah.q@example.in
    Location | - | Sector 62, Noida | Ludhiana | Andheri West
    Source | source | Facebook | Walk-in | Website
    Interested In | - | 2 BHK | Office space | 3 BHK
    Category | - | Residential | Commercial | Residential
    Subcategory | - | Apartment | Office | Villa
    Status | - | new | contacted | follow up
    Remark | - | Call after 6 pm | | Site visit on Sunday
    Assigned To | owner | Neha Kapoor (Sales Executive) | Rajat Malhotra (Team Lead) | Neha Kapoor (Sales Executive)
  `),
  set({ id: 'en-tutoring-leads-csv-noheader', kind: 'language tutor\'s leads file appended to by a sign-up form and read without a header row (name, e-mail, level, schedule or message)', lang: 'en', noHeader: true, source: 'index:25257156852 (a Streamlit app reading leads.csv with header=None, Python)' }, `
    # The level and the schedule wish are about the lessons: not imported.
    "" | name | Hannah Okafor | Luis Romero | Mei Lin
    "" | email | hannah.okafor@example.com | luis.romero@example.net | meilin@example.org
    "" | - | A2 | B1 | Beginner
    "" | - | Weekday evenings | Saturdays 10am | Wants a trial lesson first
  `),
  set({ id: 'en-se-pipedrive-org-person-website', kind: 'Pipedrive organizations-and-people export recognised by a Swedish CRM\'s import templates (organization name, person name, e-mail, organization website)', lang: 'en', defaultCountry: 'SE', source: 'index:70605104305 (a Swedish CRM\'s import template tests, TypeScript)' }, `
    # The organization's website is the company's, not the person's site: not imported.
    Organization - Name | companyName | Bygg & Fasad Väst AB | Lindholm Konsult | Norrsken Media
    Person - Name | name | Karin Ekström | Johan Lindholm | Elin Sjöberg
    Person - Email | email | karin@byggfasad.example | johan@lindholmkonsult.example | elin.sjoberg@norrsken.example
    Organization - Website | - | byggfasad.example | lindholmkonsult.example | norrsken.example
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-at-kanzlei-personal-offboarding-breit', kind: 'Personalliste einer österreichischen Kanzlei für das Offboarding (Personalnummer, Kürzel, Titel, Namen, Vertrag, Zimmer, Geburtsdatum, Geschlecht, Handy, E-Mail, Telefon, Kostenstelle, Team, Stelle; 22 Spalten)', lang: 'de', defaultCountry: 'AT', source: 'index:3786963467 (ein Test für das Einlesen einer Offboarding-CSV mit mehrzeiligen Zeilen, Python)' }, `
    # Personalnummer is the employee id: the External ID; the Kürzel (initials code) a second id. The untyped
    # Telefon (the office line) is the main phone, the Handy next to it an additional phone. The team is a group the
    # person belongs to: Tags.
    Personalnummer | externalId | 1187 | 1203 | 1219
    Kürzel | - | KBR | LMA | FHU
    Titel | - | Mag. | Dr. | 
    Vorname | firstName | Katharina | Lukas | Florian
    Nachname | lastName | Brunner | Maier | Huber
    Titel nach dem Namen | - | | LL.M. | BSc
    Vertragsbeginn | - | 01.09.2021 | 15.01.2019 | 01.03.2024
    Vertragsende | - | 31.03.2026 | | 31.08.2026
    Zimmer | - | 4/12 | 5/03 | 2/07
    Geburtsdatum | dateOfBirth | 14.05.1993 | 02.11.1985 | 27.07.1998
    Geschlecht | - | W | M | M
    Handy | additionalPhones | +43 664 123 45 67 | +43 676 987 65 43 | 
    E-Mail | email | k.brunner@kanzlei.example | l.maier@kanzlei.example | f.huber@kanzlei.example
    Telefon | phone | +43 1 534 80 112 | +43 1 534 80 130 | +43 1 534 80 147
    Kostenstelle | - | 210024 | 210010 | 230005
    Stundensatz | - | 180 | 320 | 95
    Berufsträger | - | Ja | Ja | Nein
    Team | tags | Corporate | Litigation | IT
    FTE | - | 1,0 | 0,8 | 1,0
    Stellenbezeichnung | - | Rechtsanwaltsanwärterin | Partner | Systemadministrator
    Letzter Arbeitstag | - | 31.03.2026 | | 31.08.2026
    Kommentar | - | Laptop zurück | | 
  `),
  set({ id: 'de-werkstatt-kunden-csv-noheader', kind: 'Kundendatei einer Kfz-Werkstatt-Software ohne Kopfzeile (je Zeile Kundennr;Name;PLZ;Ort;Straße;Telefon, wie das Setup-Skript das Format nennt)', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'index:1963712611 (ein Setup-Skript, das eine leere kunden.csv anlegt und ihr Format nennt, Shell)' }, `
    # The setup script creates an empty kunden.csv and asks for lines in this order, with no header line.
    "" | externalId | 10231 | 10232 | 10240
    "" | name | Jürgen Kessler | Sabine Wolff | Autohaus Brandt GmbH
    "" | postalCode | 72762 | 72764 | 72770
    "" | city | Reutlingen | Reutlingen | Reutlingen-Betzingen
    "" | address1 | Lederstraße 41 | Am Heilbrunnen 7 | Steinachstraße 112
    "" | phone | 07121 345678 | 0171 2233445 | 07121 990011
  `),
  set({ id: 'de-veranstaltungstechnik-kunden-export-ustid', kind: 'Kundenexport einer mandantenfähigen Verwaltungssoftware (Kundennr, Name, Adresse, E-Mail, Telefon, USt-IdNr; Semikolon)', lang: 'de', defaultCountry: 'DE', source: 'index:67254112140 (ein PHP-Exportdienst für Kunden einer Instanz)' }, `
    # The clients are companies (the file keeps their VAT ids): the name is the Company name. The whole address is
    # the only address.
    Kundennr | externalId | K-1042 | K-1043 | K-1057
    Name | companyName | Stadthalle Wetzlar GmbH | Eventagentur Blau & Gold | Gemeinde Hüttenberg
    Adresse | address1 | Brühlsbachstraße 2b, 35578 Wetzlar | Bahnhofstraße 18, 35390 Gießen | Hauptstraße 120, 35625 Hüttenberg
    E-Mail | email | technik@stadthalle-wetzlar.example | info@blau-gold.example | kultur@huettenberg.example
    Telefon | phone | 06441 9410 | 0641 5551234 | 06403 7020
    USt-IdNr | - | DE812345671 | DE298765432 | 
  `),
  set({ id: 'de-studio-gaeste-pass-export', kind: 'Gästeliste eines Studios mit Mehrfachkarten als CSV-Download (Namen, E-Mail, Telefon, QR-Code, Stammkunde, Stammpreis, Kunde seit, aktiver Pass, Reste)', lang: 'de', defaultCountry: 'DE', source: 'index:58527144117 (eine Studio-Verwaltung, CSV-Download der Gäste, React)' }, `
    # The QR code is the guest's check-in token (like a PIN), the regular-customer flag a boolean, the rest is about
    # the passes: none imported.
    Vorname | firstName | Miriam | Oskar | Leonie
    Nachname | lastName | Engel | Fuchs | Hartmann
    E-Mail | email | miriam.engel@example.de | oskar.fuchs@example.com | leonie.h@example.de
    Telefon | phone | 0176 22334455 | 030 6123456 | 0152 99887766
    QR-Code | - | G-7F3K2Q | G-9PL4XA | G-2MR8TD
    Stammkunde | - | ja | nein | ja
    Stammpreis | - | 55 | | 55
    Kunde seit | - | 03.2024 | 11.2025 | 07.2023
    Aktiver Pass | - | 10er-Karte | | 5er-Karte
    HE übrig | - | 4 | | 2
    GA übrig | - | 1 | | 0
  `),
  set({ id: 'de-shop-bestandskunden-select-breit', kind: 'Bestellformular eines Shops, das die Daten eines Bestandskunden aus biz_kunden liest (Firma, Anrede, Titel, Namen, Geburtstag in drei Spalten, Adresse, ISO-Land, Telefon, Handy, Fax, Mail, URL, Zusatzfelder, Zahlungsart, Bankdaten; 25 Spalten)', lang: 'de', defaultCountry: 'DE', source: 'index:6599472697 (ein Bestellformular mit Bestandskunden-Abfrage, SELECT-Spalten, PHP)' }, `
    # The birth date is split into day, month and year: no one column holds the date, so none is imported. The
    # untyped telefon is the main phone, the handy next to it an additional phone. isocode is the country (DE, AT).
    # The zusatz fields, the payment method and the bank details are not imported.
    firma | companyName | Gärtnerei Lindemann | | Schmidt & Söhne OHG
    anrede | - | Herr | Frau | Herr
    titel | - | | Dr. | 
    vorname | firstName | Uwe | Ingrid | Peter
    nachname | lastName | Lindemann | Haas | Schmidt
    geb_tag | - | 12 | 3 | 27
    geb_monat | - | 4 | 11 | 8
    geb_jahr | - | 1962 | 1958 | 1975
    strasse | address1 | Gartenweg 5 | Mozartstraße 21 | Mühlenstraße 9
    plz | postalCode | 49074 | 5020 | 26122
    ort | city | Osnabrück | Salzburg | Oldenburg
    isocode | country | DE | AT | DE
    telefon | phone | 0541 123456 | +43 662 871234 | 0441 998877
    handy | additionalPhones | 0171 9988776 | | 0160 1234567
    fax | - | 0541 123457 | | 
    mail | email | info@gaertnerei-lindemann.example | ingrid.haas@example.at | p.schmidt@schmidt-soehne.example
    url | website | www.gaertnerei-lindemann.example | | www.schmidt-soehne.example
    zusatz1 | - | Stammkunde | | 
    zusatz2 | - | | Rechnung per Post | 
    zusatz3 | - | | | 
    bezahlart | - | Lastschrift | Rechnung | Vorkasse
    kontoinhaber | - | Uwe Lindemann | | 
    kontonummer | - | 1234567890 | | 
    bankleitzahl | - | 26550105 | | 
    geldinstitut | - | Sparkasse Osnabrück | | 
  `),
  set({ id: 'de-festival-helfer-formular-export', kind: 'Helfer-Anmeldungen eines Festivals aus einem Formular-Export (Benutzer-ID, Anzeigename, Zeitstempel, Namen, E-Mail und Telefon als lange Fragen, Auf-/Abbau, Skills, Wunschbereich, T-Shirt, Anmerkungen)', lang: 'de', defaultCountry: 'DE', source: 'index:55242622843 (ein Schichtplaner für Festival-Helfer, Format der Eingabe-CSV, Python)' }, `
    # The forms tool's user id is the respondent's id there: the External ID; its display name is the account name
    # (often "Anonymer Nutzer"), not imported beside the first and last name. The questions about shifts, skills and
    # T-shirts are about the event.
    Benutzer-ID | externalId | anon-user-3f9a2c | jkoenig | anon-user-81be07
    Anzeigename des Nutzers | - | Anonymer Nutzer | Jana König | Anonymer Nutzer
    Zeitstempel | - | 2026-04-12 19:22:05 | 2026-04-13 08:10:47 | 2026-04-15 21:33:12
    Vorname | firstName | Mats | Jana | Derya
    Nachname | lastName | Petersen | König | Aydın
    E-Mail-Adresse unter der du zuverlässig erreichbar bist. | email | mats.petersen@example.de | jana.koenig@example.com | derya.aydin@example.de
    Telefonnummer - Wir planen eine WhatsApp/Signal-Gruppe für das Team zu erstellen. | phone | 0157 33445566 | 0176 1234 5678 | +49 160 9876543
    Aufbau / Abbau | - | Di, 02.06. vormittags/ before noon; Mi, 04.06. nachmittags/ afternoon | | Sa, 07.06. vormittags/ before noon
    Hast du vielleicht schon besondere Skills, die uns ganz besonders helfen könnten? | - | Staplerschein | Erste Hilfe | 
    Gibt es einen Bereich in dem du besonders gerne eingesetzt werden möchtest? Wähle gerne mehrere aus, wir können leider noch keine Zuteilung garantieren. | - | Schankwagen - Bar | Cocktailbar; Merchverkauf - Merch sales | mir egal :) - no preferences
    T-Shirt Größe | - | L | S | M
    Gibt es sonst noch etwas, was wir beachten oder wissen sollten über dich? | - | | Vegetarisch | Komme mit dem Rad
  `),
  set({ id: 'de-sportverein-mitglieder-export-mannschaften', kind: 'Mitgliederexport einer Sportvereins-App (Mitgliedsnummer, Namen, E-Mail, Telefon, Geburtsdatum, Eintritt, Kündigung, Austritt, Status, Mitgliedsart, Mannschaften)', lang: 'de', defaultCountry: 'DE', source: 'index:69015986270 (ein Export der Mitglieder mit ihren Mannschaften, TypeScript)' }, `
    # The teams are groups the member belongs to: Tags. The membership type is a type, not imported.
    Mitgliedsnummer | externalId | 1024 | 1031 | 1102
    Vorname | firstName | Jonas | Emilia | Kerem
    Nachname | lastName | Richter | Sommer | Yıldız
    E-Mail | email | jonas.richter@example.de | emilia.sommer@example.com | kerem.y@example.de
    Telefon | phone | 0171 4455667 | 0221 938475 | 0160 5566778
    Geburtsdatum | dateOfBirth | 2009-03-14 | 1987-10-02 | 2012-06-21
    Eintritt | - | 2018-08-01 | 2015-01-01 | 2021-09-01
    Kündigung | - | | 2025-09-30 | 
    Austritt | - | | 2025-12-31 | 
    Status | - | aktiv | gekündigt | aktiv
    Mitgliedsart | - | Jugend | Erwachsene | Jugend
    Mannschaften | tags | U17 | Damen 1, Alte Herren | U14
  `),
  set({ id: 'de-vertrieb-firmen-tabelle-cam-cut', kind: 'Vertriebstabelle eines Zulieferers im Browser (Firmen-ID, Firma, Gender, Titel, Namen, E-Mail, Telefon, Webseite, Produktspalten, Status, Preisliste, Adresse)', lang: 'de', defaultCountry: 'DE', source: 'index:52281031594 (eine Firmentabelle im Local Storage, Spaltenliste, JavaScript)' }, `
    # One row per company and its contact: the row's own id is the External ID, the company the Company name, the
    # contact's names the first and last name; the company's website and the product columns are not imported.
    Firmen_ID | externalId | F-0107 | F-0112 | F-0130
    Firma | companyName | Zahntechnik Albrecht | Dentallabor Weiß & Partner | Praxis Dr. Stein
    Gender | - | m | w | w
    Titel | - | | | Dr.
    Vorname | firstName | Heiko | Sandra | Verena
    Nachname | lastName | Albrecht | Weiß | Stein
    E-mail | email | info@zt-albrecht.example | s.weiss@dl-weiss.example | praxis@dr-stein.example
    Tell | phone | 0911 445566 | 089 12345678 | 0621 334455
    Webseite | - | www.zt-albrecht.example | www.dl-weiss.example | 
    Status quo | - | Fräsen extern | eigene Fräse | analog
    CAM | - | ja | ja | nein
    CUT | - | nein | ja | nein
    Cgi | - | | ja | 
    Status | - | Angebot | Kunde | Erstkontakt
    Preisliste_Daten_ID | - | 3 | 1 | 
    Adresse | address1 | Fürther Str. 20, 90429 Nürnberg | Landsberger Str. 300, 80687 München | Q7 12, 68161 Mannheim
  `),
  set({ id: 'de-shop-bestellungen-sheet-apps-script', kind: 'Bestellungen eines kleinen Online-Shops in einem Google Sheet (Apps Script; Ref, Datum, Status, Artikel, Menge, Summen, Kundendaten mit Adresse, Bezahlt am)', lang: 'de', defaultCountry: 'DE', source: 'index:58661523498 (ein Apps Script, das Bestellungen in ein Blatt schreibt, JavaScript)' }, `
    # One row per order; the buyer is the contact and the one address is the buyer's. "Zusatz" is a second address
    # line.
    Ref | - | B-2026-0141 | B-2026-0142 | B-2026-0150
    Datum | - | 02.03.2026 | 02.03.2026 | 05.03.2026
    Status | - | bezahlt | offen | versendet
    Artikel | - | Keramikbecher Blau | Leinentasche | Teeschale Set
    Menge | - | 2 | 1 | 1
    Zwischensumme | - | 38,00 | 19,50 | 64,00
    Versand | - | 4,90 | 4,90 | 0,00
    Gesamt (€) | - | 42,90 | 24,40 | 64,00
    Vorname | firstName | Ulrike | Bastian | Hannah
    Nachname | lastName | Seidel | Roth | Lorenz
    E-Mail | email | ulrike.seidel@example.de | bastian.roth@example.com | hannah.lorenz@example.de
    Telefon | phone | 0351 4567890 | | 0173 5566778
    Straße | address1 | Königsbrücker Str. 58 | Weserstraße 3 | Goethestraße 11
    Zusatz | - | 2. OG | | c/o Lorenz
    PLZ | postalCode | 01099 | 28199 | 04109
    Ort | city | Dresden | Bremen | Leipzig
    Land | country | Deutschland | Deutschland | Deutschland
    Bezahlt am | - | 02.03.2026 | | 05.03.2026
  `),
  set({ id: 'de-vereinsfest-bestellungen-excel-titel', kind: 'Bestellübersicht einer Vereinsfest-Software als Excel (Titelzeile, vier Zeilen mit Veranstaltung, Datum, Exportzeit und Anzahl, Leerzeile, dann die Kopfzeile; je Zeile eine Bestellposition)', lang: 'de', defaultCountry: 'DE', above: [['Bestellübersicht – Sommerfest 2026'], ['Veranstaltung', 'Sommerfest 2026'], ['Veranstaltungsdatum', 'Sa., 13.06.2026 (11:00–18:00)'], ['Exportiert am', '12.06.2026, 18:42'], ['Anzahl Bestellungen', '37'], []], source: 'index:55250937629 (ein Exportdienst für Bestellungen einer Veranstaltung, ExcelJS, TypeScript)' }, `
    # The ordering customer is the contact. "Quelle" says how the order came in (online, on site): the Source, as the
    # choices name "Quelle". Order numbers, items and times are the order's.
    Bestellnummer | - | #0012 | #0013 | #0013
    Status | - | Abgeholt | Bereit | Bereit
    Quelle | source | Online | Vor Ort | Vor Ort
    Bestellt am | - | 10.06.2026, 20:14 | 13.06.2026, 11:32 | 13.06.2026, 11:32
    Bestelldatum | - | Sa., 13.06.2026 | Sa., 13.06.2026 | Sa., 13.06.2026
    Vorname | firstName | Frank | Petra | Petra
    Nachname | lastName | Becker | Lindner | Lindner
    E-Mail | email | frank.becker@example.de | | 
    Telefon | phone | 0170 1122334 | 06221 456789 | 06221 456789
    Gericht | - | Flammkuchen | Bratwurst | Pommes
    Menge | - | 2 | 3 | 2
    Einzelpreis | - | 8,50 | 3,50 | 3,00
    Zeilensumme | - | 17,00 | 10,50 | 6,00
    Gesamtbetrag | - | 17,00 | 16,50 | 
    Fertig um | - | 13.06.2026, 12:05 | 13.06.2026, 11:50 | 
    Abgeholt um | - | 13.06.2026, 12:20 | | 
    Storniert um | - | | | 
  `),
  set({ id: 'de-ch-verein-mitglieder-import-format', kind: 'CSV-Importformat für Mitglieder eines Vereins mit vierstelligen Postleitzahlen, hier als Schweizer Verein gelesen (Nachname, Vorname, Adresse, PLZ, Ort, Telefon, E-Mail; Semikolon)', lang: 'de', defaultCountry: 'CH', source: 'index:39420197541 (eine Importseite eines Vereins für Mitglieder und Sponsoren, React)' }, `
    Nachname | lastName | Zürcher | Baumann | Keller
    Vorname | firstName | Reto | Simone | Lars
    Adresse | address1 | Bahnhofstrasse 12 | Seestrasse 4a | Dorfplatz 1
    PLZ | postalCode | 8400 | 8800 | 3150
    Ort | city | Winterthur | Thalwil | Schwarzenburg
    Telefon | phone | +41 52 212 34 56 | +41 79 345 67 89 | +41 31 731 22 33
    E-Mail | email | reto.zuercher@example.ch | simone.baumann@example.ch | lars.keller@example.com
  `),
  set({ id: 'de-handwerker-kunden-excel-export', kind: 'Kundenliste eines Handwerksbetriebs als deutscher Excel-Export (Name, Straße, PLZ, Ort, Telefon; Semikolon)', lang: 'de', defaultCountry: 'DE', source: 'index:68753641011 (ein Test des Kunden-CSV-Parsers mit einem Excel-Export, TypeScript)' }, `
    # The one name column holds households and businesses alike ("Familie Becker", a bakery): the Name.
    Name | name | Familie Oberländer | Metzgerei Pohl | Gisela Franke
    Straße | address1 | Am Rosengarten 4 | Neusser Str. 210 | Severinstr. 33
    PLZ | postalCode | 50668 | 50733 | 50678
    Ort | city | Köln | Köln | Köln
    Telefon | phone | 0221 123456 | 0221 7654321 | 
  `),
  set({ id: 'de-adressbuch-export-firma-email', kind: 'Adressbuch-Export eines Lehrbeispiels (Name, Firma, Straße, PLZ, Ort, Telefon, Email; Semikolon)', lang: 'de', defaultCountry: 'DE', source: 'index:15007888746 (eine Ausarbeitung über professionellen Code mit einem Adressbuch-Export, Markdown)' }, `
    Name | name | Andreas Wendt | Claudia Busch | Martin Ebert
    Firma | companyName | Wendt Elektro | | Ebert Logistik GmbH
    Straße | address1 | Hafenstraße 9 | Lindenallee 27 | Industriering 4
    PLZ | postalCode | 18055 | 19053 | 23569
    Ort | city | Rostock | Schwerin | Lübeck
    Telefon | phone | 0381 4445566 | 0385 778899 | 0451 3030300
    Email | email | a.wendt@wendt-elektro.example | claudia.busch@example.de | m.ebert@ebert-logistik.example
  `),
  set({ id: 'de-kontaktformular-kunden-kontakt-csv', kind: 'Kontaktformular, das Anfragen in kunden_kontakt.csv schreibt (Vorname, Nachname, Straße, PLZ, Ort, Telefon, E-Mail; Semikolon)', lang: 'de', defaultCountry: 'DE', source: 'index:42509076696 (eine Formularklasse, die eine Kunden-CSV erzeugt, PHP)' }, `
    Vorname | firstName | Stefanie | Dirk | Aylin
    Nachname | lastName | Kuhn | Brandt | Demir
    Straße | address1 | Mühlweg 6 | Kirchgasse 15 | Berliner Platz 2
    PLZ | postalCode | 97070 | 97199 | 97080
    Ort | city | Würzburg | Ochsenfurt | Würzburg
    Telefon | phone | 0931 223344 | 09331 8877 | 0176 44556677
    E-Mail | email | stefanie.kuhn@example.de | dirk.brandt@example.com | aylin.demir@example.de
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-afhaal-klant-tabel-emailadres-eerst', kind: 'bestelsite van een afhaalzaak, kolommen van de tabel klant (e-mailadres eerst, naam met tussenvoegsel, adres, postcode, woonplaats, telefoonnummer)', lang: 'nl', defaultCountry: 'NL', source: 'index:8438413557 (een bestelscript dat de klant opslaat, INSERT-kolommen, PHP)' }, `
    emailadres | email | sanne.bakker@voorbeeld.nl | r.dejong@example.com | f.elamrani@voorbeeld.nl
    voornaam | firstName | Sanne | Rick | Fatima
    tussenvoegsel | - | | de | 
    achternaam | lastName | Bakker | Jong | El Amrani
    adres | address1 | Kerkstraat 14 | Vondelweg 3a | Marnixplein 22
    postcode | postalCode | 2011 AB | 2023 KL | 2013 VT
    woonplaats | city | Haarlem | Haarlem | Haarlem
    telefoonnummer | phone | 06-12345678 | 023-5312244 | 06 98765432
  `),
  set({ id: 'nl-motorclub-leden-parquet-breed', kind: 'ledenbestand van een motorclub zoals een exportfunctie het klaarzet (lidnummer, naam met tussenvoegsel, geboortedatum, startdatum, status, regio, lidmaatschap, clubblad, contact, adres, motorgegevens, aanmaaktijd; 21 kolommen)', lang: 'nl', defaultCountry: 'NL', source: 'index:31294525468 (een Lambda-functie die leden naar Parquet exporteert, verwachte kolommen, Python)' }, `
    # "tijdstempel" is the date the membership began. The region is the club chapter the member belongs to: Tags. The
    # kind of membership, the magazine choice and the motorbike columns are not contact fields; "generated_at" is the
    # export's own time.
    lidnummer | externalId | 10412 | 10688 | 11203
    voornaam | firstName | Gert-Jan | Wilma | Ronald
    tussenvoegsel | - | | van der | 
    achternaam | lastName | Hofman | Meer | Kuiper
    geboortedatum | dateOfBirth | 1968-05-21 | 1974-12-03 | 1981-08-17
    tijdstempel | - | 2009-04-01 | 2015-03-15 | 2022-06-01
    status | - | Actief | Actief | Opgezegd
    regio | tags | Noord-Holland | Utrecht | Friesland
    lidmaatschap | - | Gewoon lid | Gezinslid | Gewoon lid
    clubblad | - | Papier | Digitaal | Digitaal
    email | email | gj.hofman@example.nl | wilma.vandermeer@example.com | r.kuiper@example.nl
    telefoon | phone | 06-12348765 | 030-6561234 | 06-87654123
    straat | address1 | Dorpsstraat 45 | Amsterdamsestraatweg 210 | Schoolstraat 3
    postcode | postalCode | 1721 BA | 3551 CS | 8401 AN
    woonplaats | city | Broek op Langedijk | Utrecht | Gorredijk
    land | country | Nederland | Nederland | Nederland
    motor_merk | - | Harley-Davidson | Harley-Davidson | Harley-Davidson
    motor_type | - | Fat Boy | Sportster 883 | Road King
    motor_bouwjaar | - | 2004 | 2011 | 2019
    motor_kenteken | - | MZ-12-BX | 45-MHR-7 | MF-829-Z
    generated_at | - | 2026-01-05T10:00:00 | 2026-01-05T10:00:00 | 2026-01-05T10:00:00
  `),
  set({ id: 'nl-vrijwilligers-tgebruiker-rijbewijs', kind: 'vrijwilligersplanning, kolommen van de tabel TGEBRUIKER (naam, adres, woonplaats, telefoonnummer, rijbewijs, auto, uitschrijvingsdatum, account-id)', lang: 'nl', defaultCountry: 'NL', source: 'index:46202412292 (een datalaag die gebruikers in een Oracle-tabel invoegt, C#)' }, `
    # ACCOUNTID is the id of the person's account in the same system: the External ID. Licence and car are booleans.
    NAAM | name | Henk Mulder | Ilse Koster | Bayu Santoso
    ADRES | address1 | Dorpsstraat 12 | Beukenlaan 5 | Parklaan 77
    WOONPLAATS | city | Eindhoven | Veldhoven | Eindhoven
    TELEFOONNUMMER | phone | 040-2123456 | 06-34567890 | 06-11223344
    HEEFTRIJBEWIJS | - | 1 | 1 | 0
    HEEFTAUTO | - | 1 | 0 | 0
    UITSCHRIJVINGSDATUM | - | | 01-07-2025 | 
    ACCOUNTID | externalId | 14 | 15 | 21
  `),
  set({ id: 'nl-activiteit-inschrijvingen-dieetwensen', kind: 'inschrijvingen voor een activiteit van een studievereniging, CSV met deelnemers en wachtlijst (voornaam, achternaam, e-mail, status, dieetwensen, T-shirtmaat; puntkomma)', lang: 'nl', defaultCountry: 'NL', source: 'index:61355025903 (tests van de CSV-export van inschrijvingen, TypeScript)' }, `
    Voornaam | firstName | Lotte | Daan | Ayoub
    Achternaam | lastName | Hendriks | Vermeulen | Benali
    E-mail | email | lotte.hendriks@student.example.nl | daan.vermeulen@example.com | ayoub.benali@student.example.nl
    Status | - | Deelnemer | Deelnemer | Wachtlijst
    Dieetwensen | - | Vegan | | Halal
    T-Shirt Maat | - | M | L | S
  `),
  set({ id: 'nl-studentenpassen-import-pincode-saldo', kind: 'import van studenten voor studentenpassen uit Excel, kolommen van de tabel studenten (achternaam, voornaam, geboortedatum, geboorteplaats, e-mail, pincode, saldo, afbeelding)', lang: 'nl', defaultCountry: 'NL', source: 'index:16988337498 (een importscript dat studenten en hun pas aanmaakt, PHP)' }, `
    # The place of birth is not where the student lives: not imported, like the PIN and the balance.
    Achternaam | lastName | Visser | Yilmaz | de Graaf
    Voornaam | firstName | Noor | Emre | Sophie
    Geboortedatum | dateOfBirth | 2004-02-17 | 2003-11-05 | 2005-06-30
    Geboorteplaats | - | Zwolle | Rotterdam | Deventer
    Student_email | email | noor.visser@student.example.nl | emre.yilmaz@student.example.nl | sophie.degraaf@student.example.nl
    Student_pincode | - | 4821 | 1937 | 6604
    Saldo | - | 12.50 | 0.00 | 7.25
    img | - | Visser_Noor_48211.png | Yilmaz_Emre_90233.png | de Graaf_Sophie_11876.png
  `),
  set({ id: 'nl-be-crm-export-bedrijf-contactpersoon-btw', kind: 'CRM-export van een Vlaamse landbouwleverancier (CRM-id, bedrijf, contactpersoon, telefoon, postcode, gemeente, BTW; puntkomma)', lang: 'nl', defaultCountry: 'BE', source: 'index:66090753535 (tests van een klantenimport uit een CRM-export, JavaScript)' }, `
    # One row per customer company and its contact person: the company is the Company name, the contact the Name.
    CRM-id | externalId | CRM-2041 | CRM-2042 | CRM-2057
    Bedrijf | companyName | Hoeve De Linde | Loonwerken Claeys | Serres Van Damme
    Contactpersoon | name | Griet Maes | Koen Claeys | Pieter Van Damme
    Telefoon | phone | 051 22 34 56 | 0476 12 34 56 | 056 41 22 33
    Postcode | postalCode | 8800 | 8870 | 8500
    Gemeente | city | Roeselare | Izegem | Kortrijk
    BTW | - | BE0456123789 | | BE0871234560
  `),
  set({ id: 'nl-klanten-score-export-branche', kind: 'CSV-export van klantscores van een installatiebedrijf (bedrijf, contactpersoon, e-mail, branche, deelscores, trend; puntkomma)', lang: 'nl', defaultCountry: 'NL', source: 'index:53513915206 (een Next.js-route die klantscores als CSV levert, TypeScript)' }, `
    # The rows are customer companies with a contact person; the industry and the scores are not contact fields.
    Bedrijf | companyName | Bouwbedrijf Van Leeuwen | Zorggroep De Horst | Hotel Aan Zee
    Contactpersoon | name | Martijn van Leeuwen | Esther Kok | Wim Dekker
    E-mail | email | martijn@vanleeuwenbouw.example | e.kok@dehorst.example | wim@hotelaanzee.example
    Branche | - | Bouw | Zorg | Horeca
    Totaalscore | - | 82 | 67 | 74
    Communicatie | - | 90 | 60 | 75
    Betaling | - | 85 | 55 | 80
    Project | - | 78 | 70 | 72
    Tevredenheid | - | 80 | 72 | 70
    Activiteit | - | 77 | 78 | 73
    Trend | - | stijgend | dalend | stabiel
  `),
  set({ id: 'nl-be-jeugdbeweging-lid-login-gsm', kind: 'ledenbeheer van een Vlaamse jeugdvereniging, velden van het formulier Lid bewerken (id, namen, geboortedatum, straat, nummer, postcode, gemeente, vaste telefoon, gsm, e-mail, login, wachtwoord)', lang: 'nl', defaultCountry: 'BE', source: 'index:20885913706 (een ASP.NET-controller voor leden, Bind-lijst van Edit, C#)' }, `
    # Both phones are typed: the GSM (mobile) is the main phone, the landline an additional phone. The house number
    # on its own is not imported; the street name is the address line.
    Id | externalId | 3f2b8c1e-7a44-4d10-9b2e-5c8a1f0d2e71 | 9c1d7e22-0b5f-4a8e-8d33-2f6b7a9c4e10 | 51e0a6d4-2c9b-47f3-a1d8-6b3e9f7c0a25
    Achternaam | lastName | Peeters | Wouters | Janssens
    Voornaam | firstName | Lander | Fien | Arne
    Geboortedatum | dateOfBirth | 2011-04-09 | 2012-09-23 | 2010-01-15
    Straatnaam | address1 | Kerkstraat | Molenweg | Stationsstraat
    Straatnummer | - | 12 | 7B | 104
    Postcode | postalCode | 2800 | 2811 | 2800
    Gemeente | city | Mechelen | Hombeek | Mechelen
    Telefoon_vast | additionalPhones | 015 21 34 56 | | 015 20 11 22
    Telefoon_GSM | phone | 0478 12 34 56 | 0495 65 43 21 | 0472 33 44 55
    Email | email | peeters.gezin@example.be | fien.wouters@example.be | arne.janssens@example.be
    Login_Naam | - | lpeeters | fwouters | ajanssens
    Wachtwoord | - | 8f4e1c | 2b9d77 | c03a5e
  `),
  set({ id: 'nl-horeca-klanten-sjabloon-regio', kind: 'importsjabloon voor klanten van een horecagroothandel (klantnummer, bedrijfsnaam, regio, e-mail, telefoon, adres, plaats, postcode, land)', lang: 'nl', defaultCountry: 'NL', source: 'index:4271587181 (een importpagina met een downloadbaar sjabloon, React)' }, `
    # The sales region (Noord, Zuid) is the wholesaler's, not the customer's province: not imported.
    Klantnummer | externalId | 2041 | 2042 | 2058
    Bedrijfsnaam | companyName | Eetcafé De Waag | Brasserie Het Veerhuis | Pizzeria Bella Napoli
    Regio | - | Noord | Zuid | Noord
    Email | email | info@eetcafedewaag.example | reserveren@veerhuis.example | bella.napoli@example.nl
    Telefoon | phone | 050-3123456 | 076-5221100 | 058-2134455
    Adres | address1 | Vismarkt 12 | Haven 3 | Nieuwestad 88
    Plaats | city | Groningen | Breda | Leeuwarden
    Postcode | postalCode | 9712 CB | 4811 XX | 8911 CV
    Land | country | NL | NL | NL
  `),
  set({ id: 'nl-club-pasnummers-export-lidmaatschap', kind: 'export van pasnummers van een sportclub (pasnummer, lidnummer, voornaam, tussenvoegsel, achternaam, lidmaatschap; puntkomma)', lang: 'nl', defaultCountry: 'NL', source: 'index:70735123389 (een route die clubpassen als CSV exporteert, TypeScript)' }, `
    # The pass number (the member number when there is no pass) is the first id: the External ID; the member number
    # the second. The kind of membership is a type, not imported.
    Pasnummer | externalId | P-30412 | 1177 | P-30420
    Lidnummer | - | 1142 | 1177 | 1189
    Voornaam | firstName | Bram | Eva | Mohamed
    Tussenvoegsel | - | van | | 
    Achternaam | lastName | Dijk | Mertens | Ouali
    Lidmaatschap | - | Senior | Junior | Senior
  `),
  set({ id: 'nl-ggz-clienten-eboekhouden-import', kind: 'exportscript van een GGZ-praktijk dat cliënten als relaties voor e-Boekhouden klaarzet (code, naam, adres, contact, geboortedatum, BSN, zorgtraject, UZOVI, verwijzing, profiel; 16 kolommen)', lang: 'nl', defaultCountry: 'NL', source: 'index:16389614595 (een R-script dat een importbestand voor de boekhouding maakt)' }, `
    # The code is the client's relation code in the bookkeeping: the External ID. The BSN is a national id; the care
    # path, insurer and referral columns are not contact fields.
    Code | externalId | C0412 | C0413 | C0427
    Naam | name | A. de Boer | M. Aksoy | J.P. Willems
    Adres | address1 | Oosterstraat 21 | Wilhelminapark 9 | Hoogstraat 140
    Postcode | postalCode | 9711 NR | 3581 NC | 3011 PV
    Plaats | city | Groningen | Utrecht | Rotterdam
    Telefoon | phone | 06-41234567 | 030-2511234 | 06-55667788
    Email | email | a.deboer@example.nl | m.aksoy@example.com | jp.willems@example.nl
    Geboortedatum | dateOfBirth | 12-03-1986 | 30-11-1992 | 04-07-1971
    BSN | - | 123456782 | 234567891 | 345678903
    Zorgtrajectnummer | - | 20250412 | 20250419 | 20250503
    Startdatum zorgtraject | - | 01-04-2025 | 15-04-2025 | 02-05-2025
    UZOVI-code | - | 3311 | 7029 | 0101
    Gekozen zorgvraagtype | - | Kort | Middel | Intensief
    Verwijstype | - | Huisarts | Huisarts | Bedrijfsarts
    AGB-code verwijzer | - | 01012345 | 01067890 | 01054321
    Gb-GGZ profiel | - | BK | BM | BI
  `),
  set({ id: 'nl-webwinkel-klantgegevens-select', kind: 'webwinkel, eigen gegevens wijzigen: de kolommen die uit Klanten gelezen worden (voornaam, achternaam, adres, postcode, plaats, telefoonnummer, e-mail)', lang: 'nl', defaultCountry: 'NL', source: 'index:4379298740 (een pagina die klantgegevens leest en bijwerkt, PHP)' }, `
    Voornaam | firstName | Marloes | Kevin | Inge
    Achternaam | lastName | Brouwer | Smits | van Vliet
    Adres | address1 | Prinsengracht 301 | Dorpsweg 45 | Julianalaan 6
    Postcode | postalCode | 1016 GW | 1671 AB | 2628 BB
    Plaats | city | Amsterdam | Medemblik | Delft
    TelefoonNr | phone | 020-6231234 | 06-19283746 | 015-2781234
    Email | email | marloes.brouwer@voorbeeld.nl | kevin.smits@example.com | inge.vanvliet@voorbeeld.nl
  `),
  // ----------------------------------------------------------------------------------------------------- Mixed
  set({ id: 'mixed-data-intake-voornaam-notes', kind: 'data-intake upload of a Dutch legal-services app (Dutch name and e-mail columns with an English "Notes")', lang: 'mixed', defaultCountry: 'NL', source: 'index:60057717202 (tests of a data-intake session parser, TypeScript)' }, `
    Voornaam | firstName | Gijs | Annemarie | Tarik
    Achternaam | lastName | Boersma | Kuipers | Haddou
    E-mail | email | gijs.boersma@advocaat.example | a.kuipers@notaris.example | tarik.haddou@example.nl
    Notes | - | Nieuwe cliënt | | Terugbellen
  `),
  set({ id: 'mixed-studenten-gebruikers-tabel-verified', kind: 'student platform\'s user table shown in an admin page (Dutch Gebruiker_ID, Voornaam, Achternaam, Studentnr with English Email, Verified, Type, image paths and Quote)', lang: 'mixed', defaultCountry: 'NL', source: 'index:2601616984 (an admin page printing the users table, PHP)' }, `
    # The user id is the first id of the person: the External ID; the student number the second.
    Gebruiker_ID | externalId | 31 | 32 | 40
    Voornaam | firstName | Jesse | Romy | Ilias
    Achternaam | lastName | Kramer | Schouten | Amrani
    Email | email | jesse.kramer@student.example.nl | romy.schouten@student.example.nl | ilias.amrani@student.example.nl
    Studentnr | - | 500812345 | 500823456 | 500834567
    Verified | - | 1 | 1 | 0
    Type | - | student | docent | student
    img_path | - | img/31.png | img/32.jpg | 
    color_path | - | #3366ff | #ff9933 | #33cc99
    Quote | - | Carpe diem | | Nooit opgeven
  `),
  set({ id: 'mixed-duikclub-leden-view-username', kind: 'Dutch diving club app\'s member view (voornaam, achternaam, email, duikbrevet with English username, desired_role, opt_in_weekly, actief, created_at)', lang: 'mixed', defaultCountry: 'NL', source: 'index:10238129314 (a Streamlit members admin page, its column selection, Python)' }, `
    # The diving certificate, the login name and the flags are not contact fields.
    voornaam | firstName | Maarten | Chantal | Sven
    achternaam | lastName | de Wit | Bos | Lammers
    email | email | maarten.dewit@example.nl | chantal.bos@example.com | sven.lammers@example.nl
    duikbrevet | - | 2* | 1* | 3*
    username | - | mdewit | chantalb | svenl
    desired_role | - | member | member | instructor
    opt_in_weekly | - | true | false | true
    actief | - | true | true | false
    created_at | - | 2025-02-11T19:20:04 | 2025-03-02T08:41:55 | 2024-11-19T21:07:30
  `),
  set({ id: 'mixed-webmanager-benutzer-tabel-breit', kind: 'German web content manager\'s user table seed (German Anrede, Titel, Vorname, Nachname, Namenszusatz, Strasse, PLZ, Ort, Land with English Loginname, Company, State, login counters, languages, CustomerNo, SupplierNo; 31 columns)', lang: 'mixed', defaultCountry: 'DE', source: 'index:47327969380 (an SQL Server setup script inserting into dbo.Benutzer)' }, `
    # ID is the user's id in the system: the External ID; the customer number a second id. The login name, password,
    # login counters, languages and session are the account's, not contact fields.
    ID | externalId | 14 | 15 | 22
    Loginname | - | hschreiber | mlange | tkoch
    LoginPW | - | 5f2a91c0 | b81e4d22 | 07cc9e3f
    Company | companyName | Schreiber Immobilien GmbH | | Koch Maschinenbau AG
    Anrede | - | Herr | Frau | Herr
    Titel | - | Dr. | | 
    Vorname | firstName | Hans | Monika | Thomas
    Nachname | lastName | Schreiber | Lange | Koch
    Namenszusatz | - | | | jun.
    E-MAIL | email | h.schreiber@schreiber-immobilien.example | monika.lange@example.de | t.koch@koch-mb.example
    Strasse | address1 | Königsallee 60 | Am Markt 3 | Industriestraße 18
    PLZ | postalCode | 40212 | 06108 | 73037
    Ort | city | Düsseldorf | Halle (Saale) | Göppingen
    State | state | Nordrhein-Westfalen | Sachsen-Anhalt | Baden-Württemberg
    Land | country | Deutschland | Deutschland | Deutschland
    LoginCount | - | 112 | 7 | 45
    LoginFailures | - | 0 | 2 | 0
    LoginLockedTill | - | | 2026-02-01 10:15 | 
    LoginDisabled | - | 0 | 0 | 1
    AccountAccessability | - | 1 | 1 | 0
    CreatedOn | - | 2019-03-12 08:00 | 2024-10-01 14:22 | 2021-06-30 11:05
    ModifiedOn | - | 2025-11-04 16:40 | 2025-12-18 09:12 | 2024-01-09 17:31
    LastLoginOn | - | 2026-01-28 07:55 | 2026-01-30 19:03 | 2023-12-22 12:00
    LastLoginViaRemoteIP | - | 192.0.2.41 | 198.51.100.7 | 203.0.113.90
    CurrentLoginViaRemoteIP | - | 192.0.2.41 | 198.51.100.12 | 
    1stPreferredLanguage | - | 2 | 2 | 1
    2ndPreferredLanguage | - | 1 | | 3
    3rdPreferredLanguage | - | | | 
    CustomerNo | - | K-20418 | | K-20977
    SupplierNo | - | | | L-3310
    System_SessionID | - | 8812 | 9120 | 
  `),
  set({ id: 'mixed-open-klant-klanten-seed-subject', kind: 'Dutch municipal case system\'s customer table seed (Dutch klantnummer, bedrijfsnaam, voornaam, achternaam, functie, telefoonnummer, emailadres, aanmaakkanaal with English uuid, website_url, subject, subject_type)', lang: 'mixed', defaultCountry: 'NL', source: 'index:27492765381 (an SQL seed for klanten_klant of a test environment)' }, `
    # The uuid is the first id of the customer: the External ID; the customer number the second. "bronorganisatie" is
    # the RSIN of the organisation that keeps the record, "subject" a link to a register: not imported. The website is
    # the customer's own (a customer may be a business). The channel the record was made through ("aanmaakkanaal":
    # phone, desk, web) is the Source.
    uuid | externalId | 6b1f2d3c-8e4a-4f7b-9c21-0d5e6a7b8c90 | a2c4e6f8-1b3d-4e5f-8a7b-9c0d1e2f3a4b | 0f9e8d7c-6b5a-4c3d-2e1f-a0b9c8d7e6f5
    bronorganisatie | - | 002564440 | 002564440 | 002564440
    klantnummer | - | 10000412 | 10000413 | 10000420
    bedrijfsnaam | companyName | | Bakkerij Hoogland | 
    website_url | website | | https://bakkerijhoogland.example | 
    voornaam | firstName | Karin | Dirk | Samira
    voorvoegsel_achternaam | - | van | | el
    achternaam | lastName | Dam | Hoogland | Idrissi
    functie | - | | eigenaar | 
    telefoonnummer | phone | 0201234567 | 0302345678 | 0612345678
    emailadres | email | karin.vandam@example.nl | dirk@bakkerijhoogland.example | s.elidrissi@example.nl
    subject | - | https://brp.example/ingeschrevenpersonen/999993896 | | https://brp.example/ingeschrevenpersonen/999990111
    subject_type | - | natuurlijk_persoon | vestiging | natuurlijk_persoon
    aanmaakkanaal | source | telefoon | balie | webformulier
    geverifieerd | - | true | false | true
  `),
];
