import { randomBytes } from "node:crypto";
import type { Config } from "../../core/config/config.ts";
import { systemContext } from "../../core/context/request-context.ts";
import { createAccount, grantRole } from "../../modules/auth/index.ts";
import { findUnitByCode } from "../../modules/org/index.ts";
import { createPerson } from "../../modules/people/index.ts";
import type { ParsedArgs } from "../args.ts";
import { flagString } from "../args.ts";
import { withDatabase } from "./with-database.ts";

const ROLES = ["platform_admin", "unit_admin", "official", "oversight"] as const;
type GrantableRole = (typeof ROLES)[number];

/** Creates a person in a unit, an account for them and, optionally, a role over that unit. */
export async function runUsersCreate(config: Config, flags: ParsedArgs["flags"]): Promise<number> {
  const username = flagString(flags, "username");
  const name = flagString(flags, "name");
  const unitCode = flagString(flags, "unit");
  const role = flagString(flags, "role");
  if (!username || !name || !unitCode) {
    process.stderr.write("Cần --username, --name và --unit.\n");
    return 2;
  }
  if (role && !ROLES.includes(role as GrantableRole)) {
    process.stderr.write(`Quyền không hợp lệ: ${role}. Chọn một trong: ${ROLES.join(", ")}.\n`);
    return 2;
  }
  const generated = !flagString(flags, "password") && !process.env.COSO_NEW_PASSWORD;
  const password =
    flagString(flags, "password") ??
    process.env.COSO_NEW_PASSWORD ??
    randomBytes(12).toString("base64url");
  return withDatabase(config, async (db) => {
    const unit = await findUnitByCode(db, unitCode);
    if (!unit) {
      process.stderr.write(`Không có đơn vị mang mã ${unitCode}.\n`);
      return 2;
    }
    const ctx = systemContext("cli");
    await db.transaction().execute(async (tx) => {
      const personId = await createPerson(tx, ctx, unit, { fullName: name });
      const account = await createAccount(tx, ctx, {
        personId,
        username,
        password,
        mustChangePassword: generated,
      });
      if (role)
        await grantRole(tx, ctx, {
          accountId: account.id,
          unitId: role === "platform_admin" ? null : unit.id,
          role: role as GrantableRole,
        });
    });
    process.stdout.write(
      `Đã tạo tài khoản ${username} tại ${unit.full_name}${role ? ` với quyền ${role}` : ""}.\n`,
    );
    if (generated)
      process.stdout.write(`Mật khẩu tạm (phải đổi khi đăng nhập lần đầu): ${password}\n`);
    return 0;
  });
}
