import fc from 'fast-check';
import { getExampleNumber, getCountries } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { fixOf, importRead } from './helpers';

describe('phone fixes', () => {
  test('a valid national number becomes E.164: safe, and `to` is what the import reads', () => {
    const f = fixOf('phone', '(415) 555-0132');
    expect(f).toMatchObject({ kind: 'phone', rule: 'phone-format', from: '(415) 555-0132', to: '+14155550132', confidence: 'safe' });
    expect(f!.message).toBe('Write the phone number as E.164: +14155550132.');
    const read = importRead('phone', '(415) 555-0132');
    expect(read.ok && read.value).toBe(f!.to);
  });

  test('a number Sheets typed as a number becomes E.164 text', () => {
    expect(fixOf('phone', 4155550132)).toMatchObject({ from: '4155550132', to: '+14155550132', confidence: 'safe' });
    expect(fixOf('phone', 14155550132)).toMatchObject({ from: '14155550132', to: '+14155550132', confidence: 'safe' });
  });

  test('E.164 written with spaces becomes E.164; an extension is kept', () => {
    expect(fixOf('phone', '+44 20 7946 0958')).toMatchObject({ to: '+442079460958', confidence: 'safe' });
    expect(fixOf('phone', '(415) 555-0132 x12')).toMatchObject({ to: '+14155550132 ext. 12', confidence: 'safe' });
  });

  test('international format when settings.phoneFormat says so', () => {
    const f = fixOf('phone', '(415) 555-0132', { phoneFormat: 'international' });
    expect(f).toMatchObject({ to: '+1 415 555 0132', confidence: 'safe', group: 'in international format' });
    expect(fixOf('phone', '415.555.0132 ext 7', { phoneFormat: 'international' })).toMatchObject({ to: '+1 415 555 0132 ext. 7' });
    // Already in international format: nothing to do.
    expect(fixOf('phone', '+1 415 555 0132', { phoneFormat: 'international' })).toBeNull();
    // It reads back as the same number.
    const back = importRead('phone', '+1 415 555 0132');
    expect(back.ok && back.value).toBe('+14155550132');
  });

  test('a number that is only possible (the seed\'s 123-456-7890) is review', () => {
    const f = fixOf('phone', '123-456-7890');
    expect(f).toMatchObject({ rule: 'phone-not-valid', to: '+11234567890', confidence: 'review' });
    expect(f!.message).toContain('not valid for its country');
    expect(f!.message).toContain('+11234567890');
  });

  test('never: a number already in E.164, an unreadable cell, a date or checkbox cell', () => {
    expect(fixOf('phone', '+14155550132')).toBeNull();
    expect(fixOf('phone', '555-01')).toBeNull();
    expect(fixOf('phone', 'call me')).toBeNull();
    expect(fixOf('phone', '1-800-FLOWERS')).toBeNull();
    expect(fixOf('phone', new Date(2024, 0, 1))).toBeNull();
    expect(fixOf('phone', true)).toBeNull();
  });

  test('never: a number without a country, whose country code the reader could only guess', () => {
    // US default: 442079460958 is not a US number; the reader guesses the "+" was lost (+44 20 7946 0958).
    const read = importRead('phone', '442079460958');
    expect(read.ok && read.value).toBe('+442079460958');
    expect(fixOf('phone', '442079460958')).toBeNull();
    expect(fixOf('phone', 442079460958)).toBeNull();
    // With GB as the default country the same digits carry the default's own code: not a guess.
    expect(fixOf('phone', '442079460958', { defaultCountry: 'GB' })).toMatchObject({ to: '+442079460958', confidence: 'safe' });
    // The "+" written: the country is there.
    expect(fixOf('phone', '+44 (0)20 7946 0958')).toMatchObject({ to: '+442079460958' });
  });

  test('national numbers of another default country', () => {
    expect(fixOf('phone', '020 7946 0958', { defaultCountry: 'GB' })).toMatchObject({ to: '+442079460958', confidence: 'safe' });
    expect(fixOf('phone', '06 12 34 56 78', { defaultCountry: 'FR' })).toMatchObject({ to: '+33612345678', confidence: 'safe' });
  });

  test('lists: every number formatted, joined with ", ", repeats dropped as the import drops them', () => {
    const f = fixOf('additionalPhones', '(415) 555-0132; 212.555.0199\n(415) 555 0132');
    expect(f).toMatchObject({ kind: 'phone', to: '+14155550132, +12125550199', confidence: 'safe' });
    expect(f!.message).toContain('phone numbers');
    const read = importRead('additionalPhones', f!.to);
    expect(read.ok && read.value).toEqual(['+14155550132', '+12125550199']);
    expect(fixOf('additionalPhones', '+14155550132, +12125550199')).toBeNull();
    expect(fixOf('additionalPhones', '(415) 555-0132, 123-456-7890')).toMatchObject({ confidence: 'review', rule: 'phone-not-valid' });
    expect(fixOf('additionalPhones', '(415) 555-0132, 442079460958')).toBeNull();
    expect(fixOf('additionalPhones', '(415) 555-0132, nope')).toBeNull();
  });

  test('property: every suggested `to` reads back as the very value the import reads from the cell', () => {
    const countries = getCountries().filter((c) => getExampleNumber(c, examples));
    fc.assert(
      fc.property(fc.constantFrom(...countries), fc.constantFrom('national', 'international', 'e164', 'digits'), fc.constantFrom('e164', 'international'), (country, style, phoneFormat) => {
        const ex = getExampleNumber(country, examples)!;
        const text = style === 'national' ? ex.formatNational() : style === 'international' ? ex.formatInternational() : style === 'e164' ? ex.number : ex.number.slice(1);
        const over = { defaultCountry: country, phoneFormat: phoneFormat };
        const f = fixOf('phone', text, over);
        const read = importRead('phone', text, over);
        // The example numbers are valid: only a cell written exactly as Fix would write it has nothing to fix.
        const same = phoneFormat === 'e164' ? style === 'e164' : style === 'international';
        expect(f === null).toBe(same);
        if (f === null) return;
        expect(f.confidence).toBe('safe');
        expect(read.ok).toBe(true);
        const back = importRead('phone', f.to, over);
        expect(back.ok && back.value).toBe(read.ok && read.value);
        expect(f.to).not.toBe(text);
        if (phoneFormat === 'e164') expect(f.to).toBe(read.ok && read.value);
      }),
      { numRuns: 400 },
    );
  });
});
