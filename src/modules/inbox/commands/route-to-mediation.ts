import { validation } from "../../../core/errors.ts";
import { isValidIsoDate } from "../../../core/validation.ts";
import { vnDate } from "../domain/cite.ts";
import { mediationRouting, mediationStartDeadline } from "../domain/mediation.ts";
import { addEvent, type Handling, itemFor, refreshClock, refuseUnless } from "./support.ts";

export interface MediationInput {
  /** A conflict or dispute between residents, not a request to the State. */
  betweenResidents: boolean;
  publicInterest: boolean;
  notMediable: boolean;
  sanctionable: boolean;
  /** The mediator the team's leader assigned, and when. */
  mediator: string;
  assignedOn: string;
}

/**
 * Routes a dispute between residents to the village mediation team (T52, Luật Hòa giải ở cơ sở
 * Art 2–3): only feedback or a petition, only between residents, none of the Art 3.1 exclusions.
 * The item ends here as transferred to the team; mediation must start within 3 days of the
 * mediator's assignment (T51), which the submitter is told.
 */
export async function routeToMediation(h: Handling, itemId: number, input: MediationInput) {
  const item = await itemFor(h, itemId, "transfer");
  refuseUnless(
    mediationRouting({ track: item.track, ...input, otherwiseExcluded: false }).findings,
    "betweenResidents",
  );
  if (item.village_id === null)
    throw validation("Chưa rõ thôn, tổ dân phố của vụ việc: phân loại lại trước.", "mediator");
  if (input.mediator.trim().length < 3)
    throw validation("Ghi họ tên hòa giải viên được phân công.", "mediator");
  if (
    !isValidIsoDate(input.assignedOn) ||
    input.assignedOn > h.today ||
    input.assignedOn < item.received_on
  )
    throw validation("Ngày phân công không hợp lệ.", "assignedOn");
  const village = await h.tx
    .selectFrom("org_unit")
    .select("name")
    .where("id", "=", item.village_id)
    .executeTakeFirstOrThrow();
  const start = mediationStartDeadline(h.calendar, input.assignedOn);
  const team = `Tổ hòa giải ${village.name}`;
  await h.tx
    .updateTable("inbox_item")
    .set({ status: "transferred", transferred_to: team, closed_on: h.today })
    .where("id", "=", item.id)
    .execute();
  await refreshClock(h, item.id);
  await addEvent(h, item, {
    type: "mediation",
    public: true,
    text: `Đã chuyển ${team} để hòa giải; hòa giải viên ${input.mediator.trim()} bắt đầu hòa giải chậm nhất ngày ${vnDate(start.due)} (T51, ${start.provision}).`,
    data: { team, assignedOn: input.assignedOn, startDue: start.due },
  });
}
