import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { documentXml, readZip, wordParagraphs } from "../../../core/documents/index.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { acceptItem } from "../commands/accept-item.ts";
import { answerItem } from "../commands/answer-item.ts";
import { submitItem } from "../commands/submit-item.ts";
import {
  anonymousCtx,
  asTarget,
  calendar,
  complaintInput,
  denunciationInput,
  roleCtx,
} from "../testing/factories.ts";

// The inbox's official documents over HTTP: a complaint decision and a denunciation conclusion
// as DOCX in the NĐ 30 layout with the law's contents, the notices of each step, the public
// version of a conclusion, the register as XLSX — none with the submitter's identity; 303 to
// sign in, 403 another unit, 404, 409 for a step not taken.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let deps: Awaited<ReturnType<typeof useTestApp>>["deps"];
let commune: UnitRow;
let today: string;
let complaintId: number;
let denunciationId: number;

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

beforeAll(async () => {
  ({ app, db, deps } = await useTestApp());
  const tree = await makeCommuneTree(db, 0);
  commune = tree.commune;
  await makeAccount(db, commune, "vb.congchuc", "official");
  await makeAccount(db, (await makeCommuneTree(db, 0)).commune, "vb.xakhac", "official");
  today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const h = { ctx: anonymousCtx, calendar, today };
  const official = roleCtx(commune, "official", 9100);
  const key = deps.config.dataKey;
  const c = await submitItem(
    db,
    h,
    deps.storage,
    asTarget(commune),
    key,
    complaintInput({ submittedOn: today }),
  );
  const d = await submitItem(
    db,
    h,
    deps.storage,
    asTarget(commune),
    key,
    denunciationInput({ submittedOn: today }),
  );
  complaintId = c.id;
  denunciationId = d.id;
  await db.transaction().execute(async (tx) => {
    const hh = { tx, ctx: official, calendar, today };
    await acceptItem(hh, c.id, { acceptedOn: today });
    await answerItem(hh, key, c.id, {
      answer: "Khiếu nại đúng một phần.",
      answeredOn: today,
      document: {
        number: "31/QĐ-UBND",
        signer: "Nguyễn Văn Chủ",
        contents: {
          parties: "Bà Trần Thị Cúc, thôn 2; Chủ tịch UBND xã",
          content: "Quyết định thu hồi đất",
          verification: "Diện tích thực tế 42 m²",
          legalBasis: "Luật Đất đai 2024",
          conclusion: "partly_right",
          remedy: "Sửa quyết định thu hồi còn 42 m²",
          rights: "Bà Cúc có quyền khiếu nại lần hai hoặc khởi kiện vụ án hành chính",
        },
      },
    });
    await acceptItem(hh, d.id, { acceptedOn: today });
    await answerItem(hh, key, d.id, {
      answer: "Tố cáo đúng một phần.",
      answeredOn: today,
      document: {
        number: "4/KL-UBND",
        signer: "Nguyễn Văn Chủ",
        contents: {
          verification: "Có thu tiền ngoài lệ phí ở hai hồ sơ",
          legalBasis: "Luật Phòng, chống tham nhũng",
          verdict: "partly_right",
          responsibility: "Cán bộ địa chính chịu trách nhiệm",
          measures: "Kỷ luật khiển trách",
          recommendations: "Niêm yết lệ phí",
        },
      },
    });
  });
});

async function as(username: string) {
  const client = new TestClient(app);
  await client.signIn(username, TEST_PASSWORD);
  return client;
}

async function docText(client: TestClient, path: string) {
  const res = await app.request(path, { headers: { cookie: client.cookieHeaderForTests() } });
  expect(res.status, path).toBe(200);
  expect(res.headers.get("content-type")).toBe(DOCX);
  expect(res.headers.get("cache-control")).toBe("private, no-store");
  return wordParagraphs(documentXml(Buffer.from(await res.arrayBuffer()))).map((p) => p.text);
}

describe("inbox documents", () => {
  it("the complaint decision: NĐ 30 header, the Art 31.2 contents, the rights; 303, 403 and 404 around it", async () => {
    const docs = await db
      .selectFrom("inbox_document")
      .select(["id", "item_id"])
      .where("item_id", "in", [complaintId, denunciationId])
      .orderBy("id")
      .execute();
    const path = `/quan-tri/${commune.code}/phan-anh/${complaintId}/van-ban/${docs[0]!.id}.docx`;
    expect((await new TestClient(app).get(path)).status).toBe(303);
    expect((await (await as("vb.xakhac")).get(path)).status).toBe(403);
    const client = await as("vb.congchuc");
    const text = await docText(client, path);
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("QUYẾT ĐỊNH");
    expect(text.some((t) => t.startsWith("Số: 31/QĐ-UBND"))).toBe(true);
    expect(text).toContain("Nội dung khiếu nại là đúng một phần.");
    expect(text).toContain("Điều 1. Sửa quyết định thu hồi còn 42 m²");
    expect(text).toContain(
      "Điều 2. Bà Cúc có quyền khiếu nại lần hai hoặc khởi kiện vụ án hành chính",
    );
    expect(
      (
        await app.request(
          `/quan-tri/${commune.code}/phan-anh/${complaintId}/van-ban/99999999.docx`,
          { headers: { cookie: client.cookieHeaderForTests() } },
        )
      ).status,
    ).toBe(404);
  });

  it("notices for the steps taken (409 for one not taken); the denunciation's conclusion and its public version never name the denouncer", async () => {
    const client = await as("vb.congchuc");
    const accept = await docText(
      client,
      `/quan-tri/${commune.code}/phan-anh/${complaintId}/thong-bao/thu-ly.docx`,
    );
    expect(accept).toContain("THÔNG BÁO");
    expect(accept.join(" ")).toContain("Đã thụ lý giải quyết khiếu nại");
    const answer = await docText(
      client,
      `/quan-tri/${commune.code}/phan-anh/${complaintId}/thong-bao/tra-loi.docx`,
    );
    expect(answer).toContain("Khiếu nại đúng một phần.");
    const notTaken = await app.request(
      `/quan-tri/${commune.code}/phan-anh/${complaintId}/thong-bao/chuyen-don.docx`,
      { headers: { cookie: client.cookieHeaderForTests() } },
    );
    expect(notTaken.status).toBe(409);
    const doc = await db
      .selectFrom("inbox_document")
      .select("id")
      .where("item_id", "=", denunciationId)
      .executeTakeFirstOrThrow();
    const conclusion = await docText(
      client,
      `/quan-tri/${commune.code}/phan-anh/${denunciationId}/van-ban/${doc.id}.docx`,
    );
    expect(conclusion).toContain("KẾT LUẬN");
    expect(conclusion).toContain("Nội dung tố cáo là đúng một phần.");
    const notices = await docText(
      client,
      `/quan-tri/${commune.code}/phan-anh/${denunciationId}/thong-bao/thu-ly.docx`,
    );
    const publicRes = await app.request(
      `/u/${commune.code}/phan-anh/${denunciationId}/ket-luan.docx`,
    );
    expect(publicRes.status).toBe(200);
    const published = wordParagraphs(documentXml(Buffer.from(await publicRes.arrayBuffer()))).map(
      (p) => p.text,
    );
    expect(published.join(" ")).toContain("Bản công khai theo Điều 40 Luật Tố cáo");
    for (const text of [conclusion, notices, published]) {
      const all = text.join(" ");
      for (const secret of ["Lê Văn Dũng", "0901234567"]) expect(all).not.toContain(secret);
    }
    const page = await (await new TestClient(app).get(`/u/${commune.code}/phan-anh`)).text();
    expect(page).toContain(`/u/${commune.code}/phan-anh/${denunciationId}/ket-luan.docx`);
    expect(page).toContain("Kết luận số 4/KL-UBND");
    expect(page).not.toContain("Lê Văn Dũng");
    // The denunciation's own words are not in the published version.
    expect(published.join(" ")).not.toContain("nhận tiền của người dân");
  });

  it("the register as XLSX, without any identity", async () => {
    const client = await as("vb.congchuc");
    const res = await app.request(`/quan-tri/${commune.code}/phan-anh/so-theo-doi.xlsx`, {
      headers: { cookie: client.cookieHeaderForTests() },
    });
    expect(res.status).toBe(200);
    const sheet =
      readZip(Buffer.from(await res.arrayBuffer()))
        .get("xl/sharedStrings.xml")
        ?.toString("utf8") ?? "";
    expect(sheet).toContain("SỔ THEO DÕI TIẾP NHẬN, XỬ LÝ ĐƠN");
    expect(sheet).toContain("Khiếu nại quyết định thu hồi đất");
    for (const secret of ["Lê Văn Dũng", "Trần Thị Cúc", "0901234567"])
      expect(sheet).not.toContain(secret);
    const bad = await app.request(
      `/quan-tri/${commune.code}/phan-anh/so-theo-doi.xlsx?tu=2026-13-01`,
      { headers: { cookie: client.cookieHeaderForTests() } },
    );
    expect(bad.status).toBe(400);
  });
});
