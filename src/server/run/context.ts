// The destination context of a run, and what the onEdit re-check shares with it: how match keys are normalized, the
// "Do not import" list, the destination (the Contacts tab, or a CRM behind its sync record), the index planning
// matches against, the planner, and a row's warnings as the status column and History word them.
import { ContactIndex, buildSuppression, issueText, makeNormalizer, type KeyNormalizer, type Suppression } from '../../engine/plan';
import { destinationNames, makePlanner, type Planner } from '../../engine/planner';
import { phoneKey, readPhone } from '../../engine/formats/phone';
import type { Destination } from '../../engine/destination';
import type { Contact, Mode, Settings, ValidatedRow } from '../../engine/types';
import { ContactsTab } from '../contacts';
import { tokenForRun } from '../connection';
import { appsScriptIO, createCrmDestination, crmPrecheck } from '../destinations/crm';
import { SyncRecord, SyncedDestination, destinationId } from '../sync';
import { SUPPRESSION_TAB, findTab } from '../tabs';
import { stamp } from '../util';
import type { RunEnv } from './env';

export function keyNormalizer(settings: Settings): KeyNormalizer {
  return makeNormalizer((v) => {
    const s = v.trim();
    if (/^\+[\d\s().-]+(?:\s*(?:ext\.?|x)\s*\d+)?$/i.test(s)) return phoneKey(s.replace(/[\s().-]/g, ''));
    const r = readPhone(s, { defaultCountry: settings.defaultCountry });
    return r.ok ? phoneKey(r.value) : null;
  });
}

/** A row's warnings, as the status column and History word them. */
export function warningsOf(vr: ValidatedRow): string[] {
  return vr.issues.filter((i) => i.severity === 'warning').map(issueText);
}

/** The "Do not import" tab's emails and phones, normalized (read whole: 2 calls). */
export function readSuppression(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, normalize: KeyNormalizer): Suppression {
  const sh = findTab(ss, SUPPRESSION_TAB);
  if (!sh || sh.getLastRow() < 1) return { emails: new Set(), phones: new Set() };
  const cells = sh.getDataRange().getValues().flat();
  return buildSuppression(cells, normalize);
}

/** The token a run sends with: the environment's (CLI, tests), else the one stored for the user. */
export function runToken(env: RunEnv, settings: Settings): string | undefined {
  return env.crm?.token ?? tokenForRun(settings.destination);
}

export interface DestinationContext {
  normalize: KeyNormalizer;
  suppression: Suppression;
  /** Where an import writes; null for a check (which never writes, so needs no CRM token). */
  dest: Destination | null;
  contacts: ContactsTab | null;
  /** CRM destinations: what was sent to this destination before. */
  sync: SyncRecord | null;
  /** What planning matches against: the Contacts tab's contacts, or the sync record's fingerprints. */
  index: ContactIndex;
  /** The one planner of a row (Check, import and onEdit alike). */
  planner: Planner;
}

/**
 * A run's destination context, read from the workbook. Throws CrmConfigError when a CRM destination cannot work (an
 * http URL, no token).
 */
export function destinationContext(env: RunEnv, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, kind: 'check' | 'import'): DestinationContext {
  const normalize = keyNormalizer(settings);
  const suppression = readSuppression(ss, normalize);
  const tz = ss.getSpreadsheetTimeZone();
  const now = () => stamp(new Date(), tz);
  let dest: Destination | null = null;
  let contacts: ContactsTab | null = null;
  let sync: SyncRecord | null = null;
  if (settings.destination.type === 'contacts') {
    contacts = new ContactsTab(ss, { settings, normalize, suppression, now });
    dest = contacts;
  } else {
    const token = runToken(env, settings);
    sync = new SyncRecord(ss, destinationId(settings.destination, token), normalize, { compact: kind === 'import' });
    if (kind === 'import') {
      const d = createCrmDestination(settings.destination, token, {
        users: settings.users,
        customFields: settings.customFields,
        io: env.crm?.io ?? appsScriptIO({ now: () => env.now() }),
      });
      dest = new SyncedDestination(d, sync, now, destinationNames(settings.destination.type));
    }
  }
  const index = contacts ? contacts.index : sync ? sync.index : new ContactIndex(normalize);
  // Check builds no destination (it needs no token): the same pre-check, from the config.
  const built = dest;
  const precheck = built?.precheck ? (c: Contact, m: Mode) => built.precheck!(c, m) : crmPrecheck(settings.destination);
  return { normalize, suppression, dest, contacts, sync, index, planner: makePlanner(settings, index, normalize, suppression, precheck) };
}
