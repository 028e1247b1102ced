import "server-only";
import nodemailer from "nodemailer";
import { getEnv } from "@/lib/config/env";
import { logger } from "@/lib/observability/logger";

/** Whether the app can send e-mail at all (SMTP_URL set); without it, links are shown instead. */
export function canSendMail(): boolean {
  return Boolean(getEnv().SMTP_URL);
}

/**
 * Sends one plain-text e-mail through SMTP_URL. Returns false when no mail server is
 * configured or sending failed (logged), so callers can offer another way.
 */
export async function sendMail(message: { to: string; subject: string; text: string; headers?: Record<string, string> }): Promise<boolean> {
  const env = getEnv();
  if (!env.SMTP_URL) return false;
  try {
    await nodemailer.createTransport(env.SMTP_URL).sendMail({ from: env.SMTP_FROM, ...message });
    return true;
  } catch (error) {
    logger.error({ subject: message.subject, err: error }, "mail failed");
    return false;
  }
}
