// record(): the CLI's contacts (one per row of a file) — user-text keys, nothing inherited, like dict().
import { dict, record } from '../../src/shared/dict';

describe('record: an object for user-text keys, like dict()', () => {
  test('inherits nothing: "toString", "constructor" and "hasOwnProperty" read undefined until set', () => {
    const r = record<unknown>();
    for (const k of ['toString', 'constructor', 'hasOwnProperty', 'valueOf', '__proto__', '__defineGetter__']) {
      expect(r[k]).toBeUndefined();
      expect(k in r).toBe(false);
    }
    expect(Object.keys(r)).toEqual([]);
  });

  test('"__proto__" and the names of Object methods are ordinary own keys, kept in order and written by JSON', () => {
    const keys = ['email', '__proto__', 'constructor', 'toString', 'phone'];
    const r = record<string>();
    const d = dict<string>();
    for (const k of keys) {
      r[k] = `v-${k}`;
      d[k] = `v-${k}`;
    }
    expect(Object.keys(r)).toEqual(keys);
    expect(JSON.stringify(r)).toBe(JSON.stringify(d));
    expect(JSON.stringify(r)).toBe('{"email":"v-email","__proto__":"v-__proto__","constructor":"v-constructor","toString":"v-toString","phone":"v-phone"}');
    expect(Object.hasOwn(r, '__proto__')).toBe(true);
    // Setting "__proto__" did not change what the object inherits.
    expect('hasOwnProperty' in r).toBe(false);
  });

  test("one record does not see another's keys", () => {
    const a = record<number>();
    a.x = 1;
    expect(record<number>().x).toBeUndefined();
    expect(Object.keys(record())).toEqual([]);
  });
});
