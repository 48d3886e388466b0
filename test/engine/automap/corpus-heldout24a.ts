// The twenty-fourth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German,
// Dutch and mixed-language files; the other half, corpus-heldout24b.ts, holds the other languages): SUMMARY
// from sources none of the other parts use, found in the public code index
// with find_string (exact header text, mostly as code writes it: quoted column lists in export routes, import
// templates and their tests, fixtures of HubSpot, Zoho, Salesforce, Pipedrive, Mailchimp, iContact and QuickBooks
// exports, lead managers and dialer lists, CRM and user tables; German, Austrian and Swiss member, club, customer,
// tenant, lead and contact lists, a contact manager's table and a sports team's roster; Dutch and Belgian customer,
// member, choir, teacher, booking, employee and mailing lists and invoicing clients) and written down, with the
// mapping a careful person would choose by the field definitions and the rules, BEFORE the mapper was run on
// them and without reading the lexicon or the mapper. "index:N" names the index file the header text was read from
// (the index does not name its repository); the kind says what the file is. Sample values are made up in the shape
// of each file's own (no personal data or example rows from the sources are copied). A header cell is copied as the
// source writes it (case, spaces, underscores); a field list is written as its field names (a layout description's
// remarks in brackets left out, a set's comment says where); a byte-order mark cannot be written in the table and
// is left out. Wide files are kept to their first columns, stopping at a column boundary. No set's headers repeat an
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
// The twenty-third part's first half made these choices more than once, kept here:
// - The number or id a person's row has in the file's own list (an employee number, a patient id, a customer id)
//   is the External ID; the id of an order, a request, an application or a sent mail is not imported.
// - An identity card number ("IDNumber", "id_nummer", BSN) is a national id: not imported.
// - Another person named in a row (a prescriber, a staff member following a lead up beside the owner column) is not
//   imported, nor are that person's e-mail and phone.
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - A HubSpot or Zoho "Record ID" of a contact or a lead is the External ID (another system's id of the person).
// - The company's website in a list whose rows are companies with a contact person is not imported (as above); a
//   LinkedIn or Twitter link is a link that is not the person's site.
// - A business address group beside a private one is an alternate address group: not imported; a business phone
//   or e-mail beside the private ones is an additional phone or e-mail.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout24' }, table);

export const HELDOUT24A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-chat-widget-leads-export-tags-status', kind: 'chat widget dashboard\'s leads CSV export (e-mail address, names, phone number, tags, status)', lang: 'en', source: 'index:26871756630 (a chat widget dashboard\'s leads and chats export, React TypeScript)' }, `
    Email Address | email | maya.lin@example.com | j.okafor@example.net | sam.reyes@example.org
    First Name | firstName | Maya | Joseph | Sam
    Last Name | lastName | Lin | Okafor | Reyes
    Phone Number | phone | +1 415 555 0134 | +1 646 555 0172 | ""
    Tags | tags | pricing, demo | support | ""
    Status | - | new | contacted | new
  `),
  set({ id: 'en-customer-export-mailchimp-format-ltv-tier', kind: 'shop\'s customer export in its Mailchimp format (e-mail address, names, phone, total spent, lifetime value tier)', lang: 'en', defaultCountry: 'RO', source: 'index:10485435169 (a shop\'s customer export in several tool formats, JavaScript)' }, `
    # "LTV Tier" files the customer under a spending class (Gold, Silver): a kind the contact is filed under, Tags.
    Email Address | email | andrei.pop@example.ro | ioana.m@example.com | vlad.stan@example.ro
    First Name | firstName | Andrei | Ioana | Vlad
    Last Name | lastName | Pop | Marin | Stan
    Phone | phone | +40 721 555 012 | +40 744 555 098 | ""
    Total Spent | - | 1840.50 | 312.00 | 95.90
    LTV Tier | tags | Gold | Silver | Bronze
  `),
  set({ id: 'en-crm-bindings-source-email-amount', kind: 'source file of a CRM field-binding pipeline\'s test (e-mail address, names, phone, amount)', lang: 'en', source: 'index:69670944148 (a CRM deliverables pipeline\'s binding tests, Python)' }, `
    Email Address | email | nina.park@example.com | leo.grant@example.com | ava.cole@example.net
    First Name | firstName | Nina | Leo | Ava
    Last Name | lastName | Park | Grant | Cole
    Phone | phone | +14155550142 | +14155550187 | +16505550119
    Amount | - | 25 | 140 | 60
  `),
  set({ id: 'en-contacts-export-mailchimp-header-tags', kind: 'contact exporter\'s Mailchimp format, the header its docs give (e-mail address, names, phone, tags)', lang: 'en', source: 'index:54862651870 (a contact exporter\'s documentation of its export formats)' }, `
    Email Address | email | rina.das@example.com | tom.wells@example.com | lia.chen@example.net
    First Name | firstName | Rina | Tom | Lia
    Last Name | lastName | Das | Wells | Chen
    Phone | phone | +15550100031 | +15550100047 | +15550100052
    Tags | tags | "campaign:spring,vip" | campaign:spring | winback
  `),
  set({ id: 'en-mailchimp-format-profession-twitter-linkedin', kind: 'contact import expecting a Mailchimp-style CSV, the format its import dialog shows (e-mail address, names, phone number, profession, company, Twitter, LinkedIn)', lang: 'en', defaultCountry: 'FR', source: 'index:55695572481 (a contact manager\'s import dialog with the expected Mailchimp format, React)' }, `
    Email Address | email | paul.girard@example.fr | ines.b@example.com | marc.lefevre@example.fr
    First Name | firstName | Paul | Inès | Marc
    Last Name | lastName | Girard | Benali | Lefèvre
    Phone Number | phone | 06 12 34 56 78 | 07 65 43 21 09 | ""
    Profession | - | Architecte | Consultante | Journaliste
    Company | companyName | Atelier Girard | Benali Conseil | ""
    Twitter | - | @pgirard | "" | @mlefevre
    Linkedin | - | https://www.linkedin.com/in/paulgirard | https://www.linkedin.com/in/inesbenali | ""
  `),
  set({ id: 'en-volunteer-list-mailchimp-zip-code', kind: 'local group\'s member list exported for Mailchimp (e-mail address, names, phone number, zip code)', lang: 'en', defaultCountry: 'FR', source: 'index:69477726366 (a local group\'s member list page with a Mailchimp export, React TypeScript)' }, `
    Email Address | email | odile.p@example.fr | karim.s@example.fr | julie.v@example.com
    First Name | firstName | Odile | Karim | Julie
    Last Name | lastName | Perrin | Saïdi | Vidal
    Phone Number | phone | 06 11 22 33 44 | "" | 07 55 66 77 88
    Zip Code | postalCode | 69003 | 69007 | 69100
  `),
  set({ id: 'en-zoho-leads-fixture-owner-street-description', kind: 'Zoho CRM leads export as a church management app\'s migration fixture has it (record id, lead owner, company, names, e-mail, phone, lead source and status, street, city, state, zip code, description)', lang: 'en', source: 'index:70340696859 (a church management app\'s Zoho import fixtures, Swift)' }, `
    Record Id | externalId | 4876876000000511 | 4876876000000512 | 4876876000000513
    Lead Owner | owner | Pat | Jordan | Pat
    Company | companyName | Grace Fellowship | "" | Eastside Chapel
    First Name | firstName | Ruth | Caleb | Naomi
    Last Name | lastName | Barnes | Hughes | Price
    Email | email | ruth.barnes@example.org | caleb.h@example.com | naomi@eastside.example
    Phone | phone | 614-555-0412 | 614-555-0477 | 740-555-0133
    Lead Source | source | Website | Event | Referral
    Lead Status | - | Contacted | Not Contacted | Qualified
    Street | address1 | 15 Elm St | 920 Oak Ave | 3 Church Rd
    City | city | Columbus | Dublin | Newark
    State | state | OH | OH | OH
    Zip Code | postalCode | 43215 | 43017 | 43055
    Description | - | Asked for demo | "" | Two campuses
  `),
  set({ id: 'en-quickbooks-customers-fields-vat', kind: 'QuickBooks customer list, the columns an accounting migration tool expects (customer, company, names, e-mail, phone, address, city, country, zip, VAT/tax number)', lang: 'en', defaultCountry: 'GB', source: 'index:52563098088 (an accounting migration tool\'s source definitions, QuickBooks fields, TypeScript)' }, `
    # "Customer" is QuickBooks' display name of the customer, beside first and last name columns: the Name as well.
    Customer | name | Amy Hollis | Hollow Tree Cafe | Raj Patel
    Company | companyName | "" | Hollow Tree Cafe Ltd | Patel Pharmacy
    First Name | firstName | Amy | Dan | Raj
    Last Name | lastName | Hollis | Price | Patel
    Email | email | amy.hollis@example.co.uk | dan@hollowtree.example | raj@patelpharmacy.example
    Phone | phone | 07700 900123 | 0161 496 0321 | 0113 496 0789
    Address | address1 | 4 Kings Rd | 22 High St | 9 Market Pl
    City | city | Brighton | Manchester | Leeds
    Country | country | United Kingdom | United Kingdom | United Kingdom
    Zip | postalCode | BN1 2AB | M4 1HQ | LS1 6DT
    VAT/Tax Number | - | "" | GB123456789 | GB987654321
  `),
  set({ id: 'en-dialer-prospects-header-fields-website', kind: 'cold-calling dialer\'s prospect sheet, its default header fields (company, names, e-mail, industry, phone, city, state, website)', lang: 'en', source: 'index:12718159574 (a cold-calling dialer app\'s configuration, Python)' }, `
    # The website is the prospect company's (the rows are businesses called with a person's name): not imported.
    Company | companyName | Sunset Plumbing | Peak Dental | Riverbend Auto
    First Name | firstName | Gary | Lisa | Manny
    Last Name | lastName | Holt | Tran | Ortega
    Email | email | gary@sunsetplumbing.example | lisa@peakdental.example | manny@riverbendauto.example
    Industry | - | Plumbing | Dentist | Auto Repair
    Phone | phone | (480) 555-0144 | (602) 555-0177 | (520) 555-0102
    City | city | Mesa | Phoenix | Tucson
    State | state | AZ | AZ | AZ
    Website | - | sunsetplumbing.example | peakdental.example | riverbendauto.example
  `),
  set({ id: 'en-odoo-referral-leads-contact-name-mobile', kind: 'referral form\'s Odoo-compatible lead CSV, the exact headers its spec gives (name, company name, contact name, e-mail, job position, phone, mobile, notes)', lang: 'en', defaultCountry: 'CO', source: 'index:52734664933 (a referral form\'s specification, Odoo CSV export, Markdown)' }, `
    # "Name" is the lead's title ("Referido: …"), not the person's: not imported; "Contact Name" is the Name.
    Name | - | Referido: Laura Gómez | Referido: Andrés Ruiz | Referido: Camila Torres
    Company Name | companyName | Gómez Textiles | Ruiz Logística | ""
    Contact Name | name | Laura Gómez | Andrés Ruiz | Camila Torres
    Email | email | laura@gomeztextiles.example | andres.ruiz@example.co | camila.t@example.com
    Job Position | - | Gerente | Director de operaciones | ""
    Phone | phone | 6015551234 | 6045559876 | ""
    Mobile | additionalPhones | 3105551234 | "" | 3155550987
    Notes | - | Referida por cliente | "" | Llamar en la tarde
  `),
  set({ id: 'en-in-caterers-verified-leads-location-role', kind: 'sales dashboard\'s verified leads CSV for Mumbai caterers (company name, contact name, e-mail, phone, location, category, role, website, estimated value, notes)', lang: 'en', defaultCountry: 'IN', source: 'index:61857058362 (a sales dashboard\'s lead import with a verified sample, React TypeScript)' }, `
    # The rows are businesses with a contact person: the business's website is not imported; "Location" is free-form.
    Company Name | companyName | Shree Caterers | Mehta Sweets & Snacks | Coastal Kitchen
    Contact Name | name | Ramesh Iyer | Kunal Mehta | Sneha Kulkarni
    Email | email | orders@shreecaterers.example | kunal@mehtasweets.example | sneha@coastalkitchen.example
    Phone | phone | +91 98200 11223 | +91 98670 44556 | +91 99300 77889
    Location | - | Dadar West Mumbai | Ghatkopar East Mumbai | Bandra West Mumbai
    Category | tags | Caterer | Sweets | Restaurant
    Role | - | Owner | Partner | Manager
    Website | - | shreecaterers.example | mehtasweets.example | ""
    Estimated Value | - | 45000 | 20000 | 60000
    Notes | - | Weddings mainly | "" | Open to tasting
  `),
  set({ id: 'en-lead-import-sample-deal-value-status', kind: 'lead tracker\'s sample CSV download for its import modal (company name, contact name, e-mail, phone, location, category, deal value, status, notes)', lang: 'en', source: 'index:71532866514 (a lead tracker\'s import modal with a sample CSV, React)' }, `
    Company Name | companyName | Brightline Media | Coldwater Labs | Pinecrest Realty
    Contact Name | name | Alana Reed | Victor Huang | Jess Morgan
    Email | email | alana@brightline.example | victor@coldwaterlabs.example | jess@pinecrest.example
    Phone | phone | +1 555-0143 | +1 555-0177 | +1 555-0120
    Location | - | Austin US | Denver US | Boise US
    Category | tags | Media | SaaS | Real Estate
    Deal Value | - | 8000 | 22000 | 5000
    Status | - | new | contacted | new
    Notes | - | Met at webinar | Needs SSO | ""
  `),
  set({ id: 'en-in-clinic-leads-expected-format-priority', kind: 'healthcare sales CRM\'s expected lead CSV format (company name, contact name, e-mail, phone, source, value, priority)', lang: 'en', defaultCountry: 'IN', source: 'index:54388237233 (a healthcare sales CRM\'s lead import page, React TypeScript)' }, `
    Company Name | companyName | CarePoint Clinic | Sunrise Diagnostics | Apollo Dental Studio
    Contact Name | name | Dr. Meera Joshi | Anil Kapoor | Dr. Farah Khan
    Email | email | meera@carepoint.example | anil@sunrisediag.example | farah@apollodental.example
    Phone | phone | 9876501234 | 9812309876 | 9900112233
    Source | source | REFERRAL | WEBSITE | COLD_CALL
    Value | - | 40000 | 25000 | 60000
    Priority | - | HOT | WARM | COLD
  `),
  set({ id: 'en-plumbers-csv-cell-other-phone-wholesaler', kind: 'plumbing supplier app\'s plumber list CSV, its header in the model spec (company name, contact name, e-mail, phone, address, city, state, zip, cell, fax, other phone, wholesaler, added date, exported flag)', lang: 'en', source: 'index:18617874476 (a plumbing supplier app\'s plumber model spec, Ruby)' }, `
    # "Wholesaler" is the supplier the plumber buys from (another company): not imported.
    Company Name | companyName | Rivera Plumbing | A-1 Drain Pros | Klein & Sons Plumbing
    Contact Name | name | Luis Rivera | Dave Carter | Martin Klein
    Email | email | luis@riveraplumbing.example | dave@a1drain.example | ""
    Phone | phone | 305-555-0141 | 954-555-0178 | 561-555-0102
    Address | address1 | 1200 NW 7th St | 45 Commerce Way | 88 Federal Hwy
    City | city | Miami | Pompano Beach | Boca Raton
    State | state | FL | FL | FL
    Zip | postalCode | 33125 | 33064 | 33432
    Cell | additionalPhones | 305-555-0199 | "" | 561-555-0190
    Fax | - | "" | 954-555-0179 | ""
    Other Phone | additionalPhones | "" | "" | 561-555-0111
    Wholesaler | - | Ferguson | Hughes Supply | Ferguson
    Added Date | - | 2011-03-04 | 2011-03-09 | 2011-04-01
    Previously Exported | - | false | true | false
  `),
  set({ id: 'en-lead-gen-export-icp-score-company-size', kind: 'lead generation app\'s leads CSV export (company name, contact name, e-mail, phone, industry, company size, source, ICP score, created at)', lang: 'en', source: 'index:53857716607 (a lead generation app\'s leads page, CSV export, React TypeScript)' }, `
    Company Name | companyName | Vantage Freight | Copperleaf Health | Nimbus Apps
    Contact Name | name | Owen Hart | Dana Whitlock | Priya Sethi
    Email | email | owen@vantagefreight.example | dana@copperleaf.example | priya@nimbusapps.example
    Phone | phone | +1 312 555 0144 | "" | +1 415 555 0133
    Industry | - | Logistics | Healthcare | Software
    Company Size | - | 51-200 | 201-500 | 11-50
    Source | source | apollo | website | linkedin
    ICP Score | - | 87 | 72 | 64
    Created At | - | 2025-05-02T10:14:00Z | 2025-05-03T08:20:00Z | 2025-05-06T16:45:00Z
  `),
  set({ id: 'en-csv-guide-quoted-company-contact-4', kind: 'CSV import guide\'s standard quoted example for a lead importer (company name, contact name, e-mail, phone)', lang: 'en', source: 'index:57953810200 (a CRM\'s CSV format guide, Markdown)' }, `
    Company Name | companyName | Harbor Signs | Tallgrass Coffee | Bluefin Marine
    Contact Name | name | Ruth Collins | Andre Baptiste | Kai Nakamura
    Email | email | ruth@harborsigns.example | andre@tallgrass.example | kai@bluefinmarine.example
    Phone | phone | +1-555-2104 | +1-555-3318 | +1-555-4472
  `),
  set({ id: 'en-towing-providers-export-rating-vehicles', kind: 'towing dispatch admin\'s provider CSV export (id, company name, contact name, e-mail, phone, city, state, rating, vehicles, status)', lang: 'en', source: 'index:47374998572 (a towing dispatch admin controller, provider export, Spring Java)' }, `
    ID | externalId | 11 | 12 | 13
    Company Name | companyName | Lone Star Towing | Metro Recovery | Gulf Coast Wreckers
    Contact Name | name | Bobby Ray Hill | Tanya Brooks | Hector Salinas
    Email | email | bobby@lonestartow.example | tanya@metrorecovery.example | hector@gulfwreckers.example
    Phone | phone | (214) 555-0121 | (713) 555-0184 | (361) 555-0166
    City | city | Dallas | Houston | Corpus Christi
    State | state | TX | TX | TX
    Rating | - | 4.7 | 4.2 | 4.9
    Vehicles | - | 6 | 12 | 3
    Status | - | active | active | pending
  `),
  set({ id: 'en-crm-e2e-lead-import-source', kind: 'CRM\'s lead import file in its end-to-end workflow test (company name, contact name, e-mail, phone, source)', lang: 'en', source: 'index:66238162067 (a CRM\'s end-to-end workflow tests, lead CSV import, TypeScript)' }, `
    Company Name | companyName | Redwood Dental | Summit Roofing | Oakline Legal
    Contact Name | name | Grace Holt | Marcus Flynn | Nora Patel
    Email | email | grace@redwooddental.example | marcus@summitroofing.example | nora@oaklinelegal.example
    Phone | phone | +1-555-7001 | +1-555-7002 | +1-555-7003
    Source | source | website | referral | trade show
  `),
  set({ id: 'en-investor-list-odoo-format-external-id-16', kind: 'investor list scraper\'s Odoo-compatible contact CSV (external id, name, company name, contact name, e-mail, job position, phone, mobile, street, street 2, city, state, zip, country, website, notes)', lang: 'en', source: 'index:11612060950 (an investor list scraper\'s README, output formats)' }, `
    # "Name" and "Contact Name" both hold the person's name: the first is the Name, the second not imported. The
    # website is the investor's own (a person's row): the Website.
    External ID | externalId | 1 | 2 | 3
    Name | name | Rachel Stein | Tomás Ortega | Wei Zhang
    Company Name | companyName | Stein Capital | Ortega Ventures | Lotus Seed Fund
    Contact Name | - | Rachel Stein | Tomás Ortega | Wei Zhang
    Email | email | rachel@steincap.example | tomas@ortegavc.example | wei@lotusseed.example
    Job Position | - | Managing Partner | Investor | Principal
    Phone | phone | "" | +1 415 555 0190 | ""
    Mobile | additionalPhones | "" | "" | +1 650 555 0122
    Street | address1 | 500 Howard St | "" | 2800 Sand Hill Rd
    Street2 | - | Suite 300 | "" | ""
    City | city | San Francisco | "" | Menlo Park
    State | state | CA | "" | CA
    Zip | postalCode | 94105 | "" | 94025
    Country | country | United States | United States | United States
    Website | website | https://steincap.example | https://ortegavc.example | https://lotusseed.example
    Notes | - | "Focus Areas: AI; Stage: Seed" | "Focus Areas: Fintech" | ""
  `),
  set({ id: 'en-outlook-contacts-export-32-home-business', kind: 'desktop mail client\'s contacts export as a phone app\'s import test writes it (names, title, suffix, nickname, three e-mail addresses, home, business and mobile phones, business fax, company, job title, department, home and business address groups, web page, birthday, anniversary, spouse, notes, categories)', lang: 'en', defaultCountry: 'FI', source: 'index:71518587879 (a phone app\'s contact import tests, Kotlin)' }, `
    # Typed phones only: the mobile is the main phone, home and business phones additional. The home address group
    # is the person's own; the business group is an alternate one: not imported.
    First Name | firstName | Aino | Mikko | Sara
    Middle Name | - | "" | Juhani | ""
    Last Name | lastName | Virtanen | Korhonen | Nieminen
    Title | - | Ms. | Mr. | ""
    Suffix | - | "" | Jr. | ""
    Nickname | - | "" | Mikki | ""
    E-mail Address | email | aino.virtanen@example.fi | mikko.k@example.com | sara.nieminen@example.fi
    E-mail 2 Address | additionalEmails | aino@work.example | "" | ""
    E-mail 3 Address | additionalEmails | "" | "" | ""
    Home Phone | additionalPhones | +358 9 555 0101 | "" | ""
    Business Phone | additionalPhones | +358 9 555 0202 | +358 9 555 0303 | ""
    Mobile Phone | phone | +358 40 555 0404 | +358 50 555 0505 | +358 44 555 0606
    Business Fax | - | "" | +358 9 555 0304 | ""
    Company | companyName | Nordic Pulp Oy | Korhonen Design | ""
    Job Title | - | Analyst | Founder | ""
    Department | - | Finance | "" | ""
    Home Street | address1 | Mannerheimintie 12 | Hämeenkatu 5 | Aleksanterinkatu 20
    Home City | city | Helsinki | Tampere | Turku
    Home State | state | Uusimaa | Pirkanmaa | Varsinais-Suomi
    Home Postal Code | postalCode | 00100 | 33100 | 20100
    Home Country/Region | country | Finland | Finland | Finland
    Business Street | - | Keilaranta 1 | Satakunnankatu 18 | ""
    Business City | - | Espoo | Tampere | ""
    Business State | - | Uusimaa | Pirkanmaa | ""
    Business Postal Code | - | 02150 | 33210 | ""
    Business Country/Region | - | Finland | Finland | ""
    Web Page | website | "" | https://korhonendesign.example | ""
    Birthday | dateOfBirth | 3/14/1988 | 11/2/1979 | 7/30/1995
    Anniversary | - | "" | 6/1/2005 | ""
    Spouse | - | "" | Laura | ""
    Notes | - | Met at conference | "" | ""
    Categories | tags | Work;Finance | Clients | Friends
  `),
  set({ id: 'en-procore-directory-export-trades-cost-codes-22', kind: 'construction platform\'s project directory export as a contractor\'s migration notes list its exact header (person or vendor, id, names, company, job title, country, address, city, state, zip, business and mobile phones, fax, e-mail, tags, project roles, trades, permission template, cost code lists)', lang: 'en', source: 'index:61547914743 (a contractor\'s data migration notes, Procore directory export, Markdown)' }, `
    # "Person/Vendor" says which kind of record the row is: a kind the contact is filed under, Tags. Typed phones
    # only: the mobile is the main phone. "Trade(s)" is what the vendor does (like an industry): not imported.
    Person/Vendor | tags | Person | Vendor | Person
    Id | externalId | 58211 | 58212 | 58213
    First Name | firstName | Carl | Denise | Raul
    Last Name | lastName | Mendoza | Fraser | Ibarra
    Company | companyName | Mendoza Concrete | Fraser Electric | Ibarra Drywall
    Job Title | - | Superintendent | Owner | Foreman
    Country | country | US | US | US
    Address | address1 | 410 Industrial Blvd | 77 Circuit Ave | 2901 Mesa Dr
    City | city | Fresno | Visalia | Fresno
    State | state | CA | CA | CA
    Zip | postalCode | 93706 | 93291 | 93710
    Business Phone | additionalPhones | (559) 555-0131 | (559) 555-0162 | ""
    Mobile Phone | phone | (559) 555-0132 | (559) 555-0163 | (559) 555-0194
    Fax Number | - | "" | (559) 555-0164 | ""
    Email | email | carl@mendozaconcrete.example | denise@fraserelectric.example | raul@ibarradrywall.example
    Tags/Keywords | tags | concrete | electrical;preferred | drywall
    Project Roles | - | Superintendent | "" | ""
    Trade(s) | - | Concrete | Electrical | Drywall
    Permission Template | - | Subcontractor | Subcontractor | Subcontractor
    Standard Cost Code List | - | Default | Default | Default
    Old Sage 100 Contractor Standard Cost Codes | - | 03-300 | 26-000 | 09-250
    Sage 100 Contractor Standard Cost Codes | - | 03-3000 | 26-0000 | 09-2500
  `),
  set({ id: 'en-vcard-page-outlook-csv-tty-formatted-address', kind: 'digital business card page\'s Outlook-style CSV download (name, e-mail address, business and mobile phones, business fax, TTY/TDD phone, job title, company, formatted address, web page, notes)', lang: 'en', source: 'index:29385602314 (a digital business card page\'s contact download, React)' }, `
    # Typed phones only: the mobile is the main phone; the business and TTY/TDD phones are additional ones. The
    # formatted address is the whole address in one column, the only one: the Address line.
    Name | name | Dr. Helen Park | Marco Ruiz | Janet Okoye
    E-mail Address | email | helen.park@example.org | marco.ruiz@example.com | janet.okoye@example.gov
    Business Phone | additionalPhones | 608-555-0140 | 608-555-0171 | 608-555-0102
    Mobile Phone | phone | 608-555-0141 | 608-555-0172 | ""
    Business Fax | - | 608-555-0149 | "" | ""
    TTY/TDD Phone | additionalPhones | "" | "" | 608-555-0109
    Job Title | - | Director | Sales Lead | Program Manager
    Company | companyName | Lakeside Clinic | Ruiz Motors | State Housing Office
    Address 1 - Formatted | address1 | 12 Lake St Madison WI 53703 | 400 E Main St Madison WI 53703 | 1 W Wilson St Madison WI 53703
    Web Page | website | https://lakesideclinic.example | "" | ""
    Notes | - | "" | Call after 3pm | ""
  `),
  set({ id: 'en-au-eloqua-contacts-download-sfdc-id-18', kind: 'bank marketing tool\'s contact download for Eloqua (e-mail address, Salesforce contact id, names, company, customer code, job title, department, business and mobile phones, mail flag, three address lines, city, postcode, country, ISO country)', lang: 'en', defaultCountry: 'AU', source: 'index:40154822923 (a bank marketing tool\'s CSV download script, PHP)' }, `
    # "ANZ_SFDC_Contact ID" is another system's id of the person: the External ID; the customer code is the
    # account's: not imported. Typed phones only: the mobile is the main phone. "ISO Country" is a second copy of the
    # country: not imported.
    Email Address | email | karen.lowe@example.com.au | james.tan@example.co.nz | mia.rossi@example.com.au
    ANZ_SFDC_Contact ID | externalId | 0039000000AbCdE | 0039000000FgHiJ | 0039000000KlMnO
    First Name | firstName | Karen | James | Mia
    Last Name | lastName | Lowe | Tan | Rossi
    Company | companyName | Lowe Farms Pty Ltd | Tan Imports Ltd | Rossi Wines
    ANZ_Masterpack_customer_code | - | MP10021 | MP20455 | MP10987
    job title | - | Director | Finance Manager | Owner
    Department | - | "" | Finance | ""
    Business Phone | additionalPhones | 02 5550 1234 | 09 555 0123 | ""
    Mobile Phone | phone | 0412 555 678 | 021 555 0456 | 0433 555 901
    ANZ_Mail Flag | - | Y | N | Y
    Address 1 | address1 | 14 Station Rd | 3 Queen St | 220 Barossa Valley Way
    Address 2 | - | "" | Level 4 | ""
    Address 3 | - | "" | "" | ""
    City | city | Wagga Wagga | Auckland | Tanunda
    Zip or Postal Code | postalCode | 2650 | 1010 | 5352
    Country | country | Australia | New Zealand | Australia
    ISO Country | - | AU | NZ | AU
  `),
  set({ id: 'en-elixir-csv-macro-doc-surname-given-groups', kind: 'contact CSV export a data library\'s docs show (surname, given name, category, groups, home, business and mobile phones)', lang: 'en', source: 'index:7909040908 (a contacts CSV export module\'s documentation, Elixir)' }, `
    # Typed phones only: the mobile is the main phone, home and business phones additional.
    Surname | lastName | Pallister | Okoro | Brandt
    Given | firstName | Ruth | Emeka | Lena
    Category | tags | R&D | Sales | Support
    Groups | tags | Group 1;Group 2 | Group 2 | ""
    Home Phone | additionalPhones | 555-555-0101 | "" | 555-555-0109
    Business Phone | additionalPhones | 555-555-0102 | 555-555-0105 | ""
    Mobile Phone | phone | 555-555-0103 | 555-555-0106 | 555-555-0110
  `),
  set({ id: 'en-sms-tool-outlook-style-import-country', kind: 'SMS tool\'s Outlook-style contact file in its guide (names, company, business and mobile phones, home country, e-mail address)', lang: 'en', source: 'index:71239107938 (an SMS tool\'s usage guide, contact import formats)' }, `
    # Typed phones only: the mobile is the main phone, the business phone additional.
    First Name | firstName | Petra | Kemal | Joy
    Last Name | lastName | Lind | Aydın | Mensah
    Company | companyName | Fabrikam | Contoso | ""
    Business Phone | additionalPhones | 425-555-0134 | 0212 555 0199 | ""
    Mobile Phone | phone | +1 425 555 0135 | "" | +233 24 555 0123
    Home Country/Region | country | United States | Turkey | Ghana
    E-mail Address | email | petra.lind@fabrikam.example | kemal@contoso.example | joy.mensah@example.com
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-bookline-adressen-telefon2-www', kind: 'bookshop software\'s address table as its insert lists it (salutation, first name, last name, street, postcode, town, country, e-mail, phone, second phone, fax, web, company)', lang: 'de', defaultCountry: 'DE', source: 'index:12625764992 (a bookshop software\'s address functions, PHP)' }, `
    ANREDE | - | Herr | Frau | Frau
    VORNAME | firstName | Walter | Heike | Doris
    NACHNAME | lastName | Brenner | Jansen | Pohl
    STRASSE | address1 | Lindenallee 4 | Am Markt 17 | Bahnhofstr. 3
    PLZ | postalCode | 37073 | 26122 | 06108
    ORT | city | Göttingen | Oldenburg | Halle
    LAND | country | Deutschland | Deutschland | Deutschland
    EMAIL | email | w.brenner@example.de | heike.jansen@example.de | ""
    TELEFON | phone | 0551 123456 | 0441 987654 | 0345 222333
    TELEFON2 | additionalPhones | 0171 2233445 | "" | ""
    FAX | - | 0551 123457 | "" | ""
    WWW | website | www.brenner-verlag.example | "" | ""
    FIRMA | companyName | Brenner Verlag | "" | Antiquariat Pohl
  `),
  set({ id: 'de-kontaktmanager-privat-geschaeftlich-22', kind: 'contact manager app server\'s contact table as its insert lists it (salutation id, names, private street, postcode, town, phone, mobile and e-mail, birth date, gender, marital status, nationality and religion ids, company, business street, postcode, town, phone, mobile and e-mail, user id)', lang: 'de', defaultCountry: 'DE', source: 'index:71052104267 (a contact manager app server\'s contact sync, Delphi)' }, `
    # The private columns are the person's own; the business address group is an alternate one: not imported; the
    # business phone, mobile and e-mail are additional ones. "ID_Benutzer" is the app user's row id: not imported.
    ID_Anrede | - | 1 | 2 | 2
    Vorname | firstName | Gerd | Martina | Svenja
    Nachname | lastName | Hoffmann | Lehmann | Kuhn
    Strasse_Privat | address1 | Birkenweg 9 | Parkstr. 21 | Am Anger 3
    PLZ_Privat | postalCode | 44137 | 45127 | 44787
    Ort_Privat | city | Dortmund | Essen | Bochum
    Telefon_Privat | phone | 0231 445566 | 0201 778899 | ""
    Handy_privat | additionalPhones | 0171 1234567 | "" | 0152 7654321
    E_Mail_Privat | email | gerd.hoffmann@example.de | m.lehmann@example.de | svenja.kuhn@example.de
    Geburtsdatum | dateOfBirth | 14.02.1971 | 03.09.1983 | 22.12.1990
    ID_Geschlecht | - | 1 | 2 | 2
    ID_Familienstand | - | 2 | 1 | 1
    ID_Staatsangehoerigkeit | - | 1 | 1 | 1
    ID_Konfession | - | 3 | 1 | 0
    Firma | companyName | Hoffmann Versicherungen | Stadtwerke Essen | ""
    Strasse_Ges | - | Königswall 2 | Rüttenscheider Str. 27 | ""
    PLZ_Ges | - | 44137 | 45128 | ""
    Ort_Ges | - | Dortmund | Essen | ""
    Telefon_Ges | additionalPhones | 0231 998877 | 0201 1234-56 | ""
    Handy_Ges | additionalPhones | 0171 7654321 | "" | ""
    E_Mail_Ges | additionalEmails | g.hoffmann@hoffmann-vers.example | martina.lehmann@stadtwerke.example | ""
    ID_Benutzer | - | 4 | 4 | 4
  `),
  set({ id: 'de-personal-beispielzeilen-ohne-kopf', kind: 'staff table\'s sample rows of a PHP course exercise, rows without a header row (salutation, first name, last name, postcode, town, salary)', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'index:9422489176 (a PHP exercise creating and filling a staff table)' }, `
    "" | - | Frau | Herr | Frau
    "" | firstName | Lea | Arne | Sibel
    "" | lastName | Marx | Köhler | Aksoy
    "" | postalCode | 22083 | 22297 | 20095
    "" | city | Hamburg | Hamburg | Hamburg
    "" | - | 3100 | 2850 | 4200
  `),
  set({ id: 'de-mieter-csv-kaltmiete-kaution-iban', kind: 'property manager\'s tenant CSV as a loader\'s model detection test lists its header (id, salutation, names, e-mail, phone, unit and owner ids, lease start and end, rent, service charge advance, deposit, IBAN, BIC, language)', lang: 'de', defaultCountry: 'DE', source: 'index:52040378012 (a property manager\'s CSV model detection check, Python)' }, `
    id | externalId | 301 | 302 | 303
    anrede | - | Herr | Frau | Frau
    vorname | firstName | Timo | Katja | Derya
    nachname | lastName | Roth | Engel | Polat
    email | email | timo.roth@example.de | katja.engel@example.de | ""
    telefon | phone | 0711 2233445 | 0176 55443322 | 0711 9988776
    einheit_id | - | 12 | 14 | 15
    eigentuemer_id | - | 3 | 3 | 5
    mietbeginn | - | 2021-04-01 | 2019-10-01 | 2024-01-01
    mietende | - | "" | "" | ""
    kaltmiete | - | 780.00 | 1120.00 | 650.00
    nk_vorauszahlung | - | 180.00 | 240.00 | 150.00
    kaution | - | 2340.00 | 3360.00 | 1950.00
    iban | - | DE12500105170648489890 | DE75512108001245126199 | ""
    bic | - | INGDDEFFXXX | SOGEDEFFXXX | ""
    sprache | - | de | de | tr
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-be-mailinglijst-email-voornaam-naam', kind: 'Belgian newsletter tool\'s list import, the format its form shows (e-mail, first name, name)', lang: 'nl', defaultCountry: 'BE', source: 'index:67226215319 (a newsletter tool\'s list import form, React TypeScript)' }, `
    email | email | jan.peeters@example.be | els.maes@example.be | koen.jacobs@example.be
    voornaam | firstName | Jan | Els | Koen
    naam | lastName | Peeters | Maes | Jacobs
  `),
  // ------------------------------------------------------------------------------------------- Mixed languages
];
