// The Contacts tab: the embedded default destination. Matches on normalized keys (plan.ts), creates with stable
// Contact IDs, updates in place ("Don't update empty values"), and tags each created row with its run and line so
// a resumed chunk sees rows it already wrote (no contact is ever created twice). All writes are batched: a push
// makes a fixed number of Spreadsheet calls whatever its size.
import { dict, dictOf } from '../shared/dict';
import { CONTACTS_TAB_LABEL } from '../shared/labels';
import { fieldIndex, listFields, type FieldDef } from '../engine/fields';
import {
  ContactIndex,
  mergeContact,
  newContactId,
  planRow,
  type KeyNormalizer,
  type PlanDecision,
  type PlanRowInput,
  type Suppression,
} from '../engine/plan';
import type { Contact, ContactValue, FieldKey, MatchKey, RowOutcome, Settings } from '../engine/types';
import type { Destination, PushContext, PushResult, PushRow } from '../engine/destination';
import { CONTACTS_SYSTEM_COLUMNS, CONTACTS_TAB, deleteRows, findTab, insertTab } from './tabs';
import { UndoJournal, type UndoEntry } from './undo';
import { bumpVersionStamp, CONTACTS_VERSION_KEY } from './contactkeys';
import { dayOf, lazyZone } from './dates';
import { type Cell, fromCell, isBlankRow, isDate, sameCell, toCell } from './contactcells';
import { firstTooLong, tooLongOutcome } from './cells';

export { CONTACTS_TAB };
export const SYSTEM_COLUMNS = CONTACTS_SYSTEM_COLUMNS;

export interface ContactsOptions {
  settings: Settings;
  normalize: KeyNormalizer;
  suppression?: Suppression;
  now: () => string;
}

/**
 * Plans rows against the Contacts tab's index (ContactsTab.plan; the onEdit trigger with the cached index):
 * matches, the mode's rules, suppression and the record limit. Changes nothing.
 */
export function planContacts(
  index: ContactIndex,
  rows: PlanRowInput[],
  ctx: Pick<PushContext, 'mode' | 'matchOn'>,
  opts: Pick<ContactsOptions, 'settings' | 'normalize' | 'suppression'>,
  count?: { value: number },
): PlanDecision[] {
  const c = count ?? { value: index.size };
  return rows.map((r) => {
    const d = planRow(r, {
      mode: ctx.mode,
      matchOn: ctx.matchOn,
      index,
      normalize: opts.normalize,
      suppression: opts.suppression,
      recordLimit: opts.settings.recordLimit,
      count: c.value,
    });
    if (d.kind === 'create') c.value++;
    return d;
  });
}

export class ContactsTab implements Destination {
  readonly label = CONTACTS_TAB_LABEL;
  readonly chunkSize = 1000;
  readonly index: ContactIndex;
  private sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  private header: string[] = [];
  private rows: Cell[][] = [];
  private colOf = new Map<string, number>();
  private fieldCols: Array<{ col: number; def: FieldDef }> = [];
  private tags = new Map<string, number>();
  private headerDirty = false;
  private readonly defs: Map<FieldKey, FieldDef>;
  /** Previous values of the fields each update changed, by line (for History's details). */
  readonly previous = new Map<number, Contact>();
  private journal: UndoJournal | null = null;
  /** The spreadsheet's time zone, asked when a date cell is met. */
  private readonly zone: () => string;

  constructor(private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet, private readonly opts: ContactsOptions) {
    this.zone = lazyZone(() => ss);
    this.defs = fieldIndex(opts.settings.customFields);
    this.index = new ContactIndex(opts.normalize);
    this.sheet = findTab(ss, CONTACTS_TAB);
    if (this.sheet) this.load();
  }

  private load(): void {
    const values = this.sheet!.getDataRange().getValues() as Cell[][];
    this.header = (values[0] ?? []).map((h) => String(h).trim());
    while (this.header.length && !this.header[this.header.length - 1]) this.header.pop();
    // Blank rows are kept: this.rows[i] is always the tab's row i + 2, which every write relies on. They hold no
    // contact (a blank slot in the index); new contacts are appended after the last row.
    this.rows = values.slice(1);
    this.reindexColumns();
    const byLabel = new Map(listFields(this.opts.settings.customFields).map((d) => [d.label.toLowerCase(), d]));
    this.fieldCols = [];
    this.header.forEach((h, col) => {
      const def = byLabel.get(h.toLowerCase());
      if (def && def.key !== 'contactId') this.fieldCols.push({ col, def });
    });
    for (let i = 0; i < this.rows.length; i++) {
      if (isBlankRow(this.rows[i])) {
        if (this.index.addBlank() !== i) throw new Error('Contacts index out of step');
      } else this.indexRow(i);
    }
  }

  private reindexColumns(): void {
    this.colOf.clear();
    this.header.forEach((h, i) => {
      if (!this.colOf.has(h.toLowerCase())) this.colOf.set(h.toLowerCase(), i);
    });
  }

  private col(name: string): number {
    return this.colOf.get(name.toLowerCase()) ?? -1;
  }

  private get(row: Cell[], name: string): string {
    const c = this.col(name);
    return c < 0 || row[c] === undefined ? '' : String(row[c]);
  }

  private contactOf(row: Cell[]): Contact {
    const contact: Contact = dict();
    for (const { col, def } of this.fieldCols) {
      const v = fromCell(def, row[col], this.zone);
      if (v !== undefined) contact[def.key] = v;
    }
    return contact;
  }

  private indexRow(i: number): void {
    const row = this.rows[i];
    const id = this.get(row, 'Contact ID');
    const pos = this.index.add({ id, contact: this.contactOf(row), fingerprint: this.get(row, 'Row fingerprint') || undefined });
    if (pos !== i) throw new Error('Contacts index out of step');
    const run = this.get(row, 'Source run');
    const line = this.get(row, 'Source line');
    if (run && line) this.tags.set(`${run}:${line}`, i);
  }

  /** Makes sure the header has a column for each field (new fields are added at the end). */
  private ensureFields(keys: Iterable<FieldKey>): void {
    if (!this.header.length) {
      this.header = [];
      this.headerDirty = true;
    }
    for (const k of keys) {
      if (k === 'contactId') continue;
      const def = this.defs.get(k);
      if (!def || this.col(def.label) >= 0) continue;
      this.header.push(def.label);
      this.headerDirty = true;
      this.reindexColumns();
      this.fieldCols.push({ col: this.col(def.label), def });
    }
    for (const s of SYSTEM_COLUMNS) {
      if (this.col(s) < 0) {
        this.header.push(s);
        this.headerDirty = true;
        this.reindexColumns();
      }
    }
  }

  /** Creates the tab with its standard header for the mapped fields (first use). */
  ensureTab(mappedFields: FieldKey[]): void {
    const order = listFields(this.opts.settings.customFields).map((d) => d.key).filter((k) => mappedFields.includes(k));
    this.ensureFields(order);
    if (!this.sheet) this.sheet = insertTab(this.ss, CONTACTS_TAB);
    if (this.headerDirty) this.writeHeader();
  }

  private writeHeader(): void {
    const sh = this.sheet!;
    const maxCols = sh.getMaxColumns();
    if (this.header.length > maxCols) sh.insertColumnsAfter(maxCols, this.header.length - maxCols);
    const r = sh.getRange(1, 1, 1, this.header.length);
    r.setNumberFormat('@');
    r.setValues([this.header]);
    r.setFontWeight('bold');
    sh.setFrozenRows(1);
    this.headerDirty = false;
    bumpVersionStamp(CONTACTS_VERSION_KEY);
    // Bookkeeping columns for re-runs and resumes; hidden where the platform allows it.
    const first = this.col('Source line') + 1;
    try {
      sh.hideColumns(first, 2);
    } catch {
      /* not available (test bed): they stay visible, labelled */
    }
  }

  plan(rows: PlanRowInput[], ctx: PushContext, count?: { value: number }): PlanDecision[] {
    return planContacts(this.index, rows, ctx, this.opts, count);
  }

  push(rows: PushRow[], ctx: PushContext & { mappedFields?: FieldKey[] }): PushResult {
    const mapped = ctx.mappedFields ?? [];
    this.ensureTab(mapped);
    const outcomes: RowOutcome[] = [];
    const firstNew = this.rows.length;
    let minUpd = Infinity;
    let maxUpd = -1;
    const now = this.opts.now();
    const width = () => this.header.length;
    const journal = this.undoJournal();
    const undo: UndoEntry[] = [];
    for (const row of rows) {
      // A resumed chunk: this run already wrote this line (the crash came before the cursor was saved).
      const tagged = this.tags.get(`${ctx.runId}:${row.line}`);
      if (tagged !== undefined) {
        outcomes.push({ line: row.line, action: 'created', id: this.index.records[tagged].id });
        continue;
      }
      const upd = journal.tagged(ctx.runId, row.line);
      if (upd) {
        // This run journaled an update from this line; it landed if the contact carries the row's fingerprint.
        const at = this.index.find({ contactId: upd.contactId }, ['contactId']);
        if ('index' in at && this.index.records[at.index].fingerprint === row.fingerprint) {
          const prev: Contact = dict();
          for (const [k, [before]] of Object.entries(upd.changes ?? {})) if (before !== '' && before !== null) prev[k] = before as ContactValue;
          if (Object.keys(prev).length) this.previous.set(row.line, prev);
          outcomes.push({ line: row.line, action: 'updated', id: upd.contactId, matchedOn: (upd.matchedOn || undefined) as MatchKey | undefined });
          continue;
        }
      }
      const [d] = this.plan([{ line: row.line, result: 'success', issues: [], contact: row.contact, fingerprint: row.fingerprint }], ctx);
      if (d.kind === 'skip') {
        outcomes.push({ line: row.line, action: 'skipped', matchedOn: d.matchedOn, message: d.message, code: d.code, fields: d.fields, id: d.index !== undefined ? this.index.records[d.index].id : undefined });
        continue;
      }
      if (d.kind === 'fail') {
        outcomes.push({ line: row.line, action: 'failed', matchedOn: d.matchedOn, message: d.message, code: d.code, fields: d.fields });
        continue;
      }
      this.ensureFields(Object.keys(row.contact));
      // Every value is checked before anything of the row is written: one that cannot fit a cell fails its row alone.
      const merged = d.kind === 'update' ? mergeContact(this.index.records[d.index].contact, row.contact, mapped, ctx.dontUpdateEmpty) : null;
      const values = merged ? merged.contact : row.contact;
      const long = firstTooLong((merged ? merged.changed : Object.keys(values)).filter((k) => k !== 'contactId' && this.defs.has(k)).map((k) => [k, toCell(values[k])] as const));
      if (long) {
        outcomes.push(tooLongOutcome(row.line, long.key, this.defs.get(long.key)!.label, long.chars, CONTACTS_TAB_LABEL));
        continue;
      }
      if (d.kind === 'create') {
        const id = newContactId(ctx.runId, row.line, (x) => this.index.hasId(x));
        const cells: Cell[] = new Array<Cell>(width()).fill('');
        for (const [k, v] of Object.entries(row.contact)) {
          if (k === 'contactId') continue;
          const def = this.defs.get(k);
          if (def) cells[this.col(def.label)] = toCell(v);
        }
        cells[this.col('Contact ID')] = id;
        cells[this.col('Created at')] = now;
        cells[this.col('Updated at')] = now;
        cells[this.col('Source run')] = ctx.runId;
        cells[this.col('Source line')] = String(row.line);
        cells[this.col('Row fingerprint')] = row.fingerprint;
        this.rows.push(cells);
        const i = this.rows.length - 1;
        const contact = dictOf(row.contact);
        delete contact.contactId;
        this.index.add({ id, contact, fingerprint: row.fingerprint });
        this.tags.set(`${ctx.runId}:${row.line}`, i);
        outcomes.push({ line: row.line, action: 'created', id });
      } else {
        const i = d.index;
        const rec = this.index.records[i];
        const m = merged!;
        const cells = this.rows[i];
        while (cells.length < width()) cells.push('');
        const changes: Record<string, [Cell, Cell]> = dict();
        for (const k of m.changed) {
          const def = this.defs.get(k);
          if (!def) continue;
          const c = this.col(def.label);
          // A date typed into the tab is kept as the day it shows (the journal is JSON: a Date would become an instant).
          const before = isDate(cells[c]) ? dayOf(cells[c], this.zone()) : cells[c] ?? '';
          cells[c] = toCell(m.contact[k]);
          changes[k] = [before, cells[c]];
        }
        const updatedBefore = this.get(cells, 'Updated at');
        const fpBefore = this.get(cells, 'Row fingerprint');
        // 'Updated at' says when the contact's values last changed: an update that changed nothing leaves it.
        if (m.changed.length) cells[this.col('Updated at')] = now;
        cells[this.col('Row fingerprint')] = row.fingerprint;
        undo.push({
          run: ctx.runId,
          line: row.line,
          contactId: rec.id,
          matchedOn: d.matchedOn,
          changes,
          updatedBefore,
          updatedAfter: this.get(cells, 'Updated at'),
          fpBefore,
          fpAfter: row.fingerprint,
        });
        this.index.replace(i, { id: rec.id, contact: m.contact, fingerprint: row.fingerprint });
        if (Object.keys(m.previous).length) this.previous.set(row.line, m.previous);
        if (i < firstNew) {
          minUpd = Math.min(minUpd, i);
          maxUpd = Math.max(maxUpd, i);
        }
        outcomes.push({ line: row.line, action: 'updated', id: rec.id, matchedOn: d.matchedOn });
      }
    }
    // The journal first: a crash between the two writes leaves a journaled update that did not land, which a
    // resumed chunk sees (the contact lacks the row's fingerprint) and makes again.
    journal.append(undo);
    this.flush(firstNew, minUpd, maxUpd);
    return { outcomes };
  }

  private undoJournal(): UndoJournal {
    if (!this.journal) this.journal = new UndoJournal(this.ss);
    return this.journal;
  }

  /** Writes the header (if it grew), the updated rows' span and the new rows: at most 7 calls. */
  private flush(firstNew: number, minUpd: number, maxUpd: number): void {
    const sh = this.sheet!;
    if (this.headerDirty) this.writeHeader();
    const w = this.header.length;
    const pad = (r: Cell[]) => {
      while (r.length < w) r.push('');
      return r.length > w ? r.slice(0, w) : r;
    };
    if (maxUpd >= 0) {
      const block = this.rows.slice(minUpd, maxUpd + 1).map(pad);
      const r = sh.getRange(minUpd + 2, 1, block.length, w);
      r.setNumberFormat('@');
      r.setValues(block);
    }
    if (this.rows.length > firstNew) {
      const block = this.rows.slice(firstNew).map(pad);
      const need = firstNew + 1 + block.length;
      const maxRows = sh.getMaxRows();
      if (need > maxRows) sh.insertRowsAfter(maxRows, need - maxRows);
      const r = sh.getRange(firstNew + 2, 1, block.length, w);
      r.setNumberFormat('@');
      r.setValues(block);
    }
    if (maxUpd >= 0 || this.rows.length > firstNew) bumpVersionStamp(CONTACTS_VERSION_KEY);
  }

  /**
   * Reverts a run: removes the contacts it created, and puts back the previous values of the contacts it updated,
   * only the fields it changed, and only where each of those fields still holds what the run wrote (a contact
   * changed since, by a later run or by hand, is left as it is and reported). A restored contact gets its
   * previous 'Updated at' and fingerprint back when the run's were the last ones written; otherwise 'Updated at'
   * becomes now and the fingerprint is cleared, so a re-run looks at its source row again.
   * One rewrite of the tab (3-4 calls) and of the journal.
   */
  revert(runId: string): RevertResult {
    const out: RevertResult = { removed: [], restored: [], left: [] };
    if (!this.sheet) return out;
    const journal = this.undoJournal();
    const runCol = this.col('Source run');
    const idCol = this.col('Contact ID');
    const w = this.header.length;
    let changed = false;
    for (const e of journal.entries(runId)) {
      if (!e.changes) {
        out.left.push({ id: e.contactId, line: e.line, fields: [], reason: 'its previous values were too long to keep' });
        continue;
      }
      const fields = Object.keys(e.changes);
      if (!fields.length) continue; // the update changed nothing
      const at = this.index.find({ contactId: e.contactId }, ['contactId']);
      if (!('index' in at)) {
        out.left.push({ id: e.contactId, line: e.line, fields, reason: 'it is no longer in the Contacts tab' });
        continue;
      }
      const cells = this.rows[at.index];
      if (runCol >= 0 && String(cells[runCol]) === runId) continue; // created by this run: removed below
      while (cells.length < w) cells.push('');
      const moved: string[] = [];
      for (const k of fields) {
        const def = this.defs.get(k);
        const c = def ? this.col(def.label) : -1;
        if (c < 0 || !sameCell(cells[c], e.changes[k][1], this.zone)) moved.push(def ? def.label : k);
      }
      if (moved.length) {
        out.left.push({ id: e.contactId, line: e.line, fields: moved, reason: `${moved.join(', ')} changed since run ${runId} updated it` });
        continue;
      }
      for (const k of fields) cells[this.col(this.defs.get(k)!.label)] = e.changes[k][0] ?? '';
      const upd = this.col('Updated at');
      const fp = this.col('Row fingerprint');
      const lastWrite = sameCell(cells[upd], e.updatedAfter, this.zone) && sameCell(cells[fp], e.fpAfter, this.zone);
      cells[upd] = lastWrite ? e.updatedBefore : this.opts.now();
      cells[fp] = lastWrite ? e.fpBefore : '';
      out.restored.push({ id: e.contactId, line: e.line });
      changed = true;
    }
    const keep: Cell[][] = [];
    for (const row of this.rows) {
      if (runCol >= 0 && String(row[runCol]) === runId) out.removed.push(String(row[idCol]));
      else keep.push(row);
    }
    if (out.removed.length) changed = true;
    if (changed) {
      const sh = this.sheet;
      const total = this.rows.length;
      if (keep.length) {
        const r = sh.getRange(2, 1, keep.length, w);
        r.setNumberFormat('@');
        r.setValues(keep.map((row) => {
          const x = row.slice(0, w);
          while (x.length < w) x.push('');
          return x;
        }));
      }
      if (total > keep.length) deleteRows(sh, keep.length + 2, total - keep.length);
      this.rows = keep;
      bumpVersionStamp(CONTACTS_VERSION_KEY);
    }
    journal.removeRun(runId);
    return out;
  }
}

export interface RevertResult {
  /** Contact IDs of the contacts the run created, now removed. */
  removed: string[];
  /** Contacts the run updated whose previous values are back. */
  restored: Array<{ id: string; line: number }>;
  /** Contacts the run updated that were left as they are, and why. */
  left: Array<{ id: string; line: number; fields: string[]; reason: string }>;
}
