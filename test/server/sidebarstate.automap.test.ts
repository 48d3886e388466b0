// getSidebarState auto-maps once: the suggestions are made once and are the mapping when none is saved (the
// validator is given it, so it does not auto-map again, and the columns' fields are the validator's).
const calls = { suggestMapping: 0, autoMapping: 0, applyMapping: 0 };
jest.mock('../../src/engine/automap', () => {
  const actual = jest.requireActual('../../src/engine/automap');
  const counted = (name: keyof typeof calls) => (...args: unknown[]) => {
    calls[name]++;
    return actual[name](...args);
  };
  return { ...actual, suggestMapping: counted('suggestMapping'), autoMapping: counted('autoMapping'), applyMapping: counted('applyMapping') };
});

// Required after jest.mock (this transform does not hoist it), so they see the counted module.
const { book, exec, HEAD, testServer } = require('./helpers') as typeof import('./helpers');
const { runEnv } = require('../../src/server/run/env') as typeof import('../../src/server/run/env');
const api = testServer(runEnv());
const { autoMapping } = jest.requireActual<typeof import('../../src/engine/automap')>('../../src/engine/automap');

const reset = () => Object.keys(calls).forEach((k) => (calls[k as keyof typeof calls] = 0));

describe('getSidebarState', () => {
  it('auto-maps once when no mapping is saved, with the same columns as the auto mapping', () => {
    const tb = book([[...HEAD, 'Notes'], ['Ann', 'ann@x.com', '+1 415 555 0100', 'Paris', 'hi']]);
    reset();
    const st = exec(tb, () => api.getSidebarState());
    expect(calls).toEqual({ suggestMapping: 1, autoMapping: 0, applyMapping: 1 });
    const auto = autoMapping([...HEAD, 'Notes'], { sampleRows: [['Ann', 'ann@x.com', '+1 415 555 0100', 'Paris', 'hi']] });
    expect(st.columns.map((c) => [c.header, c.field])).toEqual(Object.entries(auto));
    expect(st.columns.map((c) => c.field)).toEqual(st.columns.map((c) => c.suggested));
  });

  it('with a saved mapping, suggests once and maps as saved', () => {
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', 'Paris']]);
    exec(tb, () => api.saveMapping({ Name: 'name', Email: 'email', Phone: null, City: null }));
    reset();
    const st = exec(tb, () => api.getSidebarState());
    expect(calls).toEqual({ suggestMapping: 1, autoMapping: 0, applyMapping: 1 });
    expect(st.mappingSaved).toBe(true);
    expect(st.columns.map((c) => c.field)).toEqual(['name', 'email', null, null]);
    expect(st.columns[3].suggested).toBe('city');
  });

  it('saveTemplate builds the state once and opens the sheet once', () => {
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', 'Paris']]);
    reset();
    // A sheet is opened by reading its extent (openSource: its data range, one call).
    const before = tb.counter.get('Sheet.getDataRange');
    const st = exec(tb, () => api.saveTemplate('Mine'));
    expect(calls.suggestMapping).toBe(1);
    expect(tb.counter.get('Sheet.getDataRange') - before).toBe(1);
    expect(st.templates).toContain('Mine');
    expect(st).toEqual(exec(tb, () => api.getSidebarState()));
  });
});
