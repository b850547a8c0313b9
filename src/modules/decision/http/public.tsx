import type { Context, Hono } from "hono";
import { AppError } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm, validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { type Lang, pick, showDate } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import {
  Badge,
  CsrfField,
  EmptyState,
  ErrorSummary,
  type FieldErrors,
  Notice,
  Table,
} from "../../../core/views/components.tsx";
import { formatTime, loadUnit, unitCrumbs } from "../../org/index.ts";
import { voteIntake } from "../commands/vote-intake.ts";
import { matterAttachments } from "../db/attachment.repo.ts";
import { findVoteByReceipt } from "../db/decision.repo.ts";
import { CHANNEL_LABEL, CHOICE_LABEL, FORM_LABEL, ITEM_LABEL } from "../domain/matter-rules.ts";
import { type HouseholdBallot, householdBallots } from "../queries/household-votes.ts";
import { mattersForUnit } from "../queries/unit-matters.ts";
import {
  latestRounds,
  loadPublicMatter,
  type PublicMatter,
  publicMatters,
} from "../queries/visible-matter.ts";
import { MatterAttachmentsPublic } from "./matter-attachments.tsx";
import {
  MATTER_STATUS,
  RecordCourse,
  ResultBadge,
  ROUND_STATUS,
  RoundResultFacts,
  SCOPE_LABEL,
  turnout,
  VOTE_STATUS,
  whenAndWhere,
} from "./present.tsx";
import { CHOICES, receiptSchema, voteSchema } from "./schemas.ts";

// The public pages of community decisions (Luật 10/2022 Art 15–24): open matters and how to take
// part, results with the turnout over ALL households and the rule that decided them, the decision
// and its course; a household representative votes online and keeps a receipt; anyone checks a
// receipt without learning the choice or the household.

const T = {
  title: { vi: "Nhân dân bàn và quyết định", en: "Residents decide" },
  open: { vi: "Đang lấy ý kiến", en: "Open now" },
  noneOpen: { vi: "Hiện không có nội dung nào đang lấy ý kiến.", en: "Nothing is open now." },
  concluded: { vi: "Kết quả", en: "Results" },
  noneConcluded: { vi: "Chưa có kết quả nào.", en: "No results yet." },
  howTo: { vi: "Cách tham gia", en: "How to take part" },
  rounds: { vi: "Các đợt biểu quyết", en: "Rounds" },
  hidden: {
    vi: "Kết quả chỉ được công bố sau khi kiểm phiếu.",
    en: "Results are published only after the count.",
  },
  decision: { vi: "Quyết định", en: "The decision" },
  yourHousehold: { vi: "Phiếu của hộ bạn", en: "Your household's vote" },
  receipt: { vi: "Mã biên nhận", en: "Receipt" },
  check: { vi: "Kiểm tra biên nhận biểu quyết", en: "Check a vote receipt" },
  vote: { vi: "Biểu quyết", en: "Vote" },
};

/** How residents take part in a round of each form. */
const HOW: Record<string, { vi: string; en: string }> = {
  meeting: {
    vi: "Mỗi hộ cử một người đại diện dự họp; thành viên khác của hộ có thể đăng ký dự họp và phát biểu.",
    en: "Each household sends one representative; other members may register to attend and speak.",
  },
  ballot: {
    vi: "Tổ phát phiếu trao phiếu đến từng hộ; hộ ghi ý kiến và nộp lại trước hạn.",
    en: "The team hands a ballot to each household, to be returned by the deadline.",
  },
  online: {
    vi: "Người đại diện hộ đăng nhập và biểu quyết trên trang này; mỗi hộ một phiếu, được cấp mã biên nhận.",
    en: "The household representative signs in and votes on this page; one vote per household, with a receipt.",
  },
};

function RoundsHowTo(p: { lang: Lang; matter: PublicMatter }) {
  const { lang } = p;
  const rounds = latestRounds(p.matter.rounds);
  return (
    <ul>
      {rounds.map((r) => (
        <li>
          {p.matter.scope === "commune" ? `${r.unitName}: ` : ""}
          <strong>{pick(lang, FORM_LABEL[r.form])}</strong>, {whenAndWhere(lang, r)}.{" "}
          {pick(lang, HOW[r.form]!)}
        </li>
      ))}
    </ul>
  );
}

function VoteBox(p: {
  lang: Lang;
  ballot: HouseholdBallot;
  action: string;
  csrf: string;
  errors: FieldErrors;
  form: Record<string, string>;
}) {
  const { lang, ballot: b } = p;
  const id = (s: string) => `f-${s}-${b.round.id}`;
  return (
    <section aria-labelledby={`vote-${b.round.id}`} class="card">
      <h3 id={`vote-${b.round.id}`}>
        {pick(lang, T.yourHousehold)} — {b.household.code}
        {p.ballot.round.unitName ? <span class="muted"> ({b.round.unitName})</span> : null}
      </h3>
      {b.votes.length > 0 ? (
        <Table
          caption={pick(lang, T.yourHousehold)}
          captionHidden
          head={[
            pick(lang, { vi: "Kênh", en: "Channel" }),
            pick(lang, { vi: "Thời điểm", en: "When" }),
            pick(lang, { vi: "Tình trạng", en: "Status" }),
            pick(lang, T.receipt),
          ]}
        >
          {b.votes.map((v) => (
            <tr>
              <td>{pick(lang, CHANNEL_LABEL[v.channel as keyof typeof CHANNEL_LABEL])}</td>
              <td>{formatTime(v.castAt)}</td>
              <td>
                <Badge tone={VOTE_STATUS[v.status]?.tone}>
                  {pick(lang, VOTE_STATUS[v.status]!)}
                </Badge>
              </td>
              <td>
                <code>{v.receipt}</code>
              </td>
            </tr>
          ))}
        </Table>
      ) : null}
      {b.mayVote ? (
        <form method="post" action={p.action} class="stack" novalidate>
          <CsrfField token={p.csrf} />
          <fieldset class={p.errors.choice ? "field field-error" : "field"}>
            <legend>
              {pick(lang, {
                vi: "Ý kiến của hộ (mỗi hộ một phiếu, không sửa được sau khi gửi)",
                en: "Your household's choice (one vote, final once sent)",
              })}
              <span class="req"> *</span>
            </legend>
            {p.errors.choice ? <p class="error-text">{p.errors.choice}</p> : null}
            {CHOICES.map((ch, i) => (
              <div>
                <input
                  type="radio"
                  name="choice"
                  value={ch}
                  id={i === 0 ? "f-choice" : id(ch)}
                  checked={p.form.choice === ch}
                  required
                />{" "}
                <label for={i === 0 ? "f-choice" : id(ch)} class="inline-label">
                  {pick(lang, CHOICE_LABEL[ch])}
                </label>
              </div>
            ))}
          </fieldset>
          <div class={p.errors.otherText ? "field field-error" : "field"}>
            <label for="f-otherText">
              {pick(lang, { vi: "Ý kiến khác (ghi rõ)", en: "Other opinion (write it)" })}
            </label>
            {p.errors.otherText ? <p class="error-text">{p.errors.otherText}</p> : null}
            <textarea id="f-otherText" name="otherText" rows={3} maxlength={2000}>
              {p.form.otherText ?? ""}
            </textarea>
          </div>
          <button type="submit">{pick(lang, { vi: "Gửi biểu quyết", en: "Send the vote" })}</button>
        </form>
      ) : null}
    </section>
  );
}

export function decisionPublicPages(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/u/:code/quyet-dinh", async (c) => {
    const lang = c.get("lang");
    const loaded = await loadUnit(deps.db, c.req.param("code"));
    const { unit, chain } = loaded;
    const matters = await publicMatters(
      deps.db,
      (await mattersForUnit(deps.db, loaded)).slice(0, 60),
    );
    const open = matters.filter((m) => m.status === "open");
    const done = matters.filter((m) => m.result !== null);
    return renderPage(
      c,
      {
        title: `${pick(lang, T.title)} — ${unit.full_name}`,
        crumbs: unitCrumbs(lang, chain, "/u", [{ label: pick(lang, T.title) }]),
        publicCache: true,
      },
      <>
        <h1>
          {pick(lang, T.title)} <span class="muted">— {unit.full_name}</span>
        </h1>
        <p class="actions">
          <a href="/bieu-quyet/bien-nhan">{pick(lang, T.check)}</a>
        </p>
        <h2>{pick(lang, T.open)}</h2>
        {open.length === 0 ? (
          <EmptyState title={pick(lang, T.noneOpen)} />
        ) : (
          <ol class="items">
            {open.map((m) => (
              <li class="item">
                <h3>
                  <a href={`/u/${m.unitCode}/quyet-dinh/${m.id}`}>{m.title}</a>
                </h3>
                <p class="muted">
                  {pick(lang, SCOPE_LABEL[m.scope]!)} — {m.unitName} ·{" "}
                  {pick(lang, { vi: "Nội dung", en: "Item" })} {m.item}
                </p>
                <p>{m.question}</p>
                <RoundsHowTo lang={lang} matter={m} />
              </li>
            ))}
          </ol>
        )}
        <h2>{pick(lang, T.concluded)}</h2>
        {done.length === 0 ? (
          <EmptyState title={pick(lang, T.noneConcluded)} />
        ) : (
          <Table
            caption={pick(lang, T.concluded)}
            captionHidden
            head={[
              pick(lang, { vi: "Nội dung", en: "Matter" }),
              pick(lang, { vi: "Kết quả", en: "Result" }),
              pick(lang, { vi: "Hộ tham gia / tổng số hộ", en: "Turnout / all households" }),
              pick(lang, { vi: "Quy tắc áp dụng", en: "Rule applied" }),
            ]}
          >
            {done.map((m) => (
              <tr>
                <td>
                  <a href={`/u/${m.unitCode}/quyet-dinh/${m.id}`}>{m.title}</a>
                  <span class="muted"> — {m.unitName}</span>
                </td>
                <td>
                  <ResultBadge lang={lang} result={m.result} />
                </td>
                <td>{m.result ? turnout(m.result.participating, m.result.households) : "—"}</td>
                <td>
                  {m.result?.rule} <span class="muted">({m.result?.article})</span>:{" "}
                  <code>{m.result?.test}</code>
                </td>
              </tr>
            ))}
          </Table>
        )}
      </>,
    );
  });

  const matterPage = async (
    c: Context<AppEnv>,
    form: Record<string, string> = {},
    errors: FieldErrors = {},
    status: 200 | 400 | 401 | 403 | 409 = 200,
  ) => {
    const lang = c.get("lang");
    const { unit, chain } = await loadUnit(deps.db, c.req.param("code") ?? "");
    const m = await loadPublicMatter(deps.db, Number(c.req.param("id")) || 0, unit.id);
    const ballots = await householdBallots(deps.db, c.get("ctx"), m, todayInVietnam());
    const signedIn = c.get("viewer") !== null;
    const csrf = ballots.some((b) => b.mayVote) ? c.get("csrf")() : "";
    const base = `/u/${unit.code}/quyet-dinh/${m.id}`;
    const anyOnlineOpen = m.rounds.some((r) => r.form === "online" && r.status === "open");
    // The documents sent to households (NĐ 59/2023 Art 3.4): see matter-attachments.tsx.
    const attachments = await matterAttachments(deps.db, m.id);
    return renderPage(
      c,
      {
        title: m.title,
        crumbs: unitCrumbs(lang, chain, "/u", [
          { label: pick(lang, T.title), href: `/u/${unit.code}/quyet-dinh` },
          { label: m.title },
        ]),
        publicCache: true,
        status,
      },
      <article>
        <h1>{m.title}</h1>
        <p>
          <Badge tone={MATTER_STATUS[m.status]?.tone}>{pick(lang, MATTER_STATUS[m.status]!)}</Badge>{" "}
          <ResultBadge lang={lang} result={m.result} />
        </p>
        <ErrorSummary lang={lang} errors={errors} />
        <dl class="facts">
          <dt>{pick(lang, { vi: "Nội dung (Điều 15)", en: "Item (Art 15)" })}</dt>
          <dd>
            {m.item}. {pick(lang, ITEM_LABEL[m.item])}
          </dd>
          <dt>{pick(lang, { vi: "Phạm vi", en: "Scope" })}</dt>
          <dd>
            {pick(lang, SCOPE_LABEL[m.scope]!)} — {m.unitName}
          </dd>
          <dt>{pick(lang, { vi: "Câu hỏi biểu quyết", en: "Question" })}</dt>
          <dd>{m.question}</dd>
        </dl>
        {m.description
          .split(/\n{2,}/)
          .filter((s) => s.trim())
          .map((s) => (
            <p>{s}</p>
          ))}
        <MatterAttachmentsPublic
          lang={lang}
          unitCode={m.unitCode}
          matterId={m.id}
          files={attachments}
        />

        {ballots.length > 0 ? (
          <section aria-labelledby="ho-cua-ban" id="bien-nhan">
            <h2 id="ho-cua-ban">{pick(lang, T.yourHousehold)}</h2>
            {ballots.map((b) => (
              <VoteBox
                lang={lang}
                ballot={b}
                action={`${base}/bieu-quyet/${b.round.id}`}
                csrf={csrf}
                errors={errors}
                form={form}
              />
            ))}
          </section>
        ) : anyOnlineOpen && !signedIn ? (
          <Notice tone="info">
            <a href={`/dang-nhap?next=${encodeURIComponent(base)}`}>
              {pick(lang, {
                vi: "Người đại diện hộ gia đình đăng nhập để biểu quyết trực tuyến.",
                en: "Household representatives sign in to vote online.",
              })}
            </a>
          </Notice>
        ) : null}

        {m.status === "open" ? (
          <section aria-labelledby="cach-tham-gia">
            <h2 id="cach-tham-gia">{pick(lang, T.howTo)}</h2>
            <RoundsHowTo lang={lang} matter={m} />
          </section>
        ) : null}

        <h2>{pick(lang, T.rounds)}</h2>
        {m.rounds.map((r) => (
          <section aria-labelledby={`dot-${r.id}`}>
            <h3 id={`dot-${r.id}`}>
              {m.scope === "commune" ? `${r.unitName} — ` : ""}
              {pick(lang, FORM_LABEL[r.form])} ({pick(lang, { vi: "đợt", en: "round" })} {r.seq}){" "}
              <Badge tone={ROUND_STATUS[r.status]?.tone}>
                {pick(lang, ROUND_STATUS[r.status]!)}
              </Badge>
            </h3>
            <p class="muted">{whenAndWhere(lang, r)}</p>
            {r.result ? (
              <RoundResultFacts lang={lang} result={r.result} form={r.form} />
            ) : (
              <p class="muted">{pick(lang, T.hidden)}</p>
            )}
          </section>
        ))}

        {m.result ? (
          <section aria-labelledby="ket-qua">
            <h2 id="ket-qua">{pick(lang, T.concluded)}</h2>
            <p>
              <ResultBadge lang={lang} result={m.result} /> {m.result.message}
            </p>
            <dl class="facts">
              <dt>{pick(lang, { vi: "Hộ tham gia / tổng số hộ", en: "Turnout" })}</dt>
              <dd>{turnout(m.result.participating, m.result.households)}</dd>
              <dt>{pick(lang, { vi: "Quy tắc áp dụng", en: "Rule applied" })}</dt>
              <dd>
                {m.result.rule} — {m.result.article}: <code>{m.result.test}</code>
              </dd>
            </dl>
          </section>
        ) : null}

        {m.record ? (
          <section aria-labelledby="quyet-dinh">
            <h2 id="quyet-dinh">{pick(lang, T.decision)}</h2>
            {m.record.decisionText ? <p class="lead">{m.record.decisionText}</p> : null}
            <RecordCourse lang={lang} record={m.record} today={todayInVietnam()} />
          </section>
        ) : null}
      </article>,
    );
  };

  app.get("/u/:code/quyet-dinh/:id{[0-9]+}", (c) => matterPage(c));

  app.post("/u/:code/quyet-dinh/:id{[0-9]+}/bieu-quyet/:roundId{[0-9]+}", async (c) => {
    const ctx = c.get("ctx");
    const { unit } = await loadUnit(deps.db, c.req.param("code"));
    const matterId = Number(c.req.param("id"));
    const form = await readForm(c);
    const parsed = validateForm(voteSchema, form);
    if (!parsed.ok) return matterPage(c, form, parsed.errors, 400);
    try {
      await voteIntake(deps.db).cast({
        ctx,
        roundId: Number(c.req.param("roundId")),
        input: { ...parsed.data, matterId },
        today: todayInVietnam(),
      });
    } catch (err) {
      if (err instanceof AppError && (err.code === "conflict" || err.code === "validation")) {
        return matterPage(c, form, { choice: err.message }, err.code === "conflict" ? 409 : 400);
      }
      throw err;
    }
    return c.redirect(`/u/${unit.code}/quyet-dinh/${matterId}#bien-nhan`, 303);
  });

  app.get("/bieu-quyet/bien-nhan", async (c) => {
    const lang = c.get("lang");
    const raw = c.req.query("ma");
    const parsed = raw === undefined ? null : validateForm(receiptSchema, { ma: raw });
    const errors: FieldErrors = parsed && !parsed.ok ? { ma: parsed.errors.ma ?? "" } : {};
    const vote = parsed?.ok ? await findVoteByReceipt(deps.db, parsed.data.ma) : undefined;
    const title = pick(lang, T.check);
    return renderPage(
      c,
      { title, crumbs: [{ label: title }], status: parsed && !parsed.ok ? 400 : 200 },
      <>
        <h1>{title}</h1>
        <p>
          {pick(lang, {
            vi: "Nhập mã biên nhận hộ bạn nhận khi biểu quyết để biết phiếu đã được ghi nhận và có được tính hay không. Trang này không cho biết hộ nào đã biểu quyết, cũng không cho biết ý kiến của phiếu.",
            en: "Enter the receipt your household received to see whether its vote was recorded and counted. This page never shows which household voted or how.",
          })}
        </p>
        <ErrorSummary lang={lang} errors={errors} />
        <form method="get" class="stack" role="search">
          <div class={errors.ma ? "field field-error" : "field"}>
            <label for="f-ma">{pick(lang, T.receipt)}</label>
            {errors.ma ? <p class="error-text">{errors.ma}</p> : null}
            <input id="f-ma" name="ma" value={raw ?? ""} maxlength={40} autocomplete="off" />
          </div>
          <button type="submit">{pick(lang, { vi: "Kiểm tra", en: "Check" })}</button>
        </form>
        {parsed?.ok && !vote ? (
          <Notice tone="bad">
            {pick(lang, {
              vi: "Không có phiếu nào mang mã biên nhận này.",
              en: "No vote has this receipt.",
            })}
          </Notice>
        ) : null}
        {vote ? (
          <section aria-labelledby="ket-qua-bien-nhan">
            <h2 id="ket-qua-bien-nhan">
              <Badge tone={VOTE_STATUS[vote.status]?.tone}>
                {pick(lang, VOTE_STATUS[vote.status]!)}
              </Badge>
            </h2>
            <dl class="facts">
              <dt>{pick(lang, { vi: "Nội dung", en: "Matter" })}</dt>
              <dd>{vote.title}</dd>
              <dt>{pick(lang, { vi: "Đợt", en: "Round" })}</dt>
              <dd>
                {vote.seq} — {pick(lang, ROUND_STATUS[vote.round_status]!)}
              </dd>
              <dt>{pick(lang, { vi: "Kênh", en: "Channel" })}</dt>
              <dd>{pick(lang, CHANNEL_LABEL[vote.channel])}</dd>
              <dt>{pick(lang, { vi: "Ngày ghi nhận", en: "Recorded on" })}</dt>
              <dd>{showDate(lang, formatTime(vote.cast_at).slice(0, 10))}</dd>
            </dl>
          </section>
        ) : null}
      </>,
    );
  });
}
