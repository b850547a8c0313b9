// The form adopting a disclosure plan (R12): year and period, then one entry per catalogue item of
// the unit's regime, prefilled from the catalogue, each left out by unticking "include".
import type { Lang, Text } from "../../../core/i18n/lang.ts";
import { pick } from "../../../core/i18n/lang.ts";
import { Field, type FieldErrors, SelectField } from "../../../core/views/components.tsx";
import type { PlanEntryInput, PlanInput } from "../commands/create-plan.ts";
import { categoriesOf } from "../domain/catalogues.ts";
import { FORM_LABEL } from "../domain/form-labels.ts";
import { PLAN_PERIODS, type PlanPeriod, requiredForms } from "../domain/plan.ts";
import type { Category, Form, Regime } from "../domain/types.ts";

export const PERIOD_CHOICE: Record<PlanPeriod, Text> = {
  year: { vi: "Cả năm", en: "Whole year" },
  h1: { vi: "6 tháng đầu năm", en: "First half" },
  h2: { vi: "6 tháng cuối năm", en: "Second half" },
  q1: { vi: "Quý I", en: "Q1" },
  q2: { vi: "Quý II", en: "Q2" },
  q3: { vi: "Quý III", en: "Q3" },
  q4: { vi: "Quý IV", en: "Q4" },
};

const L = {
  year: { vi: "Năm", en: "Year" },
  period: { vi: "Kỳ kế hoạch", en: "Period" },
  entries: { vi: "Nội dung công khai", en: "What to disclose" },
  include: { vi: "Đưa vào kế hoạch", en: "Include in the plan" },
  content: { vi: "Nội dung", en: "Content" },
  forms: { vi: "Hình thức công khai", en: "Forms" },
  timing: { vi: "Thời điểm công khai", en: "When" },
  duration: { vi: "Thời hạn công khai", en: "For how long" },
  responsible: { vi: "Người, bộ phận chịu trách nhiệm", en: "Responsible" },
  required: { vi: "bắt buộc", en: "required" },
};

/** The forms offered for a regime: the commune's village channels, or the workplace's. */
export function formChoices(regime: Regime): Form[] {
  return regime === "commune"
    ? ["portal", "hq_board", "village_board", "loudspeaker", "village_heads", "meeting", "other"]
    : ["portal", "hq_board", "workplace_board", "intranet", "letter_all_staff", "meeting", "other"];
}

export interface PlanFacts {
  hasLoudspeaker: boolean;
  hasIntranet: boolean;
  /** R97: the employer's configured channels, by item. */
  channels: Record<string, Form[]>;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** What a category's entry starts with: its title, its forms, the law's timing and duration. */
export function entryDefaults(regime: Regime, category: Category, facts: PlanFacts) {
  const forms = new Set<Form>(requiredForms(regime, category.code));
  for (const rule of category.postings) {
    if (rule.onlyIf === "has_loudspeaker" && !facts.hasLoudspeaker) continue;
    if (rule.onlyIf === "has_intranet" && !facts.hasIntranet) continue;
    if (rule.onlyIf === "no_intranet" && facts.hasIntranet) continue;
    const usable = rule.anyOf.find((f) => f !== "intranet" || facts.hasIntranet);
    if (usable) forms.add(usable);
  }
  for (const f of facts.channels[category.code] ?? []) forms.add(f);
  if (forms.size === 0) forms.add(regime === "commune" ? "portal" : "workplace_board");
  const d = category.deadline;
  const timing = d
    ? `Trong ${pad2(d.n)} ngày${d.unit === "WD" ? " làm việc" : ""} kể từ ngày có quyết định`
    : "Kịp thời sau khi có quyết định";
  const days = category.postings.map((p) => p.minDays);
  const longest = Math.max(0, ...days.filter((n): n is number => n !== null));
  const duration = days.includes(null)
    ? "Thường xuyên"
    : longest > 0
      ? `Ít nhất ${pad2(longest)} ngày liên tục`
      : regime === "employer"
        ? "Theo quy chế dân chủ của đơn vị"
        : "Ít nhất 30 ngày liên tục";
  return {
    content: category.title.vi,
    forms: formChoices(regime).filter((f) => forms.has(f)),
    timing,
    duration,
    responsible: regime === "commune" ? "Văn phòng HĐND và UBND" : "Bộ phận hành chính - tổng hợp",
  };
}

const key = (i: number, name: string) => `entries[${i}].${name}`;

/** The form's fields when it is first shown. */
export function planFormDefaults(
  regime: Regime,
  facts: PlanFacts,
  year: number,
): Record<string, string> {
  const form: Record<string, string> = { year: String(year), period: "year" };
  categoriesOf(regime).forEach((k, i) => {
    const d = entryDefaults(regime, k, facts);
    form[key(i, "include")] = "on";
    form[key(i, "category")] = k.code;
    form[key(i, "content")] = d.content;
    for (const f of d.forms) form[key(i, `forms.${f}`)] = "on";
    form[key(i, "timing")] = d.timing;
    form[key(i, "duration")] = d.duration;
    form[key(i, "responsible")] = d.responsible;
  });
  return form;
}

/**
 * The submitted form as a plan, with the catalogue row of each included entry, so that the
 * rule's `entries[k]` problems point back at the rows the official sees.
 */
export function readPlanForm(
  form: Record<string, string>,
  regime: Regime,
): { input: PlanInput; rows: number[] } {
  const entries: PlanEntryInput[] = [];
  const rows: number[] = [];
  categoriesOf(regime).forEach((k, i) => {
    if (!form[key(i, "include")]) return;
    rows.push(i);
    entries.push({
      category: form[key(i, "category")] ?? k.code,
      content: form[key(i, "content")] ?? "",
      forms: formChoices(regime).filter((f) => !!form[key(i, `forms.${f}`)]),
      timing: form[key(i, "timing")] ?? "",
      duration: form[key(i, "duration")] ?? "",
      responsible: form[key(i, "responsible")] ?? "",
    });
  });
  const year = /^\d{4}$/.test(form.year?.trim() ?? "") ? Number(form.year) : Number.NaN;
  return { input: { year, period: form.period ?? "", entries }, rows };
}

/**
 * `entries[k].x` of the included entries → `entries[row].x` of the form, and "Nội dung thứ k+1"
 * → "Nội dung thứ row+1", so that a message names the row the official sees.
 */
export function errorsForRows(fields: Record<string, string>, rows: number[]): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, message] of Object.entries(fields)) {
    const m = /^entries\[(\d+)\]\.(.+)$/.exec(field);
    const row = m ? rows[Number(m[1])] : undefined;
    if (!m || row === undefined) {
      out[field] = message;
      continue;
    }
    out[key(row, m[2] ?? "")] = message.replace(/^Nội dung thứ \d+:/, `Nội dung thứ ${row + 1}:`);
  }
  return out;
}

export function PlanFields(p: {
  lang: Lang;
  regime: Regime;
  form: Record<string, string>;
  errors: FieldErrors;
}) {
  const { lang, regime, form, errors } = p;
  return (
    <>
      <div class="row">
        <Field
          name="year"
          type="number"
          label={pick(lang, L.year)}
          value={form.year}
          errors={errors}
          inputmode="numeric"
          required
        />
        <SelectField
          name="period"
          label={pick(lang, L.period)}
          value={form.period}
          errors={errors}
          required
          options={PLAN_PERIODS.map((v) => ({ value: v, label: pick(lang, PERIOD_CHOICE[v]) }))}
        />
      </div>
      <h3 id="f-entries" tabindex={-1}>
        {pick(lang, L.entries)}
      </h3>
      {errors.entries ? <p class="error-text">{errors.entries}</p> : null}
      {categoriesOf(regime).map((k, i) => {
        const required = requiredForms(regime, k.code);
        const formsError = errors[key(i, "forms")];
        const categoryError = errors[key(i, "category")];
        return (
          <fieldset id={`f-${key(i, "category")}`}>
            <legend>
              {k.code}. {pick(lang, k.title)}
            </legend>
            <input type="hidden" name={key(i, "category")} value={form[key(i, "category")]} />
            {categoryError ? <p class="error-text">{categoryError}</p> : null}
            <div class="field">
              <input
                type="checkbox"
                id={`f-${key(i, "include")}`}
                name={key(i, "include")}
                checked={!!form[key(i, "include")]}
              />{" "}
              <label for={`f-${key(i, "include")}`} class="inline-label">
                {pick(lang, L.include)}
              </label>
            </div>
            <Field
              name={key(i, "content")}
              label={pick(lang, L.content)}
              value={form[key(i, "content")]}
              errors={errors}
              maxlength={1000}
            />
            <fieldset
              id={`f-${key(i, "forms")}`}
              class={formsError ? "field field-error" : "field"}
            >
              <legend>{pick(lang, L.forms)}</legend>
              {formsError ? <p class="error-text">{formsError}</p> : null}
              {formChoices(regime).map((f) => {
                const id = `f-${key(i, `forms.${f}`)}`;
                return (
                  <div>
                    <input
                      type="checkbox"
                      id={id}
                      name={key(i, `forms.${f}`)}
                      checked={!!form[key(i, `forms.${f}`)]}
                    />{" "}
                    <label for={id} class="inline-label">
                      {pick(lang, FORM_LABEL[f])}
                      {required.includes(f) ? (
                        <span class="muted"> ({pick(lang, L.required)})</span>
                      ) : null}
                    </label>
                  </div>
                );
              })}
            </fieldset>
            <div class="row">
              <Field
                name={key(i, "timing")}
                label={pick(lang, L.timing)}
                value={form[key(i, "timing")]}
                errors={errors}
                maxlength={200}
              />
              <Field
                name={key(i, "duration")}
                label={pick(lang, L.duration)}
                value={form[key(i, "duration")]}
                errors={errors}
                maxlength={200}
              />
            </div>
            <Field
              name={key(i, "responsible")}
              label={pick(lang, L.responsible)}
              value={form[key(i, "responsible")]}
              errors={errors}
              maxlength={200}
            />
          </fieldset>
        );
      })}
    </>
  );
}
