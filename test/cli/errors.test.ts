// cli/errors.ts: every error a command prints is one sentence of ours. Messages of the Sheets engine (as the test
// bed speaks them), of Node and of libraries are each given in the command line's words, with a library's own text
// at most in parentheses. The add-on's server code speaks the command line's words itself (test/server/words.test.ts).
import { UsageError } from '../../cli/args';
import { describeError, ourWords, writeError, xlsxReadError } from '../../cli/errors';
import { XlsxError } from '../../testbed/ooxml/errors';
import { createTestbed } from '../../testbed';

/** The error the test bed (Sheets) throws for `fn`, as the add-on would meet it. */
function sheetsError(fn: () => void): Error {
  try {
    createTestbed().run(fn);
  } catch (e) {
    return e as Error;
  }
  throw new Error('no error');
}

describe("the Sheets engine's messages", () => {
  it('"10000000 cells", "coordinates of the range", 50000 characters: our words, whatever threw them', () => {
    const cells = sheetsError(() => SpreadsheetApp.getActiveSpreadsheet().insertSheet('Big').insertRowsAfter(1, 10_000_000));
    expect(cells.message).toMatch(/10000000 cells/);
    expect(describeError(cells)).toBe('the workbook would pass the 10,000,000 cells a Google Sheets spreadsheet holds; split it into smaller workbooks');
    const range = sheetsError(() => SpreadsheetApp.getActiveSheet().getRange(1, 1, 1, 27).setValues([new Array(27).fill('x')]));
    expect(range.message).toMatch(/coordinates of the range/);
    expect(describeError(range)).toBe('a write went past the last row or column of a sheet (an internal error of contact-import; please report it)');
    const long = sheetsError(() => SpreadsheetApp.getActiveSheet().getRange('A1').setValue('x'.repeat(50_001)));
    expect(describeError(long)).toBe('a value is longer than the 50,000 characters a Google Sheets cell holds');
    expect(describeError(new Error('Invalid date'))).toBe('a date cell holds no real date');
  });
});

describe("the command line translates only what the Sheets engine says", () => {
  it('inside a message of the add-on\'s server code too, without doubled periods', () => {
    expect(ourWords('The import stopped: Your input contains more than the maximum of 50000 characters in a single cell. (error E-1). Run the command again once the cause is fixed.')).toBe(
      'The import stopped: a value is longer than the 50,000 characters a Google Sheets cell holds (error E-1). Run the command again once the cause is fixed.',
    );
    expect(ourWords('The check stopped: This action would increase the number of cells in the workbook above the limit of 10000000 cells. (error E-2).')).toBe(
      'The check stopped: the workbook would pass the 10,000,000 cells a Google Sheets spreadsheet holds; split it into smaller workbooks (error E-2).',
    );
  });

  it("the sidebar's words are not rewritten here: the server speaks the command line's words itself (cli/words.ts)", () => {
    for (const m of [
      'No column is mapped to a contact field. Open the sidebar and map at least a Name, Email or Phone column.',
      'The check stopped: boom. Choose "Resume" to finish it; nothing will be imported twice.',
      '"History" is one of the add-on\'s tabs. Open the sheet with the contacts to import, then try again.',
    ]) expect(ourWords(m)).toBe(m);
  });

  it('a message that is ours already stays as it is', () => {
    expect(ourWords('Contact not found: no contact has Email "a@x.com".')).toBe('Contact not found: no contact has Email "a@x.com".');
  });
});

describe("Node's and libraries' errors", () => {
  const sys = (code: string, message = `${code}: something, open '/x'`) => Object.assign(new Error(message), { code });

  it('file-system errors are said in words, the code in parentheses', () => {
    expect(describeError(sys('ENOSPC'))).toBe('the disk is full (ENOSPC)');
    expect(describeError(sys('EFBIG'))).toBe('the file would be larger than this system allows (EFBIG)');
    expect(describeError(sys('EROFS'))).toBe('the disk is read-only (EROFS)');
    expect(describeError(sys('EACCES'))).toBe('permission denied');
    expect(writeError('out.xlsx', sys('ENOSPC')).message).toBe('Cannot write "out.xlsx": the disk is full (ENOSPC). The file was left as it was.');
    expect(xlsxReadError('in.xlsx', sys('ENOENT')).message).toBe('Cannot read "in.xlsx": no such file.');
  });

  it("a library's error is named as unexpected, its text only in parentheses; ours pass through", () => {
    const lib = new TypeError("Cannot read properties of undefined (reading 'richText')");
    expect(describeError(lib)).toBe("an unexpected error (TypeError: Cannot read properties of undefined (reading 'richText'))");
    expect(xlsxReadError('a.xlsx', lib).message).toBe("Cannot read \"a.xlsx\" as an .xlsx workbook: an unexpected error (TypeError: Cannot read properties of undefined (reading 'richText')).");
    expect(xlsxReadError('a.xlsx', new XlsxError('the file is empty')).message).toBe('Cannot read "a.xlsx" as an .xlsx workbook: the file is empty.');
    expect(describeError(new UsageError('Give --out RESULT.xlsx.'))).toBe('Give --out RESULT.xlsx.');
    expect(xlsxReadError('a.xlsx', new UsageError('There is no sheet named "X".'))).toBeInstanceOf(UsageError);
  });
});
