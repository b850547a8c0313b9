import type { ModuleManifest } from "../../core/module.ts";
import "./db/tables.ts";
import { inboxTables } from "./db/migrations/20261122-12-inbox.ts";
import { inboxPolicies } from "./policy.ts";

export const inboxManifest: ModuleManifest = {
  name: "inbox",
  migrations: [inboxTables],
  policies: inboxPolicies,
};
