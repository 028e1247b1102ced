import "server-only";
import { headers } from "next/headers";

/** The public base URL for links in e-mails: APP_URL, else the host the request came to. */
export async function appBaseUrl(): Promise<string> {
  if (process.env.APP_URL) return process.env.APP_URL;
  try {
    const h = await headers();
    const host = h.get("x-forwarded-host") ?? h.get("host");
    if (host) return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
  } catch {
    // Outside a request (tests, scripts): fall through to the local default.
  }
  return `http://localhost:${process.env.PORT ?? 3000}`;
}
