import type { Config } from "../config/config.ts";
import type { RequestContext } from "../context/request-context.ts";
import type { Db } from "../db/database.ts";
import type { Lang, Text } from "../i18n/lang.ts";
import type { ModuleIndicators } from "../indicators.ts";
import type { Logger } from "../log.ts";
import type { FileStorage } from "../storage/file-storage.ts";

/** The signed-in person, as pages show them (never an ID number). */
export interface Viewer {
  accountId: number;
  personId: number;
  displayName: string;
  mustChangePassword: boolean;
}

export interface AdminTab {
  /** Path segment after `/quan-tri/:code/` ("" for the overview). */
  path: string;
  label: Text;
  /** Position among all modules' tabs (lower first). */
  order: number;
  /** Unit kinds the tab applies to; all when absent. */
  kinds?: readonly string[];
}

/** A public page a module offers on every unit's portal page (`/u/:code/<path>`). */
export interface PublicLink {
  path: string;
  label: Text;
  /** One line saying what a visitor finds there. */
  hint: Text;
  order: number;
  /** Unit kinds the link applies to; all when absent. */
  kinds?: readonly string[];
}

export interface AppDeps {
  db: Db;
  config: Config;
  log: Logger;
  /** Resolves the session cookie or API token into an actor; provided by the auth module. */
  identify: Identify;
  /** Uploaded files (attachments, evidence photos). */
  storage: FileStorage;
  /** Collected from the modules' manifests by the app. */
  adminTabs?: AdminTab[];
  /** Collected from the modules' manifests by the app. */
  publicLinks?: PublicLink[];
  /** Every module's indicators (reports, scores), collected from the manifests by the app. */
  indicators?: ModuleIndicators[];
}

export type Identify = (input: {
  sessionId: string | undefined;
  bearerToken: string | undefined;
}) => Promise<{
  ctx: Pick<RequestContext, "actor">;
  viewer: Viewer | null;
  sessionKey: string | null;
}>;

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    ctx: RequestContext;
    viewer: Viewer | null;
    lang: Lang;
    requestId: string;
    /** Token to embed in a form (CSRF protection); sets the pre-sign-in cookie when needed. */
    csrf: () => string;
    /** The HTML `renderPage` answered with: the public cache keeps it without reading it back. */
    pageHtml: string | undefined;
  };
};
