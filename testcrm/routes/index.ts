// The test CRM's contracts, one routes module per remote destination kind of the registry (src/crm/registry.ts): the
// type below makes a kind without its test CRM module a type error. The reliability suite lists these to run every
// fault against every destination (testCrmDestination builds each kind's config for a running test CRM).
import type { DestinationConfig } from '../../src/engine/types';
import type { RemoteDestinationType } from '../../src/crm/registry';
import type { TestCrmContract, TestCrmEndpoint } from '../contract';
import { googleContactsRoutes } from './google-contacts';
import { highlevelRoutes } from './highlevel';
import { hubspotRoutes } from './hubspot';
import { webhookRoutes } from './webhook';

export const CONTRACTS = {
  hubspot: hubspotRoutes,
  highlevel: highlevelRoutes,
  webhook: webhookRoutes,
  'google-contacts': googleContactsRoutes,
} satisfies Record<RemoteDestinationType, TestCrmContract>;

/** The contracts, in the registry's order. */
export const CONTRACT_LIST: TestCrmContract[] = Object.values(CONTRACTS);

/** A destination config of this kind pointing at a running test CRM (its URL, token and location). */
export function testCrmDestination(type: RemoteDestinationType, crm: TestCrmEndpoint): DestinationConfig {
  return CONTRACTS[type].destination(crm);
}
