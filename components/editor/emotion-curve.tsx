"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { type CurveData, setCurveEmotion, setEmotion, type StepData } from "@/lib/journey/map-document";
import { EMOTION_MAX, EMOTION_MIN } from "@/lib/journey/map-vocabulary";
import { type CurveBox, curvePath, emotionForKey, emotionToY, stepCenterX, yToEmotion } from "@/lib/editor/emotion-geometry";
import type { GridColumn } from "@/lib/editor/grid-columns";
import { STEP_WIDTH } from "@/lib/editor/grid-columns";
import { CurveLegend, curveColour, curveLabel } from "./curve-legend";
import { useEditor } from "./editor-context";

const BOX: CurveBox = { height: 128, padding: 18 };
// Room under the curve for the step names, so the curve reads without looking up to the headers.
const NAMES_HEIGHT = 18;
const LEVELS = [2, 1, 0, -1, -2];
const LEVEL_NAMES: Record<number, string> = { [-2]: "frustrated", [-1]: "unhappy", 0: "neutral", 1: "happy", 2: "delighted" };
const colorOf = (v: number | null) => (v === null ? "var(--color-muted-foreground)" : v > 0 ? "#16a34a" : v < 0 ? "#dc2626" : "#64748b");

/** One curve as drawn: the main one lives on the steps, extra ones in their own values. */
type DrawnCurve = { id: string | null; name: string; color: string; valueAt: (step: StepData) => number | null; set: (stepId: string, v: number | null) => void };

/**
 * The emotion lane: one point per step, −2…+2, joined by a smooth line, for the map's main
 * curve and any extra curves (a persona's, "to be"), which the legend shows, hides and
 * adds. Points are dragged (snapping to whole values) or used as keyboard sliders.
 */
export function EmotionCurve({ columns, laneName, curves = [] }: { columns: GridColumn[]; laneName: string; curves?: CurveData[] }) {
  const t = useTranslations("editor.emotion");
  const { doc, personas } = useEditor();
  const svg = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(columns.length * STEP_WIDTH);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());

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
  const main: DrawnCurve = { id: null, name: laneName, color: "var(--color-primary)", valueAt: (s) => s.emotion, set: (stepId, v) => setEmotion(doc, stepId, v) };
  const drawn: DrawnCurve[] = [
    main,
    ...curves.map((c, i) => ({
      id: c.id,
      name: curveLabel(c, personas),
      color: curveColour(c, i, personas),
      valueAt: (s: StepData) => c.values[s.id] ?? null,
      set: (stepId: string, v: number | null) => setCurveEmotion(doc, c.id, stepId, v),
    })),
  ].filter((c) => c.id === null || !hidden.has(c.id));

  return (
    <div>
      <CurveLegend
        laneName={laneName}
        curves={curves}
        hidden={hidden}
        onToggle={(id) =>
          setHidden((h) => {
            const next = new Set(h);
            if (!next.delete(id)) next.add(id);
            return next;
          })
        }
      />
      <svg ref={svg} width="100%" height={BOX.height + NAMES_HEIGHT} role="group" aria-label={t("label", { lane: laneName })} className="block touch-none select-none">
        {LEVELS.map((v) => (
          <line key={v} x1={0} x2={width} y1={emotionToY(v, BOX)} y2={emotionToY(v, BOX)} stroke="var(--color-border)" strokeDasharray={v === 0 ? undefined : "3 4"} />
        ))}
        {points.map(({ step, x }) => (
          <text key={step.id} x={x} y={BOX.height + NAMES_HEIGHT - 5} textAnchor="middle" fontSize={11} fill="var(--color-muted-foreground)" aria-hidden>
            {step.name.length > 30 ? `${step.name.slice(0, 29)}…` : step.name}
          </text>
        ))}
        {/* Extra curves under the main one, which stays on top where points meet. */}
        {[...drawn].reverse().map((curve) => (
          <CurveLine key={curve.id ?? "main"} curve={curve} points={points} main={curve.id === null} labelled={drawn.length > 1} />
        ))}
      </svg>
    </div>
  );
}

function CurveLine({ curve, points, main, labelled }: { curve: DrawnCurve; points: Array<{ step: StepData; x: number }>; main: boolean; labelled: boolean }) {
  const t = useTranslations("editor.emotion");
  const { canEdit } = useEditor();
  const [dragging, setDragging] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const svgOf = (el: Element) => el.closest("svg");
  const path = curvePath(points.flatMap((p) => (curve.valueAt(p.step) === null ? [] : [{ x: p.x, y: emotionToY(curve.valueAt(p.step), BOX) }])));
  const valueText = (v: number | null) => (v === null ? t("notSet") : t(`levels.${LEVEL_NAMES[v]}`));
  const setFromPointer = (el: Element, step: StepData, clientY: number) => {
    const rect = svgOf(el)?.getBoundingClientRect();
    if (!rect) return;
    // The grid may be zoomed: map the pointer back into the curve's own pixels.
    const scale = rect.height / BOX.height || 1;
    const value = yToEmotion((clientY - rect.top) / scale, BOX);
    if (value !== curve.valueAt(step)) curve.set(step.id, value);
  };

  return (
    <g data-testid="emotion-curve" data-curve={curve.id ?? "main"}>
      <path d={path} fill="none" stroke={curve.color} strokeWidth={main ? 2.5 : 2} strokeDasharray={main ? undefined : "6 4"} strokeLinecap="round" />
      {points.map(({ step, x }) => {
        const v = curve.valueAt(step);
        const y = emotionToY(v, BOX);
        return (
          <g
            key={step.id}
            data-testid="emotion-point"
            data-step-id={step.id}
            data-value={v ?? ""}
            role="slider"
            tabIndex={0}
            aria-label={labelled ? t("pointOf", { step: step.name, curve: curve.name }) : t("point", { step: step.name })}
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
              if (next !== v) curve.set(step.id, next);
            }}
            onFocus={() => setFocused(step.id)}
            onBlur={() => setFocused(null)}
            onPointerDown={(e) => {
              if (!canEdit || e.button !== 0) return;
              e.currentTarget.setPointerCapture(e.pointerId);
              setDragging(step.id);
              setFromPointer(e.currentTarget, step, e.clientY);
            }}
            onPointerMove={(e) => dragging === step.id && setFromPointer(e.currentTarget, step, e.clientY)}
            onPointerUp={() => setDragging(null)}
            onPointerCancel={() => setDragging(null)}
          >
            <circle cx={x} cy={y} r={16} fill="transparent" />
            {focused === step.id && <circle cx={x} cy={y} r={14} fill="none" stroke="var(--color-ring)" strokeWidth={2} />}
            {v === null ? (
              <circle cx={x} cy={y} r={7} fill="var(--color-background)" stroke={main ? colorOf(v) : curve.color} strokeWidth={2} strokeDasharray="2 2" />
            ) : (
              <EmotionFace x={x} y={y} value={v} fill={main ? colorOf(v) : curve.color} large={dragging === step.id} />
            )}
            {main && (
              <text x={x + 15} y={y + 4} fontSize={11} fill="var(--color-muted-foreground)" aria-hidden>
                {v === null ? "" : v > 0 ? `+${v}` : v}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** A face for −2…+2: the mouth curves from a frown to a broad smile. */
function EmotionFace({ x, y, value, fill, large }: { x: number; y: number; value: number; fill: string; large: boolean }) {
  const r = large ? 12 : 10;
  const s = r / 10;
  const mouthY = y + 3.5 * s;
  return (
    <g aria-hidden>
      <circle cx={x} cy={y} r={r} fill={fill} stroke="white" strokeWidth={2} />
      <circle cx={x - 3.5 * s} cy={y - 2.5 * s} r={1.3 * s} fill="white" />
      <circle cx={x + 3.5 * s} cy={y - 2.5 * s} r={1.3 * s} fill="white" />
      <path
        d={`M ${x - 4.5 * s} ${mouthY - value * 0.6 * s} Q ${x} ${mouthY + value * 1.8 * s} ${x + 4.5 * s} ${mouthY - value * 0.6 * s}`}
        fill="none"
        stroke="white"
        strokeWidth={1.6 * s}
        strokeLinecap="round"
      />
    </g>
  );
}
