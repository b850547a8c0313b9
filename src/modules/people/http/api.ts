import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { authorize } from "../../../core/authz/index.ts";
import { notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { bearer, errorResponses, json } from "../../../core/http/openapi.ts";
import { isValidIsoDate, todayInVietnam } from "../../../core/validation.ts";
import { loadUnit } from "../../org/index.ts";
import { createHousehold } from "../commands/create-household.ts";
import {
  findHousehold,
  householdCountOn,
  listHouseholds,
  listPeople,
  membersOf,
} from "../db/people.repo.ts";
import { maskCccd } from "../domain/cccd.ts";
import { logDataAccess, openIdNumber } from "../privacy.ts";
import { householdSchema } from "./schemas.ts";

// Presenters list every field (STYLE.md §6): the API never sends an ID number in full.
const MemberOut = z
  .object({
    personId: z.number().int(),
    fullName: z.string(),
    relation: z.string(),
    isRepresentative: z.boolean(),
    birthDate: z.string().nullable(),
    sex: z.enum(["male", "female"]).nullable(),
    idNumberMasked: z.string().nullable(),
  })
  .openapi("HouseholdMemberOut");
const HouseholdOut = z
  .object({
    id: z.number().int(),
    unitCode: z.string(),
    code: z.string(),
    address: z.string(),
    validFrom: z.string(),
    members: z.array(MemberOut),
  })
  .openapi("Household");
const HouseholdRow = z
  .object({
    id: z.number().int(),
    unitCode: z.string(),
    code: z.string(),
    address: z.string(),
    representative: z.string().nullable(),
    memberCount: z.number().int(),
  })
  .openapi("HouseholdSummary");
const PersonOut = z
  .object({
    id: z.number().int(),
    fullName: z.string(),
    birthDate: z.string().nullable(),
    sex: z.enum(["male", "female"]).nullable(),
    unitCode: z.string(),
    householdId: z.number().int().nullable(),
  })
  .openapi("Person");
/** `?q=` and `?page=` of the list endpoints. */
const SearchPageQuery = z.object({
  q: z.string().max(100).optional(),
  page: z.coerce
    .number({ error: "Số trang phải là số." })
    .int()
    .min(1, "Số trang từ 1.")
    .max(10000)
    .optional(),
});
const CodeParam = z.object({
  code: z
    .string()
    .max(40)
    .openapi({ param: { name: "code", in: "path" }, example: "99001-T01" }),
});

export function peopleApi(api: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const keys = { dataKey: deps.config.dataKey, secret: deps.config.secret };

  api.openapi(
    createRoute({
      method: "get",
      path: "/units/{code}/households",
      summary: "Hộ gia đình của đơn vị (mọi thôn, tổ dân phố trực thuộc)",
      security: bearer,
      request: {
        params: CodeParam,
        query: SearchPageQuery,
      },
      responses: {
        200: json(
          z.object({ items: z.array(HouseholdRow), page: z.number().int() }),
          "Danh sách hộ",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = c.get("ctx");
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      authorize(ctx.actor, "people.household.list", { unitPath: unit.path });
      const { q, page = 1 } = c.req.valid("query");
      const rows = await listHouseholds(deps.db, {
        underPath: unit.path,
        search: q ?? null,
        limit: 100,
        offset: (page - 1) * 100,
      });
      await logDataAccess(deps.db, ctx, {
        operation: "read",
        purpose: "API: danh sách hộ gia đình",
        unitId: unit.id,
        fields: ["full_name", "address"],
      });
      return c.json(
        {
          page,
          items: rows.map((h) => ({
            id: h.id,
            unitCode: h.unit_code,
            code: h.code,
            address: h.address,
            representative: h.representative,
            memberCount: h.member_count,
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/households/{id}",
      summary: "Một hộ gia đình với các thành viên (số CCCD đã che)",
      security: bearer,
      request: {
        params: z.object({
          id: z.coerce
            .number({ error: "Mã hộ phải là số." })
            .int()
            .positive("Mã hộ phải là số dương.")
            .openapi({ param: { name: "id", in: "path" } }),
        }),
      },
      responses: { 200: json(HouseholdOut, "Hộ gia đình"), ...errorResponses },
    }),
    async (c) => {
      const ctx = c.get("ctx");
      const household = await findHousehold(deps.db, c.req.valid("param").id);
      if (!household) throw notFound("Không có hộ gia đình này.");
      const members = await membersOf(deps.db, household.id);
      authorize(ctx.actor, "people.household.read", {
        unitPath: household.path,
        personIds: members.map((m) => m.person_id),
      });
      await logDataAccess(deps.db, ctx, {
        operation: "read",
        purpose: "API: xem hộ gia đình",
        unitId: household.unit_id,
        householdId: household.id,
        personIds: members.map((m) => m.person_id),
        fields: ["full_name", "birth_date", "sex", "relation"],
      });
      return c.json(
        {
          id: household.id,
          unitCode: household.unit_code,
          code: household.code,
          address: household.address,
          validFrom: household.valid_from,
          members: members.map((m) => ({
            personId: m.person_id,
            fullName: m.full_name,
            relation: m.relation,
            isRepresentative: m.is_representative,
            birthDate: m.birth_date,
            sex: m.sex,
            idNumberMasked: m.id_number_enc ? maskCccd(openIdNumber(keys, m.id_number_enc)) : null,
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/units/{code}/households",
      summary: "Đăng ký hộ gia đình vào sổ của thôn, tổ dân phố",
      security: bearer,
      request: {
        params: CodeParam,
        body: { content: { "application/json": { schema: householdSchema } }, required: true },
      },
      responses: {
        201: json(z.object({ id: z.number().int() }), "Hộ đã đăng ký"),
        ...errorResponses,
        409: errorResponses[400],
      },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      const created = await deps.db
        .transaction()
        .execute((tx) => createHousehold(tx, c.get("ctx"), keys, unit, c.req.valid("json")));
      return c.json({ id: created.id }, 201);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/units/{code}/people",
      summary: "Nhân khẩu, cán bộ của đơn vị (mọi cấp trực thuộc); không có số CCCD",
      security: bearer,
      request: {
        params: CodeParam,
        query: SearchPageQuery,
      },
      responses: {
        200: json(
          z.object({ items: z.array(PersonOut), page: z.number().int() }),
          "Danh sách người",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = c.get("ctx");
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      authorize(ctx.actor, "people.household.list", { unitPath: unit.path });
      const { q, page = 1 } = c.req.valid("query");
      const rows = await listPeople(deps.db, {
        underPath: unit.path,
        search: q ?? null,
        limit: 100,
        offset: (page - 1) * 100,
      });
      await logDataAccess(deps.db, ctx, {
        operation: "read",
        purpose: "API: danh sách nhân khẩu",
        unitId: unit.id,
        personIds: rows.map((r) => r.id),
        fields: ["full_name", "birth_date", "sex"],
      });
      return c.json(
        {
          page,
          items: rows.map((p) => ({
            id: p.id,
            fullName: p.full_name,
            birthDate: p.birth_date,
            sex: p.sex,
            unitCode: p.unit_code,
            householdId: p.household_id,
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/units/{code}/household-count",
      summary: "N: số hộ của thôn, tổ dân phố vào một ngày (R102)",
      request: {
        params: CodeParam,
        query: z.object({
          date: z.string().refine(isValidIsoDate, "Ngày phải có dạng năm-tháng-ngày.").optional(),
        }),
      },
      responses: {
        200: json(
          z.object({ unitCode: z.string(), date: z.string(), households: z.number().int() }),
          "Số hộ",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      const date = c.req.valid("query").date ?? todayInVietnam();
      return c.json(
        { unitCode: unit.code, date, households: await householdCountOn(deps.db, unit.id, date) },
        200,
      );
    },
  );
}
