import {
  COMMUNE_LEVEL,
  COMMUNITY_LEVEL,
  PROVINCE_LEVEL,
  UNIT_KIND_LABEL,
  type UnitKind,
  WORKPLACES,
} from "./unit-kinds.ts";

/** Which kinds of parent each kind may have (null = a root of the hierarchy). */
const ALLOWED_PARENTS: Record<UnitKind, readonly (UnitKind | null)[]> = {
  central_city: [null],
  province: [null],
  commune: PROVINCE_LEVEL,
  ward: PROVINCE_LEVEL,
  special_zone: PROVINCE_LEVEL,
  village: COMMUNE_LEVEL,
  residential_group: COMMUNE_LEVEL,
  state_agency: [...PROVINCE_LEVEL, ...COMMUNE_LEVEL, "state_agency"],
  public_service_unit: [...PROVINCE_LEVEL, ...COMMUNE_LEVEL, "state_agency"],
  state_enterprise: [...PROVINCE_LEVEL, ...COMMUNE_LEVEL, "state_agency"],
  enterprise: [...PROVINCE_LEVEL, ...COMMUNE_LEVEL],
};

/** Returns a Vietnamese message when `kind` may not sit under `parentKind`, else null. */
export function parentProblem(kind: UnitKind, parentKind: UnitKind | null): string | null {
  if (ALLOWED_PARENTS[kind].includes(parentKind)) return null;
  const label = UNIT_KIND_LABEL[kind].vi;
  if (parentKind === null) return `${label} phải thuộc một đơn vị cấp trên.`;
  if (ALLOWED_PARENTS[kind].includes(null))
    return `${label} là cấp cao nhất, không có đơn vị cấp trên.`;
  return `${label} không thể trực thuộc ${UNIT_KIND_LABEL[parentKind].vi.toLowerCase()}.`;
}

/**
 * R101 (law.md §6.1, §7.13): official codes are strings with significant leading zeros —
 * 2 digits for a province, 5 for a commune-level unit — never derived from names. Villages,
 * agencies and enterprises have no national list; their codes are chosen locally.
 */
export function codeProblem(kind: UnitKind, code: string): string | null {
  if (PROVINCE_LEVEL.includes(kind)) {
    return /^\d{2}$/.test(code) ? null : "Mã tỉnh, thành phố phải gồm đúng 2 chữ số (ví dụ 01).";
  }
  if (COMMUNE_LEVEL.includes(kind)) {
    return /^\d{5}$/.test(code)
      ? null
      : "Mã xã, phường, đặc khu phải gồm đúng 5 chữ số (ví dụ 00004).";
  }
  if (COMMUNITY_LEVEL.includes(kind) || WORKPLACES.includes(kind)) {
    return /^[0-9A-Za-z][0-9A-Za-z_-]{1,39}$/.test(code)
      ? null
      : "Mã đơn vị chỉ gồm chữ không dấu, chữ số, dấu gạch ngang hoặc gạch dưới (2–40 ký tự).";
  }
  return null;
}
