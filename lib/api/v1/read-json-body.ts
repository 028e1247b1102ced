import "server-only";
import { AppError } from "@/lib/errors/app-error";

/** 1,000 responses with 2,000-character comments fit; anything larger is refused unread. */
export const MAX_JSON_BODY_BYTES = 10 * 1024 * 1024;

/** The request's JSON body, refusing bodies over the limit and text that is not JSON. */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("INVALID_INPUT", "BODY_TOO_LARGE");
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > maxBytes) throw new AppError("INVALID_INPUT", "BODY_TOO_LARGE");
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw new AppError("INVALID_INPUT", "INVALID_JSON");
  }
  if (hasPrototypeKey(body)) throw new AppError("INVALID_INPUT", "FORBIDDEN_KEY");
  return body;
}

const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Keys that reach an object's prototype when code copies the body (`{ ...body }`,
 * `Object.assign`) are never legitimate field names here: refused as bad input.
 */
export function hasPrototypeKey(value: unknown, depth = 0): boolean {
  if (depth > 64 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((item) => hasPrototypeKey(item, depth + 1));
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key)) return true;
    if (hasPrototypeKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}
