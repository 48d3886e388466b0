// Every file the command line writes is written atomically: into a temporary file in the target's own folder,
// flushed to disk, then renamed over the target. A Ctrl-C, a crash or a full disk leaves the target as it was
// (the input itself, when --out names it), never empty or truncated.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A temporary path beside `target` (same folder, so the final rename never crosses file systems). */
export function tempPathFor(target: string): string {
  const dir = path.dirname(path.resolve(target));
  const base = path.basename(target);
  return path.join(dir, `.${base}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/** A target that is a symbolic link is written through it: the link stays, the file it points to is replaced. */
function realTarget(target: string): string {
  try {
    return fs.realpathSync(target);
  } catch {
    return target; // does not exist yet
  }
}

/** Flushes the temporary file to disk, with the permissions the target had (a rename would otherwise change them). */
function flushKeepingMode(tmp: string, target: string): void {
  const fd = fs.openSync(tmp, 'r+');
  try {
    try {
      fs.fchmodSync(fd, fs.statSync(target).mode & 0o7777);
    } catch {
      /* a new file keeps the default permissions */
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

const pending = new Set<string>();
let hooked = false;
/** Temporary files still being written are removed when the process is interrupted. */
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  const clean = () => {
    for (const p of pending) {
      try {
        fs.unlinkSync(p);
      } catch {
        /* already gone */
      }
    }
    pending.clear();
  };
  process.on('exit', clean);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      clean();
      process.kill(process.pid, sig);
    });
  }
}

/**
 * Writes through `write(tempPath)`, which must leave the complete file at tempPath; then fsyncs it and renames it
 * over `target`. On any failure the temporary file is removed and `target` is untouched.
 */
export async function writeAtomically(target: string, write: (tempPath: string) => Promise<void> | void): Promise<void> {
  hookExit();
  target = realTarget(target);
  const tmp = tempPathFor(target);
  pending.add(tmp);
  try {
    await write(tmp);
    flushKeepingMode(tmp, target);
    fs.renameSync(tmp, target);
    pending.delete(tmp);
    try {
      const dfd = fs.openSync(path.dirname(path.resolve(target)), 'r');
      try {
        fs.fsyncSync(dfd);
      } finally {
        fs.closeSync(dfd);
      }
    } catch {
      /* some file systems cannot fsync a folder; the rename is still atomic */
    }
  } catch (e) {
    pending.delete(tmp);
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* never created */
    }
    throw e;
  }
}

/** writeAtomically for bytes or text already in memory. */
export function writeFileAtomically(target: string, data: string | Uint8Array): Promise<void> {
  return writeAtomically(target, (tmp) => fs.writeFileSync(tmp, data));
}

/**
 * A stream to `target` that only replaces it when `commit()` is called after the last write; `abort()` (or an
 * error) removes the temporary file. For outputs written row by row (--clean, --rejects).
 */
export interface AtomicStream {
  readonly stream: fs.WriteStream;
  /** The temporary file being written (the target is replaced by it on commit). */
  readonly tempPath: string;
  commit(): Promise<void>;
  abort(): void;
}

export function openAtomicStream(target: string): AtomicStream {
  hookExit();
  target = realTarget(target);
  const tmp = tempPathFor(target);
  pending.add(tmp);
  // Opened at once (not when the stream gets to it), so that abort() right away still finds the file to remove.
  const stream = fs.createWriteStream(tmp, { fd: fs.openSync(tmp, 'wx') });
  let done = false;
  return {
    stream,
    tempPath: tmp,
    async commit() {
      if (done) return;
      done = true;
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      });
      flushKeepingMode(tmp, target);
      fs.renameSync(tmp, target);
      pending.delete(tmp);
    },
    abort() {
      if (done) return;
      done = true;
      stream.destroy();
      pending.delete(tmp);
      try {
        fs.unlinkSync(tmp);
      } catch {
        /* never created */
      }
    },
  };
}
