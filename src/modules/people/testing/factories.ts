import { systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { TEST_DATA_KEY, TEST_SECRET } from "../../../core/testing/test-app.ts";
import { createHousehold, type VillageRef } from "../commands/create-household.ts";
import type { HouseholdInput } from "../http/schemas.ts";

export const testKeys = { dataKey: Buffer.from(TEST_DATA_KEY, "base64"), secret: TEST_SECRET };

let serial = 0;
/** A valid CCCD for a man born in 1980, unique per call. */
export const nextCccd = () => `0010800${String(++serial).padStart(5, "0")}`;

export function householdInput(
  code: string,
  overrides: Partial<HouseholdInput> = {},
): HouseholdInput {
  return {
    code,
    address: `Số ${code}, thôn thử`,
    validFrom: "2026-01-01",
    members: [
      {
        fullName: "Nguyễn Văn Chủ",
        birthDate: "1980-05-01",
        sex: "male",
        idNumber: nextCccd(),
        relation: "Chủ hộ",
        isRepresentative: true,
      },
      {
        fullName: "Trần Thị Vợ",
        birthDate: "1982-06-01",
        sex: "female",
        idNumber: null,
        relation: "Vợ",
        isRepresentative: false,
      },
    ],
    ...overrides,
  };
}

export function makeHousehold(
  db: Db,
  village: VillageRef,
  code: string,
  overrides: Partial<HouseholdInput> = {},
) {
  return db
    .transaction()
    .execute((tx) =>
      createHousehold(tx, systemContext(), testKeys, village, householdInput(code, overrides)),
    );
}
