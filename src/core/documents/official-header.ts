// The parts of a state administrative document around its content (NĐ 30/2020/NĐ-CP Art 8.2,
// Annex I; law2.md §8.1): issuer, number, place and date, type and abstract, signer, recipients.

/** Quốc hiệu and Tiêu ngữ (Annex I box 1). */
export const QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";

/** Party documents' header (HD 36-HD/VPTW; T58) in place of the Quốc hiệu and Tiêu ngữ. */
export const PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM";

/**
 * Signature prefixes: of NĐ 30 Art 13 for the state (T56), of HD 36 for the Party (T58); null
 * when the head signs in their own name.
 */
export type SignerPrefix = "TM." | "KT." | "TL." | "TUQ." | "Q." | "T/M" | "K/T" | "T/L";

export interface Signer {
  prefix: SignerPrefix | null;
  /** The body or position after the prefix: "ỦY BAN NHÂN DÂN" (TM.), "CHỦ TỊCH" (KT.). */
  body?: string;
  /** The signer's own position: "CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  title: string;
  /** Name only, no academic titles (Annex I box 7b). */
  name: string;
}

export interface OfficialHeader {
  /**
   * "state" (NĐ 30/2020, the default) or "party" (HD 36-HD/VPTW, T58): "ĐẢNG CỘNG SẢN VIỆT NAM"
   * instead of the Quốc hiệu, a star under the issuer, "Số 109-CV/ĐU" with a hyphen and no colon.
   */
  variant?: "state" | "party";
  /** Parent body, caps, not bold, e.g. "ỦY BAN NHÂN DÂN TỈNH …" (optional). */
  issuerParent?: string;
  /** Issuing body, caps, bold. A "\n" forces a line break. */
  issuer: string;
  /** "15/KH-UBND"; null leaves the number blank to be written by hand after signature (Art 15). */
  number: string | null;
  /** Symbol used when `number` is null ("KH-UBND"); derived from the type and issuer if absent. */
  symbol?: string;
  /** Name of the administrative unit where the issuer sits (Annex I box 4). */
  place: string;
  /** Date of issue, YYYY-MM-DD. */
  date: string;
  /** Type name in caps: "KẾ HOẠCH", "THÔNG BÁO". */
  docType: string;
  /** Abstract (trích yếu), lower case. */
  subject: string;
  signer: Signer;
  /** Recipients without the closing "Lưu" line, which is added (T56). */
  recipients: string[];
  /** Drafting unit (and copies) for "- Lưu: VT, <unit>." (T56). */
  filedWith?: string;
}

/** Header data without the type and abstract, which each generator sets itself. */
export type IssuerHeader = Omit<OfficialHeader, "docType" | "subject">;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits and checks a YYYY-MM-DD date (a real calendar day). */
export function parseIsoDate(date: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Ngày không hợp lệ (cần YYYY-MM-DD): ${date}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Ngày không có thật: ${date}`);
  }
  return { year, month, day };
}

/**
 * "Thanh Bình, ngày 05 tháng 01 năm 2026" (T54, Annex I §II.4): a leading zero for days below 10
 * and for months 1 and 2 only, so that nothing can be written before them by hand.
 */
export function placeDateLine(place: string, date: string): string {
  const { year, month, day } = parseIsoDate(date);
  const dd = day < 10 ? `0${day}` : `${day}`;
  const mm = month <= 2 ? `0${month}` : `${month}`;
  return `${place.trim()}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** dd/mm/yyyy, as tables and registers show dates. */
export function shortDate(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/** Type abbreviations of NĐ 30 Annex III §I, for the types this platform issues. */
const TYPE_ABBREVIATIONS: Record<string, string> = {
  "QUYẾT ĐỊNH": "QĐ",
  "THÔNG BÁO": "TB",
  "KẾ HOẠCH": "KH",
  "BÁO CÁO": "BC",
  "BIÊN BẢN": "BB",
  "BẢN GHI NHỚ": "BGN",
  "BẢN THỎA THUẬN": "BTT",
  "TỜ TRÌNH": "TTr",
  "CHƯƠNG TRÌNH": "CTr",
  "GIẤY MỜI": "GM",
  "NGHỊ QUYẾT": "NQ",
  "QUY CHẾ": "QC",
};

/** Annex III symbol "<type>-<issuer>", e.g. "KH-UBND"; null when the type has none. */
export function deriveSymbol(docType: string, issuer: string): string | null {
  const type = TYPE_ABBREVIATIONS[docType.trim().toLocaleUpperCase("vi")];
  if (!type) return null;
  return /^ỦY BAN NHÂN DÂN/u.test(issuer.trim().toLocaleUpperCase("vi")) ? `${type}-UBND` : type;
}

/**
 * "Số: 15/KH-UBND" (T54, Annex I box 3): "Số:" then the number with a leading zero below 10.
 * A null number leaves a gap before "/<symbol>" for hand numbering; null when there is no symbol.
 */
export function numberLine(
  h: Pick<OfficialHeader, "number" | "symbol" | "docType" | "issuer" | "variant">,
) {
  if (h.variant === "party") return partyNumberLine(h.number, h.symbol);
  if (h.number !== null) {
    const n = h.number.trim().replace(/^(\d)(?=\/)/, "0$1");
    return `Số: ${n}`;
  }
  const symbol = h.symbol ?? deriveSymbol(h.docType, h.issuer);
  return symbol === null ? null : `Số:      /${symbol}`;
}

/**
 * "Số 109-CV/ĐU" (T58): "Số", the number, a hyphen and the symbol; a null number leaves a gap
 * before "-<symbol>" for hand numbering; null when there is neither.
 */
function partyNumberLine(number: string | null, symbol: string | undefined): string | null {
  if (number !== null) return `Số ${number.trim()}`;
  return symbol ? `Số      -${symbol}` : null;
}

/** "TM. ỦY BAN NHÂN DÂN" (box 7a); null when the signer signs in their own name. */
export function authorityLine(s: Signer): string | null {
  const parts = [s.prefix, s.body?.trim()].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(" ").toLocaleUpperCase("vi") : null;
}

/**
 * The "Nơi nhận" list (T56, Annex I box 9b): each line "- …;" and the last "- Lưu: VT, <unit>.".
 * Input lines may already carry "- " or a closing ";" / ".", which are normalised. A body with no
 * clerical office (văn thư), such as a village, passes `registry` null: "- Lưu: <unit>.".
 */
export function recipientLines(
  recipients: readonly string[],
  filedWith?: string,
  registry: string | null = "VT",
): string[] {
  const clean = (r: string) =>
    r
      .trim()
      .replace(/^-\s*/, "")
      .replace(/[;.]+$/, "")
      .trim();
  const lines = recipients
    .map(clean)
    .filter((r) => r !== "" && !/^Lưu\s*:/iu.test(r))
    .map((r) => `- ${r};`);
  const unit = filedWith?.trim().replace(/[;.]+$/, "");
  const filed = [registry, unit].filter((p): p is string => !!p).join(", ");
  lines.push(filed ? `- Lưu: ${filed}.` : "- Lưu.");
  return lines;
}

/** Roman numerals for headings and quarters ("I.", "Quý IV"), up to 39. */
export function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 39) throw new RangeError(`roman: ${n}`);
  const tens = "X".repeat(Math.floor(n / 10));
  const ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][n % 10];
  return tens + ones;
}
