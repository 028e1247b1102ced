import type { FeedbackForm } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { defaultQuestions, type QuestionKind, type QuestionWording, wordingOf } from "./question-wording";

/** The question switches of a form, as the form controls list them. */
export const FORM_ASKS = ["asksCsat", "asksNps", "asksCes", "asksComment", "asksFollowUp"] as const;

/**
 * A form as the team's controls show it: its link, state, questions, its own wording and
 * the default wording in the workspace's language (the placeholder of each wording field).
 */
export function toFormSummary(
  form: Pick<FeedbackForm, "id" | "publicToken" | "pausedAt" | (typeof FORM_ASKS)[number] | "csatQuestion" | "npsQuestion" | "cesQuestion" | "commentQuestion" | "followUpQuestion">,
  context: { locale: Locale; brandName: string; touchpointName: string },
): { id: string; publicToken: string; pausedAt: Date | null; asks: string[]; wording: QuestionWording; defaults: Record<QuestionKind, string>; locale: Locale } {
  return {
    id: form.id,
    publicToken: form.publicToken,
    pausedAt: form.pausedAt,
    asks: FORM_ASKS.filter((q) => form[q]),
    wording: wordingOf(form),
    defaults: defaultQuestions(context),
    locale: context.locale,
  };
}
