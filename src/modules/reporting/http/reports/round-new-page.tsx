import type { Hono } from "hono";
import type { AppDeps, AppEnv } from "../../../../core/http/env.ts";
import { renderPage } from "../../../../core/http/page.tsx";
import { pick } from "../../../../core/i18n/lang.ts";
import { indicatorDefinitions } from "../../../../core/indicators.ts";
import { CsrfField, ErrorSummary, Field, SelectField } from "../../../../core/views/components.tsx";
import { adminCrumbs, loadUnitForAdmin } from "../../../org/index.ts";
import { openRound, type RoundRequest } from "../../commands/reports/open-round.ts";
import { KIND_LABEL, REGULAR_KINDS, type RegularPeriod } from "../../domain/periods.ts";
import { refuse } from "../../domain/refusal.ts";
import { TARGET_KINDS, type TargetKind } from "../../rules/directive-rules.ts";
import { runWorking, today } from "../run.ts";
import { formRoute, type ShowForm, WordingField } from "./form-route.tsx";
import { RoundForm } from "./forms.ts";
import { roundHref } from "./load.ts";
import { R } from "./texts.ts";

// Opening a round: a regular period of the unit's calendar (R99 gives its dates), or a thematic
// report asked for on request with its own dates; and which units under it must report.

function requestOf(d: ReturnType<typeof RoundForm.parse>): RoundRequest {
  if (d.mode === "thematic") {
    if (!d.title || !d.from || !d.to || !d.dueDate) {
      throw refuse(
        "invalid_period",
        "Báo cáo chuyên đề cần tên, ngày bắt đầu, ngày kết thúc và hạn gửi.",
        "title",
      );
    }
    return {
      kind: "thematic",
      request: {
        period: { kind: "thematic", title: d.title, from: d.from, to: d.to },
        due: { date: d.dueDate, wording: d.wording },
      },
    };
  }
  const kind = d.kind ?? "six_months";
  const year = d.year ?? Number(today().slice(0, 4));
  const period = (
    kind === "month"
      ? { kind, year, month: d.month ?? 1 }
      : kind === "quarter"
        ? { kind, year, quarter: d.quarter ?? 1 }
        : { kind, year }
  ) as RegularPeriod;
  return { kind: "regular", period };
}

export function newRoundPage(app: Hono<AppEnv>, deps: AppDeps) {
  const path = "/quan-tri/:code/bao-cao/ky/moi";
  const show: ShowForm = async (c, values = {}, errors = {}, message, status = 200) => {
    const lang = c.get("lang");
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code") ?? "",
      "reporting.round.manage",
    );
    const v = (k: string, d = "") => values[k] ?? d;
    const title = pick(lang, R.newRound);
    return renderPage(
      c,
      { title, crumbs: adminCrumbs(lang, loaded, title), status },
      <>
        <h1>{title}</h1>
        <ErrorSummary lang={lang} errors={errors} message={message} />
        <form method="post" action={c.req.path} class="stack">
          <CsrfField token={c.get("csrf")()} />
          <SelectField
            name="target"
            label={pick(lang, R.target)}
            required
            value={v("target", "commune_level")}
            errors={errors}
            options={(Object.keys(TARGET_KINDS) as TargetKind[]).map((k) => ({
              value: k,
              label: pick(lang, TARGET_KINDS[k].label),
            }))}
          />
          <fieldset>
            <legend>{pick(lang, R.period)}</legend>
            <p>
              <label>
                <input
                  type="radio"
                  name="mode"
                  value="regular"
                  checked={v("mode", "regular") === "regular"}
                />{" "}
                {pick(lang, R.regular)}
              </label>
            </p>
            <SelectField
              name="kind"
              label={pick(lang, R.kind)}
              value={v("kind", "six_months")}
              errors={errors}
              options={REGULAR_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }))}
            />
            <Field
              name="year"
              type="number"
              inputmode="numeric"
              label={pick(lang, R.year)}
              value={v("year", today().slice(0, 4))}
              errors={errors}
            />
            <Field
              name="quarter"
              type="number"
              inputmode="numeric"
              label={pick(lang, R.quarter)}
              value={v("quarter")}
              errors={errors}
            />
            <Field
              name="month"
              type="number"
              inputmode="numeric"
              label={pick(lang, R.month)}
              value={v("month")}
              errors={errors}
            />
            <p>
              <label>
                <input
                  type="radio"
                  name="mode"
                  value="thematic"
                  checked={v("mode") === "thematic"}
                />{" "}
                {pick(lang, R.thematic)}
              </label>
            </p>
            <Field name="title" label={pick(lang, R.title)} value={v("title")} errors={errors} />
            <Field
              name="from"
              type="date"
              label={pick(lang, R.from)}
              value={v("from")}
              errors={errors}
            />
            <Field name="to" type="date" label={pick(lang, R.to)} value={v("to")} errors={errors} />
            <Field
              name="dueDate"
              type="date"
              label={pick(lang, R.dueDate)}
              value={v("dueDate")}
              errors={errors}
            />
            <WordingField
              lang={lang}
              name="wording"
              value={v("wording", "before")}
              errors={errors}
            />
          </fieldset>
          <button type="submit">{pick(lang, R.open)}</button>
        </form>
      </>,
    );
  };

  formRoute(app, deps, {
    path,
    action: "reporting.round.manage",
    show,
    schema: RoundForm,
    run: async (c, loaded, data) => {
      const opened = await runWorking(c, (w) =>
        openRound(w, loaded.unit.id, {
          request: requestOf(data),
          target: data.target as TargetKind,
          indicators: indicatorDefinitions(deps.indicators ?? []),
        }),
      );
      return roundHref(loaded.unit.code, opened.id);
    },
  });
}
