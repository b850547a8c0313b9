import type { Context, Hono } from "hono";
import { sql } from "kysely";
import { authorize } from "../../../core/authz/index.ts";
import { AppError } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick } from "../../../core/i18n/lang.ts";
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
import { createAccount, grantRole } from "../commands/create-account.ts";

const T = {
  accounts: { vi: "Tài khoản", en: "Accounts" },
  none: { vi: "Chưa có tài khoản nào.", en: "No accounts yet." },
  create: { vi: "Cấp tài khoản cho một người", en: "Give a person an account" },
  grant: { vi: "Giao quyền trực tiếp", en: "Grant a role directly" },
  username: { vi: "Tên đăng nhập", en: "Username" },
  fullName: { vi: "Họ và tên", en: "Full name" },
  unit: { vi: "Đơn vị", en: "Unit" },
  directGrants: { vi: "Quyền giao trực tiếp", en: "Roles granted directly" },
  status: { vi: "Trạng thái", en: "Status" },
  active: { vi: "hoạt động", en: "active" },
  locked: { vi: "đã khoá", en: "locked" },
  personId: { vi: "Mã người (xem ở trang Nhân khẩu)", en: "Person ID (see the People page)" },
  tempPassword: {
    vi: "Mật khẩu tạm (người dùng phải đổi khi đăng nhập)",
    en: "Temporary password (to be changed at first sign-in)",
  },
  accountId: { vi: "Số tài khoản (#)", en: "Account number (#)" },
  role: { vi: "Quyền", en: "Role" },
  badPersonId: {
    vi: "Mã người phải là số nguyên dương.",
    en: "The person ID must be a positive whole number.",
  },
  notInUnit: {
    vi: "Người này không thuộc đơn vị.",
    en: "This person does not belong to the unit.",
  },
  badAccountId: {
    vi: "Số tài khoản phải là số nguyên dương.",
    en: "The account number must be a positive whole number.",
  },
  badRole: { vi: "Quyền không hợp lệ.", en: "Choose a valid role." },
  noAccount: { vi: "Không có tài khoản này.", en: "There is no such account." },
};

const GRANTABLE = [
  { value: "unit_admin", label: { vi: "Quản trị đơn vị", en: "Unit administrator" } },
  { value: "official", label: { vi: "Cán bộ, công chức", en: "Official, civil servant" } },
  {
    value: "oversight",
    label: { vi: "Theo dõi, kiểm tra (chỉ đọc)", en: "Oversight and inspection (read-only)" },
  },
];

/** Accounts of the people of a unit (any depth), with their direct grants. */
function accountsUnder(deps: AppDeps, path: string) {
  return deps.db
    .selectFrom("auth_account as a")
    .innerJoin("people_person as p", "p.id", "a.person_id")
    .innerJoin("org_unit as u", "u.id", "p.home_unit_id")
    .select([
      "a.id",
      "a.username",
      "a.status",
      "p.id as person_id",
      "p.full_name",
      "u.name as unit_name",
      sql<
        string[]
      >`array(select g.role from auth_grant g where g.account_id = a.id order by g.role)`.as(
        "grants",
      ),
    ])
    .where(sql<boolean>`u.path <@ ${path}::ltree`)
    .orderBy("a.username")
    .limit(500)
    .execute();
}

export function accountAdminPages(app: Hono<AppEnv>, deps: AppDeps) {
  const page = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    errors: FieldErrors = {},
    form: Record<string, string> = {},
    status: 200 | 400 | 409 = 200,
  ) => {
    const lang = c.get("lang");
    authorize(c.get("ctx").actor, "auth.account.manage", { unitPath: loaded.unit.path });
    const rows = await accountsUnder(deps, loaded.unit.path);
    return renderPage(
      c,
      {
        title: pick(lang, T.accounts),
        crumbs: adminCrumbs(lang, loaded, pick(lang, T.accounts)),
        status,
      },
      <>
        <AdminHeader c={c} loaded={loaded} current="tai-khoan" />
        <ErrorSummary lang={lang} errors={errors} />
        {rows.length === 0 ? (
          <EmptyState title={pick(lang, T.none)} />
        ) : (
          <Table
            caption={pick(lang, T.accounts)}
            captionHidden
            head={[
              "#",
              pick(lang, T.username),
              pick(lang, T.fullName),
              pick(lang, T.unit),
              pick(lang, T.directGrants),
              pick(lang, T.status),
            ]}
          >
            {rows.map((r) => (
              <tr>
                <td>{r.id}</td>
                <td>{r.username}</td>
                <td>{r.full_name}</td>
                <td>{r.unit_name}</td>
                <td>{r.grants.join(", ") || "—"}</td>
                <td>
                  {r.status === "active" ? (
                    <Badge tone="ok">{pick(lang, T.active)}</Badge>
                  ) : (
                    <Badge tone="bad">{pick(lang, T.locked)}</Badge>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        )}
        <div class="row">
          <form
            method="post"
            action={`/quan-tri/${loaded.unit.code}/tai-khoan`}
            class="stack"
            novalidate
          >
            <h2>{pick(lang, T.create)}</h2>
            <CsrfField token={c.get("csrf")()} />
            <Field
              name="personId"
              label={pick(lang, T.personId)}
              value={form.personId}
              errors={errors}
              required
              inputmode="numeric"
            />
            <Field
              name="username"
              label={pick(lang, T.username)}
              value={form.username}
              errors={errors}
              required
              maxlength={40}
              autocomplete="off"
            />
            <Field
              name="password"
              type="password"
              label={pick(lang, T.tempPassword)}
              errors={errors}
              required
              autocomplete="new-password"
            />
            <button type="submit">{pick(lang, T.create)}</button>
          </form>
          <form
            method="post"
            action={`/quan-tri/${loaded.unit.code}/tai-khoan/quyen`}
            class="stack"
            novalidate
          >
            <h2>{pick(lang, T.grant)}</h2>
            <CsrfField token={c.get("csrf")()} />
            <Field
              name="accountId"
              label={pick(lang, T.accountId)}
              value={form.accountId}
              errors={errors}
              required
              inputmode="numeric"
            />
            <SelectField
              name="role"
              label={pick(lang, T.role)}
              value={form.role}
              errors={errors}
              required
              options={GRANTABLE.map((g) => ({ value: g.value, label: pick(lang, g.label) }))}
            />
            <button type="submit">{pick(lang, T.grant)}</button>
          </form>
        </div>
      </>,
    );
  };

  app.get("/quan-tri/:code/tai-khoan", async (c) =>
    page(
      c,
      await loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code"), "auth.account.manage"),
    ),
  );

  app.post("/quan-tri/:code/tai-khoan", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "auth.account.manage",
    );
    const form = await readForm(c);
    const lang = c.get("lang");
    const personId = Number(form.personId);
    if (!Number.isInteger(personId) || personId <= 0)
      return page(c, loaded, { personId: pick(lang, T.badPersonId) }, form, 400);
    try {
      await deps.db.transaction().execute(async (tx) => {
        const person = await tx
          .selectFrom("people_person as p")
          .innerJoin("org_unit as u", "u.id", "p.home_unit_id")
          .select("u.path")
          .where("p.id", "=", personId)
          .executeTakeFirst();
        if (
          !person ||
          !(person.path === loaded.unit.path || person.path.startsWith(`${loaded.unit.path}.`))
        ) {
          throw new AppError("validation", pick(lang, T.notInUnit), "personId");
        }
        await createAccount(tx, c.get("ctx"), {
          personId,
          username: (form.username ?? "").trim(),
          password: form.password ?? "",
          mustChangePassword: true,
        });
      });
    } catch (err) {
      if (err instanceof AppError && (err.code === "validation" || err.code === "conflict"))
        return page(
          c,
          loaded,
          { [err.field ?? "username"]: err.message },
          form,
          err.code === "conflict" ? 409 : 400,
        );
      throw err;
    }
    return c.redirect(`/quan-tri/${loaded.unit.code}/tai-khoan`, 303);
  });

  app.post("/quan-tri/:code/tai-khoan/quyen", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "auth.account.manage",
    );
    const form = await readForm(c);
    const lang = c.get("lang");
    const accountId = Number(form.accountId);
    const role = GRANTABLE.find((g) => g.value === form.role)?.value as
      | "unit_admin"
      | "official"
      | "oversight"
      | undefined;
    if (!Number.isInteger(accountId) || accountId <= 0)
      return page(c, loaded, { accountId: pick(lang, T.badAccountId) }, form, 400);
    if (!role) return page(c, loaded, { role: pick(lang, T.badRole) }, form, 400);
    const exists = await deps.db
      .selectFrom("auth_account")
      .select("id")
      .where("id", "=", accountId)
      .executeTakeFirst();
    if (!exists) return page(c, loaded, { accountId: pick(lang, T.noAccount) }, form, 400);
    await deps.db
      .transaction()
      .execute((tx) => grantRole(tx, c.get("ctx"), { accountId, unitId: loaded.unit.id, role }));
    return c.redirect(`/quan-tri/${loaded.unit.code}/tai-khoan`, 303);
  });
}
