// The held-out part of the auto-mapping corpus (see corpus-format.ts). Written down, with its expected mapping,
// before the new auto-mapper was built; never used to tune the lexicon or the rules, only measured.
import { corpusSet, type CorpusSet } from './corpus-format';

const heldout = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout' }, table);

export const HELDOUT: CorpusSet[] = [
  heldout({ id: 'pt-contatos-ponto', kind: 'hand-made list', lang: 'pt', defaultCountry: 'BR', source: 'github:RenatoCostaDev/contatos-ponto-csv contatos.csv' }, `
    id | externalId | 1 | 2
    nome | name | Jonh | Luis Ignacio
    telefone | phone | (51)9827493 | (31)9388409
  `),
  heldout({ id: 'es-gestion-contactos', kind: 'hand-made list', lang: 'es', defaultCountry: 'CO', source: 'github:WilsonUribe/gestiondecontactos contactos.csv' }, `
    Nombre | name | Laura Gómez | Pedro Ruiz
    Telefono | phone | 310 123 4567 | 315 765 4321
    Email | email | laura@example.co | pedro@example.com
    Categoria | tags | Familia | Trabajo
    Favorito | - | Sí | No
  `),
  heldout({ id: 'it-corso-contatti', kind: 'hand-made list', lang: 'it', defaultCountry: 'IT', source: 'github:lbarozzi/2025_corsopy contatti.csv' }, `
    nome | firstName | Marco | Giulia
    cognome | lastName | Rossi | Bianchi
    telefono | phone | +39 347 1234567 | +39 339 2345678
  `),
  heldout({ id: 'fr-adherents-club', kind: 'hand-made list (upper case)', lang: 'fr', defaultCountry: 'FR', source: 'github:baptistefetet/streamlit_test test/adherents.csv' }, `
    NOM | lastName | DUPONT | LEGROS
    PRÉNOM | firstName | Baptiste | Sophie
    NOUVEAU | - | N | R
    TEL | phone | 0670332046 | 0633700264
    MAIL | email | baptiste@example.fr | sophie@example.fr
  `),
  heldout({ id: 'fr-adherents-mojibake', kind: 'hand-made list saved in the wrong encoding', lang: 'fr', defaultCountry: 'FR', source: 'github:baptistefetet/streamlit_test samples/adherents.csv' }, `
    "" | - | 1 | 2
    NOM | lastName | DUPONT | LEGROS
    PR\uFFFDNOM | firstName | Baptiste | Sophie
    NOUVEAU | - | N |
    TOTAL | - | 88 | 65
    TEL | phone | 0670332046 | 0633700264
    MAIL | email | baptiste@example.fr | sophie@example.fr
  `),
  heldout({ id: 'es-whatsapp-etiquetas', kind: 'hand-made list', lang: 'es', defaultCountry: 'CO', source: 'github:KarCan2023/qr-wpp-links sample_contacts.csv' }, `
    NOMBRE | name | María | Juan
    TELEFONO | phone | +57 310 123 4567 | 3027248068
    ETIQUETA | tags | Rompiendo el Techo | Reunión Jueves
  `),
  heldout({ id: 'es-whatsapp-numero', kind: 'hand-made list (phrase headers)', lang: 'es', defaultCountry: 'NI', source: 'github:Benchav/Automate-WhatsApp-Messages contactos.csv' }, `
    nombre completo | name | Joshua Chavez | Maria Lopez
    numero de telefono | phone | +50587156910 | +50588123456
  `),
  heldout({ id: 'en-tank-crm', kind: 'small-business CRM export (snake_case)', lang: 'en', defaultCountry: 'CA', source: 'github:Robertja98/crm contacts_export.csv' }, `
    first_name | firstName | Wayne |
    last_name | lastName | Arsenault |
    company | companyName | AIRBORN FLEXIBLE CIR | LEYSONS PRODUCTS
    email | email | wayne@example.com |
    phone | phone | (416) 752-2224 | 905) 648-7832
    address | address1 | |
    city | city | East York | Ancaster
    province | state | ON |
    postal_code | postalCode | L3R 4C1 | M9W 4Y1
    country | country | |
    notes | - |
    linkedin | - |
    created_at | - | 0000-00-00 00:00:00 | 0000-00-00 00:00:00
    last_modified | - | 0000-00-00 00:00:00 | 0000-00-00 00:00:00
    is_customer | - | 0 | 0
    tank_number | - |
    delivery_date | - | 0000-00-00 | 0000-00-00
    tags | tags |
  `),
  heldout({ id: 'en-prospect-export', kind: 'prospecting tool export (Name + Last_Name)', lang: 'en', source: 'github:eliastsoukatos/cognism_scrapper contacts_export.csv' }, `
    id | externalId | 1 | 2
    Name | firstName | Chad | Stephanie
    Last_Name | lastName | Anderson | Johnson
    Mobile_Phone | phone | +16125550111 | +16155550112
    Email | email | chad@example.com | stephanie@example.com
    Role | - | Founder | Chief Executive Officer
    City | city | Minneapolis | Nashville
    State | state | Minnesota | Tennessee
    Country | country | United States | United States
    Timezone | - | CT | CT
    LinkedIn_URL | - | https://www.linkedin.com/in/a | https://www.linkedin.com/in/b
    Company_Name | companyName | Cirrius Solutions Inc. | Acklen Avenue
    Website | website | https://example.com/ | https://example.org/
    Employees | - | 87 | 177
    Founded | - | 2009 | 2011
    Segment | - | SofDev | SofDev
    Timestamp | - | 2025-02-02 20:59:02 | 2025-02-02 20:59:02
    Cognism_URL | - | https://app.example.com/p/1 | https://app.example.com/p/2
  `),
  heldout({ id: 'linkedin-notes-above', kind: 'LinkedIn connections export (notes above the header)', lang: 'en', source: 'github:JasonToups/linkedin-export-sorting Connections.csv', above: [['Notes:'], ['When exporting your connection data, you may notice that some of the email addresses are missing.'], []] }, `
    First Name | firstName | Anjula | Arun Kumar
    Last Name | lastName | Batra | R
    URL | website | https://www.linkedin.com/in/anjula-batra | https://www.linkedin.com/in/arun-kumar-r
    Email Address | email | |
    Company | companyName | Prepfully | Unidor Consulting
    Position | - | Business Development Manager | Account Manager
    Connected On | - | 30 May 2024 | 30 May 2024
  `),
  heldout({ id: 'housecall-pro-customers', kind: 'Housecall Pro customer export', lang: 'en', source: 'github:Mikejz1978/sillydog-app attached_assets/SillyDogPooperScooper_customer_export_1763319298244.csv' }, `
    First Name | firstName | Charlotte | Dan
    Last Name | lastName | Rapp | Mills
    Display Name | name | Charlotte Rapp | Dan Mills
    Mobile Number | phone | 7025550123 | 7025550124
    Home Number | additionalPhones | |
    Email | email | charlotte@example.com | dan@example.com
    Additional Emails | additionalEmails | |
    Company | companyName | |
    Role | - | |
    Work Number | additionalPhones | |
    Bills to | - | |
    Accepts bills from | - | |
    Tags | tags | 'mike', 'tues' |
    Notes | - | Ring door bell at gate |
    ID | externalId | 68659903 | 68659904
    Customer Type | - | homeowner | homeowner
    Customer notifications enabled | - | true | true
    Customer is Contractor | - | false | false
    Lead Source | source | |
    Customer created at | - | 2022-04-25T22:33:51Z | 2022-05-01T10:00:00Z
    Last service date | - | 2025-11-11T18:10:12Z |
    Lifetime value | - | $2742.50 | $120.00
    Address_1 Street Line 1 | address1 | 1400 Curtis Ct | 12 Elm St
    Address_1 Street Line 2 | - | |
    Address_1 City | city | Pahrump | Las Vegas
    Address_1 State | state | Nv | NV
    Address_1 Postal Code | postalCode | 89048 | 89101
    Address_1 Billing? | - | |
    Address_1 Notes | - | |
    Address_2 Street Line 1 | - | |
    Address_2 Street Line 2 | - | |
    Address_2 City | - | |
    Address_2 State | - | |
    Address_2 Postal Code | - | |
    Address_2 Billing? | - | |
    Address_2 Notes | - | |
  `),
  heldout({ id: 'stripe-customers-short', kind: 'Stripe customers export (few columns)', lang: 'en', source: 'github:kanema20/primeorca unified_customers (1).csv' }, `
    id | externalId | cus_Ob4nJ7IIclbPdJ | cus_Oaad9PVouuW9rl
    Description | - |
    Email | email | kane@example.com | tracy@example.com
    Name | name | Kane Ma | Tracy Walker
    Created (UTC) | - | 2023-09-08 00:33 | 2023-09-06 17:23
    Card ID | - |
    Total Spend | - | 160.00 | 210.00
    Payment Count | - | 1 | 1
    Refunded Volume | - | 0.00 | 0.00
    Dispute Losses | - | 0.00 | 0.00
  `),
  heldout({ id: 'ru-b2b-miner', kind: 'lead list with Russian and English headers', lang: 'mixed', defaultCountry: 'RU', source: 'github:hauptmann1971/b2b-contact-miner contacts_export.csv' }, `
    № | - | 1 | 2
    Ключевое слово | - | финтех стартап | финтех стартап
    Страна | country | RU | RU
    Язык | - | ru | ru
    Домен | website | mkechinov.example.ru | rb.example.ru
    E-mail | email | info@example.ru | team@example.ru
    Telegram contact | - |
    LinkedIn | - |
    Phone | phone |
    Предметная область | - | финтех стартап | финтех стартап
  `),
  heldout({ id: 'cz-barcamp-noheader', kind: 'guest list without a header row', lang: 'mixed', defaultCountry: 'CZ', noHeader: true, source: 'github:jan-martinek/svatbarcamp attendees.csv' }, `
    "" | name | Adéla Cenková | Aneta Cenková | Irena Minaříková
    "" | - | Adéla C. | Aneta C. | Irena M.
    "" | - | | |
    "" | - | | |
    "" | - | rodina | rodina | rodina
    "" | - | | |
  `),
  heldout({ id: 'es-mx-noheader', kind: 'contact list without a header row', lang: 'es', defaultCountry: 'MX', noHeader: true, source: 'github:IBOutplacement/Import_pure_php contactos.csv' }, `
    "" | firstName | Pedro | Juana | Ramiro
    "" | lastName | Lopez | Gomez | Gonzales
    "" | phone | 5566881122 | 9922113344 | 4433221144
    "" | email | pedro@example.com | juana@example.com | ramiro@example.com
    "" | - | 77710 | 55660 | 33210
  `),
  heldout({ id: 'mailchimp-origin', kind: 'Mailchimp export with custom merge fields', lang: 'en', source: 'index:20547995433 (a Mailchimp export header built by a script)' }, `
    Email | email | a@example.com | b@example.com
    First Name | firstName | Ann | Ben
    Last Name | lastName | Lee | Ode
    Position | - | CTO |
    Company | companyName | Acme |
    ORIGIN | source | LinkedIn |
    MEMBER_RATING | - | 2 | 2
    OPTIN_TIME | - | 2020-02-03 04:05:06 |
    OPTIN_IP | - | 203.0.113.4 |
    CONFIRM_TIME | - | 2020-02-03 04:06:00 |
    CONFIRM_IP | - |
    LATITUDE | - |
    LONGITUDE | - |
    GMTOFF | - |
    DSTOFF | - |
    TIMEZONE | - |
    CC | country | FR |
    REGION | state |
    LAST_CHANGED | - | 2021-01-01 00:00:00 |
    LEID | - | 123 |
    EUID | - | abc |
    NOTES | - |
    TAGS | tags | "VIP","Blog" |
  `),
  heldout({ id: 'mailchimp-subscribed-question', kind: 'Mailchimp export with a signup-form question', lang: 'en', source: 'index:61183725639 (a Mailchimp subscribed export fixture)' }, `
    First Name | firstName | Alice | Bo
    Last Name | lastName | Smith | Li
    Email Address | email | alice@example.com | bo@example.com
    Status | - | subscribed | subscribed
    MEMBER_RATING | - | 4 | 2
    OPTIN_TIME | - | 2026-06-18T10:00:00.000Z |
    OPTIN_IP | - | 198.51.100.10 |
    CONFIRM_TIME | - | 2026-06-18T11:00:00.000Z |
    CONFIRM_IP | - |
    LAST_CHANGED | - | 2026-06-18T11:00:00.000Z |
    What content are you interested in? | - | Recipes |
    TAGS | tags | Newsletter |
  `),
  heldout({ id: 'brevo-company', kind: 'Brevo export', lang: 'es', defaultCountry: 'AR', source: 'index:60451783323 (a Brevo export recognised by an importer test)' }, `
    EMAIL | email | pedro@example.com | ana@example.com
    FIRSTNAME | firstName | Pedro | Ana
    LASTNAME | lastName | Gomez | Ruiz
    SMS | phone | +5493764111222 | +5491155556666
    COMPANY | companyName | Estudio Contable |
  `),
  heldout({ id: 'eventbrite-orders', kind: 'Eventbrite orders report', lang: 'en', source: 'index:70428411864 (an Eventbrite orders report fixture)' }, `
    Order # | - | 1001 | 1002
    Order Date | - | Sep 26, 2026 7:05 PM | 2026-09-26 20:10
    First Name | firstName | Ana | Bo
    Last Name | lastName | Guest | Guest
    Email | email | ana@example.com | bo@example.com
    Quantity | - | 2 | 1
    Total Paid | - | $60.00 | 40.00
    Order Status | - | Attending | Attending
    Promo Code | - | insta |
    Affiliate | - | | promoter-leo
    Event Name | - | Jazz Night | Jazz Night
    Event Date | - | 2026-10-03 21:00 | 2026-10-03 21:00
    Checked In | - | No | No
  `),
  heldout({ id: 'pipedrive-deals', kind: 'Pipedrive deals export with person columns', lang: 'en', source: 'index:58715047576 (a Pipedrive deals export writer)' }, `
    Deal - Title | - | Acme renewal | Globex pilot
    Deal - CRM ID | - | D-1 | D-2
    Deal - Closing Date | - | 2024-05-01 |
    Deal - Deal created | - | 2024-03-01 | 2024-03-02
    Deal - Discounted amount | - | 1200.00 | 800.00
    Deal - Contact person | name | Jane Doe | Bob Smith
    Deal - Owner | - | Sam Seller | Sam Seller
    Person - Email - Work | email | jane@example.com | bob@example.com
    Person - Email - Home | additionalEmails | |
    Person - Email - Other | additionalEmails | |
    Deal - ID | - | 501 | 502
    Deal - Lead Status | - | Open | Won
    Deal - Product | - | Pro | Basic
    Deal - URL | - | https://example.pipedrive.com/deal/501 |
    Deal - utm_source | - | google |
  `),
  heldout({ id: 'google-forms-github', kind: 'Google Forms responses (username question)', lang: 'en', source: 'index:58510738441 (a Google Forms export fixture)' }, `
    Timestamp | - | 2026/08/20 9:14:02 AM | 2026/08/20 9:15:41 AM
    Email Address | email | jsmith@example.edu | alopez@example.edu
    What is your GitHub username? | - | jsmith | a-lopez
  `),
  heldout({ id: 'google-forms-name-question', kind: 'Google Forms responses', lang: 'en', source: 'index:71103077507 (a Google Forms response sheet fixture)' }, `
    Timestamp | - | 9/9/2026 18:05:12 | 9/9/2026 18:06:40
    Email Address | email | ab12345@example.edu | someone@example.com
    What is your name? | name | Ada Lovelace | Al Turing
    Which workshop? | - | Web | Mobile
  `),
  heldout({ id: 'en-cleaned-contacts', kind: 'contact cleaner output (derived columns)', lang: 'en', source: 'github:SaicoBys/csv-contact-cleaner src/cleaned_contacts.csv' }, `
    name | name | Brittany Williams | Tom Hale
    email | email | brittany@example.com | tom@example.com
    phone | phone | 268.492.8143 | (212) 555-0199
    company | companyName | Moody-Walter | Hale LLC
    phone_cleaned | - | 2684928143 | 2125550199
    email_valid | - | True | True
  `),
  heldout({ id: 'en-data-hub', kind: 'importer sample', lang: 'en', source: 'github:GTMUnbound/data-hub-clean sample_contacts.csv' }, `
    full_name | name | John Doe | Jane Roe
    email | email | john@example.com | jane@example.com
    company | companyName | Acme Corp | Beta
    title | - | CEO | CTO
    city | city | Bangalore | Pune
    country | country | India | India
    source | source | LinkedIn | Event
    tags | tags | ICP |
    notes | - | High priority |
  `),
  heldout({ id: 'pl-supra-contacts', kind: 'importer sample (Poland)', lang: 'en', defaultCountry: 'PL', source: 'github:MaciejTy/supra-contacts sample_contacts.csv' }, `
    first_name | firstName | Jan | Anna
    last_name | lastName | Kowalski | Nowak
    phone_number | phone | 501100200 | 601200300
    email | email | jan@example.com | anna@example.com
    city | city | Wrocław | Kraków
    status | - | nowy | nowy
  `),
  heldout({ id: 'toastmasters-roster', kind: 'membership roster export', lang: 'en', source: 'github:bjerstedtTech/tm-member-manager docs/roster-format.md' }, `
    Customer ID | externalId | 1234567 | 1234568
    Name | name | Pat Lee | Sam Ortiz
    Company / In Care Of | companyName | |
    Addr L1 | address1 | 3908 39th Ave S | 12 Elm St
    Addr L2 | - | |
    Addr L3 | - | |
    Addr L4 | - | |
    Addr L5 | - | Minneapolis, MN 55406-3431 | St Paul, MN 55101
    Country | country | USA | USA
    OptOut Mail | - | Opted-out |
    Email | email | pat@example.com | sam@example.com
    Secondary Email | additionalEmails | |
    OptOut Email | - | |
    Home Phone | phone | (612) 555-0101 |
    Mobile Phone | additionalPhones | (612) 555-0102 | (651) 555-0103
    Additional Phone | additionalPhones | |
    OptOut Phone | - | |
    Paid Until | - | 2025-03-31 | 2025-09-30
    Member of Club Since | - | 2019-04-01 | 2021-10-01
    Original Join Date | - | 2019-04-01 | 2021-10-01
    status | - | paid | paid
    Current Position | - | VP Education |
    Future Position | - | |
    Pathways Enrolled | - | Yes | No
  `),
  heldout({ id: 'tofino-ticket-import', kind: 'ticket import template (couples on one row)', lang: 'en', source: 'https://support.tofinoauctions.com/hc/en-us/articles/115001142351-Fields-available-for-Ticket-Imports' }, `
    Bidder Number | - | 101 | 102
    Guest First Name | firstName | John | Ann
    Guest Last Name | lastName | Doe | Lee
    Guest Full Name | name | John Doe | Ann Lee
    Address | address1 | 125 Main St. | 9 Oak Ave
    City | city | Portland | Salem
    State | state | Oregon | Oregon
    Zip | postalCode | 97211 | 97301
    City State Zip | - | Portland, OR 97211 | Salem, OR 97301
    Full Address | - | 125 Main St. Portland, OR 97211 | 9 Oak Ave Salem, OR 97301
    Email Primary | email | john@example.com | ann@example.com
    Phone Primary | phone | 503-555-0112 | 503-555-0113
    Guest 2 First Name | - | Jane |
    Guest 2 Last Name | - | Doe |
    Guest 2 Full Name | - | Jane Doe |
    Guest 2 Email Primary | - | jane@example.com |
    Guest 2 Phone Primary | - | 503-555-3434 |
    Ticket Type or Name | - | Gala | Gala
  `),
  heldout({ id: 'activedemand-import', kind: 'marketing automation import fields', lang: 'en', source: 'https://engage.activedemand.com/hc/en-us/articles/360046523394-What-are-the-restrictions-for-each-of-the-fields-in-the-CSV-contact-import' }, `
    First Name | firstName | Bob | Ann
    Last Name | lastName | Smith | Lee
    Title | - | VP Finance |
    Company | companyName | Acme Inc. |
    Address | address1 | 123 Some St. |
    City | city | San Francisco |
    Province | state | CA |
    Postal Code | postalCode | 94103 |
    Country | country | United States |
    Office Phone | phone | (415) 555-0141 |
    Fax | - |
    Mobile Phone | additionalPhones | (415) 555-0142 |
    Email | email | bob.smith@example.com | ann@example.com
    Opt-In | - | 1 | 0
    Contact Source | source | Account Introduction |
    Contact Source Description | - | My first upload of contacts |
    Industry | - | Mining |
    Tags | tags | Existing Customer, Happy |
    Unsubscribed | - | | 1
    Contact Manager Email | - | harry@example.com |
  `),
  heldout({ id: 'cooltix-export', kind: 'ticketing export (invoice address only)', lang: 'en', source: 'https://support.cooltix.com/en/articles/10644522-content-of-export' }, `
    Attendee ID | - | 88120 | 88121
    Order ID | - | A1B2C3 | D4E5F6
    Order Date | - | 2025-03-01 18:00 | 2025-03-02 19:30
    Occasion Start Date | - |
    Occasion End Date | - |
    Customer Email | email | eva@example.com | tom@example.com
    Customer Name | name | Eva Kiss | Tom Weber
    Invoice Name | - | Eva Kiss Kft. |
    Invoice Address | address1 | Fő utca 1, Budapest |
    Invoice Number | - | INV-2025-001 | 0
  `),
];
