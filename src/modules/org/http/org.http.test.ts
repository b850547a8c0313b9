import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { jsonOf, TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import type { UnitRow } from "../index.ts";
import { makeCommuneTree } from "../testing/factories.ts";

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let commune: UnitRow;
let otherCommune: UnitRow;

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  const a = await makeCommuneTree(db, 2);
  commune = a.commune;
  otherCommune = (await makeCommuneTree(db, 1)).commune;
  await makeAccount(db, commune, "quantri.xa", "unit_admin");
  await makeAccount(db, commune, "congchuc.xa", "official");
});

const tokenFor = async (username: string) => {
  const c = new TestClient(app);
  await c.signIn(username, TEST_PASSWORD);
  await c.post("/tai-khoan/token", { name: "test" });
  return c.lastBody.match(/<code>(coso_[^<]+)<\/code>/)![1]!;
};
const postJson = (path: string, body: unknown, token?: string) =>
  app.request(`/api/v1${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });

describe("public portal", () => {
  it("shows a unit with its breadcrumbs, children and the modules' public pages; 404 for an unknown code", async () => {
    const res = await app.request(`/u/${commune.code}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(commune.full_name);
    expect(html).toContain('aria-label="Vị trí trang"');
    expect(html).toContain("Thôn 1");
    // Every public page the enabled modules offer a commune, linked from its portal page.
    for (const path of ["cong-khai", "quyet-dinh", "huong-uoc"]) {
      expect(html).toContain(`href="/u/${commune.code}/${path}"`);
    }
    expect((await app.request("/u/KHONGCO")).status).toBe(404);
  });

  it("finds units by name without diacritics", async () => {
    const html = await (await app.request("/?q=xa%20thu")).text();
    expect(html).toContain(commune.full_name);
    const api = await jsonOf(await app.request(`/api/v1/units?q=${encodeURIComponent("thon 1")}`));
    expect(api.items.map((u: { name: string }) => u.name)).toContain("Thôn 1");
  });
});

describe("units API", () => {
  it("GET a unit: its public fields only, with parents and children", async () => {
    const body = await jsonOf(await app.request(`/api/v1/units/${commune.code}`));
    expect(Object.keys(body).sort()).toEqual(
      [
        "address",
        "children",
        "code",
        "fullName",
        "kind",
        "kindSince",
        "localKindName",
        "name",
        "nameEn",
        "parents",
      ].sort(),
    );
    expect(body.children).toHaveLength(2);
    expect(body.parents).toHaveLength(1);
  });

  it("POST a child: 401 without a token, 403 for an official, 400 for bad input, 201 for the administrator", async () => {
    const village = {
      code: `${commune.code}-T9`,
      name: "Thôn 9",
      kind: "village",
      localKindName: "Thôn",
    };
    expect((await postJson(`/units/${commune.code}/children`, village)).status).toBe(401);
    expect(
      (await postJson(`/units/${commune.code}/children`, village, await tokenFor("congchuc.xa")))
        .status,
    ).toBe(403);
    const admin = await tokenFor("quantri.xa");
    let res = await postJson(
      `/units/${commune.code}/children`,
      { ...village, kind: "huyen" },
      admin,
    );
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error).toMatchObject({
      code: "validation",
      field: "kind",
      message: "Loại đơn vị không hợp lệ.",
    });
    res = await postJson(
      `/units/${commune.code}/children`,
      { ...village, name: "x".repeat(201) },
      admin,
    );
    expect((await jsonOf(res)).error.message).toBe("Tên đơn vị dài tối đa 200 ký tự.");
    res = await postJson(`/units/${commune.code}/children`, { ...village, kind: "commune" }, admin);
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error.message).toBe("Xã không thể trực thuộc xã.");
    res = await postJson(`/units/${commune.code}/children`, village, admin);
    expect(res.status).toBe(201);
    expect(await jsonOf(res)).toMatchObject({
      code: village.code,
      fullName: "Thôn Thôn 9",
      kind: "village",
    });
    res = await postJson(`/units/${commune.code}/children`, village, admin);
    expect(res.status).toBe(409);
    expect(
      (
        await postJson(
          `/units/${otherCommune.code}/children`,
          { ...village, code: "OTHER-T1" },
          admin,
        )
      ).status,
    ).toBe(403);
  });

  it("GET bodies requires a role in the unit", async () => {
    const official = await tokenFor("congchuc.xa");
    const ok = await app.request(`/api/v1/units/${commune.code}/bodies`, {
      headers: { authorization: `Bearer ${official}` },
    });
    expect(ok.status).toBe(200);
    const denied = await app.request(`/api/v1/units/${otherCommune.code}/bodies`, {
      headers: { authorization: `Bearer ${official}` },
    });
    expect(denied.status).toBe(403);
    const bad = await app.request(`/api/v1/units/${commune.code}/bodies`, {
      headers: { authorization: "Bearer coso_khong_hop_le" },
    });
    expect(bad.status).toBe(401);
  });
});

describe("admin area", () => {
  it("a unit administrator adds a village, a body and an appointment; each shows in the audit log", async () => {
    const client = new TestClient(app);
    await client.signIn("quantri.xa", TEST_PASSWORD);
    await client.get(`/quan-tri/${commune.code}/don-vi/moi`);
    let res = await client.post(`/quan-tri/${commune.code}/don-vi/moi`, {
      kind: "village",
      code: "sai mã",
      name: "",
    });
    expect(res.status).toBe(400);
    expect(client.lastBody).toContain("Tên đơn vị là bắt buộc.");
    res = await client.post(`/quan-tri/${commune.code}/don-vi/moi`, {
      kind: "village",
      code: `${commune.code}-T5`,
      name: "Năm",
      localKindName: "Thôn",
    });
    expect(res.status).toBe(303);
    await client.get(`/quan-tri/${commune.code}/to-chuc`);
    res = await client.post(`/quan-tri/${commune.code}/to-chuc`, {
      kind: "inspection_board",
      name: "Ban Thanh tra nhân dân xã",
    });
    expect(res.status).toBe(303);
    const body = await db
      .selectFrom("org_body")
      .select("id")
      .where("unit_id", "=", commune.id)
      .executeTakeFirstOrThrow();
    const person = await db
      .selectFrom("people_person")
      .select("id")
      .where("full_name", "=", "Người dùng congchuc.xa")
      .executeTakeFirstOrThrow();
    await client.get(`/quan-tri/${commune.code}/to-chuc`);
    res = await client.post(`/quan-tri/${commune.code}/to-chuc/chuc-vu`, {
      bodyId: String(body.id),
      personId: String(person.id),
      title: "head",
      termStart: "2026-01-01",
      termEnd: "2025-01-01",
    });
    expect(res.status).toBe(400);
    expect(client.lastBody).toContain("Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.");
    res = await client.post(`/quan-tri/${commune.code}/to-chuc/chuc-vu`, {
      bodyId: String(body.id),
      personId: String(person.id),
      title: "head",
      termStart: "2026-01-01",
      termEnd: "",
    });
    expect(res.status).toBe(303);
    await client.get(`/quan-tri/${commune.code}/nhat-ky`);
    for (const action of ["org.unit.created", "org.body.created", "org.position.appointed"])
      expect(client.lastBody).toContain(action);
    expect(client.lastBody).toContain("Người dùng quantri.xa");
  });

  it("an official sees the admin area but not the add-unit form; another commune's area is 403", async () => {
    const client = new TestClient(app);
    await client.signIn("congchuc.xa", TEST_PASSWORD);
    expect((await client.get(`/quan-tri/${commune.code}`)).status).toBe(200);
    expect(client.lastBody).not.toContain("Thêm đơn vị trực thuộc");
    expect((await client.get(`/quan-tri/${commune.code}/don-vi/moi`)).status).toBe(403);
    expect((await client.get(`/quan-tri/${otherCommune.code}`)).status).toBe(403);
  });
});
