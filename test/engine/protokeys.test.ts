// Names JavaScript gives every object (__proto__, constructor, prototype, toString, hasOwnProperty) are ordinary
// user text here: as a column header, a mapping key and a custom field's key they are read like any other, and
// their values are never dropped nor taken from Object.prototype.
import { resolveSettings } from '../../src/engine/settings';
import { DESTINATION_READER } from '../../src/crm/registry';
import { applyMapping, autoMapping, columnKeys, suggestMapping } from '../../src/engine/automap';
import type { CellValue, Settings } from '../../src/engine/types';
import { SheetValidator, validateRows } from '../../src/engine/validate';

export const PROTO_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'] as const;

function settings(over: Record<string, unknown>): Settings {
  const r = resolveSettings(over, DESTINATION_READER);
  if ('errors' in r) throw new Error(r.errors.join('\n'));
  return r.settings;
}

/** An object's own entries, whatever its prototype (JSON.parse of a settings file makes "__proto__" an own key). */
const own = (o: object) => Object.fromEntries(Reflect.ownKeys(o).map((k) => [k, (o as Record<string, unknown>)[k as string]]));

const HEADERS = [...PROTO_NAMES, 'Email'];
const ROW: CellValue[] = ['v1', 'v2', 'v3', 'v4', 'v5', 'ann@example.com'];

describe('as headers', () => {
  it('are columns with their own key; unmapped, they map to nothing (not to an inherited function)', () => {
    expect(columnKeys(HEADERS)).toEqual(HEADERS);
    const auto = autoMapping(HEADERS);
    expect(Object.keys(auto)).toEqual(HEADERS);
    for (const h of PROTO_NAMES) expect(Object.getOwnPropertyDescriptor(auto, h)?.value).toBeNull();
    expect(auto.Email).toBe('email');
    expect(suggestMapping(HEADERS).map((s) => s.field)).toEqual([null, null, null, null, null, 'email']);
    const v = new SheetValidator(HEADERS, settings({}));
    expect(own(v.mapping)).toEqual(JSON.parse('{"__proto__":null,"constructor":null,"prototype":null,"toString":null,"hasOwnProperty":null,"Email":"email"}'));
    expect(v.problems).toEqual([]);
  });
});

describe('as mapping keys (headers mapped to fields)', () => {
  // A settings file parsed by JSON.parse: "__proto__" is an own key of the object.
  const mapping = JSON.parse('{"__proto__":"firstName","constructor":"lastName","prototype":"companyName","toString":"city","hasOwnProperty":"state","Email":"email"}');

  it('resolveSettings keeps every key, and each column imports its value', () => {
    const s = settings({ mapping });
    expect(own(s.mapping!)).toEqual(own(mapping));
    const r = validateRows({ headers: HEADERS, rows: [ROW], firstLine: 2, settings: s });
    expect(r.rows[0].result).toBe('success');
    expect(own(r.rows[0].contact)).toEqual({ firstName: 'v1', lastName: 'v2', companyName: 'v3', city: 'v4', state: 'v5', email: 'ann@example.com' });
    expect(applyMapping(HEADERS, s.mapping!).fields).toEqual(['firstName', 'lastName', 'companyName', 'city', 'state', 'email']);
  });

  it('a mapping naming a column that is not there is said, even with such a name', () => {
    const v = new SheetValidator(['Email'], settings({ mapping: JSON.parse('{"__proto__":"firstName","Email":"email"}') }));
    expect(v.problems).toEqual(['The mapping names a column "__proto__" that is not in the header row; it is ignored.']);
  });
});

describe("as custom fields' keys", () => {
  const customFields = PROTO_NAMES.map((key) => ({ key, label: `Field ${key}`, type: 'text' }));
  const mapping = Object.fromEntries([...PROTO_NAMES.map((k) => [k, k]), ['Email', 'email']]);

  it('are fields like any other: mapped, read, and kept in the contact', () => {
    const s = settings({ customFields, mapping: JSON.parse(JSON.stringify(mapping)) });
    const r = validateRows({ headers: HEADERS, rows: [ROW], firstLine: 2, settings: s });
    expect(r.rows[0].result).toBe('success');
    expect(own(r.rows[0].contact)).toEqual(JSON.parse('{"__proto__":"v1","constructor":"v2","prototype":"v3","toString":"v4","hasOwnProperty":"v5","email":"ann@example.com"}'));
    expect(JSON.stringify(r.rows[0].contact)).toBe('{"__proto__":"v1","constructor":"v2","prototype":"v3","toString":"v4","hasOwnProperty":"v5","email":"ann@example.com"}');
  });

  it('auto-mapping finds them by their label', () => {
    const s = settings({ customFields });
    const r = validateRows({ headers: [...customFields.map((c) => c.label), 'Email'], rows: [ROW], firstLine: 2, settings: s });
    expect(own(r.rows[0].contact)).toEqual(JSON.parse('{"__proto__":"v1","constructor":"v2","prototype":"v3","toString":"v4","hasOwnProperty":"v5","email":"ann@example.com"}'));
  });

  it('a contact without them has none of them (nothing inherited reads as a value)', () => {
    const s = settings({ customFields });
    const r = validateRows({ headers: ['Email'], rows: [['ann@example.com']], firstLine: 2, settings: s });
    for (const k of PROTO_NAMES) expect(Object.prototype.hasOwnProperty.call(r.rows[0].contact, k)).toBe(false);
  });
});
