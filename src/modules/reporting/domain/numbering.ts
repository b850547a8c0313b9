// Document numbers and symbols (issue #6 §7) for the directives, plans, letters and reports this
// module issues.
// - T55 (NĐ 30/2020 Art 15): numbers start at 01 on 1 January and run to 31 December; a number
//   and symbol is used once per issuer and year; confidential documents have their own series.
// - State form (T54, NĐ 30 Annex I): "Số: 05/KH-UBND", "/" between number and symbol, "-" between
//   the symbol's parts. Trade unions use it too (seed 002: "63/KH-LĐLĐ").
// - Party form (T58, HD 36-HD/VPTW [S]): "Số 109-CV/ĐU", "-" between number and type, "/" before
//   the issuer, no colon after "Số" unless the issuer wants one.
// - Both write numbers below 10 with a leading zero (T54; seeds 001–002: "04-TT/TU", "05-CT/TU").

import { dateParts, formatDateVi, parseLocalDate } from "../../../core/calendar/index.ts";
import { isBlank, refuse } from "./refusal.ts";

export type Variant = "state" | "party";

/**
 * Type abbreviations: NĐ 30 Annex III for the state (a state công văn has none: its symbol is the
 * issuer and the drafting unit), HD 36 for the Party (law2.md §8.1–8.2).
 */
export const DOC_TYPES = {
  chi_thi: { vi: "Chỉ thị", state: "CT", party: "CT" },
  nghi_quyet: { vi: "Nghị quyết", state: "NQ", party: "NQ" },
  quyet_dinh: { vi: "Quyết định", state: "QĐ", party: "QĐ" },
  quy_dinh: { vi: "Quy định", state: "QyĐ", party: "QĐi" },
  ke_hoach: { vi: "Kế hoạch", state: "KH", party: "KH" },
  huong_dan: { vi: "Hướng dẫn", state: "HD", party: "HD" },
  thong_bao: { vi: "Thông báo", state: "TB", party: "TB" },
  bao_cao: { vi: "Báo cáo", state: "BC", party: "BC" },
  ket_luan: { vi: "Kết luận", state: null, party: "KL" },
  thong_tri: { vi: "Thông tri", state: null, party: "TT" },
  cong_van: { vi: "Công văn", state: null, party: "CV" },
} as const;
export type DocType = keyof typeof DOC_TYPES;

export interface DocumentNumber {
  variant: Variant;
  number: number;
  /** State: "KH-UBND", "UBND-VX"; Party: "CV/ĐU". */
  symbol: string;
  /** Only in cited legal documents: "25/2021/QĐ-TTg". The platform's own numbers have none. */
  year?: number;
}

const T54 = "T54, NĐ 30/2020/NĐ-CP Phụ lục I";
const T55 = "T55, NĐ 30/2020/NĐ-CP Điều 15";
const T58 = "T58, Hướng dẫn 36-HD/VPTW";
const GROUP = "[\\p{L}\\d]*\\p{L}[\\p{L}\\d]*";
const GROUPS = new RegExp(`^${GROUP}(?:-${GROUP})*$`, "u");
const STATE = new RegExp(`^(\\d{1,6})(?:/(\\d{4}))?/(${GROUP}(?:-${GROUP})*)$`, "u");
const PARTY = new RegExp(`^(\\d{1,6})-(\\p{L}+)/(${GROUP}(?:-${GROUP})*)$`, "u");
const EXAMPLES = "văn bản nhà nước ghi như 05/KH-UBND, văn bản của Đảng ghi như 109-CV/ĐU";

const invalid = (message: string) => refuse("invalid_number", message, "number");

function checkAbbreviation(text: string, what: string): string {
  const clean = text.normalize("NFC").trim();
  if (!GROUPS.test(clean)) {
    throw invalid(
      `${what} “${text}” chỉ gồm chữ và số, các phần nối bằng dấu “-”, không có khoảng trắng.`,
    );
  }
  return clean;
}

/** The symbol of a document: "KH-UBND", "UBND-VX" (a state công văn), "CV/ĐU" (Party). */
export function symbolOf(input: {
  variant: Variant;
  type: DocType;
  issuer: string;
  draftingUnit?: string;
}): string {
  const issuer = checkAbbreviation(input.issuer, "Chữ viết tắt tên cơ quan ban hành");
  const type = DOC_TYPES[input.type][input.variant];
  if (input.variant === "party") return `${type}/${issuer}`;
  if (type !== null) return `${type}-${issuer}`;
  if (input.type !== "cong_van") {
    throw invalid(
      `Văn bản hành chính nhà nước không có loại “${DOC_TYPES[input.type].vi}” (${T54}).`,
    );
  }
  if (input.draftingUnit === undefined) return issuer;
  return `${issuer}-${checkAbbreviation(input.draftingUnit, "Chữ viết tắt tên đơn vị soạn thảo")}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "05/KH-UBND" or "109-CV/ĐU": a leading zero below 10 (T54, T58). */
export function formatNumber(doc: DocumentNumber): string {
  if (!Number.isSafeInteger(doc.number) || doc.number < 1) {
    throw invalid(`Số văn bản phải là số nguyên từ 01 trở lên, nhận được: ${doc.number} (${T55}).`);
  }
  if (doc.variant === "party") return `${pad(doc.number)}-${doc.symbol}`;
  return doc.year === undefined
    ? `${pad(doc.number)}/${doc.symbol}`
    : `${pad(doc.number)}/${doc.year}/${doc.symbol}`;
}

/** "Số: 05/KH-UBND" (T54) or "Số 109-CV/ĐU" (T58); the colon is the issuer's choice. */
export function numberLine(doc: DocumentNumber, colon = doc.variant === "state"): string {
  return `Số${colon ? ":" : ""} ${formatNumber(doc)}`;
}

/**
 * Reads a number and symbol as documents print it: with or without "Số:", and with the stray
 * spaces of seed 003 ("Số 109 -CV/ĐU"). With `expected`, the other form is refused by name.
 */
export function parseNumber(text: string, expected?: Variant): DocumentNumber {
  if (isBlank(text)) throw invalid("Chưa nhập số, ký hiệu văn bản.");
  const clean = text
    .normalize("NFC")
    .trim()
    .replace(/^số\s*:?\s*/iu, "")
    .replace(/\s*([-/])\s*/gu, "$1");
  if (/^\/|^$/u.test(clean)) {
    throw invalid(`Văn bản chưa được đánh số: ${EXAMPLES}.`);
  }
  const state = STATE.exec(clean);
  const party = PARTY.exec(clean);
  const found: DocumentNumber | null = state
    ? {
        variant: "state",
        number: Number(state[1]),
        symbol: state[3]!,
        ...(state[2] ? { year: Number(state[2]) } : {}),
      }
    : party
      ? { variant: "party", number: Number(party[1]), symbol: `${party[2]}/${party[3]}` }
      : null;
  if (!found) throw invalid(`Số, ký hiệu “${text.trim()}” không đúng dạng: ${EXAMPLES}.`);
  if (found.number === 0) throw invalid(`Số văn bản bắt đầu từ 01, không có số 0 (${T55}).`);
  if (expected === "state" && found.variant === "party") {
    throw invalid(
      `Văn bản hành chính nhà nước ghi dấu “/” giữa số và ký hiệu (ví dụ 05/KH-UBND); dấu “-” sau số là cách ghi của văn bản của Đảng (${T54}).`,
    );
  }
  if (expected === "party" && found.variant === "state") {
    throw invalid(
      `Văn bản của Đảng ghi dấu “-” giữa số và tên loại, dấu “/” trước cơ quan ban hành (ví dụ 109-CV/ĐU) (${T58}).`,
    );
  }
  return found;
}

/** A number already given, in an issuer's register. */
export interface IssuedNumber {
  /** The issuing body's key. */
  issuer: string;
  /** "regular", "confidential" (NĐ 30 Art 15: a separate series), or one per type if the issuer
   *  numbers each type apart. */
  series: string;
  number: number;
  symbol: string;
  issuedOn: string;
}

const yearOf = (iso: string) => dateParts(parseLocalDate(iso)).year;

/**
 * T55: the number for a document issued on `issuedOn`: 1 for the first of the year, else one more
 * than the highest in the issuer's series that year (a gap left by a cancelled number stays).
 */
export function nextNumber(
  issued: readonly IssuedNumber[],
  key: Pick<IssuedNumber, "issuer" | "series" | "issuedOn">,
): number {
  const year = yearOf(key.issuedOn);
  const used = issued
    .filter(
      (i) => i.issuer === key.issuer && i.series === key.series && yearOf(i.issuedOn) === year,
    )
    .map((i) => i.number);
  return used.length === 0 ? 1 : Math.max(...used) + 1;
}

/** T55: refuses a number already used in the series, or a number and symbol used that year. */
export function checkNumberFree(issued: readonly IssuedNumber[], candidate: IssuedNumber): void {
  if (!Number.isSafeInteger(candidate.number) || candidate.number < 1) {
    throw invalid(
      `Số văn bản phải là số nguyên từ 01 trở lên, nhận được: ${candidate.number} (${T55}).`,
    );
  }
  const year = yearOf(candidate.issuedOn);
  const clash = issued.find(
    (i) =>
      i.issuer === candidate.issuer &&
      yearOf(i.issuedOn) === year &&
      i.number === candidate.number &&
      (i.series === candidate.series || i.symbol === candidate.symbol),
  );
  if (clash) {
    throw refuse(
      "duplicate_number",
      `Số ${pad(candidate.number)} năm ${year} đã cấp ngày ${formatDateVi(parseLocalDate(clash.issuedOn))} cho văn bản ký hiệu ${clash.symbol}; mỗi số chỉ cấp một lần trong năm (${T55}).`,
      "number",
    );
  }
}
