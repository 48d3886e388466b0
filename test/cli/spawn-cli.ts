// Runs the real command (node bin/contact-import.js) for the CLI tests, with its peak memory when asked.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'contact-import.js');
const probe = join(root, 'scripts', 'rss-probe.cjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The command's own peak resident memory, in MB (with `measure`). */
  peakMB?: number;
  ms: number;
}

const env = (extra: Record<string, string> = {}) => ({ ...process.env, TZ: 'America/Los_Angeles', ...extra });

export function cli(...args: string[]): CliResult {
  const t = Date.now();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: env(), maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t };
}

/**
 * Runs the command asynchronously (so a test can write to a pipe it reads), measuring its peak memory. `killAfterMs`:
 * a command still running then is killed (its code is null), so a test that fails leaves no process behind.
 */
export function cliAsync(args: string[], opts: { measure?: boolean; killAfterMs?: number } = {}): Promise<CliResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-rss-'));
  const rssFile = join(dir, 'rss');
  const extra: Record<string, string> = opts.measure ? { NODE_OPTIONS: `--require ${probe}`, RSS_PROBE_FILE: rssFile } : {};
  const t = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: env(extra) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    const killer = opts.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      let peakMB: number | undefined;
      try {
        if (opts.measure) peakMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
      } catch {
        peakMB = undefined;
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, stdout, stderr, peakMB, ms: Date.now() - t });
    });
  });
}

/** The command run on a pseudo-terminal (util-linux `script`), so that stdout and stderr are TTYs. */
export function cliOnTerminal(args: string[]): { code: number | null; output: string } {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, bin, ...args].map(quote).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, encoding: 'utf8', env: env() });
  if (r.error) throw new Error(`The terminal tests need util-linux's "script" command: ${r.error.message}`);
  return { code: r.status, output: r.stdout };
}
