// The thirty-second held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German,
// Dutch and mixed-language files; the other half, corpus-heldout32b.ts, holds the other languages): 50 header sets
// (864 columns, 394 of them expected to map; 35 English, 11 German, 4 mixed, no Dutch; 1 file without a header row,
// 4 with lines above it (two DATEV format lines, an empty line, an invoicing app's title, blank and section lines);
// 19 sets of 20 to 51 columns)
// from sources none of the other parts use. The public code index's look-ups were used up before this half's first
// search answered, so the header rows were read instead from whole snapshots of public repositories brought in with
// `fetch` (CRM, newsletter and marketing tools' fixtures and import templates, the Salesforce Data Loader's samples,
// an invoicing app's import tests of FreshBooks, Invoice2go, Wave and Zoho exports, a webmail's and a groupware's
// address book import tests and demo data, an IT asset tracker's import samples, a club and association register's
// importer tests, a school platform's user-import tests, a German ERP's DATEV export samples) and written down, with the mapping a
// careful person would choose by the field definitions and the rules, BEFORE the mapper was run on them and
// without reading the lexicon or the mapper. "github:owner/repo path" names the file the header text was read from;
// the kind says what the file is. Sample values are made up in the shape of each file's own (no personal data or
// example rows from the sources are copied). Leading spaces of a header cell cannot be written in the table and are
// left out (a set's comment says where). Wide files are kept to their first columns, stopping at a column boundary.
// No set's headers repeat an older part's (each was compared lower-cased).
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

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout32' }, table);

export const HELDOUT32A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-mautic-fake-lead-fixture-social', kind: 'marketing-automation tool\'s demo contact fixture (database seed)', lang: 'en', source: 'github:mautic/mautic app/bundles/LeadBundle/DataFixtures/ORM/fakeleaddata.csv (the demo contacts fixture)', defaultCountry: 'GB' }, `
    title | - | Mrs. | Mr. | Ms.
    firstname | firstName | Harriet | Colin | Priya
    lastname | lastName | Ashdown | Pemberton | Raman
    city | city | LITTLE WALDEN | Kettering | Hove
    address1 | address1 | 14 Mill Lane | 202 Rockingham Rd | 7 Wilbury Villas
    state | state | Essex | Northamptonshire | ""
    zipcode | postalCode | CB10 1XL | NN16 9JH | BN3 6GD
    country | country | United Kingdom | United Kingdom | United Kingdom
    email | email | HarrietAshdown@mail.example | ColinPemberton@post.example | PriyaRaman@mail.example
    phone | phone | 079 4412 0833 | 01536 410927 | 077 0091 2245
    company | companyName | Ashdown Bakery | Pemberton Joinery Ltd. | ""
    website | website | AshdownBakes.co.example | PembertonJoinery.example | ""
    facebook | - | HarrietAshdown | ColinPemberton | ""
    twitter | - | HarrietAshdown | "" | PriyaRaman
    ip | - | 81.132.40.17 | 92.40.187.201 | 86.11.54.132
    points | - | 100 | 0 | 25
  `),
  set({ id: 'en-mautic-e2e-ten-contacts-country', kind: 'marketing-automation tool\'s end-to-end test contacts import file', lang: 'en', source: 'github:mautic/mautic tests/_data/10contacts.csv (the import test data of the acceptance tests)' }, `
    firstname | firstName | Ariadne | Bo | Cyril
    lastname | lastName | K. | L. | M.
    company | companyName | Sample Works Ltd | Orchard Example Co | Nimbus Example Inc
    email | email | ariadne@example.com | bo@example.net | cyril@example.org
    country | country | Switzerland | Sweden | Canada
  `),
  set({ id: 'en-mautic-form-results-attendees', kind: 'form submission results of a conference registration form (fixture)', lang: 'en', source: 'github:mautic/mautic app/bundles/FormBundle/DataFixtures/ORM/fakeresultdata.csv (the form results fixture)' }, `
    # "lead" is the marketing tool's own id of the contact who sent the form: another system's id of the person, the
    # External ID. The form, the page and the IP address are about the submission.
    form | - | 1 | 1 | 1
    page | - | 1 | 1 | 1
    ipAddress | - | 4 | 5 | 6
    lead | externalId | 4 | 5 | 6
    name | name | Greta Holm | Marcus Webb | Lena Ortiz
    email | email | GretaHolm@mail.example | MarcusWebb@post.example | LenaOrtiz@mail.example
    numberofattendees | - | 2 | 1 | 4
  `),
  set({ id: 'en-mautic-fake-company-fixture', kind: 'marketing-automation tool\'s demo company fixture (database seed)', lang: 'en', source: 'github:mautic/mautic app/bundles/LeadBundle/DataFixtures/ORM/fakecompanydata.csv (the demo companies fixture)' }, `
    # The rows are companies: the company's name is the Company name, its town, state and country the address.
    companyname | companyName | Harbor Analytics | Greenleaf Foods | Quarry Labs
    companycity | city | Portland | Austin | Denver
    companystate | state | Oregon | Texas | Colorado
    companycountry | country | United States | United States | United States
    companyindustry | - | Software | Food | Research
  `),
  set({ id: 'en-keila-import-template-data-external-id', kind: 'newsletter tool\'s contact import template (download)', lang: 'en', source: 'github:pentacent/keila assets/static/downloads/keila_import_template.csv (the import template offered for download)' }, `
    Email | email | mara@example.com | tobias@example.com | june@example.com
    First name | firstName | Mara | Tobias | June
    Last name | lastName | Lind | Frei | Oduya
    Data | - | {"age": 41, "tags": ["gardener"]} | {"birthplace": "Lyon"} | ""
    External ID | externalId | "" | crm-1042 | crm-1077
  `),
  set({ id: 'en-keila-import-with-status', kind: 'newsletter tool\'s contact import test file with a status column', lang: 'en', source: 'github:pentacent/keila test/keila/contacts/import_rfc_4180_with_status.csv (an import test file)' }, `
    Email | email | olive@example.com | ravi@example.com | noor@example.com
    First name | firstName | Olive | Ravi | Noor
    Last name | lastName | Byrne | Shah | Haddad
    Status | - | active | unsubscribed | active
  `),
  set({ id: 'en-keila-import-with-json-data', kind: 'newsletter tool\'s contact import test file with a JSON data column', lang: 'en', source: 'github:pentacent/keila test/keila/contacts/import_with_data.csv (an import test file)' }, `
    Email | email | sven@example.com | ada@example.com | kofi@example.com
    First name | firstName | Sven | Ada | Kofi
    Last name | lastName | Åberg | Nowak | Mensah
    Data | - | {"plan":"pro"} | {"langs":["en","pl"]} | {}
  `),
  set({ id: 'en-listmonk-subscribers-attributes', kind: 'newsletter server\'s subscriber import fixture (browser tests)', lang: 'en', source: 'github:knadh/listmonk frontend/cypress/fixtures/subs.csv (the subscribers import fixture of the UI tests)', defaultCountry: 'IN' }, `
    email | email | anita@mail.example | rohit@mail.example | meera@mail.example
    name | name | Anita Rao | Rohit Menon | Meera Iyer
    attributes | - | {"city": "Pune", "clientId": "QX11"} | {"age": 35} | {}
  `),
  set({ id: 'en-school-cloud-user-import-class', kind: 'school platform\'s user CSV import (integration test)', lang: 'en', source: 'github:hpi-schul-cloud/schulcloud-server test/services/sync/strategies/CSVSyncer/CSVSyncer.integration.test.js (the CSV user import tests, the students\' file with a class)', defaultCountry: 'DE' }, `
    firstName | firstName | Lotte | Jonas | Emine
    lastName | lastName | Brandt | Keller | Yilmaz
    email | email | lotte.brandt@schule.example | jonas.keller@schule.example | emine.yilmaz@schule.example
    class | - | 7a | 7a | 8b
  `),
  set({ id: 'en-school-cloud-user-import-birthday', kind: 'school platform\'s user CSV import (integration test)', lang: 'en', source: 'github:hpi-schul-cloud/schulcloud-server test/services/sync/strategies/CSVSyncer/CSVSyncer.integration.test.js#birthday (the CSV user import tests, the file with birthdays)', defaultCountry: 'DE' }, `
    firstName | firstName | Paul | Mia | Hannes
    lastName | lastName | Vogt | Krüger | Lorenz
    email | email | paul.vogt@schule.example | mia.krueger@schule.example | hannes.lorenz@schule.example
    birthday | dateOfBirth | 24.12.2008 | 03.05.2009 | 17.09.2008
  `),
  set({ id: 'en-invoice-ninja-v4-clients-export-title-lines', kind: 'invoicing app\'s clients export (version 4), with a title line, a blank line and a section line above the header', lang: 'en', source: 'github:invoiceninja/invoiceninja tests/Feature/Import/clients.csv (an old version\'s clients export used by the import tests)',
    above: [['Invoice Ninja v4.5.17 - December 19, 2020 11:28 pm', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''], ['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''], ['CLIENTS', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '']] }, `
    # The rows are client companies with their contact person: "Name" is the Company name, the contact's first and
    # last name the person. The billing address is the only address of the client's own (shipping never). The
    # client's phone is the main phone and the contact person's "Phone" (the second) an additional one. "ID Number"
    # is the client's number in the invoicing app: the External ID.
    Name | companyName | Brightwater Plumbing | Fenwick Studio | Oakridge Dental
    Balance | - | 1250.00 | 0.00 | 310.50
    Paid to Date | - | 4800.00 | 950.00 | 12040.75
    Billing Street | address1 | 18 Harbor Rd | 402 Elm St | 77 Ridge Ave
    Billing Apt/Suite | - | Unit 4 | "" | Suite 200
    Billing City | city | Salem | Burlington | Westfield
    Billing State/Province | state | MA | VT | NJ
    Billing Postal Code | postalCode | 01970 | 05401 | 07090
    Billing Country | country | United States | United States | United States
    Shipping Street | - | "" | "" | ""
    Shipping Apt/Suite | - | "" | "" | ""
    Shipping City | - | "" | "" | ""
    Shipping State/Province | - | "" | "" | ""
    Shipping Postal Code | - | "" | "" | ""
    Shipping Country | - | "" | "" | ""
    ID Number | externalId | 0007 | 0012 | 0031
    VAT Number | - | "" | "" | ""
    Website | website | brightwaterplumbing.example | fenwickstudio.example | ""
    Phone | phone | (978) 555-0134 | (802) 555-0199 | (908) 555-0121
    Currency | - | USD | USD | USD
    Public Notes | - | "" | "" | ""
    Private Notes | - | pays late | "" | ""
    First Name | firstName | Dale | Imogen | Victor
    Last Name | lastName | Brennan | Fenwick | Okafor
    Email | email | dale@brightwaterplumbing.example | imogen@fenwickstudio.example | vokafor@oakridgedental.example
    Phone | additionalPhones | (978) 555-0177 | "" | (908) 555-0160
  `),
  set({ id: 'en-freshbooks-clients-export-organization', kind: 'FreshBooks clients export (an invoicing app\'s import test)', lang: 'en', source: 'github:invoiceninja/invoiceninja tests/Feature/Import/freshbooks_clients.csv (a FreshBooks clients export)', defaultCountry: 'CA' }, `
    Organization | companyName | Maple Leaf Movers | "" | Tidewater Books
    First Name | firstName | Gord | Simone | Elias
    Last Name | lastName | MacLeod | Tremblay | Frost
    Email | email | gord@mapleleafmovers.example | simone.tremblay@mail.example | elias@tidewaterbooks.example
    Phone | phone | 902-555-0143 | 514-555-0188 | 902-555-0102
    Street | address1 | 120 Water St | 4455 Rue Saint-Denis | 9 Front St
    City | city | Halifax | Montréal | Lunenburg
    Province/State | state | NS | QC | NS
    Country | country | Canada | Canada | Canada
    Postal Code | postalCode | B3H 1A1 | H2J 2L1 | B0J 2C0
    Notes | - | "" | Net 15 | ""
  `),
  set({ id: 'en-invoice2go-clients-export', kind: 'Invoice2go clients export (an invoicing app\'s import test)', lang: 'en', source: 'github:invoiceninja/invoiceninja tests/Feature/Import/i2g_clients.csv (an Invoice2go clients export)', defaultCountry: 'AU' }, `
    Client Name | name | Jess Whitfield | Coastal Tiling Pty Ltd | Ravi Prasad
    Email | email | jess.whitfield@mail.example | accounts@coastaltiling.example | ravi.p@mail.example
    Phone | phone | 0412 555 018 | (02) 5550 1234 | 0433 555 902
    Country | country | Australia | Australia | Australia
  `),
  set({ id: 'en-wave-vendors-export', kind: 'Wave vendors export (an invoicing app\'s import test)', lang: 'en', source: 'github:invoiceninja/invoiceninja tests/Feature/Import/wave_vendors.csv (a Wave vendors export)', defaultCountry: 'CA' }, `
    # The rows are vendor companies with a contact person: "vendor_name" is the Company name; the vendor's account
    # number is the External ID. Untyped "phone" is the main phone, the mobile and the toll-free number additional.
    vendor_name | companyName | Pacific Paper Supply | Lumen Electric | Hart & Daughters
    email | email | sales@pacificpaper.example | office@lumenelectric.example | hart@hartdaughters.example
    contact_first_name | firstName | Terry | Nadine | Owen
    contact_last_name | lastName | Cho | Roy | Hart
    vendor_currency | - | CAD | CAD | CAD
    account_number | externalId | V-220 | V-221 | V-222
    phone | phone | 604-555-0133 | 250-555-0164 | 604-555-0107
    fax | - | 604-555-0134 | "" | ""
    mobile | additionalPhones | "" | 250-555-0188 | 778-555-0119
    toll_free | additionalPhones | 1-888-555-0100 | "" | ""
    website | website | pacificpaper.example | "" | hartdaughters.example
    country | country | Canada | Canada | Canada
    province/state | state | BC | BC | BC
    address_line_1 | address1 | 55 Industrial Way | 12 Oak St | 2010 Main St
    address_line_2 | - | "" | "" | Floor 2
    city | city | Burnaby | Victoria | Vancouver
    postal_code/zip_code | postalCode | V5A 1A1 | V8W 1P2 | V5T 3C3
  `),
  set({ id: 'en-zoho-books-contacts-export-wide', kind: 'Zoho Books contacts export (an invoicing app\'s import test)', lang: 'en', source: 'github:invoiceninja/invoiceninja tests/Feature/Import/zoho_contacts.csv (a Zoho Books contacts export)' }, `
    # "Display Name" beside first and last name is the Name as well. The file has no address of the contact's own
    # but the billing one, so the billing address is imported; the billing phone is not (the file has its own phone).
    # "Owner Name" is the Contact owner; "Customer ID" is the other system's id (External ID) and "Reference ID" the
    # second id, not imported. "Customer Name" repeats the display name and is not imported.
    Created Time | - | 2021-03-02 10:14:08 | 2021-05-19 16:40:51 | 2022-01-07 09:02:33
    Last Modified Time | - | 2022-06-11 08:20:00 | 2021-05-19 16:40:51 | 2022-01-09 13:12:45
    Display Name | name | Hollis Graphics | Renata Vidal | Bayside Vet Clinic
    Company Name | companyName | Hollis Graphics LLC | "" | Bayside Veterinary Clinic Inc
    Salutation | - | Mr. | Ms. | Dr.
    First Name | firstName | Grant | Renata | Helen
    Last Name | lastName | Hollis | Vidal | Park
    Phone | phone | (415) 555-0137 | (650) 555-0190 | (510) 555-0112
    Currency Code | - | USD | USD | USD
    Notes | - | "" | referred by Grant | ""
    Website | website | hollisgraphics.example | "" | baysidevet.example
    Status | - | Active | Active | Inactive
    Credit Limit | - | 5000 | "" | 2000
    Customer Sub Type | - | business | individual | business
    Billing Attention | - | Accounts Payable | "" | Office Manager
    Billing Address | address1 | 240 Townsend St | 18 Laurel Ave | 1600 Shoreline Blvd
    Billing Street2 | - | Suite 3 | "" | ""
    Billing City | city | San Francisco | San Mateo | Alameda
    Billing State | state | CA | CA | CA
    Billing Country | country | U.S.A | U.S.A | U.S.A
    Billing Code | postalCode | 94107 | 94401 | 94501
    Billing Phone | - | (415) 555-0138 | "" | ""
    Billing Fax | - | "" | "" | (510) 555-0113
    Shipping Attention | - | "" | "" | ""
    Shipping Address | - | 240 Townsend St | "" | ""
    Shipping Street2 | - | Suite 3 | "" | ""
    Shipping City | - | San Francisco | "" | ""
    Shipping State | - | CA | "" | ""
    Shipping Country | - | U.S.A | "" | ""
    Shipping Code | - | 94107 | "" | ""
    Shipping Phone | - | "" | "" | ""
    Shipping Fax | - | "" | "" | ""
    Skype Identity | - | grant.hollis | "" | ""
    Facebook | - | "" | "" | baysidevet
    Twitter | - | hollisgfx | "" | ""
    Department | - | Design | "" | ""
    Designation | - | Owner | "" | Practice Manager
    Price List | - | "" | "" | Wholesale
    Payment Terms | - | 15 | 0 | 30
    Payment Terms Label | - | Net 15 | Due on Receipt | Net 30
    Last Sync Time | - | "" | "" | ""
    Owner Name | owner | Dana Whitley | Dana Whitley | Luis Moreno
    EmailID | email | grant@hollisgraphics.example | renata.vidal@mail.example | helen.park@baysidevet.example
    MobilePhone | additionalPhones | (415) 555-0171 | (650) 555-0144 | ""
    Customer ID | externalId | 1987000000041027 | 1987000000041133 | 1987000000052001
    Customer Name | - | Hollis Graphics | Renata Vidal | Bayside Vet Clinic
    Contact Type | - | customer | customer | customer
    Customer Address ID | - | 1987000000041029 | "" | 1987000000052003
    Source | source | 1 | 2 | 1
    Reference ID | - | HG-01 | "" | BVC-7
    Payment Reminder | - | true | false | true
  `),
  set({ id: 'en-asset-tracker-users-import-sample', kind: 'IT asset tracker\'s users import sample (employees)', lang: 'en', source: 'github:snipe/snipe-it sample_csvs/users-sample.csv (the users import sample)' }, `
    # The source's first header starts with a byte-order mark, left out here. "Username" (the login) is the
    # External ID; the employee number is the second id and not imported. "Location" is the office the user sits in.
    First Name | firstName | Bianca | Theo | Latisha
    Last Name | lastName | Moreau | Grant | Evans
    Email | email | bmoreau@acme-widgets.example | tgrant@acme-widgets.example | levans@acme-widgets.example
    Username | externalId | bmoreau | tgrant | levans
    Activated | - | 1 | 1 | 0
    Location | - | HQ Chicago | Remote | Warehouse 2
    Address | address1 | 1120 W Fulton St | 88 Cedar Ln | 4100 S Halsted St
    City | city | Chicago | Madison | Chicago
    State | state | IL | WI | IL
    Country | country | US | US | US
    Postal Code | postalCode | 60607 | 53703 | 60609
    Website | website | "" | theogrant.example | ""
    Phone | phone | 312-555-0163 | 608-555-0129 | 312-555-0184
    Job Title | - | Accountant | Developer | Shift Lead
    Notes | - | "" | contractor | ""
    Employee Number | - | E1043 | E2210 | E0877
    Company | companyName | Acme Widgets | Acme Widgets | Acme Widgets
    Manager | - | Paula Kent | Sam Ortiz | Sam Ortiz
    Remote | - | 0 | 1 | 0
    VIP | - | 0 | 0 | 1
    Start Date | - | 2019-04-01 | 2022-09-12 | 2015-06-15
    End Date | - | "" | "" | ""
    Gravatar | - | "" | tgrant@acme-widgets.example | ""
  `),
  set({ id: 'en-asset-tracker-licenses-import-sample', kind: 'IT asset tracker\'s software licenses import sample (with the user each seat is checked out to)', lang: 'en', source: 'github:snipe/snipe-it sample_csvs/licenses-sample.csv (the licenses import sample)' }, `
    # Each row is a license seat checked out to a user: the user (full name, email, username) is the person. The
    # name and email the license is registered to ("Licensed To") belong to the license, not imported.
    Full Name | name | Bianca Moreau | Theo Grant | Latisha Evans
    Email | email | bmoreau@acme-widgets.example | tgrant@acme-widgets.example | levans@acme-widgets.example
    Username | externalId | bmoreau | tgrant | levans
    Item name | - | Office Suite 2021 | PhotoEdit Pro | Office Suite 2021
    serial number | - | 8F2K-11QX-77PL | PE-9921-AA01 | 8F2K-11QX-77PM
    Category | - | Productivity | Graphics | Productivity
    manufacturer | - | Microsoft | Adobe | Microsoft
    purchase date | - | 2023-01-15 | 2023-03-02 | 2023-01-15
    purchase cost | - | 249.99 | 599.00 | 249.99
    purchase order | - | PO-5512 | PO-5540 | PO-5512
    order number | - | 100231 | 100288 | 100231
    Licensed To Name | - | Acme Widgets | Acme Widgets | Acme Widgets
    Licensed to Email | - | it@acme-widgets.example | it@acme-widgets.example | it@acme-widgets.example
    expiration date | - | 2026-01-15 | 2025-03-02 | 2026-01-15
    maintained | - | yes | no | yes
    reassignable | - | yes | yes | no
    seats | - | 50 | 5 | 50
    company | - | Acme Widgets | Acme Widgets | Acme Widgets
    supplier | - | CDW | Adobe Store | CDW
    notes | - | "" | "" | ""
  `),
  set({ id: 'en-salesforce-dataloader-accounts-sample-wide', kind: 'Salesforce Data Loader\'s sample accounts extract', lang: 'en', source: 'github:forcedotcom/dataloader src/main/resources/samples/data/accountData.csv (the sample accounts data of the Data Loader)' }, `
    # The rows are accounts (companies). "ID" is Salesforce's record id: the External ID; the account number is the
    # second id, not imported. Billing is the only address of the account's own (shipping never). OWNERID is the owner.
    ID | externalId | 0013000000GkX1aAAF | 0013000000GkX1bAAF | 0013000000GkX1cAAF
    ISDELETED | - | false | false | false
    MASTERRECORDID | - | "" | "" | ""
    NAME | companyName | Pinecrest Outfitters | Selden Bio | Arbor & Vine
    TYPE | - | Customer - Direct | Prospect | Customer - Channel
    PARENTID | - | "" | "" | 0013000000GkX1aAAF
    BILLINGSTREET | address1 | 410 Summit Ave | 9 Research Pkwy | 55 Vine St
    BILLINGCITY | city | Boise | Durham | Napa
    BILLINGSTATE | state | ID | NC | CA
    BILLINGPOSTALCODE | postalCode | 83702 | 27709 | 94559
    BILLINGCOUNTRY | country | USA | USA | USA
    SHIPPINGSTREET | - | 410 Summit Ave | "" | ""
    SHIPPINGCITY | - | Boise | "" | ""
    SHIPPINGSTATE | - | ID | "" | ""
    SHIPPINGPOSTALCODE | - | 83702 | "" | ""
    SHIPPINGCOUNTRY | - | USA | "" | ""
    PHONE | phone | (208) 555-0150 | (919) 555-0172 | (707) 555-0133
    FAX | - | (208) 555-0151 | "" | ""
    ACCOUNTNUMBER | - | CD451796 | CC213425 | CD736025
    WEBSITE | website | www.pinecrest.example | seldenbio.example | ""
    SIC | - | 5941 | 2836 | 2084
    INDUSTRY | - | Retail | Biotechnology | Food & Beverage
    ANNUALREVENUE | - | 12000000 | 3500000 | 850000
    NUMBEROFEMPLOYEES | - | 140 | 32 | 18
    OWNERSHIP | - | Private | Private | Public
    TICKERSYMBOL | - | "" | "" | ARBV
    DESCRIPTION | - | "" | Series A | ""
    RATING | - | Hot | Warm | Cold
    SITE | - | "" | "" | ""
    OWNERID | owner | 00530000000cOwAAAU | 00530000000cOwAAAU | 00530000000dQ2BAAU
    CREATEDDATE | - | 2008-04-11T18:02:35.000Z | 2008-04-11T18:02:35.000Z | 2008-04-12T09:14:01.000Z
    CREATEDBYID | - | 00530000000cOwAAAU | 00530000000cOwAAAU | 00530000000cOwAAAU
    LASTMODIFIEDDATE | - | 2008-04-13T06:01:33.000Z | 2008-04-11T18:02:35.000Z | 2008-04-12T09:14:01.000Z
    LASTMODIFIEDBYID | - | 00530000000cOwAAAU | 00530000000cOwAAAU | 00530000000cOwAAAU
    SYSTEMMODSTAMP | - | 2008-04-13T06:01:33.000Z | 2008-04-11T18:02:35.000Z | 2008-04-12T09:14:01.000Z
    LASTACTIVITYDATE | - | "" | "" | ""
    ORACLE_ID__C | - | "" | "" | ""
    SESSION_ID__C | - | "" | "" | ""
  `),
  set({ id: 'en-salesforce-dataloader-insert-accounts', kind: 'Salesforce Data Loader\'s account insert test file', lang: 'en', source: 'github:forcedotcom/dataloader src/test/resources/testfiles/data/insertAccountCsv.csv (an account insert test file)' }, `
    # The rows are accounts (companies): the custom account number field is the customer's account number, the
    # External ID; the Oracle id beside it is the second id, not imported.
    NAME | companyName | Bluefin Marine | Cobalt Print Co | Dunmore Hardware
    TYPE | - | Customer | Partner | Customer
    PHONE | phone | 555-0141 | 555-0187 | 555-0112
    ACCOUNTNUMBER__C | externalId | ACCT-0001 | ACCT-0002 | ACCT-0003
    WEBSITE | website | bluefinmarine.example | cobaltprint.example | ""
    ANNUALREVENUE | - | 1200000 | 450000 | 980000
    ORACLE_ID__C | - | 1-0001 | 1-0002 | 1-0003
  `),
  set({ id: 'en-salesforce-dataloader-update-accounts-owner', kind: 'Salesforce Data Loader\'s account upsert test file keyed by an external id', lang: 'en', source: 'github:forcedotcom/dataloader src/test/resources/testfiles/data/updateAccountWithExternalIdCsvTemplate.csv (an account update test file)' }, `
    # The Oracle id is the key the file is matched on in the other system: the External ID. The owner's username is
    # the Contact owner.
    NAME | companyName | Bluefin Marine | Cobalt Print Co | Dunmore Hardware
    WEBSITE | website | bluefinmarine.example | cobaltprint.example | dunmorehw.example
    ANNUALREVENUE | - | 1300000 | 475000 | 1000000
    PHONE | phone | 555-0141 | 555-0188 | 555-0112
    ORACLE_ID__C | externalId | 1-0001 | 1-0002 | 1-0003
    OWNER:User-username | owner | kim.lee@acme.example | kim.lee@acme.example | raj.patel@acme.example
  `),
  set({ id: 'en-oro-contacts-export-social-tags', kind: 'CRM contacts export (functional test fixture)', lang: 'en', source: 'github:oroinc/crm src/Oro/Bundle/ContactBundle/Tests/Functional/DataFixtures/Data/export.csv (the contacts export test fixture)' }, `
    # "Assigned to Username" is the user in charge of the contact: the Contact owner.
    Name prefix | - | Mr. | Ms. | ""
    First name | firstName | Wesley | Corinne | Amir
    Middle name | - | J. | "" | ""
    Last name | lastName | Thornton | Blake | Haddad
    Name suffix | - | Jr. | "" | ""
    Gender | - | male | female | ""
    Description | - | "" | met at expo | ""
    Job Title | - | Buyer | Office Manager | CFO
    Fax | - | "" | "" | 555-0199
    Skype | - | wes.thornton | "" | ""
    Twitter | - | wthornton | "" | ""
    Facebook | - | "" | "" | ""
    Google+ | - | "" | "" | ""
    LinkedIn | - | http://linkedin.example/in/wthornton | "" | ""
    Birthday | dateOfBirth | 1980-07-14 | 1975-02-03 | ""
    Source Name | source | website | tradeshow | call
    Contact Method Name | - | email | phone | email
    Assigned to Username | owner | admin | jsmith | admin
    Picture URI | - | "" | "" | ""
    Picture UUID | - | "" | "" | ""
    Tags | tags | vip | "" | partner
    Phones 1 Phone | phone | 585-555-0144 | 585-555-0176 | 585-555-0129
  `),
  set({ id: 'en-oro-contacts-export-template-numbered-wide', kind: 'CRM contacts export template (functional test fixture), numbered emails, phones, groups, accounts and addresses', lang: 'en', source: 'github:oroinc/crm src/Oro/Bundle/ContactBundle/Tests/Functional/DataFixtures/Data/export_template_with_oro_org.csv (the contacts export template fixture)' }, `
    # Kept to its first 45 of 83 columns (through the first address). A bare "Id" is the External ID. The owner is
    # the Contact owner; the user the contact is also assigned to is a follower. Numbered emails and phones: the
    # first is the main one, the others additional. Groups are Tags. The default contact's account name is the
    # person's company; the second account list is not imported. The first address's own name and organization
    # columns repeat the person's and are not imported.
    Id | externalId | 101 | 102 | 103
    Name prefix | - | Mr. | Mrs. | ""
    First name | firstName | Jerry | Nell | Hugo
    Middle name | - | "" | "" | ""
    Last name | lastName | Coleman | Ashby | Lindqvist
    Name suffix | - | "" | "" | ""
    Gender | - | male | female | male
    Description | - | "" | "" | ""
    Job Title | - | Sales Manager | Owner | ""
    Fax | - | "" | "" | ""
    Skype | - | "" | "" | ""
    Twitter | - | "" | "" | ""
    Facebook | - | "" | "" | ""
    Google+ | - | "" | "" | ""
    LinkedIn | - | "" | "" | ""
    Birthday | dateOfBirth | 1973-11-09 | 1968-04-22 | ""
    Source Name | source | website | referral | tradeshow
    Contact Method Name | - | "" | "" | ""
    Owner Username | owner | admin | admin | mhall
    Assigned to Username | followers | jsmith | "" | mhall
    Emails 1 Email | email | jerry.coleman@example.com | nell@ashbyfloral.example | hugo.l@example.net
    Emails 2 Email | additionalEmails | jerry@coleman-home.example | "" | ""
    Emails 3 Email | additionalEmails | "" | "" | ""
    Phones 1 Phone | phone | 585-255-1127 | 716-555-0135 | 585-555-0160
    Phones 2 Phone | additionalPhones | 585-555-0171 | "" | ""
    Phones 3 Phone | additionalPhones | "" | "" | ""
    Groups 1 Label | tags | Sales Group | Marketing Group | Sales Group
    Groups 2 Label | tags | Marketing Group | "" | ""
    Accounts Default Contact 1 Account name | companyName | Coleman Freight | Ashby Floral | ""
    Accounts 1 Account name | - | Coleman Freight | Ashby Floral | ""
    Accounts 2 Account name | - | "" | "" | ""
    Addresses 1 Label | - | Primary Address | Shop | Home
    Addresses 1 Organization | - | Coleman Freight | "" | ""
    Addresses 1 Name prefix | - | "" | "" | ""
    Addresses 1 First name | - | Jerry | Nell | ""
    Addresses 1 Middle name | - | "" | "" | ""
    Addresses 1 Last name | - | Coleman | Ashby | ""
    Addresses 1 Name suffix | - | "" | "" | ""
    Addresses 1 Street | address1 | 1215 Caldwell Road | 44 Main St | 78 Park Ave
    Addresses 1 Street 2 | - | "" | "" | ""
    Addresses 1 Zip/Postal Code | postalCode | 14608 | 14020 | 14607
    Addresses 1 City | city | Rochester | Batavia | Rochester
    Addresses 1 State | state | New York | New York | New York
    Addresses 1 State Combined code | - | US-NY | US-NY | US-NY
    Addresses 1 Country ISO2 code | country | US | US | US
  `),
  set({ id: 'en-oro-leads-export-template-addresses', kind: 'CRM leads export template (functional test fixture)', lang: 'en', source: 'github:oroinc/crm src/Oro/Bundle/SalesBundle/Tests/Functional/DataFixtures/Data/lead_export_template.csv (the leads export template fixture)' }, `
    # Kept to its first 43 of 114 columns (through the second address). "Lead name" is the lead record's title, not
    # the person's name: not imported. The linked contact's first and last name are another record's, not imported;
    # the second address group never over the first.
    Lead name | - | Fisk - warehouse racking | Mori Design website | Achterberg Farms
    Name prefix | - | Mr. | Ms. | ""
    First name | firstName | Brandon | Keiko | Samuel
    Middle name | - | "" | "" | ""
    Last name | lastName | Fisk | Mori | Achterberg
    Name suffix | - | "" | "" | ""
    Job title | - | Operations Manager | Founder | ""
    Status Id | - | new | qualified | canceled
    Company name | companyName | Fisk Logistics | Mori Design | Achterberg Farms
    Website | website | fisklogistics.example | moridesign.example | ""
    Number of employees | - | 120 | 4 | 15
    Additional comments | - | "" | "" | ""
    Industry | - | Logistics | Design | Agriculture
    Contact First name | - | "" | Keiko | ""
    Contact Last name | - | "" | Mori | ""
    Address 1 Label | - | Primary | Office | ""
    Address 1 Organization | - | "" | "" | ""
    Address 1 Name prefix | - | "" | "" | ""
    Address 1 First name | - | "" | "" | ""
    Address 1 Middle name | - | "" | "" | ""
    Address 1 Last name | - | "" | "" | ""
    Address 1 Name suffix | - | "" | "" | ""
    Address 1 Street | address1 | 2200 Commerce Dr | 18 W 3rd St | RR 2 Box 40
    Address 1 Street 2 | - | "" | "" | ""
    Address 1 Zip/Postal Code | postalCode | 46203 | 45202 | 50021
    Address 1 City | city | Indianapolis | Cincinnati | Ankeny
    Address 1 State | state | Indiana | Ohio | Iowa
    Address 1 State Combined code | - | US-IN | US-OH | US-IA
    Address 1 Country ISO2 code | country | US | US | US
    Address 2 Label | - | "" | "" | ""
    Address 2 Organization | - | "" | "" | ""
    Address 2 Name prefix | - | "" | "" | ""
    Address 2 First name | - | "" | "" | ""
    Address 2 Middle name | - | "" | "" | ""
    Address 2 Last name | - | "" | "" | ""
    Address 2 Name suffix | - | "" | "" | ""
    Address 2 Street | - | "" | 400 Vine St | ""
    Address 2 Street 2 | - | "" | "" | ""
    Address 2 Zip/Postal Code | - | "" | "" | ""
    Address 2 City | - | "" | Cincinnati | ""
    Address 2 State | - | "" | "" | ""
    Address 2 State Combined code | - | "" | "" | ""
    Address 2 Country ISO2 code | - | "" | US | ""
  `),
  set({ id: 'en-webmail-csv-import-outlook-emails-only', kind: 'webmail address book CSV import test (an Outlook export with only its e-mail columns)', lang: 'en', source: 'github:roundcube/roundcubemail tests/src/Csv2vcard/outlook.csv (an address book import test file)' }, `
    E-mail Address | email | ines.carver@example.com | bo.lundgren@example.net | kat.mills@example.org
    E-mail 2 Address | additionalEmails | ines@carverlaw.example | "" | kmills@work.example
    E-mail 3 Address | additionalEmails | "" | "" | ""
  `),
  set({ id: 'en-webmail-csv-import-all-fields-wide', kind: 'webmail address book CSV import test with every column it knows', lang: 'en', source: 'github:roundcube/roundcubemail tests/src/Csv2vcard/all.csv (an address book import test file)' }, `
    # Kept to its first 45 of 61 columns. The source's first header starts with a byte-order mark, left out here.
    # "Primary Phone" is the main phone; the home, business and mobile phones are additional (the assistant's never).
    # The home address is the person's own; the business and other address groups are alternates, not imported.
    Display Name | name | Ines Carver | Bo Lundgren | Kat Mills
    Title | - | Ms. | Mr. | ""
    First Name | firstName | Ines | Bo | Kat
    Middle Name | - | "" | "" | ""
    Last Name | lastName | Carver | Lundgren | Mills
    Suffix | - | "" | "" | ""
    Nickname | - | "" | "" | ""
    Company | companyName | Carver Law | "" | Mills & Co
    Department | - | "" | "" | ""
    Job Title | - | Partner | "" | Owner
    Email Home | email | ines@home.example | bo.lundgren@example.net | kat.mills@example.org
    Email Work | additionalEmails | ines@carverlaw.example | "" | kat@millsco.example
    Email Other | additionalEmails | "" | "" | ""
    Home Phone | additionalPhones | (617) 555-0142 | (617) 555-0190 | ""
    Home Phone 2 | - | "" | "" | ""
    Business Phone | additionalPhones | (617) 555-0100 | "" | (781) 555-0166
    Business Phone 2 | - | "" | "" | ""
    Home Mobile | additionalPhones | (617) 555-0177 | (857) 555-0123 | (781) 555-0188
    Primary Phone | phone | (617) 555-0177 | (857) 555-0123 | (781) 555-0166
    Home Fax | - | "" | "" | ""
    Business Fax | - | "" | "" | ""
    Car Phone | - | "" | "" | ""
    Pager | - | "" | "" | ""
    Phone Video | - | "" | "" | ""
    Assistant's Phone | - | "" | "" | ""
    Other Phone | - | "" | "" | ""
    Home Street | address1 | 12 Beacon St | 88 Elm Ave | ""
    Home City | city | Boston | Cambridge | ""
    Home State | state | MA | MA | ""
    Home Zip | postalCode | 02108 | 02139 | ""
    Home Country | country | USA | USA | ""
    Business Street | - | "" | "" | 5 Main St
    Work City | - | "" | "" | Waltham
    Work State | - | "" | "" | ""
    Work Zip | - | "" | "" | ""
    Work Country | - | "" | "" | ""
    Other Street | - | "" | "" | ""
    Other City | - | "" | "" | ""
    Other State | - | "" | "" | ""
    Other Postal Code | - | "" | "" | ""
    Other Country/Region | - | "" | "" | ""
    Gender | - | female | male | female
    Birthday | dateOfBirth | 1979-05-30 | "" | 1990-12-01
    Maiden Name | - | "" | "" | ""
    Anniversary | - | "" | "" | ""
  `),
  set({ id: 'en-webmail-csv-import-thunderbird-plain', kind: 'Thunderbird address book export (a webmail\'s CSV import test)', lang: 'en', source: 'github:roundcube/roundcubemail tests/src/Csv2vcard/tb_plain.csv (an address book import test file)' }, `
    # With typed phones only, the mobile is the main phone and the work and home phones additional. The home address
    # is the person's own, the work address group an alternate. Birth year, month and day in three columns are not
    # one date, not imported. The header line ends in a separator: a trailing empty column.
    First Name | firstName | Ines | Bo | Kat
    Last Name | lastName | Carver | Lundgren | Mills
    Display Name | name | Ines Carver | Bo Lundgren | Kat Mills
    Nickname | - | "" | "" | ""
    Primary Email | email | ines@home.example | bo.lundgren@example.net | kat.mills@example.org
    Secondary Email | additionalEmails | ines@carverlaw.example | "" | ""
    Screen Name | - | "" | "" | ""
    Work Phone | additionalPhones | (617) 555-0100 | "" | (781) 555-0166
    Home Phone | additionalPhones | (617) 555-0142 | (617) 555-0190 | ""
    Fax Number | - | "" | "" | ""
    Pager Number | - | "" | "" | ""
    Mobile Number | phone | (617) 555-0177 | (857) 555-0123 | (781) 555-0188
    Home Address | address1 | 12 Beacon St | 88 Elm Ave | ""
    Home Address 2 | - | "" | "" | ""
    Home City | city | Boston | Cambridge | ""
    Home State | state | MA | MA | ""
    Home ZipCode | postalCode | 02108 | 02139 | ""
    Home Country | country | USA | USA | ""
    Work Address | - | "" | "" | 5 Main St
    Work Address 2 | - | "" | "" | ""
    Work City | - | "" | "" | ""
    Work State | - | "" | "" | ""
    Work ZipCode | - | "" | "" | ""
    Work Country | - | "" | "" | ""
    Job Title | - | "" | "" | ""
    Department | - | "" | "" | ""
    Organization | companyName | Carver Law | "" | Mills & Co
    Web Page 1 | website | carverlaw.example | "" | ""
    Web Page 2 | - | "" | "" | ""
    Birth Year | - | 1979 | "" | 1990
    Birth Month | - | 05 | "" | 12
    Birth Day | - | 30 | "" | 01
    Custom 1 | - | "" | "" | ""
    Custom 2 | - | "" | "" | ""
    Custom 3 | - | "" | "" | ""
    Custom 4 | - | "" | "" | ""
    Notes | - | "" | "" | ""
    "" | - | "" | "" | ""
  `),
  set({ id: 'en-erp-customers-contact-person-import-test', kind: 'ERP customers export used by a groupware\'s address book import test', lang: 'en', source: 'github:tine20/tine20 tests/tine20/Addressbook/Import/files/importtest_lxoffice1.csv (an ERP customers export, import test)', defaultCountry: 'DE' }, `
    # The rows are customers with a contact person ("cp_"): "name" is the customer (a firm or a person, written as
    # one name), the Name; the customer number the External ID. The contact person's columns belong to another
    # person, not imported. "department_1" is a department, not imported.
    customernumber | externalId | 73110 | 73111 | 73112
    greeting | - | Herr | Firma | Frau
    name | name | Dieter Albrecht | Elektro Kaiser GmbH | Ruth Sommer
    department_1 | - | "" | "" | ""
    street | address1 | Lindenallee 4 | Gewerbering 17 | Am Markt 2
    country | country | D | D | D
    zipcode | postalCode | 01109 | 04319 | 01662
    city | city | Dresden | Leipzig | Meißen
    phone | phone | 0351 889201 | 0341 556780 | 03521 40918
    fax | - | "" | 0341 556789 | ""
    email | email | d.albrecht@mail.example | info@elektro-kaiser.example | ""
    cp_greeting | - | "" | Herr | ""
    cp_title | - | "" | "" | ""
    cp_givenname | - | "" | Uwe | ""
    cp_name | - | "" | Kaiser | ""
    cp_phone1 | - | "" | 0341 556781 | ""
    cp_phone2 | - | "" | "" | ""
    cp_fax | - | "" | "" | ""
    cp_mobile1 | - | "" | "" | ""
    cp_mobile2 | - | "" | "" | ""
    cp_email | - | "" | uwe@elektro-kaiser.example | ""
  `),
  set({ id: 'en-groupware-user-import-example-groups', kind: 'groupware\'s admin user import example', lang: 'en', source: 'github:tine20/tine20 tests/tine20/Admin/Import/files/user_import_example.csv (the user import example)', defaultCountry: 'DE' }, `
    # The login name is the person's id in the other system: the External ID. The primary and additional groups are
    # groups the user belongs to: Tags. The password is not imported.
    firstname | firstName | Jana | Tobias | Leonie
    lastname | lastName | Seidel | Brandt | Wolff
    loginname | externalId | j.seidel | t.brandt | l.wolff
    password | - | Start123! | Start123! | Start123!
    email | email | j.seidel@firma.example | t.brandt@firma.example | ""
    primary_group_id | tags | Users | Users | Vertrieb
    additional_groups | tags | Buchhaltung | "" | Users,Messe
  `),
  set({ id: 'en-groupware-contacts-demo-data-adr-one', kind: 'groupware\'s address book demo data import (technical field names)', lang: 'en', source: 'github:tine20/tine20 tine20/Addressbook/Setup/DemoData/import/Contact/Contact.csv (the address book demo data)', defaultCountry: 'DE' }, `
    # "adr_one" is the business address, the first and main group; "adr_two" the private one, an alternate. All
    # phones are typed: the mobile is the main phone, the others additional (faxes never). The work e-mail comes first (main), the home one is additional. "org_unit" is a department.
    adr_one_countryname | country | DE | DE | DE
    adr_one_locality | city | Hamburg | Lübeck | Hamburg
    adr_one_postalcode | postalCode | 20095 | 23552 | 22767
    adr_one_region | state | Hamburg | Schleswig-Holstein | Hamburg
    adr_one_street | address1 | Mönckebergstraße 7 | Breite Straße 12 | Große Elbstraße 40
    adr_one_street2 | - | "" | "" | ""
    adr_two_countryname | - | "" | "" | ""
    adr_two_locality | - | Ahrensburg | "" | ""
    adr_two_postalcode | - | "" | "" | ""
    adr_two_region | - | "" | "" | ""
    adr_two_street | - | "" | "" | ""
    adr_two_street2 | - | "" | "" | ""
    bday | dateOfBirth | 1971-06-02 | 1984-09-19 | ""
    email | email | k.voss@hafenkontor.example | m.lange@museum-hl.example | info@elbfisch.example
    email_home | additionalEmails | kvoss@mail.example | "" | ""
    salutation | - | MR | MS | ""
    title | - | Geschäftsführer | Kuratorin | ""
    url | website | www.hafenkontor.example | www.museum-hl.example | ""
    n_given | firstName | Karsten | Meike | ""
    n_family | lastName | Voss | Lange | ""
    n_middle | - | "" | "" | ""
    n_prefix | - | Dr. | "" | ""
    org_name | companyName | Hafenkontor Voss | Museum Lübeck | Elbfisch GmbH
    org_unit | - | Leitung | Sammlung | ""
    tel_cell | phone | 0171 4455667 | 0160 2233445 | ""
    tel_cell_private | additionalPhones | "" | "" | ""
    tel_fax | - | 040 3344559 | "" | 040 8899001
    tel_fax_home | - | "" | "" | ""
    tel_home | additionalPhones | 04102 55321 | "" | ""
    tel_work | additionalPhones | 040 3344550 | 0451 122440 | 040 8899000
    notes | - | "" | Leihgabe 2024 | ""
    tags | tags | Partner | Kultur | Lieferant
  `),
  set({ id: 'en-groupware-contacts-demo-thousand-business-private', kind: 'groupware\'s generated demo contacts (business and private addresses)', lang: 'en', source: 'github:tine20/tine20 tine20/Addressbook/Setup/DemoData/out1000.csv (a thousand generated demo contacts)', defaultCountry: 'DE' }, `
    # The firm's domain is a company's domain, never; the firm's site ("url") is kept as the website the file gives
    # for the contact. Typed phones only: the mobile is the main phone; the work, home and private mobile phones are
    # additional, faxes never. The business address (first) is the address, the private one an alternate.
    org_name | companyName | Fahrradhaus Brehm e. K. | Praxis Dr. Ilse Noack | Café Möwe
    domain | - | fahrradhaus-brehm.example | praxis-noack.example | cafe-moewe.example
    url | website | http://www.fahrradhaus-brehm.example/ | http://www.praxis-noack.example/ | ""
    tel_work | additionalPhones | +49 40 5512 3301 | +49 69 7781 2200 | +49 421 660 14
    tel_fax | - | +49 40 5512 3309 | "" | ""
    tel_cell | phone | +49 151 2233 4411 | +49 160 9988 7766 | +49 176 5544 3322
    adr_one_street | address1 | Osterstr. 12 | Berger Str. 101 | Schlachte 3
    adr_one_postalcode | postalCode | 20259 | 60316 | 28195
    adr_one_locality | city | Hamburg | Frankfurt am Main | Bremen
    adr_one_countryname | country | DE | DE | DE
    gender | - | male | female | female
    title | - | "" | "" | ""
    n_given | firstName | Jonas | Ilse | Frauke
    n_middle | - | "" | "" | ""
    n_family | lastName | Brehm | Noack | Hinrichs
    tel_home | additionalPhones | +49 40 8877 221 | "" | ""
    tel_fax_home | - | "" | "" | ""
    tel_cell_private | additionalPhones | "" | +49 171 4433 2211 | ""
    email | email | j.brehm@fahrradhaus-brehm.example | i.noack@praxis-noack.example | frauke@cafe-moewe.example
    email_home | additionalEmails | jonas.brehm@mail.example | "" | ""
    adr_two_street | - | Eppendorfer Weg 5 | "" | ""
    adr_two_postalcode | - | 20259 | "" | ""
    adr_two_locality | - | Hamburg | "" | ""
    adr_two_countryname | - | DE | "" | ""
  `),
  set({ id: 'en-groupware-user-import-aliases-forwards', kind: 'groupware\'s admin user import test with mail aliases and forwards', lang: 'en', source: 'github:tine20/tine20 tests/tine20/Admin/files/tine_user5.csv (a user import test file)', defaultCountry: 'DE' }, `
    # The login name is the External ID. Mail aliases are addresses of the same mailbox: additional e-mails; the
    # forwarding addresses are where mail is sent on to, not the person's addresses, not imported.
    firstname | firstName | Ole | Pia | Rainer
    lastname | lastName | Hansen | Korte | Vogel
    loginname | externalId | ohansen | pkorte | rvogel
    password | - | Geheim!2024 | Geheim!2024 | Geheim!2024
    email | email | ohansen@verein.example | pkorte@verein.example | rvogel@verein.example
    emailAliases | additionalEmails | ole@verein.example | vorstand@verein.example | ""
    emailForwards | - | "" | pia.korte@mail.example | ""
  `),
  set({ id: 'en-groupware-contacts-duplicate-check-import', kind: 'groupware\'s address book duplicate-check import test (technical field names)', lang: 'en', source: 'github:tine20/tine20 tests/tine20/Addressbook/Import/files/import_duplicate_1.csv (an import duplicate test file)', defaultCountry: 'DE' }, `
    # Typed phones only: the mobile is the main phone, the work and home phones additional, faxes never. The work
    # e-mail is the main one, the home one additional. "role" is a job role, not imported.
    org_name | companyName | Nordlicht Medien GmbH | Bäckerei Timm | Kanzlei Roth
    salutation | - | Frau | Herr | Herr
    title | - | "" | "" | Dr.
    n_given | firstName | Anke | Sönke | Philipp
    n_family | lastName | Jensen | Timm | Roth
    role | - | Geschäftsführerin | Inhaber | Partner
    adr_one_street | address1 | Speicherstr. 3 | Dorfstr. 8 | Ring 14
    adr_one_postalcode | postalCode | 24103 | 25813 | 50672
    adr_one_locality | city | Kiel | Husum | Köln
    adr_one_countryname | country | DE | DE | DE
    tel_work | additionalPhones | 0431 908877 | 04841 6612 | 0221 4477100
    tel_fax | - | 0431 908879 | "" | 0221 4477199
    tel_cell | phone | 0171 3344551 | "" | 0162 7788990
    email | email | a.jensen@nordlicht.example | info@baeckerei-timm.example | roth@kanzlei-roth.example
    tel_fax_home | - | "" | "" | ""
    tel_home | additionalPhones | "" | 04841 3321 | ""
    email_home | additionalEmails | anke.jensen@mail.example | "" | ""
  `),
  set({ id: 'en-random-names-list-no-header', kind: 'list of sample person names without a header row (a student association\'s test data tool)', lang: 'en', source: 'github:Inter-Actief/amelie amelie/tools/data/random_names.csv (the names the test data generator draws from)', noHeader: true }, `
    # No header row: the columns are a first name, a last name, a middle initial, the whole name and the name
    # written last name first. The whole name is the Name; its other spelling (last name first) is not imported.
    "" | firstName | Lorna | Dwayne | Esther
    "" | lastName | Pruitt | Castillo | Navarro
    "" | - | K | M | J
    "" | name | Lorna K. Pruitt | Dwayne M. Castillo | Esther J. Navarro
    "" | - | Pruitt, Lorna K. | Castillo, Dwayne M. | Navarro, Esther J.
  `),
  set({ id: 'en-groupware-google-style-import-example', kind: 'Google-style contacts file, a groupware\'s import example (values only, no type columns)', lang: 'en', source: 'github:tine20/tine20 tine20/Addressbook/Import/examples/adb_google_import.csv (the Google contacts import example)', defaultCountry: 'DE' }, `
    # Numbered e-mails and phones: the first is the main one, the second additional. The first address group is the
    # address, the second an alternate. "Categories" are Tags; "Private" is a flag.
    Given Name | firstName | Kerstin | Lars | Mona
    Additional Name | - | "" | "" | ""
    Family Name | lastName | Adler | Brückner | Celik
    Title | - | Dr. | "" | ""
    Name Suffix | - | "" | "" | ""
    Web Page | website | www.adler-praxis.example | "" | ""
    Birthday | dateOfBirth | 17.04.76 | "" | 02.12.90
    Notes | - | "" | "" | ""
    E-mail 1 - Value | email | k.adler@adler-praxis.example | lars.brueckner@mail.example | mona.celik@mail.example
    E-mail 2 - Value | additionalEmails | kerstin@mail.example | "" | ""
    Address 1 - Fax | - | "" | "" | ""
    Address 1 - Street | address1 | Lessingstraße 3 | Am Wall 18 | ""
    Address 1 - City | city | Jena | Bremen | ""
    Address 1 - State | - | "" | "" | ""
    Address 1 - Postal Code | postalCode | 07743 | 28195 | ""
    Address 1 - Country | country | DE | DE | ""
    Address 2 - Fax | - | "" | "" | ""
    Address 2 - Street | - | "" | "" | Südring 4
    Address 2 - City | - | "" | "" | Kassel
    Address 2 - State | - | "" | "" | ""
    Address 2 - Postal Code | - | "" | "" | ""
    Address 2 - Country | - | "" | "" | ""
    Phone 1 - Value | phone | 03641 443210 | 0421 3377881 | 0157 66123409
    Phone 2 - Value | additionalPhones | 0176 11223344 | "" | ""
    Company | companyName | Praxis Dr. Adler | "" | ""
    Job Title | - | Ärztin | "" | ""
    Department | - | "" | "" | ""
    Private | - | 0 | 1 | 1
    Categories | tags | Kunden | Freunde | Freunde
  `),
  set({ id: 'en-groupware-user-import-semicolons-login', kind: 'groupware\'s admin user import test file (semicolon-separated)', lang: 'en', source: 'github:tine20/tine20 tests/tine20/Admin/files/tine_user3.csv (a user import test file)', defaultCountry: 'DE' }, `
    # The login name is the External ID; the password is not imported.
    firstname | firstName | Sanna | Veikko | Ilona
    lastname | lastName | Lehtinen | Mäkelä | Rantanen
    loginname | externalId | slehtinen | vmakela | irantanen
    password | - | Kevät2024! | Kesä2024! | Syksy2024!
    email | email | sanna@firma.example | veikko@firma.example | ilona@firma.example
  `),
  // --------------------------------------------------------------------------------------------------- German
  set({ id: 'de-datev-debitoren-kreditoren-stammdaten', kind: 'DATEV debtor and creditor master data export (EXTF format sample shipped with an ERP)', lang: 'de', source: 'github:kivitendo/kivitendo-erp doc/DATEV-2015/EXTF_Stammdaten-Deb-Kred.csv (a DATEV master data sample, ISO-8859-1)', defaultCountry: 'DE',
    above: [['EXTF', '510', '16', 'Debitoren/Kreditoren', '4', '20150729093352970', '', 'RE', 'Admin', '', '55003', '63021', '20150101', '4', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '']] }, `
    # The DATEV format's first line is a format header above the column names. The file is ISO-8859-1; the umlauts are
    # written here as they read. Kept to its first 40 of over 200 columns.
    # "Konto" is the debtor's account number in the bookkeeping: a customer's account number, the External ID.
    # "Name (Adressattyp keine Angabe)" holds the whole name where the kind of address is not given: the Name.
    # "Telefon GL" is the phone of the firm's management: a manager's, not imported.
    Konto | externalId | 10010 | 10011 | 10012
    Name (Adressattyp Unternehmen) | companyName | Schreinerei Haberl GmbH | "" | ""
    Unternehmensgegenstand | - | Schreinerei | "" | ""
    Name (Adressattyp natürl. Person) | lastName | "" | Kowalczyk | ""
    Vorname (Adressattyp natürl. Person) | firstName | "" | Irene | ""
    Name (Adressattyp keine Angabe) | name | "" | "" | Ferienwohnung Seeblick
    Adressattyp | - | 2 | 1 | 0
    Kurzbezeichnung | - | Haberl | Kowalczyk I. | Seeblick
    EU-Land | - | DE | "" | ""
    EU-UStID | - | 284716503 | "" | ""
    Anrede | - | Firma | Frau | ""
    Titel/Akad. Grad | - | "" | Dr. | ""
    Adelstitel | - | "" | "" | ""
    Namensvorsatz | - | "" | "" | ""
    Adressart | - | STR | STR | PF
    Straße | address1 | Lindenweg 12 | Am Hang 3 | ""
    Postfach | - | "" | "" | 1120
    Postleitzahl | postalCode | 90489 | 91052 | 83700
    Ort | city | Nürnberg | Erlangen | Rottach-Egern
    Land | country | "" | "" | ""
    Versandzusatz | - | "" | "" | ""
    Adresszusatz | - | Hinterhaus | "" | ""
    Abweichende Anrede | - | "" | "" | ""
    Abw. Zustellbezeichnung 1 | - | "" | "" | ""
    Abw. Zustellbezeichnung 2 | - | "" | "" | ""
    Kennz. Korrespondenzadresse | - | 1 | 1 | 1
    Adresse Gültig von | - | 01012014 | "" | ""
    Adresse Gültig bis | - | "" | "" | ""
    Telefon | phone | 0911 4471230 | 09131 882714 | 08022 66190
    Bemerkung (Telefon) | - | Zentrale | privat | ""
    Telefon GL | - | 0911 4471231 | "" | ""
    Bemerkung (Telefon GL) | - | "" | "" | ""
    E-Mail | email | info@haberl-holz.example | i.kowalczyk@mail.example | seeblick@fewo.example
    Bemerkung (E-Mail) | - | "" | "" | ""
    Internet | website | www.haberl-holz.example | "" | www.fewo-seeblick.example
    Bemerkung (Internet) | - | "" | "" | ""
    Fax | - | 0911 4471239 | "" | ""
    Bemerkung (Fax) | - | "" | "" | ""
    Sonstige | - | "" | "" | ""
    Bemerkung (Sonstige) | - | "" | "" | ""
  `),
  set({ id: 'de-datev-diverse-adressen-rechnungsadresse', kind: 'DATEV miscellaneous addresses export (EXTF format sample shipped with an ERP)', lang: 'de', source: 'github:kivitendo/kivitendo-erp doc/DATEV-2015/EXTF_Div-Adressen.csv (a DATEV addresses sample, ISO-8859-1)', defaultCountry: 'DE',
    above: [['EXTF', '510', '48', 'Diverse Adressen', '2', '20150729103107277', '', 'RE', 'Admin', '', '55003', '63021', '20150101', '4', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '']] }, `
    # The DATEV format's first line is a format header above the column names. Kept to its first 47 columns (to the
    # website). "Adressnummer" is the address's own number in DATEV (the External ID); the booking account beside it
    # is the second id, not imported. The billing address group is not imported: the file has the contact's own.
    Adressnummer | externalId | DIV510 | DIV511 | DIV512
    Konto | - | 30010 | 30011 | ""
    Anrede | - | Firma | Herr | Frau
    Name (Adressattyp Unternehmen) | companyName | Gerüstbau Amann KG | "" | ""
    Unternehmensgegenstand | - | Gerüstbau | "" | ""
    Kurzbezeichnung | - | Amann | Petersen | Ulrich
    Name (Adressattyp natürl. Person) | lastName | "" | Petersen | Ulrich
    Vorname (Adressattyp natürl. Person) | firstName | "" | Jens | Sabine
    Name (Adressattyp keine Angabe) | name | "" | "" | ""
    Adressattyp | - | 2 | 1 | 1
    Titel/Akad. Grad | - | "" | "" | Prof.
    Adelstitel | - | "" | "" | ""
    Namensvorsatz | - | "" | "" | ""
    Abweichende Anrede | - | "" | Lieber Jens | ""
    Adressart | - | STR | STR | STR
    Straße | address1 | Industriestraße 8 | Kiefernweg 21 | Bahnhofplatz 2
    Postfach | - | "" | "" | ""
    Postleitzahl | postalCode | 90411 | 24937 | 79098
    Ort | city | Nürnberg | Flensburg | Freiburg
    Land | country | DE | DE | DE
    Versandzusatz | - | "" | "" | ""
    Adresszusatz | - | "" | "" | 3. OG
    Abw. Zustellbezeichnung 1 | - | "" | "" | ""
    Abw. Zustellbezeichnung 2 | - | "" | "" | ""
    Kennz. Korrespondenzadresse | - | 1 | 1 | 1
    Adresse Gültig von | - | "" | "" | ""
    Adresse Gültig bis | - | "" | "" | ""
    Abweichende Anrede (Rechnungsadresse) | - | "" | "" | ""
    Adressart (Rechnungsadresse) | - | PF | "" | ""
    Straße (Rechnungsadresse) | - | "" | "" | ""
    Postfach (Rechnungsadresse) | - | 4410 | "" | ""
    Postleitzahl (Rechnungsadresse) | - | 90026 | "" | ""
    Ort (Rechnungsadresse) | - | Nürnberg | "" | ""
    Land (Rechnungsadresse) | - | DE | "" | ""
    Versandzusatz (Rechnungsadresse) | - | "" | "" | ""
    Adresszusatz (Rechnungsadresse) | - | "" | "" | ""
    Abw. Zustellbezeichnung 1 (Rechnungsadresse) | - | "" | "" | ""
    Abw. Zustellbezeichnung 2 (Rechnungsadresse) | - | "" | "" | ""
    Adresse Gültig von (Rechnungsadresse) | - | "" | "" | ""
    Adresse Gültig bis (Rechnungsadresse) | - | "" | "" | ""
    Telefon | phone | +49 911 5530120 | 0461 772034 | 0761 2029981
    Bemerkung (Telefon) | - | "" | "" | ""
    Telefon GL | - | +49 911 5530121 | "" | ""
    Bemerkung (Telefon GL) | - | "" | "" | ""
    E-Mail | email | buero@amann-geruest.example | jens.petersen@mail.example | s.ulrich@uni.example
    Bemerkung (E-Mail) | - | "" | "" | ""
    Internet | website | www.amann-geruest.example | "" | ""
  `),
  set({ id: 'de-verein-import-two-rows-ort-email', kind: 'association register\'s person import test file', lang: 'de', source: 'github:hitobito/hitobito spec/fixtures/csv/two_rows.csv (a person import test file)', defaultCountry: 'CH' }, `
    # The source's "Email" header has a leading space (", Email"), left out here.
    Vorname | firstName | Noémie | Lukas | Seraina
    Nachname | lastName | Bürki | Gerber | Caduff
    Geburtsdatum | dateOfBirth | 14.03.1995 | 02.11.1988 | ""
    Ort | city | Bern | Thun | Chur
    Email | email | noemie.buerki@mail.example | lukas.gerber@mail.example | seraina@mail.example
  `),
  set({ id: 'de-verein-import-empty-line-above', kind: 'association register\'s person import test file with an empty line above the header', lang: 'de', source: 'github:hitobito/hitobito spec/fixtures/csv/empty_lines.csv (a person import test file)', defaultCountry: 'CH', above: [['', '', '', '']] }, `
    Vorname | firstName | Flurin | Annina | Dario
    Nachname | lastName | Casutt | Zbinden | Rossi
    Geburtsdatum | dateOfBirth | 30.06.2001 | 11.01.1999 | 07.08.2003
  `),
  set({ id: 'de-verein-import-headers-with-extra-words', kind: 'association register\'s person import test file (headers with extra words and blanks)', lang: 'de', source: 'github:hitobito/hitobito spec/fixtures/csv/fields_with_blanks.csv (a person import test file)', defaultCountry: 'CH' }, `
    # The source's second and third headers have a leading space, left out here.
    Vorname dump | firstName | Reto | Jana | Urs
    Nachname tralal | lastName | Imhof | Steiner | Brunner
    Geburtsdatum | dateOfBirth | 19.04.1990 | 28.02.1986 | 05.12.1979
  `),
  set({ id: 'de-groupware-import-vorwahl-telefonnummer', kind: 'groupware\'s address book import test with the dialling code and the number in two columns', lang: 'de', source: 'github:tine20/tine20 tests/tine20/Addressbook/Import/files/append.csv (an import test that joins columns)', defaultCountry: 'DE' }, `
    # The dialling code and the number are in two columns: the number is the Phone (a mapping cannot join them, and
    # the number is the column a person would point at the phone). "und_so_weiter" (and so on) is a leftover column.
    Vorwahl_Tel | - | 0221 | 089 | 030
    Telefonnummer | phone | 4471209 | 55109834 | 8823176
    Name | lastName | Schuster | Albers | Ebert
    Vorname | firstName | Ingrid | Falk | Nele
    und_so_weiter | - | Nachbarin | "" | Chor
  `),
  set({ id: 'de-mac-contacts-export-tabs', kind: 'Mac address book export in German (tab-separated, an import example of a groupware)', lang: 'de', source: 'github:tine20/tine20 tine20/Addressbook/Import/examples/adb_mac_import.csv (the Mac address book import example)', defaultCountry: 'DE' }, `
    # The work address is the only full address the export has (the private one has just its country): the
    # address. "Hauptnummer" (main number) is the main phone; the work, private, mobile and other phones are
    # additional, faxes and pagers never. The work e-mail comes first: the main one; the others are additional.
    Vorname | firstName | Heike | Matthias | Gül
    Ausspracheform Vorname | - | "" | "" | ""
    Nachname | lastName | Reuter | Lindner | Aksoy
    Ausspracheform Nachname | - | "" | "" | ""
    Firma | companyName | Reuter Steuerberatung | "" | Aksoy Reisen
    Berufsbezeichnung | - | Steuerberaterin | "" | Inhaberin
    Arbeitsadresse Land | country | DE | "" | DE
    Arbeitsadresse Strasse | address1 | Königstraße 20 | "" | Hauptstraße 51
    Arbeitsadresse Stadt | city | Stuttgart | "" | Mannheim
    Arbeitsadresse Bundesland | state | BW | "" | BW
    Arbeitsadresse PLZ | postalCode | 70173 | "" | 68159
    Privatadresse Land | - | DE | DE | ""
    Andere Adr. Strasse | - | "" | "" | ""
    Andere Adr. Stadt | - | "" | "" | ""
    Andere Adr. Bundesland | - | "" | "" | ""
    Andere Adr. PLZ | - | "" | "" | ""
    Andere Adr. Land | - | "" | "" | ""
    Arbeit E-Mail | email | h.reuter@stb-reuter.example | "" | guel@aksoy-reisen.example
    Privat E-Mail | additionalEmails | heike.reuter@mail.example | matthias.lindner@mail.example | ""
    Andere E-Mail | additionalEmails | "" | "" | ""
    Arbeit Telefon | additionalPhones | 0711 2290410 | "" | 0621 1577300
    Privat Telefon | additionalPhones | "" | 030 6612098 | ""
    Hauptnummer | phone | 0711 2290400 | "" | 0621 1577300
    Mobiltelefon | additionalPhones | 0172 5566123 | 0157 33412098 | ""
    Pager Nummer | - | "" | "" | ""
    Andere Telefonnummer | additionalPhones | "" | "" | ""
    Arbeit Fax | - | 0711 2290499 | "" | ""
    Privat Fax | - | "" | "" | ""
    Arbeit AIM | - | "" | "" | ""
    Privat AIM | - | "" | "" | ""
    Arbeit Jabber | - | "" | "" | ""
    Privat Jabber | - | "" | "" | ""
    Arbeit MSN | - | "" | "" | ""
    Privat MSN | - | "" | "" | ""
    Arbeit Yahoo | - | "" | "" | ""
    Privat Yahoo | - | "" | "" | ""
    Arbeit ICQ | - | "" | "" | ""
    Privat ICQ | - | "" | "" | ""
    Homepage | website | www.stb-reuter.example | "" | www.aksoy-reisen.example
    Notizen | - | "" | Schulfreund | ""
    Geburtstag | dateOfBirth | 12.03.72 | 05.08.85 | ""
  `),
  set({ id: 'de-payroll-employees-export-name-vorname', kind: 'payroll export of employees (DATEV-style labels, an HR import test)', lang: 'de', source: 'github:tine20/tine20 tests/tine20/HumanResources/files/employee.csv (an HR employees import test file)', defaultCountry: 'DE' }, `
    # "Name, Vorname" holds the whole name (last name first): the Name. The employee number is the External ID. The
    # street column holds the street or a PO box and the house number sits apart: the street is still the address
    # line, the house number alone is not imported. Payroll adviser and client numbers, dates, bank and insurer not.
    Berater | - | 29098 | 29098 | 29098
    Mandant | - | 10001 | 10001 | 10001
    Abrechnungsmonat | - | 01.06.2024 | 01.06.2024 | 01.06.2024
    Mitarbeiternummer | externalId | 00021 | 00022 | 00035
    Name, Vorname | name | Becker, Tanja | Yildiz, Emre | Schulze, Frank
    Postleitzahl des Mitarbeiters | postalCode | 28203 | 28215 | 27570
    Ort des Mitarbeiters | city | Bremen | Bremen | Bremerhaven
    Strasse /Postfach des Mitarbeiters | address1 | Ostertorsteinweg | Findorffstr. | Lange Str.
    Hausnummer des Mitarbeiters | - | 41 | 7a | 112
    Eintrittsdatum aktuell | - | 01.04.2019 | 15.08.2022 | 01.01.2010
    Austrittsdatum aktuell | - | "" | "" | 30.09.2024
    Geburtsdatum des Mitarbeiters | dateOfBirth | 14.02.1988 | 03.11.1995 | 22.07.1969
    Anzahl der Kinderfreibeträge | - | 1,0 | 0,0 | 0,5
    Stammkostenstelle des Mitarbeiters | - | 100 | 200 | 100
    Kontonummer der Mitarbeiterbankverbindung | - | 1234567890 | 2233445566 | 9988776655
    Bankbezeichnung der Mitarbeiterbankverbindung | - | Sparkasse Bremen | Volksbank | Weser-Elbe Sparkasse
    Bankleitzahl der Mitarbeiterbankverbindung | - | 29050101 | 29190024 | 29250000
    Bezeichnung der gesetzlichen Krankenkasse des Mitarbeiters | - | AOK Bremen | TK | hkk
  `),
  set({ id: 'de-course-class-list-vorname-name', kind: 'school course pupil list (a groupware\'s course import test)', lang: 'de', source: 'github:tine20/tine20 tests/tine20/Courses/files/testklasse.csv (a class list import test file)', defaultCountry: 'DE' }, `
    # "NAME" beside "VORNAME" is the last name. The source's first header starts with a byte-order mark, left out
    # here; the header line ends in a separator: a trailing empty column.
    VORNAME | firstName | Lina | Malte | Aylin
    NAME | lastName | Hoffmann | Peters | Demir
    "" | - | "" | "" | ""
  `),
  set({ id: 'de-outlook-2013-contacts-export-business-first', kind: 'Outlook 2013 contacts export in German (a groupware\'s import test)', lang: 'de', source: 'github:tine20/tine20 tests/tine20/Addressbook/Import/files/importtest_outlook2013.csv (an Outlook export import test, Windows-1252)', defaultCountry: 'DE' }, `
    # Kept to its first 45 of 92 columns (to "Haupttelefon"). The business address group comes first and is the
    # address; the private and other groups are alternates. "Haupttelefon" (main phone) is the main phone; the
    # business, company, car, private, mobile and other phones additional; the assistant's, faxes, ISDN, pager never.
    Anrede | - | Herr | Frau | ""
    Vorname | firstName | Christoph | Melanie | Onur
    Weitere Vornamen | - | "" | "" | ""
    Nachname | lastName | Baier | Franke | Kılıç
    Suffix | - | "" | "" | ""
    Firma | companyName | Baier Haustechnik | Franke & Partner | ""
    Abteilung | - | "" | "" | ""
    Position | - | Meister | Vertrieb | ""
    Straße geschäftlich | address1 | Bahnhofstr. 9 | Hafenweg 22 | ""
    Straße geschäftlich 2 | - | "" | "" | ""
    Straße geschäftlich 3 | - | "" | "" | ""
    Ort geschäftlich | city | Augsburg | Hamburg | ""
    Region geschäftlich | state | Bayern | "" | ""
    Postleitzahl geschäftlich | postalCode | 86150 | 20457 | ""
    Land/Region geschäftlich | country | Deutschland | Deutschland | ""
    Straße privat | - | "" | "" | Wiesenweg 5
    Straße privat 2 | - | "" | "" | ""
    Straße privat 3 | - | "" | "" | ""
    Ort privat | - | "" | "" | Kassel
    Bundesland/Kanton privat | - | "" | "" | ""
    Postleitzahl privat | - | "" | "" | 34117
    Land/Region privat | - | "" | "" | ""
    Weitere Straße | - | "" | "" | ""
    Weitere Straße 2 | - | "" | "" | ""
    Weitere Straße 3 | - | "" | "" | ""
    Weiterer Ort | - | "" | "" | ""
    Weiteres/r Bundesland/Kanton | - | "" | "" | ""
    Weitere Postleitzahl | - | "" | "" | ""
    Weiteres/e Land/Region | - | "" | "" | ""
    Telefon Assistent | - | "" | "" | ""
    Fax geschäftlich | - | 0821 455129 | "" | ""
    Telefon geschäftlich | additionalPhones | 0821 455120 | +49 (0) 40 6432100 | ""
    Telefon geschäftlich 2 | additionalPhones | "" | "" | ""
    Rückmeldung | - | "" | "" | ""
    Autotelefon | additionalPhones | "" | "" | ""
    Telefon Firma | additionalPhones | 0821 455100 | "" | ""
    Fax privat | - | "" | "" | ""
    Telefon (privat) | additionalPhones | "" | "" | 0561 778812
    Telefon (privat 2) | additionalPhones | "" | "" | ""
    ISDN | - | "" | "" | ""
    Mobiltelefon | additionalPhones | 0170 8899123 | "" | 0176 22334455
    Weiteres Fax | - | "" | "" | ""
    Weiteres Telefon | additionalPhones | "" | "" | ""
    Pager | - | "" | "" | ""
    Haupttelefon | phone | 0821 455120 | +49 (0) 40 6432100 | 0176 22334455
  `),
  set({ id: 'de-groupware-import-undefined-columns-leer', kind: 'groupware\'s address book import test with unmapped and empty columns', lang: 'de', source: 'github:tine20/tine20 tests/tine20/Addressbook/Import/files/mapundefined.csv (an import test with undefined columns)', defaultCountry: 'DE' }, `
    # As in the joined-columns test of the same importer: the number is the Phone, the dialling code apart is not
    # imported; "leer" (empty) is an empty column.
    Vorwahl_Tel | - | 040 | 0511 | 0351
    Telefonnummer | phone | 3390127 | 7788123 | 4412098
    Name | lastName | Rieger | Hahn | Sauer
    Vorname | firstName | Till | Greta | Jonte
    und_so_weiter | - | "" | Verein | ""
    leer | - | "" | "" | ""
  `),
  // --------------------------------------------------------------------------------------------------- Mixed
  set({ id: 'mixed-verein-person-import-typed-phones', kind: 'association register\'s person import list (English keys with German phone and social labels)', lang: 'mixed', source: 'github:hitobito/hitobito spec/fixtures/csv/list.csv (the person import test list)', defaultCountry: 'CH' }, `
    # "company" is a yes/no flag (the row is a company), not a name. With typed phones only, the mobile ("mobil") is
    # the main phone and the person's other, work and private phones are additional; the mother's and father's
    # phones are not the person's. "social_account_webseite" is the person's website.
    first_name | firstName | Selina | Marco | Ursula
    last_name | lastName | Hofer | Bianchi | Wenger
    company | - | nein | ja | 0
    company_name | companyName | "" | Bianchi Elektro AG | ""
    email | email | selina.hofer@mail.example | marco@bianchi-elektro.example | u.wenger@mail.example
    street | address1 | Kramgasse | Industriestrasse | Dorfstrasse
    housenumber | - | 12 | 7a | 41
    zip_code | postalCode | 3011 | 6300 | 3612
    town | city | Bern | Zug | Steffisburg
    country | country | CH | CH | CH
    gender | - | w | m | w
    birthday | dateOfBirth | 1994-05-17 | 1979-10-02 | 1961-01-23
    phone_number_andere | additionalPhones | "" | 041 710 22 33 | ""
    phone_number_arbeit | additionalPhones | 031 300 44 55 | 041 710 22 30 | ""
    phone_number_fax | - | "" | 041 710 22 39 | ""
    phone_number_mobil | phone | 079 456 12 34 | 078 222 11 00 | 076 555 90 12
    phone_number_mutter | - | 079 888 12 12 | "" | ""
    phone_number_privat | additionalPhones | 031 921 55 66 | "" | 033 437 81 20
    phone_number_vater | - | 079 777 34 34 | "" | ""
    social_account_skype | - | selina.hofer | "" | ""
    social_account_msn | - | "" | "" | ""
    social_account_webseite | website | "" | bianchi-elektro.example | ""
    additional_information | - | Leiterin Jungschar | "" | Ehemalige
    tags | tags | leiterin | sponsor | ehemalige
  `),
  set({ id: 'mixed-mautic-form-results-spanish-fields', kind: 'form submission results of a Spanish-language registration form (fixture, English system columns with Spanish field aliases)', lang: 'mixed', source: 'github:mautic/mautic app/bundles/FormBundle/DataFixtures/ORM/fakeresult2data.csv (the Spanish form results fixture)', defaultCountry: 'MX' }, `
    # As in the English form's results: "lead" is the tool's id of the contact (External ID); "nombre" holds the
    # whole name; "nmerodeasistentes" (número de asistentes) is the party size, not a contact field.
    form | - | 2 | 2 | 2
    page | - | 2 | 2 | 2
    ipAddress | - | 7 | 8 | 9
    lead | externalId | 7 | 8 | 9
    nombre | name | Lucía Prieto | Andrés Solís | Marta Quiroga
    email | email | LuciaPrieto@mail.example | AndresSolis@post.example | MartaQuiroga@mail.example
    nmerodeasistentes | - | 1 | 3 | 2
  `),
  set({ id: 'mixed-groupware-import-plz-ort-combined', kind: 'groupware\'s address book import test with a combined postcode and town column (technical names with a German label)', lang: 'mixed', source: 'github:tine20/tine20 tests/tine20/Addressbook/Import/files/import_split.csv (an import test that splits a column)', defaultCountry: 'DE' }, `
    # "PLZ/Ort Kombination" holds the postcode and the town in one cell: the town is what a person would keep, so it
    # is the City (the postcode cannot be split off by a mapping).
    n_given | firstName | Birgit | Holger | Svenja
    n_family | lastName | Kramer | Janssen | Pohl
    PLZ/Ort Kombination | city | 50667 Köln | 26122 Oldenburg | 53111 Bonn
  `),
  set({ id: 'mixed-hr-employees-demo-german-labels', kind: 'groupware\'s HR employees demo import (German payroll labels with English system columns)', lang: 'mixed', source: 'github:tine20/tine20 tine20/HumanResources/Setup/DemoData/import/Employee/Employee.csv (the HR employees demo data)', defaultCountry: 'DE' }, `
    # The employee number is the External ID; "user" (the employee's login) is the second id, not imported. Bank
    # details, the health insurer, the supervisor, the division and the cost centre are not contact fields.
    Mitarbeiternummer | externalId | 7 | 8 | 9
    Eintrittsdatum aktuell | - | 2021-04-01 | 2019-10-15 | 2023-01-02
    Austrittsdatum aktuell | - | "" | "" | ""
    Kontonummer der Mitarbeiterbankverbindung | - | 0012345678 | 0098765432 | 0044556677
    Bankbezeichnung der Mitarbeiterbankverbindung | - | Sparkasse | Volksbank | Sparkasse
    Bankleitzahl der Mitarbeiterbankverbindung | - | 20050550 | 20190003 | 20050550
    Bezeichnung der gesetzlichen Krankenkasse des Mitarbeiters | - | TK | AOK | DAK
    user | - | afischer | bkoch | cwerner
    supervisor | - | m.schreiber | m.schreiber | afischer
    division | - | SE | SE | QA
    costcenter | - | SE | SE | QA
  `),
];
