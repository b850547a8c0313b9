import { holdsRole, type Policy } from "../../core/authz/index.ts";

// Who may do what with units, bodies and positions. The unit's public facts are public
// (Law 10/2022 Art 11: what communes disclose); management belongs to the unit's administrators
// and to those of the units above it.
export const orgPolicies: Record<string, Policy> = {
  "org.unit.view": () => true,
  "org.unit.create_child": (a, s) => holdsRole(a, ["platform_admin", "unit_admin"], s.unitPath),
  "org.unit.update": (a, s) => holdsRole(a, ["platform_admin", "unit_admin"], s.unitPath),
  "org.root.create": (a) => holdsRole(a, ["platform_admin"], ""),
  "org.admin.view": (a, s) =>
    holdsRole(
      a,
      ["platform_admin", "unit_admin", "official", "oversight", "village_head"],
      s.unitPath,
    ),
  "org.body.manage": (a, s) => holdsRole(a, ["platform_admin", "unit_admin"], s.unitPath),
  "org.audit.view": (a, s) =>
    holdsRole(a, ["platform_admin", "unit_admin", "official", "oversight"], s.unitPath),
};
