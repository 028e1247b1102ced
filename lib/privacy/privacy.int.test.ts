import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, feedbackForms, feedbackResponses, feedbackRollup, workspaces } from "@/db/schema";
import { CLIENT_IP_HEADER } from "@/lib/auth/client-ip";
import { createFeedbackForm } from "@/lib/evidence/forms/manage-feedback-form";
import { getPublicForm, submitPublicFeedback } from "@/lib/evidence/forms/public-form";
import { respondentKey } from "@/lib/evidence/respondent-key";
import { buildEvidenceMap, buildResponses } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { loadPrivacySettings, updatePrivacySettings } from "./privacy-settings";
import { countRespondentResponses, eraseRespondentResponses, exportRespondentResponses } from "./respondent-requests";
import { applyRetention, retentionCutoff } from "./retention";

let f: TenantFixture;
let m: Awaited<ReturnType<typeof buildEvidenceMap>>;
const ref = () => ({ slug: f.workspace.slug });
const NOW = new Date("2026-12-03T12:00:00Z");
const monthsAgo = (n: number) => retentionCutoff(NOW, n);

const rollupTotals = async (workspaceId: string) => {
  const [row] = await getDb()
    .select({ responses: sql<number>`coalesce(sum(${feedbackRollup.responses}), 0)::int`, csat: sql<number>`coalesce(sum(${feedbackRollup.csatCount}), 0)::int` })
    .from(feedbackRollup)
    .where(and(eq(feedbackRollup.workspaceId, workspaceId), eq(feedbackRollup.grain, "month")));
  return row!;
};
const responses = (workspaceId: string) => getDb().select().from(feedbackResponses).where(eq(feedbackResponses.workspaceId, workspaceId));

beforeEach(async () => {
  f = await buildTenantFixture();
  m = await buildEvidenceMap(f.workspace.id);
});

describe("privacy settings", () => {
  it("admins choose a retention of 3–60 months or none, and the consent text; audited", async () => {
    expect(await updatePrivacySettings(f.admin.id, ref(), { retentionMonths: "2", retentionMode: "anonymise" })).toMatchObject({ ok: false, fieldErrors: { retentionMonths: ["INVALID_RETENTION"] } });
    expect(await updatePrivacySettings(f.admin.id, ref(), { retentionMonths: "12", retentionMode: "shred" })).toMatchObject({ ok: false, fieldErrors: { retentionMode: ["INVALID_RETENTION_MODE"] } });
    expect(await updatePrivacySettings(f.editor.id, ref(), { retentionMonths: "12", retentionMode: "anonymise" })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await updatePrivacySettings(f.admin.id, ref(), { retentionMonths: "12", retentionMode: "delete", consentText: "  Ja, bewaar mijn adres. " })).toMatchObject({ ok: true });
    expect(await loadPrivacySettings(f.workspace.id)).toEqual({ retentionMonths: 12, retentionMode: "delete", consentText: "Ja, bewaar mijn adres." });
    expect(await updatePrivacySettings(f.admin.id, ref(), { retentionMonths: "", retentionMode: "anonymise", consentText: "" })).toMatchObject({ ok: true });
    expect(await loadPrivacySettings(f.workspace.id)).toEqual({ retentionMonths: null, retentionMode: "anonymise", consentText: null });
    const events = await getDb().select().from(auditEvents).where(and(eq(auditEvents.workspaceId, f.workspace.id), eq(auditEvents.action, "workspace.privacy_changed")));
    expect(events.map((e) => e.details.to)).toEqual(expect.arrayContaining(["12 months, delete", "no limit"]));
  });
});

describe("the retention job", () => {
  it("anonymises responses older than the period: comments and keys go, scores stay counted; a comment-only response goes", async () => {
    const base = { workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: m.touchpoint.id };
    await buildResponses(base, [
      { csat: 2, comment: "Slow checkout", followUp: "Faster tills", respondentKey: "k-old", respondedAt: monthsAgo(13) },
      { comment: "Only words", respondedAt: monthsAgo(14) },
      { followUp: "Only a follow-up answer", respondedAt: monthsAgo(15) },
      { csat: 5, comment: "Great", followUp: "Nothing", respondentKey: "k-new", respondedAt: monthsAgo(6) },
    ]);
    // Another workspace with the same data and no limit keeps everything.
    const other = await buildEvidenceMap(f.otherWorkspace.id);
    await buildResponses({ workspaceId: f.otherWorkspace.id, mapId: other.map.id, touchpointId: other.touchpoint.id }, [{ csat: 1, comment: "Keep me", respondedAt: monthsAgo(30) }]);
    await getDb().update(workspaces).set({ retentionMonths: 12, retentionMode: "anonymise" }).where(eq(workspaces.id, f.workspace.id));

    const outcome = await applyRetention(NOW);
    expect(outcome.find((o) => o.workspaceId === f.workspace.id)).toMatchObject({ anonymised: 1, deleted: 2 });
    const rows = (await responses(f.workspace.id)).sort((a, b) => a.respondedAt.getTime() - b.respondedAt.getTime());
    expect(rows.map((r) => [r.csat, r.comment, r.followUp, r.respondentKey])).toEqual([
      [2, null, null, null],
      [5, "Great", "Nothing", "k-new"],
    ]);
    expect(await rollupTotals(f.workspace.id)).toEqual({ responses: 2, csat: 2 });
    expect((await responses(f.otherWorkspace.id))[0]).toMatchObject({ comment: "Keep me" });
    // Running again changes nothing.
    expect((await applyRetention(NOW)).find((o) => o.workspaceId === f.workspace.id)).toMatchObject({ anonymised: 0, deleted: 0 });
  });

  it("deletes whole old responses when chosen, and the dashboards stop counting them", async () => {
    const base = { workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: m.touchpoint.id };
    await buildResponses(base, [{ csat: 2, respondedAt: monthsAgo(4) }, { csat: 4, respondedAt: monthsAgo(1) }]);
    expect(await rollupTotals(f.workspace.id)).toEqual({ responses: 2, csat: 2 });
    await getDb().update(workspaces).set({ retentionMonths: 3, retentionMode: "delete" }).where(eq(workspaces.id, f.workspace.id));
    await applyRetention(NOW);
    expect((await responses(f.workspace.id)).map((r) => r.csat)).toEqual([4]);
    expect(await rollupTotals(f.workspace.id)).toEqual({ responses: 1, csat: 1 });
  });
});

describe("a respondent's request", () => {
  async function seed() {
    const base = { workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: m.touchpoint.id };
    await buildResponses(base, [
      { csat: 1, comment: "Rude staff", respondentKey: respondentKey("Ann@Example.com") },
      { nps: 3, respondentKey: respondentKey("ann@example.com ") },
      { csat: 4, respondentKey: respondentKey("KL 12 345") },
      { csat: 5, respondentKey: respondentKey("bob@example.com") },
    ]);
    // The same person answered another workspace too; that is not this workspace's to erase.
    const other = await buildEvidenceMap(f.otherWorkspace.id);
    await buildResponses({ workspaceId: f.otherWorkspace.id, mapId: other.map.id, touchpointId: other.touchpoint.id }, [{ csat: 2, respondentKey: respondentKey("ann@example.com") }]);
  }

  it("finds and exports by e-mail or customer number, however typed; audited without the address", async () => {
    await seed();
    expect(await countRespondentResponses(f.admin.id, ref(), { identifier: " ANN@example.com" })).toEqual({ ok: true, data: { count: 2 } });
    expect(await countRespondentResponses(f.admin.id, ref(), { identifier: "kl12345" })).toEqual({ ok: true, data: { count: 1 } });
    const exported = await exportRespondentResponses(f.owner.id, ref(), { identifier: "ann@example.com" });
    expect(exported.ok && exported.data.responses.map((r) => [r.touchpoint, r.csat, r.nps, r.comment])).toEqual(
      expect.arrayContaining([["Website", 1, null, "Rude staff"], ["Website", null, 3, null]]),
    );
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.workspaceId, f.workspace.id));
    expect(events.find((e) => e.action === "feedback.access_exported")?.details).toEqual({ count: "2" });
    expect(JSON.stringify(events)).not.toContain("ann@");
    expect(await countRespondentResponses(f.editor.id, ref(), { identifier: "ann@example.com" })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await exportRespondentResponses(f.foreignOwner.id, ref(), { identifier: "ann@example.com" })).toMatchObject({ ok: false, error: "NOT_FOUND" });
  });

  it("erases exactly the confirmed responses, keeps the rollup exact, and leaves other workspaces alone", async () => {
    await seed();
    expect(await rollupTotals(f.workspace.id)).toEqual({ responses: 4, csat: 3 });
    expect(await eraseRespondentResponses(f.admin.id, ref(), { identifier: "ann@example.com", expectedCount: 3 })).toMatchObject({ ok: false, error: "ERASURE_COUNT_CHANGED" });
    expect(await responses(f.workspace.id)).toHaveLength(4);
    expect(await eraseRespondentResponses(f.admin.id, ref(), { identifier: "ann@example.com", expectedCount: 2 })).toEqual({ ok: true, data: { erased: 2 } });
    expect((await responses(f.workspace.id)).map((r) => r.csat).sort()).toEqual([4, 5]);
    expect(await rollupTotals(f.workspace.id)).toEqual({ responses: 2, csat: 2 });
    expect(await responses(f.otherWorkspace.id)).toHaveLength(1);
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.workspaceId, f.workspace.id));
    expect(events.find((e) => e.action === "feedback.erased")).toMatchObject({ actorId: f.admin.id, details: { count: "2" } });
  });
});

describe("consent on the public form", () => {
  it("keeps who answered (as a key) only when the box is ticked, and shows the workspace's own consent text", async () => {
    const created = await createFeedbackForm(f.editor.id, ref(), { touchpointId: m.touchpoint.id, asksCsat: true });
    if (!created.ok) throw new Error(created.error);
    const [form] = await getDb().select().from(feedbackForms).where(eq(feedbackForms.id, created.data.formId));
    const headers = () => new Headers({ [CLIENT_IP_HEADER]: `10.9.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}` });
    const submit = (input: Record<string, string>) => submitPublicFeedback({ token: form!.publicToken, headers: headers(), input });

    await expect(submit({ csat: "4", respondent: "ann@example.com" })).rejects.toMatchObject({ fieldErrors: { consent: ["CONSENT_REQUIRED"] } });
    expect(await responses(f.workspace.id)).toHaveLength(0);
    await submit({ csat: "4", respondent: "ann@example.com", consent: "on" });
    await submit({ csat: "3", consent: "on" });
    await submit({ csat: "2" });
    expect((await responses(f.workspace.id)).map((r) => r.respondentKey).sort()).toEqual([respondentKey("ann@example.com"), null, null].sort());

    expect((await getPublicForm(form!.publicToken))?.consentText).toBeNull();
    await updatePrivacySettings(f.admin.id, ref(), { retentionMonths: "", retentionMode: "anonymise", consentText: "Ik ga akkoord." });
    expect((await getPublicForm(form!.publicToken))?.consentText).toBe("Ik ga akkoord.");
  });
});
