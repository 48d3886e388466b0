// Check: validates the sheet in place in chunks, then shows the summary, the problems grouped by message, and what
// Fix in place can write better (sidebar/fix.tsx). Next problem walks the flagged cells, each with its fix.
import { useState } from 'preact/hooks';
import type { CellProblemView, CheckSummaryView, FixesView, FixSelectionView, RunProgress } from '../src/shared/api';
import type { Ctx } from './context';
import { call, driveRun } from './api';
import { CellFix, FixPanel } from './fix';
import { Icon, Notice, Progress, plural } from './ui';

export function CheckTab({ ctx }: { ctx: Ctx }) {
  const { state } = ctx;
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [summary, setSummary] = useState<CheckSummaryView | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [msg, setMsg] = useState('');
  const [failed, setFailed] = useState('');
  const [fixes, setFixes] = useState<FixesView | null>(null);
  const [cell, setCell] = useState<CellProblemView | null>(null);
  const running = progress?.status === 'Processing';
  const pending = state.pendingRun?.kind === 'check' ? state.pendingRun : null;

  const finish = (p: RunProgress) => {
    if (p.status === 'Failed') setFailed(p.message || 'The check failed.');
    if (p.check) {
      setSummary(p.check);
      const c = p.check;
      ctx.announce(`Check finished: ${c.ready} ready, ${c.warnings} warnings, ${c.errors} errors, ${c.duplicates} duplicates`);
    }
  };
  const run = async (start: () => Promise<RunProgress | null>) => {
    setMsg('');
    setFailed('');
    const p = await ctx.act('Checking', async () => {
      const first = await start();
      if (!first) return null;
      return driveRun(Promise.resolve(first), setProgress);
    });
    setProgress(null);
    if (p) finish(p);
    // After a failure too: a run cut short shows up as pending, with its Resume button.
    await ctx.reload(true);
    if (p?.check) await loadFixes();
  };
  const loadFixes = async () => {
    const f = await ctx.act('Looking for fixes', () => call('suggestFixes'));
    if (f) setFixes(f);
  };
  /** After a fix or an undo: the re-check the server started, driven to its end; then the suggestions again. */
  const afterChange = async (started: RunProgress | null) => {
    if (started) {
      const p = await ctx.act('Checking', () => driveRun(Promise.resolve(started), setProgress));
      setProgress(null);
      if (p) finish(p);
      await ctx.reload(true);
    }
    await loadFixes();
  };
  const applyCell = async (sel: FixSelectionView) => {
    const r = await ctx.act('Applying the fix', () => call('applyFixes', sel));
    if (!r) return;
    setCell(null);
    setMsg(r.fixId ? `Fixed ${plural(r.changed, 'cell')}: ${r.summary}.` : 'Nothing was written: the cell changed since.');
    await afterChange(r.check);
  };
  const check = async () => {
    setProblems([]);
    const s = await ctx.saveDraft();
    if (!s) return;
    if (s.mappingProblems.length > 0) {
      // The Check button explains what is missing instead of checking a sheet that cannot be imported.
      setProblems(s.mappingProblems);
      setSummary(null);
      return;
    }
    await run(() => call('startCheck'));
  };
  const select = async (a1: string, label: string) => {
    const r = await ctx.act('Selecting', () => call('selectCell', a1).then(() => true));
    if (r) {
      setMsg(`Selected ${a1}: ${label}`);
      ctx.announce(`Selected cell ${a1}`);
    }
  };
  const next = async () => {
    const c = await ctx.act('Finding the next problem', () => call('nextProblemCell'));
    if (c === undefined) return;
    setCell(c);
    setMsg(c ? `Selected ${c.a1}.` : 'No flagged cells left.');
    ctx.announce(c ? `Selected cell ${c.a1}${c.fix ? `; it can be fixed to ${c.fix.to}` : ''}` : 'No flagged cells left');
  };
  const clear = async () => {
    const r = await ctx.act('Clearing marks', () => call('clearMarks').then(() => true));
    if (r) {
      setSummary(null);
      setFixes(null);
      setCell(null);
      setMsg('Marks cleared. Your own colors and notes are back.');
    }
  };

  const errors = summary?.groups.filter((g) => g.severity === 'error') ?? [];
  const warnings = summary?.groups.filter((g) => g.severity === 'warning') ?? [];

  return (
    <section class="panel" aria-label="Check the sheet">
      <p class="lead">
        Check <b>{state.sheetName}</b> in place: cells with errors turn red, warnings yellow, each with a note. Fix them in
        the sheet, then check again.
      </p>
      {pending && !running && (
        <Notice kind="warn">
          A check stopped at {pending.done} of {pending.total} rows.
          <div class="actions tight">
            <button type="button" class="action" disabled={!!ctx.busy} onClick={() => void run(() => call('resumeRun'))}>
              Resume check
            </button>
          </div>
        </Notice>
      )}
      <div class="actions">
        <button type="button" class="action" disabled={!!ctx.busy} onClick={() => void check()}>
          {summary ? 'Check again' : 'Check sheet'}
        </button>
      </div>
      <div class="actions">
        <button type="button" disabled={!!ctx.busy} onClick={() => void next()}>
          Next problem <Icon name="next" size={14} />
        </button>
        <button type="button" disabled={!!ctx.busy} onClick={() => void clear()}>
          Clear marks
        </button>
      </div>
      {problems.length > 0 && (
        <Notice kind="error">
          <b>The mapping is not enough to check yet:</b>
          <ul class="plain">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <button type="button" class="link-btn" onClick={() => ctx.goTo('map')}>
            Fix the mapping
          </button>
        </Notice>
      )}
      {running && progress && <Progress done={progress.done} total={progress.total} label="Checking" />}
      {running && <p class="hint">If the sidebar closes, reopen it to resume the check.</p>}
      {failed && <Notice kind="error">{failed}</Notice>}
      {msg && (
        <p class="status-line" role="status">
          {msg}
        </p>
      )}
      {cell && !fixes && <CellFix cell={cell} busy={!!ctx.busy} onApply={(sel) => void applyCell(sel)} />}
      {summary && (
        <>
          <dl class="stats" aria-label="Check summary">
            <div class="stat">
              <dt>Total</dt>
              <dd>{summary.total}</dd>
            </div>
            <div class="stat stat-ok">
              <dt>Ready</dt>
              <dd>{summary.ready}</dd>
            </div>
            <div class="stat stat-warn">
              <dt>Warnings</dt>
              <dd>{summary.warnings}</dd>
            </div>
            <div class="stat stat-err">
              <dt>Errors</dt>
              <dd>{summary.errors}</dd>
            </div>
            <div class="stat">
              <dt>Duplicates</dt>
              <dd>{summary.duplicates}</dd>
            </div>
          </dl>
          {(summary.alreadyImported > 0 || summary.skipped > 0) && (
            <p class="breakdown">
              {[
                summary.alreadyImported ? `${summary.alreadyImported} already imported (unchanged)` : '',
                summary.skipped ? `${summary.skipped} to skip` : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          )}
          <p class="hint">A fixed cell is re-checked as you edit it. Check again to refresh these numbers.</p>
          {summary.groups.length === 0 ? (
            <Notice kind="ok">No problems found. Every row is ready to import.</Notice>
          ) : (
            <>
              {[
                ['Errors', errors],
                ['Warnings', warnings],
              ].map(([title, list]) =>
                (list as typeof errors).length ? (
                  <div key={title as string}>
                    <h2>{title as string}</h2>
                    <ul class="groups">
                      {(list as typeof errors).map((g) => (
                        <li key={g.message + g.firstCell}>
                          <button
                            type="button"
                            class={`group group-${g.severity}`}
                            onClick={() => void select(g.firstCell, g.message)}
                            aria-label={`${g.severity === 'error' ? 'Error' : 'Warning'}: ${g.message}. ${plural(g.count, 'cell')}. Select ${g.firstCell}`}
                          >
                            <Icon name={g.severity === 'error' ? 'error' : 'warn'} size={14} />
                            <span class="group-msg">{g.message}</span>
                            <span class="count">{g.count}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null,
              )}
            </>
          )}
          {fixes && <FixPanel ctx={ctx} fixes={fixes} cell={cell} onCell={setCell} after={afterChange} />}
          <div class="actions">
            <button type="button" class="action" onClick={() => ctx.goTo('import')}>
              Next: Import
            </button>
          </div>
        </>
      )}
    </section>
  );
}
