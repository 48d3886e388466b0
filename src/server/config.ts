// Saved configuration in DocumentProperties: settings (no tokens) and the header row per sheet. Mappings and
// templates: src/server/mappingstore.ts. Settings of any reasonable size are kept in pieces (store.ts): up to
// MAX_VALUE_BYTES (128 KB) of JSON, e.g. thousands of users and custom-field options; past it saving says so.
import { defaultSettings } from '../engine/settings';
import { destinationUrls, moduleOf, readSettings } from '../crm/registry';
import type { Settings } from '../engine/types';
import { destinationUrlProblem, type UrlPolicy } from '../shared/url';
import type { DestinationView, SettingsView } from '../shared/api';
import { KEYED, load, save } from './store';
import { docProps } from './util';
import { UserError } from './errors';

/** The stored settings input (what resolveSettings reads), without mapping and tokens. */
export function loadSettingsInput(props = docProps()): Record<string, unknown> {
  return load('settings', props) ?? {};
}

/** The saved settings, else the defaults. `props`: the document properties a caller holds already. */
export function loadSettings(props = docProps()): Settings {
  const r = readSettings(loadSettingsInput(props));
  return 'settings' in r ? r.settings : defaultSettings();
}

/**
 * Saves settings from the sidebar's view (validated by resolveSettings; errors are shown to the user). A URL the
 * policy refuses (src/shared/url.ts; the add-on's: https to its allowlist) is refused here, not when a run sends.
 */
export function saveSettingsView(view: Partial<SettingsView>, urls: UrlPolicy): Settings {
  const input: Record<string, unknown> = { ...loadSettingsInput() };
  for (const k of ['mode', 'matchOn', 'dontUpdateEmpty', 'policy', 'defaultCountry', 'dateOrder', 'users', 'customFields', 'listSuccesses', 'phoneFormat'] as const) {
    if (view[k] !== undefined) input[k] = view[k];
  }
  if (view.recordLimit !== undefined) input.recordLimit = view.recordLimit === null ? undefined : view.recordLimit;
  if (view.destination) input.destination = destinationInput(view.destination, input.destination);
  const r = readSettings(input);
  if ('errors' in r) throw new UserError(r.errors.join(' '));
  const bad = destinationUrlProblem(destinationUrls(r.settings.destination), urls);
  if (bad) throw new UserError(bad);
  save('settings', input);
  return r.settings;
}

/**
 * The destination the sidebar saves: its type and the values of its form fields (a required one even when empty, so
 * settings name what is missing; an optional one only when given). Keys the form does not show (a webhook's headers,
 * HighLevel's customFieldIds from settings.json) are kept while the type stays the same.
 */
function destinationInput(view: DestinationView, stored: unknown): Record<string, unknown> {
  const m = moduleOf(view.type);
  if (!m) throw new UserError(`There is no destination "${String(view.type)}" to import into.`);
  const before = stored && typeof stored === 'object' && (stored as { type?: unknown }).type === view.type ? (stored as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { type: view.type };
  for (const s of m.settings) {
    if (!s.form) {
      if (s.kind !== 'secret' && before[s.key] !== undefined) out[s.key] = before[s.key];
      continue;
    }
    const v = view[s.key];
    const t = typeof v === 'string' ? v.trim() : '';
    if (t || s.required) out[s.key] = t;
  }
  return out;
}

/** The header row the settings set (the CLI's settings.json), or undefined: then it is found on the sheet. */
export function headerRowSetting(): number | undefined {
  return loadSettingsInput().headerRow === undefined ? undefined : loadSettings().headerRow;
}

export function headerRowFor(sheetId: number): number {
  const v = Number(docProps().getProperty(KEYED.headerRow(sheetId)));
  return Number.isInteger(v) && v >= 1 ? v : 0;
}

export function saveHeaderRow(sheetId: number, row: number): void {
  docProps().setProperty(KEYED.headerRow(sheetId), String(row));
}
