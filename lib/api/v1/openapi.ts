import { z } from "zod";
import { ZApiFeedbackBatch, ZApiFeedbackItem } from "@/lib/evidence/feedback/schemas";
import { FEEDBACK_BATCH_MAX } from "@/lib/evidence/limits";
import { API_RATE } from "../with-api-key";
import { ZListFeedbackQuery } from "./list-feedback";
import { IDEMPOTENCY_KEY_MAX, IDEMPOTENCY_TTL_HOURS } from "./idempotency";
import {
  ZApiCreated,
  ZApiError,
  ZApiFeedback,
  ZApiFeedbackPage,
  ZApiMap,
  ZApiMapList,
  ZApiTouchpoint,
  ZApiTouchpointList,
} from "./response-schemas";

type JsonSchema = Record<string, unknown>;

/** A request schema as JSON Schema: what a client may send (the schema's input side). */
function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  return rest;
}

/** The query parameters of an object schema, one OpenAPI parameter per key. */
function queryParameters(schema: z.ZodObject, descriptions: Record<string, string>) {
  const json = inputSchema(schema) as { properties: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties).map(([name, property]) => ({
    name,
    in: "query",
    required: false,
    description: descriptions[name],
    // Query values arrive as text; the server reads them as the schema's types.
    schema: property,
  }));
}

const json = (ref: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } });
const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/${status}` }]));

const ERROR_DESCRIPTIONS: Record<number, string> = {
  401: "No, malformed, unknown or revoked key",
  403: "A read-only key used to write",
  404: "Not in the key's workspace (or no such route)",
  409: "A request with the same Idempotency-Key is still being handled",
  422: "Invalid body or query, unknown fields, or a touchpoint that is not a live touchpoint of the workspace",
  429: `More than ${API_RATE.points} requests a minute for this key; see Retry-After`,
};

/**
 * The OpenAPI 3.1 description of `/api/v1`, built from the zod schemas that validate the
 * requests and type the answers — so it says what the code does. Served at
 * `/api/v1/openapi.json` and rendered as the API reference page in the app.
 */
export function buildOpenApiDocument(serverUrl: string) {
  const schemas: Record<string, JsonSchema> = {};
  const registry = z.registry<{ id: string }>();
  for (const schema of [ZApiError, ZApiMap, ZApiMapList, ZApiTouchpoint, ZApiTouchpointList, ZApiFeedback, ZApiFeedbackPage, ZApiCreated]) {
    const id = (schema.meta() as { id: string }).id;
    registry.add(schema, { id });
  }
  const output = z.toJSONSchema(registry, { io: "output", uri: (id) => `#/components/schemas/${id}`, target: "draft-2020-12" }) as {
    schemas: Record<string, JsonSchema>;
  };
  for (const [id, schema] of Object.entries(output.schemas)) {
    const { $schema: _drop, $id: _ref, id: _id, ...rest } = schema;
    schemas[id] = rest;
  }
  schemas.FeedbackInput = { ...inputSchema(ZApiFeedbackItem), description: "One response; at least one of csat, nps, ces or comment" };
  schemas.FeedbackBatchInput = {
    ...inputSchema(ZApiFeedbackBatch),
    description: `Up to ${FEEDBACK_BATCH_MAX} responses, stored all together or not at all`,
  };

  return {
    openapi: "3.1.0",
    info: {
      title: "Journeyboard API",
      version: "1",
      description:
        "Send customer feedback to a workspace and read its maps. Every request carries a workspace API key " +
        "(Settings → API keys) as `Authorization: Bearer jb_…`; the key decides the workspace, so ids of " +
        "another workspace are simply not found. Errors share one JSON shape (`Error`).",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ apiKey: [] }],
    paths: {
      "/maps": {
        get: {
          operationId: "listMaps",
          summary: "List the workspace's maps",
          responses: { "200": { description: "The maps, by name", content: json("MapList") }, ...errorResponses(401, 429) },
        },
      },
      "/maps/{mapId}/touchpoints": {
        get: {
          operationId: "listMapTouchpoints",
          summary: "List a map's touchpoints",
          description: "Touchpoints removed from the map are left out. Their `id` is what feedback refers to.",
          parameters: [{ name: "mapId", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
          responses: { "200": { description: "The map's touchpoints, in map order", content: json("TouchpointList") }, ...errorResponses(401, 404, 429) },
        },
      },
      "/feedback": {
        get: {
          operationId: "listFeedback",
          summary: "List responses, newest first",
          parameters: queryParameters(ZListFeedbackQuery, {
            touchpoint_id: "Only this touchpoint's responses",
            map_id: "Only this map's responses",
            since: "From this time (inclusive), ISO 8601 with offset",
            until: "Before this time (exclusive), ISO 8601 with offset",
            limit: "Responses per page (1–200, default 50)",
            cursor: "The previous page's next_cursor",
          }),
          responses: { "200": { description: "A page of responses", content: json("FeedbackPage") }, ...errorResponses(401, 422, 429) },
        },
        post: {
          operationId: "createFeedback",
          summary: "Add one response, or a batch",
          description:
            "One bad item refuses the whole request, and every bad item is named (`responses.12.nps`). " +
            "`respondent` is never stored: it is replaced by a keyed hash (`respondent_key`). " +
            `With an \`Idempotency-Key\`, a retried request is answered from the first one (for ${IDEMPOTENCY_TTL_HOURS} hours) and stored once.`,
          parameters: [
            {
              name: "Idempotency-Key",
              in: "header",
              required: false,
              description: `Any unique string up to ${IDEMPOTENCY_KEY_MAX} characters (a UUID, say). The same key with a different body is refused with 422.`,
              schema: { type: "string", minLength: 1, maxLength: IDEMPOTENCY_KEY_MAX },
            },
          ],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { oneOf: [{ $ref: "#/components/schemas/FeedbackInput" }, { $ref: "#/components/schemas/FeedbackBatchInput" }] },
              },
            },
          },
          responses: {
            "201": {
              description: "Stored; the new ids in the order sent",
              headers: { "Idempotent-Replayed": { description: "true when this answer repeats an earlier request's", schema: { type: "string" } } },
              content: json("FeedbackCreated"),
            },
            ...errorResponses(401, 403, 409, 422, 429),
          },
        },
      },
    },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "A workspace API key, jb_ + 43 characters" } },
      schemas,
      responses: Object.fromEntries(
        Object.entries(ERROR_DESCRIPTIONS).map(([status, description]) => [status, { description, content: json("Error") }]),
      ),
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
