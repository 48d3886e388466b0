// The status column's imported verdicts read back (parseImportedStatus, the inverse of importedStatus), and a sheet
// row's fingerprint (rowFingerprintOf: its mapped cells, keyed by field).
import { importedStatus, parseImportedStatus, plannedStatus, type LineOutcome } from '../../src/engine/history';
import { rowFingerprint, rowFingerprintOf } from '../../src/engine/fingerprint';

describe('parseImportedStatus', () => {
  const o = (x: Partial<LineOutcome>): LineOutcome => ({ line: 2, action: 'created', contact: {}, ...x });

  it('reads back the contact an import created or updated, with or without warnings', () => {
    expect(parseImportedStatus(importedStatus(o({ action: 'created', id: 'C-1A2B' })))).toEqual({ action: 'created', id: 'C-1A2B' });
    expect(parseImportedStatus(importedStatus(o({ action: 'created', id: 'C-9', warnings: ['Tags dropped'] })))).toEqual({ action: 'created', id: 'C-9' });
    expect(parseImportedStatus(importedStatus(o({ action: 'updated', id: 'C-7', matchedOn: 'email' })))).toEqual({ action: 'updated', id: 'C-7' });
    expect(parseImportedStatus(importedStatus(o({ action: 'updated', id: 'C-7', matchedOn: 'phone', warnings: ['w'] })))).toEqual({ action: 'updated', id: 'C-7' });
  });

  it('is null for any other text: skips, failures, a check\'s status, a user\'s text, no id', () => {
    expect(parseImportedStatus(importedStatus(o({ action: 'skipped', code: 'already_imported' })))).toBeNull();
    expect(parseImportedStatus(importedStatus(o({ action: 'skipped', message: 'is being skipped, a record was found' })))).toBeNull();
    expect(parseImportedStatus(importedStatus(o({ action: 'failed', message: 'bad' })))).toBeNull();
    expect(parseImportedStatus(importedStatus(o({ action: 'created' })))).toBeNull(); // no id to find
    expect(parseImportedStatus(plannedStatus({ kind: 'create' }))).toBeNull();
    expect(parseImportedStatus('Imported (created C-1) by hand')).toBeNull();
    expect(parseImportedStatus(42)).toBeNull();
    expect(parseImportedStatus(null)).toBeNull();
  });
});

describe('rowFingerprintOf', () => {
  it('is the fingerprint of the mapped cells keyed by field: unmapped columns and column order do not count', () => {
    const fp = rowFingerprintOf(['Ann', 'ann@x.com', 'ignored'], ['name', 'email', null]);
    expect(fp).toBe(rowFingerprint([['name', 'Ann'], ['email', 'ann@x.com']]));
    expect(rowFingerprintOf(['ann@x.com', 'other', 'Ann'], ['email', null, 'name'])).toBe(fp);
    expect(rowFingerprintOf(['Ann', 'bob@x.com', 'ignored'], ['name', 'email', null])).not.toBe(fp);
  });

  it('takes a missing cell (a short row) as empty', () => {
    expect(rowFingerprintOf(['Ann'], ['name', 'email'])).toBe(rowFingerprint([['name', 'Ann']]));
  });
});
