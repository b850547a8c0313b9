import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { facts, field, launchBrowser, signIn, tableRows, textOf } from "./support/browser.ts";
import { startServer } from "./support/server.ts";

// The "Done when" journeys, in Debian's Chromium against the real platform over a
// PostgreSQL database holding the demo data; each journey once with JavaScript and once without.

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Today in Vietnam (UTC+7), as the forms prefill it. */
const todayInVietnam = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

async function personName(username: string): Promise<string> {
  const rows = await server.db.query<{ full_name: string }>(
    "select p.full_name from auth_account a join people_person p on p.id = a.person_id where a.username = $1",
    [username],
  );
  expect(rows).toHaveLength(1);
  return rows[0]!.full_name;
}

const h1 = (page: Page) => textOf(page.locator("h1"));
const path = (page: Page) => {
  const u = new URL(page.url());
  return `${u.pathname}${u.search}`;
};

const VARIANTS = [
  {
    js: true,
    label: "with JavaScript",
    village: { code: "99001-T05", name: "Bắc Sơn" },
    cccd: "001080123456",
  },
  {
    js: false,
    label: "with JavaScript disabled",
    village: { code: "99001-T06", name: "Nam Sơn" },
    cccd: "001080654321",
  },
];

for (const v of VARIANTS) {
  describe(v.label, () => {
    async function newPage(): Promise<Page> {
      const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled: v.js });
      return context.newPage();
    }

    it("a commune official adds a village, then a household in it, and sees both in the audit log", async () => {
      const page = await newPage();
      const official = await personName("xa.chutich");
      await signIn(page, "xa.chutich");
      expect(path(page)).toBe("/cua-toi");
      expect(await h1(page)).toBe(`Xin chào, ${official}`);
      // Plain HTML: no page sends a script.
      expect(await page.locator("script").count()).toBe(0);

      // The commune's admin page → "Thêm đơn vị trực thuộc".
      const overview = await page.goto("/quan-tri/99001");
      expect(overview?.status()).toBe(200);
      expect(await h1(page)).toBe("Xã Thanh Bình");
      await page.getByRole("link", { name: "Thêm đơn vị trực thuộc" }).click();
      await page.waitForURL("**/quan-tri/99001/don-vi/moi");
      expect(await h1(page)).toBe("Thêm đơn vị trực thuộc");
      await field(page, "Loại").selectOption("village");
      await field(page, "Mã").fill(v.village.code);
      await field(page, "Tên").fill(v.village.name);
      await field(page, "Tên gọi địa phương (thôn, ấp, bản, buôn, tổ dân phố, khu phố…)").fill(
        "Thôn",
      );
      await page.getByRole("button", { name: "Thêm đơn vị trực thuộc" }).click();
      await page.waitForURL("**/quan-tri/99001?them=1");
      expect(await textOf(page.getByRole("status"))).toBe("Đã thêm đơn vị.");
      const children = await tableRows(page, "Đơn vị trực thuộc");
      expect(children.filter((r) => r[0] === v.village.code)).toEqual([
        [v.village.code, v.village.name, "Thôn"],
      ]);

      // The new village → its households tab → "Đăng ký hộ mới".
      await page.getByRole("link", { name: v.village.name, exact: true }).click();
      await page.waitForURL(`**/quan-tri/${v.village.code}`);
      expect(await h1(page)).toBe(`Thôn ${v.village.name}`);
      await page
        .getByRole("navigation", { name: "Mục quản trị" })
        .getByRole("link", { name: "Hộ gia đình" })
        .click();
      await page.waitForURL(`**/quan-tri/${v.village.code}/ho`);
      expect(await textOf(page.locator(".empty-title"))).toBe("Chưa có hộ nào trong sổ.");
      await page.getByRole("link", { name: "Đăng ký hộ mới" }).click();
      await page.waitForURL(`**/quan-tri/${v.village.code}/ho/moi`);
      expect(await h1(page)).toBe("Đăng ký hộ mới");

      const today = todayInVietnam();
      const address = `Số 7, Thôn ${v.village.name}, Xã Thanh Bình`;
      const head = v.js ? "Nguyễn Văn Bình" : "Trần Văn Hải";
      await field(page, "Mã hộ").fill("H001");
      expect(await field(page, "Ngày bắt đầu").inputValue()).toBe(today);
      await field(page, "Địa chỉ").fill(address);
      const first = page.getByRole("group", { name: "Thành viên 1" });
      await field(first, "Họ và tên").fill(head);
      expect(await field(first, "Quan hệ với chủ hộ").inputValue()).toBe("Chủ hộ");
      await field(first, "Ngày sinh").fill("1980-05-12");
      await field(first, "Giới tính").selectOption("male");
      await field(first, "Số CCCD (12 chữ số)").fill(v.cccd);
      await first.getByRole("radio", { name: "Chủ hộ (người đại diện)" }).check();
      await page.getByRole("button", { name: "Đăng ký hộ mới" }).click();
      await page.waitForURL(`**/quan-tri/${v.village.code}/ho?them=1`);
      expect(await textOf(page.getByRole("status"))).toBe("Đã đăng ký hộ.");
      expect(await tableRows(page, "Hộ gia đình")).toEqual([
        ["H001", v.village.name, head, "1", address],
      ]);
      expect(await tableRows(page, "Số hộ theo thôn, tổ dân phố hôm nay (N)")).toEqual([
        [v.village.name, "1"],
      ]);

      // The household page masks the ID number: only its last three digits are shown.
      await page.getByRole("link", { name: "H001", exact: true }).click();
      await page.waitForURL(new RegExp(`/quan-tri/${v.village.code}/ho/\\d+$`));
      const members = await tableRows(page, "Thành viên");
      expect(members.map((r) => r.slice(1, 6))).toEqual([
        [
          `${head} Chủ hộ (người đại diện)`,
          "Chủ hộ",
          "12/05/1980",
          "Nam",
          `•••••••••${v.cccd.slice(-3)} Xem số CCCD`,
        ],
      ]);
      expect(await page.content()).not.toContain(v.cccd);
      // Revealing it is a deliberate, logged act: a plain form post.
      await page.getByRole("button", { name: "Xem số CCCD" }).click();
      await page.waitForURL(new RegExp(`/quan-tri/${v.village.code}/ho/\\d+/cccd$`));
      expect((await tableRows(page, "Thành viên")).map((r) => r[5])).toEqual([v.cccd]);

      // The commune's audit log: both changes, newest first, under the official's name.
      const log = await page.goto("/quan-tri/99001/nhat-ky");
      expect(log?.status()).toBe(200);
      const events = await tableRows(page, "Nhật ký thay đổi");
      const [householdEvent, unitEvent] = events;
      expect(householdEvent?.slice(2)).toEqual([
        v.village.name,
        official,
        "people.household.created",
        `code: H001; address: ${address}; members: 1; validFrom: ${today}`,
      ]);
      expect(unitEvent?.slice(2)).toEqual([
        v.village.name,
        official,
        "org.unit.created",
        `code: ${v.village.code}; kind: village; name: ${v.village.name}; parentCode: 99001`,
      ]);
      expect(Number(householdEvent?.[0])).toBeGreaterThan(Number(unitEvent?.[0]));
      expect(householdEvent?.[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    });

    it("a resident signs in and sees their household", async () => {
      const page = await newPage();
      const resident = await personName("dan.thondong");
      await signIn(page, "dan.thondong");
      expect(path(page)).toBe("/cua-toi");
      expect(await page.locator("script").count()).toBe(0);
      expect(await h1(page)).toBe(`Xin chào, ${resident}`);
      expect(await facts(page)).toEqual([
        ["Mã hộ", "H001"],
        ["Thôn, tổ dân phố", "Thôn Tây"],
        ["Địa chỉ", "Số 1, Thôn Tây, Xã Thanh Bình"],
      ]);
      expect(await page.getByRole("link", { name: "Thôn Tây" }).first().getAttribute("href")).toBe(
        "/u/99001-T02",
      );
      const expected = await server.db.query<{
        full_name: string;
        relation: string;
        is_representative: boolean;
      }>(
        `select p.full_name, m.relation, m.is_representative
           from people_household_member m
           join people_household h on h.id = m.household_id
           join org_unit u on u.id = h.unit_id
           join people_person p on p.id = m.person_id
          where u.code = '99001-T02' and h.code = 'H001' and m.valid_to is null`,
      );
      expect(expected.length).toBeGreaterThan(1);
      expect(expected.filter((m) => m.is_representative).map((m) => m.full_name)).toEqual([
        resident,
      ]);
      const shown = await tableRows(page, "Thành viên");
      const sort = (rows: string[][]) =>
        [...rows].sort((a, b) => a.join("|").localeCompare(b.join("|")));
      expect(sort(shown)).toEqual(
        sort(
          expected.map((m) => [
            m.full_name,
            m.relation,
            m.is_representative ? "Chủ hộ (người đại diện)" : "",
          ]),
        ),
      );
    });

    it("a user of one commune gets 403 on another commune's households", async () => {
      const page = await newPage();
      await signIn(page, "phuong.chutich");
      // Their own ward's households open…
      const own = await page.goto("/quan-tri/99002/ho");
      expect(own?.status()).toBe(200);
      expect(await h1(page)).toBe("Phường Hòa An");
      // …another commune's, and its villages', do not.
      for (const url of ["/quan-tri/99001/ho", "/quan-tri/99001-T01/ho"]) {
        const res = await page.goto(url);
        expect(res?.status(), url).toBe(403);
        expect(path(page)).toBe(url);
        expect(await page.title()).toBe("Không có quyền truy cập — Cơ Sở");
        expect(await h1(page)).toBe("Không có quyền truy cập");
        expect(await textOf(page.locator("main .lead"))).toBe(
          "Bạn không có quyền thực hiện thao tác này.",
        );
        expect(await page.locator("main table").count()).toBe(0);
      }
    });
  });
}
