import type { ModuleManifest } from "../../core/module.ts";
import "./db/tables.ts";
import { orgBodies } from "./db/migrations/20261122-04-org-bodies.ts";
import { orgUnits } from "./db/migrations/20261122-02-org-units.ts";
import { orgPolicies } from "./policy.ts";

export const orgManifest: ModuleManifest = {
  name: "org",
  migrations: [orgUnits, orgBodies],
  policies: orgPolicies,
};
