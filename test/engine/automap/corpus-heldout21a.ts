// The twenty-first held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch
// and mixed-language files; the other half, corpus-heldout21b.ts, holds the other languages): 56 header sets (665
// columns, 361 of them expected to map; 25 English, 14 German, 12 Dutch, 5 mixed; 2 files without a header row, 2
// with lines above it (an Excel "sep=," line; a version line, the party's name, the export date and a blank line);
// 7 sets of 21 to 43 columns) from sources none of the other parts use, found in the public code index with
// find_string (exact header text of CRM, vendor and importer files: Mailchimp, Outlook, Thunderbird and Zoho-style
// exports, an e-mail verifier's results, a clinic system's patients export, a referee assigning service's users
// export, lead and customer importers and their tests and templates; German, Austrian, Dutch and Belgian customer,
// member, employee, pupil, athlete, student, fighter and archer lists; database tables, inserts and selects; files
// read without a header row) and written down, with the mapping a careful person would choose by the field definitions
// and the rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N"
// names the index file the header text was read from (the index does not name its repository); the kind says what the
// file is. Sample values are made up in the shape of each file's own (no personal data or example rows from the
// sources are copied). A header cell is copied as the source writes it (case, spaces, underscores); a column list of
// an SQL statement, a select or a field list is written as its column names; a trailing empty column (a header line
// ending in the separator) is written as "". Leading and trailing spaces of a header cell and byte-order marks cannot
// be written in the table and are left out (a set's comment says where). The one wide file kept to its first columns
// stops at a column boundary. No set's headers repeat an older part's (each was compared lower-cased; the files
// without a header row aside).
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
// The twentieth part's first half made these choices more than once, kept here:
// - A code the person is filed under in the file's own system (a staff member's short code, the code on a guest's
//   card, a sender's reference for a recipient) is the External ID, like a customer number.
// - Another person named in a contact's or a company's row (a secondary contact, the business's proprietor, an
//   emergency contact) is not imported, nor are that person's phone and e-mail.
// - Ids of other rows (an organisation's id, an advisor's or a referrer's row id) are not imported.
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - A business or work address that is the only address a file has is the contact's address (Address line, City,
//   Postal code, Country); next to a home address group it is an alternate group and is not imported.
// - "Referred By" in a customer, patient or member list (a referrer's name or code, "Direct") tells how the person
//   came: the Source.
// - A sports club, guild, clan or league team a person plays for is a group the person belongs to: Tags.
// - A player's slug on a league's site is the External ID, like the code on a guest's card; a table's own row id
//   beside a customer number is not imported.
// - A tier or a loyalty level a customer has reached is a status, not a group: not imported.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout21' }, table);

export const HELDOUT21A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-email-verifier-results-file-zb-columns', kind: 'e-mail verification service\'s results file as its API client test reads it (the list\'s e-mail, first and last name and gender, then the verifier\'s status, sub-status, account, domain, guessed name and gender, free-mail, MX and SMTP columns, a suggestion)', lang: 'en', source: 'index:6901609428 (an e-mail validation API client\'s bulk file tests, Python)' }, `
    Email Address | email | dana.whitlock@example.com | r.okafor@example.net | jmarsh@example.org
    First Name | firstName | Dana | Remi | Jordan
    Last Name | lastName | Whitlock | Okafor | Marsh
    Gender | - | female | male | ""
    ZB Status | - | valid | catch-all | invalid
    ZB Sub Status | - | "" | "" | mailbox_not_found
    ZB Account | - | dana.whitlock | r.okafor | jmarsh
    ZB Domain | - | example.com | example.net | example.org
    # The verifier's guess at the name and gender is a second copy of columns the list already has: not imported.
    ZB First Name | - | dana | remi | ""
    ZB Last Name | - | whitlock | okafor | ""
    ZB Gender | - | female | male | ""
    ZB Free Email | - | False | False | False
    ZB MX Found | - | true | true | true
    ZB MX Record | - | mx1.example.com | mail.example.net | mx.example.org
    ZB SMTP Provider | - | google | microsoft | ""
    ZB Did You Mean | - | "" | "" | ""
  `),
  set({ id: 'en-lead-enrichment-upload-fixture-linkedin', kind: 'contact upload for a lead-enrichment pipeline, its end-to-end test fixture (e-mail, first and last name, job title, phone, company, LinkedIn)', lang: 'en', source: 'index:62599684328 (a lead enrichment project\'s plan for its ingest fixture and tests, Markdown)' }, `
    Email Address | email | bob.tanner@acmefreight.example | priya.n@lumensoft.example | c.ruiz@ruizlegal.example
    First Name | firstName | Bob | Priya | Carla
    Last Name | lastName | Tanner | Nair | Ruiz
    Job Title | - | VP Operations | Head of Growth | Managing Partner
    Phone | phone | +1 312 555 0147 | +1 415 555 0190 | (305) 555-0123
    Company | companyName | Acme Freight | LumenSoft | Ruiz Legal
    LinkedIn | - | https://www.linkedin.com/in/bobtanner | https://www.linkedin.com/in/priyanair | ""
  `),
  set({ id: 'en-mailchimp-list-export-groups-geo', kind: 'Mailchimp list export (export API 1.0) of a congregation\'s mailing list, quoted in the file\'s docstring (e-mail, first and last name, two interest groups, rating, opt-in and confirm times and IPs, location, time zone, country and region, last change, Mailchimp ids, notes)', lang: 'en', source: 'index:32316135985 (a congregation\'s Mailchimp sync script, Python)' }, `
    Email Address | email | jhollister@example.com | office@example.org | m.chen@example.net
    First Name | firstName | Jake | Unitarian Fellowship | Mei
    Last Name | lastName | Hollister | "" | Chen
    # Mailchimp's interest groups are groups the subscriber chose to belong to: Tags, both of them.
    Announcements | tags | Monthly Newsletter, Auction Updates | Monthly Newsletter | Auction Updates
    Neighborhoods | tags | No Neighborhood Emails Please | No Neighborhood Emails Please | Eastside
    MEMBER_RATING | - | 4 | 2 | 3
    OPTIN_TIME | - | "" | "" | 2015-02-11 18:20:04
    OPTIN_IP | - | "" | "" | 203.0.113.41
    CONFIRM_TIME | - | 2014-11-01 20:53:34 | 2014-11-03 04:29:37 | 2015-02-11 18:21:40
    CONFIRM_IP | - | "" | 198.51.100.22 | 203.0.113.41
    LATITUDE | - | 34.4085000 | "" | 34.4208000
    LONGITUDE | - | -118.7740000 | "" | -119.6982000
    GMTOFF | - | -8 | "" | -8
    DSTOFF | - | -7 | "" | -7
    TIMEZONE | - | America/Los_Angeles | "" | America/Los_Angeles
    # Mailchimp's country code and region are where the subscriber is: Country and State.
    CC | country | US | "" | US
    REGION | state | CA | "" | CA
    LAST_CHANGED | - | 2014-11-01 22:12:53 | 2014-11-03 04:29:37 | 2015-02-11 18:21:40
    LEID | externalId | 222555609 | 222637881 | 223104577
    EUID | - | 2cbd66e9c4 | fbd96ba9d4 | 8a17c3e0b2
    NOTES | - | "" | "" | Usher volunteer
  `),
  set({ id: 'en-rewards-program-registrations-export-reps', kind: 'distributor rewards program\'s registrations export sent by FTP (date, distributor number, registration type, points, e-mail, first and last name, phone, company and address, region codes, the territory rep\'s name and e-mail, division, group, program, other participants\' e-mails)', lang: 'en', source: 'index:49768275877 (a rewards program\'s nightly export job, ColdFusion)' }, `
    Date Registered | - | 2024-02-14 | 2024-03-02 | 2024-03-19
    # The IDH is the distributor branch's number (many registrants share it): an account's id, not the person's.
    IDH | - | 81234567 | 81234567 | 80456123
    # The registration type (Counter, Outside Sales, BranchHQ) is the kind the registrant is filed under: Tags.
    Registration Type | tags | Counter | Outside Sales | BranchHQ
    Current Points | - | 1250 | 400 | 0
    Email Address | email | tglover@example.com | lsantos@example.com | branch112@example.com
    First Name | firstName | Travis | Luisa | Dean
    Last Name | lastName | Glover | Santos | Whitfield
    Phone | phone | 614-555-0132 | 614-555-0178 | 330-555-0104
    Company | companyName | Midwest Bearing Supply | Midwest Bearing Supply | Great Lakes Industrial
    Address | address1 | 2200 Alum Creek Dr | 2200 Alum Creek Dr | 91 Cascade Plaza
    City | city | Columbus | Columbus | Akron
    State | state | OH | OH | OH
    Zip Code | postalCode | 43207 | 43207 | 44308
    Region Code (sap_ty) | - | 0041 | 0041 | 0042
    Region | - | Central | Central | Great Lakes
    # The territory rep follows the registrant up: the Contact owner. The rep's name is split over two columns, so the
    # e-mail is the first column that names the rep whole: it is the owner, the name columns are not imported.
    Rep First Name | - | Gary | Gary | Monica
    Rep Last Name | - | Pruitt | Pruitt | Hale
    Rep Email | owner | gary.pruitt@example.com | gary.pruitt@example.com | monica.hale@example.com
    Division | - | GI | GI | GI
    Group | - | MRO | MRO | OEM
    ty | - | 041 | 041 | 042
    Program | - | Anaerobics 2024 | Anaerobics 2024 | Anaerobics 2024
    Branch Participants | - | "" | "" | tglover@example.com; lsantos@example.com
  `),
  set({ id: 'en-carrier-contact-import-test-office-ext', kind: 'Outlook-style contacts CSV read by a phone carrier app\'s contact import test (first and last name, company, job title, e-mail, mobile and business phone, extension, notes)', lang: 'en', source: 'index:71555969295 (a phone app\'s contact import unit test, TypeScript)' }, `
    First Name | firstName | Gina | Omar | Lucy
    Last Name | lastName | Marsh | Haddad | Bell
    Company | companyName | Harbor & Co, Inc | Haddad Imports | ""
    Job Title | - | Rep | Owner | ""
    E-mail Address | email | gina@harborco.example | omar@haddad.example | lucy.bell@example.com
    # With typed phones only, the mobile is the main phone and the business phone an additional one.
    Mobile Phone | phone | 555 111 2222 | 555 208 7741 | 555 640 1198
    Business Phone | additionalPhones | (555) 333-4444 | (555) 208-9000 | ""
    Ext | - | 12 | 104 | ""
    Notes | - | said "hi" | Calls after 3pm | ""
  `),
  set({ id: 'en-contact-folder-import-outlook-business-address', kind: 'Outlook contacts CSV dropped in a folder an address-book merger imports, from its test suite (first and last name, e-mail, mobile and business phone, company, job title, business street, city, postal code and country)', lang: 'en', defaultCountry: 'DE', source: 'index:69559911234 (an address-book merger\'s test suite, Python)' }, `
    First Name | firstName | Anna | Lukas | Marie
    Last Name | lastName | Kessler | Brandt | Vogel
    E-mail Address | email | anna@kessler.example | l.brandt@example.de | marie.vogel@example.com
    Mobile Phone | phone | +49 170 5551111 | +49 151 5552222 | +49 160 5553333
    Business Phone | additionalPhones | +49 30 5552222 | "" | +49 89 5554444
    Company | companyName | Kessler GmbH | Brandt & Partner | Vogel Design
    Job Title | - | CTO | Partner | Art Director
    # The business address is the only address the file has: it is the contact's address.
    Business Street | address1 | Hauptstr. 1 | Lindenallee 14 | Sonnenweg 3
    Business City | city | Berlin | Hamburg | München
    Business Postal Code | postalCode | 10115 | 20249 | 80331
    Business Country/Region | country | Germany | Germany | Germany
  `),
  set({ id: 'en-business-card-app-readme-outlook-sample', kind: 'example contacts CSV in a business-card app\'s README, the Outlook layout it imports (first and last name, e-mail, mobile and business phone, company, job title, business street, city and country, notes)', lang: 'en', defaultCountry: 'SI', source: 'index:56029726841 (a Flutter contacts app\'s README, example CSV)' }, `
    First Name | firstName | Maja | Tomaž | Nina
    Last Name | lastName | Kranjc | Zupan | Horvat
    E-mail Address | email | maja.kranjc@example.si | tomaz@zupan.example | nina.horvat@example.com
    Mobile Phone | phone | +38641222333 | +38631444555 | ""
    Business Phone | additionalPhones | "" | +38614265000 | +38622345678
    Company | companyName | Primer d.o.o. | Zupan Trade | Horvat Consulting
    Job Title | - | Vodja prodaje | Direktor | Svetovalka
    Business Street | address1 | Slovenska cesta 21 | Trubarjeva 7 | Partizanska 40
    Business City | city | Ljubljana | Ljubljana | Maribor
    Business Country/Region | country | Slovenija | Slovenija | Slovenija
    Notes | - | VIP | "" | Met at fair
  `),
  set({ id: 'en-contacts-kit-outlook-middle-name-fax', kind: 'Outlook contacts CSV in a contacts kit\'s format tests (first, middle and last name, title, company, job title, two e-mails, mobile and business phone, business fax, home address in one cell)', lang: 'en', source: 'index:70171371766 (a contacts import/export kit\'s tests, JavaScript)' }, `
    First Name | firstName | Jane | Marcus | Leah
    Middle Name | - | Q | "" | R
    Last Name | lastName | Doyle | Webb | Ostrowski
    Title | - | Ms. | Mr. | Dr.
    Company | companyName | Contoso | Fabrikam | ""
    Job Title | - | Manager | Buyer | Pediatrician
    E-mail Address | email | jane@contoso.example | mwebb@fabrikam.example | leah.o@example.com
    E-mail 2 Address | additionalEmails | "" | marcus.webb@example.net | ""
    Mobile Phone | phone | 555-0100 | 555-0142 | 555-0177
    Business Phone | additionalPhones | 555-0101 | 555-0143 | ""
    Business Fax | - | 555-0199 | "" | ""
    # The home address is written whole in one cell (street and town on two lines) and is the only address.
    Home Address | address1 | 2 Oak Ave, Seattle | 718 Pine St, Tacoma | 45 Lake View Rd, Bellevue
  `),
  set({ id: 'en-phone-cleaner-readme-typed-phones', kind: 'contacts CSV a phone-number cleaning script reads, from its README (a name, primary, home, mobile and business phone)', lang: 'en', source: 'index:43569531216 (a phone-number cleaner\'s README, input and output examples)' }, `
    # The file's "First Name" cells hold whole names ("John Doe"): the Name.
    First Name | name | Ron Pearson | Tina Gallo | Sam Ortiz
    Primary Phone | phone | (312) 456-7890 | "" | (773) 222-3333
    Home Phone | additionalPhones | "" | (312) 555-5555 | ""
    Mobile Phone | additionalPhones | (312) 654-3210 | (312) 444-4444 | (773) 222-3333
    Business Phone | additionalPhones | "" | "" | 1-800-555-0199
  `),
  set({ id: 'en-wordpress-clients-outlook-export-web-page', kind: 'WordPress plugin\'s client table exported as an Outlook-style CSV (first and last name, web page, e-mail, mobile and business phone, company)', lang: 'en', source: 'index:24371411639 (a WordPress plugin\'s client export, PHP)' }, `
    # The source writes "Web Page " and "Company " with a trailing space, which the table cannot hold.
    First Name | firstName | Derek | Amara | Luz
    Last Name | lastName | Holt | Osei | Medina
    Web Page | website | https://holtphoto.example | "" | https://medinabakes.example
    E-mail Address | email | derek@holtphoto.example | amara.osei@example.com | luz@medinabakes.example
    Mobile Phone | phone | 404-555-0135 | 678-555-0162 | 770-555-0119
    Business Phone | additionalPhones | 404-555-0100 | "" | ""
    Company | companyName | Holt Photography | "" | Medina Bakes
  `),
  set({ id: 'en-relationship-app-outlook-csv-categories', kind: 'Outlook contacts CSV with a byte-order mark in a relationship app\'s import tests (first and last name, company, job title, e-mail, mobile and business phone, business address, birthday, notes, categories)', lang: 'en', defaultCountry: 'GB', source: 'index:70453758933 (a desktop contacts app\'s CSV import tests, Rust)' }, `
    # The source writes a byte-order mark before "First Name", which the table cannot hold.
    First Name | firstName | Ada | Charles | Mary
    Last Name | lastName | Lovell | Babbage | Somerville
    Company | companyName | Analytical Engines | Difference Works | ""
    Job Title | - | Programmer | Engineer | ""
    E-mail Address | email | ada@example.org | charles@example.org | mary.s@example.com
    Mobile Phone | phone | +44 20 1234 | +44 7700 900123 | +44 7700 900456
    Business Phone | additionalPhones | "" | +44 20 7946 0000 | ""
    Business Street | address1 | 12 St James's Square | 1 Dorset St | ""
    Business City | city | London | London | ""
    Business Postal Code | postalCode | SW1Y 4LB | W1U 4EG | ""
    Business Country/Region | country | United Kingdom | United Kingdom | ""
    Birthday | dateOfBirth | 1815-12-10 | 1791-12-26 | ""
    Notes | - | First programmer | "" | ""
    Categories | tags | Friends | Work;Friends | ""
  `),
  set({ id: 'en-directory-users-extract-csv', kind: 'an organisation\'s user directory written to CSV by a cloud tenant audit tool, from its README (id, display name, given name, surname, sign-in name, mail, mobile and business phones, job title, office, department)', lang: 'en', source: 'index:12065104594 (a cloud tenant audit tool\'s README, user extract example)' }, `
    ID | externalId | 5f1c2a90-0b7e-4d8a-9c11-3b2e7f6a0d41 | 9a7e6c52-44d1-4f0b-8e3a-c2d19b5f7e08 | 1e0b4d77-93c6-4a25-b6f8-0d2c5e9a3b16
    Display Name | name | John Smythe | Jane Doyle | Ravi Kapoor
    Given Name | firstName | John | Jane | Ravi
    Surname | lastName | Smythe | Doyle | Kapoor
    # The sign-in name beside the directory id is a login name: not imported.
    User Principal Name | - | john.smythe@contoso.example | jane.doyle@contoso.example | ravi.kapoor@contoso.example
    Mail | email | john.smythe@contoso.example | jane.doyle@contoso.example | ravi.kapoor@contoso.example
    Mobile Phone | phone | +1 425 555 0110 | "" | +1 425 555 0177
    Business Phones | additionalPhones | +1 425 555 0100 | +1 425 555 0101 | ""
    Job Title | - | Analyst | HR Manager | Engineer
    Office Location | - | 18/2111 | 18/1106 | 4/3200
    Department | - | Finance | Human Resources | IT
  `),
  set({ id: 'en-lender-bulk-borrowers-upload-png', kind: 'Papua New Guinea lender\'s bulk borrower upload, the columns its upload page asks for (surname, given name, birth date, gender, mobile, e-mail, branch, home village, district and province, nationality, employer, file number, position, postal address, work phone, fax, employment date, paymaster, lot, section, suburb, street, marital status, spouse\'s details, bank details)', lang: 'en', defaultCountry: 'PG', source: 'index:13039709158 (a lending app\'s bulk borrowers page, React)' }, `
    Surname | lastName | Kila | Namaliu | Wari
    Given Name | firstName | Joseph | Grace | Peter
    Date of Birth | dateOfBirth | 1986-04-12 | 1991-09-30 | 1979-01-05
    Gender | - | Male | Female | Male
    Mobile Number | phone | 7123 4567 | 7234 5678 | 7012 3456
    Email | email | jkila@example.com.pg | grace.namaliu@example.com | pwari@example.pg
    Branch Name | - | Port Moresby | Lae | Port Moresby
    # Village, district and province are the borrower's home area (where the person comes from), not where the
    # borrower lives: not imported.
    Village | - | Hanuabada | Butibam | Kerema Station
    District | - | Moresby North-West | Lae | Kerema
    Province | - | NCD | Morobe | Gulf
    Nationality | - | Papua New Guinean | Papua New Guinean | Papua New Guinean
    # The department or company is the borrower's employer (loans are repaid through its payroll): the Company name.
    Department/Company | companyName | Department of Health | Lae City Authority | PNG Power Ltd
    File Number | - | 104522 | 208113 | 330945
    Position | - | Clerk | Accounts Officer | Technician
    # The postal address is the one whole address the borrower gives; lot, section, suburb and street are its parts
    # around town (neighbourhood and plot numbers) and are not imported.
    Postal Address | address1 | PO Box 1123, Boroko | PO Box 455, Lae | PO Box 78, Gordons
    Work Phone Number | additionalPhones | 301 3600 | 472 1088 | 324 3111
    Fax | - | 301 3601 | "" | ""
    Date Employed | - | 2012-03-01 | 2016-07-18 | 2004-02-09
    Paymaster | - | Alesco | LCA Payroll | PNG Power Payroll
    Lot | - | 12 | 4 | 27
    Section | - | 45 | 110 | 8
    Suburb | - | Gerehu | Eriku | Gordons
    Street Name | - | Tamara Rd | Markham Rd | Kennedy Rd
    Marital Status | - | Married | Single | Married
    Spouse Last Name | - | Kila | "" | Wari
    Spouse First Name | - | Ruth | "" | Anna
    Spouse Employer Name | - | Education Department | "" | Self-employed
    Spouse Contact Details | - | 7345 6789 | "" | 7456 7890
    Company Branch | - | Waigani | Lae | Hohola
    Bank | - | BSP | Kina Bank | BSP
    Bank Branch | - | Waigani | Lae Main | Boroko
    BSB Code | - | 088-951 | 029-004 | 088-950
    Account Name | - | Joseph Kila | Grace Namaliu | Peter Wari
    Account Number | - | 1001234567 | 7004455123 | 1009876543
    Account Type | - | Savings | Cheque | Savings
  `),
  set({ id: 'en-contacts-library-thunderbird-csv-saved', kind: 'Thunderbird address book CSV written by a contacts library, from its README example (names, nickname, two e-mails, screen name, work, home, fax, pager and mobile numbers, home and work address groups, job title, department, organisation, two web pages, birth year, month and day, custom fields, notes)', lang: 'en', source: 'index:35026682570 (a contacts library\'s README, CSV example, C#)' }, `
    First Name | firstName | Walter | Nora | Felix
    Last Name | lastName | Brandt | Keane | Ostrander
    Display Name | name | Walter Brandt | Nora Keane | Felix Ostrander
    Nickname | - | Walt | "" | ""
    Primary Email | email | walter.brandt@example.com | nora@keane.example | ""
    Secondary Email | additionalEmails | "" | nkeane@example.net | ""
    Screen Name | - | "" | "" | fostrander
    # Typed phones only: the mobile number is the main phone, the work and home numbers additional ones.
    Work Phone | additionalPhones | 123-45678 | 555-0187 | 555-0102
    Home Phone | additionalPhones | "" | 555-0133 | ""
    Fax Number | - | "" | "" | 555-0103
    Pager Number | - | "" | "" | ""
    Mobile Number | phone | 876-54321 | 555-0190 | ""
    Home Address | address1 | 14 Elm Row | 220 Harbor St | ""
    Home Address2 | - | "" | Apt 3B | ""
    Home City | city | Springfield | Portland | ""
    Home State | state | IL | ME | ""
    Home Zipcode | postalCode | 62704 | 04101 | ""
    Home Country | country | USA | USA | ""
    Work Address | - | 1 Plant Rd | "" | 77 Market St
    Work Address2 | - | "" | "" | Suite 400
    Work City | - | Springfield | "" | Boston
    Work State | - | IL | "" | MA
    Work Zip | - | 62701 | "" | 02109
    Work Country | - | USA | "" | USA
    Job Title | - | Facility Manager | "" | CEO
    Department | - | Operations | "" | ""
    Organization | companyName | Brandt Holdings | "" | Ostrander & Co
    Web Page 1 | website | "" | https://norakeane.example | https://ostrander.example
    Web Page 2 | - | "" | "" | ""
    # The birthday is split in three number columns: no single column holds the date.
    Birth Year | - | 1972 | 1988 | 1981
    Birth Month | - | 1 | 6 | 5
    Birth Day | - | 3 | 21 | 4
    Custom 1 | - | "" | "" | ""
    Custom 2 | - | "" | "" | ""
    Custom 3 | - | "" | "" | ""
    Custom 4 | - | "" | "" | ""
    Notes | - | "" | Met at conference | ""
  `),
  set({ id: 'en-investment-leads-import-contacts-company', kind: 'investment promotion agency\'s lead import CSV, from its upload tests: the lead person, two further contacts, the company, classification, and lead follow-up columns (first 43 of 55 columns, up to the lead owner)', lang: 'en', source: 'index:601997027 (a lead management app\'s CSV import tests, React)' }, `
    Name | name | Chidi Okeke | Amina Yusuf | Kwame Mensah
    Title | - | CEO | Managing Director | Head of Expansion
    Email | email | chidi@acmefabrics.example | amina@sahelfoods.example | kmensah@goldcoastsolar.example
    Secondary Email | additionalEmails | chidi.okeke@example.com | "" | kwame.m@example.com
    Primary Phone | phone | +234 803 555 0101 | +221 77 555 0102 | +233 24 555 0103
    Secondary Phone | additionalPhones | +234 803 555 0111 | "" | ""
    LinkedIn | - | linkedin.com/in/chidiokeke | "" | linkedin.com/in/kwamemensah
    # Contact 1 and Contact 2 are other people of the lead's company: not imported.
    Contact 1 Name | - | Tunde Bello | Fatou Diop | ""
    Contact 1 Title | - | Overseas Development | CFO | ""
    Contact 1 Primary Email | - | tunde@acmefabrics.example | fatou@sahelfoods.example | ""
    Contact 1 Secondary Email | - | "" | "" | ""
    Contact 1 Primary Phone | - | +234 803 555 0121 | +221 77 555 0122 | ""
    Contact 1 Secondary Phone | - | "" | "" | ""
    Contact 1 LinkedIn | - | "" | "" | ""
    Contact 2 Name | - | Ngozi Eze | "" | ""
    Contact 2 Title | - | Bank Coordinator | "" | ""
    Contact 2 Primary Email | - | ngozi@acmefabrics.example | "" | ""
    Contact 2 Secondary Email | - | "" | "" | ""
    Contact 2 Primary Phone | - | +234 803 555 0131 | "" | ""
    Contact 2 Secondary Phone | - | "" | "" | ""
    Contact 2 LinkedIn | - | "" | "" | ""
    Company Name | companyName | Acme Fabrics | Sahel Foods SA | Gold Coast Solar Ltd
    Company Description | - | Fabric manufacturing | Food processing | Solar installations
    Company LinkedIn | - | linkedin.com/company/acme-fabrics | "" | ""
    Company Website | - | acmefabrics.example | sahelfoods.example | goldcoastsolar.example
    Relevant Links | - | "" | "" | ""
    Country | country | Nigeria | Senegal | Ghana
    # The region is a region of the world (Sub-Saharan Africa), not a state: not imported.
    Region | - | Sub-Saharan Africa | Sub-Saharan Africa | Sub-Saharan Africa
    Industry Sector | - | Textiles | Agribusiness | Energy
    Industry Sub Sector | - | Clothing & clothing accessories | Packaged foods | Renewables
    Industry Business Activity | - | Manufacturing | Processing | Installation
    Level of Internationalization | - | Exporting to Africa | Domestic | Exporting worldwide
    Number of Employees | - | 128 | 45 | 300
    Annual Revenue | - | 220000 | 90000 | 1500000
    African Presences | - | yes | yes | yes
    Lead Temperature | - | Neutral | Warm | Hot
    Lead Status | - | Evaluation | Contacted | Negotiation
    # The lead type and the client category are kinds the lead is filed under: Tags.
    Lead Type | tags | Company | Company | Network
    Lead Source | source | Network | Event | Referral
    Client Category | tags | Multilateral Organization | SME | Corporate
    Company Contacted | - | Yes | Yes | No
    Next Steps | - | Presentation | Site visit | Proposal
    Lead Owner | owner | Jo Miller | James Farley | Jo Miller
  `),
  set({ id: 'en-clinic-practo-patients-export-remap', kind: 'clinic software patients export (Practo) as a migration script rewrites it (patient number and name, mobile and contact numbers, e-mail, secondary mobile, gender, address, locality, city, pincode, national id, birth date, age, anniversary, blood group, remarks, medical history, referrer, groups, notes)', lang: 'en', defaultCountry: 'IN', source: 'index:451267864 (a clinic data migration utility, Java)' }, `
    Patient Number | externalId | P1024 | P1187 | P1302
    Patient Name | name | Ritu Sharma | Arjun Mehta | Lakshmi Iyer
    Mobile Number | phone | 9876543210 | 9123456780 | 9988776655
    Contact Number | additionalPhones | 080 2345 6789 | "" | 044 2811 2233
    Email Address | email | ritu.sharma@example.in | arjun.m@example.com | ""
    Secondary Mobile | additionalPhones | "" | 9812345670 | ""
    Gender | - | F | M | F
    Address | address1 | 12 MG Road, Indiranagar | 45 Park Street | 8 TTK Road, Alwarpet
    Locality | - | Indiranagar | Park Circus | Alwarpet
    City | city | Bengaluru | Kolkata | Chennai
    Pincode | postalCode | 560038 | 700017 | 600018
    National Id | - | "" | "" | ""
    Date of Birth | dateOfBirth | 14/03/1985 | 02/11/1990 | 27/07/1962
    Age | - | 40 | 35 | 63
    Anniversary Date | - | "" | 12/12/2018 | ""
    Blood Group | - | B+ | O+ | A-
    Remarks | - | "" | Prefers evening slots | ""
    Medical History | - | Diabetes | "" | Hypertension
    # "Referred By" names the doctor or patient who sent the patient: the Source.
    Referred By | source | Dr. Rao | Google | Dr. Menon
    Groups | tags | Orthodontics | "" | Senior Citizen
    Patient Notes | - | "" | "" | Allergic to penicillin
  `),
  set({ id: 'en-wallet-app-customers-admin-export-mpesa', kind: 'Kenyan wallet app\'s admin customers export (id, full name, username, e-mail, phone, M-Pesa number, country, referral code, referrer, VIP tier, KYC status, deposit, joined date)', lang: 'en', defaultCountry: 'KE', source: 'index:69280002306 (a wallet app\'s admin API, CSV export, TypeScript)' }, `
    ID | externalId | usr_8f2a91 | usr_3c77d0 | usr_a19e44
    Full Name | name | Wanjiru Kamau | Otieno Odhiambo | Fatuma Ali
    # The username beside the id is a login name: not imported.
    Username | - | wanjiruk | otieno_o | fatuma.ali
    Email | email | wanjiru.k@example.co.ke | otieno@example.com | fatuma.ali@example.co.ke
    Phone | phone | 0712 345 678 | 0722 987 654 | 0733 112 233
    # The M-Pesa number is a payment account's number: not imported.
    M-Pesa Number | - | 254712345678 | 254722987654 | 254733112233
    Country | country | Kenya | Kenya | Kenya
    Referral Code | - | WANJ24 | OTIE91 | FATU07
    # "Referred By" holds the referrer's code or "Direct": how the customer came, the Source.
    Referred By | source | Direct | WANJ24 | Direct
    # The VIP tier is a level the customer has reached (like a status), not a group: not imported.
    VIP Tier | - | Gold | Bronze | Silver
    KYC Status | - | verified | pending | verified
    Deposit (KES) | - | 15000 | 2500 | 7000
    Joined Date | - | 2025-01-14 | 2025-02-02 | 2025-02-20
  `),
  set({ id: 'en-tz-customers-import-template-loyalty', kind: 'Tanzanian business app\'s customer import template (name, e-mail, phone, gender, city, WhatsApp, notes, loyalty level, colour tag, referral source, location description, national id, referrer, birth month and day)', lang: 'en', defaultCountry: 'TZ', source: 'index:5687442344 (a customers page\'s CSV import dialog, React)' }, `
    Name | name | Neema Mushi | Baraka Mwakyusa | Halima Said
    Email | email | neema.mushi@example.co.tz | baraka@example.com | ""
    Phone | phone | +255 754 123 456 | +255 713 987 654 | +255 688 222 333
    Gender | - | female | male | female
    City | city | Dar es Salaam | Mbeya | Zanzibar
    WhatsApp | additionalPhones | +255 754 123 456 | "" | +255 777 444 555
    Notes | - | Regular buyer | "" | Wholesale enquiries
    # The loyalty level is a level the customer has reached (like a status), not a group: not imported.
    Loyalty Level | - | silver | bronze | gold
    # The colour tag (normal, vip) is a label the customer is filed under: Tags.
    Color Tag | tags | vip | normal | normal
    Referral Source | source | Instagram | Friend | Walk-in
    Location Description | - | Near Mlimani City | Opposite the bus stand | Stone Town, Darajani
    National ID | - | "" | 19900512-12345-00001-22 | ""
    Referred By | - | "" | Neema Mushi | ""
    Birth Month | - | March | "" | October
    Birth Day | - | 15 | "" | 2
  `),
  set({ id: 'en-b2b-customers-api-csv-sales-rep', kind: 'B2B distributor\'s customers CSV from its API documentation (customer id, account number, name, billing e-mail, phone, address, territory, sales rep and rep e-mail, order figures, risk status, payment terms)', lang: 'en', source: 'index:38234979827 (a distributor sales API\'s documentation, Markdown)' }, `
    Customer ID | externalId | 3f1e9a2c-6b1d-4d0e-9a77-0c2f5b8e1a10 | 8b24c7e1-2f3a-4c55-b9d0-6e1f7a2c3d44 | c0a1b2d3-e4f5-4a67-8b9c-0d1e2f3a4b55
    # The account number beside the customer id is the second id: not imported.
    Account Number | - | CUST-000123 | CUST-000456 | CUST-000789
    Customer Name | companyName | Acme Corp | Blue Ridge Hardware | Lakeside Dental Supply
    # Billing e-mail is the only e-mail of the customer the file has.
    Billing Email | email | billing@acme.example | ap@blueridgehw.example | accounts@lakesidedental.example
    Phone | phone | (555) 123-4567 | (828) 555-0144 | (312) 555-0190
    Street | address1 | 123 Main St | 40 Depot St | 901 Lake Shore Dr
    City | city | New York | Asheville | Chicago
    State | state | NY | NC | IL
    Postal Code | postalCode | 10001 | 28801 | 60611
    Territory | - | Northeast | Southeast | Midwest
    # The sales rep looks after the account: the rep's name is the Contact owner, the rep's e-mail not imported.
    Sales Rep | owner | John Doe | Maria Lopez | John Doe
    Sales Rep Email | - | john@distributor.example | maria@distributor.example | john@distributor.example
    Last Order Date | - | 2024-01-15 | 2024-02-03 | 2023-12-20
    Total Orders | - | 42 | 7 | 19
    Total Revenue | - | 125000.00 | 8400.50 | 56210.00
    Risk Status | - | HEALTHY | AT_RISK | HEALTHY
    Payment Terms | - | Net 30 | Net 15 | Net 30
  `),
  set({ id: 'en-identity-users-bulk-import-csv-fields', kind: 'identity platform\'s bulk user import CSV as its reader documents it (first and last name, e-mail, password, secondary e-mail, work, home and mobile phone, work and home address, employee id, type and title, manager, department, cost centre)', lang: 'en', source: 'index:7974565957 (an identity admin tool\'s CSV user reader, Java)' }, `
    First Name | firstName | Harriet | Samuel | Olga
    Last Name | lastName | Quinn | Adeyemi | Petrova
    Email Address | email | hquinn@example.com | sadeyemi@example.com | opetrova@example.com
    Password | - | Temp#2291 | Temp#8830 | Temp#1174
    Secondary Email | additionalEmails | harriet.q@example.net | "" | ""
    # Typed phones only: the mobile is the main phone, the work and home phones additional ones.
    Work Phone 1 | additionalPhones | 206-555-0141 | 206-555-0158 | 206-555-0176
    Home Phone 1 | additionalPhones | "" | 425-555-0112 | ""
    Mobile Phone 1 | phone | 206-555-0199 | 425-555-0163 | 206-555-0120
    # The work address beside the home address is an alternate address group: the home address is the Address line.
    Work address 1 | - | 500 Pine St, Seattle, WA 98101 | 500 Pine St, Seattle, WA 98101 | 11 Bay Rd, Bellevue, WA 98004
    Home address 1 | address1 | 2140 NW 65th St, Seattle, WA 98117 | 88 Cedar Ln, Renton, WA 98055 | ""
    Employee Id | externalId | E10442 | E10587 | E10901
    Employee Type | - | Full-time | Contractor | Full-time
    Employee Title | - | Accountant | Developer | Office Manager
    Manager | - | Paul Greer | Paul Greer | Dana Ruiz
    Department | - | Finance | Engineering | Admin
    Cost Center | - | CC-410 | CC-220 | CC-100
  `),
  set({ id: 'en-referee-assigning-users-export-officials', kind: 'referee assigning service\'s users export as a league app parses it (last and first name, grade or badge level, mobile, primary and secondary e-mail, is an official, referee certification, the service\'s database id)', lang: 'en', source: 'index:69482977637 (a youth soccer league app\'s officials import tests, JavaScript)' }, `
    Last Name | lastName | Okafor | Brennan | Salazar
    First Name | firstName | Olivia | Connor | Mateo
    Grade/Badge Level | - | Regional | Grassroots | National
    Mobile Phone | phone | (555) 555-0100 | (555) 555-0133 | (555) 555-0171
    Primary Email | email | olivia.okafor@example.com | cbrennan@example.com | mateo.s@example.com
    # A youth official's secondary e-mail is often a guardian's, but the column is the official's second address.
    Secondary Email | additionalEmails | guardian.okafor@example.com | "" | ""
    Is an Official? | - | YES | YES | YES
    USSF Referee Certification | - | Referee | Referee | Assessor
    Assignr Database ID | externalId | 2171650 | 2180044 | 2093317
  `),
  set({ id: 'en-community-members-export-telegram-whatsapp', kind: 'online community admin\'s members export (name, Telegram username, WhatsApp number, referring admin, joined date)', lang: 'en', defaultCountry: 'NG', source: 'index:55391568780 (a community admin dashboard\'s members page, JavaScript)' }, `
    Name | name | Emeka Obi | Aisha Bello | Tolu Adebayo
    # The Telegram username is a handle on another service, not a phone or an e-mail: not imported.
    Telegram | - | @emekaobi | @aishab | ""
    WhatsApp | phone | +234 803 555 0142 | +234 806 555 0118 | +234 809 555 0177
    # The referring admin is who brought the member in: the Source ("Direct" when nobody did).
    Referred By | source | Direct | Admin Kunle | Admin Ada
    Joined Date | - | 2025-03-02 | 2025-03-09 | 2025-04-11
  `),
  set({ id: 'en-crm-sync-excel-leads-upload-custom-field', kind: 'CRM\'s spreadsheet sync lead upload from its tests, a Zoho-style export (record id, first and last name, lead name, e-mail, address line, city, postal code, a custom field)', lang: 'en', source: 'index:57610218522 (a CRM\'s spreadsheet sync import tests, TypeScript)' }, `
    Record Id | externalId | zcrm_5102000000418001 | zcrm_5102000000418017 | zcrm_5102000000418033
    First Name | firstName | Ada | Ken | Rosa
    Last Name | lastName | Lovell | Ito | Marquez
    Lead Name | name | Ada Lovell | Ken Ito | Rosa Marquez
    Email | email | ada@example.com | ken.ito@example.net | rosa.m@example.org
    Address Line 1 | address1 | 123 Main St | 48 Congress Ave | 700 Lavaca St
    City | city | Austin | Austin | Round Rock
    Postal Code | postalCode | 78701 | 78701 | 78664
    Favorite Color | - | Blue | Green | ""
  `),
  set({ id: 'en-guest-badges-import-no-header', kind: 'event guest badges file a check-in app imports without a header row (first name, last name, badge number, department)', lang: 'en', noHeader: true, source: 'index:46780268629 (a guest check-in app\'s badge import, Python)' }, `
    "" | firstName | Tyler | Renee | Hector
    "" | lastName | Booth | Calloway | Ibarra
    # The badge number is the code on the guest's card: the External ID.
    "" | externalId | 40117 | 40233 | 40291
    "" | - | Engineering | Finance | Facilities
  `),
  set({ id: 'en-ultimate-league-rosters-no-header', kind: 'ultimate frisbee league rosters scraped to a CSV without a header row (first name, last name, team, player slug)', lang: 'en', noHeader: true, source: 'index:47395632551 (a script combining club and league player data, Python)' }, `
    "" | firstName | Jordan | Kai | Marisol
    "" | lastName | Whitfield | Nakamura | Ortega
    # The team is a group the player belongs to: Tags.
    "" | tags | Boston Glory | Seattle Cascades | Austin Sol
    # The player slug is the player's id on the league's site: the External ID.
    "" | externalId | jwhitfield | knakamura | mortega
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-schulserver-benutzerliste-login-klasse', kind: 'school server\'s user list converted for import (surname, first name, birthday, class, login), written in capitals', lang: 'de', defaultCountry: 'DE', source: 'index:8972389994 (a school server\'s import-file converter, Perl)' }, `
    NACHNAME | lastName | Schröder | Yilmaz | Becker
    VORNAME | firstName | Lena | Emir | Paul
    GEBURTSTAG | dateOfBirth | 14.03.2011 | 02.09.2010 | 27.01.2012
    KLASSE | - | 7a | 8b | 6c
    # The login is the code the pupil is filed under on the school server, the only id the file has: External ID.
    LOGIN | externalId | schroele | yilmaem | beckepa
  `),
  set({ id: 'de-schulserver-klassen-userliste-passwort', kind: 'school server\'s per-class user list with first passwords (login, class, surname, first name, birthday, password)', lang: 'de', defaultCountry: 'DE', source: 'index:9240543142 (a school server\'s per-class user list writer, Perl)' }, `
    Login | externalId | muelljo | kayaay | hoffmmi
    Klasse | - | 5a | 5a | 9c
    Nachname | lastName | Müller | Kaya | Hoffmann
    Vorname | firstName | Jonas | Ayşe | Mia
    Geburtstag | dateOfBirth | 2014-05-19 | 2014-11-02 | 2010-02-08
    Passwort | - | kX7pQ2 | m9RtL4 | Zu3wE8
  `),
  set({ id: 'de-oberstufe-kurse-schueler-csv-export', kind: 'upper-school course planner\'s CSV export (course id, course, subject, class, pupil id, surname, first name, birthday, scheme, course kind, qualification phase, third exam subject, home class, a CSV guard)', lang: 'de', defaultCountry: 'DE', source: 'index:71382235871 (a course planner\'s CSV export tests, JavaScript)' }, `
    # The source writes a byte-order mark before "KursID", which the table cannot hold.
    KursID | - | bio-q4 | bio-q4 | ma-lk2
    Kurs | - | Biologie GK | Biologie GK | Mathematik LK
    Fach | - | Biologie | Biologie | Mathematik
    Klasse | - | "" | "" | ""
    SchuelerID | externalId | s-10482 | s-10517 | s-10963
    Nachname | lastName | Albrecht | Demir | Lorenz
    Vorname | firstName | Clara | Can | Jakob
    Geburtstag | dateOfBirth | 2008-04-03 | 2007-12-19 | 2008-07-22
    Schema | - | Sek II | Sek II | Sek II
    Kursart | - | GK | GK | LK
    Qualifikationsabschnitt | - | Q3/Q4 | Q3/Q4 | Q1/Q2
    3. Pruefungsfach schriftlich | - | Ja | Nein | Nein
    Stammklasse | - | Q2 | Q2 | Q1
    CSV-Schutz | - | nv1:0 | nv1:0 | nv1:0
  `),
  set({ id: 'de-leichtathletik-athleten-leistungen', kind: 'athletics club\'s athletes and results file written by a test data generator (surname, first name, birthday, event, category, result, date)', lang: 'de', defaultCountry: 'DE', source: 'index:25166224369 (an athletics badge app\'s CSV generator, Python)' }, `
    Nachname | lastName | Wagner | Özdemir | Fuchs
    Vorname | firstName | Sophie | Deniz | Moritz
    Geburtstag | dateOfBirth | 12.06.2009 | 30.01.2011 | 04.11.1987
    Uebung | - | Weitsprung | 50m Lauf | Kugelstoßen
    Kategorie | - | Schnelligkeit | Schnelligkeit | Kraft
    Leistung | - | 4,12 | 8,3 | 9,75
    Datum | - | 14.05.2024 | 14.05.2024 | 21.06.2024
  `),
  set({ id: 'de-bewerbungen-firmenadressen-ansprechpartner', kind: 'address list of companies for a job-application mailer, from its README (company, e-mail, contact person, street, postcode, town, salutation, position applied for)', lang: 'de', defaultCountry: 'DE', source: 'index:20757932400 (a job-application mail merge script\'s README, example Adressen.csv)' }, `
    # The rows are companies: the firm is the Company name and the contact person the Name.
    Firmenname | companyName | Nordlicht Software GmbH | Bäckerei Lang KG | Elbe Logistik AG
    Emailadresse | email | jobs@nordlicht.example | info@baeckerei-lang.example | karriere@elbe-logistik.example
    Ansprechpartner | name | Herr Petersen | Frau Lang | Frau Dr. Jansen
    Straße | address1 | Am Kai 12 | Marktplatz 3 | Hafenstraße 88
    PLZ | postalCode | 24103 | 79098 | 20457
    Ort | city | Kiel | Freiburg | Hamburg
    Anrede | - | Sehr geehrter Herr | Sehr geehrte Frau | Sehr geehrte Frau
    Stellenbezeichnung | - | Softwareentwickler | Verkäufer | Disponent
  `),
  set({ id: 'de-fluglager-teilnehmer-csv-spalten', kind: 'gliding camp participants CSV described in a club app\'s specification (first and last name, e-mail, phone, role, status)', lang: 'de', defaultCountry: 'DE', source: 'index:20968231610 (a gliding club app\'s feature specification, Markdown)' }, `
    Vorname | firstName | Felix | Greta | Tobias
    Nachname | lastName | Brandl | Seidel | Hartmann
    E-Mail | email | felix.brandl@example.de | greta.seidel@example.com | t.hartmann@example.de
    Telefon | phone | 0171 2345678 | 0160 9876543 | 08131 55123
    Rolle | - | Pilot | Flugschüler | Fluglehrer
    Status | - | bestätigt | eingeladen | bestätigt
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-abonnees-export-licenties-vouchercode', kind: 'subscription app\'s subscribers export (first and last name, street and number, postcode, town, country, e-mail, phone, valid until, licences, renewal, active, sign-up date and time, voucher code)', lang: 'nl', defaultCountry: 'NL', source: 'index:1660842585 (a subscriptions module\'s export method, Servoy JavaScript)' }, `
    Voornaam | firstName | Sanne | Joost | Fatima
    Achternaam | lastName | de Groot | Verhoeven | El Amrani
    Straat en huisnr | address1 | Kerkstraat 12 | Lindelaan 4a | Van Speijkstraat 88
    Postcode | postalCode | 3511 LX | 5611 AB | 1057 GT
    Woonplaats | city | Utrecht | Eindhoven | Amsterdam
    Land | country | Nederland | Nederland | Nederland
    Email adres | email | sanne.degroot@example.nl | joost@verhoeven.example | f.elamrani@example.com
    Telefoon | phone | 06-12345678 | 040-2345678 | 06-87654321
    Geldig tot | - | 31-12-2025 | 30-06-2025 | 31-12-2025
    Licenties | - | 1 | 3 | 1
    Hernieuwen | - | ja | nee | ja
    Actief | - | ja | ja | nee
    Aanmeld Datum | - | 12-01-2024 | 03-07-2023 | 28-11-2024
    Aanmeld Tijd | - | 14:22 | 09:05 | 20:47
    Voucher Code | - | WINTER24 | "" | ""
  `),
  set({ id: 'nl-verkoopoverzicht-afas-debiteuren-facturen', kind: 'invoice overview for the AFAS bookkeeping import, one line per invoice as a rug shop\'s export writes it (debtor number, two name lines, address, postcode, town, country, order number, customer reference, invoice number, dates, amounts)', lang: 'nl', defaultCountry: 'NL', source: 'index:58003731767 (a rug shop app\'s change log describing its AFAS CSV layout, Markdown)' }, `
    # The debtor number is the customer's account number in the bookkeeping: the External ID.
    Debiteur | externalId | 10234 | 10871 | 11002
    # "Naam1" holds the customer's (company) name; "Naam2", a purchasing group, stays empty.
    Naam1 | companyName | Interieur Bakker | Woonwinkel De Linde | Tapijthuis Oost
    Naam2 | - | "" | "" | ""
    Adres | address1 | Havenstraat 3 | Lindeplein 12 | Oostweg 140
    Postcode | postalCode | 1271 AC | 8011 NW | 7523 KJ
    Woonplaats | city | Huizen | Zwolle | Enschede
    Land | country | "" | "" | Duitsland
    Ordernummer | - | RF-24118 | RF-24120 | RF-24131
    Klant ref | - | PO 7781 | "" | Showroom
    Factuurnr | - | 2024-0412 | 2024-0413 | 2024-0414
    Datum | - | 13-07-2024 | 13-07-2024 | 15-07-2024
    Verv.datum | - | 12-08-2024 | 12-08-2024 | 14-08-2024
    Bedrag ex | - | 1.240,00 | 385,50 | 2.910,00
    BTW bedrag | - | 260,40 | 80,96 | 611,10
    Totaal | - | 1.500,40 | 466,46 | 3.521,10
  `),
  set({ id: 'de-zeiterfassung-mitarbeiter-import-rolle', kind: 'time-tracking app\'s employee import CSV from its permission tests (e-mail, first and last name, staff number, joining date, role)', lang: 'de', defaultCountry: 'DE', source: 'index:68975964447 (a time-tracking API\'s import escalation tests, TypeScript)' }, `
    email | email | j.keller@example.de | s.arslan@example.com | m.winter@example.de
    vorname | firstName | Julia | Serkan | Martin
    nachname | lastName | Keller | Arslan | Winter
    # "nr" is the staff number the employee is filed under: the External ID.
    nr | externalId | MA-104 | MA-117 | MA-121
    eintrittsdatum | - | 01.01.2026 | 15.02.2026 | 01.03.2026
    Rolle | - | EMPLOYEE | EMPLOYEE | ADMIN
  `),
  set({ id: 'de-zeiterfassung-mitarbeiter-import-arbeitszeitmodell', kind: 'time-tracking app\'s employee import CSV with weekly hours, working-time model and first password (e-mail, first and last name, staff number, joining date, role, hours, model, password)', lang: 'de', defaultCountry: 'DE', source: 'index:70170037794 (a time-tracking API\'s working-time model tests, TypeScript)' }, `
    email | email | anna.roth@example.de | k.nowak@example.com | lisa.engel@example.de
    vorname | firstName | Anna | Krzysztof | Lisa
    nachname | lastName | Roth | Nowak | Engel
    nr | externalId | 2031 | 2032 | 2040
    eintrittsdatum | - | 01.01.2026 | 01.04.2026 | 15.05.2026
    rolle | - | EMPLOYEE | EMPLOYEE | EMPLOYEE
    wochenstunden | - | 40 | 38,5 | 20
    modell | - | FIXED_SCHEDULE | SHIFT_BASED | FIXED_SCHEDULE
    passwort | - | Start2026! | Start2026! | Start2026!
  `),
  set({ id: 'de-testfaelle-mails-empfaenger-metadaten', kind: 'metadata file of sent e-mails exported as test cases for a batch tool, one line per recipient (number, EML and PDF file names, recipient e-mail, first and last name, the recipient\'s BD number, a reference term)', lang: 'de', defaultCountry: 'DE', source: 'index:61919494543 (a script exporting sent mails and their metadata, Python)' }, `
    Nr | - | 1 | 2 | 3
    Dateiname_EML | - | testfall_001.eml | testfall_002.eml | testfall_003.eml
    Dateiname_PDF | - | testfall_001.pdf | testfall_002.pdf | testfall_003.pdf
    Empfaenger_Email | email | r.baumann@example.de | petra.kuhn@example.com | t.lehmann@example.de
    Vorname | firstName | Rainer | Petra | Thomas
    Nachname | lastName | Baumann | Kuhn | Lehmann
    # The BD number is looked up for each recipient from the sender's list: the number the person is filed under
    # there, the External ID.
    BD_Nummer | externalId | 40012377 | 40019852 | 40003164
    Klammerbegriff | - | Titelbezeichnung | Titelbezeichnung | Titelbezeichnung
  `),
  set({ id: 'de-leads-csv-import-heuristik-firma', kind: 'sales app\'s lead CSV import from its mapping tests, the canonical column names (company, first and last name, e-mail, phone, postcode, town)', lang: 'de', defaultCountry: 'DE', source: 'index:58102813539 (a sales app\'s lead CSV mapping tests, TypeScript)' }, `
    firma | companyName | Acme Maschinenbau GmbH | Rheinblick Immobilien | Schmidt & Söhne KG
    vorname | firstName | Max | Jana | Dirk
    nachname | lastName | Kern | Hoff | Schmidt
    email | email | m.kern@acme-mb.example | hoff@rheinblick.example | dirk@schmidt-soehne.example
    telefon | phone | +49 221 123456 | 0228 987654 | 02131 44556
    plz | postalCode | 50667 | 53111 | 41460
    ort | city | Köln | Bonn | Neuss
  `),
  set({ id: 'de-versand-adressen-export-sep-zeile-produkt', kind: 'shipping address list exported for Excel with a "sep=," line above the header (company, first and last name, town, postcode, street, house number, address supplement, product)', lang: 'de', defaultCountry: 'DE', above: [['sep=,']], source: 'index:38981957070 (a small order web app\'s data-to-CSV route, JavaScript)' }, `
    Firma | companyName | "" | Kita Sonnenschein | Praxis Dr. Wendt
    Vorname | firstName | Ole | Marta | Jens
    Nachname | lastName | Petersen | Kowalczyk | Wendt
    Stadt | city | Flensburg | Leipzig | Dresden
    Postleitzahl | postalCode | 24937 | 04109 | 01067
    Straße | address1 | Norderstraße | Karl-Liebknecht-Str. | Wilsdruffer Str.
    Hausnummer | - | 12 | 45a | 7
    Adresszusatz | - | "" | Hinterhaus | 2. OG
    Produkt | - | Starter-Set | Nachfüllpack | Starter-Set
  `),
  set({ id: 'de-kaltakquise-leads-export-termin', kind: 'cold-calling app\'s leads export (company, first and last name, phone, e-mail, website, town, industry, status, notes, appointment)', lang: 'de', defaultCountry: 'DE', source: 'index:53959230405 (a lead list app\'s CSV download, TypeScript)' }, `
    # The rows are businesses called with a contact person: the firm is the Company name.
    Firma | companyName | Friseursalon Haarmonie | Autohaus Berger | Café Lindenblatt
    Vorname | firstName | Sabine | Uwe | ""
    Nachname | lastName | Krause | Berger | ""
    Telefon | phone | 0711 2345678 | 07031 98765 | 0711 5554433
    Email | email | info@haarmonie.example | u.berger@autohaus-berger.example | hallo@lindenblatt.example
    # The business's own website in a list of businesses with a contact person is not imported.
    Webseite | - | www.haarmonie.example | www.autohaus-berger.example | ""
    Ort | city | Stuttgart | Böblingen | Stuttgart
    Branche | - | Friseur | Autohandel | Gastronomie
    Status | - | Termin | Kein Interesse | Neu
    Notizen | - | Chefin ab 14 Uhr da | "" | Mail schicken
    Termin_am | - | 2025-03-12 10:00 | "" | ""
  `),
  set({ id: 'de-kunden-export-typ-newsletter', kind: 'customer management app\'s CSV export (id, name, e-mail, phone, company, postcode, town, status, type, newsletter)', lang: 'de', defaultCountry: 'DE', source: 'index:14286931269 (a customer service\'s export method, TypeScript)' }, `
    ID | externalId | 1001 | 1002 | 1003
    Name | name | Stefanie Horn | Markus Albers | Ingrid Vogt
    Email | email | s.horn@example.de | m.albers@example.com | ingrid.vogt@example.de
    Telefon | phone | 030 12345678 | 0421 9876543 | 0351 4455667
    Firma | companyName | Horn Consulting | "" | Vogt Steuerberatung
    PLZ | postalCode | 10178 | 28195 | 01069
    Ort | city | Berlin | Bremen | Dresden
    Status | - | aktiv | aktiv | inaktiv
    # The type (Privatkunde, Geschäftskunde) is the kind of customer the row is filed under: Tags.
    Typ | tags | Geschäftskunde | Privatkunde | Geschäftskunde
    Newsletter | - | ja | nein | ja
  `),
  set({ id: 'de-gebietsverwaltung-kontakte-tabelle-vertragsnummer', kind: 'sales territory app\'s contacts table (contacts that postcode areas are assigned to), the columns its API inserts (type, first and last name, e-mail, phone, company, customer number, contract number, notes)', lang: 'de', defaultCountry: 'DE', source: 'index:57029953233 (a territory app\'s contacts API, PHP)' }, `
    # The type (interessent, kunde) is the kind the contact is filed under: Tags.
    type | tags | interessent | kunde | kunde
    vorname | firstName | Holger | Bettina | Yusuf
    nachname | lastName | Wendland | Schreiber | Aydın
    email | email | h.wendland@example.de | bettina.schreiber@example.com | yusuf.aydin@example.de
    telefon | phone | 0172 3344556 | 0911 223344 | 0157 88990011
    firma | companyName | "" | Schreiber Haustechnik GmbH | Aydın Gebäudeservice
    kundennummer | externalId | "" | K-20488 | K-20512
    vertragsnummer | - | "" | V-2024-031 | V-2024-047
    notizen | - | Interesse an PLZ 904 | "" | Gebiet 681 und 682
  `),
  set({ id: 'nl-basketbalclub-lidmaatschap-aanvragen-tabel', kind: 'Dutch basketball club site\'s membership applications table, the columns its insert fills (member number, name, birth date, sex, bank account, phone, address, postcode, rights)', lang: 'nl', defaultCountry: 'NL', source: 'index:12255466062 (a basketball club site\'s data access class, Oracle inserts, C#)' }, `
    LIDNR | externalId | 10421 | 10422 | 10430
    NAAM | name | Femke Dekker | Ruben Claassen | Yara Hoekstra
    GEBOORTEDATUM | dateOfBirth | 12-MAR-2004 | 28-JUL-1997 | 05-NOV-2008
    GESLACHT | - | V | M | V
    REKENINGNUMMER | - | NL12RABO0123456789 | NL34INGB0009876543 | NL56ABNA0412345678
    TELEFOONNUMMER | phone | 06-41234567 | 040-2531234 | 06-29876543
    ADRES | address1 | Dorpstraat 22 | Burgemeester van Hoofflaan 7 | Sterrenlaan 140
    POSTCODE | postalCode | 5504 HA | 5503 BA | 5508 AT
    RECHTEN | - | Lid | Lid | Lid
  `),
  set({ id: 'nl-judotoernooi-judokas-import-club-band', kind: 'Dutch judo tournament app\'s judoka import format from its README (name, birth date, sex, belt, club, weight)', lang: 'nl', defaultCountry: 'NL', source: 'index:32227297441 (a judo tournament app\'s README, import format)' }, `
    Naam | name | Luuk Verbeek | Sara El Idrissi | Jesse de Bruin
    Geboortedatum | dateOfBirth | 2015-03-15 | 2013-09-02 | 2014-12-20
    Geslacht | - | M | V | M
    Band | - | Oranje | Groen | Geel
    # The judo club the judoka is registered with is a group the person belongs to: Tags.
    Club | tags | Judoclub Kenamju | Sportschool Nagai | Judoclub Kenamju
    Gewicht | - | 32.5 | 41.0 | 28.7
  `),
  set({ id: 'nl-cursisten-tabel-insert-land-adres', kind: 'course administration exercise\'s students table, its insert column list (name, e-mail, birth date, sex, country, address, town)', lang: 'nl', defaultCountry: 'NL', source: 'index:21386885048 (a course administration GUI\'s add-student screen, Java)' }, `
    naam | name | Iris Kuipers | Tom Veenstra | Nadia Benali
    email | email | iris.kuipers@example.nl | tveenstra@example.com | nadia.b@example.be
    geboortedatum | dateOfBirth | 1999-04-21 | 1985-10-03 | 2001-06-30
    geslacht | - | vrouw | man | vrouw
    land | country | Nederland | Nederland | België
    adres | address1 | Vlasakker 12 | Parallelweg 88 | Lange Nieuwstraat 5
    woonplaats | city | Breda | Tilburg | Antwerpen
  `),
  set({ id: 'nl-cursisten-aanmaken-postcode-landcode', kind: 'course registration app\'s students table, the insert its new-student screen runs (name, postcode, e-mail, birth date, sex, house number, town, country code)', lang: 'nl', defaultCountry: 'NL', source: 'index:28205050843 (a course registration app\'s create-student controller, Java)' }, `
    naam | name | Bas Vermeulen | Anouk Willems | Jelle Brouwer
    postCode | postalCode | 4811 DJ | 6211 JX | 9712 CP
    email | email | bas.vermeulen@example.nl | anouk.w@example.com | jelle.brouwer@example.nl
    geboorteDatum | dateOfBirth | 1996-08-14 | 2000-01-09 | 1978-05-27
    geslacht | - | M | V | M
    huisNummer | - | 17 | 2b | 44
    woonPlaats | city | Breda | Maastricht | Groningen
    landCode | country | NL | NL | NL
  `),
  set({ id: 'nl-vechtsport-bond-vechters-licentie-klasse', kind: 'Dutch martial arts federation\'s fighters table an admin page selects (federation number, name, e-mail, birth date, sex, licence, start ban, fit to fight, baseline discipline and class, computed class, MMA level, main discipline, last scraped)', lang: 'nl', defaultCountry: 'NL', source: 'index:60269057877 (a fighters admin page\'s database query, TypeScript)' }, `
    va_nummer | externalId | VA-204118 | VA-199032 | VA-210457
    naam | name | Rico Bakker | Amira Haddou | Lars Timmermans
    email | email | rico.bakker@example.nl | amira.h@example.com | lars.t@example.nl
    geboortedatum | dateOfBirth | 1998-02-11 | 2002-07-25 | 1995-12-03
    geslacht | - | M | V | M
    licentie_actief | - | true | true | false
    heeft_startverbod | - | false | false | true
    fit_to_fight | - | true | true | false
    nulmeting_discipline | - | kickboksen | muay thai | mma
    nulmeting_klasse | - | C | B | C
    berekende_klasse | - | B | B | C
    mma_level | - | "" | "" | amateur
    primary_discipline | - | kickboksen | muay thai | mma
    last_scraped_at | - | 2025-05-01T04:00:12Z | 2025-05-01T04:00:12Z | 2025-05-01T04:00:13Z
  `),
  set({ id: 'nl-be-klanten-testdata-generator-gemeente', kind: 'Belgian web shop exercise\'s generated customers file (customer id, surname, first name, street, house number, postcode, municipality, birth date, sex, e-mail, password)', lang: 'nl', defaultCountry: 'BE', source: 'index:45303453658 (a test data generator writing klant.csv, Java)' }, `
    KlantID | externalId | 1 | 2 | 3
    # "Naam" next to "Voornaam" is the last name.
    Naam | lastName | Peeters | Janssens | Maes
    Voornaam | firstName | Wout | Lien | Arne
    Straat | address1 | Kerkstraat | Meir | Bruul
    Huisnummer | - | 12 | 45 | 8
    Postcode | postalCode | 9000 | 2000 | 2800
    Gemeente | city | Gent | Antwerpen | Mechelen
    Geboortedatum | dateOfBirth | 1990-04-12 | 1985-09-30 | 2001-01-15
    Geslacht | - | M | V | M
    Email | email | wout.peeters@example.be | lien.janssens@example.com | arne.maes@example.be
    Wachtwoord | - | welkom123 | geheim456 | wachtwoord9
  `),
  set({ id: 'nl-be-schuttersgilde-schutters-csv-boog', kind: 'Flemish archery guild competition app\'s archers file (first name, surname, guild, bow type, age category, sex, distance)', lang: 'nl', defaultCountry: 'BE', source: 'index:55084324081 (an archery scoring app\'s README, CSV format)' }, `
    voornaam | firstName | Jef | Marie | Stan
    naam | lastName | Janssen | Peeters | Wouters
    # The guild the archer shoots for is a group the person belongs to: Tags.
    gilde_naam | tags | Gilde De Gulden Pijl | Gilde De Gulden Pijl | Sint-Sebastiaansgilde
    type_boog | - | Recurve | Compound | Barebow
    leeftijdscategorie | - | Senior | Senior | Junior
    geslacht | - | M | V | M
    afstand | - | 25 | 25 | 18
  `),
  set({ id: 'nl-zweefvliegclub-aanwezige-leden-velden', kind: 'gliding club system\'s present-members list, the fields a duty-roster script asks for (first name, name, e-mail, member type id and member type)', lang: 'nl', defaultCountry: 'NL', source: 'index:21143070039 (a gliding club\'s daily mail script using its club system\'s API, PHP)' }, `
    VOORNAAM | firstName | Hidde | Marloes | Pieter
    NAAM | lastName | Zijlstra | van Dam | Oosterhuis
    EMAIL | email | hidde.z@example.nl | marloes.vandam@example.com | p.oosterhuis@example.nl
    # The member type is the kind of membership the member is filed under (Tags); its numeric id beside it is not
    # imported.
    LIDTYPE_ID | - | 601 | 602 | 606
    LIDTYPE | tags | Lid | Jeugdlid | Donateur
  `),
  set({ id: 'nl-be-toneel-tickets-reservaties-herinnering', kind: 'Flemish theatre company\'s ticket reservations selected for a payment reminder (reservation id, date, first name, name, e-mail, number of tickets)', lang: 'nl', defaultCountry: 'BE', source: 'index:1337065011 (a ticket reservation reminder job, PHP)' }, `
    id | - | 311 | 318 | 322
    datum | - | 2025-02-03 | 2025-02-04 | 2025-02-06
    voornaam | firstName | Hilde | Koen | Els
    naam | lastName | Verstraete | De Smet | Claes
    mail | email | hilde.verstraete@example.be | koen.desmet@example.com | els.claes@example.be
    aantal | - | 2 | 4 | 1
  `),
  set({ id: 'nl-be-toernooi-spelers-import-klas', kind: 'school chess tournament pairing app\'s players import from its README (first name, name, class)', lang: 'nl', defaultCountry: 'BE', source: 'index:34200659055 (a tournament pairing app\'s README, CSV format)' }, `
    Voornaam | firstName | Jan | Marie | Lars
    Naam | lastName | Janssen | Pieters | Willems
    Klas | - | 5A | 5B | 6A
  `),
  // ----------------------------------------------------------------------------------------------------- mixed
  set({ id: 'mixed-en-nl-webshop-klanten-straat-plaats', kind: 'Dutch web shop back office\'s customers list, English column names beside Dutch address columns in capitals (id, customer number, company, first and last name, street, town, postcode, phone, country, e-mail)', lang: 'mixed', defaultCountry: 'NL', source: 'index:35623039461 (a web shop back office\'s customers model, CodeIgniter PHP)' }, `
    # The table's own row id is not imported (like a row number); the customer number is the customer's id.
    id | - | 88 | 89 | 90
    customer_number | externalId | 200145 | 200146 | 200151
    company | companyName | Bloemenhuis Flora | "" | Techniek Van Rijn B.V.
    firstname | firstName | Ingrid | Mark | Ruud
    lastname | lastName | Smit | Koster | van Rijn
    STRAAT | address1 | Voorstraat 18 | Esdoornlaan 3 | Industrieweg 55
    PLAATS | city | Dordrecht | Apeldoorn | Rijswijk
    POSTCODE | postalCode | 3311 ER | 7314 BN | 2280 AB
    phone | phone | 078-6123456 | 06-51234567 | 070-3987654
    country | country | Nederland | Nederland | Nederland
    email_1 | email | info@bloemenhuisflora.example | mark.koster@example.nl | r.vanrijn@techniekvanrijn.example
  `),
  set({ id: 'mixed-de-en-profil-briefkopf-firma', kind: 'business app\'s user profile as its PDF letterhead code reads it, German and English column names (first and last name, e-mail, company name, the firm\'s street, postcode, town and phone, logo and signature data)', lang: 'mixed', defaultCountry: 'DE', source: 'index:70890095161 (a business app\'s PDF document page, React)' }, `
    vorname | firstName | Frank | Petra | Emre
    nachname | lastName | Lorenz | Haas | Çelik
    email | email | frank@lorenz-elektro.example | p.haas@example.de | emre@celik-fliesen.example
    company_name | companyName | Lorenz Elektrotechnik | Malerbetrieb Haas | Çelik Fliesen & Bad
    # The firm's address and phone are the only address and phone of the user: the contact's own.
    firma_strasse | address1 | Werkstraße 4 | Bahnhofstr. 27 | Gewerbering 9
    firma_plz | postalCode | 90411 | 33602 | 68219
    firma_ort | city | Nürnberg | Bielefeld | Mannheim
    firma_telefon | phone | 0911 5566778 | 0521 334455 | 0621 8899001
    logo_data | - | data:image/png;base64,iVBORw0KGgo= | "" | data:image/png;base64,iVBORw0KGgo=
    signature_data | - | data:image/png;base64,iVBORw0KGgo= | data:image/png;base64,iVBORw0KGgo= | ""
  `),
  set({ id: 'mixed-en-de-lanparty-user-export-titelzeilen', kind: 'LAN party software\'s guest export, a version line, the party\'s name, the export date and a blank line above the header; English column names with German plz and hnr (user id, e-mail, username, name, first name, sex, street, house number, postcode, city, pass number, password hash, user type, paid, seat control, clan and clan URL, league ids, check-in and check-out, sign-on date, seat block and seat, IP, comment)', lang: 'mixed', defaultCountry: 'DE', above: [['LanSuite 3.4 CSV Export'], ['Party: Nordlicht LAN 2024'], ['Exportdate: Samstag, 12. Oktober 2024 14:05'], []], source: 'index:30344166557 (a LAN party system\'s guest list export module, PHP)' }, `
    tmp userid | externalId | 12 | 57 | 103
    email | email | zockerjan@example.de | lisa.k@example.com | m.brandes@example.de
    username | - | JanTheMan | lisak | Brandy
    # "name" next to "firstname" is the surname.
    name | lastName | Hinrichs | Krämer | Brandes
    firstname | firstName | Jan | Lisa | Marvin
    sex | - | 1 | 2 | 1
    street | address1 | Lindenweg | Große Straße | Am Markt
    hnr | - | 7 | 112 | 3
    plz | postalCode | 26121 | 49074 | 27283
    city | city | Oldenburg | Osnabrück | Verden
    passnr/misc | - | "" | "" | ""
    md5pwd | - | 5f4dcc3b5aa765d61d8327deb882cf99 | e99a18c428cb38d5f260853678922e03 | 25d55ad283aa400af464c76d713c07ad
    usertype | - | 1 | 1 | 2
    paid | - | 1 | 0 | 1
    seatcontrol | - | 0 | 0 | 1
    # The clan is the team the player comes with: a group the person belongs to, Tags.
    clan | tags | Nordlichter | "" | Team Weser
    clanurl | - | https://nordlichter.example | "" | ""
    wwclid | - | "" | "" | 44812
    nglid | - | "" | "" | ""
    checkin | - | 1728722400 | 0 | 1728723011
    checkout | - | 0 | 0 | 0
    signondate | - | 1725100000 | 1726500000 | 1724000000
    seatblock | - | A | "" | B
    seat | - | 14 | "" | 3
    ip | - | 10.10.1.14 | "" | 10.10.2.3
    comment | - | "" | bringt Beamer mit | ""
  `),
  set({ id: 'mixed-en-de-ldap-benutzer-csv-plz', kind: 'user list a CSV-to-LDAP script reads, from its README: English column names with the German "PLZ", each line ending in a separator (first and last name, e-mail, description, password, gender, title, two address lines, postcode, city, country)', lang: 'mixed', defaultCountry: 'DE', source: 'index:16715622892 (an LDAP setup project\'s README, csv2ldap input format)' }, `
    Firstname | firstName | Hannes | Greta | Ole
    Lastname | lastName | Stein | Maurer | Jensen
    Email | email | hannes.stein@example.de | greta.m@example.com | ole.jensen@example.de
    Description | - | Entwicklung | Vertrieb | Praktikant
    Password | - | Geheim123 | Passw0rt! | Start2024
    Gender | - | m | w | m
    Title | - | Dr. | "" | ""
    Address1 | address1 | Holstenstraße 12 | Alte Gasse 3 | Fördeweg 8
    Address2 | - | "" | Hinterhaus | ""
    PLZ | postalCode | 24103 | 60311 | 24937
    City | city | Kiel | Frankfurt am Main | Flensburg
    Country | country | Deutschland | Deutschland | Deutschland
    "" | - | "" | "" | ""
  `),
  set({ id: 'mixed-en-de-praxis-empfaenger-patient-spalten', kind: 'physiotherapy practice app\'s patient columns for an invoice\'s recipient block, English and German column names (first and last name, title, birth date, street, postcode, city, insurance number, health insurer)', lang: 'mixed', defaultCountry: 'DE', source: 'index:70108736348 (a practice app\'s invoice recipient helper, JavaScript)' }, `
    first_name | firstName | Gisela | Rolf | Anja
    last_name | lastName | Kaiser | Meier | Brandt
    title | - | "" | Dr. | ""
    geburtsdatum | dateOfBirth | 1952-08-14 | 1967-03-02 | 1989-11-23
    street | address1 | Rosenweg 5 | Hauptstraße 120 | Am Stadtpark 9
    plz | postalCode | 79098 | 79102 | 79104
    city | city | Freiburg | Freiburg | Freiburg
    versichertennummer | - | A123456780 | B987654321 | C112233445
    krankenkasse | - | AOK Baden-Württemberg | BG ETEM | TK
  `),
];
