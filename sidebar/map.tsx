// Map: one row per sheet column, a field dropdown preselected with the auto-mapping, its confidence,
// the fields the mode requires, and named templates.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ColumnView, FieldOption } from '../src/shared/api';
import type { Ctx } from './context';
import { call } from './api';
import { Icon, Notice, pct } from './ui';

const LOW = 0.6;

const REQUIRED_TEXT: Record<string, string> = {
  identity: 'at least one of',
  matchKey: 'at least one match key:',
};

function requiredLegend(fields: FieldOption[]): string[] {
  const groups = new Map<string, string[]>();
  for (const f of fields) {
    if (!f.requiredGroup) continue;
    if (!groups.has(f.requiredGroup)) groups.set(f.requiredGroup, []);
    groups.get(f.requiredGroup)!.push(f.label);
  }
  return [...groups].map(([g, labels]) => `${REQUIRED_TEXT[g] ?? 'required:'} ${labels.join(', ')}`);
}

function Confidence({ col, field, saved }: { col: ColumnView; field: string | null; saved: boolean }) {
  if (field !== col.suggested && (field || col.suggested)) {
    // The field came from the saved mapping or a template (saved), or the user just changed it.
    const tip = col.suggested ? `Suggested: ${pct(col.confidence)} match` : 'No suggestion for this header';
    return (
      <span class="conf conf-none" title={tip}>
        {saved ? 'saved' : 'changed'}
      </span>
    );
  }
  if (!col.suggested) return <span class="conf conf-none" title="No suggestion for this header">no match</span>;
  const low = col.confidence < LOW;
  return (
    <span
      class={low ? 'conf conf-low' : 'conf conf-high'}
      title={`Auto-mapping confidence ${pct(col.confidence)}${low ? ': please check this one' : ''}`}
    >
      {low && <Icon name="warn" size={12} />}
      {pct(col.confidence)}
    </span>
  );
}

const BASIS_TEXT: Record<string, string> = { header: 'its header', values: 'its values', both: 'its header and its values' };

/** Why the auto-mapper suggested the field: "header", "values" or "both", with its reason as the tooltip. */
function Basis({ col, field }: { col: ColumnView; field: string | null }) {
  if (!col.suggested || !col.basis || field !== col.suggested) return null;
  return (
    <span class={`conf-why conf-why-${col.basis}`} title={col.reason ?? ''} aria-label={`Suggested from ${BASIS_TEXT[col.basis]}${col.reason ? `: ${col.reason}` : ''}`}>
      {col.basis}
    </span>
  );
}

export function MapTab({ ctx }: { ctx: Ctx }) {
  const { state, draft, setDraft } = ctx;
  const [tplName, setTplName] = useState('');
  const [confirmDelete, setConfirmDelete] = useState('');
  const [tplMsg, setTplMsg] = useState('');
  const [filter, setFilter] = useState('');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const tplListRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirmDelete) confirmRef.current?.focus();
  }, [confirmDelete]);
  const fields = state.fields;
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const standard = fields.filter((f) => !f.custom);
  const custom = fields.filter((f) => f.custom);
  const legend = requiredLegend(fields);

  // A field mapped from two columns is flagged on both rows.
  const uses = new Map<string, string[]>();
  for (const c of state.columns) {
    const f = draft[c.header];
    if (f) uses.set(f, [...(uses.get(f) ?? []), c.header]);
  }

  const option = (f: FieldOption) => (
    <option value={f.key} key={f.key}>
      {f.label}
      {f.requiredGroup ? ' *' : ''}
    </option>
  );

  const saveTemplate = async () => {
    const name = tplName.trim();
    if (!name) return;
    setTplMsg('');
    if (!(await ctx.saveDraft())) return;
    const s = await ctx.act('Saving template', () => call('saveTemplate', name));
    if (s) {
      ctx.setState(s);
      setTplName('');
      setTplMsg(`Template “${name}” saved.`);
    }
  };
  const apply = async (name: string) => {
    setTplMsg('');
    const s = await ctx.act('Applying template', () => call('applyTemplate', name));
    if (s) {
      ctx.setState(s);
      setTplMsg(`Template “${name}” applied to ${s.sheetName}.`);
    }
  };
  const remove = async (name: string) => {
    setConfirmDelete('');
    setTplMsg('');
    const s = await ctx.act('Deleting template', () => call('deleteTemplate', name));
    if (s) {
      ctx.setState(s);
      setTplMsg(`Template “${name}” deleted.`);
      tplListRef.current?.querySelector<HTMLElement>('input')?.focus();
    }
  };
  const keepTemplate = (name: string) => {
    setConfirmDelete('');
    // Back to the button that asked, so keyboard users keep their place.
    requestAnimationFrame(() => tplListRef.current?.querySelector<HTMLElement>(`[data-del="${CSS.escape(name)}"]`)?.focus());
  };
  const exists = state.templates.includes(tplName.trim());

  // An empty sheet (no header cells, no values): the server sends no columns.
  const empty = state.columns.length === 0;
  // The engine decides where the header row is (src/engine/automap/headerrow.ts); the server says it.
  const noHeader = !empty && !!state.noHeaderRow;
  const useNoHeaderRow = async () => {
    const s = await ctx.act('Adding a header row', () => call('useNoHeaderRow', draft));
    if (s) {
      ctx.setState(s);
      ctx.announce('A header row was added above your data. Row 2 is now your first contact.');
    }
  };
  const useRowOne = async () => {
    const s = await ctx.act('Keeping row 1 as headers', () => call('useHeaderRowOne'));
    if (s) ctx.setState(s);
  };
  const mappedCount = state.columns.filter((c) => draft[c.header]).length;
  const q = filter.trim().toLowerCase();
  const shown = q
    ? state.columns.filter((c) => {
        const f = draft[c.header];
        const label = f ? byKey.get(f)?.label ?? f : "don't import";
        return [c.header, c.sample, label].some((t) => t.toLowerCase().includes(q));
      })
    : state.columns;

  return (
    <section class="panel" aria-label="Map columns">
      {!empty && (
        <p class="lead">
          Choose the contact field for each column of <b>{state.sheetName}</b>
          {state.headerRow !== 1 && !noHeader ? <> (headers in row {state.headerRow})</> : null}.
        </p>
      )}
      {state.mappingSaved && !ctx.dirty && !empty && (
        <Notice kind="ok">The saved mapping for these headers was applied.</Notice>
      )}
      {legend.length > 0 && !empty && (
        <p class="hint">
          <span class="req">*</span> Required by the mode: {legend.join('; ')}.
        </p>
      )}
      {empty && (
        <Notice kind="info">
          “{state.sheetName}” has no contacts yet. Put them here under a header row (for example Name, Email, Phone), or
          open the sheet that holds them, then click Reload <Icon name="refresh" size={12} />.
        </Notice>
      )}
      {noHeader && (
        <Notice kind="warn">
          <p class="header-note">{state.headerNote}</p>
          <div class="row choice">
            <button type="button" class="action" disabled={!!ctx.busy} onClick={() => void useNoHeaderRow()}>
              My data has no header row
            </button>
            <button type="button" disabled={!!ctx.busy} onClick={() => void useRowOne()}>
              Row 1 is my header row
            </button>
          </div>
          <p class="hint">
            “My data has no header row” adds a row above your data, named after the fields chosen below, so that row 1 is
            imported too.
          </p>
        </Notice>
      )}
      {!noHeader && !empty && state.headerNote && (
        <Notice kind="info">
          <span class="header-note">{state.headerNote}</span>
        </Notice>
      )}
      {!empty && state.columns.length > 12 && (
        <div class="filter">
          <input
            type="search"
            aria-label="Find a column"
            placeholder="Find a column"
            value={filter}
            onInput={(e) => setFilter((e.currentTarget).value)}
          />
          <span class="hint" aria-live="polite">
            {q ? `${shown.length} of ${state.columns.length} columns` : `${state.columns.length} columns, ${mappedCount} imported`}
          </span>
        </div>
      )}
      {!empty && (
      <ul class="map-list">
        {shown.map((col) => {
          const id = `map-${col.index}`;
          const field = draft[col.header] ?? null;
          const chosen = field ? byKey.get(field) : undefined;
          const dup = field ? (uses.get(field) ?? []).filter((h) => h !== col.header) : [];
          const savedField = state.columns.find((c) => c.index === col.index)?.field ?? null;
          return (
            <li class={`map-row${field ? '' : ' map-off'}${dup.length ? ' map-dup' : ''}`} key={col.index}>
              <div class="map-head">
                <label for={id} class="map-header" title={col.header}>
                  {col.header || `(column ${col.index + 1}, no header)`}
                </label>
                <span class="conf-group">
                  <Confidence col={col} field={field} saved={state.mappingSaved && field === savedField} />
                  <Basis col={col} field={field} />
                </span>
              </div>
              <div class="map-sample" title={col.sample}>
                {col.sample ? col.sample : <span class="muted">empty</span>}
              </div>
              <select
                id={id}
                class={chosen?.requiredGroup ? 'select required' : 'select'}
                value={field ?? ''}
                aria-describedby={dup.length ? `${id}-dup` : undefined}
                onChange={(e) => {
                  const v = (e.currentTarget).value;
                  setDraft({ ...draft, [col.header]: v === '' ? null : v });
                }}
              >
                <option value="">Don't import</option>
                <optgroup label="Contact fields">{standard.map(option)}</optgroup>
                {custom.length > 0 && <optgroup label="Custom fields">{custom.map(option)}</optgroup>}
              </select>
              {dup.length > 0 && (
                <div class="field-err" id={`${id}-dup`}>Also mapped from “{dup.join('”, “')}”. Map each field once.</div>
              )}
            </li>
          );
        })}
      </ul>
      )}
      {state.mappingProblems.length > 0 && !ctx.dirty && !empty && (
        <Notice kind="warn">
          <ul class="plain">
            {state.mappingProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Notice>
      )}
      {!empty && (
      <div class="actions sticky">
        <button type="button" class={ctx.dirty ? 'action' : ''} disabled={!ctx.dirty || !!ctx.busy} onClick={() => void ctx.saveDraft()}>
          Save mapping
        </button>
        <button
          type="button"
          class={ctx.dirty ? '' : 'action'}
          disabled={!!ctx.busy}
          onClick={async () => {
            const s = await ctx.saveDraft();
            if (s) ctx.goTo('check');
          }}
        >
          Next: Check
        </button>
        {ctx.dirty && <span class="unsaved">Unsaved changes</span>}
      </div>
      )}

      <div ref={tplListRef} hidden={empty}>
      <h2>Templates</h2>
      <p class="hint">Save this mapping under a name, then apply it to another sheet with the same kind of columns.</p>
      <div class="row">
        <input
          type="text"
          aria-label="Template name"
          placeholder="Template name"
          value={tplName}
          maxLength={60}
          onInput={(e) => setTplName((e.currentTarget).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void saveTemplate();
          }}
        />
        <button type="button" disabled={!tplName.trim() || !!ctx.busy} onClick={() => void saveTemplate()}>
          {exists ? 'Replace' : 'Save template'}
        </button>
      </div>
      {exists && <p class="hint">A template named “{tplName.trim()}” exists: saving replaces it.</p>}
      {tplMsg && (
        <p class="ok-text status-msg" role="status">
          <Icon name="check" size={14} /> {tplMsg}
        </p>
      )}
      {state.templates.length > 0 ? (
        <ul class="tpl-list">
          {state.templates.map((name) => (
            <li key={name} class="tpl-row">
              <span class="tpl-name" title={name}>
                {name}
              </span>
              {confirmDelete === name ? (
                <>
                  <button type="button" class="danger small" ref={confirmRef} onClick={() => void remove(name)} aria-label={`Confirm delete template ${name}`}>
                    Delete
                  </button>
                  <button type="button" class="small" onClick={() => keepTemplate(name)} aria-label={`Keep template ${name}`}>
                    Keep
                  </button>
                </>
              ) : (
                <>
                  <button type="button" class="small" disabled={!!ctx.busy} onClick={() => void apply(name)} aria-label={`Apply template ${name} to ${state.sheetName}`}>
                    Apply
                  </button>
                  <button type="button" class="small" data-del={name} onClick={() => setConfirmDelete(name)} aria-label={`Delete template ${name}`}>
                    Delete
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small-text">No templates yet.</p>
      )}
      </div>
    </section>
  );
}
