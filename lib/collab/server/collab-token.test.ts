import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { COLLAB_TOKEN_TTL_MS, signCollabToken, userColor, verifyCollabToken } from "./collab-token";

const mapId = "7f1d3c9e-3b0a-4c55-9d3e-2a1b0c9d8e7f";

describe("collab tokens", () => {
  it("round-trips user, session and map until it expires, each token with its own id", () => {
    const now = 1_700_000_000_000;
    const token = signCollabToken({ userId: "u1", mapId, sessionId: "s1" }, now);
    expect(verifyCollabToken(token, now + 1)).toEqual({ userId: "u1", mapId, sessionId: "s1", jti: expect.any(String), exp: now + COLLAB_TOKEN_TTL_MS });
    expect(verifyCollabToken(token, now + COLLAB_TOKEN_TTL_MS)).toBeNull();
    const again = signCollabToken({ userId: "u1", mapId, sessionId: "s1" }, now);
    expect(verifyCollabToken(again, now + 1)!.jti).not.toBe(verifyCollabToken(token, now + 1)!.jti);
  });

  it("rejects a changed payload, a changed signature and junk", () => {
    const token = signCollabToken({ userId: "u1", mapId, sessionId: "s1" });
    const [body, sig] = token.split(".");
    const otherBody = Buffer.from(JSON.stringify({ userId: "u2", mapId, exp: Date.now() + 60_000 })).toString("base64url");
    expect(verifyCollabToken(`${otherBody}.${sig}`)).toBeNull();
    expect(verifyCollabToken(`${body}.${sig!.slice(0, -2)}AA`)).toBeNull();
    for (const junk of ["", ".", "a.b", `${token}.x`, "%%%.%%%"]) expect(verifyCollabToken(junk)).toBeNull();
  });

  it("is scoped to its purpose: the same secret's MAC over the bare payload does not pass", () => {
    const body = Buffer.from(JSON.stringify({ userId: "u1", mapId, exp: Date.now() + 60_000 })).toString("base64url");
    const bare = createHmac("sha256", process.env.AUTH_SECRET!).update(body).digest("base64url");
    expect(verifyCollabToken(`${body}.${bare}`)).toBeNull();
  });

  it("gives each user one colour", () => {
    expect(userColor("u1")).toBe(userColor("u1"));
    expect(userColor("u1")).toMatch(/^#[0-9a-f]{6}$/);
  });
});
