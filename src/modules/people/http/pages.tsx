import type { Context, Hono } from "hono";
import { authorize, can } from "../../../core/authz/index.ts";
import { AppError, notFound, unauthenticated } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm, validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { unseal } from "../../../core/security/sealed.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import {
  Badge,
  CsrfField,
  EmptyState,
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  SearchForm,
  SelectField,
  Table,
} from "../../../core/views/components.tsx";
import { AdminHeader, adminCrumbs, type LoadedUnit, loadUnitForAdmin } from "../../org/index.ts";
import { attachIdCardImage } from "../commands/attach-id-card-image.ts";
import { createHousehold } from "../commands/create-household.ts";
import {
  findHousehold,
  householdCountsUnder,
  idImagesOf,
  listHouseholds,
  membersOf,
} from "../db/people.repo.ts";
import { maskCccd } from "../domain/cccd.ts";
import { logDataAccess, openIdNumber } from "../privacy.ts";
import { householdFromForm, MEMBER_ROWS } from "./form-rows.ts";
import { householdSchema } from "./schemas.ts";

const T = {
  households: { vi: "Hộ gia đình", en: "Households" },
  household: { vi: "Hộ gia đình", en: "Household" },
  newHousehold: { vi: "Đăng ký hộ mới", en: "Register a household" },
  none: { vi: "Chưa có hộ nào trong sổ.", en: "No households registered yet." },
  code: { vi: "Mã hộ", en: "Household code" },
  address: { vi: "Địa chỉ", en: "Address" },
  representative: { vi: "Chủ hộ (người đại diện)", en: "Representative" },
  members: { vi: "Thành viên", en: "Members" },
  member: { vi: "Thành viên", en: "Member" },
  village: { vi: "Thôn, tổ dân phố", en: "Village or residential group" },
  validFrom: { vi: "Ngày bắt đầu", en: "Start date" },
  counts: { vi: "Số hộ theo thôn, tổ dân phố hôm nay (N)", en: "Households per village today (N)" },
  search: {
    vi: "Tìm theo mã hộ, địa chỉ hoặc tên chủ hộ",
    en: "Search by code, address or representative",
  },
  created: { vi: "Đã đăng ký hộ.", en: "Household registered." },
  mine: { vi: "Hộ gia đình của tôi", en: "My household" },
  noHousehold: {
    vi: "Bạn chưa có tên trong sổ hộ của thôn, tổ dân phố nào.",
    en: "You are not in any village's household register.",
  },
  reveal: { vi: "Xem số CCCD", en: "Show ID number" },
  idImages: { vi: "Ảnh CCCD", en: "ID-card images" },
  idImagesNotice: {
    vi: "Ảnh CCCD là dữ liệu cá nhân nhạy cảm: được mã hoá khi lưu, chỉ cán bộ có thẩm quyền xem, mỗi lần xem đều được ghi nhật ký.",
    en: "ID-card images are sensitive personal data: encrypted at rest, visible to authorised officials only, every view logged.",
  },
  noImages: { vi: "Chưa có ảnh CCCD nào.", en: "No ID-card images." },
  upload: { vi: "Tải ảnh lên", en: "Upload" },
  dataNotice: {
    vi: "Dữ liệu cá nhân: mọi lần xem và thay đổi đều được ghi vào nhật ký xử lý dữ liệu (Nghị định 13/2023/NĐ-CP Điều 38).",
    en: "Personal data: every view and change is written to the data-processing log (Decree 13/2023/NĐ-CP, Article 38).",
  },
  searchButton: { vi: "Tìm", en: "Search" },
  nextPage: { vi: "Trang sau →", en: "Next page →" },
  fullName: { vi: "Họ và tên", en: "Full name" },
  relation: { vi: "Quan hệ với chủ hộ", en: "Relationship to the head of household" },
  relationShort: { vi: "Quan hệ", en: "Relationship" },
  birthDate: { vi: "Ngày sinh", en: "Date of birth" },
  sex: { vi: "Giới tính", en: "Sex" },
  idNumberInput: { vi: "Số CCCD (12 chữ số)", en: "ID number (CCCD, 12 digits)" },
  idNumber: { vi: "Số CCCD", en: "ID number (CCCD)" },
  personId: { vi: "Mã người", en: "Person ID" },
  frontLower: { vi: "mặt trước", en: "front" },
  backLower: { vi: "mặt sau", en: "back" },
  side: { vi: "Mặt", en: "Side" },
  front: { vi: "Mặt trước", en: "Front" },
  back: { vi: "Mặt sau", en: "Back" },
  imageFile: {
    vi: "Tệp ảnh (JPEG hoặc PNG, tối đa 2 MB)",
    en: "Image file (JPEG or PNG, up to 2 MB)",
  },
  hello: { vi: "Xin chào", en: "Hello" },
  myUnits: { vi: "Đơn vị của tôi", en: "My units" },
  onlyCommunities: {
    vi: "Hộ gia đình chỉ được đăng ký ở thôn hoặc tổ dân phố.",
    en: "Households can only be registered in a village or residential group.",
  },
  noSuchHousehold: {
    vi: "Không có hộ này trong thôn, tổ dân phố.",
    en: "This household is not in this village or residential group.",
  },
  notInHousehold: { vi: "Người này không thuộc hộ.", en: "This person is not in the household." },
  noSuchImage: { vi: "Không có ảnh này.", en: "No such image." },
};

const SEX = { male: { vi: "Nam", en: "Male" }, female: { vi: "Nữ", en: "Female" } } as const;
const isCommunity = (kind: string) => kind === "village" || kind === "residential_group";

export function peoplePages(app: Hono<AppEnv>, deps: AppDeps) {
  const keys = { dataKey: deps.config.dataKey, secret: deps.config.secret };

  app.get("/quan-tri/:code/ho", async (c) => {
    const lang = c.get("lang");
    const ctx = c.get("ctx");
    const loaded = await loadUnitForAdmin(deps.db, ctx, c.req.param("code"));
    authorize(ctx.actor, "people.household.list", { unitPath: loaded.unit.path });
    const q = (c.req.query("q") ?? "").trim().slice(0, 100);
    const page = Math.max(1, Math.min(10_000, Number(c.req.query("trang")) || 1));
    const [rows, counts] = await Promise.all([
      listHouseholds(deps.db, {
        underPath: loaded.unit.path,
        search: q || null,
        limit: 50,
        offset: (page - 1) * 50,
      }),
      householdCountsUnder(deps.db, loaded.unit.path, todayInVietnam()),
    ]);
    await logDataAccess(deps.db, ctx, {
      operation: "read",
      purpose: "Xem danh sách hộ gia đình",
      unitId: loaded.unit.id,
      fields: ["full_name", "address"],
    });
    const mayCreate =
      isCommunity(loaded.unit.kind) &&
      can(ctx.actor, "people.household.create", { unitPath: loaded.unit.path });
    return renderPage(
      c,
      {
        title: pick(lang, T.households),
        crumbs: adminCrumbs(lang, loaded, pick(lang, T.households)),
      },
      <>
        <AdminHeader c={c} loaded={loaded} current="ho" />
        <p class="muted">{pick(lang, T.dataNotice)}</p>
        {c.req.query("them") === "1" ? <Notice tone="ok">{pick(lang, T.created)}</Notice> : null}
        {mayCreate ? (
          <p class="actions">
            <a class="button" href={`/quan-tri/${loaded.unit.code}/ho/moi`}>
              {pick(lang, T.newHousehold)}
            </a>
          </p>
        ) : null}
        {counts.length > 0 ? (
          <Table caption={pick(lang, T.counts)} head={[pick(lang, T.village), "N"]}>
            {counts.map((r) => (
              <tr>
                <td>
                  <a href={`/quan-tri/${r.code}/ho`}>{r.name}</a>
                </td>
                <td>{r.households}</td>
              </tr>
            ))}
          </Table>
        ) : null}
        <SearchForm
          label={pick(lang, T.search)}
          placeholder={pick(lang, T.search)}
          button={pick(lang, T.searchButton)}
          value={q}
        />
        {rows.length === 0 ? (
          <EmptyState title={pick(lang, T.none)} />
        ) : (
          <Table
            caption={pick(lang, T.households)}
            head={[
              pick(lang, T.code),
              pick(lang, T.village),
              pick(lang, T.representative),
              pick(lang, T.members),
              pick(lang, T.address),
            ]}
          >
            {rows.map((h) => (
              <tr>
                <td>
                  <a href={`/quan-tri/${h.unit_code}/ho/${h.id}`}>{h.code}</a>
                </td>
                <td>{h.unit_name}</td>
                <td>{h.representative ?? "—"}</td>
                <td>{h.member_count}</td>
                <td>{h.address}</td>
              </tr>
            ))}
          </Table>
        )}
        {rows.length === 50 ? (
          <p>
            <a href={`?q=${encodeURIComponent(q)}&trang=${page + 1}`}>{pick(lang, T.nextPage)}</a>
          </p>
        ) : null}
      </>,
    );
  });

  const householdForm = (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    form: Record<string, string>,
    errors: FieldErrors,
    status: 200 | 400 | 409 = 200,
  ) => {
    const lang = c.get("lang");
    return renderPage(
      c,
      {
        title: pick(lang, T.newHousehold),
        crumbs: adminCrumbs(lang, loaded, pick(lang, T.newHousehold)),
        status,
      },
      <>
        <h1>{pick(lang, T.newHousehold)}</h1>
        <p class="lead">{loaded.unit.full_name}</p>
        <ErrorSummary lang={lang} errors={errors} />
        <form method="post" action={`/quan-tri/${loaded.unit.code}/ho/moi`} novalidate>
          <CsrfField token={c.get("csrf")()} />
          <div class="row">
            <Field
              name="code"
              label={pick(lang, T.code)}
              value={form.code}
              errors={errors}
              required
              maxlength={40}
            />
            <Field
              name="validFrom"
              type="date"
              label={pick(lang, T.validFrom)}
              value={form.validFrom ?? todayInVietnam()}
              errors={errors}
              required
            />
          </div>
          <Field
            name="address"
            label={pick(lang, T.address)}
            value={form.address}
            errors={errors}
            required
            maxlength={250}
          />
          {errors.members ? (
            <p class="error-text" id="f-members">
              {errors.members}
            </p>
          ) : null}
          {Array.from({ length: MEMBER_ROWS }, (_, i) => (
            <fieldset>
              <legend>
                {pick(lang, T.member)} {i + 1}
              </legend>
              <div class="row">
                <Field
                  name={`members.${i}.fullName`}
                  label={pick(lang, T.fullName)}
                  value={form[`members.${i}.fullName`]}
                  errors={errors}
                  maxlength={120}
                />
                <Field
                  name={`members.${i}.relation`}
                  label={pick(lang, T.relation)}
                  value={form[`members.${i}.relation`] ?? (i === 0 ? "Chủ hộ" : "")}
                  errors={errors}
                  maxlength={40}
                />
              </div>
              <div class="row">
                <Field
                  name={`members.${i}.birthDate`}
                  type="date"
                  label={pick(lang, T.birthDate)}
                  value={form[`members.${i}.birthDate`]}
                  errors={errors}
                />
                <div class="field">
                  <label for={`f-members.${i}.sex`}>{pick(lang, T.sex)}</label>
                  <select id={`f-members.${i}.sex`} name={`members.${i}.sex`}>
                    <option value="">—</option>
                    <option value="male" selected={form[`members.${i}.sex`] === "male"}>
                      {pick(lang, SEX.male)}
                    </option>
                    <option value="female" selected={form[`members.${i}.sex`] === "female"}>
                      {pick(lang, SEX.female)}
                    </option>
                  </select>
                </div>
                <Field
                  name={`members.${i}.idNumber`}
                  label={pick(lang, T.idNumberInput)}
                  value={form[`members.${i}.idNumber`]}
                  errors={errors}
                  maxlength={20}
                  inputmode="numeric"
                  autocomplete="off"
                />
              </div>
              <div class="field">
                <input
                  type="radio"
                  id={`rep-${i}`}
                  name="rep"
                  value={String(i)}
                  checked={(form.rep ?? "0") === String(i)}
                />{" "}
                <label for={`rep-${i}`} class="inline-label">
                  {pick(lang, T.representative)}
                </label>
              </div>
            </fieldset>
          ))}
          <button type="submit">{pick(lang, T.newHousehold)}</button>
        </form>
      </>,
    );
  };

  app.get("/quan-tri/:code/ho/moi", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "people.household.create",
    );
    if (!isCommunity(loaded.unit.kind)) throw notFound(pick(c.get("lang"), T.onlyCommunities));
    return householdForm(c, loaded, {}, {});
  });

  app.post("/quan-tri/:code/ho/moi", async (c) => {
    const ctx = c.get("ctx");
    const loaded = await loadUnitForAdmin(
      deps.db,
      ctx,
      c.req.param("code"),
      "people.household.create",
    );
    const form = await readForm(c);
    const parsed = validateForm(householdSchema, householdFromForm(form));
    if (!parsed.ok) return householdForm(c, loaded, form, parsed.errors, 400);
    try {
      await deps.db
        .transaction()
        .execute((tx) => createHousehold(tx, ctx, keys, loaded.unit, parsed.data));
    } catch (err) {
      if (err instanceof AppError && (err.code === "validation" || err.code === "conflict")) {
        return householdForm(
          c,
          loaded,
          form,
          { [err.field ?? "code"]: err.message },
          err.code === "conflict" ? 409 : 400,
        );
      }
      throw err;
    }
    return c.redirect(`/quan-tri/${loaded.unit.code}/ho?them=1`, 303);
  });

  const householdPage = async (c: Context<AppEnv>, revealMemberId: number | null) => {
    const lang = c.get("lang");
    const ctx = c.get("ctx");
    const loaded = await loadUnitForAdmin(deps.db, ctx, c.req.param("code") ?? "");
    const household = await findHousehold(deps.db, Number(c.req.param("id")) || 0);
    if (!household || household.unit_id !== loaded.unit.id)
      throw notFound(pick(c.get("lang"), T.noSuchHousehold));
    const members = await membersOf(deps.db, household.id);
    authorize(ctx.actor, "people.household.read", {
      unitPath: household.path,
      personIds: members.map((m) => m.person_id),
    });
    const mayReveal = can(ctx.actor, "people.id_number.reveal", { unitPath: household.path });
    const images = mayReveal
      ? await idImagesOf(
          deps.db,
          members.map((m) => m.person_id),
        )
      : [];
    const revealed =
      revealMemberId !== null && mayReveal
        ? members.find((m) => m.id === revealMemberId)
        : undefined;
    if (revealMemberId !== null && !mayReveal)
      authorize(ctx.actor, "people.id_number.reveal", { unitPath: household.path });
    await logDataAccess(deps.db, ctx, {
      operation: revealed ? "reveal" : "read",
      purpose: revealed ? "Xem đầy đủ số CCCD" : "Xem hộ gia đình",
      unitId: household.unit_id,
      householdId: household.id,
      personIds: revealed ? [revealed.person_id] : members.map((m) => m.person_id),
      fields: revealed ? ["id_number"] : ["full_name", "birth_date", "sex", "relation"],
    });
    return renderPage(
      c,
      {
        title: `${pick(lang, T.household)} ${household.code}`,
        crumbs: adminCrumbs(lang, loaded, household.code),
      },
      <>
        <h1>
          {pick(lang, T.household)} {household.code}
        </h1>
        <dl class="facts">
          <dt>{pick(lang, T.village)}</dt>
          <dd>{household.unit_name}</dd>
          <dt>{pick(lang, T.address)}</dt>
          <dd>{household.address}</dd>
          <dt>{pick(lang, T.validFrom)}</dt>
          <dd>{showDate(lang, household.valid_from)}</dd>
        </dl>
        <p class="muted">{pick(lang, T.dataNotice)}</p>
        <Table
          caption={pick(lang, T.members)}
          head={[
            pick(lang, T.personId),
            pick(lang, T.fullName),
            pick(lang, T.relationShort),
            pick(lang, T.birthDate),
            pick(lang, T.sex),
            pick(lang, T.idNumber),
          ]}
        >
          {members.map((m) => (
            <tr>
              <td>{m.person_id}</td>
              <td>
                {m.full_name}{" "}
                {m.is_representative ? (
                  <Badge tone="ok">{pick(lang, T.representative)}</Badge>
                ) : null}
              </td>
              <td>{m.relation}</td>
              <td>{showDate(lang, m.birth_date)}</td>
              <td>{m.sex ? pick(lang, SEX[m.sex]) : "—"}</td>
              <td>
                {!m.id_number_enc ? (
                  "—"
                ) : revealed?.id === m.id ? (
                  <code>{openIdNumber(keys, m.id_number_enc)}</code>
                ) : (
                  <>
                    {maskCccd(openIdNumber(keys, m.id_number_enc))}
                    {mayReveal ? (
                      <form
                        method="post"
                        action={`/quan-tri/${loaded.unit.code}/ho/${household.id}/cccd`}
                        class="inline"
                      >
                        <CsrfField token={c.get("csrf")()} />
                        <input type="hidden" name="member" value={String(m.id)} />{" "}
                        <button type="submit" class="link">
                          {pick(lang, T.reveal)}
                        </button>
                      </form>
                    ) : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </Table>
        {mayReveal ? (
          <section aria-labelledby="id-images">
            <h2 id="id-images">{pick(lang, T.idImages)}</h2>
            <p class="muted">{pick(lang, T.idImagesNotice)}</p>
            {images.length === 0 ? (
              <EmptyState title={pick(lang, T.noImages)} />
            ) : (
              <ul>
                {images.map((f) => (
                  <li>
                    <a href={`/quan-tri/${loaded.unit.code}/anh-cccd/${f.id}`}>
                      {members.find((m) => m.person_id === f.person_id)?.full_name} —{" "}
                      {pick(lang, f.kind === "id_card_front" ? T.frontLower : T.backLower)}
                    </a>{" "}
                    <span class="muted">({Math.ceil(f.byte_size / 1024)} KB)</span>
                  </li>
                ))}
              </ul>
            )}
            <form
              method="post"
              action={`/quan-tri/${loaded.unit.code}/ho/${household.id}/anh-cccd`}
              enctype="multipart/form-data"
              class="stack"
            >
              <CsrfField token={c.get("csrf")()} />
              <SelectField
                name="person"
                label={pick(lang, T.member)}
                required
                options={members.map((m) => ({ value: String(m.person_id), label: m.full_name }))}
              />
              <SelectField
                name="side"
                label={pick(lang, T.side)}
                required
                options={[
                  { value: "id_card_front", label: pick(lang, T.front) },
                  { value: "id_card_back", label: pick(lang, T.back) },
                ]}
              />
              <div class="field">
                <label for="f-file">{pick(lang, T.imageFile)}</label>
                <input id="f-file" type="file" name="file" accept="image/jpeg,image/png" required />
              </div>
              <button type="submit">{pick(lang, T.upload)}</button>
            </form>
          </section>
        ) : null}
      </>,
    );
  };

  app.get("/quan-tri/:code/ho/:id", (c) => householdPage(c, null));

  app.post("/quan-tri/:code/ho/:id/anh-cccd", async (c) => {
    const ctx = c.get("ctx");
    const loaded = await loadUnitForAdmin(deps.db, ctx, c.req.param("code"));
    const household = await findHousehold(deps.db, Number(c.req.param("id")) || 0);
    if (!household || household.unit_id !== loaded.unit.id)
      throw notFound(pick(c.get("lang"), T.noSuchHousehold));
    const body = await c.req.parseBody();
    const personId = Number(body.person);
    const members = await membersOf(deps.db, household.id);
    if (!members.some((m) => m.person_id === personId))
      throw new AppError("validation", pick(c.get("lang"), T.notInHousehold), "person");
    const side = body.side === "id_card_back" ? "id_card_back" : "id_card_front";
    const file = body.file;
    const bytes =
      file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    await deps.db
      .transaction()
      .execute((tx) => attachIdCardImage(tx, ctx, keys, { personId, side, bytes }));
    return c.redirect(`/quan-tri/${loaded.unit.code}/ho/${household.id}`, 303);
  });

  app.get("/quan-tri/:code/anh-cccd/:fileId", async (c) => {
    const ctx = c.get("ctx");
    const loaded = await loadUnitForAdmin(deps.db, ctx, c.req.param("code"));
    const file = await deps.db
      .selectFrom("people_sensitive_file as f")
      .innerJoin("org_unit as u", "u.id", "f.unit_id")
      .select(["f.id", "f.person_id", "f.unit_id", "f.mime", "f.kind", "f.content_enc", "u.path"])
      .where("f.id", "=", Number(c.req.param("fileId")) || 0)
      .executeTakeFirst();
    if (!file || !(file.path === loaded.unit.path || file.path.startsWith(`${loaded.unit.path}.`)))
      throw notFound(pick(c.get("lang"), T.noSuchImage));
    authorize(ctx.actor, "people.id_number.reveal", { unitPath: file.path });
    await logDataAccess(deps.db, ctx, {
      operation: "read",
      purpose: "Xem ảnh CCCD",
      unitId: file.unit_id,
      personIds: [file.person_id],
      fields: [file.kind],
    });
    c.header("Cache-Control", "private, no-store");
    c.header("Content-Type", file.mime);
    return c.body(new Uint8Array(unseal(deps.config.dataKey, file.content_enc)));
  });
  app.post("/quan-tri/:code/ho/:id/cccd", async (c) => {
    const form = await readForm(c);
    return householdPage(c, Number(form.member) || -1);
  });

  app.get("/cua-toi", async (c) => {
    const lang = c.get("lang");
    const ctx = c.get("ctx");
    const viewer = c.get("viewer");
    if (!viewer) throw unauthenticated();
    const membership = await deps.db
      .selectFrom("people_household_member as m")
      .innerJoin("people_household as h", "h.id", "m.household_id")
      .innerJoin("org_unit as u", "u.id", "h.unit_id")
      .select([
        "h.id",
        "h.code",
        "h.address",
        "h.valid_from",
        "u.full_name as unit_name",
        "u.code as unit_code",
      ])
      .where("m.person_id", "=", viewer.personId)
      .where("m.valid_to", "is", null)
      .executeTakeFirst();
    const members = membership ? await membersOf(deps.db, membership.id) : [];
    if (membership) {
      await logDataAccess(deps.db, ctx, {
        operation: "read",
        purpose: "Người dân xem hộ gia đình của mình",
        householdId: membership.id,
        personIds: members.map((m) => m.person_id),
        fields: ["full_name", "relation"],
      });
    }
    const units = await deps.db
      .selectFrom("org_unit")
      .select(["code", "full_name"])
      .where("id", "in", [0, ...new Set(ctx.actor.grants.map((g) => g.unitId))])
      .orderBy("path")
      .execute();
    return renderPage(
      c,
      { title: pick(lang, T.mine) },
      <>
        <h1>
          {pick(lang, T.hello)}, {viewer.displayName}
        </h1>
        <h2>{pick(lang, T.mine)}</h2>
        {!membership ? (
          <EmptyState title={pick(lang, T.noHousehold)} />
        ) : (
          <>
            <dl class="facts">
              <dt>{pick(lang, T.code)}</dt>
              <dd>{membership.code}</dd>
              <dt>{pick(lang, T.village)}</dt>
              <dd>
                <a href={`/u/${membership.unit_code}`}>{membership.unit_name}</a>
              </dd>
              <dt>{pick(lang, T.address)}</dt>
              <dd>{membership.address}</dd>
            </dl>
            <Table
              caption={pick(lang, T.members)}
              head={[pick(lang, T.fullName), pick(lang, T.relation), ""]}
            >
              {members.map((m) => (
                <tr>
                  <td>{m.full_name}</td>
                  <td>{m.relation}</td>
                  <td>
                    {m.is_representative ? (
                      <Badge tone="ok">{pick(lang, T.representative)}</Badge>
                    ) : null}
                  </td>
                </tr>
              ))}
            </Table>
          </>
        )}
        {units.length > 0 ? (
          <>
            <h2>{pick(lang, T.myUnits)}</h2>
            <ul>
              {units.map((u) => (
                <li>
                  <a href={`/u/${u.code}`}>{u.full_name}</a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </>,
    );
  });
}
