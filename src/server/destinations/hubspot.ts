// HubSpot as a Destination: the sans-I/O client (src/crm/hubspot.ts) driven through an injected driver.
// See src/crm/hubspot.ts for the modes, the mapping by email and the idempotency argument.
import { CrmDestination, CrmDestinationTuning, SessionDestination } from '../../crm/destination';
import { HubSpotClient, HubSpotOptions } from '../../crm/hubspot';
import type { DriverIO } from '../../crm/session';

export function hubspotDestination(opts: HubSpotOptions, io: DriverIO, tuning?: CrmDestinationTuning): CrmDestination {
  return new SessionDestination(new HubSpotClient(opts), io, tuning);
}
