// Finds the processes a test run started, by a marker in their environment: every process a test spawns
// (playgrounds, the test CRM, browsers, esbuild services) inherits the environment of the jest process that set
// the marker, so /proc/PID/environ names it even after the process was orphaned. Linux only (/proc); elsewhere
// the lists are empty.
import { readdirSync, readFileSync } from 'node:fs';

export interface Proc {
  pid: number;
  ppid: number;
  /** The command line, for messages. */
  args: string;
}

/** Processes whose environment holds NAME=VALUE (this process excluded). */
export function processesWithEnv(name: string, value: string): Proc[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  const want = `${name}=${value}`;
  const found: Proc[] = [];
  for (const d of pids) {
    const pid = Number(d);
    if (pid === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${d}/environ`, 'latin1').split('\0');
      if (!environ.includes(want)) continue;
      // A zombie is already dead: only its parent's wait() is missing.
      const [state, ppid] = readFileSync(`/proc/${d}/stat`, 'latin1').replace(/^.*\) /, '').split(' ');
      if (state === 'Z') continue;
      const args = readFileSync(`/proc/${d}/cmdline`, 'latin1').split('\0').filter(Boolean).join(' ');
      found.push({ pid, ppid: Number(ppid), args });
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

/** Polls until no process holds NAME=VALUE (minus those `keep` accepts) or `ms` pass; returns what is left. */
export async function waitGone(name: string, value: string, ms: number, keep: (p: Proc) => boolean = () => false): Promise<Proc[]> {
  const end = Date.now() + ms;
  for (;;) {
    const left = processesWithEnv(name, value).filter((p) => !keep(p));
    if (left.length === 0 || Date.now() > end) return left;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function killAll(procs: Proc[]): void {
  for (const p of procs) {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Whether any live (non-zombie) process is in process group `pgid`. */
export function groupAlive(pgid: number): boolean {
  let pids: string[] | null;
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    pids = null;
  }
  if (!pids) {
    // No /proc (macOS): ask the kernel; a zombie counts as alive there, but our child is reaped on 'exit'.
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  }
  for (const d of pids) {
    try {
      // Fields after "(comm) ": state ppid pgrp ...
      const [state, , pgrp] = readFileSync(`/proc/${d}/stat`, 'latin1').replace(/^.*\) /, '').split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') return true;
    } catch {
      // gone meanwhile
    }
  }
  return false;
}

/**
 * Stops a process group (a child spawned with `detached: true` leads its own): SIGTERM, then SIGKILL after
 * `graceMs`; resolves once no process of the group is left.
 */
export async function stopGroup(pgid: number, graceMs = 3000): Promise<void> {
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pgid, sig);
    } catch {
      // the group is gone
    }
  };
  const until = async (ms: number) => {
    const end = Date.now() + ms;
    while (groupAlive(pgid) && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
    return !groupAlive(pgid);
  };
  signal('SIGTERM');
  if (await until(graceMs)) return;
  signal('SIGKILL');
  if (await until(5000)) return;
  throw new Error(`Process group ${pgid} did not stop after SIGKILL.`);
}
