import { holdsRole, type Policy } from "../../core/authz/index.ts";

export const authPolicies: Record<string, Policy> = {
  "auth.account.manage": (a, s) => holdsRole(a, ["platform_admin", "unit_admin"], s.unitPath),
  "auth.platform.manage": (a) => holdsRole(a, ["platform_admin"], ""),
};
