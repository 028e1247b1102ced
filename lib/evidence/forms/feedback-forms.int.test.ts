import { CLIENT_IP_HEADER } from "@/lib/auth/client-ip";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, feedbackForms, feedbackResponses } from "@/db/schema";
import { buildEvidenceMap } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { feedbackFormQrResponse } from "./form-qr";
import { createFeedbackForm, rotateFeedbackFormLink, setFeedbackFormPaused, updateFeedbackFormQuestions } from "./manage-feedback-form";
import { getPublicForm, PUBLIC_FORM_RATE, submitPublicFeedback } from "./public-form";

let f: TenantFixture;
let m: Awaited<ReturnType<typeof buildEvidenceMap>>;
const ref = () => ({ slug: f.workspace.slug });
const uniqueIp = () => `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;
const headersFrom = (ip: string) => new Headers({ [CLIENT_IP_HEADER]: ip });

async function newForm(questions: Partial<Record<"asksCsat" | "asksNps" | "asksCes" | "asksComment", boolean>> = { asksCsat: true, asksComment: true }) {
  const result = await createFeedbackForm(f.editor.id, ref(), { touchpointId: m.touchpoint.id, ...questions });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}
const responsesOf = (touchpointId: string) => getDb().select().from(feedbackResponses).where(eq(feedbackResponses.touchpointId, touchpointId));

beforeEach(async () => {
  f = await buildTenantFixture();
  m = await buildEvidenceMap(f.workspace.id);
});

describe("managing a touchpoint's form", () => {
  it("creates one form per touchpoint with an unguessable token", async () => {
    const form = await newForm();
    expect(form.publicToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await createFeedbackForm(f.editor.id, ref(), { touchpointId: m.touchpoint.id, asksNps: true })).toMatchObject({ ok: false, error: "FORM_EXISTS" });
  });

  it("needs a question, and a live touchpoint of the workspace", async () => {
    expect(await createFeedbackForm(f.editor.id, ref(), { touchpointId: m.touchpoint.id })).toMatchObject({
      ok: false,
      fieldErrors: { asksCsat: ["FORM_NEEDS_QUESTION"] },
    });
    expect(await createFeedbackForm(f.editor.id, ref(), { touchpointId: m.removed.id, asksCsat: true })).toMatchObject({ ok: false, error: "TOUCHPOINT_NOT_FOUND" });
    const foreign = await buildEvidenceMap(f.otherWorkspace.id);
    expect(await createFeedbackForm(f.owner.id, ref(), { touchpointId: foreign.touchpoint.id, asksCsat: true })).toMatchObject({ ok: false, error: "TOUCHPOINT_NOT_FOUND" });
    expect(await getDb().select().from(feedbackForms).where(eq(feedbackForms.touchpointId, foreign.touchpoint.id))).toHaveLength(0);
  });

  it("reads questions from a submitted form's checkboxes", async () => {
    const form = new FormData();
    form.set("touchpointId", m.touchpoint.id);
    form.set("asksNps", "on");
    const result = await createFeedbackForm(f.editor.id, ref(), form);
    expect(result.ok).toBe(true);
    const [row] = await getDb().select().from(feedbackForms).where(eq(feedbackForms.touchpointId, m.touchpoint.id));
    expect(row).toMatchObject({ asksCsat: false, asksNps: true, asksCes: false, asksComment: false });
  });

  it("rotating the link makes the old one stop working", async () => {
    const form = await newForm();
    const rotated = await rotateFeedbackFormLink(f.editor.id, ref(), { formId: form.formId });
    if (!rotated.ok) throw new Error("rotate");
    expect(rotated.data.publicToken).not.toBe(form.publicToken);
    expect(await getPublicForm(form.publicToken)).toBeNull();
    expect(await getPublicForm(rotated.data.publicToken)).toMatchObject({ touchpointName: "Website", collecting: true });
    await expect(submitPublicFeedback({ token: form.publicToken, headers: headersFrom(uniqueIp()), input: { csat: "5" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.workspaceId, f.workspace.id));
    expect(events.map((e) => [e.action, e.details.name]).sort()).toEqual([
      ["feedback_form.created", "Website"],
      ["feedback_form.link_rotated", "Website"],
    ]);
  });

  it("a paused form says it is not collecting and stores nothing; resuming opens it again", async () => {
    const form = await newForm();
    await setFeedbackFormPaused(f.editor.id, ref(), { formId: form.formId, paused: true });
    expect(await getPublicForm(form.publicToken)).toMatchObject({ collecting: false });
    await expect(submitPublicFeedback({ token: form.publicToken, headers: headersFrom(uniqueIp()), input: { csat: "5" } })).rejects.toMatchObject({
      messageKey: "FORM_PAUSED",
    });
    await setFeedbackFormPaused(f.editor.id, ref(), { formId: form.formId, paused: false });
    expect(await submitPublicFeedback({ token: form.publicToken, headers: headersFrom(uniqueIp()), input: { csat: "5" } })).toEqual({ stored: true });
    expect(await responsesOf(m.touchpoint.id)).toHaveLength(1);
  });

  it("changes the questions", async () => {
    const form = await newForm();
    await updateFeedbackFormQuestions(f.editor.id, ref(), { formId: form.formId, asksNps: true });
    expect(await getPublicForm(form.publicToken)).toMatchObject({ asksCsat: false, asksNps: true, asksComment: false });
  });

  it("saves each question's wording, and empty wording means the default in the workspace's language", async () => {
    const form = await newForm();
    const body = new FormData();
    for (const [k, v] of Object.entries({ formId: form.formId, asksCsat: "on", asksNps: "on", asksComment: "on", asksFollowUp: "on", csatQuestion: "  Happy with our website?  ", npsQuestion: "", commentQuestion: "Tell us more" })) body.set(k, v);
    expect(await updateFeedbackFormQuestions(f.editor.id, ref(), body)).toMatchObject({ ok: true });
    const [row] = await getDb().select().from(feedbackForms).where(eq(feedbackForms.id, form.formId));
    expect(row).toMatchObject({ asksFollowUp: true, csatQuestion: "Happy with our website?", npsQuestion: null, cesQuestion: null, commentQuestion: "Tell us more", followUpQuestion: null });
    const shown = await getPublicForm(form.publicToken);
    expect(shown).toMatchObject({ asksFollowUp: true, questions: { csat: "Happy with our website?", comment: "Tell us more", followUp: "What could we do better?" } });
    expect(shown!.questions.nps).toBe(`How likely are you to recommend ${f.workspace.name} to a friend or colleague?`);
    // Wording too long is refused by name, and what was saved stays.
    expect(await updateFeedbackFormQuestions(f.editor.id, ref(), { formId: form.formId, asksCsat: true, csatQuestion: "x".repeat(201) })).toMatchObject({
      ok: false,
      fieldErrors: { csatQuestion: ["WORDING_TOO_LONG"] },
    });
    expect((await getPublicForm(form.publicToken))!.questions.csat).toBe("Happy with our website?");
  });

  it("is refused to viewers and to other workspaces", async () => {
    const form = await newForm();
    expect(await rotateFeedbackFormLink(f.viewer.id, ref(), { formId: form.formId })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await rotateFeedbackFormLink(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, { formId: form.formId })).toMatchObject({
      ok: false,
      error: "FORM_NOT_FOUND",
    });
    expect(await getPublicForm(form.publicToken)).not.toBeNull();
  });
});

describe("the public form", () => {
  it("stores an answer with the touchpoint's map, channel and source, in the workspace's language", async () => {
    const form = await newForm({ asksCsat: true, asksComment: true });
    const body = new FormData();
    body.set("csat", "4");
    body.set("comment", "  Quick and friendly  ");
    expect(await submitPublicFeedback({ token: form.publicToken, headers: headersFrom(uniqueIp()), input: body })).toEqual({ stored: true });
    const [row] = await responsesOf(m.touchpoint.id);
    expect(row).toMatchObject({ workspaceId: f.workspace.id, mapId: m.map.id, csat: 4, nps: null, comment: "Quick and friendly", source: "form", channel: "web", respondentKey: null });
    expect((await getPublicForm(form.publicToken))?.locale).toBe("en");
  });

  it("stores the answer to the follow-up question with the response, only when the form asks it", async () => {
    const form = await newForm({ asksCsat: true });
    await submitPublicFeedback({ token: form.publicToken, headers: headersFrom(uniqueIp()), input: { csat: "3", followUp: "Not asked" } });
    await updateFeedbackFormQuestions(f.editor.id, ref(), { formId: form.formId, asksCsat: true, asksFollowUp: true });
    const body = new FormData();
    body.set("csat", "2");
    body.set("followUp", "  Shorter queues at the till  ");
    await submitPublicFeedback({ token: form.publicToken, headers: headersFrom(uniqueIp()), input: body });
    // A follow-up answer alone is an answer too.
    await submitPublicFeedback({ token: form.publicToken, headers: headersFrom(uniqueIp()), input: { followUp: "More staff" } });
    const rows = (await responsesOf(m.touchpoint.id)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    expect(rows.map((r) => [r.csat, r.followUp])).toEqual([
      [3, null],
      [2, "Shorter queues at the till"],
      [null, "More staff"],
    ]);
    await expect(submitPublicFeedback({ token: form.publicToken, headers: headersFrom(uniqueIp()), input: { followUp: "x".repeat(2001) } })).rejects.toMatchObject({
      fieldErrors: { followUp: ["COMMENT_TOO_LONG"] },
    });
  });

  it("ignores answers to questions the form does not ask, and needs one it does", async () => {
    const form = await newForm({ asksCsat: true });
    await submitPublicFeedback({ token: form.publicToken, headers: headersFrom(uniqueIp()), input: { csat: "2", nps: "10", comment: "hi" } });
    const [row] = await responsesOf(m.touchpoint.id);
    expect(row).toMatchObject({ csat: 2, nps: null, comment: null });
    await expect(submitPublicFeedback({ token: form.publicToken, headers: headersFrom(uniqueIp()), input: { nps: "10" } })).rejects.toMatchObject({
      messageKey: "ANSWER_REQUIRED",
    });
  });

  it("names each bad field", async () => {
    const form = await newForm({ asksCsat: true, asksNps: true, asksCes: true, asksComment: true });
    await expect(
      submitPublicFeedback({ token: form.publicToken, headers: headersFrom(uniqueIp()), input: { csat: "6", nps: "-1", ces: "3.5", comment: "x".repeat(2001) } }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { csat: ["INVALID_CSAT"], nps: ["INVALID_NPS"], ces: ["INVALID_CES"], comment: ["COMMENT_TOO_LONG"] },
    });
    expect(await responsesOf(m.touchpoint.id)).toHaveLength(0);
  });

  it("accepts a comment of exactly 2,000 characters", async () => {
    const form = await newForm({ asksComment: true });
    await submitPublicFeedback({ token: form.publicToken, headers: headersFrom(uniqueIp()), input: { comment: "é".repeat(2000) } });
    expect((await responsesOf(m.touchpoint.id))[0]!.comment).toHaveLength(2000);
  });

  it("pretends success when the honeypot is filled, and stores nothing", async () => {
    const form = await newForm();
    const body = new FormData();
    body.set("csat", "5");
    body.set("website", "http://spam.example");
    expect(await submitPublicFeedback({ token: form.publicToken, headers: headersFrom(uniqueIp()), input: body })).toEqual({ stored: false });
    // Even with input that would fail validation: a bot learns nothing.
    expect(await submitPublicFeedback({ token: form.publicToken, headers: headersFrom(uniqueIp()), input: { csat: "99", website: "x" } })).toEqual({ stored: false });
    expect(await responsesOf(m.touchpoint.id)).toHaveLength(0);
  });

  it("limits answers per client address", async () => {
    const form = await newForm();
    const ip = uniqueIp();
    for (let i = 0; i < PUBLIC_FORM_RATE.points; i++) {
      await submitPublicFeedback({ token: form.publicToken, headers: headersFrom(ip), input: { csat: "5" } });
    }
    await expect(submitPublicFeedback({ token: form.publicToken, headers: headersFrom(ip), input: { csat: "5" } })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await responsesOf(m.touchpoint.id)).toHaveLength(PUBLIC_FORM_RATE.points);
    // Another address is not affected.
    expect(await submitPublicFeedback({ token: form.publicToken, headers: headersFrom(uniqueIp()), input: { csat: "5" } })).toEqual({ stored: true });
  });

  it("knows no malformed or unknown token", async () => {
    expect(await getPublicForm("nope")).toBeNull();
    expect(await getPublicForm("A".repeat(43))).toBeNull();
  });

  it("stops collecting when its touchpoint is removed from the map", async () => {
    const result = await createFeedbackForm(f.editor.id, ref(), { touchpointId: m.second.id, asksCsat: true });
    if (!result.ok) throw new Error("setup");
    const { mapTouchpoints } = await import("@/db/schema");
    await getDb().update(mapTouchpoints).set({ deletedAt: new Date() }).where(eq(mapTouchpoints.id, m.second.id));
    expect(await getPublicForm(result.data.publicToken)).toMatchObject({ collecting: false });
  });
});

describe("the QR code download", () => {
  const qr = (userId: string | null, formId: string, format?: string) =>
    feedbackFormQrResponse({
      request: new Request(`http://localhost/api/feedback-forms/${formId}/qr${format ? `?format=${format}` : ""}`),
      userId,
      formId,
      baseUrl: "https://journeyboard.example",
    });

  it("serves SVG by default and PNG on request, to any member", async () => {
    const form = await newForm();
    const svg = await qr(f.viewer.id, form.formId);
    expect(svg.status).toBe(200);
    expect(svg.headers.get("content-type")).toBe("image/svg+xml");
    expect(await svg.text()).toMatch(/^<svg/);
    const png = await qr(f.editor.id, form.formId, "png");
    expect(png.headers.get("content-type")).toBe("image/png");
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it("refuses strangers, the signed-out and unknown formats", async () => {
    const form = await newForm();
    expect((await qr(f.foreignOwner.id, form.formId)).status).toBe(404);
    expect((await qr(f.outsider.id, form.formId)).status).toBe(404);
    expect((await qr(null, form.formId)).status).toBe(401);
    const bad = await qr(f.owner.id, form.formId, "gif");
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { field: "format" } });
    expect((await qr(f.owner.id, "not-a-uuid")).status).toBe(404);
  });
});
