import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientIp } from "@/lib/auth/client-ip";
import { compileTrustedProxies, stampClientAddress } from "./client-address";

/** What the app would see as the client's address, behind a real HTTP server stamping it as server.ts does. */
async function seenAddress(trusted: string | undefined, headers: Record<string, string>): Promise<string> {
  const trust = compileTrustedProxies(trusted);
  const server = createServer((req, res) => {
    stampClientAddress(req, trust);
    res.end(clientIp(new Headers(req.headers as Record<string, string>)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<string>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, headers }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve(body));
      });
      req.on("error", reject);
      req.end();
    });
  } finally {
    server.close();
  }
}

describe("the client address rate limits key on", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For or our own header says", async () => {
    expect(await seenAddress(undefined, { "x-forwarded-for": "203.0.113.9" })).toBe("127.0.0.1");
    expect(await seenAddress(undefined, { [CLIENT_IP_HEADER]: "203.0.113.10" })).toBe("127.0.0.1");
    expect(await seenAddress("10.0.0.0/8", { "x-forwarded-for": "203.0.113.9" })).toBe("127.0.0.1");
  });

  it("is what a trusted proxy reports, skipping further trusted hops but not a forged leftmost entry", async () => {
    expect(await seenAddress("loopback", { "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
    // The client forged "198.51.100.1"; the trusted proxy appended the address it saw.
    expect(await seenAddress("loopback", { "x-forwarded-for": "198.51.100.1, 203.0.113.9" })).toBe("203.0.113.9");
    expect(await seenAddress("loopback, 10.0.0.0/8", { "x-forwarded-for": "203.0.113.9, 10.1.2.3" })).toBe("203.0.113.9");
  });
});
