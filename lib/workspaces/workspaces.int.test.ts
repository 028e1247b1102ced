import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, journeyMaps, memberships, users, workspaces } from "@/db/schema";
import { getWorkspaceDashboard } from "@/lib/dashboards/get-dashboard";
import { createFeedbackForm } from "@/lib/evidence/forms/manage-feedback-form";
import { getPublicForm } from "@/lib/evidence/forms/public-form";
import { buildEvidenceMap, buildResponses } from "@/lib/testing/evidence-fixtures";
import { buildMap, buildTenantFixture, buildUser } from "@/lib/testing/factories";
import { deleteWorkspace } from "./delete-workspace";
import { transferOwnership } from "./transfer-ownership";
import { createWorkspace } from "./create-workspace";
import { listUserWorkspaces } from "./list-user-workspaces";
import { renameWorkspace } from "./rename-workspace";
import { supportedTimeZones } from "./time-zones";
import { updateWorkspaceRegion } from "./update-workspace-region";
import { logger } from "@/lib/observability/logger";

describe("workspaces", () => {
  it("creates a workspace its creator owns, with a unique slug even for a taken name", async () => {
    const user = await buildUser();
    const a = await createWorkspace(user.id, { name: "Klantenservice Noord" });
    const b = await createWorkspace(user.id, { name: "Klantenservice Noord" });
    expect(a.slug).not.toBe(b.slug);
    expect(b.slug).toMatch(/^klantenservice-noord/);
    expect((await listUserWorkspaces(user.id)).map((w) => [w.slug, w.role])).toEqual(
      expect.arrayContaining([
        [a.slug, "owner"],
        [b.slug, "owner"],
      ]),
    );
  });

  it("refuses a bad name with a field error and creates nothing", async () => {
    const user = await buildUser();
    await expect(createWorkspace(user.id, { name: " x " })).rejects.toMatchObject({ fieldErrors: { name: ["TOO_SHORT"] } });
    await expect(createWorkspace(null, { name: "Fine name" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await listUserWorkspaces(user.id)).toEqual([]);
  });

  it("renames with an audit event; a bad name changes nothing", async () => {
    const f = await buildTenantFixture();
    expect(await renameWorkspace(f.admin.id, { slug: f.workspace.slug }, { name: "a".repeat(61) })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["TOO_LONG"] },
    });
    expect(await renameWorkspace(f.admin.id, { slug: f.workspace.slug }, { name: "Marketing" })).toMatchObject({ ok: true });
    const [row] = await getDb().select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, f.workspace.id));
    expect(row!.name).toBe("Marketing");
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.workspaceId, f.workspace.id));
    expect(events.map((e) => e.action)).toEqual(["workspace.renamed"]);
  });
});

describe("workspace language and time zone", () => {
  const regionOf = async (id: string) =>
    (await getDb().select({ locale: workspaces.locale, timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, id)))[0];
  const regionEvents = (id: string) =>
    getDb().select().from(auditEvents).where(and(eq(auditEvents.workspaceId, id), eq(auditEvents.action, "workspace.region_changed")));

  it("offers the runtime's IANA zones and UTC", () => {
    expect(supportedTimeZones()).toEqual(expect.arrayContaining(["Europe/Amsterdam", "America/New_York", "UTC"]));
    expect(supportedTimeZones()).not.toContain("Mars/Olympus");
  });

  it("saves both with an audit event, and saving the same again records nothing", async () => {
    const f = await buildTenantFixture();
    expect(await updateWorkspaceRegion(f.admin.id, { slug: f.workspace.slug }, { locale: "nl", timeZone: "America/New_York" })).toEqual({
      ok: true,
      data: { locale: "nl", timeZone: "America/New_York", changed: true },
    });
    expect(await regionOf(f.workspace.id)).toEqual({ locale: "nl", timeZone: "America/New_York" });
    expect(await updateWorkspaceRegion(f.owner.id, { slug: f.workspace.slug }, { locale: "nl", timeZone: "America/New_York" })).toMatchObject({ ok: true, data: { changed: false } });
    expect((await regionEvents(f.workspace.id)).map((e) => e.details)).toEqual([{ from: "en, Europe/Amsterdam", to: "nl, America/New_York" }]);
  });

  it("refuses an unknown time zone or language with a field error, changing nothing", async () => {
    const f = await buildTenantFixture();
    const ref = { slug: f.workspace.slug };
    expect(await updateWorkspaceRegion(f.owner.id, ref, { locale: "nl", timeZone: "Mars/Olympus" })).toMatchObject({ ok: false, fieldErrors: { timeZone: ["INVALID_TIME_ZONE"] } });
    expect(await updateWorkspaceRegion(f.owner.id, ref, { locale: "de", timeZone: "UTC" })).toMatchObject({ ok: false, fieldErrors: { locale: ["INVALID_LOCALE"] } });
    // A time zone PostgreSQL knows but the list does not (an abbreviation) is refused too.
    expect(await updateWorkspaceRegion(f.owner.id, ref, { locale: "en", timeZone: "CET" })).toMatchObject({ ok: false, fieldErrors: { timeZone: ["INVALID_TIME_ZONE"] } });
    expect(await updateWorkspaceRegion(f.editor.id, ref, { locale: "nl", timeZone: "UTC" })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await regionOf(f.workspace.id)).toEqual({ locale: "en", timeZone: "Europe/Amsterdam" });
    expect(await regionEvents(f.workspace.id)).toEqual([]);
  });

  it("moves responses to the quarter they fell in in the new zone, and the public form to the new language", async () => {
    const f = await buildTenantFixture();
    const ref = { slug: f.workspace.slug };
    const m = await buildEvidenceMap(f.workspace.id);
    // 31 March 22:30 UTC is 1 April 00:30 in Amsterdam: the second quarter there, the first in UTC.
    await buildResponses({ workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: m.touchpoint.id }, [{ csat: 5, respondedAt: new Date("2026-03-31T22:30:00Z") }]);
    const responsesIn = async (quarter: string) => {
      const result = await getWorkspaceDashboard(f.viewer.id, ref, { quarter });
      if (!result.ok) throw new Error(result.error);
      return result.data.summary.aggregate.responses;
    };
    expect([await responsesIn("2026-Q1"), await responsesIn("2026-Q2")]).toEqual([0, 1]);
    const created = await createFeedbackForm(f.editor.id, ref, { touchpointId: m.touchpoint.id, asksCsat: true });
    if (!created.ok) throw new Error(created.error);
    expect((await getPublicForm(created.data.publicToken))?.locale).toBe("en");

    expect(await updateWorkspaceRegion(f.admin.id, ref, { locale: "nl", timeZone: "UTC" })).toMatchObject({ ok: true });
    expect([await responsesIn("2026-Q1"), await responsesIn("2026-Q2")]).toEqual([1, 0]);
    expect((await getPublicForm(created.data.publicToken))?.locale).toBe("nl");
  });
});

describe("workspace lifecycle", () => {
  it("hands ownership over: the new owner in, the old one an admin, audited", async () => {
    const f = await buildTenantFixture();
    const ref = { slug: f.workspace.slug };
    expect(await transferOwnership(f.owner.id, ref, { userId: f.owner.id })).toMatchObject({ ok: false, error: "ALREADY_OWNER" });
    expect(await transferOwnership(f.owner.id, ref, { userId: f.foreignOwner.id })).toMatchObject({ ok: false, error: "MEMBER_NOT_FOUND" });
    expect(await transferOwnership(f.owner.id, ref, { userId: f.viewer.id })).toEqual({ ok: true, data: { ownerId: f.viewer.id } });
    const roles = await getDb().select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(eq(memberships.workspaceId, f.workspace.id));
    expect(roles.find((r) => r.userId === f.viewer.id)?.role).toBe("owner");
    expect(roles.find((r) => r.userId === f.owner.id)?.role).toBe("admin");
    const events = await getDb().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.workspaceId, f.workspace.id));
    expect(events.map((e) => e.action)).toContain("workspace.ownership_transferred");
    // The former owner, now an admin, cannot hand it back or delete it.
    expect(await deleteWorkspace(f.owner.id, ref, { confirmName: f.workspace.name })).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });

  it("deletes a workspace and everything in it only when its name is typed, leaving other workspaces alone", async () => {
    const f = await buildTenantFixture();
    const ref = { slug: f.workspace.slug };
    const map = await buildMap(f.workspace.id);
    const foreignMap = await buildMap(f.otherWorkspace.id);
    expect(await deleteWorkspace(f.owner.id, ref, { confirmName: "not the name" })).toMatchObject({ ok: false, fieldErrors: { confirmName: ["NAME_MISMATCH"] } });
    expect(await getDb().select().from(journeyMaps).where(eq(journeyMaps.id, map.id))).toHaveLength(1);
    const logged: unknown[] = [];
    const spy = vi.spyOn(logger, "info").mockImplementation(((entry: unknown) => void logged.push(entry)) as never);
    try {
      expect(await deleteWorkspace(f.owner.id, ref, { confirmName: ` ${f.workspace.name} ` })).toEqual({ ok: true, data: { deleted: true } });
    } finally {
      spy.mockRestore();
    }
    expect(await getDb().select().from(workspaces).where(eq(workspaces.id, f.workspace.id))).toEqual([]);
    expect(await getDb().select().from(journeyMaps).where(eq(journeyMaps.id, map.id))).toEqual([]);
    expect(await getDb().select().from(memberships).where(eq(memberships.workspaceId, f.workspace.id))).toEqual([]);
    expect(await getDb().select().from(journeyMaps).where(eq(journeyMaps.id, foreignMap.id))).toHaveLength(1);
    expect(logged.find((l) => (l as { event?: string }).event === "workspace.deleted")).toMatchObject({ workspaceId: f.workspace.id, actorId: f.owner.id, members: 4 });
    // The owner's account stays.
    expect(await getDb().select().from(users).where(eq(users.id, f.owner.id))).toHaveLength(1);
  });
});
