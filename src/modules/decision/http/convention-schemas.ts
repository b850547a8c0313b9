import { z } from "@hono/zod-openapi";
import { isoDate, optionalIsoDate, optionalText, requiredText } from "../../../core/validation.ts";

// Request schemas of the village-convention forms (NĐ 61/2023); every message is Vietnamese.

const checkbox = () =>
  z
    .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean(), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true");

const optionalInt = (label: string, min: number, max: number) =>
  z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce
      .number({ error: `${label} phải là số.` })
      .int(`${label} phải là số nguyên.`)
      .min(min, `${label} không được nhỏ hơn ${min}.`)
      .max(max, `${label} không được lớn hơn ${max}.`)
      .nullable(),
  );

export const KINDS = ["huong_uoc", "quy_uoc"] as const;
export const CONSULTATION_CHANNELS = [
  "household_copies",
  "online",
  "suggestion_box",
  "meeting",
] as const;
export const COMMENT_CHANNELS = [...CONSULTATION_CHANNELS, "agency"] as const;
export const PUBLICITY_FORMS = [
  "meeting",
  "info_network",
  "household_copies",
  "online",
  "legal_dissemination",
  "other",
] as const;
export const COMPLAINT_SOURCES = [
  "household",
  "resident",
  "head",
  "review",
  "supervision",
] as const;
export const RESOLUTIONS = ["unfounded", "suspended", "annulled"] as const;
export const GROUNDS = [
  "procedure",
  "content",
  "unlawful_content",
  "suspension_expired",
  "ratio_not_met",
  "part_suspension_expired",
] as const;

export const proposeConventionSchema = z
  .object({
    kind: z.enum(KINDS, { error: "Chọn tên gọi: hương ước hoặc quy ước." }),
    title: requiredText("Tên hương ước, quy ước", 300),
    proposedBy: z.enum(["village_head", "initiative"], { error: "Chọn người đề xuất." }),
    frontAgreedBy: optionalText("Trưởng ban công tác Mặt trận", 200),
    frontAgreedOn: optionalIsoDate("Ngày thống nhất với Trưởng ban công tác Mặt trận"),
    initiativeId: optionalInt("Kiến nghị của người dân", 1, 2_000_000_000),
    proposedOn: isoDate("Ngày đề xuất"),
    ethnicMinorityArea: checkbox(),
    ethnicLanguage: optionalText("Tiếng dân tộc thiểu số", 100),
    amendsId: optionalInt("Hương ước, quy ước được sửa đổi", 1, 2_000_000_000),
    reviewDay: optionalInt("Ngày đánh giá hằng năm", 1, 31),
    reviewMonth: optionalInt("Tháng đánh giá hằng năm", 1, 12),
  })
  .refine((v) => (v.reviewDay === null) === (v.reviewMonth === null), {
    message: "Hãy ghi cả ngày và tháng đánh giá hằng năm, hoặc để trống cả hai (mặc định 18/11).",
    path: ["reviewDay"],
  });

export const TEAM_ROWS = 9;

/** The team form lists members in numbered rows (`members.0.name`…); empty rows are dropped. */
export function teamFormData(form: Record<string, string>) {
  const members: { name: string; role: string; elder: boolean; speaker: boolean }[] = [];
  for (let i = 0; i < TEAM_ROWS; i++) {
    const name = (form[`members.${i}.name`] ?? "").trim();
    if (!name) continue;
    members.push({
      name,
      role: form[`members.${i}.role`] ?? "",
      elder: form[`members.${i}.elder`] === "on",
      speaker: form[`members.${i}.speaker`] === "on",
    });
  }
  return { members };
}

export const teamSchema = z.object({
  members: z
    .array(
      z.object({
        name: requiredText("Họ tên thành viên", 200),
        role: optionalText("Tổ chức, vai trò", 200),
        elder: z.boolean(),
        speaker: z.boolean(),
      }),
    )
    .min(1, "Tổ soạn thảo phải có ít nhất một thành viên.")
    .max(TEAM_ROWS, `Tổ soạn thảo ghi tối đa ${TEAM_ROWS} người.`),
});

export const draftSchema = z.object({
  body: requiredText("Nội dung dự thảo", 200_000),
  note: optionalText("Ghi chú thay đổi", 2000),
});

/** Checkbox groups come as `<group>.<value>=on`. */
export function pickChecked<const T extends readonly string[]>(
  form: Record<string, string>,
  group: string,
  values: T,
): T[number][] {
  return values.filter((v) => form[`${group}.${v}`] === "on");
}

export const postDraftSchema = z.object({
  postedOn: isoDate("Ngày niêm yết"),
  place: requiredText("Nơi niêm yết", 300),
  minDays: z.preprocess(
    (v) => (v === "" || v === undefined ? 30 : v),
    z.coerce
      .number({ error: "Thời gian niêm yết phải là số ngày." })
      .int("Thời gian niêm yết phải là số ngày nguyên.")
      .min(30, "Thời gian niêm yết ít nhất 30 ngày (R68, NĐ 61/2023 Điều 9.1).")
      .max(366, "Thời gian niêm yết tối đa 366 ngày."),
  ),
  channels: z
    .array(z.enum(CONSULTATION_CHANNELS))
    .min(1, "Chọn ít nhất một cách lấy ý kiến (NĐ 61/2023 Điều 9.2)."),
});

export const commentSchema = z.object({
  receivedOn: isoDate("Ngày nhận ý kiến"),
  channel: z.enum(COMMENT_CHANNELS, { error: "Chọn cách nhận ý kiến." }),
  author: optionalText("Người, tổ chức góp ý", 200),
  content: requiredText("Nội dung ý kiến", 10000),
  response: optionalText("Tiếp thu, giải trình", 10000),
});

export const adoptionSchema = z.object({
  heldOn: isoDate("Ngày họp cộng đồng dân cư"),
  meetingPlace: optionalText("Địa điểm", 300),
  agreementBy: optionalText("Trưởng ban công tác Mặt trận", 200),
  agreementOn: optionalIsoDate("Ngày thống nhất"),
});

export const signSchema = z.object({
  head: optionalText("Trưởng thôn, Tổ trưởng tổ dân phố", 200),
  frontHead: optionalText("Trưởng ban công tác Mặt trận", 200),
  rep1: optionalText("Đại diện hộ gia đình thứ nhất", 200),
  rep2: optionalText("Đại diện hộ gia đình thứ hai", 200),
});

export const dossierSchema = z.object({ submittedOn: isoDate("Ngày gửi hồ sơ") });

// Field names are unique across the forms of one page (each field's id is "f-" + its name).
export const returnSchema = z.object({
  returnedOn: isoDate("Ngày trả hồ sơ"),
  missing: requiredText("Hồ sơ còn thiếu", 4000),
});

export const recognitionSchema = z.object({
  decision: z.enum(["recognise", "refuse"], { error: "Chọn công nhận hoặc không công nhận." }),
  on: isoDate("Ngày quyết định"),
  number: optionalText("Số quyết định", 60),
  reason: optionalText("Lý do không công nhận", 4000),
  sealAcrossPages: checkbox(),
});

export const publicitySchema = z.object({
  postedOn: isoDate("Ngày niêm yết"),
  forms: z
    .array(z.enum(PUBLICITY_FORMS))
    .min(1, "Ngoài niêm yết, chọn ít nhất một hình thức phổ biến khác (NĐ 61/2023 Điều 15.2)."),
});

export const complaintSchema = z.object({
  receivedOn: isoDate("Ngày nhận kiến nghị"),
  source: z.enum(COMPLAINT_SOURCES, { error: "Chọn người kiến nghị hoặc nguồn phát hiện." }),
  complainant: optionalText("Người kiến nghị", 200),
  content: requiredText("Nội dung kiến nghị", 10000),
});

export const resolveSchema = z.object({
  complaintId: z.coerce
    .number({ error: "Chọn kiến nghị cần xử lý." })
    .int("Chọn kiến nghị cần xử lý.")
    .positive("Chọn kiến nghị cần xử lý."),
  action: z.enum(RESOLUTIONS, { error: "Chọn cách xử lý." }),
  ground: z
    .union([z.enum(GROUNDS), z.literal("")], { error: "Chọn căn cứ." })
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  partText: optionalText("Phần bị tạm ngưng, bãi bỏ", 2000),
  reason: requiredText("Lý do", 4000),
  amendBy: optionalIsoDate("Thời hạn sửa đổi"),
  on: isoDate("Ngày quyết định"),
});

export const reviewSchema = z.object({
  heldOn: isoDate("Ngày đánh giá"),
  form: z.enum(["meeting", "periodic_meeting"], { error: "Chọn hình thức đánh giá." }),
  summary: requiredText("Kết quả đánh giá", 10000),
  proposals: optionalText("Đề xuất sửa đổi, bổ sung", 10000),
});
