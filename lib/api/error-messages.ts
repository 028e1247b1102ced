/**
 * English sentences for the error keys the API and the JSON routes return, so a client
 * developer reads what went wrong and what to do. Keys not listed fall back to the
 * sentence of their HTTP status.
 */
export const API_ERROR_MESSAGES: Record<string, string> = {
  UNAUTHORIZED: "Send a valid API key as 'Authorization: Bearer jb_…'.",
  API_KEY_MISSING: "No API key: send 'Authorization: Bearer jb_…'.",
  API_KEY_INVALID: "This API key is unknown or has been revoked.",
  FORBIDDEN: "This key or role is not allowed to do this.",
  API_KEY_READ_ONLY: "This API key is read-only; create a key with write access.",
  NOT_FOUND: "Not found.",
  MAP_NOT_FOUND: "No map with this id in this workspace.",
  FORM_NOT_FOUND: "No feedback form with this id in this workspace.",
  IMPORT_NOT_FOUND: "No import with this id in this workspace.",
  CONFLICT: "This conflicts with the current state.",
  IMPORT_CLOSED: "This import was already committed or discarded; start a new one.",
  INVALID_INPUT: "The request is not valid.",
  INVALID_JSON: "The body is not valid JSON.",
  BODY_TOO_LARGE: "The body is too large.",
  RATE_LIMITED: "Too many requests; wait a minute and try again.",
  UNEXPECTED: "Something went wrong on our side; nothing was changed.",
  REQUIRED: "This field is required.",
  TOO_LONG: "This value is too long.",
  TOUCHPOINT_NOT_FOUND: "No live touchpoint with this id in this workspace (unknown, of another workspace, or removed from its map).",
  INVALID_TEXT: "Expected a text value.",
  INVALID_UUID: "Expected an id (a UUID).",
  INVALID_CSAT: "CSAT must be a whole number from 1 to 5.",
  INVALID_NPS: "NPS must be a whole number from 0 to 10.",
  INVALID_CES: "CES must be a whole number from 1 to 7.",
  COMMENT_TOO_LONG: "The comment may be at most 2,000 characters.",
  ANSWER_REQUIRED: "Give at least one of csat, nps, ces or comment.",
  INVALID_DATE: "Expected a date-time in ISO 8601, e.g. 2026-05-17T14:30:00Z.",
  DATE_IN_FUTURE: "This date lies in the future.",
  INVALID_CHANNEL: "The channel may be at most 40 characters.",
  INVALID_RESPONDENT: "The respondent identifier may be at most 320 characters.",
  BATCH_TOO_LARGE: "Send at most 1,000 responses per request.",
  BATCH_EMPTY: "Send at least one response.",
  INVALID_LIMIT: "limit must be a whole number from 1 to 200.",
  INVALID_CURSOR: "This cursor is not valid; use next_cursor from a previous page.",
  INVALID_FORMAT: "format must be svg or png.",
  UNKNOWN_FIELD: "This field is not recognised.",
};

export const STATUS_MESSAGES: Record<number, string> = {
  401: API_ERROR_MESSAGES.UNAUTHORIZED!,
  403: API_ERROR_MESSAGES.FORBIDDEN!,
  404: API_ERROR_MESSAGES.NOT_FOUND!,
  409: API_ERROR_MESSAGES.CONFLICT!,
  413: API_ERROR_MESSAGES.BODY_TOO_LARGE!,
  422: API_ERROR_MESSAGES.INVALID_INPUT!,
  429: API_ERROR_MESSAGES.RATE_LIMITED!,
  500: API_ERROR_MESSAGES.UNEXPECTED!,
};
