import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Where uploaded files live. Disk by default; another backend (object storage) can replace it. */
export interface FileStorage {
  /** Stores the bytes and returns a key to read them back; equal bytes share one key. */
  put(bytes: Uint8Array): Promise<{ key: string; sha256: string }>;
  get(key: string): Promise<Buffer>;
}

/** Content-addressed files under a directory: `<dir>/ab/abcdef…` by SHA-256. */
export class DiskStorage implements FileStorage {
  constructor(private readonly dir: string) {}

  async put(bytes: Uint8Array) {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const folder = join(this.dir, sha256.slice(0, 2));
    await mkdir(folder, { recursive: true });
    const path = join(folder, sha256);
    // Write then rename, so a reader never sees half a file.
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, path);
    return { key: `${sha256.slice(0, 2)}/${sha256}`, sha256 };
  }

  async get(key: string) {
    if (!/^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(key)) throw new Error("Khoá tệp không hợp lệ.");
    return readFile(join(this.dir, key));
  }
}
