// Google Contacts in the registry (src/crm/registry.ts): the user's own contacts, with their own Google account.
// settings.json: {"type": "google-contacts", "baseUrl"?, "token"?, "label"?}. In Apps Script the credential is the
// user's Google token (ScriptApp.getOAuthToken(), with the manifest's https://www.googleapis.com/auth/contacts scope);
// the CLI passes destination.token or CONTACT_IMPORT_TOKEN.
import type { DestinationConfig } from '../../engine/types';
import type { CrmNames } from '../../shared/labels';
import { TOKEN_SETTING, baseUrlSetting, defineDestination, urlHost } from '../module';
import { CONTACTS_SCOPE, MAX_BATCH, PAGE_SIZE } from './api';
import { GoogleContactsClient, googlePrecheck, type GoogleContactsOptions } from './client';

const NAMES: CrmNames = { label: 'Google Contacts', the: 'Google Contacts', The: 'Google Contacts', idLabel: 'Google contact' };

/** settings.json: {"type": "google-contacts", "baseUrl"?, "token"?, "label"?}. */
export interface GoogleContactsConfig extends DestinationConfig {
  type: 'google-contacts';
  baseUrl?: string;
  token?: string;
  /** A label (contact group) every contact the run writes gets, made when missing. */
  label?: string;
}

export const googleContacts = defineDestination<GoogleContactsConfig>({
  type: 'google-contacts',
  names: NAMES,
  option: NAMES.label,
  settings: [
    { key: 'label', kind: 'text', form: { label: 'Label for imported contacts (optional)', placeholder: 'e.g. Imported' } },
    baseUrlSetting('The Google Contacts base URL'),
    TOKEN_SETTING,
  ],
  credential: {
    kind: 'google',
    note: `Uses your Google account (the ${CONTACTS_SCOPE} permission): there is no token to paste.`,
    missing: 'No Google access token — the CLI reads destination.token or CONTACT_IMPORT_TOKEN (an OAuth token with the contacts scope).',
  },
  accountId: (c, key) => `Google Contacts${c.baseUrl ? ` at ${urlHost(c.baseUrl)}` : ''}${key}`,
  precheck: googlePrecheck,
  client: (c, x) =>
    new GoogleContactsClient(NAMES, {
      ...(x.tuning as Partial<GoogleContactsOptions>),
      baseUrl: c.baseUrl,
      token: x.token,
      label: c.label,
      customFields: x.customFields,
      normalize: x.normalize,
    }),
  // The contacts read once (1,000 a page) and the labels listed, then one batch call per 200 rows.
  requestsFor: (rows, _mode, existing = 0) => (rows ? 1 + Math.max(1, Math.ceil(existing / PAGE_SIZE)) + Math.ceil(rows / MAX_BATCH) : 0),
  revertible: true,
});
