import { recordEvent } from "../../../core/audit/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { AppError } from "../../../core/errors.ts";
import { hitRateLimit } from "../../../core/http/rate-limit.ts";
import { findAccountByUsername, insertSession } from "../db/auth.repo.ts";
import { dummyHash, verifyPassword } from "../passwords.ts";
import { newSecret, sessionExpiry, sha256 } from "../sessions.ts";

export const SIGN_IN_LIMITS = { perUser: 10, perIp: 50, windowSeconds: 15 * 60 };

const WRONG = "Tên đăng nhập hoặc mật khẩu không đúng.";

/**
 * Checks the password and opens a session. Limited per username and per address across all
 * server processes; the same message for an unknown user and a wrong password.
 */
export async function signIn(
  db: Db,
  ctx: RequestContext,
  username: string,
  password: string,
): Promise<{ sessionId: string; accountId: number }> {
  await hitRateLimit(
    db,
    `signin:user:${username.toLowerCase()}`,
    SIGN_IN_LIMITS.perUser,
    SIGN_IN_LIMITS.windowSeconds,
  );
  if (ctx.ip)
    await hitRateLimit(
      db,
      `signin:ip:${ctx.ip}`,
      SIGN_IN_LIMITS.perIp,
      SIGN_IN_LIMITS.windowSeconds,
    );
  const account = await findAccountByUsername(db, username);
  if (!account) {
    await verifyPassword(await dummyHash(), password);
    throw new AppError("validation", WRONG, "username");
  }
  const ok = await verifyPassword(account.password_hash, password);
  if (!ok || account.status !== "active") {
    throw new AppError("validation", ok ? "Tài khoản đã bị khoá." : WRONG, "username");
  }
  const sessionId = newSecret();
  await db.transaction().execute(async (tx) => {
    await insertSession(tx, sha256(sessionId), account.id, sessionExpiry());
    await recordEvent(
      tx,
      { ...ctx, actor: { ...ctx.actor, kind: "account", accountId: account.id } },
      {
        action: "auth.session.started",
        unitId: null,
        subjectType: "auth_account",
        subjectId: account.id,
        summary: {},
      },
    );
  });
  return { sessionId, accountId: account.id };
}
