import { type Context, Hono } from "hono";
import type { Executor } from "../../../core/db/database.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { handleError, toAppError } from "../../../core/http/error-handler.tsx";
import { loadUnit } from "../../org/index.ts";
import { findItemByCode, findItems, type ItemRow } from "../db/inbox.repo.ts";
import { OPEN_STATUSES } from "../db/tables.ts";
import { FORMATS, type Format, fail, formatOfPath, reply, splitFile } from "./open311-format.ts";
import {
  type Params,
  problemsOf,
  SERVICES,
  serviceName,
  serviceOf,
  toSubmission,
} from "./open311-services.ts";
import { submitTo } from "./run.ts";

// Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2), so existing Open311 clients can submit and
// read: a jurisdiction is a unit code, a service is one of our kinds (open311-services.ts), a
// service_request_id is the tracking code. JSON and XML. Reads return published items, plus the
// ones whose codes the client names (the code is the submitter's secret); never a name, address
// or contact, and a denunciation shows only its status.

export const OPEN311_BASE = "/api/open311/v2";
const CHANGESET = "2026-11-22T00:00:00Z";
const MAX_RESULTS = 1000;
const DEFAULT_DAYS = 90;

const isoTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
const list = (v: string | undefined) =>
  (v ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

const dueNotice = (i: { due_on: string | null; due_rule: string | null }) =>
  i.due_on
    ? `Hạn ${i.due_rule === "target" ? "trả lời theo chỉ tiêu" : `theo quy định (${i.due_rule})`}: ${i.due_on}.`
    : null;

/** The last public step of each item: its status note and update time. */
async function lastPublicEvents(db: Executor, ids: number[]) {
  if (ids.length === 0) return new Map<number, { at: Date; text: string }>();
  const rows = await db
    .selectFrom("inbox_event")
    .select(["item_id", "at", "text"])
    .distinctOn("item_id")
    .where("item_id", "in", ids)
    .where("public", "=", true)
    .orderBy("item_id")
    .orderBy("id", "desc")
    .execute();
  return new Map(rows.map((r) => [r.item_id, { at: r.at, text: r.text }]));
}

/** A service request as the spec lists its fields; every field named, none personal. */
function requestOut(i: ItemRow, last: { at: Date; text: string } | undefined) {
  const open = OPEN_STATUSES.includes(i.status);
  const secret = i.confidential;
  return {
    service_request_id: i.code,
    status: open ? "open" : "closed",
    status_notes: last?.text || null,
    service_name: serviceName(i.kind),
    service_code: i.kind,
    description: secret ? "Tố cáo: nội dung và người tố cáo được giữ bí mật." : i.content,
    agency_responsible: i.unit_name,
    service_notice: open ? dueNotice(i) : null,
    requested_datetime: isoTime(i.created_at),
    updated_datetime: isoTime(last?.at ?? i.created_at),
    expected_datetime: i.due_on ? `${i.due_on}T23:59:59+07:00` : null,
    address: secret ? null : i.place,
    address_id: null,
    zipcode: null,
    lat: secret ? null : i.lat,
    long: secret ? null : i.lng,
    media_url: null,
  };
}

async function requestsOut(deps: AppDeps, items: ItemRow[]) {
  const last = await lastPublicEvents(
    deps.db,
    items.map((i) => i.id),
  );
  return items.map((i) => requestOut(i, last.get(i.id)));
}

/** The request's parameters, from a form (the spec's encoding) or JSON; `attribute[x]` kept flat. */
async function paramsOf(c: Context<AppEnv>): Promise<Params | null> {
  const out: Params = {};
  if ((c.req.header("content-type") ?? "").includes("application/json")) {
    const raw = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) return null;
    for (const [k, v] of Object.entries(raw)) {
      if (k === "attribute" && v && typeof v === "object")
        for (const [a, x] of Object.entries(v)) out[`attribute[${a}]`] = String(x);
      else if (v !== null && v !== undefined && typeof v !== "object") out[k] = String(v);
    }
    return out;
  }
  const form = await c.req.parseBody();
  for (const [k, v] of Object.entries(form)) if (typeof v === "string") out[k] = v;
  return out;
}

/**
 * The spec's `api_key`: optional here (anyone may submit), but one of our API tokens links the
 * request to its account like a bearer token does. A key that looks like ours and is not valid
 * is refused rather than silently treated as anonymous.
 */
async function useApiKey(c: Context<AppEnv>, deps: AppDeps, key: string | undefined) {
  if (!key?.startsWith("coso_") || c.get("ctx").actor.kind !== "anonymous") return true;
  const who = await deps.identify({ sessionId: undefined, bearerToken: key });
  if (who.ctx.actor.kind === "anonymous") return false;
  c.set("ctx", { ...c.get("ctx"), actor: who.ctx.actor });
  return true;
}

async function jurisdiction(deps: AppDeps, code: string) {
  return loadUnit(deps.db, code).catch(() => null);
}

export function open311Routes(app: Hono<AppEnv>, deps: AppDeps) {
  const o = new Hono<AppEnv>();

  for (const format of FORMATS) {
    o.get(`/discovery.${format}`, (c) =>
      reply(
        c,
        format,
        { object: "discovery" },
        {
          changeset: CHANGESET,
          contact: "Cơ Sở — nền tảng dân chủ ở cơ sở; hỏi quản trị của đơn vị nhận.",
          key_service:
            "Không cần api_key để gửi; một mã API (coso_…) trong api_key hoặc Authorization: Bearer gắn yêu cầu với tài khoản.",
          endpoints: [
            {
              specification: "http://wiki.open311.org/GeoReport_v2",
              url: new URL(OPEN311_BASE, c.req.url).toString(),
              changeset: CHANGESET,
              type: "production",
              formats: ["application/json", "text/xml"],
            },
          ],
        },
      ),
    );

    o.get(`/services.${format}`, async (c) => {
      const code = c.req.query("jurisdiction_id");
      if (code && !(await jurisdiction(deps, code)))
        return fail(c, format, 404, [
          { param: "jurisdiction_id", message: `Không có đơn vị mang mã ${code}.` },
        ]);
      return reply(
        c,
        format,
        { list: "services", item: "service" },
        SERVICES.map((s) => ({
          service_code: s.code,
          service_name: serviceName(s.code),
          description: s.description,
          metadata: s.attributes.length > 0,
          type: "realtime",
          keywords: s.keywords,
          group: s.group,
        })),
      );
    });

    o.post(`/requests.${format}`, async (c) => {
      const p = await paramsOf(c);
      if (!p)
        return fail(c, format, 400, [
          { param: null, message: "Nội dung gửi lên không phải JSON hợp lệ." },
        ]);
      if (!(await useApiKey(c, deps, p.api_key)))
        return fail(c, format, 403, [{ param: "api_key", message: "api_key không hợp lệ." }]);
      if (!p.jurisdiction_id)
        return fail(c, format, 400, [
          { param: "jurisdiction_id", message: "Thiếu mã đơn vị nhận (jurisdiction_id)." },
        ]);
      if (!p.service_code)
        return fail(c, format, 400, [
          { param: "service_code", message: "Thiếu loại yêu cầu (service_code)." },
        ]);
      const service = serviceOf(p.service_code);
      if (!service)
        return fail(c, format, 404, [
          {
            param: "service_code",
            message: `Không có dịch vụ ${p.service_code}: phan_anh, kien_nghi, khieu_nai hoặc to_cao.`,
          },
        ]);
      const loaded = await jurisdiction(deps, p.jurisdiction_id);
      if (!loaded)
        return fail(c, format, 404, [
          { param: "jurisdiction_id", message: `Không có đơn vị mang mã ${p.jurisdiction_id}.` },
        ]);
      const submission = toSubmission(service, p);
      if (!submission.input) return fail(c, format, 400, submission.problems);
      const r = await submitTo(c, loaded.unit, submission.input);
      const due = dueNotice({ due_on: r.dueOn, due_rule: r.dueRule });
      return reply(
        c,
        format,
        { list: "service_requests", item: "request" },
        [
          {
            service_request_id: r.code,
            service_notice: `Đã tiếp nhận. ${due ? `${due} ` : ""}Giữ mã ${r.code} để theo dõi và đánh giá.`,
            account_id: c.get("ctx").actor.accountId,
          },
        ],
        201,
      );
    });

    o.get(`/requests.${format}`, async (c) => {
      const q = c.req.query();
      const codes = list(q.service_request_id).slice(0, 100);
      let ids: number[];
      if (codes.length > 0) {
        // Named codes override every other filter (the spec); each is the submitter's secret.
        const found = await Promise.all(codes.map((code) => findItemByCode(deps.db, code)));
        ids = found.flatMap((f) => (f ? [f.id] : []));
      } else {
        const unit = q.jurisdiction_id ? await jurisdiction(deps, q.jurisdiction_id) : null;
        if (q.jurisdiction_id && !unit)
          return fail(c, format, 404, [
            { param: "jurisdiction_id", message: `Không có đơn vị mang mã ${q.jurisdiction_id}.` },
          ]);
        const end = q.end_date ? new Date(q.end_date) : new Date();
        const start = q.start_date
          ? new Date(q.start_date)
          : new Date(end.getTime() - DEFAULT_DAYS * 86_400_000);
        if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()))
          return fail(c, format, 400, [
            {
              param: "start_date, end_date",
              message: "Ngày giờ phải theo ISO 8601 (ví dụ 2026-11-01T00:00:00+07:00).",
            },
          ]);
        if (start > end)
          return fail(c, format, 400, [
            { param: "start_date", message: "start_date phải trước end_date." },
          ]);
        const services = list(q.service_code);
        const unknown = services.find((s) => !serviceOf(s));
        if (unknown)
          return fail(c, format, 404, [
            { param: "service_code", message: `Không có dịch vụ ${unknown}.` },
          ]);
        const statuses = list(q.status);
        const badStatus = statuses.find((s) => s !== "open" && s !== "closed");
        if (badStatus)
          return fail(c, format, 400, [
            { param: "status", message: "status phải là open, closed hoặc open,closed." },
          ]);
        let sel = deps.db
          .selectFrom("inbox_item")
          .select("id")
          .where("publish", "=", true)
          .where("confidential", "=", false)
          .where("created_at", ">=", start)
          .where("created_at", "<=", end);
        if (unit)
          sel = sel.where((eb) =>
            eb.or([eb("unit_id", "=", unit.unit.id), eb("village_id", "=", unit.unit.id)]),
          );
        if (services.length > 0)
          sel = sel.where("kind", "in", services as ("phan_anh" | "kien_nghi")[]);
        if (statuses.length === 1)
          sel = sel.where("status", statuses[0] === "open" ? "in" : "not in", OPEN_STATUSES);
        const rows = await sel.orderBy("id", "desc").limit(MAX_RESULTS).execute();
        ids = rows.map((r) => r.id);
      }
      const items = await findItems(deps.db, ids);
      return reply(
        c,
        format,
        { list: "service_requests", item: "request" },
        await requestsOut(deps, items),
      );
    });
  }

  o.get("/services/:file", (c) => {
    const file = splitFile(c.req.param("file"));
    const format: Format = file?.format ?? "json";
    const service = serviceOf(file?.name);
    if (!file || !service)
      return fail(c, format, 404, [
        { param: "service_code", message: "Không có dịch vụ mang mã này." },
      ]);
    return reply(
      c,
      format,
      { object: "service_definition" },
      {
        service_code: service.code,
        attributes: service.attributes.map((a, i) => ({
          variable: true,
          code: a.code,
          datatype: a.datatype,
          required: a.required,
          datatype_description: a.datatypeDescription,
          order: i + 1,
          description: a.description,
          ...(a.values ? { values: a.values } : {}),
        })),
      },
    );
  });

  o.get("/requests/:file", async (c) => {
    const file = splitFile(c.req.param("file"));
    const format: Format = file?.format ?? "json";
    const row = file ? await findItemByCode(deps.db, file.name) : undefined;
    const items = row ? await findItems(deps.db, [row.id]) : [];
    if (items.length === 0)
      return fail(c, format, 404, [
        { param: "service_request_id", message: "Không có yêu cầu mang mã này." },
      ]);
    return reply(
      c,
      format,
      { list: "service_requests", item: "request" },
      await requestsOut(deps, items),
    );
  });

  o.all("*", (c) =>
    fail(c, formatOfPath(c.req.path), 404, [
      { param: null, message: "Không có tài nguyên Open311 này (xem discovery.json)." },
    ]),
  );

  // Every refusal in Open311's own error format; a fault stays the app's (logged, 500).
  o.onError((err, c) => {
    const e = toAppError(err);
    if (!e || e.status >= 500) return handleError(err, c);
    const status = e.status === 401 || e.status === 403 ? 403 : e.status === 404 ? 404 : 400;
    return fail(c, formatOfPath(c.req.path), status, problemsOf(e));
  });

  app.route(OPEN311_BASE, o);
}
