import { can } from "../../../core/authz/index.ts";
import type { Db } from "../../../core/db/database.ts";
import { forbidden, notFound } from "../../../core/errors.ts";
import { logDataAccess } from "../../people/index.ts";
import { findItem, hasIdentityGrant, recordedBy } from "../db/inbox.repo.ts";
import type { SealedIdentity } from "../db/tables.ts";
import { denouncerIdentityView, type IdentityViewer } from "../domain/kinds.ts";
import { openIdentity } from "./identity.ts";
import { addEvent, attempt, type Handling } from "./support.ts";

/**
 * Who is looking at a confidential item's submitter (T36): the official who recorded it, the
 * assigned resolver, the head of the handling unit (who receives denunciations in law), and
 * those granted by name. Everyone else, upper levels included, is "other".
 */
export async function identityViewer(
  h: Pick<Handling, "tx" | "ctx">,
  item: { id: number; unit_id: number; assigned_account_id: number | null },
): Promise<IdentityViewer> {
  const account = h.ctx.actor.accountId;
  if (account === null) return "public";
  if (item.assigned_account_id === account) return "resolver";
  if ((await recordedBy(h.tx, item.id)) === account) return "intake_officer";
  if (h.ctx.actor.grants.some((g) => g.role === "unit_admin" && g.unitId === item.unit_id))
    return "intake_officer";
  if (await hasIdentityGrant(h.tx, item.id, account)) return "granted";
  return "other";
}

/**
 * Opens the submitter's identity for a handler. For a confidential item (a denunciation) only the
 * viewers T36 allows see it; every view is audited and logged as personal-data processing, and
 * every refused attempt is audited too. Other items: any handler of the unit.
 */
export async function viewIdentity(
  db: Db,
  h: Omit<Handling, "tx">,
  dataKey: Buffer,
  itemId: number,
): Promise<SealedIdentity | null> {
  const item = await findItem(db, itemId);
  if (!item) throw notFound("Không tìm thấy vụ việc.");
  return attempt(
    db,
    h.ctx,
    { action: "inbox.identity.view", unitId: item.unit_id, itemId },
    async (tx) => {
      if (!can(h.ctx.actor, "inbox.item.read", { unitPath: item.unit_path })) throw forbidden();
      if (item.confidential) {
        const viewer = await identityViewer({ tx, ctx: h.ctx }, item);
        if (denouncerIdentityView(viewer).view !== "full")
          throw forbidden(
            "Thông tin người tố cáo được giữ bí mật: chỉ người tiếp nhận, người giải quyết và người được giao mới được xem (T36, Luật Tố cáo 2018 Điều 8.3, 47.2).",
          );
      } else if (!can(h.ctx.actor, "inbox.item.handle", { unitPath: item.unit_path })) {
        throw forbidden();
      }
      const identity = await openIdentity(tx, dataKey, item.id);
      if (identity) {
        await logDataAccess(tx, h.ctx, {
          operation: "reveal",
          purpose: `Giải quyết vụ việc ${item.code}`,
          unitId: item.unit_id,
          fields: ["name", "address", "contact"],
        });
        if (item.confidential)
          await addEvent({ tx, ctx: h.ctx }, item, {
            type: "identity_viewed",
            data: { by: h.ctx.actor.accountId },
          });
      }
      return identity;
    },
  );
}
