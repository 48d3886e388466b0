// The twenty-fifth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch
// and mixed-language files; the other half, corpus-heldout25b.ts, holds Spanish, Portuguese, French, Italian and
// other English files): 62 header sets (564 columns, 362 of them expected to map; 25 English, 18 German, 13 Dutch,
// 6 mixed; 2 files without a header row, 3 with a title line, a shop name or a blank line above it; 3 sets of 20 to 24
// columns) from sources none of the other parts use, found in the public code index with find_string (exact header
// text of CRM, newsletter and shop-app contact exports and imports (Mailchimp, Shopify apps, Brevo, ClubDesk, cobra,
// Papierkram), importer tests and templates, member, club, care-service and school lists, database tables and model
// bindings) and written down, with the
// mapping a careful person would choose by the field definitions and the rules, BEFORE the mapper was run on
// them and without reading the lexicon or the mapper. "index:N" names the index file the header text was read from
// (the index does not name its repository); the kind says what the file is. Sample values are made up in the shape
// of each file's own (no personal data or example rows from the sources are copied). Wide files are kept to their
// first columns, stopping at a column boundary. No set's headers repeat an older part's (each was compared
// lower-cased; the files without a header row aside).
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
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - A full-name column next to first and last name columns is the Name as well.
// - A school class, a grade, a year group or a cohort is not imported; a column that names a group the person belongs
//   to (a team, a club, a group membership) is Tags. A role is not imported (like a job title).
// - Of two ids of the person, the first is the External ID and the other is not imported.
// - In a school or club list the pupil or member is the contact: parents' columns are not imported; in a list of
//   parents the parent is the contact.
// - A kind of membership ("Mitgliedsart", "lidmaatschapstype") is a category the member is filed under: Tags.
// - Tax and identity numbers, passwords and PINs are not imported; a login the person is filed under in another
//   program is the External ID, like a user id.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout25' }, table);

export const HELDOUT25A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-mailchimp-audience-export-migration', kind: 'Mailchimp audience export brought to a CRM\'s contact import (end-to-end test)', lang: 'en', source: 'index:54654930578 (a CRM\'s migration end-to-end test, Mailchimp export, TypeScript)' }, `
    Email Address | email | hollis.grey@example.com | m.sandoval@example.net | tkoenig@example.org
    First Name | firstName | Hollis | Maria | Tobias
    Last Name | lastName | Grey | Sandoval | Koenig
    Member Rating | - | 4 | 2 | 5
    OPTIN TIME | - | 2025-01-14 09:12:44 | 2025-02-03 18:40:02 | 2025-02-21 07:55:19
    STATUS | - | subscribed | unsubscribed | subscribed
  `),
  set({ id: 'en-pos-customer-list-excel-title-rows', kind: 'point-of-sale customer list Excel export with the shop name, a title and a time line above the header', lang: 'en', defaultCountry: 'BD', above: [['Rahman Traders'], ['Customer List'], ['Time: 14-05-2025 03:20 PM']], source: 'index:6021227524 (a POS app\'s customer list Excel export, PHP)' }, `
    SL | - | 1 | 2 | 3
    Name | name | Abdul Karim | Nasrin Akter | Sohel Rana
    Mobile | phone | 01711555123 | 01819555456 | 01912555789
    Area | - | Mirpur | Uttara | Dhanmondi
    Total Sale | - | 25400 | 8120 | 61300
    Sale Payment | - | 25000 | 8120 | 55000
    Sale Due | - | 400 | 0 | 6300
    Advance | - | 0 | 500 | 0
    Total Due | - | 400 | 0 | 6300
  `),
  set({ id: 'en-quickbooks-customer-list-preamble', kind: 'QuickBooks-style customer list with a report title, the store name and a blank line above the header', lang: 'en', defaultCountry: 'EG', above: [['Customer List'], ['Nile Scarf Store'], []], source: 'index:60942369886 (a store app\'s test of picking the import header row, JavaScript)' }, `
    Customer Name | name | Salma Fathy | Youssef Nabil | Dina Hamed
    Phone 1 | phone | 01012555670 | 01155555123 | 01222555908
    EMail | email | salma.f@example.com | "" | dina.hamed@example.net
    Notes | - | Wholesale | "" | Pays on delivery
  `),
  set({ id: 'en-shopify-sms-contacts-export-consent', kind: 'Shopify marketing app contacts export with consent and order totals', lang: 'en', source: 'index:18076935789 (a Shopify marketing app\'s contacts export route, TypeScript)' }, `
    First Name | firstName | Jenna | Malik | Rosa
    Last Name | lastName | Hart | Owens | Delgado
    Email | email | jenna.hart@example.com | malik.owens@example.net | rosa.d@example.org
    Phone | phone | +14045550137 | +17705550182 | ""
    Tags | tags | vip, repeat | newsletter | ""
    Segments | - | High spenders | Lapsed | New customers
    Email Consent | - | subscribed | unsubscribed | subscribed
    SMS Consent | - | subscribed | not_subscribed | not_subscribed
    Total Spent | - | 842.50 | 63.00 | 0.00
    Order Count | - | 11 | 1 | 0
    Last Order Date | - | 2025-06-02 | 2024-11-19 | ""
    Shopify Customer ID | externalId | 7214559823011 | 7214559823044 | 7214559823102
    Created At | - | 2023-02-14 | 2024-11-19 | 2025-06-20
    Updated At | - | 2025-06-02 | 2025-01-03 | 2025-06-20
  `),
  set({ id: 'en-texting-app-contacts-sample-line', kind: 'texting app\'s sample contacts file for a demo import (with the phone line to use)', lang: 'en', source: 'index:70487217710 (a texting app\'s sample CSV for imports, TypeScript)' }, `
    First name | firstName | Devon | Harriet | Kofi
    Last name | lastName | Ruiz | Lam | Mensah
    Email | email | devon.ruiz@example.com | harriet.lam@example.com | ""
    Phone | phone | (415) 555-0141 | (512) 555-0163 | (303) 555-0190
    Tags | tags | lead | "lead, webinar" | customer
    Company | companyName | Ruiz Landscaping | Lam Bakery | ""
    Line | - | 1 | 2 | 1
    Notes | - | Asked about pricing | "" | Prefers texts
  `),
  set({ id: 'en-crm-contacts-csv-template-tags-notes', kind: 'contacts import CSV template of a small CRM (tested)', lang: 'en', source: 'index:54011134964 (a CRM import service\'s tests, CSV template, TypeScript)' }, `
    First Name | firstName | Abby | Raul | Ken
    Last Name | lastName | Shore | Medina | Ito
    Email | email | abby.shore@example.com | raul.medina@example.com | ken.ito@example.net
    Phone | phone | 5551230147 | 5559870133 | ""
    Tags | tags | investor | seller | "buyer, vip"
    Notes | - | Great lead | Call back Monday | ""
  `),
  set({ id: 'en-follow-up-app-full-export-history', kind: 'personal follow-up app\'s full contacts export (next contact date and history)', lang: 'en', source: 'index:24812720644 (a follow-up app\'s settings screen, CSV export, JavaScript)' }, `
    First Name | firstName | Carmen | Liam | Aisha
    Last Name | lastName | Ortiz | Foley | Bello
    Email | email | carmen.ortiz@example.com | "" | aisha.bello@example.org
    Phone | phone | (602) 555-0114 | (480) 555-0129 | (623) 555-0176
    Tags | tags | family | work | church
    Next Contact | - | 2025-07-01 | 2025-06-15 | ""
    Notes | - | Birthday in July | Owes me a call | ""
    Contact History | - | 2025-05-02 call; 2025-05-20 text | 2025-04-11 lunch | ""
  `),
  set({ id: 'en-crm-import-guide-best-practice-csv', kind: 'CSV format example in a CRM integration guide (tags, source and a custom field)', lang: 'en', source: 'index:15617316319 (a CRM API integration guide, CSV best practices, Markdown)' }, `
    First Name | firstName | Ellen | Victor | Grace
    Last Name | lastName | Moss | Huang | Adeyemi
    Email | email | ellen.moss@example.com | victor.huang@example.com | grace.adeyemi@example.net
    Phone | phone | 5553217788 | 5556540011 | 5552223344
    Tags | tags | "Lead,Website" | "Customer,Referral" | Lead
    Source | source | Website Form | Referral | Facebook Ad
    Company | companyName | Moss Florals | Huang CPA | ""
    Custom Field 1 | - | Value A | Value B | ""
  `),
  set({ id: 'en-website-leads-dedup-export-submitted', kind: 'website form leads de-duplicated and exported for a CRM import (tags, source, submitted time)', lang: 'en', source: 'index:56931853005 (a script exporting website leads to CSV, TypeScript)' }, `
    First Name | firstName | Brent | Talia | Omar
    Last Name | lastName | Kessler | Nunez | Shah
    Email | email | brent.kessler@example.com | talia.nunez@example.com | omar.shah@example.net
    Phone | phone | 7025550118 | 7255550143 | ""
    Tags | tags | Website Lead | Website Lead | "Website Lead, Quote"
    Source | source | contact-form | quote-form | contact-form
    Submitted | - | 2025-03-04T16:22:10Z | 2025-03-06T09:01:44Z | 2025-03-09T20:15:31Z
  `),
  set({ id: 'en-shopify-app-contacts-export-placeholder', kind: 'Shopify messaging app contacts export (consent, spend and orders)', lang: 'en', source: 'index:18420118061 (a Shopify app\'s export route, empty CSV placeholder, TypeScript)' }, `
    First Name | firstName | Nora | Pete | Selin
    Last Name | lastName | Quinn | Alvarez | Arslan
    Email | email | nora.quinn@example.com | pete.alvarez@example.com | selin.arslan@example.org
    Phone | phone | +13125550101 | "" | +16175550177
    Tags | tags | wholesale | "" | vip
    Email Consent | - | true | false | true
    SMS Consent | - | false | false | true
    Total Spent | - | 1290.00 | 45.99 | 310.40
    Order Count | - | 8 | 1 | 4
    Last Order Date | - | 2025-05-28 | 2024-12-02 | 2025-06-11
  `),
  set({ id: 'en-email-list-export-contacts-status', kind: 'email marketing app, list contacts export', lang: 'en', source: 'index:28321512465 (an email marketing app\'s list page, export action, TypeScript)' }, `
    Email | email | m.bishop@example.com | zoe.ng@example.net | a.karlsson@example.org
    First Name | firstName | Miles | Zoe | Astrid
    Last Name | lastName | Bishop | Ng | Karlsson
    Company | companyName | Bishop Realty | "" | Nordlys AB
    Status | - | active | unsubscribed | bounced
  `),
  set({ id: 'en-billing-app-customer-import-template', kind: 'billing app\'s customer import template (tested parser)', lang: 'en', source: 'index:70707354643 (a billing app\'s customer import tests, TypeScript)' }, `
    Email | email | ap@harborfreight.example | billing@quillpress.example | sam.ortiz@example.com
    First Name | firstName | Dana | Luke | Sam
    Last Name | lastName | Harbor | Quill | Ortiz
    Company | companyName | Harbor Freight Co | Quill Press | ""
    Phone | phone | +1 206 555 0190 | +1 503 555 0144 | ""
  `),
  set({ id: 'en-contacts-api-export-position-tags', kind: 'contact manager API\'s CSV export (position, tags, status)', lang: 'en', source: 'index:67182651030 (a contact manager\'s export controller, JavaScript)' }, `
    Email | email | tina.cole@example.com | r.gupta@example.com | felix@example.org
    First Name | firstName | Tina | Rahul | Felix
    Last Name | lastName | Cole | Gupta | Braun
    Company | companyName | Cole Media | Gupta Systems | ""
    Phone | phone | 555-0142 | 555-0199 | 555-0123
    Position | - | Editor | CTO | Freelancer
    Tags | tags | press | "client, tech" | ""
    Status | - | active | active | archived
  `),
  set({ id: 'en-lead-routing-sample-test-leads', kind: 'sample test leads for a lead routing workflow, with the expected outcome', lang: 'en', source: 'index:66336884574 (a lead routing workflow\'s test plan, sample leads, Markdown)' }, `
    Email | email | ops@lattice.example | buyer@fakeco.example | cfo@existingco.example
    First Name | firstName | Priya | Jane | Sam
    Last Name | lastName | Raman | Doe | Person
    Company | companyName | Lattice | Unknown | Existing Co
    Expected Outcome | - | Hot lead (score >80) | Email invalid, flagged | Merged with existing
  `),
  set({ id: 'en-crm-contacts-paste-import-tags', kind: 'CRM contacts import by paste (lower-case header), placeholder sample', lang: 'en', source: 'index:53129821979 (a CRM app\'s contacts import dialog, TSX)' }, `
    email | email | alex.stone@example.com | june.park@example.com | theo.v@example.net
    first name | firstName | Alex | June | Theo
    last name | lastName | Stone | Park | Vance
    company | companyName | Acme | Parkside | ""
    tags | tags | vip;west | east | ""
  `),
  set({ id: 'en-prospect-list-generated-description', kind: 'prospect list produced for cold outreach (email pattern guessed), with a description', lang: 'en', source: 'index:33205038282 (a prospecting agent\'s prompt for a CSV, Python)' }, `
    Email | email | maria.lopez@brightline.example | dev.patel@orbitlabs.example | sara.kim@northgate.example
    First Name | firstName | Maria | Dev | Sara
    Last Name | lastName | Lopez | Patel | Kim
    Company | companyName | Brightline | Orbit Labs | Northgate
    Description | - | Logistics SaaS, 50 staff | Robotics startup | Regional bank
  `),
  set({ id: 'en-outreach-leads-export-score-campaign', kind: 'cold outreach tool\'s leads export (status, score, campaign)', lang: 'en', source: 'index:49705066104 (an outreach tool\'s export API route, TypeScript)' }, `
    Email | email | kara.fox@example.com | ben.ode@example.com | li.wei@example.net
    First Name | firstName | Kara | Ben | Li
    Last Name | lastName | Fox | Ode | Wei
    Company | companyName | Foxglove Studio | Ode Analytics | ""
    Status | - | replied | contacted | new
    Score | - | 82 | 47 | 15
    Campaign | - | Q2 Founders | Q2 Founders | Agencies
    Created At | - | 2025-04-01T10:00:00Z | 2025-04-01T10:00:00Z | 2025-04-08T14:32:00Z
  `),
  set({ id: 'en-flowcrm-import-doc-example', kind: 'CRM documentation, contacts import example CSV', lang: 'en', source: 'index:1154431962 (a CRM\'s contacts import documentation, Markdown)' }, `
    Email | email | h.ward@example.com | n.costa@example.com | p.olsen@example.org
    First Name | firstName | Harold | Nina | Per
    Last Name | lastName | Ward | Costa | Olsen
    Company | companyName | Ward & Co | Costa Travel | Olsen Marine
    Title | - | Owner | Manager | CEO
    Phone | phone | 555-0110 | 555-0127 | 555-0183
  `),
  set({ id: 'en-influencer-outreach-import-instagram', kind: 'outreach tool\'s contact import (website and Instagram handle), end-to-end test', lang: 'en', source: 'index:69417569098 (an outreach tool\'s import tests, CSV, TypeScript)' }, `
    Email | email | hello@glowbar.example | shop@tidepool.example | mara@example.com
    First Name | firstName | Ivy | Marcus | Mara
    Last Name | lastName | Glenn | "" | Sato
    Company | companyName | Glow Bar | "Tidepool Goods, LLC" | ""
    Website | website | glowbar.example | tidepool.example | ""
    Instagram Handle | - | @glowbar | @tidepoolgoods | @mara.makes
    Notes | - | "likes, commas" | "" | Micro creator
  `),
  set({ id: 'en-mail-queue-producer-recipients-noheader', kind: 'recipient list without a header row (name, email) fed to a mail queue', lang: 'en', noHeader: true, source: 'index:30284954008 (a message queue producer reading a recipients CSV, Python)' }, `
    "" | name | Laura Chen | Derek Mills | Fatou Diallo
    "" | email | laura.chen@example.com | dmills@example.net | fatou.diallo@example.org
  `),
  set({ id: 'en-vendor-directory-export-gst-category', kind: 'vendor directory export of a procurement dashboard (India), contact person and company', lang: 'en', defaultCountry: 'IN', source: 'index:59978712164 (a procurement dashboard\'s vendor table, CSV export, JavaScript)' }, `
    Vendor ID | externalId | VEN-0041 | VEN-0042 | VEN-0057
    Contact Name | name | Rakesh Menon | Pooja Shah | Arjun Reddy
    Company Name | companyName | Menon Packaging | Shah Textiles | Reddy Electricals
    Email | email | rakesh@menonpack.example | pooja@shahtextiles.example | arjun@reddyelec.example
    Phone | phone | +91 98450 55512 | +91 98250 55534 | +91 99490 55578
    GST Number | - | 29ABCDE1234F1Z5 | 24FGHIJ5678K1Z2 | 36KLMNO9012P1Z8
    # the vendor's category is a category the contact is filed under
    Category | tags | Packaging | Raw Material | Electrical
    Status | - | Active | Active | On Hold
  `),
  set({ id: 'en-bike-fit-customers-download-title-line', kind: 'bike fitting app\'s customers download with a "created by ... as of" title line above the header (body measurements)', lang: 'en', above: [['Customers Created By Dana Whitfield as of 2025-05-01']], source: 'index:46416212690 (a bike fitting app\'s customers page, CSV download, React)' }, `
    # the id of the user who entered the customer: not the person in charge of the contact
    Created By User ID | - | 5f1a2b3c4d5e6f7a8b9c0d1e | 5f1a2b3c4d5e6f7a8b9c0d1e | 5f1a2b3c4d5e6f7a8b9c0d1e
    Customer ID | externalId | 60a7c1e2f3b4a5d6e7f80912 | 60a7c1e2f3b4a5d6e7f80913 | 60a7c1e2f3b4a5d6e7f80920
    First Name | firstName | Marcus | Leah | Dylan
    Last Name | lastName | Trent | Voss | Park
    Email | email | marcus.trent@example.com | leah.voss@example.com | dylan.park@example.net
    Phone | phone | 303-555-0112 | 720-555-0138 | 303-555-0174
    Zip Code | postalCode | 80302 | 80027 | 80304
    Birth Date | dateOfBirth | 1984-03-12 | 1991-09-30 | 1977-06-04
    Gender | - | M | F | M
    Inseam | - | 84 | 79 | 81
    Foot Length | - | 27.5 | 24.5 | 26.5
    Torso | - | 62 | 58 | 60
    Arm | - | 64 | 59 | 62
    Height | - | 182 | 168 | 176
    Weight | - | 77 | 59 | 70
    Shoulders | - | 42 | 37 | 40
    Sit Bones | - | 130 | 145 | 135
    Flexibility | - | Average | Good | Limited
    Riding Style | - | Road | Gravel | Triathlon
    Preconditions | - | "" | Knee surgery 2019 | Lower back pain
    Created | - | 2024-04-11 | 2024-06-02 | 2025-02-17
    Last Updated | - | 2025-03-01 | 2024-06-02 | 2025-02-20
    Notes | - | Wants more upright position | "" | New TT bike
    "" | - | "" | "" | ""
  `),
  set({ id: 'en-crm-customer-report-date-range', kind: 'CRM customer report for a date range (CSV download)', lang: 'en', source: 'index:45844680957 (a CRM\'s reports API route, customer report, TypeScript)' }, `
    Customer ID | externalId | cus_8f2k1 | cus_8f2k2 | cus_8f2m7
    First Name | firstName | Tara | Wes | Ines
    Last Name | lastName | Hollis | Grant | Moreau
    Email | email | tara.hollis@example.com | wes.grant@example.com | ines.moreau@example.org
    Phone | phone | (919) 555-0146 | N/A | (984) 555-0113
    Company | companyName | Hollis Home Care | N/A | Moreau Consulting
    Created Date | - | 2025-01-07 | 2025-01-19 | 2025-02-02
  `),
  set({ id: 'en-admin-users-export-landmark-pincode', kind: 'admin panel users export with address fields (India)', lang: 'en', defaultCountry: 'IN', source: 'index:67124337952 (an admin panel\'s users page, export to Excel as CSV, JavaScript)' }, `
    Customer ID | externalId | USR1042 | USR1043 | USR1051
    First Name | firstName | Neha | Rohit | Farhan
    Last Name | lastName | Kapoor | Nair | Sheikh
    Email | email | neha.kapoor@example.in | rohit.nair@example.com | farhan.s@example.in
    Phone | phone | 9876543210 | 9123456780 | 9988776655
    Landmark | - | Near City Mall | Opp. Metro Station | Behind Post Office
    # a locality within the town: not imported, like a neighbourhood
    Area | - | Koramangala | Kakkanad | Bandra West
    City | city | Bengaluru | Kochi | Mumbai
    Pincode | postalCode | 560034 | 682030 | 400050
    State | state | Karnataka | Kerala | Maharashtra
    Country | country | India | India | India
    Address Type | - | Home | Work | Home
  `),
  set({ id: 'en-customer-manager-export-join-date', kind: 'customer manager console app\'s CSV export', lang: 'en', source: 'index:51922764258 (a customer manager\'s file handler, export to CSV, Java)' }, `
    Customer ID | externalId | 1 | 2 | 3
    First Name | firstName | Gloria | Hank | Mei
    Last Name | lastName | Simmons | Becker | Tan
    Email | email | gloria.simmons@example.com | hank.becker@example.com | mei.tan@example.net
    Phone | phone | 555-0187 | 555-0119 | 555-0152
    # one address column of the customer: the Street address
    Address | address1 | 12 Oak Lane, Springfield | 440 River Rd, Dayton | 9 Elm Ct, Madison
    Join Date | - | 2024-08-14 | 2024-09-02 | 2025-01-20
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-verband-mitglieder-qr-mailing', kind: 'Mitgliederliste eines Verbands für einen QR-Code-Mailversand', lang: 'de', defaultCountry: 'DE', source: 'index:32514193878 (README eines Mailversand-Skripts, Beispieldaten, Markdown)' }, `
    RML MitglNr | externalId | 52311 | 52318 | 52407
    Anrede | - | Herr | Frau | Herr
    Vorname | firstName | Andreas | Petra | Ralf
    Nachname | lastName | Schulze | Engel | Voigt
    E-Mail | email | a.schulze@example.de | petra.engel@example.de | ralf.voigt@example.com
    hash | - | 9f2c1ab7 | 4be07d11 | c81e55a0
  `),
  set({ id: 'de-ch-grossanlass-beschaffung-anfragen-vorlage', kind: 'CSV-Vorlage für Lieferantenanfragen eines Grossanlasses (Schweiz): Firmen mit Ansprechperson', lang: 'de', defaultCountry: 'CH', source: 'index:66564417558 (Beschaffungsseite einer Vereins-App, CSV-Vorlage, Vue)' }, `
    Firma | companyName | Zelt Meier AG | Festbedarf Huber GmbH | Kühl-Service Frei
    # the template's example is a town: the City
    Ort / Adresse | city | Bern | Thun | Burgdorf
    Webseite | website | https://zelt-meier.example | https://festbedarf-huber.example | ""
    Branche / Typ | - | Zeltbau | Mobiliar | Kühlung
    Was | - | Festzelt 400 Personen | Festbankgarnituren | Kühlwagen
    Hinweise | - | nur Anfrage | Lieferung inkl. | ""
    Anrede | - | Herr | Frau | Herr
    Vorname | firstName | Beat | Monika | Urs
    Nachname | lastName | Meier | Huber | Frei
    E-Mail | email | beat.meier@zelt-meier.example | m.huber@festbedarf-huber.example | urs@kuehlservice.example
    Telefon | phone | 031 555 01 23 | 033 555 04 56 | 034 555 07 89
    Bemerkung | - | intern | "" | Rückruf erbeten
  `),
  set({ id: 'de-verein-mitglieder-importvorlage-ding', kind: 'leere Importvorlage einer Vereinsverwaltung für Mitglieder', lang: 'de', defaultCountry: 'DE', source: 'index:69300427065 (Mitgliederimport einer Vereinsverwaltung, Vorlage mit BOM, TypeScript)' }, `
    Anrede | - | Frau | Herr | Frau
    Vorname | firstName | Ute | Klaus | Jana
    Nachname | lastName | Lorenz | Becker | Wolff
    E-Mail | email | ute.lorenz@example.org | k.becker@example.de | jana.wolff@example.de
    Straße | address1 | Marktplatz 2 | Talstraße 19 | Am Bach 5
    PLZ | postalCode | 35683 | 35684 | 35688
    Ort | city | Dillenburg | Dillenburg | Dillenburg
    Geburtsdatum | dateOfBirth | 12.04.1971 | 30.08.1958 | 07.01.1994
    Telefon | phone | 02771 555012 | 02771 555034 | 0151 55507788
    Eintritt | - | 01.01.2010 | 15.03.1985 | 01.06.2021
    Mitgliedsart | tags | Aktiv | Passiv | Jugend
  `),
  set({ id: 'de-ch-anfragen-csv-parser-anrede', kind: 'Lieferantenliste mit Ansprechperson (Schweiz), Test des CSV-Parsers', lang: 'de', defaultCountry: 'CH', source: 'index:63241657657 (Test eines Anfrage-CSV-Parsers, PHP)' }, `
    Firma | companyName | Bühnenbau Gerber AG | Catering Roth | Toi Service GmbH
    Anrede | - | Frau | Herr | Herr
    Vorname | firstName | Regula | Marco | Stefan
    Nachname | lastName | Gerber | Roth | Keller
    E-Mail | email | r.gerber@buehnenbau.example | marco@catering-roth.example | s.keller@toiservice.example
  `),
  set({ id: 'de-newsletter-adressen-einfuegen-format', kind: 'Newsletter-Tool, Format zum Einfügen von Empfängern', lang: 'de', defaultCountry: 'DE', source: 'index:8949501671 (Importformular eines Newsletter-Tools, PHP)' }, `
    email | email | k.meyer@example.de | info@schreinerei-ott.example | l.schmitt@example.com
    vorname | firstName | Karin | Jonas | Lea
    nachname | lastName | Meyer | Ott | Schmitt
    firma | companyName | "" | Schreinerei Ott | Schmitt Design
    geschlecht | - | w | m | w
    titel | - | Dr. | "" | ""
    kommentar | - | Messe 2024 | Stammkunde | ""
  `),
  set({ id: 'de-kundenverwaltung-java-export-kdnr', kind: 'Kundenexport einer kleinen Kundenverwaltung (Semikolon), Hausnummer eigene Spalte', lang: 'de', defaultCountry: 'DE', source: 'index:25034274066 (Kundenverwaltung mit Speichern als CSV, Java)' }, `
    kdnr | externalId | 1001 | 1002 | 1003
    Anrede | - | Herr | Frau | Herr
    Nachname | lastName | Zimmermann | Braun | Hartung
    Vorname | firstName | Rolf | Elke | Sven
    Straße | address1 | Gartenstraße | Lessingweg | Am Rathaus
    Hausnummer | - | 12 | 3a | 1
    PLZ | postalCode | 90402 | 90409 | 91054
    Ort | city | Nürnberg | Nürnberg | Erlangen
    Telefon | phone | 0911 5550123 | 0911 5550456 | 09131 555789
    E-Mail | email | r.zimmermann@example.de | elke.braun@example.de | s.hartung@example.com
  `),
  set({ id: 'de-cobra-arztpraxen-export-telefone', kind: 'cobra-CRM-Export von Arztpraxen mit vielen Telefonspalten (Importtest)', lang: 'de', defaultCountry: 'DE', source: 'index:58612263447 (Test eines cobra-Exportimports, Python)' }, `
    Anrede | - | Frau | Herr | Frau
    Nachname | lastName | Dr. Vogel | Dr. Aksoy | Lindemann
    Vorname | firstName | Carola | Emre | Birgit
    Straße | address1 | Luisenstraße 14 | Kaiserallee 2 | Mittelweg 30
    PLZ | postalCode | 10117 | 76133 | 20148
    Ort | city | Berlin | Karlsruhe | Hamburg
    # cobra's own record number of the address: the External ID
    VNUM1 | externalId | 10234 | 10235 | 10236
    DSC | - | AL_NORD | AL_SUED | AL_NORD
    DSCNEU | - | NORD_1 | SUED_2 | NORD_1
    Praxisname | companyName | Praxis Dr. Vogel | Zahnarztpraxis Aksoy | Praxis am Mittelweg
    Praxisname_alt | - | Praxis Vogel & Kollegen | "" | ""
    Telefon | phone | 030 5550110 | 0721 5550220 | 040 5550330
    Telefon direkt | additionalPhones | 030 5550111 | "" | 040 5550331
    Telefon privat | additionalPhones | "" | 0721 5550299 | ""
    Telefon2 | additionalPhones | 030 5550112 | "" | ""
    Telefon3 | additionalPhones | "" | "" | ""
    Mobil | additionalPhones | 0160 5550111 | 0171 5550222 | ""
    Mobil privat | additionalPhones | "" | "" | 0152 5550333
  `),
  set({ id: 'de-ch-clubdesk-push-update-ahv', kind: 'ClubDesk-Aktualisierungsdatei eines Volleyballvereins (Schweiz): Kontaktspalten mit Id, ohne Namen', lang: 'de', defaultCountry: 'CH', source: 'index:59665969629 (Test eines ClubDesk-Abgleichs, Push-CSV, TypeScript)' }, `
    [Id] | externalId | 100231 | 100232 | 100245
    E-Mail | email | nina.keller@example.ch | luca.meier@example.ch | sara.brunner@example.ch
    Telefon Privat | phone | 079 555 12 34 | 078 555 56 78 | 076 555 90 12
    Adresse | address1 | Seestrasse 12 | Bahnhofweg 3 | Dorfplatz 7
    PLZ | postalCode | 8002 | 8400 | 8610
    Ort | city | Zürich | Winterthur | Uster
    Geburtsdatum | dateOfBirth | 14.02.1999 | 30.07.2004 | 05.11.1996
    Geschlecht | - | weiblich | männlich | weiblich
    IBAN | - | CH93 0076 2011 6238 5295 7 | "" | ""
    Anrede | - | Frau | Herr | Frau
    Nationalität | - | CH | IT | CH
    AHV Nummer | - | 756.1234.5678.97 | "" | 756.9876.5432.10
    Wiedisync ID | - | ws_81af | ws_92bc | ws_a3cd
  `),
  set({ id: 'de-ch-clubdesk-push-neue-mitglieder', kind: 'ClubDesk-Importdatei eines Volleyballvereins (Schweiz) für neue Mitglieder: neun Kontaktspalten', lang: 'de', defaultCountry: 'CH', source: 'index:59810967824 (Test eines ClubDesk-Abgleichs, CSV für neue Mitglieder, TypeScript)' }, `
    Vorname | firstName | Jana | Timo | Lara
    Nachname | lastName | Huber | Graf | Wyss
    E-Mail | email | jana.huber@example.ch | timo.graf@example.ch | lara.wyss@example.ch
    Telefon Privat | phone | 079 555 21 43 | 077 555 65 87 | 078 555 09 21
    Adresse | address1 | Lindenstrasse 4 | Rebweg 18 | Kirchgasse 2
    PLZ | postalCode | 8004 | 8405 | 8620
    Ort | city | Zürich | Winterthur | Wetzikon
    Geburtsdatum | dateOfBirth | 22.03.2001 | 11.09.1998 | 02.06.2006
    Geschlecht | - | weiblich | männlich | weiblich
  `),
  set({ id: 'de-ch-clubdesk-push-neue-mitglieder-iban', kind: 'ClubDesk-Importdatei (Schweiz) für neue Mitglieder mit IBAN', lang: 'de', defaultCountry: 'CH', source: 'index:59680231075 (Test eines ClubDesk-Abgleichs, CSV mit IBAN, TypeScript)' }, `
    Vorname | firstName | Noah | Elena | Jonas
    Nachname | lastName | Steiner | Frei | Baumann
    E-Mail | email | noah.steiner@example.ch | elena.frei@example.ch | j.baumann@example.ch
    Telefon Privat | phone | 079 555 33 44 | "" | 076 555 77 88
    Adresse | address1 | Hauptstrasse 50 | Gartenweg 9 | Sonnenrain 1
    PLZ | postalCode | 3011 | 3012 | 3097
    Ort | city | Bern | Bern | Liebefeld
    Geburtsdatum | dateOfBirth | 17.04.2000 | 08.12.1995 | 29.01.2003
    Geschlecht | - | männlich | weiblich | männlich
    IBAN | - | CH56 0483 5012 3456 7800 9 | "" | ""
  `),
  set({ id: 'de-ch-clubdesk-push-beitragskategorie-lizenz', kind: 'ClubDesk-Aktualisierungsdatei (Schweiz) mit Beitrag, Eintritt und Lizenz, ohne Namen', lang: 'de', defaultCountry: 'CH', source: 'index:59877770511 (Test eines ClubDesk-Abgleichs, Push-CSV mit Lizenz, TypeScript)' }, `
    [Id] | externalId | 200114 | 200118 | 200131
    E-Mail | email | mara.gerber@example.ch | p.schmid@example.ch | e.roth@example.ch
    Telefon Privat | phone | 079 555 40 11 | 078 555 40 22 | ""
    Adresse | address1 | Feldstrasse 21 | Ringweg 6 | Obere Gasse 3
    PLZ | postalCode | 4051 | 4052 | 4410
    Ort | city | Basel | Basel | Liestal
    Geburtsdatum | dateOfBirth | 09.05.1993 | 18.10.1988 | 27.03.2007
    Geschlecht | - | weiblich | männlich | weiblich
    IBAN | - | "" | CH44 3199 9123 0008 8901 2 | ""
    Anrede | - | Frau | Herr | Frau
    Nationalität | - | CH | DE | CH
    Federation of Origin | - | "" | DVV | ""
    AHV Nummer | - | 756.1111.2222.33 | "" | 756.4444.5555.66
    Wiedisync ID | - | ws_11ab | ws_22cd | ws_33ef
    Gast | - | Nein | Nein | Ja
    # the fee category a member is filed under ("VB Erwerbstätige", "Junioren"): Tags
    Beitragskategorie | tags | VB Erwerbstätige | VB Erwerbstätige | Junioren
    Eintritt | - | 01.08.2019 | 01.08.2021 | 01.01.2025
    Mitgliederbeitrag | - | 350.00 | 350.00 | 180.00
    Lizenznummer | - | 48211 | 50372 | ""
    Lizenzart | - | Aktiv | Aktiv | ""
  `),
  set({ id: 'de-ch-clubdesk-push-trainerlizenz', kind: 'ClubDesk-Aktualisierungsdatei (Schweiz) mit Trainerlizenz, Beitrag und Lizenz, ohne Namen', lang: 'de', defaultCountry: 'CH', source: 'index:59654480168 (Test eines ClubDesk-Abgleichs, Push-CSV mit Trainerlizenz, TypeScript)' }, `
    [Id] | externalId | 300201 | 300207 | 300219
    E-Mail | email | simon.keller@example.ch | andrea.vogt@example.ch | m.lehmann@example.ch
    Telefon Privat | phone | 079 555 70 01 | 076 555 70 02 | 078 555 70 03
    Adresse | address1 | Alpenstrasse 8 | Seeweg 14 | Bergli 2
    PLZ | postalCode | 6003 | 6004 | 6030
    Ort | city | Luzern | Luzern | Ebikon
    Geburtsdatum | dateOfBirth | 03.03.1985 | 21.11.1990 | 14.07.2002
    Geschlecht | - | männlich | weiblich | männlich
    IBAN | - | "" | "" | CH11 0900 0000 1234 5678 9
    Anrede | - | Herr | Frau | Herr
    Nationalität | - | CH | CH | AT
    Federation of Origin | - | "" | "" | ÖVV
    Trainer Lizenz | - | C-Trainer | B-Trainer | ""
    AHV Nummer | - | 756.2222.3333.44 | 756.5555.6666.77 | ""
    Wiedisync ID | - | ws_44gh | ws_55ij | ws_66kl
    Gast | - | Nein | Nein | Nein
    Beitragskategorie | tags | Trainer | VB Erwerbstätige | Studierende
    Eintritt | - | 01.08.2012 | 01.08.2016 | 01.08.2023
    Mitgliederbeitrag | - | 0.00 | 350.00 | 220.00
    Lizenznummer | - | 31877 | 40219 | 51230
    Lizenzart | - | Aktiv | Aktiv | Nachwuchs
  `),
  set({ id: 'de-tennis-brevo-mailing-import', kind: 'Brevo-Importdatei für ein Tennisturnier-Mailing (Spieler mit Verein und Kategorien)', lang: 'de', defaultCountry: 'CH', source: 'index:53434083672 (Dokumentation eines Tennis-Mailings, Brevo-Importdatei, Markdown)' }, `
    EMAIL | email | r.baumann@example.ch | n.schaller@example.ch | d.kunz@example.ch
    VORNAME | firstName | Reto | Nico | David
    NACHNAME | lastName | Baumann | Schaller | Kunz
    TELEFON | phone | 079 555 11 22 | "" | 078 555 33 44
    # the club the player belongs to is a group: Tags, like the categories
    VEREIN | tags | TC Grünau | TC Seefeld | TC Grünau
    KATEGORIEN | tags | R4, 35+ | R6 | R3, 45+
  `),
  set({ id: 'de-testfaelle-metadaten-empfaenger', kind: 'Metadaten-CSV zu Testfällen mit Empfänger-E-Mail und Namen', lang: 'de', defaultCountry: 'DE', source: 'index:61979619229 (Upload von Testfällen, Kommentar zur CSV-Kopfzeile, Java)' }, `
    Nr | - | 001 | 002 | 003
    Dateiname_EML | - | 001_mail.eml | 002_mail.eml | 003_mail.eml
    Dateiname_PDF | - | 001_anlage.pdf | 002_anlage.pdf | ""
    Empfaenger_Email | email | b.seifert@example.de | k.horn@example.de | t.vogel@example.de
    Vorname | firstName | Bettina | Kurt | Tanja
    Nachname | lastName | Seifert | Horn | Vogel
    BD_Nummer | - | BD-44120 | BD-44121 | BD-44135
    Klammerbegriff | - | Antrag 2025/11 | Widerspruch | Antrag 2025/12
    Konversations_ID | - | c8f1e2 | d9a0b3 | e1b2c4
  `),
  set({ id: 'de-kunde-tabelle-noheader', kind: 'Kundendatei ohne Kopfzeile, Spalten in der Reihenfolge der Tabelle Kunde (Kundennummer, Vorname, Nachname, E-Mail, Telefon)', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'index:40958211509 (Kundenklasse, die in die Tabelle Kunde schreibt, Java)' }, `
    "" | externalId | 10045 | 10046 | 10051
    "" | firstName | Gabriele | Oliver | Derya
    "" | lastName | Lange | Franke | Aydın
    "" | email | g.lange@example.de | oliver.franke@example.de | derya.aydin@example.com
    "" | phone | 0341 5550123 | 0176 55504567 | 0351 5550789
  `),
  set({ id: 'de-zeiterfassung-kundenimport-papierkram', kind: 'Kundenexport aus Papierkram (Firmen mit Ansprechpartner) für den Import in eine Zeiterfassung', lang: 'de', defaultCountry: 'DE', source: 'index:47008432881 (Anleitung zum Kundenimport einer Zeiterfassung, Papierkram-Format, Markdown)' }, `
    Name | companyName | Holzbau Reuter GmbH | Praxis Dr. Lenz | Studio Kraus
    Kundennummer | externalId | K014 | K015 | K022
    Vorname | firstName | Jens | Martina | Felix
    Nachname | lastName | Reuter | Lenz | Kraus
    Strasse | address1 | Sägewerkstr. 3 | Parkallee 17 | Kantstr. 88
    PLZ | postalCode | 87435 | 28209 | 10627
    Ort | city | Kempten | Bremen | Berlin
    Email | email | info@holzbau-reuter.example | praxis@lenz.example | felix@studiokraus.example
    Telefon | phone | 0831-555123 | 0421-555456 | 030-555789
  `),
  set({ id: 'de-kundenverwaltung-csv-ordnerpfad', kind: 'Kundendatei einer Desktop-Kundenverwaltung mit Ordnerpfad', lang: 'de', defaultCountry: 'DE', source: 'index:5474360488 (Kundenverwaltung, die ihre CSV neu schreibt, C#)' }, `
    Kundennummer | externalId | 2024-001 | 2024-002 | 2024-017
    Vorname | firstName | Sebastian | Nicole | Ahmet
    Nachname | lastName | Weiß | Hofmann | Çelik
    Firma | companyName | Weiß IT-Service | "" | Çelik Bau GmbH
    Email | email | s.weiss@weiss-it.example | nicole.hofmann@example.de | info@celik-bau.example
    Telefon | phone | 0621 5550123 | 0151 55504567 | 0711 5550789
    Straße | address1 | Hafenstraße | Rheinweg | Neckarstraße
    Hausnummer | - | 21 | 7 | 140
    PLZ | postalCode | 68159 | 68165 | 70190
    Ort | city | Mannheim | Mannheim | Stuttgart
    UStID | - | DE123456789 | "" | DE987654321
    OrdnerPfad | - | C:/Kunden/2024-001 | C:/Kunden/2024-002 | C:/Kunden/2024-017
  `),
  set({ id: 'de-shop-kunden-manueller-import-passwort', kind: 'Kundendatei eines Webshops für den manuellen Import (mit Passwort)', lang: 'de', defaultCountry: 'DE', source: 'index:22656967715 (Konsolenprogramm für den Kundenimport, C#)' }, `
    Kundennummer | externalId | 50012 | 50013 | 50020
    Vorname | firstName | Anja | Florian | Vanessa
    Nachname | lastName | Roth | Schreiber | Kuhn
    PLZ | postalCode | 60311 | 60594 | 65183
    Stadt | city | Frankfurt am Main | Frankfurt am Main | Wiesbaden
    Straße | address1 | Zeil | Schweizer Straße | Wilhelmstraße
    Hausnr | - | 45 | 12a | 3
    E-Mail | email | anja.roth@example.de | f.schreiber@example.de | vanessa.kuhn@example.com
    Passwort | - | ******** | ******** | ********
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-klanten-tabel-voorletters-toevoeging', kind: 'klantentabel van een winkelprogramma (voorletters, tussenvoegsel, huisnummer met toevoeging)', lang: 'nl', defaultCountry: 'NL', source: 'index:10053513980 (klantformulier dat in de tabel klanten schrijft, C#)' }, `
    Voorletters | firstName | J.P. | M. | A.C.
    Tussenvoegsel | - | van | "" | de
    Achternaam | lastName | Dijk | Smeets | Jong
    straat | address1 | Stationsweg | Kerkplein | Zuiderdiep
    Huisnummer | - | 14 | 2 | 101
    Toevoeging huisnummer | - | a | "" | bis
    Postcode | postalCode | 2312 AV | 6211 JA | 9711 HK
    Woonplaats | city | Leiden | Maastricht | Groningen
    telfoon | phone | 071-5551234 | 043-5556789 | 050-5554321
  `),
  set({ id: 'nl-registratie-tabel-leeftijd-gebruikersnaam', kind: 'registratietabel van een website (naam, leeftijd, login en e-mail)', lang: 'nl', defaultCountry: 'NL', source: 'index:37146573936 (registratiescript dat in de tabel registration schrijft, PHP)' }, `
    Voornaam | firstName | Sophie | Daan | Yara
    Tussenvoegsel | - | van der | "" | el
    Achternaam | lastName | Berg | Kuijpers | Idrissi
    Leeftijd | - | 17 | 24 | 31
    Gebruikersnaam | externalId | sophievdb | daank | yara_e
    Wachtwoord | - | ******** | ******** | ********
    Email | email | sophie.vdberg@example.nl | daan.kuijpers@example.nl | yara.elidrissi@example.nl
  `),
  set({ id: 'nl-accounts-tabel-medewerkers-functie', kind: 'accounttabel van medewerkers (naam, telefoon, functie, login)', lang: 'nl', defaultCountry: 'NL', source: 'index:26299701304 (registratie van medewerkers in de tabel accounts, PHP)' }, `
    voornaam | firstName | Marco | Linda | Jeroen
    tussenvoegsel | - | "" | van | de
    achternaam | lastName | Brink | Velzen | Haan
    telefoonnummer | phone | 06-12345678 | 06-87654321 | 0345-555123
    functie | - | Monteur | Planner | Magazijn
    gebruikersnaam | externalId | mbrink | lvvelzen | jdhaan
    wachtwoord | - | ******** | ******** | ********
  `),
  set({ id: 'nl-zwemschool-inschrijvingen-excel', kind: 'inschrijvingen voor zwemlessen via de website (kind met ouders, incassomandaat), Excel-export', lang: 'nl', defaultCountry: 'NL', source: 'index:28381679495 (export van website-inschrijvingen naar Excel, Java)' }, `
    Cursuscode | - | ZW-A-2025 | ZW-B-2025 | ZW-A-2025
    Geslacht | - | M | V | V
    Geboortedatum | dateOfBirth | 12-03-2018 | 30-08-2017 | 04-01-2019
    Voornaam | firstName | Thijs | Lieke | Noa
    Tussenvoegsel | - | "" | van | de
    Achternaam | lastName | Wouters | Rijn | Graaf
    Naam Ouders | - | Peter en Anja Wouters | M. van Rijn | K. de Graaf
    Adres | address1 | Lindelaan | Esdoornstraat | Kastanjehof
    Stad | city | Zwolle | Zwolle | Kampen
    Adres nummer | - | 12 | 5a | 33
    Postcode | postalCode | 8021 AB | 8022 CD | 8261 EF
    # the pupil is the contact; the family's e-mail and phone are the only ones the file has
    E-mailadres | email | wouters.gezin@example.nl | m.vanrijn@example.nl | degraaf@example.nl
    Telefoonnummer | phone | 06-55512345 | 038-5556789 | 06-55598765
    IBAN | - | NL91ABNA0417164300 | NL20INGB0001234567 | NL44RABO0123456789
    Ter name van | - | P. Wouters | M. van Rijn | K. de Graaf
    Betalingsoptie | - | Termijnen | Ineens | Ineens
    Cursusprijs | - | 245,00 | 245,00 | 245,00
    Mandaatdatum | - | 02-02-2025 | 05-02-2025 | 09-02-2025
    Via Mollie betaald(0=nee 1=ja) | - | 0 | 1 | 1
  `),
  set({ id: 'nl-schoolboeken-bestelling-leerlingen', kind: 'leerlinggegevens bij een schoolboekenbestelling (pre-klant), met adres en e-mail van de ouder', lang: 'nl', defaultCountry: 'NL', source: 'index:33056303164 (validatie van een schoolboeken-importbestand, JavaScript)' }, `
    leerlingnummer | externalId | 204517 | 204518 | 204530
    titulatuur | - | "" | "" | ""
    voorletters | - | L.M. | S. | F.J.
    tussenvoegsel | - | "" | van | ""
    achternaam | lastName | Koster | Leeuwen | Bakker
    # the call name beside the initials is the First name
    roepnaam | firstName | Lisa | Sem | Finn
    straatnaam | address1 | Beukenlaan | Parkweg | Molenstraat
    huisnummer | - | 8 | 112 | 3
    toevoegingHuisnummer | - | "" | B | ""
    nadereAanduidingAdres | - | "" | "" | ""
    postcode | postalCode | 3731 AA | 3732 BB | 3741 CC
    woonplaats | city | De Bilt | De Bilt | Baarn
    landCode | country | NL | NL | NL
    telefoonNummer | phone | 030-5551234 | 06-55512345 | 035-5556789
    emailAdres | email | lisa.koster@leerling.example.nl | sem.vanleeuwen@leerling.example.nl | finn.bakker@leerling.example.nl
    emailAdresOuder | - | koster@example.nl | vanleeuwen@example.nl | bakker.f@example.nl
    geboortedatum | dateOfBirth | 2011-05-14 | 2010-11-02 | 2011-08-27
  `),
  set({ id: 'nl-kamerleden-personen-opendata', kind: 'Kamerleden uit de open data van het parlement (personen met fractie)', lang: 'nl', defaultCountry: 'NL', source: 'index:70191272331 (script dat Kamerleden en hun e-mail ophaalt, TypeScript)' }, `
    Id | externalId | 5c3a1f2e-0b7d | 8d2e4c1a-3f9b | a1b2c3d4-5e6f
    Roepnaam | firstName | Henk | Esther | Jan
    Voornamen | - | Hendrik Johannes | Esther Maria | Johannes
    Tussenvoegsel | - | "" | van | de
    Achternaam | lastName | Veldkamp | Tol | Wit
    # the party group a member sits in is a group the person belongs to: Tags
    Fractielabel | tags | PVV | GL-PvdA | VVD
  `),
  set({ id: 'nl-kapsalon-klanten-reden-bezoek', kind: 'klantentabel van een kapsalon met reden van bezoek', lang: 'nl', defaultCountry: 'NL', source: 'index:34245828363 (klantmodel van een salonwebsite, INSERT in klanten, PHP)' }, `
    voornaam | firstName | Nina | Tim | Samira
    achternaam | lastName | Vermeer | Jacobs | Haddou
    email | email | nina.vermeer@example.nl | tim.jacobs@example.nl | samira.h@example.nl
    straatnaam | address1 | Korte Nieuwstraat 4 | Vondellaan 19 | Spoorlaan 2
    postcode | postalCode | 4811 AB | 4812 CD | 5038 EF
    woonplaats | city | Breda | Breda | Tilburg
    telefoonnummer | phone | 076-5551234 | 06-55512345 | 013-5556789
    reden_bezoek | - | Knippen | Kleuren | Föhnen
  `),
  set({ id: 'nl-dierenpension-eigenaren-opmerking', kind: 'eigenaren van huisdieren (dierenpension), registratieformulier naar tabel', lang: 'nl', defaultCountry: 'NL', source: 'index:33862283310 (formulier dat eigenaren in een tabel zet, PHP)' }, `
    Eigenaar_naam | name | Karin Mol | Bas Verbruggen | Hatice Kaya
    Adres | address1 | Eikenlaan | Dorpsstraat | Hoefslag
    Huisnummer | - | 3 | 88 | 12
    Postcode | postalCode | 5261 AB | 5262 CD | 5263 EF
    Woonplaats | city | Vught | Vught | Vught
    Telefoonnummer | phone | 073-5551234 | 06-55512345 | 06-55567890
    Opmerking | - | Hond mag niet bij katten | "" | Dieet voer meegeven
  `),
  set({ id: 'nl-ov-reizigers-tabel-voorletters', kind: 'reizigerstabel van een OV-chipkaartoefening (voorletters, tussenvoegsel, geboortedatum)', lang: 'nl', defaultCountry: 'NL', source: 'index:2813442472 (DAO die reizigers opslaat, Java)' }, `
    reiziger_id | externalId | 77 | 78 | 79
    voorletters | firstName | G | H.L. | P
    tussenvoegsel | - | van | "" | de
    achternaam | lastName | Rijn | Lubbers | Bruin
    geboortedatum | dateOfBirth | 2002-09-17 | 1998-03-05 | 2001-12-24
  `),
  set({ id: 'nl-persoon-tabel-seed-account', kind: 'persoontabel van een webapp (seed), met account-id en tijdstempels', lang: 'nl', defaultCountry: 'NL', source: 'index:1858538510 (SQL-seed van een webapp, INSERT in persoon)' }, `
    id | externalId | 2 | 3 | 4
    account_id | - | 2 | 3 | 5
    voornaam | firstName | Eva | Ruud | Meryem
    tussenvoegsel | - | "" | van | ""
    achternaam | lastName | Mak | Gool | Aydin
    created_at | - | 2020-10-02 | 2020-10-03 | 2020-10-05
    updated_at | - | 2020-10-02 | 2020-10-03 | 2020-10-05
  `),
  set({ id: 'nl-ongeregistreerde-gebruikers-bestelling', kind: 'gegevens van gasten die zonder account bestellen (webshop, ASP.NET Core)', lang: 'nl', defaultCountry: 'NL', source: 'index:13408931065 (controller voor ongeregistreerde gebruikers, model binding, C#)' }, `
    Id | externalId | 41 | 42 | 43
    EMail | email | kim.roos@example.nl | d.wijaya@example.nl | gijs.kuiper@example.nl
    Voornaam | firstName | Kim | Dewi | Gijs
    Achternaam | lastName | Roos | Wijaya | Kuiper
    Straat | address1 | Vestdijk | Kruisstraat | Havenkade
    Huisnummer | - | 88 | 5 | 17a
    Postcode | postalCode | 5611 CA | 5612 CJ | 1781 AB
    Stad | city | Eindhoven | Eindhoven | Den Helder
    Telefoonnummer | phone | 040-5551234 | 06-55512345 | 0223-555678
  `),
  set({ id: 'nl-be-club-leden-import-profiel', kind: 'ledenimport van een Vlaamse club met profiel (YO, YO+), droogloop-test', lang: 'nl', defaultCountry: 'BE', source: 'index:61436065546 (tests van een ledenimport voor een club, JavaScript)' }, `
    email | email | lies.peeters@example.be | wout.maes@example.be | an.claes@example.be
    voornaam | firstName | Lies | Wout | An
    achternaam | lastName | Peeters | Maes | Claes
    # the profile a member is filed under (YO, YO+) is a category: Tags
    profiel | tags | YO | YO+ | YO
  `),
  set({ id: 'nl-workshop-klant-select-sortering', kind: 'klantentabel van een webwinkel-oefening (tussenvoegsel apart, sorteernaam)', lang: 'nl', defaultCountry: 'NL', source: 'index:40138863848 (DAO voor klanten, SELECT op klant, Java)' }, `
    id | externalId | 501 | 502 | 503
    email | email | h.dejong@example.nl | p.vandermeer@example.nl | s.ozturk@example.nl
    voornaam | firstName | Hans | Paula | Selin
    achternaam | lastName | Jong | Meer | Öztürk
    tussenvoegsel | - | de | van der | ""
    sortering | - | Jong, Hans de | Meer, Paula van der | Öztürk, Selin
  `),
  // ----------------------------------------------------------------------------------------------------- mixed
  set({ id: 'mixed-nl-en-users-personeelsnummer-rol', kind: 'gebruikerstabel van een trainingsplatform (Nederlandse en Engelse kolomnamen door elkaar), back-up-import', lang: 'mixed', defaultCountry: 'NL', source: 'index:67243695163 (herstel van een back-up naar de tabel users, Java)' }, `
    id | externalId | u_81f2 | u_92a3 | u_a3b4
    # a second id of the person (the staff number): not imported
    personeelsnummer | - | 100482 | 100517 | 100623
    email | email | r.vandenberg@example.nl | s.peters@example.nl | k.aksoy@example.nl
    voornaam | firstName | Rik | Sanne | Kerem
    achternaam | lastName | van den Berg | Peters | Aksoy
    pass | - | $2a$10$x1 | $2a$10$y2 | $2a$10$z3
    otp | - | "" | 481920 | ""
    must_set_password | - | false | true | false
    rol | - | trainer | medewerker | medewerker
    n2 | - | true | false | false
    jbt_trainer | - | true | false | false
    # the hubs a person works from are groups the person belongs to
    hub_id | tags | utrecht | amsterdam | utrecht
    hub_ids | - | ["utrecht"] | ["amsterdam","zaandam"] | ["utrecht"]
    taken | - | [] | ["intake"] | []
    stats | - | {} | {} | {}
    hidden | - | false | false | true
    created_at | - | 2024-09-02 08:00:00 | 2024-09-15 10:30:00 | 2025-01-06 09:12:00
  `),
  set({ id: 'mixed-nl-en-profiel-ledenpas-datecreated', kind: 'profielgegevens van een sportschool-app (Nederlandse velden met Engelse AccountType en DateCreated), ASP.NET Core', lang: 'mixed', defaultCountry: 'NL', source: 'index:10381759747 (controller voor profielgegevens, model binding, C#)' }, `
    Id | externalId | 101 | 102 | 103
    Email | email | lotte.hermans@example.nl | youssef.a@example.nl | bram.dekker@example.nl
    Voornaam | firstName | Lotte | Youssef | Bram
    Achternaam | lastName | Hermans | Amrani | Dekker
    Balans | - | 12.50 | 0.00 | 40.00
    AccountType | - | Premium | Basis | Premium
    Ledenpas | - | LP-00931 | LP-00944 | LP-01002
    Straat | address1 | Nieuwstraat | Molenweg | Stationsplein
    Huisnummer | - | 21 | 4 | 9b
    Woonplaats | city | Arnhem | Nijmegen | Arnhem
    Postcode | postalCode | 6811 AB | 6541 CD | 6811 EF
    DateCreated | - | 2024-01-15 | 2024-03-02 | 2024-06-20
    Geboortedatum | dateOfBirth | 1996-07-08 | 1989-12-30 | 2002-04-17
  `),
  set({ id: 'mixed-nl-en-profiledata-geboortedatum-first', kind: 'profielgegevens van een sportschool-app (ASP.NET MVC), geboortedatum vóór DateCreated', lang: 'mixed', defaultCountry: 'NL', source: 'index:39500960097 (controller voor profielgegevens, model binding, C#)' }, `
    Id | externalId | 7 | 8 | 9
    Email | email | fenna.smit@example.nl | jordy.v@example.nl | mila.jansen@example.nl
    Voornaam | firstName | Fenna | Jordy | Mila
    Achternaam | lastName | Smit | Vos | Jansen
    Balans | - | 5.00 | 22.75 | 0.00
    AccountType | - | Student | Basis | Premium
    Ledenpas | - | 2024-0117 | 2024-0118 | 2024-0131
    Straat | address1 | Kanaalweg | Bloemstraat | Hofplein
    Huisnummer | - | 3 | 56 | 12
    Woonplaats | city | Leiden | Leiden | Rotterdam
    Postcode | postalCode | 2312 AB | 2313 CD | 3032 EF
    Geboortedatum | dateOfBirth | 2003-02-11 | 1998-09-23 | 1992-05-05
    DateCreated | - | 2024-02-01 | 2024-02-03 | 2024-03-18
  `),
  set({ id: 'mixed-nl-en-user-tabel-role', kind: 'gebruikerstabel van een webapp (userid, email en role in het Engels, namen in het Nederlands)', lang: 'mixed', defaultCountry: 'NL', source: 'index:30585996997 (DAO die gebruikers in de tabel user schrijft, Java)' }, `
    userid | externalId | 3 | 4 | 5
    email | email | tess.bakker@example.nl | jan.mol@example.nl | ilias.b@example.nl
    voornaam | firstName | Tess | Jan | Ilias
    achternaam | lastName | Bakker | Mol | Benali
    password | - | 9f86d081 | 60303ae2 | fd61a03a
    role | - | admin | user | user
  `),
  set({ id: 'mixed-de-en-sv-leads-quelle-website-url', kind: 'Leads von Sachverständigen in einer Plattform (deutsche und englische Spaltennamen gemischt)', lang: 'mixed', defaultCountry: 'DE', source: 'index:57426897993 (Prüfseite einer Gutachter-Plattform, Abfrage der Lead-Tabelle, TypeScript)' }, `
    id | externalId | 8c1f0a2e-4b1d | 9d2a1b3f-5c2e | ae3b2c40-6d3f
    firma | companyName | Kfz-Gutachten Brandl | Sachverständigenbüro Ott | Gutachterbüro Nowak
    vorname | firstName | Stefan | Carina | Piotr
    nachname | lastName | Brandl | Ott | Nowak
    email | email | info@gutachten-brandl.example | c.ott@sv-ott.example | kontakt@nowak-gutachten.example
    telefon | phone | 089 5550123 | 0911 5550456 | 0201 5550789
    website_url | website | https://gutachten-brandl.example | https://sv-ott.example | ""
    claim_status | - | unclaimed | claimed | unclaimed
    konvertiert_zu_sv_id | - | "" | 3f9e2a11 | ""
    kontakt_quelle | source | Branchenbuch | Website | Empfehlung
    angereichert_am | - | 2025-04-02 | 2025-03-28 | ""
  `),
  set({ id: 'mixed-de-en-fahrer-profile-opt-out', kind: 'Fahrerprofile einer Vermittlungsplattform (deutsche Namen, englische Spalten wie email_opt_out)', lang: 'mixed', defaultCountry: 'DE', source: 'index:15585646338 (Benachrichtigung von Fahrern über Aufträge, Abfrage der Profile, TypeScript)' }, `
    id | externalId | f-1021 | f-1022 | f-1030
    email | email | m.albers@example.de | jan.koenig@example.de | s.brandt@example.com
    vorname | firstName | Maik | Jan | Svenja
    nachname | lastName | Albers | König | Brandt
    fuehrerscheinklassen | - | B, C, CE | B | B, C1
    email_opt_out | - | false | false | true
    status | - | aktiv | aktiv | pausiert
  `),
];
