// Runs the test CRM in a child process, for code that fetches synchronously (the test bed's UrlFetchApp
// blocks its thread with Atomics.wait, so the server must live in another thread or process).
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { CrmName, StoredContact } from './db';
import type { FaultConfig } from './faults';
import type { TestCrmAdmin, TestCrmConfig, TestCrmCounts } from './server';

export interface SpawnedTestCrm {
  url: string;
  port: number;
  token: string;
  locationId: string;
  admin: TestCrmAdmin;
  child: ChildProcess;
  /** What the child wrote to stderr (for debugging). */
  stderr(): string;
  close(): Promise<void>;
}

/** The project root: walk up from here (or cwd) to package.json. */
export function projectRoot(from = process.cwd()): string {
  let d = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(d, 'package.json')) && fs.existsSync(path.join(d, 'bin', 'run-ts.js'))) return d;
    const up = path.dirname(d);
    if (up === d) throw new Error('project root not found');
    d = up;
  }
}

export function httpAdmin(url: string): TestCrmAdmin {
  // node:http with a fresh connection per call: a pooled keep-alive socket may have been closed by the server
  // while this thread was blocked in a synchronous UrlFetchApp call.
  const call = (method: string, p: string, body?: unknown): Promise<any> =>
    new Promise((resolve, reject) => {
      const data = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(
        url + p,
        { method, agent: false, headers: data ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } : {} },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if ((res.statusCode ?? 500) >= 300) return reject(new Error(`test CRM admin ${method} ${p}: HTTP ${res.statusCode} ${text}`));
            try {
              resolve(JSON.parse(text));
            } catch (e) {
              reject(e instanceof Error ? e : new Error(String(e)));
            }
          });
        },
      );
      req.on('error', reject);
      if (data) req.write(data);
      req.end();
    });
  return {
    contacts: (crm?: CrmName) => call('GET', '/__admin/contacts' + (crm ? `?crm=${crm}` : '')) as Promise<StoredContact[]>,
    counts: () => call('GET', '/__admin/counts') as Promise<TestCrmCounts>,
    reset: async (what) => void (await call('POST', '/__admin/reset', what ?? {})),
    faults: async (cfg: FaultConfig) => void (await call('POST', '/__admin/faults', cfg)),
    seed: (crm, contacts) => call('POST', '/__admin/seed', { crm, contacts }) as Promise<StoredContact[]>,
    config: async (cfg: TestCrmConfig) => void (await call('POST', '/__admin/config', cfg)),
  };
}

/** How long a test CRM may take to start (a cold PGlite on a loaded machine) before it is stopped and refused. */
export const TEST_CRM_START_MS = 120_000;

export function spawnTestCrm(args: string[] = []): Promise<SpawnedTestCrm> {
  const root = projectRoot();
  const child = spawn(process.execPath, [path.join(root, 'bin', 'run-ts.js'), path.join(root, 'testcrm', 'main.ts'), '--port', '0', ...args], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve, reject) => {
    // A start that takes too long stops the child before refusing, so nothing outlives a failed start.
    const timer = setTimeout(() => {
      child.stdout.off('data', onData);
      child.kill('SIGKILL');
      reject(new Error(`The test CRM did not start within ${TEST_CRM_START_MS / 1000} s: ${stderr}`));
    }, TEST_CRM_START_MS);
    let out = '';
    const onData = (d: Buffer) => {
      out += String(d);
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      try {
        const info = JSON.parse(out.slice(0, nl));
        resolve({
          ...info,
          admin: httpAdmin(info.url),
          child,
          stderr: () => stderr,
          close: () =>
            new Promise<void>((r) => {
              if (child.exitCode !== null) return r();
              child.once('exit', () => r());
              child.kill('SIGTERM');
            }),
        });
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`test CRM exited (${code}): ${stderr}`));
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
