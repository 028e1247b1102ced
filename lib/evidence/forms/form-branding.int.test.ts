import { CLIENT_IP_HEADER } from "@/lib/auth/client-ip";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, workspaceFormLogos, workspaces } from "@/db/schema";
import { buildEvidenceMap } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { updateWorkspaceRegion } from "@/lib/workspaces/update-workspace-region";
import { loadFormBranding, removeFormLogo, updateFormBranding, uploadFormLogo } from "./form-branding";
import { publicFormLogoResponse, settingsFormLogoResponse } from "./form-logo-response";
import { FORM_LOGO_MAX_BYTES } from "./logo-image";
import { createFeedbackForm } from "./manage-feedback-form";
import { getPublicForm, submitPublicFeedback } from "./public-form";

/** A 1×1 PNG. */
const PNG = new Uint8Array(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script></svg>');

let f: TenantFixture;
const ref = () => ({ slug: f.workspace.slug });
const file = (bytes: Uint8Array, name: string, type: string) => new File([bytes as BlobPart], name, { type });
const logoForm = (logo: File) => {
  const body = new FormData();
  body.set("logo", logo);
  return body;
};
const auditOf = async (action: string) =>
  (await getDb().select().from(auditEvents).where(and(eq(auditEvents.workspaceId, f.workspace.id), eq(auditEvents.action, action as never)))).length;

async function newPublicForm(workspace = f.workspace, ownerId = f.owner.id) {
  const m = await buildEvidenceMap(workspace.id);
  const result = await createFeedbackForm(ownerId, { slug: workspace.slug }, { touchpointId: m.touchpoint.id, asksCsat: true, asksNps: true, asksComment: true });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { ...result.data, m };
}

beforeEach(async () => {
  f = await buildTenantFixture();
});

describe("the look of public forms", () => {
  it("saves the display name and accent colour, audited, and forms use them instead of the workspace's name", async () => {
    const form = await newPublicForm();
    expect(await updateFormBranding(f.admin.id, ref(), { displayName: "  Gamma ", accentColor: "#0F766E" })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await loadFormBranding(f.workspace.id)).toMatchObject({ brandName: "Gamma", displayName: "Gamma", accentColor: "#0f766e", accentForeground: "#ffffff" });
    const shown = await getPublicForm(form.publicToken);
    expect(shown).toMatchObject({ brandName: "Gamma", accent: { color: "#0f766e", foreground: "#ffffff" }, logoPath: null });
    expect(shown!.questions.nps).toContain("recommend Gamma");
    expect(JSON.stringify(shown)).not.toContain(f.workspace.name);
    expect(await auditOf("workspace.form_branding_changed")).toBe(1);
    // Saving the same again changes nothing and is not audited twice.
    expect(await updateFormBranding(f.admin.id, ref(), { displayName: "Gamma", accentColor: "#0f766e" })).toMatchObject({ ok: true, data: { changed: false } });
    expect(await auditOf("workspace.form_branding_changed")).toBe(1);
    // Empty fields go back to the defaults.
    await updateFormBranding(f.admin.id, ref(), { displayName: "", accentColor: "" });
    expect(await getPublicForm(form.publicToken)).toMatchObject({ brandName: f.workspace.name, accent: null });
  });

  it("refuses a bad colour or a long name by field, and keeps what was saved", async () => {
    await updateFormBranding(f.admin.id, ref(), { displayName: "Gamma", accentColor: "#123456" });
    expect(await updateFormBranding(f.admin.id, ref(), { displayName: "Gamma", accentColor: "red; background:url(x)" })).toMatchObject({
      ok: false,
      fieldErrors: { accentColor: ["ACCENT_INVALID"] },
    });
    expect(await updateFormBranding(f.admin.id, ref(), { displayName: "G".repeat(61) })).toMatchObject({ ok: false, fieldErrors: { displayName: ["DISPLAY_NAME_TOO_LONG"] } });
    expect(await loadFormBranding(f.workspace.id)).toMatchObject({ displayName: "Gamma", accentColor: "#123456" });
  });

  it("a light accent gets dark button text", async () => {
    await updateFormBranding(f.admin.id, ref(), { accentColor: "#fde047" });
    expect(await loadFormBranding(f.workspace.id)).toMatchObject({ accentForeground: "#000000" });
  });

  it("a Dutch workspace's form is Dutch throughout, with the display name", async () => {
    const form = await newPublicForm();
    await updateWorkspaceRegion(f.owner.id, ref(), { locale: "nl", timeZone: "Europe/Amsterdam" });
    await updateFormBranding(f.admin.id, ref(), { displayName: "Gamma" });
    const shown = await getPublicForm(form.publicToken);
    expect(shown).toMatchObject({ locale: "nl", brandName: "Gamma" });
    expect(shown!.questions).toMatchObject({
      nps: "Hoe waarschijnlijk is het dat u Gamma aanbeveelt bij een vriend of collega?",
      comment: "Wilt u ons nog iets vertellen?",
      followUp: "Wat kunnen we beter doen?",
    });
  });

  it("editors, viewers and other workspaces cannot change it", async () => {
    for (const user of [f.editor, f.viewer]) {
      expect(await updateFormBranding(user.id, ref(), { displayName: "Taken" })).toMatchObject({ ok: false, error: "FORBIDDEN" });
      expect(await uploadFormLogo(user.id, ref(), logoForm(file(PNG, "l.png", "image/png")))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    }
    expect(await updateFormBranding(f.foreignOwner.id, ref(), { displayName: "Taken" })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await uploadFormLogo(f.foreignOwner.id, ref(), logoForm(file(PNG, "l.png", "image/png")))).toMatchObject({ ok: false, error: "NOT_FOUND" });
    const [row] = await getDb().select({ d: workspaces.formDisplayName }).from(workspaces).where(eq(workspaces.id, f.workspace.id));
    expect(row!.d).toBeNull();
    expect(await getDb().select().from(workspaceFormLogos).where(eq(workspaceFormLogos.workspaceId, f.workspace.id))).toHaveLength(0);
  });
});

describe("the logo", () => {
  it("is uploaded, served on the public form with its type, caching and nosniff, and removed", async () => {
    const form = await newPublicForm();
    const uploaded = await uploadFormLogo(f.admin.id, ref(), logoForm(file(PNG, "logo.png", "image/png")));
    expect(uploaded).toMatchObject({ ok: true });
    const shown = await getPublicForm(form.publicToken);
    expect(shown!.logoPath).toMatch(new RegExp(`^/f/${form.publicToken}/logo\\?v=[0-9a-f]{16}$`));
    const res = await publicFormLogoResponse({ request: new Request(`http://localhost${shown!.logoPath}`), token: form.publicToken });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("public, max-age=86400");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
    const again = await publicFormLogoResponse({ request: new Request("http://localhost/", { headers: { "If-None-Match": res.headers.get("etag")! } }), token: form.publicToken });
    expect(again.status).toBe(304);
    expect(await auditOf("workspace.form_logo_changed")).toBe(1);

    expect(await removeFormLogo(f.admin.id, ref(), {})).toMatchObject({ ok: true, data: { removed: true } });
    expect((await getPublicForm(form.publicToken))!.logoPath).toBeNull();
    expect((await publicFormLogoResponse({ request: new Request("http://localhost/"), token: form.publicToken })).status).toBe(404);
    expect(await auditOf("workspace.form_logo_removed")).toBe(1);
  });

  it("is judged by its content: SVG, HTML or text named .png is refused, as is a file over 256 KB", async () => {
    expect(await uploadFormLogo(f.admin.id, ref(), logoForm(file(SVG, "logo.png", "image/png")))).toMatchObject({ ok: false, fieldErrors: { logo: ["LOGO_TYPE"] } });
    expect(await uploadFormLogo(f.admin.id, ref(), logoForm(file(SVG, "logo.svg", "image/svg+xml")))).toMatchObject({ ok: false, fieldErrors: { logo: ["LOGO_TYPE"] } });
    const big = new Uint8Array(FORM_LOGO_MAX_BYTES + 1);
    big.set(PNG);
    expect(await uploadFormLogo(f.admin.id, ref(), logoForm(file(big, "big.png", "image/png")))).toMatchObject({ ok: false, fieldErrors: { logo: ["LOGO_TOO_LARGE"] } });
    expect(await uploadFormLogo(f.admin.id, ref(), new FormData())).toMatchObject({ ok: false, fieldErrors: { logo: ["LOGO_REQUIRED"] } });
    // A JPEG declared as PNG is stored, and served, as the JPEG it is.
    expect(await uploadFormLogo(f.admin.id, ref(), logoForm(file(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]), "x.png", "image/png"))))
      .toMatchObject({ ok: true });
    const [row] = await getDb().select().from(workspaceFormLogos).where(eq(workspaceFormLogos.workspaceId, f.workspace.id));
    expect(row!.contentType).toBe("image/jpeg");
    expect(await auditOf("workspace.form_logo_changed")).toBe(1);
  });

  it("is read only through a form of its own workspace, or by that workspace's admins", async () => {
    await uploadFormLogo(f.admin.id, ref(), logoForm(file(PNG, "logo.png", "image/png")));
    const theirs = await newPublicForm(f.otherWorkspace, f.foreignOwner.id);
    // Another workspace's form link never shows this workspace's logo (they have none).
    expect((await publicFormLogoResponse({ request: new Request("http://localhost/"), token: theirs.publicToken })).status).toBe(404);
    expect((await publicFormLogoResponse({ request: new Request("http://localhost/"), token: "not-a-token" })).status).toBe(404);
    const preview = (userId: string | null) => settingsFormLogoResponse({ request: new Request("http://localhost/"), userId, slug: f.workspace.slug });
    expect((await preview(f.admin.id)).status).toBe(200);
    expect((await preview(f.viewer.id)).status).toBe(403);
    expect((await preview(f.foreignOwner.id)).status).toBe(404);
    expect((await preview(null)).status).toBe(401);
  });

  it("the public form's answers still arrive with a branded form", async () => {
    const form = await newPublicForm();
    await updateFormBranding(f.admin.id, ref(), { displayName: "Gamma", accentColor: "#0f766e" });
    await uploadFormLogo(f.admin.id, ref(), logoForm(file(PNG, "logo.png", "image/png")));
    expect(await submitPublicFeedback({ token: form.publicToken, headers: new Headers({ [CLIENT_IP_HEADER]: "10.9.9.9" }), input: { csat: "5" } })).toEqual({ stored: true });
  });
});
