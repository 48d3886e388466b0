// Fix in place, in the Check step: the suggestions grouped by kind and message with their counts and up to 5
// previews of before → after, Apply per group, Apply all safe fixes (never a group to review), the cell chosen with
// Next problem (its note's problems and its fix, with Apply), the recent fix batches with Undo. Every change goes
// through the server, which re-checks the sheet; the Check tab drives that re-check and shows the new counts.
import { useState } from 'preact/hooks';
import type { CellProblemView, FixAppliedView, FixesView, FixGroup, FixSelectionView, FixUndoneView, PhoneFormat, RunProgress } from '../src/shared/api';
import type { Ctx } from './context';
import { call } from './api';
import { Notice, plural } from './ui';

/** What the Check tab does after a change: drive the re-check the server started, then fetch the suggestions again. */
export type AfterChange = (check: RunProgress | null) => Promise<void>;

const SHOWN_LEFT = 10;

type PreviewOf = FixGroup['previews'][number];

/** A preview: line (selects the cell), before → after; an ambiguous date's other reading is a choice of its own. */
function Preview({ p, onSelect, onOther }: { p: PreviewOf; onSelect: (line: number, col: number) => void; onOther: (p: PreviewOf) => void }) {
  return (
    <li class="fix-preview">
      <button type="button" class="link-btn" onClick={() => onSelect(p.line, p.col)} aria-label={`Select line ${p.line}, ${p.column}`}>
        {p.line}
      </button>
      <span class="fix-from">{p.from}</span>
      <span aria-hidden="true"> → </span>
      <span class="sr-only"> becomes </span>
      <span class="fix-to">{p.to}</span>
      {p.alternative && (
        <span class="fix-alt">
          {' (or '}
          <button type="button" class="link-btn" onClick={() => onOther(p)} aria-label={`Write ${p.alternative} in line ${p.line} instead`}>
            {p.alternative}
          </button>
          )
        </span>
      )}
    </li>
  );
}

/** The cell chosen with Next problem or a preview: what its note says, and its fix with Apply. */
export function CellFix({ cell, busy, onApply }: { cell: CellProblemView; busy: boolean; onApply: (sel: FixSelectionView) => void }) {
  const f = cell.fix;
  return (
    <div class="fix-cell" aria-label={`Cell ${cell.a1}`} role="group">
      <div class="fix-cell-head">
        <b>{cell.a1}</b> <span class="muted">{cell.column}</span>
      </div>
      {cell.messages.length > 0 && (
        <ul class="plain fix-cell-msgs">
          {cell.messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {f ? (
        <>
          <p class="fix-cell-fix">
            Fix: <span class="fix-from">{f.from}</span> → <span class="fix-to">{f.to}</span>
            {f.confidence === 'review' && <span class="badge badge-review">review</span>}
          </p>
          <p class="hint">{f.message}</p>
          <div class="actions tight">
            <button
              type="button"
              class="action"
              disabled={busy}
              onClick={() => onApply({ cells: [{ line: cell.line, col: cell.col, kind: f.kind, from: f.from, to: f.to }] })}
            >
              Apply to {cell.a1}
            </button>
            {f.alternative && (
              <button type="button" disabled={busy} onClick={() => onApply({ cells: [{ line: cell.line, col: cell.col, kind: f.kind, from: f.from, to: f.alternative }] })}>
                Write {f.alternative} instead
              </button>
            )}
          </div>
        </>
      ) : (
        <p class="hint">Fix in place has nothing to write in this cell: correct it in the sheet.</p>
      )}
    </div>
  );
}

export function FixPanel({ ctx, fixes, cell, onCell, after }: { ctx: Ctx; fixes: FixesView; cell: CellProblemView | null; onCell: (c: CellProblemView | null) => void; after: AfterChange }) {
  const [applied, setApplied] = useState<FixAppliedView | null>(null);
  const [undone, setUndone] = useState<FixUndoneView | null>(null);
  const busy = !!ctx.busy;
  const review = fixes.total - fixes.safe;

  /** Applies `sel` (`n` cells: the busy line says how many while a large batch is written). */
  const apply = async (sel: FixSelectionView, what: string, n = 1) => {
    setUndone(null);
    const r = await ctx.act(`Applying ${plural(n, 'fix', 'fixes')}`, () => call('applyFixes', sel));
    if (!r) return;
    setApplied(r);
    onCell(null);
    ctx.announce(r.fixId ? `Fixed ${plural(r.changed, 'cell')}: ${r.summary}` : `Nothing was written: ${what} changed since`);
    await after(r.check);
  };
  const undo = async (id?: string) => {
    setApplied(null);
    const r = await ctx.act('Undoing fixes', () => call('undoFixes', id));
    if (!r) return;
    setUndone(r);
    onCell(null);
    ctx.announce(r.message);
    await after(r.check);
  };
  const select = async (line: number, col: number) => {
    const a1 = `${columnName(col)}${line}`;
    const c = await ctx.act('Selecting', () => call('cellProblem', a1));
    if (c) onCell(c);
  };
  const setPhoneFormat = async (phoneFormat: PhoneFormat) => {
    const s = await ctx.act('Saving settings', () => call('saveSettings', { phoneFormat }));
    if (!s) return;
    ctx.setState(s);
    await after(null);
  };

  return (
    <section class="fix" aria-label="Fix in place">
      <h2>Fix in place</h2>
      {cell && <CellFix cell={cell} busy={busy} onApply={(sel) => void apply(sel, `cell ${cell.a1}`)} />}
      {applied && (
        <Notice kind={applied.fixId ? 'ok' : 'warn'} onClose={() => setApplied(null)}>
          {applied.fixId ? (
            <>
              Fixed {plural(applied.changed, 'cell')}: {applied.summary}. <span class="mono">{applied.fixId}</span> is in the History tab.
              {applied.skipped > 0 && ` ${plural(applied.skipped, 'cell')} changed since the suggestion and ${applied.skipped === 1 ? 'was' : 'were'} left as ${applied.skipped === 1 ? 'it is' : 'they are'}.`}
              <div class="actions tight">
                <button type="button" disabled={busy} onClick={() => void undo(applied.fixId!)}>
                  Undo these fixes
                </button>
              </div>
            </>
          ) : (
            'Nothing was written: the cells changed since the suggestion. Check again to see what Fix can do now.'
          )}
        </Notice>
      )}
      {undone && (
        <Notice kind={undone.left ? 'warn' : 'ok'} onClose={() => setUndone(null)}>
          {undone.message}
          {undone.leftCells.length > 0 && (
            <ul class="plain fix-left" aria-label="Cells left as they are">
              {undone.leftCells.slice(0, SHOWN_LEFT).map((l) => (
                <li key={`${l.line}:${l.column}`}>
                  Line {l.line}, {l.column}: {l.now === null ? 'its column is gone' : l.now === '' ? 'now empty' : `now "${l.now}"`}
                </li>
              ))}
              {undone.left > SHOWN_LEFT && <li>… and {undone.left - SHOWN_LEFT} more (see History)</li>}
            </ul>
          )}
        </Notice>
      )}
      {fixes.total === 0 ? (
        <p class="hint">Nothing to fix in place: every mapped cell is written as the import reads it.</p>
      ) : (
        <>
          <p class="hint">
            {plural(fixes.total, 'cell')} can be written better: {fixes.safe} safe{review > 0 ? `, ${review} to review first` : ''}. Each fix can be undone.
          </p>
          <label class="field">
            <span>Write phone numbers as</span>
            <select value={ctx.state.settings.phoneFormat ?? 'e164'} disabled={busy} onChange={(e) => void setPhoneFormat((e.target as HTMLSelectElement).value as PhoneFormat)}>
              <option value="e164">E.164 (+14155550132)</option>
              <option value="international">International (+1 415 555 0132)</option>
            </select>
          </label>
          {fixes.safe > 0 && (
            <div class="actions">
              <button type="button" class="action" disabled={busy} onClick={() => void apply({ allSafe: true }, 'the cells', fixes.safe)}>
                Apply all safe fixes ({fixes.safe})
              </button>
            </div>
          )}
          <ul class="groups fix-groups">
            {fixes.groups.map((g) => (
              <li key={g.key} class={`fix-group fix-${g.confidence}`}>
                <div class="fix-title">
                  <span>{g.title}</span>
                  {g.confidence === 'review' && (
                    <span class="badge badge-review" title="Check these before applying: All safe fixes leaves them">
                      review
                    </span>
                  )}
                </div>
                <ul class="plain fix-previews" aria-label={`Previews: ${g.title}`}>
                  {g.previews.map((p) => (
                    <Preview
                      key={`${p.line}:${p.col}`}
                      p={p}
                      onSelect={(line, col) => void select(line, col)}
                      onOther={(o) => void apply({ cells: [{ line: o.line, col: o.col, kind: g.kind, from: o.from, to: o.alternative }] }, `line ${o.line}`)}
                    />
                  ))}
                </ul>
                {g.count > g.previews.length && <p class="hint">and {g.count - g.previews.length} more</p>}
                <button type="button" disabled={busy} aria-label={`Apply: ${g.title}`} onClick={() => void apply({ groups: [g.key] }, 'its cells', g.count)}>
                  Apply
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {fixes.batches.length > 0 && (
        <details class="fix-batches">
          <summary>Undo fixes ({fixes.batches.length})</summary>
          <ul class="plain">
            {fixes.batches.map((b) => (
              <li key={b.id} class="fix-batch">
                <span class="mono">{b.id}</span>
                <span class="hint">
                  {b.time} · {plural(b.cells, 'cell')}: {b.summary}
                </span>
                <button type="button" disabled={busy} aria-label={`Undo ${b.id}`} onClick={() => void undo(b.id)}>
                  Undo
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** "C", "AB": a 0-based column's letters. */
function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
