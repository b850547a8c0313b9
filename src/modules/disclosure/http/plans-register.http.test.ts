import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import {
  documentXml,
  placeDateLine,
  wordParagraphs,
  wordTables,
} from "../../../core/documents/index.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import { appointPosition, createBody, createUnit, type UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { createPerson } from "../../people/index.ts";
import { createDraft } from "../commands/create-draft.ts";
import { publishItem } from "../commands/publish-item.ts";
import { recordEvidence } from "../commands/record-evidence.ts";
import { findItem } from "../db/disclosure.repo.ts";
import { quarterOf, registerTitle } from "../domain/quarter-register.ts";
import type { EvidenceInput } from "../http/schemas.ts";
import { draftInput } from "../testing/factories.ts";
import { planFormDefaults } from "./plan-form.tsx";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const calendar = civilServiceCalendar();
const ctx = systemContext();

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let commune: UnitRow;
let villages: UnitRow[];
let other: UnitRow;
let enterprise: UnitRow;
let official: TestClient;

/** Drafts and publishes an item on `publishedOn` (as "today"), then records its evidence. */
async function published(
  unit: UnitRow,
  title: string,
  basisDate: string,
  publishedOn: string,
  evidence: Omit<EvidenceInput, "location" | "doneBy" | "note">[] = [],
) {
  return db.transaction().execute(async (tx) => {
    const id = await createDraft(tx, ctx, unit, draftInput({ title, basisDate }));
    await publishItem(tx, ctx, calendar, (await findItem(tx, id))!, publishedOn, publishedOn);
    const item = (await findItem(tx, id))!;
    for (const e of evidence) {
      await recordEvidence(
        tx,
        ctx,
        calendar,
        item,
        { location: null, doneBy: null, note: null, ...e },
        "2026-06-30",
      );
    }
    return id;
  });
}

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  const tree = await makeCommuneTree(db, 2);
  commune = tree.commune;
  villages = tree.villages;
  other = (await makeCommuneTree(db, 1)).commune;
  enterprise = await db.transaction().execute((tx) =>
    createUnit(tx, ctx, commune.id, {
      code: `${commune.code}-CTY`,
      name: "Công ty May Thử",
      kind: "enterprise",
      fullName: null,
      nameEn: null,
      localKindName: null,
      address: null,
    }),
  );
  await makeAccount(db, commune, "canbo.kehoach", "official");
  await makeAccount(db, other, "canbo.xakhac", "official");
  // The Chair of the People's Committee signs the commune's documents (NĐ 30 Art 13).
  await db.transaction().execute(async (tx) => {
    const body = await createBody(tx, ctx, commune, {
      kind: "peoples_committee",
      name: "Ủy ban nhân dân",
    });
    const personId = await createPerson(tx, ctx, commune, { fullName: "Lê Văn Chủ Tịch" });
    await appointPosition(tx, ctx, commune, {
      bodyId: body.id,
      personId,
      title: "chair",
      termStart: "2021-07-01",
      termEnd: null,
    });
  });
  // Q1 2026: one item with its postings; Q2: another; a draft; and another commune's item.
  await published(commune, "Dự toán ngân sách xã năm 2026", "2026-03-02", "2026-03-04", [
    { form: "hq_board", villageId: null, from: "2026-03-04", to: "2026-04-02" },
    { form: "village_board", villageId: villages[0]!.id, from: "2026-03-05", to: null },
  ]);
  await published(commune, "Danh sách hộ nghèo quý II", "2026-04-01", "2026-04-06");
  await db
    .transaction()
    .execute((tx) => createDraft(tx, ctx, commune, draftInput({ title: "Bản nháp chưa công bố" })));
  await published(other, "Nội dung của xã khác", "2026-03-02", "2026-03-03");
  official = new TestClient(app);
  await official.signIn("canbo.kehoach", TEST_PASSWORD);
});

const plansUrl = () => `/quan-tri/${commune.code}/cong-khai/ke-hoach`;
const registerUrl = () => `/quan-tri/${commune.code}/cong-khai/so-quy`;

/** The plan form as first shown to the commune (no loudspeaker recorded). */
const defaults = (year = 2026) =>
  planFormDefaults("commune", { hasLoudspeaker: false, hasIntranet: false, channels: {} }, year);

const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

async function readXlsx(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

describe("access to plans and the register", () => {
  it("signed out: the pages and downloads redirect to sign-in, a POST is 401", async () => {
    for (const path of [plansUrl(), `${registerUrl()}?nam=2026&quy=1`, `${registerUrl()}.docx`]) {
      const res = await app.request(path);
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe(
        `/dang-nhap?next=${encodeURIComponent(path.split("?")[0]!)}`,
      );
    }
    const anonymous = new TestClient(app);
    await anonymous.get("/dang-nhap");
    const res = await anonymous.post(plansUrl(), defaults());
    expect(res.status).toBe(401);
    expect(anonymous.lastBody).toContain("Bạn cần đăng nhập để tiếp tục.");
  });

  it("403 for an official of another commune", async () => {
    const stranger = new TestClient(app);
    await stranger.signIn("canbo.xakhac", TEST_PASSWORD);
    expect((await stranger.get(plansUrl())).status).toBe(403);
    expect((await stranger.get(`${registerUrl()}?nam=2026&quy=1`)).status).toBe(403);
    expect((await stranger.get(`${registerUrl()}.xlsx?nam=2026&quy=1`)).status).toBe(403);
    expect((await stranger.post(plansUrl(), defaults())).status).toBe(403);
    const count = await db
      .selectFrom("disclosure_plan")
      .select(db.fn.countAll<string>().as("n"))
      .where("unit_id", "=", commune.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});

describe("the disclosure plan (R12, Luật 10/2022 Art 14.1)", () => {
  let planId: number;

  it("the form has one row per commune item, prefilled from the catalogue", async () => {
    const res = await official.get(plansUrl());
    expect(res.status).toBe(200);
    const html = official.lastBody;
    expect(html).toContain("Chưa có kế hoạch nào.");
    expect(html.match(/name="entries\[\d+\]\.include"/g)).toHaveLength(14);
    expect(html).toContain('value="Trong 05 ngày làm việc kể từ ngày có quyết định"');
    expect(html).toContain('value="Ít nhất 30 ngày liên tục"');
    // Item 4 stays posted (R8); items 7–12 go to the village heads too (R9).
    expect(html).toMatch(/name="entries\[3\]\.duration" type="text" value="Thường xuyên"/);
    expect(html).toMatch(/name="entries\[6\]\.forms\.village_heads" checked/);
    expect(html).not.toMatch(/name="entries\[0\]\.forms\.village_heads" checked/);
  });

  it("400 when an entry has no form, with the Vietnamese message", async () => {
    const form = defaults();
    for (const k of Object.keys(form)) if (k.startsWith("entries[0].forms.")) delete form[k];
    const res = await official.post(plansUrl(), form);
    expect(res.status).toBe(400);
    expect(official.lastBody).toContain("Nội dung thứ 1: chưa chọn hình thức công khai.");
    expect(official.lastBody).toContain('href="#f-entries[0].forms"');
  });

  it("400 when a catalogue item lacks a compulsory form; the message names the row as shown", async () => {
    const form = defaults();
    // Leave item 1 out, so item 2 is the first entry of the plan but row 2 of the form.
    delete form["entries[0].include"];
    delete form["entries[1].forms.village_board"];
    const res = await official.post(plansUrl(), form);
    expect(res.status).toBe(400);
    expect(official.lastBody).toContain(
      "Nội dung thứ 2: thiếu hình thức bắt buộc: niêm yết tại điểm sinh hoạt cộng đồng của từng thôn, tổ dân phố.",
    );
    expect(official.lastBody).toContain('href="#f-entries[1].forms"');
  });

  it("creates the plan with its entries and an audit event", async () => {
    const form = defaults();
    delete form["entries[13].include"];
    const res = await official.post(plansUrl(), form);
    expect(res.status).toBe(303);
    const location = res.headers.get("location") ?? "";
    expect(location).toMatch(new RegExp(`^${plansUrl().replace(/[[\]]/g, "\\$&")}/\\d+$`));
    planId = Number(location.split("/").at(-1));
    const plan = await db
      .selectFrom("disclosure_plan")
      .selectAll()
      .where("id", "=", planId)
      .executeTakeFirstOrThrow();
    expect(plan).toMatchObject({
      unit_id: commune.id,
      year: 2026,
      period: "year",
      title: "Kế hoạch công khai thông tin năm 2026",
      approved_on: null,
    });
    const entries = await db
      .selectFrom("disclosure_plan_entry")
      .select(["category", "forms", "timing", "duration"])
      .where("plan_id", "=", planId)
      .orderBy("id")
      .execute();
    expect(entries.map((e) => e.category)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
    ]);
    expect(entries[0]).toEqual({
      category: "1",
      forms: ["portal", "hq_board", "village_board"],
      timing: "Trong 05 ngày làm việc kể từ ngày có quyết định",
      duration: "Ít nhất 30 ngày liên tục",
    });
    expect(entries[6]!.forms).toEqual(["portal", "hq_board", "village_board", "village_heads"]);
    expect(entries[3]!.forms).toEqual(["portal", "hq_board"]);
    const events = await db
      .selectFrom("audit_event")
      .select(["action", "summary"])
      .where("subject_type", "=", "disclosure_plan")
      .where("subject_id", "=", String(planId))
      .execute();
    expect(events).toEqual([
      {
        action: "disclosure.plan.created",
        summary: {
          year: 2026,
          period: "year",
          entries: 13,
          categories: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"],
        },
      },
    ]);
  });

  it("400 for a second plan of the same period, and for a quarter inside the year's plan", async () => {
    let res = await official.post(plansUrl(), defaults());
    expect(res.status).toBe(400);
    expect(official.lastBody).toContain(
      "Đã có kế hoạch công khai năm 2026 trùng thời gian với kỳ này; mỗi kỳ chỉ có một kế hoạch (R12, Luật 10/2022 Điều 14.1).",
    );
    res = await official.post(plansUrl(), { ...defaults(), period: "q1" });
    expect(res.status).toBe(400);
    expect(official.lastBody).toContain("Đã có kế hoạch công khai năm 2026 trùng thời gian");
    const plans = await db
      .selectFrom("disclosure_plan")
      .select("id")
      .where("unit_id", "=", commune.id)
      .execute();
    expect(plans).toEqual([{ id: planId }]);
  });

  it("the printable plan lists its entries by item", async () => {
    const res = await official.get(`${plansUrl()}/${planId}`);
    expect(res.status).toBe(200);
    const html = official.lastBody;
    expect(html).toContain("<h1>Kế hoạch công khai thông tin năm 2026</h1>");
    expect(html).toContain(`Ủy ban nhân dân xã ${commune.full_name.slice(3)}`);
    expect(html).toContain('<th scope="col">Người chịu trách nhiệm</th>');
    expect(html).toContain("7. Chính sách hỗ trợ, trợ cấp");
    expect(html).toContain("Gửi Trưởng thôn, Tổ trưởng tổ dân phố");
    expect(html).toContain(`href="${plansUrl()}/${planId}.docx"`);
    expect((await official.get(`${plansUrl()}/999999`)).status).toBe(404);
  });

  it("the DOCX is an NĐ 30 Kế hoạch of the commune, signed for the People's Committee by its Chair", async () => {
    const res = await official.get(`${plansUrl()}/${planId}.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(DOCX);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="ke-hoach-cong-khai-2026.docx"',
    );
    const docx = await bytes(res);
    expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
    const xml = documentXml(docx);
    const texts = wordParagraphs(xml).map((p) => p.text);
    expect(texts).toContain("KẾ HOẠCH");
    expect(texts).toContain("Công khai thông tin năm 2026");
    // The issuer, on as many lines as the header column needs: "ỦY BAN NHÂN DÂN" / "XÃ …".
    const issuer = texts.indexOf(commune.full_name.toLocaleUpperCase("vi"));
    expect(issuer).toBeGreaterThan(0);
    expect(texts[issuer - 1]).toBe("ỦY BAN NHÂN DÂN");
    expect(texts).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(texts).toContain("Lê Văn Chủ Tịch");
    expect(texts).toContain("Số:      /KH-UBND");
    // The place is the commune's name without its kind; the date is today's.
    expect(texts).toContain(placeDateLine(commune.name.replace(/^Xã /, ""), todayInVietnam()));
    const table = wordTables(xml).find((t) => t[0]?.[0] === "STT");
    expect(table?.[0]).toEqual([
      "STT",
      "Nội dung",
      "Hình thức",
      "Thời điểm",
      "Thời hạn",
      "Người chịu trách nhiệm",
    ]);
    // 13 entries, each under its own item heading.
    expect(table).toHaveLength(1 + 13 * 2);
  });

  it("the XLSX reads back with the plan's rows", async () => {
    const res = await official.get(`${plansUrl()}/${planId}.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(XLSX);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="ke-hoach-cong-khai-2026.xlsx"',
    );
    const ws = await readXlsx(await bytes(res));
    expect(ws.name).toBe("Kế hoạch");
    expect(String(ws.getCell(1, 1).value)).toContain("Kế hoạch công khai thông tin năm 2026");
    expect(ws.getCell(2, 1).value).toBe("STT");
    expect(String(ws.getCell(3, 1).value)).toMatch(/^1\. Kế hoạch phát triển kinh tế - xã hội/);
    expect(ws.getCell(4, 1).value).toBe(1);
    expect(ws.getCell(4, 3).value).toBe(
      "- Cổng thông tin điện tử\n- Niêm yết tại trụ sở\n- Niêm yết tại điểm sinh hoạt cộng đồng thôn, tổ dân phố",
    );
    expect(ws.rowCount).toBe(2 + 13 * 2);
  });

  it("records the approval once; a date in the future is refused", async () => {
    await official.get(`${plansUrl()}/${planId}`);
    let res = await official.post(`${plansUrl()}/${planId}/phe-duyet`, {
      approvedOn: "2999-01-01",
      approvedBy: "Chủ tịch UBND xã Lê Văn Chủ Tịch",
    });
    expect(res.status).toBe(400);
    expect(official.lastBody).toContain("Ngày phê duyệt không được ở tương lai.");
    res = await official.post(`${plansUrl()}/${planId}/phe-duyet`, {
      approvedOn: "2026-01-05",
      approvedBy: "Chủ tịch UBND xã Lê Văn Chủ Tịch",
    });
    expect(res.status).toBe(303);
    const plan = await db
      .selectFrom("disclosure_plan")
      .select(["approved_on", "approved_by"])
      .where("id", "=", planId)
      .executeTakeFirstOrThrow();
    expect(plan).toEqual({
      approved_on: "2026-01-05",
      approved_by: "Chủ tịch UBND xã Lê Văn Chủ Tịch",
    });
    res = await official.post(`${plansUrl()}/${planId}/phe-duyet`, {
      approvedOn: "2026-01-06",
      approvedBy: "Người khác",
    });
    expect(res.status).toBe(409);
    expect(official.lastBody).toContain("Kế hoạch đã được phê duyệt.");
  });
});

describe("the quarterly register (R10, Luật 10/2022 Art 13.2)", () => {
  it("lists exactly the items published in the quarter, with the forms recorded and their dates", async () => {
    const res = await official.get(`${registerUrl()}?nam=2026&quy=1`);
    expect(res.status).toBe(200);
    const html = official.lastBody;
    expect(html).toContain("<h1>Danh mục thông tin đã công khai quý I năm 2026</h1>");
    expect(html).toContain("Dự toán ngân sách xã năm 2026");
    expect(html).toContain("25/NQ-HĐND ngày 02/03/2026 của Hội đồng nhân dân xã");
    expect(html).toContain("Cổng thông tin điện tử: từ 04/03/2026");
    expect(html).toContain("Niêm yết tại trụ sở: 04/03/2026 – 02/04/2026");
    expect(html).toContain(
      `Niêm yết tại điểm sinh hoạt cộng đồng thôn, tổ dân phố (${villages[0]!.name}): từ 05/03/2026`,
    );
    expect(html).not.toContain("Danh sách hộ nghèo quý II");
    expect(html).not.toContain("Bản nháp chưa công bố");
    expect(html).not.toContain("Nội dung của xã khác");
    expect(html.match(/<tr>\s*<td>\d+<\/td>/g)).toHaveLength(1);

    await official.get(`${registerUrl()}?nam=2026&quy=2`);
    expect(official.lastBody).toContain("Danh sách hộ nghèo quý II");
    expect(official.lastBody).not.toContain("Dự toán ngân sách xã năm 2026");

    await official.get(`${registerUrl()}?nam=2026&quy=3`);
    expect(official.lastBody).toContain("Không có nội dung nào được công khai trong quý.");
  });

  it("defaults to the current quarter", async () => {
    const now = quarterOf(todayInVietnam());
    expect((await official.get(registerUrl())).status).toBe(200);
    expect(official.lastBody).toContain(`<h1>${registerTitle(now.year, now.quarter)}</h1>`);
  });

  it("400 with a Vietnamese message for a bad year or quarter", async () => {
    let res = await official.get(`${registerUrl()}?nam=hai-nghin&quy=1`);
    expect(res.status).toBe(400);
    expect(official.lastBody).toContain(
      "Năm không hợp lệ: &quot;hai-nghin&quot;. Nhập năm gồm 4 chữ số",
    );
    res = await official.get(`${registerUrl()}?nam=2026&quy=5`);
    expect(res.status).toBe(400);
    expect(official.lastBody).toContain(
      "Quý không hợp lệ: &quot;5&quot;. Quý phải là 1, 2, 3 hoặc 4.",
    );
    res = await official.get(`${registerUrl()}.docx?nam=1999&quy=1`);
    expect(res.status).toBe(400);
    expect(official.lastBody).toContain("Năm phải từ 2000 đến 2100.");
  });

  it("the DOCX register has the quarter's items only", async () => {
    const res = await official.get(`${registerUrl()}.docx?nam=2026&quy=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(DOCX);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="so-cong-khai-2026-quy-1.docx"',
    );
    const xml = documentXml(await bytes(res));
    const texts = wordParagraphs(xml).map((p) => p.text);
    expect(texts).toContain("SỔ CÔNG KHAI THÔNG TIN");
    expect(texts).toContain("Quý I năm 2026");
    const table = wordTables(xml).find((t) => t[0]?.[0] === "STT");
    expect(table).toHaveLength(2);
    expect(table?.[1]?.[1]).toBe("Dự toán ngân sách xã năm 2026");
    expect(table?.[1]?.[4]).toBe("04/03/2026");
    expect(table?.[1]?.[6]).toBe("04/03/2026 –\n02/04/2026");
  });

  it("the XLSX register reads back with exceljs", async () => {
    const res = await official.get(`${registerUrl()}.xlsx?nam=2026&quy=2`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(XLSX);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="so-cong-khai-2026-quy-2.xlsx"',
    );
    const ws = await readXlsx(await bytes(res));
    expect(ws.name).toBe("Sổ công khai");
    expect(ws.getCell(3, 1).value).toBe(1);
    expect(ws.getCell(3, 2).value).toBe("Danh sách hộ nghèo quý II");
    expect(ws.getCell(3, 7).value).toBe("—");
    expect(ws.rowCount).toBe(3);
  });
});

describe("an employer's plan (NĐ 145/2020 Art 43)", () => {
  it("has one row per item of Art 43.1, and its DOCX is issued in the enterprise's own name", async () => {
    const url = `/quan-tri/${enterprise.code}/cong-khai/ke-hoach`;
    expect((await official.get(url)).status).toBe(200);
    expect(official.lastBody.match(/name="entries\[\d+\]\.include"/g)).toHaveLength(7);
    const form = planFormDefaults(
      "employer",
      { hasLoudspeaker: false, hasIntranet: false, channels: {} },
      2026,
    );
    expect(form["entries[0].forms.workplace_board"]).toBe("on");
    const res = await official.post(url, { ...form, period: "h2" });
    expect(res.status).toBe(303);
    const id = Number(res.headers.get("location")?.split("/").at(-1));
    const docx = await official.get(`${url}/${id}.docx`);
    expect(docx.headers.get("content-disposition")).toBe(
      'attachment; filename="ke-hoach-cong-khai-2026-h2.docx"',
    );
    const texts = wordParagraphs(documentXml(await bytes(docx))).map((p) => p.text);
    expect(texts).toContain("CÔNG TY MAY THỬ");
    expect(texts).toContain("Công khai thông tin 6 tháng cuối năm 2026");
    // The place is where the enterprise sits (NĐ 30 Annex I §II.4), not its own name.
    expect(texts).toContain(placeDateLine(commune.name.replace(/^Xã /, ""), todayInVietnam()));
    expect(texts).not.toContain("TM. ỦY BAN NHÂN DÂN");
  });
});
