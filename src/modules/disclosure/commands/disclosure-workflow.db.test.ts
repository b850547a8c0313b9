import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { findItem } from "../db/disclosure.repo.ts";
import { draftInput, makeDisclosure } from "../testing/factories.ts";
import { createDraft } from "./create-draft.ts";
import { newVersion } from "./new-version.ts";
import { publishItem } from "./publish-item.ts";
import { endPosting, recordEvidence } from "./record-evidence.ts";
import { assessItem } from "./refresh-compliance.ts";
import { updateDraft } from "./update-draft.ts";
import { withdrawItem } from "./withdraw-item.ts";

let db: Db;
let commune: UnitRow;
let villages: UnitRow[];
const calendar = civilServiceCalendar();
const ctx = systemContext();

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  const tree = await makeCommuneTree(db, 2);
  commune = tree.commune;
  villages = tree.villages;
});

const evidence = (
  item: Awaited<ReturnType<typeof findItem>>,
  input: Parameters<typeof recordEvidence>[4],
  today: string,
) => db.transaction().execute((t) => recordEvidence(t, ctx, calendar, item!, input, today));

describe("publishing a commune disclosure (Law 10/2022 Art 12–14)", () => {
  it("R5 (Art 12.3): the deadline is stored as 5 working days after the basis date; Thu 05/03 publication of a Mon 02/03 basis is on time", async () => {
    const item = await makeDisclosure(db, commune, {
      publishedOn: "2026-03-05",
      today: "2026-03-05",
    });
    expect(item.status).toBe("published");
    expect(item.publish_due).toBe("2026-03-09");
    const findings = await assessItem(db, calendar, item, "2026-03-05");
    expect(findings.find((f) => f.rule === "R5")?.status).toBe("ok");
  });

  it("R5: published on the 6th working day is late", async () => {
    const item = await makeDisclosure(db, commune, {
      publishedOn: "2026-03-10",
      today: "2026-03-10",
    });
    const findings = await assessItem(db, calendar, item, "2026-03-10");
    expect(findings.find((f) => f.rule === "R5")?.status).toBe("late");
    const row = await db
      .selectFrom("disclosure_item")
      .select("compliance")
      .where("id", "=", item.id)
      .executeTakeFirstOrThrow();
    expect(row.compliance).toBe("problem");
  });

  it("R7 (Art 13.2): postings at the headquarters and every village for 30 consecutive days make it complete; 29 days are short", async () => {
    const item = await makeDisclosure(db, commune, {
      publishedOn: "2026-03-04",
      today: "2026-05-01",
    });
    await evidence(
      item,
      {
        form: "hq_board",
        from: "2026-03-04",
        to: "2026-04-02",
        villageId: null,
        location: "Trụ sở UBND",
        doneBy: null,
        note: null,
      },
      "2026-05-01",
    );
    await evidence(
      item,
      {
        form: "village_board",
        villageId: villages[0]!.id,
        from: "2026-03-04",
        to: "2026-04-02",
        location: null,
        doneBy: null,
        note: null,
      },
      "2026-05-01",
    );
    let findings = await assessItem(db, calendar, item, "2026-05-01");
    expect(findings.filter((f) => f.rule === "R7").map((f) => f.status)).toContain("missing");
    await evidence(
      item,
      {
        form: "village_board",
        villageId: villages[1]!.id,
        from: "2026-03-04",
        to: "2026-04-01",
        location: null,
        doneBy: null,
        note: null,
      },
      "2026-05-01",
    );
    findings = await assessItem(db, calendar, item, "2026-05-01");
    const r7 = findings.filter((f) => f.rule === "R7");
    expect(r7.map((f) => f.status).sort()).toEqual(["ok", "ok", "short"]);
  });

  it("R3: an interruption resets the consecutive count", async () => {
    const item = await makeDisclosure(db, commune, {
      publishedOn: "2026-03-04",
      today: "2026-03-04",
    });
    const id = await evidence(
      item,
      {
        form: "hq_board",
        from: "2026-03-04",
        to: null,
        villageId: null,
        location: null,
        doneBy: null,
        note: null,
      },
      "2026-03-04",
    );
    await db
      .transaction()
      .execute((t) =>
        endPosting(
          t,
          ctx,
          calendar,
          item,
          id,
          { to: "2026-03-20", interruptedReason: "Bảng tin bị hỏng do mưa bão" },
          "2026-03-21",
        ),
      );
    await evidence(
      item,
      {
        form: "hq_board",
        from: "2026-03-23",
        to: "2026-04-10",
        villageId: null,
        location: null,
        doneBy: null,
        note: null,
      },
      "2026-04-30",
    );
    const findings = await assessItem(db, calendar, item, "2026-04-30");
    expect(findings.find((f) => f.rule === "R7" && f.villageId == null)?.status).toBe(
      "interrupted",
    );
  });

  it("bad evidence: a posting that ends before it starts, or in the future, or a village of another commune", async () => {
    const item = await makeDisclosure(db, commune, {
      publishedOn: "2026-03-04",
      today: "2026-03-04",
    });
    await expect(
      evidence(
        item,
        {
          form: "hq_board",
          from: "2026-03-10",
          to: "2026-03-09",
          villageId: null,
          location: null,
          doneBy: null,
          note: null,
        },
        "2026-04-01",
      ),
    ).rejects.toThrow("Ngày kết thúc không được trước ngày bắt đầu");
    await expect(
      evidence(
        item,
        {
          form: "hq_board",
          from: "2026-05-10",
          to: null,
          villageId: null,
          location: null,
          doneBy: null,
          note: null,
        },
        "2026-04-01",
      ),
    ).rejects.toThrow("Ngày bắt đầu không được ở tương lai.");
    const other = await makeCommuneTree(db, 1);
    await expect(
      evidence(
        item,
        {
          form: "village_board",
          villageId: other.villages[0]!.id,
          from: "2026-03-05",
          to: null,
          location: null,
          doneBy: null,
          note: null,
        },
        "2026-04-01",
      ),
    ).rejects.toThrow("Thôn, tổ dân phố không thuộc đơn vị này.");
    const count = await db
      .selectFrom("disclosure_evidence")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("item_id", "=", item.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});

describe("R11 (Art 14.1): published text is never edited in place", () => {
  it("refuses editing a published item, in the command and in the database", async () => {
    const item = await makeDisclosure(db, commune, {
      publishedOn: "2026-03-04",
      today: "2026-03-04",
    });
    await expect(
      db.transaction().execute((t) => updateDraft(t, ctx, item, draftInput({ title: "Sửa" }))),
    ).rejects.toThrow("không được sửa trực tiếp");
    await expect(
      sql`update disclosure_item set title = 'x' where id = ${item.id}`.execute(db),
    ).rejects.toThrow("không được sửa trực tiếp");
  });

  it("a new version is a draft that supersedes the old one only when published, with its own deadline", async () => {
    const v1 = await makeDisclosure(db, commune, {
      publishedOn: "2026-03-04",
      today: "2026-03-04",
    });
    const v2id = await db.transaction().execute((t) => newVersion(t, ctx, v1));
    await expect(db.transaction().execute((t) => newVersion(t, ctx, v1))).rejects.toThrow(
      `Đã có bản nháp phiên bản mới (#${v2id}).`,
    );
    const v2 = (await findItem(db, v2id))!;
    expect(v2).toMatchObject({
      status: "draft",
      version: 2,
      series_id: v1.series_id,
      supersedes_id: v1.id,
    });
    await db
      .transaction()
      .execute((t) =>
        updateDraft(
          t,
          ctx,
          v2,
          draftInput({ title: "Điều chỉnh dự toán", basisDate: "2026-06-01" }),
        ),
      );
    await db
      .transaction()
      .execute(async (t) =>
        publishItem(t, ctx, calendar, (await findItem(t, v2id))!, "2026-06-02"),
      );
    expect((await findItem(db, v1.id))!.status).toBe("superseded");
    expect((await findItem(db, v2id))!).toMatchObject({
      status: "published",
      publish_due: "2026-06-08",
      published_on: "2026-06-02",
    });
  });

  it("withdrawing keeps the item with its reason", async () => {
    const item = await makeDisclosure(db, commune, {
      publishedOn: "2026-03-04",
      today: "2026-03-04",
    });
    await db.transaction().execute((t) => withdrawItem(t, ctx, item, "Công bố nhầm đơn vị"));
    expect((await findItem(db, item.id))!).toMatchObject({
      status: "withdrawn",
      withdrawn_reason: "Công bố nhầm đơn vị",
      title: item.title,
    });
    const events = await db
      .selectFrom("audit_event")
      .select("action")
      .where("subject_type", "=", "disclosure_item")
      .where("subject_id", "=", String(item.id))
      .orderBy("id")
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      "disclosure.item.drafted",
      "disclosure.item.published",
      "disclosure.item.withdrawn",
    ]);
  });
});

describe("bad input", () => {
  it("refuses a category outside the unit's catalogue, a publication before the basis or in the future", async () => {
    await expect(
      db.transaction().execute((t) => createDraft(t, ctx, commune, draftInput({ category: "15" }))),
    ).rejects.toThrow("Lĩnh vực công khai không có trong danh mục");
    const draft = await makeDisclosure(db, commune);
    await expect(
      db
        .transaction()
        .execute((t) => publishItem(t, ctx, calendar, draft, "2026-03-05", "2026-03-01")),
    ).rejects.toThrow("Ngày công khai không được trước ngày của văn bản căn cứ.");
    await expect(
      db
        .transaction()
        .execute((t) => publishItem(t, ctx, calendar, draft, "2026-03-05", "2026-03-06")),
    ).rejects.toThrow("Ngày công khai không được ở tương lai.");
    expect((await findItem(db, draft.id))!.status).toBe("draft");
  });

  it("a village cannot disclose (only communes, agencies and enterprises do)", async () => {
    await expect(
      db.transaction().execute((t) => createDraft(t, ctx, villages[0]!, draftInput())),
    ).rejects.toThrow("có nghĩa vụ công khai thông tin");
  });
});
