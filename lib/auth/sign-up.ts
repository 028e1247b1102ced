import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { parseInput } from "@/lib/actions/parse-input";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { acceptInvitationIn } from "@/lib/members/accept-invitation";
import { ZEmail } from "@/lib/members/schemas";
import { getLimiter, tryConsume } from "@/lib/rate-limit/limiter";
import { insertWorkspaceWithOwner } from "@/lib/workspaces/create-workspace";
import { firstWorkspaceName } from "./first-workspace-name";
import { hashPassword } from "./password";
import { ZNewPassword } from "./password-rules";

export const ZSignUpInput = z.object({
  name: z.string().trim().min(1, "REQUIRED").max(80, "TOO_LONG"),
  email: ZEmail,
  password: ZNewPassword,
  locale: z.enum(["en", "nl"]).default("en"),
  /**
   * The invitation the person signs up from (its link's token): the account joins that
   * workspace at once, and gets no personal first workspace.
   */
  invitation: z.string().trim().max(100).optional().transform((v) => v || undefined),
});

/**
 * Creates an account and, unless joining through an invitation, a first workspace.
 * Returns the slug to go to (or null when an invitation is waiting).
 */
export async function signUp(raw: unknown, ip: string): Promise<{ email: string; slug: string | null }> {
  const input = parseInput(ZSignUpInput, raw);
  const perHour = Number(process.env.SIGNUP_LIMIT_PER_HOUR ?? 20);
  if (!(await tryConsume(getLimiter("signup-ip", perHour, 60 * 60), ip))) throw new AppError("RATE_LIMITED");
  const passwordHash = await hashPassword(input.password);
  return getDb().transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
    // Same wording as a failed sign-in would use elsewhere; the form suggests signing in.
    if (taken) throw new AppError("CONFLICT", "SIGN_UP_FAILED", { email: ["SIGN_UP_FAILED"] });
    const [user] = await tx
      .insert(users)
      .values({ name: input.name, email: input.email, passwordHash, locale: input.locale })
      .returning({ id: users.id });
    if (input.invitation) {
      // Joined in the same transaction; an invitation that cannot be used (expired, for
      // another address) leaves the account without a workspace, and the invitation page,
      // where sign-up returns, says why.
      const joined = await tx.transaction((savepoint) => acceptInvitationIn(savepoint, user!.id, input.invitation!)).catch((error: unknown) => {
        if (isAppError(error)) return null;
        throw error;
      });
      return { email: input.email, slug: joined?.slug ?? null };
    }
    const workspace = await insertWorkspaceWithOwner(tx, user!.id, firstWorkspaceName(input.name, input.locale), input.locale);
    return { email: input.email, slug: workspace.slug };
  });
}
