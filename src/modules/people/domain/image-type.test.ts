import { describe, expect, it } from "vitest";
import { idImageProblem, imageMime, MAX_ID_IMAGE_BYTES } from "./image-type.ts";

describe("ID-card images (T62: sensitive data)", () => {
  it("recognises JPEG and PNG by their signature", () => {
    expect(imageMime(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(imageMime(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      "image/png",
    );
    expect(imageMime(new TextEncoder().encode("%PDF-1.7"))).toBeNull();
  });
  it("refuses empty, too large or other files", () => {
    expect(idImageProblem(new Uint8Array())).toBe("Chưa chọn tệp ảnh.");
    const big = new Uint8Array(MAX_ID_IMAGE_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(idImageProblem(big)).toBe("Ảnh CCCD tối đa 2 MB.");
    expect(idImageProblem(new TextEncoder().encode("<svg/>"))).toBe(
      "Ảnh CCCD phải là tệp JPEG hoặc PNG.",
    );
    expect(idImageProblem(Uint8Array.from([0xff, 0xd8, 0xff, 1]))).toBeNull();
  });
});
