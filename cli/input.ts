// Opening what the user names as an input (the contact file, the settings file) without ever waiting forever or
// reading without end: a regular file is read in chunks; a named pipe (FIFO) is opened without blocking and given
// LIMITS.pipeWaitMs for a program to start writing to it; a small file (settings) is read up to its cap only, so
// a path such as /dev/zero stops at the cap.
import * as fs from 'node:fs';
import * as net from 'node:net';
import { UsageError } from './args';
import { LIMITS } from './limits';

/** Bytes read per chunk from a regular file. */
export const CHUNK_BYTES = 1024 * 1024;

/** Why a path cannot be read, in words ("no such file"). */
export function fsReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'ENOTDIR') return 'no such file (a part of the path is not a folder)';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENAMETOOLONG') return 'the path is too long';
  if (code === 'ELOOP') return 'the path has a loop of symbolic links';
  const m = (e as Error)?.message;
  return typeof m === 'string' ? m.replace(/^[A-Z]+: /, '').replace(/[\s.]+$/, '') : String(e);
}

export interface ByteSource {
  /** The size of a regular file; null for a pipe or a device (size unknown until the end). */
  readonly size: number | null;
  /** True when the bytes can be read again from the start (a regular file). */
  readonly rereadable: boolean;
  /** Bytes handed out so far by the current pass. */
  readonly bytesRead: number;
  /** The bytes, in chunks. A regular file can be read again by calling this again (a new pass from the start). */
  chunks(): AsyncIterable<Buffer>;
  /** Releases the file; safe to call twice. */
  close(): void;
}

const pipeGone = (label: string) =>
  new UsageError(
    `Cannot read ${label}: it is a named pipe and no program opened it for writing within ${LIMITS.pipeWaitMs / 1000} seconds. Start the program that writes to it first, or give a regular file.`,
  );

/** What `file` is; a missing path, a folder or a socket is a UsageError. */
function statInput(file: string, label: string): fs.Stats {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    throw new UsageError(`Cannot read ${label}: ${fsReason(e)}.`);
  }
  if (st.isDirectory()) throw new UsageError(`Cannot read ${label}: it is a folder.`);
  if (st.isSocket()) throw new UsageError(`Cannot read ${label}: it is a socket, not a file.`);
  return st;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Opens `file` for reading in chunks of `chunkBytes` (tests use small ones). `label` names it in messages
 * (`"contacts.csv"`). Problems are UsageErrors. `end`: a regular file's bytes are read up to there only (its size
 * is then `end`): validate's worker threads read the rest.
 */
export function openBytes(file: string, label: string, chunkBytes = CHUNK_BYTES, end?: number): ByteSource {
  const st = statInput(file, label);
  if (st.isFIFO()) return openPipe(file, label);
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    throw new UsageError(`Cannot read ${label}: ${fsReason(e)}.`);
  }
  const regular = st.isFile();
  const stop = regular && end !== undefined ? Math.min(end, st.size) : Infinity;
  let bytesRead = 0;
  let closed = false;
  return {
    size: regular ? Math.min(st.size, stop) : null,
    rereadable: regular,
    get bytesRead() {
      return bytesRead;
    },
    async *chunks() {
      bytesRead = 0;
      let pos = 0;
      for (;;) {
        // A fresh buffer per chunk: the consumer may keep a slice of it (the decoders copy what they keep).
        if (pos >= stop) return;
        const buf = Buffer.allocUnsafe(Math.min(chunkBytes, stop - pos));
        const n = await new Promise<number>((resolve, reject) =>
          fs.read(fd, buf, 0, buf.length, regular ? pos : null, (err, got) => (err ? reject(err) : resolve(got))),
        ).catch((e) => {
          throw new UsageError(`Cannot read ${label}: ${fsReason(e)}.`);
        });
        if (n === 0) return;
        pos += n;
        bytesRead += n;
        yield n === buf.length ? buf : buf.subarray(0, n);
      }
    },
    close() {
      if (closed) return;
      closed = true;
      fs.closeSync(fd);
    },
  };
}

/**
 * A named pipe: opened without blocking (opening it normally waits until a writer opens it, forever if none does).
 * A read that finds no writer gives 0 bytes; one that finds a writer with nothing written yet gives EAGAIN. Once a
 * writer is there, the pipe is read through the event loop (a net.Socket over the descriptor), so a slow writer
 * is waited for without a thread blocked on it.
 */
function openPipe(file: string, label: string): ByteSource {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    throw new UsageError(`Cannot read ${label}: ${fsReason(e)}.`);
  }
  let bytesRead = 0;
  let socket: net.Socket | null = null;
  let closed = false;
  let used = false;
  const close = () => {
    if (closed) return;
    closed = true;
    if (socket) socket.destroy();
    else fs.closeSync(fd);
  };
  return {
    size: null,
    rereadable: false,
    get bytesRead() {
      return bytesRead;
    },
    async *chunks() {
      if (used) throw new Error('A pipe can be read once only.');
      used = true;
      const first = Buffer.allocUnsafe(64 * 1024);
      const deadline = Date.now() + LIMITS.pipeWaitMs;
      for (;;) {
        let n: number;
        try {
          n = fs.readSync(fd, first, 0, first.length, null);
        } catch (e) {
          if ((e as { code?: string }).code === 'EAGAIN') break; // a writer is there, with nothing written yet
          throw new UsageError(`Cannot read ${label}: ${fsReason(e)}.`);
        }
        if (n > 0) {
          bytesRead += n;
          yield Buffer.from(first.subarray(0, n));
          break;
        }
        if (Date.now() > deadline) throw pipeGone(label);
        await sleep(25);
      }
      socket = new net.Socket({ fd, readable: true, writable: false });
      try {
        for await (const chunk of socket as AsyncIterable<Buffer>) {
          bytesRead += chunk.length;
          yield chunk;
        }
      } catch (e) {
        throw new UsageError(`Cannot read ${label}: ${fsReason(e)}.`);
      }
    },
    close,
  };
}

const SLEEPER = new Int32Array(new SharedArrayBuffer(4));
const sleepSync = (ms: number) => Atomics.wait(SLEEPER, 0, 0, ms);

/**
 * Reads a small file whole, synchronously, but never more than `cap` bytes: past the cap it stops and calls
 * `tooLarge`. A named pipe is read without blocking (see openPipe), given LIMITS.pipeWaitMs for a writer.
 */
export function readSmallFileSync(file: string, label: string, cap: number, tooLarge: () => UsageError): Buffer {
  const st = statInput(file, label);
  if (st.isFile() && st.size > cap) throw tooLarge();
  const pipe = st.isFIFO();
  let fd: number;
  try {
    fd = fs.openSync(file, pipe ? fs.constants.O_RDONLY | fs.constants.O_NONBLOCK : fs.constants.O_RDONLY);
  } catch (e) {
    throw new UsageError(`Cannot read ${label}: ${fsReason(e)}.`);
  }
  try {
    const parts: Buffer[] = [];
    let total = 0;
    let writer = false; // a pipe's writer has been seen (data or EAGAIN)
    const deadline = Date.now() + LIMITS.pipeWaitMs;
    const buf = Buffer.allocUnsafe(64 * 1024);
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(fd, buf, 0, Math.min(buf.length, cap + 1 - total), null);
      } catch (e) {
        if (pipe && (e as { code?: string }).code === 'EAGAIN') {
          writer = true;
          sleepSync(5);
          continue;
        }
        throw new UsageError(`Cannot read ${label}: ${fsReason(e)}.`);
      }
      if (n === 0) {
        if (!pipe || writer) break;
        if (Date.now() > deadline) throw pipeGone(label);
        sleepSync(25);
        continue;
      }
      writer = true;
      parts.push(Buffer.from(buf.subarray(0, n)));
      total += n;
      if (total > cap) throw tooLarge();
    }
    return Buffer.concat(parts, total);
  } finally {
    fs.closeSync(fd);
  }
}
