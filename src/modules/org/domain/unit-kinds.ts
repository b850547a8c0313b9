// Kinds of unit after the 2025 two-tier reform (NQ 203/2025/QH15; law.md §6): province level,
// commune level (xã, phường, đặc khu), residential communities below communes (thôn, tổ dân phố —
// not administrative units, Law 10/2022 Art 2.3), and the agencies and employers Chapters III–IV
// of the Law cover, each attached to the unit that oversees it.

export const UNIT_KINDS = [
  "central_city",
  "province",
  "commune",
  "ward",
  "special_zone",
  "village",
  "residential_group",
  "state_agency",
  "public_service_unit",
  "state_enterprise",
  "enterprise",
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABEL: Record<UnitKind, { vi: string; en: string }> = {
  central_city: { vi: "Thành phố trực thuộc trung ương", en: "Centrally-run city" },
  province: { vi: "Tỉnh", en: "Province" },
  commune: { vi: "Xã", en: "Commune" },
  ward: { vi: "Phường", en: "Ward" },
  special_zone: { vi: "Đặc khu", en: "Special zone" },
  village: { vi: "Thôn", en: "Village" },
  residential_group: { vi: "Tổ dân phố", en: "Residential group" },
  state_agency: { vi: "Cơ quan nhà nước", en: "State agency" },
  public_service_unit: { vi: "Đơn vị sự nghiệp công lập", en: "Public service unit" },
  state_enterprise: { vi: "Doanh nghiệp nhà nước", en: "State-owned enterprise" },
  enterprise: { vi: "Doanh nghiệp", en: "Enterprise" },
};

export const PROVINCE_LEVEL: readonly UnitKind[] = ["central_city", "province"];
export const COMMUNE_LEVEL: readonly UnitKind[] = ["commune", "ward", "special_zone"];
export const COMMUNITY_LEVEL: readonly UnitKind[] = ["village", "residential_group"];
export const WORKPLACES: readonly UnitKind[] = [
  "state_agency",
  "public_service_unit",
  "state_enterprise",
  "enterprise",
];

export const isCommuneLevel = (k: UnitKind) => COMMUNE_LEVEL.includes(k);
export const isCommunity = (k: UnitKind) => COMMUNITY_LEVEL.includes(k);
export const isWorkplace = (k: UnitKind) => WORKPLACES.includes(k);
