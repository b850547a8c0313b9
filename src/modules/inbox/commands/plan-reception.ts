import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import { conflict, validation } from "../../../core/errors.ts";
import { isValidIsoDate } from "../../../core/validation.ts";
import { RECEPTION_DUTIES, type ReceptionHead } from "../domain/reception.ts";
import type { Handling } from "./support.ts";

export interface ReceptionSessionInput {
  head: ReceptionHead;
  headName: string;
  heldOn: string;
  startsAt: string;
  place: string;
  mode: "direct" | "online";
}

/** Which heads receive citizens in which kind of unit (Luật TCD Art 15, 18; NĐ 154 Art 10). */
const HEADS_OF: Record<string, readonly ReceptionHead[]> = {
  commune: ["commune_chair", "commune_party_secretary"],
  ward: ["commune_chair", "commune_party_secretary"],
  special_zone: ["commune_chair", "commune_party_secretary"],
  state_agency: ["agency_head"],
  public_service_unit: ["public_unit_head"],
};

export const headsOf = (unitKind: string) => HEADS_OF[unitKind] ?? [];

/**
 * Plans a head's reception day (T38, T39): who, when, where, in person or online (online only
 * from 01/07/2026, T43). Whether the month's days meet the head's duty is shown on the schedule
 * page (receptionScheduleProblems), not refused here: a schedule is built day by day.
 */
export async function planReception(
  h: Handling,
  unit: { id: number; kind: string; path: string },
  input: ReceptionSessionInput,
) {
  authorize(h.ctx.actor, "inbox.item.record", { unitPath: unit.path });
  if (!headsOf(unit.kind).includes(input.head))
    throw validation(
      `${RECEPTION_DUTIES[input.head]?.vi ?? "Người này"} không tiếp công dân ở loại đơn vị này.`,
      "head",
    );
  if (!isValidIsoDate(input.heldOn)) throw validation("Ngày tiếp không hợp lệ.", "heldOn");
  if (!/^[0-2][0-9]:[0-5][0-9]$/.test(input.startsAt))
    throw validation("Giờ bắt đầu có dạng 08:00.", "startsAt");
  if (input.headName.trim() === "") throw validation("Ghi họ tên người tiếp.", "headName");
  if (input.place.trim() === "") throw validation("Ghi địa điểm tiếp công dân.", "place");
  if (input.mode === "online" && input.heldOn < "2026-07-01")
    throw validation(
      "Tiếp công dân trực tuyến chỉ áp dụng từ ngày 01/07/2026 (T43, Luật Tiếp công dân Điều 3a).",
      "mode",
    );
  const row = await h.tx
    .insertInto("inbox_reception_session")
    .values({
      unit_id: unit.id,
      head: input.head,
      head_name: input.headName.trim().slice(0, 200),
      held_on: input.heldOn,
      starts_at: input.startsAt,
      place: input.place.trim().slice(0, 300),
      mode: input.mode,
      created_by: h.ctx.actor.accountId,
    })
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!row) throw conflict("Đã có buổi tiếp này trong lịch.", "heldOn");
  await recordEvent(h.tx, h.ctx, {
    action: "inbox.reception.planned",
    unitId: unit.id,
    subjectType: "inbox_reception_session",
    subjectId: row.id,
    summary: { head: input.head, heldOn: input.heldOn, mode: input.mode },
  });
  return row.id;
}

/** Records where and when the schedule was posted (T40: ≥ 5 working days before each day). */
export async function postReceptionSchedule(
  h: Handling,
  unit: { id: number; path: string },
  input: { sessionIds: number[]; postedOn: string; places: string[] },
) {
  authorize(h.ctx.actor, "inbox.item.record", { unitPath: unit.path });
  if (!isValidIsoDate(input.postedOn) || input.postedOn > h.today)
    throw validation("Ngày niêm yết không hợp lệ hoặc sau hôm nay.", "postedOn");
  const places = input.places.filter((p) => ["hq", "reception_place", "website"].includes(p));
  if (places.length === 0) throw validation("Chọn nơi niêm yết lịch.", "places");
  if (input.sessionIds.length === 0) throw validation("Chọn buổi tiếp đã niêm yết.", "sessionIds");
  const updated = await h.tx
    .updateTable("inbox_reception_session")
    .set({ posted_on: input.postedOn, posted_places: places })
    .where("unit_id", "=", unit.id)
    .where("id", "in", input.sessionIds)
    .returning("id")
    .execute();
  await recordEvent(h.tx, h.ctx, {
    action: "inbox.reception.posted",
    unitId: unit.id,
    subjectType: "inbox_reception_session",
    subjectId: updated.map((r) => r.id).join(","),
    summary: { postedOn: input.postedOn, places, sessions: updated.length },
  });
  return updated.length;
}
