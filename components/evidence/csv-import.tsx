"use client";
import { FileUp } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { CsvFileInput } from "./csv-file-input";
import { feedbackSampleCsv } from "@/lib/evidence/import/sample-csv";
import { CSV_FIELDS, type CsvField } from "@/lib/evidence/feedback/schemas";
import { applyColumnMapping, guessColumnMapping, IMPORT_CHUNK_ROWS, parseCsvBytes, type ColumnMapping, type ParsedCsv } from "@/lib/evidence/import/csv-file";
import { CsvEncodingError } from "@/lib/evidence/import/decode-csv-bytes";
import { useEvidenceMessage } from "./use-evidence-message";

const MAX_FILE_BYTES = 50 * 1024 * 1024;
const PREVIEW_ROWS = 8;
const REQUIRED: CsvField[] = ["touchpoint", "responded_at"];

type Rejection = { rowNumber: number; reasons: Array<{ field: string; message: string }> };
type Phase =
  | { step: "choose" }
  | { step: "map"; file: File; csv: ParsedCsv }
  | { step: "importing"; done: number; total: number; committing: boolean }
  | { step: "check"; importId: string; staged: number; rejected: number; rejections: Rejection[]; commit: () => void; cancelling?: boolean }
  | { step: "failed"; error: string; resume: () => void }
  | { step: "done"; importId: string; imported: number; rejected: number; rejections: Rejection[] };

async function postJson(url: string, body?: unknown): Promise<unknown> {
  const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
  if (!res.ok) throw new Error(json?.error?.code ?? "UNEXPECTED");
  return json;
}

/**
 * Upload → map columns → preview → check → import. The file is read and parsed in the
 * browser; rows go to the server in chunks of 5,000, each validated and staged there
 * (nothing reaches the feedback yet), then the check step says what will be imported
 * and refused, and only "Import" commits the staged rows in one transaction. A failed
 * chunk can be sent again: the server counts every row once.
 */
export function CsvImport({ mapId, touchpointNames, timeZone }: { mapId: string; touchpointNames: string[]; timeZone: string }) {
  const t = useTranslations("evidence.import");
  const locale = useLocale();
  const tf = useTranslations("evidence.importReport.field");
  const message = useEvidenceMessage();
  const [phase, setPhase] = useState<Phase>({ step: "choose" });
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [fileError, setFileError] = useState<string | null>(null);

  async function chooseFile(file: File | undefined) {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setFileError(t("tooLarge"));
    try {
      const csv = parseCsvBytes(new Uint8Array(await file.arrayBuffer()));
      if (csv.headers.length === 0 || csv.rows.length === 0) return setFileError(t("empty"));
      setMapping(guessColumnMapping(csv.headers));
      setPhase({ step: "map", file, csv });
    } catch (error) {
      setFileError(error instanceof CsvEncodingError ? t("notText") : t("unreadable"));
    }
  }

  async function runImport(file: File, csv: ParsedCsv) {
    const rows = applyColumnMapping(csv.rows, mapping);
    const total = rows.length;
    let importId: string;
    try {
      ({ importId } = (await postJson("/api/feedback-imports", { mapId, fileName: file.name })) as { importId: string });
    } catch (error) {
      return setPhase({ step: "failed", error: (error as Error).message, resume: () => void runImport(file, csv) });
    }
    const rejections: Rejection[] = [];
    let staged = 0;
    let rejected = 0;
    const commit = async () => {
      setPhase({ step: "importing", done: total, total, committing: true });
      try {
        const result = (await postJson(`/api/feedback-imports/${importId}/commit`)) as { imported: number; rejected: number };
        setPhase({ step: "done", importId, imported: result.imported, rejected: result.rejected, rejections });
      } catch (error) {
        setPhase({ step: "failed", error: (error as Error).message, resume: () => void commit() });
      }
    };
    const send = async (from: number): Promise<void> => {
      for (let i = from; i < total; i += IMPORT_CHUNK_ROWS) {
        setPhase({ step: "importing", done: i, total, committing: false });
        let attempt = 0;
        for (;;) {
          try {
            const result = (await postJson(`/api/feedback-imports/${importId}/rows`, { startRow: i + 2, rows: rows.slice(i, i + IMPORT_CHUNK_ROWS) })) as { staged: number; rejected: number; rejections: Rejection[] };
            staged += result.staged;
            rejected += result.rejected;
            if (rejections.length < 50) rejections.push(...result.rejections.slice(0, 50 - rejections.length));
            break;
          } catch (error) {
            // Transient failures are retried; a refusal (e.g. the import was closed) is not.
            if (++attempt >= 3 || (error as Error).message !== "UNEXPECTED") {
              setPhase({ step: "failed", error: (error as Error).message, resume: () => void send(i) });
              throw error;
            }
            await new Promise((r) => setTimeout(r, 500 * attempt));
          }
        }
      }
      setPhase({ step: "check", importId, staged, rejected, rejections, commit: () => void commit() });
    };
    await send(0).catch(() => undefined);
  }

  if (phase.step === "choose") {
    return (
      <div className="grid gap-4">
        <div className="grid gap-2 text-sm text-muted-foreground">
          <p>{t("explain", { timeZone })}</p>
          {touchpointNames.length > 0 && <p>{t("touchpointNames", { names: touchpointNames.join(", ") })}</p>}
        </div>
        <CsvFileInput
          label={t("file")}
          error={fileError}
          onFile={(file) => void chooseFile(file)}
          sample={{ label: t("sample"), fileName: t("sampleFileName"), make: () => feedbackSampleCsv(touchpointNames, locale) }}
        />
      </div>
    );
  }

  if (phase.step === "map") {
    const { csv, file } = phase;
    const preview = applyColumnMapping(csv.rows.slice(0, PREVIEW_ROWS), mapping);
    const mappedFields = CSV_FIELDS.filter((f) => mapping[f] !== undefined);
    const missing = REQUIRED.filter((f) => mapping[f] === undefined);
    const noAnswer = !(["csat", "nps", "ces", "comment"] as const).some((f) => mapping[f] !== undefined);
    return (
      <div className="grid gap-5">
        <p className="text-sm">
          {t("fileSummary", { name: file.name, rows: csv.rows.length })}
          {csv.encoding !== "utf-8" && <span className="ml-1 font-medium">{t("converted", { encoding: csv.encoding })}</span>}
        </p>
        <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <legend className="mb-2 font-medium">{t("mapColumns")}</legend>
          {CSV_FIELDS.map((field) => (
            <ColumnSelect key={field} field={field} label={tf(field)} headers={csv.headers} value={mapping[field]} required={REQUIRED.includes(field)} onChange={(index) => setMapping((m) => ({ ...m, [field]: index }))} />
          ))}
        </fieldset>
        {(missing.length > 0 || noAnswer) && (
          <p role="alert" className="text-sm text-destructive">
            {missing.length > 0 ? t("missingColumns", { fields: missing.map((f) => tf(f)).join(", ") }) : t("noAnswerColumn")}
          </p>
        )}
        <div className="overflow-x-auto">
          <table className="w-full text-left text-xs">
            <caption className="mb-1 text-left text-sm font-medium">{t("preview", { count: Math.min(PREVIEW_ROWS, csv.rows.length) })}</caption>
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-1 pr-2">{t("row")}</th>
                {mappedFields.map((f) => (
                  <th key={f} scope="col" className="py-1 pr-2">{tf(f)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.map((row, i) => (
                <tr key={i} className="border-b border-border">
                  <td className="py-1 pr-2 text-muted-foreground">{i + 2}</td>
                  {mappedFields.map((f) => (
                    <td key={f} className="max-w-64 truncate py-1 pr-2">{f === "respondent" && row[f] ? t("hashed") : row[f]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-xs text-muted-foreground">{t("privacy")}</p>
        <div className="flex gap-2">
          <Button type="button" disabled={missing.length > 0 || noAnswer} onClick={() => void runImport(file, csv)}>
            <FileUp className="h-4 w-4" aria-hidden />
            {t("start", { rows: csv.rows.length })}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setPhase({ step: "choose" })}>
            {t("otherFile")}
          </Button>
        </div>
      </div>
    );
  }

  if (phase.step === "importing") {
    const percent = phase.total ? Math.round((phase.done / phase.total) * 100) : 0;
    return (
      <div className="grid gap-2" aria-live="polite">
        <p className="text-sm font-medium">{phase.committing ? t("committing") : t("progress", { done: phase.done, total: phase.total })}</p>
        <div role="progressbar" aria-label={t("progressLabel")} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-3 w-full overflow-hidden rounded-full bg-muted">
          <div className="h-full bg-primary transition-[width]" style={{ width: `${percent}%` }} />
        </div>
        <p className="text-xs text-muted-foreground">{t("keepOpen")}</p>
      </div>
    );
  }

  if (phase.step === "check") {
    const cancel = async () => {
      setPhase({ ...phase, cancelling: true });
      // Dropping the staged rows is tidy, not essential: an abandoned import is cleared after a day.
      await fetch(`/api/feedback-imports/${phase.importId}`, { method: "DELETE" }).catch(() => undefined);
      setPhase({ step: "choose" });
    };
    return (
      <div className="grid gap-4" role="status" aria-live="polite">
        <h2 className="text-base font-semibold">{t("checkTitle")}</h2>
        <ul className="grid gap-1 text-sm">
          <li>{t("willImport", { count: phase.staged })}</li>
          <li className={phase.rejected > 0 ? "text-destructive" : undefined}>{t("willRefuse", { count: phase.rejected })}</li>
        </ul>
        {phase.rejected > 0 && (
          <>
            <RejectionList rejections={phase.rejections} />
            <a className={buttonVariants({ variant: "outline" }) + " justify-self-start"} href={`/api/feedback-imports/${phase.importId}/report`} download>
              {t("downloadReport")}
            </a>
          </>
        )}
        <p className="text-xs text-muted-foreground">{t("nothingSavedYet")}</p>
        <div className="flex flex-wrap gap-2">
          <Button type="button" disabled={phase.staged === 0 || phase.cancelling} onClick={phase.commit}>
            <FileUp className="h-4 w-4" aria-hidden />
            {t("commit", { count: phase.staged })}
          </Button>
          <Button type="button" variant="ghost" disabled={phase.cancelling} onClick={() => void cancel()}>
            {t("cancel")}
          </Button>
        </div>
      </div>
    );
  }

  if (phase.step === "failed") {
    return (
      <div className="grid gap-3">
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
          {t("failed", { reason: message(phase.error) ?? phase.error })}
        </p>
        <div className="flex gap-2">
          <Button type="button" onClick={phase.resume}>
            {t("retry")}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setPhase({ step: "choose" })}>
            {t("startOver")}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="grid gap-4" role="status">
      <p className="text-base font-medium">{t("done", { imported: phase.imported, rejected: phase.rejected })}</p>
      {phase.rejected > 0 && (
        <>
          <a className={buttonVariants({ variant: "outline" }) + " justify-self-start"} href={`/api/feedback-imports/${phase.importId}/report`} download>
            {t("downloadReport")}
          </a>
          <RejectionList rejections={phase.rejections} />
        </>
      )}
      <Button type="button" variant="ghost" className="justify-self-start" onClick={() => setPhase({ step: "choose" })}>
        {t("another")}
      </Button>
    </div>
  );
}

function RejectionList({ rejections }: { rejections: Rejection[] }) {
  const t = useTranslations("evidence.import");
  const tf = useTranslations("evidence.importReport.field");
  const message = useEvidenceMessage();
  return (
    <ul className="grid gap-1 text-sm">
      {rejections.slice(0, 10).map((r) => (
        <li key={r.rowNumber}>
          {t("rejectedRow", { row: r.rowNumber })} {r.reasons.map((x) => `${tf.has(x.field) ? tf(x.field) : x.field}: ${message(x.message)}`).join("; ")}
        </li>
      ))}
    </ul>
  );
}

function ColumnSelect({ field, label, headers, value, required, onChange }: { field: CsvField; label: string; headers: string[]; value: number | undefined; required: boolean; onChange: (index: number | undefined) => void }) {
  const t = useTranslations("evidence.import");
  const id = useId();
  return (
    <div className="grid gap-1">
      <Label htmlFor={id}>
        {label}
        {required && <span aria-hidden> *</span>}
      </Label>
      <NativeSelect id={id} name={field} value={value ?? ""} required={required} onChange={(e) => onChange(e.target.value === "" ? undefined : Number(e.target.value))}>
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
