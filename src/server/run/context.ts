// The destination context of a run, and what the onEdit re-check shares with it: how match keys are normalized, the
// "Do not import" list, the destination (the Contacts tab, or a CRM behind its sync record), the index planning
// matches against, the planner, and a row's warnings as the status column and History word them.
import { ContactIndex, buildSuppression, issueText, makeNormalizer, type KeyNormalizer, type Suppression } from '../../engine/plan';
import { makePlanner, type Planner } from '../../engine/planner';
import { destinationNames, moduleOf } from '../../crm/registry';
import { phoneKey, readPhone } from '../../engine/formats/phone';
import type { Destination } from '../../engine/destination';
import type { Contact, Mode, Settings, ValidatedRow } from '../../engine/types';
import { ContactsTab } from '../contacts';
import { tokenForRun } from '../connection';
import { appsScriptIO, createCrmDestination, crmPrecheck } from '../destinations/crm';
import { SyncRecord, SyncedDestination, destinationId } from '../sync';
import { UndoJournal } from '../undo';
import { CONTACTS_TAB, SUPPRESSION_TAB, SYNC_TAB, findTabs, sheetNamed } from '../tabs';
import { CONTACTS_VERSION_KEY, SUPPRESSION_VERSION_KEY, SYNC_VERSION_KEY, cacheIndex, cacheSuppression, cachedIndex, cachedSuppression, tabVersion } from '../contactkeys';
import { currentUser, stamp } from '../util';
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
  const sh = sheetNamed(ss, SUPPRESSION_TAB);
  if (!sh || sh.getLastRow() < 1) return { emails: new Set(), phones: new Set() };
  const cells = sh.getDataRange().getValues().flat();
  return buildSuppression(cells, normalize);
}

/** The token a run sends with: the environment's (CLI, tests), else the one stored for the user (or their Google token). */
export function runToken(env: RunEnv, settings: Settings): string | undefined {
  return env.crm?.token ?? tokenForRun(settings.destination);
}

/**
 * What tells the run's account apart in the sync record (src/server/sync.ts destinationId): the token, or for the
 * user's own Google account (whose token changes every hour) the user's email, when Apps Script gives it.
 */
export function accountIdentity(settings: Settings, token: string | undefined, envToken?: string): string | undefined {
  if (envToken === undefined && moduleOf(settings.destination.type)?.credential.kind === 'google') {
    const user = currentUser();
    return /@/.test(user) ? user : token;
  }
  return token;
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
export function destinationContext(env: RunEnv, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, kind: 'check' | 'import', opts: { mapsContactId?: boolean } = {}): DestinationContext {
  const normalize = keyNormalizer(settings);
  const suppression = readSuppression(ss, normalize);
  // Asked when a stamp is first written (an import): a check writes none.
  let tz: string | undefined;
  const now = () => stamp(new Date(), (tz ??= ss.getSpreadsheetTimeZone()));
  let dest: Destination | null = null;
  let contacts: ContactsTab | null = null;
  let sync: SyncRecord | null = null;
  if (settings.destination.type === 'contacts') {
    // A check that matches on no Contact ID reads the tab's ids only when a row already imported names one.
    const lazyIds = kind === 'check' && opts.mapsContactId === false;
    contacts = new ContactsTab(ss, { settings, normalize, suppression, now, lazyIds }, kind === 'import' ? 'keys' : 'plan');
    dest = contacts;
  } else {
    const token = runToken(env, settings);
    sync = new SyncRecord(ss, destinationId(settings.destination, accountIdentity(settings, token, env.crm?.token)), normalize, { compact: kind === 'import' });
    if (kind === 'import') {
      const d = createCrmDestination(settings.destination, token, {
        users: settings.users,
        customFields: settings.customFields,
        normalize,
        io: env.crm?.io ?? appsScriptIO({ now: () => env.now() }),
      });
      // A destination Revert run works for (Google Contacts) keeps what its updates changed in the undo journal.
      const journal = moduleOf(settings.destination.type)?.revertible ? new UndoJournal(ss) : undefined;
      dest = new SyncedDestination(d, sync, now, destinationNames(settings.destination.type), journal);
    }
  }
  const index = contacts ? contacts.index : sync ? sync.index : new ContactIndex(normalize);
  // Check builds no destination (it needs no token): the same pre-check, from the config.
  const built = dest;
  const precheck = built?.precheck ? (c: Contact, m: Mode) => built.precheck!(c, m) : crmPrecheck(settings.destination);
  const names = settings.destination.type === 'contacts' ? undefined : destinationNames(settings.destination.type);
  return { normalize, suppression, dest, contacts, sync, index, planner: makePlanner(settings, index, normalize, suppression, precheck, names) };
}

/**
 * The onEdit re-check's planner: Check's, from the same parts, with the destination's index and the suppression list
 * taken from the cache while their tab is unchanged (src/server/contactkeys.ts), and the pre-check from the config.
 */
export function cachedPlanner(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): Planner {
  const normalize = keyNormalizer(settings);
  const contactsDest = settings.destination.type === 'contacts';
  const tabs = findTabs(ss, [SUPPRESSION_TAB, contactsDest ? CONTACTS_TAB : SYNC_TAB]);
  const sup = tabs.get(SUPPRESSION_TAB.toLowerCase()) ?? null;
  const suppression = sup ? suppressionOf(sup, settings, normalize) : undefined;
  const index = contactsDest
    ? contactsIndex(ss, tabs.get(CONTACTS_TAB.toLowerCase()) ?? null, settings, normalize, suppression)
    : syncIndex(ss, tabs.get(SYNC_TAB.toLowerCase()) ?? null, settings, normalize);
  const names = contactsDest ? undefined : destinationNames(settings.destination.type);
  return makePlanner(settings, index, normalize, suppression, crmPrecheck(settings.destination), names);
}

/**
 * The "Do not import" tab's emails and phones, normalized: from the cache when the tab has not changed since it was
 * cached (1 Spreadsheet call: its last row), else read from the tab (and cached for the next edits). An empty tab
 * is no list.
 */
function suppressionOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, settings: Settings, normalize: KeyNormalizer): Suppression | undefined {
  const [lastRow, stamp] = tabVersion(sheet, SUPPRESSION_VERSION_KEY).split(':');
  if (Number(lastRow) < 1) return undefined;
  // Phones are read with the default country: another one reads them anew.
  const version = `${lastRow}:${stamp}:${settings.defaultCountry}`;
  const hit = cachedSuppression(version);
  if (hit) return hit;
  const suppression = buildSuppression(sheet.getDataRange().getValues().flat(), normalize);
  cacheSuppression(version, suppression);
  return suppression;
}

/**
 * The Contacts tab's index: from the cache when the tab has not changed since it was cached (2 Spreadsheet calls:
 * the tab and its last row), else read from the tab (and cached for the next edits).
 */
function contactsIndex(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet | null, settings: Settings, normalize: KeyNormalizer, suppression?: Suppression): ContactIndex {
  if (!sheet) return new ContactIndex(normalize);
  const version = tabVersion(sheet, CONTACTS_VERSION_KEY);
  const hit = cachedIndex(version, normalize);
  if (hit) return hit;
  const tab = new ContactsTab(ss, { settings, normalize, suppression, now: () => stamp() }, 'plan');
  cacheIndex(version, tab.index);
  return tab.index;
}

/**
 * A CRM destination's sync record index (what was sent to this account, by fingerprint), cached like the Contacts
 * tab's. The account is named as Check names it (its token's digest, from UserProperties; nothing is fetched).
 */
function syncIndex(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet | null, settings: Settings, normalize: KeyNormalizer): ContactIndex {
  let token: string | undefined;
  try {
    token = tokenForRun(settings.destination);
  } catch {
    token = undefined;
  }
  const dest = destinationId(settings.destination, accountIdentity(settings, token));
  if (!sheet) return new SyncRecord(ss, dest, normalize).index;
  const version = `${dest}|${tabVersion(sheet, SYNC_VERSION_KEY)}`;
  const hit = cachedIndex(version, normalize, 'sidx');
  if (hit) return hit;
  const index = new SyncRecord(ss, dest, normalize).index;
  cacheIndex(version, index, 'sidx');
  return index;
}
