import { CredentialsSignin } from "next-auth";
import { describe, expect, it } from "vitest";
import { isExpectedSignInFailure } from "./sign-in-failure";

describe("isExpectedSignInFailure", () => {
  it("recognises wrong passwords and rate limits even when minification renamed the class", () => {
    class RateLimited extends CredentialsSignin {}
    Object.defineProperty(RateLimited, "name", { value: "e" });
    const minified = new RateLimited();
    expect(minified.name).not.toBe("RateLimitedSignIn");
    expect(isExpectedSignInFailure(minified)).toBe(true);
    expect(isExpectedSignInFailure(new CredentialsSignin())).toBe(true);
    expect(isExpectedSignInFailure(new Error("wrapped", { cause: new CredentialsSignin() }))).toBe(true);
  });

  it("lets real errors through to the log", () => {
    expect(isExpectedSignInFailure(new Error("database down"))).toBe(false);
    expect(isExpectedSignInFailure(null)).toBe(false);
  });
});
