import { recordEvent } from "../../../core/audit/index.ts";
import { authorize, type Role } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, validation } from "../../../core/errors.ts";
import { findAccountByUsername } from "../db/auth.repo.ts";
import { passwordProblem } from "../domain/password-policy.ts";
import { hashPassword } from "../passwords.ts";

export interface CreateAccountInput {
  personId: number;
  username: string;
  password: string;
  mustChangePassword?: boolean;
}

/** Opens an account for a person of a unit the actor administers. */
export async function createAccount(tx: Tx, ctx: RequestContext, input: CreateAccountInput) {
  const person = await tx
    .selectFrom("people_person as p")
    .innerJoin("org_unit as u", "u.id", "p.home_unit_id")
    .select(["p.id", "u.id as unit_id", "u.path"])
    .where("p.id", "=", input.personId)
    .executeTakeFirst();
  if (!person) throw validation(`Không có người mang mã ${input.personId}.`, "personId");
  authorize(ctx.actor, "auth.account.manage", { unitPath: person.path });
  if (!/^[a-zA-Z0-9._-]{3,40}$/.test(input.username)) {
    throw validation(
      "Tên đăng nhập gồm 3–40 chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.",
      "username",
    );
  }
  const problem = passwordProblem(input.password, input.username);
  if (problem) throw validation(problem, "password");
  if (await findAccountByUsername(tx, input.username))
    throw conflict("Tên đăng nhập đã có người dùng.", "username");
  const existing = await tx
    .selectFrom("auth_account")
    .select("id")
    .where("person_id", "=", person.id)
    .executeTakeFirst();
  if (existing) throw conflict("Người này đã có tài khoản.", "personId");
  const account = await tx
    .insertInto("auth_account")
    .values({
      person_id: person.id,
      username: input.username,
      password_hash: await hashPassword(input.password),
      must_change_password: input.mustChangePassword ?? false,
    })
    .returning(["id", "username"])
    .executeTakeFirstOrThrow();
  await recordEvent(tx, ctx, {
    action: "auth.account.created",
    unitId: person.unit_id,
    subjectType: "auth_account",
    subjectId: account.id,
    summary: { username: account.username, personId: person.id },
  });
  return account;
}

/** Grants a role directly (not through a position), e.g. an IT officer as unit administrator. */
export async function grantRole(
  tx: Tx,
  ctx: RequestContext,
  input: {
    accountId: number;
    unitId: number | null;
    role: Extract<Role, "platform_admin" | "unit_admin" | "official" | "oversight">;
  },
) {
  const unit =
    input.unitId === null
      ? null
      : await tx
          .selectFrom("org_unit")
          .select(["id", "path"])
          .where("id", "=", input.unitId)
          .executeTakeFirst();
  if (input.unitId !== null && !unit) throw validation("Đơn vị không tồn tại.", "unitId");
  authorize(
    ctx.actor,
    input.role === "platform_admin" ? "auth.platform.manage" : "auth.account.manage",
    {
      unitPath: unit?.path ?? "",
    },
  );
  await tx
    .insertInto("auth_grant")
    .values({ account_id: input.accountId, unit_id: unit?.id ?? null, role: input.role })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await recordEvent(tx, ctx, {
    action: "auth.role.granted",
    unitId: unit?.id ?? null,
    subjectType: "auth_account",
    subjectId: input.accountId,
    summary: { role: input.role },
  });
}
