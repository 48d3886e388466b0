// Writing to a stream at the pace its reader takes the data (a slow reader of stdout, a slow disk), so that memory
// does not fill with pending writes.

/** Writes `text` to `out`, waiting when its buffer is full (a slow reader of stdout holds the command back). */
export function writeOut(out: NodeJS.WritableStream, text: string | Buffer): Promise<void> | null {
  if (out.write(text)) return null;
  return drained(out);
}

/** Resolves when `out` can take more (or is closed: nothing more can go there). */
export function drained(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      out.off('error', fail);
      resolve();
    };
    const fail = (e: Error) => {
      out.off('drain', done);
      out.off('close', done);
      reject(e);
    };
    out.once('drain', done);
    out.once('close', done);
    out.once('error', fail);
  });
}
