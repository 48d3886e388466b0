// Settings: mode, match order, empty values, policy, country and dates, destination (its form comes from the
// registry's descriptors: sidebar/destination.tsx), users for owner and followers, custom fields.
import { useEffect, useState } from 'preact/hooks';
import type { ConnectionView, SettingsView } from '../src/shared/api';
import type { CustomField, CustomFieldType, MatchKey, UserRef } from '../src/shared/api';
import { MATCH_LABELS } from '../src/shared/labels';
import type { Ctx } from './context';
import { call } from './api';
import { DestinationForm, fieldId, urlError } from './destination';
import { Icon, Notice } from './ui';

const ALL_KEYS: MatchKey[] = ['contactId', 'externalId', 'email', 'phone'];
const COUNTRIES: Array<[string, string]> = [
  ['US', 'United States'], ['CA', 'Canada'], ['GB', 'United Kingdom'], ['IE', 'Ireland'], ['AU', 'Australia'],
  ['NZ', 'New Zealand'], ['DE', 'Germany'], ['FR', 'France'], ['ES', 'Spain'], ['IT', 'Italy'], ['NL', 'Netherlands'],
  ['BE', 'Belgium'], ['CH', 'Switzerland'], ['SE', 'Sweden'], ['PL', 'Poland'], ['PT', 'Portugal'], ['BR', 'Brazil'],
  ['MX', 'Mexico'], ['IN', 'India'], ['SG', 'Singapore'], ['ZA', 'South Africa'], ['JP', 'Japan'],
];
const TYPES: Array<[CustomFieldType, string]> = [
  ['text', 'Text'], ['largeText', 'Large text'], ['number', 'Number'], ['monetary', 'Monetary'], ['date', 'Date'],
  ['phone', 'Phone'], ['email', 'Email'], ['url', 'URL'], ['checkbox', 'Checkbox'],
  ['singleOption', 'Single option'], ['multipleOptions', 'Multiple options'],
];
const userName = (u: UserRef) => (typeof u === 'string' ? u : u.name);

interface Draft {
  s: SettingsView;
  order: MatchKey[];
  on: Set<MatchKey>;
  users: string;
  token: string;
}

const keyOf = (d: Draft) =>
  JSON.stringify([d.s, d.order.filter((k) => d.on.has(k)), d.users.split('\n').map((l) => l.trim()).filter(Boolean), d.token.trim()]);

function draftOf(s: SettingsView): Draft {
  const order = [...s.matchOn, ...ALL_KEYS.filter((k) => !s.matchOn.includes(k))];
  return { s: { ...s, customFields: s.customFields.map((f) => ({ ...f })) }, order, on: new Set(s.matchOn), users: s.users.map(userName).join('\n'), token: '' };
}

export function SettingsTab({ ctx }: { ctx: Ctx }) {
  const saved = ctx.state.settings;
  const [d, setD] = useState<Draft>(() => draftOf(saved));
  const [conn, setConn] = useState<ConnectionView | null>(null);
  const [savedMsg, setSavedMsg] = useState('');
  useEffect(() => setD(draftOf(saved)), [JSON.stringify(saved)]);
  const s = d.s;
  const set = (patch: Partial<SettingsView>) => {
    setSavedMsg('');
    setD({ ...d, s: { ...s, ...patch } });
  };
  const setDest = (patch: Record<string, string>) => {
    if (patch.type && patch.type !== s.destination.type) setConn(null);
    set({ destination: { ...s.destination, ...patch } });
  };
  const dirty = keyOf(d) !== keyOf(draftOf(saved));
  const knownCountry = COUNTRIES.some(([c]) => c === s.defaultCountry);
  const [otherCountry, setOtherCountry] = useState(!knownCountry);
  const dest = s.destination;
  const desc = ctx.state.destinations.find((x) => x.type === dest.type);
  const credential = desc?.credential.kind ?? 'none';
  const sameDest = dest.type === saved.destination.type;
  const connected = sameDest && saved.destination.connected;
  const urlErr = urlError(desc, dest);
  const [showErr, setShowErr] = useState(false);

  const move = (i: number, by: number) => {
    const order = [...d.order];
    const j = i + by;
    if (j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j], order[i]];
    setD({ ...d, order });
  };
  const toggle = (k: MatchKey) => {
    const on = new Set(d.on);
    if (on.has(k)) on.delete(k);
    else on.add(k);
    setD({ ...d, on });
  };
  const setField = (i: number, patch: Partial<CustomField>) => {
    const customFields = s.customFields.map((f, j) => (j === i ? { ...f, ...patch } : f));
    set({ customFields });
  };

  const save = async (): Promise<boolean> => {
    if (urlErr) {
      setShowErr(true);
      (document.getElementById(fieldId(urlErr.key)) as HTMLInputElement | null)?.focus();
      return false;
    }
    setConn(null);
    const lines = d.users.split('\n').map((l) => l.trim()).filter(Boolean);
    const users: UserRef[] = lines.map((name) => saved.users.find((u) => userName(u) === name) ?? name);
    const customFields = s.customFields
      .filter((f) => f.key.trim() || f.label.trim())
      .map((f) => ({
        key: (f.key.trim() || f.label.trim()).replace(/\s+/g, '_'),
        label: f.label.trim() || f.key.trim(),
        type: f.type,
        ...(f.type === 'singleOption' || f.type === 'multipleOptions'
          ? { options: (f.options ?? []).map((o) => o.trim()).filter(Boolean) }
          : {}),
      }));
    const patch: Partial<SettingsView> = {
      mode: s.mode,
      matchOn: d.order.filter((k) => d.on.has(k)),
      dontUpdateEmpty: s.dontUpdateEmpty,
      policy: s.policy,
      defaultCountry: s.defaultCountry.trim().toUpperCase(),
      dateOrder: s.dateOrder,
      users,
      customFields,
      recordLimit: s.recordLimit,
      listSuccesses: s.listSuccesses,
      destination: { ...dest, connected: false, tokenLast4: '' },
    };
    let st = await ctx.act('Saving settings', () => call('saveSettings', patch));
    if (!st) return false;
    const token = d.token.trim();
    let ok = true;
    if (token && credential === 'token') {
      const c = await ctx.act('Saving token', () => call('saveToken', dest.type, token));
      // A refused token (too short, spaces) is said next to the field; a saved one shows as connected.
      if (c && !c.ok) setConn(c);
      ok = !!c?.ok;
      st = (await ctx.act('Loading', () => call('getSidebarState'))) ?? st;
    }
    ctx.setState(st);
    setSavedMsg(ok ? 'Settings saved.' : '');
    if (ok) ctx.announce('Settings saved');
    return ok;
  };
  const disconnect = async () => {
    const c = await ctx.act('Disconnecting', () => call('forgetToken', dest.type));
    if (c) {
      setConn(c);
      await ctx.reload();
    }
  };
  const test = async () => {
    // Test what is on screen: unsaved changes (a new token, another URL) are saved first.
    if (dirty && !(await save())) return;
    setConn(null);
    const c = await ctx.act('Testing connection', () => call('testConnection'));
    if (c) {
      setConn(c);
      ctx.announce(c.message);
    }
  };

  return (
    <section class="panel" aria-label="Settings">
      <h2 class="first">Import</h2>
      <label class="field">
        <span>Mode</span>
        <select value={s.mode} onChange={(e) => set({ mode: (e.currentTarget).value as SettingsView['mode'] })}>
          <option value="create">Create only</option>
          <option value="update">Update only</option>
          <option value="upsert">Create and update</option>
        </select>
      </label>

      <fieldset class="field">
        <legend>Match existing contacts on, in this order</legend>
        <ol class="match-list">
          {d.order.map((k, i) => (
            <li key={k} class="match-row">
              <label class="check">
                <input type="checkbox" checked={d.on.has(k)} onChange={() => toggle(k)} />
                <span>{MATCH_LABELS[k]}</span>
              </label>
              <button type="button" class="icon-btn" aria-label={`Move ${MATCH_LABELS[k]} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                <Icon name="up" />
              </button>
              <button type="button" class="icon-btn" aria-label={`Move ${MATCH_LABELS[k]} down`} disabled={i === d.order.length - 1} onClick={() => move(i, 1)}>
                <Icon name="down" />
              </button>
            </li>
          ))}
        </ol>
        {d.on.size === 0 && <div class="field-err">Pick at least one key, or duplicates cannot be found.</div>}
      </fieldset>

      <label class="check">
        <input type="checkbox" checked={s.dontUpdateEmpty} onChange={(e) => set({ dontUpdateEmpty: (e.currentTarget).checked })} />
        <span>Don't update empty values</span>
      </label>
      <fieldset class="field">
        <legend>When a value can't be read</legend>
        <label class="check">
          <input type="radio" name="policy" checked={s.policy === 'skip-field'} onChange={() => set({ policy: 'skip-field' })} />
          <span>Skip the field (warning)</span>
        </label>
        <label class="check">
          <input type="radio" name="policy" checked={s.policy === 'fail-row'} onChange={() => set({ policy: 'fail-row' })} />
          <span>Fail the row (error)</span>
        </label>
      </fieldset>

      <h2>Formats</h2>
      <label class="field">
        <span>Default country for phone numbers</span>
        <select
          value={otherCountry ? '*' : s.defaultCountry}
          onChange={(e) => {
            const v = (e.currentTarget).value;
            setOtherCountry(v === '*');
            if (v !== '*') set({ defaultCountry: v });
          }}
        >
          {COUNTRIES.map(([c, n]) => (
            <option value={c} key={c}>
              {n} ({c})
            </option>
          ))}
          <option value="*">Other…</option>
        </select>
      </label>
      {otherCountry && (
        <label class="field">
          <span>Country code (ISO, 2 letters)</span>
          <input type="text" maxLength={2} value={s.defaultCountry} onInput={(e) => set({ defaultCountry: (e.currentTarget).value.toUpperCase() })} />
        </label>
      )}
      <fieldset class="field">
        <legend>Dates like 03/04/2024 mean</legend>
        <label class="check">
          <input type="radio" name="dateOrder" checked={s.dateOrder === 'MDY'} onChange={() => set({ dateOrder: 'MDY' })} />
          <span>Month/Day/Year (March 4)</span>
        </label>
        <label class="check">
          <input type="radio" name="dateOrder" checked={s.dateOrder === 'DMY'} onChange={() => set({ dateOrder: 'DMY' })} />
          <span>Day/Month/Year (3 April)</span>
        </label>
      </fieldset>

      <h2>Destination</h2>
      <DestinationForm
        descriptors={ctx.state.destinations}
        dest={dest}
        setDest={setDest}
        token={d.token}
        setToken={(token) => setD({ ...d, token })}
        connected={connected}
        tokenLast4={saved.destination.tokenLast4}
        conn={conn}
        disconnect={() => void disconnect()}
        shownError={showErr ? urlErr : null}
        onBlurUrl={() => setShowErr(true)}
      />
      {credential !== 'none' && (
        <div class="row">
          <button type="button" disabled={!!ctx.busy} onClick={() => void test()}>
            Test connection
          </button>
          {dirty && <span class="hint">Saves your changes first.</span>}
        </div>
      )}
      {conn && (
        <Notice kind={conn.ok ? 'ok' : 'error'} onClose={() => setConn(null)}>
          {conn.message}
        </Notice>
      )}

      <h2>Users</h2>
      <label class="field">
        <span>Users for Contact owner and followers, one per line (FirstName LastName)</span>
        <textarea rows={3} value={d.users} onInput={(e) => setD({ ...d, users: (e.currentTarget).value })} />
      </label>

      <h2>Custom fields</h2>
      {s.customFields.length === 0 && <p class="muted small-text">No custom fields.</p>}
      {s.customFields.map((f, i) => (
        <fieldset class="cf" key={i}>
          <legend class="sr-only">Custom field {i + 1}</legend>
          <div class="cf-grid">
            <label>
              <span>Label</span>
              <input type="text" value={f.label} onInput={(e) => setField(i, { label: (e.currentTarget).value })} />
            </label>
            <label>
              <span>Key</span>
              <input type="text" value={f.key} onInput={(e) => setField(i, { key: (e.currentTarget).value })} />
            </label>
          </div>
          <label>
            <span>Type</span>
            <select value={f.type} onChange={(e) => setField(i, { type: (e.currentTarget).value as CustomFieldType })}>
              {TYPES.map(([t, n]) => (
                <option value={t} key={t}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          {(f.type === 'singleOption' || f.type === 'multipleOptions') && (
            <label>
              <span>Options, separated by commas</span>
              <input type="text" value={(f.options ?? []).join(', ')} onInput={(e) => setField(i, { options: (e.currentTarget).value.split(',') })} />
            </label>
          )}
          <button type="button" class="small link-btn" aria-label={`Remove custom field ${f.label || i + 1}`} onClick={() => set({ customFields: s.customFields.filter((_, j) => j !== i) })}>
            Remove
          </button>
        </fieldset>
      ))}
      <button type="button" class="small" onClick={() => set({ customFields: [...s.customFields, { key: '', label: '', type: 'text' }] })}>
        Add custom field
      </button>

      <h2>More</h2>
      <label class="field">
        <span>Record limit (empty for none)</span>
        <input
          type="number"
          min={1}
          value={s.recordLimit ?? ''}
          onInput={(e) => {
            const v = (e.currentTarget).value;
            set({ recordLimit: v === '' ? null : Math.max(1, Math.floor(Number(v))) });
          }}
        />
      </label>
      <label class="check">
        <input type="checkbox" checked={s.listSuccesses} onChange={(e) => set({ listSuccesses: (e.currentTarget).checked })} />
        <span>List successful rows in History too</span>
      </label>

      <div class="actions sticky">
        <button type="button" class="action" disabled={!!ctx.busy} onClick={() => void save()}>
          Save settings
        </button>
        <button type="button" disabled={!dirty} onClick={() => { setD(draftOf(saved)); setSavedMsg(''); setShowErr(false); }}>
          Undo changes
        </button>
        {dirty ? <span class="unsaved">Unsaved changes</span> : savedMsg && <span class="ok-text" role="status">{savedMsg}</span>}
      </div>
    </section>
  );
}
