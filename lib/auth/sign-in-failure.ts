import { CredentialsSignin } from "next-auth";

/**
 * A wrong password or a rate-limited attempt. Judged by Auth.js's `type` (a static field
 * our subclass inherits), not by class name, which minification changes.
 */
export function isExpectedSignInFailure(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { type?: unknown }).type === "CredentialsSignin" || e instanceof CredentialsSignin) return true;
    if ((e as { cause?: unknown }).cause === e) break;
  }
  return false;
}
