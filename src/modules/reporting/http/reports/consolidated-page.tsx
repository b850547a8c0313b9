import type { Context, Hono } from "hono";
import { raw } from "hono/html";
import type { AppDeps, AppEnv } from "../../../../core/http/env.ts";
import { renderPage } from "../../../../core/http/page.tsx";
import { pick } from "../../../../core/i18n/lang.ts";
import { Table } from "../../../../core/views/components.tsx";
import { adminCrumbs } from "../../../org/index.ts";
import { barChartSvg } from "../../documents/indicator-chart.ts";
import { indicatorText } from "../../documents/report-docx.ts";
import { percentText } from "../../domain/indicators.ts";
import { flattenOutline } from "../../domain/outline.ts";
import { completenessTree } from "../../queries/completeness.ts";
import { approvedNarrativesBelow, consolidatedFigures } from "../../queries/consolidation.ts";
import { CountsList } from "./counts.tsx";
import { loadRoundPage, roundHref } from "./load.ts";
import { DOCX, download, indicatorsXlsx, officialFile } from "./report-files.ts";
import { R } from "./texts.ts";

// A round's consolidated report (issue #6 §4): the figures of the approved reports summed (shares
// from summed parts), how many units each figure comes from and how many are missing, the units'
// text per section; as a page with an SVG chart, a Word file and a spreadsheet.

async function consolidatedOf(c: Context<AppEnv>) {
  const deps = c.get("deps");
  const page = await loadRoundPage(c);
  const { round } = page;
  const defs = (deps.indicators ?? []).flatMap((m) => m.definitions);
  const [sums, texts, view] = await Promise.all([
    consolidatedFigures(deps.db, defs, { roundId: round.id, underPath: round.issuer_path }),
    approvedNarrativesBelow(deps.db, round.issuer_unit_id, round.period_key),
    completenessTree(deps.db, {
      periodKey: round.period_key,
      roundId: round.id,
      scope: { id: round.issuer_unit_id, path: round.issuer_path },
      asOf: new Date().toISOString().slice(0, 10),
    }),
  ]);
  const narrative: Record<string, string> = {};
  for (const s of flattenOutline(round.outline.sections)) {
    const parts = texts
      .filter((t) => t.narrative[s.code]?.trim())
      .map((t) => `${t.unit_name}: ${t.narrative[s.code]!.trim()}`);
    if (parts.length) narrative[s.code] = parts.join("\n\n");
  }
  const indicators = sums.figures.map((f) => ({ definition: f.indicator, value: f.value }));
  return { ...page, sums, narrative, indicators, view };
}

export function consolidatedPages(app: Hono<AppEnv>, _deps: AppDeps) {
  const path = "/quan-tri/:code/bao-cao/ky/:id{[0-9]+}/tong-hop";
  app.get(path, async (c) => {
    const lang = c.get("lang");
    const { loaded, round, sums, view } = await consolidatedOf(c);
    // Shares as per mille; a share of nothing (0 of 0) is drawn empty and written "—".
    const shares = sums.figures.filter((f) => f.indicator.kind === "share" && f.value !== null);
    const chart = barChartSvg(
      pick(lang, R.consolidated),
      shares.map((f) => ({
        label: f.indicator.title,
        value: f.perMille ?? 0,
        text: f.perMille === null ? "—" : percentText(f.perMille),
      })),
      1000,
    );
    const title = `${pick(lang, R.consolidated)}: ${round.title}`;
    return renderPage(
      c,
      { title, crumbs: adminCrumbs(lang, loaded, pick(lang, R.consolidated)) },
      <>
        <h1>{title}</h1>
        <p>
          {pick(lang, R.approved)}: {sums.approved}/{sums.expected}
        </p>
        <CountsList lang={lang} counts={view.total} />
        <p class="actions">
          <a href={`${c.req.path}.docx`}>{pick(lang, R.docx)}</a> ·{" "}
          <a href={`${c.req.path}.xlsx`}>{pick(lang, R.xlsx)}</a> ·{" "}
          <a href={roundHref(loaded.unit.code, round.id)}>{round.title}</a>
        </p>
        <Table
          caption={pick(lang, R.indicators)}
          head={[R.indicators, R.value, R.reportedBy, R.missingFigures].map((x) => pick(lang, x))}
        >
          {sums.figures.map((f) => (
            <tr>
              <td>{f.indicator.title}</td>
              <td>{indicatorText(f.value)}</td>
              <td>{f.reportedBy}</td>
              <td>{f.missing}</td>
            </tr>
          ))}
        </Table>
        {shares.length > 0 ? <figure class="report-chart">{raw(chart)}</figure> : null}
      </>,
    );
  });

  app.get(`${path}.docx`, async (c) => {
    const { round, narrative, indicators } = await consolidatedOf(c);
    const unit = {
      id: round.issuer_unit_id,
      name: round.issuer_name,
      full_name: round.issuer_name,
    };
    const bytes = await officialFile(c, {
      unit,
      parentName: null,
      date: new Date().toISOString().slice(0, 10),
      subject: `Tổng hợp ${round.title.replace(/^Báo cáo /, "").toLowerCase()}`,
      recipients: ["Cấp ủy, chính quyền cấp trên"],
      figures: { outline: round.outline, narrative, indicators: [...indicators] },
    });
    return download(c, bytes, `tong-hop-${round.id}.docx`, DOCX);
  });

  app.get(`${path}.xlsx`, async (c) => {
    const { round, indicators } = await consolidatedOf(c);
    const bytes = await indicatorsXlsx(`Tổng hợp: ${round.title}`, [...indicators]);
    return download(
      c,
      bytes,
      `tong-hop-${round.id}.xlsx`,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  });
}
