// Text as Excel stores it in a shared string (<si>) or an inline string (<is>): plain <t>, or rich-text runs
// (<r><rPr>…</rPr><t>…</t></r>); phonetic guides (<rPh>) are not part of the text. Each text keeps at most `cap`
// characters (the rest streams by, counted), so a cell that inflates to gigabytes costs no memory.
import { resolveColor } from './styles';
import { type RichRun, type RunFont, type XlsxString, unescapeOoxml } from './cells';
import type { XmlHandler } from './xml';

/** Collects text up to a cap, counting what is past it. Reusable: reset() starts a new text. */
export class CappedText {
  private one = '';
  private parts: string[] | undefined;
  private kept = 0;
  total = 0;
  constructor(private readonly cap: number) {}
  reset(): this {
    this.one = '';
    this.parts = undefined;
    this.kept = 0;
    this.total = 0;
    return this;
  }
  push(s: string): void {
    this.total += s.length;
    if (this.kept >= this.cap) return;
    const take = s.length <= this.cap - this.kept ? s : s.slice(0, this.cap - this.kept);
    this.kept += take.length;
    // Most texts arrive in one piece: no array for them.
    if (!this.parts && !this.one) this.one = take;
    else (this.parts ??= [this.one]).push(take);
  }
  get cut(): boolean {
    return this.total > this.kept;
  }
  value(): string {
    return this.parts ? this.parts.join('') : this.one;
  }
}

/**
 * Builds one XlsxString from the events inside an <si> or <is> element (call `open`/`close`/`text` for the
 * events below it). With `runs`, rich text keeps its runs and their fonts.
 */
export class StringBuilder implements XmlHandler {
  private readonly acc: CappedText;
  private runs: RichRun[] | undefined;
  private run: { text: CappedText; font: RunFont } | undefined;
  private inT = false;
  private phonetic = 0;
  private inRPr = false;

  constructor(
    private readonly cap: number,
    private readonly keepRuns: boolean,
    private readonly theme: string[],
  ) {
    this.acc = new CappedText(cap);
  }

  open(name: string, a: Record<string, string>): void {
    if (name === 'rPh') this.phonetic++;
    else if (this.phonetic) return;
    else if (name === 't') this.inT = true;
    else if (name === 'r') {
      this.runs ??= [];
      this.run = { text: new CappedText(this.cap), font: {} };
    } else if (name === 'rPr') this.inRPr = true;
    else if (this.inRPr && this.run && this.keepRuns) {
      const f = this.run.font;
      const on = a.val === undefined || a.val === '1' || a.val === 'true';
      if (name === 'b') f.bold = on;
      else if (name === 'i') f.italic = on;
      else if (name === 'u') f.underline = a.val !== 'none';
      else if (name === 'strike') f.strike = on;
      else if (name === 'sz' && a.val !== undefined) f.size = Number(a.val);
      else if (name === 'rFont' && a.val !== undefined) f.name = a.val;
      else if (name === 'color') f.color = resolveColor(a, this.theme);
      else if (name === 'vertAlign' && (a.val === 'superscript' || a.val === 'subscript')) f.vertAlign = a.val;
    }
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (this.phonetic) return;
    else if (name === 't') this.inT = false;
    else if (name === 'rPr') this.inRPr = false;
    else if (name === 'r' && this.run) {
      const text = unescapeOoxml(this.run.text.value());
      const font = Object.fromEntries(Object.entries(this.run.font).filter(([, v]) => v !== undefined && v !== false)) as RunFont;
      this.runs!.push(Object.keys(font).length ? { text, font } : { text });
      this.run = undefined;
    }
  }

  text(s: string): void {
    if (!this.inT || this.phonetic) return;
    this.acc.push(s);
    this.run?.text.push(s);
  }

  result(): XlsxString {
    const out: XlsxString = { text: unescapeOoxml(this.acc.value()) };
    if (this.acc.cut) out.fullLength = this.acc.total;
    // Runs are kept only when they carry formatting, and never for a text cut at the cap.
    if (this.keepRuns && this.runs && !this.acc.cut && this.runs.some((r) => r.font)) out.runs = this.runs;
    return out;
  }
}
