// The sixteenth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch
// and mixed-language files; the other half, corpus-heldout16b.ts, holds the other languages): 56 header sets (668
// columns, 375 of them expected to map; 25 English, 14 German, 12 Dutch, 5 mixed; 3 files without a header row, 2
// with title, selection, link and blank lines above it; 5 sets of 32 to 45 columns) from sources none of the other
// parts use, found in the public code index with find_string (exact header text of CRM and vendor exports: HubSpot,
// Zoho, Xero, Highrise, GoHighLevel, Clio, Mailchimp-style shop exports; importer tests, templates and samples;
// club, school and customer lists; database tables and form fields) and written down, with the mapping a careful
// person would choose by the field definitions and the rules, BEFORE the mapper was run on them and without
// reading the lexicon or the mapper. "index:N" names the index file the header text was read from (the index does
// not name its repository); the kind says what the file is. Sample values are made up in the shape of each file's
// own (no personal data or example rows from the sources are copied). A trailing column without a header is written
// as "". No set's headers repeat an older part's (the files without a header row aside).
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
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once
// (following the fifteenth part's first half where it made them):
// - A full-name column next to first and last name columns is the Name as well.
// - A column that names a group the person belongs to (a team) is Tags; a school class, a subject or a role is not
//   imported (like a job title).
// - Of two ids of the person, the first is the External ID and the other is not imported; the id of the account
//   or company a contact belongs to is not imported. "Record ID" of a HubSpot export is the External ID.
// - A Dutch "tussenvoegsel" in a column of its own is not imported (the last name column is still the Last name).
//   A "Name" column next to "Vorname" or "Voornaam" is the last name.
// - In a list with one row per company and its contact person ("Firma"/"Bedrijfsnaam" and "Ansprechpartner"/
//   "Contactpersoon"), the company is the Company and the contact person the Name; the company's address, the only
//   address, is the address; the company's website is not imported.
// - A whole address in one column is the Address line when it is the only address the file has.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout16' }, table);

export const HELDOUT16A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-leads-sample-parser-test-two-phones', kind: 'sample leads file (100 rows) read by a CSV parser\'s tests', lang: 'en', source: 'index:15659380501 (a CSV parser library\'s header test for a leads file, Java)' }, `
    # Account Id is the id of the account the lead belongs to (an account's id): not imported. Phone 2 is an
    # additional phone.
    Index | - | 1 | 2 | 3
    Account Id | - | 8a3F2c91bE04d7A | 3Cd90eF1a2B7c4E | f7E2b0A9c1D34e8
    Lead Owner | owner | Dana Whitfield | Marco Reyes | Dana Whitfield
    First Name | firstName | Colleen | Terrence | Ivy
    Last Name | lastName | Harlan | Okafor | Lindgren
    Company | companyName | Harlan, Ortiz and Mays | Okafor Freight Group | Lindgren-Patel
    Phone 1 | phone | 555-201-3344 | (312)555-0190x221 | +1-646-555-0117
    Phone 2 | additionalPhones | 001-555-330-7781 | | 555.718.2290
    Email | email | colleen.harlan@harlanortiz.example | tokafor@okaforfreight.example | ivy48@lindgrenpatel.example
    Website | website | https://www.harlanortiz.example/ | http://okaforfreight.example/ | https://lindgrenpatel.example/
    Notes | - | Follow up after webinar | | Asked for pricing sheet
  `),
  set({ id: 'en-leads-pdf-report-deal-stage', kind: 'client list columns of a PDF report (the same leads sample, with source and deal stage)', lang: 'en', source: 'index:26807182059 (a PHP report generator\'s client listing, column titles)' }, `
    Index | - | 1 | 2 | 3
    Account_Id | - | 5bD1e7Fa09C3b2d | 0aE4c6B8d2F17e9 | 9Fb3a1C7e5D02c4
    Lead Owner | owner | Antonia Sorrell | Gabe Whitmore | Antonia Sorrell
    First Name | firstName | Cameron | Leticia | Howard
    Last Name | lastName | Pryce | Molina | Baptiste
    Company | companyName | Dean, Daniels and Cole | Molina Landscaping | Baptiste Dental
    Phone 1 | phone | 999-826-4421 | 555-613-9087 | (415) 555-0166
    Email 1 | email | cpryce@deandaniels.example | leticia@molinalandscaping.example | h.baptiste@baptistedental.example
    Website | website | http://deandaniels.example | https://molinalandscaping.example | http://baptistedental.example
    Source | source | Trade Show | Website | Referral
    Deal Stage | - | Negotiation | Qualification | Closed Won
  `),
  set({ id: 'en-crm-lead-excel-template-contact-col', kind: 'CRM lead import Excel template (download service)', lang: 'en', defaultCountry: 'IN', source: 'index:8858301908 (a Rails CRM\'s lead template download service, Ruby)' }, `
    # "Contact" holds the lead's contact number (the file's only phone column): the Phone.
    Lead Owner | owner | priya.menon@salesdesk.example | rahul.k@salesdesk.example | priya.menon@salesdesk.example
    First Name | firstName | Arjun | Sneha | Vikram
    Last Name | lastName | Nair | Kulkarni | Bhatia
    Email | email | arjun.nair@example.in | sneha.k@kulkarni-exports.example | vikram@bhatiatextiles.example
    Contact | phone | 9847012345 | +91 98200 45678 | 9811122233
    Company | companyName | | Kulkarni Exports | Bhatia Textiles
    Lead Source | source | Website | Cold Call | Trade Fair
    Lead Status | - | New | Contacted | Qualified
    Industry | - | | Export | Textiles
    Company Size | - | | 11-50 | 51-200
    Website | website | | https://kulkarni-exports.example | https://bhatiatextiles.example
    street | address1 | 14 MG Road | Plot 22, MIDC | 7 Chandni Chowk
    city | city | Kochi | Pune | Delhi
    state | state | Kerala | Maharashtra | Delhi
    zip_code | postalCode | 682016 | 411019 | 110006
    country | country | India | India | India
  `),
  set({ id: 'en-hubspot-leads-office-cell-two-companies', kind: 'HubSpot leads export read by a Microsoft 365 domain-check script (blog post)', lang: 'en', source: 'index:14232599576 (a PowerShell blog post importing a HubSpot leads CSV, HTML)' }, `
    # Record ID is HubSpot's id of the contact: the External ID. Office and cell numbers are both typed: the cell
    # number is the Phone, the office number an additional phone. Of the two company name columns, the first
    # (Associated Company) is the Company; "Company name" repeats it, and the company's record id is not imported.
    Record ID | externalId | 51234 | 51240 | 51377
    First Name | firstName | Gregory | Naomi | Stefan
    Last Name | lastName | Vance | Ellery | Kraus
    Email | email | gvance@vanceplumbing.example | naomi.ellery@ellerylaw.example | skraus@krausmachining.example
    Office Number | additionalPhones | (614) 555-0143 | (216) 555-0178 | 
    Primary Associated Company ID | - | 8801223 | 8801290 | 8801412
    Associated Company | companyName | Vance Plumbing | Ellery Law Group | Kraus Machining
    Record ID - Company | - | 8801223 | 8801290 | 8801412
    Company name | - | Vance Plumbing | Ellery Law Group | Kraus Machining
    Cell Number | phone | (614) 555-0199 | | (330) 555-0121
    City | city | Columbus | Cleveland | Akron
    Industry | - | Construction | Legal Services | Manufacturing
  `),
  set({ id: 'en-zoho-contacts-export-paving-import', kind: 'Zoho CRM contacts export (Contacts_001.csv) in a contractor app\'s import test', lang: 'en', source: 'index:70681987786 (a paving estimator app\'s Zoho import test, Swift)' }, `
    # Record Id is Zoho's id of the contact: the External ID; Account Name.id (the account's id) is not imported.
    # Account Name is the company the contact belongs to: the Company. Mobile is the only phone: the Phone.
    Record Id | externalId | 4876876000000212 | 4876876000000213 | 4876876000000219
    First Name | firstName | Sam | Jo | Priscilla
    Last Name | lastName | Lee | Okonkwo | Hart
    Account Name | companyName | Ridge Property Group | | Cedar Lane HOA
    Account Name.id | - | 4876876000000111 | | 4876876000000112
    Email | email | sam@ridgepg.example | jo.okonkwo@example.com | phart@cedarlane.example
    Mobile | phone | 614-555-0102 | 614-555-0300 | (614) 555-0244
    Mailing Street | address1 | | 22 Elm St | 1 Cedar Ln
    Mailing City | city | | Columbus | Dublin
    Mailing State | state | | OH | OH
    Mailing Zip | postalCode | | 43210 | 43017
  `),
  set({ id: 'en-hubspot-customer-dataclass-fields', kind: 'HubSpot contacts export columns given in a Python exercise (customer data class)', lang: 'en', source: 'index:45702832094 (a Python course\'s assignment solutions, OOP question on a HubSpot export)' }, `
    # Associated Company (the company the contact is associated with, the only company column) is the Company.
    Record ID | externalId | 1001 | 1002 | 1003
    First Name | firstName | Brian | Alisha | Thomas
    Last Name | lastName | Halsey | Kapoor | Ngata
    Email | email | bhalsey@example.com | alisha.kapoor@example.org | tngata@example.net
    Phone Number | phone | +1 312 555 0142 | +1 872 555 0199 | 
    Contact owner | owner | Rachel Stone | Rachel Stone | Omar Haddad
    Primary Associated Company ID | - | 22001 | 22007 | 
    Last Activity Date | - | 2024-02-11 14:05 | 2024-01-30 09:12 | 
    Lead Status | - | Open | In Progress | New
    Marketing contact status | - | Marketing contact | Non-marketing contact | Marketing contact
    Create Date | - | 2023-11-02 10:44 | 2023-12-15 16:20 | 2024-02-01 08:03
    Associated Company | companyName | Halsey Media | Kapoor Analytics | 
  `),
  set({ id: 'en-hubspot-export-qr-mailing-college', kind: 'HubSpot contacts export (with a QR hash column) read by a bulk-mail script', lang: 'en', source: 'index:2578242245 (a Mandrill mailing script reading qr_hash.csv, JavaScript)' }, `
    # College (where the student studies) is not imported, like a school class. Hash is a generated code.
    Record ID | externalId | 3410551 | 3410562 | 3410588
    First Name | firstName | Jasmine | Tyrell | Mei
    Last Name | lastName | Cortez | Banks | Zhou
    Mobile Phone Number | phone | +1 404 555 0127 | +1 678 555 0133 | 
    College | - | Georgia Tech | Morehouse College | Emory University
    Email | email | jcortez@example.edu | tbanks@example.edu | mei.zhou@example.edu
    Hash | - | 9f2c41ab7e | 0d77e5c12a | b3a9f08e61
  `),
  set({ id: 'en-hubspot-odbc-export-owner-source', kind: 'HubSpot contacts pulled over ODBC and written to CSV (commented-out variant with owner and lead source)', lang: 'en', source: 'index:42713844507 (a CData ODBC script writing all.csv from HubSpot contacts, Python)' }, `
    # Full Name next to First and Last Name is the Name as well.
    Record ID | externalId | 701 | 702 | 705
    First Name | firstName | Kevin | Lorraine | Dev
    Last Name | lastName | McAllister | Dubois | Raman
    Phone Number | phone | 2145550187 | 9725550133 | 4695550102
    Full Name | name | Kevin McAllister | Lorraine Dubois | Dev Raman
    Email | email | kevin.mcallister@example.com | ldubois@example.com | dev.raman@example.com
    Contact Owner | owner | j.ortiz@lendco.example | j.ortiz@lendco.example | s.wu@lendco.example
    Lead Source | source | Zillow | Referral | Website
  `),
  set({ id: 'en-conference-attendees-salutation-title', kind: 'conference attendee list exported to CSV by an admin tool', lang: 'en', source: 'index:46210692873 (a Django conference app\'s attendee CSV view, Python)' }, `
    Salutation | - | Dr. | Ms. | Mr.
    First Name | firstName | Helen | Ruth | Dmitri
    Last Name | lastName | Abernathy | Osei | Volkov
    Title | - | Research Director | Program Manager | CTO
    Company | companyName | Northfield Labs | Osei Consulting | Volkov Systems
    Phone | phone | 650-555-0141 | 415-555-0178 | 408-555-0125
    Email | email | habernathy@northfieldlabs.example | ruth@oseiconsulting.example | dmitri@volkovsystems.example
  `),
  set({ id: 'en-shop-customers-mailchimp-columns-fullname', kind: 'web shop customer export in Mailchimp\'s column names (the shop writes the full name into both name columns)', lang: 'en', defaultCountry: 'VN', source: 'index:40248079083 (an ASP.NET shop\'s customer CSV export, C#)' }, `
    # The shop writes the customer's full name into First Name and again into Last Name: First Name holds the whole
    # name, the Name; Last Name repeats it and is not imported.
    Email Address | email | an.nguyen@example.vn | thu.tran@example.com | minh.le@example.vn
    First Name | name | Nguyễn Văn An | Trần Thị Thu | Lê Quang Minh
    Last Name | - | Nguyễn Văn An | Trần Thị Thu | Lê Quang Minh
    Address | address1 | 12 Lý Thường Kiệt, Quận 10, TP.HCM | 45 Hai Bà Trưng, Hà Nội | 8 Nguyễn Trãi, Đà Nẵng
    Phone Number | phone | 0903123456 | 0912345678 | 0935111222
  `),
  set({ id: 'en-hubspot-all-properties-export-wide', kind: 'HubSpot "all contacts" export with every property (first 45 of about 200 columns), checked by a validation script', lang: 'en', source: 'index:44056861562 (a script checking a HubSpot all-contacts export\'s columns, Python)' }, `
    # Company domain name, Domain name and Company size are the company's: not imported. Country/Region is the
    # Country; Date of birth the Date of birth.
    Record ID | externalId | 1151 | 1201 | 1251
    First Name | firstName | Linnea | Oskar | Greta
    Last Name | lastName | Holm | Berg | Sandell
    Annual Revenue | - | | 1200000 | 
    Average Pageviews | - | 3.5 | 1.0 | 7.25
    Became a Customer Date | - | 2023-01-17 10:02 | | 
    Became a Lead Date | - | 2022-11-02 08:45 | 2023-02-08 13:10 | 2023-03-01 09:00
    Became a Marketing Qualified Lead Date | - | 2022-12-01 12:00 | | 2023-03-04 11:20
    Became a Sales Qualified Lead Date | - | 2022-12-20 15:30 | | 
    Became a Subscriber Date | - | | 2023-02-08 13:10 | 
    Became an Evangelist Date | - | | | 
    Became an Opportunity Date | - | 2023-01-05 09:15 | | 
    Became an Other Lifecycle Date | - | | | 
    Buying Role | - | Decision Maker | | Influencer
    Buying Role Option | - | | | 
    Campaign of last booking in meetings tool | - | | | Spring demo
    City | city | Göteborg | Malmö | Uppsala
    Close Date | - | 2023-01-17 10:02 | | 
    Company domain name | - | holmdesign.example | | sandell.example
    Company Name | companyName | Holm Design AB | Berg & Son | Sandell Konsult
    Company size | - | 11-50 | 1-10 | 11-50
    Contact owner | owner | Elin Ström | Elin Ström | Johan Nyberg
    Contact priority | - | High | Low | Medium
    Contact unworked | - | false | true | false
    Country/Region | country | Sweden | Sweden | Sweden
    Create Date | - | 2022-11-02 08:45 | 2023-02-08 13:10 | 2023-03-01 09:00
    Created by user ID | - | 4021 | 4021 | 4107
    Currently in Sequence | - | false | false | true
    Currently in workflow | - | | Welcome series | 
    Date of birth | dateOfBirth | 1986-04-12 | | 1979-09-30
    Date of last meeting booked in meetings tool | - | 2023-01-03 | | 2023-03-08
    Days To Close | - | 76 | | 
    Degree | - | | | MSc
    Domain name | - | holmdesign.example | | sandell.example
    Domain to which registration email was sent | - | | | 
    Email | email | linnea@holmdesign.example | oskar.berg@example.se | greta@sandell.example
    Email address automated quarantine reason | - | | | 
    Email address quarantine reason | - | | | 
    Email Address Quarantined | - | false | false | false
    Email Confirmed | - | true | false | true
    Email Domain | - | holmdesign.example | example.se | sandell.example
    Email hard bounce reason | - | | | 
    Event Revenue | - | | | 
    Facebook click id | - | | | 
    Fax Number | - | | | 018-123 45
  `),
  set({ id: 'en-xero-contacts-export-customers-split-name', kind: 'Xero contact import CSV written by an invoicing app (customer name split into first and last)', lang: 'en', defaultCountry: 'AU', source: 'index:53096342291 (an invoicing app\'s Xero export helpers, TypeScript)' }, `
    # The app writes the customer's whole name into ContactName and splits it into FirstName and LastName: the full
    # name is the Name as well.
    ContactName | name | Sarah Whitlock | Ben Nguyen | Mia Rossi
    EmailAddress | email | sarah.whitlock@example.com.au | ben.nguyen@example.com | mia.rossi@example.com.au
    FirstName | firstName | Sarah | Ben | Mia
    LastName | lastName | Whitlock | Nguyen | Rossi
    PhoneNumber | phone | 0412 345 678 | (02) 9876 5432 | 0433 221 100
    AddressLine1 | address1 | 14 Banksia St | 3/88 King St | 7 Wattle Ave
    City | city | Brisbane | Newtown | Geelong
    PostalCode | postalCode | 4000 | 2042 | 3220
  `),
  set({ id: 'en-xero-contacts-spec-order-wide', kind: 'Xero\'s stock contact import layout (33 columns) pinned by an accounting app\'s export test', lang: 'en', defaultCountry: 'AU', source: 'index:61817138431 (a Xero contact export service\'s test, TypeScript)' }, `
    # As in the older Xero sets: ContactName (a business) is the Company; the postal (PO) address group is the
    # address, the street (SA) group is not imported; the mobile and the direct dial number are additional phones;
    # AccountNumber is the External ID; tax, bank and account codes are not imported.
    *ContactName | companyName | Acme Constructions | Toowoomba Tyres | Range Plumbing
    EmailAddress | email | billing@acme.example | accounts@toowoombatyres.example | office@rangeplumbing.example
    FirstName | firstName | Jo | Craig | Leanne
    LastName | lastName | Sutton | Mahoney | Price
    POAddressLine1 | address1 | PO Box 42 | 12 Ruthven St | PO Box 7
    POAddressLine2 | - | | | 
    POAddressLine3 | - | | | 
    POAddressLine4 | - | | | 
    POCity | city | Toowoomba | Toowoomba | Warwick
    PORegion | state | QLD | QLD | QLD
    POPostalCode | postalCode | 4350 | 4350 | 4370
    POCountry | country | Australia | Australia | Australia
    SAAddressLine1 | - | 1 Site St | 12 Ruthven St | 44 Palmerin St
    SAAddressLine2 | - | | | 
    SAAddressLine3 | - | | | 
    SAAddressLine4 | - | | | 
    SACity | - | Toowoomba | Toowoomba | Warwick
    SARegion | - | QLD | QLD | QLD
    SAPostalCode | - | 4350 | 4350 | 4370
    SACountry | - | Australia | Australia | Australia
    PhoneNumber | phone | 07 5555 1111 | 07 4632 0099 | 07 4661 2233
    MobileNumber | additionalPhones | 0412 555 111 | | 0498 765 432
    DirectDialNumber | additionalPhones | | 07 4632 0101 | 
    FaxNumber | - | | | 
    Website | website | https://acme.example | https://toowoombatyres.example | 
    TaxNumber | - | 12345678901 | 98765432109 | 11223344556
    AccountNumber | externalId | ACME-001 | TT-014 | RP-203
    BankAccountName | - | | | 
    BankAccountNumber | - | | | 
    SalesAccount | - | 200 | 200 | 200
    PurchasesAccount | - | 300 | 300 | 310
    Discount | - | | 12.50 | 
    DefaultCurrency | - | AUD | AUD | AUD
  `),
  set({ id: 'en-marketplace-people-import-given-family', kind: 'marketplace platform\'s people import file (users with listings)', lang: 'en', source: 'index:1295788547 (a marketplace platform\'s CSV people importer, Ruby)' }, `
    Given Name | firstName | Hannah | Luis | Priyanka
    Family Name | lastName | Mercer | Albarrán | Desai
    Email | email | hannah.mercer@example.com | luis.albarran@example.org | priyanka.d@example.net
    Username | - | hmercer | luisalb | pdesai
    Password | - | Welcome-2024! | Change.me.77 | Temp#4481
    Profile Type | - | provider | customer | provider
  `),
  set({ id: 'en-recruiter-candidates-import-role-location', kind: 'recruiting CRM candidate import file', lang: 'en', source: 'index:70679886431 (a recruiting app\'s candidate CSV import test, TypeScript)' }, `
    # Current role is a job title, Location a free-form place: neither imported.
    Given name | firstName | Morgan | Taylor | Ines
    Family name | lastName | Reed | Park | Cardoso
    Email | email | morgan.reed@example.com | taylor.park@example.com | ines.cardoso@example.pt
    Current role | - | Product Director | Engineering Director | Head of Data
    Location | - | London | New York | Lisbon
    Notes | - | Met at SaaStock | No prior contact | Open to relocation
  `),
  set({ id: 'en-highrise-contacts-export-wide', kind: 'Highrise contacts export (the first 45 of its 48 columns) read by a migration script to ActiveCampaign', lang: 'en', source: 'index:33570900526 (a Highrise to ActiveCampaign migration script, its list of source columns, Ruby)' }, `
    # Highrise ID is the External ID. Name next to First and Last name is the Name as well. The work address is the
    # address; the other address and the company's address, phone, email, site and Twitter are not imported. With
    # typed phones only, the mobile is the Phone and the work, home and other numbers additional phones; the work
    # email is the Email and the home and other emails additional emails.
    Highrise ID | externalId | 201884410 | 201884522 | 201885007
    Company or Person | - | Person | Person | Person
    Name | name | Gwen Talbot | Rashid Karimi | Ellen Voss
    First name | firstName | Gwen | Rashid | Ellen
    Last name | lastName | Talbot | Karimi | Voss
    Company | companyName | Talbot Analytics | Karimi & Co | 
    Title | - | Founder | Partner | Consultant
    Background | - | Met at Strata | | Referred by Gwen
    LinkedIn URL | - | https://www.linkedin.com/in/gwentalbot | | https://www.linkedin.com/in/ellenvoss
    Tags | tags | prospect, analytics | client | prospect
    Address - Work Street | address1 | 500 Market St, Suite 300 | 1200 Brickell Ave | 
    Address - Work City | city | San Francisco | Miami | 
    Address - Work State | state | CA | FL | 
    Address - Work Zip | postalCode | 94105 | 33131 | 
    Address - Work Country | country | United States | United States | 
    Address - Other Street | - | | | 77 Hudson St
    Address - Other City | - | | | Hoboken
    Address - Other Zip | - | | | 07030
    Address - Other Country | - | | | United States
    Company Address - Work Street | - | 500 Market St | 1200 Brickell Ave | 
    Company Address - Work City | - | San Francisco | Miami | 
    Company Address - Work State | - | CA | FL | 
    Company Address - Work Zip | - | 94105 | 33131 | 
    Company Address - Work Country | - | United States | United States | 
    Company Address - Other Street | - | | | 
    Company Address - Other City | - | | | 
    Company Address - Other Zip | - | | | 
    Company Address - Other Country | - | | | 
    Phone number - Work | additionalPhones | 415-555-0160 | 305-555-0112 | 
    Phone number - Mobile | phone | 415-555-0188 | | 201-555-0134
    Phone number - Fax | - | | 305-555-0113 | 
    Phone number - Home | additionalPhones | | | 201-555-0177
    Phone number - Other | additionalPhones | | | 
    Email address - Work | email | gwen@talbotanalytics.example | rashid@karimico.example | 
    Email address - Home | additionalEmails | gwen.talbot@example.com | | ellen.voss@example.com
    Email address - Other | additionalEmails | | r.karimi@example.net | 
    Web address - Work | website | https://talbotanalytics.example | https://karimico.example | 
    Twitter account - Personal | - | gwentalbot | | 
    Company Phone number - Work | - | 415-555-0100 | 305-555-0100 | 
    Company Phone number - Other | - | | | 
    Company Email address - Work | - | info@talbotanalytics.example | office@karimico.example | 
    Company Web address - Work | - | https://talbotanalytics.example | https://karimico.example | 
    Company Twitter account - Personal | - | | | 
    Created at | - | 2014-03-11 17:02:45 | 2015-08-20 09:14:03 | 2016-01-05 12:40:19
    Last Updated | - | 2016-02-01 10:11:12 | 2015-08-20 09:14:03 | 2016-01-07 08:00:55
  `),
  set({ id: 'en-saas-admin-users-export-referral', kind: 'SaaS admin panel\'s user list exported to CSV (plan, usage, referral source)', lang: 'en', defaultCountry: 'GB', source: 'index:61922191491 (an admin dashboard\'s users table CSV export, React)' }, `
    # ID is the app's id of the user (a bare ID): the External ID. Referral Source is the Source. Sector (the
    # company's industry) and Job Role are not imported.
    ID | externalId | usr_8f21 | usr_8f35 | usr_9a02
    Email | email | olivia.grant@grantlegal.example | m.shah@example.co.uk | tom@hartwellbuild.example
    First Name | firstName | Olivia | Mehul | Tom
    Last Name | lastName | Grant | Shah | Hartwell
    Phone | phone | 07700 900123 | 020 7946 0321 | 
    Company | companyName | Grant Legal LLP | | Hartwell Build Ltd
    Sector | - | Legal | Retail | Construction
    Job Role | - | Partner | Store manager | Director
    Referral Source | source | LinkedIn | Google search | Friend or colleague
    Plan | - | Pro | Free | Team
    Status | - | active | active | suspended
    Joined | - | 2025-01-14 | 2025-02-02 | 2024-11-30
    Last Login | - | 2025-03-18 | 2025-02-20 | 2025-01-09
    Scans Today | - | 4 | 0 | 0
    Lifetime Scans | - | 312 | 6 | 87
  `),
  set({ id: 'en-invoicing-customers-sample-csv', kind: 'invoicing app\'s customer import sample file (download link of the import wizard)', lang: 'en', source: 'index:66834131500 (an invoicing app\'s customer import dialog with a sample CSV, React)' }, `
    # Customer Name is the customer's display name (a person or a business): the Name.
    Customer Name | name | Acme Corp | Jenna Whitaker | Blue Fern Studio
    Company Name | companyName | Acme Corp LLC | | Blue Fern Studio Inc.
    Email | email | billing@acmecorp.example | jenna.whitaker@example.com | hello@bluefern.example
    Phone | phone | 555-0100 | (503) 555-0142 | 555-0177
  `),
  set({ id: 'en-prospect-audit-export-assigned-source', kind: 'lead-generation tool\'s prospects export (website audit figures per contact)', lang: 'en', source: 'index:41917401679 (a prospecting tool\'s CSV export function, TypeScript)' }, `
    # Domain is the prospect company's domain: not imported. Assigned To is the Contact owner; Source the Source.
    # The audit figures, the report link and the social profile links are not imported.
    Domain | - | brightsmiledental.example | pinecrestroofing.example | harborviewlaw.example
    Contact Type | - | Owner | Office Manager | Partner
    First Name | firstName | Alan | Becky | Carmen
    Last Name | lastName | Fitch | Lowry | Ibarra
    Email | email | alan@brightsmiledental.example | becky@pinecrestroofing.example | cibarra@harborviewlaw.example
    Job Title | - | Dentist | Office Manager | Managing Partner
    Phone | phone | (480) 555-0112 | (602) 555-0190 | (520) 555-0147
    Street Address | address1 | 4410 E Camelback Rd | 88 W Pinecrest Dr | 210 N Church Ave
    Facebook URL | - | https://facebook.com/brightsmile | | 
    LinkedIn URL | - | | https://linkedin.com/in/beckylowry | https://linkedin.com/in/carmenibarra
    Monthly Traffic | - | 1800 | 950 | 3200
    Estimated Leads | - | 27 | 14 | 48
    Missed Sales | - | 9 | 5 | 16
    Monthly Revenue Loss | - | 4500 | 6200 | 12800
    Report URL | - | https://reports.example/r/a81f | https://reports.example/r/b227 | https://reports.example/r/c904
    Assigned To | owner | kelly@agency.example | kelly@agency.example | dan@agency.example
    Confidence Score | - | 0.92 | 0.74 | 0.88
    Source | source | Google Maps | Google Maps | Yelp
  `),
  set({ id: 'en-api-users-csv-noheader', kind: 'users.csv appended to by an API on sign-up (no header row: first name, last name, email, password)', lang: 'en', noHeader: true, source: 'index:2546385677 (a FastAPI router appending new users to users.csv, Python)' }, `
    "" | firstName | Ethan | Grace | Omar
    "" | lastName | Brooks | Liu | Farouk
    "" | email | ethan.brooks@example.com | grace.liu@example.org | omar.farouk@example.net
    "" | - | hunter22 | s3cret!pw | Passw0rd#9
  `),
  set({ id: 'en-console-users-xlsx-noheader', kind: 'users.xlsx written by a console address app (no header row: name, email, phone)', lang: 'en', noHeader: true, source: 'index:19379373952 (a console app saving users to Excel without a header, Python)' }, `
    "" | name | Rachel Kim | Daniel Osei | Priya Patel
    "" | email | rachel.kim@example.com | dosei@example.org | priya.patel@example.net
    "" | phone | 555-0142 | (212) 555-0187 | 555-0199
  `),
  set({ id: 'en-gohighlevel-contacts-export-tags', kind: 'GoHighLevel contacts export read by a clinic CRM\'s importer', lang: 'en', defaultCountry: 'MX', source: 'index:69673256994 (a CRM\'s GoHighLevel contacts CSV parser tests, TypeScript)' }, `
    # "Contact Id" in a CRM's export is the Contact ID.
    Contact Id | contactId | pXq81LmZ0aB2 | r7Tn3VcY9kD4 | w2Hs6JeQ1uF8
    First Name | firstName | Lucía | Andrés | Mariana
    Last Name | lastName | Hernández | Gómez | Ríos
    Phone | phone | +52 55 1234 5678 | 33 9876 5432 | +52 81 2345 6789
    Email | email | lucia.hdz@example.mx | andres.gomez@example.com | mariana.rios@example.mx
    Tags | tags | facebook lead, consulta | whatsapp | instagram, seguimiento
  `),
  set({ id: 'en-clio-contacts-export-primary-email', kind: 'Clio contacts export read by a law-practice data importer', lang: 'en', source: 'index:70952566082 (an immigration case tool\'s Clio import tests, Python)' }, `
    # "Contact ID" in a CRM's export is the Contact ID.
    Contact ID | contactId | 501 | 502 | 507
    First Name | firstName | Ana Clara | Joseph | Guerline
    Last Name | lastName | Moreira Souza | Mbeki | Pierre
    Primary Email Address | email | ana.moreira@example.com | jmbeki@example.org | 
    Primary Phone Number | phone | +1 617 555 0100 | +1 305 555 0161 | +1 305 555 0102
  `),
  set({ id: 'en-legacy-crm-contacts-import-preview', kind: 'contacts exported from a legacy CRM, uploaded to a CRM\'s import preview (test file)', lang: 'en', source: 'index:69462459844 (a CRM\'s contact import preview test, PHP)' }, `
    # Mobile is the only phone: the Phone. Legacy Status is a status: not imported.
    First Name | firstName | Jane | Carlos | Wendy
    Surname | lastName | Smith | Aguilar | Tran
    Email Address | email | jane.smith@example.test | carlos.aguilar@example.test | wendy.tran@example.test
    Mobile | phone | 5551112222 | 5553334444 | 
    Lead Source | source | Referral | Open House | Zillow
    Legacy Status | - | Active Client | Past Client | Prospect
  `),
  set({ id: 'en-accounting-portal-clients-usage', kind: 'accounting practice\'s client portal usage report, per client (CSV)', lang: 'en', defaultCountry: 'GB', source: 'index:58608410752 (a practice tool\'s portal usage import tests, TypeScript)' }, `
    # Client ID is the practice's id of the client: the External ID.
    Client ID | externalId | CL-10442 | CL-10458 | CL-10931
    First Name | firstName | Fiona | Gareth | Aisha
    Surname | lastName | MacLeod | Pryce | Begum
    Email Address | email | fiona@macleodjoinery.example | gareth.pryce@example.co.uk | aisha@begumtextiles.example
    Accounting Software Connected | - | Yes | No | Yes
    Accounting Platform | - | Xero | | QuickBooks
    Last Login Date | - | 14/08/2026 | 02/05/2026 | 21/08/2026
    Portal Visits — Current Month | - | 6 | 0 | 11
    Portal Visits — Previous Month | - | 4 | 1 | 9
    Portal Visits — Two Months Ago | - | 7 | 0 | 3
    Data Used For Document Uploads | - | 12.4 MB | 0 MB | 48.9 MB
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-messe-anmeldungen-ansprechpartner-gdpr', kind: 'Messe-Anmeldungen der Aussteller (eine Zeile je angemeldete Person, Semikolon-CSV mit BOM)', lang: 'de', defaultCountry: 'DE', source: 'index:18007973460 (ein Laravel-Controller, CSV-Export der Messe-Anmeldungen, PHP)' }, `
    # Kundennummer is the exhibitor's customer account number: the External ID. "Ist Ansprechpartner" and GDPR are
    # flags: not imported.
    Kundennummer | externalId | 10233 | 10233 | 10871
    Firma | companyName | Bergsport Wagner GmbH | Bergsport Wagner GmbH | Kanu-Tours Lindner
    Email | email | s.wagner@bergsport-wagner.example | t.hofer@bergsport-wagner.example | info@kanu-lindner.example
    Anrede | - | Frau | Herr | Herr
    Vorname | firstName | Susanne | Tobias | Rainer
    Nachname | lastName | Wagner | Hofer | Lindner
    Ist Ansprechpartner | - | ja | nein | ja
    GDPR | - | 1 | 1 | 1
    Datum | - | 12.01.2023 09:41 | 12.01.2023 09:41 | 19.01.2023 15:07
  `),
  set({ id: 'de-turnier-spieler-google-formular', kind: 'Turnieranmeldung über ein Google-Formular, Antworten als CSV (vom Turnier-Tool importiert)', lang: 'de', source: 'index:62679504664 (eine Turnierverwaltung, Tests des Spielerimports, Python)' }, `
    Zeitstempel | - | 14.02.2026 18:22:05 | 14.02.2026 19:03:47 | 15.02.2026 08:11:30
    Vorname | firstName | Lukas | Hanna | Mehmet
    Nachname | lastName | Brenner | Vogel | Aksoy
    E-Mail-Adresse | email | lukas.brenner@example.de | hanna.vogel@example.de | mehmet.aksoy@example.com
  `),
  set({ id: 'de-at-fussballverein-spieler-vorlage', kind: 'Fußballverein (Österreich), Vorlage des Spielerimports (Komma, BOM)', lang: 'de', defaultCountry: 'AT', source: 'index:52481654208 (eine Vereins-App, Spielerimport mit Vorlage zum Herunterladen, React)' }, `
    # Mannschaft (the team the player plays in) is Tags; Rückennummer (shirt number) and Position are not imported.
    Vorname | firstName | Max | Stefan | Julian
    Nachname | lastName | Mustermann | Pichler | Gruber
    E-Mail | email | max@example.at | stefan.pichler@example.at | j.gruber@example.com
    Telefon | phone | 0664 1234567 | +43 676 9876543 | 0699 11223344
    Rückennummer | - | 10 | 4 | 23
    Mannschaft | tags | Kampfmannschaft | U18 | Kampfmannschaft
    Position | - | Mittelfeld | Verteidigung | Tor
  `),
  set({ id: 'de-abo-nutzer-export-zugang-bis', kind: 'Abo-Plattform, Nutzerliste des Admin-Bereichs als CSV', lang: 'de', source: 'index:61495479198 (ein Admin-Bereich mit Nutzerverwaltung, CSV-Export, React)' }, `
    Vorname | firstName | Claudia | Niklas | Aylin
    Nachname | lastName | Ziegler | Horn | Öztürk
    E-Mail | email | claudia.ziegler@example.de | niklas.horn@example.de | aylin.oeztuerk@example.com
    Plan | - | Jahresabo | Monatsabo | Testzugang
    Status | - | aktiv | gekündigt | aktiv
    Registriert | - | 2025-03-02 | 2024-11-18 | 2025-06-20
    Zugang bis | - | 2026-03-02 | 2025-12-18 | 2025-07-04
  `),
  set({ id: 'de-verein-mitglieder-reimport-gruender', kind: 'Vereinsverwaltung, eigener Mitgliederexport zum Wiedereinlesen (Semikolon)', lang: 'de', defaultCountry: 'DE', source: 'index:70394253143 (eine Vereinssoftware, Test des Mitglieder-Reimports, PHP)' }, `
    # ID is the app's id of the member: the External ID. "Name" next to Vorname is the last name. Rolle, IBAN, BIC,
    # the age, the membership dates and the flags are not imported.
    ID | externalId | 12 | 13 | 27
    Anrede | - | Frau | Herr | Frau
    Vorname | firstName | Erika | Jürgen | Sabine
    Name | lastName | Mustermann | Kessler | Roth
    Straße | address1 | Musterweg 1 | Am Sportplatz 4 | Lindenstraße 19
    PLZ | postalCode | 12345 | 74081 | 74072
    Ort | city | Musterstadt | Heilbronn | Heilbronn
    Email | email | erika.mustermann@example.de | j.kessler@example.de | 
    Rolle | - | Mitglied | Kassenwart | Mitglied
    IBAN | - | DE89370400440532013000 | DE12500105170648489890 | 
    BIC | - | COBADEFFXXX | INGDDEFFXXX | 
    Geburtsdatum | dateOfBirth | 01.02.1980 | 17.09.1956 | 23.03.1991
    Alter | - | 46 | 70 | 35
    Eintrittsdatum | - | 01.03.2015 | 01.01.1988 | 15.06.2022
    Mitglied seit (Jahre) | - | 11 | 38 | 4
    Austrittsdatum | - | | | 
    Gründungsmitglied | - | Nein | Ja | Nein
    Verstorben | - | Nein | Nein | Nein
    Erstellt am | - | 05.04.2024 10:12 | 05.04.2024 10:12 | 21.06.2022 18:40
  `),
  set({ id: 'de-at-visitenkarten-kontakte-csv', kind: 'Visitenkarten-Kontakte als CSV (Österreich), Testdaten eines Import-Werkzeugs', lang: 'de', defaultCountry: 'AT', source: 'index:70506298170 (ein Büro-Werkzeug, Testdaten für Kontakt- und Artikelimporte, Python)' }, `
    # Mobil next to the untyped Telefon is an additional phone; Web is the contact's website.
    Vorname | firstName | Anna | Bernhard | Theresa
    Nachname | lastName | Huber | Leitner | Moser
    Firma | companyName | Druckerei Huber | Leitner Elektro | Moser & Partner Steuerberatung
    Position | - | Geschäftsführerin | Inhaber | Steuerberaterin
    Telefon | phone | +43 316 123456 | 0732 771122 | +43 1 5334455
    Mobil | additionalPhones | +43 660 1234567 | 0664 3344556 | 
    E-Mail | email | anna@huber-druck.example | office@leitner-elektro.example | t.moser@moser-partner.example
    Straße | address1 | Hauptplatz 1 | Landstraße 45 | Wipplingerstraße 12
    PLZ | postalCode | 8010 | 4020 | 1010
    Ort | city | Graz | Linz | Wien
    Land | country | Österreich | Österreich | Österreich
    Web | website | https://huber-druck.example | https://leitner-elektro.example | 
    Notiz | - | Messe 2025 | | Rückruf erbeten
  `),
  set({ id: 'de-schachverein-mitglieder-sepa-import', kind: 'Schachverein, CSV-Format des Mitgliederimports (mit SEPA-Mandat)', lang: 'de', defaultCountry: 'DE', source: 'index:29153583447 (eine Schachvereins-Verwaltung, Hinweis zum CSV-Format, React)' }, `
    # Mitgliedsnummer is the External ID; Mobil next to Telefon an additional phone; Geburtstag (here the date of
    # birth) the Date of birth. Club and federation entry dates, bank and mandate columns are not imported.
    Vorname | firstName | Jonas | Petra | Leon
    Nachname | lastName | Hartmann | Krause | Schuster
    Mitgliedsnummer | externalId | 1042 | 1043 | 1107
    Strasse | address1 | Schillerstraße 8 | Goethering 21 | Kastanienweg 3
    PLZ | postalCode | 35390 | 35392 | 35435
    Ort | city | Gießen | Gießen | Wettenberg
    Email | email | jonas.hartmann@example.de | petra.krause@example.de | leon.schuster@example.de
    Telefon | phone | 0641 123456 | 0641 654321 | 
    Mobil | additionalPhones | 0171 2345678 | | 0157 99887766
    Geburtstag | dateOfBirth | 12.04.1978 | 30.11.1965 | 02.08.2011
    Geschlecht | - | m | w | m
    Vereinseintritt | - | 01.01.2005 | 01.09.1990 | 01.10.2022
    DSB-Eintritt | - | 01.01.2005 | 01.09.1990 | 01.10.2022
    Status | - | aktiv | passiv | aktiv
    IBAN | - | DE02120300000000202051 | DE12500105170648489890 | DE89370400440532013000
    BIC | - | BYLADEM1001 | INGDDEFFXXX | COBADEFFXXX
    Kontoinhaber | - | Jonas Hartmann | Petra Krause | Martin Schuster
    Mandatsdatum | - | 15.01.2019 | 01.03.2019 | 01.10.2022
  `),
  set({ id: 'de-dhbw-dozenten-excel-import-wide', kind: 'Hochschule, Excel-Liste der Lehrbeauftragten zum Import (die ersten 45 von 48 Spalten)', lang: 'de', defaultCountry: 'DE', source: 'index:21151312303 (ein Importskript für eine Dozenten-Excelliste, Spaltenvorlage, PHP)' }, `
    # "Name" next to Vorname is the last name. The lecturer's own address and numbers are the contact's; the
    # employer's block (Arbeitgeber Firma is the Company) keeps only the company name: its address, phones and fax
    # are not imported. Mobil next to Telefon is an additional phone; Webseite the Website. Bank columns, the
    # degree, the profession, the place of birth and the teaching preferences are not imported.
    Anrede | - | Herr | Frau | Herr
    Titel | - | Dr. | | Prof. Dr.
    Abschluss | - | Dipl.-Inf. | M.Sc. | Dipl.-Kfm.
    Name | lastName | Schreiber | Lorenz | Albrecht
    Vorname | firstName | Michael | Katharina | Heinz
    Straße Nr. | address1 | Rosenstraße 12 | Neckarstraße 7 | Am Hang 3
    PLZ | postalCode | 68159 | 69117 | 74821
    Ort | city | Mannheim | Heidelberg | Mosbach
    Beruf | - | Softwarearchitekt | Controllerin | Unternehmensberater
    Telefon | phone | 0621 4455667 | 06221 123987 | 06261 55443
    Mobil | additionalPhones | 0171 2233445 | 0160 9988776 | 
    E-Mail | email | m.schreiber@example.de | k.lorenz@example.de | h.albrecht@example.de
    Webseite | website | https://schreiber-it.example | | https://albrecht-beratung.example
    Geburtsdatum | dateOfBirth | 14.05.1972 | 02.09.1985 | 21.12.1958
    Geburtsort | - | Karlsruhe | Heilbronn | Würzburg
    Bank | - | Sparkasse Rhein Neckar Nord | Volksbank Kurpfalz | Sparkasse Neckartal-Odenwald
    BLZ | - | 67050505 | 67290100 | 67450048
    BIC | - | MANSDE66XXX | GENODE61HD3 | SOLADES1MOS
    IBAN | - | DE44670505050030123456 | DE12672901000012345678 | DE55674500480004567890
    Kontonummer | - | 30123456 | 12345678 | 4567890
    LBV-Nr. | - | | 4711 | 
    Arbeitgeber Firma | companyName | SAP SE | Heidelberger Druckmaschinen AG | 
    Abteilung | - | Entwicklung | Controlling | 
    Straße Nr. | - | Dietmar-Hopp-Allee 16 | Gutenbergring 1 | 
    PLZ | - | 69190 | 69168 | 
    Ort | - | Walldorf | Wiesloch | 
    Telefon | - | 06227 747474 | 06222 820 | 
    Fax | - | 06227 757575 | | 
    Mobil | - | | | 
    Ehemalige/r BA-/DHBW-Student/in | - | Ja | Nein | Nein
    Bevorzugtes Studienfach | - | Wirtschaftsinformatik | BWL | BWL
    Bevorzugte Vorlesungszeiten | - | Dienstag nachmittags | Freitag | Montag vormittags
    Lehraufträge und Lehrtätigkeiten | - | DHBW Mannheim seit 2015 | | Hochschule Heilbronn
    Praktische Tätigkeiten | - | Projektleitung ERP | Konzerncontrolling | Beratung Mittelstand
    Weitere m | - | | | 
    Anmerkungen, Ergänzungen | - | | nur im Sommersemester | 
    Methoden der Wirtschaftsinformatik | - | x | | 
    Informationstechnologie | - | x | | 
    Systementwicklung | - | x | | 
    Mathematik | - | | x | 
    Allgemeine BWL | - | | x | x
    Branchenorientierte Vertiefung | - | | | x
    Branchenorientierte Vertiefung Bank | - | | | 
    Branchenorientierte Vertiefung Versicherung | - | | | 
    VWL | - | | | x
  `),
  set({ id: 'de-kundenexport-ios-kundentyp', kind: 'Handwerker-App (iOS), Kundenexport als CSV', lang: 'de', defaultCountry: 'DE', source: 'index:35139035259 (eine Swift-App, Export der Kunden als CSV)' }, `
    # Kundennummer is the External ID; Mobil next to Telefon an additional phone. Kundentyp (Privat, Gewerbe) is not
    # imported.
    Kundennummer | externalId | K-2024-001 | K-2024-002 | K-2024-017
    Vorname | firstName | Thomas | Gabriele | Sven
    Nachname | lastName | Becker | Fischer | Lorenzen
    Firma | companyName | | Fischer Immobilien GmbH | Lorenzen Bau
    E-Mail | email | thomas.becker@example.de | g.fischer@fischer-immo.example | sven@lorenzen-bau.example
    Telefon | phone | 040 1234567 | 0431 998877 | 04621 445566
    Mobil | additionalPhones | 0170 1112233 | | 0151 22334455
    Straße | address1 | Elbchaussee 12 | Holstenstraße 88 | Friedrichstraße 3
    PLZ | postalCode | 22763 | 24103 | 24837
    Stadt | city | Hamburg | Kiel | Schleswig
    Land | country | Deutschland | Deutschland | Deutschland
    Kundentyp | - | Privat | Gewerbe | Gewerbe
  `),
  set({ id: 'de-betriebs-app-kontakte-export-titel', kind: 'Betriebs-App, Kontakte-Export (Titelzeile, Auswahlzeile und Leerzeile über der Kopfzeile; Semikolon)', lang: 'de', defaultCountry: 'DE', above: [['Kontakte Export'], ['Auswahl', 'Lieferanten'], []], source: 'index:56683210137 (eine Flutter-Betriebsverwaltung, Export-Service für Kontakte, Dart)' }, `
    # One row per business contact (supplier, customer): Name is the organisation, the Company; Ansprechpartner (the
    # person to talk to) is the Name. The website is the organisation's (as in the older firm lists): not
    # imported. Mobil next to Telefon is an additional phone; Kunden-/Lief.-Nr. (the customer or supplier number)
    # is the External ID; Kategorie and Schlagworte are Tags. Standort (the own site the contact belongs to), the
    # VAT number and the flags are not imported.
    Name | companyName | Elektro Schäfer GmbH | Getränke Hahn | Reinigungsservice Blank
    Kategorie | tags | Lieferant | Lieferant | Dienstleister
    Ansprechpartner | name | Uwe Schäfer | Monika Hahn | Dirk Blank
    Telefon | phone | 06151 778899 | 06151 334455 | 06157 112233
    Mobil | additionalPhones | 0171 5566778 | | 0160 4433221
    E-Mail | email | info@elektro-schaefer.example | bestellung@getraenke-hahn.example | d.blank@reinigung-blank.example
    Website | - | https://elektro-schaefer.example | | https://reinigung-blank.example
    Straße | address1 | Industriestraße 7 | Am Markt 2 | Gewerbepark 14
    PLZ | postalCode | 64293 | 64283 | 64319
    Ort | city | Darmstadt | Darmstadt | Pfungstadt
    USt-IdNr. | - | DE123456789 | DE987654321 | 
    Kunden-/Lief.-Nr. | externalId | L-1001 | L-1002 | D-2004
    Standort | - | Allgemein | Filiale Nord | Allgemein
    Schlagworte | tags | Elektro, Notdienst | Getränke | Reinigung, wöchentlich
    Wichtig | - | Ja | Nein | Nein
    Aktiv | - | Ja | Ja | Ja
    Notiz | - | Rahmenvertrag bis 2027 | | Schlüssel hinterlegt
  `),
  set({ id: 'de-crm-firmen-export-hauptkontakt', kind: 'CRM für Firmenkunden, Kundenexport mit dem Hauptansprechpartner (Semikolon)', lang: 'de', defaultCountry: 'DE', source: 'index:51790226725 (ein ASP.NET-CRM, CSV-Export der Firmenkunden, C#)' }, `
    # One row per company with its main contact person: Ansprechpartner is the Name, Firmenname the Company,
    # Kundennummer the External ID. The website and the industry are the company's: not imported.
    Kundennummer | externalId | 20001 | 20002 | 20015
    Firmenname | companyName | Nordwind Logistik GmbH | Praxis Dr. Weiß | Café Sonnenblick
    Status | - | Kunde | Interessent | Kunde
    Branche | - | Logistik | Gesundheit | Gastronomie
    Website | - | https://nordwind-logistik.example | https://praxis-weiss.example | 
    Ansprechpartner | name | Frank Dahl | Dr. Eva Weiß | Ömer Yilmaz
    E-Mail | email | f.dahl@nordwind-logistik.example | praxis@praxis-weiss.example | cafe@sonnenblick.example
    Telefon | phone | 0421 556677 | 0511 223344 | 0551 998877
  `),
  set({ id: 'de-fahrschulen-kontakte-import-tags', kind: 'Vertriebsliste von Fahrschulen, aktuelle Importstruktur (Semikolon)', lang: 'de', defaultCountry: 'DE', source: 'index:69401338333 (ein Vertriebstool für Fahrschulen, Test des Kontaktimports, TypeScript)' }, `
    # One row per driving school with its contact person: Fahrschule is the Company, Ansprechpartner the Name; the
    # school's address is the only address. The school's website is not imported (as in the older firm lists).
    # Wiedervorlage (a follow-up date), the note and the comments are not imported; Tags are Tags.
    Fahrschule | companyName | Fahrschule Nord | Fahrschule Meier | Drive & Go Fahrschule
    Ansprechpartner | name | | Klaus Meier | Sandra Kühn
    E-Mail | email | | info@fahrschule-meier.example | kuehn@driveandgo.example
    Telefon | phone | | 0711 4455660 | 0621 1239876
    Webseite | - | | https://fahrschule-meier.example | https://driveandgo.example
    Straße | address1 | Nordweg 1 | Bahnhofstraße 22 | Seckenheimer Straße 5
    PLZ | postalCode | 12345 | 70173 | 68165
    Ort | city | Musterstadt | Stuttgart | Mannheim
    Land | country | Deutschland | Deutschland | Deutschland
    Wiedervorlage | - | | 2026-05-04 | 2026-04-28
    Notiz | - | Rückfrage vorbereiten | Angebot geschickt | 
    Tags | tags | Rechtlich veraltet, Aktuelle Wartungen | Bestandskunde | Neukunde
    Kommentare | - | Rechtstexte vor Versand prüfen | | Will Demo im Mai
  `),
  set({ id: 'de-rechnungskunden-vorlage-leitweg', kind: 'Rechnungsprogramm, Vorlage für den Kundenimport (Semikolon, E-Rechnung mit Leitweg-ID)', lang: 'de', defaultCountry: 'DE', source: 'index:71588285662 (ein Rechnungsprogramm, Kundenimport mit Vorlage, JavaScript)' }, `
    # Firma is the Company, Ansprechpartner the Name, Kundennummer the External ID. The VAT number and the Leitweg-ID
    # (an e-invoicing routing id) are not imported.
    Firma | companyName | Muster Metall GmbH | Stadtwerke Beispielstadt | Schneider Gartenbau
    Ansprechpartner | name | Max Mustermann | Andrea Kolb | Peter Schneider
    E-Mail | email | max@muster-metall.example | rechnung@stadtwerke-beispiel.example | p.schneider@gartenbau-schneider.example
    Telefon | phone | 0211 123456 | 0203 998800 | 02151 334455
    Straße | address1 | Musterstr. 1 | Rathausplatz 3 | Gartenweg 9
    PLZ | postalCode | 40210 | 47051 | 47798
    Ort | city | Düsseldorf | Duisburg | Krefeld
    Kundennummer | externalId | K-1001 | K-1002 | K-1003
    USt-IdNr | - | DE123456789 | DE811223344 | 
    Leitweg-ID | - | | 05112000-1234-56 | 
    Notizen | - | Stammkunde | öffentlicher Auftraggeber | 
  `),
  set({ id: 'de-wiki-konten-massenanlage-noheader', kind: 'Massenanlage von Wiki-Konten aus einer CSV ohne Kopfzeile (Vorname,Nachname,E-Mail je Zeile)', lang: 'de', noHeader: true, source: 'index:45549058200 (eine Verwaltungsseite für mediaWiki-Konten, Formatbeschreibung, HTML)' }, `
    "" | firstName | Maria | Konstantin | Fatma
    "" | lastName | Seidel | Wolff | Arslan
    "" | email | maria.seidel@example.de | k.wolff@example.org | fatma.arslan@example.de
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-bezoekers-tabel-nummerplaat', kind: 'bezoekersregistratie van een bedrijventerrein, kolommen van de tabel Bezoeker', lang: 'nl', defaultCountry: 'BE', source: 'index:27206003257 (een bezoekersregistratie die in dbo.Bezoeker schrijft, C#)' }, `
    # bedrijfId is the id of the company visited: not imported. The number plate and the presence flag are not
    # imported.
    voornaam | firstName | Koen | Elise | Bram
    achternaam | lastName | Claessens | Verstraeten | De Smet
    email | email | koen.claessens@example.be | elise.verstraeten@example.be | bram.desmet@example.com
    bedrijfId | - | 3 | 7 | 3
    nummerplaat | - | 1-ABC-123 | 2-XYZ-987 | 
    aanwezig | - | 1 | 0 | 1
  `),
  set({ id: 'nl-parkeer-reservering-klant-insert', kind: 'parkeerplaats-reservering, kolommen van de tabel klant', lang: 'nl', defaultCountry: 'NL', source: 'index:1855851128 (een boekingsscript dat klanten en reserveringen opslaat, PHP)' }, `
    voornaam | firstName | Ingrid | Sander | Noor
    achternaam | lastName | de Haan | Willemsen | Bakker
    email | email | ingrid.dehaan@example.nl | s.willemsen@example.nl | noor.bakker@example.com
    telefoon | phone | 06-12345678 | 0251-234567 | 06-98765432
  `),
  set({ id: 'nl-leraren-tabel-vakken', kind: 'schoolbeheer, kolommen van de tabel leraren (met drie vakken)', lang: 'nl', defaultCountry: 'NL', source: 'index:26140820409 (een beheerscript voor leraren, INSERT-kolommen, PHP)' }, `
    # Mobielnummer is the only phone: the Phone. Huisnummer (on its own), Geslacht, Rol and the subjects are not
    # imported.
    Voornaam | firstName | Marieke | Youssef | Henk
    Achternaam | lastName | Jacobs | El Idrissi | van Beek
    Email | email | m.jacobs@school.example | y.elidrissi@school.example | h.vanbeek@school.example
    Mobielnummer | phone | 06-11223344 | 06-55667788 | 06-99001122
    Geboortedatum | dateOfBirth | 1982-06-14 | 1990-01-30 | 1968-11-05
    Adres | address1 | Kastanjelaan | Dorpsstraat | Molenweg
    Huisnummer | - | 12 | 4a | 88
    Postcode | postalCode | 3521 AB | 2771 CD | 8011 EF
    Woonplaats | city | Utrecht | Boskoop | Zwolle
    Geslacht | - | V | M | M
    Rol | - | docent | mentor | docent
    vak | - | Nederlands | Wiskunde | Geschiedenis
    vak2 | - | Engels | Natuurkunde | 
    vak3 | - | | | 
  `),
  set({ id: 'nl-klanten-tabel-interesses', kind: 'klantenbestand van een webwinkel, kolommen van de tabel Klanten', lang: 'nl', defaultCountry: 'NL', source: 'index:20276729426 (een klantenrepository die dbo.Klanten vult, C#)' }, `
    # Interesses (the product groups the customer follows) are Tags. KlantType is not imported. Adres holds the
    # whole address in one line: the Address line.
    Voornaam | firstName | Lotte | Daan | Esra
    Achternaam | lastName | Vermeer | Kuijpers | Yıldırım
    Email | email | lotte.vermeer@example.nl | daan.kuijpers@example.nl | esra.yildirim@example.com
    Adres | address1 | Kerkstraat 4, 1017 GM Amsterdam | Markt 12, 5211 JX 's-Hertogenbosch | Laan van Meerdervoort 100, 2517 AR Den Haag
    GeboorteDatum | dateOfBirth | 1993-07-22 | 1978-02-03 | 2001-10-15
    Interesses | tags | boeken, muziek | sport | mode, boeken
    KlantType | - | Particulier | Zakelijk | Particulier
  `),
  set({ id: 'nl-voedselbank-klanten-overzicht-pagina', kind: 'voedselbank, klantenoverzicht (webpagina met titel en link, in een spreadsheet geplakt; de actiekolommen zonder kop)', lang: 'nl', defaultCountry: 'NL', above: [['Klant Overzicht'], ['Maak een nieuwe klant aan']], source: 'index:38790828724 (een Laravel-overzicht van klanten, HTML-tabel)' }, `
    # Naam is the household's name next to the person's first and last name: the Name as well (like a full-name
    # column). The household counts, Huisnummer (on its own) and Tussenvoegsel are not imported; the two trailing
    # columns without a header are the page's action links.
    Naam | name | Familie Jansen | Gezin El Amrani | Mevr. de Vries
    aantalvolwassenen | - | 2 | 2 | 1
    aantalkinderen | - | 3 | 1 | 0
    aantalbabies | - | 1 | 0 | 0
    Huisnummer | - | 14 | 7b | 101
    Postcode | postalCode | 5211 AB | 5223 CD | 5211 EF
    Plaats | city | 's-Hertogenbosch | 's-Hertogenbosch | Rosmalen
    Straat | address1 | Vughterweg | Zuidwal | Hoff van Hollantlaan
    Voornaam | firstName | Kees | Nadia | Wilma
    Tussenvoegsel | - | | | de
    Achternaam | lastName | Jansen | El Amrani | Vries
    Email | email | kees.jansen@example.nl | nadia.elamrani@example.nl | 
    Telefoon | phone | 06-12341234 | 073-6123456 | 06-56785678
    "" | - | wijzigen | wijzigen | wijzigen
    "" | - | verwijderen | verwijderen | verwijderen
  `),
  set({ id: 'nl-vereniging-leden-export-soort-regio', kind: 'vereniging, ledenexport uit het oude systeem (door een migratie-adapter gelezen)', lang: 'nl', defaultCountry: 'NL', source: 'index:71165920295 (een migratietool, tests van de bestandsadapter, Python)' }, `
    # Lidnummer is the External ID. The kind of membership, the date of signing and the region are not imported.
    Lidnummer | externalId | 1001 | 1002 | 1015
    Achternaam | lastName | Bosman | Hoekstra | van Dam
    E-mailadres | email | a.bosman@example.nl | j.hoekstra@example.nl | r.vandam@example.com
    Soort lidmaatschap | - | Erelid | Gewoon lid | Jeugdlid
    Datum ondertekening | - | 2010-01-01 | 2018-09-15 | 2024-03-01
    Regio | - | Noord | Oost | Randstad
  `),
  set({ id: 'nl-installateur-klanten-aanmaken-kvk', kind: 'klantbeheer van een installatiebedrijf, velden van het formulier "klant aanmaken"', lang: 'nl', defaultCountry: 'NL', source: 'index:7355296440 (een ASP.NET-controller voor klanten, gebonden velden, C#)' }, `
    # One row per business customer: Bedrijfsnaam is the Company, Contactpersoon the Name. Adres holds the street
    # and number: the Address line. The VAT and Chamber of Commerce numbers are not imported.
    Bedrijfsnaam | companyName | Klimaattechniek Vos | Bouwbedrijf Lammers | Dijkstra Vastgoedbeheer
    Contactpersoon | name | Erik Vos | Sanne Lammers | Pieter Dijkstra
    Email | email | erik@klimaattechniekvos.example | s.lammers@bouwlammers.example | info@dijkstra-vgb.example
    Telefoon | phone | 0318-123456 | 06-34567890 | 058-2123456
    Adres | address1 | Industrieweg 21 | Havenstraat 4 | Zuiderplein 10
    Postcode | postalCode | 6710 AB | 3861 AA | 8911 KL
    Stad | city | Ede | Nijkerk | Leeuwarden
    BTWNummer | - | NL001234567B01 | NL009876543B01 | NL004455667B01
    KVKNummer | - | 09123456 | 32123987 | 01234567
  `),
  set({ id: 'nl-nieuwsbrief-leden-export-aanhef', kind: 'lokale vereniging, ledenexport voor de nieuwsbrief (CSV met BOM)', lang: 'nl', defaultCountry: 'NL', source: 'index:57914091957 (een verenigingsportaal, export van nieuwsbriefleden, TypeScript)' }, `
    # Woonplaats is the City. The username, role, status, the newsletter flag and the registration date are not
    # imported.
    Volledige Naam | name | Gerrit Mulder | Annemiek Post | Jaap de Boer
    Aanhef | - | Dhr. | Mevr. | Dhr.
    Gebruikersnaam | - | gmulder | apost | jdeboer
    E-mailadres | email | gerrit.mulder@example.nl | annemiek.post@example.nl | jaap.deboer@example.com
    Woonplaats | city | Steenwijk | Oldemarkt | Giethoorn
    Rol | - | lid | bestuur | lid
    Status | - | actief | actief | inactief
    Nieuwsbrief | - | ja | ja | nee
    Registratiedatum | - | 2024-02-11 | 2023-09-30 | 2025-01-05
  `),
  set({ id: 'nl-evenement-aanmeldingen-csv', kind: 'aanmeldingen voor een evenement, CSV-download van een WordPress-plugin', lang: 'nl', source: 'index:57027425244 (een WordPress-plugin voor evenementaanmeldingen, PHP)' }, `
    Naam | name | Sophie Verbeek | Mark Smeets | Fatima Ouali
    E-mailadres | email | sophie.verbeek@example.nl | mark.smeets@example.nl | f.ouali@example.com
    Aangemeld op | - | 2026-03-02 19:14:05 | 2026-03-03 08:40:51 | 2026-03-05 21:02:33
  `),
  set({ id: 'nl-leads-export-stage-bron', kind: 'leadgeneratie-dashboard, export van bedrijfsleads met AI-score', lang: 'nl', defaultCountry: 'NL', source: 'index:52313675633 (een leads-pagina met CSV-export, React)' }, `
    # One row per company lead with its contact person: Contactpersoon is the Name, Bedrijfsnaam the Company, Bron
    # the Source. Branche (the company's industry), the pipeline stage and the score are not imported.
    Bedrijfsnaam | companyName | Bakkerij Van Leeuwen | Fysio Centrum Oost | Autobedrijf Hendriks
    Contactpersoon | name | Rob van Leeuwen | Marloes Kok | Twan Hendriks
    Email | email | rob@bakkerijvanleeuwen.example | info@fysiooost.example | twan@autohendriks.example
    Telefoon | phone | 010-4123456 | 053-4321987 | 0475-334455
    Stad | city | Rotterdam | Enschede | Roermond
    Branche | - | Horeca | Zorg | Automotive
    Stage | - | nieuw | gecontacteerd | offerte
    AI Score | - | 72 | 55 | 88
    Bron | source | Google Maps | KvK | Website
  `),
  set({ id: 'nl-scholen-klanten-voorbeeld-csv', kind: 'voorbeeld-CSV van een klantimport (scholen als klanten), downloadlink in de importdialoog', lang: 'nl', defaultCountry: 'NL', source: 'index:5427075824 (een beheeromgeving met een klantimport-dialoog, React)' }, `
    # Bedrijfsnaam (the school) is the Company, Contactpersoon the Name; Stad and Postcode are the school's, the only
    # address: the City and the Postal code.
    Bedrijfsnaam | companyName | Middelbare School Amsterdam | Gymnasium Rotterdam | Het Baken College
    Contactpersoon | name | Jan de Vries | Maria Jansen | Peter Scholten
    Email | email | j.devries@school.example | m.jansen@gymnasium.example | p.scholten@hetbaken.example
    Telefoon | phone | 020-1234567 | 010-9876543 | 036-5432100
    Stad | city | Amsterdam | Rotterdam | Almere
    Postcode | postalCode | 1012 AB | 3011 CD | 1315 EF
  `),
  set({ id: 'nl-vastgoed-relaties-plakimport', kind: 'vastgoed-CRM, relaties plakken vanuit een spreadsheet (voorbeeldkop in het invoerveld)', lang: 'nl', defaultCountry: 'NL', source: 'index:55594427821 (een vastgoed-CRM met een plak-import van relaties, React)' }, `
    # Contactpersoon is the Name, Bedrijfsnaam the Company. The kind of relation and of buyer, the region, asset
    # classes, budgets and status are not imported.
    Bedrijfsnaam | companyName | Voorbeeld B.V. | Rijnmond Vastgoed | Hollandse Beleggingen NV
    Contactpersoon | name | Test Persoon | Eva Smit | Bart Verhoef
    Type relatie | - | Koper | Koper | Verkoper
    Type koper | - | Belegger | Eindgebruiker | 
    E-mail | email | naam@voorbeeld.example | eva@rijnmondvastgoed.example | b.verhoef@hollandsebeleggingen.example
    Telefoon | phone | 06 0000 0000 | 010 4567890 | 020 5556677
    Regio | - | Randstad | Zuid-Holland | Noord-Holland
    Assetclasses | - | wonen, logistiek | kantoren | retail, wonen
    Budget Min | - | 1000000 | 250000 | 5000000
    Budget Max | - | 5000000 | 900000 | 20000000
    Status | - | Warm | Koud | Warm
  `),
  // ----------------------------------------------------------------------------------------------------- mixed
  set({ id: 'mixed-klanten-tabel-address-nl-en', kind: 'customer table of a Dutch sales app (Dutch column names with English ID and Address)', lang: 'mixed', defaultCountry: 'NL', source: 'index:54758851969 (a page listing the Klanten table, query columns, PHP)' }, `
    # ID is the app's id of the customer: the External ID. "Bedijf naam" (sic) is the Company. Tussenvoegsel and
    # Functie are not imported. Address holds the whole address in one line: the Address line.
    ID | externalId | 1 | 2 | 3
    Bedijf naam | companyName | Groenveld Hoveniers | De Vries ICT | 
    Voornaam | firstName | Arjen | Lisanne | Tom
    Tussenvoegsel | - | van | de | 
    Achternaam | lastName | Groenveld | Vries | Kramer
    Functie | - | Eigenaar | Inkoper | 
    Email | email | arjen@groenveld.example | lisanne@devries-ict.example | tom.kramer@example.nl
    Telefoon nummer | phone | 06-12312312 | 030-6543210 | 06-45645645
    Address | address1 | Tuinstraat 5, 3431 AB Nieuwegein | Catharijnesingel 20, 3511 GB Utrecht | Dorpsweg 1, 3481 LE Harmelen
  `),
  set({ id: 'mixed-be-gebruikers-tabel-punten-bus', kind: 'Belgian loyalty site user table (Dutch and English column names)', lang: 'mixed', defaultCountry: 'BE', source: 'index:48231483350 (a registration script inserting into gebruikers, PHP)' }, `
    # naam holds the username here (the name is in voornaam and achternaam): not imported. nummer (the house number)
    # and bus (the box number) are not imported; gemeente is the City.
    naam | - | jvdbroeck | sofie_m | k.wuyts
    wachtwoord | - | sha256:1000:aGk4... | sha256:1000:Zm9v... | sha256:1000:YmFy...
    punten | - | 120 | 45 | 0
    voornaam | firstName | Jonas | Sofie | Karel
    achternaam | lastName | Van den Broeck | Mertens | Wuyts
    phone | phone | 0475 12 34 56 | 03 123 45 67 | 0498 76 54 32
    birth | dateOfBirth | 1990-04-18 | 1985-12-02 | 2002-07-09
    adress | address1 | Kerkstraat | Lange Nieuwstraat | Stationsplein
    nummer | - | 12 | 108 | 3
    bus | - | | 2 | B
    gemeente | city | Mechelen | Antwerpen | Leuven
    postcode | postalCode | 2800 | 2000 | 3000
    land | country | België | België | België
  `),
  set({ id: 'mixed-webmail-users-tabel-de-en', kind: 'German webmail software\'s users table (German and English column names, 32 columns)', lang: 'mixed', defaultCountry: 'DE', source: 'index:43049853935 (a webmail suite\'s user class, INSERT columns of the users table, PHP)' }, `
    # land holds the software's number of the country (58), not a name or a code: not imported. altmail (the
    # user's alternative address) is an additional email; mail2sms_nummer (the user's mobile for text messages)
    # an additional phone. uid is the external login's id of the user: the External ID. hnr (the house number on
    # its own), fax, the password, group, lock and validation columns are not imported.
    email | email | m.schulz@webmail.example | anna.k@webmail.example | t.brandt@webmail.example
    vorname | firstName | Markus | Anna | Timo
    nachname | lastName | Schulz | Krämer | Brandt
    strasse | address1 | Bergstraße | Am Ring | Hafenweg
    hnr | - | 14 | 3a | 101
    plz | postalCode | 01069 | 50667 | 20457
    ort | city | Dresden | Köln | Hamburg
    land | - | 58 | 58 | 58
    tel | phone | 0351 1234567 | 0221 7654321 | 
    fax | - | | 0221 7654322 | 
    altmail | additionalEmails | markus.schulz@example.de | | timo.brandt@example.com
    mail2sms_nummer | additionalPhones | +49 171 2345678 | | +49 160 9876543
    passwort | - | 5f4dcc3b5aa765d61d8327deb882cf99 | e99a18c428cb38d5f260853678922e03 | d8578edf8458ce06fbc5bb76a58c5ca4
    passwort_salt | - | aB3dE6gH | kL9mN2pQ | rS5tU8vW
    gruppe | - | 1 | 1 | 2
    gesperrt | - | no | no | locked
    mail2sms | - | no | no | no
    c_firstday | - | 1 | 1 | 1
    lastlogin | - | 1719321600 | 1719408000 | 0
    reg_ip | - | 192.0.2.10 | 198.51.100.7 | 203.0.113.42
    reg_date | - | 1704067200 | 1706745600 | 1717200000
    profilfelder | - | a:0:{} | a:0:{} | a:0:{}
    datumsformat | - | d.m.Y H:i | d.m.Y H:i | d.m.Y H:i
    charset | - | UTF-8 | UTF-8 | UTF-8
    language | - | deutsch | deutsch | english
    soforthtml | - | yes | no | yes
    uid | externalId | | ldap:akraemer | 
    sms_validation_code | - | | | X7K2P9
    sms_validation_last_send | - | 0 | 0 | 1717200100
    sms_validation_send_times | - | 0 | 0 | 1
    anrede | - | herr | frau | herr
    preview | - | yes | yes | yes
  `),
  set({ id: 'mixed-bestellformular-zweisprachige-felder', kind: 'CMS order form with bilingual field labels (German with English in brackets), its entries as a table', lang: 'mixed', defaultCountry: 'DE', source: 'index:8840205382 (a PHP CMS\'s database dump, the order details form\'s columns, SQL)' }, `
    # The form's fields in their order (its leading instructions text is no column). Hausnummer (the house number on
    # its own) is not imported.
    Vorname (first name) | firstName | Jan | Ulrike | Kai
    Nachname (last name) | lastName | Petersen | Groß | Wendt
    Firmenname (company name) optional | companyName | | Groß Bürobedarf | Wendt IT-Service
    Strasse (street) | address1 | Kieler Straße | Marktstraße | Parkallee
    Hausnummer (house number) | - | 12 | 5 | 33
    Stadt (city) | city | Neumünster | Lüneburg | Bremen
    Postleitzahl (post code) | postalCode | 24534 | 21335 | 28209
    Land (country) | country | Deutschland | Deutschland | Deutschland
  `),
  set({ id: 'mixed-freizeitpark-users-select-de-en', kind: 'leisure park photo app\'s user list as the admin API reads it (English and German column names)', lang: 'mixed', defaultCountry: 'AT', source: 'index:71009589637 (a park operator\'s admin function reading users and purchases, TypeScript)' }, `
    # id is the app's id of the user: the External ID. park_id (the park) and created_at are not imported.
    id | externalId | 0c4b7e2a-51f1-4d8e-9a33-1f0a2b3c4d01 | 0c4b7e2a-51f1-4d8e-9a33-1f0a2b3c4d02 | 0c4b7e2a-51f1-4d8e-9a33-1f0a2b3c4d03
    email | email | lena.berger@example.at | fabian.egger@example.at | sarah.huber@example.de
    vorname | firstName | Lena | Fabian | Sarah
    nachname | lastName | Berger | Egger | Huber
    created_at | - | 2025-07-12T10:22:31Z | 2025-07-12T14:05:09Z | 2025-08-01T09:48:55Z
    park_id | - | 2 | 2 | 5
  `),
];
