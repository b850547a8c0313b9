import { createHash, randomBytes } from "node:crypto";

export const SESSION_DAYS = 7;

export const newSecret = () => randomBytes(32).toString("base64url");
export const sha256 = (value: string) => createHash("sha256").update(value).digest();
export const sessionExpiry = (from = Date.now()) => new Date(from + SESSION_DAYS * 86_400_000);
