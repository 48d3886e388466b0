// Map: one row per sheet column, a field dropdown preselected with the auto-mapping, its confidence,
// the fields the mode requires, and named templates.
import { useState } from 'preact/hooks';
import type { ColumnView, FieldOption } from '../src/shared/api';
import type { Ctx } from './main';
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

function Confidence({ col, field }: { col: ColumnView; field: string | null }) {
  if (!col.suggested) return <span class="conf conf-none" title="No suggestion for this header">no match</span>;
  if (field !== col.suggested) return <span class="conf conf-none" title="You changed the suggested field">manual</span>;
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

export function MapTab({ ctx }: { ctx: Ctx }) {
  const { state, draft, setDraft } = ctx;
  const [tplName, setTplName] = useState('');
  const [confirmDelete, setConfirmDelete] = useState('');
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
    await ctx.saveDraft();
    const s = await ctx.act('Saving template', () => call('saveTemplate', name));
    if (s) {
      ctx.setState(s);
      setTplName('');
      ctx.announce(`Template "${name}" saved`);
    }
  };
  const apply = async (name: string) => {
    const s = await ctx.act('Applying template', () => call('applyTemplate', name));
    if (s) {
      ctx.setState(s);
      ctx.announce(`Template "${name}" applied to ${s.sheetName}`);
    }
  };
  const remove = async (name: string) => {
    setConfirmDelete('');
    const s = await ctx.act('Deleting template', () => call('deleteTemplate', name));
    if (s) {
      ctx.setState(s);
      ctx.announce(`Template "${name}" deleted`);
    }
  };

  return (
    <section class="panel" aria-label="Map columns">
      <p class="lead">
        Choose the contact field for each column of <b>{state.sheetName}</b>.
      </p>
      {state.mappingSaved && !ctx.dirty && (
        <Notice kind="ok">The saved mapping for these headers was applied.</Notice>
      )}
      {legend.length > 0 && (
        <p class="hint">
          <span class="req">*</span> Required by the mode: {legend.join('; ')}.
        </p>
      )}
      {state.columns.length === 0 && <Notice kind="warn">This sheet has no header row yet.</Notice>}
      <ul class="map-list">
        {state.columns.map((col) => {
          const id = `map-${col.index}`;
          const field = draft[col.header] ?? null;
          const chosen = field ? byKey.get(field) : undefined;
          const dup = field ? (uses.get(field) ?? []).filter((h) => h !== col.header) : [];
          return (
            <li class={`map-row${field ? '' : ' map-off'}${dup.length ? ' map-dup' : ''}`} key={col.index}>
              <div class="map-head">
                <label for={id} class="map-header" title={col.header}>
                  {col.header || `(column ${col.index + 1}, no header)`}
                </label>
                <Confidence col={col} field={field} />
              </div>
              <div class="map-sample" title={col.sample}>
                {col.sample ? col.sample : <span class="muted">empty</span>}
              </div>
              <select
                id={id}
                class={chosen?.requiredGroup ? 'select required' : 'select'}
                value={field ?? ''}
                onChange={(e) => {
                  const v = (e.currentTarget as HTMLSelectElement).value;
                  setDraft({ ...draft, [col.header]: v === '' ? null : v });
                }}
              >
                <option value="">Don't import</option>
                <optgroup label="Contact fields">{standard.map(option)}</optgroup>
                {custom.length > 0 && <optgroup label="Custom fields">{custom.map(option)}</optgroup>}
              </select>
              {dup.length > 0 && (
                <div class="field-err">Also mapped from “{dup.join('”, “')}”. Map each field once.</div>
              )}
            </li>
          );
        })}
      </ul>
      {state.mappingProblems.length > 0 && !ctx.dirty && (
        <Notice kind="warn">
          <ul class="plain">
            {state.mappingProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Notice>
      )}
      <div class="actions sticky">
        <button type="button" class="action" disabled={!ctx.dirty || !!ctx.busy} onClick={() => void ctx.saveDraft()}>
          Save mapping
        </button>
        <button
          type="button"
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

      <h2>Templates</h2>
      <p class="hint">Save this mapping under a name, then apply it to another sheet with the same kind of columns.</p>
      <div class="row">
        <input
          type="text"
          aria-label="Template name"
          placeholder="Template name"
          value={tplName}
          maxLength={60}
          onInput={(e) => setTplName((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void saveTemplate();
          }}
        />
        <button type="button" disabled={!tplName.trim() || !!ctx.busy} onClick={() => void saveTemplate()}>
          Save template
        </button>
      </div>
      {state.templates.length > 0 ? (
        <ul class="tpl-list">
          {state.templates.map((name) => (
            <li key={name} class="tpl-row">
              <span class="tpl-name" title={name}>
                {name}
              </span>
              {confirmDelete === name ? (
                <>
                  <button type="button" class="danger small" onClick={() => void remove(name)} aria-label={`Confirm delete template ${name}`}>
                    Delete
                  </button>
                  <button type="button" class="small" onClick={() => setConfirmDelete('')}>
                    Keep
                  </button>
                </>
              ) : (
                <>
                  <button type="button" class="small" disabled={!!ctx.busy} onClick={() => void apply(name)} aria-label={`Apply template ${name} to ${state.sheetName}`}>
                    Apply
                  </button>
                  <button type="button" class="small" onClick={() => setConfirmDelete(name)} aria-label={`Delete template ${name}`}>
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
    </section>
  );
}
