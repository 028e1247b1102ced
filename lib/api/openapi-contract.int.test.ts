import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as unknownPost, GET as unknownRoute } from "@/app/api/[...unknown]/route";
import { GET as getFeedback, POST as postFeedback } from "@/app/api/v1/feedback/route";
import { GET as getTouchpoints } from "@/app/api/v1/maps/[mapId]/touchpoints/route";
import { GET as getMaps } from "@/app/api/v1/maps/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { getDb } from "@/db/client";
import { apiIdempotencyKeys, feedbackResponses } from "@/db/schema";
import { buildEvidenceMap } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { createApiKey } from "./keys/manage-api-keys";
import { pruneIdempotencyKeys } from "./v1/idempotency";
import type { OpenApiDocument } from "./v1/openapi";

/**
 * The contract: real answers of /api/v1 (from the route handlers, on a real database)
 * validate against the OpenAPI description the app serves, status by status.
 */
let doc: OpenApiDocument;
let ajv: Ajv2020;
let f: TenantFixture;
let m: Awaited<ReturnType<typeof buildEvidenceMap>>;
let key: string;

const call = (handler: (r: Request, c: never) => Promise<Response>, path: string, init: RequestInit & { key?: string | null; params?: object } = {}) => {
  const headers = new Headers(init.headers);
  const k = init.key === undefined ? key : init.key;
  if (k) headers.set("authorization", `Bearer ${k}`);
  if (init.body) headers.set("content-type", "application/json");
  return handler(new Request(`http://localhost${path}`, { ...init, headers }), { params: Promise.resolve(init.params ?? {}) } as never);
};

/** Validates a response body against the description's schema for that path, method and status. */
async function expectConforms(res: Response, path: keyof OpenApiDocument["paths"], method: string) {
  const operation = (doc.paths[path] as Record<string, { responses: Record<string, { $ref?: string; content?: Record<string, { schema: object }> }> }>)[method]!;
  const declared = operation.responses[String(res.status)];
  expect(declared, `status ${res.status} of ${method.toUpperCase()} ${path} is described`).toBeDefined();
  const response = declared!.$ref ? (doc.components.responses as Record<string, { content: Record<string, { schema: object }> }>)[declared!.$ref.split("/").pop()!]! : declared!;
  const schema = response.content!["application/json"]!.schema;
  const validate = ajv.compile({ ...schema, $defs: undefined, components: doc.components, $id: `urn:x:${Math.random()}` });
  const body = await res.json();
  const ok = validate(body);
  expect(ok, JSON.stringify(validate.errors)).toBe(true);
  return body;
}

beforeAll(async () => {
  doc = (await (await getOpenApi()).json()) as OpenApiDocument;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  // Refs point into the document; register it whole so "#/components/..." resolves.
  ajv.addSchema({ $id: "openapi", components: doc.components }, "openapi");
});

beforeEach(async () => {
  f = await buildTenantFixture();
  m = await buildEvidenceMap(f.workspace.id);
  const created = await createApiKey(f.admin.id, { slug: f.workspace.slug }, { name: "Contract", access: "write" });
  if (!created.ok) throw new Error("no key");
  key = created.data.key;
});

describe("the OpenAPI description", () => {
  it("is OpenAPI 3.1, generated from the request schemas", () => {
    expect(doc.openapi).toBe("3.1.0");
    const input = doc.components.schemas.FeedbackInput as { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
    expect(Object.keys(input.properties).sort()).toEqual(["ces", "channel", "comment", "csat", "nps", "responded_at", "respondent", "touchpoint_id"]);
    expect(input.required).toEqual(["touchpoint_id"]);
    expect(input.additionalProperties).toBe(false);
    expect(doc.paths["/feedback"].get.parameters.map((p) => p.name)).toEqual(["touchpoint_id", "map_id", "since", "until", "limit", "cursor"]);
  });

  it("describes what the routes answer, successes and errors alike", async () => {
    const created = await call(postFeedback, "/api/v1/feedback", {
      method: "POST",
      body: JSON.stringify({ responses: [{ touchpoint_id: m.touchpoint.id, csat: 4, comment: "Fine" }, { touchpoint_id: m.second.id, nps: 9 }] }),
    });
    expect(created.status).toBe(201);
    await expectConforms(created, "/feedback", "post");
    await expectConforms(await call(getMaps, "/api/v1/maps"), "/maps", "get");
    await expectConforms(await call(getTouchpoints, `/api/v1/maps/${m.map.id}/touchpoints`, { params: { mapId: m.map.id } }), "/maps/{mapId}/touchpoints", "get");
    const page = await expectConforms(await call(getFeedback, "/api/v1/feedback?limit=1"), "/feedback", "get");
    expect(page.next_cursor).toEqual(expect.any(String));
    // Errors: 401, 404, 422, all in the one shape.
    await expectConforms(await call(getMaps, "/api/v1/maps", { key: null }), "/maps", "get");
    await expectConforms(await call(getTouchpoints, `/api/v1/maps/${f.otherWorkspace.id}/touchpoints`, { params: { mapId: f.otherWorkspace.id } }), "/maps/{mapId}/touchpoints", "get");
    await expectConforms(await call(postFeedback, "/api/v1/feedback", { method: "POST", body: JSON.stringify({ touchpoint_id: m.touchpoint.id, NPS: 3 }) }), "/feedback", "post");
    await expectConforms(await call(getFeedback, "/api/v1/feedback?limit=0"), "/feedback", "get");
  });

  it("unknown API routes answer a JSON 404 in the same error shape", async () => {
    for (const res of [await unknownRoute(), await unknownPost()]) {
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/json");
      const body = await res.json();
      expect(body.error.code).toBe("ROUTE_NOT_FOUND");
      expect(ajv.validate({ $ref: "openapi#/components/schemas/Error" }, body)).toBe(true);
    }
  });
});

describe("Idempotency-Key on POST /api/v1/feedback", () => {
  const send = (body: unknown, idempotencyKey?: string) =>
    call(postFeedback, "/api/v1/feedback", { method: "POST", body: JSON.stringify(body), headers: idempotencyKey ? { "idempotency-key": idempotencyKey } : {} });
  const storedCount = async () => (await getDb().select().from(feedbackResponses).where(eq(feedbackResponses.workspaceId, f.workspace.id))).length;

  it("stores a retried batch once and answers the retry with the first answer", async () => {
    const batch = { responses: [{ touchpoint_id: m.touchpoint.id, csat: 5 }, { touchpoint_id: m.touchpoint.id, csat: 2 }] };
    const first = await send(batch, "retry-7f3a");
    const firstBody = await first.json();
    const again = await send(batch, "retry-7f3a");
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(firstBody);
    expect(await storedCount()).toBe(2);
    // Without a key, the same body is a new request.
    await send(batch);
    expect(await storedCount()).toBe(4);
  });

  it("races of the same key store once; the same key with another body is refused; a failed request leaves the key free", async () => {
    const body = { touchpoint_id: m.touchpoint.id, nps: 8 };
    const answers = await Promise.all([send(body, "race-1"), send(body, "race-1"), send(body, "race-1")]);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    const ids = await Promise.all(answers.map(async (a) => (await a.json()).ids[0]));
    expect(new Set(ids).size).toBe(1);
    expect(await storedCount()).toBe(1);

    const reused = await send({ touchpoint_id: m.touchpoint.id, nps: 2 }, "race-1");
    expect(reused.status).toBe(422);
    expect((await reused.json()).error.code).toBe("IDEMPOTENCY_KEY_REUSED");

    const refused = await send({ touchpoint_id: m.removed.id, nps: 2 }, "fails-first");
    expect(refused.status).toBe(422);
    const fixed = await send({ touchpoint_id: m.touchpoint.id, nps: 2 }, "fails-first");
    expect(fixed.status).toBe(201);
    expect(fixed.headers.get("idempotent-replayed")).toBeNull();
    expect((await send(body, "bad key with spaces")).status).toBe(422);
  });

  it("keys are another workspace's own, and expire after a day", async () => {
    const body = { touchpoint_id: m.touchpoint.id, ces: 6 };
    await send(body, "shared-name");
    const other = await buildEvidenceMap(f.otherWorkspace.id);
    const otherKey = await createApiKey(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, { name: "Other", access: "write" });
    if (!otherKey.ok) throw new Error("no key");
    const theirs = await call(postFeedback, "/api/v1/feedback", {
      method: "POST",
      key: otherKey.data.key,
      body: JSON.stringify({ touchpoint_id: other.touchpoint.id, ces: 6 }),
      headers: { "idempotency-key": "shared-name" },
    });
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();

    await getDb()
      .update(apiIdempotencyKeys)
      .set({ createdAt: new Date(Date.now() - 25 * 3600 * 1000) })
      .where(and(eq(apiIdempotencyKeys.workspaceId, f.workspace.id), eq(apiIdempotencyKeys.key, "shared-name")));
    const later = await send(body, "shared-name");
    expect(later.headers.get("idempotent-replayed")).toBeNull();
    expect(await storedCount()).toBe(2);
    await getDb()
      .update(apiIdempotencyKeys)
      .set({ createdAt: new Date(Date.now() - 25 * 3600 * 1000) })
      .where(eq(apiIdempotencyKeys.workspaceId, f.workspace.id));
    expect(await pruneIdempotencyKeys()).toBeGreaterThanOrEqual(1);
  });
});
