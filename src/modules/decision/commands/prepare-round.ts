import { recordEvent } from "../../../core/audit/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { validation } from "../../../core/errors.ts";
import type { TeamMember } from "../db/tables.ts";
import { loadRoundForChange } from "./load-round.ts";

/** The preparation a round records before it opens; every field is optional. */
export interface RoundPreparation {
  heldOn?: string;
  closesOn?: string;
  place?: string | null;
  noticeDeliveredOn?: string | null;
  noticePosted?: boolean;
  documentsDeliveredOn?: string | null;
  planIssuedOn?: string | null;
  planSentOn?: string | null;
  publicityOn?: string | null;
  reportLoggedOn?: string | null;
  optInHouseholds?: number | null;
  team?: TeamMember[];
  clusters?: number | null;
  dispersed?: boolean;
  clusterPlanApprovedOn?: string | null;
}

/**
 * Records how a round was prepared — notice and documents (R19), the ballot plan and publicity
 * (R28), the report to the commune and the opt-in poll (R31, R33), the team, cluster meetings
 * (R23). The rules are checked when the round opens, so an official can fill this in steps.
 */
export async function prepareRound(
  tx: Tx,
  ctx: RequestContext,
  roundId: number,
  input: RoundPreparation,
): Promise<void> {
  const { round } = await loadRoundForChange(tx, ctx, roundId, "planned");
  const heldOn = input.heldOn ?? round.held_on;
  const closesOn = input.closesOn ?? round.closes_on;
  if (closesOn < heldOn)
    throw validation("Ngày kết thúc không được trước ngày bắt đầu.", "closesOn");
  const set: Record<string, unknown> = {};
  const map: [keyof RoundPreparation, string][] = [
    ["heldOn", "held_on"],
    ["closesOn", "closes_on"],
    ["place", "place"],
    ["noticeDeliveredOn", "notice_delivered_on"],
    ["noticePosted", "notice_posted"],
    ["documentsDeliveredOn", "documents_delivered_on"],
    ["planIssuedOn", "plan_issued_on"],
    ["planSentOn", "plan_sent_on"],
    ["publicityOn", "publicity_on"],
    ["reportLoggedOn", "report_logged_on"],
    ["optInHouseholds", "opt_in_households"],
    ["clusters", "clusters"],
    ["dispersed", "dispersed"],
    ["clusterPlanApprovedOn", "cluster_plan_approved_on"],
  ];
  for (const [from, to] of map) if (input[from] !== undefined) set[to] = input[from];
  if (input.team !== undefined) set.team = JSON.stringify(input.team);
  if (Object.keys(set).length === 0) return;
  await tx.updateTable("decision_round").set(set).where("id", "=", roundId).execute();
  await recordEvent(tx, ctx, {
    action: "decision.round.prepared",
    unitId: round.unit_id,
    subjectType: "decision_round",
    subjectId: roundId,
    summary: { fields: Object.keys(set) },
  });
}
