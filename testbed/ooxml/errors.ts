// The reader's one error: a reason, in the project's words, why a file cannot be read as an .xlsx workbook.
// Its message is a clause without the file name or a final period ("it is password-protected. Remove …"), so each
// command puts it in its own sentence: `Cannot read "BOOK.xlsx" as an .xlsx workbook: <reason>.`
export class XlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxError';
  }
}
