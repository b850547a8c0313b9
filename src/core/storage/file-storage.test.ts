import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DiskStorage } from "./file-storage.ts";

const dir = mkdtempSync(join(tmpdir(), "coso-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("disk storage", () => {
  it("stores by content and reads back the same bytes", async () => {
    const s = new DiskStorage(dir);
    const a = await s.put(new TextEncoder().encode("công khai"));
    const b = await s.put(new TextEncoder().encode("công khai"));
    expect(a).toEqual(b);
    expect(a.key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}$/);
    expect((await s.get(a.key)).toString()).toBe("công khai");
  });
  it("refuses a key that could leave its directory", async () => {
    await expect(new DiskStorage(dir).get("../../etc/passwd")).rejects.toThrow(
      "Khoá tệp không hợp lệ.",
    );
  });
});
