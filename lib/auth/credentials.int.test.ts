import { describe, expect, it } from "vitest";
import { buildUser } from "@/lib/testing/factories";
import { checkCredentials } from "./credentials";
import { hashPassword } from "./password";

describe("checkCredentials", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    const user = await buildUser({ passwordHash: await hashPassword("right password 1") });
    expect(await checkCredentials({ email: user.email, password: "right password 1" }, "10.0.0.1")).toMatchObject({
      ok: true,
      user: { id: user.id },
    });
    expect(await checkCredentials({ email: user.email, password: "wrong" }, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("answers an unknown e-mail exactly like a wrong password", async () => {
    expect(await checkCredentials({ email: "nobody-here@example.test", password: "whatever" }, "10.0.0.2")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("blocks the guessing address for that account, while the owner still signs in from another", async () => {
    const user = await buildUser({ passwordHash: await hashPassword("right password 2") });
    for (let i = 0; i < 5; i++) await checkCredentials({ email: user.email, password: "guess" }, "10.1.0.9");
    expect(await checkCredentials({ email: user.email, password: "right password 2" }, "10.1.0.9")).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    expect(await checkCredentials({ email: user.email, password: "right password 2" }, "10.1.1.1")).toMatchObject({
      ok: true,
      user: { id: user.id },
    });
  });

  it("slows each further failure from one source", async () => {
    const user = await buildUser({ passwordHash: await hashPassword("right password 4") });
    const started = Date.now();
    for (let i = 0; i < 3; i++) await checkCredentials({ email: user.email, password: "guess" }, "10.3.0.1");
    // 0 + 250 + 500 ms of held answers; a lower bound, so a slow machine cannot fail it.
    expect(Date.now() - started).toBeGreaterThanOrEqual(750);
  });

  it("blocks an address after thirty failures across accounts", async () => {
    const ip = "10.2.0.1";
    for (let i = 0; i < 30; i++) await checkCredentials({ email: `spray-${i}@example.test`, password: "x" }, ip);
    const user = await buildUser({ passwordHash: await hashPassword("right password 3") });
    expect(await checkCredentials({ email: user.email, password: "right password 3" }, ip)).toEqual({ ok: false, reason: "rate_limited" });
    expect(await checkCredentials({ email: user.email, password: "right password 3" }, "10.2.0.2")).toMatchObject({ ok: true });
  });
});
