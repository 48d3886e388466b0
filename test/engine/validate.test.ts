import { readSettings } from '../../src/crm/registry';
import type { CellValue, Settings, ValidatedRow } from '../../src/engine/types';
import { REQUIRED_MESSAGE, SheetValidator, validateRow, validateRows } from '../../src/engine/validate';
import fc from 'fast-check';

function settings(over: Record<string, unknown> = {}): Settings {
  const r = readSettings(over);
  if ('errors' in r) throw new Error(r.errors.join('\n'));
  return r.settings;
}
function run(headers: string[], rows: CellValue[][], over: Record<string, unknown> = {}, firstLine = 2) {
  return validateRows({ headers, rows, firstLine, settings: settings(over) });
}
const one = (headers: string[], row: CellValue[], over: Record<string, unknown> = {}): ValidatedRow => run(headers, [row], over).rows[0];
const codes = (r: ValidatedRow) => r.issues.map((i) => `${i.severity}:${i.code}`);

describe('what a row needs, per mode', () => {
  const H = ['Name', 'First Name', 'Last Name', 'Email', 'Phone', 'Company', 'Contact ID', 'External ID'];
  const row = (o: Partial<Record<string, CellValue>>): CellValue[] => H.map((h) => o[h] ?? '');
  const CREATE_MSG = `${REQUIRED_MESSAGE}: add a Name, Phone or Email.`;

  it.each<[string, Record<string, unknown>, Partial<Record<string, CellValue>>, 'success' | 'failure', string]>([
    ['create: name', { mode: 'create' }, { Name: 'Ann Lee' }, 'success', ''],
    ['create: first name only', { mode: 'create' }, { 'First Name': 'Ann' }, 'success', ''],
    ['create: last name only', { mode: 'create' }, { 'Last Name': 'Lee' }, 'success', ''],
    ['create: phone only', { mode: 'create' }, { Phone: '+1 415 555 0123' }, 'success', ''],
    ['create: email only', { mode: 'create' }, { Email: 'ann@example.com' }, 'success', ''],
    ['create: company only', { mode: 'create' }, { Company: 'Acme' }, 'failure', CREATE_MSG],
    ['create: contact id is not enough', { mode: 'create', matchOn: ['contactId'] }, { 'Contact ID': 'c1', Company: 'Acme' }, 'failure', CREATE_MSG],
    ['update: email key', { mode: 'update', matchOn: ['email'] }, { Email: 'ann@example.com' }, 'success', ''],
    ['update: name is not a key', { mode: 'update', matchOn: ['email'] }, { Name: 'Ann' }, 'failure', `${REQUIRED_MESSAGE}: add an Email to find the contact to update.`],
    ['update: empty email, phone not in matchOn', { mode: 'update', matchOn: ['email'] }, { Phone: '+1 415 555 0123' }, 'failure', `${REQUIRED_MESSAGE}: add an Email to find the contact to update.`],
    ['update: any one of the keys', { mode: 'update', matchOn: ['email', 'phone'] }, { Phone: '+1 415 555 0123' }, 'success', ''],
    ['update: both keys missing', { mode: 'update' }, { Name: 'Ann' }, 'failure', `${REQUIRED_MESSAGE}: add an Email or Phone to find the contact to update.`],
    ['update: contact id', { mode: 'update', matchOn: ['contactId'] }, { 'Contact ID': 'c1' }, 'success', ''],
    ['update: external id', { mode: 'update', matchOn: ['externalId', 'email'] }, { 'External ID': 'x-9' }, 'success', ''],
    ['update: contact id without it in matchOn', { mode: 'update', matchOn: ['externalId'] }, { 'Contact ID': 'c1' }, 'failure', `${REQUIRED_MESSAGE}: add an External ID to find the contact to update.`],
    ['upsert: name', {}, { Name: 'Ann' }, 'success', ''],
    ['upsert: contact id key', { matchOn: ['contactId', 'email'] }, { 'Contact ID': 'c1', Company: 'Acme' }, 'success', ''],
    ['upsert: company only', { matchOn: ['contactId', 'email'] }, { Company: 'Acme' }, 'failure', `${REQUIRED_MESSAGE}: add a Name, Phone, Email or Contact ID.`],
  ])('%s', (_n, over, cells, result, message) => {
    const r = one(H, row(cells), over);
    expect(r.result).toBe(result);
    if (message) {
      expect(r.issues).toEqual([{ line: 2, column: null, field: null, severity: 'error', code: 'required_missing', message }]);
    } else {
      expect(r.issues).toEqual([]);
    }
  });

  it('a row with data only in unmapped columns is reported, not dropped', () => {
    const res = run(['Name', 'Notes'], [['', 'called twice']], { mapping: { Name: 'name', Notes: null } });
    expect(res.summary).toEqual({ total: 1, success: 0, warning: 0, failure: 1 });
    expect(codes(res.rows[0])).toEqual(['error:required_missing']);
  });
});

describe('errors and warnings', () => {
  const H = ['Name', 'Email', 'Phone', 'Birthday', 'Website'];

  it('skip-field: a bad optional field is a warning and is left out of the contact', () => {
    const r = one(H, ['Ann', 'ann@example.com', '', 'Feb 30 2024', 'https://acme.com']);
    expect(r.result).toBe('warning');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ line: 2, column: 'Birthday', field: 'dateOfBirth', severity: 'warning', code: 'invalid_date', col: 3 });
    expect(r.issues[0].message).toMatch(/^Could not read the date "Feb 30 2024"/);
    expect(r.issues[0].message).toMatch(/This field is left out of the import\.$/);
    expect(r.contact).toEqual({ name: 'Ann', email: 'ann@example.com', website: 'https://acme.com' });
  });

  it('fail-row: the same bad field fails the row', () => {
    const r = one(H, ['Ann', 'ann@example.com', '', 'Feb 30 2024', ''], { policy: 'fail-row' });
    expect(r.result).toBe('failure');
    expect(codes(r)).toEqual(['error:invalid_date']);
    expect(r.issues[0].message).not.toMatch(/left out/);
  });

  it.each([['skip-field'], ['fail-row']])('a bad match key is an error whatever the policy (%s)', (policy) => {
    const r = one(H, ['Ann', 'ann@@example.com', '', '', ''], { policy });
    expect(r.result).toBe('failure');
    expect(r.issues).toEqual([expect.objectContaining({ column: 'Email', field: 'email', severity: 'error', code: 'invalid_email' })]);
    expect(r.issues[0].message).toMatch(/^Invalid email address "ann@@example.com"/);
  });

  it('a bad email that is not a match key, next to a name, is a warning', () => {
    const r = one(H, ['Ann', 'ann@example', '', '', ''], { matchOn: ['phone'] });
    expect(r.result).toBe('warning');
    expect(codes(r)).toEqual(['warning:invalid_email']);
    expect(r.contact).toEqual({ name: 'Ann' });
  });

  it('a bad email that is the row\'s only identity is an error, without a second required message', () => {
    const r = one(H, ['', 'ann@example', '', '', ''], { matchOn: ['phone'] });
    expect(r.result).toBe('failure');
    expect(codes(r)).toEqual(['error:invalid_email']);
  });

  it('an impossible phone is "Could not read the phone number" (an error as a match key)', () => {
    const r = one(H, ['Ann', '', 'call me', '', '']);
    expect(codes(r)).toEqual(['error:invalid_phone']);
    expect(r.issues[0].message).toMatch(/^Could not read the phone number "call me"/);
  });

  it.each([['skip-field'], ['fail-row']])('a possible but invalid phone (123-456-7890) is a warning that keeps the value (%s)', (policy) => {
    const r = one(H, ['Ann', '', '123-456-7890', '', ''], { policy });
    expect(r.result).toBe('warning');
    expect(codes(r)).toEqual(['warning:phone_not_valid_for_country']);
    expect(r.contact.phone).toBe('+11234567890');
  });

  it('orders a row\'s issues by column and reuses the readers\' messages', () => {
    const r = one(H, ['Ann', 'bad@', '123-456-7890', 'soon', 'not a url'], { matchOn: ['phone'] });
    expect(r.issues.map((i) => i.column)).toEqual(['Email', 'Phone', 'Birthday', 'Website']);
    expect(r.issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(r.result).toBe('warning');
  });
});

describe('duplicates inside the sheet', () => {
  const H = ['Name', 'Email', 'Phone'];

  it('flags each later row as a duplicate of the first, case-insensitively on email', () => {
    const res = run(H, [['A', 'ann@example.com', ''], ['B', 'bob@example.com', ''], ['C', 'ANN@Example.com', ''], ['D', 'ann@example.com', '']]);
    expect(res.rows.map((r) => r.result)).toEqual(['success', 'success', 'failure', 'failure']);
    const dup = res.rows[2];
    expect(dup.issues).toEqual([
      expect.objectContaining({ line: 4, column: 'Email', field: 'email', severity: 'error', code: 'duplicate_in_sheet', col: 1 }),
    ]);
    expect(dup.issues[0].message).toMatch(/^Duplicate email found: .*duplicate of line 2, matched on Email\./);
    expect(dup.duplicateOf).toEqual({ line: 2, matchedOn: 'email' });
    expect(res.rows[3].duplicateOf).toEqual({ line: 2, matchedOn: 'email' });
    expect(res.summary).toEqual({ total: 4, success: 2, warning: 0, failure: 2 });
  });

  it('matches phones by their E.164 number whatever the format, and ignores the extension', () => {
    const res = run(H, [['A', '', '(415) 555-0123'], ['B', '', '+1 415 555 0123'], ['C', '', '415.555.0123 ext. 7']]);
    expect(res.rows.map((r) => r.duplicateOf)).toEqual([undefined, { line: 2, matchedOn: 'phone' }, { line: 2, matchedOn: 'phone' }]);
    expect(res.rows[1].issues[0].message).toMatch(/^Duplicate phone found: .*duplicate of line 2, matched on Phone\./);
  });

  it('follows the order of matchOn', () => {
    const rows = [['A', 'a@x.com', '+1 415 555 0101'], ['B', 'b@x.com', '+1 415 555 0102'], ['C', 'b@x.com', '+1 415 555 0101']];
    expect(run(H, rows, { matchOn: ['email', 'phone'] }).rows[2].duplicateOf).toEqual({ line: 3, matchedOn: 'email' });
    expect(run(H, rows, { matchOn: ['phone', 'email'] }).rows[2].duplicateOf).toEqual({ line: 2, matchedOn: 'phone' });
    expect(run(H, rows, { matchOn: ['phone'] }).rows[2].duplicateOf).toEqual({ line: 2, matchedOn: 'phone' });
  });

  it('a failing row never becomes the first of a group, but is still checked', () => {
    const res = run(['Name', 'Email', 'Birthday'], [
      ['A', 'a@x.com', 'not a date'], // fails under fail-row
      ['B', 'a@x.com', ''], // so this one is the first
      ['C', 'a@x.com', 'never'], // fails, and is also a duplicate of line 3
    ], { policy: 'fail-row' });
    expect(res.rows.map((r) => r.result)).toEqual(['failure', 'success', 'failure']);
    expect(res.rows[0].duplicateOf).toBeUndefined();
    expect(res.rows[2].duplicateOf).toEqual({ line: 3, matchedOn: 'email' });
    expect(codes(res.rows[2])).toEqual(['error:duplicate_in_sheet', 'error:invalid_date']);
  });

  it('a duplicate row does not claim its other keys', () => {
    const res = run(H, [['A', 'a@x.com', '+1 415 555 0101'], ['B', 'b@x.com', '+1 415 555 0101'], ['C', 'b@x.com', '+1 415 555 0103']]);
    expect(res.rows.map((r) => r.result)).toEqual(['success', 'failure', 'success']);
  });

  it('with an empty matchOn (create, duplicates allowed) nothing is a duplicate', () => {
    const res = run(H, [['A', 'a@x.com', ''], ['A', 'a@x.com', '']], { mode: 'create', matchOn: [] });
    expect(res.summary.failure).toBe(0);
  });

  it('matches contact ids exactly', () => {
    const res = run(['Contact ID', 'Name'], [['c1', 'A'], ['C1', 'B'], ['c1', 'C']], { matchOn: ['contactId'] });
    expect(res.rows.map((r) => r.duplicateOf?.line ?? null)).toEqual([null, null, 2]);
    expect(res.rows[2].issues[0].message).toMatch(/^Duplicate Contact ID found: "c1" is a duplicate of line 2, matched on Contact ID\./);
  });

  it('validateRow checks one row without looking at others', () => {
    const r = validateRow({ headers: H, row: ['A', 'a@x.com', ''], line: 9, settings: settings() });
    expect(r).toMatchObject({ line: 9, result: 'success', issues: [] });
    expect(validateRow({ headers: H, row: ['', '', ''], line: 9, settings: settings() })).toBeNull();
  });

  it('SheetValidator keeps duplicate state across chunks of rows', () => {
    const v = new SheetValidator(H, settings());
    expect(v.addRow(['A', 'a@x.com', ''], 2)!.result).toBe('success');
    expect(v.addRow(['B', 'A@X.COM', ''], 500)!.duplicateOf).toEqual({ line: 2, matchedOn: 'email' });
  });
});

describe('lines, blank rows, mapping', () => {
  it('numbers lines from firstLine (headerRow + 1)', () => {
    const res = run(['Name', 'Email'], [['A', 'bad@'], ['B', 'b@x.com']], {}, 5);
    expect(res.rows.map((r) => r.line)).toEqual([5, 6]);
    expect(res.rows[0].issues[0].line).toBe(5);
  });

  it('skips blank rows: not counted, not reported; keeps the lines of the others', () => {
    const res = run(['Name', 'Email', 'Import status'], [['A', 'a@x.com', ''], ['', '  ', 'Imported'], [], ['B', '', '']]);
    expect(res.summary).toEqual({ total: 2, success: 2, warning: 0, failure: 0 });
    expect(res.rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it('never reads the Import status column, even if a mapping names it', () => {
    const res = validateRows({ headers: ['Name', 'Import status'], rows: [['A', 'x@y.com']], firstLine: 2, settings: settings(), mapping: { Name: 'name', 'Import status': 'email' } });
    expect(res.mapping).toEqual({ Name: 'name', 'Import status': null });
    expect(res.rows[0].contact).toEqual({ name: 'A' });
  });

  it('uses the mapping given, then settings.mapping, then auto-mapping', () => {
    const headers = ['Col1', 'E-mail'];
    const rows = [['Ann', 'ann@x.com']];
    expect(validateRows({ headers, rows, firstLine: 2, settings: settings() }).mapping).toEqual({ Col1: null, 'E-mail': 'email' });
    expect(validateRows({ headers, rows, firstLine: 2, settings: settings({ mapping: { Col1: 'name' } }) }).mapping).toEqual({ Col1: 'name', 'E-mail': null });
    const res = validateRows({ headers, rows, firstLine: 2, settings: settings({ mapping: { Col1: 'name' } }), mapping: { Col1: 'firstName', 'E-mail': 'email' } });
    expect(res.mapping).toEqual({ Col1: 'firstName', 'E-mail': 'email' });
    expect(res.rows[0].contact).toEqual({ firstName: 'Ann', email: 'ann@x.com' });
  });

  it('reports mapping problems in words', () => {
    const a = validateRows({ headers: ['Name'], rows: [['A']], firstLine: 2, settings: settings({ mode: 'update', mapping: { Name: 'name', Mail: 'email' } }) });
    expect(a.problems).toEqual([
      'The mapping names a column "Mail" that is not in the header row; it is ignored.',
      'Mode "update" needs a column mapped to Email or Phone; every row will fail until one is mapped.',
    ]);
    const b = validateRows({ headers: ['Notes'], rows: [['x']], firstLine: 2, settings: settings() });
    expect(b.problems[0]).toMatch(/No column is mapped/);
  });
});

describe('field types', () => {
  const customFields = [
    { key: 'note', label: 'Note', type: 'text' },
    { key: 'bio', label: 'Bio', type: 'largeText' },
    { key: 'score', label: 'Score', type: 'number' },
    { key: 'ltv', label: 'LTV', type: 'monetary' },
    { key: 'since', label: 'Customer since', type: 'date' },
    { key: 'fax', label: 'Fax line', type: 'phone' },
    { key: 'billing', label: 'Billing email', type: 'email' },
    { key: 'linkedin', label: 'LinkedIn', type: 'url' },
    { key: 'vip', label: 'VIP', type: 'checkbox' },
    { key: 'color', label: 'Color', type: 'singleOption', options: ['Red', 'Blue', 'Green'] },
    { key: 'sizes', label: 'Sizes', type: 'multipleOptions', options: ['S', 'M', 'L'] },
  ];
  const headers = ['Name', ...customFields.map((c) => c.label)];
  const mapping = Object.fromEntries([['Name', 'name'], ...customFields.map((c) => [c.label, c.key])]);
  const check = (cells: CellValue[], over: Record<string, unknown> = {}) =>
    validateRows({ headers, rows: [['Ann', ...cells]], firstLine: 2, settings: settings({ customFields, mapping, ...over }) }).rows[0];

  it('reads every custom field type to its normalized value', () => {
    const r = check([' hello ', 'long\ntext', '1,234', '1,234,234.33', '10/28/2020', '+44 20 7946 0958', 'Billing@Example.COM', 'https://linkedin.com/in/ann', 'yes', 'blue', 'm; s, L']);
    expect(r.issues).toEqual([]);
    expect(r.contact).toEqual({
      name: 'Ann', note: 'hello', bio: 'long\ntext', score: 1234, ltv: 1234234.33, since: '2020-10-28', fax: '+442079460958',
      billing: 'billing@example.com', linkedin: 'https://linkedin.com/in/ann', vip: true, color: 'Blue', sizes: ['M', 'S', 'L'],
    });
  });

  it('reads native cell values (numbers, booleans, Dates)', () => {
    const r = check(['', '', 12.5, 99.99, new Date(2020, 9, 28), '', '', '', false, '', '']);
    expect(r.contact).toEqual({ name: 'Ann', score: 12.5, ltv: 99.99, since: '2020-10-28', vip: false });
  });

  it.each<[number, CellValue, string]>([
    [3, 'abc', 'invalid_number'],
    [4, '12..5', 'invalid_monetary'],
    [5, '2023-02-29', 'invalid_date'],
    [6, 'call me', 'invalid_phone'],
    [7, 'no-at-sign', 'invalid_email'],
    [8, 'not a url', 'invalid_url'],
    [9, 'maybe', 'invalid_checkbox'],
    [10, 'Purple', 'invalid_option'],
    [10, 'Red, Blue', 'too_many_options'],
    [11, 'S, XXL', 'invalid_option'],
  ])('column %i = %p is a %s warning (skip-field) and an error (fail-row)', (col, value, code) => {
    const cells: CellValue[] = new Array(11).fill('');
    cells[col - 1] = value;
    const w = check(cells);
    expect(codes(w)).toEqual([`warning:${code}`]);
    expect(w.issues[0].column).toBe(headers[col]);
    expect(w.contact).toEqual({ name: 'Ann' });
    expect(codes(check(cells, { policy: 'fail-row' }))).toEqual([`error:${code}`]);
  });
});

describe('owner, followers, additional emails and phones, tags', () => {
  const users = ['Logan Paul', { name: 'Adam Smith', id: 'u1' }, 'David Lee'];
  const H = ['Name', 'Contact Owner', 'Contact Followers', 'Additional email addresses', 'Additional phone numbers', 'Tags'];

  it('reads them as lists or names in the account\'s spelling', () => {
    const r = one(H, ['Ann', 'logan  PAUL', 'Adam Smith, david lee', 'a@x.com, B@Y.com', '+1 7877123460,+1 7877123461', 'VIP. lead. Newsletter'], { users });
    expect(r.issues).toEqual([]);
    expect(r.contact).toEqual({
      name: 'Ann',
      owner: 'Logan Paul',
      followers: ['Adam Smith', 'David Lee'],
      additionalEmails: ['a@x.com', 'b@y.com'],
      additionalPhones: ['+17877123460', '+17877123461'],
      tags: ['VIP', 'lead', 'Newsletter'],
    });
  });

  it('flags unknown users', () => {
    const r = one(H, ['Ann', 'Nobody Here', 'Adam Smith, Ghost', '', '', ''], { users });
    expect(codes(r)).toEqual(['warning:unknown_user', 'warning:unknown_user']);
    expect(r.contact).toEqual({ name: 'Ann' });
  });

  it('merges several columns feeding one list field, without repeats', () => {
    const res = validateRows({
      headers: ['Email', 'Email 2', 'Email 3', 'Phone', 'Mobile', 'Tags', 'Labels'],
      rows: [['ann@x.com', 'ann2@x.com', 'ANN2@x.com, ann3@x.com', '+1 415 555 0101', '(415) 555-0102', 'VIP', 'vip, Lead']],
      firstLine: 2,
      settings: settings(),
    });
    expect(res.mapping).toEqual({ Email: 'email', 'Email 2': 'additionalEmails', 'Email 3': 'additionalEmails', Phone: 'phone', Mobile: 'additionalPhones', Tags: 'tags', Labels: 'tags' });
    expect(res.rows[0].contact).toEqual({
      email: 'ann@x.com', additionalEmails: ['ann2@x.com', 'ann3@x.com'], phone: '+14155550101', additionalPhones: ['+14155550102'], tags: ['VIP', 'Lead'],
    });
  });

  it('a bad item in an additional list is a warning naming it', () => {
    const r = one(H, ['Ann', '', '', 'a@x.com, nope', '', ''], { users });
    expect(codes(r)).toEqual(['warning:invalid_email']);
    expect(r.issues[0].message).toMatch(/"nope"/);
  });
});

describe('settings that change readings', () => {
  it('dateOrder DMY and defaultCountry GB', () => {
    const r = one(['Name', 'DOB', 'Phone'], ['Ann', '08/09/2024', '020 7946 0958'], { dateOrder: 'DMY', defaultCountry: 'GB' });
    expect(r.contact).toEqual({ name: 'Ann', dateOfBirth: '2024-09-08', phone: '+442079460958' });
  });
});

describe('additional emails and phones do not repeat the main one', () => {
  it('drops the repeats, and the field when nothing is left', () => {
    const res = validateRows({
      headers: ['Email', 'Other Emails', 'Phone', 'Mobile'],
      rows: [['ann@x.com', 'ANN@x.com, ann2@x.com', '(702) 555-0199', '+1 702 555 0199']],
      firstLine: 2,
      settings: settings(),
    });
    expect(res.rows[0].contact).toEqual({ email: 'ann@x.com', additionalEmails: ['ann2@x.com'], phone: '+17025550199' });
  });
});

describe('invisible marks', () => {
  it('a row whose cells hold only invisible marks (bidi, zero-width) is blank: not counted', () => {
    const res = run(['Name', 'Email', 'Phone'], [['\u202a\u202c', '\u200e', '\u2066\u2069'], ['Ann', '\u202aann@example.com\u202c', '\u202a+1 415 555 0132\u202c']]);
    expect(res.summary).toEqual({ total: 1, success: 1, warning: 0, failure: 0 });
    expect(res.rows[0]).toMatchObject({ line: 3, result: 'success', contact: { name: 'Ann', email: 'ann@example.com', phone: '+14155550132' } });
  });
  it('an email or date cell holding only an invisible mark is empty, not "Invalid"', () => {
    const res = run(['Name', 'Email', 'Birthday'], [['Ann', '\u200f', '\u2067']]);
    expect(res.rows[0]).toEqual({ line: 2, result: 'success', issues: [], contact: { name: 'Ann' } });
  });
});

describe('the duplicate check memory saved and restored (exportSeen / importSeen)', () => {
  // Rows drawn from a small pool of emails, phones and ids (so duplicates are frequent), with bad cells, blank
  // rows, rows without keys and rows that fail for other reasons.
  const HEADERS = ['Name', 'Email', 'Phone', 'External ID', 'Birthday'];
  const emails = ['a@x.com', 'A@X.com', 'b@x.com', ' b@x.com ', 'c@y.org', 'bad@', 'd@z.net', ''];
  const phones = ['+1 415 555 0100', '(415) 555-0100', '+14155550101', '415 555 0101 ext. 3', '+44 20 7946 0958', '12', ''];
  const ids = ['X1', 'x1', 'X2', ' X2', ''];
  const names = ['Ann', '', 'Bob'];
  const births = ['1990-01-02', '31/31/1990', ''];
  const gen = fc.array(
    fc.tuple(fc.constantFrom(...names), fc.constantFrom(...emails), fc.constantFrom(...phones), fc.constantFrom(...ids), fc.constantFrom(...births)),
    { minLength: 0, maxLength: 40 },
  );
  const settingsGen = fc.record({
    matchOn: fc.subarray(['externalId', 'email', 'phone', 'contactId'] as const, { minLength: 1 }),
    mode: fc.constantFrom('create', 'update', 'upsert'),
    policy: fc.constantFrom('skip-field', 'fail-row'),
  });
  const sorted = (exported: string) => {
    const o = JSON.parse(exported) as { s: Array<Array<string | number> | null> };
    return o.s.map((flat) => {
      if (!flat) return null;
      const pairs: string[] = [];
      for (let i = 0; i < flat.length; i += 2) pairs.push(`${flat[i]}\u0000${flat[i + 1]}`);
      return pairs.sort();
    });
  };

  it('restoring the memory saved in pieces (any cuts) equals validating every row: same state, same later verdicts', () => {
    fc.assert(
      fc.property(gen, settingsGen, fc.array(fc.nat(), { maxLength: 4 }), (rows, input, cutsRaw) => {
        const s = readSettings(input) as { settings: Settings };
        expect('settings' in s).toBe(true);
        const settings = s.settings;
        const n = rows.length;
        const full = new SheetValidator(HEADERS, settings);
        const fullRows = rows.map((r, i) => full.addRow(r as CellValue[], i + 2));
        // A run saved the memory after some executions (cuts, in lines), then an execution restores it and
        // validates only the rows after the last cut.
        const cuts = [...new Set(cutsRaw.map((c) => (n ? c % (n + 1) : 0)))].sort((a, b) => a - b);
        const last = cuts.length ? cuts[cuts.length - 1] : 0;
        const pieces: string[] = [];
        let from = -Infinity;
        for (const c of cuts) {
          pieces.push(full.exportSeen(from, c + 1)); // lines up to c + 1 (rows 0..c-1 are lines 2..c+1)
          from = c + 2;
        }
        const restored = new SheetValidator(HEADERS, settings);
        restored.importSeen(pieces);
        // The state for lines up to the last cut equals the full validation's.
        expect(sorted(restored.exportSeen())).toEqual(sorted(full.exportSeen(-Infinity, last + 1)));
        const later = rows.slice(last).map((r, i) => restored.addRow(r as CellValue[], last + i + 2));
        expect(later).toEqual(fullRows.slice(last));
        expect(sorted(restored.exportSeen())).toEqual(sorted(full.exportSeen()));
      }),
      { numRuns: 400 },
    );
  });

  it('a table case: a duplicate of a line saved by an earlier execution is still a duplicate of that line', () => {
    const settings = (readSettings({}) as { settings: Settings }).settings;
    const rows: CellValue[][] = [
      ['Ann', 'ann@x.com', '+14155550100'],
      ['Bob', 'bad@', '+14155550101'], // fails (a match key that cannot be read): its phone is not remembered
      ['Cy', 'cy@x.com', ''],
      ['Ann again', 'ANN@x.com', ''],
      ['Bob again', 'bob@x.com', '+1 415 555 0101'],
    ];
    const first = new SheetValidator(['Name', 'Email', 'Phone'], settings);
    rows.slice(0, 3).forEach((r, i) => first.addRow(r, i + 2));
    const saved = first.exportSeen(2, 4);
    const next = new SheetValidator(['Name', 'Email', 'Phone'], settings);
    next.importSeen([saved]);
    const ann = next.addRow(rows[3], 5)!;
    expect(ann.duplicateOf).toEqual({ line: 2, matchedOn: 'email' });
    expect(ann.issues.map((i) => i.message)).toContain('Duplicate email found: "ann@x.com" is a duplicate of line 2, matched on Email. Keep one row per contact: remove this row or merge it into line 2.');
    expect(next.addRow(rows[4], 6)!.result).toBe('success');
  });

  it('refuses a memory saved for other columns or match keys, and changes nothing', () => {
    const settings = (readSettings({}) as { settings: Settings }).settings;
    const a = new SheetValidator(['Name', 'Email', 'Phone'], settings);
    a.addRow(['Ann', 'ann@x.com', ''], 2);
    const other = new SheetValidator(['Email', 'Name', 'Phone'], settings);
    expect(() => other.importSeen([a.exportSeen()])).toThrow('does not fit');
    const byPhone = new SheetValidator(['Name', 'Email', 'Phone'], (readSettings({ matchOn: ['phone', 'email'] }) as { settings: Settings }).settings);
    expect(() => byPhone.importSeen([a.exportSeen()])).toThrow('does not fit');
    const same = new SheetValidator(['Name', 'Email', 'Phone'], settings);
    expect(() => same.importSeen([a.exportSeen(), '{"v":1'])).toThrow();
    expect(same.addRow(['Ann', 'ann@x.com', ''], 3)!.result).toBe('success'); // nothing was half-imported
  });
});

describe('validator options: a cell limit and another duplicate index', () => {
  const long = 'x'.repeat(101);
  const H = ['Name', 'Email', 'Notes'];

  it('a cell over the limit is not read: in a mapped column its row fails with cell_too_long and owns no duplicate value; in a column not imported it is a warning', () => {
    const v = new SheetValidator(H, settings(), undefined, undefined, { maxCellChars: 100 });
    const a = v.addRow(['Ann', `a@x.com${long}`, ''], 2)!;
    expect(a.result).toBe('failure');
    expect(a.issues).toEqual([
      { line: 2, column: 'Email', field: 'email', severity: 'error', code: 'cell_too_long', col: 1, message: 'The cell has 108 characters, more than a cell can hold (100); it was not read. Shorten it, or split it over several columns.' },
    ]);
    expect(a.contact).toEqual({ name: 'Ann' });
    // Ann failed, so a later row with her email is not her duplicate.
    expect(v.addRow(['Al', 'a@x.com', ''], 3)!.result).toBe('success');
    // Notes is not imported: its long cell is a warning, and the row imports (and owns its email).
    const b = v.addRow(['Bo', 'b@x.com', long], 4)!;
    expect(b.result).toBe('warning');
    expect(codes(b)).toEqual(['warning:cell_too_long']);
    expect(b.issues[0]).toMatchObject({ column: 'Notes', field: null, message: 'The cell has 101 characters, more than a spreadsheet cell can hold (100). Its column is not imported, so the row still imports; shorten the cell before the file goes into a spreadsheet.' });
    expect(b.contact).toEqual({ name: 'Bo', email: 'b@x.com' });
    expect(codes(v.addRow(['Cy', 'b@x.com', ''], 5)!)).toEqual(['error:duplicate_in_sheet']);
    // A row whose only cell is too long is not blank, and its error is the cell's (not "required fields").
    expect(codes(v.addRow([long, '', ''], 6)!)).toEqual(['error:cell_too_long']);
    expect(codes(v.addRow(['', '', '', long], 7)!)).toEqual(['error:required_missing', 'warning:cell_too_long']);
    expect(v.addRow(['Di', 'd@x.com', 'x'.repeat(100)], 8)!.result).toBe('success');
  });

  it('without the option, cells of any length are read as before', () => {
    expect(one(H, ['Ann', 'a@x.com', 'x'.repeat(60_000)]).result).toBe('success');
  });

  it('takes a duplicate index from the caller; saving it needs the default Map', () => {
    const seen: Array<[string, number]> = [];
    const store = new Map<string, number>();
    const v = new SheetValidator(H, settings(), undefined, undefined, {
      seenIndex: () => ({ get: (k) => store.get(k), set: (k, line) => (seen.push([k, line]), store.set(k, line)) }),
    });
    v.addRow(['Ann', 'A@x.com', ''], 2);
    expect(v.addRow(['Ann 2', 'a@X.com', ''], 3)!.duplicateOf).toEqual({ line: 2, matchedOn: 'email' });
    expect(seen).toEqual([['a@x.com', 2]]);
    expect(() => v.exportSeen()).toThrow('exportSeen needs the default duplicate index (a Map).');
  });
});
