import "server-only";
import { NextResponse } from "next/server";
import { isAppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/observability/logger";

/**
 * Wraps a route handler so domain errors become JSON with their status (AppError code →
 * 401/403/404/409/422/429) and anything unexpected is logged and answered with a bare 500.
 */
export function jsonRoute<C>(handler: (request: Request, context: C) => Promise<unknown>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const body = await handler(request, context);
      return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      if (isAppError(error)) {
        return NextResponse.json({ error: error.code }, { status: error.status, headers: { "Cache-Control": "no-store" } });
      }
      logger.error({ err: error }, "route failed");
      return NextResponse.json({ error: "UNEXPECTED" }, { status: 500 });
    }
  };
}
