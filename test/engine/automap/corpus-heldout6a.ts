// The sixth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German, Dutch and
// mixed-language files; the other half holds the other languages): 52 header sets (646 columns, 327 of them expected
// to map; 22 English, 18 German, 9 Dutch, 3 mixed; 3 files without a header row, 1 with comment lines above it) from
// sources none of the other parts use, found in the public code index (CSV files and templates, importer tests and
// fixtures, export writers and their documentation) and written down, with the mapping a careful person would choose
// by the field definitions and the rules, BEFORE the mapper was run on them and without reading the lexicon or
// the mapper. "index:N" names the index file the header text was read from (the index does not name its repository),
// "github:owner/repo path" a repository's file; the kind says what the file is. Sample values are made up in the shape
// of each file's own (no personal data or example rows from the sources are copied).
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

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout6' }, table);

export const HELDOUT6A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-gworkspace-user-upload-wide', kind: 'directory user upload template (recovery, home and work emails, typed phones, manager email, org fields)', lang: 'en', source: 'index:2884484289 (a school IT script writing a workspace bulk-user upload file)' }, `
    First Name [Required] | firstName | Dana | Marco
    Last Name [Required] | lastName | Whitfield | Ruiz
    Email Address [Required] | email | dana.whitfield@school.example.org | marco.ruiz@school.example.org
    Password [Required] | - | Chang3Me!2026 | Chang3Me!2026
    Password Hash Function [UPLOAD ONLY] | - | | SHA-1
    Org Unit Path [Required] | - | /Staff | /Students/2027
    New Primary Email [UPLOAD ONLY] | - | |
    Recovery Email | additionalEmails | dana.w@gmail.example.com |
    Home Secondary Email | additionalEmails | | marco.r@home.example.net
    Work Secondary Email | additionalEmails | d.whitfield@district.example.org |
    Recovery Phone [MUST BE IN THE E.164 FORMAT] | additionalPhones | +14155550142 | +14155550199
    Work Phone | additionalPhones | (415) 555-0100 x214 |
    Home Phone | additionalPhones | | (415) 555-0177
    Mobile Phone | phone | (415) 555-0142 | (415) 555-0199
    Work Address | address1 | 400 Grove St, San Francisco, CA 94102 |
    Home Address | - | | 18 Linden Ave, Daly City, CA 94014
    Employee ID | externalId | T-00412 | S-27811
    Employee Type | - | Teacher | Student
    Employee Title | - | Science Lead |
    Manager Email | - | principal@school.example.org |
    Department | - | Science | Grade 11
    Cost Center | - | CC-204 |
    Building ID | - | MAIN | MAIN
    Floor Name | - | 2 |
    Floor Section | - | East |
    Change Password at Next Sign-In | - | FALSE | TRUE
    New Status [UPLOAD ONLY] | - | Active | Active
  `),
  set({ id: 'en-youth-basketball-players-template', kind: 'youth sports club player import template (parent email and phone, emergency contact)', lang: 'en', source: 'index:56677164428 (a basketball club app\'s CSV import templates)' }, `
    Player Name | name | Ethan Brooks | Mia Castillo
    Date of Birth | dateOfBirth | 2014-03-09 | 2013-11-21
    Team | - | U12 Boys | U12 Girls
    Player Number | - | 23 | 7
    Parent Email | - | kbrooks@example.com | castillo.fam@example.net
    Parent Phone | - | 0412 555 018 | 0433 555 920
    Medical Notes | - | Asthma - inhaler in bag |
    Emergency Contact Name | - | Grace Brooks | Luis Castillo
    Emergency Contact Phone | - | 0400 555 301 | 0422 555 644
  `),
  set({ id: 'en-ticket-orders-csv-source', kind: 'event ticketing export read by a check-in tool (order reference, ticket type)', lang: 'en', source: 'index:66555592130 (a ticket sync test\'s CSV ticket source)' }, `
    Order # | - | ORD-5521 | ORD-5521
    Ticket Type | - | Member | Guest
    First Name | firstName | Priya | Owen
    Last Name | lastName | Natarajan | Fitch
    Email | email | priya.n@example.com | owen.fitch@example.org
    Status | - | Complete | Complete
  `),
  set({ id: 'en-blood-bank-donors-generated', kind: 'blood bank donor list written by a data generator (age, blood type, allergens; spaces after the commas)', lang: 'en', source: 'index:15266137221 (a blood bank project\'s donor CSV generator)' }, `
    Donor ID | externalId | 1004 | 1005
    First Name | firstName | Henry | Alice
    Last Name | lastName | Okafor | Lindqvist
     Age | - | 34 | 52
     Blood Type | - | O+ | AB-
     Email Address | email | HenryOkafor@gmail.com | AliceLindqvist@gmail.com
     Allergens | - | Latex | None
  `),
  set({ id: 'en-school-students-guardian-export', kind: 'school student export (roll number, class, guardian name, phone and email)', lang: 'en', defaultCountry: 'IN', source: 'index:59731270413 (a school management dashboard\'s student CSV export)' }, `
    Full Name | name | Aarav Mehta | Diya Kapoor
    Roll No | - | 14 | 27
    Gender | - | MALE | FEMALE
    Class | - | Class 8 A | Class 8 B
    Guardian Name | - | Rakesh Mehta | Sunita Kapoor
    Guardian Phone | - | 9876501234 | 9812304567
    Guardian Email | - | rakesh.mehta@example.in | sunita.k@example.in
  `),
  set({ id: 'en-school-admissions-export-rust', kind: 'school information system student export (admission number, boarding, fee status, guardian)', lang: 'en', defaultCountry: 'KE', source: 'index:55599894216 (a school system\'s student export test)' }, `
    Admission No | externalId | ADM-2031 | ADM-2032
    First Name | firstName | Wanjiru | Otieno
    Last Name | lastName | Kamau | Ochieng
    Middle Name | - | Njeri |
    Grade | - | Grade 7 | Grade 8
    Section | - | East | West
    Gender | - | Female | Male
    DOB | dateOfBirth | 2013-04-18 | 2012-09-02
    Status | - | active | active
    Boarding | - | Day | Boarder
    Fee Status | - | Cleared | Balance
    Guardian Name | - | Peter Kamau | Rose Ochieng
    Guardian Phone | - | 0722 555 410 | 0733 555 872
    Guardian Email | - | p.kamau@example.co.ke |
  `),
  set({ id: 'en-school-student-template-comments-above', kind: 'student import template with comment lines above the headers (guardian CNIC, class and section)', lang: 'en', defaultCountry: 'PK', source: 'index:57152375988 (a school app\'s student import template route)', above: [['# Student Import Template'], ['# Required: First Name', ' Last Name', ' Gender (Male/Female)', ' Class Name', ' Section', ' Guardian Name', ' Guardian Phone'], ['# Optional: Guardian CNIC', ' Date of Birth (YYYY-MM-DD)', ' Address', ' Admission Date (YYYY-MM-DD)', ' Status (Active/Left/Graduated)'], ['# Class Name and Section must match an existing class in the active academic year']] }, `
    First Name | firstName | Bilal | Ayesha
    Last Name | lastName | Qureshi | Siddiqui
    Gender | - | Male | Female
    Class Name | - | Grade 3 | Grade 4
    Section | - | B | A
    Guardian Name | - | Tariq Qureshi | Imran Siddiqui
    Guardian Phone | - | 0301-5550123 | 0345-5557788
    Guardian CNIC | - | 35202-5550123-9 |
    Date of Birth | dateOfBirth | 2017-01-30 | 2016-05-12
    Address | address1 | House 45 Street 12 | Flat 3 Block C
    Admission Date | - | 2025-04-01 | 2025-04-01
    Status | - | Active | Active
  `),
  set({ id: 'en-school-learners-import-lin', kind: 'school learner import (national learner number, registration number, guardian relationship)', lang: 'en', defaultCountry: 'UG', source: 'index:4928743025 (a school system\'s student import controller)' }, `
    LIN | - | U030045771 | U030045772
    Registration No | externalId | STD/2026/118 | STD/2026/119
    First Name | firstName | Brian | Esther
    Middle Name | - | | Nakato
    Last Name | lastName | Mugisha | Namubiru
    Class | - | P.6 | P.5
    Stream | - | Blue | Red
    Gender | - | Male | Female
    Birthday | dateOfBirth | 2015-07-14 | 2016-02-03
    Admission Date | - | 2026-02-02 | 2026-02-02
    Address | address1 | Plot 12 Kira Road | Ntinda
    Picture | - | |
    Guardian Name | - | Joseph Mugisha | Grace Namubiru
    Guardian Phone | - | 0772 555 134 | 0701 555 896
    Guardian Email | - | jmugisha@example.com |
    Guardian Relationship | - | Father | Mother
    Active | - | 1 | 1
  `),
  set({ id: 'en-admissions-applicants-template', kind: 'school admissions applicant template (guardian contact, entrance score, fee amount)', lang: 'en', defaultCountry: 'IN', source: 'index:71087640606 (a school ERP\'s admission import template)' }, `
    Applicant Name | name | Kabir Rao | Ishita Das
    Date of Birth | dateOfBirth | 2016-02-11 | 2015-10-30
    Gender | - | male | female
    Grade Applying | - | Grade 5 | Grade 6
    Guardian Name | - | Vikram Rao | Moumita Das
    Guardian Phone | - | 9845012345 | 9830198765
    Guardian Email | - | vikram.rao@example.com | moumita.das@example.com
    Entrance Score | - | 81 | 94
    Fee Amount | - | 4500 | 5200
    Fee Status | - | paid | unpaid
    Notes | - | Sibling in Grade 8 |
  `),
  set({ id: 'en-school-registry-mother-region', kind: 'school registry export (mother\'s name, student phone, orphan status, region, district, village)', lang: 'en', defaultCountry: 'SO', source: 'index:24142490942 (a school registry app\'s full student export)' }, `
    Reg No | externalId | REG-0192 | REG-0193
    Name | name | Abdirahman Yusuf Ali | Hodan Ahmed Farah
    Class | - | Form 2 | Form 3
    Mother Name | - | Fadumo Hassan | Sahra Mohamed
    Gender | - | Male | Female
    DOB | dateOfBirth | 2010-05-01 | 2009-08-17
    Birth Place | - | Baidoa | Kismayo
    Student Phone | phone | 0615 555 201 |
    Disability | - | No | No
    Orphan Status | - | None | Single
    Guardian Name | - | Yusuf Ali | Ahmed Farah
    Guardian Phone | - | 0617 555 330 | 0612 555 418
    Nationality | - | Somali | Somali
    Region | state | Bay | Lower Juba
    District | - | Baidoa | Kismayo
    Village | city | Bardaale | Gobweyn
    Reg Date | - | 2025-09-01 | 2025-09-01
    Status | - | Active | Active
  `),
  set({ id: 'en-data-platform-users-hash-header', kind: 'data platform user list written by an admin script (header starts with "#", typed phones, auth type)', lang: 'en', source: 'index:36684184443 (an admin toolkit\'s user export test)' }, `
    #Username | - | jmorales | akhan
    First Name | firstName | Julia | Adil
    Last Name | lastName | Morales | Khan
    Email | email | jmorales@corp.example.com | adil.khan@corp.example.com
    work phone | additionalPhones | 650-555-0110 |
    home phone | additionalPhones | | 650-555-0183
    mobile phone | phone | 650-555-0145 | 650-555-0122
    Authtype | - | NATIVE | LDAP
    principal | - | | uid=akhan,ou=People,DC=corp
    password | - | | 
    admin_priv | - | N | Y
    js_user | - | N | N
  `),
  set({ id: 'en-school-students-fuzzy-headers', kind: 'school student CSV with human-readable headers (admission number, stream, guardian)', lang: 'en', defaultCountry: 'UG', source: 'index:54516214429 (a school app\'s fuzzy header parsing test)' }, `
    Admission Number | externalId | ADM-114 | ADM-115
    Full Name | name | Ruth Akello | Daniel Okello
    Gender | - | Female | Male
    Class | - | Senior 2 B | Senior 1 A
    Stream | - | B | A
    Guardian Name | - | Sarah Akello | James Okello
    Guardian Phone | - | 0701555210 | 0772555987
    Guardian Email | - | s.akello@example.com |
    Status | - | ACTIVE | ACTIVE
  `),
  set({ id: 'en-gym-members-import-template', kind: 'gym software member import template (plan, start date, door PIN, tags)', lang: 'en', source: 'index:55421488711 (a gym management app\'s import template download)' }, `
    First Name | firstName | Tasha | Rob
    Last Name | lastName | Greenway | Albright
    Email | email | tasha.g@example.com | rob.albright@example.net
    Phone | phone | (512) 555-0147 | 512-555-0188
    Street | address1 | 2210 Barton Springs Rd | 88 Rainey St Apt 12
    City | city | Austin | Austin
    State | state | TX | TX
    Zip | postalCode | 78704 | 78701
    Plan | - | Unlimited Monthly | 10-Class Pack
    Start Date | - | 2026-01-05 | 2026-02-14
    PIN | - | 4821 | 0937
    Notes | - | Knee injury - no jumping |
    Tags | tags | morning, crossfit | yoga
  `),
  set({ id: 'en-home-services-customer-segments', kind: 'home services CRM customer export (source, segments, priority, last service category)', lang: 'en', source: 'index:53000135843 (a home services marketing tool\'s customer CSV export)' }, `
    First Name | firstName | Gloria | Martin
    Last Name | lastName | Estrada | Pruitt
    Email | email | gestrada@example.com |
    Phone | phone | 480-555-0132 | 602-555-0179
    Street | address1 | 1450 W Elm Ln | 77 N 3rd Ave
    City | city | Mesa | Phoenix
    State | state | AZ | AZ
    Zip | postalCode | 85201 | 85003
    Source | source | google_ads | referral
    Segments | tags | hvac_maintenance, high_value | plumbing
    Priority | - | 82 | 40
    Last Service | - | AC Tune-Up | Water Heater
  `),
  set({ id: 'en-fraternal-council-roster-sync', kind: 'fraternal order council roster from the national office (member number, birth date, date joined, charter member)', lang: 'en', source: 'index:71360246534 (a council app\'s national roster sync test)' }, `
    Member Number | externalId | 4418207 | 5520913
    First Name | firstName | Dennis | Paul
    Last Name | lastName | Kowalczyk | Navarro
    Email | email | dkowalczyk@example.org | pnavarro@example.net
    Phone | phone | 503-555-0161 | 971-555-0104
    Street | address1 | 918 Cherry Ave NE | 43 Kingwood Dr NW
    City | city | Salem | Salem
    State | state | OR | OR
    Zip | postalCode | 97301 | 97304
    Birth Date | dateOfBirth | 1962-08-19 | 1988-03-02
    Date Joined | - | 1994-05-01 | 2019-11-10
    Charter Member | - | Yes | No
  `),
  set({ id: 'en-donor-crm-constituents-api-dump', kind: 'nonprofit donor CRM constituent dump (record id, type, full and split name, employer, groups, engagement score)', lang: 'en', source: 'index:55851301110 (a nonprofit\'s constituent export script)' }, `
    ID | externalId | 31457280 | 31457281
    Type | - | Individual | Individual
    Status | - | Active | Inactive
    Full Name | name | Hannah R. Cole | Victor Osei
    First Name | firstName | Hannah | Victor
    Last Name | lastName | Cole | Osei
    Email | email | hannah.cole@example.org | vosei@example.com
    Phone | phone | (614) 555-0126 |
    Street | address1 | 245 E Broad St | 1190 Oak Park Dr
    City | city | Columbus | Westerville
    State | state | OH | OH
    Zip | postalCode | 43215 | 43081
    Website | website | | https://victorosei.example.com
    Employer | companyName | Franklin County Library | Osei Design LLC
    Job Title | - | Branch Manager | Owner
    Groups | tags | Board; Gala 2025 | Monthly Donors
    Engagement Score | - | High | Medium
    Created Date | - | 2021-04-12T14:03:11Z | 2023-09-30T08:45:00Z
    Last Modified | - | 2026-01-18T10:22:47Z | 2025-12-02T19:10:05Z
  `),
  set({ id: 'en-grassroots-donors-demographics', kind: 'grassroots fund donor export (ask, pledge and received amounts, demographics, volunteering interest)', lang: 'en', source: 'index:30235580414 (a community fund app\'s donor CSV download)' }, `
    First Name | firstName | Rosa | Kevin
    Last Name | lastName | Delgado | Nguyen
    Email | email | rosa.delgado@example.org | knguyen@example.com
    Phone | phone | 215-555-0193 | NOT SPECIFIED
    Street | address1 | 4312 Baltimore Ave | NOT SPECIFIED
    City | city | Philadelphia | Philadelphia
    State | state | PA | PA
    Zip | postalCode | 19104 | NOT SPECIFIED
    Status | - | Pledged | Asked
    Contact Data | - | 2026-02-10 | 2026-02-21
    Amount Asking | - | 500 | 250
    Amount Pledged | - | 400 | 0
    Amount Received | - | 200 | 0
    Data Received | - | 2026-03-01 | NOT SPECIFIED
    Race | - | Latinx | Asian
    Class | - | Working class | Middle class
    Gender | - | Woman | Man
    Sexual Orientation | - | Queer | NOT SPECIFIED
    Age | - | 34 | 41
    Interested in Future GP | - | Yes | No
    Want to learn | - | Grantmaking | NOT SPECIFIED
    Interested in Volunteering | - | Yes | No
    Notes | - | Met at block party | 
  `),
  set({ id: 'en-civic-org-constituents-template', kind: 'civic organisation constituent import template (employer, job title, contact types, notes)', lang: 'en', source: 'index:66653449690 (an advocacy CRM\'s constituent import template)' }, `
    First Name | firstName | Marcus | Elena
    Last Name | lastName | Whitley | Park
    Email | email | mwhitley@example.com | elena.park@example.org
    Phone | phone | 217-555-0114 | 217-555-0152
    Street | address1 | 1201 S 5th St | 38 Lincoln Ave
    City | city | Springfield | Springfield
    State | state | IL | IL
    ZIP | postalCode | 62703 | 62704
    Employer | companyName | Capitol Printing | Sangamon Health
    Job Title | - | Shop Steward | Nurse
    Contact Types | tags | Volunteer | Donor, Board
    Notes | - | Phone bank lead |
  `),
  set({ id: 'en-union-supporters-template', kind: 'labour union supporter import template (employer, years with organization, engagement category)', lang: 'en', source: 'index:15108088088 (a union organising app\'s supporter import template)' }, `
    First Name | firstName | Darnell | Joanne
    Last Name | lastName | Price | Kasprzak
    Email | email | dprice@example.com | jkasprzak@example.net
    Phone | phone | (313) 555-0172 | (248) 555-0139
    Street | address1 | 5520 Michigan Ave | 17 Maple Rd
    City | city | Detroit | Troy
    State | state | MI | MI
    Zip | postalCode | 48210 | 48083
    Employer | companyName | Great Lakes Stamping | Oakland Transit
    Years With Organization | - | 12 | 3
    Category of Engagement | tags | Committee Member | Supporter
  `),
  set({ id: 'en-trade-fair-leads-export-wide', kind: 'trade fair lead capture export (event and form ids, contact block with mobile, website and LinkedIn, OCR status, business card attachment, form answers)', lang: 'en', defaultCountry: 'CH', source: 'index:22589857949 (a lead capture app\'s CSV export contract)' }, `
    tenant_slug | - | atlex-ag | atlex-ag
    event_id | - | evt_swissbau26 | evt_swissbau26
    event_name | - | Swissbau 2026 | Swissbau 2026
    form_id | - | frm_standard | frm_standard
    form_name | - | Standard Lead | Standard Lead
    lead_id | externalId | ld_8f2k1q | ld_8f2k7x
    lead_created_at | - | 2026-01-20T09:14:02.118Z | 2026-01-20T11:40:55.903Z
    lead_updated_at | - | 2026-01-20T09:20:41.006Z |
    contact_source | source | BUSINESS_CARD | MANUAL
    contact_first_name | firstName | Reto | Sandra
    contact_last_name | lastName | Brunner | Keller
    contact_full_name | name | Reto Brunner | Sandra Keller
    contact_company | companyName | Brunner Haustechnik GmbH | Keller Architektur AG
    contact_title | - | Geschäftsführer | Projektleiterin
    contact_email | email | r.brunner@example.ch | sandra.keller@example.ch
    contact_phone | phone | +41 44 555 12 30 | 031 555 48 90
    contact_mobile | additionalPhones | +41 79 555 43 21 |
    contact_website | website | https://brunner-haustechnik.example.ch | www.keller-architektur.example.ch
    contact_linkedin_url | - | | https://www.linkedin.com/in/sandra-keller-example
    contact_street | address1 | Industriestrasse 14 | Bahnhofplatz 2
    contact_zip | postalCode | 8304 | 3011
    contact_city | city | Wallisellen | Bern
    contact_country | country | CH | Schweiz
    ocr_status | - | DONE | NONE
    ocr_confidence | - | 0.91 |
    ocr_warnings | - | corrected |
    business_card_attachment_id | - | att_55c0d1 |
    business_card_image_url | - | https://app.example.ch/admin/attachments/att_55c0d1 |
    business_card_image_sha256 | - | 9f1c2e7a44b0d3e8a1f6c5b2d9e0a7c3b4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9 |
    f_interest_product | - | Wärmepumpe;Solar | Lüftung
    f_notes | - | Rückruf nach der Messe | 
  `),
  set({ id: 'en-mailchimp-meal-kit-audience-export', kind: 'e-mail tool audience export for a food delivery (zip, country, full address, custom pick-up questions, geo and opt-in columns)', lang: 'en', source: 'index:19198941248 (a food delivery app\'s audience import task)' }, `
    Email Address | email | chef.amy@example.com | dpatel@example.net
    First Name | firstName | Amy | Dev
    Last Name | lastName | Lindgren | Patel
    Zip Code | postalCode | 98109 | 97205
    Country | country | United States | United States
    Full Address | address1 | 501 Roy St, Seattle, WA 98109 | 1120 SW 10th Ave, Portland, OR 97205
    Number of Joule Cooks | - | 3-5 | 1-2
    Meat Referral Discount | - | Yes |
    Pick-up Areas | - | Capitol Hill, Fremont | Pearl District
    MEMBER_RATING | - | 4 | 2
    OPTIN_TIME | - | 2017-04-02 18:11:09 |
    OPTIN_IP | - | 203.0.113.44 |
    CONFIRM_TIME | - | 2017-04-02 18:12:40 | 2017-05-19 07:03:22
    CONFIRM_IP | - | 203.0.113.44 | 198.51.100.23
    LATITUDE | - | 47.6253000 | 45.5175000
    LONGITUDE | - | -122.3467000 | -122.6841000
    GMTOFF | - | -8 | -8
    DSTOFF | - | -7 | -7
    TIMEZONE | - | America/Los_Angeles | America/Los_Angeles
    CC | - | US | US
    REGION | state | WA | OR
    LAST_CHANGED | - | 2017-06-01 10:44:02 | 2017-05-19 07:03:22
    LEID | - | 90211734 | 90211801
    EUID | - | 4f8a2c91d0 | b71e09c3aa
    NOTES | - | |
  `),
  set({ id: 'en-mailchimp-volunteers-unsubscribed', kind: 'e-mail tool unsubscribed-members export of a volunteer list (single name, zip, volunteer questions, repeated unsubscribe columns, geo columns)', lang: 'en', source: 'index:633054504 (a coding nonprofit\'s volunteer merge script)' }, `
    Email Address | email | luis.romero@example.com | jen.okafor@example.org
    Name | name | Luis Romero | Jen Okafor
    ZIP code | postalCode | 98122 | 10027
    Help time | - | Once a month | A few times a year
    Country | country | United States | United States
    UNSUB_CAMPAIGN_ID | - | 7c1e2d9a03 |
    UNSUB_REASON | - | NORMAL | 
    UNSUB_TIME | - | 2014-02-11 16:20:05 | 2014-03-02 09:41:12
    UNSUB_CAMPAIGN_TITLE | - | February volunteer update |
    UNSUB_CAMPAIGN_ID | - | 7c1e2d9a03 |
    UNSUB_REASON | - | | OTHER
    UNSUB_REASON_OTHER | - | | Moving abroad
    MailChimp Integration | - | |
    Languages | - | Python, Ruby | JavaScript
    Help Location | - | Remote | On-site at a school
    MEMBER_RATING | - | 2 | 3
    OPTIN_TIME | - | |
    OPTIN_IP | - | |
    CONFIRM_TIME | - | 2013-07-01 12:00:31 | 2013-09-14 20:15:47
    CONFIRM_IP | - | |
    LATITUDE | - | 47.6101000 | 40.8116000
    LONGITUDE | - | -122.3015000 | -73.9465000
    GMTOFF | - | -8 | -5
    DSTOFF | - | -7 | -4
    TIMEZONE | - | America/Los_Angeles | America/New_York
    CC | - | US | US
    REGION | state | WA | NY
    LAST_CHANGED | - | 2014-02-11 16:20:05 | 2014-03-02 09:41:12
    LEID | - | 51288730 | 51290114
    EUID | - | 0a9d3e6f21 | 5c7b8e4d10
    NOTES | - | |
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-veranstaltung-anmeldungen-export', kind: 'event registration export from a CMS extension (status, registration date)', lang: 'de', defaultCountry: 'DE', source: 'index:42171281546 (a CMS event extension\'s registration export)' }, `
    Vorname | firstName | Lukas | Hannah
    Nachname | lastName | Brandt | Vogel
    E-Mail | email | lukas.brandt@example.de | h.vogel@example.de
    Telefon | phone | 0171 5550123 | 089 5550147
    Status | - | bestätigt | Warteliste
    Angemeldet am | - | 03.02.2026 14:12 | 04.02.2026 09:40
  `),
  set({ id: 'de-spenden-export-spender', kind: 'donation export with the donor\'s details after the amounts (dedication, note, company, address)', lang: 'de', defaultCountry: 'AT', source: 'index:4597975751 (a donation manager\'s CSV export service)' }, `
    Betrag in € | - | 50,00 | 1.200,00
    Datum | - | 12.03.2026 | 20.03.2026
    Widmung | - | Projekt Schule | 
    Art | - | Überweisung | Bar
    Notiz | - | Dauerauftrag | 
    Vorname | firstName | Johanna | Stefan
    Nachname | lastName | Egger | Wimmer
    E-Mail | email | j.egger@example.at | 
    Unternehmen | companyName | | Wimmer Bau GmbH
    Land | country | Österreich | Österreich
    Stadt | city | Graz | Linz
    PLZ | postalCode | 8010 | 4020
    Strasse | address1 | Herrengasse 7 | Landstraße 44
  `),
  set({ id: 'de-personen-export-post-optin', kind: 'person export of a nonprofit\'s contact manager (gender, title, mail and post consent flags)', lang: 'de', defaultCountry: 'AT', source: 'index:4747512638 (a nonprofit contact manager\'s person CSV export)' }, `
    Vorname | firstName | Theresa | Georg
    Nachname | lastName | Pichler | Moser
    E-Mail | email | theresa.pichler@example.at | 
    Geschlecht | - | weiblich | männlich
    Titel | - | Mag. | Dr.
    Unternehmen | companyName | | Moser & Partner KG
    Telephon | phone | 0664 5550187 | 01 5550193
    Empfängt E-Mail | - | ja | nein
    Empfängt Post | - | nein | ja
    Notiz | - | Ehrenamtlich aktiv |
    Land | country | Österreich | Österreich
    Stadt | city | Salzburg | Wien
    PLZ | postalCode | 5020 | 1090
    Strasse | address1 | Linzer Gasse 12 | Porzellangasse 3
  `),
  set({ id: 'de-makler-interessenten-beispiel', kind: 'estate agent prospect import sample (Austrian phones, remark column)', lang: 'de', defaultCountry: 'AT', source: 'index:70898171798 (an estate agent tool\'s import example)' }, `
    Vorname | firstName | Katharina | Florian
    Nachname | lastName | Leitner | Auer
    E-Mail | email | k.leitner@beispiel.at | florian.auer@beispiel.at
    Telefon | phone | 0660 555 12 34 | +43 1 555 98 76
    Straße | address1 | Döblinger Hauptstraße 21 | 
    PLZ | postalCode | 1190 | 1180
    Ort | city | Wien | Wien
    Bemerkung | - | sucht 3 Zimmer | 
  `),
  set({ id: 'de-kontakte-csv-tags-geburtstag', kind: 'contacts app CSV import with BOM (company, birthday, tags, notes)', lang: 'de', defaultCountry: 'DE', source: 'index:58582166350 (a personal CRM\'s contact CSV parser test)' }, `
    Vorname | firstName | Jonas | Lea
    Nachname | lastName | Hartmann | Schubert
    E-Mail | email | jonas@example.org | lea.schubert@example.org
    Telefon | phone | +49 40 5550123 | 
    Firma | companyName | Hartmann Werkstatt | 
    Geburtstag | dateOfBirth | 04.06.1988 | 19.11.1992
    Tags | tags | Kunde, VIP | Familie
    Notizen | - | ruft lieber abends an | 
  `),
  set({ id: 'de-senioren-jubilare-import', kind: 'district office birthday-greetings import (salutation, house number, neighbourhood, birth date)', lang: 'de', defaultCountry: 'DE', source: 'index:55732660352 (a district anniversary letters tool\'s sample import)' }, `
    Anrede | - | Frau | Herr
    Vorname | firstName | Gerda | Wilhelm
    Nachname | lastName | Krüger | Baumann
    Straße | address1 | Zabel-Krüger-Damm | Hermsdorfer Damm
    Hausnummer | - | 17 | 203
    PLZ | postalCode | 13469 | 13467
    Ortsteil | - | Waidmannslust | Hermsdorf
    Geburtsdatum | dateOfBirth | 1936-04-12 | 1931-10-05
    Telefon | phone | 030 5550172 | 
    E-Mail | email | | w.baumann@example.de
  `),
  set({ id: 'de-makler-mandate-anfrage-wide', kind: 'insurance broker mandate transfer request (split phone area code and number, ten policy numbers with insurer codes)', lang: 'de', defaultCountry: 'DE', source: 'index:37315725128 (an insurance broker\'s inquiry CSV builder spec)' }, `
    Makler-FS | - | 42 | 42
    Anrede | - | Frau | Herr
    Vorname | firstName | Sabine | Dirk
    Nachname | lastName | Lorenz | Kaiser
    Straße | address1 | Am Markt 3 | 
    PLZ | postalCode | 50667 | 80331
    Ort | city | Köln | München
    Telefon Vorwahl | - | 0221 | 
    Telefon Nummer | phone | 5550164 | 
    Geburtsdatum | dateOfBirth | 12.05.1975 | 03.09.1969
    HauptZielOrgaNr | - | 6036007275 | 6036007275
    Dateiname Mandat | - | kunde-sabine-lorenz.pdf | kunde-dirk-kaiser.pdf
    Datum des Mandats | - | 14.01.2026 | 20.01.2026
    VSNR1 | - | KV-5550012 | LV-5550981
    OrgaNr1 | - | 5310 | 5472
    VSNR2 | - | | HR-5550012
    OrgaNr2 | - | | 5310
    VSNR3 | - | |
    OrgaNr3 | - | |
    VSNR4 | - | |
    OrgaNr4 | - | |
    VSNR5 | - | |
    OrgaNr5 | - | |
    VSNR6 | - | |
    OrgaNr6 | - | |
    VSNR7 | - | |
    OrgaNr7 | - | |
    VSNR8 | - | |
    OrgaNr8 | - | |
    VSNR9 | - | |
    OrgaNr9 | - | |
    VSNR10 | - | |
    OrgaNr10 | - | |
  `),
  set({ id: 'de-verein-mitglieder-iban-import', kind: 'club membership import (IBAN, joining date, fee category)', lang: 'de', defaultCountry: 'DE', source: 'index:70093184758 (a club management app\'s member CSV import check)' }, `
    Anrede | - | Frau | Herr
    Vorname | firstName | Miriam | Tobias
    Nachname | lastName | Fuchs | Keller
    Straße | address1 | Lindenweg 4 | Bahnhofstr. 19
    PLZ | postalCode | 72070 | 72072
    Ort | city | Tübingen | Tübingen
    IBAN | - | DE12 5001 0517 0648 4898 90 |
    Geburtsdatum | dateOfBirth | 14.09.1984 | 02.02.2009
    Eintritt | - | 01.04.2016 | 01.09.2025
    Beitragskategorie | - | Erwachsene | Jugend
  `),
  set({ id: 'de-adressbuch-generiert-ohne-kopf', kind: 'generated address book file without a header row (birth date, postcode, street, house number, phone and mobile; trailing separator)', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'github:IceT-Clan/abook adressbuch.csv (an address book client-server exercise\'s generated data)' }, `
    "" | firstName | Tobias | Melanie
    "" | lastName | Reinhardt | Göbel
    "" | dateOfBirth | 14.3.1977 | 2.11.1990
    "" | postalCode | 34117 | 48143
    "" | address1 | Wilhelmshöher Allee | Ludgeristraße
    "" | - | 12 | 7
    "" | phone | 0561555014 | 0251555093
    "" | additionalPhones | 01515550187 | 01705550129
    "" | - | |
  `),
  set({ id: 'de-adressbuch-uebung-drei-spalten', kind: 'hand-made address book without a header row (name, phone, email)', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'github:JostanJoestar/Python-Projects adressbuch.csv (a Python exercise\'s address book file)' }, `
    "" | name | Kerem | Svenja
    "" | phone | 01605550142 | 0176555019
    "" | email | kerem.y@gmail.example.com | svenja91@web.example.de
  `),
  set({ id: 'de-schulung-mitarbeiter-adressbuch', kind: 'training course staff list (personnel number, single address column, gender, salary)', lang: 'de', defaultCountry: 'AT', source: 'github:jfasch/2021-05-03 adressbuch.csv (a Python course\'s sample staff file)' }, `
    PersonalNr | externalId | 11 | 12
    Vorname | firstName | Verena | Dominik
    Nachname | lastName | Hofer | Steiner
    Email | email | verena@hofer.example.at | dominik@steiner.example.at
    Adresse | address1 | Mariahilfer Straße 40 | Annenstraße 5
    Geschlecht | - | f | m
    Gehalt | - | 4200 | 3800
  `),
  set({ id: 'de-energie-kunden-zaehler-import', kind: 'energy consultancy customer import sample (meter number, yearly consumption, address)', lang: 'de', defaultCountry: 'DE', source: 'index:69677642642 (an energy dashboard\'s CSV import sample)' }, `
    Vorname | firstName | Dr. Petra | Uwe
    Nachname | lastName | Lindner | Sommer
    Email | email | lindner@praxis-example.de | uwe.sommer@example.de
    Telefon | phone | +49 69 5550184 | +49 160 5550127
    Zaehlernummer | - | 1EMH0055501234 | 1EMH0055509876
    Jahresverbrauch_kWh | - | 38000 | 3900
    Strasse | address1 | Berger Straße 120 | Schillerstraße 3
    PLZ | postalCode | 60316 | 60313
    Ort | city | Frankfurt | Frankfurt
  `),
  set({ id: 'de-kampagne-leads-firma', kind: 'outbound campaign lead import (company, Austrian phones)', lang: 'de', defaultCountry: 'AT', source: 'index:22883330142 (a lead campaign service\'s import test)' }, `
    vorname | firstName | Bernhard | Lisa
    nachname | lastName | Huber | Wagner
    email | email | b.huber@example.at | lisa.wagner@example.at
    telefon | phone | +43 662 555014 | +43 664 5550193
    firma | companyName | Huber Tischlerei | 
  `),
  set({ id: 'de-chor-mitglieder-sepa', kind: 'choir society membership import (member type, sponsor tier, fee, IBAN, SEPA mandate reference)', lang: 'de', defaultCountry: 'DE', source: 'index:56798860050 (a choir society app\'s CSV column documentation)' }, `
    Nachname | lastName | Vogt | Krämer
    Vorname | firstName | Ingrid | Jens
    Email | email | ingrid.vogt@example.de | jens.kraemer@example.de
    Eintritt | - | 01.03.2019 | 15.09.2024
    Mitgliedstyp | - | Vollmitglied | Fördermitglied
    Förderstufe | - | | Allegro
    Beitrag | - | 60,00 | 150,00
    IBAN | - | DE27 1005 0000 0123 4567 89 | DE64 3705 0198 0012 3456 78
    Mandatsreferenz | - | MANDAT-0412 | MANDAT-0519
  `),
  set({ id: 'de-verein-mitglieder-vaes-import', kind: 'volunteer hours club member import (membership number, address, joining date)', lang: 'de', defaultCountry: 'DE', source: 'index:19490626861 (a club volunteer-hours app\'s import guide)' }, `
    mitgliedsnummer | externalId | M-117 | M-118
    nachname | lastName | Hoffmann | Yilmaz
    vorname | firstName | Carola | Emre
    email | email | carola.hoffmann@example.de | emre.y@example.de
    strasse | address1 | Lindenallee 8 | Marktplatz 2a
    plz | postalCode | 34117 | 34119
    ort | city | Kassel | Kassel
    telefon | phone | 0561-5550182 | 0152-5550147
    eintrittsdatum | - | 2019-04-01 | 2025-10-15
  `),
  set({ id: 'de-moodle-klassen-schueler-export', kind: 'school LMS class list export (class, pupil id)', lang: 'de', defaultCountry: 'DE', source: 'index:22266262890 (a school\'s LMS cohort CSV export script)' }, `
    Klasse | - | 7b | 9a
    SchülerID | externalId | 20190412 | 20170388
    Nachname | lastName | Brandl | Özdemir
    Vorname | firstName | Maximilian | Elif
    EMail | email | m.brandl@schule.example.de | e.oezdemir@schule.example.de
  `),
  set({ id: 'de-handwerker-kunden-kontaktexport-ch', kind: 'Swiss accounting software contact export read by a roofer app (company or private, name and first name, contact person of a company)', lang: 'de', defaultCountry: 'CH', source: 'index:59089324253 (a roofing site manager\'s customer import test)' }, `
    Kontaktart | - | Privat | Firma
    Name | lastName | Frei | Gerber Holzbau AG
    Vorname | firstName | Doris | 
    Adresse | address1 | Rebbergstrasse 11 | Industrieweg 4
    PLZ | postalCode | 8400 | 3600
    Ort | city | Winterthur | Thun
    Land | country | CH | CH
    Telefon | phone | 052 555 31 08 | 033 555 72 40
    E-Mail | email | doris.frei@example.ch | info@gerber-holzbau.example.ch
    Kontaktperson 1 Nachname | - | | Gerber
    Kontaktperson 1 Vorname | - | | Lukas
  `),
  set({ id: 'de-verein-formular-antworten-import', kind: 'club membership form responses imported as members (timestamp, birth date, accepted and verified flags)', lang: 'de', defaultCountry: 'DE', source: 'index:54341177761 (a club app\'s member import test)' }, `
    Zeitstempel | - | 14.03.2025 19:02:44 | 15.03.2025 08:30:12
    E-Mail-Adresse | email | jonas.roth@example.de | mila.schenk@example.de
    Vorname | firstName | Jonas | Mila
    Nachname | lastName | Roth | Schenk
    Geburtsdatum | dateOfBirth | 22.07.1995 | 09.01.2001
    Akzeptiert | - | Ja | Ja
    Verifiziert | - | Nein | Ja
  `),
  // ------------------------------------------------------------------------------------------------------ Dutch
  set({ id: 'nl-sportlink-leden-import-legacy', kind: 'sports club member import from the federation\'s export (relation number, team)', lang: 'nl', defaultCountry: 'NL', source: 'index:62171692729 (a football club app\'s legacy import test)' }, `
    Relatienummer | externalId | BLKT52P | CKRW18Z
    Voornaam | firstName | Daan | Lotte
    Achternaam | lastName | Visser | de Boer
    E-mailadres | email | daan.visser@example.nl | lotte@example.nl
    Team | - | JO11-2 | MO15-1
  `),
  set({ id: 'nl-harmonie-leden-import', kind: 'brass band membership import (infix, instrument, orchestra, role)', lang: 'nl', defaultCountry: 'NL', source: 'index:69006637017 (a music society app\'s member import test)' }, `
    Voornaam | firstName | Femke | Joris
    Tussenvoegsel | - | | van
    Achternaam | lastName | Bakker | Dijk
    E-mail | email | femke.bakker@example.nl | joris@example.nl
    Instrument | - | Klarinet | Bariton, Euphonium
    Orkest | tags | Harmonie | Harmonie, Slagwerkgroep
    Rol | - | lid | bestuur
  `),
  set({ id: 'nl-docenten-import-zzp', kind: 'workshop agency teacher import (house number, chamber of commerce and VAT numbers, IBAN, rates)', lang: 'nl', defaultCountry: 'NL', source: 'index:55480687397 (a workshop agency\'s import documentation)' }, `
    voornaam | firstName | Sven | Noor
    tussenvoegsel | - | van den | 
    achternaam | lastName | Heuvel | Yilmaz
    email | email | sven@example.nl | noor.yilmaz@example.nl
    telefoon | phone | 06 23456789 | 06 87654321
    straat | address1 | Ginnekenweg | Haagweg
    huisnummer | - | 42 | 7a
    postcode | postalCode | 4818 JK | 4814 GA
    plaats | city | Breda | Breda
    samenwerking | - | ZZP | Loondienst
    kvk | - | 70012345 | 
    btwnummer | - | NL002345678B01 | 
    iban | - | NL20INGB0001234567 | NL44RABO0123456789
    rekeninghouder | - | S van den Heuvel | N Yilmaz
    uurtarief | - | 40 | 35
    min_dagtarief | - | 110 | 90
    km_vergoeding | - | 0,21 | 0,19
    max_reisafstand | - | 80 | 40
    workshops | - | Graffiti, Streetdance | Vloggen
  `),
  set({ id: 'nl-leerlingen-mentor-import', kind: 'secondary school pupil list for a mentor tool (student number, call name, class, class mentor)', lang: 'nl', defaultCountry: 'NL', source: 'index:58699950486 (a school mentor tool\'s import test)' }, `
    Stamnummer | externalId | 120877 | 120912
    Roepnaam | firstName | Sem | Zoë
    Tussenvoegsel | - | | de
    Achternaam | lastName | Mulder | Graaf
    Klas | - | 2HA | 4VB
    Klassenmentor 1 | - | Inge Bos | Ruud Smit
  `),
  set({ id: 'nl-klantenbestand-mobiel', kind: 'service provider client file upload (infix, mobile number)', lang: 'nl', defaultCountry: 'NL', source: 'index:71330754617 (a booking app\'s client file reader test)' }, `
    Voornaam | firstName | Eva | Thijs
    Tussenvoegsel | - | van der | 
    Achternaam | lastName | Linden | Kok
    E-mailadres | email | eva@example.nl | THIJS.KOK@example.nl
    Mobiel | phone | 06 1234 5670 | +31 6 98765432
  `),
  set({ id: 'nl-gsmwinkel-klanten-import', kind: 'Belgian phone shop customer import (customer id, single address column, price group, remark)', lang: 'nl', defaultCountry: 'BE', source: 'index:60354591766 (a phone shop POS app\'s import sample)' }, `
    Klant-ID | externalId | K-2041 | K-2042
    Naam | name | Lies Vermeulen | Koen De Smet
    E-mail | email | lies.vermeulen@example.be | koen@desmet.example.be
    Telefoon | phone | +32 475 55 01 23 | 09 555 44 12
    Adres | address1 | Kortrijksesteenweg 14, 9000 Gent | Lange Nieuwstraat 3, 2000 Antwerpen
    Prijsgroep | - | particulier | b2b
    Opmerking | - | Scherm vervangen in maart |
  `),
  set({ id: 'nl-bedrijf-klanten-csv-bom', kind: 'courier company customer file with BOM (name, email, phone, multi-line address)', lang: 'nl', defaultCountry: 'BE', source: 'index:69711663878 (a parcel tracking app\'s customer import parser test)' }, `
    Naam | name | Anouk Peeters | Bram Wouters
    E-mail | email | anouk@example.test | bram.wouters@example.test
    Telefoon | phone | 0470555123 | +32 3 555 67 89
    Adres | address1 | Stationsstraat 21 | 
  `),
  set({ id: 'nl-studentenvereniging-leden-zonder-kop', kind: 'student society member list written without a header row (member id, infix, circle, own and parents\' address and phone, birth date; trailing separator)', lang: 'nl', defaultCountry: 'NL', noHeader: true, source: 'github:csrdelft/csrdelft.nl htdocs/tools/leden-csv.php (a student society\'s member CSV tool)' }, `
    "" | externalId | 1107 | 1112
    "" | firstName | Wouter | Marieke
    "" | lastName | Hendriks | Berg
    "" | - | | van den
    "" | - | 3.2 | 1.4
    "" | address1 | Oude Delft 57 | Phoenixstraat 12
    "" | postalCode | 2611 BC | 2611 AK
    "" | city | Delft | Delft
    "" | phone | +31152555012 | 
    "" | additionalPhones | +31612555034 | +31628555071
    "" | email | w.hendriks@example.nl | marieke.vdberg@example.nl
    "" | - | Dorpsstraat 8 | Kerkweg 21
    "" | - | 7711 AB | 3771 CD
    "" | - | Nieuwleusen | Barneveld
    "" | - | +31529555011 | +31342555098
    "" | dateOfBirth | 2003-05-17 | 2004-11-02
    "" | - | |
  `),
  set({ id: 'nl-netwerkclub-leden-export-breed', kind: 'business network member export (phone and mobile, personal URL, social profiles, member-since and role flags, company)', lang: 'nl', defaultCountry: 'NL', source: 'index:42693753879 (a network club admin\'s member CSV export)' }, `
    Voornaam | firstName | Ilse | Ruben
    Achternaam | lastName | Schouten | van Leeuwen
    E-mail | email | ilse@schouten.example.nl | ruben@example.nl
    Telefoon | phone | 010 555 4821 | 
    Mobiel | additionalPhones | 06 55512345 | 06 55598765
    Adres | address1 | Coolsingel 40 | Nieuwe Binnenweg 112
    Postcode | postalCode | 3011 AD | 3015 BH
    Stad | city | Rotterdam | Rotterdam
    Land | country | Nederland | Nederland
    Persoonlijke URL | website | https://ilseschouten.example.nl | 
    Facebook | - | | https://facebook.com/ruben.vl.example
    LinkedIn | - | https://www.linkedin.com/in/ilse-schouten-example | 
    Instagram | - | @ilse.coacht | 
    TikTok | - | | 
    Lid sinds | - | 2021-09-01 | 2024-02-15
    Ontvangt mail | - | true | true
    Bestuur | - | true | false
    Actief lid | - | true | true
    Ambassadeur | - | false | true
    Donateur | - | false | false
    Raad van wijzen | - | false | false
    Bedrijf | companyName | Schouten Coaching | Van Leeuwen Media
    Actief | - | true | true
    Notities | - | Penningmeester sinds 2023 | 
  `),
  // ---------------------------------------------------------------------------------------------------- Mixed
  set({ id: 'mixed-mlm-partner-team-export', kind: 'direct-sales partner export (German and English headers: partner id, rank, credits, sponsor id, status flags)', lang: 'mixed', defaultCountry: 'DE', source: 'index:46178983780 (a direct-sales back office\'s import documentation)' }, `
    Partner ID | externalId | 48213 | 48297
    Vorname | firstName | Carina | Holger
    Nachname | lastName | Weiß | Brandt
    Email | email | carina.weiss@example.de | holger.brandt@example.com
    Telefon | phone | +49 171 5550148 | +49 152 5550163
    Rang | - | Partner | Executive
    Credits | - | 120 | 640
    Team Credits | - | 300 | 4100
    PCP | - | 3 | 12
    Sponsor ID | - | 40017 | 48213
    Z4F Status | - | Yes | No
    ECB Status | - | No | Yes
  `),
  set({ id: 'mixed-uni-course-results-export', kind: 'university exercise submission export (German columns and English task titles with points)', lang: 'mixed', defaultCountry: 'DE', source: 'index:21352939687 (a submission system\'s lecture CSV export test)' }, `
    Studiengang | - | Informatik (Bachelor) | Mathematik (Master)
    Nachname | lastName | Albers | Nowak
    Vorname | firstName | Jana | Piotr
    eMail | email | jana.albers@uni.example.de | p.nowak@uni.example.de
    Dynamic Task binary numbers (Pkts: 1) | - | 1 | 0,5
    MC Task (Pkts: 2) | - | (2) | 1
    Hello World (Pkts: 1,5) | - | 1,5 | 1,5
    Something (Pkts: 5) | - | k.A. | 4
    Gesamt | - | 2,5 | 7
  `),
  set({ id: 'mixed-church-group-contacts-export', kind: 'church intranet group export in an address book import format (English headers, Dutch values: infix as additional name, phone types Thuis and Mobiel)', lang: 'mixed', defaultCountry: 'NL', source: 'github:tim2meijer/intranet admin/export2Google.php (a church intranet\'s group export)' }, `
    Given Name | firstName | Gerrit | Annemiek
    Family Name | lastName | Bosch | Velde
    Additional Name | - | | van der
    Initials | - | G.J. | A.
    Maiden Name | - | | Dekker
    Birthday | dateOfBirth | 1968-02-14 | 1975-09-30
    Gender | - | M | V
    Group Membership | tags | Kerkenraad | Kerkenraad
    E-mail 1 - Value | email | gerrit.bosch@example.nl | annemiek@example.nl
    E-mail 2 - Value | additionalEmails | fam.bosch@example.nl |
    Phone 1 - Type | - | Mobiel | Thuis
    Phone 1 - Value | phone | 06-55512378 | 0522-555123
    Phone 2 - Type | - | Thuis |
    Phone 2 - Value | additionalPhones | 0522-555640 |
    Address 1 - Type | - | Thuis | Thuis
    Address 1 - Street | address1 | Kerkstraat 14 | Molenweg 3
    Address 1 - City | city | Meppel | Meppel
    Address 1 - Postal Code | postalCode | 7941 AB | 7942 CK
  `),
];
