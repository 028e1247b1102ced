"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { setEmotion, type StepData } from "@/lib/journey/map-document";
import { EMOTION_MAX, EMOTION_MIN } from "@/lib/journey/map-vocabulary";
import { type CurveBox, curvePath, emotionForKey, emotionToY, stepCenterX, yToEmotion } from "@/lib/editor/emotion-geometry";
import type { GridColumn } from "@/lib/editor/grid-columns";
import { STEP_WIDTH } from "@/lib/editor/grid-columns";
import { useEditor } from "./editor-context";

const BOX: CurveBox = { height: 128, padding: 18 };
const LEVELS = [2, 1, 0, -1, -2];
const LEVEL_NAMES: Record<number, string> = { [-2]: "frustrated", [-1]: "unhappy", 0: "neutral", 1: "happy", 2: "delighted" };
const colorOf = (v: number | null) => (v === null ? "var(--color-muted-foreground)" : v > 0 ? "#16a34a" : v < 0 ? "#dc2626" : "#64748b");

/**
 * The emotion lane: one point per step, -2..+2, joined by a curve. Points are dragged
 * (snapping to whole values) or used as keyboard sliders.
 */
export function EmotionCurve({ columns, laneName }: { columns: GridColumn[]; laneName: string }) {
  const t = useTranslations("editor.emotion");
  const { doc, canEdit } = useEditor();
  const svg = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(columns.length * STEP_WIDTH);
  const [dragging, setDragging] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);

  // Column widths are fixed, but borders and zoom shift them a little: measure.
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const columnWidth = width / Math.max(1, columns.length);
  const points = columns.flatMap((c, i) => (c.kind === "step" ? [{ step: c.step, x: stepCenterX(i, columnWidth) }] : []));
  const path = curvePath(points.filter((p) => p.step.emotion !== null).map((p) => ({ x: p.x, y: emotionToY(p.step.emotion, BOX) })));
  const valueText = (v: number | null) => (v === null ? t("notSet") : t(`levels.${LEVEL_NAMES[v]}`));

  const setFromPointer = (step: StepData, clientY: number) => {
    const rect = svg.current?.getBoundingClientRect();
    if (!rect) return;
    const value = yToEmotion(clientY - rect.top, BOX);
    if (value !== step.emotion) setEmotion(doc, step.id, value);
  };

  return (
    <svg ref={svg} width="100%" height={BOX.height} role="group" aria-label={t("label", { lane: laneName })} className="block touch-none select-none">
      {LEVELS.map((v) => (
        <line
          key={v}
          x1={0}
          x2={width}
          y1={emotionToY(v, BOX)}
          y2={emotionToY(v, BOX)}
          stroke="var(--color-border)"
          strokeDasharray={v === 0 ? undefined : "3 4"}
        />
      ))}
      <path d={path} fill="none" stroke="var(--color-primary)" strokeWidth={2.5} strokeLinecap="round" />
      {points.map(({ step, x }) => {
        const v = step.emotion;
        const y = emotionToY(v, BOX);
        return (
          <g
            key={step.id}
            data-testid="emotion-point"
            data-step-id={step.id}
            data-value={v ?? ""}
            role="slider"
            tabIndex={0}
            aria-label={t("point", { step: step.name })}
            aria-valuemin={EMOTION_MIN}
            aria-valuemax={EMOTION_MAX}
            aria-valuenow={v ?? undefined}
            aria-valuetext={valueText(v)}
            aria-readonly={!canEdit || undefined}
            className={canEdit ? "cursor-ns-resize outline-none" : "outline-none"}
            onKeyDown={(e) => {
              if (!canEdit) return;
              const next = emotionForKey(e.key, v);
              if (next === undefined) return;
              e.preventDefault();
              if (next !== v) setEmotion(doc, step.id, next);
            }}
            onFocus={() => setFocused(step.id)}
            onBlur={() => setFocused(null)}
            onPointerDown={(e) => {
              if (!canEdit || e.button !== 0) return;
              e.currentTarget.setPointerCapture(e.pointerId);
              setDragging(step.id);
              setFromPointer(step, e.clientY);
            }}
            onPointerMove={(e) => dragging === step.id && setFromPointer(step, e.clientY)}
            onPointerUp={() => setDragging(null)}
            onPointerCancel={() => setDragging(null)}
          >
            <circle cx={x} cy={y} r={16} fill="transparent" />
            {focused === step.id && <circle cx={x} cy={y} r={12} fill="none" stroke="var(--color-ring)" strokeWidth={2} />}
            <circle
              cx={x}
              cy={y}
              r={dragging === step.id ? 9 : 7}
              fill={v === null ? "var(--color-background)" : colorOf(v)}
              stroke={v === null ? colorOf(v) : "white"}
              strokeWidth={2}
              strokeDasharray={v === null ? "2 2" : undefined}
            />
            <text x={x + 12} y={y + 4} fontSize={11} fill="var(--color-muted-foreground)" aria-hidden>
              {v === null ? "" : v > 0 ? `+${v}` : v}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
