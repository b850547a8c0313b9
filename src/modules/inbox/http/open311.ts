import type { Context, Hono } from "hono";
import { AppError } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { loadUnit } from "../../org/index.ts";
import type { SubmitInput } from "../commands/submit-item.ts";
import { eventsOf, findItem, findItemByCode, type ItemRow } from "../db/inbox.repo.ts";
import { KIND_LABELS, type Kind } from "../domain/kinds.ts";
import { submitTo } from "./run.ts";

// Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2), so existing Open311 clients can submit and
// read: a jurisdiction is a unit code, a service is one of our kinds, a service_request_id is the
// tracking code. JSON only. Reads return published items, plus the ones whose codes the client
// names (the code is the submitter's secret); never a name, address or contact.

const BASE = "/api/open311/v2";

interface Service {
  code: Kind;
  description: string;
  group: string;
  keywords: string;
  attributes: {
    code: string;
    description: string;
    required: boolean;
    datatype: "string" | "datetime";
  }[];
}

type Attribute = Service["attributes"][number];
const required = (code: string, description: string): Attribute => ({
  code,
  description,
  required: true,
  datatype: "string",
});
const SUBMITTED_ON: Attribute = {
  code: "submitted_on",
  description: "Ngày viết đơn (YYYY-MM-DD)",
  required: true,
  datatype: "datetime",
};

const SERVICES: Service[] = [
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
      "Khiếu nại quyết định hành chính, hành vi hành chính (Luật Khiếu nại 2011 Điều 8): phải ghi họ tên, địa chỉ người khiếu nại.",
    group: "Khiếu nại, tố cáo",
    keywords: "khiếu nại",
    attributes: [
      required("submitter_address", "Địa chỉ người khiếu nại"),
      {
        code: "respondent",
        description: "Cơ quan, tổ chức, cá nhân bị khiếu nại",
        required: true,
        datatype: "string",
      },
      {
        code: "respondent_address",
        description: "Địa chỉ của người bị khiếu nại",
        required: true,
        datatype: "string",
      },
      { code: "reasons", description: "Lý do khiếu nại", required: true, datatype: "string" },
      {
        code: "request",
        description: "Yêu cầu của người khiếu nại",
        required: true,
        datatype: "string",
      },
      SUBMITTED_ON,
    ],
  },
  {
    code: "to_cao",
    description:
      "Tố cáo hành vi vi phạm pháp luật (Luật Tố cáo 2018 Điều 23): phải ghi họ tên, địa chỉ; thông tin người tố cáo được giữ bí mật.",
    group: "Khiếu nại, tố cáo",
    keywords: "tố cáo",
    attributes: [
      required("submitter_address", "Địa chỉ người tố cáo"),
      {
        code: "accused",
        description: "Người, cơ quan bị tố cáo",
        required: true,
        datatype: "string",
      },
      SUBMITTED_ON,
    ],
  },
];

const serviceOf = (code: string | undefined) => SERVICES.find((s) => s.code === code);

/** Open311's error body: a list of {code, description}. */
function fail(c: Context<AppEnv>, status: 400 | 403 | 404, description: string) {
  return c.json([{ code: status, description }], status);
}

const jsonFile = (file: string) => (file.endsWith(".json") ? file.slice(0, -5) : null);

async function bodyOf(c: Context<AppEnv>): Promise<Record<string, string>> {
  if ((c.req.header("content-type") ?? "").includes("application/json")) {
    const raw = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw)) {
      if (k === "attribute" && v && typeof v === "object")
        for (const [a, x] of Object.entries(v)) out[`attribute[${a}]`] = String(x);
      else if (v !== null && v !== undefined) out[k] = String(v);
    }
    return out;
  }
  const form = await c.req.parseBody();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(form)) if (typeof v === "string") out[k] = v;
  return out;
}

async function itemByCode(deps: AppDeps, code: string) {
  const row = await findItemByCode(deps.db, code);
  return row ? findItem(deps.db, row.id) : undefined;
}

const isoTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

async function requestOut(deps: AppDeps, i: ItemRow) {
  const events = await eventsOf(deps.db, i.id, true);
  const last = events.at(-1);
  const open = ["received", "accepted", "suspended"].includes(i.status);
  return {
    service_request_id: i.code,
    status: open ? "open" : "closed",
    status_notes: i.answer ?? last?.text ?? null,
    service_name: KIND_LABELS[i.kind].vi,
    service_code: i.kind,
    description: i.confidential ? "Tố cáo (nội dung được bảo mật)" : i.content,
    agency_responsible: i.unit_name,
    service_notice: i.due_on
      ? `Hạn ${i.due_rule === "target" ? "trả lời theo chỉ tiêu" : `theo quy định (${i.due_rule})`}: ${i.due_on}`
      : null,
    requested_datetime: isoTime(i.created_at),
    updated_datetime: last ? isoTime(last.at) : isoTime(i.created_at),
    expected_datetime: i.due_on ? `${i.due_on}T23:59:59+07:00` : null,
    address: i.place,
    address_id: null,
    zipcode: null,
    lat: i.lat,
    long: i.lng,
    media_url: null,
  };
}

export function open311Routes(app: Hono<AppEnv>, deps: AppDeps) {
  app.get(`${BASE}/discovery.json`, (c) =>
    c.json({
      changeset: "2026-11-22T00:00:00Z",
      contact: "Cơ Sở — nền tảng dân chủ ở cơ sở",
      key_service: "Không cần khóa; tài khoản API (Bearer) được chấp nhận.",
      endpoints: [
        {
          specification: "http://wiki.open311.org/GeoReport_v2",
          url: new URL(BASE, c.req.url).toString(),
          changeset: "2026-11-22T00:00:00Z",
          type: "production",
          formats: ["application/json"],
        },
      ],
    }),
  );

  app.get(`${BASE}/services.json`, async (c) => {
    const jurisdiction = c.req.query("jurisdiction_id");
    if (jurisdiction) await loadUnit(deps.db, jurisdiction).catch(() => null);
    return c.json(
      SERVICES.map((s) => ({
        service_code: s.code,
        service_name: KIND_LABELS[s.code].vi,
        description: s.description,
        metadata: s.attributes.length > 0,
        type: "realtime",
        keywords: s.keywords,
        group: s.group,
      })),
    );
  });

  app.get(`${BASE}/services/:file`, (c) => {
    const service = serviceOf(jsonFile(c.req.param("file")) ?? undefined);
    if (!service) return fail(c, 404, "Không có dịch vụ mang mã này.");
    return c.json({
      service_code: service.code,
      attributes: service.attributes.map((a, i) => ({
        variable: true,
        code: a.code,
        datatype: a.datatype,
        required: a.required,
        datatype_description: a.datatype === "datetime" ? "YYYY-MM-DD" : null,
        order: i + 1,
        description: a.description,
      })),
    });
  });

  app.post(`${BASE}/requests.json`, async (c) => {
    const b = await bodyOf(c);
    const service = serviceOf(b.service_code);
    if (!service)
      return fail(c, 400, "service_code không hợp lệ: phan_anh, kien_nghi, khieu_nai hoặc to_cao.");
    if (!b.jurisdiction_id) return fail(c, 400, "Thiếu jurisdiction_id (mã đơn vị nhận).");
    const loaded = await loadUnit(deps.db, b.jurisdiction_id).catch(() => null);
    if (!loaded) return fail(c, 404, `Không có đơn vị mang mã ${b.jurisdiction_id}.`);
    const description = (b.description ?? "").trim();
    if (!description) return fail(c, 400, "Thiếu description (nội dung).");
    const hasLocation = (b.lat && b.long) || b.address_string || b.address_id;
    if (!hasLocation) return fail(c, 400, "Cần vị trí: lat và long, hoặc address_string.");
    const lat = b.lat ? Number(b.lat) : null;
    const lng = b.long ? Number(b.long) : null;
    if ((lat !== null && !Number.isFinite(lat)) || (lng !== null && !Number.isFinite(lng)))
      return fail(c, 400, "lat, long phải là số.");
    const name =
      [b.first_name, b.last_name]
        .filter((x) => x?.trim())
        .join(" ")
        .trim() || null;
    const attr = (k: string) => b[`attribute[${k}]`]?.trim() || null;
    const firstSentence = description.split(/(?<=[.!?])\s/)[0] ?? description;
    const input: SubmitInput = {
      kind: service.code,
      channel: "api",
      title: (b.title ?? firstSentence).slice(0, 200),
      content: description,
      place: b.address_string ?? null,
      lat,
      lng,
      name,
      address: attr("submitter_address"),
      contact: [b.phone, b.email].filter((x) => x?.trim()).join(", ") || null,
      anonymous: name === null && (service.code === "phan_anh" || service.code === "kien_nghi"),
      submittedOn: attr("submitted_on"),
      respondent: attr("respondent"),
      respondentAddress: attr("respondent_address"),
      reasons: attr("reasons"),
      request: attr("request"),
      accused: attr("accused"),
      signed: true,
    };
    try {
      const { unit } = loaded;
      const r = await submitTo(c, unit, input);
      return c.json(
        [
          {
            service_request_id: r.code,
            service_notice: r.dueOn
              ? `Đã tiếp nhận. Hạn ${r.dueRule === "target" ? "trả lời theo chỉ tiêu" : `theo quy định (${r.dueRule})`}: ${r.dueOn}. Giữ mã ${r.code} để theo dõi.`
              : `Đã tiếp nhận. Giữ mã ${r.code} để theo dõi.`,
            account_id: null,
          },
        ],
        201,
      );
    } catch (err) {
      if (err instanceof AppError && err.status < 500)
        return fail(c, err.code === "forbidden" ? 403 : 400, err.message);
      throw err;
    }
  });

  app.get(`${BASE}/requests.json`, async (c) => {
    const q = c.req.query();
    const codes = (q.service_request_id ?? "")
      .split(",")
      .map((s) => s.trim().toUpperCase())
      .filter(Boolean)
      .slice(0, 50);
    let items: ItemRow[] = [];
    if (codes.length > 0) {
      for (const code of codes) {
        const item = await itemByCode(deps, code);
        if (item) items.push(item);
      }
    } else {
      const jurisdiction = q.jurisdiction_id
        ? await loadUnit(deps.db, q.jurisdiction_id).catch(() => null)
        : null;
      if (q.jurisdiction_id && !jurisdiction)
        return fail(c, 404, `Không có đơn vị mang mã ${q.jurisdiction_id}.`);
      const start = q.start_date ? new Date(q.start_date) : new Date(Date.now() - 90 * 86_400_000);
      const end = q.end_date ? new Date(q.end_date) : new Date();
      if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()))
        return fail(c, 400, "start_date, end_date phải theo định dạng w3 (ISO 8601).");
      let sel = deps.db
        .selectFrom("inbox_item")
        .select("id")
        .where("publish", "=", true)
        .where("created_at", ">=", start)
        .where("created_at", "<=", end);
      if (jurisdiction) sel = sel.where("unit_id", "=", jurisdiction.unit.id);
      if (q.service_code) sel = sel.where("kind", "=", q.service_code as Kind);
      if (q.status === "open")
        sel = sel.where("status", "in", ["received", "accepted", "suspended"]);
      if (q.status === "closed")
        sel = sel.where("status", "not in", ["received", "accepted", "suspended"]);
      const ids = await sel.orderBy("id", "desc").limit(1000).execute();
      items = (await Promise.all(ids.map((r) => findItem(deps.db, r.id)))).filter(
        (i): i is ItemRow => i !== undefined,
      );
    }
    return c.json(await Promise.all(items.map((i) => requestOut(deps, i))));
  });

  app.get(`${BASE}/requests/:file`, async (c) => {
    const code = jsonFile(c.req.param("file"));
    const item = code ? await itemByCode(deps, code) : undefined;
    if (!item) return fail(c, 404, "Không có yêu cầu mang mã này.");
    return c.json([await requestOut(deps, item)]);
  });
}
