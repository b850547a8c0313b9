import { type Lang, pick } from "../../../core/i18n/lang.ts";
import { Field, type FieldErrors, SelectField } from "../../../core/views/components.tsx";
import type { Category } from "../domain/types.ts";

/** The fields of a draft, shared by the new-draft and edit-draft forms. */
export function DraftFields(p: {
  lang: Lang;
  categories: Category[];
  form: Record<string, string>;
  errors: FieldErrors;
}) {
  const { lang, form, errors } = p;
  return (
    <>
      <SelectField
        name="category"
        label={lang === "vi" ? "Lĩnh vực công khai" : "Category"}
        value={form.category}
        errors={errors}
        required
        options={[
          { value: "", label: "—" },
          ...p.categories.map((k) => ({
            value: k.code,
            label: `${k.code}. ${pick(lang, k.title)}`,
          })),
        ]}
      />
      <Field
        name="title"
        label={lang === "vi" ? "Tiêu đề" : "Title"}
        value={form.title}
        errors={errors}
        required
        maxlength={300}
      />
      <div class="field">
        <label for="f-summary">{lang === "vi" ? "Tóm tắt" : "Summary"}</label>
        <textarea id="f-summary" name="summary" rows={3} maxlength={2000}>
          {form.summary ?? ""}
        </textarea>
      </div>
      <div class={errors.body ? "field field-error" : "field"}>
        <label for="f-body">{lang === "vi" ? "Nội dung" : "Text"}</label>
        {errors.body ? <p class="error-text">{errors.body}</p> : null}
        <textarea id="f-body" name="body" rows={10}>
          {form.body ?? ""}
        </textarea>
      </div>
      <fieldset>
        <legend>
          {lang === "vi"
            ? "Văn bản căn cứ (quyết định của cơ quan có thẩm quyền)"
            : "Basis document"}
        </legend>
        <div class="row">
          <Field
            name="basisNumber"
            label={lang === "vi" ? "Số, ký hiệu" : "Number"}
            value={form.basisNumber}
            errors={errors}
            maxlength={80}
          />
          <Field
            name="basisDate"
            type="date"
            label={lang === "vi" ? "Ngày ban hành" : "Date"}
            value={form.basisDate}
            errors={errors}
            required
          />
        </div>
        <Field
          name="basisIssuer"
          label={lang === "vi" ? "Cơ quan ban hành" : "Issuer"}
          value={form.basisIssuer}
          errors={errors}
          maxlength={200}
        />
      </fieldset>
      <Field
        name="responsible"
        label={lang === "vi" ? "Người chịu trách nhiệm" : "Responsible person"}
        value={form.responsible}
        errors={errors}
        maxlength={200}
      />
      <Field
        name="scopeUnitCode"
        label={
          lang === "vi"
            ? "Mã thôn, tổ dân phố (nếu chỉ liên quan một thôn)"
            : "Village code (if it concerns one village)"
        }
        value={form.scopeUnitCode}
        errors={errors}
        maxlength={40}
      />
    </>
  );
}
