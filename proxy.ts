import { type NextRequest, NextResponse } from "next/server";
import { securityHeaders } from "@/lib/http/security-headers";

/**
 * Runs before every page and route handler: a fresh CSP nonce per request, the security
 * headers, and no caching of pages (they show one signed-in user's workspace).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const headers = securityHeaders({
    nonce,
    https: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
    dev: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  if (!request.nextUrl.pathname.startsWith("/api/v1/")) response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = {
  // Static assets are the same for everyone and carry no script of ours to protect.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
