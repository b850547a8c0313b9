import { recordEvent } from "../../../core/audit/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, validation } from "../../../core/errors.ts";
import { findHouseholdInUnit, inSnapshot } from "../db/decision.repo.ts";
import { loadRoundForChange } from "./load-round.ts";

/**
 * Registers a household's representative at the meeting (Art 18.2: one representative per
 * household). Only households of the frozen list attend with a vote; a second registration of
 * the same household is refused.
 */
export async function registerAttendance(
  tx: Tx,
  ctx: RequestContext,
  roundId: number,
  input: { householdCode: string; representative: string; cluster: number | null },
): Promise<void> {
  const { round } = await loadRoundForChange(tx, ctx, roundId, "open");
  if (round.form !== "meeting") throw conflict("Chỉ cuộc họp mới ghi danh người dự họp.");
  const household = await findHouseholdInUnit(tx, round.unit_id, input.householdCode);
  if (!household)
    throw validation(`Không có hộ mang mã ${input.householdCode} trong thôn.`, "householdCode");
  if (!(await inSnapshot(tx, round.id, household.id))) {
    throw validation(
      `Hộ ${input.householdCode} không có trong danh sách hộ đã chốt khi bắt đầu (R26, Luật 10/2022 Điều 21.1).`,
      "householdCode",
    );
  }
  if (round.clusters !== null && (input.cluster === null || input.cluster > round.clusters)) {
    throw validation(`Hãy chọn điểm họp từ 1 đến ${round.clusters}.`, "cluster");
  }
  const row = await tx
    .insertInto("decision_attendance")
    .values({
      round_id: round.id,
      household_id: household.id,
      unit_id: round.unit_id,
      representative: input.representative,
      cluster: input.cluster,
    })
    .onConflict((oc) => oc.columns(["round_id", "household_id"]).doNothing())
    .returning("household_id")
    .executeTakeFirst();
  if (!row) {
    throw conflict(
      `Hộ ${input.householdCode} đã có người đại diện dự họp; mỗi hộ một người đại diện biểu quyết (Luật 10/2022 Điều 18.2). Thành viên khác của hộ có thể đăng ký phát biểu (Điều 24.2).`,
      "householdCode",
    );
  }
  await recordEvent(tx, ctx, {
    action: "decision.attendance.registered",
    unitId: round.unit_id,
    subjectType: "decision_round",
    subjectId: round.id,
    summary: { household: input.householdCode, cluster: input.cluster },
  });
}
