import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { jsonOf, useTestApp } from "../../../core/testing/test-app.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";

// Open311 GeoReport v2 exactly as a generic client uses it: discovery, the service list and a
// service's attributes, a form-urlencoded POST of a request, then reading it back by id and in
// the list. Field names and types are the specification's; no name or phone is ever returned.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let commune: UnitRow;
const BASE = "/api/open311/v2";

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  commune = (await makeCommuneTree(db, 0)).commune;
});

const post = (fields: Record<string, string>) =>
  app.request(`${BASE}/requests.json`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });

describe("Open311 GeoReport v2", () => {
  it("discovery, services and a service definition", async () => {
    const discovery = await jsonOf(await app.request(`${BASE}/discovery.json`));
    expect(discovery.endpoints[0].specification).toBe("http://wiki.open311.org/GeoReport_v2");
    const services = await jsonOf(
      await app.request(`${BASE}/services.json?jurisdiction_id=${commune.code}`),
    );
    expect(services.map((s: { service_code: string }) => s.service_code)).toEqual([
      "phan_anh",
      "kien_nghi",
      "khieu_nai",
      "to_cao",
    ]);
    for (const s of services) {
      expect(Object.keys(s).sort()).toEqual([
        "description",
        "group",
        "keywords",
        "metadata",
        "service_code",
        "service_name",
        "type",
      ]);
      expect(typeof s.metadata).toBe("boolean");
      expect(s.type).toBe("realtime");
    }
    const def = await jsonOf(await app.request(`${BASE}/services/khieu_nai.json`));
    expect(def.service_code).toBe("khieu_nai");
    expect(def.attributes.find((a: { code: string }) => a.code === "respondent")).toMatchObject({
      required: true,
      datatype: "string",
      variable: true,
    });
    const missing = await app.request(`${BASE}/services/khong_co.json`);
    expect(missing.status).toBe(404);
    expect((await jsonOf(missing))[0]).toMatchObject({ code: 404 });
  });

  it("creates a request as a generic client posts it, and reads it back by id and in the list", async () => {
    const res = await post({
      jurisdiction_id: commune.code,
      service_code: "phan_anh",
      lat: "21.0285",
      long: "105.8542",
      address_string: "Ngõ 12, thôn Đông",
      description: "Ổ gà lớn giữa đường. Xe máy dễ ngã khi trời mưa.",
      email: "khach@example.vn",
      first_name: "Ngô",
      last_name: "Văn Lâm",
      phone: "0966555444",
    });
    expect(res.status).toBe(201);
    const created = await jsonOf(res);
    expect(created).toHaveLength(1);
    expect(created[0].service_request_id).toMatch(/^PA-\d{4}-[A-Z2-9]{8}$/);
    expect(typeof created[0].service_notice).toBe("string");
    const id = created[0].service_request_id as string;
    const one = await app.request(`${BASE}/requests/${id}.json`);
    expect(one.status).toBe(200);
    const [request] = await jsonOf(one);
    expect(request).toMatchObject({
      service_request_id: id,
      status: "open",
      service_code: "phan_anh",
      description: "Ổ gà lớn giữa đường. Xe máy dễ ngã khi trời mưa.",
      address: "Ngõ 12, thôn Đông",
      lat: 21.0285,
      long: 105.8542,
      agency_responsible: commune.name,
      media_url: null,
    });
    expect(request.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const listed = await jsonOf(
      await app.request(`${BASE}/requests.json?service_request_id=${id}`),
    );
    expect(listed.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([id]);
    const text = JSON.stringify([request, listed]);
    for (const secret of ["Văn Lâm", "0966555444", "khach@example.vn"])
      expect(text).not.toContain(secret);
    const row = await db
      .selectFrom("inbox_item")
      .select(["title", "channel"])
      .where("code", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ title: "Ổ gà lớn giữa đường.", channel: "api" });
  });

  it("answers errors in Open311's format", async () => {
    const noJurisdiction = await post({
      service_code: "phan_anh",
      description: "x",
      lat: "1",
      long: "1",
    });
    expect(noJurisdiction.status).toBe(400);
    expect((await jsonOf(noJurisdiction))[0]).toMatchObject({ code: 400 });
    expect(
      (
        await post({
          jurisdiction_id: commune.code,
          service_code: "phan_anh",
          description: "Thiếu vị trí",
        })
      ).status,
    ).toBe(400);
    const anonymousComplaint = await post({
      jurisdiction_id: commune.code,
      service_code: "khieu_nai",
      description: "Khiếu nại",
      address_string: "x",
    });
    expect(anonymousComplaint.status).toBe(400);
    expect((await jsonOf(anonymousComplaint))[0].description).toContain("T14");
    expect((await app.request(`${BASE}/requests/PA-0000-AAAAAAAA.json`)).status).toBe(404);
  });
});
