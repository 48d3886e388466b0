// What the user sees when something fails: a UserError's message as it is; anything else is logged with its stack
// and replaced by a short message with an id to quote.
import { toUserError, UserError, userFacing } from '../../src/server/errors';
import { book, exec, HEAD, testServer } from './helpers';
import { runEnv } from '../../src/server/run/env';

describe('toUserError', () => {
  let logged: unknown[][];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    logged = [];
    spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
  });
  afterEach(() => spy.mockRestore());

  it('passes a UserError through, without its stack and without logging it', () => {
    const e = new UserError('Give the template a name.');
    const out = toUserError(e);
    expect(out).toBe(e);
    expect(out.message).toBe('Give the template a name.');
    expect(out.stack).toBeUndefined();
    expect(logged).toEqual([]);
  });

  it('logs anything else with its stack, and gives the user a short message with the id that is in the log', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'getRange')");
    const out = toUserError(bug);
    expect(out).toBeInstanceOf(UserError);
    const id = /\(error (E-[0-9A-Z]+-[0-9A-Z]+)\)/.exec(out.message)?.[1];
    expect(id).toBeDefined();
    expect(out.message).not.toMatch(/getRange|TypeError|at /);
    expect(logged).toHaveLength(1);
    const line = String(logged[0][0]);
    expect(line).toContain(id!);
    expect(line).toContain(bug.stack!.split('\n')[1].trim()); // the stack, not only the message
    // Each failure has its own id.
    expect(toUserError(new Error('x')).message).not.toContain(id!);
  });

  it('a thrown string is logged and replaced too', () => {
    expect(toUserError('boom').message).toMatch(/^Something went wrong \(error E-/);
    expect(String(logged[0][0])).toContain('boom');
  });

  it('userFacing returns the value, or throws what toUserError makes', () => {
    expect(userFacing(() => 42)).toBe(42);
    expect(() => userFacing(() => { throw new UserError('Open the sheet first.'); })).toThrow(/^Open the sheet first\.$/);
    expect(() => userFacing(() => { throw new RangeError('Maximum call stack size exceeded'); })).toThrow(/^Something went wrong \(error E-/);
  });

  it('a server function that hits a bug says so without the bug\'s text; the sidebar still gets its own messages', () => {
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', '']]);
    const api = testServer(runEnv());
    expect(() => exec(tb, () => api.saveTemplate(''))).toThrow(/^Give the template a name\.$/);
    tb.uncounted(() => {
      (tb.globals.SpreadsheetApp as unknown as { getActiveSpreadsheet: () => unknown }).getActiveSpreadsheet = () => {
        throw new TypeError('spreadsheet is not defined');
      };
    });
    expect(() => exec(tb, () => api.getSidebarState())).toThrow(/^Something went wrong \(error E-[0-9A-Z]+-[0-9A-Z]+\)/);
    // Logged in Apps Script's console (the test bed records it), with the error's text and stack.
    const log = tb.logs.filter((l) => l.source === 'console' && l.level === 'error').map((l) => l.message).join('\n');
    expect(log).toMatch(/Contact Import error E-[0-9A-Z]+-[0-9A-Z]+: TypeError: spreadsheet is not defined\n\s+at /);
  });
});
