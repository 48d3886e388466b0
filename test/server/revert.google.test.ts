// Revert run for Google Contacts, through the add-on's server against the test CRM's People API: the contacts the
// run created are deleted, the fields it changed on the contacts it updated are put back from the undo journal (a
// contact changed since is left, and said so), History gets the revert's block, and a later run imports again.
import { resetExecutionCache } from '../../src/server/run/execution';
import { UNDO_TAB } from '../../src/server/tabs';
import { PACKED, UndoJournal } from '../../src/server/undo';
import { spawnTestCrm, type SpawnedTestCrm } from '../../testcrm/spawn';
import { book, exec, serverForEachTest, values } from './helpers';

const { env, api } = serverForEachTest();
jest.setTimeout(90_000);

let crm: SpawnedTestCrm;
beforeAll(async () => {
  crm = await spawnTestCrm();
});
afterAll(async () => {
  env.crm = undefined;
  await crm?.close();
});

function importAll(tb: ReturnType<typeof book>) {
  let p = exec(tb, () => api.startImport());
  while (p.status === 'Processing') {
    resetExecutionCache();
    p = exec(tb, () => api.continueRun(p.runId));
  }
  return p;
}

const people = async () => crm.admin.contacts('google-contacts');

test('Revert run deletes the created contacts and restores the updated ones; a contact changed since is left as it is', async () => {
  await crm.admin.reset();
  const [kate, lee] = await crm.admin.seed('google-contacts', [
    { email: 'kate@example.com', props: { names: [{ givenName: 'Kate', familyName: 'Old' }], organizations: [{ name: 'Acme' }] } },
    { email: 'lee@example.com', props: { names: [{ givenName: 'Lee', familyName: 'Old' }] } },
  ]);
  const rows = [
    ['First name', 'Last name', 'Email', 'Company name'],
    ['Kate', 'New', 'kate@example.com', 'Globex'],
    ['Lee', 'New', 'lee@example.com', ''],
    ['Ann', 'Added', 'ann@example.com', 'Initech'],
    ['Bo', 'Added', 'bo@example.com', ''],
  ];
  const tb = book(rows, {}, { destination: { type: 'google-contacts', baseUrl: crm.url } });
  env.crm = { token: crm.token };
  const run = importAll(tb);
  expect(run.result).toMatchObject({ total: 4, created: 2, updated: 2, errors: 0 });
  expect((await people()).map((c) => c.email).sort()).toEqual(['ann@example.com', 'bo@example.com', 'kate@example.com', 'lee@example.com']);
  // The undo journal keeps what each update changed (People API fields, before and after).
  // Packed: one row of the run's records (src/server/undo.ts), read back as one entry per update.
  const journal = values(tb, UNDO_TAB);
  expect(journal.slice(1).map((r) => r.slice(0, 3))).toEqual([[run.runId, PACKED, '2']]);
  expect(tb.run(() => new UndoJournal(SpreadsheetApp.getActiveSpreadsheet()).entries(run.runId).map((e) => e.contactId))).toEqual([kate.id, lee.id]);
  // Someone edits Lee in Google Contacts after the run: the revert must leave Lee as he is now.
  await crm.admin.reset({ counts: true });
  const leeNow = (await people()).find((c) => c.email === 'lee@example.com')!;
  expect(leeNow.props.names).toEqual([{ givenName: 'Lee', familyName: 'New' }]);
  await fetch(`${crm.url}/v1/people:batchUpdateContacts`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${crm.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ contacts: { [lee.id]: { etag: await etagOf(lee.id), names: [{ givenName: 'Lee', familyName: 'Edited' }] } }, updateMask: 'names', readMask: 'names' }),
  });

  resetExecutionCache();
  const view = exec(tb, () => api.revertRun(run.runId));
  expect(view.reverted).toBe(true);
  expect(view.message).toMatch(/^Reverted run R-[^:]+: removed 2 created contacts, restored 1 updated contact to their previous values\. 1 updated contact changed since and was left as it is/);
  const after = await people();
  expect(after.map((c) => c.email).sort()).toEqual(['kate@example.com', 'lee@example.com']);
  const k = after.find((c) => c.id === kate.id)!.props as Record<string, any>;
  expect(k.names).toEqual([{ givenName: 'Kate', familyName: 'Old' }]);
  expect(k.organizations).toEqual([{ name: 'Acme' }]);
  expect((after.find((c) => c.id === lee.id)!.props as Record<string, any>).names).toEqual([{ givenName: 'Lee', familyName: 'Edited' }]);
  const n = await crm.admin.counts();
  expect(n.byRoute['POST /v1/people:batchDeleteContacts']).toBe(1);
  // History: the revert's block names Google Contacts and the contact it left, with why.
  const hist = values(tb, 'History');
  expect(hist.some((r) => r[5] === 'Google Contacts' && String(r[6]).startsWith('Revert'))).toBe(true);
  expect(hist.some((r) => r[8] === `Line 3: contact ${lee.id} was not restored: Name changed since run ${run.runId} updated it; it is left as it is`)).toBe(true);
  // The journal forgot the run; a new run imports the removed rows again (they are not "already imported").
  expect(values(tb, UNDO_TAB).slice(1).filter((r) => r[0] === run.runId)).toEqual([]);
  resetExecutionCache();
  const again = importAll(tb);
  expect(again.result).toMatchObject({ created: 2, errors: 0 });
  expect((await people()).map((c) => c.email).sort()).toEqual(['ann@example.com', 'bo@example.com', 'kate@example.com', 'lee@example.com']);
  env.crm = undefined;
});

async function etagOf(id: string): Promise<string> {
  const res = await fetch(`${crm.url}/v1/people/me/connections?personFields=names&pageSize=1000`, { headers: { Authorization: `Bearer ${crm.token}` } });
  const j = (await res.json()) as { connections: Array<{ resourceName: string; etag: string }> };
  return j.connections.find((p) => p.resourceName === id)!.etag;
}
