import type { ModuleManifest } from "../../core/module.ts";
import "./db/tables.ts";
import { authAccounts } from "./db/migrations/20261122-05-auth-accounts.ts";
import { accountAdminPages } from "./http/admin-accounts.tsx";
import { authPages } from "./http/pages.tsx";
import { authPolicies } from "./policy.ts";

export const authManifest: ModuleManifest = {
  name: "auth",
  migrations: [authAccounts],
  policies: authPolicies,
  adminTabs: [{ path: "tai-khoan", order: 50, label: { vi: "Tài khoản", en: "Accounts" } }],
  pages: (app, deps) => {
    authPages(app, deps);
    accountAdminPages(app, deps);
  },
};
