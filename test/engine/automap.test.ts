import { applyMapping, autoMapping, columnKeys, compactHeader, osaDistance, suggestMapping } from '../../src/engine/automap';
import { getField } from '../../src/engine/fields';
import type { CustomField } from '../../src/engine/types';

const fieldsOf = (headers: string[], opts = {}) => suggestMapping(headers, opts).map((s) => s.field);
const mapOf = (headers: string[], opts = {}) => Object.fromEntries(suggestMapping(headers, opts).map((s) => [s.header, s.field]));

/** No single-valued field is suggested for two columns. */
function expectNoSharedSingleField(headers: string[], opts = {}) {
  const used = new Map<string, string>();
  for (const s of suggestMapping(headers, opts)) {
    if (!s.field || getField(s.field, (opts as { customFields?: CustomField[] }).customFields ?? [])?.multiColumn) continue;
    expect([s.field, used.get(s.field)]).toEqual([s.field, undefined]);
    used.set(s.field, s.header);
  }
}

describe('normalization', () => {
  it.each([
    ['E-mail Address', 'emailaddress'],
    ['firstName', 'firstname'],
    ['FIRST_NAME', 'firstname'],
    ['  Zip / Postal Code ', 'zippostalcode'],
    ['Téléphone', 'telephone'],
    ['Phone1', 'phone1'],
  ])('%s -> %s', (h, c) => expect(compactHeader(h)).toBe(c));

  it('measures optimal string alignment distance (transpositions count once)', () => {
    expect(osaDistance('emial', 'email')).toBe(1);
    expect(osaDistance('fristname', 'firstname')).toBe(1);
    expect(osaDistance('phonenumbr', 'phonenumber')).toBe(1);
    expect(osaDistance('abc', 'abc')).toBe(0);
    expect(osaDistance('kitten', 'sitting')).toBe(3);
    expect(osaDistance('a', 'abcdefgh', 3)).toBe(4);
  });
});

describe('export conventions', () => {
  it('Google Contacts CSV', () => {
    const h = ['Name', 'Given Name', 'Additional Name', 'Family Name', 'Birthday', 'Notes', 'Group Membership',
      'E-mail 1 - Type', 'E-mail 1 - Value', 'E-mail 2 - Type', 'E-mail 2 - Value', 'Phone 1 - Type', 'Phone 1 - Value',
      'Phone 2 - Label', 'Phone 2 - Value', 'Address 1 - Type', 'Address 1 - Formatted', 'Address 1 - Street', 'Address 1 - City',
      'Address 1 - Region', 'Address 1 - Postal Code', 'Address 1 - Country', 'Organization 1 - Name', 'Organization 1 - Title',
      'Website 1 - Type', 'Website 1 - Value', 'E-mail 1 - Label', 'Labels'];
    expect(mapOf(h)).toEqual({
      Name: 'name', 'Given Name': 'firstName', 'Additional Name': null, 'Family Name': 'lastName', Birthday: 'dateOfBirth',
      Notes: null, 'Group Membership': 'tags', 'E-mail 1 - Type': null, 'E-mail 1 - Value': 'email', 'E-mail 2 - Type': null,
      'E-mail 2 - Value': 'additionalEmails', 'Phone 1 - Type': null, 'Phone 1 - Value': 'phone', 'Phone 2 - Label': null,
      'Phone 2 - Value': 'additionalPhones', 'Address 1 - Type': null, 'Address 1 - Formatted': null, 'Address 1 - Street': 'address1',
      'Address 1 - City': 'city', 'Address 1 - Region': 'state', 'Address 1 - Postal Code': 'postalCode', 'Address 1 - Country': 'country',
      'Organization 1 - Name': 'companyName', 'Organization 1 - Title': null, 'Website 1 - Type': null, 'Website 1 - Value': 'website',
      'E-mail 1 - Label': null, Labels: 'tags',
    });
    expectNoSharedSingleField(h);
  });

  it('Outlook CSV', () => {
    const h = ['Title', 'First Name', 'Middle Name', 'Last Name', 'Company', 'Job Title', 'Business Street', 'Business Street 2',
      'Business City', 'Business State', 'Business Postal Code', 'Business Country/Region', 'Home Street', 'Home City', 'Business Fax',
      'Business Phone', 'Home Phone', 'Mobile Phone', 'E-mail Address', 'E-mail Type', 'E-mail Display Name', 'E-mail 2 Address',
      'E-mail 3 Address', 'Web Page', 'Birthday', 'Categories', 'Notes'];
    expect(mapOf(h)).toEqual({
      Title: null, 'First Name': 'firstName', 'Middle Name': null, 'Last Name': 'lastName', Company: 'companyName', 'Job Title': null,
      'Business Street': 'address1', 'Business Street 2': null, 'Business City': 'city', 'Business State': 'state',
      'Business Postal Code': 'postalCode', 'Business Country/Region': 'country', 'Home Street': null, 'Home City': null,
      'Business Fax': null, 'Business Phone': 'additionalPhones', 'Home Phone': 'additionalPhones', 'Mobile Phone': 'phone',
      'E-mail Address': 'email', 'E-mail Type': null, 'E-mail Display Name': null, 'E-mail 2 Address': 'additionalEmails',
      'E-mail 3 Address': 'additionalEmails', 'Web Page': 'website', Birthday: 'dateOfBirth', Categories: 'tags', Notes: null,
    });
    expectNoSharedSingleField(h);
  });

  it('HubSpot export', () => {
    const h = ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Mobile Phone Number', 'Company Name',
      'Associated Company', 'Contact owner', 'Lifecycle Stage', 'Lead Status', 'Create Date', 'Last Modified Date',
      'Last Activity Date', 'Street Address', 'City', 'State/Region', 'Postal Code', 'Country/Region', 'Website URL', 'Original Source'];
    expect(mapOf(h)).toEqual({
      'Record ID': 'externalId', 'First Name': 'firstName', 'Last Name': 'lastName', Email: 'email', 'Phone Number': 'phone',
      'Mobile Phone Number': 'additionalPhones', 'Company Name': 'companyName', 'Associated Company': null, 'Contact owner': 'owner',
      'Lifecycle Stage': null, 'Lead Status': null, 'Create Date': null, 'Last Modified Date': null, 'Last Activity Date': null,
      'Street Address': 'address1', City: 'city', 'State/Region': 'state', 'Postal Code': 'postalCode', 'Country/Region': 'country',
      'Website URL': 'website', 'Original Source': 'source',
    });
    expectNoSharedSingleField(h);
  });

  it('HighLevel export', () => {
    const h = ['Contact Id', 'First Name', 'Last Name', 'Name', 'Phone', 'Email', 'Business Name', 'Created', 'Last Activity', 'Tags',
      'Additional Emails', 'Additional Phones', 'Followers', 'Source', 'Date of Birth'];
    expect(fieldsOf(h)).toEqual(['contactId', 'firstName', 'lastName', 'name', 'phone', 'email', 'companyName', null, null, 'tags',
      'additionalEmails', 'additionalPhones', 'followers', 'source', 'dateOfBirth']);
  });

  it('Salesforce report', () => {
    const h = ['Contact ID', 'Salutation', 'First Name', 'Last Name', 'Title', 'Account Name', 'Mailing Street', 'Mailing City',
      'Mailing State/Province', 'Mailing Zip/Postal Code', 'Mailing Country', 'Phone', 'Mobile', 'Email', 'Lead Source', 'Birthdate',
      'Contact Owner', 'Created Date', 'Last Modified Date'];
    expect(fieldsOf(h)).toEqual(['contactId', null, 'firstName', 'lastName', null, 'companyName', 'address1', 'city', 'state',
      'postalCode', 'country', 'phone', 'additionalPhones', 'email', 'source', 'dateOfBirth', 'owner', null, null]);
  });

  it('Apple / vCard style and Mailchimp', () => {
    expect(fieldsOf(['FN', 'EMAIL', 'TEL', 'ORG', 'ADR', 'BDAY', 'URL', 'NOTE', 'CATEGORIES'])).toEqual(
      ['name', 'email', 'phone', 'companyName', 'address1', 'dateOfBirth', 'website', null, 'tags']);
    expect(fieldsOf(['Email Address', 'First Name', 'Last Name', 'Address', 'Phone Number', 'Birthday', 'MEMBER_RATING', 'OPTIN_TIME',
      'CONFIRM_TIME', 'LAST_CHANGED', 'LEID', 'TAGS'])).toEqual(
      ['email', 'firstName', 'lastName', 'address1', 'phone', 'dateOfBirth', null, null, null, null, null, 'tags']);
  });

  it.each([
    ['tel', 'phone'], ['mob', 'phone'], ['Cell', 'phone'], ['zip', 'postalCode'], ['DOB', 'dateOfBirth'], ['e-mail', 'email'],
    ['fname', 'firstName'], ['lname', 'lastName'], ['org', 'companyName'], ['first_name', 'firstName'], ['lastName', 'lastName'],
    ['EMAIL_ADDRESS', 'email'], ['Zip/Postal Code', 'postalCode'], ['Street', 'address1'], ['Contact Owner', 'owner'],
    ['Contact Followers', 'followers'], ['Additional email addresses', 'additionalEmails'], ['Additional phone numbers', 'additionalPhones'],
    ['External ID', 'externalId'], ['Customer Email', 'email'], ['Billing Phone Number', 'phone'], ['Company Website', 'website'],
  ])('abbreviation / variant %s -> %s', (h, f) => {
    expect(suggestMapping([h])[0].field).toBe(f);
  });
});

describe('typos (fuzzy)', () => {
  it.each([
    ['Emial', 'email'], ['Frist Name', 'firstName'], ['Phone Numbr', 'phone'], ['Adress', 'address1'], ['Ctiy', 'city'],
    ['Lsat Name', 'lastName'], ['Compnay', 'companyName'], ['Birthdya', 'dateOfBirth'], ['Emial Address', 'email'],
  ])('%s -> %s with a lower confidence', (h, f) => {
    const [s] = suggestMapping([h]);
    expect(s.field).toBe(f);
    expect(s.confidence).toBeGreaterThan(0.5);
    expect(s.confidence).toBeLessThan(0.9);
  });

  it.each(['Stage', 'County', 'Company Size', 'Email Opt Out', 'Phone Verified', 'Title', 'Notes', 'Lead Status', 'xyz'])(
    '%s stays unmapped (no near miss onto a field)', (h) => {
      expect(suggestMapping([h])[0].field).toBeNull();
    });

  it('gives exact synonyms confidence 1 and unknown headers 0', () => {
    const [a, b] = suggestMapping(['Email', 'Favorite Pizza']);
    expect(a.confidence).toBe(1);
    expect(b).toMatchObject({ field: null, confidence: 0 });
  });
});

describe('metadata, system and status columns', () => {
  it.each(['E-mail 1 - Label', 'E-mail 1 - Type', 'Phone 1 - Type', 'Phone 3 - Label', 'E-mail Type', 'E-mail Display Name', 'Address 2 - Type'])(
    '%s is metadata of another column -> null', (h) => {
      const [s] = suggestMapping([h]);
      expect(s.field).toBeNull();
      expect(s.reason).toMatch(/Describes another column/);
    });

  it.each(['Created', 'Created At', 'Create Date', 'Created Date', 'Modified', 'Last Modified Date', 'Updated at', 'Last Activity',
    'Last Activity Date', 'Date Added', 'createdAt', 'updated_at'])('%s is a system date -> null', (h) => {
    expect(suggestMapping([h])[0].field).toBeNull();
  });

  it.each(['User 1', 'User 2', 'User 3', 'User 4', 'Asst. Phone', 'Asst Phone', "Assistant's Phone", 'Assistant Email', 'Asst. Name', 'Reports To'])(
    '%s (Outlook / Salesforce) belongs to someone else than the contact -> null', (h) => {
      expect(suggestMapping([h])[0].field).toBeNull();
      expect(mapOf(['Email', 'Phone', h])[h]).toBeNull();
    });

  it('never maps the add-on\'s Import status column, whatever its samples', () => {
    const [s] = suggestMapping(['Import status'], { sampleRows: [['a@b.com'], ['c@d.com'], ['e@f.com']] });
    expect(s).toMatchObject({ field: null, confidence: 1 });
  });
});

describe('conflicts', () => {
  it('a second email or phone column goes to the additional list', () => {
    expect(fieldsOf(['Email', 'Work Email', 'Phone', 'Mobile', 'Email 2'])).toEqual(
      ['email', 'additionalEmails', 'phone', 'additionalPhones', 'additionalEmails']);
  });

  it('the best candidate is the main one whatever the order', () => {
    expect(fieldsOf(['Email 2', 'Other Email', 'Email'])).toEqual(['additionalEmails', 'additionalEmails', 'email']);
    expect(fieldsOf(['Home Phone', 'Phone Number'])).toEqual(['additionalPhones', 'phone']);
  });

  it('a lone numbered column still takes the main field', () => {
    expect(fieldsOf(['Email 2'])).toEqual(['email']);
  });

  it('a single-valued field goes to the higher confidence, then the first column', () => {
    expect(fieldsOf(['Home Street', 'Street Address'])).toEqual([null, 'address1']);
    expect(fieldsOf(['Business City', 'Home City'])).toEqual(['city', null]);
    const s = suggestMapping(['Company', 'Organization']);
    expect(s[1]).toMatchObject({ field: null, confidence: 0 });
    expect(s[1].reason).toMatch(/"Company" already maps to Company name/);
  });

  it('several tag columns may all feed tags', () => {
    expect(fieldsOf(['Tags', 'Labels', 'Group Membership'])).toEqual(['tags', 'tags', 'tags']);
  });

  it('never shares a single-valued field on a messy header set', () => {
    expectNoSharedSingleField(['Name', 'Full Name', 'Contact', 'First', 'Given Name', 'Zip', 'Postal Code', 'DOB', 'Birthday',
      'Company', 'Business Name', 'Account Name', 'Owner', 'Assigned To', 'Website', 'URL', 'Contact ID', 'Record ID']);
  });
});

describe('custom fields and samples', () => {
  const customFields: CustomField[] = [
    { key: 'favoriteColor', label: 'Favorite Color', type: 'singleOption', options: ['Red', 'Blue'] },
    { key: 'ltv', label: 'Lifetime Value', type: 'monetary' },
  ];
  it('matches custom fields by label and by key, exactly or with a typo', () => {
    const s = suggestMapping(['favorite color', 'LTV', 'Favourite Colour', 'lifetime_value'], { customFields });
    expect(s.map((x) => x.field)).toEqual(['favoriteColor', 'ltv', null, null]);
    const t = suggestMapping(['Favourite Colour'], { customFields });
    expect(t[0].field).toBe('favoriteColor');
    expect(t[0].confidence).toBeLessThan(1);
  });

  it('a loosely named column whose samples are emails is an email', () => {
    const s = suggestMapping(['Contact', 'Info'], { sampleRows: [['ann@x.com', '(415) 555-0123'], ['bob@y.org', '+1 415 555 0199'], ['cy@z.io', '415-555-0100']] });
    expect(s[0]).toMatchObject({ field: 'email' });
    expect(s[1]).toMatchObject({ field: 'phone' });
  });

  it('lowers the confidence of an email column whose values are not emails', () => {
    const [s] = suggestMapping(['Email'], { sampleRows: [['yes'], ['no'], ['yes']] });
    expect(s.field).toBe('email');
    expect(s.confidence).toBe(0.5);
  });
});

describe('columns and mappings', () => {
  it('makes unique column keys: repeats get (2), empty headers their letter', () => {
    expect(columnKeys(['Email', 'Email', ' ', 'Name', 'Email', null, 'Email (2)'])).toEqual(
      ['Email', 'Email (2)', 'Column C', 'Name', 'Email (3)', 'Column F', 'Email (2) (2)']);
    expect(columnKeys(new Array(28).fill(''))[27]).toBe('Column AB');
  });

  it('column keys are the header text as seen: invisible marks dropped, numbers, checkboxes and dates as Sheets shows them', () => {
    expect(columnKeys(['\u200bEmail', 'Phone\u200e', '\ufeff Name \u202c', 2024, true, new Date(2024, 8, 8, 23, 30), '\u200b'])).toEqual(
      ['Email', 'Phone', 'Name', '2024', 'TRUE', '2024-09-08', 'Column G']);
    const p = applyMapping(['\u200bEmail', 'Phone\u200e', '\u200b'], { Email: 'email', Phone: 'phone', 'Column C': 'name' });
    expect(p.fields).toEqual(['email', 'phone', 'name']);
  });

  it('auto-maps repeated headers: the second Email becomes additionalEmails', () => {
    expect(autoMapping(['Email', 'Email', 'Name'])).toEqual({ Email: 'email', 'Email (2)': 'additionalEmails', Name: 'name' });
  });

  it('applies a mapping by column key, case-insensitively, ignoring the status column and unknown fields', () => {
    const p = applyMapping(['E-mail', 'name', 'Import status', 'Notes', 'X'], { 'e-mail': 'email', Name: 'name', 'Import status': 'email', X: 'bogus' });
    expect(p.fields).toEqual(['email', 'name', null, null, null]);
    expect(p.keys).toEqual(['E-mail', 'name', 'Import status', 'Notes', 'X']);
  });

  it('repeated headers not named in the mapping follow their first occurrence sensibly', () => {
    const p = applyMapping(['Email', 'Email', 'Tags', 'Tags', 'City', 'City', 'Phone', 'Phone'], { Email: 'email', Tags: 'tags', City: 'city', Phone: 'phone' });
    expect(p.fields).toEqual(['email', 'additionalEmails', 'tags', 'tags', 'city', null, 'phone', 'additionalPhones']);
    const q = applyMapping(['Email', 'Email'], { Email: 'email', 'Email (2)': null });
    expect(q.fields).toEqual(['email', null]);
  });

  it('keeps a single-valued field on its first column when a mapping names it twice', () => {
    expect(applyMapping(['A', 'B'], { A: 'email', B: 'email' }).fields).toEqual(['email', null]);
  });
});
