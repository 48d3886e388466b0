// Sheets holds at most 50,000 characters in a cell: a longer string makes setValues throw "Your input contains more
// than the maximum of 50000 characters in a single cell." and the whole batch is lost (a History chunk, a status
// column, a problem tab). Every text the add-on builds from user data goes through fitCell before it is written.

export const MAX_CELL_CHARS = 50_000;

/** The text cut to fit one cell (never inside a surrogate pair), saying how much was left out. */
export function fitCell(text: string, max = MAX_CELL_CHARS): string {
  if (text.length <= max) return text;
  const more = (n: number) => `… (${n} more characters not shown: a cell holds ${max} at most)`;
  let keep = max - more(text.length).length;
  const c = text.charCodeAt(keep - 1);
  if (c >= 0xd800 && c <= 0xdbff) keep--;
  return text.slice(0, keep) + more(text.length - keep);
}

/** fitCell on every string of a row of cells (other values as they are). */
export function fitRow<T>(row: T[]): T[] {
  return row.map((v) => (typeof v === 'string' && v.length > MAX_CELL_CHARS ? (fitCell(v) as unknown as T) : v));
}
