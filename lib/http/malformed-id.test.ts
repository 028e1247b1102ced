import { describe, expect, it } from "vitest";
import { hasMalformedId } from "./malformed-id";

const ID = "6f1d3c9e-3b0a-4c55-9d3e-2a1b0c9d8e7f";

describe("paths with malformed ids", () => {
  it("are found in every id segment of pages and routes", () => {
    for (const path of [
      "/api/maps/1/collab-token",
      "/api/maps/'%20OR%201=1--/evidence",
      "/api/feedback-forms/x/qr",
      "/api/feedback-imports/%E0%A4%A/rows",
      "/api/v1/maps/abc/touchpoints",
      "/w/acme/maps/not-a-map",
      "/w/acme/maps/123/dashboard",
      `/w/acme/maps/${ID}/snapshots/nope`,
      `/w/acme/maps/${ID}x/review`,
    ])
      expect(hasMalformedId(path), path).toBe(true);
  });

  it("leave real ids and the words that share their place alone", () => {
    for (const path of [
      `/api/maps/${ID}/collab-token`,
      `/api/maps/${ID.toUpperCase()}/evidence`,
      "/api/feedback-imports",
      "/api/v1/maps",
      "/w/acme/maps/import",
      `/w/acme/maps/${ID}/snapshots/compare`,
      `/w/acme/maps/${ID}/snapshots/${ID}`,
      "/w/acme",
      "/w/acme/members",
      "/sign-in",
    ])
      expect(hasMalformedId(path), path).toBe(false);
  });
});
