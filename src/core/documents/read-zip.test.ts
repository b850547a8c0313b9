import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readZip } from "./read-zip.ts";

/** Builds a two-entry ZIP by hand: one stored, one deflated. */
function zip(entries: { name: string; data: Buffer; deflate: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const body = e.deflate ? deflateRawSync(e.data) : e.data;
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe("readZip", () => {
  it("reads stored and deflated entries by name", () => {
    const text = Buffer.from("Độc lập - Tự do - Hạnh phúc ".repeat(20), "utf8");
    const files = readZip(
      zip([
        { name: "a.txt", data: Buffer.from("stored"), deflate: false },
        { name: "word/document.xml", data: text, deflate: true },
      ]),
    );
    expect([...files.keys()]).toEqual(["a.txt", "word/document.xml"]);
    expect(files.get("a.txt")?.toString()).toBe("stored");
    expect(files.get("word/document.xml")?.equals(text)).toBe(true);
  });

  it("refuses what is not a ZIP", () => {
    expect(() => readZip(Buffer.from("not a zip file at all, just text"))).toThrow(
      "Not a ZIP file",
    );
  });
});
