import { z } from "zod";
import { FEEDBACK_COMMENT_MAX } from "../limits";
import { RESPONDENT_MAX_LENGTH } from "../limits";

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

export const ZUpdateFeedbackFormInput = z.object({ formId: ZFeedbackFormId, ...questions }).refine(atLeastOneQuestion, ONE_QUESTION);

export const ZFeedbackFormRefInput = z.object({ formId: ZFeedbackFormId });
export const ZPauseFeedbackFormInput = z.object({ formId: ZFeedbackFormId, paused: z.boolean() });

/** An optional rating from a radio group: "" or absent means not answered. */
const zRating = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? undefined : typeof v === "string" ? Number(v) : v),
    z.number(message).int(message).min(min, message).max(max, message).optional(),
  );

/**
 * What a customer sends from the public form. Ratings the form does not ask are
 * refused by submitPublicFeedback, not here, because the schema does not know the form.
 */
export const ZPublicFeedbackInput = z.object({
  csat: zRating(1, 5, "INVALID_CSAT"),
  nps: zRating(0, 10, "INVALID_NPS"),
  ces: zRating(1, 7, "INVALID_CES"),
  comment: z
    .string()
    .max(FEEDBACK_COMMENT_MAX * 4, "COMMENT_TOO_LONG")
    .transform((s) => s.trim())
    .pipe(z.string().max(FEEDBACK_COMMENT_MAX, "COMMENT_TOO_LONG"))
    .optional()
    .transform((s) => (s ? s : undefined)),
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
