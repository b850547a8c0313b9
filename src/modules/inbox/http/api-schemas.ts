import { z } from "@hono/zod-openapi";
import { ErrorSchema } from "../../../core/http/openapi.ts";
import { isoDate, optionalText, requiredText } from "../../../core/validation.ts";
import type { ItemRow } from "../db/inbox.repo.ts";
import { ITEM_STATUSES } from "../db/tables.ts";
import { COMPLEXITY_CRITERIA } from "../domain/clocks.ts";
import { KINDS } from "../domain/kinds.ts";
import { STATUS_LABELS } from "../domain/workflow.ts";
import { SUBMIT_KINDS, submitSchema } from "./submit-schema.ts";

// The inbox API's request and response shapes. Every request message is Vietnamese (the error
// handler answers the first one as `{error:{code,message,field}}`); every presenter lists its
// fields (STYLE.md §6), so no name, address or contact of a submitter leaves by accident.

// ---- Parameters -------------------------------------------------------------------------------

export const TrackParam = z.object({
  code: z
    .string({ error: "Mã theo dõi là bắt buộc." })
    .trim()
    .min(1, "Mã theo dõi là bắt buộc.")
    .max(24, "Mã theo dõi dài tối đa 24 ký tự.")
    .openapi({ param: { name: "code", in: "path" }, example: "PA-2611-7K3QX9AB" }),
});

const flag = (label: string) =>
  z.boolean({ error: `${label} phải là true hoặc false.` }).optional();

export const ListQuery = z.object({
  status: z
    .enum(["open", "answered", "all", ...ITEM_STATUSES], {
      error: `Trạng thái phải là open, answered, all hoặc một trong: ${ITEM_STATUSES.join(", ")}.`,
    })
    .optional()
    .openapi({ description: "open = đang giải quyết (mặc định: all)" }),
  kind: z.enum(KINDS, { error: `Loại phải là một trong: ${KINDS.join(", ")}.` }).optional(),
  overdue: z
    .enum(["true", "false"], { error: "overdue phải là true hoặc false." })
    .optional()
    .openapi({ description: "true = đang giải quyết và đã quá hạn" }),
  limit: z.coerce
    .number({ error: "limit phải là số." })
    .int("limit phải là số nguyên.")
    .min(1, "limit tối thiểu là 1.")
    .max(500, "limit tối đa là 500.")
    .optional(),
  before: z.coerce
    .number({ error: "before phải là số." })
    .int("before phải là số nguyên.")
    .positive("before phải dương.")
    .optional()
    .openapi({ description: "Trang tiếp theo: giá trị nextBefore của trang trước" }),
});

export const StatsQuery = z.object({
  year: z.coerce
    .number({ error: "Năm phải là số." })
    .int("Năm phải là số nguyên.")
    .min(2000, "Năm không hợp lệ.")
    .max(2100, "Năm không hợp lệ.")
    .optional(),
});

// ---- Request bodies ---------------------------------------------------------------------------

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const OBJECT = { error: "Nội dung gửi lên phải là một đối tượng JSON." };
/** A request body: an object, with a Vietnamese message when it is not one. */
const body = <T extends z.core.$ZodLooseShape>(shape: T) => z.object(shape, OBJECT);

/** What anyone submits by API: the web form's fields, plus files as base64 (at most 10). */
export const SubmitBody = body({
  ...submitSchema.shape,
  files: z
    .array(
      body({
        fileName: requiredText("Tên tệp", 200),
        contentBase64: z
          .string({ error: "Nội dung tệp (base64) là bắt buộc." })
          .min(1, "Nội dung tệp (base64) là bắt buộc.")
          .regex(BASE64, "Nội dung tệp phải được mã hoá base64."),
      }),
      { error: "files phải là danh sách tệp." },
    )
    .max(10, "Gửi tối đa 10 tệp đính kèm.")
    .optional()
    .openapi({ description: "PDF, JPEG, PNG hoặc DOCX, mỗi tệp tối đa 20 MB" }),
}).openapi("InboxSubmit");

const CRITERIA = COMPLEXITY_CRITERIA.map((c) => c.code) as [string, ...string[]];
const criteria = z
  .array(
    z.enum(CRITERIA, {
      error: `Tiêu chí vụ việc phức tạp phải là một trong: ${CRITERIA.join(", ")}.`,
    }),
    { error: "criteria phải là danh sách tiêu chí." },
  )
  .optional();

const reason = (label: string) => requiredText(label, 5000);

export const ActionBodies = {
  classify: body({
    kind: z.enum(SUBMIT_KINDS, {
      error: "Chọn loại: phan_anh, kien_nghi, khieu_nai hoặc to_cao.",
    }),
    aboutRegulation: flag("aboutRegulation"),
    disciplinary: flag("disciplinary"),
    instance: z
      .enum(["first", "second"], { error: "Lần giải quyết phải là first hoặc second." })
      .optional(),
    remoteArea: flag("remoteArea"),
    criteria,
    publish: flag("publish"),
  }),
  accept: body({
    acceptedOn: isoDate("Ngày thụ lý"),
    complaint: body({
      internalOrNormative: flag("internalOrNormative"),
      notDirectlyConcerned: flag("notDirectlyConcerned"),
      lacksCapacityWithoutRepresentative: flag("lacksCapacityWithoutRepresentative"),
      unlawfulRepresentative: flag("unlawfulRepresentative"),
      secondInstanceDecisionExists: flag("secondInstanceDecisionExists"),
      courtSeized: flag("courtSeized"),
    })
      .optional()
      .openapi({
        description: "Khiếu nại: các căn cứ của Luật Khiếu nại Điều 11 (bỏ trống = không)",
      }),
    denunciation: body({
      meetsForm: flag("meetsForm"),
      capacity: flag("capacity"),
      identifiesViolation: flag("identifiesViolation"),
    })
      .optional()
      .openapi({ description: "Tố cáo: các điều kiện của Luật Tố cáo Điều 29.1 (bỏ trống = có)" }),
  }),
  refuse: body({
    ground: requiredText("Căn cứ không thụ lý", 20),
    reason: reason("Lý do không thụ lý"),
  }),
  transfer: body({
    unitCode: optionalText("Mã đơn vị nhận", 40),
    recipient: optionalText("Nơi nhận ngoài nền tảng", 300),
    reason: reason("Lý do chuyển đơn"),
  }).refine((b) => b.unitCode || b.recipient, {
    message: "Ghi mã đơn vị nhận (unitCode) hoặc nơi nhận ngoài nền tảng (recipient).",
    path: ["unitCode"],
  }),
  merge: body({
    intoId: z
      .number({ error: "intoId phải là số." })
      .int("intoId phải là số nguyên.")
      .positive("intoId phải dương.")
      .optional(),
    intoCode: optionalText("Mã theo dõi của vụ việc được gộp vào", 24),
  }).refine((b) => b.intoId || b.intoCode, {
    message: "Ghi vụ việc được gộp vào: intoId hoặc intoCode.",
    path: ["intoId"],
  }),
  assign: body({
    accountId: z
      .number({ error: "accountId phải là số, hoặc null để bỏ giao." })
      .int("accountId phải là số nguyên.")
      .positive("accountId phải dương.")
      .nullable(),
  }),
  notes: body({
    text: reason("Nội dung ghi chú"),
    public: flag("public").openapi({ description: "true = người gửi thấy (thông báo tiến độ)" }),
  }),
  suspend: body({
    on: isoDate("Ngày quyết định tạm đình chỉ"),
    reason: reason("Căn cứ tạm đình chỉ"),
  }),
  resume: body({ on: isoDate("Ngày quyết định tiếp tục giải quyết") }),
  extend: body({
    decidedOn: isoDate("Ngày quyết định gia hạn"),
    notified: z.boolean({ error: "notified (đã thông báo cho các bên) phải là true hoặc false." }),
    criteria,
  }),
  answer: body({
    answer: requiredText("Nội dung trả lời", 20000),
    answeredOn: isoDate("Ngày trả lời"),
    document: body({
      number: requiredText("Số văn bản", 60),
      signer: requiredText("Người ký", 200),
      contents: z.record(
        z.string(),
        z
          .string({ error: "Mỗi nội dung phải là chuỗi ký tự." })
          .max(20000, "Mỗi nội dung dài tối đa 20.000 ký tự."),
        { error: "contents phải là đối tượng {mục: nội dung}." },
      ),
      compensation: flag("compensation"),
    })
      .nullish()
      .openapi({
        description:
          "Quyết định giải quyết khiếu nại, kết luận tố cáo: các nội dung luật định (T23, T35)",
      }),
  }),
  close: body({}),
  withdraw: body({
    withdrawnOn: isoDate("Ngày rút đơn"),
    form: z
      .enum(["petition", "minutes"], { error: "Hình thức rút phải là petition hoặc minutes." })
      .optional(),
    signed: z.boolean({ error: "signed (đơn rút có chữ ký) phải là true hoặc false." }),
    signsOfViolation: flag("signsOfViolation"),
    coerced: flag("coerced"),
    by: optionalText("Người rút", 200),
  }),
} as const;
export type ActionName = keyof typeof ActionBodies;

export const RatingBody = body({
  level: z
    .number({ error: "Mức đánh giá phải là số từ 1 đến 5." })
    .int("Mức đánh giá phải là số nguyên từ 1 đến 5."),
  comment: optionalText("Nhận xét", 2000),
});

// ---- Responses --------------------------------------------------------------------------------

export const conflictResponse = (description: string) => ({
  content: { "application/json": { schema: ErrorSchema } },
  description,
});

const EventOut = z
  .object({ at: z.string(), type: z.string(), text: z.string() })
  .openapi("InboxEvent");

export const ItemOut = z
  .object({
    id: z.number().int(),
    code: z.string(),
    unitCode: z.string(),
    unitName: z.string(),
    kind: z.enum(KINDS),
    track: z.string(),
    channel: z.string(),
    status: z.enum(ITEM_STATUSES),
    statusLabel: z.string(),
    title: z.string(),
    content: z.string(),
    place: z.string().nullable(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    anonymous: z.boolean(),
    confidential: z.boolean(),
    details: z.object({
      submittedOn: z.string().nullable(),
      reasons: z.string().nullable(),
      request: z.string().nullable(),
      respondent: z.string().nullable(),
      respondentAddress: z.string().nullable(),
      accused: z.string().nullable(),
    }),
    instance: z.enum(["first", "second"]).nullable(),
    receivedOn: z.string(),
    acceptedOn: z.string().nullable(),
    dueOn: z.string().nullable(),
    dueRule: z.string().nullable(),
    dueWhat: z.string().nullable(),
    overdue: z.boolean(),
    assignedAccountId: z.number().int().nullable(),
    escalatedOn: z.string().nullable(),
    mergedIntoId: z.number().int().nullable(),
    transferredTo: z.string().nullable(),
    publish: z.boolean(),
    answer: z.string().nullable(),
    answeredOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    rating: z.number().int().nullable(),
  })
  .openapi("InboxItem");

export const ItemWithEventsOut = ItemOut.extend({
  events: z.array(EventOut.extend({ public: z.boolean() })),
}).openapi("InboxItemWithEvents");

export const ItemListOut = z
  .object({ items: z.array(ItemOut), nextBefore: z.number().int().nullable() })
  .openapi("InboxItemList");

export const TrackedOut = z
  .object({
    code: z.string(),
    kind: z.enum(KINDS),
    title: z.string(),
    unitName: z.string(),
    status: z.enum(ITEM_STATUSES),
    statusLabel: z.string(),
    receivedOn: z.string(),
    dueOn: z.string().nullable(),
    dueRule: z.string().nullable(),
    answer: z.string().nullable(),
    answeredOn: z.string().nullable(),
    rating: z.number().int().nullable(),
    events: z.array(EventOut),
  })
  .openapi("InboxTrackedItem");

export const SubmittedOut = z
  .object({
    id: z.number().int(),
    code: z.string().openapi({ description: "Mã theo dõi; người gửi giữ để theo dõi, đánh giá" }),
    track: z.string(),
    dueOn: z.string().nullable(),
    dueRule: z.string().nullable(),
    trackUrl: z.string(),
  })
  .openapi("InboxSubmitted");

export const IdentityOut = z
  .object({
    name: z.string().nullable(),
    address: z.string().nullable(),
    contact: z.string().nullable(),
  })
  .openapi("InboxIdentity");

export const PublishedOut = z
  .object({
    items: z.array(
      z.object({
        id: z.number().int(),
        kind: z.enum(KINDS),
        title: z.string(),
        content: z.string(),
        place: z.string().nullable(),
        receivedOn: z.string(),
        answeredOn: z.string().nullable(),
        answer: z.string().nullable(),
        onTime: z.boolean(),
      }),
    ),
  })
  .openapi("InboxPublished");

const FiguresOut = z
  .object({
    unitCode: z.string(),
    name: z.string(),
    received: z.number().int(),
    answered: z.number().int(),
    answeredOnTime: z.number().int(),
    open: z.number().int(),
    overdue: z.number().int(),
    ratings: z.number().int(),
    meanRatingX100: z.number().int().nullable(),
  })
  .openapi("InboxFigures");
export const StatsOut = z
  .object({ year: z.number().int(), total: FiguresOut, units: z.array(FiguresOut) })
  .openapi("InboxStats");

// ---- Presenters -------------------------------------------------------------------------------

const OPEN = ["received", "accepted", "suspended"];
const label = (status: string) => STATUS_LABELS[status]?.vi ?? status;

/** An item for its handlers: everything but the submitter's identity. */
export const itemOut = (i: ItemRow, today: string): z.infer<typeof ItemOut> => ({
  id: i.id,
  code: i.code,
  unitCode: i.unit_code,
  unitName: i.unit_name,
  kind: i.kind,
  track: i.track,
  channel: i.channel,
  status: i.status,
  statusLabel: label(i.status),
  title: i.title,
  content: i.content,
  place: i.place,
  lat: i.lat,
  lng: i.lng,
  anonymous: i.anonymous,
  confidential: i.confidential,
  details: {
    submittedOn: i.details.submittedOn ?? null,
    reasons: i.details.reasons ?? null,
    request: i.details.request ?? null,
    respondent: i.details.respondent ?? null,
    respondentAddress: i.details.respondentAddress ?? null,
    accused: i.details.accused ?? null,
  },
  instance: i.instance,
  receivedOn: i.received_on,
  acceptedOn: i.accepted_on,
  dueOn: i.due_on,
  dueRule: i.due_rule,
  dueWhat: i.due_what,
  overdue: OPEN.includes(i.status) && i.due_on !== null && i.due_on < today,
  assignedAccountId: i.assigned_account_id,
  escalatedOn: i.escalated_on,
  mergedIntoId: i.merged_into_id,
  transferredTo: i.transferred_to,
  publish: i.publish,
  answer: i.answer,
  answeredOn: i.answered_on,
  closedOn: i.closed_on,
  rating: i.rating,
});

type Event = { at: Date; type: string; text: string; public: boolean };

/** The submitter's view by tracking code: public steps only. */
export const trackedOut = (i: ItemRow, events: Event[]): z.infer<typeof TrackedOut> => ({
  code: i.code,
  kind: i.kind,
  title: i.title,
  unitName: i.unit_name,
  status: i.status,
  statusLabel: label(i.status),
  receivedOn: i.received_on,
  dueOn: i.due_on,
  dueRule: i.due_rule,
  answer: i.answer,
  answeredOn: i.answered_on,
  rating: i.rating,
  events: events.map((e) => ({ at: e.at.toISOString(), type: e.type, text: e.text })),
});

export const eventOut = (e: Event) => ({
  at: e.at.toISOString(),
  type: e.type,
  text: e.text,
  public: e.public,
});
