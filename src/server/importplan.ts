// "Review import": what an import would do now, from a check's counts (reused while it stands, else run).
import type { Settings } from '../engine/types';
import { destinationName } from '../crm/registry';
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
    if (fresh) return planView(fresh, destination);
    const pending = loadRun();
    let p: RunProgress;
    if (pending && pending.status === 'Processing' && pending.kind === 'check' && pending.sheetId === sheet.getSheetId()) {
      p = workRun(env, pending, env.budgets.sliceMs);
    } else p = workRun(env, startRun(env, 'check', sheet), env.budgets.sliceMs);
    if (p.status === 'Completed' && p.check) return planView(p.check, destination);
    if (p.status === 'Processing') return { ...planView(null, destination), check: p };
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

function planView(c: CheckSummaryView | null, destination: string): ImportPlanView {
  if (!c) return { create: 0, update: 0, skip: 0, fail: 0, total: 0, destination };
  return {
    create: c.create ?? 0,
    update: c.update ?? 0,
    skip: c.alreadyImported + c.skipped,
    fail: c.errors,
    total: c.total,
    destination,
  };
}
