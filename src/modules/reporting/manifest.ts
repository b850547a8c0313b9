import type { ModuleManifest } from "../../core/module.ts";
import "./db/tables.ts";
import "./db/report-tables.ts";
import { remindTasks } from "./commands/remind-tasks.ts";
import { openDueRounds } from "./commands/reports/open-due-rounds.ts";
import { reportingDirectiveTables } from "./db/migrations/20261122-16-reporting-directives.ts";
import { reportingReportTables } from "./db/migrations/20261122-17-reporting-reports.ts";
import { reportingAdminPages } from "./http/admin-pages.tsx";
import { reportingApi } from "./http/api.ts";
import { REPORTING_CSS } from "./http/css.ts";
import { reportPages } from "./http/reports/pages.ts";
import { calendar, today } from "./http/run.ts";
import { reportingPolicies } from "./policy.ts";

export const reportingManifest: ModuleManifest = {
  name: "reporting",
  migrations: [reportingDirectiveTables, reportingReportTables],
  policies: reportingPolicies,
  adminTabs: [
    { path: "chi-dao", order: 40, label: { vi: "Chỉ đạo, nhiệm vụ", en: "Directives and tasks" } },
    { path: "bao-cao", order: 41, label: { vi: "Báo cáo định kỳ", en: "Periodic reports" } },
  ],
  jobs: [
    {
      name: "reporting.remind-tasks",
      everyMs: 3_600_000,
      run: ({ db, log }) =>
        remindTasks(db, calendar, today()).then((r) => {
          if (r.dueSoon + r.overdue > 0) log.info(r, "reporting task reminders raised");
        }),
    },
    {
      name: "reporting.open-rounds",
      everyMs: 6 * 3_600_000,
      run: ({ db, log, indicators }) =>
        openDueRounds(db, calendar, today(), indicators).then((r) => {
          if (r.opened + r.refused > 0) log.info(r, "reporting rounds opened from calendars");
        }),
    },
  ],
  styles: REPORTING_CSS,
  api: reportingApi,
  pages: (app, deps) => {
    reportingAdminPages(app, deps);
    reportPages(app, deps);
  },
};
