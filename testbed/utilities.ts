// Utilities (digests, HMAC, base64, formatDate, sleep, blobs, UUIDs) and the Blob class.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { CallCounter } from './counter';
import { emulate, gas, makeEnum, notEmulated } from './emulate';
import { isDate, zonedParts } from './values';

type Byte = number;

export const DigestAlgorithm = makeEnum(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512'] as const);
export const MacAlgorithm = makeEnum(['HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512'] as const);
export const Charset = makeEnum(['US_ASCII', 'UTF_8'] as const);
export const RsaAlgorithm = makeEnum(['RSA_SHA_1', 'RSA_SHA_256'] as const);

const NODE_DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
const NODE_HMAC: Record<string, string> = {
  HMAC_MD5: 'md5', HMAC_SHA_1: 'sha1', HMAC_SHA_256: 'sha256', HMAC_SHA_384: 'sha384', HMAC_SHA_512: 'sha512',
};

/** Apps Script byte arrays are Java bytes: signed, -128..127. */
export function toSignedBytes(buf: Uint8Array): Byte[] {
  const out: Byte[] = new Array(buf.length);
  for (let i = 0; i < buf.length; i++) out[i] = buf[i] > 127 ? buf[i] - 256 : buf[i];
  return out;
}

export function fromBytes(bytes: ArrayLike<number>): Buffer {
  const b = Buffer.alloc(bytes.length);
  for (let i = 0; i < bytes.length; i++) b[i] = bytes[i] & 0xff;
  return b;
}

function encode(data: string | ArrayLike<number>, charset?: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, charset === 'US_ASCII' ? 'latin1' : 'utf8');
  if (data && typeof (data).length === 'number') return fromBytes(data);
  throw new Error("The parameters don't match the method signature for Utilities.");
}

// ---------------------------------------------------------------------------------------------------------
// Java SimpleDateFormat, for Utilities.formatDate

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, w: number): string {
  const s = String(Math.abs(n)).padStart(w, '0');
  return n < 0 ? `-${s}` : s;
}

function offsetString(min: number, style: 'X' | 'XX' | 'XXX' | 'Z' | 'z'): string {
  if (min === 0 && style.startsWith('X')) return 'Z';
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  const hh = pad(Math.floor(a / 60), 2);
  const mm = pad(a % 60, 2);
  if (style === 'X') return `${sign}${hh}${mm === '00' ? '' : mm}`;
  if (style === 'XXX') return `${sign}${hh}:${mm}`;
  if (style === 'z') return min === 0 ? 'UTC' : `GMT${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

/** Formats like Java's SimpleDateFormat (the letters Apps Script scripts use), in time zone `tz`. */
export function formatJavaDate(date: Date, tz: string, format: string): string {
  const p = zonedParts(date, tz);
  let out = '';
  let i = 0;
  while (i < format.length) {
    const ch = format[i];
    if (ch === "'") {
      if (format[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // quoted literal; '' inside it is a quote
      i++;
      while (i < format.length) {
        if (format[i] === "'") {
          if (format[i + 1] === "'") {
            out += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        out += format[i++];
      }
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (format[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'y':
      case 'Y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, n);
        break;
      case 'd': out += pad(p.day, n); break;
      case 'H': out += pad(p.hour, n); break;
      case 'k': out += pad(p.hour === 0 ? 24 : p.hour, n); break;
      case 'K': out += pad(p.hour % 12, n); break;
      case 'h': out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n); break;
      case 'm': out += pad(p.minute, n); break;
      case 's': out += pad(p.second, n); break;
      case 'S': out += pad(p.ms, n); break;
      case 'E': out += n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3); break;
      case 'u': out += String(p.weekday === 0 ? 7 : p.weekday); break;
      case 'a': out += p.hour < 12 ? 'AM' : 'PM'; break;
      case 'X': out += offsetString(p.offset, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX'); break;
      case 'Z': out += offsetString(p.offset, 'Z'); break;
      case 'z': out += offsetString(p.offset, 'z'); break;
      default:
        throw new Error(`Invalid argument: format (pattern letter ${ch} is not emulated)`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Blob

interface CounterCtx {
  counter: CallCounter;
}

export class BlobImpl {
  constructor(
    readonly _ctx: CounterCtx,
    public _bytes: Buffer,
    public _contentType: string | null = null,
    public _name: string | null = null,
  ) {}
  getBytes(): Byte[] { return toSignedBytes(this._bytes); }
  setBytes(data: Byte[]): GoogleAppsScript.Base.Blob { this._bytes = fromBytes(data); return gas(this); }
  getDataAsString(charset?: string): string {
    return this._bytes.toString(charset && /^(us-ascii|iso-8859-1|latin1)$/i.test(charset) ? 'latin1' : 'utf8');
  }
  setDataFromString(string: string, charset?: string): GoogleAppsScript.Base.Blob {
    this._bytes = encode(string, charset);
    return gas(this);
  }
  getContentType(): string | null { return this._contentType; }
  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob { this._contentType = contentType; return gas(this); }
  getName(): string | null { return this._name; }
  setName(name: string): GoogleAppsScript.Base.Blob { this._name = name; return gas(this); }
  getBlob(): GoogleAppsScript.Base.Blob { return gas(this); }
  copyBlob(): GoogleAppsScript.Base.Blob { return gas(new BlobImpl(this._ctx, Buffer.from(this._bytes), this._contentType, this._name)); }
  isGoogleType(): boolean { return false; }
}

// ---------------------------------------------------------------------------------------------------------
// Utilities

export interface UtilitiesCtx extends CounterCtx {
  /** Record sleeps instead of sleeping (and advance the virtual clock). */
  fastSleep: boolean;
  sleeps: number[];
  /** The sleep's time, charged to the latency model; `worldToo` false when it was slept for real. */
  passTime(category: 'sleep', label: string, ms: number, worldToo?: boolean): void;
}

function sleepSync(ms: number): void {
  if (ms <= 0) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

type GBlob = GoogleAppsScript.Base.Blob;

export class UtilitiesImpl {
  readonly DigestAlgorithm = DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm as unknown as typeof GoogleAppsScript.Utilities.MacAlgorithm;
  readonly Charset = Charset as unknown as typeof GoogleAppsScript.Utilities.Charset;
  readonly RsaAlgorithm = RsaAlgorithm as unknown as typeof GoogleAppsScript.Utilities.RsaAlgorithm;
  constructor(readonly _ctx: UtilitiesCtx) {}

  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || !Number.isFinite(milliseconds) || milliseconds < 0) {
      throw new Error("The parameters don't match the method signature for Utilities.sleep.");
    }
    if (milliseconds > 300000) throw new Error('Invalid argument: milliseconds (max 300000)');
    this._ctx.sleeps.push(milliseconds);
    if (!this._ctx.fastSleep) sleepSync(milliseconds);
    this._ctx.passTime('sleep', 'Utilities.sleep', milliseconds, this._ctx.fastSleep);
  }

  computeDigest(algorithm: unknown, value: string | Byte[], charset?: unknown): Byte[] {
    const alg = NODE_DIGEST[String(algorithm)];
    if (!alg) return notEmulated(`Utilities.computeDigest(${String(algorithm)})`);
    return toSignedBytes(createHash(alg).update(encode(value, charset)).digest());
  }

  computeHmacSignature(algorithm: unknown, value: string | Byte[], key: string | Byte[], charset?: unknown): Byte[] {
    const alg = NODE_HMAC[String(algorithm)];
    if (!alg) return notEmulated(`Utilities.computeHmacSignature(${String(algorithm)})`);
    return toSignedBytes(createHmac(alg, encode(key, charset)).update(encode(value, charset)).digest());
  }

  computeHmacSha256Signature(value: string | Byte[], key: string | Byte[], charset?: unknown): Byte[] {
    return toSignedBytes(createHmac('sha256', encode(key, charset)).update(encode(value, charset)).digest());
  }

  base64Encode(data: string | Byte[], charset?: unknown): string {
    return encode(data, charset).toString('base64');
  }
  base64EncodeWebSafe(data: string | Byte[], charset?: unknown): string {
    return encode(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string, _charset?: unknown): Byte[] {
    return toSignedBytes(Buffer.from(String(encoded), 'base64'));
  }
  base64DecodeWebSafe(encoded: string, _charset?: unknown): Byte[] {
    return toSignedBytes(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || Number.isNaN(date.getTime())) {
      throw new Error("The parameters don't match the method signature for Utilities.formatDate.");
    }
    try {
      return formatJavaDate(date, timeZone, format);
    } catch (e) {
      if (e instanceof RangeError) throw new Error(`Invalid argument: timeZone (${timeZone})`, { cause: e });
      throw e;
    }
  }

  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%(-?\d*)(?:\.(\d+))?([sdif%])/g, (_m, _w, prec, conv) => {
      if (conv === '%') return '%';
      const v = args[i++];
      if (conv === 'd' || conv === 'i') return String(Math.trunc(Number(v)));
      if (conv === 'f') return Number(v).toFixed(prec ? Number(prec) : 6);
      return String(v);
    });
  }

  getUuid(): string {
    return randomUUID();
  }

  newBlob(data: string | Byte[], contentType?: string, name?: string): GBlob {
    return gas(new BlobImpl(this._ctx, encode(data), contentType ?? null, name ?? null));
  }
}

emulate(BlobImpl, 'Blob');
emulate(UtilitiesImpl, 'Utilities');
