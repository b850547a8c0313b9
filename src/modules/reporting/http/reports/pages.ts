import type { Hono } from "hono";
import type { AppDeps, AppEnv } from "../../../../core/http/env.ts";
import { calendarPage } from "./calendar-page.tsx";
import { consolidatedPages } from "./consolidated-page.tsx";
import { reportListPage } from "./list-page.tsx";
import { progressPage } from "./progress-page.tsx";
import { reportRoutes } from "./report-routes.tsx";
import { newRoundPage } from "./round-new-page.tsx";
import { roundPages } from "./round-page.tsx";

/** The report pages under `/quan-tri/:code/bao-cao`; fixed paths before numeric ids. */
export function reportPages(app: Hono<AppEnv>, deps: AppDeps): void {
  reportListPage(app, deps);
  calendarPage(app, deps);
  newRoundPage(app, deps);
  progressPage(app, deps);
  consolidatedPages(app, deps);
  roundPages(app, deps);
  reportRoutes(app, deps);
}
