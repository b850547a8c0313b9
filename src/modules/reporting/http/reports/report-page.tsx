import type { Context } from "hono";
import type { AppEnv } from "../../../../core/http/env.ts";
import { renderPage } from "../../../../core/http/page.tsx";
import { pick, showDate } from "../../../../core/i18n/lang.ts";
import {
  Badge,
  CsrfField,
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  Table,
  TextArea,
} from "../../../../core/views/components.tsx";
import { adminCrumbs, type LoadedUnit } from "../../../org/index.ts";
import { eventsOf, type ReportRow, valuesOf } from "../../db/report.repo.ts";
import { sectionHeading } from "../../documents/report-docx.ts";
import { flattenOutline } from "../../domain/outline.ts";
import { rangeText } from "../../domain/periods.ts";
import { REPORT_STATUS_LABELS, timelinessText } from "../../domain/submission.ts";
import { reportHref, reportsHref, roundHref } from "./load.ts";
import { definitionOf, STATUS_TONE, storedText } from "./present.ts";
import { R } from "./texts.ts";

// One unit's report for one round: what is asked and by when, the timeline, the figures (the
// unit's beside the computed ones) and the text per section; for the unit's officials the draft
// form and the submit button, for the issuer's the return and approve forms.

export interface ReportPageOptions {
  values?: Record<string, string>;
  errors?: FieldErrors;
  message?: string;
}

export async function reportPage(
  c: Context<AppEnv>,
  p: { loaded: LoadedUnit; report: ReportRow; writes: boolean; reviews: boolean },
  opts: ReportPageOptions = {},
  status: 200 | 400 | 403 | 404 | 409 = 200,
) {
  const lang = c.get("lang");
  const deps = c.get("deps");
  const { report: r, loaded } = p;
  const [values, events] = await Promise.all([valuesOf(deps.db, r.id), eventsOf(deps.db, r.id)]);
  const defs = (deps.indicators ?? []).flatMap((m) => m.definitions);
  const base = reportHref(loaded.unit.code, r.id);
  const csrf = c.get("csrf")();
  const editable = p.writes && (r.status === "draft" || r.status === "returned");
  const sections = flattenOutline(r.outline.sections);
  const form = (k: string) => opts.values?.[k];
  const errors = opts.errors ?? {};
  const title = `${r.round_title} — ${r.unit_name}`;
  const lastReturn = [...events].reverse().find((e) => e.kind === "returned");
  return renderPage(
    c,
    { title, crumbs: adminCrumbs(lang, loaded, pick(lang, R.report)), status },
    <>
      <h1>{title}</h1>
      <ErrorSummary lang={lang} errors={errors} message={opts.message} />
      <dl class="directive-meta">
        <dt>{pick(lang, R.issuer)}</dt>
        <dd>{r.issuer_name}</dd>
        <dt>{pick(lang, R.window)}</dt>
        <dd>{rangeText({ from: r.window_from, to: r.window_to } as never)}</dd>
        <dt>{pick(lang, R.lastDay)}</dt>
        <dd>
          {showDate(lang, r.last_day)}
          <span class="directive-task-text">{r.due_explanation}</span>
        </dd>
        <dt>{pick(lang, R.lockedFrom)}</dt>
        <dd>{r.locked_from ? showDate(lang, r.locked_from) : pick(lang, R.notLocked)}</dd>
        <dt>{pick(lang, R.status)}</dt>
        <dd>
          <Badge tone={STATUS_TONE[r.status]}>{pick(lang, REPORT_STATUS_LABELS[r.status])}</Badge>
          {r.first_submitted_on ? (
            <span class="directive-task-text">
              {timelinessText(r.last_day, r.first_submitted_on)}
            </span>
          ) : null}
        </dd>
      </dl>
      {r.status === "returned" && lastReturn?.comment ? (
        <Notice tone="bad">
          {pick(lang, R.comment)}: {lastReturn.comment}
        </Notice>
      ) : null}
      <p class="actions">
        <a href={`${base}/van-ban.docx`}>{pick(lang, R.docx)}</a> ·{" "}
        <a href={`${base}/so-lieu.xlsx`}>{pick(lang, R.xlsx)}</a>
      </p>

      <section aria-labelledby="so-lieu">
        <h2 id="so-lieu">{pick(lang, R.indicators)}</h2>
        {r.prefilled_at === null ? <p class="muted">{pick(lang, R.notPrefilled)}</p> : null}
        {editable ? (
          <form method="post" action={`${base}/lay-so-lieu`}>
            <CsrfField token={csrf} />
            <p class="muted">{pick(lang, R.prefillHint)}</p>
            <button type="submit" class="secondary">
              {pick(lang, R.prefill)}
            </button>
          </form>
        ) : null}
        {values.length > 0 && !editable ? (
          <Table
            caption={pick(lang, R.indicators)}
            captionHidden
            head={[R.indicators, R.value, R.computed, R.note].map((x) => pick(lang, x))}
          >
            {values.map((v) => (
              <tr>
                <td>{definitionOf(defs, v.indicator_id, v.kind).title}</td>
                <td>{storedText(v.kind, v.numerator, v.denominator)}</td>
                <td>{storedText(v.kind, v.computed_numerator, v.computed_denominator)}</td>
                <td>{v.note ?? ""}</td>
              </tr>
            ))}
          </Table>
        ) : null}
      </section>

      {editable ? (
        <form method="post" action={`${base}/luu`} class="stack">
          <CsrfField token={csrf} />
          {values.length > 0 ? (
            <fieldset>
              <legend>{pick(lang, R.indicators)}</legend>
              {values.map((v) => {
                const def = definitionOf(defs, v.indicator_id, v.kind);
                const key = v.indicator_id.replace(".", "__");
                return (
                  <div class="report-value">
                    <p>
                      <strong>{def.title}</strong> — {pick(lang, R.computed)}:{" "}
                      {storedText(v.kind, v.computed_numerator, v.computed_denominator)}
                    </p>
                    <Field
                      name={`n_${key}`}
                      type="number"
                      inputmode="numeric"
                      label={v.kind === "share" ? `${def.title}: tử số` : def.title}
                      value={form(`n_${key}`) ?? String(v.numerator ?? "")}
                      errors={errors}
                    />
                    {v.kind === "share" ? (
                      <Field
                        name={`d_${key}`}
                        type="number"
                        inputmode="numeric"
                        label={`${def.title}: mẫu số`}
                        value={form(`d_${key}`) ?? String(v.denominator ?? "")}
                        errors={errors}
                      />
                    ) : null}
                    <Field
                      name={`note_${key}`}
                      label={`${pick(lang, R.note)} (${def.title})`}
                      value={form(`note_${key}`) ?? v.note ?? ""}
                      errors={errors}
                    />
                  </div>
                );
              })}
            </fieldset>
          ) : null}
          {sections.map((s) => (
            <TextArea
              name={`s_${s.code}`}
              label={sectionHeading(s)}
              hint={s.hint}
              rows={5}
              maxlength={20000}
              value={form(`s_${s.code}`) ?? r.narrative[s.code] ?? ""}
              errors={errors}
            />
          ))}
          <button type="submit">{pick(lang, R.save)}</button>
        </form>
      ) : (
        <section aria-labelledby="noi-dung">
          <h2 id="noi-dung">{pick(lang, R.report)}</h2>
          {sections.map((s) => (
            <>
              <h3>{sectionHeading(s)}</h3>
              <div class="directive-body">{r.narrative[s.code] ?? ""}</div>
            </>
          ))}
        </section>
      )}

      {editable ? (
        <form method="post" action={`${base}/gui`}>
          <CsrfField token={csrf} />
          <button type="submit">{pick(lang, R.submit)}</button>
        </form>
      ) : null}

      {p.reviews && r.status === "submitted" ? (
        <section aria-labelledby="xem-xet">
          <h2 id="xem-xet">{pick(lang, R.approve)}</h2>
          <form method="post" action={`${base}/duyet`}>
            <CsrfField token={csrf} />
            <button type="submit">{pick(lang, R.approve)}</button>
          </form>
          <form method="post" action={`${base}/tra-lai`} class="stack">
            <CsrfField token={csrf} />
            <TextArea
              name="comment"
              label={pick(lang, R.comment)}
              required
              rows={3}
              maxlength={5000}
              value={form("comment")}
              errors={errors}
            />
            <button type="submit" class="secondary">
              {pick(lang, R.returnIt)}
            </button>
          </form>
        </section>
      ) : null}

      {p.reviews && r.status === "draft" && r.locked_from ? (
        <section aria-labelledby="sau-khoa">
          <h2 id="sau-khoa">{pick(lang, R.exception)}</h2>
          <form method="post" action={`${base}/cho-phep`} class="stack">
            <CsrfField token={csrf} />
            <Field
              name="expiresOn"
              type="date"
              required
              label={pick(lang, R.expiresOn)}
              value={form("expiresOn")}
              errors={errors}
            />
            <TextArea
              name="reason"
              label={pick(lang, R.reason)}
              required
              rows={2}
              maxlength={2000}
              value={form("reason")}
              errors={errors}
            />
            <button type="submit" class="secondary">
              {pick(lang, R.exception)}
            </button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="qua-trinh">
        <h2 id="qua-trinh">{pick(lang, R.history)}</h2>
        {events.length === 0 ? (
          <p class="muted">{pick(lang, R.none)}</p>
        ) : (
          <ol class="directive-reports">
            {events.map((e) => (
              <li>
                <strong>
                  {showDate(lang, e.on_day)} — {pick(lang, R.events[e.kind])}
                </strong>
                {e.late_days > 0 ? ` (${e.late_days} ${pick(lang, R.daysLate)})` : ""}
                {e.comment ? <div class="directive-body">{e.comment}</div> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <p>
        {p.reviews ? (
          <>
            <a href={roundHref(r.issuer_code, r.round_id)}>{r.round_title}</a> ·{" "}
          </>
        ) : null}
        <a href={reportsHref(loaded.unit.code)}>{pick(lang, R.back)}</a>
      </p>
    </>,
  );
}
