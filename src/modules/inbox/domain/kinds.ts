// The kinds of item the inbox receives and what each must contain: feedback and petitions (phản
// ánh, kiến nghị; NĐ 20/2008 for administrative regulations, Luật 10/2022 Art 34–35 for everything
// else at the commune), complaints (khiếu nại; Luật Khiếu nại 2011), denunciations (tố cáo; Luật
// Tố cáo 2018) and satisfaction ratings (R48). law2.md §1.2–1.3, §2.2, §3.1–3.2, §3.6; T10, T11,
// T14, T20, T28–T30, T36.

import { type Finding, finding, isBlank, LAW } from "./cite.ts";

export const KINDS = ["phan_anh", "kien_nghi", "khieu_nai", "to_cao", "danh_gia"] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, { vi: string; en: string }> = {
  phan_anh: { vi: "Phản ánh", en: "Feedback" },
  kien_nghi: { vi: "Kiến nghị", en: "Petition" },
  khieu_nai: { vi: "Khiếu nại", en: "Complaint" },
  to_cao: { vi: "Tố cáo", en: "Denunciation" },
  danh_gia: { vi: "Đánh giá sự hài lòng", en: "Satisfaction rating" },
};

/** The legal flow an item follows: one intake, one `track` (law2.md §1.6, engineering note). */
export const TRACKS = [
  "pakn", // NĐ 20/2008: feedback or petition about an administrative regulation or procedure
  "grassroots", // Luật 10/2022 Art 34–35.2a: any other feedback or petition to the commune
  "complaint", // Luật Khiếu nại: an administrative decision or act
  "disciplinary_complaint", // Luật Khiếu nại Art 46–51: a civil servant's disciplinary decision
  "denunciation", // Luật Tố cáo
  "anonymous_tip", // Luật Tố cáo Art 25: not handled as a denunciation
  "satisfaction", // R48
] as const;
export type Track = (typeof TRACKS)[number];

export const TRACK_LABELS: Record<Track, { vi: string; en: string; basis: string }> = {
  pakn: {
    vi: "Phản ánh, kiến nghị về quy định hành chính",
    en: "Feedback on an administrative regulation",
    basis: LAW.nd20,
  },
  grassroots: {
    vi: "Phản ánh, kiến nghị của Nhân dân ở cơ sở",
    en: "Residents' feedback and petitions",
    basis: `${LAW.l10} Điều 34, 35.2a`,
  },
  complaint: {
    vi: "Khiếu nại quyết định hành chính, hành vi hành chính",
    en: "Complaint against an administrative decision or act",
    basis: LAW.kn,
  },
  disciplinary_complaint: {
    vi: "Khiếu nại quyết định kỷ luật cán bộ, công chức",
    en: "Complaint against a disciplinary decision",
    basis: `${LAW.kn} Điều 46–51`,
  },
  denunciation: { vi: "Tố cáo", en: "Denunciation", basis: LAW.tc },
  anonymous_tip: {
    vi: "Thông tin có nội dung tố cáo (không xử lý theo Luật Tố cáo)",
    en: "Anonymous tip (not a denunciation)",
    basis: `${LAW.tc} Điều 25`,
  },
  satisfaction: {
    vi: "Đánh giá sự hài lòng",
    en: "Satisfaction rating",
    basis: `${LAW.l10} Điều 35.2a`,
  },
};

/**
 * How an item arrived. `desk` is the reception desk, where an official writes down what a
 * citizen says; `voter_meeting` is a voter-contact meeting, recorded the same way.
 */
export const CHANNELS = ["web", "api", "post", "email", "desk", "voter_meeting", "phone"] as const;
export type Channel = (typeof CHANNELS)[number];
const IN_PERSON: readonly Channel[] = ["desk", "voter_meeting"];

/** A co-complainant or co-denouncer (Luật KN Art 8.4; Luật TC Art 23.1). */
export interface CoSigner {
  name?: string | null;
  address?: string | null;
  contact?: string | null;
  signed?: boolean;
}

/** What was submitted. Fields a kind does not need are ignored. */
export interface IntakeFields {
  channel: Channel;
  /** The submitter chose not to give an identity. */
  anonymous?: boolean;
  /** phan_anh / kien_nghi: about an administrative regulation or procedure (NĐ 20 Art 1, 5). */
  aboutRegulation?: boolean;
  /** khieu_nai: against a disciplinary decision (Luật KN Art 46). */
  disciplinary?: boolean;
  /** to_cao: checks could not identify the denouncer, or another person's name was used. */
  identityUnverified?: boolean;
  /** Ngày, tháng, năm of the petition. */
  submittedOn?: string | null;
  name?: string | null;
  address?: string | null;
  /** Phone, e-mail or postal address to reach the submitter (cách thức liên hệ). */
  contact?: string | null;
  content?: string | null;
  /** khieu_nai: lý do khiếu nại. */
  reasons?: string | null;
  /** khieu_nai: yêu cầu của người khiếu nại. */
  request?: string | null;
  /** khieu_nai: the agency, organisation or person complained against, and its address. */
  respondent?: string | null;
  respondentAddress?: string | null;
  /** to_cao: the person or body denounced. */
  accused?: string | null;
  /** Signed or finger-printed (ký tên hoặc điểm chỉ); for the web, an electronic signature. */
  signed?: boolean;
  /** phone: came in on the published dedicated number (NĐ 20 Art 7.2). */
  dedicatedLine?: boolean;
  /** phone or in person: the official wrote it down (and read it back). */
  transcribed?: boolean;
  others?: readonly CoSigner[];
  representative?: string | null;
  /** khieu_nai lần hai: a first-instance decision exists (Luật KN Art 33.1)… */
  firstDecisionIssued?: boolean;
  /** …and is attached. */
  firstDecisionAttached?: boolean;
}

type TextField =
  | "submittedOn"
  | "name"
  | "address"
  | "contact"
  | "content"
  | "reasons"
  | "request"
  | "respondent"
  | "respondentAddress"
  | "accused";

export const FIELD_LABELS: Record<TextField, string> = {
  submittedOn: "ngày, tháng, năm",
  name: "họ và tên",
  address: "địa chỉ",
  contact: "cách thức liên hệ (số điện thoại hoặc địa chỉ thư tín)",
  content: "nội dung",
  reasons: "lý do khiếu nại",
  request: "yêu cầu của người khiếu nại",
  respondent: "tên cơ quan, tổ chức, cá nhân bị khiếu nại",
  respondentAddress: "địa chỉ của cơ quan, tổ chức, cá nhân bị khiếu nại",
  accused: "người, cơ quan bị tố cáo",
};

interface Requirement {
  rule: string;
  article: string;
  fields: readonly TextField[];
  identity: readonly TextField[];
}

const IDENTITY: readonly TextField[] = ["name", "address", "contact"];

/** The fields each track needs (law2.md §1.2, §2.2, §3.1); identity fields are listed apart. */
export const REQUIRED_FIELDS: Record<Track, Requirement> = {
  pakn: {
    rule: "T10",
    article: `${LAW.nd20} Điều 7.1, 9.1.d`,
    fields: ["content"],
    identity: IDENTITY,
  },
  grassroots: { rule: "R48", article: `${LAW.l10} Điều 35.2a`, fields: ["content"], identity: [] },
  complaint: {
    rule: "T14",
    article: `${LAW.kn} Điều 8.2`,
    fields: ["submittedOn", "respondent", "respondentAddress", "content", "reasons", "request"],
    identity: ["name", "address"],
  },
  disciplinary_complaint: {
    rule: "T14",
    article: `${LAW.kn} Điều 49`,
    fields: ["submittedOn", "content", "reasons", "request"],
    identity: ["name", "address"],
  },
  denunciation: {
    rule: "T29",
    article: `${LAW.tc} Điều 23.1`,
    fields: ["submittedOn", "content", "accused"],
    identity: IDENTITY,
  },
  anonymous_tip: { rule: "T30", article: `${LAW.tc} Điều 25`, fields: ["content"], identity: [] },
  satisfaction: { rule: "R48", article: `${LAW.l10} Điều 35.2a`, fields: [], identity: [] },
};

/** Whether a track may be anonymous, and the rule that says so (law2.md §1.3, §3.2). */
export const ANONYMITY: Record<Track, { allowed: boolean; rule: string; article: string }> = {
  pakn: { allowed: false, rule: "T10", article: `${LAW.nd20} Điều 7.1.d, 9.1.d` },
  grassroots: { allowed: true, rule: "R48", article: `${LAW.l10} Điều 35.2a` },
  complaint: { allowed: false, rule: "T14", article: `${LAW.kn} Điều 8.2, 11.5` },
  disciplinary_complaint: { allowed: false, rule: "T14", article: `${LAW.kn} Điều 49` },
  denunciation: { allowed: false, rule: "T30", article: `${LAW.tc} Điều 25` },
  anonymous_tip: { allowed: true, rule: "T30", article: `${LAW.tc} Điều 25` },
  satisfaction: { allowed: true, rule: "R48", article: `${LAW.l10} Điều 35.2a` },
};

/** The label shown with an anonymous item wherever it appears (the issue: "marked as such"). */
export const ANONYMOUS_MARK = { vi: "Ẩn danh", en: "Anonymous" } as const;

/**
 * The track of an item. A denunciation without a name and address, whose denouncer could not be
 * identified, or not made in writing or in person (e.g. by phone) is not a denunciation: it is a
 * tip that may feed an inspection (T30, Luật Tố cáo Art 25).
 */
export function trackOf(kind: Kind, fields: IntakeFields): Track {
  switch (kind) {
    case "phan_anh":
    case "kien_nghi":
      return fields.aboutRegulation ? "pakn" : "grassroots";
    case "khieu_nai":
      return fields.disciplinary ? "disciplinary_complaint" : "complaint";
    case "to_cao":
      return fields.anonymous === true ||
        fields.identityUnverified === true ||
        fields.channel === "phone" ||
        isBlank(fields.name) ||
        isBlank(fields.address)
        ? "anonymous_tip"
        : "denunciation";
    case "danh_gia":
      return "satisfaction";
  }
}

/** True when the item carries no identity and must be shown with ANONYMOUS_MARK. */
export function isAnonymous(kind: Kind, fields: IntakeFields): boolean {
  if (fields.anonymous === true) return true;
  return trackOf(kind, fields) === "anonymous_tip";
}

const need = (track: Track, field: TextField, what: string): Finding => {
  const { rule, article } = REQUIRED_FIELDS[track];
  return finding(rule, article, `${what} phải ghi ${FIELD_LABELS[field]}`, field);
};

const KIND_NOUN: Record<Track, string> = {
  pakn: "Phản ánh, kiến nghị về quy định hành chính",
  grassroots: "Phản ánh, kiến nghị",
  complaint: "Đơn khiếu nại",
  disciplinary_complaint: "Đơn khiếu nại quyết định kỷ luật",
  denunciation: "Đơn tố cáo",
  anonymous_tip: "Thông tin có nội dung tố cáo",
  satisfaction: "Phiếu đánh giá",
};

/**
 * What stops an item from being received as `kind` as it stands: missing fields, a form the law
 * does not allow, anonymity where it is not allowed, a missing signature. Empty when it can be
 * received. An anonymous denunciation is received as a tip (T30), not refused.
 */
export function intakeProblems(kind: Kind, fields: IntakeFields): Finding[] {
  const track = trackOf(kind, fields);
  const noun = KIND_NOUN[track];
  const problems: Finding[] = [];
  const anonymity = ANONYMITY[track];
  const refusedAnonymous = fields.anonymous === true && !anonymity.allowed;

  if (refusedAnonymous) {
    problems.push(
      finding(
        anonymity.rule,
        anonymity.article,
        `${noun} không được gửi ẩn danh: phải ghi rõ ${REQUIRED_FIELDS[track].identity.map((f) => FIELD_LABELS[f]).join(", ")}`,
        "anonymous",
      ),
    );
  }
  if (track === "pakn" && fields.channel === "phone") {
    if (!fields.dedicatedLine) {
      problems.push(
        finding(
          "T11",
          `${LAW.nd20} Điều 7.2`,
          "Phản ánh, kiến nghị qua điện thoại chỉ được tiếp nhận qua số điện thoại chuyên dùng đã công bố",
          "channel",
        ),
      );
    }
    if (!fields.transcribed) {
      problems.push(
        finding(
          "T11",
          `${LAW.nd20} Điều 7.2`,
          "Người tiếp nhận phải ghi chép trung thực nội dung cuộc gọi thành văn bản",
          "transcribed",
        ),
      );
    }
  }
  if (track === "complaint" || track === "disciplinary_complaint") {
    if (fields.channel === "phone") {
      problems.push(
        finding(
          "T14",
          track === "complaint" ? `${LAW.kn} Điều 8.1` : `${LAW.kn} Điều 49`,
          track === "complaint"
            ? "Khiếu nại phải được thực hiện bằng đơn hoặc trình bày trực tiếp, không qua điện thoại"
            : "Khiếu nại quyết định kỷ luật phải được thực hiện bằng đơn",
          "channel",
        ),
      );
    }
  }
  const recorded = IN_PERSON.includes(fields.channel);
  if (recorded && (track === "complaint" || track === "denunciation") && !fields.transcribed) {
    problems.push(
      track === "complaint"
        ? finding(
            "T14",
            `${LAW.kn} Điều 8.3`,
            "Khiếu nại trình bày trực tiếp phải được người tiếp nhận ghi lại bằng văn bản",
            "transcribed",
          )
        : finding(
            "T29",
            `${LAW.tc} Điều 23.2`,
            "Tố cáo trình bày trực tiếp phải được người tiếp nhận ghi lại bằng văn bản",
            "transcribed",
          ),
    );
  }

  const requirement = REQUIRED_FIELDS[track];
  const identity = refusedAnonymous ? [] : requirement.identity;
  for (const field of [...identity, ...requirement.fields]) {
    if (isBlank(fields[field])) problems.push(need(track, field, noun));
  }

  if (track === "complaint" || track === "disciplinary_complaint") {
    if (!fields.signed) {
      problems.push(
        finding(
          "T14",
          track === "complaint" ? `${LAW.kn} Điều 8.2, 11.5` : `${LAW.kn} Điều 49, 11.5`,
          `${noun} phải có chữ ký hoặc điểm chỉ của người khiếu nại; đơn không có chữ ký hoặc điểm chỉ không được thụ lý`,
          "signed",
        ),
      );
    }
    problems.push(...coComplainantProblems(fields));
    if (fields.firstDecisionIssued && !fields.firstDecisionAttached) {
      problems.push(
        finding(
          "T20",
          `${LAW.kn} Điều 33.1`,
          "Khiếu nại lần hai phải gửi kèm quyết định giải quyết khiếu nại lần đầu và các tài liệu có liên quan",
          "firstDecisionAttached",
        ),
      );
    }
  }
  if (track === "denunciation") {
    if (!fields.signed) {
      problems.push(
        finding(
          "T29",
          `${LAW.tc} Điều 23.1`,
          "Đơn tố cáo phải có chữ ký hoặc điểm chỉ của người tố cáo",
          "signed",
        ),
      );
    }
    problems.push(...coDenouncerProblems(fields));
  }
  return problems;
}

/** Luật KN Art 8.4: a written group complaint bears every complainant's signature and names
 *  its representative. */
function coComplainantProblems(fields: IntakeFields): Finding[] {
  const others = fields.others ?? [];
  if (others.length === 0) return [];
  const article = `${LAW.kn} Điều 8.4`;
  const problems: Finding[] = [];
  others.forEach((other, i) => {
    if (isBlank(other.name) || !other.signed) {
      problems.push(
        finding(
          "T28",
          article,
          `Người cùng khiếu nại thứ ${i + 2} phải ghi họ tên và ký tên hoặc điểm chỉ vào đơn`,
          "others",
        ),
      );
    }
  });
  if (isBlank(fields.representative)) {
    problems.push(
      finding(
        "T28",
        article,
        "Nhiều người cùng khiếu nại một nội dung phải ghi rõ người đại diện",
        "representative",
      ),
    );
  }
  return problems;
}

/** Luật TC Art 23.1: several denouncers each give name, address and contact, and sign; the
 *  petition names their representative. */
function coDenouncerProblems(fields: IntakeFields): Finding[] {
  const others = fields.others ?? [];
  if (others.length === 0) return [];
  const article = `${LAW.tc} Điều 23.1`;
  const problems: Finding[] = [];
  others.forEach((other, i) => {
    if (isBlank(other.name) || isBlank(other.address) || isBlank(other.contact) || !other.signed) {
      problems.push(
        finding(
          "T29",
          article,
          `Người cùng tố cáo thứ ${i + 2} phải ghi họ tên, địa chỉ, cách thức liên hệ và ký tên hoặc điểm chỉ`,
          "others",
        ),
      );
    }
  });
  if (isBlank(fields.representative)) {
    problems.push(
      finding(
        "T29",
        article,
        "Nhiều người cùng tố cáo phải ghi họ tên người đại diện",
        "representative",
      ),
    );
  }
  return problems;
}

/**
 * T28 (Luật Tiếp công dân Art 29; NĐ 155/2026 Art 4 for complaints): when several people raise
 * the same matter they appoint representatives from among themselves, by a document all of them
 * sign: 5–10 people → 1 or 2; more than 10 → at most 5. Under 5, the law sets no number: at
 * least one.
 */
export function representativeProblems(input: {
  people: readonly string[];
  representatives: readonly string[];
  appointmentSignedByAll: boolean;
}): Finding[] {
  const article = `${LAW.tcd} Điều 29`;
  const count = input.people.length;
  if (count < 2) return [];
  const reps = input.representatives.length;
  const problems: Finding[] = [];
  const max = count > 10 ? 5 : count >= 5 ? 2 : count;
  if (reps < 1 || reps > max) {
    const band =
      count > 10
        ? "trên 10 người: không quá 05 người đại diện"
        : count >= 5
          ? "từ 05 đến 10 người: 01 hoặc 02 người đại diện"
          : "phải cử ít nhất 01 người đại diện";
    problems.push(
      finding(
        "T28",
        article,
        `${count} người cùng một nội dung cử ${reps} người đại diện (${band})`,
      ),
    );
  }
  for (const rep of input.representatives) {
    if (!input.people.includes(rep)) {
      problems.push(
        finding(
          "T28",
          article,
          `Người đại diện ${rep} phải là một trong những người khiếu nại, tố cáo, kiến nghị, phản ánh`,
        ),
      );
    }
  }
  if (!input.appointmentSignedByAll) {
    problems.push(
      finding(
        "T28",
        article,
        "Việc cử người đại diện phải thể hiện bằng văn bản có chữ ký của tất cả những người cùng nội dung",
      ),
    );
  }
  return problems;
}

/** Who is looking at a denunciation. */
export type IdentityViewer =
  | "intake_officer"
  | "resolver"
  | "granted"
  | "verifier"
  | "denounced"
  | "public"
  | "other";

/**
 * T36 (Luật Tố cáo Art 8.3, 47.2, 56.1–2; engineering reading of law2.md §3.6): the denouncer's
 * name, address, handwriting and anything that identifies them are seen in full only by the
 * intake officer, the resolver and those they grant; the verification team works on a copy with
 * the identity stripped out; nobody else sees the item at all before the conclusion (Art 11.2.c).
 */
export function denouncerIdentityView(viewer: IdentityViewer): {
  view: "full" | "redacted" | "none";
  rule: "T36";
  article: string;
} {
  const article = `${LAW.tc} Điều 8.3, 47.2, 56`;
  switch (viewer) {
    case "intake_officer":
    case "resolver":
    case "granted":
      return { view: "full", rule: "T36", article };
    case "verifier":
      return { view: "redacted", rule: "T36", article };
    default:
      return { view: "none", rule: "T36", article };
  }
}
