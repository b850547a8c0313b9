import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { authorize } from "../../../core/authz/index.ts";
import { AppError, notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { bearer, errorResponses, json } from "../../../core/http/openapi.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { loadUnit } from "../../org/index.ts";
import {
  attachmentsOf,
  complianceUnder,
  evidenceOf,
  findItem,
  listPublished,
  overdueUnder,
  versionsOf,
} from "../db/disclosure.repo.ts";
import { regimeOf } from "../domain/catalogues.ts";
import { loadVisibleItem, seesMembersItems } from "../queries/visible-item.ts";

const ItemSummary = z
  .object({
    id: z.number().int(),
    category: z.string(),
    title: z.string(),
    summary: z.string(),
    publishedOn: z.string().nullable(),
    version: z.number().int(),
    visibility: z.enum(["public", "members"]),
  })
  .openapi("DisclosureSummary");
const Item = ItemSummary.extend({
  unitCode: z.string(),
  status: z.enum(["published", "superseded", "withdrawn"]),
  body: z.string(),
  basis: z.object({
    number: z.string().nullable(),
    date: z.string(),
    issuer: z.string().nullable(),
  }),
  publishDue: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  versions: z.array(
    z.object({
      id: z.number().int(),
      version: z.number().int(),
      status: z.string(),
      publishedOn: z.string().nullable(),
    }),
  ),
  attachments: z.array(
    z.object({
      id: z.number().int(),
      fileName: z.string(),
      mime: z.string(),
      byteSize: z.number().int(),
      sha256: z.string(),
      url: z.string(),
    }),
  ),
  forms: z.array(
    z.object({
      form: z.string(),
      village: z.string().nullable(),
      from: z.string(),
      to: z.string().nullable(),
    }),
  ),
}).openapi("Disclosure");
const UnitCompliance = z
  .object({
    code: z.string(),
    name: z.string(),
    published: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    overdue: z.number().int(),
    postingProblems: z.number().int(),
  })
  .openapi("DisclosureCompliance");
const CodeParam = z.object({
  code: z
    .string()
    .max(40)
    .openapi({ param: { name: "code", in: "path" }, example: "99001" }),
});
const int = (label: string) =>
  z.coerce.number({ error: `${label} phải là số.` }).int(`${label} phải là số nguyên.`);

export function disclosureApi(api: OpenAPIHono<AppEnv>, deps: AppDeps) {
  api.openapi(
    createRoute({
      method: "get",
      path: "/units/{code}/disclosures",
      summary: "Thông tin công khai của đơn vị, mới nhất trước; tìm không dấu",
      security: bearer,
      request: {
        params: CodeParam,
        query: z.object({
          q: z.string().max(100).optional(),
          year: int("Năm").min(2000, "Năm không hợp lệ.").max(2100, "Năm không hợp lệ.").optional(),
          category: z.string().max(4).optional(),
          village: int("Mã thôn").positive().optional(),
          page: int("Số trang")
            .min(1, "Số trang từ 1.")
            .max(500, "Số trang tối đa 500.")
            .optional(),
        }),
      },
      responses: {
        200: json(z.object({ items: z.array(ItemSummary), page: z.number().int() }), "Danh sách"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = c.get("ctx");
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      const regime = regimeOf(unit.kind);
      if (!regime) throw notFound("Đơn vị này không có nghĩa vụ công khai thông tin.");
      const members = seesMembersItems(ctx, unit.path);
      if (regime !== "commune" && !members) {
        throw new AppError(
          ctx.actor.kind === "anonymous" ? "unauthenticated" : "forbidden",
          "Thông tin này chỉ công khai nội bộ cho cán bộ, người lao động của đơn vị và cơ quan giám sát.",
        );
      }
      const q = c.req.valid("query");
      const page = q.page ?? 1;
      const rows = await listPublished(deps.db, {
        unitId: unit.id,
        includeMembers: members,
        year: q.year ?? null,
        category: q.category ?? null,
        villageId: q.village ?? null,
        search: q.q?.trim() || null,
        limit: 50,
        offset: (page - 1) * 50,
      });
      return c.json(
        {
          page,
          items: rows.map((r) => ({
            id: r.id,
            category: r.category,
            title: r.title,
            summary: r.summary,
            publishedOn: r.published_on,
            version: r.version,
            visibility: r.visibility,
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/disclosures/{id}",
      summary: "Một nội dung công khai với các phiên bản, tệp đính kèm và hình thức đã thực hiện",
      security: bearer,
      request: {
        params: z.object({
          id: int("Mã nội dung")
            .positive("Mã nội dung phải dương.")
            .openapi({ param: { name: "id", in: "path" } }),
        }),
      },
      responses: { 200: json(Item, "Nội dung công khai"), ...errorResponses },
    }),
    async (c) => {
      const raw = await findItem(deps.db, c.req.valid("param").id);
      if (!raw) throw notFound("Không có nội dung công khai này.");
      const item = await loadVisibleItem(deps.db, c.get("ctx"), raw.unit_id, raw.id);
      const [versions, files, evidence] = await Promise.all([
        versionsOf(deps.db, item.series_id),
        attachmentsOf(deps.db, item.id),
        evidenceOf(deps.db, [item.id]),
      ]);
      return c.json(
        {
          id: item.id,
          unitCode: item.unit_code,
          category: item.category,
          title: item.title,
          summary: item.summary,
          body: item.body,
          status: item.status as "published" | "superseded" | "withdrawn",
          visibility: item.visibility,
          version: item.version,
          publishedOn: item.published_on,
          publishDue: item.publish_due,
          withdrawnReason: item.withdrawn_reason,
          basis: { number: item.basis_number, date: item.basis_date, issuer: item.basis_issuer },
          versions: versions.map((v) => ({
            id: v.id,
            version: v.version,
            status: v.status,
            publishedOn: v.published_on,
          })),
          attachments: files.map((f) => ({
            id: f.id,
            fileName: f.file_name,
            mime: f.mime,
            byteSize: f.byte_size,
            sha256: f.sha256,
            url: `/u/${item.unit_code}/cong-khai/${item.id}/tep/${f.id}`,
          })),
          forms: evidence.map((e) => ({
            form: e.form,
            village: e.village_name,
            from: e.from_date,
            to: e.to_date,
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/units/{code}/disclosure-compliance",
      summary:
        "Tình hình công khai của mọi đơn vị trực thuộc: đúng hạn, chậm, quá hạn, vi phạm niêm yết",
      security: bearer,
      request: { params: CodeParam },
      responses: {
        200: json(
          z.object({
            since: z.string(),
            units: z.array(UnitCompliance),
            overdue: z.array(
              z.object({
                id: z.number().int(),
                unitCode: z.string(),
                title: z.string(),
                status: z.string(),
                publishDue: z.string().nullable(),
              }),
            ),
          }),
          "Tình hình công khai",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      authorize(c.get("ctx").actor, "disclosure.compliance.view", { unitPath: unit.path });
      const today = todayInVietnam();
      const since = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
      const [rows, overdue] = await Promise.all([
        complianceUnder(deps.db, unit.path, today, since),
        overdueUnder(deps.db, unit.path, today),
      ]);
      return c.json(
        {
          since,
          units: rows.map((r) => ({
            code: r.code,
            name: r.name,
            published: r.published,
            onTime: r.on_time,
            late: r.late,
            overdue: r.overdue,
            postingProblems: r.posting_problems,
          })),
          overdue: overdue.map((o) => ({
            id: o.id,
            unitCode: o.unit_code,
            title: o.title,
            status: o.status,
            publishDue: o.publish_due,
          })),
        },
        200,
      );
    },
  );
}
