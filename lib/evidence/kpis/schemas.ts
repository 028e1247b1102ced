import { z } from "zod";
import { KPI_DIRECTIONS, KPI_PERIOD_KINDS } from "@/db/schema/evidence";
import { zDecimal } from "../decimal";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const ZKpiId = z.uuid("KPI_NOT_FOUND");
const ZKpiName = z.string("REQUIRED").trim().min(1, "REQUIRED").max(120, "TOO_LONG");
const ZKpiUnit = z.string().trim().max(30, "TOO_LONG").default("");

const kpiFields = {
  name: ZKpiName,
  unit: ZKpiUnit,
  direction: z.enum(KPI_DIRECTIONS, "INVALID_DIRECTION"),
  target: zDecimal(),
  tolerance: z.preprocess(emptyToUndefined, zDecimal().pipe(z.number().min(0, "TOLERANCE_NEGATIVE")).default(0)),
  periodKind: z.enum(KPI_PERIOD_KINDS, "INVALID_PERIOD_KIND").default("month"),
};

/** A KPI hangs on exactly one touchpoint or one phase; its map follows from that. */
export const ZCreateKpiInput = z
  .object({
    touchpointId: z.preprocess(emptyToUndefined, z.uuid("TOUCHPOINT_NOT_FOUND").optional()),
    phaseId: z.preprocess(emptyToUndefined, z.uuid("PHASE_NOT_FOUND").optional()),
    ...kpiFields,
  })
  .superRefine((v, ctx) => {
    if ((v.touchpointId === undefined) === (v.phaseId === undefined)) {
      ctx.addIssue({ code: "custom", path: ["touchpointId"], message: "KPI_ONE_SUBJECT" });
    }
  });
export type TCreateKpiInput = z.infer<typeof ZCreateKpiInput>;

export const ZUpdateKpiInput = z.object({ kpiId: ZKpiId, ...kpiFields });
export type TUpdateKpiInput = z.infer<typeof ZUpdateKpiInput>;

export const ZKpiRefInput = z.object({ kpiId: ZKpiId });

/** A period as typed ("2026-05", "2026-05-17", "2026-Q2"); normalised against the KPI's period kind. */
export const ZSetKpiValueInput = z.object({
  kpiId: ZKpiId,
  period: z.string("REQUIRED").trim().min(1, "REQUIRED").max(20, "INVALID_PERIOD"),
  value: zDecimal(),
});
export type TSetKpiValueInput = z.infer<typeof ZSetKpiValueInput>;

export const ZDeleteKpiValueInput = z.object({
  kpiId: ZKpiId,
  periodStart: z.iso.date("INVALID_PERIOD"),
});
