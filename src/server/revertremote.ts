// "Revert run" for a CRM that can revert (the registry's `revertible`: Google Contacts): its client removes the
// contacts the run created and puts back, from the undo journal, the fields the run changed on the contacts it
// updated (where nobody changed them since). Then the run's journal entries and sync records are dropped, so a later
// run imports those rows again.
import type { Settings } from '../engine/types';
import { destinationId, SyncRecord } from './sync';
import type { RevertResult } from './contactsrevert';
import { appsScriptIO, createCrmDestination } from './destinations/crm';
import { UserError } from './errors';
import { accountIdentity, keyNormalizer, runToken } from './run/context';
import type { RunEnv } from './run/env';
import { UndoJournal } from './undo';

export function revertRemote(env: RunEnv, book: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, runId: string, destination: string): RevertResult {
  const config = settings.destination;
  const dest = createCrmDestination(config, runToken(env, settings), { io: env.crm?.io ?? appsScriptIO({ now: () => env.now() }) });
  if (dest.label !== destination || !dest.revert) {
    throw new UserError(`Run ${runId} sent its contacts to ${destination}, and the settings now import into ${dest.label}: choose ${destination} in Settings to revert it.`);
  }
  const journal = new UndoJournal(book);
  const updated = journal.entries(runId).map((e) => ({
    line: e.line,
    id: e.contactId,
    changes: e.changes as Record<string, [string, string]> | null,
  }));
  const out = dest.revert({ runId, updated });
  if (out.stop) throw new UserError(`${out.stop.message} Nothing of the revert was recorded; revert the run again to finish it.`);
  journal.removeRun(runId);
  const token = runToken(env, settings);
  new SyncRecord(book, destinationId(config, accountIdentity(settings, token, env.crm?.token)), keyNormalizer(settings)).forgetRun(runId);
  return { removed: out.removed, restored: out.restored, left: out.left };
}
