import { createTranslator } from "next-intl";
import en from "@/messages/en/feedbackForm.json";
import nl from "@/messages/nl/feedbackForm.json";
import type { Locale } from "@/lib/i18n/locales";

import { QUESTION_KINDS, type QuestionKind } from "./question-kinds";

export { QUESTION_KINDS, type QuestionKind };

/** A form's own wording per question, as stored (null: the default). */
export type QuestionWording = Record<QuestionKind, string | null>;

const MESSAGES = { en, nl } as const;
const DEFAULT_KEY = {
  csat: "csatQuestion",
  nps: "npsQuestion",
  ces: "cesQuestion",
  comment: "commentLabel",
  followUp: "followUpQuestion",
} as const satisfies Record<QuestionKind, string>;

/**
 * The default wording of every question in the workspace's language (not the reader's),
 * with the name respondents see and the touchpoint filled in: what the form shows when
 * the team left a question's wording empty, and the placeholder while they edit it.
 */
export function defaultQuestions(args: { locale: Locale; brandName: string; touchpointName: string }): Record<QuestionKind, string> {
  const t = createTranslator({ locale: args.locale, messages: MESSAGES[args.locale], namespace: "feedbackForm" });
  const vars = { workspace: args.brandName, touchpoint: args.touchpointName };
  return Object.fromEntries(QUESTION_KINDS.map((k) => [k, t(DEFAULT_KEY[k], vars)])) as Record<QuestionKind, string>;
}

/** The form's stored wording columns, picked out by kind. */
export function wordingOf(form: {
  csatQuestion: string | null;
  npsQuestion: string | null;
  cesQuestion: string | null;
  commentQuestion: string | null;
  followUpQuestion: string | null;
}): QuestionWording {
  return { csat: form.csatQuestion, nps: form.npsQuestion, ces: form.cesQuestion, comment: form.commentQuestion, followUp: form.followUpQuestion };
}

/** What respondents read: the team's wording where they gave one, the default elsewhere. */
export function resolveQuestions(wording: QuestionWording, defaults: Record<QuestionKind, string>): Record<QuestionKind, string> {
  return Object.fromEntries(QUESTION_KINDS.map((k) => [k, wording[k] ?? defaults[k]])) as Record<QuestionKind, string>;
}
