"use client";
import { Download, Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { downloadFile } from "@/lib/browser/download-file";
import { elementToPng } from "@/lib/browser/element-png";

/**
 * Downloads the element with `targetId` as a PNG, rendered in the browser. `scope="page"`
 * is for a whole page's content (dashboards, the review): named as such, and rendered as
 * the print layout shows it. Props are plain values, so server pages can render it.
 */
export function PngButton({ targetId, fileName, scope = "figure" }: { targetId: string; fileName: string; scope?: "figure" | "page" }) {
  const t = useTranslations("chart");
  const [busy, setBusy] = useState(false);
  async function download() {
    const node = document.getElementById(targetId);
    if (!node) return;
    setBusy(true);
    try {
      downloadFile(await elementToPng(node, { asPrinted: scope === "page" }), `${fileName}.png`);
    } catch (error) {
      console.error(error);
      toast.error(t("pngFailed"));
    } finally {
      setBusy(false);
    }
  }
  const label = scope === "page" ? t("downloadPagePng") : t("downloadPng");
  return (
    <Button variant="outline" size="sm" onClick={() => void download()} disabled={busy} aria-busy={busy} className="print:hidden">
      {busy ? <Loader2 className="size-4 animate-spin" aria-hidden /> : <Download className="size-4" aria-hidden />}
      {busy ? t("renderingPng") : label}
    </Button>
  );
}
