// The fourteenth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch
// and mixed-language files; the other half is corpus-heldout14b.ts): 55 header sets (650 columns, 326 of them
// expected to map; 24 English, 14 German, 11 Dutch, 6 mixed; 2 files without a header row, 3 with a report preamble or
// a section title above it; 5 sets of 21 to 45 columns) from sources none of the other parts use, found in the public
// code index (export writers, importer templates and tests, CSV samples in documentation, SQL dumps, form handlers
// and shell scripts) with the `search` and `find_string` tools, every header row checked against all older parts'
// (the two files without a header row aside: their empty headers are those of older such files as wide), and written
// down, with the mapping a careful person would choose by the field definitions and the rules, BEFORE
// the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the index file the header
// text was read from (the index does not name its repository); the kind says what the file is. Sample values are
// made up in the shape of each file's own (no personal data or example rows from the sources are copied). A trailing
// empty column (a header line or a data line ending in the separator) is written as "". Headers with spaces after a
// comma in the source are written trimmed (the table format trims cells).
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
// Choices of the tenth part's first half that this half follows too:
// - A full-name column next to first and last name columns is the Name as well.
// - A school class, a grade, a year group or a cohort is not imported; a column that names a group the person
//   belongs to (a team, a club, a group membership) is Tags.
// - Of two ids of the person, the first is the External ID and the other is not imported.
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - A patient number in a clinic's own export is the External ID (the practice's id of the person).
// - A Dutch "tussenvoegsel" (van, de, van der) in a column of its own is not imported: the last-name column beside it
//   is still the Last name (the particle is lost, as the house number is; the field has no place for it).
// - An employee's work email is the Email and a private email beside it an additional email.
// - A person's own entry date, exit date, hourly wage or contract data are not imported.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout14' }, table);

export const HELDOUT14A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-donation-deposit-scan-sheet', kind: 'nonprofit donation deposit sheet (checks scanned into CSV: check number, gift and deposit dates, donor name and address)', lang: 'en', source: 'index:2508468328 (an assistant prompt that fills a donor deposit CSV from scanned checks)' }, `
    Lookup | externalId | HALV-0412 | ORTE-1187 | STJA-0031
    Salutation | - | Mr. and Mrs. Halvorsen | Dr. Ortega | St. James Parish
    Donor Name | name | Eric & Lena Halvorsen | Marisol Ortega | St. James Parish
    Check No. | - | 4417 | 1093 | 22810
    Gift Amount | - | 250.00 | 100.00 | 1,500.00
    Check Date | - | 03/02/2026 | 03/04/2026 | 02/27/2026
    Gift Date | - | 03/05/2026 | 03/05/2026 | 03/05/2026
    Deposit Date | - | 03/06/2026 | 03/06/2026 | 03/06/2026
    Deposit Method | - | Check | Check | Check
    Memo | - | In memory of Ruth | Annual fund |
    First Name | firstName | Eric | Marisol |
    Last Name | lastName | Halvorsen | Ortega |
    Full Name | name | Eric Halvorsen | Marisol Ortega |
    Organization Name | companyName | | | St. James Parish
    Address - Line 1 | address1 | 1820 Birch Hollow Rd | 77 W Maple St Apt 3 | 400 Church St
    City | city | Ames | Des Moines | Ankeny
    State | state | IA | IA | IA
    ZIP | postalCode | 50010 | 50309 | 50023
    # "Lookup" is the donor database's lookup code of the giver: the External ID. "Donor Name" is the name as printed
    # on the check; "Full Name" beside the first and last name columns is the person's full name: both are the Name
    # (the first is what a user would take when the split names are empty, as for an organisation's check).
  `),
  set({ id: 'en-alumni-association-members-export', kind: 'alumni association member list export (membership type, dues paid, scholarship and general fund gifts)', lang: 'en', source: 'index:49200221006 (an alumni association\'s member manager, its CSV export function)' }, `
    First Name(s) | firstName | Mary Beth | Donald | Alicia
    Last Name | lastName | Kowalczyk | Fenwick | Reyes
    E-mail Address (Primary) | email | mbkowal@example.com | dfenwick@example.net | areyes@example.org
    Primary Phone | phone | (304) 555-0182 | 304-555-0147 | (304) 555-0120
    Home Address | address1 | 118 Oak Ridge Dr | 2201 University Ave | 45 Laurel St
    City | city | Morgantown | Fairmont | Clarksburg
    State | state | WV | WV | WV
    Zip Code | postalCode | 26505 | 26554 | 26301
    Type of Membership | tags | Life Member | Annual Member | Annual Member
    Membership Last Paid | - | 2019 | 2026 | 2025
    Dues | - | 0.00 | 35.00 | 35.00
    Total Amount Paid | - | 500.00 | 60.00 | 35.00
    Scholarship | - | 100.00 | 25.00 | 0.00
    General Fund | - | 50.00 | 0.00 | 0.00
    # "Type of Membership" names the membership group the person belongs to (life, annual): Tags, as a member
    # category is.
  `),
  set({ id: 'en-slack-channel-member-emails', kind: 'Slack channel member export (user ids, emails, display and real names, message counts)', lang: 'en', source: 'index:45433621906 (a Slack channel-members-to-CSV script\'s README)' }, `
    user_id | externalId | U04KX7Q2M1B | U05AA3RT9ZC | U02H8LMN4PQ
    email | email | priya.n@example.com | tom.becker@example.io | s.okoro@example.com
    display_name | - | priya | tomb | Sam O
    real_name | name | Priya Natarajan | Tom Becker | Samuel Okoro
    message_count | - | 412 | 37 | 0
    joined_at | - | 2024-02-11T09:14:03Z | 2025-06-30T17:40:55Z |
    # The display name is a handle, not the person's name: not imported; the real name is the Name.
  `),
  set({ id: 'en-exam-venue-student-register', kind: 'exam venue register sheet (reference number, school, first names and surname)', lang: 'en', defaultCountry: 'ZA', source: 'index:1323346023 (an olympiad venue allocation script writing a register workbook)' }, `
    Reference No. | externalId | 2026-0417 | 2026-0418 | 2026-0533
    School | companyName | Rondebosch Boys' High | Westerford High | Pinelands High
    First name(s) | firstName | Thabo Michael | Anika | Lwazi
    Surname | lastName | Dlamini | van Wyk | Ndlovu
    # The reference number is the contest's id of the entrant: the External ID. The school is where the person is
    # (their organisation); chosen as the Company, as a student's school is in other parts' registers.
  `),
  set({ id: 'en-consultancy-inquiry-form-sheet', kind: 'consultancy website inquiry form writing to a Google Sheet (company, website, business nature, desired outcome, budget)', lang: 'en', source: 'index:39577207562 (an Apps Script web-app handler appending form posts to a sheet)' }, `
    Timestamp | - | 2026-01-14T10:22:31.504Z | 2026-01-15T16:03:12.118Z | 2026-01-16T08:47:55.900Z
    Name | name | Hannah Cole | Rafael Mendes | Aisha Karim
    Email | email | hannah@northpeak.example | rafael@mendes-studio.example | aisha.karim@example.com
    Country | country | United Kingdom | Portugal | United Arab Emirates
    Company Name | companyName | Northpeak Outdoors | Mendes Studio | Karim Trading LLC
    Company Website | website | https://northpeak.example | mendes-studio.example | https://karimtrading.example
    Business Nature | - | Retail | Architecture | Import/export
    Desired Outcome | - | More online sales | New brand identity | Lead generation
    Budget Range | - | $5k-$10k | $10k-$25k | Under $5k
    Form Submission Date | - | 1/14/2026 | 1/15/2026 | 1/16/2026
    # The company's website is the only site in the form and the person's own business: the Website (a small firm's
    # contact gives its site as theirs).
  `),
  set({ id: 'en-doctor-patient-billing-export', kind: 'physician practice desktop app patient export (doctor id, username, billing cycle, medical condition)', lang: 'en', source: 'index:28791635204 (a Java practice-management app\'s export file writer)' }, `
    Doctor ID | - | D-07 | D-07 | D-12
    Username | owner | drpatel | drpatel | drnguyen
    Patient ID | externalId | 10045 | 10046 | 10102
    First Name | firstName | Carla | Benjamin | Ruth
    Last Name | lastName | Jimenez | Osei | Lindqvist
    Date of Birth | dateOfBirth | 04/17/1971 | 12/02/1988 | 09/23/1949
    Address | address1 | 71 Mill Rd, Trenton NJ 08611 | 5 Lakeview Ct, Ewing NJ 08628 | 300 Hamilton Ave, Trenton NJ 08609
    Phone Number | phone | 609-555-0134 | 609-555-0178 | 609-555-0102
    Billing Cycle | - | Monthly | Quarterly | Monthly
    Medical Condition | - | Asthma | None | COPD
    Comments | - | Prefers morning slots | | Hard of hearing
    # "Username" is the doctor's user name in the app, the user the patient belongs to: the Contact owner (as an
    # assigned user is); the doctor id beside it is not imported.
  `),
  set({ id: 'en-landlord-report-payment-history-section', kind: 'small landlord app property report, payment history section (date, property, tenant, unit, amount), with its section title line above the header', lang: 'en', above: [['PAYMENT HISTORY']], source: 'index:58543576209 (a rental manager single-page app\'s property report CSV writer)' }, `
    Date | - | 2026-02-01 | 2026-02-03 | 2026-02-05
    Property Name | - | Maple Court Duplex | Maple Court Duplex | 18 Grove St
    Tenant Name | name | Kevin O'Hara | Amina Yusuf | Grace Lindholm
    Unit | - | A | B | 1
    Amount | - | 1150 | 1150 | 1475.5
    Payment Type | - | Rent | Rent | Rent
    Notes | - | Paid by Zelle | Late fee waived |
    # A payment ledger, but each row names a tenant: the tenant name is the only contact column (the property is a
    # place, not the person's company).
  `),
  set({ id: 'en-club-address-book-contacts-sheet', kind: 'club or parish address book kept in Google Sheets, contacts tab (id, household id, name, email, phone, member type, notes)', lang: 'en', source: 'index:71182400604 (an Apps Script address book\'s mutation tests, its contact headers)' }, `
    ID | externalId | C-0012 | C-0013 | C-0027
    Household ID | - | H-004 | H-004 | H-011
    Name | name | Margaret Ellison | Paul Ellison | Teresa Quinn
    Email | email | m.ellison@example.com | | tquinn@example.org
    Phone | phone | (503) 555-0161 | (503) 555-0161 | 503-555-0190
    Member Type | tags | Member | Member | Friend
    Notes | - | Prefers printed newsletter | | Moved from Salem 2025
    # The household id groups people of one home, not an id of the person: not imported.
  `),
  set({ id: 'en-cash-assistance-payment-records', kind: 'humanitarian cash assistance platform, payment records list (payment id, status, head of household, household id and size, entitlement, delivered amount)', lang: 'en', source: 'index:8871458199 (a cash assistance platform\'s payment records table columns)' }, `
    Payment ID | - | PR-24-000193 | PR-24-000194 | PR-24-000201
    Status | - | Delivered | Delivered | Pending
    Head of Household | name | Amina Abdullahi | Yusuf Hassan | Fatuma Ali
    Household ID | externalId | HH-7841-0021 | HH-7841-0022 | HH-7841-0031
    Household Size | - | 6 | 4 | 7
    Entitlement | - | 120.00 | 90.00 | 140.00
    Delivered Amount | - | 120.00 | 90.00 |
    Delivery Date | - | 2026-02-10 | 2026-02-10 |
    # The contact is the head of household, and the household id is the programme's id of that registration (one
    # head per household): the External ID.
  `),
  set({ id: 'en-luma-guests-affiliation-linkedin-questions', kind: 'Luma event guest export with registration questions (organisation, job title, LinkedIn, motivation)', lang: 'en', source: 'index:70183784075 (a badge-printing tool\'s Luma guest import test, its header)' }, `
    guest_id | externalId | gst-7Hq2kL | gst-9Rw4pZ | gst-1Bn8xT
    name | name | Priyanka Shah | Oliver Grant | Mei Tanaka
    first_name | firstName | Priyanka | Oliver | Mei
    last_name | lastName | Shah | Grant | Tanaka
    email | email | priyanka@example.com | oliver.grant@example.co.uk | mei.t@example.jp
    phone_number | phone | +44 7700 900123 | | +81 90-1234-5678
    created_at | - | 2026-02-11T09:41:22.118Z | 2026-02-12T18:03:55.402Z | 2026-02-14T07:15:09.990Z
    approval_status | - | approved | approved | pending_approval
    checked_in_at | - | 2026-03-05T18:02:11.000Z | |
    qr_code_url | - | https://lu.ma/check-in/evt-Xy12/gst-7Hq2kL | https://lu.ma/check-in/evt-Xy12/gst-9Rw4pZ | https://lu.ma/check-in/evt-Xy12/gst-1Bn8xT
    ticket_name | - | Standard | Standard | Student
    What organisation are you affiliated with? | companyName | Fieldwork Labs | Grant & Sons | University of Tokyo
    What is your job title? | - | Product Lead | Founder | PhD Student
    What is your LinkedIn profile? | - | linkedin.com/in/priyankashah | https://www.linkedin.com/in/olivergrant | 
    What makes you want to join the event? | - | Meet other builders | Hiring | Learn about the topic
    # The organisation the guest is affiliated with is their company: the Company. A LinkedIn profile is a link that
    # is not the person's own site: not imported.
  `),
  set({ id: 'en-benevity-donations-report-address-preamble', kind: 'Benevity charity donations report (company, project, donor name, email and address, activity, transaction, frequency, match and fees), with the report preamble above the header', lang: 'en', above: [['Donations Report', ''], ['#-------------------------------------------', ''], ['Charity Name', 'HARBOR LIGHTS FOUNDATION'], ['Charity ID', '840-123456789'], ['Period Ending', 'Sun 1 Mar 2026 0:00:00'], ['Currency', 'USD'], ['Payment Method', 'EFT'], ['Disbursement ID', 'QX4T7MZP2K'], ['Note', 'Rounding may be applied to some values in this report.'], ['#-------------------------------------------', ''], ['']], source: 'index:69258568528 (a charity\'s Benevity report parser test, the current 23-column report)' }, `
    Company | companyName | Microsoft | Salesforce | Intel
    Project | - | HARBOR LIGHTS FOUNDATION | HARBOR LIGHTS FOUNDATION | HARBOR LIGHTS FOUNDATION
    Donation Date | - | 2026-02-03T14:22:10Z | 2026-02-09T03:11:45Z | 2026-02-21T19:40:02Z
    Donor First Name | firstName | Rebecca | Not shared by donor | Arjun
    Donor Last Name | lastName | Lindqvist | Not shared by donor | Mehta
    Email | email | rlindqvist@example.com | Not shared by donor | arjun.mehta@example.com
    Address | address1 | 2200 Pine St | Not shared by donor | Not shared by donor
    City | city | Seattle | Not shared by donor | Not shared by donor
    State/Province | state | WA | Not shared by donor | Not shared by donor
    Postal Code | postalCode | 98101 | 94105 | 97124
    Activity | - | | |
    Comment | - | For the shelter | |
    Transaction ID | - | 5KD902LPQA | 5KDB77XRMN | 5KF1C3HWEE
    Donation Frequency | - | Recurring | Unspecified | One Time
    Currency | - | USD | USD | USD
    Project Remote ID | - | | |
    Source | - | Payroll | Donation | Donation
    Reason | - | User Donation | Match | User Donation
    Total Donation to be Acknowledged | - | 250.00 | 0.00 | 75.00
    Match Amount | - | 0.00 | 500.00 | 75.00
    Cause Support Fee | - | 7.25 | 14.50 | 4.35
    Merchant Fee | - | 0.00 | 0.00 | 0.00
    Fee Comment | - | | |
    # "Company" is the donor's employer (the giving programme runs through it): the company the person works for,
    # the Company. "Source" is the payment channel (payroll, online donation), not where the contact came from: not
    # imported.
  `),
  set({ id: 'en-benevity-disbursement-upload', kind: 'Benevity disbursement CSV uploaded to a nonprofit finance tool (disbursement, company, transaction, donation and match amounts, donor name and comment)', lang: 'en', source: 'index:71126643714 (a finance tool\'s donation intake test, its header)' }, `
    Disbursement ID | - | DSB-2026-0211 | DSB-2026-0211 | DSB-2026-0304
    Disbursement Date | - | 2026-02-11 | 2026-02-11 | 2026-03-04
    Company Name | companyName | Boeing | Boeing | T-Mobile
    Transaction ID | - | tx-88123 | tx-88130 | tx-90211
    Donation Amount | - | 50.00 | 120.00 | 25.00
    Match Amount | - | 50.00 | 0.00 | 25.00
    Cause Support Fee | - | 2.90 | 3.48 | 1.45
    Donation Method | - | Payroll | Credit Card | Payroll
    Donation Type | - | Recurring | One-time | One-time
    Donor First Name | firstName | Hector | Jolene | Samir
    Donor Last Name | lastName | Alvarez | Pruitt | Haddad
    Donor Comment | - | Go team! | | In honor of Coach Lee
    # The company is the donor's employer (the matching programme): the Company, as in the report above.
  `),
  set({ id: 'en-ca-canadahelps-donations-fixture', kind: 'CanadaHelps donation export as a CRM importer\'s test fixture (donor name and email, amount, date and time, transaction, province, postal code, campaign)', lang: 'en', defaultCountry: 'CA', source: 'index:46778406387 (a CanadaHelps-to-CRM importer\'s sample data fixtures)' }, `
    ID | - | 1 | 2 | 3
    DONOR FIRST NAME | firstName | Marie-Claude | Devon | Harpreet
    DONOR LAST NAME | lastName | Tremblay | MacLeod | Sandhu
    DONOR EMAIL ADDRESS | email | mc.tremblay@example.ca | devon.macleod@example.com | hsandhu@example.ca
    AMOUNT | - | 40.00 | 100.00 | 18.00
    DONATION DATE | - | 2026-01-08 | 2026-01-09 | 2026-01-15
    DONATION TIME | - | 09:12:44 | 21:05:10 | 13:30:00
    TRANSACTION NUMBER | - | CH-551203 | CH-551219 | CH-551287
    PROVINCE | state | QC | NS | BC
    POSTAL CODE | postalCode | H2X 1Y4 | B3H 2Y9 | V3T 0A1
    CAMPAIGN NAME | - | Winter Appeal | General Fund | Winter Appeal
    # "ID" here numbers the donation rows of the export (one line per gift), not the donor: not imported.
  `),
  set({ id: 'en-gb-gift-aid-charities-online-schedule', kind: 'HMRC Charities Online Gift Aid schedule built by a charity app (donor title, names, house name or number, postcode, donation date and amount)', lang: 'en', defaultCountry: 'GB', source: 'index:55952389911 (a charity app\'s Gift Aid CSV builder test)' }, `
    Donor title | - | Mrs | Mr | Dr
    Donor first name | firstName | Eleanor | James | Priya
    Donor last name | lastName | Whitfield | O'Connor | Raman
    House name or number | - | Rose Cottage | 14 | 3a
    Postcode | postalCode | GL54 2AB | BS8 1TH | M20 6RQ
    Donation date | - | 12/01/26 | 15/01/26 | 31/01/26
    Donation amount | - | 25.00 | 10.00 | 120.00
    # The house name or number is written alone (HMRC's schedule has no street): not imported, as a house number on
    # its own is.
  `),
  set({ id: 'en-ca-jobber-invoices-export', kind: 'Jobber invoices export (client name, email, phone, service address, issued and due dates, job numbers, totals), with a byte order mark', lang: 'en', defaultCountry: 'CA', source: 'index:70907351802 (a bookkeeping tool\'s Jobber import test, the invoices file)' }, `
    Invoice # | - | 1042 | 1043 | 1051
    Client name | name | Gordon Fraser | Lakeside Dental Clinic | Nadia Petrenko
    Client email | email | g.fraser@example.ca | office@lakesidedental.example.ca | nadia.p@example.com
    Client phone | phone | (604) 555-0148 | 604-555-0190 | (778) 555-0123
    Service street | address1 | 1180 Haro St | 2450 Marine Dr | 77 E 10th Ave
    Service city | city | Vancouver | West Vancouver | Vancouver
    Service province | state | British Columbia | British Columbia | British Columbia
    Service ZIP | postalCode | V6E 1C9 | V7V 1L2 | V5T 1Z3
    Issued date | - | Jan 14, 2026 | Jan 20, 2026 | Feb 02, 2026
    Due date | - | Jan 28, 2026 | Feb 03, 2026 | Feb 16, 2026
    Job #s | - | 311 | 315, 316 | 322
    Status | - | Paid | Awaiting payment | Past due
    Total ($) | - | 420.0 | 1260.5 | 189.0
    Balance ($) | - | 0.0 | 1260.5 | 189.0
    # The service address is where the trade works for the client, the only address of the client in the file: taken
    # as the Address (it is not a shipping address).
  `),
  set({ id: 'en-pet-grooming-pawpartner-appointments-import', kind: 'pet grooming and boarding software switch, appointments import from a rival tool (client name, email, phone, address, pet, species, breed, weight, appointment, specialist, amount due)', lang: 'en', source: 'index:56423001822 (a pet-care app\'s competitor import fixtures, the second format)' }, `
    Client Name | name | Renata Solis | Graham Pike | Ayesha Noor
    Client Email | email | renata.solis@example.com | gpike@example.net | ayesha.noor@example.com
    Client Phone | phone | 555-0411 | 555-0427 | 555-0488
    Client Address | address1 | 18 Cypress Ln | 402 Harbor Blvd Apt 9 | 7 Willow Ct
    Pet Name | - | Biscuit | Mochi | Luna
    Species | - | Dog | Cat | Dog
    Breed | - | Cavapoo | Siamese | Labrador
    Weight | - | 14 | 9 | 62
    Pet Notes | - | Nervous with dryers | | Senior, hip issues
    Appointment Type | - | Full Groom | Nail Trim | Boarding
    Scheduled Date | - | 2026-03-09 | 2026-03-10 | 2026-03-14
    Specialist | - | Nadia | Omar | Nadia
    Appointment Status | - | Completed | Booked | Booked
    Amount Due | - | 85 | 20 | 210
  `),
  set({ id: 'en-booking-app-appointments-export', kind: 'appointment booking app export (date, start and end time, client name, email and phone, provider, appointment type, duration, status, notes)', lang: 'en', source: 'index:52620944890 (a booking platform\'s appointments controller, its CSV export)' }, `
    ID | - | 3301 | 3302 | 3318
    Date | - | 2026-03-02 | 2026-03-02 | 2026-03-04
    Start Time | - | 09:00 | 10:30 | 14:15
    End Time | - | 09:50 | 11:30 | 14:45
    Client Name | name | Hailey Duncan | Marco Bellini | Grace Adeyemi
    Client Email | email | hailey.d@example.com | marco.bellini@example.com | grace.adeyemi@example.org
    Client Phone | phone | (512) 555-0163 | 512-555-0108 | (737) 555-0145
    Provider | owner | Dr. Kim | Jessica R. | Dr. Kim
    Appointment Type | - | Initial Consultation | Massage 60 | Follow-up
    Duration (min) | - | 50 | 60 | 30
    Status | - | Completed | Confirmed | Cancelled
    Notes | - | Referred by Dr. Patel | | Rescheduled twice
    # "ID" numbers the appointments, not the clients: not imported. The provider is the user of the practice who sees
    # the client, as an assigned user is: the Contact owner.
  `),
  set({ id: 'en-sales-meetings-discovery-export', kind: 'sales discovery-meeting tracker export (meeting date, client name, email and phone, salesperson, won/open, industry, pain points, triggers, objectives, requirements)', lang: 'en', source: 'index:66444104114 (a sales meeting notes app\'s CSV formatter)' }, `
    ID | - | 58 | 59 | 63
    Meeting Date | - | 2026-02-17 | 2026-02-18 | 2026-02-24
    Client Name | name | Darnell Hughes | Sofia Ricci | Ken Watanabe
    Client Email | email | darnell@brightpath.example | sofia.ricci@example.it | ken.w@example.com
    Client Phone | phone | +1 312 555 0190 | +39 02 1234 5678 | (415) 555-0137
    Salesperson | owner | Laura M. | Tom B. | Laura M.
    Status | - | Won | Open | Open
    Industry | - | Logistics | Fashion retail | SaaS
    Pain Points | - | Manual dispatch | Stock-outs | Churn
    Triggers | - | New warehouse | Season launch | Board review
    Objectives | - | Cut delivery time | Better forecasting | Retention
    Requirements | - | API access | Shopify sync | SSO
    # The salesperson is the user who owns the client relationship: the Contact owner.
  `),
  set({ id: 'en-church-checkins-attendance-report-fields', kind: 'church check-ins attendance report pulled from Planning Center (person id, birthdate, home and mobile phones, primary contact, grade, first-timer, baptism, last served)', lang: 'en', source: 'index:70076782034 (a church reporting tool\'s report field options, in their default order)' }, `
    Planning Center ID | externalId | 48112093 | 48112094 | 51220871
    First Name | firstName | Caleb | Ruby | Marcus
    Last Name | lastName | Whitman | Whitman | Delgado
    Birthdate | dateOfBirth | 2016-05-14 | 2018-11-02 | 1989-03-27
    Email | email | | | marcus.delgado@example.com
    Phone Number (home) | additionalPhones | (615) 555-0110 | (615) 555-0110 |
    Phone Number (mobile) | phone | | | (615) 555-0177
    Primary Contact Name | - | Jenna Whitman | Jenna Whitman |
    Primary Contact Email | - | jenna.whitman@example.com | jenna.whitman@example.com |
    Gender | - | M | F | M
    Grade | - | 4 | 2 |
    First Timers | - | No | No | Yes
    Completed Thrive | - | | | No
    Baptized? | - | | | Yes
    Last served | - | | | 2026-02-22
    # Typed phones only: the mobile is the main phone and the home phone an additional one. The primary contact is a
    # parent: not imported.
  `),
  set({ id: 'en-music-lessons-signup-sheet-parent', kind: 'music school lesson sign-up form writing to a Google Sheet (student name, date of birth, age, instruments, goals, parent or guardian contact, mailing address, assessment availability)', lang: 'en', source: 'index:71459637644 (a music school\'s Apps Script form receiver, its header list)' }, `
    Creation Date/Time | - | 2026-01-06 17:42:10 | 2026-01-08 09:15:33 | 2026-01-11 20:01:47
    Student Full Name | name | Ella Martinez | Noah Kim | Sophia Patel
    Student Date of Birth | dateOfBirth | 2014-06-19 | 2011-02-03 | 2016-10-28
    Student Age | - | 11 | 14 | 9
    Instrument(s) Learning | tags | Piano | Guitar, Drums | Violin
    Lesson Goals/Preferences | - | Learn to read music | Play in a band | Grade 1 exam
    Parent/Guardian Full Name | - | Rosa Martinez | Daniel Kim | Anjali Patel
    Parent/Guardian Email | - | rosa.martinez@example.com | dkim@example.net | anjali.patel@example.com
    Parent/Guardian Phone | - | (919) 555-0123 | 919-555-0188 | (984) 555-0140
    Mailing Address | address1 | 1204 Oak Park Dr, Cary, NC 27511 | 88 Glenwood Ave, Raleigh, NC 27603 | 410 Hillsborough St, Raleigh, NC 27603
    Relationship to Student | - | Mother | Father | Mother
    Assessment Availability | - | Weekdays after 4pm | Saturday mornings | Any weekday
    # The contact is the student; the parent's columns are another person's: not imported (the brief's rule), though a
    # school writes to the parent. The instruments name what the student is enrolled in, like a group: Tags. The
    # family's mailing address is where the student lives: the Address.
  `),
  set({ id: 'en-school-absence-report-form-responses', kind: 'school attendance office Google Form responses (submitter email, student name, grade, parent or guardian name, email and cell, type of absence, dates and times, reason, symptoms)', lang: 'en', source: 'index:25355918909 (a form-to-sheet extraction test, its expected field list)' }, `
    Email | - | rosa.martinez@example.com | dkim@example.net | anjali.patel@example.com
    Student Name (First and Last Name) | name | Ella Martinez | Noah Kim | Sophia Patel
    Grade Level | - | 6 | 9 | 4
    Parent/Guardian Name (First and Last) | - | Rosa Martinez | Daniel Kim | Anjali Patel
    Parent/Guardian Email | - | rosa.martinez@example.com | dkim@example.net | anjali.patel@example.com
    Parent/Guardian Cell Number | - | (919) 555-0123 | 919-555-0188 | (984) 555-0140
    Which of the following are you reporting? | - | Single-day Absence | Late Arrival | Multi-day Absence
    Date of Single-day Absence | - | 2/12/2026 | |
    Multi-day Absence | - | | | 2/9/2026 - 2/11/2026
    Late Arrival: Approximate arrival time | - | | 9:45 AM |
    Early Departure: Departure time | - | | |
    Reason for Absence | - | Illness | Appointment | Illness
    has this student been diagnosed | - | No | | Yes
    Please name the diagnosis | - | | | Influenza A
    Date of first symptoms | - | 2/11/2026 | | 2/8/2026
    # The form's "Email" is the address of whoever submitted it, the parent in practice: not the student's, not
    # imported, like the parent's columns.
  `),
  set({ id: 'en-salon-saas-admin-salons-report', kind: 'salon booking SaaS admin report of customer salons (salon name, owner name and email, city, plan, status, employees, customers, monthly revenue)', lang: 'en', source: 'index:40302299730 (a salon platform\'s super-admin page, its report download)' }, `
    Salon Name | companyName | Luxe Hair Studio | Fade Masters | Bloom Nails & Spa
    Owner Name | name | Tasha Reynolds | Carlos Mendoza | Linh Tran
    Owner Email | email | tasha@luxehair.example.com | carlos@fademasters.example.com | linh@bloomnails.example.com
    City | city | Atlanta | San Antonio | Houston
    Plan | - | Pro | Basic | Pro
    Status | - | active | trial | active
    Employees | - | 8 | 3 | 12
    Customers | - | 1240 | 310 | 2215
    Monthly Revenue | - | 18450 | 4200 | 26100
    # The platform's contact for each customer salon is its owner: the owner's name and email are the person, the
    # salon is their company. "Owner" here is not the Contact owner (a user of the importing account).
  `),
  set({ id: 'en-in-sports-platform-organizations-section', kind: 'sports facility platform admin export, organisations section (org id, name, type, owner name and email, state, district, city, sports offered, counts, registration number, website, phone, email, verification), with its section title and a blank line above the header', lang: 'en', defaultCountry: 'IN', above: [[''], ['ORGANIZATION FACILITY DATA']], source: 'index:30281057365 (a sports platform\'s admin analytics export, its organisations section)' }, `
    Org ID | externalId | org_7f3a21 | org_8b1c09 | org_9d4e77
    Organization Name | companyName | Ace Badminton Academy | Green Turf Sports Club | Shivaji Wrestling Akhada
    Type | - | Academy | Club | Training Centre
    Owner Name | name | Rahul Deshpande | Meera Nair | Santosh Patil
    Owner Email | email | rahul@aceacademy.example.in | meera.nair@example.com | santosh.patil@example.in
    State | state | Maharashtra | Kerala | Maharashtra
    District | - | Pune | Ernakulam | Kolhapur
    City | city | Pune | Kochi | Kolhapur
    Sports Offered | - | Badminton; Squash | Football; Cricket | Wrestling
    Facility Count | - | 6 | 3 | 1
    Member Count | - | 240 | 410 | 85
    Establishment Year | - | 2014 | 2009 | 1998
    Registration Number | - | MH/PUN/2014/0331 | KL/EKM/2009/1187 | MH/KOP/1998/0042
    Website | website | https://aceacademy.example.in | | 
    Phone | phone | 020 2567 1234 | +91 98470 12345 | 98220 54321
    Email | additionalEmails | info@aceacademy.example.in | greenturf@example.com |
    Verification Status | - | Verified | Pending | Verified
    Created Date | - | 12/01/2026 | 03/02/2026 | 17/02/2026
    # Each row is an organisation and the person in it is its owner: the owner's name and email are the contact's,
    # the organisation is their company. Its own email beside the owner's is an additional email, its phone the only
    # phone (the main one) and its website the only site. The registration number is the organisation's, not an id of
    # the person: not imported; the org id is the platform's id of the row: the External ID.
  `),
  set({ id: 'en-access-cards-admin-export', kind: 'NFC access card admin export (card UID, owner name and email, issue and expiry dates, status, last used, active)', lang: 'en', source: 'index:49528878375 (an access card dashboard\'s export function)' }, `
    Card UID | - | 04:A2:19:3B:7C:5D:80 | 04:11:C8:2E:9A:44:81 | 04:7F:05:D1:22:3A:80
    Owner Name | name | Jordan Blake | Aaliyah Carter | Ming Zhou
    Owner Email | email | jordan.blake@example.com | a.carter@example.edu | ming.zhou@example.com
    Issue Date | - | 9/1/2025 | 1/12/2026 | 2/3/2026
    Expiry Date | - | 8/31/2026 | 1/11/2027 | 2/2/2027
    Status | - | active | active | suspended
    Last Used | - | 3/1/2026 | Never | 2/20/2026
    Active | - | Yes | Yes | No
    # The card's owner is the person who holds it: the contact (not a Contact owner). The card UID is the card's id,
    # not the person's: not imported.
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-sportverein-mitgliedsdaten-felder', kind: 'Sportverein-Verwaltung, Mitgliedsdaten (Vereinsstatus, Zahlungsart, Bankverbindung, Ein- und Austritt, abgerechnet bis)', lang: 'de', defaultCountry: 'DE', source: 'index:55100194718 (a sports club admin app\'s member fields list with German labels)' }, `
    Vorname | firstName | Jürgen | Katharina | Emre
    Nachname | lastName | Böttcher | Lindemann | Aydın
    Geburtsdatum | dateOfBirth | 14.03.1961 | 02.11.1995 | 27.07.2010
    Geschlecht | - | männlich | weiblich | männlich
    Kontakt-E-Mail | email | j.boettcher@example.de | k.lindemann@example.com | familie.aydin@example.de
    Telefon | phone | 0421 3345678 | 0170 1234567 | 0421 998877
    Straße | address1 | Am Deich 12 | Parkallee 3a | Hemelinger Str. 140
    PLZ | postalCode | 28199 | 28209 | 28309
    Ort | city | Bremen | Bremen | Bremen
    Land | country | Deutschland | Deutschland | Deutschland
    Vereinsstatus | - | Aktiv | Passiv | Aktiv
    Zahlungsart | - | Lastschrift | Überweisung | Lastschrift
    IBAN | - | DE89 3704 0044 0532 0130 00 | | DE12 2905 0101 0001 2345 67
    BIC | - | COBADEFFXXX | | SBREDE22XXX
    Kontoinhaber | - | Jürgen Böttcher | | Serkan Aydın
    Eintrittsdatum | - | 01.04.1988 | 15.09.2019 | 01.08.2017
    Austrittsdatum | - | | 31.12.2025 |
    Abgerechnet bis | - | 31.12.2026 | 31.12.2025 | 30.06.2026
  `),
  set({ id: 'de-mitarbeiter-export-kleidergroessen', kind: 'Mitarbeiterverwaltung, CSV/Excel-Export mit Spaltenauswahl (Personalnummer, Abteilung, Standort, Urlaubstage, Kleidergrößen)', lang: 'de', defaultCountry: 'DE', source: 'index:4068649413 (an HR app\'s feature plan listing its export columns)' }, `
    Personalnummer | externalId | 1042 | 1057 | 1103
    Vorname | firstName | Sabine | Mehmet | Lukas
    Nachname | lastName | Krüger | Yılmaz | Hofbauer
    E-Mail (Arbeit) | email | s.krueger@firma.example.de | m.yilmaz@firma.example.de | l.hofbauer@firma.example.de
    E-Mail (Privat) | additionalEmails | sabine.krueger@example.de | | lukas.h@example.com
    Telefon | phone | 0711 2345-120 | 0711 2345-134 | 0160 9876543
    Position | - | Teamleitung Lager | Fahrer | Monteur
    Abteilung | - | Logistik | Logistik | Service
    Standort | - | Stuttgart | Stuttgart | Esslingen
    Beschäftigungsart | - | Vollzeit | Teilzeit | Vollzeit
    Wochenstunden | - | 40 | 25 | 38,5
    Urlaubstage | - | 30 | 28 | 30
    Eintrittsdatum | - | 01.02.2015 | 15.08.2021 | 01.10.2023
    Rolle | - | ADMIN | USER | USER
    Status | - | Aktiv | Aktiv | Inaktiv
    Straße | address1 | Königstraße 44 | Pragstraße 7 | Mühlstraße 19
    PLZ | postalCode | 70173 | 70376 | 73728
    Stadt | city | Stuttgart | Stuttgart | Esslingen am Neckar
    T-Shirt Größe | - | M | XL | L
    Hosen Größe | - | 38 | 54 | 50
    Schuh Größe | - | 39 | 44 | 43
    Jacken Größe | - | M | XL | L
    # The work email is the Email, the private one an additional email (both are the person's own).
  `),
  set({ id: 'de-zeitarbeit-mitarbeiterliste', kind: 'Zeitarbeitsfirma, Mitarbeitertabelle (Beruf, Postleitzahl, Eintritt, überlassen bis)', lang: 'de', defaultCountry: 'DE', source: 'index:56763038899 (a staffing agency dashboard\'s employee table columns)' }, `
    Name | lastName | Schneider | Kowalski | Braun
    Vorname | firstName | Tobias | Marta | Dennis
    Beruf | - | Elektroniker | Lagerhelferin | Schweißer
    Telefonnummer | phone | 0157 33445566 | 0231 445566 | 0176 22113344
    Postleitzahl | postalCode | 44137 | 44139 | 44287
    Eintrittsdatum | - | 01.03.2024 | 15.06.2025 | 02.01.2026
    Überlassen bis | - | 31.08.2026 | 30.04.2026 |
    Status | - | Im Einsatz | Im Einsatz | Verfügbar
    Aktionen | - | | |
    # "Name" next to "Vorname" holds the family name (the table sorts by it): the Last name.
  `),
  set({ id: 'de-kita-kinder-import-mapping', kind: 'Kita-Verwaltung, Kinder-Import mit Spaltenzuordnung (Mitgliedsnummer, Rechtsanspruch, Betreuungszeit, Elternteil)', lang: 'de', defaultCountry: 'DE', source: 'index:21275203250 (a daycare association app\'s import mapping fields)' }, `
    Mitgliedsnummer | externalId | K-2024-017 | K-2025-003 | K-2025-011
    Vorname (Kind) | firstName | Mila | Ben | Leni
    Nachname (Kind) | lastName | Hartmann | Özdemir | Vogt
    Geburtsdatum | dateOfBirth | 12.05.2022 | 03.01.2023 | 28.09.2021
    Eintrittsdatum | - | 01.08.2024 | 01.02.2025 | 01.09.2025
    Straße | address1 | Lindenweg | Am Markt | Gartenstraße
    Hausnummer | - | 4 | 17b | 22
    PLZ | postalCode | 34117 | 34119 | 34121
    Ort | city | Kassel | Kassel | Kassel
    Rechtsanspruch (Std.) | - | 35 | 45 | 35
    Betreuungszeit (Std.) | - | 30 | 45 | 25
    Elternteil 1 - Vorname | - | Julia | Ayşe | Stefan
    # The child is the member the file lists; the parent's first name is another person's: not imported.
  `),
  set({ id: 'de-handwerksbetrieb-mitarbeiter-stammdaten', kind: 'Handwerker-Software, Mitarbeiterstammdaten (Kontakt, Adresse, Eintritt, Position / Rolle, Stundenlohn)', lang: 'de', defaultCountry: 'DE', source: 'index:56344284024 (a trades business app\'s staff form sections)' }, `
    E-Mail | email | k.wagner@example.de | | r.schulz@example.de
    Telefon | phone | 0171 2233445 | 0911 556677 | 0151 99887766
    Geburtsdatum | dateOfBirth | 1979-06-02 | 1998-12-11 | 1985-03-27
    Straße | address1 | Fürther Str. 88 | Allersberger Str. 12 | Bucher Str. 5
    PLZ | postalCode | 90429 | 90461 | 90419
    Ort | city | Nürnberg | Nürnberg | Nürnberg
    Eintrittsdatum | - | 2011-04-01 | 2024-09-01 | 2019-01-15
    Position / Rolle | - | Meister | Azubi | Geselle
    Stundenlohn (€) | - | 28.50 | 9.80 | 21.00
  `),
  set({ id: 'de-at-ams-massnahme-teilnehmer-import', kind: 'Bildungsträger (Österreich), Teilnehmer-Import einer AMS-Maßnahme (Zubuchung, Ein- und Austritt, AMS-Berater, Angebot)', lang: 'de', defaultCountry: 'AT', source: 'index:31199185771 (a training provider\'s participant import field list)' }, `
    Telefon | phone | +43 664 1234567 | 0650 7654321 | 01 4081122
    E-Mail | email | m.gruber@example.at | | selin.k@example.com
    Adresse | address1 | Favoritenstraße 112/4/7 | Lerchenfelder Gürtel 9 | Wagramer Straße 33/2
    PLZ | postalCode | 1100 | 1160 | 1220
    Ort | city | Wien | Wien | Wien
    Zubuchungsdatum | - | 12.01.2026 | 19.01.2026 | 02.02.2026
    Eintrittsdatum | - | 19.01.2026 | 26.01.2026 | 09.02.2026
    Austrittsdatum | - | 17.04.2026 | | 08.05.2026
    AMS-Berater | - | Hr. Pichler | Fr. Steiner | Hr. Pichler
    Status | - | aktiv | aktiv | abgebrochen
    Priorität | - | hoch | normal | normal
    Angebot | tags | BAM | LL/B+ | BAM
    # "Angebot" is the programme (the course group) the participant is booked into: Tags, as a group membership is.
    # The AMS advisor is the job centre's officer, not the user's colleague: not imported.
  `),
  set({ id: 'de-ch-arbeitsvertrag-platzhalter-kandidat', kind: 'Personalvermittlung (Schweiz), Vertragsvorlage-Platzhalter der Kandidatin (Name, Adresse, Kontakt, Eintritt, Pensum, Lohn)', lang: 'de', defaultCountry: 'CH', source: 'index:60192292428 (an HR contract generator\'s placeholder catalogue)' }, `
    Vorname | firstName | Corinne | Reto | Alessia
    Nachname | lastName | Baumann | Frei | Bernasconi
    Vollständiger Name | name | Corinne Baumann | Reto Frei | Alessia Bernasconi
    Geburtsdatum | dateOfBirth | 22.08.1990 | 05.01.1984 | 30.11.1997
    Adresse | address1 | Seestrasse 41 | Bahnhofplatz 2 | Via Cantonale 18
    PLZ | postalCode | 8002 | 3011 | 6900
    Ort | city | Zürich | Bern | Lugano
    E-Mail | email | corinne.baumann@example.ch | reto.frei@example.ch | a.bernasconi@example.ch
    Telefon | phone | 079 123 45 67 | 031 312 45 67 | +41 91 922 33 44
    Eintrittsdatum | - | 01.05.2026 | 01.06.2026 | 15.05.2026
    Position | - | Sachbearbeiterin | Projektleiter | Pflegefachfrau
    Pensum | - | 80% | 100% | 60%
    Monatslohn | - | 6200 | 9800 | 4100
  `),
  set({ id: 'de-onboarding-faelle-neue-mitarbeiter', kind: 'IT-Onboarding, neue Mitarbeiter (Kürzel, Firma, Team, Eintrittsdatum, Vorgesetzter)', lang: 'de', defaultCountry: 'DE', source: 'index:66304934568 (an onboarding tool\'s case form fields)' }, `
    Vorname | firstName | Anja | Felix | Dragan
    Nachname | lastName | Petersen | Wolff | Marković
    E-Mail | email | a.petersen@gruppe.example | f.wolff@gruppe.example | d.markovic@gruppe.example
    Kürzel | - | APE | FWO | DMA
    Firma | companyName | Nordlicht Logistik GmbH | Nordlicht IT Services GmbH | Nordlicht Logistik GmbH
    Team | tags | Disposition | Support | Buchhaltung
    Eintrittsdatum | - | 2026-04-01 | 2026-04-15 | 2026-05-01
    Vorgesetzter | - | Jens Hagedorn | Miriam Koch | Jens Hagedorn
    # The team is a group the person belongs to: Tags. The supervisor is another person: not imported.
  `),
  set({ id: 'de-autowaschanlage-kunden-select', kind: 'Waschstraße/Autopflege-Buchungssystem, Kundentabelle aus SQLite (id, Name, Vorname, Adresse, Hausnummer, PLZ, Ort, Telefonnummer)', lang: 'de', defaultCountry: 'DE', source: 'index:71520619660 (a car wash booking app\'s Flask backend, its customer select)' }, `
    id | externalId | 1 | 2 | 3
    name | lastName | Schäfer | Nguyen | Hoffmann
    vorname | firstName | Tim | Linh | Sabrina
    email | email | tim.schaefer@example.de | linh.nguyen@example.com | s.hoffmann@example.de
    adresse | address1 | Bahnhofstraße | Lessingweg | Kantstraße
    hausnummer | - | 21 | 4 | 108
    plz | postalCode | 67059 | 67061 | 67063
    ort | city | Ludwigshafen | Ludwigshafen | Ludwigshafen
    telefonnummer | phone | 0621 5123456 | 0176 44556677 | 0621 6677889
    # "name" next to "vorname" is the family name: the Last name. "adresse" holds the street without the number.
  `),
  set({ id: 'de-arztpraxis-patienten-csv-import-kvnr', kind: 'Praxisverwaltung, Patienten-CSV-Import (KVNR, Versichertennummer, Krankenkasse, Versicherungsart, Anschrift, Kontakt), semikolongetrennt', lang: 'de', defaultCountry: 'DE', source: 'index:56382563450 (a medical practice app\'s import service, its expected CSV format)' }, `
    Nachname | lastName | Schmitt | Özkan | Wendland
    Vorname | firstName | Gerda | Murat | Finn
    Geburtsdatum | dateOfBirth | 03.11.1947 | 22.06.1980 | 09.04.2015
    Geschlecht | - | w | m | m
    KVNR | externalId | A123456780 | M987654321 | W112233445
    Versichertennr | - | 100234567 | 209876543 | 301122334
    Krankenkasse | - | AOK Nordost | TK | Barmer
    Versicherungsart | - | GKV | GKV | Familienversichert
    Straße | address1 | Karl-Marx-Allee 90 | Sonnenallee 212 | Kastanienallee 7
    PLZ | postalCode | 10243 | 12059 | 10435
    Ort | city | Berlin | Berlin | Berlin
    Telefon | phone | 030 2945123 | 0176 23456789 | 030 4401122
    Email | email | | murat.oezkan@example.de | familie.wendland@example.de
    # The KVNR (the health insurance number for life) is the id the practice files the patient under: the External
    # ID; the insurer's policy number beside it is the second id, not imported.
  `),
  set({ id: 'de-zeitarbeit-personal-import-zvoove', kind: 'Personaldisponent, Personal-Import aus zvoove (Personalnummer, IBAN, Anschrift, Mobil, Beschäftigungsart, Eintritt, befristet bis, Stundenlohn, Austritt)', lang: 'de', defaultCountry: 'DE', source: 'index:70866558290 (a staffing scheduler\'s import tests, the zvoove personnel format)' }, `
    Personalnummer | externalId | 2041 | 2042 | 2077
    Nachname | lastName | Keller | Popescu | Baumgart
    Vorname | firstName | Nina | Andrei | Jonas
    Geburtsdatum | dateOfBirth | 14.07.1999 | 02.03.1985 | 28.12.2003
    IBAN | - | DE89 3704 0044 0532 0130 00 | DE12 6005 0101 0001 2345 67 | DE44 5001 0517 5407 3249 31
    Straße | address1 | Neckarstraße 14 | Heilbronner Str. 201 | Olgastraße 3
    PLZ | postalCode | 70190 | 70191 | 70180
    Ort | city | Stuttgart | Stuttgart | Stuttgart
    Mobil | phone | 0151 23456789 | 0176 98765432 | 0160 5544332
    E-Mail | email | nina.keller@example.de | andrei.popescu@example.com | jonas.baumgart@example.de
    Beschäftigungsart | - | Geringfügig Beschäftigter | Vollzeit | Werkstudent
    Eintritt | - | 01.03.2026 | 15.01.2024 | 01.04.2026
    Befristet bis | - | 31.12.2026 | | 30.09.2026
    Stundenlohn | - | 13,90 | 16,50 | 14,20
    Austritt | - | | |
  `),
  set({ id: 'de-museumsbahn-verein-mitglieder-csv-export', kind: 'Museumseisenbahn-Verein, Mitglieder-CSV aus der Vereinsverwaltung (Eintritt, Status, Austritt, Tf/Zf/Rangierer-Qualifikationen, Tauglichkeit, Zustimmungen, Strecke, Beruf)', lang: 'de', defaultCountry: 'DE', source: 'index:1433220940 (a heritage railway club\'s Qt admin app, its member CSV export)' }, `
    Nummer | externalId | 17 | 42 | 108
    Nachname | lastName | Grunwald | Petzold | Scholz
    Vorname | firstName | Heiko | Sandra | Till
    Geburtsdatum | dateOfBirth | 12.05.1962 | 30.08.1977 | 17.02.2001
    Eintritt | - | 01.01.1991 | 15.04.2010 | 01.06.2019
    Status | - | Aktiv | Aktiv | Passiv
    Austritt | - | | |
    Tf | - | ja | nein | nein
    Zf | - | ja | ja | nein
    Rangierer | - | ja | ja | ja
    Tauglichkeit | - | 31.03.2027 | 30.11.2026 |
    Straße | address1 | Bahnhofstraße 3 | Am Lokschuppen 11 | Lindenweg 6
    PLZ | postalCode | 09456 | 09465 | 09471
    Ort | city | Annaberg-Buchholz | Sehmatal | Bärenstein
    Mail | email | h.grunwald@example.de | sandra.petzold@example.de |
    Zustimmung Mail | - | ja | ja | nein
    Telefon | phone | 03733 22334 | 0172 4455667 | 037347 1234
    Zustimmung Telefon | - | ja | nein | ja
    Strecke | - | Preßnitztalbahn | Preßnitztalbahn | Fichtelbergbahn
    Beruf | - | Elektriker | Lehrerin | Student
    Bemerkung | - | Vorstand | | Jugendgruppe
    # Tf (Triebfahrzeugführer), Zf (Zugführer) and Rangierer are the member's qualifications, like job titles: not
    # imported. The consent columns are booleans: not imported.
  `),
  set({ id: 'de-hotel-kunden-tabelle-jpa', kind: 'Hotel-Buchungsanwendung, Kundentabelle (kunden_nr, Vorname, Nachname, E-Mail, Adresse) aus der Datenbank', lang: 'de', defaultCountry: 'DE', source: 'index:13009939538 (a hotel booking app\'s customer entity, its table columns)' }, `
    kunden_nr | externalId | 1001 | 1002 | 1019
    vorname | firstName | Birgit | Kemal | Charlotte
    nachname | lastName | Lorenz | Aydın | Weiß
    email | email | birgit.lorenz@example.de | kemal.aydin@example.com | c.weiss@example.de
    adresse | address1 | Seestraße 4, 82319 Starnberg | Leopoldstraße 77, 80802 München | Am Rathaus 2, 83646 Bad Tölz
    # The address holds street, postcode and city in one cell: the Address (its only address column).
  `),
  set({ id: 'de-schulverwaltung-schueler-import-noheader', kind: 'Schul-Webanwendung, Schülerimport als Textliste ohne Kopfzeile (Nachname, Vorname, Geburtsdatum, Klasse), semikolongetrennt', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'index:4519773252 (a school web app\'s German admin texts, the pupils import format and its example line)' }, `
    "" | lastName | Hartung | Schäfer | Nguyen
    "" | firstName | Lea | Maximilian | Thi Mai
    "" | dateOfBirth | 14.03.2012 | 02.09.2010 | 27.11.2013
    "" | - | 7c | 9a | 6b
    # No header row: the format is given as a line of values with its example. The class is a school class: not
    # imported.
  `),
  // ----------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-schaakbond-ratinglijst-knsb', kind: 'schaakbond, ratinglijst (relatienummer, naam als "Achternaam, Voornaam", titel, federatie, rating, aantal partijen, geboortejaar, sekse), puntkomma-gescheiden', lang: 'nl', source: 'index:69831652244 (a chess ratings importer\'s sources documentation, KNSB list columns)' }, `
    Relatienummer | externalId | 8412345 | 8523456 | 7101234
    Naam | name | Jansen, Pieter | Bakker, Lotte | Visser, Henk
    Titel | - | FM | | IM
    FED | country | NED | NED | BEL
    Rating | - | 2287 | 1834 | 2391
    Nv | - | 34 | 12 | 51
    Geboren | - | 1991 | 2008 | 1975
    S | - | | w |
    # The federation code (NED) is the player's country as the chess world writes it: the Country. The birth year
    # alone is not a date of birth: not imported.
  `),
  set({ id: 'mixed-schaakclub-ledenimport-sql-dump', kind: 'schaakclub, ledenimport-tabel uit een MySQL-dump (e-mail met afgeknotte kolomnaam, memberid, tussenvoegsel, tag, verjaardag, bondsnummer, ChessKid-account)', lang: 'mixed', defaultCountry: 'NL', source: 'index:2195017640 (a chess club site\'s SQL dump, its ledenimport table)' }, `
    ail Address | email | fam.dekker@example.nl | r.smit@example.com | noor.h@example.nl
    memberid | externalId | 2231 | 2245 | 2310
    lid | - | ja | ja | nee
    dag | - | woensdag | zaterdag | woensdag
    First Name | firstName | Tim | Roos | Noor
    Tussenv | - | | | de
    Last Name | lastName | Dekker | Smit | Haan
    Tag | tags | jeugd | jeugd, competitie | jeugd
    Birthday | - | 12-mrt-2014 | 3-sep-2012 | 27-jan-2015
    DateOfBirth | dateOfBirth | 2014-03-12 | 2012-09-03 | 2015-01-27
    Bondsnummer | - | 8934512 | 8820041 |
    chesskid_account | - | TimD2014 | roos_smit | noortje_h
    # "ail Address" is "Email Address" cut off in the export: the Email. Of two ids, memberid (the first) is the
    # External ID and the federation number is not imported. "Birthday" repeats the date of birth as text; the real
    # date column "DateOfBirth" is the Date of birth and the text one is not imported (one field, one column).
  `),
  set({ id: 'nl-wedstrijd-deelnemers-import-verplicht', kind: 'wedstrijdorganisatie, deelnemersimport (verplichte kolommen achternaam, voornaam, bondsnummer)', lang: 'nl', source: 'index:63135110735 (a competition manager\'s participant CSV import script)' }, `
    Achternaam | lastName | Mulder | de Boer | Kok
    Voornaam | firstName | Femke | Daan | Ilse
    Bondsnummer | externalId | 1204587 | 1198832 | 1311204
  `),
  set({ id: 'nl-vrijwilligers-takenapp-gebruikers', kind: 'vereniging, vrijwilligerstaken-app, gebruikerstabel (alias, bondsnummer, e-mail, wachtwoordhash, rol, actief, aangemaakt)', lang: 'nl', source: 'index:25605034010 (a volunteer task app\'s database migration, its User table)' }, `
    alias | - | pietjeb | marloes | kees.v
    bondsnummer | externalId | NL123456 | NL234567 | NL345678
    email | email | pieter.bos@example.nl | marloes.vd@example.nl |
    passwordHash | - | $2b$10$Q8r7ZfK1uY2m3n4o5p6q7e | $2b$10$A1b2C3d4E5f6G7h8I9j0ke | 
    role | - | LID | COORDINATOR | BESTUUR
    isActive | - | true | true | false
    createdAt | - | 2025-09-01 19:22:10.512 | 2025-09-03 08:01:44.003 | 2025-10-12 21:15:09.870
    # The alias is a login handle, not a name: not imported. The federation number is the External ID.
  `),
  set({ id: 'nl-be-smartschool-leerlingen-sheet-sync', kind: 'Smartschool (Vlaanderen), leerlingen naar Google Sheets gesynchroniseerd (gebruikersnaam, interne nummer, officiële klas, klasgroep, co-accounts van ouders)', lang: 'nl', defaultCountry: 'BE', source: 'index:8862582218 (a school\'s Smartschool-to-Sheets sync script, the pupils transformation)' }, `
    Gebruikersnaam | - | lotte.peeters | arne.jacobs | yasmine.elamrani
    GebruikersnaamLCase | - | lotte.peeters | arne.jacobs | yasmine.elamrani
    Naam | lastName | Peeters | Jacobs | El Amrani
    Voornaam | firstName | Lotte | Arne | Yasmine
    Geslacht | - | v | m | v
    InternNummer | externalId | 20231045 | 20221187 | 20241210
    OfficieleKlas | - | 3STWA | 4LAT | 1A2
    KlasGroep | - | 3STWA-Wisk | 4LAT | 1A2
    Klasnummer | - | 17 | 4 | 22
    EMail | email | lotte.peeters@leerling.example.be | arne.jacobs@leerling.example.be | yasmine.elamrani@leerling.example.be
    Mobiel | phone | 0470 12 34 56 | | 0486 55 44 33
    Telefoon | additionalPhones | 03 456 78 90 | 015 21 43 65 |
    Co1Voornaam | - | Katrien | Bart | Samira
    Co1Naam | - | Janssens | Jacobs | Bouzid
    Co1Relatie | - | Moeder | Vader | Moeder
    Co1EMail | - | katrien.janssens@example.be | bart.jacobs@example.be | samira.b@example.com
    Co1Mobiel | - | 0475 11 22 33 | 0495 66 77 88 | 0489 12 12 12
    Co1Telefoon | - | 03 456 78 90 | 015 21 43 65 |
    Co2Voornaam | - | Pieter | | Karim
    Co2Naam | - | Peeters | | El Amrani
    Co2Relatie | - | Vader | | Vader
    Co2EMail | - | pieter.peeters@example.be | | karim.elamrani@example.com
    Co2Mobiel | - | 0476 98 76 54 | | 0488 34 34 34
    Co2Telefoon | - | | |
    # The user name is a login, not imported; the internal number is the school's id of the pupil: the External ID.
    # Typed phones only: the mobile is the main phone and the fixed line an additional one. The classes are school
    # classes: not imported. The co-accounts are the parents': not imported.
  `),
  set({ id: 'nl-be-smartschool-account-velden', kind: 'Smartschool (Vlaanderen), uitgebreide accountgegevens (gebruikersnaam, interne nummer, rijksregisternummer, stamboeknummer, basisrol, roepnaam, geboorteplaats, adres met busnummer)', lang: 'nl', defaultCountry: 'BE', source: 'index:61355792092 (a directory sync tool\'s Smartschool account parser test)' }, `
    Gebruikersnaam | - | wout.claes | ines.maes | hanne.wouters
    Internnummer | externalId | W0412 | L2231 | L2245
    Emailadres | email | wout.claes@school.example.be | ines.maes@school.example.be | hanne.wouters@school.example.be
    Rijksregisternummer | - | 82.04.11-123.45 | 10.06.23-456.78 | 11.01.30-222.61
    Stamboeknummer | - | 10456789 | 0 | 0
    Basisrol | - | 3 | 1 | 1
    Voornaam | firstName | Wouter | Ines | Hanne
    Naam | lastName | Claes | Maes | Wouters
    Extravoornamen | - | Jozef Maria | Sofie | 
    Initialen | - | W.J.M. | I.S. | H.
    Roepnaam | - | Wout | Ines | Hanne
    Geslacht | - | m | v | v
    Geboortedatum | dateOfBirth | 1982-4-11 | 2010-6-23 | 2011-1-30
    Geboorteplaats | - | Mechelen | Leuven | Aarschot
    Geboorteland | - | België | België | België
    Straat | address1 | Diestsestraat | Tiensevest | Kapucijnenvoer
    Huisnummer | - | 112 | 7 | 33
    Busnummer | - | 2 | | B
    Postcode | postalCode | 3000 | 3010 | 3000
    Woonplaats | city | Leuven | Kessel-Lo | Leuven
    Land | country | België | België | België
    Mobielnummer | phone | 0472 33 44 55 | | 0497 12 34 56
    Telefoonnummer | additionalPhones | 016 22 33 44 | 016 55 66 77 |
    Fax | - | | |
    Status | - | actief | actief | actief
    # Two ids: the internal number (first) is the External ID; the teacher's registry number (stamboeknummer) and the
    # national register number are not imported. The "roepnaam" (name called by) beside the first name is not
    # imported: the first name column is the First name. Box numbers (Busnummer) are like house numbers: not imported.
  `),
  set({ id: 'nl-jeugdclub-contacten-mysql-migratie', kind: 'jeugd-techniekclub, contacttabel uit de oude MySQL-database (tussenvoegsels, e-mail van de ouders, mobiel van het lid, telefoon van de ouders, begin- en einddatum, hoe gevonden, type)', lang: 'nl', defaultCountry: 'NL', source: 'index:18733770066 (a youth club\'s migration script reading its old contact table; the columns as the script reads them)' }, `
    id | externalId | 112 | 113 | 140
    voornaam | firstName | Daan | Fenna | Mees
    tussenvoegsels | - | van | | de
    achternaam | lastName | Leeuwen | Smits | Graaf
    emailadres | email | daan.vl@example.nl | fenna.smits@example.nl | mees.degraaf@example.com
    emailadres_ouders | - | fam.vanleeuwen@example.nl | j.smits@example.nl |
    geboortedatum | dateOfBirth | 2011-04-12 | 2012-09-30 | 1998-02-14
    adres | address1 | Dorpsstraat 14 | Molenweg 3 | Stationsplein 7b
    postcode | postalCode | 3732 AB | 3731 CD | 3721 EF
    woonplaats | city | De Bilt | De Bilt | Bilthoven
    mobielnummer | phone | 06-12345678 | 06-23456789 | 06-34567890
    telefoonnummer | - | 030-2201234 | 030-2205678 |
    begin_datum | - | 2023-09-02 | 2024-01-13 | 2016-05-21
    eind_datum | - | | | 2025-12-31
    hoe_gevonden | source | via school | Instagram | vrienden
    type | tags | lid | lid,strippenkaart | begeleider,bestuur
    # The script stores "telefoonnummer" as the parents' phone (telnr_ouders) and the mobile as the member's own: the
    # mobile is the Phone and the fixed line, a parent's, is not imported. "hoe_gevonden" (how did you find us) is
    # the Source; the member types are Tags.
  `),
  set({ id: 'nl-energiecontract-verificatie-sheet-noheader', kind: 'energieleverancier (telefonische verkoop), verificatielog in Google Sheets zonder kopregel (tijd, contract-id, naam, bedrijfsnaam, postcode, huisnummer, adres, telefoon, e-mail, pakket, opname-URL, status)', lang: 'nl', defaultCountry: 'NL', noHeader: true, source: 'index:35497798796 (a voice verification service appending rows to a sheet; the columns as the row is built)' }, `
    "" | - | 2026-02-03 10:14:22 | 2026-02-03 11:02:09 | 2026-02-04 09:40:51
    "" | externalId | CT-2026-00418 | CT-2026-00421 | CT-2026-00433
    "" | name | Willem Hoekstra | Sevda Arslan | Bart van Rijn
    "" | companyName | | Arslan Kapsalon | Van Rijn Installatietechniek BV
    "" | postalCode | 8911 KL | 3512 AB | 5611 XY
    "" | - | 23 | 7A | 140
    "" | address1 | Nieuwestad 23 | Oudegracht 7A | Kruisstraat 140
    "" | phone | 06 12345678 | 030 2345678 | 040-2123456
    "" | email | w.hoekstra@example.nl | info@arslan-kapsalon.example.nl | bart@vanrijn-installatie.example.nl
    "" | - | Groen Vast 3 jaar | Zakelijk Flex | Zakelijk Vast 1 jaar
    "" | - | https://api.example.com/rec/RE5a1f0c | https://api.example.com/rec/RE5a1f1d | https://api.example.com/rec/RE5a1f9e
    "" | - | verified | verified | failed
    # No header row: the service appends bare rows. The contract id is the seller's id of this customer's contract,
    # the only id: chosen as the External ID. The address cell holds street and number (the number is repeated in
    # its own column, not imported).
  `),
  set({ id: 'nl-be-massapost-kolomkoppeling-voorbeeld', kind: 'massapost-dienst (België), voorbeeldverzoek voor kolomkoppeling (voornaam, familienaam, straat, huisnummer, postcode, gemeente)', lang: 'nl', defaultCountry: 'BE', source: 'index:71073121196 (a mass mailing API\'s documentation, its mapping example)' }, `
    Voornaam | firstName | Els | Koen | Nathalie
    Familienaam | lastName | Vermeulen | De Smet | Goossens
    Straat | address1 | Grote Markt | Kouter | Meir
    Huisnummer | - | 5 | 18 | 77
    Postcode | postalCode | 8500 | 9000 | 2000
    Gemeente | city | Kortrijk | Gent | Antwerpen
  `),
  set({ id: 'nl-vakantiepark-boeking-klantgegevens', kind: 'vakantiepark, boekingsformulier schrijft klantgegevens weg (voornaam, achternaam, e-mail, telefoon, adres, postcode, plaats, land, bankrekeningnummer, contant)', lang: 'nl', defaultCountry: 'NL', source: 'index:24684954114 (a holiday park booking page, its customer insert columns, the misspellings as written)' }, `
    voornaam | firstName | Ruben | Ilse | Gert-Jan
    achternaam | lastName | Koster | van Dam | Brouwer
    email | email | ruben.koster@example.nl | ilse.vandam@example.nl | gj.brouwer@example.com
    telefoonnumer | phone | 06-12345678 | 0512-345678 | +31 6 87654321
    adres | address1 | Kerkweg 12 | Noorderbuurt 3 | Hoofdstraat 140a
    poscode | postalCode | 9351 AB | 8401 CD | 7811 EF
    plaats | city | Leek | Drachten | Emmen
    land | country | Nederland | Nederland | Nederland
    bankrekeningnummer | - | NL91 ABNA 0417 1643 00 | NL20 INGB 0001 2345 67 |
    contant | - | 0 | 0 | 1
  `),
  set({ id: 'nl-autoverhuur-klanten-registratie-db', kind: 'autoverhuur, klantregistratie in de database (voornaam, achternaam, stad, adres, telefoonnummer, e-mail, wachtwoord)', lang: 'nl', defaultCountry: 'NL', source: 'index:17020415424 (a car rental site\'s registration script, its clients_information insert)' }, `
    voornaam | firstName | Youssef | Marieke | Stijn
    achternaam | lastName | Amrani | Bos | Kuipers
    stad | city | Rotterdam | Utrecht | Zwolle
    adres | address1 | Coolsingel 42 | Biltstraat 118 | Assendorperstraat 9
    telefoonnummer | phone | 06 11223344 | 030 2712345 | 06 99887766
    email | email | y.amrani@example.nl | marieke.bos@example.nl | stijn.k@example.com
    wachtwoord | - | $2y$10$Hq1x8s2Yv0aZ3Lk9pQ7rRe | $2y$10$Wm4n6b8V0c2X4z6A8s0dFu | $2y$10$Tg5h7j9K1l3Z5x7C9v1bNe
  `),
  set({ id: 'nl-vereniging-leden-stored-procedure', kind: 'vereniging, ledenoverzicht uit een stored procedure (naam, voornaam, postcode, huisnummer, adres en woonplaats uit de postcodetabel, e-mail)', lang: 'nl', defaultCountry: 'NL', source: 'index:3980367569 (a members database\'s SelectLeden procedure, its result columns)' }, `
    naam | lastName | Visser | Meijer | Bakker
    voornaam | firstName | Anouk | Thijs | Roos
    postcode | postalCode | 6811 AB | 6822 CD | 6833 EF
    huisnummer | - | 14 | 3 | 120
    adres | address1 | Velperplein | Sonsbeeksingel | Amsterdamseweg
    woonplaats | city | Arnhem | Arnhem | Arnhem
    Email | email | anouk.visser@example.nl | thijs.meijer@example.nl |
    # "naam" beside "voornaam" is the family name: the Last name. The street comes from the postcode table, the
    # number is kept apart (not imported, as a house number on its own is).
  `),
  // ----------------------------------------------------------------------------------------------------- Mixed
  set({ id: 'mixed-freifunk-mitgliedsantrag-de-en', kind: 'Funknetz-Verein, zweisprachiger Online-Mitgliedsantrag (deutsch / englisch) als Antragsliste (Mitglied als, Organisation, Anschrift, Mitgliedschaft, Investzuschuss, Zahlungsweise, Beitrag, Bankverbindung, Opennet ID)', lang: 'mixed', defaultCountry: 'DE', source: 'index:26278634159 (a community network association\'s membership application handler; its bilingual field labels, the trailing colons left off and the HTML entity of "Straße" decoded)' }, `
    Mitglied als / Member as | - | Einzelperson | Organisation | Einzelperson
    Organisation / Organization | companyName | | Kulturverein Kröpeliner Tor e.V. |
    Vorname / First Name | firstName | Lena | Jörn | Matteo
    Nachname / Last Name | lastName | Brandt | Wiechmann | Rossi
    Straße / Street | address1 | Doberaner Straße | Kröpeliner Straße | Am Vögenteich
    Hausnr. / House Num. | - | 21 | 4 | 16a
    PLZ / ZIP | postalCode | 18057 | 18055 | 18055
    Ort / Place | city | Rostock | Rostock | Rostock
    E-Mail | email | lena.brandt@example.de | vorstand@kroepeliner-tor.example.de | matteo.rossi@example.it
    Art der Mitgliedschaft / Type of membership | tags | Fördermitglied | Ordentliches Mitglied | Ordentliches Mitglied
    Investzuschuss / Invest grant | - | 50 | 200 | 0
    Zahlungsweise / Form of payment | - | Lastschrift | Überweisung | Lastschrift
    Beitrag pro Jahr / Fee per year | - | 24 | 120 | 48
    Kontoinhaber / Account holder | - | Lena Brandt | | Matteo Rossi
    IBAN | - | DE44 1305 0000 0201 0845 67 | | DE71 1309 0000 0001 2233 44
    Bank | - | OstseeSparkasse Rostock | | Rostocker Volksbank
    Opennet ID | - | 2.41 | 3.17 |
    Mailconfirm | - | 1 | | 1
    # The type of membership names the member group: Tags. The Opennet ID is the node number of the member's radio,
    # not an id of the person: not imported.
  `),
  set({ id: 'mixed-profiel-bewerken-nl-en', kind: 'klantportaal, profielgegevens met tweetalige labels (Nederlands / Engels): naam, geslacht, e-mail, telefoon, adres met huisnummer en toevoeging, stad, postcode, land', lang: 'mixed', defaultCountry: 'NL', source: 'index:44725318888 (a customer portal\'s profile edit modal, its bilingual field labels)' }, `
    Voornaam / First Name | firstName | Esther | Kwame | Lisa
    Achternaam / Last Name | lastName | Postma | Mensah | de Jong
    Geslacht / Gender | - | Vrouw | Man | Vrouw
    E-mail / Email | email | esther.postma@example.nl | kwame.mensah@example.com | lisa.dejong@example.nl
    Telefoon / Phone | phone | 06 41234567 | +31 6 12345678 | 020 6234567
    Adres / Address | address1 | Zeestraat | Laan van Meerdervoort | Prinsengracht
    Huisnummer / Number | - | 42 | 118 | 263
    Toevoeging / Addition | - | | B | 2
    Stad / City | city | Den Haag | Den Haag | Amsterdam
    Postcode / Zip | postalCode | 2518 AB | 2517 AS | 1016 GV
    Land / Country | country | Nederland | Nederland | Nederland
  `),
  set({ id: 'mixed-ch-anmeldung-einer-person-de-en', kind: 'Gemeinde (Schweiz), Anmeldeformular einer Person mit deutsch-englischen Feldern (Staatsangehörigkeit, Anschrift in der Schweiz, Kanton, Ankunft, Aufenthaltsbewilligung, Arbeitgeber, Kinder)', lang: 'mixed', defaultCountry: 'CH', source: 'index:35068502464 (a relocation assistant\'s form OCR route, its sample of the registration form fields)' }, `
    Familienname / Surname | lastName | Novak | Fernandes | O'Brien
    Vorname / First Name | firstName | Tomas | Ana Luísa | Siobhan
    Geburtsdatum / Date of Birth | dateOfBirth | 14.02.1988 | 30.09.1992 | 07.07.1979
    Staatsangehörigkeit / Nationality | - | Tschechien | Portugal | Irland
    Geschlecht / Gender | - | Männlich | Weiblich | Weiblich
    Strasse / Street | address1 | Badenerstrasse 120 | Rue de Lausanne 45 | Spalenring 9
    PLZ / Postal Code | postalCode | 8004 | 1201 | 4055
    Ort / City | city | Zürich | Genève | Basel
    Kanton / Canton | state | ZH | GE | BS
    Ankunftsdatum / Arrival Date | - | 01.03.2026 | 15.02.2026 | 20.01.2026
    Aufenthaltsbewilligung / Residence Permit | - | B | L | B
    Arbeitgeber / Employer | companyName | Google Switzerland GmbH | HUG | Novartis AG
    Arbeitsplatz / Workplace | - | Zürich | Genève | Basel
    Kinder / Children | - | Nein | Nein | Ja
    Anzahl Kinder / Number of Children | - | 0 | 0 | 2
    Unterschrift / Signature | - | | |
    Datum / Date | - | 02.03.2026 | 16.02.2026 | 21.01.2026
    # The nationality is not the country of the address: not imported. The canton is the State. The employer is the
    # company the person works for: the Company.
  `),
  set({ id: 'mixed-partnerregistratie-nl-en', kind: 'stichting, tweetalig partnerregistratieformulier (Nederlands / Engels) als inzendingenlijst (bedrijf, functie, website, type samenwerking, opmerkingen)', lang: 'mixed', defaultCountry: 'NL', source: 'index:55807162750 (a foundation site\'s partner registration form, its bilingual labels with the required-field stars left off)' }, `
    Voornaam / First name | firstName | Joost | Amara | Frank
    Achternaam / Last name | lastName | Verbeek | Osei | Hendriks
    Bedrijfsnaam / Company | companyName | Verbeek Bouw BV | Osei Consulting | Hendriks & Zn.
    Functietitel / Job Title | - | Directeur | Eigenaar | Inkoper
    E-mailadres / Email | email | joost@verbeekbouw.example.nl | amara@oseiconsulting.example.com | f.hendriks@example.nl
    Telefoonnummer / Phone | phone | 0318 512345 | +31 6 23456789 |
    Website | website | https://verbeekbouw.example.nl | oseiconsulting.example.com |
    Type samenwerking / Partnership Type | tags | partner | donateur | beide
    Opmerkingen / Notes | - | Interesse in bouwproject | | Via collega gehoord
  `),
  set({ id: 'mixed-formular-kontakt-slots-de-en', kind: 'Formular-Baukasten, Kontaktfelder einer Anfrageliste mit deutsch-englischen Slot-Namen (Firma, Vorname, Nachname, Telefon, E-Mail, Notizen)', lang: 'mixed', defaultCountry: 'DE', source: 'index:45923166268 (a form builder\'s design notes, its contact slots in fixed order)' }, `
    Firma / Company | companyName | Malerbetrieb Kunz | | Hotel Seeblick GmbH
    Vorname / First Name | firstName | Andreas | Claudia | Marco
    Nachname / Last Name | lastName | Kunz | Reimann | Vitale
    Telefon / Phone | phone | 07531 283940 | 0172 5566778 | +49 8821 7300
    E-Mail | email | info@maler-kunz.example.de | claudia.reimann@example.de | m.vitale@seeblick.example.de
    Notizen / Comments | - | Angebot Fassade | Rückruf nachmittags | 40 Zimmer
  `),
];
