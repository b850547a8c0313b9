import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

// Sensitive personal data at rest (law2.md §9, T62): AES-256-GCM, layout iv(12) | tag(16) | data.
const IV = 12;
const TAG = 16;

export function seal(key: Buffer, plain: Buffer | string): Buffer {
  const iv = randomBytes(IV);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]);
}

export function unseal(key: Buffer, sealed: Buffer): Buffer {
  const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, IV));
  decipher.setAuthTag(sealed.subarray(IV, IV + TAG));
  return Buffer.concat([decipher.update(sealed.subarray(IV + TAG)), decipher.final()]);
}

/** A keyed hash: finds equal values (duplicate ID numbers) without storing them in clear. */
export function blindIndex(secret: string, purpose: string, value: string): Buffer {
  return createHmac("sha256", secret).update(`${purpose}:${value}`).digest();
}
