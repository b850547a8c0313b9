import type { Hono } from "hono";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { inboxPublicFollow } from "./public-follow.tsx";
import { inboxPublicList } from "./public-list.tsx";
import { inboxPublicMine } from "./public-mine.tsx";
import { inboxPublicStats } from "./public-stats.tsx";
import { inboxPublicSubmit } from "./public-submit.tsx";

/** The residents' side: send, follow by tracking code and rate, one's own items, published
 *  answers, figures. (The R48 rating pages are in ratings.tsx.) */
export function inboxPublicPages(app: Hono<AppEnv>, deps: AppDeps): void {
  inboxPublicSubmit(app, deps);
  inboxPublicStats(app, deps);
  inboxPublicList(app, deps);
  inboxPublicFollow(app, deps);
  inboxPublicMine(app, deps);
}
