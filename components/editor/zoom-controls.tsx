"use client";
import { Maximize2, Minus, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { MAX_ZOOM, MIN_ZOOM, nextZoom } from "@/lib/editor/zoom-levels";
import { IconButton } from "./icon-button";

/**
 * Zoom out, the current level (click: back to 100 %), zoom in, and fit the map's width to
 * the screen. Ctrl/⌘ with + − 0 does the same while the editor is open,
 * instead of zooming the whole page.
 */
export function ZoomControls({ zoom, onZoom, zoomToFit }: { zoom: number; onZoom: (zoom: number) => void; zoomToFit: () => number }) {
  const t = useTranslations("editor.zoom");
  const fit = () => onZoom(zoomToFit());
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      if (e.key === "+" || e.key === "=") onZoom(nextZoom(zoom, 1));
      else if (e.key === "-") onZoom(nextZoom(zoom, -1));
      else if (e.key === "0") onZoom(1);
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [zoom, onZoom]);

  return (
    <div role="group" aria-label={t("label")} className="flex items-center justify-end gap-0.5 text-xs">
      <IconButton label={t("out")} aria-keyshortcuts="Control+-" disabled={zoom <= MIN_ZOOM} onClick={() => onZoom(nextZoom(zoom, -1))} className="h-7 w-7">
        <Minus className="h-3.5 w-3.5" />
      </IconButton>
      <button
        type="button"
        onClick={() => onZoom(1)}
        aria-label={t("reset", { percent: Math.round(zoom * 100) })}
        data-testid="zoom-level"
        className="min-w-12 rounded px-1 py-1 tabular-nums text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        {Math.round(zoom * 100)} %
      </button>
      <IconButton label={t("in")} aria-keyshortcuts="Control+=" disabled={zoom >= MAX_ZOOM} onClick={() => onZoom(nextZoom(zoom, 1))} className="h-7 w-7">
        <Plus className="h-3.5 w-3.5" />
      </IconButton>
      <IconButton label={t("fit")} onClick={fit} className="h-7 w-7">
        <Maximize2 className="h-3.5 w-3.5" />
      </IconButton>
    </div>
  );
}
