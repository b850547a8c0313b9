import { z } from "@hono/zod-openapi";
import { isoDate, optionalIsoDate, optionalText, requiredText } from "../../../core/validation.ts";

// Request schemas of the community-decision module, shared by the officials' forms, the
// residents' vote form and the JSON API; every message is Vietnamese (STYLE.md §5).

/** A checkbox: "on" from a form, a boolean from JSON; absent = false. */
const checkbox = () =>
  z
    .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean(), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true");

/** An untouched form field ("") or a missing key is null; otherwise a whole number ≥ `min`. */
const optionalCount = (label: string, min = 0) =>
  z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce
      .number({ error: `${label} phải là số.` })
      .int(`${label} phải là số nguyên.`)
      .min(min, `${label} không được nhỏ hơn ${min}.`)
      .max(10_000_000, `${label} quá lớn.`)
      .nullable(),
  );

/** A required whole number ≥ 0; an empty field says it is required. */
const count = (label: string) =>
  z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce
      .number({ error: `${label} là bắt buộc.` })
      .int(`${label} phải là số nguyên.`)
      .min(0, `${label} không được âm.`)
      .max(10_000_000, `${label} quá lớn.`),
  );

const householdCode = requiredText("Mã hộ", 40);

export const ITEMS = [1, 2, 3, 4, 5, 6] as const;
export const OPENERS = [
  "village_head",
  "appointed_convener",
  "commune_chair",
  "initiative",
] as const;
export const FORMS = ["meeting", "ballot", "online"] as const;
export const CHOICES = ["yes", "no", "other"] as const;
export const DOC_FORMS = ["bien_ban", "nghi_quyet", "ban_ghi_nho", "ban_thoa_thuan"] as const;
export const REPRESENTS = ["village", "front", "organisation", "household", "it", "other"] as const;
export const SUBJECTS = ["secretary", "method", "tellers", "option", "cluster"] as const;

export const openMatterSchema = z
  .object({
    item: z.preprocess(
      (v) => (v === "" || v === undefined ? undefined : Number(v)),
      z.union(
        ITEMS.map((i) => z.literal(i)),
        { error: "Chọn một trong 6 nội dung của Điều 15." },
      ),
    ),
    scope: z.enum(["village", "commune"], {
      error: "Chọn phạm vi: thôn, tổ dân phố hoặc toàn xã.",
    }),
    title: requiredText("Tên nội dung", 300),
    description: optionalText("Mô tả", 20000).transform((v) => v ?? ""),
    question: requiredText("Câu hỏi biểu quyết", 1000),
    opener: z.enum(OPENERS, { error: "Chọn người đề xuất." }),
    agreementBy: optionalText("Người thống nhất", 200),
    agreementOn: optionalIsoDate("Ngày thống nhất"),
    noMeetingAgreed: checkbox(),
    perVillageRule: z
      .enum(["two_thirds", "majority"], { error: "Chọn cách tính kết quả của từng thôn." })
      .optional()
      .transform((v) => v ?? "two_thirds"),
    form: z.enum(FORMS, { error: "Chọn hình thức: họp, phát phiếu hoặc trực tuyến." }),
    heldOn: isoDate("Ngày họp, ngày bắt đầu"),
    closesOn: optionalIsoDate("Ngày kết thúc"),
    place: optionalText("Địa điểm", 300),
    initiativeId: optionalCount("Mã kiến nghị", 1),
  })
  .transform((v) => ({ ...v, closesOn: v.closesOn ?? v.heldOn }))
  .refine((v) => v.closesOn >= v.heldOn, {
    message: "Ngày kết thúc không được trước ngày bắt đầu.",
    path: ["closesOn"],
  });
export type OpenMatterForm = z.infer<typeof openMatterSchema>;

export const initiativeSchema = z.object({
  title: requiredText("Tên kiến nghị", 300),
  description: optionalText("Nội dung kiến nghị", 20000).transform((v) => v ?? ""),
  initiatorName: requiredText("Người kiến nghị", 200),
  openedOn: isoDate("Ngày bắt đầu lấy ý kiến"),
});

export const consentSchema = z.object({
  householdCode,
  givenOn: isoDate("Ngày hộ đồng ý"),
});

export const tableInitiativeSchema = z.object({
  frontApprovedOn: optionalIsoDate("Ngày Ban công tác Mặt trận chấp thuận"),
});

const teamMember = z.object({
  name: requiredText("Họ tên thành viên tổ", 200),
  represents: z.enum(REPRESENTS, { error: "Chọn thành viên đại diện cho ai." }),
  leader: z.boolean(),
});

export const prepareRoundSchema = z
  .object({
    heldOn: isoDate("Ngày họp, ngày bắt đầu"),
    closesOn: isoDate("Ngày kết thúc"),
    place: optionalText("Địa điểm", 300),
    noticeDeliveredOn: optionalIsoDate("Ngày gửi giấy mời, thông báo"),
    noticePosted: checkbox(),
    documentsDeliveredOn: optionalIsoDate("Ngày gửi tài liệu đến các hộ"),
    planIssuedOn: optionalIsoDate("Ngày ban hành kế hoạch"),
    planSentOn: optionalIsoDate("Ngày gửi kế hoạch cho UBND xã, UBMTTQ xã"),
    publicityOn: optionalIsoDate("Ngày thông báo công khai"),
    reportLoggedOn: optionalIsoDate("Ngày báo cáo UBND xã, UBMTTQ xã"),
    optInHouseholds: optionalCount("Số hộ chọn hình thức trực tuyến"),
    team: z.array(teamMember).max(9, "Tổ có tối đa 9 người được ghi."),
    clusters: optionalCount("Số điểm họp", 2),
    dispersed: checkbox(),
    clusterPlanApprovedOn: optionalIsoDate("Ngày UBND xã phê duyệt phương án họp theo cụm"),
  })
  .refine((v) => v.closesOn >= v.heldOn, {
    message: "Ngày kết thúc không được trước ngày bắt đầu.",
    path: ["closesOn"],
  });

/**
 * The form lists team members in numbered rows (`team.0.name`, `team.0.represents`) with one
 * radio `teamLeader` naming the leader's row; empty rows are dropped.
 */
export function prepareFormData(form: Record<string, string>) {
  const team: { name: string; represents: string; leader: boolean }[] = [];
  for (let i = 0; i < TEAM_ROWS; i++) {
    const name = (form[`team.${i}.name`] ?? "").trim();
    if (!name) continue;
    team.push({
      name,
      represents: form[`team.${i}.represents`] ?? "",
      leader: form.teamLeader === String(i),
    });
  }
  return { ...form, team };
}
export const TEAM_ROWS = 5;

export const attendanceSchema = z.object({
  householdCode,
  representative: requiredText("Họ tên người đại diện", 200),
  cluster: optionalCount("Điểm họp", 1),
});

export const speakerSchema = z.object({
  householdCode,
  name: requiredText("Họ tên người đăng ký phát biểu", 200),
});

/** Names typed one a line (or separated by commas or semicolons). */
const names = (label: string) =>
  optionalText(label, 2000).transform((v) =>
    (v ?? "")
      .split(/[\n;,]+/)
      .map((s) => s.trim())
      .filter(Boolean),
  );

export const proceduralVoteSchema = z.object({
  subject: z.enum(SUBJECTS, { error: "Chọn nội dung biểu quyết thủ tục." }),
  label: requiredText("Nội dung", 300),
  yes: count("Số đại diện hộ tán thành"),
  method: z
    .enum(["hands", "secret", ""], { error: "Chọn giơ tay hoặc bỏ phiếu kín." })
    .optional()
    .transform((v) => (v === "" || v === undefined ? undefined : v)),
  tellers: names("Thành viên Ban kiểm phiếu"),
});

export const handsSchema = z.object({
  yes: count("Số đồng ý"),
  no: count("Số không đồng ý"),
  other: count("Số ý kiến khác"),
});

export const paperBallotSchema = z
  .object({
    householdCode,
    choice: z.enum(CHOICES, { error: "Chọn ý kiến ghi trên phiếu." }),
    otherText: optionalText("Ý kiến khác", 2000),
    serial: optionalText("Số phiếu", 40),
    marked: checkbox(),
  })
  .transform((v) => ({ ...v, otherText: v.choice === "other" ? v.otherText : null }));

export const witnessesSchema = z
  .object({
    witness1: requiredText("Người chứng kiến thứ nhất", 200),
    witness2: requiredText("Người chứng kiến thứ hai", 200),
    tellers: names("Tổ kiểm phiếu"),
  })
  .transform((v) => ({
    witnesses: [v.witness1, v.witness2],
    tellers: v.tellers.length > 0 ? v.tellers : undefined,
  }));

export const addBallotRoundSchema = z
  .object({
    heldOn: isoDate("Ngày phát phiếu"),
    closesOn: isoDate("Hạn thu phiếu"),
  })
  .refine((v) => v.closesOn >= v.heldOn, {
    message: "Hạn thu phiếu không được trước ngày phát phiếu.",
    path: ["closesOn"],
  });

export const recordSchema = z.object({
  docForm: z.enum(DOC_FORMS, { error: "Chọn hình thức văn bản." }),
  heldOn: optionalIsoDate("Thời gian"),
  households: optionalCount("Tổng số hộ"),
  attending: optionalCount("Số đại diện hộ tham dự"),
  absent: optionalCount("Số hộ vắng"),
  content: optionalText("Nội dung đã bàn", 20000),
  formText: optionalText("Hình thức quyết định", 300),
  resultText: optionalText("Kết quả biểu quyết", 2000),
  decisionText: optionalText("Nội dung quyết định", 20000),
  signHead: optionalText("Trưởng thôn, Tổ trưởng", 200),
  signFrontHead: optionalText("Trưởng ban công tác Mặt trận", 200),
  signRep1: optionalText("Đại diện hộ thứ nhất", 200),
  signRep2: optionalText("Đại diện hộ thứ hai", 200),
});

export const dispatchSchema = z.object({ dispatchedOn: isoDate("Ngày gửi") });

export const recognitionSchema = z.object({
  decision: z.enum(["recognise", "refuse"], { error: "Chọn công nhận hoặc từ chối." }),
  on: isoDate("Ngày quyết định"),
  reason: optionalText("Lý do từ chối", 4000),
  inForceOn: optionalIsoDate("Ngày có hiệu lực"),
});

export const annulSchema = z.object({
  ground: z.enum(["a", "b", "c"], { error: "Chọn căn cứ theo Điều 22.2." }),
  action: z.enum(["annul", "request_amendment"], { error: "Chọn hủy bỏ hoặc yêu cầu sửa đổi." }),
  reason: requiredText("Lý do", 4000),
  on: isoDate("Ngày quyết định"),
});

export const concludeSchema = z.object({});

/** A household's online vote: the three options of NĐ 59/2023 Điều 5.2. */
export const voteSchema = z
  .object({
    choice: z
      .enum(CHOICES, { error: "Chọn đồng ý, không đồng ý hoặc ý kiến khác." })
      .openapi({ example: "yes" }),
    otherText: optionalText("Ý kiến khác", 2000).openapi({ type: "string" }),
  })
  .refine((v) => v.choice !== "other" || v.otherText !== null, {
    message: "Hãy ghi ý kiến khác của hộ.",
    path: ["otherText"],
  })
  .transform((v) => ({ choice: v.choice, otherText: v.choice === "other" ? v.otherText : null }))
  .openapi("DecisionVote");

export const receiptSchema = z.object({
  ma: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,40}$/, "Mã biên nhận gồm chữ, số, dấu - hoặc _ (16 ký tự)."),
});
