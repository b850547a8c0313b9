import type { Hono } from "hono";
import { can } from "../../../../core/authz/index.ts";
import type { AppDeps, AppEnv } from "../../../../core/http/env.ts";
import { renderPage } from "../../../../core/http/page.tsx";
import { pick, showDate } from "../../../../core/i18n/lang.ts";
import { Badge, EmptyState, Table } from "../../../../core/views/components.tsx";
import { AdminHeader, adminCrumbs, loadUnitForAdmin } from "../../../org/index.ts";
import { reportsOfUnit } from "../../db/report.repo.ts";
import { REPORT_STATUS_LABELS, timelinessText } from "../../domain/submission.ts";
import { roundsWithCounts } from "../../queries/round-list.ts";
import { taskClock } from "../../rules/task-state.ts";
import { ClockBadge } from "../page-support.tsx";
import { calendar, today } from "../run.ts";
import { reportHref, roundHref } from "./load.ts";
import { STATUS_TONE } from "./present.ts";
import { R } from "./texts.ts";

// A unit's reports page: the reports it owes (status and timeliness) and the rounds it opened for
// the units under it, with how many have sent, on time, and been approved.

export function reportListPage(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/quan-tri/:code/bao-cao", async (c) => {
    const lang = c.get("lang");
    const ctx = c.get("ctx");
    const loaded = await loadUnitForAdmin(
      deps.db,
      ctx,
      c.req.param("code"),
      "reporting.report.read",
    );
    const { unit } = loaded;
    const [owed, rounds] = await Promise.all([
      reportsOfUnit(deps.db, unit.id),
      roundsWithCounts(deps.db, unit.id),
    ]);
    const manages = can(ctx.actor, "reporting.round.manage", { unitPath: unit.path });
    const title = pick(lang, R.tab);
    return renderPage(
      c,
      { title: `${title} — ${unit.name}`, crumbs: adminCrumbs(lang, loaded, title) },
      <>
        <AdminHeader c={c} loaded={loaded} current="bao-cao" />
        {manages ? (
          <p class="actions">
            <a class="button" href={`/quan-tri/${unit.code}/bao-cao/ky/moi`}>
              {pick(lang, R.newRound)}
            </a>{" "}
            <a href={`/quan-tri/${unit.code}/bao-cao/lich`}>{pick(lang, R.calendar)}</a>
          </p>
        ) : null}
        <section aria-labelledby="phai-gui">
          <h2 id="phai-gui">{pick(lang, R.owed)}</h2>
          {owed.length === 0 ? (
            <EmptyState title={pick(lang, R.noOwed)} />
          ) : (
            <Table
              caption={pick(lang, R.owed)}
              captionHidden
              head={[R.report, R.issuer, R.lastDay, R.status, R.timeliness].map((x) =>
                pick(lang, x),
              )}
            >
              {owed.map((r) => (
                <tr>
                  <td>
                    <a href={reportHref(unit.code, r.id)}>{r.round_title}</a>
                  </td>
                  <td>{r.issuer_name}</td>
                  <td>{showDate(lang, r.last_day)}</td>
                  <td>
                    <Badge tone={STATUS_TONE[r.status]}>
                      {pick(lang, REPORT_STATUS_LABELS[r.status])}
                    </Badge>
                  </td>
                  <td>
                    {r.first_submitted_on ? (
                      timelinessText(r.last_day, r.first_submitted_on)
                    ) : (
                      <ClockBadge
                        lang={lang}
                        clock={taskClock(
                          calendar,
                          { status: "assigned", dueOn: r.last_day, doneOn: null },
                          today(),
                        )}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </section>
        <section aria-labelledby="da-mo">
          <h2 id="da-mo">{pick(lang, R.rounds)}</h2>
          {rounds.length === 0 ? (
            <EmptyState title={pick(lang, R.noRounds)} />
          ) : (
            <Table
              caption={pick(lang, R.rounds)}
              captionHidden
              head={[R.round, R.lastDay, R.expected, R.submitted, R.late, R.approved].map((x) =>
                pick(lang, x),
              )}
            >
              {rounds.map((r) => (
                <tr>
                  <td>
                    <a href={roundHref(unit.code, r.id)}>{r.title}</a>
                  </td>
                  <td>{showDate(lang, r.last_day)}</td>
                  <td>{r.expected}</td>
                  <td>{r.submitted}</td>
                  <td>{r.late > 0 ? <Badge tone="warn">{r.late}</Badge> : "0"}</td>
                  <td>{r.approved}</td>
                </tr>
              ))}
            </Table>
          )}
        </section>
      </>,
    );
  });
}
