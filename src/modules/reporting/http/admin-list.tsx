import type { Hono } from "hono";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { Badge, EmptyState, Table } from "../../../core/views/components.tsx";
import { AdminHeader, adminCrumbs, loadUnitForAdmin } from "../../org/index.ts";
import { overdueTasksOfIssuer } from "../queries/overdue-tasks.ts";
import { directivesOfUnit } from "../queries/unit-directives.ts";
import { DIRECTIVE_STATUS_LABELS } from "../rules/directive-rules.ts";
import { ASSIGNMENT_STATUS_LABELS } from "../rules/task-state.ts";
import { ClockBadge, directiveHref, taskHref } from "./page-support.tsx";
import { clockOf, numberText } from "./present.ts";
import { today } from "./run.ts";
import { T } from "./texts.ts";

// A unit's directives page: the tasks it was given (overdue flagged), the directives it issued with
// how far their units have got, and, for an issuer, who is overdue.

export function directiveListPage(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/quan-tri/:code/chi-dao", async (c) => {
    const lang = c.get("lang");
    const ctx = c.get("ctx");
    const loaded = await loadUnitForAdmin(
      deps.db,
      ctx,
      c.req.param("code"),
      "reporting.directive.read",
    );
    const { unit } = loaded;
    const now = today();
    const list = await directivesOfUnit(deps.db, ctx, unit, now);
    const overdue = await overdueTasksOfIssuer(deps.db, ctx, unit, now);
    const clocks = list.assigned.map((a) => ({ a, clock: clockOf(a, now) }));
    const open = clocks.filter((x) => x.a.status !== "done" && x.clock !== "withdrawn");
    const title = pick(lang, T.tab);
    return renderPage(
      c,
      { title: `${title} — ${unit.name}`, crumbs: adminCrumbs(lang, loaded, title) },
      <>
        <AdminHeader c={c} loaded={loaded} current="chi-dao" />
        {list.mayIssue ? (
          <p class="actions">
            <a class="button" href={`/quan-tri/${unit.code}/chi-dao/moi`}>
              {pick(lang, T.newDirective)}
            </a>
          </p>
        ) : null}
        <section aria-labelledby="duoc-giao">
          <h2 id="duoc-giao">{pick(lang, T.assignedTitle)}</h2>
          <ul class="directive-counts">
            <li>
              {pick(lang, T.open)}: {open.length}
            </li>
            <li>
              {pick(lang, T.overdue)}: {open.filter((x) => x.clock === "overdue").length}
            </li>
            <li>
              {pick(lang, T.dueSoon)}: {open.filter((x) => x.clock === "due_soon").length}
            </li>
          </ul>
          {clocks.length === 0 ? (
            <EmptyState title={pick(lang, T.noAssigned)} />
          ) : (
            <Table
              caption={pick(lang, T.assignedTitle)}
              captionHidden
              head={[T.task, T.directive, T.issuer, T.dueOn, T.status, T.clock].map((t) =>
                pick(lang, t),
              )}
            >
              {clocks.map(({ a, clock }) => (
                <tr>
                  <td>
                    <a href={taskHref(unit.code, a.id)}>{a.task_title}</a>
                  </td>
                  <td>
                    {numberText(a) ?? ""} {a.directive_title}
                  </td>
                  <td>{a.issuer_name}</td>
                  <td>{showDate(lang, a.due_on)}</td>
                  <td>{pick(lang, ASSIGNMENT_STATUS_LABELS[a.status])}</td>
                  <td>
                    <ClockBadge lang={lang} clock={clock} />
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </section>
        <section aria-labelledby="da-ban-hanh">
          <h2 id="da-ban-hanh">{pick(lang, T.issuedTitle)}</h2>
          {list.issued.length === 0 ? (
            <EmptyState title={pick(lang, T.noIssued)} />
          ) : (
            <Table
              caption={pick(lang, T.issuedTitle)}
              captionHidden
              head={[
                T.number,
                T.subject,
                T.issuedOn,
                T.status,
                T.assignments,
                T.done,
                T.overdue,
              ].map((t) => pick(lang, t))}
            >
              {list.issued.map((d) => (
                <tr>
                  <td>{numberText(d) ?? "—"}</td>
                  <td>
                    <a href={directiveHref(unit.code, d.id)}>{d.title}</a>
                  </td>
                  <td>{showDate(lang, d.issued_on)}</td>
                  <td>{pick(lang, DIRECTIVE_STATUS_LABELS[d.status])}</td>
                  <td>{d.total}</td>
                  <td>{d.done}</td>
                  <td>{d.overdue > 0 ? <Badge tone="bad">{d.overdue}</Badge> : "0"}</td>
                </tr>
              ))}
            </Table>
          )}
        </section>
        {list.issued.length > 0 ? (
          <section aria-labelledby="qua-han">
            <h2 id="qua-han">{pick(lang, T.overdueByUnit)}</h2>
            {overdue.byUnit.length === 0 ? (
              <p class="muted">{pick(lang, T.noOverdue)}</p>
            ) : (
              <Table
                caption={pick(lang, T.overdueByUnit)}
                captionHidden
                head={[T.unit, T.overdue].map((t) => pick(lang, t))}
              >
                {overdue.byUnit.map((u) => (
                  <tr>
                    <td>
                      <a href={`/quan-tri/${u.code}/chi-dao`}>{u.name}</a>
                    </td>
                    <td>
                      <Badge tone="bad">{u.overdue}</Badge>
                    </td>
                  </tr>
                ))}
              </Table>
            )}
          </section>
        ) : null}
      </>,
    );
  });
}
