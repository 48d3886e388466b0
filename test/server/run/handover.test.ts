// A run's start and its first slice in one execution: the slice works from the source the start opened (the sheet's
// size and header are read once), and a later execution opens it again.
import { book, exec, HEAD, serverForEachTest } from '../helpers';

const { env, api } = serverForEachTest();

const rows = [HEAD, ['Ann', 'ann@x.com', '+14155550100', 'Paris'], ['Bob', 'bob@', '', 'Rome'], ['Di', 'di@x.com', '', 'Lima']];

describe('the source a run starts with', () => {
  it('is opened once in the execution that starts the run, and again by a later execution', () => {
    const tb = book(rows);
    env.budgets.chunkRows = 1;
    env.budgets.sliceMs = 0; // one chunk a slice: the check goes on in later executions
    const first = tb.model.measure(() => exec(tb, () => api.startCheck()));
    expect(first.result.status).toBe('Processing');
    // Once by the start (its size, from its data range, then its header row), none more by the first slice.
    expect(first.byMethod['Sheet.getDataRange']).toEqual(expect.objectContaining({ calls: 1 }));
    expect(first.byMethod['Sheet.getLastRow']).toBeUndefined();
    expect(first.byMethod['Sheet.getLastColumn']).toBeUndefined();
    const next = tb.model.measure(() => exec(tb, () => api.continueRun(first.result.runId)));
    expect(next.result.done).toBe(2);
    expect(next.byMethod['Sheet.getDataRange']).toEqual(expect.objectContaining({ calls: 1 }));
    let p = next.result;
    while (p.status === 'Processing') p = exec(tb, () => api.continueRun(p.runId));
    expect(p).toMatchObject({ status: 'Completed', check: { total: 3, errors: 1 } });
  });
});
