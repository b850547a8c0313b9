import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

// One stylesheet: the shell's own rules plus what modules add (their manifests' `styles`),
// served under a content hash so browsers may cache it for a year.
const base = readFileSync(new URL("./static/app.css", import.meta.url), "utf8");

interface Stylesheet {
  body: string;
  href: string;
}

let current = build([]);

function build(extra: readonly string[]): Stylesheet {
  const body = [base, ...extra].join("\n");
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
  return { body, href: `/static/app.${hash}.css` };
}

/** Called once by the app with every module's styles. */
export function useModuleStyles(extra: readonly string[]): Stylesheet {
  current = build(extra);
  return current;
}

export const stylesheet = (): Stylesheet => current;
