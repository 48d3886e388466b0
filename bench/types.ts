// The shape every bench/*.bench.ts default export returns (one entry per benchmark).
export interface BenchResult {
  name: string;
  rows: number;
  /** Best wall-clock time of the measured runs, in seconds. */
  seconds: number;
  rowsPerSec: number;
  /** Peak memory in MB; each benchmark says what it measures in `peakKind`. */
  peakMB: number;
  peakKind?: string;
  /** seconds / floorSeconds, where a floor applies. */
  ratio?: number;
  floorSeconds?: number;
  floor?: string;
  /** Targets, for the readable line and the check. */
  targets?: { maxRatio?: number; minRowsPerSec?: number; maxPeakMB?: number };
  /** Any extra figures. */
  [extra: string]: unknown;
}
