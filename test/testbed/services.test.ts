import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestbed, findProjectRoot, LOCK_TIMEOUT_MESSAGE } from '../../testbed';

describe('PropertiesService', () => {
  it('stores strings per store, and per user for user properties', () => {
    const tb = createTestbed({ user: 'ada@example.com' });
    const { PropertiesService } = tb.globals;
    PropertiesService.getDocumentProperties().setProperty('mapping', '{"a":1}');
    PropertiesService.getUserProperties().setProperty('token', 'secret');
    PropertiesService.getScriptProperties().setProperties({ a: '1', b: '2' });
    expect(PropertiesService.getDocumentProperties().getProperty('mapping')).toBe('{"a":1}');
    expect(PropertiesService.getDocumentProperties().getProperty('missing')).toBeNull();
    expect(PropertiesService.getScriptProperties().getKeys().sort()).toEqual(['a', 'b']);
    PropertiesService.getScriptProperties().setProperties({ c: '3' }, true);
    expect(PropertiesService.getScriptProperties().getProperties()).toEqual({ c: '3' });
    PropertiesService.getScriptProperties().deleteProperty('c');
    expect(PropertiesService.getScriptProperties().getKeys()).toEqual([]);
    // a second user sees the same document properties but not the first user's
    const other = tb.newExecution({ user: 'bob@example.com' });
    expect(other.globals.PropertiesService.getDocumentProperties().getProperty('mapping')).toBe('{"a":1}');
    expect(other.globals.PropertiesService.getUserProperties().getProperty('token')).toBeNull();
    expect(tb.properties.user.toObject()).toEqual({ token: 'secret' });
    // values are stored as strings
    PropertiesService.getUserProperties().setProperty('n', 5 as unknown as string);
    expect(PropertiesService.getUserProperties().getProperty('n')).toBe('5');
    PropertiesService.getUserProperties().deleteAllProperties();
    expect(PropertiesService.getUserProperties().getKeys()).toEqual([]);
  });

  it('rejects a value over 9 KB', () => {
    const props = createTestbed().globals.PropertiesService.getDocumentProperties();
    props.setProperty('ok', 'x'.repeat(9216));
    expect(() => props.setProperty('big', 'x'.repeat(10 * 1024))).toThrow('Argument too large: value');
    // UTF-8 bytes count, not characters: 4,700 "é" are 9,400 bytes
    expect(() => props.setProperty('big', 'é'.repeat(4700))).toThrow('Argument too large: value');
    expect(props.getProperty('big')).toBeNull();
  });

  it('rejects going over 500 KB per store, atomically', () => {
    const tb = createTestbed();
    const props = tb.globals.PropertiesService.getDocumentProperties();
    const value = 'v'.repeat(9000);
    for (let i = 0; i < 56; i++) props.setProperty(`k${String(i).padStart(2, '0')}`, value); // ~504,168 bytes
    expect(() => props.setProperty('k56', value)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getKeys()).toHaveLength(56);
    expect(() => props.setProperties({ x: value, y: value })).toThrow('property storage quota');
    expect(props.getProperty('x')).toBeNull();
    // other stores are separate
    tb.globals.PropertiesService.getUserProperties().setProperty('k', value);
    props.deleteProperty('k00');
    props.setProperty('k56', value);
  });
});

describe('LockService', () => {
  it('a lock held by one execution is refused to another until released', () => {
    const tb = createTestbed();
    const second = tb.newExecution();
    const lock1 = tb.globals.LockService.getDocumentLock();
    const lock2 = second.globals.LockService.getDocumentLock();
    expect(lock1.tryLock(1000)).toBe(true);
    expect(lock1.hasLock()).toBe(true);
    expect(lock1.tryLock(0)).toBe(true); // re-entrant for the holder
    expect(lock2.hasLock()).toBe(false);
    const t0 = tb.clock.now();
    expect(lock2.tryLock(5000)).toBe(false);
    expect(tb.clock.now() - t0).toBeGreaterThanOrEqual(5000); // the wait passed in virtual time
    expect(() => lock2.waitLock(3000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(tb.lockWaits).toEqual([
      { scope: 'document', timeoutMs: 5000, outcome: 'timeout' },
      { scope: 'document', timeoutMs: 3000, outcome: 'timeout' },
    ]);
    // other scopes are independent
    expect(second.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
    lock2.releaseLock(); // not the holder: no effect
    expect(lock1.hasLock()).toBe(true);
    lock1.releaseLock();
    expect(lock1.hasLock()).toBe(false);
    lock2.waitLock(1000);
    expect(lock2.hasLock()).toBe(true);
    expect(tb.globals.LockService.getDocumentLock().tryLock(0)).toBe(false);
  });

  it('an execution that ends releases its locks', () => {
    const tb = createTestbed();
    const run = tb.newExecution();
    run.run(() => {
      expect(LockService.getDocumentLock().tryLock(10)).toBe(true);
      expect(tb.globals.LockService.getDocumentLock().tryLock(0)).toBe(false);
    });
    expect(tb.globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('user locks are per user', () => {
    const tb = createTestbed({ user: 'a@example.com' });
    const b = tb.newExecution({ user: 'b@example.com' });
    const a2 = tb.newExecution();
    expect(tb.globals.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(b.globals.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(a2.globals.LockService.getUserLock().tryLock(0)).toBe(false);
  });
});

describe('CacheService', () => {
  it('puts, gets and expires entries on the virtual clock', () => {
    const tb = createTestbed();
    const cache = tb.globals.CacheService.getScriptCache();
    cache.put('a', '1', 10);
    cache.put('b', '2'); // default 600 s
    cache.putAll({ c: '3', d: '4' }, 100);
    expect(cache.get('a')).toBe('1');
    expect(cache.getAll(['a', 'b', 'c', 'zz'])).toEqual({ a: '1', b: '2', c: '3' });
    tb.clock.advance(10_000);
    expect(cache.get('a')).toBeNull();
    expect(cache.get('c')).toBe('3');
    tb.clock.advance(90_000);
    expect(cache.get('c')).toBeNull();
    expect(cache.get('b')).toBe('2');
    tb.clock.advance(500_000);
    expect(cache.get('b')).toBeNull();
    cache.put('e', '5');
    cache.removeAll(['e', 'd']);
    expect(cache.get('e')).toBeNull();
    expect(() => cache.put('k'.repeat(251), 'x')).toThrow('Argument too large: key');
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });

  it('user caches are per user, document and script caches shared', () => {
    const tb = createTestbed({ user: 'a@example.com' });
    const b = tb.newExecution({ user: 'b@example.com' });
    tb.globals.CacheService.getUserCache().put('k', 'a');
    tb.globals.CacheService.getDocumentCache()!.put('k', 'doc');
    expect(b.globals.CacheService.getUserCache().get('k')).toBeNull();
    expect(b.globals.CacheService.getDocumentCache()!.get('k')).toBe('doc');
  });
});

describe('HtmlService', () => {
  it('reads dist/ of the project by default, found by walking up to the contact-import package.json', () => {
    const tb = createTestbed();
    const root = findProjectRoot();
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name).toBe('contact-import');
    expect(tb.htmlDir()).toBe(join(root, 'dist'));
    expect(findProjectRoot(join(root, 'test', 'testbed', 'fixtures'))).toBe(root);
    // (the bundle test checks the real dist/Sidebar.html; dist/ may be rebuilt by other test files meanwhile)
    expect(() => tb.globals.HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
  });

  it('builds outputs', () => {
    const tb = createTestbed({ htmlDir: join(__dirname, 'fixtures') });
    const out = tb.globals.HtmlService.createHtmlOutputFromFile('Hello').setTitle('Contact Import').setWidth(300);
    expect(out.getContent()).toBe('<p>Hello</p>\n');
    expect([out.getTitle(), out.getWidth()]).toEqual(['Contact Import', 300]);
    const h = tb.globals.HtmlService.createHtmlOutput('<b>a</b>').append('<i>b</i>').appendUntrusted('<script>');
    expect(h.getContent()).toBe('<b>a</b><i>b</i>&lt;script&gt;');
    expect(h.setHeight(200).getHeight()).toBe(200);
    expect(() => tb.globals.HtmlService.createTemplateFromFile('Sidebar')).toThrow('not emulated: HtmlService.createTemplateFromFile');
  });

  it('reads from another folder with htmlDir', () => {
    const tb = createTestbed({ htmlDir: join(__dirname, 'fixtures') });
    expect(tb.globals.HtmlService.createHtmlOutputFromFile('Hello.html').getContent()).toBe('<p>Hello</p>\n');
  });
});

describe('Utilities', () => {
  const { Utilities } = createTestbed().globals;

  it('computes digests as signed bytes, like Apps Script', () => {
    const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
    const hex = createHash('sha256').update('abc').digest();
    expect(bytes).toHaveLength(32);
    expect(bytes.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(bytes.map((b) => (b + 256) % 256)).toEqual([...hex]);
    expect(bytes[0]).toBe(hex[0] > 127 ? hex[0] - 256 : hex[0]);
    const md5 = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'héllo', Utilities.Charset.UTF_8);
    expect(Buffer.from(md5.map((b) => b & 0xff)).toString('hex')).toBe(createHash('md5').update('héllo', 'utf8').digest('hex'));
    const sha1 = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_1, [97, 98, 99]);
    expect(Buffer.from(sha1.map((b) => b & 0xff)).toString('hex')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    const hmac = Utilities.computeHmacSha256Signature('message', 'key');
    expect(Buffer.from(hmac.map((b) => b & 0xff)).toString('hex')).toBe(
      '6e9ef29b75fffc5b7abae527d58fdadb2fe42e7219011976917343065f58ed4a',
    );
  });

  it('base64-encodes strings and bytes, web-safe too', () => {
    expect(Utilities.base64Encode('héllo?>')).toBe(Buffer.from('héllo?>').toString('base64'));
    expect(Utilities.base64EncodeWebSafe([-5, -1, 62])).toBe('-_8-');
    expect(Utilities.base64Decode('/w==')).toEqual([-1]);
    expect(Utilities.base64DecodeWebSafe('-_8-')).toEqual([-5, -1, 62]);
    expect(Utilities.newBlob(Utilities.base64Decode(Utilities.base64Encode('round trip'))).getDataAsString()).toBe('round trip');
  });

  it('formats dates with SimpleDateFormat patterns in a time zone', () => {
    const d = new Date(Date.UTC(2024, 8, 8, 3, 4, 5, 67));
    expect(Utilities.formatDate(d, 'UTC', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe('2024-09-08T03:04:05.067Z');
    expect(Utilities.formatDate(d, 'America/New_York', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2024-09-07T23:04:05-04:00');
    expect(Utilities.formatDate(d, 'Asia/Kolkata', 'yyyyMMdd HHmm Z')).toBe('20240908 0834 +0530');
    expect(Utilities.formatDate(d, 'UTC', 'EEE, d MMM yy h:mm a')).toBe('Sun, 8 Sep 24 3:04 AM');
    expect(Utilities.formatDate(d, 'UTC', "MMMM dd, yyyy 'at' HH 'o''clock'")).toBe("September 08, 2024 at 03 o'clock");
  });

  it('sleeps for real, or records the time with fastSleep', () => {
    const tb = createTestbed({ fastSleep: true });
    const t0 = tb.clock.now();
    const wall = Date.now();
    tb.globals.Utilities.sleep(60_000);
    expect(Date.now() - wall).toBeLessThan(1000);
    expect(tb.sleeps).toEqual([60_000]);
    expect(tb.clock.now() - t0).toBeGreaterThanOrEqual(60_000);
    const real = createTestbed();
    const w2 = Date.now();
    real.globals.Utilities.sleep(30);
    expect(Date.now() - w2).toBeGreaterThanOrEqual(25);
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('Session, Logger, ScriptApp', () => {
  it('reports the user and time zone', () => {
    const tb = createTestbed({ user: 'ada@example.com', scriptTimeZone: 'Europe/Paris' });
    const { Session } = tb.globals;
    expect(Session.getActiveUser().getEmail()).toBe('ada@example.com');
    expect(Session.getEffectiveUser().getEmail()).toBe('ada@example.com');
    expect(Session.getScriptTimeZone()).toBe('Europe/Paris');
    const key = Session.getTemporaryActiveUserKey();
    expect(key).toBe(tb.newExecution().globals.Session.getTemporaryActiveUserKey());
    expect(key).not.toBe(tb.newExecution({ user: 'bob@example.com' }).globals.Session.getTemporaryActiveUserKey());
    expect(key).not.toContain('ada');
  });

  it('records Logger and console output', () => {
    const tb = createTestbed();
    tb.globals.Logger.log('Imported %s rows into %s', 12, 'Contacts');
    tb.globals.Logger.log({ a: 1 });
    tb.globals.console.warn('careful');
    expect(tb.logs).toEqual([
      { source: 'Logger', level: 'log', message: 'Imported 12 rows into Contacts' },
      { source: 'Logger', level: 'log', message: '{"a":1}' },
      { source: 'console', level: 'warn', message: 'careful' },
    ]);
    expect(tb.globals.Logger.getLog()).toBe('Imported 12 rows into Contacts\n{"a":1}');
  });

  it('ScriptApp offers the enums and the OAuth token, and throws for the rest', () => {
    const { ScriptApp } = createTestbed().globals;
    expect(ScriptApp.AuthMode.FULL).toBe('FULL');
    expect(ScriptApp.getOAuthToken()).toBe('ya29.testbed.user@example.com');
    expect(createTestbed({ oauthToken: 'tok-1' }).globals.ScriptApp.getOAuthToken()).toBe('tok-1');
    expect(() => ScriptApp.newTrigger('x')).toThrow('not emulated: ScriptApp.newTrigger');
  });
});
