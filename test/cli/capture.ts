// Runs a command in process with its stdout and stderr captured, for the CLI tests: its exit code and both texts.
import { PassThrough } from 'node:stream';

export interface Captured {
  code: number;
  out: string;
  err: string;
}

export async function capture(run: (out: NodeJS.WritableStream, err: NodeJS.WritableStream) => Promise<number>): Promise<Captured> {
  const out = new PassThrough();
  const err = new PassThrough();
  const o: Buffer[] = [];
  const e: Buffer[] = [];
  out.on('data', (b: Buffer) => o.push(b));
  err.on('data', (b: Buffer) => e.push(b));
  const code = await run(out, err);
  return { code, out: Buffer.concat(o).toString('utf8'), err: Buffer.concat(e).toString('utf8') };
}
