// What the answers must contain and how they are made public: complaint decisions (T23), the
// dialogue before them (T24, T25), the denunciation acceptance decision (T32) and conclusion
// (Art 35.2), publication of the conclusion without the denouncer (T35), and the published result
// of a PAKN (T13). law2.md §1.4–1.5, §2.7–2.8, §3.3, §3.7.

import { type Calendar, daysBetween, parseLocalDate } from "../../../core/calendar/index.ts";
import { type Finding, finding, fold, isBlank, LAW, REFORM_DAY, vnDate } from "./cite.ts";
import { deadlineOf, latestBefore, limitInForce } from "./clocks.ts";

export type DocumentKind =
  | "complaint_first_decision"
  | "complaint_second_decision"
  | "denunciation_acceptance"
  | "denunciation_conclusion";

export interface ContentItem {
  key: string;
  /** The point of the article: "a", "đ", "i (thứ hai)". */
  point: string;
  vi: string;
  /** "if_dialogue": only when a dialogue was held; "if_compensation": only when damage is at
   *  issue (the law's "nếu có"). */
  when: "always" | "if_dialogue" | "if_compensation";
  /** The values a verdict may take. */
  values?: readonly string[];
}

const item = (
  key: string,
  point: string,
  vi: string,
  when: ContentItem["when"] = "always",
  values?: readonly string[],
): ContentItem => (values ? { key, point, vi, when, values } : { key, point, vi, when });

export const COMPLAINT_VERDICTS = ["right", "partly_right", "wrong"] as const;
export const DENUNCIATION_VERDICTS = ["right", "partly_right", "false"] as const;

/** The required contents, point by point, and the article that lists them. */
export const REQUIRED_CONTENTS: Record<
  DocumentKind,
  { rule: string; article: string; title: string; items: readonly ContentItem[] }
> = {
  complaint_first_decision: {
    rule: "T23",
    article: `${LAW.kn} Điều 31.2`,
    title: "Quyết định giải quyết khiếu nại lần đầu",
    items: [
      item("date", "a", "ngày, tháng, năm ra quyết định"),
      item("parties", "b", "tên, địa chỉ người khiếu nại, người bị khiếu nại"),
      item("content", "c", "nội dung khiếu nại"),
      item("verification", "d", "kết quả xác minh nội dung khiếu nại"),
      item("dialogue", "đ", "kết quả đối thoại", "if_dialogue"),
      item("legalBasis", "e", "căn cứ pháp luật để giải quyết khiếu nại"),
      item("conclusion", "g", "kết luận nội dung khiếu nại"),
      item(
        "remedy",
        "h",
        "việc giữ nguyên, sửa đổi, bổ sung hoặc hủy bỏ quyết định hành chính, chấm dứt hành vi hành chính bị khiếu nại",
      ),
      item("compensation", "i", "việc bồi thường thiệt hại", "if_compensation"),
      item("rights", "i (thứ hai)", "quyền khiếu nại lần hai, quyền khởi kiện vụ án hành chính"),
    ],
  },
  complaint_second_decision: {
    rule: "T23",
    article: `${LAW.kn} Điều 40.2`,
    title: "Quyết định giải quyết khiếu nại lần hai",
    items: [
      item("date", "a", "ngày, tháng, năm ra quyết định"),
      item("parties", "b", "tên, địa chỉ của người khiếu nại, người bị khiếu nại"),
      item("content", "c", "nội dung khiếu nại"),
      item("firstResult", "d", "kết quả giải quyết khiếu nại của người giải quyết lần đầu"),
      item("verification", "đ", "kết quả xác minh nội dung khiếu nại"),
      item("dialogue", "e", "kết quả đối thoại"),
      item("legalBasis", "g", "căn cứ pháp luật để giải quyết khiếu nại"),
      item(
        "verdict",
        "h",
        "kết luận nội dung khiếu nại là đúng, đúng một phần hoặc sai toàn bộ",
        "always",
        COMPLAINT_VERDICTS,
      ),
      item("compensation", "i", "việc bồi thường cho người bị thiệt hại", "if_compensation"),
      item("lawsuitRight", "k", "quyền khởi kiện vụ án hành chính tại Tòa án"),
    ],
  },
  denunciation_acceptance: {
    rule: "T32",
    article: `${LAW.tc} Điều 29.2`,
    title: "Quyết định thụ lý tố cáo",
    items: [
      item("date", "a", "ngày, tháng, năm ra quyết định"),
      item("basis", "b", "căn cứ ra quyết định"),
      item("content", "c", "nội dung tố cáo được thụ lý"),
      item("deadline", "d", "thời hạn giải quyết tố cáo"),
    ],
  },
  denunciation_conclusion: {
    rule: "T35",
    article: `${LAW.tc} Điều 35.2`,
    title: "Kết luận nội dung tố cáo",
    items: [
      item("verification", "a", "kết quả xác minh nội dung tố cáo"),
      item("legalBasis", "b", "căn cứ pháp luật để xác định có hay không có hành vi vi phạm"),
      item(
        "verdict",
        "c",
        "kết luận nội dung tố cáo là đúng, đúng một phần hoặc sai sự thật",
        "always",
        DENUNCIATION_VERDICTS,
      ),
      item("responsibility", "c", "trách nhiệm của từng cơ quan, tổ chức, cá nhân liên quan"),
      item("measures", "d", "các biện pháp xử lý theo thẩm quyền và kiến nghị xử lý"),
      item(
        "recommendations",
        "đ",
        "kiến nghị sửa đổi, bổ sung chính sách, pháp luật, biện pháp bảo vệ lợi ích của Nhà nước và quyền, lợi ích hợp pháp",
      ),
    ],
  },
};

/**
 * The required contents a document lacks, one finding per point (T23: Luật KN Art 31.2, 40.2;
 * T32: Luật TC Art 29.2; Art 35.2 under T35). A verdict must be one of its allowed values. For a
 * first-instance decision on a complaint several people made, Art 31.3 asks for one decision per
 * person or one decision with the list of complainants.
 */
export function missingContents(
  doc: DocumentKind,
  contents: Readonly<Record<string, string | null | undefined>>,
  context: {
    dialogueHeld?: boolean;
    compensation?: boolean;
    complainants?: number;
    perPersonOrListed?: boolean;
  } = {},
): Finding[] {
  const spec = REQUIRED_CONTENTS[doc];
  const findings: Finding[] = [];
  for (const it of spec.items) {
    if (it.when === "if_dialogue" && !context.dialogueHeld) continue;
    if (it.when === "if_compensation" && !context.compensation) continue;
    const value = contents[it.key];
    const article = `${spec.article}.${it.point.split(" ")[0]}`;
    if (isBlank(value)) {
      findings.push(finding(spec.rule, article, `${spec.title} thiếu: ${it.vi}`, it.key));
    } else if (it.values && !it.values.includes((value ?? "").trim())) {
      findings.push(
        finding(spec.rule, article, `${spec.title} phải ${it.vi} (nhận được "${value}")`, it.key),
      );
    }
  }
  if (
    doc === "complaint_first_decision" &&
    (context.complainants ?? 1) > 1 &&
    !context.perPersonOrListed
  ) {
    findings.push(
      finding(
        "T23",
        `${LAW.kn} Điều 31.3`,
        `${context.complainants} người cùng khiếu nại một nội dung: ra quyết định cho từng người hoặc một quyết định kèm theo danh sách những người khiếu nại`,
      ),
    );
  }
  return findings;
}

// ── Dialogue (T24, T25) ──────────────────────────────────────────────────────────────────────

/**
 * T24: a first-instance dialogue is required when the complainant's request and the
 * verification result still differ (Luật KN Art 30.1); a second-instance dialogue always is
 * (Art 39; NĐ 124 Art 28.2 as amended by NĐ 155 Art 11).
 */
export function dialogueRequired(
  instance: "first" | "second",
  requestDiffersFromVerification: boolean,
): { required: boolean; rule: "T24"; article: string } {
  if (instance === "second") {
    return {
      required: true,
      rule: "T24",
      article: `${LAW.kn} Điều 39; ${LAW.nd124} Điều 28.2 (sửa đổi bởi ${LAW.nd155} Điều 11)`,
    };
  }
  return { required: requestDiffersFromVerification, rule: "T24", article: `${LAW.kn} Điều 30.1` };
}

/**
 * T24: the written notice of time, place and content (Luật KN Art 30.2) reaches the parties at
 * least 5 days before a dialogue held from 01/07/2026 (NĐ 124 Art 28.1 as amended; NĐ 155 Art
 * 22.1 applies it to pending cases, so the dialogue's own date decides).
 */
export function dialogueNoticeProblem(
  calendar: Calendar,
  input: { dialogueOn: string; noticeOn: string | null },
): Finding | null {
  if (input.noticeOn === null) {
    return finding(
      "T24",
      `${LAW.kn} Điều 30.2`,
      `Chưa thông báo bằng văn bản thời gian, địa điểm, nội dung đối thoại ngày ${vnDate(input.dialogueOn)}`,
    );
  }
  const bound = latestBefore(calendar, "dialogue_notice", input.dialogueOn);
  if (bound === null || parseLocalDate(input.noticeOn) <= bound.latest) return null;
  return finding(
    bound.rule,
    bound.provision,
    `Thông báo đối thoại gửi ngày ${vnDate(input.noticeOn)}, chưa đủ 05 ngày trước ngày đối thoại ${vnDate(input.dialogueOn)} (chậm nhất ngày ${vnDate(bound.latest)})`,
  );
}

export interface DialogueParticipant {
  name: string;
  present: boolean;
  /** For an absentee: whether the absence had a reason (có lý do / không có lý do). */
  reasonGiven?: boolean;
  signed?: boolean;
  /** Why a present participant did not sign. */
  refusalReason?: string | null;
}

/**
 * T24: the dialogue minutes record the participants' opinions and the result, with signatures or
 * fingerprints, or why someone did not sign (Luật KN Art 30.4); for a dialogue from 01/07/2026,
 * also at least 3 copies, one per side, and every absentee with or without a reason (NĐ 124 Art
 * 28.4 as amended, Mẫu 14).
 */
export function dialogueMinutesProblems(minutes: {
  heldOn: string;
  opinions: string | null;
  result: string | null;
  copies: number;
  participants: readonly DialogueParticipant[];
}): Finding[] {
  const art30 = `${LAW.kn} Điều 30.4`;
  const findings: Finding[] = [];
  if (isBlank(minutes.opinions)) {
    findings.push(
      finding("T24", art30, "Biên bản đối thoại phải ghi ý kiến của những người tham gia"),
    );
  }
  if (isBlank(minutes.result)) {
    findings.push(finding("T24", art30, "Biên bản đối thoại phải ghi kết quả đối thoại"));
  }
  for (const p of minutes.participants) {
    if (p.present && !p.signed && isBlank(p.refusalReason)) {
      findings.push(
        finding(
          "T24",
          art30,
          `${p.name} có mặt nhưng không ký, điểm chỉ và biên bản không ghi rõ lý do`,
        ),
      );
    }
  }
  if (parseLocalDate(minutes.heldOn) < REFORM_DAY) return findings;
  const art28 = `${LAW.nd124} Điều 28.4 (sửa đổi bởi ${LAW.nd155} Điều 11)`;
  if (!Number.isInteger(minutes.copies) || minutes.copies < 3) {
    findings.push(
      finding(
        "T24",
        art28,
        `Biên bản đối thoại phải lập thành ít nhất 03 bản, mỗi bên giữ một bản (lập ${minutes.copies} bản)`,
      ),
    );
  }
  for (const p of minutes.participants) {
    if (!p.present && p.reasonGiven === undefined) {
      findings.push(
        finding(
          "T24",
          art28,
          `Biên bản phải ghi rõ ${p.name} vắng mặt có lý do hay không có lý do`,
        ),
      );
    }
  }
  return findings;
}

/**
 * T25 (NĐ 124 Art 28.5 as amended, from 01/07/2026): a complainant invited to a dialogue who does
 * not come without good reason does not stop the resolution; a good reason is a force majeure
 * event or an objective obstacle (Art 28a), which may ground a suspension (Art 11a). Before
 * 01/07/2026 no text read sets the consequence; the resolution goes on in either case.
 */
export function dialogueAbsence(input: {
  dialogueOn: string;
  reason: "none" | "force_majeure" | "objective_obstacle";
}): { outcome: "continue" | "may_suspend"; finding: Finding } {
  const reform = parseLocalDate(input.dialogueOn) >= REFORM_DAY;
  if (!reform) {
    return {
      outcome: "continue",
      finding: finding(
        "T25",
        `${LAW.kn} Điều 30.5`,
        "Người khiếu nại vắng mặt: kết quả đối thoại chỉ là một trong các căn cứ giải quyết; tiếp tục giải quyết trong thời hạn",
      ),
    };
  }
  const article = `${LAW.nd124} Điều 28.5, 28a (sửa đổi, bổ sung bởi ${LAW.nd155} Điều 11, 12)`;
  if (input.reason === "none") {
    return {
      outcome: "continue",
      finding: finding(
        "T25",
        article,
        "Người khiếu nại đã được mời đối thoại nhưng không tham gia mà không có lý do chính đáng: vẫn tiếp tục giải quyết khiếu nại",
      ),
    };
  }
  return {
    outcome: "may_suspend",
    finding: finding(
      "T25",
      article,
      `Người khiếu nại vắng mặt vì ${input.reason === "force_majeure" ? "sự kiện bất khả kháng" : "trở ngại khách quan"}: có thể tạm đình chỉ giải quyết khiếu nại`,
    ),
  };
}

// ── Publication of a denunciation conclusion without the denouncer (T35) ────────────────────

/** What identifies the denouncer (Luật TC Art 8.3: họ tên, địa chỉ, bút tích, thông tin khác). */
export interface DenouncerIdentity {
  name?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  idNumber?: string | null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function containsWord(haystack: string, needle: string): boolean {
  if (needle === "") return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, "u").test(
    haystack,
  );
}

/** Digits of a phone number, with the trunk prefix (0 or +84) dropped. */
function phoneKey(phone: string): string {
  return phone.replace(/\D/g, "").replace(/^(84|0)/, "");
}

/**
 * T35 and T36 (Luật TC Art 8.3, 40.3): the parts of the denouncer's identity a text would
 * reveal. Names and addresses are compared without diacritics or case, as whole words, so
 * "Nguyen Van An" is caught and "Nguyễn Văn Anh" is not; phone numbers by their digits, whatever
 * the spacing or prefix. An exact-string check: a paraphrase still needs a human reader.
 */
export function identityLeaks(text: string, identity: DenouncerIdentity): Finding[] {
  const article = `${LAW.tc} Điều 8.3, 40.3`;
  const folded = fold(text);
  const leaks: [keyof DenouncerIdentity, string][] = [];
  if (!isBlank(identity.name) && containsWord(folded, fold(identity.name ?? ""))) {
    leaks.push(["name", "họ tên"]);
  }
  if (!isBlank(identity.address) && containsWord(folded, fold(identity.address ?? ""))) {
    leaks.push(["address", "địa chỉ"]);
  }
  const phone = phoneKey(identity.phone ?? "");
  if (phone.length >= 8) {
    const runs = text.replace(/(?<=\d)[\s.\-()]+(?=\d)/g, "").match(/\+?\d+/g) ?? [];
    if (runs.some((run) => phoneKey(run) === phone)) leaks.push(["phone", "số điện thoại"]);
  }
  if (!isBlank(identity.email) && folded.includes(fold(identity.email ?? ""))) {
    leaks.push(["email", "thư điện tử"]);
  }
  if (!isBlank(identity.idNumber) && containsWord(folded, fold(identity.idNumber ?? ""))) {
    leaks.push(["idNumber", "số định danh cá nhân"]);
  }
  return leaks.map(([field, what]) =>
    finding("T35", article, `Văn bản công khai làm lộ ${what} của người tố cáo`, field),
  );
}

/** Ways of publishing a conclusion (Luật TC Art 40.2; NĐ 31 Art 6.2). */
export type PublicationForm = "meeting" | "posting" | "portal" | "online_news" | "broadcast";

export interface Publication {
  form: PublicationForm;
  from: string;
  /** Last day it was up (posting, portal, online news); null while it still is. */
  to?: string | null;
  /** Print, radio or TV: how many consecutive times. */
  times?: number;
}

/**
 * T35: the conclusion is published within WD7 of its issue (Luật TC Art 40.1) in one or more
 * forms (Art 40.2): posted, or on a portal or online newspaper, for at least 15 consecutive days;
 * printed or broadcast at least 2 consecutive times (NĐ 31 Art 6.2); and never with the
 * denouncer's identity or the original petition, whose handwriting identifies them (Art 40.3, 8.3).
 */
export function conclusionPublicationProblems(
  calendar: Calendar,
  input: {
    concludedOn: string;
    text: string;
    identity: DenouncerIdentity;
    publications: readonly Publication[];
    includesOriginalPetition?: boolean;
    today: string;
  },
): Finding[] {
  const findings = identityLeaks(input.text, input.identity);
  if (input.includesOriginalPetition) {
    findings.push(
      finding(
        "T35",
        `${LAW.tc} Điều 8.3, 40.3`,
        "Không được công khai đơn tố cáo gốc: bút tích làm lộ danh tính người tố cáo",
      ),
    );
  }
  const due = deadlineOf(calendar, "conclusion_publication", input.concludedOn);
  const dueText = `hạn chót ${vnDate(due.due)}, 07 ngày làm việc kể từ ngày kết luận ${vnDate(input.concludedOn)}`;
  if (input.publications.length === 0) {
    if (parseLocalDate(input.today) > due.due) {
      findings.push(
        finding("T35", due.provision, `Quá hạn nhưng chưa công khai kết luận (${dueText})`),
      );
    }
    return findings;
  }
  const first = input.publications.map((p) => parseLocalDate(p.from)).sort()[0];
  if (first !== undefined && first > due.due) {
    findings.push(
      finding("T35", due.provision, `Công khai kết luận ngày ${vnDate(first)}, chậm (${dueText})`),
    );
  }
  for (const p of input.publications) {
    if (p.form === "meeting") continue;
    if (p.form === "broadcast") {
      if ((p.times ?? 0) < 2) {
        findings.push(
          finding(
            "T35",
            `${LAW.nd31} Điều 6.2`,
            `Thông báo trên báo in, phát thanh, truyền hình phải ít nhất 02 lần liên tiếp (${p.times ?? 0} lần)`,
          ),
        );
      }
      continue;
    }
    if (p.to === null || p.to === undefined) continue;
    const min = limitInForce("conclusion_posting", p.from);
    const days = daysBetween(parseLocalDate(p.from), parseLocalDate(p.to)) + 1;
    if (days < min.n) {
      findings.push(
        finding(
          "T35",
          min.provision,
          `${p.form === "posting" ? "Niêm yết" : "Đăng tải"} từ ${vnDate(p.from)} đến ${vnDate(p.to)} được ${days} ngày; phải ít nhất ${min.n} ngày liên tục`,
        ),
      );
    }
  }
  return findings;
}

// ── PAKN result (T13) ────────────────────────────────────────────────────────────────────────

/**
 * T13 (NĐ 20/2008 Art 9.1.c, 9.1.đ, 14.2, 19): every PAKN is entered in the reception register and
 * in the electronic database, and a handled one has its result published on the portal, in the
 * media, by an official letter to the sender, or otherwise.
 */
export function paknRecordProblems(input: {
  registered: boolean;
  inDatabase: boolean;
  handled: boolean;
  publishedVia: readonly ("portal" | "media" | "letter" | "other")[];
}): Finding[] {
  const findings: Finding[] = [];
  if (!input.registered) {
    findings.push(
      finding("T13", `${LAW.nd20} Điều 9.1.c`, "Phản ánh, kiến nghị chưa được vào sổ tiếp nhận"),
    );
  }
  if (!input.inDatabase) {
    findings.push(
      finding(
        "T13",
        `${LAW.nd20} Điều 9.1.đ`,
        "Phản ánh, kiến nghị chưa được lưu vào cơ sở dữ liệu điện tử",
      ),
    );
  }
  if (input.handled && input.publishedVia.length === 0) {
    findings.push(
      finding(
        "T13",
        `${LAW.nd20} Điều 14.2, 19`,
        "Kết quả xử lý phản ánh, kiến nghị phải được công khai (cổng thông tin, phương tiện thông tin đại chúng, văn bản gửi người phản ánh hoặc hình thức khác)",
      ),
    );
  }
  return findings;
}
