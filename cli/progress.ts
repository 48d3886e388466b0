// The progress line of a long command on a terminal: "Read 1,250,000 rows  41,200 rows/s  37% read", rewritten
// in place on stderr a few times a second and cleared at the end. Nothing is written when stderr is not a terminal
// (a log file, a pipe, a test) or when the user asks for quiet.

const EVERY_MS = 250;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export class ProgressLine {
  private readonly started: number;
  private last = 0;
  private shown = false;

  constructor(
    private readonly err: NodeJS.WritableStream,
    private readonly enabled: boolean,
    /** The share of the input read (0..1), when it can be told. */
    private readonly fraction: () => number | null,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Whether `stream` is a terminal (the progress line is for people watching, never for files). */
  static isTerminal(stream: NodeJS.WritableStream): boolean {
    return (stream as { isTTY?: boolean }).isTTY === true;
  }

  /** The text of the line for `rows` rows (lines of the file) read after `ms` milliseconds. */
  static text(rows: number, ms: number, fraction: number | null): string {
    const rate = ms > 0 ? (rows * 1000) / ms : 0;
    const read = fraction === null ? '' : `  ${Math.floor(fraction * 100)}% read`;
    return `Read ${fmt(rows)} rows  ${fmt(rate)} rows/s${read}`;
  }

  update(rows: number): void {
    if (!this.enabled) return;
    const t = this.now();
    if (this.shown && t - this.last < EVERY_MS) return;
    this.last = t;
    this.shown = true;
    this.err.write(`\r${ProgressLine.text(rows, t - this.started, this.fraction())}\x1b[K`);
  }

  /** Clears the line, so that what follows starts on a clean line. */
  done(): void {
    if (!this.shown) return;
    this.shown = false;
    this.err.write('\r\x1b[K');
  }
}
