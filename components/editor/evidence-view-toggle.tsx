"use client";
import { Gauge } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { useMapEvidenceContext } from "./evidence-context";

/** Switches the map into the evidence view (touchpoints tinted by score) and back. For every member. */
export function EvidenceViewToggle() {
  const t = useTranslations("editor.evidence");
  const { evidenceView, setEvidenceView } = useMapEvidenceContext();
  return (
    <Button
      type="button"
      size="sm"
      variant="outline"
      data-testid="evidence-view-toggle"
      aria-pressed={evidenceView}
      title={t("toggleHint")}
      onClick={() => setEvidenceView(!evidenceView)}
      className={cn(evidenceView && "border-primary bg-primary/10 text-primary hover:bg-primary/15")}
    >
      <Gauge aria-hidden className="h-4 w-4" />
      {t("toggle")}
    </Button>
  );
}
