import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { errorResponse, jsonResponse } from "./error-response";
import { readJsonBody } from "./v1/read-json-body";

/**
 * For the app's own JSON routes (signed-in users, not API keys): refuses a state change
 * from another origin, runs `work`, answers its result as JSON or its AppError in the
 * API's error shape.
 */
export async function respondJson(request: Request, work: () => Promise<unknown>, status = 200): Promise<Response> {
  try {
    assertSameOrigin(request);
    return jsonResponse(await work(), { status });
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * A JSON body for a cookie-authenticated route. Requiring the JSON content type means
 * a cross-site HTML form (which cannot send it without a CORS preflight) cannot post here.
 */
export async function readSessionJson(request: Request, maxBytes?: number): Promise<unknown> {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) throw new AppError("INVALID_INPUT", "INVALID_JSON");
  return readJsonBody(request, maxBytes);
}
