import type { Context } from "hono";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import type { Tx } from "../../../core/db/database.ts";
import type { AppEnv } from "../../../core/http/env.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { type SubmitInput, type Submitted, submitItem } from "../commands/submit-item.ts";
import { type Attempt, attempt, type Handling } from "../commands/support.ts";

export const calendar = civilServiceCalendar();

/** Today in Vietnam. */
export const today = () => todayInVietnam();

/** The AES key that seals submitters' identities. */
export const dataKeyOf = (c: Context<AppEnv>) => c.get("deps").config.dataKey;

/**
 * Runs a handling command from a page or the API: its own transaction, today's date, the one
 * calendar; a refused attempt is audited (see `attempt`).
 */
export function runHandling<T>(
  c: Context<AppEnv>,
  what: Attempt,
  work: (h: Handling) => Promise<T>,
): Promise<T> {
  const ctx = c.get("ctx");
  return attempt(c.get("deps").db, ctx, what, (tx: Tx) =>
    work({ tx, ctx, calendar, today: today() }),
  );
}

/** Submits an item to `unit` from a page or the API, as the signed-in or anonymous visitor. */
export function submitTo(
  c: Context<AppEnv>,
  unit: { id: number; code: string; kind: string; path: string; parent_id: number | null },
  input: SubmitInput,
): Promise<Submitted> {
  const deps = c.get("deps");
  return submitItem(
    deps.db,
    { ctx: c.get("ctx"), calendar, today: today() },
    deps.storage,
    { id: unit.id, code: unit.code, kind: unit.kind, path: unit.path, parentId: unit.parent_id },
    dataKeyOf(c),
    input,
  );
}
