// The Apps Script driver of the CRM destinations: UrlFetchApp.fetchAll with muteHttpExceptions, Utilities.sleep for
// waits, and a clock. The clients themselves are sans-I/O (src/crm/); what the driver hands them is a response
// description or a NetworkFailure, never an exception.
import { MAX_ANSWER_CHARS, answerTooLarge, header, isUrlFetchQuotaError, type FetchOutcome, type HttpRequest, type HttpResponse } from '../../crm/http';
import type { DriverIO } from '../../crm/session';

/** An answer as the clients read it; one longer than MAX_ANSWER_CHARS is not read (a failure the policy retries). */
function toOutcome(r: GoogleAppsScript.URL_Fetch.HTTPResponse): FetchOutcome {
  const headers = (r.getAllHeaders() as Record<string, string | string[]>) ?? {};
  const res: HttpResponse = { status: r.getResponseCode(), headers, body: '' };
  // Told by its length before it is read, when the server says it: a 50 MB answer never becomes a string here.
  const declared = Number(header(res, 'Content-Length'));
  if (declared > MAX_ANSWER_CHARS) return answerTooLarge(declared);
  const body = r.getContentText();
  if (body.length > MAX_ANSWER_CHARS) return answerTooLarge(body.length);
  res.body = body;
  return res;
}

function toParams(req: HttpRequest): GoogleAppsScript.URL_Fetch.URLFetchRequest {
  const p: GoogleAppsScript.URL_Fetch.URLFetchRequest = {
    url: req.url,
    method: req.method,
    headers: req.headers,
    muteHttpExceptions: true,
    followRedirects: false,
  };
  if (req.payload !== undefined) p.payload = req.payload;
  if (req.contentType !== undefined) p.contentType = req.contentType;
  return p;
}

/**
 * The Apps Script driver. fetchAll throws when any request of the group fails below HTTP (DNS, reset,
 * time-out) and does not say which ones reached the server, so the whole group counts as network errors and
 * is retried by the policy: every request the clients build is safe to repeat (src/crm/README.md). Its exception for
 * the daily UrlFetch quota is marked (`quota`): the policy never retries it.
 * `now` defaults to Date.now; tests on the test bed's fastSleep pass its virtual clock. `sleep` defaults to
 * Utilities.sleep (the CLI passes a real one).
 */
export function appsScriptIO(opts: { now?: () => number; sleep?: (ms: number) => void } = {}): DriverIO {
  const now = opts.now ?? (() => Date.now());
  const sleep = opts.sleep ?? ((ms: number) => Utilities.sleep(ms));
  return {
    fetchAll(requests: HttpRequest[]): FetchOutcome[] {
      const params = requests.map(toParams);
      try {
        return UrlFetchApp.fetchAll(params).map(toOutcome);
      } catch (e) {
        // Apps Script does not say which requests of the group got through: each counts as a network error
        // and goes back to the retry policy (backoff, attempt count), which re-sends it. Safe: see README.
        const networkError = String((e as Error)?.message ?? e);
        const quota = isUrlFetchQuotaError(networkError);
        return params.map(() => (quota ? { networkError, quota } : { networkError }));
      }
    },
    sleep(ms: number): void {
      if (ms > 0) sleep(ms);
    },
    now,
  };
}
