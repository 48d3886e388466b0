// Google Contacts: 10,000 rows on loopback, through the test bed's UrlFetchApp and its latency model (Apps Script's
// modelled time for the same fetches, from apps-script-costs.json), against the test CRM's People API contract in a
// child process. Two passes on one account: an import into an empty account (every row created: the contacts read,
// the labels made, 50 batch creates), then the same rows again with a changed company (every row matched and
// updated: the contacts read in 10 pages, 50 batch updates). The peer, in the same run: HubSpot, the same rows and
// passes (batch upsert, 100 a call). Reported: requests, wall seconds, modelled seconds; ratio = Google / HubSpot.
import { createTestbed, installGlobals } from '../testbed';
import { spawnTestCrm, type SpawnedTestCrm } from '../testcrm/spawn';
import { createCrmDestination, type CrmDestination } from '../src/server/destinations/crm';
import type { DestinationConfig } from '../src/engine/types';
import type { PushContext, PushRow } from '../src/engine/destination';
import type { BenchResult } from './types';

const N = Number(process.env.BENCH_GOOGLE_ROWS ?? 10_000);

function rows(n: number, company: string): PushRow[] {
  return Array.from({ length: n }, (_, i) => ({
    line: i + 2,
    fingerprint: `fp${i}-${company}`,
    contact: { email: `p${i}@example.com`, firstName: `First${i}`, lastName: `Last${i}`, phone: `+1415${String(5000000 + i).padStart(7, '0')}`, companyName: company, city: 'Springfield', tags: ['import'] },
  }));
}

const ctx = (runId: string): PushContext => ({ runId, mode: 'upsert', matchOn: ['email', 'phone'], dontUpdateEmpty: true, deadline: Number.MAX_SAFE_INTEGER, source: 'Bench' });

interface Pass {
  requests: number;
  seconds: number;
  modelledSeconds: number;
  outcomes: Record<string, number>;
}

/** One pass: the run's loop (chunks of the destination's size) inside one test-bed execution, timed and modelled. */
function pass(tb: ReturnType<typeof createTestbed>, dest: CrmDestination, data: PushRow[], runId: string): Omit<Pass, 'requests'> {
  const outcomes: Record<string, number> = {};
  const before = tb.model.ms;
  const t0 = process.hrtime.bigint();
  tb.run(() => {
    for (let i = 0; i < data.length; i += dest.chunkSize) {
      const r = dest.push(data.slice(i, i + dest.chunkSize), ctx(runId));
      if (r.stop) throw new Error(r.stop.message);
      for (const o of r.outcomes) outcomes[o.action] = (outcomes[o.action] ?? 0) + 1;
    }
  });
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, modelledSeconds: (tb.model.ms - before) / 1000, outcomes };
}

async function measure(crm: SpawnedTestCrm, config: DestinationConfig, kind: string): Promise<{ create: Pass; update: Pass }> {
  await crm.admin.reset();
  const tb = createTestbed({ fetchTimeoutMs: 60_000 });
  const uninstall = installGlobals(tb, { console: false });
  try {
    const out: Partial<Record<'create' | 'update', Pass>> = {};
    for (const [name, company] of [['create', 'Acme'], ['update', 'Globex']] as const) {
      await crm.admin.reset({ counts: true });
      // A new execution each pass (a new destination: Google Contacts reads the account afresh).
      const dest = createCrmDestination(config, crm.token, {});
      const p = pass(tb, dest, rows(N, company), `bench-${kind}-${name}`);
      out[name] = { ...p, requests: (await crm.admin.counts()).total };
    }
    const stored = (await crm.admin.contacts(kind)).length;
    if (stored !== N) throw new Error(`${kind}: ${stored} contacts stored for ${N} rows`);
    return out as { create: Pass; update: Pass };
  } finally {
    uninstall();
  }
}

export default async function googleBench(): Promise<BenchResult[]> {
  const crm = await spawnTestCrm();
  try {
    // Warm-up (JIT, PGlite): a small import to each.
    await measureSmall(crm);
    const google = await measure(crm, { type: 'google-contacts', baseUrl: crm.url }, 'google-contacts');
    const hubspot = await measure(crm, { type: 'hubspot', baseUrl: crm.url }, 'hubspot');
    return (['create', 'update'] as const).map((name) => {
      const g = google[name];
      const h = hubspot[name];
      return {
        name: `google-${name}`,
        rows: N,
        seconds: g.seconds,
        rowsPerSec: N / g.seconds,
        peakMB: process.memoryUsage().heapUsed / 1e6,
        peakKind: 'heapUsed at the end of the pass',
        ratio: g.modelledSeconds / h.modelledSeconds,
        floorSeconds: h.modelledSeconds,
        floor: 'HubSpot, same rows and pass, modelled seconds, same run',
        modelledSeconds: g.modelledSeconds,
        modelledPer10k: (g.modelledSeconds * 10_000) / N,
        executions: 1,
        calls: g.requests,
        cellsRead: 0,
        cellsWritten: 0,
        requests: g.requests,
        outcomes: g.outcomes,
        peer: { name: 'hubspot', requests: h.requests, seconds: h.seconds, modelledSeconds: h.modelledSeconds, outcomes: h.outcomes },
        requestRatio: g.requests / h.requests,
        wallRatio: g.seconds / h.seconds,
      };
    });
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${crm.stderr()}`, { cause: e });
  } finally {
    await crm.close();
  }
}

async function measureSmall(crm: SpawnedTestCrm): Promise<void> {
  const tb = createTestbed({ fetchTimeoutMs: 60_000 });
  const uninstall = installGlobals(tb, { console: false });
  try {
    for (const config of [{ type: 'google-contacts', baseUrl: crm.url }, { type: 'hubspot', baseUrl: crm.url }]) {
      await crm.admin.reset();
      pass(tb, createCrmDestination(config, crm.token, {}), rows(400, 'Warm'), 'bench-warmup');
    }
  } finally {
    uninstall();
  }
}
