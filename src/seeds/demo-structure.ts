import type { BodyKind, UnitKind } from "../modules/org/index.ts";

// The fictional demo province (code 99 is unused by the real 34 provinces).
export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  localKindName?: string;
  parent: string | null;
  /** Households to generate (villages and residential groups only). */
  households?: number;
}

export const DEMO_UNITS: DemoUnit[] = [
  { code: "99", name: "Sông Hồng (dữ liệu mẫu)", kind: "province", parent: null },
  { code: "99001", name: "Thanh Bình", kind: "commune", parent: "99" },
  { code: "99002", name: "Hòa An", kind: "ward", parent: "99" },
  {
    code: "99001-T01",
    name: "Đông",
    kind: "village",
    localKindName: "Thôn",
    parent: "99001",
    households: 82,
  },
  {
    code: "99001-T02",
    name: "Tây",
    kind: "village",
    localKindName: "Thôn",
    parent: "99001",
    households: 74,
  },
  {
    code: "99001-T03",
    name: "Nà Cà",
    kind: "village",
    localKindName: "Bản",
    parent: "99001",
    households: 58,
  },
  {
    code: "99001-T04",
    name: "Tân Lập",
    kind: "village",
    localKindName: "Ấp",
    parent: "99001",
    households: 66,
  },
  {
    code: "99002-TDP1",
    name: "số 1",
    kind: "residential_group",
    localKindName: "Tổ dân phố",
    parent: "99002",
    households: 88,
  },
  {
    code: "99002-TDP2",
    name: "số 2",
    kind: "residential_group",
    localKindName: "Tổ dân phố",
    parent: "99002",
    households: 79,
  },
  {
    code: "99002-TDP3",
    name: "số 3",
    kind: "residential_group",
    localKindName: "Tổ dân phố",
    parent: "99002",
    households: 71,
  },
  {
    code: "99002-TDP4",
    name: "số 4",
    kind: "residential_group",
    localKindName: "Tổ dân phố",
    parent: "99002",
    households: 84,
  },
  {
    code: "99001-THTB",
    name: "Trường Tiểu học Thanh Bình",
    kind: "public_service_unit",
    parent: "99001",
  },
  { code: "99002-MAYSH", name: "Công ty TNHH May Sông Hồng", kind: "enterprise", parent: "99002" },
];

export const COMMUNE_BODIES: { kind: BodyKind; name: (commune: string) => string }[] = [
  { kind: "peoples_committee", name: (c) => `Ủy ban nhân dân ${c}` },
  { kind: "peoples_council", name: (c) => `Hội đồng nhân dân ${c}` },
  { kind: "party_committee", name: (c) => `Đảng ủy ${c}` },
  { kind: "fatherland_front", name: (c) => `Ủy ban Mặt trận Tổ quốc Việt Nam ${c}` },
  { kind: "inspection_board", name: (c) => `Ban Thanh tra nhân dân ${c}` },
  { kind: "investment_supervision_board", name: (c) => `Ban Giám sát đầu tư của cộng đồng ${c}` },
];

export const DEMO_PASSWORD = "demo-coso-2026";
