// Starting a run: a CRM destination that cannot work is refused before anything is written.
import { HISTORY_TAB } from '../../../src/server/historytab';
import { book, exec, serverForEachTest } from '../helpers';

const { env, api } = serverForEachTest();

describe('the add-on refuses an import to a CRM destination that cannot work before starting it', () => {
  it('no History block is written, and the message is the configuration problem (not "Resume")', () => {
    const tb = book([['Name', 'Email'], ['Ann', 'ann@x.com']], {}, { destination: { type: 'hubspot', baseUrl: 'http://crm.example.com' } });
    env.crm = { token: 'pat-1234567890' };
    try {
      expect(() => exec(tb, () => api.startImport())).toThrow(/The HubSpot base URL "http:\/\/crm\.example\.com" uses http/);
      expect(tb.workbook.sheet(HISTORY_TAB)).toBeFalsy();
      // and nothing is left running: a later import is not "already running"
      expect(() => exec(tb, () => api.startImport())).not.toThrow(/already running/);
    } finally {
      env.crm = undefined;
    }
  });
});
