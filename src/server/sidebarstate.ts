// The sidebar's state: the sheet's columns with their mapping and suggestions, the fields, the settings as the sidebar
// edits them (no token), the templates, a run in progress and the last import.
import { dictOf, own } from '../shared/dict';
import { listFields } from '../engine/fields';
import { columnKeys } from '../engine/automap';
import { SheetValidator } from '../engine/validate';
import { cellText } from '../engine/formats/text';
import type { DestinationConfig, FieldKey, Mapping, Settings } from '../engine/types';
import { destinationDescriptors } from '../crm/registry';
import type { ColumnView, DestinationView, FieldOption, RunSummaryView, SettingsView, SidebarState } from '../shared/api';
import { loadSettings } from './config';
import { loadMapping, suggestColumns, templateNames } from './mappingstore';
import { progress } from './run/summary';
import { loadRun } from './run/state';
import { tokenState } from './secrets';
import { openSource, readRows } from './source';
import { load, type LastRun } from './store';

/** The last import's summary as the sidebar shows it (without the sheet it ran on). */
export function lastRunView(last: LastRun): RunSummaryView {
  const { sheetId: _sheetId, ...view } = last;
  return view;
}

/** The destination as the sidebar edits it: its form fields' values as text (the registry's descriptor says which). */
function destinationView(d: DestinationConfig): DestinationView {
  const tok = d.type === 'contacts' ? { connected: true, tokenLast4: '' } : tokenState(d.type);
  const out: DestinationView = { type: d.type, connected: tok.connected, tokenLast4: tok.tokenLast4 };
  for (const f of destinationDescriptors().find((x) => x.type === d.type)?.fields ?? []) out[f.key] = typeof d[f.key] === 'string' ? (d[f.key] as string) : '';
  return out;
}

function settingsView(s: Settings): SettingsView {
  return {
    mode: s.mode,
    matchOn: s.matchOn,
    dontUpdateEmpty: s.dontUpdateEmpty,
    policy: s.policy,
    defaultCountry: s.defaultCountry,
    dateOrder: s.dateOrder,
    users: s.users,
    customFields: s.customFields,
    recordLimit: s.recordLimit ?? null,
    listSuccesses: s.listSuccesses,
    phoneFormat: s.phoneFormat,
    destination: destinationView(s.destination),
  };
}

/** The message for a sheet with neither a header row nor data: there are no columns to map. */
export function emptySheetProblem(name: string): string {
  return `"${name}" has no header row or data yet: put the contacts under a header row (for example Name, Email, Phone), then reload.`;
}

export function buildState(sheet: GoogleAppsScript.Spreadsheet.Sheet, mappingOverride?: Mapping, note?: string): SidebarState {
  const settings = loadSettings();
  const src = openSource(sheet);
  // An empty sheet: no header cell and no data row. No made-up column ("Column A"): there is nothing to map.
  const empty = src.lastRow <= src.headerRow && src.headers.every((h) => cellText(h as never) === '');
  const samples = readRows(src, src.firstRow, Math.min(src.lastRow, src.firstRow + 19));
  const keys = columnKeys(src.headers);
  const saved = loadMapping(src.headers);
  // Row 1 looks like data: the columns are mapped by their content (row 1 included) until the user chooses.
  const noHeader = src.headerInfo?.found === 'none';
  const sug = noHeader
    ? suggestColumns(keys.map(() => ''), { customFields: settings.customFields, sampleRows: [src.headers, ...samples], defaultCountry: settings.defaultCountry, noHeader })
    : suggestColumns(keys, { customFields: settings.customFields, sampleRows: samples, defaultCountry: settings.defaultCountry });
  // Without a mapping, the suggestions are the mapping (what autoMapping would make of them): derived once, here.
  const mapping = mappingOverride ?? saved ?? settings.mapping ?? dictOf(keys.map((k, i): [string, FieldKey | null] => [k, sug[i].field]));
  const validator = new SheetValidator(src.headers, { ...settings, headerRow: src.headerRow }, mapping, samples);
  // The validator's mapping is applied already (one field per column key).
  const plan = { fields: keys.map((k) => own(validator.mapping, k) ?? null) };
  const columns: ColumnView[] = empty ? [] : keys.map((k, i) => {
    const sample = samples.map((r) => r[i]).find((v) => v !== '' && v !== null && v !== undefined);
    return {
      index: i,
      header: k,
      sample: sample === undefined ? '' : cellText(sample),
      field: plan.fields[i],
      suggested: sug[i].field,
      confidence: sug[i].confidence,
      ...(sug[i].basis ? { basis: sug[i].basis } : {}),
      ...(sug[i].reason ? { reason: sug[i].reason } : {}),
    };
  });
  const identity = ['name', 'firstName', 'lastName', 'phone', 'email'];
  const fields: FieldOption[] = listFields(settings.customFields).map((f) => {
    const o: FieldOption = { key: f.key, label: f.label, custom: f.custom };
    if (settings.mode !== 'update' && identity.includes(f.key)) o.requiredGroup = 'identity';
    if (settings.mode !== 'create' && (settings.matchOn as string[]).includes(f.key)) o.requiredGroup = o.requiredGroup ?? 'matchKey';
    return o;
  });
  const run = loadRun();
  const last = load('lastRun');
  return {
    sheetName: sheet.getName(),
    headerRow: src.headerRow,
    columns,
    fields,
    mappingSaved: !!saved,
    mappingProblems: empty ? [emptySheetProblem(sheet.getName())] : validator.problems,
    settings: settingsView(settings),
    templates: templateNames(),
    pendingRun: run && run.status === 'Processing' ? progress(run) : null,
    lastRun: last ? lastRunView(last) : null,
    ...(note ? { sheetNote: note } : {}),
    ...(src.headerInfo?.message && !empty ? { headerNote: src.headerInfo.message } : {}),
    ...(noHeader && !empty ? { noHeaderRow: true } : {}),
    destinations: destinationDescriptors(),
  };
}
