import type { Hono } from "hono";
import type { AppDeps, AppEnv } from "../../core/http/env.ts";
import type { ModuleManifest } from "../../core/module.ts";
import "./db/tables.ts";
import { orgUnits } from "./db/migrations/20261122-02-org-units.ts";
import { orgBodies } from "./db/migrations/20261122-04-org-bodies.ts";
import { orgAdminPages, orgAdminTabs } from "./http/admin.tsx";
import { orgApi } from "./http/api.ts";
import { portalPages } from "./http/portal.tsx";
import { orgPolicies } from "./policy.ts";

export const orgManifest: ModuleManifest = {
  name: "org",
  migrations: [orgUnits, orgBodies],
  policies: orgPolicies,
  adminTabs: orgAdminTabs,
  api: orgApi,
  pages: (app: Hono<AppEnv>, deps: AppDeps) => {
    portalPages(app, deps);
    orgAdminPages(app, deps);
  },
};
