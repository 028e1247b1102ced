import { z } from "zod";
import { KPI_DIRECTIONS, KPI_PERIOD_KINDS } from "@/db/schema/evidence";
import { zDecimal } from "../decimal";
import { KPI_CSV_CELL_MAX, KPI_IMPORT_MAX_ROWS } from "./kpi-csv";

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

const kpiCsvCell = (max: number) => z.string("INVALID_TEXT").max(max, "TOO_LONG").optional();

/**
 * A CSV file of KPI values as the browser sends it after mapping the columns: for one
 * KPI (`kpiId`) or for the KPIs of one map (`mapId`), exactly one of the two. Cells are
 * text; the row schema in kpi-csv.ts judges them one by one.
 */
export const ZImportKpiValuesInput = z
  .object({
    kpiId: z.preprocess(emptyToUndefined, ZKpiId.optional()),
    mapId: z.preprocess(emptyToUndefined, z.uuid("MAP_NOT_FOUND").optional()),
    fileName: z.string().trim().max(200).default(""),
    dryRun: z.boolean().default(false),
    rows: z
      .array(z.object({ kpi: kpiCsvCell(KPI_CSV_CELL_MAX.kpi), period: kpiCsvCell(KPI_CSV_CELL_MAX.period), value: kpiCsvCell(KPI_CSV_CELL_MAX.value) }), "INVALID_INPUT")
      .min(1, "FILE_EMPTY")
      .max(KPI_IMPORT_MAX_ROWS, "TOO_MANY_ROWS"),
  })
  .superRefine((v, ctx) => {
    if ((v.kpiId === undefined) === (v.mapId === undefined)) ctx.addIssue({ code: "custom", path: ["kpiId"], message: "KPI_IMPORT_TARGET" });
  });
export type TImportKpiValuesInput = z.infer<typeof ZImportKpiValuesInput>;
