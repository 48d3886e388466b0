// `validate` on worker threads (cli/validate-parallel.ts) prints the very bytes `--threads 1` prints: the report,
// the exit code and stderr, on the corpora, on the benchmark's mix, on property-generated files, with cuts after
// every line end (multi-byte characters, CRLF), and cuts inside quoted line breaks, which send the file back to one
// thread. A worker thread that dies leaves no thread behind, and the file is checked on one thread instead.
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeContactsCsv } from '../../bench/contacts-csv';
import { csvCell } from '../../cli/csv/write';
import { main } from '../../cli/main';
import { capture, type Captured } from './capture';

const root = join(__dirname, '..', '..');
// Each run with worker threads starts two of them.
jest.setTimeout(300_000);
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ci-parallel-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(bytes: Buffer | string, ext = '.csv'): string {
  const p = join(dir, `f${n++}${ext}`);
  writeFileSync(p, bytes);
  return p;
}

const settingsFile = (settings: unknown) => file(JSON.stringify(settings), '.json');
const BENCH_SETTINGS = {
  customFields: [
    { key: 'score', label: 'Score', type: 'number' },
    { key: 'dealValue', label: 'Deal Value', type: 'monetary' },
    { key: 'subscribed', label: 'Subscribed', type: 'checkbox' },
  ],
};

/** The byte offset after the first `records` lines (no quoted line breaks in them). */
function afterLines(bytes: Buffer, records: number): number {
  let at = 0;
  for (let i = 0; i < records; i++) at = bytes.indexOf(10, at) + 1;
  return at;
}

interface Pair {
  one: Captured;
  threads: Captured;
  /** The worker threads checked the rows (no fallback). */
  took: boolean;
}

/** `validate` with --threads 1, and with 2 worker threads on ranges of `batchBytes` after a head of `headBytes`. */
async function both(path: string, args: string[], headBytes: number, batchBytes: number, workerEntry?: string): Promise<Pair> {
  const one = await capture((out, err) => main(['validate', path, ...args, '--threads', '1'], out, err));
  let took = false;
  const threads = await capture((out, err) =>
    main(['validate', path, ...args, '--threads', '2'], out, err, { headBytes, batchBytes, workerEntry, taken: (t) => (took = t) }),
  );
  return { one, threads, took };
}

function expectSame(p: Pair): void {
  expect(p.threads.out).toBe(p.one.out);
  expect(p.threads.err).toBe(p.one.err);
  expect(p.threads.code).toBe(p.one.code);
}

describe('worker threads print what one thread prints', () => {
  const sample = join(root, 'samples', 'contacts.csv');
  const head = afterLines(readFileSync(sample), 22);

  it.each([
    ['its settings', join(root, 'samples', 'settings.json')],
    ['the defaults', null],
    ['update on phone then email, fail-row', { mode: 'update', matchOn: ['phone', 'email'], policy: 'fail-row' }],
  ])('samples/contacts.csv with %s, in ranges of 1, 40 and 300 bytes, 0, 1 and 20 problems a group', async (_n, settings) => {
    const s = settings === null ? [] : ['--settings', typeof settings === 'string' ? settings : settingsFile(settings)];
    for (const batch of [1, 40, 300]) {
      for (const max of ['0', '1', '20']) {
        const p = await both(sample, [...s, '--max-problems', max], head, batch);
        expect(p.took).toBe(true);
        expectSame(p);
      }
    }
  });

  it('3,000 rows of the benchmark mix (bad cells, repeated emails), matched on email then on phone and email', async () => {
    const path = join(dir, 'bench.csv');
    writeContactsCsv(path, 3000, 11);
    const bytes = readFileSync(path);
    for (const matchOn of [['email'], ['phone', 'email']]) {
      const settings = settingsFile({ ...BENCH_SETTINGS, matchOn });
      for (const [batch, max] of [[2000, '20'], [17_000, '3'], [50_000, '100000']] as const) {
        const p = await both(path, ['--settings', settings, '--max-problems', max], afterLines(bytes, 30), batch);
        expect(p.took).toBe(true);
        expect(p.one.out).toMatch(/duplicate_in_sheet/);
        expectSame(p);
      }
    }
  });

  it('cuts after every line end: multi-byte characters, CRLF, a lone CR, blank lines, a BOM', async () => {
    const rows = ['First Name,Email,Phone,Notes'];
    for (let i = 0; i < 40; i++) {
      const email = i % 7 === 3 ? 'Dup@Example.com' : `p${i}@x.com`;
      rows.push([`José ${i} 😀`, email, i % 5 ? `(415) 555-01${String(i).padStart(2, '0')}` : 'call me', `日本語 €${i}`].map((c) => csvCell(c)).join(','));
      if (i % 9 === 4) rows.push('');
    }
    const text = rows.join('\r\n').replace('\r\np12@', '\rp12@') + '\r\n';
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const path = file(bytes);
    for (let batch = 1; batch <= 60; batch += 3) {
      const p = await both(path, [], afterLines(bytes, 22), batch);
      expect(p.took).toBe(true);
      expectSame(p);
    }
  });

  it('property: generated files, ranges of any size', async () => {
    const cell = fc.oneof(
      fc.constantFrom('', ' ', 'ann@x.com', 'ANN@X.COM', 'bob@x', '(415) 555-0132', '+44 20 7946 0958', '12abc', '2024-02-30', '10/28/1985', 'VIP; Lead'),
      fc.string({ unit: fc.constantFrom('a', 'é', '😀', ',', '"', ' ', ';', '@', '日'), maxLength: 8 }),
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 35, maxLength: 60 }),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 400 }),
        async (data, eol, batch) => {
          const header = ['Name', 'Email', 'Phone', 'Date of Birth', 'Tags', 'Notes'];
          const lines = [header, ...data.map((r, i) => [`N${i}`, ...r])].map((r) => r.map((c) => csvCell(c.replace(/[\r\n]/g, ' '))).join(','));
          const bytes = Buffer.from(lines.join(eol) + eol, 'utf8');
          const path = file(bytes);
          // The header row may be found as low as line 10 (no headerRow in the settings), then 20 sample rows.
          const p = await both(path, [], afterLines(bytes, 32), batch);
          expect(p.took).toBe(true);
          expectSame(p);
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('what one thread must check', () => {
  const rowsWithNotes = (k: number) => {
    const lines = ['Name,Email,Notes'];
    for (let i = 0; i < k; i++) lines.push(`P${i},p${i % 30}@x.com,"line one\nline two, ""quoted""\nline three"`);
    return Buffer.from(lines.join('\n') + '\n', 'utf8');
  };

  it('a cut inside a quoted line break: the file is checked on one thread, with the same report and no note', async () => {
    const bytes = rowsWithNotes(80);
    const path = file(bytes);
    const head = bytes.indexOf('P25,') - 1; // the line end before P25: the head ends there
    let fallbacks = 0;
    for (const batch of [1, 13, 57, 200]) {
      const p = await both(path, [], head, batch);
      if (!p.took) fallbacks++;
      expectSame(p);
    }
    expect(fallbacks).toBeGreaterThan(0);
  });

  it('property: cells with quoted line breaks anywhere, cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.string({ unit: fc.constantFrom('a', '\n', '\r\n', '"', ',', 'é'), maxLength: 10 }), fc.constantFrom('x@y.com', 'bad@', '')), { minLength: 22, maxLength: 50 }),
        fc.integer({ min: 1, max: 300 }),
        async (data, batch) => {
          const bytes = Buffer.from(['Notes,Email', ...data.map(([a, b]) => `${csvCell(a)},${b}`)].join('\n') + '\n', 'utf8');
          const path = file(bytes);
          expectSame(await both(path, [], 64, batch));
        },
      ),
      { numRuns: 12 },
    );
  });

  it('bytes that are not UTF-8 past the head: Windows-1252 all through, as one thread reads it', async () => {
    const lines = ['Name,Email'];
    for (let i = 0; i < 60; i++) lines.push(`José ${i},p${i}@x.com`);
    const bytes = Buffer.concat([Buffer.from(lines.join('\n') + '\n', 'utf8'), Buffer.from('Ren\xe9,rene@x.com\n', 'latin1')]);
    const p = await both(file(bytes), [], afterLines(bytes, 25), 100);
    expect(p.took).toBe(false);
    expect(p.one.out).toMatch(/: 61 rows checked\n/);
    expectSame(p);
  });

  it('a quoted field never closed at the end: the same one-line error, exit 2', async () => {
    const lines = ['Name,Email'];
    for (let i = 0; i < 60; i++) lines.push(`P${i},p${i}@x.com`);
    const bytes = Buffer.from(lines.join('\n') + '\nLast,"open\n', 'utf8');
    const p = await both(file(bytes), [], afterLines(bytes, 25), 100);
    expect(p.one.code).toBe(2);
    expect(p.one.err).toMatch(/Line 62: a quoted field is never closed/);
    expectSame(p);
  });
});

describe('a worker thread that dies', () => {
  const threads = () => readdirSync('/proc/self/task').length;

  it.each([
    ['throws at its first range', "parentPort.on('message', (m) => { if (m.job) throw new Error('boom in the worker'); });"],
    ['exits at its first range', "parentPort.on('message', (m) => { if (m.job) process.exit(3); });"],
    ['fails to load', "throw new Error('cannot load');"],
  ])('%s: the file is checked on one thread, with a note, and no thread is left', async (_n, body) => {
    const entry = file(`'use strict';\nconst { parentPort } = require('node:worker_threads');\n${body}\n`, '.js');
    const bytes = rowsOf(80);
    const path = file(bytes);
    await both(path, [], afterLines(bytes, 25), 200); // warms up the thread pool of the fs calls
    const before = threads();
    const p = await both(path, [], afterLines(bytes, 25), 200, entry);
    expect(p.took).toBe(false);
    expect(p.threads.out).toBe(p.one.out);
    expect(p.threads.code).toBe(p.one.code);
    expect(p.threads.err).toMatch(/^contact-import: note: a checking thread (stopped|exited).*; the file was checked on one thread instead\.\n$/);
    expect(threads()).toBeLessThanOrEqual(before);
  });

  function rowsOf(k: number): Buffer {
    const lines = ['Name,Email,Phone'];
    for (let i = 0; i < k; i++) lines.push(`P${i},p${i % 40}@x.com,(415) 555-01${String(i % 100).padStart(2, '0')}`);
    return Buffer.from(lines.join('\n') + '\n', 'utf8');
  }
});
