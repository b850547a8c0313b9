import { beforeAll, describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import type { Db } from "../../../core/db/database.ts";
import { showDate } from "../../../core/i18n/lang.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { answerDeadline } from "../domain/information-request.ts";

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let commune: UnitRow;
let village: UnitRow;

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  const tree = await makeCommuneTree(db, 1);
  commune = tree.commune;
  village = tree.villages[0]!;
  const other = await makeCommuneTree(db, 1);
  await makeAccount(db, commune, "canbo.yc", "official");
  await makeAccount(db, other.commune, "canbo.khac", "official");
  await makeAccount(db, village, "dan.yc");
});

const ID = "001090012345";
const form = (over: Record<string, string> = {}) => ({
  requesterName: "Lê Văn Cường",
  requesterAddress: "Thôn 1",
  requesterIdNumber: ID,
  requesterContact: "cuong@example.vn",
  eligibility: "resident",
  reasonCase: "not_published",
  information: "Dự toán ngân sách xã năm 2026",
  deliveryForm: "email",
  purpose: "Theo dõi ngân sách",
  ...over,
});

const count = async () =>
  Number(
    (
      await db
        .selectFrom("disclosure_info_request")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Files a request as a visitor and returns the receipt's address. */
async function file(client: TestClient, over: Record<string, string> = {}) {
  await client.get(`/u/${commune.code}/yeu-cau-thong-tin`);
  const res = await client.post(`/u/${commune.code}/yeu-cau-thong-tin`, form(over));
  expect(res.status).toBe(303);
  return res.headers.get("location")!;
}
const idOf = (location: string) => Number(location.match(/yeu-cau-thong-tin\/(\d+)/)![1]);

const official = async (username = "canbo.yc") => {
  const client = new TestClient(app);
  await client.signIn(username, TEST_PASSWORD);
  return client;
};

describe("R13 (Luật 10/2022 Art 14.2): the public request form", () => {
  it("R13: the form offers the three cases with plain explanations, and T44's fields (Luật TCTT Art 24.2)", async () => {
    const res = await app.request(`/u/${commune.code}/yeu-cau-thong-tin`);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const value of ["not_published", "expired", "inaccessible"])
      expect(html).toMatch(
        new RegExp(`id="f-reasonCase[-0-9]*" name="reasonCase" value="${value}"`),
      );
    expect(html.match(/name="reasonCase"/g)).toHaveLength(3);
    expect(html).toContain("Thông tin đã hết thời hạn công khai");
    expect(html).toContain("vì lý do bất khả kháng");
    for (const name of [
      "requesterName",
      "requesterAddress",
      "requesterIdNumber",
      "information",
      "deliveryForm",
      "purpose",
    ])
      expect(html).toContain(`name="${name}"`);
    expect((await app.request(`/u/${village.code}/yeu-cau-thong-tin`)).status).toBe(404);
  });

  it("T44 (Art 24.2): an anonymous submission missing a field gets 400 with the field messages, and nothing is written", async () => {
    const client = new TestClient(app);
    await client.get(`/u/${commune.code}/yeu-cau-thong-tin`);
    const before = await count();
    const res = await client.post(
      `/u/${commune.code}/yeu-cau-thong-tin`,
      form({ purpose: "", reasonCase: "", requesterIdNumber: "12" }),
    );
    expect(res.status).toBe(400);
    expect(client.lastBody).toContain(
      "Phiếu yêu cầu phải ghi lý do, mục đích yêu cầu cung cấp thông tin (T44, Luật Tiếp cận thông tin 2016 Điều 24.2).",
    );
    expect(client.lastBody).toContain('href="#f-reasonCase"');
    expect(client.lastBody).toContain("Ghi số căn cước công dân (12 chữ số) hoặc số hộ chiếu");
    expect(client.lastBody).toContain('value="Lê Văn Cường"');
    expect(await count()).toBe(before);
  });

  it("T46 (Art 30): a valid request gets a receipt with its number, the day received and the due date in words", async () => {
    const client = new TestClient(app);
    const location = await file(client);
    expect(location).toMatch(/^\/u\/[^/]+\/yeu-cau-thong-tin\/\d+\?ma=[\w-]{22}$/);
    const res = await client.get(location);
    expect(res.status).toBe(200);
    const today = todayInVietnam();
    const deadline = answerDeadline(civilServiceCalendar(), {
      receivedOn: today,
      channel: "electronic",
      complexity: "simple",
    });
    const html = client.lastBody;
    expect(html).toContain("Phiếu tiếp nhận yêu cầu cung cấp thông tin");
    expect(html).toContain(`YC${today.slice(0, 4)}-${String(idOf(location)).padStart(6, "0")}`);
    expect(html).toContain(`<dd>${showDate("vi", today)}</dd>`);
    expect(html).toContain(`<strong>${showDate("vi", deadline.due)}</strong>`);
    expect(html).toContain(deadline.explanation);
    expect(html).not.toContain(ID);
    // Without the key, or with a wrong one, the receipt is not found.
    const bare = location.replace(/\?.*$/, "");
    expect((await app.request(bare)).status).toBe(404);
    expect((await app.request(`${bare}?ma=${"A".repeat(22)}`)).status).toBe(404);
  });

  it("a signed-in resident sees their own requests at /cua-toi/yeu-cau; visitors are sent to sign in", async () => {
    expect((await app.request("/cua-toi/yeu-cau")).status).toBe(303);
    const resident = new TestClient(app);
    await resident.signIn("dan.yc", TEST_PASSWORD);
    const location = await file(resident, { information: "Biên bản họp thôn tháng 3" });
    await resident.get("/cua-toi/yeu-cau");
    expect(resident.lastBody).toContain("Biên bản họp thôn tháng 3");
    expect(resident.lastBody).toContain(`/u/${commune.code}/yeu-cau-thong-tin/${idOf(location)}"`);
    // Their own receipt opens without the key.
    expect((await resident.get(location.replace(/\?.*$/, ""))).status).toBe(200);
  });
});

describe("the register (Sổ theo dõi, Luật TCTT Art 26.1) and handling (T45–T47)", () => {
  it("an anonymous visitor is sent to sign in; an official of another commune gets 403", async () => {
    expect((await app.request(`/quan-tri/${commune.code}/yeu-cau-thong-tin`)).status).toBe(303);
    const other = await official("canbo.khac");
    expect((await other.get(`/quan-tri/${commune.code}/yeu-cau-thong-tin`)).status).toBe(403);
    const id = idOf(await file(new TestClient(app)));
    expect((await other.get(`/quan-tri/${commune.code}/yeu-cau-thong-tin/${id}`)).status).toBe(403);
  });

  it("the register lists requests with their due date and status; the ID is masked, and a reveal is logged", async () => {
    const id = idOf(await file(new TestClient(app), { requesterName: "Phạm Thị Dung" }));
    const handler = await official();
    expect((await handler.get(`/quan-tri/${commune.code}/yeu-cau-thong-tin`)).status).toBe(200);
    expect(handler.lastBody).toContain("Sổ theo dõi cung cấp thông tin theo yêu cầu");
    expect(handler.lastBody).toContain("Phạm Thị Dung");
    expect(handler.lastBody).toContain(`/quan-tri/${commune.code}/yeu-cau-thong-tin/${id}"`);
    expect(handler.lastBody).toContain("Đang giải quyết");
    await handler.get(`/quan-tri/${commune.code}/yeu-cau-thong-tin/${id}`);
    expect(handler.lastBody).toContain("Căn cước công dân: •••••••••345");
    expect(handler.lastBody).not.toContain(ID);
    const res = await handler.post(`/quan-tri/${commune.code}/yeu-cau-thong-tin/${id}`, {
      action: "reveal",
    });
    expect(res.status).toBe(200);
    expect(handler.lastBody).toContain(`<code>${ID}</code>`);
    const log = await db
      .selectFrom("people_data_access")
      .select(["operation", "fields", "actor_kind"])
      .where("operation", "=", "reveal")
      .where("purpose", "like", `%${String(id).padStart(6, "0")}%`)
      .execute();
    expect(log).toEqual([
      { operation: "reveal", fields: ["requester_id_number"], actor_kind: "account" },
    ]);
    expect((await handler.get(`/quan-tri/${commune.code}/yeu-cau-thong-tin/999999`)).status).toBe(
      404,
    );
  });

  it("T45–T46: the handler answers, and the register and the receipt show it as answered", async () => {
    const location = await file(new TestClient(app));
    const id = idOf(location);
    const handler = await official();
    await handler.get(`/quan-tri/${commune.code}/yeu-cau-thong-tin/${id}`);
    const empty = await handler.post(`/quan-tri/${commune.code}/yeu-cau-thong-tin/${id}`, {
      action: "answer",
      answer: "",
      answeredOn: todayInVietnam(),
    });
    expect(empty.status).toBe(400);
    expect(handler.lastBody).toContain(
      "Ghi nội dung trả lời: thông tin đã cung cấp và hình thức cung cấp.",
    );
    const res = await handler.post(`/quan-tri/${commune.code}/yeu-cau-thong-tin/${id}`, {
      action: "answer",
      answer: "Đã gửi bản chụp Quyết định số 12/QĐ-UBND qua thư điện tử.",
      answeredOn: todayInVietnam(),
    });
    expect(res.status).toBe(303);
    await handler.get(`/quan-tri/${commune.code}/yeu-cau-thong-tin`);
    const row = handler.lastBody.split(`yeu-cau-thong-tin/${id}"`)[1]!.split("</tr>")[0]!;
    expect(row).toContain("Đã cung cấp");
    const receipt = await (await app.request(location)).text();
    expect(receipt).toContain("Đã gửi bản chụp Quyết định số 12/QĐ-UBND qua thư điện tử.");
  });

  it("T47 (Luật TCTT Art 28): a refusal without a ground is refused with 400; with ground c and reasons it is recorded and shown", async () => {
    const location = await file(new TestClient(app));
    const id = idOf(location);
    const handler = await official();
    await handler.get(`/quan-tri/${commune.code}/yeu-cau-thong-tin/${id}`);
    expect(handler.lastBody).toContain('<option value="đ">');
    const bad = await handler.post(`/quan-tri/${commune.code}/yeu-cau-thong-tin/${id}`, {
      action: "refuse",
      ground: "",
      reason: "",
      refusedOn: todayInVietnam(),
    });
    expect(bad.status).toBe(400);
    expect(handler.lastBody).toContain(
      "Phải nêu căn cứ từ chối là một trong các điểm a, b, c, d, đ, e khoản 1 Điều 28 Luật Tiếp cận thông tin 2016 (T47).",
    );
    expect(handler.lastBody).toContain(
      "Phải nêu rõ lý do từ chối bằng văn bản (T47, Luật Tiếp cận thông tin 2016 Điều 28.2).",
    );
    const ok = await handler.post(`/quan-tri/${commune.code}/yeu-cau-thong-tin/${id}`, {
      action: "refuse",
      ground: "c",
      reason: "Thông tin do Sở Xây dựng tạo ra và lưu giữ.",
      refusedOn: todayInVietnam(),
    });
    expect(ok.status).toBe(303);
    await handler.get(`/quan-tri/${commune.code}/yeu-cau-thong-tin`);
    const row = handler.lastBody.split(`yeu-cau-thong-tin/${id}"`)[1]!.split("</tr>")[0]!;
    expect(row).toContain("Từ chối");
    const receipt = await (await app.request(location)).text();
    expect(receipt).toContain("Điểm c khoản 1 Điều 28 Luật Tiếp cận thông tin");
    expect(receipt).toContain("Thông tin do Sở Xây dựng tạo ra và lưu giữ.");
  });

  it("T45 (Art 29): a paper request received in person, complex, is recorded, extended once, and a second extension gets 409", async () => {
    const handler = await official();
    await handler.get(`/quan-tri/${commune.code}/yeu-cau-thong-tin`);
    const res = await handler.post(`/quan-tri/${commune.code}/yeu-cau-thong-tin`, {
      ...form({ requesterIdNumber: "B7654321", deliveryForm: "pickup", requesterContact: "" }),
      channel: "in_person",
      receivedOn: todayInVietnam(),
      complexity: "complex",
    });
    expect(res.status).toBe(303);
    const location = res.headers.get("location")!;
    await handler.get(location);
    expect(handler.lastBody).toContain("Hộ chiếu: •••••321");
    expect(handler.lastBody).toContain("Trực tiếp tại trụ sở");
    const extend = () =>
      handler.post(location, { action: "extend", extensionReason: "Cần lấy ý kiến Sở" });
    expect((await extend()).status).toBe(303);
    await handler.get(location);
    expect(handler.lastBody).toContain("Đã gia hạn");
    expect(handler.lastBody).toContain("Cần lấy ý kiến Sở");
    const again = await extend();
    expect(again.status).toBe(409);
    expect(handler.lastBody).toContain("không được gia hạn thêm");
  });
});
