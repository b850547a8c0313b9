import { beforeAll, describe, expect, it } from "vitest";
import { parseLocalDate, plusDays } from "../../../../core/calendar/index.ts";
import type { Db } from "../../../../core/db/database.ts";
import { TestClient, useTestApp } from "../../../../core/testing/test-app.ts";
import { todayInVietnam } from "../../../../core/validation.ts";
import { makeAccount, TEST_PASSWORD } from "../../../auth/testing/factories.ts";
import { makeProvinceTree } from "../../testing/factories.ts";

// The report pages over HTTP, without JavaScript (issue #6 §2–§4): the calendar form, opening a
// thematic round, a commune's pre-filled draft saved and submitted, the author refused approval of
// its own report, the province returning it (a comment required) and approving it; the round, the
// consolidated report with its chart, Word and Excel files, the drill-down; 403 and CSRF.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let t: Awaited<ReturnType<typeof makeProvinceTree>>;
let today: string;

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  t = await makeProvinceTree(db, 1);
  await makeAccount(db, t.province, "bc.tinh", "official");
  await makeAccount(db, t.commune, "bc.xa", "official");
  await makeAccount(db, t.commune, "bc.dan");
  today = todayInVietnam();
});

const day = (n: number) => plusDays(parseLocalDate(today), n);
const clients = new Map<string, TestClient>();
async function as(username: string) {
  const known = clients.get(username);
  if (known) return known;
  const client = new TestClient(app);
  await client.signIn(username, TEST_PASSWORD);
  clients.set(username, client);
  return client;
}

let roundPath: string;
let reportId: number;

describe("issue #6 §2 — calendars and rounds, from the issuer's pages", () => {
  it("shows the calendar form with seed 003's dates and saves it (R99)", async () => {
    const p = await as("bc.tinh");
    expect((await p.get(`/quan-tri/${t.province.code}/bao-cao/lich`)).status).toBe(200);
    expect(p.lastBody).toMatch(/name="six_months_day"[^>]*value="10"/);
    const form: Record<string, string> = {
      issuer: "Ban Thường vụ Tỉnh ủy",
      source: "Công văn 109-CV/ĐU, mục 7",
      effectiveFrom: today,
      monthsEarlier: "1",
      cutOffDay: "",
      six_months_on: "on",
      six_months_day: "10",
      six_months_month: "6",
      six_months_wording: "before",
      year_on: "on",
      year_day: "10",
      year_month: "12",
      year_wording: "before",
      autoTarget: "commune_level",
      openDaysAhead: "20",
    };
    expect((await p.post(`/quan-tri/${t.province.code}/bao-cao/lich`, form)).status).toBe(303);
    const saved = await db
      .selectFrom("reporting_calendar")
      .select(["auto_target", "open_days_ahead"])
      .executeTakeFirstOrThrow();
    expect(saved).toEqual({ auto_target: "commune_level", open_days_ahead: 20 });
    const bad = await p.post(`/quan-tri/${t.province.code}/bao-cao/lich`, {
      ...form,
      six_months_day: "31",
    });
    expect(bad.status).toBe(400);
    expect(p.lastBody).toContain("không có trong mọi năm");
  });

  it("opens a thematic round for every commune-level unit", async () => {
    const p = await as("bc.tinh");
    await p.get(`/quan-tri/${t.province.code}/bao-cao/ky/moi`);
    const missing = await p.post(`/quan-tri/${t.province.code}/bao-cao/ky/moi`, {
      mode: "thematic",
      target: "commune_level",
    });
    expect(missing.status).toBe(400);
    const res = await p.post(`/quan-tri/${t.province.code}/bao-cao/ky/moi`, {
      mode: "thematic",
      target: "commune_level",
      title: "Kết quả tiếp nhận phản ánh",
      from: day(-40),
      to: day(-10),
      dueDate: day(10),
      wording: "by",
    });
    expect(res.status).toBe(303);
    roundPath = res.headers.get("location") as string;
    expect((await p.get(roundPath)).status).toBe(200);
    expect(p.lastBody).toContain(t.commune.name);
    reportId = (
      await db
        .selectFrom("reporting_report")
        .select("id")
        .where("unit_id", "=", t.commune.id)
        .executeTakeFirstOrThrow()
    ).id;
  });
});

describe("issue #6 §3 — the commune's pre-filled draft, submission, review", () => {
  it("fills the figures, saves the text and submits", async () => {
    const x = await as("bc.xa");
    expect((await x.get(`/quan-tri/${t.commune.code}/bao-cao`)).status).toBe(200);
    expect(x.lastBody).toContain("Kết quả tiếp nhận phản ánh");
    const page = `/quan-tri/${t.commune.code}/bao-cao/${reportId}`;
    await x.get(page);
    expect(x.lastBody).toContain("Lấy số liệu từ hệ thống");
    expect((await x.post(`${page}/lay-so-lieu`, {})).status).toBe(303);
    await x.get(page);
    expect(x.lastBody).toContain("Hệ thống tính");
    const save = await x.post(`${page}/luu`, { s_I: "Xã có một thôn.", s_V: "Tiếp tục." });
    expect(save.status).toBe(303);
    expect((await x.post(`${page}/gui`, {})).status).toBe(303);
    await x.get(page);
    expect(x.lastBody).toContain("Đã gửi");
    expect(x.lastBody).toContain("Xã có một thôn.");
  });

  it("refuses the author's own approval with the rule's message (bad input)", async () => {
    const x = await as("bc.xa");
    await x.get(`/quan-tri/${t.commune.code}/bao-cao/${reportId}`);
    const res = await x.post(`/quan-tri/${t.commune.code}/bao-cao/${reportId}/duyet`, {});
    expect(res.status).toBe(403);
    expect(x.lastBody).toContain("Không được tự duyệt");
  });

  it("the province returns it with a comment, the commune sends it again, the province approves", async () => {
    const p = await as("bc.tinh");
    const page = `/quan-tri/${t.province.code}/bao-cao/${reportId}`;
    await p.get(page);
    expect(p.lastBody).toContain("Trả lại để bổ sung");
    expect((await p.post(`${page}/tra-lai`, { comment: "" })).status).toBe(400);
    expect((await p.post(`${page}/tra-lai`, { comment: "Bổ sung mục III." })).status).toBe(303);
    const x = await as("bc.xa");
    const own = `/quan-tri/${t.commune.code}/bao-cao/${reportId}`;
    await x.get(own);
    expect(x.lastBody).toContain("Bổ sung mục III.");
    expect((await x.post(`${own}/luu`, { s_III: "Đã bổ sung." })).status).toBe(303);
    expect((await x.post(`${own}/gui`, {})).status).toBe(303);
    await p.get(page);
    expect((await p.post(`${page}/duyet`, {})).status).toBe(303);
    await p.get(page);
    expect(p.lastBody).toContain("Đã duyệt");
  });
});

describe("issue #6 §4, §7 — consolidated report, drill-down, files", () => {
  it("shows the consolidated figures with an SVG chart, as Word and Excel", async () => {
    const p = await as("bc.tinh");
    expect((await p.get(`${roundPath}/tong-hop`)).status).toBe(200);
    expect(p.lastBody).toContain("Báo cáo tổng hợp");
    expect(p.lastBody).toContain("<svg");
    const docx = await app.request(`${roundPath}/tong-hop.docx`, {
      headers: { cookie: p.cookieHeaderForTests() },
    });
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toContain("wordprocessingml");
    const xlsx = await app.request(`${roundPath}/tong-hop.xlsx`, {
      headers: { cookie: p.cookieHeaderForTests() },
    });
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const own = await app.request(`/quan-tri/${t.province.code}/bao-cao/${reportId}/van-ban.docx`, {
      headers: { cookie: p.cookieHeaderForTests() },
    });
    expect(own.status).toBe(200);
  });

  it("drills down from the province's completeness view", async () => {
    const key = (
      await db.selectFrom("reporting_round").select("period_key").executeTakeFirstOrThrow()
    ).period_key;
    const p = await as("bc.tinh");
    const res = await p.get(
      `/quan-tri/${t.province.code}/bao-cao/tien-do?ky=${encodeURIComponent(key)}`,
    );
    expect(res.status).toBe(200);
    expect(p.lastBody).toContain(t.commune2.name);
    expect(p.lastBody).toContain("Đúng hạn");
  });

  it("keeps residents out, and wants the CSRF token", async () => {
    const d = await as("bc.dan");
    expect((await d.get(`/quan-tri/${t.commune.code}/bao-cao`)).status).toBe(403);
    const x = await as("bc.xa");
    await x.get(`/quan-tri/${t.commune.code}/bao-cao`);
    const res = await x.post(
      `/quan-tri/${t.commune.code}/bao-cao/${reportId}/gui`,
      {},
      { csrf: null },
    );
    expect(res.status).toBe(403);
  });
});
