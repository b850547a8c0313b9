import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { AppError } from "../../../core/errors.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import { makeAccount } from "../../auth/testing/factories.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { eventsOf, findItem } from "../db/inbox.repo.ts";
import {
  anonymousCtx,
  asTarget,
  calendar,
  complaintInput,
  denunciationInput,
  feedbackInput,
  handle,
  MemoryStorage,
  roleCtx,
  TEST_DATA_KEY,
} from "../testing/factories.ts";
import { acceptItem } from "./accept-item.ts";
import { answerItem } from "./answer-item.ts";
import { assignItem } from "./assign-item.ts";
import { classifyItem } from "./classify-item.ts";
import { grantIdentity } from "./grant-identity.ts";
import { mergeItem } from "./merge-item.ts";
import { rateItem } from "./rate-item.ts";
import { recordDialogue } from "./record-dialogue.ts";
import { routeToMediation } from "./route-to-mediation.ts";
import { submitItem } from "./submit-item.ts";
import { resumeItem, suspendItem } from "./suspend-item.ts";
import { sweepClocks } from "./sweep-clocks.ts";
import { transferItem } from "./transfer-item.ts";
import { viewIdentity } from "./view-identity.ts";

let db: Db;
const storage = new MemoryStorage();
beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

async function tree() {
  const t = await makeCommuneTree(db, 2);
  return { ...t, commune: t.commune, village: t.villages[0] as (typeof t.villages)[number] };
}

const submit = (
  unit: Parameters<typeof asTarget>[0],
  input = feedbackInput(),
  today = "2026-08-03",
  ctx = anonymousCtx,
) => submitItem(db, { ctx, calendar, today }, storage, asTarget(unit), TEST_DATA_KEY, input);

const refusedWith = async (p: Promise<unknown>, code: string) => {
  const err = await p.then(
    () => null,
    (e) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  return err as AppError;
};

describe("inbox: intake", () => {
  it("a resident's feedback sent to a village goes to its commune, sealed, with the unit's answer target", async () => {
    const t = await tree();
    const r = await submit(t.village);
    const item = await findItem(db, r.id);
    expect(item?.unit_id).toBe(t.commune.id);
    expect(item?.village_id).toBe(t.village.id);
    expect(r.code).toMatch(/^PA-2608-[A-Z2-9]{8}$/);
    expect(r.dueRule).toBe("target");
    // 03/08/2026 (Mon) + 10 working days = Mon 17/08/2026.
    expect(r.dueOn).toBe("2026-08-17");
    const raw = await db
      .selectFrom("inbox_item")
      .select("identity_enc")
      .where("id", "=", r.id)
      .executeTakeFirstOrThrow();
    expect(raw.identity_enc?.toString("latin1")).not.toContain("Nguyễn");
  });

  it("T16: a complaint received on 30/06/2026 gets WD10 to be accepted, one on 01/07/2026 WD7", async () => {
    const t = await tree();
    const before = await submit(
      t.commune,
      complaintInput({ submittedOn: "2026-06-30" }),
      "2026-06-30",
    );
    const after = await submit(
      t.commune,
      complaintInput({ submittedOn: "2026-07-01" }),
      "2026-07-01",
    );
    expect(before.dueRule).toBe("T16");
    expect(before.dueOn).toBe("2026-07-14");
    expect(after.dueOn).toBe("2026-07-10");
  });

  it("refuses missing content, an anonymous complaint, a wrong attachment — and audits each attempt", async () => {
    const t = await tree();
    await refusedWith(submit(t.commune, feedbackInput({ content: " " })), "validation");
    await refusedWith(
      submit(t.commune, complaintInput({ anonymous: true, name: null, address: null })),
      "validation",
    );
    const bad = await refusedWith(
      submit(
        t.commune,
        feedbackInput({
          files: [{ fileName: "virus.exe", bytes: new Uint8Array([77, 90, 1, 2]) }],
        }),
      ),
      "validation",
    );
    expect(bad.message).toContain("PDF");
    const audits = await db
      .selectFrom("audit_event")
      .select(["summary"])
      .where("action", "=", "inbox.attempt.refused")
      .where("unit_id", "=", t.commune.id)
      .execute();
    expect(audits.length).toBe(3);
    expect(
      await db.selectFrom("inbox_item").select("id").where("unit_id", "=", t.commune.id).execute(),
    ).toHaveLength(0);
  });
});

describe("inbox: handling", () => {
  it("classify → accept → suspend → resume → answer with the decision contents → rate", async () => {
    const t = await tree();
    const official = roleCtx(t.commune, "official", 7001);
    const r = await submit(t.commune, complaintInput(), "2026-08-03");
    await handle(db, official, "2026-08-04", (h) =>
      classifyItem(h, r.id, {
        kind: "khieu_nai",
        aboutRegulation: false,
        disciplinary: false,
        instance: "first",
        complex: false,
        remoteArea: false,
        criteria: [],
        publish: false,
      }),
    );
    const clock = await handle(db, official, "2026-08-05", (h) =>
      acceptItem(h, r.id, { acceptedOn: "2026-08-05" }),
    );
    // T17: D30 from 05/08/2026 → Fri 04/09/2026 (02/09 and 01/09 are holidays, the last day is not).
    expect(clock.rule).toBe("T17");
    expect(clock.dueOn).toBe("2026-09-04");
    await handle(db, official, "2026-08-15", (h) =>
      suspendItem(h, r.id, {
        on: "2026-08-15",
        reason: "Chờ kết quả giám định của cơ quan chuyên môn.",
      }),
    );
    expect((await findItem(db, r.id))?.due_on).toBeNull();
    await handle(db, official, "2026-08-25", (h) => resumeItem(h, r.id, { on: "2026-08-25" }));
    // 10 days used, 20 remain from 25/08 → 14/09/2026 (Mon).
    expect((await findItem(db, r.id))?.due_on).toBe("2026-09-14");
    const missing = await refusedWith(
      handle(db, official, "2026-09-01", (h) =>
        answerItem(h, TEST_DATA_KEY, r.id, {
          answer: "Giữ nguyên quyết định thu hồi đất.",
          answeredOn: "2026-09-01",
          document: { number: "12/QĐ-UBND", signer: "Chủ tịch", contents: { parties: "x" } },
        }),
      ),
      "validation",
    );
    expect(missing.message).toContain("T23");
    await handle(db, official, "2026-09-01", (h) =>
      answerItem(h, TEST_DATA_KEY, r.id, {
        answer: "Khiếu nại đúng một phần: đo đạc lại diện tích.",
        answeredOn: "2026-09-01",
        document: {
          number: "12/QĐ-UBND",
          signer: "Nguyễn Văn Chủ tịch",
          contents: {
            parties: "Bà Trần Thị Cúc, thôn 2; Chủ tịch UBND xã",
            content: "Quyết định thu hồi đất",
            verification: "Diện tích thực tế 42 m²",
            legalBasis: "Luật Đất đai 2024",
            conclusion: "partly_right",
            remedy: "Sửa quyết định thu hồi",
            rights: "Có quyền khiếu nại lần hai hoặc khởi kiện",
          },
        },
      }),
    );
    const answered = await findItem(db, r.id);
    expect(answered?.status).toBe("answered");
    expect(answered?.due_on).toBeNull();
    await refusedWith(
      handle(db, official, "2026-09-02", (h) =>
        answerItem(h, TEST_DATA_KEY, r.id, {
          answer: "Trả lời lần nữa cho chắc.",
          answeredOn: "2026-09-02",
        }),
      ),
      "conflict",
    );
    await refusedWith(
      handle(db, anonymousCtx, "2026-09-02", (h) =>
        rateItem(h, r.id, { level: 4, comment: "", code: "PA-0000-AAAAAAAA" }),
      ),
      "forbidden",
    );
    await handle(db, anonymousCtx, "2026-09-02", (h) =>
      rateItem(h, r.id, { level: 4, comment: "Nhanh", code: r.code }),
    );
    expect((await findItem(db, r.id))?.rating).toBe(4);
    const publicEvents = await eventsOf(db, r.id, true);
    expect(publicEvents.map((e) => e.type)).toEqual([
      "received",
      "classified",
      "accepted",
      "suspended",
      "resumed",
      "answered",
      "rated",
    ]);
  });

  it("transfers inside the province, refuses a unit outside it; merges a duplicate and answers both", async () => {
    const t = await tree();
    const other = await tree();
    const official = roleCtx(t.commune, "official", 7002);
    const a = await submit(t.commune);
    const b = await submit(t.commune);
    const far = await makeCommuneTree(db, 0);
    if (far.province.id !== t.province.id) {
      await refusedWith(
        handle(db, official, "2026-08-04", (h) =>
          transferItem(h, a.id, {
            to: "unit",
            unitCode: far.commune.code,
            reason: "Không thuộc thẩm quyền",
          }),
        ),
        "validation",
      );
    }
    await handle(db, official, "2026-08-04", (h) => mergeItem(h, b.id, a.id));
    await handle(db, official, "2026-08-05", (h) =>
      answerItem(h, TEST_DATA_KEY, a.id, {
        answer: "Đã thay ba bóng đèn ngày 05/08.",
        answeredOn: "2026-08-05",
      }),
    );
    expect((await findItem(db, b.id))?.status).toBe("answered");
    const c = await submit(t.commune);
    if (other.province.id === t.province.id) {
      await handle(db, official, "2026-08-04", (h) =>
        transferItem(h, c.id, {
          to: "unit",
          unitCode: other.commune.code,
          reason: "Thuộc địa bàn xã khác",
        }),
      );
      const moved = await findItem(db, c.id);
      expect(moved?.unit_id).toBe(other.commune.id);
      expect(moved?.status).toBe("received");
    }
  });

  it("T36: a denunciation's identity is seen by the assigned resolver, not by another official; every attempt audited", async () => {
    const t = await tree();
    const resolver = await makeAccount(db, t.commune, `gq${t.commune.id}`, "official");
    const bystander = await makeAccount(db, t.commune, `cb${t.commune.id}`, "official");
    const head = roleCtx(t.commune, "unit_admin", 7003);
    const r = await submit(t.commune, denunciationInput());
    const item = await findItem(db, r.id);
    expect(item?.track).toBe("denunciation");
    expect(item?.confidential).toBe(true);
    await handle(db, head, "2026-08-04", (h) => assignItem(h, r.id, resolver.accountId));
    const asResolver = roleCtx(t.commune, "official", resolver.accountId);
    const asBystander = roleCtx(t.commune, "official", bystander.accountId);
    const seen = await viewIdentity(
      db,
      { ctx: asResolver, calendar, today: "2026-08-04" },
      TEST_DATA_KEY,
      r.id,
    );
    expect(seen?.name).toBe("Lê Văn Dũng");
    const refused = await refusedWith(
      viewIdentity(db, { ctx: asBystander, calendar, today: "2026-08-04" }, TEST_DATA_KEY, r.id),
      "forbidden",
    );
    expect(refused.message).toContain("T36");
    await handle(db, head, "2026-08-04", (h) =>
      grantIdentity(h, r.id, {
        accountId: bystander.accountId,
        reason: "Thành viên tổ xác minh cần gặp người tố cáo",
      }),
    );
    expect(
      (
        await viewIdentity(
          db,
          { ctx: asBystander, calendar, today: "2026-08-04" },
          TEST_DATA_KEY,
          r.id,
        )
      )?.name,
    ).toBe("Lê Văn Dũng");
    const trail = await db
      .selectFrom("audit_event")
      .select("action")
      .where("subject_id", "=", String(r.id))
      .where("unit_id", "=", t.commune.id)
      .execute();
    const actions = trail.map((x) => x.action);
    expect(actions.filter((a) => a === "inbox.item.identity_viewed")).toHaveLength(2);
    expect(actions).toContain("inbox.attempt.refused");
    // The conclusion may not name the denouncer (T35).
    await handle(db, asResolver, "2026-08-05", (h) =>
      acceptItem(h, r.id, { acceptedOn: "2026-08-05" }),
    );
    const leak = await refusedWith(
      handle(db, asResolver, "2026-08-20", (h) =>
        answerItem(h, TEST_DATA_KEY, r.id, {
          answer: "Ông Lê Văn Dũng tố cáo đúng.",
          answeredOn: "2026-08-20",
          document: {
            number: "3/KL-UBND",
            signer: "Chủ tịch",
            contents: {
              verification: "Có nhận tiền",
              legalBasis: "Luật Phòng chống tham nhũng",
              conclusion: "right",
              responsibility: "Cán bộ địa chính",
              measures: "Kỷ luật khiển trách",
            },
          },
        }),
      ),
      "validation",
    );
    expect(leak.message).toContain("T35");
  });

  it("the sweep reminds before the due day, escalates once after it, and is idempotent", async () => {
    const t = await tree();
    const r = await submit(t.commune, complaintInput({ submittedOn: "2026-08-03" }), "2026-08-03");
    // Acceptance due 12/08/2026 (WD7).
    expect(r.dueOn).toBe("2026-08-12");
    const soon = await sweepClocks(db, calendar, "2026-08-11");
    expect(soon.reminded).toBeGreaterThanOrEqual(1);
    const late = await sweepClocks(db, calendar, "2026-08-13");
    expect(late.escalated).toBeGreaterThanOrEqual(1);
    const again = await sweepClocks(db, calendar, "2026-08-13");
    const item = await findItem(db, r.id);
    expect(item?.escalated_to_unit_id).toBe(t.province.id);
    const events = (await eventsOf(db, r.id, false)).map((e) => e.type);
    expect(events.filter((e) => e === "escalated")).toHaveLength(1);
    expect(events.filter((e) => e === "reminder")).toHaveLength(1);
    expect(again.escalated).toBe(0);
  });
});

describe("inbox: dialogue (T24)", () => {
  it("refuses a notice sent 4 days before, records the minutes, then the decision must state its result", async () => {
    const t = await tree();
    const official = roleCtx(t.commune, "official", 7010);
    const r = await submit(t.commune, complaintInput({ submittedOn: "2026-08-03" }), "2026-08-03");
    await handle(db, official, "2026-08-04", (h) =>
      acceptItem(h, r.id, { acceptedOn: "2026-08-04" }),
    );
    const minutes = {
      heldOn: "2026-08-20",
      place: "Trụ sở UBND xã",
      opinions: "Người khiếu nại giữ yêu cầu đo đạc lại.",
      result: "Thống nhất đo đạc lại trong 10 ngày.",
      copies: 3,
      participants: [{ name: "Bà Trần Thị Cúc", present: true, signed: true }],
    };
    const late = await refusedWith(
      handle(db, official, "2026-08-20", (h) =>
        recordDialogue(h, r.id, { ...minutes, noticeOn: "2026-08-16" }),
      ),
      "validation",
    );
    expect(late.message).toContain("T24");
    await handle(db, official, "2026-08-20", (h) =>
      recordDialogue(h, r.id, { ...minutes, noticeOn: "2026-08-15" }),
    );
    const contents = {
      parties: "Bà Trần Thị Cúc; Chủ tịch UBND xã",
      content: "Quyết định thu hồi đất",
      verification: "Diện tích thực tế 42 m²",
      legalBasis: "Luật Đất đai 2024",
      conclusion: "partly_right",
      remedy: "Sửa quyết định thu hồi",
      rights: "Có quyền khiếu nại lần hai hoặc khởi kiện",
    };
    const answer = (extra: Record<string, string>) =>
      handle(db, official, "2026-08-25", (h) =>
        answerItem(h, TEST_DATA_KEY, r.id, {
          answer: "Khiếu nại đúng một phần.",
          answeredOn: "2026-08-25",
          document: {
            number: "20/QĐ-UBND",
            signer: "Chủ tịch",
            contents: { ...contents, ...extra },
          },
        }),
      );
    const missing = await refusedWith(answer({}), "validation");
    expect(missing.message).toContain("kết quả đối thoại");
    await answer({ dialogue: "Thống nhất đo đạc lại." });
    expect((await findItem(db, r.id))?.status).toBe("answered");
  });
});

describe("inbox: routing to the village mediation team (T51, T52)", () => {
  it("refuses a complaint and an excluded dispute; routes a dispute between residents with its start day", async () => {
    const t = await tree();
    const official = roleCtx(t.commune, "official", 7020);
    const route = (id: number, over: Partial<Parameters<typeof routeToMediation>[2]> = {}) =>
      handle(db, official, "2026-08-05", (h) =>
        routeToMediation(h, id, {
          betweenResidents: true,
          publicInterest: false,
          notMediable: false,
          sanctionable: false,
          mediator: "Bà Hà Thị Hòa",
          assignedOn: "2026-08-05",
          ...over,
        }),
      );
    const complaint = await submit(t.village, complaintInput(), "2026-08-03");
    expect((await refusedWith(route(complaint.id), "validation")).message).toContain("T52");
    const dispute = await submit(
      t.village,
      feedbackInput({
        title: "Tranh chấp lối đi",
        content: "Hai hộ tranh chấp lối đi chung ở ngõ 5.",
      }),
      "2026-08-03",
    );
    expect(
      (await refusedWith(route(dispute.id, { sanctionable: true }), "validation")).message,
    ).toContain("Điều 3.1.c");
    await route(dispute.id);
    const item = await findItem(db, dispute.id);
    expect(item?.status).toBe("transferred");
    expect(item?.transferred_to).toBe("Tổ hòa giải Thôn 1");
    const last = (await eventsOf(db, dispute.id, true)).at(-1);
    // D3 from 05/08/2026 → 08/08/2026 (Sat) rolls to Mon 10/08/2026 (BLDS Art 148).
    expect(last?.text).toContain("chậm nhất ngày 10/08/2026 (T51");
  });
});
