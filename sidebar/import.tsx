// Import: confirm what will happen, run in chunks with a progress bar, show the result like an import report,
// then export problem rows, re-run what is left, or revert the run.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportPlanView, RunProgress, RunSummaryView } from '../src/shared/api';
import type { Ctx } from './context';
import { call, driveRun } from './api';
import { Notice, Progress, plural } from './ui';

const STATUS_CLASS: Record<string, string> = { Completed: 'pill-ok', Processing: 'pill-warn', Failed: 'pill-err' };

export function ImportTab({ ctx }: { ctx: Ctx }) {
  const { state } = ctx;
  const [confirmRevert, setConfirmRevert] = useState(false);
  const [plan, setPlan] = useState<ImportPlanView | null>(null);
  /** What the confirmation is for: a first import, or a re-run of what is left. */
  const [planKind, setPlanKind] = useState<'import' | 'rerun'>('import');
  const cancelRevertRef = useRef<HTMLButtonElement>(null);
  const revertRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmRevert) cancelRevertRef.current?.focus();
  }, [confirmRevert]);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  /** The check behind a plan, while it runs (planImport answers with its progress when it takes longer). */
  const [planProgress, setPlanProgress] = useState<RunProgress | null>(null);
  const [result, setResult] = useState<RunSummaryView | null>(null);
  const [msg, setMsg] = useState('');
  const shown = result ?? state.lastRun;
  const pending = state.pendingRun?.kind === 'import' ? state.pendingRun : null;
  const running = progress?.status === 'Processing';

  const run = async (start: () => Promise<RunProgress | null>) => {
    setMsg('');
    setPlan(null);
    setConfirmRevert(false);
    const p = await ctx.act('Importing', async () => {
      const first = await start();
      if (!first) return null;
      return driveRun(Promise.resolve(first), setProgress);
    });
    setProgress(null);
    if (p?.result) {
      setResult(p.result);
      ctx.announce(`Import ${p.result.status}: ${p.result.successes} successes, ${p.result.errors} errors`);
    } else if (p?.status === 'Failed') {
      setMsg(p.message || 'The import failed.');
    } else if (p?.stopped && p.message) {
      // Stopped by its destination (an endpoint out of reach, a quota): the notice below offers Resume.
      setMsg(p.message);
    }
    // After a failure too: a run cut short shows up as pending, with its Resume button.
    await ctx.reload(true);
  };
  const review = async (kind: 'import' | 'rerun' = 'import') => {
    setMsg('');
    setPlanKind(kind);
    const s = await ctx.saveDraft();
    if (!s) return;
    if (s.mappingProblems.length) {
      setMsg(`Fix the mapping first: ${s.mappingProblems.join(' ')}`);
      return;
    }
    const p = await ctx.act('Planning', async () => {
      let v = await call('planImport');
      // The check is still running: drive it with a progress bar, then ask again (the finished check is reused).
      for (let guard = 0; v.check && v.check.status === 'Processing' && guard < 3; guard++) {
        await driveRun(Promise.resolve(v.check), setPlanProgress);
        v = await call('planImport');
      }
      return v;
    });
    setPlanProgress(null);
    if (p && p.check && p.check.status === 'Processing') setMsg('The check is taking longer than expected. Review the import again to finish it.');
    else if (p) setPlan(p);
  };
  const cancelRevert = () => {
    setConfirmRevert(false);
    requestAnimationFrame(() => revertRef.current?.focus());
  };
  const exportRows = async () => {
    const r = await ctx.act('Exporting problem rows', () => call('exportProblemRows', shown?.runId));
    if (r) {
      setMsg(r.rows ? `Exported ${plural(r.rows, 'problem row')} to the tab “${r.sheetName}”.` : 'No problem rows to export.');
      ctx.announce('Problem rows exported');
    }
  };
  const revert = async () => {
    setConfirmRevert(false);
    const r = await ctx.act('Reverting', () => call('revertRun', shown?.runId));
    if (r) {
      setResult(r);
      if (!r.message) setMsg(`Run reverted: ${plural(r.created, 'created contact')} removed, updated contacts restored.`);
      ctx.announce('Run reverted');
      await ctx.reload(true);
    }
  };
  const history = () => void ctx.act('Opening History', () => call('openHistory', shown?.runId));

  return (
    <section class="panel" aria-label="Import">
      {pending && !running && (
        <Notice kind="warn">
          An import stopped at {pending.done} of {pending.total} rows.{pending.stopped && pending.message ? ` ${pending.message}` : ''} Resuming never creates a contact twice.
          <div class="actions tight">
            <button type="button" class="action" disabled={!!ctx.busy} onClick={() => void run(() => call('resumeRun'))}>
              Resume import
            </button>
          </div>
        </Notice>
      )}
      {!plan && !running && !pending && (
        <>
          <p class="lead">
            Import the rows of <b>{state.sheetName}</b> that are ready. Rows with errors are skipped and listed in History.
          </p>
          <div class="actions">
            <button type="button" class="action" disabled={!!ctx.busy} onClick={() => void review('import')}>
              Review import
            </button>
          </div>
        </>
      )}
      {plan && !running && (
        <div class="card confirm" role="group" aria-label={planKind === 'rerun' ? 'Confirm re-run' : 'Confirm import'}>
          <h2 class="first">
            {planKind === 'rerun' ? 'Re-run only what is left, into ' : 'Ready to import into '}
            {plan.destination}
          </h2>
          <p class="plan-line">
            <b>{plan.create}</b> create, <b>{plan.update}</b> update, <b>{plan.skip}</b> skip
            {plan.fail ? (
              <>
                , <b class="err-text">{plan.fail}</b> with errors
              </>
            ) : null}
          </p>
          <p class="hint">
            {plural(plan.total, 'row')} in {state.sheetName}.{' '}
            {plan.skip ? 'Skipped rows are already imported unchanged, or found when creating only. ' : ''}
            {plan.fail ? 'Rows with errors will not be imported; they are listed in History. ' : ''}
            {state.settings.mode === 'create' ? 'Existing contacts are skipped, not changed.' : ''}
            {state.settings.mode !== 'create' && state.settings.dontUpdateEmpty ? 'Empty cells never blank existing values.' : ''}
          </p>
          {plan.requests > 0 && plan.create + plan.update > 0 && (
            <p class="hint plan-requests">
              About {plan.requests.toLocaleString('en-US')} {plan.requests === 1 ? 'request' : 'requests'} to {plan.destination}.
            </p>
          )}
          {plan.quotaNote && plan.create + plan.update > 0 && <Notice kind="warn">{plan.quotaNote}</Notice>}
          {plan.create + plan.update === 0 && (
            <Notice kind="info">
              Nothing left to import: {plan.fail ? 'fix the rows with errors (Check shows them), then try again.' : 'every row is already imported.'}
            </Notice>
          )}
          <div class="actions">
            {plan.create + plan.update > 0 && (
              <button
                type="button"
                class="action"
                disabled={!!ctx.busy}
                onClick={() => void run(() => call(planKind === 'rerun' ? 'rerunRemaining' : 'startImport'))}
              >
                Import {plan.create + plan.update} {plan.create + plan.update === 1 ? 'contact' : 'contacts'}
              </button>
            )}
            <button type="button" onClick={() => setPlan(null)}>
              {plan.create + plan.update === 0 ? 'Close' : 'Cancel'}
            </button>
          </div>
        </div>
      )}
      {planProgress && planProgress.status === 'Processing' && <Progress done={planProgress.done} total={planProgress.total} label="Checking" />}
      {running && progress && <Progress done={progress.done} total={progress.total} label="Importing" />}
      {running && <p class="hint">You can keep working in the sheet. If the sidebar closes, reopen it to resume: no contact is created twice.</p>}
      {msg && (
        <p class="status-line" role="status">
          {msg}
        </p>
      )}
      {shown && (
        <div class="card result" aria-label="Last import result">
          <div class="result-head">
            <h2 class="first">
              {shown.reverted ? 'Last run (reverted)' : 'Last import'}
              {shown.destination ? <span class="dest"> into {shown.destination}</span> : null}
            </h2>
            <span class={`pill ${shown.reverted ? 'pill-grey' : STATUS_CLASS[shown.status] ?? ''}`} aria-live="polite">
              {shown.reverted ? 'Reverted' : shown.status}
            </span>
          </div>
          {shown.message && <p class="hint">{shown.message}</p>}
          {shown.tabNotes?.map((n) => (
            <p class="hint" key={n}>
              {n}
            </p>
          ))}
          <dl class="stats three">
            <div class="stat">
              <dt>Total records</dt>
              <dd>{shown.total}</dd>
            </div>
            <div class="stat stat-ok">
              <dt>Successes</dt>
              <dd>{shown.successes}</dd>
            </div>
            <div class="stat stat-err">
              <dt>Errors</dt>
              <dd>{shown.errors}</dd>
            </div>
          </dl>
          <p class="breakdown">
            {shown.created} created · {shown.updated} updated · {shown.skipped} skipped
            {shown.warnings ? ` · ${shown.warnings} with warnings` : ''}
          </p>
          <button type="button" class="link-btn" onClick={history}>
            Open History
          </button>
          <div class="actions wrap">
            <button type="button" disabled={!!ctx.busy} onClick={() => void exportRows()}>
              Export problem rows
            </button>
            <button type="button" disabled={!!ctx.busy || !!pending} onClick={() => void review('rerun')}>
              Re-run only what is left
            </button>
            {!shown.reverted && shown.revertible !== false && !confirmRevert && (
              <button type="button" class="danger-outline" ref={revertRef} disabled={!!ctx.busy} onClick={() => setConfirmRevert(true)}>
                Revert run
              </button>
            )}
          </div>
          {confirmRevert && (
            <div class="card warn-card" role="group" aria-label="Confirm revert">
              <p>
                Revert removes the {plural(shown.created, 'contact')} this run created
                {shown.updated ? <> and puts back the previous values of the {plural(shown.updated, 'contact')} it updated (a contact changed since is left as it is)</> : null}.
                The revert is recorded in History.
              </p>
              <div class="actions">
                <button type="button" class="danger" onClick={() => void revert()}>
                  Yes, revert
                </button>
                <button type="button" ref={cancelRevertRef} onClick={cancelRevert}>
                  Cancel
                </button>
              </div>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
