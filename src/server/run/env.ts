// The run's environment, injected: its clock, its time budgets, the CRM driver and token, the test hooks and the
// outcome callback. The Apps Script entry points (src/Code.ts) use appsScriptEnv(); tests, the CLI, the playground
// and the benchmarks build their own with runEnv(). Every time budget and the stale-run rule read env.now(), never
// Date.now(), so a modelled clock can be plugged in.
import type { DriverIO } from '../../crm/session';
import type { LineOutcome } from '../../engine/history';
import { OPEN_URL_POLICY, type UrlPolicy } from '../../shared/url';
import { addonUrlPolicy } from '../allowlist';
import { ADDON_WORDS, type InterfaceWords } from '../words';

export interface RunBudgets {
  /** Rows per chunk: a chunk is validated, planned, written and saved as one step. */
  chunkRows: number;
  /** A sidebar call works this long (ms), so the progress bar moves. */
  sliceMs: number;
  /** A menu run works this long (ms, well inside Apps Script's 6 minutes), then says how to resume. */
  menuMs: number;
  /** A run whose last chunk is older than this (ms) is considered interrupted. */
  staleMs: number;
}

/** Named points of a chunk where a test can simulate a crash (throw). */
export type FaultPoint = 'after-destination' | 'after-history';

export interface RunEnv {
  /** The clock (epoch ms) of every time budget, deadline, heartbeat and the stale-run rule. */
  now(): number;
  budgets: RunBudgets;
  /**
   * The CRM destination's driver and token from outside Apps Script (the CLI, tests). Absent: UrlFetchApp, and the
   * token stored in the user's UserProperties.
   */
  crm?: { token?: string; io?: DriverIO };
  /** Test hook: called at named points of a chunk; throwing there simulates a crash. */
  fault?: (point: FaultPoint, chunk: number) => void;
  /** Receives every row's final outcome (the CLI; a replayed chunk reports its rows again: key by line). */
  onOutcome?: (o: LineOutcome) => void;
  /**
   * Where CRM and webhook URLs may go (src/shared/url.ts), checked when settings are saved and when an import starts.
   * Apps Script: the built allowlist, no loopback (src/server/allowlist.ts). runEnv(): any https host and loopback.
   */
  urls?: UrlPolicy;
  /** The words of the interface the messages reach (src/server/words.ts); absent, the add-on's. */
  words?: InterfaceWords;
}

/** The interface's words of an environment. */
export function wordsOf(env: Pick<RunEnv, 'words'> | undefined): InterfaceWords {
  return env?.words ?? ADDON_WORDS;
}

/** The URL policy of an environment (absent: the add-on's, the strictest). */
export function urlPolicyOf(env: Pick<RunEnv, 'urls'> | undefined): UrlPolicy {
  return env?.urls ?? addonUrlPolicy();
}

/** Today's budgets in Apps Script. */
export const APPS_SCRIPT_BUDGETS: Readonly<RunBudgets> = Object.freeze({
  chunkRows: 1000,
  sliceMs: 25_000,
  menuMs: 240_000,
  staleMs: 6.5 * 60_000,
});

/** The environment of the Apps Script entry points: Date.now, today's budgets, the built URL allowlist, the add-on's words. */
export function appsScriptEnv(): RunEnv {
  return { now: () => Date.now(), budgets: { ...APPS_SCRIPT_BUDGETS }, urls: addonUrlPolicy(), words: ADDON_WORDS };
}

/**
 * An environment with some parts replaced (tests, the CLI, the playground, the benchmarks); the rest as in Apps Script,
 * but for URLs: any https host, and http to loopback (the local test CRM), unless `urls` says otherwise.
 */
export function runEnv(over: Partial<Omit<RunEnv, 'budgets'>> & { budgets?: Partial<RunBudgets> } = {}): RunEnv {
  const base = appsScriptEnv();
  return { ...base, urls: OPEN_URL_POLICY, ...over, budgets: { ...base.budgets, ...over.budgets } };
}
