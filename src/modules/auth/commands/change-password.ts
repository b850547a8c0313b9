import { sql } from "kysely";
import { recordEvent } from "../../../core/audit/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { unauthenticated, validation } from "../../../core/errors.ts";
import { findAccountById } from "../db/auth.repo.ts";
import { passwordProblem } from "../domain/password-policy.ts";
import { hashPassword, verifyPassword } from "../passwords.ts";
import { sha256 } from "../sessions.ts";

/** Changes the signed-in person's password and ends their other sessions. */
export async function changePassword(
  db: Db,
  ctx: RequestContext,
  input: { current: string; next: string; confirm: string },
  keepSessionId: string | undefined,
): Promise<void> {
  if (!ctx.actor.accountId) throw unauthenticated();
  const account = await findAccountById(db, ctx.actor.accountId);
  if (!account) throw unauthenticated();
  if (!(await verifyPassword(account.password_hash, input.current))) {
    throw validation("Mật khẩu hiện tại không đúng.", "current");
  }
  const problem = passwordProblem(input.next, account.username);
  if (problem) throw validation(problem, "next");
  if (input.next !== input.confirm) throw validation("Mật khẩu nhập lại không khớp.", "confirm");
  const hash = await hashPassword(input.next);
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable("auth_account")
      .set({ password_hash: hash, must_change_password: false, password_changed_at: sql`now()` })
      .where("id", "=", account.id)
      .execute();
    let q = tx.deleteFrom("auth_session").where("account_id", "=", account.id);
    if (keepSessionId) q = q.where("id_hash", "<>", sha256(keepSessionId));
    await q.execute();
    await recordEvent(tx, ctx, {
      action: "auth.password.changed",
      unitId: account.home_unit_id,
      subjectType: "auth_account",
      subjectId: account.id,
      summary: {},
    });
  });
}
