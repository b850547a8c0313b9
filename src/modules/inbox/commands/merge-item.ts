import { validation } from "../../../core/errors.ts";
import { lockItem } from "../db/inbox.repo.ts";
import { isOpenStatus } from "../domain/workflow.ts";
import { addEvent, type Handling, itemFor, refreshClock } from "./support.ts";

/**
 * Merges a duplicate into an open item of the same unit about the same matter: the duplicate
 * stops its own clock and gets the answer the other item gets (see answer-item.ts). Items of
 * different legal kinds are never merged (their flows differ).
 */
export async function mergeItem(h: Handling, itemId: number, intoId: number) {
  const item = await itemFor(h, itemId, "merge");
  if (intoId === item.id) throw validation("Không thể gộp vụ việc vào chính nó.", "intoId");
  const into = await lockItem(h.tx, intoId);
  if (!into || into.unit_id !== item.unit_id)
    throw validation("Vụ việc được gộp vào phải thuộc cùng đơn vị.", "intoId");
  if (!isOpenStatus(into.status))
    throw validation("Chỉ gộp vào vụ việc đang giải quyết.", "intoId");
  if (into.track !== item.track)
    throw validation("Chỉ gộp các vụ việc cùng loại (cùng trình tự giải quyết).", "intoId");
  await h.tx
    .updateTable("inbox_item")
    .set({ status: "merged", merged_into_id: into.id })
    .where("id", "=", item.id)
    .execute();
  await refreshClock(h, item.id);
  await addEvent(h, item, {
    type: "merged",
    public: true,
    text: "Đã gộp với vụ việc cùng nội dung đang được giải quyết; câu trả lời sẽ được gửi cho cả hai.",
    data: { intoId: into.id },
  });
  await addEvent(h, into, { type: "merged_in", data: { fromId: item.id } });
}
