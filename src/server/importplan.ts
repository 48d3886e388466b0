// "Review import": what an import would do now, from a check's counts (reused while it stands, else run).
import type { Settings } from '../engine/types';
import { destinationName, requestsFor } from '../crm/registry';
import type { CheckSummaryView, ImportPlanView, RunProgress } from '../shared/api';
import type { RunEnv } from './run/env';
import { checkBasis, runSettings, startRun } from './run/start';
import { loadRun } from './run/state';
import { workRun } from './run/work';
import type { openSource } from './source';
import { activeDataSheet } from './sourcesheet';
import { load } from './store';
import { UserError } from './errors';

/**
 * What an import would do now, from a check's counts. A finished check of the same sheet whose basis still holds
 * (nothing edited, imported or changed in the settings since: checkBasis) is reused; otherwise a check is started,
 * or the one in progress continued, within one sidebar slice. When it does not finish, the view carries its
 * progress (`check`) and zero counts: the sidebar drives it with continueRun, then asks again.
 */
export function planImport(env: RunEnv): ImportPlanView {
  {
    const sheet = activeDataSheet();
    const { settings, src } = runSettings(sheet);
    const destination = destinationName(settings.destination.type);
    const fresh = freshCheck(sheet.getSheetId(), src, settings);
    if (fresh) return planView(fresh, destination, settings);
    const pending = loadRun();
    let p: RunProgress;
    if (pending && pending.status === 'Processing' && pending.kind === 'check' && pending.sheetId === sheet.getSheetId()) {
      p = workRun(env, pending, env.budgets.sliceMs);
    } else p = workRun(env, startRun(env, 'check', sheet), env.budgets.sliceMs);
    if (p.status === 'Completed' && p.check) return planView(p.check, destination, settings);
    if (p.status === 'Processing') return { ...planView(null, destination, settings), check: p };
    throw new UserError(p.message || 'The check could not finish. Check the sheet again, then review the import.');
  }
}

/** The last check's counts when it finished on this sheet and still stands (see planImport). */
function freshCheck(sheetId: number, src: ReturnType<typeof openSource>, settings: Settings): CheckSummaryView | null {
  const lc = load('lastCheck');
  if (!lc || lc.sheetId !== sheetId || lc.status !== 'Completed' || !lc.basis) return null;
  const run = loadRun();
  if (run && run.status === 'Processing') return null;
  return lc.basis === checkBasis(sheetId, src, settings) ? lc.check : null;
}

/**
 * Apps Script's daily UrlFetch quota (calls a day per user): a consumer account's, and a Google Workspace account's.
 * https://developers.google.com/apps-script/guides/services/quotas
 */
export const URLFETCH_DAILY = { consumer: 20_000, workspace: 100_000 } as const;

/**
 * The quota note for an import of `requests` requests, or undefined when it takes under a tenth of a consumer
 * account's day: past that, the user is told before starting, and past the whole day, that it will stop and resume.
 */
export function quotaNote(requests: number, destination: string): string | undefined {
  if (requests < URLFETCH_DAILY.consumer / 10) return undefined;
  const n = requests.toLocaleString('en-US');
  const day = URLFETCH_DAILY.consumer.toLocaleString('en-US');
  const ws = URLFETCH_DAILY.workspace.toLocaleString('en-US');
  if (requests > URLFETCH_DAILY.consumer) {
    return `This import makes about ${n} requests to ${destination}, more than the ${day} a day Google allows a personal account (${ws} for Google Workspace). On a personal account it stops when the day's requests are spent; resume it the next day: nothing is lost or sent twice.`;
  }
  return `This import makes about ${n} requests to ${destination}: ${Math.round((requests / URLFETCH_DAILY.consumer) * 100)}% of the ${day} a day Google allows a personal account (${ws} for Google Workspace), shared with every add-on and script you run today.`;
}

function planView(c: CheckSummaryView | null, destination: string, settings: Settings): ImportPlanView {
  if (!c) return { create: 0, update: 0, skip: 0, fail: 0, total: 0, destination, requests: 0 };
  const create = c.create ?? 0;
  const update = c.update ?? 0;
  const requests = requestsFor(settings.destination, create + update, settings.mode);
  const note = quotaNote(requests, destination);
  return {
    create,
    update,
    skip: c.alreadyImported + c.skipped,
    fail: c.errors,
    total: c.total,
    destination,
    requests,
    ...(note ? { quotaNote: note } : {}),
  };
}
