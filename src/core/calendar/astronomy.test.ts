import { describe, expect, it } from "vitest";
import { deltaTSeconds, newMoonJulianDay, sunApparentLongitude } from "./astronomy.ts";

// Worked examples from J. Meeus, "Astronomical Algorithms" (2nd ed.), in Terrestrial Time.
describe("astronomy", () => {
  it("finds the new moon of 18/02/1977 at JDE 2443192.65118 (Meeus example 49.a)", () => {
    const jde = newMoonJulianDay(-283) + deltaTSeconds(1977.13) / 86400;
    expect(Math.abs(jde - 2443192.65118) * 86400).toBeLessThan(5);
  });

  it("puts the Sun at apparent longitude 199°54′21.8″ on 13/10/1992 0h TT (Meeus example 25.b)", () => {
    const jd = 2448908.5 - deltaTSeconds(1992.78) / 86400;
    const arcSeconds = Math.abs(sunApparentLongitude(jd) - 199.906061) * 3600;
    expect(arcSeconds).toBeLessThan(2);
  });

  it("has ΔT near the observed values: 1900 ≈ −2.7 s, 2000 ≈ 63.8 s", () => {
    expect(deltaTSeconds(1900)).toBeCloseTo(-2.79, 1);
    expect(deltaTSeconds(2000)).toBeCloseTo(63.86, 1);
  });
});
