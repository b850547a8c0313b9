import type { Context, Hono } from "hono";
import { can, isWithin } from "../../../core/authz/index.ts";
import { parseLocalDate, plusDays } from "../../../core/calendar/index.ts";
import { notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { CsrfField, EmptyState, Notice } from "../../../core/views/components.tsx";
import { loadUnit, unitCrumbs } from "../../org/index.ts";
import { submitResidentComment } from "../commands/convention-resident-comment.ts";
import { inForce } from "../commands/convention-rules.ts";
import {
  amendmentOf,
  type ConventionRow,
  complaintsOf,
  conventionsUnder,
  findConvention,
  reviewsOf,
  versionsOf,
} from "../db/convention.repo.ts";
import { TextBody } from "./convention-admin-item.tsx";
import { CONVENTION_TAB } from "./convention-admin-list.tsx";
import {
  CHANNEL_LABEL,
  GROUND_LABEL,
  KIND_LABEL,
  PUBLICITY_LABEL,
  RESOLUTION_LABEL,
  StatusBadge,
} from "./convention-present.tsx";

// The public pages of village conventions (NĐ 61/2023 Art 9, 11, 15): a draft while it is posted
// for comment, and the recognised text with its versions, its recognition decision and any
// suspension or annulment. Conventions still being drafted are the officials' own. Fields are
// listed one by one: no complainant, no commenter, no signature beyond those printed on the text.

const T = {
  title: { vi: "Hương ước, quy ước", en: "Village conventions" },
  none: { vi: "Chưa có hương ước, quy ước nào được công bố.", en: "No conventions published yet." },
  inForce: { vi: "Có hiệu lực từ ngày", en: "In force from" },
  notInForce: {
    vi: "Chưa có hiệu lực: hương ước, quy ước chỉ có hiệu lực từ ngày UBND xã công nhận.",
    en: "Not in force: a convention takes effect only from the day the commune recognises it.",
  },
  recognition: { vi: "Quyết định công nhận", en: "Recognition decision" },
  text: { vi: "Nội dung", en: "Text" },
  draft: { vi: "Dự thảo đang lấy ý kiến", en: "Draft open for comment" },
  versions: { vi: "Các phiên bản", en: "Versions" },
  version: { vi: "Phiên bản", en: "Version" },
  postedFrom: { vi: "niêm yết từ", en: "posted from" },
  voted: { vi: "văn bản đưa ra biểu quyết", en: "text put to the vote" },
  how: { vi: "Cách góp ý", en: "How to comment" },
  until: {
    vi: "Dự thảo được niêm yết ít nhất đến ngày",
    en: "The draft stays posted at least until",
  },
  acts: { vi: "Tạm ngưng, bãi bỏ", en: "Suspensions and annulments" },
  amends: { vi: "Sửa đổi, bổ sung", en: "Amends" },
  amendedBy: { vi: "Được sửa đổi bởi", en: "Amended by" },
  publicised: { vi: "Phổ biến", en: "Made known" },
  reviews: { vi: "Đánh giá hằng năm", en: "Yearly reviews" },
  village: { vi: "Thôn, tổ dân phố", en: "Village" },
};

/** Whether the public may read a convention: once its draft has been posted. */
const isPublic = (c: ConventionRow) => c.status !== "drafting";

const publicUrl = (c: { unit_code: string; id: number }) =>
  `/u/${c.unit_code}/${CONVENTION_TAB}/${c.id}`;

/** The resident's own comment on a posted draft, when the community chose online comments. */
function ResidentComment(p: {
  c: Context<AppEnv>;
  action: string;
  canComment: boolean;
  sent: boolean;
}) {
  if (p.sent)
    return (
      <Notice tone="ok">Đã ghi nhận góp ý của bạn; tổ soạn thảo sẽ tiếp thu, giải trình.</Notice>
    );
  if (!p.canComment)
    return (
      <p>
        Người dân của thôn, tổ dân phố <a href="/dang-nhap">đăng nhập</a> để góp ý trực tuyến vào dự
        thảo.
      </p>
    );
  return (
    <form method="post" action={p.action} class="stack">
      <CsrfField token={p.c.get("csrf")()} />
      <div class="field">
        <label for="f-gop-y">Góp ý của bạn vào dự thảo (ký tên bằng tài khoản của bạn)</label>
        <textarea id="f-gop-y" name="content" rows={5} maxlength={5000} required />
      </div>
      <button type="submit">Gửi góp ý</button>
    </form>
  );
}

export function conventionPublicPages(app: Hono<AppEnv>, deps: AppDeps) {
  app.post(`/u/:code/${CONVENTION_TAB}/:id{[0-9]+}/gop-y`, async (c) => {
    const { unit } = await loadUnit(deps.db, c.req.param("code"));
    const id = Number(c.req.param("id"));
    const form = await readForm(c);
    const author = c.get("viewer")?.displayName ?? "";
    await deps.db
      .transaction()
      .execute((tx) =>
        submitResidentComment(
          tx,
          c.get("ctx"),
          id,
          { author, content: form.content ?? "" },
          todayInVietnam(),
        ),
      );
    return c.redirect(`/u/${unit.code}/${CONVENTION_TAB}/${id}?da-gop-y=1`, 303);
  });

  app.get(`/u/:code/${CONVENTION_TAB}`, async (c: Context<AppEnv>) => {
    const lang = c.get("lang");
    const { unit, chain } = await loadUnit(deps.db, c.req.param("code") ?? "");
    const rows = (await conventionsUnder(deps.db, unit.path)).filter(isPublic);
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
        {rows.length === 0 ? (
          <EmptyState title={pick(lang, T.none)} />
        ) : (
          <ol class="items">
            {rows.map((r) => (
              <li class="item">
                <h2>
                  <a href={publicUrl(r)}>
                    {pick(lang, KIND_LABEL[r.kind]!)}: {r.title}
                  </a>
                </h2>
                <p class="muted">
                  <StatusBadge lang={lang} status={r.status} /> {r.unit_full_name}
                  {r.in_force_on
                    ? ` · ${pick(lang, T.inForce)} ${showDate(lang, r.in_force_on)}`
                    : ""}
                </p>
              </li>
            ))}
          </ol>
        )}
      </>,
    );
  });

  app.get(`/u/:code/${CONVENTION_TAB}/:id{[0-9]+}`, async (c: Context<AppEnv>) => {
    const lang = c.get("lang");
    const { unit, chain } = await loadUnit(deps.db, c.req.param("code") ?? "");
    const k = await findConvention(deps.db, Number(c.req.param("id")) || 0);
    if (!k || !isPublic(k) || !isWithin(k.unit_path, unit.path)) {
      throw notFound("Không có hương ước, quy ước này.");
    }
    const [versions, complaints, reviews, amendment, amended] = await Promise.all([
      versionsOf(deps.db, k.id),
      complaintsOf(deps.db, k.id),
      reviewsOf(deps.db, k.id),
      amendmentOf(deps.db, k.id),
      k.amends_id ? findConvention(deps.db, k.amends_id) : Promise.resolve(undefined),
    ]);
    // Only texts the households saw: posted drafts and the one put to the vote.
    const shown = versions.filter((x) => x.frozen_at !== null);
    const current =
      shown.find((x) => x.id === k.text_version_id) ?? shown.filter((x) => x.posted_on).at(-1);
    const acts = complaints.filter(
      (x) => x.resolution === "suspended" || x.resolution === "annulled",
    );
    const title = `${pick(lang, KIND_LABEL[k.kind]!)}: ${k.title}`;
    const until =
      k.consultation_from && k.min_posting_days
        ? plusDays(parseLocalDate(k.consultation_from), k.min_posting_days)
        : null;
    const today = todayInVietnam();
    const showAmendment = amendment && amendment.status !== "drafting";
    return renderPage(
      c,
      {
        title,
        crumbs: unitCrumbs(lang, chain, "/u", [
          { label: pick(lang, T.title), href: `/u/${unit.code}/${CONVENTION_TAB}` },
          { label: k.title },
        ]),
        publicCache: true,
      },
      <>
        <h1>{title}</h1>
        <p>
          <StatusBadge lang={lang} status={k.status} />{" "}
          <span class="muted">{k.unit_full_name}</span>
        </p>
        <dl class="facts">
          {k.recognised_on ? (
            <>
              <dt>{pick(lang, T.recognition)}</dt>
              <dd>
                {k.decision_number ? `${k.decision_number}, ` : ""}
                {showDate(lang, k.recognised_on)}
              </dd>
              <dt>{pick(lang, T.inForce)}</dt>
              <dd>
                {showDate(lang, k.in_force_on)}
                {k.ended_on ? ` – ${showDate(lang, k.ended_on)}` : ""}
              </dd>
            </>
          ) : null}
          {amended ? (
            <>
              <dt>{pick(lang, T.amends)}</dt>
              <dd>
                <a href={publicUrl(amended)}>{amended.title}</a>
              </dd>
            </>
          ) : null}
          {showAmendment ? (
            <>
              <dt>{pick(lang, T.amendedBy)}</dt>
              <dd>
                <a href={`/u/${k.unit_code}/${CONVENTION_TAB}/${amendment.id}`}>
                  {amendment.title}
                </a>
              </dd>
            </>
          ) : null}
          {k.publicised_on ? (
            <>
              <dt>{pick(lang, T.publicised)}</dt>
              <dd>
                {showDate(lang, k.publicised_on)} —{" "}
                {(k.publicity_forms ?? []).map((f) => pick(lang, PUBLICITY_LABEL[f]!)).join(", ")}
              </dd>
            </>
          ) : null}
        </dl>
        {!inForce(k, today) && k.status !== "annulled" && k.status !== "replaced" ? (
          <Notice>{pick(lang, T.notInForce)}</Notice>
        ) : null}
        {k.status === "consultation" ? (
          <>
            <h2>{pick(lang, T.draft)}</h2>
            <p>
              {pick(lang, T.until)} {showDate(lang, until)}. {pick(lang, T.how)}:{" "}
              {(k.channels ?? []).map((ch) => pick(lang, CHANNEL_LABEL[ch]!)).join("; ")}.
            </p>
            {(k.channels ?? []).includes("online") ? (
              <ResidentComment
                c={c}
                action={`/u/${unit.code}/${CONVENTION_TAB}/${k.id}/gop-y`}
                canComment={can(c.get("ctx").actor, "decision.vote.cast", {
                  unitPath: k.unit_path,
                })}
                sent={c.req.query("da-gop-y") === "1"}
              />
            ) : null}
          </>
        ) : null}
        {current ? (
          <>
            <h2>
              {pick(lang, T.text)}{" "}
              <span class="muted">
                ({pick(lang, T.version)} {current.version})
              </span>
            </h2>
            <TextBody body={current.body} />
          </>
        ) : null}
        {acts.length > 0 ? (
          <>
            <h2>{pick(lang, T.acts)}</h2>
            <ul>
              {acts.map((x) => (
                <li>
                  {pick(lang, RESOLUTION_LABEL[x.resolution!]!)} {showDate(lang, x.resolved_on)}
                  {x.ground ? ` — ${pick(lang, GROUND_LABEL[x.ground]!)}` : ""}
                  {x.part_text ? ` — ${x.part_text}` : ""}
                  {x.amend_by ? ` — hạn sửa đổi ${showDate(lang, x.amend_by)}` : ""}
                  {x.lifted_on ? ` — chấm dứt ${showDate(lang, x.lifted_on)}` : ""}. {x.reason}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {shown.length > 1 ? (
          <>
            <h2>{pick(lang, T.versions)}</h2>
            {shown.map((x) => (
              <details>
                <summary>
                  {pick(lang, T.version)} {x.version}
                  {x.posted_on
                    ? ` — ${pick(lang, T.postedFrom)} ${showDate(lang, x.posted_on)}`
                    : ""}
                  {x.id === k.text_version_id ? ` — ${pick(lang, T.voted)}` : ""}
                </summary>
                <TextBody body={x.body} />
              </details>
            ))}
          </>
        ) : null}
        {reviews.length > 0 ? (
          <>
            <h2>{pick(lang, T.reviews)}</h2>
            <ul>
              {reviews.map((r) => (
                <li>
                  {r.year}: {showDate(lang, r.held_on)}. {r.summary}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </>,
    );
  });
}
