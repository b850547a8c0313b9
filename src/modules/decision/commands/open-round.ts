import { recordEvent } from "../../../core/audit/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { validation } from "../../../core/errors.ts";
import { freezeSnapshot } from "../db/decision.repo.ts";
import { formProblem } from "../domain/matter-rules.ts";
import { ballotTeamProblems, clusterProblems, onlineTeamProblems } from "../domain/teams.ts";
import { optInOutcome } from "../domain/thresholds.ts";
import {
  ballotPlanProblems,
  meetingNoticeProblems,
  onlineReportProblem,
} from "../domain/timeline.ts";
import type { Finding } from "../domain/types.ts";
import { refuseUnless } from "./findings.ts";
import { loadRoundForChange } from "./load-round.ts";

/**
 * Opens a round: checks its preparation against the law for its form, then freezes N — the
 * village's households in force on the voting day — in the snapshot. Households added later
 * neither vote nor count (R26). Returns N.
 */
export async function openRound(
  tx: Tx,
  ctx: RequestContext,
  roundId: number,
  today: string,
): Promise<number> {
  const { round, matter } = await loadRoundForChange(tx, ctx, roundId, "planned");
  if (today > round.closes_on) {
    throw validation(
      "Đã quá ngày kết thúc của đợt biểu quyết; hãy sửa lịch trước khi mở.",
      "closesOn",
    );
  }
  const findings: (Finding | null)[] = [];
  if (round.form === "meeting") {
    findings.push(
      ...meetingNoticeProblems({
        item: matter.item,
        meetingOn: round.held_on,
        noticeDeliveredOn: round.notice_delivered_on,
        noticePosted: round.notice_posted,
        documentsDeliveredOn: round.documents_delivered_on,
      }),
    );
  }
  if (round.form === "ballot") {
    findings.push(
      ...ballotPlanProblems({
        planIssuedOn: round.plan_issued_on,
        planSentOn: round.plan_sent_on,
        publicityOn: round.publicity_on,
        distributionOn: round.held_on,
      }),
      ...ballotTeamProblems({ members: round.team }),
    );
  }
  if (round.form === "online") {
    findings.push(
      onlineReportProblem({ reportLoggedOn: round.report_logged_on, opensOn: round.held_on }),
      ...onlineTeamProblems({ members: round.team }),
    );
  }
  refuseUnless(findings);
  const households = await freezeSnapshot(tx, round.id, round.unit_id, round.held_on);
  if (round.form === "meeting" && round.clusters !== null) {
    refuseUnless(
      clusterProblems({
        households,
        dispersed: round.dispersed,
        approvedOn: round.cluster_plan_approved_on,
        clusters: round.clusters,
      }),
      "clusters",
    );
  }
  if (round.form === "online") {
    const optIn = optInOutcome({ households, choseOnline: round.opt_in_households ?? 0 });
    if (!optIn.passed) refuseUnless([optIn], "optInHouseholds");
    refuseUnless(
      [
        formProblem({
          item: matter.item,
          scope: matter.scope,
          form: "online",
          meetingFailedAttendance: false,
          headAndFrontAgreeNoMeeting: matter.no_meeting_agreed,
          optInPassed: optIn.passed,
          reportLoggedBeforeOpen: round.report_logged_on !== null,
        }),
      ],
      "optInHouseholds",
    );
  }
  await tx
    .updateTable("decision_round")
    .set({ status: "open", households, snapshot_at: new Date(), opened_at: new Date() })
    .where("id", "=", round.id)
    .execute();
  await recordEvent(tx, ctx, {
    action: "decision.round.opened",
    unitId: round.unit_id,
    subjectType: "decision_round",
    subjectId: round.id,
    summary: { matter: matter.id, form: round.form, households, heldOn: round.held_on },
  });
  return households;
}
