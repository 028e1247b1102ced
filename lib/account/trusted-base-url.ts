import "server-only";
import { getEnv } from "@/lib/config/env";

/**
 * The base URL for links mailed to a user's inbox. Only APP_URL (or the local default),
 * never the request's Host header: a forged Host would otherwise plant an attacker's
 * domain in a genuine password-reset e-mail ("reset poisoning").
 */
export function trustedBaseUrl(): string {
  const env = getEnv();
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}
