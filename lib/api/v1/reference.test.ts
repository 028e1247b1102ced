import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";
import { describeSchema, readReference } from "./reference";

describe("the API reference", () => {
  it("puts schemas in a few words", () => {
    expect(describeSchema({ anyOf: [{ type: "integer", minimum: 0, maximum: 10 }, { type: "null" }] })).toBe("integer 0–10 or null");
    expect(describeSchema({ type: "string", format: "uuid" })).toBe("uuid");
    expect(describeSchema({ type: "string", maxLength: 320 })).toBe("string ≤ 320");
  });

  it("lists every operation of the description with its fields, answers and a curl line", () => {
    const ops = readReference(buildOpenApiDocument("https://jb.example"));
    expect(ops.map((o) => `${o.method} ${o.path}`)).toEqual(["GET /maps", "GET /maps/{mapId}/touchpoints", "GET /feedback", "POST /feedback"]);
    const post = ops.find((o) => o.id === "createFeedback")!;
    expect(post.fields.find((f) => f.name === "touchpoint_id")).toMatchObject({ where: "body", required: true, type: "uuid" });
    expect(post.fields.find((f) => f.name === "Idempotency-Key")).toMatchObject({ where: "header", required: false });
    expect(post.responses.map((r) => r.status)).toEqual(["201", "401", "403", "409", "422", "429"]);
    expect(post.curl).toContain("https://jb.example/api/v1/feedback");
    expect(ops[0]!.curl).toBe('curl -s -H "Authorization: Bearer $KEY" "https://jb.example/api/v1/maps"');
  });
});
