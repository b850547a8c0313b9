import { beforeAll, describe, expect, it } from "vitest";
import { parseLocalDate, plusDays } from "../../../core/calendar/index.ts";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import { createUnit, type UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { type SubmitInput, submitItem } from "../commands/submit-item.ts";
import {
  anonymousCtx,
  asTarget,
  calendar,
  denunciationInput,
  feedbackInput,
} from "../testing/factories.ts";
import { CONFIDENTIAL_MARK, dueSoonUntil } from "./admin-present.tsx";

// The officials' pages over HTTP: the list with its counts and filters, an item's steps
// (classify, accept, refuse, transfer, merge, answer), the identity panel (T36), desk intake with
// attachments, the overdue view, the answer target; 401 (sign-in), 400, 403 (wrong role, wrong
// unit), 404, 409 and success.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let deps: Awaited<ReturnType<typeof useTestApp>>["deps"];
let commune: UnitRow;
let villages: UnitRow[];
let neighbour: UnitRow;
let other: UnitRow;
let province: UnitRow;
let official: { accountId: number };
let official2: { accountId: number };
let today: string;
const PDF = new TextEncoder().encode("%PDF-1.7\n% đơn khiếu nại\n%%EOF\n");

beforeAll(async () => {
  ({ app, db, deps } = await useTestApp());
  const tree = await makeCommuneTree(db, 2);
  commune = tree.commune;
  villages = tree.villages;
  province = tree.province;
  neighbour = await db.transaction().execute((tx) =>
    createUnit(tx, systemContext(), province.id, {
      code: `${province.code}902`,
      name: "Phường Bên Cạnh",
      kind: "ward",
      fullName: null,
      nameEn: null,
      localKindName: null,
      address: null,
    }),
  );
  other = (await makeCommuneTree(db, 0)).commune;
  official = await makeAccount(db, commune, "pa.congchuc", "official");
  official2 = await makeAccount(db, commune, "pa.congchuc2", "official");
  await makeAccount(db, commune, "pa.chutich", "unit_admin");
  await makeAccount(db, commune, "pa.dan"); // an account with no role here
  await makeAccount(db, other, "pa.xakhac", "official");
  await makeAccount(db, province, "pa.tinh", "oversight");
  today = todayInVietnam();
});

// One signed-in client per account (sign-ins are rate-limited per address).
const clients = new Map<string, TestClient>();
async function as(username: string) {
  const known = clients.get(username);
  if (known) return known;
  const client = new TestClient(app);
  await client.signIn(username, TEST_PASSWORD);
  clients.set(username, client);
  return client;
}

const submit = (input: SubmitInput = feedbackInput(), unit: UnitRow = commune) =>
  submitItem(
    db,
    { ctx: anonymousCtx, calendar, today },
    deps.storage,
    asTarget(unit),
    deps.config.dataKey,
    input,
  );

const day = (n: number) => plusDays(parseLocalDate(today), n);

/** Puts an item in the clock state a test needs (the commands are tested on their own). */
const setItem = (id: number, set: Record<string, unknown>) =>
  db.updateTable("inbox_item").set(set).where("id", "=", id).execute();

/** Posts a multipart form (desk intake with files) as `client`. */
async function postMultipart(
  client: TestClient,
  path: string,
  fields: Record<string, string>,
  files: File[] = [],
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

describe("the unit's inbox", () => {
  it("asks for sign-in, refuses another commune and an account without a role", async () => {
    const anonymous = await new TestClient(app).get(`/quan-tri/${commune.code}/phan-anh`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toMatch(/^\/dang-nhap/);
    expect((await (await as("pa.xakhac")).get(`/quan-tri/${commune.code}/phan-anh`)).status).toBe(
      403,
    );
    expect((await (await as("pa.dan")).get(`/quan-tri/${commune.code}/phan-anh`)).status).toBe(403);
    expect((await (await as("pa.congchuc")).get("/quan-tri/khong-co/phan-anh")).status).toBe(404);
  });

  it("counts and filters by clock state, village, text; marks anonymous items and denunciations", async () => {
    // A unit of its own, so the counts are exactly these items.
    const t = await makeCommuneTree(db, 1);
    await makeAccount(db, t.commune, "pa.ds", "official");
    const village = t.villages[0] as UnitRow;
    const soon = dueSoonUntil(calendar, today);
    const late = await submit(feedbackInput({ title: "Đèn đường quá hạn" }), t.commune);
    const dueToday = await submit(feedbackInput({ title: "Rác hết hạn hôm nay" }), t.commune);
    const dueSoon = await submit(feedbackInput({ title: "Cống sắp đến hạn" }), t.commune);
    const inVillage = await submit(feedbackInput({ title: "Cây đổ chắn đường thôn" }), village);
    const answered = await submit(feedbackInput({ title: "Ổ gà đã trả lời" }), t.commune);
    const anonymous = await submit(
      feedbackInput({ title: "Tiếng ồn ban đêm", anonymous: true, name: null }),
      t.commune,
    );
    const denunciation = await submit(denunciationInput(), t.commune);
    await setItem(late.id, { due_on: "2026-01-05", escalated_on: "2026-01-20" });
    await setItem(dueToday.id, { due_on: today });
    await setItem(dueSoon.id, { due_on: soon });
    for (const r of [inVillage, anonymous, denunciation]) await setItem(r.id, { due_on: day(40) });
    await setItem(answered.id, {
      status: "answered",
      due_on: null,
      answered_on: today,
      answer: "Đã vá.",
    });

    const client = await as("pa.ds");
    const base = `/quan-tri/${t.commune.code}/phan-anh`;
    const codes = async (query: string) => {
      expect((await client.get(`${base}${query}`)).status).toBe(200);
      const all = [late, dueToday, dueSoon, inVillage, answered, anonymous, denunciation];
      return all.filter((r) => client.lastBody.includes(r.code)).map((r) => r.code);
    };

    expect(await codes("")).toEqual([
      late.code,
      dueToday.code,
      dueSoon.code,
      inVillage.code,
      anonymous.code,
      denunciation.code,
    ]);
    const page = client.lastBody;
    expect(page).toContain("Đang giải quyết: 6");
    expect(page).toContain("Quá hạn: 1");
    expect(page).toContain("Đến hạn trong 2 ngày làm việc: 2");
    expect(page).toContain("Trả lời trong tháng: 1");
    expect(page).toContain(CONFIDENTIAL_MARK);
    expect(page).toContain("Ẩn danh");
    expect(page).toContain("Đã báo cáo cấp trên");
    expect(page).toContain("(chỉ tiêu đơn vị)");
    expect(page).toContain(`href="${base}/moi"`);
    expect(page).toContain(`href="${base}/qua-han"`);
    expect(page).not.toContain("Nguyễn Văn Bình");
    expect(page).not.toContain("Lê Văn Dũng");

    expect(await codes("?han=qua-han")).toEqual([late.code]);
    expect(await codes("?qua-han=1")).toEqual([late.code]); // the older link still works
    expect(await codes("?han=hom-nay")).toEqual([dueToday.code]);
    expect(await codes("?han=sap-den-han")).toEqual([dueSoon.code]);
    expect(await codes(`?thon=${village.code}`)).toEqual([inVillage.code]);
    expect(await codes(`?q=${encodeURIComponent("Cây đổ")}`)).toEqual([inVillage.code]);
    expect(await codes(`?q=${answered.code}&trang-thai=all`)).toEqual([answered.code]);
    expect(await codes("?trang-thai=answered")).toEqual([answered.code]);
    expect(await codes("?loai=to_cao")).toEqual([denunciation.code]);
    expect(await codes("?cua-toi=1")).toEqual([]);
  });
});

describe("an item's page and its steps", () => {
  it("404 for another unit's item or none; 403 for another commune; read-only for oversight", async () => {
    const theirs = await submit(feedbackInput(), other);
    const mine = await submit();
    const client = await as("pa.congchuc");
    expect((await client.get(`/quan-tri/${commune.code}/phan-anh/${theirs.id}`)).status).toBe(404);
    expect((await client.get(`/quan-tri/${commune.code}/phan-anh/99999999`)).status).toBe(404);
    const page = `/quan-tri/${commune.code}/phan-anh/${mine.id}`;
    expect((await (await as("pa.xakhac")).get(page)).status).toBe(403);
    expect((await (await as("pa.dan")).get(page)).status).toBe(403);
    const watcher = await as("pa.tinh");
    expect((await watcher.get(page)).status).toBe(200);
    expect(watcher.lastBody).toContain(mine.code);
    expect(watcher.lastBody).not.toContain("Phân loại</summary>");
    expect(watcher.lastBody).not.toContain("Nguyễn Văn Bình"); // identity only for handlers
    expect((await watcher.post(`${page}/ket-thuc`, {})).status).toBe(403);
    expect((await watcher.post(`${page}/ghi-chu`, { text: "Theo dõi" })).status).toBe(403);
  });

  it("classify, accept, note, answer a feedback item; field messages on 400, a second answer is a 409", async () => {
    const r = await submit();
    const client = await as("pa.congchuc");
    const page = `/quan-tri/${commune.code}/phan-anh/${r.id}`;
    await client.get(page);
    expect(client.lastBody).toContain("Nguyễn Văn Bình"); // a handler sees a feedback sender
    expect(client.lastBody).toContain("(chỉ tiêu đơn vị)");
    expect(client.lastBody).toContain("Phân loại</summary>");
    expect(client.lastBody).toContain("Chuyển đơn</summary>");
    expect(
      (
        await client.post(`${page}/phan-loai`, {
          kind: "kien_nghi",
          instance: "first",
          publish: "on",
        })
      ).status,
    ).toBe(303);
    const badDate = await client.post(`${page}/thu-ly`, { acceptedOn: "31/02/2026" });
    expect(badDate.status).toBe(400);
    expect(client.lastBody).toContain("Ngày thụ lý không hợp lệ.");
    expect((await client.post(`${page}/thu-ly`, { acceptedOn: today })).status).toBe(303);
    expect(
      (await client.post(`${page}/ghi-chu`, { text: "Đã cử cán bộ kiểm tra hiện trường." })).status,
    ).toBe(303);
    expect(
      (
        await client.post(`${page}/ghi-chu`, {
          text: "Đang thay bóng đèn, dự kiến xong trong tuần.",
          public: "on",
        })
      ).status,
    ).toBe(303);
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
    const events = await db
      .selectFrom("inbox_event")
      .select(["type", "public"])
      .where("item_id", "=", r.id)
      .orderBy("id")
      .execute();
    expect(events.map((e) => [e.type, e.public])).toEqual([
      ["received", true],
      ["classified", true],
      ["accepted", true],
      ["note", false],
      ["progress", true],
      ["answered", true],
    ]);
    await client.get(page);
    expect(client.lastBody).toContain("Đã cử cán bộ kiểm tra hiện trường.");
    expect(client.lastBody).toContain("Người gửi thấy");
    expect(client.lastBody).not.toContain("Thụ lý</summary>");
  });

  it("refuse needs a reason; transfer stays in the province; merge by tracking code", async () => {
    const client = await as("pa.congchuc");
    const base = `/quan-tri/${commune.code}/phan-anh`;

    const refused = await submit();
    const noReason = await client.post(`${base}/${refused.id}/khong-thu-ly`, {
      ground: "out_of_scope",
      reason: "Không",
    });
    expect(noReason.status).toBe(400);
    expect(client.lastBody).toContain("ít nhất 10 ký tự");
    expect(
      (
        await client.post(`${base}/${refused.id}/khong-thu-ly`, {
          ground: "out_of_scope",
          reason: "Việc tranh chấp dân sự giữa hai hộ, đề nghị hòa giải ở thôn.",
        })
      ).status,
    ).toBe(303);

    const moved = await submit();
    const away = await client.post(`${base}/${moved.id}/chuyen`, {
      unitCode: other.code,
      reason: "Không thuộc thẩm quyền của xã.",
    });
    expect(away.status).toBe(400);
    expect(client.lastBody).toContain("cùng tỉnh");
    const sent = await client.post(`${base}/${moved.id}/chuyen`, {
      unitCode: neighbour.code,
      reason: "Tuyến đường do phường quản lý.",
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe(base);
    expect((await client.get(`${base}/${moved.id}`)).status).toBe(404); // it lives there now

    const kept = await submit();
    const duplicate = await submit();
    const self = await client.post(`${base}/${duplicate.id}/gop`, { into: duplicate.code });
    expect(self.status).toBe(400);
    expect(client.lastBody).toContain("chính nó");
    const unknown = await client.post(`${base}/${duplicate.id}/gop`, { into: "PA-0000-AAAAAAAA" });
    expect(unknown.status).toBe(400);
    expect(client.lastBody).toContain("Không có vụ việc mang mã này.");
    expect((await client.post(`${base}/${duplicate.id}/gop`, { into: kept.code })).status).toBe(
      303,
    );
    const rows = await db
      .selectFrom("inbox_item")
      .select(["id", "status", "unit_id", "merged_into_id"])
      .where("id", "in", [refused.id, moved.id, duplicate.id])
      .orderBy("id")
      .execute();
    expect(rows).toEqual([
      { id: refused.id, status: "refused", unit_id: commune.id, merged_into_id: null },
      { id: moved.id, status: "received", unit_id: neighbour.id, merged_into_id: null },
      { id: duplicate.id, status: "merged", unit_id: commune.id, merged_into_id: kept.id },
    ]);
  });

  it("T36: an official not assigned is refused the denouncer's identity; the assigned one and a grantee see it", async () => {
    const r = await submit(denunciationInput());
    const page = `/quan-tri/${commune.code}/phan-anh/${r.id}`;
    const head = await as("pa.chutich");
    await head.get(page);
    expect(head.lastBody).not.toContain("Lê Văn Dũng");
    expect(head.lastBody).toContain("Xem thông tin người tố cáo");
    expect(
      (await head.post(`${page}/giao`, { accountId: String(official.accountId) })).status,
    ).toBe(303);

    const bystander = await as("pa.congchuc2");
    await bystander.get(page);
    expect(bystander.lastBody).not.toContain("Lê Văn Dũng");
    expect(bystander.lastBody).not.toContain("Cho phép cán bộ xem"); // only the head grants
    const refused = await bystander.post(`${page}/nguoi-gui`, {});
    expect(refused.status).toBe(403);
    expect(bystander.lastBody).toContain("Thông tin người tố cáo được giữ bí mật");
    expect(bystander.lastBody).toContain("T36");
    expect(bystander.lastBody).not.toContain("Lê Văn Dũng");
    expect(bystander.lastBody).not.toContain("0901234567");
    expect(
      (await bystander.post(`${page}/cho-xem`, { accountId: String(official2.accountId) })).status,
    ).toBe(403);
    const audits = await db
      .selectFrom("audit_event")
      .select("summary")
      .where("action", "=", "inbox.attempt.refused")
      .where("subject_id", "=", String(r.id))
      .execute();
    expect(audits.map((a) => (a.summary as { attempted: string }).attempted)).toContain(
      "inbox.identity.view",
    );

    const resolver = await as("pa.congchuc");
    await resolver.get(page);
    expect(resolver.lastBody).not.toContain("Lê Văn Dũng"); // shown only on request
    const seen = await resolver.post(`${page}/nguoi-gui`, {});
    expect(seen.status).toBe(200);
    expect(resolver.lastBody).toContain("Lê Văn Dũng");

    // The head grants the other official by name, with a reason; then revokes.
    await head.get(page);
    expect(
      (
        await head.post(`${page}/cho-xem`, {
          accountId: String(official2.accountId),
          reason: "Phối hợp xác minh",
        })
      ).status,
    ).toBe(303);
    expect((await bystander.post(`${page}/nguoi-gui`, {})).status).toBe(200);
    expect(bystander.lastBody).toContain("Lê Văn Dũng");
    expect(
      (
        await head.post(`${page}/cho-xem`, {
          accountId: String(official2.accountId),
          reason: "Xong việc",
          revoke: "on",
        })
      ).status,
    ).toBe(303);
    expect((await bystander.post(`${page}/nguoi-gui`, {})).status).toBe(403);
    expect(bystander.lastBody).not.toContain("Lê Văn Dũng");

    const watcher = await as("pa.tinh");
    expect((await watcher.post(`${page}/nguoi-gui`, {})).status).toBe(403);
    expect(watcher.lastBody).not.toContain("Lê Văn Dũng");
  });
});

describe("desk intake", () => {
  const complaint = (over: Record<string, string> = {}) => ({
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
    ...over,
  });

  it("sign-in first; oversight and other communes may not record", async () => {
    const path = `/quan-tri/${commune.code}/phan-anh/moi`;
    const anonymous = await new TestClient(app).get(path);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toMatch(/^\/dang-nhap/);
    expect((await (await as("pa.tinh")).get(path)).status).toBe(403);
    expect((await (await as("pa.xakhac")).get(path)).status).toBe(403);
    const client = await as("pa.congchuc");
    expect((await client.get(path)).status).toBe(200);
    expect(client.lastBody).toContain("Tiếp xúc cử tri");
    expect(client.lastBody).toContain(villages[0]?.name as string);
  });

  it("refuses a missing title, a denunciation without the accused, an executable (400)", async () => {
    const client = await as("pa.congchuc");
    const path = `/quan-tri/${commune.code}/phan-anh/moi`;
    await client.get(path);
    const before = await db
      .selectFrom("inbox_item")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect((await postMultipart(client, path, complaint({ title: "" }))).status).toBe(400);
    expect(client.lastBody).toContain("Tiêu đề là bắt buộc.");
    expect(client.lastBody).toContain('value="Đỗ Thị Hạnh"'); // the form keeps what was typed
    const denunciation = await postMultipart(
      client,
      path,
      complaint({ kind: "to_cao", respondent: "", reasons: "", request: "" }),
    );
    expect(denunciation.status).toBe(400);
    expect(client.lastBody).toContain("bị tố cáo");
    const exe = await postMultipart(client, path, complaint(), [
      new File([new Uint8Array([77, 90, 1, 2])], "don.exe"),
    ]);
    expect(exe.status).toBe(400);
    expect(client.lastBody).toContain("don.exe");
    const after = await db
      .selectFrom("inbox_item")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("records a complaint on a citizen's behalf with its file, then shows the tracking code", async () => {
    const client = await as("pa.congchuc");
    const path = `/quan-tri/${commune.code}/phan-anh/moi`;
    await client.get(path);
    const res = await postMultipart(
      client,
      path,
      complaint({ receivedOn: day(-2), village: villages[1]?.code as string }),
      [new File([PDF], "don-khieu-nai.pdf", { type: "application/pdf" })],
    );
    expect(res.status).toBe(303);
    const location = res.headers.get("location") ?? "";
    const m = location.match(new RegExp(`^/quan-tri/${commune.code}/phan-anh/(\\d+)\\?moi=1$`));
    expect(m).not.toBeNull();
    const id = Number(m?.[1]);
    const row = await db
      .selectFrom("inbox_item")
      .select(["code", "channel", "track", "due_rule", "received_on", "unit_id", "village_id"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const { code, ...facts } = row;
    expect(facts).toEqual({
      channel: "desk",
      track: "complaint",
      due_rule: "T16",
      received_on: day(-2),
      unit_id: commune.id,
      village_id: villages[1]?.id,
    });
    expect((await client.get(location)).status).toBe(200);
    expect(client.lastBody).toContain(`Mã theo dõi trao cho công dân: <strong>${code}</strong>`);
    expect(client.lastBody).toContain("(T16)");
    const file = await db
      .selectFrom("inbox_attachment")
      .select("id")
      .where("item_id", "=", id)
      .executeTakeFirstOrThrow();
    const download = await client.get(`/quan-tri/${commune.code}/phan-anh/${id}/tep/${file.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
    expect(
      (await (await as("pa.xakhac")).get(`/quan-tri/${commune.code}/phan-anh/${id}/tep/${file.id}`))
        .status,
    ).toBe(403);
    expect(
      (await client.get(`/quan-tri/${commune.code}/phan-anh/${id}/tep/${file.id + 1000}`)).status,
    ).toBe(404);
  });
});

describe("the upper level's overdue view", () => {
  it("the province sees overdue items of its communes with counts; a commune official only their own", async () => {
    const r = await submit();
    await setItem(r.id, { due_on: "2026-01-05", escalated_on: "2026-01-20" });
    const n = await submit(feedbackInput(), neighbour);
    await setItem(n.id, { due_on: day(-1) });
    const path = `/quan-tri/${province.code}/phan-anh/qua-han`;
    const anonymous = await new TestClient(app).get(path);
    expect(anonymous.status).toBe(303);
    const watcher = await as("pa.tinh");
    const res = await watcher.get(path);
    expect(res.status).toBe(200);
    const body = watcher.lastBody;
    expect(body).toContain(r.code);
    expect(body).toContain(n.code);
    expect(body.indexOf(r.code)).toBeLessThan(body.indexOf(n.code)); // oldest first
    expect(body).toContain(commune.name);
    expect(body).toContain("Phường Bên Cạnh");
    expect(body).toContain("Trả lời đúng hạn trong năm");
    expect(body).not.toContain("Nguyễn Văn Bình");
    expect((await (await as("pa.xakhac")).get(path)).status).toBe(403);
    expect((await (await as("pa.congchuc")).get(path)).status).toBe(403);
    const own = await as("pa.congchuc");
    expect((await own.get(`/quan-tri/${commune.code}/phan-anh/qua-han`)).status).toBe(200);
    expect(own.lastBody).toContain(r.code);
    expect(own.lastBody).not.toContain(n.code);
  });
});

describe("the answer target for feedback", () => {
  it("only the head sets it; the law sets no deadline; 400 out of range; audited", async () => {
    const path = `/quan-tri/${commune.code}/phan-anh/cai-dat`;
    expect((await new TestClient(app).get(path)).status).toBe(303);
    expect((await (await as("pa.congchuc")).get(path)).status).toBe(403);
    expect((await (await as("pa.tinh")).get(path)).status).toBe(403);
    const head = await as("pa.chutich");
    expect((await head.get(path)).status).toBe(200);
    expect(head.lastBody).toContain("Pháp luật không quy định thời hạn trả lời phản ánh");
    expect(head.lastBody).toContain('value="10"');
    expect((await head.post(path, { days: "0" })).status).toBe(400);
    expect(head.lastBody).toContain("từ 1 đến 60");
    expect((await head.post(path, { days: "mười" })).status).toBe(400);
    const saved = await head.post(path, { days: "7" });
    expect(saved.status).toBe(303);
    const setting = await db
      .selectFrom("inbox_setting")
      .select("feedback_target_days")
      .where("unit_id", "=", commune.id)
      .executeTakeFirstOrThrow();
    expect(setting.feedback_target_days).toBe(7);
    const audit = await db
      .selectFrom("audit_event")
      .select("summary")
      .where("action", "=", "inbox.setting.updated")
      .where("unit_id", "=", commune.id)
      .execute();
    expect(audit.map((a) => a.summary)).toEqual([{ feedbackTargetDays: 7 }]);
    // A new feedback item runs on the new target.
    const r = await submit();
    const item = await db
      .selectFrom("inbox_item")
      .select(["due_rule", "due_what"])
      .where("id", "=", r.id)
      .executeTakeFirstOrThrow();
    expect(item).toEqual({
      due_rule: "target",
      due_what:
        "Trả lời theo chỉ tiêu của đơn vị (7 ngày làm việc; pháp luật không quy định thời hạn)",
    });
  });
});
