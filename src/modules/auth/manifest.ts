import type { ModuleManifest } from "../../core/module.ts";
import "./db/tables.ts";
import { authAccounts } from "./db/migrations/20261122-05-auth-accounts.ts";
import { authPages } from "./http/pages.tsx";
import { authPolicies } from "./policy.ts";

export const authManifest: ModuleManifest = {
  name: "auth",
  migrations: [authAccounts],
  policies: authPolicies,
  pages: authPages,
};
