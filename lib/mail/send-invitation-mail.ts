import "server-only";
import nodemailer from "nodemailer";
import { getEnv } from "@/lib/config/env";

/**
 * E-mails an invitation when SMTP_URL is set. Returns false when no mail server is
 * configured (the admin copies the link instead) or sending failed (logged).
 */
export async function sendInvitationMail(args: { to: string; url: string; workspaceName: string; role: string }): Promise<boolean> {
  const env = getEnv();
  if (!env.SMTP_URL) return false;
  try {
    const transport = nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({
      from: env.SMTP_FROM,
      to: args.to,
      subject: `You are invited to ${args.workspaceName} on Journeyboard`,
      text: `You have been invited to join ${args.workspaceName} as ${args.role}.\n\nAccept within 7 days: ${args.url}\n\nIf you did not expect this, ignore this e-mail.`,
    });
    return true;
  } catch (error) {
    console.error("invitation mail failed", error);
    return false;
  }
}
