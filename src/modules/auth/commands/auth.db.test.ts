import { beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { makeIdentify } from "../queries/identify.ts";
import { makeAccount, TEST_PASSWORD } from "../testing/factories.ts";
import { changePassword } from "./change-password.ts";
import { signIn } from "./sign-in.ts";

let db: Db;
beforeAll(async () => {
  ({ db } = await useTestDatabase());
  const tree = await makeCommuneTree(db, 1);
  await makeAccount(db, tree.commune, "canbo", "official");
  await makeAccount(db, tree.commune, "nguoi.khac");
});

const ctx = (ip = "10.0.0.1") => ({
  ...systemContext(),
  actor: { kind: "anonymous" as const, accountId: null, personId: null, grants: [] },
  ip,
});

describe("sign-in (argon2id, sessions in PostgreSQL)", () => {
  it("stores an argon2id hash, never the password", async () => {
    const row = await db
      .selectFrom("auth_account")
      .select("password_hash")
      .where("username", "=", "canbo")
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("opens a session the identify step turns into an actor with the position's role", async () => {
    const { sessionId } = await signIn(db, ctx(), "CanBo", TEST_PASSWORD);
    const who = await makeIdentify(db)({ sessionId, bearerToken: undefined });
    expect(who.viewer?.displayName).toBe("Người dùng canbo");
    expect(who.ctx.actor.grants.map((g) => g.role)).toEqual(["official"]);
  });

  it("gives the same message for an unknown user and a wrong password", async () => {
    await expect(signIn(db, ctx(), "khong.co", "whatever-123")).rejects.toThrow(
      "Tên đăng nhập hoặc mật khẩu không đúng.",
    );
    await expect(signIn(db, ctx(), "nguoi.khac", "sai-mat-khau-1")).rejects.toThrow(
      "Tên đăng nhập hoặc mật khẩu không đúng.",
    );
  });

  it("limits attempts per username to 10 per 15 minutes, across addresses", async () => {
    for (let i = 0; i < 9; i++) {
      await expect(signIn(db, ctx(`10.0.1.${i}`), "nguoi.khac", "sai-mat-khau-1")).rejects.toThrow(
        "không đúng",
      );
    }
    await expect(signIn(db, ctx("10.0.2.1"), "nguoi.khac", TEST_PASSWORD)).rejects.toThrow(
      "Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 15 phút.",
    );
  });

  it("changing the password ends other sessions and checks the policy", async () => {
    const a = await signIn(db, ctx("10.0.3.1"), "canbo", TEST_PASSWORD);
    const b = await signIn(db, ctx("10.0.3.2"), "canbo", TEST_PASSWORD);
    const who = await makeIdentify(db)({ sessionId: a.sessionId, bearerToken: undefined });
    const actorCtx = { actor: who.ctx.actor, ip: null, requestId: null };
    await expect(
      changePassword(
        db,
        actorCtx,
        { current: TEST_PASSWORD, next: "ngan", confirm: "ngan" },
        a.sessionId,
      ),
    ).rejects.toThrow("Mật khẩu phải có ít nhất 10 ký tự.");
    await expect(
      changePassword(
        db,
        actorCtx,
        { current: "sai-roi-nhe-1", next: "mat-khau-moi-2026", confirm: "mat-khau-moi-2026" },
        a.sessionId,
      ),
    ).rejects.toThrow("Mật khẩu hiện tại không đúng.");
    await changePassword(
      db,
      actorCtx,
      { current: TEST_PASSWORD, next: "mat-khau-moi-2026", confirm: "mat-khau-moi-2026" },
      a.sessionId,
    );
    expect(
      (await makeIdentify(db)({ sessionId: a.sessionId, bearerToken: undefined })).viewer,
    ).not.toBeNull();
    expect(
      (await makeIdentify(db)({ sessionId: b.sessionId, bearerToken: undefined })).viewer,
    ).toBeNull();
  });
});
