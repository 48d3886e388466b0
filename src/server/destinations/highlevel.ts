// HighLevel as a Destination: the sans-I/O client (src/crm/highlevel.ts) driven through an injected driver.
// See src/crm/highlevel.ts for the modes, the rate window and the idempotency argument.
import { CrmDestination, CrmDestinationTuning, SessionDestination } from '../../crm/destination';
import { HighLevelClient, HighLevelOptions } from '../../crm/highlevel';
import type { DriverIO } from '../../crm/session';

export function highlevelDestination(opts: HighLevelOptions, io: DriverIO, tuning?: CrmDestinationTuning): CrmDestination {
  return new SessionDestination(new HighLevelClient(opts), io, tuning);
}
