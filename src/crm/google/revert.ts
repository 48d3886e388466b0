// "Revert run" for Google Contacts, sans I/O: read the user's contacts afresh; delete the contacts the run created
// (they carry its row keys in clientData; people:batchDeleteContacts, 500 at most per call); put back, from the undo
// journal, the fields the run changed on the contacts it updated — only where each still holds what the run wrote
// (people:batchUpdateContacts with the contact's etag and a mask of those fields); a contact changed since is left as
// it is, and said so.
import type { RevertOutcome, RevertPlan } from '../client';
import { chunk, splitHalves } from '../client';
import { type HttpResponse, isObject, parseJson } from '../http';
import type { PushSession, SessionOptions } from '../session';
import { MAX_BATCH, MAX_DELETE, googleMessage } from './api';
import type { CrmNames } from '../../shared/labels';
import { type PeopleApi } from './api';
import { type Known, type PeopleIndex, runOfRowKey } from './people-index';
import { FIELD_NAMES, FIELD_WORDS, type FieldName, type Person, fieldJson } from './person';

/** What a revert needs of the client (src/crm/google/client.ts). */
export interface RevertHost {
  readonly names: CrmNames;
  readonly api: PeopleApi;
  readonly index: PeopleIndex;
  session(sessionOpts?: Partial<SessionOptions>): PushSession;
  read(s: PushSession, lines: number[], changes: boolean, then: () => void): void;
}

interface Restore {
  id: string;
  line: number;
  known: Known;
  fields: Partial<Record<FieldName, unknown>>;
}

export function startGoogleRevert(c: RevertHost, plan: RevertPlan, sessionOpts?: Partial<SessionOptions>): { session: PushSession; result(): RevertOutcome } {
  const s = c.session(sessionOpts);
  const out: RevertOutcome = { removed: [], restored: [], left: [] };
  c.index.clear();
  // Line 0 stands for the revert as a whole: reading the contacts failing settles it.
  c.read(s, [0], false, () => {
    const created = c.index.all().filter((k) => k.rowKey && runOfRowKey(k.rowKey) === plan.runId);
    for (const batch of chunk(created.map((k) => k.resourceName), MAX_DELETE)) remove(s, c, batch, out);
    const restores = new Map<string, Restore[]>();
    for (const e of plan.updated) {
      const r = restoreOf(c, plan.runId, e, out);
      if (!r) continue;
      const mask = FIELD_NAMES.filter((f) => f in r.fields).join(',');
      restores.set(mask, [...(restores.get(mask) ?? []), r]);
    }
    for (const [mask, list] of restores) for (const batch of chunk(list, MAX_BATCH)) restore(s, c, mask, batch, out);
  });
  return {
    session: s,
    result: () => {
      const r = s.result();
      const read = r.outcomes.find((o) => o.line === 0);
      const stop = r.stop ?? (read?.message ? { message: read.message, resumable: true } : undefined);
      return { ...out, ...(stop ? { stop } : {}) };
    },
  };
}

/** What to put back on one updated contact, or null when it is left (and `out.left` says why). */
function restoreOf(c: RevertHost, runId: string, e: RevertPlan['updated'][number], out: RevertOutcome): Restore | null {
  if (!e.changes) {
    out.left.push({ id: e.id, line: e.line, fields: [], reason: 'its previous values were too long to keep' });
    return null;
  }
  const fields = Object.keys(e.changes).filter((f): f is FieldName => (FIELD_NAMES as string[]).includes(f));
  if (!fields.length) return null;
  const known = c.index.get(e.id);
  const words = fields.map((f) => FIELD_WORDS[f]);
  if (!known) {
    out.left.push({ id: e.id, line: e.line, fields: words, reason: `it is no longer in ${c.names.the}` });
    return null;
  }
  if (known.rowKey && runOfRowKey(known.rowKey) === runId) return null; // created by the run: deleted
  const moved = fields.filter((f) => fieldJson(f, known.fields[f]) !== e.changes![f][1]);
  if (moved.length) {
    const w = moved.map((f) => FIELD_WORDS[f]);
    out.left.push({ id: e.id, line: e.line, fields: w, reason: `${w.join(', ')} changed since run ${runId} updated it` });
    return null;
  }
  const put: Partial<Record<FieldName, unknown>> = {};
  for (const f of fields) put[f] = JSON.parse(e.changes[f][0]) as unknown;
  return { id: e.id, line: e.line, known, fields: put };
}

function remove(s: PushSession, c: RevertHost, names: string[], out: RevertOutcome): void {
  s.add(c.api.batchDelete(names), [], (res) => {
    if (res.status >= 200 && res.status < 300) {
      out.removed.push(...names);
      for (const n of names) c.index.remove(n);
    } else if (res.status === 400 && names.length > 1) {
      for (const half of splitHalves(names)) remove(s, c, half, out);
    } else {
      for (const n of names) out.left.push({ id: n, line: 0, fields: [], reason: `it could not be removed: ${googleMessage(res)}` });
    }
  });
}

function restore(s: PushSession, c: RevertHost, mask: string, batch: Restore[], out: RevertOutcome): void {
  const people: Record<string, Person> = {};
  for (const r of batch) people[r.id] = { etag: r.known.etag, ...(r.fields as Person) };
  s.add(c.api.batchUpdate(people, mask), [], (res: HttpResponse) => {
    if (res.status >= 200 && res.status < 300) {
      const j = parseJson(res.body);
      const map = isObject(j) && isObject(j.updateResult) ? j.updateResult : {};
      for (const r of batch) {
        const entry = map[r.id];
        if (isObject(entry) && isObject(entry.person)) c.index.put(entry.person);
        out.restored.push({ id: r.id, line: r.line });
      }
    } else if (res.status === 400 && batch.length > 1) {
      for (const half of splitHalves(batch)) restore(s, c, mask, half, out);
    } else {
      for (const r of batch) out.left.push({ id: r.id, line: r.line, fields: mask.split(',').map((f) => FIELD_WORDS[f as FieldName]), reason: `it could not be restored: ${googleMessage(res)}` });
    }
  });
}
