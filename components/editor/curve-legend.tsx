"use client";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { addCurve, type CurveData, deleteCurve, renameCurve, setCurvePersona } from "@/lib/journey/map-document";
import { cn } from "@/lib/utils";
import { PersonaAvatar } from "@/components/personas/persona-avatar";
import { type EditorPersona, useEditor } from "./editor-context";
import { InlineName } from "./inline-name";
import { ItemMenu } from "./item-menu";

const PALETTE = ["#7c3aed", "#0891b2", "#db2777", "#ca8a04", "#059669"];
export const curveColor = (index: number) => PALETTE[index % PALETTE.length]!;
export const MAX_EXTRA_CURVES = 5;

/** The persona a curve is drawn for, when it is bound to one that still exists. */
export const curvePersona = (curve: CurveData, personas: EditorPersona[]) => (curve.personaId ? personas.find((p) => p.id === curve.personaId) : undefined);

/** What a curve is called: its persona's name when bound (so a renamed persona renames it), else its own. */
export const curveLabel = (curve: CurveData, personas: EditorPersona[]) => curvePersona(curve, personas)?.name ?? curve.name;

/** A persona's curve is drawn in the persona's colour; other curves take the palette's. */
export const curveColour = (curve: CurveData, index: number, personas: EditorPersona[]) => curvePersona(curve, personas)?.color ?? curveColor(index);

/**
 * The emotion lane's legend: the main curve, then each extra curve as a toggle (shown or
 * hidden, for this viewer only) with a menu to rename or delete it, and "Add curve".
 */
export function CurveLegend({ laneName, curves, hidden, onToggle }: { laneName: string; curves: CurveData[]; hidden: ReadonlySet<string>; onToggle: (id: string) => void }) {
  const t = useTranslations("editor.curves");
  const te = useTranslations("editor");
  const { doc, canEdit, personas } = useEditor();
  const taken = new Set(curves.map((c) => c.personaId).filter(Boolean));
  const [renaming, setRenaming] = useState<string | null>(null);
  if (curves.length === 0 && !canEdit) return null;

  const add = () => {
    const names = new Set(curves.map((c) => c.name));
    const name = names.has(t("toBe")) ? t("numbered", { number: curves.length + 2 }) : t("toBe");
    setRenaming(addCurve(doc, name));
  };

  return (
    <div className="flex flex-wrap items-center gap-2 px-2 pt-1.5 text-xs" aria-label={t("legend")} role="group">
      <span className="inline-flex items-center gap-1.5 text-muted-foreground">
        <span aria-hidden className="h-0.5 w-4 rounded bg-primary" />
        {laneName}
      </span>
      {curves.map((curve, i) =>
        renaming === curve.id ? (
          <InlineName
            key={curve.id}
            value={curve.name}
            onEditingChange={(on) => setRenaming(on ? curve.id : null)}
            onSave={(name) => renameCurve(doc, curve.id, name)}
            inputLabel={t("nameLabel")}
            className="w-40"
          />
        ) : (
          <span key={curve.id} className="group inline-flex items-center gap-0.5">
            <button
              type="button"
              aria-pressed={!hidden.has(curve.id)}
              onClick={() => onToggle(curve.id)}
              className={cn(
                "inline-flex items-center gap-1.5 rounded-full border border-border px-2 py-0.5 hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                hidden.has(curve.id) && "text-muted-foreground line-through",
              )}
            >
              <span aria-hidden className="h-0.5 w-4 rounded border-t-2 border-dashed" style={{ borderColor: curveColour(curve, i, personas) }} />
              {curvePersona(curve, personas) && (
                <PersonaAvatar name={curvePersona(curve, personas)!.name} color={curvePersona(curve, personas)!.color} size="sm" className="size-4 text-[8px]" />
              )}
              {curveLabel(curve, personas)}
            </button>
            {canEdit && (
              <ItemMenu
                label={t("menu", { name: curveLabel(curve, personas) })}
                actions={[
                  ...(curvePersona(curve, personas) ? [] : [{ label: t("rename"), onSelect: () => setRenaming(curve.id) }]),
                  // One curve per persona: a persona another curve is drawn for is not offered again.
                  ...personas
                    .filter((p) => p.id !== curve.personaId && !taken.has(p.id))
                    .map((p) => ({ label: t("forPersona", { name: p.name }), onSelect: () => setCurvePersona(doc, curve.id, p.id) })),
                  ...(curve.personaId ? [{ label: t("notForPersona"), onSelect: () => setCurvePersona(doc, curve.id, null) }] : []),
                ]}
                deletion={{
                  label: t("delete"),
                  title: t("deleteTitle", { name: curveLabel(curve, personas) }),
                  description: t("deleteDescription"),
                  confirmLabel: te("delete"),
                  cancelLabel: te("cancel"),
                  onConfirm: () => deleteCurve(doc, curve.id),
                }}
              />
            )}
          </span>
        ),
      )}
      {canEdit && curves.length < MAX_EXTRA_CURVES && (
        <button type="button" onClick={add} className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
          <Plus aria-hidden className="h-3.5 w-3.5" />
          {t("add")}
        </button>
      )}
    </div>
  );
}
