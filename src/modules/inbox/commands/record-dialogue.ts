import { validation } from "../../../core/errors.ts";
import { vnDate } from "../domain/cite.ts";
import {
  type DialogueParticipant,
  dialogueMinutesProblems,
  dialogueNoticeProblem,
} from "../domain/decision-contents.ts";
import { addEvent, type Handling, itemFor, refuseUnless } from "./support.ts";

export interface DialogueInput {
  heldOn: string;
  /** When the written notice of time, place and content reached the parties. */
  noticeOn: string | null;
  place: string;
  opinions: string;
  result: string;
  copies: number;
  participants: DialogueParticipant[];
}

/**
 * Records a dialogue with the complainant (đối thoại; T24, Luật KN Art 30, 39): the notice at
 * least 5 days before (from 01/07/2026), minutes with the opinions, the result, signatures or the
 * reason for not signing, ≥ 3 copies and every absentee's reason. Stored as a document of kind
 * `dialogue_minutes`, so the decision must then give the dialogue's result (Art 31.2.đ, 40.2.e).
 */
export async function recordDialogue(h: Handling, itemId: number, input: DialogueInput) {
  const item = await itemFor(h, itemId, "dialogue");
  if (input.heldOn > h.today) throw validation("Chỉ ghi biên bản sau khi đã đối thoại.", "heldOn");
  if (item.accepted_on && input.heldOn < item.accepted_on)
    throw validation("Ngày đối thoại không được trước ngày thụ lý.", "heldOn");
  if (input.place.trim() === "") throw validation("Chưa nhập địa điểm đối thoại.", "place");
  if (input.participants.length === 0)
    throw validation("Ghi những người tham gia đối thoại.", "participants");
  const notice = dialogueNoticeProblem(h.calendar, {
    dialogueOn: input.heldOn,
    noticeOn: input.noticeOn,
  });
  refuseUnless([...(notice ? [notice] : []), ...dialogueMinutesProblems(input)], "opinions");
  await h.tx
    .insertInto("inbox_document")
    .values({
      item_id: item.id,
      unit_id: item.unit_id,
      kind: "dialogue_minutes",
      number: null,
      issued_on: input.heldOn,
      signer: null,
      fields: JSON.stringify({
        noticeOn: input.noticeOn,
        place: input.place.trim(),
        opinions: input.opinions.trim(),
        result: input.result.trim(),
        copies: input.copies,
        participants: input.participants,
      }),
      created_by: h.ctx.actor.accountId,
    })
    .execute();
  await addEvent(h, item, {
    type: "dialogue",
    public: true,
    text: `Đã đối thoại ngày ${vnDate(input.heldOn)} tại ${input.place.trim()}.`,
    data: { heldOn: input.heldOn, participants: input.participants.length },
  });
}
