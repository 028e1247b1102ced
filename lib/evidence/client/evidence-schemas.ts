import { z } from "zod";
import { QUESTION_KINDS } from "@/lib/evidence/forms/question-kinds";
import { LOCALES } from "@/lib/i18n/locales";

/**
 * The browser's reading of GET /api/maps/{mapId}/evidence. The editor polls it, so
 * every answer is parsed here rather than trusted: a change on the server side that
 * breaks the shape shows up as INVALID_RESPONSE instead of as a broken map. (Enums are
 * spelled out rather than imported from db/schema so the client bundle stays free of drizzle.)
 */

const ZTint = z.object({ hue: z.number(), color: z.string(), background: z.string() });

export const ZTouchpointScore = z.object({
  csat: z.number().nullable(),
  nps: z.number().nullable(),
  ces: z.number().nullable(),
  responses: z.number().int().nonnegative(),
  tint: ZTint.nullable(),
});
export type TTouchpointScore = z.infer<typeof ZTouchpointScore>;

const ZKpiStatus = z.enum(["on", "near", "off"]);
export const ZKpiStatusCounts = z.object({ on: z.number(), near: z.number(), off: z.number(), unmeasured: z.number() });
export type TKpiStatusCounts = z.infer<typeof ZKpiStatusCounts>;

export const ZKpiValue = z.object({
  name: z.string(),
  unit: z.string(),
  latest: z.object({ value: z.number(), status: ZKpiStatus }).nullable(),
});
export type TKpiValue = z.infer<typeof ZKpiValue>;

/** The whole map: scores per live touchpoint id, KPI status counts per touchpoint or phase id, the latest value per KPI id. */
export const ZMapEvidence = z.object({
  scores: z.record(z.string(), ZTouchpointScore),
  kpis: z.record(z.string(), ZKpiStatusCounts),
  kpiValues: z.record(z.string(), ZKpiValue).default({}),
});
export type TMapEvidence = z.infer<typeof ZMapEvidence>;

const ZKpi = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(["higher", "lower"]),
  target: z.number(),
  tolerance: z.number(),
  periodKind: z.enum(["month", "quarter"]),
  values: z.array(z.object({ periodStart: z.string(), value: z.number() })),
  latest: z.object({ periodStart: z.string(), value: z.number(), status: ZKpiStatus }).nullable(),
});

const ZCount = z.object({ value: z.number().int(), count: z.number().int().nonnegative() });

/** One touchpoint's side panel (?touchpointId=…). */
export const ZTouchpointEvidence = z.object({
  touchpoint: z.object({ id: z.string(), mapId: z.string(), name: z.string() }),
  scores: ZTouchpointScore,
  distribution: z.object({ csat: z.array(ZCount), nps: z.array(ZCount), ces: z.array(ZCount) }),
  trend: z.array(ZTouchpointScore.extend({ month: z.string().regex(/^\d{4}-\d{2}$/) })),
  comments: z.array(
    z.object({
      id: z.string(),
      comment: z.string().nullable(),
      csat: z.number().nullable(),
      nps: z.number().nullable(),
      ces: z.number().nullable(),
      respondedAt: z.string(),
      source: z.string(),
    }),
  ),
  kpis: z.array(ZKpi),
  form: z
    .object({
      id: z.string(),
      publicToken: z.string(),
      pausedAt: z.string().nullable(),
      asks: z.array(z.string()),
      wording: z.record(z.enum(QUESTION_KINDS), z.string().nullable()),
      defaults: z.record(z.enum(QUESTION_KINDS), z.string()),
      locale: z.enum(LOCALES),
    })
    .nullable(),
});
export type TTouchpointEvidence = z.infer<typeof ZTouchpointEvidence>;

export type EvidenceResult<T> = { ok: true; data: T } | { ok: false; error: string };

const ZErrorBody = z.object({ error: z.object({ code: z.string() }) });

/**
 * Reads one answer of the evidence route: the parsed body when the status is 2xx and
 * the shape is right; else the error code the route sent (e.g. TOUCHPOINT_NOT_FOUND),
 * HTTP_<status> when it sent none, or INVALID_RESPONSE for a 2xx of the wrong shape.
 */
export function parseEvidenceAnswer<T>(schema: z.ZodType<T>, status: number, body: unknown): EvidenceResult<T> {
  if (status < 200 || status > 299) {
    const error = ZErrorBody.safeParse(body);
    return { ok: false, error: error.success ? error.data.error.code : `HTTP_${status}` };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: "INVALID_RESPONSE" };
}
