import { validation } from "../../../core/errors.ts";
import { addEvent, type Handling, itemFor } from "./support.ts";

/**
 * An internal note (never shown to the submitter or the public), or, with `public`, a progress
 * message the submitter sees ("đang xác minh tại hiện trường").
 */
export async function addNote(h: Handling, itemId: number, text: string, isPublic = false) {
  const item = await itemFor(h, itemId, "note");
  const body = text.trim();
  if (body.length === 0) throw validation("Chưa nhập nội dung ghi chú.", "text");
  if (body.length > 5000) throw validation("Ghi chú dài tối đa 5.000 ký tự.", "text");
  await addEvent(h, item, { type: isPublic ? "progress" : "note", public: isPublic, text: body });
}
