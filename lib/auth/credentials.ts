import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { burnPasswordCheck, verifyPassword } from "./password";
import { isSsoRequiredFor } from "@/lib/sso/sso-required";
import { clearFailedSignIns, isSignInBlocked, recordFailedSignIn } from "./sign-in-guard";

export const ZSignInInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("INVALID_EMAIL")),
  password: z.string().min(1, "REQUIRED").max(200, "TOO_LONG"),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string | null } }
  | { ok: false; reason: "invalid" | "rate_limited" | "sso_required" };

/**
 * Checks an e-mail and password. The answer for an unknown e-mail and for a wrong
 * password is the same, and costs the same time.
 */
export async function checkCredentials(input: TSignInInput, ip: string): Promise<SignInOutcome> {
  if (await isSignInBlocked(input.email, ip)) return { ok: false, reason: "rate_limited" };
  const [user] = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, input.email))
    .limit(1);
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await burnPasswordCheck(input.password), false);
  if (!user || !valid) {
    const delayMs = await recordFailedSignIn(input.email, ip);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    return { ok: false, reason: "invalid" };
  }
  await clearFailedSignIns(input.email, ip);
  // Told only after the right password, so it reveals nothing to someone guessing.
  if (await isSsoRequiredFor(user.id)) return { ok: false, reason: "sso_required" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
