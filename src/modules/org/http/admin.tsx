import type { Context, Hono } from "hono";
import { can } from "../../../core/authz/index.ts";
import { AppError, unauthenticated } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm, validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { type Lang, pick, showDate } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { AdminTabs } from "../../../core/views/admin-tabs.tsx";
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
import { appointPosition } from "../commands/appoint-position.ts";
import { createBody } from "../commands/create-body.ts";
import { createUnit } from "../commands/create-unit.ts";
import { auditEventsUnder } from "../db/audit-log.repo.ts";
import { bodiesOf, childrenOf, currentPositions } from "../db/org.repo.ts";
import {
  BODY_KIND_LABEL,
  BODY_KINDS,
  POSITION_TITLE_LABEL,
  POSITION_TITLES,
} from "../domain/body-kinds.ts";
import { UNIT_KIND_LABEL, type UnitKind } from "../domain/unit-kinds.ts";
import { type LoadedUnit, loadUnitForAdmin } from "../queries/load-unit.ts";
import { kindLabel, unitCrumbs } from "./present.ts";
import { appointSchema, createBodySchema, createUnitSchema } from "./schemas.ts";

const T = {
  admin: { vi: "Quản trị", en: "Administration" },
  myUnits: { vi: "Đơn vị bạn quản lý", en: "Units you manage" },
  none: { vi: "Bạn chưa được giao quản lý đơn vị nào.", en: "You manage no unit yet." },
  children: { vi: "Đơn vị trực thuộc", en: "Units under it" },
  addChild: { vi: "Thêm đơn vị trực thuộc", en: "Add a unit under it" },
  noChildren: { vi: "Chưa có đơn vị trực thuộc.", en: "No units under it yet." },
  bodies: { vi: "Tổ chức và chức vụ", en: "Bodies and positions" },
  noBodies: { vi: "Chưa khai báo tổ chức nào.", en: "No bodies yet." },
  addBody: { vi: "Thêm tổ chức", en: "Add a body" },
  appoint: { vi: "Bổ nhiệm, phân công chức vụ", en: "Appoint to a position" },
  audit: { vi: "Nhật ký thay đổi", en: "Audit log" },
  noEvents: { vi: "Chưa có thay đổi nào.", en: "No changes yet." },
  name: { vi: "Tên", en: "Name" },
  code: { vi: "Mã", en: "Code" },
  kind: { vi: "Loại", en: "Kind" },
  created: { vi: "Đã thêm đơn vị.", en: "Unit added." },
  public: { vi: "Xem trang công khai", en: "View public page" },
  older: { vi: "Cũ hơn", en: "Older" },
  codeHint: {
    vi: "Thôn, tổ dân phố: mã do xã đặt, ví dụ 00004-T01. Xã, phường: 5 chữ số.",
    en: "Villages and residential groups: a code set by the commune, e.g. 00004-T01. Communes and wards: 5 digits.",
  },
  localKindName: {
    vi: "Tên gọi địa phương (thôn, ấp, bản, buôn, tổ dân phố, khu phố…)",
    en: "Local name for this kind of unit (village, hamlet, residential group, quarter…)",
  },
  fullName: { vi: "Tên đầy đủ", en: "Full name" },
  fullNameHint: {
    vi: "Để trống để ghép từ tên gọi và tên.",
    en: "Leave empty to combine the local name and the name.",
  },
  unitAddress: {
    vi: "Địa chỉ, nơi sinh hoạt cộng đồng",
    en: "Address, community meeting place",
  },
  noHolders: { vi: "Chưa có người giữ chức vụ.", en: "No one holds a position." },
  personName: { vi: "Họ và tên", en: "Full name" },
  position: { vi: "Chức vụ", en: "Position" },
  role: { vi: "Quyền", en: "Role" },
  term: { vi: "Nhiệm kỳ", en: "Term" },
  body: { vi: "Tổ chức", en: "Body" },
  personId: { vi: "Mã người (xem ở trang Nhân khẩu)", en: "Person ID (see the People page)" },
  termStart: { vi: "Ngày bắt đầu nhiệm kỳ", en: "Term start date" },
  termEnd: { vi: "Ngày kết thúc nhiệm kỳ", en: "Term end date" },
  time: { vi: "Thời điểm", en: "Time" },
  unit: { vi: "Đơn vị", en: "Unit" },
  actor: { vi: "Người thực hiện", en: "Done by" },
  action: { vi: "Thao tác", en: "Action" },
  details: { vi: "Nội dung", en: "Details" },
  cli: { vi: "Dòng lệnh", en: "Command line" },
  system: { vi: "Hệ thống", en: "System" },
};

export const orgAdminTabs = [
  { path: "", order: 0, label: { vi: "Tổng quan", en: "Overview" } },
  { path: "to-chuc", order: 10, label: { vi: "Tổ chức, chức vụ", en: "Bodies, positions" } },
  { path: "nhat-ky", order: 90, label: { vi: "Nhật ký", en: "Audit log" } },
];

export function AdminHeader(p: { c: Context<AppEnv>; loaded: LoadedUnit; current: string }) {
  const lang = p.c.get("lang");
  const { unit } = p.loaded;
  return (
    <>
      <h1>{unit.full_name}</h1>
      <p>
        <Badge tone="info">{kindLabel(lang, unit.kind, unit.local_kind_name)}</Badge>{" "}
        <span class="muted">
          {pick(lang, T.code)} {unit.code}
        </span>{" "}
        · <a href={`/u/${unit.code}`}>{pick(lang, T.public)}</a>
      </p>
      <AdminTabs
        lang={lang}
        code={unit.code}
        kind={unit.kind}
        tabs={p.c.get("deps").adminTabs ?? []}
        current={p.current}
      />
    </>
  );
}

export const adminCrumbs = (lang: Lang, loaded: LoadedUnit, tail?: string) =>
  unitCrumbs(lang, loaded.chain, "/quan-tri", tail ? [{ label: tail }] : undefined);

function childKindsFor(kind: UnitKind | null): UnitKind[] {
  if (kind === null) return ["province", "central_city"];
  if (kind === "province" || kind === "central_city")
    return [
      "commune",
      "ward",
      "special_zone",
      "state_agency",
      "public_service_unit",
      "state_enterprise",
      "enterprise",
    ];
  if (kind === "commune" || kind === "ward" || kind === "special_zone")
    return [
      "village",
      "residential_group",
      "state_agency",
      "public_service_unit",
      "state_enterprise",
      "enterprise",
    ];
  if (kind === "state_agency") return ["state_agency", "public_service_unit", "state_enterprise"];
  return [];
}

export function orgAdminPages(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/quan-tri", async (c) => {
    const ctx = c.get("ctx");
    if (ctx.actor.kind === "anonymous") throw unauthenticated();
    const lang = c.get("lang");
    const managed = ctx.actor.grants.filter((g) =>
      ["platform_admin", "unit_admin", "official", "oversight", "village_head"].includes(g.role),
    );
    const ids = [...new Set(managed.map((g) => g.unitId))];
    const units = ids.length
      ? await deps.db
          .selectFrom("org_unit")
          .select(["id", "code", "full_name", "kind"])
          .where("id", "in", ids)
          .orderBy("path")
          .execute()
      : [];
    const platform = managed.some((g) => g.role === "platform_admin");
    const roots = platform
      ? await deps.db
          .selectFrom("org_unit")
          .select(["id", "code", "full_name", "kind"])
          .where("parent_id", "is", null)
          .orderBy("name")
          .execute()
      : [];
    const all = [...units, ...roots.filter((r) => !ids.includes(r.id))];
    return renderPage(
      c,
      { title: pick(lang, T.admin) },
      <>
        <h1>{pick(lang, T.myUnits)}</h1>
        {all.length === 0 ? (
          <EmptyState title={pick(lang, T.none)} />
        ) : (
          <ul class="cards">
            {all.map((u) => (
              <li class="card">
                <h3>
                  <a href={`/quan-tri/${u.code}`}>{u.full_name}</a>
                </h3>
                <span class="muted">
                  {UNIT_KIND_LABEL[u.kind][lang]} · {u.code}
                </span>
              </li>
            ))}
          </ul>
        )}
      </>,
    );
  });

  app.get("/quan-tri/:code", async (c) => {
    const lang = c.get("lang");
    const loaded = await loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code"));
    const children = await childrenOf(deps.db, loaded.unit.id);
    const mayAdd =
      can(c.get("ctx").actor, "org.unit.create_child", { unitPath: loaded.unit.path }) &&
      childKindsFor(loaded.unit.kind).length > 0;
    return renderPage(
      c,
      { title: loaded.unit.full_name, crumbs: adminCrumbs(lang, loaded) },
      <>
        <AdminHeader c={c} loaded={loaded} current="" />
        {c.req.query("them") === "1" ? (
          <p role="status" class="notice notice-ok">
            {pick(lang, T.created)}
          </p>
        ) : null}
        <h2>{pick(lang, T.children)}</h2>
        {mayAdd ? (
          <p class="actions">
            <a class="button" href={`/quan-tri/${loaded.unit.code}/don-vi/moi`}>
              {pick(lang, T.addChild)}
            </a>
          </p>
        ) : null}
        {children.length === 0 ? (
          <EmptyState title={pick(lang, T.noChildren)} />
        ) : (
          <Table
            caption={pick(lang, T.children)}
            captionHidden
            head={[pick(lang, T.code), pick(lang, T.name), pick(lang, T.kind)]}
          >
            {children.map((u) => (
              <tr>
                <td>{u.code}</td>
                <td>
                  <a href={`/quan-tri/${u.code}`}>{u.name}</a>
                </td>
                <td>{kindLabel(lang, u.kind, u.local_kind_name)}</td>
              </tr>
            ))}
          </Table>
        )}
      </>,
    );
  });

  const unitForm = (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    values: Record<string, string>,
    errors: FieldErrors,
    status: 200 | 400 | 409 = 200,
  ) => {
    const lang = c.get("lang");
    const kinds = childKindsFor(loaded.unit.kind);
    return renderPage(
      c,
      {
        title: pick(lang, T.addChild),
        crumbs: adminCrumbs(lang, loaded, pick(lang, T.addChild)),
        status,
      },
      <>
        <h1>{pick(lang, T.addChild)}</h1>
        <p class="lead">{loaded.unit.full_name}</p>
        <ErrorSummary lang={lang} errors={errors} />
        <form
          method="post"
          action={`/quan-tri/${loaded.unit.code}/don-vi/moi`}
          class="stack"
          novalidate
        >
          <CsrfField token={c.get("csrf")()} />
          <SelectField
            name="kind"
            label={pick(lang, T.kind)}
            value={values.kind ?? kinds[0]}
            errors={errors}
            required
            options={kinds.map((k) => ({ value: k, label: UNIT_KIND_LABEL[k][lang] }))}
          />
          <Field
            name="code"
            label={pick(lang, T.code)}
            value={values.code}
            errors={errors}
            required
            maxlength={40}
            hint={pick(lang, T.codeHint)}
          />
          <Field
            name="name"
            label={pick(lang, T.name)}
            value={values.name}
            errors={errors}
            required
            maxlength={200}
          />
          <Field
            name="localKindName"
            label={pick(lang, T.localKindName)}
            value={values.localKindName}
            errors={errors}
            maxlength={40}
          />
          <Field
            name="fullName"
            label={pick(lang, T.fullName)}
            value={values.fullName}
            errors={errors}
            maxlength={250}
            hint={pick(lang, T.fullNameHint)}
          />
          <Field
            name="address"
            label={pick(lang, T.unitAddress)}
            value={values.address}
            errors={errors}
            maxlength={250}
          />
          <button type="submit">{pick(lang, T.addChild)}</button>
        </form>
      </>,
    );
  };

  app.get("/quan-tri/:code/don-vi/moi", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "org.unit.create_child",
    );
    return unitForm(c, loaded, {}, {});
  });

  app.post("/quan-tri/:code/don-vi/moi", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "org.unit.create_child",
    );
    const form = await readForm(c);
    const parsed = validateForm(createUnitSchema, form);
    if (!parsed.ok) return unitForm(c, loaded, form, parsed.errors, 400);
    try {
      await deps.db
        .transaction()
        .execute((tx) => createUnit(tx, c.get("ctx"), loaded.unit.id, parsed.data));
    } catch (err) {
      if (err instanceof AppError && (err.code === "validation" || err.code === "conflict")) {
        return unitForm(
          c,
          loaded,
          form,
          { [err.field ?? "code"]: err.message },
          err.code === "conflict" ? 409 : 400,
        );
      }
      throw err;
    }
    return c.redirect(`/quan-tri/${loaded.unit.code}?them=1`, 303);
  });

  const bodiesPage = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    errors: FieldErrors,
    values: Record<string, string>,
    status: 200 | 400 = 200,
  ) => {
    const lang = c.get("lang");
    const [bodies, positions] = await Promise.all([
      bodiesOf(deps.db, loaded.unit.id),
      currentPositions(deps.db, loaded.unit.id, todayInVietnam()),
    ]);
    const mayManage = can(c.get("ctx").actor, "org.body.manage", { unitPath: loaded.unit.path });
    return renderPage(
      c,
      {
        title: pick(lang, T.bodies),
        crumbs: adminCrumbs(lang, loaded, pick(lang, T.bodies)),
        status,
      },
      <>
        <AdminHeader c={c} loaded={loaded} current="to-chuc" />
        <ErrorSummary lang={lang} errors={errors} />
        {bodies.length === 0 ? <EmptyState title={pick(lang, T.noBodies)} /> : null}
        {bodies.map((b) => {
          const held = positions.filter((p) => p.body_id === b.id);
          return (
            <section>
              <h2>{b.name}</h2>
              <p class="muted">
                {BODY_KIND_LABEL[b.kind][lang]} · #{b.id}
              </p>
              {held.length === 0 ? (
                <p class="muted">{pick(lang, T.noHolders)}</p>
              ) : (
                <Table
                  caption={b.name}
                  captionHidden
                  head={[
                    pick(lang, T.personName),
                    pick(lang, T.position),
                    pick(lang, T.role),
                    pick(lang, T.term),
                  ]}
                >
                  {held.map((p) => (
                    <tr>
                      <td>{p.full_name}</td>
                      <td>{POSITION_TITLE_LABEL[p.title][lang]}</td>
                      <td>{p.role}</td>
                      <td>
                        {showDate(lang, p.term_start)} –{" "}
                        {p.term_end ? showDate(lang, p.term_end) : "…"}
                      </td>
                    </tr>
                  ))}
                </Table>
              )}
            </section>
          );
        })}
        {mayManage ? (
          <div class="row">
            <form
              method="post"
              action={`/quan-tri/${loaded.unit.code}/to-chuc`}
              class="stack"
              novalidate
            >
              <h2>{pick(lang, T.addBody)}</h2>
              <CsrfField token={c.get("csrf")()} />
              <SelectField
                name="kind"
                label={pick(lang, T.kind)}
                value={values.kind}
                errors={errors}
                required
                options={BODY_KINDS.map((k) => ({ value: k, label: BODY_KIND_LABEL[k][lang] }))}
              />
              <Field
                name="name"
                label={pick(lang, T.name)}
                value={values.name}
                errors={errors}
                required
                maxlength={200}
              />
              <button type="submit">{pick(lang, T.addBody)}</button>
            </form>
            {bodies.length > 0 ? (
              <form
                method="post"
                action={`/quan-tri/${loaded.unit.code}/to-chuc/chuc-vu`}
                class="stack"
                novalidate
              >
                <h2>{pick(lang, T.appoint)}</h2>
                <CsrfField token={c.get("csrf")()} />
                <SelectField
                  name="bodyId"
                  label={pick(lang, T.body)}
                  value={values.bodyId}
                  errors={errors}
                  required
                  options={bodies.map((b) => ({ value: String(b.id), label: b.name }))}
                />
                <Field
                  name="personId"
                  label={pick(lang, T.personId)}
                  value={values.personId}
                  errors={errors}
                  required
                  inputmode="numeric"
                />
                <SelectField
                  name="title"
                  label={pick(lang, T.position)}
                  value={values.title}
                  errors={errors}
                  required
                  options={POSITION_TITLES.map((t) => ({
                    value: t,
                    label: POSITION_TITLE_LABEL[t][lang],
                  }))}
                />
                <Field
                  name="termStart"
                  type="date"
                  label={pick(lang, T.termStart)}
                  value={values.termStart ?? todayInVietnam()}
                  errors={errors}
                  required
                />
                <Field
                  name="termEnd"
                  type="date"
                  label={pick(lang, T.termEnd)}
                  value={values.termEnd}
                  errors={errors}
                />
                <button type="submit">{pick(lang, T.appoint)}</button>
              </form>
            ) : null}
          </div>
        ) : null}
      </>,
    );
  };

  app.get("/quan-tri/:code/to-chuc", async (c) => {
    const loaded = await loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code"));
    return bodiesPage(c, loaded, {}, {});
  });

  app.post("/quan-tri/:code/to-chuc", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "org.body.manage",
    );
    const form = await readForm(c);
    const parsed = validateForm(createBodySchema, form);
    if (!parsed.ok) return bodiesPage(c, loaded, parsed.errors, form, 400);
    await deps.db
      .transaction()
      .execute((tx) => createBody(tx, c.get("ctx"), loaded.unit, parsed.data));
    return c.redirect(`/quan-tri/${loaded.unit.code}/to-chuc`, 303);
  });

  app.post("/quan-tri/:code/to-chuc/chuc-vu", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "org.body.manage",
    );
    const form = await readForm(c);
    const parsed = validateForm(appointSchema, form);
    if (!parsed.ok) return bodiesPage(c, loaded, parsed.errors, form, 400);
    try {
      await deps.db
        .transaction()
        .execute((tx) => appointPosition(tx, c.get("ctx"), loaded.unit, parsed.data));
    } catch (err) {
      if (err instanceof AppError && err.code === "validation")
        return bodiesPage(c, loaded, { [err.field ?? "personId"]: err.message }, form, 400);
      throw err;
    }
    return c.redirect(`/quan-tri/${loaded.unit.code}/to-chuc`, 303);
  });

  app.get("/quan-tri/:code/nhat-ky", async (c) => {
    const lang = c.get("lang");
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "org.audit.view",
    );
    const before = Number(c.req.query("truoc")) || undefined;
    const events = await auditEventsUnder(deps.db, loaded.unit.path, 100, before);
    return renderPage(
      c,
      { title: pick(lang, T.audit), crumbs: adminCrumbs(lang, loaded, pick(lang, T.audit)) },
      <>
        <AdminHeader c={c} loaded={loaded} current="nhat-ky" />
        <h2>{pick(lang, T.audit)}</h2>
        {events.length === 0 ? (
          <EmptyState title={pick(lang, T.noEvents)} />
        ) : (
          <Table
            caption={pick(lang, T.audit)}
            captionHidden
            head={[
              "#",
              pick(lang, T.time),
              pick(lang, T.unit),
              pick(lang, T.actor),
              pick(lang, T.action),
              pick(lang, T.details),
            ]}
          >
            {events.map((e) => (
              <tr>
                <td>{e.id}</td>
                <td>{formatTime(e.occurred_at)}</td>
                <td>{e.unit_name}</td>
                <td>{e.actor_name ?? pick(lang, e.actor_kind === "cli" ? T.cli : T.system)}</td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>{summaryText(e.summary)}</td>
              </tr>
            ))}
          </Table>
        )}
        {events.length === 100 ? (
          <p>
            <a
              href={`/quan-tri/${loaded.unit.code}/nhat-ky?truoc=${events[events.length - 1]?.id}`}
            >
              {pick(lang, T.older)} →
            </a>
          </p>
        ) : null}
      </>,
    );
  });
}

/** Vietnam time, minute precision. */
export const formatTime = (d: Date) =>
  new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");

function summaryText(summary: unknown): string {
  if (!summary || typeof summary !== "object") return "";
  return Object.entries(summary as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join("; ");
}
