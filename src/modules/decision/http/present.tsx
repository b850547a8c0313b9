// Labels and small views shared by the officials' pages and the public pages of the community
// decision module: statuses, result badges, the result with its rule and test, the decision's
// course (dispatched, recognised, in force, annulled).
import type { Context } from "hono";
import type { AppEnv } from "../../../core/http/env.ts";
import { type Lang, pick, showDate, type Text } from "../../../core/i18n/lang.ts";
import { Badge, type BadgeTone, type FieldErrors } from "../../../core/views/components.tsx";

export { TextArea } from "../../../core/views/components.tsx";

import type { PublicRecord, RoundResult } from "../queries/visible-matter.ts";

type Toned = Text & { tone: BadgeTone };

export const MATTER_STATUS: Record<string, Toned> = {
  open: { vi: "Đang lấy ý kiến", en: "Open", tone: "info" },
  concluded: { vi: "Đã có kết quả", en: "Concluded", tone: "neutral" },
  finalised: { vi: "Đã lập văn bản", en: "Decision recorded", tone: "neutral" },
  withdrawn: { vi: "Đã rút", en: "Withdrawn", tone: "bad" },
};

export const ROUND_STATUS: Record<string, Toned> = {
  planned: { vi: "Đang chuẩn bị", en: "Being prepared", tone: "neutral" },
  open: { vi: "Đang diễn ra", en: "Under way", tone: "info" },
  counted: { vi: "Đã kiểm phiếu", en: "Counted", tone: "ok" },
};

export const SCOPE_LABEL: Record<string, Text> = {
  village: { vi: "Thôn, tổ dân phố", en: "Village" },
  commune: { vi: "Toàn xã", en: "Commune-wide" },
};

export const OPENER_LABEL: Record<string, Text> = {
  village_head: { vi: "Trưởng thôn, Tổ trưởng tổ dân phố", en: "Village head" },
  appointed_convener: {
    vi: "Người được Chủ tịch UBND xã chỉ định (khuyết Trưởng thôn)",
    en: "Convener appointed by the commune chair (head vacant)",
  },
  commune_chair: { vi: "Chủ tịch UBND xã", en: "Commune chair" },
  initiative: { vi: "Kiến nghị của người dân (Điều 16.3)", en: "Residents' initiative (Art 16.3)" },
};

export const PER_VILLAGE_RULE_LABEL: Record<string, Text> = {
  two_thirds: {
    vi: "Thôn tán thành khi từ 2/3 tổng số hộ của thôn đồng ý (mặc định)",
    en: "A village approves with ≥ 2/3 of its households (default)",
  },
  majority: {
    vi: "Thôn tán thành khi trên 50% tổng số hộ của thôn đồng ý",
    en: "A village approves with > 50% of its households",
  },
};

export const DOC_FORM_LABEL: Record<string, Text> = {
  bien_ban: { vi: "Biên bản", en: "Minutes" },
  nghi_quyet: { vi: "Nghị quyết", en: "Resolution" },
  ban_ghi_nho: { vi: "Bản ghi nhớ", en: "Memorandum" },
  ban_thoa_thuan: { vi: "Bản thỏa thuận", en: "Agreement" },
};

export const REPRESENTS_LABEL: Record<string, Text> = {
  village: { vi: "Đại diện thôn, tổ dân phố", en: "Village" },
  front: { vi: "Đại diện Ban công tác Mặt trận", en: "Front working committee" },
  organisation: { vi: "Đại diện tổ chức chính trị - xã hội", en: "Socio-political organisation" },
  household: { vi: "Đại diện hộ gia đình", en: "Household representative" },
  it: { vi: "Người có kỹ năng công nghệ thông tin", en: "IT-skilled person" },
  other: { vi: "Khác", en: "Other" },
};

export const SUBJECT_LABEL: Record<string, Text> = {
  secretary: { vi: "Thư ký cuộc họp", en: "Meeting secretary" },
  method: { vi: "Hình thức biểu quyết (giơ tay, bỏ phiếu kín)", en: "Voting method" },
  tellers: { vi: "Ban kiểm phiếu", en: "Tellers" },
  option: { vi: "Lựa chọn phương án", en: "Choice among options" },
  cluster: { vi: "Họp theo cụm", en: "Cluster meetings" },
};

export const VOTE_STATUS: Record<string, Toned> = {
  counted: { vi: "Được tính", en: "Counted", tone: "ok" },
  duplicate: { vi: "Trùng hộ — không tính", en: "Duplicate — not counted", tone: "bad" },
  outside: {
    vi: "Hộ ngoài danh sách đã chốt — không tính",
    en: "Household not on the frozen list — not counted",
    tone: "bad",
  },
};

export const ANNUL_GROUND_LABEL: Record<string, Text> = {
  a: {
    vi: "a) Trái pháp luật, trái đạo đức xã hội, thuần phong mỹ tục",
    en: "a) Unlawful or against customs and ethics",
  },
  b: { vi: "b) Không đúng trình tự, thủ tục", en: "b) Procedure not followed" },
  c: { vi: "c) Cộng đồng dân cư muốn thay đổi", en: "c) The community wants a change" },
};

/** "Thông qua", "Không thông qua", "Không hợp lệ", or not yet. */
export function ResultBadge(p: {
  lang: Lang;
  result: { valid: boolean | null; passed: boolean | null } | null;
}) {
  const r = p.result;
  if (!r || r.valid === null) {
    return (
      <Badge tone="neutral">{pick(p.lang, { vi: "Chưa có kết quả", en: "No result yet" })}</Badge>
    );
  }
  if (!r.valid) {
    return <Badge tone="warn">{pick(p.lang, { vi: "Không hợp lệ", en: "Invalid" })}</Badge>;
  }
  return r.passed ? (
    <Badge tone="ok">{pick(p.lang, { vi: "Thông qua", en: "Passed" })}</Badge>
  ) : (
    <Badge tone="bad">{pick(p.lang, { vi: "Không thông qua", en: "Not passed" })}</Badge>
  );
}

/** "41/60 hộ (68%)": those who took part over ALL households of the frozen list. */
export function turnout(participating: number, households: number): string {
  const pct = households > 0 ? Math.round((100 * participating) / households) : 0;
  return `${participating}/${households} hộ (${pct}%)`;
}

/** A counted round: figures over N, the rule, its article and the test with its figures. */
export function RoundResultFacts(p: { lang: Lang; result: RoundResult; form: string }) {
  const { lang, result: r } = p;
  return (
    <>
      <dl class="facts">
        <dt>{pick(lang, { vi: "Tổng số hộ (N)", en: "Households (N)" })}</dt>
        <dd>{r.households}</dd>
        <dt>
          {p.form === "meeting"
            ? pick(lang, { vi: "Hộ có đại diện dự họp", en: "Households present" })
            : pick(lang, { vi: "Hộ tham gia", en: "Households taking part" })}
        </dt>
        <dd>{turnout(r.participating, r.households)}</dd>
        <dt>{pick(lang, { vi: "Đồng ý", en: "Agree" })}</dt>
        <dd>{r.yes}</dd>
        <dt>{pick(lang, { vi: "Không đồng ý", en: "Disagree" })}</dt>
        <dd>{r.no}</dd>
        <dt>{pick(lang, { vi: "Ý kiến khác", en: "Other opinion" })}</dt>
        <dd>{r.other}</dd>
        <dt>{pick(lang, { vi: "Quy tắc áp dụng", en: "Rule applied" })}</dt>
        <dd>
          {r.rule} — {r.article}
        </dd>
        <dt>{pick(lang, { vi: "Phép tính", en: "Test" })}</dt>
        <dd>
          <code>{r.test || "—"}</code>
        </dd>
      </dl>
      <p>
        <ResultBadge lang={lang} result={r} /> {r.message}
      </p>
      {r.attendanceFailed ? (
        <p class="muted">
          {pick(lang, {
            vi: "Cuộc họp không đủ số đại diện hộ tham dự để đạt tỷ lệ biểu quyết; có thể phát phiếu lấy ý kiến các hộ (R24, Luật 10/2022 Điều 19.1b).",
            en: "Too few households attended for the threshold to be reachable; ballots may be sent to households (R24, Art 19.1b).",
          })}
        </p>
      ) : null}
      {r.findings.length > 0 ? (
        <ul>
          {r.findings.map((f) => (
            <li>{f.message}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** The decision's course after the vote: sent, recognised or refused, in force, annulled. */
export function RecordCourse(p: { lang: Lang; record: PublicRecord; today: string }) {
  const { lang, record: r } = p;
  const overdue = <Badge tone="bad">{pick(lang, { vi: "Quá hạn", en: "Overdue" })}</Badge>;
  return (
    <dl class="facts">
      <dt>{pick(lang, { vi: "Hình thức văn bản", en: "Document" })}</dt>
      <dd>{pick(lang, DOC_FORM_LABEL[r.docForm] ?? { vi: r.docForm, en: r.docForm })}</dd>
      <dt>{pick(lang, { vi: "Gửi UBND xã, UBMTTQ xã", en: "Sent to the commune" })}</dt>
      <dd>
        {r.dispatchedOn
          ? showDate(lang, r.dispatchedOn)
          : `${pick(lang, { vi: "Chưa gửi; hạn", en: "Not sent; due" })} ${showDate(lang, r.dispatchDue)}`}
        {!r.dispatchedOn && r.dispatchDue && r.dispatchDue < p.today ? <> {overdue}</> : null}
        {r.dispatchedOn && r.dispatchDue && r.dispatchedOn > r.dispatchDue ? (
          <>
            {" "}
            <Badge tone="bad">{pick(lang, { vi: "Gửi chậm (R35)", en: "Late (R35)" })}</Badge>
          </>
        ) : null}
      </dd>
      {r.recognitionDue ? (
        <>
          <dt>{pick(lang, { vi: "Công nhận", en: "Recognition" })}</dt>
          <dd>
            {r.recognisedOn
              ? `${pick(lang, { vi: "Đã công nhận ngày", en: "Recognised on" })} ${showDate(lang, r.recognisedOn)}`
              : r.refusedOn
                ? `${pick(lang, { vi: "Từ chối công nhận ngày", en: "Refused on" })} ${showDate(lang, r.refusedOn)}: ${r.refusalReason ?? ""}`
                : `${pick(lang, { vi: "Chờ công nhận; hạn", en: "Awaiting; due" })} ${showDate(lang, r.recognitionDue)}`}
            {!r.recognisedOn && !r.refusedOn && r.recognitionDue < p.today ? <> {overdue}</> : null}
          </dd>
        </>
      ) : null}
      <dt>{pick(lang, { vi: "Hiệu lực", en: "In force" })}</dt>
      <dd>
        {r.annulledOn
          ? r.annulAction === "annul"
            ? `${pick(lang, { vi: "Đã bị hủy bỏ ngày", en: "Annulled on" })} ${showDate(lang, r.annulledOn)}`
            : `${pick(lang, { vi: "UBND xã yêu cầu sửa đổi ngày", en: "Amendment requested on" })} ${showDate(lang, r.annulledOn)}`
          : r.inForceOn
            ? `${pick(lang, { vi: "Có hiệu lực từ ngày", en: "In force from" })} ${showDate(lang, r.inForceOn)}`
            : pick(lang, { vi: "Chưa có hiệu lực", en: "Not yet in force" })}
      </dd>
      {r.annulledOn ? (
        <>
          <dt>{pick(lang, { vi: "Căn cứ (Điều 22.2)", en: "Ground (Art 22.2)" })}</dt>
          <dd>
            {r.annulGround ? pick(lang, ANNUL_GROUND_LABEL[r.annulGround]!) : "—"}: {r.annulReason}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** "Số 3: 04/05/2026 – 08/05/2026, Nhà văn hóa thôn". */
export function whenAndWhere(
  lang: Lang,
  r: { form: string; heldOn: string; closesOn: string; place: string | null },
) {
  const dates =
    r.heldOn === r.closesOn
      ? showDate(lang, r.heldOn)
      : `${showDate(lang, r.heldOn)} – ${showDate(lang, r.closesOn)}`;
  return r.place ? `${dates}, ${r.place}` : dates;
}

/** A file name officials recognise, in ASCII (Vietnamese without diacritics). */
export function asciiName(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * A Word download: the Vietnamese file name in `filename*` (RFC 6266), an ASCII fallback for
 * old clients.
 */
export function downloadDocx(c: Context<AppEnv>, body: Uint8Array, viName: string) {
  return c.body(new Uint8Array(body), 200, {
    "Content-Type": DOCX,
    "Content-Disposition": `attachment; filename="${asciiName(viName)}.docx"; filename*=UTF-8''${encodeURIComponent(`${viName}.docx`)}`,
    "Cache-Control": "private, no-store",
  });
}

/** A checkbox with its label after it and its error above. */
export function CheckboxField(p: {
  name: string;
  label: string;
  checked: boolean;
  errors?: FieldErrors;
}) {
  const id = `f-${p.name}`;
  const error = p.errors?.[p.name];
  return (
    <div class={error ? "field field-error" : "field"}>
      {error ? (
        <p class="error-text" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        type="checkbox"
        id={id}
        name={p.name}
        checked={p.checked}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />{" "}
      <label for={id} class="inline-label">
        {p.label}
      </label>
    </div>
  );
}

/** Form values of an AppError for re-rendering: its field and message, and each finding. */
export function errorsOf(
  err: { field?: string; message: string },
  fallback = "_form",
): FieldErrors {
  return { [err.field ?? fallback]: err.message };
}
