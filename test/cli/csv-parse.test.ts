import fc from 'fast-check';
import { CsvError, CsvParser, parseCsv, sniffDelimiter } from '../../cli/csv/parse';
import { oracleParseCsv } from './oracle';
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

describe('the streaming parser', () => {
  const unit = fc.constantFrom('a', 'b', ' ', ',', ';', '|', '\t', '"', '""', '\n', '\r', '\r\n', 'é', '日', '😀', 'x"y', '\ufeff');
  const text = fc.array(unit, { maxLength: 80 }).map((u) => u.join(''));

  function chunked(input: string, sizes: number[], opts = {}): string[][] | string {
    const p = new CsvParser(opts);
    const rows: string[][] = [];
    try {
      let i = 0;
      for (let k = 0; i < input.length; k++) {
        const size = sizes[k % sizes.length];
        p.push(input.slice(i, i + size), rows);
        i += size;
      }
      p.end(rows);
      return rows;
    } catch (e) {
      return (e as Error).message;
    }
  }
  const whole = (input: string, opts = {}) => {
    try {
      return parseCsv(input, opts);
    } catch (e) {
      return (e as Error).message;
    }
  };

  it('gives the same rows (or the same error) however the text is cut into chunks (property)', () => {
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }), (input, sizes) => {
        expect(chunked(input, sizes)).toEqual(whole(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives what the whole-text parser before streaming gave, on any text without a pipe (property)', () => {
    const oracle = (input: string) => {
      try {
        return oracleParseCsv(input);
      } catch (e) {
        return 'error';
      }
    };
    fc.assert(
      fc.property(text.filter((t) => !t.includes('|')), (input) => {
        const got = whole(input);
        expect(typeof got === 'string' ? 'error' : got).toEqual(oracle(input));
      }),
      { numRuns: 2000 },
    );
  });

  it.each<[string, string, string[][]]>([
    ['a quoted line break split', 'a,"x\ny",b\n', [['a', 'x\ny', 'b']]],
    ['an escaped quote split', '"a""b",c\n', [['a"b', 'c']]],
    ['a CRLF split', 'a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['a lone CR at the end', 'a,b\rc', [['a', 'b'], ['c']]],
    ['text after a closing quote', '"ab"cd,e\n', [['abcd', 'e']]],
  ])('%s, at every point', (_n, input, rows) => {
    for (let cut = 0; cut <= input.length; cut++) expect(chunked(input, [cut || 1, input.length])).toEqual(rows);
    for (let size = 1; size <= 4; size++) expect(chunked(input, [size])).toEqual(rows);
  });

  it('sniffs a pipe-delimited file, and keeps a pipe inside other delimiters as text', () => {
    expect(parseCsv('Name|Email|Phone\nAnn|a@x.com|1\n')).toEqual([['Name', 'Email', 'Phone'], ['Ann', 'a@x.com', '1']]);
    expect(sniffDelimiter('a|b,c,d\n')).toBe(',');
    expect(sniffDelimiter('a|b|c;d\n')).toBe('|');
    expect(sniffDelimiter('a|b\tc\n')).toBe('\t');
  });

  it('stops at a record longer than the cap, naming its line, without reading the rest', () => {
    const p = new CsvParser({ maxRecordChars: 100 });
    const rows: string[][] = [];
    p.push('Name,Email\nAnn,a@x.com\n', rows);
    expect(() => {
      for (let i = 0; i < 10; i++) p.push('x'.repeat(30), rows);
    }).toThrow(new CsvError('Line 3 is longer than 100 characters, the most a line may hold: shorten its longest cells, or check that each row of the file ends with a line break.', 3));
    expect(rows).toEqual([['Name', 'Email'], ['Ann', 'a@x.com']]);
  });

  it('names a quoted field that is never closed within the cap, on the line it opens', () => {
    const p = new CsvParser({ maxRecordChars: 50 });
    const rows: string[][] = [];
    expect(() => {
      p.push('Name,Notes\nAnn,"open\n', rows);
      for (let i = 0; i < 20; i++) p.push('more text\n', rows);
    }).toThrow(/^Line 2 is longer than 50 characters, the most a line may hold: a quoted field that opens there is not closed within it; add the closing quote/);
  });

  it('refuses a record wider than the column cap as soon as it sees it', () => {
    const p = new CsvParser({ maxColumns: 18_278 });
    const rows: string[][] = [];
    p.push('Name,Email\n', rows);
    expect(() => p.push(','.repeat(5_000_000) + '\n', rows)).toThrow('Line 2 has more than 18,278 columns, the most a sheet can have: check the delimiter, or split the file.');
    const ok = new CsvParser({ maxColumns: 3 });
    expect(() => ok.push('a,b,c\n', [])).not.toThrow();
    expect(() => ok.push('a,b,c,d\n', [])).toThrow(/Line 2 has more than 3 columns/);
  });

  it('counts lines inside quotes for its messages, as the whole-text parser did', () => {
    expect(() => parseCsv('a\n"x\ny\r\nz",1\n"open')).toThrow('Line 5: a quoted field is never closed; add the closing quote (") or remove the opening one.');
    const p = new CsvParser({ maxRecordChars: 10 });
    expect(() => p.push('a\n"x\ny",1\nabcdefghijk\n', [])).toThrow(/^Line 4 is longer/);
  });
});
