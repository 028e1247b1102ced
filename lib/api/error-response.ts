import "server-only";
import { isAppError } from "@/lib/errors/app-error";
import { API_ERROR_MESSAGES, STATUS_MESSAGES } from "./error-messages";
import { logger } from "@/lib/observability/logger";

export type ApiErrorBody = { error: { code: string; message: string; field?: string; fields?: Record<string, string[]> } };

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { ...NO_STORE, ...init.headers } });
}

function sentence(key: string | undefined, status: number): string {
  return (key && API_ERROR_MESSAGES[key]) || STATUS_MESSAGES[status] || STATUS_MESSAGES[500]!;
}

/**
 * The one JSON error shape of the API and the evidence routes:
 * `{ error: { code, message, field?, fields? } }`. `field` names the first offending
 * field (e.g. "responses.12.nps") and `message` says what is wrong with it; `fields`
 * lists every offending field with its error keys. Unexpected errors are logged and
 * answered with a bare 500, never with their details.
 */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    const entries = Object.entries(error.fieldErrors ?? {});
    const [first] = entries;
    const field = first && first[0] !== "_form" ? first[0] : undefined;
    const key = first?.[1][0] ?? error.messageKey;
    const body: ApiErrorBody = {
      error: {
        code: error.messageKey,
        message: field ? `${field}: ${sentence(key, error.status)}` : sentence(key ?? error.messageKey, error.status),
        ...(field ? { field } : {}),
        ...(entries.length ? { fields: error.fieldErrors } : {}),
      },
    };
    const headers: Record<string, string> = error.code === "UNAUTHORIZED" ? { "WWW-Authenticate": 'Bearer realm="journeyboard"' } : {};
    return jsonResponse(body, { status: error.status, headers });
  }
  logger.error({ err: error }, "api request failed");
  return jsonResponse({ error: { code: "UNEXPECTED", message: sentence("UNEXPECTED", 500) } }, { status: 500 });
}
