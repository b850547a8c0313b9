import { beforeAll, describe, expect, it } from "vitest";
import { parseLocalDate, plusDays } from "../../../core/calendar/index.ts";
import type { Db } from "../../../core/db/database.ts";
import { jsonOf, TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeProvinceTree, PDF } from "../testing/factories.ts";

// The directives API over HTTP: 401 first, 400 with the schema's or the rule's Vietnamese message,
// 403 for a wrong role or unit, 404, 409 for a step the state refuses, and the successes, with
// exact bodies.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let t: Awaited<ReturnType<typeof makeProvinceTree>>;
let today: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  t = await makeProvinceTree(db, 1);
  const people: [string, UnitRow, "official" | "oversight" | undefined][] = [
    ["api.tinh", t.province, "official"],
    ["api.gs", t.province, "oversight"],
    ["api.xa", t.commune, "official"],
    ["api.xa2", t.commune2, "official"],
    ["api.ngoai", t.outside, "official"],
    ["api.dan", t.commune, undefined],
  ];
  for (const [u, unit, role] of people) {
    await makeAccount(db, unit, u, role);
    const client = new TestClient(app);
    await client.signIn(u, TEST_PASSWORD);
    await client.post("/tai-khoan/token", { name: "chi-dao" });
    tokens[u] = client.lastBody.match(/<code>(coso_[^<]+)<\/code>/)![1]!;
  }
  today = todayInVietnam();
});

const day = (n: number) => plusDays(parseLocalDate(today), n);

const call = (method: string, path: string, body?: unknown, user?: string) =>
  app.request(`/api/v1${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      ...(user ? { authorization: `Bearer ${tokens[user]}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const refused = async (res: Response) => ({ status: res.status, ...(await jsonOf(res)).error });

const draftBody = (over: Record<string, unknown> = {}) => ({
  kind: "cong_van",
  variant: "party",
  symbol: "CV/ĐU",
  title: "Về việc thực hiện dân chủ ở cơ sở năm 2026",
  body: "Đề nghị các đơn vị triển khai và báo cáo.",
  tasks: [
    { title: "Báo cáo 6 tháng", dueOn: day(10), target: "kind", kind: "commune" },
    {
      title: "Họp thôn",
      description: "Phổ biến đến hộ gia đình.",
      dueOn: day(20),
      target: "unit",
      unitCode: (t.villages[0] as UnitRow).code,
    },
  ],
  ...over,
});

async function createDraft(
  over: Record<string, unknown> = {},
  unit = t.province,
  user = "api.tinh",
) {
  const res = await call("POST", `/units/${unit.code}/reporting/directives`, draftBody(over), user);
  expect(res.status).toBe(201);
  return (await jsonOf(res)) as { id: number };
}

async function issued(over: Record<string, unknown> = {}, issuedOn = today) {
  const { id } = await createDraft(over);
  const res = await call("POST", `/reporting/directives/${id}/issue`, { issuedOn }, "api.tinh");
  expect(res.status).toBe(200);
  return jsonOf(res);
}

const taskOf = (
  directive: { assignments: { id: number; unitCode: string; taskTitle: string }[] },
  unit: UnitRow,
  title = "Báo cáo 6 tháng",
) =>
  (
    directive.assignments.find((a) => a.unitCode === unit.code && a.taskTitle === title) as {
      id: number;
    }
  ).id;

describe("drafting and issuing by API", () => {
  it("401 before anything else, even with a bad body", async () => {
    expect(
      await refused(await call("POST", `/units/${t.province.code}/reporting/directives`, {})),
    ).toEqual({
      status: 401,
      code: "unauthenticated",
      message: "Bạn cần đăng nhập để tiếp tục.",
    });
    expect((await call("GET", "/reporting/directives/1")).status).toBe(401);
    expect((await call("POST", "/reporting/tasks/1/acknowledge")).status).toBe(401);
  });

  it("a draft (201), then issued (200) with its number and one assignment per commune", async () => {
    const { id } = await createDraft();
    const res = await call(
      "POST",
      `/reporting/directives/${id}/issue`,
      { issuedOn: today },
      "api.tinh",
    );
    expect(res.status).toBe(200);
    const d = await jsonOf(res);
    expect(d.numberText).toMatch(/^\d{2}-CV\/ĐU$/);
    expect(d.status).toBe("issued");
    expect(
      d.tasks.map((x: { target: string; kind: string | null; unitCode: string | null }) => [
        x.target,
        x.kind,
        x.unitCode,
      ]),
    ).toEqual([
      ["kind", "commune", null],
      ["unit", null, (t.villages[0] as UnitRow).code],
    ]);
    expect(
      d.assignments.map((a: { unitCode: string; status: string; clock: string }) => [
        a.unitCode,
        a.status,
      ]),
    ).toEqual([
      ...[t.commune.code, t.commune2.code, t.commune3.code].sort().map((c) => [c, "assigned"]),
      [(t.villages[0] as UnitRow).code, "assigned"],
    ]);
    expect(Object.keys(d.assignments[0]).sort()).toEqual(
      [
        "acknowledgedOn",
        "clock",
        "directiveId",
        "directiveNumber",
        "directiveStatus",
        "directiveTitle",
        "doneOn",
        "dueOn",
        "id",
        "issuerUnitCode",
        "lastProgressOn",
        "overdue",
        "status",
        "taskDescription",
        "taskId",
        "taskTitle",
        "unitCode",
        "unitName",
      ].sort(),
    );
  });

  it("400: the schema's and the rules' messages, on their fields", async () => {
    const path = `/units/${t.province.code}/reporting/directives`;
    expect(
      await refused(await call("POST", path, draftBody({ title: " " }), "api.tinh")),
    ).toMatchObject({
      status: 400,
      code: "validation",
      field: "title",
      message: "Trích yếu là bắt buộc.",
    });
    expect(
      await refused(await call("POST", path, draftBody({ symbol: "CV-ĐU" }), "api.tinh")),
    ).toMatchObject({
      status: 400,
      field: "symbol",
      message:
        "Ký hiệu “CV-ĐU” không đúng dạng: văn bản của Đảng ghi tên loại viết tắt, dấu “/”, cơ quan ban hành, ví dụ CV/ĐU (T58, Hướng dẫn 36-HD/VPTW).",
    });
    const outside = await refused(
      await call(
        "POST",
        path,
        draftBody({
          tasks: [{ title: "Họp", dueOn: day(5), target: "unit", unitCode: t.outside.code }],
        }),
        "api.tinh",
      ),
    );
    expect(outside).toMatchObject({
      status: 400,
      field: "tasks.0.unitCode",
      details: { reason: "outside_hierarchy" },
    });
    expect(outside.message).toMatch(
      /^Nhiệm vụ 1: .* không thuộc .*; chỉ giao nhiệm vụ cho chính đơn vị ban hành hoặc đơn vị trực thuộc\.$/,
    );
    expect(
      await refused(
        await call(
          "POST",
          path,
          draftBody({ tasks: [{ title: "Họp", dueOn: day(5), target: "unit" }] }),
          "api.tinh",
        ),
      ),
    ).toMatchObject({
      status: 400,
      field: "tasks.0.unitCode",
      message: "Mã đơn vị nhận nhiệm vụ là bắt buộc.",
    });
    // A due date before the issue date: refused when issuing.
    const { id } = await createDraft({
      tasks: [{ title: "Hội nghị", dueOn: day(-1), target: "kind", kind: "commune" }],
    });
    const early = await refused(
      await call("POST", `/reporting/directives/${id}/issue`, { issuedOn: today }, "api.tinh"),
    );
    expect(early).toMatchObject({
      status: 400,
      field: "tasks.0.dueOn",
      details: { reason: "due_before_issue" },
    });
    expect(early.message).toMatch(
      /^Nhiệm vụ 1 “Hội nghị”: hạn hoàn thành .* trước ngày ban hành .*\.$/,
    );
    expect(
      await refused(
        await call(
          "POST",
          `/reporting/directives/${id}/issue`,
          { issuedOn: "2026-02-30" },
          "api.tinh",
        ),
      ),
    ).toMatchObject({
      status: 400,
      field: "issuedOn",
      message: "Ngày ban hành không phải là ngày có thật.",
    });
  });

  it("400 for a number already used that year (T55); 409 for issuing twice", async () => {
    const first = await issued();
    const { id } = await createDraft();
    const dup = await refused(
      await call(
        "POST",
        `/reporting/directives/${id}/issue`,
        { issuedOn: today, number: first.number },
        "api.tinh",
      ),
    );
    expect(dup).toMatchObject({
      status: 400,
      field: "number",
      details: { reason: "duplicate_number" },
    });
    expect(dup.message).toContain(
      "mỗi số chỉ cấp một lần trong năm (T55, NĐ 30/2020/NĐ-CP Điều 15).",
    );
    expect(
      await refused(
        await call(
          "POST",
          `/reporting/directives/${first.id}/issue`,
          { issuedOn: today },
          "api.tinh",
        ),
      ),
    ).toEqual({
      status: 409,
      code: "conflict",
      message: "Văn bản đã ban hành; chỉ ban hành được dự thảo.",
      details: { reason: "not_draft" },
    });
  });

  it("403 for a commune drafting in the province's name, and for oversight; 404 for no directive", async () => {
    const path = `/units/${t.province.code}/reporting/directives`;
    expect((await call("POST", path, draftBody(), "api.xa")).status).toBe(403);
    expect((await call("POST", path, draftBody(), "api.gs")).status).toBe(403);
    expect(
      (await refused(await call("GET", "/reporting/directives/999999", undefined, "api.tinh")))
        .status,
    ).toBe(404);
  });
});

describe("reading by API: the issuer sees every unit, a unit its own, others nothing", () => {
  it("assignments per reader; 403 for another province's commune and a resident", async () => {
    const d = await issued();
    const read = async (user: string) => {
      const res = await call("GET", `/reporting/directives/${d.id}`, undefined, user);
      return { status: res.status, body: await jsonOf(res) };
    };
    expect((await read("api.gs")).body.assignments).toHaveLength(4);
    const own = await read("api.xa");
    expect(own.status).toBe(200);
    // A commune sees its own task and its village's (a unit reads what is under it), not its neighbours'.
    expect(own.body.assignments.map((a: { unitCode: string }) => a.unitCode)).toEqual([
      t.commune.code,
      (t.villages[0] as UnitRow).code,
    ]);
    expect(
      (await read("api.xa2")).body.assignments.map((a: { unitCode: string }) => a.unitCode),
    ).toEqual([t.commune2.code]);
    expect((await read("api.ngoai")).status).toBe(403);
    expect((await read("api.dan")).status).toBe(403);
    const list = await jsonOf(
      await call("GET", `/units/${t.province.code}/reporting/directives`, undefined, "api.gs"),
    );
    expect(list.issued.find((x: { id: number }) => x.id === d.id)).toMatchObject({
      assignments: 4,
      done: 0,
      overdue: 0,
    });
    expect(
      (await call("GET", `/units/${t.province.code}/reporting/directives`, undefined, "api.xa"))
        .status,
    ).toBe(403);
  });

  it("a unit's tasks, overdue filtered; 403 for another commune", async () => {
    const late = await issued(
      { tasks: [{ title: "Báo cáo 6 tháng", dueOn: day(-1), target: "kind", kind: "commune" }] },
      day(-5),
    );
    const path = `/units/${t.commune.code}/reporting/tasks`;
    const all = await jsonOf(await call("GET", path, undefined, "api.xa"));
    const mine = all.tasks.find((x: { directiveId: number }) => x.directiveId === late.id);
    expect(mine).toMatchObject({
      unitCode: t.commune.code,
      overdue: true,
      clock: "overdue",
      dueOn: day(-1),
    });
    const overdue = await jsonOf(await call("GET", `${path}?overdue=true`, undefined, "api.xa"));
    expect(overdue.tasks.every((x: { overdue: boolean }) => x.overdue)).toBe(true);
    expect(overdue.tasks.map((x: { id: number }) => x.id)).toContain(mine.id);
    expect((await call("GET", path, undefined, "api.xa2")).status).toBe(403);
    expect(
      await refused(await call("GET", `${path}?overdue=maybe`, undefined, "api.xa")),
    ).toMatchObject({
      status: 400,
      message: "overdue phải là true hoặc false.",
    });
  });
});

describe("the assigned unit's steps by API", () => {
  it("acknowledge (200), again (409); another commune and the province (403)", async () => {
    const d = await issued();
    const id = taskOf(d, t.commune);
    const other = await refused(
      await call("POST", `/reporting/tasks/${id}/acknowledge`, undefined, "api.xa2"),
    );
    expect(other).toMatchObject({
      status: 403,
      code: "forbidden",
      details: { reason: "not_assigned_unit" },
    });
    expect(other.message).toBe(
      `Nhiệm vụ này giao cho ${t.commune.name}; chỉ cán bộ của chính đơn vị đó tiếp nhận, báo cáo tiến độ và báo cáo hoàn thành.`,
    );
    expect(
      (await call("POST", `/reporting/tasks/${id}/acknowledge`, undefined, "api.tinh")).status,
    ).toBe(403);
    const ok = await call("POST", `/reporting/tasks/${id}/acknowledge`, undefined, "api.xa");
    expect(ok.status).toBe(200);
    expect(await jsonOf(ok)).toMatchObject({
      id,
      status: "acknowledged",
      acknowledgedOn: today,
      progress: [],
    });
    expect(
      await refused(await call("POST", `/reporting/tasks/${id}/acknowledge`, undefined, "api.xa")),
    ).toMatchObject({
      status: 409,
      message: `Đơn vị đã tiếp nhận nhiệm vụ này ngày ${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}.`,
    });
    expect(
      (await call("POST", "/reporting/tasks/999999/acknowledge", undefined, "api.xa")).status,
    ).toBe(404);
  });

  it("progress with evidence (201), a bad file or no text (400), done (200), then 409", async () => {
    const d = await issued();
    const id = taskOf(d, t.commune2);
    const path = `/reporting/tasks/${id}`;
    const pdf = Buffer.from(PDF).toString("base64");
    expect(
      await refused(
        await call(
          "POST",
          `${path}/progress`,
          {
            text: "Đã họp",
            files: [{ fileName: "a.txt", contentBase64: Buffer.from("chữ").toString("base64") }],
          },
          "api.xa2",
        ),
      ),
    ).toMatchObject({
      status: 400,
      field: "files",
      message: "a.txt: Chỉ nhận tệp PDF, ảnh JPEG, PNG hoặc tài liệu Word (.docx).",
    });
    expect(
      await refused(await call("POST", `${path}/progress`, { percent: 20 }, "api.xa2")),
    ).toMatchObject({
      status: 400,
      field: "text",
      message: "Nội dung báo cáo tiến độ là bắt buộc.",
    });
    expect(
      await refused(await call("POST", `${path}/progress`, { text: "x", percent: 120 }, "api.xa2")),
    ).toMatchObject({
      status: 400,
      field: "percent",
      message: "Tỷ lệ hoàn thành từ 0 đến 100.",
    });
    const res = await call(
      "POST",
      `${path}/progress`,
      {
        text: "Đã họp triển khai.",
        percent: 50,
        files: [{ fileName: "bien-ban.pdf", contentBase64: pdf }],
      },
      "api.xa2",
    );
    expect(res.status).toBe(201);
    const body = await jsonOf(res);
    expect(body).toMatchObject({
      status: "in_progress",
      acknowledgedOn: today,
      lastProgressOn: today,
    });
    expect(body.progress).toEqual([
      {
        id: expect.any(Number),
        reportedOn: today,
        text: "Đã họp triển khai.",
        percent: 50,
        final: false,
        files: [
          {
            id: expect.any(Number),
            fileName: "bien-ban.pdf",
            mime: "application/pdf",
            byteSize: PDF.length,
          },
        ],
      },
    ]);
    const done = await call("POST", `${path}/done`, { note: "Hoàn thành." }, "api.xa2");
    expect(done.status).toBe(200);
    expect(await jsonOf(done)).toMatchObject({
      status: "done",
      doneOn: today,
      clock: "done",
      overdue: false,
    });
    expect(
      (await refused(await call("POST", `${path}/progress`, { text: "Thêm" }, "api.xa2"))).status,
    ).toBe(409);
    // The issuer reads the unit's reports.
    expect((await jsonOf(await call("GET", path, undefined, "api.tinh"))).progress).toHaveLength(2);
    expect((await call("GET", path, undefined, "api.xa")).status).toBe(403);
  });

  it("a withdrawn directive's tasks refuse every step (409); withdrawing needs a reason (400)", async () => {
    const d = await issued();
    expect(
      await refused(
        await call("POST", `/reporting/directives/${d.id}/withdraw`, { reason: "" }, "api.tinh"),
      ),
    ).toMatchObject({
      status: 400,
      field: "reason",
      message: "Lý do thu hồi là bắt buộc.",
    });
    const w = await call(
      "POST",
      `/reporting/directives/${d.id}/withdraw`,
      { reason: "Thay thế." },
      "api.tinh",
    );
    expect(w.status).toBe(200);
    expect(await jsonOf(w)).toMatchObject({
      status: "withdrawn",
      withdrawnReason: "Thay thế.",
      withdrawnOn: today,
    });
    expect(
      await refused(
        await call(
          "POST",
          `/reporting/tasks/${taskOf(d, t.commune)}/acknowledge`,
          undefined,
          "api.xa",
        ),
      ),
    ).toMatchObject({
      status: 409,
      message: "Văn bản giao nhiệm vụ đã bị thu hồi; nhiệm vụ không còn phải thực hiện.",
    });
  });

  it("is described in the OpenAPI document", async () => {
    const doc = await jsonOf(await app.request("/api/v1/openapi.json"));
    expect(
      Object.keys(doc.paths)
        .filter((p) => p.includes("reporting"))
        .sort(),
    ).toEqual([
      "/reporting/directives/{id}",
      "/reporting/directives/{id}/issue",
      "/reporting/directives/{id}/withdraw",
      "/reporting/tasks/{id}",
      "/reporting/tasks/{id}/acknowledge",
      "/reporting/tasks/{id}/done",
      "/reporting/tasks/{id}/progress",
      "/units/{code}/reporting/directives",
      "/units/{code}/reporting/tasks",
    ]);
  });
});
