import type { Context } from "hono";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import type { Tx } from "../../../core/db/database.ts";
import type { AppEnv } from "../../../core/http/env.ts";
import { todayInVietnam } from "../../../core/validation.ts";
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
