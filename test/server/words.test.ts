// Each interface speaks its own words (src/server/words.ts): the server's messages end with the words of the
// environment they run in (RunEnv.words), the sidebar's by default and the command line's when the CLI runs them.
// Nothing translates a message by its text afterwards (cli/errors.ts translates only the Sheets engine).
import { CLI_WORDS } from '../../cli/words';
import { runEnv, type RunEnv } from '../../src/server/run/env';
import { busyMessage, type RunState } from '../../src/server/run/state';
import { runToEnd } from '../../src/server/runs';
import { ADDON_WORDS } from '../../src/server/words';
import { book, exec, HEAD } from './helpers';

const envs: Array<[string, RunEnv, RegExp]> = [
  ['the add-on', runEnv(), /sidebar|Resume|Open the sheet/],
  ['the command line', runEnv({ words: CLI_WORDS }), /--sheet|settings file|command/],
];

const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe.each(envs)('in %s', (_name, env, own) => {
  const words = env.words!;

  it('no column mapped: how to map one', () => {
    const tb = book([['Foo', 'Bar'], ['x', 'y']]);
    const m = exec(tb, () => message(() => runToEnd(env, 'check')));
    expect(m).toBe(`No column is mapped to a contact field. ${words.mapColumns}`);
    expect(m).toMatch(own);
  });

  it("an add-on tab as the sheet to import: how to pick the sheet", () => {
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', '']]);
    exec(tb, () => runToEnd(env, 'import'));
    tb.uncounted(() => (tb.workbook.activeSheetId = tb.workbook.sheet('History')!.id));
    tb.run(() => PropertiesService.getDocumentProperties().deleteAllProperties()); // no sheet remembered
    const m = exec(tb, () => message(() => runToEnd(env, 'import')));
    expect(m).toBe(`"History" is one of the add-on's tabs. ${words.pickSheet}`);
  });

  it('a run that stopped: how to go on, and the reason once, without doubled periods', () => {
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', ''], ['Bob', 'bob@x.com', '', '']]);
    const crashing: RunEnv = { ...env, fault: () => { throw new Error('Service unavailable.'); } };
    const m = exec(tb, () => message(() => runToEnd(crashing, 'import')));
    expect(m).toMatch(new RegExp(`^The import stopped: Service unavailable \\(error E-[\\w-]+\\)\\. ${words.resumeStopped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(m).not.toMatch(/\.\./);
  });

  it('another run interrupted: what to do about it', () => {
    const state = { kind: 'import', user: 'u@x.com', startedAt: '2025-01-31 14:05:09', heartbeat: 0 } as RunState;
    const m = busyMessage({ ...env, now: () => 10 * 60_000 }, state);
    expect(m).toBe(`An import is already running on this spreadsheet (started by u@x.com at 2025-01-31 14:05:09).${words.resumeStale ? ` ${words.resumeStale}` : ''}`);
  });
});

it("the command line's words never name the sidebar or its buttons", () => {
  for (const w of Object.values(CLI_WORDS)) expect(w).not.toMatch(/sidebar|Resume|Open the|menu/i);
  expect(Object.keys(CLI_WORDS).sort()).toEqual(Object.keys(ADDON_WORDS).sort());
});
