import type { Db } from "../../../core/db/database.ts";
import type { Identify } from "../../../core/http/env.ts";
import { findSession, findToken, loadGrants, touchSession } from "../db/auth.repo.ts";
import { sessionExpiry, sha256 } from "../sessions.ts";

const TOUCH_AFTER_MS = 10 * 60_000;

/** Turns a session cookie or an API token into the actor every policy is asked about. */
export function makeIdentify(db: Db): Identify {
  return async ({ sessionId, bearerToken }) => {
    if (bearerToken) {
      const tokenHash = sha256(bearerToken);
      const token = await findToken(db, tokenHash);
      if (!token) return { ctx: { actor: anonymousActor() }, viewer: null, sessionKey: null };
      const grants = await loadGrants(db, token.account_id, token.person_id);
      if (!token.last_used_at || Date.now() - token.last_used_at.getTime() > TOUCH_AFTER_MS) {
        await db
          .updateTable("auth_api_token")
          .set({ last_used_at: new Date() })
          .where("id", "=", token.id)
          .execute();
      }
      return {
        ctx: {
          actor: { kind: "token", accountId: token.account_id, personId: token.person_id, grants },
        },
        viewer: null,
        sessionKey: null,
      };
    }
    if (!sessionId || sessionId.length > 100) {
      return { ctx: { actor: anonymousActor() }, viewer: null, sessionKey: null };
    }
    const idHash = sha256(sessionId);
    const s = await findSession(db, idHash);
    if (!s) return { ctx: { actor: anonymousActor() }, viewer: null, sessionKey: null };
    const grants = await loadGrants(db, s.account_id, s.person_id);
    if (Date.now() - s.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await touchSession(db, idHash, sessionExpiry());
    }
    return {
      ctx: { actor: { kind: "account", accountId: s.account_id, personId: s.person_id, grants } },
      viewer: {
        accountId: s.account_id,
        personId: s.person_id,
        displayName: s.full_name,
        mustChangePassword: s.must_change_password,
      },
      sessionKey: idHash.toString("hex"),
    };
  };
}

const anonymousActor = () => ({
  kind: "anonymous" as const,
  accountId: null,
  personId: null,
  grants: [],
});
