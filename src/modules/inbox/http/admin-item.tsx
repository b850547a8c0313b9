import type { Context } from "hono";
import { can } from "../../../core/authz/index.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { type Lang, pick, showDate } from "../../../core/i18n/lang.ts";
import {
  Badge,
  CsrfField,
  ErrorSummary,
  type FieldErrors,
  Notice,
} from "../../../core/views/components.tsx";
import { accountsOver } from "../../auth/index.ts";
import { AdminHeader, adminCrumbs, formatTime, type LoadedUnit } from "../../org/index.ts";
import { answerDocumentKind } from "../commands/answer-item.ts";
import {
  attachmentsOf,
  documentsOf,
  eventsOf,
  feedbackTargetDays,
  type ItemRow,
} from "../db/inbox.repo.ts";
import type { SealedIdentity } from "../db/tables.ts";
import { COMPLAINT_REFUSAL_GROUNDS } from "../domain/acceptance.ts";
import { COMPLEXITY_CRITERIA } from "../domain/clocks.ts";
import {
  COMPLAINT_VERDICTS,
  DENUNCIATION_VERDICTS,
  REQUIRED_CONTENTS,
} from "../domain/decision-contents.ts";
import { itemClock } from "../domain/item-clock.ts";
import { ANONYMOUS_MARK, KIND_LABELS, KINDS, TRACK_LABELS } from "../domain/kinds.ts";
import { type Action, actionProblem, STATUS_LABELS } from "../domain/workflow.ts";
import { DueBadge, EVENT_LABELS, ruleText } from "./admin-present.tsx";
import { calendar, today } from "./run.ts";

// An item for its handlers: the facts, the clock, the timeline, the identity panel (T36), and a
// form for each step the workflow allows now. Every form posts to `<item>/<step>`.

export interface ItemPageState {
  values?: Record<string, string>;
  errors?: FieldErrors;
  /** The form the errors belong to. */
  form?: string;
  identity?: SealedIdentity | null;
  identityRefused?: string;
  /** Just recorded at the desk: say the tracking code to hand to the citizen. */
  recorded?: boolean;
}

/** How the stored due day was reached (the calendar's explanation), when it still holds. */
async function clockExplanation(deps: AppDeps, item: ItemRow): Promise<string> {
  if (!item.due_on) return "";
  const clock = itemClock(calendar, {
    track: item.track,
    status: item.status,
    receivedOn: item.received_on,
    acceptedOn: item.accepted_on,
    instance: item.instance,
    complex: item.complex,
    remoteArea: item.remote_area,
    criteria: item.criteria,
    extensions: item.extensions,
    suspensions: item.suspensions,
    feedbackTargetDays: await feedbackTargetDays(deps.db, item.unit_id),
  });
  return clock.dueOn === item.due_on ? clock.explanation : "";
}

const VERDICT_LABELS: Record<string, string> = {
  right: "Đúng",
  partly_right: "Đúng một phần",
  wrong: "Sai",
  false: "Sai (tố cáo sai)",
};

function Area(p: {
  step: string;
  name: string;
  label: string;
  rows?: number;
  value?: string;
  required?: boolean;
}) {
  return (
    <div class="field">
      <label for={`f-${p.step}-${p.name}`}>{p.label}</label>
      <textarea id={`f-${p.step}-${p.name}`} name={p.name} rows={p.rows ?? 3} required={p.required}>
        {p.value ?? ""}
      </textarea>
    </div>
  );
}

function DateInput(p: { step: string; name: string; label: string; value?: string }) {
  return (
    <div class="field">
      <label for={`f-${p.step}-${p.name}`}>{p.label}</label>
      <input
        id={`f-${p.step}-${p.name}`}
        type="date"
        name={p.name}
        value={p.value ?? today()}
        required
      />
    </div>
  );
}

function Step(p: {
  base: string;
  path: string;
  title: string;
  csrf: string;
  lang: Lang;
  state: ItemPageState;
  children: unknown;
  submit: string;
}) {
  const mine = p.state.form === p.path;
  return (
    <details class="inbox-step" open={mine}>
      <summary>{p.title}</summary>
      <form method="post" action={`${p.base}/${p.path}`} class="stack">
        <CsrfField token={p.csrf} />
        {mine ? <ErrorSummary lang={p.lang} errors={p.state.errors ?? {}} /> : null}
        {p.children as never}
        <button type="submit">{p.submit}</button>
      </form>
    </details>
  );
}

function IdentityPanel(p: { item: ItemRow; base: string; csrf: string; state: ItemPageState }) {
  if (p.item.anonymous)
    return (
      <p>
        Người gửi: <Badge>{ANONYMOUS_MARK.vi}</Badge>
      </p>
    );
  const id = p.state.identity;
  return (
    <section class="inbox-identity">
      <h2>Người gửi</h2>
      {id ? (
        <dl class="facts">
          <dt>Họ và tên</dt>
          <dd>{id.name ?? "—"}</dd>
          <dt>Địa chỉ</dt>
          <dd>{id.address ?? "—"}</dd>
          <dt>Liên hệ</dt>
          <dd>{id.contact ?? "—"}</dd>
          {id.representative ? (
            <>
              <dt>Người đại diện</dt>
              <dd>{id.representative}</dd>
            </>
          ) : null}
        </dl>
      ) : p.state.identityRefused ? (
        <Notice tone="bad">{p.state.identityRefused}</Notice>
      ) : p.item.confidential ? (
        <form method="post" action={`${p.base}/nguoi-gui`}>
          <CsrfField token={p.csrf} />
          <p>
            Thông tin người tố cáo được giữ bí mật (Luật Tố cáo 2018 Điều 8.3, 47.2). Mỗi lần xem
            được ghi nhật ký.
          </p>
          <button type="submit">Xem thông tin người tố cáo</button>
        </form>
      ) : null}
    </section>
  );
}

const NOTICES: [string, string, string][] = [
  ["accepted", "thu-ly", "Thông báo thụ lý"],
  ["refused", "khong-thu-ly", "Thông báo không thụ lý"],
  ["transferred", "chuyen-don", "Phiếu chuyển đơn"],
  ["answered", "tra-loi", "Văn bản trả lời"],
];

/** The notices the steps taken so far call for, as DOCX to print, sign and send. */
function Notices(p: { base: string; types: Set<string> }) {
  const due = NOTICES.filter(([type]) => p.types.has(type));
  if (due.length === 0) return null;
  return (
    <p>
      Thông báo cho người gửi (DOCX):{" "}
      {due.map(([, path, label], i) => (
        <>
          {i > 0 ? " · " : ""}
          <a href={`${p.base}/thong-bao/${path}.docx`}>{label}</a>
        </>
      ))}
    </p>
  );
}

export async function itemPage(
  c: Context<AppEnv>,
  deps: AppDeps,
  loaded: LoadedUnit,
  item: ItemRow,
  state: ItemPageState,
  status: 200 | 400 | 403 | 409 = 200,
) {
  const lang = c.get("lang");
  const ctx = c.get("ctx");
  const now = today();
  const base = `/quan-tri/${loaded.unit.code}/phan-anh/${item.id}`;
  const handles = can(ctx.actor, "inbox.item.handle", { unitPath: item.unit_path });
  const grants = can(ctx.actor, "inbox.identity.grant", { unitPath: item.unit_path });
  const [explanation, events, files, documents, handlers] = await Promise.all([
    clockExplanation(deps, item),
    eventsOf(deps.db, item.id, false),
    attachmentsOf(deps.db, item.id),
    documentsOf(deps.db, item.id),
    handles
      ? accountsOver(deps.db, item.unit_path, ["unit_admin", "official"])
      : Promise.resolve([]),
  ]);
  const allowed = (a: Action) => handles && actionProblem(a, item) === null;
  const csrf = c.get("csrf")();
  const v = state.values ?? {};
  const step = { base, csrf, lang, state };
  const docKind = answerDocumentKind(item.track, item.instance);
  const isComplaint = item.track === "complaint" || item.track === "disciplinary_complaint";
  const verdicts =
    docKind === "denunciation_conclusion" ? DENUNCIATION_VERDICTS : COMPLAINT_VERDICTS;
  const d = item.details;
  return renderPage(
    c,
    {
      title: `${item.code} — ${item.title}`,
      status,
      crumbs: adminCrumbs(lang, loaded, item.code),
    },
    <>
      <AdminHeader c={c} loaded={loaded} current="phan-anh" />
      {state.recorded ? (
        <Notice tone="ok">
          Đã ghi nhận. Mã theo dõi trao cho công dân: <strong>{item.code}</strong> (tra cứu tại
          /theo-doi/{item.code}).
        </Notice>
      ) : null}
      <h2>
        {item.code}: {item.title}
      </h2>
      <dl class="facts">
        <dt>Loại</dt>
        <dd>
          {pick(lang, KIND_LABELS[item.kind])} — {TRACK_LABELS[item.track].vi}{" "}
          <span class="muted">({TRACK_LABELS[item.track].basis})</span>
          {item.instance ? ` · lần ${item.instance === "second" ? "hai" : "đầu"}` : ""}
          {item.complex ? " · phức tạp" : ""}
          {item.remote_area ? " · vùng sâu, vùng xa" : ""}
        </dd>
        <dt>Trạng thái</dt>
        <dd>{pick(lang, STATUS_LABELS[item.status] ?? { vi: item.status, en: item.status })}</dd>
        <dt>Tiếp nhận</dt>
        <dd>
          {showDate(lang, item.received_on)} · kênh {item.channel}
          {item.accepted_on ? ` · thụ lý ${showDate(lang, item.accepted_on)}` : ""}
        </dd>
        <dt>Hạn</dt>
        <dd>
          {item.due_on ? (
            <>
              {showDate(lang, item.due_on)} {ruleText(item.due_rule)} — {item.due_what}{" "}
              <DueBadge calendar={calendar} due={item.due_on} today={now} />
              {explanation ? <span class="muted inbox-clock">{explanation}</span> : null}
            </>
          ) : item.status === "suspended" ? (
            "Tạm dừng tính thời hạn"
          ) : (
            "—"
          )}
        </dd>
        {item.place ? (
          <>
            <dt>Địa điểm</dt>
            <dd>
              {item.place}
              {item.lat !== null ? ` (${item.lat}, ${item.lng})` : ""}
            </dd>
          </>
        ) : null}
        {d.respondent ? (
          <>
            <dt>Bị khiếu nại</dt>
            <dd>
              {d.respondent}
              {d.respondentAddress ? `, ${d.respondentAddress}` : ""}
            </dd>
          </>
        ) : null}
        {d.accused ? (
          <>
            <dt>Bị tố cáo</dt>
            <dd>{d.accused}</dd>
          </>
        ) : null}
        {d.reasons ? (
          <>
            <dt>Lý do</dt>
            <dd>{d.reasons}</dd>
          </>
        ) : null}
        {d.request ? (
          <>
            <dt>Yêu cầu</dt>
            <dd>{d.request}</dd>
          </>
        ) : null}
        {item.escalated_on ? (
          <>
            <dt>Báo cáo cấp trên</dt>
            <dd>{showDate(lang, item.escalated_on)}</dd>
          </>
        ) : null}
      </dl>
      <section>
        <h2>Nội dung</h2>
        <div class="inbox-content">{item.content}</div>
      </section>
      {item.answer ? (
        <section>
          <h2>Trả lời ({showDate(lang, item.answered_on)})</h2>
          <div class="inbox-answer">{item.answer}</div>
        </section>
      ) : null}
      <IdentityPanel item={item} base={base} csrf={csrf} state={state} />
      {files.length > 0 ? (
        <section>
          <h2>Tệp đính kèm</h2>
          <ul>
            {files.map((f) => (
              <li>
                <a href={`${base}/tep/${f.id}`}>{f.file_name}</a> ({Math.ceil(f.byte_size / 1024)}{" "}
                KB)
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {documents.length > 0 ? (
        <section>
          <h2>Văn bản</h2>
          <ul>
            {documents.map((doc) => (
              <li>
                {doc.kind === "dialogue_minutes"
                  ? "Biên bản đối thoại"
                  : (REQUIRED_CONTENTS[doc.kind as "complaint_first_decision"]?.title ?? doc.kind)}
                {doc.number ? ` số ${doc.number}` : ""} ngày {showDate(lang, doc.issued_on)}
                {doc.kind === "dialogue_minutes" ? null : (
                  <>
                    {" "}
                    — <a href={`${base}/van-ban/${doc.id}.docx`}>tải DOCX</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Notices base={base} types={new Set(events.filter((e) => e.public).map((e) => e.type))} />
      {handles ? <h2>Xử lý</h2> : null}
      {allowed("classify") ? (
        <Step {...step} path="phan-loai" title="Phân loại" submit="Lưu phân loại">
          <div class="field">
            <label for="f-kind">Loại đơn</label>
            <select id="f-kind" name="kind">
              {KINDS.filter((k) => k !== "danh_gia").map((k) => (
                <option value={k} selected={(v.kind ?? item.kind) === k}>
                  {pick(lang, KIND_LABELS[k])}
                </option>
              ))}
            </select>
          </div>
          <label>
            <input type="checkbox" name="aboutRegulation" checked={d.aboutRegulation === true} /> Về
            quy định, thủ tục hành chính (NĐ 20/2008)
          </label>
          <label>
            <input type="checkbox" name="disciplinary" checked={d.disciplinary === true} /> Khiếu
            nại quyết định kỷ luật
          </label>
          <div class="field">
            <label for="f-instance">Khiếu nại lần</label>
            <select id="f-instance" name="instance">
              <option value="first" selected={item.instance !== "second"}>
                Lần đầu
              </option>
              <option value="second" selected={item.instance === "second"}>
                Lần hai
              </option>
            </select>
          </div>
          <label>
            <input type="checkbox" name="remoteArea" checked={item.remote_area} /> Vùng sâu, vùng xa
            đi lại khó khăn
          </label>
          <fieldset>
            <legend>Vụ việc phức tạp (tiêu chí NĐ 124/2020 Điều 3a, NĐ 31/2019 Điều 3)</legend>
            {COMPLEXITY_CRITERIA.map((k) => (
              <label class="block">
                <input
                  type="checkbox"
                  name={`criteria_${k.code}`}
                  checked={item.criteria.includes(k.code)}
                />{" "}
                {k.code}) {k.vi}
              </label>
            ))}
          </fieldset>
          <label>
            <input type="checkbox" name="publish" checked={item.publish} /> Công khai nội dung và
            câu trả lời (người gửi đã đồng ý; không kèm thông tin cá nhân)
          </label>
        </Step>
      ) : null}
      {allowed("accept") ? (
        <Step
          {...step}
          path="thu-ly"
          title={isComplaint || item.track === "denunciation" ? "Thụ lý" : "Tiếp nhận xem xét"}
          submit="Thụ lý"
        >
          <DateInput step="thu-ly" name="acceptedOn" label="Ngày thụ lý" value={v.acceptedOn} />
          {isComplaint ? (
            <fieldset>
              <legend>Các trường hợp không thụ lý (Luật Khiếu nại Điều 11): đánh dấu nếu có</legend>
              {COMPLAINT_REFUSAL_GROUNDS.filter(
                (g) => g.code !== "5" && g.code !== "6" && g.code !== "8",
              ).map((g) => (
                <label class="block">
                  <input type="checkbox" name={`ground_${g.code}`} /> {g.code}. {g.vi}
                </label>
              ))}
            </fieldset>
          ) : null}
        </Step>
      ) : null}
      {allowed("refuse") ? (
        <Step {...step} path="khong-thu-ly" title="Không thụ lý" submit="Không thụ lý">
          <div class="field">
            <label for="f-ground">Căn cứ</label>
            <select id="f-ground" name="ground">
              {isComplaint
                ? COMPLAINT_REFUSAL_GROUNDS.map((g) => (
                    <option value={g.code}>
                      Điều 11.{g.code}: {g.vi.slice(0, 90)}
                    </option>
                  ))
                : item.track === "denunciation" || item.track === "anonymous_tip"
                  ? ["29.1.a", "29.1.b", "29.1.d", "24.3", "25"].map((g) => (
                      <option value={g}>Luật Tố cáo Điều {g}</option>
                    ))
                  : [
                      <option value="out_of_scope">Không thuộc phạm vi giải quyết</option>,
                      <option value="no_identity">
                        Thiếu họ tên, địa chỉ (NĐ 20/2008 Điều 9.1.d)
                      </option>,
                    ]}
            </select>
          </div>
          <Area
            step="khong-thu-ly"
            name="reason"
            label="Lý do (thông báo cho người gửi)"
            value={v.reason}
            required
          />
        </Step>
      ) : null}
      {allowed("transfer") ? (
        <Step {...step} path="chuyen" title="Chuyển đơn" submit="Chuyển">
          <div class="field">
            <label for="f-unitCode">Mã đơn vị nhận trên nền tảng (cùng tỉnh)</label>
            <input id="f-unitCode" name="unitCode" value={v.unitCode ?? ""} />
          </div>
          <div class="field">
            <label for="f-recipient">Hoặc nơi nhận ngoài nền tảng</label>
            <input id="f-recipient" name="recipient" value={v.recipient ?? ""} maxlength={300} />
          </div>
          <Area step="chuyen" name="reason" label="Lý do chuyển" value={v.reason} required />
        </Step>
      ) : null}
      {allowed("transfer") &&
      (item.track === "grassroots" || item.track === "pakn") &&
      item.village_id !== null ? (
        <Step
          {...step}
          path="hoa-giai"
          title="Chuyển tổ hòa giải ở cơ sở (mâu thuẫn, tranh chấp giữa người dân)"
          submit="Chuyển tổ hòa giải"
        >
          <label class="block">
            <input type="checkbox" name="betweenResidents" /> Là mâu thuẫn, tranh chấp giữa các bên
            trong cộng đồng (Luật Hòa giải ở cơ sở Điều 2)
          </label>
          <fieldset>
            <legend>Trường hợp không được hòa giải ở cơ sở (Điều 3.1): đánh dấu nếu có</legend>
            <label class="block">
              <input type="checkbox" name="publicInterest" /> Xâm phạm lợi ích của Nhà nước, lợi ích
              công cộng
            </label>
            <label class="block">
              <input type="checkbox" name="notMediable" /> Hôn nhân gia đình, giao dịch dân sự không
              được hòa giải
            </label>
            <label class="block">
              <input type="checkbox" name="sanctionable" /> Phải truy cứu trách nhiệm hình sự hoặc
              xử phạt hành chính
            </label>
          </fieldset>
          <div class="field">
            <label for="f-mediator">Hòa giải viên được phân công</label>
            <input id="f-mediator" name="mediator" value={v.mediator ?? ""} required />
          </div>
          <DateInput
            step="hoa-giai"
            name="assignedOn"
            label="Ngày phân công"
            value={v.assignedOn}
          />
        </Step>
      ) : null}
      {allowed("merge") ? (
        <Step {...step} path="gop" title="Gộp vào vụ việc trùng" submit="Gộp">
          <div class="field">
            <label for="f-into">Mã theo dõi (hoặc số) của vụ việc cùng nội dung ở đơn vị này</label>
            <input id="f-into" name="into" value={v.into ?? ""} required />
          </div>
        </Step>
      ) : null}
      {allowed("assign") ? (
        <Step {...step} path="giao" title="Giao người giải quyết" submit="Giao">
          <div class="field">
            <label for="f-accountId">Cán bộ</label>
            <select id="f-accountId" name="accountId">
              <option value="">— Không giao —</option>
              {handlers.map((h) => (
                <option
                  value={String(h.accountId)}
                  selected={item.assigned_account_id === h.accountId}
                >
                  {h.name}
                </option>
              ))}
            </select>
          </div>
        </Step>
      ) : null}
      {handles ? (
        <Step {...step} path="ghi-chu" title="Ghi chú hoặc thông báo tiến độ" submit="Lưu">
          <Area step="ghi-chu" name="text" label="Nội dung" value={v.text} required />
          <label>
            <input type="checkbox" name="public" /> Người gửi được xem (thông báo tiến độ); bỏ trống
            là ghi chú nội bộ
          </label>
        </Step>
      ) : null}
      {allowed("dialogue") ? (
        <Step
          {...step}
          path="doi-thoai"
          title="Biên bản đối thoại (Luật Khiếu nại Điều 30, 39)"
          submit="Lưu biên bản"
        >
          <DateInput step="doi-thoai" name="heldOn" label="Ngày đối thoại" value={v.heldOn} />
          <div class="field">
            <label for="f-noticeOn">Ngày gửi thông báo đối thoại</label>
            <input id="f-noticeOn" type="date" name="noticeOn" value={v.noticeOn ?? ""} />
          </div>
          <div class="field">
            <label for="f-place">Địa điểm</label>
            <input id="f-place" name="place" value={v.place ?? ""} required />
          </div>
          <Area
            step="doi-thoai"
            name="participants"
            label="Người tham gia: mỗi dòng một người; thêm “ vắng” hoặc “ vắng có lý do”, “ không ký: lý do” nếu có"
            value={v.participants}
            required
          />
          <Area
            step="doi-thoai"
            name="opinions"
            label="Ý kiến của những người tham gia"
            value={v.opinions}
            required
          />
          <Area
            step="doi-thoai"
            name="result"
            label="Kết quả đối thoại"
            value={v.result}
            required
          />
          <div class="field">
            <label for="f-copies">Số bản</label>
            <input id="f-copies" name="copies" inputmode="numeric" value={v.copies ?? "3"} />
          </div>
        </Step>
      ) : null}
      {allowed("suspend") ? (
        <Step {...step} path="tam-dinh-chi" title="Tạm đình chỉ giải quyết" submit="Tạm đình chỉ">
          <DateInput step="tam-dinh-chi" name="on" label="Ngày quyết định" value={v.on} />
          <Area step="tam-dinh-chi" name="reason" label="Căn cứ" value={v.reason} required />
        </Step>
      ) : null}
      {allowed("resume") ? (
        <Step {...step} path="tiep-tuc" title="Tiếp tục giải quyết" submit="Tiếp tục">
          <DateInput step="tiep-tuc" name="on" label="Ngày quyết định tiếp tục" value={v.on} />
        </Step>
      ) : null}
      {allowed("extend") ? (
        <Step
          {...step}
          path="gia-han"
          title="Gia hạn giải quyết tố cáo (Luật Tố cáo Điều 30)"
          submit="Gia hạn"
        >
          <DateInput
            step="gia-han"
            name="decidedOn"
            label="Ngày quyết định gia hạn"
            value={v.decidedOn}
          />
          <label>
            <input type="checkbox" name="notified" checked /> Đã thông báo cho người tố cáo, người
            bị tố cáo
          </label>
          {COMPLEXITY_CRITERIA.map((k) => (
            <label class="block">
              <input
                type="checkbox"
                name={`criteria_${k.code}`}
                checked={item.criteria.includes(k.code)}
              />{" "}
              {k.code}) {k.vi}
            </label>
          ))}
        </Step>
      ) : null}
      {allowed("answer") ? (
        <Step
          {...step}
          path="tra-loi"
          title={docKind ? REQUIRED_CONTENTS[docKind].title : "Trả lời"}
          submit="Ban hành, trả lời"
        >
          <DateInput
            step="tra-loi"
            name="answeredOn"
            label="Ngày trả lời, ban hành"
            value={v.answeredOn}
          />
          <Area
            step="tra-loi"
            name="answer"
            label="Nội dung trả lời gửi người gửi (và công khai nếu được đồng ý)"
            rows={5}
            value={v.answer}
            required
          />
          {docKind ? (
            <>
              <div class="field">
                <label for="f-number">Số, ký hiệu văn bản</label>
                <input id="f-number" name="number" value={v.number ?? ""} required />
              </div>
              <div class="field">
                <label for="f-signer">Người ký</label>
                <input id="f-signer" name="signer" value={v.signer ?? ""} required />
              </div>
              {REQUIRED_CONTENTS[docKind].items
                .filter((it) => it.key !== "date")
                .map((it) =>
                  it.values ? (
                    <div class="field">
                      <label for={`f-c_${it.key}`}>
                        {it.point}) {it.vi}
                      </label>
                      <select id={`f-c_${it.key}`} name={`c_${it.key}`}>
                        <option value="">—</option>
                        {verdicts.map((x) => (
                          <option value={x} selected={v[`c_${it.key}`] === x}>
                            {VERDICT_LABELS[x]}
                          </option>
                        ))}
                      </select>
                    </div>
                  ) : (
                    <Area
                      step="tra-loi"
                      name={`c_${it.key}`}
                      label={`${it.point}) ${it.vi}${it.when === "always" ? "" : " (nếu có)"}`}
                      value={v[`c_${it.key}`]}
                    />
                  ),
                )}
              <label>
                <input type="checkbox" name="compensation" /> Có nội dung bồi thường thiệt hại
              </label>
            </>
          ) : null}
        </Step>
      ) : null}
      {allowed("withdraw") ? (
        <Step {...step} path="rut-don" title="Người gửi rút đơn" submit="Ghi nhận rút đơn">
          <DateInput step="rut-don" name="withdrawnOn" label="Ngày rút" value={v.withdrawnOn} />
          <div class="field">
            <label for="f-form">Hình thức</label>
            <select id="f-form" name="form">
              <option value="petition">Đơn rút</option>
              <option value="minutes">Biên bản ghi nhận việc rút</option>
            </select>
          </div>
          <label>
            <input type="checkbox" name="signed" /> Có chữ ký hoặc điểm chỉ của người gửi
          </label>
          {item.track === "denunciation" ? (
            <label>
              <input type="checkbox" name="signsOfViolation" /> Hành vi bị tố cáo có dấu hiệu vi
              phạm pháp luật (vẫn tiếp tục giải quyết)
            </label>
          ) : null}
        </Step>
      ) : null}
      {allowed("close") ? (
        <Step {...step} path="ket-thuc" title="Kết thúc vụ việc" submit="Kết thúc">
          <p>Không còn việc gì phải làm với vụ việc này.</p>
        </Step>
      ) : null}
      {grants && item.confidential ? (
        <Step
          {...step}
          path="cho-xem"
          title="Cho phép cán bộ xem thông tin người tố cáo (T36)"
          submit="Lưu"
        >
          <div class="field">
            <label for="f-grantee">Cán bộ</label>
            <select id="f-grantee" name="accountId">
              {handlers.map((h) => (
                <option value={String(h.accountId)}>{h.name}</option>
              ))}
            </select>
          </div>
          <Area step="cho-xem" name="reason" label="Lý do" value={v.reason} />
          <label>
            <input type="checkbox" name="revoke" /> Thu hồi quyền xem
          </label>
        </Step>
      ) : null}
      <section>
        <h2>Diễn biến</h2>
        <ol class="inbox-timeline">
          {events.map((e) => (
            <li>
              <time datetime={e.at.toISOString()}>{formatTime(e.at)}</time>{" "}
              <strong>{EVENT_LABELS[e.type] ?? e.type}</strong>
              {e.public ? <Badge tone="info">Người gửi thấy</Badge> : null} {e.text}
            </li>
          ))}
        </ol>
      </section>
    </>,
  );
}
