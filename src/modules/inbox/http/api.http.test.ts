import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { jsonOf, TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";

// The inbox's JSON API: anyone submits and follows by tracking code; officials list, read and
// handle; the identity is a separate audited read (T36). 401, 400, 403 (wrong role, wrong unit),
// 404, 409 and success.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let commune: UnitRow;
let other: UnitRow;
let today: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  const tree = await makeCommuneTree(db, 1);
  commune = tree.commune;
  other = (await makeCommuneTree(db, 0)).commune;
  await makeAccount(db, commune, "api.pa", "official");
  await makeAccount(db, other, "api.khac", "official");
  for (const u of ["api.pa", "api.khac"]) {
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

const FEEDBACK = {
  kind: "phan_anh",
  title: "Rác ùn ứ ở chợ",
  content: "Rác ở cổng chợ không được thu gom ba ngày nay.",
  name: "Vũ Văn Khang",
  contact: "0933111222",
  publish: true,
};

describe("inbox JSON API", () => {
  it("submits anonymously by API (201) with a tracking code; refuses bad input in Vietnamese (400)", async () => {
    const ok = await call("POST", `/units/${commune.code}/inbox/items`, FEEDBACK);
    expect(ok.status).toBe(201);
    const body = await jsonOf(ok);
    expect(body.code).toMatch(/^PA-\d{4}-[A-Z2-9]{8}$/);
    expect(body.trackUrl).toBe(`/theo-doi/${body.code}`);
    const row = await db
      .selectFrom("inbox_item")
      .select(["channel"])
      .where("id", "=", body.id)
      .executeTakeFirstOrThrow();
    expect(row.channel).toBe("api");
    const empty = await call("POST", `/units/${commune.code}/inbox/items`, {
      ...FEEDBACK,
      content: "",
    });
    expect(empty.status).toBe(400);
    expect((await jsonOf(empty)).error.message).toBe("Nội dung là bắt buộc.");
    const complaint = await call("POST", `/units/${commune.code}/inbox/items`, {
      kind: "khieu_nai",
      title: "x",
      content: "y",
    });
    expect(complaint.status).toBe(400);
    expect((await jsonOf(complaint)).error.message).toContain("T14");
    expect((await call("POST", "/units/KHONGCO/inbox/items", FEEDBACK)).status).toBe(404);
  });

  it("lists and reads for the unit's officials only, without identity; identity is a separate read", async () => {
    const { id } = await jsonOf(await call("POST", `/units/${commune.code}/inbox/items`, FEEDBACK));
    expect((await call("GET", `/units/${commune.code}/inbox/items`)).status).toBe(401);
    expect(
      (await call("GET", `/units/${commune.code}/inbox/items`, undefined, "api.khac")).status,
    ).toBe(403);
    const list = await call(
      "GET",
      `/units/${commune.code}/inbox/items?status=open`,
      undefined,
      "api.pa",
    );
    expect(list.status).toBe(200);
    const text = await list.text();
    expect(text).toContain("Rác ùn ứ ở chợ");
    expect(text).not.toContain("Vũ Văn Khang");
    expect((await call("GET", `/inbox/items/${id}`, undefined, "api.khac")).status).toBe(403);
    expect((await call("GET", "/inbox/items/99999999", undefined, "api.pa")).status).toBe(404);
    const identity = await call("GET", `/inbox/items/${id}/identity`, undefined, "api.pa");
    expect(identity.status).toBe(200);
    expect(await jsonOf(identity)).toEqual({
      name: "Vũ Văn Khang",
      address: null,
      contact: "0933111222",
    });
  });

  it("handles: accept, answer (200), answer again (409), then the sender follows and rates once", async () => {
    const { id, code } = await jsonOf(
      await call("POST", `/units/${commune.code}/inbox/items`, FEEDBACK),
    );
    expect((await call("POST", `/inbox/items/${id}/accept`, { acceptedOn: today })).status).toBe(
      401,
    );
    expect(
      (await call("POST", `/inbox/items/${id}/accept`, { acceptedOn: today }, "api.khac")).status,
    ).toBe(403);
    const bad = await call(
      "POST",
      `/inbox/items/${id}/accept`,
      { acceptedOn: "31/12/2026" },
      "api.pa",
    );
    expect(bad.status).toBe(400);
    const accepted = await call(
      "POST",
      `/inbox/items/${id}/accept`,
      { acceptedOn: today },
      "api.pa",
    );
    expect(accepted.status).toBe(200);
    expect((await jsonOf(accepted)).status).toBe("accepted");
    const answered = await call(
      "POST",
      `/inbox/items/${id}/answer`,
      { answer: "Đã thu gom rác ở cổng chợ.", answeredOn: today },
      "api.pa",
    );
    expect(answered.status).toBe(200);
    const again = await call(
      "POST",
      `/inbox/items/${id}/answer`,
      { answer: "Trả lời lần hai cho chắc.", answeredOn: today },
      "api.pa",
    );
    expect(again.status).toBe(409);
    const tracked = await jsonOf(await call("GET", `/inbox/track/${code}`));
    expect(tracked.status).toBe("answered");
    expect(tracked.answer).toBe("Đã thu gom rác ở cổng chợ.");
    expect(JSON.stringify(tracked)).not.toContain("Vũ Văn Khang");
    expect((await call("POST", `/inbox/track/${code}/rating`, { level: 6 })).status).toBe(400);
    expect((await call("POST", `/inbox/track/${code}/rating`, { level: 4 })).status).toBe(204);
    expect((await call("POST", `/inbox/track/${code}/rating`, { level: 4 })).status).toBe(409);
    expect((await call("GET", "/inbox/track/PA-0000-AAAAAAAA")).status).toBe(404);
    const published = await jsonOf(await call("GET", `/units/${commune.code}/inbox/published`));
    expect(published.items.map((i: { id: number }) => i.id)).toContain(id);
    const stats = await jsonOf(await call("GET", `/units/${commune.code}/inbox/stats`));
    expect(stats.total.answered).toBeGreaterThanOrEqual(1);
  });

  it("the OpenAPI document lists the inbox's paths", async () => {
    const doc = await jsonOf(await app.request("/api/v1/openapi.json"));
    for (const p of [
      "/units/{code}/inbox/items",
      "/inbox/items/{id}",
      "/inbox/items/{id}/identity",
      "/inbox/items/{id}/answer",
      "/inbox/track/{code}",
      "/inbox/track/{code}/rating",
      "/units/{code}/inbox/published",
      "/units/{code}/inbox/stats",
    ])
      expect(Object.keys(doc.paths)).toContain(p);
  });
});
