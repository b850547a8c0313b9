// UBND xã's papers on a village convention (NĐ 61/2023/NĐ-CP), as decisions in the layout of
// NĐ 30/2020 Mẫu 1.2 (law2.md §8.1, T53–T56): Mẫu 03, the recognition (Art 11); the written
// refusal with its reasons (Art 11); Mẫu 04, the suspension in whole or part (Art 12); Mẫu 05,
// the annulment in whole or part (Art 14). Each is signed TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH.

import { type Block, officialDocx, shortDate } from "../../../core/documents/index.ts";
import { GROUND_EXTENT, resolutionProblems } from "../commands/convention-rules.ts";
import { conventionSignatureProblems } from "../domain/decision-record.ts";
import {
  ADVISER,
  assertDay,
  assertOrder,
  assertReason,
  COMMUNE_BASES,
  committeeOf,
  communeHeader,
  conventionName,
  decisionRef,
  ND61,
  refuseFindings,
} from "./convention-format.ts";
import type {
  ComplaintOrigin,
  ComplaintRef,
  ConventionAnnulment,
  ConventionRecognition,
  ConventionRef,
  ConventionRefusal,
  ConventionSuspension,
  RecognitionRef,
} from "./convention-types.ts";
import { headTitle, inSentence, para, paragraphsOf } from "./format.ts";

/** Art 12.2: a written complaint, or a finding of the yearly review or of supervision. */
const ORIGIN: Record<ComplaintOrigin, string> = {
  head: "Xét kiến nghị bằng văn bản của {head} nhận ngày {day}",
  household: "Xét kiến nghị bằng văn bản của hộ gia đình nhận ngày {day}",
  resident: "Xét kiến nghị bằng văn bản của công dân nhận ngày {day}",
  review: "Xét kết quả đánh giá, rà soát việc thực hiện {name} ngày {day}",
  supervision: "Xét kết quả kiểm tra, giám sát việc thực hiện {name} ngày {day}",
};

/** The grounds of Art 12.1 and 14.1–14.2 in the decree's own terms. */
const GROUND_TEXT: Record<ConventionSuspension["ground"] | ConventionAnnulment["ground"], string> =
  {
    procedure: `vi phạm trình tự soạn thảo, lấy ý kiến, thông qua hương ước, quy ước (khoản 1 Điều 12 ${ND61})`,
    content: `có nội dung trái với mục đích, nguyên tắc xây dựng và thực hiện hương ước, quy ước (Điều 3, Điều 4) hoặc gây hậu quả nghiêm trọng (khoản 1 Điều 12 ${ND61})`,
    unlawful_content: `có nội dung trái pháp luật, gây hậu quả nghiêm trọng (khoản 1 Điều 14 ${ND61})`,
    suspension_expired: `đã hết thời hạn tạm ngưng thực hiện toàn bộ mà chưa được thực hiện lại (khoản 1 Điều 14 ${ND61})`,
    ratio_not_met: `không đạt tỷ lệ biểu quyết thông qua quy định tại Điều 10 ${ND61} (khoản 1 Điều 14)`,
    part_suspension_expired: `đã hết thời hạn tạm ngưng thực hiện một phần mà phần bị tạm ngưng chưa được sửa đổi, bổ sung (khoản 2 Điều 14 ${ND61})`,
  };

const authority = (c: ConventionRef): Block => ({
  kind: "heading",
  text: committeeOf(c)
    .replace(/^Ủy ban nhân dân/u, "ỦY BAN NHÂN DÂN")
    .toLocaleUpperCase("vi"),
});
const DECIDES: Block = { kind: "heading", text: "QUYẾT ĐỊNH:" };

/** "Trưởng thôn Đông", "Tổ trưởng tổ dân phố số 3": the head by the village's name. */
function headOf(c: ConventionRef): string {
  const village = inSentence(c.community.name);
  const bare = village.replace(/^(thôn|tổ dân phố)\s+/u, "");
  return `${headTitle(c.community)} ${bare}`;
}

/** The commune's office and adviser, the head, the Ban công tác Mặt trận and the households. */
function executors(c: ConventionRef): string {
  const village = inSentence(c.community.name);
  return `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${inSentence(c.community.commune)}, ${ADVISER}, ${headOf(c)}, Ban công tác Mặt trận và các hộ gia đình ${village}`;
}

/** Sent to those who carry it out ("Như Điều N") and to UBMTTQ xã (Art 12.2, 14.3). */
const recipients = (c: ConventionRef, article: number) => [
  `Như Điều ${article}`,
  `Ủy ban Mặt trận Tổ quốc Việt Nam ${inSentence(c.community.commune)}`,
];

function originLine(c: ConventionRef, k: ComplaintRef): string {
  return ORIGIN[k.origin]
    .replace("{head}", headOf(c))
    .replace("{name}", conventionName(c))
    .replace("{day}", shortDate(k.receivedOn));
}

/** Adopted, then the dossier received, then UBND xã's answer (R71, NĐ 61/2023 Art 11). */
function assertDossierOrder(
  d: { adoptedOn: string; submittedOn: string; on: string },
  answerLabel: string,
) {
  assertOrder(
    { day: d.adoptedOn, label: "Ngày thông qua" },
    { day: d.submittedOn, label: "Ngày nhận hồ sơ" },
  );
  assertOrder({ day: d.submittedOn, label: "Ngày nhận hồ sơ" }, { day: d.on, label: answerLabel });
}

/**
 * Mẫu 03 (R71, NĐ 61/2023 Art 11): UBND xã recognises the convention adopted on `adoptedOn`,
 * within 05 working days of the complete dossier. The attached text bears the four signatures and
 * UBND xã's seal across its pages (R67, Art 6.1); it is in force from the day of the decision
 * (Art 11.5) and replaces the convention it amends (Art 12.3, 13). Refuses a decision dated before
 * the dossier, or a text without its signatures or seal.
 */
export async function conventionRecognitionDocx(d: ConventionRecognition): Promise<Buffer> {
  assertDossierOrder(d, "Ngày quyết định");
  refuseFindings(
    conventionSignatureProblems({
      head: d.signatures.head,
      frontHead: d.signatures.frontHead,
      householdReps: d.signatures.householdReps,
      recognised: true,
      sealAcrossPages: d.sealAcrossPages,
    }),
  );
  if (d.amends) assertDay(d.amends.recognisedOn, "Ngày công nhận hương ước, quy ước được sửa đổi");
  const c = d.convention;
  const name = conventionName(c);
  const s = d.signatures;
  const content: Block[] = [
    authority(c),
    {
      kind: "basis",
      lines: [
        ...COMMUNE_BASES,
        `Xét Tờ trình đề nghị công nhận ${name} của ${headOf(c)} và hồ sơ kèm theo, nhận đủ ngày ${shortDate(d.submittedOn)}`,
        `Theo đề nghị của ${ADVISER}`,
      ],
    },
    DECIDES,
    para(
      `Điều 1. Công nhận ${name}, ${inSentence(c.community.commune)}, được cộng đồng dân cư ${inSentence(c.community.name)} thông qua ngày ${shortDate(d.adoptedOn)} (có văn bản kèm theo).`,
    ),
    para(
      `Văn bản kèm theo có chữ ký của ${headTitle(c.community)} ${s.head.trim()}, Trưởng ban công tác Mặt trận ${s.frontHead.trim()}, đại diện hộ gia đình ${s.householdReps[0].trim()} và ${s.householdReps[1].trim()}, được đóng dấu giáp lai của ${committeeOf(c)} (khoản 1 Điều 6 ${ND61}).`,
    ),
    para(
      `Điều 2. ${name} có hiệu lực kể từ ngày ký Quyết định này (khoản 5 Điều 11 ${ND61}).${d.amends ? ` ${name} sửa đổi, bổ sung và thay thế ${d.amends.name} đã được công nhận tại ${decisionRef(d.amends.number, d.amends.recognisedOn)}.` : ""}`,
    ),
    para(
      `${headOf(c)} có trách nhiệm niêm yết công khai ${name} tại nhà văn hóa hoặc điểm sinh hoạt cộng đồng, phổ biến bằng ít nhất một hình thức khác (khoản 1, khoản 2 Điều 15) và tổ chức đánh giá việc thực hiện hằng năm (khoản 4 Điều 15).`,
    ),
    para(`Điều 3. ${executors(c)} chịu trách nhiệm thi hành Quyết định này.`),
  ];
  return officialDocx(
    communeHeader(c, d.issuer, {
      number: d.number,
      on: d.on,
      docType: "QUYẾT ĐỊNH",
      subject: `Về việc công nhận ${name}`,
      recipients: recipients(c, 3),
    }),
    content,
  );
}

/**
 * The written refusal (R71, NĐ 61/2023 Art 11): UBND xã does not recognise the convention and
 * says why. A thông báo of UBND xã; the convention is not in force (Art 11.5). Refuses a refusal
 * without reasons or dated before the dossier.
 */
export async function conventionRefusalDocx(d: ConventionRefusal): Promise<Buffer> {
  assertDossierOrder(d, "Ngày trả lời");
  const reason = assertReason(d.reason, "Văn bản không công nhận (R71, NĐ 61/2023 Điều 11)");
  const c = d.convention;
  const name = conventionName(c);
  const committee = committeeOf(c);
  const content: Block[] = [
    para(
      `Ngày ${shortDate(d.submittedOn)}, ${committee} nhận được hồ sơ đề nghị công nhận ${name} của ${headOf(c)}; ${name} được cộng đồng dân cư ${inSentence(c.community.name)} thông qua ngày ${shortDate(d.adoptedOn)}.`,
    ),
    para(`Căn cứ Điều 11 ${ND61}, ${committee} không công nhận ${name} vì các lý do sau:`),
    ...paragraphsOf(reason).map(para),
    para(
      `${name} không có hiệu lực thi hành (khoản 5 Điều 11 ${ND61}). Cộng đồng dân cư có thể hoàn thiện và thông qua lại theo trình tự quy định tại các Điều 7, 8, 9 và 10 ${ND61}.`,
    ),
  ];
  const village = inSentence(c.community.name);
  return officialDocx(
    communeHeader(c, d.issuer, {
      number: d.number,
      on: d.on,
      docType: "THÔNG BÁO",
      subject: `Về việc không công nhận ${name}`,
      recipients: [
        headOf(c),
        `Ban công tác Mặt trận ${village}`,
        `Ủy ban Mặt trận Tổ quốc Việt Nam ${inSentence(c.community.commune)}`,
      ],
    }),
    content,
  );
}

/** The checks a suspension or annulment shares: days in order, and the R72 rule's findings. */
function checkResolution(
  d: { on: string; recognition: RecognitionRef; complaint: ComplaintRef },
  problems: Parameters<typeof resolutionProblems>[0],
): void {
  assertOrder(
    { day: d.recognition.on, label: "Ngày công nhận" },
    { day: d.complaint.receivedOn, label: "Ngày nhận kiến nghị" },
  );
  assertOrder(
    { day: d.complaint.receivedOn, label: "Ngày nhận kiến nghị" },
    { day: d.on, label: "Ngày quyết định" },
  );
  refuseFindings(resolutionProblems(problems));
}

/** The bases of a decision on a recognised convention: the recognition, then the complaint. */
function resolutionBases(
  c: ConventionRef,
  d: { recognition: RecognitionRef; complaint: ComplaintRef },
) {
  return [
    ...COMMUNE_BASES,
    `Căn cứ ${decisionRef(d.recognition.number, d.recognition.on)} của ${committeeOf(c)} về việc công nhận ${conventionName(c)}`,
    originLine(c, d.complaint),
    `Theo đề nghị của ${ADVISER}`,
  ];
}

/** "toàn bộ Hương ước …" or "Điều 2 của Hương ước …". */
function scope(c: ConventionRef, whole: boolean, partText: string | null): string {
  return whole
    ? `toàn bộ ${conventionName(c)}`
    : `${(partText ?? "").trim()} của ${conventionName(c)}`;
}

/**
 * Mẫu 04 (R72, NĐ 61/2023 Art 12): within 03 working days of a complaint or finding, UBND xã
 * suspends the whole convention for a breach of the drafting, consultation or adoption procedure,
 * or the part whose content is against Art 3–4 or seriously harmful; with its reasons and a last
 * day to redo or amend it. In force on signing; it ends when the corrected convention is
 * recognised (Art 12.3). Sent to the head and UBMTTQ xã.
 */
export async function conventionSuspensionDocx(d: ConventionSuspension): Promise<Buffer> {
  assertDay(d.amendBy, "Thời hạn thực hiện lại, sửa đổi");
  checkResolution(d, {
    action: "suspended",
    ground: d.ground,
    on: d.on,
    amendBy: d.amendBy,
    reason: d.reason,
    partText: d.partText,
    suspensions: [],
  });
  const c = d.convention;
  const whole = GROUND_EXTENT[d.ground] === "whole";
  const name = conventionName(c);
  const todo = whole
    ? `tổ chức thực hiện lại việc soạn thảo, lấy ý kiến, thông qua ${name} theo các Điều 7, 8, 9 và 10 ${ND61}`
    : `tổ chức sửa đổi, bổ sung ${scope(c, false, d.partText)} theo Điều 13 ${ND61}`;
  const content: Block[] = [
    authority(c),
    { kind: "basis", lines: resolutionBases(c, d) },
    DECIDES,
    para(
      `Điều 1. Tạm ngưng thực hiện ${scope(c, whole, d.partText)}, được công nhận tại ${decisionRef(d.recognition.number, d.recognition.on)} của ${committeeOf(c)}.`,
    ),
    para(`Lý do: ${GROUND_TEXT[d.ground]}.`),
    ...paragraphsOf(d.reason).map(para),
    para(
      `Điều 2. ${headOf(c)} phối hợp với Trưởng ban công tác Mặt trận ${todo}, chậm nhất ngày ${shortDate(d.amendBy)}. Quá thời hạn này mà chưa thực hiện xong thì ${committeeOf(c)} xem xét bãi bỏ (Điều 14 ${ND61}).`,
    ),
    para(
      `Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Việc tạm ngưng chấm dứt khi ${name} đã được thực hiện lại hoặc sửa đổi, bổ sung được ${committeeOf(c)} công nhận (khoản 3 Điều 12 ${ND61}).`,
    ),
    para(`Điều 4. ${executors(c)} chịu trách nhiệm thi hành Quyết định này.`),
  ];
  return officialDocx(
    communeHeader(c, d.issuer, {
      number: d.number,
      on: d.on,
      docType: "QUYẾT ĐỊNH",
      subject: `Về việc tạm ngưng thực hiện ${whole ? "toàn bộ" : "một phần"} ${name}`,
      recipients: recipients(c, 4),
    }),
    content,
  );
}

/**
 * Mẫu 05 (R72, NĐ 61/2023 Art 14): within 05 working days of a complaint or finding, UBND xã
 * annuls the whole convention (unlawful or harmful content, a whole suspension expired without
 * the convention being redone, the Art 10 ratio not met) or a part of it (a partial suspension
 * expired without amendment). An "expired" ground needs the suspension and its passed deadline.
 * Sent to the head and UBMTTQ xã.
 */
export async function conventionAnnulmentDocx(d: ConventionAnnulment): Promise<Buffer> {
  const whole = GROUND_EXTENT[d.ground] === "whole";
  const expired = d.ground === "suspension_expired" || d.ground === "part_suspension_expired";
  if (d.suspension) {
    assertDay(d.suspension.on, "Ngày quyết định tạm ngưng");
    assertDay(d.suspension.amendBy, "Thời hạn của quyết định tạm ngưng");
  }
  checkResolution(d, {
    action: "annulled",
    ground: d.ground,
    on: d.on,
    amendBy: null,
    reason: d.reason,
    partText: d.partText,
    suspensions: d.suspension
      ? [{ extent: GROUND_EXTENT[d.ground], amendBy: d.suspension.amendBy, liftedOn: null }]
      : [],
  });
  const c = d.convention;
  const name = conventionName(c);
  const suspended =
    expired && d.suspension
      ? [
          para(
            `${committeeOf(c)} đã tạm ngưng thực hiện ${scope(c, whole, d.partText)} tại ${decisionRef(null, d.suspension.on)}, thời hạn thực hiện lại, sửa đổi đến ngày ${shortDate(d.suspension.amendBy)}.`,
          ),
        ]
      : [];
  const content: Block[] = [
    authority(c),
    { kind: "basis", lines: resolutionBases(c, d) },
    DECIDES,
    para(
      `Điều 1. Bãi bỏ ${scope(c, whole, d.partText)}, được công nhận tại ${decisionRef(d.recognition.number, d.recognition.on)} của ${committeeOf(c)}.`,
    ),
    para(`Lý do: ${GROUND_TEXT[d.ground]}.`),
    ...suspended,
    ...paragraphsOf(d.reason).map(para),
    para(
      `Điều 2. Quyết định này có hiệu lực kể từ ngày ký. ${whole ? name : scope(c, false, d.partText)} hết hiệu lực kể từ ngày Quyết định này có hiệu lực.`,
    ),
    para(`Điều 3. ${executors(c)} chịu trách nhiệm thi hành Quyết định này.`),
  ];
  return officialDocx(
    communeHeader(c, d.issuer, {
      number: d.number,
      on: d.on,
      docType: "QUYẾT ĐỊNH",
      subject: `Về việc bãi bỏ ${whole ? "toàn bộ" : "một phần"} ${name}`,
      recipients: recipients(c, 3),
    }),
    content,
  );
}
