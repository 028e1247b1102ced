import { z } from "zod";
import type { MapContent } from "@/lib/journey/map-document";
import {
  CARD_KINDS,
  CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  LANE_KINDS,
  OPPORTUNITY_SCORE_MAX,
  OPPORTUNITY_SCORE_MIN,
  OPPORTUNITY_STATUSES,
  SENSES,
} from "@/lib/journey/map-vocabulary";

/**
 * The JSON a map is exported as and imported from. Items link to each other by the ids
 * in the file; an import gives every item a fresh id, so a file can be imported any
 * number of times, into any workspace, without colliding with the map it came from.
 * Comments are not exported: they are a conversation among the workspace's members.
 */
export const MAP_FILE_FORMAT = "journeyboard.map";
export const MAP_FILE_VERSION = 1;
export const MAP_FILE_MAX_BYTES = 5 * 1024 * 1024;

const ZRef = z.string().min(1).max(100);
const ZText = z.string().max(5000);
const ZOpportunityScore = z.number().int().min(OPPORTUNITY_SCORE_MIN).max(OPPORTUNITY_SCORE_MAX).nullable().optional();

export const ZMapFile = z.object({
  format: z.literal(MAP_FILE_FORMAT),
  version: z.literal(MAP_FILE_VERSION),
  name: z.string().trim().min(1).max(120),
  exportedAt: z.string().max(40).optional(),
  content: z.object({
    phases: z.array(z.object({ id: ZRef, name: ZText, templateKey: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/).optional() })).max(200),
    steps: z
      .array(z.object({ id: ZRef, phaseId: ZRef, name: ZText, emotion: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX).nullable().default(null) }))
      .max(2000),
    lanes: z.array(z.object({ id: ZRef, kind: z.enum(LANE_KINDS), name: ZText, hidden: z.boolean().default(false) })).max(100),
    cards: z
      .array(
        z.object({
          id: ZRef,
          laneId: ZRef,
          stepId: ZRef,
          kind: z.enum(CARD_KINDS),
          text: ZText,
          channel: z.enum(CHANNELS).nullable().optional(),
          department: z.string().max(200).optional(),
          medium: z.enum(["digital", "physical"]).nullable().optional(),
          senses: z.array(z.enum(SENSES)).max(SENSES.length).optional(),
          critical: z.boolean().optional(),
          owner: z.string().max(200).optional(),
          ownerId: z.string().max(100).nullable().optional(),
          status: z.enum(OPPORTUNITY_STATUSES).optional(),
          dueDate: z.iso.date().nullable().optional(),
          customerValue: ZOpportunityScore,
          effort: ZOpportunityScore,
          kpiId: z.string().max(100).nullable().optional(),
        }),
      )
      .max(10_000),
    /** Extra emotion curves (a persona's, "to be"); `values` keyed by the file's step ids. */
    curves: z
      .array(z.object({ id: ZRef, name: ZText, values: z.record(ZRef, z.number().int().min(EMOTION_MIN).max(EMOTION_MAX)) }))
      .max(10)
      .optional(),
  }),
});
export type MapFile = z.infer<typeof ZMapFile>;

/** A map's content as a file; collections in their order on the map. */
export function toMapFile(name: string, content: MapContent, exportedAt = new Date()): MapFile {
  return {
    format: MAP_FILE_FORMAT,
    version: MAP_FILE_VERSION,
    name,
    exportedAt: exportedAt.toISOString(),
    content: {
      phases: content.phases.map(({ id, name, templateKey }) => ({ id, name, ...(templateKey ? { templateKey } : {}) })),
      steps: content.steps.map(({ id, phaseId, name, emotion }) => ({ id, phaseId, name, emotion: emotion ?? null })),
      lanes: content.lanes.map(({ id, kind, name, hidden }) => ({ id, kind, name, hidden: Boolean(hidden) })),
      cards: content.cards.map(({ order: _order, ...card }) => card),
      ...(content.curves?.length ? { curves: content.curves.map(({ id, name, values }) => ({ id, name, values })) } : {}),
    },
  };
}

/**
 * A file's content in the document's plain shape, ready for copyMapContent (which
 * assigns fresh ids and appends in array order, so the `order` keys here are unused).
 */
export function mapFileContent(file: MapFile): MapContent {
  const c = file.content;
  return {
    phases: c.phases.map((p) => ({ ...p, order: "" })),
    steps: c.steps.map((s) => ({ ...s, order: "" })),
    lanes: c.lanes.map((l) => ({ ...l, order: "" })),
    cards: c.cards.map((card) => ({ ...card, order: "" })),
    ...(c.curves?.length ? { curves: c.curves.map((curve) => ({ ...curve, order: "" })) } : {}),
  };
}
