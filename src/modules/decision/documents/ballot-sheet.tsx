// Printable ballot forms for the households (Luật 10/2022 Art 19; NĐ 59/2023 Art 4.5), one A4
// page each, printed from the UBND xã template with its legal mark (R29). No JavaScript; styles
// are in BALLOT_CSS because the CSP forbids inline styles.

import { QUOC_HIEU, SIGN_HINT, TIEU_NGU } from "../../../core/documents/index.ts";
import { headTitle, inSentence, timeLine } from "./format.ts";
import type { BallotCopy, BallotScope, BallotTemplate } from "./types.ts";

export { BALLOT_CSS } from "./ballot-css.ts";

/**
 * R29 (NĐ 59/2023 Art 4.5): a commune-wide ballot bears the UBND xã stamp (dấu treo) at the top
 * left; a village's ballot is signed by its head at the bottom right.
 */
export function ballotMarkFor(scope: BallotScope): "stamp" | "signature" {
  return scope === "commune" ? "stamp" : "signature";
}

/** The options of NĐ 59/2023 (đồng ý / không đồng ý / ý kiến khác), as boxes to tick. */
export const BALLOT_OPTIONS = ["Đồng ý", "Không đồng ý", "Ý kiến khác"] as const;

/** Lines left for "ý kiến khác". */
const OTHER_LINES = 4;

function BallotSheet({ ballot, template: t }: { ballot: BallotCopy; template: BallotTemplate }) {
  const mark = ballotMarkFor(t.scope);
  const c = t.community;
  // A commune-wide ballot is UBND xã's; a village's names the village under its commune.
  const issuer =
    mark === "stamp" ? ["Ủy ban nhân dân", c.commune.trim()] : [c.commune.trim(), c.name.trim()];
  return (
    <article class="ballot-sheet" lang="vi">
      <header class="ballot-head">
        <div class="ballot-issuer">
          {mark === "stamp" ? (
            <p class="ballot-stamp">Dấu treo của UBND {inSentence(c.commune)}</p>
          ) : null}
          <p class="ballot-issuer-parent">{issuer[0]}</p>
          <p class="ballot-issuer-name">{issuer[1]}</p>
        </div>
        <div class="ballot-nation">
          <p class="ballot-quoc-hieu">{QUOC_HIEU}</p>
          <p class="ballot-tieu-ngu">{TIEU_NGU}</p>
        </div>
      </header>
      <h1 class="ballot-heading">
        <span class="ballot-type">PHIẾU LẤY Ý KIẾN HỘ GIA ĐÌNH</span>
        <span class="ballot-title">{t.title.trim()}</span>
      </h1>
      <dl class="ballot-household">
        <dt>Số phiếu</dt>
        <dd>{ballot.serial}</dd>
        <dt>Mã hộ</dt>
        <dd>{ballot.householdCode}</dd>
        <dt>Địa chỉ</dt>
        <dd>{ballot.householdAddress}</dd>
      </dl>
      <p class="ballot-question">{t.question.trim()}</p>
      <ul class="ballot-options">
        {BALLOT_OPTIONS.map((o) => (
          <li>
            <span class="ballot-box" aria-hidden="true"></span>
            {o}
          </li>
        ))}
      </ul>
      <div class="ballot-other">
        <p>Ý kiến khác (ghi rõ):</p>
        <div class="ballot-lines" aria-hidden="true">
          {Array.from({ length: OTHER_LINES }, () => (
            <span></span>
          ))}
        </div>
      </div>
      <p class="ballot-instructions">Hướng dẫn: {t.instructions.trim()}</p>
      <p class="ballot-deadline">Hạn gửi lại phiếu: {timeLine(t.returnBy)}.</p>
      {mark === "signature" ? (
        <div class="ballot-signature">
          <p class="ballot-sign-role">{headTitle(c)}</p>
          <p class="ballot-sign-hint">{SIGN_HINT}</p>
          <p class="ballot-sign-name">{t.head.trim()}</p>
        </div>
      ) : null}
    </article>
  );
}

/** One ballot per household, each on its own A4 page, in the order given. */
export function BallotSheets({
  ballots,
  template,
}: {
  ballots: readonly BallotCopy[];
  template: BallotTemplate;
}) {
  return (
    <>
      {ballots.map((b) => (
        <BallotSheet ballot={b} template={template} />
      ))}
    </>
  );
}
