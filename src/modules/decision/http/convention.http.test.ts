import { beforeAll, describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import type { Db } from "../../../core/db/database.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { TEST_PASSWORD } from "../../auth/testing/factories.ts";
import { openConventionAdoption } from "../commands/convention-adoption.ts";
import { submitConventionDossier } from "../commands/convention-dossier.ts";
import { saveConventionDraft } from "../commands/convention-draft.ts";
import {
  adoptedConvention,
  type ConventionVillage,
  conventionAccounts,
  conventionInConsultation,
  conventionVillage,
  DRAFT_TEXT,
  proposalInput,
  recognisedConvention,
} from "../commands/convention-factory.ts";
import { proposeConvention } from "../commands/convention-propose.ts";
import { findConvention, versionsOf } from "../db/convention.repo.ts";

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let v: ConventionVillage;
let otherCommuneCode: string;
let recognised: number;
let consulting: number;
let drafting: number;

const list = () => `/quan-tri/${v.village.code}/huong-uoc`;
const item = (id: number) => `${list()}/${id}`;

/** Every id on a page is unique (labels and the error summary link to them; WCAG 4.1.1). */
function expectUniqueIds(html: string) {
  const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
}

async function signedIn(username: string) {
  const client = new TestClient(app);
  await client.signIn(username, TEST_PASSWORD);
  return client;
}

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  v = await conventionVillage(db, 10);
  ({ otherCommuneCode } = await conventionAccounts(db, v));
  recognised = (await recognisedConvention(db, v, { proposal: { title: "Hương ước thôn Thử" } }))
    .id;
  consulting = await conventionInConsultation(db, v, {
    proposal: { title: "Quy ước đang lấy ý kiến", kind: "quy_uoc" },
    body: "Điều 1. Dự thảo quy ước đang niêm yết.",
  });
  drafting = await db
    .transaction()
    .execute((tx) =>
      proposeConvention(
        tx,
        v.head,
        v.village,
        proposalInput({ title: "Bản đang soạn kín" }),
        "2026-01-05",
      ),
    );
});

describe("public convention pages (NĐ 61/2023 Điều 9, 11, 15)", () => {
  it("lists the recognised convention and the posted draft, never one still being drafted", async () => {
    const res = await app.request(`/u/${v.village.code}/huong-uoc`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`/u/${v.village.code}/huong-uoc/${recognised}`);
    expect(html).toContain("Hương ước: Hương ước thôn Thử");
    expect(html).toContain("Quy ước: Quy ước đang lấy ý kiến");
    expect(html).not.toContain("Bản đang soạn kín");
    // The commune's page lists its villages' conventions too.
    const commune = await (await app.request(`/u/${v.commune.code}/huong-uoc`)).text();
    expect(commune).toContain(`/u/${v.village.code}/huong-uoc/${recognised}`);
  });

  it("the recognised text with its decision and day in force (R71)", async () => {
    const res = await app.request(`/u/${v.village.code}/huong-uoc/${recognised}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("15/QĐ-UBND, 17/03/2026");
    expect(html).toContain("Có hiệu lực từ ngày</dt><dd>17/03/2026");
    expect(html).toContain(
      "<p>Điều 2. Mỗi hộ giữ vệ sinh đường làng, không đổ rác ra kênh mương.</p>",
    );
  });

  it("a posted draft says how long it is posted and how to comment, and that it is not in force", async () => {
    const html = await (await app.request(`/u/${v.village.code}/huong-uoc/${consulting}`)).text();
    expect(html).toContain("Dự thảo được niêm yết ít nhất đến ngày 03/03/2026.");
    expect(html).toContain("Gửi dự thảo đến từng hộ gia đình; Hòm thư góp ý");
    expect(html).toContain(
      "Chưa có hiệu lực: hương ước, quy ước chỉ có hiệu lực từ ngày UBND xã công nhận.",
    );
  });

  it("404 for a convention still being drafted, for an unknown id, and under another commune's code", async () => {
    expect((await app.request(`/u/${v.village.code}/huong-uoc/${drafting}`)).status).toBe(404);
    expect((await app.request(`/u/${v.village.code}/huong-uoc/999999`)).status).toBe(404);
    expect((await app.request(`/u/${otherCommuneCode}/huong-uoc/${recognised}`)).status).toBe(404);
  });
});

describe("the village's convention admin pages", () => {
  it("signed out: the pages redirect to sign-in and a form is 401", async () => {
    const res = await app.request(list());
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/dang-nhap?next=${encodeURIComponent(list())}`);
    const anonymous = new TestClient(app);
    await anonymous.get("/dang-nhap");
    const post = await anonymous.post(list(), {
      kind: "huong_uoc",
      title: "X",
      proposedOn: "2026-11-01",
    });
    expect(post.status).toBe(401);
    expect(anonymous.lastBody).toContain("Bạn cần đăng nhập để tiếp tục.");
    const step = await anonymous.post(`${item(consulting)}/gop-y`, { receivedOn: "2026-02-05" });
    expect(step.status).toBe(401);
  });

  it("403 for an official of another commune, 404 for this convention under that commune's code", async () => {
    const stranger = await signedIn("canbo.xakhac");
    expect((await stranger.get(list())).status).toBe(403);
    expect((await stranger.get(item(recognised))).status).toBe(403);
    expect(
      (await stranger.get(`/quan-tri/${otherCommuneCode}/huong-uoc/${recognised}`)).status,
    ).toBe(404);
    await stranger.get(`/quan-tri/${otherCommuneCode}/huong-uoc`);
    const post = await stranger.post(
      `/quan-tri/${otherCommuneCode}/huong-uoc/${recognised}/kien-nghi`,
      {
        receivedOn: "2026-04-01",
        source: "household",
        content: "x",
      },
    );
    expect(post.status).toBe(404);
  });

  it("the head proposes: a missing title is 400 with its message and writes nothing; a proposal redirects to its page", async () => {
    const head = await signedIn("truong.thon");
    const page = await head.get(list());
    expect(page.status).toBe(200);
    expect(head.lastBody).toContain("Đề xuất xây dựng hương ước, quy ước");
    expectUniqueIds(head.lastBody);
    const bad = await head.post(list(), {
      kind: "huong_uoc",
      title: "",
      proposedBy: "village_head",
      frontAgreedBy: "Trần Văn Mặt Trận",
      frontAgreedOn: "2026-11-02",
      proposedOn: "2026-11-02",
    });
    expect(bad.status).toBe(400);
    expect(head.lastBody).toContain("Tên hương ước, quy ước là bắt buộc.");
    const noAgreement = await head.post(list(), {
      kind: "quy_uoc",
      title: "Quy ước không thống nhất",
      proposedBy: "village_head",
      proposedOn: "2026-11-02",
    });
    expect(noAgreement.status).toBe(400);
    expect(head.lastBody).toContain("(R15, Luật 10/2022 Điều 16)");
    const none = await db
      .selectFrom("decision_convention")
      .select("id")
      .where("title", "=", "Quy ước không thống nhất")
      .execute();
    expect(none).toEqual([]);
    const ok = await head.post(list(), {
      kind: "quy_uoc",
      title: "Quy ước tổ dân phố mới",
      proposedBy: "village_head",
      frontAgreedBy: "Trần Văn Mặt Trận",
      frontAgreedOn: "2026-11-02",
      proposedOn: "2026-11-02",
    });
    expect(ok.status).toBe(303);
    const id = Number(ok.headers.get("location")!.split("/").at(-1));
    expect(await findConvention(db, id)).toMatchObject({
      kind: "quy_uoc",
      status: "drafting",
      proposed_on: "2026-11-02",
    });
  });

  it("the head sets the team, drafts and posts through the forms; R68 refuses a period under 30 days", async () => {
    const head = await signedIn("truong.thon");
    const id = await db
      .transaction()
      .execute((tx) =>
        proposeConvention(
          tx,
          v.head,
          v.village,
          proposalInput({ title: "Hương ước qua biểu mẫu" }),
          "2026-01-05",
        ),
      );
    await head.get(item(id));
    const team = await head.post(`${item(id)}/to-soan-thao`, {
      "members.0.name": "Nguyễn Văn Trưởng",
      "members.0.role": "Trưởng thôn",
      "members.0.elder": "on",
      "members.1.name": "Trần Văn Mặt Trận",
    });
    expect(team.status).toBe(303);
    const draft = await head.post(`${item(id)}/du-thao`, { body: DRAFT_TEXT, note: "" });
    expect(draft.status).toBe(303);
    const short = await head.post(`${item(id)}/niem-yet`, {
      postedOn: "2026-11-20",
      place: "Nhà văn hóa thôn",
      minDays: "29",
      "channel.meeting": "on",
    });
    expect(short.status).toBe(400);
    expect(head.lastBody).toContain(
      "Thời gian niêm yết ít nhất 30 ngày (R68, NĐ 61/2023 Điều 9.1).",
    );
    const noChannel = await head.post(`${item(id)}/niem-yet`, {
      postedOn: "2026-11-20",
      place: "Nhà văn hóa thôn",
      minDays: "30",
    });
    expect(noChannel.status).toBe(400);
    expect(head.lastBody).toContain("Chọn ít nhất một cách lấy ý kiến (NĐ 61/2023 Điều 9.2).");
    const posted = await head.post(`${item(id)}/niem-yet`, {
      postedOn: "2026-11-20",
      place: "Nhà văn hóa thôn",
      minDays: "30",
      "channel.meeting": "on",
      "channel.online": "on",
    });
    expect(posted.status).toBe(303);
    expect(await findConvention(db, id)).toMatchObject({
      status: "consultation",
      consultation_from: "2026-11-20",
      channels: ["online", "meeting"],
    });
    expect((await versionsOf(db, id)).map((x) => [x.version, x.posted_on])).toEqual([
      [1, "2026-11-20"],
    ]);
    // A meeting 29 days after the posting is refused with R68's own words.
    const early = await head.post(`${item(id)}/bieu-quyet`, { heldOn: "2026-12-19", place: "" });
    expect(early.status).toBe(400);
    expect(head.lastBody).toContain("mới 29 ngày trước ngày thông qua 19/12/2026");
    await head.get(item(id));
    expect(head.lastBody).toContain("thông qua sớm nhất ngày 20/12/2026 (R68)");
  });

  it("a step out of turn is 409: the recognised convention's draft cannot be edited", async () => {
    const head = await signedIn("truong.thon");
    await head.get(item(recognised));
    const res = await head.post(`${item(recognised)}/du-thao`, { body: "Sửa lén", note: "" });
    expect(res.status).toBe(409);
    expect(head.lastBody).toContain(
      "Không thực hiện được bước này: hương ước, quy ước đã được công nhận, đang có hiệu lực.",
    );
  });

  it("the commune recognises; the head may not (403); a recognition without the seal is 400 (R67)", async () => {
    const a = await adoptedConvention(db, v, { proposal: { title: "Hương ước chờ công nhận" } });
    await db
      .transaction()
      .execute((tx) =>
        submitConventionDossier(
          tx,
          v.head,
          civilServiceCalendar(),
          a.id,
          { submittedOn: "2026-03-10" },
          "2026-03-10",
        ),
      );
    const head = await signedIn("truong.thon");
    await head.get(item(a.id));
    expect(head.lastBody).not.toContain("Quyết định của UBND xã (R71");
    const refused = await head.post(`${item(a.id)}/cong-nhan`, {
      decision: "recognise",
      on: "2026-03-12",
      sealAcrossPages: "on",
    });
    expect(refused.status).toBe(403);
    const official = await signedIn("canbo.xa");
    await official.get(item(a.id));
    expect(official.lastBody).toContain("Hạn quyết định: 17/03/2026");
    expectUniqueIds(official.lastBody);
    const unsealed = await official.post(`${item(a.id)}/cong-nhan`, {
      decision: "recognise",
      on: "2026-03-12",
      number: "20/QĐ-UBND",
    });
    expect(unsealed.status).toBe(400);
    expect(official.lastBody).toContain(
      "chưa đóng dấu giáp lai của UBND xã (R67, NĐ 61/2023 Điều 6.1).",
    );
    const badDate = await official.post(`${item(a.id)}/cong-nhan`, {
      decision: "recognise",
      on: "12/03/2026",
      sealAcrossPages: "on",
    });
    expect(badDate.status).toBe(400);
    expect(official.lastBody).toContain("Ngày quyết định phải có dạng năm-tháng-ngày");
    const ok = await official.post(`${item(a.id)}/cong-nhan`, {
      decision: "recognise",
      on: "2026-03-12",
      number: "20/QĐ-UBND",
      sealAcrossPages: "on",
    });
    expect(ok.status).toBe(303);
    expect(await findConvention(db, a.id)).toMatchObject({
      status: "recognised",
      in_force_on: "2026-03-12",
      decision_number: "20/QĐ-UBND",
    });
  });

  it("complaints: the commune records one and sees both R72 clocks; a suspension without its deadline is 400", async () => {
    const official = await signedIn("canbo.xa");
    await official.get(item(recognised));
    const res = await official.post(`${item(recognised)}/kien-nghi`, {
      receivedOn: "2026-04-01",
      source: "household",
      complainant: "Hộ ông Dân",
      content: "Điều 2 phạt tiền",
    });
    expect(res.status).toBe(303);
    await official.get(item(recognised));
    expect(official.lastBody).toContain("Trả lời, tạm ngưng: 06/04/2026");
    expect(official.lastBody).toContain("Bãi bỏ: 08/04/2026");
    expectUniqueIds(official.lastBody);
    const complaintId = official.lastBody.match(
      /name="complaintId"[^>]*><option value="(\d+)"/,
    )![1]!;
    const bad = await official.post(`${item(recognised)}/xu-ly-kien-nghi`, {
      complaintId,
      action: "suspended",
      ground: "content",
      partText: "Điều 2",
      reason: "Điều 2 trái Điều 4 Nghị định 61.",
      on: "2026-04-03",
    });
    expect(bad.status).toBe(400);
    expect(official.lastBody).toContain(
      "Quyết định tạm ngưng phải ghi thời hạn thực hiện lại hoặc sửa đổi, bổ sung (R72, NĐ 61/2023 Điều 12.1).",
    );
    const missing = await official.post(`${item(recognised)}/xu-ly-kien-nghi`, {
      complaintId: "999999",
      action: "unfounded",
      reason: "Không có cơ sở để tạm ngưng.",
      on: "2026-04-03",
    });
    expect(missing.status).toBe(404);
    const ok = await official.post(`${item(recognised)}/xu-ly-kien-nghi`, {
      complaintId,
      action: "suspended",
      ground: "content",
      partText: "Điều 2",
      reason: "Điều 2 trái Điều 4 Nghị định 61.",
      amendBy: "2026-05-03",
      on: "2026-04-03",
    });
    expect(ok.status).toBe(303);
    // Signed in, so that the 5-second public cache of the earlier anonymous visit does not answer.
    await official.get(`/u/${v.village.code}/huong-uoc/${recognised}`);
    const html = official.lastBody;
    expect(html).toContain("Tạm ngưng thực hiện 03/04/2026");
    expect(html).not.toContain("Hộ ông Dân");
  });

  it("the list shows what is due with its rule: the yearly review on 18/11 (R73)", async () => {
    const official = await signedIn("canbo.xa");
    await official.get(`/quan-tri/${v.commune.code}/huong-uoc`);
    expect(official.lastBody).toContain("Đánh giá việc thực hiện hương ước, quy ước năm 2026");
    expect(official.lastBody).toContain("18/11/2026");
    expect(official.lastBody).toContain("NĐ 61/2023 Điều 15.4");
    // A commune official proposes nothing: conventions are the villages' own.
    expect(official.lastBody).not.toContain("Đề xuất xây dựng hương ước, quy ước");
  });
});

describe("each stage shows its own step", () => {
  it("consultation with a new unposted version: drafting, posting, comments and the vote on one page", async () => {
    const head = await signedIn("truong.thon");
    const id = await conventionInConsultation(db, v, {
      proposal: { title: "Hương ước có bản sửa" },
    });
    await db
      .transaction()
      .execute((tx) =>
        saveConventionDraft(tx, v.head, id, { body: "Điều 1 (sửa).", note: "Tiếp thu" }),
      );
    expect((await head.get(item(id))).status).toBe(200);
    for (const form of ["/du-thao", "/niem-yet", "/gop-y", "/bieu-quyet", "/to-soan-thao"]) {
      expect(head.lastBody).toContain(`action="${item(id)}${form}"`);
    }
    expect(head.lastBody).toContain("Niêm yết dự thảo phiên bản 2");
    expectUniqueIds(head.lastBody);
  });

  it("voting: the link to the matter and the result step; adopted: signatures and the dossier with its due day", async () => {
    const head = await signedIn("truong.thon");
    const voting = await conventionInConsultation(db, v, {
      proposal: { title: "Hương ước đang biểu quyết" },
    });
    await db.transaction().execute((tx) =>
      openConventionAdoption(tx, v.head, voting, {
        heldOn: "2026-03-03",
        place: null,
        agreementBy: null,
        agreementOn: null,
      }),
    );
    expect((await head.get(item(voting))).status).toBe(200);
    expect(head.lastBody).toContain("Ghi nhận kết quả");
    expectUniqueIds(head.lastBody);
    expect(head.lastBody).toContain(`/quan-tri/${v.village.code}/quyet-dinh/`);
    // The matter is not counted yet: the step is refused with a conflict.
    const early = await head.post(`${item(voting)}/ket-qua`, {});
    expect(early.status).toBe(409);
    expect(head.lastBody).toContain(
      "Cộng đồng chưa có kết quả biểu quyết về hương ước, quy ước này.",
    );
    const adopted = await adoptedConvention(db, v, {
      proposal: { title: "Hương ước đã thông qua" },
    });
    expect((await head.get(item(adopted.id))).status).toBe(200);
    expect(head.lastBody).toContain("Gửi hồ sơ đề nghị công nhận (R71, NĐ 61/2023 Điều 11)");
    expectUniqueIds(head.lastBody);
    expect(head.lastBody).toContain("hạn 10/03/2026");
    expect(head.lastBody).toContain("Trưởng thôn: Nguyễn Văn Trưởng");
  });
});
