// Reads the parts of a zip archive (the container of an .xlsx), one part at a time, as a stream of inflated
// chunks. Nothing is inflated that is not asked for, and every byte inflated counts against one budget for the
// whole archive (the zip-bomb cap): a part that inflates past it stops at once, whatever its headers claim.
// Deflate and stored parts, zip64 included; encrypted parts are refused.
import * as fs from 'node:fs';
import { createInflateRaw, crc32 } from 'node:zlib';
import { XlsxError } from './errors';

export interface ZipEntry {
  /** The name as stored ("xl/worksheets/sheet1.xml"). */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** What the headers claim; the real size is only known once inflated. */
  size: number;
  localOffset: number;
}

interface Source {
  size: number;
  read(position: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

async function fileSource(path: string): Promise<Source> {
  const fh = await fs.promises.open(path, 'r');
  const { size } = await fh.stat();
  return {
    size,
    async read(position, length) {
      const buf = Buffer.alloc(length);
      let got = 0;
      while (got < length) {
        const { bytesRead } = await fh.read(buf, got, length - got, position + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return got === length ? buf : buf.subarray(0, got);
    },
    close: () => fh.close(),
  };
}

function bufferSource(bytes: Uint8Array): Source {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    size: buf.length,
    read: async (position, length) => buf.subarray(position, Math.min(buf.length, position + length)),
    close: async () => undefined,
  };
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 64 * 1024;

const damaged = (why: string) => new XlsxError(`the file is damaged: ${why}. Open it in Excel or LibreOffice and save it again`);

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged('a size in its zip directory is impossible');
  return Number(v);
}

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  /** Bytes inflated so far, all parts together. */
  inflated = 0;

  private constructor(
    private readonly src: Source,
    readonly entries: ZipEntry[],
    /** The cap on `inflated`. */
    readonly maxInflated: number,
  ) {
    // Part names are case-insensitive in an Open XML package.
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  /** Opens a zip from a path or bytes. Throws XlsxError when it is not a zip archive or its directory is damaged. */
  static async open(source: string | Uint8Array, maxInflated: number): Promise<ZipArchive> {
    const src = typeof source === 'string' ? await fileSource(source) : bufferSource(source);
    try {
      return new ZipArchive(src, await readDirectory(src), maxInflated);
    } catch (e) {
      await src.close();
      throw e;
    }
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\//, '').toLowerCase());
  }

  close(): Promise<void> {
    return this.src.close();
  }

  /** The part's inflated bytes, chunk by chunk. Throws XlsxError past the archive's budget or on damaged data. */
  async *stream(name: string): AsyncGenerator<Buffer> {
    const e = this.entry(name);
    if (!e) throw damaged(`the part "${name}" is missing`);
    if (e.flags & 1) throw new XlsxError('it is encrypted (a password-protected zip). Remove the password and save it again');
    if (e.method !== 0 && e.method !== 8) throw new XlsxError(`its part "${e.name}" uses a compression method (${e.method}) that .xlsx files do not use. Open it in Excel or LibreOffice and save it again`);
    // A part that claims more than the budget left is refused before anything is inflated.
    if (this.inflated + e.size > this.maxInflated) throw this.tooBig();
    const head = await this.src.read(e.localOffset, 30);
    if (head.length < 30 || head.readUInt32LE(0) !== LOCAL) throw damaged(`the part "${e.name}" cannot be found where its directory says`);
    let pos = e.localOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
    const end = pos + e.compressedSize;
    if (end > this.src.size) throw damaged(`the part "${e.name}" is cut short`);
    let crc = 0;
    const count = (chunk: Buffer) => {
      this.inflated += chunk.length;
      if (this.inflated > this.maxInflated) throw this.tooBig();
      crc = crc32(chunk, crc);
    };
    if (e.method === 0) {
      while (pos < end) {
        const chunk = await this.src.read(pos, Math.min(CHUNK, end - pos));
        pos += chunk.length;
        count(chunk);
        yield chunk;
      }
    } else {
      const inflate = createInflateRaw({ chunkSize: CHUNK });
      const src = this.src;
      // Feed the compressed bytes as the inflater asks for them (pipeline back-pressure), read it as it goes.
      const feed = (async () => {
        let p = pos;
        while (p < end) {
          const chunk = await src.read(p, Math.min(CHUNK, end - p));
          p += chunk.length;
          if (inflate.destroyed) return;
          if (!inflate.write(chunk)) {
            await new Promise<void>((resolve) => {
              const done = () => {
                inflate.off('drain', done);
                inflate.off('close', done);
                resolve();
              };
              inflate.on('drain', done);
              inflate.on('close', done);
            });
          }
        }
        if (!inflate.destroyed) inflate.end();
      })();
      feed.catch((err) => inflate.destroy(err as Error));
      try {
        for await (const chunk of inflate as AsyncIterable<Buffer>) {
          count(chunk);
          yield chunk;
        }
      } catch (err) {
        if (err instanceof XlsxError) throw err;
        const code = (err as { code?: string }).code;
        throw damaged(`the part "${e.name}" cannot be decompressed${code === 'Z_BUF_ERROR' ? ' (it is cut short)' : ` (${(err as Error).message})`}`);
      } finally {
        inflate.destroy();
      }
    }
    if ((crc >>> 0) !== (e.crc >>> 0)) throw damaged(`the part "${e.name}" does not match its checksum`);
  }

  /** A whole (small) part as bytes; counted like stream(). */
  async bytes(name: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of this.stream(name)) chunks.push(c);
    return Buffer.concat(chunks);
  }

  private tooBig(): XlsxError {
    const n = this.maxInflated;
    const size = n >= 1024 ** 3 ? `${(n / 1024 ** 3).toLocaleString('en-US', { maximumFractionDigits: 2 })} GB` : `${(n / 1024 ** 2).toLocaleString('en-US', { maximumFractionDigits: 2 })} MB`;
    return new XlsxError(`it decompresses to more than ${size} (the cap on an .xlsx's size once unpacked), so it is refused as a possible zip bomb. Split the workbook into smaller files`);
  }
}

async function readDirectory(src: Source): Promise<ZipEntry[]> {
  if (src.size < 22) throw new XlsxError('it is not a zip archive, which an .xlsx workbook is');
  const tailLen = Math.min(src.size, 22 + 0xffff + 20);
  const tailAt = src.size - tailLen;
  const tail = await src.read(tailAt, tailLen);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new XlsxError('it is not a zip archive, which an .xlsx workbook is');
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = at - 20;
    if (loc < 0 || tail.readUInt32LE(loc) !== ZIP64_LOCATOR) throw damaged('its zip directory cannot be found');
    const z64at = u64(tail, loc + 8);
    const z64 = await src.read(z64at, 56);
    if (z64.length < 56 || z64.readUInt32LE(0) !== ZIP64_EOCD) throw damaged('its zip directory cannot be found');
    count = u64(z64, 32);
    cdSize = u64(z64, 40);
    cdOffset = u64(z64, 48);
  }
  if (cdOffset + cdSize > src.size) throw damaged('its zip directory is cut short');
  const cd = await src.read(cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw damaged('its zip directory is cut short');
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const crc = cd.readUInt32LE(p + 16);
    let compressedSize = cd.readUInt32LE(p + 20);
    let size = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    let localOffset = cd.readUInt32LE(p + 42);
    const nameBytes = cd.subarray(p + 46, p + 46 + nameLen);
    const name = flags & 0x800 ? nameBytes.toString('utf8') : nameBytes.toString('latin1');
    // zip64: the sizes and offset that overflow 32 bits are in the extra field 0x0001, in this order.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = cd.readUInt16LE(x);
      const len = cd.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (size === 0xffffffff && q + 8 <= x + 4 + len) {
          size = u64(cd, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= x + 4 + len) {
          compressedSize = u64(cd, q);
          q += 8;
        }
        if (localOffset === 0xffffffff && q + 8 <= x + 4 + len) localOffset = u64(cd, q);
      }
      x += 4 + len;
    }
    entries.push({ name, method, flags, crc, compressedSize, size, localOffset });
    p = xEnd + commentLen;
  }
  return entries;
}
