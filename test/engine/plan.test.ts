import { ContactIndex, makeNormalizer, planRow, mergeContact, newContactId, buildSuppression, type PlanContext, type PlanRowInput } from '../../src/engine/plan';
import { rowFingerprint } from '../../src/engine/fingerprint';
import { describe as describeLine, importedStatus, plannedStatus, countOutcome, emptyCounts, lineRow, resultOf, type LineOutcome } from '../../src/engine/history';
import type { Mode } from '../../src/engine/types';

const norm = makeNormalizer();
function index(): ContactIndex {
  const ix = new ContactIndex(norm);
  ix.add({ id: 'C-1', contact: { name: 'Ann', email: 'Ann@Example.com', phone: '+14155550100', externalId: 'X1' }, fingerprint: 'fA' });
  ix.add({ id: 'C-2', contact: { name: 'Bob', phone: '+14155550111' } });
  return ix;
}
function ctx(mode: Mode, extra: Partial<PlanContext> = {}): PlanContext {
  const ix = index();
  return { mode, matchOn: ['email', 'phone'], index: ix, normalize: norm, count: ix.size, ...extra };
}
const row = (contact: PlanRowInput['contact'], extra: Partial<PlanRowInput> = {}): PlanRowInput => ({
  line: 14, result: 'success', issues: [], contact, fingerprint: 'fNEW', ...extra,
});

describe('planRow: modes x match / no match', () => {
  const match = row({ email: 'ann@example.COM', name: 'Ann B' });
  const noMatch = row({ email: 'zed@example.com' });
  test.each([
    ['create', match, 'skip'],
    ['create', noMatch, 'create'],
    ['update', match, 'update'],
    ['update', noMatch, 'fail'],
    ['upsert', match, 'update'],
    ['upsert', noMatch, 'create'],
  ] as const)('%s', (mode, r, kind) => {
    expect(planRow(r, ctx(mode)).kind).toBe(kind);
  });

  it('Create only with a match is skipped in seed 000 wording', () => {
    const d = planRow(match, ctx('create'));
    expect(d).toMatchObject({ kind: 'skip', code: 'already_exists', matchedOn: 'email', message: 'is being skipped, a record was found for Contact (matched on Email)' });
  });

  it('Update only with no match names the keys tried', () => {
    const d = planRow(row({ email: 'zed@example.com', phone: '+14155559999' }), ctx('update'));
    expect(d.kind).toBe('fail');
    if (d.kind !== 'fail') return;
    expect(d.code).toBe('contact_not_found');
    expect(d.message).toContain('Contact not found');
    expect(d.message).toContain('Email "zed@example.com" or Phone "+14155559999"');
  });

  it('matches in the configured order and on normalized values', () => {
    const r = row({ email: 'nobody@x.com', phone: '+1 (415) 555-0111' });
    expect(planRow(r, ctx('upsert'))).toMatchObject({ kind: 'update', index: 1, matchedOn: 'phone' });
    const both = row({ email: 'ANN@example.com', phone: '+14155550111' });
    expect(planRow(both, ctx('upsert', { matchOn: ['phone', 'email'] }))).toMatchObject({ index: 1, matchedOn: 'phone' });
    expect(planRow(both, ctx('upsert', { matchOn: ['email', 'phone'] }))).toMatchObject({ index: 0, matchedOn: 'email' });
    expect(planRow(row({ contactId: 'C-2' }), ctx('update', { matchOn: ['contactId'] }))).toMatchObject({ index: 1, matchedOn: 'contactId' });
    expect(planRow(row({ externalId: 'X1' }), ctx('update', { matchOn: ['externalId', 'email'] }))).toMatchObject({ index: 0, matchedOn: 'externalId' });
  });

  describe('Contact ID is the strongest key (the Contacts tab)', () => {
    test.each(['create', 'update', 'upsert'] as const)('%s: an unknown Contact ID fails with seed 003 wording, the value and the fix; never a new contact', (mode) => {
      const d = planRow(row({ contactId: 'C-GONE', email: 'zed@example.com', name: 'Zed' }), ctx(mode));
      expect(d).toEqual({
        kind: 'fail',
        line: 14,
        code: 'contact_not_found',
        message:
          'Contact is not valid or not in your sub-account: no contact in the Contacts tab has Contact ID "C-GONE" — it is not one of ' +
          "this spreadsheet's contacts, it is invalid, or its contact was deleted. Use the Contact ID of an existing contact from the " +
          'Contacts tab, or clear the cell to import the row as a new contact.',
        // The cause as data: the cell it is about (the status and marks are rendered from it).
        fields: ['contactId'],
      });
    });

    it('an unknown Contact ID fails even when the row would match on Email', () => {
      expect(planRow(row({ contactId: 'C-GONE', email: 'ann@example.com' }), ctx('upsert'))).toMatchObject({ kind: 'fail', code: 'contact_not_found' });
    });

    it('a known Contact ID matches first, even when matchOn does not list it and another key points elsewhere', () => {
      const r = row({ contactId: 'C-2', email: 'ann@example.com' });
      expect(planRow(r, ctx('upsert'))).toEqual({ kind: 'update', line: 14, index: 1, matchedOn: 'contactId' });
      expect(planRow(r, ctx('update', { matchOn: ['email', 'contactId'] }))).toMatchObject({ kind: 'update', index: 1, matchedOn: 'contactId' });
      expect(planRow(r, ctx('create'))).toMatchObject({
        kind: 'skip',
        code: 'already_exists',
        matchedOn: 'contactId',
        message: 'is being skipped, a record was found for Contact (matched on Contact ID)',
      });
    });

    it('an empty Contact ID changes nothing; "Update only" and "Create only" keep their wording', () => {
      expect(planRow(row({ contactId: '  ', email: 'zed@example.com' }), ctx('upsert')).kind).toBe('create');
      expect((planRow(row({ contactId: '', email: 'zed@example.com' }), ctx('update')) as { message: string }).message).toMatch(/^Contact not found: no contact has Email "zed@example.com"/);
    });

    it('a CRM assigns its own ids: there Contact ID is not a key', () => {
      const crm = ctx('upsert', { matchOn: [], destination: { name: 'HubSpot', idLabel: 'HubSpot id' } });
      expect(planRow(row({ contactId: 'C-GONE', email: 'zed@example.com' }), crm).kind).toBe('create');
    });
  });

  it('an unchanged row already imported is skipped as already imported, not as a duplicate', () => {
    const d = planRow(row({ email: 'ann@example.com' }, { fingerprint: 'fA' }), ctx('create'));
    expect(d).toMatchObject({ kind: 'skip', code: 'already_imported' });
  });

  it('suppression rejects emails and phones', () => {
    const suppression = buildSuppression(['zed@EXAMPLE.com', '+1 415 555 0199', ''], norm);
    const e = planRow(row({ email: 'Zed@example.com' }), ctx('upsert', { suppression }));
    expect(e).toMatchObject({ kind: 'fail', code: 'suppressed' });
    if (e.kind === 'fail') expect(e.message).toMatch(/^Email is on the Do not import list \("Zed@example.com"\)/);
    const p = planRow(row({ phone: '+14155550199' }), ctx('upsert', { suppression }));
    expect(p).toMatchObject({ kind: 'fail', code: 'suppressed' });
    expect(planRow(row({ phone: '+14155550198' }), ctx('upsert', { suppression })).kind).toBe('create');
  });

  it('record limit rejects creates past it', () => {
    expect(planRow(row({ email: 'n@x.com' }), ctx('upsert', { recordLimit: 2, count: 2 }))).toMatchObject({
      kind: 'fail', code: 'record_limit', message: 'Max number of contacts reached (2)',
    });
    expect(planRow(row({ email: 'n@x.com' }), ctx('upsert', { recordLimit: 3, count: 2 })).kind).toBe('create');
    // updates are not limited
    expect(planRow(row({ email: 'ann@example.com' }), ctx('upsert', { recordLimit: 2, count: 2 })).kind).toBe('update');
  });

  it('failed rows carry the issue text, seed 000 style', () => {
    const d = planRow(row({}, { result: 'failure', issues: [{ line: 22, column: 'Email', field: 'email', severity: 'error', code: 'empty_value', message: 'Value cannot be an empty string' }] }), ctx('upsert'));
    expect(d).toMatchObject({ kind: 'fail', message: 'Value cannot be an empty string. Field: Email' });
  });
});

describe('mergeContact', () => {
  const existing = { contactId: 'C-1', name: 'Ann', email: 'ann@x.com', city: 'Paris', tags: ['a'] };
  it('dontUpdateEmpty keeps existing values', () => {
    const m = mergeContact(existing, { email: 'ann@x.com', name: 'Ann B' }, ['email', 'name', 'city'], true);
    expect(m.contact).toEqual({ ...existing, name: 'Ann B' });
    expect(m.previous).toEqual({ name: 'Ann' });
  });
  it('without it, an empty mapped cell blanks the value', () => {
    const m = mergeContact(existing, { email: 'ann@x.com' }, ['email', 'city'], false);
    expect(m.contact.city).toBeUndefined();
    expect(m.contact.name).toBe('Ann');
    expect(m.previous).toEqual({ city: 'Paris' });
  });
  it('never changes the Contact ID', () => {
    expect(mergeContact(existing, { contactId: 'C-9' }, ['contactId'], true).contact.contactId).toBe('C-1');
  });
});

describe('ids and fingerprints', () => {
  it('Contact IDs are deterministic per run and line, and avoid taken ids', () => {
    expect(newContactId('R1', 5)).toBe(newContactId('R1', 5));
    expect(newContactId('R1', 5)).not.toBe(newContactId('R1', 6));
    const first = newContactId('R1', 5);
    expect(newContactId('R1', 5, (id) => id === first)).not.toBe(first);
  });
  it('fingerprints ignore column order and whitespace, see changes', () => {
    const a = rowFingerprint([['email', 'a@x.com'], ['name', 'Ann ']]);
    expect(rowFingerprint([['name', 'Ann'], ['email', 'a@x.com']])).toBe(a);
    expect(rowFingerprint([['name', 'Anne'], ['email', 'a@x.com']])).not.toBe(a);
    expect(rowFingerprint([['name', 'Ann'], ['email', 'a@x.com'], ['city', '']])).toBe(a);
  });
});

describe('history text', () => {
  const skipped: LineOutcome = { line: 14, action: 'skipped', code: 'already_exists', matchedOn: 'email', message: 'is being skipped, a record was found for Contact (matched on Email)', contact: { name: 'Ann', email: 'ann@x.com' } };
  const failed: LineOutcome = { line: 22, action: 'failed', code: 'empty_value', message: 'Value cannot be an empty string. Field: Email', contact: { name: 'Bo' } };
  it('describes lines in seed 000 style', () => {
    expect(describeLine(skipped)).toBe('Line 14: is being skipped, a record was found for Contact (matched on Email)');
    expect(describeLine(failed)).toBe('Line 22: Value cannot be an empty string. Field: Email');
  });
  it('status texts', () => {
    expect(importedStatus({ line: 3, action: 'created', id: 'C-1', contact: {} })).toBe('Imported (created C-1)');
    expect(importedStatus({ line: 3, action: 'failed', duplicateOf: 2, message: 'x', contact: {} })).toBe('Duplicate of line 2');
    expect(importedStatus(failed)).toBe('Error: Value cannot be an empty string. Field: Email');
    expect(plannedStatus({ kind: 'update', matchedOn: 'email' })).toBe('Will update (matched on Email)');
    expect(plannedStatus({ kind: 'create' })).toBe('Ready to create');
    expect(plannedStatus({ kind: 'fail', message: 'dup', duplicateOf: 4 })).toBe('Duplicate of line 4');
  });
  it('counts add up', () => {
    const c = emptyCounts();
    for (const o of [skipped, failed, { line: 3, action: 'created', warnings: ['w'], contact: {} } as LineOutcome, { line: 4, action: 'updated', matchedOn: 'email', contact: {} } as LineOutcome]) countOutcome(c, o);
    expect(c).toEqual({ total: 4, created: 1, updated: 1, skipped: 1, errors: 1, warnings: 1 });
    expect(c.created + c.updated + c.skipped + c.errors).toBe(c.total);
  });
  it('line rows have the documented columns', () => {
    expect(lineRow(skipped)).toEqual(['', 14, 'Skipped', 'skipped', 'Email', 'Ann', 'ann@x.com', '', 'Line 14: is being skipped, a record was found for Contact (matched on Email)', JSON.stringify({ name: 'Ann', email: 'ann@x.com' })]);
    expect(resultOf(failed)).toBe('Failure');
    expect(lineRow(failed)[3]).toBe('skipped');
  });
});
