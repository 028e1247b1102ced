"use client";
import { Eye } from "lucide-react";
import { useTranslations } from "next-intl";
import { type LaneData, setLaneHidden } from "@/lib/journey/map-document";
import { Button } from "@/components/ui/button";
import { useEditor } from "./editor-context";

/** Lanes tucked away, each with a button to show it again. */
export function HiddenLanes({ lanes }: { lanes: LaneData[] }) {
  const t = useTranslations("editor.lane");
  const { doc, canEdit } = useEditor();
  if (lanes.length === 0) return null;
  return (
    <section aria-label={t("hiddenTitle")} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted-foreground">{t("hiddenTitle")}:</span>
      {lanes.map((lane) =>
        canEdit ? (
          <Button key={lane.id} variant="outline" size="sm" onClick={() => setLaneHidden(doc, lane.id, false)} aria-label={t("show", { name: lane.name })}>
            <Eye aria-hidden className="h-3.5 w-3.5" />
            {lane.name}
          </Button>
        ) : (
          <span key={lane.id} className="rounded-md border border-border px-2 py-1">
            {lane.name}
          </span>
        ),
      )}
    </section>
  );
}
