import { readUrl } from '../../../src/engine/formats';

describe('readUrl', () => {
  test.each([
    ['example.com', 'https://example.com'],
    ['www.Example.COM', 'https://www.example.com'],
    ['http://example.com', 'http://example.com'],
    ['HTTPS://Example.com/Path?q=A#Top', 'https://example.com/Path?q=A#Top'],
    ['example.co.uk/about', 'https://example.co.uk/about'],
    ['shop.example.com:8080/x', 'https://shop.example.com:8080/x'],
    ['  my-site.io  ', 'https://my-site.io'],
    ['münchen.de', 'https://münchen.de'],
    ['xn--mnchen-3ya.de', 'https://xn--mnchen-3ya.de'],
  ])('%j -> %j', (text, expected) => {
    expect(readUrl(text)).toEqual({ ok: true, value: expected });
  });
  test.each([
    ['example', 'no extension such as .com'],
    ['localhost:3000', 'no extension'],
    ['http://example', 'no extension'],
    ['exa mple.com', 'contains a space'],
    ['john@example.com', 'looks like an email address'],
    ['ftp://example.com', '"ftp:" is not a web address'],
    ['javascript:alert(1)', '"javascript:" is not a web address'],
    ['mailto:john@example.com', '"mailto:" is not a web address'],
    ['http://192.168.0.1', 'IP address'],
    ['example..com', 'empty part'],
    ['example.c', 'extension ".c" is not valid'],
    ['example.123', 'extension ".123" is not valid'],
    ['-example.com', 'characters that are not allowed'],
    ['ex_ample.com', 'characters that are not allowed'],
    ['https://', 'no domain'],
    ['', 'empty'],
  ])('%j is refused: %s', (text, why) => {
    const r = readUrl(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_url');
    expect(r.error.message.startsWith(`Invalid website "${text}": `)).toBe(true);
    expect(r.error.message).toContain(why);
    expect(r.error.message).toContain('example.com');
  });
  test('non-text cells are refused', () => {
    expect(readUrl(12).ok).toBe(false);
    expect(readUrl(true).ok).toBe(false);
  });
});
