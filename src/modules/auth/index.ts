import "./db/tables.ts";

export { createAccount, grantRole } from "./commands/create-account.ts";
export { accountsOver } from "./db/auth.repo.ts";
export { hashPassword } from "./passwords.ts";
export { makeIdentify } from "./queries/identify.ts";
