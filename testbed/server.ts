// Starting HTTP servers where a synchronous UrlFetchApp.fetch can reach them: in a child process.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { findProjectRoot } from './services';

export interface ChildServer {
  /** e.g. "http://127.0.0.1:43123" (no trailing slash). */
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the child wrote to stdout/stderr so far (for debugging failing tests). */
  output(): string;
  /** Stops the child (SIGTERM, then SIGKILL after 2 s). */
  close(): Promise<void>;
}

export interface ChildServerOptions {
  args?: string[];
  env?: Record<string, string>;
  /** Milliseconds to wait for the ready line (default 15000). */
  startTimeoutMs?: number;
}

const READY = /(?:"port"\s*:\s*(\d+))|(?:listening[^\n]*?:(\d+))/i;

/**
 * Runs `modulePath` (.js/.cjs/.mjs with node, .ts through bin/run-ts.js) in a child process and resolves once it
 * prints its port on stdout, either as JSON containing "port": N or a line like "listening on http://127.0.0.1:N".
 * The child should listen on port 0 (any free port) and print the port it got.
 */
export function startServerInChild(modulePath: string, opts: ChildServerOptions = {}): Promise<ChildServer> {
  const args = /\.tsx?$/.test(modulePath)
    ? [join(findProjectRoot(), 'bin/run-ts.js'), modulePath, ...(opts.args ?? [])]
    : [modulePath, ...(opts.args ?? [])];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise<ChildServer>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`testbed: server ${modulePath} did not print its port within ${opts.startTimeoutMs ?? 15000} ms. Output:\n${out}`));
    }, opts.startTimeoutMs ?? 15000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = READY.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stdout.on('data', (x: Buffer) => (out += x.toString()));
        const port = Number(m[1] ?? m[2]);
        resolve({
          url: `http://127.0.0.1:${port}`, port, child, output: () => out,
          close: () =>
            new Promise<void>((res) => {
              if (child.exitCode !== null || child.signalCode !== null) return res();
              const kill = setTimeout(() => child.kill('SIGKILL'), 2000);
              child.once('exit', () => {
                clearTimeout(kill);
                res();
              });
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`testbed: server ${modulePath} exited (${code ?? signal}) before printing its port. Output:\n${out}`));
    });
  });
}
