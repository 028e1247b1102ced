import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { parseInput } from "@/lib/actions/parse-input";
import { AppError } from "@/lib/errors/app-error";
import { canSendMail, sendMail } from "@/lib/mail/send-mail";
import { ZEmail } from "@/lib/members/schemas";
import { getLimiter, tryConsume } from "@/lib/rate-limit/limiter";
import { consumeAccountToken, issueAccountToken } from "./account-tokens";
import { assertCurrentPassword } from "./current-password";
import { trustedBaseUrl } from "./trusted-base-url";

export const ZChangeEmailInput = z.object({
  newEmail: ZEmail,
  currentPassword: z.string().max(200, "TOO_LONG").optional(),
});

export const emailConfirmationUrl = (token: string) => `${trustedBaseUrl()}/account/confirm-email/${token}`;

/**
 * Starts an e-mail change: a link goes to the new address, and the account changes only
 * when it is opened (so nobody can move an account to an address they do not read). The
 * old address is told. Whether the new address already has an account is said only to
 * whoever opens the link there.
 */
export async function requestEmailChange(caller: { userId: string; email: string }, raw: unknown): Promise<{ sentTo: string }> {
  const input = parseInput(ZChangeEmailInput, raw);
  if (input.newEmail === caller.email) throw new AppError("INVALID_INPUT", "INVALID_INPUT", { newEmail: ["EMAIL_UNCHANGED"] });
  if (!canSendMail()) throw new AppError("CONFLICT", "MAIL_NOT_CONFIGURED");
  if (!(await tryConsume(getLimiter("email-change", 5, 60 * 60), caller.userId))) throw new AppError("RATE_LIMITED");
  await assertCurrentPassword(caller.userId, input.currentPassword);
  const token = await issueAccountToken({ purpose: "email_change", userId: caller.userId, newEmail: input.newEmail });
  const sent = await sendMail({
    to: input.newEmail,
    subject: "Confirm your new e-mail address for Journeyboard",
    text: `Open this link within 24 hours to make ${input.newEmail} the e-mail address of your Journeyboard account (now ${caller.email}):\n\n${emailConfirmationUrl(token)}\n\nIf you did not ask for this, ignore this e-mail.`,
  });
  if (!sent) throw new AppError("CONFLICT", "MAIL_FAILED");
  await sendMail({
    to: caller.email,
    subject: "Your Journeyboard e-mail address is about to change",
    text: `Someone signed in to your Journeyboard account asked to change its e-mail address to ${input.newEmail}. It changes only when the link sent there is opened.\n\nIf this was not you, change your password and sign out everywhere: ${trustedBaseUrl()}/account/password`,
  });
  return { sentTo: input.newEmail };
}

/** Opens the confirmation link: the account takes the new address (once; for 24 hours). */
export async function confirmEmailChange(raw: unknown): Promise<{ email: string }> {
  const { token } = parseInput(z.object({ token: z.string().min(1).max(100) }), raw);
  return getDb().transaction(async (tx) => {
    const row = await consumeAccountToken(tx, "email_change", token);
    if (!row?.newEmail) throw new AppError("NOT_FOUND", "EMAIL_LINK_INVALID");
    const [taken] = await tx.select({ id: users.id }).from(users).where(and(eq(users.email, row.newEmail), ne(users.id, row.userId))).limit(1);
    if (taken) throw new AppError("CONFLICT", "EMAIL_TAKEN");
    await tx.update(users).set({ email: row.newEmail, emailVerified: new Date() }).where(eq(users.id, row.userId));
    return { email: row.newEmail };
  });
}
