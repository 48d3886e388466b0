// Contact Import sidebar: Map, Settings, Check and Import, over the typed server wrapper.
import { setOwn } from '../src/shared/dict';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Mapping, SidebarState } from '../src/shared/api';
import type { Ctx, TabId } from './context';
import { call, readableError } from './api';
import { Icon, Notice } from './ui';
import { MapTab } from './map';
import { SettingsTab } from './settings';
import { CheckTab } from './check';
import { ImportTab } from './import';

const TABS: Array<[TabId, string]> = [
  ['map', 'Map'],
  ['settings', 'Settings'],
  ['check', 'Check'],
  ['import', 'Import'],
];

export function mappingOf(state: SidebarState): Mapping {
  const m: Mapping = {};
  for (const c of state.columns) setOwn(m, c.header, c.field);
  return m;
}
const sameMapping = (a: Mapping, b: Mapping) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && (a[k] ?? null) === (b[k] ?? null));
};

function App() {
  const [state, setState] = useState<SidebarState | null>(null);
  const [tab, setTab] = useState<TabId>('map');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState('');
  const [live, setLive] = useState('');
  const busyRef = useRef(0);
  const [draft, setDraft] = useState<Mapping>({});
  const savedKey = state ? JSON.stringify(state.columns.map((c) => [c.header, c.field])) : '';
  useEffect(() => {
    if (state) setDraft(mappingOf(state));
  }, [savedKey]);
  const dirty = state ? !sameMapping(draft, mappingOf(state)) : false;

  const act = async <T,>(label: string, fn: () => Promise<T>): Promise<T | undefined> => {
    setError('');
    busyRef.current++;
    setBusy(label);
    try {
      return await fn();
    } catch (e) {
      setError(readableError(e));
      return undefined;
    } finally {
      if (--busyRef.current === 0) setBusy('');
    }
  };
  const reload = async (quiet = false) => {
    if (quiet) {
      try {
        setState(await call('getSidebarState'));
      } catch {
        // e.g. the run left another tab active; the state shown stays valid until the user reloads.
      }
      return;
    }
    const s = await act('Loading', () => call('getSidebarState'));
    if (s) setState(s);
  };
  useEffect(() => {
    void reload().then(() => undefined);
  }, []);
  useEffect(() => {
    // Once loaded, an interrupted run brings the user straight to where it can be resumed.
    if (state?.pendingRun) setTab(state.pendingRun.kind === 'check' ? 'check' : 'import');
  }, [state !== null]);

  const onTabKey = (e: KeyboardEvent, i: number) => {
    const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!d) return;
    e.preventDefault();
    const next = TABS[(i + d + TABS.length) % TABS.length][0];
    setTab(next);
    (document.getElementById(`tab-${next}`))?.focus();
  };

  const saveDraft = async () => {
    if (!state) return undefined;
    if (!dirty) return state;
    const s = await act('Saving mapping', () => call('saveMapping', draft));
    if (s) {
      setState(s);
      setLive('Mapping saved');
    }
    return s;
  };
  const ctx: Ctx | null = state
    ? { state, setState, act, busy, announce: setLive, goTo: setTab, reload, draft, setDraft, dirty, saveDraft }
    : null;

  return (
    <div class="app">
      <header class="top">
        <div class="top-title">
          {/* Sheets shows the title in the sidebar's own title bar; this one is for screen readers. */}
          <h1 class="sr-only">Contact Import</h1>
          {state && (
            <div class="sheet-name" title="The sheet being imported">
              Sheet: <b>{state.sheetName}</b>
            </div>
          )}
        </div>
        <button type="button" class="icon-btn" aria-label="Reload from the active sheet" title="Reload from the active sheet" onClick={() => void reload()}>
          <Icon name="refresh" />
        </button>
      </header>
      <nav class="tabs" role="tablist" aria-label="Steps">
        {TABS.map(([id, label], i) => (
          <button
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            class={tab === id ? 'tab active' : 'tab'}
            onClick={() => setTab(id)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            <span class="tab-num" aria-hidden="true">{i + 1}</span>
            {label}
          </button>
        ))}
      </nav>
      <div class="busy-line" aria-hidden={!busy}>{busy && <div class="busy-bar" />}</div>
      <main class="content">
        {error && (
          <Notice kind="error" onClose={() => setError('')}>
            {error}
          </Notice>
        )}
        {state?.sheetNote && <Notice kind="info">{state.sheetNote}</Notice>}
        {!ctx && !error && <p class="muted">Loading…</p>}
        {ctx &&
          TABS.map(([id]) => (
            // Every panel stays mounted (hidden when inactive) so unsaved edits survive a tab switch.
            <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id} key={id}>
              {id === 'map' && <MapTab ctx={ctx} />}
              {id === 'settings' && <SettingsTab ctx={ctx} />}
              {id === 'check' && <CheckTab ctx={ctx} />}
              {id === 'import' && <ImportTab ctx={ctx} />}
            </div>
          ))}
      </main>
      <div class="sr-only" aria-live="polite" role="status">
        {busy ? `${busy}…` : live}
      </div>
    </div>
  );
}

render(<App />, document.getElementById('app')!);
