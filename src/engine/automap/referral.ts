// Who or what referred the contact ("Referred By", "Referido por", "Recommandé par", "Empfohlen von", "Indicado por",
// "Segnalato da", "Aangebracht door"): a person who referred them (Outlook's "Referred By": a name), not imported; or,
// where the answers name channels too ("Instagram", "Google", "Direct", "Página web" beside "Dr. Rao"), the way the
// contact came: the Source, when the file has no source of its own.
import type { CellValue } from '../types';
import { filledTexts } from './sniff';
import { isLeadChannelText } from './valuewords';
import { compactHeader } from './normalize';
import type { Work } from './resolve';

/** "Referred by" in the seven languages, compacted. */
const REFERRAL_HEADER = /^(?:referredby|referedby|referral|referidopor|referidapor|recomendadopor|indicadopor|indicadapor|indicacao|recommandepar|parrainpar|empfohlenvon|geworbenvon|segnalatoda|consigliatoda|aangebrachtdoor|doorverwezendoor)$/;

export function referralSources(ws: Work[], columns: readonly CellValue[][] | undefined): void {
  if (!columns || ws.some((w) => w.field === 'source')) return;
  const w = ws.find((x) => x.field === null && REFERRAL_HEADER.test(compactHeader(x.header)));
  if (!w) return;
  const channel = filledTexts(columns[w.col] ?? []).find(isLeadChannelText);
  if (channel === undefined) return;
  Object.assign(w, { field: 'source', conf: 0.6, basis: 'both', rank: 'primary', final: false, reason: `"${w.header}" names channels ("${channel}") as well as people: where the contact came from` });
}
