import { createHash } from "node:crypto";
import type { Actor, Role } from "../../../core/authz/index.ts";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import { type RequestContext, systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import type { FileStorage } from "../../../core/storage/file-storage.ts";
import { createUnit, type UnitKind, type UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import type { DraftInput, TaskInput } from "../commands/save-directive-draft.ts";
import type { Working } from "../commands/support.ts";

export const calendar = civilServiceCalendar();

export const ctxOf = (actor: Actor): RequestContext => ({ actor, ip: null, requestId: null });

/** An account holding `role` on `unit` only, as a request context. */
export const roleCtx = (unit: { id: number; path: string }, role: Role, accountId = 1) =>
  ctxOf({
    kind: "account",
    accountId,
    personId: null,
    grants: [{ unitId: unit.id, path: unit.path, role }],
  });

/** Runs a command in a transaction as `ctx` on `today`. */
export function work<T>(
  db: Db,
  ctx: RequestContext,
  today: string,
  run: (w: Working) => Promise<T>,
) {
  return db.transaction().execute((tx) => run({ tx, ctx, calendar, today }));
}

/** Files kept in memory. */
export class MemoryStorage implements FileStorage {
  files = new Map<string, Buffer>();
  async put(bytes: Uint8Array) {
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

export const PDF = new TextEncoder().encode("%PDF-1.7\n% biên bản họp\n%%EOF\n");

export const unitTask = (unitCode: string, over: Partial<TaskInput> = {}): TaskInput =>
  ({
    title: "Tổ chức hội nghị triển khai",
    description: "Triển khai đến cán bộ chủ chốt và các thôn.",
    dueOn: "2026-06-10",
    target: "unit",
    unitCode,
    bodyId: null,
    ...over,
  }) as TaskInput;

export const kindTask = (
  kind: Extract<TaskInput, { target: "kind" }>["kind"],
  over: Partial<TaskInput> = {},
): TaskInput =>
  ({
    title: "Báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng",
    description: "Theo đề cương gửi kèm.",
    dueOn: "2026-06-10",
    target: "kind",
    kind,
    ...over,
  }) as TaskInput;

/** Seed 003's letter: "109-CV/ĐU" is a Party công văn; its number is given when issued. */
export const draftInput = (tasks: TaskInput[], over: Partial<DraftInput> = {}): DraftInput => ({
  kind: "cong_van",
  variant: "party",
  symbol: "CV/ĐU",
  issuerBodyId: null,
  issuedOn: null,
  title: "Về việc thực hiện dân chủ ở cơ sở năm 2026",
  body: "Đề nghị các đơn vị triển khai và báo cáo kết quả theo đề cương gửi kèm.",
  tasks,
  ...over,
});

/** A unit under `parent` with a code of its own. */
export function addUnit(db: Db, parent: UnitRow, code: string, kind: UnitKind, name: string) {
  return db.transaction().execute((tx) =>
    createUnit(tx, systemContext(), parent.id, {
      code,
      name,
      kind,
      fullName: null,
      nameEn: null,
      localKindName: null,
      address: null,
    }),
  );
}

/**
 * A province with three communes (the first with `villages` villages), a ward and an enterprise;
 * and a commune of another province, outside its hierarchy.
 */
export async function makeProvinceTree(db: Db, villages = 2) {
  const tree = await makeCommuneTree(db, villages);
  const p = tree.province;
  const commune2 = await addUnit(db, p, `${p.code}801`, "commune", "Xã Thứ Hai");
  const commune3 = await addUnit(db, p, `${p.code}802`, "commune", "Xã Thứ Ba");
  const ward = await addUnit(db, p, `${p.code}803`, "ward", "Phường Một");
  const enterprise = await addUnit(db, p, `${p.code}-DN1`, "enterprise", "Công ty Một");
  const outside = (await makeCommuneTree(db, 0)).commune;
  return {
    province: p,
    commune: tree.commune,
    villages: tree.villages,
    commune2,
    commune3,
    ward,
    enterprise,
    outside,
  };
}
