// A streaming XML reader for the parts of an .xlsx: text goes in chunk by chunk, elements and text come out as
// calls on a handler. Memory stays bounded: text is handed over in pieces as it arrives (the handler decides what
// to keep), comments and processing instructions are skipped as they stream by, and one tag may hold at most
// `maxTagChars`. Element and attribute names are given without their namespace prefix (`x:c` → `c`, `r:id` → `id`).
// A document type declaration is refused (entity expansion is how XML bombs work), as is anything not well-formed.

export interface XmlHandler {
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  /** Decoded character data; one text node may arrive in several calls. */
  text(s: string): void;
}

/** A part is not well-formed XML; `message` says what is wrong in plain words. */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces XML's entity and character references; an unknown entity is kept as it is written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[e] ?? m;
  });
}

const localName = (n: string) => {
  const i = n.indexOf(':');
  return i < 0 ? n : n.slice(i + 1);
};


export class XmlReader {
  private buf = '';
  private mode: 'text' | 'comment' | 'cdata' | 'pi' = 'text';
  private readonly stack: string[] = [];
  private sawRoot = false;

  constructor(
    private readonly h: XmlHandler,
    private readonly maxTagChars: number,
  ) {}

  write(chunk: string): void {
    this.buf = this.buf.length ? this.buf + chunk : chunk;
    this.pump(false);
  }

  end(): void {
    this.pump(true);
    if (this.mode !== 'text') throw new XmlError(`a ${this.mode === 'cdata' ? 'CDATA section' : this.mode === 'pi' ? 'processing instruction' : 'comment'} is not closed`);
    if (this.buf.trim() !== '') throw new XmlError(this.buf.trimStart().startsWith('<') ? 'it ends in the middle of a tag' : 'there is text after the end of the document');
    if (this.stack.length) throw new XmlError(`it ends before the element <${this.stack[this.stack.length - 1]}> is closed`);
    if (!this.sawRoot) throw new XmlError('it is empty');
  }

  private pump(final: boolean): void {
    const s = this.buf;
    let i = 0;
    const n = s.length;
    while (i < n) {
      if (this.mode === 'comment' || this.mode === 'pi') {
        const close = this.mode === 'comment' ? '-->' : '?>';
        const j = s.indexOf(close, i);
        if (j < 0) {
          // Skip what streamed by, keep the last characters in case the closing mark is split.
          i = Math.max(i, n - (close.length - 1));
          break;
        }
        i = j + close.length;
        this.mode = 'text';
        continue;
      }
      if (this.mode === 'cdata') {
        const j = s.indexOf(']]>', i);
        if (j < 0) {
          const upto = Math.max(i, n - 2);
          if (upto > i) this.text(s.slice(i, upto), true);
          i = upto;
          break;
        }
        if (j > i) this.text(s.slice(i, j), true);
        i = j + 3;
        this.mode = 'text';
        continue;
      }
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        // Text up to the end of the chunk; an entity reference cut in two waits for the next chunk.
        let upto = n;
        if (!final) {
          const amp = s.lastIndexOf('&');
          if (amp >= i && amp > n - 12 && s.indexOf(';', amp) < 0) upto = amp;
        }
        if (upto > i) this.text(s.slice(i, upto), false);
        i = upto;
        break;
      }
      if (lt > i) this.text(s.slice(i, lt), false);
      i = lt;
      // A tag: we need all of it.
      const c1 = s.charCodeAt(i + 1);
      if (i + 1 >= n) break;
      if (c1 === 0x21 /* ! */) {
        if (s.startsWith('<!--', i)) {
          this.mode = 'comment';
          i += 4;
          continue;
        }
        if (s.startsWith('<![CDATA[', i)) {
          if (!this.stack.length) throw new XmlError('there is a CDATA section outside the document element');
          this.mode = 'cdata';
          i += 9;
          continue;
        }
        if (n - i < 9 && !final) break;
        if (s.startsWith('<!DOCTYPE', i)) throw new XmlError('it declares a document type, which an .xlsx part never does (and which XML bombs use)');
        throw new XmlError('it has a malformed "<!" declaration');
      }
      if (c1 === 0x3f /* ? */) {
        this.mode = 'pi';
        i += 2;
        continue;
      }
      const next = c1 === 0x2f /* / */ ? this.endTag(s, i) : this.startTag(s, i);
      if (next < 0) {
        if (n - i > this.maxTagChars) throw new XmlError(`a tag is longer than ${this.maxTagChars.toLocaleString('en-US')} characters`);
        break;
      }
      i = next;
    }
    this.buf = i >= n ? '' : s.slice(i);
    if (this.buf.length > this.maxTagChars) throw new XmlError(`a tag is longer than ${this.maxTagChars.toLocaleString('en-US')} characters`);
  }

  private text(raw: string, cdata: boolean): void {
    if (!this.stack.length) {
      if (raw.trim() !== '') throw new XmlError(this.sawRoot ? 'there is text after the end of the document' : 'there is text before the document element');
      return;
    }
    this.h.text(cdata ? raw : decodeEntities(raw));
  }

  /** The end tag at `lt`; returns the index after it, or -1 when it is not all there yet. */
  private endTag(s: string, lt: number): number {
    const gt = s.indexOf('>', lt);
    if (gt < 0) return -1;
    const name = s.slice(lt + 2, gt).trim();
    const open = this.stack.pop();
    if (open === undefined) throw new XmlError(`the closing tag </${name}> has no opening tag`);
    if (open !== name) throw new XmlError(`the element <${open}> is closed by </${name}>`);
    this.h.close(localName(name));
    return gt + 1;
  }

  /**
   * The start tag at `lt`, read in one pass (its name, then name="value" pairs); returns the index after it, or -1
   * when it is not all there yet. Anything else inside a tag is a fault, said in words.
   */
  private startTag(s: string, lt: number): number {
    const n = s.length;
    let p = lt + 1;
    while (p < n && isNameChar(s.charCodeAt(p))) p++;
    if (p >= n) return -1;
    const name = s.slice(lt + 1, p);
    if (!name) throw new XmlError(`a tag "${s.slice(lt, lt + 20)}" has no element name`);
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
    for (;;) {
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const c = s.charCodeAt(p);
      if (c === 0x3e /* > */ || c === 0x2f /* / */) {
        if (c === 0x2f) {
          if (p + 1 >= n) return -1;
          if (s.charCodeAt(p + 1) !== 0x3e) throw new XmlError(`the tag <${name}> has a stray "/"`);
        }
        if (!this.stack.length) {
          if (this.sawRoot) throw new XmlError('it has a second document element');
          this.sawRoot = true;
        }
        const local = localName(name);
        this.h.open(local, attrs);
        if (c === 0x2f) {
          this.h.close(local);
          return p + 2;
        }
        this.stack.push(name);
        return p + 1;
      }
      const a0 = p;
      while (p < n && isNameChar(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const an = s.slice(a0, p);
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const quote = p + 1 < n ? nextNonSpace(s, p + 1) : -1;
      if (!an || s.charCodeAt(p) !== 0x3d /* = */ || (quote >= 0 && s.charCodeAt(quote) !== 0x22 && s.charCodeAt(quote) !== 0x27)) {
        throw new XmlError(an ? `the attribute ${an} of <${name}> has no value in quotes` : `the tag <${name}> holds a stray "${s[a0]}"`);
      }
      if (quote < 0) return -1;
      const close = s.indexOf(s[quote], quote + 1);
      if (close < 0) return -1;
      const value = s.slice(quote + 1, close);
      if (value.indexOf('<') >= 0) throw new XmlError(`the attribute ${an} of <${name}> holds a "<"`);
      if (an.charCodeAt(0) !== 0x78 /* x */ || !an.startsWith('xmlns')) attrs[localName(an)] = decodeEntities(value);
      p = close + 1;
      if (p < n && !isSpace(s.charCodeAt(p)) && s.charCodeAt(p) !== 0x3e && s.charCodeAt(p) !== 0x2f) throw new XmlError(`the attributes of <${name}> run together`);
    }
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
/** Characters of an element or attribute name: anything but space, quotes, = < > / */
const isNameChar = (c: number) => c > 0x20 && c !== 0x3d && c !== 0x3e && c !== 0x2f && c !== 0x22 && c !== 0x27 && c !== 0x3c;

function nextNonSpace(s: string, from: number): number {
  let p = from;
  while (p < s.length && isSpace(s.charCodeAt(p))) p++;
  return p < s.length ? p : -1;
}

/**
 * Decodes a part's bytes to text as they stream: UTF-8 unless a byte order mark says UTF-16. Invalid UTF-8 is an
 * error (a damaged part), never silently replaced.
 */
export class PartDecoder {
  private dec: TextDecoder | undefined;
  decode(chunk: Uint8Array): string {
    if (!this.dec) {
      const b0 = chunk[0];
      const b1 = chunk[1];
      const label = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : 'utf-8';
      this.dec = new TextDecoder(label, { fatal: true });
    }
    try {
      return this.dec.decode(chunk, { stream: true });
    } catch {
      throw new XmlError('its text is not valid UTF-8');
    }
  }
  end(): string {
    try {
      return this.dec ? this.dec.decode() : '';
    } catch {
      throw new XmlError('its text is not valid UTF-8');
    }
  }
}
