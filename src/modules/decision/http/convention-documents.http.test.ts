import { beforeAll, describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import type { Db } from "../../../core/db/database.ts";
import { documentXml, placeDateLine, wordParagraphs } from "../../../core/documents/index.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { TEST_PASSWORD } from "../../auth/testing/factories.ts";
import { recordConventionComplaint } from "../commands/convention-complaint.ts";
import { submitConventionDossier } from "../commands/convention-dossier.ts";
import {
  adoptedConvention,
  type ConventionVillage,
  conventionAccounts,
  conventionInConsultation,
  conventionVillage,
  recognisedConvention,
  voteAtMeeting,
} from "../commands/convention-factory.ts";
import { decideConventionRecognition } from "../commands/convention-recognition.ts";
import { resolveConventionComplaint } from "../commands/convention-resolve.ts";
import { recordConventionResult } from "../commands/convention-result.ts";

// The papers of a village convention (NĐ 61/2023 Mẫu 01–05), downloaded at the stage that
// produces each, and refused before it; reached as the convention's admin page is.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let v: ConventionVillage;
let otherCommuneCode: string;
const calendar = civilServiceCalendar();
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The commune inside a sentence ("xã Xã Thử 7": the factory's full name) and its date-line place. */
const commune = () => v.commune.full_name.replace(/^Xã/, "xã");
const place = () => v.commune.name.replace(/^Xã /, "");
const item = (id: number, code = v.village.code) => `/quan-tri/${code}/huong-uoc/${id}`;

async function signedIn(username: string) {
  const client = new TestClient(app);
  await client.signIn(username, TEST_PASSWORD);
  return client;
}

/** A 200 Word attachment with an ASCII file name; its paragraphs as text. */
async function docxText(res: Response, asciiName: string): Promise<string[]> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe(DOCX);
  expect(res.headers.get("content-disposition")).toMatch(
    new RegExp(`^attachment; filename="${asciiName}\\.docx"; filename\\*=UTF-8''`),
  );
  const xml = documentXml(Buffer.from(await res.arrayBuffer()));
  return wordParagraphs(xml).map((p) => p.text);
}

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  v = await conventionVillage(db, 10);
  ({ otherCommuneCode } = await conventionAccounts(db, v, { chair: true }));
});

describe("the dossier's papers: Mẫu 01 and the minutes (Mẫu 02), from adoption on (R71, NĐ 61/2023 Art 11)", () => {
  it("an adopted convention: the page links Mẫu 01 and 02; Mẫu 01 names the convention, dated today while unsent; Mẫu 02 forwards to the matter's minutes", async () => {
    const a = await adoptedConvention(db, v, { proposal: { title: "Hương ước thôn Giấy Tờ" } });
    const head = await signedIn("truong.thon");
    expect((await head.get(item(a.id))).status).toBe(200);
    expect(head.lastBody).toContain(`href="${item(a.id)}/to-trinh.docx"`);
    expect(head.lastBody).toContain(`href="${item(a.id)}/bien-ban.docx"`);
    expect(head.lastBody).not.toContain("quyet-dinh-cong-nhan.docx");

    const request = await docxText(
      await head.get(`${item(a.id)}/to-trinh.docx`),
      "To-trinh-de-nghi-cong-nhan-Huong-uoc-thon-Giay-To-cua-thon-Thon-1",
    );
    expect(request).toContain("TỜ TRÌNH");
    expect(request).toContain("Về việc đề nghị công nhận Hương ước thôn Giấy Tờ của thôn Thôn 1");
    expect(request).toContain(
      "Số hộ đồng ý: 6 (60,00 % tổng số hộ); không đồng ý: 0; ý kiến khác: 0.",
    );
    // Still to be sent: dated today, at the commune ("Thử 7" of "Xã Thử 7").
    expect(request).toContain(placeDateLine(place(), todayInVietnam()));

    const minutes = await head.get(`${item(a.id)}/bien-ban.docx`);
    expect(minutes.status).toBe(303);
    const target = `/quan-tri/${v.village.code}/quyet-dinh/${a.matterId}/quyet-dinh.docx`;
    expect(minutes.headers.get("location")).toBe(target);
    const record = await docxText(
      await head.get(target),
      "Quyet-dinh-Thong-qua-Huong-uoc-thon-Giay-To",
    );
    expect(record).toContain("BIÊN BẢN");
    expect(record).toContain("Về việc thông qua Hương ước thôn Giấy Tờ");

    const early = await head.get(`${item(a.id)}/quyet-dinh-cong-nhan.docx`);
    expect(early.status).toBe(404);
    expect(head.lastBody).toContain(
      "Chưa có quyết định công nhận (Mẫu 03): hương ước, quy ước đã được thông qua, chờ gửi hồ sơ đề nghị công nhận.",
    );
    expect((await head.get(`${item(a.id)}/khong-cong-nhan.docx`)).status).toBe(404);
    expect(head.lastBody).toContain("Chưa có văn bản không công nhận:");
  });

  it("404 before adoption: no Mẫu 01 or 02 while the draft is posted for comment", async () => {
    const id = await conventionInConsultation(db, v, {
      proposal: { title: "Hương ước chưa thông qua" },
    });
    const head = await signedIn("truong.thon");
    await head.get(item(id));
    expect(head.lastBody).not.toContain("to-trinh.docx");
    expect((await head.get(`${item(id)}/to-trinh.docx`)).status).toBe(404);
    expect(head.lastBody).toContain(
      "Chưa có tờ trình đề nghị công nhận (Mẫu 01): hương ước, quy ước đang niêm yết dự thảo lấy ý kiến.",
    );
    expect((await head.get(`${item(id)}/bien-ban.docx`)).status).toBe(404);
    expect(head.lastBody).toContain("Chưa có biên bản thông qua đã hoàn tất (Mẫu 02)");
  });

  it("R67: adopted but unsigned, Mẫu 01 is refused with the rule's words (409) and the unfinished minutes are 404", async () => {
    const id = await conventionInConsultation(db, v, {
      proposal: { title: "Hương ước chưa ký" },
    });
    await voteAtMeeting(db, v, id, { attending: 6, yes: 6 });
    await db.transaction().execute((tx) => recordConventionResult(tx, v.head, calendar, id));
    const head = await signedIn("truong.thon");
    expect((await head.get(`${item(id)}/to-trinh.docx`)).status).toBe(409);
    expect(head.lastBody).toContain(
      "Chưa lập được văn bản: Hương ước, quy ước thiếu chữ ký của Trưởng thôn, Tổ trưởng tổ dân phố (R67, NĐ 61/2023 Điều 6.1).",
    );
    expect((await head.get(`${item(id)}/bien-ban.docx`)).status).toBe(404);
  });
});

describe("UBND xã's papers: Mẫu 03 or the refusal (R71), Mẫu 04 (R72, Art 12), Mẫu 05 (R72, Art 14)", () => {
  it("recognised: Mẫu 03 from the commune's admin area, numbered, signed TM. ỦY BAN NHÂN DÂN by the chair; Mẫu 01 dated the day the dossier was sent", async () => {
    const r = await recognisedConvention(db, v, {
      proposal: { title: "Hương ước thôn Công Nhận" },
    });
    const official = await signedIn("canbo.xa");
    const at = item(r.id, v.commune.code);
    await official.get(at);
    expect(official.lastBody).toContain(`href="${item(r.id)}/quyet-dinh-cong-nhan.docx"`);
    const decision = await docxText(
      await official.get(`${at}/quyet-dinh-cong-nhan.docx`),
      "Quyet-dinh-cong-nhan-Huong-uoc-thon-Cong-Nhan-cua-thon-Thon-1",
    );
    expect(decision).toContain("QUYẾT ĐỊNH");
    expect(decision).toContain("Về việc công nhận Hương ước thôn Công Nhận của thôn Thôn 1");
    expect(decision).toContain("Số: 15/QĐ-UBND");
    expect(decision).toContain("QUYẾT ĐỊNH:");
    expect(decision).toContain(
      `Điều 1. Công nhận Hương ước thôn Công Nhận của thôn Thôn 1, ${commune()}, được cộng đồng dân cư thôn Thôn 1 thông qua ngày 03/03/2026 (có văn bản kèm theo).`,
    );
    expect(decision).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(decision).toContain("Người dùng chu.tich");
    expect(decision).toContain("- Lưu: VT, VHXH.");

    const request = await docxText(
      await official.get(`${at}/to-trinh.docx`),
      "To-trinh-de-nghi-cong-nhan-Huong-uoc-thon-Cong-Nhan-cua-thon-Thon-1",
    );
    expect(request).toContain(placeDateLine(place(), "2026-03-10"));

    // No complaint was resolved yet: neither Mẫu 04 nor Mẫu 05 exists.
    expect((await official.get(`${at}/kien-nghi/999999/tam-ngung.docx`)).status).toBe(404);
    expect(official.lastBody).toContain("Không tìm thấy kiến nghị này.");
  });

  it("a suspension (Mẫu 04) and then an annulment (Mẫu 05), each served once decided, 404 before and for the other kind", async () => {
    const r = await recognisedConvention(db, v, {
      proposal: { title: "Hương ước thôn Tạm Ngưng" },
    });
    const first = await db.transaction().execute((tx) =>
      recordConventionComplaint(
        tx,
        v.official,
        calendar,
        r.id,
        {
          receivedOn: "2026-04-01",
          source: "household",
          complainant: "Hộ ông Dân",
          content: "Điều 2 phạt tiền",
        },
        "2026-04-01",
      ),
    );
    const official = await signedIn("canbo.xa");
    expect((await official.get(`${item(r.id)}/kien-nghi/${first.id}/tam-ngung.docx`)).status).toBe(
      404,
    );
    expect(official.lastBody).toContain(
      "Kiến nghị này không có quyết định tạm ngưng thực hiện (Mẫu 04).",
    );
    await db.transaction().execute((tx) =>
      resolveConventionComplaint(
        tx,
        v.official,
        r.id,
        first.id,
        {
          action: "suspended",
          ground: "content",
          partText: "Điều 2",
          reason: "Điều 2 trái Điều 4 Nghị định 61.",
          amendBy: "2026-05-03",
          on: "2026-04-03",
        },
        "2026-04-03",
      ),
    );
    await official.get(item(r.id));
    expect(official.lastBody).toContain(
      `href="${item(r.id)}/kien-nghi/${first.id}/tam-ngung.docx"`,
    );
    const suspension = await docxText(
      await official.get(`${item(r.id)}/kien-nghi/${first.id}/tam-ngung.docx`),
      "Quyet-dinh-tam-ngung-Huong-uoc-thon-Tam-Ngung-cua-thon-Thon-1",
    );
    expect(suspension).toContain(
      "Về việc tạm ngưng thực hiện một phần Hương ước thôn Tạm Ngưng của thôn Thôn 1",
    );
    expect(suspension).toContain(
      `Điều 1. Tạm ngưng thực hiện Điều 2 của Hương ước thôn Tạm Ngưng của thôn Thôn 1, được công nhận tại Quyết định số 15/QĐ-UBND ngày 17/03/2026 của Ủy ban nhân dân ${commune()}.`,
    );
    expect(suspension).toContain(
      "Xét kiến nghị bằng văn bản của hộ gia đình nhận ngày 01/04/2026;",
    );
    // The complainant's name is not printed (STYLE.md §6).
    expect(suspension.join("\n")).not.toContain("Hộ ông Dân");
    expect((await official.get(`${item(r.id)}/kien-nghi/${first.id}/bai-bo.docx`)).status).toBe(
      404,
    );
    expect(official.lastBody).toContain("Kiến nghị này không có quyết định bãi bỏ (Mẫu 05).");

    const second = await db.transaction().execute((tx) =>
      recordConventionComplaint(
        tx,
        v.official,
        calendar,
        r.id,
        {
          receivedOn: "2026-04-02",
          source: "supervision",
          complainant: null,
          content: "Điều 1 trái luật",
        },
        "2026-04-02",
      ),
    );
    await db.transaction().execute((tx) =>
      resolveConventionComplaint(
        tx,
        v.official,
        r.id,
        second.id,
        {
          action: "annulled",
          ground: "unlawful_content",
          partText: null,
          reason: "Điều 1 quy định hình thức xử phạt trái pháp luật.",
          amendBy: null,
          on: "2026-04-06",
        },
        "2026-04-06",
      ),
    );
    const annulment = await docxText(
      await official.get(`${item(r.id)}/kien-nghi/${second.id}/bai-bo.docx`),
      "Quyet-dinh-bai-bo-Huong-uoc-thon-Tam-Ngung-cua-thon-Thon-1",
    );
    expect(annulment).toContain("Về việc bãi bỏ toàn bộ Hương ước thôn Tạm Ngưng của thôn Thôn 1");
    expect(annulment).toContain(
      "Xét kết quả kiểm tra, giám sát việc thực hiện Hương ước thôn Tạm Ngưng của thôn Thôn 1 ngày 02/04/2026;",
    );
    expect(annulment).toContain("Người dùng chu.tich");
    // Annulled, the convention keeps its recognition on file.
    expect((await official.get(`${item(r.id)}/quyet-dinh-cong-nhan.docx`)).status).toBe(200);
  });

  it("refused: the written refusal with its reasons, and no Mẫu 03", async () => {
    const a = await adoptedConvention(db, v, { proposal: { title: "Hương ước thôn Từ Chối" } });
    await db
      .transaction()
      .execute((tx) =>
        submitConventionDossier(
          tx,
          v.head,
          calendar,
          a.id,
          { submittedOn: "2026-03-10" },
          "2026-03-10",
        ),
      );
    await db.transaction().execute((tx) =>
      decideConventionRecognition(
        tx,
        v.official,
        a.id,
        {
          decision: "refuse",
          on: "2026-03-12",
          number: null,
          reason: "Điều 2 đặt ra khoản thu trái quy định.",
          sealAcrossPages: false,
        },
        "2026-03-12",
      ),
    );
    const official = await signedIn("canbo.xa");
    await official.get(item(a.id));
    expect(official.lastBody).toContain(`href="${item(a.id)}/khong-cong-nhan.docx"`);
    const refusal = await docxText(
      await official.get(`${item(a.id)}/khong-cong-nhan.docx`),
      "Thong-bao-khong-cong-nhan-Huong-uoc-thon-Tu-Choi-cua-thon-Thon-1",
    );
    expect(refusal).toContain("THÔNG BÁO");
    expect(refusal).toContain("Về việc không công nhận Hương ước thôn Từ Chối của thôn Thôn 1");
    expect(refusal).toContain("Điều 2 đặt ra khoản thu trái quy định.");
    expect((await official.get(`${item(a.id)}/quyet-dinh-cong-nhan.docx`)).status).toBe(404);
    expect(official.lastBody).toContain(
      "Chưa có quyết định công nhận (Mẫu 03): hương ước, quy ước UBND xã không công nhận.",
    );
  });
});

describe("who may download: as the convention's admin page", () => {
  let id: number;
  beforeAll(async () => {
    id = (await recognisedConvention(db, v, { proposal: { title: "Hương ước thôn Quyền" } })).id;
  });

  it("signed out: redirected to sign-in", async () => {
    const url = `${item(id)}/quyet-dinh-cong-nhan.docx`;
    const res = await app.request(url);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/dang-nhap?next=${encodeURIComponent(url)}`);
  });

  it("403 for an official of another commune; 404 for this convention under that commune's code", async () => {
    const stranger = await signedIn("canbo.xakhac");
    expect((await stranger.get(`${item(id)}/quyet-dinh-cong-nhan.docx`)).status).toBe(403);
    expect((await stranger.get(`${item(id)}/to-trinh.docx`)).status).toBe(403);
    expect(
      (await stranger.get(`${item(id, otherCommuneCode)}/quyet-dinh-cong-nhan.docx`)).status,
    ).toBe(404);
    expect(stranger.lastBody).toContain("Không có hương ước, quy ước này trong đơn vị.");
  });

  it("the village head reads UBND xã's decision on his village's convention, as he reads its page", async () => {
    const head = await signedIn("truong.thon");
    expect((await head.get(item(id))).status).toBe(200);
    const res = await head.get(`${item(id)}/quyet-dinh-cong-nhan.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(DOCX);
  });
});
