// The thirty-sixth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (English, German,
// Dutch and mixed-language files; the other half, corpus-heldout36b.ts, holds the other languages): 56 header sets
// (706 columns, 200 of them expected to map; 37 English, 10 German, 5 Dutch, 4 mixed; 2 files without a header row
// (a blogging platform's one-address-a-line members list, a community forum's bulk invite file), 1 with lines above
// it (a bank's search-form labels and an empty line); 11 sets of 20 to 53 columns)
// from sources none of the other parts use. Theme: exports of SaaS tools. The header rows were read from whole
// snapshots of public repositories brought in with `fetch` (a publishing platform's migration tools with their
// Beehiiv, Curated, Mailchimp, Medium, Substack and Tiny News member fixtures, a Dutch club administration's member
// sync to a newsletter tool, a converter of that administration's export, a German newsletter tool's backup and bounce
// exporters, converters of Stripe, Etsy and payment-app data into German accounting tools' bank imports, a German
// accounting tool's receipts export, a German donation platform's export read by a CRM import script) and from single
// files found in the public code index (scheduling exports of Calendly, PayPal activity downloads in English and
// German, a giving fund's payout report, a publishing platform's, a community forum's and a helpdesk's import test
// files, a ledger tool's GitHub Sponsors and Open Collective rules, an accounting suite's PayPal and bank statement
// fixtures, Typeform and Tally responses, Google-Forms-like responses, German club and fire brigade import templates)
// and written down, with the mapping a careful person would choose by the field definitions and the rules,
// BEFORE the mapper was run on them and without reading the lexicon or the mapper. "github:owner/repo path" names the
// file the header text was read from; "index:<id>" names a file of the public code index whose repository is not
// known; the kind says what the file is. Where a file is code that writes or reads the header (an exporter, a test, a
// rules file), the set says so. Sample values are made up in the shape of each file's own (no personal data or
// example rows from the sources are copied). Leading spaces of a header cell cannot be written in the table and are
// left out; trailing spaces are trimmed too (a set's comment says where). A first column named "#" is added with
// withFirstColumn. Wide files are kept to their first columns, stopping at a column boundary.
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
import { corpusSet, withFirstColumn, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout36' }, table);

export const HELDOUT36A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-calendly-events-csv-adapter-test', kind: 'scheduling tool\'s scheduled events export (a graph ingester\'s test file)', lang: 'en', source: 'index:60973104014 (a Calendly events CSV adapter\'s test writes this export)' }, `
    # The event's own id, type, times, status and location are about the booking, not the invitee.
    Event UUID | - | c7e1a2f4-0b3d-4e55-9a61-2f8d7c1e9b02 | 5d90b3aa-71c4-4f0e-8e2b-93c6a1f0d7e4 | a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d
    Event Type | - | Intro call | Discovery session | Intro call
    Invitee Name | name | Marla Voss | Devin Okafor | Sunita Rao
    Invitee Email | email | marla.voss@mail.example | devin@okafor.example | s.rao@post.example
    Start Time | - | 2026-05-04T09:00:00Z | 2026-05-05T15:30:00Z | 2026-05-07T11:00:00Z
    End Time | - | 2026-05-04T09:30:00Z | 2026-05-05T16:00:00Z | 2026-05-07T11:30:00Z
    Timezone | - | UTC | America/Chicago | Europe/London
    Status | - | active | canceled | active
    Cancellation Reason | - | "" | Double-booked | ""
    Location | - | Zoom | Google Meet | Zoom
    Created At | - | 2026-04-28T17:12:00Z | 2026-04-30T08:44:00Z | 2026-05-01T10:05:00Z
    Goal | - | Pricing questions | Migrate our data | ""
  `),
  set({ id: 'en-calendly-report-expected-columns', kind: 'scheduling tool\'s meetings report (the columns a report loader expects)', lang: 'en', source: 'index:71126604696 (a Calendly report loader\'s expected columns)' }, `
    # "User Name" is the scheduling tool's user who hosts the meeting: the user in charge of the invitee, the Contact
    # owner. The team is the host's team, not a group the invitee belongs to. The full-name column next to first and
    # last name columns is the Name as well.
    User Name | owner | Kara Lindqvist | Tom Abara | Kara Lindqvist
    Team | - | Sales East | Sales West | Sales East
    Invitee Name | name | Rhea Castillo | Brent Hollis | Min-jun Seo
    Invitee First Name | firstName | Rhea | Brent | Min-jun
    Invitee Last Name | lastName | Castillo | Hollis | Seo
    Invitee Email | email | rhea.castillo@mail.example | bhollis@hollisco.example | minjun.seo@post.example
    Event Type Name | - | 30 Minute Demo | 30 Minute Demo | Onboarding
    Start Date & Time | - | 2025-03-11 14:00 | 2025-03-12 09:30 | 2025-03-14 16:00
    Event Created Date & Time | - | 2025-03-04 10:22 | 2025-03-10 18:05 | 2025-03-13 07:41
    Canceled | - | false | true | false
  `),
  set({ id: 'en-calendly-bookings-import-utm', kind: 'scheduling tool\'s bookings export as a coaching app\'s import dialog reads it (test rows)', lang: 'en', source: 'index:53995864875 (an import-bookings dialog\'s test rows of a Calendly export)' }, `
    # The UTM source a booking came through is the Source, like a landing page or a lead's origin.
    Invitee First Name | firstName | Lucia | Omar | Hannah
    Invitee Last Name | lastName | Ferreira | Haddad | Bloom
    Invitee Email | email | lucia.f@mail.example | omar.haddad@post.example | hbloom@mail.example
    Start Date & Time | - | 2026-03-15T10:00:00Z | 2026-03-16T14:00:00Z | 2026-03-18T08:30:00Z
    Canceled | - | No | Yes | No
    UTM Source | source | youtube | ig | newsletter
  `),
  set({ id: 'en-paypal-activity-download-budget-app', kind: 'payment service\'s activity download (the full 2018-format header an envelope-budget app recognises)', lang: 'en', source: 'index:13967953190 (an envelope-budget desktop app\'s PayPal CSV detection)' }, `
    # The rows are payments: the payer's name and "From Email Address" are the person's; "To Email Address" is the
    # account holder's own. The one-cell "Shipping Address" is never imported (shipping); the split address columns are
    # the payer's address on the payment, the only address the file has, so they are mapped. "Country Code" repeats
    # the country and is not imported; the phone is the payer's.
    Date | - | 03/14/2019 | 03/15/2019 | 03/17/2019
    Time | - | 09:12:44 | 18:03:10 | 11:47:29
    TimeZone | - | PDT | PDT | PDT
    Name | name | Ellis Marwood | Noor Bakri | Gideon Plaat
    Type | - | Website Payment | General Payment | Website Payment
    Status | - | Completed | Completed | Pending
    Currency | - | USD | USD | USD
    Gross | - | 25.00 | 60.00 | 12.50
    Fee | - | -1.03 | -2.04 | -0.66
    Net | - | 23.97 | 57.96 | 11.84
    From Email Address | email | ellis.marwood@mail.example | noor.bakri@post.example | gplaat@mail.example
    To Email Address | - | shop@fernhill.example | shop@fernhill.example | shop@fernhill.example
    Transaction ID | - | 4JX81203MK5560412 | 9TR44571BB2209833 | 1HP09921LL7731054
    Shipping Address | - | "Ellis Marwood, 41 Birch St, Dayton, OH, 45402, United States" | "" | "Gideon Plaat, 8 Quay Rd, Portland, ME, 04101, United States"
    Address Status | - | Confirmed | Non-Confirmed | Confirmed
    Item Title | - | Seed sampler | Workshop seat | Seed sampler
    Item ID | - | SS-01 | WS-12 | SS-01
    Shipping and Handling Amount | - | 5.00 | 0.00 | 5.00
    Insurance Amount | - | "" | "" | ""
    Sales Tax | - | 0.00 | 0.00 | 0.00
    Option 1 Name | - | Size | "" | Size
    Option 1 Value | - | Large | "" | Small
    Option 2 Name | - | "" | "" | ""
    Option 2 Value | - | "" | "" | ""
    Reference Txn ID | - | "" | "" | ""
    Invoice Number | - | INV-1041 | "" | INV-1043
    Custom Number | - | "" | "" | ""
    Quantity | - | 1 | 1 | 2
    Receipt ID | - | "" | 2207-1193-4410-8821 | ""
    Balance | - | 1,204.17 | 1,262.13 | 1,273.97
    Address Line 1 | address1 | 41 Birch St | "" | 8 Quay Rd
    Address Line 2/District/Neighborhood | - | Apt 3 | "" | ""
    Town/City | city | Dayton | "" | Portland
    State/Province/Region/County/Territory/Prefecture/Republic | state | OH | "" | ME
    Zip/Postal Code | postalCode | 45402 | "" | 04101
    Country | country | United States | "" | United States
    Contact Phone Number | phone | 937-555-0148 | "" | 207-555-0193
    Subject | - | "" | Workshop seat | ""
    Note | - | Thanks! | "" | ""
    Country Code | - | US | "" | US
    Balance Impact | - | Credit | Credit | Credit
  `),
  set({ id: 'en-paypal-giving-fund-payout-donors', kind: 'donation platform\'s payout report of a charity giving fund (the columns a donor manager plugin reads)', lang: 'en', source: 'index:7775980686 (a WordPress donor manager\'s upload reader, its giving-fund payout columns)' }, `
    # The program a donation was given to and the payout's amounts and reference are about the donation.
    Payout Date | - | 2022-02-15 | 2022-02-15 | 2022-03-15
    Donation Date | - | 2022-01-03 | 2022-01-19 | 2022-02-07
    Donor First Name | firstName | Opal | Terrence | Ines
    Donor Last Name | lastName | Whitcombe | Vale | Marquez
    Donor Email | email | opal.w@mail.example | tvale@post.example | ines.marquez@mail.example
    Program Name | - | PayPal Giving Fund | PayPal Giving Fund | Facebook Fundraisers
    Reference Information | - | "" | GF-77120 | ""
    Currency Code | - | USD | USD | USD
    Gross Amount | - | 50.00 | 20.00 | 100.00
    Total Fees | - | 0.00 | 0.00 | 0.00
    Net Amount | - | 50.00 | 20.00 | 100.00
    Transaction ID | - | 7XY30122AB | 3KL90871CD | 5MN44103EF
  `),
  set({ id: 'en-donor-manager-check-deposit-upload', kind: 'donor manager plugin\'s non-PayPal upload format (check deposits)', lang: 'en', source: 'index:7987405979 (a WordPress donor manager\'s donation model, its check upload columns)' }, `
    # Name1 is the donor; Name2 is a second person on the same gift (a spouse), not imported. "Account" is the bank
    # account a check was drawn on (bank details, not imported); the region of a US address is the State.
    DepositDate | - | 2021-12-20 | 2021-12-20 | 2022-01-05
    CheckDate | - | 2021-12-14 | 2021-12-16 | 2021-12-30
    CheckNumber | - | 1043 | 2210 | 577
    Name1 | name | Walter Brennan | Lorraine Oduya | Sam Pettigrew
    Name2 | - | Ada Brennan | "" | ""
    Gross | - | 250.00 | 40.00 | 100.00
    Account | - | 0417 | 2290 | 0088
    ReceiptNeeded | - | 1 | 0 | 1
    Note | - | Year-end gift | "" | In memory of J.P.
    Email | email | wbrennan@mail.example | "" | sam.pettigrew@post.example
    Phone | phone | (509) 555-0173 | (509) 555-0121 | ""
    Address1 | address1 | 1120 W Mission Ave | 77 Orchard Ln | 4 Canyon Ct
    Address2 | - | "" | Unit B | ""
    City | city | Spokane | Cheney | Spokane Valley
    Region | state | WA | WA | WA
    PostalCode | postalCode | 99201 | 99004 | 99216
    Country | country | US | US | US
  `),
  // ----------------------------------------------------------------------------------- newsletter and members tools
  set({ id: 'en-beehiiv-members-export-tiers', kind: 'newsletter platform\'s subscribers export (a publishing platform migrator\'s fixture)', lang: 'en', source: 'github:TryGhost/migrate packages/mg-beehiiv-members/src/test/fixtures/members.csv (the Beehiiv members fixture)' }, `
    # The Stripe customer id is another system's id of the subscriber: the External ID. The tier columns are the
    # subscriber's plan (yes/no per tier), not imported; "Subscription Date (Substack)" is a date from an earlier tool.
    email | email | lorna@mail.example | piet.bos@post.example | cai.w@mail.example
    First Name | firstName | Lorna | Piet | Cai
    Last Name | lastName | Haddow | Bos | ""
    status | - | active | active | inactive
    tier | - | free | premium | free
    created_at | - | 2023-03-24 10:23:10 UTC | 2023-03-24 10:36:47 UTC | 2023-04-02 08:11:59 UTC
    stripe_customer_id | externalId | "" | cus_Nq81LzkP0aW3Ty | ""
    Free Tier | - | Yes | No | Yes
    Bronze Tier | - | No | No | No
    Silver Tier | - | No | Yes | No
    Gold Tier | - | No | No | No
    unsubscribed_at | - | "" | "" | 2023-05-10 17:42:05 UTC
    Subscription Date (Substack) | - | "" | 2021-11-08 | ""
  `),
  set({ id: 'en-curated-subscribers-utm', kind: 'newsletter tool\'s subscribers export with the UTM parameters of the signup', lang: 'en', source: 'github:TryGhost/migrate packages/mg-curated-members-csv/test/fixtures/subscribers.csv (the Curated subscribers fixture)' }, `
    # The UTM source of the signup is the Source; the other UTM parameters and the referrer are not imported (a
    # sub-origin beside the origin).
    Email Address | email | wren@mail.example | jakub.n@post.example | odette@mail.example
    Subscribed at | - | 2021-02-04 07:55:20 +0000 | 2021-02-03 22:49:24 +0000 | 2021-01-29 13:02:11 +0000
    UTM Source | source | "" | twitter | weekly-digest
    UTM Medium | - | "" | social | email
    UTM Term | - | "" | "" | ""
    UTM Content | - | "" | header-link | ""
    UTM Campaign | - | "" | launch | issue-42
    UTM Last Path | - | "" | /subscribe | /issues/42
    UTM Referrer | - | "" | https://t.co/ | ""
  `),
  set({ id: 'en-mailchimp-cleaned-members-fixture', kind: 'email marketing tool\'s cleaned-members audience export (a migrator\'s fixture)', lang: 'en', source: 'github:TryGhost/migrate packages/mg-mailchimp-members/src/test/fixtures/cleaned.csv (the Mailchimp cleaned members fixture)' }, `
    # Position is a job title; ZIP Code is the subscriber's postal code; CC is the subscriber's country code (the only
    # country column): the Country. REGION is the region of the signup's location, not imported (a free-form
    # location). LEID and EUID are the email tool's own ids of the subscriber: the first is the External ID, the
    # other not imported. TAGS are Tags.
    Email Address | email | c1@mail.example | c2@post.example | c3@mail.example
    First Name | firstName | Dolores | Simeon | ""
    Last Name | lastName | "" | Lutz | Pike
    Company | companyName | "" | Lutz Print | ""
    Position | - | "" | Owner | ""
    ZIP Code | postalCode | "" | 30303 | 98101
    MEMBER_RATING | - | 1 | 1 | 2
    OPTIN_TIME | - | 2018-02-05 19:28:23 | 2018-02-12 10:54:27 | 2018-03-01 08:14:02
    OPTIN_IP | - | "" | "" | 73.12.40.8
    CONFIRM_TIME | - | 2018-02-05 19:28:23 | 2018-02-12 10:54:27 | 2018-03-01 08:15:40
    CONFIRM_IP | - | "" | "" | 73.12.40.8
    LATITUDE | - | "" | 33.7490 | 47.6062
    LONGITUDE | - | "" | -84.3880 | -122.3321
    GMTOFF | - | "" | -5 | -8
    DSTOFF | - | "" | -4 | -7
    TIMEZONE | - | "" | America/New_York | America/Los_Angeles
    CC | country | "" | US | US
    REGION | - | "" | GA | WA
    CLEAN_TIME | - | 2020-03-23 17:30:05 | 2020-06-25 15:12:06 | 2020-07-01 09:00:41
    CLEAN_CAMPAIGN_TITLE | - | "" | Spring issue | ""
    CLEAN_CAMPAIGN_ID | - | "" | 8c1f0a2b3d | ""
    LEID | externalId | 40211873 | 40211874 | 40211902
    EUID | - | a9f0c3d21e | b7e1d4c08f | c2a8b5e91d
    NOTES | - | "" | "" | Bounced twice
    TAGS | tags | """Editors""" | """Editors""" | ""
  `),
  set({ id: 'en-mailchimp-unsubscribed-members-fixture', kind: 'email marketing tool\'s unsubscribed-members audience export (a migrator\'s fixture)', lang: 'en', source: 'github:TryGhost/migrate packages/mg-mailchimp-members/src/test/fixtures/unsubscribed.csv (the Mailchimp unsubscribed members fixture)' }, `
    # As in the cleaned export: CC is the Country, LEID the External ID, EUID not imported; the unsubscribe columns
    # are about the opt-out.
    Email Address | email | u1@mail.example | u2@post.example | u3@mail.example
    First Name | firstName | Dora | "" | Harlan
    Last Name | lastName | "" | Simms | Otto
    Company | companyName | "" | "" | Otto Cabinetry
    Position | - | "" | "" | Director
    ZIP Code | postalCode | "" | "" | 55401
    MEMBER_RATING | - | 2 | 1 | 3
    OPTIN_TIME | - | 2018-02-12 10:54:27 | 2018-02-12 10:54:26 | 2019-09-30 21:07:44
    OPTIN_IP | - | "" | "" | 24.118.7.90
    CONFIRM_TIME | - | 2018-02-12 10:54:27 | 2018-02-12 10:54:26 | 2019-09-30 21:09:02
    CONFIRM_IP | - | "" | "" | 24.118.7.90
    LATITUDE | - | "" | "" | 44.9778
    LONGITUDE | - | "" | "" | -93.2650
    GMTOFF | - | "" | "" | -6
    DSTOFF | - | "" | "" | -5
    TIMEZONE | - | "" | "" | America/Chicago
    CC | country | "" | "" | US
    REGION | - | "" | "" | MN
    UNSUB_TIME | - | 2018-07-23 12:19:27 | 2023-06-06 12:56:15 | 2022-01-11 16:40:09
    UNSUB_CAMPAIGN_TITLE | - | "" | "" | Winter sale
    UNSUB_CAMPAIGN_ID | - | "" | "" | 4d2e9a0b7c
    UNSUB_REASON | - | "" | "" | NORMAL
    UNSUB_REASON_OTHER | - | "" | "" | ""
    LEID | externalId | 39100212 | 39100213 | 41877650
    EUID | - | d1e2f3a4b5 | e6f7a8b9c0 | f0a1b2c3d4
    NOTES | - | "" | "" | ""
    TAGS | tags | "" | """Lorem Editors""" | ""
  `),
  set({ id: 'en-substack-signup-emails-digests', kind: 'newsletter platform\'s signup emails export (a migrator\'s fixture)', lang: 'en', source: 'github:TryGhost/migrate packages/mg-substack-members-csv/test/fixtures/fixtures_signup_emails.csv (the Substack signups fixture)' }, `
    email | email | herra@mail.example | tobin.k@post.example | saoirse@mail.example
    active_subscription | - | true | false | true
    expiry | - | 2021-07-06T16:20:44.000Z | "" | 2021-08-02T19:01:30.000Z
    email_disabled | - | false | false | true
    prefer_digests | - | false | true | false
    created_at | - | 2018-08-27T15:06:27.713Z | 2019-01-14T09:41:02.118Z | 2018-08-27T15:02:18.223Z
  `),
  set({ id: 'en-substack-paid-subscriber-emails', kind: 'newsletter platform\'s paid subscribers export (a migrator\'s fixture)', lang: 'en', source: 'github:TryGhost/migrate packages/mg-substack-members-csv/test/fixtures/fixtures_subscriber_emails.csv (the Substack paid subscribers fixture)' }, `
    # The connected Stripe customer id is another system's id of the subscriber: the External ID. The type (paid,
    # comp, gift) is the plan, not imported.
    email | email | herra@mail.example | tobin.k@post.example | marit@mail.example
    expiry | - | 2021-07-06T16:20:44.000Z | 2021-08-02T19:01:30.000Z | 2022-01-01T00:00:00.000Z
    email_disabled | - | false | false | false
    prefer_digests | - | false | false | true
    stripe_connected_customer_id | externalId | cus_KJ896GHY09KJG | cus_LP203HQA71MMZ | ""
    type | - | paid | paid | comp
  `),
  set({ id: 'en-tinynews-subscribers-v1', kind: 'news site platform\'s subscribers export, first version (a migrator\'s fixture)', lang: 'en', source: 'github:TryGhost/migrate packages/mg-tinynews-members/test/fixtures/subs-v1.csv (the Tiny News subscribers fixture, version 1)' }, `
    # "Id" is the platform's id of the subscriber: the External ID; "User id" is a second id, not imported. The
    # channel, status codes and tier are about the subscription.
    Channel id | - | 1234 | 1234 | 1234
    Status | - | 1 | 4 | 1
    Tier | - | 0 | 0 | 1
    Tier title | - | default | default | supporter
    Tags | tags | "" | "Multiple Tags,Example, More tags" | local
    Created at | - | 2022-10-28 22:18:42 | 2022-10-26 18:56:45 | 2022-11-02 07:30:11
    Deleted at | - | "" | "" | ""
    Engagement OptIn | - | 1 | 1 | 0
    Email | email | lora@mail.example | dorian@post.example | kemi.a@mail.example
    Id | externalId | 456789 | 123456 | 458812
    Name | firstName | Lora | Dorian | Kemi
    Surname | lastName | "" | Sims | Adeyemi
    Updated At | - | 2022-10-28 22:22:20 | 2022-10-26 18:56:45 | 2022-11-02 07:30:11
    User id | - | 0 | 0 | 3317
  `),
  set({ id: 'en-tinynews-subscribers-v2', kind: 'news site platform\'s subscribers export, second version (a migrator\'s fixture)', lang: 'en', source: 'github:TryGhost/migrate packages/mg-tinynews-members/test/fixtures/subs-v2.csv (the Tiny News subscribers fixture, version 2)' }, `
    email | email | lora@mail.example | dorian@post.example | kemi.a@mail.example
    First name | firstName | Lora | Dorian | Kemi
    Last name | lastName | "" | Sims | Adeyemi
    Date added | - | 2022-09-07T02:17:47.000Z | 2022-08-04T14:26:20.000Z | 2022-10-11T19:03:55.000Z
    Last modified | - | 2022-10-05T12:58:20.000Z | 2022-08-04T14:36:53.000Z | 2022-10-11T19:03:55.000Z
    status | - | Unsubscribed | Subscribed | Subscribed
    clicks | - | 0 | 0 | 4
    opens | - | 0 | 39 | 12
  `),
  set({ id: 'en-migrate-fs-utils-staff-logins', kind: 'staff logins sample list (a migration toolkit\'s CSV reader fixture)', lang: 'en', source: 'github:TryGhost/migrate packages/mg-fs-utils/test/fixtures/example.csv (the CSV reader\'s example file)' }, `
    # A login is a code the person is filed under in another program: the External ID; the numeric identifier is the
    # second id, not imported. Passwords and recovery codes are not imported; the location is an office, not an
    # address; the department is not imported.
    Username | externalId | marsh41 | okoro07 | lindh22
    Identifier | - | 9012 | 2070 | 4081
    One-time password | - | 12se74 | 04ap67 | 30no86
    Recovery code | - | rb9012 | lg2070 | mj4081
    First name | firstName | Rowan | Ife | Mats
    Last name | lastName | Marsh | Okoro | Lindh
    Department | - | Sales | Depot | Operations
    Location | - | Manchester | London | Leeds
  `),
  set({ id: 'en-medium-members-email-list-no-header', kind: 'blogging platform\'s members list, one email a line without a header row (a migrator\'s fixture)', lang: 'en', source: 'github:TryGhost/migrate packages/mg-medium-members/src/test/fixtures/members.txt (the Medium members fixture)', noHeader: true }, `
    "" | email | lorna@mail.example | ivo.b@post.example | freya@mail.example
  `),
  set({ id: 'en-ghost-members-import-invalid-values', kind: 'publishing platform\'s members import test file (values that fail validation)', lang: 'en', source: 'github:TryGhost/Ghost ghost/core/test/utils/fixtures/csv/members-invalid-values.csv (a members import test file)' }, `
    # The Stripe customer id is another system's id of the member: the External ID; the complimentary plan and the
    # newsletter flag are booleans, not imported; labels are Tags.
    email | email | valid2@mail.example | not_an_email | anya@post.example
    name | name | Good Name | Good Name | Anya Roth
    note | - | "" | "" | Met at the meetup
    subscribed_to_emails | - | true | true | false
    complimentary_plan | - | not_boolean | false | false
    stripe_customer_id | externalId | "" | "" | cus_9PLm20aQxT41Rk
    created_at | - | 2019-10-30T14:52:08.000Z | 2019-10-30T14:52:08.000Z | 2020-01-02T10:00:00.000Z
    labels | tags | more-labels | more-labels | vip
  `),
  set({ id: 'en-ghost-members-duplicate-email-mapping', kind: 'publishing platform\'s members import test file with two email columns', lang: 'en', source: 'github:TryGhost/Ghost ghost/core/test/utils/fixtures/csv/members-duplicate-mapping.csv (a members import test file)' }, `
    # Two email columns: the first is the main email, the other an additional one.
    Email | email | "" | greta@mail.example | ""
    email_addr | additionalEmails | member.dup@post.example | "" | ravi@mail.example
  `),
  set({ id: 'en-ghost-members-gift-and-tier', kind: 'publishing platform\'s members import test file (a gift subscription and a tier)', lang: 'en', source: 'github:TryGhost/Ghost ghost/core/test/utils/fixtures/csv/members-gift-with-tier.csv (a members import test file)' }, `
    # The gift's id and the tier are about the subscription.
    email | email | gifted@mail.example | maren@post.example | otis@mail.example
    gift_id | - | abc123abc123abc123abc123 | f0e9d8c7b6a5f0e9d8c7b6a5 | ""
    import_tier | - | Premium Tier | Premium Tier | Supporter
  `),
  set({ id: 'en-ghost-members-valid-import-labels', kind: 'publishing platform\'s members import test file (the valid import)', lang: 'en', source: 'github:TryGhost/Ghost ghost/core/test/utils/fixtures/csv/valid-members-import.csv (a members import test file)' }, `
    email | email | jbloggs@mail.example | tess@post.example | lionel@mail.example
    name | name | joe | Tess Araujo | Lionel Pratt
    note | - | "" | test note | ""
    subscribed_to_emails | - | true | false | true
    labels | tags | "" | test-label | "newsletter,events"
    created_at | - | "" | 1991-10-02T20:30:31.000Z | 2021-06-01T09:00:00.000Z
  `),
  set({ id: 'en-sportlink-member-download-fields', kind: 'Dutch club administration SaaS member download, its field names in the order a sync lists them (first 42 of 72)', lang: 'en', source: 'github:jdevalk/sportlink-sync config/sportlink-fields.json (the member fields a club\'s sync downloads)', defaultCountry: 'NL' }, `
    # A member list: the parents' columns and "contact through parents" are not imported. Of the two ids of the
    # member, the first (ImportedPersonId) is the External ID and PublicPersonId is not imported, by the rule for two
    # ids. The club teams and union teams are groups the member belongs to: Tags. The country name is the Country and
    # the code beside it not imported; the mobile is the only phone in these columns: the Phone, the alternative
    # mobile an additional phone. A house number and its suffix on their own, the infix, initials, nickname, gender,
    # nationality, identity papers and status columns are not imported. Kept to the first 42 columns.
    AddressNumber | - | 14 | 2 | 77
    AddressNumberAppendix | - | "" | bis | A
    Age | - | 13 | 37 | 16
    AgeClassDescription | - | Onder 13 | Senioren | Onder 17
    City | city | Utrecht | Utrecht | Nieuwegein
    ClubGameActivities | - | Veld | Veld | Zaal
    ClubTeams | tags | JO13-1 | Heren 3 | MO17-2
    ContactThroughParents | - | true | false | true
    CountryCode | - | NL | NL | NL
    CountryName | country | Nederland | Nederland | Nederland
    DateOfBirth | dateOfBirth | 2011-04-17 | 1988-09-02 | 2009-12-30
    DateOfPassing | - | "" | "" | ""
    Email | email | sanne.visser@mail.example | t.mulder@post.example | lotte.smit@mail.example
    EmailAddressParent1 | - | ellen.visser@mail.example | "" | m.smit@post.example
    EmailAddressParent2 | - | ruud.v@post.example | "" | ""
    EmailAlternative | additionalEmails | "" | tim@mulderbouw.example | ""
    FirstName | firstName | Sanne | Tim | Lotte
    FullName | name | Sanne Visser | Tim Mulder | Lotte van der Smit
    GenderCode | - | Female | Male | Female
    IdentificationExpirationDate | - | "" | 2029-03-01 | ""
    IdentificationNumber | - | "" | NX81KP442 | ""
    ImportedPersonId | externalId | 100482 | 100017 | 100655
    Infix | - | "" | "" | van der
    Initials | - | S. | T.J. | L.
    KernelGameActivities | - | Veld | Veld | Zaal
    LastName | lastName | Visser | Mulder | Smit
    LastUpdate | - | 2024-09-02T10:11:00 | 2024-06-14T08:40:00 | 2024-09-05T19:22:00
    MemberSince | - | 2017-09-01 | 2005-08-15 | 2015-09-01
    MemberStatus | - | ACTIVE | ACTIVE | ACTIVE
    MemberStatusDescription | - | Actief | Actief | Actief
    Mobile | phone | 06-41229087 | 06-28831450 | 06-19904426
    MobileAlternative | additionalPhones | "" | "" | 06-55301298
    NameParent1 | - | Ellen Visser | "" | Marco Smit
    NameParent2 | - | Ruud Visser | "" | ""
    NationalityDescription | - | Nederlandse | Nederlandse | Nederlandse
    NickName | - | "" | Timmie | ""
    PersonImageDate | - | 2023-08-20 | 2021-09-01 | 2024-08-25
    PlaceOfBirth | - | Utrecht | Zwolle | Houten
    PrivacyLevelDescription | - | Alleen naam | Standaard | Alleen naam
    PublicPersonId | - | BBKS21X | MMLT88P | CCVD02Q
    RelationEnd | - | "" | "" | ""
    RelationStart | - | 2017-09-01 | 2005-08-15 | 2015-09-01
  `),
  // ------------------------------------------------------------------------------------ payments and fundraising
  set({ id: 'en-paypal-activity-custom-columns-ledger-example', kind: 'payment service\'s activity download with a custom column choice (a plain-text accounting tool\'s example file)', lang: 'en', source: 'github:simonmichael/hledger examples/csv/other/paypal-custom.csv (the custom PayPal CSV example)' }, `
    # The counterparty's name and the sender's email are the row's person; the recipient's email is the account
    # holder's own (the other way round for outgoing payments; the importer cannot tell, so the columns stay as the
    # file names them). Item, reference and receipt columns are about the payment.
    Date | - | 10/01/2019 | 10/19/2019 | 10/22/2019
    Time | - | 03:46:20 | 03:02:12 | 05:07:06
    TimeZone | - | PDT | PDT | PDT
    Name | name | Harbor Yoga Studio | Tamsin Reilly | Orin Castellanos
    Type | - | Subscription Payment | Donation Payment | Subscription Payment
    Status | - | Completed | Completed | Completed
    Currency | - | USD | USD | USD
    Gross | - | 15.00 | 25.00 | 10.00
    Fee | - | -0.74 | -1.03 | -0.59
    Net | - | 14.26 | 23.97 | 9.41
    From Email Address | email | billing@harboryoga.example | t.reilly@mail.example | orin.c@post.example
    To Email Address | - | me@workshop.example | me@workshop.example | me@workshop.example
    Transaction ID | - | 06P57143A2806728E | KU9434ZZ1258L005M | 68LL1662YP3134303
    Item Title | - | Monthly class pass | "" | Supporter tier
    Item ID | - | "" | "" | ""
    Reference Txn ID | - | I-RY8LY904FJRY | "" | I-KCV9BG2YGDWB
    Receipt ID | - | "" | 4410-2208-7731-0096 | ""
    Balance | - | 14.26 | 38.23 | 47.64
    Note | - | "" | In memory of June | ""
  `),
  set({ id: 'en-paypal-activity-invoices-bank-import-fixture', kind: 'payment service\'s activity download of a consultancy paid by invoice (an accounting suite\'s statement import fixture)', lang: 'en', source: 'github:OCA/bank-statement-import account_statement_import_paypal/tests/fixtures/activity_en.csv (the PayPal activity import fixture)' }, `
    # The payer (a partner company, named in "Name") and its sender email and contact phone are the row's contact; the
    # recipient email is the account holder's. Address status, tax, references, invoice and receipt numbers, balance,
    # subject and note are about the payment.
    Date | - | 29/12/2015 | 09/06/2016 | 01/07/2016
    Time | - | 07:45:51 | 07:19:50 | 12:23:59
    TimeZone | - | PST | PDT | PDT
    Name | name | Northgate Studio | Alder & Finch | Alder & Finch
    Type | - | General Payment | Website Payment | Website Payment
    Status | - | Completed | Completed | Completed
    Currency | - | USD | USD | USD
    Gross | - | 84 | 1653.75 | 2602.5
    Fee | - | -4.25 | -73.07 | -114.81
    Net | - | 79.75 | 1580.68 | 2487.69
    From Email Address | email | pay@northgate.example | accounts@alderfinch.example | accounts@alderfinch.example
    To Email Address | - | paypal@consult.example | paypal@consult.example | paypal@consult.example
    Transaction ID | - | 7HC20015 | 9PQ41187 | 2KD77310
    Address Status | - | Non-Confirmed | Confirmed | Confirmed
    Sales Tax | - | "" | "" | ""
    Reference Txn ID | - | "" | B-31X | B-33X
    Invoice Number | - | "" | 31 | 33
    Receipt ID | - | "" | 1180-4410-2291-0032 | 1180-4410-2291-0047
    Balance | - | 79.75 | 1610.43 | 4020.1
    Contact Phone Number | phone | "" | 415-555-0138 | 415-555-0138
    Subject | - | "" | Payment for invoice 31 | Payment for invoice 33
    Note | - | "" | "" | ""
  `),
  set({ id: 'en-github-sponsors-sponsorships-export', kind: 'code hosting platform\'s sponsorships export (the columns a ledger tool\'s rules read)', lang: 'en', source: 'github:simonmichael/hledger examples/csv/other/github-sponsorships.rules (the GitHub sponsorships CSV header in the rules file)' }, `
    # The sponsor's handle is the login the sponsor is filed under on the platform: the External ID. "Region" is the
    # sponsor's state or province code beside the country: the State. The tier, amounts, flags, metadata and VAT are
    # about the sponsorship.
    Sponsor Handle | externalId | lwinter | devika-r | brightforge
    Sponsor Profile Name | name | Lena Winter | Devika Rao | Brightforge Labs
    Sponsor Public Email | email | lena@winter.example | "" | oss@brightforge.example
    Sponsorship Started On | - | 2024-02-11 | 2025-06-01 | 2023-10-20
    Is Public? | - | true | false | true
    Is Yearly? | - | false | false | true
    Transaction ID | - | ch_3Ox81 | ch_3Pq20 | ch_3Nn77
    Payment Source | - | GitHub | GitHub | Patreon
    Tier Name | - | $5 a month | $10 a month | $1,200 one time
    Tier Monthly Amount | - | 5.00 | 10.00 | 100.00
    Processed Amount | - | 5.00 | 10.00 | 1200.00
    Is Prorated? | - | false | true | false
    Status | - | settled | settled | settled
    Transaction Date | - | 2026-01-11 04:02:10 +0000 | 2026-01-01 00:10:44 +0000 | 2025-10-20 15:31:09 +0000
    Metadata | - | "" | "" | ""
    Country | country | US | IN | DE
    Region | state | OR | KA | BE
    VAT | - | "" | "" | 19%
  `),
  set({ id: 'en-open-collective-transactions-fee-columns', kind: 'open-source fundraising platform\'s transactions export with fee and tax columns (a ledger tool\'s rules file)', lang: 'en', source: 'github:simonmichael/hledger examples/csv/other/opencollective/opencollective-columns.rules (the Open Collective CSV header in the rules file)' }, `
    # The rows are a collective's transactions: "Account Handle" and "Account Name" are the collective itself; the
    # "opposite" account is the contributor or payee, the row's person: its name is the Name and its handle (the login
    # it is filed under) the External ID. Expense and accounting columns are about the transaction.
    Effective Date & Time | - | 2017-01-20T19:21:45 | 2025-12-23T10:59:07 | 2025-12-24T08:14:51
    Transaction ID | - | 5126 | 11299548 | 11301277
    Description | - | Monthly contribution from Mara Quinn (Bronze) | Monthly contribution from Guest (Bronze) | Contribution from Tallow Works
    Credit/Debit | - | CREDIT | CREDIT | CREDIT
    Kind | - | CONTRIBUTION | CONTRIBUTION | CONTRIBUTION
    Group ID | - | 8b272eb0-d303-4cea-99db-3bcc40f54518 | d40ea8c3-f20f-4a88-8426-8c7405be447c | 5f1e0a9b-77c2-4d0e-b8e4-1a2b3c4d5e6f
    Amount Single Column | - | 8.41 | 1.41 | 95.00
    Currency | - | USD | USD | USD
    Is Reverse | - | "" | "" | ""
    Is Reversed | - | "" | "" | ""
    Reverse Transaction ID | - | "" | "" | ""
    Account Handle | - | printkit | printkit | printkit
    Account Name | - | printkit | printkit | printkit
    Opposite Account Handle | externalId | mquinn | guest-d120c27f | tallow-works
    Opposite Account Name | name | Mara Quinn | Guest | Tallow Works
    Payment Processor | - | STRIPE | PAYPAL | STRIPE
    Payment Method | - | CREDITCARD | SUBSCRIPTION | CREDITCARD
    Contribution Memo | - | "" | "" | Thanks for the plugin
    Expense Type | - | "" | "" | ""
    Expense Tags | - | "" | "" | ""
    Expense Payout Method Type | - | "" | "" | ""
    Accounting Category Code | - | "" | "" | ""
    Accounting Category Name | - | "" | "" | ""
    Merchant ID | - | "" | "" | ""
    Reverse Kind | - | "" | "" | ""
    Payment Processor Fee | - | -0.59 | -0.59 | -3.06
    Tax Amount | - | 0 | 0 | 0
  `),
  // ------------------------------------------------------------------------------------------ communities, helpdesk
  set({ id: 'en-discourse-bulk-invite-no-header', kind: 'community forum\'s bulk invite file without a header row (an importer test file)', lang: 'en', source: 'github:discourse/discourse spec/fixtures/csv/bulk_invite.csv (a bulk invite test file)', noHeader: true }, `
    # Columns by the forum's bulk invite format: email, groups to add the person to (semicolon-separated), and the
    # topic to send them to. Groups are Tags; the topic is about the invite.
    "" | email | hana.k@mail.example | milo.t@post.example | reza@mail.example
    "" | tags | "" | volunteers;newsletter | beta
    "" | - | "" | 999 | 1204
  `),
  set({ id: 'en-discourse-invites-groups-location', kind: 'community forum\'s bulk invite file with a header row (an importer test file)', lang: 'en', source: 'github:discourse/discourse spec/fixtures/csv/discourse_headers.csv (a bulk invite test file with headers)' }, `
    # Groups are Tags; "location" is a free-form location, not imported.
    email | email | hana.k@mail.example | milo.t@post.example | reza@mail.example
    groups | tags | discourse;ubuntu | ubuntu | staff
    location | - | usa | europe | Lagos, NG
  `),
  set({ id: 'en-discourse-invites-locale-team', kind: 'community forum\'s bulk invite file with a language and a team (an importer test file)', lang: 'en', source: 'github:discourse/discourse spec/fixtures/csv/invites_with_locales.csv (a bulk invite test file with locales)' }, `
    # The team the invitee joins is a group the person belongs to: Tags. The interface language is not imported.
    email | email | jonas@mail.example | ola.w@post.example | tereza@mail.example
    locale | - | de | pl | ""
    team | tags | red | blue | red
  `),
  set({ id: 'en-discourse-invites-moderator-flag', kind: 'community forum\'s bulk invite file with a column it does not know (an importer test file)', lang: 'en', source: 'github:discourse/discourse spec/fixtures/csv/invite_valid_and_invalid_headers.csv (a bulk invite test file with an unknown header)' }, `
    # The location is free-form and the moderator flag a boolean: neither is imported.
    email | email | jonas@mail.example | ola.w@post.example | tereza@mail.example
    location | - | usa | Kraków | ""
    moderator | - | true | false | false
  `),
  set({ id: 'en-zammad-organization-import-members', kind: 'helpdesk SaaS\'s organization import test file', lang: 'en', source: 'github:zammad/zammad spec/fixtures/files/csv_import/organization/simple.csv (an organization import test file)' }, `
    # The rows are organizations: the name is the Company name and the empty "id" the helpdesk's own id (another
    # system's id of the row: the External ID). "members" lists the emails of other customers who belong to the
    # organization, not the organization's own email: not imported.
    id | externalId | "" | "" | 17
    name | companyName | Fjordline Travel | Hollis & Pike | Quarry Labs
    members | - | anna@fjordline.example | ops@hollispike.example;li@hollispike.example | ""
    active | - | "" | false | true
  `),
  set({ id: 'en-tally-team-skills-survey', kind: 'online form tool\'s responses export of an engineering team\'s skills survey (the columns a chart tool leaves out of its stacks)', lang: 'en', source: 'index:32173778406 (a skills survey chart tool\'s default column names of a Tally export)' }, `
    # The respondent id is the form tool's id of the person: the External ID; the submission id is the row's own, not
    # imported. The role is not imported; the stack question is about skills. "Email (Gitstart mail)" is the person's
    # work email, the only email. The stack question's header ends with a space in the file (the table drops it).
    Submission ID | - | Yp0w2K | 3Ea7Lm | qR8tVz
    Respondent ID | externalId | 8oNr1P | J2kd0x | wB4sYe
    Submitted at | - | 2023-03-02 09:14:55 | 2023-03-02 10:01:07 | 2023-03-03 16:45:30
    Role | - | Developer | QA | Developer
    Languages/Stack you are familiar with  (not necessarily an expert at) | - | TypeScript, React | Python | Go, Postgres
    Email (Gitstart mail) | email | amara@gitstart.example | t.lindgren@gitstart.example | joao.p@gitstart.example
  `),
  set({ id: 'en-cleverreach-bounces-export', kind: 'German newsletter SaaS\'s bounced addresses export (a command-line exporter\'s CSV fields)', lang: 'en', source: 'github:jpbede/cleverreach-bounceexport bounce.go (the CSV fields of the bounce export)' }, `
    # Each row is a bounced address; the bounce's category, counts, dates, message and type are about the bounce.
    email | email | old.address@mail.example | info@closedshop.example | typo@gmial.example
    category | - | hard | soft | hard
    occurences | - | 3 | 1 | 1
    last_update | - | 1700213344 | 1700300021 | 1700419876
    last_update_gmt | - | 2023-11-17 09:29:04 | 2023-11-18 09:33:41 | 2023-11-19 18:51:16
    expires_by | - | 1707989344 | 1700904821 | 1708195876
    expires_by_gmt | - | 2024-02-15 09:29:04 | 2023-11-25 09:33:41 | 2024-02-17 18:51:16
    bounce_message | - | 550 5.1.1 User unknown | 452 4.2.2 Mailbox full | 550 5.1.2 Host unknown
    type | - | user_unknown | mailbox_full | domain_unknown
    type_id | - | 1 | 4 | 2
  `),
  set({ id: 'en-twingle-donations-export-columns', kind: 'German online donation SaaS\'s donations export, the columns a CRM import script reads (in its order)', lang: 'en', source: 'github:BennHi/import-to-civiCrm-from-twingle-csv import.js (the donation export columns the script reads)', defaultCountry: 'DE' }, `
    # The donor's own columns are mapped; the project, transaction, amount, payment, mandate, account holder, flags and
    # campaign columns are about the donation (bank details never). The donor's title and gender are not imported;
    # "user_extrafield" is a free field of the form.
    project_id | - | 4r7k2m | 4r7k2m | 9xq1pa
    trx_id | - | 8820117 | 8820342 | 8821006
    timestamp | - | 03.11.2023 14:02:11 | 03.11.2023 19:40:55 | 05.11.2023 08:13:20
    purpose | - | Winterhilfe | Winterhilfe | Spende allgemein
    amount | - | 25,00 | 10,00 | 100,00
    currency | - | EUR | EUR | EUR
    user_email | email | h.bauer@mail.example | k.yildiz@post.example | f.wendt@mail.example
    user_country | country | DE | DE | AT
    payment_method | - | paypal | debit_sepa | creditcard
    donation_rhythm | - | one_time | monthly | one_time
    debit_iban | - | "" | DE12500105170648489890 | ""
    debit_bic | - | "" | INGDDEFFXXX | ""
    debit_sepa_mandate | - | "" | TW-8820342 | ""
    debit_account_holder | - | "" | Kerem Yildiz | ""
    newsletter | - | 1 | 0 | 1
    postinfo | - | 0 | 0 | 1
    donation_receipt | - | 1 | 1 | 0
    user_gender | - | female | male | female
    user_firstname | firstName | Hanna | Kerem | Frieda
    user_lastname | lastName | Bauer | Yildiz | Wendt
    user_street | address1 | Gartenstr. 8 | Ulmenallee 21 | Hauptplatz 3
    user_postal_code | postalCode | 50667 | 04109 | 8010
    user_city | city | Köln | Leipzig | Graz
    user_telephone | phone | 0221 3397120 | "" | +43 316 822190
    parent_trx_id | - | "" | 8820342 | ""
    user_title | - | "" | Dr. | ""
    user_birthday | dateOfBirth | 12.04.1979 | "" | 30.08.1961
    user_company | companyName | "" | "" | Wendt Architektur
    user_extrafield | - | "" | "" | Bitte keine Post
    campaign | - | winter23 | winter23 | ""
  `),
  set({ id: 'en-bank-statement-filter-lines-above', kind: 'online banking statement download with the search filter\'s lines above the header (an accounting suite\'s statement import fixture)', lang: 'en', source: 'github:OCA/bank-statement-import account_statement_import_txt_xlsx/tests/fixtures/sample_statement_en_with_header.csv (a statement import fixture with lines above the header)',
    above: [['Posting date from', '', '', '', '', '', ''], ['Posting date until', '', '', '', '', '', ''], ['Amount from', '', '', '', '', '', ''], ['Amount up to', '', '', '', '', '', ''], ['Extract number from', '', '', '', '', '', ''], ['Extract number until', '', '', '', '', '', ''], ['Communication', '', '', '', '', '', ''], ['Counterpart name contains', '', '', '', '', '', ''], ['Counterparty account', '', '', '', '', '', ''], ['Last balance', '', '', '', '', '', ''], ['Date/time of last balance', '', '', '', '', '', ''], ['', '', '', '', '', '', '']] }, `
    # Twelve lines sit above the header: the labels of the bank's search form (one cell each) and an empty line. The
    # partner is the counterparty of a movement: the row's Name. The bank account is bank details, not imported.
    Date | - | 12/15/2018 | 12/15/2018 | 12/17/2018
    Label | - | Invoice 2018-114 paid | Your payment on 12/15/2018 | Deposit workshop
    Currency | - | USD | EUR | USD
    Amount | - | -33.50 | 1,525.00 | 250.00
    Amount Currency | - | 0.0 | 1,000.00 | 0.0
    Partner Name | name | Dana Whitfield | Lakeside Interiors | Ravi Kapoor
    Bank Account | - | 902113847 | "" | 551207733
  `),
  set({ id: 'en-paypal-statement-bank-fields-fixture', kind: 'payment service\'s monthly statement download (an accounting suite\'s statement import fixture)', lang: 'en', source: 'github:OCA/bank-statement-import account_statement_import_paypal/tests/fixtures/statement_en.csv (the PayPal statement import fixture)' }, `
    # The sender's email and "Name" are the counterparty's; bank name and bank account (withdrawals to the holder's
    # bank) are bank details, not imported. Amounts, balance and references are about the movement.
    Date | - | 9/4/2018 | 9/10/2018 | 9/11/2018
    Time | - | 20:44:10 | 17:48:19 | 00:01:50
    Time Zone | - | America/Los_Angeles | America/Los_Angeles | America/Los_Angeles
    Description | - | Express Checkout Payment | Express Checkout Payment | General Withdrawal - Bank Account
    Currency | - | USD | USD | EUR
    Gross | - | 1,309.80 | 3,840.60 | -3,105.58
    Fee | - | -48.76 | -142.40 | 0.00
    Net | - | 1,261.04 | 3,698.20 | -3,105.58
    Balance | - | 1,261.93 | 3,699.13 | -3,104.83
    Transaction ID | - | 3FK10294 | 7LM55120 | 1QA88231
    From Email Address | email | orders@brightline.example | pay@kestrelworks.example | ""
    Name | name | Brightline Studio | Kestrel Works | ""
    Bank Name | - | "" | "" | Bank B
    Bank Account | - | "" | "" | 9169
    Shipping and Handling Amount | - | 0.00 | 0.00 | 0.00
    Sales Tax | - | 0.00 | 0.00 | 0.00
    Invoice ID | - | 361 | 362 | ""
    Reference Txn ID | - | "" | "" | ""
  `),
  set({ id: 'en-substack-members-invalid-layout', kind: 'newsletter members file that is not the platform\'s layout (a migrator\'s rejection test fixture)', lang: 'en', source: 'github:TryGhost/migrate packages/mg-substack-members-csv/test/fixtures/invalid.csv (the invalid members fixture)' }, `
    email_address | email | herra@mail.example | tobin.k@post.example | marit@mail.example
    name | name | Herra Lind | Tobin Kade | Marit Olsen
  `),
  set({ id: 'en-ghost-members-future-created-at', kind: 'publishing platform\'s members import test file with a creation date in the future', lang: 'en', source: 'github:TryGhost/Ghost ghost/core/test/utils/fixtures/csv/members-future-created-at.csv (a members import test file)' }, `
    # The creation date is the member record's, not a date of birth: not imported.
    email | email | future@mail.example | anouk.v@post.example | deshawn@mail.example
    name | name | Future Member | Anouk Visser | DeShawn Ellis
    created_at | - | 9999-01-01T00:00:00.000Z | 2022-03-14T08:00:00.000Z | 2023-11-30T17:45:12.000Z
  `),
  // --------------------------------------------------------------------------------------------------- German
  set({ id: 'de-paypal-aktivitaeten-vollstaendig', kind: 'payment service\'s German activity download, all 41 columns (a bookkeeping tool\'s reader)', lang: 'de', source: 'index:22210434213 (a beancount manager\'s PayPal converter, German column names)', defaultCountry: 'DE' }, `
    # The rows are payments: "Name" and the sender's email are the payer's; the recipient's email is the account
    # holder's own. "Lieferadresse" (the one-cell delivery address) is shipping, never imported; the split address
    # columns are the payer's address on the payment, the only address the file has: mapped. "Adresszusatz" is a
    # second address line; "Ländervorwahl" repeats the country as a code; both not imported.
    Datum | - | 02.01.2020 | 05.01.2020 | 09.01.2020
    Uhrzeit | - | 09:14:22 | 17:40:03 | 12:01:55
    Zeitzone | - | CET | CET | CET
    Name | name | Friederike Lang | Jonas Weidner | Mehmet Aydın
    Typ | - | Zahlung im Einzugsverfahren | Website-Zahlung | Allgemeine Zahlung
    Status | - | Abgeschlossen | Abgeschlossen | Ausstehend
    Währung | - | EUR | EUR | EUR
    Brutto | - | 35,00 | 12,90 | 80,00
    Gebühr | - | -0,92 | -0,59 | -1,87
    Netto | - | 34,08 | 12,31 | 78,13
    Absender E-Mail-Adresse | email | f.lang@mail.example | jonas.weidner@post.example | m.aydin@mail.example
    Empfänger E-Mail-Adresse | - | laden@buchwerk.example | laden@buchwerk.example | laden@buchwerk.example
    Transaktionscode | - | 8RT20551LM0423118 | 2HK77190QW5563301 | 6ZP40128XY8819274
    Lieferadresse | - | "Friederike Lang, Lindenstr. 4, 79098 Freiburg, Deutschland" | "" | ""
    Adress-Status | - | Bestätigt | Nicht bestätigt | Nicht bestätigt
    Artikelbezeichnung | - | Kalender 2020 | Postkartenset | Lesung Eintritt
    Artikelnummer | - | K-2020 | PK-07 | L-11
    Versand- und Bearbeitungsgebühr | - | 3,90 | 0,00 | 0,00
    Versicherungsbetrag | - | "" | "" | ""
    Umsatzsteuer | - | 0,00 | 0,00 | 0,00
    Option 1 Name | - | "" | Motiv | ""
    Option 1 Wert | - | "" | Herbst | ""
    Option 2 Name | - | "" | "" | ""
    Option 2 Wert | - | "" | "" | ""
    Zugehöriger Transaktionscode | - | "" | "" | ""
    Rechnungsnummer | - | R-2020-0012 | "" | R-2020-0019
    Zollnummer | - | "" | "" | ""
    Anzahl | - | 1 | 2 | 2
    Empfangsnummer | - | "" | 4410-2281-9930-1175 | ""
    Guthaben | - | 412,60 | 424,91 | 503,04
    Adresszeile 1 | address1 | Lindenstr. 4 | "" | Am Hafen 17
    Adresszusatz | - | "" | "" | 2. OG
    Ort | city | Freiburg | "" | Bremen
    Bundesland | state | Baden-Württemberg | "" | Bremen
    PLZ | postalCode | 79098 | "" | 28217
    Land | country | Deutschland | "" | Deutschland
    Telefon | phone | 0761 4471203 | "" | 0421 5503318
    Betreff | - | "" | Bestellung 1188 | ""
    Hinweis | - | Danke! | "" | ""
    Ländervorwahl | - | DE | "" | DE
    Auswirkung auf Guthaben | - | Haben | Haben | Haben
  `),
  set({ id: 'de-paypal-aktivitaeten-kurz-finanzapp', kind: 'payment service\'s German activity download with the default columns (a household finance app\'s test data)', lang: 'de', source: 'index:70603313703 (a finance app\'s import tests, the German PayPal file)' }, `
    # As in the full download: "Name" is the counterparty, the sender's email its email; the recipient's email is the
    # account holder's own. A counterparty here is often a shop (a company name in "Name"), still the row's name.
    Datum | - | 07.09.2026 | 12.09.2026 | 21.09.2026
    Uhrzeit | - | 10:12:00 | 15:30:41 | 19:00:00
    Zeitzone | - | Europe/Berlin | Europe/Berlin | Europe/Berlin
    Name | name | Holzwerk Meier GmbH | Anneliese Kurz | Druckerei Falk
    Typ | - | Express-Zahlung | Allgemeine Zahlung | Zahlung im Einzugsverfahren mit Zahlungsrechnung
    Status | - | Abgeschlossen | Abgeschlossen | Ausstehend
    Währung | - | EUR | EUR | EUR
    Brutto | - | -24,90 | 15,00 | -61,20
    Gebühr | - | 0,00 | 0,00 | 0,00
    Netto | - | -24,90 | 15,00 | -61,20
    Absender E-Mail-Adresse | email | ich@mail.example | a.kurz@post.example | ich@mail.example
    Empfänger E-Mail-Adresse | - | shop@holzwerk.example | ich@mail.example | rechnung@falk.example
    Transaktionscode | - | 1HB55012 | 7QX20931 | 3LM88120
    Artikelbezeichnung | - | Schneidebrett | Anteil Geschenk | Visitenkarten
  `),
  set({ id: 'de-paypal-kontoauszug-bankdaten', kind: 'payment service\'s German statement report (the columns a bookkeeping script validates)', lang: 'de', source: 'index:17371964371 (a bookkeeping script\'s data model of the German PayPal statement)' }, `
    # The statement's rows are movements; the sender's email and "Name" are the counterparty's. The bank name and the
    # bank account are bank details, not imported.
    Datum | - | 03.02.2023 | 04.02.2023 | 06.02.2023
    Uhrzeit | - | 08:15:02 | 21:44:19 | 10:09:33
    Zeitzone | - | MEZ | MEZ | MEZ
    Beschreibung | - | Website-Zahlung | Bankgutschrift auf PayPal-Konto | Allgemeine Zahlung
    Währung | - | EUR | EUR | EUR
    Brutto | - | 49,00 | 100,00 | 18,50
    Entgelt | - | -1,28 | 0,00 | -0,60
    Netto | - | 47,72 | 100,00 | 17,90
    Guthaben | - | 312,40 | 412,40 | 430,30
    Transaktionscode | - | 5TR118204K | 0PL22391AA | 9WE40018ZT
    Absender E-Mail-Adresse | email | k.brandt@mail.example | "" | lotte.s@post.example
    Name | name | Katrin Brandt | "" | Lotte Sommer
    Name der Bank | - | "" | Sparkasse Leipzig | ""
    Bankkonto | - | "" | XXXX-XXXX-XXXX-4471 | ""
    Versand- und Bearbeitungsgebühr | - | 0,00 | 0,00 | 0,00
    Umsatzsteuer | - | 0,00 | 0,00 | 0,00
    Rechnungsnummer | - | 2023-0041 | "" | ""
    Zugehöriger Transaktionscode | - | "" | "" | ""
  `),
  set({ id: 'de-ticketing-teilnehmer-export-coderdojo', kind: 'event ticketing platform\'s German attendee export, as a coding club\'s badge printer reads it', lang: 'de', source: 'github:coderdojo-linz/participants-management-client queries/badge-creator/badge.js (the attendee rows of a German ticketing export)' }, `
    # Order number and date, ticket type, attendee number, barcode and attendee status are about the ticket.
    Bestellnr. | - | 589750213 | 589968811 | 590006704
    Bestelldatum | - | 2017-01-24 21:15:19+01:00 | 2017-01-25 11:47:12+01:00 | 2017-01-25 14:49:57+01:00
    Vorname | firstName | Sabine | Lukas | Theresa
    Nachname | lastName | Gruber | Eder | Pichler
    Ticketart | - | Bootcamp 2017 | Bootcamp 2017 | Bootcamp 2017 Speaker
    Teilnehmernummer | - | 740658299 | 740914930 | 740959318
    Barcode-Nr. | - | 589750213740658299001 | 589968811740914930001 | 590006704740959318001
    Teilnehmerstatus | - | Nimmt teil | Nimmt teil | Eingecheckt
  `),
  set({ id: 'de-spendenbescheinigung-eingabe-csv', kind: 'donation receipt generator\'s semicolon input list', lang: 'de', source: 'index:43677149514 (a donation receipt generator\'s documented CSV format)' }, `
    # "PLZ Ort" holds the postal code and the town in one cell: the City, as an older part chose for such a
    # combination. "Adresszusatz" is a second address line, not imported; amount and date are about the donation.
    Nachname | lastName | Albrecht | Schulte | Nguyen
    Vorname | firstName | Renate | Bernd | Linh
    Straße | address1 | Gartenweg 12 | Hauptstr. 140 | Mozartring 3
    Adresszusatz | - | "" | c/o Praxis Dr. Vogt | ""
    PLZ Ort | city | 34117 Kassel | 35037 Marburg | 34119 Kassel
    Betrag | - | 50,00 | 120,00 | 25,00
    Spendendatum | - | 12.03.2024 | 01.06.2024 | 24.12.2024
  `),
  set({ id: 'de-alarmierung-mitgliederimport-feuerwehr', kind: 'fire brigade alerting SaaS\'s member import template (its documented columns)', lang: 'de', source: 'github:alarmiator/ALARMiator-Documentation docs/mitgliederanlegen.md (the member import\'s importable fields)', defaultCountry: 'DE' }, `
    # "Mitgliedsnummer" is the member's number: the External ID; the youth fire brigade's number (DJF) is a second id,
    # not imported. Service dates and months are about the membership. The untyped phone is the main phone and the
    # mobile next to it an additional phone. Salutation, title and gender are not imported.
    Anrede | - | Herr | Frau | Herr
    Titel | - | "" | Dr. | ""
    Vorname | firstName | Florian | Katharina | Emre
    Nachname | lastName | Huber | Stadler | Yilmaz
    Geburtstag | dateOfBirth | 1986-03-14 | 1979-11-02 | 2004-07-21
    Datum verstorben | - | "" | "" | ""
    Straße | address1 | Feuerwehrstr. 3 | Am Anger 11 | Birkenweg 5a
    Postleitzahl | postalCode | 85354 | 85356 | 85354
    Stadt | city | Freising | Freising | Freising
    Bundesland | state | Bayern | Bayern | Bayern
    Land | country | Deutschland | Deutschland | Deutschland
    Mitgliedsnummer | externalId | 1042 | 0871 | 1310
    DJF Nummer | - | "" | "" | J-20231
    Datum Eintritt | - | 2001-09-01 | 1995-01-01 | 2016-09-01
    Datum Austritt | - | "" | "" | ""
    Datum Eintritt Aktivendienst | - | 2004-03-14 | 1997-01-01 | 2022-07-21
    Datum Ausscheiden Aktivendienst | - | "" | "" | ""
    Aktive Monate Fremdorganisation | - | 0 | 24 | 0
    Telefonnummer | phone | 08161 44120 | 08161 93377 | ""
    Email-Addresse | email | f.huber@mail.example | k.stadler@post.example | emre.y@mail.example
    Mobiltelefonnummer | additionalPhones | 0171 4402918 | "" | 0152 28831049
    Geschlecht | - | männlich | weiblich | männlich
  `),
  set({ id: 'de-stripe-auszahlungen-buchhaltung-import', kind: 'card payment service\'s balance transactions converted for a German accounting SaaS\'s bank import (the header a converter writes)', lang: 'de', source: 'github:EverHype-Systems/stripe-lexoffice-csv main.py (the German header row the converter writes)' }, `
    # "Auftraggeber / Empfänger" is the paying customer's name (or the payment service's own name for fees): the row's
    # Name. Dates, purpose and amounts are about the booking.
    Buchungsdatum | - | 04.03.2024 | 04.03.2024 | 05.03.2024
    Auftraggeber / Empfänger | name | Miriam Kessler | Holzwerkstatt Brandt | Stripe
    Verwendungszweck | - | Rechnung RE-2024-118 | Abo März | Gebühren
    Betrag | - | 119,00 | 49,00 | -3,21
    Soll Betrag (Ausgabe) | - | "" | "" | 3,21
    Haben Betrag (Einnahme) | - | 119,00 | 49,00 | ""
    Wertstellungsdatum | - | 06.03.2024 | 06.03.2024 | 06.03.2024
  `),
  set({ id: 'de-etsy-zahlungen-buchhaltung-import', kind: 'craft marketplace\'s payments converted for a German accounting SaaS\'s bank import (the upper-case header a converter writes)', lang: 'de', source: 'github:smoki99/EtsyCSVtoLexoffice etsy_to_lexoffice.py (the header row the converter writes)' }, `
    # "AUFTRAGGEBER/EMPFÄNGER" is the buyer (or the marketplace for its fees): the row's Name. The extra info is the
    # order number; purpose and amount are about the booking.
    BUCHUNGSDATUM | - | 12.02.2024 | 12.02.2024 | 13.02.2024
    ZUSATZINFO | - | Bestellung 3188204417 | Bestellung 3188209921 | Gebühr
    AUFTRAGGEBER/EMPFÄNGER | name | Lena Hartwig | Tomasz Nowak | Etsy Ireland UC
    VERWENDUNGSZWECK | - | Verkauf Ohrringe Silber | Verkauf Lesezeichen Set | Transaktionsgebühr
    BETRAG | - | 34,90 | 12,50 | -2,27
  `),
  set({ id: 'de-bankimport-buchhaltungssaas-vier-spalten', kind: 'German accounting SaaS\'s bank statement import format, as a converter from payment apps writes it (its end-to-end test)', lang: 'de', source: 'github:stfl/sevdesk-import tests/test_endtoend.py (the German header the writer is tested for)' }, `
    # "Name" is the counterparty of the movement: the row's Name. Purpose, booking day and amount are about it.
    Name | name | Jonas Reiter | Kaffeerösterei Süd | Amelie Graf
    Verwendungszweck | - | Miete Proberaum Mai | Bestellung 4471 | Rückzahlung Auslage
    Buchungstag | - | 02.05.2024 | 03.05.2024 | 06.05.2024
    Betrag | - | 150,00 | -38,40 | 22,00
  `),
  set({ id: 'de-belege-export-buchhaltungssaas', kind: 'German accounting SaaS\'s invoices and receipts export (the header an export tool writes)', lang: 'de', source: 'github:gaambo/sevdesk-export src/files.mjs (the columns of the receipts list it writes)' }, `
    # "Kunde/Lieferant" is the customer or supplier a document is with, mostly a business: the Company name. The type,
    # dates, number, payment, category and file name are about the document.
    Typ | - | Rechnung | Beleg | Rechnung
    Rechnungs-/Belegdatum | - | 14.01.2024 | 16.01.2024 | 02.02.2024
    Nummer | - | RE-1007 | B-2024-031 | RE-1008
    Kunde/Lieferant | companyName | Grünwerk Landschaftsbau GmbH | Bürobedarf Lenz KG | Praxis Dr. Haas
    Zahlung Datum | - | 28.01.2024 | 16.01.2024 | ""
    Zahlung Summe | - | 1.428,00 | 86,90 | ""
    Kategorie | - | Erlöse | Büromaterial | Erlöse
    Dateiname | - | RE-1007.pdf | B-2024-031.pdf | RE-1008.pdf
  `),
  // ---------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-sportlink-rij-model-converter', kind: 'club administration SaaS member export, the columns a converter to an email tool\'s import reads (its row model)', lang: 'nl', source: 'github:EdwinOtten/sportlink-to-mailchimp-converter src/models.ts (the Sportlink row model)' }, `
    # The age category is like a school year group: not imported. "Lidsoorten vereniging" (the kinds of membership
    # the member has at the club) is a category the member is filed under: Tags. "Roepnaam" is the name the member
    # goes by, the only given-name column: the First name; the tussenvoegsel is not imported.
    E-mail | email | anouk.bakker@mail.example | joris.dewit@post.example | fenna.h@mail.example
    Roepnaam | firstName | Anouk | Joris | Fenna
    Tussenvoegsel(s) | - | "" | de | van
    Achternaam | lastName | Bakker | Wit | Hoek
    Leeftijdscategorie | - | Masters Vrouwen | Senioren Mannen | Junioren Meisjes
    Lidsoorten vereniging | tags | Vrienden - Recreatief - Week | Overigen - Recreatief - Week | Jeugd - Competitie
  `),
  set({ id: 'nl-laposta-ledenlijst-velden-sportclub', kind: 'newsletter SaaS list fields a sports club fills from its member administration (the sync\'s field map, in its order)', lang: 'nl', source: 'github:jdevalk/sportlink-sync config/field-mapping.json (the Laposta list fields of a club\'s member sync)', defaultCountry: 'NL' }, `
    # The newsletter tool names the email field "{{email}}". A member list: the parents' columns are not imported.
    # "relatiecode" is the club administration's id of the member: the External ID. The team the member plays in is a
    # group the member belongs to: Tags. The untyped "telefoonnummer" is the main phone and the mobiles next to it
    # additional phones, like the second numbers; "emailadres2" is an additional email. A house number and its
    # suffix on their own are not imported; the tussenvoegsel is not imported.
    {{email}} | email | sanne.visser@mail.example | t.mulder@post.example | lotte.smit@mail.example
    voornaam | firstName | Sanne | Tim | Lotte
    tussenvoegsel | - | "" | "" | van der
    achternaam | lastName | Visser | Mulder | Smit
    geboortedatum | dateOfBirth | 2011-04-17 | 1988-09-02 | 2009-12-30
    team | tags | JO13-1 | Heren 3 | MO17-2
    geslacht | - | V | M | V
    leeftijdscategorie | - | Onder 13 | Senioren | Onder 17
    relatiecode | externalId | BBKS21X | MMLT88P | CCVD02Q
    datumpasfoto | - | 2023-08-20 | 2021-09-01 | 2024-08-25
    lidsinds | - | 2017-09-01 | 2005-08-15 | 2015-09-01
    emailadres2 | additionalEmails | "" | tim@mulderbouw.example | ""
    mobielnummer | additionalPhones | 06-41229087 | 06-28831450 | 06-19904426
    mobielnummer2 | additionalPhones | "" | "" | 06-55301298
    telefoonnummer | phone | 030-2418877 | "" | 030-6612093
    telefoonnummer2 | additionalPhones | "" | "" | ""
    straatnaam | address1 | Kastanjelaan | Weteringstraat | Zonnebloemweg
    huisnummer | - | 14 | 2 | 77
    huisnummertoevoeging | - | "" | bis | A
    postcode | postalCode | 3581 KL | 3511 AB | 3437 RT
    plaats | city | Utrecht | Utrecht | Nieuwegein
    naamouder1 | - | Ellen Visser | "" | Marco Smit
    naamouder2 | - | Ruud Visser | "" | ""
    emailouder1 | - | ellen.visser@mail.example | "" | m.smit@post.example
    emailouder2 | - | ruud.v@post.example | "" | ""
    telefoonouder1 | - | 06-33128876 | "" | 06-70112348
    telefoonouder2 | - | 06-47719023 | "" | ""
  `),
  set({ id: 'nl-urenregistratie-naar-boekhoudsaas', kind: 'hours sheet a freelancer fills to invoice through an accounting SaaS (a sync tool\'s test file)', lang: 'nl', source: 'github:rkok/gsheets2moneybird test/test.csv (the sheet parser\'s test file)' }, `
    # "Klant" is the customer the hours are billed to, the only column that names a person: the Name. Date, hours,
    # rate, description and invoice number are about the work.
    Datum | - | 2022-01-03 | 2022-01-04 | 2022-01-10
    Klant | name | Kees Jansen | Marloes de Boer | Kees Jansen
    Uren | - | 2.5 | 4 | 1.25
    Uurtarief | - | 30 | 45 | 30
    Omschrijving | - | Website bijgewerkt | Fotosessie | Nazorg
    Factuurnr. | - | "" | 2022-004 | ""
  `),
  set({ id: 'nl-formulier-antwoorden-lopers-beschikbaarheid', kind: 'form responses of a charity run\'s volunteer sign-up with the hours offered (a test driver\'s setup row)', lang: 'nl', source: 'index:70142437193 (a charity run app\'s admin test guide, the form row it imports)' }, `
    # The hours the runner offers are about the event, not the person.
    Tijdstempel | - | 1/1/2026 | 3/1/2026 | 4/1/2026
    E-mailadres | email | blok@mail.example | sofie.p@post.example | wout.d@mail.example
    Naam | name | Jana Blok | Sofie Peeters | Wout Dierickx
    Ik ben volgende uren beschikbaar | - | 12-14u (woensdag) | 10-11u (dinsdag) | 16-17u (donderdag)
  `),
  set({ id: 'nl-crm-importtest-voornaam-plaats', kind: 'small business CRM\'s contact import test file (the columns of an implementation plan\'s smoke test)', lang: 'nl', source: 'index:60348720544 (a CRM\'s implementation plan for the contacts import, its test file)', defaultCountry: 'NL' }, `
    Voornaam | firstName | Ilse | Ruben | Noor
    Email | email | ilse@bakkerijvos.example | ruben.k@post.example | noor.a@mail.example
    Telefoon | phone | 06-12783340 | 020-6241187 | 06-50091273
    Plaats | city | Deventer | Amsterdam | Zwolle
  `),
  // ---------------------------------------------------------------------------------------------------- mixed
  set({ id: 'mixed-ghost-members-spanish-mapped-headers', kind: 'publishing platform\'s members import test file with Spanish column names to be mapped and an English one', lang: 'mixed', source: 'github:TryGhost/Ghost ghost/core/test/utils/fixtures/csv/members-with-mappings.csv (a members import test file)' }, `
    # "correo_electrpnico" is "correo electrónico" (email) with a typo in the file; "nombre" is the full name here.
    correo_electrpnico | email | hanna@mail.example | julio.v@post.example | pilar@mail.example
    nombre | name | Hannah | Julio Vidal | Pilar Ortega
    note | - | no need to map me | "" | ""
  `),
  withFirstColumn('#', null, ['k2v9x1mq7r0d4s8tz3b6c5n1p0w2e7ya', 'p8r3t0w6y1u4i7o2a5s9d3f6g1h4j8kl', 'z7x4c1v8b5n2m9q6w3e0r7t4y1u8i5op'], set({ id: 'mixed-typeform-beneficios-encuesta-es-en', kind: 'online form tool\'s responses export of a Spanish-language employee benefits survey, with the tool\'s English meta columns (embedded in a chatbot\'s prompt)', lang: 'mixed', source: 'index:51932371547 (a benefits chatbot\'s prompt holding a Typeform responses export)', defaultCountry: 'CL' }, `
    # The first column "#" (the response token) is added with withFirstColumn: a registration list's own row id, not
    # imported. The questions are in Spanish, the form tool's meta columns in English. The respondent's name and number
    # are the Name and the Phone (the tool writes a leading apostrophe before the +56). The survey answers and the
    # benefit catalogue's choices are about the benefit; the addresses asked for are where a benefit or a book is to be
    # delivered, like a shipping address: not imported. "Tags" are the tags set on a response: Tags. Several question
    # headers end with a space in the file (the table drops it).
    _Tu nombre y apellido__* ✍🏻*_ | name | Valentina Soto | matías | Rocío Fuentes
    Tu número 📲 | phone | '+56987120334 | '+56991457702 | '+56975530218
    Qué sensación o emoción define mejor tu año 2024? | - | Aprendizaje | caos bonito | Gratitud
    Si pudieras regalarte una experiencia para cerrar este año de la mejor manera, ¿cuál eligirías? | - | Un momento de relajación y bienestar (spa, masaje, etc.) | Algo que te dé adrenalina o diversión (deporte, aventura, etc.) | Una actividad que te conecte con tus seres queridos (cena, salidas, etc.)
    ¿Cuál es tu forma favorita de desconectar y recargar energías? | - | leer en el parque | andar en bici | cocinar con amigos
    ¿Qué meta o intención personal quieres establecer para comenzar el 2025 con fuerza? | - | ordenar mis finanzas | correr una media maratón | aprender italiano
    Cervezas y amigos | - | "" | "" | ""
    Comidas del mundo | - | "" | "" | ""
    Cuidado Personal | - | "" | "" | ""
    Caja by SoyTe | - | "" | "" | ""
    Continuar con el catálogo | - | Continuar con el catálogo | "" | Continuar con el catálogo
    Eventos del mes | - | "" | Eventos del mes | ""
    Litmus Liquor | - | "" | "" | ""
    Cafeterías | - | "" | "" | ""
    Disfruta de nuestra selección de cafeterías ☕️ | - | "" | "" | ""
    Selecciona el evento único del mes que te gustaría disfrutar | - | "" | Tour en bicicleta / sábado 10:00 | ""
    Cervezas y amigos | - | "" | "" | ""
    Coaching de carrera | - | "" | "" | ""
    Teatro y Cine | - | "" | "" | ""
    Comidas del mundo | - | Comidas del mundo | "" | ""
    Disfruta en familia | - | "" | "" | ""
    Lectura | - | "" | "" | Lectura
    Cuidado Personal | - | "" | "" | ""
    Mascota | - | "" | "" | ""
    Car washing | - | "" | "" | ""
    Inicia tu viaje en la fotografía | - | "" | "" | ""
    Eleva tu Inglés: Evaluación y Tips | - | "" | "" | ""
    Karting | - | "" | "" | ""
    Caja by SoyTe | - | "" | "" | ""
    Sesión con nutricionista: evaluación y tips | - | "" | "" | ""
    Selecciona el lugar donde quieres ir 🏎️ | - | "" | "" | ""
    Selecciona lo que te gustaría para tu mascota. | - | "" | "" | ""
    Elige el tipo de cuidado personal que prefieres 💅🏽 | - | "" | "" | ""
    Cuéntanos cuándo prefieres ir? | - | "" | "" | ""
    Te vamos a sorprender con un libro de la categoría que elijas 🤓 | - | "" | "" | Salud, relaciones y desarrollo personal
    Indícanos donde te gustaría recibir tu libro | - | "" | "" | Los Aromos 120, Ñuñoa
    {{field:7d956171-88d8-4613-b8e2-164b6b3929e9}}, dónde quieres disfrutar con tus amig@s? 🍻 | - | "" | "" | ""
    {{field:7d956171-88d8-4613-b8e2-164b6b3929e9}}, qué te gustaría disfrutar este mes? 🎭 | - | "" | "" | ""
    {{field:7d956171-88d8-4613-b8e2-164b6b3929e9}}, dónde quieres disfrutar en familia? 👨👨👧 | - | "" | "" | ""
    {{field:7d956171-88d8-4613-b8e2-164b6b3929e9}}, elige el lugar que más te guste 🍲 | - | "" | "" | ""
    Qué te gustaría disfrutar? | - | *Domicilio* | "" | ""
    Dinos cómo te gustaría utilizar tu beneficio. | - | "" | "" | ""
    Danos tu dirección para que disfrutes del beneficio. | - | Av. Italia 1450, Providencia | "" | ""
    Danos tu dirección para que disfrutes del beneficio. | - | "" | "" | ""
    Cuéntanos si tienes alguna restricción alimentaria | - | Vegetariana | "" | No tengo restricción
    Other | - | "" | "" | ""
    Response Type | - | completed | completed | completed
    Start Date (UTC) | - | 2025-01-09 13:02:11 | 2025-01-10 08:40:55 | 2025-01-12 19:21:03
    Stage Date (UTC) | - | "" | "" | ""
    Submit Date (UTC) | - | 2025-01-09 13:06:40 | 2025-01-10 08:43:12 | 2025-01-12 19:29:47
    Network ID | - | 5c2e91ab07 | a80d4f3e12 | 5c2e91ab07
    Tags | tags | "" | vip | ""
  `)),
  set({ id: 'mixed-rsvp-formulier-timestamp-naam', kind: 'wedding RSVP form\'s response file with an English timestamp column and Dutch answer columns', lang: 'mixed', source: 'index:17220380193 (an RSVP site\'s server writing the responses file)' }, `
    # "naam" is the guest's name; attendance, party size, dietary wishes and the remark are about the event.
    timestamp | - | 2025-05-02T18:22:41.003Z | 2025-05-03T07:10:12.551Z | 2025-05-04T20:45:09.120Z
    naam | name | Femke en Joost de Graaf | Yusuf Demir | Lieke Brouwer
    aanwezig | - | ja | nee | ja
    aantal_personen | - | 2 | 0 | 1
    dieetwensen | - | vegetarisch | "" | glutenvrij
    opmerking | - | Tot dan! | Helaas verhinderd | ""
  `),
  set({ id: 'mixed-cleverreach-backup-empfaenger-attribute', kind: 'German newsletter SaaS\'s recipients backup per group (a backup script writes the tool\'s English fields and the account\'s German attributes)', lang: 'mixed', source: 'github:jkopka/Cleverreach-Backup backup_groups.py (the header row the backup writes)' }, `
    # "id" is the newsletter tool's id of the recipient: the External ID. The account's global attributes are German:
    # "name" beside "vorname" is the surname; the letter salutation is not imported. "source" is where the signup came
    # from: the Source. The activation and registration stamps and the active flag are about the subscription.
    id | externalId | 100482213 | 100482214 | 100519870
    email | email | k.albers@mail.example | jens.moeller@post.example | s.yilmaz@mail.example
    activated | - | 1651234567 | 1652000011 | 0
    registered | - | 1651230001 | 1651999002 | 1653100456
    source | source | Anmeldeformular Website | Import Mitgliederliste | Messe 2022
    active | - | true | true | false
    global_attributes_name | lastName | Albers | Möller | Yilmaz
    global_attributes_vorname | firstName | Karin | Jens | Selin
    global_attributes_brief_anrede | - | Liebe Karin | Lieber Jens | Liebe Selin
  `),
];
