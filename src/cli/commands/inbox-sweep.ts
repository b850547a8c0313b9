import { civilServiceCalendar } from "../../core/calendar/index.ts";
import type { Config } from "../../core/config/config.ts";
import { todayInVietnam } from "../../core/validation.ts";
import { sweepClocks } from "../../modules/inbox/index.ts";
import { withDatabase } from "./with-database.ts";

/** Raises the inbox's due reminders and escalations now (the server also does it hourly). */
export async function runInboxSweep(config: Config, day: string | undefined): Promise<number> {
  const today = day ?? todayInVietnam();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    process.stderr.write("Ngày phải có dạng YYYY-MM-DD.\n");
    return 2;
  }
  return withDatabase(config, async (db) => {
    const r = await sweepClocks(db, civilServiceCalendar(), today);
    process.stdout.write(
      `Ngày ${today}: ${r.reminded} nhắc sắp đến hạn, ${r.overdue} quá hạn, ${r.escalated} báo cáo cấp trên.\n`,
    );
    return 0;
  });
}
