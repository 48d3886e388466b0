// Saved configuration in DocumentProperties: settings (no tokens) and the header row per sheet. Mappings and
// templates: src/server/mappingstore.ts. Settings of any reasonable size are kept in pieces (store.ts): up to
// MAX_VALUE_BYTES (128 KB) of JSON, e.g. thousands of users and custom-field options; past it saving says so.
import { defaultSettings, resolveSettings } from '../engine/settings';
import type { DestinationConfig, Settings } from '../engine/types';
import { HTTPS_ONLY, checkEndpointUrl } from '../shared/url';
import type { SettingsView } from '../shared/api';
import { KEYED, load, save } from './store';
import { docProps } from './util';
import { UserError } from './errors';

/** The stored settings input (what resolveSettings reads), without mapping and tokens. */
export function loadSettingsInput(): Record<string, unknown> {
  return load('settings') ?? {};
}

export function loadSettings(): Settings {
  const r = resolveSettings(loadSettingsInput());
  return 'settings' in r ? r.settings : defaultSettings();
}

/** Saves settings from the sidebar's view (validated by resolveSettings; errors are shown to the user). */
export function saveSettingsView(view: Partial<SettingsView>): Settings {
  const input: Record<string, unknown> = { ...loadSettingsInput() };
  for (const k of ['mode', 'matchOn', 'dontUpdateEmpty', 'policy', 'defaultCountry', 'dateOrder', 'users', 'customFields', 'listSuccesses'] as const) {
    if (view[k] !== undefined) input[k] = view[k];
  }
  if (view.recordLimit !== undefined) input.recordLimit = view.recordLimit === null ? undefined : view.recordLimit;
  if (view.destination) {
    const d = view.destination;
    if (d.type === 'contacts') input.destination = { type: 'contacts' };
    else if (d.type === 'hubspot') input.destination = { type: 'hubspot', ...(d.baseUrl ? { baseUrl: d.baseUrl } : {}) };
    else if (d.type === 'highlevel') input.destination = { type: 'highlevel', locationId: d.locationId, ...(d.baseUrl ? { baseUrl: d.baseUrl } : {}) };
    else input.destination = { type: 'webhook', url: d.url };
  }
  const r = resolveSettings(input);
  if ('errors' in r) throw new UserError(r.errors.join(' '));
  const bad = insecureUrl(r.settings.destination);
  if (bad) throw new UserError(bad);
  save('settings', input);
  return r.settings;
}

/**
 * The endpoint URL rule (src/shared/url.ts) on a destination's URLs, checked when settings are saved: a URL the run
 * would refuse is refused here, with the sentence the sidebar shows. Null when they pass (or there are none).
 */
export function insecureUrl(d: DestinationConfig): string | null {
  const urls: Array<[string | undefined, string]> =
    d.type === 'webhook' ? [[d.url, 'The webhook URL']] : d.type === 'hubspot' ? [[d.baseUrl, 'The HubSpot base URL']] : d.type === 'highlevel' ? [[d.baseUrl, 'The HighLevel base URL']] : [];
  for (const [url, what] of urls) {
    if (d.type !== 'webhook' && !url) continue; // the CRM's public API
    const c = checkEndpointUrl(url ?? '', what);
    if (c.ok) continue;
    return c.problem === 'insecure' ? `${what} "${(url ?? '').trim()}" cannot be used. ${HTTPS_ONLY}` : c.message;
  }
  return null;
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
