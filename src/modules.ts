import { auditMigration } from "./core/audit/index.ts";
import { registerPolicies } from "./core/authz/index.ts";
import { coreExtensions } from "./core/db/migrations/20261122-00-core-extensions.ts";
import type { NamedMigration } from "./core/db/migrator.ts";
import type { ModuleManifest } from "./core/module.ts";
import { authManifest } from "./modules/auth/manifest.ts";
import { decisionManifest } from "./modules/decision/manifest.ts";
import { disclosureManifest } from "./modules/disclosure/manifest.ts";
import { inboxManifest } from "./modules/inbox/manifest.ts";
import { orgManifest } from "./modules/org/manifest.ts";
import { peopleManifest } from "./modules/people/manifest.ts";
import { reportingManifest } from "./modules/reporting/manifest.ts";

/** THE list of enabled modules, in dependency order. */
export const modules: readonly ModuleManifest[] = [
  orgManifest,
  peopleManifest,
  authManifest,
  disclosureManifest,
  decisionManifest,
  inboxManifest,
  reportingManifest,
];

export function allMigrations(): NamedMigration[] {
  return [coreExtensions, auditMigration, ...modules.flatMap((m) => m.migrations)].sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
}

// Policies are registered once, when this list is first imported (by the app, the CLI or tests).
for (const m of modules) registerPolicies(m.policies);
