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
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("INVALID_INPUT", "INVALID_JSON");
  }
}
