// Starting a run: the settings it uses on this sheet, what a check's result depends on, and its state.
import { emptyCounts } from '../../engine/history';
import type { Settings } from '../../engine/types';
import { SheetValidator } from '../../engine/validate';
import { hash53 } from '../../engine/fingerprint';
import { destinationName, destinationUrls } from '../../crm/registry';
import { loadSettings, saveHeaderRow } from '../config';
import { save } from '../store';
import { CONTACTS_VERSION_KEY, EDIT_STAMP_KEY, SYNC_VERSION_KEY, bumpVersionStamp } from '../contactkeys';
import { crmConfigProblem } from '../destinations/crm';
import { editStamp } from '../editlog';
import { historySheet, startBlock } from '../historytab';
import { compactMapping, noteMappingUse, pruneMappings, wideAutoMapping } from '../mappingstore';
import { mappingFor, openSource, type SourceInfo } from '../source';
import { currentUser, docProps, newRunId, sheetIdOf, sheetNameOf, stamp } from '../util';
import { UserError } from '../errors';
import { withWords } from '../words';
import { destinationUrlProblem } from '../../shared/url';
import { runToken } from './context';
import { urlPolicyOf, wordsOf, type RunEnv } from './env';
import { dropRunCache, startedSource } from './execution';
import { busyMessage, loadRun, saveNewRun, type RunState } from './state';
import { summaryOf } from './summary';


/** The settings a run on this sheet uses (saved settings, the sheet's header row and mapping, auto-mapped). */
export function runSettings(sheet: GoogleAppsScript.Spreadsheet.Sheet): { settings: Settings; src: SourceInfo; validator: SheetValidator } {
  const settings0 = loadSettings();
  const src = openSource(sheet);
  const mapping = mappingFor(src) ?? wideAutoMapping(src.headers, { customFields: settings0.customFields, defaultCountry: settings0.defaultCountry });
  const settings: Settings = { ...settings0, headerRow: src.headerRow, ...(mapping ? { mapping } : {}) };
  const validator = new SheetValidator(src.headers, settings, settings.mapping);
  // Compact (the mapped columns): the run's settings and the checked sheet are stored, whatever the sheet's width.
  settings.mapping = compactMapping(src.headers, validator.mapping, settings.customFields);
  return { settings, src, validator };
}

/**
 * What a check's result depends on, as one short hash: the sheet and its extent, the run's settings and mapping,
 * and the stamps every edit (onEdit), import and write of the Contacts tab or sync record changes (1 Properties call).
 */
export function checkBasis(sheetId: number, src: SourceInfo, settings: Settings): string {
  let p: Record<string, string> = {};
  try {
    p = docProps().getProperties();
  } catch {
    p = {};
  }
  const stamps = [EDIT_STAMP_KEY, CONTACTS_VERSION_KEY, SYNC_VERSION_KEY].map((k) => p[k] ?? '');
  return hash53(JSON.stringify([sheetId, src.headerRow, src.lastRow, src.dataCols, src.statusCol, settings, stamps]));
}

export function startRun(env: RunEnv, kind: 'check' | 'import', sheet: GoogleAppsScript.Spreadsheet.Sheet): RunState {
  // Another run holds the sheet: an import until it ends; another user's check while it is alive (not stale). A
  // user's own check is started again; a check nobody works on any more (stale) is taken over.
  const existing = loadRun(undefined, false);
  if (existing && existing.status === 'Processing') {
    const stale = env.now() - existing.heartbeat > env.budgets.staleMs;
    const own = kind === 'check' && existing.kind === 'check' && existing.user === currentUser();
    if (existing.kind === 'import' || (!stale && !own)) throw new UserError(busyMessage(env, existing));
  }
  // An import changes what a check would say (statuses, the destination): the last check no longer stands.
  if (kind === 'import') bumpVersionStamp(EDIT_STAMP_KEY);
  const { settings, src, validator } = runSettings(sheet);
  if (!validator.mapping || !Object.values(validator.mapping).some((f) => !!f)) {
    throw new UserError(withWords('No column is mapped to a contact field.', wordsOf(env).mapColumns));
  }
  if (kind === 'import' && settings.destination.type !== 'contacts') {
    // A destination that cannot work is refused before the run starts (no History block, nothing painted).
    // Then the URL rule with the environment's policy (Apps Script: the built allowlist, no loopback).
    const problem = crmConfigProblem(settings.destination, runToken(env, settings)) ?? destinationUrlProblem(destinationUrls(settings.destination), urlPolicyOf(env));
    if (problem) throw new UserError(problem);
  }
  const ss = sheet.getParent();
  const now = new Date();
  const state: RunState = {
    runId: newRunId(now),
    kind,
    sheetId: sheetIdOf(sheet),
    sheetName: sheetNameOf(sheet),
    headerRow: src.headerRow,
    firstRow: src.firstRow,
    lastRow: src.lastRow,
    cursor: src.firstRow,
    // An import's History shows it, in the zone the source asks once an execution (its date cells are read in it
    // too); a check's busy message asks the zone only when it is shown (startedStamp).
    startedAt: kind === 'import' ? stamp(now, src.zone()) : '',
    startedMs: now.getTime(),
    user: currentUser(),
    status: 'Processing',
    heartbeat: env.now(),
    counts: emptyCounts(),
    check: { ready: 0, create: 0, update: 0, warnings: 0, errors: 0, duplicates: 0, alreadyImported: 0, skipped: 0, groups: {} },
    historyRow: 0,
    historyWritten: 0,
    destination: destinationName(settings.destination.type),
    settings,
    chunks: 0,
  };
  if (kind === 'check') state.basis = checkBasis(state.sheetId, src, settings);
  // Edits before the run are in what it reads; those during it are recorded for it (src/server/run/edited.ts).
  state.editStamp = editStamp();
  saveHeaderRow(state.sheetId, src.headerRow);
  save('checked', { sheetId: state.sheetId, headerRow: src.headerRow, mapping: settings.mapping ?? {} });
  noteMappingUse(sheet, src.headers);
  pruneMappings(ss, [sheet]);
  if (kind === 'import') {
    const hist = historySheet(ss);
    state.historyRow = startBlock(hist, summaryOf(state));
  }
  dropRunCache();
  startedSource(state.runId, src);
  saveNewRun(env, state);
  return state;
}
