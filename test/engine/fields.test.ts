import { customFieldDef, fieldIndex, fieldLabel, getField, listFields, STANDARD_FIELDS } from '../../src/engine/fields';
import { STANDARD_FIELD_KEYS, type CustomField } from '../../src/engine/types';

describe('standard fields', () => {
  it('has exactly the contract keys, in order', () => {
    expect(STANDARD_FIELDS.map((f) => f.key)).toEqual([...STANDARD_FIELD_KEYS]);
  });

  it.each([
    ['email', 'Email', 'email', false],
    ['additionalEmails', 'Additional email addresses', 'emailList', true],
    ['additionalPhones', 'Additional phone numbers', 'phoneList', true],
    ['companyName', 'Company name', 'text', false],
    ['address1', 'Street address', 'text', false],
    ['postalCode', 'Postal code', 'text', false],
    ['dateOfBirth', 'Date of birth', 'date', false],
    ['owner', 'Contact owner', 'user', false],
    ['followers', 'Contact followers', 'userList', true],
    ['tags', 'Tags', 'list', true],
    ['website', 'Website', 'url', false],
    ['phone', 'Phone', 'phone', false],
    ['contactId', 'Contact ID', 'id', false],
  ])('%s is "%s", read as %s, list=%s', (key, label, kind, list) => {
    const f = getField(key)!;
    expect(f).toMatchObject({ key, label, kind, list, multiColumn: list, custom: false });
  });
});

describe('custom fields', () => {
  const cfs: CustomField[] = [
    { key: 't', label: 'T', type: 'text' },
    { key: 'lt', label: 'LT', type: 'largeText' },
    { key: 'n', label: 'N', type: 'number' },
    { key: 'm', label: 'M', type: 'monetary' },
    { key: 'd', label: 'D', type: 'date' },
    { key: 'p', label: 'P', type: 'phone' },
    { key: 'e', label: 'E', type: 'email' },
    { key: 'u', label: 'U', type: 'url' },
    { key: 'c', label: 'C', type: 'checkbox' },
    { key: 'so', label: 'SO', type: 'singleOption', options: ['A'] },
    { key: 'mo', label: 'MO', type: 'multipleOptions', options: ['A', 'B'] },
  ];
  it.each([
    ['t', 'text', false], ['lt', 'text', false], ['n', 'number', false], ['m', 'monetary', false], ['d', 'date', false],
    ['p', 'phone', false], ['e', 'email', false], ['u', 'url', false], ['c', 'checkbox', false],
    ['so', 'singleOption', false], ['mo', 'multipleOptions', true],
  ])('%s reads as %s (list=%s)', (key, kind, list) => {
    const f = getField(key, cfs)!;
    expect(f).toMatchObject({ key, kind, list, custom: true });
  });

  it('lists standard then custom fields and looks them up by key', () => {
    const all = listFields(cfs);
    expect(all).toHaveLength(STANDARD_FIELDS.length + cfs.length);
    expect(all[STANDARD_FIELDS.length].key).toBe('t');
    expect(fieldIndex(cfs).get('mo')?.options).toEqual(['A', 'B']);
    expect(fieldLabel('so', cfs)).toBe('SO');
    expect(fieldLabel('email')).toBe('Email');
    expect(getField('nope', cfs)).toBeUndefined();
    expect(customFieldDef(cfs[9]).options).not.toBe(cfs[9].options);
  });
});
