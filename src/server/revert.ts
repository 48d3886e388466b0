// "Revert run": remove the contacts an import created in the Contacts tab and restore the ones it updated (where
// nobody changed them since), as a revert block in History and in the source rows' status.
import { sheetNamed } from './tabs';
import { parseImportedStatus, type LineOutcome } from '../engine/history';
import { destinationName, isRevertible } from '../crm/registry';
import type { RunSummaryView } from '../shared/api';
import { loadSettings } from './config';
import { ContactsTab } from './contacts';
import { revertContacts, type RevertResult } from './contactsrevert';
import { appendLines, historySheet, revertModeLabel, runBlock, startBlock } from './historytab';
import { keyNormalizer } from './run/context';
import { revertRemote } from './revertremote';
import type { RunEnv } from './run/env';
import { busyMessage, loadRun } from './run/state';
import { lastRunView } from './sidebarstate';
import { openSource } from './source';
import { load, save } from './store';
import { currentUser, newRunId, stamp, withDocumentLock } from './util';
import { UserError } from './errors';

export function revertRun(env: RunEnv, runId?: string): RunSummaryView {
  return withDocumentLock(() => busyMessage(env, loadRun()), () => {
      const pending = loadRun();
      if (pending && pending.kind === 'import' && pending.status === 'Processing') throw new UserError(busyMessage(env, pending));
      const { block: b } = runBlock(runId);
      if (b.revertOf !== null) throw new UserError(`${b.runId} is a revert, not an import: there is nothing to revert.`);
      if (!isRevertible(b.destinationType ?? '')) {
        throw new UserError(`Run ${b.runId} sent its contacts to ${b.destination}. Revert works on the Contacts tab and Google Contacts only: change or remove those contacts in ${b.destination}.`);
      }
      const settings = loadSettings();
      const book = SpreadsheetApp.getActiveSpreadsheet();
      const tz = book.getSpreadsheetTimeZone();
      let res: RevertResult;
      if (b.destinationType === 'contacts') {
        const tab = new ContactsTab(book, { settings, normalize: keyNormalizer(settings), now: () => stamp(new Date(), tz) }, 'all');
        res = revertContacts(tab, b.runId);
      } else res = revertRemote(env, book, settings, b.runId, b.destination);
      if (!res.removed.length && !res.restored.length && !res.left.length) {
        throw new UserError(`Run ${b.runId} left nothing to revert: it created no contact that is still in ${b.destinationType === 'contacts' ? 'the Contacts tab' : b.destination} and changed no contact's values (or it was reverted already).`);
      }
      const now = new Date();
      const id = newRunId(now);
      const when = stamp(now, tz);
      const message = revertMessage(b.runId, res);
      const hist = historySheet(book);
      const row = startBlock(hist, {
        runId: id,
        started: when,
        finished: when,
        user: currentUser(),
        sheet: b.sheet,
        destination: destinationName(b.destinationType ?? 'contacts'),
        mode: revertModeLabel(b.runId),
        status: 'Completed',
        counts: null,
        message,
      });
      // Updated contacts left as they are: one line each, so the user can see which and why.
      const source = sheetNamed(book, b.sheet);
      if (res.left.length) {
        const lines: LineOutcome[] = res.left.map((l) => ({
          line: l.line,
          action: 'skipped',
          id: l.id,
          message: `contact ${l.id} was not restored: ${l.reason}; it is left as it is`,
          contact: { contactId: l.id },
        }));
        appendLines(hist, row, 0, lines, source ? source.getSheetId() : 0);
      }
      // Status column of the source rows: created contacts are gone, restored ones are back as they were.
      if (source && (res.removed.length || res.restored.length)) {
        const src = openSource(source);
        if (src.statusExists && src.lastRow >= src.firstRow) {
          const r = source.getRange(src.firstRow, src.statusCol, src.lastRow - src.firstRow + 1, 1);
          const gone = new Set(res.removed);
          const back = new Set(res.restored.map((x) => x.id));
          const vals = r.getValues().map(([v]: unknown[]) => {
            const imported = parseImportedStatus(String(v));
            if (imported?.action === 'created' && gone.has(imported.id)) return [`Reverted (contact ${imported.id} removed by ${id})`];
            if (imported?.action === 'updated' && back.has(imported.id)) return [`Reverted (contact ${imported.id} restored by ${id})`];
            return [v];
          });
          r.setNumberFormat('@');
          r.setValues(vals);
        }
      }
      const last = load('lastRun');
      const view: RunSummaryView = {
        ...(last && last.runId === b.runId
          ? lastRunView(last)
          : { runId: b.runId, status: 'Completed', total: 0, created: 0, updated: 0, skipped: 0, errors: 0, warnings: 0, successes: 0, historyCell: '', destination: b.destination }),
        reverted: true,
        message,
      };
      if (last && last.runId === b.runId) save('lastRun', { ...last, reverted: true });
      return view;
    });
}

function revertMessage(runId: string, res: RevertResult): string {
  const n = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : 's'}`;
  let m = `Reverted run ${runId}: removed ${n(res.removed.length, 'created contact')}, restored ${n(res.restored.length, 'updated contact')} to their previous values.`;
  if (res.left.length) {
    const ids = res.left.slice(0, 5).map((l) => l.id).join(', ') + (res.left.length > 5 ? ', …' : '');
    m += ` ${n(res.left.length, 'updated contact')} changed since and ${res.left.length === 1 ? 'was' : 'were'} left as ${res.left.length === 1 ? 'it is' : 'they are'} (${ids}); see History.`;
  }
  return m;
}
