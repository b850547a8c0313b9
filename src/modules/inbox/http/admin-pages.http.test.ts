import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { submitItem } from "../commands/submit-item.ts";
import {
  anonymousCtx,
  asTarget,
  calendar,
  denunciationInput,
  feedbackInput,
} from "../testing/factories.ts";

// The officials' pages over HTTP: the list, an item's steps (classify, accept, answer), the
// identity panel (T36), desk intake, the overdue view; 401, 403 (wrong role, wrong unit), 404,
// 400 and 409.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let deps: Awaited<ReturnType<typeof useTestApp>>["deps"];
let commune: UnitRow;
let other: UnitRow;
let province: UnitRow;
let official: { accountId: number };
let today: string;

beforeAll(async () => {
  ({ app, db, deps } = await useTestApp());
  const tree = await makeCommuneTree(db, 1);
  commune = tree.commune;
  province = tree.province;
  other = (await makeCommuneTree(db, 0)).commune;
  official = await makeAccount(db, commune, "pa.congchuc", "official");
  await makeAccount(db, commune, "pa.congchuc2", "official");
  await makeAccount(db, commune, "pa.chutich", "unit_admin");
  await makeAccount(db, other, "pa.xakhac", "official");
  await makeAccount(db, province, "pa.tinh", "oversight");
  today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
});

async function as(username: string) {
  const client = new TestClient(app);
  await client.signIn(username, TEST_PASSWORD);
  return client;
}

const submit = (input = feedbackInput()) =>
  submitItem(
    db,
    { ctx: anonymousCtx, calendar, today },
    deps.storage,
    asTarget(commune),
    deps.config.dataKey,
    input,
  );

describe("inbox admin pages", () => {
  it("the list: sign-in first when anonymous, 403 another commune, 200 for the commune's official with the item", async () => {
    const r = await submit();
    const anonymous = await new TestClient(app).get(`/quan-tri/${commune.code}/phan-anh`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toMatch(/^\/dang-nhap/);
    expect((await (await as("pa.xakhac")).get(`/quan-tri/${commune.code}/phan-anh`)).status).toBe(
      403,
    );
    const client = await as("pa.congchuc");
    const res = await client.get(`/quan-tri/${commune.code}/phan-anh`);
    expect(res.status).toBe(200);
    expect(client.lastBody).toContain(r.code);
    expect(client.lastBody).not.toContain("Nguyễn Văn Bình");
    expect((await client.get(`/quan-tri/${commune.code}/phan-anh/99999999`)).status).toBe(404);
  });

  it("classify, accept and answer a feedback item; a second answer is a 409", async () => {
    const r = await submit();
    const client = await as("pa.congchuc");
    const page = `/quan-tri/${commune.code}/phan-anh/${r.id}`;
    await client.get(page);
    expect(client.lastBody).toContain("Nguyễn Văn Bình"); // a handler sees a feedback sender
    expect(
      (
        await client.post(`${page}/phan-loai`, {
          kind: "kien_nghi",
          instance: "first",
          publish: "on",
        })
      ).status,
    ).toBe(303);
    expect((await client.post(`${page}/thu-ly`, { acceptedOn: today })).status).toBe(303);
    const short = await client.post(`${page}/tra-loi`, { answeredOn: today, answer: "Ngắn" });
    expect(short.status).toBe(400);
    expect(client.lastBody).toContain("quá ngắn");
    expect(
      (
        await client.post(`${page}/tra-loi`, {
          answeredOn: today,
          answer: "Đã sửa xong đèn đường ngõ 5.",
        })
      ).status,
    ).toBe(303);
    const again = await client.post(`${page}/tra-loi`, {
      answeredOn: today,
      answer: "Trả lời thêm một lần nữa.",
    });
    expect(again.status).toBe(409);
    const row = await db
      .selectFrom("inbox_item")
      .select(["status", "kind", "answer"])
      .where("id", "=", r.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      status: "answered",
      kind: "kien_nghi",
      answer: "Đã sửa xong đèn đường ngõ 5.",
    });
    // Oversight reads but cannot act.
    const watcher = await as("pa.tinh");
    expect((await watcher.get(page)).status).toBe(200);
    expect((await watcher.post(`${page}/ket-thuc`, {})).status).toBe(403);
  });

  it("T36: an official not assigned is refused the denouncer's identity; the assigned one sees it", async () => {
    const r = await submit(denunciationInput());
    const page = `/quan-tri/${commune.code}/phan-anh/${r.id}`;
    const head = await as("pa.chutich");
    await head.get(page);
    expect(
      (await head.post(`${page}/giao`, { accountId: String(official.accountId) })).status,
    ).toBe(303);
    const bystander = await as("pa.congchuc2");
    await bystander.get(page);
    expect(bystander.lastBody).not.toContain("Lê Văn Dũng");
    const refused = await bystander.post(`${page}/nguoi-gui`, {});
    expect(refused.status).toBe(403);
    expect(bystander.lastBody).toContain("T36");
    expect(bystander.lastBody).not.toContain("Lê Văn Dũng");
    const resolver = await as("pa.congchuc");
    await resolver.get(page);
    expect(resolver.lastBody).not.toContain("Lê Văn Dũng");
    const seen = await resolver.post(`${page}/nguoi-gui`, {});
    expect(seen.status).toBe(200);
    expect(resolver.lastBody).toContain("Lê Văn Dũng");
    const watcher = await as("pa.tinh");
    expect((await watcher.post(`${page}/nguoi-gui`, {})).status).toBe(403);
  });

  it("desk intake records a complaint on a citizen's behalf with the received date", async () => {
    const client = await as("pa.congchuc");
    await client.get(`/quan-tri/${commune.code}/phan-anh/moi`);
    const form = new FormData();
    for (const [k, v] of Object.entries({
      channel: "desk",
      receivedOn: today,
      kind: "khieu_nai",
      title: "Khiếu nại quyết định xử phạt",
      content: "Bà Hạnh trình bày quyết định xử phạt 2 triệu đồng là không đúng.",
      name: "Đỗ Thị Hạnh",
      address: "Thôn 1",
      submittedOn: today,
      respondent: "Chủ tịch UBND xã",
      respondentAddress: "UBND xã",
      reasons: "Không vi phạm",
      request: "Hủy quyết định",
      signed: "on",
      _csrf: client.csrf,
    }))
      form.set(k, v);
    const res = await app.request(`/quan-tri/${commune.code}/phan-anh/moi`, {
      method: "POST",
      headers: { cookie: client.cookieHeaderForTests() },
      body: form,
    });
    expect(res.status).toBe(303);
    const id = Number(res.headers.get("location")?.split("/").at(-1));
    const row = await db
      .selectFrom("inbox_item")
      .select(["channel", "track", "due_rule"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ channel: "desk", track: "complaint", due_rule: "T16" });
  });

  it("the province sees overdue items of its communes; a commune official sees only their own", async () => {
    const r = await submit();
    await db
      .updateTable("inbox_item")
      .set({ due_on: "2026-01-05" })
      .where("id", "=", r.id)
      .execute();
    const watcher = await as("pa.tinh");
    const res = await watcher.get(`/quan-tri/${province.code}/phan-anh/qua-han`);
    expect(res.status).toBe(200);
    expect(watcher.lastBody).toContain(r.code);
    expect(
      (await (await as("pa.xakhac")).get(`/quan-tri/${province.code}/phan-anh/qua-han`)).status,
    ).toBe(403);
  });
});
