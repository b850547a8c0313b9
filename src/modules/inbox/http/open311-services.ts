import type { SubmitInput } from "../commands/submit-item.ts";
import type { Finding } from "../domain/cite.ts";
import { KIND_LABELS } from "../domain/kinds.ts";

// The Open311 services: our kinds that a generic client can submit in full. Feedback and
// petitions need only a description and a place. A complaint (T14, Luật KN Art 8.2) and a
// denunciation (T29, Luật TC Art 23) also need what the law makes their petition state; the
// spec's own fields carry the name (first_name, last_name) and the contact (email, phone), and
// `attribute[…]` carries the rest, so every required field can be sent.

export type ServiceCode = "phan_anh" | "kien_nghi" | "khieu_nai" | "to_cao";

export interface Attribute {
  code: string;
  description: string;
  required: boolean;
  datatype: "string" | "text" | "datetime" | "singlevaluelist";
  datatypeDescription: string | null;
  values?: { key: string; name: string }[];
}

export interface Service {
  code: ServiceCode;
  description: string;
  group: string;
  keywords: string;
  attributes: Attribute[];
}

const text = (code: string, description: string): Attribute => ({
  code,
  description,
  required: true,
  datatype: "text",
  datatypeDescription: null,
});
const SUBMITTER_ADDRESS = (who: string): Attribute => ({
  code: "submitter_address",
  description: `Địa chỉ của ${who} (không công khai)`,
  required: true,
  datatype: "string",
  datatypeDescription: null,
});
const SUBMITTED_ON: Attribute = {
  code: "submitted_on",
  description: "Ngày, tháng, năm viết đơn",
  required: true,
  datatype: "datetime",
  datatypeDescription: "YYYY-MM-DD",
};

export const SERVICES: readonly Service[] = [
  {
    code: "phan_anh",
    description:
      "Phản ánh một việc ở địa phương: đèn đường, rác thải, ngập úng, đường hỏng, tiếng ồn…",
    group: "Phản ánh, kiến nghị",
    keywords: "đèn đường,rác,ngập,đường,ồn",
    attributes: [],
  },
  {
    code: "kien_nghi",
    description: "Kiến nghị chính quyền làm hoặc thay đổi một việc.",
    group: "Phản ánh, kiến nghị",
    keywords: "kiến nghị,đề xuất",
    attributes: [],
  },
  {
    code: "khieu_nai",
    description:
      "Khiếu nại quyết định hành chính, hành vi hành chính (Luật Khiếu nại 2011 Điều 8): phải ghi họ tên (first_name, last_name), địa chỉ người khiếu nại và các nội dung dưới đây.",
    group: "Khiếu nại, tố cáo",
    keywords: "khiếu nại",
    attributes: [
      SUBMITTER_ADDRESS("người khiếu nại"),
      SUBMITTED_ON,
      text("respondent", "Tên cơ quan, tổ chức, cá nhân bị khiếu nại"),
      text("respondent_address", "Địa chỉ của cơ quan, tổ chức, cá nhân bị khiếu nại"),
      text("reasons", "Lý do khiếu nại"),
      text("request", "Yêu cầu giải quyết của người khiếu nại"),
      {
        code: "instance",
        description: "Khiếu nại lần đầu hay lần hai",
        required: false,
        datatype: "singlevaluelist",
        datatypeDescription: null,
        values: [
          { key: "first", name: "Lần đầu" },
          { key: "second", name: "Lần hai" },
        ],
      },
    ],
  },
  {
    code: "to_cao",
    description:
      "Tố cáo hành vi vi phạm pháp luật (Luật Tố cáo 2018 Điều 23): phải ghi họ tên (first_name, last_name), địa chỉ, cách liên hệ (phone hoặc email) của người tố cáo; thông tin người tố cáo được giữ bí mật.",
    group: "Khiếu nại, tố cáo",
    keywords: "tố cáo",
    attributes: [
      SUBMITTER_ADDRESS("người tố cáo"),
      SUBMITTED_ON,
      text("accused", "Người, cơ quan, tổ chức bị tố cáo và hành vi vi phạm"),
    ],
  },
];

export const serviceOf = (code: string | undefined) => SERVICES.find((s) => s.code === code);
export const serviceName = (code: string) => KIND_LABELS[code as ServiceCode]?.vi ?? code;

/** Where each of our fields comes from in an Open311 request, to name it in an error. */
const PARAM_OF: Record<string, string> = {
  title: "description",
  content: "description",
  name: "first_name, last_name",
  contact: "email, phone",
  anonymous: "first_name, last_name",
  address: "attribute[submitter_address]",
  submittedOn: "attribute[submitted_on]",
  respondent: "attribute[respondent]",
  respondentAddress: "attribute[respondent_address]",
  reasons: "attribute[reasons]",
  request: "attribute[request]",
  accused: "attribute[accused]",
  lat: "lat, long",
  lng: "lat, long",
  place: "address_string",
};
export const paramOf = (field: string | undefined) => (field && PARAM_OF[field]) ?? field ?? null;

export type Params = Record<string, string>;

/** One problem with the request, named by its Open311 parameter. */
export interface Problem {
  param: string | null;
  message: string;
}

const trimmed = (p: Params, k: string) => p[k]?.trim() || null;
const number = (v: string | null) => (v === null ? null : Number(v));

/** The title a client does not send: the description's first sentence, at most 200 characters. */
export function titleOf(description: string): string {
  const first = description.split(/(?<=[.!?…])\s/)[0] ?? description;
  const line = (first.split("\n")[0] ?? first).trim();
  return line.length <= 200 ? line : `${line.slice(0, 199).trimEnd()}…`;
}

/**
 * The submission an Open311 request stands for, or every problem with it at once (a client shows
 * them together). The law's per-kind checks stay the command's (submit-item.ts).
 */
export function toSubmission(
  service: Service,
  p: Params,
): { input: SubmitInput; problems: [] } | { input: null; problems: Problem[] } {
  const problems: Problem[] = [];
  const description = trimmed(p, "description");
  if (!description)
    problems.push({ param: "description", message: "Thiếu nội dung (description)." });
  else if (description.length > 20000)
    problems.push({ param: "description", message: "Nội dung dài tối đa 20.000 ký tự." });
  const lat = number(trimmed(p, "lat"));
  const lng = number(trimmed(p, "long"));
  const place = trimmed(p, "address_string");
  if ((lat === null || lng === null) && !place && !trimmed(p, "address_id"))
    problems.push({
      param: "lat, long",
      message: "Cần vị trí: lat và long, hoặc address_string.",
    });
  if ((lat !== null && !(Math.abs(lat) <= 90)) || (lng !== null && !(Math.abs(lng) <= 180)))
    problems.push({ param: "lat, long", message: "lat, long phải là số độ hợp lệ (WGS84)." });
  if (place && place.length > 300)
    problems.push({ param: "address_string", message: "address_string dài tối đa 300 ký tự." });
  const attr = (code: string) => trimmed(p, `attribute[${code}]`);
  // Whether a required attribute is there is the law's question, asked by the command with the
  // rule it comes from (T14, T29); here only the shapes.
  for (const a of service.attributes) {
    const v = attr(a.code);
    if (v && a.values && !a.values.some((x) => x.key === v))
      problems.push({
        param: `attribute[${a.code}]`,
        message: `${a.description} phải là một trong: ${a.values.map((x) => x.key).join(", ")}.`,
      });
    if (v && a.datatype === "datetime" && !/^\d{4}-\d{2}-\d{2}/.test(v))
      problems.push({
        param: `attribute[${a.code}]`,
        message: `${a.description} phải có dạng YYYY-MM-DD.`,
      });
  }
  const media = trimmed(p, "media_url");
  if (media && (!/^https?:\/\/\S+$/i.test(media) || media.length > 500))
    problems.push({ param: "media_url", message: "media_url phải là một địa chỉ http(s)." });
  if (problems.length > 0 || !description) return { input: null, problems };

  const name = [trimmed(p, "first_name"), trimmed(p, "last_name")].filter(Boolean).join(" ");
  const contact = [trimmed(p, "phone"), trimmed(p, "email")].filter(Boolean).join(", ");
  const feedback = service.code === "phan_anh" || service.code === "kien_nghi";
  // The photo a client links to stays with the content, for the handler to open.
  const content = media ? `${description}\n\nẢnh, tài liệu kèm theo: ${media}` : description;
  return {
    problems: [],
    input: {
      kind: service.code,
      channel: "api",
      title: trimmed(p, "title")?.slice(0, 200) ?? titleOf(description),
      content,
      place,
      lat: lat ?? null,
      lng: lat === null ? null : lng,
      name: name || null,
      address: attr("submitter_address"),
      contact: contact || null,
      // Feedback without a name is anonymous feedback, which the law allows (marked as such).
      anonymous: feedback && !name,
      submittedOn: attr("submitted_on")?.slice(0, 10) ?? null,
      respondent: attr("respondent"),
      respondentAddress: attr("respondent_address"),
      reasons: attr("reasons"),
      request: attr("request"),
      accused: attr("accused"),
      instance: attr("instance") === "second" ? "second" : "first",
      signed: true,
    },
  };
}

/** The command's refusal, finding by finding, named by Open311 parameter. */
export function problemsOf(err: {
  message: string;
  field?: string;
  details?: Record<string, unknown>;
}): Problem[] {
  const findings = (err.details?.findings as Finding[] | undefined) ?? [];
  if (findings.length === 0) return [{ param: paramOf(err.field), message: err.message }];
  return findings.map((f) => ({ param: paramOf(f.field), message: f.message }));
}
