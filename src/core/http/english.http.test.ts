import { beforeAll, describe, expect, it } from "vitest";
import { makeAccount, TEST_PASSWORD } from "../../modules/auth/testing/factories.ts";
import type { UnitRow } from "../../modules/org/index.ts";
import { makeCommuneTree } from "../../modules/org/testing/factories.ts";
import { makeHousehold } from "../../modules/people/testing/factories.ts";
import { TestClient, useTestApp } from "../testing/test-app.ts";

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let commune: UnitRow;
let village: UnitRow;

beforeAll(async () => {
  const t = await useTestApp();
  app = t.app;
  const tree = await makeCommuneTree(t.db, 1);
  commune = tree.commune;
  village = tree.villages[0]!;
  await makeHousehold(t.db, village, "H001");
  await makeAccount(t.db, commune, "quantri.en", "unit_admin");
});

const expectAll = (html: string, present: string[], absent: string[]) => {
  for (const s of present) expect(html, `should contain ${JSON.stringify(s)}`).toContain(s);
  for (const s of absent) expect(html, `should not contain ${JSON.stringify(s)}`).not.toContain(s);
};

describe("the administration in English", () => {
  it("labels the overview, the households page and the new-household form in English", async () => {
    const client = new TestClient(app);
    await client.signIn("quantri.en", TEST_PASSWORD);

    // Vietnamese first, as before.
    await client.get(`/quan-tri/${commune.code}`);
    expectAll(client.lastBody, ['<html lang="vi">', "Thêm đơn vị trực thuộc"], []);

    expect((await client.get(`/ngon-ngu?lang=en&next=/quan-tri/${commune.code}`)).status).toBe(303);

    const overview = await client.get(`/quan-tri/${commune.code}`);
    expect(overview.status).toBe(200);
    expectAll(
      client.lastBody,
      [
        '<html lang="en">',
        "Add a unit under it",
        "Units under it",
        'aria-label="Administration sections"',
        ">Overview<",
        ">Households<",
        "View public page",
      ],
      [
        "Thêm đơn vị trực thuộc",
        "Đơn vị trực thuộc",
        "Mục quản trị",
        "Tổng quan",
        "Xem trang công khai",
      ],
    );

    const households = await client.get(`/quan-tri/${village.code}/ho`);
    expect(households.status).toBe(200);
    expectAll(
      client.lastBody,
      [
        "Households per village today (N)",
        "Register a household",
        "Household code",
        "Representative",
        ">Search</button>",
        "Decree 13/2023/NĐ-CP, Article 38",
      ],
      [
        "Mã hộ",
        "Chủ hộ (người đại diện)",
        ">Tìm</button>",
        "Đăng ký hộ mới",
        "Thôn, tổ dân phố",
        "Nghị định",
      ],
    );

    const form = await client.get(`/quan-tri/${village.code}/ho/moi`);
    expect(form.status).toBe(200);
    expectAll(
      client.lastBody,
      [
        "<h1>Register a household</h1>",
        "Member 1",
        "Full name",
        "Relationship to the head of household",
        "Date of birth",
        ">Sex<",
        ">Male<",
        ">Female<",
        "ID number (CCCD, 12 digits)",
        "Start date",
      ],
      [
        "Họ và tên",
        "Quan hệ với chủ hộ",
        "Ngày sinh",
        "Giới tính",
        ">Nam<",
        ">Nữ<",
        "Số CCCD",
        "Thành viên",
      ],
    );

    // Validation messages stay Vietnamese (the API contract) and are marked as such.
    const bad = await client.post(`/quan-tri/${village.code}/ho/moi`, { code: "", address: "" });
    expect(bad.status).toBe(400);
    expect(client.lastBody).toContain("Please fix the following");
    expect(client.lastBody).toMatch(/<a href="#f-[^"]+" lang="vi">/);
  });
});
