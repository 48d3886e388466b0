// cli/atomic.ts: every file the command line writes replaces its target in one step (temporary file beside it,
// flushed, renamed), keeping the target's permissions and writing through a symbolic link; a failed write leaves
// the target as it was and no temporary file behind.
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAtomicStream, writeAtomically, writeFileAtomically } from '../../cli/atomic';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeAtomically', () => {
  it('replaces the target whole, keeping its permissions, and leaves no temporary file', async () => {
    const target = join(dir, 'out.xlsx');
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    await writeFileAtomically(target, 'new contents');
    expect(readFileSync(target, 'utf8')).toBe('new contents');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('a write that fails leaves the target as it was, and no temporary file', async () => {
    const target = join(dir, 'out.xlsx');
    writeFileSync(target, 'precious');
    await expect(
      writeAtomically(target, (tmp) => {
        writeFileSync(tmp, 'half');
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }),
    ).rejects.toThrow('ENOSPC');
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('writes through a symbolic link: the link stays, the file it points to is replaced', async () => {
    const real = join(dir, 'real.xlsx');
    const link = join(dir, 'link.xlsx');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    await writeFileAtomically(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.xlsx', 'real.xlsx']);
  });
});

describe('openAtomicStream', () => {
  it('replaces the target only on commit; abort leaves it and removes the temporary file', async () => {
    const target = join(dir, 'rejects.csv');
    writeFileSync(target, 'before\n');
    const a = openAtomicStream(target);
    a.stream.write('half');
    a.abort();
    expect(readFileSync(target, 'utf8')).toBe('before\n');
    const b = openAtomicStream(target);
    b.stream.write('line 1\n');
    b.stream.write('line 2\n');
    expect(readFileSync(target, 'utf8')).toBe('before\n');
    await b.commit();
    expect(readFileSync(target, 'utf8')).toBe('line 1\nline 2\n');
    expect(readdirSync(dir)).toEqual(['rejects.csv']);
  });
});
