import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import { conventionInConsultation, conventionVillage } from "../commands/convention-factory.ts";

// Residents comment on a posted convention draft themselves (NĐ 61/2023 Art 9.2), when the
// community chose online comments: signed with their account, kept with the posted version.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let village: Awaited<ReturnType<typeof conventionVillage>>;
let online: number;
let paperOnly: number;
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  village = await conventionVillage(db, 3);
  const other = await conventionVillage(db, 1);
  online = await conventionInConsultation(db, village, {
    postedOn: today,
    channels: ["online", "meeting"],
  });
  paperOnly = await conventionInConsultation(db, village, { postedOn: today });
  await makeAccount(db, village.village, "gy.dan", undefined, village.reps[0]!.personId);
  await makeAccount(db, other.village, "gy.khac", undefined, other.reps[0]!.personId);
});

async function as(username: string) {
  const client = new TestClient(app);
  await client.signIn(username, TEST_PASSWORD);
  return client;
}

describe("residents' own comments on a posted convention draft", () => {
  it("a resident of the village comments online; others are refused; the channel must have been chosen", async () => {
    const page = `/u/${village.village.code}/huong-uoc/${online}`;
    const anonymous = await new TestClient(app).get(page);
    expect(await anonymous.text()).toContain("đăng nhập");
    const resident = await as("gy.dan");
    await resident.get(page);
    expect(resident.lastBody).toContain('name="content"');
    const short = await resident.post(`${page}/gop-y`, { content: "Ừ" });
    expect(short.status).toBe(400);
    const ok = await resident.post(`${page}/gop-y`, {
      content: "Đề nghị bổ sung quy định giờ giữ trật tự sau 22 giờ.",
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`${page}?da-gop-y=1`);
    const rows = await db
      .selectFrom("decision_convention_comment")
      .select(["channel", "content", "author"])
      .where("convention_id", "=", online)
      .execute();
    expect(rows).toEqual([
      {
        channel: "online",
        content: "Đề nghị bổ sung quy định giờ giữ trật tự sau 22 giờ.",
        author: "Đại diện hộ H0001",
      },
    ]);
    const outsider = await as("gy.khac");
    await outsider.get(page);
    expect(
      (await outsider.post(`${page}/gop-y`, { content: "Góp ý của người thôn khác." })).status,
    ).toBe(403);
    const paper = `/u/${village.village.code}/huong-uoc/${paperOnly}`;
    await resident.get(paper);
    expect(resident.lastBody).not.toContain('name="content"');
    expect(
      (await resident.post(`${paper}/gop-y`, { content: "Góp ý qua mạng khi không được chọn." }))
        .status,
    ).toBe(400);
  });
});
