import fc from 'fast-check';
import { CsvError, parseCsv, sniffDelimiter } from '../../cli/csv/parse';
import { toCsv } from '../../cli/csv/write';

describe('parseCsv', () => {
  it.each<[string, string, string[][]]>([
    ['simple', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['no final newline', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['CRLF', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['lone CR', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['quoted comma', '"Smith, John",x\n', [['Smith, John', 'x']]],
    ['escaped quotes', '"say ""hi""",x\n', [['say "hi"', 'x']]],
    ['embedded newline', '"line1\nline2",x\r\ny,z\r\n', [['line1\nline2', 'x'], ['y', 'z']]],
    ['embedded CRLF', '"a\r\nb",c\n', [['a\r\nb', 'c']]],
    ['BOM', '\uFEFFName,Email\nA,a@b.c\n', [['Name', 'Email'], ['A', 'a@b.c']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['empty quoted', '"",x\n', [['', 'x']]],
    ['blank line kept as a row', 'a\n\nb\n', [['a'], [''], ['b']]],
    ['ragged rows', 'a,b,c\n1\n', [['a', 'b', 'c'], ['1']]],
    ['quote inside unquoted field kept', 'a "b" c,d\n', [['a "b" c', 'd']]],
    ['text after closing quote appended', '"ab"cd,e\n', [['abcd', 'e']]],
    ['spaces preserved', ' a , b \n', [[' a ', ' b ']]],
    ['semicolon sniffed', 'Name;Email;Tags\nA;a@b.c;"x; y"\n', [['Name', 'Email', 'Tags'], ['A', 'a@b.c', 'x; y']]],
    ['tab sniffed', 'Name\tEmail\nA\ta@b.c\n', [['Name', 'Email'], ['A', 'a@b.c']]],
    ['empty input', '', []],
  ])('%s', (_n, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('uses a given delimiter over sniffing', () => {
    expect(parseCsv('a;b,c\n', { delimiter: ',' })).toEqual([['a;b', 'c']]);
  });

  it('sniffs the delimiter from the header line outside quotes, comma on a tie', () => {
    expect(sniffDelimiter('"a;b;c",d\n')).toBe(',');
    expect(sniffDelimiter('a;b,c\n')).toBe(',');
    expect(sniffDelimiter('a;b;c,d\n1,2,3,4,5')).toBe(';');
  });

  it('rejects an unterminated quoted field, naming its line', () => {
    expect(() => parseCsv('a,b\n1,"oops\n2,3\n')).toThrow(CsvError);
    expect(() => parseCsv('a,b\n1,"oops\n2,3\n')).toThrow(/Line 2: a quoted field is never closed/);
  });

  it('round-trips any table of strings through toCsv (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', '\r\n', 'é', '\t', 'x') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        // A row of one empty cell is a blank line; it reads back as [''] which is the same.
        expect(parseCsv(toCsv(rows, ','), { delimiter: ',' })).toEqual(rows);
      }),
    );
  });
});
