import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { authorize } from "../../../core/authz/index.ts";
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
import { acknowledgeTask } from "../commands/acknowledge-task.ts";
import { completeTask } from "../commands/complete-task.ts";
import { issueDirective } from "../commands/issue-directive.ts";
import { reportTaskProgress } from "../commands/report-task-progress.ts";
import { createDirectiveDraft } from "../commands/save-directive-draft.ts";
import { withdrawDirective } from "../commands/withdraw-directive.ts";
import { assignmentsOfUnit } from "../db/assignment.repo.ts";
import { readDirective } from "../queries/directive-view.ts";
import { readTask } from "../queries/task-view.ts";
import { directivesOfUnit } from "../queries/unit-directives.ts";
import {
  assignmentOut,
  DirectiveOut,
  directiveOut,
  TaskDetailOut,
  TaskListOut,
  taskDetailOut,
  UnitDirectivesOut,
  unitDirectivesOut,
} from "./api-schemas.ts";
import { runWorking, today } from "./run.ts";
import {
  DoneBody,
  DraftBody,
  decodeFiles,
  IssueBody,
  ProgressBody,
  WithdrawBody,
} from "./schemas.ts";

// The JSON API of directives and tasks (issue #6 §1), under /api/v1/reporting/… and
// /api/v1/units/{code}/reporting/…. Directives are internal: every endpoint needs an account or
// an API token (401 first, before the body is read), then the same policies as the pages. A
// refusal is `{error:{code,message,field}}` with a Vietnamese message (400, 403, 404, 409).

const DirectiveId = idParam("Mã văn bản");
const TaskId = idParam("Mã nhiệm vụ được giao");
const conflict = {
  content: {
    "application/json": { schema: errorResponses[400].content["application/json"].schema },
  },
  description: "Không thực hiện được ở trạng thái hiện tại",
};

const TaskListQuery = z.object({
  overdue: z
    .enum(["true", "false"], { error: "overdue phải là true hoặc false." })
    .optional()
    .openapi({ description: "true = chưa hoàn thành và đã quá hạn" }),
});

const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

export function reportingApi(api: OpenAPIHono<AppEnv>, deps: AppDeps) {
  api.openapi(
    createRoute({
      method: "get",
      path: "/units/{code}/reporting/directives",
      summary:
        "Văn bản chỉ đạo đơn vị đã ban hành (dự thảo chỉ với người được ban hành), kèm số nhiệm vụ đã giao, đã hoàn thành, quá hạn",
      security: bearer,
      middleware: [signedInFirst] as const,
      request: { params: unitCodeParam },
      responses: { 200: json(UnitDirectivesOut, "Danh sách văn bản"), ...errorResponses },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      const list = await directivesOfUnit(deps.db, c.get("ctx"), unit, today());
      return c.json(unitDirectivesOut(list), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/units/{code}/reporting/directives",
      summary: "Soạn dự thảo văn bản chỉ đạo với các nhiệm vụ (số được cấp khi ban hành)",
      security: bearer,
      middleware: [signedInFirst] as const,
      request: { params: unitCodeParam, ...body(DraftBody) },
      responses: { 201: json(DirectiveOut, "Dự thảo đã lưu"), ...errorResponses },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      const input = c.req.valid("json");
      const { id } = await runWorking(c, (w) =>
        createDirectiveDraft(w, { id: unit.id, path: unit.path, name: unit.name }, input),
      );
      return c.json(directiveOut(await readDirective(deps.db, c.get("ctx"), id), today()), 201);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/reporting/directives/{id}",
      summary: "Một văn bản chỉ đạo: nội dung, nhiệm vụ, tình trạng từng đơn vị được giao",
      security: bearer,
      middleware: [signedInFirst] as const,
      request: { params: DirectiveId },
      responses: { 200: json(DirectiveOut, "Văn bản"), ...errorResponses },
    }),
    async (c) => {
      const view = await readDirective(deps.db, c.get("ctx"), c.req.valid("param").id);
      return c.json(directiveOut(view, today()), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/reporting/directives/{id}/issue",
      summary:
        "Ban hành dự thảo: cấp số theo cơ quan ban hành và năm (T55), giao nhiệm vụ đến từng đơn vị",
      security: bearer,
      middleware: [signedInFirst] as const,
      request: { params: DirectiveId, ...body(IssueBody) },
      responses: {
        200: json(DirectiveOut, "Văn bản đã ban hành"),
        ...errorResponses,
        409: conflict,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const b = c.req.valid("json");
      await runWorking(c, (w) =>
        issueDirective(w, id, { issuedOn: b.issuedOn as string, number: b.number ?? null }),
      );
      return c.json(directiveOut(await readDirective(deps.db, c.get("ctx"), id), today()), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/reporting/directives/{id}/withdraw",
      summary: "Thu hồi văn bản đã ban hành, có lý do; số văn bản không cấp lại",
      security: bearer,
      middleware: [signedInFirst] as const,
      request: { params: DirectiveId, ...body(WithdrawBody) },
      responses: {
        200: json(DirectiveOut, "Văn bản đã thu hồi"),
        ...errorResponses,
        409: conflict,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { reason } = c.req.valid("json");
      await runWorking(c, (w) => withdrawDirective(w, id, { reason }));
      return c.json(directiveOut(await readDirective(deps.db, c.get("ctx"), id), today()), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/units/{code}/reporting/tasks",
      summary: "Nhiệm vụ được giao cho đơn vị, theo hạn hoàn thành; lọc quá hạn",
      security: bearer,
      middleware: [signedInFirst] as const,
      request: { params: unitCodeParam, query: TaskListQuery },
      responses: { 200: json(TaskListOut, "Danh sách nhiệm vụ"), ...errorResponses },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      authorize(c.get("ctx").actor, "reporting.directive.read", { unitPath: unit.path });
      const now = today();
      const { overdue } = c.req.valid("query");
      const tasks = (await assignmentsOfUnit(deps.db, unit.id))
        .map((a) => assignmentOut(a, now))
        .filter((a) => overdue === undefined || a.overdue === (overdue === "true"));
      return c.json({ tasks }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/reporting/tasks/{id}",
      summary: "Một nhiệm vụ của một đơn vị, với các báo cáo tiến độ và minh chứng",
      security: bearer,
      middleware: [signedInFirst] as const,
      request: { params: TaskId },
      responses: { 200: json(TaskDetailOut, "Nhiệm vụ"), ...errorResponses },
    }),
    async (c) => {
      const v = await readTask(deps.db, c.get("ctx"), c.req.valid("param").id);
      return c.json(taskDetailOut(v.assignment, v.progress, v.evidence, today()), 200);
    },
  );

  const present = async (ctx: Parameters<typeof readTask>[1], id: number) => {
    const v = await readTask(deps.db, ctx, id);
    return taskDetailOut(v.assignment, v.progress, v.evidence, today());
  };

  api.openapi(
    createRoute({
      method: "post",
      path: "/reporting/tasks/{id}/acknowledge",
      summary: "Đơn vị được giao tiếp nhận nhiệm vụ",
      security: bearer,
      middleware: [signedInFirst] as const,
      request: { params: TaskId },
      responses: { 200: json(TaskDetailOut, "Đã tiếp nhận"), ...errorResponses, 409: conflict },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await runWorking(c, (w) => acknowledgeTask(w, id));
      return c.json(await present(c.get("ctx"), id), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/reporting/tasks/{id}/progress",
      summary: "Đơn vị được giao báo cáo tiến độ, kèm minh chứng (base64)",
      security: bearer,
      middleware: [signedInFirst] as const,
      request: { params: TaskId, ...body(ProgressBody) },
      responses: { 201: json(TaskDetailOut, "Đã ghi nhận"), ...errorResponses, 409: conflict },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const b = c.req.valid("json");
      await runWorking(c, (w) =>
        reportTaskProgress(w, deps.storage, id, {
          text: b.text,
          percent: b.percent ?? null,
          files: decodeFiles(b.files),
        }),
      );
      return c.json(await present(c.get("ctx"), id), 201);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/reporting/tasks/{id}/done",
      summary: "Đơn vị được giao báo cáo hoàn thành nhiệm vụ (hôm nay), kèm báo cáo và minh chứng",
      security: bearer,
      middleware: [signedInFirst] as const,
      request: { params: TaskId, ...body(DoneBody) },
      responses: { 200: json(TaskDetailOut, "Đã hoàn thành"), ...errorResponses, 409: conflict },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const b = c.req.valid("json");
      await runWorking(c, (w) =>
        completeTask(w, deps.storage, id, { note: b.note, files: decodeFiles(b.files) }),
      );
      return c.json(await present(c.get("ctx"), id), 200);
    },
  );
}
