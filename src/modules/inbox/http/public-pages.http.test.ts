import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
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
  await makeAccount(db, commune, "pa.danA");
  await makeAccount(db, commune, "pa.danB");
});

const PDF = (name: string) =>
  new File([new TextEncoder().encode("%PDF-1.7\n%%EOF\n")], name, { type: "application/pdf" });

const COMPLAINT = {
  kind: "khieu_nai",
  title: "Khiếu nại quyết định thu hồi đất",
  content: "Quyết định thu hồi đất số 12 không đúng diện tích.",
  respondent: "Chủ tịch UBND xã",
  respondentAddress: "Trụ sở UBND xã",
  reasons: "Đo đạc sai diện tích.",
  request: "Hủy quyết định số 12.",
  submittedOn: "2026-01-05",
  name: "Lê Văn Khiếu",
  address: "Thôn 1",
  contact: "0912000222",
};

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
  files: (File | [field: string, file: File])[] = [],
) {
  await client.get(`/u/${code}/phan-anh/gui?loai=${fields.kind}`);
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const f of files) {
    if (Array.isArray(f)) form.append(f[0], f[1]);
    else form.append("files", f);
  }
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
    const res = await sendForm(client, village.code, FEEDBACK, [PDF("anh-cong.pdf")]);
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

  it("the unit's page tells how to send each kind and what it needs, with a box to follow a code", async () => {
    const client = new TestClient(app);
    const res = await client.get(`/u/${commune.code}/phan-anh`);
    expect(res.status).toBe(200);
    const html = client.lastBody;
    for (const k of ["phan_anh", "kien_nghi", "khieu_nai", "to_cao"])
      expect(html).toContain(`href="/u/${commune.code}/phan-anh/gui?loai=${k}"`);
    // Read from domain/kinds.ts: grassroots feedback may be anonymous, a complaint may not (T14).
    expect(html).toContain("có thể gửi ẩn danh (R48, Luật 10/2022 Điều 35.2a)");
    expect(html).toContain(
      "phải ghi họ và tên, địa chỉ, không gửi ẩn danh được (T14, Luật Khiếu nại 2011 Điều 8.2, 11.5)",
    );
    expect(html).toContain("T36");
    expect(html).toMatch(/<form method="get" action="\/theo-doi"[^>]*>[\s\S]*?name="ma"/);
    expect(html).toContain(`href="/u/${commune.code}/phan-anh/thong-ke"`);
  });

  it("filters the published answers by year, village and kind, newest first, with paging", async () => {
    const tree = await makeCommuneTree(db, 2);
    const [t1, t2] = tree.villages as [UnitRow, UnitRow];
    let n = 0;
    const published = (kind: "phan_anh" | "kien_nghi", villageId: number | null, on: string) =>
      db
        .insertInto("inbox_item")
        .values({
          code: `PL-${String(++n).padStart(6, "0")}`,
          unit_id: tree.commune.id,
          received_unit_id: tree.commune.id,
          kind,
          track: "grassroots",
          channel: "web",
          status: "answered",
          title: `Mục ${n} ${kind}`,
          content: `Nội dung ${n}`,
          details: JSON.stringify({}),
          received_on: on,
          answered_on: on,
          answered_late: n === 2,
          answer: `Trả lời ${n}`,
          publish: n !== 3,
          village_id: villageId,
          extensions: "[]",
          suspensions: "[]",
        })
        .execute();
    await published("phan_anh", t1.id, "2025-05-01"); // 1
    await published("kien_nghi", t2.id, "2025-06-01"); // 2, late
    await published("phan_anh", t1.id, "2025-07-01"); // 3, not published
    for (let i = 0; i < 21; i++) await published("phan_anh", null, "2024-02-01"); // 4–24
    const list = async (query: string) => {
      const res = await new TestClient(app).get(`/u/${tree.commune.code}/phan-anh${query}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      return { html, titles: [...html.matchAll(/<h3>(Mục \d+) [a-z_]+<\/h3>/g)].map((m) => m[1]) };
    };
    const y2025 = await list("?nam=2025");
    expect(y2025.titles).toEqual(["Mục 2", "Mục 1"]);
    expect(y2025.html).toContain("Trả lời chậm");
    expect(y2025.html).toContain(t2.name);
    expect((await list(`?nam=2025&thon=${t1.code}`)).titles).toEqual(["Mục 1"]);
    expect((await list("?nam=2025&loai=kien_nghi")).titles).toEqual(["Mục 2"]);
    expect((await list(`?thon=${t2.code}`)).titles).toEqual(["Mục 2"]);
    // The village's own page shows its items only.
    const atVillage = await new TestClient(app).get(`/u/${t1.code}/phan-anh`);
    const villageHtml = await atVillage.text();
    expect(villageHtml).toContain("Mục 1 phan_anh");
    expect(villageHtml).not.toContain("Mục 2 kien_nghi");
    expect(villageHtml).not.toContain("Mục 3 phan_anh");
    // Paging keeps the filters: 21 items of 2024, 20 per page.
    const first = await list("?nam=2024&loai=phan_anh");
    expect(first.titles).toHaveLength(20);
    expect(first.html).toContain(
      `href="/u/${tree.commune.code}/phan-anh?nam=2024&amp;loai=phan_anh&amp;trang=2"`,
    );
    const second = await list("?nam=2024&loai=phan_anh&trang=2");
    expect(second.titles).toEqual(["Mục 4"]);
    expect(second.html).not.toContain("Trang sau");
    expect((await list("?nam=1999&trang=-4")).titles).toHaveLength(20);
  });

  it("a second-instance complaint needs the first decision; a denunciation keeps its sender off the page", async () => {
    const client = new TestClient(app);
    const bare = await sendForm(client, commune.code, { ...COMPLAINT, instance: "second" });
    expect(bare.status).toBe(400);
    const bareHtml = await bare.text();
    expect(bareHtml).toContain(
      "Khiếu nại lần hai phải gửi kèm quyết định giải quyết khiếu nại lần đầu",
    );
    expect(bareHtml).toContain('href="#f-firstDecisionAttached"');
    // The fields are kept for the resend.
    expect(bareHtml).toContain('value="Chủ tịch UBND xã"');
    const ok = await sendForm(client, commune.code, { ...COMPLAINT, instance: "second" }, [
      ["firstDecisionAttached", PDF("quyet-dinh-lan-dau.pdf")],
    ]);
    expect(ok.status).toBe(303);
    const code = ok.headers.get("location")!.slice(10, 26);
    const row = await db
      .selectFrom("inbox_item")
      .select(["id", "instance", "track"])
      .where("code", "=", code)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ instance: "second", track: "complaint" });
    const files = await db
      .selectFrom("inbox_attachment")
      .select("file_name")
      .where("item_id", "=", row.id)
      .execute();
    expect(files).toEqual([{ file_name: "quyet-dinh-lan-dau.pdf" }]);

    const denounce = await sendForm(client, commune.code, {
      kind: "to_cao",
      title: "Tố cáo cán bộ địa chính",
      content: "Cán bộ địa chính nhận tiền để đo đạc.",
      accused: "Cán bộ địa chính xã",
      submittedOn: "2026-01-05",
      name: "Nguyễn Tố Giác",
      address: "Thôn 1",
      contact: "0988777666",
    });
    expect(denounce.status).toBe(303);
    const follow = await client.get(denounce.headers.get("location")!);
    expect(follow.status).toBe(200);
    expect(client.lastBody).toContain("Tố cáo");
    expect(client.lastBody).not.toContain("Nguyễn Tố Giác");
    expect(client.lastBody).not.toContain("0988777666");
    // The denunciation form told the sender the identity is kept secret.
    await client.get(`/u/${commune.code}/phan-anh/gui?loai=to_cao`);
    expect(client.lastBody).toContain("giữ bí mật");
    expect(client.lastBody).not.toContain('name="anonymous"');
    expect(client.lastBody).not.toContain('name="publish"');
  });

  it("a village chosen on the commune's form is kept; a signed-in resident finds the item under the account", async () => {
    const resident = new TestClient(app);
    await resident.signIn("pa.danA", TEST_PASSWORD);
    await resident.get(`/u/${commune.code}/phan-anh/gui?loai=kien_nghi`);
    expect(resident.lastBody).toContain(`<option value="${village.code}">`);
    expect(resident.lastBody).toContain('href="/tai-khoan/phan-anh"');
    const res = await sendForm(resident, commune.code, {
      kind: "kien_nghi",
      title: "Đề nghị lắp đèn đường",
      content: "Đường liên thôn chưa có đèn.",
      village: village.code,
      anonymous: "on",
    });
    expect(res.status).toBe(303);
    const code = res.headers.get("location")!.slice(10, 26);
    const row = await db
      .selectFrom("inbox_item")
      .select(["village_id", "anonymous", "submitter_account_id"])
      .where("code", "=", code)
      .executeTakeFirstOrThrow();
    expect(row.village_id).toBe(village.id);
    expect(row.anonymous).toBe(true);
    expect(row.submitter_account_id).not.toBeNull();
    const mine = await resident.get("/tai-khoan/phan-anh");
    expect(mine.status).toBe(200);
    expect(mine.headers.get("cache-control")).toBe("private, no-store");
    expect(resident.lastBody).toContain(`href="/theo-doi/${code}"`);
    expect(resident.lastBody).toContain("Đề nghị lắp đèn đường");
    const other = new TestClient(app);
    await other.signIn("pa.danB", TEST_PASSWORD);
    await other.get("/tai-khoan/phan-anh");
    expect(other.lastBody).not.toContain(code);
    expect(other.lastBody).toContain("Bạn chưa gửi phản ánh, kiến nghị nào");
    const anonymous = await new TestClient(app).get("/tai-khoan/phan-anh");
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe("/dang-nhap?next=%2Ftai-khoan%2Fphan-anh");
  });

  it("the follow pages are never cached or indexed; a bad rating is refused with a message", async () => {
    const client = new TestClient(app);
    const ask = await client.get("/theo-doi");
    expect(ask.status).toBe(200);
    expect(ask.headers.get("cache-control")).toBe("private, no-store");
    expect(ask.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    expect(client.lastBody).toContain('name="ma"');
    const res = await sendForm(client, commune.code, { ...FEEDBACK, title: "Đèn hỏng" });
    const code = res.headers.get("location")!.slice(10, 26);
    const page = await client.get(`/theo-doi/${code}`);
    expect(page.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    // The clock: its due day and what is owed by then.
    expect(client.lastBody).toContain("Trả lời theo chỉ tiêu của đơn vị");
    // Not answered yet: rating is refused.
    const early = await client.post(`/theo-doi/${code}/danh-gia`, { level: "4" });
    expect(early.status).toBe(409);
    const item = await db
      .selectFrom("inbox_item")
      .select("id")
      .where("code", "=", code)
      .executeTakeFirstOrThrow();
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await db
      .transaction()
      .execute((tx) =>
        answerItem(
          { tx, ctx: roleCtx(commune, "official", 8001), calendar, today },
          deps.config.dataKey,
          item.id,
          { answer: "Đã thay bóng đèn.", answeredOn: today },
        ),
      );
    const bad = await client.post(`/theo-doi/${code}/danh-gia`, { level: "9" });
    expect(bad.status).toBe(400);
    expect(client.lastBody).toContain("R48");
    expect((await client.post("/theo-doi/PA-2611-AAAAAAAA/danh-gia", { level: "4" })).status).toBe(
      404,
    );
  });
});
