import { createServer } from 'node:net';
import { join } from 'node:path';
import { type ChildServer, createTestbed, startServerInChild } from '../../testbed';

let server: ChildServer;

beforeAll(async () => {
  server = await startServerInChild(join(__dirname, 'fixtures/echo-server.js'));
});
afterAll(async () => {
  await server?.close();
});

/** A port nobody listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('UrlFetchApp (real HTTP, synchronous)', () => {
  it('GETs synchronously and exposes code, text, headers and blob', () => {
    const tb = createTestbed();
    const res = tb.globals.UrlFetchApp.fetch(`${server.url}/echo?q=1`, { headers: { Authorization: 'Bearer t0k' } });
    expect(res.getResponseCode()).toBe(200);
    const echo = JSON.parse(res.getContentText());
    expect(echo).toMatchObject({ method: 'GET', path: '/echo?q=1', body: '' });
    expect(echo.headers.authorization).toBe('Bearer t0k');
    expect(echo.headers['user-agent']).toContain('Google-Apps-Script');
    expect(res.getHeaders()).toMatchObject({ 'Content-Type': 'application/json; charset=utf-8', 'X-Echo': 'yes' });
    expect(res.getBlob().getContentType()).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.getBlob().getDataAsString())).toEqual(echo);
    expect(tb.fetches).toEqual([
      expect.objectContaining({ method: 'GET', url: `${server.url}/echo?q=1`, status: 200, body: '' }),
    ]);
    expect(tb.counter.get('UrlFetchApp.fetch')).toBe(1);
  });

  it('POSTs a JSON string with its content type, and a form-encoded object', () => {
    const { UrlFetchApp } = createTestbed().globals;
    const json = JSON.parse(
      UrlFetchApp.fetch(`${server.url}/echo`, {
        method: 'post', contentType: 'application/json', payload: JSON.stringify({ email: 'ada@example.com', n: 'é' }),
      }).getContentText(),
    );
    expect(json.method).toBe('POST');
    expect(json.headers['content-type']).toBe('application/json');
    expect(JSON.parse(json.body)).toEqual({ email: 'ada@example.com', n: 'é' });
    expect(json.headers['content-length']).toBe(String(Buffer.byteLength(json.body)));

    const form = JSON.parse(
      UrlFetchApp.fetch(`${server.url}/echo`, { method: 'put', payload: { a: 'x y', b: 'é&=' } }).getContentText(),
    );
    expect(form.method).toBe('PUT');
    expect(form.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(form.body))).toEqual({ a: 'x y', b: 'é&=' });
  });

  it('throws on 4xx/5xx like Apps Script unless muteHttpExceptions', () => {
    const { UrlFetchApp } = createTestbed().globals;
    expect(() => UrlFetchApp.fetch(`${server.url}/status/404`)).toThrow(
      new RegExp(`^Request failed for ${server.url}/status/404 returned code 404\\. Truncated server response: error body for 404 x+ \\(use muteHttpExceptions option to examine full response\\)$`),
    );
    expect(() => UrlFetchApp.fetch(`${server.url}/status/500`, { muteHttpExceptions: false })).toThrow('returned code 500');
    const res = UrlFetchApp.fetch(`${server.url}/status/429`, { muteHttpExceptions: true });
    expect(res.getResponseCode()).toBe(429);
    expect(res.getContentText()).toBe(`error body for 429 ${'x'.repeat(500)}`);
  });

  it('follows redirects unless told not to', () => {
    const { UrlFetchApp } = createTestbed().globals;
    const followed = UrlFetchApp.fetch(`${server.url}/redirect`);
    expect(JSON.parse(followed.getContentText()).path).toBe('/echo?from=redirect');
    const raw = UrlFetchApp.fetch(`${server.url}/redirect`, { followRedirects: false });
    expect(raw.getResponseCode()).toBe(302);
    expect(raw.getHeaders()).toMatchObject({ Location: '/echo?from=redirect' });
  });

  it('returns repeated headers as arrays from getAllHeaders', () => {
    const res = createTestbed().globals.UrlFetchApp.fetch(`${server.url}/cookies`);
    expect(res.getAllHeaders()).toMatchObject({ 'Set-Cookie': ['a=1', 'b=2'], 'X-Single': 'one' });
  });

  it('transfers large bodies intact', () => {
    const n = 5 * 1024 * 1024 + 17;
    const bytes = createTestbed().globals.UrlFetchApp.fetch(`${server.url}/big/${n}`).getContent();
    expect(bytes).toHaveLength(n);
    for (const i of [0, 250, 251, 1000, n - 1]) expect(bytes[i] & 0xff).toBe(i % 251);
  });

  it('fetchAll runs concurrently and answers in order', () => {
    // The barrier answers only when 3 requests wait at once: sequential requests would time out.
    const tb = createTestbed({ fetchTimeoutMs: 5000 });
    const responses = tb.globals.UrlFetchApp.fetchAll([
      `${server.url}/barrier/k1/3`,
      { url: `${server.url}/echo`, method: 'post', payload: 'second' },
      { url: `${server.url}/barrier/k1/3` },
      { url: `${server.url}/status/503`, muteHttpExceptions: true },
      `${server.url}/barrier/k1/3`,
    ]);
    expect(responses.map((r) => r.getResponseCode())).toEqual([200, 200, 200, 503, 200]);
    expect([0, 2, 4].map((i) => responses[i].getContentText()).sort()).toEqual(['released 1 of 3', 'released 2 of 3', 'released 3 of 3']);
    expect(JSON.parse(responses[1].getContentText()).body).toBe('second');
    expect(responses[3].getContentText()).toMatch(/^error body for 503/);
    expect(tb.counter.get('UrlFetchApp.fetchAll')).toBe(1);
    expect(tb.fetches.map((f) => f.status)).toEqual([200, 200, 200, 503, 200]);
    expect(() => tb.globals.UrlFetchApp.fetchAll([`${server.url}/echo`, `${server.url}/status/401`])).toThrow('returned code 401');
  });

  it('cannot reach a server running in the calling thread (the documented deadlock)', async () => {
    const { createServer: createHttpServer } = await import('node:http');
    const inProcess = createHttpServer((_req, res) => res.end('never seen'));
    await new Promise<void>((r) => inProcess.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(inProcess.address() as { port: number }).port}/`;
    try {
      const { UrlFetchApp } = createTestbed({ fetchTimeoutMs: 300 }).globals;
      expect(() => UrlFetchApp.fetch(url)).toThrow(`Timeout: ${url}`);
    } finally {
      inProcess.closeAllConnections();
      await new Promise<void>((r) => inProcess.close(() => r()));
    }
  });

  it('throws Apps Script messages for network failures', async () => {
    const port = await closedPort();
    const tb = createTestbed({ fetchTimeoutMs: 300 });
    const { UrlFetchApp } = tb.globals;
    expect(() => UrlFetchApp.fetch(`http://127.0.0.1:${port}/x`, { muteHttpExceptions: true })).toThrow(
      `Address unavailable: http://127.0.0.1:${port}/x`,
    );
    expect(() => UrlFetchApp.fetch(`${server.url}/slow/2000`)).toThrow(`Timeout: ${server.url}/slow/2000`);
    expect(() => UrlFetchApp.fetch('not a url')).toThrow('Invalid argument: not a url');
    expect(tb.fetches.map((f) => f.error)).toEqual([
      `Address unavailable: http://127.0.0.1:${port}/x`, `Timeout: ${server.url}/slow/2000`, 'Invalid argument: not a url',
    ]);
    // the worker is still healthy afterwards
    expect(UrlFetchApp.fetch(`${server.url}/echo`).getResponseCode()).toBe(200);
  });

  it("resolves names through tb.hosts (null: Apps Script's DNS error), changed while the world runs; a time-out is modelled as fetchTimeoutModelMs", () => {
    const port = new URL(server.url).port;
    const tb = createTestbed({ hosts: { 'CRM.Example.test': '127.0.0.1' }, fetchTimeoutMs: 300, fetchTimeoutModelMs: 60_000 });
    const { UrlFetchApp } = tb.globals;
    const url = `http://crm.example.test:${port}/echo`;
    expect(JSON.parse(UrlFetchApp.fetch(url).getContentText()).headers.host).toBe(`crm.example.test:${port}`);
    tb.hosts.set('crm.example.test', null);
    expect(() => UrlFetchApp.fetch(url)).toThrow(`DNS error: ${url}`);
    tb.hosts.set('crm.example.test', '127.0.0.1');
    expect(UrlFetchApp.fetch(url).getResponseCode()).toBe(200);
    const before = tb.model.now();
    expect(() => UrlFetchApp.fetch(`http://crm.example.test:${port}/slow/2000`)).toThrow('Timeout: ');
    expect(tb.model.now() - before).toBeGreaterThanOrEqual(60_000);
  });

  it('answers from an in-process handler when one is given', () => {
    const tb = createTestbed({
      fetch: (req) => (req.url.startsWith('https://api.test/') ? { status: 201, headers: { 'Content-Type': 'application/json' }, body: req.bodyText } : undefined),
    });
    const res = tb.globals.UrlFetchApp.fetch('https://api.test/contacts', { method: 'post', contentType: 'application/json', payload: '{"a":1}' });
    expect([res.getResponseCode(), res.getContentText()]).toEqual([201, '{"a":1}']);
    expect(tb.globals.UrlFetchApp.fetch(`${server.url}/echo`).getResponseCode()).toBe(200); // others go to the network
  });

  it('getRequest shows what would be sent', () => {
    const req = createTestbed().globals.UrlFetchApp.getRequest('https://api.test/x', { method: 'post', payload: { a: '1' } });
    expect(req).toMatchObject({ url: 'https://api.test/x', method: 'post', payload: 'a=1', contentType: 'application/x-www-form-urlencoded' });
  });
});
