import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { feedbackForms, mapTouchpoints } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { getTouchpointOrThrow } from "../subjects";
import { getFeedbackFormOrThrow } from "./get-feedback-form";
import { newPublicToken } from "./public-token";
import { ZCreateFeedbackFormInput, ZFeedbackFormRefInput, ZPauseFeedbackFormInput, ZUpdateFeedbackFormInput } from "./schemas";

async function touchpointName(tx: Tx, touchpointId: string): Promise<string> {
  const [row] = await tx.select({ name: mapTouchpoints.name }).from(mapTouchpoints).where(eq(mapTouchpoints.id, touchpointId));
  return row?.name ?? "";
}

/** Gives a touchpoint its public form (one per touchpoint) with the questions the team chose. */
export const createFeedbackForm = workspaceOperation({
  permission: "evidence.write",
  input: ZCreateFeedbackFormInput,
  handler: (ctx, input) =>
    getDb().transaction(async (tx) => {
      const touchpoint = await getTouchpointOrThrow({ workspaceId: ctx.workspaceId, touchpointId: input.touchpointId }, tx);
      const [form] = await tx
        .insert(feedbackForms)
        .values({
          workspaceId: ctx.workspaceId,
          mapId: touchpoint.mapId,
          touchpointId: touchpoint.id,
          publicToken: newPublicToken(),
          asksCsat: input.asksCsat,
          asksNps: input.asksNps,
          asksCes: input.asksCes,
          asksComment: input.asksComment,
          createdById: ctx.userId,
        })
        .onConflictDoNothing({ target: feedbackForms.touchpointId })
        .returning({ id: feedbackForms.id, publicToken: feedbackForms.publicToken });
      if (!form) throw new AppError("CONFLICT", "FORM_EXISTS");
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "feedback_form.created", details: { name: touchpoint.name } });
      return { formId: form.id, publicToken: form.publicToken };
    }),
});

/**
 * Replaces a form's question set: which questions it asks, each one's wording (empty: the
 * default in the workspace's language) and whether it asks the follow-up question.
 */
export const updateFeedbackFormQuestions = workspaceOperation({
  permission: "evidence.write",
  input: ZUpdateFeedbackFormInput,
  handler: async (ctx, input) => {
    const form = await getFeedbackFormOrThrow({ workspaceId: ctx.workspaceId, formId: input.formId });
    await getDb()
      .update(feedbackForms)
      .set({
        asksCsat: input.asksCsat,
        asksNps: input.asksNps,
        asksCes: input.asksCes,
        asksComment: input.asksComment,
        asksFollowUp: input.asksFollowUp,
        csatQuestion: input.csatQuestion,
        npsQuestion: input.npsQuestion,
        cesQuestion: input.cesQuestion,
        commentQuestion: input.commentQuestion,
        followUpQuestion: input.followUpQuestion,
      })
      .where(and(eq(feedbackForms.workspaceId, ctx.workspaceId), eq(feedbackForms.id, form.id)));
    return { formId: form.id };
  },
});

/** A paused form still opens, and tells customers it is not collecting answers right now. */
export const setFeedbackFormPaused = workspaceOperation({
  permission: "evidence.write",
  input: ZPauseFeedbackFormInput,
  handler: (ctx, input) =>
    getDb().transaction(async (tx) => {
      const [form] = await tx
        .update(feedbackForms)
        .set({ pausedAt: input.paused ? sql`coalesce(${feedbackForms.pausedAt}, now())` : null })
        .where(and(eq(feedbackForms.workspaceId, ctx.workspaceId), eq(feedbackForms.id, input.formId)))
        .returning({ id: feedbackForms.id, pausedAt: feedbackForms.pausedAt, touchpointId: feedbackForms.touchpointId });
      if (!form) throw new AppError("NOT_FOUND", "FORM_NOT_FOUND");
      await recordAuditEvent(tx, {
        workspaceId: ctx.workspaceId,
        actorId: ctx.userId,
        action: input.paused ? "feedback_form.paused" : "feedback_form.resumed",
        details: { name: await touchpointName(tx, form.touchpointId) },
      });
      return { formId: form.id, paused: form.pausedAt !== null };
    }),
});

/** Replaces the form's link: the old token stops working at once (printed QR codes too). */
export const rotateFeedbackFormLink = workspaceOperation({
  permission: "evidence.write",
  input: ZFeedbackFormRefInput,
  handler: (ctx, input) =>
    getDb().transaction(async (tx) => {
      const [form] = await tx
        .update(feedbackForms)
        .set({ publicToken: newPublicToken(), rotatedAt: sql`now()` })
        .where(and(eq(feedbackForms.workspaceId, ctx.workspaceId), eq(feedbackForms.id, input.formId)))
        .returning({ id: feedbackForms.id, publicToken: feedbackForms.publicToken, touchpointId: feedbackForms.touchpointId });
      if (!form) throw new AppError("NOT_FOUND", "FORM_NOT_FOUND");
      await recordAuditEvent(tx, {
        workspaceId: ctx.workspaceId,
        actorId: ctx.userId,
        action: "feedback_form.link_rotated",
        details: { name: await touchpointName(tx, form.touchpointId) },
      });
      return { formId: form.id, publicToken: form.publicToken };
    }),
});
