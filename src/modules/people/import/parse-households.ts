import { extname } from "node:path";
import type ExcelJS from "exceljs";
import { ImportError } from "../../../core/errors.ts";
import {
  columnIndex,
  decodeUtf8,
  detectDelimiter,
  FileFormatError,
  normaliseHeader,
  parseCsv,
} from "../../../core/import/csv.ts";
import { isValidIsoDate } from "../../../core/validation.ts";

// Reads a household register file — CSV or XLSX (first worksheet), a header row, then one row
// per MEMBER — and groups the rows into households by (village code, household code), wherever
// they sit in the file. Reading only: the rules of the register are checked by
// `importHouseholds`, so every problem of a file is reported at once with its line.

export interface MemberDraft {
  line: number;
  fullName: string;
  birthDate: string | null;
  sex: "male" | "female" | null;
  idNumber: string | null;
  relation: string;
  isRepresentative: boolean;
  /** What could not be read from this row (a date, a sex, a flag, a second address). */
  problems: string[];
}

export interface HouseholdDraft {
  /** Line of the household's first row. */
  line: number;
  villageCode: string;
  code: string;
  address: string;
  members: MemberDraft[];
}

type Cell = string | number | boolean | Date | null;
interface SheetRow {
  line: number;
  cells: Cell[];
}

export const HOUSEHOLD_COLUMNS = {
  villageCode: ["village_code", "ma_thon", "ma_to_dan_pho", "ma_thon_to_dan_pho"],
  householdCode: ["household_code", "ma_ho"],
  address: ["address", "dia_chi"],
  fullName: ["full_name", "ho_ten", "ho_va_ten"],
  birthDate: ["birth_date", "ngay_sinh"],
  sex: ["sex", "gioi_tinh"],
  idNumber: ["id_number", "so_cccd", "cccd", "so_dinh_danh", "so_dinh_danh_ca_nhan"],
  relation: ["relation", "quan_he", "quan_he_voi_chu_ho"],
  representative: ["representative", "chu_ho", "dai_dien", "nguoi_dai_dien"],
} as const;
type Field = keyof typeof HOUSEHOLD_COLUMNS;
const HEADER_SEARCH = 10;
const REQUIRED: readonly Field[] = [
  "villageCode",
  "householdCode",
  "address",
  "fullName",
  "relation",
  "representative",
];

export function parseHouseholdsCsv(text: string): HouseholdDraft[] {
  const records = parseCsv(text, detectDelimiter(text));
  return householdsFromRows(records.map((r) => ({ line: r.line, cells: r.fields })));
}

export async function parseHouseholdsXlsx(bytes: Uint8Array): Promise<HouseholdDraft[]> {
  // Loaded on first use: the library is large and only imports need it.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    // exceljs types its argument as an ArrayBuffer but reads a Node Buffer.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    throw new FileFormatError(`Không đọc được tệp Excel (.xlsx): ${(e as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new FileFormatError("Tệp Excel không có trang tính nào.");
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
    rows.push({ line, cells });
  });
  return householdsFromRows(rows);
}

/** Picks the reader by extension; old .xls and anything else are refused with a hint. */
export async function parseHouseholdsFile(
  fileName: string,
  bytes: Uint8Array,
): Promise<HouseholdDraft[]> {
  const ext = extname(fileName).toLowerCase();
  if (ext === ".csv" || ext === ".txt") return parseHouseholdsCsv(decodeUtf8(bytes));
  if (ext === ".xlsx") return parseHouseholdsXlsx(bytes);
  if (ext === ".xls") {
    throw new FileFormatError(
      "Không nhận tệp .xls (Excel 97–2003): hãy lưu lại dạng .xlsx hoặc CSV UTF-8.",
    );
  }
  throw new FileFormatError(
    `Không nhận tệp ${ext || "không có phần mở rộng"}: tệp hộ gia đình phải là CSV hoặc XLSX.`,
  );
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("formula" in v || "sharedFormula" in v) {
    const r = (v as ExcelJS.CellFormulaValue).result;
    return r === undefined || (typeof r === "object" && !(r instanceof Date)) ? null : r;
  }
  if ("hyperlink" in v) return v.text;
  if ("error" in v) return v.error;
  return null;
}

function householdsFromRows(rows: SheetRow[]): HouseholdDraft[] {
  if (rows.length === 0) {
    throw new FileFormatError("Tệp trống: cần dòng tiêu đề và ít nhất một thành viên.");
  }
  // Printed registers often start with a title ("SỔ HỘ GIA ĐÌNH THÔN ĐÔNG") above the header:
  // the header is the first of the first rows that names every required column.
  const headers = rows
    .slice(0, HEADER_SEARCH)
    .map((r) => columnIndex(r.cells.map(text), HOUSEHOLD_COLUMNS));
  const at = Math.max(
    0,
    headers.findIndex((c) => REQUIRED.every((f) => c[f] !== undefined)),
  );
  const header = rows[at]!;
  const body = rows.slice(at + 1);
  const col = headers[at]!;
  const missing = REQUIRED.filter((f) => col[f] === undefined).map((f) => HOUSEHOLD_COLUMNS[f][0]);
  if (missing.length > 0) {
    throw new ImportError([
      {
        line: header.line,
        message: `Thiếu cột ${missing.join(", ")} ở dòng tiêu đề (có thể dùng tên tiếng Việt: ${missing
          .map((m) => HOUSEHOLD_COLUMNS[fieldOf(m)][1])
          .join(", ")}).`,
      },
    ]);
  }
  const households = new Map<string, HouseholdDraft>();
  for (const row of body) {
    const cell = (f: Field): Cell => {
      const at = col[f];
      return at === undefined ? null : (row.cells[at] ?? null);
    };
    if (row.cells.every((c) => text(c) === "")) continue;
    const problems: string[] = [];
    const villageCode = text(cell("villageCode"));
    const code = text(cell("householdCode"));
    const address = text(cell("address")).replace(/\s+/g, " ");
    const member: MemberDraft = {
      line: row.line,
      fullName: text(cell("fullName")).replace(/\s+/g, " "),
      birthDate: readDate(cell("birthDate"), problems),
      sex: readSex(cell("sex"), problems),
      idNumber: readIdNumber(cell("idNumber"), problems),
      relation: text(cell("relation")),
      isRepresentative: readFlag(cell("representative"), problems),
      problems,
    };
    // Without both codes a row cannot be placed in a household: it stands alone and the
    // command names what is missing.
    const key = villageCode && code ? `${villageCode}\u0000${code}` : `\u0001${row.line}`;
    const household = households.get(key);
    if (!household) {
      households.set(key, { line: row.line, villageCode, code, address, members: [member] });
      continue;
    }
    if (address && household.address && address !== household.address) {
      problems.push(`Địa chỉ khác với dòng ${household.line} của cùng hộ ${code}.`);
    }
    household.address ||= address;
    household.members.push(member);
  }
  return [...households.values()];
}

const fieldOf = (name: string) =>
  (Object.keys(HOUSEHOLD_COLUMNS) as Field[]).find((f) => HOUSEHOLD_COLUMNS[f][0] === name)!;

function text(c: Cell): string {
  if (c === null) return "";
  if (c instanceof Date) return isoOf(c);
  return String(c).normalize("NFC").trim();
}

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** YYYY-MM-DD, DD/MM/YYYY (also with - or .), an Excel date cell or an Excel serial number. */
function readDate(c: Cell, problems: string[]): string | null {
  if (c === null || c === "") return null;
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? bad(problems, String(c)) : isoOf(c);
  // An Excel serial day number (days since 1899-12-30) from a cell not formatted as a date.
  if (typeof c === "number")
    return isoOf(new Date(Date.UTC(1899, 11, 30) + Math.round(c) * 86_400_000));
  const s = text(c);
  if (s === "") return null;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : s;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return bad(problems, s);
  if (!isValidIsoDate(iso)) {
    problems.push(`Ngày sinh “${s}” không phải là ngày có thật.`);
    return null;
  }
  return iso;
}

function bad(problems: string[], s: string): null {
  problems.push(
    `Ngày sinh “${s}” không đọc được: dùng dạng ngày/tháng/năm (31/12/1980) hoặc 1980-12-31.`,
  );
  return null;
}

const SEXES: Record<string, "male" | "female"> = {
  nam: "male",
  male: "male",
  m: "male",
  nu: "female",
  female: "female",
  f: "female",
};

function readSex(c: Cell, problems: string[]): "male" | "female" | null {
  const s = text(c);
  if (s === "") return null;
  const sex = SEXES[normaliseHeader(s)];
  if (!sex) problems.push(`Giới tính “${s}” không hợp lệ: ghi Nam hoặc Nữ.`);
  return sex ?? null;
}

const YES = new Set(["x", "1", "co", "true", "yes", "y", "v", "chu_ho"]);
const NO = new Set(["", "0", "khong", "false", "no", "n"]);

function readFlag(c: Cell, problems: string[]): boolean {
  if (typeof c === "boolean") return c;
  const s = text(c);
  const folded = s === "✓" || s === "✔" ? "x" : normaliseHeader(s);
  if (YES.has(folded)) return true;
  if (!NO.has(folded))
    problems.push(
      `Cột chủ hộ “${s}” không hiểu được: đánh x (hoặc 1, có) ở chủ hộ, để trống ở người khác.`,
    );
  return false;
}

function readIdNumber(c: Cell, problems: string[]): string | null {
  if (typeof c === "number") {
    const digits = String(c);
    // Excel turns 001090012345 into the number 1090012345: the leading zeros are gone.
    if (digits.length < 12) {
      problems.push(
        "Số CCCD bị Excel lưu thành số nên mất chữ số 0 ở đầu: định dạng cột Số CCCD là Văn bản (Text) rồi nhập lại.",
      );
    }
    return digits;
  }
  return text(c) || null;
}
