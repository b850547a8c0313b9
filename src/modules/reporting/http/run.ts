import type { Context } from "hono";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import type { AppEnv } from "../../../core/http/env.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import type { Working } from "../commands/support.ts";

export const calendar = civilServiceCalendar();

/** Today in Vietnam. */
export const today = () => todayInVietnam();

/** Runs a directive or task command from a page or the API in its own transaction. */
export function runWorking<T>(c: Context<AppEnv>, work: (w: Working) => Promise<T>): Promise<T> {
  const ctx = c.get("ctx");
  return c
    .get("deps")
    .db.transaction()
    .execute((tx) => work({ tx, ctx, calendar, today: today() }));
}
