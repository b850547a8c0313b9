import { addEvent, type Handling, itemFor } from "./support.ts";

/** Closes an answered item (kết thúc): nothing more is expected from the unit. */
export async function closeItem(h: Handling, itemId: number) {
  const item = await itemFor(h, itemId, "close");
  await h.tx
    .updateTable("inbox_item")
    .set({ status: "closed", closed_on: h.today })
    .where("id", "=", item.id)
    .execute();
  await addEvent(h, item, { type: "closed", public: true, text: "Vụ việc đã kết thúc." });
}
