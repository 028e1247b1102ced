import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getDb } from "@/db/client";
import { auditEvents, mapShareLinks } from "@/db/schema";
import { addComment } from "@/lib/comments/comment-operations";
import { dayIn } from "@/lib/dashboards/quarters";
import { addCard, addLane, addPhase, addStep } from "@/lib/journey/map-document";
import { buildMap, buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { createShareLink, listShareLinks, revokeShareLink } from "./share-links";
import { openSharedMap, unlockSharedMap } from "./shared-map";

let f: TenantFixture;
let mapId: string;
const ref = () => ({ slug: f.workspace.slug });
const tokenOf = (url: string) => url.split("/").at(-1)!;
let ip = "";

function mapState() {
  const doc = new Y.Doc();
  const phase = addPhase(doc, "Orientation");
  const step = addStep(doc, phase, "Compare prices");
  const touchpoints = addLane(doc, "touchpoints", "Touchpoints");
  const opportunities = addLane(doc, "opportunities", "Opportunities");
  addCard(doc, { laneId: touchpoints, stepId: step, kind: "touchpoint", text: "Pricing page", channel: "web" });
  addCard(doc, { laneId: opportunities, stepId: step, kind: "opportunity", text: "Show shipping early", owner: "Olga Owner-Name", status: "idea" });
  return Y.encodeStateAsUpdate(doc);
}

async function shared(input: Record<string, unknown> = {}, userId = f.editor.id) {
  const result = await createShareLink(userId, ref(), { mapId, ...input });
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return { ...result.data, token: tokenOf(result.data.url) };
}

beforeEach(async () => {
  f = await buildTenantFixture();
  mapId = (await buildMap(f.workspace.id, { name: "Shared journey", state: mapState() })).id;
  ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
});

describe("share links", () => {
  it("show the map read-only to anyone with the link, without names or comments, and count the views", async () => {
    await addComment(f.editor.id, ref(), { mapId, cardId: "0b0f8a55-5d55-4c3e-9a0e-5a1f3c7e2b01", body: "Internal remark about Olga" });
    const link = await shared();
    expect(link.url).toMatch(/\/s\/[A-Za-z0-9_-]{32}$/);
    const view = await openSharedMap({ token: link.token, ip });
    expect(view.state).toBe("open");
    if (view.state !== "open") return;
    expect(view.mapName).toBe("Shared journey");
    expect(view.content.cards.map((c) => c.text).sort()).toEqual(["Pricing page", "Show shipping early"]);
    expect(view.dashboard).toBeNull();
    const everything = JSON.stringify(view);
    for (const secret of ["Olga Owner-Name", "Internal remark", f.editor.name!, f.editor.email, f.owner.email]) expect(everything).not.toContain(secret);

    await openSharedMap({ token: link.token, ip });
    const ctx = await authorizeWorkspace({ userId: f.owner.id, workspace: ref(), permission: "maps.share" });
    const [listed] = await listShareLinks(ctx, mapId);
    expect(listed).toMatchObject({ status: "live", viewCount: 2, hasPassword: false, includeDashboard: false, createdByName: f.editor.name });
    // Made and used are in the audit log; two views within the hour are one "used" entry.
    const actions = (await getDb().select({ a: auditEvents.action }).from(auditEvents).where(eq(auditEvents.workspaceId, f.workspace.id))).map((r) => r.a);
    expect(actions.filter((a) => a.startsWith("share_link."))).toEqual(["share_link.created", "share_link.used"]);
  });

  it("include the dashboard's figures only when chosen", async () => {
    const view = await openSharedMap({ token: (await shared({ includeDashboard: "on" })).token, ip });
    expect(view.state === "open" && view.dashboard?.summary.scores).toBeTruthy();
  });

  it("stop working at revoke, after the expiry day, and when the map is archived", async () => {
    const link = await shared();
    expect(await revokeShareLink(f.viewer.id, ref(), { mapId, linkId: link.linkId })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await revokeShareLink(f.editor.id, ref(), { mapId, linkId: link.linkId })).toMatchObject({ ok: true });
    expect(await openSharedMap({ token: link.token, ip })).toEqual({ state: "gone" });
    expect(await revokeShareLink(f.editor.id, ref(), { mapId, linkId: link.linkId })).toMatchObject({ ok: false, error: "SHARE_LINK_NOT_FOUND" });

    // "Today" is the workspace's day (Europe/Amsterdam), not UTC's.
    const today = dayIn(new Date(), f.workspace.timeZone);
    const expiring = await shared({ expiresOn: "2999-12-31" });
    expect((await openSharedMap({ token: expiring.token, ip })).state).toBe("open");
    await getDb().update(mapShareLinks).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(mapShareLinks.id, expiring.linkId));
    expect(await openSharedMap({ token: expiring.token, ip })).toEqual({ state: "gone" });
    expect(await createShareLink(f.editor.id, ref(), { mapId, expiresOn: "2020-01-01" })).toMatchObject({ ok: false, fieldErrors: { expiresOn: ["EXPIRY_IN_PAST"] } });
    expect((await shared({ expiresOn: today })).linkId).toBeTruthy();

    const archived = await shared();
    await getDb().execute(`update journey_maps set archived_at = now() where id = '${mapId}'`);
    expect(await openSharedMap({ token: archived.token, ip })).toEqual({ state: "gone" });
    expect(await openSharedMap({ token: "not-a-token", ip })).toEqual({ state: "gone" });
  });

  it("ask for the password, refuse a wrong one and forged cookies, and slow down guessing", async () => {
    expect(await createShareLink(f.editor.id, ref(), { mapId, password: "short" })).toMatchObject({ ok: false, fieldErrors: { password: ["PASSWORD_TOO_SHORT"] } });
    const link = await shared({ password: "journey-secret" });
    expect(await openSharedMap({ token: link.token, ip })).toEqual({ state: "locked" });
    await expect(unlockSharedMap({ token: link.token, ip, input: { password: "wrong-guess" } })).rejects.toMatchObject({ messageKey: "WRONG_SHARE_PASSWORD" });
    const { cookie, path } = await unlockSharedMap({ token: link.token, ip, input: { password: "journey-secret" } });
    expect(path).toBe(`/s/${link.token}`);
    expect((await openSharedMap({ token: link.token, ip, unlockCookie: cookie })).state).toBe("open");
    const [until] = cookie.split(".");
    for (const forged of [`${Number(until) + 999}.${cookie.split(".")[1]}`, `${until}.AAAA`, "", "1.x"]) {
      expect(await openSharedMap({ token: link.token, ip, unlockCookie: forged })).toEqual({ state: "locked" });
    }
    // Another link's cookie opens nothing here.
    const other = await shared({ password: "journey-secret" });
    expect(await openSharedMap({ token: other.token, ip, unlockCookie: cookie })).toEqual({ state: "locked" });

    for (let i = 0; i < 8; i++) await unlockSharedMap({ token: link.token, ip, input: { password: `guess-${i}` } }).catch(() => undefined);
    await expect(unlockSharedMap({ token: link.token, ip, input: { password: "journey-secret" } })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("are made and revoked by editors and up, within their workspace only", async () => {
    expect(await createShareLink(f.viewer.id, ref(), { mapId })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    const theirMap = (await buildMap(f.otherWorkspace.id)).id;
    expect(await createShareLink(f.owner.id, ref(), { mapId: theirMap })).toMatchObject({ ok: false, error: "MAP_NOT_FOUND" });
    const theirs = await createShareLink(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, { mapId: theirMap });
    expect(theirs.ok).toBe(true);
    const theirId = theirs.ok ? theirs.data.linkId : "";
    expect(await revokeShareLink(f.owner.id, ref(), { mapId, linkId: theirId })).toMatchObject({ ok: false, error: "SHARE_LINK_NOT_FOUND" });
    expect(await revokeShareLink(f.owner.id, ref(), { mapId: theirMap, linkId: theirId })).toMatchObject({ ok: false, error: "MAP_NOT_FOUND" });
    const [row] = await getDb().select({ revokedAt: mapShareLinks.revokedAt }).from(mapShareLinks).where(and(eq(mapShareLinks.id, theirId)));
    expect(row!.revokedAt).toBeNull();
  });
});
