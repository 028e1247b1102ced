import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CapturedMail = { to: string[]; subject: string; text: string; /** Raw header lines by lower-case name. */ headers: Record<string, string> };

/**
 * A real SMTP server for tests: the app sends through nodemailer to it as to any mail
 * server, and the test reads what arrived. With `dir`, each mail is also written there as
 * JSON, for a test running in another process (Playwright's workers).
 */
export async function startSmtpCapture(options: { port?: number; dir?: string } = {}) {
  const mails: CapturedMail[] = [];
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = [parsed.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address ?? "") : []));
          const headers = Object.fromEntries(parsed.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(":") + 1).trim()]));
          const mail = { to, subject: parsed.subject ?? "", text: parsed.text ?? "", headers };
          mails.push(mail);
          if (options.dir) writeFileSync(path.join(options.dir, `${Date.now()}-${mails.length}.json`), JSON.stringify(mail));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    mails,
    /** The first link in the newest mail to `to` (after `count` mails to them have arrived). */
    async linkFor(to: string, pattern: RegExp, timeoutMs = 5000): Promise<string> {
      const started = Date.now();
      while (Date.now() - started < timeoutMs) {
        const mail = mails.filter((m) => m.to.includes(to)).at(-1);
        const match = mail?.text.match(pattern);
        if (match) return match[0];
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no mail to ${to} with ${pattern}`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
