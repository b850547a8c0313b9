import type { Hono } from "hono";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { directivePages } from "./admin-directive.tsx";
import { directiveListPage } from "./admin-list.tsx";
import { newDirectivePage } from "./admin-new.tsx";
import { taskPages } from "./admin-task.tsx";

/** The officials' pages under `/quan-tri/:code/chi-dao`; fixed paths before numeric ids. */
export function reportingAdminPages(app: Hono<AppEnv>, deps: AppDeps): void {
  directiveListPage(app, deps);
  newDirectivePage(app, deps);
  taskPages(app, deps);
  directivePages(app, deps);
}
