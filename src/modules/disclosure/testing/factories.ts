import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { createDraft } from "../commands/create-draft.ts";
import { publishItem } from "../commands/publish-item.ts";
import type { UnitRef } from "../commands/unit-ref.ts";
import { findItem } from "../db/disclosure.repo.ts";
import type { DraftInput } from "../http/schemas.ts";

export const draftInput = (overrides: Partial<DraftInput> = {}): DraftInput => ({
  category: "2",
  title: "Dự toán ngân sách xã năm 2026",
  summary: "Dự toán thu, chi ngân sách đã được Hội đồng nhân dân xã quyết định.",
  body: "Tổng thu ngân sách: 12.500 triệu đồng.\n\nTổng chi ngân sách: 12.500 triệu đồng.",
  basisNumber: "25/NQ-HĐND",
  basisDate: "2026-03-02",
  basisIssuer: "Hội đồng nhân dân xã",
  responsible: "Văn phòng UBND xã",
  scopeUnitCode: null,
  ...overrides,
});

/** A draft, or a published item when `publishedOn` is given (as the system actor). */
export async function makeDisclosure(
  db: Db,
  unit: UnitRef,
  opts: { input?: Partial<DraftInput>; publishedOn?: string; today?: string } = {},
) {
  return db.transaction().execute(async (tx) => {
    const ctx = systemContext();
    const id = await createDraft(tx, ctx, unit, draftInput(opts.input));
    if (opts.publishedOn) {
      const item = await findItem(tx, id);
      await publishItem(
        tx,
        ctx,
        civilServiceCalendar(),
        item!,
        opts.today ?? opts.publishedOn,
        opts.publishedOn,
      );
    }
    return (await findItem(tx, id))!;
  });
}
