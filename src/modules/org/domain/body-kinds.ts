import type { Role } from "../../../core/authz/index.ts";

// Organs inside or beside a unit (cơ quan, tổ chức) — ARCHITECTURE.md core model.
export const BODY_KINDS = [
  "peoples_committee",
  "peoples_council",
  "party_committee",
  "fatherland_front",
  "front_work_board",
  "inspection_board",
  "investment_supervision_board",
  "trade_union",
  "mediation_team",
  "village_management",
  "leadership",
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const BODY_KIND_LABEL: Record<BodyKind, { vi: string; en: string }> = {
  peoples_committee: { vi: "Ủy ban nhân dân", en: "People's Committee" },
  peoples_council: { vi: "Hội đồng nhân dân", en: "People's Council" },
  party_committee: { vi: "Đảng ủy", en: "Party Committee" },
  fatherland_front: { vi: "Ủy ban Mặt trận Tổ quốc Việt Nam", en: "Fatherland Front Committee" },
  front_work_board: { vi: "Ban công tác Mặt trận", en: "Front work board" },
  inspection_board: { vi: "Ban Thanh tra nhân dân", en: "People's Inspection Board" },
  investment_supervision_board: {
    vi: "Ban Giám sát đầu tư của cộng đồng",
    en: "Community Investment Supervision Board",
  },
  trade_union: { vi: "Công đoàn cơ sở", en: "Grassroots trade union" },
  mediation_team: { vi: "Tổ hòa giải", en: "Mediation team" },
  village_management: { vi: "Trưởng thôn, tổ trưởng tổ dân phố", en: "Village head's office" },
  leadership: { vi: "Ban lãnh đạo", en: "Leadership" },
};

export const POSITION_TITLES = [
  "chair",
  "vice_chair",
  "secretary",
  "deputy_secretary",
  "head",
  "deputy_head",
  "director",
  "member",
  "officer",
] as const;
export type PositionTitle = (typeof POSITION_TITLES)[number];

export const POSITION_TITLE_LABEL: Record<PositionTitle, { vi: string; en: string }> = {
  chair: { vi: "Chủ tịch", en: "Chair" },
  vice_chair: { vi: "Phó Chủ tịch", en: "Vice chair" },
  secretary: { vi: "Bí thư", en: "Secretary" },
  deputy_secretary: { vi: "Phó Bí thư", en: "Deputy secretary" },
  head: { vi: "Trưởng ban", en: "Head" },
  deputy_head: { vi: "Phó Trưởng ban", en: "Deputy head" },
  director: { vi: "Giám đốc, thủ trưởng", en: "Director" },
  member: { vi: "Ủy viên, thành viên", en: "Member" },
  officer: { vi: "Công chức, cán bộ", en: "Officer" },
};

/** Roles a position may confer; the default follows the body it belongs to. */
export const POSITION_ROLES: readonly Role[] = [
  "unit_admin",
  "official",
  "oversight",
  "village_head",
];

export function defaultRoleFor(body: BodyKind): Role {
  return body === "village_management" ? "village_head" : "official";
}
