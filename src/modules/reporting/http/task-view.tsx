import type { Context } from "hono";
import { can } from "../../../core/authz/index.ts";
import type { AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import {
  AttachmentField,
  CsrfField,
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  TextArea,
} from "../../../core/views/components.tsx";
import { adminCrumbs, type LoadedUnit } from "../../org/index.ts";
import type { TaskView } from "../queries/task-view.ts";
import { ASSIGNMENT_STATUS_LABELS } from "../rules/task-state.ts";
import { ClockBadge, directiveHref, taskHref } from "./page-support.tsx";
import { clockOf, numberText } from "./present.ts";
import { today } from "./run.ts";
import { T } from "./texts.ts";

// One unit's task: what is asked and by when, where it stands, the reports sent with their
// evidence, and, for the unit's own officials, the acknowledge, progress and done forms.

export interface TaskPageOptions {
  form?: "tiep-nhan" | "tien-do" | "hoan-thanh";
  values?: Record<string, string>;
  errors?: FieldErrors;
  message?: string;
}

export function taskPage(
  c: Context<AppEnv>,
  loaded: LoadedUnit,
  view: TaskView,
  opts: TaskPageOptions = {},
  status: 200 | 400 | 403 | 409 = 200,
) {
  const lang = c.get("lang");
  const a = view.assignment;
  const base = taskHref(loaded.unit.code, a.id);
  const clock = clockOf(a, today());
  const errors = opts.errors ?? {};
  const errorsOf = (form: TaskPageOptions["form"]) => (opts.form === form ? errors : {});
  const formValue = (form: TaskPageOptions["form"], k: string) =>
    opts.form === form ? opts.values?.[k] : undefined;
  const csrf = c.get("csrf")();
  const open = a.status !== "done" && a.directive_status === "issued";
  const acts = open && can(c.get("ctx").actor, "reporting.task.act", { unitPath: a.unit_path });
  return renderPage(
    c,
    { title: a.task_title, crumbs: adminCrumbs(lang, loaded, a.task_title), status },
    <>
      <h1>{a.task_title}</h1>
      <ErrorSummary lang={lang} errors={errors} message={opts.message} />
      <dl class="directive-meta">
        <dt>{pick(lang, T.directive)}</dt>
        <dd>
          <a href={directiveHref(loaded.unit.code, a.directive_id)}>
            {numberText(a) ?? ""} {a.directive_title}
          </a>
        </dd>
        <dt>{pick(lang, T.issuer)}</dt>
        <dd>{a.issuer_name}</dd>
        <dt>{pick(lang, T.unit)}</dt>
        <dd>{a.unit_name}</dd>
        <dt>{pick(lang, T.dueOn)}</dt>
        <dd>
          {showDate(lang, a.due_on)} <ClockBadge lang={lang} clock={clock} />
        </dd>
        <dt>{pick(lang, T.status)}</dt>
        <dd>
          {pick(lang, ASSIGNMENT_STATUS_LABELS[a.status])}
          {a.acknowledged_on
            ? ` · ${pick(lang, T.acknowledgedOn)} ${showDate(lang, a.acknowledged_on)}`
            : ""}
          {a.done_on ? ` · ${pick(lang, T.done)} ${showDate(lang, a.done_on)}` : ""}
        </dd>
      </dl>
      {view.reminders.map((r) => (
        <Notice tone={r.kind === "overdue" ? "bad" : "warn"}>
          {pick(lang, T.remindedOn)} {showDate(lang, r.raised_on)}:{" "}
          {pick(lang, r.kind === "overdue" ? T.remindOverdue : T.remindDueSoon)}
        </Notice>
      ))}
      {a.directive_status === "withdrawn" ? (
        <Notice tone="warn">{pick(lang, T.withdrawnNotice)}</Notice>
      ) : null}
      {a.task_description ? <div class="directive-body">{a.task_description}</div> : null}

      <section aria-labelledby="bao-cao">
        <h2 id="bao-cao">{pick(lang, T.history)}</h2>
        {view.progress.length === 0 ? (
          <p class="muted">{pick(lang, T.noHistory)}</p>
        ) : (
          <ol class="directive-reports">
            {view.progress.map((p) => (
              <li>
                <strong>
                  {showDate(lang, p.reported_on)}
                  {p.final ? ` — ${pick(lang, T.finalReport)}` : ""}
                  {p.percent !== null ? ` (${p.percent}%)` : ""}
                </strong>
                <div class="directive-body">{p.text}</div>
                {view.evidence
                  .filter((e) => e.progress_id === p.id)
                  .map((e) => (
                    <p>
                      {pick(lang, T.evidence)}:{" "}
                      <a href={`${base}/minh-chung/${e.id}`}>{e.file_name}</a>
                    </p>
                  ))}
              </li>
            ))}
          </ol>
        )}
      </section>

      {acts && a.status === "assigned" ? (
        <section aria-labelledby="tiep-nhan">
          <h2 id="tiep-nhan">{pick(lang, T.acknowledge)}</h2>
          <form method="post" action={`${base}/tiep-nhan`}>
            <CsrfField token={csrf} />
            <button type="submit">{pick(lang, T.acknowledge)}</button>
          </form>
        </section>
      ) : null}
      {acts ? (
        <>
          <section aria-labelledby="tien-do">
            <h2 id="tien-do">{pick(lang, T.progress)}</h2>
            <form
              method="post"
              action={`${base}/tien-do`}
              enctype="multipart/form-data"
              class="stack"
            >
              <CsrfField token={csrf} />
              <TextArea
                name="text"
                label={pick(lang, T.progressText)}
                required
                rows={5}
                maxlength={10000}
                value={formValue("tien-do", "text")}
                errors={errorsOf("tien-do")}
              />
              <Field
                name="percent"
                type="number"
                label={pick(lang, T.percent)}
                inputmode="numeric"
                value={formValue("tien-do", "percent")}
                errors={errorsOf("tien-do")}
              />
              <AttachmentField
                name="files"
                multiple
                required={false}
                label={`${pick(lang, T.evidence)}: ${pick(lang, T.files)}`}
                error={errorsOf("tien-do")?.files}
              />
              <button type="submit">{pick(lang, T.progress)}</button>
            </form>
          </section>
          <section aria-labelledby="hoan-thanh">
            <h2 id="hoan-thanh">{pick(lang, T.complete)}</h2>
            <form
              method="post"
              action={`${base}/hoan-thanh`}
              enctype="multipart/form-data"
              class="stack"
            >
              <CsrfField token={csrf} />
              <TextArea
                name="note"
                label={pick(lang, T.completeNote)}
                rows={4}
                maxlength={10000}
                value={formValue("hoan-thanh", "note")}
                errors={errorsOf("hoan-thanh")}
              />
              <AttachmentField
                name="files"
                multiple
                required={false}
                id="f-done-files"
                label={`${pick(lang, T.evidence)}: ${pick(lang, T.files)}`}
                error={errorsOf("hoan-thanh")?.files}
              />
              <button type="submit">{pick(lang, T.complete)}</button>
            </form>
          </section>
        </>
      ) : null}
      <p>
        <a href={`/quan-tri/${loaded.unit.code}/chi-dao`}>{pick(lang, T.back)}</a>
      </p>
    </>,
  );
}
