/** Limits shared by the database checks, the validators and the browser (no server imports here). */
export const FEEDBACK_COMMENT_MAX = 2000;
export const FEEDBACK_BATCH_MAX = 1000;
export const RESPONDENT_MAX_LENGTH = 320;
