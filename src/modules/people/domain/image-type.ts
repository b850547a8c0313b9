// ID-card images (T62): only JPEG and PNG, recognised by their first bytes rather than by the
// name or the type the browser claims, and at most 2 MB.
export const MAX_ID_IMAGE_BYTES = 2 * 1024 * 1024;

export function imageMime(bytes: Uint8Array): "image/jpeg" | "image/png" | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return "image/jpeg";
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return "image/png";
  return null;
}

export function idImageProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "Chưa chọn tệp ảnh.";
  if (bytes.length > MAX_ID_IMAGE_BYTES) return "Ảnh CCCD tối đa 2 MB.";
  if (!imageMime(bytes)) return "Ảnh CCCD phải là tệp JPEG hoặc PNG.";
  return null;
}
