import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { Permission } from "@/lib/permissions/roles";
import { getLimiter, tryConsume } from "@/lib/rate-limit/limiter";
import { errorResponse, jsonResponse } from "./error-response";
import { resolveApiKey, type ApiKeyContext } from "./keys/resolve-api-key";

/** What a key may do: every key reads; write keys also add feedback. */
const ACCESS_PERMISSIONS: Record<ApiKeyContext["access"], readonly Permission[]> = {
  read: ["maps.read", "evidence.read"],
  write: ["maps.read", "evidence.read", "evidence.write"],
};

/** Requests per key per minute, across processes when Redis is configured. */
export const API_RATE = { points: 600, windowSeconds: 60 } as const;

export type ApiHandler<C> = (api: ApiKeyContext, request: Request, routeContext: C) => Promise<Response | unknown>;

/**
 * Wraps a `/api/v1` route: the bearer key decides the workspace (never anything in the
 * request), then the key's access, then its rate. Handlers return a Response or a
 * JSON-able body; AppErrors become `{ error: { code, message, field? } }` with their
 * status (401/403/404/409/422/429), anything else a logged 500.
 */
export function withApiKey<C = unknown>(handler: ApiHandler<C>, options: { permission: Permission }) {
  return async (request: Request, routeContext: C): Promise<Response> => {
    try {
      const api = await resolveApiKey(request.headers.get("authorization"));
      if (!ACCESS_PERMISSIONS[api.access].includes(options.permission)) throw new AppError("FORBIDDEN", "API_KEY_READ_ONLY");
      if (!(await tryConsume(getLimiter("api-key", API_RATE.points, API_RATE.windowSeconds), api.keyId))) {
        return withHeaders(errorResponse(new AppError("RATE_LIMITED")), { "Retry-After": String(API_RATE.windowSeconds) });
      }
      const result = await handler(api, request, routeContext);
      return result instanceof Response ? result : jsonResponse(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}
