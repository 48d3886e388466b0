// An .xlsx file opened for reading: what kind of file it really is (a password-protected workbook, an old .xls, a
// PNG renamed .xlsx…), its sheets, its shared strings and styles, and each sheet streamed row by row. Every failure
// is an XlsxError in the project's words; the caps (unpacked size, cell length, rows, columns, tag length) keep
// memory bounded whatever the file claims.
import * as fs from 'node:fs';
import type { XlsxString } from './cells';
import { XlsxError } from './errors';
import { SheetParser, type SheetCaps, type SheetExtras, type XlsxRow } from './sheet';
import { StringBuilder } from './strings';
import { NO_STYLES, type Styles, stylesReader, themeColors } from './styles';
import { PartDecoder, XmlError, type XmlHandler, XmlReader } from './xml';
import { ZipArchive } from './zip';
import { LIMITS } from '../../cli/limits';

export interface XlsxCaps extends SheetCaps {
  /** Bytes the file may unpack to, all parts read together. */
  decompressedBytes: number;
  /** Characters one XML tag may hold. */
  tagChars: number;
}

/** The caps of the one table (cli/limits.ts), as the reader takes them. */
export function xlsxCaps(): XlsxCaps {
  return { decompressedBytes: LIMITS.xlsxDecompressedBytes, cellChars: LIMITS.cellChars, columns: LIMITS.columns, rows: LIMITS.xlsxRows, tagChars: LIMITS.xmlTagChars };
}

export interface XlsxSheetInfo {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The worksheet part ("xl/worksheets/sheet1.xml"). */
  path: string;
}

interface Rel {
  type: string;
  target: string;
  external: boolean;
}

/** What the first bytes say the file is, when it is not a zip archive. */
async function sniff(source: string | Uint8Array): Promise<void> {
  let head: Buffer;
  if (typeof source === 'string') {
    const fh = await fs.promises.open(source, 'r');
    try {
      head = Buffer.alloc(512);
      const { bytesRead } = await fh.read(head, 0, 512, 0);
      head = head.subarray(0, bytesRead);
      if (isOle(head)) await refuseOle(await oleHasEncryptedPackage(fh));
    } finally {
      await fh.close();
    }
  } else {
    head = Buffer.from(source.buffer, source.byteOffset, Math.min(512, source.byteLength));
    if (isOle(head)) await refuseOle(isPasswordProtected(source));
  }
  if (head.length === 0) throw new XlsxError('the file is empty');
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5)) return;
  const kind = otherKind(head);
  throw new XlsxError(`it is not an Excel workbook${kind ? ` but ${kind}` : ''} (an .xlsx file is a zip archive). If it is a CSV file, name it .csv`);
}

const isOle = (b: Buffer) => b.length >= 8 && b.readUInt32BE(0) === 0xd0cf11e0 && b.readUInt32BE(4) === 0xa1b11ae1;
/** The stream name an encrypted Office file holds, in UTF-16LE as a compound file's directory stores it. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * A password-protected .xlsx is not a zip but an Office compound file holding an "EncryptedPackage" stream; an
 * old .xls is a compound file without one.
 */
export function isPasswordProtected(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isOle(b) && b.includes(ENCRYPTED_PACKAGE);
}

async function oleHasEncryptedPackage(fh: fs.promises.FileHandle): Promise<boolean> {
  const { size } = await fh.stat();
  const chunk = Buffer.alloc(1024 * 1024);
  let carry = Buffer.alloc(0);
  for (let pos = 0; pos < size; pos += chunk.length) {
    const { bytesRead } = await fh.read(chunk, 0, chunk.length, pos);
    const window = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
    if (window.includes(ENCRYPTED_PACKAGE)) return true;
    carry = window.subarray(Math.max(0, window.length - ENCRYPTED_PACKAGE.length));
  }
  return false;
}

async function refuseOle(encrypted: boolean): Promise<never> {
  throw new XlsxError(
    encrypted
      ? 'it is password-protected. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save it and try again'
      : 'it is an old Excel .xls workbook (Excel 97-2003). Save it as .xlsx (or .csv) and try again',
  );
}

function otherKind(b: Buffer): string | undefined {
  const starts = (...bytes: number[]) => bytes.every((x, i) => b[i] === x);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'a GIF image';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF document';
  if (starts(0x1f, 0x8b)) return 'a gzip archive';
  if (starts(0x52, 0x61, 0x72, 0x21)) return 'a RAR archive';
  if (starts(0x37, 0x7a, 0xbc, 0xaf)) return 'a 7-Zip archive';
  const text = b.toString('utf8').replace(/^\ufeff/, '').trimStart();
  if (/^<\?xml|^<Workbook/i.test(text)) return 'an XML file (an Excel 2003 XML spreadsheet needs saving as .xlsx)';
  if (/^<(!doctype|html)/i.test(text)) return 'a web page';
  return undefined;
}

const lastSegment = (type: string) => type.slice(type.lastIndexOf('/') + 1);

/** Resolves a relationship target against the folder of the part that holds it. */
function resolvePart(fromPart: string, target: string): string {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const seg of target.replace(/^\//, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

const relsPathOf = (part: string) => {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
};

/** Workbook-level things the reader does not keep, in words. */
const BOOK_NOT_KEPT: Record<string, string> = {
  pivotCaches: 'pivot tables',
  externalReferences: 'links to other workbooks',
};

const truthy = (v: string | undefined) => v === '1' || v === 'true';

/** A defined name that stands for a sheet's developer metadata (testbed/xlsx.ts): _DevMeta.<id>.<visibility>.<hex key>.<hex value or ->. */
export const DEV_METADATA_NAME = /^_DevMeta\.\d+\.(DOCUMENT|PROJECT)\.([0-9a-f]+)\.([0-9a-f]*|-)$/;

export class XlsxPackage {
  sheets: XlsxSheetInfo[] = [];
  date1904 = false;
  /** Workbook-level things the reader does not keep ("named ranges", "chart sheet "Chart1""). */
  readonly notKept = new Set<string>();
  /**
   * The workbook's defined names that carry developer metadata (DEV_METADATA_NAME; testbed/xlsx.ts writes and reads
   * them): each name and its formula, such as 'History'!$A$1.
   */
  readonly metadataNames: Array<{ name: string; ref: string }> = [];
  private workbookPart = 'xl/workbook.xml';
  private wbRels = new Map<string, Rel>();
  private theme: string[] = [];
  private stylesCache: Styles | undefined;
  private stringsCache = new Map<boolean, XlsxString[]>();

  private constructor(
    private readonly zip: ZipArchive,
    readonly caps: XlsxCaps,
  ) {}

  /** Opens a path or bytes. Throws XlsxError, in the project's words, when it cannot be read as a workbook. */
  static async open(source: string | Uint8Array, caps: XlsxCaps): Promise<XlsxPackage> {
    await sniff(source);
    const zip = await ZipArchive.open(source, caps.decompressedBytes);
    const pkg = new XlsxPackage(zip, caps);
    try {
      await pkg.readWorkbook();
      return pkg;
    } catch (e) {
      await zip.close();
      throw e;
    }
  }

  close(): Promise<void> {
    return this.zip.close();
  }

  /** Streams a part through an XML handler, turning damage into XlsxError. */
  async parse(part: string, handler: XmlHandler): Promise<void> {
    const reader = new XmlReader(handler, this.caps.tagChars);
    const dec = new PartDecoder();
    try {
      for await (const chunk of this.zip.stream(part)) reader.write(dec.decode(chunk));
      reader.write(dec.end());
      reader.end();
    } catch (e) {
      throw this.wrap(part, e);
    }
  }

  private wrap(part: string, e: unknown): XlsxError {
    if (e instanceof XlsxError) return e;
    if (e instanceof XmlError) return new XlsxError(`its part "${part}" is not well-formed XML: ${e.message}. Open the file in Excel or LibreOffice and save it again`);
    throw e;
  }

  private async rels(part: string): Promise<Map<string, Rel>> {
    const out = new Map<string, Rel>();
    const path = relsPathOf(part);
    if (!this.zip.entry(path)) return out;
    await this.parse(path, {
      open(name, a) {
        if (name === 'Relationship' && a.Id && a.Target !== undefined) {
          const external = a.TargetMode === 'External';
          out.set(a.Id, { type: lastSegment(a.Type ?? ''), target: external ? a.Target : resolvePart(part, a.Target), external });
        }
      },
      close() {},
      text() {},
    });
    return out;
  }

  private async readWorkbook(): Promise<void> {
    const root = await this.rels('');
    const office = [...root.values()].find((r) => r.type === 'officeDocument' && !r.external);
    if (office) this.workbookPart = office.target;
    if (!this.zip.entry(this.workbookPart)) {
      const names = this.zip.entries.map((e) => e.name);
      const kind = names.includes('word/document.xml')
        ? 'a Word document'
        : names.includes('ppt/presentation.xml')
          ? 'a PowerPoint presentation'
          : names.includes('content.xml') && names.includes('mimetype')
            ? 'an OpenDocument file (.ods); save it as .xlsx'
            : 'a zip archive';
      throw new XlsxError(`it is not an Excel workbook but ${kind}`);
    }
    this.wbRels = await this.rels(this.workbookPart);
    const sheets: Array<{ name: string; state: string; rid: string }> = [];
    const notKept = this.notKept;
    let definedName = '';
    let definedText = '';
    await this.parse(this.workbookPart, {
      open: (name, a) => {
        if (name === 'workbookPr') this.date1904 = a.date1904 === '1' || a.date1904 === 'true';
        else if (name === 'sheet') {
          if (a.name === undefined || a.id === undefined) throw new XlsxError(`its list of sheets is damaged (a sheet has no ${a.name === undefined ? 'name' : 'relationship id'})`);
          sheets.push({ name: a.name, state: a.state ?? 'visible', rid: a.id });
        } else if (name === 'definedName') {
          definedName = a.name ?? '';
          definedText = '';
        } else if (BOOK_NOT_KEPT[name]) notKept.add(BOOK_NOT_KEPT[name]);
        // LibreOffice writes an empty <workbookProtection/> into every file: only a real one counts.
        else if (name === 'workbookProtection' && (truthy(a.lockStructure) || truthy(a.lockWindows) || a.workbookPassword || a.workbookHashValue)) {
          notKept.add('workbook protection');
        }
      },
      close: (name) => {
        if (name === 'definedName') {
          // Excel's own names (_xlnm.Print_Area, _xlnm._FilterDatabase) go with print settings and filters.
          if (DEV_METADATA_NAME.test(definedName)) this.metadataNames.push({ name: definedName, ref: definedText });
          else if (!definedName.startsWith('_xlnm.')) notKept.add('named ranges');
          definedName = '';
        }
      },
      text: (t: string) => {
        if (definedName) definedText += t;
      },
    });
    for (const s of sheets) {
      const rel = this.wbRels.get(s.rid);
      if (!rel || rel.external) throw new XlsxError(`the sheet "${s.name}" has no part in the file (the file is damaged)`);
      if (rel.type === 'worksheet') this.sheets.push({ name: s.name, state: s.state === 'hidden' || s.state === 'veryHidden' ? s.state : 'visible', path: rel.target });
      else if (rel.type === 'chartsheet') notKept.add(`the chart sheet "${s.name}"`);
      else notKept.add(`the sheet "${s.name}" (a ${rel.type.replace(/sheet$/, ' sheet')})`);
    }
    if (!this.sheets.length) throw new XlsxError('it has no worksheet');
    const themeRel = [...this.wbRels.values()].find((r) => r.type === 'theme' && !r.external);
    if (themeRel && this.zip.entry(themeRel.target)) {
      const t = themeColors();
      await this.parse(themeRel.target, t.handler);
      this.theme = t.colors();
    }
  }

  private partOf(type: string, fallback: string): string | undefined {
    const rel = [...this.wbRels.values()].find((r) => r.type === type && !r.external);
    const path = rel?.target ?? fallback;
    return this.zip.entry(path) ? path : undefined;
  }

  async styles(): Promise<Styles> {
    if (this.stylesCache) return this.stylesCache;
    const path = this.partOf('styles', 'xl/styles.xml');
    if (!path) return (this.stylesCache = NO_STYLES);
    const r = stylesReader(this.theme);
    await this.parse(path, r.handler);
    return (this.stylesCache = r.result());
  }

  /** The shared strings; with `keepRuns`, rich text keeps its runs. */
  async sharedStrings(keepRuns: boolean): Promise<XlsxString[]> {
    const cached = this.stringsCache.get(keepRuns);
    if (cached) return cached;
    const out: XlsxString[] = [];
    const path = this.partOf('sharedStrings', 'xl/sharedStrings.xml');
    if (path) await this.parse(path, this.stringListHandler('si', keepRuns, (s) => out.push(s)));
    this.stringsCache.set(keepRuns, out);
    return out;
  }

  /** A handler that builds one XlsxString per `element` (si, or a comment's text). */
  stringListHandler(element: string, keepRuns: boolean, done: (s: XlsxString, attrs: Record<string, string>) => void, outer?: string): XmlHandler {
    let b: StringBuilder | undefined;
    let depth = 0;
    let attrs: Record<string, string> = {};
    const cap = this.caps.cellChars + 1;
    return {
      open: (name, a) => {
        if (outer && name === outer) attrs = a;
        if (b) {
          depth++;
          b.open(name, a);
        } else if (name === element) {
          b = new StringBuilder(cap, keepRuns, this.theme);
          depth = 0;
        }
      },
      close: (name) => {
        if (!b) return;
        if (depth === 0 && name === element) {
          done(b.result(), attrs);
          b = undefined;
          return;
        }
        depth--;
        b.close(name);
      },
      text: (s) => b?.text(s),
    };
  }

  /**
   * Streams a sheet's rows, in batches (the rows of each unpacked chunk: one await per batch, not per row).
   * `extras` is filled as the sheet is read (merges, hyperlinks… come after the rows): complete once the iteration
   * ends.
   */
  async *rowBatches(sheet: XlsxSheetInfo, opts: { keepRuns: boolean; extras?: (e: SheetExtras) => void }): AsyncGenerator<XlsxRow[]> {
    const [strings, styles] = [await this.sharedStrings(opts.keepRuns), await this.styles()];
    let queue: XlsxRow[] = [];
    const parser = new SheetParser((r) => queue.push(r), strings, styles, this.date1904, this.caps, this.theme, opts.keepRuns);
    const reader = new XmlReader(parser, this.caps.tagChars);
    const dec = new PartDecoder();
    const take = () => {
      const batch = queue;
      queue = [];
      return batch;
    };
    try {
      for await (const chunk of this.zip.stream(sheet.path)) {
        reader.write(dec.decode(chunk));
        if (queue.length) yield take();
      }
      reader.write(dec.end());
      reader.end();
    } catch (e) {
      throw this.wrap(sheet.path, e);
    }
    if (queue.length) yield take();
    opts.extras?.(parser.extras);
  }

  /** The sheet's relationships (hyperlink targets, comments). */
  sheetRels(sheet: XlsxSheetInfo): Promise<Map<string, Rel>> {
    return this.rels(sheet.path);
  }

  /** The sheet's notes (legacy comments) by cell reference. */
  async notes(sheet: XlsxSheetInfo): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const rel of (await this.sheetRels(sheet)).values()) {
      if (rel.type !== 'comments' || rel.external || !this.zip.entry(rel.target)) continue;
      await this.parse(rel.target, this.stringListHandler('text', false, (s, a) => a.ref && out.set(a.ref, s.text), 'comment'));
    }
    return out;
  }
}
