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
  SearchForm,
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
import {
  affiliationSchema,
  legalBasisSchema,
  memberSchema,
  workforceCountSchema,
} from "./schemas.ts";

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
  searchLabel: { vi: "Tìm theo tên", en: "Search by name" },
  searchHint: {
    vi: "Tìm theo tên (gõ không dấu cũng được)",
    en: "Search by name (diacritics optional)",
  },
  searchButton: { vi: "Tìm", en: "Search" },
  personId: { vi: "Mã người", en: "Person ID" },
  fullName: { vi: "Họ và tên", en: "Full name" },
  birthYear: { vi: "Năm sinh", en: "Year of birth" },
  household: { vi: "Hộ", en: "Household" },
  unit: { vi: "Đơn vị", en: "Unit" },
  birthDate: { vi: "Ngày sinh", en: "Date of birth" },
  noBasis: {
    vi: "Chưa ghi nhận căn cứ pháp lý (Nghị định 13/2023/NĐ-CP Điều 13.4.b, 17.5).",
    en: "No legal basis recorded yet (Decree 13/2023/NĐ-CP, Articles 13.4.b and 17.5).",
  },
  purpose: { vi: "Mục đích", en: "Purpose" },
  basis: { vi: "Căn cứ", en: "Basis" },
  purposeInput: { vi: "Mục đích xử lý", en: "Purpose of processing" },
  basisInput: { vi: "Căn cứ pháp lý", en: "Legal basis" },
  recordBasis: { vi: "Ghi nhận căn cứ", en: "Record the legal basis" },
  staffS: {
    vi: "Cán bộ, công chức, viên chức (S)",
    en: "Officials, civil servants and public employees (S)",
  },
  workersW: { vi: "Người lao động (W)", en: "Workers (W)" },
  source: { vi: "Nguồn", en: "Source" },
  fromList: { vi: "Danh sách trên nền tảng", en: "The list on the platform" },
  fromDeclared: { vi: "Số đã khai báo", en: "The declared counts" },
  noSource: { vi: "Chưa có", en: "None yet" },
  kind: { vi: "Loại", en: "Type" },
  validFrom: { vi: "Từ ngày", en: "From" },
  staffShort: { vi: "Cán bộ, viên chức", en: "Official or public employee" },
  worker: { vi: "Người lao động", en: "Worker" },
  staffOption: {
    vi: "Cán bộ, công chức, viên chức",
    en: "Official, civil servant or public employee",
  },
  idNumberInput: { vi: "Số CCCD (12 chữ số)", en: "ID number (CCCD, 12 digits)" },
  effectiveFrom: { vi: "Áp dụng từ ngày", en: "Applies from" },
  sourceInput: { vi: "Nguồn số liệu", en: "Source of the figures" },
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
        <SearchForm
          label={pick(lang, T.searchLabel)}
          placeholder={pick(lang, T.searchHint)}
          button={pick(lang, T.searchButton)}
          value={q}
        />
        {rows.length === 0 ? (
          <EmptyState title={pick(lang, T.none)} />
        ) : (
          <Table
            caption={pick(lang, T.people)}
            captionHidden
            head={[
              pick(lang, T.personId),
              pick(lang, T.fullName),
              pick(lang, T.birthYear),
              pick(lang, T.household),
              pick(lang, T.unit),
            ]}
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
              label={pick(lang, T.fullName)}
              value={form.fullName}
              errors={errors}
              required
              maxlength={120}
            />
            <Field
              name="birthDate"
              type="date"
              label={pick(lang, T.birthDate)}
              value={form.birthDate}
              errors={errors}
            />
            <button type="submit">{pick(lang, T.addPerson)}</button>
          </form>
        ) : null}
        <h2>{pick(lang, T.legal)}</h2>
        {bases.length === 0 ? (
          <EmptyState title={pick(lang, T.noBasis)} />
        ) : (
          <Table
            caption={pick(lang, T.legal)}
            captionHidden
            head={[pick(lang, T.purpose), pick(lang, T.basis)]}
          >
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
              label={pick(lang, T.purposeInput)}
              value={form.purpose}
              errors={errors}
              required
              maxlength={200}
            />
            <Field
              name="basis"
              label={pick(lang, T.basisInput)}
              value={form.basis}
              errors={errors}
              required
              maxlength={500}
            />
            <button type="submit">{pick(lang, T.recordBasis)}</button>
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
          <dt>{pick(lang, T.staffS)}</dt>
          <dd>{now.staff}</dd>
          <dt>{pick(lang, T.workersW)}</dt>
          <dd>{now.worker}</dd>
          <dt>{pick(lang, T.source)}</dt>
          <dd>
            {pick(
              lang,
              now.source === "list"
                ? T.fromList
                : now.source === "declared"
                  ? T.fromDeclared
                  : T.noSource,
            )}
          </dd>
        </dl>
        {members.length === 0 ? (
          <EmptyState title={pick(lang, T.none)} />
        ) : (
          <Table
            caption={pick(lang, T.workforce)}
            captionHidden
            head={[
              pick(lang, T.personId),
              pick(lang, T.fullName),
              pick(lang, T.kind),
              pick(lang, T.validFrom),
            ]}
          >
            {members.map((m) => (
              <tr>
                <td>{m.person_id}</td>
                <td>{m.full_name}</td>
                <td>{pick(lang, m.kind === "staff" ? T.staffShort : T.worker)}</td>
                <td>{showDate(lang, m.valid_from)}</td>
              </tr>
            ))}
          </Table>
        )}
        <h2>{pick(lang, T.counts)}</h2>
        {counts.length === 0 ? (
          <EmptyState title={pick(lang, T.none)} />
        ) : (
          <Table
            caption={pick(lang, T.counts)}
            captionHidden
            head={[pick(lang, T.validFrom), "S", "W", pick(lang, T.source)]}
          >
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
                label={pick(lang, T.kind)}
                value={form.kind}
                errors={errors}
                required
                options={[
                  { value: "worker", label: pick(lang, T.worker) },
                  { value: "staff", label: pick(lang, T.staffOption) },
                ]}
              />
              <Field
                name="fullName"
                label={pick(lang, T.fullName)}
                value={form.fullName}
                errors={errors}
                required
                maxlength={120}
              />
              <Field
                name="birthDate"
                type="date"
                label={pick(lang, T.birthDate)}
                value={form.birthDate}
                errors={errors}
              />
              <Field
                name="idNumber"
                label={pick(lang, T.idNumberInput)}
                value={form.idNumber}
                errors={errors}
                maxlength={20}
                inputmode="numeric"
                autocomplete="off"
              />
              <Field
                name="validFrom"
                type="date"
                label={pick(lang, T.validFrom)}
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
                label={pick(lang, T.effectiveFrom)}
                value={form.effectiveFrom ?? today}
                errors={errors}
                required
              />
              <Field
                name="staffCount"
                type="number"
                label={pick(lang, T.staffS)}
                value={form.staffCount ?? "0"}
                errors={errors}
                required
              />
              <Field
                name="workerCount"
                type="number"
                label={pick(lang, T.workersW)}
                value={form.workerCount ?? "0"}
                errors={errors}
                required
              />
              <Field
                name="source"
                label={pick(lang, T.sourceInput)}
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
    // The same checks as the API's: a real date (not just its shape) and a known kind.
    const placement = validateForm(affiliationSchema.omit({ personId: true }), form);
    if (!parsed.ok || !placement.ok) {
      const errors = {
        ...(parsed.ok ? {} : parsed.errors),
        ...(placement.ok ? {} : placement.errors),
      };
      return workforcePage(c, loaded, errors, form, 400);
    }
    const { kind, validFrom } = placement.data;
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
