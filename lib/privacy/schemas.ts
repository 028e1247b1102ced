import { z } from "zod";
import { RESPONDENT_MAX_LENGTH } from "@/lib/evidence/limits";

export const RETENTION_MONTHS = { min: 3, max: 60 } as const;
export const RETENTION_MODES = ["anonymise", "delete"] as const;
export const CONSENT_TEXT_MAX = 500;

/** "" (or absent) means no limit. */
const zRetentionMonths = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v) : v),
  z.number("INVALID_RETENTION").int("INVALID_RETENTION").min(RETENTION_MONTHS.min, "INVALID_RETENTION").max(RETENTION_MONTHS.max, "INVALID_RETENTION").nullable(),
);

export const ZPrivacySettingsInput = z.object({
  retentionMonths: zRetentionMonths,
  retentionMode: z.enum(RETENTION_MODES, "INVALID_RETENTION_MODE"),
  consentText: z
    .string()
    .trim()
    .max(CONSENT_TEXT_MAX, "TOO_LONG")
    .optional()
    .transform((s) => (s ? s : null)),
});
export type TPrivacySettingsInput = z.infer<typeof ZPrivacySettingsInput>;

/** An e-mail address or customer number, as the respondent gave it. */
export const ZRespondentLookupInput = z.object({
  identifier: z.string("REQUIRED").trim().min(1, "REQUIRED").max(RESPONDENT_MAX_LENGTH, "TOO_LONG"),
});
export const ZRespondentErasureInput = ZRespondentLookupInput.extend({
  /** The count the admin was shown; erasure is refused if it changed in between. */
  expectedCount: z.coerce.number().int().min(0),
});
