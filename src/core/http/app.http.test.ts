import { beforeAll, describe, expect, it } from "vitest";
import { jsonOf, TestClient, useTestApp } from "../testing/test-app.ts";

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
beforeAll(async () => {
  ({ app } = await useTestApp());
});

describe("the web shell", () => {
  it("serves the home page in Vietnamese with security headers and no script", async () => {
    const res = await app.request("/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain("Dân biết, dân bàn, dân làm");
    expect(html).not.toContain("<script");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("public, max-age=60, must-revalidate");
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("sends the security headers on answers from the public cache too", async () => {
    await app.request("/");
    const cached = await app.request("/");
    expect(cached.headers.get("content-security-policy")).toContain("script-src 'none'");
    expect(cached.headers.get("x-frame-options")).toBe("DENY");
    const missing = await app.request("/khong-co");
    expect(missing.headers.get("content-security-policy")).toContain("script-src 'none'");
  });

  it("keeps a page from its second request on, and answers the next with 304 by its ETag", async () => {
    const first = await app.request("/?lan=1");
    expect(first.headers.get("etag")).toBeNull();
    const second = await app.request("/?lan=1");
    const etag = second.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await app.request("/?lan=1", { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
  });

  it("compresses large pages when asked", async () => {
    const res = await app.request("/dang-nhap", { headers: { "accept-encoding": "gzip" } });
    expect(res.status).toBe(200);
  });

  it("switches to English and back with a cookie", async () => {
    const client = new TestClient(app);
    const res = await client.get("/ngon-ngu?lang=en&next=/dang-nhap");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/dang-nhap");
    await client.get("/dang-nhap");
    expect(client.lastBody).toContain('<html lang="en">');
    expect(client.lastBody).toContain("Sign in");
    const evil = await client.get("/ngon-ngu?lang=vi&next=//evil.example");
    expect(evil.headers.get("location")).toBe("/");
  });

  it("a Vietnamese 404 page, and a JSON 404 under /api", async () => {
    const page = await app.request("/khong-co-trang-nay");
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("Trang bạn tìm không tồn tại hoặc đã được chuyển đi.");
    const api = await app.request("/api/v1/khong-co");
    expect(api.status).toBe(404);
    expect(await jsonOf(api)).toEqual({
      error: { code: "not_found", message: "Không có điểm cuối API này." },
    });
  });

  it("serves the stylesheet under a content hash with a year of caching", async () => {
    const html = await (await app.request("/")).text();
    const href = html.match(/href="(\/static\/app\.[0-9a-f]{12}\.css)"/)?.[1];
    expect(href).toBeTruthy();
    const css = await app.request(href!);
    expect(css.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await css.text()).toContain("@media print");
  });

  it("health and the OpenAPI 3.1 document", async () => {
    expect(await jsonOf(await app.request("/api/v1/health"))).toEqual({ status: "ok" });
    const doc = await jsonOf(await app.request("/api/v1/openapi.json"));
    expect(doc.openapi).toBe("3.1.0");
    for (const path of [
      "/units",
      "/units/{code}",
      "/units/{code}/children",
      "/units/{code}/bodies",
      "/units/{code}/households",
      "/households/{id}",
      "/units/{code}/household-count",
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.components.securitySchemes.bearer).toEqual({ type: "http", scheme: "bearer" });
  });

  it("refuses an oversized body with 413", async () => {
    const res = await app.request("/api/v1/units/99/children", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(22 * 1024 * 1024) },
      body: "x".repeat(22 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
  });
});

describe("sign-in page", () => {
  it("needs its CSRF token, and says what is wrong in Vietnamese", async () => {
    const client = new TestClient(app);
    await client.get("/dang-nhap");
    expect(client.hasCookie("coso_csrf")).toBe(true);
    const noToken = await client.post(
      "/dang-nhap",
      { username: "a", password: "b" },
      { csrf: null },
    );
    expect(noToken.status).toBe(403);
    const empty = await client.post("/dang-nhap", { username: "", password: "" });
    expect(empty.status).toBe(400);
    expect(client.lastBody).toContain("Tên đăng nhập là bắt buộc.");
    const wrong = await client.post("/dang-nhap", {
      username: "khong.co",
      password: "sai-mat-khau",
    });
    expect(wrong.status).toBe(400);
    expect(client.lastBody).toContain("Tên đăng nhập hoặc mật khẩu không đúng.");
    expect(client.lastBody).toContain('value="khong.co"');
  });
});

describe("shared rate limits", () => {
  it("answers 429 in Vietnamese past the API limit for one address", async () => {
    const { app: fresh } = await useTestApp();
    const { REQUEST_LIMITS } = await import("./app.ts");
    // Counters are per calendar minute: a slow run may cross one boundary, so the 429 comes
    // after at most twice the limit (and never before the limit is used up).
    const limit = REQUEST_LIMITS.apiCallsPerMinute;
    let last: Response | undefined;
    let calls = 0;
    while (calls <= 2 * limit) {
      last = await fresh.request("/api/v1/health");
      calls++;
      if (last.status === 429) break;
    }
    expect(last!.status).toBe(429);
    expect(calls).toBeGreaterThan(limit);
    expect((await jsonOf(last!)).error.message).toBe(
      "Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 1 phút.",
    );
  });
});

describe("a password handed out by an administrator", () => {
  it("must be changed before any other page", async () => {
    const { app: fresh, db } = await useTestApp();
    const { makeCommuneTree } = await import("../../modules/org/testing/factories.ts");
    const { makeAccount, TEST_PASSWORD } = await import("../../modules/auth/testing/factories.ts");
    const tree = await makeCommuneTree(db, 0);
    const { accountId } = await makeAccount(db, tree.commune, "moi.cap", "official");
    await db
      .updateTable("auth_account")
      .set({ must_change_password: true })
      .where("id", "=", accountId)
      .execute();
    const client = new TestClient(fresh);
    await client.get("/dang-nhap");
    await client.post("/dang-nhap", { username: "moi.cap", password: TEST_PASSWORD });
    const res = await client.get(`/quan-tri/${tree.commune.code}`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/tai-khoan");
    await client.get("/tai-khoan");
    expect(client.lastBody).toContain("Vui lòng đổi mật khẩu được cấp trước khi tiếp tục.");
    await client.post("/tai-khoan/mat-khau", {
      current: TEST_PASSWORD,
      next: "mat-khau-rieng-2026",
      confirm: "mat-khau-rieng-2026",
    });
    expect((await client.get(`/quan-tri/${tree.commune.code}`)).status).toBe(200);
  });
});
