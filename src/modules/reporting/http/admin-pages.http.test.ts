import { beforeAll, describe, expect, it } from "vitest";
import { parseLocalDate, plusDays } from "../../../core/calendar/index.ts";
import type { Db } from "../../../core/db/database.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import type { UnitRow } from "../../org/index.ts";
import { remindTasks } from "../commands/remind-tasks.ts";
import { calendar, makeProvinceTree, PDF } from "../testing/factories.ts";

// The directive pages over HTTP, without JavaScript: the list (sign-in, 403 for another unit or
// no role, overdue flagged), the new-directive form (400 with the field's message, 303 to the
// draft), issuing and withdrawing (409 twice), a unit's task page with its forms (acknowledge,
// progress with evidence, done), 403 for another unit's task, and CSRF.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let t: Awaited<ReturnType<typeof makeProvinceTree>>;
let today: string;

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  t = await makeProvinceTree(db, 1);
  await makeAccount(db, t.province, "cd.tinh", "official");
  await makeAccount(db, t.province, "cd.gs", "oversight");
  await makeAccount(db, t.commune, "cd.xa", "official");
  await makeAccount(db, t.commune2, "cd.xa2", "official");
  await makeAccount(db, t.commune, "cd.dan");
  today = todayInVietnam();
});

const day = (n: number) => plusDays(parseLocalDate(today), n);
const vn = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const clients = new Map<string, TestClient>();
async function as(username: string) {
  const known = clients.get(username);
  if (known) return known;
  const client = new TestClient(app);
  await client.signIn(username, TEST_PASSWORD);
  clients.set(username, client);
  return client;
}

/** Posts a multipart form with files as `client`, with its CSRF token. */
async function postFiles(
  client: TestClient,
  path: string,
  fields: Record<string, string>,
  files: File[],
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const f of files) form.append("files", f);
  form.set("_csrf", client.csrf);
  const res = await app.request(path, {
    method: "POST",
    headers: { cookie: client.cookieHeaderForTests() },
    body: form,
  });
  client.lastBody = await res.clone().text();
  return res;
}

const draftForm = (over: Record<string, string> = {}) => ({
  kind: "cong_van",
  variant: "party",
  symbol: "CV/ĐU",
  issuerBodyId: "",
  issuedOn: "",
  title: "Về việc thực hiện dân chủ ở cơ sở",
  body: "Đề nghị các xã triển khai.",
  "tasks.0.title": "Báo cáo 6 tháng",
  "tasks.0.description": "",
  "tasks.0.dueOn": day(7),
  "tasks.0.target": "kind",
  "tasks.0.unitCode": "",
  "tasks.0.kind": "commune",
  // A spare row left blank is not saved.
  "tasks.1.title": "",
  "tasks.1.description": "",
  "tasks.1.dueOn": "",
  "tasks.1.target": "unit",
  "tasks.1.unitCode": "",
  "tasks.1.kind": "",
  ...over,
});

/** Drafts and issues a province directive through the pages; returns its id. */
async function issueThroughPages(over: Record<string, string> = {}, issuedOn = today) {
  const p = await as("cd.tinh");
  await p.get(`/quan-tri/${t.province.code}/chi-dao/moi`);
  const res = await p.post(`/quan-tri/${t.province.code}/chi-dao/moi`, draftForm(over));
  expect(res.status).toBe(303);
  const location = res.headers.get("location") as string;
  const id = Number(location.split("/").pop());
  await p.get(location);
  expect((await p.post(`${location}/ban-hanh`, { issuedOn, number: "" })).status).toBe(303);
  return id;
}

const assignmentId = async (directiveId: number, unit: UnitRow) =>
  (
    await db
      .selectFrom("reporting_task_assignment")
      .select("id")
      .where("directive_id", "=", directiveId)
      .where("unit_id", "=", unit.id)
      .executeTakeFirstOrThrow()
  ).id;

describe("the directives page of a unit", () => {
  it("asks for sign-in; 403 for another commune and an account without a role; 404 for no unit", async () => {
    const path = `/quan-tri/${t.commune.code}/chi-dao`;
    const anonymous = await new TestClient(app).get(path);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toMatch(/^\/dang-nhap/);
    expect((await (await as("cd.xa2")).get(path)).status).toBe(403);
    expect((await (await as("cd.dan")).get(path)).status).toBe(403);
    expect((await (await as("cd.xa")).get("/quan-tri/khong-co/chi-dao")).status).toBe(404);
  });

  it("shows a commune its tasks with the overdue one flagged; the province its directives and who is late", async () => {
    const id = await issueThroughPages({ "tasks.0.dueOn": day(-1) }, day(-3));
    await remindTasks(db, calendar, today);
    const commune = await as("cd.xa");
    await commune.get(
      `/quan-tri/${t.commune.code}/chi-dao/nhiem-vu/${await assignmentId(id, t.commune)}`,
    );
    expect(commune.lastBody).toContain(
      `Đã nhắc ngày ${vn(today)}: nhiệm vụ đã quá hạn; cơ quan giao nhiệm vụ đã được báo.`,
    );
    const res = await commune.get(`/quan-tri/${t.commune.code}/chi-dao`);
    expect(res.status).toBe(200);
    const html = commune.lastBody;
    expect(html).toContain("Nhiệm vụ được giao cho đơn vị");
    expect(html).toContain(
      `href="/quan-tri/${t.commune.code}/chi-dao/nhiem-vu/${await assignmentId(id, t.commune)}"`,
    );
    expect(html).toContain('<span class="badge badge-bad">Quá hạn</span>');
    // The province's oversight reads the commune's page but drafts nothing.
    await (await as("cd.gs")).get(`/quan-tri/${t.commune.code}/chi-dao`);
    expect((await as("cd.gs")).lastBody).toContain("Quá hạn");
    expect((await as("cd.gs")).lastBody).not.toContain("Soạn văn bản chỉ đạo mới");
    const province = await as("cd.tinh");
    await province.get(`/quan-tri/${t.province.code}/chi-dao`);
    expect(province.lastBody).toContain("Soạn văn bản chỉ đạo mới");
    expect(province.lastBody).toContain(`href="/quan-tri/${t.province.code}/chi-dao/${id}"`);
    expect(province.lastBody).toContain("Nhiệm vụ quá hạn theo đơn vị");
    expect(province.lastBody).toContain(
      `<a href="/quan-tri/${t.commune.code}/chi-dao">${t.commune.name}</a>`,
    );
  });
});

describe("drafting and issuing through the pages", () => {
  it("the form: 403 for oversight; 400 with the field's message; 303 to the draft", async () => {
    expect((await (await as("cd.gs")).get(`/quan-tri/${t.province.code}/chi-dao/moi`)).status).toBe(
      403,
    );
    const p = await as("cd.tinh");
    const form = await p.get(`/quan-tri/${t.province.code}/chi-dao/moi`);
    expect(form.status).toBe(200);
    expect(p.lastBody).toContain('<label for="f-symbol">');
    expect(p.lastBody).toContain("<legend>Nhiệm vụ 1</legend>");
    const bad = await p.post(
      `/quan-tri/${t.province.code}/chi-dao/moi`,
      draftForm({ symbol: "CV-ĐU" }),
    );
    expect(bad.status).toBe(400);
    expect(p.lastBody).toContain("Ký hiệu “CV-ĐU” không đúng dạng");
    expect(p.lastBody).toContain('value="CV-ĐU"');
    const outside = await p.post(
      `/quan-tri/${t.province.code}/chi-dao/moi`,
      draftForm({ "tasks.0.target": "unit", "tasks.0.unitCode": t.outside.code }),
    );
    expect(outside.status).toBe(400);
    expect(p.lastBody).toContain('href="#f-tasks.0.unitCode"');
    const missing = await p.post(
      `/quan-tri/${t.province.code}/chi-dao/moi`,
      draftForm({ title: "" }),
    );
    expect(missing.status).toBe(400);
    expect(p.lastBody).toContain("Trích yếu là bắt buộc.");
  });

  it("issues with the next number, shows each unit's status; issuing twice is 409; withdrawing needs a reason", async () => {
    const id = await issueThroughPages();
    const p = await as("cd.tinh");
    const page = `/quan-tri/${t.province.code}/chi-dao/${id}`;
    expect((await p.get(page)).status).toBe(200);
    expect(p.lastBody).toMatch(/Số \d{2}-CV\/ĐU/);
    expect(p.lastBody).toContain("Tình hình thực hiện của từng đơn vị");
    for (const u of [t.commune, t.commune2, t.commune3]) {
      expect(p.lastBody).toContain(
        `<a href="/quan-tri/${u.code}/chi-dao/nhiem-vu/${await assignmentId(id, u)}">${u.name}</a>`,
      );
    }
    expect(
      (await db.selectFrom("reporting_task").select("id").where("directive_id", "=", id).execute())
        .length,
    ).toBe(1);
    const again = await p.post(`${page}/ban-hanh`, { issuedOn: today, number: "" });
    expect(again.status).toBe(409);
    expect(p.lastBody).toContain("Văn bản đã ban hành; chỉ ban hành được dự thảo.");
    const noReason = await p.post(`${page}/thu-hoi`, { reason: "" });
    expect(noReason.status).toBe(400);
    expect(p.lastBody).toContain("Lý do thu hồi là bắt buộc.");
    expect((await p.post(`${page}/thu-hoi`, { reason: "Ban hành nhầm." })).status).toBe(303);
    await p.get(page);
    expect(p.lastBody).toContain(`Văn bản đã thu hồi ngày ${vn(today)}: Ban hành nhầm.`);
  });

  it("the draft's edit page: 403 for oversight; 400 for a due date before the planned issue date; 303 saved", async () => {
    const p = await as("cd.tinh");
    await p.get(`/quan-tri/${t.province.code}/chi-dao/moi`);
    const page = (
      await p.post(`/quan-tri/${t.province.code}/chi-dao/moi`, draftForm())
    ).headers.get("location") as string;
    expect((await (await as("cd.gs")).get(`${page}/sua`)).status).toBe(403);
    expect((await p.get(`${page}/sua`)).status).toBe(200);
    expect(p.lastBody).toContain('value="Báo cáo 6 tháng"');
    const early = await p.post(
      `${page}/sua`,
      draftForm({ issuedOn: day(10), "tasks.0.dueOn": day(7) }),
    );
    expect(early.status).toBe(400);
    expect(p.lastBody).toContain('href="#f-tasks.0.dueOn"');
    expect(p.lastBody).toContain(
      `hạn hoàn thành ${vn(day(7))} trước ngày ban hành ${vn(day(10))}.`,
    );
    const saved = await p.post(
      `${page}/sua`,
      draftForm({
        title: "Kế hoạch đã sửa",
        "tasks.1.title": "Họp thôn",
        "tasks.1.dueOn": day(9),
        "tasks.1.unitCode": (t.villages[0] as UnitRow).code,
      }),
    );
    expect(saved.status).toBe(303);
    await p.get(page);
    expect(p.lastBody).toContain("<h1>Kế hoạch đã sửa</h1>");
    expect(p.lastBody).toContain(`Thôn 1 (${(t.villages[0] as UnitRow).code})`);
  });

  it("a due date before the issue date is refused on issue (400) with the task's message", async () => {
    const p = await as("cd.tinh");
    await p.get(`/quan-tri/${t.province.code}/chi-dao/moi`);
    const res = await p.post(
      `/quan-tri/${t.province.code}/chi-dao/moi`,
      draftForm({ "tasks.0.dueOn": day(-2) }),
    );
    const page = res.headers.get("location") as string;
    await p.get(page);
    const refused = await p.post(`${page}/ban-hanh`, { issuedOn: today, number: "" });
    expect(refused.status).toBe(400);
    expect(p.lastBody).toContain(
      `Nhiệm vụ 1 “Báo cáo 6 tháng”: hạn hoàn thành ${vn(day(-2))} trước ngày ban hành ${vn(today)}.`,
    );
  });

  it("an attachment on the draft, downloaded by the unit it was sent to", async () => {
    const p = await as("cd.tinh");
    await p.get(`/quan-tri/${t.province.code}/chi-dao/moi`);
    const page = (
      await p.post(`/quan-tri/${t.province.code}/chi-dao/moi`, draftForm())
    ).headers.get("location") as string;
    await p.get(page);
    const bad = await postFiles(p, `${page}/tai-lieu`, {}, [
      new File([new TextEncoder().encode("MZ")], "x.exe"),
    ]);
    expect(bad.status).toBe(400);
    expect(p.lastBody).toContain(
      "x.exe: Chỉ nhận tệp PDF, ảnh JPEG, PNG hoặc tài liệu Word (.docx).",
    );
    expect(
      (await postFiles(p, `${page}/tai-lieu`, {}, [new File([PDF], "cong-van.pdf")])).status,
    ).toBe(303);
    await p.get(page);
    const fileHref = p.lastBody.match(/href="([^"]+\/tai-lieu\/\d+)"/)![1]!;
    expect((await p.post(`${page}/ban-hanh`, { issuedOn: today, number: "" })).status).toBe(303);
    const id = Number(page.split("/").pop());
    const commune = await as("cd.xa");
    const own = `/quan-tri/${t.commune.code}/chi-dao/${id}`;
    expect((await commune.get(own)).status).toBe(200);
    const download = await commune.get(own + fileHref.slice(page.length));
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect((await (await as("cd.xa2")).get(own)).status).toBe(403);
  });
});

describe("a unit's task page", () => {
  it("the commune acknowledges, reports progress with evidence, finishes; others may not", async () => {
    const id = await issueThroughPages();
    const a = await assignmentId(id, t.commune);
    const page = `/quan-tri/${t.commune.code}/chi-dao/nhiem-vu/${a}`;
    const commune = await as("cd.xa");
    expect((await commune.get(page)).status).toBe(200);
    expect(commune.lastBody).toContain("Tiếp nhận nhiệm vụ");
    expect(commune.lastBody).toContain('<label for="f-text">');
    // The province reads it, without the unit's forms; another commune does not.
    const province = await as("cd.tinh");
    expect((await province.get(page)).status).toBe(200);
    expect(province.lastBody).not.toContain(`action="${page}/tien-do"`);
    expect((await province.post(`${page}/tiep-nhan`, {})).status).toBe(403);
    expect(province.lastBody).toContain("chỉ cán bộ của chính đơn vị đó");
    expect((await (await as("cd.xa2")).get(page)).status).toBe(403);
    // Without a CSRF token, nothing happens.
    expect((await commune.post(`${page}/tiep-nhan`, {}, { csrf: null })).status).toBe(403);
    await commune.get(page);
    expect((await commune.post(`${page}/tiep-nhan`, {})).status).toBe(303);
    await commune.get(page);
    const twice = await commune.post(`${page}/tiep-nhan`, {});
    expect(twice.status).toBe(409);
    expect(commune.lastBody).toContain(`Đơn vị đã tiếp nhận nhiệm vụ này ngày ${vn(today)}.`);
    const empty = await postFiles(commune, `${page}/tien-do`, { text: "", percent: "" }, []);
    expect(empty.status).toBe(400);
    expect(commune.lastBody).toContain("Nội dung báo cáo tiến độ là bắt buộc.");
    const ok = await postFiles(
      commune,
      `${page}/tien-do`,
      { text: "Đã họp triển khai.", percent: "40" },
      [new File([PDF], "bien-ban.pdf")],
    );
    expect(ok.status).toBe(303);
    await commune.get(page);
    expect(commune.lastBody).toContain("Đã họp triển khai.");
    const evidence = commune.lastBody.match(/href="([^"]+\/minh-chung\/\d+)"/)![1]!;
    const file = await commune.get(evidence);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(
      (await postFiles(commune, `${page}/hoan-thanh`, { note: "Hoàn thành." }, [])).status,
    ).toBe(303);
    await commune.get(page);
    expect(commune.lastBody).toContain('<span class="badge badge-ok">Hoàn thành đúng hạn</span>');
    expect(commune.lastBody).not.toContain(`action="${page}/tien-do"`);
    // Under another unit's code, the task is not found.
    expect(
      (
        await commune.get(
          `/quan-tri/${t.commune.code}/chi-dao/nhiem-vu/${await assignmentId(id, t.commune2)}`,
        )
      ).status,
    ).toBe(404);
  });
});
