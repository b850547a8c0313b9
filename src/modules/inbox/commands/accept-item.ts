import { validation } from "../../../core/errors.ts";
import {
  type ComplaintAcceptanceFacts,
  complaintAcceptance,
  type DenunciationAcceptanceFacts,
  denunciationAcceptance,
} from "../domain/acceptance.ts";
import { vnDate } from "../domain/cite.ts";
import { addEvent, type Handling, itemFor, refreshClock, refuseUnless } from "./support.ts";

export interface AcceptInput {
  acceptedOn: string;
  /** Complaints: what the official found against Art 11 (unset = no). */
  complaint?: Omit<ComplaintAcceptanceFacts, "filedOn" | "signed">;
  /** Denunciations: Art 29.1 (all true to accept). */
  denunciation?: Omit<DenunciationAcceptanceFacts, "competent">;
}

/**
 * Accepts an item for handling (thụ lý): complaints only when no ground of Luật KN Art 11 applies
 * (T16), denunciations only when Luật TC Art 29.1 holds (T31); feedback and petitions are simply
 * taken up. Starts the resolution clock from the acceptance day (T17, T18, T33) and tells the
 * submitter.
 */
export async function acceptItem(h: Handling, itemId: number, input: AcceptInput) {
  const item = await itemFor(h, itemId, "accept");
  if (input.acceptedOn < item.received_on)
    throw validation("Ngày thụ lý không được trước ngày tiếp nhận.", "acceptedOn");
  if (input.acceptedOn > h.today)
    throw validation("Ngày thụ lý không được sau hôm nay.", "acceptedOn");
  if (item.track === "complaint" || item.track === "disciplinary_complaint") {
    const check = complaintAcceptance(h.calendar, {
      ...input.complaint,
      filedOn: item.details.submittedOn ?? item.received_on,
      signed: true,
    });
    refuseUnless(check.findings, "acceptedOn");
  }
  if (item.track === "denunciation") {
    const check = denunciationAcceptance({
      meetsForm: true,
      capacity: true,
      identifiesViolation: true,
      ...input.denunciation,
      competent: true,
    });
    refuseUnless(check.findings, "acceptedOn");
  }
  await h.tx
    .updateTable("inbox_item")
    .set({ status: "accepted", accepted_on: input.acceptedOn })
    .where("id", "=", item.id)
    .execute();
  const clock = await refreshClock(h, item.id);
  const noun =
    item.track === "complaint" || item.track === "disciplinary_complaint"
      ? "Đã thụ lý giải quyết khiếu nại"
      : item.track === "denunciation"
        ? "Đã thụ lý tố cáo"
        : "Đang xem xét, giải quyết";
  await addEvent(h, item, {
    type: "accepted",
    public: true,
    text: `${noun} ngày ${vnDate(input.acceptedOn)}${clock.dueOn ? `; hạn ${clock.rule === "target" ? "trả lời" : "giải quyết"}: ${vnDate(clock.dueOn)}` : ""}.`,
    data: { acceptedOn: input.acceptedOn, dueOn: clock.dueOn, rule: clock.rule },
  });
  return clock;
}
