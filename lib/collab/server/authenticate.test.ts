import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { isAllowedOrigin } from "./authenticate";
import { collabMapId } from "./index";

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe("isAllowedOrigin", () => {
  it("accepts no Origin (not a browser), the request's own host, and APP_URL", () => {
    expect(isAllowedOrigin(req({ host: "app.test:3000" }), undefined)).toBe(true);
    expect(isAllowedOrigin(req({ host: "app.test:3000", origin: "http://app.test:3000" }), undefined)).toBe(true);
    expect(isAllowedOrigin(req({ host: "10.0.0.5:3000", origin: "https://maps.example.com" }), "https://maps.example.com/")).toBe(true);
  });

  it("refuses other sites, look-alikes and junk", () => {
    expect(isAllowedOrigin(req({ host: "app.test", origin: "https://evil.test" }), "https://app.test")).toBe(false);
    expect(isAllowedOrigin(req({ host: "app.test", origin: "https://app.test.evil.test" }), undefined)).toBe(false);
    expect(isAllowedOrigin(req({ host: "app.test", origin: "null" }), undefined)).toBe(false);
  });
});

describe("collabMapId", () => {
  const id = "7f1d3c9e-3b0a-4c55-9d3e-2a1b0c9d8e7f";
  it("takes the map id from /collab/<id>, ignoring the query", () => {
    expect(collabMapId(`/collab/${id}?token=abc`)).toBe(id);
    expect(collabMapId(`/collab/${id.toUpperCase()}`)).toBe(id);
  });
  it("marks malformed collab paths and ignores other paths", () => {
    expect(collabMapId("/collab/../../etc")).toBe("");
    expect(collabMapId(`/collab/${id}/extra`)).toBe("");
    expect(collabMapId("/_next/webpack-hmr")).toBeNull();
    expect(collabMapId("/collaborate")).toBeNull();
  });
});
