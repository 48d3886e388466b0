import { checkEndpointUrl } from '../../src/shared/url';
import { requireEndpointUrl } from '../../src/crm/url';
import { DEFAULT_RETRY, TOKEN_REJECTED, backoffMs, decide, parseRetryAfter } from '../../src/crm/retry';
import { SlidingWindow } from '../../src/crm/window';
import { scrub, tokenLast4 } from '../../src/crm/scrub';
import { rowKey, stableHash } from '../../src/crm/hash';
import { json } from './fake';

describe('endpoint URL rule', () => {
  test.each([
    'https://api.hubapi.com',
    'https://services.leadconnectorhq.com/',
    'http://127.0.0.1:8080/webhook',
    'http://127.9.8.7/x',
    'http://localhost:3000',
    'http://LOCALHOST/x',
    'http://[::1]:9/x',
    'HTTPS://Example.com/hook?a=1',
  ])('accepts %s', (u) => {
    expect(checkEndpointUrl(u)).toEqual({ ok: true, url: u });
  });

  test.each([
    ['http://example.com/hook', /uses http — use https:\/\//],
    ['http://10.0.0.1/hook', /uses http/],
    ['http://127.0.0.1.evil.com/x', /uses http/],
    ['http://128.0.0.1/x', /uses http/],
    ['http://127.0.0.256/x', /neither a host name nor an IP address written as four numbers of 0-255/],
    ['http://localhost.evil.com/x', /uses http/],
    ['http://evil.localhost/x', /uses http/],
    ['ftp://example.com', /must start with https:\/\//],
    ['example.com/hook', /not a valid URL/],
    ['', /is empty/],
    ['https://', /not a valid URL|no host/],
  ])('rejects %s', (u, msg) => {
    const c = checkEndpointUrl(u, 'The webhook URL');
    expect(c.ok).toBe(false);
    if (!c.ok) {
      expect(c.message).toMatch(msg);
      expect(c.message.startsWith('The webhook URL')).toBe(true);
    }
  });

  test('requireEndpointUrl throws a CrmConfigError with the message', () => {
    expect(() => requireEndpointUrl('http://example.com')).toThrow(/plain http is allowed only for localhost/);
  });
});

describe('retry policy', () => {
  const opts = { ...DEFAULT_RETRY, random: () => 0.5, baseDelayMs: 1000, maxDelayMs: 8000, maxAttempts: 5 };
  const now = Date.parse('2025-01-01T00:00:00Z');

  test('Retry-After in seconds and as an HTTP date', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  test('capped exponential backoff with full jitter uses the injected random', () => {
    expect(backoffMs(1, opts)).toBe(500);
    expect(backoffMs(2, opts)).toBe(1000);
    expect(backoffMs(3, opts)).toBe(2000);
    expect(backoffMs(4, opts)).toBe(4000);
    expect(backoffMs(9, opts)).toBe(4000); // capped at 8000 * 0.5
    expect(backoffMs(3, { ...opts, random: () => 0 })).toBe(0);
    expect(backoffMs(3, { ...opts, random: () => 0.999999 })).toBe(3999);
  });

  test('429, 5xx and network errors are retried; Retry-After wins over backoff', () => {
    expect(decide(json(429, {}, { 'Retry-After': '2' }), 1, opts, now, 'HubSpot')).toEqual({ kind: 'retry', delayMs: 2000, reason: '429' });
    expect(decide(json(429, { policyName: 'TEN_SECONDLY_ROLLING' }), 2, opts, now, 'HubSpot')).toEqual({ kind: 'retry', delayMs: 1000, reason: '429' });
    expect(decide(json(503, {}), 1, opts, now, 'X')).toEqual({ kind: 'retry', delayMs: 500, reason: '503' });
    expect(decide(json(500, {}), 3, opts, now, 'X')).toEqual({ kind: 'retry', delayMs: 2000, reason: '500' });
    expect(decide({ networkError: 'Timeout' }, 1, opts, now, 'X')).toEqual({ kind: 'retry', delayMs: 500, reason: 'network' });
    // header names are case-insensitive
    expect(decide({ status: 503, headers: { 'retry-after': '1' }, body: '' }, 1, opts, now, 'X')).toMatchObject({ delayMs: 1000 });
  });

  test('a huge Retry-After is capped', () => {
    expect(decide(json(429, {}, { 'Retry-After': '86400' }), 1, opts, now, 'X')).toMatchObject({ kind: 'retry', delayMs: opts.maxRetryAfterMs });
  });

  test('a DAILY limit stops the run, resumable', () => {
    const d = decide(json(429, { status: 'error', errorType: 'RATE_LIMIT', policyName: 'DAILY' }), 1, opts, now, 'HubSpot');
    expect(d).toMatchObject({ kind: 'stop', resumable: true });
    expect((d as any).message).toMatch(/HubSpot's daily API limit is reached/);
  });

  test('400, 422 and other 4xx go back to the client; 401 and 403 stop with the exact message', () => {
    for (const s of [400, 404, 409, 413, 422]) expect(decide(json(s, {}), 1, opts, now, 'X')).toEqual({ kind: 'accept' });
    for (const s of [401, 403]) expect(decide(json(s, {}), 1, opts, now, 'X')).toEqual({ kind: 'stop', message: TOKEN_REJECTED, resumable: false });
    expect(TOKEN_REJECTED).toBe('The CRM rejected the token — reconnect in Settings');
    expect(decide(json(200, {}), 1, opts, now, 'X')).toEqual({ kind: 'accept' });
  });

  test('when the attempts run out the run stops, resumable', () => {
    expect(decide(json(503, {}), 5, opts, now, 'HighLevel')).toEqual({
      kind: 'stop',
      message: 'HighLevel answered HTTP 503 after 5 attempts — resume the run later.',
      resumable: true,
    });
    expect(decide({ networkError: 'Address unavailable' }, 5, opts, now, 'HubSpot')).toMatchObject({ kind: 'stop', resumable: true });
    expect(decide(json(503, {}), 4, opts, now, 'X').kind).toBe('retry');
    expect(decide(json(503, {}), 2, { ...opts, maxAttempts: 2 }, now, 'X').kind).toBe('stop');
  });
});

describe('sliding window', () => {
  test('allows `limit` per window and computes the wait', () => {
    const w = new SlidingWindow(3, 1000);
    expect(w.capacity(0)).toBe(3);
    w.record(2, 0);
    w.record(1, 400);
    expect(w.capacity(500)).toBe(0);
    expect(w.waitFor(1, 500)).toBe(501); // the sends at 0 leave at 1000
    expect(w.waitFor(3, 500)).toBe(901); // all three must leave
    expect(w.capacity(1000)).toBe(2);
    expect(w.capacity(1400)).toBe(3);
    expect(w.waitFor(1, 1400)).toBe(0);
  });
});

describe('secrets in text', () => {
  test('scrub replaces every form of the token', () => {
    const t = 'pat-na1-abc/def+123';
    const text = `failed with ${t} and ${encodeURIComponent(t)} twice ${t}`;
    const s = scrub(text, [t]);
    expect(s).not.toContain(t);
    expect(s).not.toContain(encodeURIComponent(t));
    expect(s).toBe('failed with •••• and •••• twice ••••');
    expect(scrub('nothing here', [t, undefined, ''])).toBe('nothing here');
  });
  test('tokenLast4', () => {
    expect(tokenLast4('pat-na1-1234abcd')).toBe('abcd');
    expect(tokenLast4('abc')).toBe('');
    expect(tokenLast4(null)).toBe('');
  });
  test('row keys are stable and distinct', () => {
    expect(rowKey('r', 2, 'f')).toBe(rowKey('r', 2, 'f'));
    expect(rowKey('r', 2, 'f')).not.toBe(rowKey('r', 3, 'f'));
    expect(rowKey('r', 2, 'f')).not.toBe(rowKey('r2', 2, 'f'));
    expect(stableHash('x')).toMatch(/^[0-9a-f]{16}$/);
    const keys = new Set(Array.from({ length: 20000 }, (_, i) => rowKey('run', i, 'fp')));
    expect(keys.size).toBe(20000);
  });
});
