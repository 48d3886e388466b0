// Saved configuration in DocumentProperties: settings (no tokens), the mapping per sheet keyed by its header
// signature (re-applied when the headers match), the header row per sheet, and named templates.
import { dict } from '../shared/dict';
import { columnKeys, STATUS_HEADER } from '../engine/automap';
import { hash53 } from '../engine/fingerprint';
import { defaultSettings, resolveSettings } from '../engine/settings';
import type { CellValue, Mapping, Settings } from '../engine/types';
import { destinationUrlProblem, type UrlPolicy } from '../shared/url';
import type { SettingsView } from '../shared/api';
import { KEYED, load, loadMappingAt, save, saveMappingAt } from './store';
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
  if (view.destination) {
    const d = view.destination;
    if (d.type === 'contacts') input.destination = { type: 'contacts' };
    else if (d.type === 'hubspot') input.destination = { type: 'hubspot', ...(d.baseUrl ? { baseUrl: d.baseUrl } : {}) };
    else if (d.type === 'highlevel') input.destination = { type: 'highlevel', locationId: d.locationId, ...(d.baseUrl ? { baseUrl: d.baseUrl } : {}) };
    else input.destination = { type: 'webhook', url: d.url };
  }
  const r = resolveSettings(input);
  if ('errors' in r) throw new UserError(r.errors.join(' '));
  const bad = destinationUrlProblem(r.settings.destination, urls);
  if (bad) throw new UserError(bad);
  save('settings', input);
  return r.settings;
}

/** Signature of a header row: its column keys without the status column. */
export function headerSignature(headers: readonly CellValue[]): string {
  const keys = columnKeys(headers).filter((k) => k.toLowerCase() !== STATUS_HEADER.toLowerCase());
  return hash53(keys.join('\u0001'));
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

export function loadMapping(headers: readonly CellValue[]): Mapping | null {
  return loadMappingAt(KEYED.mapping(headerSignature(headers)));
}

export function saveMappingFor(headers: readonly CellValue[], mapping: Mapping): void {
  const clean: Mapping = dict();
  for (const [k, v] of Object.entries(mapping)) if (k.toLowerCase() !== STATUS_HEADER.toLowerCase()) clean[k] = v;
  saveMappingAt(KEYED.mapping(headerSignature(headers)), clean);
}

export function templateNames(): string[] {
  const all = docProps().getProperties();
  return Object.keys(all)
    .filter((k) => k.startsWith(KEYED.templatePrefix))
    .map((k) => k.slice(KEYED.templatePrefix.length))
    .sort();
}

export function saveTemplateMapping(name: string, mapping: Mapping): void {
  const n = name.trim();
  if (!n) throw new UserError('Give the template a name.');
  if (n.length > 100) throw new UserError('Template names are limited to 100 characters.');
  saveMappingAt(KEYED.template(n), mapping);
}

export function loadTemplate(name: string): Mapping {
  const m = loadMappingAt(KEYED.template(name));
  if (!m) throw new UserError(`There is no template named "${name}".`);
  return m;
}

export function deleteTemplateMapping(name: string): void {
  docProps().deleteProperty(KEYED.template(name));
}
