// Measures a run from inside its CRM driver: the process's memory at every request round and every wait (where an
// endpoint that is down used to make it grow without bound), the rounds, the requests and the waits.
import type { DriverIO } from '../../src/crm/session';

export interface Probe {
  io: DriverIO;
  /** Peak growth over the baseline, in MB: resident set, and live memory (V8's heap plus buffers outside it). */
  peak(): { rssMB: number; liveMB: number };
  rounds: number;
  requests: number;
  /** The waits the driver was asked for, in ms. */
  waits: number[];
}

const live = () => {
  const m = process.memoryUsage();
  return { rss: m.rss, live: m.heapUsed + m.external };
};

/** Wraps a driver; `afterFirstRound` runs once, after the first round of requests has its answers. */
export function probe(inner: DriverIO, afterFirstRound: () => void = () => {}): Probe {
  const base = live();
  let peakRss = base.rss;
  let peakLive = base.live;
  const sample = () => {
    const m = live();
    peakRss = Math.max(peakRss, m.rss);
    peakLive = Math.max(peakLive, m.live);
  };
  const p: Probe = {
    rounds: 0,
    requests: 0,
    waits: [],
    peak: () => ({ rssMB: (peakRss - base.rss) / 2 ** 20, liveMB: (peakLive - base.live) / 2 ** 20 }),
    io: {
      fetchAll(requests) {
        const out = inner.fetchAll(requests);
        sample();
        p.rounds++;
        p.requests += requests.length;
        if (p.rounds === 1) afterFirstRound();
        return out;
      },
      sleep(ms) {
        p.waits.push(ms);
        inner.sleep(ms);
        sample();
      },
      now: () => inner.now(),
    },
  };
  return p;
}
