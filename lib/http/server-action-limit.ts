import type { IncomingMessage, ServerResponse } from "node:http";

/** Next.js's default server-action body limit ("1mb"); larger bodies are refused before Next reads them. */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * Answers 413 for a server-action POST whose declared body exceeds the limit, which Next
 * would otherwise read and then fail on with a 500. Returns whether it answered.
 */
export function refuseOversizedServerAction(req: IncomingMessage, res: ServerResponse, limit = SERVER_ACTION_BODY_LIMIT): boolean {
  if (req.method !== "POST" || !req.headers["next-action"]) return false;
  const declared = Number(req.headers["content-length"] ?? "0");
  if (!(declared > limit)) return false;
  res.writeHead(413, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
  res.end("Request body too large.");
  req.resume();
  return true;
}
