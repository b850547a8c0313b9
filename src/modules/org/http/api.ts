import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { authorize } from "../../../core/authz/index.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { bearer, errorResponses, json } from "../../../core/http/openapi.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { createBody } from "../commands/create-body.ts";
import { createUnit } from "../commands/create-unit.ts";
import { bodiesOf, childrenOf, currentPositions, searchUnits } from "../db/org.repo.ts";
import { BODY_KINDS } from "../domain/body-kinds.ts";
import { UNIT_KINDS } from "../domain/unit-kinds.ts";
import { loadUnit } from "../queries/load-unit.ts";
import { publicUnit } from "./present.ts";
import { createBodySchema, createUnitSchema } from "./schemas.ts";

const UnitSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    fullName: z.string(),
    nameEn: z.string().nullable(),
    kind: z.enum(UNIT_KINDS),
    kindSince: z.string(),
    localKindName: z.string().nullable(),
    address: z.string().nullable(),
  })
  .openapi("Unit");
const UnitRefSchema = z
  .object({ code: z.string(), name: z.string(), kind: z.enum(UNIT_KINDS) })
  .openapi("UnitRef");
const UnitDetailSchema = UnitSchema.extend({
  parents: z.array(UnitRefSchema),
  children: z.array(UnitRefSchema),
}).openapi("UnitDetail");
const BodySchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(BODY_KINDS),
    name: z.string(),
    positions: z.array(
      z.object({
        personId: z.number().int(),
        fullName: z.string(),
        title: z.string(),
        termStart: z.string(),
        termEnd: z.string().nullable(),
      }),
    ),
  })
  .openapi("Body");
const CodeParam = z.object({
  code: z
    .string()
    .max(40)
    .openapi({ param: { name: "code", in: "path" }, example: "99001" }),
});

export function orgApi(api: OpenAPIHono<AppEnv>, deps: AppDeps) {
  api.openapi(
    createRoute({
      method: "get",
      path: "/units",
      summary: "Tìm đơn vị theo tên (không dấu) hoặc mã",
      request: { query: z.object({ q: z.string().min(1, "Nhập từ khoá tìm kiếm.").max(100) }) },
      responses: {
        200: json(z.object({ items: z.array(UnitRefSchema) }), "Danh sách đơn vị"),
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const rows = await searchUnits(deps.db, c.req.valid("query").q);
      return c.json(
        { items: rows.map((u) => ({ code: u.code, name: u.name, kind: u.kind })) },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/units/{code}",
      summary: "Thông tin công khai của một đơn vị, cấp trên và đơn vị trực thuộc",
      request: { params: CodeParam },
      responses: { 200: json(UnitDetailSchema, "Đơn vị"), 404: errorResponses[404] },
    }),
    async (c) => {
      const { unit, chain } = await loadUnit(deps.db, c.req.valid("param").code);
      const children = await childrenOf(deps.db, unit.id);
      return c.json(
        {
          ...publicUnit(unit),
          parents: chain.slice(0, -1).map((u) => ({
            code: u.code,
            name: u.name,
            kind: u.kind as (typeof UNIT_KINDS)[number],
          })),
          children: children.map((u) => ({ code: u.code, name: u.name, kind: u.kind })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/units/{code}/children",
      summary: "Thêm đơn vị trực thuộc",
      security: bearer,
      request: {
        params: CodeParam,
        body: { content: { "application/json": { schema: createUnitSchema } }, required: true },
      },
      responses: {
        201: json(UnitSchema, "Đơn vị đã tạo"),
        ...errorResponses,
        409: errorResponses[400],
      },
    }),
    async (c) => {
      const { unit: parent } = await loadUnit(deps.db, c.req.valid("param").code);
      const created = await deps.db
        .transaction()
        .execute((tx) => createUnit(tx, c.get("ctx"), parent.id, c.req.valid("json")));
      return c.json(publicUnit(created), 201);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/units/{code}/bodies",
      summary: "Các tổ chức của đơn vị và người đang giữ chức vụ",
      security: bearer,
      request: { params: CodeParam },
      responses: {
        200: json(z.object({ items: z.array(BodySchema) }), "Tổ chức"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      authorize(c.get("ctx").actor, "org.admin.view", { unitPath: unit.path });
      const [bodies, positions] = await Promise.all([
        bodiesOf(deps.db, unit.id),
        currentPositions(deps.db, unit.id, todayInVietnam()),
      ]);
      return c.json(
        {
          items: bodies.map((b) => ({
            id: b.id,
            kind: b.kind,
            name: b.name,
            positions: positions
              .filter((p) => p.body_id === b.id)
              .map((p) => ({
                personId: p.person_id,
                fullName: p.full_name,
                title: p.title,
                termStart: p.term_start,
                termEnd: p.term_end,
              })),
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/units/{code}/bodies",
      summary: "Thêm tổ chức vào đơn vị",
      security: bearer,
      request: {
        params: CodeParam,
        body: { content: { "application/json": { schema: createBodySchema } }, required: true },
      },
      responses: { 201: json(BodySchema, "Tổ chức đã tạo"), ...errorResponses },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      const body = await deps.db
        .transaction()
        .execute((tx) => createBody(tx, c.get("ctx"), unit, c.req.valid("json")));
      return c.json({ id: body.id, kind: body.kind, name: body.name, positions: [] }, 201);
    },
  );
}
