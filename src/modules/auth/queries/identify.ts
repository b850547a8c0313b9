import { Batcher } from "../../../core/db/batcher.ts";
import type { Db } from "../../../core/db/database.ts";
import type { Identify } from "../../../core/http/env.ts";
import {
  findSession,
  findTokensWithGrants,
  loadGrants,
  type TokenHolder,
  touchSession,
  touchTokens,
} from "../db/auth.repo.ts";
import { sessionExpiry, sha256 } from "../sessions.ts";

const TOUCH_AFTER_MS = 10 * 60_000;
/** Tokens used are marked in one statement at most this often (`last_used_at` is a hint). */
const TOKEN_TOUCH_EVERY_MS = 250;

/**
 * Tokens presented at about the same time are looked up together, holders and grants in one
 * statement; their `last_used_at` is written a quarter of a second later, many in one statement. A busy
 * integration (or thousands of households voting through an app) then costs a statement per
 * batch, not three per request.
 */
function tokenLookup(db: Db) {
  const batcher = new Batcher<Buffer, TokenHolder | null>(
    async (items) => {
      const found = await findTokensWithGrants(
        db,
        items.map((it) => it.input),
      );
      const byHash = new Map(found.map((t) => [t.tokenHash.toString("hex"), t]));
      for (const it of items) it.resolve(byHash.get(it.input.toString("hex")) ?? null);
    },
    { maxBatch: 200, maxRunning: 4 },
  );
  const toTouch = new Set<number>();
  let pending = false;
  const touch = (id: number) => {
    toTouch.add(id);
    if (pending) return;
    pending = true;
    setTimeout(() => {
      const ids = [...toTouch];
      toTouch.clear();
      pending = false;
      // A failed touch only loses the hint; the next use writes it again.
      touchTokens(db, ids).catch(() => {});
    }, TOKEN_TOUCH_EVERY_MS).unref();
  };
  return { find: (hash: Buffer) => batcher.add(hash), touch };
}

/** Turns a session cookie or an API token into the actor every policy is asked about. */
export function makeIdentify(db: Db): Identify {
  const tokens = tokenLookup(db);
  return async ({ sessionId, bearerToken }) => {
    if (bearerToken) {
      const token = await tokens.find(sha256(bearerToken));
      if (!token) return { ctx: { actor: anonymousActor() }, viewer: null, sessionKey: null };
      if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
        tokens.touch(token.tokenId);
      }
      return {
        ctx: {
          actor: {
            kind: "token",
            accountId: token.accountId,
            personId: token.personId,
            grants: token.grants,
          },
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
