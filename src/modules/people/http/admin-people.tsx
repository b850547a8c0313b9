import type { Context, Hono } from "hono";
import { authorize, can } from "../../../core/authz/index.ts";
import { AppError } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm, validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import {
  CsrfField,
  EmptyState,
  ErrorSummary,
  Field,
  type FieldErrors,
  SelectField,
  Table,
} from "../../../core/views/components.tsx";
import { AdminHeader, adminCrumbs, type LoadedUnit, loadUnitForAdmin } from "../../org/index.ts";
import { addWorkforceMember, recordWorkforceCount } from "../commands/add-workforce-member.ts";
import { createPerson } from "../commands/create-person.ts";
import { recordLegalBasis } from "../commands/record-legal-basis.ts";
import { legalBasesOf, listPeople, workforceCounts, workforceOf } from "../db/people.repo.ts";
import { workforceOn } from "../domain/workforce.ts";
import { logDataAccess } from "../privacy.ts";
import { legalBasisSchema, memberSchema, workforceCountSchema } from "./schemas.ts";

const T = {
  people: { vi: "Nhân khẩu, cán bộ", en: "People" },
  none: { vi: "Chưa có ai.", en: "Nobody yet." },
  addPerson: {
    vi: "Thêm người (cán bộ, người dùng không thuộc hộ nào ở đây)",
    en: "Add a person (official or user outside the register)",
  },
  legal: {
    vi: "Căn cứ pháp lý xử lý dữ liệu cá nhân",
    en: "Legal basis for processing personal data",
  },
  workforce: { vi: "Người lao động", en: "Workforce" },
  addMember: {
    vi: "Thêm cán bộ, viên chức hoặc người lao động",
    en: "Add a staff member or worker",
  },
  counts: { vi: "Số lượng đã khai báo", en: "Declared counts" },
  recordCount: { vi: "Khai báo số lượng", en: "Declare counts" },
};

const WORKPLACE_KINDS = ["state_agency", "public_service_unit", "state_enterprise", "enterprise"];

export function peopleAdminPages(app: Hono<AppEnv>, deps: AppDeps) {
  const keys = { dataKey: deps.config.dataKey, secret: deps.config.secret };

  const peoplePage = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    errors: FieldErrors = {},
    form: Record<string, string> = {},
    status: 200 | 400 = 200,
  ) => {
    const lang = c.get("lang");
    const ctx = c.get("ctx");
    authorize(ctx.actor, "people.household.list", { unitPath: loaded.unit.path });
    const q = (c.req.query("q") ?? "").trim().slice(0, 100);
    const [rows, bases] = await Promise.all([
      listPeople(deps.db, {
        underPath: loaded.unit.path,
        search: q || null,
        limit: 100,
        offset: 0,
      }),
      legalBasesOf(deps.db, loaded.unit.id),
    ]);
    await logDataAccess(deps.db, ctx, {
      operation: "read",
      purpose: "Xem danh sách nhân khẩu",
      unitId: loaded.unit.id,
      personIds: rows.map((r) => r.id),
      fields: ["full_name", "birth_date", "sex"],
    });
    const mayAdd = can(ctx.actor, "people.person.create", { unitPath: loaded.unit.path });
    const mayBasis = can(ctx.actor, "people.legal_basis.manage", { unitPath: loaded.unit.path });
    return renderPage(
      c,
      {
        title: pick(lang, T.people),
        crumbs: adminCrumbs(lang, loaded, pick(lang, T.people)),
        status,
      },
      <>
        <AdminHeader c={c} loaded={loaded} current="nhan-khau" />
        <ErrorSummary lang={lang} errors={errors} />
        <form method="get" class="search-form" role="search">
          <label for="q" class="visually-hidden">
            Tìm theo tên
          </label>
          <input
            type="search"
            id="q"
            name="q"
            value={q}
            placeholder="Tìm theo tên (gõ không dấu cũng được)"
            maxlength={100}
          />
          <button type="submit">Tìm</button>
        </form>
        {rows.length === 0 ? (
          <EmptyState title={pick(lang, T.none)} />
        ) : (
          <Table
            caption={pick(lang, T.people)}
            captionHidden
            head={["Mã người", "Họ và tên", "Năm sinh", "Hộ", "Đơn vị"]}
          >
            {rows.map((p) => (
              <tr>
                <td>{p.id}</td>
                <td>{p.full_name}</td>
                <td>{p.birth_date?.slice(0, 4) ?? "—"}</td>
                <td>
                  {p.household_id ? (
                    <a href={`/quan-tri/${p.unit_code}/ho/${p.household_id}`}>{p.household_code}</a>
                  ) : (
                    "—"
                  )}
                </td>
                <td>{p.unit_name}</td>
              </tr>
            ))}
          </Table>
        )}
        {mayAdd ? (
          <form
            method="post"
            action={`/quan-tri/${loaded.unit.code}/nhan-khau`}
            class="stack"
            novalidate
          >
            <h2>{pick(lang, T.addPerson)}</h2>
            <CsrfField token={c.get("csrf")()} />
            <Field
              name="fullName"
              label="Họ và tên"
              value={form.fullName}
              errors={errors}
              required
              maxlength={120}
            />
            <Field
              name="birthDate"
              type="date"
              label="Ngày sinh"
              value={form.birthDate}
              errors={errors}
            />
            <button type="submit">{pick(lang, T.addPerson)}</button>
          </form>
        ) : null}
        <h2>{pick(lang, T.legal)}</h2>
        {bases.length === 0 ? (
          <EmptyState title="Chưa ghi nhận căn cứ pháp lý (Nghị định 13/2023/NĐ-CP Điều 13.4.b, 17.5)." />
        ) : (
          <Table caption={pick(lang, T.legal)} captionHidden head={["Mục đích", "Căn cứ"]}>
            {bases.map((b) => (
              <tr>
                <td>{b.purpose}</td>
                <td>{b.basis}</td>
              </tr>
            ))}
          </Table>
        )}
        {mayBasis ? (
          <form
            method="post"
            action={`/quan-tri/${loaded.unit.code}/nhan-khau/can-cu`}
            class="stack"
            novalidate
          >
            <CsrfField token={c.get("csrf")()} />
            <Field
              name="purpose"
              label="Mục đích xử lý"
              value={form.purpose}
              errors={errors}
              required
              maxlength={200}
            />
            <Field
              name="basis"
              label="Căn cứ pháp lý"
              value={form.basis}
              errors={errors}
              required
              maxlength={500}
            />
            <button type="submit">Ghi nhận căn cứ</button>
          </form>
        ) : null}
      </>,
    );
  };

  app.get("/quan-tri/:code/nhan-khau", async (c) =>
    peoplePage(c, await loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code"))),
  );

  app.post("/quan-tri/:code/nhan-khau", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "people.person.create",
    );
    const form = await readForm(c);
    const parsed = validateForm(memberSchema, { ...form, relation: "—" });
    if (!parsed.ok) return peoplePage(c, loaded, parsed.errors, form, 400);
    await deps.db
      .transaction()
      .execute((tx) => createPerson(tx, c.get("ctx"), loaded.unit, parsed.data));
    return c.redirect(`/quan-tri/${loaded.unit.code}/nhan-khau`, 303);
  });

  app.post("/quan-tri/:code/nhan-khau/can-cu", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "people.legal_basis.manage",
    );
    const form = await readForm(c);
    const parsed = validateForm(legalBasisSchema, form);
    if (!parsed.ok) return peoplePage(c, loaded, parsed.errors, form, 400);
    await deps.db
      .transaction()
      .execute((tx) => recordLegalBasis(tx, c.get("ctx"), loaded.unit, parsed.data));
    return c.redirect(`/quan-tri/${loaded.unit.code}/nhan-khau`, 303);
  });

  const workforcePage = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    errors: FieldErrors = {},
    form: Record<string, string> = {},
    status: 200 | 400 | 409 = 200,
  ) => {
    const lang = c.get("lang");
    const ctx = c.get("ctx");
    authorize(ctx.actor, "people.workforce.view", { unitPath: loaded.unit.path });
    const today = todayInVietnam();
    const [members, counts] = await Promise.all([
      workforceOf(deps.db, loaded.unit.id, today),
      workforceCounts(deps.db, loaded.unit.id),
    ]);
    await logDataAccess(deps.db, ctx, {
      operation: "read",
      purpose: "Xem danh sách người lao động",
      unitId: loaded.unit.id,
      personIds: members.map((m) => m.person_id),
      fields: ["full_name"],
    });
    const listed = {
      staff: members.filter((m) => m.kind === "staff").length,
      worker: members.filter((m) => m.kind === "worker").length,
    };
    const now = workforceOn(today, listed, counts);
    const mayManage = can(ctx.actor, "people.workforce.manage", { unitPath: loaded.unit.path });
    return renderPage(
      c,
      {
        title: pick(lang, T.workforce),
        crumbs: adminCrumbs(lang, loaded, pick(lang, T.workforce)),
        status,
      },
      <>
        <AdminHeader c={c} loaded={loaded} current="lao-dong" />
        <ErrorSummary lang={lang} errors={errors} />
        <dl class="facts">
          <dt>Cán bộ, công chức, viên chức (S)</dt>
          <dd>{now.staff}</dd>
          <dt>Người lao động (W)</dt>
          <dd>{now.worker}</dd>
          <dt>Nguồn</dt>
          <dd>
            {now.source === "list"
              ? "Danh sách trên nền tảng"
              : now.source === "declared"
                ? "Số đã khai báo"
                : "Chưa có"}
          </dd>
        </dl>
        {members.length === 0 ? (
          <EmptyState title={pick(lang, T.none)} />
        ) : (
          <Table
            caption={pick(lang, T.workforce)}
            captionHidden
            head={["Mã người", "Họ và tên", "Loại", "Từ ngày"]}
          >
            {members.map((m) => (
              <tr>
                <td>{m.person_id}</td>
                <td>{m.full_name}</td>
                <td>{m.kind === "staff" ? "Cán bộ, viên chức" : "Người lao động"}</td>
                <td>{showDate(lang, m.valid_from)}</td>
              </tr>
            ))}
          </Table>
        )}
        <h2>{pick(lang, T.counts)}</h2>
        {counts.length === 0 ? (
          <EmptyState title={pick(lang, T.none)} />
        ) : (
          <Table caption={pick(lang, T.counts)} captionHidden head={["Từ ngày", "S", "W", "Nguồn"]}>
            {counts.map((r) => (
              <tr>
                <td>{showDate(lang, r.effective_from)}</td>
                <td>{r.staff_count}</td>
                <td>{r.worker_count}</td>
                <td>{r.source}</td>
              </tr>
            ))}
          </Table>
        )}
        {mayManage ? (
          <div class="row">
            <form
              method="post"
              action={`/quan-tri/${loaded.unit.code}/lao-dong`}
              class="stack"
              novalidate
            >
              <h2>{pick(lang, T.addMember)}</h2>
              <CsrfField token={c.get("csrf")()} />
              <SelectField
                name="kind"
                label="Loại"
                value={form.kind}
                errors={errors}
                required
                options={[
                  { value: "worker", label: "Người lao động" },
                  { value: "staff", label: "Cán bộ, công chức, viên chức" },
                ]}
              />
              <Field
                name="fullName"
                label="Họ và tên"
                value={form.fullName}
                errors={errors}
                required
                maxlength={120}
              />
              <Field
                name="birthDate"
                type="date"
                label="Ngày sinh"
                value={form.birthDate}
                errors={errors}
              />
              <Field
                name="idNumber"
                label="Số CCCD (12 chữ số)"
                value={form.idNumber}
                errors={errors}
                maxlength={20}
                inputmode="numeric"
                autocomplete="off"
              />
              <Field
                name="validFrom"
                type="date"
                label="Từ ngày"
                value={form.validFrom ?? today}
                errors={errors}
                required
              />
              <button type="submit">{pick(lang, T.addMember)}</button>
            </form>
            <form
              method="post"
              action={`/quan-tri/${loaded.unit.code}/lao-dong/so-luong`}
              class="stack"
              novalidate
            >
              <h2>{pick(lang, T.recordCount)}</h2>
              <CsrfField token={c.get("csrf")()} />
              <Field
                name="effectiveFrom"
                type="date"
                label="Áp dụng từ ngày"
                value={form.effectiveFrom ?? today}
                errors={errors}
                required
              />
              <Field
                name="staffCount"
                type="number"
                label="Cán bộ, công chức, viên chức (S)"
                value={form.staffCount ?? "0"}
                errors={errors}
                required
              />
              <Field
                name="workerCount"
                type="number"
                label="Người lao động (W)"
                value={form.workerCount ?? "0"}
                errors={errors}
                required
              />
              <Field
                name="source"
                label="Nguồn số liệu"
                value={form.source}
                errors={errors}
                required
                maxlength={200}
              />
              <button type="submit">{pick(lang, T.recordCount)}</button>
            </form>
          </div>
        ) : null}
      </>,
    );
  };

  app.get("/quan-tri/:code/lao-dong", async (c) =>
    workforcePage(c, await loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code"))),
  );

  app.post("/quan-tri/:code/lao-dong", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "people.workforce.manage",
    );
    const form = await readForm(c);
    const parsed = validateForm(memberSchema, { ...form, relation: "—" });
    const kind = form.kind === "staff" ? "staff" : form.kind === "worker" ? "worker" : null;
    const validFrom = /^\d{4}-\d{2}-\d{2}$/.test(form.validFrom ?? "") ? form.validFrom! : null;
    if (!parsed.ok || !kind || !validFrom) {
      const errors = parsed.ok ? {} : parsed.errors;
      if (!kind) errors.kind = "Chọn loại: cán bộ, công chức, viên chức hoặc người lao động.";
      if (!validFrom) errors.validFrom = "Từ ngày phải có dạng năm-tháng-ngày.";
      return workforcePage(c, loaded, errors, form, 400);
    }
    try {
      await deps.db.transaction().execute((tx) =>
        addWorkforceMember(tx, c.get("ctx"), keys, loaded.unit, {
          person: parsed.data,
          kind,
          validFrom,
        }),
      );
    } catch (err) {
      if (err instanceof AppError && (err.code === "validation" || err.code === "conflict"))
        return workforcePage(c, loaded, { [err.field ?? "fullName"]: err.message }, form, 400);
      throw err;
    }
    return c.redirect(`/quan-tri/${loaded.unit.code}/lao-dong`, 303);
  });

  app.post("/quan-tri/:code/lao-dong/so-luong", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "people.workforce.manage",
    );
    const form = await readForm(c);
    const parsed = validateForm(workforceCountSchema, form);
    if (!parsed.ok) return workforcePage(c, loaded, parsed.errors, form, 400);
    await deps.db
      .transaction()
      .execute((tx) => recordWorkforceCount(tx, c.get("ctx"), loaded.unit, parsed.data));
    return c.redirect(`/quan-tri/${loaded.unit.code}/lao-dong`, 303);
  });
}

export const WORKPLACES_FOR_TABS = WORKPLACE_KINDS;
