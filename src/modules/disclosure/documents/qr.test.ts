import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { qrSvg } from "./qr.ts";

/** Redraws the dark modules from the SVG path ("M x y", "m dx 0", "h n") into a matrix. */
function modulesFromSvg(svg: string, margin: number): { size: number; dark: boolean[] } {
  const box = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  const path = /<path stroke="#000000" d="([^"]*)"/.exec(svg)?.[1];
  if (!box || path === undefined) throw new Error("not a qrcode SVG");
  const size = Number(box[1]) - 2 * margin;
  const dark = Array.from({ length: size * size }, () => false);
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (cmd === "M") {
      x = Number(a);
      y = Number(b) - 0.5;
    } else if (cmd === "m") x += Number(a);
    else {
      for (let i = 0; i < Number(a); i++) dark[(y - margin) * size + (x - margin + i)] = true;
      x += Number(a);
    }
  }
  return { size, dark };
}

describe("qrSvg (issue #3 item 6: a QR code to the online page)", () => {
  const url = "https://coso.example/don-vi/xa-thanh-binh/cong-khai/42";

  it("is an inline <svg> with a title naming the page, and no script", async () => {
    const svg = await qrSvg(url);
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain(`<title>Mã QR dẫn tới trang ${url}</title>`);
    expect(svg).not.toMatch(/<script|\son[a-z]+=/i);
  });

  it("round-trips: the drawn modules are exactly the QR code of the URL (level M, margin 1)", async () => {
    const svg = await qrSvg(url);
    const expected = QRCode.create(url, { errorCorrectionLevel: "M" }).modules;
    const drawn = modulesFromSvg(svg, 1);
    expect(drawn.size).toBe(expected.size);
    expect(drawn.dark).toEqual(Array.from(expected.data, (v) => v === 1));
  });

  it("a longer URL needs a larger code", async () => {
    const short = modulesFromSvg(await qrSvg(url), 1).size;
    const long = modulesFromSvg(await qrSvg(`${url}?phien-ban=${"9".repeat(80)}`), 1).size;
    expect(long).toBeGreaterThan(short);
  });

  it("escapes the URL inside the title", async () => {
    const svg = await qrSvg("https://x.example/?a=1&b=<2>");
    expect(svg).toContain(
      "<title>Mã QR dẫn tới trang https://x.example/?a=1&amp;b=&lt;2&gt;</title>",
    );
  });
});
