"use client";
import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Renders the element with `targetId` to a PNG download (html-to-image, in the browser). */
export function PngButton({ targetId, fileName }: { targetId: string; fileName: string }) {
  const t = useTranslations("chart");
  const [busy, setBusy] = useState(false);
  async function download() {
    const node = document.getElementById(targetId);
    if (!node) return;
    setBusy(true);
    try {
      const { toPng } = await import("html-to-image");
      const link = document.createElement("a");
      link.download = `${fileName}.png`;
      link.href = await toPng(node, { backgroundColor: "#ffffff", pixelRatio: 2, width: node.scrollWidth, height: node.scrollHeight });
      link.click();
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button variant="outline" size="sm" onClick={() => void download()} disabled={busy} className="print:hidden">
      <Download className="size-4" aria-hidden />
      {t("downloadPng")}
    </Button>
  );
}
