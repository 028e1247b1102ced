import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { refuseOversizedServerAction } from "./server-action-limit";

async function statusFor(headers: Record<string, string>, body: string): Promise<number> {
  const server = createServer((req, res) => {
    if (refuseOversizedServerAction(req, res, 1000)) return;
    req.resume();
    req.on("end", () => res.end("ok"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<number>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on("error", reject);
      req.end(body);
    });
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

describe("oversized server-action bodies", () => {
  it("get 413 before the app reads them; smaller ones and other posts pass", async () => {
    expect(await statusFor({ "next-action": "abc" }, "x".repeat(1001))).toBe(413);
    expect(await statusFor({ "next-action": "abc" }, "x".repeat(1000))).toBe(200);
    expect(await statusFor({}, "x".repeat(5000))).toBe(200);
  });
});
