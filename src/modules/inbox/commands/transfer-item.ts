import { sql } from "kysely";
import { parseLocalDate } from "../../../core/calendar/index.ts";
import { validation } from "../../../core/errors.ts";
import { vnDate } from "../domain/cite.ts";
import { transferDeadline } from "../domain/clocks.ts";
import { addEvent, type Handling, itemFor, refreshClock } from "./support.ts";

export type TransferInput =
  | { to: "unit"; unitCode: string; reason: string }
  | { to: "outside"; recipient: string; reason: string };

const RECEIVING_KINDS = [
  "commune",
  "ward",
  "special_zone",
  "province",
  "central_city",
  "state_agency",
  "public_service_unit",
  "state_enterprise",
  "enterprise",
];

/**
 * Transfers an item to the competent body: to another unit of the same province on the platform
 * (the item moves, its clock restarts there from today), or recorded as sent outside the platform
 * (the item ends here). PAKN and denunciations must be transferred within WD5 of receipt (T12,
 * T31); a late transfer is recorded as such. A unit outside the hierarchy is refused.
 */
export async function transferItem(h: Handling, itemId: number, input: TransferInput) {
  const item = await itemFor(h, itemId, "transfer");
  if (input.reason.trim().length < 5)
    throw validation("Ghi lý do chuyển (không thuộc thẩm quyền…).", "reason");
  const limit = transferDeadline(h.calendar, item.track, item.received_on);
  const late = limit !== null && parseLocalDate(h.today) > limit.due;
  const lateText =
    late && limit ? ` (quá hạn chuyển đơn ngày ${vnDate(limit.due)}, ${limit.rule})` : "";
  if (input.to === "outside") {
    const recipient = input.recipient.trim();
    if (recipient.length < 3) throw validation("Ghi cơ quan, tổ chức nhận đơn.", "recipient");
    if (recipient.length > 300) throw validation("Tên nơi nhận dài tối đa 300 ký tự.", "recipient");
    await h.tx
      .updateTable("inbox_item")
      .set({ status: "transferred", transferred_to: recipient, closed_on: h.today })
      .where("id", "=", item.id)
      .execute();
    await refreshClock(h, item.id);
    await addEvent(h, item, {
      type: "transferred",
      public: true,
      text: `Đã chuyển đến ${recipient} là nơi có thẩm quyền giải quyết${lateText}. ${input.reason.trim()}`,
      data: { outside: true, late, rule: limit?.rule ?? null },
    });
    return;
  }
  const target = await h.tx
    .selectFrom("org_unit")
    .select(["id", "code", "name", "kind"])
    .select(sql<string>`path::text`.as("path"))
    .where("code", "=", input.unitCode.trim())
    .executeTakeFirst();
  if (!target) throw validation(`Không có đơn vị mang mã ${input.unitCode}.`, "unitCode");
  if (target.id === item.unit_id) throw validation("Vụ việc đang ở chính đơn vị này.", "unitCode");
  const province = item.unit_path.split(".")[0];
  if (!province || target.path.split(".")[0] !== province)
    throw validation(
      "Chỉ chuyển được đến đơn vị trong cùng tỉnh, thành phố trên nền tảng; nơi khác thì ghi là chuyển ra ngoài.",
      "unitCode",
    );
  if (!RECEIVING_KINDS.includes(target.kind))
    throw validation(
      "Đơn vị nhận phải là xã, phường, cơ quan, đơn vị hoặc doanh nghiệp.",
      "unitCode",
    );
  await addEvent(h, item, {
    type: "transferred",
    public: true,
    text: `Đã chuyển đến ${target.name} là nơi có thẩm quyền giải quyết${lateText}. ${input.reason.trim()}`,
    data: { toUnitId: target.id, fromUnitId: item.unit_id, late, rule: limit?.rule ?? null },
  });
  await h.tx
    .updateTable("inbox_item")
    .set({
      unit_id: target.id,
      status: "received",
      received_on: h.today,
      accepted_on: null,
      assigned_account_id: null,
      escalated_on: null,
      escalated_to_unit_id: null,
    })
    .where("id", "=", item.id)
    .execute();
  await h.tx
    .updateTable("inbox_attachment")
    .set({ unit_id: target.id })
    .where("item_id", "=", item.id)
    .execute();
  await addEvent(
    h,
    { id: item.id, unit_id: target.id },
    {
      type: "received",
      public: true,
      text: `${target.name} đã nhận đơn chuyển đến.`,
      data: { fromUnitId: item.unit_id, transferred: true },
    },
  );
  await refreshClock(h, item.id);
}
