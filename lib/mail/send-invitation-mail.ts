import "server-only";
import { sendMail } from "./send-mail";

/**
 * E-mails an invitation when SMTP_URL is set. Returns false when no mail server is
 * configured (the admin copies the link instead) or sending failed (logged).
 */
export function sendInvitationMail(args: { to: string; url: string; workspaceName: string; role: string }): Promise<boolean> {
  return sendMail({
    to: args.to,
    subject: `You are invited to ${args.workspaceName} on Journeyboard`,
    text: `You have been invited to join ${args.workspaceName} as ${args.role}.\n\nAccept within 7 days: ${args.url}\n\nIf you did not expect this, ignore this e-mail.`,
  });
}
