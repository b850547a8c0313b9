import type { ModuleManifest } from "../../core/module.ts";
import "./db/tables.ts";
import { decisionTables } from "./db/migrations/20261122-07-decision.ts";
import { decisionPolicies } from "./policy.ts";

export const decisionManifest: ModuleManifest = {
  name: "decision",
  migrations: [decisionTables],
  policies: decisionPolicies,
};
