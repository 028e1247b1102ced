import { z } from "zod";
import { FEEDBACK_BATCH_MAX, FEEDBACK_COMMENT_MAX } from "../limits";
import { parseRespondedAt } from "./zoned-time";

export const FEEDBACK_CHANNEL_MAX = 40;
export const RESPONDENT_MAX = 320;
/** Clocks differ; a response a few minutes "in the future" is a skewed clock, not an error. */
const FUTURE_SKEW_MS = 5 * 60 * 1000;
const EARLIEST = Date.UTC(2000, 0, 1);

const hasAnswer = (v: { csat?: number | null; nps?: number | null; ces?: number | null; comment?: string | null }) =>
  v.csat != null || v.nps != null || v.ces != null || (v.comment != null && v.comment !== "");

const checkRespondedAt = (date: unknown, ctx: z.RefinementCtx) => {
  // Refinements also run when the field itself failed; then there is no date to judge.
  if (!(date instanceof Date)) return;
  if (date.getTime() > Date.now() + FUTURE_SKEW_MS) ctx.addIssue({ code: "custom", path: ["responded_at"], message: "DATE_IN_FUTURE" });
  else if (date.getTime() < EARLIEST) ctx.addIssue({ code: "custom", path: ["responded_at"], message: "INVALID_DATE" });
};

/** Trimmed first, then held to `max` characters; empty counts as none. */
const trimmedOrNull = (max: number, message: string) =>
  z
    .string("INVALID_TEXT")
    .trim()
    .max(max, message)
    .transform((s) => (s === "" ? null : s));

// ---------------------------------------------------------------- REST API (JSON)

const apiRating = (min: number, max: number, message: string) => z.number(message).int(message).min(min, message).max(max, message).nullable().optional();

/** One response as the API takes it: JSON numbers, ISO 8601 times with an offset. */
export const ZApiFeedbackItem = z
  .strictObject({
    touchpoint_id: z.uuid("INVALID_UUID").meta({ description: "A live touchpoint of the key's workspace" }),
    csat: apiRating(1, 5, "INVALID_CSAT").meta({ description: "Satisfaction, 1 (very dissatisfied) to 5 (very satisfied)" }),
    nps: apiRating(0, 10, "INVALID_NPS").meta({ description: "Likelihood to recommend, 0 to 10" }),
    ces: apiRating(1, 7, "INVALID_CES").meta({ description: "Effort, 1 to 7 (7 = very easy)" }),
    comment: trimmedOrNull(FEEDBACK_COMMENT_MAX, "COMMENT_TOO_LONG").nullable().optional().meta({ description: "Trimmed; empty counts as none" }),
    channel: trimmedOrNull(FEEDBACK_CHANNEL_MAX, "INVALID_CHANNEL").nullable().optional().meta({ description: "Defaults to the touchpoint's channel" }),
    /** A raw e-mail address or customer number; hashed at once, never stored. */
    respondent: z
      .string("INVALID_TEXT")
      .max(RESPONDENT_MAX, "INVALID_RESPONDENT")
      .nullable()
      .optional()
      .meta({ description: "E-mail address or customer number; stored only as a keyed hash" }),
    responded_at: z.iso
      .datetime({ offset: true, message: "INVALID_DATE" })
      .transform((s) => new Date(s))
      .optional()
      .meta({ description: "Defaults to now; not in the future" }),
  })
  .superRefine((v, ctx) => {
    if (!hasAnswer(v)) ctx.addIssue({ code: "custom", path: [], message: "ANSWER_REQUIRED" });
    checkRespondedAt(v.responded_at, ctx);
  });
export type TApiFeedbackItem = z.output<typeof ZApiFeedbackItem>;

/** `POST /api/v1/feedback` takes one response, or `{ responses: [...] }` of up to 1,000. */
export const ZApiFeedbackBatch = z.strictObject({
  responses: z.array(ZApiFeedbackItem, "INVALID_INPUT").min(1, "BATCH_EMPTY").max(FEEDBACK_BATCH_MAX, "BATCH_TOO_LARGE"),
});

// ---------------------------------------------------------------- CSV rows (text)

const textRating = (min: number, max: number, message: string) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      const text = s?.trim() ?? "";
      if (text === "") return null;
      if (!/^\d{1,2}$/.test(text) || Number(text) < min || Number(text) > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return Number(text);
    });

/** The fields a CSV column can be mapped to. */
export const CSV_FIELDS = ["touchpoint", "csat", "nps", "ces", "comment", "channel", "respondent", "responded_at"] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/**
 * The one schema every CSV row passes, server-side, whatever the browser checked. The
 * touchpoint column holds a touchpoint's id or its name on the chosen map; names are
 * resolved after this. Times without an offset are read in the workspace's time zone.
 */
export function csvFeedbackRowSchema(timeZone: string) {
  return z
    .object({
      touchpoint: z.string("REQUIRED").trim().min(1, "REQUIRED").max(200, "TOUCHPOINT_NOT_FOUND"),
      csat: textRating(1, 5, "INVALID_CSAT"),
      nps: textRating(0, 10, "INVALID_NPS"),
      ces: textRating(1, 7, "INVALID_CES"),
      comment: trimmedOrNull(FEEDBACK_COMMENT_MAX, "COMMENT_TOO_LONG").optional().transform((s) => s ?? null),
      channel: trimmedOrNull(FEEDBACK_CHANNEL_MAX, "INVALID_CHANNEL").optional().transform((s) => s ?? null),
      respondent: z.string().max(RESPONDENT_MAX, "INVALID_RESPONDENT").optional().transform((s) => s ?? null),
      responded_at: z
        .string("REQUIRED")
        .transform((s, ctx) => {
          if (s.trim() === "") {
            ctx.addIssue({ code: "custom", message: "REQUIRED" });
            return z.NEVER;
          }
          const date = parseRespondedAt(s, timeZone);
          if (!date) {
            ctx.addIssue({ code: "custom", message: "INVALID_DATE" });
            return z.NEVER;
          }
          return date;
        }),
    })
    .superRefine((v, ctx) => {
      if (!hasAnswer(v)) ctx.addIssue({ code: "custom", path: ["csat"], message: "ANSWER_REQUIRED" });
      checkRespondedAt(v.responded_at, ctx);
    });
}
export type TCsvFeedbackRow = z.output<ReturnType<typeof csvFeedbackRowSchema>>;

/**
 * zod issues as `{ "responses.12.nps": ["INVALID_NPS"] }`, with unknown keys reported
 * under their own name so a typo like "NPS" points at itself.
 */
export function issuesToFieldErrors(issues: z.core.$ZodIssue[], prefix = ""): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (path: PropertyKey[], message: string) => {
    const key = [prefix, ...path.map(String)].filter(Boolean).join(".") || "_form";
    (out[key] ??= []).push(message);
  };
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") for (const key of issue.keys) add([...issue.path, key], "UNKNOWN_FIELD");
    else if (issue.code === "invalid_type" && issue.path.length === 0 && !prefix) add([], "INVALID_INPUT");
    else add(issue.path, issue.message);
  }
  return out;
}
