import { beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { jsonOf, TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import { createUnit, type UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import type { ItemRow } from "../db/disclosure.repo.ts";
import { makeDisclosure } from "../testing/factories.ts";

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let province: UnitRow;
let commune: UnitRow;
let village: UnitRow;
let enterprise: UnitRow;
let published: ItemRow;
let internal: ItemRow;
let draft: ItemRow;

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  const tree = await makeCommuneTree(db, 1);
  ({ province, commune } = tree);
  village = tree.villages[0]!;
  const other = await makeCommuneTree(db, 1);
  enterprise = await db.transaction().execute((tx) =>
    createUnit(tx, systemContext(), commune.id, {
      code: `${commune.code}-CTY`,
      name: "Công ty May",
      kind: "enterprise",
      fullName: null,
      nameEn: null,
      localKindName: null,
      address: null,
    }),
  );
  published = await makeDisclosure(db, commune, { publishedOn: "2026-03-04", today: "2026-03-04" });
  draft = await makeDisclosure(db, commune, { input: { title: "Bản nháp chưa công bố" } });
  internal = await makeDisclosure(db, enterprise, {
    input: {
      category: "b",
      title: "Thang lương, bảng lương năm 2026",
      summary: "Thang lương mới",
      basisNumber: null,
      basisIssuer: null,
    },
    publishedOn: "2026-03-04",
    today: "2026-03-04",
  });
  await makeAccount(db, commune, "canbo.xa", "official");
  await makeAccount(db, other.commune, "canbo.khac", "official");
});

describe("public disclosure pages (Law 10/2022 Art 11–13)", () => {
  it("lists the commune's published items, and finds them by a search without diacritics", async () => {
    const list = await (await app.request(`/u/${commune.code}/cong-khai`)).text();
    expect(list).toContain("Dự toán ngân sách xã năm 2026");
    expect(list).not.toContain("Bản nháp chưa công bố");
    const found = await (
      await app.request(`/u/${commune.code}/cong-khai?q=du+toan+ngan+sach`)
    ).text();
    expect(found).toContain(`/u/${commune.code}/cong-khai/${published.id}`);
    const none = await (await app.request(`/u/${commune.code}/cong-khai?q=quan+su`)).text();
    expect(none).toContain("Chưa có nội dung công khai phù hợp.");
    const byCategory = await (await app.request(`/u/${commune.code}/cong-khai?linh-vuc=9`)).text();
    expect(byCategory).not.toContain(`/cong-khai/${published.id}"`);
  });

  it("the list page is the same signed in (unit first, then the page) as anonymous (all in one statement); an unknown code is 404", async () => {
    const anonymous = await (await app.request(`/u/${commune.code}/cong-khai`)).text();
    const official = new TestClient(app);
    await official.signIn("canbo.xa", TEST_PASSWORD);
    expect((await official.get(`/u/${commune.code}/cong-khai`)).status).toBe(200);
    for (const html of [anonymous, official.lastBody]) {
      expect(html).toContain(`<a href="/u/${commune.code}/cong-khai/${published.id}">`);
      expect(html).not.toContain("Bản nháp chưa công bố");
      expect(html).toContain(`<option value="${village.id}">${village.full_name}</option>`);
      expect(html).toContain(`<a href="/u/${province.code}">${province.name}</a>`);
    }
    const unknown = await app.request("/u/00000/cong-khai");
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("Không có đơn vị mang mã 00000.");
  });

  it("an enterprise's list of internal items: sign-in first for anonymous visitors, shown to an official overseeing it, refused to one of another commune", async () => {
    const anonymous = await app.request(`/u/${enterprise.code}/cong-khai`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(
      `/dang-nhap?next=${encodeURIComponent(`/u/${enterprise.code}/cong-khai`)}`,
    );
    const mine = new TestClient(app);
    await mine.signIn("canbo.xa", TEST_PASSWORD);
    expect((await mine.get(`/u/${enterprise.code}/cong-khai`)).status).toBe(200);
    expect(mine.lastBody).toContain(`<a href="/u/${enterprise.code}/cong-khai/${internal.id}">`);
    const other = new TestClient(app);
    await other.signIn("canbo.khac", TEST_PASSWORD);
    expect((await other.get(`/u/${enterprise.code}/cong-khai`)).status).toBe(403);
  });

  it("an item page with its basis; a draft is not found", async () => {
    const page = await app.request(`/u/${commune.code}/cong-khai/${published.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("25/NQ-HĐND — 02/03/2026 — Hội đồng nhân dân xã");
    expect(html).toContain("Tổng chi ngân sách: 12.500 triệu đồng.");
    expect((await app.request(`/u/${commune.code}/cong-khai/${draft.id}`)).status).toBe(404);
  });

  it("the printable A4 notice carries a QR code to the online page", async () => {
    const html = await (
      await app.request(`/u/${commune.code}/cong-khai/${published.id}/in`)
    ).text();
    expect(html).toContain("<svg");
    expect(html).toMatch(/<title>Mã QR dẫn tới trang [^<]*\/u\/[^<]*\/cong-khai\/\d+<\/title>/);
    expect(html).toContain("Dự toán ngân sách xã năm 2026");
  });

  it("an Atom feed of the commune's public items", async () => {
    const res = await app.request(`/u/${commune.code}/cong-khai.atom`);
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await res.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain("<title>Dự toán ngân sách xã năm 2026</title>");
    expect(xml).not.toContain("Bản nháp");
  });

  it("an enterprise's internal items are refused to anonymous visitors with a clear message (Art 64, NĐ 145 Art 43)", async () => {
    const page = await app.request(`/u/${enterprise.code}/cong-khai/${internal.id}`);
    expect(page.status).toBe(303);
    const api = await app.request(`/api/v1/disclosures/${internal.id}`);
    expect(api.status).toBe(401);
    expect((await jsonOf(api)).error.message).toBe(
      "Thông tin này chỉ công khai nội bộ cho cán bộ, người lao động của đơn vị và cơ quan giám sát. Vui lòng đăng nhập.",
    );
    const list = await app.request(`/api/v1/units/${enterprise.code}/disclosures`);
    expect(list.status).toBe(401);
  });

  it("…and shown to an official of the commune overseeing it, not to one of another commune", async () => {
    const mine = new TestClient(app);
    await mine.signIn("canbo.xa", TEST_PASSWORD);
    expect((await mine.get(`/u/${enterprise.code}/cong-khai/${internal.id}`)).status).toBe(200);
    expect(mine.lastBody).toContain("Thang lương, bảng lương năm 2026");
    const other = new TestClient(app);
    await other.signIn("canbo.khac", TEST_PASSWORD);
    expect((await other.get(`/u/${enterprise.code}/cong-khai/${internal.id}`)).status).toBe(403);
  });
});

describe("disclosure API", () => {
  it("lists and reads public items without credentials", async () => {
    const list = await jsonOf(
      await app.request(`/api/v1/units/${commune.code}/disclosures?q=du%20toan`),
    );
    expect(list.items.map((i: { id: number }) => i.id)).toContain(published.id);
    const one = await jsonOf(await app.request(`/api/v1/disclosures/${published.id}`));
    expect(one).toMatchObject({
      id: published.id,
      status: "published",
      publishDue: "2026-03-09",
      basis: { number: "25/NQ-HĐND", date: "2026-03-02" },
    });
    expect((await app.request(`/api/v1/units/${commune.code}/disclosures?year=abc`)).status).toBe(
      400,
    );
    expect((await app.request(`/api/v1/disclosures/${draft.id}`)).status).toBe(404);
  });

  it("compliance needs an official of the unit or above: 401, 403, 200", async () => {
    expect((await app.request(`/api/v1/units/${commune.code}/disclosure-compliance`)).status).toBe(
      401,
    );
    const token = async (u: string) => {
      const c = new TestClient(app);
      await c.signIn(u, TEST_PASSWORD);
      await c.post("/tai-khoan/token", { name: "t" });
      return c.lastBody.match(/<code>(coso_[^<]+)<\/code>/)![1]!;
    };
    const other = await token("canbo.khac");
    expect(
      (
        await app.request(`/api/v1/units/${commune.code}/disclosure-compliance`, {
          headers: { authorization: `Bearer ${other}` },
        })
      ).status,
    ).toBe(403);
    const mine = await token("canbo.xa");
    const res = await app.request(`/api/v1/units/${commune.code}/disclosure-compliance`, {
      headers: { authorization: `Bearer ${mine}` },
    });
    expect(res.status).toBe(200);
    const body = await jsonOf(res);
    expect(body.units.find((u: { code: string }) => u.code === commune.code)).toMatchObject({
      published: 1,
    });
  });
});

describe("admin forms: bad input", () => {
  it("publishing without a category or basis date re-renders with messages; nothing is written", async () => {
    const client = new TestClient(app);
    await client.signIn("canbo.xa", TEST_PASSWORD);
    await client.get(`/quan-tri/${commune.code}/cong-khai/moi`);
    const res = await client.post(`/quan-tri/${commune.code}/cong-khai/moi`, {
      category: "",
      title: "Thiếu",
      basisDate: "",
    });
    expect(res.status).toBe(400);
    expect(client.lastBody).toContain("Chọn lĩnh vực công khai.");
    expect(client.lastBody).toContain("Ngày của văn bản căn cứ là bắt buộc.");
    const rows = await db
      .selectFrom("disclosure_item")
      .select("id")
      .where("title", "=", "Thiếu")
      .execute();
    expect(rows).toEqual([]);
  });

  it("an attachment of the wrong type is refused; editing a published item is refused", async () => {
    const client = new TestClient(app);
    await client.signIn("canbo.xa", TEST_PASSWORD);
    await client.get(`/quan-tri/${commune.code}/cong-khai/${draft.id}`);
    const form = new FormData();
    form.set("_csrf", client.csrf);
    form.set("file", new File([new TextEncoder().encode("MZ executable")], "virus.exe"));
    const res = await app.request(`/quan-tri/${commune.code}/cong-khai/${draft.id}/tep`, {
      method: "POST",
      body: form,
      headers: { cookie: client.cookieHeaderForTests() },
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(
      "Chỉ nhận tệp PDF, ảnh JPEG, PNG hoặc tài liệu Word (.docx).",
    );
    await client.get(`/quan-tri/${commune.code}/cong-khai/${published.id}`);
    const edit = await client.post(`/quan-tri/${commune.code}/cong-khai/${published.id}`, {
      category: "2",
      title: "Sửa lén",
      basisDate: "2026-03-02",
    });
    expect(edit.status).toBe(409);
    expect(client.lastBody).toContain("không được sửa trực tiếp");
  });
});

describe("R97 (NĐ 145/2020 Art 43): the employer's channels per item", () => {
  it("flags items without a channel until each of the 7 has one", async () => {
    await makeAccount(db, enterprise, "quantri.cty", "unit_admin");
    const client = new TestClient(app);
    await client.signIn("quantri.cty", TEST_PASSWORD);
    await client.get(`/quan-tri/${enterprise.code}/cong-khai/hinh-thuc`);
    expect(client.lastBody).toContain(
      "Quy chế dân chủ chưa quy định hình thức công khai cho nội dung a, b, c, d, đ, e, g (R97, NĐ 145/2020 Điều 43).",
    );
    const body = new URLSearchParams({ _csrf: client.csrf });
    for (const k of ["a", "b", "c", "d", "đ", "e"]) body.append(`forms.${k}`, "workplace_board");
    const res = await app.request(`/quan-tri/${enterprise.code}/cong-khai/hinh-thuc`, {
      method: "POST",
      headers: {
        cookie: client.cookieHeaderForTests(),
        "content-type": "application/x-www-form-urlencoded",
      },
      body: body.toString(),
    });
    expect(res.status).toBe(303);
    await client.get(`/quan-tri/${enterprise.code}/cong-khai/hinh-thuc`);
    expect(client.lastBody).toContain("cho nội dung g (R97");
  });
});

describe("the item's compliance table for officials", () => {
  it("names each village rather than its id (R7, Art 13.2)", async () => {
    const client = new TestClient(app);
    await client.signIn("canbo.xa", TEST_PASSWORD);
    await client.get(`/quan-tri/${commune.code}/cong-khai/${published.id}`);
    const village = await db
      .selectFrom("org_unit")
      .select("full_name")
      .where("parent_id", "=", commune.id)
      .where("kind", "=", "village")
      .executeTakeFirstOrThrow();
    expect(client.lastBody).toContain(`điểm sinh hoạt cộng đồng của ${village.full_name}`);
    expect(client.lastBody).not.toMatch(/thôn #\d+/);
  });
});
