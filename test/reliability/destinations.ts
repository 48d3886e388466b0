// The destinations the fault matrix runs over, and how each is pointed at the test CRM. The list of kinds comes from
// the destinations' registry (src/crm/registry.ts's REMOTE_TYPES): a kind added there joins the matrix by itself, and matrix.test.ts fails, naming it, until it has a
// target here (its settings against the test CRM and the store its contacts land in).
import { moduleOf, REMOTE_TYPES, type RemoteDestinationType } from '../../src/crm/registry';
import type { CrmName } from '../../testcrm/db';
import type { SpawnedTestCrm } from '../../testcrm/spawn';

/** Every destination sent over HTTP, as the destinations' table lists them. */
export const REMOTE_KINDS: readonly string[] = REMOTE_TYPES;

/** How the matrix drives one kind against the test CRM. */
export interface MatrixTarget {
  /** settings.destination for the test CRM reached at `base` ("http://localhost:PORT"). */
  destination(base: string, crm: SpawnedTestCrm): Record<string, unknown>;
  /** The test CRM's store its contacts land in. */
  store: CrmName;
}

export const TARGETS: Record<RemoteDestinationType, MatrixTarget> = {
  hubspot: { store: 'hubspot', destination: (base) => ({ type: 'hubspot', baseUrl: base }) },
  highlevel: { store: 'highlevel', destination: (base, crm) => ({ type: 'highlevel', baseUrl: base, locationId: crm.locationId }) },
  webhook: { store: 'webhook', destination: (base) => ({ type: 'webhook', url: `${base}/webhook/contacts` }) },
  // The token is the run's (RunEnv.crm.token), as ScriptApp.getOAuthToken() gives it in Apps Script.
  'google-contacts': { store: 'google-contacts', destination: (base) => ({ type: 'google-contacts', baseUrl: base }) },
};

/** The target of a kind, or undefined for a kind the matrix does not know how to drive yet. */
export function targetOf(kind: string): MatrixTarget | undefined {
  return Object.prototype.hasOwnProperty.call(TARGETS, kind) ? TARGETS[kind as RemoteDestinationType] : undefined;
}

/** How messages name a kind at a sentence's start ("HubSpot", "The webhook"). */
export function theName(kind: string): string {
  return moduleOf(kind)?.names.The ?? kind;
}
