import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authorize } from "../../../core/authz/index.ts";
import { notFound, validation } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import {
  bearer,
  errorResponses,
  idParam,
  json,
  signedInFirst,
  unitCodeParam,
} from "../../../core/http/openapi.ts";
import { loadUnit } from "../../org/index.ts";
import { rateItem } from "../commands/rate-item.ts";
import type { UploadedFile } from "../commands/submit-item.ts";
import { viewIdentity } from "../commands/view-identity.ts";
import { eventsOf, findItem, findItemByCode, findItems } from "../db/inbox.repo.ts";
import { OPEN_STATUSES } from "../db/tables.ts";
import { inboxStats } from "../queries/stats.ts";
import { inboxActionApi } from "./api-actions.ts";
import {
  conflictResponse,
  eventOut,
  IdentityOut,
  ItemListOut,
  ItemWithEventsOut,
  itemOut,
  ListQuery,
  PublishedOut,
  RatingBody,
  StatsOut,
  StatsQuery,
  SubmitBody,
  SubmittedOut,
  TrackedOut,
  TrackParam,
  trackedOut,
} from "./api-schemas.ts";
import { calendar, dataKeyOf, runHandling, submitTo, today } from "./run.ts";
import { toSubmitInput } from "./submit-schema.ts";

// The inbox's JSON API. Anyone submits (a session or an API token links the account) and follows
// the item by its tracking code; officials list, read and handle their unit's items
// (api-actions.ts); the submitter's identity is a separate read, audited and, for a denunciation,
// open only to those T36 names. Shapes and presenters: api-schemas.ts.

const IdParam = idParam("Mã vụ việc");

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

function decodeFiles(files: { fileName: string; contentBase64: string }[] | undefined) {
  return (files ?? []).map((f): UploadedFile => {
    const bytes = Buffer.from(f.contentBase64, "base64");
    if (bytes.length === 0) throw validation(`${f.fileName}: tệp rỗng.`, "files");
    return { fileName: f.fileName, bytes: new Uint8Array(bytes) };
  });
}

export function inboxApi(api: OpenAPIHono<AppEnv>, deps: AppDeps) {
  api.openapi(
    createRoute({
      method: "post",
      path: "/units/{code}/inbox/items",
      summary:
        "Gửi phản ánh, kiến nghị, khiếu nại, tố cáo (Luật 10/2022 Điều 34; NĐ 20/2008; Luật Khiếu nại Điều 8; Luật Tố cáo Điều 23): trả mã theo dõi. Không cần đăng nhập; đăng nhập hoặc mã API gắn vụ việc với tài khoản.",
      security: [...bearer, {}],
      request: {
        params: unitCodeParam,
        body: { content: { "application/json": { schema: SubmitBody } }, required: true },
      },
      responses: {
        201: json(SubmittedOut, "Đã tiếp nhận"),
        400: errorResponses[400],
        404: errorResponses[404],
        413: conflictResponse("Dữ liệu gửi lên quá lớn"),
      },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      const { files, ...body } = c.req.valid("json");
      const r = await submitTo(c, unit, toSubmitInput(body, "api", { files: decodeFiles(files) }));
      return c.json(
        {
          id: r.id,
          code: r.code,
          track: r.track,
          dueOn: r.dueOn,
          dueRule: r.dueRule,
          trackUrl: `/theo-doi/${r.code}`,
        },
        201,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/units/{code}/inbox/items",
      summary:
        "Các vụ việc của đơn vị (cán bộ): mới nhất trước, lọc theo trạng thái, loại, quá hạn; không kèm thông tin người gửi",
      security: bearer,
      middleware: [signedInFirst] as const,
      request: { params: unitCodeParam, query: ListQuery },
      responses: { 200: json(ItemListOut, "Một trang danh sách"), ...errorResponses },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      authorize(c.get("ctx").actor, "inbox.item.read", { unitPath: unit.path });
      const q = c.req.valid("query");
      const now = today();
      const limit = q.limit ?? 100;
      let sel = deps.db.selectFrom("inbox_item").select("id").where("unit_id", "=", unit.id);
      if (q.status === "open" || q.overdue === "true")
        sel = sel.where("status", "in", OPEN_STATUSES);
      else if (q.status === "answered") sel = sel.where("status", "in", ["answered", "closed"]);
      else if (q.status && q.status !== "all") sel = sel.where("status", "=", q.status);
      if (q.overdue === "true") sel = sel.where("due_on", "<", now);
      if (q.overdue === "false")
        sel = sel.where((eb) =>
          eb.or([
            eb("status", "not in", OPEN_STATUSES),
            eb("due_on", "is", null),
            eb("due_on", ">=", now),
          ]),
        );
      if (q.kind) sel = sel.where("kind", "=", q.kind);
      if (q.before) sel = sel.where("id", "<", q.before);
      const ids = await sel
        .orderBy("id", "desc")
        .limit(limit + 1)
        .execute();
      const page = ids.slice(0, limit).map((r) => r.id);
      const items = await findItems(deps.db, page);
      return c.json(
        {
          items: items.map((i) => itemOut(i, now)),
          nextBefore: ids.length > limit ? (page.at(-1) ?? null) : null,
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/inbox/items/{id}",
      summary: "Một vụ việc và toàn bộ diễn biến (cán bộ), không kèm thông tin người gửi",
      security: bearer,
      middleware: [signedInFirst] as const,
      request: { params: IdParam },
      responses: { 200: json(ItemWithEventsOut, "Vụ việc"), ...errorResponses },
    }),
    async (c) => {
      const item = await readable(c, deps, c.req.valid("param").id);
      const events = await eventsOf(deps.db, item.id, false);
      return c.json({ ...itemOut(item, today()), events: events.map(eventOut) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/inbox/items/{id}/identity",
      summary:
        "Thông tin người gửi; với tố cáo chỉ người tiếp nhận, người giải quyết và người được giao (T36; Luật Tố cáo Điều 8.3, 47.2); mỗi lần xem, kể cả lần bị từ chối, được ghi nhật ký",
      security: bearer,
      middleware: [signedInFirst] as const,
      request: { params: IdParam },
      responses: { 200: json(IdentityOut, "Người gửi"), ...errorResponses },
    }),
    async (c) => {
      const identity = await viewIdentity(
        deps.db,
        { ctx: c.get("ctx"), calendar, today: today() },
        dataKeyOf(c),
        c.req.valid("param").id,
      );
      c.header("Cache-Control", "private, no-store");
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

  inboxActionApi(api, deps);

  api.openapi(
    createRoute({
      method: "get",
      path: "/inbox/track/{code}",
      summary:
        "Người gửi theo dõi vụ việc bằng mã theo dõi: trạng thái, diễn biến công khai, câu trả lời",
      request: { params: TrackParam },
      responses: {
        200: json(TrackedOut, "Vụ việc"),
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const item = await tracked(deps, c.req.valid("param").code);
      const events = await eventsOf(deps.db, item.id, true);
      c.header("Cache-Control", "private, no-store");
      return c.json(trackedOut(item, events), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/inbox/track/{code}/rating",
      summary:
        "Người gửi đánh giá việc giải quyết (1–5), một lần, sau khi có trả lời (Luật 10/2022 Điều 35.2a)",
      request: {
        params: TrackParam,
        body: { content: { "application/json": { schema: RatingBody } }, required: true },
      },
      responses: {
        204: { description: "Đã ghi nhận" },
        400: errorResponses[400],
        404: errorResponses[404],
        409: conflictResponse("Đã đánh giá, hoặc chưa có câu trả lời"),
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
      summary:
        "Phản ánh, kiến nghị đã trả lời mà người gửi đồng ý công khai (không kèm thông tin cá nhân)",
      request: { params: unitCodeParam },
      responses: {
        200: json(PublishedOut, "Danh sách"),
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      // Items of a village live at its commune, with the village kept.
      const village = unit.kind === "village" || unit.kind === "residential_group";
      const rows = await deps.db
        .selectFrom("inbox_item")
        .select([
          "id",
          "kind",
          "title",
          "content",
          "place",
          "received_on",
          "answered_on",
          "answer",
          "answered_late",
        ])
        .where(village ? "village_id" : "unit_id", "=", unit.id)
        .where("publish", "=", true)
        .where("status", "in", ["answered", "closed"])
        .orderBy("answered_on", "desc")
        .orderBy("id", "desc")
        .limit(200)
        .execute();
      return c.json(
        {
          items: rows.map((r) => ({
            id: r.id,
            kind: r.kind,
            title: r.title,
            content: r.content,
            place: r.place,
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
      request: { params: unitCodeParam, query: StatsQuery },
      responses: {
        200: json(StatsOut, "Số liệu"),
        400: errorResponses[400],
        404: errorResponses[404],
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
