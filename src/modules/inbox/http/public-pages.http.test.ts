import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { answerItem } from "../commands/answer-item.ts";
import { calendar, roleCtx } from "../testing/factories.ts";

// The residents' side over HTTP: the form without JavaScript, the tracking page and the rating,
// the published answers without personal data, the figures.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let deps: Awaited<ReturnType<typeof useTestApp>>["deps"];
let commune: UnitRow;
let village: UnitRow;

beforeAll(async () => {
  ({ app, db, deps } = await useTestApp());
  const tree = await makeCommuneTree(db, 1);
  commune = tree.commune;
  village = tree.villages[0]!;
});

const FEEDBACK = {
  kind: "phan_anh",
  title: "Cống thoát nước bị tắc",
  content: "Cống đầu ngõ 7 bị tắc, mưa xuống nước tràn vào nhà dân.",
  place: "Ngõ 7",
  name: "Phạm Thị Hoa",
  address: "Số 2 ngõ 7",
  contact: "0977000111",
  publish: "on",
};

async function sendForm(
  client: TestClient,
  code: string,
  fields: Record<string, string>,
  files: File[] = [],
) {
  await client.get(`/u/${code}/phan-anh/gui?loai=${fields.kind}`);
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const f of files) form.append("files", f);
  form.set("_csrf", client.csrf);
  return app.request(`/u/${code}/phan-anh/gui?loai=${fields.kind}`, {
    method: "POST",
    headers: { cookie: client.cookieHeaderForTests() },
    body: form,
  });
}

describe("inbox public pages", () => {
  it("the kind chooser and each kind's form render without JavaScript", async () => {
    const client = new TestClient(app);
    const chooser = await client.get(`/u/${commune.code}/phan-anh/gui`);
    expect(chooser.status).toBe(200);
    expect(client.lastBody).toContain(`/u/${commune.code}/phan-anh/gui?loai=khieu_nai`);
    await client.get(`/u/${commune.code}/phan-anh/gui?loai=khieu_nai`);
    expect(client.lastBody).toContain('name="respondent"');
    expect(client.lastBody).not.toContain('name="anonymous"');
    await client.get(`/u/${commune.code}/phan-anh/gui?loai=phan_anh`);
    expect(client.lastBody).toContain('name="anonymous"');
    expect((await client.get("/u/KHONGCO/phan-anh/gui")).status).toBe(404);
  });

  it("a submission gives a tracking code; the sender follows it, reads the answer and rates it once", async () => {
    const client = new TestClient(app);
    const res = await sendForm(client, village.code, FEEDBACK, [
      new File([new TextEncoder().encode("%PDF-1.7\n%%EOF\n")], "anh-cong.pdf", {
        type: "application/pdf",
      }),
    ]);
    expect(res.status).toBe(303);
    const follow = res.headers.get("location")!;
    expect(follow).toMatch(/^\/theo-doi\/PA-\d{4}-[A-Z2-9]{8}\?moi=1$/);
    const code = follow.slice(10, 26);
    const page = await client.get(follow);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("private, no-store");
    expect(client.lastBody).toContain(code);
    expect(client.lastBody).toContain("Đã tiếp nhận");
    const item = await db
      .selectFrom("inbox_item")
      .select(["id", "unit_id", "village_id"])
      .where("code", "=", code)
      .executeTakeFirstOrThrow();
    expect(item.unit_id).toBe(commune.id);
    expect(item.village_id).toBe(village.id);
    // Not rateable before the answer.
    await client.get(`/theo-doi/${code}`);
    expect(client.lastBody).not.toContain('name="level"');
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await db.transaction().execute((tx) =>
      answerItem(
        { tx, ctx: roleCtx(commune, "official", 8001), calendar, today },
        deps.config.dataKey,
        item.id,
        {
          answer: "Tổ vệ sinh môi trường đã thông cống ngõ 7.",
          answeredOn: today,
        },
      ),
    );
    await client.get(`/theo-doi/${code}`);
    expect(client.lastBody).toContain("Tổ vệ sinh môi trường đã thông cống ngõ 7.");
    expect(client.lastBody).toContain('name="level"');
    const rated = await client.post(`/theo-doi/${code}/danh-gia`, { level: "5", comment: "Nhanh" });
    expect(rated.status).toBe(303);
    await client.get(`/theo-doi/${code}`);
    expect(client.lastBody).toContain("Bạn đã đánh giá: 5/5");
    const again = await client.post(`/theo-doi/${code}/danh-gia`, { level: "1", comment: "" });
    expect(again.status).toBe(409);
    // Published without personal data, on the commune's page and the village's.
    for (const unit of [commune.code, village.code]) {
      const list = await new TestClient(app).get(`/u/${unit}/phan-anh`);
      expect(list.status).toBe(200);
      const html = await list.text();
      expect(html).toContain("Cống thoát nước bị tắc");
      expect(html).toContain("Tổ vệ sinh môi trường đã thông cống ngõ 7.");
      expect(html).not.toContain("Phạm Thị Hoa");
      expect(html).not.toContain("0977000111");
      expect(html).not.toContain(code);
    }
    const stats = await new TestClient(app).get(
      `/u/${commune.code}/phan-anh/thong-ke?nam=${today.slice(0, 4)}`,
    );
    expect(stats.status).toBe(200);
    const statsHtml = await stats.text();
    expect(statsHtml).toMatch(
      /Tổng cộng[^<]*<\/th><td>1<\/td><td>1<\/td><td>1 \(100 %\)<\/td><td>0<\/td><td>0<\/td><td>5,00\/5 \(1\)/,
    );
  });

  it("refuses an anonymous complaint, a missing content and a wrong file type, and keeps nothing", async () => {
    const client = new TestClient(app);
    const before = await db
      .selectFrom("inbox_item")
      .select(db.fn.countAll<number>().as("n"))
      .where("unit_id", "=", commune.id)
      .executeTakeFirstOrThrow();
    const noContent = await sendForm(client, commune.code, { ...FEEDBACK, content: "" });
    expect(noContent.status).toBe(400);
    expect(await noContent.text()).toContain("Nội dung là bắt buộc.");
    const anonymousComplaint = await sendForm(client, commune.code, {
      kind: "khieu_nai",
      title: "Khiếu nại",
      content: "Khiếu nại quyết định xử phạt.",
      anonymous: "on",
    });
    expect(anonymousComplaint.status).toBe(400);
    expect(await anonymousComplaint.text()).toContain("T14");
    const exe = await sendForm(client, commune.code, FEEDBACK, [
      new File([new Uint8Array([77, 90, 0, 0])], "x.exe"),
    ]);
    expect(exe.status).toBe(400);
    expect(await exe.text()).toContain("Chỉ nhận tệp PDF");
    const after = await db
      .selectFrom("inbox_item")
      .select(db.fn.countAll<number>().as("n"))
      .where("unit_id", "=", commune.id)
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("an unknown or malformed tracking code is a 404", async () => {
    const client = new TestClient(app);
    expect((await client.get("/theo-doi/PA-2611-AAAAAAAA")).status).toBe(404);
    expect((await client.get("/theo-doi/khong-phai-ma")).status).toBe(404);
    const redirect = await client.get("/theo-doi?ma=pa-2611-aaaaaaaa");
    expect(redirect.headers.get("location")).toBe("/theo-doi/PA-2611-AAAAAAAA");
  });
});
