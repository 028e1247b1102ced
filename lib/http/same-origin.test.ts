import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors/app-error";
import { assertSameOrigin, isSameOriginRequest } from "./same-origin";

const post = (headers: Record<string, string>) => new Request("http://app.test/api/feedback-imports", { method: "POST", headers });

describe("same-origin check for cookie-authenticated routes", () => {
  it("accepts our own pages, by Origin or by Sec-Fetch-Site", () => {
    expect(isSameOriginRequest(post({ host: "app.test", origin: "http://app.test" }))).toBe(true);
    expect(isSameOriginRequest(post({ host: "internal:3000", origin: "https://journeyboard.example" }), "https://journeyboard.example")).toBe(true);
    expect(isSameOriginRequest(post({ host: "app.test", "sec-fetch-site": "same-origin" }))).toBe(true);
  });

  it("refuses another site, a null origin and a request that says nothing", () => {
    expect(isSameOriginRequest(post({ host: "app.test", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOriginRequest(post({ host: "app.test", origin: "null" }))).toBe(false);
    expect(isSameOriginRequest(post({ host: "app.test" }))).toBe(false);
    expect(isSameOriginRequest(post({ host: "app.test", "sec-fetch-site": "cross-site" }))).toBe(false);
    try {
      assertSameOrigin(post({ host: "app.test", origin: "https://evil.example" }));
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.status).toBe(403);
    }
  });
});
