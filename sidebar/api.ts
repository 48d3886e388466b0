// A typed promise wrapper over google.script.run, keyed on the server API (src/shared/api.ts).
// A rename on the server breaks this type check; an error on the server becomes a readable message.
import type { ServerApi } from '../src/shared/api';

/** The minimal shape of google.script.run that the sidebar uses (declared here: no GAS types in the sidebar). */
export interface ScriptRunner {
  withSuccessHandler(fn: (value: unknown, userObject?: unknown) => void): ScriptRunner;
  withFailureHandler(fn: (error: unknown, userObject?: unknown) => void): ScriptRunner;
  withUserObject(obj: unknown): ScriptRunner;
  [fn: string]: unknown;
}

declare global {
   
  var google:
    | {
        script: {
          run: ScriptRunner;
          host?: { close(): void; editor?: { focus(): void } };
        };
      }
    | undefined;
}

/** Known Apps Script messages, said in words a user can act on. */
const KNOWN: Array<[RegExp, string]> = [
  [/exceeded maximum execution time/i, 'The run took longer than Apps Script allows. Click Resume to continue where it stopped.'],
  [/service invoked too many times/i, "Google's daily quota for this service is used up. Try again tomorrow or resume later."],
  [/authorization is required/i, 'Contact Import needs your permission again. Close the sidebar, reopen it from the menu and allow access.'],
  [/you do not have permission/i, "You don't have permission to do that in this spreadsheet. Ask its owner for edit access."],
  [/lock timeout|could not obtain lock/i, 'Another run is using this spreadsheet. Wait for it to finish, then try again.'],
];

const CONNECTION_LOST = 'The connection to Google was lost. Check your network and try again.';

/**
 * google.script.run's own transport failure: the call never reached the server, or its answer never came back
 * ("NetworkError: Connection failure due to HTTP 0", a bare "Failed to fetch"). Only the whole message counts:
 * a server message that merely mentions a network ("The import stopped: HubSpot could not be reached (network
 * error) — resume the run") is the server's own sentence and is shown as it is.
 */
function isTransportFailure(err: unknown, raw: string): boolean {
  if (err && typeof err === 'object' && (err as { name?: unknown }).name === 'NetworkError') return true;
  const text = raw.trim().replace(/^(?:Uncaught\s+)?(?:TypeError:\s*)?/, '');
  return /^NetworkError\b/.test(text) || /^(?:Failed to fetch|NetworkError when attempting to fetch resource|Load failed)\.?$/i.test(text);
}

/** Turns whatever google.script.run reports into one readable sentence: no "Error:" prefix, no stack. */
export function readableError(err: unknown): string {
  let text = '';
  if (err && typeof err === 'object' && 'message' in err) text = String((err).message);
  else if (typeof err === 'string') text = err;
  else if (err != null) text = String(err);
  if (isTransportFailure(err, text)) return CONNECTION_LOST;
  // Drop stack lines ("    at fn (file:1:2)") and anything after a blank line.
  text = text
    .split('\n')
    .filter((line) => !/^\s*at\s/.test(line) && !/^\s*\(?[\w./-]+:\d+(:\d+)?\)?\s*$/.test(line))
    .join('\n')
    .trim();
  // Strip the type prefixes Apps Script and V8 put in front ("Exception: ", "Error: ", "ScriptError: ").
  for (let i = 0; i < 3; i++) {
    const stripped = text.replace(/^(?:Uncaught\s+)?(?:[A-Za-z]*Error|Exception|ScriptError)\s*:\s*/, '');
    if (stripped === text) break;
    text = stripped;
  }
  for (const [re, words] of KNOWN) if (re.test(text)) return words;
  if (!text) return 'Something went wrong on the server. Try again.';
  return text;
}

export class ServerError extends Error {
  override readonly name = 'ServerError';
}

/** Calls a server function by name, typed on ServerApi. Rejects with a ServerError whose message is readable. */
export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const g = globalThis.google;
    if (!g || !g.script || !g.script.run) {
      reject(new ServerError('This page is not running inside Google Sheets (google.script.run is missing).'));
      return;
    }
    const runner = g.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(new ServerError(readableError(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new ServerError(`The server has no function "${String(name)}". Update the add-on.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

/**
 * Drives a chunked run: the first call starts it, then continueRun(runId) until it is no longer Processing, or its
 * destination stopped it (`stopped`: it waits for the user's Resume). Each step reports its progress, so the bar
 * moves while chunks run.
 */
export async function driveRun(
  first: Promise<import('../src/shared/api').RunProgress>,
  onProgress: (p: import('../src/shared/api').RunProgress) => void,
): Promise<import('../src/shared/api').RunProgress> {
  let p = await first;
  onProgress(p);
  let guard = 0;
  while (p.status === 'Processing' && !p.stopped) {
    if (++guard > 10000) throw new ServerError('The run did not finish. Reload the sidebar and resume it.');
    p = await call('continueRun', p.runId);
    onProgress(p);
  }
  return p;
}
