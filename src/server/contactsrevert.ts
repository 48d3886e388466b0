// Reverting an import in the Contacts tab: the contacts it created are removed, and the contacts it updated get the
// previous values of the fields it changed back, only where each of those fields still holds what the run wrote (a
// contact changed since, by a later run or by hand, is left as it is and reported).
import { sameCell, type Cell } from './contactcells';
import type { ContactsTab } from './contacts';

export interface RevertResult {
  /** Contact IDs of the contacts the run created, now removed. */
  removed: string[];
  /** Contacts the run updated whose previous values are back. */
  restored: Array<{ id: string; line: number }>;
  /** Contacts the run updated that were left as they are, and why. */
  left: Array<{ id: string; line: number; fields: string[]; reason: string }>;
}

/**
 * Reverts run `runId` in a Contacts tab read whole (ContactsTab with 'all'). A restored contact gets its previous
 * 'Updated at' and fingerprint back when the run's were the last ones written; otherwise 'Updated at' becomes now
 * and the fingerprint is cleared, so a re-run looks at its source row again. One rewrite of the tab (3-4 calls) and
 * of the journal.
 */
export function revertContacts(tab: ContactsTab, runId: string): RevertResult {
  const out: RevertResult = { removed: [], restored: [], left: [] };
  if (!tab.cells.sheet) return out;
  const journal = tab.undoJournal();
  const runCol = tab.col('Source run');
  const idCol = tab.col('Contact ID');
  const w = tab.cells.header.length;
  const rows = tab.cells.rows;
  let changed = false;
  for (const e of journal.entries(runId)) {
    if (!e.changes) {
      out.left.push({ id: e.contactId, line: e.line, fields: [], reason: 'its previous values were too long to keep' });
      continue;
    }
    const fields = Object.keys(e.changes);
    if (!fields.length) continue; // the update changed nothing
    const at = tab.index.find({ contactId: e.contactId }, ['contactId']);
    if (!('index' in at)) {
      out.left.push({ id: e.contactId, line: e.line, fields, reason: 'it is no longer in the Contacts tab' });
      continue;
    }
    const cells = rows[at.index];
    if (runCol >= 0 && String(cells[runCol]) === runId) continue; // created by this run: removed below
    while (cells.length < w) cells.push('');
    const moved: string[] = [];
    for (const k of fields) {
      const def = tab.defs.get(k);
      const c = def ? tab.col(def.label) : -1;
      if (c < 0 || !sameCell(cells[c], e.changes[k][1], tab.zone)) moved.push(def ? def.label : k);
    }
    if (moved.length) {
      out.left.push({ id: e.contactId, line: e.line, fields: moved, reason: `${moved.join(', ')} changed since run ${runId} updated it` });
      continue;
    }
    for (const k of fields) cells[tab.col(tab.defs.get(k)!.label)] = e.changes[k][0] ?? '';
    const upd = tab.col('Updated at');
    const fp = tab.col('Row fingerprint');
    const lastWrite = sameCell(cells[upd], e.updatedAfter, tab.zone) && sameCell(cells[fp], e.fpAfter, tab.zone);
    cells[upd] = lastWrite ? e.updatedBefore : tab.opts.now();
    cells[fp] = lastWrite ? e.fpBefore : '';
    out.restored.push({ id: e.contactId, line: e.line });
    changed = true;
  }
  const keep: Cell[][] = [];
  for (const row of rows) {
    if (runCol >= 0 && String(row[runCol]) === runId) out.removed.push(String(row[idCol]));
    else keep.push(row);
  }
  if (out.removed.length) changed = true;
  if (changed) tab.rewrite(keep);
  journal.removeRun(runId);
  return out;
}
