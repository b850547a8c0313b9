import { validation } from "../../../core/errors.ts";
import { regimeOf } from "../domain/catalogues.ts";
import type { Regime } from "../domain/types.ts";

export interface UnitRef {
  id: number;
  code: string;
  kind: string;
  path: string;
}

/** The disclosure regime of a unit, or a clear refusal for units that disclose nothing. */
export function regimeFor(unit: UnitRef): Regime {
  const regime = regimeOf(unit.kind);
  if (!regime) {
    throw validation(
      "Chỉ xã, phường, đặc khu, cơ quan, đơn vị sự nghiệp và doanh nghiệp có nghĩa vụ công khai thông tin.",
      "unit",
    );
  }
  return regime;
}
