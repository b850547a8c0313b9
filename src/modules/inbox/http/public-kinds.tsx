import { type Lang, pick } from "../../../core/i18n/lang.ts";
import {
  ANONYMITY,
  FIELD_LABELS,
  KIND_LABELS,
  REQUIRED_FIELDS,
  type Track,
  trackOf,
} from "../domain/kinds.ts";
import { SUBMIT_KINDS } from "./submit-schema.ts";

// The four kinds a resident may send, in plain words, with what the law asks of each (read from
// domain/kinds.ts REQUIRED_FIELDS and ANONYMITY, never restated): shown on the unit's inbox page
// and on the form's kind chooser.

export type SubmitKind = (typeof SUBMIT_KINDS)[number];

export const isSubmitKind = (v: string | undefined): v is SubmitKind =>
  v !== undefined && (SUBMIT_KINDS as readonly string[]).includes(v);

export const KIND_HELP: Record<SubmitKind, { vi: string; en: string }> = {
  phan_anh: {
    vi: "Báo cho chính quyền biết một việc đang xảy ra: đèn đường hỏng, rác thải, ngập úng, tiếng ồn…",
    en: "Tell the commune about a problem: a broken street light, rubbish, flooding, noise…",
  },
  kien_nghi: {
    vi: "Đề xuất chính quyền làm hoặc thay đổi một việc: lắp biển báo, sửa quy định, thủ tục…",
    en: "Ask the commune to do or change something: a road sign, a rule, a procedure…",
  },
  khieu_nai: {
    vi: "Đề nghị xem xét lại một quyết định hành chính hoặc hành vi của cơ quan, cán bộ mà bạn cho là trái pháp luật, xâm phạm quyền lợi của bạn.",
    en: "Ask for an administrative decision or act that you think unlawful and harmful to you to be reviewed.",
  },
  to_cao: {
    vi: "Báo cho cơ quan có thẩm quyền biết hành vi vi phạm pháp luật của cán bộ, cơ quan, tổ chức, cá nhân.",
    en: "Report a violation of the law by an official, an agency or anyone.",
  },
};

/** The track a kind follows when sent on the web with a name and address (its usual case). */
export const usualTrack = (kind: SubmitKind): Track =>
  trackOf(kind, { channel: "web", name: "-", address: "-" });

const join = (fields: readonly string[]) =>
  fields.map((f) => FIELD_LABELS[f as keyof typeof FIELD_LABELS]).join(", ");

/** "Phải ghi: …; có thể gửi ẩn danh (R48, Luật 10/2022 Điều 35.2a)." for one kind. */
export function kindRequirement(kind: SubmitKind): string {
  const track = usualTrack(kind);
  const need = REQUIRED_FIELDS[track];
  const anonymity = ANONYMITY[track];
  const fields = `Phải ghi: ${join(need.fields)}`;
  const who = anonymity.allowed
    ? "có thể gửi ẩn danh"
    : `phải ghi ${join(need.identity)}, không gửi ẩn danh được`;
  let extra = "";
  if (kind === "phan_anh" || kind === "kien_nghi") {
    const pakn = REQUIRED_FIELDS.pakn;
    extra = ` Nếu về quy định, thủ tục hành chính: phải ghi ${join(pakn.identity)} (${pakn.rule}, ${pakn.article}).`;
  }
  if (kind === "to_cao") {
    extra =
      " Họ tên, địa chỉ của người tố cáo được giữ bí mật (T36); tố cáo không ghi họ tên, địa chỉ không được xử lý theo Luật Tố cáo mà chỉ là thông tin để tham khảo.";
  }
  return `${fields}; ${who} (${anonymity.rule}, ${anonymity.article}).${extra}`;
}

/** One entry per kind: a link to its form, what it is, what it needs. */
export function KindList(p: { lang: Lang; code: string }) {
  return (
    <ul class="inbox-kinds">
      {SUBMIT_KINDS.map((k) => (
        <li>
          <a href={`/u/${p.code}/phan-anh/gui?loai=${k}`}>
            <strong>{pick(p.lang, KIND_LABELS[k])}</strong>
          </a>
          <p>{pick(p.lang, KIND_HELP[k])}</p>
          <p class="muted">{kindRequirement(k)}</p>
        </li>
      ))}
    </ul>
  );
}
