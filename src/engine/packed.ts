// Records packed as JSON text in a few spreadsheet cells, for the add-on's hidden journals (the fix journal,
// engine/fix/batch.ts; the undo journal, server/undo.ts) and its long bookkeeping values (server/cells.ts): every cell
// written costs in Apps Script, so many records share a row, and a text longer than a cell runs on in the cells right
// of it.

/** The text in pieces of at most `n` characters, never splitting a surrogate pair (a cell keeps whole characters). */
export function textParts(text: string, n: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + n);
    const c = text.charCodeAt(end - 1);
    if (end < text.length && c >= 0xd800 && c <= 0xdbff) end--;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

/** One row's share of packed records: how many, and their JSON array in pieces of a cell each. */
export interface RecordPack {
  count: number;
  parts: string[];
}

/**
 * Records (each already JSON text) packed in order as JSON arrays of at most `maxChars` characters (a record longer
 * than that is a pack of its own), each array cut into pieces of `partChars` characters.
 */
export function packRecords(records: readonly string[], maxChars: number, partChars: number): RecordPack[] {
  const packs: RecordPack[] = [];
  let chunk: string[] = [];
  let size = 0;
  const flush = () => {
    if (!chunk.length) return;
    packs.push({ count: chunk.length, parts: textParts(`[${chunk.join(',')}]`, partChars) });
    chunk = [];
    size = 0;
  };
  for (const r of records) {
    if (size + r.length + 1 > maxChars) flush();
    chunk.push(r);
    size += r.length + 1;
  }
  flush();
  return packs;
}
