import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

// The stylesheet is served under a content hash, so browsers may cache it for a year.
const css = readFileSync(new URL("./static/app.css", import.meta.url));
export const STYLESHEET_BODY = css;
export const STYLESHEET_HASH = createHash("sha256").update(css).digest("hex").slice(0, 12);
export const STYLESHEET_HREF = `/static/app.${STYLESHEET_HASH}.css`;
