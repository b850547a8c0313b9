import type { Context } from "hono";
import { AppError } from "../../../core/errors.ts";
import type { AppEnv } from "../../../core/http/env.ts";
import type { Lang } from "../../../core/i18n/lang.ts";
import { pick } from "../../../core/i18n/lang.ts";
import { Badge, type BadgeTone, type FieldErrors } from "../../../core/views/components.tsx";
import type { UploadedFile } from "../commands/support.ts";
import { TASK_CLOCK_LABELS, type TaskClock } from "../rules/task-state.ts";

// What the directive pages share: reading a form with its files, turning a refusal into the form's
// errors, and the badge of a task's deadline.

/** A urlencoded or multipart form: its fields as strings, its chosen files (blank inputs dropped). */
export async function readFormWithFiles(c: Context<AppEnv>) {
  const body = await c.req.parseBody({ all: true });
  const form: Record<string, string> = {};
  const files: UploadedFile[] = [];
  for (const [k, v] of Object.entries(body)) {
    for (const item of Array.isArray(v) ? v : [v]) {
      if (typeof item === "string") {
        if (!(k in form)) form[k] = item;
      } else if (item instanceof File && !(item.name === "" && item.size === 0)) {
        files.push({ name: item.name, bytes: new Uint8Array(await item.arrayBuffer()) });
      }
    }
  }
  return { form, files };
}

export interface Refusal {
  status: 400 | 403 | 409;
  errors: FieldErrors;
  message?: string;
}

/** A refusal a form shows (input 400, state 409, right 403); anything else is rethrown. */
export function refusalOf(err: unknown): Refusal {
  if (!(err instanceof AppError) || !["validation", "conflict", "forbidden"].includes(err.code))
    throw err;
  const status = err.code === "validation" ? 400 : err.code === "conflict" ? 409 : 403;
  const fields = (err.details?.fields as Record<string, string> | undefined) ?? {};
  if (Object.keys(fields).length > 0) return { status, errors: fields };
  if (err.field) return { status, errors: { [err.field]: err.message } };
  return { status, errors: {}, message: err.message };
}

const CLOCK_TONE: Record<TaskClock | "withdrawn", BadgeTone> = {
  done: "ok",
  done_late: "warn",
  overdue: "bad",
  due_soon: "warn",
  on_time: "neutral",
  withdrawn: "neutral",
};

const WITHDRAWN = { vi: "Văn bản đã thu hồi", en: "Directive withdrawn" };

/** Where a task stands against its due date, as a badge. */
export function ClockBadge(p: { lang: Lang; clock: TaskClock | "withdrawn" }) {
  return (
    <Badge tone={CLOCK_TONE[p.clock]}>
      {pick(p.lang, p.clock === "withdrawn" ? WITHDRAWN : TASK_CLOCK_LABELS[p.clock])}
    </Badge>
  );
}

export const directiveHref = (unitCode: string, id: number) =>
  `/quan-tri/${unitCode}/chi-dao/${id}`;
export const taskHref = (unitCode: string, assignmentId: number) =>
  `/quan-tri/${unitCode}/chi-dao/nhiem-vu/${assignmentId}`;
