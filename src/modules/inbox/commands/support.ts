import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { Calendar } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Db, Tx } from "../../../core/db/database.ts";
import { AppError, conflict, notFound, validation } from "../../../core/errors.ts";
import { feedbackTargetDays, type ItemRow, lockItem } from "../db/inbox.repo.ts";
import type { Finding } from "../domain/cite.ts";
import { itemClock } from "../domain/item-clock.ts";
import { type Action, actionProblem } from "../domain/workflow.ts";

/** What every handling command gets: its transaction, who acts, the calendar and today. */
export interface Handling {
  tx: Tx;
  ctx: RequestContext;
  calendar: Calendar;
  /** "YYYY-MM-DD" in Vietnam. */
  today: string;
}

/**
 * Locks the item, checks the actor may `policy` it in its unit and that `action` is allowed in
 * its status; the first step of every command on an existing item.
 */
export async function itemFor(
  h: Handling,
  itemId: number,
  action: Action,
  policy = "inbox.item.handle",
): Promise<ItemRow> {
  const item = await lockItem(h.tx, itemId);
  if (!item) throw notFound("Không tìm thấy vụ việc.");
  authorize(h.ctx.actor, policy, { unitPath: item.unit_path });
  const problem = actionProblem(action, item);
  if (problem) throw conflict(problem, "status");
  return item;
}

export interface EventInput {
  type: string;
  /** Shown to the submitter and, for published items, to everyone. */
  public?: boolean;
  text?: string;
  data?: Record<string, unknown>;
}

/** One step of the timeline and its audit event, in the caller's transaction. */
export async function addEvent(
  h: Pick<Handling, "tx" | "ctx">,
  item: { id: number; unit_id: number },
  e: EventInput,
): Promise<void> {
  await h.tx
    .insertInto("inbox_event")
    .values({
      item_id: item.id,
      unit_id: item.unit_id,
      type: e.type,
      public: e.public ?? false,
      text: e.text ?? "",
      data: JSON.stringify(e.data ?? {}),
      actor_account_id: h.ctx.actor.accountId,
    })
    .execute();
  await recordEvent(h.tx, h.ctx, {
    action: `inbox.item.${e.type}`,
    unitId: item.unit_id,
    subjectType: "inbox_item",
    subjectId: item.id,
    summary: { public: e.public ?? false, ...(e.data ?? {}) },
  });
}

/** Recomputes the clock of an item from its stored facts and saves it. */
export async function refreshClock(h: Pick<Handling, "tx" | "calendar">, itemId: number) {
  const i = await h.tx
    .selectFrom("inbox_item")
    .select([
      "unit_id",
      "track",
      "status",
      "received_on",
      "accepted_on",
      "instance",
      "complex",
      "remote_area",
      "criteria",
      "extensions",
      "suspensions",
    ])
    .where("id", "=", itemId)
    .executeTakeFirstOrThrow();
  const clock = itemClock(h.calendar, {
    track: i.track,
    status: i.status,
    receivedOn: i.received_on,
    acceptedOn: i.accepted_on,
    instance: i.instance,
    complex: i.complex,
    remoteArea: i.remote_area,
    criteria: i.criteria,
    extensions: i.extensions,
    suspensions: i.suspensions,
    feedbackTargetDays: await feedbackTargetDays(h.tx, i.unit_id),
  });
  await h.tx
    .updateTable("inbox_item")
    .set({
      due_on: clock.dueOn,
      due_rule: clock.rule,
      due_what: clock.what,
      updated_at: new Date(),
    })
    .where("id", "=", itemId)
    .execute();
  return clock;
}

/** Refuses with every rule not met, each message citing its rule and article. */
export function refuseUnless(findings: readonly Finding[], field?: string): void {
  if (findings.length === 0) return;
  const fields: Record<string, string> = {};
  for (const f of findings) if (f.field) fields[f.field] ??= f.message;
  const first = findings[0] as Finding;
  throw validation(findings.map((f) => f.message).join(" "), first.field ?? field, {
    findings,
    fields,
  });
}

export interface Attempt {
  /** What was tried: "inbox.item.answer", "inbox.identity.view"… */
  action: string;
  unitId: number | null;
  itemId?: number | null;
}

/**
 * Runs a command in its own transaction; when it is refused (bad input, no right, wrong state)
 * the attempt is audited in a separate transaction, since the command's own rolled back. The
 * issue asks that every refused attempt leave a trace; the message carries no personal data.
 */
export async function attempt<T>(
  db: Db,
  ctx: RequestContext,
  what: Attempt,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute(work);
  } catch (err) {
    if (err instanceof AppError && err.code !== "unauthenticated") {
      await db.transaction().execute((tx) =>
        recordEvent(tx, ctx, {
          action: "inbox.attempt.refused",
          unitId: what.unitId,
          subjectType: what.itemId ? "inbox_item" : "inbox",
          subjectId: what.itemId ?? 0,
          summary: {
            attempted: what.action,
            code: err.code,
            field: err.field ?? null,
            message: err.message,
          },
        }),
      );
    }
    throw err;
  }
}
