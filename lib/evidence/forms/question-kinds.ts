/** The questions a public form can ask, in the order it asks them (no imports: the browser reads it too). */
export const QUESTION_KINDS = ["csat", "nps", "ces", "comment", "followUp"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
