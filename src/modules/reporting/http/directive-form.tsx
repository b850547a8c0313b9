import { type Lang, pick } from "../../../core/i18n/lang.ts";
import {
  CsrfField,
  Field,
  type FieldErrors,
  SelectField,
  TextArea,
} from "../../../core/views/components.tsx";
import type { DirectiveView } from "../queries/directive-view.ts";
import {
  DIRECTIVE_KIND_LABELS,
  DIRECTIVE_KINDS,
  TARGET_KIND_KEYS,
  TARGET_KINDS,
  VARIANT_LABELS,
  VARIANTS,
} from "../rules/directive-rules.ts";
import { T } from "./texts.ts";

// The draft form, for a new directive and for editing a draft: the document's fields, then one
// fieldset per task plus spare rows (no JavaScript adds rows; blank rows are not saved).

export type FormValues = Record<string, string>;

const SPARE_ROWS = 3;

/** A saved draft as the form's values. */
export function draftValues(v: DirectiveView): FormValues {
  const d = v.directive;
  const values: FormValues = {
    kind: d.kind,
    variant: d.variant,
    symbol: d.symbol,
    issuerBodyId: d.issuer_body_id === null ? "" : String(d.issuer_body_id),
    issuedOn: d.issued_on ?? "",
    title: d.title,
    body: d.body,
  };
  v.tasks.forEach((t, i) => {
    values[`tasks.${i}.title`] = t.title;
    values[`tasks.${i}.description`] = t.description;
    values[`tasks.${i}.dueOn`] = t.due_on;
    values[`tasks.${i}.target`] = t.target;
    values[`tasks.${i}.unitCode`] = t.unit_code ?? "";
    values[`tasks.${i}.bodyId`] = t.target_body_id === null ? "" : String(t.target_body_id);
    values[`tasks.${i}.kind`] = t.target_kind ?? "";
  });
  return values;
}

/** How many task rows the values hold (filled or refused ones), so the spare rows come after. */
const rowsIn = (values: FormValues) => {
  let n = 0;
  for (const k of Object.keys(values)) {
    const m = /^tasks\.(\d+)\./.exec(k);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return n;
};

export function DirectiveForm(p: {
  lang: Lang;
  action: string;
  values: FormValues;
  errors: FieldErrors;
  csrf: string;
  bodies: { id: number; name: string }[];
  units: { code: string; name: string }[];
  submit: string;
}) {
  const { lang, values: v, errors } = p;
  const rows = rowsIn(v) + SPARE_ROWS;
  return (
    <form method="post" action={p.action} class="stack">
      <CsrfField token={p.csrf} />
      <SelectField
        name="kind"
        label={pick(lang, T.kind)}
        required
        value={v.kind ?? "cong_van"}
        errors={errors}
        options={DIRECTIVE_KINDS.map((k) => ({
          value: k,
          label: pick(lang, DIRECTIVE_KIND_LABELS[k]),
        }))}
      />
      <SelectField
        name="variant"
        label={pick(lang, T.variant)}
        required
        value={v.variant ?? "state"}
        errors={errors}
        options={VARIANTS.map((k) => ({ value: k, label: pick(lang, VARIANT_LABELS[k]) }))}
      />
      <Field
        name="symbol"
        label={pick(lang, T.symbol)}
        hint={pick(lang, T.symbolHint)}
        required
        maxlength={60}
        value={v.symbol}
        errors={errors}
      />
      {p.bodies.length > 0 ? (
        <SelectField
          name="issuerBodyId"
          label={pick(lang, T.issuerBody)}
          value={v.issuerBodyId ?? ""}
          errors={errors}
          options={[
            { value: "", label: "—" },
            ...p.bodies.map((b) => ({ value: String(b.id), label: b.name })),
          ]}
        />
      ) : null}
      <Field
        name="issuedOn"
        type="date"
        label={pick(lang, T.plannedOn)}
        value={v.issuedOn}
        errors={errors}
      />
      <Field
        name="title"
        label={pick(lang, T.subject)}
        required
        maxlength={300}
        value={v.title}
        errors={errors}
      />
      <TextArea
        name="body"
        label={pick(lang, T.body)}
        rows={8}
        maxlength={50000}
        value={v.body}
        errors={errors}
      />
      <datalist id="don-vi">
        {p.units.map((u) => (
          <option value={u.code}>{u.name}</option>
        ))}
      </datalist>
      <p class="hint">{pick(lang, T.spareRows)}</p>
      {Array.from({ length: rows }, (_, i) => (
        <TaskRow lang={lang} i={i} values={v} errors={errors} />
      ))}
      <button type="submit">{p.submit}</button>
    </form>
  );
}

function TaskRow(p: { lang: Lang; i: number; values: FormValues; errors: FieldErrors }) {
  const { lang, i, values: v, errors } = p;
  const k = (name: string) => `tasks.${i}.${name}`;
  return (
    <fieldset class="directive-task">
      <legend>
        {pick(lang, T.taskN)} {i + 1}
      </legend>
      <Field
        name={k("title")}
        label={pick(lang, T.taskTitle)}
        maxlength={300}
        value={v[k("title")]}
        errors={errors}
      />
      <TextArea
        name={k("description")}
        label={pick(lang, T.taskDescription)}
        maxlength={10000}
        value={v[k("description")]}
        errors={errors}
      />
      <Field
        name={k("dueOn")}
        type="date"
        label={pick(lang, T.dueOn)}
        value={v[k("dueOn")]}
        errors={errors}
      />
      <SelectField
        name={k("target")}
        label={pick(lang, T.target)}
        value={v[k("target")] ?? "unit"}
        errors={errors}
        options={[
          { value: "unit", label: pick(lang, T.targetUnit) },
          { value: "kind", label: pick(lang, T.targetKind) },
        ]}
      />
      <div class={errors[k("unitCode")] ? "field field-error" : "field"}>
        <label for={`f-${k("unitCode")}`}>{pick(lang, T.unitCode)}</label>
        <p class="hint" id={`f-${k("unitCode")}-hint`}>
          {pick(lang, T.unitCodeHint)}
        </p>
        {errors[k("unitCode")] ? (
          <p class="error-text" id={`f-${k("unitCode")}-error`}>
            {errors[k("unitCode")]}
          </p>
        ) : null}
        <input
          id={`f-${k("unitCode")}`}
          name={k("unitCode")}
          list="don-vi"
          maxlength={40}
          value={v[k("unitCode")] ?? ""}
          aria-invalid={errors[k("unitCode")] ? "true" : undefined}
          aria-describedby={`f-${k("unitCode")}-hint${errors[k("unitCode")] ? ` f-${k("unitCode")}-error` : ""}`}
        />
      </div>
      <SelectField
        name={k("kind")}
        label={pick(lang, T.targetKindLabel)}
        value={v[k("kind")] ?? ""}
        errors={errors}
        options={[
          { value: "", label: "—" },
          ...TARGET_KIND_KEYS.map((t) => ({ value: t, label: pick(lang, TARGET_KINDS[t].label) })),
        ]}
      />
    </fieldset>
  );
}
