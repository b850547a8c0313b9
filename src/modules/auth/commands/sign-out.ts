import { recordEvent } from "../../../core/audit/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { deleteSession, findAccountById } from "../db/auth.repo.ts";
import { sha256 } from "../sessions.ts";

export async function signOut(db: Db, ctx: RequestContext, sessionId: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const deleted = await deleteSession(tx, sha256(sessionId));
    const account = ctx.actor.accountId
      ? await findAccountById(tx, ctx.actor.accountId)
      : undefined;
    if (account && deleted[0]?.numDeletedRows) {
      await recordEvent(tx, ctx, {
        action: "auth.session.ended",
        unitId: account.home_unit_id,
        subjectType: "auth_account",
        subjectId: account.id,
        summary: {},
      });
    }
  });
}
