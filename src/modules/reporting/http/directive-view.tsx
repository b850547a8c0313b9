import type { Context } from "hono";
import type { AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import {
  AttachmentField,
  Badge,
  CsrfField,
  EmptyState,
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  Table,
  TextArea,
} from "../../../core/views/components.tsx";
import { adminCrumbs, type LoadedUnit } from "../../org/index.ts";
import { numberLine } from "../domain/numbering.ts";
import type { DirectiveView } from "../queries/directive-view.ts";
import {
  DIRECTIVE_KIND_LABELS,
  DIRECTIVE_STATUS_LABELS,
  TARGET_KINDS,
  type TargetKind,
  VARIANT_LABELS,
} from "../rules/directive-rules.ts";
import { ASSIGNMENT_STATUS_LABELS } from "../rules/task-state.ts";
import type { FormValues } from "./directive-form.tsx";
import { ClockBadge, directiveHref, taskHref } from "./page-support.tsx";
import { clockOf } from "./present.ts";
import { today } from "./run.ts";
import { T } from "./texts.ts";

// A directive's page: the document, its attachments, its tasks and each unit's status; for the
// issuing unit's officials, the draft's attach and issue forms (and a link to its edit page), or
// the withdraw form.

export interface DirectivePageOptions {
  /** The form refused, its values and errors (the draft's own form is on its edit page). */
  form?: "ban-hanh" | "thu-hoi" | "tai-lieu";
  values?: FormValues;
  errors?: FieldErrors;
  message?: string;
}

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

export function directivePage(
  c: Context<AppEnv>,
  loaded: LoadedUnit,
  view: DirectiveView,
  opts: DirectivePageOptions = {},
  status: 200 | 400 | 403 | 409 = 200,
) {
  const lang = c.get("lang");
  const d = view.directive;
  const base = directiveHref(loaded.unit.code, d.id);
  const now = today();
  const errors = opts.errors ?? {};
  const errorsOf = (form: DirectivePageOptions["form"]) => (opts.form === form ? errors : {});
  const csrf = c.get("csrf")();
  const manage = view.mayIssue && view.scope === "issuer";
  return renderPage(
    c,
    { title: d.title, crumbs: adminCrumbs(lang, loaded, d.title), status },
    <>
      <h1>{d.title}</h1>
      <ErrorSummary lang={lang} errors={errors} message={opts.message} />
      <dl class="directive-meta">
        <dt>{pick(lang, T.number)}</dt>
        <dd>
          {d.number === null
            ? `${pick(lang, T.draft)} (${d.symbol})`
            : numberLine({ variant: d.variant, number: d.number, symbol: d.symbol })}
        </dd>
        <dt>{pick(lang, T.kind)}</dt>
        <dd>
          {pick(lang, DIRECTIVE_KIND_LABELS[d.kind])} · {pick(lang, VARIANT_LABELS[d.variant])}
        </dd>
        <dt>{pick(lang, T.issuer)}</dt>
        <dd>
          {d.issuer_body_name ? `${d.issuer_body_name}, ` : ""}
          {d.issuer_name}
        </dd>
        <dt>{pick(lang, d.status === "draft" ? T.plannedOn : T.issuedOn)}</dt>
        <dd>{showDate(lang, d.issued_on)}</dd>
        <dt>{pick(lang, T.status)}</dt>
        <dd>
          <Badge tone={d.status === "issued" ? "ok" : d.status === "draft" ? "info" : "neutral"}>
            {pick(lang, DIRECTIVE_STATUS_LABELS[d.status])}
          </Badge>
        </dd>
      </dl>
      {d.status === "withdrawn" ? (
        <Notice tone="warn">
          {pick(lang, T.withdrawnNotice)} {showDate(lang, d.withdrawn_on)}: {d.withdrawn_reason}
        </Notice>
      ) : null}
      {d.body ? <div class="directive-body">{d.body}</div> : null}

      <section aria-labelledby="tai-lieu">
        <h2 id="tai-lieu">{pick(lang, T.attachments)}</h2>
        {view.attachments.length === 0 ? (
          <p class="muted">{pick(lang, T.noAttachments)}</p>
        ) : (
          <ul>
            {view.attachments.map((f) => (
              <li>
                <a href={`${base}/tai-lieu/${f.id}`}>{f.file_name}</a>{" "}
                <span class="muted">({kb(f.byte_size)})</span>
              </li>
            ))}
          </ul>
        )}
        {manage && d.status === "draft" ? (
          <form
            method="post"
            action={`${base}/tai-lieu`}
            enctype="multipart/form-data"
            class="stack"
          >
            <CsrfField token={csrf} />
            <AttachmentField
              name="files"
              multiple
              label={pick(lang, T.files)}
              error={errorsOf("tai-lieu")?.files}
            />
            <button type="submit">{pick(lang, T.attach)}</button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="nhiem-vu">
        <h2 id="nhiem-vu">{pick(lang, T.tasks)}</h2>
        {view.tasks.length === 0 ? (
          <EmptyState title={pick(lang, T.noAssigned)} />
        ) : (
          <Table
            caption={pick(lang, T.tasks)}
            captionHidden
            head={["#", pick(lang, T.task), pick(lang, T.addressee), pick(lang, T.dueOn)]}
          >
            {view.tasks.map((t) => (
              <tr>
                <td>{t.position}</td>
                <td>
                  {t.title}
                  {t.description ? <span class="directive-task-text">{t.description}</span> : null}
                </td>
                <td>
                  {t.target === "unit"
                    ? `${t.body_name ? `${t.body_name}, ` : ""}${t.unit_name} (${t.unit_code})`
                    : pick(lang, TARGET_KINDS[t.target_kind as TargetKind].label)}
                </td>
                <td>{showDate(lang, t.due_on)}</td>
              </tr>
            ))}
          </Table>
        )}
      </section>

      {view.assignments.length > 0 ? (
        <section aria-labelledby="tinh-hinh">
          <h2 id="tinh-hinh">{pick(lang, T.perUnit)}</h2>
          <Table
            caption={pick(lang, T.perUnit)}
            captionHidden
            head={[
              T.task,
              T.unit,
              T.dueOn,
              T.status,
              T.clock,
              T.acknowledgedOn,
              T.lastProgress,
            ].map((x) => pick(lang, x))}
          >
            {view.assignments.map((a) => (
              <tr>
                <td>
                  {a.task_position}. {a.task_title}
                </td>
                <td>
                  <a href={taskHref(a.unit_code, a.id)}>{a.unit_name}</a>
                </td>
                <td>{showDate(lang, a.due_on)}</td>
                <td>{pick(lang, ASSIGNMENT_STATUS_LABELS[a.status])}</td>
                <td>
                  <ClockBadge lang={lang} clock={clockOf(a, now)} />
                </td>
                <td>{showDate(lang, a.acknowledged_on)}</td>
                <td>{showDate(lang, a.done_on ?? a.last_progress_on)}</td>
              </tr>
            ))}
          </Table>
        </section>
      ) : null}

      {manage && d.status === "draft" ? (
        <section aria-labelledby="ban-hanh">
          <h2 id="ban-hanh">{pick(lang, T.issue)}</h2>
          <p>
            <a href={`${base}/sua`}>{pick(lang, T.editDraft)}</a>
          </p>
          <p class="hint">{pick(lang, T.issueHint)}</p>
          <form method="post" action={`${base}/ban-hanh`} class="stack">
            <CsrfField token={csrf} />
            <Field
              name="issuedOn"
              type="date"
              label={pick(lang, T.issuedOn)}
              required
              value={opts.form === "ban-hanh" ? opts.values?.issuedOn : (d.issued_on ?? now)}
              errors={errorsOf("ban-hanh")}
            />
            <Field
              name="number"
              label={pick(lang, T.issueNumber)}
              inputmode="numeric"
              value={opts.form === "ban-hanh" ? opts.values?.number : ""}
              errors={errorsOf("ban-hanh")}
            />
            <button type="submit">{pick(lang, T.issue)}</button>
          </form>
        </section>
      ) : null}

      {manage && d.status === "issued" ? (
        <section aria-labelledby="thu-hoi">
          <h2 id="thu-hoi">{pick(lang, T.withdraw)}</h2>
          <form method="post" action={`${base}/thu-hoi`} class="stack">
            <CsrfField token={csrf} />
            <TextArea
              name="reason"
              label={pick(lang, T.withdrawReason)}
              required
              maxlength={2000}
              value={opts.form === "thu-hoi" ? opts.values?.reason : ""}
              errors={errorsOf("thu-hoi")}
            />
            <button type="submit">{pick(lang, T.withdraw)}</button>
          </form>
        </section>
      ) : null}
      <p>
        <a href={`/quan-tri/${loaded.unit.code}/chi-dao`}>{pick(lang, T.back)}</a>
      </p>
    </>,
  );
}
