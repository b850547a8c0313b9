import type { Hono } from "hono";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { inboxAdminIntake } from "./admin-intake.tsx";
import { inboxAdminList } from "./admin-list.tsx";
import { inboxAdminItemRoutes } from "./admin-routes.tsx";
import { inboxRatingPages } from "./ratings.tsx";

/** The officials' side: the unit's inbox, the overdue view, desk intake, each item's steps. */
export function inboxAdminPages(app: Hono<AppEnv>, deps: AppDeps): void {
  // Fixed paths ("moi", "qua-han", "cai-dat") before the item's numeric id.
  inboxAdminIntake(app, deps);
  inboxAdminList(app, deps);
  inboxRatingPages(app, deps);
  inboxAdminItemRoutes(app, deps);
}
