import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { jsonOf, TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";

// The inbox's JSON API: anyone submits and follows by tracking code; officials list, read and
// handle; the identity is a separate audited read (T36). For each group of endpoints: 401, 400,
// 403 (wrong role, wrong unit), 404, 409 and success, with the exact Vietnamese messages.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let commune: UnitRow;
let village: UnitRow;
let other: UnitRow;
let today: string;
const tokens: Record<string, string> = {};
const accounts: Record<string, number> = {};

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  const tree = await makeCommuneTree(db, 1);
  commune = tree.commune;
  village = tree.villages[0] as UnitRow;
  other = (await makeCommuneTree(db, 0)).commune;
  const people: [string, UnitRow, "official" | "oversight" | undefined][] = [
    ["api.pa", commune, "official"],
    ["api.gs", commune, "oversight"],
    ["api.dan", commune, undefined],
    ["api.khac", other, "official"],
  ];
  for (const [u, unit, role] of people) {
    accounts[u] = (await makeAccount(db, unit, u, role)).accountId;
    const client = new TestClient(app);
    await client.signIn(u, TEST_PASSWORD);
    await client.post("/tai-khoan/token", { name: "phan-anh" });
    tokens[u] = client.lastBody.match(/<code>(coso_[^<]+)<\/code>/)![1]!;
  }
  today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
});

const call = (method: string, path: string, body?: unknown, user?: string) =>
  app.request(`/api/v1${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      ...(user ? { authorization: `Bearer ${tokens[user]}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** The status and the error body of a refused call. */
const refused = async (res: Response) => ({ status: res.status, ...(await jsonOf(res)).error });

const FEEDBACK = {
  kind: "phan_anh",
  title: "Rác ùn ứ ở chợ",
  content: "Rác ở cổng chợ không được thu gom ba ngày nay.",
  name: "Vũ Văn Khang",
  contact: "0933111222",
  publish: true,
};
const COMPLAINT = {
  kind: "khieu_nai",
  title: "Khiếu nại quyết định thu hồi đất",
  content: "Quyết định thu hồi đất không đúng diện tích thực tế.",
  name: "Phạm Thị Lụa",
  address: "Thôn Đông, xã Thử",
  contact: "0912000111",
  submittedOn: "2026-11-20",
  respondent: "Chủ tịch Ủy ban nhân dân xã",
  respondentAddress: "Trụ sở Ủy ban nhân dân xã",
  reasons: "Diện tích ghi trong quyết định lớn hơn diện tích thực tế.",
  request: "Sửa lại quyết định theo diện tích đo đạc.",
};
const DENUNCIATION = {
  kind: "to_cao",
  title: "Tố cáo thu tiền trái quy định",
  content: "Cán bộ địa chính thu tiền đo đạc không có biên lai.",
  name: "Đỗ Minh Tâm",
  address: "Xóm Bến",
  contact: "0977000999",
  submittedOn: "2026-11-21",
  accused: "Cán bộ địa chính xã",
};

const submit = async (body: Record<string, unknown> = FEEDBACK, user?: string) => {
  const res = await call("POST", `/units/${commune.code}/inbox/items`, body, user);
  expect(res.status).toBe(201);
  return (await jsonOf(res)) as { id: number; code: string; track: string };
};
const act = (id: number, action: string, body: unknown, user = "api.pa") =>
  call("POST", `/inbox/items/${id}/${action}`, body, user);

describe("submitting by API", () => {
  it("anyone submits (201) with a tracking code and the clock; the channel is api, an API token links the account", async () => {
    const res = await call("POST", `/units/${commune.code}/inbox/items`, FEEDBACK);
    expect(res.status).toBe(201);
    const body = await jsonOf(res);
    expect(Object.keys(body).sort()).toEqual([
      "code",
      "dueOn",
      "dueRule",
      "id",
      "track",
      "trackUrl",
    ]);
    expect(body.code).toMatch(/^PA-\d{4}-[A-Z2-9]{8}$/);
    expect(body.track).toBe("grassroots");
    expect(body.trackUrl).toBe(`/theo-doi/${body.code}`);
    const linked = await submit(FEEDBACK, "api.dan");
    const rows = await db
      .selectFrom("inbox_item")
      .select(["id", "channel", "submitter_account_id"])
      .where("id", "in", [body.id, linked.id])
      .orderBy("id")
      .execute();
    expect(rows).toEqual([
      { id: body.id, channel: "api", submitter_account_id: null },
      { id: linked.id, channel: "api", submitter_account_id: accounts["api.dan"] },
    ]);
  });

  it("attachments come as base64; a wrong type, bad base64 or too many files are refused (400)", async () => {
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    ).toString("base64");
    const { id } = await submit({
      ...FEEDBACK,
      files: [{ fileName: "o-ga.png", contentBase64: png }],
    });
    const files = await db
      .selectFrom("inbox_attachment")
      .select(["file_name", "mime", "from_submitter"])
      .where("item_id", "=", id)
      .execute();
    expect(files).toEqual([{ file_name: "o-ga.png", mime: "image/png", from_submitter: true }]);
    const text = Buffer.from("chỉ là chữ").toString("base64");
    expect(
      await refused(
        await call("POST", `/units/${commune.code}/inbox/items`, {
          ...FEEDBACK,
          files: [{ fileName: "ghi-chu.txt", contentBase64: text }],
        }),
      ),
    ).toEqual({
      status: 400,
      code: "validation",
      message: "ghi-chu.txt: Chỉ nhận tệp PDF, ảnh JPEG, PNG hoặc tài liệu Word (.docx).",
      field: "files",
    });
    expect(
      await refused(
        await call("POST", `/units/${commune.code}/inbox/items`, {
          ...FEEDBACK,
          files: [{ fileName: "a.png", contentBase64: "không phải base64" }],
        }),
      ),
    ).toMatchObject({ status: 400, message: "Nội dung tệp phải được mã hoá base64." });
    const many = Array.from({ length: 11 }, (_, i) => ({
      fileName: `${i}.png`,
      contentBase64: png,
    }));
    expect(
      await refused(
        await call("POST", `/units/${commune.code}/inbox/items`, { ...FEEDBACK, files: many }),
      ),
    ).toMatchObject({ status: 400, message: "Gửi tối đa 10 tệp đính kèm.", field: "files" });
  });

  it("bad input is refused in Vietnamese (400); an unknown unit is 404", async () => {
    expect(
      await refused(
        await call("POST", `/units/${commune.code}/inbox/items`, { ...FEEDBACK, content: "" }),
      ),
    ).toEqual({
      status: 400,
      code: "validation",
      message: "Nội dung là bắt buộc.",
      field: "content",
    });
    expect(
      await refused(
        await call("POST", `/units/${commune.code}/inbox/items`, { ...FEEDBACK, kind: "khac" }),
      ),
    ).toMatchObject({
      status: 400,
      message: "Chọn loại: phản ánh, kiến nghị, khiếu nại hoặc tố cáo.",
      field: "kind",
    });
    const complaint = await refused(
      await call("POST", `/units/${commune.code}/inbox/items`, {
        kind: "khieu_nai",
        title: "x",
        content: "y",
      }),
    );
    expect(complaint.status).toBe(400);
    expect(complaint.message).toContain("T14");
    expect(complaint.details.fields).toHaveProperty("respondent");
    expect(await refused(await call("POST", `/units/${commune.code}/inbox/items`, []))).toEqual({
      status: 400,
      code: "validation",
      message: "Nội dung gửi lên phải là một đối tượng JSON.",
    });
    const malformed = await app.request(`/api/v1/units/${commune.code}/inbox/items`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{kind:",
    });
    expect(await refused(malformed)).toEqual({
      status: 400,
      code: "validation",
      message: "Nội dung gửi lên không hợp lệ (sai cú pháp JSON hoặc biểu mẫu).",
    });
    expect(
      (await refused(await act(1, "accept", { acceptedOn: today, complaint: "có" }))).message,
    ).toBe("Nội dung gửi lên phải là một đối tượng JSON.");
    expect(await refused(await call("POST", "/units/KHONGCO/inbox/items", FEEDBACK))).toEqual({
      status: 404,
      code: "not_found",
      message: "Không có đơn vị mang mã KHONGCO.",
    });
  });
});

describe("officials list and read", () => {
  it("lists the unit's items: 401, 403 (no role, other unit), 404, 400; filters and pages; no identity", async () => {
    const a = await submit(FEEDBACK);
    const b = await submit({ ...FEEDBACK, kind: "kien_nghi", title: "Lắp đèn đường thôn Đông" });
    const path = `/units/${commune.code}/inbox/items`;
    expect(await refused(await call("GET", path))).toEqual({
      status: 401,
      code: "unauthenticated",
      message: "Bạn cần đăng nhập để tiếp tục.",
    });
    expect((await call("GET", path, undefined, "api.dan")).status).toBe(403);
    expect(await refused(await call("GET", path, undefined, "api.khac"))).toEqual({
      status: 403,
      code: "forbidden",
      message: "Bạn không có quyền thực hiện thao tác này.",
    });
    expect((await call("GET", "/units/KHONGCO/inbox/items", undefined, "api.pa")).status).toBe(404);
    expect(
      await refused(await call("GET", `${path}?status=xyz`, undefined, "api.pa")),
    ).toMatchObject({ status: 400, field: "status" });
    expect(await refused(await call("GET", `${path}?limit=0`, undefined, "api.pa"))).toMatchObject({
      status: 400,
      message: "limit tối thiểu là 1.",
    });
    const petitions = await jsonOf(
      await call("GET", `${path}?kind=kien_nghi`, undefined, "api.gs"),
    );
    expect(petitions.items.map((i: { id: number }) => i.id)).toContain(b.id);
    expect(petitions.items.every((i: { kind: string }) => i.kind === "kien_nghi")).toBe(true);
    const first = await jsonOf(await call("GET", `${path}?limit=1`, undefined, "api.pa"));
    expect(first.items).toHaveLength(1);
    expect(first.nextBefore).toBe(first.items[0].id);
    const second = await jsonOf(
      await call("GET", `${path}?limit=1&before=${first.nextBefore}`, undefined, "api.pa"),
    );
    expect(second.items[0].id).toBeLessThan(first.items[0].id);
    // One item is overdue: only it comes with overdue=true.
    await db
      .updateTable("inbox_item")
      .set({ due_on: "2026-01-05" })
      .where("id", "=", a.id)
      .execute();
    const overdue = await jsonOf(await call("GET", `${path}?overdue=true`, undefined, "api.pa"));
    expect(overdue.items.map((i: { id: number }) => i.id)).toEqual([a.id]);
    expect(overdue.items[0]).toMatchObject({
      overdue: true,
      status: "received",
      statusLabel: "Đã tiếp nhận",
    });
    const all = await call("GET", `${path}?status=open&limit=500`, undefined, "api.pa");
    expect(all.status).toBe(200);
    const text = await all.text();
    expect(text).toContain("Rác ùn ứ ở chợ");
    for (const secret of ["Vũ Văn Khang", "0933111222"]) expect(text).not.toContain(secret);
  });

  it("reads one item with its whole timeline: 401, 400, 403, 404, 200 without identity", async () => {
    const { id, code } = await submit(FEEDBACK);
    expect((await call("GET", `/inbox/items/${id}`)).status).toBe(401);
    expect(await refused(await call("GET", "/inbox/items/abc", undefined, "api.pa"))).toMatchObject(
      {
        status: 400,
        message: "Mã vụ việc phải là số.",
      },
    );
    expect((await call("GET", `/inbox/items/${id}`, undefined, "api.khac")).status).toBe(403);
    expect((await call("GET", `/inbox/items/${id}`, undefined, "api.dan")).status).toBe(403);
    expect(await refused(await call("GET", "/inbox/items/99999999", undefined, "api.pa"))).toEqual({
      status: 404,
      code: "not_found",
      message: "Không tìm thấy vụ việc.",
    });
    const res = await call("GET", `/inbox/items/${id}`, undefined, "api.gs");
    expect(res.status).toBe(200);
    const item = await jsonOf(res);
    expect(item).toMatchObject({
      id,
      code,
      unitCode: commune.code,
      channel: "api",
      anonymous: false,
    });
    expect(item.events.map((e: { type: string }) => e.type)).toEqual(["received"]);
    const text = JSON.stringify(item);
    for (const secret of ["Vũ Văn Khang", "0933111222"]) expect(text).not.toContain(secret);
  });

  it("the identity is a separate read: handlers of the unit; a denouncer only for those T36 names", async () => {
    const { id } = await submit(FEEDBACK);
    expect((await call("GET", `/inbox/items/${id}/identity`)).status).toBe(401);
    expect((await call("GET", `/inbox/items/${id}/identity`, undefined, "api.khac")).status).toBe(
      403,
    );
    expect((await call("GET", `/inbox/items/${id}/identity`, undefined, "api.gs")).status).toBe(
      403,
    );
    expect((await call("GET", "/inbox/items/99999999/identity", undefined, "api.pa")).status).toBe(
      404,
    );
    const identity = await call("GET", `/inbox/items/${id}/identity`, undefined, "api.pa");
    expect(identity.status).toBe(200);
    expect(await jsonOf(identity)).toEqual({
      name: "Vũ Văn Khang",
      address: null,
      contact: "0933111222",
    });
    const denunciation = await submit(DENUNCIATION);
    const path = `/inbox/items/${denunciation.id}/identity`;
    expect(await refused(await call("GET", path, undefined, "api.pa"))).toEqual({
      status: 403,
      code: "forbidden",
      message:
        "Thông tin người tố cáo được giữ bí mật: chỉ người tiếp nhận, người giải quyết và người được giao mới được xem (T36, Luật Tố cáo 2018 Điều 8.3, 47.2).",
    });
    const refusals = await db
      .selectFrom("audit_event")
      .select("summary")
      .where("action", "=", "inbox.attempt.refused")
      .where("subject_id", "=", String(denunciation.id))
      .execute();
    expect(refusals.map((r) => (r.summary as { attempted: string }).attempted)).toEqual([
      "inbox.identity.view",
    ]);
    expect((await act(denunciation.id, "assign", { accountId: accounts["api.pa"] })).status).toBe(
      200,
    );
    expect(await jsonOf(await call("GET", path, undefined, "api.pa"))).toEqual({
      name: "Đỗ Minh Tâm",
      address: "Xóm Bến",
      contact: "0977000999",
    });
  });
});

describe("handling steps", () => {
  it("each step: 401, 403 (read-only role, other unit), 404, and a Vietnamese 400 for a bad body", async () => {
    const { id } = await submit(FEEDBACK);
    const bad: Record<string, [unknown, string]> = {
      classify: [{ kind: "danh_gia" }, "Chọn loại: phan_anh, kien_nghi, khieu_nai hoặc to_cao."],
      accept: [
        { acceptedOn: "31/12/2026" },
        "Ngày thụ lý phải có dạng năm-tháng-ngày (ví dụ 2026-01-31).",
      ],
      refuse: [{ ground: "out_of_scope" }, "Lý do không thụ lý là bắt buộc."],
      transfer: [
        { reason: "Không thuộc thẩm quyền" },
        "Ghi mã đơn vị nhận (unitCode) hoặc nơi nhận ngoài nền tảng (recipient).",
      ],
      merge: [{}, "Ghi vụ việc được gộp vào: intoId hoặc intoCode."],
      assign: [{ accountId: "x" }, "accountId phải là số, hoặc null để bỏ giao."],
      notes: [{ text: " " }, "Nội dung ghi chú là bắt buộc."],
      suspend: [{ on: today }, "Căn cứ tạm đình chỉ là bắt buộc."],
      resume: [{}, "Ngày quyết định tiếp tục giải quyết là bắt buộc."],
      extend: [
        { decidedOn: today },
        "notified (đã thông báo cho các bên) phải là true hoặc false.",
      ],
      answer: [{ answeredOn: today }, "Nội dung trả lời là bắt buộc."],
      withdraw: [{ withdrawnOn: today }, "signed (đơn rút có chữ ký) phải là true hoặc false."],
    };
    for (const [action, [body, message]] of Object.entries(bad)) {
      expect((await call("POST", `/inbox/items/${id}/${action}`, body)).status, action).toBe(401);
      expect((await refused(await act(id, action, body, "api.pa"))).message, action).toBe(message);
    }
    const ok = { text: "Đã giao tổ môi trường kiểm tra.", public: true };
    expect((await call("POST", `/inbox/items/${id}/notes`, ok)).status).toBe(401);
    expect((await act(id, "notes", ok, "api.gs")).status).toBe(403);
    expect((await act(id, "notes", ok, "api.khac")).status).toBe(403);
    expect((await act(id, "notes", ok, "api.dan")).status).toBe(403);
    expect((await act(99999999, "notes", ok)).status).toBe(404);
    const noted = await act(id, "notes", ok);
    expect(noted.status).toBe(200);
    expect((await jsonOf(noted)).id).toBe(id);
    // Refused attempts are audited (read-only role, other unit).
    const refusals = await db
      .selectFrom("audit_event")
      .select("summary")
      .where("action", "=", "inbox.attempt.refused")
      .where("subject_id", "=", String(id))
      .execute();
    expect(
      refusals.filter((r) => (r.summary as { attempted: string }).attempted === "inbox.item.notes"),
    ).toHaveLength(3);
  });

  it("feedback: classify, accept, assign, note, answer, close (200); answering a closed case is 409", async () => {
    const { id, code } = await submit({ ...FEEDBACK, publish: false });
    const classified = await jsonOf(
      await act(id, "classify", { kind: "kien_nghi", publish: true }),
    );
    expect(classified).toMatchObject({ kind: "kien_nghi", publish: true, status: "received" });
    expect(classified.code).toBe(code);
    expect((await jsonOf(await act(id, "accept", { acceptedOn: today }))).status).toBe("accepted");
    expect(
      (await jsonOf(await act(id, "assign", { accountId: accounts["api.pa"] }))).assignedAccountId,
    ).toBe(accounts["api.pa"]);
    expect((await act(id, "notes", { text: "Ghi chú nội bộ về việc kiểm tra." })).status).toBe(200);
    const answered = await jsonOf(
      await act(id, "answer", { answer: "Đã lắp thêm hai bóng đèn.", answeredOn: today }),
    );
    expect(answered).toMatchObject({ status: "answered", answer: "Đã lắp thêm hai bóng đèn." });
    expect(
      await refused(await act(id, "answer", { answer: "Lần hai.", answeredOn: today })),
    ).toEqual({
      status: 409,
      code: "conflict",
      message: "Vụ việc đã có câu trả lời.",
      field: "status",
    });
    expect((await jsonOf(await act(id, "close", {}))).status).toBe("closed");
    expect(
      (await refused(await act(id, "answer", { answer: "Sau khi kết thúc.", answeredOn: today })))
        .status,
    ).toBe(409);
    const timeline = await jsonOf(await call("GET", `/inbox/items/${id}`, undefined, "api.pa"));
    const note = timeline.events.find((e: { text: string }) => e.text.startsWith("Ghi chú nội bộ"));
    expect(note.public).toBe(false);
    const tracked = await jsonOf(await call("GET", `/inbox/track/${code}`));
    expect(tracked.events.map((e: { text: string }) => e.text)).not.toContain(note.text);
  });

  it("refuse, transfer outside, merge by tracking code", async () => {
    const refusedItem = await submit(FEEDBACK);
    expect(
      (
        await jsonOf(
          await act(refusedItem.id, "refuse", {
            ground: "out_of_scope",
            reason: "Việc của hợp tác xã, không phải của xã.",
          }),
        )
      ).status,
    ).toBe("refused");
    const moved = await submit(FEEDBACK);
    const transferred = await jsonOf(
      await act(moved.id, "transfer", {
        recipient: "Công ty điện lực huyện",
        reason: "Lưới điện do công ty điện lực quản lý.",
      }),
    );
    expect(transferred.status).toBe("transferred");
    const outside = await refused(
      await act((await submit(FEEDBACK)).id, "transfer", {
        unitCode: other.code,
        reason: "Thử chuyển.",
      }),
    );
    expect(outside.status).toBe(400);
    const kept = await submit(FEEDBACK);
    const duplicate = await submit(FEEDBACK);
    const merged = await jsonOf(await act(duplicate.id, "merge", { intoCode: kept.code }));
    expect(merged).toMatchObject({ status: "merged", mergedIntoId: kept.id });
    expect(
      await refused(await act(kept.id, "merge", { intoCode: "PA-0000-AAAAAAAA" })),
    ).toMatchObject({
      status: 400,
      message: "Không có vụ việc mang mã theo dõi này.",
      field: "intoCode",
    });
  });

  it("complaint: accept, suspend, resume, withdraw; extend is for denunciations only (409)", async () => {
    const { id } = await submit(COMPLAINT);
    expect((await jsonOf(await act(id, "accept", { acceptedOn: today }))).status).toBe("accepted");
    expect(
      (
        await refused(
          await act(id, "extend", { decidedOn: today, notified: true, criteria: ["a"] }),
        )
      ).message,
    ).toBe("Chỉ tố cáo được gia hạn thời hạn giải quyết (Luật Tố cáo 2018 Điều 30).");
    const suspended = await jsonOf(
      await act(id, "suspend", {
        on: today,
        reason: "Chờ kết quả giám định của cơ quan chuyên môn.",
      }),
    );
    expect(suspended.status).toBe("suspended");
    expect((await jsonOf(await act(id, "resume", { on: today }))).status).toBe("accepted");
    const withdrawn = await jsonOf(await act(id, "withdraw", { withdrawnOn: today, signed: true }));
    expect(withdrawn.status).toBe("withdrawn");
  });

  it("denunciation: accept, extend for a complex case", async () => {
    const { id } = await submit(DENUNCIATION);
    const accepted = await jsonOf(await act(id, "accept", { acceptedOn: today }));
    expect(accepted).toMatchObject({ status: "accepted", confidential: true });
    const extended = await jsonOf(
      await act(id, "extend", { decidedOn: today, notified: true, criteria: ["b"] }),
    );
    expect(extended.dueOn > accepted.dueOn).toBe(true);
  });
});

describe("the submitter's tracking code, published answers and figures", () => {
  it("follows by code (public steps only) and rates once: 400, 404, 409, 204", async () => {
    const { id, code } = await submit(FEEDBACK);
    expect(await refused(await call("POST", `/inbox/track/${code}/rating`, { level: 4 }))).toEqual({
      status: 409,
      code: "conflict",
      message: "Chỉ đánh giá được sau khi vụ việc đã có câu trả lời.",
      field: "status",
    });
    await act(id, "answer", { answer: "Đã thu gom rác ở cổng chợ.", answeredOn: today });
    const tracked = await jsonOf(await call("GET", `/inbox/track/${code.toLowerCase()}`));
    expect(tracked).toMatchObject({
      code,
      status: "answered",
      statusLabel: "Đã trả lời",
      answer: "Đã thu gom rác ở cổng chợ.",
      unitName: commune.name,
    });
    expect(JSON.stringify(tracked)).not.toContain("Vũ Văn Khang");
    expect((await call("POST", `/inbox/track/${code}/rating`, { level: "tốt" })).status).toBe(400);
    expect((await call("POST", `/inbox/track/${code}/rating`, { level: 6 })).status).toBe(400);
    expect((await call("POST", `/inbox/track/${code}/rating`, { level: 4 })).status).toBe(204);
    expect((await call("POST", `/inbox/track/${code}/rating`, { level: 4 })).status).toBe(409);
    expect((await jsonOf(await call("GET", `/inbox/track/${code}`))).rating).toBe(4);
    expect(await refused(await call("GET", "/inbox/track/PA-0000-AAAAAAAA"))).toEqual({
      status: 404,
      code: "not_found",
      message: "Không có vụ việc nào mang mã theo dõi này.",
    });
    expect((await call("POST", "/inbox/track/PA-0000-AAAAAAAA/rating", { level: 4 })).status).toBe(
      404,
    );
  });

  it("published answers without personal data, at the commune and at the village; figures", async () => {
    const { id } = await submit(FEEDBACK);
    const answered = await act(id, "answer", {
      answer: "Đã thu gom rác và nhắc hộ kinh doanh.",
      answeredOn: today,
    });
    expect(answered.status).toBe(200);
    const atVillage = await call("POST", `/units/${village.code}/inbox/items`, {
      ...FEEDBACK,
      title: "Cống thôn bị tắc",
    });
    const fromVillage = await jsonOf(atVillage);
    await act(fromVillage.id, "answer", { answer: "Đã nạo vét cống.", answeredOn: today });
    const res = await call("GET", `/units/${commune.code}/inbox/published`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const published = JSON.parse(text);
    expect(published.items.map((i: { id: number }) => i.id)).toContain(id);
    expect(Object.keys(published.items[0]).sort()).toEqual([
      "answer",
      "answeredOn",
      "content",
      "id",
      "kind",
      "onTime",
      "place",
      "receivedOn",
      "title",
    ]);
    for (const secret of ["Vũ Văn Khang", "0933111222"]) expect(text).not.toContain(secret);
    const villageList = await jsonOf(await call("GET", `/units/${village.code}/inbox/published`));
    expect(villageList.items.map((i: { id: number }) => i.id)).toEqual([fromVillage.id]);
    expect((await call("GET", "/units/KHONGCO/inbox/published")).status).toBe(404);
    const stats = await jsonOf(await call("GET", `/units/${commune.code}/inbox/stats`));
    expect(stats.total.answered).toBeGreaterThanOrEqual(2);
    expect(stats.year).toBe(Number(today.slice(0, 4)));
    expect((await call("GET", `/units/${commune.code}/inbox/stats?year=1999`)).status).toBe(400);
    expect((await call("GET", "/units/KHONGCO/inbox/stats")).status).toBe(404);
  });
});

describe("the OpenAPI document", () => {
  it("lists every inbox path with its error responses", async () => {
    const doc = await jsonOf(await app.request("/api/v1/openapi.json"));
    const actions = [
      "classify",
      "accept",
      "refuse",
      "transfer",
      "merge",
      "assign",
      "notes",
      "suspend",
      "resume",
      "extend",
      "answer",
      "close",
      "withdraw",
    ];
    const official = [
      ["/units/{code}/inbox/items", "get"],
      ["/inbox/items/{id}", "get"],
      ["/inbox/items/{id}/identity", "get"],
      ...actions.map((a) => [`/inbox/items/{id}/${a}`, "post"]),
    ] as const;
    for (const [path, method] of official) {
      const op = doc.paths[path]?.[method];
      expect(op, path).toBeDefined();
      expect(Object.keys(op.responses).sort(), path).toEqual(
        expect.arrayContaining(["200", "400", "401", "403", "404"]),
      );
      expect(op.security).toEqual([{ bearer: [] }]);
    }
    for (const a of actions)
      expect(doc.paths[`/inbox/items/{id}/${a}`].post.responses).toHaveProperty("409");
    for (const path of [
      "/inbox/track/{code}",
      "/inbox/track/{code}/rating",
      "/units/{code}/inbox/published",
      "/units/{code}/inbox/stats",
    ])
      expect(Object.keys(doc.paths)).toContain(path);
    expect(doc.paths["/units/{code}/inbox/items"].post.responses).toHaveProperty("201");
    expect(doc.components.schemas.InboxItem.properties).not.toHaveProperty("name");
  });
});
