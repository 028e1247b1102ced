import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CapturedMail } from "../lib/testing/smtp-capture";

export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
export const E2E_MAIL_DIR = path.resolve(process.env.E2E_MAIL_DIR ?? ".data/e2e-mail");

/** The first match of `pattern` in the newest mail to `to`, waiting for it to arrive. */
export async function linkFromMail(to: string, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    let files: string[] = [];
    try {
      files = readdirSync(E2E_MAIL_DIR).sort();
    } catch {
      // Not created yet.
    }
    const mails = files.map((f) => JSON.parse(readFileSync(path.join(E2E_MAIL_DIR, f), "utf8")) as CapturedMail);
    const match = mails.filter((m) => m.to.includes(to)).at(-1)?.text.match(pattern);
    if (match) return match[0];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to} matching ${pattern}`);
}
