import type { OpenApiDocument } from "./openapi";

/**
 * The API reference page's reading of the OpenAPI document: one entry per operation with
 * its parameters, body fields and answers in words a reader scans, and a curl example.
 */
type JsonSchema = {
  type?: string | string[];
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  $ref?: string;
  default?: unknown;
  description?: string;
};

export type ReferenceField = { name: string; where: string; required: boolean; type: string; description?: string };
export type ReferenceOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  fields: ReferenceField[];
  responses: Array<{ status: string; description: string }>;
  curl: string;
};

/** "integer 0–10 or null", "string ≤ 320", "uuid", "date-time": a schema in a few words. */
export function describeSchema(schema: JsonSchema | undefined): string {
  if (!schema) return "";
  if (schema.anyOf) {
    const kinds = schema.anyOf.filter((s) => s.type !== "null").map(describeSchema);
    return schema.anyOf.some((s) => s.type === "null") ? `${kinds.join(" | ")} or null` : kinds.join(" | ");
  }
  if (schema.format === "uuid") return "uuid";
  if (schema.format === "date-time") return "date-time (ISO 8601 with offset)";
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
  if ((type === "integer" || type === "number") && schema.minimum !== undefined && schema.maximum !== undefined && schema.maximum < 1e9) {
    return `${type} ${schema.minimum}–${schema.maximum}`;
  }
  if (type === "string" && schema.maxLength !== undefined) return `string ≤ ${schema.maxLength}`;
  if (type === "array" && schema.items) return `array of ${describeSchema(schema.items)}`;
  return type;
}

function curlFor(doc: OpenApiDocument, method: string, path: string): string {
  const base = `${doc.servers[0]!.url}${path.replace("{mapId}", "$MAP")}`;
  if (method === "get") return `curl -s -H "Authorization: Bearer $KEY" "${base}"`;
  return [
    `curl -s -X POST "${base}" \\`,
    `  -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \\`,
    `  -H "Idempotency-Key: $(uuidgen)" \\`,
    `  -d '{"touchpoint_id":"'"$TOUCHPOINT"'","csat":4,"nps":9,"comment":"Quick delivery"}'`,
  ].join("\n");
}

export function readReference(doc: OpenApiDocument): ReferenceOperation[] {
  const operations: ReferenceOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      const op = raw as {
        operationId: string;
        summary: string;
        description?: string;
        parameters?: Array<{ name: string; in: string; required?: boolean; description?: string; schema: JsonSchema }>;
        requestBody?: { content: Record<string, { schema: { oneOf?: Array<{ $ref: string }> } }> };
        responses: Record<string, { description?: string; $ref?: string }>;
      };
      const fields: ReferenceField[] = (op.parameters ?? []).map((p) => ({
        name: p.name,
        where: p.in,
        required: p.required ?? false,
        type: describeSchema(p.schema),
        description: p.description,
      }));
      const bodyRef = op.requestBody?.content["application/json"]?.schema.oneOf?.[0]?.$ref;
      const body = bodyRef ? (doc.components.schemas[bodyRef.split("/").pop()!] as JsonSchema) : undefined;
      for (const [name, schema] of Object.entries(body?.properties ?? {})) {
        fields.push({ name, where: "body", required: body?.required?.includes(name) ?? false, type: describeSchema(schema), description: schema.description });
      }
      const responses = Object.entries(op.responses).map(([status, r]) => ({
        status,
        description: r.description ?? (doc.components.responses as Record<string, { description: string }>)[r.$ref?.split("/").pop() ?? ""]?.description ?? "",
      }));
      operations.push({ id: op.operationId, method: method.toUpperCase(), path, summary: op.summary, description: op.description, fields, responses, curl: curlFor(doc, method, path) });
    }
  }
  return operations;
}
