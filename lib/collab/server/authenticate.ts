import "server-only";
import type { IncomingMessage } from "node:http";
import { CLOSE_CODES } from "@/lib/collab/shared/protocol";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { verifyCollabToken } from "./collab-token";

/**
 * Whether a browser page may open this socket. Browsers always send Origin on WebSocket
 * requests and pages cannot forge it, so a page on another site is refused; clients that
 * are not browsers send none and are judged by their token alone.
 */
export function isAllowedOrigin(req: IncomingMessage, appUrl: string | undefined): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.host === req.headers.host) return true;
  return appUrl !== undefined && url.origin === new URL(appUrl).origin;
}

/**
 * Who is asking to open /collab/<mapId>: checks the Origin and the signed `?token=` (for
 * this map, not expired). Says nothing yet about their rights. Throws AppError
 * FORBIDDEN (foreign origin) or UNAUTHORIZED.
 */
export function identifyUpgrade(
  req: IncomingMessage,
  mapId: string,
  appUrl = process.env.APP_URL,
): { userId: string; sessionId: string; jti: string; exp: number } {
  if (!isAllowedOrigin(req, appUrl)) throw new AppError("FORBIDDEN", "BAD_ORIGIN");
  const token = new URL(req.url ?? "/", "http://localhost").searchParams.get("token");
  const payload = token ? verifyCollabToken(token) : null;
  if (!payload || payload.mapId !== mapId) throw new AppError("UNAUTHORIZED");
  return { userId: payload.userId, sessionId: payload.sessionId, jti: payload.jti, exp: payload.exp };
}

/** The close code a refused connection gets, so the client knows not to retry blindly. */
export function refusalCloseCode(error: unknown): number {
  if (isAppError(error)) {
    if (error.code === "UNAUTHORIZED") return CLOSE_CODES.unauthorized;
    if (error.code === "FORBIDDEN") return CLOSE_CODES.forbidden;
    if (error.code === "NOT_FOUND") return CLOSE_CODES.notFound;
  }
  return 1011;
}
