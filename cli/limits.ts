// The caps every reader of the command line enforces, in one table (README, "Limits"). Past a cap, a reader stops
// with a one-line message naming the cap and the place (line, column, file) — never by running out of memory.
// Readers import the figure from here; nothing else spells these numbers.
export const LIMITS = {
  /** Sheets' own limit: a cell holds at most 50,000 characters. A longer cell is an error on its row. */
  cellChars: 50_000,
  /**
   * A CSV record (one line, or one quoted multi-line record) longer than this stops the read, naming the line.
   * Counted in characters of the decoded text (one byte each for plain Latin text); the parser holds at most one
   * record of this size, never the rest of the file.
   */
  lineBytes: 4 * 1024 * 1024,
  /** Sheets' widest sheet: column ZZZ. A file with more columns is refused. */
  columns: 18_278,
  /** Sheets' limit of cells in a spreadsheet, for readers that load a whole workbook (run, fix). */
  workbookCells: 10_000_000,
  /** Bytes an .xlsx may decompress to (all its parts together); past it the file is refused as a zip bomb. */
  xlsxDecompressedBytes: 1024 * 1024 * 1024,
  /** Rows an .xlsx sheet can have (Excel's format); a row numbered past it is refused. */
  xlsxRows: 1_048_576,
  /** Characters one XML tag of an .xlsx part may hold (attributes included); past it the file is refused. */
  xmlTagChars: 1024 * 1024,
  /** A settings.json larger than this is refused before it is parsed. */
  settingsBytes: 1024 * 1024,
  /**
   * How long a named pipe (FIFO) given as the file or the settings may go without any program opening it for
   * writing; then the read stops with a message instead of waiting forever.
   */
  pipeWaitMs: 10_000,
} as const;

export type LimitName = keyof typeof LIMITS;
