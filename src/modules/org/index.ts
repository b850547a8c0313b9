import "./db/tables.ts";

export { appointPosition } from "./commands/appoint-position.ts";
export { createBody } from "./commands/create-body.ts";
export { createUnit } from "./commands/create-unit.ts";
export { importUnits } from "./commands/import-units.ts";
export {
  findUnitByCode,
  findUnitById,
  holderOf,
  insertUnit,
  type UnitRow,
  unitChainQuery,
} from "./db/org.repo.ts";
export { BODY_KINDS, type BodyKind } from "./domain/body-kinds.ts";
export {
  isCommunity,
  isWorkplace,
  UNIT_KIND_LABEL,
  UNIT_KINDS,
  type UnitKind,
} from "./domain/unit-kinds.ts";
export { codeProblem, parentProblem } from "./domain/unit-rules.ts";
export { AdminHeader, adminCrumbs, formatTime } from "./http/admin.tsx";
export { unitCrumbs } from "./http/present.ts";
export { type LocatedRowError, parseUnitsFile } from "./import/parse-units.ts";
export {
  chainToUnit,
  type LoadedUnit,
  loadUnit,
  loadUnitForAdmin,
} from "./queries/load-unit.ts";
