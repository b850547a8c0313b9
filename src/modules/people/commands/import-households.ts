import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { ImportError, type RowError } from "../../../core/errors.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { findUnitByCode, isCommunity, UNIT_KIND_LABEL, type UnitRow } from "../../org/index.ts";
import { findHouseholdByCode, personsWithHmac } from "../db/people.repo.ts";
import { normaliseCccd } from "../domain/cccd.ts";
import { type HouseholdInput, householdSchema } from "../http/schemas.ts";
import type { HouseholdDraft } from "../import/parse-households.ts";
import { idNumberIndex, type PrivacyKeys } from "../privacy.ts";
import { createHousehold, type VillageRef } from "./create-household.ts";

export interface ImportHouseholdsOptions {
  /** Date the households enter the register; today in Vietnam by default. */
  validFrom?: string;
}

export interface ImportHouseholdsResult {
  households: number;
  persons: number;
  villages: number;
}

export type ImportProgress = (done: number, total: number) => void;

const PROGRESS_EVERY = 100;

/**
 * Registers the households of a file all-or-nothing. Every household is checked first (the form's
 * schema, its village, duplicate household codes and ID numbers in the file and in the register,
 * exactly one representative) and every problem is reported with its line (ImportError); only a
 * clean file is written, each household through `createHousehold`, so each gets its audit event
 * and its processing-log rows as if entered by hand.
 */
export async function importHouseholds(
  tx: Tx,
  ctx: RequestContext,
  keys: PrivacyKeys,
  drafts: readonly HouseholdDraft[],
  opts: ImportHouseholdsOptions = {},
  onProgress?: ImportProgress,
): Promise<ImportHouseholdsResult> {
  const validFrom = opts.validFrom ?? todayInVietnam();
  const errors: RowError[] = [];
  const fail = (line: number, message: string) => errors.push({ line, message });

  const villages = await loadVillages(tx, drafts, fail);
  for (const v of villages.values()) {
    if (v) authorize(ctx.actor, "people.household.create", { unitPath: v.path });
  }

  const firstLineOfId = new Map<string, number>();
  const ready: { village: VillageRef; input: HouseholdInput }[] = [];
  for (const h of drafts) {
    for (const m of h.members) for (const p of m.problems) fail(m.line, p);
    const parsed = householdSchema.safeParse({
      code: h.code,
      address: h.address,
      validFrom,
      members: h.members.map((m) => ({
        fullName: m.fullName,
        birthDate: m.birthDate,
        sex: m.sex,
        idNumber: m.idNumber,
        relation: m.relation,
        isRepresentative: m.isRepresentative,
      })),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [field, index] = issue.path;
        const member =
          field === "members" && typeof index === "number" ? h.members[index] : undefined;
        fail(member?.line ?? h.line, issue.message);
      }
    }
    representativeProblems(h, fail);
    h.members.forEach((m, i) => {
      const id = parsed.success
        ? parsed.data.members[i]!.idNumber
        : m.idNumber && normaliseCccd(m.idNumber);
      if (!id) return;
      const first = firstLineOfId.get(id);
      // The number itself is personal data: the message names the other line, not the number.
      if (first !== undefined) fail(m.line, `Số CCCD trùng với dòng ${first}.`);
      else firstLineOfId.set(id, m.line);
    });
    const village = villages.get(h.villageCode);
    if (!village || !parsed.success) continue;
    if (await findHouseholdByCode(tx, village.id, h.code)) {
      fail(h.line, `Hộ mã ${h.code} đã có trong sổ của ${village.code}.`);
      continue;
    }
    ready.push({ village, input: parsed.data });
  }
  await registeredIdNumbers(tx, keys, firstLineOfId, fail);
  if (errors.length > 0) throw new ImportError(errors.sort((a, b) => a.line - b.line));

  let persons = 0;
  for (const [n, { village, input }] of ready.entries()) {
    await createHousehold(tx, ctx, keys, village, input);
    persons += input.members.length;
    if ((n + 1) % PROGRESS_EVERY === 0 || n + 1 === ready.length) onProgress?.(n + 1, ready.length);
  }
  return {
    households: ready.length,
    persons,
    villages: new Set(ready.map((r) => r.village.id)).size,
  };
}

/** The villages the file names, each looked up once; missing or wrong-kind ones are reported. */
async function loadVillages(
  tx: Tx,
  drafts: readonly HouseholdDraft[],
  fail: (line: number, message: string) => void,
): Promise<Map<string, VillageRef>> {
  const found = new Map<string, UnitRow | null>();
  const villages = new Map<string, VillageRef>();
  for (const h of drafts) {
    if (!h.villageCode) {
      fail(h.line, "Mã thôn, tổ dân phố là bắt buộc.");
      continue;
    }
    if (!found.has(h.villageCode))
      found.set(h.villageCode, (await findUnitByCode(tx, h.villageCode)) ?? null);
    const unit = found.get(h.villageCode);
    if (!unit) fail(h.line, `Không có thôn, tổ dân phố mang mã ${h.villageCode}.`);
    else if (!isCommunity(unit.kind)) {
      const kind = UNIT_KIND_LABEL[unit.kind].vi.toLowerCase();
      fail(
        h.line,
        `Mã ${h.villageCode} là ${kind}: hộ gia đình chỉ đăng ký ở thôn hoặc tổ dân phố.`,
      );
    } else villages.set(unit.code, unit);
  }
  return villages;
}

function representativeProblems(h: HouseholdDraft, fail: (line: number, message: string) => void) {
  const reps = h.members.filter((m) => m.isRepresentative);
  if (reps.length === 0) {
    fail(
      h.line,
      `Hộ ${h.code} chưa có chủ hộ (người đại diện): đánh dấu cột chu_ho ở đúng một thành viên.`,
    );
  }
  for (const extra of reps.slice(1)) {
    fail(
      extra.line,
      `Hộ ${h.code} đã có chủ hộ ở dòng ${reps[0]!.line}; mỗi hộ chỉ có một chủ hộ (người đại diện).`,
    );
  }
}

/** ID numbers already in the register, found by their blind index (never decrypted). */
async function registeredIdNumbers(
  tx: Tx,
  keys: PrivacyKeys,
  lineOfId: ReadonlyMap<string, number>,
  fail: (line: number, message: string) => void,
) {
  const byHmac = new Map<string, number>();
  for (const [id, line] of lineOfId) byHmac.set(idNumberIndex(keys, id).toString("hex"), line);
  const hmacs = [...byHmac.keys()];
  for (let i = 0; i < hmacs.length; i += 1000) {
    const chunk = hmacs.slice(i, i + 1000).map((h) => Buffer.from(h, "hex"));
    for (const p of await personsWithHmac(tx, chunk)) {
      const line = p.id_number_hmac ? byHmac.get(p.id_number_hmac.toString("hex")) : undefined;
      if (line !== undefined)
        fail(line, "Số CCCD đã có trong sổ: người này đã được đăng ký ở một hộ khác.");
    }
  }
}
