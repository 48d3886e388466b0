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
];
