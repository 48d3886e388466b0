import { defaultSettings, resolveSettings } from '../../src/engine/settings';
import { DESTINATION_READER } from '../../src/crm/registry';

const errorsOf = (input: unknown): string[] => {
  const r = resolveSettings(input, DESTINATION_READER);
  if (!('errors' in r)) throw new Error('expected errors, got settings');
  return r.errors;
};
const settingsOf = (input: unknown) => {
  const r = resolveSettings(input, DESTINATION_READER);
  if ('errors' in r) throw new Error(r.errors.join('\n'));
  return r.settings;
};

// Every setting: [key, its default (undefined: left out), a valid other value, what that value resolves to when it
// is not kept as given].
const SETTINGS: Array<[key: string, byDefault: unknown, given: unknown, resolved?: unknown]> = [
  ['mode', 'upsert', 'update'],
  ['matchOn', ['email', 'phone'], ['contactId', 'email']],
  ['defaultCountry', 'US', 'gb', 'GB'],
  ['dateOrder', 'MDY', 'dmy', 'DMY'],
  ['policy', 'skip-field', 'fail-row'],
  ['mapping', undefined, { 'E-mail': 'email', Notes: null, Color: 'color' }],
  [
    'customFields',
    [],
    [{ key: 'color', label: ' Color ', type: 'singleOption', options: [' Red ', 'Blue'] }],
    [{ key: 'color', label: 'Color', type: 'singleOption', options: ['Red', 'Blue'] }],
  ],
  ['users', [], ['Logan Paul', { name: 'Adam Smith', id: 'u1', email: 'adam@x.com' }]],
  ['dontUpdateEmpty', true, false],
  ['headerRow', 1, 3],
  ['destination', { type: 'contacts' }, { type: 'highlevel', locationId: 'loc1' }],
  ['recordLimit', undefined, 100],
  ['listSuccesses', false, true],
  ['phoneFormat', 'e164', 'international'],
];

describe('resolveSettings defaults', () => {
  it.each([[undefined], [null], [{}]])('fills every default for %p', (input) => {
    const defaults = Object.fromEntries(SETTINGS.filter(([, byDefault]) => byDefault !== undefined).map(([key, byDefault]) => [key, byDefault]));
    expect(settingsOf(input)).toEqual(defaults);
    expect(settingsOf(input)).toEqual(defaultSettings());
  });

  it('keeps valid values and normalizes case where harmless', () => {
    // The expected values are copied before the call, so a change made to the input in place cannot go unseen.
    const expected = Object.fromEntries(SETTINGS.map(([key, , given, resolved = given]) => [key, structuredClone(resolved)]));
    const s = settingsOf(Object.fromEntries(SETTINGS.map(([key, , given]) => [key, given])));
    expect(s).toMatchObject(expected);
  });

  it('allows an empty matchOn only in create mode (duplicates allowed)', () => {
    expect(settingsOf({ mode: 'create', matchOn: [] }).matchOn).toEqual([]);
    expect(errorsOf({ matchOn: [] })[0]).toMatch(/matchOn is empty, but mode "upsert" needs at least one match key/);
  });
});

describe('resolveSettings errors', () => {
  it.each<[string, unknown, RegExp]>([
    ['not an object', [1], /Settings must be a JSON object/],
    ['unknown key', { moed: 'create' }, /Unknown setting "moed"/],
    ['mode', { mode: 'merge' }, /mode must be one of "create", "update", "upsert", not "merge"/],
    ['matchOn type', { matchOn: 'email' }, /matchOn must be a list/],
    ['matchOn item', { matchOn: ['email', 'name'] }, /matchOn\[1\] must be one of "contactId", "externalId", "email", "phone", not "name"/],
    ['matchOn repeat', { matchOn: ['email', 'email'] }, /matchOn lists "email" twice/],
    ['country shape', { defaultCountry: 'USA' }, /defaultCountry must be a two-letter country code/],
    ['country unknown', { defaultCountry: 'XX' }, /defaultCountry "XX" is not a country code that phone numbers can be read for/],
    ['country type', { defaultCountry: 1 }, /defaultCountry must be a two-letter country code .* not 1/],
    ['dateOrder', { dateOrder: 'YMD' }, /dateOrder must be "MDY" .* or "DMY" .*, not "YMD"/],
    ['policy', { policy: 'skip' }, /policy must be "skip-field" .* or "fail-row"/],
    ['phoneFormat', { phoneFormat: 'E.164' }, /phoneFormat must be "e164" \(Fix writes \+14155550132\) or "international" \(Fix writes \+1 415 555 0132\), not "E.164"/],
    ['phoneFormat type', { phoneFormat: true }, /phoneFormat must be "e164" .* not true/],
    ['boolean', { dontUpdateEmpty: 'yes' }, /dontUpdateEmpty must be true or false, not "yes"/],
    ['headerRow', { headerRow: 0 }, /headerRow must be a whole number of 1 or more/],
    ['headerRow float', { headerRow: 1.5 }, /headerRow must be a whole number/],
    ['recordLimit', { recordLimit: -3 }, /recordLimit must be a whole number of 1 or more/],
    ['mapping type', { mapping: ['email'] }, /mapping must be an object/],
    ['mapping unknown field', { mapping: { Mail: 'emial' } }, /mapping\["Mail"\]: unknown field key "emial"/],
    ['mapping value type', { mapping: { Mail: 3 } }, /mapping\["Mail"\] must be a field key or null, not 3/],
    ['mapping single field twice', { mapping: { Email: 'email', 'Work Email': 'email' } }, /columns "Email" and "Work Email" both map to "email", which holds one value\. Map the second one to "additionalEmails"/],
    ['customFields type', { customFields: {} }, /customFields must be a list/],
    ['custom type unknown', { customFields: [{ key: 'a', label: 'A', type: 'dropdown' }] }, /customFields\[0\]\.type must be one of .*not "dropdown"/],
    ['custom options missing', { customFields: [{ key: 'a', label: 'A', type: 'singleOption' }] }, /customFields\[0\] is a singleOption field, so it needs options/],
    ['custom options empty', { customFields: [{ key: 'a', label: 'A', type: 'multipleOptions', options: [] }] }, /customFields\[0\] is a multipleOptions field, so it needs options/],
    ['custom options on text', { customFields: [{ key: 'a', label: 'A', type: 'text', options: ['x'] }] }, /options only apply to the types/],
    ['custom options repeat', { customFields: [{ key: 'a', label: 'A', type: 'singleOption', options: ['Red', 'red'] }] }, /options lists "red" twice/],
    ['custom key duplicate', { customFields: [{ key: 'a', label: 'A', type: 'text' }, { key: 'a', label: 'B', type: 'text' }] }, /customFields\[1\]\.key "a" repeats the key of customFields\[0\]/],
    ['custom key standard', { customFields: [{ key: 'email', label: 'E', type: 'email' }] }, /customFields\[0\]\.key "email" is a standard field's key/],
    ['custom key shape', { customFields: [{ key: 'a b', label: 'A', type: 'text' }] }, /customFields\[0\]\.key must be a name made of letters/],
    ['custom label', { customFields: [{ key: 'a', label: ' ', type: 'text' }] }, /customFields\[0\]\.label must be a non-empty text/],
    ['custom unknown prop', { customFields: [{ key: 'a', label: 'A', type: 'text', required: true }] }, /customFields\[0\] has an unknown property "required"/],
    ['users type', { users: 'Logan Paul' }, /users must be a list/],
    ['users item', { users: [{ id: 'u1' }] }, /users\[0\]\.name must be the user's name/],
    ['users empty name', { users: [''] }, /users\[0\] is empty/],
    ['destination type', { destination: { type: 'salesforce' } }, /destination must be an object whose type is one of .*not "salesforce"/],
    ['highlevel location', { destination: { type: 'highlevel' } }, /destination "highlevel" needs locationId/],
    ['webhook url', { destination: { type: 'webhook', url: 'ftp://x' } }, /destination "webhook" needs url, an http\(s\) address/],
  ])('%s', (_name, input, re) => {
    const errs = errorsOf(input);
    expect(errs.some((e) => re.test(e))).toBe(true);
  });

  it('reports every problem at once', () => {
    expect(errorsOf({ mode: 'x', policy: 'y', headerRow: 'z' })).toHaveLength(3);
  });

  it('checks mapping keys against the custom fields given in the same settings', () => {
    expect(settingsOf({ customFields: [{ key: 'color', label: 'Color', type: 'text' }], mapping: { C: 'color' } }).mapping).toEqual({ C: 'color' });
    expect(errorsOf({ mapping: { C: 'color' } })[0]).toMatch(/unknown field key "color"/);
  });

  it('lets list fields take several columns', () => {
    expect(settingsOf({ mapping: { 'Email 2': 'additionalEmails', 'Email 3': 'additionalEmails', T1: 'tags', T2: 'tags' } }).mapping).toBeDefined();
  });
});
