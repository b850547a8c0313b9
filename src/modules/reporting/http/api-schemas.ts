import { z } from "@hono/zod-openapi";
import type { AssignmentRow, EvidenceRow, ProgressRow } from "../db/assignment.repo.ts";
import type { DirectiveView } from "../queries/directive-view.ts";
import type { UnitDirectives } from "../queries/unit-directives.ts";
import { clockOf, numberText } from "./present.ts";

// The reporting API's response shapes and presenters. Each presenter lists its fields (STYLE.md
// §6): no account ids, storage keys or file hashes leave by accident.

const CLOCKS = ["done", "done_late", "overdue", "due_soon", "on_time", "withdrawn"] as const;

export const AssignmentOut = z
  .object({
    id: z.number().int(),
    directiveId: z.number().int(),
    directiveNumber: z.string().nullable().openapi({ example: "109-CV/ĐU" }),
    directiveTitle: z.string(),
    directiveStatus: z.enum(["draft", "issued", "withdrawn"]),
    issuerUnitCode: z.string(),
    unitCode: z.string(),
    unitName: z.string(),
    taskId: z.number().int(),
    taskTitle: z.string(),
    taskDescription: z.string(),
    dueOn: z.string(),
    status: z.enum(["assigned", "acknowledged", "in_progress", "done"]),
    acknowledgedOn: z.string().nullable(),
    lastProgressOn: z.string().nullable(),
    doneOn: z.string().nullable(),
    overdue: z.boolean(),
    clock: z.enum(CLOCKS).openapi({ description: "Tình trạng so với hạn, tính theo ngày hôm nay" }),
  })
  .openapi("ReportingAssignment");

export function assignmentOut(a: AssignmentRow, today: string): z.infer<typeof AssignmentOut> {
  const clock = clockOf(a, today);
  return {
    id: a.id,
    directiveId: a.directive_id,
    directiveNumber: numberText(a),
    directiveTitle: a.directive_title,
    directiveStatus: a.directive_status,
    issuerUnitCode: a.issuer_code,
    unitCode: a.unit_code,
    unitName: a.unit_name,
    taskId: a.task_id,
    taskTitle: a.task_title,
    taskDescription: a.task_description,
    dueOn: a.due_on,
    status: a.status,
    acknowledgedOn: a.acknowledged_on,
    lastProgressOn: a.last_progress_on,
    doneOn: a.done_on,
    overdue: clock === "overdue",
    clock,
  };
}

const FileOut = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mime: z.string(),
  byteSize: z.number().int(),
});
const fileOut = (f: { id: number; file_name: string; mime: string; byte_size: number }) => ({
  id: f.id,
  fileName: f.file_name,
  mime: f.mime,
  byteSize: f.byte_size,
});

export const TaskDetailOut = AssignmentOut.extend({
  progress: z.array(
    z.object({
      id: z.number().int(),
      reportedOn: z.string(),
      text: z.string(),
      percent: z.number().int().nullable(),
      final: z.boolean(),
      files: z.array(FileOut),
    }),
  ),
}).openapi("ReportingTaskDetail");

export function taskDetailOut(
  a: AssignmentRow,
  progress: ProgressRow[],
  evidence: EvidenceRow[],
  today: string,
): z.infer<typeof TaskDetailOut> {
  return {
    ...assignmentOut(a, today),
    progress: progress.map((p) => ({
      id: p.id,
      reportedOn: p.reported_on,
      text: p.text,
      percent: p.percent,
      final: p.final,
      files: evidence.filter((e) => e.progress_id === p.id).map(fileOut),
    })),
  };
}

const DirectiveBase = {
  id: z.number().int(),
  issuerUnitCode: z.string(),
  issuerBodyName: z.string().nullable(),
  kind: z.enum(["chi_thi", "ke_hoach", "cong_van", "huong_dan", "other"]),
  variant: z.enum(["party", "state"]),
  symbol: z.string(),
  number: z.number().int().nullable(),
  numberText: z.string().nullable().openapi({ example: "109-CV/ĐU" }),
  issuedOn: z.string().nullable(),
  title: z.string(),
  status: z.enum(["draft", "issued", "withdrawn"]),
  withdrawnOn: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
};

type DirectiveFields = DirectiveView["directive"];

const directiveBase = (d: DirectiveFields) => ({
  id: d.id,
  issuerUnitCode: d.issuer_code,
  issuerBodyName: d.issuer_body_name,
  kind: d.kind,
  variant: d.variant,
  symbol: d.symbol,
  number: d.number,
  numberText: numberText(d),
  issuedOn: d.issued_on,
  title: d.title,
  status: d.status,
  withdrawnOn: d.withdrawn_on,
  withdrawnReason: d.withdrawn_reason,
});

export const DirectiveOut = z
  .object({
    ...DirectiveBase,
    body: z.string(),
    tasks: z.array(
      z.object({
        id: z.number().int(),
        position: z.number().int(),
        title: z.string(),
        description: z.string(),
        dueOn: z.string(),
        target: z.enum(["unit", "kind"]),
        unitCode: z.string().nullable(),
        bodyName: z.string().nullable(),
        kind: z.string().nullable(),
      }),
    ),
    attachments: z.array(FileOut),
    assignments: z.array(AssignmentOut).openapi({
      description: "Cấp ban hành và cấp trên: mọi đơn vị; đơn vị được giao: chỉ của mình",
    }),
  })
  .openapi("ReportingDirective");

export function directiveOut(v: DirectiveView, today: string): z.infer<typeof DirectiveOut> {
  return {
    ...directiveBase(v.directive),
    body: v.directive.body,
    tasks: v.tasks.map((t) => ({
      id: t.id,
      position: t.position,
      title: t.title,
      description: t.description,
      dueOn: t.due_on,
      target: t.target,
      unitCode: t.unit_code,
      bodyName: t.body_name,
      kind: t.target_kind,
    })),
    attachments: v.attachments.map(fileOut),
    assignments: v.assignments.map((a) => assignmentOut(a, today)),
  };
}

export const UnitDirectivesOut = z
  .object({
    issued: z.array(
      z.object({
        ...DirectiveBase,
        assignments: z.number().int(),
        done: z.number().int(),
        overdue: z.number().int(),
      }),
    ),
  })
  .openapi("ReportingUnitDirectives");

export function unitDirectivesOut(u: UnitDirectives): z.infer<typeof UnitDirectivesOut> {
  return {
    issued: u.issued.map((d) => ({
      ...directiveBase(d),
      assignments: d.total,
      done: d.done,
      overdue: d.overdue,
    })),
  };
}

export const TaskListOut = z.object({ tasks: z.array(AssignmentOut) }).openapi("ReportingTasks");
