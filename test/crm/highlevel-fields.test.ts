// HighLevel custom fields by id (src/crm/highlevel-fields.ts): how a custom field of Settings finds its id in the
// location's list, and how its value is typed for the field's data type.
import { CustomFieldIds, readCustomFields, typed, type HlCustomField } from '../../src/crm/highlevel-fields';
import { json } from './fake';

const LOCATION: HlCustomField[] = [
  { id: 'f1', name: 'Favourite colour', fieldKey: 'contact.favourite_color', dataType: 'TEXT' },
  { id: 'f2', name: 'Shoe Size', fieldKey: 'contact.shoe', dataType: 'NUMERICAL' },
  { id: 'f3', name: 'Hobbies and interests', fieldKey: 'contact.hobbies_and_interests_x', dataType: 'MULTIPLE_OPTIONS' },
  { id: 'f4', name: 'newsletter', fieldKey: 'contact.nl', dataType: 'CHECKBOX', picklistOptions: ['Yes please'] },
];
const DEFS = [
  { key: 'favourite_color', label: 'Favourite color', type: 'text' as const },
  { key: 'shoe', label: 'Shoe', type: 'number' as const },
  { key: 'hobbies', label: 'Hobbies and Interests', type: 'multipleOptions' as const, options: ['a', 'b'] },
  { key: 'newsletter', label: 'Newsletter', type: 'checkbox' as const },
  { key: 'vip_level', label: 'VIP level', type: 'text' as const },
];

describe('the location list', () => {
  it('reads the contact fields of GET /locations/:id/customFields, not the opportunity ones', () => {
    const res = json(200, {
      customFields: [
        { id: 'a', name: 'A', fieldKey: 'contact.a', dataType: 'text', model: 'contact', picklistOptions: ['x'] },
        { id: 'b', name: 'B', fieldKey: 'opportunity.b', dataType: 'TEXT', model: 'opportunity' },
        { name: 'no id' },
      ],
    });
    expect(readCustomFields(res)).toEqual([{ id: 'a', name: 'A', fieldKey: 'contact.a', dataType: 'TEXT', picklistOptions: ['x'] }]);
  });
});

describe('ids', () => {
  it('match by fieldKey "contact.<key>", by the key, then by the label or the key as the name (case and spaces aside)', () => {
    const ids = new CustomFieldIds({}, DEFS);
    ids.learn(LOCATION);
    expect(ids.find('favourite_color').id).toBe('f1');
    expect(ids.find('shoe').id).toBe('f2');
    expect(ids.find('hobbies').id).toBe('f3'); // its label is the field's name
    expect(ids.find('newsletter').id).toBe('f4'); // its key is the field's name
    expect(ids.find('vip_level')).toEqual({ why: 'no such custom field in this HighLevel location' });
  });

  it('take an id from the settings first; the list is read once, for the data types too', () => {
    const ids = new CustomFieldIds({ shoe: 'f2', favourite_color: 'given' }, DEFS);
    expect(ids.needsLookup([])).toBe(false);
    expect(ids.needsLookup(['shoe'])).toBe(true);
    expect(ids.item('favourite_color', 'blue')).toEqual({ item: { id: 'given', field_value: 'blue' } });
    expect(ids.item('shoe', '42')).toEqual({ item: { id: 'f2', field_value: 42 } }); // Settings' type: a number
    ids.learn(LOCATION);
    expect(ids.needsLookup(['favourite_color'])).toBe(false);
    expect(ids.find('shoe')).toEqual({ id: 'f2', field: LOCATION[1] });
    expect(ids.find('favourite_color').id).toBe('given');
  });

  it('say why a field is not sent, naming it by its label', () => {
    const ids = new CustomFieldIds({}, DEFS);
    expect(ids.item('favourite_color', 'blue')).toEqual({ unsent: 'Favourite color (its HighLevel id is not known)' });
    ids.failed('HighLevel answered HTTP 404: Not found');
    expect(ids.needsLookup(['favourite_color'])).toBe(false);
    expect(ids.item('favourite_color', 'blue')).toEqual({ unsent: "Favourite color (HighLevel's custom field list could not be read: HighLevel answered HTTP 404: Not found)" });
    const known = new CustomFieldIds({}, DEFS);
    known.learn(LOCATION);
    expect(known.item('vip_level', 'gold')).toEqual({ unsent: 'VIP level (no such custom field in this HighLevel location)' });
    expect(known.item('shoe', 'tall')).toEqual({ unsent: 'Shoe (HighLevel wants a number, not "tall")' });
    expect(known.item('hobbies', ['a', 'b'])).toEqual({ item: { id: 'f3', field_value: ['a', 'b'] } });
  });
});

describe('field_value has the type the field wants', () => {
  it.each<[string, unknown, string, string[] | undefined, unknown]>([
    ['text', 'blue', 'TEXT', undefined, 'blue'],
    ['a list in a text field', ['a', 'b'], 'LARGE_TEXT', undefined, 'a, b'],
    ['a checkbox in a text field', true, 'TEXT', undefined, 'true'],
    ['a date', '2024-01-02', 'DATE', undefined, '2024-01-02'],
    ['a phone', '+14155550100', 'PHONE', undefined, '+14155550100'],
    ['a number', 42, 'NUMERICAL', undefined, 42],
    ['a number written with separators', '1,234.5', 'NUMERICAL', undefined, 1234.5],
    ['money', 19.99, 'MONETORY', undefined, 19.99],
    ['options', ['a', 'b'], 'MULTIPLE_OPTIONS', undefined, ['a', 'b']],
    ['one option in a list field', 'a', 'MULTIPLE_OPTIONS', undefined, ['a']],
    ['a ticked checkbox with one option', true, 'CHECKBOX', ['Yes please'], ['Yes please']],
    ['a ticked checkbox with several options', true, 'CHECKBOX', ['A', 'B'], ['true']],
    ['an unticked checkbox', false, 'CHECKBOX', ['Yes please'], []],
    ['a single option', 'Blue', 'SINGLE_OPTIONS', undefined, 'Blue'],
    ['an unknown type keeps the number', 42, '', undefined, 42],
    ['an unknown type keeps the list', ['a'], '', undefined, ['a']],
  ])('%s', (_n, v, type, options, want) => {
    expect(typed(v as never, type, options)).toEqual({ value: want });
  });

  it('refuses what cannot go: a number that is not one, a file', () => {
    expect(typed('abc', 'NUMERICAL')).toEqual({ problem: 'HighLevel wants a number, not "abc"' });
    expect(typed(['1'], 'MONETORY')).toEqual({ problem: 'HighLevel wants a number, not "1"' });
    expect(typed('x.pdf', 'FILE_UPLOAD')).toEqual({ problem: 'a file upload field cannot be filled from a sheet' });
  });
});
