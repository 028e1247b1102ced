"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { toast } from "sonner";
import { requestWorkspaceExportAction } from "@/app/w/[slug]/settings/actions";
import { Button } from "@/components/ui/button";
import { useErrorMessage } from "@/components/ui/use-error-message";

type ExportStatus = { id: string; status: "queued" | "running" | "done" | "failed"; responsesTotal: number; responsesWritten: number; bytes: number; finishedAt: string | null };

/** Asks for the archive, shows its progress while the job makes it, then offers the download. */
export function WorkspaceExportCard({ slug, latest }: { slug: string; latest: ExportStatus | null }) {
  const t = useTranslations("workspace.lifecycle");
  const format = useFormatter();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [pending, startTransition] = useTransition();
  const working = latest?.status === "queued" || latest?.status === "running";
  useEffect(() => {
    if (!working) return;
    // The server page re-reads the progress; light enough every 1.5 s while a job runs.
    const timer = setInterval(() => router.refresh(), 1500);
    return () => clearInterval(timer);
  }, [working, router]);
  const request = () =>
    startTransition(async () => {
      const result = await requestWorkspaceExportAction(slug);
      if (!result.ok) toast.error(errorMessage(result.error));
      else router.refresh();
    });
  return (
    <div className="grid gap-3">
      {working && latest && (
        <div className="grid gap-1.5" role="status">
          <progress className="h-2 w-full max-w-md accent-primary" value={latest.responsesWritten} max={Math.max(latest.responsesTotal, 1)} aria-label={t("exportProgressLabel")} />
          <p className="text-sm text-muted-foreground">
            {latest.status === "queued" ? t("exportQueued") : t("exportRunning", { written: latest.responsesWritten, total: latest.responsesTotal })}
          </p>
        </div>
      )}
      {latest?.status === "done" && (
        <p className="text-sm" role="status">
          {t("exportReady", { when: format.dateTime(new Date(latest.finishedAt!), { dateStyle: "medium", timeStyle: "short" }), size: format.number(latest.bytes / 1024 / 1024, { maximumFractionDigits: 1 }) })}{" "}
          <a href={`/w/${slug}/settings/export/${latest.id}`} download className="text-primary underline">
            {t("exportDownload")}
          </a>
        </p>
      )}
      {latest?.status === "failed" && (
        <p className="text-sm text-destructive" role="alert">
          {t("exportFailed")}
        </p>
      )}
      <Button type="button" variant="outline" className="justify-self-start" disabled={pending || working} onClick={request}>
        {latest?.status === "done" ? t("exportAgain") : t("exportPrepare")}
      </Button>
    </div>
  );
}
