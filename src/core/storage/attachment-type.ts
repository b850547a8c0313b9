// Attachments (a disclosure's files, a community decision's documents): PDF, images and Word
// files, recognised by their first bytes (not by the name or the type a browser claims), at most
// 20 MB.
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export type AttachmentMime =
  | "application/pdf"
  | "image/jpeg"
  | "image/png"
  | "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const startsWith = (bytes: Uint8Array, sig: number[]) =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

export function attachmentMime(bytes: Uint8Array, fileName: string): AttachmentMime | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  // A .docx is a zip archive; the name tells it from other zips.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && /\.docx$/i.test(fileName)) {
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  }
  return null;
}

export function attachmentProblem(bytes: Uint8Array, fileName: string): string | null {
  if (bytes.length === 0) return "Chưa chọn tệp đính kèm.";
  if (bytes.length > MAX_ATTACHMENT_BYTES) return "Tệp đính kèm tối đa 20 MB.";
  if (fileName.length > 200) return "Tên tệp dài tối đa 200 ký tự.";
  if (!attachmentMime(bytes, fileName))
    return "Chỉ nhận tệp PDF, ảnh JPEG, PNG hoặc tài liệu Word (.docx).";
  return null;
}
