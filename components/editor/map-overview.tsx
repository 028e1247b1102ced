"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { PhaseData } from "@/lib/journey/map-document";
import type { GridColumn } from "@/lib/editor/grid-columns";
import { phaseSpan } from "@/lib/editor/grid-columns";

/**
 * A wide map's overview: its phases as segments of one bar, as wide as their steps, with
 * the part on screen outlined; a segment scrolls the grid to its phase. Shown only while
 * the map is wider than the grid.
 */
export function MapOverview({ phases, columns, scroller, offset }: { phases: PhaseData[]; columns: GridColumn[]; scroller: React.RefObject<HTMLDivElement | null>; offset: number }) {
  const t = useTranslations("editor.overview");
  const [view, setView] = useState({ left: 0, width: 1, total: 1 });

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const read = () => setView({ left: el.scrollLeft, width: el.clientWidth, total: el.scrollWidth });
    read();
    el.addEventListener("scroll", read, { passive: true });
    const observer = new ResizeObserver(read);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => {
      el.removeEventListener("scroll", read);
      observer.disconnect();
    };
  }, [scroller]);

  if (view.total <= view.width + 1) return null;
  const scrollToPhase = (index: number) => {
    const el = scroller.current;
    if (!el) return;
    const before = phases.slice(0, index).reduce((n, p) => n + phaseSpan(columns, p.id), 0);
    const scale = (view.total - offset) / Math.max(1, columns.length);
    el.scrollTo({ left: before * scale, behavior: "smooth" });
  };

  return (
    <nav aria-label={t("label")} className="relative flex h-6 overflow-hidden rounded border border-border text-[10px]" data-testid="map-overview">
      {phases.map((phase, i) => (
        <button
          key={phase.id}
          type="button"
          onClick={() => scrollToPhase(i)}
          aria-label={t("goTo", { name: phase.name })}
          style={{ flexGrow: phaseSpan(columns, phase.id) }}
          className="min-w-0 basis-0 truncate border-r border-border bg-primary/5 px-1 text-left text-muted-foreground last:border-r-0 hover:bg-primary/15 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring"
        >
          {phase.name}
        </button>
      ))}
      <span
        aria-hidden
        className="pointer-events-none absolute inset-y-0 rounded border-2 border-primary"
        style={{ left: `${(view.left / view.total) * 100}%`, width: `${(view.width / view.total) * 100}%` }}
      />
    </nav>
  );
}
