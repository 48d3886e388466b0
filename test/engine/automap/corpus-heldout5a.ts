// The fifth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch and
// mixed-language files): header sets from sources none of the other parts use, found in the public code index (CSV
// files and templates, importer tests and fixtures, export writers and their documentation) and written down, with
// the mapping a careful person would choose by the field definitions and the rules, BEFORE the mapper was run
// on them and without reading the lexicon or the mapper. "index:N" names the index file the header text was read
// from (the index does not name its repository); the kind says what the file is. Sample values are made up in the
// shape of each file's own (no personal data from the sources is copied).
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
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout5' }, table);

export const HELDOUT5A: CorpusSet[] = [
  // ------------------------------------------------------------------------------------------------ memberships, clubs and rosters
  set({ id: 'teamup-memberships-emergency', kind: 'TeamUp membership export (customer name and email, membership dates, address, emergency contact)', lang: 'en', defaultCountry: 'GB', source: 'index:70546073709 (a studio app\'s TeamUp membership import test)' }, `
    Customer Name | name | Ada Lovelace | Tom Hartley
    Customer Email | email | ada@example.test | tom.hartley@example.co.uk
    Other Active | - | No | Yes
    Membership Name | - | Unlimited Monthly | 10 Class Pass
    Type | - | recurring | pack
    Status | - | active | cancelled
    Payment Processor | - | Stripe | Stripe
    Purchase Date | - | 2026-01-03 | 2025-11-20
    Start Date | - | 2026-01-03 | 2025-11-20
    Expiration Date | - | | 2026-02-20
    Cancelled Date | - | | 2026-01-15
    Is First Membership | - | Yes | No
    Completed At | - | |
    Address Line 1 | address1 | 14 Mill Lane | 2 Station Road
    Address Line 2 | - | Flat 3 |
    City | city | Bristol | Bath
    Region | state | Avon | Somerset
    Postcode | postalCode | BS1 4DJ | BA1 1SU
    Country | country | GB | GB
    Marketing Preference | - | opted_in | opted_out
    Phone | phone | 07700 900123 | +44 7700 900456
    Gender | - | female | male
    Date of birth | dateOfBirth | 1990-12-10 | 1984-05-02
    Emergency Contact Name | - | Ben Lovelace | Kate Hartley
    Emergency Contact Phone | - | 07700 900777 | 07700 900888
    Emergency Contact Relationship | - | Partner | Sister
  `),
  set({ id: 'teamlinkt-association-members', kind: 'sports association member export (role flags, health insurance id, emergency contact, member since)', lang: 'en', source: 'index:55055903523 (a team app\'s TeamLinkt CSV parser test)' }, `
    First Name | firstName | Abby | Marcus
    Last Name | lastName | Lee | Ortega
    Player | - | Yes | No
    Coach | - | No | Yes
    Official | - | No | No
    Volunteer | - | No | Yes
    Gender | - | Female | Male
    Birthdate | dateOfBirth | June 5 1993 | March 12 1988
    City | city | Boston | Cambridge
    Email | email | abby.lee@example.com | marcus@example.org
    Phone | phone | (617) 555-0142 | (857) 555-0190
    Health Insurance ID | - | BCBS-4471902 |
    Emergency Contact Name | - | Bradford Lee | Ana Ortega
    Emergency Contact Phone | - | (617) 555-0199 | (857) 555-0111
    Member Since | - | August 24 2025 | May 1 2023
    Status | - | active | inactive
  `),
  set({ id: 'youth-roster-guardians', kind: 'youth team roster import (jersey number, two parents or guardians, emergency contact, medical notes)', lang: 'en', source: 'index:66675094233 (a youth sports app\'s roster import guide)' }, `
    Full Name | name | Liam Carter | Sofia Nguyen
    Jersey Number | - | 7 | 12
    Date of Birth | dateOfBirth | 2014-03-18 | 2013-11-02
    Primary Position | - | Midfielder | Goalkeeper
    Parent/Guardian 1 Full Name | - | Rachel Carter | Minh Nguyen
    Parent/Guardian 1 Phone | - | (303) 555-0161 | (720) 555-0134
    Parent/Guardian 1 Email | - | rachel.carter@example.com | minh.nguyen@example.com
    Parent/Guardian 2 Full Name | - | David Carter |
    Parent/Guardian 2 Phone | - | (303) 555-0162 |
    Parent/Guardian 2 Email | - | dcarter@example.com |
    Emergency Contact Name | - | Joan Carter | Lan Tran
    Emergency Contact Phone | - | (303) 555-0177 | (720) 555-0188
    Medical Notes/Allergies | - | Peanut allergy |
  `),
  set({ id: 'ke-college-application-parents', kind: 'college application layout (Kenya: national id, county, father\'s, mother\'s and emergency contact\'s details, programme choices)', lang: 'en', defaultCountry: 'KE', source: 'index:10899318097 (a college ERP\'s application table comment, AL)' }, `
    First Name | firstName | Wanjiru | Otieno
    Middle Name | - | Njeri | Odhiambo
    Last Name | lastName | Kamau | Ochieng
    Title | - | Miss | Mr
    Date of Birth | dateOfBirth | 2006-04-11 | 2005-09-30
    Nationality | - | Kenyan | Kenyan
    ID | - | 38123456 | 37654321
    County | - | Kiambu | Kisumu
    Sub-County | - | Thika | Nyando
    Location | - | Gatuanyaga | Awasi
    County of Residence | state | Nairobi | Kisumu
    Gender | - | Female | Male
    Email | email | wanjiru.kamau@example.co.ke | otieno.o@example.com
    Phone Number | phone | 0712345678 | +254 722 123456
    Name of Father | - | Peter Kamau | John Ochieng
    Father's Phone Number | - | 0722000111 | 0733000222
    Father's Occupation | - | Farmer | Teacher
    Father Alive | - | Yes | Yes
    Name of Mother | - | Grace Wambui | Mary Akinyi
    Mother's name | - | Grace | Mary
    Mother's Phone Number | - | 0711000333 | 0700000444
    Mother's Occupation | - | Trader | Nurse
    Mother Alive | - | Yes | No
    Attended Secondary School | - | Thika High | Maseno School
    Attained Mean Grade | - | B+ | A-
    Emergency Contact Name | - | Peter Kamau | Mary Akinyi
    Emergency Contact Phone | - | 0722000111 | 0700000444
    Emergency Contact Occupation | - | Farmer | Nurse
    Relationship With Emergency | - | Father | Mother
    Programme Level | - | Diploma | Certificate
    Mode of Study | - | Full Time | Evening
    Preferred Intake | - | January | September
    Programme Name | - | Diploma in ICT | Certificate in Accounting
    Preferred Campus | - | Main | Town
    Financing of Studies | - | Parent | HELB
    Preferred Sport | - | Volleyball | Football
    How You Learnt About Us | - | Radio | Friend
    EnrollmentStatus | - | Applied | Applied
  `),
  // ------------------------------------------------------------------------------------------------ health and care
  set({ id: 'patient-summary-export-emergency', kind: 'patient summary CSV export (patient id, primary and secondary phone, allergies, emergency contact, record counts)', lang: 'en', source: 'index:21406149133 (a hospital system\'s patient export service, Java)' }, `
    Patient ID | externalId | 10452 | 10453
    First Name | firstName | Maria | James
    Middle Name | - | L | 
    Last Name | lastName | Gonzalez | Whitaker
    Date of Birth | dateOfBirth | 1979-02-14 | 1962-08-30
    Gender | - | FEMALE | MALE
    Blood Type | - | O+ | A-
    Email | email | maria.gonzalez@example.com | jwhitaker@example.net
    Primary Phone | phone | (555) 201-3344 | 555-201-9870
    Secondary Phone | additionalPhones | (555) 201-3345 |
    Address | address1 | 45 Cedar Ave | 908 Lakeview Dr
    City | city | Springfield | Madison
    State | state | IL | WI
    ZIP | postalCode | 62704 | 53703
    Country | country | USA | USA
    Allergies | - | Penicillin | 
    Allergy Count | - | 1 | 0
    Critical Allergy Count | - | 1 | 0
    Active Allergy Count | - | 1 | 0
    Allergy Details | - | Penicillin (SEVERE, ACTIVE) |
    Medical History | - | Asthma | Hypertension
    Emergency Contact Name | - | Luis Gonzalez | Ellen Whitaker
    Emergency Contact Phone | - | (555) 201-7788 | 555-201-1122
    Emergency Contact Relationship | - | Spouse | Daughter
    MRNs | - | MRN-88213;MRN-90017 | MRN-77102
    Prescription Count | - | 2 | 4
    Problem Count | - | 1 | 3
    Surgical History Count | - | 0 | 1
    Advance Directive Count | - | 0 | 1
    Encounter History Count | - | 6 | 14
    Insurance Count | - | 1 | 2
  `),
  set({ id: 'patient-registration-policy-holder', kind: 'patient registration form export (emergency contact, insurance policy holder, medical history)', lang: 'en', source: 'index:15099837163 (a clinic\'s patient registration page, React)' }, `
    First Name | firstName | Hannah | Robert
    Last Name | lastName | Price | Kim
    Date of Birth | dateOfBirth | 03/22/1995 | 11/09/1958
    Gender | - | Female | Male
    Phone | phone | (404) 555-0123 | (678) 555-0199
    Email | email | hannah.price@example.com | rkim@example.org
    Address | address1 | 221 Peachtree St NE | 17 Oak Hollow Ct
    City | city | Atlanta | Marietta
    State | state | GA | GA
    Zip Code | postalCode | 30303 | 30062
    Emergency Contact Name | - | Owen Price | Grace Kim
    Emergency Contact Phone | - | (404) 555-0456 | (678) 555-0101
    Emergency Contact Relation | - | Brother | Wife
    Insurance ID | - | XJH889201 | MCR4410092
    Group Number | - | 77801 |
    Policy Holder Name | - | Hannah Price | Robert Kim
    Policy Holder Relationship | - | Self | Self
    Allergies | - | None | Sulfa
    Current Medications | - | | Metformin
    Medical Conditions | - | | Type 2 diabetes
    Previous Surgeries | - | Appendectomy |
    Family History | - | | Heart disease
  `),
  set({ id: 'patient-portal-accounts-no-name', kind: 'patient portal account file (username and password, insurance, card details, emergency contact; the only name is the name on the card)', lang: 'en', source: 'index:45203312112 (a hospital booking exercise\'s account store, Java)' }, `
    username | - | jdoe42 | msmith
    password | - | hunter2! | Passw0rd
    email | email | jdoe42@example.com | m.smith@example.org
    phone number | phone | 312-555-0148 | 773-555-0102
    gender | - | M | F
    insurance | - | Aetna | none
    birthday | dateOfBirth | 04/18/1987 | 12/01/1992
    credit card number | - | 4111111111111111 | 5500000000000004
    cvv | - | 123 | 456
    credit card expiration date | - | 09/28 | 01/27
    name on card | name | John Doe | Maria Smith
    emergency contact name | - | Jane Doe | Carl Smith
    emergency contact phone number | - | 312-555-0199 | 773-555-0177
    emergency contact relationship | - | wife | father
    requests | - | wheelchair access |
  `),
  // ------------------------------------------------------------------------------------------------ HR
  set({ id: 'hr-staff-import-emergency', kind: 'staff import template (employee id, position, department, emergency contact)', lang: 'en', defaultCountry: 'AU', source: 'index:31610949385 (a rostering app\'s staff CSV service)' }, `
    Name | name | Chloe Bennett | Arjun Mehta
    Email | email | chloe.bennett@example.com.au | arjun.m@example.com.au
    Phone | phone | 0412 345 678 | +61 423 456 789
    Employee ID | externalId | E-0193 | E-0207
    Position | - | Nurse | Porter
    Department | - | Emergency | Facilities
    Emergency Contact Name | - | Sam Bennett | Priya Mehta
    Emergency Contact Phone | - | 0498 765 432 | 0411 222 333
  `),
  // ------------------------------------------------------------------------------------------------ shops, tickets and donations
  set({ id: 'square-customer-directory-export', kind: 'Square customer directory export (reference id and Square id, nickname, visits and spend, subscription state)', lang: 'en', source: 'index:30564046943 (a car wash\'s Square migration types, exact export headers)' }, `
    Reference ID | - | | CW-1182
    First Name | firstName | Dwayne | Keisha
    Last Name | lastName | Porter | Harris
    Email Address | email | dporter@example.com | keisha.h@example.net
    Phone Number | phone | +1 (713) 555-0142 | (281) 555-0178
    Nickname | - | D | 
    Company Name | companyName | | Harris Realty
    Street Address 1 | address1 | 4410 Westheimer Rd | 902 Elm Ridge Dr
    Street Address 2 | - | Apt 210 |
    City | city | Houston | Katy
    State | state | TX | TX
    Postal Code | postalCode | 77027 | 77494
    Birthday | dateOfBirth | 0000-06-14 | 1986-09-02
    Memo | - | Prefers hand dry | 
    Square Customer ID | externalId | 7B1XK9QZ4N3D5W8F2JHT6VMCE0 | Q0MZ5RT8W2YH7N4K9B3D1XCJ6A
    Creation Source | source | Instant Profile | Directory
    First Visit | - | 2024-03-09 | 2025-01-21
    Last Visit | - | 2026-05-30 | 2026-06-02
    Transaction Count | - | 27 | 4
    Lifetime Spend | - | $842.50 | $119.96
    Email Subscription Status | - | subscribed | unsubscribed
    Instant Profile | - | Yes | No
    Blocked from online booking | - | No | No
  `),
  set({ id: 'customers-sample-two-phones', kind: 'sample customers file used in a cleaning test (index, customer id, two phones, subscription date, website)', lang: 'en', source: 'index:48893731124 (a phone-normalising CSV tool\'s test, Java)' }, `
    Index | - | 1 | 2
    Customer Id | externalId | DD37Cf93aecA6Dc | 1Ef7b82A4CAAD10
    First Name | firstName | Sheryl | Preston
    Last Name | lastName | Baxter | Lozano
    Company | companyName | Rasmussen Group | Vega-Gentry
    City | city | East Leonard | East Jimmychester
    Country | country | Chile | Djibouti
    Phone 1 | phone | 846-790-4623x4715 | 5153435776
    Phone 2 | additionalPhones | 001-645-334-5514x0786 | 686-620-1820x944
    Email | email | zunigavanessa@example.org | vmata@example.com
    Subscription Date | - | 2020-08-24 | 2021-04-23
    Website | website | http://www.stephenson.example/ | http://www.hobbs.example/
  `),
  set({ id: 'woo-event-tickets-attendee-purchaser', kind: 'WooCommerce event ticket export (ticket and order ids, the attendee\'s details, the purchaser\'s details)', lang: 'en', source: 'index:43551024430 (a WooCommerce events plugin\'s attendee CSV export, PHP)' }, `
    TicketID | - | 5512 | 5513
    OrderID | - | 2231 | 2231
    Attendee First Name | firstName | Nadia | Chris
    Attendee Last Name | lastName | Petrova | Allen
    Attendee Email | email | nadia.petrova@example.com | chris.allen@example.com
    Ticket Status | - | Not Checked In | Checked In
    Ticket Type | - | Early Bird | Early Bird
    Variation | - | Workshop + Dinner | Workshop
    Attendee Telephone | phone | +1 416 555 0190 | 416-555-0133
    Attendee Company | companyName | Northwind Labs | Allen & Co
    Attendee Designation | - | CTO | Analyst
    Purchaser First Name | - | Nadia | Nadia
    Purchaser Last Name | - | Petrova | Petrova
    Purchaser Email | - | nadia.petrova@example.com | nadia.petrova@example.com
    Purchaser Phone | - | +1 416 555 0190 | +1 416 555 0190
    Purchaser Company | - | Northwind Labs | Northwind Labs
  `),
  set({ id: 'camp-registration-attendee-relation', kind: 'event registration export (the registrant, then an attendee with a relation; city, state and ZIP in one column, T-shirt sizes)', lang: 'en', source: 'index:25210746311 (a family camp site\'s registration export, PHP)' }, `
    First Name | firstName | Denise | Mark
    Last Name | lastName | Walker | Fischer
    Address | address1 | 812 Maple St | 40 Ridge Rd
    City/State/Zip | city | Dayton, OH 45402 | Lansing, MI 48933
    Phone | phone | (937) 555-0110 | (517) 555-0142
    Cell Phone | additionalPhones | (937) 555-0188 |
    Fax | - | |
    T-Shirt Size | - | M | XL
    E-Mail | email | dwalker@example.com | mark.fischer@example.net
    Attendee First Name | - | Tyler | Emma
    Attendee Last Name | - | Walker | Fischer
    Attendee E-Mail | - | | emma.f@example.net
    Attendee Relation | - | Son | Daughter
    Attendee Phone | - | | (517) 555-0143
    Attendee T-Shirt Size | - | YM | S
    Event Date | - | 2026-07-18 | 2026-07-18
    Date | - | 2026-04-02 13:15:00 | 2026-04-05 09:40:00
    Event Type | - | Family Weekend | Family Weekend
  `),
  set({ id: 'donor-import-hebrew-names', kind: 'donor import sample (Canada: many phone columns, address parts, Hebrew names, fathers\' names, household)', lang: 'en', defaultCountry: 'CA', source: 'index:55127050919 (a charity donor manager\'s import dialog sample)' }, `
    Donor ID | externalId | D-1001 | D-1002
    First Name | firstName | Moshe | Rivka
    Last Name | lastName | Cohen | Friedman
    Name | name | |
    Email | email | moshe.cohen@example.ca | rivka.f@example.com
    Phone | phone | 514-555-0100 | 514-555-0144
    Mobile Phone | additionalPhones | 514-555-0101 |
    Home Phone | additionalPhones | | 514-555-0145
    Mobile Phone 2 | additionalPhones | |
    Phone 3 | additionalPhones | |
    Confidential Mobile | additionalPhones | | 438-555-0190
    Confidential Mobile 2 | additionalPhones | |
    Address | address1 | 5400 Avenue Westbury | 221 Rue Hutchison
    Building Number | - | 5400 | 221
    Street | - | Avenue Westbury | Rue Hutchison
    Apt | - | 12 |
    Address Type | - | Home | Home
    Address No | - | 1 | 1
    Notes | - | Annual dinner sponsor |
    Pre-Title | - | Rabbi | Mrs.
    Hebrew First Name | - | משה | רבקה
    Hebrew Last Name | - | כהן | פרידמן
    Title | - | | 
    Post-Title | - | Shlita |
    Double Names | - | |
    His Father | - | Yaakov |
    Her Father | - | | Avraham
    Household Full Name | - | Rabbi & Mrs. Moshe Cohen | Mr. & Mrs. Dovid Friedman
    Maiden Name | - | | Klein
  `),
  set({ id: 'adventist-giving-transactions', kind: 'church giving platform transaction export (organization, donor id and address, transaction id, type, totals, category)', lang: 'en', source: 'index:42154626708 (a church accounting tool\'s Adventist Giving import test, C#)' }, `
    Organization ID | - | ANIFBV | ANIFBV
    Organization Name | - | Dearborn Church | Dearborn Church
    ACH Transfer Date | - | 2026-01-05 | 2026-01-05
    Donor ID | externalId | 88213 | 88240
    First Name | firstName | John | Maria
    Last Name | lastName | Doe | Alvarez
    Address1 | address1 | 1234 Acme Lane | 77 Ford Rd
    Address2 | - | Apt A |
    City | city | Dearborn | Dearborn Heights
    State | state | MI | MI
    Postal Code | postalCode | 48124 | 48127
    Country | country | USA | USA
    Transaction ID | - | 10398360 | 10398411
    Transaction Type | - | credit | credit
    Transaction Created At | - | 2026-01-01 | 2026-01-02
    Transaction Total | - | 10100 | 250
    Code | - | 1 | 2
    Category Name | - | Tithe/Diezmo/Dîme | Local Church Budget
    Amount | - | 10000.0 | 250.0
  `),
  set({ id: 'ticket-orders-buyer-export', kind: 'ticketing platform order export (order number, event, the buyer\'s email and name, prices in euros)', lang: 'en', defaultCountry: 'DE', source: 'index:8688686656 (an event ticketing platform\'s payout order export route)' }, `
    Order Number | - | ORD-2026-00412 | ORD-2026-00413
    Event Title | - | Summer Jazz Night | Summer Jazz Night
    Event Date | - | 2026-07-11T19:00:00.000Z | 2026-07-11T19:00:00.000Z
    Buyer Email | email | lena.hoffmann@example.de | j.meyer@example.com
    Buyer Name | name | Lena Hoffmann | Jonas Meyer
    Ticket Type | - | Standard | VIP
    Quantity | - | 2 | 1
    Unit Price (€) | - | 25.00 | 60.00
    Total Price (€) | - | 50.00 | 60.00
    Service Fee (€) | - | 2.50 | 1.80
    Total Amount (€) | - | 52.50 | 61.80
    Payment Method | - | card | paypal
    Paid At | - | 2026-05-02T10:14:00.000Z | 2026-05-03T18:22:00.000Z
  `),
  set({ id: 'marketplace-sold-items-buyer', kind: 'marketplace sold-items export (item, price and date, the buyer\'s username, email and name, ship-to address)', lang: 'en', source: 'index:61430752795 (a collector\'s sales analytics loader test, Python)' }, `
    Item number | - | 123 | 124
    Item title | - | Dunhill Shell 1961 | Charatan Belvedere
    Sold for | - | 340.00 | 210.00
    Sale date | - | 2026-07-02 | 2026-07-09
    Buyer username | - | pipe_collector_x | briar.fan
    Buyer email | email | collector@example.com | briarfan@example.net
    Buyer name | name | Walter Greene | Sam Ortiz
    Ship to address | - | 12 Oak Street, Salem, OR 97301 | 88 Pine Ave, Reno, NV 89501
  `),
];
