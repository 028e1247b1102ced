import { and, eq, isNull } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { accountTokens, auditEvents, invitations, workspaceFormLogos, workspaceExportChunks, workspaceExports, workspaceSsoDomains, journeyMaps, memberships, personas, workspaces } from "@/db/schema";
import type { ActionResult } from "@/lib/actions/action-result";
import { archiveMap, restoreMap } from "@/lib/maps/archive-map";
import { createMap } from "@/lib/maps/create-map";
import { deleteMap } from "@/lib/maps/delete-map";
import { duplicateMap } from "@/lib/maps/duplicate-map";
import { renameMap } from "@/lib/maps/rename-map";
import { setMapPersona } from "@/lib/maps/set-map-persona";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { inviteMember } from "@/lib/members/invite-member";
import { leaveWorkspace, removeMember } from "@/lib/members/remove-member";
import { revokeInvitation } from "@/lib/members/revoke-invitation";
import { createPersona } from "@/lib/personas/create-persona";
import { deletePersona } from "@/lib/personas/delete-persona";
import { updatePersona } from "@/lib/personas/update-persona";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { transferOwnership } from "@/lib/workspaces/transfer-ownership";
import { issueMemberResetLink } from "@/lib/members/issue-reset-link";
import { updatePrivacySettings } from "@/lib/privacy/privacy-settings";
import { addSsoDomain, removeSsoDomain } from "@/lib/sso/sso-domains";
import { requestWorkspaceExport, workspaceExportDownload } from "@/lib/workspaces/workspace-exports";
import { startJobQueue } from "@/lib/jobs/job-queue";
import { countRespondentResponses, eraseRespondentResponses, exportRespondentResponses } from "@/lib/privacy/respondent-requests";
import { updateWorkspaceRegion } from "@/lib/workspaces/update-workspace-region";
import { removeFormLogo, updateFormBranding, uploadFormLogo } from "@/lib/evidence/forms/form-branding";
import { settingsFormLogoResponse } from "@/lib/evidence/forms/form-logo-response";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { actorsOf, buildTenantFixture, type ActorName, type TenantFixture } from "@/lib/testing/factories";
import { createMapAs, createPersonaAs, workspaceSnapshot } from "@/lib/testing/map-fixtures";
import { PAGE_PERMISSIONS } from "./page-permissions";
import { issueCollabTicket } from "@/lib/collab/server/collab-ticket";
import { toActionError } from "@/lib/actions/workspace-operation";
import { buildMap, testSessionId } from "@/lib/testing/factories";
import { createApiKey, revokeApiKey } from "@/lib/api/keys/manage-api-keys";
import { feedbackExportResponse } from "@/lib/evidence/export/feedback-export";
import { feedbackFormQrResponse } from "@/lib/evidence/forms/form-qr";
import { createFeedbackForm, rotateFeedbackFormLink, setFeedbackFormPaused, updateFeedbackFormQuestions } from "@/lib/evidence/forms/manage-feedback-form";
import { commitFeedbackImport, importReportCsv, stageImportRows, startFeedbackImport } from "@/lib/evidence/import/feedback-import";
import { createKpi } from "@/lib/evidence/kpis/create-kpi";
import { deleteKpiValue, setKpiValue } from "@/lib/evidence/kpis/kpi-values";
import { deleteKpi, updateKpi } from "@/lib/evidence/kpis/update-kpi";
import { importKpiValues } from "@/lib/evidence/kpis/import-kpi-values";
import { mapEvidenceResponse } from "@/lib/evidence/map-evidence";
import { buildEvidenceMap, buildEvidenceSet, evidenceSnapshot, type EvidenceSet } from "@/lib/testing/evidence-fixtures";
import { mapReviews, mapSnapshots, reviewActions } from "@/db/schema";
import { dashboardCsvResponse } from "@/lib/dashboards/dashboard-csv";
import { dashboardPdfResponse } from "@/lib/pdf/dashboard-pdf";
import { reviewPdfResponse } from "@/lib/pdf/review-pdf";
import { getMapDashboard, getWorkspaceDashboard } from "@/lib/dashboards/get-dashboard";
import { mapFileResponse } from "@/lib/map-files/export-map";
import { importMap } from "@/lib/map-files/import-map";
import { toMapFile } from "@/lib/map-files/map-file";
import { addActionFromOpportunity, addReviewAction, deleteReviewAction, listOpportunityActions, updateReviewAction } from "@/lib/reviews/review-actions";
import { saveReviewNotes } from "@/lib/reviews/review-notes";
import { createSnapshot } from "@/lib/snapshots/create-snapshot";
import { restoreSnapshot } from "@/lib/snapshots/restore-snapshot";
import { mapComments } from "@/db/schema";
import { addComment, deleteComment, editComment, resolveComment } from "@/lib/comments/comment-operations";
import { notifications } from "@/db/schema";
import { markAllNotificationsRead, markNotification } from "@/lib/notifications/inbox";
import { openNotificationResponse, unreadCountResponse } from "@/lib/notifications/inbox-routes";
import { mapShareLinks } from "@/db/schema";
import { createShareLink, revokeShareLink } from "@/lib/sharing/share-links";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { createWebhook, deleteWebhook, replayWebhookDelivery, sendTestWebhook, setWebhookSettings } from "@/lib/webhooks/manage-webhooks";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import { alertRules } from "@/db/schema";
import { createAlertRule, deleteAlertRule } from "@/lib/alerts/manage-alert-rules";
import { followMap } from "@/lib/notifications/review-due";
import { mapOpportunities, mapUpdates } from "@/db/schema";
import { getOpportunityMatrix } from "@/lib/opportunities/get-opportunity-matrix";
import { placeOpportunity } from "@/lib/opportunities/place-opportunity";
import { addCard, addLane, addPhase, addStep } from "@/lib/journey/map-document";
import { insertProjection } from "@/lib/maps/insert-projection";
import * as Y from "yjs";

/**
 * Every entry point of the workspace, tried as every kind of caller. "ok" means allowed;
 * otherwise the error code the caller must get, with nothing changed in the database.
 * Later routes and actions add their rows here.
 */
type Outcome = "ok" | "UNAUTHORIZED" | "NOT_FOUND" | "FORBIDDEN" | "COMMENT_NOT_YOURS" | "NOTIFICATION_NOT_FOUND";
const REFUSED_OUTSIDE = { outsider: "NOT_FOUND", foreignOwner: "NOT_FOUND", anonymous: "UNAUTHORIZED" } as const;
const ADMIN_ONLY = { owner: "ok", admin: "ok", editor: "FORBIDDEN", viewer: "FORBIDDEN", ...REFUSED_OUTSIDE } as const;
const ANY_MEMBER = { owner: "ok", admin: "ok", editor: "ok", viewer: "ok", ...REFUSED_OUTSIDE } as const;
const EDITORS = { owner: "ok", admin: "ok", editor: "ok", viewer: "FORBIDDEN", ...REFUSED_OUTSIDE } as const;
const OWNER_ONLY = { owner: "ok", admin: "FORBIDDEN", editor: "FORBIDDEN", viewer: "FORBIDDEN", ...REFUSED_OUTSIDE } as const;

const PAGE_EXPECTATIONS: Record<keyof typeof PAGE_PERMISSIONS, Record<ActorName, Outcome>> = {
  maps: ANY_MEMBER,
  mapEditor: ANY_MEMBER,
  members: ANY_MEMBER,
  audit: ADMIN_ONLY,
  settings: ADMIN_ONLY,
  personas: ANY_MEMBER,
  evidence: ANY_MEMBER,
  evidenceImport: EDITORS,
  kpiImport: EDITORS,
  apiKeys: ADMIN_ONLY,
  webhooks: ADMIN_ONLY,
  dashboard: ANY_MEMBER,
  mapDashboard: ANY_MEMBER,
  mapReview: ANY_MEMBER,
  mapSnapshots: ANY_MEMBER,
  mapExport: ANY_MEMBER,
  mapImport: EDITORS,
  notifications: ANY_MEMBER,
  mapShare: ANY_MEMBER,
  myWork: ANY_MEMBER,
  alerts: ANY_MEMBER,
  opportunities: ANY_MEMBER,
};

type Case = {
  name: string;
  expected: Record<ActorName, Outcome>;
  /** Runs the operation as `userId` against the fixture's workspace. */
  run: (f: TenantFixture, userId: string | null, prepared: string) => Promise<ActionResult<unknown>>;
  /** Rows the operation needs, created (by the owner) before the state is measured. */
  prepare?: (f: TenantFixture) => Promise<string>;
  /** A fingerprint of what the operation would change, compared before and after a refusal. */
  state: (f: TenantFixture) => Promise<unknown>;
};

const db = () => getDb();
const ref = (f: TenantFixture) => ({ slug: f.workspace.slug });
const memberRoles = async (f: TenantFixture) =>
  (await db().select({ u: memberships.userId, r: memberships.role }).from(memberships).where(eq(memberships.workspaceId, f.workspace.id)))
    .map((m) => `${m.u}:${m.r}`)
    .sort();
const openInvitations = async (f: TenantFixture) =>
  (
    await db()
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.workspaceId, f.workspace.id), isNull(invitations.revokedAt)))
  ).length;

const mapsOf = async (f: TenantFixture) =>
  (
    await db()
      .select({ id: journeyMaps.id, name: journeyMaps.name, archived: journeyMaps.archivedAt, persona: journeyMaps.personaId })
      .from(journeyMaps)
      .where(eq(journeyMaps.workspaceId, f.workspace.id))
  ).sort((a, b) => a.id.localeCompare(b.id));
const personasOf = async (f: TenantFixture) =>
  (await db().select().from(personas).where(eq(personas.workspaceId, f.workspace.id))).sort((a, b) => a.id.localeCompare(b.id));
const ownersMap = (f: TenantFixture) => createMapAs(f.owner.id, f.workspace.slug, { name: "Prepared map" });
const ownersPersona = (f: TenantFixture) => createPersonaAs(f.owner.id, f.workspace.slug, "Prepared persona");

async function createInvitation(f: TenantFixture) {
  const result = await inviteMember(f.owner.id, ref(f), { email: `pending-${crypto.randomUUID()}@example.test`, role: "viewer" });
  if (!result.ok) throw new Error(result.error);
  return result.data.invitationId;
}

const CASES: Case[] = [
  {
    name: "rename workspace",
    expected: ADMIN_ONLY,
    run: (f, u) => renameWorkspace(u, ref(f), { name: "Renamed by test" }),
    state: async (f) => (await db().select({ n: workspaces.name }).from(workspaces).where(eq(workspaces.id, f.workspace.id)))[0],
  },
  {
    name: "set the workspace's language and time zone",
    expected: ADMIN_ONLY,
    run: (f, u) => updateWorkspaceRegion(u, ref(f), { locale: "nl", timeZone: "America/New_York" }),
    state: async (f) => ({
      workspace: (await db().select({ l: workspaces.locale, z: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, f.workspace.id)))[0],
      events: (await db().select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.workspaceId, f.workspace.id))).length,
    }),
  },
  {
    name: "invite member",
    expected: ADMIN_ONLY,
    run: (f, u) => inviteMember(u, ref(f), { email: `new-${crypto.randomUUID()}@example.test`, role: "editor" }),
    state: openInvitations,
  },
  {
    name: "change a viewer's role",
    expected: ADMIN_ONLY,
    run: (f, u) => changeMemberRole(u, ref(f), { userId: f.viewer.id, role: "editor" }),
    state: memberRoles,
  },
  {
    name: "remove the editor",
    expected: ADMIN_ONLY,
    run: (f, u) => removeMember(u, ref(f), { userId: f.editor.id }),
    state: memberRoles,
  },
  {
    name: "revoke an invitation",
    expected: ADMIN_ONLY,
    prepare: createInvitation,
    run: (f, u, invitationId) => revokeInvitation(u, ref(f), { invitationId }),
    state: openInvitations,
  },
  {
    name: "leave the workspace (not the last owner)",
    expected: { ...ANY_MEMBER, owner: "ok" },
    run: async (f, u) => {
      // A second owner so the owner's own leave is legal.
      if (u === f.owner.id) await changeMemberRole(f.owner.id, ref(f), { userId: f.admin.id, role: "owner" });
      return leaveWorkspace(u, ref(f), {});
    },
    state: memberRoles,
  },
  {
    // GET /api/maps/<mapId>/collab-token; the socket's own matrix is in lib/collab/server/collab-access.int.test.ts.
    name: "collab ticket for a map",
    expected: ANY_MEMBER,
    prepare: async (f) => (await buildMap(f.workspace.id)).id,
    run: async (_f, u, mapId) => {
      try {
        return { ok: true, data: await issueCollabTicket(u ? { id: u, name: null, email: "x@example.test", sessionId: testSessionId(u) } : null, mapId) };
      } catch (error) {
        return toActionError(error);
      }
    },
    state: memberRoles,
  },
  {
    name: "create a map",
    expected: EDITORS,
    run: (f, u) => createMap(u, ref(f), { name: "New map", starter: "five-phase" }),
    state: mapsOf,
  },
  {
    name: "rename a map",
    expected: EDITORS,
    prepare: ownersMap,
    run: (f, u, mapId) => renameMap(u, ref(f), { mapId, name: "Renamed map" }),
    state: mapsOf,
  },
  {
    name: "duplicate a map",
    expected: EDITORS,
    prepare: ownersMap,
    run: (f, u, mapId) => duplicateMap(u, ref(f), { mapId, name: "Prepared map (copy)" }),
    state: mapsOf,
  },
  {
    name: "archive a map",
    expected: EDITORS,
    prepare: ownersMap,
    run: (f, u, mapId) => archiveMap(u, ref(f), { mapId }),
    state: mapsOf,
  },
  {
    name: "restore a map",
    expected: EDITORS,
    prepare: async (f) => {
      const mapId = await ownersMap(f);
      await archiveMap(f.owner.id, ref(f), { mapId });
      return mapId;
    },
    run: (f, u, mapId) => restoreMap(u, ref(f), { mapId }),
    state: mapsOf,
  },
  {
    name: "set a map's persona",
    expected: EDITORS,
    prepare: async (f) => `${await ownersMap(f)} ${await ownersPersona(f)}`,
    run: (f, u, prepared) => {
      const [mapId, personaId] = prepared.split(" ");
      return setMapPersona(u, ref(f), { mapId, personaId });
    },
    state: mapsOf,
  },
  {
    name: "delete a map",
    expected: ADMIN_ONLY,
    prepare: ownersMap,
    run: (f, u, mapId) => deleteMap(u, ref(f), { mapId }),
    state: mapsOf,
  },
  {
    name: "create a persona",
    expected: EDITORS,
    run: (f, u) => createPersona(u, ref(f), { name: "New persona" }),
    state: personasOf,
  },
  {
    name: "edit a persona",
    expected: EDITORS,
    prepare: ownersPersona,
    run: (f, u, personaId) => updatePersona(u, ref(f), { personaId, name: "Edited persona", goals: "More" }),
    state: personasOf,
  },
  {
    name: "delete a persona",
    expected: ADMIN_ONLY,
    prepare: ownersPersona,
    run: (f, u, personaId) => deletePersona(u, ref(f), { personaId }),
    state: async (f) => ({ personas: await personasOf(f), maps: await mapsOf(f) }),
  },
  ...lifecycleCases(),
  ...evidenceCases(),
  ...dashboardCases(),
  ...commentCases(),
  ...notificationCases(),
  ...shareLinkCases(),
  ...webhookCases(),
  ...alertRuleCases(),
  {
    name: "make a review action from an opportunity card",
    expected: EDITORS,
    prepare: ownersMap,
    run: (f, u, mapId) => addActionFromOpportunity(u, ref(f), { mapId, opportunityId: cardId(), title: "From the card" }),
    state: reviewsOf,
  },
  { name: "follow a map", expected: ANY_MEMBER, prepare: ownersMap, run: (f, u, mapId) => followMap(u, ref(f), { mapId, follow: true }), state: reviewsOf },
  { name: "list an opportunity's review actions", expected: ANY_MEMBER, prepare: ownersMap, run: (f, u, mapId) => listOpportunityActions(u, ref(f), { mapId, opportunityId: cardId() }), state: reviewsOf },
  ...opportunityMatrixCases(),
];

// ---- Public forms' look (issue 10): display name, accent colour, logo.
function pngLogoForm() {
  const body = new FormData();
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
  body.set("logo", new File([new Uint8Array(png)], "logo.png", { type: "image/png" }));
  return body;
}
async function ownersLogo(f: TenantFixture) {
  const result = await uploadFormLogo(f.owner.id, ref(f), pngLogoForm());
  if (!result.ok) throw new Error(result.error);
  return "";
}
async function formBrandingOf(f: TenantFixture) {
  return {
    workspace: (await db().select({ n: workspaces.formDisplayName, c: workspaces.formAccentColor }).from(workspaces).where(eq(workspaces.id, f.workspace.id)))[0],
    logo: (await db().select({ v: workspaceFormLogos.sha256 }).from(workspaceFormLogos).where(eq(workspaceFormLogos.workspaceId, f.workspace.id)))[0] ?? null,
  };
}

// ---- Workspace lifecycle and account recovery (issue 12).
function ssoRules(f: TenantFixture) {
  return db().select({ d: workspaceSsoDomains.domain }).from(workspaceSsoDomains).where(eq(workspaceSsoDomains.workspaceId, f.workspace.id));
}

function lifecycleCases(): Case[] {
  const resetTokens = async (f: TenantFixture) => (await db().select({ id: accountTokens.id }).from(accountTokens).where(eq(accountTokens.userId, f.editor.id))).length;
  return [
    { name: "issue a password-reset link for the editor", expected: ADMIN_ONLY, run: (f, u) => issueMemberResetLink(u, ref(f), { userId: f.editor.id }), state: resetTokens },
    { name: "hand ownership to the editor", expected: OWNER_ONLY, run: (f, u) => transferOwnership(u, ref(f), { userId: f.editor.id }), state: memberRoles },
    {
      name: "delete the workspace",
      expected: OWNER_ONLY,
      run: (f, u) => deleteWorkspace(u, ref(f), { confirmName: f.workspace.name }),
      state: async (f) => ({ workspace: (await db().select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, f.workspace.id))).length, members: await memberRoles(f) }),
    },
    {
      name: "set how long feedback is kept",
      expected: ADMIN_ONLY,
      run: (f, u) => updatePrivacySettings(u, ref(f), { retentionMonths: "12", retentionMode: "anonymise", consentText: "Yes" }),
      state: async (f) => (await db().select({ m: workspaces.retentionMonths, c: workspaces.consentText }).from(workspaces).where(eq(workspaces.id, f.workspace.id)))[0],
    },
    { name: "set the public forms' display name and accent colour", expected: ADMIN_ONLY, run: (f, u) => updateFormBranding(u, ref(f), { displayName: "Gamma", accentColor: "#0f766e" }), state: formBrandingOf },
    { name: "upload the public forms' logo", expected: ADMIN_ONLY, run: (f, u) => uploadFormLogo(u, ref(f), pngLogoForm()), state: formBrandingOf },
    { name: "remove the public forms' logo", expected: ADMIN_ONLY, prepare: ownersLogo, run: (f, u) => removeFormLogo(u, ref(f), {}), state: formBrandingOf },
    {
      // GET /w/<slug>/settings/form-logo (the Settings preview; the public copy is behind a form's token)
      name: "preview the public forms' logo",
      expected: ADMIN_ONLY,
      prepare: ownersLogo,
      run: async (f, u) => fromResponse(await settingsFormLogoResponse({ request: get("/form-logo"), userId: u, slug: f.workspace.slug })),
      state: formBrandingOf,
    },
    { name: "add a single sign-on domain rule", expected: ADMIN_ONLY, run: (f, u) => addSsoDomain(u, ref(f), { domain: `d-${f.workspace.id}.test`, role: "viewer" }), state: ssoRules },
    {
      name: "remove a single sign-on domain rule",
      expected: ADMIN_ONLY,
      prepare: async (f) => {
        await addSsoDomain(f.owner.id, ref(f), { domain: `r-${f.workspace.id}.test`, role: "viewer" });
        return `r-${f.workspace.id}.test`;
      },
      run: (f, u, domain) => removeSsoDomain(u, ref(f), { domain }),
      state: ssoRules,
    },
    {
      // POST (server action) Settings → Prepare the archive; run by the job queue (lib/workspaces/workspace-exports.int.test.ts).
      name: "ask for the workspace archive",
      expected: OWNER_ONLY,
      run: async (f, u) => {
        const queue = await startJobQueue();
        try {
          return await requestWorkspaceExport(u, ref(f), {});
        } finally {
          await queue.stop();
        }
      },
      state: async (f) => (await db().select({ s: workspaceExports.status }).from(workspaceExports).where(eq(workspaceExports.workspaceId, f.workspace.id))).filter((r) => r.s !== "failed"),
    },
    {
      // GET /w/<slug>/settings/export/<exportId>
      name: "download a finished workspace archive",
      expected: OWNER_ONLY,
      prepare: async (f) => {
        const [row] = await db().insert(workspaceExports).values({ workspaceId: f.workspace.id, status: "done", bytes: 3, finishedAt: new Date() }).returning();
        await db().insert(workspaceExportChunks).values({ exportId: row!.id, seq: 0, data: new Uint8Array([80, 75, 3]) });
        return row!.id;
      },
      run: async (f, u, exportId) => fromResponse(await workspaceExportDownload({ userId: u, slug: f.workspace.slug, exportId })),
      state: memberRoles,
    },
    { name: "count a respondent's responses", expected: ADMIN_ONLY, run: (f, u) => countRespondentResponses(u, ref(f), { identifier: "ann@example.com" }), state: memberRoles },
    { name: "export a respondent's responses", expected: ADMIN_ONLY, run: (f, u) => exportRespondentResponses(u, ref(f), { identifier: "ann@example.com" }), state: evidenceOf },
    { name: "erase a respondent's responses", expected: ADMIN_ONLY, run: (f, u) => eraseRespondentResponses(u, ref(f), { identifier: "ann@example.com", expectedCount: 0 }), state: evidenceOf },
  ];
}

// ---- Evidence (issue 4): KPIs, feedback forms, API keys, imports, and the routes that take a resource id.
// Function declarations: CASES spreads evidenceCases() before this part of the module has run.

async function ownersEvidence(f: TenantFixture) {
  return JSON.stringify(await buildEvidenceSet(f.workspace.id, f.workspace.slug, f.owner.id));
}
function evidenceOf(f: TenantFixture) {
  return evidenceSnapshot(f.workspace.id);
}
function ev(prepared: string) {
  return JSON.parse(prepared) as EvidenceSet;
}
/** A route's Response as the matrix's outcome. */
async function fromResponse(res: Response): Promise<ActionResult<unknown>> {
  const codes: Record<number, string> = { 401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "NOT_FOUND" };
  return res.ok ? { ok: true, data: null } : { ok: false, error: codes[res.status] ?? String(res.status) };
}
async function fromThrowing(work: () => Promise<unknown>): Promise<ActionResult<unknown>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    return toActionError(error);
  }
}
function get(path: string) {
  return new Request(`http://localhost${path}`);
}

function evidenceCases(): Case[] {
  const kpiInput = { name: "Answered within 2 days", unit: "%", direction: "higher", target: "90", tolerance: "5", periodKind: "month" };
  return [
    { name: "create a KPI", expected: EDITORS, prepare: ownersEvidence, run: (f, u, p) => createKpi(u, ref(f), { ...kpiInput, touchpointId: ev(p).touchpoint.id }), state: evidenceOf },
    { name: "edit a KPI", expected: EDITORS, prepare: ownersEvidence, run: (f, u, p) => updateKpi(u, ref(f), { ...kpiInput, kpiId: ev(p).kpiId, name: "Edited" }), state: evidenceOf },
    { name: "delete a KPI", expected: EDITORS, prepare: ownersEvidence, run: (f, u, p) => deleteKpi(u, ref(f), { kpiId: ev(p).kpiId }), state: evidenceOf },
    { name: "record a KPI value", expected: EDITORS, prepare: ownersEvidence, run: (f, u, p) => setKpiValue(u, ref(f), { kpiId: ev(p).kpiId, period: "2026-06", value: "3" }), state: evidenceOf },
    { name: "delete a KPI value", expected: EDITORS, prepare: ownersEvidence, run: (f, u, p) => deleteKpiValue(u, ref(f), { kpiId: ev(p).kpiId, periodStart: "2026-05-01" }), state: evidenceOf },
    {
      name: "import a map's KPI values from CSV",
      expected: EDITORS,
      prepare: ownersEvidence,
      run: (f, u, p) => importKpiValues(u, ref(f), { mapId: ev(p).map.id, fileName: "kpis.csv", rows: [{ kpi: ev(p).kpiId, period: "2026-06", value: "3" }] }),
      state: evidenceOf,
    },
    {
      name: "import one KPI's values from CSV",
      expected: EDITORS,
      prepare: ownersEvidence,
      run: (f, u, p) => importKpiValues(u, ref(f), { kpiId: ev(p).kpiId, rows: [{ period: "2026-05", value: "7" }] }),
      state: evidenceOf,
    },
    { name: "create a feedback form", expected: EDITORS, prepare: ownersEvidence, run: (f, u, p) => createFeedbackForm(u, ref(f), { touchpointId: ev(p).second.id, asksNps: true }), state: evidenceOf },
    { name: "change a form's questions", expected: EDITORS, prepare: ownersEvidence, run: (f, u, p) => updateFeedbackFormQuestions(u, ref(f), { formId: ev(p).formId, asksCes: true }), state: evidenceOf },
    {
      name: "reword a form's questions and ask the follow-up",
      expected: EDITORS,
      prepare: ownersEvidence,
      run: (f, u, p) => updateFeedbackFormQuestions(u, ref(f), { formId: ev(p).formId, asksCsat: true, asksFollowUp: true, csatQuestion: "Happy?", followUpQuestion: "What else?" }),
      state: evidenceOf,
    },
    { name: "pause a feedback form", expected: EDITORS, prepare: ownersEvidence, run: (f, u, p) => setFeedbackFormPaused(u, ref(f), { formId: ev(p).formId, paused: true }), state: evidenceOf },
    { name: "rotate a form's link", expected: EDITORS, prepare: ownersEvidence, run: (f, u, p) => rotateFeedbackFormLink(u, ref(f), { formId: ev(p).formId }), state: evidenceOf },
    { name: "create an API key", expected: ADMIN_ONLY, run: (f, u) => createApiKey(u, ref(f), { name: "Matrix key" }), state: evidenceOf },
    { name: "revoke an API key", expected: ADMIN_ONLY, prepare: ownersEvidence, run: (f, u, p) => revokeApiKey(u, ref(f), { keyId: ev(p).keyId }), state: evidenceOf },
    {
      // GET /api/feedback-forms/<formId>/qr
      name: "download a form's QR code",
      expected: ANY_MEMBER,
      prepare: ownersEvidence,
      run: async (_f, u, p) => fromResponse(await feedbackFormQrResponse({ request: get("/qr?format=png"), userId: u, formId: ev(p).formId, baseUrl: "http://localhost" })),
      state: evidenceOf,
    },
    {
      // GET /api/maps/<mapId>/evidence
      name: "read a map's evidence",
      expected: ANY_MEMBER,
      prepare: ownersEvidence,
      run: async (_f, u, p) => fromResponse(await mapEvidenceResponse({ request: get("/evidence"), userId: u, mapId: ev(p).map.id })),
      state: evidenceOf,
    },
    {
      // GET /api/maps/<mapId>/evidence?touchpointId=… (the editor's touchpoint panel)
      name: "read a touchpoint's evidence panel",
      expected: ANY_MEMBER,
      prepare: ownersEvidence,
      run: async (_f, u, p) => fromResponse(await mapEvidenceResponse({ request: get(`/evidence?touchpointId=${ev(p).touchpoint.id}`), userId: u, mapId: ev(p).map.id })),
      state: evidenceOf,
    },
    {
      // GET /api/maps/<mapId>/feedback-export
      name: "export a map's feedback",
      expected: ANY_MEMBER,
      prepare: ownersEvidence,
      run: async (_f, u, p) => fromResponse(await feedbackExportResponse({ request: get("/export"), userId: u, mapId: ev(p).map.id })),
      state: evidenceOf,
    },
    {
      // POST /api/feedback-imports
      name: "start a CSV import",
      expected: EDITORS,
      prepare: ownersEvidence,
      run: (_f, u, p) => fromThrowing(() => startFeedbackImport({ userId: u, input: { mapId: ev(p).map.id } })),
      state: evidenceOf,
    },
    {
      // POST /api/feedback-imports/<importId>/rows
      name: "stage rows of an import",
      expected: EDITORS,
      prepare: ownersEvidence,
      run: (_f, u, p) => fromThrowing(() => stageImportRows({ userId: u, importId: ev(p).importId, input: { startRow: 2, rows: [{ touchpoint: "Website", csat: "5", responded_at: "2026-05-01" }] } })),
      state: evidenceOf,
    },
    {
      // POST /api/feedback-imports/<importId>/commit
      name: "commit an import",
      expected: EDITORS,
      prepare: ownersEvidence,
      run: (_f, u, p) => fromThrowing(() => commitFeedbackImport({ userId: u, importId: ev(p).importId })),
      state: evidenceOf,
    },
    {
      // GET /api/feedback-imports/<importId>/report
      name: "download an import's report",
      expected: ANY_MEMBER,
      prepare: ownersEvidence,
      run: (_f, u, p) => fromThrowing(() => importReportCsv({ userId: u, importId: ev(p).importId, translate: (k) => k })),
      state: evidenceOf,
    },
  ];
}


/**
 * Ids of another workspace's map or persona, sent to this workspace's entry points by its
 * own members. Members allowed the operation get the same answer as for an id that does
 * not exist; members without the permission are refused before any lookup. Either way
 * nothing changes in either workspace.
 */
type ForeignCase = {
  name: string;
  permission: "write" | "delete";
  notFound: "MAP_NOT_FOUND" | "PERSONA_NOT_FOUND";
  run: (f: TenantFixture, userId: string, foreign: { mapId: string; personaId: string; ownMapId: string }) => Promise<ActionResult<unknown>>;
};
const FOREIGN_CASES: ForeignCase[] = [
  { name: "rename", permission: "write", notFound: "MAP_NOT_FOUND", run: (f, u, x) => renameMap(u, ref(f), { mapId: x.mapId, name: "Taken" }) },
  { name: "duplicate", permission: "write", notFound: "MAP_NOT_FOUND", run: (f, u, x) => duplicateMap(u, ref(f), { mapId: x.mapId, name: "Stolen copy" }) },
  { name: "archive", permission: "write", notFound: "MAP_NOT_FOUND", run: (f, u, x) => archiveMap(u, ref(f), { mapId: x.mapId }) },
  { name: "restore", permission: "write", notFound: "MAP_NOT_FOUND", run: (f, u, x) => restoreMap(u, ref(f), { mapId: x.mapId }) },
  { name: "delete", permission: "delete", notFound: "MAP_NOT_FOUND", run: (f, u, x) => deleteMap(u, ref(f), { mapId: x.mapId }) },
  { name: "set persona of", permission: "write", notFound: "MAP_NOT_FOUND", run: (f, u, x) => setMapPersona(u, ref(f), { mapId: x.mapId, personaId: null }) },
  {
    name: "give an own map the persona",
    permission: "write",
    notFound: "PERSONA_NOT_FOUND",
    run: (f, u, x) => setMapPersona(u, ref(f), { mapId: x.ownMapId, personaId: x.personaId }),
  },
  {
    name: "create a map with the persona",
    permission: "write",
    notFound: "PERSONA_NOT_FOUND",
    run: (f, u, x) => createMap(u, ref(f), { name: "With a foreign persona", personaId: x.personaId }),
  },
  { name: "edit", permission: "write", notFound: "PERSONA_NOT_FOUND", run: (f, u, x) => updatePersona(u, ref(f), { personaId: x.personaId, name: "Taken" }) },
  { name: "delete persona", permission: "delete", notFound: "PERSONA_NOT_FOUND", run: (f, u, x) => deletePersona(u, ref(f), { personaId: x.personaId }) },
];
const MAY: Record<ForeignCase["permission"], Record<"owner" | "admin" | "editor" | "viewer", boolean>> = {
  write: { owner: true, admin: true, editor: true, viewer: false },
  delete: { owner: true, admin: true, editor: false, viewer: false },
};

describe("another workspace's map or persona, by id", () => {
  let f: TenantFixture;
  let foreign: { mapId: string; personaId: string; ownMapId: string };
  beforeEach(async () => {
    f = await buildTenantFixture();
    const personaId = await createPersonaAs(f.foreignOwner.id, f.otherWorkspace.slug, "Their persona");
    const mapId = await createMapAs(f.foreignOwner.id, f.otherWorkspace.slug, { name: "Their map", personaId });
    await archiveMap(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, { mapId });
    foreign = { mapId, personaId, ownMapId: await ownersMap(f) };
  });

  for (const c of FOREIGN_CASES) {
    for (const role of ["owner", "admin", "editor", "viewer"] as const) {
      const expected = MAY[c.permission][role] ? c.notFound : "FORBIDDEN";
      it(`${c.name} another workspace's ${c.notFound === "MAP_NOT_FOUND" ? "map" : "persona"} as ${role} → ${expected}`, async () => {
        const before = [await workspaceSnapshot(f.workspace.id), await workspaceSnapshot(f.otherWorkspace.id)];
        expect(await c.run(f, f[role].id, foreign)).toMatchObject({ ok: false, error: expected });
        expect([await workspaceSnapshot(f.workspace.id), await workspaceSnapshot(f.otherWorkspace.id)]).toEqual(before);
      });
    }
  }
});

describe("access matrix", () => {
  let f: TenantFixture;
  beforeEach(async () => {
    f = await buildTenantFixture();
  });

  for (const c of CASES) {
    describe(c.name, () => {
      for (const [actor, outcome] of Object.entries(c.expected) as Array<[ActorName, Outcome]>) {
        it(`${actor} → ${outcome}`, async () => {
          const userId = actorsOf(f)[actor];
          const prepared = c.prepare ? await c.prepare(f) : "";
          const before = await c.state(f);
          const auditBefore = await db().select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.workspaceId, f.workspace.id));
          const result = await c.run(f, userId, prepared);
          if (outcome === "ok") {
            expect(result).toMatchObject({ ok: true });
          } else {
            expect(result).toMatchObject({ ok: false, error: outcome });
            expect(await c.state(f)).toEqual(before);
            const auditAfter = await db().select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.workspaceId, f.workspace.id));
            expect(auditAfter.length).toBe(auditBefore.length);
          }
        });
      }
    });
  }

  describe("pages", () => {
    for (const [page, permission] of Object.entries(PAGE_PERMISSIONS) as Array<[keyof typeof PAGE_PERMISSIONS, typeof PAGE_PERMISSIONS[keyof typeof PAGE_PERMISSIONS]]>) {
      for (const [actor, outcome] of Object.entries(PAGE_EXPECTATIONS[page]) as Array<[ActorName, Outcome]>) {
        it(`${page} page as ${actor} → ${outcome}`, async () => {
          const call = authorizeWorkspace({ userId: actorsOf(f)[actor], workspace: ref(f), permission });
          if (outcome === "ok") await expect(call).resolves.toMatchObject({ workspaceId: f.workspace.id });
          else await expect(call).rejects.toMatchObject({ code: outcome });
        });
      }
    }
  });

  it("a foreign owner naming this workspace by id is refused too", async () => {
    await expect(
      authorizeWorkspace({ userId: f.foreignOwner.id, workspace: { id: f.workspace.id }, permission: "workspace.read" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

/**
 * Another workspace's KPI, form, touchpoint, phase, key or import, named by id to this
 * workspace's entry points by its own members: those allowed the operation get the
 * not-found answer an unknown id gets; nothing changes in either workspace.
 */
describe("another workspace's evidence, by id", () => {
  let f: TenantFixture;
  let x: EvidenceSet;
  let own: Awaited<ReturnType<typeof buildEvidenceMap>>;
  beforeEach(async () => {
    f = await buildTenantFixture();
    x = await buildEvidenceSet(f.otherWorkspace.id, f.otherWorkspace.slug, f.foreignOwner.id);
    own = await buildEvidenceMap(f.workspace.id);
  });
  const kpiInput = { name: "Taken", direction: "higher", target: "1" };
  const FOREIGN: Array<{ name: string; expected: Record<"owner" | "editor" | "viewer", string>; run: (u: string) => Promise<ActionResult<unknown>> }> = [
    { name: "KPI on their touchpoint", expected: { owner: "TOUCHPOINT_NOT_FOUND", editor: "TOUCHPOINT_NOT_FOUND", viewer: "FORBIDDEN" }, run: (u) => createKpi(u, ref(f), { ...kpiInput, touchpointId: x.touchpoint.id }) },
    { name: "KPI on their phase", expected: { owner: "PHASE_NOT_FOUND", editor: "PHASE_NOT_FOUND", viewer: "FORBIDDEN" }, run: (u) => createKpi(u, ref(f), { ...kpiInput, phaseId: x.phase.id }) },
    { name: "edit their KPI", expected: { owner: "KPI_NOT_FOUND", editor: "KPI_NOT_FOUND", viewer: "FORBIDDEN" }, run: (u) => updateKpi(u, ref(f), { ...kpiInput, kpiId: x.kpiId }) },
    { name: "delete their KPI", expected: { owner: "KPI_NOT_FOUND", editor: "KPI_NOT_FOUND", viewer: "FORBIDDEN" }, run: (u) => deleteKpi(u, ref(f), { kpiId: x.kpiId }) },
    { name: "value for their KPI", expected: { owner: "KPI_NOT_FOUND", editor: "KPI_NOT_FOUND", viewer: "FORBIDDEN" }, run: (u) => setKpiValue(u, ref(f), { kpiId: x.kpiId, period: "2026-06", value: "1" }) },
    { name: "delete their KPI value", expected: { owner: "KPI_VALUE_NOT_FOUND", editor: "KPI_VALUE_NOT_FOUND", viewer: "FORBIDDEN" }, run: (u) => deleteKpiValue(u, ref(f), { kpiId: x.kpiId, periodStart: "2026-05-01" }) },
    { name: "import values into their KPI", expected: { owner: "KPI_NOT_FOUND", editor: "KPI_NOT_FOUND", viewer: "FORBIDDEN" }, run: (u) => importKpiValues(u, ref(f), { kpiId: x.kpiId, rows: [{ period: "2026-06", value: "1" }] }) },
    { name: "import KPI values into their map", expected: { owner: "MAP_NOT_FOUND", editor: "MAP_NOT_FOUND", viewer: "FORBIDDEN" }, run: (u) => importKpiValues(u, ref(f), { mapId: x.map.id, rows: [{ kpi: x.kpiId, period: "2026-06", value: "1" }] }) },
    { name: "form for their touchpoint", expected: { owner: "TOUCHPOINT_NOT_FOUND", editor: "TOUCHPOINT_NOT_FOUND", viewer: "FORBIDDEN" }, run: (u) => createFeedbackForm(u, ref(f), { touchpointId: x.second.id, asksCsat: true }) },
    { name: "change their form", expected: { owner: "FORM_NOT_FOUND", editor: "FORM_NOT_FOUND", viewer: "FORBIDDEN" }, run: (u) => updateFeedbackFormQuestions(u, ref(f), { formId: x.formId, asksNps: true }) },
    { name: "reword their form", expected: { owner: "FORM_NOT_FOUND", editor: "FORM_NOT_FOUND", viewer: "FORBIDDEN" }, run: (u) => updateFeedbackFormQuestions(u, ref(f), { formId: x.formId, asksCsat: true, csatQuestion: "Taken?" }) },
    { name: "pause their form", expected: { owner: "FORM_NOT_FOUND", editor: "FORM_NOT_FOUND", viewer: "FORBIDDEN" }, run: (u) => setFeedbackFormPaused(u, ref(f), { formId: x.formId, paused: true }) },
    { name: "rotate their form", expected: { owner: "FORM_NOT_FOUND", editor: "FORM_NOT_FOUND", viewer: "FORBIDDEN" }, run: (u) => rotateFeedbackFormLink(u, ref(f), { formId: x.formId }) },
    { name: "revoke their API key", expected: { owner: "API_KEY_NOT_FOUND", editor: "FORBIDDEN", viewer: "FORBIDDEN" }, run: (u) => revokeApiKey(u, ref(f), { keyId: x.keyId }) },
    { name: "QR of their form", expected: { owner: "NOT_FOUND", editor: "NOT_FOUND", viewer: "NOT_FOUND" }, run: async (u) => fromResponse(await feedbackFormQrResponse({ request: get("/qr"), userId: u, formId: x.formId, baseUrl: "http://localhost" })) },
    { name: "evidence of their map", expected: { owner: "NOT_FOUND", editor: "NOT_FOUND", viewer: "NOT_FOUND" }, run: async (u) => fromResponse(await mapEvidenceResponse({ request: get("/e"), userId: u, mapId: x.map.id })) },
    {
      // Through one's own map: the touchpoint id alone must not open another workspace's panel.
      name: "their touchpoint's panel via an own map",
      expected: { owner: "NOT_FOUND", editor: "NOT_FOUND", viewer: "NOT_FOUND" },
      run: async (u) => fromResponse(await mapEvidenceResponse({ request: get(`/e?touchpointId=${x.touchpoint.id}`), userId: u, mapId: own.map.id })),
    },
    { name: "export of their map", expected: { owner: "NOT_FOUND", editor: "NOT_FOUND", viewer: "NOT_FOUND" }, run: async (u) => fromResponse(await feedbackExportResponse({ request: get("/x"), userId: u, mapId: x.map.id })) },
    { name: "import into their map", expected: { owner: "NOT_FOUND", editor: "NOT_FOUND", viewer: "NOT_FOUND" }, run: (u) => fromThrowing(() => startFeedbackImport({ userId: u, input: { mapId: x.map.id } })) },
    { name: "rows into their import", expected: { owner: "NOT_FOUND", editor: "NOT_FOUND", viewer: "NOT_FOUND" }, run: (u) => fromThrowing(() => stageImportRows({ userId: u, importId: x.importId, input: { startRow: 2, rows: [{ touchpoint: "Website", csat: "1", responded_at: "2026-05-01" }] } })) },
    { name: "commit their import", expected: { owner: "NOT_FOUND", editor: "NOT_FOUND", viewer: "NOT_FOUND" }, run: (u) => fromThrowing(() => commitFeedbackImport({ userId: u, importId: x.importId })) },
    { name: "report of their import", expected: { owner: "NOT_FOUND", editor: "NOT_FOUND", viewer: "NOT_FOUND" }, run: (u) => fromThrowing(() => importReportCsv({ userId: u, importId: x.importId, translate: (k) => k })) },
  ];
  for (const c of FOREIGN) {
    for (const role of ["owner", "editor", "viewer"] as const) {
      it(`${c.name} as ${role} → ${c.expected[role]}`, async () => {
        const before = [await evidenceSnapshot(f.workspace.id), await evidenceSnapshot(f.otherWorkspace.id)];
        expect(await c.run(f[role].id)).toMatchObject({ ok: false, error: c.expected[role] });
        expect([await evidenceSnapshot(f.workspace.id), await evidenceSnapshot(f.otherWorkspace.id)]).toEqual(before);
      });
    }
  }
});

// ---- Dashboards, quarterly reviews, snapshots, map files (issue 5).

/** Reviews, their actions and snapshots of the workspace: what the review operations may change. */
async function reviewsOf(f: TenantFixture) {
  const where = eq(mapReviews.workspaceId, f.workspace.id);
  return {
    reviews: (await db().select({ id: mapReviews.id, notes: mapReviews.notes }).from(mapReviews).where(where)).sort((a, b) => a.id.localeCompare(b.id)),
    actions: (await db().select({ id: reviewActions.id, title: reviewActions.title, status: reviewActions.status }).from(reviewActions).where(eq(reviewActions.workspaceId, f.workspace.id))).sort((a, b) => a.id.localeCompare(b.id)),
    snapshots: (await db().select({ id: mapSnapshots.id }).from(mapSnapshots).where(eq(mapSnapshots.workspaceId, f.workspace.id))).length,
    maps: await mapsOf(f),
  };
}
async function ownersAction(f: TenantFixture) {
  const mapId = await ownersMap(f);
  const result = await addReviewAction(f.owner.id, ref(f), { mapId, quarter: "2026-Q1", title: "Prepared action" });
  if (!result.ok) throw new Error(result.error);
  return `${mapId} ${result.data.actionId}`;
}
async function ownersSnapshot(f: TenantFixture) {
  const mapId = await ownersMap(f);
  const result = await createSnapshot(f.owner.id, ref(f), { mapId, name: "Prepared snapshot" });
  if (!result.ok) throw new Error(result.error);
  return `${mapId} ${result.data.snapshotId}`;
}
const MAP_FILE = JSON.stringify(toMapFile("Imported map", { phases: [{ id: "p", name: "Awareness", order: "a" }], steps: [], lanes: [], cards: [] }));

// ---- Comments on cards (issue 8): rows written as the caller.

// Hoisted (function declarations), since the case list is built before this part runs.
function cardId() {
  return "5a0e9c1b-3d2f-4e6a-8b7c-9d0e1f2a3b4c";
}
async function commentsOf(f: TenantFixture) {
  return (
    await db()
      .select({ id: mapComments.id, body: mapComments.body, resolvedAt: mapComments.resolvedAt, deletedAt: mapComments.deletedAt, version: mapComments.version })
      .from(mapComments)
      .where(eq(mapComments.workspaceId, f.workspace.id))
  ).sort((a, b) => a.id.localeCompare(b.id));
}
async function ownersComment(f: TenantFixture) {
  const mapId = await ownersMap(f);
  const result = await addComment(f.owner.id, ref(f), { mapId, cardId: cardId(), body: "The owner's comment" });
  if (!result.ok) throw new Error(result.error);
  return `${mapId} ${result.data.id}`;
}
function onOwnersComment(run: (u: string | null, f: TenantFixture, mapId: string, commentId: string) => Promise<ActionResult<unknown>>) {
  return (f: TenantFixture, u: string | null, p: string) => {
    const [mapId, commentId] = p.split(" ");
    return run(u, f, mapId!, commentId!);
  };
}

function commentCases(): Case[] {
  return [
    { name: "comment on a card", expected: EDITORS, prepare: ownersMap, run: (f, u, mapId) => addComment(u, ref(f), { mapId, cardId: cardId(), body: "Hello" }), state: commentsOf },
    {
      name: "resolve someone's comment",
      expected: EDITORS,
      prepare: ownersComment,
      run: onOwnersComment((u, f, mapId, commentId) => resolveComment(u, ref(f), { mapId, commentId, resolved: true })),
      state: commentsOf,
    },
    {
      name: "edit the owner's comment",
      expected: { owner: "ok", admin: "COMMENT_NOT_YOURS", editor: "COMMENT_NOT_YOURS", viewer: "FORBIDDEN", ...REFUSED_OUTSIDE },
      prepare: ownersComment,
      run: onOwnersComment((u, f, mapId, commentId) => editComment(u, ref(f), { mapId, commentId, body: "Changed" })),
      state: commentsOf,
    },
    {
      name: "delete the owner's comment",
      expected: { owner: "ok", admin: "ok", editor: "COMMENT_NOT_YOURS", viewer: "FORBIDDEN", ...REFUSED_OUTSIDE },
      prepare: ownersComment,
      run: onOwnersComment((u, f, mapId, commentId) => deleteComment(u, ref(f), { mapId, commentId })),
      state: commentsOf,
    },
  ];
}

function dashboardCases(): Case[] {
  return [
    { name: "workspace dashboard", expected: ANY_MEMBER, run: (f, u) => getWorkspaceDashboard(u, ref(f), { quarter: "2026-Q1" }), state: reviewsOf },
    { name: "map dashboard", expected: ANY_MEMBER, prepare: ownersMap, run: (f, u, mapId) => getMapDashboard(u, ref(f), { mapId, filters: {} }), state: reviewsOf },
    {
      name: "dashboard CSV route",
      expected: ANY_MEMBER,
      run: async (f, u) => fromResponse(await dashboardCsvResponse({ request: get("/export?table=phases"), userId: u, slug: f.workspace.slug })),
      state: reviewsOf,
    },
    {
      name: "workspace dashboard PDF route",
      expected: ANY_MEMBER,
      run: async (f, u) => fromResponse(await dashboardPdfResponse({ request: get("/pdf?quarter=2026-Q1"), userId: u, slug: f.workspace.slug, locale: "en" })),
      state: reviewsOf,
    },
    {
      name: "map dashboard PDF route",
      expected: ANY_MEMBER,
      prepare: ownersMap,
      run: async (f, u, mapId) => fromResponse(await dashboardPdfResponse({ request: get("/pdf"), userId: u, slug: f.workspace.slug, mapId, locale: "en" })),
      state: reviewsOf,
    },
    {
      name: "review PDF route",
      expected: ANY_MEMBER,
      prepare: ownersMap,
      run: async (f, u, mapId) => fromResponse(await reviewPdfResponse({ request: get("/pdf?quarter=2026-Q1"), userId: u, slug: f.workspace.slug, mapId, locale: "nl" })),
      state: reviewsOf,
    },
    {
      name: "map JSON export route",
      expected: ANY_MEMBER,
      prepare: ownersMap,
      run: async (f, u, mapId) => fromResponse(await mapFileResponse({ userId: u, slug: f.workspace.slug, mapId })),
      state: reviewsOf,
    },
    { name: "save review notes", expected: EDITORS, prepare: ownersMap, run: (f, u, mapId) => saveReviewNotes(u, ref(f), { mapId, quarter: "2026-Q2", notes: "Notes" }), state: reviewsOf },
    { name: "add a review action", expected: EDITORS, prepare: ownersMap, run: (f, u, mapId) => addReviewAction(u, ref(f), { mapId, quarter: "2026-Q2", title: "Act" }), state: reviewsOf },
    {
      name: "update a review action",
      expected: EDITORS,
      prepare: ownersAction,
      run: (f, u, p) => {
        const [mapId, actionId] = p.split(" ");
        return updateReviewAction(u, ref(f), { mapId, actionId, title: "Changed", status: "done" });
      },
      state: reviewsOf,
    },
    {
      name: "delete a review action",
      expected: EDITORS,
      prepare: ownersAction,
      run: (f, u, p) => {
        const [mapId, actionId] = p.split(" ");
        return deleteReviewAction(u, ref(f), { mapId, actionId });
      },
      state: reviewsOf,
    },
    { name: "take a snapshot", expected: EDITORS, prepare: ownersMap, run: (f, u, mapId) => createSnapshot(u, ref(f), { mapId, name: "Q2 review", quarter: "2026-Q2" }), state: reviewsOf },
    {
      name: "restore a snapshot as a new map",
      expected: EDITORS,
      prepare: ownersSnapshot,
      run: (f, u, p) => {
        const [mapId, snapshotId] = p.split(" ");
        return restoreSnapshot(u, ref(f), { mapId, snapshotId, name: "Restored" });
      },
      state: reviewsOf,
    },
    { name: "import a map from JSON", expected: EDITORS, run: (f, u) => importMap(u, ref(f), { file: MAP_FILE }), state: reviewsOf },
  ];
}

describe("dashboards, reviews and snapshots of another workspace's map, by id", () => {
  let f: TenantFixture;
  let theirs: { mapId: string; snapshotId: string; actionId: string; commentId: string };
  beforeEach(async () => {
    f = await buildTenantFixture();
    const other = { slug: f.otherWorkspace.slug };
    const mapId = await createMapAs(f.foreignOwner.id, f.otherWorkspace.slug, { name: "Their map" });
    const snapshot = await createSnapshot(f.foreignOwner.id, other, { mapId, name: "Their snapshot" });
    const action = await addReviewAction(f.foreignOwner.id, other, { mapId, quarter: "2026-Q1", title: "Their action" });
    const comment = await addComment(f.foreignOwner.id, other, { mapId, cardId: cardId(), body: "Their comment" });
    theirs = { mapId, snapshotId: snapshot.ok ? snapshot.data.snapshotId : "", actionId: action.ok ? action.data.actionId : "", commentId: comment.ok ? comment.data.id : "" };
  });
  const READ = { owner: "MAP_NOT_FOUND", editor: "MAP_NOT_FOUND", viewer: "MAP_NOT_FOUND" };
  const WRITE = { owner: "MAP_NOT_FOUND", editor: "MAP_NOT_FOUND", viewer: "FORBIDDEN" };
  const CASES_: Array<{ name: string; expected: Record<"owner" | "editor" | "viewer", string>; run: (u: string) => Promise<ActionResult<unknown>> }> = [
    { name: "dashboard of their map", expected: READ, run: (u) => getMapDashboard(u, ref(f), { mapId: theirs.mapId, filters: {} }) },
    {
      name: "dashboard CSV of their map",
      expected: { owner: "NOT_FOUND", editor: "NOT_FOUND", viewer: "NOT_FOUND" },
      run: async (u) => fromResponse(await dashboardCsvResponse({ request: get("/x?table=summary"), userId: u, slug: f.workspace.slug, mapId: theirs.mapId })),
    },
    {
      name: "dashboard PDF of their map",
      expected: { owner: "NOT_FOUND", editor: "NOT_FOUND", viewer: "NOT_FOUND" },
      run: async (u) => fromResponse(await dashboardPdfResponse({ request: get("/pdf"), userId: u, slug: f.workspace.slug, mapId: theirs.mapId, locale: "en" })),
    },
    {
      name: "workspace dashboard PDF filtered by their map",
      expected: { owner: "NOT_FOUND", editor: "NOT_FOUND", viewer: "NOT_FOUND" },
      run: async (u) => fromResponse(await dashboardPdfResponse({ request: get(`/pdf?map=${theirs.mapId}`), userId: u, slug: f.workspace.slug, locale: "en" })),
    },
    {
      name: "review PDF of their map",
      expected: { owner: "NOT_FOUND", editor: "NOT_FOUND", viewer: "NOT_FOUND" },
      run: async (u) => fromResponse(await reviewPdfResponse({ request: get("/pdf?quarter=2026-Q1"), userId: u, slug: f.workspace.slug, mapId: theirs.mapId, locale: "en" })),
    },
    {
      name: "JSON export of their map",
      expected: { owner: "NOT_FOUND", editor: "NOT_FOUND", viewer: "NOT_FOUND" },
      run: async (u) => fromResponse(await mapFileResponse({ userId: u, slug: f.workspace.slug, mapId: theirs.mapId })),
    },
    { name: "review notes on their map", expected: WRITE, run: (u) => saveReviewNotes(u, ref(f), { mapId: theirs.mapId, quarter: "2026-Q1", notes: "x" }) },
    { name: "action on their map", expected: WRITE, run: (u) => addReviewAction(u, ref(f), { mapId: theirs.mapId, quarter: "2026-Q1", title: "x" }) },
    {
      name: "change their action",
      expected: { owner: "ACTION_NOT_FOUND", editor: "ACTION_NOT_FOUND", viewer: "FORBIDDEN" },
      run: (u) => updateReviewAction(u, ref(f), { mapId: theirs.mapId, actionId: theirs.actionId, title: "x", status: "done" }),
    },
    { name: "comment on their map", expected: WRITE, run: (u) => addComment(u, ref(f), { mapId: theirs.mapId, cardId: cardId(), body: "x" }) },
    {
      name: "resolve their comment",
      expected: { owner: "COMMENT_NOT_FOUND", editor: "COMMENT_NOT_FOUND", viewer: "FORBIDDEN" },
      run: (u) => resolveComment(u, ref(f), { mapId: theirs.mapId, commentId: theirs.commentId, resolved: true }),
    },
    {
      name: "delete their comment",
      expected: { owner: "COMMENT_NOT_FOUND", editor: "COMMENT_NOT_FOUND", viewer: "FORBIDDEN" },
      run: (u) => deleteComment(u, ref(f), { mapId: theirs.mapId, commentId: theirs.commentId }),
    },
    { name: "review action from their opportunity", expected: WRITE, run: (u) => addActionFromOpportunity(u, ref(f), { mapId: theirs.mapId, opportunityId: cardId(), title: "x" }) },
    { name: "share link to their map", expected: WRITE, run: (u) => createShareLink(u, ref(f), { mapId: theirs.mapId }) },
    { name: "snapshot of their map", expected: WRITE, run: (u) => createSnapshot(u, ref(f), { mapId: theirs.mapId, name: "x" }) },
    { name: "restore their snapshot", expected: WRITE, run: (u) => restoreSnapshot(u, ref(f), { mapId: theirs.mapId, snapshotId: theirs.snapshotId, name: "x" }) },
  ];
  for (const c of CASES_) {
    for (const role of ["owner", "editor", "viewer"] as const) {
      it(`${c.name} as ${role} → ${c.expected[role]}`, async () => {
        const before = [await reviewsOf(f), await workspaceSnapshot(f.otherWorkspace.id)];
        expect(await c.run(f[role].id)).toMatchObject({ ok: false, error: c.expected[role] });
        expect([await reviewsOf(f), await workspaceSnapshot(f.otherWorkspace.id)]).toEqual(before);
      });
    }
  }
});

// ---- Notifications (issue 11): each member's own inbox; nobody else's opens or changes.

/** The editor mentions the admin: one notification, the admin's. */
async function adminsNotification(f: TenantFixture) {
  const mapId = await ownersMap(f);
  const result = await addComment(f.editor.id, ref(f), { mapId, cardId: cardId(), body: "@Admin", mentions: [f.admin.id] });
  if (!result.ok) throw new Error(result.error);
  const [row] = await db().select({ id: notifications.id }).from(notifications).where(eq(notifications.commentId, result.data.id));
  return row!.id;
}
async function notificationsOf(f: TenantFixture) {
  return (await db().select({ id: notifications.id, readAt: notifications.readAt }).from(notifications).where(eq(notifications.workspaceId, f.workspace.id))).sort((a, b) =>
    a.id.localeCompare(b.id),
  );
}
/** GET /w/<slug>/notifications/<id> answers with redirects; where it sends the caller is the outcome. */
async function fromOpenRedirect(res: Response): Promise<ActionResult<unknown>> {
  const location = res.headers.get("location") ?? "";
  if (location.includes("?card=")) return { ok: true, data: location };
  if (location.startsWith("/sign-in")) return { ok: false, error: "UNAUTHORIZED" };
  if (location.endsWith("?gone=1")) return { ok: false, error: "NOTIFICATION_NOT_FOUND" };
  return { ok: false, error: "NOT_FOUND" };
}

function notificationCases(): Case[] {
  const ADMINS_OWN = { owner: "NOTIFICATION_NOT_FOUND", admin: "ok", editor: "NOTIFICATION_NOT_FOUND", viewer: "NOTIFICATION_NOT_FOUND", ...REFUSED_OUTSIDE } as const;
  return [
    {
      name: "mark the admin's notification read",
      expected: ADMINS_OWN,
      prepare: adminsNotification,
      run: (f, u, notificationId) => markNotification(u, ref(f), { notificationId, read: true }),
      state: notificationsOf,
    },
    {
      // GET /w/<slug>/notifications/<id>: marks it read and goes to the card.
      name: "open the admin's notification",
      expected: ADMINS_OWN,
      prepare: adminsNotification,
      run: async (f, u, notificationId) => fromOpenRedirect(await openNotificationResponse({ userId: u, slug: f.workspace.slug, notificationId })),
      state: notificationsOf,
    },
    {
      // Someone else's "mark all read" touches only their own inbox.
      name: "mark all my notifications read (the admin's stays unread)",
      expected: { ...ANY_MEMBER, admin: "ok" },
      prepare: adminsNotification,
      run: async (f, u) => {
        const result = await markAllNotificationsRead(u, ref(f), {});
        const [row] = await notificationsOf(f);
        if (result.ok && u !== f.admin.id && row?.readAt) throw new Error("another member's mark-all read the admin's notification");
        return result;
      },
      state: notificationsOf,
    },
    {
      name: "GET the unread count",
      expected: ANY_MEMBER,
      prepare: adminsNotification,
      run: async (f, u) => fromResponse(await unreadCountResponse({ userId: u, slug: f.workspace.slug })),
      state: notificationsOf,
    },
  ];
}

// ---- Share links (issue 11): editors and up make and turn off read-only links to a map.

async function shareLinksOf(f: TenantFixture) {
  return (await db().select({ id: mapShareLinks.id, revokedAt: mapShareLinks.revokedAt }).from(mapShareLinks).where(eq(mapShareLinks.workspaceId, f.workspace.id))).sort((a, b) =>
    a.id.localeCompare(b.id),
  );
}
async function ownersShareLink(f: TenantFixture) {
  const mapId = await ownersMap(f);
  const result = await createShareLink(f.owner.id, ref(f), { mapId });
  if (!result.ok) throw new Error(result.error);
  return `${mapId} ${result.data.linkId}`;
}

function shareLinkCases(): Case[] {
  return [
    { name: "make a share link", expected: EDITORS, prepare: ownersMap, run: (f, u, mapId) => createShareLink(u, ref(f), { mapId, includeDashboard: true }), state: shareLinksOf },
    {
      name: "turn off the owner's share link",
      expected: EDITORS,
      prepare: ownersShareLink,
      run: (f, u, p) => {
        const [mapId, linkId] = p.split(" ");
        return revokeShareLink(u, ref(f), { mapId, linkId });
      },
      state: shareLinksOf,
    },
  ];
}

// ---- Webhooks (issue 11): admins only; another workspace's endpoints and deliveries are not found.

async function webhooksOf(f: TenantFixture) {
  const endpoints = await db().select({ id: webhookEndpoints.id, url: webhookEndpoints.url }).from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, f.workspace.id));
  const deliveries = await db().select({ id: webhookDeliveries.id, status: webhookDeliveries.status, retryFrom: webhookDeliveries.retryFrom }).from(webhookDeliveries).where(eq(webhookDeliveries.workspaceId, f.workspace.id));
  const [ws] = await db().select({ allow: workspaces.allowPrivateWebhookTargets }).from(workspaces).where(eq(workspaces.id, f.workspace.id));
  return { endpoints: endpoints.sort((a, b) => a.id.localeCompare(b.id)), deliveries: deliveries.sort((a, b) => a.id.localeCompare(b.id)), allow: ws?.allow };
}
async function ownersWebhook(f: TenantFixture) {
  const made = await createWebhook(f.owner.id, ref(f), { url: "https://hooks.example.com/in", events: ["map.updated"] });
  if (!made.ok) throw new Error(made.error);
  const [deliveryId] = await emitWebhookEvent(f.workspace.id, "map.updated", {});
  await db().update(webhookDeliveries).set({ status: "failed" }).where(eq(webhookDeliveries.id, deliveryId!));
  return `${made.data.endpointId} ${deliveryId}`;
}

function webhookCases(): Case[] {
  const part = (p: string, i: number) => p.split(" ")[i]!;
  return [
    { name: "add a webhook", expected: ADMIN_ONLY, run: (f, u) => createWebhook(u, ref(f), { url: "https://hooks.example.com/new", events: ["feedback.created"] }), state: webhooksOf },
    { name: "delete the owner's webhook", expected: ADMIN_ONLY, prepare: ownersWebhook, run: (f, u, p) => deleteWebhook(u, ref(f), { endpointId: part(p, 0) }), state: webhooksOf },
    { name: "send a test event", expected: ADMIN_ONLY, prepare: ownersWebhook, run: (f, u, p) => sendTestWebhook(u, ref(f), { endpointId: part(p, 0) }), state: webhooksOf },
    { name: "replay a delivery", expected: ADMIN_ONLY, prepare: ownersWebhook, run: (f, u, p) => replayWebhookDelivery(u, ref(f), { deliveryId: part(p, 1) }), state: webhooksOf },
    { name: "allow private webhook targets", expected: ADMIN_ONLY, run: (f, u) => setWebhookSettings(u, ref(f), { allowPrivateTargets: true }), state: webhooksOf },
  ];
}

// ---- Alert rules (issue 11): editors and up.

async function alertRulesOf(f: TenantFixture) {
  return (await db().select({ id: alertRules.id }).from(alertRules).where(eq(alertRules.workspaceId, f.workspace.id))).map((r) => r.id).sort();
}
async function ownersAlertRule(f: TenantFixture) {
  const made = await createAlertRule(f.owner.id, ref(f), { kind: "low_score_comment", subject: "workspace" });
  if (!made.ok) throw new Error(made.error);
  return made.data.ruleId;
}

function alertRuleCases(): Case[] {
  return [
    { name: "add an alert rule", expected: EDITORS, run: (f, u) => createAlertRule(u, ref(f), { kind: "kpi_off_target", subject: "workspace" }), state: alertRulesOf },
    { name: "delete the owner's alert rule", expected: EDITORS, prepare: ownersAlertRule, run: (f, u, ruleId) => deleteAlertRule(u, ref(f), { ruleId }), state: alertRulesOf },
  ];
}

// ---- The opportunity matrix (issue 10): read by every member, placed by editors.

/** A stored map with one opportunity card (document and projection), in `workspaceId`: "<mapId> <cardId>". */
async function mapWithOpportunity(workspaceId: string) {
  const doc = new Y.Doc();
  const step = addStep(doc, addPhase(doc, "Purchase"), "Pay");
  const cardId = addCard(doc, { laneId: addLane(doc, "opportunities", "Opportunities"), stepId: step, kind: "opportunity", text: "Pay later", status: "idea" });
  const map = await buildMap(workspaceId, { name: "Matrix map", state: Y.encodeStateAsUpdate(doc) });
  await insertProjection(db(), { mapId: map.id, workspaceId }, doc);
  doc.destroy();
  return `${map.id} ${cardId}`;
}
async function opportunitiesOf(f: TenantFixture) {
  const rows = await db()
    .select({ id: mapOpportunities.id, v: mapOpportunities.customerValue, e: mapOpportunities.effort })
    .from(mapOpportunities)
    .where(eq(mapOpportunities.workspaceId, f.workspace.id));
  const updates = await db().select({ id: mapUpdates.id }).from(mapUpdates).innerJoin(journeyMaps, eq(journeyMaps.id, mapUpdates.mapId)).where(eq(journeyMaps.workspaceId, f.workspace.id));
  return { rows: rows.sort((a, b) => a.id.localeCompare(b.id)), updates: updates.length, maps: await workspaceSnapshot(f.workspace.id) };
}
function opportunityMatrixCases(): Case[] {
  return [
    {
      // The page /w/<slug>/opportunities reads this after loadWorkspacePage(PAGE_PERMISSIONS.opportunities).
      name: "read the opportunity matrix",
      expected: ANY_MEMBER,
      run: (f, u) => fromThrowing(async () => getOpportunityMatrix(await authorizeWorkspace({ userId: u, workspace: ref(f), permission: PAGE_PERMISSIONS.opportunities }), {})),
      state: opportunitiesOf,
    },
    {
      // POST (server action) dragging a card on /w/<slug>/opportunities.
      name: "place an opportunity on the matrix",
      expected: EDITORS,
      prepare: (f) => mapWithOpportunity(f.workspace.id),
      run: (f, u, p) => {
        const [mapId, opportunityId] = p.split(" ");
        return placeOpportunity(u, ref(f), { mapId, opportunityId, customerValue: 5, effort: 1 });
      },
      state: opportunitiesOf,
    },
  ];
}

describe("another workspace's opportunity, by id", () => {
  let f: TenantFixture;
  let theirs: { mapId: string; opportunityId: string };
  beforeEach(async () => {
    f = await buildTenantFixture();
    const [mapId, opportunityId] = (await mapWithOpportunity(f.otherWorkspace.id)).split(" ");
    theirs = { mapId: mapId!, opportunityId: opportunityId! };
  });
  for (const role of ["owner", "admin", "editor", "viewer"] as const) {
    const expected = role === "viewer" ? "FORBIDDEN" : "MAP_NOT_FOUND";
    it(`placing it as this workspace's ${role} → ${expected}, and it is not in this workspace's matrix`, async () => {
      const before = await db().select().from(mapOpportunities).where(eq(mapOpportunities.id, theirs.opportunityId));
      expect(await placeOpportunity(f[role].id, ref(f), { ...theirs, customerValue: 1, effort: 5 })).toMatchObject({ ok: false, error: expected });
      expect(await db().select().from(mapOpportunities).where(eq(mapOpportunities.id, theirs.opportunityId))).toEqual(before);
      const ctx = await authorizeWorkspace({ userId: f[role].id, workspace: ref(f), permission: "maps.read" });
      const matrix = await getOpportunityMatrix(ctx, { map: theirs.mapId });
      expect([...matrix.placed, ...matrix.unplaced]).toEqual([]);
    });
  }
});
