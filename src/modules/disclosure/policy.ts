import { holdsRole, type Policy } from "../../core/authz/index.ts";

const MANAGERS = ["platform_admin", "unit_admin", "official"] as const;
const OVERSIGHT = ["platform_admin", "unit_admin", "official", "oversight"] as const;

// A commune's disclosures are public (Law 10/2022 Art 11–13). An agency's or enterprise's are
// internal: its staff or workers and the bodies overseeing it see them, never the public
// (Art 46–48, 64–66; NĐ 145 Art 43).
export const disclosurePolicies: Record<string, Policy> = {
  "disclosure.item.manage": (a, s) => holdsRole(a, MANAGERS, s.unitPath),
  "disclosure.item.view": (a, s) =>
    s.visibility === "public" || holdsRole(a, [...OVERSIGHT, "staff", "worker"], s.unitPath),
  "disclosure.compliance.view": (a, s) => holdsRole(a, OVERSIGHT, s.unitPath),
  "disclosure.request.handle": (a, s) => holdsRole(a, MANAGERS, s.unitPath),
};
