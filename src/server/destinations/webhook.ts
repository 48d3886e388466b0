// A generic webhook as a Destination: the sans-I/O client (src/crm/webhook.ts) driven through an injected
// driver. See src/crm/webhook.ts for the payload, the per-row answers and the idempotency keys.
import { CrmDestination, CrmDestinationTuning, SessionDestination } from '../../crm/destination';
import type { DriverIO } from '../../crm/session';
import { WebhookClient, WebhookOptions } from '../../crm/webhook';

export function webhookDestination(opts: WebhookOptions, io: DriverIO, tuning?: CrmDestinationTuning): CrmDestination {
  return new SessionDestination(new WebhookClient(opts), io, tuning);
}
