// The eighteenth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch
// and mixed-language files; the other half, corpus-heldout18b.ts, holds the other languages): 56 header sets (666
// columns, 349 of them expected to map; 25 English, 14 German, 12 Dutch, 5 mixed; 3 files without a header row, 2 with
// lines above it (a TWINT export's date, period and totals lines; a topic list's title line); 10 sets of 20 to 40
// columns)
// from sources none of the other parts use, found in the public code index with find_string (exact header text of
// CRM and vendor exports and importers: HubSpot, Salesforce, Zoho, Apollo, ClubDesk, Fortytools, TWINT, PrestaShop,
// Stud.IP and school administration files; importer tests, templates and fixtures; German and Dutch customer, member,
// pupil, staff, donor and supplier lists; database tables and selects; files read without a header row) and written
// down, with the mapping a careful person would choose by the field definitions and the rules, BEFORE the
// mapper was run on them and without reading the lexicon or the mapper. "index:N" names the index file the header
// text was read from (the index does not name its repository); the kind says what the file is. Sample values are
// made up in the shape of each file's own (no personal data or example rows from the sources are copied). A header
// cell is copied as the source writes it (case, spaces, underscores; a quoted CSV cell as its value); a column list
// of an SQL statement or an API select is written as its column names; a header line ending in the separator gets a
// trailing empty column "". Wide files are kept to their first columns, stopping at a column boundary. No set's
// headers repeat an older part's (each was compared lower-cased; the files without a header row aside).
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
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - A yes/no column named after a group, a style or a list (ClubDesk groups, dance styles) is a boolean, not Tags.
// - The id of an account or a company a contact belongs to is not the person's id and is not imported (as the
//   sixteenth part's first half chose); so is a company's website in a list of companies with a contact person.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout18' }, table);

export const HELDOUT18A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-salesforce-contacts-report-masterpack-godirect', kind: 'Salesforce contacts report a New Zealand list-cleaning tool asks for, its columns in order (e-mail, contact id, names, account, customer code, mailing address, other system\'s user id, industry, account owner)', lang: 'en', defaultCountry: 'NZ', source: 'index:39983568059 (a PHP list-cleaning page\'s Salesforce upload instructions)' }, `
    Email | email | aroha.tane@kiwifreight.example | j.mcdonald@harbourprint.example | priya.s@southernvet.example
    # "Contact ID" in a Salesforce report is the CRM's id of the contact: the Contact ID.
    Contact ID | contactId | 0039000001aBcDeAAF | 0039000001aBcDfAAF | 0039000001aBcDgAAF
    Salutation | - | Ms. | Mr. | Dr.
    First Name | firstName | Aroha | James | Priya
    Last Name | lastName | Tane | McDonald | Sharma
    Account Name | companyName | Kiwi Freight Ltd | Harbour Print & Pack | Southern Vets
    # The customer code belongs to the account (the company), not to the person: not imported.
    Masterpack Customer Code | - | KIWF01 | HARB07 | SOUV12
    Position | - | Operations Manager | Owner | Practice Manager
    Department | - | Logistics | "" | Admin
    Phone | phone | 09 555 0142 | 03 555 0187 | 07 555 0123
    Mobile | additionalPhones | 021 555 0191 | "" | 027 555 0164
    Mail Flag | - | Y | N | Y
    Mailing Address Line 1 | address1 | 12 Wharf Road | 88 Tuam Street | 4 Grey Street
    Mailing Address Line 2 | - | Unit 3 | "" | ""
    Mailing Address Line 3 | - | Onehunga | "" | ""
    Mailing City | city | Auckland | Christchurch | Hamilton
    Mailing Zip/Postal Code | postalCode | 1061 | 8011 | 3204
    Mailing Country | country | New Zealand | New Zealand | New Zealand
    # The person's user id in the distributor's ordering portal: another system's id of the person, the External ID.
    GoDirect User ID | externalId | GD10442 | GD10987 | GD11203
    Industry Group Description | - | Transport | Print | Veterinary
    Industry Description | - | Freight Forwarding | Packaging | Animal Health
    Account Owner | - | Sam Wilson | Kate Brown | Sam Wilson
  `),
  set({ id: 'en-hubspot-clinic-leads-import-29-columns', kind: 'HubSpot import CSV a sales runbook gives for no-show-reminder prospects, one clinic or practice a row with its contact person (company, domain, website, address, industry and cluster, names, job title, e-mail, phones, owner, lead source, touch log, notes)', lang: 'en', source: 'index:51842547020 (a sales runbook, its HubSpot import header row)' }, `
    # The rows are practices with one decision maker each: the practice is the Company name, the person the names;
    # the practice's domain and website are the company's, not the person's: not imported (as in the older firm lists).
    Company name | companyName | Brightsmile Dental | Lakeside Physio | Northgate Vet Clinic
    Company domain | - | brightsmile.example | lakesidephysio.example | northgatevet.example
    Website URL | - | https://brightsmile.example | https://www.lakesidephysio.example | https://northgatevet.example/contact
    Street address | address1 | 410 Elm St Suite 2 | 88 Lakeshore Dr | 1200 N Gate Blvd
    City | city | Columbus | Madison | Boise
    State/Region | state | OH | WI | ID
    Postal code | postalCode | 43215 | 53703 | 83702
    Country | country | United States | United States | United States
    Industry | - | Dental | Physical Therapy | Veterinary
    Vertical | - | Dentist | PT | Vet
    # The campaign's grouping of towns, not a group the person belongs to: not imported.
    City Cluster | - | Ohio-Central | Wisconsin-South | Idaho-Treasure Valley
    Location Count | - | 2 | 1 | 3
    First name | firstName | Dana | Marcus | Leah
    Last name | lastName | Whitfield | Olsen | Park
    Job title | - | Office Manager | Owner | Practice Manager
    Email | email | dana@brightsmile.example | info@lakesidephysio.example | leah.park@northgatevet.example
    Phone number | phone | (614) 555-0132 | (608) 555-0178 | (208) 555-0119
    Mobile phone number | additionalPhones | (614) 555-0190 | "" | (208) 555-0166
    Contact owner | owner | bob@noshowbot.example | bob@noshowbot.example | amy@noshowbot.example
    Lead source | source | Cold email | Craigslist | Cold call
    Lead source detail | - | Batch 1 | Madison ad | Day 2 call block
    No-show pain | - | High | Medium | Unknown
    Scheduling System | - | Dentrix | Jane App | ezyVet
    Last touch type | - | Email | Call | SMS
    Last touch date | - | 2026-02-02 | 2026-02-03 | 2026-02-03
    Last touch outcome | - | Replied | Voicemail | No reply
    Next step date | - | 2026-02-05 | 2026-02-06 | ""
    Next step description | - | Book demo | Call back | ""
    Notes | - | Uses paper reminders | decision maker unknown | ""
  `),
  set({ id: 'en-hubspot-contacts-clinic-journey-deals', kind: 'HubSpot contacts export of an Australian cosmetic surgery clinic, checked before import (record id, names, e-mail, phone, owner, lead status, dates, contact type, lifecycle stage, lead source, stage of journey, next appointment, associated deal and company)', lang: 'en', defaultCountry: 'AU', source: 'index:56297685679 (a clinic CRM\'s HubSpot contacts parser tests, TypeScript)' }, `
    Record ID | externalId | 51820011 | 51820034 | 51820078
    First Name | firstName | Chloe | Liam | Harper
    Last Name | lastName | Nguyen | O'Brien | Walsh
    Email | email | chloe.nguyen@example.com.au | liam.obrien@example.com | harper.w@example.com.au
    Phone Number | phone | +61412345001 | 0412 555 034 | +61 423 555 078
    Contact owner | owner | Jess Taylor | Mark Ellis | Jess Taylor
    Lead Status | - | New | Attempted to contact | Connected
    Create Date | - | 2025-11-03 | 2025-11-07 | 2025-12-01
    Last Modified Date | - | 2025-12-10 | 2025-11-20 | 2026-01-04
    Contact Type | - | Lead | Patient | Lead
    Lifecycle Stage | - | Lead | Customer | Lead
    Lead Source | source | Organic Search | Referral | Facebook Ads
    Stage of Journey | - | Welcome | Surgery done | Consult scheduled
    Next appointment date | - | "" | 2026-02-14 | 2026-01-22
    Associated Deal | - | "" | Breast reduction - Liam | Consult - Harper
    Associated Company | companyName | "" | O'Brien Electrical | ""
    Associated Deal IDs | - | "" | 14022 | 14098;14101
  `),
  set({ id: 'en-salesforce-contacts-transfer-do-not-call', kind: 'Salesforce contacts file moved into a marketing agency\'s workspace by its transfer engine (e-mail, salutation, names, account, owner, lifecycle stage, do-not-call, mailing city and country)', lang: 'en', source: 'index:70258661460 (an agency platform\'s transfer engine tests, TypeScript)' }, `
    Email | email | rosa.vidal@brightline.example | tkoenig@harborlabs.example | mia.chen@example.com
    Salutation | - | Ms. | Mr. | Dr.
    First Name | firstName | Rosa | Thomas | Mia
    Last Name | lastName | Vidal | Koenig | Chen
    Account Name | companyName | Brightline Media | Harbor Labs | Chen Family Dental
    Contact Owner | owner | Sam Owner | sam@agency.example | Lee Carter
    Lifecycle Stage | - | Lead | Customer | Opportunity
    Do Not Call | - | no | yes | no
    Mailing City | city | Austin | Boston | Denver
    Mailing Country | country | US | US | US
  `),
  set({ id: 'en-salesforce-style-leads-owner-alias', kind: 'Salesforce-style leads export among an importer\'s real-world demo files (lead source, names, e-mail, phone, lead status, owner alias, created date)', lang: 'en', source: 'index:55835346551 (an importer\'s generator of real-world demo CSVs, JavaScript)' }, `
    Lead Source | source | Web | Partner Referral | Cold Call
    First Name | firstName | Gabriel | Noor | Henrik
    Last Name | lastName | Ortiz | Haddad | Lund
    Email | email | g.ortiz@example.com | noor.haddad@example.net | henrik.lund@example.org
    Phone | phone | 5551730 | 5551731 | 5551732
    Lead Status | - | Open - Not Contacted | Working - Contacted | Closed - Converted
    # The owner's alias names the user in charge of the lead: the Contact owner.
    Owner Alias | owner | jdoe | mkhan | jdoe
    Created Date | - | 2025-04-01 | 2025-04-02 | 2025-04-03
  `),
  set({ id: 'en-hubspot-contacts-company-ids-lottery', kind: 'HubSpot contacts export of a B2B lottery supplier\'s CRM clean-up, contacts linked to companies by id (record id, names, e-mail, phone, job title, associated company ids)', lang: 'en', defaultCountry: 'GB', source: 'index:70675563989 (a CRM clean-up script writing sample HubSpot exports, JavaScript)' }, `
    Record ID | externalId | 8120 | 8121 | 8133
    First Name | firstName | Imogen | Callum | Sadia
    Last Name | lastName | Fraser | Doyle | Rahman
    Email | email | imogen@northlotto.example | callum.doyle@seaview-gaming.example | ""
    Phone Number | phone | "" | 0161 496 0711 | +44 20 7946 0321
    Job Title | - | Head of Product | CEO | Marketing Manager
    Associated Company IDs | - | 9120 | 9121 | 9120;9133
  `),
  set({ id: 'en-hubspot-export-original-source-demo', kind: 'HubSpot contacts export among a CSV importer\'s real-world demo files (record id, names, e-mail, phone, lead status, create date, original source)', lang: 'en', source: 'index:56009613707 (a script generating an importer\'s real-world demo CSVs, JavaScript)' }, `
    Record ID | externalId | 301 | 302 | 303
    First Name | firstName | Lena | Omar | Trisha
    Last Name | lastName | Fischer | Said | Kapoor
    Email | email | lena.fischer@example.com | "" | trisha.k@example.org
    Phone Number | phone | +1 555-3101 | +1 555-3102 | ""
    Lead Status | - | NEW | OPEN | IN_PROGRESS
    Create Date | - | 2025-02-11 09:00:00 | 2025-02-12 14:20:00 | 2025-02-14 08:45:00
    Original Source | source | ORGANIC_SEARCH | PAID_SOCIAL | DIRECT_TRAFFIC
  `),
  set({ id: 'en-zoho-contacts-select-columns-username', kind: 'Zoho CRM contacts, the 27 columns a freelancer platform reads back from its CRM (owner, salutation, names, account, vendor, lead source, title, department, birth date, reports-to, opt-out, Skype, five phones, e-mails, assistant, two addresses, description, user name, password)', lang: 'en', source: 'index:43919092334 (a PHP freelancer platform\'s Zoho CRM contacts service)' }, `
    Contact Owner | owner | Priya Raman | Jon Keller | Priya Raman
    Salutation | - | Mr. | Ms. | Dr.
    First Name | firstName | Arjun | Beth | Kwame
    Last Name | lastName | Mehta | Sorensen | Asante
    Account Name | companyName | Mehta Consulting | Sorensen Design | Asante Analytics
    Vendor Name | - | "" | "" | ""
    Lead Source | source | Web Site | Partner | Advertisement
    Title | - | Consultant | UX Designer | Data Scientist
    Department | - | "" | Product | Research
    Date of Birth | dateOfBirth | 1986-07-21 | 1991-02-09 | 1979-11-30
    Reports To | - | "" | "" | ""
    Email Opt Out | - | false | false | true
    Skype Id | - | arjun.mehta | beth.sorensen | ""
    Phone | phone | 555-555-0131 | 555-555-0174 | 555-555-0119
    Mobile | additionalPhones | 555-555-0190 | "" | 555-555-0146
    Home Phone | additionalPhones | "" | 555-555-0188 | ""
    Other Phone | additionalPhones | "" | "" | ""
    Fax | - | "" | "" | ""
    Email | email | arjun@mehtaconsulting.example | beth@sorensendesign.example | kwame.asante@example.com
    Secondary Email | additionalEmails | arjun.mehta@example.com | "" | ""
    Assistant | - | "" | "" | ""
    Asst Phone | - | "" | "" | ""
    Mailing Address | address1 | 45 Park Ave, New York | 1200 Pine St, Seattle | 8 Elm Ct, Atlanta
    Other Address | - | "" | "" | ""
    Description | - | Available from March | "" | Prefers remote work
    # The person's login on the platform the CRM record belongs to, the only id of the person here: the External ID.
    Username | externalId | arjunm | bsorensen | kasante
    Password | - | •••••••• | •••••••• | ••••••••
  `),
  set({ id: 'en-outreach-contact-import-favorite-product', kind: 'contact import CSV of an outreach tool with tags and a custom column (e-mail, names, company, tags, favourite product)', lang: 'en', source: 'index:53433017875 (an outreach tool\'s CSV parsing tests, TypeScript)' }, `
    Email | email | dana.ruiz@example.com | kofi@brightlane.example | mei.tan@example.org
    First Name | firstName | Dana | Kofi | Mei
    Last Name | lastName | Ruiz | Boateng | Tan
    Company | companyName | Ruiz & Co. | Brightlane | Harbor Tea House
    Tags | tags | vip; west | trial|beta | newsletter
    # A custom column about what the contact likes, not a standard field: not imported.
    Favorite Product | - | Roadmap | Insights | Roadmap
  `),
  set({ id: 'en-contact-sync-report-issues', kind: 'contact sync report written by a CRM de-duplication script, one contact with an issue a row (type, contact name, e-mail, phone, organization, issue, action, related contacts)', lang: 'en', source: 'index:13187386702 (a CRM contact sync script writing its detailed report, TypeScript)' }, `
    Type | - | duplicate | missing_email | duplicate
    Contact Name | name | Harold Finch | Joss Carter | Lionel Fusco
    Email | email | h.finch@ift.example | "" | lfusco@example.com
    Phone | phone | +1 212 555 0101 | +1 212 555 0177 | +1 718 555 0123
    Organization | companyName | IFT | NYPD 8th Precinct | ""
    Issue | - | Same e-mail as another contact | No e-mail address | Same phone as another contact
    Action | - | Merge | Review | Merge
    Related Contacts | - | Harold Wren | "" | Lionel F.
  `),
  set({ id: 'en-in-loan-leads-sheet-assigned-agent', kind: 'Indian loan agency\'s lead sheet filled by its website form through Apps Script (lead id, submission date and time, customer name, mobile, e-mail, city, district, loan details, income, lead source, status, temperature, assigned agent, follow-up date, remarks)', lang: 'en', defaultCountry: 'IN', source: 'index:70942888721 (a finance service\'s Apps Script lead sheet, JavaScript)' }, `
    Lead ID | externalId | SKF-2026-0141 | SKF-2026-0142 | SKF-2026-0157
    Submission Date | - | 02/02/2026 | 02/02/2026 | 05/02/2026
    Submission Time | - | 10:42:15 | 16:05:51 | 09:18:03
    Customer Name | name | Ravi Kumar | Lakshmi Narayanan | Suresh Babu
    Mobile Number | phone | 9876543210 | 9123456780 | 9988776655
    Email | email | ravi.kumar@example.in | lakshmi.n@example.com | ""
    City | city | Coimbatore | Chennai | Madurai
    # The district above the town is not the first-level area (the state): not imported.
    District | - | Coimbatore | Chennai | Madurai
    Loan Type | - | Home Loan | Personal Loan | Business Loan
    Loan Amount | - | 2500000 | 300000 | 1000000
    Employment Type | - | Salaried | Salaried | Self-employed
    Monthly Income | - | 85000 | 42000 | 120000
    Existing Loan | - | No | Yes | No
    Lead Source | source | Website | Google Ads | Referral
    Lead Status | - | New | Contacted | Documents Pending
    Lead Temperature | - | Hot | Warm | Cold
    Assigned Agent | owner | Karthik | Divya | Karthik
    Follow-up Date | - | 04/02/2026 | 06/02/2026 | ""
    Remarks | - | Wants callback after 6 pm | "" | Needs GST papers
  `),
  set({ id: 'en-gb-visitor-log-export-car-registration', kind: 'UK office visitor book iPad app\'s CSV export (names, company, person visited, car registration, check-in and check-out times)', lang: 'en', defaultCountry: 'GB', source: 'index:53875336481 (a visitor sign-in app\'s welcome view, CSV export, Swift)' }, `
    First Name | firstName | Oliver | Amara | Fiona
    Last Name | lastName | Hughes | Okafor | Campbell
    Company | companyName | Hughes Electrical | Northbridge Audit | ""
    # The member of staff the visitor came to see, not the visitor's own: not imported.
    Visiting | - | Sarah Mills | Finance Team | Tom Reid
    Car Registration | - | AB12 CDE | "" | FG70 HJK
    Check In | - | 2026-02-03T09:02:11.000Z | 2026-02-03T10:30:45.000Z | 2026-02-04T13:15:00.000Z
    Check Out | - | 2026-02-03T11:45:30.000Z | 2026-02-03T12:01:02.000Z | ""
  `),
  set({ id: 'en-apollo-owner-address-verification', kind: 'address and owner name verification sheet for contacts pulled from Apollo, the Apollo address beside a verified one (names, company, Apollo address, verified names and address, statuses, notes, verification source)', lang: 'en', source: 'index:66602403969 (a lead verification tool\'s column list, JavaScript)' }, `
    First Name | firstName | Gary | Denise | Hector
    Last Name | lastName | Lindholm | Marsh | Villalobos
    Company | companyName | Lindholm Roofing | Marsh Family Dental | Villalobos Landscaping
    # Two copies of the name and the address: the first (Apollo's) feeds the fields, the verified copy is not imported.
    Apollo Address | address1 | 4412 W Ridge Rd | 18 Harbor View Ln | 920 S Main St
    Apollo City | city | Tulsa | Mystic | Mesa
    Apollo State | state | OK | CT | AZ
    Apollo Zip | postalCode | 74107 | 06355 | 85210
    Verified First | - | Gary | Denise | ""
    Verified Last | - | Lindholm | Marsh-Ellery | ""
    Verified Address | - | 4412 W Ridge Road | 18 Harbor View Lane | ""
    Verified City | - | Tulsa | Mystic | ""
    Verified State | - | OK | CT | ""
    Verified Zip | - | 74107-3311 | 06355 | ""
    Name Status | - | VERIFIED | UPDATED | UNVERIFIED
    Address Status | - | VERIFIED | VERIFIED | UNVERIFIED
    Name Notes | - | "" | Married name on deed | Could not parse
    Address Notes | - | Suffix normalised | "" | ""
    # Where the verification came from (county records), not where the lead came from: not imported.
    Source | - | County assessor | Secretary of State | ""
  `),
  set({ id: 'en-subcontractors-outlook-style-download', kind: 'construction bidding app\'s subcontractor contacts download in Outlook\'s column names (names, company, job title, business street, fax and phone, e-mail, web page)', lang: 'en', source: 'index:11863611791 (a PHP construction bidding app\'s subcontractors controller)' }, `
    First Name | firstName | Russ | Angela | Tomas
    Last Name | lastName | Keller | Dominguez | Novak
    Company | companyName | Keller Concrete Inc | AD Electric | Novak Drywall LLC
    Job Title | - | Estimator | Owner | Project Manager
    Business Street | address1 | 2200 Industrial Pkwy | 415 Commerce St | 88 Mill Rd
    Business Fax | - | 555-555-0140 | "" | ""
    Business Phone | phone | 555-555-0131 | 555-555-0167 | 555-555-0182
    E-mail Address | email | russ@kellerconcrete.example | angela@adelectric.example | tnovak@novakdrywall.example
    Web Page | website | www.kellerconcrete.example | "" | novakdrywall.example
  `),
  set({ id: 'en-ke-sms-recipients-no-header', kind: 'Kenyan SMS sender\'s recipient list pasted without a header row, one person a line (full name, mobile number)', lang: 'en', noHeader: true, defaultCountry: 'KE', source: 'index:70658526345 (an SMS app\'s CSV parser tests, Go)' }, `
    "" | name | Wanjiru Kamau | Otieno Ochieng | Achieng Atieno
    "" | phone | 0712345678 | +254722334455 | 0733 456 789
  `),
  set({ id: 'en-music-loops-recipients-xlsx-no-header', kind: 'music producer\'s spreadsheet of people to send loops to, no header row (name, e-mail, two note columns)', lang: 'en', noHeader: true, source: 'index:22266246177 (a loop-mailing script reading its recipient sheet, Python)' }, `
    "" | name | DJ Marlo | Kiana Brooks | Tre Watkins
    "" | email | marlo.beats@example.com | kiana@brookssound.example | trew.prod@example.net
    "" | - | trap, drill | r&b | boom bap
    "" | - | sent 2 packs already | "" | prefers stems
  `),
  set({ id: 'en-wix-contacts-export-two-addresses', kind: 'Wix contacts export, the header shape a local-business lead app recognises (names, first e-mail and phone, first address\'s street, city and country, second address\'s country, company)', lang: 'en', source: 'index:60302211300 (a lead app\'s market import tests, PHP)' }, `
    First Name | firstName | Holly | Marcus | Inés
    Last Name | lastName | Brennan | Adeyemi | Castillo
    Email 1 | email | holly@brennanflorals.example | marcus.adeyemi@example.com | ines.castillo@example.org
    Phone 1 | phone | +1 503-555-0148 | +1 971-555-0122 | +1 503-555-0190
    Address 1 - Street | address1 | 812 SE Hawthorne Blvd | 4410 N Williams Ave | ""
    Address 1 - City | city | Portland | Portland | Beaverton
    Address 1 - Country | country | US | US | US
    # The second address group's country, an alternate address: not imported.
    Address 2 - Country | - | "" | CA | ""
    Company | companyName | Brennan Florals | "" | Castillo Tax Services
  `),
  set({ id: 'en-zoho-contacts-search-contactid-accountid', kind: 'Zoho CRM contacts as an iPad sales app searches them, the 17 columns it selects (names, contact and account ids, account, department, e-mail, phone, birth date, mailing address, Skype, Twitter, LinkedIn)', lang: 'en', source: 'index:7350215959 (an iOS sales app\'s Zoho CRM contacts screen, Objective-C)' }, `
    First Name | firstName | Victor | Alana | Deepak
    Last Name | lastName | Hale | Moreno | Joshi
    # CONTACTID is the CRM's id of the contact: the Contact ID; the account's id beside it is not imported.
    CONTACTID | contactId | 2188563000000101011 | 2188563000000101029 | 2188563000000101057
    ACCOUNTID | - | 2188563000000098001 | 2188563000000098044 | 2188563000000098001
    Account Name | companyName | Halcyon Medical | Moreno Interiors | Halcyon Medical
    Department | - | Purchasing | "" | IT
    Email | email | victor.hale@halcyonmed.example | alana@morenointeriors.example | d.joshi@halcyonmed.example
    Phone | phone | 555-555-0112 | 555-555-0176 | 555-555-0134
    Date of Birth | dateOfBirth | 1975-03-08 | 1988-12-19 | 1992-06-25
    Mailing Street | address1 | 100 Harbor Dr | 77 Rose St | 100 Harbor Dr
    Mailing City | city | San Diego | Austin | San Diego
    Mailing State | state | CA | TX | CA
    Mailing Zip | postalCode | 92101 | 78701 | 92101
    Mailing Country | country | USA | USA | USA
    Skype ID | - | victor.hale | "" | deepak.joshi
    Twitter | - | "" | @alanamoreno | ""
    Linkedin | - | linkedin.com/in/victorhale | "" | ""
  `),
  set({ id: 'en-emergency-assistance-registry-gis', kind: 'county emergency assistance registry exported from a GIS hub, one resident needing help a row (object id, contact id and name, gender, birth date, full address, place, residence type, phones, e-mail, SMS, medical needs, evacuation, emergency contact, physician, dates, editor)', lang: 'en', source: 'index:24506005490 (a GIS app\'s UI test comparing export headers, JavaScript)' }, `
    OBJECTID | - | 1 | 2 | 3
    # The registry's id of the resident (not a CRM's own contact id): the External ID.
    Contact ID | externalId | EA-00412 | EA-00418 | EA-00433
    Contact Name | name | Margaret Olsen | Harold Jenkins | Rosa Delgado
    Gender | - | Female | Male | Female
    Date of Birth | dateOfBirth | 1941-05-12 | 1938-09-30 | 1956-02-17
    Full Address | address1 | 1420 Cedar Ln, Redlands, CA 92373 | 88 Orange St Apt 4, Redlands, CA 92374 | 2311 Mill Creek Rd, Mentone, CA 92359
    Place Name | city | Redlands | Redlands | Mentone
    Residence Type | - | Single Family | Apartment | Mobile Home
    # Typed phones only: the cell phone is the main phone, the home phone an additional one.
    Home Phone | additionalPhones | (909) 555-0141 | (909) 555-0177 | ""
    Cell Phone | phone | (909) 555-0190 | "" | (909) 555-0123
    Email | email | margaret.olsen@example.com | "" | rosa.delgado@example.net
    SMS or Text | - | Yes | No | Yes
    Medical Condition | - | Diabetes | COPD | ""
    Special Medications Required | - | Yes | Yes | No
    Medications Required | - | Insulin | Oxygen | ""
    Special Equipment Required | - | No | Oxygen concentrator | Wheelchair
    Service Animal Present | - | No | No | Yes
    Transportation Required | - | Yes | Yes | No
    Evacuation Plan Present | - | No | Yes | Yes
    Comments | - | Lives alone | Daughter checks daily | ""
    Emergency Contact Name | - | Erik Olsen | Linda Jenkins | Mario Delgado
    Emergency Contact Home Phone | - | "" | (909) 555-0102 | ""
    Emergency Contact Cell Phone | - | (951) 555-0166 | "" | (909) 555-0155
    Emergency Contact Email | - | erik.olsen@example.com | "" | ""
    Emergency Contact SMS or Text | - | Yes | No | Yes
    Physician Name | - | Dr. Patel | Dr. Nguyen | ""
    Physician's Work Phone | - | (909) 555-0111 | (909) 555-0199 | ""
    Physician's Email | - | "" | nguyen.clinic@example.org | ""
    Start Date | - | 2025-06-01 | 2025-06-15 | 2025-07-02
    End Date | - | "" | "" | ""
    Last Update Date | - | 2025-11-03 | 2025-10-21 | 2025-12-09
    Last Editor | - | oem_admin | oem_admin | jsmith_oem
  `),
  set({ id: 'en-cms-mailing-list-export-opt-in', kind: 'mailing list export a web CMS gives site owners to paste into another e-mail system, quoted CSV (e-mail, names, phone, opt-in, opt-in confirmed)', lang: 'en', source: 'index:35973799087 (a ColdFusion CMS\'s mailing list export page)' }, `
    Email | email | pat.ryan@example.com | lucia.moretti@example.net | ben.ocampo@example.org
    First Name | firstName | Pat | Lucia | Ben
    Last Name | lastName | Ryan | Moretti | Ocampo
    Phone | phone | 386-555-0145 | "" | 386-555-0172
    Opt In | - | 1 | 1 | 0
    Opt In Confirmed | - | 1 | 0 | 0
  `),
  set({ id: 'en-nz-cdk-dealer-customers-csv', kind: 'CDK dealer management system\'s customer file imported by a New Zealand car workshop app (customer number, names, e-mail, cell phone, address, city)', lang: 'en', defaultCountry: 'NZ', source: 'index:68562074721 (a workshop app\'s end-to-end import test with CDK files, TypeScript)' }, `
    Customer Number | externalId | CDK-C104 | CDK-C117 | CDK-C152
    First Name | firstName | Hemi | Claire | Rangi
    Last Name | lastName | Walker | Fitzgerald | Parata
    Email | email | hemi.walker@example.nz | claire.fitz@example.co.nz | ""
    Cell Phone | phone | 021 555 0134 | 027 555 0178 | 022 555 0101
    Address | address1 | 12 Jackson Street | 5 Bay Road | 230 High Street
    City | city | Petone | Eastbourne | Lower Hutt
  `),
  set({ id: 'en-bank-customers-report-kyc-risk', kind: 'bank back office\'s customer report download (customer number, names, e-mail, phone, KYC status, risk category, status, location)', lang: 'en', source: 'index:71434569306 (a Java banking app\'s report servlet)' }, `
    Customer Number | externalId | CUST-000184 | CUST-000231 | CUST-000302
    First Name | firstName | Ethan | Grace | Malik
    Last Name | lastName | Cole | Whitmore | Hassan
    Email | email | ethan.cole@example.com | grace.whitmore@example.org | malik.hassan@example.net
    Phone | phone | +1 (617) 555-0139 | +1 (857) 555-0162 | +1 (781) 555-0120
    KYC Status | - | VERIFIED | PENDING | VERIFIED
    Risk Category | - | LOW | MEDIUM | HIGH
    Status | - | ACTIVE | ACTIVE | FROZEN
    # A free-form location (a branch or a region), not an address field: not imported.
    Location | - | Boston Downtown | Cambridge | Quincy
  `),
  set({ id: 'en-platform-admin-customers-export-two-ids', kind: 'admin data export of a service platform\'s customers module (id, customer number, names, e-mail, phone, status)', lang: 'en', source: 'index:53562604016 (a Java platform\'s admin export service)' }, `
    # Two ids of the customer: the first (the database id) is the External ID, the customer number is not imported.
    ID | externalId | 1042 | 1043 | 1051
    Customer Number | - | C-2025-0042 | C-2025-0043 | C-2025-0051
    First Name | firstName | Leah | Damian | Priscilla
    Last Name | lastName | Novak | Reyes | Owusu
    Email | email | leah.novak@example.com | damian.reyes@example.com | p.owusu@example.org
    Phone | phone | 312-555-0107 | 773-555-0143 | 312-555-0188
    Status | - | ACTIVE | INACTIVE | ACTIVE
  `),
  set({ id: 'en-zoho-leads-fields-owner-status-source', kind: 'Zoho CRM leads, the fields a WhatsApp alert service reads for each conversation\'s owner record (id, full name, phone, mobile, e-mail, owner, lead status, lead source)', lang: 'en', source: 'index:62046130547 (a chat alert service\'s Zoho CRM lookup, JavaScript)' }, `
    # The lead's record id in Zoho: the External ID.
    id | externalId | 5725767000001234001 | 5725767000001234017 | 5725767000001234052
    Full_Name | name | Daniela Ruiz | Mark Thompson | Aisha Bello
    Phone | phone | +1 305 555 0148 | +1 786 555 0112 | ""
    Mobile | additionalPhones | +1 305 555 0190 | "" | +1 954 555 0163
    Email | email | daniela.ruiz@example.com | mthompson@example.net | aisha.bello@example.org
    Owner | owner | Carla Mendez | Carla Mendez | Luis Pardo
    Lead_Status | - | Contacted | Not Contacted | Pre-Qualified
    Lead_Source | source | WhatsApp | Web Form | Facebook
  `),
  set({ id: 'en-contact-manager-contacts-owner-userid', kind: 'contact manager web app\'s contacts table, the columns its add-contact page inserts (name, address, phone, mobile, e-mail, owner user id)', lang: 'en', source: 'index:24620597923 (a PHP contact manager\'s add-contact script)' }, `
    Name | name | Rebecca Lin | Samuel Osei | Tara McBride
    Address | address1 | 21 Maple Ave, Springfield | 400 Lake St Apt 9, Evanston | 7 Birch Ct, Naperville
    Phone | phone | 217-555-0134 | 847-555-0176 | 630-555-0142
    Mobile | additionalPhones | 217-555-0191 | "" | 630-555-0118
    Email | email | rebecca.lin@example.com | samuel.osei@example.net | tara.mcbride@example.org
    # The id of the app user who owns the contact: the Contact owner.
    Owner_UserId | owner | 3 | 3 | 7
  `),
  // --------------------------------------------------------------------------------------------------- German
  set({ id: 'de-schild-schueler-import-vorlage-breit', kind: 'German school administration\'s pupil import file, the column names its documentation lists for schueler.import.csv, quoted and separated by ";" (names, status, birth data, address, phones, e-mail, housing, nationality, languages, religion, insurance, school transport; the first 40 of its 124 columns)', lang: 'de', defaultCountry: 'DE', source: 'index:33129883818 (a school administration program\'s documentation, import column names)' }, `
    Vorname | firstName | Leonie | Mats | Aylin
    Nachname | lastName | Hoffmann | Brandt | Demir
    Status | - | 2 | 2 | 8
    Geburtsdatum | dateOfBirth | 14.03.2011 | 02.09.2010 | 27.11.2011
    Anrede | - | Frau | Herr | Frau
    Geschlecht | - | 4 | 3 | 4
    Geburtsort | - | Bielefeld | Herford | Izmir
    Geburtsland | - | Deutschland | Deutschland | Türkei
    Geburtsname | - | "" | "" | ""
    Strasse | address1 | Lindenweg 4 | Am Sportplatz 17 | Bahnhofstr. 102
    Land | country | D | D | D
    PLZ | postalCode | 33602 | 32049 | 33607
    Ort | city | Bielefeld | Herford | Bielefeld
    Ortsteil | - | Mitte | Elverdissen | Sieker
    # The municipality beside the town is not a first-level area: not imported.
    Gemeinde | - | Bielefeld | Herford | Bielefeld
    Telefon | phone | 0521 556677 | 05221 34567 | 0521 9876543
    Telefax | - | "" | "" | ""
    Mobil | additionalPhones | 0171 2345678 | "" | 0157 87654321
    EMail | email | leonie.hoffmann@example.de | "" | aylin.demir@example.de
    Wohnform | - | Eltern | Eltern | Eltern
    Staatsangeh1 | - | 000 | 000 | 163
    Staatsangeh2 | - | "" | "" | 000
    NichtDeutscheHerkunft | - | 0 | 0 | 1
    Muttersprache | - | deutsch | deutsch | türkisch
    Verkehrssprache | - | deutsch | deutsch | deutsch
    Sprachgruppe | - | "" | "" | ""
    Konfession | - | ev | rk | islam
    RelWunsch | - | ev | rk | PP
    RelTeilnahme | - | 1 | 1 | 0
    RelGrund | - | "" | "" | ""
    RelAbmeldungVon | - | "" | "" | 01.08.2023
    RelAbmeldungBis | - | "" | "" | ""
    Umschulung | - | 0 | 0 | 0
    Personalnr | - | "" | "" | ""
    Krankenkasse | - | AOK NordWest | TK | Barmer
    Versicherungsart | - | Familie | Familie | Familie
    Fahrschueler | - | 0 | 1 | 0
    Fahrstrecke | - | "" | Herford-Bielefeld | ""
    FahrstreckeKM | - | "" | 14 | ""
    Einstiegsstelle | - | "" | Herford ZOB | ""
  `),
  set({ id: 'de-clubdesk-mitglieder-sepa-gruppe', kind: 'ClubDesk member export of a Java user group, read by its member importer (e-mail, names, address, country, alternative e-mail, Matrix, Mastodon, LinkedIn, SEPA mandate and bank details, a group column)', lang: 'de', defaultCountry: 'CH', source: 'index:26292139726 (a user group app\'s ClubDesk importer tests, Java)' }, `
    E-Mail | email | nina.keller@example.ch | thomas.brunner@example.com | sarah.meier@example.ch
    Vorname | firstName | Nina | Thomas | Sarah
    Nachname | lastName | Keller | Brunner | Meier
    Adresse | address1 | Seestrasse 21 | Bahnhofplatz 3 | Obere Gasse 8
    Adress-Zusatz | - | "" | c/o Brunner AG | ""
    PLZ | postalCode | 6003 | 3011 | 7000
    Ort | city | Luzern | Bern | Chur
    Land | country | Schweiz | Schweiz | Schweiz
    E-Mail Alternativ | additionalEmails | "" | t.brunner@work.example | ""
    Matrix | - | @nina:matrix.example | "" | ""
    Mastodon | - | "" | @tbrunner@social.example | ""
    LinkedIn | - | https://www.linkedin.com/in/ninakeller | "" | ""
    SEPA-Lastschrift erlauben | - | Nein | Ja | Nein
    Mandatsreferenz | - | "" | JUG-0042 | ""
    Mandat Unterschriftsdatum | - | "" | 12.01.2024 | ""
    Lastschriftart | - | "" | Wiederkehrend | ""
    Letzter Lastschrifteinzug | - | "" | 15.01.2025 | ""
    Kontoinhaber | - | "" | Thomas Brunner | ""
    IBAN | - | "" | CH93 0076 2011 6238 5295 7 | ""
    BIC | - | "" | POFICHBEXXX | ""
    # A ClubDesk group column holds Ja/Nein for membership in the group, not a group name: a boolean, not imported.
    Java User Group | - | Ja | Ja | Nein
  `),
  set({ id: 'de-ch-twint-zahlungen-spender-kopfzeilen', kind: 'TWINT merchant portal transaction export of a Swiss association, donors\' names and addresses at the end of each payment line, with export date, period and totals lines above the header (date, time, type, status, amounts, branch, terminal and order ids, references, payer\'s name, street, postcode, town, e-mail, purpose)', lang: 'de', defaultCountry: 'CH', above: [['Erstellt am:', '2025.11.20'], [], ['Von Datum:', '2025.11.01 (00:00)'], ['Bis Datum:', '2025.11.19 (23:59)'], [], ['Total Transaktionen (CHF):', 'Total Rabatt (CHF):', 'Total Transaktionskosten (CHF):'], ['345.45', '0.00', '4.55'], []], source: 'index:37127458298 (an accounting program\'s TWINT import extension, JavaScript)' }, `
    Datum | - | 2025.11.01 | 2025.11.03 | 2025.11.07
    Zeit | - | 11:45 | 09:12 | 18:30
    Typ | - | Zahlung | Zahlung | Zahlung
    Status | - | Erfolgreich | Erfolgreich | Erfolgreich
    Betrag Transaktion (CHF) | - | 50.00 | 20.00 | 100.00
    Rabatt (CHF) | - | "" | "" | ""
    Transaktionskosten (CHF) | - | 0.65 | 0.26 | 1.30
    Niederlassung | - | SPENDEN | SPENDEN | SPENDEN
    TWINT Terminal ID | - | a1b2c3d4-1111-4e5f-8a9b-0c1d2e3f4a5b | a1b2c3d4-1111-4e5f-8a9b-0c1d2e3f4a5b | a1b2c3d4-1111-4e5f-8a9b-0c1d2e3f4a5b
    TWINT Order ID | - | 7f3e2d1c-2222-4b5a-9c8d-7e6f5a4b3c2d | 8a4f3e2d-3333-4c6b-8d9e-8f7a6b5c4d3e | 9b5a4f3e-4444-4d7c-9eaf-9a8b7c6d5e4f
    Referenz Transaktion Händler | - | R-1101 | R-1102 | R-1107
    Händlertransaktionsreferenz | - | 7f3e2d1c-2222-4b5a-9c8d-7e6f5a4b3c2d | 8a4f3e2d-3333-4c6b-8d9e-8f7a6b5c4d3e | 9b5a4f3e-4444-4d7c-9eaf-9a8b7c6d5e4f
    Bezeichnung in der Abrechnung | - | SPENDEN | SPENDEN | SPENDEN
    Vorname | firstName | Ursula | Beat | Corinne
    Nachname | lastName | Zbinden | Gerber | Favre
    Strasse & Nr. | address1 | Kirchweg 12 | Dorfstrasse 5a | Rue du Lac 3
    PLZ | postalCode | 3063 | 8400 | 1800
    Ort | city | Ittigen | Winterthur | Vevey
    E-Mail-Adresse | email | u.zbinden@example.ch | beat.gerber@example.ch | corinne.favre@example.ch
    Zahlungszweck | - | Spende Herbstaktion | Mitgliederbeitrag | Spende
  `),
  set({ id: 'de-fortytools-kunden-ansprechpartner', kind: 'Fortytools customer export (a craft business\'s software), one customer company or authority a row with its contact person, read by an office app\'s importer (status, customer number, short name, name, address, phones, e-mail, homepage, payment terms, bank details, notes, contact person\'s salutation, names, e-mail and phones)', lang: 'de', defaultCountry: 'DE', source: 'index:70910709254 (an office app\'s Fortytools import workflow tests, TypeScript)' }, `
    {one: "Kundenstatus", other: "Kundenstatus"} | - | Kunde | Kunde | Interessent
    Kundennummer | externalId | 30014 | 30027 | 30105
    # A short name beside the customer's name is a trade name: not imported.
    Kurzname | - | GRUNDSCHULE OST | BAU HUBER | PRAXIS DR. LANG
    Name | companyName | Stadt Rosenheim Schulamt | Huber Bau GmbH | Praxis Dr. Lang
    Straße | address1 | Rathausplatz 2 | Gewerbering 14 | Münchener Str. 33
    PLZ | postalCode | 83022 | 83059 | 83022
    Ort | city | Rosenheim | Kolbermoor | Rosenheim
    Zusatz | - | Gebäude B | "" | 2. OG
    Telefon | phone | 08031 365-0 | 08031 90123 | 08031 12345
    Fax | - | 08031 365-99 | "" | ""
    Mobilnummer | additionalPhones | "" | 0171 5556677 | ""
    E-Mail | email | schulamt@rosenheim.example | info@huberbau.example | praxis@drlang.example
    # The customer company's homepage, not the contact person's site: not imported (as in the older firm lists).
    Homepage | - | www.rosenheim.example | www.huberbau.example | ""
    {one: "Zahlungsbedingung", other: "Zahlungsbedingungen"} | - | 30 Tage netto | 7 Tage 3%, 20 Tage netto | 14 Tage netto
    IBAN | - | DE02120300000000202051 | DE89370400440532013000 | ""
    Kontoinhaber | - | Stadt Rosenheim | Huber Bau GmbH | ""
    BIC | - | BYLADEM1001 | COBADEFFXXX | ""
    Kurzinfo | - | Rechnung an Schulamt | Stammkunde | ""
    Einsatzort-Notizen | - | Hausmeister vorher anrufen | Schlüssel im Büro | ""
    Anrede | - | Frau | Herr | Frau
    # The contact person of the customer (rows are companies): the person's names are the First and Last name; the
    # person's own e-mail and phones beside the company's are additional ones.
    Vorname | firstName | Monika | Josef | Andrea
    Nachname | lastName | Reiter | Huber | Lang
    E-Mail | additionalEmails | m.reiter@rosenheim.example | j.huber@huberbau.example | ""
    Telefon | additionalPhones | 08031 365-214 | "" | ""
    Mobil | additionalPhones | "" | 0171 5556677 | 0160 2223344
  `),
  set({ id: 'de-buergerliste-labo-seed', kind: 'German municipal citizen list a neighbourhood-help app offers as a test seed download (salutation, names, street, house number, postcode, district, birth date, phone, e-mail)', lang: 'de', defaultCountry: 'DE', source: 'index:55610267232 (a neighbourhood-help app\'s UI action tests, JavaScript)' }, `
    Anrede | - | Frau | Herr | Frau
    Vorname | firstName | Gertrud | Heinz | Elfriede
    Nachname | lastName | Schneider | Wagner | Krause
    Strasse | address1 | Goethestraße | Am Anger | Lindenallee
    Hausnummer | - | 12 | 3a | 47
    PLZ | postalCode | 04109 | 04315 | 04229
    Ortsteil | - | Zentrum | Volkmarsdorf | Plagwitz
    Geburtsdatum | dateOfBirth | 12.05.1938 | 30.01.1942 | 08.08.1935
    Telefon | phone | 0341 2345678 | 0341 6543210 | ""
    Email | email | "" | heinz.wagner@example.de | ""
  `),
  set({ id: 'de-schule-schueler-erzieher-abschluss', kind: 'German school\'s pupil export with two guardians, quoted ";" CSV read by a school platform\'s student import (names, expected leaving date, year group, guardians\' salutations and names, guardians\' e-mail, private e-mail, birth date)', lang: 'de', defaultCountry: 'DE', source: 'index:5233629161 (a school platform\'s student CSV import tests, TypeScript)' }, `
    Vorname | firstName | Jonas | Emilia | Karim
    Nachname | lastName | Weber | Schulz | Haddad
    vorauss. Abschlussdatum | - | 31.07.2027 | 31.07.2026 | 31.07.2027
    Jahrgang | - | 2016 | 2015 | 2016
    Erzieher 1: Anrede | - | Frau | Herr | Frau
    Erzieher 1: Vorname | - | Katrin | Stefan | Rania
    Erzieher 1: Nachname | - | Weber | Schulz | Haddad
    Erzieher 2: Anrede | - | Herr | "" | Herr
    Erzieher 2: Vorname | - | Michael | "" | Samir
    Erzieher 2: Nachname | - | Weber | "" | Haddad
    Erzieher: E-Mail | - | familie.weber@example.de | s.schulz@example.de | haddad.familie@example.de
    E-Mail (privat) | email | jonas.weber@example.de | "" | karim.h@example.de
    Geburtsdatum | dateOfBirth | 04.06.2010 | 19.02.2009 | 23.10.2010
  `),
  set({ id: 'de-studip-teilnehmende-export', kind: 'Stud.IP course participant export, quoted ";" CSV in a teaching archive (status, salutation, titles, names, user name, address, phone, e-mail, enrolment date, matriculation number, degree programmes, position)', lang: 'de', defaultCountry: 'DE', source: 'index:62486033189 (a course archive tool\'s tests building Stud.IP export files, TypeScript)' }, `
    Status | - | autor | autor | tutor
    Anrede | - | Frau | Herr | ""
    Titel | - | "" | "" | Dr.
    Vorname | firstName | Hannah | Felix | Mira
    Nachname | lastName | Lorenz | Yilmaz | Kowalczyk
    Titel nachgestellt | - | "" | "" | ""
    # A login name beside the matriculation number: not imported; the matriculation number is the External ID.
    Benutzername | - | hlorenz | fyilmaz | mkowal
    Adresse | address1 | Weender Str. 10, 37073 Göttingen | "" | Goßlerstr. 5, 37073 Göttingen
    Telefonnr. | phone | 0551 123456 | "" | 0551 3912345
    E-Mail | email | hannah.lorenz@stud.example.de | felix.yilmaz@stud.example.de | m.kowalczyk@example.de
    Anmeldedatum | - | 01.10.2025 | 02.10.2025 | 28.09.2025
    Matrikelnummer | externalId | 21876543 | 21901234 | 20765432
    Studiengänge | - | Biologie (Bachelor) | Informatik (Bachelor) | Chemie (Master)
    Position | - | 1 | 2 | 3
  `),
  set({ id: 'de-orgamon-dhl-versandhelfer', kind: 'address file for the DHL shipping helper written by a German business application from its person records (names, company, business and private street, town, postcode, country)', lang: 'de', defaultCountry: 'DE', source: 'index:44333312747 (a Delphi business application\'s person form, DHL export)' }, `
    Vorname | firstName | Klaus | Ingrid | Tobias
    Nachname | lastName | Meyer | Scholz | Engel
    Firma | companyName | Meyer Musikalien | "" | Engel & Partner
    # The business address comes first and is the primary one; the private address group is not imported.
    Straßegeschäftlich | address1 | Marktstraße 8 | "" | Industriestr. 22
    Ortgeschäftlich | city | Hameln | "" | Hildesheim
    Postleitzahlgeschäftlich | postalCode | 31785 | "" | 31135
    Landgeschäftlich | country | Deutschland | "" | Deutschland
    Straßeprivat | - | Am Hang 3 | Birkenweg 17 | ""
    Ortprivat | - | Hameln | Celle | ""
    Postleitzahlprivat | - | 31787 | 29221 | ""
    Landprivat | - | Deutschland | Deutschland | ""
  `),
  set({ id: 'de-hochschule-themenvergabe-liste-titel', kind: 'German university chair\'s thesis topic allocation export, a "Liste - Thema erhalten" title line above the header, each line ending in the separator (names, e-mail, matriculation number, topic received, three priorities)', lang: 'de', defaultCountry: 'DE', above: [['Liste - Thema erhalten', '']], source: 'index:34085540897 (a PHP topic allocation tool\'s CSV export)' }, `
    Vorname | firstName | Lea | Niklas | Sophie
    Nachname | lastName | Brandt | Vogel | Arnold
    E-Mail | email | lea.brandt@uni.example.de | niklas.vogel@uni.example.de | sophie.arnold@uni.example.de
    Matrikelnummer | externalId | 412233 | 409871 | 415560
    Erhaltenes Thema | - | Agentenbasierte Simulation | Datenschutz im IoT | Prozessmining
    Priorität 1 | - | Agentenbasierte Simulation | Blockchain-Register | Prozessmining
    Priorität 2 | - | Prozessmining | Datenschutz im IoT | Agentenbasierte Simulation
    Priorität 3 | - | Datenschutz im IoT | Prozessmining | Blockchain-Register
    "" | - | "" | "" | ""
  `),
  set({ id: 'de-saas-admin-nutzer-export-abonnement', kind: 'German AI platform\'s export of subscribed organisation admins, quoted CSV (unique id, names, e-mail, role, organisation, teams, subscription, subscription start)', lang: 'de', defaultCountry: 'DE', source: 'index:56320749861 (a platform\'s admin user export use case tests, TypeScript)' }, `
    Eindeutige ID | externalId | 3f2a9c1e-7b44-4d0e-9a51-2c6e8f1d0b3a | 8c1d5e7f-2a3b-4c9d-8e0f-1a2b3c4d5e6f | b7e6d5c4-3b2a-4190-8f7e-6d5c4b3a2918
    Vorname | firstName | Katharina | Moritz | Selin
    Nachname | lastName | Berger | Frank | Aksoy
    E-Mail | email | k.berger@stadtwerke.example | moritz.frank@kanzlei-frank.example | selin.aksoy@example.de
    Rolle | - | admin | admin | admin
    # The organisation the admin belongs to is the person's employer: the Company name.
    Organisation | companyName | Stadtwerke Nordheim | Kanzlei Frank | Aksoy Consulting
    Teams | tags | Vertrieb, IT | Recht | Beratung, Einkauf
    Abonnement | - | SEAT_BASED | USAGE_BASED | SEAT_BASED
    Abonnement Startdatum | - | 2026-01-01 | 2025-10-15 | 2026-03-01
  `),
  set({ id: 'de-praxis-kundenpaesse-stammkunden', kind: 'German health practice\'s customer list with session passes, downloaded as CSV from its admin page (names, e-mail, phone, QR code, regular customer, regular price, customer since, active pass, remaining sessions)', lang: 'de', defaultCountry: 'DE', source: 'index:58525026556 (a practice admin app, React, its customer CSV download)' }, `
    Vorname | firstName | Renate | Jürgen | Melanie
    Nachname | lastName | Fuchs | Seidel | Hartmann
    E-Mail | email | renate.fuchs@example.de | "" | mel.hartmann@example.de
    Telefon | phone | 0911 234567 | 0911 7654321 | 0176 12345678
    QR-Code | - | P-00412 | P-00418 | P-00433
    Stammkunde | - | ja | nein | ja
    Stammpreis (€) | - | 45 | "" | 40
    Kunde seit | - | 2023-04-12 | 2025-09-30 | 2024-01-08
    Aktiver Pass | - | 10er-Karte | "" | 5er-Karte
    HE übrig | - | 6 | "" | 2
    GA übrig | - | 0 | "" | 1
  `),
  set({ id: 'de-lernplattform-kursliste-schueler', kind: 'German school learning platform\'s course student list download, quoted CSV with BOM (names, e-mail, course, class)', lang: 'de', defaultCountry: 'DE', source: 'index:68367845017 (a learning platform\'s student list component tests, JavaScript)' }, `
    Vorname | firstName | Finn | Marie | Elias
    Nachname | lastName | Schröder | Neumann | Krüger
    E-Mail | email | finn.schroeder@schule.example | marie.neumann@schule.example | elias.krueger@schule.example
    Kurs | - | Biologie, 7A | Biologie, 7A | Mathematik, 7B
    Klasse | - | 7A | 7B | 7B
  `),
  set({ id: 'de-kunden-tabelle-id-stadt', kind: 'customer table columns of a German JavaFX shop management app (id, names, e-mail, town)', lang: 'de', defaultCountry: 'DE', source: 'index:2515126223 (a JavaFX shop app\'s parent controller, customer columns)' }, `
    Id | externalId | 1 | 2 | 3
    Vorname | firstName | Lukas | Hanna | Tim
    Nachname | lastName | Becker | Koch | Richter
    E-Mail | email | lukas.becker@example.de | hanna.koch@example.de | tim.richter@example.de
    Stadt | city | Dortmund | Essen | Bochum
  `),
  set({ id: 'de-betrieb-mitarbeiter-urlaub-lohn', kind: 'German small business app\'s staff table (status, names, e-mail, role, employment type, holidays, wage)', lang: 'de', defaultCountry: 'DE', source: 'index:60956500366 (a small business app\'s staff page, React)' }, `
    Status | - | aktiv | aktiv | eingeladen
    Vorname | firstName | Sabrina | Dennis | Olga
    Nachname | lastName | Lang | Braun | Schmidt
    E-Mail | email | sabrina.lang@example.de | dennis.braun@example.de | olga.schmidt@example.de
    Rolle | - | Mitarbeiter | Admin | Mitarbeiter
    Beschäftigung | - | Minijob | Vollzeit | Teilzeit
    Urlaub | - | 12 | 28 | 20
    Lohn | - | 538 € | 3.400 € | 1.900 €
  `),
  // --------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-atletiek-leden-lidsoorten', kind: 'Dutch athletics club\'s member export read by a training-group tool (first name, last name, e-mail, age category, club membership kinds)', lang: 'nl', defaultCountry: 'NL', source: 'index:47305996930 (an athletics club tool\'s member CSV reader tests, TypeScript)' }, `
    Roepnaam | firstName | Femke | Joost | Noor
    Achternaam | lastName | Bakker | van Dijk | Hendriks
    E-mail | email | femke.bakker@voorbeeld.example | joost.vandijk@voorbeeld.example | fam.hendriks@voorbeeld.example
    # The age category (Masters, Senioren, U16) is like a school year group: not imported.
    Leeftijdscategorie | - | Masters Vrouwen | Senioren Mannen | Meisjes U16
    # The kinds of membership the member holds (running groups, competition licence) file the member: Tags.
    Lidsoorten vereniging | tags | Lopers - Recreatief - Week | Lopers met wedstrijdlicentie - Week | Jeugd - Atletiek - Week
  `),
  set({ id: 'nl-school-leerlingnummers-export', kind: 'Dutch secondary school\'s pupil export from its pupil administration, a semicolon line ending in the separator (call name, last name, pupil number)', lang: 'nl', defaultCountry: 'NL', source: 'index:61704533510 (a school app\'s pupil number import tests, JavaScript)' }, `
    Roepnaam | firstName | Mila | Bram | Yara
    # The surname is written "Wilde, de" with the prefix behind: still the Last name.
    Achternaam | lastName | Jansen | Berg, van den | Koster
    # The pupil number is the school's id of the pupil: the External ID.
    Leerlingnummer | externalId | 50123411 | 50119872 | 50124590
    "" | - | "" | "" | ""
  `),
  set({ id: 'nl-duikclub-ledenlijst-brevet', kind: 'Dutch diving club\'s member list as its admin app shows and exports it (names, e-mail, diving certificate, phone, address, birth date)', lang: 'nl', defaultCountry: 'NL', source: 'index:22588804123 (a diving club\'s Streamlit admin app, Python)' }, `
    voornaam | firstName | Joris | Ilse | Ruben
    achternaam | lastName | Kuipers | de Wit | Verhoeven
    email | email | joris.kuipers@voorbeeld.example | ilse.dewit@voorbeeld.example | r.verhoeven@voorbeeld.example
    # The diving certificate level (P1, 2*, 3*) is a qualification, like a grade: not imported.
    brevet | - | 2* | P1 | 3*
    telefoon | phone | 06 23456789 | 010 4567890 | 06 98765432
    # The whole address in one column, the only address the file has: the Street address.
    adres | address1 | Dorpsstraat 12, 2611 AB Delft | Nieuwe Binnenweg 88, Rotterdam | Breestraat 5, 2311 CH Leiden
    geboortedatum | dateOfBirth | 1984-05-17 | 1992-11-02 | 1977-08-29
  `),
  set({ id: 'nl-congres-sprekers-lijst', kind: 'Dutch congress planner\'s speaker list columns (number, first name, last name, e-mail)', lang: 'nl', defaultCountry: 'NL', source: 'index:23343201936 (a PHP congress management screen, speakers list)' }, `
    # The speaker's number in the congress system is its id of the person: the External ID.
    Nummer | externalId | 14 | 27 | 31
    Voornaam | firstName | Marieke | Hans | Esther
    Achternaam | lastName | Dekker | Vos | Peeters
    Email | email | m.dekker@universiteit.example | hans.vos@voorbeeld.example | esther.peeters@zorg.example
  `),
  set({ id: 'nl-webshop-leveranciers-tabel', kind: 'Dutch web shop\'s supplier table, the columns its add-supplier page inserts (company name, address, postcode, town, phone, e-mail)', lang: 'nl', defaultCountry: 'NL', source: 'index:22370202425 (a PHP web shop\'s add-supplier page)' }, `
    bedrijfsnaam | companyName | Groothandel Bos BV | De Koffiebrander | Papier & Co
    adres | address1 | Nijverheidsweg 8 | Spoorstraat 21 | Handelskade 140
    postcode | postalCode | 3861 RZ | 6811 AA | 2288 EZ
    plaats | city | Nijkerk | Arnhem | Rijswijk
    telefoonnummer | phone | 033 245 6789 | 026 351 2345 | 070 398 7654
    email | email | inkoop@groothandelbos.example | info@koffiebrander.example | verkoop@papierenco.example
  `),
  set({ id: 'nl-prestashop-klanten-import-doc', kind: 'PrestaShop customer list in Dutch as its documentation gives it for import, quoted ";" CSV ending in the separator (id, social title, names, e-mail, sales, enabled, newsletter, opt-in, registration, last visit)', lang: 'nl', defaultCountry: 'NL', source: 'index:40074385886 (a shop system\'s Dutch user documentation, customers page)' }, `
    ID | externalId | 12 | 13 | 27
    Sociale titel | - | Dhr. | Mevr. | ""
    Voornaam | firstName | Thijs | Anouk | Lars
    Achternaam | lastName | BOSMAN | VAN LEEUWEN | MEIJER
    E-mailadres | email | thijs.bosman@voorbeeld.example | anouk@vanleeuwen.example | lars.meijer@voorbeeld.example
    Verkopen | - | 178.37 | 0 | 54.95
    Ingeschakeld | - | 1 | 1 | 0
    Nieuwsbrief | - | 1 | 0 | 0
    Opt-in | - | 1 | 0 | 1
    Registratie | - | 2025-07-24 14:36:41 | 2025-09-02 09:12:10 | 2026-01-15 20:45:33
    Laatste bezoek: | - | 2026-02-01 10:00:12 | 2025-09-02 09:30:00 | 2026-01-20 18:11:47
    "" | - | "" | "" | ""
  `),
  set({ id: 'nl-dansvereniging-bestaande-leden-export', kind: 'Dutch student dance association\'s export of existing members for the member administration, quoted ";" CSV in Latin-1 (relation number, salutation, names, birth date, postcode, town, street, house number and suffix, phone, e-mail, bank account, BIC, student, dancing, styles, partners, newsletter, face book, privacy consent, membership start)', lang: 'nl', defaultCountry: 'NL', source: 'index:45629953526 (a dance association\'s member export script, Python)' }, `
    Relatienummer | externalId | 100234 | 100251 | 100288
    Aanhef | - | Mevr. | Dhr. | Mevr.
    Voornaam | firstName | Lisa | Koen | Eva
    Achternaam | lastName | Jacobs | Hermans | van den Broek
    Geboortedatum | dateOfBirth | 12-04-2001 | 30-08-1999 | 05-01-2003
    Postcode | postalCode | 6511 AB | 6525 HP | 6521 KL
    Woonplaats | city | Nijmegen | Nijmegen | Nijmegen
    Straatnaam | address1 | Van Welderenstraat | Heyendaalseweg | Groenestraat
    Huisnr | - | 12 | 141 | 7
    Huisnr toev. | - | A | "" | bis
    Telefoonnummer | phone | 06 11223344 | 06 55667788 | 06 99887766
    E-mailadres | email | lisa.jacobs@voorbeeld.example | koen.hermans@student.example | eva.vdbroek@voorbeeld.example
    Bankrekeningnummer | - | NL91ABNA0417164300 | NL20INGB0001234567 | NL39RABO0300065264
    BIC nummer | - | ABNANL2A | INGBNL2A | RABONL2U
    Student | - | Ja | Ja | Nee
    Dansend | - | Ja | Ja | Ja
    # Yes/no flags for the dance styles, not group names: not imported.
    Salsa | - | Ja | Nee | Ja
    Stijldansen | - | Nee | Ja | Ja
    Partners | - | Nee | Ja | Nee
    Nieuwsbrief | - | Ja | Ja | Nee
    Smoelenboek | - | Ja | Nee | Ja
    Akkoord privacyverklaring | - | Ja | Ja | Ja
    Start lidmaatschap | - | 01-09-2024 | 01-09-2023 | 01-02-2026
  `),
  set({ id: 'nl-opleiding-studenten-migratie-sdt-nr', kind: 'Dutch training institute\'s student list migrated from its old program, quoted ";" CSV (student number, salutation, names, birth date and place, nationality, e-mail, education, diploma)', lang: 'nl', defaultCountry: 'NL', source: 'index:54547747396 (a student administration\'s migration tests, PHP)' }, `
    SDT-NR | externalId | 990114 | 990127 | 990131
    Aanhef | - | Dhr. | Mevr. | Mevr.
    Voornaam | firstName | Youssef | Lieke | Priya
    Achternaam | lastName | Benali | Schouten | Ramdin
    Gb Datum | dateOfBirth | 1998-02-14 | 2000-07-30 | 1996-12-03
    Gb Plaats | - | Den Haag | Zwolle | Paramaribo
    Nationaliteit1 | - | Nederlandse | Nederlandse | Surinaamse
    E-mail | email | y.benali@voorbeeld.example | lieke.schouten@voorbeeld.example | priya.ramdin@voorbeeld.example
    Opleiding | - | HAVO | VWO | MBO 4
    Diploma | - | True | True | False
  `),
  set({ id: 'nl-personen-leeftijd-zonder-kopregel', kind: 'Dutch semicolon file of people without a header row, one person a line, converted to XML by an integration route (first name, last name, age)', lang: 'nl', noHeader: true, defaultCountry: 'NL', source: 'index:56857427851 (an integration component\'s CSV-to-XML tests, Java)' }, `
    "" | firstName | Koen | Marloes | Jeroen
    "" | lastName | Claessens | Wouters | Aarts
    "" | - | 21 | 34 | 47
  `),
  set({ id: 'nl-klanten-tabel-swing-klantnummer', kind: 'Dutch rental shop desktop app\'s customer table columns (customer number, gender, names, prefix, birth date, e-mail, phone, address, postcode, town)', lang: 'nl', defaultCountry: 'NL', source: 'index:18500190820 (a Java Swing customer screen, its column names)' }, `
    Klantnummer | externalId | 10021 | 10034 | 10057
    Geslacht | - | V | M | V
    Voornaam | firstName | Annemarie | Wouter | Sophie
    Tussenvoegsel | - | "" | van | de
    Achternaam | lastName | Kramer | Beek | Jong
    Geboortedatum | dateOfBirth | 14-02-1979 | 03-07-1990 | 21-11-1985
    Mailadres | email | a.kramer@voorbeeld.example | wouter.vanbeek@voorbeeld.example | sophie.dejong@voorbeeld.example
    Telefoonnummer | phone | 0031 6 12345678 | 06 87654321 | 050 3124567
    Adres | address1 | Oosterstraat 15 | Vismarkt 2a | Zuiderdiep 104
    Postcode | postalCode | 9711 NN | 9712 CA | 9711 HN
    Woonplaats | city | Groningen | Groningen | Groningen
  `),
  set({ id: 'nl-camping-personen-tabel-insert', kind: 'Dutch campsite booking app\'s person table as its SQL dump inserts it (id, names, prefix, street, house number, town, bank number, password, role)', lang: 'nl', defaultCountry: 'NL', source: 'index:44493272263 (a campsite app\'s Oracle SQL dump)' }, `
    ID | externalId | 12 | 13 | 14
    voornaam | firstName | Gert | Mieke | Stijn
    tussenvoegsel | - | "" | van der | ""
    achternaam | lastName | Hendriksen | Laan | Peters
    straat | address1 | Rachelsmolen | Stratumsedijk | Kruisstraat
    huisnr | - | 1 | 23 | 7a
    woonplaats | city | Eindhoven | Eindhoven | Veldhoven
    banknr | - | NL91ABNA0417164300 | NL20INGB0001234567 | NL39RABO0300065264
    password | - | •••••• | •••••• | ••••••
    rol | - | Klant | Klant | Admin
  `),
  set({ id: 'nl-beheerders-toevoegen-voorletters', kind: 'Dutch sports hall booking app\'s form fields for adding administrators (initials, first name, prefix, last name, mobile, e-mail, password)', lang: 'nl', defaultCountry: 'NL', source: 'index:44901364668 (a booking app\'s super-admin page script, JavaScript)' }, `
    # Initials beside a first-name column are not the only given name: not imported.
    voorletters | - | J.P. | M. | A.C.
    voornaam | firstName | Jan-Pieter | Marloes | Anna
    tussenvoegsel | - | "" | de | van
    achternaam | lastName | Smeets | Ruiter | Rijn
    mobiel | phone | 06 12345678 | 06 23456789 | 06 34567890
    email | email | jp.smeets@sporthal.example | m.deruiter@sporthal.example | anna.vanrijn@sporthal.example
    wachtwoord | - | •••••••• | •••••••• | ••••••••
  `),
  // --------------------------------------------------------------------------------------------------- Mixed
  set({ id: 'mixed-de-en-wildbienen-garten-meldungen', kind: 'German wild-bee garden survey\'s form export with English and German column names mixed, in capitals (id, timestamp, folder, garden hash and id, species, counts, date, addresses, coordinates, moved out/in and why, e-mail, first and last name, files, garden form)', lang: 'mixed', defaultCountry: 'DE', source: 'index:5873813799 (a survey data converter, its column list, Kotlin)' }, `
    # The id of the report (one report a line), not of the person: not imported.
    ID | - | 1041 | 1042 | 1057
    TIMESTAMP | - | 2025-05-14 18:22:01 | 2025-05-15 07:45:12 | 2025-05-20 12:03:44
    FILEORDNER | - | 1041_meier | 1042_ozturk | 1057_lenz
    GARTEN_HASH | - | a9f3c2 | 7be41d | c0d8e5
    GARTEN_ID | - | G-208 | G-211 | G-230
    ART | - | Rote Mauerbiene | Gehörnte Mauerbiene | Rote Mauerbiene
    ANZAHL_1 | - | 12 | 5 | 30
    ANZAHL_2 | - | 3 | 0 | 8
    ANZAHL_ANMERKUNG | - | geschätzt | "" | viele Kokons
    DATUM | - | 2025-05-12 | 2025-05-14 | 2025-05-19
    SCHONMAL | - | ja | nein | ja
    # The garden's address is where the bees were seen; it is also the reporter's garden, the only address given.
    ADRESSE_1 | address1 | Lindenstraße 7, 79098 Freiburg | Am Bach 3, 79100 Freiburg | Schwarzwaldstr. 120, 79117 Freiburg
    ADRESSE_2 | - | "" | Kleingarten Nr. 14 | ""
    LÄNGENGRAD | - | 7.8421 | 7.8312 | 7.8690
    BREITENGRAD | - | 47.9959 | 47.9801 | 47.9882
    ABGESIEDELT | - | nein | ja | nein
    ABGESIEDELT_WHY | - | "" | Umbau Gartenhaus | ""
    ANGESIEDELT | - | ja | nein | ja
    ANGESIEDELT_WHY | - | Nisthilfe | "" | Nisthilfe
    EMAIL | email | k.meier@example.de | d.oeztuerk@example.de | jonas.lenz@example.de
    VORNAME | firstName | Karin | Deniz | Jonas
    NACHNAME | lastName | Meier | Öztürk | Lenz
    DATEIEN | - | foto1.jpg | "" | foto1.jpg;foto2.jpg
    GARTEN-FORM | - | Hausgarten | Kleingarten | Hausgarten
  `),
  set({ id: 'mixed-de-en-kontakte-tabelle-firma-position', kind: 'German small-business CRM\'s contacts table, German and English column names mixed (id, number, type, company, last name, first name, e-mail, phone, position, street, postcode, town, country, status, customer id, notes)', lang: 'mixed', defaultCountry: 'DE', source: 'index:51863925115 (a small CRM\'s SQLite server, contacts insert, JavaScript)' }, `
    # The app's internal row id; the contact number beside it ("C-001") is how the person is filed: the first id is
    # the External ID and the other is not imported.
    id | externalId | k7f3a9 | k8b2c4 | k9d1e6
    nr | - | C-001 | C-002 | C-003
    type | - | person | person | firma
    firma | companyName | Schreinerei Vogt | "" | Elektro Haas GmbH
    # "name" next to "vorname" is the last name.
    name | lastName | Vogt | Keller | Haas
    vorname | firstName | Andreas | Miriam | Florian
    email | email | a.vogt@schreinerei-vogt.example | miriam.keller@example.de | f.haas@elektro-haas.example
    phone | phone | 07531 12345 | 0171 2233445 | 07531 998877
    position | - | Inhaber | "" | Geschäftsführer
    strasse | address1 | Werkstraße 3 | Seestraße 21 | Industriering 9
    plz | postalCode | 78462 | 78464 | 78467
    stadt | city | Konstanz | Konstanz | Konstanz
    land | country | Deutschland | Deutschland | Deutschland
    status | - | aktiv | aktiv | Interessent
    # The id of the customer record (the company) the contact belongs to: not the person's id, not imported.
    kunden_id | - | kd-0012 | "" | kd-0031
    notes | - | Stammkunde seit 2019 | "" | Rückruf wegen Angebot
  `),
  set({ id: 'mixed-de-en-studenten-matrikel-insert', kind: 'German university exercise app\'s student table, German and English column names mixed, as its insert statement lists them (matriculation number, last name, first name, e-mail, phone, street, house number, postcode, town)', lang: 'mixed', defaultCountry: 'DE', source: 'index:2515516260 (a Java Swing student registration form, MySQL insert)' }, `
    matrNr | externalId | 3184520 | 3190117 | 3201846
    # "name" next to "vorname" is the last name.
    name | lastName | Hoffmann | Şahin | Wagner
    vorname | firstName | Lena | Emre | Paul
    email | email | lena.hoffmann@stud.example.de | emre.sahin@stud.example.de | paul.wagner@stud.example.de
    phone | phone | 0176 11223344 | 0152 99887766 | 0711 4567890
    strasse | address1 | Keplerstraße | Pfaffenwaldring | Allmandring
    hausenummer | - | 17 | 5c | 22
    plz | postalCode | 70174 | 70569 | 70569
    ort | city | Stuttgart | Stuttgart | Stuttgart
  `),
  set({ id: 'mixed-en-de-shop-customer-insert-gebdate', kind: 'German web shop exercise\'s customer table, English and German column names mixed, as its insert lists them, the street column\'s "ß" garbled in the source (first and last name, e-mail, phone number, street, birth date, password)', lang: 'mixed', defaultCountry: 'DE', source: 'index:23400705027 (a Java shop\'s customer data access class, JDBC insert)' }, `
    firstname | firstName | Jana | Mehmet | Ulrike
    lastname | lastName | Roth | Yıldız | Baumann
    email | email | jana.roth@example.de | m.yildiz@example.de | ulrike.baumann@example.de
    telefonnr | phone | 030 1234567 | 0157 76543210 | 089 99887766
    straﬂe | address1 | Torstraße 101 | Sonnenallee 55 | Leopoldstraße 8
    gebdate | dateOfBirth | 1993-08-14 | 1987-01-30 | 1969-05-22
    password | - | •••••••• | •••••••• | ••••••••
  `),
  set({ id: 'mixed-nl-en-info-tabel-naam-image', kind: 'Dutch student project\'s address book table, Dutch and English column names mixed, as its add page inserts them (name, e-mail, phone, address, image file)', lang: 'mixed', defaultCountry: 'NL', source: 'index:40677639697 (a PHP address book\'s insert page)' }, `
    naam | name | Daan Visser | Fatima El Idrissi | Ruud Kuijpers
    email | email | daan.visser@voorbeeld.example | fatima.elidrissi@voorbeeld.example | ruud.kuijpers@voorbeeld.example
    phone | phone | 06 12345678 | 06 87654321 | 040 2123456
    address | address1 | Stationsstraat 14, Tilburg | Heuvel 3, Breda | Markt 7, Eindhoven
    image | - | daan.jpg | fatima.png | ""
  `),
];
