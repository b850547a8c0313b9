import type { Context, Hono } from "hono";
import { can } from "../../../core/authz/index.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { type Lang, pick, showDate } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import {
  Badge,
  CsrfField,
  ErrorSummary,
  Field,
  type FieldErrors,
  labelledOptions,
  Notice,
  SelectField,
  Table,
} from "../../../core/views/components.tsx";
import { adminCrumbs, formatTime, type LoadedUnit } from "../../org/index.ts";
import { addBallotRound } from "../commands/add-ballot-round.ts";
import { countRound } from "../commands/count-round.ts";
import { enterPaperBallot } from "../commands/enter-paper-ballot.ts";
import { openRound } from "../commands/open-round.ts";
import { prepareRound } from "../commands/prepare-round.ts";
import { recordHands } from "../commands/record-hands.ts";
import { recordProceduralVote } from "../commands/record-procedural-vote.ts";
import { recordWitnesses } from "../commands/record-witnesses.ts";
import { registerAttendance } from "../commands/register-attendance.ts";
import { registerSpeaker } from "../commands/register-speaker.ts";
import {
  attendanceOf,
  flaggedVotes,
  type MatterRow,
  proceduralVotesOf,
  type RoundRow,
  roundsOf,
  snapshotHouseholds,
  speakersOf,
  votesByChannel,
} from "../db/decision.repo.ts";
import type { TeamMember } from "../db/tables.ts";
import { CHANNEL_LABEL, CHOICE_LABEL, FORM_LABEL } from "../domain/matter-rules.ts";
import type { Finding } from "../domain/types.ts";
import { loadRoundForAdmin } from "../queries/admin-load.ts";
import { roundResult } from "../queries/visible-matter.ts";
import { formRoutes, onField, onRenamedField, renamed } from "./form-route.ts";
import {
  CheckboxField,
  REPRESENTS_LABEL,
  ROUND_STATUS,
  RoundResultFacts,
  SUBJECT_LABEL,
  TextArea,
  VOTE_STATUS,
} from "./present.tsx";
import {
  addBallotRoundSchema,
  attendanceSchema,
  CHOICES,
  handsSchema,
  paperBallotSchema,
  prepareFormData,
  prepareRoundSchema,
  proceduralVoteSchema,
  REPRESENTS,
  SUBJECTS,
  speakerSchema,
  TEAM_ROWS,
  witnessesSchema,
} from "./schemas.ts";

// The officials' page of one round — a meeting, a ballot to households or an online vote in one
// village (Luật 10/2022 Art 18–19; NĐ 59/2023 Art 3–5): its preparation and the rules checked
// when it opens (R19, R23, R28, R31, R33), the meeting's register, speakers (R39) and procedural
// votes (R21), the show of hands or the ballots entered one by one (duplicates and households
// outside the frozen list flagged, R29), the witnesses (R22, R30), the count and its result.

const PREP_TEXT: Record<string, { vi: string; en: string }> = {
  meeting: {
    vi: "Giấy mời (Mẫu 01) phải đến các hộ trước ít nhất 02 ngày và được niêm yết tại nhà văn hóa; với nội dung 1–3, tài liệu phải đến từng hộ trước ít nhất 02 ngày (R19, NĐ 59/2023 Điều 3.3–3.4).",
    en: "The notice must reach households ≥ 2 days before and be posted at the cultural house; for items 1–3, documents too (R19).",
  },
  ballot: {
    vi: "Kế hoạch gửi Chủ tịch UBND xã và Chủ tịch UBMTTQ xã trong 02 ngày kể từ khi ban hành; thông báo công khai trước ít nhất 02 ngày; Tổ phát phiếu 03–05 người do đại diện Ban công tác Mặt trận làm Tổ trưởng (R28, Luật 10/2022 Điều 19; NĐ 59/2023 Điều 4).",
    en: "Plan sent within 2 days of issue; publicity ≥ 2 days before; a team of 3–5 led by the Front's representative (R28).",
  },
  online: {
    vi: "Báo cáo UBND xã và UBMTTQ xã trước khi biểu quyết (R33); trên 50% tổng số hộ chọn hình thức trực tuyến (R31); Tổ lấy ý kiến 03–05 người gồm đại diện thôn, đại diện Ban công tác Mặt trận (Tổ trưởng), đại diện hộ gia đình và người có kỹ năng công nghệ thông tin (NĐ 59/2023 Điều 5.2).",
    en: "Report to the commune before the vote (R33); > 50 % of households chose online (R31); a team of 3–5 (NĐ 59 Art 5.2).",
  },
};

const ENTERED: Record<string, { vi: string; en: string; tone: "ok" | "bad" }> = {
  counted: { vi: "Đã nhập phiếu.", en: "Ballot entered.", tone: "ok" },
  duplicate: {
    vi: "Hộ này đã có phiếu được tính: phiếu vừa nhập được ghi là trùng và không được tính; tổ kiểm phiếu cần xem xét.",
    en: "This household already has a counted vote: the ballot is flagged as a duplicate and not counted.",
    tone: "bad",
  },
  outside: {
    vi: "Hộ không có trong danh sách đã chốt khi bắt đầu: phiếu được ghi nhận nhưng không được tính (R26).",
    en: "The household is not on the frozen list: the ballot is recorded, not counted (R26).",
    tone: "bad",
  },
};

/** A refusal's findings, one a line, each with its rule (the open and count buttons). */
function FindingList(p: { lang: Lang; findings: Finding[] }) {
  if (p.findings.length === 0) return null;
  return (
    <Notice tone="bad">
      <p>
        <strong>
          {pick(p.lang, {
            vi: "Chưa đủ điều kiện theo quy định:",
            en: "The law's conditions are not met:",
          })}
        </strong>
      </p>
      <ul>
        {p.findings.map((f) => (
          <li>
            <strong>{f.rule}</strong> — {f.message}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

function TeamFields(p: { lang: Lang; team: TeamMember[]; form: Record<string, string> }) {
  const { lang } = p;
  const leaderRow = p.form.teamLeader ?? String(p.team.findIndex((m) => m.leader));
  return (
    <fieldset>
      <legend>{pick(lang, { vi: "Thành viên tổ (03–05 người)", en: "Team members (3–5)" })}</legend>
      <Table
        caption={pick(lang, { vi: "Thành viên tổ", en: "Team members" })}
        captionHidden
        head={[
          "#",
          pick(lang, { vi: "Họ tên", en: "Name" }),
          pick(lang, { vi: "Đại diện cho", en: "Represents" }),
          pick(lang, { vi: "Tổ trưởng", en: "Leader" }),
        ]}
      >
        {Array.from({ length: TEAM_ROWS }, (_, i) => {
          const member = p.team[i];
          const name = p.form[`team.${i}.name`] ?? member?.name ?? "";
          const represents = p.form[`team.${i}.represents`] ?? member?.represents ?? "";
          return (
            <tr>
              <td>{i + 1}</td>
              <td>
                <label for={`f-team-${i}-name`} class="visually-hidden">
                  {pick(lang, { vi: `Họ tên thành viên ${i + 1}`, en: `Member ${i + 1} name` })}
                </label>
                <input
                  id={`f-team-${i}-name`}
                  name={`team.${i}.name`}
                  value={name}
                  maxlength={200}
                />
              </td>
              <td>
                <label for={`f-team-${i}-represents`} class="visually-hidden">
                  {pick(lang, {
                    vi: `Thành viên ${i + 1} đại diện cho`,
                    en: `Member ${i + 1} represents`,
                  })}
                </label>
                <select id={`f-team-${i}-represents`} name={`team.${i}.represents`}>
                  <option value="">—</option>
                  {REPRESENTS.map((r) => (
                    <option value={r} selected={r === represents}>
                      {pick(lang, REPRESENTS_LABEL[r]!)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  type="radio"
                  id={`f-team-${i}-leader`}
                  name="teamLeader"
                  value={String(i)}
                  checked={leaderRow === String(i)}
                />{" "}
                <label for={`f-team-${i}-leader`} class="inline-label">
                  {pick(lang, { vi: "Tổ trưởng", en: "Leader" })}
                </label>
              </td>
            </tr>
          );
        })}
      </Table>
    </fieldset>
  );
}

const prepValues = (r: RoundRow): Record<string, string> => ({
  heldOn: r.held_on,
  closesOn: r.closes_on,
  place: r.place ?? "",
  noticeDeliveredOn: r.notice_delivered_on ?? "",
  noticePosted: r.notice_posted ? "on" : "",
  documentsDeliveredOn: r.documents_delivered_on ?? "",
  planIssuedOn: r.plan_issued_on ?? "",
  planSentOn: r.plan_sent_on ?? "",
  publicityOn: r.publicity_on ?? "",
  reportLoggedOn: r.report_logged_on ?? "",
  optInHouseholds: r.opt_in_households === null ? "" : String(r.opt_in_households),
  clusters: r.clusters === null ? "" : String(r.clusters),
  dispersed: r.dispersed ? "on" : "",
  clusterPlanApprovedOn: r.cluster_plan_approved_on ?? "",
});

export function decisionAdminRound(app: Hono<AppEnv>, deps: AppDeps) {
  const page = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    round: RoundRow,
    matter: MatterRow,
    form: Record<string, string> = {},
    errors: FieldErrors = {},
    status: 200 | 400 | 409 = 200,
    findings: Finding[] = [],
  ) => {
    const lang = c.get("lang");
    const ctx = c.get("ctx");
    const mayManage = can(ctx.actor, "decision.matter.manage", { unitPath: round.unit_path });
    const meeting = round.form === "meeting";
    const started = round.status !== "planned";
    const [attendance, speakers, procedural, byChannel, flagged, households, family] =
      await Promise.all([
        meeting ? attendanceOf(deps.db, round.id) : Promise.resolve([]),
        meeting ? speakersOf(deps.db, round.id) : Promise.resolve([]),
        meeting ? proceduralVotesOf(deps.db, round.id) : Promise.resolve([]),
        started ? votesByChannel(deps.db, round.id) : Promise.resolve([]),
        started ? flaggedVotes(deps.db, round.id) : Promise.resolve([]),
        round.status === "open"
          ? snapshotHouseholds(deps.db, round.id, round.held_on)
          : Promise.resolve([]),
        roundsOf(deps.db, matter.id),
      ]);
    // The village's later rounds (a ballot round after this meeting, R24).
    const later = family.filter((r) => r.unit_id === round.unit_id && r.seq > round.seq);
    const result = roundResult(round);
    const csrf = c.get("csrf")();
    const base = `/quan-tri/${loaded.unit.code}/quyet-dinh/dot/${round.id}`;
    const v = { ...prepValues(round), ...form };
    const entered = ENTERED[c.req.query("nhap") ?? ""];
    const matterLink = can(ctx.actor, "org.admin.view", { unitPath: matter.unit_path })
      ? `/quan-tri/${matter.unit_code}/quyet-dinh/${matter.id}`
      : `/u/${matter.unit_code}/quyet-dinh/${matter.id}`;
    const received = byChannel.reduce((s, r) => s + r.n, 0);
    const secret = meeting && round.meeting_method === "secret";
    const paperEntry = !meeting || secret;
    const title = `${matter.title} — ${round.unit_name}, ${pick(lang, { vi: "đợt", en: "round" })} ${round.seq}`;
    const attendanceFailed = result?.attendanceFailed === true && later.length === 0;
    return renderPage(
      c,
      { title, crumbs: adminCrumbs(lang, loaded, title), status },
      <>
        <h1>{matter.title}</h1>
        <p>
          <Badge tone={ROUND_STATUS[round.status]?.tone}>
            {pick(lang, ROUND_STATUS[round.status]!)}
          </Badge>{" "}
          {round.unit_name} · {pick(lang, FORM_LABEL[round.form])} ·{" "}
          {pick(lang, { vi: "đợt", en: "round" })} {round.seq} ·{" "}
          <a href={matterLink}>{pick(lang, { vi: "Nội dung", en: "Matter" })}</a>
          {" · "}
          <a href={`${base}/phieu`}>{pick(lang, { vi: "In phiếu", en: "Print ballots" })}</a>
        </p>
        {entered ? <Notice tone={entered.tone}>{pick(lang, entered)}</Notice> : null}
        <ErrorSummary lang={lang} errors={errors} />
        <FindingList lang={lang} findings={findings} />
        <dl class="facts">
          <dt>{pick(lang, { vi: "Câu hỏi", en: "Question" })}</dt>
          <dd>{matter.question}</dd>
          <dt>
            {meeting
              ? pick(lang, { vi: "Ngày họp", en: "Meeting day" })
              : pick(lang, { vi: "Thời gian", en: "Period" })}
          </dt>
          <dd>
            {showDate(lang, round.held_on)}
            {round.closes_on !== round.held_on ? ` – ${showDate(lang, round.closes_on)}` : ""}
            {round.place ? `, ${round.place}` : ""}
          </dd>
          {round.households !== null ? (
            <>
              <dt>{pick(lang, { vi: "Tổng số hộ đã chốt (N)", en: "Households frozen (N)" })}</dt>
              <dd>
                {round.households}
                {round.snapshot_at ? (
                  <span class="muted"> ({formatTime(round.snapshot_at)})</span>
                ) : null}
              </dd>
            </>
          ) : null}
          {meeting && started ? (
            <>
              <dt>
                {pick(lang, { vi: "Hộ có đại diện dự họp (A)", en: "Households present (A)" })}
              </dt>
              <dd>{attendance.length}</dd>
              <dt>{pick(lang, { vi: "Hình thức biểu quyết", en: "Voting method" })}</dt>
              <dd>
                {round.meeting_method === "secret"
                  ? pick(lang, { vi: "Bỏ phiếu kín", en: "Secret ballot" })
                  : round.meeting_method === "hands"
                    ? pick(lang, { vi: "Giơ tay", en: "Show of hands" })
                    : "—"}
              </dd>
            </>
          ) : null}
          {started && paperEntry ? (
            <>
              <dt>{pick(lang, { vi: "Phiếu đã nhận", en: "Votes received" })}</dt>
              <dd>
                {received}
                {byChannel.length > 0
                  ? ` (${byChannel
                      .map(
                        (b) =>
                          `${pick(lang, CHANNEL_LABEL[b.channel])}, ${pick(lang, VOTE_STATUS[b.status]!).toLowerCase()}: ${b.n}`,
                      )
                      .join("; ")})`
                  : ""}
              </dd>
            </>
          ) : null}
          <dt>{pick(lang, { vi: "Người chứng kiến kiểm phiếu", en: "Witnesses of the count" })}</dt>
          <dd>{round.witnesses.length > 0 ? round.witnesses.join(", ") : "—"}</dd>
          {round.tellers.length > 0 ? (
            <>
              <dt>{pick(lang, { vi: "Ban kiểm phiếu", en: "Tellers" })}</dt>
              <dd>{round.tellers.join(", ")}</dd>
            </>
          ) : null}
        </dl>

        {round.status === "planned" && mayManage ? (
          <>
            <form method="post" action={`${base}/chuan-bi`} class="stack" novalidate>
              <h2>{pick(lang, { vi: "Chuẩn bị", en: "Preparation" })}</h2>
              <p class="hint">{pick(lang, PREP_TEXT[round.form]!)}</p>
              <CsrfField token={csrf} />
              <div class="row">
                <Field
                  name="heldOn"
                  type="date"
                  label={pick(lang, { vi: meeting ? "Ngày họp" : "Ngày bắt đầu", en: "First day" })}
                  value={v.heldOn}
                  errors={errors}
                  required
                />
                <Field
                  name="closesOn"
                  type="date"
                  label={pick(lang, {
                    vi: meeting ? "Ngày kết thúc" : "Hạn thu phiếu, ngày kết thúc",
                    en: "Last day",
                  })}
                  value={v.closesOn}
                  errors={errors}
                  required
                />
              </div>
              <Field
                name="place"
                label={pick(lang, { vi: "Địa điểm", en: "Place" })}
                value={v.place}
                errors={errors}
                maxlength={300}
              />
              {meeting ? (
                <>
                  <Field
                    name="noticeDeliveredOn"
                    type="date"
                    label={pick(lang, {
                      vi: "Ngày gửi giấy mời, thông báo (Mẫu 01)",
                      en: "Notice delivered on",
                    })}
                    value={v.noticeDeliveredOn}
                    errors={errors}
                  />
                  <CheckboxField
                    name="noticePosted"
                    label={pick(lang, {
                      vi: "Đã niêm yết thông báo tại nhà văn hóa",
                      en: "Notice posted at the cultural house",
                    })}
                    checked={v.noticePosted === "on"}
                    errors={errors}
                  />
                  <Field
                    name="documentsDeliveredOn"
                    type="date"
                    label={pick(lang, {
                      vi: "Ngày gửi tài liệu đến các hộ (nội dung 1–3)",
                      en: "Documents delivered on (items 1–3)",
                    })}
                    value={v.documentsDeliveredOn}
                    errors={errors}
                  />
                  <fieldset>
                    <legend>
                      {pick(lang, { vi: "Họp theo cụm (R23)", en: "Cluster meetings (R23)" })}
                    </legend>
                    <Field
                      name="clusters"
                      inputmode="numeric"
                      label={pick(lang, {
                        vi: "Số điểm họp (để trống nếu họp một nơi)",
                        en: "Clusters (empty: one meeting)",
                      })}
                      value={v.clusters}
                      errors={errors}
                    />
                    <CheckboxField
                      name="dispersed"
                      label={pick(lang, { vi: "Địa bàn phân tán", en: "Dispersed village" })}
                      checked={v.dispersed === "on"}
                      errors={errors}
                    />
                    <Field
                      name="clusterPlanApprovedOn"
                      type="date"
                      label={pick(lang, {
                        vi: "Ngày UBND xã phê duyệt phương án",
                        en: "Plan approved by the commune on",
                      })}
                      value={v.clusterPlanApprovedOn}
                      errors={errors}
                    />
                  </fieldset>
                </>
              ) : null}
              {round.form === "ballot" ? (
                <div class="row">
                  <Field
                    name="planIssuedOn"
                    type="date"
                    label={pick(lang, { vi: "Ngày ban hành kế hoạch", en: "Plan issued on" })}
                    value={v.planIssuedOn}
                    errors={errors}
                  />
                  <Field
                    name="planSentOn"
                    type="date"
                    label={pick(lang, {
                      vi: "Ngày gửi kế hoạch cho UBND xã, UBMTTQ xã",
                      en: "Plan sent on",
                    })}
                    value={v.planSentOn}
                    errors={errors}
                  />
                  <Field
                    name="publicityOn"
                    type="date"
                    label={pick(lang, { vi: "Ngày thông báo công khai", en: "Publicity on" })}
                    value={v.publicityOn}
                    errors={errors}
                  />
                </div>
              ) : null}
              {round.form === "online" ? (
                <div class="row">
                  <Field
                    name="reportLoggedOn"
                    type="date"
                    label={pick(lang, {
                      vi: "Ngày báo cáo UBND xã, UBMTTQ xã (R33)",
                      en: "Reported to the commune on (R33)",
                    })}
                    value={v.reportLoggedOn}
                    errors={errors}
                  />
                  <Field
                    name="optInHouseholds"
                    inputmode="numeric"
                    label={pick(lang, {
                      vi: "Số hộ chọn hình thức trực tuyến (R31)",
                      en: "Households choosing online (R31)",
                    })}
                    value={v.optInHouseholds}
                    errors={errors}
                  />
                </div>
              ) : null}
              {meeting ? null : <TeamFields lang={lang} team={round.team} form={form} />}
              {errors.team ? <p class="error-text">{errors.team}</p> : null}
              <button type="submit">{pick(lang, { vi: "Lưu bước chuẩn bị", en: "Save" })}</button>
            </form>
            <form method="post" action={`${base}/mo`} class="stack">
              <h2>{pick(lang, { vi: "Bắt đầu", en: "Open" })}</h2>
              <p class="hint">
                {pick(lang, {
                  vi: "Khi bắt đầu, danh sách hộ gia đình của thôn được chốt (N); hộ thêm sau không biểu quyết và không được tính (R26). Nền tảng kiểm tra các điều kiện chuẩn bị theo quy định.",
                  en: "Opening freezes the village's households (N); households added later neither vote nor count (R26). The preparation is checked against the law.",
                })}
              </p>
              <CsrfField token={csrf} />
              <button type="submit">
                {pick(lang, { vi: "Bắt đầu biểu quyết", en: "Open the vote" })}
              </button>
            </form>
          </>
        ) : null}

        {meeting && started ? (
          <>
            <h2>
              {pick(lang, { vi: "Đại diện hộ dự họp", en: "Household representatives present" })}
            </h2>
            {attendance.length === 0 ? (
              <p class="muted">
                {pick(lang, { vi: "Chưa ghi danh hộ nào.", en: "None registered." })}
              </p>
            ) : (
              <Table
                caption={pick(lang, { vi: "Đại diện hộ dự họp", en: "Representatives present" })}
                captionHidden
                head={[
                  pick(lang, { vi: "Mã hộ", en: "Household" }),
                  pick(lang, { vi: "Người đại diện", en: "Representative" }),
                  ...(round.clusters ? [pick(lang, { vi: "Điểm họp", en: "Cluster" })] : []),
                ]}
              >
                {attendance.map((a) => (
                  <tr>
                    <td>{a.code}</td>
                    <td>{a.representative}</td>
                    {round.clusters ? <td>{a.cluster ?? "—"}</td> : null}
                  </tr>
                ))}
              </Table>
            )}
            {round.status === "open" && mayManage ? (
              <form method="post" action={`${base}/du-hop`} class="stack" novalidate>
                <h3>
                  {pick(lang, { vi: "Ghi danh đại diện hộ", en: "Register a representative" })}
                </h3>
                <CsrfField token={csrf} />
                <div class="row">
                  <Field
                    name="householdCode"
                    label={pick(lang, { vi: "Mã hộ", en: "Household code" })}
                    value={form.householdCode}
                    errors={errors}
                    required
                    maxlength={40}
                  />
                  <Field
                    name="representative"
                    label={pick(lang, { vi: "Họ tên người đại diện", en: "Representative's name" })}
                    value={form.representative}
                    errors={errors}
                    required
                    maxlength={200}
                  />
                  {round.clusters ? (
                    <Field
                      name="cluster"
                      inputmode="numeric"
                      label={pick(lang, {
                        vi: `Điểm họp (1–${round.clusters})`,
                        en: `Cluster (1–${round.clusters})`,
                      })}
                      value={form.cluster}
                      errors={errors}
                      required
                    />
                  ) : null}
                </div>
                <button type="submit">{pick(lang, { vi: "Ghi danh", en: "Register" })}</button>
              </form>
            ) : null}
          </>
        ) : null}

        {meeting ? (
          <>
            <h2>
              {pick(lang, {
                vi: "Đăng ký phát biểu (R39, Điều 24.2)",
                en: "Speakers (R39, Art 24.2)",
              })}
            </h2>
            <p class="hint">
              {pick(lang, {
                vi: "Thành viên hộ không đồng ý với người đại diện được đăng ký dự họp và phát biểu; hộ vẫn chỉ có một phiếu.",
                en: "A household member who disagrees with the representative may attend and speak; the household still has one vote.",
              })}
            </p>
            {speakers.length > 0 ? (
              <ul>
                {speakers.map((s) => (
                  <li>
                    {s.name} <span class="muted">({s.code})</span>
                  </li>
                ))}
              </ul>
            ) : null}
            {round.status !== "counted" && mayManage ? (
              <form method="post" action={`${base}/phat-bieu`} class="stack" novalidate>
                <CsrfField token={csrf} />
                <div class="row">
                  <Field
                    name="speakerHousehold"
                    label={pick(lang, { vi: "Mã hộ", en: "Household code" })}
                    value={form.speakerHousehold}
                    errors={errors}
                    required
                    maxlength={40}
                  />
                  <Field
                    name="speakerName"
                    label={pick(lang, { vi: "Họ tên người phát biểu", en: "Speaker's name" })}
                    value={form.speakerName}
                    errors={errors}
                    required
                    maxlength={200}
                  />
                </div>
                <button type="submit">{pick(lang, { vi: "Đăng ký", en: "Register" })}</button>
              </form>
            ) : null}
          </>
        ) : null}

        {meeting && started ? (
          <>
            <h2>{pick(lang, { vi: "Biểu quyết thủ tục (R21)", en: "Procedural votes (R21)" })}</h2>
            {procedural.length > 0 ? (
              <Table
                caption={pick(lang, { vi: "Biểu quyết thủ tục", en: "Procedural votes" })}
                captionHidden
                head={[
                  pick(lang, { vi: "Nội dung", en: "Subject" }),
                  pick(lang, { vi: "Tán thành / dự họp", en: "Yes / present" }),
                  pick(lang, { vi: "Kết quả", en: "Result" }),
                ]}
              >
                {procedural.map((p) => (
                  <tr>
                    <td>
                      {pick(lang, SUBJECT_LABEL[p.subject]!)}: {p.label}
                    </td>
                    <td>
                      {p.yes}/{p.attending}
                    </td>
                    <td>
                      <Badge tone={p.passed ? "ok" : "bad"}>
                        {p.passed
                          ? pick(lang, { vi: "Thông qua", en: "Passed" })
                          : pick(lang, { vi: "Không thông qua", en: "Not passed" })}
                      </Badge>
                    </td>
                  </tr>
                ))}
              </Table>
            ) : null}
            {round.status === "open" && mayManage ? (
              <form method="post" action={`${base}/thu-tuc`} class="stack" novalidate>
                <p class="hint">
                  {pick(lang, {
                    vi: "Thông qua khi trên 50% số đại diện hộ dự họp tán thành (NĐ 59/2023 Điều 3.5).",
                    en: "Passes with more than half of the representatives present (NĐ 59 Art 3.5).",
                  })}
                </p>
                <CsrfField token={csrf} />
                <SelectField
                  name="subject"
                  label={pick(lang, { vi: "Biểu quyết về", en: "Subject" })}
                  value={form.subject}
                  errors={errors}
                  required
                  options={SUBJECTS.map((s) => ({
                    value: s,
                    label: pick(lang, SUBJECT_LABEL[s]!),
                  }))}
                />
                <Field
                  name="label"
                  label={pick(lang, {
                    vi: "Nội dung (ví dụ: ông Nguyễn Văn A làm thư ký)",
                    en: "Wording",
                  })}
                  value={form.label}
                  errors={errors}
                  required
                  maxlength={300}
                />
                <div class="row">
                  <Field
                    name="yes"
                    inputmode="numeric"
                    label={pick(lang, {
                      vi: "Số đại diện hộ tán thành",
                      en: "Representatives in favour",
                    })}
                    value={form.yes}
                    errors={errors}
                    required
                  />
                  <SelectField
                    name="method"
                    label={pick(lang, {
                      vi: "Hình thức (khi biểu quyết về hình thức)",
                      en: "Method (for a method vote)",
                    })}
                    value={form.method}
                    errors={errors}
                    options={[
                      { value: "", label: "—" },
                      { value: "hands", label: pick(lang, { vi: "Giơ tay", en: "Show of hands" }) },
                      {
                        value: "secret",
                        label: pick(lang, { vi: "Bỏ phiếu kín", en: "Secret ballot" }),
                      },
                    ]}
                  />
                </div>
                <TextArea
                  name="tellers"
                  label={pick(lang, {
                    vi: "Ban kiểm phiếu (khi biểu quyết về Ban kiểm phiếu; mỗi dòng một người)",
                    en: "Tellers (one a line)",
                  })}
                  value={form.tellers}
                  errors={errors}
                  maxlength={2000}
                />
                <button type="submit">{pick(lang, { vi: "Ghi kết quả", en: "Record" })}</button>
              </form>
            ) : null}
          </>
        ) : null}

        {round.status === "open" && meeting && !secret && mayManage ? (
          <form method="post" action={`${base}/gio-tay`} class="stack" novalidate>
            <h2>
              {pick(lang, {
                vi: "Biểu quyết giơ tay về nội dung",
                en: "Show of hands on the matter",
              })}
            </h2>
            <CsrfField token={csrf} />
            <div class="row">
              <Field
                name="handsYes"
                inputmode="numeric"
                label={pick(lang, CHOICE_LABEL.yes)}
                value={form.handsYes}
                errors={errors}
                required
              />
              <Field
                name="handsNo"
                inputmode="numeric"
                label={pick(lang, CHOICE_LABEL.no)}
                value={form.handsNo}
                errors={errors}
                required
              />
              <Field
                name="handsOther"
                inputmode="numeric"
                label={pick(lang, CHOICE_LABEL.other)}
                value={form.handsOther}
                errors={errors}
                required
              />
            </div>
            {round.hands_yes !== null ? (
              <p class="muted">
                {pick(lang, { vi: "Đã ghi:", en: "Recorded:" })} {round.hands_yes} /{" "}
                {round.hands_no} / {round.hands_other}
              </p>
            ) : null}
            <button type="submit">{pick(lang, { vi: "Ghi kết quả giơ tay", en: "Record" })}</button>
          </form>
        ) : null}

        {round.status === "open" && paperEntry && mayManage ? (
          <form method="post" action={`${base}/phieu-giay`} class="stack" novalidate>
            <h2>{pick(lang, { vi: "Nhập phiếu", en: "Enter a ballot" })}</h2>
            <p class="hint">
              {pick(lang, {
                vi: "Mỗi hộ một phiếu. Phiếu thứ hai của cùng hộ, hoặc của hộ ngoài danh sách đã chốt, được ghi nhận để tổ kiểm phiếu xem xét nhưng không được tính. Phiếu không có dấu hoặc chữ ký theo mẫu không được tính (R29).",
                en: "One ballot per household. A second ballot, or one from a household outside the frozen list, is recorded and flagged, not counted. A form without the template's mark is not counted (R29).",
              })}
            </p>
            <CsrfField token={csrf} />
            <div class="row">
              <Field
                name="ballotHousehold"
                label={pick(lang, {
                  vi: "Mã hộ ghi trên phiếu",
                  en: "Household code on the ballot",
                })}
                value={form.ballotHousehold}
                errors={errors}
                required
                maxlength={40}
              />
              <SelectField
                name="choice"
                label={pick(lang, { vi: "Ý kiến trên phiếu", en: "Choice" })}
                value={form.choice}
                errors={errors}
                required
                options={labelledOptions(lang, CHOICES, CHOICE_LABEL)}
              />
              <Field
                name="serial"
                label={pick(lang, { vi: "Số phiếu", en: "Serial" })}
                value={form.serial}
                errors={errors}
                maxlength={40}
              />
            </div>
            <Field
              name="otherText"
              label={pick(lang, { vi: "Ý kiến khác (nếu có)", en: "Other opinion (if any)" })}
              value={form.otherText}
              errors={errors}
              maxlength={2000}
            />
            {meeting ? null : (
              <CheckboxField
                name="marked"
                label={pick(lang, {
                  vi:
                    round.template_mark === "stamp"
                      ? "Phiếu có dấu treo của UBND xã"
                      : "Phiếu có chữ ký của Trưởng thôn, Tổ trưởng tổ dân phố",
                  en:
                    round.template_mark === "stamp"
                      ? "The form bears the commune's stamp"
                      : "The form bears the head's signature",
                })}
                checked={form.marked === "on"}
                errors={errors}
              />
            )}
            <button type="submit">{pick(lang, { vi: "Nhập phiếu", en: "Enter" })}</button>
          </form>
        ) : null}

        {flagged.length > 0 ? (
          <>
            <h2>
              {pick(lang, {
                vi: "Phiếu cần xem xét (không được tính)",
                en: "Flagged ballots (not counted)",
              })}
            </h2>
            <Table
              caption={pick(lang, { vi: "Phiếu cần xem xét", en: "Flagged ballots" })}
              captionHidden
              head={[
                pick(lang, { vi: "Mã hộ", en: "Household" }),
                pick(lang, { vi: "Kênh", en: "Channel" }),
                pick(lang, { vi: "Số phiếu", en: "Serial" }),
                pick(lang, { vi: "Lý do", en: "Why" }),
                pick(lang, { vi: "Thời điểm", en: "When" }),
              ]}
            >
              {flagged.map((f) => (
                <tr>
                  <td>{f.code}</td>
                  <td>{pick(lang, CHANNEL_LABEL[f.channel])}</td>
                  <td>{f.ballot_serial ?? "—"}</td>
                  <td>
                    <Badge tone="bad">{pick(lang, VOTE_STATUS[f.status]!)}</Badge>
                  </td>
                  <td>{formatTime(f.cast_at)}</td>
                </tr>
              ))}
            </Table>
          </>
        ) : null}

        {round.status !== "counted" && mayManage ? (
          <form method="post" action={`${base}/chung-kien`} class="stack" novalidate>
            <h2>
              {pick(lang, {
                vi: "Người chứng kiến kiểm phiếu và tổ kiểm phiếu (R22, R30)",
                en: "Witnesses and tellers of the count (R22, R30)",
              })}
            </h2>
            <p class="hint">
              {pick(lang, {
                vi: "Việc kiểm phiếu có 02 đại diện hộ gia đình chứng kiến; bỏ phiếu kín tại cuộc họp cần Ban kiểm phiếu 03–05 người.",
                en: "Two household representatives witness the count; a secret ballot needs 3–5 tellers.",
              })}
            </p>
            <CsrfField token={csrf} />
            <div class="row">
              <Field
                name="witness1"
                label={pick(lang, { vi: "Người chứng kiến thứ nhất", en: "First witness" })}
                value={form.witness1 ?? round.witnesses[0]}
                errors={errors}
                required
                maxlength={200}
              />
              <Field
                name="witness2"
                label={pick(lang, { vi: "Người chứng kiến thứ hai", en: "Second witness" })}
                value={form.witness2 ?? round.witnesses[1]}
                errors={errors}
                required
                maxlength={200}
              />
            </div>
            <TextArea
              name="tellerNames"
              label={pick(lang, {
                vi: "Tổ kiểm phiếu (mỗi dòng một người; không bắt buộc)",
                en: "Tellers (one a line; optional)",
              })}
              value={form.tellerNames ?? round.tellers.join("\n")}
              errors={errors}
              maxlength={2000}
            />
            <button type="submit">{pick(lang, { vi: "Lưu", en: "Save" })}</button>
          </form>
        ) : null}

        {round.status === "open" && mayManage ? (
          <form method="post" action={`${base}/kiem-phieu`} class="stack">
            <h2>{pick(lang, { vi: "Kiểm phiếu", en: "Count" })}</h2>
            <p class="hint">
              {pick(lang, {
                vi: `Kết quả tính trên tổng số ${round.households ?? 0} hộ gia đình đã chốt (N), không phải số hộ dự họp hay số phiếu thu về (Luật 10/2022 Điều 21.1). Kết quả không sửa được sau khi kiểm phiếu.`,
                en: `The result is counted over all ${round.households ?? 0} households (N), not those present or the ballots returned (Art 21.1). It cannot be changed afterwards.`,
              })}
            </p>
            <CsrfField token={csrf} />
            <button type="submit">
              {pick(lang, { vi: "Kiểm phiếu và công bố kết quả", en: "Count and publish" })}
            </button>
          </form>
        ) : null}

        {result ? (
          <>
            <h2>{pick(lang, { vi: "Kết quả", en: "Result" })}</h2>
            <RoundResultFacts lang={lang} result={result} form={round.form} />
          </>
        ) : null}

        {later.length > 0 ? (
          <p>
            {later.map((r) => (
              <a href={`/quan-tri/${loaded.unit.code}/quyet-dinh/dot/${r.id}`}>
                {pick(lang, { vi: "Đợt tiếp theo", en: "Next round" })}:{" "}
                {pick(lang, FORM_LABEL[r.form])} ({r.seq})
              </a>
            ))}
          </p>
        ) : null}
        {attendanceFailed && matter.status === "open" && mayManage ? (
          <form method="post" action={`${base}/phat-phieu`} class="stack" novalidate>
            <h2>
              {pick(lang, {
                vi: "Phát phiếu lấy ý kiến các hộ (Luật 10/2022 Điều 19.1b)",
                en: "Send ballots to households (Art 19.1b)",
              })}
            </h2>
            <CsrfField token={csrf} />
            <div class="row">
              <Field
                name="heldOn"
                type="date"
                label={pick(lang, { vi: "Ngày phát phiếu", en: "Ballots handed out on" })}
                value={form.heldOn}
                errors={errors}
                required
              />
              <Field
                name="closesOn"
                type="date"
                label={pick(lang, { vi: "Hạn thu phiếu", en: "Return by" })}
                value={form.closesOn}
                errors={errors}
                required
              />
            </div>
            <button type="submit">
              {pick(lang, { vi: "Tạo đợt phát phiếu", en: "Add a ballot round" })}
            </button>
          </form>
        ) : null}

        {households.length > 0 ? (
          <details>
            <summary>
              {pick(lang, { vi: "Danh sách hộ đã chốt", en: "Frozen list of households" })} (
              {households.length})
            </summary>
            <Table
              caption={pick(lang, { vi: "Danh sách hộ đã chốt", en: "Frozen list of households" })}
              captionHidden
              head={[
                pick(lang, { vi: "Mã hộ", en: "Household" }),
                pick(lang, { vi: "Địa chỉ", en: "Address" }),
                pick(lang, { vi: "Người đại diện", en: "Representative" }),
              ]}
            >
              {households.map((h) => (
                <tr>
                  <td>{h.code}</td>
                  <td>{h.address}</td>
                  <td>{h.representative ?? "—"}</td>
                </tr>
              ))}
            </Table>
          </details>
        ) : null}
      </>,
    );
  };

  const load = (c: Context<AppEnv>) =>
    loadRoundForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code") ?? "",
      Number(c.req.param("roundId")) || 0,
    );

  app.get("/quan-tri/:code/quyet-dinh/dot/:roundId{[0-9]+}", async (c) => {
    const { loaded, round, matter } = await load(c);
    return page(c, loaded, round, matter);
  });

  const post = formRoutes(app, "/quan-tri/:code/quyet-dinh/dot/:roundId{[0-9]+}", {
    load,
    page: (c, l, form, refusal, status) =>
      page(c, l.loaded, l.round, l.matter, form, refusal.errors, status, refusal.findings),
    url: (l) => `/quan-tri/${l.loaded.unit.code}/quyet-dinh/dot/${l.round.id}`,
    // A rule's findings are listed one by one, each with its rule.
    refusal: (err) => {
      const findings = (err.details?.findings ?? []) as Finding[];
      return findings.length > 0 ? { errors: {}, findings } : onField(err);
    },
  });

  post("chuan-bi", async (ctx, { round }, form) => {
    const parsed = validateForm(prepareRoundSchema, prepareFormData(form));
    if (!parsed.ok) return parsed.errors;
    await deps.db.transaction().execute((tx) => prepareRound(tx, ctx, round.id, parsed.data));
    return undefined;
  });

  post("mo", async (ctx, { round }) => {
    await deps.db.transaction().execute((tx) => openRound(tx, ctx, round.id, todayInVietnam()));
    return undefined;
  });

  post("du-hop", async (ctx, { round }, form) => {
    const parsed = validateForm(attendanceSchema, form);
    if (!parsed.ok) return parsed.errors;
    await deps.db.transaction().execute((tx) => registerAttendance(tx, ctx, round.id, parsed.data));
    return undefined;
  });

  post("phat-bieu", async (ctx, { round }, form) => {
    const parsed = validateForm(speakerSchema, {
      householdCode: form.speakerHousehold,
      name: form.speakerName,
    });
    if (!parsed.ok) {
      const e = parsed.errors;
      return {
        ...(e.householdCode ? { speakerHousehold: e.householdCode } : {}),
        ...(e.name ? { speakerName: e.name } : {}),
      };
    }
    await deps.db.transaction().execute((tx) => registerSpeaker(tx, ctx, round.id, parsed.data));
    return undefined;
  });

  post("thu-tuc", async (ctx, { round }, form) => {
    const parsed = validateForm(proceduralVoteSchema, form);
    if (!parsed.ok) return parsed.errors;
    const { tellers, method, ...rest } = parsed.data;
    await deps.db.transaction().execute((tx) =>
      recordProceduralVote(tx, ctx, round.id, {
        ...rest,
        ...(method ? { method } : {}),
        ...(tellers.length > 0 ? { tellers } : {}),
      }),
    );
    return undefined;
  });

  post("gio-tay", async (ctx, { round }, form) => {
    const parsed = validateForm(handsSchema, {
      yes: form.handsYes,
      no: form.handsNo,
      other: form.handsOther,
    });
    if (!parsed.ok) return renamed(parsed.errors, HANDS_FIELD);
    await deps.db.transaction().execute((tx) => recordHands(tx, ctx, round.id, parsed.data));
    return undefined;
  });

  post("phieu-giay", async (ctx, { round }, form) => {
    // A secret ballot at the meeting is the meeting's own paper: it carries no template mark.
    const parsed = validateForm(paperBallotSchema, {
      ...form,
      householdCode: form.ballotHousehold,
      marked: round.form === "meeting" ? "on" : form.marked,
    });
    if (!parsed.ok) return renamed(parsed.errors, BALLOT_FIELD);
    const r = await onRenamedField(
      deps.db.transaction().execute((tx) => enterPaperBallot(tx, ctx, round.id, parsed.data)),
      BALLOT_FIELD,
    );
    return `?nhap=${r.status}`;
  });

  post("chung-kien", async (ctx, { round }, form) => {
    const parsed = validateForm(witnessesSchema, { ...form, tellers: form.tellerNames });
    if (!parsed.ok) {
      const { tellers, ...rest } = parsed.errors;
      return tellers ? { ...rest, tellerNames: tellers } : rest;
    }
    await deps.db.transaction().execute((tx) => recordWitnesses(tx, ctx, round.id, parsed.data));
    return undefined;
  });

  post("kiem-phieu", async (ctx, { round }) => {
    await deps.db.transaction().execute((tx) => countRound(tx, ctx, round.id, todayInVietnam()));
    return undefined;
  });

  post("phat-phieu", async (ctx, { round }, form) => {
    const parsed = validateForm(addBallotRoundSchema, form);
    if (!parsed.ok) return parsed.errors;
    const id = await deps.db
      .transaction()
      .execute((tx) => addBallotRound(tx, ctx, round.id, parsed.data));
    return `/quan-tri/${round.unit_code}/quyet-dinh/dot/${id}`;
  });
}

/** Form fields named apart from another form's on the same page (ids are unique on a page). */
const HANDS_FIELD: Record<string, string> = { yes: "handsYes", no: "handsNo", other: "handsOther" };
const BALLOT_FIELD: Record<string, string> = { householdCode: "ballotHousehold" };
