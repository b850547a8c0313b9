import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ChildServer,
  createSeededDatabase,
  DEMO_PASSWORD,
  type SeededDatabase,
  sleep,
  spawnServe,
} from "./support/server.ts";

// Two server processes on one PostgreSQL serve the same signed-in user interchangeably: sessions,
// CSRF keys and rate-limit counters live in the database, nothing that matters in one process.

let db: SeededDatabase;
let a: ChildServer;
let b: ChildServer;
const running: ChildServer[] = [];

beforeAll(async () => {
  db = await createSeededDatabase();
  const started = await Promise.allSettled([spawnServe(db.env), spawnServe(db.env)]);
  for (const r of started) if (r.status === "fulfilled") running.push(r.value);
  for (const r of started) if (r.status === "rejected") throw r.reason;
  [a, b] = running as [ChildServer, ChildServer];
}, 90_000);

afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  await db?.drop();
});

/** The `name=value` pair of a Set-Cookie header for `name`, or undefined. */
function setCookie(res: Response, name: string): string | undefined {
  for (const line of res.headers.getSetCookie()) {
    const pair = line.split(";")[0] ?? "";
    if (pair.startsWith(`${name}=`)) return pair;
  }
  return undefined;
}

function csrfOf(html: string): string {
  const m = html.match(/name="_csrf" value="([^"]+)"/);
  if (!m?.[1]) throw new Error("no _csrf field on the page");
  return m[1];
}

const form = (fields: Record<string, string>) => ({
  method: "POST",
  redirect: "manual" as const,
  body: new URLSearchParams(fields).toString(),
});

/** The sign-in form as a browser gets it: its anonymous CSRF cookie and hidden token. */
async function signInForm(server: ChildServer) {
  const res = await fetch(`${server.url}/dang-nhap`);
  expect(res.status).toBe(200);
  const cookie = setCookie(res, "coso_csrf");
  expect(cookie).toMatch(/^coso_csrf=[\w-]+$/);
  return { cookie: cookie!, csrf: csrfOf(await res.text()) };
}

async function postSignIn(server: ChildServer, username: string, password: string) {
  const { cookie, csrf } = await signInForm(server);
  return fetch(`${server.url}/dang-nhap`, {
    ...form({ _csrf: csrf, username, password, next: "" }),
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
  });
}

async function fullName(username: string) {
  const rows = await db.query<{ full_name: string }>(
    "select p.full_name from auth_account a join people_person p on p.id = a.person_id where a.username = $1",
    [username],
  );
  expect(rows).toHaveLength(1);
  return rows[0]!.full_name;
}

describe("two `coso serve` processes over one database", () => {
  it("run as separate processes on their own ports", () => {
    expect(a.child.pid).toBeGreaterThan(0);
    expect(b.child.pid).toBeGreaterThan(0);
    expect(a.child.pid).not.toBe(b.child.pid);
    expect(a.url).not.toBe(b.url);
  });

  it("a session opened on A is honoured on B; a form from A's page works on B; signing out on B ends it on A", async () => {
    const name = await fullName("dan.thondong");

    // Sign in on A.
    const signedIn = await postSignIn(a, "dan.thondong", DEMO_PASSWORD);
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get("location")).toBe("/cua-toi");
    const session = setCookie(signedIn, "coso_sid");
    expect(session).toMatch(/^coso_sid=.{20,}$/);
    const cookie = session!;

    // B knows the session.
    const mineOnB = await fetch(`${b.url}/cua-toi`, { headers: { cookie }, redirect: "manual" });
    expect(mineOnB.status).toBe(200);
    const mineHtml = await mineOnB.text();
    expect(mineHtml).toContain(`<h1>Xin chào, ${name}</h1>`);
    expect(mineHtml).toContain("H001");

    // A form token served by A is accepted by B: create an API token on B…
    const accountOnA = await fetch(`${a.url}/tai-khoan`, {
      headers: { cookie },
      redirect: "manual",
    });
    expect(accountOnA.status).toBe(200);
    const csrfFromA = csrfOf(await accountOnA.text());
    const created = await fetch(`${b.url}/tai-khoan/token`, {
      ...form({ _csrf: csrfFromA, name: "tich-hop-tu-b" }),
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    });
    expect(created.status).toBe(200);
    const createdHtml = await created.text();
    expect(createdHtml).toContain("Token mới (chỉ hiện một lần, hãy lưu lại ngay):");
    const token = createdHtml.match(/<code>([^<]+)<\/code>/)?.[1];
    expect(token).toBeTruthy();
    // …A lists it, and A accepts it as a bearer token.
    const listedOnA = await (await fetch(`${a.url}/tai-khoan`, { headers: { cookie } })).text();
    expect(listedOnA).toContain("<td>tich-hop-tu-b</td>");
    const [household] = await db.query<{ id: number }>(
      "select h.id from people_household h join org_unit u on u.id = h.unit_id where u.code = '99001-T02' and h.code = 'H001'",
    );
    const apiUrl = `${a.url}/api/v1/households/${household!.id}`;
    const apiOnA = await fetch(apiUrl, { headers: { authorization: `Bearer ${token}` } });
    expect(apiOnA.status).toBe(200);
    expect(((await apiOnA.json()) as { code: string }).code).toBe("H001");
    expect((await fetch(apiUrl, { headers: { authorization: "Bearer sai" } })).status).toBe(401);

    // A token that no page served is refused by B.
    const forged = await fetch(`${b.url}/dang-xuat`, {
      ...form({ _csrf: "gia-mao" }),
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    });
    expect(forged.status).toBe(403);
    expect(
      (await fetch(`${a.url}/cua-toi`, { headers: { cookie }, redirect: "manual" })).status,
    ).toBe(200);

    // Sign out on B with A's token: A no longer knows the session.
    const out = await fetch(`${b.url}/dang-xuat`, {
      ...form({ _csrf: csrfFromA }),
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    });
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe("/");
    for (const server of [a, b]) {
      const after = await fetch(`${server.url}/cua-toi`, {
        headers: { cookie },
        redirect: "manual",
      });
      expect(after.status).toBe(303);
      expect(after.headers.get("location")).toBe("/dang-nhap?next=%2Fcua-toi");
    }
  });

  it("share the sign-in rate limit: the 11th wrong password for one username, over A and B, gets 429", async () => {
    // The limit counts in fixed 15-minute windows; do not straddle a window boundary.
    const intoWindow = (Date.now() / 1000) % 900;
    if (intoWindow > 880) await sleep((901 - intoWindow) * 1000);

    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const server = i % 2 === 0 ? a : b;
      const res = await postSignIn(server, "xa.congchuc", `sai-mat-khau-${i}`);
      statuses.push(res.status);
      const html = await res.text();
      if (i < 10) expect(html).toContain("Tên đăng nhập hoặc mật khẩu không đúng.");
      else expect(html).toContain("Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 15 phút.");
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 429]);

    // Now even the right password is refused on either process, and no session is opened.
    for (const server of [a, b]) {
      const res = await postSignIn(server, "xa.congchuc", DEMO_PASSWORD);
      expect(res.status).toBe(429);
      expect(setCookie(res, "coso_sid")).toBeUndefined();
    }
    // Another username is not affected.
    const other = await postSignIn(b, "thon.truong", DEMO_PASSWORD);
    expect(other.status).toBe(303);
  });
});
