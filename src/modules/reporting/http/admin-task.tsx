import type { Context, Hono } from "hono";
import { notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { validateForm } from "../../../core/http/forms.ts";
import { loadUnitForAdmin } from "../../org/index.ts";
import { acknowledgeTask } from "../commands/acknowledge-task.ts";
import { completeTask } from "../commands/complete-task.ts";
import { reportTaskProgress } from "../commands/report-task-progress.ts";
import type { Working } from "../commands/support.ts";
import { findEvidence } from "../db/assignment.repo.ts";
import { readTask } from "../queries/task-view.ts";
import { readFormWithFiles, refusalOf, taskHref } from "./page-support.tsx";
import { runWorking } from "./run.ts";
import { DoneForm, ProgressForm } from "./schemas.ts";
import { type TaskPageOptions, taskPage } from "./task-view.tsx";

// A unit's task page and its steps: acknowledge, report progress with evidence, report done.
// The page lives under the assigned unit (`/quan-tri/<unit>/chi-dao/nhiem-vu/<id>`); the issuer
// and its oversight read it there too (read rights reach down), but only the unit itself acts.

type Step = NonNullable<TaskPageOptions["form"]>;

async function loadTask(c: Context<AppEnv>, deps: AppDeps) {
  const ctx = c.get("ctx");
  const loaded = await loadUnitForAdmin(
    deps.db,
    ctx,
    c.req.param("code") ?? "",
    "reporting.directive.read",
  );
  const view = await readTask(deps.db, ctx, Number(c.req.param("id")), loaded.unit.id);
  return { loaded, view };
}

export function taskPages(app: Hono<AppEnv>, deps: AppDeps) {
  const path = "/quan-tri/:code/chi-dao/nhiem-vu/:id{[0-9]+}";

  app.get(path, async (c) => {
    const { loaded, view } = await loadTask(c, deps);
    return taskPage(c, loaded, view);
  });

  app.get(`${path}/minh-chung/:fileId{[0-9]+}`, async (c) => {
    const { view } = await loadTask(c, deps);
    const file = await findEvidence(deps.db, view.assignment.id, Number(c.req.param("fileId")));
    if (!file) throw notFound("Không tìm thấy tệp minh chứng.");
    const bytes = await deps.storage.get(file.storage_key);
    c.header("Content-Type", file.mime);
    c.header(
      "Content-Disposition",
      `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
    );
    c.header("Cache-Control", "private, no-store");
    return c.body(new Uint8Array(bytes));
  });

  const steps: Record<
    Step,
    (
      form: Record<string, string>,
      files: { name: string; bytes: Uint8Array }[],
      id: number,
    ) => { errors: Record<string, string> } | { run: (w: Working) => Promise<unknown> }
  > = {
    "tiep-nhan": (_f, _files, id) => ({ run: (w) => acknowledgeTask(w, id) }),
    "tien-do": (form, files, id) => {
      const r = validateForm(ProgressForm, form);
      if (!r.ok) return { errors: r.errors };
      return {
        run: (w) =>
          reportTaskProgress(w, deps.storage, id, {
            text: r.data.text,
            percent: r.data.percent ?? null,
            files,
          }),
      };
    },
    "hoan-thanh": (form, files, id) => {
      const r = validateForm(DoneForm, form);
      if (!r.ok) return { errors: r.errors };
      return { run: (w) => completeTask(w, deps.storage, id, { note: r.data.note, files }) };
    },
  };

  for (const [step, parse] of Object.entries(steps) as [Step, (typeof steps)[Step]][]) {
    app.post(`${path}/${step}`, async (c) => {
      const { loaded, view } = await loadTask(c, deps);
      const { form, files } = await readFormWithFiles(c);
      const parsed = parse(form, files, view.assignment.id);
      if ("errors" in parsed) {
        return taskPage(c, loaded, view, { form: step, values: form, errors: parsed.errors }, 400);
      }
      try {
        await runWorking(c, parsed.run);
      } catch (err) {
        const r = refusalOf(err);
        const fresh = await loadTask(c, deps);
        return taskPage(
          c,
          fresh.loaded,
          fresh.view,
          { form: step, values: form, errors: r.errors, message: r.message },
          r.status,
        );
      }
      return c.redirect(taskHref(loaded.unit.code, view.assignment.id), 303);
    });
  }
}
