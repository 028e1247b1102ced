"use client";
import Papa from "papaparse";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { countRespondentAction, eraseRespondentAction, exportRespondentAction } from "@/app/w/[slug]/settings/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { downloadFile } from "@/lib/browser/download-file";

/**
 * A respondent's request, handled by an admin: look up how many responses match an e-mail
 * address or customer number, then export them (access) or erase them (erasure).
 */
export function RespondentRequest({ slug }: { slug: string }) {
  const t = useTranslations("workspace.privacy");
  const errorMessage = useErrorMessage();
  const id = useId();
  const [identifier, setIdentifier] = useState("");
  const [found, setFound] = useState<{ identifier: string; count: number } | null>(null);
  const [pending, startTransition] = useTransition();

  const lookUp = () =>
    startTransition(async () => {
      const result = await countRespondentAction(slug, { identifier });
      if (result.ok) setFound({ identifier, count: result.data.count });
      else toast.error(errorMessage(result.fieldErrors?.identifier?.[0] ?? result.error));
    });
  const exportAs = (format: "json" | "csv") =>
    startTransition(async () => {
      if (!found) return;
      const result = await exportRespondentAction(slug, { identifier: found.identifier });
      if (!result.ok) return void toast.error(errorMessage(result.error));
      const body = format === "json" ? JSON.stringify(result.data.responses, null, 2) : Papa.unparse(result.data.responses);
      downloadFile(new Blob([body], { type: format === "json" ? "application/json" : "text/csv" }), `respondent-responses.${format}`);
    });
  const erase = () =>
    startTransition(async () => {
      if (!found) return;
      const result = await eraseRespondentAction(slug, { identifier: found.identifier, expectedCount: found.count });
      if (result.ok) {
        toast.success(t("erased", { count: result.data.erased }));
        setFound({ ...found, count: 0 });
      } else toast.error(errorMessage(result.error));
    });

  return (
    <div className="grid max-w-xl gap-4">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          lookUp();
        }}
      >
        <div className="grid min-w-64 flex-1 gap-1.5">
          <Label htmlFor={id}>{t("identifier")}</Label>
          <Input id={id} value={identifier} autoComplete="off" onChange={(e) => { setIdentifier(e.target.value); setFound(null); }} />
        </div>
        <Button type="submit" variant="outline" disabled={pending || !identifier.trim()}>
          {t("lookUp")}
        </Button>
      </form>
      {found && (
        <div className="grid gap-3" role="status">
          <p className="text-sm">{t("found", { count: found.count })}</p>
          {found.count > 0 && (
            <div className="flex flex-wrap gap-2">
              <Button variant="outline" disabled={pending} onClick={() => exportAs("json")}>
                {t("exportJson")}
              </Button>
              <Button variant="outline" disabled={pending} onClick={() => exportAs("csv")}>
                {t("exportCsv")}
              </Button>
              <ConfirmDialog
                trigger={
                  <Button variant="destructive" disabled={pending}>
                    {t("erase", { count: found.count })}
                  </Button>
                }
                title={t("eraseTitle", { count: found.count })}
                description={t("eraseDescription")}
                confirmLabel={t("erase", { count: found.count })}
                cancelLabel={t("cancel")}
                onConfirm={erase}
              />
            </div>
          )}
        </div>
      )}
    </div>
  );
}
