import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// Synchroniser tokens bound to the session (or, before sign-in, to a random cookie): a form
// posted from another site cannot know the token. SameSite=Lax cookies are the second layer.
export const ANON_COOKIE = "coso_csrf";

export const newAnonKey = () => randomBytes(18).toString("base64url");

export function csrfToken(secret: string, key: string): string {
  return createHmac("sha256", secret).update(`csrf:${key}`).digest("base64url");
}

export function csrfValid(secret: string, key: string, token: string | undefined): boolean {
  if (!token) return false;
  const expected = Buffer.from(csrfToken(secret, key));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
