import { beforeAll, describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import type { Db } from "../../../core/db/database.ts";
import { jsonOf, useTestApp } from "../../../core/testing/test-app.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { recordConventionComment } from "../commands/convention-comment.ts";
import { recordConventionComplaint } from "../commands/convention-complaint.ts";
import { saveConventionDraft } from "../commands/convention-draft.ts";
import {
  type ConventionVillage,
  conventionInConsultation,
  conventionVillage,
  DRAFT_TEXT,
  proposalInput,
  recognisedConvention,
} from "../commands/convention-factory.ts";
import { proposeConvention } from "../commands/convention-propose.ts";

// The village-convention API (issue #4, part 8) over a real database: the same visibility as the
// public pages — nothing of a convention still being drafted, of a draft version still being
// edited, of commenters or of complainants.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let v: ConventionVillage;
let otherCommuneCode: string;
let recognised: number;
let matterId: number;
let consulting: number;
let drafting: number;

const get = async (path: string) => {
  const res = await app.request(`/api/v1${path}`);
  return { status: res.status, body: await jsonOf(res) };
};

/** The recognised convention as every list shows it (in force from its recognition, R71). */
const recognisedSummary = () => ({
  id: recognised,
  unitCode: v.village.code,
  unitName: v.village.full_name,
  kind: "huong_uoc",
  title: "Hương ước thôn Thử",
  status: "recognised",
  inForceOn: "2026-03-17",
  inForce: "2026-03-17" <= todayInVietnam(),
  version: 1,
});

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  v = await conventionVillage(db, 10);
  otherCommuneCode = (await makeCommuneTree(db, 1)).commune.code;
  const adopted = await recognisedConvention(db, v, { proposal: { title: "Hương ước thôn Thử" } });
  recognised = adopted.id;
  matterId = adopted.matterId;
  await db.transaction().execute((tx) =>
    recordConventionComplaint(
      tx,
      v.official,
      civilServiceCalendar(),
      recognised,
      {
        receivedOn: "2026-03-20",
        source: "resident",
        complainant: "Phạm Văn Kiến Nghị",
        content: "Điều 2 chưa rõ.",
      },
      "2026-03-20",
    ),
  );
  consulting = await conventionInConsultation(db, v, {
    proposal: { title: "Quy ước đang lấy ý kiến", kind: "quy_uoc" },
    body: "Điều 1. Dự thảo quy ước đang niêm yết.",
  });
  await db.transaction().execute((tx) =>
    recordConventionComment(
      tx,
      v.head,
      consulting,
      {
        receivedOn: "2026-02-05",
        channel: "suggestion_box",
        author: "Hoàng Thị Góp Ý",
        content: "Nên thêm điều về tiếng ồn.",
        response: null,
      },
      "2026-02-05",
    ),
  );
  // The head is already writing the next version: not posted, so nobody outside sees it.
  await db
    .transaction()
    .execute((tx) =>
      saveConventionDraft(tx, v.head, consulting, { body: "Bản sửa chưa niêm yết", note: null }),
    );
  drafting = await db
    .transaction()
    .execute((tx) =>
      proposeConvention(
        tx,
        v.head,
        v.village,
        proposalInput({ title: "Bản đang soạn kín" }),
        "2026-01-05",
      ),
    );
  await db
    .transaction()
    .execute((tx) =>
      saveConventionDraft(tx, v.head, drafting, { body: "Nội dung soạn kín", note: null }),
    );
});

describe("village-convention API (NĐ 61/2023)", () => {
  it("GET /conventions/{id}: the recognised convention with every field", async () => {
    const { status, body } = await get(`/conventions/${recognised}`);
    expect(status).toBe(200);
    const text = {
      version: 1,
      postedOn: "2026-02-01",
      postedPlace: "Nhà văn hóa thôn",
      voted: true,
      body: DRAFT_TEXT,
    };
    expect(body).toEqual({
      ...recognisedSummary(),
      amendsId: null,
      amendedById: null,
      consultation: {
        postedOn: "2026-02-01",
        minDays: 30,
        until: "2026-03-03",
        channels: ["household_copies", "suggestion_box"],
      },
      adoptedOn: "2026-03-03",
      adoption: {
        matterId,
        valid: true,
        passed: true,
        rule: expect.stringMatching(/^R\d+$/),
        article: expect.any(String),
        test: expect.any(String),
        message: expect.any(String),
        findings: [],
        participating: 6,
        households: 10,
        concludedAt: expect.any(String),
      },
      dossier: { due: "2026-03-10", submittedOn: "2026-03-10", returnedOn: null },
      recognition: {
        due: expect.any(String),
        decisionNumber: "15/QĐ-UBND",
        recognisedOn: "2026-03-17",
        refusedOn: null,
        refusalReason: null,
        endedOn: null,
      },
      publicity: { publicisedOn: null, forms: [] },
      text,
      versions: [text],
      acts: [],
      reviews: [],
    });
    expect(body.adoption.article).toContain("Điều");
    // The complaint is UBND xã's to answer; its author is nobody else's business.
    expect(JSON.stringify(body)).not.toContain("Kiến Nghị");
    expect(JSON.stringify(body)).not.toContain("Trần Văn Mặt Trận");
  });

  it("GET /conventions/{id}: a posted draft shows the posted text, never the version being edited or a commenter", async () => {
    const { status, body } = await get(`/conventions/${consulting}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      kind: "quy_uoc",
      status: "consultation",
      inForce: false,
      inForceOn: null,
      version: 1,
      adoptedOn: null,
      adoption: null,
      consultation: { postedOn: "2026-02-01", minDays: 30, until: "2026-03-03" },
      text: { version: 1, voted: false, body: "Điều 1. Dự thảo quy ước đang niêm yết." },
    });
    expect(body.versions).toHaveLength(1);
    const raw = JSON.stringify(body);
    expect(raw).not.toContain("Bản sửa chưa niêm yết");
    expect(raw).not.toContain("Hoàng Thị Góp Ý");
    expect(raw).not.toContain("tiếng ồn");
  });

  it("GET /units/{code}/conventions: the village's and, for the commune, its villages' — never one being drafted", async () => {
    const village = await get(`/units/${v.village.code}/conventions`);
    expect(village.status).toBe(200);
    expect(village.body.items).toEqual([
      {
        id: consulting,
        unitCode: v.village.code,
        unitName: v.village.full_name,
        kind: "quy_uoc",
        title: "Quy ước đang lấy ý kiến",
        status: "consultation",
        inForceOn: null,
        inForce: false,
        version: 1,
      },
      recognisedSummary(),
    ]);
    const commune = await get(`/units/${v.commune.code}/conventions`);
    expect(commune.body.items.map((x: { id: number }) => x.id)).toEqual([consulting, recognised]);
    const other = await get(`/units/${otherCommuneCode}/conventions`);
    expect(other).toEqual({ status: 200, body: { items: [] } });
    expect(JSON.stringify(commune.body)).not.toContain("Bản đang soạn kín");
  });

  it("404 for a convention still being drafted, an unknown id or an unknown unit; 400 for a bad id", async () => {
    for (const path of [`/conventions/${drafting}`, "/conventions/999999"]) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({
        code: "not_found",
        message: "Không có hương ước, quy ước này.",
      });
      expect(JSON.stringify(res.body)).not.toContain("soạn kín");
    }
    expect((await get("/units/khong-co/conventions")).status).toBe(404);
    const bad = await get("/conventions/abc");
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      message: "Mã hương ước, quy ước phải là số.",
      field: "id",
    });
  });

  it("the OpenAPI document describes the convention endpoints", async () => {
    const doc = await jsonOf(await app.request("/api/v1/openapi.json"));
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/units/{code}/conventions", "/conventions/{id}"]),
    );
    expect(Object.keys(doc.paths["/conventions/{id}"].get.responses).sort()).toEqual([
      "200",
      "400",
      "401",
      "403",
      "404",
    ]);
    const { DecisionConvention, DecisionConventionSummary } = doc.components.schemas;
    expect(DecisionConvention.allOf[0].$ref).toBe("#/components/schemas/DecisionConventionSummary");
    expect(Object.keys(DecisionConvention.allOf[1].properties)).toEqual(
      expect.arrayContaining(["adoption", "dossier", "recognition", "text", "versions"]),
    );
    expect(DecisionConventionSummary.properties.status.enum).not.toContain("drafting");
    expect(DecisionConventionSummary.properties.inForceOn.description).toContain(
      "Ngày có hiệu lực",
    );
    expect(doc.components.schemas.DecisionConventionAdoption.properties.rule.description).toBe(
      "Quy tắc đã áp dụng",
    );
  });
});
