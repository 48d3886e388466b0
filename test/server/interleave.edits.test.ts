// An edit during a long run is never imported stale without a word (src/server/editlog.ts, src/server/run/edited.ts):
// the add-on's executions interleaved by the modelled clock (testbed/concurrent.ts), the bundle as Apps Script holds it.
// The sheet is 40 columns wide, so a run reads its rows 2,500 at a time (100,000 cells) in chunks of 1,000.
import { appsScriptBundle, createTestbed, workbookFromRows, type ExecutionOutcome, type InputCell } from '../../testbed';
import type { RunProgress } from '../../src/shared/api';

// Each test runs dozens of executions, each a worker thread evaluating the bundle: seconds of real time, more on a
// loaded machine (the modelled clock, not this timeout, decides what the add-on does).
jest.setTimeout(120_000);

const WIDTH = 40;
const EDITED = /^Edited during the import: imported with the value before your edit \(created C-[^)]+\) — run Import again to send it$/;

/** n people (lines 2..n+1); the lines in `bad` have an invalid email. */
function people(n: number, bad: number[] = []): InputCell[][] {
  const filler = Array.from({ length: WIDTH - 4 }, (_, i) => `Extra ${i + 1}`);
  const rows: InputCell[][] = [['Name', 'Email', 'Phone', 'City', ...filler]];
  for (let i = 0; i < n; i++) rows.push([`P${i}`, bad.includes(i + 2) ? `bad${i + 2}@` : `p${i}@example.com`, '', 'Springfield', ...filler.map(() => '')]);
  return rows;
}

function world(n: number, bad: number[] = []) {
  const tb = createTestbed({ user: 'ann@example.com', workbook: workbookFromRows({ People: people(n, bad) }) });
  tb.uncounted(() => (tb.workbook.activeSheetId = tb.sheetData('People').id));
  return tb;
}

/** The sidebar's loop: while the run is Processing, call continueRun (a new google.script.run execution). */
const sidebar = (o: ExecutionOutcome) => {
  const p = o.value as RunProgress | undefined;
  return p && p.status === 'Processing' ? { entry: 'continueRun', args: [p.runId] } : null;
};

type World = ReturnType<typeof world>;
/** The People row of a line (1-based sheet row): its City and its status. */
const city = (tb: World, line: number) => tb.sheetData('People').cell(line - 1, 3);
const status = (tb: World, line: number) => String(tb.sheetData('People').cell(line - 1, WIDTH));
/** Contacts by their source line: the City each holds. */
function contactsCity(tb: World): Map<number, unknown> {
  const s = tb.sheetData('Contacts');
  const head = (s.values[0] ?? []).map(String);
  const line = head.indexOf('Source line');
  const c = head.indexOf('City');
  const m = new Map<number, unknown>();
  for (let r = 1; r < s.lastRow(); r++) m.set(Number(s.cell(r, line)), s.cell(r, c));
  return m;
}
/** The History summary rows (a run's first row: its Run ID), by Run ID: their Message. */
function historyMessages(tb: World): string[] {
  const h = tb.sheetData('History');
  const head = (h.values[0] ?? []).map(String);
  const msg = head.indexOf('Message');
  const out: string[] = [];
  for (let r = 0; r < h.lastRow(); r++) if (/^R-/.test(String(h.cell(r, 0)))) out.push(String(h.cell(r, msg)));
  return out;
}
/** The edit record's keys left in the document's properties. */
const editKeys = (tb: World) => Object.keys(tb.properties.document.toObject()).filter((k) => k.startsWith('ci.edit.'));

/** Runs `entry` (and the sidebar's loop when it is a sidebar call) to its end; `at(cursor, edit)` fires edits when the run saves its cursor. */
async function runWithEdits(tb: World, entry: string, at: (cursor: number, edit: (a1: string, text: string) => void, execSeq: number) => void) {
  const { code } = appsScriptBundle();
  const sim = tb.concurrently({ script: code });
  const sidebarCall = entry === 'startImport' || entry === 'startCheck';
  const run = sim.start(entry, [], sidebarCall ? { kind: 'scriptRun', then: sidebar } : { kind: 'run' });
  const runs = new Set<number>();
  sim.onCall((c) => {
    if (c.label !== 'Properties.setProperty' || c.args[0] !== 'ci.run' || c.execution.entry === 'onEdit') return;
    runs.add(c.execution.seq);
    const cursor = JSON.parse(String(c.args[1])).cursor as number;
    at(cursor, (a1, text) => void sim.edit(a1, text, { user: 'bo@example.com' }), runs.size);
  });
  await sim.run();
  const done = await run.done;
  expect(done.error).toBeUndefined();
  // Every execution ended well (its logs say why when one did not).
  for (const e of sim.executions) expect({ entry: e.entry, error: (await e.done).error, logs: (await e.done).error ? tb.logs : [] }).toEqual({ entry: e.entry, error: undefined, logs: [] });
  return sim;
}

describe('an edit during a long menu import', () => {
  it('rows edited before, inside and after the window being worked on: none imported stale silently; a re-run sends them', async () => {
    const n = 6000;
    const tb = world(n);
    let fired = false;
    await runWithEdits(tb, 'menuImport', (cursor, edit) => {
      // After the first chunk (lines 2-1001; the run has read lines 2-2501): a processed row (500), a row read and
      // processed before the run next looks (1500), a row read but not processed when it looks (2300), a row not
      // read yet (4000).
      if (cursor !== 1002 || fired) return;
      fired = true;
      for (const line of [500, 1500, 2300, 4000]) edit(`People!D${line}`, `Shelbyville ${line}`);
    });
    for (const line of [500, 1500, 2300, 4000]) expect(city(tb, line)).toBe(`Shelbyville ${line}`);
    let got = contactsCity(tb);
    expect(got.size).toBe(n);
    // Read again before it was processed, or read after the edit: imported with the new value.
    expect(got.get(2300)).toBe('Shelbyville 2300');
    expect(got.get(4000)).toBe('Shelbyville 4000');
    expect(status(tb, 2300)).toMatch(/^Imported \(created C-/);
    expect(status(tb, 4000)).toMatch(/^Imported \(created C-/);
    // Processed with the value before the edit: the status says so, and so does History.
    expect(got.get(500)).toBe('Springfield');
    expect(got.get(1500)).toBe('Springfield');
    expect(status(tb, 500)).toMatch(EDITED);
    expect(status(tb, 1500)).toMatch(EDITED);
    const others = Array.from({ length: n }, (_, i) => i + 2).filter((l) => l !== 500 && l !== 1500);
    expect(others.filter((l) => !/^Imported \(created C-/.test(status(tb, l)))).toEqual([]);
    expect(historyMessages(tb)).toEqual([
      '2 rows were edited during the import after it read them (lines 500, 1500): imported with the values before the edits, as their status says. Run Import again to send the new values.',
    ]);
    expect(editKeys(tb)).toEqual([]);
    // Import again: the two rows' fingerprints changed, so they are updated with the new values; nothing else moves.
    await runWithEdits(tb, 'menuImport', () => undefined);
    got = contactsCity(tb);
    expect(got.size).toBe(n);
    expect(got.get(500)).toBe('Shelbyville 500');
    expect(got.get(1500)).toBe('Shelbyville 1500');
    expect(status(tb, 500)).toMatch(/^Imported \(updated C-\S+, matched on /);
    expect(status(tb, 1500)).toMatch(/^Imported \(updated C-\S+, matched on /);
    expect(status(tb, 2300)).toBe('Already imported (unchanged)');
    expect(historyMessages(tb).filter((m) => m === '')).toHaveLength(1);
  });
});

describe('an edit during a sidebar (sliced) import', () => {
  it('every edited row is imported with its new value or says it was not', async () => {
    const n = 6000;
    const tb = world(n);
    const lines = new Set<number>();
    const fired = new Set<number>();
    await runWithEdits(tb, 'startImport', (cursor, edit, execution) => {
      // In the first execution after its first chunk; in the second after its first save: processed rows, rows read
      // by this execution, rows not read yet.
      const plan: Record<number, number[]> = { 1: [500, 1500, 2300, 5500], 2: [800, cursor + 300, 5800] };
      if (fired.has(execution) || !plan[execution] || (execution === 1 && cursor !== 1002)) return;
      fired.add(execution);
      for (const line of plan[execution]) {
        lines.add(line);
        edit(`People!D${line}`, `Shelbyville ${line}`);
      }
    });
    expect(fired).toEqual(new Set([1, 2]));
    const got = contactsCity(tb);
    expect(got.size).toBe(n);
    const stale: number[] = [];
    for (const line of lines) {
      expect(city(tb, line)).toBe(`Shelbyville ${line}`);
      if (got.get(line) === `Shelbyville ${line}`) expect(status(tb, line)).toMatch(/^Imported \(created C-/);
      else {
        expect(got.get(line)).toBe('Springfield');
        expect(status(tb, line)).toMatch(EDITED);
        stale.push(line);
      }
    }
    // The rows processed before their edit, at least; the rows not read yet are imported with the new value.
    expect(stale).toEqual(expect.arrayContaining([500, 800]));
    expect(got.get(5500)).toBe('Shelbyville 5500');
    const rows = Array.from({ length: n }, (_, i) => i + 2);
    expect(rows.filter((l) => EDITED.test(status(tb, l)))).toEqual(stale.sort((a, b) => a - b));
    const one = stale.length === 1;
    expect(historyMessages(tb)).toEqual([
      `${stale.length} row${one ? ' was' : 's were'} edited during the import after it read ${one ? 'it' : 'them'} (line${one ? '' : 's'} ${stale.join(', ')}): imported with the value${one ? '' : 's'} before the edit${one ? '' : 's'}, as ${one ? 'its' : 'their'} status says. Run Import again to send the new value${one ? '' : 's'}.`,
    ]);
    expect(editKeys(tb)).toEqual([]);
  });
});

describe('many edits during a run overflow the record', () => {
  it('past the cap the record says "every row from N": only the rows really edited are marked, nothing is lost', async () => {
    const n = 6000;
    const tb = world(n);
    const processed = Array.from({ length: 30 }, (_, i) => 100 + i * 7);
    const unread = Array.from({ length: 40 }, (_, i) => 4100 + i * 3);
    let fired = false;
    const alive = new Set<string>();
    const written: string[] = [];
    let most = 0;
    const { code } = appsScriptBundle();
    const sim = tb.concurrently({ script: code });
    const imp = sim.start('menuImport', [], { kind: 'run' });
    sim.onCall((c) => {
      const key = String(c.args[0] ?? '');
      if (key.startsWith('ci.edit.') && c.label === 'Properties.setProperty') {
        alive.add(key);
        written.push(String(c.args[1]));
      }
      if (key.startsWith('ci.edit.') && c.label === 'Properties.deleteProperty') alive.delete(key);
      most = Math.max(most, alive.size);
      if (c.execution !== imp || c.label !== 'Properties.setProperty' || c.args[0] !== 'ci.run' || fired) return;
      if ((JSON.parse(String(c.args[1])).cursor as number) !== 1002) return;
      fired = true;
      // One edit every 100 ms (a person, or a script's writes one by one): 70 of them.
      // Bottom up, so no entry covers the next edit.
      [...processed, ...unread].reverse().forEach((line, i) => void sim.edit(`People!D${line}`, `Shelbyville ${line}`, { at: c.at + i * 100, user: 'bo@example.com' }));
    });
    await sim.run();
    expect((await imp.done).error).toBeUndefined();
    for (const e of sim.executions) expect((await e.done).error).toBeUndefined();
    expect(fired).toBe(true);
    // The record stayed bounded: 20 ranges, then "from" entries up to 40, then one for every row, give or take the
    // onEdits in flight at once (each counts the entries before it writes its own): 70 without the cap.
    expect(most).toBeGreaterThan(20);
    expect(most).toBeLessThanOrEqual(50);
    // Ranges first ("100-100"), then "from" entries ("4100-"), then every row of the run ("2-").
    expect(written[0]).toBe(`${unread[unread.length - 1]}-${unread[unread.length - 1]}`);
    expect(written.filter((v) => /^\d+-$/.test(v)).length).toBeGreaterThan(0);
    expect(written).toContain('2-');
    expect(editKeys(tb)).toEqual([]);
    const got = contactsCity(tb);
    expect(got.size).toBe(n);
    for (const line of unread) {
      expect(got.get(line)).toBe(`Shelbyville ${line}`);
      expect(status(tb, line)).toMatch(/^Imported \(created C-/);
    }
    for (const line of processed) {
      expect(got.get(line)).toBe('Springfield');
      expect(status(tb, line)).toMatch(EDITED);
    }
    const rows = Array.from({ length: n }, (_, i) => i + 2);
    expect(rows.filter((l) => EDITED.test(status(tb, l)))).toEqual(processed);
    expect(historyMessages(tb)).toEqual([
      `30 rows were edited during the import after it read them (lines ${processed.slice(0, 20).join(', ')}, …): imported with the values before the edits, as their status says. Run Import again to send the new values.`,
    ]);
  });
});

describe('an edit during a long menu Check', () => {
  it('leaves no stale mark or status: rows it passed are re-checked, rows it read are read again', async () => {
    // A menu check's chunk is 5 x the budgets' chunkRows (5,000 rows): the edits come once its first chunk (lines
    // 2-5001) is saved, with two chunks still ahead.
    const chunk = 5000;
    const n = 12_000;
    const tb = world(n, [5, 7003]);
    let fired = false;
    await runWithEdits(tb, 'menuCheckSheet', (cursor, edit) => {
      if (cursor !== chunk + 2 || fired) return;
      fired = true;
      // A flagged row it passed is fixed, a fine row it passed is broken, a flagged row it has read but not reached is
      // fixed, a fine row further on is broken.
      edit('People!B5', 'fixed5@example.com');
      edit('People!B700', 'broken700@');
      edit('People!B7003', 'fixed7003@example.com');
      edit('People!B10500', 'broken10500@');
    });
    expect(fired).toBe(true);
    const s = tb.sheetData('People');
    const note = (line: number) => String(s.notes[line - 1]?.[1] ?? '');
    for (const line of [5, 7003]) {
      expect(status(tb, line)).toBe('Ready to create');
      expect(note(line)).toBe('');
      expect(s.backgrounds[line - 1]?.[1] ?? '#ffffff').toBe('#ffffff');
    }
    for (const line of [700, 10_500]) {
      expect(status(tb, line)).toMatch(/^Error: Invalid email/);
      expect(note(line)).toMatch(/Invalid email/);
    }
    const flagged = Array.from({ length: n }, (_, i) => i + 2).filter((l) => note(l) !== '');
    expect(flagged).toEqual([700, 10_500]);
    expect(editKeys(tb)).toEqual([]);
  });
});

describe('edits at two moments of a sidebar Check over 14,000 rows (six windows)', () => {
  it('leave no stale mark or status: rows passed are re-checked, rows read are read again, rows ahead are read fresh', async () => {
    const n = 14_000;
    const tb = world(n, [5, 2003, 9500, 12_000]);
    const fired = new Set<number>();
    await runWithEdits(tb, 'startCheck', (cursor, edit) => {
      if (fired.has(cursor) || (cursor !== 1002 && cursor !== 9002)) return;
      fired.add(cursor);
      if (cursor === 1002) {
        edit('People!B5', 'fixed5@example.com');
        edit('People!B700', 'broken700@');
        edit('People!B2003', 'fixed2003@example.com');
        edit('People!B4500', 'broken4500@');
      } else {
        edit('People!B800', 'broken800@');
        edit('People!B9500', 'fixed9500@example.com');
        edit('People!B9600', 'broken9600@');
        edit('People!B12000', 'fixed12000@example.com');
      }
    });
    expect(fired).toEqual(new Set([1002, 9002]));
    const s = tb.sheetData('People');
    const note = (line: number) => String(s.notes[line - 1]?.[1] ?? '');
    for (const line of [5, 2003, 9500, 12_000]) {
      expect(status(tb, line)).toBe('Ready to create');
      expect(note(line)).toBe('');
    }
    const broken = [700, 800, 4500, 9600];
    for (const line of broken) {
      expect(status(tb, line)).toMatch(/^Error: Invalid email/);
      expect(note(line)).toMatch(/Invalid email/);
    }
    const flagged = Array.from({ length: n }, (_, i) => i + 2).filter((l) => note(l) !== '');
    expect(flagged).toEqual(broken);
    expect(editKeys(tb)).toEqual([]);
  });
});
