import { randomBytes } from "node:crypto";
import type { Actor, Role } from "../../../core/authz/index.ts";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import type { FileStorage } from "../../../core/storage/file-storage.ts";
import type { SubmitInput, TargetUnit } from "../commands/submit-item.ts";
import type { Handling } from "../commands/support.ts";

export const TEST_DATA_KEY = randomBytes(32);
export const calendar = civilServiceCalendar();

export const ctxOf = (actor: Actor): RequestContext => ({ actor, ip: null, requestId: null });

export const anonymousCtx = ctxOf({
  kind: "anonymous",
  accountId: null,
  personId: null,
  grants: [],
});

/** An account holding `role` on `unit`, as a request context. */
export const roleCtx = (unit: { id: number; path: string }, role: Role, accountId: number) =>
  ctxOf({
    kind: "account",
    accountId,
    personId: null,
    grants: [{ unitId: unit.id, path: unit.path, role }],
  });

export const asTarget = (u: {
  id: number;
  code: string;
  kind: string;
  path: string;
  parent_id: number | null;
}): TargetUnit => ({
  id: u.id,
  code: u.code,
  kind: u.kind,
  path: u.path,
  parentId: u.parent_id,
});

/** Runs a handling command in a transaction on `today`. */
export function handle<T>(
  db: Db,
  ctx: RequestContext,
  today: string,
  work: (h: Handling) => Promise<T>,
) {
  return db.transaction().execute((tx) => work({ tx, ctx, calendar, today }));
}

/** Files kept in memory. */
export class MemoryStorage implements FileStorage {
  files = new Map<string, Buffer>();
  async put(bytes: Uint8Array) {
    const { createHash } = await import("node:crypto");
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const key = `${sha256.slice(0, 2)}/${sha256}`;
    this.files.set(key, Buffer.from(bytes));
    return { key, sha256 };
  }
  async get(key: string) {
    const f = this.files.get(key);
    if (!f) throw new Error("no file");
    return f;
  }
}

export const feedbackInput = (over: Partial<SubmitInput> = {}): SubmitInput => ({
  kind: "phan_anh",
  channel: "web",
  title: "Đèn đường hỏng ở ngõ 5",
  content: "Ba bóng đèn đường ở ngõ 5 thôn 1 hỏng từ tuần trước, buổi tối rất tối.",
  place: "Ngõ 5, thôn 1",
  name: "Nguyễn Văn Bình",
  address: "Số 3 ngõ 5, thôn 1",
  contact: "0912345678",
  publish: true,
  ...over,
});

export const complaintInput = (over: Partial<SubmitInput> = {}): SubmitInput => ({
  kind: "khieu_nai",
  channel: "web",
  title: "Khiếu nại quyết định thu hồi đất",
  content: "Quyết định thu hồi 50 m² đất vườn của gia đình tôi không đúng diện tích thực tế.",
  submittedOn: "2026-08-03",
  name: "Trần Thị Cúc",
  address: "Thôn 2",
  contact: "0987654321",
  reasons: "Diện tích đo đạc sai.",
  request: "Hủy quyết định, đo đạc lại.",
  respondent: "Chủ tịch UBND xã",
  respondentAddress: "Trụ sở UBND xã",
  signed: true,
  ...over,
});

export const denunciationInput = (over: Partial<SubmitInput> = {}): SubmitInput => ({
  kind: "to_cao",
  channel: "web",
  title: "Tố cáo cán bộ địa chính nhận tiền",
  content: "Cán bộ địa chính xã nhận tiền của người dân khi làm thủ tục cấp giấy chứng nhận.",
  submittedOn: "2026-08-03",
  name: "Lê Văn Dũng",
  address: "Thôn 1",
  contact: "0901234567",
  accused: "Cán bộ địa chính xã",
  signed: true,
  ...over,
});

let insertedItems = 0;

/**
 * An item written straight into the table, for tests of figures: accepted, or answered when it has
 * an answer day; a phản ánh unless `kind` says otherwise.
 */
export async function insertItem(
  db: Db,
  unitId: number,
  receivedOn: string,
  o: Record<string, unknown> & { kind?: "phan_anh" | "kien_nghi" | "khieu_nai" | "to_cao" } = {},
) {
  insertedItems += 1;
  const kind = o.kind ?? "phan_anh";
  const track = { phan_anh: "grassroots", kien_nghi: "grassroots", khieu_nai: "complaint" }[
    kind as "phan_anh"
  ];
  await db
    .insertInto("inbox_item")
    .values({
      code: `ST-${String(insertedItems).padStart(6, "0")}`,
      unit_id: unitId,
      received_unit_id: unitId,
      kind,
      track: track ?? "anonymous_tip",
      channel: "web",
      title: `Việc số ${insertedItems}`,
      content: "Nội dung",
      details: JSON.stringify({}),
      received_on: receivedOn,
      extensions: "[]",
      suspensions: "[]",
      status: o.answered_on ? "answered" : "accepted",
      ...o,
    } as never)
    .execute();
}
