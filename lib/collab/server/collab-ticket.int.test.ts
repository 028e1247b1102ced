import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildMap, buildTenantFixture } from "@/lib/testing/factories";
import { issueCollabTicket } from "./collab-ticket";
import { userColor, verifyCollabToken } from "./collab-token";

describe("issueCollabTicket", () => {
  it("gives members a token for the map, read-only for viewers", async () => {
    const f = await buildTenantFixture();
    const map = await buildMap(f.workspace.id);
    for (const [user, readOnly] of [
      [f.owner, false],
      [f.admin, false],
      [f.editor, false],
      [f.viewer, true],
    ] as const) {
      const ticket = await issueCollabTicket(user, map.id);
      expect(ticket.readOnly).toBe(readOnly);
      expect(ticket.user).toEqual({ id: user.id, name: user.name, color: userColor(user.id) });
      expect(verifyCollabToken(ticket.token)).toMatchObject({ userId: user.id, mapId: map.id });
    }
  });

  it("refuses outsiders, other workspaces, unknown maps and anonymous callers", async () => {
    const f = await buildTenantFixture();
    const map = await buildMap(f.workspace.id);
    await expect(issueCollabTicket(f.outsider, map.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(issueCollabTicket(f.foreignOwner, map.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(issueCollabTicket(f.owner, randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(issueCollabTicket(f.owner, "../etc")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(issueCollabTicket(null, map.id)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
