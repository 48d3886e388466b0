// Text encodings of CSV files: the real Windows-1252 table, the sniff that refuses what is not text, and the
// UTF-8 check across chunk boundaries.
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { chunkDecoder, sniffText, utf8Boundary, Utf8Check } from '../../cli/csv/decode';

// The 27 characters Windows-1252 defines in 0x80-0x9F (the Unicode Consortium's mapping table, cp1252.txt).
export const WINDOWS_1252: ReadonlyArray<[number, string]> = [
  [0x80, '\u20ac'], [0x82, '\u201a'], [0x83, '\u0192'], [0x84, '\u201e'], [0x85, '\u2026'], [0x86, '\u2020'], [0x87, '\u2021'],
  [0x88, '\u02c6'], [0x89, '\u2030'], [0x8a, '\u0160'], [0x8b, '\u2039'], [0x8c, '\u0152'], [0x8e, '\u017d'], [0x91, '\u2018'],
  [0x92, '\u2019'], [0x93, '\u201c'], [0x94, '\u201d'], [0x95, '\u2022'], [0x96, '\u2013'], [0x97, '\u2014'], [0x98, '\u02dc'],
  [0x99, '\u2122'], [0x9a, '\u0161'], [0x9b, '\u203a'], [0x9c, '\u0153'], [0x9e, '\u017e'], [0x9f, '\u0178'],
];

const SHIFT_JIS_CSV =
  '96bc914f2c8381815b838b2c936498620d0a8e52936391be98592c7461726f406578616d706c652e6a702c30332d313233342d353637380d0a8db293a189d48e712c68616e616b6f406578616d706c652e6a702c3039302d313233342d353637380d0a97e996d888ea98592c69636869726f406578616d706c652e6a702c0d0a';
const GBK_CSV =
  'd0d5c3fb2cd3cacfe42cb5e7bbb00d0ad5c5ceb02c7a68616e67776569406578616d706c652e636e2c31333830303133383030300d0acdf5b7bc2c77616e6766616e67406578616d706c652e636e2c31333930303133393030300d0ac0eec4c82c6c696e61406578616d706c652e636e2c0d0a';

describe('Windows-1252', () => {
  it('decodes all 27 characters of 0x80-0x9F with the real table, and 0xA0-0xFF as Latin-1', () => {
    expect(WINDOWS_1252).toHaveLength(27);
    const d = chunkDecoder('windows-1252');
    for (const [byte, ch] of WINDOWS_1252) expect(d.write(Buffer.from([0x41, byte, 0x42]))).toBe(`A${ch}B`);
    expect(d.write(Buffer.from([0xa0, 0xe9, 0xfc, 0xff]))).toBe('\u00a0éüÿ');
    // The five bytes Windows-1252 leaves undefined keep their code point, as the WHATWG decoder does.
    expect(d.write(Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe('\u0081\u008d\u008f\u0090\u009d');
  });

  it('is how a file that is not UTF-8 is read, even with all 27 characters in one cell', () => {
    const all = Buffer.from(WINDOWS_1252.map(([b]) => b));
    expect(sniffText(Buffer.concat([Buffer.from('Name,Email\r\n'), all, Buffer.from(',a@x.com\r\n')]), true)).toEqual({ encoding: 'windows-1252', bom: false });
    const names = Buffer.from('Name,Email\r\nJos\xe9 M\xfcller,a@x.com\r\nFran\xe7ois \x93Frank\x94 \x96 Sr.,b@x.com\r\nJ\xfcrgen K\xf6hler,c@x.com\r\n', 'latin1');
    expect(sniffText(names, true)).toEqual({ encoding: 'windows-1252', bom: false });
  });
});

describe('what is not text is refused', () => {
  it.each<[string, Buffer, RegExp]>([
    ['UTF-16 LE without a byte order mark', Buffer.from('Name,Email\r\nAnn,a@x.com\r\n', 'utf16le'), /UTF-16 text without a byte order mark/],
    ['UTF-16 BE without a byte order mark', Buffer.from('Name,Email\r\nAnn,a@x.com\r\n', 'utf16le').swap16(), /UTF-16 text without a byte order mark/],
    ['random bytes', randomBytes(20000), /of its first 20,000 bytes are NULs or control characters, as in a binary file/],
    ['a PNG image', Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100806000000', 'hex'), randomBytes(3000)]), /as in a binary file/],
    ['Shift-JIS', Buffer.from(SHIFT_JIS_CSV, 'hex'), /Japanese text in Shift-JIS/],
    ['GBK', Buffer.from(GBK_CSV, 'hex'), /legacy encoding \(such as GBK/],
  ])('%s', (_n, bytes, why) => {
    const s = sniffText(bytes, true);
    expect(s).toEqual({ notText: expect.stringMatching(why) });
  });

  it('reads a mostly-UTF-8 file with a stray byte as Windows-1252, as before, not as Shift-JIS or garbage', () => {
    const utf8 = Buffer.from('Name,Email\r\n' + 'José Álvarez,jose@x.com\r\n日本語,n@x.com\r\n'.repeat(50), 'utf8');
    expect(sniffText(Buffer.concat([utf8, Buffer.from([0x52, 0xe9, 0x0d, 0x0a])]), true)).toEqual({ encoding: 'windows-1252', bom: false });
  });

  it('keeps text with a few stray control characters, and files with byte order marks', () => {
    expect(sniffText(Buffer.from('Name,Email\r\n' + 'Ann,a@x.com\r\n'.repeat(200) + 'Bo\x07b,b@x.com\r\n'), true)).toEqual({ encoding: 'utf-8', bom: false });
    expect(sniffText(Buffer.from('\ufeffName\r\n'), true)).toEqual({ encoding: 'utf-8', bom: true });
    expect(sniffText(Buffer.from([0xff, 0xfe, 0x41, 0x00]), true)).toEqual({ encoding: 'utf-16le', bom: true });
    expect(sniffText(Buffer.from([0xfe, 0xff, 0x00, 0x41]), true)).toEqual({ encoding: 'utf-16be', bom: true });
  });

  it('a sample cut inside a UTF-8 character is still UTF-8', () => {
    const b = Buffer.from('Name\r\nJosé 日本 😀', 'utf8');
    for (let cut = 1; cut <= 3; cut++) expect(sniffText(b.subarray(0, b.length - cut), false)).toMatchObject({ encoding: 'utf-8' });
  });
});

describe('UTF-8 across chunks', () => {
  const utf8 = fc.string({ unit: fc.constantFrom('a', 'é', '日', '😀', ',', '\n', 'ß') });

  it('a valid text is valid however it is cut; one bad byte anywhere makes it invalid (property)', () => {
    fc.assert(
      fc.property(utf8, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }), fc.nat(), (text, sizes, at) => {
        const bytes = Buffer.from(text, 'utf8');
        const cut = (b: Buffer) => {
          const c = new Utf8Check();
          for (let i = 0, k = 0; i < b.length; k++) {
            const size = sizes[k % sizes.length];
            c.write(b.subarray(i, i + size));
            i += size;
          }
          return c.end();
        };
        expect(cut(bytes)).toBe(true);
        if (bytes.length) {
          const bad = Buffer.from(bytes);
          bad[at % bad.length] = 0xff;
          expect(cut(bad)).toBe(false);
        }
        const d = chunkDecoder('utf-8');
        let out = '';
        for (let i = 0, k = 0; i < bytes.length; k++) {
          const size = sizes[k % sizes.length];
          out += d.write(bytes.subarray(i, i + size));
          i += size;
        }
        expect(out + d.end()).toBe(text);
      }),
    );
  });

  it('a file that ends inside a character is not valid', () => {
    const c = new Utf8Check();
    c.write(Buffer.from([0x41, 0xe6, 0x97]));
    expect(c.end()).toBe(false);
    expect(utf8Boundary(Buffer.from([0x41, 0xe6, 0x97]))).toBe(1);
    expect(utf8Boundary(Buffer.from([0x41, 0xe6, 0x97, 0xa5]))).toBe(4);
  });
});
