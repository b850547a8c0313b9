import { recordEvent } from "../../../core/audit/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, notFound } from "../../../core/errors.ts";
import { findMatter, roundsOf } from "../db/decision.repo.ts";
import { communeOutcome } from "../domain/thresholds.ts";
import type { Outcome } from "../domain/types.ts";

type StoredOutcome = Outcome & { attendanceFailed?: boolean };

/**
 * The matter's result once every village has a final one: in a village, its last counted round
 * (a meeting that failed the attendance test is not final: ballots may follow, R24); commune-wide,
 * the villages that approved against all villages of the commune (R27). With `force`, an official
 * closes a commune-wide matter where some village has no result: it counts as not approving.
 */
export async function concludeIfComplete(
  tx: Tx,
  ctx: RequestContext,
  matterId: number,
  force = false,
): Promise<Outcome | null> {
  const matter = await findMatter(tx, matterId);
  if (!matter) throw notFound("Không tìm thấy nội dung.");
  if (matter.status !== "open") {
    if (force) throw conflict("Nội dung đã có kết quả.");
    return null;
  }
  const rounds = await roundsOf(tx, matterId);
  const latest = new Map<number, (typeof rounds)[number]>();
  for (const r of rounds) latest.set(r.unit_id, r);
  const final = (r: (typeof rounds)[number]) =>
    r.status === "counted" && !(r.outcome as StoredOutcome | null)?.attendanceFailed;
  let outcome: Outcome;
  if (matter.scope === "village") {
    const last = [...latest.values()][0];
    if (!last || !final(last)) {
      if (force) throw conflict("Thôn chưa có kết quả cuối cùng để kết thúc.");
      return null;
    }
    outcome = last.outcome as Outcome;
  } else {
    const villages = [...latest.values()];
    if (!force && !villages.every(final)) return null;
    outcome = communeOutcome({
      villages: villages.map((r) => ({
        code: r.unit_code,
        name: r.unit_name,
        outcome: final(r) ? (r.outcome as Outcome) : null,
      })),
      rule: matter.per_village_rule,
    });
  }
  await tx
    .updateTable("decision_matter")
    .set({
      status: "concluded",
      valid: outcome.valid,
      passed: outcome.passed,
      outcome: JSON.stringify(outcome),
      concluded_at: new Date(),
    })
    .where("id", "=", matterId)
    .execute();
  await recordEvent(tx, ctx, {
    action: "decision.matter.concluded",
    unitId: matter.unit_id,
    subjectType: "decision_matter",
    subjectId: matterId,
    summary: {
      valid: outcome.valid,
      passed: outcome.passed,
      rule: outcome.rule,
      test: outcome.test,
      forced: force,
    },
  });
  return outcome;
}
