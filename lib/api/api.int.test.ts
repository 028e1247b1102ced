import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as getFeedback, POST as postFeedback } from "@/app/api/v1/feedback/route";
import { GET as getTouchpoints } from "@/app/api/v1/maps/[mapId]/touchpoints/route";
import { GET as getMaps } from "@/app/api/v1/maps/route";
import { getDb } from "@/db/client";
import { apiKeys, auditEvents, feedbackResponses } from "@/db/schema";
import { respondentKey } from "@/lib/evidence/respondent-key";
import { buildEvidenceMap, buildResponses } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { createApiKey, listApiKeys, revokeApiKey } from "./keys/manage-api-keys";

let f: TenantFixture;
let m: Awaited<ReturnType<typeof buildEvidenceMap>>;
let key: string;

async function newKey(access: "read" | "write" = "write", workspace = f.workspace.slug, userId = f.admin.id) {
  const result = await createApiKey(userId, { slug: workspace }, { name: "Survey tool", access });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}
const call = (handler: (r: Request, c: never) => Promise<Response>, path: string, init: RequestInit & { key?: string | null } = {}) => {
  const headers = new Headers(init.headers);
  const k = init.key === undefined ? key : init.key;
  if (k) headers.set("authorization", `Bearer ${k}`);
  if (init.body) headers.set("content-type", "application/json");
  return handler(new Request(`http://localhost${path}`, { ...init, headers }), {} as never);
};
const post = (body: unknown, k?: string | null) => call(postFeedback, "/api/v1/feedback", { method: "POST", body: JSON.stringify(body), key: k });
const stored = () => getDb().select().from(feedbackResponses).where(eq(feedbackResponses.workspaceId, f.workspace.id));

beforeEach(async () => {
  f = await buildTenantFixture();
  m = await buildEvidenceMap(f.workspace.id);
  key = (await newKey()).key;
});

describe("API keys", () => {
  it("are shown once, stored only as a sha256 hash, listed by prefix", async () => {
    const created = await newKey("read");
    expect(created.key).toMatch(/^jb_[A-Za-z0-9_-]{43}$/);
    const rows = await getDb().select().from(apiKeys).where(eq(apiKeys.id, created.keyId));
    expect(JSON.stringify(rows)).not.toContain(created.key.slice(3));
    expect(rows[0]!.keyHash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await listApiKeys({ workspaceId: f.workspace.id });
    expect(listed.find((k) => k.id === created.keyId)).toMatchObject({ prefix: created.key.slice(0, 11), access: "read" });
    expect(Object.keys(listed[0]!)).not.toContain("keyHash");
  });

  it("leave a trace in the audit log", async () => {
    const created = await newKey();
    await revokeApiKey(f.owner.id, { slug: f.workspace.slug }, { keyId: created.keyId });
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.workspaceId, f.workspace.id));
    expect(events.filter((e) => e.action.startsWith("api_key.")).map((e) => [e.action, e.details.name])).toEqual(
      expect.arrayContaining([
        ["api_key.created", "Survey tool"],
        ["api_key.revoked", "Survey tool"],
      ]),
    );
  });

  it("are managed by admins only", async () => {
    expect(await createApiKey(f.editor.id, { slug: f.workspace.slug }, { name: "x" })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    const created = await newKey();
    expect(await revokeApiKey(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, { keyId: created.keyId })).toMatchObject({ ok: false, error: "API_KEY_NOT_FOUND" });
  });

  it("a valid key reads its workspace and records its use", async () => {
    const res = await call(getMaps, "/api/v1/maps");
    expect(res.status).toBe(200);
    expect((await res.json()).data).toEqual([expect.objectContaining({ id: m.map.id, touchpoint_count: 2, archived: false })]);
    const [row] = await getDb().select().from(apiKeys).where(eq(apiKeys.keyHash, (await import("./keys/api-key-secret")).hashApiKey(key)));
    expect(row!.lastUsedAt).not.toBeNull();
  });

  it("missing, malformed, unknown and revoked keys get 401 JSON", async () => {
    const missing = await call(getMaps, "/api/v1/maps", { key: null });
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toContain("Bearer");
    expect(await missing.json()).toMatchObject({ error: { code: "API_KEY_MISSING", message: expect.stringContaining("Authorization") } });
    expect((await call(getMaps, "/api/v1/maps", { key: "not-a-key" })).status).toBe(401);
    expect((await call(getMaps, "/api/v1/maps", { key: `jb_${"A".repeat(43)}` })).status).toBe(401);
    const created = await newKey();
    expect((await call(getMaps, "/api/v1/maps", { key: created.key })).status).toBe(200);
    await revokeApiKey(f.owner.id, { slug: f.workspace.slug }, { keyId: created.keyId });
    const revoked = await call(getMaps, "/api/v1/maps", { key: created.key });
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toMatchObject({ error: { code: "API_KEY_INVALID" } });
  });

  it("a key over its rate gets 429 with Retry-After", async () => {
    const { API_RATE } = await import("./with-api-key");
    for (let i = 0; i < API_RATE.points; i++) expect((await call(getMaps, "/api/v1/maps")).status).toBe(200);
    const limited = await call(getMaps, "/api/v1/maps");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe(String(API_RATE.windowSeconds));
    expect((await limited.json()).error.code).toBe("RATE_LIMITED");
    // Another key of the same workspace has its own budget.
    expect((await call(getMaps, "/api/v1/maps", { key: (await newKey()).key })).status).toBe(200);
  }, 60_000);

  it("a read-only key cannot add feedback", async () => {
    const readOnly = await newKey("read");
    const res = await post({ touchpoint_id: m.touchpoint.id, csat: 5 }, readOnly.key);
    expect(res.status).toBe(403);
    expect(await stored()).toHaveLength(0);
  });

  it("a key sees only its own workspace", async () => {
    const foreign = await buildEvidenceMap(f.otherWorkspace.id);
    await buildResponses({ workspaceId: f.otherWorkspace.id, mapId: foreign.map.id, touchpointId: foreign.touchpoint.id }, [{ csat: 1 }]);
    expect((await (await call(getMaps, "/api/v1/maps")).json()).data.map((x: { id: string }) => x.id)).toEqual([m.map.id]);
    expect((await getTouchpoints(new Request(`http://localhost/api/v1/maps/${foreign.map.id}/touchpoints`, { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({ mapId: foreign.map.id }) })).status).toBe(404);
    const list = await (await call(getFeedback, `/api/v1/feedback?map_id=${foreign.map.id}`)).json();
    expect(list.data).toEqual([]);
    const res = await post({ touchpoint_id: foreign.touchpoint.id, csat: 5 });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { field: "touchpoint_id", code: "TOUCHPOINT_NOT_FOUND" } });
  });
});

describe("POST /api/v1/feedback", () => {
  it("stores one response, hashing the respondent and dropping the raw identifier", async () => {
    const res = await post({ touchpoint_id: m.touchpoint.id, csat: 4, nps: 9, ces: 6, comment: " Fine ", channel: "email", respondent: "Ann@Example.com", responded_at: "2026-05-17T14:30:00+02:00" });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ created: 1, ids: [expect.any(String)] });
    const [row] = await stored();
    expect(row).toMatchObject({ id: body.ids[0], mapId: m.map.id, csat: 4, nps: 9, ces: 6, comment: "Fine", channel: "email", source: "api", respondentKey: respondentKey("ann@example.com") });
    expect(row!.respondedAt.toISOString()).toBe("2026-05-17T12:30:00.000Z");
    expect(JSON.stringify(row).toLowerCase()).not.toContain("ann@example.com");
  });

  it("defaults the time to now and the channel to the touchpoint's", async () => {
    await post({ touchpoint_id: m.second.id, nps: 10 });
    const [row] = await stored();
    expect(row).toMatchObject({ channel: "store", csat: null });
    expect(Math.abs(row!.respondedAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  const BAD: Array<[string, Record<string, unknown>, string, string]> = [
    ["touchpoint id not a uuid", { touchpoint_id: "abc" }, "touchpoint_id", "INVALID_UUID"],
    ["touchpoint id missing", { touchpoint_id: undefined }, "touchpoint_id", "INVALID_UUID"],
    ["csat 0", { csat: 0 }, "csat", "INVALID_CSAT"],
    ["csat 6", { csat: 6 }, "csat", "INVALID_CSAT"],
    ["csat 4.5", { csat: 4.5 }, "csat", "INVALID_CSAT"],
    ["csat as text", { csat: "5" }, "csat", "INVALID_CSAT"],
    ["nps -1", { nps: -1 }, "nps", "INVALID_NPS"],
    ["nps 11", { nps: 11 }, "nps", "INVALID_NPS"],
    ["ces 0", { ces: 0 }, "ces", "INVALID_CES"],
    ["ces 8", { ces: 8 }, "ces", "INVALID_CES"],
    ["comment too long", { comment: "x".repeat(2001) }, "comment", "COMMENT_TOO_LONG"],
    ["comment not text", { comment: 12 }, "comment", "INVALID_TEXT"],
    ["respondent not text", { respondent: 12 }, "respondent", "INVALID_TEXT"],
    ["channel too long", { channel: "c".repeat(41) }, "channel", "INVALID_CHANNEL"],
    ["respondent too long", { respondent: `${"r".repeat(320)}@x` }, "respondent", "INVALID_RESPONDENT"],
    ["time not a date", { responded_at: "yesterday" }, "responded_at", "INVALID_DATE"],
    ["time without offset", { responded_at: "2026-05-17T10:00:00" }, "responded_at", "INVALID_DATE"],
    ["time in the future", { responded_at: "2999-01-01T00:00:00Z" }, "responded_at", "DATE_IN_FUTURE"],
    ["time before 2000", { responded_at: "1999-12-31T00:00:00Z" }, "responded_at", "INVALID_DATE"],
    ["unknown field", { NPS: 5 }, "NPS", "UNKNOWN_FIELD"],
  ];
  for (const [name, patch, field, code] of BAD) {
    it(`names the field: ${name}`, async () => {
      const res = await post({ touchpoint_id: m.touchpoint.id, csat: 5, ...patch });
      expect(res.status).toBe(422);
      const body = await res.json();
      expect(body.error.field).toBe(field);
      expect(body.error.fields[field]).toEqual([code]);
      expect(body.error.message).toMatch(new RegExp(`^${field}: .+`));
      expect(await stored()).toHaveLength(0);
    });
  }

  it("needs at least one answer", async () => {
    const res = await post({ touchpoint_id: m.touchpoint.id, comment: "   " });
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatchObject({ message: expect.stringContaining("at least one") });
  });

  it("refuses a touchpoint removed from its map", async () => {
    const res = await post({ touchpoint_id: m.removed.id, csat: 3 });
    expect(res.status).toBe(422);
    expect((await res.json()).error.field).toBe("touchpoint_id");
  });

  it("refuses bodies that are not JSON objects", async () => {
    const notJson = await call(postFeedback, "/api/v1/feedback", { method: "POST", body: "{csat: 5" });
    expect(notJson.status).toBe(422);
    expect((await notJson.json()).error.code).toBe("INVALID_JSON");
    expect((await post([{ touchpoint_id: m.touchpoint.id, csat: 5 }])).status).toBe(422);
  });

  it("answers a __proto__ or constructor key with 422, not 500", async () => {
    for (const body of [
      `{"touchpoint_id":"${m.touchpoint.id}","csat":5,"__proto__":{"admin":true}}`,
      `{"responses":[{"touchpoint_id":"${m.touchpoint.id}","csat":5,"constructor":{"prototype":{}}}]}`,
    ]) {
      const res = await call(postFeedback, "/api/v1/feedback", { method: "POST", body });
      expect(res.status).toBe(422);
      expect((await res.json()).error.code).toBe("FORBIDDEN_KEY");
    }
  });

  it("stores a batch all together", async () => {
    const responses = Array.from({ length: 1000 }, (_, i) => ({ touchpoint_id: i % 2 ? m.touchpoint.id : m.second.id, nps: i % 11 }));
    const res = await post({ responses });
    expect(res.status).toBe(201);
    expect((await res.json()).created).toBe(1000);
    expect(await stored()).toHaveLength(1000);
  });

  it("refuses a batch of 1,001", async () => {
    const responses = Array.from({ length: 1001 }, () => ({ touchpoint_id: m.touchpoint.id, nps: 5 }));
    const res = await post({ responses });
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatchObject({ field: "responses", code: "BATCH_TOO_LARGE" });
    expect(await stored()).toHaveLength(0);
  });

  it("refuses an empty batch", async () => {
    expect((await (await post({ responses: [] })).json()).error.field).toBe("responses");
  });

  it("stores nothing when one item of a batch is bad, and names every bad item", async () => {
    const foreign = await buildEvidenceMap(f.otherWorkspace.id);
    const responses = Array.from({ length: 20 }, () => ({ touchpoint_id: m.touchpoint.id, nps: 8 }));
    responses[12] = { touchpoint_id: m.touchpoint.id, nps: 11 };
    const res = await post({ responses });
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatchObject({ field: "responses.12.nps", fields: { "responses.12.nps": ["INVALID_NPS"] } });
    responses[12] = { touchpoint_id: foreign.touchpoint.id, nps: 8 };
    responses[15] = { touchpoint_id: m.removed.id, nps: 8 };
    const second = await (await post({ responses })).json();
    expect(second.error.fields).toEqual({ "responses.12.touchpoint_id": ["TOUCHPOINT_NOT_FOUND"], "responses.15.touchpoint_id": ["TOUCHPOINT_NOT_FOUND"] });
    expect(await stored()).toHaveLength(0);
  });
});

describe("GET /api/v1/feedback", () => {
  it("pages through every response once, newest first, even with equal times", async () => {
    const base = { workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: m.touchpoint.id };
    const same = new Date("2026-03-01T10:00:00Z");
    await buildResponses(base, Array.from({ length: 25 }, (_, i) => ({ csat: 1 + (i % 5), respondedAt: i < 10 ? same : new Date(Date.UTC(2026, 2, 2, 0, i)) })));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: Response = await call(getFeedback, `/api/v1/feedback?limit=10${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status).toBe(200);
      const body = await res.json();
      seen.push(...body.data.map((r: { id: string }) => r.id));
      cursor = body.next_cursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(25);
    const all = await (await call(getFeedback, "/api/v1/feedback?limit=200")).json();
    expect(all.data.map((r: { id: string }) => r.id)).toEqual(seen);
    expect(all.data[0].responded_at).toBe("2026-03-02T00:24:00.000Z");
  });

  it("returns the answer to a form's follow-up question", async () => {
    await buildResponses({ workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: m.touchpoint.id }, [
      { csat: 2, followUp: "Say the delivery costs up front", respondedAt: new Date("2026-04-10T00:00:00Z") },
      { csat: 5, respondedAt: new Date("2026-04-09T00:00:00Z") },
    ]);
    const body = await (await call(getFeedback, `/api/v1/feedback?since=2026-04-01T00:00:00Z`)).json();
    expect(body.data.map((r: { follow_up: string | null }) => r.follow_up)).toEqual(["Say the delivery costs up front", null]);
  });

  it("filters by touchpoint, map and time window", async () => {
    await buildResponses({ workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: m.touchpoint.id }, [
      { csat: 5, respondedAt: new Date("2026-01-10T00:00:00Z") },
      { csat: 4, respondedAt: new Date("2026-02-10T00:00:00Z") },
    ]);
    await buildResponses({ workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: m.second.id }, [{ csat: 1, respondedAt: new Date("2026-02-11T00:00:00Z") }]);
    const q = async (query: string) => (await (await call(getFeedback, `/api/v1/feedback?${query}`)).json()).data.map((r: { csat: number }) => r.csat);
    expect(await q(`touchpoint_id=${m.touchpoint.id}`)).toEqual([4, 5]);
    expect(await q(`map_id=${m.map.id}`)).toEqual([1, 4, 5]);
    expect(await q("since=2026-02-01T00:00:00Z")).toEqual([1, 4]);
    expect(await q("since=2026-02-01T00:00:00Z&until=2026-02-11T00:00:00Z")).toEqual([4]);
  });

  it("names bad query parameters", async () => {
    for (const [query, field] of [
      ["limit=201", "limit"],
      ["limit=0", "limit"],
      ["limit=ten", "limit"],
      ["since=today", "since"],
      ["touchpoint_id=x", "touchpoint_id"],
      ["cursor=bm9wZQ", "cursor"],
    ]) {
      const res = await call(getFeedback, `/api/v1/feedback?${query}`);
      expect(res.status, query).toBe(422);
      expect((await res.json()).error.field).toBe(field);
    }
  });
});

describe("GET /api/v1/maps/{id}/touchpoints", () => {
  it("lists the map's live touchpoints with their phase", async () => {
    const res = await getTouchpoints(new Request(`http://localhost/api/v1/maps/${m.map.id}/touchpoints`, { headers: { authorization: `Bearer ${key}` } }), {
      params: Promise.resolve({ mapId: m.map.id }),
    });
    const body = await res.json();
    expect(body.data).toEqual([
      { id: m.touchpoint.id, name: "Website", channel: "web", phase_id: m.phase.id, phase_name: "Awareness", step_id: null },
      { id: m.second.id, name: "Store visit", channel: "store", phase_id: m.phase.id, phase_name: "Awareness", step_id: null },
    ]);
  });
  it("is 404 for an unknown id", async () => {
    const res = await getTouchpoints(new Request("http://localhost/api/v1/maps/x/touchpoints", { headers: { authorization: `Bearer ${key}` } }), {
      params: Promise.resolve({ mapId: "x" }),
    });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("MAP_NOT_FOUND");
  });
});
