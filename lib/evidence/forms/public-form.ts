import "server-only";
import { cache } from "react";
import { evaluateAfterFeedback } from "@/lib/alerts/evaluate";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedbackForms, feedbackResponses, mapTouchpoints, workspaceFormLogos, workspaces } from "@/db/schema";
import { clientIp } from "@/lib/auth/client-ip";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/actions/parse-input";
import type { Locale } from "@/lib/i18n/locales";
import { getLimiter, tryConsume } from "@/lib/rate-limit/limiter";
import { isPublicTokenShape } from "./public-token";
import { toBranding } from "./form-branding";
import { publicFormLogoPath } from "./form-logo-response";
import { defaultQuestions, type QuestionKind, resolveQuestions, wordingOf } from "./question-wording";
import { respondentKey } from "../respondent-key";
import { HONEYPOT_FIELD } from "./honeypot";
import { ZPublicFeedbackInput } from "./schemas";

/** Answers per client address per window; generous because a shop's customers share its Wi-Fi. */
export const PUBLIC_FORM_RATE = { points: 30, windowSeconds: 10 * 60 } as const;

export type PublicForm = {
  formId: string;
  touchpointName: string;
  /** The name respondents see: the workspace's display name for forms, else its name. */
  brandName: string;
  locale: Locale;
  /** "#rrggbb" and the text colour readable on it; null: the app's own colours. */
  accent: { color: string; foreground: string } | null;
  /** Path of the workspace's logo (versioned), or null without one. */
  logoPath: string | null;
  asksCsat: boolean;
  asksNps: boolean;
  asksCes: boolean;
  asksComment: boolean;
  asksFollowUp: boolean;
  /** What each question says: the team's wording, or the default in the workspace's language. */
  questions: Record<QuestionKind, string>;
  /** The workspace's own consent sentence for the optional e-mail field; null: the default text. */
  consentText: string | null;
  /** Paused by the team, or its touchpoint was removed from the map. */
  collecting: boolean;
};

async function loadForm(token: string) {
  if (!isPublicTokenShape(token)) return null;
  const [row] = await getDb()
    .select({
      form: feedbackForms,
      touchpointName: mapTouchpoints.name,
      touchpointChannel: mapTouchpoints.channel,
      touchpointDeletedAt: mapTouchpoints.deletedAt,
      workspace: { name: workspaces.name, locale: workspaces.locale, displayName: workspaces.formDisplayName, accentColor: workspaces.formAccentColor, logoVersion: workspaceFormLogos.sha256 },
      consentText: workspaces.consentText,
    })
    .from(feedbackForms)
    .innerJoin(mapTouchpoints, and(eq(mapTouchpoints.id, feedbackForms.touchpointId), eq(mapTouchpoints.workspaceId, feedbackForms.workspaceId)))
    .innerJoin(workspaces, eq(workspaces.id, feedbackForms.workspaceId))
    .leftJoin(workspaceFormLogos, eq(workspaceFormLogos.workspaceId, feedbackForms.workspaceId))
    .where(eq(feedbackForms.publicToken, token))
    .limit(1);
  return row ?? null;
}

/**
 * The form behind a public link, in the workspace's language and with its branding (never
 * the visitor's language, never the workspace's own name when a display name is set);
 * null for an unknown (or rotated) token.
 */
export const getPublicForm = cache(async (token: string): Promise<PublicForm | null> => {
  const row = await loadForm(token);
  if (!row) return null;
  const { form } = row;
  const branding = toBranding(row.workspace);
  const defaults = defaultQuestions({ locale: branding.locale, brandName: branding.brandName, touchpointName: row.touchpointName });
  return {
    formId: form.id,
    touchpointName: row.touchpointName,
    brandName: branding.brandName,
    locale: branding.locale,
    accent: branding.accentColor ? { color: branding.accentColor, foreground: branding.accentForeground! } : null,
    logoPath: branding.logoVersion ? publicFormLogoPath(token, branding.logoVersion) : null,
    asksCsat: form.asksCsat,
    asksNps: form.asksNps,
    asksCes: form.asksCes,
    asksComment: form.asksComment,
    asksFollowUp: form.asksFollowUp,
    questions: resolveQuestions(wordingOf(form), defaults),
    consentText: row.consentText,
    collecting: form.pausedAt === null && row.touchpointDeletedAt === null,
  };
});

/** The language of the page at `pathname` when it is a public form: the root layout sets <html lang> from it. */
export async function publicFormLocale(pathname: string | null): Promise<Locale | null> {
  const token = pathname ? /^\/f\/([^/]+)$/.exec(pathname)?.[1] : undefined;
  return token ? ((await getPublicForm(token))?.locale ?? null) : null;
}

function isHoneypotFilled(input: unknown): boolean {
  const value = input instanceof FormData ? input.get(HONEYPOT_FIELD) : (input as Record<string, unknown> | null)?.[HONEYPOT_FIELD];
  return typeof value === "string" && value.trim() !== "";
}

/**
 * Stores one customer's answer to a public form. In order: the per-address rate limit
 * (so bots pay for every try), the honeypot (filled → report success, store nothing),
 * the input, the form (unknown → NOT_FOUND, paused → FORM_PAUSED). Only the questions
 * the form asks are accepted, and at least one must be answered.
 */
export async function submitPublicFeedback(args: { token: string; headers: Headers; input: unknown }): Promise<{ stored: boolean }> {
  const limiter = getLimiter("feedback-form-ip", PUBLIC_FORM_RATE.points, PUBLIC_FORM_RATE.windowSeconds);
  if (!(await tryConsume(limiter, clientIp(args.headers)))) throw new AppError("RATE_LIMITED");
  if (isHoneypotFilled(args.input)) return { stored: false };
  const input = parseInput(ZPublicFeedbackInput, args.input);
  const row = await loadForm(args.token);
  if (!row) throw new AppError("NOT_FOUND", "FORM_NOT_FOUND");
  const { form } = row;
  if (form.pausedAt !== null || row.touchpointDeletedAt !== null) throw new AppError("CONFLICT", "FORM_PAUSED");
  const answers = {
    csat: form.asksCsat ? (input.csat ?? null) : null,
    nps: form.asksNps ? (input.nps ?? null) : null,
    ces: form.asksCes ? (input.ces ?? null) : null,
    comment: form.asksComment ? (input.comment ?? null) : null,
    followUp: form.asksFollowUp ? (input.followUp ?? null) : null,
  };
  if (Object.values(answers).every((v) => v === null)) {
    throw new AppError("INVALID_INPUT", "ANSWER_REQUIRED", { _form: ["ANSWER_REQUIRED"] });
  }
  // Who answered is kept only with the respondent's consent, and then only as its HMAC.
  if (input.respondent && !input.consent) throw new AppError("INVALID_INPUT", "CONSENT_REQUIRED", { consent: ["CONSENT_REQUIRED"] });
  const [stored] = await getDb()
    .insert(feedbackResponses)
    .values({
      workspaceId: form.workspaceId,
      mapId: form.mapId,
      touchpointId: form.touchpointId,
      ...answers,
      channel: row.touchpointChannel,
      respondentKey: input.consent ? respondentKey(input.respondent) : null,
      source: "form",
      respondedAt: new Date(),
    })
    .returning({ id: feedbackResponses.id, respondedAt: feedbackResponses.respondedAt });
  await emitWebhookEvent(form.workspaceId, "feedback.created", {
    source: "form",
    count: 1,
    responses: [
      {
        id: stored!.id,
        map_id: form.mapId,
        touchpoint_id: form.touchpointId,
        csat: answers.csat,
        nps: answers.nps,
        ces: answers.ces,
        comment: answers.comment,
        follow_up: answers.followUp,
        responded_at: stored!.respondedAt.toISOString(),
      },
    ],
  });
  await evaluateAfterFeedback(form.workspaceId, [form.mapId]);
  return { stored: true };
}
