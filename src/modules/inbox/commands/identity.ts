import type { Executor } from "../../../core/db/database.ts";
import { unseal } from "../../../core/security/sealed.ts";
import { sealedIdentityOf } from "../db/inbox.repo.ts";
import type { SealedIdentity } from "../db/tables.ts";

/** Opens an item's sealed identity; callers decide who may (see view-identity.ts). */
export async function openIdentity(
  db: Executor,
  dataKey: Buffer,
  itemId: number,
): Promise<SealedIdentity | null> {
  const sealed = await sealedIdentityOf(db, itemId);
  if (!sealed) return null;
  return JSON.parse(unseal(dataKey, sealed).toString()) as SealedIdentity;
}
