"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type CardData, updateCard } from "@/lib/journey/map-document";
import { useEditor } from "./editor-context";
import { useMapEvidenceContext } from "./evidence-context";

/**
 * Which of the map's KPIs a card in the KPI lane shows: linked, the card carries that
 * KPI's live value and status chip instead of leaning on its text.
 */
export function KpiCardLink({ card }: { card: CardData }) {
  const t = useTranslations("editor.panel");
  const { doc, canEdit } = useEditor();
  const { loaded, kpiValues, slug } = useMapEvidenceContext();
  const id = useId();
  const options = Object.entries(kpiValues).sort(([, a], [, b]) => a.name.localeCompare(b.name));
  const linked = card.kpiId && kpiValues[card.kpiId];
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{t("kpiLink")}</Label>
      <NativeSelect
        id={id}
        disabled={!canEdit || !loaded}
        value={card.kpiId ?? ""}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const kpiId = e.target.value || null;
          const kpi = kpiId ? kpiValues[kpiId] : undefined;
          // A card without text of its own takes the KPI's name, so it reads on the map.
          updateCard(doc, card.id, { kpiId, ...(kpi && card.text.trim() === "" ? { text: kpi.name } : {}) });
        }}
      >
        <option value="">{t("kpiNotLinked")}</option>
        {card.kpiId && !linked && loaded && <option value={card.kpiId}>{t("kpiGone")}</option>}
        {options.map(([kpiId, kpi]) => (
          <option key={kpiId} value={kpiId}>
            {kpi.unit ? `${kpi.name} (${kpi.unit})` : kpi.name}
          </option>
        ))}
      </NativeSelect>
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {loaded && options.length === 0 ? (
          <>
            {t("kpiNone")}{" "}
            <Link href={`/w/${slug}/evidence`} className="text-primary underline-offset-4 hover:underline">
              {t("kpiNoneLink")}
            </Link>
          </>
        ) : (
          t("kpiLinkHint")
        )}
      </p>
    </div>
  );
}
