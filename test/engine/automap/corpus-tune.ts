// The tuning part of the auto-mapping corpus (see corpus-format.ts): the header sets the lexicon and the rules
// were built on. Sources: "github:owner/repo path" (a public repository file, read at the commit the code index
// holds), a documentation URL, or "index:N" (a file of the public code index, found by its exact header text,
// whose repository the index does not name).
import { corpusSet, type CorpusSet } from './corpus-format';

const tune = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'tune' }, table);

export const TUNE: CorpusSet[] = [
  // ------------------------------------------------------------------------------------------------ address books
  tune({ id: 'google-contacts-legacy', kind: 'Google Contacts CSV (legacy)', lang: 'en', source: 'github:mtrazzi/gmail-to-google-contacts google_contacts.csv; https://support.google.com/contacts/answer/1069522' }, `
    Name | name | Richard Feynman | Ada Byron
    Given Name | firstName | Richard | Ada
    Additional Name | - | | King
    Family Name | lastName | Feynman | Byron
    Yomi Name | - |
    Given Name Yomi | - |
    Additional Name Yomi | - |
    Family Name Yomi | - |
    Name Prefix | - | Dr. |
    Name Suffix | - |
    Initials | - |
    Nickname | - | Dick |
    Short Name | - |
    Maiden Name | - |
    Birthday | dateOfBirth | 1918-05-11 | 1815-12-10
    Gender | - |
    Location | - |
    Billing Information | - |
    Directory Server | - |
    Mileage | - |
    Occupation | - | Physicist |
    Hobby | - |
    Sensitivity | - |
    Priority | - |
    Subject | - |
    Notes | - | Met at the lecture |
    Language | - |
    Photo | - |
    Group Membership | tags | * myContacts | * myContacts ::: Friends
    E-mail 1 - Type | - | * Work | * Home
    E-mail 1 - Value | email | rich@caltech.example.edu | ada@example.org
    E-mail 2 - Type | - | Home |
    E-mail 2 - Value | additionalEmails | dick@example.com |
    Phone 1 - Type | - | Mobile | Work
    Phone 1 - Value | phone | +1 626-395-6811 | (212) 736-5000
    Phone 2 - Type | - | Work |
    Phone 2 - Value | additionalPhones | +1 626 395 4000 |
    Phone 3 - Type | - |
    Phone 3 - Value | additionalPhones |
    Address 1 - Type | - | Home |
    Address 1 - Formatted | - | 1200 E California Blvd Pasadena CA 91125 US |
    Address 1 - Street | address1 | 1200 E California Blvd |
    Address 1 - City | city | Pasadena |
    Address 1 - PO Box | - |
    Address 1 - Region | state | CA |
    Address 1 - Postal Code | postalCode | 91125 |
    Address 1 - Country | country | US |
    Address 1 - Extended Address | - |
    Organization 1 - Type | - |
    Organization 1 - Name | companyName | Caltech |
    Organization 1 - Yomi Name | - |
    Organization 1 - Title | - | Professor |
    Organization 1 - Department | - | Physics |
    Organization 1 - Symbol | - |
    Organization 1 - Location | - |
    Organization 1 - Job Description | - |
  `),
  tune({ id: 'google-contacts-current', kind: 'Google Contacts CSV (current)', lang: 'en', source: 'index:54499027745 (a Google Contacts CSV writer, first 25 columns); https://support.google.com/contacts/answer/1069522 (address, website, event, relation groups)' }, `
    First Name | firstName | Anna | Béla
    Middle Name | - |
    Last Name | lastName | Kovács | Nagy
    Phonetic First Name | - |
    Phonetic Middle Name | - |
    Phonetic Last Name | - |
    Name Prefix | - |
    Name Suffix | - |
    Nickname | - |
    File As | - |
    Organization Name | companyName | Acme Kft. |
    Organization Title | - | Accountant |
    Organization Department | - | Finance |
    Birthday | dateOfBirth | 1990-04-02 |
    Notes | - |
    Photo | - |
    Labels | tags | * myContacts ::: Finance | * myContacts
    E-mail 1 - Label | - | * Work |
    E-mail 1 - Value | email | anna.kovacs@example.com | bela@example.org
    E-mail 2 - Label | - | Home |
    E-mail 2 - Value | additionalEmails | anna@example.net |
    Phone 1 - Label | - | Mobile | Mobile
    Phone 1 - Value | phone | +36 20 123 4567 | +36 30 765 4321
    Phone 2 - Label | - | Work |
    Phone 2 - Value | additionalPhones | +36 1 234 5678 |
    Address 1 - Label | - | Home |
    Address 1 - Formatted | - |
    Address 1 - Street | address1 | Fő utca 1. |
    Address 1 - City | city | Budapest |
    Address 1 - PO Box | - |
    Address 1 - Region | state |
    Address 1 - Postal Code | postalCode | 1011 |
    Address 1 - Country | country | Hungary |
    Address 1 - Extended Address | - |
    Website 1 - Label | - | Profile |
    Website 1 - Value | website | https://example.com/anna |
    Event 1 - Label | - | Anniversary |
    Event 1 - Value | - | 2015-06-20 |
    Relation 1 - Label | - | Spouse |
    Relation 1 - Value | - | Péter Kovács |
    Custom Field 1 - Label | - |
    Custom Field 1 - Value | - |
  `),
  tune({ id: 'outlook-export', kind: 'Outlook CSV export', lang: 'en', source: 'index:375503932, index:28761943004, index:19066637562 (the same Outlook header written out by three programs)' }, `
    First Name | firstName | Nancy | Andrew
    Middle Name | - |
    Last Name | lastName | Davolio | Fuller
    Title | - | Ms. | Dr.
    Suffix | - |
    Initials | - |
    Web Page | website | https://example.com |
    Gender | - |
    Birthday | dateOfBirth | 12/8/1968 |
    Anniversary | - |
    Location | - |
    Language | - |
    Internet Free Busy | - |
    Notes | - |
    E-mail Address | email | nancy@example.com | andrew@example.org
    E-mail 2 Address | additionalEmails | ndavolio@example.net |
    E-mail 3 Address | additionalEmails |
    Primary Phone | phone | (206) 555-0101 |
    Home Phone | additionalPhones | (206) 555-0102 |
    Home Phone 2 | additionalPhones |
    Mobile Phone | additionalPhones | (206) 555-0103 | (206) 555-0188
    Pager | - |
    Home Fax | - |
    Home Address | - | 507 20th Ave. E. Seattle WA 98122 |
    Home Street | address1 | 507 20th Ave. E. |
    Home Street 2 | - |
    Home Street 3 | - |
    Home Address PO Box | - |
    Home City | city | Seattle |
    Home State | state | WA |
    Home Postal Code | postalCode | 98122 |
    Home Country | country | United States |
    Spouse | - | Carl |
    Children | - |
    Manager's Name | - | Andrew Fuller |
    Assistant's Name | - |
    Referred By | - |
    Company Main Phone | - | (206) 555-0100 |
    Business Phone | additionalPhones | (206) 555-0104 |
    Business Phone 2 | additionalPhones |
    Business Fax | - |
    Assistant's Phone | - | (206) 555-0177 |
    Company | companyName | Northwind Traders |
    Job Title | - | Sales Representative |
    Department | - | Sales |
    Office Location | - |
    Organizational ID Number | - |
    Profession | - |
    Account | - |
    Business Address | - |
    Business Street | - | 1 Main St |
    Business Street 2 | - |
    Business Street 3 | - |
    Business Address PO Box | - |
    Business City | - | Redmond |
    Business State | - | WA |
    Business Postal Code | - | 98052 |
    Business Country | - | United States |
    Other Phone | additionalPhones |
    Other Fax | - |
    Other Address | - |
    Other Street | - |
    Other Street 2 | - |
    Other Street 3 | - |
    Other Address PO Box | - |
    Other City | - |
    Other State | - |
    Other Postal Code | - |
    Other Country | - |
    Callback | - |
    Car Phone | additionalPhones |
    ISDN | - |
    Radio Phone | - |
    TTY/TDD Phone | - |
    Telex | - |
    User 1 | - |
    User 2 | - |
    User 3 | - |
    User 4 | - |
    Keywords | tags |
    Mileage | - |
    Hobby | - |
    Billing Information | - |
    Directory Server | - |
    Sensitivity | - | Normal |
    Priority | - | Normal |
    Private | - | False |
    Categories | tags | Customers |
  `),
  tune({ id: 'outlook-shared-contacts', kind: 'Outlook-style CSV (Google shared contacts tool)', lang: 'en', source: 'github:GPCsolutions/google-shared-contacts-client outlook.csv' }, `
    Action | - | add | delete
    ID | externalId | | 241a444f0b330b22
    Name | name | Adam Glacius | Daniel Ireland
    E-mail Address | email | adam.glacius@example.com | daniel@example.com
    Notes | - | Has 2 kids |
    E-mail 2 Address | additionalEmails | adam.g@example.com |
    E-mail 3 Address | additionalEmails | ag@example.net |
    Mobile Phone | phone | +1 650-253-0001 | +1 650-253-0002
    Pager | - | +1 650-253-0003 |
    Company | companyName | Acme Inc. |
    Job Title | - | Sales Planner | Receptionist
    Home Phone | additionalPhones | +1 650-253-0004 |
    Home Phone 2 | additionalPhones |
    Home Fax | - |
    Home Address | address1 | 999 Super Way, Super, CA, 94043 |
    Business Phone | additionalPhones | +1 650-253-0005 |
    Business Phone 2 | additionalPhones |
    Business Fax | - |
    Business Address | - | 8999 Corporate Way |
    Other Phone | additionalPhones |
    Other Fax | - |
    Other Address | - |
  `),
  tune({ id: 'apple-vcard2csv', kind: 'Apple Contacts via vCard-to-CSV (tab separated)', lang: 'en', source: 'github:nbeaver/vcard2csv contacts.tsv' }, `
    Name | name | Forrest Gump | Jane Doe
    Full name | - | Forrest Gump | Jane Doe
    Cell phone | phone | | +1 131 607 8691
    Work phone | additionalPhones | (404) 555-0111 | +1 (202) 555-0112
    Home phone | additionalPhones | (404) 555-0113 | +1 202 555 0114
    Email | email | forrest@example.com | jane@example.org
    Note | - | | Jane has a long history.
  `),
  tune({ id: 'linkedin-connections', kind: 'LinkedIn connections export', lang: 'en', source: 'github:4annadaneshwari/LinkedIn-Data-Analysis Connections.csv' }, `
    First Name | firstName | Kavya | Mahim
    Last Name | lastName | Sawadi | Patil
    Email Address | email | | mahim@example.com
    Company | companyName | FarMart | AMRC
    Position | - | Data Analyst | Cyber Security Engineer
    Connected On | - | 23-Apr-23 | 21-Apr-23
  `),

  // -------------------------------------------------------------------------------------------------------- CRMs
  tune({ id: 'hubspot-contacts', kind: 'HubSpot contacts export', lang: 'en', source: 'a public SQL file over a "Contacts (HubSpot CRM)" export (code index); https://knowledge.hubspot.com/properties/hubspots-default-contact-properties' }, `
    Contact ID | contactId | 51 | 101
    First Name | firstName | Brian | Maria
    Last Name | lastName | Halligan | Johnson
    Annual Revenue | - | 1000000 |
    Associated Company ID | - | 2250 |
    Company Name | companyName | HubSpot | Example GmbH
    Country/Region | country | United States | Germany
    Contact owner | owner | Sam Seller | Kim Closer
    Branche | - | Software |
    Associated Deals | - | 1 |
    Lifecycle Stage | - | Customer | Lead
    Lead Status | - | Open |
    Email | email | bh@example.com | maria@example.de
    Phone Number | phone | +1 617-555-0121 | +49 30 901820
    Website URL | website | https://example.com |
    Original Source | source | Organic Search | Direct Traffic
    HubSpot Score | - | 12 |
    City | city | Cambridge | Berlin
    Number of Associated Deals | - | 1 |
    State/Region | state | MA |
    Total Revenue | - | 5000.00 |
    Create Date | - | 2021-03-16 09:12 | 2022-01-04 15:00
  `),
  tune({ id: 'hubspot-survey', kind: 'HubSpot feedback-survey export', lang: 'en', source: 'github:glass-castle/NPS hubspot.csv' }, `
    Record ID | - | 664004926674 | 661304608966
    Contact Id | contactId | 66650951 | 69345051
    Rating | - | 9 | 10
    Date | - | 2025-06-23 13:12 | 2025-06-20 16:25
    Survey Name | - | Accelerator Exit Interview | Accelerator Exit Interview
    NPS | - | Promoter | Promoter
    CSAT | - |
  `),
  tune({ id: 'salesforce-report', kind: 'Salesforce contacts report (UI labels)', lang: 'en', source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_contact.htm (field labels)' }, `
    Contact ID | contactId | 0035g00000AbCdE | 0035g00000AbCdF
    Salutation | - | Mr. | Ms.
    First Name | firstName | Jack | Rose
    Last Name | lastName | Rogers | Gonzalez
    Title | - | VP Sales | CFO
    Account Name | companyName | Burlington Textiles | Edge Communications
    Account ID | - | 0015g00000XyZaB | 0015g00000XyZaC
    Mailing Street | address1 | 525 S. Lexington Ave | 312 Constitution Place
    Mailing City | city | Burlington | Austin
    Mailing State/Province | state | NC | TX
    Mailing Zip/Postal Code | postalCode | 27215 | 78767
    Mailing Country | country | USA | USA
    Other Street | - | 1 Other St |
    Other City | - | Raleigh |
    Phone | phone | (336) 222-7000 | (512) 757-6000
    Mobile | additionalPhones | (336) 555-0131 |
    Home Phone | additionalPhones |
    Asst. Phone | - | (336) 555-0132 |
    Assistant | - | Jean Marie |
    Reports To | - | Lauren Boyle |
    Email | email | jrogers@example.com | rose@example.org
    Email Opt Out | - | false | true
    Lead Source | source | Web | Phone Inquiry
    Birthdate | dateOfBirth | 5/12/1970 |
    Contact Owner | owner | Admin User | Admin User
    Created Date | - | 1/4/2024 |
    Last Modified Date | - | 2/8/2024 |
  `),
  tune({ id: 'salesforce-api-soql', kind: 'Salesforce Contact (API names)', lang: 'en', source: 'index:30731405826 (a SOQL query over Contact); https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_contact.htm' }, `
    panther_id__c | externalId | P-1001 | P-1002
    Title | - | Mr |
    FirstName | firstName | Jack | Rose
    LastName | lastName | Rogers | Gonzalez
    Name | name | Jack Rogers | Rose Gonzalez
    Birthdate | dateOfBirth | 1970-05-12 |
    MailingStreet | address1 | 525 S. Lexington Ave |
    MailingCity | city | Burlington |
    MailingState | state | NC |
    MailingPostalCode | postalCode | 27215 |
    MailingCountry | country | USA |
    Phone | phone | (336) 222-7000 |
    HomePhone | additionalPhones |
    OtherPhone | additionalPhones |
    MobilePhone | additionalPhones | (336) 555-0131 |
    mobileNumber__c | additionalPhones |
    Email | email | jrogers@example.com |
    DoNotCall | - | false |
    HasOptedOutOfEmail | - | false |
  `),
  tune({ id: 'salesforce-api-dataloader', kind: 'Salesforce Contact (Data Loader, API names)', lang: 'en', source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_contact.htm' }, `
    Id | externalId | 0035g00000AbCdE |
    AccountId | - | 0015g00000XyZaB |
    OwnerId | owner | 0055g00000QwErT |
    FirstName | firstName | Jack |
    LastName | lastName | Rogers |
    Email | email | jrogers@example.com |
    Phone | phone | (336) 222-7000 |
    MobilePhone | additionalPhones | (336) 555-0131 |
    Fax | - |
    Title | - | VP Sales |
    Department | - | Sales |
    MailingStreet | address1 | 525 S. Lexington Ave |
    MailingCity | city | Burlington |
    MailingState | state | NC |
    MailingPostalCode | postalCode | 27215 |
    MailingCountry | country | USA |
    OtherStreet | - |
    OtherCity | - |
    OtherState | - |
    OtherPostalCode | - |
    OtherCountry | - |
    LeadSource | source | Web |
    AssistantName | - |
    AssistantPhone | - |
    ReportsToId | - |
    Birthdate | dateOfBirth |
    CreatedDate | - | 2024-01-04T10:00:00.000Z |
    LastModifiedDate | - | 2024-02-08T10:00:00.000Z |
  `),
  tune({ id: 'zoho-contacts', kind: 'Zoho CRM contacts export', lang: 'en', source: 'Zoho CRM Contacts standard fields (Zoho CRM help, "Standard fields"); index:4219732047 (selectColumns=Contacts(Contact Owner,Lead Source,First Name,Last Name,Account Name))' }, `
    # Zoho's own id of the contact is another system's id: the External ID (the Contact ID is the add-on's own id)
    Record Id | externalId | zcrm_4150868000000224005 | zcrm_4150868000000224006
    Contact Owner | owner | Patricia Boyle | Patricia Boyle
    Lead Source | source | Trade Show | Web Download
    First Name | firstName | Kris | Sage
    Last Name | lastName | Marrier | Wieser
    Account Name | companyName | King (Sample) | Truhlar And Truhlar
    Vendor Name | - |
    Email | email | kris@example.com | sage@example.org
    Title | - | CEO |
    Department | - |
    Phone | phone | 555-555-5555 | (212) 555-0141
    Home Phone | additionalPhones |
    Other Phone | additionalPhones |
    Fax | - |
    Mobile | additionalPhones | (212) 555-0142 |
    Date of Birth | dateOfBirth |
    Assistant | - |
    Asst Phone | - |
    Reports To | - |
    Email Opt Out | - | false | false
    Skype ID | - |
    Created By | - | Patricia Boyle |
    Modified By | - | Patricia Boyle |
    Created Time | - | 2024-05-01 10:00:00 |
    Modified Time | - | 2024-05-02 10:00:00 |
    Salutation | - | Mr. |
    Secondary Email | additionalEmails | kris.m@example.net |
    Twitter | - |
    Mailing Street | address1 | 228 Runamuck Pl #2808 |
    Other Street | - |
    Mailing City | city | Baltimore |
    Other City | - |
    Mailing State | state | MD |
    Other State | - |
    Mailing Zip | postalCode | 21224 |
    Other Zip | - |
    Mailing Country | country | United States |
    Other Country | - |
    Description | - |
    Tag | tags | VIP |
  `),
  tune({ id: 'pipedrive-people', kind: 'Pipedrive people export', lang: 'en', source: 'index:58353044932 and index:58468432813 (scripts reading Pipedrive "Person - ..." exports)' }, `
    Person - ID | externalId | 101 | 102
    Person - Name | name | Jane Doe | Bob Smith
    Person - First name | firstName | Jane | Bob
    Person - Last name | lastName | Doe | Smith
    Person - Organization | companyName | Acme Inc | Startup.io
    Person - Title | - | CTO |
    Person - Email - Work | email | jane@example.com | bob@example.io
    Person - Email - Home | additionalEmails | jane.doe@example.net |
    Person - Email - Other | additionalEmails |
    Person - Phone - Work | additionalPhones | +1 415-555-0123 |
    Person - Phone - Mobile | phone | +1 415-555-0124 |
    Person - Phone - Home | additionalPhones |
    Person - Website | website | https://example.com |
    Person - City | city | San Francisco |
    Person - State | state | CA |
    Person - Owner | owner | Sam Seller | Sam Seller
    Person - Label | tags | Hot lead | Warm lead
    Person - Marketing status | - | Subscribed |
    Person - Double opt-in | - |
  `),
  tune({ id: 'mailchimp-audience', kind: 'Mailchimp audience export', lang: 'en', source: 'index:23266940308 (a Mailchimp export used as a test fixture); https://mailchimp.com/help/view-export-contacts/' }, `
    Email Address | email | mail@example.com | ann@example.org
    First Name | firstName | | Ann
    Last Name | lastName | | Lee
    MEMBER_RATING | - | 2 | 4
    OPTIN_TIME | - | | 2015-03-16 14:40:47
    OPTIN_IP | - | | 198.51.100.10
    CONFIRM_TIME | - | 2015-03-16 14:40:47 | 2015-03-16 14:41:02
    CONFIRM_IP | - |
    LATITUDE | - | | 40.7127
    LONGITUDE | - | | -74.0059
    GMTOFF | - | | -5
    DSTOFF | - | | -4
    TIMEZONE | - | | America/New_York
    CC | country | | US
    REGION | state | | NY
    LAST_CHANGED | - | 2015-03-16 14:40:47 | 2015-03-16 14:41:02
    LEID | - | 12345 | 12346
    EUID | - | a1b2c3d4e5 | f6a7b8c9d0
    NOTES | - |
  `),
  tune({ id: 'mailchimp-merge-tags', kind: 'Mailchimp export with merge tags', lang: 'en', source: 'index:56329115066 (a Mailchimp preset fixture)' }, `
    EMAIL | email | john@example.com | jane@example.org
    FNAME | firstName | John | Jane
    LNAME | lastName | Smith | Doe
    PHONE | phone | 5551234567 | (212) 555-0151
    UNSUB | - | no | no
    BOUNCE | - | no | no
    STATUS | - | subscribed | subscribed
    MEMBER_RATING | - | 2 | 3
    OPTIN_TIME | - | 2024-01-01 10:00:00 |
    OPTIN_IP | - | 192.168.1.1 |
    CONFIRM_TIME | - | 2024-01-01 10:05:00 |
    CONFIRM_IP | - |
    LATITUDE | - |
    LONGITUDE | - |
    GMTOFF | - |
    DSTOFF | - |
    CC | country | US |
    REGION | state | NY |
    LAST_CHANGED | - | 2024-01-02 10:00:00 |
    LEID | - | 111 |
    EUID | - | abc |
    NOTES | - |
  `),
  tune({ id: 'brevo-export', kind: 'Brevo contacts export', lang: 'en', source: 'index:55170590937 (a Brevo import sheet builder, its expected header)' }, `
    CONTACT ID | contactId | 12 | 13
    EMAIL | email | emma@example.com | mickael@example.com
    FIRSTNAME | firstName | Emma | Mickael
    LASTNAME | lastName | Dubois | Parker
    SMS | phone | 33612345678 | 15555551234
    LANDLINE_NUMBER | additionalPhones | 33145678901 |
    WHATSAPP | additionalPhones | 33612345678 |
    INTERESTS | tags | sport, music |
  `),
  tune({ id: 'highlevel-export', kind: 'HighLevel contacts export', lang: 'en', source: 'HighLevel contact export columns (the add-on\'s HighLevel destination; test/engine/automap.test.ts "HighLevel export")' }, `
    Contact Id | contactId | pX3aBcD4eF | qY4bCdE5fG
    First Name | firstName | Ann | Bob
    Last Name | lastName | Lee | Ray
    Name | name | Ann Lee | Bob Ray
    Phone | phone | +14155550123 | +14155550124
    Email | email | ann@example.com | bob@example.com
    Business Name | companyName | Acme |
    Created | - | 2024-09-08T10:30:00Z |
    Last Activity | - | 2024-09-09T10:30:00Z |
    Tags | tags | vip, newsletter |
    Additional Emails | additionalEmails | ann.lee@example.net |
    Additional Phones | additionalPhones | +14155550125 |
    Followers | followers | Kim Closer |
    Source | source | Facebook |
    Date of Birth | dateOfBirth | 1990-01-31 |
  `),
  tune({ id: 'activecampaign-api', kind: 'ActiveCampaign contacts (API v3 field names)', lang: 'en', source: 'https://dashclicks-docs.pages.dev/docs/service/external/activecampaign/crm-data (ActiveCampaign contact export fields)' }, `
    id | externalId | 1 | 2
    email | email | john.doe@example.com | jane@example.org
    phone | phone | +1234567890 | +14155550160
    firstName | firstName | John | Jane
    lastName | lastName | Doe | Roe
    cdate | - | 2020-06-12T01:49:23-05:00 |
    udate | - | 2020-06-12T01:49:24-05:00 |
    orgid | - | 1 |
    orgname | companyName | Acme Corporation |
    hash | - | 206bc0036b925e82bc6f98c7799bf4ef |
    gravatar | - | 1 |
    deleted | - | 0 |
    anonymized | - | 0 |
  `),

  // --------------------------------------------------------------------------------------- commerce and events
  tune({ id: 'shopify-customers-legacy', kind: 'Shopify customers export (legacy)', lang: 'en', source: 'github:LiquidIQ/imagezoo-scripts customers_export.csv; https://help.shopify.com/en/manual/customers/import-export-customers' }, `
    First Name | firstName | Caroline | Kim
    Last Name | lastName | Blais | Ohara
    Email | email | caroline@example.com | kim@example.org
    Company | companyName | | S3 Design
    Address1 | address1 | | 12 Elm St
    Address2 | - |
    City | city | | Portland
    Province | state | | Oregon
    Province Code | - | | OR
    Country | country | | United States
    Country Code | - | | US
    Zip | postalCode | | 97201
    Phone | phone | | (503) 555-0170
    Accepts Marketing | - | yes | yes
    Total Spent | - | 0.00 | 125.50
    Total Orders | - | 0 | 3
    Tags | tags | | wholesale
    Note | - |
    Tax Exempt | - | no | no
  `),
  tune({ id: 'shopify-customers-current', kind: 'Shopify customers export (current)', lang: 'es', defaultCountry: 'CO', source: 'github:thecyclingcompany/tourdelcafe-web customers_export.csv' }, `
    Customer ID | externalId | '9980311896380 | '9980311929148
    First Name | firstName | Austin | Isabel
    Last Name | lastName | Abel | Isaza
    Email | email | austin@example.com | isabel@example.co
    Accepts Email Marketing | - | yes | yes
    Default Address Company | companyName | |
    Default Address Address1 | address1 | | Carrera 27A 36sur-150
    Default Address Address2 | - | | Apto 525
    Default Address City | city | | Envigado
    Default Address Province Code | state | | ANT
    Default Address Country Code | country | | CO
    Default Address Zip | postalCode | |
    Default Address Phone | additionalPhones | | '3158173380
    Phone | phone | | '+573158173380
    Accepts SMS Marketing | - | no | no
    Total Spent | - | 0.00 | 117800.00
    Total Orders | - | 0 | 1
    Note | - |
    Tax Exempt | - | no | no
    Tags | tags | shopify-forms-758259 | shopify-forms-785668
    Accepts WhatsApp Marketing | - | no | no
    Empresa (customer.metafields.custom.empresa) | - |
    Tipo de Cliente (customer.metafields.custom.tipo_de_cliente) | - |
  `),
  tune({ id: 'stripe-customers', kind: 'Stripe customers export (unified_customers.csv)', lang: 'en', source: 'github:davidalee44/eqho-finance unified_customers.csv; https://docs.stripe.com/get-started/data-migrations/export-file-formats' }, `
    id | externalId | cus_TUkvkuRZMvhKZj | cus_TUiV2FHmrJiLs6
    Description | - |
    Email | email | shan@example.com | aci@example.com
    Name | name | Shan Builder | Advance Communications
    Created (UTC) | - | 2025-11-26 16:18 | 2025-11-26 13:47
    Delinquent | - | false | false
    Card ID | - |
    Card Name | - |
    Card Address Line1 | address1 |
    Card Address Line2 | - |
    Card Address City | city |
    Card Address State | state |
    Card Address Country | country |
    Card Address Zip | postalCode |
    Card AVS Line1 Status | - |
    Card AVS Zip Status | - |
    Card Brand | - |
    Card CVC Status | - |
    Card Exp Month | - |
    Card Exp Year | - |
    Card Fingerprint | - |
    Card Funding | - |
    Card Issue Country | - |
    Card Last4 | - |
    Card Tokenization Method | - |
    Plan | - |
    Status | - |
    Cancel At Period End | - |
    Account Balance | - | 0.00 | 0.00
    Currency | - |
    Total Spend | - | 0.00 | 0.00
    Payment Count | - | 0 | 0
    Average Order | - | 0.00 | 0.00
    Refunded Volume | - | 0.00 | 0.00
    Dispute Losses | - | 0.00 | 0.00
    Business Vat ID | - |
    Tax Location Recognized | - | false | false
    tag (metadata) | tags |
    org_name (metadata) | companyName |
    initialize_org (metadata) | - |
    location (metadata) | - |
    page (metadata) | - |
    step (metadata) | - |
    funnel (metadata) | - |
    companyId (metadata) | - |
    source (metadata) | source |
    id (metadata) | - |
    transactionId (metadata) | - |
    locationId (metadata) | - |
    DOCUMENT_URL (metadata) | - |
    account_id (metadata) | - | | 692704f283e5c6504bcd0480
  `),
  tune({ id: 'quickbooks-customers', kind: 'QuickBooks customer list (billing address only)', lang: 'en', source: 'github:avargas-cloud/medusa-starter-default customers_export.csv' }, `
    ListID | externalId | 80001777-1605105028 | 80001720-1600792798
    Name | name | 1 New Project | 1 Up Construction
    CompanyName | companyName | 1 New Project | 1 Up Construction
    Email | email | info@example.com | ab@example.com
    Phone | phone | 3054681711 | 7863062897
    CustomerType | - | Independent Contractor | Independent Contractor
    PriceLevel | - | Wholesale | Wholesale
    BillAddr1 | address1 | 1 New Project | 1 Up Construction
    BillCity | city | Miami | Doral
    BillState | state | FL | FL
    BillZip | postalCode | 33178 | 33166
  `),
  tune({ id: 'eventbrite-attendees', kind: 'Eventbrite attendee report', lang: 'en', source: 'index:2629433808 (an Eventbrite attendee report, as documented by a converter)' }, `
    Order # | - | 1001 | 1002
    Order Date | - | 2024-09-20 10:00 | 2024-09-21 11:00
    First Name | firstName | Aarti | Bina
    Last Name | lastName | Shah | Rao
    Email | email | aarti@example.com | bina@example.com
    Quantity | - | 1 | 2
    Price Tier | - |
    Ticket Type | - | VIP | Early bird
    Attendee # | - | 5001 | 5002
    Group | tags |
    Order Type | - | Eventbrite Completed | Free Order
    Currency | - | USD | USD
    Total Paid | - | 25.00 | 0.00
    Fees Paid | - | 2.50 | 0.00
    Eventbrite Fees | - | 1.99 | 0.00
    Eventbrite Payment Processing | - | 0.75 | 0.00
    Attendee Status | - | Attending | Attending
    Home Address 1 | address1 | 12 Oak St |
    Home Address 2 | - |
    Home City | city | San Jose |
    Home State | state | CA |
    Home Zip | postalCode | 95112 |
    Home Country | country | US |
    How did you hear about this event? | - | LinkedIn |
    Are you a consultant? | - | Yes | No
  `),
  tune({ id: 'eventbrite-cell-phone', kind: 'Eventbrite attendee report with a phone question', lang: 'en', defaultCountry: 'IN', source: 'index:71598756326 (an Eventbrite attendee export fixture)' }, `
    Order # | - | 1001 | 1002
    Order Date | - | 2026-09-20 | 2026-09-21
    First Name | firstName | Aarti | Bina
    Last Name | lastName | Shah | Rao
    Email | email | aarti@example.com | bina@example.com
    Quantity | - | 1 | 1
    Ticket Type | - | VIP | Early bird
    Attendee # | - | 5001 | 5002
    Barcode # | - | 500110001 | 500210002
    Attendee Status | - | Attending | Refunded
    Cell Phone | phone | +91 98240 17356 | 9824017357
  `),

  // ------------------------------------------------------------------------------------------------ Google Forms
  tune({ id: 'google-forms-workshop', kind: 'Google Forms responses', lang: 'en', source: 'github:Salahaldian/n8n-mail-automation Form Responses 1.csv' }, `
    Timestamp | - | 8/21/2025 18:44:32 | 8/21/2025 19:13:30
    Full Name | name | Sala Hameed | Noor Saleh
    Email Address | email | sala@example.edu | noor@example.edu
    Workshop | - | Artificial Intelligence (AI) | Data Analysis
  `),
  tune({ id: 'google-forms-bank', kind: 'Google Forms responses (contact number question)', lang: 'en', defaultCountry: 'GH', source: 'github:kalij01/ecobank-report-codes Form Responses 1.csv' }, `
    Timestamp | - | 7/1/2024 22:05:36 | 7/1/2024 22:10:02
    Full Name | name | Roy Shie | Ama Mensah
    Programme of study | - | Bsc. Biological Sciences | BA Economics
    Year | - | L400 | L300
    Email | email | roy@example.com | ama@example.com
    Contact | phone | 0256316623 | 0244123456
    Do you have a bank account | - | No | Yes
    Would you want to open an account with Ecobank? | - | Yes | Yes
    Which card would you want Ecobank to issued to you? (multiple choice allowed) | - | GhanaPay | Visa
  `),
  tune({ id: 'google-forms-study-buddy', kind: 'Google Forms responses (question headers)', lang: 'en', source: 'index:2599003224 (a script reading a Google Forms export)' }, `
    Timestamp | - | 9/1/2024 10:00:00 | 9/1/2024 10:05:00
    Email Address | email | sam@example.edu | lee@example.edu
    What is your first and last name? | name | Sam Park | Lee Chan
    What is your phone number? | phone | (415) 555-0161 | 415-555-0162
    Year in college? | - | Junior | Senior
    Major? | - | Biology | History
    Gender Identity: | - |
    Do you live on-campus or off-campus? | - | On | Off
    How do you prefer to study? | - | Groups | Alone
  `),
  tune({ id: 'google-forms-party', kind: 'Google Forms responses (RSVP)', lang: 'en', source: 'github:Jf127yfs/FML Form Responses 1.csv' }, `
    Timestamp | - | Mon Sep 08 2025 13:58:23 GMT-0500 (Central Daylight Time) |
    Birthday (MM/DD) | dateOfBirth | 05/18 | 08/22
    Age Range | - | 30-34 | 30-34
    Education Level | - | Some College |
    Current 5 Digit Zip Code | postalCode | 64110 | 64111
    Self Identified Ethnicity | - |
    Self-Identified Gender | - |
    Self-Identified Sexual Orientation | - |
    Employment Information (Industry) | - | Finance / Business Services |
    Employment Information (Role) | - | Operations / Admin / Support |
    Do you know the Host(s)? | - | Yes — more than 10 years |
    Which host have you known the longest? | - | Michael |
    If yes, how well do you know them? | - | 5 |
    Your General Interests (Choose 3) | - | Music, Fitness |
    Music Preference | - | R&B |
    Current Favorite Artist | - | SZA |
    Name one song you want to hear at the party. | - | Good Days |
    Recent purchase you’re most happy about | - | Tech gadget |
    At your worst you are… | - | Stubborn |
    Which best describes your general social stance? | - | 5 |
    Zodiac Sign | - | Taurus |
    Screen Name | - | HollowJack_127 |
    UID | externalId | PS_438 | HJ_127
    Checked-In | - |
    Check-in Time | - |
    PHOTO_URL_COL | - |
  `),
  tune({ id: 'google-forms-careers', kind: 'Google Forms responses merged with a CRM id', lang: 'en', source: 'github:glass-castle/NPS google_form.csv' }, `
    Form | - | CongratsForm898 | CongratsForm897
    What's your cohort? | - | Jan 2025 | September 2024
    Hiring Company | companyName | PhysicsX | Universal Music Group
    Job Title | - | Software Engineer I | Business Analyst
    Salary | - | 35000 | 32000
    Job location (City, Country) | - | London, UK | London, UK
    Date you first got a job offer, coming out of Makers Academy | - | 26/08/2025 | 14/08/2025
    How many companies did you interview with, before you got your first offer? | - | 3 | 6
    Date you accepted this job offer | - | 26/08/2025 | 15/08/2025
    Date you start this job you've accepted | - | 15/09/2025 | 22/09/2025
    What tech will you be working with? | - | Unknown | SQL
    How did you get this job? | - | Makers Hiring Partner |
    Tell us more | - |
    What did we do well? | - | Workshops and talks |
    How could careers support at Makers be improved? | - | N/A |
    How likely are you to recommend the Makers Academy Careers Team to future cohorts? | - | 10 | 10
    Conversion Date | - | 2025-09-04 12:35:06 | 2025-08-19 10:18:02
    Conversion Title | - | Form | Form
    Contact ID | contactId | 38130032840 | 25607922653
    NPS | - | Promoter | Promoter
  `),
  tune({ id: 'google-forms-gaming', kind: 'Google Forms responses (name question, game name)', lang: 'en', source: 'index:60719787373 (a Google Forms CSV export fixture)' }, `
    Timestamp | - | 8/16/2026 9:03:11 | 8/16/2026 9:04:52
    Email Address | email | a@example.com | b@example.com
    What is your full name? | name | Oliyad Tesfaye | Mary Jane Watson
    In-game name (IGN) | - | SRX AXON | MJW
    Squad | - | Alpha | Alpha
  `),
  tune({ id: 'google-forms-climbing', kind: 'Google Forms survey (no contact questions but the email)', lang: 'en', source: 'index:70261223988 (a survey fixture: Google Forms export)' }, `
    Timestamp | - | 2024/05/01 9:14:02 AM | 2024/05/01 9:15:41 AM
    Email Address | email | climber@example.com | boulder@example.org
    What is your primary climbing discipline? | - | Bouldering | Sport
    How would you rate your current climbing experience level? | - | Intermediate | Beginner
    Which mobile platform do you primarily use? | - | iOS | Android
    Which features would you find most useful in a climbing app? | - | Logbook | Maps
  `),

  // --------------------------------------------------------------------------------------- importer fixtures (en)
  tune({ id: 'importer-messy-leads', kind: 'importer fixture (messy spreadsheet)', lang: 'en', defaultCountry: 'IN', source: 'github:varad-pawar1/ai-csv-to-crm-importer backend/tests/fixtures/messy-spreadsheet.csv' }, `
    Lead | name | Amit Sharma | Priya N | Rahul Kumar
    Contact | email | amit@example.com / 9988776655 | priya.n@example.com | rahul.k@example.com
    Mob | phone | 9988776655 | 8877665544 | 9123456780
    Remarks | - | Interested in 3BHK Sarjapur | Called twice no answer |
    Status | - | hot | |
    Ref No | - | REF-001 | REF-002 | REF-003
  `),
  tune({ id: 'importer-facebook-ads', kind: 'Facebook lead ads export', lang: 'en', defaultCountry: 'IN', source: 'github:varad-pawar1/ai-csv-to-crm-importer backend/tests/fixtures/facebook-ads.csv' }, `
    created_time | - | 2024-01-15 10:30:00 | 2024-01-16 14:22:00
    full_name | name | John Doe | Jane Smith
    email | email | john.doe@example.com | jane.smith@example.com
    phone_number | phone | +91 9876543210 | 9123456789
    city | city | Bangalore | Mumbai
    ad_name | - | FB Lead Ad - Jan 2024 | FB Lead Ad - Jan 2024
    campaign_id | - | 120345678 | 120345678
  `),
  tune({ id: 'importer-google-ads', kind: 'Google Ads lead form export', lang: 'en', defaultCountry: 'IN', source: 'github:varad-pawar1/ai-csv-to-crm-importer backend/tests/fixtures/google-ads.csv' }, `
    Conversion Time | - | 1/15/2024 10:30:00 AM | 1/16/2024 2:22:00 PM
    Name | name | John Doe | Jane Smith
    Email | email | john@example.com | jane@example.com
    Phone | phone | 9876543210 | 9123456789
    Location | - | Bangalore Karnataka | Mumbai Maharashtra
    Lead Status | - | New | Contacted
  `),
  tune({ id: 'importer-attendee-dashboard', kind: 'enriched attendee list (snake_case, scores about other columns)', lang: 'en', source: 'github:coffeeisafruit/conference-attendee-dashboard-site attendees.csv' }, `
    priority_rank | - | 1 | 2
    priority_score | - | 214 | 208
    name | name | Janelle Anderson | Kendell Cook
    organization | companyName | Emerging Life Coaching | The Prepared Group
    email | email | life@example.com |
    phone | phone | | (503) 939-4168
    website | website | https://www.example.com/ | https://example.org/
    linkedin_url | - | https://www.linkedin.com/company/x | https://www.linkedin.com/in/y
    owl_seeking | - |
    certainty__email | - | high | medium
    certainty__linkedin | - | medium | high
    certainty__phone | - | unknown | high
    email__evidence | - | s Connect First Name Last Name Email |
    email__source_url | - | https://www.example.com/ |
    fit_label | - | maybe_fit |
    fit_score | - | 6 | 7
    industry_inferred | - | coaching | consulting
    jv_contact_url | - |
    linkedin__query | - |
  `),
  tune({ id: 'importer-groweasy', kind: 'importer sample (full CRM columns)', lang: 'en', defaultCountry: 'IN', source: 'github:Abhay8769305414/GrowEasy sample_contacts.csv' }, `
    First Name | firstName | Rahul | Priya
    Last Name | lastName | Sharma | Nair
    Email Address | email | rahul@example.in | priya@example.in
    Phone Number | phone | +91 98765 43210 | +91 91234 56789
    Company Name | companyName | TechCorp India Pvt Ltd | Acme
    Job Title | - | CTO | CEO
    Address | address1 | 42 MG Road | 7 Park St
    City | city | Bangalore | Kolkata
    State | state | Karnataka | West Bengal
    Country | country | India | India
    Website | website | https://techcorp.example.in |
    Lead Source | source | LinkedIn | Referral
    Status | - | New |
    Tags | tags | enterprise, decision-maker |
    Notes | - | Met at SaaS Summit 2024. |
    Owner | owner | priya@groweasy.example.com |
    Created Date | - | 2024-01-15 |
  `),
  tune({ id: 'importer-duplicate-email', kind: 'importer fixture (two Email columns)', lang: 'en', source: 'github:the-piyushgoel/Smart-crm-importer examples/duplicate_headers.csv' }, `
    First Name | firstName | John | Jane
    Last Name | lastName | Doe | Doe
    Email | email | john@example.com | jane@example.com
    Phone | phone | 555-1234 |
    Company | companyName | Acme Corp | Globex
    Email | additionalEmails | john.doe@example.com | jane.doe@example.com
  `),
  tune({ id: 'importer-customers-primary-contact', kind: 'importer sample (account list with a contact)', lang: 'en', source: 'github:the-piyushgoel/Smart-crm-importer examples/customers.csv' }, `
    Company | companyName | TechCorp | BuildCo
    Primary Contact | name | Alice Smith | Bob Jones
    Contact Email | email | alice@example.com | bob@example.com
    Industry | - | Technology | Construction
    Annual Revenue | - | 1000000 | 5000000
    Location | - | Seattle | Chicago
  `),

  // ------------------------------------------------------------------------------------- hand-made, six languages
  tune({ id: 'es-leads-demo', kind: 'hand-made list', lang: 'es', defaultCountry: 'ES', source: 'github:aulazaro28110-prog/validador-leads-crm leads_demo.csv' }, `
    nombre | name | Ana García | Luis Pérez
    email | email | ana@example.com | luis@example.com
    telefono | phone | +34 612 34 56 78 | +34 699 88 77 66
    empresa | companyName | TechCorp | DataSoft
    cargo | - | Directora de Compras | CEO
    sector | - | Tecnología | Software
    empleados | - | 200 | 150
    actividad | - | Rellenó formulario de demo | Descargó whitepaper
  `),
  tune({ id: 'es-medios', kind: 'hand-made list (Spanish and English mixed)', lang: 'es', defaultCountry: 'AR', source: 'github:bitazaratustra/medios_federales contactos.csv' }, `
    Pais | country | Argentina | Argentina
    Localidad | city | Tucuman | Caba
    Company o Grupo de medios | companyName | Contexto Tucuman | Urgente24
    Company Domain | website | contextotucuman.example.com | urgente24.example.com
    CMS | - |
    SW | - | 4.700.000 | 2.700.000
    Email | email | revista@example.com | admin@example.com
    Tel | phone | 54 381 642 1444 |
    FullName | name | Tomas Luciani |
    FirstName | firstName | Tomas |
  `),
  tune({ id: 'es-candidatos', kind: 'hand-made list (upper case headers)', lang: 'es', defaultCountry: 'CL', source: 'github:ciudadanointeligente/votainteligente-primarias contactos.csv' }, `
    CANDIDATO | name | BORIS COLJA | JAIME GALVEZ
    COMUNA | city | Algarrobo | Algarrobo
    CORREO | email | | galvez@example.com
    RESPUESTA | - |
    FCI ENVIA | - | | 9/27/2012
    FCI INSISTE | - |
    TECHO ENVIA | - | | 10/3/2012
    WEB | website |
    FACEBOOK | - | | jaime.galvez.165
    TWITTER | - |
    ENVÍO POR SITIO | - | | 26-09
    PARTIDO | - | IND | IND
    FOTO | - |
  `),
  tune({ id: 'es-erp-contactos', kind: 'ERP export (Oracle ERP Cloud customer contacts)', lang: 'es', defaultCountry: 'CO', source: 'github:Bastxt/ERP-CLOUD-mergeCustomerAccount contactos.csv' }, `
    Linea | - | 1 | 2
    PersonFirstName | firstName | | CONTACTO
    PersonLastName | lastName | FACTURACION | FACTURACION
    Cuenta | companyName | AUTOGAS SAS | AUTOGASCOL LTDA.
    ObjectId | - | 100000001189350 | 100000001188884
    CustomerAccountId | - | 100000001206176 | 100000001206215
    PartyId | - | 100000001189350 | 100000001188884
    CustomerAccountSiteId | - | 100000001210336 | 100000001210127
    PartySiteId | - | 100000001196169 | 100000001194530
    StartDate | - | 2021-10-07 | 2021-10-07
    PrimaryFlag | - | true | true
    EmailAddress | email | facturacion@example.com | facturacion@example.co
  `),
  tune({ id: 'pt-agenda-excel', kind: 'hand-made list', lang: 'pt', defaultCountry: 'BR', source: 'github:atilaxavier/Agenda_Excell_Celular contatos.csv' }, `
    Nome | name | Atila Xavier | Bruno Costa
    Empresa | companyName | XVRI |
    Telefone1 | phone | 021981130000 | 021912345678
    Telefone2 | additionalPhones | 021999747200 |
    Telefone3 | additionalPhones |
    Telefone4 | additionalPhones |
    E-mail | email | atila@example.com | bruno@example.com
  `),
  tune({ id: 'pt-vcard-convert', kind: 'vCard converted to CSV', lang: 'pt', defaultCountry: 'BR', source: 'github:Gabrielarndt/Converter_vCard_em_CSV contatos.csv' }, `
    name | name | Luiz Carlos Barcelos | José Luis Montana
    email | email | N/A | N/A
    tel | phone | +55 47 9235-6855 | +55 47 9703-9553
  `),
  tune({ id: 'pt-contact-book', kind: 'hand-made list (English headers, Brazil)', lang: 'pt', defaultCountry: 'BR', source: 'github:Isaque96/DesafioBackEndEncontact2021 contatos.csv' }, `
    ContactBookId | - | Isaque | Isaque
    CompanyId | - | IsaqueSilva |
    Name | name | Empresarial | Pessoal
    Phone | phone | 29748316749 | 17302957843
    Email | email | isaque@example.com | isaqueee@example.com
    Address | address1 | rua pra teste, n05 | rua pra teste, n06
  `),
  tune({ id: 'fr-adherents-niort', kind: 'hand-made list (association members)', lang: 'fr', defaultCountry: 'FR', source: 'github:ElNox/HeatArea-Map adherents.csv' }, `
    Nom | lastName | Martin | Bernard
    Prénom | firstName | Claire | Luc
    Rue | address1 | 41 impasse du Vivier | 7 rue des Charmettes
    CP | postalCode | 79000 | 79000
    Ville | city | NIORT | NIORT
    quartier | - |
    Courriel | email | claire@example.fr |
    Tél | phone | 05 49 12 34 56 |
    date adhésion | - | mars 2016 | février 2016
    numéro adhérent | externalId | 12 | 13
    Intéressé(e) par | - |
  `),
  tune({ id: 'fr-adherents-ecole', kind: 'hand-made list (student association)', lang: 'fr', defaultCountry: 'FR', source: 'github:sabansuresh/campagnes_associatives_2021 adherents.csv' }, `
    Nom | lastName | ACHATZ | ANDREU RIVERA
    Prenom | firstName | JULIAN | CARLOS
    ID | externalId | jachatz | candreur
    Promo | - | 2019 | 2019
    Email | email | julian@example.fr | carlos@example.fr
    telephone | phone | 4917 81 69 08 65 | 346 57 59 27 87
    Droit_image | - | Oui | Oui
    cotisation | - | 118.00 € | 118.00 €
    Date_Debut | - | 30/08/2019 | 30/08/2019
    Duree | - | 5 | 5
    Date_Fin | - | 8/31/2024 | 8/31/2024
    Adherent | - | Oui | Oui
    Charte | - | Non | Non
  `),
  tune({ id: 'de-kontakte-verein', kind: 'hand-made staff list', lang: 'de', defaultCountry: 'DE', source: 'github:AdminRaLHW/kontakte data/kontakte.csv' }, `
    Name | name | Simone Herzog | Matthias Worner
    ColorCode | - | 1 | 1
    Prio_B | - | 1 | 1
    Bereich | - | Verwaltung | Verwaltung
    Prio_A | - | 1 | 2
    Abteilung | - | Telefonzentrale | Hauptkasse
    Prio_P | - | 1 | 2
    Position | - | | Poststelle
    Standort | - | Gievitzer Str. 88c | Gievitzer Str. 88c
    Telefon | phone | 03991 61157-0 | 03991 61157-108
    Mobiltelefon | additionalPhones |
    Email | email | herzog@example.de | worner@example.de
    Email_alt | additionalEmails |
    Fax | - | +49 3991 611 57-101 | +49 3991 611 57-101
  `),
  tune({ id: 'de-kontakt-tool', kind: 'hand-made list (Handy, Büro, Privat)', lang: 'de', defaultCountry: 'DE', source: 'github:Kriko1978/mein-kontakt-tool kontakte.csv' }, `
    Name | name | Albert Gahlen | Alexander Braun
    Firma | companyName | |
    Email | email | |
    Handy | phone | | +4915155061987
    Büro | additionalPhones | +49236581811 |
    Privat | additionalPhones |
  `),
  tune({ id: 'it-camera-deputati', kind: 'hand-made list (open data, snake_case)', lang: 'it', defaultCountry: 'IT', source: 'github:LLj2/civic_bridge contatti_camera.csv' }, `
    persona_id | externalId | 309220 | 305880
    nome | firstName | ALBERTO | NICOLA
    cognome | lastName | PANDOLFO | FRATOIANNI
    data_nascita | dateOfBirth | 19851129 | 19721004
    luogo_nascita | - | GENOVA | PISA
    genere | - | male | male
    collegio | - | LIGURIA - P01 | TOSCANA - P03
    gruppo_partito | - | PD-IDP | AVS
    sigla_gruppo | - | PD-IDP | AVS
    commissione | - | X COMMISSIONE | III COMMISSIONE
    email_istituzionale | email | pandolfo_a@example.it | fratoianni_n@example.it
    email_pec | additionalEmails |
    form_contatti_url | - | https://example.it/scrivi?id=309220 |
    telefono_e164 | phone |
    indirizzo_ufficio | address1 |
    sito_ufficiale | website |
    fonte_url | - | https://example.it/scrivi?id=309220 |
    fonte_data | - | 2025-08-18 | 2025-08-18
  `),
  tune({ id: 'it-registrazioni', kind: 'hand-made list (registrations with date and time)', lang: 'it', defaultCountry: 'IT', source: 'github:asummonte1993/Caviro contatti.csv' }, `
    N° | - | 1 | 2
    Nome | name | coccettina | coccettina1
    Email | email | coccetta@example.it | coccetta2@example.it
    Data | - | 02/06/2026 | 02/06/2026
    Ora | - | 14:39:54 | 14:40:50
  `),
  tune({ id: 'it-utenti-registrati', kind: 'hotel guest list', lang: 'it', defaultCountry: 'IT', source: 'github:shopilciliegio-ship-it/crm-importatori Spotty/utentiregistrati_latest.csv' }, `
    Nome | firstName | Tommaso | Dominique
    Cognome | lastName | Esposito | Bellaiche
    Email | email | tommaso@example.com | domi@example.fr
    Cellulare | phone | +39 347 1234567 |
    NumeroCamera | - |
    Indirizzo | address1 |
    Citta | city |
    Provincia | state |
    Lingua | - | it | fr
    TipoVacanza | - | Agenzia | campo_disabilitato
    AltreInfo | - |
    DataInserimento | - | 2026-02-11 14:22:44 | 2026-05-29 16:12:42
    DataCheckin | - |
    DataCheckout | - |
    Sorgente | source | wifi | wifi
    RicezioneMessaggi | - | 0 | 1
    Valido | - | si | attesa
  `),
  tune({ id: 'nl-pizzeria-klanten', kind: 'hand-made customer list', lang: 'nl', defaultCountry: 'BE', source: 'github:AbdullahGultekin/pizzeria-management-system klanten.csv' }, `
    "" | - | 1 | 2
    Straat | address1 | Abelenlaan | Acacialaan
    Huisnummer | - | 5 | 11 A
    Plaats | city | 9130 Kieldrecht | 9130 Kieldrecht
    Telefoonnummer | phone | 0496312103 | 0478115274
    Naam | name | |
  `),

  // ----------------------------------------------------------------------------------------- files without header
  tune({ id: 'nl-leden-noheader', kind: 'member list without a header row', lang: 'nl', defaultCountry: 'NL', noHeader: true, source: 'github:infvo/ieni2018-db leden.csv' }, `
    "" | - | 1 | 2 | 3
    "" | firstName | Hans | Marie | Jantien
    "" | lastName | de Boer | Verkerk | Gerards
    "" | email | hdebo@example.nl | marie@example.nl | jgerards@example.com
  `),
  tune({ id: 'linkedin-noheader', kind: 'LinkedIn connections without a header row', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'github:MxKilian/LinkedInToContacts Connections.csv' }, `
    "" | firstName | Raoul | Natalie | Amelie | Martin
    "" | lastName | Ortado | Herrlein | Anders | Ly-Ky
    "" | - | | | |
    "" | - | Capgemini | ARA | Siemens | ConSol Software GmbH
    "" | - | Lead Business Analyst | Co-Founder / Managing Partner | AI Lab Working Student | Professional Software Engineer
    "" | - | 11 Jun 2021 | 11 Jun 2021 | 22 May 2021 | 17 May 2021
  `),
  tune({ id: 'it-pycon-noheader', kind: 'conference attendee export without a header row (tax codes)', lang: 'it', defaultCountry: 'IT', noHeader: true, source: 'github:ernestoarbitrio/pyconit_stats attendees.csv' }, `
    "" | - | | |
    "" | name | Patrick Arminio | Silvia Uberti | Marco Rossi
    "" | - | O/17.0521 | O/17.0522 | O/17.0523
    "" | - | 763 | 2924 | 2925
    "" | - | 2017-11-06 | 2017-11-07 | 2017-11-07
    "" | - | | |
    "" | country | GB | IT | IT
    "" | - | 5274 | 5275 | 5276
    "" | - | 1 | 1 | 1
    "" | - | RMNPRC91H16Z133Z | BRTSLV85A70B157A | RSSMRC80A01H501U
    "" | address1 | 26 Weald Cl, London SE16 3ET | Via Indipendenza, 4, 26013 Crema CR | Via Roma 1, 00100 Roma RM
    "" | - | | |
    "" | - | cc | paypal | cc
  `),
];
