import "./db/tables.ts";

export { addWorkforceMember, recordWorkforceCount } from "./commands/add-workforce-member.ts";
export { createHousehold, type VillageRef } from "./commands/create-household.ts";
export { createPerson } from "./commands/create-person.ts";
export { importHouseholds } from "./commands/import-households.ts";
export {
  REGISTER_BASIS,
  REGISTER_PURPOSE,
  recordLegalBasis,
} from "./commands/record-legal-basis.ts";
export { householdCountOn } from "./db/people.repo.ts";
export { cccdProblem, normaliseCccd } from "./domain/cccd.ts";
export { type HouseholdInput, householdSchema, memberSchema } from "./http/schemas.ts";
export { parseHouseholdsFile } from "./import/parse-households.ts";
export {
  logDataAccess,
  openIdNumber,
  type PrivacyKeys,
  sealIdNumber,
} from "./privacy.ts";
