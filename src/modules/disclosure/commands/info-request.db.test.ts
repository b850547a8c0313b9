import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { anonymous } from "../../../core/authz/index.ts";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import { type RequestContext, systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { AppError } from "../../../core/errors.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { findInfoRequest } from "../db/info-request.repo.ts";
import { makeDisclosure } from "../testing/factories.ts";
import { answerInfoRequest } from "./answer-info-request.ts";
import { classifyInfoRequest } from "./classify-info-request.ts";
import { createInfoRequest, type InfoRequestInput } from "./create-info-request.ts";
import { extendInfoRequest } from "./extend-info-request.ts";
import { refuseInfoRequest } from "./refuse-info-request.ts";

let db: Db;
let commune: UnitRow;
let village: UnitRow;
const calendar = civilServiceCalendar();
const system = systemContext();
const resident: RequestContext = { actor: anonymous, ip: "203.0.113.9", requestId: "t-1" };
const keys = { dataKey: Buffer.alloc(32, 3), secret: "info-request-test-secret" };
const CCCD = "001090012345";

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  const tree = await makeCommuneTree(db, 1);
  commune = tree.commune;
  village = tree.villages[0]!;
});

const input = (over: Partial<InfoRequestInput> = {}): InfoRequestInput => ({
  requesterName: "Nguyễn Thị Hoa",
  requesterAddress: "Thôn 1, Xã Thử",
  requesterIdNumber: CCCD,
  requesterContact: "hoa@example.vn",
  information: "Quyết định phê duyệt dự toán ngân sách xã năm 2026",
  deliveryForm: "email",
  purpose: "Theo dõi việc sử dụng ngân sách",
  reasonCase: "expired",
  eligibility: "resident",
  relatedItemId: null,
  channel: "electronic",
  complexity: "simple",
  receivedOn: "2026-03-06",
  ...over,
});

const create = (over: Partial<InfoRequestInput> = {}, ctx = resident, today = "2026-03-06") =>
  db
    .transaction()
    .execute((tx) => createInfoRequest(tx, ctx, calendar, keys, commune, input(over), today));

const load = async (id: number) => (await findInfoRequest(db, id))!;

const failure = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected the command to be refused");
};

const fieldsOf = (err: AppError) => (err.details?.fields ?? {}) as Record<string, string>;

const requestCount = async () =>
  Number(
    (
      await db
        .selectFrom("disclosure_info_request")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("R13 (Luật 10/2022 Art 14.2) and T44 (Luật Tiếp cận thông tin Art 24.2, 26.1): logging a request", () => {
  it("T44: a request missing its required fields is refused with a message on every field, and nothing is written", async () => {
    const before = await requestCount();
    const err = await failure(
      create({
        requesterName: " ",
        requesterIdNumber: "",
        purpose: "",
        reasonCase: "",
        eligibility: "",
      }),
    );
    expect(err.code).toBe("validation");
    expect(Object.keys(fieldsOf(err))).toEqual([
      "requesterName",
      "requesterIdNumber",
      "eligibility",
      "reasonCase",
      "purpose",
    ]);
    expect(fieldsOf(err).requesterName).toBe(
      "Phiếu yêu cầu phải ghi họ, tên người yêu cầu (T44, Luật Tiếp cận thông tin 2016 Điều 24.2).",
    );
    expect(await requestCount()).toBe(before);
  });

  it("T44 (Art 24.2.a): a 12-digit number must be a valid CCCD; a passport number of 6–12 letters and digits is accepted", async () => {
    const bad = await failure(create({ requesterIdNumber: "000123456789" }));
    expect(bad.details?.fields).toEqual({
      requesterIdNumber: "Ba chữ số đầu của số CCCD (mã nơi đăng ký khai sinh) không hợp lệ.",
    });
    const passport = await create({ requesterIdNumber: "c 1234567" });
    expect((await load(passport.id)).status).toBe("received");
  });

  it("T46 (Art 30): an electronic request received on Friday 06/03/2026 is due in 3 working days, Wednesday 11/03, across the weekend", async () => {
    const made = await create();
    expect(made.receivedOn).toBe("2026-03-06");
    expect(made.deadline.due).toBe("2026-03-11");
    expect(made.receiptNumber).toBe(`YC2026-${String(made.id).padStart(6, "0")}`);
    const row = await load(made.id);
    expect(row).toMatchObject({
      channel: "electronic",
      complexity: "simple",
      due_on: "2026-03-11",
      extended_due_on: null,
      status: "received",
      requester_account_id: null,
    });
  });

  it("the ID number is stored sealed: the row as JSON holds none of its digits in clear", async () => {
    const made = await create({ requesterIdNumber: "079203004567" });
    const { json } = await sql<{ json: string }>`
      select row_to_json(r)::text as json from disclosure_info_request r where id = ${made.id}`
      .execute(db)
      .then((r) => r.rows[0]!);
    expect(json).not.toContain("079203004567");
    expect(json).not.toContain("203004567");
    expect(json).toContain("Nguyễn Thị Hoa");
  });

  it("the audit event has no name, address or ID number; the processing log records the personal data written", async () => {
    const made = await create();
    const event = await db
      .selectFrom("audit_event")
      .select(["action", "summary", "actor_kind"])
      .where("subject_type", "=", "disclosure_info_request")
      .where("subject_id", "=", String(made.id))
      .executeTakeFirstOrThrow();
    expect(event.action).toBe("disclosure.request.received");
    expect(event.summary).toEqual({
      channel: "electronic",
      complexity: "simple",
      reasonCase: "expired",
      eligibility: "resident",
      relatedItemId: null,
      receivedOn: "2026-03-06",
      dueOn: "2026-03-11",
    });
    const text = JSON.stringify(event.summary);
    for (const secret of ["Nguyễn", "Hoa", CCCD, "Thôn 1", "hoa@example.vn"])
      expect(text).not.toContain(secret);
    const log = await db
      .selectFrom("people_data_access")
      .select(["operation", "fields", "purpose", "actor_kind", "ip"])
      .where("purpose", "like", `%${made.receiptNumber}%`)
      .execute();
    expect(log).toEqual([
      {
        operation: "create",
        fields: ["requester_name", "requester_address", "requester_id_number", "requester_contact"],
        purpose: `Tiếp nhận yêu cầu cung cấp thông tin số ${made.receiptNumber} (Luật Tiếp cận thông tin Điều 24, 26)`,
        actor_kind: "anonymous",
        ip: "203.0.113.9",
      },
    ]);
  });

  it("a paper request is recorded only by a handler of the commune; anonymous visitors get 401", async () => {
    const err = await failure(create({ channel: "in_person" }));
    expect(err.code).toBe("unauthenticated");
  });

  it("R13: the related item must be a published item of the same commune", async () => {
    const item = await makeDisclosure(db, commune, {
      publishedOn: "2026-03-04",
      today: "2026-03-04",
    });
    const draft = await makeDisclosure(db, commune, { input: { title: "Bản nháp" } });
    const made = await create({ relatedItemId: item.id });
    expect((await load(made.id)).related_item_id).toBe(item.id);
    const err = await failure(create({ relatedItemId: draft.id }));
    expect(err.field).toBe("relatedItemId");
  });

  it("only communes take requests (Luật 10/2022 Art 14.2): a village is refused", async () => {
    const err = await failure(
      db
        .transaction()
        .execute((tx) =>
          createInfoRequest(tx, resident, calendar, keys, village, input(), "2026-03-06"),
        ),
    );
    expect(err.message).toBe(
      "Chỉ Ủy ban nhân dân xã, phường, đặc khu tiếp nhận yêu cầu cung cấp thông tin theo Luật 10/2022 Điều 14.2.",
    );
  });
});

describe("T45–T46 (Luật Tiếp cận thông tin Art 29–31): deadlines and the one extension", () => {
  it("T46 (Art 31): complex information by post is due in 15 working days, Fri 27/03/2026; the extension adds 15 days (Sat 11/04 rolls to Mon 13/04)", async () => {
    const made = await create({ channel: "post", complexity: "complex" }, system);
    expect(made.deadline).toMatchObject({
      rule: "T46",
      noticeDue: "2026-03-11",
      due: "2026-03-27",
      extendedDue: "2026-04-13",
    });
    const request = await load(made.id);
    const extended = await db
      .transaction()
      .execute((tx) =>
        extendInfoRequest(
          tx,
          system,
          calendar,
          request,
          { reason: "Cần lấy ý kiến Phòng Tài chính" },
          "2026-03-27",
        ),
      );
    expect(extended).toBe("2026-04-13");
    expect(await load(made.id)).toMatchObject({
      status: "extended",
      due_on: "2026-03-27",
      extended_due_on: "2026-04-13",
    });
  });

  it("T45, T46: a second extension is refused", async () => {
    const made = await create({ channel: "post", complexity: "complex" }, system);
    const extend = async () =>
      db
        .transaction()
        .execute(async (tx) =>
          extendInfoRequest(
            tx,
            system,
            calendar,
            await load(made.id),
            { reason: "Lý do" },
            "2026-03-20",
          ),
        );
    await extend();
    const err = await failure(extend());
    expect(err.code).toBe("conflict");
    expect(err.message).toBe(
      "Thời hạn đã được gia hạn một lần đến ngày 13/04/2026; không được gia hạn thêm (T45, T46, Luật Tiếp cận thông tin 2016 Điều 29–31).",
    );
  });

  it("T45 (Art 29): complex information asked at the office is due in 10 working days (20/03), extendable by 10 more (03/04)", async () => {
    const made = await create({ channel: "in_person", complexity: "complex" }, system);
    expect(made.deadline.due).toBe("2026-03-20");
    const request = await load(made.id);
    await db
      .transaction()
      .execute((tx) =>
        extendInfoRequest(tx, system, calendar, request, { reason: "Hồ sơ lưu trữ" }, "2026-03-06"),
      );
    expect((await load(made.id)).extended_due_on).toBe("2026-04-03");
  });

  it("T45: available information at the office is due the same day and cannot be extended; an extension after the last day is refused", async () => {
    const simple = await create({ channel: "in_person", complexity: "simple" }, system);
    expect(simple.deadline.due).toBe("2026-03-06");
    const err = await failure(
      db
        .transaction()
        .execute(async (tx) =>
          extendInfoRequest(
            tx,
            system,
            calendar,
            await load(simple.id),
            { reason: "x" },
            "2026-03-06",
          ),
        ),
    );
    expect(err.code).toBe("conflict");
    const complex = await create({ channel: "post", complexity: "complex" }, system);
    const late = await failure(
      db
        .transaction()
        .execute(async (tx) =>
          extendInfoRequest(
            tx,
            system,
            calendar,
            await load(complex.id),
            { reason: "x" },
            "2026-03-30",
          ),
        ),
    );
    expect(late.message).toBe(
      "Thông báo gia hạn phải gửi trong thời hạn trả lời, chậm nhất ngày 27/03/2026 (T45, T46).",
    );
  });

  it("T46 (Art 30): an online request classified as complex within 3 working days gets 15 working days; after the notice deadline it cannot be", async () => {
    const made = await create();
    const due = await db
      .transaction()
      .execute(async (tx) =>
        classifyInfoRequest(tx, system, calendar, await load(made.id), "2026-03-11"),
      );
    expect(due).toBe("2026-03-27");
    expect(await load(made.id)).toMatchObject({ complexity: "complex", due_on: "2026-03-27" });
    const other = await create();
    const err = await failure(
      db
        .transaction()
        .execute(async (tx) =>
          classifyInfoRequest(tx, system, calendar, await load(other.id), "2026-03-12"),
        ),
    );
    expect(err.message).toBe(
      "Phải thông báo thời hạn cho người yêu cầu chậm nhất ngày 11/03/2026 (T46, Luật Tiếp cận thông tin 2016 Điều 30); nay đã quá hạn thông báo.",
    );
  });

  it("answering records the answer and the day; a late answer is marked in the audit event; answering twice is refused", async () => {
    const made = await create();
    const answer = (on: string) =>
      db
        .transaction()
        .execute(async (tx) =>
          answerInfoRequest(
            tx,
            system,
            await load(made.id),
            { answer: "Đã gửi bản chụp qua thư điện tử.", answeredOn: on },
            "2026-03-13",
          ),
        );
    await answer("2026-03-12");
    expect(await load(made.id)).toMatchObject({
      status: "answered",
      answered_on: "2026-03-12",
      answer: "Đã gửi bản chụp qua thư điện tử.",
    });
    const event = await db
      .selectFrom("audit_event")
      .select("summary")
      .where("action", "=", "disclosure.request.answered")
      .where("subject_id", "=", String(made.id))
      .executeTakeFirstOrThrow();
    expect(event.summary).toEqual({ answeredOn: "2026-03-12", late: true });
    expect((await failure(answer("2026-03-13"))).code).toBe("conflict");
  });
});

describe("T47 (Luật Tiếp cận thông tin Art 28): refusals", () => {
  const refuse = (id: number, ground: string, reason: string) =>
    db
      .transaction()
      .execute(async (tx) =>
        refuseInfoRequest(
          tx,
          system,
          keys,
          await load(id),
          { ground, reason, refusedOn: "2026-03-09" },
          "2026-03-09",
        ),
      );

  it("T47 (Art 28.1–28.2): a refusal without a ground or without reasons is refused, with both messages", async () => {
    const made = await create();
    const err = await failure(refuse(made.id, "", " "));
    expect(err.details?.fields).toEqual({
      ground:
        "Phải nêu căn cứ từ chối là một trong các điểm a, b, c, d, đ, e khoản 1 Điều 28 Luật Tiếp cận thông tin 2016 (T47).",
      reason:
        "Phải nêu rõ lý do từ chối bằng văn bản (T47, Luật Tiếp cận thông tin 2016 Điều 28.2).",
    });
    const noReason = await failure(refuse(made.id, "c", ""));
    expect(Object.keys(fieldsOf(noReason))).toEqual(["reason"]);
    expect((await load(made.id)).status).toBe("received");
  });

  it("T47 with R13 (Art 23.1): 'already published' (b) cannot refuse an R13 request", async () => {
    const made = await create({ reasonCase: "not_published" });
    const err = await failure(refuse(made.id, "b", "Đã đăng trên cổng thông tin"));
    expect(fieldsOf(err).ground).toContain("R13");
  });

  it("T47 (Art 28.1.c): a refusal with a ground and reasons is recorded", async () => {
    const made = await create();
    await refuse(made.id, "c", "Thông tin do Sở Tài chính tạo ra; đề nghị liên hệ Sở.");
    expect(await load(made.id)).toMatchObject({
      status: "refused",
      refusal_ground: "c",
      refusal_reason: "Thông tin do Sở Tài chính tạo ra; đề nghị liên hệ Sở.",
      answered_on: "2026-03-09",
    });
  });

  it("T47 (Art 28.1.d): a third request for the same item by the same person may be refused, a second may not", async () => {
    const item = await makeDisclosure(db, commune, {
      publishedOn: "2026-03-04",
      today: "2026-03-04",
    });
    const same = { relatedItemId: item.id, requesterIdNumber: "036185000111" };
    for (let i = 0; i < 2; i++) {
      const earlier = await create(same);
      await db
        .transaction()
        .execute(async (tx) =>
          answerInfoRequest(
            tx,
            system,
            await load(earlier.id),
            { answer: "Đã cung cấp", answeredOn: "2026-03-09" },
            "2026-03-09",
          ),
        );
      if (i === 0) {
        const second = await create(same);
        const err = await failure(refuse(second.id, "d", "Đã cung cấp rồi"));
        expect(fieldsOf(err).ground).toContain("02 lần");
      }
    }
    const third = await create(same);
    await refuse(third.id, "d", "Đã cung cấp hai lần ngày 09/03/2026.");
    expect((await load(third.id)).status).toBe("refused");
    const otherPerson = await create({ ...same, requesterIdNumber: "036185000222" });
    expect((await failure(refuse(otherPerson.id, "d", "x"))).code).toBe("validation");
  });
});
