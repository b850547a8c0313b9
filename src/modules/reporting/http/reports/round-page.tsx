import type { Context, Hono } from "hono";
import type { AppDeps, AppEnv } from "../../../../core/http/env.ts";
import { renderPage } from "../../../../core/http/page.tsx";
import { pick, showDate } from "../../../../core/i18n/lang.ts";
import {
  Badge,
  CsrfField,
  ErrorSummary,
  Field,
  Table,
} from "../../../../core/views/components.tsx";
import { adminCrumbs } from "../../../org/index.ts";
import { lockRound } from "../../commands/reports/lock-round.ts";
import { reportsOfRound } from "../../db/report.repo.ts";
import { SUBMISSION_STATUS_LABELS } from "../../domain/consolidation.ts";
import { rangeText } from "../../domain/periods.ts";
import { REPORT_STATUS_LABELS } from "../../domain/submission.ts";
import { completenessTree } from "../../queries/completeness.ts";
import { refusalOf } from "../page-support.tsx";
import { runWorking, today } from "../run.ts";
import { CountsList } from "./counts.tsx";
import { loadRoundPage, reportHref, roundHref } from "./load.ts";
import { STATUS_TONE, SUBMISSION_TONE } from "./present.ts";
import { R } from "./texts.ts";

// One round for its issuer: the period, the days covered, the last day on time and the lock; each
// unit's report with its status and timeliness; the lock form; links to the consolidated report
// and to the drill-down.

export function roundPages(app: Hono<AppEnv>, deps: AppDeps) {
  const path = "/quan-tri/:code/bao-cao/ky/:id{[0-9]+}";

  const show = async (
    c: Context<AppEnv>,
    errors: Record<string, string> = {},
    message?: string,
    status: 200 | 400 | 403 | 409 = 200,
  ) => {
    const lang = c.get("lang");
    const { loaded, round, manages } = await loadRoundPage(c);
    const [reports, view] = await Promise.all([
      reportsOfRound(deps.db, round.id),
      completenessTree(deps.db, {
        periodKey: round.period_key,
        roundId: round.id,
        scope: { id: round.issuer_unit_id, path: round.issuer_path },
        asOf: today(),
      }),
    ]);
    const statusOf = new Map(view.rows.map((r) => [r.unitId, r.own]));
    const csrf = c.get("csrf")();
    const base = roundHref(loaded.unit.code, round.id);
    return renderPage(
      c,
      { title: round.title, crumbs: adminCrumbs(lang, loaded, pick(lang, R.round)), status },
      <>
        <h1>{round.title}</h1>
        <ErrorSummary lang={lang} errors={errors} message={message} />
        <dl class="directive-meta">
          <dt>{pick(lang, R.window)}</dt>
          <dd>{rangeText({ from: round.window_from, to: round.window_to } as never)}</dd>
          <dt>{pick(lang, R.lastDay)}</dt>
          <dd>
            {showDate(lang, round.last_day)}
            <span class="directive-task-text">{round.due_explanation}</span>
          </dd>
          <dt>{pick(lang, R.lockedFrom)}</dt>
          <dd>{round.locked_from ? showDate(lang, round.locked_from) : pick(lang, R.notLocked)}</dd>
        </dl>
        <CountsList lang={lang} counts={view.total} />
        <p class="actions">
          <a href={`${base}/tong-hop`}>{pick(lang, R.consolidated)}</a> ·{" "}
          <a
            href={`/quan-tri/${loaded.unit.code}/bao-cao/tien-do?ky=${encodeURIComponent(round.period_key)}`}
          >
            {pick(lang, R.progress)}
          </a>
        </p>
        <Table
          caption={pick(lang, R.progress)}
          head={[R.unit, R.status, R.timeliness].map((x) => pick(lang, x))}
        >
          {reports.map((r) => {
            const own = statusOf.get(r.unit_id);
            return (
              <tr>
                <td>
                  <a href={reportHref(loaded.unit.code, r.id)}>{r.unit_name}</a>
                </td>
                <td>
                  <Badge tone={STATUS_TONE[r.status]}>
                    {pick(lang, REPORT_STATUS_LABELS[r.status])}
                  </Badge>
                </td>
                <td>
                  {own ? (
                    <Badge tone={SUBMISSION_TONE[own.status]}>
                      {pick(lang, SUBMISSION_STATUS_LABELS[own.status])}
                      {own.daysLate > 0 ? ` (${own.daysLate} ${pick(lang, R.daysLate)})` : ""}
                    </Badge>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            );
          })}
        </Table>
        {manages && !(round.locked_from && round.locked_from <= today()) ? (
          <section aria-labelledby="khoa">
            <h2 id="khoa">{pick(lang, R.lock)}</h2>
            <form method="post" action={`${base}/khoa`} class="stack">
              <CsrfField token={csrf} />
              <Field
                name="lockedFrom"
                type="date"
                required
                label={pick(lang, R.lockedFrom)}
                hint={pick(lang, R.lockHint)}
                value={round.locked_from ?? ""}
                errors={errors}
              />
              <button type="submit" class="secondary">
                {pick(lang, R.lock)}
              </button>
            </form>
          </section>
        ) : null}
      </>,
    );
  };

  app.get(path, (c) => show(c));
  app.post(`${path}/khoa`, async (c) => {
    const { round } = await loadRoundPage(c);
    const form = (await c.req.parseBody()) as Record<string, string>;
    const day = form.lockedFrom ?? "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      return show(c, { lockedFrom: "Ngày khóa không hợp lệ." }, undefined, 400);
    }
    try {
      await runWorking(c, (w) => lockRound(w, round.id, day));
    } catch (err) {
      const r = refusalOf(err);
      return show(c, r.errors, r.message, r.status);
    }
    return c.redirect(roundHref(c.req.param("code") ?? "", round.id), 303);
  });
}
