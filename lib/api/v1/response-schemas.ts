import { z } from "zod";

/**
 * What `/api/v1` answers, as zod schemas: the handlers' return types come from these, and
 * the OpenAPI description (openapi.ts) is generated from them and from the request
 * schemas that validate input, so the description cannot drift from the code.
 */
export const ZApiError = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "Stable error code, e.g. INVALID_INPUT, MAP_NOT_FOUND, ROUTE_NOT_FOUND" }),
      message: z.string().meta({ description: "What is wrong, in English" }),
      field: z.string().optional().meta({ description: 'The first offending field, e.g. "responses.12.nps"' }),
      fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Every offending field with its error codes" }),
    }),
  })
  .meta({ id: "Error" });

export const ZApiMap = z
  .object({
    id: z.uuid(),
    name: z.string(),
    archived: z.boolean(),
    touchpoint_count: z.int().min(0),
    updated_at: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "Map" });
export const ZApiMapList = z.object({ data: z.array(ZApiMap) }).meta({ id: "MapList" });

export const ZApiTouchpoint = z
  .object({
    id: z.uuid(),
    name: z.string(),
    channel: z.string().nullable(),
    phase_id: z.uuid().nullable(),
    phase_name: z.string().nullable(),
    step_id: z.uuid().nullable(),
  })
  .meta({ id: "Touchpoint" });
export const ZApiTouchpointList = z.object({ data: z.array(ZApiTouchpoint) }).meta({ id: "TouchpointList" });

export const ZApiFeedback = z
  .object({
    id: z.uuid(),
    touchpoint_id: z.uuid(),
    map_id: z.uuid(),
    csat: z.int().min(1).max(5).nullable(),
    nps: z.int().min(0).max(10).nullable(),
    ces: z.int().min(1).max(7).nullable(),
    comment: z.string().nullable(),
    follow_up: z.string().nullable().meta({ description: "The answer to the form's follow-up question (\"What could we do better?\"), when it asks one" }),
    channel: z.string().nullable(),
    source: z.string().meta({ description: "How the response arrived: form, api, import" }),
    respondent_key: z.string().nullable().meta({ description: "A keyed hash of the respondent's identifier, never the identifier" }),
    responded_at: z.iso.datetime({ offset: true }),
    created_at: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "Feedback" });
export const ZApiFeedbackPage = z
  .object({
    data: z.array(ZApiFeedback),
    next_cursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page" }),
  })
  .meta({ id: "FeedbackPage" });

export const ZApiCreated = z
  .object({ created: z.int().min(0), ids: z.array(z.uuid()) })
  .meta({ id: "FeedbackCreated" });

export type TApiMapList = z.input<typeof ZApiMapList>;
export type TApiTouchpointList = z.input<typeof ZApiTouchpointList>;
export type TApiFeedbackPage = z.input<typeof ZApiFeedbackPage>;
export type TApiCreated = z.input<typeof ZApiCreated>;
