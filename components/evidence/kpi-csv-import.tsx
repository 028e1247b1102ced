"use client";
import { Download, FileUp } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { toast } from "sonner";
import { importKpiValuesAction } from "@/app/w/[slug]/evidence/actions";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { CsvFileInput } from "./csv-file-input";
import { kpiSampleCsv } from "@/lib/evidence/import/sample-csv";
import { downloadFile } from "@/lib/browser/download-file";
import type { ActionResult } from "@/lib/actions/action-result";
import { parseCsvBytes, type ParsedCsv } from "@/lib/evidence/import/csv-file";
import { CsvEncodingError } from "@/lib/evidence/import/decode-csv-bytes";
import type { KpiImportResult } from "@/lib/evidence/kpis/import-kpi-values";
import {
  guessKpiColumns,
  KPI_IMPORT_MAX_ROWS,
  kpiImportReportCsv,
  kpiImportTemplateCsv,
  toKpiCsvRows,
  type ImportableKpi,
  type KpiColumnMapping,
  type KpiCsvField,
  type KpiCsvRow,
} from "@/lib/evidence/kpis/kpi-csv";
import { periodLabel } from "@/lib/evidence/periods";
import { useEvidenceMessage } from "./use-evidence-message";

const MAX_FILE_BYTES = 2 * 1024 * 1024;
const PREVIEW_ROWS = 10;

type Loaded = { fileName: string; csv: ParsedCsv };
type Check = { mapping: KpiColumnMapping; result: ActionResult<KpiImportResult> };
type Done = { rows: KpiCsvRow[]; fileName: string; result: KpiImportResult };

/**
 * KPI values from a CSV file: choose the file, say which column holds what, see every
 * row judged by the server (a dry run of the same operation), then import the valid
 * rows in one go; refused rows come back with reasons and as a downloadable report.
 * For one KPI (`target.kpiId`: period and value columns) or for the KPIs of a map
 * (`target.mapId`: a column names each row's KPI by name or id).
 */
export function KpiCsvImport({
  slug,
  target,
  kpis,
  onImported,
}: {
  slug: string;
  target: { kpiId: string } | { mapId: string };
  kpis: ImportableKpi[];
  onImported?: () => void;
}) {
  const t = useTranslations("evidence.kpiImport");
  const locale = useLocale();
  const message = useEvidenceMessage();
  const perKpi = "kpiId" in target;
  const fields: KpiCsvField[] = perKpi ? ["period", "value"] : ["kpi", "period", "value"];
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<KpiColumnMapping>({});
  const [check, setCheck] = useState<Check | null>(null);
  const [busy, setBusy] = useState<"checking" | "importing" | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  const missing = fields.filter((f) => mapping[f] === undefined);
  const rows = loaded && missing.length === 0 ? toKpiCsvRows(loaded.csv.rows, mapping) : null;

  async function send(dryRun: boolean) {
    if (!loaded || !rows) return null;
    return importKpiValuesAction(slug, { ...target, fileName: loaded.fileName, dryRun, rows });
  }

  // Every complete column choice is checked by the server at once: the preview is the real judgement.
  useEffect(() => {
    if (!rows || (check && check.mapping === mapping)) return;
    let cancelled = false;
    setBusy("checking");
    void send(true)
      .then((result) => {
        if (!cancelled && result) setCheck({ mapping, result });
      })
      .catch(() => {
        if (!cancelled) setCheck({ mapping, result: { ok: false, error: "UNEXPECTED" } });
      })
      .finally(() => {
        if (!cancelled) setBusy(null);
      });
    return () => {
      cancelled = true;
      setBusy(null);
    };
    // `rows` is derived from loaded and mapping, the only inputs.
  }, [loaded, mapping]);

  async function chooseFile(file: File | undefined) {
    setFileError(null);
    setCheck(null);
    setDone(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setFileError(t("tooLarge"));
    try {
      const csv = parseCsvBytes(new Uint8Array(await file.arrayBuffer()));
      if (csv.headers.length === 0 || csv.rows.length === 0) return setFileError(t("empty"));
      if (csv.rows.length > KPI_IMPORT_MAX_ROWS) return setFileError(t("tooManyRows", { max: KPI_IMPORT_MAX_ROWS }));
      const guess = guessKpiColumns(csv.headers);
      if (perKpi) delete guess.kpi;
      setMapping(guess);
      setLoaded({ fileName: file.name, csv });
    } catch (error) {
      setFileError(error instanceof CsvEncodingError ? t("notText") : t("unreadable"));
    }
  }

  async function runImport() {
    if (!loaded || !rows) return;
    setBusy("importing");
    try {
      const result = await send(false);
      if (!result) return;
      if (!result.ok) {
        toast.error(t("failed", { reason: message(result.error) ?? result.error }));
        setCheck({ mapping, result });
        return;
      }
      toast.success(t("imported", { count: result.data.accepted }));
      setDone({ rows, fileName: loaded.fileName, result: result.data });
      setLoaded(null);
      setCheck(null);
      onImported?.();
    } catch {
      toast.error(t("failed", { reason: message("UNEXPECTED") ?? "" }));
    } finally {
      setBusy(null);
    }
  }

  function reset() {
    setLoaded(null);
    setCheck(null);
    setDone(null);
    setMapping({});
  }

  function downloadTemplate() {
    const now = new Date();
    const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
    const example = { month, quarter: `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}` };
    downloadFile(new Blob([kpiImportTemplateCsv(kpis, example, !perKpi)], { type: "text/csv;charset=utf-8" }), perKpi ? `${kpis[0]?.name ?? "kpi"}-values.csv` : "kpi-values.csv");
  }

  if (done) {
    const rejected = done.result.rejections.length;
    return (
      <div className="grid gap-3" role="status">
        <p className="font-medium">{t("done", { imported: done.result.accepted, rejected })}</p>
        {rejected > 0 && <Rejections rows={done.rows} fileName={done.fileName} rejections={done.result.rejections} />}
        <Button type="button" variant="ghost" size="sm" className="justify-self-start" onClick={reset}>
          {t("another")}
        </Button>
      </div>
    );
  }

  if (!loaded) {
    return (
      <div className="grid gap-3">
        <p className="text-sm text-muted-foreground">{perKpi ? t("explainOne", { kind: kpis[0]?.periodKind ?? "month" }) : t("explainMap")}</p>
        <CsvFileInput
          label={t("file")}
          error={fileError}
          onFile={(file) => void chooseFile(file)}
          sample={{ label: t("sample"), fileName: t("sampleFileName"), make: () => kpiSampleCsv(kpis.map((k) => k.name), locale, perKpi) }}
        />
        {kpis.length > 0 && (
          <Button type="button" variant="ghost" size="sm" className="justify-self-start" onClick={downloadTemplate}>
            <Download className="size-4" aria-hidden />
            {t("template")}
          </Button>
        )}
      </div>
    );
  }

  const result = check?.mapping === mapping ? check.result : null;
  const data = result?.ok ? result.data : null;
  const statusOf = new Map(data?.rejections.map((r) => [r.rowNumber, r.reasons]));
  const previewRows = toKpiCsvRows(loaded.csv.rows.slice(0, PREVIEW_ROWS), mapping);
  const shown = fields.filter((f) => mapping[f] !== undefined);
  return (
    <div className="grid gap-4">
      <p className="text-sm">
        {t("fileSummary", { name: loaded.fileName, rows: loaded.csv.rows.length })}
        {loaded.csv.encoding !== "utf-8" && <span className="ml-1 font-medium">{t("converted", { encoding: loaded.csv.encoding })}</span>}
      </p>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium">{t("mapColumns")}</legend>
        {fields.map((field) => (
          <ColumnSelect key={field} label={t(`column.${field}`)} headers={loaded.csv.headers} value={mapping[field]} onChange={(index) => setMapping((m) => ({ ...m, [field]: index }))} />
        ))}
      </fieldset>
      {missing.length > 0 && (
        <p role="alert" className="text-sm text-destructive">
          {t("missingColumns", { fields: missing.map((f) => t(`report.${f}`)).join(", ") })}
        </p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-xs">
          <caption className="mb-1 text-left text-sm font-medium">{t("preview", { count: Math.min(PREVIEW_ROWS, loaded.csv.rows.length) })}</caption>
          <thead>
            <tr className="border-b border-border">
              <th scope="col" className="py-1 pr-2">{t("report.row")}</th>
              {shown.map((f) => (
                <th key={f} scope="col" className="py-1 pr-2">{t(`report.${f}`)}</th>
              ))}
              <th scope="col" className="py-1 pr-2">{t("check")}</th>
            </tr>
          </thead>
          <tbody>
            {previewRows.map((row, i) => {
              const reasons = statusOf.get(i + 2);
              return (
                <tr key={i} className="border-b border-border">
                  <td className="py-1 pr-2 text-muted-foreground">{i + 2}</td>
                  {shown.map((f) => (
                    <td key={f} className="max-w-64 truncate py-1 pr-2">{row[f]}</td>
                  ))}
                  <td className="py-1 pr-2">
                    {!data ? "" : reasons ? <span className="text-destructive">{reasons.map((r) => message(r.message)).join(" ")}</span> : t("rowOk")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div aria-live="polite" className="grid gap-2 text-sm">
        {busy === "checking" && <p>{t("checking")}</p>}
        {result && !result.ok && (
          <p role="alert" className="text-destructive">
            {t("failed", { reason: message(result.error) ?? result.error })}
          </p>
        )}
        {data && busy !== "checking" && (
          <>
            <p className="font-medium">{t("checked", { accepted: data.accepted, rejected: data.rejections.length })}</p>
            {data.replacing > 0 && <p>{t("replacing", { count: data.replacing })}</p>}
            {data.preview.length > 0 && (
              <p className="text-muted-foreground">
                {t("willStore", {
                  example: data.preview
                    .slice(0, 3)
                    .map((p) => `${p.kpiName} ${periodLabel(p.periodStart, p.periodKind)}: ${p.value}`)
                    .join("; "),
                })}
              </p>
            )}
            {data.rejections.length > 0 && rows && <Rejections rows={rows} fileName={loaded.fileName} rejections={data.rejections} />}
          </>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={!data || data.accepted === 0 || busy !== null} onClick={() => void runImport()}>
          <FileUp className="size-4" aria-hidden />
          {busy === "importing" ? t("importing") : t("start", { count: data?.accepted ?? 0 })}
        </Button>
        <Button type="button" variant="ghost" disabled={busy === "importing"} onClick={reset}>
          {t("otherFile")}
        </Button>
      </div>
    </div>
  );
}

function Rejections({ rows, fileName, rejections }: { rows: KpiCsvRow[]; fileName: string; rejections: KpiImportResult["rejections"] }) {
  const t = useTranslations("evidence.kpiImport");
  const message = useEvidenceMessage();
  const field = (f: string) => (t.has(`report.${f}`) ? t(`report.${f}`) : f);
  function downloadReport() {
    const csv = kpiImportReportCsv(rows, rejections, {
      header: (h) => t(`report.${h}`),
      reason: (f, m) => `${field(f)}: ${message(m)}`,
    });
    downloadFile(new Blob([csv], { type: "text/csv;charset=utf-8" }), `${fileName.replace(/\.csv$/i, "").replace(/[^\w.-]+/g, "_") || "kpi-values"}-rejected.csv`);
  }
  return (
    <div className="grid gap-2">
      <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={downloadReport}>
        <Download className="size-4" aria-hidden />
        {t("downloadReport")}
      </Button>
      <ul className="grid gap-1 text-sm">
        {rejections.slice(0, 10).map((r) => (
          <li key={r.rowNumber}>
            {t("rejectedRow", { row: r.rowNumber })} {r.reasons.map((x) => `${field(x.field)}: ${message(x.message)}`).join("; ")}
          </li>
        ))}
        {rejections.length > 10 && <li className="text-muted-foreground">{t("moreInReport", { count: rejections.length - 10 })}</li>}
      </ul>
    </div>
  );
}

function ColumnSelect({ label, headers, value, onChange }: { label: string; headers: string[]; value: number | undefined; onChange: (index: number | undefined) => void }) {
  const t = useTranslations("evidence.kpiImport");
  const id = useId();
  return (
    <div className="grid gap-1">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} value={value ?? ""} required onChange={(e) => onChange(e.target.value === "" ? undefined : Number(e.target.value))}>
        <option value="">{t("notInFile")}</option>
        {headers.map((h, i) => (
          <option key={i} value={i}>
            {h || t("columnN", { n: i + 1 })}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
