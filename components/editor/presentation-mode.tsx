"use client";
import { ChevronLeft, ChevronRight, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { MapContent } from "@/lib/journey/map-document";
import { cardKindForLane } from "@/lib/journey/map-vocabulary";
import { cn } from "@/lib/utils";
import { LANE_LOOK } from "./lane-look";

const FACES: Record<number, string> = { [-2]: "frustrated", [-1]: "unhappy", 0: "neutral", 1: "happy", 2: "delighted" };

/**
 * For the workshop and the quarterly meeting: the map full screen, without controls, one
 * phase at a time. Arrow keys (and Page Up/Down, Space) step through the phases; Escape
 * leaves. It shows the live document, so edits by others appear while presenting.
 */
export function PresentationMode({ content, mapName, onClose }: { content: MapContent; mapName: string; onClose: () => void }) {
  const t = useTranslations("editor.present");
  const te = useTranslations("editor.emotion");
  const [index, setIndex] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const phases = content.phases;
  const current = Math.min(index, Math.max(0, phases.length - 1));
  const phase = phases[current];
  const steps = content.steps.filter((s) => s.phaseId === phase?.id);
  const lanes = content.lanes.filter((l) => !l.hidden);

  useEffect(() => {
    const el = root.current;
    el?.focus();
    // Full screen where the browser allows it; the overlay covers the window anyway.
    el?.requestFullscreen?.().catch(() => {});
    return () => {
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    };
  }, []);
  useEffect(() => {
    const onFullscreenChange = () => {
      if (!document.fullscreenElement && root.current?.dataset.fullscreen === "true") onClose();
      if (root.current) root.current.dataset.fullscreen = String(document.fullscreenElement === root.current);
    };
    document.addEventListener("fullscreenchange", onFullscreenChange);
    return () => document.removeEventListener("fullscreenchange", onFullscreenChange);
  }, [onClose]);

  const go = (delta: number) => setIndex((i) => Math.min(phases.length - 1, Math.max(0, Math.min(i, phases.length - 1) + delta)));

  return (
    <div
      ref={root}
      role="dialog"
      aria-modal="true"
      aria-label={t("label", { map: mapName })}
      data-testid="presentation"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === "ArrowRight" || e.key === "PageDown" || e.key === " ") go(1);
        else if (e.key === "ArrowLeft" || e.key === "PageUp") go(-1);
        else if (e.key === "Escape") onClose();
        else return;
        e.preventDefault();
      }}
      className="fixed inset-0 z-[60] flex flex-col gap-6 overflow-auto bg-background p-8 outline-none"
    >
      <header className="flex items-start gap-4">
        <div className="min-w-0">
          <p className="text-sm text-muted-foreground">
            {mapName} · <span data-testid="presentation-position">{t("position", { current: current + 1, total: phases.length })}</span>
          </p>
          <h2 className="text-3xl font-semibold" aria-live="polite">
            {phase?.name ?? t("empty")}
          </h2>
        </div>
        <div className="ml-auto flex items-center gap-2">
          <Button variant="outline" size="sm" onClick={() => go(-1)} disabled={current === 0}>
            <ChevronLeft aria-hidden className="h-4 w-4" />
            {t("previous")}
          </Button>
          <Button variant="outline" size="sm" onClick={() => go(1)} disabled={current >= phases.length - 1}>
            {t("next")}
            <ChevronRight aria-hidden className="h-4 w-4" />
          </Button>
          <Button variant="ghost" size="sm" onClick={onClose}>
            <X aria-hidden className="h-4 w-4" />
            {t("exit")}
          </Button>
        </div>
      </header>
      {phase && (
        <div className="grid gap-3" style={{ gridTemplateColumns: `12rem repeat(${Math.max(1, steps.length)}, minmax(14rem, 1fr))` }}>
          <div />
          {steps.map((s) => (
            <h3 key={s.id} className="rounded-md bg-muted px-3 py-2 text-base font-semibold">
              {s.name}
            </h3>
          ))}
          {lanes.map((lane) => {
            const look = LANE_LOOK[lane.kind];
            const Icon = look.icon;
            const isCurve = cardKindForLane(lane.kind) === null;
            return [
              <div key={lane.id} className="flex items-start gap-2 pt-2 text-sm font-medium">
                <Icon aria-hidden className={cn("mt-0.5 h-4 w-4 shrink-0", look.accent)} />
                {lane.name}
              </div>,
              ...steps.map((s) => (
                <div key={`${lane.id}:${s.id}`} className="grid content-start gap-2">
                  {isCurve
                    ? s.emotion !== null && <p className="text-base">{te(`levels.${FACES[s.emotion]}`)}</p>
                    : content.cards
                        .filter((c) => c.laneId === lane.id && c.stepId === s.id)
                        .map((c) => (
                          <p key={c.id} className={cn("rounded-md border p-3 text-base shadow-sm", look.card)}>
                            {c.text}
                          </p>
                        ))}
                </div>
              )),
            ];
          })}
        </div>
      )}
    </div>
  );
}
