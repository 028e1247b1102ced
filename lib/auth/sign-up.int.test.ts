import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { memberships, users, workspaces } from "@/db/schema";
import { signUp } from "./sign-up";

const email = () => `new-${crypto.randomUUID()}@Example.test`;

describe("signUp", () => {
  it("creates the account with a hashed password and a first workspace it owns", async () => {
    const address = email();
    const result = await signUp({ name: "Ada Lovelace", email: address, password: "long enough password" }, "10.9.0.1");
    expect(result.email).toBe(address.toLowerCase());
    const [user] = await getDb().select().from(users).where(eq(users.email, address.toLowerCase()));
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const [member] = await getDb()
      .select({ role: memberships.role, name: workspaces.name, slug: workspaces.slug })
      .from(memberships)
      .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
      .where(eq(memberships.userId, user!.id));
    expect(member).toEqual({ role: "owner", name: "Ada's workspace", slug: result.slug });
  });

  it("skips the first workspace when joining through an invitation", async () => {
    const result = await signUp({ name: "Invited", email: email(), password: "long enough password", invited: "1" }, "10.9.0.2");
    expect(result.slug).toBeNull();
  });

  it("explains bad input per field and writes nothing", async () => {
    const address = `bad-${crypto.randomUUID()}@example.test`;
    await expect(signUp({ name: "", email: "nope", password: "short" }, "10.9.0.3")).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { name: ["REQUIRED"], email: ["INVALID_EMAIL"], password: ["PASSWORD_TOO_SHORT"] },
    });
    await expect(signUp({ name: "X", email: address, password: "short" }, "10.9.0.3")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await getDb().select().from(users).where(eq(users.email, address))).toEqual([]);
  });

  it("refuses a second account for the same e-mail without creating anything", async () => {
    const address = email();
    await signUp({ name: "First", email: address, password: "long enough password" }, "10.9.0.4");
    const before = (await getDb().select({ id: workspaces.id }).from(workspaces)).length;
    await expect(signUp({ name: "Second", email: address.toUpperCase(), password: "another password" }, "10.9.0.4")).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "SIGN_UP_FAILED",
    });
    expect((await getDb().select({ id: workspaces.id }).from(workspaces)).length).toBe(before);
  });
});
