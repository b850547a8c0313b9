import type { Hono } from "hono";
import { AppError } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { loadUnit } from "../../org/index.ts";
import { listPublished } from "../db/disclosure.repo.ts";
import { regimeOf } from "../domain/catalogues.ts";

const xml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[ch]!,
  );

/** An Atom feed of a commune's 50 newest public disclosures (RFC 4287). */
export function disclosureFeed(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/u/:code/cong-khai.atom", async (c) => {
    const { unit } = await loadUnit(deps.db, c.req.param("code"));
    if (regimeOf(unit.kind) !== "commune")
      throw new AppError("not_found", "Đơn vị này không có nguồn tin công khai.");
    const rows = await listPublished(deps.db, {
      unitId: unit.id,
      includeMembers: false,
      limit: 50,
      offset: 0,
    });
    const origin = new URL(c.req.url).origin;
    const base = `${origin}/u/${unit.code}/cong-khai`;
    const updated = rows[0]?.published_on ?? "2023-07-01";
    const entries = rows
      .map(
        (r) => `  <entry>
    <id>${base}/${r.id}</id>
    <title>${xml(r.title)}</title>
    <link rel="alternate" type="text/html" href="${base}/${r.id}"/>
    <updated>${r.published_on}T00:00:00+07:00</updated>
    <category term="${xml(r.category)}"/>
    <summary>${xml(r.summary || r.title)}</summary>
  </entry>`,
      )
      .join("\n");
    const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>${base}</id>
  <title>${xml(`Thông tin công khai — ${unit.full_name}`)}</title>
  <link rel="self" type="application/atom+xml" href="${base}.atom"/>
  <link rel="alternate" type="text/html" href="${base}"/>
  <updated>${updated}T00:00:00+07:00</updated>
  <author><name>${xml(unit.full_name)}</name></author>
${entries}
</feed>
`;
    c.header("Content-Type", "application/atom+xml; charset=utf-8");
    c.header("Cache-Control", "public, max-age=300");
    return c.body(body);
  });
}
