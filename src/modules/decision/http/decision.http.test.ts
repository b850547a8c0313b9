import { beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { jsonOf, TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import { appointPosition, createBody, type UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { openMatter } from "../commands/open-matter.ts";
import { openRound } from "../commands/open-round.ts";
import { prepareRound } from "../commands/prepare-round.ts";
import { roundsOf } from "../db/decision.repo.ts";
import { bulkHouseholds, matterInput, officialOf } from "../testing/factories.ts";

// The community-decision pages and API over a real database (issue #4, parts 1–5, 7, 8): every
// family answers 401, 400, 403 (wrong role, another commune, another village), 404 and success.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let commune: UnitRow;
let village: UnitRow;
let village2: UnitRow;
let otherCommune: UnitRow;
let reps: { householdId: number; personId: number; code: string }[];
let reps2: { householdId: number; personId: number; code: string }[];
const today = todayInVietnam();

const plusDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const ONLINE_TEAM = [
  { name: "Lê Văn Thôn", represents: "village", leader: false },
  { name: "Phạm Thị Mặt Trận", represents: "front", leader: true },
  { name: "Hoàng Văn Hộ", represents: "household", leader: false },
  { name: "Vũ Văn Tin", represents: "it", leader: false },
] as const;

/** An online vote (item 6) in `village`, prepared and opened today; closes after `days` days. */
async function openOnline(title: string, days: number) {
  const ctx = officialOf(commune);
  return db.transaction().execute(async (tx) => {
    const id = await openMatter(
      tx,
      ctx,
      village,
      matterInput({
        item: 6,
        title,
        question: `${title}?`,
        form: "online",
        noMeetingAgreed: true,
        heldOn: today,
        closesOn: plusDays(today, days),
        agreementOn: plusDays(today, -5),
      }),
    );
    const roundId = (await roundsOf(tx, id))[0]!.id;
    await prepareRound(tx, ctx, roundId, {
      reportLoggedOn: plusDays(today, -1),
      optInHouseholds: 4,
      team: ONLINE_TEAM.map((m) => ({ ...m })),
    });
    await openRound(tx, ctx, roundId, today);
    return { id, roundId };
  });
}

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

async function tokenOf(username: string) {
  const client = await signedIn(username);
  await client.post("/tai-khoan/token", { name: "bieu-quyet" });
  return client.lastBody.match(/<code>(coso_[^<]+)<\/code>/)![1]!;
}

const vote = (matterId: number, roundId: number, token: string | null, body: unknown) =>
  app.request(`/api/v1/matters/${matterId}/rounds/${roundId}/votes`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  const tree = await makeCommuneTree(db, 2);
  commune = tree.commune;
  [village, village2] = tree.villages as [UnitRow, UnitRow];
  otherCommune = (await makeCommuneTree(db, 1)).commune;
  reps = await bulkHouseholds(db, village.id, 6, { prefix: "A" });
  reps2 = await bulkHouseholds(db, village2.id, 3, { prefix: "B" });
  await makeAccount(db, commune, "xa.canbo", "official");
  await makeAccount(db, otherCommune, "xakhac.canbo", "official");
  await makeAccount(db, village, "dan.mot", undefined, reps[0]!.personId);
  await makeAccount(db, village, "dan.hai", undefined, reps[1]!.personId);
  await makeAccount(db, village2, "dan.thonhai", undefined, reps2[0]!.personId);
  // The village head holds the village's management position (role village_head).
  const head = await makeAccount(db, village, "thon.truong");
  await db.transaction().execute(async (tx) => {
    const ctx = systemContext();
    const body = await createBody(tx, ctx, village, {
      kind: "village_management",
      name: "Ban điều hành thôn",
    });
    await appointPosition(tx, ctx, village, {
      bodyId: body.id,
      personId: head.personId,
      title: "head",
      termStart: "2024-01-01",
      termEnd: null,
    });
  });
});

describe("admin tab: matters and opening one (Art 15–17; R14–R18)", () => {
  it("401 for a visitor, 403 for a resident and for another commune's official, 200 for the commune", async () => {
    const anon = await app.request(`/quan-tri/${commune.code}/quyet-dinh`);
    expect(anon.status).toBe(303);
    expect(anon.headers.get("location")).toBe(
      `/dang-nhap?next=${encodeURIComponent(`/quan-tri/${commune.code}/quyet-dinh`)}`,
    );
    const visitor = new TestClient(app);
    await visitor.get("/dang-nhap");
    const post = await visitor.post(`/quan-tri/${village.code}/quyet-dinh`, { title: "x" });
    expect(post.status).toBe(401);
    expect(
      (await (await signedIn("dan.mot")).get(`/quan-tri/${village.code}/quyet-dinh`)).status,
    ).toBe(403);
    expect(
      (await (await signedIn("xakhac.canbo")).get(`/quan-tri/${commune.code}/quyet-dinh`)).status,
    ).toBe(403);
    const official = await signedIn("xa.canbo");
    expect((await official.get(`/quan-tri/${commune.code}/quyet-dinh`)).status).toBe(200);
    expect(official.lastBody).toContain("Nội dung Nhân dân bàn và quyết định");
    expect(official.lastBody).toContain('aria-current="page">Quyết định</a>');
    expectUniqueIds(official.lastBody);
  });

  it("400: missing fields re-render the form with Vietnamese messages; nothing is written", async () => {
    const head = await signedIn("thon.truong");
    await head.get(`/quan-tri/${village.code}/quyet-dinh`);
    const res = await head.post(`/quan-tri/${village.code}/quyet-dinh`, {
      item: "",
      scope: "village",
      title: "",
      question: "Có đồng ý không?",
      opener: "village_head",
      form: "meeting",
      heldOn: "2026-02-30",
    });
    expect(res.status).toBe(400);
    expect(head.lastBody).toContain("Chọn một trong 6 nội dung của Điều 15.");
    expect(head.lastBody).toContain("Tên nội dung là bắt buộc.");
    expect(head.lastBody).toContain("Ngày họp, ngày bắt đầu không phải là ngày có thật.");
    const rows = await db
      .selectFrom("decision_matter")
      .select("id")
      .where("question", "=", "Có đồng ý không?")
      .execute();
    expect(rows).toEqual([]);
  });

  it("400 citing the rule: item 4 online is refused (R18); a commune-wide item 3 is refused (R14)", async () => {
    const head = await signedIn("thon.truong");
    await head.get(`/quan-tri/${village.code}/quyet-dinh`);
    const online = await head.post(`/quan-tri/${village.code}/quyet-dinh`, {
      item: "4",
      scope: "village",
      title: "Bầu trưởng thôn trực tuyến",
      question: "Bầu ông A?",
      opener: "village_head",
      agreementBy: "Trần Văn Mặt Trận",
      agreementOn: plusDays(today, -3),
      noMeetingAgreed: "on",
      form: "online",
      heldOn: today,
    });
    expect(online.status).toBe(400);
    expect(head.lastBody).toContain("R18");
    expect(head.lastBody).toContain("không áp dụng cho nội dung 4");
    const official = await signedIn("xa.canbo");
    await official.get(`/quan-tri/${commune.code}/quyet-dinh`);
    const communeWide = await official.post(`/quan-tri/${commune.code}/quyet-dinh`, {
      item: "3",
      scope: "commune",
      title: "Hương ước toàn xã",
      question: "Thông qua?",
      opener: "commune_chair",
      agreementBy: "Chủ tịch UBMTTQ xã",
      agreementOn: plusDays(today, -3),
      form: "meeting",
      heldOn: today,
    });
    expect(communeWide.status).toBe(400);
    expect(official.lastBody).toContain("R14");
  });

  it("403: another commune's official may not open a matter here", async () => {
    const other = await signedIn("xakhac.canbo");
    await other.get("/cua-toi");
    const res = await other.post(`/quan-tri/${village.code}/quyet-dinh`, {
      item: "1",
      scope: "village",
      title: "Không được",
      question: "?",
      opener: "village_head",
      form: "meeting",
      heldOn: today,
    });
    expect(res.status).toBe(403);
  });

  it("404: an unknown matter, or one of another commune reached through this one", async () => {
    const official = await signedIn("xa.canbo");
    expect((await official.get(`/quan-tri/${commune.code}/quyet-dinh/999999`)).status).toBe(404);
    const other = await makeCommuneTree(db, 1);
    await bulkHouseholds(db, other.villages[0]!.id, 2, { prefix: "Z" });
    const id = await db
      .transaction()
      .execute((tx) =>
        openMatter(
          tx,
          officialOf(other.commune),
          other.villages[0]!,
          matterInput({ heldOn: today, closesOn: today }),
        ),
      );
    expect((await official.get(`/quan-tri/${commune.code}/quyet-dinh/${id}`)).status).toBe(404);
    expect(official.lastBody).toContain("Không có nội dung biểu quyết này trong đơn vị.");
    expect((await official.get(`/quan-tri/${commune.code}/quyet-dinh/dot/999999`)).status).toBe(
      404,
    );
  });

  it("a commune-wide item 1 opens one round in every village (R27), listed on the village's tab too", async () => {
    const official = await signedIn("xa.canbo");
    await official.get(`/quan-tri/${commune.code}/quyet-dinh`);
    const res = await official.post(`/quan-tri/${commune.code}/quyet-dinh`, {
      item: "1",
      scope: "commune",
      title: "Đóng góp làm đường trục xã",
      question: "Đồng ý đóng góp 300.000 đồng/hộ?",
      opener: "commune_chair",
      agreementBy: "Chủ tịch UBMTTQ xã",
      agreementOn: plusDays(today, -3),
      perVillageRule: "two_thirds",
      form: "ballot",
      heldOn: plusDays(today, 3),
      closesOn: plusDays(today, 6),
      place: "Tại hộ gia đình",
    });
    expect(res.status).toBe(303);
    const url = res.headers.get("location")!;
    const id = Number(url.split("/").at(-1));
    const rounds = await roundsOf(db, id);
    expect(rounds.map((r) => r.unit_id).sort()).toEqual([village.id, village2.id].sort());
    await official.get(url);
    expect(official.lastBody).toContain("Đóng góp làm đường trục xã");
    expect(official.lastBody).toContain(
      `/quan-tri/${village.code}/quyet-dinh/dot/${rounds.find((r) => r.unit_id === village.id)!.id}`,
    );
    const head = await signedIn("thon.truong");
    await head.get(`/quan-tri/${village.code}/quyet-dinh`);
    expect(head.lastBody).toContain("Đóng góp làm đường trục xã");
    expect(head.lastBody).toContain("Đợt của thôn");
  });
});

describe("a village meeting run through the admin pages (R19, R21, R24–R26, R34–R37)", () => {
  let base: string;
  let roundUrl: string;
  let head: TestClient;

  it("opens a matter, refuses to open the round until the notice is in time (R19), then opens it", async () => {
    head = await signedIn("thon.truong");
    await head.get(`/quan-tri/${village.code}/quyet-dinh`);
    const res = await head.post(`/quan-tri/${village.code}/quyet-dinh`, {
      item: "4",
      scope: "village",
      title: "Bầu Trưởng thôn nhiệm kỳ 2026–2028",
      question: "Đồng ý bầu ông Nguyễn Văn Bình làm Trưởng thôn?",
      opener: "village_head",
      agreementBy: "Trần Văn Mặt Trận",
      agreementOn: plusDays(today, -10),
      form: "meeting",
      heldOn: today,
      place: "Nhà văn hóa thôn",
    });
    expect(res.status).toBe(303);
    base = res.headers.get("location")!;
    const id = Number(base.split("/").at(-1));
    const round = (await roundsOf(db, id))[0]!;
    roundUrl = `/quan-tri/${village.code}/quyet-dinh/dot/${round.id}`;
    await head.get(roundUrl);
    expect(head.lastBody).toContain("Chuẩn bị");
    const refused = await head.post(`${roundUrl}/mo`, {});
    expect(refused.status).toBe(400);
    expect(head.lastBody).toContain("<strong>R19</strong>");
    expect(head.lastBody).toContain("Chưa gửi thông báo mời họp (Mẫu 01)");
    const badDate = await head.post(`${roundUrl}/chuan-bi`, {
      heldOn: today,
      closesOn: plusDays(today, -1),
    });
    expect(badDate.status).toBe(400);
    expect(head.lastBody).toContain("Ngày kết thúc không được trước ngày bắt đầu.");
    const prepared = await head.post(`${roundUrl}/chuan-bi`, {
      heldOn: today,
      closesOn: today,
      place: "Nhà văn hóa thôn",
      noticeDeliveredOn: plusDays(today, -3),
      noticePosted: "on",
    });
    expect(prepared.status).toBe(303);
    expect((await head.post(`${roundUrl}/mo`, {})).status).toBe(303);
    await head.get(roundUrl);
    expect(head.lastBody).toContain("Tổng số hộ đã chốt (N)</dt><dd>6");
  });

  it("registers 4 households, refuses a second representative (409), records a procedural vote (R21)", async () => {
    for (const r of reps.slice(0, 4)) {
      const res = await head.post(`${roundUrl}/du-hop`, {
        householdCode: r.code,
        representative: `Đại diện ${r.code}`,
      });
      expect(res.status).toBe(303);
    }
    const twice = await head.post(`${roundUrl}/du-hop`, {
      householdCode: reps[0]!.code,
      representative: "Người thứ hai",
    });
    expect(twice.status).toBe(409);
    expect(head.lastBody).toContain("đã có người đại diện dự họp");
    const speaker = await head.post(`${roundUrl}/phat-bieu`, {
      speakerHousehold: reps[0]!.code,
      speakerName: "Trần Thị Vợ",
    });
    expect(speaker.status).toBe(303);
    const proc = await head.post(`${roundUrl}/thu-tuc`, {
      subject: "secretary",
      label: "Bà Lê Thị C làm thư ký",
      yes: "3",
    });
    expect(proc.status).toBe(303);
    await head.get(roundUrl);
    expect(head.lastBody).toContain("Trần Thị Vợ");
    expect(head.lastBody).toContain("3/4");
    expectUniqueIds(head.lastBody);
    const tooMany = await head.post(`${roundUrl}/gio-tay`, {
      handsYes: "4",
      handsNo: "1",
      handsOther: "0",
    });
    expect(tooMany.status).toBe(400);
    expect(head.lastBody).toContain("lớn hơn số đại diện hộ dự họp (4)");
  });

  it("counts the show of hands over ALL 6 households: 4 of 6 passes item 4 (2*Y > N, R26)", async () => {
    expect(
      (await head.post(`${roundUrl}/gio-tay`, { handsYes: "4", handsNo: "0", handsOther: "0" }))
        .status,
    ).toBe(303);
    expect((await head.post(`${roundUrl}/kiem-phieu`, {})).status).toBe(303);
    await head.get(roundUrl);
    expect(head.lastBody).toContain("Đã kiểm phiếu");
    expect(head.lastBody).toContain("2 × 4 = 8 &gt; 6");
    expect(head.lastBody).toContain("4/6 hộ (67%)");
    // A show of hands has no count minutes (Mẫu 02 is for a secret ballot).
    const minutes = await head.get(`${roundUrl}/bien-ban-kiem-phieu.docx`);
    expect(minutes.status).toBe(409);
  });

  it("the record is prefilled from the count; finalising lists each missing field with R34", async () => {
    await head.get(base);
    expect(head.lastBody).toContain('name="households" type="text" value="6"');
    expect(head.lastBody).toContain('name="absent" type="text" value="2"');
    const saved = await head.post(`${base}/van-ban`, {
      docForm: "bien_ban",
      heldOn: today,
      households: "6",
      attending: "4",
      absent: "2",
      content: "Bầu Trưởng thôn.",
      formText: "Họp cộng đồng dân cư",
      resultText: "Đồng ý 4/6 hộ.",
      decisionText: "Ông Nguyễn Văn Bình trúng cử Trưởng thôn.",
      signHead: "Nguyễn Văn Trưởng",
    });
    expect(saved.status).toBe(303);
    const refused = await head.post(`${base}/hoan-tat`, {});
    expect(refused.status).toBe(400);
    expect(head.lastBody).toContain(
      "Văn bản quyết định thiếu chữ ký của Trưởng ban công tác Mặt trận (R34, Luật 10/2022 Điều 20.2).",
    );
    expect(head.lastBody).toContain(
      "Văn bản quyết định thiếu chữ ký của đại diện hộ gia đình thứ hai",
    );
    const docx = await head.get(`${base}/quyet-dinh.docx`);
    expect(docx.status).toBe(409);
    await head.get(base);
    await head.post(`${base}/van-ban`, {
      docForm: "bien_ban",
      heldOn: today,
      households: "6",
      attending: "4",
      absent: "2",
      content: "Bầu Trưởng thôn.",
      formText: "Họp cộng đồng dân cư",
      resultText: "Đồng ý 4/6 hộ.",
      decisionText: "Ông Nguyễn Văn Bình trúng cử Trưởng thôn.",
      signHead: "Nguyễn Văn Trưởng",
      signFrontHead: "Trần Văn Mặt Trận",
      signRep1: "Đỗ Văn Một",
      signRep2: "Ngô Thị Hai",
    });
    expect((await head.post(`${base}/hoan-tat`, {})).status).toBe(303);
    const file = await head.get(`${base}/quyet-dinh.docx`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(file.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("Quyết định Bầu Trưởng thôn nhiệm kỳ 2026–2028.docx")}`,
    );
    expect(new Uint8Array(await file.arrayBuffer()).slice(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    );
  });

  it("dispatch (R35); recognition only by the commune (403 for the head), refusal needs reasons (R37)", async () => {
    // A record whose 5 working days have run out is flagged, and its dispatch recorded as late.
    const matterId = Number(base.split("/").at(-1));
    await db
      .updateTable("decision_record")
      .set({ dispatch_due: plusDays(today, -1) })
      .where("matter_id", "=", matterId)
      .execute();
    await head.get(base);
    expect(head.lastBody).toContain(
      `Chưa gửi; hạn ${plusDays(today, -1).split("-").reverse().join("/")} <span class="badge badge-bad">Quá hạn</span>`,
    );
    const future = await head.post(`${base}/gui`, { dispatchedOn: plusDays(today, 1) });
    expect(future.status).toBe(400);
    expect(head.lastBody).toContain("Ngày gửi không được ở tương lai.");
    expect((await head.post(`${base}/gui`, { dispatchedOn: today })).status).toBe(303);
    await head.get(base);
    expect(head.lastBody).toContain("Gửi chậm (R35)");
    expect(
      (await head.post(`${base}/cong-nhan`, { decision: "recognise", on: today })).status,
    ).toBe(403);
    const official = await signedIn("xa.canbo");
    const url = base.replace(`/quan-tri/${village.code}/`, `/quan-tri/${commune.code}/`);
    await official.get(url);
    expect(official.lastBody).toContain("Công nhận hoặc từ chối công nhận (R36, R37)");
    expect(official.lastBody).toContain("Hủy bỏ hoặc yêu cầu sửa đổi (R38");
    expectUniqueIds(official.lastBody);
    const noReason = await official.post(`${url}/cong-nhan`, {
      decision: "refuse",
      on: today,
      reason: "",
    });
    expect(noReason.status).toBe(400);
    expect(official.lastBody).toContain("nêu rõ lý do (Luật 10/2022 Điều 21.2)");
    expect(
      (await official.post(`${url}/cong-nhan`, { decision: "recognise", on: today })).status,
    ).toBe(303);
    await official.get(url);
    expect(official.lastBody).toContain("Đã công nhận ngày");
    expect(official.lastBody).toContain("Có hiệu lực từ ngày");
  });

  it("annulment needs a ground of Art 22.2 (R38); ground c is refused", async () => {
    const official = await signedIn("xa.canbo");
    const url = base.replace(`/quan-tri/${village.code}/`, `/quan-tri/${commune.code}/`);
    await official.get(url);
    const c = await official.post(`${url}/huy-bo`, {
      ground: "c",
      action: "annul",
      annulReason: "Cộng đồng muốn thay đổi nội dung đã quyết.",
      annulOn: today,
    });
    expect(c.status).toBe(400);
    expect(official.lastBody).toContain("R38");
    const missing = await official.post(`${url}/huy-bo`, {
      ground: "",
      action: "annul",
      annulOn: today,
    });
    expect(missing.status).toBe(400);
    expect(official.lastBody).toContain("Chọn căn cứ theo Điều 22.2.");
    expect(official.lastBody).toContain("Lý do là bắt buộc.");
    const ok = await official.post(`${url}/huy-bo`, {
      ground: "b",
      action: "request_amendment",
      annulReason: "Không gửi giấy mời đến đủ các hộ theo quy định.",
      annulOn: today,
    });
    expect(ok.status).toBe(303);
    const page = await (
      await app.request(`/u/${village.code}/quyet-dinh/${base.split("/").at(-1)}`)
    ).text();
    expect(page).toContain("UBND xã yêu cầu sửa đổi ngày");
    expect(page).toContain("b) Không đúng trình tự, thủ tục");
  });
});

describe("initiatives (R16, Art 16.3)", () => {
  it("records consents per household and tables at 10 % of ALL households", async () => {
    const head = await signedIn("thon.truong");
    await head.get(`/quan-tri/${village.code}/quyet-dinh`);
    const bad = await head.post(`/quan-tri/${village.code}/quyet-dinh/kien-nghi`, {
      initiativeTitle: "",
      initiatorName: "Lê Văn Dân",
      openedOn: today,
    });
    expect(bad.status).toBe(400);
    expect(head.lastBody).toContain("Tên kiến nghị là bắt buộc.");
    const res = await head.post(`/quan-tri/${village.code}/quyet-dinh/kien-nghi`, {
      initiativeTitle: "Lắp đèn đường xóm Trại",
      initiatorName: "Lê Văn Dân",
      openedOn: today,
    });
    expect(res.status).toBe(303);
    const url = res.headers.get("location")!;
    await head.get(url);
    expect(
      (await head.post(`${url}/dong-y`, { householdCode: "NOPE", givenOn: today })).status,
    ).toBe(400);
    expect(head.lastBody).toContain("Không có hộ mang mã NOPE trong thôn.");
    expect(
      (await head.post(`${url}/dong-y`, { householdCode: reps[2]!.code, givenOn: today })).status,
    ).toBe(303);
    expect(
      (await head.post(`${url}/dong-y`, { householdCode: reps[2]!.code, givenOn: today })).status,
    ).toBe(409);
    expect((await head.post(`${url}/dua-ra`, {})).status).toBe(303);
    await head.get(url);
    expect(head.lastBody).toContain("Đủ điều kiện đưa ra cộng đồng");
    expect(head.lastBody).toContain("1/6");
  });
});

describe("online vote: public page, receipt, API (NĐ 59/2023 Điều 5; R31–R33)", () => {
  let open: { id: number; roundId: number };
  let closed: { id: number; roundId: number };
  let receipt: string;

  beforeAll(async () => {
    open = await openOnline("Giờ mở cổng nhà văn hóa", 3);
    closed = await openOnline("Trồng cây xanh dọc đường làng", 0);
  });

  it("the public list shows how to take part; the matter hides its result while open", async () => {
    const list = await (await app.request(`/u/${village.code}/quyet-dinh`)).text();
    expect(list).toContain("Giờ mở cổng nhà văn hóa");
    expect(list).toContain("Người đại diện hộ đăng nhập và biểu quyết trên trang này");
    const page = await (await app.request(`/u/${village.code}/quyet-dinh/${open.id}`)).text();
    expect(page).toContain("Kết quả chỉ được công bố sau khi kiểm phiếu.");
    expect(page).toContain("Người đại diện hộ gia đình đăng nhập để biểu quyết trực tuyến.");
    expect((await app.request(`/u/${otherCommune.code}/quyet-dinh/${open.id}`)).status).toBe(404);
    expect((await app.request(`/u/${village.code}/quyet-dinh/999999`)).status).toBe(404);
  });

  it("a representative votes on the page (400 without a choice), then sees the household's receipt; a second vote is 409", async () => {
    const resident = await signedIn("dan.mot");
    const url = `/u/${village.code}/quyet-dinh/${open.id}`;
    await resident.get(url);
    expect(resident.lastBody).toContain("Gửi biểu quyết");
    expectUniqueIds(resident.lastBody);
    const none = await resident.post(`${url}/bieu-quyet/${open.roundId}`, {});
    expect(none.status).toBe(400);
    expect(resident.lastBody).toContain("Chọn đồng ý, không đồng ý hoặc ý kiến khác.");
    const noText = await resident.post(`${url}/bieu-quyet/${open.roundId}`, { choice: "other" });
    expect(noText.status).toBe(400);
    expect(resident.lastBody).toContain("Hãy ghi ý kiến khác của hộ.");
    const ok = await resident.post(`${url}/bieu-quyet/${open.roundId}`, { choice: "yes" });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`${url}#bien-nhan`);
    await resident.get(url);
    receipt = resident.lastBody.match(/<code>([A-Za-z0-9_-]{16})<\/code>/)![1]!;
    expect(resident.lastBody).toContain(reps[0]!.code);
    expect(resident.lastBody).not.toContain("Gửi biểu quyết");
    await resident.get("/cua-toi");
    const again = await resident.post(`${url}/bieu-quyet/${open.roundId}`, { choice: "no" });
    expect(again.status).toBe(409);
    expect(resident.lastBody).toContain(`Hộ ${reps[0]!.code} đã biểu quyết`);
  });

  it("anyone checks a receipt: counted, for which matter — never the choice or the household", async () => {
    const page = await (await app.request(`/bieu-quyet/bien-nhan?ma=${receipt}`)).text();
    expect(page).toContain("Được tính");
    expect(page).toContain("Giờ mở cổng nhà văn hóa");
    expect(page).not.toContain(reps[0]!.code);
    expect(page).not.toContain("Đồng ý</");
    const unknown = await (await app.request("/bieu-quyet/bien-nhan?ma=AAAAAAAAAAAAAAAA")).text();
    expect(unknown).toContain("Không có phiếu nào mang mã biên nhận này.");
    const bad = await app.request("/bieu-quyet/bien-nhan?ma=%3Cscript%3E");
    expect(bad.status).toBe(400);
  });

  it("API: 401 without a token, 400 with a Vietnamese message, 403 for another village's resident, 404, 201, then 409", async () => {
    const noToken = await vote(open.id, open.roundId, null, { choice: "yes" });
    expect(noToken.status).toBe(401);
    const token = await tokenOf("dan.hai");
    const bad = await vote(open.id, open.roundId, token, { choice: "maybe" });
    expect(bad.status).toBe(400);
    expect((await jsonOf(bad)).error).toMatchObject({
      code: "validation",
      message: "Chọn đồng ý, không đồng ý hoặc ý kiến khác.",
      field: "choice",
    });
    const other = await tokenOf("dan.thonhai");
    const foreign = await vote(open.id, open.roundId, other, { choice: "yes" });
    expect(foreign.status).toBe(403);
    const official = await tokenOf("xa.canbo");
    expect((await vote(open.id, open.roundId, official, { choice: "yes" })).status).toBe(403);
    expect((await vote(closed.id, open.roundId, token, { choice: "yes" })).status).toBe(404);
    expect((await vote(open.id, 999999, token, { choice: "yes" })).status).toBe(404);
    const ok = await vote(open.id, open.roundId, token, {
      choice: "other",
      otherText: "Mở cửa từ 6 giờ",
    });
    expect(ok.status).toBe(201);
    const body = await jsonOf(ok);
    expect(body).toMatchObject({
      household: reps[1]!.code,
      checkUrl: `/bieu-quyet/bien-nhan?ma=${body.receipt}`,
    });
    expect(body.receipt).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const again = await vote(open.id, open.roundId, token, { choice: "yes" });
    expect(again.status).toBe(409);
    const conflict = (await jsonOf(again)).error;
    expect(conflict.code).toBe("conflict");
    expect(conflict.message).toContain(`Hộ ${reps[1]!.code} đã biểu quyết (trực tuyến`);
    expect(conflict.message).toContain("Mỗi hộ chỉ một phiếu");
    const counted = await db
      .selectFrom("decision_vote")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("round_id", "=", open.roundId)
      .where("status", "=", "counted")
      .executeTakeFirstOrThrow();
    expect(Number(counted.n)).toBe(2);
  });

  it("the OpenAPI document describes the decision endpoints", async () => {
    const doc = await jsonOf(await app.request("/api/v1/openapi.json"));
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/units/{code}/matters",
        "/matters/{id}",
        "/matters/{id}/results",
        "/matters/{id}/rounds/{roundId}/votes",
      ]),
    );
    const post = doc.paths["/matters/{id}/rounds/{roundId}/votes"].post;
    expect(Object.keys(post.responses).sort()).toEqual(["201", "400", "401", "403", "404", "409"]);
    expect(doc.components.schemas.DecisionVote.properties.choice.enum).toEqual([
      "yes",
      "no",
      "other",
    ]);
  });

  it("API reads: results hidden while open, 404 and 400 for bad ids", async () => {
    const list = await jsonOf(await app.request(`/api/v1/units/${village.code}/matters`));
    expect(list.items.map((m: { id: number }) => m.id)).toContain(open.id);
    expect((await app.request("/api/v1/units/khong-co/matters")).status).toBe(404);
    const one = await jsonOf(await app.request(`/api/v1/matters/${open.id}`));
    expect(one).toMatchObject({
      id: open.id,
      status: "open",
      item: 6,
      result: null,
      forms: ["online"],
    });
    expect(one.rounds[0]).toMatchObject({ status: "open", households: 6, result: null });
    const results = await jsonOf(await app.request(`/api/v1/matters/${open.id}/results`));
    expect(results).toMatchObject({
      matterId: open.id,
      result: null,
      rounds: [{ status: "open", result: null }],
    });
    expect((await app.request("/api/v1/matters/999999")).status).toBe(404);
    expect((await app.request("/api/v1/matters/999999/results")).status).toBe(404);
    const bad = await app.request("/api/v1/matters/abc");
    expect(bad.status).toBe(400);
    expect((await jsonOf(bad)).error.message).toBe("Mã nội dung phải là số.");
  });

  it("paper from a household that voted online is flagged, not counted; ballots print per household (R29)", async () => {
    const head = await signedIn("thon.truong");
    const url = `/quan-tri/${village.code}/quyet-dinh/dot/${open.roundId}`;
    await head.get(url);
    const unmarked = await head.post(`${url}/phieu-giay`, {
      ballotHousehold: reps[2]!.code,
      choice: "yes",
    });
    expect(unmarked.status).toBe(400);
    expect(head.lastBody).toContain("R29");
    const dup = await head.post(`${url}/phieu-giay`, {
      ballotHousehold: reps[0]!.code,
      choice: "no",
      marked: "on",
      serial: "P-01",
    });
    expect(dup.status).toBe(303);
    expect(dup.headers.get("location")).toBe(`${url}?nhap=duplicate`);
    await head.get(`${url}?nhap=duplicate`);
    expect(head.lastBody).toContain("Hộ này đã có phiếu được tính");
    expect(head.lastBody).toContain("P-01");
    expect(head.lastBody).not.toContain("Đồng ý: 1");
    const sheets = await head.get(`${url}/phieu`);
    expect(sheets.status).toBe(200);
    expect((head.lastBody.match(/class="ballot-sheet"/g) ?? []).length).toBe(6);
    expect(head.lastBody).toContain("PHIẾU LẤY Ý KIẾN HỘ GIA ĐÌNH");
  });

  it("after the close: the count needs 2 witnesses (R30), then the result shows; a late vote is 409", async () => {
    const resident = await tokenOf("dan.mot");
    expect((await vote(closed.id, closed.roundId, resident, { choice: "yes" })).status).toBe(201);
    const head = await signedIn("thon.truong");
    const url = `/quan-tri/${village.code}/quyet-dinh/dot/${closed.roundId}`;
    await head.get(url);
    const early = await head.post(`${url}/kiem-phieu`, {});
    expect(early.status).toBe(400);
    expect(head.lastBody).toContain("<strong>R30</strong>");
    const oneWitness = await head.post(`${url}/chung-kien`, { witness1: "Đỗ Văn A", witness2: "" });
    expect(oneWitness.status).toBe(400);
    expect(head.lastBody).toContain("Người chứng kiến thứ hai là bắt buộc.");
    expect(
      (await head.post(`${url}/chung-kien`, { witness1: "Đỗ Văn A", witness2: "Ngô Thị B" }))
        .status,
    ).toBe(303);
    expect((await head.post(`${url}/kiem-phieu`, {})).status).toBe(303);
    const late = await vote(closed.id, closed.roundId, await tokenOf("dan.hai"), { choice: "yes" });
    expect(late.status).toBe(409);
    expect((await jsonOf(late)).error.message).toBe(
      "Cuộc biểu quyết đã kết thúc; không nhận thêm phiếu.",
    );
    const results = await jsonOf(await app.request(`/api/v1/matters/${closed.id}/results`));
    expect(results.rounds[0].result).toMatchObject({
      households: 6,
      participating: 1,
      yes: 1,
      valid: true,
      passed: false,
      rule: "R32",
      test: "2 × 1 = 2 ≤ 6",
    });
    expect(results.result).toMatchObject({
      passed: false,
      rule: "R32",
      participating: 1,
      households: 6,
    });
    const page = await (
      await app.request(`/u/${village.code}/quyet-dinh/${closed.id}?sau-kiem-phieu`)
    ).text();
    expect(page).toContain("1/6 hộ (17%)");
    expect(page).toContain("Không thông qua");
    const record = await head.get(`${url}/bien-ban-truc-tuyen.docx`);
    expect(record.status).toBe(200);
    expect(record.headers.get("content-disposition")).toContain("attachment;");
  });
});

describe("a secret ballot at a meeting (R21, R22; Mẫu 02) and ballots after a thin meeting (R24)", () => {
  it("the meeting chooses a secret ballot and tellers, enters ballots, counts with witnesses; minutes download", async () => {
    const official = await signedIn("xa.canbo");
    await official.get(`/quan-tri/${village2.code}/quyet-dinh`);
    const opened = await official.post(`/quan-tri/${village2.code}/quyet-dinh`, {
      item: "1",
      scope: "village",
      title: "Đóng góp sửa cầu tràn",
      question: "Đồng ý đóng góp 200.000 đồng/hộ?",
      opener: "appointed_convener",
      agreementBy: "Trần Văn Mặt Trận",
      agreementOn: plusDays(today, -5),
      form: "meeting",
      heldOn: today,
      place: "Nhà văn hóa thôn 2",
    });
    expect(opened.status).toBe(303);
    const matterId = Number(opened.headers.get("location")!.split("/").at(-1));
    const roundId = (await roundsOf(db, matterId))[0]!.id;
    const url = `/quan-tri/${commune.code}/quyet-dinh/dot/${roundId}`;
    await official.get(url);
    await official.post(`${url}/chuan-bi`, {
      heldOn: today,
      closesOn: today,
      place: "Nhà văn hóa thôn 2",
      noticeDeliveredOn: plusDays(today, -2),
      noticePosted: "on",
      documentsDeliveredOn: plusDays(today, -2),
    });
    expect((await official.post(`${url}/mo`, {})).status).toBe(303);
    for (const r of reps2) {
      await official.post(`${url}/du-hop`, {
        householdCode: r.code,
        representative: `Đại diện ${r.code}`,
      });
    }
    const early = await official.post(`${url}/phieu-giay`, {
      ballotHousehold: reps2[0]!.code,
      choice: "yes",
    });
    expect(early.status).toBe(409);
    expect(official.lastBody).toContain("Cuộc họp chưa biểu quyết chọn hình thức bỏ phiếu kín");
    await official.post(`${url}/thu-tuc`, {
      subject: "method",
      label: "Bỏ phiếu kín",
      yes: "2",
      method: "secret",
    });
    await official.post(`${url}/thu-tuc`, {
      subject: "tellers",
      label: "Ban kiểm phiếu",
      yes: "3",
      tellers: "Lê Văn Một\nLê Văn Hai\nLê Văn Ba",
    });
    await official.get(url);
    expect(official.lastBody).toContain("Bỏ phiếu kín");
    expect(official.lastBody).not.toContain("Biểu quyết giơ tay về nội dung");
    expectUniqueIds(official.lastBody);
    for (const r of reps2) {
      const res = await official.post(`${url}/phieu-giay`, {
        ballotHousehold: r.code,
        choice: "yes",
      });
      expect(res.headers.get("location")).toBe(`${url}?nhap=counted`);
    }
    await official.post(`${url}/chung-kien`, { witness1: "Đỗ Văn A", witness2: "Ngô Thị B" });
    expect((await official.post(`${url}/kiem-phieu`, {})).status).toBe(303);
    await official.get(url);
    expect(official.lastBody).toContain("3 × 3 = 9 ≥ 2 × 3 = 6");
    const minutes = await official.get(`${url}/bien-ban-kiem-phieu.docx`);
    expect(minutes.status).toBe(200);
    expect(minutes.headers.get("content-disposition")).toContain(
      encodeURIComponent("Biên bản kiểm phiếu"),
    );
    const head = await signedIn("thon.truong");
    expect((await head.get(url.replace(commune.code, village.code))).status).toBe(404);
  });

  it("a meeting too thin for 2/3 to be reachable (R24) may send ballots to every household (Art 19.1b)", async () => {
    const head = await signedIn("thon.truong");
    await head.get(`/quan-tri/${village.code}/quyet-dinh`);
    const opened = await head.post(`/quan-tri/${village.code}/quyet-dinh`, {
      item: "2",
      scope: "village",
      title: "Quản lý quỹ khuyến học thôn",
      question: "Đồng ý quy chế quản lý quỹ?",
      opener: "village_head",
      agreementBy: "Trần Văn Mặt Trận",
      agreementOn: plusDays(today, -5),
      form: "meeting",
      heldOn: today,
    });
    const matterId = Number(opened.headers.get("location")!.split("/").at(-1));
    const url = `/quan-tri/${village.code}/quyet-dinh/dot/${(await roundsOf(db, matterId))[0]!.id}`;
    await head.get(url);
    await head.post(`${url}/chuan-bi`, {
      heldOn: today,
      closesOn: today,
      noticeDeliveredOn: plusDays(today, -2),
      noticePosted: "on",
      documentsDeliveredOn: plusDays(today, -2),
    });
    await head.post(`${url}/mo`, {});
    await head.post(`${url}/du-hop`, { householdCode: reps[5]!.code, representative: "Một người" });
    await head.post(`${url}/gio-tay`, { handsYes: "1", handsNo: "0", handsOther: "0" });
    expect((await head.post(`${url}/kiem-phieu`, {})).status).toBe(303);
    await head.get(url);
    expect(head.lastBody).toContain(
      "Cuộc họp không đủ số đại diện hộ tham dự để đạt tỷ lệ biểu quyết",
    );
    const bad = await head.post(`${url}/phat-phieu`, {
      heldOn: plusDays(today, 3),
      closesOn: plusDays(today, 1),
    });
    expect(bad.status).toBe(400);
    expect(head.lastBody).toContain("Hạn thu phiếu không được trước ngày phát phiếu.");
    const added = await head.post(`${url}/phat-phieu`, {
      heldOn: plusDays(today, 3),
      closesOn: plusDays(today, 6),
    });
    expect(added.status).toBe(303);
    const rounds = await roundsOf(db, matterId);
    expect(rounds.map((r) => [r.seq, r.form, r.status])).toEqual([
      [1, "meeting", "counted"],
      [2, "ballot", "planned"],
    ]);
    expect(added.headers.get("location")).toBe(
      `/quan-tri/${village.code}/quyet-dinh/dot/${rounds[1]!.id}`,
    );
    await head.get(url);
    expect(head.lastBody).not.toContain("Tạo đợt phát phiếu");
    expect(head.lastBody).toContain(`/quan-tri/${village.code}/quyet-dinh/dot/${rounds[1]!.id}`);
    const again = await head.post(`${url}/phat-phieu`, {
      heldOn: plusDays(today, 3),
      closesOn: plusDays(today, 6),
    });
    expect(again.status).toBe(409);
    expect(head.lastBody).toContain("Thôn đã có đợt phát phiếu sau cuộc họp này.");
  });

  it("a commune-wide matter concluded now counts villages without a result as not approving (R27)", async () => {
    const matter = await db
      .selectFrom("decision_matter")
      .select("id")
      .where("title", "=", "Đóng góp làm đường trục xã")
      .executeTakeFirstOrThrow();
    const url = `/quan-tri/${commune.code}/quyet-dinh/${matter.id}`;
    const head = await signedIn("thon.truong");
    await head.get("/cua-toi");
    expect((await head.post(`${url}/ket-thuc`, {})).status).toBe(403);
    const official = await signedIn("xa.canbo");
    await official.get(url);
    expect((await official.post(`${url}/ket-thuc`, {})).status).toBe(303);
    await official.get(url);
    expect(official.lastBody).toContain("Không thông qua");
    expect(official.lastBody).toContain("3 × 0 = 0 &lt; 2 × 2 = 4");
    expect(official.lastBody).toContain("chưa có kết quả; được tính là không tán thành");
    expect((await official.post(`${url}/ket-thuc`, {})).status).toBe(409);
  });

  it("pages render in English too, with the law's Vietnamese terms where they are the record", async () => {
    const official = await signedIn("xa.canbo");
    await official.get("/ngon-ngu?lang=en&next=/");
    await official.get(`/quan-tri/${commune.code}/quyet-dinh`);
    expect(official.lastBody).toContain("Matters residents decide");
    const pub = await official.get(`/u/${commune.code}/quyet-dinh`);
    expect(pub.status).toBe(200);
    expect(official.lastBody).toContain("Residents decide");
  });
});
