import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { jsonOf, TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { householdInput, makeHousehold, nextCccd } from "../testing/factories.ts";

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let communeA: UnitRow;
let villageA: UnitRow;
let villageB: UnitRow;
let householdA: number;
let residentPersonId: number;

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  const a = await makeCommuneTree(db, 1);
  const b = await makeCommuneTree(db, 1);
  communeA = a.commune;
  villageA = a.villages[0]!;
  villageB = b.villages[0]!;
  const h = await makeHousehold(db, villageA, "H001");
  householdA = h.id;
  residentPersonId = h.personIds[0]!;
  await makeHousehold(db, villageB, "H001");
  await makeAccount(db, communeA, "canbo.a", "official");
  await makeAccount(db, b.commune, "canbo.b", "official");
  await makeAccount(db, villageA, "dan.a", undefined, residentPersonId);
});

const api = (path: string, init: RequestInit = {}, cookie?: string) =>
  app.request(`/api/v1${path}`, {
    ...init,
    headers: {
      "content-type": "application/json",
      ...(cookie ? { cookie } : {}),
      ...(init.headers ?? {}),
    },
  });

describe("households API", () => {
  it("401 without credentials", async () => {
    const res = await api(`/units/${villageA.code}/households`);
    expect(res.status).toBe(401);
    expect(await jsonOf(res)).toEqual({
      error: { code: "unauthenticated", message: "Bạn cần đăng nhập để tiếp tục." },
    });
  });

  it("404 for an unknown unit", async () => {
    const res = await api("/units/KHONG-CO/households");
    expect(res.status).toBe(404);
    expect((await jsonOf(res)).error.message).toBe("Không có đơn vị mang mã KHONG-CO.");
  });

  it("lists with a token of an official of the commune, never showing ID numbers", async () => {
    const client = new TestClient(app);
    await client.signIn("canbo.a", TEST_PASSWORD);
    await client.post("/tai-khoan/token", { name: "tích hợp" });
    const token = client.lastBody.match(/<code>(coso_[^<]+)<\/code>/)?.[1];
    expect(token).toMatch(/^coso_/);
    const res = await api(`/units/${communeA.code}/households`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const body = await jsonOf(res);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      code: "H001",
      representative: "Nguyễn Văn Chủ",
      memberCount: 2,
    });
    const one = await api(`/households/${householdA}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const detail = await jsonOf(one);
    expect(detail.members[0].idNumberMasked).toMatch(/^•{9}\d{3}$/);
    expect(JSON.stringify(detail)).not.toMatch(/\d{12}/);
  });

  it("lists people without ID numbers, and N on a date", async () => {
    const client = new TestClient(app);
    await client.signIn("canbo.a", TEST_PASSWORD);
    await client.post("/tai-khoan/token", { name: "people" });
    const token = client.lastBody.match(/<code>(coso_[^<]+)<\/code>/)?.[1];
    const res = await api(`/units/${villageA.code}/people?q=tran thi`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const body = await jsonOf(res);
    expect(body.items.map((p: { fullName: string }) => p.fullName)).toEqual(["Trần Thị Vợ"]);
    expect(Object.keys(body.items[0]).sort()).toEqual([
      "birthDate",
      "fullName",
      "householdId",
      "id",
      "sex",
      "unitCode",
    ]);
    const n = await jsonOf(await api(`/units/${villageA.code}/household-count?date=2026-01-01`));
    expect(n).toEqual({ unitCode: villageA.code, date: "2026-01-01", households: 1 });
    expect((await api(`/units/${villageA.code}/household-count?date=2026-13-01`)).status).toBe(400);
  });

  it("403 for an official of another commune, by token", async () => {
    const client = new TestClient(app);
    await client.signIn("canbo.b", TEST_PASSWORD);
    await client.post("/tai-khoan/token", { name: "b" });
    const token = client.lastBody.match(/<code>(coso_[^<]+)<\/code>/)?.[1];
    const res = await api(`/units/${villageA.code}/households`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(403);
    const one = await api(`/households/${householdA}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(one.status).toBe(403);
  });

  it("400 with a Vietnamese message for a second representative, bad ID number or missing field", async () => {
    const client = new TestClient(app);
    await client.signIn("canbo.a", TEST_PASSWORD);
    await client.post("/tai-khoan/token", { name: "c" });
    const auth = {
      authorization: `Bearer ${client.lastBody.match(/<code>(coso_[^<]+)<\/code>/)?.[1]}`,
    };
    const two = householdInput("H002");
    two.members[1]!.isRepresentative = true;
    let res = await api(`/units/${villageA.code}/households`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify(two),
    });
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error).toMatchObject({
      code: "validation",
      field: "members",
      message: "Mỗi hộ chỉ có một người đại diện (chủ hộ); đang chọn nhiều hơn một người.",
    });

    const badId = householdInput("H002");
    badId.members[0]!.idNumber = "12345";
    res = await api(`/units/${villageA.code}/households`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify(badId),
    });
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error).toMatchObject({
      field: "members.0.idNumber",
      message: "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.",
    });

    res = await api(`/units/${villageA.code}/households`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ code: "H003", validFrom: "2026-01-01", members: [] }),
    });
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error.message).toBe("Địa chỉ là bắt buộc.");

    res = await api(`/units/${villageA.code}/households`, {
      method: "POST",
      headers: auth,
      body: "{not json",
    });
    expect(res.status).toBe(400);

    const count = await db
      .selectFrom("people_household")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("unit_id", "=", villageA.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it("409 for a duplicate household code or a duplicate ID number; 201 otherwise with its audit event", async () => {
    const client = new TestClient(app);
    await client.signIn("canbo.a", TEST_PASSWORD);
    await client.post("/tai-khoan/token", { name: "d" });
    const auth = {
      authorization: `Bearer ${client.lastBody.match(/<code>(coso_[^<]+)<\/code>/)?.[1]}`,
    };
    let res = await api(`/units/${villageA.code}/households`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify(householdInput("H001")),
    });
    expect(res.status).toBe(409);
    expect((await jsonOf(res)).error.message).toBe(`Mã hộ H001 đã có trong ${villageA.code}.`);
    const id = nextCccd();
    const first = householdInput("H010");
    first.members[0]!.idNumber = id;
    res = await api(`/units/${villageA.code}/households`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify(first),
    });
    expect(res.status).toBe(201);
    const { id: newId } = await jsonOf(res);
    const dup = householdInput("H011");
    dup.members[0]!.idNumber = id;
    res = await api(`/units/${villageA.code}/households`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify(dup),
    });
    expect(res.status).toBe(409);
    const events = await db
      .selectFrom("audit_event")
      .select(["action", "actor_kind"])
      .where("subject_type", "=", "people_household")
      .where("subject_id", "=", String(newId))
      .execute();
    expect(events).toEqual([{ action: "people.household.created", actor_kind: "token" }]);
  });
});

describe("households pages", () => {
  it("redirect to sign-in when signed out; 403 page in Vietnamese for another commune", async () => {
    const anon = new TestClient(app);
    const res = await anon.get(`/quan-tri/${villageA.code}/ho`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(
      `/dang-nhap?next=${encodeURIComponent(`/quan-tri/${villageA.code}/ho`)}`,
    );
    const other = new TestClient(app);
    await other.signIn("canbo.b", TEST_PASSWORD);
    const denied = await other.get(`/quan-tri/${villageA.code}/ho`);
    expect(denied.status).toBe(403);
    expect(other.lastBody).toContain("Bạn không có quyền thực hiện thao tác này.");
  });

  it("an official adds a household through the form; a wrong form re-renders with field messages", async () => {
    const client = new TestClient(app);
    await client.signIn("canbo.a", TEST_PASSWORD);
    await client.get(`/quan-tri/${villageA.code}/ho/moi`);
    let res = await client.post(`/quan-tri/${villageA.code}/ho/moi`, {
      code: "H020",
      address: "",
      validFrom: "2026-02-30",
      "members.0.fullName": "Lê Văn Tư",
      "members.0.relation": "Chủ hộ",
      rep: "0",
    });
    expect(res.status).toBe(400);
    expect(client.lastBody).toContain("Địa chỉ là bắt buộc.");
    expect(client.lastBody).toContain("Ngày bắt đầu không phải là ngày có thật.");
    expect(client.lastBody).toContain('value="Lê Văn Tư"');
    res = await client.post(`/quan-tri/${villageA.code}/ho/moi`, {
      code: "H020",
      address: "Xóm Giữa",
      validFrom: "2026-02-01",
      "members.0.fullName": "Lê Văn Tư",
      "members.0.relation": "Chủ hộ",
      "members.0.idNumber": nextCccd(),
      "members.0.birthDate": "1980-01-01",
      rep: "0",
    });
    expect(res.status).toBe(303);
    await client.get(`/quan-tri/${villageA.code}/ho?them=1`);
    expect(client.lastBody).toContain("H020");
    expect(client.lastBody).toContain("Lê Văn Tư");
  });

  it("refuses a form without its CSRF token and writes nothing", async () => {
    const client = new TestClient(app);
    await client.signIn("canbo.a", TEST_PASSWORD);
    const res = await client.post(
      `/quan-tri/${villageA.code}/ho/moi`,
      {
        code: "H030",
        address: "x",
        validFrom: "2026-02-01",
        "members.0.fullName": "A",
        "members.0.relation": "Chủ hộ",
        rep: "0",
      },
      { csrf: null },
    );
    expect(res.status).toBe(403);
    expect(client.lastBody).toContain("biểu mẫu không hợp lệ");
    const found = await db
      .selectFrom("people_household")
      .select("id")
      .where("code", "=", "H030")
      .execute();
    expect(found).toEqual([]);
  });

  it("a resident sees their own household and nobody else's", async () => {
    const client = new TestClient(app);
    await client.signIn("dan.a", TEST_PASSWORD);
    await client.get("/cua-toi");
    expect(client.lastBody).toContain("H001");
    expect(client.lastBody).toContain("Trần Thị Vợ");
    const res = await client.get(`/quan-tri/${villageA.code}/ho`);
    expect(res.status).toBe(403);
  });

  it("logs every read of personal data (T63, NĐ 13/2023 Art 38.2)", async () => {
    const rows = await db
      .selectFrom("people_data_access")
      .select(["operation", "purpose"])
      .where("household_id", "=", householdA)
      .where("operation", "=", "read")
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });
});

describe("ID-card images (T62: sensitive data, encrypted at rest)", () => {
  it("an official uploads one; it is stored sealed, served back intact, and a PDF is refused", async () => {
    const client = new TestClient(app);
    await client.signIn("canbo.a", TEST_PASSWORD);
    await client.get(`/quan-tri/${villageA.code}/ho/${householdA}`);
    const jpeg = new Uint8Array(2048);
    jpeg.set([0xff, 0xd8, 0xff, 0xe0]);
    jpeg.set(new TextEncoder().encode("DAU-VET-ANH"), 100);
    const upload = async (bytes: Uint8Array, name: string) => {
      const form = new FormData();
      form.set("_csrf", client.csrf);
      form.set("person", String(residentPersonId));
      form.set("side", "id_card_front");
      form.set("file", new File([bytes], name));
      return app.request(`/quan-tri/${villageA.code}/ho/${householdA}/anh-cccd`, {
        method: "POST",
        body: form,
        headers: { cookie: client.cookieHeaderForTests() },
      });
    };
    const ok = await upload(jpeg, "cccd.jpg");
    expect(ok.status).toBe(303);
    const stored = await db
      .selectFrom("people_sensitive_file")
      .select(["id", "mime", "byte_size", "content_enc"])
      .where("person_id", "=", residentPersonId)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ mime: "image/jpeg", byte_size: 2048 });
    expect(stored[0]!.content_enc.includes(Buffer.from("DAU-VET-ANH"))).toBe(false);
    const back = await client.get(`/quan-tri/${villageA.code}/anh-cccd/${stored[0]!.id}`);
    expect(back.status).toBe(200);
    expect(back.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await back.arrayBuffer())).toEqual(jpeg);
    const pdf = await upload(new TextEncoder().encode("%PDF-1.7 ..."), "x.pdf");
    expect(pdf.status).toBe(400);
    expect(await pdf.text()).toContain("Ảnh CCCD phải là tệp JPEG hoặc PNG.");
  });

  it("a resident cannot see the image, even of their own household", async () => {
    const file = await db
      .selectFrom("people_sensitive_file")
      .select("id")
      .where("person_id", "=", residentPersonId)
      .executeTakeFirstOrThrow();
    const client = new TestClient(app);
    await client.signIn("dan.a", TEST_PASSWORD);
    expect((await client.get(`/quan-tri/${villageA.code}/anh-cccd/${file.id}`)).status).toBe(403);
  });
});
