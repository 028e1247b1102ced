import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { normaliseRespondentIdentifier, respondentKey } from "./respondent-key";

describe("respondentKey", () => {
  it("gives the same key for the same e-mail address however it is typed", () => {
    expect(respondentKey("  Ann.de.Vries@Example.COM ")).toBe(respondentKey("ann.de.vries@example.com"));
  });
  it("gives the same key for a customer number with or without spaces and case", () => {
    expect(respondentKey("NL 1234 ab")).toBe(respondentKey("nl1234AB"));
  });
  it("is an HMAC under the server secret, not a plain hash of the identifier", () => {
    const key = respondentKey("ann@example.com")!;
    const expected = createHmac("sha256", process.env.FEEDBACK_HASH_SECRET!).update("email:ann@example.com").digest("base64url");
    expect(key).toBe(expected);
    expect(key).not.toContain("ann");
    const other = createHmac("sha256", "another-secret-of-enough-length-0000000000").update("email:ann@example.com").digest("base64url");
    expect(key).not.toBe(other);
  });
  it("keeps different people and kinds apart", () => {
    expect(respondentKey("ann@example.com")).not.toBe(respondentKey("bob@example.com"));
    expect(normaliseRespondentIdentifier("12345")).toBe("id:12345");
    expect(normaliseRespondentIdentifier("a@b")).toBe("email:a@b");
  });
  it("is null for nothing", () => {
    expect(respondentKey("   ")).toBeNull();
    expect(respondentKey(null)).toBeNull();
    expect(respondentKey(undefined)).toBeNull();
  });
});
