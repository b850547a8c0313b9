import type { Calendar } from "../../../core/calendar/index.ts";
import type { Executor } from "../../../core/db/database.ts";
import { configuredForms, evidenceOf, type ItemRow, unitFacts } from "../db/disclosure.repo.ts";
import { categoryOf } from "../domain/catalogues.ts";
import { assessDisclosure, summarize } from "../domain/compliance.ts";
import type { Finding } from "../domain/types.ts";

/** Assesses one item against its category's rules on `today`. */
export async function assessItem(
  db: Executor,
  calendar: Calendar,
  item: ItemRow,
  today: string,
): Promise<Finding[]> {
  const category = categoryOf(item.regime, item.category);
  if (!category || (item.status === "draft" && !item.publish_due)) return [];
  const [facts, evidence, channels, successor] = await Promise.all([
    unitFacts(db, item.unit_id),
    evidenceOf(db, [item.id]),
    item.regime === "employer"
      ? configuredForms(db, item.unit_id, item.category)
      : Promise.resolve(undefined),
    db
      .selectFrom("disclosure_item")
      .select("published_on")
      .where("supersedes_id", "=", item.id)
      .where("published_on", "is not", null)
      .executeTakeFirst(),
  ]);
  return assessDisclosure({
    category,
    basisDate: item.basis_date,
    publishedOn: item.published_on,
    evidence: evidence.map((e) => ({
      form: e.form,
      villageId: e.village_id,
      from: e.from_date,
      to: e.to_date,
    })),
    facts: {
      villageIds: facts.villages.map((v) => v.id),
      hasLoudspeaker: facts.hasLoudspeaker,
      hasIntranet: facts.hasIntranet,
    },
    today,
    calendar,
    supersededOn: successor?.published_on ?? null,
    configuredForms: channels,
  });
}

/**
 * Keeps the summary the upper-level views aggregate ("ok", "pending", "problem") in step with
 * the evidence; called after every change to an item or its evidence.
 */
export async function refreshCompliance(
  db: Executor,
  calendar: Calendar,
  item: ItemRow,
  today: string,
): Promise<Finding[]> {
  const findings = await assessItem(db, calendar, item, today);
  const summary = item.status === "draft" ? "pending" : summarize(findings);
  await db
    .updateTable("disclosure_item")
    .set({ compliance: summary })
    .where("id", "=", item.id)
    .execute();
  return findings;
}
