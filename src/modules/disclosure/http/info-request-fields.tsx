import { type Lang, pick, showDate } from "../../../core/i18n/lang.ts";
import {
  type BadgeTone,
  TextArea as CoreTextArea,
  Field,
  type FieldErrors,
} from "../../../core/views/components.tsx";
import { REFUSAL_GROUNDS, REQUEST_CASES, type RequestCase } from "../domain/information-request.ts";
import { DELIVERY_FORMS, ELIGIBILITY } from "../domain/request-intake.ts";

type Label = { vi: string; en: string };

/** The three R13 cases (Luật 10/2022 Art 14.2; Luật TCTT Art 23.1) in plain words. */
export const CASE_TEXT: Record<RequestCase, { title: Label; explain: Label }> = {
  not_published: {
    title: { vi: "Thông tin phải công khai nhưng chưa được công khai", en: "Not published" },
    explain: {
      vi: "Xã phải công khai thông tin này (ví dụ dự toán ngân sách, quy hoạch, kết quả thanh tra) nhưng bạn không thấy công khai, hoặc công khai chậm so với thời hạn.",
      en: "The commune had to publish it (a budget, a plan, an inspection's findings…) but you cannot find it, or it was published late.",
    },
  },
  expired: {
    title: { vi: "Thông tin đã hết thời hạn công khai", en: "Its publication period has ended" },
    explain: {
      vi: "Thông tin đã từng được niêm yết, đăng tải nhưng đã hết thời gian công khai nên bạn không còn xem được.",
      en: "It was posted once, but the posting period is over and you can no longer see it.",
    },
  },
  inaccessible: {
    title: {
      vi: "Thông tin đã công khai nhưng bạn không tiếp cận được",
      en: "Published, but you could not reach it",
    },
    explain: {
      vi: "Thông tin đã được công khai nhưng bạn không thể xem được vì lý do bất khả kháng (ví dụ thiên tai, dịch bệnh, ốm đau).",
      en: "It was published, but something beyond your control (a disaster, an epidemic, illness) kept you from seeing it.",
    },
  },
};

export const CHANNEL_LABEL: Record<string, Label> = {
  electronic: { vi: "Qua mạng (trên nền tảng)", en: "Online (on the platform)" },
  in_person: { vi: "Trực tiếp tại trụ sở", en: "In person at the office" },
  post: { vi: "Qua bưu điện, fax", en: "By post or fax" },
};

export const REQUEST_STATUS: Record<string, Label & { tone: BadgeTone }> = {
  received: { vi: "Đang giải quyết", en: "Being handled", tone: "info" },
  extended: { vi: "Đã gia hạn", en: "Extended", tone: "warn" },
  answered: { vi: "Đã cung cấp", en: "Answered", tone: "ok" },
  refused: { vi: "Từ chối", en: "Refused", tone: "neutral" },
};
export const OVERDUE: Label = { vi: "Quá hạn", en: "Overdue" };
export const LATE: Label = { vi: "Trả lời chậm", en: "Answered late" };

/** "Điểm a khoản 1 Điều 28: …": how a refusal cites its ground (T47). */
export function groundLabel(lang: Lang, code: string): string {
  const g = REFUSAL_GROUNDS.find((x) => x.code === code);
  if (!g) return code;
  return lang === "vi"
    ? `Điểm ${g.code} khoản 1 Điều 28 Luật Tiếp cận thông tin: ${g.vi}`
    : `Art 28.1.${g.code}: ${g.en}`;
}

export const deliveryLabel = (lang: Lang, code: string) =>
  Object.hasOwn(DELIVERY_FORMS, code) ? pick(lang, DELIVERY_FORMS[code as "email"]) : code;

const L = {
  name: { vi: "Họ và tên", en: "Full name" },
  address: { vi: "Nơi cư trú, địa chỉ", en: "Residence and address" },
  idNumber: { vi: "Số căn cước công dân hoặc số hộ chiếu", en: "ID card or passport number" },
  idHint: {
    vi: "Căn cước công dân 12 chữ số, hoặc số hộ chiếu (6 đến 12 chữ cái và chữ số). Số này được mã hóa và chỉ cán bộ giải quyết yêu cầu được xem.",
    en: "A 12-digit citizen ID, or a passport number (6 to 12 letters and digits). It is encrypted and only the officials handling the request may see it.",
  },
  contact: { vi: "Điện thoại, thư điện tử (nếu có)", en: "Phone, e-mail (if any)" },
  eligibility: { vi: "Bạn là", en: "You are" },
  eligibilityPaper: { vi: "Người yêu cầu là", en: "The requester is" },
  eligibilityHint: {
    vi: "Ủy ban nhân dân xã cung cấp thông tin cho người cư trú trên địa bàn; người ở nơi khác chỉ được cung cấp thông tin liên quan trực tiếp đến quyền, lợi ích hợp pháp của mình (Luật Tiếp cận thông tin Điều 9).",
    en: "The commune answers its residents; others only about information that directly concerns their lawful rights (Access to Information Law Art 9).",
  },
  reasonCase: { vi: "Vì sao bạn yêu cầu", en: "Why you are asking" },
  information: {
    vi: "Thông tin cần cung cấp (ghi rõ tên văn bản, hồ sơ, tài liệu)",
    en: "The information you need (name the document or file)",
  },
  related: {
    vi: "Nội dung công khai liên quan (nếu có)",
    en: "The related disclosure (if any)",
  },
  none: { vi: "— Không chọn —", en: "— None —" },
  delivery: { vi: "Hình thức nhận thông tin", en: "How you want to receive it" },
  purpose: { vi: "Lý do, mục đích yêu cầu", en: "Reason and purpose" },
};

/** The core text area, four rows unless told otherwise (a request's fields are long). */
export const TextArea = (p: Parameters<typeof CoreTextArea>[0]) => (
  <CoreTextArea {...p} rows={p.rows ?? 4} />
);

/** Radio buttons in a fieldset; the first carries `f-<name>` so the error summary can link to it. */
export function RadioGroup(p: {
  name: string;
  legend: string;
  options: { value: string; label: string; explain?: string }[];
  value?: string | null;
  errors?: FieldErrors;
  required?: boolean;
  hint?: string;
}) {
  const error = p.errors?.[p.name];
  return (
    <fieldset class={error ? "field field-error" : "field"}>
      <legend>
        {p.legend}
        {p.required ? <span class="req"> *</span> : null}
      </legend>
      {p.hint ? <p class="hint">{p.hint}</p> : null}
      {error ? (
        <p class="error-text" id={`f-${p.name}-error`}>
          {error}
        </p>
      ) : null}
      {p.options.map((o, i) => {
        const id = i === 0 ? `f-${p.name}` : `f-${p.name}-${i + 1}`;
        return (
          <div class="field">
            <input
              type="radio"
              id={id}
              name={p.name}
              value={o.value}
              checked={p.value === o.value}
              required={p.required}
              aria-describedby={o.explain ? `${id}-explain` : undefined}
            />{" "}
            <label for={id} class="inline-label">
              {o.label}
            </label>
            {o.explain ? (
              <p class="hint" id={`${id}-explain`}>
                {o.explain}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

/** The fields of the request form (phiếu yêu cầu, T44; Luật TCTT Art 24.2), online and on paper. */
export function InfoRequestFields(p: {
  lang: Lang;
  form: Record<string, string>;
  errors: FieldErrors;
  items: { id: number; title: string; published_on: string | null }[];
  /** Recorded by an official from a paper form: the requester is spoken of, not to. */
  paper?: boolean;
}) {
  const { lang, form, errors } = p;
  return (
    <>
      <Field
        name="requesterName"
        label={pick(lang, L.name)}
        value={form.requesterName}
        errors={errors}
        required
        maxlength={120}
        autocomplete="name"
      />
      <Field
        name="requesterAddress"
        label={pick(lang, L.address)}
        value={form.requesterAddress}
        errors={errors}
        required
        maxlength={250}
        autocomplete="street-address"
      />
      <div class="row">
        <Field
          name="requesterIdNumber"
          label={pick(lang, L.idNumber)}
          hint={pick(lang, L.idHint)}
          value={form.requesterIdNumber}
          errors={errors}
          required
          maxlength={20}
          autocomplete="off"
        />
        <Field
          name="requesterContact"
          label={pick(lang, L.contact)}
          value={form.requesterContact}
          errors={errors}
          maxlength={200}
        />
      </div>
      <RadioGroup
        name="eligibility"
        legend={pick(lang, p.paper ? L.eligibilityPaper : L.eligibility)}
        hint={pick(lang, L.eligibilityHint)}
        value={form.eligibility}
        errors={errors}
        required
        options={Object.entries(ELIGIBILITY).map(([value, label]) => ({
          value,
          label: pick(lang, label),
        }))}
      />
      <RadioGroup
        name="reasonCase"
        legend={pick(lang, L.reasonCase)}
        value={form.reasonCase}
        errors={errors}
        required
        options={REQUEST_CASES.map((k) => ({
          value: k,
          label: pick(lang, CASE_TEXT[k].title),
          explain: pick(lang, CASE_TEXT[k].explain),
        }))}
      />
      <TextArea
        name="information"
        label={pick(lang, L.information)}
        value={form.information}
        errors={errors}
        required
        maxlength={2000}
      />
      {p.items.length > 0 ? (
        <div class={errors.relatedItemId ? "field field-error" : "field"}>
          <label for="f-relatedItemId">{pick(lang, L.related)}</label>
          {errors.relatedItemId ? <p class="error-text">{errors.relatedItemId}</p> : null}
          <select id="f-relatedItemId" name="relatedItemId">
            <option value="">{pick(lang, L.none)}</option>
            {p.items.map((i) => (
              <option value={String(i.id)} selected={form.relatedItemId === String(i.id)}>
                {i.title} ({showDate(lang, i.published_on)})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <RadioGroup
        name="deliveryForm"
        legend={pick(lang, L.delivery)}
        value={form.deliveryForm}
        errors={errors}
        required
        options={Object.entries(DELIVERY_FORMS).map(([value, label]) => ({
          value,
          label: pick(lang, label),
        }))}
      />
      <TextArea
        name="purpose"
        label={pick(lang, L.purpose)}
        value={form.purpose}
        errors={errors}
        required
        maxlength={1000}
        rows={3}
      />
    </>
  );
}
