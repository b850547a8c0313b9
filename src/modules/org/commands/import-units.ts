import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { ImportError, validation } from "../../../core/errors.ts";
import { findUnitByCode, findUnitsByCodes, type NewUnit, type UnitRow } from "../db/org.repo.ts";
import { UNIT_KIND_LABEL, UNIT_KINDS, type UnitKind } from "../domain/unit-kinds.ts";
import { codeProblem, parentProblem } from "../domain/unit-rules.ts";
import { type LocatedRowError, locatorLabel, type UnitImportRow } from "../import/parse-units.ts";

export interface ImportUnitsOptions {
  /** Parent for rows without a parent code (`--parent`). */
  parentCode?: string | null;
  /** Recorded in the audit event (the base name, not the operator's path). */
  fileName?: string | null;
}

export interface ImportUnitsResult {
  created: number;
  /** Rows identical to a unit already registered (same code, name, kind and parent). */
  unchanged: number;
  /** Units created, by kind. */
  byKind: Partial<Record<UnitKind, number>>;
}

export type ImportProgress = (done: number, total: number) => void;

const BATCH = 500;
const KIND_HINT =
  "Dùng một loại như province, commune, ward, village, residential_group hoặc Tỉnh, Xã, Phường, Thôn, Tổ dân phố.";
const chars = (s: string) => [...s].length;
const isKind = (k: string): k is UnitKind => (UNIT_KINDS as readonly string[]).includes(k);

interface Checked {
  row: UnitImportRow;
  kind: UnitKind;
  parentCode: string | null;
}

/**
 * Imports a whole units file all-or-nothing: every row is checked first and every problem is
 * reported with its line (ImportError); only a clean file is written, parents before children
 * (the ltree path trigger reads the parent's path), with one audit event for the import.
 */
export async function importUnits(
  tx: Tx,
  ctx: RequestContext,
  rows: readonly UnitImportRow[],
  opts: ImportUnitsOptions = {},
  onProgress?: ImportProgress,
): Promise<ImportUnitsResult> {
  const defaultParent = opts.parentCode ? await findUnitByCode(tx, opts.parentCode) : null;
  if (opts.parentCode && !defaultParent) {
    throw validation(`Không có đơn vị cấp trên mang mã ${opts.parentCode}.`, "parent");
  }
  const errors: LocatedRowError[] = [];
  const fail = (i: number, message: string) => {
    const at = rows[i]!.line;
    errors.push(typeof at === "number" ? { line: at, message } : { line: i + 1, at, message });
  };
  const label = (i: number) => locatorLabel(rows[i]!.line);

  // 1. Each row on its own, and codes repeated inside the file.
  const indexByCode = new Map<string, number>();
  const checked: (Checked | null)[] = rows.map((row, i) => {
    for (const p of row.problems) fail(i, p);
    let ok = row.problems.length === 0;
    const kind = isKind(row.kind) ? row.kind : null;
    if (!kind) {
      fail(
        i,
        row.kind
          ? `Loại đơn vị “${row.kind}” không hợp lệ. ${KIND_HINT}`
          : "Loại đơn vị là bắt buộc.",
      );
      ok = false;
    }
    if (!row.code) {
      fail(i, "Mã đơn vị là bắt buộc.");
      return null;
    }
    const codeIssue = kind ? codeProblem(kind, row.code) : null;
    if (codeIssue) fail(i, `${codeIssue} (đang là “${row.code}”)`);
    const first = indexByCode.get(row.code);
    if (first !== undefined) fail(i, `Mã đơn vị ${row.code} trùng với ${label(first)}.`);
    else indexByCode.set(row.code, i);
    const lengthIssues = [
      !row.name ? "Tên đơn vị là bắt buộc." : null,
      tooLong("Tên đơn vị", row.name, 200),
      tooLong("Tên đầy đủ", row.fullName, 250),
      tooLong("Tên tiếng Anh", row.nameEn, 200),
      tooLong("Tên gọi địa phương", row.localKindName, 40),
    ].filter((m): m is string => m !== null);
    for (const m of lengthIssues) fail(i, m);
    const parentCode = row.parentCode ?? defaultParent?.code ?? null;
    if (parentCode === row.code) fail(i, "Đơn vị không thể là cấp trên của chính nó.");
    ok &&=
      !codeIssue && first === undefined && lengthIssues.length === 0 && parentCode !== row.code;
    return ok && kind ? { row, kind, parentCode } : null;
  });

  // 2. What the database already holds: the same unit is skipped, a different one is refused.
  const wanted = new Set<string>();
  for (const c of checked) {
    if (!c) continue;
    wanted.add(c.row.code);
    if (c.parentCode) wanted.add(c.parentCode);
  }
  const inDb = await loadByCodes(tx, [...wanted]);
  const unchanged = new Set<number>();
  checked.forEach((c, i) => {
    if (!c) return;
    const existing = inDb.get(c.row.code);
    if (!existing) return;
    const parentId = c.parentCode ? (inDb.get(c.parentCode)?.id ?? -1) : null;
    const differences = [
      existing.name !== c.row.name ? `tên “${existing.name}”` : null,
      existing.kind !== c.kind ? `loại ${UNIT_KIND_LABEL[existing.kind].vi.toLowerCase()}` : null,
      existing.parent_id !== parentId ? "đơn vị cấp trên khác" : null,
    ].filter((d) => d !== null);
    if (differences.length === 0) unchanged.add(i);
    else {
      fail(i, `Mã đơn vị ${c.row.code} đã có trong cơ sở dữ liệu với ${differences.join(", ")}.`);
      checked[i] = null;
    }
  });

  // 3. Parents: in the file or in the database, of a kind this unit may sit under.
  const depth = new Map<number, number>(); // row index → level among the new rows
  const dbParents = new Map<string, UnitRow>();
  let newRoots = false;
  checked.forEach((c, i) => {
    if (!c || unchanged.has(i)) return;
    if (c.parentCode === null) {
      const problem = parentProblem(c.kind, null);
      if (problem) fail(i, problem);
      newRoots = true;
      return;
    }
    const dbParent = inDb.get(c.parentCode);
    const fileParent = indexByCode.get(c.parentCode);
    const parentKind = dbParent?.kind ?? (fileParent !== undefined ? rows[fileParent]!.kind : null);
    if (parentKind === null) {
      fail(
        i,
        `Không tìm thấy đơn vị cấp trên mã ${c.parentCode} (không có trong tệp, cũng không có trong cơ sở dữ liệu).`,
      );
      return;
    }
    if (dbParent) dbParents.set(dbParent.code, dbParent);
    const problem = isKind(parentKind) ? parentProblem(c.kind, parentKind) : null;
    if (problem) fail(i, `${problem} (cấp trên ${c.parentCode})`);
  });
  checked.forEach((c, i) => {
    if (c && !unchanged.has(i) && levelOf(i, checked, indexByCode, inDb, depth) === null) {
      fail(
        i,
        `Chuỗi đơn vị cấp trên của mã ${c.row.code} quay vòng trong tệp, không tới được đơn vị gốc.`,
      );
    }
  });

  // Root units need the platform-wide right, children the right over their registered parent
  // (which covers the units the file adds below them).
  if (newRoots) authorize(ctx.actor, "org.root.create", { unitPath: "" });
  for (const p of dbParents.values())
    authorize(ctx.actor, "org.unit.create_child", { unitPath: p.path });

  if (errors.length > 0) {
    throw new ImportError(errors.sort((a, b) => a.line - b.line));
  }

  // 4. Write, level by level so each parent's id and path exist before its children.
  const total = rows.length;
  let done = unchanged.size;
  onProgress?.(done, total);
  const ids = new Map<string, number>();
  for (const [code, u] of inDb) ids.set(code, u.id);
  const levels: number[][] = [];
  for (const [i, d] of depth) {
    levels[d] ??= [];
    levels[d].push(i);
  }
  const byKind: Partial<Record<UnitKind, number>> = {};
  for (const level of levels) {
    for (let start = 0; start < level.length; start += BATCH) {
      const batch = level.slice(start, start + BATCH).map((i) => checked[i]!);
      const inserted = await tx
        .insertInto("org_unit")
        .values(batch.map((c) => newUnit(c, c.parentCode ? ids.get(c.parentCode)! : null)))
        .returning(["id", "code", "kind"])
        .execute();
      for (const u of inserted) {
        ids.set(u.code, u.id);
        byKind[u.kind] = (byKind[u.kind] ?? 0) + 1;
      }
      done += inserted.length;
      onProgress?.(done, total);
    }
  }
  const created = done - unchanged.size;
  if (created > 0) {
    await recordEvent(tx, ctx, {
      action: "org.units.imported",
      unitId: defaultParent?.id ?? null,
      subjectType: "org_unit",
      subjectId: defaultParent?.id ?? "root",
      summary: {
        file: opts.fileName ?? null,
        parentCode: defaultParent?.code ?? null,
        created,
        unchanged: unchanged.size,
        byKind,
      },
    });
  }
  return { created, unchanged: unchanged.size, byKind };
}

function tooLong(label: string, value: string | null, max: number): string | null {
  if (value === null) return null;
  const n = chars(value);
  return n > max ? `${label} dài ${n} ký tự; tối đa ${max}.` : null;
}

async function loadByCodes(tx: Tx, codes: string[]): Promise<Map<string, UnitRow>> {
  const found = new Map<string, UnitRow>();
  for (let i = 0; i < codes.length; i += 5000) {
    for (const u of await findUnitsByCodes(tx, codes.slice(i, i + 5000))) found.set(u.code, u);
  }
  return found;
}

/**
 * Level of a new row below the registered units (0 = its parent is registered or it is a root);
 * null when its chain of parents inside the file loops. Memoised in `depth`.
 */
function levelOf(
  start: number,
  checked: readonly (Checked | null)[],
  indexByCode: ReadonlyMap<string, number>,
  inDb: ReadonlyMap<string, UnitRow>,
  depth: Map<number, number>,
): number | null {
  const chain: number[] = [];
  const onChain = new Set<number>();
  let i: number | undefined = start;
  let base = -1;
  while (i !== undefined) {
    const known = depth.get(i);
    if (known !== undefined) {
      base = known;
      break;
    }
    if (onChain.has(i)) return null;
    chain.push(i);
    onChain.add(i);
    const parentCode: string | null | undefined = checked[i]?.parentCode;
    if (!parentCode || inDb.has(parentCode)) break;
    i = indexByCode.get(parentCode);
  }
  // Walk back down, numbering each row one below its parent.
  for (let k = chain.length - 1; k >= 0; k--) depth.set(chain[k]!, ++base);
  return depth.get(start) ?? null;
}

function newUnit(c: Checked, parentId: number | null): NewUnit {
  const word =
    c.row.localKindName ?? (c.kind === "central_city" ? "Thành phố" : UNIT_KIND_LABEL[c.kind].vi);
  return {
    code: c.row.code,
    name: c.row.name,
    full_name: c.row.fullName ?? `${word} ${c.row.name}`,
    name_en: c.row.nameEn,
    kind: c.kind,
    local_kind_name: c.row.localKindName,
    parent_id: parentId,
    address: null,
  };
}
