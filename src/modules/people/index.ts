import "./db/tables.ts";
export { createHousehold, type VillageRef } from "./commands/create-household.ts";
export { addWorkforceMember, recordWorkforceCount } from "./commands/add-workforce-member.ts";
export { recordLegalBasis, REGISTER_BASIS, REGISTER_PURPOSE } from "./commands/record-legal-basis.ts";
export { householdCountOn } from "./db/people.repo.ts";
export { householdSchema, memberSchema, type HouseholdInput } from "./http/schemas.ts";
export type { PrivacyKeys } from "./privacy.ts";
export { createPerson } from "./commands/create-person.ts";
