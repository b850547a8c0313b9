import type { Role } from "../../../core/authz/index.ts";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { createPerson } from "../../people/index.ts";
import { createAccount, grantRole } from "../commands/create-account.ts";

export const TEST_PASSWORD = "mat-khau-thu-nghiem";

/** A person in `unit` with an account, optionally granted a role over `unit`. */
export async function makeAccount(
  db: Db,
  unit: { id: number; path: string },
  username: string,
  role?: Extract<Role, "platform_admin" | "unit_admin" | "official" | "oversight">,
  personId?: number,
) {
  return db.transaction().execute(async (tx) => {
    const ctx = systemContext();
    const pid =
      personId ?? (await createPerson(tx, ctx, unit, { fullName: `Người dùng ${username}` }));
    const account = await createAccount(tx, ctx, {
      personId: pid,
      username,
      password: TEST_PASSWORD,
    });
    if (role)
      await grantRole(tx, ctx, {
        accountId: account.id,
        unitId: role === "platform_admin" ? null : unit.id,
        role,
      });
    return { accountId: account.id, personId: pid };
  });
}
