// The one planner of a row: what Check shows, what an import does before the destination, and what the onEdit
// trigger shows for a re-checked row. Failed rows, "already imported" (the Contacts tab's fingerprints or a CRM's
// sync record), the "Do not import" list, match and mode (the Contacts tab), the record limit, and what the
// destination will refuse anyway (its pre-check, from the config: no request, no token).
//
// The record limit (Settings.recordLimit), one rule for Check, import and onEdit, counted as rows are planned:
// - Contacts tab: the contacts the tab holds, counting the ones this run creates. A row that would create a contact
//   past the limit fails; updates and skips do not count.
// - CRM destinations: the CRM's own total is unknown, so the limit is the number of rows one run sends (created or
//   updated, the CRM decides). Rows already imported unchanged are not sent and do not count.
//
// Pure: the destination's pre-check and its names are passed in (the registry's, src/crm/registry.ts), like the index.
import { planRow, type ContactIndex, type DestinationNames, type KeyNormalizer, type PlanDecision, type Suppression } from './plan';
import type { Contact, Mode, Settings, ValidatedRow } from './types';

export interface Planner {
  settings: Settings;
  /** The Contacts tab's index, or the CRM sync record's (fingerprints of what was sent). */
  index: ContactIndex;
  normalize: KeyNormalizer;
  suppression?: Suppression;
  /** True when rows go to the Contacts tab (match and mode are decided here); false for a CRM. */
  contactsTab: boolean;
  /** What the destination will refuse before anything is sent (Destination.precheck or crmPrecheck). */
  precheck: ((contact: Contact, mode: Mode) => string | null) | null;
  /** A CRM: how "already imported to …" names it and its ids (the registry's destinationNames()). */
  names?: DestinationNames;
}

export function makePlanner(
  settings: Settings,
  index: ContactIndex,
  normalize: KeyNormalizer,
  suppression: Suppression | undefined,
  precheck: Planner['precheck'],
  names?: DestinationNames,
): Planner {
  const contactsTab = settings.destination.type === 'contacts';
  return { settings, index, normalize, suppression, contactsTab, precheck, ...(names ? { names } : {}) };
}

/** Where the record limit's running count starts (see the header): the tab's contacts, or 0 rows sent. */
export function limitStart(p: Planner): number {
  return p.contactsTab ? p.index.size : 0;
}

/** Whether a decision takes a place under the record limit (see the header). */
export function countsTowardLimit(p: Planner, d: PlanDecision): boolean {
  return d.kind === 'create' || (!p.contactsTab && d.kind === 'update');
}

/** Plans one row; `count` is the record limit's running count, advanced when the row takes a place. */
export function planOne(vr: ValidatedRow, fingerprint: string, p: Planner, count: { value: number }): PlanDecision {
  const s = p.settings;
  const d = planRow(
    { line: vr.line, result: vr.result, issues: vr.issues, contact: vr.contact, duplicateOf: vr.duplicateOf, fingerprint },
    {
      // A CRM decides create or update itself; here it is only "ready" (or already sent, by the sync record).
      mode: p.contactsTab ? s.mode : 'upsert',
      matchOn: p.contactsTab ? s.matchOn : [],
      index: p.index,
      normalize: p.normalize,
      suppression: p.suppression,
      recordLimit: s.recordLimit,
      count: count.value,
      ...(p.contactsTab ? {} : { destination: p.names ?? { name: s.destination.type, idLabel: 'id' } }),
    },
  );
  if ((d.kind === 'create' || d.kind === 'update') && p.precheck) {
    // What the destination will refuse anyway: an error now, in Check, onEdit and the import alike.
    const problem = p.precheck(vr.contact, s.mode);
    if (problem) return { kind: 'fail', line: vr.line, code: s.mode === 'update' ? 'contact_not_found' : 'required_missing', message: problem };
  }
  if (countsTowardLimit(p, d)) count.value++;
  return d;
}
