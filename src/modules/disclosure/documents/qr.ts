// A QR code for a printed notice, pointing to its online page (issue #3 item 6). The SVG comes
// from the qrcode library only (paths, no scripts), so pages may inline it.

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** `<svg role="img">` with a `<title>` naming the page, error correction M, a quiet zone of 1. */
export async function qrSvg(url: string): Promise<string> {
  const { default: QRCode } = await import("qrcode");
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const title = escapeXml(`Mã QR dẫn tới trang ${url}`);
  return svg
    .trim()
    .replace(/^<svg /, `<svg role="img" class="notice-qr-code" `)
    .replace(/^(<svg[^>]*>)/, `$1<title>${title}</title>`);
}
