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

const ATTR = /\s*([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const NAME = /^[^\s/>"'=<]+/;

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
      const gt = tagEnd(s, i + 1);
      if (gt < 0) {
        if (n - i > this.maxTagChars) throw new XmlError(`a tag is longer than ${this.maxTagChars.toLocaleString('en-US')} characters`);
        break;
      }
      this.tag(s.slice(i + 1, gt));
      i = gt + 1;
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

  private tag(body: string): void {
    if (body[0] === '/') {
      const name = body.slice(1).trim();
      const open = this.stack.pop();
      if (open === undefined) throw new XmlError(`the closing tag </${name}> has no opening tag`);
      if (open !== name) throw new XmlError(`the element <${open}> is closed by </${name}>`);
      this.h.close(localName(name));
      return;
    }
    const selfClosing = body.endsWith('/');
    if (selfClosing) body = body.slice(0, -1);
    const m = NAME.exec(body);
    if (!m) throw new XmlError(`a tag "<${body.slice(0, 20)}" has no element name`);
    const name = m[0];
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
    let p = name.length;
    ATTR.lastIndex = p;
    while (p < body.length) {
      if (/^\s*$/.test(body.slice(p))) break;
      ATTR.lastIndex = p;
      const a = ATTR.exec(body);
      if (!a) {
        const what = /^\s*([^\s=]+)/.exec(body.slice(p))?.[1] ?? body.slice(p, p + 20);
        throw new XmlError(`the attribute ${what} of <${name}> has no value in quotes`);
      }
      const an = a[1];
      if (!an.startsWith('xmlns')) attrs[localName(an)] = decodeEntities(a[2] ?? a[3]);
      p = ATTR.lastIndex;
    }
    if (!this.stack.length) {
      if (this.sawRoot) throw new XmlError('it has a second document element');
      this.sawRoot = true;
    }
    const local = localName(name);
    this.h.open(local, attrs);
    if (selfClosing) this.h.close(local);
    else this.stack.push(name);
  }
}

/** Index of the ">" ending the tag that starts at `from`, skipping quoted attribute values; -1 if not there yet. */
function tagEnd(s: string, from: number): number {
  let q = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (q) {
      if (c === q) q = 0;
    } else if (c === 0x22 || c === 0x27) q = c;
    else if (c === 0x3e) return i;
    else if (c === 0x3c) throw new XmlError('a "<" stands inside a tag');
  }
  return -1;
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
