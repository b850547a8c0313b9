import type { Context, Hono } from "hono";
import { can } from "../../../core/authz/index.ts";
import { AppError } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm, validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import {
  Badge,
  CsrfField,
  EmptyState,
  ErrorSummary,
  Field,
  type FieldErrors,
  SelectField,
  Table,
} from "../../../core/views/components.tsx";
import { AdminHeader, adminCrumbs, type LoadedUnit, loadUnitForAdmin } from "../../org/index.ts";
import { isCommuneKind, isVillageKind } from "../commands/findings.ts";
import { createInitiative } from "../commands/initiatives.ts";
import { openMatter } from "../commands/open-matter.ts";
import { initiativesUnder } from "../db/decision.repo.ts";
import { FORM_LABEL, ITEM_LABEL } from "../domain/matter-rules.ts";
import { mattersForUnit } from "../queries/unit-matters.ts";
import { type PublicMatter, publicMatters } from "../queries/visible-matter.ts";
import {
  CheckboxField,
  MATTER_STATUS,
  OPENER_LABEL,
  PER_VILLAGE_RULE_LABEL,
  ResultBadge,
  SCOPE_LABEL,
  TextArea,
} from "./present.tsx";
import { FORMS, ITEMS, initiativeSchema, OPENERS, openMatterSchema } from "./schemas.ts";

export const T = {
  tab: { vi: "Quyết định", en: "Decisions" },
  matters: { vi: "Nội dung Nhân dân bàn và quyết định", en: "Matters residents decide" },
  none: { vi: "Chưa có nội dung nào.", en: "No matters yet." },
  open: { vi: "Đưa nội dung ra cộng đồng quyết định", en: "Put a matter to the community" },
  initiatives: {
    vi: "Kiến nghị của người dân (Điều 16.3)",
    en: "Residents' initiatives (Art 16.3)",
  },
  noInitiatives: { vi: "Chưa có kiến nghị nào.", en: "No initiatives yet." },
  newInitiative: { vi: "Ghi nhận kiến nghị", en: "Record an initiative" },
  public: { vi: "Trang công khai", en: "Public page" },
};

export const INITIATIVE_STATUS: Record<string, { vi: string; en: string }> = {
  collecting: { vi: "Đang lấy ý kiến các hộ", en: "Collecting consents" },
  tabled: { vi: "Đủ điều kiện đưa ra cộng đồng", en: "Tabled" },
  dropped: { vi: "Không đưa ra", en: "Dropped" },
};

/** "Họp cộng đồng dân cư → Phát phiếu lấy ý kiến hộ gia đình": the forms of its rounds in order. */
export function formsOf(lang: "vi" | "en", m: PublicMatter): string {
  const forms: string[] = [];
  for (const r of [...m.rounds].sort((a, b) => a.seq - b.seq)) {
    if (!forms.includes(r.form)) forms.push(r.form);
  }
  return forms.map((f) => pick(lang, FORM_LABEL[f as keyof typeof FORM_LABEL])).join(" → ");
}

export const matterUrl = (m: { unitCode: string; id: number }) =>
  `/quan-tri/${m.unitCode}/quyet-dinh/${m.id}`;

export function decisionAdminList(app: Hono<AppEnv>, deps: AppDeps) {
  const listPage = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    form: Record<string, string> = {},
    errors: FieldErrors = {},
    status: 200 | 400 | 409 = 200,
  ) => {
    const lang = c.get("lang");
    const ctx = c.get("ctx");
    const { unit } = loaded;
    const mayManage = can(ctx.actor, "decision.matter.manage", { unitPath: unit.path });
    const [rows, initiatives] = await Promise.all([
      mattersForUnit(deps.db, loaded),
      initiativesUnder(deps.db, unit.path),
    ]);
    const matters = await publicMatters(deps.db, rows);
    const village = isVillageKind(unit.kind);
    const commune = isCommuneKind(unit.kind);
    const csrf = c.get("csrf")();
    const base = `/quan-tri/${unit.code}/quyet-dinh`;
    const v = (name: string, fallback = "") => form[name] ?? fallback;
    const tabled = initiatives.filter((i) => i.status === "tabled" && i.unit_code === unit.code);
    return renderPage(
      c,
      {
        title: pick(lang, T.matters),
        crumbs: adminCrumbs(lang, loaded, pick(lang, T.tab)),
        status,
      },
      <>
        <AdminHeader c={c} loaded={loaded} current="quyet-dinh" />
        <ErrorSummary lang={lang} errors={errors} />
        <h2>{pick(lang, T.matters)}</h2>
        <p class="actions">
          <a href={`/u/${unit.code}/quyet-dinh`}>{pick(lang, T.public)}</a>
        </p>
        {matters.length === 0 ? (
          <EmptyState title={pick(lang, T.none)} />
        ) : (
          <Table
            caption={pick(lang, T.matters)}
            head={[
              "#",
              pick(lang, { vi: "Nội dung", en: "Matter" }),
              pick(lang, { vi: "Điều 15", en: "Art 15 item" }),
              pick(lang, { vi: "Phạm vi", en: "Scope" }),
              pick(lang, { vi: "Hình thức", en: "Form" }),
              pick(lang, { vi: "Trạng thái", en: "Status" }),
              pick(lang, { vi: "Kết quả", en: "Result" }),
            ]}
          >
            {matters.map((m) => (
              <tr>
                <td>{m.id}</td>
                <td>
                  {m.unitId === unit.id || !village ? (
                    <a href={matterUrl(m)}>{m.title}</a>
                  ) : (
                    <a href={`/u/${m.unitCode}/quyet-dinh/${m.id}`}>{m.title}</a>
                  )}
                  {m.unitId !== unit.id ? <span class="muted"> — {m.unitName}</span> : null}
                  {village && m.scope === "commune"
                    ? m.rounds
                        .filter((r) => r.unitCode === unit.code)
                        .map((r) => (
                          <>
                            {" "}
                            <a href={`${base}/dot/${r.id}`}>
                              {pick(lang, { vi: "Đợt của thôn", en: "This village's round" })}
                            </a>
                          </>
                        ))
                    : null}
                </td>
                <td>{m.item}</td>
                <td>{pick(lang, SCOPE_LABEL[m.scope]!)}</td>
                <td>{formsOf(lang, m)}</td>
                <td>
                  <Badge tone={MATTER_STATUS[m.status]?.tone}>
                    {pick(lang, MATTER_STATUS[m.status]!)}
                  </Badge>
                </td>
                <td>
                  <ResultBadge lang={lang} result={m.result} />
                </td>
              </tr>
            ))}
          </Table>
        )}
        {mayManage && (village || commune) ? (
          <form method="post" action={base} class="stack" novalidate>
            <h2>{pick(lang, T.open)}</h2>
            <CsrfField token={csrf} />
            <SelectField
              name="item"
              label={pick(lang, { vi: "Nội dung theo Điều 15", en: "Item of Art 15" })}
              value={v("item")}
              errors={errors}
              required
              options={[
                { value: "", label: "—" },
                ...ITEMS.map((i) => ({
                  value: String(i),
                  label: `${i}. ${pick(lang, ITEM_LABEL[i])}`,
                })),
              ]}
            />
            <SelectField
              name="scope"
              label={pick(lang, { vi: "Phạm vi", en: "Scope" })}
              value={v("scope", village ? "village" : "commune")}
              errors={errors}
              required
              options={(["village", "commune"] as const).map((s) => ({
                value: s,
                label: pick(lang, SCOPE_LABEL[s]!),
              }))}
            />
            <Field
              name="title"
              label={pick(lang, { vi: "Tên nội dung", en: "Title" })}
              value={v("title")}
              errors={errors}
              required
              maxlength={300}
            />
            <TextArea
              name="description"
              label={pick(lang, { vi: "Mô tả", en: "Description" })}
              value={v("description")}
              errors={errors}
              maxlength={20000}
              rows={4}
            />
            <TextArea
              name="question"
              label={pick(lang, {
                vi: "Câu hỏi biểu quyết (ghi trên phiếu)",
                en: "Question put to the vote",
              })}
              value={v("question")}
              errors={errors}
              required
              maxlength={1000}
              rows={2}
            />
            <fieldset>
              <legend>
                {pick(lang, {
                  vi: "Người đề xuất và ý kiến thống nhất (Điều 16)",
                  en: "Who proposes, and the recorded agreement (Art 16)",
                })}
              </legend>
              <SelectField
                name="opener"
                label={pick(lang, { vi: "Người đề xuất", en: "Proposed by" })}
                value={v("opener", village ? "village_head" : "commune_chair")}
                errors={errors}
                required
                options={OPENERS.map((o) => ({ value: o, label: pick(lang, OPENER_LABEL[o]!) }))}
              />
              {village ? (
                <SelectField
                  name="initiativeId"
                  label={pick(lang, {
                    vi: "Kiến nghị đã đủ điều kiện (khi người đề xuất là kiến nghị của người dân)",
                    en: "Tabled initiative (when proposed by residents)",
                  })}
                  value={v("initiativeId")}
                  errors={errors}
                  options={[
                    { value: "", label: "—" },
                    ...tabled.map((i) => ({ value: String(i.id), label: i.title })),
                  ]}
                />
              ) : null}
              <div class="row">
                <Field
                  name="agreementBy"
                  label={pick(lang, {
                    vi: village
                      ? "Trưởng ban công tác Mặt trận đã thống nhất"
                      : "Chủ tịch UBMTTQ xã đã thống nhất",
                    en: "Agreed by",
                  })}
                  value={v("agreementBy")}
                  errors={errors}
                  maxlength={200}
                />
                <Field
                  name="agreementOn"
                  type="date"
                  label={pick(lang, { vi: "Ngày thống nhất", en: "Agreed on" })}
                  value={v("agreementOn")}
                  errors={errors}
                />
              </div>
            </fieldset>
            <SelectField
              name="form"
              label={pick(lang, { vi: "Hình thức (Điều 17)", en: "Form (Art 17)" })}
              value={v("form", "meeting")}
              errors={errors}
              required
              options={FORMS.map((f) => ({ value: f, label: pick(lang, FORM_LABEL[f]) }))}
            />
            {village ? (
              <CheckboxField
                name="noMeetingAgreed"
                label={pick(lang, {
                  vi: "Trưởng thôn và Trưởng ban công tác Mặt trận đã thống nhất không cần họp hoặc phát phiếu (nội dung 6: phát phiếu, biểu quyết trực tuyến)",
                  en: "The head and the Front's committee agreed no meeting is needed (item 6: ballots or online)",
                })}
                checked={v("noMeetingAgreed") === "on"}
                errors={errors}
              />
            ) : (
              <SelectField
                name="perVillageRule"
                label={pick(lang, {
                  vi: "Cách tính một thôn tán thành (R27)",
                  en: "When one village approves (R27)",
                })}
                value={v("perVillageRule", "two_thirds")}
                errors={errors}
                options={(["two_thirds", "majority"] as const).map((r) => ({
                  value: r,
                  label: pick(lang, PER_VILLAGE_RULE_LABEL[r]!),
                }))}
              />
            )}
            <div class="row">
              <Field
                name="heldOn"
                type="date"
                label={pick(lang, {
                  vi: "Ngày họp, ngày phát phiếu, ngày bắt đầu",
                  en: "Meeting day or first day",
                })}
                value={v("heldOn")}
                errors={errors}
                required
              />
              <Field
                name="closesOn"
                type="date"
                label={pick(lang, {
                  vi: "Hạn thu phiếu, ngày kết thúc (để trống nếu họp trong một ngày)",
                  en: "Last day (empty for a one-day meeting)",
                })}
                value={v("closesOn")}
                errors={errors}
              />
            </div>
            <Field
              name="place"
              label={pick(lang, { vi: "Địa điểm", en: "Place" })}
              value={v("place")}
              errors={errors}
              maxlength={300}
            />
            <button type="submit">{pick(lang, T.open)}</button>
          </form>
        ) : null}
        <h2 id="kien-nghi">{pick(lang, T.initiatives)}</h2>
        {initiatives.length === 0 ? (
          <p class="muted">{pick(lang, T.noInitiatives)}</p>
        ) : (
          <Table
            caption={pick(lang, T.initiatives)}
            captionHidden
            head={[
              "#",
              pick(lang, { vi: "Kiến nghị", en: "Initiative" }),
              pick(lang, { vi: "Thôn, tổ dân phố", en: "Village" }),
              pick(lang, { vi: "Bắt đầu", en: "Opened" }),
              pick(lang, { vi: "Trạng thái", en: "Status" }),
            ]}
          >
            {initiatives.map((i) => (
              <tr>
                <td>{i.id}</td>
                <td>
                  <a href={`/quan-tri/${i.unit_code}/quyet-dinh/kien-nghi/${i.id}`}>{i.title}</a>
                </td>
                <td>{i.unit_name}</td>
                <td>{showDate(lang, i.opened_on)}</td>
                <td>{pick(lang, INITIATIVE_STATUS[i.status]!)}</td>
              </tr>
            ))}
          </Table>
        )}
        {mayManage && village ? (
          <form method="post" action={`${base}/kien-nghi`} class="stack" novalidate>
            <h3>{pick(lang, T.newInitiative)}</h3>
            <CsrfField token={csrf} />
            <Field
              name="initiativeTitle"
              label={pick(lang, { vi: "Tên kiến nghị", en: "Title" })}
              value={v("initiativeTitle")}
              errors={errors}
              required
              maxlength={300}
            />
            <TextArea
              name="initiativeDescription"
              label={pick(lang, { vi: "Nội dung kiến nghị", en: "Text" })}
              value={v("initiativeDescription")}
              errors={errors}
              maxlength={20000}
            />
            <div class="row">
              <Field
                name="initiatorName"
                label={pick(lang, { vi: "Người kiến nghị", en: "Initiator" })}
                value={v("initiatorName")}
                errors={errors}
                required
                maxlength={200}
              />
              <Field
                name="openedOn"
                type="date"
                label={pick(lang, { vi: "Ngày bắt đầu lấy ý kiến", en: "Collecting from" })}
                value={v("openedOn", todayInVietnam())}
                errors={errors}
                required
              />
            </div>
            <button type="submit">{pick(lang, T.newInitiative)}</button>
          </form>
        ) : null}
      </>,
    );
  };

  app.get("/quan-tri/:code/quyet-dinh", async (c) => {
    const loaded = await loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code"));
    return listPage(c, loaded);
  });

  app.post("/quan-tri/:code/quyet-dinh", async (c) => {
    const ctx = c.get("ctx");
    const loaded = await loadUnitForAdmin(
      deps.db,
      ctx,
      c.req.param("code"),
      "decision.matter.manage",
    );
    const form = await readForm(c);
    const parsed = validateForm(openMatterSchema, form);
    if (!parsed.ok) return listPage(c, loaded, form, parsed.errors, 400);
    let id: number;
    try {
      id = await deps.db
        .transaction()
        .execute((tx) => openMatter(tx, ctx, loaded.unit, parsed.data));
    } catch (err) {
      if (err instanceof AppError && (err.code === "validation" || err.code === "conflict")) {
        const status = err.code === "conflict" ? 409 : 400;
        return listPage(c, loaded, form, { [err.field ?? "_form"]: err.message }, status);
      }
      throw err;
    }
    return c.redirect(`/quan-tri/${loaded.unit.code}/quyet-dinh/${id}`, 303);
  });

  app.post("/quan-tri/:code/quyet-dinh/kien-nghi", async (c) => {
    const ctx = c.get("ctx");
    const loaded = await loadUnitForAdmin(
      deps.db,
      ctx,
      c.req.param("code"),
      "decision.matter.manage",
    );
    const form = await readForm(c);
    // The page's two forms share one error summary, so the initiative's fields are prefixed.
    const parsed = validateForm(initiativeSchema, {
      title: form.initiativeTitle,
      description: form.initiativeDescription,
      initiatorName: form.initiatorName,
      openedOn: form.openedOn,
    });
    if (!parsed.ok) {
      const errors: FieldErrors = {};
      for (const [k, msg] of Object.entries(parsed.errors)) {
        errors[
          k === "title" ? "initiativeTitle" : k === "description" ? "initiativeDescription" : k
        ] = msg;
      }
      return listPage(c, loaded, form, errors, 400);
    }
    let id: number;
    try {
      id = await deps.db
        .transaction()
        .execute((tx) => createInitiative(tx, ctx, loaded.unit, parsed.data));
    } catch (err) {
      if (err instanceof AppError && err.code === "validation") {
        return listPage(c, loaded, form, { initiativeTitle: err.message }, 400);
      }
      throw err;
    }
    return c.redirect(`/quan-tri/${loaded.unit.code}/quyet-dinh/kien-nghi/${id}`, 303);
  });
}
