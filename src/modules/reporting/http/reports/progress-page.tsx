import type { Hono } from "hono";
import { notFound } from "../../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../../core/http/env.ts";
import { renderPage } from "../../../../core/http/page.tsx";
import { pick } from "../../../../core/i18n/lang.ts";
import { Badge, Table } from "../../../../core/views/components.tsx";
import { adminCrumbs, loadUnitForAdmin } from "../../../org/index.ts";
import { SUBMISSION_STATUS_LABELS } from "../../domain/consolidation.ts";
import { completenessTree } from "../../queries/completeness.ts";
import { today } from "../run.ts";
import { CountsList } from "./counts.tsx";
import { reportHref } from "./load.ts";
import { SUBMISSION_TONE } from "./present.ts";
import { R } from "./texts.ts";

// Completeness and timeliness of one period under a unit (issue #6 §4), drilling down the tree:
// each row is a unit directly under this one, counting every report owed in its subtree (the
// province's round to its communes, each commune's round to its villages), with its own report's
// status and a link one level down.

export function progressPage(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/quan-tri/:code/bao-cao/tien-do", async (c) => {
    const lang = c.get("lang");
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "reporting.report.read",
    );
    const key = (c.req.query("ky") ?? "").slice(0, 80);
    if (!key) throw notFound("Chưa chọn kỳ báo cáo.");
    const { unit } = loaded;
    const view = await completenessTree(deps.db, {
      periodKey: key,
      scope: { id: unit.id, path: unit.path },
      asOf: today(),
    });
    const title = `${pick(lang, R.progress)} — ${unit.name}`;
    return renderPage(
      c,
      { title, crumbs: adminCrumbs(lang, loaded, pick(lang, R.progress)) },
      <>
        <h1>{title}</h1>
        <CountsList lang={lang} counts={view.total} />
        <Table
          caption={pick(lang, R.progress)}
          head={[R.unit, R.status, R.expected, R.onTime, R.late, R.missing, R.notYetDue].map((x) =>
            pick(lang, x),
          )}
        >
          {view.rows.map((r) => (
            <tr>
              <td>
                {r.hasChildren ? (
                  <a href={`/quan-tri/${r.code}/bao-cao/tien-do?ky=${encodeURIComponent(key)}`}>
                    {r.name}
                  </a>
                ) : (
                  r.name
                )}
              </td>
              <td>
                {r.own ? (
                  <a href={reportHref(unit.code, r.own.reportId)}>
                    <Badge tone={SUBMISSION_TONE[r.own.status]}>
                      {pick(lang, SUBMISSION_STATUS_LABELS[r.own.status])}
                    </Badge>
                  </a>
                ) : (
                  "—"
                )}
              </td>
              <td>{r.counts.expected}</td>
              <td>{r.counts.onTime}</td>
              <td>{r.counts.late}</td>
              <td>{r.counts.missing}</td>
              <td>{r.counts.notYetDue}</td>
            </tr>
          ))}
        </Table>
      </>,
    );
  });
}
