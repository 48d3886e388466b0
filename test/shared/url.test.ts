// The endpoint URL rule (src/shared/url.ts) against URL-parser confusion: every case is read by the rule's own parser
// and by Node's WHATWG URL (what the CLI and the test bed send with). Each row says what WHATWG makes of the URL (the
// host a request would really go to), so the table shows the confusion is real, and the rule's verdict. Whatever
// the rule accepts, WHATWG must read with the same scheme, host and port (the table, then a random search).
import fc from 'fast-check';
import { allowedBy, checkEndpointUrl, destinationUrlProblem, isLoopback, parseAllowlist, parseEndpoint, SHIPPED_FETCH_PREFIXES, type Endpoint, type UrlPolicy } from '../../src/shared/url';
import { destinationUrls } from '../../src/crm/registry';

type Verdict = 'ok' | 'invalid' | 'insecure';
/** [url, what WHATWG sends to ("protocol//hostname:port", or "throws"), the rule's verdict] */
const CASES: Array<[string, string, Verdict]> = [
  // The reported hole: the pattern took `evil.com\` for user-info; WHATWG reads `\` as `/`.
  ['http://evil.com\\@localhost/', 'http://evil.com', 'invalid'],
  ['http:\\\\evil.com\\', 'http://evil.com', 'invalid'],
  ['https://evil.com\\.api.hubapi.com/', 'https://evil.com', 'invalid'],
  ['http://localhost\\@evil.com/', 'http://localhost', 'invalid'],
  // User-info and @ anywhere: parsers split the authority differently.
  ['http://localhost@evil.com/', 'http://evil.com', 'invalid'],
  ['http://user:pass@localhost/', 'http://localhost', 'invalid'],
  ['https://api.hubapi.com@evil.com/', 'https://evil.com', 'invalid'],
  ['https://evil.com:443@api.hubapi.com/', 'https://api.hubapi.com', 'invalid'],
  ['http://[::1]:80@evil.com/', 'http://evil.com', 'invalid'],
  ['http://evil.com#@localhost/', 'http://evil.com', 'invalid'],
  ['http://evil.com?@localhost/', 'http://evil.com', 'invalid'],
  ['http://localhost?@evil.com/', 'http://localhost', 'invalid'],
  ['http://localhost#@evil.com/', 'http://localhost', 'invalid'],
  ['http://evil.com%2f@localhost/', 'http://localhost', 'invalid'],
  // Numeric hosts WHATWG reads as 127.0.0.1 (decimal, octal, hex, short forms, leading zeros, a trailing dot).
  ['http://2130706433/', 'http://127.0.0.1', 'invalid'],
  ['http://0177.0.0.1/', 'http://127.0.0.1', 'invalid'],
  ['http://0x7f.0.0.1/', 'http://127.0.0.1', 'invalid'],
  ['http://0x7f000001/', 'http://127.0.0.1', 'invalid'],
  ['http://127.1/', 'http://127.0.0.1', 'invalid'],
  ['http://127.000.000.001/', 'http://127.0.0.1', 'invalid'],
  ['http://127.0.0.01/', 'http://127.0.0.1', 'invalid'],
  ['http://127.0.0.1./', 'http://127.0.0.1', 'invalid'],
  ['http://127.0.0.1.1/', 'throws', 'invalid'],
  // Not loopback, or loopback only by resolution.
  ['http://0.0.0.0/', 'http://0.0.0.0', 'insecure'],
  ['http://0/', 'http://0.0.0.0', 'invalid'],
  ['http://127.0.0.1.nip.io/', 'http://127.0.0.1.nip.io', 'insecure'],
  ['http://localtest.me/', 'http://localtest.me', 'insecure'],
  ['http://foo.localhost/', 'http://foo.localhost', 'insecure'],
  ['http://localhost./', 'http://localhost.', 'invalid'],
  ['http://128.0.0.1/', 'http://128.0.0.1', 'insecure'],
  ['http://10.0.0.1/hook', 'http://10.0.0.1', 'insecure'],
  // IPv6 forms of loopback other than [::1].
  ['http://[::ffff:127.0.0.1]/', 'http://[::ffff:7f00:1]', 'invalid'],
  ['http://[0:0:0:0:0:0:0:1]/', 'http://[::1]', 'invalid'],
  ['http://[::1%25lo]/', 'throws', 'invalid'],
  ['http://[::1]]/', 'throws', 'invalid'],
  // Missing or extra slashes: WHATWG finds a host anyway.
  ['http:/evil.com/', 'http://evil.com', 'invalid'],
  ['http:evil.com', 'http://evil.com', 'invalid'],
  ['http:///evil.com/', 'http://evil.com', 'invalid'],
  // Characters WHATWG drops or maps: tabs, newlines, non-ASCII letters, full-width digits, percent-escapes.
  ['http://loc\talhost/', 'http://localhost', 'invalid'],
  ['http://local\nhost/', 'http://localhost', 'invalid'],
  ['http://ⓛocalhost/', 'http://localhost', 'invalid'],
  ['http://１２７.０.０.１/', 'http://127.0.0.1', 'invalid'],
  ['http://%6cocalhost/', 'http://localhost', 'invalid'],
  ['http://localhost%2Eevil.com/', 'http://localhost.evil.com', 'invalid'],
  ['https://api.hubapi.com%2e/', 'https://api.hubapi.com.', 'invalid'],
  ['http://127.0.0.1 @evil.com/', 'http://evil.com', 'invalid'],
  ['http://127.0.0.1%00.evil.com/', 'throws', 'invalid'],
  ['https://api_hubapi.com/', 'https://api_hubapi.com', 'invalid'],
  ['https://a..b/', 'https://a..b', 'invalid'],
  ['https://xn--/', 'throws', 'invalid'],
  ['https://xn--alocalhost/', 'throws', 'invalid'],
  ['https://xn--80ak6aa92e.com/', 'https://xn--80ak6aa92e.com', 'invalid'],
  // Ports: empty, doubled, too big, leading zeros.
  ['http://localhost:/', 'http://localhost', 'invalid'],
  ['http://localhost:80:80/', 'throws', 'invalid'],
  ['http://localhost:99999/', 'throws', 'invalid'],
  ['http://localhost:0080/', 'http://localhost', 'invalid'],
  // Other schemes.
  ['javascript:alert(1)', 'javascript://', 'insecure'],
  ['ftp://example.com', 'ftp://example.com', 'insecure'],
  // Accepted: plain loopback, https hosts, as every parser reads them.
  ['http://127.0.0.1:8080/x', 'http://127.0.0.1:8080', 'ok'],
  ['http://127.9.8.7/x', 'http://127.9.8.7', 'ok'],
  ['http://LocalHost:3000/', 'http://localhost:3000', 'ok'],
  ['http://[::1]:9/x', 'http://[::1]:9', 'ok'],
  ['HTTP://127.0.0.1/', 'http://127.0.0.1', 'ok'],
  ['https://API.HUBAPI.COM', 'https://api.hubapi.com', 'ok'],
  ['https://api.hubapi.com.evil.com/', 'https://api.hubapi.com.evil.com', 'ok'],
  ['https://evil.com/api.hubapi.com/', 'https://evil.com', 'ok'],
  ['https://1.2.3.4:8443/hook?a=%40b#c', 'https://1.2.3.4:8443', 'ok'],
  ['  https://hooks.example.com/in  ', 'https://hooks.example.com', 'ok'],
];

/** What WHATWG URL sends a request to: "protocol//hostname[:port]", or "throws". */
function whatwg(u: string): string {
  try {
    const x = new URL(u);
    return `${x.protocol}//${x.hostname}${x.port ? `:${x.port}` : ''}`;
  } catch {
    return 'throws';
  }
}

/** The same, as the rule read it (a scheme's own port is not written, as WHATWG leaves it out). */
function ours(e: Endpoint): string {
  const own = e.port === null || e.port === (e.scheme === 'https' ? 443 : 80);
  return `${e.scheme}://${e.host}${own ? '' : `:${e.port}`}`;
}

describe('the URL rule on a table of parser confusion cases', () => {
  it('has at least 30 cases, and as many refused as the issue asks for', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter(([, , v]) => v !== 'ok').length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('%j: WHATWG sends to %s; the rule says %s', (url, sends, verdict) => {
    expect(whatwg(url.trim())).toBe(sends);
    const c = checkEndpointUrl(url, 'The webhook URL');
    expect(c.ok ? 'ok' : c.problem).toBe(verdict);
    if (!c.ok) expect(c.message.startsWith('The webhook URL')).toBe(true);
    if (c.ok) {
      // Accepted: WHATWG reads the same scheme, host and port, and http goes to loopback only.
      const e = parseEndpoint(url)!;
      expect(sends).toBe(ours(e));
      if (e.scheme === 'http') expect(isLoopback(e)).toBe(true);
    }
  });

  it('says what is wrong in words', () => {
    const msg = (u: string) => {
      const c = checkEndpointUrl(u, 'The webhook URL');
      return c.ok ? '' : c.message;
    };
    expect(msg('http://evil.com\\@localhost/')).toBe('The webhook URL "http://evil.com\\@localhost/" contains a backslash (\\); a URL uses / only.');
    expect(msg('http://localhost@evil.com/')).toBe('The webhook URL "http://localhost@evil.com/" has a user name or password before the host (user@host); put credentials in a header, not in the URL.');
    expect(msg('http://2130706433/')).toMatch(/neither a host name nor an IP address written as four numbers of 0-255/);
    expect(msg('http://0.0.0.0/')).toBe('The webhook URL "http://0.0.0.0/" uses http — use https:// (plain http is allowed only for localhost, for tests).');
    expect(msg('https://hooks.example.com/a@b')).toMatch(/contains @; write it as %40/);
  });

  it('accepts nothing that WHATWG reads differently (random URLs from confusable pieces)', () => {
    const pick = <T,>(...xs: T[]) => fc.constantFrom(...xs);
    const scheme = pick('http', 'https', 'HTTP', 'hTTps', 'ftp', 'http:', '');
    const sep = fc.oneof({ weight: 6, arbitrary: fc.constant('://') }, { weight: 1, arbitrary: pick(':/', ':///', ':\\\\', ':', '://\\') });
    const octet = pick('0', '1', '127', '255', '256', '01', '00', '0x7f', '017', '2130706433');
    const label = pick('localhost', 'evil', 'com', 'a-b', 'api', 'LOCALHOST', 'x1', '1x', '-a', 'xn--a', '_');
    const confusable = pick('@', '\\', '%2e', '%6c', '[', ']', '::1', ':', '.', '\t', ' ', 'ⓛ', '１', '#', '?', '/');
    const base = fc.oneof(
      fc.array(octet, { minLength: 1, maxLength: 5 }).map((xs) => xs.join('.')),
      fc.array(label, { minLength: 1, maxLength: 3 }).map((xs) => xs.join('.')),
      pick('[::1]', '[::]', '[0:0:0:0:0:0:0:1]', '[::ffff:127.0.0.1]'),
    );
    const host = fc.tuple(base, fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, fc.tuple(confusable, fc.nat()))).map(([h, ins]) => (ins ? h.slice(0, ins[1] % (h.length + 1)) + ins[0] + h.slice(ins[1] % (h.length + 1)) : h));
    const port = fc.option(pick(':80', ':8080', ':0', ':', ':080', ':65536', ':443', ':1:2'), { nil: '' });
    const rest = fc.oneof(
      { weight: 4, arbitrary: fc.array(pick('/', '/x', '?q=1', '#f', '/a.b', '/..', '%40'), { maxLength: 3 }).map((xs) => xs.join('')) },
      pick('@', '\\', ' ', '\n', '.', 'a', '/@', '/\\'),
    );
    const url = fc.tuple(scheme, sep, host, port, rest).map(([a, b, h, p, r]) => `${a}${b}${h}${p}${r}`);
    let accepted = 0;
    fc.assert(
      fc.property(url, (u) => {
        const c = checkEndpointUrl(u);
        if (!c.ok) return true;
        accepted++;
        const e = parseEndpoint(u)!;
        return whatwg(c.url) === ours(e) && (e.scheme === 'https' || isLoopback(e));
      }),
      { numRuns: 30000, seed: 17 },
    );
    // The search reached accepted URLs often enough to mean something.
    expect(accepted).toBeGreaterThan(500);
  });
});

describe('policies: loopback and the allowlist', () => {
  const addon: UrlPolicy = { loopback: false, allow: [...SHIPPED_FETCH_PREFIXES, 'https://*.hooks.example.com/in/'], allowHint: 'Ask whoever deployed the add-on.' };

  it.each([
    ['https://api.hubapi.com', true],
    ['https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert', true],
    ['https://API.hubapi.com:443/x', true],
    ['https://services.leadconnectorhq.com/contacts/upsert', true],
    ['https://people.googleapis.com/v1/people:batchCreateContacts', true],
    ['https://a.hooks.example.com/in/1', true],
    ['https://a.b.hooks.example.com/in/', true],
    ['https://a.hooks.example.com/in', false], // the prefix ends in "/in/"
    ['https://hooks.example.com/in/1', false], // a wildcard needs a subdomain
    ['https://a.hooks.example.com/inbox', false],
    ['https://api.hubapi.com:8443/', false],
    ['https://api.hubapi.com.evil.com/', false],
    ['https://evil.com/api.hubapi.com/', false],
    ['https://evil.com?.api.hubapi.com/', false],
    ['http://api.hubapi.com/', false],
  ])('%s is allowed: %s', (url, ok) => {
    expect(allowedBy(url, addon.allow!)).toBe(ok);
    const c = checkEndpointUrl(url, 'The webhook URL', addon);
    expect(c.ok).toBe(ok);
  });

  it('a prefix without a trailing slash matches itself and its children only', () => {
    const p = ['https://example.com/foo'];
    for (const u of ['https://example.com/foo', 'https://example.com/foo/', 'https://example.com/foo/bar', 'https://example.com/foo?bar', 'https://example.com/foo#bar']) expect([u, allowedBy(u, p)]).toEqual([u, true]);
    for (const u of ['https://example.com/foobar', 'https://example.com/Foo', 'https://example.com/']) expect([u, allowedBy(u, p)]).toEqual([u, false]);
  });

  it('refuses a host outside the list in words that say how to add it', () => {
    const c = checkEndpointUrl('https://hooks.other.com/x', 'The webhook URL', addon);
    expect(c).toEqual({
      ok: false,
      problem: 'not-allowed',
      message:
        'The webhook URL "https://hooks.other.com/x" is not an address this add-on may send to: it sends only to https://api.hubapi.com/, https://services.leadconnectorhq.com/, https://people.googleapis.com/, https://*.hooks.example.com/in/. To use hooks.other.com, add https://hooks.other.com/ to the URL allowlist. Ask whoever deployed the add-on.',
    });
  });

  it('without loopback (the add-on in Google Sheets), http to localhost is refused too', () => {
    const c = checkEndpointUrl('http://localhost:8080/hook', 'The webhook URL', addon);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.message).toBe('The webhook URL "http://localhost:8080/hook" uses http to this computer (loopback), which the add-on in Google Sheets cannot reach — use an https:// address.');
    expect(destinationUrlProblem(destinationUrls({ type: 'webhook', url: 'http://localhost:8080/hook' }), addon)).toBe('The webhook URL "http://localhost:8080/hook" cannot be used. Use an https:// URL.');
    expect(destinationUrlProblem(destinationUrls({ type: 'hubspot' }), addon)).toBeNull();
    expect(destinationUrlProblem(destinationUrls({ type: 'hubspot', baseUrl: 'https://api.hubapi.com' }), addon)).toBeNull();
    expect(destinationUrlProblem(destinationUrls({ type: 'highlevel', baseUrl: 'https://evil.com', locationId: 'l' }), addon)).toMatch(/^The HighLevel base URL "https:\/\/evil.com" is not an address this add-on may send to/);
  });

  it('reads an allowlist file: prefixes, comments, and what Apps Script would refuse', () => {
    const text = '# webhooks\nhttps://hooks.example.com/in/  https://*.acme.test/  # ours\nhttps://hooks.example.com/in/,http://a.example.com/\nhttps://b.example.com\nhttps://*.*.c.example.com/\nhttps://10.0.0.1/\nhttps://x@y.example.com/\n';
    expect(parseAllowlist(text, 'url-allowlist.txt')).toEqual({
      prefixes: ['https://hooks.example.com/in/', 'https://*.acme.test/'],
      errors: [
        'url-allowlist.txt: "http://a.example.com/" must start with https:// (an allowlist holds https addresses only).',
        'url-allowlist.txt: "https://b.example.com" must end in a path, such as https://hooks.example.com/ (with its final /).',
        'url-allowlist.txt: "https://*.*.c.example.com/" has a host name that is not made of letters, digits, hyphens and dots (an empty part, a trailing dot or another character).',
        'url-allowlist.txt: "https://10.0.0.1/" must name a full domain, such as https://hooks.example.com/.',
        'url-allowlist.txt: "https://x@y.example.com/" has a user name or password before the host (user@host); put credentials in a header, not in the URL.',
      ],
    });
  });
});
