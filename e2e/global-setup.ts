import { rmSync } from "node:fs";
import { startSmtpCapture } from "../lib/testing/smtp-capture";
import { E2E_MAIL_DIR, E2E_SMTP_PORT } from "./mail";

/**
 * A real SMTP server for the whole run: the app server sends its mails there (SMTP_URL in
 * playwright.config.ts), and tests read them from E2E_MAIL_DIR.
 */
export default async function globalSetup() {
  rmSync(E2E_MAIL_DIR, { recursive: true, force: true });
  const smtp = await startSmtpCapture({ port: E2E_SMTP_PORT, dir: E2E_MAIL_DIR });
  return () => smtp.close();
}
