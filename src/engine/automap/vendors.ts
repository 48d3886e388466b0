// The export headers of address books, CRMs, e-commerce and event tools, each with where the convention comes from:
// part of the header lexicon (./lexicon.ts), as data.
import type { LexField } from './lexicon';

// ------------------------------------------------------------------------------------ vendor export conventions

export interface VendorConvention {
  vendor: string;
  /** Where the convention comes from: the vendor's documentation, or a public export file. */
  source: string;
  /** header -> [field or null, confidence (default 1), rank] */
  headers: Record<string, LexField | [LexField, number] | [LexField, number, 'primary' | 'typed' | 'alternate']>;
}

export const VENDOR_HEADERS: readonly VendorConvention[] = [
  {
    vendor: 'Google Contacts, legacy "Google CSV"',
    source: 'https://support.google.com/contacts/answer/1069522; github:mtrazzi/gmail-to-google-contacts google_contacts.csv',
    headers: {
      'Given Name': 'firstName', 'Family Name': 'lastName', 'Additional Name': null, 'Yomi Name': null, 'Given Name Yomi': null,
      'Additional Name Yomi': null, 'Family Name Yomi': null, 'Name Prefix': null, 'Name Suffix': null, 'Group Membership': 'tags',
      'E-mail 1 - Value': ['email', 1, 'primary'], 'Phone 1 - Value': ['phone', 1, 'primary'], 'Address 1 - Street': 'address1',
      'Address 1 - City': 'city', 'Address 1 - Region': 'state', 'Address 1 - Postal Code': 'postalCode', 'Address 1 - Country': 'country',
      'Address 1 - Formatted': null, 'Address 1 - PO Box': null, 'Address 1 - Extended Address': null,
      'Organization 1 - Name': 'companyName', 'Organization 1 - Title': null, 'Organization 1 - Department': null,
      'Organization 1 - Yomi Name': null, 'Organization 1 - Symbol': null, 'Organization 1 - Location': null,
      'Organization 1 - Job Description': null, 'Website 1 - Value': 'website', 'Billing Information': null, 'Directory Server': null,
      Mileage: null, Occupation: null, Hobby: null, Sensitivity: null, Priority: null, Subject: null, Location: null,
    },
  },
  {
    vendor: 'Google Contacts, current CSV',
    source: 'https://support.google.com/contacts/answer/1069522; index:54499027745 (a Google Contacts CSV writer)',
    headers: {
      'Phonetic First Name': null, 'Phonetic Middle Name': null, 'Phonetic Last Name': null, 'File As': null,
      'Organization Name': 'companyName', 'Organization Title': null, 'Organization Department': null, Labels: 'tags',
      'Event 1 - Value': null, 'Relation 1 - Value': null, 'Custom Field 1 - Value': null,
    },
  },
  {
    vendor: 'Microsoft Outlook CSV export',
    source: 'index:375503932, index:28761943004 (the Outlook CSV header as written by export programs)',
    headers: {
      'E-mail Address': ['email', 1, 'primary'], 'E-mail 2 Address': ['email', 0.85, 'alternate'], 'E-mail 3 Address': ['email', 0.85, 'alternate'],
      'E-mail Display Name': null, 'E-mail 2 Display Name': null, 'E-mail 3 Display Name': null, 'Primary Phone': ['phone', 1, 'primary'],
      'Company Main Phone': null, 'Home Address': ['address1', 0.85], 'Business Address': ['address1', 0.85], 'Other Address': ['address1', 0.8],
      'Home Street': ['address1', 0.9], 'Business Street': ['address1', 0.9], 'Other Street': ['address1', 0.8], 'Web Page': 'website',
      "Manager's Name": null, "Assistant's Name": null, "Assistant's Phone": null, 'Referred By': null, 'Internet Free Busy': null,
      'Organizational ID Number': null, 'Office Location': null, 'Callback': null, 'Car Phone': ['phone', 0.8, 'typed'], ISDN: null,
      'Radio Phone': null, 'TTY/TDD Phone': null, Telex: null, 'User 1': null, 'User 2': null, 'User 3': null, 'User 4': null,
      Keywords: ['tags', 0.85], Categories: 'tags', Private: null, Spouse: null, Children: null, Anniversary: null,
    },
  },
  {
    vendor: 'Microsoft Outlook CSV export, in Dutch',
    source: 'index:369253317 (an importer test holding the Dutch Outlook header: "Werkadres, straat", "Land/regio (werk)", "Hoofdtelefoon bedrijf"...)',
    headers: {
      'Hoofdtelefoon bedrijf': null, Teksttelefoon: null, Radiotelefoon: null, Terugbellen: null, Achtervoegsel: null, Initialen: null,
      Voorletters: null, Priv: null, Gevoeligheid: null, Kantoorlocatie: null, Locatie: null, Adreslijstserver: null, Factuurinformatie: null,
      'Gebruiker 1': null, 'Gebruiker 2': null, 'Gebruiker 3': null, 'Gebruiker 4': null, 'Referentie van': null, Reisafstand: null,
      'Speciale datum': null, 'Organisatie-id': null, 'Middelste naam': null,
    },
  },
  {
    vendor: 'LinkedIn connections export',
    source: 'github:4annadaneshwari/LinkedIn-Data-Analysis Connections.csv',
    headers: { 'Connected On': null, Position: null, 'Email Address': 'email', URL: 'website' },
  },
  {
    vendor: 'HubSpot contacts export',
    source: 'https://knowledge.hubspot.com/properties/hubspots-default-contact-properties',
    headers: {
      // HubSpot's own id of the contact: another system's id, so the External ID (the Contact ID is the add-on's own id, and
      // a Contact ID no contact in the Contacts tab has is refused)
      'Record ID': ['externalId', 0.85], 'Record ID - Contact': ['externalId', 0.85], hs_object_id: ['externalId', 0.85], 'HubSpot ID': ['externalId', 0.85],
      'Contact owner': 'owner', 'Lifecycle Stage': null, 'Lead Status': null, 'Original Source': 'source', 'Original Source Drill-Down 1': null,
      'Website URL': 'website', 'Phone Number': ['phone', 1, 'primary'], 'Mobile Phone Number': ['phone', 0.95, 'typed'], 'State/Region': 'state',
      'Country/Region': 'country', 'Associated Company': ['companyName', 0.8], 'Associated Company ID': null, 'Associated Deals': null,
      'HubSpot Score': null, 'Marketing contact status': null, 'Number of Associated Deals': null, firstname: 'firstName', lastname: 'lastName',
      mobilephone: ['phone', 0.95, 'typed'], hubspot_owner_id: 'owner', lifecyclestage: null, hs_lead_status: null, zip: 'postalCode',
    },
  },
  {
    vendor: 'Salesforce Contact and Lead (UI labels and API names)',
    source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_contact.htm',
    headers: {
      'Mailing Street': 'address1', 'Mailing City': 'city', 'Mailing State/Province': 'state', 'Mailing State': 'state',
      'Mailing Zip/Postal Code': 'postalCode', 'Mailing Postal Code': 'postalCode', 'Mailing Zip': 'postalCode', 'Mailing Country': 'country',
      MailingStreet: 'address1', MailingCity: 'city', MailingState: 'state', MailingPostalCode: 'postalCode', MailingCountry: 'country',
      OtherStreet: ['address1', 0.8], OtherCity: ['city', 0.8], OtherState: ['state', 0.8], OtherPostalCode: ['postalCode', 0.8], OtherCountry: ['country', 0.8],
      FirstName: 'firstName', LastName: 'lastName', Birthdate: 'dateOfBirth', LeadSource: 'source', OwnerId: ['owner', 0.85],
      MobilePhone: ['phone', 0.95, 'typed'], HomePhone: ['phone', 0.9, 'typed'], OtherPhone: ['phone', 0.85, 'alternate'],
      AssistantPhone: null, AssistantName: null, ReportsToId: null, AccountId: null, HasOptedOutOfEmail: null, DoNotCall: null,
      'Account ID': null, 'Asst. Phone': null, 'Asst Phone': null, 'Asst. Name': null, 'Reports To': null, 'Email Opt Out': null,
      // the Account's owner, not the contact's (its own is "Contact Owner", OwnerId)
      'Account Owner': null, CreatedDate: null, LastModifiedDate: null, LastActivityDate: null, IsDeleted: null,
    },
  },
  {
    vendor: 'Zoho CRM contacts export',
    source: 'Zoho CRM "Contacts" standard fields (Zoho CRM help); index:4219732047 (Contacts(Contact Owner,Lead Source,First Name,Last Name,Account Name))',
    headers: {
      'Record Id': ['externalId', 0.85], 'Vendor Name': null, 'Asst Phone': null, 'Skype ID': null, 'Secondary Email': ['email', 0.85, 'alternate'],
      'Mailing Zip': 'postalCode', 'Other Zip': ['postalCode', 0.8], 'Created Time': null, 'Modified Time': null, 'Created By': null, 'Modified By': null,
      Tag: 'tags', Twitter: null,
    },
  },
  {
    vendor: 'Pipedrive people export ("Person - ..." columns)',
    source: 'index:58353044932, index:58468432813 (scripts reading Pipedrive people exports)',
    headers: {
      'Person - Name': 'name', 'Person - First name': 'firstName', 'Person - Last name': 'lastName', 'Person - Organization': 'companyName',
      'Person - Email - Work': ['email', 0.95, 'typed'], 'Person - Email - Home': ['email', 0.95, 'typed'], 'Person - Email - Other': ['email', 0.85, 'alternate'],
      'Person - Phone - Work': ['phone', 0.9, 'typed'], 'Person - Phone - Mobile': ['phone', 0.95, 'typed'], 'Person - Phone - Home': ['phone', 0.9, 'typed'],
      'Person - Phone - Other': ['phone', 0.85, 'alternate'], 'Person - Owner': 'owner', 'Person - Label': ['tags', 0.9], 'Person - ID': ['externalId', 0.85],
      'Person - Marketing status': null, 'Person - Double opt-in': null, 'Organization - Name': 'companyName',
    },
  },
  {
    vendor: 'Mailchimp audience export',
    source: 'https://mailchimp.com/help/view-export-contacts/; index:23266940308 (an export used as a fixture)',
    headers: {
      'Email Address': 'email', FNAME: 'firstName', LNAME: 'lastName', PHONE: 'phone', ADDRESS: 'address1', BIRTHDAY: 'dateOfBirth',
      MEMBER_RATING: null, OPTIN_TIME: null, OPTIN_IP: null, CONFIRM_TIME: null, CONFIRM_IP: null, LATITUDE: null, LONGITUDE: null,
      GMTOFF: null, DSTOFF: null, TIMEZONE: null, CC: ['country', 0.7], REGION: ['state', 0.7], LAST_CHANGED: null, LEID: null, EUID: null,
      NOTES: null, TAGS: 'tags', UNSUB: null, UNSUB_TIME: null, UNSUB_CAMPAIGN_TITLE: null, UNSUB_CAMPAIGN_ID: null, UNSUB_REASON: null,
      UNSUB_REASON_OTHER: null, CLEAN_TIME: null, CLEAN_CAMPAIGN_TITLE: null, CLEAN_CAMPAIGN_ID: null, BOUNCE: null, MMERGE: null,
    },
  },
  {
    vendor: 'Brevo (Sendinblue) contacts export',
    source: 'index:55170590937, index:60451783323 (Brevo export headers in importer tests)',
    headers: {
      'CONTACT ID': 'contactId', CONTACT_ID: 'contactId', EMAIL: 'email', FIRSTNAME: 'firstName', LASTNAME: 'lastName', SMS: ['phone', 0.95, 'typed'],
      LANDLINE_NUMBER: ['phone', 0.9, 'typed'], WHATSAPP: ['phone', 0.9, 'typed'], COMPANY: 'companyName', INTERESTS: ['tags', 0.85],
      BLACKLISTED: null, 'DOUBLE_OPT-IN': null, OPT_IN: null, ADDED_TIME: null, MODIFIED_TIME: null, EMAIL_BLACKLISTED: null, SMS_BLACKLISTED: null,
    },
  },
  {
    vendor: 'ActiveCampaign contacts (API v3 field names)',
    source: 'https://dashclicks-docs.pages.dev/docs/service/external/activecampaign/crm-data',
    headers: { cdate: null, udate: null, orgid: null, orgname: 'companyName', hash: null, gravatar: null, deleted: null, anonymized: null, bounced_hard: null, bounced_soft: null },
  },
  {
    vendor: 'HighLevel contacts export',
    source: 'HighLevel contact export (the add-on\'s HighLevel destination fields: Additional Emails, Additional Phones, Contact Followers)',
    headers: { 'Contact Id': 'contactId', 'GHL Contact ID': 'contactId', 'Business Name': 'companyName', 'Additional Emails': 'additionalEmails', 'Additional Phones': 'additionalPhones', Followers: 'followers', DND: null, 'Last Activity': null },
  },
  {
    vendor: 'Shopify customers export (legacy and current)',
    source: 'https://help.shopify.com/en/manual/customers/import-export-customers; github:LiquidIQ/imagezoo-scripts customers_export.csv; github:thecyclingcompany/tourdelcafe-web customers_export.csv',
    headers: {
      'Customer ID': ['externalId', 0.85], 'Accepts Marketing': null, 'Accepts Email Marketing': null, 'Accepts SMS Marketing': null,
      'Accepts WhatsApp Marketing': null, 'Total Spent': null, 'Total Orders': null, 'Tax Exempt': null, 'Province Code': ['state', 0.7],
      'Country Code': ['country', 0.7], 'Default Address Company': 'companyName', 'Default Address Address1': 'address1', 'Default Address Address2': null,
      'Default Address City': 'city', 'Default Address Province Code': ['state', 0.75], 'Default Address Country Code': ['country', 0.75],
      'Default Address Zip': 'postalCode', 'Default Address Phone': ['phone', 0.85, 'typed'], Address1: 'address1', Address2: null,
    },
  },
  {
    vendor: 'Stripe customers export (unified_customers.csv)',
    source: 'https://docs.stripe.com/get-started/data-migrations/export-file-formats; github:davidalee44/eqho-finance unified_customers.csv',
    headers: {
      'Created (UTC)': null, Delinquent: null, 'Card ID': null, 'Card Name': null, 'Card Brand': null, 'Card Funding': null, 'Card Last4': null,
      'Card Exp Month': null, 'Card Exp Year': null, 'Card Fingerprint': null, 'Card Issue Country': null, 'Card CVC Status': null,
      'Card AVS Zip Status': null, 'Card AVS Line1 Status': null, 'Card Tokenization Method': null, Plan: null, 'Cancel At Period End': null,
      'Account Balance': null, 'Total Spend': null, 'Payment Count': null, 'Average Order': null, 'Refunded Volume': null, 'Dispute Losses': null,
      'Business Vat ID': null, 'Tax Location Recognized': null, 'Card Address Line1': ['address1', 0.75], 'Card Address Line2': null,
      'Card Address City': ['city', 0.75], 'Card Address State': ['state', 0.75], 'Card Address Country': ['country', 0.75], 'Card Address Zip': ['postalCode', 0.75],
    },
  },
  {
    vendor: 'Eventbrite attendee and order reports',
    source: 'index:2629433808, index:71598756326 (Eventbrite attendee report headers)',
    headers: {
      'Order #': null, 'Order Date': null, 'Attendee #': null, 'Barcode #': null, 'Ticket Type': null, 'Attendee Status': null, 'Price Tier': null,
      'Order Type': null, 'Total Paid': null, 'Fees Paid': null, 'Eventbrite Fees': null, 'Eventbrite Payment Processing': null, Quantity: null,
      'Home Address 1': 'address1', 'Home Address 2': null, 'Home Zip': 'postalCode', 'Cell Phone': ['phone', 0.95, 'typed'], 'Work Phone': ['phone', 0.9, 'typed'],
    },
  },
  {
    vendor: 'Zoom webinar attendee report',
    source: 'index:63208576905, index:53170285032 (Zoom attendee reports read by a lead-scoring tool: report title, host and attendee sections)',
    headers: {
      Attended: null, 'User Name (Original Name)': null, 'Registration Time': null, 'Approval Status': null, 'Join Time': null,
      'Leave Time': null, 'Time in Session (minutes)': null, 'Is Guest': null, 'Country/Region Name': 'country',
    },
  },
  {
    vendor: 'Luma guest export',
    source: 'https://help.luma.com/p/download-guest-csv; index:55331604233 (the fixed Luma header, as documented by a fixture generator)',
    headers: {
      api_id: ['externalId', 0.85], guest_id: ['externalId', 0.85], approval_status: null, checked_in_at: null, custom_source: ['source', 0.8],
      qr_code_url: null, amount_tax: null, amount_discount: null, coupon_code: null, eth_address: null, solana_address: null,
      survey_response_rating: null, survey_response_feedback: null, ticket_type_id: null, ticket_name: null,
    },
  },
  {
    vendor: 'Google Forms responses',
    source: 'github:Salahaldian/n8n-mail-automation Form Responses 1.csv; index:2599003224 (question-style headers)',
    headers: { Timestamp: null, 'Email Address': 'email', Score: null },
  },
  {
    vendor: 'QuickBooks customer list',
    source: 'github:avargas-cloud/medusa-starter-default customers_export.csv',
    headers: { ListID: ['externalId', 0.85], BillAddr1: ['address1', 0.75], BillAddr2: null, BillCity: ['city', 0.75], BillState: ['state', 0.75], BillZip: ['postalCode', 0.75], BillCountry: ['country', 0.75], ShipAddr1: null, ShipCity: null, CustomerType: null, PriceLevel: null },
  },
  {
    // Odoo's contact model (res.partner) by its technical field names: category_id is "Tags", parent_id "Related
    // Company" (read as the company when the file is Odoo's: ./resolve.ts), "x/id" and "x/name" a related record's
    // external id and name in its import and export.
    vendor: 'Odoo contacts (res.partner), technical field names',
    source: 'index:70656839749 (an RPA flow building an Odoo customers import table); Odoo res.partner fields (category_id, parent_id, company_type, is_company)',
    headers: { category_id: ['tags', 0.8], 'category_id/id': ['tags', 0.8], 'category_id/name': ['tags', 0.85], 'parent_id/name': ['companyName', 0.8], company_type: null, is_company: null },
  },
  {
    // Thunderbird's address book export in its British English build names the state "County" and the postcode "Post
    // Code" ("Home County", "Work County", where the US build writes "Home State", "Home ZipCode").
    vendor: 'Mozilla Thunderbird address book CSV, en-GB build',
    source: 'index:27733254974, index:56797920570 (address book converters writing the en-GB Thunderbird header)',
    headers: { 'Home County': ['state', 0.9], 'Work County': ['state', 0.9], 'Home Post Code': ['postalCode', 0.9], 'Work Post Code': ['postalCode', 0.9] },
  },
  {
    // Constant Contact's contact export lists the email lists a contact is on, comma-separated: its groups.
    vendor: 'Constant Contact contacts export',
    source: 'index:44775182333 (a nonprofit\'s Constant Contact merge script reading its export: "Email Lists", "Email permission status")',
    headers: { 'Email Lists': ['tags', 0.9], 'Email permission status': null },
  },
  {
    vendor: 'vCard property names (Apple Contacts and vCard-to-CSV tools)',
    source: 'RFC 6350 (vCard 4.0) property names; github:nbeaver/vcard2csv contacts.tsv',
    headers: { FN: ['name', 0.9], N: null, EMAIL: 'email', TEL: 'phone', ORG: 'companyName', ADR: ['address1', 0.9], BDAY: 'dateOfBirth', URL: 'website', NOTE: null, CATEGORIES: 'tags', NICKNAME: null, TITLE: null, ROLE: null, UID: ['externalId', 0.6], 'Cell phone': ['phone', 0.95, 'typed'], 'Work phone': ['phone', 0.9, 'typed'], 'Home phone': ['phone', 0.9, 'typed'] },
  },
  {
    // Tine 2.0 and EGroupware name an address book's columns by their database fields: "n_given", "n_family", the
    // business address "adr_one_*" and the private one "adr_two_*" (a second address group, not imported over the first).
    vendor: 'Tine 2.0 and EGroupware address book (database field names)',
    source: 'github:tine20/tine20 tine20/Addressbook/Setup/DemoData/import/Contact/Contact.csv (the address book demo data)',
    headers: {
      n_given: 'firstName', n_family: 'lastName', n_middle: null, n_prefix: null, n_suffix: null, n_fn: ['name', 0.9], n_fileas: null,
      adr_one_street: 'address1', adr_one_street2: null, adr_one_locality: 'city', adr_one_region: 'state', adr_one_postalcode: 'postalCode',
      adr_one_countryname: 'country', adr_two_street: null, adr_two_street2: null, adr_two_locality: null, adr_two_region: null,
      adr_two_postalcode: null, adr_two_countryname: null, org_name: 'companyName', org_unit: null,
    },
  },
  {
    // PayPal's activity download: the payer ("From Email Address", the sender in German) is the contact, the recipient the
    // account holder itself; its transaction and receipt ids are the payment's.
    vendor: 'PayPal activity download (English and German)',
    source: 'index:13967953190 (an envelope-budget app reading the English download); index:22210434213 (a bookkeeping tool\'s converter of the German one)',
    headers: {
      'From Email Address': 'email', 'To Email Address': null, 'Receipt ID': null, 'Transaction ID': null, 'Reference Txn ID': null,
      'Absender E-Mail-Adresse': 'email', 'Empfänger E-Mail-Adresse': null, Transaktionscode: null, 'Zugehöriger Transaktionscode': null, Empfangsnummer: null,
    },
  },
];
