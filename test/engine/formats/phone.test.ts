import { getCountries, getCountryCallingCode, getExampleNumber, parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { phoneKey, readPhone, readPhoneList } from '../../../src/engine/formats';
import { checkParsedLength, isValidParsedPhone } from '../../../src/engine/formats/phone';

const US = { defaultCountry: 'US' };
const GB = { defaultCountry: 'GB' };

type Cell = Parameters<typeof readPhone>[0];
function ok(value: Cell, opts = US): string {
  const r = readPhone(value, opts);
  if (!r.ok) throw new Error(`expected ok for ${String(value)}, got: ${r.error.message}`);
  expect(r.warning).toBeUndefined();
  return r.value;
}
function warn(value: Cell, opts = US): { value: string; message: string } {
  const r = readPhone(value, opts);
  if (!r.ok) throw new Error(`expected a warning for ${String(value)}, got error: ${r.error.message}`);
  if (!r.warning) throw new Error(`expected a warning for ${String(value)}, got plain ${r.value}`);
  expect(r.warning.code).toBe('phone_not_valid_for_country');
  return { value: r.value, message: r.warning.message };
}
function err(value: Cell, opts = US): string {
  const r = readPhone(value, opts);
  if (r.ok) throw new Error(`expected an error for ${String(value)}, got ${r.value}`);
  expect(r.error.code).toBe('invalid_phone');
  expect(r.error.message.startsWith('Could not read the phone number ')).toBe(true);
  expect(r.error.message).toContain('+1 415 555 0123');
  return r.error.message;
}

describe('readPhone: the seed\'s examples', () => {
  test('"+1 1234567890" (the seed\'s E.164 example) is possible but not valid: kept, with a warning', () => {
    const w = warn('+1 1234567890');
    expect(w.value).toBe('+11234567890');
    expect(w.message).toContain('"+1 1234567890"');
    expect(w.message).toContain('looks possible but is not a valid number');
    expect(w.message).toContain('+1');
  });
  test.each(['123-456-7890', '(123) 4567890', '(123) 456-7890', '1234567890'])(
    'US national %s: read as +11234567890 with a warning naming the US',
    (text) => {
      const w = warn(text);
      expect(w.value).toBe('+11234567890');
      expect(w.message).toContain(`"${text}"`);
      expect(w.message).toContain('US (+1)');
      expect(w.message).toContain('E.164');
    },
  );
  test('the seed\'s additional-phones example reads as two valid numbers', () => {
    expect(readPhoneList('+1 7877123460,+1 7877123461', US)).toEqual({ ok: true, value: ['+17877123460', '+17877123461'] });
  });
});

describe('readPhone: valid numbers', () => {
  test.each([
    ['(415) 555-0123', US, '+14155550123'],
    ['415.555.0123', US, '+14155550123'],
    ['415-555-0123', US, '+14155550123'],
    ['415 555 0123', US, '+14155550123'],
    ['4155550123', US, '+14155550123'],
    ['1-415-555-0123', US, '+14155550123'],
    ['+1 (415) 555-0123', US, '+14155550123'],
    ['+14155550123', US, '+14155550123'],
    ['  +1 415 555 0123 ', US, '+14155550123'],
    ['+44 20 7946 0958', US, '+442079460958'],
    ['+44 (0)20 7946 0958', US, '+442079460958'],
    ['+33 1 42 68 53 00', US, '+33142685300'],
    ['011 44 20 7946 0958', US, '+442079460958'],
    ['020 7946 0958', GB, '+442079460958'],
    ['07400 123456', GB, '+447400123456'],
    ['+1 415 555 0123', GB, '+14155550123'],
    ['(415) 555-0123', { defaultCountry: 'us' }, '+14155550123'],
    ['(415) 555-0123', { defaultCountry: '' }, '+14155550123'],
  ])('%s (default %j) -> %s', (text, opts, expected) => {
    expect(ok(text, opts)).toBe(expected);
  });

  test('E.164 input is accepted whatever the default country', () => {
    for (const c of ['US', 'GB', 'FR', 'DE', 'IN', 'BR', 'JP', 'AU']) {
      expect(ok('+44 20 7946 0958', { defaultCountry: c })).toBe('+442079460958');
      expect(ok('+1 415 555 0123', { defaultCountry: c })).toBe('+14155550123');
    }
  });
});

describe('readPhone: numbers typed as numbers by Sheets', () => {
  test.each([
    [4155550123, US, '+14155550123'],
    [14155550123, US, '+14155550123'],
    [4.155550123e9, US, '+14155550123'],
    [442079460958, US, '+442079460958'],
    [2079460958, GB, '+442079460958'],
    [447400123456, GB, '+447400123456'],
  ])('%d (default %j) -> %s', (n, opts, expected) => {
    expect(ok(n, opts)).toBe(expected);
  });
  test('a digits-only text whose "+" was dropped is read internationally when that is the valid reading', () => {
    expect(ok('442079460958')).toBe('+442079460958');
  });
  test('the number 1234567890 keeps its US reading, with the warning', () => {
    expect(warn(1234567890).value).toBe('+11234567890');
  });
  test.each([
    [4155550123.5, 'not a whole number'],
    [-4155550123, 'not a whole number'],
    [0, 'not a whole number'],
    [12, 'too few digits'],
  ])('%d is refused: %s', (n, why) => {
    expect(err(n)).toContain(why);
  });
});

describe('readPhone: extensions are kept as " ext. N"', () => {
  test.each([
    ['(415) 555-0123 ext. 12', '+14155550123 ext. 12'],
    ['(415) 555-0123 ext 12', '+14155550123 ext. 12'],
    ['415-555-0123 x12', '+14155550123 ext. 12'],
    ['415-555-0123 x 12', '+14155550123 ext. 12'],
    ['+1 415 555 0123 #12', '+14155550123 ext. 12'],
    ['+14155550123;ext=12', '+14155550123 ext. 12'],
    ['415 555 0123 extension 7', '+14155550123 ext. 7'],
    ['+1 415 555 0123 EXT. 1234', '+14155550123 ext. 1234'],
  ])('%s -> %s', (text, expected) => {
    expect(ok(text)).toBe(expected);
  });
  test('phoneKey drops the extension', () => {
    expect(phoneKey('+14155550123 ext. 12')).toBe('+14155550123');
    expect(phoneKey('+14155550123')).toBe('+14155550123');
    expect(phoneKey(ok('(415) 555-0123 x5'))).toBe(ok('415.555.0123'));
  });
});

describe('readPhone: impossible numbers are errors', () => {
  test.each([
    ['12', 'too few digits for US'],
    ['555-0123', 'US'],
    ['12345678901234567', 'too many digits'],
    ['1-800-FLOWERS', 'contains letters'],
    ['call me', 'contains letters'],
    ['tel:+14155550123', 'contains letters'],
    ['---', 'no digits'],
    ['()', 'no digits'],
    ['415 555 0123, 415 555 0124', 'several numbers'],
    ['415 555 0123 + 1', 'the "+" must come first'],
    ['415*555*0123', 'characters that are not part of a phone number'],
    ['+999 1234 5678', 'country code does not exist'],
    ['020 79', 'too few digits for GB'],
  ])('%s: %s', (text, why) => {
    const opts = text === '020 79' ? GB : US;
    const r = readPhone(text, opts);
    expect(r.ok).toBe(false);
    const m = err(text, opts);
    expect(m).toContain(`"${text}"`);
    expect(m).toContain(why);
  });
  test('an unknown default country is named in the message', () => {
    const m = err('415 555 0123', { defaultCountry: 'XX' });
    expect(m).toContain('"XX"');
    expect(m).toContain('default country');
  });
  test('empty cells, booleans and dates are errors', () => {
    expect(err('')).toContain('empty');
    expect(err(null)).toContain('empty');
    expect(err(true)).toContain('checkbox');
    expect(err(new Date(2024, 0, 1))).toContain('date');
  });
  test('the brief\'s wording: quote, reason, fix', () => {
    expect(err('12')).toBe(
      'Could not read the phone number "12": it has too few digits for US. Write it in E.164 with its country code, such as +1 415 555 0123, or check the default country (US) in Settings.',
    );
  });
});

describe('readPhoneList', () => {
  test('splits on commas, semicolons and line breaks, never dots', () => {
    expect(readPhoneList('415.555.0123; +44 20 7946 0958\n(212) 555-0199', US)).toEqual({
      ok: true,
      value: ['+14155550123', '+442079460958', '+12125550199'],
    });
  });
  test('dedupes by phoneKey, first kept (with its extension)', () => {
    expect(readPhoneList('415 555 0123 x1, (415) 555-0123, +1 415 555 0123 x2', US)).toEqual({
      ok: true,
      value: ['+14155550123 ext. 1'],
    });
  });
  test('empty items and an empty cell', () => {
    expect(readPhoneList(' , ;\n', US)).toEqual({ ok: true, value: [] });
    expect(readPhoneList('', US)).toEqual({ ok: true, value: [] });
    expect(readPhoneList(null, US)).toEqual({ ok: true, value: [] });
  });
  test('a number from Sheets is a one-item list', () => {
    expect(readPhoneList(4155550123, US)).toEqual({ ok: true, value: ['+14155550123'] });
  });
  test('one bad item fails the whole list and is named', () => {
    const r = readPhoneList('+1 415 555 0123, 12, +44 20 7946 0958', US);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_phone');
    expect(r.error.message.startsWith('Could not read the phone number')).toBe(true);
    expect(r.error.message).toContain('"12" (it has too few digits for US)');
    expect(r.error.message).not.toContain('"+44 20 7946 0958" (');
  });
  test('several bad items are all named', () => {
    const r = readPhoneList('abc; 12; 415 555 0123', US);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain('2 of them');
    expect(r.error.message).toContain('"abc" (it contains letters');
    expect(r.error.message).toContain('"12" (');
  });
  test('possible-but-invalid items are kept with one warning naming them', () => {
    const r = readPhoneList('123-456-7890, 415 555 0123', US);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(['+11234567890', '+14155550123']);
    expect(r.warning?.code).toBe('phone_not_valid_for_country');
    expect(r.warning?.message).toContain('"123-456-7890"');
    const two = readPhoneList('123-456-7890, (123) 456-7891', US);
    expect(two.ok && two.warning?.message).toContain('"(123) 456-7891"');
  });
});

describe('isValidParsedPhone: the precompiled validity check agrees with libphonenumber-js', () => {
  test('same decision as PhoneNumber.isValid() for random numbers of every country, international and national', () => {
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let compared = 0;
    let valid = 0;
    for (const country of getCountries()) {
      const cc = getCountryCallingCode(country);
      // Real-looking numbers too: the country's example numbers with a varied last digit.
      for (let i = 0; i < 40; i++) {
        const len = 4 + Math.floor(rand() * 10);
        let digits = '';
        for (let k = 0; k < len; k++) digits += Math.floor(rand() * 10);
        for (const p of [parsePhoneNumberFromString('+' + cc + digits), parsePhoneNumberFromString(digits, country)]) {
          if (p === undefined) continue;
          compared++;
          if (p.isValid()) valid++;
          if (isValidParsedPhone(p) !== p.isValid()) throw new Error(`${country} ${p.number}: ${isValidParsedPhone(p)} vs ${p.isValid()}`);
        }
      }
      const example = getExampleNumber(country, examples);
      if (example !== undefined) {
        for (let d = 0; d < 10; d++) {
          const p = parsePhoneNumberFromString(example.number.slice(0, -1) + d);
          if (p === undefined) continue;
          compared++;
          if (p.isValid()) valid++;
          expect(isValidParsedPhone(p)).toBe(p.isValid());
        }
      }
    }
    expect(compared).toBeGreaterThan(15000);
    expect(valid).toBeGreaterThan(1500);
  });
});

describe('checkParsedLength: the cached length check agrees with libphonenumber-js', () => {
  test('same result as PhoneNumber.isPossible() and validatePhoneNumberLength() for random numbers of every country', () => {
    let seed = 777;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let compared = 0;
    const seen = new Set<string>();
    for (const country of getCountries()) {
      const cc = getCountryCallingCode(country);
      for (let i = 0; i < 30; i++) {
        const len = 2 + Math.floor(rand() * 16);
        let digits = '';
        for (let k = 0; k < len; k++) digits += Math.floor(rand() * 10);
        for (const [text, opts] of [['+' + cc + digits, {}], [digits, { defaultCountry: country }]] as const) {
          const p = parsePhoneNumberFromString(text, opts);
          if (p === undefined) continue;
          compared++;
          const mine = checkParsedLength(p);
          seen.add(mine);
          if ((mine === 'IS_POSSIBLE') !== p.isPossible()) throw new Error(`${text} (${country}): ${mine} vs isPossible ${p.isPossible()}`);
          const lib = validatePhoneNumberLength(text, opts) ?? 'IS_POSSIBLE';
          if (mine !== lib) throw new Error(`${text} (${country}): ${mine} vs validatePhoneNumberLength ${lib}`);
        }
      }
    }
    expect(compared).toBeGreaterThan(10000);
    expect([...seen].sort()).toEqual(['INVALID_LENGTH', 'IS_POSSIBLE', 'TOO_LONG', 'TOO_SHORT']);
  });
});

describe('readPhone: the reason for an unreadable number', () => {
  test.each([
    ['+1 415 555', US, 'it has too few digits for its country'],
    ['555-01', US, 'it has too few digits for US'],
    ['12', US, 'it has too few digits for US'],
    ['020 7946 0958', US, 'it has too many digits for US'],
    ['+12345678901234567890', US, 'it has too many digits for its country'],
    ['+999 123 456 789', US, 'its country code does not exist'],
    ['+44 20 7946 09581234', US, 'it has too many digits for its country'],
    ['2333 3333', GB, 'it does not have a possible length for GB'],
  ] as const)('%s (%o): %s', (text, opts, reason) => {
    expect(err(text, opts)).toContain(`"${text}": ${reason}.`);
  });
});

describe('readPhone: invisible marks, full-width digits and odd shapes', () => {
  test.each([
    ['\u202A+1 415 555 0132\u202C', '+14155550132'],
    ['\u202D+1 415 555 0132\u202C', '+14155550132'],
    ['\u200E(415) 555-0132\u200F', '+14155550132'],
    ['\u2066+44 20 7946 0958\u2069', '+442079460958'],
    ['+1 415\u200B555\u00AD0132', '+14155550132'],
    ['\uFEFF4155550132', '+14155550132'],
    ['＋１ ４１５ ５５５ ０１３２', '+14155550132'],
    ['（４１５）５５５－０１３２', '+14155550132'],
  ])('%j reads as %s (marks copied with the number are not part of it)', (text, e164) => {
    expect(ok(text)).toBe(e164);
  });
  test('a list with bidi marks around each number', () => {
    expect(readPhoneList('\u202A+1 415 555 0132\u202C, \u202A+1 415 555 0133\u202C', US)).toEqual({ ok: true, value: ['+14155550132', '+14155550133'] });
  });
  test('an extension longer than 10 digits is named as such, not as letters', () => {
    expect(err('+1 415 555 0132 ext. 123456789012')).toContain('its extension has more than 10 digits');
  });
});

describe('readPhone: huge cells', () => {
  test.each([
    ['1'.repeat(200_000), 'it is too long for one phone number (200000 characters)'],
    ['+1 ' + '415 '.repeat(30), 'it is too long for one phone number'],
    ['1'.repeat(200_000) + 'a', 'it contains letters'],
    ['415 555 0132, '.repeat(20_000), 'it looks like several numbers'],
  ])('a %#th huge cell is refused with its reason', (text, reason) => {
    expect(err(text)).toContain(reason);
  });
  test('a list with a huge item names it', () => {
    const r = readPhoneList('+1 415 555 0132, ' + '1 '.repeat(100_000) + 'a', US);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('it contains letters');
  });
});

describe('readPhone: the readings the library makes are remembered per text and default country', () => {
  test('the same text read under another default country is read again, not taken from the first reading', () => {
    const gb1 = readPhone('020 7946 0958', GB);
    const us = readPhone('020 7946 0958', US);
    const gb2 = readPhone('020 7946 0958', GB);
    expect(gb1).toEqual({ ok: true, value: '+442079460958' });
    expect(us.ok).toBe(false);
    expect(gb2).toEqual(gb1);
  });

  test('a remembered reading is the same as the first, for errors and warnings alike, and is not changed by its callers', () => {
    for (const text of ['123-456-7890', '555-01', '+999 123 456 789', '12345']) {
      const first = readPhone(text, US);
      const copy = JSON.parse(JSON.stringify(first)) as unknown;
      readPhoneList(`${text}, ${text}`, US);
      expect(readPhone(text, US)).toEqual(copy);
    }
  });

  test('more distinct numbers than the memory holds are all read right, twice over', () => {
    for (let i = 0; i < 6000; i++) {
      const n = String(i % 3000).padStart(4, '0');
      expect(warn(`123-456-${n}`).value).toBe(`+1123456${n}`);
    }
  });
});
