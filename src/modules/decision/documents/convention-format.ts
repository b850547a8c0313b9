// Wording shared by the village-convention documents (NĐ 61/2023/NĐ-CP): the convention's name,
// UBND xã's header and signature (NĐ 30/2020 Annex I, T54, T56), the legal bases, and the checks
// that refuse a paper which would state something false.

import { type OfficialHeader, parseIsoDate, shortDate } from "../../../core/documents/index.ts";
import type { Finding } from "../domain/types.ts";
import type { CommuneIssuer, ConventionRef } from "./convention-types.ts";
import { inSentence } from "./format.ts";

export const ND61 = "Nghị định số 61/2023/NĐ-CP";

/** The bases every UBND xã decision on a convention starts from (NĐ 30 Mẫu 1.2). */
export const COMMUNE_BASES = [
  "Căn cứ Luật Tổ chức chính quyền địa phương",
  "Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15",
  `Căn cứ ${ND61} của Chính phủ về xây dựng và thực hiện hương ước, quy ước của cộng đồng dân cư`,
];

/** NĐ 61/2023 Art 11: the commune's civil servant for culture and society advises UBND xã. */
export const ADVISER = "công chức Văn hóa - Xã hội";

/** The drafting unit after "- Lưu: VT," (T56): the culture and society desk. */
const FILED_WITH = "VHXH";

/**
 * The convention's name as printed: its title when it already says "Hương ước …" or "Quy ước …",
 * else the kind before it; then the village when the title does not name it
 * ("Hương ước về nếp sống văn minh của thôn Đông").
 */
export function conventionName(c: ConventionRef): string {
  const title = c.title.trim().replace(/\s+/g, " ");
  if (title === "") throw new RangeError("Hương ước, quy ước phải có tên");
  const kind = c.kind.charAt(0).toLocaleUpperCase("vi") + c.kind.slice(1);
  const named = /^(hương ước|quy ước)/iu.test(title) ? title : `${kind} ${title}`;
  const village = inSentence(c.community.name);
  return named.toLocaleLowerCase("vi").includes(village.toLocaleLowerCase("vi"))
    ? named
    : `${named} của ${village}`;
}

/** A real calendar day, or a RangeError naming the field. */
export function assertDay(day: string, label: string): void {
  try {
    parseIsoDate(day);
  } catch (err) {
    if (err instanceof RangeError) throw new RangeError(`${label}: ${err.message}`);
    throw err;
  }
}

/** `later` is not before `earlier` (both already checked as days). */
export function assertOrder(
  earlier: { day: string; label: string },
  later: { day: string; label: string },
): void {
  assertDay(earlier.day, earlier.label);
  assertDay(later.day, later.label);
  if (later.day < earlier.day) {
    throw new RangeError(
      `${later.label} (${shortDate(later.day)}) không được trước ${earlier.label.toLocaleLowerCase("vi")} (${shortDate(earlier.day)})`,
    );
  }
}

/** The rules' own findings, as the generator's refusal. */
export function refuseFindings(findings: readonly (Finding | null)[]): void {
  const problems = findings.filter((f): f is Finding => f !== null);
  if (problems.length > 0) throw new RangeError(problems.map((f) => f.message).join(" "));
}

/** A reason in writing: at least a short sentence (R71, R72). */
export function assertReason(reason: string, what: string): string {
  const text = reason.trim();
  if (text.length < 10) throw new RangeError(`${what} phải nêu rõ lý do bằng văn bản`);
  return text;
}

/** "Ủy ban nhân dân xã Thanh Bình", inside a sentence. */
export const committeeOf = (c: ConventionRef) =>
  `Ủy ban nhân dân ${inSentence(c.community.commune)}`;

/** "Quyết định số 15/QĐ-UBND ngày 17/03/2026" or "Quyết định ngày 17/03/2026". */
export const decisionRef = (number: string | null, on: string) =>
  `Quyết định ${number?.trim() ? `số ${number.trim()} ` : ""}ngày ${shortDate(on)}`;

/**
 * UBND xã's header (T54): the province above, not bold; the commune's Ủy ban in bold; the date
 * line at the commune. Signed TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH (T56, a collegial body); filed
 * "- Lưu: VT, VHXH.".
 */
export function communeHeader(
  c: ConventionRef,
  issuer: CommuneIssuer,
  h: { number: string | null; on: string; docType: string; subject: string; recipients: string[] },
): OfficialHeader {
  const caps = (s: string) => s.toLocaleUpperCase("vi");
  return {
    ...(issuer.province?.trim()
      ? { issuerParent: caps(`Ủy ban nhân dân ${issuer.province.trim()}`) }
      : {}),
    issuer: caps(`Ủy ban nhân dân ${c.community.commune}`),
    number: h.number?.trim() ? h.number.trim() : null,
    place: c.community.place,
    date: h.on,
    docType: h.docType,
    subject: h.subject,
    signer: { prefix: "TM.", body: "ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: issuer.chair },
    recipients: h.recipients,
    filedWith: FILED_WITH,
  };
}
