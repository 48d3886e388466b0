// The destinations the fault matrix runs over, and how each is pointed at the test CRM. The list of kinds comes from
// the destinations' one table (today src/shared/labels.ts's CRM_NAMES; with the registry, src/crm/registry.ts's
// REMOTE_TYPES): a kind added there joins the matrix by itself, and matrix.test.ts fails, naming it, until it has a
// target here (its settings against the test CRM and the store its contacts land in).
import { CRM_NAMES, type CrmType } from '../../src/shared/labels';
import type { CrmName } from '../../testcrm/db';
import type { SpawnedTestCrm } from '../../testcrm/spawn';

/** Every destination sent over HTTP, as the destinations' table lists them. */
export const REMOTE_KINDS: readonly string[] = Object.keys(CRM_NAMES);

/** How the matrix drives one kind against the test CRM. */
export interface MatrixTarget {
  /** settings.destination for the test CRM reached at `base` ("http://localhost:PORT"). */
  destination(base: string, crm: SpawnedTestCrm): Record<string, unknown>;
  /** The test CRM's store its contacts land in. */
  store: CrmName;
}

export const TARGETS: Record<CrmType, MatrixTarget> = {
  hubspot: { store: 'hubspot', destination: (base) => ({ type: 'hubspot', baseUrl: base }) },
  highlevel: { store: 'highlevel', destination: (base, crm) => ({ type: 'highlevel', baseUrl: base, locationId: crm.locationId }) },
  webhook: { store: 'webhook', destination: (base) => ({ type: 'webhook', url: `${base}/webhook/contacts` }) },
};

/** The target of a kind, or undefined for a kind the matrix does not know how to drive yet. */
export function targetOf(kind: string): MatrixTarget | undefined {
  return Object.prototype.hasOwnProperty.call(TARGETS, kind) ? TARGETS[kind as CrmType] : undefined;
}

/** How messages name a kind at a sentence's start ("HubSpot", "The webhook"). */
export function theName(kind: string): string {
  return CRM_NAMES[kind as CrmType]?.The ?? kind;
}
