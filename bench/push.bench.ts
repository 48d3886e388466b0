// CRM pushes: 10,000 rows to each endpoint (HubSpot, HighLevel, webhook) on loopback, through the test bed's
// synchronous UrlFetchApp, against the test CRM (PGlite) in a child process. For each endpoint:
//   - clean:  the destination's push, no faults;
//   - faults: the same with a seeded 5% rate of 429 and 503 (tiny backoff caps so it finishes);
//   - peer:   the same requests (same payloads, same fetchAll grouping) sent by a bare loop of
//             UrlFetchApp.fetchAll calls without the client logic, in the same run. ratio = clean / peer.
// HighLevel's real burst window (100 requests / 10 s) would make 10,000 one-contact requests take ~1,000 s;
// the bench lifts the window and reports the projected time under the real window beside the measured one.
import { createTestbed, installGlobals } from '../testbed';
import { spawnTestCrm } from '../testcrm/spawn';
import { mulberry32 } from '../testcrm/faults';
import { createCrmDestination, type CrmDestination } from '../src/server/destinations/crm';
import { HubSpotClient, hubspotProperties } from '../src/crm/hubspot';
import { HighLevelClient, highlevelBody } from '../src/crm/highlevel';
import { WebhookClient } from '../src/crm/webhook';
import { rowKey } from '../src/crm/hash';
import type { HttpRequest } from '../src/crm/http';
import type { DestinationConfig } from '../src/engine/types';
import type { PushContext, PushRow } from '../src/engine/destination';
import type { BenchResult } from './types';

const N = Number(process.env.BENCH_PUSH_ROWS ?? 10_000);
const HL_PARALLEL = 25;

function rows(n: number): PushRow[] {
  return Array.from({ length: n }, (_, i) => ({
    line: i + 2,
    fingerprint: 'fp' + i,
    contact: {
      email: `p${i}@example.com`,
      firstName: `First${i}`,
      lastName: `Last${i}`,
      phone: `+1415${String(5000000 + i).padStart(7, '0')}`,
      companyName: `Co ${i % 300}`,
      city: 'Springfield',
      tags: ['import'],
    },
  }));
}

function ctxFor(runId: string): PushContext {
  return { runId, mode: 'upsert', matchOn: ['email', 'phone'], dontUpdateEmpty: true, deadline: Number.MAX_SAFE_INTEGER, source: 'Bench' };
}

/** The import run's loop: chunk by chunkSize, resume while rows lack outcomes (a stop is resumed at once here). */
function pushAll(dest: CrmDestination, all: PushRow[], runId: string): { outcomes: number; stops: number; heapPeak: number } {
  const done = new Set<number>();
  let stops = 0;
  let heapPeak = 0;
  for (let pass = 0; pass < 5 && done.size < all.length; pass++) {
    const todo = all.filter((r) => !done.has(r.line));
    for (let i = 0; i < todo.length; i += dest.chunkSize) {
      const r = dest.push(todo.slice(i, i + dest.chunkSize), ctxFor(runId));
      for (const o of r.outcomes) done.add(o.line);
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      if (r.stop) {
        stops++;
        if (!r.stop.resumable) throw new Error(r.stop.message);
        break;
      }
    }
  }
  return { outcomes: done.size, stops, heapPeak };
}

/** The peer: the same requests, grouped the same way, sent by a bare fetchAll loop (no retry, no mapping). */
function bareLoop(groups: HttpRequest[][]): number {
  let ok = 0;
  for (const g of groups) {
    const res = UrlFetchApp.fetchAll(
      g.map((r) => ({ url: r.url, method: r.method, headers: r.headers, payload: r.payload, contentType: r.contentType, muteHttpExceptions: true })),
    );
    for (const x of res) if (x.getResponseCode() < 300) ok++;
  }
  return ok;
}

function chunks<T>(a: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < a.length; i += n) out.push(a.slice(i, i + n));
  return out;
}

export default async function pushBench(): Promise<BenchResult[]> {
  const crm = await spawnTestCrm();
  const tb = createTestbed({ fetchTimeoutMs: 30_000 });
  const uninstall = installGlobals(tb, { console: false });
  const data = rows(N);
  const results: BenchResult[] = [];
  try {
    const endpoints: Array<{ name: string; config: DestinationConfig; peerGroups: () => HttpRequest[][] }> = [
      {
        name: 'hubspot',
        config: { type: 'hubspot', baseUrl: crm.url, token: crm.token },
        peerGroups: () => {
          const c = new HubSpotClient({ baseUrl: crm.url, token: crm.token });
          const items = data.map((r) => ({ line: r.line, email: String(r.contact.email), properties: hubspotProperties(r.contact, {}, 'Bench').properties }));
          return chunks(items, 100).map((b) => [c.upsertRequest(b)]);
        },
      },
      {
        name: 'highlevel',
        config: { type: 'highlevel', baseUrl: crm.url, token: crm.token, locationId: crm.locationId },
        peerGroups: () => {
          const c = new HighLevelClient({ baseUrl: crm.url, token: crm.token, locationId: crm.locationId });
          return chunks(data.map((r) => c.upsertRequest(highlevelBody(r.contact, {}, 'Bench').body)), HL_PARALLEL);
        },
      },
      {
        name: 'webhook',
        config: { type: 'webhook', url: crm.url + '/webhook' },
        peerGroups: () => {
          const c = new WebhookClient({ url: crm.url + '/webhook' });
          return chunks(data, 100).map((b) => [
            c.request({ run: 'peer', mode: 'upsert', source: 'Bench', contacts: b.map((r) => ({ line: r.line, key: rowKey('peer', r.line, r.fingerprint), contact: r.contact })) }),
          ]);
        },
      },
    ];
    for (const ep of endpoints) {
      const make = (seed: number) =>
        createCrmDestination(ep.config, undefined, {
          retry: { baseDelayMs: 2, maxDelayMs: 20, maxAttempts: 8, random: mulberry32(seed) },
          highlevel: { window: { limit: 1_000_000, windowMs: 10_000 }, maxParallel: HL_PARALLEL },
        });

      // warm-up (JIT, PGlite caches, connections), then the peer and the client on an empty CRM each: the
      // same database work (every row created)
      // A full-size warm-up first: the test CRM's first 10,000 inserts are slower (PGlite's memory grows).
      await crm.admin.reset();
      pushAll(make(0), data, 'bench-warmup');
      await crm.admin.reset();
      const groups = ep.peerGroups();
      const pc0 = process.cpuUsage();
      const p0 = process.hrtime.bigint();
      const peerOk = bareLoop(groups);
      const peerSeconds = Number(process.hrtime.bigint() - p0) / 1e9;
      const pc = process.cpuUsage(pc0);
      const peerRequests = (await crm.admin.counts()).total;

      await crm.admin.reset();
      const clean = make(1);
      const cc0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      const r1 = pushAll(clean, data, 'bench-clean');
      const cleanSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const cc = process.cpuUsage(cc0);
      const c1 = await crm.admin.counts();
      const stored1 = (await crm.admin.contacts(ep.name)).length;

      await crm.admin.reset();
      await crm.admin.faults({ random: { rate: 0.05, statuses: [429, 503], seed: 42 } });
      const faulty = make(2);
      const t1 = process.hrtime.bigint();
      const r2 = pushAll(faulty, data, 'bench-faults');
      const faultSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
      const c2 = await crm.admin.counts();
      const stored2 = (await crm.admin.contacts(ep.name)).length;

      const projected = ep.name === 'highlevel' ? Math.max(cleanSeconds, ((clean.stats.requests - 100) / 100) * 10) : undefined;
      results.push({
        name: `push-${ep.name}`,
        rows: N,
        seconds: cleanSeconds,
        rowsPerSec: N / cleanSeconds,
        peakMB: Math.max(r1.heapPeak, r2.heapPeak) / 1e6,
        peakKind: 'heapUsed, sampled after each push()',
        ratio: cleanSeconds / peerSeconds,
        floorSeconds: peerSeconds,
        floor: 'bare UrlFetchApp.fetchAll loop, same requests',
        requests: clean.stats.requests,
        // CPU of this process (the add-on side: client + the test bed's fetch worker), not the test CRM's
        cpuSeconds: (cc.user + cc.system) / 1e6,
        peerCpuSeconds: (pc.user + pc.system) / 1e6,
        serverRequests: c1.total,
        peerRequests,
        peerAccepted: peerOk,
        outcomes: r1.outcomes,
        stored: stored1,
        ...(projected !== undefined ? { projectedSecondsAtRealWindow: Math.round(projected), realWindow: '100 requests / 10 s' } : {}),
        faults: {
          rate: '5% of requests: 429 or 503 (seeded)',
          seconds: faultSeconds,
          rowsPerSec: N / faultSeconds,
          requests: faulty.stats.requests,
          injected: c2.faults,
          retries: faulty.stats.retries,
          retriedBy: faulty.stats.retriedBy,
          resumes: r2.stops,
          outcomes: r2.outcomes,
          stored: stored2,
          duplicates: r2.outcomes - stored2,
        },
      });
    }
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${crm.stderr()}`, { cause: e });
  } finally {
    uninstall();
    await crm.close();
  }
  return results;
}
