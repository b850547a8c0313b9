import { randomBytes } from "node:crypto";
import { recordEvent } from "../../../core/audit/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { unauthenticated, validation } from "../../../core/errors.ts";
import { findAccountById } from "../db/auth.repo.ts";
import { sha256 } from "../sessions.ts";

/**
 * Issues a token for an integration acting as the signed-in person, with that person's rights.
 * The token is shown once; only its hash is stored.
 */
export async function createApiToken(db: Db, ctx: RequestContext, name: string) {
  if (!ctx.actor.accountId || ctx.actor.kind !== "account") throw unauthenticated();
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 80)
    throw validation("Tên token dài 1–80 ký tự.", "name");
  const token = `coso_${randomBytes(24).toString("base64url")}`;
  const accountId = ctx.actor.accountId;
  const account = await findAccountById(db, accountId);
  const row = await db.transaction().execute(async (tx) => {
    const r = await tx
      .insertInto("auth_api_token")
      .values({ account_id: accountId, name: trimmed, token_hash: sha256(token) })
      .returning(["id"])
      .executeTakeFirstOrThrow();
    await recordEvent(tx, ctx, {
      action: "auth.token.created",
      unitId: account?.home_unit_id ?? null,
      subjectType: "auth_api_token",
      subjectId: r.id,
      summary: { name: trimmed },
    });
    return r;
  });
  return { id: row.id, token };
}
