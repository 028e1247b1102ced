import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { parseInput } from "@/lib/actions/parse-input";
import { hashPassword } from "@/lib/auth/password";
import { ZNewPassword } from "@/lib/auth/password-rules";
import { endAllUserSessions } from "@/lib/auth/user-sessions";
import { AppError } from "@/lib/errors/app-error";
import { sendMail } from "@/lib/mail/send-mail";
import { ZEmail } from "@/lib/members/schemas";
import { getLimiter, tryConsume } from "@/lib/rate-limit/limiter";
import { consumeAccountToken, issueAccountToken } from "./account-tokens";
import { trustedBaseUrl } from "./trusted-base-url";

export const ZForgotPasswordInput = z.object({ email: ZEmail });
export const ZResetPasswordInput = z.object({ token: z.string().min(1).max(100), newPassword: ZNewPassword });

export const passwordResetUrl = (baseUrl: string, token: string) => `${baseUrl}/reset-password/${token}`;

/**
 * "Forgot password": checks the input and the rate limits, and returns the delivery to run
 * after the answer is sent. Whether the address has an account changes neither the answer
 * nor its timing; only an existing account gets a mail.
 */
export async function requestPasswordReset(raw: unknown, ip: string): Promise<{ deliver: () => Promise<void> }> {
  const { email } = parseInput(ZForgotPasswordInput, raw);
  const perIp = await tryConsume(getLimiter("password-reset-ip", 20, 60 * 60), ip);
  const perEmail = await tryConsume(getLimiter("password-reset-email", 3, 60 * 60), email);
  if (!perIp || !perEmail) throw new AppError("RATE_LIMITED");
  return {
    deliver: async () => {
      const [user] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
      if (!user) return;
      const token = await issueAccountToken({ purpose: "password_reset", userId: user.id });
      await sendMail({
        to: email,
        subject: "Reset your Journeyboard password",
        text:
          `Someone (hopefully you) asked to reset the password of ${email} on Journeyboard.\n\n` +
          `Choose a new password within one hour: ${passwordResetUrl(trustedBaseUrl(), token)}\n\n` +
          `The link works once. If you did not ask for it, ignore this e-mail: your password stays as it is.`,
      });
    },
  };
}

/**
 * Sets a new password from a reset link. The link works once and for an hour; every
 * session of the account ends, so whoever was signed in with the old password is out.
 */
export async function resetPassword(raw: unknown): Promise<{ email: string }> {
  const input = parseInput(ZResetPasswordInput, raw);
  const passwordHash = await hashPassword(input.newPassword);
  const result = await getDb().transaction(async (tx) => {
    const token = await consumeAccountToken(tx, "password_reset", input.token);
    if (!token) throw new AppError("NOT_FOUND", "RESET_LINK_INVALID");
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(eq(users.id, token.userId))
      .returning({ id: users.id, email: users.email });
    if (!user) throw new AppError("NOT_FOUND", "RESET_LINK_INVALID");
    return user;
  });
  await endAllUserSessions(result.id);
  return { email: result.email };
}
