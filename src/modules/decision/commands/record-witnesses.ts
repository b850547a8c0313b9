import { recordEvent } from "../../../core/audit/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { loadRoundForChange } from "./load-round.ts";

/** The two household witnesses of the count (R22, R30) and, for ballots, the team's tellers. */
export async function recordWitnesses(
  tx: Tx,
  ctx: RequestContext,
  roundId: number,
  input: { witnesses: string[]; tellers?: string[] },
): Promise<void> {
  const { round } = await loadRoundForChange(tx, ctx, roundId, ["planned", "open"]);
  const set: { witnesses: string; tellers?: string } = {
    witnesses: JSON.stringify(input.witnesses),
  };
  if (input.tellers) set.tellers = JSON.stringify(input.tellers);
  await tx.updateTable("decision_round").set(set).where("id", "=", round.id).execute();
  await recordEvent(tx, ctx, {
    action: "decision.witnesses.recorded",
    unitId: round.unit_id,
    subjectType: "decision_round",
    subjectId: round.id,
    summary: { witnesses: input.witnesses.length, tellers: input.tellers?.length ?? null },
  });
}
