import { readEmail, readEmailList } from '../../../src/engine/formats';

type Cell = Parameters<typeof readEmail>[0];
function ok(value: Cell): string {
  const r = readEmail(value);
  if (!r.ok) throw new Error(`expected ok for ${String(value)}, got: ${r.error.message}`);
  expect(r.warning).toBeUndefined();
  return r.value;
}
function err(value: Cell): string {
  const r = readEmail(value);
  if (r.ok) throw new Error(`expected an error for ${String(value)}, got ${r.value}`);
  expect(r.error.code).toBe('invalid_email');
  expect(r.error.message.startsWith('Invalid email address ')).toBe(true);
  expect(r.error.message).toContain('name@example.com');
  return r.error.message;
}

describe('readEmail: accepted addresses', () => {
  test.each([
    ['abc@email.com', 'abc@email.com'],
    ['  john@example.com  ', 'john@example.com'],
    ['John.Doe@Example.COM', 'john.doe@example.com'],
    ['JOHN@GMAIL.COM', 'john@gmail.com'],
    ['first.last+tag@sub.example.co.uk', 'first.last+tag@sub.example.co.uk'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['a_b-c@my-domain.io', 'a_b-c@my-domain.io'],
    ['x@xn--mnchen-3ya.de', 'x@xn--mnchen-3ya.de'],
    ['jörg@münchen.de', 'jörg@münchen.de'],
    ['John Doe <John@Example.com>', 'john@example.com'],
    ['<john@example.com>', 'john@example.com'],
    ['"Doe, John" <john@example.com>', 'john@example.com'],
    ['mailto:john@example.com', 'john@example.com'],
  ])('%s -> %s', (text, expected) => {
    expect(ok(text)).toBe(expected);
  });
});

describe('readEmail: each rejection rule', () => {
  test('the brief\'s example message', () => {
    expect(err('john@gmail')).toBe(
      'Invalid email address "john@gmail": the domain has no extension such as .com. Use a full address like name@example.com.',
    );
  });
  test.each([
    ['john.example.com', 'no "@"'],
    ['@example.com', 'nothing before the "@"'],
    ['john@', 'no domain after the "@"'],
    ['john@gmail', 'no extension such as .com'],
    ['john@gmail.c', 'extension ".c" is not valid'],
    ['john@gmail.c0m', 'extension ".c0m" is not valid'],
    ['john doe@example.com', 'contains a space'],
    ['john@exa mple.com', 'contains a space'],
    ['john..doe@example.com', 'part before the "@" has two dots in a row'],
    ['.john@example.com', 'part before the "@" starts with a dot'],
    ['john.@example.com', 'part before the "@" ends with a dot'],
    ['john@example..com', 'domain has two dots in a row'],
    ['john@.example.com', 'domain starts with a dot'],
    ['john@example.com.', 'domain ends with a dot'],
    ['john@doe@example.com', 'more than one "@"'],
    ['john,doe@example.com', 'a comma'],
    ['john@exam_ple.com', '"_"'],
    ['john@-example.com', 'cannot start or end with a hyphen'],
    ['john@[192.168.0.1]', 'not an IP address'],
    ['"john doe"@example.com', 'contains a space'],
    ['"john"@example.com', 'quoted names'],
    ['john@example.com, ann@example.com', 'looks like several addresses; keep one here and put the others in Additional email addresses'],
    ['john@example.com;ann@example.com', 'looks like several addresses'],
    ['jo"hn@example.com', 'a double quote (")'],
    ['a'.repeat(65) + '@example.com', 'longer than 64'],
    ['a@' + 'b'.repeat(60) + '.' + 'c'.repeat(60) + '.' + 'd'.repeat(60) + '.' + 'e'.repeat(60) + '.' + 'f'.repeat(10) + '.com', 'longer than 254'],
  ])('%s: %s', (text, why) => {
    const m = err(text);
    expect(m).toContain(why);
    expect(m).toContain(text.length > 60 ? text.slice(0, 59) + '…' : `"${text}"`);
  });
  test('non-text cells', () => {
    expect(err('')).toContain('empty');
    expect(err(null)).toContain('empty');
    expect(err(42)).toContain('number');
    expect(err(true)).toContain('checkbox');
    expect(err(new Date(2024, 0, 1))).toContain('date');
  });
});

describe('readEmailList', () => {
  test('the seed\'s example', () => {
    expect(readEmailList('abc@email.com, abc1@email.com')).toEqual({ ok: true, value: ['abc@email.com', 'abc1@email.com'] });
  });
  test('splits on , ; and line breaks (not on spaces or dots), dedupes case-insensitively', () => {
    expect(readEmailList('a@x.com;B@X.com\nc@x.com, A@X.COM,,')).toEqual({ ok: true, value: ['a@x.com', 'b@x.com', 'c@x.com'] });
  });
  test('an empty cell is an empty list', () => {
    expect(readEmailList('')).toEqual({ ok: true, value: [] });
    expect(readEmailList(undefined)).toEqual({ ok: true, value: [] });
  });
  test('all or nothing: one bad item fails the cell and is named', () => {
    const r = readEmailList('a@x.com, john@gmail, c@x.com');
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'invalid_email',
        message:
          'Invalid email address in "a@x.com, john@gmail, c@x.com": "john@gmail" (the domain has no extension such as .com). Use full addresses like name@example.com, separated by commas.',
      },
    });
  });
  test('several bad items are all named', () => {
    const r = readEmailList('a b@x.com; nope');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.startsWith('Invalid email address')).toBe(true);
    expect(r.error.message).toContain('"a b@x.com" (it contains a space)');
    expect(r.error.message).toContain('"nope" (it has no "@")');
  });
  test('a number cell is refused', () => {
    expect(readEmailList(5).ok).toBe(false);
  });
  test.each<[string, string[]]>([
    ['x@y.com z@y.com', ['x@y.com', 'z@y.com']],
    ['x@y.com   Z@Y.com\tw@y.com', ['x@y.com', 'z@y.com', 'w@y.com']],
    ['Ann Lee <ann@x.com>, Bob <bob@x.com>', ['ann@x.com', 'bob@x.com']],
  ])('addresses separated by spaces are several addresses: %j', (text, value) => {
    expect(readEmailList(text)).toEqual({ ok: true, value });
  });
});

describe('long values in messages', () => {
  test.each([0, 1])('an emoji at the cut (offset %i) is kept whole or left out, never halved', (pad) => {
    const text = 'x'.repeat(57 + pad) + '😀'.repeat(5) + '@example';
    const m = err(text);
    const quoted = m.slice(m.indexOf('"') + 1, m.indexOf('…'));
    expect(quoted.length).toBeLessThanOrEqual(59);
    expect(quoted).toBe(text.slice(0, quoted.length));
    expect(/[\ud800-\udbff]$/.test(quoted)).toBe(false);
    expect(Buffer.from(m, 'utf8').toString('utf8')).toBe(m);
  });
});
