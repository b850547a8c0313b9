import { validation } from "../../../core/errors.ts";
import { vnDate } from "../domain/cite.ts";
import { type DocumentKind, identityLeaks, missingContents } from "../domain/decision-contents.ts";
import { openIdentity } from "./identity.ts";
import { addEvent, type Handling, itemFor, refreshClock, refuseUnless } from "./support.ts";

export interface AnswerInput {
  /** What the submitter (and, when published, the public) reads. */
  answer: string;
  answeredOn: string;
  /** Complaint decisions and denunciation conclusions carry the contents the law requires. */
  document?: {
    number: string;
    signer: string;
    contents: Record<string, string>;
    dialogueHeld?: boolean;
    compensation?: boolean;
  } | null;
}

/** The document a track's answer is, or null when a letter or a public answer suffices. */
export function answerDocumentKind(
  track: string,
  instance: "first" | "second" | null,
): DocumentKind | null {
  if (track === "complaint" || track === "disciplinary_complaint")
    return instance === "second" ? "complaint_second_decision" : "complaint_first_decision";
  if (track === "denunciation") return "denunciation_conclusion";
  return null;
}

/**
 * Answers an item: a complaint by its decision with every content of Luật KN Art 31.2 / 40.2
 * (T23), a denunciation by its conclusion (Art 35.2) whose public text must not reveal the
 * denouncer (T35, T36), feedback and petitions by a written answer (T13). Items merged into this
 * one get the same answer. The answer is dated, ends the clock and is shown to the submitter.
 */
export async function answerItem(h: Handling, dataKey: Buffer, itemId: number, input: AnswerInput) {
  const item = await itemFor(h, itemId, "answer");
  const answer = input.answer.trim();
  if (answer.length < 10)
    throw validation("Nội dung trả lời quá ngắn (ít nhất 10 ký tự).", "answer");
  if (answer.length > 20000)
    throw validation("Nội dung trả lời dài tối đa 20.000 ký tự.", "answer");
  if (input.answeredOn > h.today)
    throw validation("Ngày trả lời không được sau hôm nay.", "answeredOn");
  if (input.answeredOn < (item.accepted_on ?? item.received_on))
    throw validation("Ngày trả lời không được trước ngày tiếp nhận, thụ lý.", "answeredOn");
  const docKind = answerDocumentKind(item.track, item.instance);
  if (docKind) {
    const doc = input.document;
    if (!doc)
      throw validation("Vụ việc này phải được trả lời bằng quyết định hoặc kết luận.", "document");
    if (doc.number.trim() === "") throw validation("Chưa nhập số văn bản.", "number");
    if (doc.signer.trim() === "") throw validation("Chưa nhập người ký.", "signer");
    // A recorded dialogue must be reported in the decision (Art 31.2.đ, 40.2.e).
    const dialogue = await h.tx
      .selectFrom("inbox_document")
      .select("id")
      .where("item_id", "=", item.id)
      .where("kind", "=", "dialogue_minutes")
      .executeTakeFirst();
    refuseUnless(
      missingContents(
        docKind,
        { ...doc.contents, date: input.answeredOn },
        {
          dialogueHeld: doc.dialogueHeld === true || dialogue !== undefined,
          compensation: doc.compensation,
        },
      ),
    );
  }
  if (item.track === "denunciation" || item.confidential) {
    const identity = await openIdentity(h.tx, dataKey, item.id);
    if (identity) {
      const text = [answer, ...Object.values(input.document?.contents ?? {})].join("\n");
      refuseUnless(
        identityLeaks(text, {
          name: identity.name,
          address: identity.address,
          phone: identity.contact,
        }),
        "answer",
      );
    }
  }
  const targets = [
    item,
    ...(await h.tx
      .selectFrom("inbox_item")
      .select(["id", "unit_id"])
      .where("merged_into_id", "=", item.id)
      .where("status", "=", "merged")
      .execute()),
  ];
  const late = item.due_on !== null && input.answeredOn > item.due_on;
  for (const t of targets) {
    await h.tx
      .updateTable("inbox_item")
      .set({ status: "answered", answer, answered_on: input.answeredOn, answered_late: late })
      .where("id", "=", t.id)
      .execute();
    await refreshClock(h, t.id);
    await addEvent(h, t, {
      type: "answered",
      public: true,
      text: `Đã trả lời ngày ${vnDate(input.answeredOn)}.`,
      data: { answeredOn: input.answeredOn, late, dueOn: item.due_on, merged: t.id !== item.id },
    });
  }
  if (docKind && input.document) {
    await h.tx
      .insertInto("inbox_document")
      .values({
        item_id: item.id,
        unit_id: item.unit_id,
        kind: docKind,
        number: input.document.number.trim(),
        issued_on: input.answeredOn,
        signer: input.document.signer.trim(),
        // The contents by the law's keys; the two context flags apart, so that a flag never
        // stands in for a content of the same name ("compensation").
        fields: JSON.stringify({
          ...input.document.contents,
          _flags: {
            dialogueHeld: input.document.dialogueHeld ?? false,
            compensation: input.document.compensation ?? false,
          },
        }),
        created_by: h.ctx.actor.accountId,
      })
      .execute();
  }
}
