import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authorize } from "../../../core/authz/index.ts";
import { notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import {
  bearer,
  errorResponses,
  idParam,
  json,
  unitCodeParam,
} from "../../../core/http/openapi.ts";
import { isoDate, optionalText } from "../../../core/validation.ts";
import { loadUnit } from "../../org/index.ts";
import { acceptItem } from "../commands/accept-item.ts";
import { addNote } from "../commands/add-note.ts";
import { answerItem } from "../commands/answer-item.ts";
import { assignItem } from "../commands/assign-item.ts";
import { closeItem } from "../commands/close-item.ts";
import { rateItem } from "../commands/rate-item.ts";
import { refuseItem } from "../commands/refuse-item.ts";
import { transferItem } from "../commands/transfer-item.ts";
import { viewIdentity } from "../commands/view-identity.ts";
import { eventsOf, findItem, findItemByCode, type ItemRow } from "../db/inbox.repo.ts";
import { KINDS } from "../domain/kinds.ts";
import { inboxStats } from "../queries/stats.ts";
import { calendar, dataKeyOf, runHandling, submitTo, today } from "./run.ts";
import { submitSchema, toSubmitInput } from "./submit-schema.ts";

// The inbox's JSON API. Anyone submits and follows their item by its tracking code; officials
// list, read and handle their unit's items; the identity is a separate, audited read (T36).
// Presenters list every field (STYLE.md §6): no name, address or contact leaves by accident.

const CodeParam = unitCodeParam;
const IdParam = idParam("Mã vụ việc");
const TrackParam = z.object({
  code: z
    .string()
    .max(24)
    .openapi({ param: { name: "code", in: "path" }, example: "PA-2611-7K3QX9AB" }),
});

const EventOut = z
  .object({ at: z.string(), type: z.string(), text: z.string() })
  .openapi("InboxEvent");
const ItemOut = z
  .object({
    id: z.number().int(),
    code: z.string(),
    unitCode: z.string(),
    kind: z.enum(KINDS),
    track: z.string(),
    channel: z.string(),
    status: z.string(),
    title: z.string(),
    content: z.string(),
    place: z.string().nullable(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    anonymous: z.boolean(),
    confidential: z.boolean(),
    receivedOn: z.string(),
    acceptedOn: z.string().nullable(),
    dueOn: z.string().nullable(),
    dueRule: z.string().nullable(),
    dueWhat: z.string().nullable(),
    assignedAccountId: z.number().int().nullable(),
    escalatedOn: z.string().nullable(),
    answer: z.string().nullable(),
    answeredOn: z.string().nullable(),
    rating: z.number().int().nullable(),
  })
  .openapi("InboxItem");
const TrackedOut = z
  .object({
    code: z.string(),
    kind: z.enum(KINDS),
    title: z.string(),
    unitName: z.string(),
    status: z.string(),
    receivedOn: z.string(),
    dueOn: z.string().nullable(),
    dueRule: z.string().nullable(),
    answer: z.string().nullable(),
    answeredOn: z.string().nullable(),
    rating: z.number().int().nullable(),
    events: z.array(EventOut),
  })
  .openapi("InboxTrackedItem");
const SubmittedOut = z
  .object({
    id: z.number().int(),
    code: z.string(),
    track: z.string(),
    dueOn: z.string().nullable(),
    dueRule: z.string().nullable(),
    trackUrl: z.string(),
  })
  .openapi("InboxSubmitted");
const IdentityOut = z
  .object({
    name: z.string().nullable(),
    address: z.string().nullable(),
    contact: z.string().nullable(),
  })
  .openapi("InboxIdentity");
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

export const itemOut = (i: ItemRow) => ({
  id: i.id,
  code: i.code,
  unitCode: i.unit_code,
  kind: i.kind,
  track: i.track,
  channel: i.channel,
  status: i.status,
  title: i.title,
  content: i.content,
  place: i.place,
  lat: i.lat,
  lng: i.lng,
  anonymous: i.anonymous,
  confidential: i.confidential,
  receivedOn: i.received_on,
  acceptedOn: i.accepted_on,
  dueOn: i.due_on,
  dueRule: i.due_rule,
  dueWhat: i.due_what,
  assignedAccountId: i.assigned_account_id,
  escalatedOn: i.escalated_on,
  answer: i.answer,
  answeredOn: i.answered_on,
  rating: i.rating,
});

async function readable(c: Context<AppEnv>, deps: AppDeps, id: number) {
  const item = await findItem(deps.db, id);
  if (!item) throw notFound("Không tìm thấy vụ việc.");
  authorize(c.get("ctx").actor, "inbox.item.read", { unitPath: item.unit_path });
  return item;
}

async function tracked(deps: AppDeps, code: string) {
  const row = await findItemByCode(deps.db, code);
  const item = row ? await findItem(deps.db, row.id) : undefined;
  if (!item) throw notFound("Không có vụ việc nào mang mã theo dõi này.");
  return item;
}

const actionSchemas = {
  accept: z.object({ acceptedOn: isoDate("Ngày thụ lý") }),
  refuse: z.object({ ground: z.string().max(20), reason: z.string().max(5000) }),
  transfer: z.object({
    unitCode: optionalText("Mã đơn vị nhận", 40),
    recipient: optionalText("Nơi nhận ngoài nền tảng", 300),
    reason: z.string().max(5000),
  }),
  assign: z.object({ accountId: z.number().int().positive().nullable() }),
  notes: z.object({ text: z.string().max(5000), public: z.boolean().optional() }),
  answer: z.object({
    answer: z.string().max(20000),
    answeredOn: isoDate("Ngày trả lời"),
    document: z
      .object({
        number: z.string().max(60),
        signer: z.string().max(200),
        contents: z.record(z.string(), z.string().max(20000)),
        dialogueHeld: z.boolean().optional(),
        compensation: z.boolean().optional(),
      })
      .nullish(),
  }),
  close: z.object({}),
} as const;

export function inboxApi(api: OpenAPIHono<AppEnv>, deps: AppDeps) {
  api.openapi(
    createRoute({
      method: "post",
      path: "/units/{code}/inbox/items",
      summary:
        "Gửi phản ánh, kiến nghị, khiếu nại, tố cáo (Luật 10/2022 Điều 34; NĐ 20/2008; Luật Khiếu nại Điều 8; Luật Tố cáo Điều 23): trả mã theo dõi",
      security: bearer,
      request: {
        params: CodeParam,
        body: { content: { "application/json": { schema: submitSchema } }, required: true },
      },
      responses: { 201: json(SubmittedOut, "Đã tiếp nhận"), ...errorResponses },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      const r = await submitTo(c, unit, toSubmitInput(c.req.valid("json"), "api"));
      return c.json({ ...r, trackUrl: `/theo-doi/${r.code}` }, 201);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/units/{code}/inbox/items",
      summary:
        "Các vụ việc của đơn vị (cán bộ): mới nhất trước, lọc theo trạng thái, loại, quá hạn",
      security: bearer,
      request: {
        params: CodeParam,
        query: z.object({
          status: z.enum(["open", "answered", "all"]).optional(),
          kind: z.enum(KINDS).optional(),
          overdue: z.enum(["true", "false"]).optional(),
          limit: z.coerce.number().int().min(1).max(500).optional(),
          before: z.coerce.number().int().positive().optional(),
        }),
      },
      responses: {
        200: json(z.object({ items: z.array(ItemOut) }), "Danh sách"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      authorize(c.get("ctx").actor, "inbox.item.read", { unitPath: unit.path });
      const q = c.req.valid("query");
      let sel = deps.db.selectFrom("inbox_item").select("id").where("unit_id", "=", unit.id);
      if (q.status === "open" || q.overdue === "true")
        sel = sel.where("status", "in", ["received", "accepted", "suspended"]);
      if (q.status === "answered") sel = sel.where("status", "in", ["answered", "closed"]);
      if (q.kind) sel = sel.where("kind", "=", q.kind);
      if (q.overdue === "true") sel = sel.where("due_on", "<", today());
      if (q.before) sel = sel.where("id", "<", q.before);
      const ids = await sel
        .orderBy("id", "desc")
        .limit(q.limit ?? 100)
        .execute();
      const items = await Promise.all(ids.map((r) => findItem(deps.db, r.id)));
      return c.json(
        { items: items.filter((i): i is ItemRow => i !== undefined).map(itemOut) },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/inbox/items/{id}",
      summary: "Một vụ việc (cán bộ), không kèm thông tin người gửi",
      security: bearer,
      request: { params: IdParam },
      responses: {
        200: json(
          ItemOut.extend({ events: z.array(EventOut.extend({ public: z.boolean() })) }),
          "Vụ việc",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const item = await readable(c, deps, c.req.valid("param").id);
      const events = await eventsOf(deps.db, item.id, false);
      return c.json(
        {
          ...itemOut(item),
          events: events.map((e) => ({
            at: e.at.toISOString(),
            type: e.type,
            text: e.text,
            public: e.public,
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/inbox/items/{id}/identity",
      summary:
        "Thông tin người gửi; với tố cáo chỉ người tiếp nhận, người giải quyết và người được giao (Luật Tố cáo Điều 8.3, 47.2); mỗi lần xem được ghi nhật ký",
      security: bearer,
      request: { params: IdParam },
      responses: { 200: json(IdentityOut, "Người gửi"), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid("param").id;
      const identity = await viewIdentity(
        deps.db,
        { ctx: c.get("ctx"), calendar, today: today() },
        dataKeyOf(c),
        id,
      );
      return c.json(
        {
          name: identity?.name ?? null,
          address: identity?.address ?? null,
          contact: identity?.contact ?? null,
        },
        200,
      );
    },
  );

  const act = <K extends keyof typeof actionSchemas>(
    action: K,
    summary: string,
    run: (
      h: Parameters<Parameters<typeof runHandling>[2]>[0],
      id: number,
      body: z.infer<(typeof actionSchemas)[K]>,
      key: Buffer,
    ) => Promise<unknown>,
  ) =>
    api.openapi(
      createRoute({
        method: "post",
        path: `/inbox/items/{id}/${action}`,
        summary,
        security: bearer,
        request: {
          params: IdParam,
          body: {
            content: { "application/json": { schema: actionSchemas[action] } },
            required: true,
          },
        },
        responses: {
          200: json(ItemOut, "Vụ việc sau khi xử lý"),
          ...errorResponses,
          409: json(
            errorResponses[400].content["application/json"].schema,
            "Không thể thực hiện ở trạng thái hiện tại",
          ),
        },
      }),
      async (c) => {
        const id = (c.req.valid("param" as never) as { id: number }).id;
        const before = await findItem(deps.db, id);
        if (!before) throw notFound("Không tìm thấy vụ việc.");
        const body = c.req.valid("json" as never) as z.infer<(typeof actionSchemas)[K]>;
        await runHandling(
          c,
          { action: `inbox.item.${action}`, unitId: before.unit_id, itemId: id },
          (h) => run(h, id, body, dataKeyOf(c)),
        );
        const after = await findItem(deps.db, id);
        return c.json(itemOut(after as ItemRow), 200);
      },
    );

  act("accept", "Thụ lý (Luật Khiếu nại Điều 27; Luật Tố cáo Điều 29)", (h, id, b) =>
    acceptItem(h, id, { acceptedOn: b.acceptedOn }),
  );
  act(
    "refuse",
    "Không thụ lý, với căn cứ (Luật Khiếu nại Điều 11; Luật Tố cáo Điều 29.1)",
    (h, id, b) => refuseItem(h, id, b),
  );
  act("transfer", "Chuyển đơn đến đơn vị có thẩm quyền (T12, T31)", (h, id, b) =>
    b.unitCode
      ? transferItem(h, id, { to: "unit", unitCode: b.unitCode, reason: b.reason })
      : transferItem(h, id, { to: "outside", recipient: b.recipient ?? "", reason: b.reason }),
  );
  act("assign", "Giao người giải quyết", (h, id, b) => assignItem(h, id, b.accountId));
  act("notes", "Ghi chú nội bộ, hoặc thông báo tiến độ cho người gửi", (h, id, b) =>
    addNote(h, id, b.text, b.public ?? false),
  );
  act(
    "answer",
    "Trả lời; quyết định giải quyết khiếu nại, kết luận tố cáo với đủ nội dung luật định (T23, T35)",
    (h, id, b, key) =>
      answerItem(h, key, id, {
        answer: b.answer,
        answeredOn: b.answeredOn,
        document: b.document ?? null,
      }),
  );
  act("close", "Kết thúc vụ việc đã trả lời", (h, id) => closeItem(h, id));

  api.openapi(
    createRoute({
      method: "get",
      path: "/inbox/track/{code}",
      summary:
        "Người gửi theo dõi vụ việc bằng mã theo dõi: trạng thái, diễn biến công khai, câu trả lời",
      request: { params: TrackParam },
      responses: { 200: json(TrackedOut, "Vụ việc"), ...errorResponses },
    }),
    async (c) => {
      const item = await tracked(deps, c.req.valid("param").code);
      const events = await eventsOf(deps.db, item.id, true);
      c.header("Cache-Control", "private, no-store");
      return c.json(
        {
          code: item.code,
          kind: item.kind,
          title: item.title,
          unitName: item.unit_name,
          status: item.status,
          receivedOn: item.received_on,
          dueOn: item.due_on,
          dueRule: item.due_rule,
          answer: item.answer,
          answeredOn: item.answered_on,
          rating: item.rating,
          events: events.map((e) => ({ at: e.at.toISOString(), type: e.type, text: e.text })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/inbox/track/{code}/rating",
      summary: "Người gửi đánh giá việc giải quyết, một lần (Luật 10/2022 Điều 35.2a)",
      request: {
        params: TrackParam,
        body: {
          content: {
            "application/json": {
              schema: z.object({
                level: z.number().int(),
                comment: z.string().max(2000).optional(),
              }),
            },
          },
          required: true,
        },
      },
      responses: {
        204: { description: "Đã ghi nhận" },
        ...errorResponses,
        409: json(
          errorResponses[400].content["application/json"].schema,
          "Đã đánh giá, hoặc chưa có câu trả lời",
        ),
      },
    }),
    async (c) => {
      const item = await tracked(deps, c.req.valid("param").code);
      const body = c.req.valid("json");
      await runHandling(
        c,
        { action: "inbox.item.rate", unitId: item.unit_id, itemId: item.id },
        (h) =>
          rateItem(h, item.id, { level: body.level, comment: body.comment ?? "", code: item.code }),
      );
      return c.body(null, 204);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/units/{code}/inbox/published",
      summary: "Phản ánh, kiến nghị đã trả lời được công khai (không kèm thông tin cá nhân)",
      request: { params: CodeParam },
      responses: {
        200: json(
          z.object({
            items: z.array(
              z.object({
                id: z.number().int(),
                kind: z.enum(KINDS),
                title: z.string(),
                content: z.string(),
                receivedOn: z.string(),
                answeredOn: z.string().nullable(),
                answer: z.string().nullable(),
                onTime: z.boolean(),
              }),
            ),
          }),
          "Danh sách",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      const rows = await deps.db
        .selectFrom("inbox_item")
        .select([
          "id",
          "kind",
          "title",
          "content",
          "received_on",
          "answered_on",
          "answer",
          "answered_late",
        ])
        .where((eb) => eb.or([eb("unit_id", "=", unit.id), eb("village_id", "=", unit.id)]))
        .where("publish", "=", true)
        .where("status", "in", ["answered", "closed"])
        .orderBy("answered_on", "desc")
        .limit(200)
        .execute();
      return c.json(
        {
          items: rows.map((r) => ({
            id: r.id,
            kind: r.kind,
            title: r.title,
            content: r.content,
            receivedOn: r.received_on,
            answeredOn: r.answered_on,
            answer: r.answer,
            onTime: r.answered_late !== true,
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/units/{code}/inbox/stats",
      summary:
        "Số liệu tiếp nhận, giải quyết, đúng hạn, quá hạn, mức hài lòng của đơn vị và các đơn vị trực thuộc",
      request: {
        params: CodeParam,
        query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
      },
      responses: {
        200: json(
          z.object({ year: z.number().int(), total: FiguresOut, units: z.array(FiguresOut) }),
          "Số liệu",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      const now = today();
      const year = c.req.valid("query").year ?? Number(now.slice(0, 4));
      const s = await inboxStats(deps.db, unit.path, year, now);
      const out = (f: (typeof s.rows)[number]) => ({
        unitCode: f.code,
        name: f.name,
        received: f.received,
        answered: f.answered,
        answeredOnTime: f.answeredOnTime,
        open: f.open,
        overdue: f.overdue,
        ratings: f.ratings,
        meanRatingX100: f.meanRatingX100,
      });
      return c.json({ year, total: out(s.total), units: s.rows.map(out) }, 200);
    },
  );
}
