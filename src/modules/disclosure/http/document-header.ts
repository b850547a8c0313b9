// The issuer, place, date and signer of the documents a unit prints (NĐ 30/2020 Annex I; law2.md
// §8, T54, T56): a commune's People's Committee under its province, or an agency or enterprise
// under its own name. The number is left blank to be written by hand once signed (Art 15).
import type { Db } from "../../../core/db/database.ts";
import type { IssuerHeader } from "../../../core/documents/index.ts";
import {
  findUnitById,
  holderOf,
  type LoadedUnit,
  UNIT_KIND_LABEL,
  type UnitKind,
} from "../../org/index.ts";
import { regimeOf } from "../domain/catalogues.ts";

const COMMUNE_KINDS = new Set(["commune", "ward", "special_zone"]);
const PROVINCE_KINDS = new Set(["province", "central_city"]);
const caps = (s: string) => s.toLocaleUpperCase("vi");

/** "Thanh Bình" from "Xã Thanh Bình": the name without the kind word, when it starts with one. */
export function bareName(name: string, kind: string, localKindName?: string | null): string {
  const words = [localKindName, UNIT_KIND_LABEL[kind as UnitKind]?.vi].filter(
    (w): w is string => !!w,
  );
  for (const w of words) {
    if (name.toLocaleLowerCase("vi").startsWith(`${w.toLocaleLowerCase("vi")} `)) {
      return name.slice(w.length + 1).trim();
    }
  }
  return name.trim();
}

export interface UnitDocumentHeader {
  header: IssuerHeader;
  /** The subject of the body's sentences: "Ủy ban nhân dân xã Thanh Bình", "Công ty May". */
  unitName: string;
}

export async function documentHeader(
  db: Db,
  loaded: LoadedUnit,
  today: string,
): Promise<UnitDocumentHeader> {
  const { unit, chain } = loaded;
  const ancestors = chain.filter((u) => u.id !== unit.id);
  if (regimeOf(unit.kind) === "commune") {
    const provinceRef = ancestors.find((u) => PROVINCE_KINDS.has(u.kind));
    const province = provinceRef ? await findUnitById(db, provinceRef.id) : undefined;
    const chair = await holderOf(db, unit.id, "peoples_committee", ["chair"], today);
    // "Xã Thanh Bình" → "xã Thanh Bình", after "Ủy ban nhân dân".
    const ofUnit = unit.full_name.charAt(0).toLocaleLowerCase("vi") + unit.full_name.slice(1);
    const local = (
      unit.local_kind_name ??
      UNIT_KIND_LABEL[unit.kind as UnitKind]?.vi ??
      "xã"
    ).toLocaleLowerCase("vi");
    return {
      unitName: `Ủy ban nhân dân ${ofUnit}`,
      header: {
        ...(province ? { issuerParent: caps(`Ủy ban nhân dân ${province.full_name}`) } : {}),
        issuer: caps(`Ủy ban nhân dân ${unit.full_name}`),
        number: null,
        place: bareName(unit.name, unit.kind, unit.local_kind_name),
        date: today,
        signer: { prefix: "TM.", body: "ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: chair ?? "" },
        recipients: [
          `Thường trực Hội đồng nhân dân ${local}`,
          `Ủy ban Mặt trận Tổ quốc Việt Nam ${local}`,
          "Các thôn, tổ dân phố",
        ],
      },
    };
  }
  // Agencies and enterprises: their own name; the agency governing them, if any, above it. The
  // place is the administrative unit where they sit (Annex I §II.4), not their own name.
  const parent = ancestors.at(-1);
  const seat = [...ancestors]
    .reverse()
    .find((u) => COMMUNE_KINDS.has(u.kind) || PROVINCE_KINDS.has(u.kind));
  const head = await holderOf(db, unit.id, "leadership", ["director", "head", "chair"], today);
  const enterprise = unit.kind === "enterprise" || unit.kind === "state_enterprise";
  return {
    unitName: unit.name,
    header: {
      ...(parent?.kind === "state_agency" ? { issuerParent: caps(parent.name) } : {}),
      issuer: caps(unit.name),
      number: null,
      place: seat ? bareName(seat.name, seat.kind) : unit.name,
      date: today,
      signer: {
        prefix: null,
        title: enterprise ? "GIÁM ĐỐC" : "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ",
        name: head ?? "",
      },
      recipients: [
        enterprise ? "Ban Chấp hành Công đoàn cơ sở" : "Ban Chấp hành Công đoàn cơ quan",
        "Các phòng, ban, bộ phận",
      ],
    },
  };
}
