import { type Lang, pick } from "../../../../core/i18n/lang.ts";
import type { CompletenessCounts } from "../../domain/consolidation.ts";
import { completenessShares } from "../../domain/consolidation.ts";
import { percentText } from "../../domain/indicators.ts";
import { R } from "./texts.ts";

/** Expected, submitted (share), on time (share), late, missing, not yet due — as one line. */
export function CountsList(p: { lang: Lang; counts: CompletenessCounts }) {
  const s = completenessShares(p.counts);
  return (
    <ul class="directive-counts">
      <li>
        {pick(p.lang, R.expected)}: {p.counts.expected}
      </li>
      <li>
        {pick(p.lang, R.submitted)}: {p.counts.submitted} ({percentText(s.submitted.perMille)})
      </li>
      <li>
        {pick(p.lang, R.onTime)}: {p.counts.onTime} ({percentText(s.onTime.perMille)})
      </li>
      <li>
        {pick(p.lang, R.late)}: {p.counts.late}
      </li>
      <li>
        {pick(p.lang, R.missing)}: {p.counts.missing}
      </li>
      <li>
        {pick(p.lang, R.notYetDue)}: {p.counts.notYetDue}
      </li>
    </ul>
  );
}
