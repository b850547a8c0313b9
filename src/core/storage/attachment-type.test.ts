import { describe, expect, it } from "vitest";
import { attachmentMime, attachmentProblem, MAX_ATTACHMENT_BYTES } from "./attachment-type.ts";

const bytes = (...b: number[]) => Uint8Array.from(b);

describe("attachments: type and size", () => {
  it("recognises PDF, JPEG, PNG and DOCX by content", () => {
    expect(attachmentMime(new TextEncoder().encode("%PDF-1.7"), "a.pdf")).toBe("application/pdf");
    expect(attachmentMime(bytes(0xff, 0xd8, 0xff, 0xe1), "a.jpg")).toBe("image/jpeg");
    expect(attachmentMime(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), "a.png")).toBe(
      "image/png",
    );
    expect(attachmentMime(bytes(0x50, 0x4b, 0x03, 0x04), "du-toan.docx")).toContain(
      "wordprocessingml",
    );
  });
  it("refuses other content whatever its name", () => {
    expect(attachmentMime(bytes(0x50, 0x4b, 0x03, 0x04), "a.zip")).toBeNull();
    expect(attachmentMime(new TextEncoder().encode("<script>"), "a.pdf")).toBeNull();
    expect(attachmentProblem(new TextEncoder().encode("MZ"), "a.exe")).toBe(
      "Chỉ nhận tệp PDF, ảnh JPEG, PNG hoặc tài liệu Word (.docx).",
    );
  });
  it("refuses an empty or too large file", () => {
    expect(attachmentProblem(new Uint8Array(), "a.pdf")).toBe("Chưa chọn tệp đính kèm.");
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(attachmentProblem(big, "a.pdf")).toBe("Tệp đính kèm tối đa 20 MB.");
    expect(attachmentProblem(big.subarray(0, MAX_ATTACHMENT_BYTES), "a.pdf")).toBeNull();
  });
});
