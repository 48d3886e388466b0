import fc from 'fast-check';
import { correctDomain, DOMAIN_TYPOS, ENDING_TYPOS, KNOWN_DOMAINS } from '../../../src/engine/fix';
import { fixOf, importRead } from './helpers';

describe('email fixes: clean-up (safe, exactly what the import reads)', () => {
  test.each([
    ['  ann@example.com ', 'ann@example.com', 'without the spaces around it'],
    ['Ann@Example.COM', 'ann@example.com', 'in lower case'],
    ['mailto:ann@example.com', 'ann@example.com', 'without mailto:'],
    ['Ann Lee <ann@example.com>', 'ann@example.com', 'without the name and <…>'],
    ['<ann@example.com>', 'ann@example.com', 'without the name and <…>'],
  ])('%j -> %s', (from, to, why) => {
    const f = fixOf('email', from);
    expect(f).toMatchObject({ kind: 'email', rule: 'email-clean', from, to, confidence: 'safe' });
    expect(f!.message).toContain(why);
    const read = importRead('email', from);
    expect(read.ok && read.value).toBe(to);
  });

  test('the display name\'s capitals are not called capitals of the address', () => {
    expect(fixOf('email', 'Ann <ann@example.com>')!.message).toBe('Write the address as ann@example.com (without the name and <…>).');
  });

  test('never: a clean address, an address the reader refuses, a number', () => {
    for (const v of ['ann@example.com', 'bob@gmail', 'jane@@example.com', 'a b@example.com', 'mary.example.com']) expect(fixOf('email', v)).toBeNull();
    expect(fixOf('email', 12)).toBeNull();
  });

  test('lists: cleaned, joined with ", "', () => {
    const f = fixOf('additionalEmails', 'A@x.com; mailto:b@y.com\n<c@z.com>');
    expect(f).toMatchObject({ rule: 'email-clean', to: 'a@x.com, b@y.com, c@z.com', confidence: 'safe' });
    expect(fixOf('additionalEmails', 'a@x.com, b@y.com')).toBeNull();
  });
});

describe('email fixes: domain typos (review, "did you mean …?")', () => {
  test.each([
    ['ann@gmial.com', 'ann@gmail.com', 'gmial.com → gmail.com'],
    ['ann@gmai.com', 'ann@gmail.com', 'gmai.com → gmail.com'],
    ['ann@gnail.com', 'ann@gmail.com', 'gnail.com → gmail.com'],
    ['ann@hotmial.com', 'ann@hotmail.com', 'hotmial.com → hotmail.com'],
    ['ann@yaho.com', 'ann@yahoo.com', 'yaho.com → yahoo.com'],
    ['ann@outlok.com', 'ann@outlook.com', 'outlok.com → outlook.com'],
    ['ann@gmail.con', 'ann@gmail.com', 'gmail.con → gmail.com'],
    ['ann@yahoo.cmo', 'ann@yahoo.com', 'yahoo.cmo → yahoo.com'],
    ['ann@hotmail.comm', 'ann@hotmail.com', 'hotmail.comm → hotmail.com'],
    ['ann@gmial.con', 'ann@gmail.com', 'gmial.con → gmail.com'],
    [' Ann@Gmial.com', 'ann@gmail.com', 'gmial.com → gmail.com'],
  ])('%j -> %s', (from, to, group) => {
    const f = fixOf('email', from);
    expect(f).toMatchObject({ kind: 'email', rule: 'email-typo', from, to, confidence: 'review', group });
    expect(f!.message).toBe(`Did you mean ${to}?`);
    const back = importRead('email', to);
    expect(back.ok && back.value).toBe(to);
  });

  test('never a typo on real domains: other companies\' .co, country domains, look-alike providers', () => {
    for (const v of ['ann@acme.co', 'ann@acme.con', 'ann@mail.com', 'ann@gmx.com', 'ann@yahoo.co.uk', 'ann@hotmail.co.uk', 'ann@gmail.com', 'ann@me.com', 'ann@company.cm']) {
      expect(fixOf('email', v)).toBeNull();
    }
  });

  test('lists: each typo corrected, the group names every pair', () => {
    const f = fixOf('additionalEmails', 'a@gmial.com, b@yaho.com, c@x.com');
    expect(f).toMatchObject({ rule: 'email-typo', to: 'a@gmail.com, b@yahoo.com, c@x.com', group: 'gmial.com → gmail.com, yaho.com → yahoo.com' });
  });

  test('a corrected list that repeats an address gives the list as the import would read it', () => {
    expect(fixOf('additionalEmails', 'a@gmail.com, a@gmial.com')).toMatchObject({ to: 'a@gmail.com' });
  });

  test('the table is consistent: every target is a known domain, no known domain is a typo, endings only reach known domains', () => {
    for (const [typo, right] of Object.entries(DOMAIN_TYPOS)) {
      expect(KNOWN_DOMAINS).toContain(right);
      expect(KNOWN_DOMAINS).not.toContain(typo);
      expect(correctDomain(typo)).toBe(right);
    }
    for (const d of KNOWN_DOMAINS) expect(correctDomain(d)).toBeNull();
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), fc.constantFrom(...Object.keys(ENDING_TYPOS)), (base, ending) => {
        const r = correctDomain(base + ending);
        if (r !== null) expect(KNOWN_DOMAINS).toContain(r);
      }),
    );
  });
});
