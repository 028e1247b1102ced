import { z } from "zod";
import { FEEDBACK_COMMENT_MAX } from "../limits";
import { RESPONDENT_MAX_LENGTH } from "../limits";
import { normaliseAccentColor } from "./accent-color";
import { FORM_LOGO_MAX_BYTES } from "./logo-image";

/** A checkbox: "on"/"true" from a form, or a boolean from code; absent means unchecked. */
const zCheckbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

const questions = {
  asksCsat: zCheckbox,
  asksNps: zCheckbox,
  asksCes: zCheckbox,
  asksComment: zCheckbox,
};
const atLeastOneQuestion = (v: { asksCsat: boolean; asksNps: boolean; asksCes: boolean; asksComment: boolean }) =>
  v.asksCsat || v.asksNps || v.asksCes || v.asksComment;
const ONE_QUESTION = { message: "FORM_NEEDS_QUESTION", path: ["asksCsat"] };

/** Where a form answers, relative to the app's base URL. */
export const publicFormPath = (token: string) => `/f/${token}`;

export const ZFeedbackFormId = z.uuid("FORM_NOT_FOUND");

export const ZCreateFeedbackFormInput = z
  .object({ touchpointId: z.uuid("TOUCHPOINT_NOT_FOUND"), ...questions })
  .refine(atLeastOneQuestion, ONE_QUESTION);
export type TCreateFeedbackFormInput = z.infer<typeof ZCreateFeedbackFormInput>;

/** Longest custom wording of one question; the same 200 is a CHECK on feedback_forms. */
export const QUESTION_WORDING_MAX = 200;
/** A question's own wording: "" (or absent) means the default, in the workspace's language. */
const zWording = z
  .string("WORDING_INVALID")
  .trim()
  .max(QUESTION_WORDING_MAX, "WORDING_TOO_LONG")
  .optional()
  .transform((s) => (s ? s : null));

/**
 * The whole question set of a form: which questions, their wording and the follow-up
 * question. Replaces what was there, so absent wording means "back to the default".
 */
export const ZUpdateFeedbackFormInput = z
  .object({
    formId: ZFeedbackFormId,
    ...questions,
    asksFollowUp: zCheckbox,
    csatQuestion: zWording,
    npsQuestion: zWording,
    cesQuestion: zWording,
    commentQuestion: zWording,
    followUpQuestion: zWording,
  })
  .refine(atLeastOneQuestion, ONE_QUESTION);
export type TUpdateFeedbackFormInput = z.infer<typeof ZUpdateFeedbackFormInput>;

export const ZFeedbackFormRefInput = z.object({ formId: ZFeedbackFormId });
export const ZPauseFeedbackFormInput = z.object({ formId: ZFeedbackFormId, paused: z.boolean() });

/** An optional rating from a radio group: "" or absent means not answered. */
const zRating = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? undefined : typeof v === "string" ? Number(v) : v),
    z.number(message).int(message).min(min, message).max(max, message).optional(),
  );

/** An open answer (comment, follow-up): trimmed, "" means not answered. */
const zOpenAnswer = z
  .string()
  .max(FEEDBACK_COMMENT_MAX * 4, "COMMENT_TOO_LONG")
  .transform((s) => s.trim())
  .pipe(z.string().max(FEEDBACK_COMMENT_MAX, "COMMENT_TOO_LONG"))
  .optional()
  .transform((s) => (s ? s : undefined));

/**
 * What a customer sends from the public form. Ratings the form does not ask are
 * refused by submitPublicFeedback, not here, because the schema does not know the form.
 */
export const ZPublicFeedbackInput = z.object({
  csat: zRating(1, 5, "INVALID_CSAT"),
  nps: zRating(0, 10, "INVALID_NPS"),
  ces: zRating(1, 7, "INVALID_CES"),
  comment: zOpenAnswer,
  /** The answer to the follow-up question ("What could we do better?"), if the form asks it. */
  followUp: zOpenAnswer,
  /** An e-mail address or customer number, kept (as its HMAC) only with consent ticked. */
  respondent: z
    .string()
    .trim()
    .max(RESPONDENT_MAX_LENGTH, "RESPONDENT_TOO_LONG")
    .optional()
    .transform((s) => (s ? s : undefined)),
  consent: zCheckbox,
});
export type TPublicFeedbackInput = z.infer<typeof ZPublicFeedbackInput>;

/** Longest display name on public forms (the workspace name's own limit). */
export const FORM_DISPLAY_NAME_MAX = 60;

/**
 * How the workspace's public forms look: the name respondents see and the accent colour;
 * "" (or absent) for either means the default (the workspace's name, the app's colour).
 */
export const ZFormBrandingInput = z.object({
  displayName: z
    .string("DISPLAY_NAME_INVALID")
    .trim()
    .max(FORM_DISPLAY_NAME_MAX, "DISPLAY_NAME_TOO_LONG")
    .optional()
    .transform((s) => (s ? s : null)),
  accentColor: z
    .string("ACCENT_INVALID")
    .trim()
    .optional()
    .transform((s, ctx) => {
      if (!s) return null;
      const hex = normaliseAccentColor(s);
      if (!hex) ctx.addIssue({ code: "custom", message: "ACCENT_INVALID" });
      return hex;
    }),
});
export type TFormBrandingInput = z.infer<typeof ZFormBrandingInput>;

/** The uploaded logo; its type is checked by content in uploadFormLogo, its size here and there. */
export const ZFormLogoInput = z.object({
  logo: z
    .instanceof(File, { message: "LOGO_REQUIRED" })
    .refine((f) => f.size > 0, "LOGO_REQUIRED")
    .refine((f) => f.size <= FORM_LOGO_MAX_BYTES, "LOGO_TOO_LARGE"),
});
export const ZRemoveFormLogoInput = z.object({});
