/**
 * Roles a person holds in a unit. Where the law gives an upper level oversight, a grant on a
 * unit also covers every unit under it (see `inheritsDownward`).
 */
export type Role =
  | "platform_admin" // quản trị hệ thống
  | "unit_admin" // quản trị đơn vị (cán bộ được giao quản trị)
  | "official" // cán bộ, công chức của đơn vị
  | "oversight" // cấp trên theo dõi, kiểm tra (chỉ đọc)
  | "village_head" // trưởng thôn / tổ trưởng tổ dân phố
  | "resident" // người dân trong hộ của thôn, tổ dân phố
  | "worker" // người lao động của doanh nghiệp
  | "staff"; // cán bộ, công chức, viên chức của cơ quan, đơn vị

export const ALL_ROLES: readonly Role[] = [
  "platform_admin",
  "unit_admin",
  "official",
  "oversight",
  "village_head",
  "resident",
  "worker",
  "staff",
];

const DOWNWARD = new Set<Role>(["platform_admin", "unit_admin", "official", "oversight"]);
export const inheritsDownward = (role: Role) => DOWNWARD.has(role);

export interface Grant {
  unitId: number;
  /** ltree path of the unit ("" for the whole platform). */
  path: string;
  role: Role;
}

export interface Actor {
  kind: "anonymous" | "account" | "token" | "system" | "cli";
  accountId: number | null;
  personId: number | null;
  grants: Grant[];
}

export const anonymous: Actor = { kind: "anonymous", accountId: null, personId: null, grants: [] };
