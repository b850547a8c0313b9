import type { Hono } from "hono";
import type { AppDeps, AppEnv } from "../../../../core/http/env.ts";
import { renderPage } from "../../../../core/http/page.tsx";
import { pick, showDate } from "../../../../core/i18n/lang.ts";
import {
  CsrfField,
  ErrorSummary,
  Field,
  Notice,
  SelectField,
} from "../../../../core/views/components.tsx";
import { adminCrumbs, loadUnitForAdmin } from "../../../org/index.ts";
import { configureCalendar } from "../../commands/reports/configure-calendar.ts";
import { calendarInForce } from "../../db/report.repo.ts";
import {
  KIND_LABEL,
  REGULAR_KINDS,
  type RegularKind,
  type ReportingCalendar,
  type ScheduledReport,
  SEED_003_CALENDAR,
} from "../../domain/periods.ts";
import { TARGET_KINDS, type TargetKind } from "../../rules/directive-rules.ts";
import { runWorking, today } from "../run.ts";
import { formRoute, type ShowForm, WordingField } from "./form-route.tsx";
import { CalendarForm } from "./forms.ts";
import { R } from "./texts.ts";

// An issuer's reporting calendar (R99): which reports it asks for, when each is due ("trước ngày
// 10/6" or "chậm nhất ngày …"), the days the figures cover and whether a due day that falls on a
// day off moves on. A month's and a quarter's report fall due some months after their period; the
// others on a fixed day of the year.

const RELATIVE: readonly RegularKind[] = ["month", "quarter"];

/** The form's values from a calendar. */
function valuesOf(cal: ReportingCalendar, effectiveFrom: string): Record<string, string> {
  const v: Record<string, string> = {
    issuer: cal.issuer,
    source: cal.source,
    effectiveFrom,
    monthsEarlier: String(cal.window.monthsEarlier),
    cutOffDay: cal.window.cutOffDay === null ? "" : String(cal.window.cutOffDay),
    rollPastDaysOff: cal.rollPastDaysOff ? "on" : "",
  };
  for (const r of cal.reports) {
    v[`${r.kind}_on`] = "on";
    v[`${r.kind}_day`] = String(r.due.day);
    v[`${r.kind}_wording`] = r.due.wording;
    if (r.due.at === "day_of_year") {
      v[`${r.kind}_month`] = String(r.due.month);
      v[`${r.kind}_next`] = r.due.nextYear ? "on" : "";
    } else v[`${r.kind}_after`] = String(r.due.monthsAfter);
  }
  return v;
}

function calendarOf(d: Record<string, unknown>): ReportingCalendar {
  const reports: ScheduledReport[] = [];
  for (const kind of REGULAR_KINDS) {
    if (!d[`${kind}_on`]) continue;
    const day = (d[`${kind}_day`] as number | undefined) ?? 10;
    const wording = d[`${kind}_wording`] as "before" | "by";
    reports.push({
      kind,
      due: RELATIVE.includes(kind)
        ? {
            at: "day_after_period",
            monthsAfter: (d[`${kind}_after`] as number | undefined) ?? 1,
            day,
            wording,
          }
        : {
            at: "day_of_year",
            month: (d[`${kind}_month`] as number | undefined) ?? 12,
            day,
            wording,
            ...(d[`${kind}_next`] ? { nextYear: true } : {}),
          },
    });
  }
  return {
    issuer: d.issuer as string,
    source: d.source as string,
    window: {
      monthsEarlier: d.monthsEarlier as number,
      cutOffDay: (d.cutOffDay as number | undefined) ?? null,
    },
    rollPastDaysOff: d.rollPastDaysOff as boolean,
    reports,
  };
}

export function calendarPage(app: Hono<AppEnv>, deps: AppDeps) {
  const path = "/quan-tri/:code/bao-cao/lich";
  const show: ShowForm = async (c, form, errors = {}, message, status = 200) => {
    const lang = c.get("lang");
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code") ?? "",
      "reporting.round.manage",
    );
    const stored = await calendarInForce(deps.db, loaded.unit.id, today());
    const values = form ?? {
      ...valuesOf(stored?.calendar ?? { ...SEED_003_CALENDAR, issuer: loaded.unit.name }, today()),
      autoTarget: stored?.auto_target ?? "",
      openDaysAhead: String(stored?.open_days_ahead ?? 30),
    };
    const v = (k: string) => values[k] ?? "";
    const check = (name: string, label: string) => (
      <p>
        <label>
          <input type="checkbox" name={name} checked={v(name) === "on"} /> {label}
        </label>
      </p>
    );
    const title = pick(lang, R.calendar);
    return renderPage(
      c,
      { title, crumbs: adminCrumbs(lang, loaded, title), status },
      <>
        <h1>{title}</h1>
        {stored ? (
          <Notice>
            {pick(lang, { vi: "Lịch đang áp dụng từ ngày", en: "In force since" })}{" "}
            {showDate(lang, stored.effective_from)}.
          </Notice>
        ) : null}
        <ErrorSummary lang={lang} errors={errors} message={message} />
        <form method="post" action={c.req.path} class="stack">
          <CsrfField token={c.get("csrf")()} />
          <Field
            name="issuer"
            label="Cơ quan nhận báo cáo"
            required
            value={v("issuer")}
            errors={errors}
          />
          <Field
            name="source"
            label="Văn bản quy định lịch báo cáo"
            required
            value={v("source")}
            errors={errors}
          />
          <Field
            name="effectiveFrom"
            type="date"
            label="Áp dụng từ ngày"
            required
            value={v("effectiveFrom")}
            errors={errors}
          />
          <Field
            name="monthsEarlier"
            type="number"
            inputmode="numeric"
            label="Chốt số liệu sớm bao nhiêu tháng so với kỳ"
            hint="0: theo đúng tháng, quý, năm; 1: kỳ 6 tháng tính từ 01/12 năm trước đến 31/5."
            value={v("monthsEarlier")}
            errors={errors}
          />
          <Field
            name="cutOffDay"
            type="number"
            inputmode="numeric"
            label="Ngày chốt số liệu trong tháng (để trống: cuối tháng)"
            value={v("cutOffDay")}
            errors={errors}
          />
          {check(
            "rollPastDaysOff",
            "Hạn gửi rơi vào ngày nghỉ thì chuyển sang ngày làm việc kế tiếp (BLDS 2015 Điều 148.5)",
          )}
          <SelectField
            name="autoTarget"
            label="Tự mở kỳ báo cáo cho"
            value={v("autoTarget")}
            errors={errors}
            options={[
              { value: "", label: "Không tự mở (cán bộ mở từng kỳ)" },
              ...(Object.keys(TARGET_KINDS) as TargetKind[]).map((k) => ({
                value: k,
                label: pick(lang, TARGET_KINDS[k].label),
              })),
            ]}
          />
          <Field
            name="openDaysAhead"
            type="number"
            inputmode="numeric"
            label="Tự mở trước hạn gửi bao nhiêu ngày"
            value={v("openDaysAhead") || "30"}
            errors={errors}
          />
          {REGULAR_KINDS.map((kind) => (
            <fieldset>
              <legend>Báo cáo {KIND_LABEL[kind]}</legend>
              {check(`${kind}_on`, `Yêu cầu báo cáo ${KIND_LABEL[kind]}`)}
              <Field
                name={`${kind}_day`}
                type="number"
                inputmode="numeric"
                label="Ngày hạn gửi"
                value={v(`${kind}_day`)}
                errors={errors}
              />
              {RELATIVE.includes(kind) ? (
                <Field
                  name={`${kind}_after`}
                  type="number"
                  inputmode="numeric"
                  label="Của tháng thứ mấy sau kỳ (0: tháng cuối kỳ)"
                  value={v(`${kind}_after`)}
                  errors={errors}
                />
              ) : (
                <>
                  <Field
                    name={`${kind}_month`}
                    type="number"
                    inputmode="numeric"
                    label="Tháng hạn gửi"
                    value={v(`${kind}_month`)}
                    errors={errors}
                  />
                  {check(`${kind}_next`, "Hạn gửi thuộc năm sau")}
                </>
              )}
              <WordingField
                lang={lang}
                name={`${kind}_wording`}
                value={v(`${kind}_wording`)}
                errors={errors}
              />
            </fieldset>
          ))}
          <button type="submit">
            {pick(lang, { vi: "Lưu lịch báo cáo", en: "Save the calendar" })}
          </button>
        </form>
      </>,
    );
  };

  formRoute(app, deps, {
    path,
    action: "reporting.round.manage",
    show,
    schema: CalendarForm,
    run: async (c, loaded, parsed) => {
      const data = parsed as Record<string, unknown>;
      await runWorking(c, (w) =>
        configureCalendar(w, loaded.unit.id, {
          calendar: calendarOf(data),
          effectiveFrom: data.effectiveFrom as string,
          autoOpen: data.autoTarget
            ? {
                target: data.autoTarget as TargetKind,
                daysAhead: (data.openDaysAhead as number | undefined) ?? 30,
              }
            : null,
        }),
      );
      return `/quan-tri/${loaded.unit.code}/bao-cao`;
    },
  });
}
