import { extname } from "node:path";
import { ImportError, type RowError } from "../../../core/errors.ts";
import {
  columnIndex,
  decodeUtf8,
  detectDelimiter,
  FileFormatError,
  normaliseHeader,
  parseCsv,
} from "../../../core/import/csv.ts";
import { UNIT_KIND_LABEL, UNIT_KINDS, type UnitKind } from "../domain/unit-kinds.ts";

// Reads a units file into rows for `importUnits`: the JSON shape of the national list
// (../shared/data/vn-admin-units: provinces, each with its `Wards`) or a CSV
// `code,name,kind,parent_code[,full_name,name_en,local_kind_name]`. Parsing only reads; every
// rule (codes, lengths, parents, duplicates) is checked by the command, so all problems of a file
// are reported together.

/** A CSV line number, or a JSON locator such as `[3].Wards[12]` (0-based indexes). */
export type RowLocator = number | string;

export interface UnitImportRow {
  line: RowLocator;
  code: string;
  name: string;
  fullName: string | null;
  nameEn: string | null;
  /** A `UnitKind` when recognised; otherwise the text as written, refused by the command. */
  kind: string;
  localKindName: string | null;
  parentCode: string | null;
  /** What could not be read from this row (wrong types, wrong column count). */
  problems: string[];
}

/** A row error; for a JSON item `line` is its position and `at` names it. */
export type LocatedRowError = RowError;

export const locatorLabel = (at: RowLocator) =>
  typeof at === "number" ? `dòng ${at}` : `mục ${at}`;

const fold = (s: string) => normaliseHeader(s).replace(/_/g, " ");

// Local names of villages and residential groups (thôn, ấp, bản, tổ dân phố…) are kept as
// written: the full name and the pages use them.
const LOCAL_WORDS: [string, UnitKind][] = [
  ["Thôn", "village"],
  ["Ấp", "village"],
  ["Bản", "village"],
  ["Làng", "village"],
  ["Xóm", "village"],
  ["Buôn", "village"],
  ["Sóc", "village"],
  ["Plei", "village"],
  ["Tổ dân phố", "residential_group"],
  ["Khu phố", "residential_group"],
  ["Khóm", "residential_group"],
];

const KIND_BY_WORD = new Map<string, { kind: UnitKind; localKindName: string | null }>([
  ...UNIT_KINDS.map((k) => [fold(k), { kind: k, localKindName: null }] as const),
  ...UNIT_KINDS.map(
    (k) => [fold(UNIT_KIND_LABEL[k].vi), { kind: k, localKindName: null }] as const,
  ),
  ["thanh pho", { kind: "central_city", localKindName: null }],
  ...LOCAL_WORDS.map(([w, k]) => [fold(w), { kind: k, localKindName: w }] as const),
]);

/** "Tỉnh" → province, "Đặc khu" → special_zone, "Bản" → village (local name "Bản"), "ward" → ward. */
export function resolveKind(text: string): { kind: UnitKind; localKindName: string | null } | null {
  return KIND_BY_WORD.get(fold(text)) ?? null;
}

const clean = (s: string) => s.normalize("NFC").trim();

export function parseUnitsJson(text: string): UnitImportRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new FileFormatError(`Tệp JSON không hợp lệ: ${(e as Error).message}`);
  }
  if (!Array.isArray(data)) {
    throw new FileFormatError(
      "Tệp JSON phải là một mảng các tỉnh, thành phố (như bộ vn-admin-units).",
    );
  }
  const rows: UnitImportRow[] = [];
  data.forEach((province: unknown, i) => {
    const row = jsonRow(province, `[${i}]`, null);
    rows.push(row);
    const wards = isObject(province) ? province.Wards : undefined;
    if (wards === undefined || wards === null) return;
    if (!Array.isArray(wards)) {
      row.problems.push("Wards phải là một mảng các xã, phường, đặc khu.");
      return;
    }
    wards.forEach((ward: unknown, j) => {
      const ok = isObject(province) && typeof province.Code === "string";
      // A province code already reported as wrong is not reported again on each ward.
      rows.push(jsonRow(ward, `[${i}].Wards[${j}]`, row.code, ok));
    });
  });
  return rows;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function jsonRow(
  item: unknown,
  at: string,
  provinceCode: string | null,
  checkProvince = true,
): UnitImportRow {
  const problems: string[] = [];
  const row: UnitImportRow = {
    line: at,
    code: "",
    name: "",
    fullName: null,
    nameEn: null,
    kind: "",
    localKindName: null,
    parentCode: provinceCode,
    problems,
  };
  if (!isObject(item)) {
    problems.push("Mục phải là một đối tượng JSON có Code, Name, AdministrativeUnitShortName.");
    return row;
  }
  const text = (key: string): string | null => {
    const v = item[key];
    if (v === undefined || v === null) return null;
    if (typeof v === "string") return clean(v);
    if (typeof v === "number" && key.endsWith("Code")) {
      problems.push(
        `${key} phải là chuỗi ký tự (ví dụ "01"), không phải số: số 0 ở đầu mã sẽ bị mất.`,
      );
    } else {
      problems.push(`${key} phải là chuỗi ký tự.`);
    }
    return String(v);
  };
  row.code = text("Code") ?? "";
  row.name = text("Name") ?? "";
  row.fullName = text("FullName") || null;
  row.nameEn = text("NameEn") || null;
  const kindText = text("AdministrativeUnitShortName") ?? "";
  const kind = resolveKind(kindText);
  row.kind = kind?.kind ?? kindText;
  if (provinceCode !== null) {
    const declared = text("ProvinceCode");
    if (checkProvince && declared && declared !== provinceCode) {
      problems.push(`ProvinceCode “${declared}” khác mã “${provinceCode}” của tỉnh chứa mục này.`);
    }
  }
  return row;
}

const CSV_COLUMNS = {
  code: ["code", "ma", "ma_don_vi"],
  name: ["name", "ten", "ten_don_vi"],
  kind: ["kind", "loai", "loai_don_vi"],
  parentCode: ["parent_code", "ma_cap_tren", "ma_don_vi_cap_tren"],
  fullName: ["full_name", "ten_day_du"],
  nameEn: ["name_en", "ten_tieng_anh"],
  localKindName: ["local_kind_name", "ten_goi_dia_phuong"],
} as const;

export function parseUnitsCsv(text: string): UnitImportRow[] {
  const records = parseCsv(text, detectDelimiter(text));
  const [header, ...body] = records;
  if (!header) throw new FileFormatError("Tệp CSV trống.");
  const col = columnIndex(header.fields, CSV_COLUMNS);
  const missing = (["code", "name", "kind"] as const).filter((f) => col[f] === undefined);
  if (missing.length > 0) {
    throw new ImportError([
      {
        line: header.line,
        message: `Thiếu cột ${missing.join(", ")}: dòng đầu phải là tiêu đề code,name,kind,parent_code.`,
      },
    ]);
  }
  return body.map((r) => {
    const get = (f: keyof typeof CSV_COLUMNS) => {
      const at = col[f];
      return at === undefined ? "" : clean(r.fields[at] ?? "");
    };
    const problems: string[] = [];
    if (r.fields.length !== header.fields.length) {
      problems.push(`Dòng có ${r.fields.length} cột, dòng tiêu đề có ${header.fields.length} cột.`);
    }
    const kindText = get("kind");
    const kind = resolveKind(kindText);
    return {
      line: r.line,
      code: get("code"),
      name: get("name"),
      fullName: get("fullName") || null,
      nameEn: get("nameEn") || null,
      kind: kind?.kind ?? kindText,
      localKindName: get("localKindName") || kind?.localKindName || null,
      parentCode: get("parentCode") || null,
      problems,
    };
  });
}

/** Picks the reader by extension (.json, .csv), or by the first character when there is none. */
export function parseUnitsFile(fileName: string, bytes: Uint8Array): UnitImportRow[] {
  const ext = extname(fileName).toLowerCase();
  if (![".json", ".csv", ".txt", ""].includes(ext)) {
    throw new FileFormatError(`Không nhận tệp ${ext}: tệp đơn vị phải là JSON hoặc CSV (UTF-8).`);
  }
  const text = decodeUtf8(bytes);
  if (ext === ".json" || (ext === "" && /^\uFEFF?\s*\[/.test(text))) return parseUnitsJson(text);
  return parseUnitsCsv(text);
}
