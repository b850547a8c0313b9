import { validation } from "../../../core/errors.ts";
import { accountsOver } from "../../auth/index.ts";
import { addEvent, type Handling, itemFor } from "./support.ts";

/** Assigns the item to an official who holds a handling role over its unit (or none). */
export async function assignItem(h: Handling, itemId: number, accountId: number | null) {
  const item = await itemFor(h, itemId, "assign");
  let name: string | null = null;
  if (accountId !== null) {
    const handlers = await accountsOver(h.tx, item.unit_path, ["unit_admin", "official"]);
    const handler = handlers.find((x) => x.accountId === accountId);
    if (!handler)
      throw validation("Người được giao phải là cán bộ của đơn vị hoặc cấp trên.", "accountId");
    name = handler.name;
  }
  await h.tx
    .updateTable("inbox_item")
    .set({ assigned_account_id: accountId, updated_at: new Date() })
    .where("id", "=", item.id)
    .execute();
  await addEvent(h, item, {
    type: "assigned",
    text: name ? `Giao cho ${name}.` : "Bỏ giao việc.",
    data: { accountId },
  });
}
