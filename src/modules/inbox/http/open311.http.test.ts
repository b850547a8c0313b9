import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { jsonOf, TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";

// Open311 GeoReport v2 exactly as a generic client uses it: discovery, the service list and a
// service's definition, a form-urlencoded POST of a request, then reading it back by id and in
// the list, in JSON and XML. Field names and types are the specification's; errors are its
// [{code, description}]; no name, phone or e-mail is ever returned.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let commune: UnitRow;
let token: string;
let accountId: number;
const BASE = "/api/open311/v2";
/** Every GET response body, to check at the end that no personal data was in any of them. */
const seen: string[] = [];

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  commune = (await makeCommuneTree(db, 0)).commune;
  accountId = (await makeAccount(db, commune, "o311.app")).accountId;
  const client = new TestClient(app);
  await client.signIn("o311.app", TEST_PASSWORD);
  await client.post("/tai-khoan/token", { name: "ung-dung-open311" });
  token = client.lastBody.match(/<code>(coso_[^<]+)<\/code>/)![1]!;
});

const get = async (path: string) => {
  const res = await app.request(`${BASE}${path}`);
  const body = await res.text();
  seen.push(body);
  return { status: res.status, type: res.headers.get("content-type") ?? "", body };
};
const getJson = async (path: string) => {
  const r = await get(path);
  return { ...r, json: JSON.parse(r.body) };
};
const post = (fields: Record<string, string>, file = "requests.json", headers = {}) =>
  app.request(`${BASE}/${file}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
  });

const POTHOLE = {
  jurisdiction_id: "",
  service_code: "phan_anh",
  lat: "21.0285",
  long: "105.8542",
  address_string: "Ngõ 12, thôn Đông",
  description: "Ổ gà lớn giữa đường. Xe máy dễ ngã khi trời mưa.",
  email: "khach@example.vn",
  first_name: "Ngô",
  last_name: "Văn Lâm",
  phone: "0966555444",
};
const pothole = () => ({ ...POTHOLE, jurisdiction_id: commune.code });

const REQUEST_FIELDS = [
  "address",
  "address_id",
  "agency_responsible",
  "description",
  "expected_datetime",
  "lat",
  "long",
  "media_url",
  "requested_datetime",
  "service_code",
  "service_name",
  "service_notice",
  "service_request_id",
  "status",
  "status_notes",
  "updated_datetime",
  "zipcode",
];
const W3 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

describe("Open311 GeoReport v2", () => {
  it("discovery, the service list and a service's definition, in JSON and XML", async () => {
    const discovery = await getJson("/discovery.json");
    expect(discovery.json.endpoints).toEqual([
      {
        specification: "http://wiki.open311.org/GeoReport_v2",
        url: "http://localhost/api/open311/v2",
        changeset: "2026-11-22T00:00:00Z",
        type: "production",
        formats: ["application/json", "text/xml"],
      },
    ]);
    const discoveryXml = await get("/discovery.xml");
    expect(discoveryXml.type).toBe("text/xml; charset=utf-8");
    expect(discoveryXml.body).toContain(
      "<endpoints><endpoint><specification>http://wiki.open311.org/GeoReport_v2</specification>",
    );
    expect(discoveryXml.body).toContain(
      "<formats><format>application/json</format><format>text/xml</format></formats>",
    );

    const services = await getJson(`/services.json?jurisdiction_id=${commune.code}`);
    expect(services.status).toBe(200);
    expect(services.json.map((s: { service_code: string }) => s.service_code)).toEqual([
      "phan_anh",
      "kien_nghi",
      "khieu_nai",
      "to_cao",
    ]);
    for (const s of services.json) {
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
    expect(services.json[0]).toMatchObject({ service_name: "Phản ánh", metadata: false });
    expect(services.json[2]).toMatchObject({ service_code: "khieu_nai", metadata: true });
    const servicesXml = await get(`/services.xml?jurisdiction_id=${commune.code}`);
    expect(servicesXml.body).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<services><service><service_code>phan_anh<\/service_code><service_name>Phản ánh<\/service_name>/,
    );
    const unknown = await getJson("/services.json?jurisdiction_id=KHONGCO");
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual([
      { code: 404, description: "jurisdiction_id: Không có đơn vị mang mã KHONGCO." },
    ]);

    const def = await getJson("/services/khieu_nai.json");
    expect(def.json.service_code).toBe("khieu_nai");
    expect(def.json.attributes.map((a: { code: string }) => a.code)).toEqual([
      "submitter_address",
      "submitted_on",
      "respondent",
      "respondent_address",
      "reasons",
      "request",
      "instance",
    ]);
    expect(def.json.attributes[2]).toEqual({
      variable: true,
      code: "respondent",
      datatype: "text",
      required: true,
      datatype_description: null,
      order: 3,
      description: "Tên cơ quan, tổ chức, cá nhân bị khiếu nại",
    });
    expect(def.json.attributes[6]).toMatchObject({
      datatype: "singlevaluelist",
      required: false,
      values: [
        { key: "first", name: "Lần đầu" },
        { key: "second", name: "Lần hai" },
      ],
    });
    const defXml = await get("/services/khieu_nai.xml");
    expect(defXml.body).toContain(
      "<values><value><key>first</key><name>Lần đầu</name></value><value><key>second</key>",
    );
    expect((await getJson("/services/phan_anh.json")).json).toEqual({
      service_code: "phan_anh",
      attributes: [],
    });
    const missing = await getJson("/services/khong_co.json");
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual([
      { code: 404, description: "service_code: Không có dịch vụ mang mã này." },
    ]);
  });

  it("creates a request from a form-urlencoded POST and reads it back by id and in the list", async () => {
    const res = await post(pothole());
    expect(res.status).toBe(201);
    const created = await jsonOf(res);
    expect(created).toHaveLength(1);
    expect(Object.keys(created[0]).sort()).toEqual([
      "account_id",
      "service_notice",
      "service_request_id",
    ]);
    const id = created[0].service_request_id as string;
    expect(id).toMatch(/^PA-\d{4}-[A-Z2-9]{8}$/);
    expect(created[0].account_id).toBeNull();
    expect(created[0].service_notice).toMatch(
      /^Đã tiếp nhận\. Hạn trả lời theo chỉ tiêu: \d{4}-\d{2}-\d{2}\. Giữ mã /,
    );

    const one = await getJson(`/requests/${id}.json`);
    expect(one.status).toBe(200);
    expect(one.json).toHaveLength(1);
    const [request] = one.json;
    expect(Object.keys(request).sort()).toEqual(REQUEST_FIELDS);
    expect(request).toMatchObject({
      service_request_id: id,
      status: "open",
      service_name: "Phản ánh",
      service_code: "phan_anh",
      description: "Ổ gà lớn giữa đường. Xe máy dễ ngã khi trời mưa.",
      agency_responsible: commune.name,
      address: "Ngõ 12, thôn Đông",
      address_id: null,
      zipcode: null,
      lat: 21.0285,
      long: 105.8542,
      media_url: null,
    });
    expect(request.status_notes).toContain("Đã tiếp nhận");
    for (const k of ["requested_datetime", "updated_datetime", "expected_datetime"])
      expect(request[k]).toMatch(W3);

    const second = await jsonOf(
      await post({ ...pothole(), description: "Cống thoát nước bị tắc" }),
    );
    const both = await getJson(
      `/requests.json?service_request_id=${id},${second[0].service_request_id}`,
    );
    expect(both.json.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([
      id,
      second[0].service_request_id,
    ]);
    const xml = await get(`/requests/${id}.xml`);
    expect(xml.status).toBe(200);
    expect(xml.type).toBe("text/xml; charset=utf-8");
    expect(xml.body).toContain(
      `<service_requests><request><service_request_id>${id}</service_request_id><status>open</status>`,
    );
    expect(xml.body).toContain("<lat>21.0285</lat><long>105.8542</long><media_url></media_url>");

    const row = await db
      .selectFrom("inbox_item")
      .select(["title", "channel", "anonymous", "publish"])
      .where("code", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      title: "Ổ gà lớn giữa đường.",
      channel: "api",
      anonymous: false,
      publish: false,
    });
  });

  it("lists only published requests (with filters), plus the ones whose codes are named", async () => {
    const hidden = (await jsonOf(await post(pothole())))[0].service_request_id as string;
    const shown = (await jsonOf(await post({ ...pothole(), service_code: "kien_nghi" })))[0]
      .service_request_id as string;
    await db.updateTable("inbox_item").set({ publish: true }).where("code", "=", shown).execute();
    const ids = async (query: string) =>
      (await getJson(`/requests.json${query}`)).json.map(
        (r: { service_request_id: string }) => r.service_request_id,
      );
    const listed = await ids(`?jurisdiction_id=${commune.code}`);
    expect(listed).toContain(shown);
    expect(listed).not.toContain(hidden);
    expect(await ids(`?jurisdiction_id=${commune.code}&service_code=phan_anh`)).not.toContain(
      shown,
    );
    expect(await ids(`?jurisdiction_id=${commune.code}&status=closed`)).not.toContain(shown);
    expect(await ids(`?jurisdiction_id=${commune.code}&status=open`)).toContain(shown);
    expect(
      await ids(
        `?jurisdiction_id=${commune.code}&start_date=2020-01-01T00:00:00Z&end_date=2020-12-31T00:00:00Z`,
      ),
    ).toEqual([]);
    expect(await ids(`?service_request_id=${hidden}`)).toEqual([hidden]);
    const listXml = await get(`/requests.xml?jurisdiction_id=${commune.code}`);
    expect(listXml.body).toContain(`<service_request_id>${shown}</service_request_id>`);
    const bad = await getJson("/requests.json?status=done");
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual([
      { code: 400, description: "status: status phải là open, closed hoặc open,closed." },
    ]);
    expect((await getJson("/requests.json?start_date=hom-qua")).status).toBe(400);
    expect((await getJson("/requests.json?jurisdiction_id=KHONGCO")).status).toBe(404);
  });

  it("takes a complaint whose required fields come as attribute[…]; refuses a missing one with the law's rule", async () => {
    const complaint = {
      jurisdiction_id: commune.code,
      service_code: "khieu_nai",
      address_string: "Thửa đất số 12, thôn Đông",
      description: "Quyết định thu hồi đất ghi sai diện tích.",
      first_name: "Lê",
      last_name: "Thị Hoa",
      phone: "0911222333",
      "attribute[submitter_address]": "Thôn Đông",
      "attribute[submitted_on]": "2026-11-20",
      "attribute[respondent]": "Chủ tịch Ủy ban nhân dân xã",
      "attribute[respondent_address]": "Trụ sở Ủy ban nhân dân xã",
      "attribute[reasons]": "Diện tích trong quyết định lớn hơn thực tế.",
      "attribute[request]": "Sửa quyết định theo số đo thực tế.",
    };
    const res = await post(complaint);
    expect(res.status).toBe(201);
    const code = (await jsonOf(res))[0].service_request_id as string;
    expect(code).toMatch(/^KN-/);
    const item = await db
      .selectFrom("inbox_item")
      .select(["track", "details"])
      .where("code", "=", code)
      .executeTakeFirstOrThrow();
    expect(item.track).toBe("complaint");
    expect(item.details).toMatchObject({
      respondent: "Chủ tịch Ủy ban nhân dân xã",
      submittedOn: "2026-11-20",
    });
    const { "attribute[respondent]": _, first_name: __, last_name: ___, ...incomplete } = complaint;
    const refused = await post(incomplete);
    expect(refused.status).toBe(400);
    expect(await jsonOf(refused)).toEqual([
      {
        code: 400,
        description:
          "first_name, last_name: Đơn khiếu nại phải ghi họ và tên (T14, Luật Khiếu nại 2011 Điều 8.2).",
      },
      {
        code: 400,
        description:
          "attribute[respondent]: Đơn khiếu nại phải ghi tên cơ quan, tổ chức, cá nhân bị khiếu nại (T14, Luật Khiếu nại 2011 Điều 8.2).",
      },
    ]);
    const [request] = (await getJson(`/requests/${code}.json`)).json;
    expect(request.service_name).toBe("Khiếu nại");
  });

  it("a denunciation read by its code shows only its status, never what or who", async () => {
    const res = await post({
      jurisdiction_id: commune.code,
      service_code: "to_cao",
      address_string: "Trụ sở xã",
      description: "Cán bộ thu tiền đo đạc không có biên lai.",
      first_name: "Trần",
      last_name: "Văn Bình",
      email: "binh@example.vn",
      "attribute[submitter_address]": "Xóm Bến",
      "attribute[submitted_on]": "2026-11-21",
      "attribute[accused]": "Cán bộ địa chính xã",
    });
    expect(res.status).toBe(201);
    const code = (await jsonOf(res))[0].service_request_id as string;
    const [request] = (await getJson(`/requests/${code}.json`)).json;
    expect(request).toMatchObject({
      service_code: "to_cao",
      description: "Tố cáo: nội dung và người tố cáo được giữ bí mật.",
      address: null,
      lat: null,
      long: null,
    });
    expect(JSON.stringify(request)).not.toContain("biên lai");
  });

  it("JSON bodies, the XML variant, api_key and bearer tokens link the account", async () => {
    const json = await app.request(`${BASE}/requests.json`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...pothole(), lat: 21.03, long: 105.85, api_key: token }),
    });
    expect(json.status).toBe(201);
    expect((await jsonOf(json))[0].account_id).toBe(accountId);
    const bearer = await post(pothole(), "requests.json", { authorization: `Bearer ${token}` });
    expect((await jsonOf(bearer))[0].account_id).toBe(accountId);
    const xml = await post(pothole(), "requests.xml");
    expect(xml.status).toBe(201);
    expect(xml.headers.get("content-type")).toBe("text/xml; charset=utf-8");
    expect(await xml.text()).toMatch(
      /<service_requests><request><service_request_id>PA-\d{4}-[A-Z2-9]{8}<\/service_request_id><service_notice>Đã tiếp nhận\./,
    );
    const wrongKey = await post({ ...pothole(), api_key: "coso_khong_hop_le" });
    expect(wrongKey.status).toBe(403);
    expect(await jsonOf(wrongKey)).toEqual([
      { code: 403, description: "api_key: api_key không hợp lệ." },
    ]);
    // A key that is not ours (some clients always send one) is not in the way.
    expect((await post({ ...pothole(), api_key: "fixmystreet-123" })).status).toBe(201);
    const media = await post({ ...pothole(), media_url: "https://anh.example.vn/o-ga.jpg" });
    const mediaCode = (await jsonOf(media))[0].service_request_id as string;
    const stored = await db
      .selectFrom("inbox_item")
      .select("content")
      .where("code", "=", mediaCode)
      .executeTakeFirstOrThrow();
    expect(stored.content).toContain("Ảnh, tài liệu kèm theo: https://anh.example.vn/o-ga.jpg");
  });

  it("answers errors in Open311's format, in Vietnamese", async () => {
    const errorOf = async (res: Response) => ({ status: res.status, body: await jsonOf(res) });
    const { jurisdiction_id: _, ...noJurisdiction } = pothole();
    expect(await errorOf(await post(noJurisdiction))).toEqual({
      status: 400,
      body: [
        { code: 400, description: "jurisdiction_id: Thiếu mã đơn vị nhận (jurisdiction_id)." },
      ],
    });
    expect(await errorOf(await post({ ...pothole(), service_code: "" }))).toEqual({
      status: 400,
      body: [{ code: 400, description: "service_code: Thiếu loại yêu cầu (service_code)." }],
    });
    expect((await errorOf(await post({ ...pothole(), service_code: "ho_ga" }))).status).toBe(404);
    expect(await errorOf(await post({ ...pothole(), jurisdiction_id: "KHONGCO" }))).toEqual({
      status: 404,
      body: [{ code: 404, description: "jurisdiction_id: Không có đơn vị mang mã KHONGCO." }],
    });
    const { lat: __, long: ___, address_string: ____, ...nowhere } = pothole();
    expect(await errorOf(await post({ ...nowhere, description: "" }))).toEqual({
      status: 400,
      body: [
        { code: 400, description: "description: Thiếu nội dung (description)." },
        { code: 400, description: "lat, long: Cần vị trí: lat và long, hoặc address_string." },
      ],
    });
    expect((await errorOf(await post({ ...pothole(), lat: "chín mươi" }))).body).toEqual([
      { code: 400, description: "lat, long: lat, long phải là số độ hợp lệ (WGS84)." },
    ]);
    const xml = await post(noJurisdiction, "requests.xml");
    expect(await xml.text()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<errors><error><code>400</code><description>jurisdiction_id: Thiếu mã đơn vị nhận (jurisdiction_id).</description></error></errors>',
    );
    const missing = await getJson("/requests/PA-0000-AAAAAAAA.json");
    expect(missing).toMatchObject({
      status: 404,
      json: [{ code: 404, description: "service_request_id: Không có yêu cầu mang mã này." }],
    });
    expect((await getJson("/khong-co.json")).status).toBe(404);
  });

  it("no name, phone or e-mail appeared in any response read back", () => {
    expect(seen.length).toBeGreaterThan(15);
    for (const body of seen)
      for (const secret of [
        "Văn Lâm",
        "0966555444",
        "khach@example.vn",
        "Thị Hoa",
        "0911222333",
        "Văn Bình",
        "binh@example.vn",
        "Xóm Bến",
      ])
        expect(body).not.toContain(secret);
  });
});
