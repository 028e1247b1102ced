import { AppError } from "@/lib/errors/app-error";

/**
 * Whether a cookie-authenticated request that changes state came from one of our own
 * pages. Browsers send Origin with every POST/PUT/PATCH/DELETE and pages cannot forge
 * it; without it, Sec-Fetch-Site must say same-origin. Anything else (another site, a
 * sandboxed "null" origin, a client that says nothing) is refused.
 */
export function isSameOriginRequest(request: Request, appUrl = process.env.APP_URL): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") === "same-origin";
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const host = request.headers.get("host");
  if (host && url.host === host) return true;
  return appUrl !== undefined && url.origin === new URL(appUrl).origin;
}

/** Throws FORBIDDEN (BAD_ORIGIN) for a state-changing request from anywhere but our own pages. */
export function assertSameOrigin(request: Request): void {
  if (request.method === "GET" || request.method === "HEAD") return;
  if (!isSameOriginRequest(request)) throw new AppError("FORBIDDEN", "BAD_ORIGIN");
}
