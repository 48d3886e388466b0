// The sidebar's state and settings: an empty sheet has no columns, every run summary says where it went, and
// saveSettings refuses URLs the run would refuse.
import { book, exec, HEAD, serverForEachTest } from './helpers';

const { env, api } = serverForEachTest();

describe('an empty sheet', () => {
  it('has no columns (no made-up "Column A"), and a problem that says why', () => {
    const tb = book([HEAD, ['Ann', 'a@x.com', '', '']]);
    tb.uncounted(() => {
      const s = tb.workbook.addSheet('Blank');
      tb.workbook.activeSheetId = s.id;
    });
    const st = exec(tb, () => api.getSidebarState());
    expect(st.sheetName).toBe('Blank');
    expect(st.columns).toEqual([]);
    expect(st.mappingProblems).toEqual(['"Blank" has no header row or data yet: put the contacts under a header row (for example Name, Email, Phone), then reload.']);
  });

  it('a header row without data still has its columns; data without a header row has its columns', () => {
    const tb = book([HEAD]);
    expect(exec(tb, () => api.getSidebarState()).columns.map((c) => c.header)).toEqual(HEAD);
    const tb2 = book([[''], ['Ann']]);
    const st = exec(tb2, () => api.getSidebarState());
    expect(st.columns.map((c) => [c.header, c.sample])).toEqual([['Column A', 'Ann']]);
    expect(st.mappingProblems.join(' ')).not.toMatch(/no header row or data yet/);
  });
});

describe('RunSummaryView.destination', () => {
  it('is filled for a finished run, a resumed run, lastRun and a revert', () => {
    const tb = book([HEAD, ['Ann', 'a@x.com', '', ''], ['Bob', 'b@x.com', '', '']]);
    const p = exec(tb, () => api.startImport());
    expect(p.result!.destination).toBe('Contacts tab');
    expect(exec(tb, () => api.getSidebarState()).lastRun!.destination).toBe('Contacts tab');
    expect(exec(tb, () => api.continueRun(p.runId)).result!.destination).toBe('Contacts tab');
    expect(exec(tb, () => api.revertRun(p.runId)).destination).toBe('Contacts tab');
  });

  it('a run interrupted and resumed in a later execution says where it went', () => {
    const tb = book([HEAD, ...Array.from({ length: 6 }, (_, i) => [`P${i}`, `p${i}@x.com`, '', ''])]);
    env.budgets.chunkRows = 2;
    env.fault = (point, chunk) => {
      if (point === 'after-history' && chunk === 1) throw new Error('simulated time-out');
    };
    expect(() => exec(tb, () => api.startImport())).toThrow(/simulated time-out/);
    env.fault = undefined;
    const st = exec(tb, () => api.getSidebarState());
    expect(st.pendingRun).toMatchObject({ status: 'Processing' });
    const p = exec(tb, () => api.resumeRun())!;
    expect(p.result).toMatchObject({ status: 'Completed', created: 6, destination: 'Contacts tab' });
  });
});

describe('saveSettings refuses URLs that are neither https nor loopback', () => {
  const attempt = (tb: ReturnType<typeof book>, destination: Record<string, unknown>) => {
    try {
      exec(tb, () => api.saveSettings({ destination: { baseUrl: '', locationId: '', url: '', connected: false, tokenLast4: '', ...destination } as never }));
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  };

  it.each([
    [{ type: 'webhook', url: 'http://hooks.example.com/in' }, 'The webhook URL "http://hooks.example.com/in" cannot be used. Use an https:// URL (http:// works only for localhost).'],
    [{ type: 'hubspot', baseUrl: 'http://api.hubapi.com' }, 'The HubSpot base URL "http://api.hubapi.com" cannot be used. Use an https:// URL (http:// works only for localhost).'],
    [{ type: 'highlevel', baseUrl: 'http://10.0.0.5:8080', locationId: 'loc1' }, 'The HighLevel base URL "http://10.0.0.5:8080" cannot be used. Use an https:// URL (http:// works only for localhost).'],
  ])('%j', (destination, message) => {
    const tb = book([HEAD, ['Ann', 'a@x.com', '', '']]);
    expect(attempt(tb, destination)).toBe(message);
    // Nothing was saved.
    expect(exec(tb, () => api.getSidebarState()).settings.destination.type).toBe('contacts');
  });

  it.each([
    { type: 'webhook', url: 'https://hooks.example.com/in' },
    { type: 'webhook', url: 'http://localhost:8080/hook' },
    { type: 'webhook', url: 'http://127.0.0.1:9/hook' },
    { type: 'hubspot', baseUrl: '' },
    { type: 'hubspot', baseUrl: 'http://[::1]:3000' },
    { type: 'highlevel', baseUrl: 'https://services.leadconnectorhq.com', locationId: 'loc1' },
  ])('accepts %j', (destination) => {
    const tb = book([HEAD, ['Ann', 'a@x.com', '', '']]);
    expect(attempt(tb, destination)).toBeNull();
    expect(exec(tb, () => api.getSidebarState()).settings.destination.type).toBe(destination.type);
  });
});
