// Export problem rows decides by the cause History keeps as data (its Code column), not by the Description's words.
import { book, exec, HEAD, testServer, values } from './helpers';
import { runEnv } from '../../src/server/run/env';

const api = () => testServer(runEnv());

function historyRows(tb: ReturnType<typeof book>): unknown[][] {
  return values(tb, 'History');
}

describe('History keeps each line\'s cause as data', () => {
  it('line rows carry the Code column (K), named on the line header row', () => {
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', ''], ['Bob', 'bob@', '', ''], ['Ann', 'ann@x.com', '', '']]);
    exec(tb, () => api().startImport());
    const h = historyRows(tb);
    expect(h[1][10]).toBe('Code');
    const codes = h.slice(3).map((r) => [r[1], r[10]]);
    expect(codes).toEqual([
      [3, 'invalid_email'],
      [4, 'duplicate_in_sheet'],
    ]);
  });

  it('a re-run\'s "already imported" lines are not problem rows, whatever their Description says; failures are', () => {
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', ''], ['Bob', 'bob@', '', '']]);
    exec(tb, () => api().startImport());
    const p = exec(tb, () => api().startImport()); // a re-run: Ann is already imported, Bob still fails
    const h = historyRows(tb);
    const ann = h.findIndex((r) => r[10] === 'already_imported');
    const bob = h.findIndex((r) => r[10] === 'invalid_email');
    expect(ann).toBeGreaterThan(2);
    expect(bob).toBeGreaterThan(2);
    // Someone rewords the Descriptions: the decision does not follow the words.
    tb.uncounted(() => {
      const s = tb.sheetData('History');
      s.values[ann]![8] = 'Line 2: needs a look';
      s.values[bob]![8] = 'Line 3: already imported, they say';
    });
    const out = exec(tb, () => api().exportProblemRows(p.runId));
    expect(out.rows).toBe(1);
    const tab = values(tb, out.sheetName);
    expect(tab.slice(1).map((r) => r[0])).toEqual(['Bob']);
  });
});
