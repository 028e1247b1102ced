import { type NextRequest, NextResponse } from "next/server";
import { hasMalformedId } from "@/lib/http/malformed-id";
import { securityHeaders } from "@/lib/http/security-headers";

const PUBLIC_FORM_LOGO = /^\/f\/[A-Za-z0-9_-]+\/logo$/;

/**
 * Runs before every page and route handler: a fresh CSP nonce per request, the security
 * headers, and no caching of pages (they show one signed-in user's workspace). A path
 * whose id segment is no id is answered 404 here, so no query ever sees it.
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
  // The root layout needs the path to give a public form's page the form's language (lib/evidence/forms/public-form.ts).
  requestHeaders.set("x-pathname", request.nextUrl.pathname);
  const pathname = request.nextUrl.pathname;
  const malformed = hasMalformedId(pathname);
  const response = !malformed
    ? NextResponse.next({ request: { headers: requestHeaders } })
    : pathname.startsWith("/api/")
      ? NextResponse.json({ error: { code: "NOT_FOUND", message: "Not found." } }, { status: 404 })
      : // No such route: Next renders the not-found page with a 404 status.
        NextResponse.rewrite(new URL("/_malformed-id", request.url), { request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  // A public form's logo sets its own caching (its URL carries the image's version).
  if (!pathname.startsWith("/api/v1/") && !PUBLIC_FORM_LOGO.test(pathname)) response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = {
  // Static assets are the same for everyone and carry no script of ours to protect.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
