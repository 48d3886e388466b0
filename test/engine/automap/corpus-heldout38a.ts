// The thirty-eighth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German,
// Dutch and mixed-language files; the other half holds the other languages): shop, order and subscription exports,
// import templates, fixtures and export code that writes a header row, from sources none of the other parts use,
// found through the public code index (each source is "index:<id>", the id the index gave the file) and written
// down with the mapping a careful person would choose by the field definitions and the rules, BEFORE the
// mapper was run on them and without reading the lexicon or the mapper. The kind says what the file is. Sample
// values are made up in the shape of each file's own (no personal data or example rows from the sources are
// copied). Leading spaces of a header cell cannot be written in the table and are left out (a set's comment says
// where). Files without a header row have their headers written as "". No set's headers repeat an older part's
// (each was compared lower-cased).
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

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout38' }, table);

export const HELDOUT38A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-coop-members-export-income', kind: 'membership organisation\'s member export (export code writing the header row)', lang: 'en', source: 'index:25141007790 (a cooperative\'s member CSV export)' }, `
    # The member number is another system's id of the person: External ID. The member type (regular, associate) is a
    # kind of membership: Tags. Gender, occupation, income, status and join date are not contact fields.
    Member Number | externalId | M-00418 | M-00419 | M-00420
    First Name | firstName | Delia | Omar | Ruth
    Last Name | lastName | Fenwick | Haddad | Okoro
    Email | email | delia.f@mail.example | omar.h@post.example | ruth.okoro@mail.example
    Phone | phone | (555) 201-3344 | (555) 871-0092 | ""
    Address | address1 | 12 Birch Rd | 440 Lake St Apt 3 | 9 Mill Ct
    Date of Birth | dateOfBirth | 1981-06-02 | 1975-11-19 | 1990-01-30
    Gender | - | female | male | female
    Occupation | - | Teacher | Driver | Nurse
    Annual Income | - | 52000 | 38000 | 61000
    Member Type | tags | regular | associate | regular
    Status | - | active | active | pending
    Join Date | - | 2021-03-14 | 2019-08-01 | 2024-02-10
  `),
  set({ id: 'en-member-import-template-membership-date', kind: 'membership app\'s member import template (downloadable CSV)', lang: 'en', source: 'index:11007536 (a member management app\'s import template)' }, `
    First Name | firstName | Lena | Marcus | Ivy
    Last Name | lastName | Ortiz | Bell | Chen
    Email | email | lena.ortiz@mail.example | mbell@post.example | ivy.chen@mail.example
    Phone | phone | 555-0148 | 555-0192 | 555-0107
    Address | address1 | 48 Elm St | 7 Harbor Way | 2210 Pine Ave
    City | city | Springfield | Dover | Fairview
    State | state | IL | DE | OR
    Postal Code | postalCode | 62704 | 19901 | 97024
    Status | - | active | inactive | active
    Date of Birth | dateOfBirth | 1988-04-21 | 1969-12-02 | 1995-07-09
    Membership Date | - | 2022-01-01 | 2018-05-15 | 2024-03-01
    Notes | - | Volunteer | "" | Family plan
  `),
  set({ id: 'en-service-customers-template-suite', kind: 'field-service app\'s customer import template', lang: 'en', source: 'index:5670248618 (a customer import dialog\'s template)' }, `
    # "Suite" is a second address line: not imported.
    First Name | firstName | Tom | Grace | Luis
    Last Name | lastName | Hardy | Moon | Vega
    Email | email | tom.h@mail.example | grace.moon@post.example | luis@vega.example
    Phone | phone | 555-3321 | 555-8710 | 555-2290
    Address | address1 | 91 Cedar Ln | 5 Quarry Rd | 300 Bay Blvd
    Suite | - | "" | Unit 2 | Ste 110
    City | city | Riverton | Hilldale | Bayside
    State | state | WY | PA | FL
    Zip Code | postalCode | 82501 | 18222 | 33706
    Notes | - | Gate code on file | "" | Prefers mornings
    Status | - | active | active | inactive
  `),
  set({ id: 'en-gohighlevel-contact-export-dnd', kind: 'landscaping CRM\'s importer test of a GoHighLevel contact export', lang: 'en', source: 'index:61075375020 (a contact importer\'s test with a GoHighLevel export)' }, `
    # "Contact Id" in a CRM's export is the Contact ID. DND (do not disturb) is a boolean: not imported.
    Contact Id | contactId | q8Xr2LmA | Tz91bKfe | Wn3pQa7c
    First Name | firstName | Dana | Ray | Mo
    Last Name | lastName | Pruitt | Kessler | Adeyemi
    Email | email | DANA@mail.example | ray@kesslerfarm.example | mo.adeyemi@post.example
    Phone | phone | +1 (410) 555-0177 | 410-555-0120 | ""
    Address | address1 | 14 Hickory Dr | "" | 88 Stone Mill Rd
    City | city | Bel Air | "" | Forest Hill
    State | state | MD | "" | MD
    Postal Code | postalCode | 21015 | "" | 21050
    Tags | tags | client, mulch | lead | "client"
    Source | source | Facebook Ad | Referral | Google
    DND | - | false | true | false
    Notes | - | Spring cleanup | "" | Repeat customer
  `),
  set({ id: 'en-donor-import-sample-notes', kind: 'charity\'s donor import sample file (written by the app)', lang: 'en', source: 'index:55223438441 (a donation tracker\'s donor sample CSV)', defaultCountry: 'CA' }, `
    First Name | firstName | Miriam | David | Noa
    Last Name | lastName | Levin | Stern | Katz
    Email | email | miriam.l@mail.example | dstern@post.example | noa.k@mail.example
    Phone | phone | 514-555-0161 | 438-555-0102 | 514-555-0188
    Address | address1 | 220 Av. Victoria | 15 Rue Bernard | 4800 Ch. Queen Mary
    Notes | - | Annual pledge | "" | Gala 2024
  `),
  set({ id: 'en-marketplace-users-sellers-report', kind: 'marketplace admin\'s users report (export code)', lang: 'en', source: 'index:60717273118 (a marketplace\'s users and sellers report)' }, `
    # A login is a code the person is filed under in another program: External ID. The role is not imported.
    Username | externalId | greenthumb | kbaker88 | jmorales
    First Name | firstName | Paula | Ken | Jorge
    Last Name | lastName | Green | Baker | Morales
    Email | email | paula.g@mail.example | ken.b@post.example | jorge.m@mail.example
    Phone | phone | 555-210-4433 | 555-907-1182 | 555-330-7719
    Address | address1 | 71 Orchard St | 12 Depot Rd | 908 Mesa Dr
    Role | - | seller | buyer | buyer
  `),
  set({ id: 'en-voter-import-template-district', kind: 'election app\'s voter import template', lang: 'en', source: 'index:36369995131 (a voter import page\'s CSV template)' }, `
    # The district is a free-form area, not the State: not imported.
    First Name | firstName | Amos | Leah | Victor
    Last Name | lastName | Reed | Parks | Nwosu
    Email | email | amos.reed@mail.example | leah.p@post.example | v.nwosu@mail.example
    Phone | phone | +1234567801 | +1234567802 | +1234567803
    Address | address1 | 40 Ridge Rd | 8 Fern St | 17 Canal Ave
    District | - | District 3 | District 1 | District 3
    Date of Birth | dateOfBirth | 1979-02-11 | 1992-09-30 | 1986-06-05
  `),
  set({ id: 'en-shop-users-export-total-orders', kind: 'web shop admin\'s user export (export code)', lang: 'en', source: 'index:67297954227 (an online shop\'s user CSV export)' }, `
    First Name | firstName | Hana | Pete | Irene
    Last Name | lastName | Sato | Walsh | Dimas
    Email | email | hana.sato@mail.example | pwalsh@post.example | irene.d@mail.example
    Phone | phone | 555-0114 | 555-0175 | ""
    Address | address1 | 3 Willow Ct | 19 Grant Ave | 260 Shore Rd
    City | city | Lakewood | Millbrook | Port Ellis
    Postal Code | postalCode | 80226 | 12545 | 04101
    Email Confirmed | - | True | False | True
    Created Date | - | 2024-05-02 | 2023-11-19 | 2025-01-07
    Total Orders | - | 4 | 0 | 12
    Role | - | Customer | Customer | Admin
  `),
  set({ id: 'en-outbound-leads-company-domain', kind: 'outbound campaign tool\'s lead upload (test CSV)', lang: 'en', source: 'index:71337110872 (a campaign tool\'s lead append test)' }, `
    # A company's domain is never imported; the job title neither.
    Email | email | ada.k@northwind.example | bo@lumen.example | cy@fable.example
    First Name | firstName | Ada | Bo | Cy
    Last Name | lastName | K | Lind | Moss
    Company Domain | - | northwind.example | lumen.example | fable.example
    Job Title | - | CTO | Head of Ops | Founder
  `),
  set({ id: 'en-email-finder-export-position', kind: 'email finder\'s contact export (export code)', lang: 'en', source: 'index:32215767729 (an email finder\'s CSV export)' }, `
    Email | email | j.ward@acme.example | sofia@brightloop.example | mk@tiller.example
    First Name | firstName | Jonah | Sofia | Mika
    Last Name | lastName | Ward | Russo | Koenig
    Company | companyName | Acme Example | Brightloop | Tiller Labs
    Position | - | Marketing Lead | CEO | ""
  `),
  set({ id: 'en-admin-users-export-last-login', kind: 'web app\'s admin user export (export service)', lang: 'en', source: 'index:56987695687 (a user management app\'s CSV export service)' }, `
    # Of two ids of the person, the first (ID) is the External ID and the username is not imported. The mobile is the
    # only phone: the Phone.
    ID | externalId | 101 | 102 | 103
    Username | - | mreyes | tfoster | aquinn
    Email | email | m.reyes@mail.example | t.foster@post.example | a.quinn@mail.example
    First Name | firstName | Maria | Tyler | Aoife
    Last Name | lastName | Reyes | Foster | Quinn
    Company | companyName | Reyes Design | Foster & Sons | ""
    Job Position | - | Designer | Manager | Analyst
    City | city | Austin | Leeds | Galway
    Country | country | USA | UK | Ireland
    Mobile | phone | +1 512 555 0133 | +44 7700 900321 | +353 87 555 0199
    Role | - | USER | ADMIN | USER
    Status | - | ACTIVE | ACTIVE | LOCKED
    Created At | - | 2024-02-01 09:15 | 2023-07-12 14:02 | 2025-03-03 08:40
    Last Login | - | 2025-05-10 18:22 | 2025-05-11 07:05 | ""
  `),
  set({ id: 'en-sales-crm-contact-import-title', kind: 'sales CRM\'s contact import example (testing guide)', lang: 'en', source: 'index:47636456330 (a CRM\'s CSV import testing guide)' }, `
    Email | email | kim@harbor.example | ravi@pinecrest.example | lou@fielder.example
    First Name | firstName | Kim | Ravi | Lou
    Last Name | lastName | Nguyen | Patel | Brandt
    Company | companyName | Harbor Co | Pinecrest Inc | Fielder LLC
    Phone | phone | 555-4410 | 555-7781 | 555-0932
    Title | - | COO | VP Sales | Owner
  `),
  set({ id: 'en-woocommerce-b2b-users-template', kind: 'WooCommerce B2B plugin\'s wholesale user import template', lang: 'en', source: 'index:2546886170 (a WooCommerce B2B commerce plugin\'s users template)' }, `
    # The username is a login the person is filed under: External ID. Business type, role and approval status are
    # not contact fields.
    Username | externalId | hollis_trade | mara_k | devon.store
    Email | email | orders@hollis.example | mara@kline.example | devon@corner.example
    First Name | firstName | Ben | Mara | Devon
    Last Name | lastName | Hollis | Kline | Price
    Company Name | companyName | Hollis Trading | Kline Supply Co | Corner Store
    Business Type | - | Wholesale | Distributor | Retail
    Phone | phone | 555-0140 | 555-0161 | 555-0128
    Role | - | wholesale_customer | wholesale_customer | customer
    Approval Status | - | approved | pending | approved
  `),
  set({ id: 'en-instantly-bulk-upload-leads', kind: 'cold-email tool bulk upload file (script writing the header row)', lang: 'en', source: 'index:52558887757 (a lead export script for a cold-email tool\'s bulk upload)' }, `
    Email | email | hello@brickworks.example | nina@quillco.example | sam@rove.example
    First Name | firstName | Ivan | Nina | Sam
    Last Name | lastName | Petrov | Quill | ""
    Company Name | companyName | Brickworks | Quill Co | Rove Outdoors
  `),
  set({ id: 'en-dealership-contacts-import-camel', kind: 'dealer CRM\'s contact import preview (test CSV)', lang: 'en', source: 'index:55297956533 (a dealership CRM\'s import preview test)' }, `
    Email | email | joe@lakeside.example | kara@summitrv.example | al@prairie.example
    First Name | firstName | Joe | Kara | Al
    Last Name | lastName | Smith | Lowe | Brenner
    companyName | companyName | Lakeside Auto | Summit RV | Prairie Motors
  `),
  set({ id: 'en-outreach-contacts-example-title', kind: 'outreach tool\'s contact import example (documentation)', lang: 'en', source: 'index:36247208603 (an outreach tool\'s contacts documentation)' }, `
    Email | email | jo@finch.example | raj@tessera.example | em@hollow.example
    First Name | firstName | Jo | Raj | Em
    Last Name | lastName | Finch | Mehta | Hollow
    Company | companyName | Finch Labs | Tessera | Hollow & Co
    Title | - | CEO | Head of Growth | CFO
  `),
  set({ id: 'en-shopify-orders-sample-customer-id', kind: 'Shopify order export sample in a German tutorial', lang: 'en', source: 'index:12054545632 (a tutorial\'s sample-shopify-orders.csv)' }, `
    # "Name" is the order number (#1001): not imported. The file has nothing of the customer's own name or address
    # beside the email, so the billing group is used; shipping never. "Shopify ID" is the order's id; "Customer ID"
    # is the shop's id of the customer: External ID.
    Name | - | #1041 | #1042 | #1043
    Email | email | kunde.a@mail.example | kunde.b@post.example | kunde.c@mail.example
    Financial Status | - | paid | pending | paid
    Fulfillment Status | - | fulfilled | unfulfilled | fulfilled
    Subtotal | - | 49.90 | 12.00 | 89.00
    Shipping | - | 4.90 | 4.90 | 0.00
    Taxes | - | 8.75 | 2.70 | 14.21
    Total | - | 54.80 | 16.90 | 89.00
    Currency | - | EUR | EUR | EUR
    Lineitem quantity | - | 1 | 2 | 1
    Lineitem name | - | Produkt B | Produkt C | Produkt A
    Lineitem price | - | 49.90 | 6.00 | 89.00
    Billing Name | name | Jonas Weber | Mia Hoffmann | Lukas Brandt
    Billing Address1 | address1 | Lindenweg 4 | Am Markt 12 | Bahnhofstr. 88
    Billing Zip | postalCode | 50667 | 04109 | 70173
    Billing City | city | Köln | Leipzig | Stuttgart
    Billing Country | country | DE | DE | DE
    Shipping Name | - | Jonas Weber | Mia Hoffmann | Lukas Brandt
    Shipping Address1 | - | Lindenweg 4 | Am Markt 12 | Bahnhofstr. 88
    Shipping Zip | - | 50667 | 04109 | 70173
    Shipping City | - | Köln | Leipzig | Stuttgart
    Shipping Country | - | DE | DE | DE
    Shopify ID | - | 5501234567001 | 5501234567002 | 5501234567003
    Customer ID | externalId | 7001122001 | 7001122002 | 7001122003
  `),
  set({ id: 'en-support-tickets-csv-basic', kind: 'support desk\'s ticket import (test CSV)', lang: 'en', source: 'index:26237653183 (a ticket importer\'s parser test)' }, `
    # Rows are tickets; the customer columns are the person's. Subject, description, category and priority are the
    # ticket's.
    customer_id | externalId | CUST014 | CUST015 | CUST016
    customer_email | email | anya@mail.example | rob@post.example | kai@mail.example
    customer_name | name | Anya Frost | Rob Tate | Kai Moreno
    subject | - | Cannot log in | Refund request | App crashes
    description | - | Password reset mail never arrives | Charged twice this month | Crash on opening settings
    category | - | account_access | billing_question | technical_issue
    priority | - | high | medium | urgent
  `),
  set({ id: 'en-support-tickets-csv-device', kind: 'support desk\'s sample ticket file (specification)', lang: 'en', source: 'index:6732608023 (a ticket system\'s sample data specification)' }, `
    # The tags and the source (web_form, email, chat) are the ticket's, not the customer's: not imported.
    customer_id | externalId | CUST101 | CUST102 | CUST103
    customer_email | email | li.wen@mail.example | ola@post.example | sid@mail.example
    customer_name | name | Li Wen | Ola Berg | Sid Rao
    subject | - | Invoice missing | Export fails | Feature idea
    description | - | No invoice for May | CSV export times out | Dark mode please
    category | - | billing_question | bug_report | feature_request
    priority | - | low | high | low
    tags | - | invoice | export,csv | ui
    source | - | email | web_form | chat
    browser | - | Chrome | Firefox | Safari
    device_type | - | desktop | desktop | mobile
  `),
  set({ id: 'en-id-shop-orders-whatsapp-resi', kind: 'Indonesian web shop\'s order export (export code)', lang: 'en', source: 'index:59663371415 (an online shop admin\'s order CSV export)', defaultCountry: 'ID' }, `
    # The WhatsApp number is the customer's only phone: the Phone. A referral code and the waybill are the order's.
    Order ID | - | ORD-20250511-01 | ORD-20250511-02 | ORD-20250512-01
    Customer Name | name | Dewi Lestari | Budi Santoso | Rina Wulandari
    Customer Email | email | dewi.l@mail.example | budi.s@post.example | rina.w@mail.example
    Customer WhatsApp | phone | 081234567801 | 085712340022 | 081398760045
    Referral Code | - | "" | TEMAN10 | ""
    Items | - | Kaos Polos x2 | Tas Kanvas x1 | Topi x3
    Delivery Method | - | JNE | J&T | SiCepat
    Waybill (Resi) | - | JNE0012345678 | JT8800123456 | ""
    Total Amount | - | 150000 | 85000 | 120000
    Payment Status | - | paid | paid | pending
    Order Status | - | shipped | processing | pending
    Created At | - | 2025-05-11 10:22 | 2025-05-11 16:40 | 2025-05-12 08:03
  `),
  set({ id: 'en-furniture-rental-orders-report', kind: 'furniture rental shop\'s orders report (export code)', lang: 'en', source: 'index:56751968839 (a rental shop\'s admin report)', defaultCountry: 'IN' }, `
    # The city is the delivery city of the order (shipping): not imported.
    Order ID | - | 6650a1f2c3 | 6650a1f2c4 | 6650a1f2c5
    Customer Name | name | Arjun Mehta | Sneha Rao | Kabir Singh
    Customer Email | email | arjun.m@mail.example | sneha.r@post.example | kabir@mail.example
    Total Monthly Amount | - | 2499 | 1299 | 3899
    Total Deposit | - | 5000 | 2500 | 8000
    Delivery Date | - | 12/05/2025 | 14/05/2025 | 15/05/2025
    Delivery Slot | - | 10AM-1PM | 2PM-5PM | 10AM-1PM
    City | - | Bengaluru | Pune | Bengaluru
    Status | - | Delivered | Placed | Cancelled
    Placed Date | - | 08/05/2025 | 10/05/2025 | 11/05/2025
  `),
  set({ id: 'en-omnichannel-orders-sales-channel', kind: 'commerce back office\'s order export (export code)', lang: 'en', source: 'index:69506299177 (an order list page\'s CSV export)' }, `
    # The sales channel is the order's (web, pos), not where the person came from: not imported.
    Order ID | - | SO-10021 | SO-10022 | SO-10023
    Customer Name | name | Erin Wolfe | Marco Diaz | Hae-won Park
    Customer Email | email | erin.w@mail.example | marco.d@post.example | haewon.p@mail.example
    Customer Phone | phone | (555) 610-2281 | (555) 610-9907 | ""
    Sales Channel | - | web | pos | marketplace
    Total Amount | - | 129.00 | 42.50 | 310.75
    Payment Method | - | card | cash | card
    Payment Status | - | paid | paid | refunded
    Fulfillment Status | - | fulfilled | fulfilled | unfulfilled
    Created Date | - | 2025-04-02 | 2025-04-02 | 2025-04-03
  `),
  set({ id: 'en-shop-orders-export-shipping-status', kind: 'web shop\'s admin order export (controller)', lang: 'en', source: 'index:52186322707 (a shop\'s admin orders export endpoint)' }, `
    Order ID | - | 3301 | 3302 | 3303
    Customer Name | name | Beth Carver | Owen Lake | Priya Nair
    Customer Email | email | beth.c@mail.example | owen.l@post.example | priya.n@mail.example
    Payment Status | - | PAID | PENDING | PAID
    Shipping Status | - | SHIPPED | NOT_SHIPPED | DELIVERED
    Total | - | 58.00 | 120.40 | 19.99
    Date | - | 2025-03-01 | 2025-03-02 | 2025-03-02
    Items | - | Mug x2 | Lamp x1; Bulb x2 | Poster x1
  `),
  set({ id: 'en-shop-orders-export-items-count', kind: 'e-commerce API\'s order export (controller)', lang: 'en', source: 'index:3068082278 (an e-commerce backend\'s order CSV export)' }, `
    Order ID | - | 65f0c2a1 | 65f0c2a2 | 65f0c2a3
    Customer Name | name | Nora Quinn | Abe Lott | Sara Ng
    Customer Email | email | nora.q@mail.example | abe.l@post.example | sara.ng@mail.example
    Status | - | delivered | processing | cancelled
    Total | - | 75.50 | 18.00 | 240.00
    Items Count | - | 3 | 1 | 5
    Date | - | 2025-02-11 | 2025-02-12 | 2025-02-12
  `),
  set({ id: 'en-magento-orders-how-did-you-find-us', kind: 'Magento extension\'s order survey export', lang: 'en', source: 'index:6730451782 (a Magento module writing an order survey CSV)' }, `
    # "How did you find us?" is the Source. The customer's behaviour is a free-form note: not imported.
    Order id | - | 100000231 | 100000232 | 100000233
    Customer Name | name | Helen Marsh | Gus Ferreira | Tia Brooks
    Customer Email | email | helen.m@mail.example | gus.f@post.example | tia.b@mail.example
    Customer Behaviour | - | returning | new | new
    How did you find us? | source | Google | Friend | Instagram
  `),
  set({ id: 'en-flutter-shop-orders-shipping-cost', kind: 'shop app\'s order export (CSV generator)', lang: 'en', source: 'index:22491079293 (a shop app\'s order CSV generator)' }, `
    Order ID | - | ord_9f1 | ord_9f2 | ord_9f3
    Customer Name | name | Liam Cole | Zoe Hart | Ben Ito
    Customer Email | email | liam.c@mail.example | zoe.h@post.example | ben.ito@mail.example
    Total Amount | - | 64.90 | 15.00 | 102.30
    Status | - | delivered | pending | shipped
    Created Date | - | 2025-01-20 | 2025-01-21 | 2025-01-21
    Items Count | - | 2 | 1 | 4
    Shipping Cost | - | 5.00 | 0.00 | 7.50
  `),
  set({ id: 'en-ke-shop-mpesa-transactions', kind: 'Kenyan shop\'s payment transactions export (API route)', lang: 'en', source: 'index:53282702208 (a shop\'s M-Pesa transactions export)', defaultCountry: 'KE' }, `
    # The phone is the payer's number (the customer's): the Phone.
    Order ID | - | ORD-7781 | ORD-7782 | ORD-7783
    Customer Name | name | Wanjiku Kamau | Otieno Odhiambo | Amina Hassan
    Customer Email | email | wanjiku.k@mail.example | otieno.o@post.example | amina.h@mail.example
    Amount | - | 2500 | 1200 | 4800
    Status | - | COMPLETED | FAILED | COMPLETED
    M-Pesa Receipt | - | SDK4X7Q2LM | "" | SDL9P1R8TZ
    Phone | phone | 0712345678 | 0723456789 | 0701234567
    Payment Method | - | M-PESA | M-PESA | STRIPE
    Error/Reason | - | "" | Insufficient funds | ""
    Created At | - | 2025-05-01T09:12:00Z | 2025-05-01T10:40:00Z | 2025-05-02T13:05:00Z
  `),
  set({ id: 'en-gb-takeaway-orders-fulfilment', kind: 'UK food shop\'s order export (admin page)', lang: 'en', source: 'index:55523874965 (a food ordering admin page\'s CSV export)', defaultCountry: 'GB' }, `
    Order ID | - | A-1042 | A-1043 | A-1044
    Customer Name | name | Callum Reid | Freya Hughes | Imran Shah
    Customer Email | email | callum.r@mail.example | freya.h@post.example | imran.s@mail.example
    Customer Phone | phone | 07700 900412 | 07700 900877 | 020 7946 0321
    Fulfilment Type | - | delivery | collection | delivery
    Basket Subtotal | - | 24.50 | 12.00 | 38.20
    Discount | - | 0.00 | 1.20 | 5.00
    Tax | - | 0.00 | 0.00 | 0.00
    Grand Total | - | 27.49 | 10.80 | 35.19
    Payment | - | card | cash | card
    Status | - | completed | completed | preparing
    Date | - | 12/05/2025 18:40 | 12/05/2025 19:02 | 13/05/2025 12:15
  `),
  set({ id: 'en-store-dashboard-orders-section', kind: 'store dashboard\'s full data export, orders section', lang: 'en', source: 'index:30432013883 (a store dashboard\'s combined CSV export)' }, `
    Order ID | - | 8c1e-01 | 8c1e-02 | 8c1e-03
    Customer Name | name | Ruth Ames | Dev Kapoor | Lise Holm
    Customer Email | email | ruth.a@mail.example | dev.k@post.example | lise.h@mail.example
    Total Amount | - | 45.00 | 99.90 | 12.50
    Status | - | completed | pending | completed
    Created At | - | 2025-03-09T11:02:00Z | 2025-03-10T08:45:00Z | 2025-03-10T17:30:00Z
  `),
  set({ id: 'en-fr-customer-cleaner-amount', kind: 'CSV cleaning tool\'s test input of a French sales list', lang: 'en', source: 'index:71026910123 (a customer list cleaner\'s test)', defaultCountry: 'FR' }, `
    Customer Name | name | Claire Dubois | Marc Lefèvre | Sophie Girard
    E-mail | email | claire.d@mail.example | MARC.L@Post.example | sophie.g@mail.example
    Phone | phone | 06 12 34 56 78 | 01 45 67 89 10 | ""
    Date | - | 03/04/2025 | 2025-04-05 | 07/04/2025
    Amount | - | 1 234,50 | 89,90 | 450,00
    Country | country | FRANCE | fr | France
  `),
  set({ id: 'en-lead-checker-file-user-ip', kind: 'lead quality checker\'s uploaded file (test)', lang: 'en', source: 'index:71168182609 (a lead checking service\'s file upload test)' }, `
    Name | name | Eva | Tom | Ines
    E-mail | email | eva@mail.example | tom@post.example | ines@mail.example
    Phone number | phone | +4915112345601 | +4915112345602 | +4917012345603
    User IP | - | 203.0.113.10 | 198.51.100.22 | 203.0.113.77
  `),
  set({ id: 'en-lead-csv-stage-score', kind: 'sales pipeline app\'s lead import (test CSV)', lang: 'en', source: 'index:69273960855 (a CRM\'s lead CSV parser test)' }, `
    # The stage and the score are the lead's status in the pipeline: not imported.
    Full name | name | Saran Bold | Tuya Gan | Erdene Bat
    E-mail | email | saran@mail.example | TUYA@Post.example | erdene@mail.example
    Phone number | phone | 99112233 | 88123456 | 95117788
    Company name | companyName | Nomad Tours | Gan Foods | ""
    Tags | tags | hot, vip | cold | warm
    Stage | - | qualified | new | contacted
    Score | - | 88 | 20 | 55
  `),
  set({ id: 'en-excel-sep-line-name-city', kind: 'document reader\'s test file with Excel\'s "sep=;" line above the header', lang: 'en', source: 'index:61687278356 (a file-to-text reader\'s CSV tests)', above: [['sep=;']] }, `
    # The first line "sep=;" is Excel's separator hint, above the header row.
    Name | name | Ada Byrne | Tom Locke | Rhea Vance
    City | city | London | Bristol | York
  `),
  set({ id: 'en-phone-list-no-header-carrier', kind: 'SMS tool\'s phone number import file without a header row', lang: 'en', source: 'index:29907011057 (an SMS platform\'s import parser: "CSV without headers - assume first column is phone number")', noHeader: true }, `
    # Without a header: the phone number, then the carrier and the line type (not contact fields).
    "" | phone | (555) 201-7788 | 555-301-6620 | 5554012299
    "" | - | Verizon | T-Mobile | AT&T
    "" | - | mobile | mobile | landline
  `),
  set({ id: 'en-etherpad-attendees-no-header', kind: 'workshop sign-in list without a header row (space-separated first and last names)', lang: 'en', source: 'index:107111536 (a workshop attendance script reading the sign-in list)', noHeader: true }, `
    "" | firstName | Amara | Felix | Nadia
    "" | lastName | Osei | Brandt | Rahimi
  `),
  set({ id: 'en-shareholder-register-export', kind: 'company\'s shareholder register export (export code)', lang: 'en', source: 'index:15030784616 (a shareholder register app\'s CSV export)' }, `
    # The app writes line 1, line 2 and city into the one address cell: the Street address.
    First Name | firstName | Harold | Bea | Kwame
    Last Name | lastName | Finch | Lowry | Mensah
    Email | email | h.finch@mail.example | bea.l@post.example | kwame.m@mail.example
    Phone | phone | 555-0131 | 555-0187 | 555-0150
    Address | address1 | 12 Elm St, Apt 4, Dover | 3 Oak Ln, , Salem | 77 Bay Rd, , Newport
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-kantine-anomale-benutzer-export', kind: 'canteen app\'s export of unusual user accounts', lang: 'de', source: 'index:30451119850 (a canteen ordering app\'s user export)' }, `
    # The user id / staff number is another system's id of the person: External ID. Type and status are not imported.
    Benutzer-ID/Personalnummer | externalId | 10452 | 10477 | 20013
    E-Mail | email | s.krause@firma.example | j.roth@firma.example | e.yilmaz@firma.example
    Vorname | firstName | Sabine | Jan | Emre
    Nachname | lastName | Krause | Roth | Yilmaz
    Typ | - | MITARBEITER | GAST | MITARBEITER
    Status | - | INAKTIV | AKTIV | GESPERRT
  `),
  set({ id: 'de-facebook-leads-semikolon-telefonnummer', kind: 'lead import of a Facebook lead ads export (test fixture)', lang: 'de', source: 'index:62191416273 (a lead import API\'s semicolon CSV fixture)', defaultCountry: 'DE' }, `
    E-Mail | email | max.k@mail.example | anna.s@post.example | bjoern.w@mail.example
    Vorname | firstName | Maximilian | Anna | Björn
    Nachname | lastName | Köhler | Schäfer | Wagner
    Telefonnummer | phone | 491701234567 | 491761112223 | 491523334445
  `),
  set({ id: 'de-newsletter-abonnenten-import-stadt', kind: 'newsletter tool\'s subscriber import (test CSV)', lang: 'de', source: 'index:70874258613 (a newsletter server\'s subscriber import test)' }, `
    E-Mail | email | bernd.m@mail.example | clara.n@post.example | dieter.o@mail.example
    Vorname | firstName | Bernd | Clara | Dieter
    Nachname | lastName | Meier | Neumann | ""
    Stadt | city | Berlin | Köln | Hamburg
  `),
  set({ id: 'de-ch-fairgate-mitglieder-jahresbeitrag', kind: 'Swiss club\'s member export in Fairgate style (test CSV)', lang: 'de', source: 'index:62777288674 (a club plugin\'s member CSV reader test)' }, `
    # The member status and the yearly fee are not contact fields.
    E-Mail | email | anna.b@mail.example | reto.k@post.example | nina.z@mail.example
    Vorname | firstName | Anna | Reto | Nina
    Nachname | lastName | Brunner | Keller | Zürcher
    Mitgliederstatus | - | active | passive | active
    Jahresbeitrag | - | 125,50 | 60,00 | 125,50
  `),
  set({ id: 'de-praxis-kontakte-branche-notizen', kind: 'marketing tool\'s foreign contact import (test data)', lang: 'de', source: 'index:62508873711 (a contact tool\'s import test with a German file)' }, `
    # The company's industry is never imported; notes neither.
    E-Mail | email | info@praxis-lang.example | k.weiss@klinik.example | team@zahnarzt-berg.example
    Vorname | firstName | Lena | Karl | Jonas
    Nachname | lastName | Lang | Weiß | Berg
    Firma | companyName | Praxis Lang | Klinik am See | Zahnarzt Berg
    Land | country | Germany | Germany | Austria
    Branche | - | Healthcare | Healthcare | Dental
    Notizen | - | Messe 2024 | "" | Rückruf
  `),
  set({ id: 'de-hofladen-bestellungen-abholpunkt', kind: 'farm shop\'s order report export (API route)', lang: 'de', source: 'index:52466349729 (a farm shop\'s orders report CSV)', defaultCountry: 'DE' }, `
    # City and postal code are the customer's (orders are picked up at a pick-up point).
    Bestellnummer | - | HB-2025-0412 | HB-2025-0413 | HB-2025-0414
    Datum | - | 2025-05-10 | 2025-05-10 | 2025-05-11
    Name | name | Greta Vogel | Paul Stein | Hanna Lutz
    E-Mail | email | greta.v@mail.example | paul.s@post.example | hanna.l@mail.example
    Telefon | phone | 0171 2345678 | 07071 45678 | ""
    Stadt | city | Tübingen | Rottenburg | Tübingen
    PLZ | postalCode | 72070 | 72108 | 72072
    Status | - | abgeholt | bestätigt | offen
    Bezahlt | - | ja | nein | nein
    Abholpunkt | - | Hofladen | Markt | Hofladen
    Gesamt (€) | - | 34,80 | 12,50 | 21,00
  `),
  set({ id: 'de-onlineshop-kunden-umsatz', kind: 'small web shop\'s customer export (admin script)', lang: 'de', source: 'index:37176616562 (a web shop admin\'s customer CSV export)', defaultCountry: 'DE' }, `
    # The customer id is the shop's id of the person: External ID. Registration date, order count and turnover are
    # not contact fields.
    Kunden-ID | externalId | K-10021 | K-10022 | K-10023
    Name | name | Ulrike Franke | Timo Berger | Selin Aydın
    E-Mail | email | u.franke@mail.example | timo.b@post.example | selin.a@mail.example
    Telefon | phone | 030 1234567 | 089 7654321 | 0151 23456789
    Adresse | address1 | Gartenstraße 5 | Isarweg 17 | Ringstr. 2a
    Stadt | city | Berlin | München | Essen
    PLZ | postalCode | 10115 | 80331 | 45127
    Land | country | Deutschland | Deutschland | Deutschland
    Registrierung | - | 12.01.2025 | 03.02.2025 | 28.02.2025
    Bestellungen | - | 3 | 1 | 7
    Umsatz | - | 149,70 | 39,90 | 412,30
  `),
  set({ id: 'de-netzwerk-kontakte-kategorie-prioritaet', kind: 'networking app\'s contact export (page code)', lang: 'de', source: 'index:38801186181 (a contact manager page\'s CSV export)', defaultCountry: 'DE' }, `
    # The organisation is the person's company. The category is a group the contact is filed under: Tags. Priority,
    # contact type, last contact and notes are not imported. "Ort" is the town: City.
    Name | name | Miriam Hahn | Stefan Graf | Olga Petrova
    E-Mail | email | m.hahn@mail.example | s.graf@verein.example | olga.p@mail.example
    Telefon | phone | 0221 998877 | 0711 334455 | 0176 11223344
    Organisation | companyName | Hahn Consulting | Sportverein Ost | ""
    Adresse | address1 | Domstr. 3 | Parkallee 14 | Lindenplatz 9
    Ort | city | Köln | Stuttgart | Leipzig
    Kategorie | tags | Partner | Verein | Presse
    Priorität | - | hoch | mittel | niedrig
    Kontakt-Typ | - | Geschäftlich | Ehrenamt | Geschäftlich
    Letzter Kontakt | - | 02.05.2025 | 18.04.2025 | ""
    Notizen | - | Termin im Juni | "" | Interview angefragt
  `),
  set({ id: 'de-visitenkarte-leads-nachricht', kind: 'digital business card app\'s lead export (API route)', lang: 'de', source: 'index:56661773214 (a digital business card app\'s leads CSV)', defaultCountry: 'DE' }, `
    # The card is the owner's card the lead came through; the message is free text: neither is imported.
    Datum | - | 12.5.2025 | 13.5.2025 | 13.5.2025
    Name | name | Julia Engel | Marco Fuchs | Aylin Demir
    E-Mail | email | julia.e@mail.example | marco.f@post.example | aylin.d@mail.example
    Telefon | phone | 0160 1234567 | "" | 0152 7654321
    Nachricht | - | Bitte um Rückruf | Angebot gewünscht | ""
    Karte | - | Messekarte | Standard | Messekarte
  `),
  set({ id: 'de-kunden-export-firmen-erstellt-am', kind: 'invoicing app\'s customer export with German headers (test)', lang: 'de', source: 'index:57441818994 (an app\'s localized CSV export test)' }, `
    # The rows are companies (the sample file's clients are firms): the name is the Company name.
    Name | companyName | Birkner GmbH | Falkenhof KG | Nordlicht AG
    E-Mail | email | info@birkner.example | "" | kontakt@nordlicht.example
    Telefon | phone | 555-2211 | "" | 555-9087
    Adresse | address1 | 1 Main St | 5 Side St | 40 Harbor Rd
    Stadt | city | Springfield | "" | Shelbyville
    Erstellt am | - | 01/02/2026 03:04 AM | 01/03/2026 03:04 PM | 01/05/2026 11:30 AM
  `),
  set({ id: 'de-kursbuchungen-export-bezahlt', kind: 'course studio\'s booking export (admin page)', lang: 'de', source: 'index:53148782108 (a course booking admin\'s CSV export)', defaultCountry: 'DE' }, `
    Name | name | Sophie Brandt | Lars Weber | Mia Kühn
    E-Mail | email | sophie.b@mail.example | lars.w@post.example | mia.k@mail.example
    Telefon | phone | 0171 9988776 | "" | 0157 12312312
    Kurs | - | Yoga Basics | Pilates | Yoga Basics
    Status | - | bestätigt | angefragt | storniert
    Bezahlt | - | Ja | Nein | Nein
    Datum | - | 02.05.2025 | 05.05.2025 | 06.05.2025
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-evenement-gasten-rol', kind: 'event app\'s guest import (test CSV)', lang: 'nl', source: 'index:61075912580 (an event guest list parser test)' }, `
    # The role (VIP, crew, gast) is not imported.
    Naam | name | Fleur Bakker | Ruben Smit | Iris Jansen
    E-mail | email | fleur.b@mail.example | ruben.s@post.example | iris.j@mail.example
    Telefoon | phone | +31612345601 | +31687654302 | +31611122203
    Geboortedatum | dateOfBirth | 1994-03-21 | 1988-10-02 | 2000-07-15
    Rol | - | VIP | crew | gast
  `),
  set({ id: 'nl-personen-create-telefoonnr', kind: 'address book web app\'s person form fields (bound columns)', lang: 'nl', source: 'index:46531162532 (an address book controller\'s bound fields)', defaultCountry: 'NL' }, `
    Voornaam | firstName | Tim | Sara | Mees
    Achternaam | lastName | Verbeek | Kuipers | Hendriks
    Email | email | tim.v@mail.example | sara.k@post.example | mees.h@mail.example
    Telefoonnr | phone | 06-12345678 | 010-1234567 | 06-87654321
  `),
  set({ id: 'nl-studenten-galerij-studentnr', kind: 'school portfolio site\'s student table (selected columns)', lang: 'nl', source: 'index:2515449018 (a student gallery page\'s query)' }, `
    # The student number is the school's id of the pupil: External ID. Type, image paths and quote are not imported.
    Voornaam | firstName | Noor | Luuk | Yara
    Achternaam | lastName | Smits | de Graaf | Bos
    Email | email | noor.s@school.example | luuk.dg@school.example | yara.b@school.example
    Studentnr | externalId | 500812 | 500847 | 500903
    Type | - | student | student | student
    img_path | - | img/500812.jpg | img/500847.jpg | img/500903.jpg
    color_path | - | img/c500812.jpg | img/c500847.jpg | img/c500903.jpg
    Quote | - | Altijd bezig | Code is poëzie | ""
  `),
  set({ id: 'nl-webwinkel-klant-wachtwoord', kind: 'web shop\'s customer table (registration insert columns)', lang: 'nl', source: 'index:211630725 (a web shop\'s customer registration class)' }, `
    # The password is never imported.
    voornaam | firstName | Jesse | Femke | Sven
    achternaam | lastName | Brouwer | Dekker | Post
    email | email | jesse.b@mail.example | femke.d@post.example | sven.p@mail.example
    wachtwoord | - | 5f4dcc3b5aa765d6 | e99a18c428cb38d5 | 25d55ad283aa400a
  `),
  set({ id: 'nl-gebruikers-userid-wachtwoord-hash', kind: 'app\'s user table (registration insert columns)', lang: 'nl', source: 'index:43439933613 (a user registration repository\'s insert)' }, `
    # The user id is another system's id of the person: External ID. The password hash is never imported.
    userid | externalId | 3f2a9c1e-0b1d-4e55-9a7b-1c2d3e4f5a60 | 7b8c9d0e-1f2a-4b3c-8d9e-0f1a2b3c4d5e | a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d
    voornaam | firstName | Lieke | Thijs | Nina
    achternaam | lastName | Vos | Maas | Groot
    email | email | lieke.v@mail.example | thijs.m@post.example | nina.g@mail.example
    wachtwoord_hash | - | $2b$12$abc | $2b$12$def | $2b$12$ghi
  `),
  // ----------------------------------------------------------------------------------------------------- Mixed
  set({ id: 'mixed-shopify-rechnungen-storno-template', kind: 'invoice tool\'s Shopify-style order template with German invoice columns', lang: 'mixed', source: 'index:12149062469 (an invoice generator\'s CSV template)', defaultCountry: 'DE' }, `
    # "Bestellnummer" is the invoice number. "Name" here is the customer's name (the order number has its own column);
    # the billing group is the only address the customer has; shipping never. The invoice type, German status,
    # reason and original invoice are about the invoice.
    Bestellnummer | - | RE-2025-014 | RE-2025-015 | RE-2025-016
    Name | name | Jana Wolf | Erik Lang | Petra Sommer
    Email | email | jana.w@mail.example | erik.l@post.example | petra.s@mail.example
    Financial Status | - | paid | refunded | paid
    Fulfillment Status | - | fulfilled | fulfilled | unfulfilled
    Total | - | 59.90 | -19.90 | 120.00
    Created at | - | 2025-02-03 10:00:00 +0100 | 2025-02-04 12:30:00 +0100 | 2025-02-05 09:15:00 +0100
    Lineitem quantity | - | 1 | 1 | 2
    Lineitem name | - | Poster A2 | Rahmen | Kalender
    Lineitem price | - | 59.90 | 19.90 | 60.00
    Lineitem sku | - | P-A2 | R-01 | K-25
    Billing Name | - | Jana Wolf | Erik Lang | Petra Sommer
    Billing Address1 | address1 | Ahornweg 2 | Marktplatz 7 | Rosenstr. 19
    Billing City | city | Freiburg | Bremen | Dresden
    Billing Zip | postalCode | 79098 | 28195 | 01067
    Billing Country | country | DE | DE | DE
    Shipping Name | - | Jana Wolf | Erik Lang | Petra Sommer
    Shipping Address1 | - | Ahornweg 2 | Marktplatz 7 | Rosenstr. 19
    Shipping City | - | Freiburg | Bremen | Dresden
    Shipping Zip | - | 79098 | 28195 | 01067
    Shipping Country | - | DE | DE | DE
    Rechnungstyp | - | Normal | Storno | Gutschrift
    Status_Deutsch | - | Bezahlt | Erstattet | Bezahlt
    Grund | - | "" | Rücksendung | Kulanz
    Original_Rechnung | - | "" | RE-2025-009 | RE-2025-011
  `),
  set({ id: 'mixed-recruiting-kandidaten-skills', kind: 'recruiting app\'s candidate bulk export (German and English headers)', lang: 'mixed', source: 'index:45251603406 (a recruiting page\'s bulk CSV export)', defaultCountry: 'DE' }, `
    # Experience, expected salary and skills are not contact fields.
    Name | name | Nils Hartmann | Elif Kaya | Tobias Renz
    E-Mail | email | nils.h@mail.example | elif.k@post.example | tobias.r@mail.example
    Telefon | phone | 0176 22334455 | "" | 0151 99887766
    Erfahrung | - | 5 | 2 | 11
    Gehalt | - | 62000 | 48000 | 85000
    Skills | - | React; TypeScript | Python; SQL | Java; Kotlin; AWS
  `),
  set({ id: 'mixed-shop-bewertungen-produkt-gtin', kind: 'review platform\'s order import sample from a German shop (German with English product terms)', lang: 'mixed', source: 'index:22291190523 (a review widget\'s sample order file comment)' }, `
    # Order number, date, quantity and the product columns are the order's.
    Bestellnummer | - | 100231 | 100232 | 100233
    Bestelldatum | - | 02.04.2025 | 02.04.2025 | 03.04.2025
    Anzahl | - | 1 | 2 | 1
    E-Mail | email | ute.m@mail.example | kai.b@post.example | rosa.f@mail.example
    Vorname | firstName | Ute | Kai | Rosa
    Nachname | lastName | Maurer | Bauer | Fink
    Produkt-SKU | - | SKU-118 | SKU-204 | SKU-118
    Produktname | - | Teekanne | Tassen-Set | Teekanne
    Produkt-URL | - | https://shop.example/teekanne | https://shop.example/tassen | https://shop.example/teekanne
    Produkt-GTIN | - | 4006381333931 | 4006381333948 | 4006381333931
  `),
];
