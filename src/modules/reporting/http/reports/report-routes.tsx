import type { Context, Hono } from "hono";
import type { AppDeps, AppEnv } from "../../../../core/http/env.ts";
import { grantReportException } from "../../commands/reports/lock-round.ts";
import { prefillReport } from "../../commands/reports/prefill-report.ts";
import { approveReport, returnReport } from "../../commands/reports/review-report.ts";
import { type DraftChanges, saveReportDraft } from "../../commands/reports/save-report-draft.ts";
import { submitReport } from "../../commands/reports/submit-report.ts";
import type { Working } from "../../commands/support.ts";
import { refuse } from "../../domain/refusal.ts";
import { refusalOf } from "../page-support.tsx";
import { runWorking } from "../run.ts";
import { loadReportPage, reportHref } from "./load.ts";
import {
  DOCX,
  download,
  indicatorsXlsx,
  officialFile,
  reportFigures,
  XLSX,
} from "./report-files.ts";
import { reportPage } from "./report-page.tsx";

// A report's page and its steps under `/quan-tri/:code/bao-cao/:id`: fill the figures, save the
// draft, submit; return with comments, approve; allow a late submission. Word and Excel files.

const whole = (text: string | undefined, field: string): number | null => {
  const t = (text ?? "").trim();
  if (t === "") return null;
  if (!/^\d{1,15}$/.test(t))
    throw refuse("invalid_indicator", "Số liệu phải là số nguyên không âm.", field);
  return Number(t);
};

/** The draft form's fields → the command's changes: s_<code>, n_/d_/note_<module>__<name>. */
function draftChanges(form: Record<string, string>): DraftChanges {
  const narrative: Record<string, string> = {};
  const values: NonNullable<DraftChanges["values"]> = {};
  for (const [k, v] of Object.entries(form)) {
    if (k.startsWith("s_")) narrative[k.slice(2)] = v;
    if (k.startsWith("n_")) {
      const key = k.slice(2);
      const numerator = whole(v, k);
      if (numerator === null) continue;
      values[key.replace("__", ".")] = {
        numerator,
        denominator: whole(form[`d_${key}`], `d_${key}`),
        note: form[`note_${key}`] ?? null,
      };
    }
  }
  return { narrative, values };
}

export function reportRoutes(app: Hono<AppEnv>, deps: AppDeps) {
  const path = "/quan-tri/:code/bao-cao/:id{[0-9]+}";
  app.get(path, async (c) => reportPage(c, await loadReportPage(c)));

  app.get(`${path}/van-ban.docx`, async (c) => {
    const { report: r } = await loadReportPage(c);
    const bytes = await officialFile(c, {
      unit: { id: r.unit_id, name: r.unit_name, full_name: r.unit_full_name },
      parentName: null,
      date: r.last_submitted_on ?? r.updated_at.toISOString().slice(0, 10),
      subject: `${r.round_title.replace(/^Báo cáo /, "")}`,
      recipients: [r.issuer_full_name || r.issuer_name],
      figures: await reportFigures(c, r),
    });
    return download(c, bytes, `bao-cao-${r.id}.docx`, DOCX);
  });

  app.get(`${path}/so-lieu.xlsx`, async (c) => {
    const { report: r } = await loadReportPage(c);
    const figures = await reportFigures(c, r);
    const bytes = await indicatorsXlsx(`${r.round_title} — ${r.unit_name}`, figures.indicators);
    return download(c, bytes, `bao-cao-${r.id}.xlsx`, XLSX);
  });

  const steps: Record<
    string,
    (form: Record<string, string>, id: number) => (w: Working) => Promise<unknown>
  > = {
    "lay-so-lieu": (_f, id) => (w) => prefillReport(w, id, deps.indicators ?? []),
    luu: (form, id) => {
      const changes = draftChanges(form);
      return (w) => saveReportDraft(w, id, changes);
    },
    gui: (_f, id) => (w) => submitReport(w, id),
    duyet: (_f, id) => (w) => approveReport(w, id),
    "tra-lai": (form, id) => (w) => returnReport(w, id, form.comment ?? ""),
    "cho-phep": (form, id) => (w) =>
      grantReportException(w, id, { expiresOn: form.expiresOn ?? "", reason: form.reason ?? "" }),
  };

  for (const [step, toRun] of Object.entries(steps)) {
    app.post(`${path}/${step}`, async (c: Context<AppEnv>) => {
      const loaded = await loadReportPage(c);
      const form = (await c.req.parseBody()) as Record<string, string>;
      try {
        if (step === "cho-phep" && !/^\d{4}-\d{2}-\d{2}$/.test(form.expiresOn ?? "")) {
          throw refuse(
            "invalid_exception",
            "Ngày cho phép gửi sau khóa không hợp lệ.",
            "expiresOn",
          );
        }
        await runWorking(c, toRun(form, loaded.report.id));
      } catch (err) {
        const r = refusalOf(err);
        const fresh = await loadReportPage(c);
        return reportPage(
          c,
          fresh,
          { values: form, errors: r.errors, message: r.message },
          r.status,
        );
      }
      return c.redirect(reportHref(loaded.loaded.unit.code, loaded.report.id), 303);
    });
  }
}
