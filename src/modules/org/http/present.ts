import type { Lang } from "../../../core/i18n/lang.ts";
import type { Crumb } from "../../../core/views/components.tsx";
import { UNIT_KIND_LABEL, type UnitKind } from "../domain/unit-kinds.ts";

export const kindLabel = (lang: Lang, kind: UnitKind, local?: string | null) =>
  lang === "vi" && local ? local : UNIT_KIND_LABEL[kind][lang];

/** Breadcrumbs by unit, from the root down; `base` is "/u" (portal) or "/quan-tri" (admin). */
export function unitCrumbs(
  lang: Lang,
  chain: { code: string; name: string }[],
  base: "/u" | "/quan-tri",
  tail?: Crumb[],
): Crumb[] {
  const home: Crumb =
    base === "/u"
      ? { label: lang === "vi" ? "Trang chủ" : "Home", href: "/" }
      : { label: lang === "vi" ? "Quản trị" : "Administration", href: "/quan-tri" };
  return [
    home,
    ...chain.map((u) => ({ label: u.name, href: `${base}/${u.code}` })),
    ...(tail ?? []),
  ];
}

/** The fields of a unit any visitor may see (STYLE.md §6: listed explicitly). */
export function publicUnit(u: {
  code: string;
  name: string;
  full_name: string;
  name_en: string | null;
  kind: UnitKind;
  kind_since: string;
  local_kind_name: string | null;
  address: string | null;
}) {
  return {
    code: u.code,
    name: u.name,
    fullName: u.full_name,
    nameEn: u.name_en,
    kind: u.kind,
    kindSince: u.kind_since,
    localKindName: u.local_kind_name,
    address: u.address,
  };
}
