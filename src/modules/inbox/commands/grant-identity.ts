import { validation } from "../../../core/errors.ts";
import { accountsOver } from "../../auth/index.ts";
import { addEvent, type Handling, itemFor } from "./support.ts";

/**
 * T36: the head of the unit lets a named official see a denouncer's identity (a member of the
 * verification team who must meet the denouncer…), with the reason; or takes it back.
 */
export async function grantIdentity(
  h: Handling,
  itemId: number,
  input: { accountId: number; reason: string; revoke?: boolean },
) {
  const item = await itemFor(h, itemId, "note", "inbox.identity.grant");
  if (!item.confidential)
    throw validation("Vụ việc này không có thông tin người gửi cần giữ bí mật.", "accountId");
  if (input.revoke) {
    await h.tx
      .updateTable("inbox_identity_grant")
      .set({ revoked_at: new Date() })
      .where("item_id", "=", item.id)
      .where("account_id", "=", input.accountId)
      .execute();
    await addEvent(h, item, { type: "identity_revoked", data: { accountId: input.accountId } });
    return;
  }
  const reason = input.reason.trim();
  if (reason.length < 5)
    throw validation("Ghi lý do cho phép xem thông tin người tố cáo.", "reason");
  const handlers = await accountsOver(h.tx, item.unit_path, ["unit_admin", "official"]);
  if (!handlers.some((x) => x.accountId === input.accountId))
    throw validation("Chỉ cho phép cán bộ của đơn vị hoặc cấp trên.", "accountId");
  await h.tx
    .insertInto("inbox_identity_grant")
    .values({
      item_id: item.id,
      account_id: input.accountId,
      unit_id: item.unit_id,
      reason,
      granted_by: h.ctx.actor.accountId,
    })
    .onConflict((oc) =>
      oc
        .columns(["item_id", "account_id"])
        .doUpdateSet({ reason, revoked_at: null, granted_at: new Date() }),
    )
    .execute();
  await addEvent(h, item, { type: "identity_granted", data: { accountId: input.accountId } });
}
