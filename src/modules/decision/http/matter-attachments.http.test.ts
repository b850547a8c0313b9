import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { MAX_ATTACHMENT_BYTES } from "../../../core/storage/attachment-type.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { openMatter } from "../commands/open-matter.ts";
import { bulkHouseholds, matterInput, officialOf } from "../testing/factories.ts";

// A matter's documents over HTTP (NĐ 59/2023 Art 3.4): the upload on the admin page (multipart,
// CSRF) answers 401, 403, 404, 400 and success; anyone downloads the bytes from the public page.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let commune: UnitRow;
let village: UnitRow;
let otherCommune: UnitRow;
let matterId: number;
const PDF = new TextEncoder().encode("%PDF-1.7\n% tờ trình và dự toán làm đường\n%%EOF\n");
const FILE_NAME = "Tờ trình dự toán.pdf";

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  const tree = await makeCommuneTree(db, 1);
  commune = tree.commune;
  village = tree.villages[0]!;
  otherCommune = (await makeCommuneTree(db, 1)).commune;
  const reps = await bulkHouseholds(db, village.id, 2, { prefix: "T" });
  await makeAccount(db, commune, "tailieu.xa", "official");
  await makeAccount(db, otherCommune, "tailieu.xakhac", "official");
  await makeAccount(db, village, "tailieu.dan", undefined, reps[0]!.personId);
  matterId = await db
    .transaction()
    .execute((tx) =>
      openMatter(tx, officialOf(commune), village, matterInput({ title: "Làm đường liên xóm" })),
    );
});

async function signedIn(username: string) {
  const client = new TestClient(app);
  await client.signIn(username, TEST_PASSWORD);
  return client;
}

const uploadUrl = (code: string, id = matterId) => `/quan-tri/${code}/quyet-dinh/${id}/tai-lieu`;

/** Posts a file as the admin page's multipart form does, with the client's CSRF token. */
function upload(client: TestClient, url: string, name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.set("_csrf", client.csrf);
  form.set("file", new File([bytes], name));
  return app.request(url, {
    method: "POST",
    body: form,
    headers: { cookie: client.cookieHeaderForTests() },
  });
}

const rows = () =>
  db.selectFrom("decision_attachment").select("id").where("matter_id", "=", matterId).execute();

describe("POST /quan-tri/:code/quyet-dinh/:id/tai-lieu", () => {
  it("401 for a visitor; 403 for a resident and for another commune's official", async () => {
    const visitor = new TestClient(app);
    await visitor.get("/dang-nhap");
    expect((await upload(visitor, uploadUrl(village.code), "a.pdf", PDF)).status).toBe(401);
    const resident = await signedIn("tailieu.dan");
    const byResident = await upload(resident, uploadUrl(village.code), "a.pdf", PDF);
    expect(byResident.status).toBe(403);
    expect(await byResident.text()).not.toContain("biểu mẫu không hợp lệ"); // not the CSRF check
    const other = await signedIn("tailieu.xakhac");
    const byOther = await upload(other, uploadUrl(commune.code), "a.pdf", PDF);
    expect(byOther.status).toBe(403);
    expect(await byOther.text()).not.toContain("biểu mẫu không hợp lệ");
    expect(await rows()).toEqual([]);
  });

  it("404 for a matter that does not exist or sits in another commune", async () => {
    const official = await signedIn("tailieu.xa");
    await official.get(`/quan-tri/${commune.code}/quyet-dinh/${matterId}`);
    expect((await upload(official, uploadUrl(commune.code, 999_999), "a.pdf", PDF)).status).toBe(
      404,
    );
    const other = await signedIn("tailieu.xakhac");
    expect((await upload(other, uploadUrl(otherCommune.code), "a.pdf", PDF)).status).toBe(404);
    expect(await rows()).toEqual([]);
  });

  it("400 with a Vietnamese message for a wrong type or a file over 20 MB; nothing stored", async () => {
    const official = await signedIn("tailieu.xa");
    await official.get(`/quan-tri/${commune.code}/quyet-dinh/${matterId}`);
    const exe = await upload(
      official,
      uploadUrl(commune.code),
      "virus.exe",
      new TextEncoder().encode("MZ executable"),
    );
    expect(exe.status).toBe(400);
    const html = await exe.text();
    expect(html).toContain("Chỉ nhận tệp PDF, ảnh JPEG, PNG hoặc tài liệu Word (.docx).");
    expect(html).toContain('enctype="multipart/form-data"');
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(PDF);
    const tooLarge = await upload(official, uploadUrl(commune.code), "lon.pdf", big);
    expect(tooLarge.status).toBe(400);
    expect(await tooLarge.text()).toContain("Tệp đính kèm tối đa 20 MB.");
    expect(await rows()).toEqual([]);
  });

  it("success: the file is listed on both pages and downloads with its name and bytes", async () => {
    const official = await signedIn("tailieu.xa");
    await official.get(`/quan-tri/${commune.code}/quyet-dinh/${matterId}`);
    expect(official.lastBody).toContain("Chưa có tài liệu.");
    const res = await upload(official, uploadUrl(commune.code), FILE_NAME, PDF);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(
      `/quan-tri/${commune.code}/quyet-dinh/${matterId}#tai-lieu`,
    );
    const [row] = await rows();
    const href = `/u/${village.code}/quyet-dinh/${matterId}/tai-lieu/${row!.id}`;

    await official.get(`/quan-tri/${commune.code}/quyet-dinh/${matterId}`);
    expect(official.lastBody).toContain(`href="${href}"`);
    expect(official.lastBody).toContain(FILE_NAME);
    const ids = [...official.lastBody.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const page = await app.request(`/u/${village.code}/quyet-dinh/${matterId}`);
    const pageHtml = await page.text();
    expect(pageHtml).toContain("Tài liệu kèm theo");
    expect(pageHtml).toContain(`href="${href}"`);

    const file = await app.request(href);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("content-disposition")).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(FILE_NAME)}`,
    );
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF);
  });

  it("404 on download: unknown document, another matter's id, another unit's address", async () => {
    const [row] = await rows();
    expect(row).toBeDefined();
    expect(
      (await app.request(`/u/${village.code}/quyet-dinh/${matterId}/tai-lieu/999999`)).status,
    ).toBe(404);
    const second = await db
      .transaction()
      .execute((tx) =>
        openMatter(tx, officialOf(commune), village, matterInput({ title: "Việc khác" })),
      );
    expect(
      (await app.request(`/u/${village.code}/quyet-dinh/${second}/tai-lieu/${row!.id}`)).status,
    ).toBe(404);
    expect(
      (await app.request(`/u/${otherCommune.code}/quyet-dinh/${matterId}/tai-lieu/${row!.id}`))
        .status,
    ).toBe(404);
  });
});
