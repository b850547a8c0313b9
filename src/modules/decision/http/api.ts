import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { bearer, errorResponses, json } from "../../../core/http/openapi.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { loadUnit } from "../../org/index.ts";
import { voteIntake } from "../commands/vote-intake.ts";
import { mattersForUnit } from "../queries/unit-matters.ts";
import {
  loadPublicMatter,
  type MatterResult,
  type PublicMatter,
  type PublicRecord,
  type PublicRound,
  publicMatters,
  type RoundResult,
} from "../queries/visible-matter.ts";
import { conventionApi } from "./convention-api.ts";
import { voteSchema } from "./schemas.ts";

// The JSON API of community decisions: matters and their rounds, results only once counted (a
// vote in progress shows nothing of its tally), the decision's course, and the online vote of a
// household representative with its receipt. Presenters list every field (STYLE.md §6): no
// household, choice or receipt of anyone else ever leaves here.

const RuleOut = {
  valid: z.boolean(),
  passed: z.boolean(),
  rule: z.string().openapi({ example: "R25" }),
  article: z.string().openapi({ example: "Luật 10/2022 Điều 21.1" }),
  test: z.string().openapi({ example: "3 × 67 = 201 ≥ 2 × 100 = 200" }),
  message: z.string(),
  findings: z.array(z.object({ rule: z.string(), article: z.string(), message: z.string() })),
};
const RoundResultOut = z
  .object({
    households: z.number().int(),
    participating: z.number().int(),
    yes: z.number().int(),
    no: z.number().int(),
    other: z.number().int(),
    attendanceFailed: z.boolean(),
    countedAt: z.string().nullable(),
    ...RuleOut,
  })
  .openapi("DecisionRoundResult");
const RoundOut = z
  .object({
    id: z.number().int(),
    unitCode: z.string(),
    unitName: z.string(),
    seq: z.number().int(),
    form: z.enum(["meeting", "ballot", "online"]),
    status: z.enum(["planned", "open", "counted"]),
    heldOn: z.string(),
    closesOn: z.string(),
    place: z.string().nullable(),
    households: z.number().int().nullable(),
    result: RoundResultOut.nullable(),
  })
  .openapi("DecisionRound");
const MatterResultOut = z
  .object({
    participating: z.number().int(),
    households: z.number().int(),
    concludedAt: z.string().nullable(),
    ...RuleOut,
  })
  .openapi("DecisionMatterResult");
const RecordOut = z
  .object({
    docForm: z.string(),
    heldOn: z.string().nullable(),
    decisionText: z.string().nullable(),
    dispatchDue: z.string().nullable(),
    dispatchedOn: z.string().nullable(),
    recognitionDue: z.string().nullable(),
    recognisedOn: z.string().nullable(),
    refusedOn: z.string().nullable(),
    refusalReason: z.string().nullable(),
    inForceOn: z.string().nullable(),
    annulledOn: z.string().nullable(),
    annulGround: z.enum(["a", "b"]).nullable(),
    annulAction: z.enum(["annul", "request_amendment"]).nullable(),
    annulReason: z.string().nullable(),
  })
  .openapi("DecisionRecord");
const MatterSummaryOut = z
  .object({
    id: z.number().int(),
    unitCode: z.string(),
    unitName: z.string(),
    item: z.number().int().min(1).max(6),
    scope: z.enum(["village", "commune"]),
    title: z.string(),
    question: z.string(),
    status: z.enum(["open", "concluded", "finalised", "withdrawn"]),
    forms: z.array(z.enum(["meeting", "ballot", "online"])),
    result: MatterResultOut.nullable(),
  })
  .openapi("DecisionMatterSummary");
const MatterOut = MatterSummaryOut.extend({
  description: z.string(),
  rounds: z.array(RoundOut),
  record: RecordOut.nullable(),
}).openapi("DecisionMatter");
const ResultsOut = z
  .object({
    matterId: z.number().int(),
    status: z.enum(["open", "concluded", "finalised", "withdrawn"]),
    result: MatterResultOut.nullable(),
    rounds: z.array(
      z.object({
        id: z.number().int(),
        unitCode: z.string(),
        seq: z.number().int(),
        form: z.enum(["meeting", "ballot", "online"]),
        status: z.enum(["planned", "open", "counted"]),
        result: RoundResultOut.nullable(),
      }),
    ),
  })
  .openapi("DecisionResults");
const ReceiptOut = z
  .object({
    receipt: z.string().openapi({ example: "q0Zb3m1xv7dN2kLs" }),
    household: z.string().openapi({ example: "H0042" }),
    castAt: z.string(),
    checkUrl: z.string(),
  })
  .openapi("DecisionReceipt");

const CodeParam = z.object({
  code: z
    .string()
    .max(40)
    .openapi({ param: { name: "code", in: "path" }, example: "99001" }),
});
const int = (label: string) =>
  z.coerce
    .number({ error: `${label} phải là số.` })
    .int(`${label} phải là số nguyên.`)
    .positive(`${label} phải dương.`);
const IdParam = z.object({
  id: int("Mã nội dung").openapi({ param: { name: "id", in: "path" } }),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const rules = (r: MatterResult | RoundResult) => ({
  valid: r.valid,
  passed: r.passed,
  rule: r.rule,
  article: r.article,
  test: r.test,
  message: r.message,
  findings: r.findings,
});
const roundResultOut = (r: RoundResult | null) =>
  r
    ? {
        households: r.households,
        participating: r.participating,
        yes: r.yes,
        no: r.no,
        other: r.other,
        attendanceFailed: r.attendanceFailed,
        countedAt: iso(r.countedAt),
        ...rules(r),
      }
    : null;
const roundOut = (r: PublicRound) => ({
  id: r.id,
  unitCode: r.unitCode,
  unitName: r.unitName,
  seq: r.seq,
  form: r.form,
  status: r.status,
  heldOn: r.heldOn,
  closesOn: r.closesOn,
  place: r.place,
  households: r.households,
  result: roundResultOut(r.result),
});
const matterResultOut = (r: MatterResult | null) =>
  r
    ? {
        participating: r.participating,
        households: r.households,
        concludedAt: iso(r.concludedAt),
        ...rules(r),
      }
    : null;
const recordOut = (r: PublicRecord | null) =>
  r
    ? {
        docForm: r.docForm,
        heldOn: r.heldOn,
        decisionText: r.decisionText,
        dispatchDue: r.dispatchDue,
        dispatchedOn: r.dispatchedOn,
        recognitionDue: r.recognitionDue,
        recognisedOn: r.recognisedOn,
        refusedOn: r.refusedOn,
        refusalReason: r.refusalReason,
        inForceOn: r.inForceOn,
        annulledOn: r.annulledOn,
        annulGround: r.annulGround,
        annulAction: r.annulAction,
        annulReason: r.annulReason,
      }
    : null;
const summaryOut = (m: PublicMatter) => ({
  id: m.id,
  unitCode: m.unitCode,
  unitName: m.unitName,
  item: m.item,
  scope: m.scope,
  title: m.title,
  question: m.question,
  status: m.status,
  forms: [...new Set(m.rounds.map((r) => r.form))],
  result: matterResultOut(m.result),
});

export function decisionApi(api: OpenAPIHono<AppEnv>, deps: AppDeps) {
  api.openapi(
    createRoute({
      method: "get",
      path: "/units/{code}/matters",
      summary:
        "Nội dung Nhân dân bàn và quyết định của đơn vị (và các thôn trực thuộc), mới nhất trước",
      security: bearer,
      request: { params: CodeParam },
      responses: {
        200: json(z.object({ items: z.array(MatterSummaryOut) }), "Danh sách"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const loaded = await loadUnit(deps.db, c.req.valid("param").code);
      const matters = await publicMatters(deps.db, await mattersForUnit(deps.db, loaded));
      return c.json({ items: matters.map(summaryOut) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/matters/{id}",
      summary: "Một nội dung với các đợt biểu quyết; số liệu của mỗi đợt chỉ có sau khi kiểm phiếu",
      security: bearer,
      request: { params: IdParam },
      responses: { 200: json(MatterOut, "Nội dung"), ...errorResponses },
    }),
    async (c) => {
      const m = await loadPublicMatter(deps.db, c.req.valid("param").id);
      return c.json(
        {
          ...summaryOut(m),
          description: m.description,
          rounds: m.rounds.map(roundOut),
          record: recordOut(m.record),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/matters/{id}/results",
      summary:
        "Kết quả: của từng đợt đã kiểm phiếu và của nội dung, với quy tắc, điều luật và phép tính trên tổng số hộ",
      security: bearer,
      request: { params: IdParam },
      responses: { 200: json(ResultsOut, "Kết quả"), ...errorResponses },
    }),
    async (c) => {
      const m = await loadPublicMatter(deps.db, c.req.valid("param").id);
      return c.json(
        {
          matterId: m.id,
          status: m.status,
          result: matterResultOut(m.result),
          rounds: m.rounds.map((r) => ({
            id: r.id,
            unitCode: r.unitCode,
            seq: r.seq,
            form: r.form,
            status: r.status,
            result: roundResultOut(r.result),
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/matters/{id}/rounds/{roundId}/votes",
      summary:
        "Biểu quyết trực tuyến của người đại diện hộ gia đình (NĐ 59/2023 Điều 5): mỗi hộ một phiếu; trả mã biên nhận",
      security: bearer,
      request: {
        params: IdParam.extend({
          roundId: int("Mã đợt biểu quyết").openapi({ param: { name: "roundId", in: "path" } }),
        }),
        body: { content: { "application/json": { schema: voteSchema } }, required: true },
      },
      responses: {
        201: json(ReceiptOut, "Phiếu đã được ghi nhận"),
        ...errorResponses,
        409: json(
          errorResponses[400].content["application/json"].schema,
          "Hộ đã biểu quyết, hoặc cuộc biểu quyết chưa mở hay đã kết thúc",
        ),
      },
    }),
    async (c) => {
      // The busiest endpoint: votes arriving together are written together (vote-intake.ts).
      const { id, roundId } = c.req.valid("param");
      const cast = await voteIntake(deps.db).cast({
        ctx: c.get("ctx"),
        roundId,
        input: { ...c.req.valid("json"), matterId: id },
        today: todayInVietnam(),
      });
      return c.json(
        {
          receipt: cast.receipt,
          household: cast.household,
          castAt: cast.castAt.toISOString(),
          checkUrl: `/bieu-quyet/bien-nhan?ma=${cast.receipt}`,
        },
        201,
      );
    },
  );

  conventionApi(api, deps);
}
