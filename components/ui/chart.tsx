"use client";
import { BarChart3, Download, Table2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  Rectangle,
  type BarShapeProps,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { toast } from "sonner";
import { downloadFile } from "@/lib/browser/download-file";
import { elementToPng } from "@/lib/browser/element-png";
import { wrapLabel } from "@/lib/dashboards/wrap-label";
import { cn } from "@/lib/utils";
import { Button } from "./button";

/** The theme's chart colours (--color-chart-1…5 in app/globals.css). */
export type ChartColor = 1 | 2 | 3 | 4 | 5;
export const chartColor = (c: ChartColor) => `var(--color-chart-${c})`;

type KeysOf<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T] & string;

export type ChartSeries<T> = {
  key: KeysOf<T, number | null>;
  label: string;
  color: ChartColor;
  shape: "bar" | "line";
  format?: (value: number) => string;
  /** A second scale on the right, e.g. response volume beside a score. */
  axis?: "left" | "right";
};

/** A column of the table view beyond the category and the series (counts, labels). */
export type ChartColumn<T> = { id: string; label: string; value: (row: T) => string };

export type ChartProps<T extends object> = {
  title: string;
  description?: string;
  /** How to interact with the chart ("click a bar…"): on screen, left out of PNG and print. */
  hint?: string;
  data: T[];
  /** The category axis: phase, touchpoint, period or step names. */
  categoryKey: KeysOf<T, string>;
  series: ChartSeries<T>[];
  /** Bars running left to right, categories down the side: for long names. */
  horizontal?: boolean;
  domain?: [number, number];
  rightDomain?: [number, number];
  referenceLines?: Array<{ value: number; label?: string }>;
  /** A row's link (click-through): clicking its bar or line point, or its name in the table. */
  hrefKey?: KeysOf<T, string | null | undefined>;
  /** Extra table columns; the table always shows the category and every series. */
  columns?: ChartColumn<T>[];
  /** Shown instead of the chart when there is nothing to draw. */
  empty: { title: string; hint?: string };
  /** Base of the PNG's file name. */
  fileName: string;
  height?: number;
  className?: string;
  /** Controls above the chart (e.g. a metric switch); kept out of the PNG. */
  toolbar?: React.ReactNode;
};

const isDrawable = <T extends object>(data: T[], series: ChartSeries<T>[]) =>
  data.some((row) => series.some((s) => typeof row[s.key] === "number"));

/**
 * The one chart wrapper: a recharts chart in the theme's colours with a table view
 * toggle (the accessible form of the same figures, and the keyboard path to the
 * click-through links), an empty state, and a PNG download of the figure.
 */
export function Chart<T extends object>(props: ChartProps<T>) {
  const t = useTranslations("chart");
  const router = useRouter();
  const [view, setView] = useState<"chart" | "table">("chart");
  const figureRef = useRef<HTMLElement>(null);
  const titleId = useId();
  const drawable = isDrawable(props.data, props.series);
  const href = (row: T | undefined) => (row && props.hrefKey ? ((row[props.hrefKey] as string | null | undefined) ?? null) : null);
  const formatValue = (s: ChartSeries<T>, value: unknown) =>
    typeof value === "number" ? (s.format ? s.format(value) : String(value)) : t("noValue");

  async function downloadPng() {
    if (!figureRef.current) return;
    try {
      // The controls are print:hidden, which elementToPng leaves out.
      downloadFile(await elementToPng(figureRef.current), `${props.fileName}.png`);
    } catch (error) {
      console.error(error);
      toast.error(t("pngFailed"));
    }
  }

  const categoryAxis = props.horizontal ? (
    <YAxis type="category" dataKey={props.categoryKey} width={160} tick={{ fontSize: 12 }} interval={0} />
  ) : (
    // Every category gets its label (never dropped): long names wrap onto a second line.
    // Lines put the first and last point on the chart's edges: room so their labels are not cut.
    <XAxis
      dataKey={props.categoryKey}
      tick={<WrappedTick />}
      interval={0}
      height={44}
      padding={props.series.some((s) => s.shape === "bar") ? undefined : { left: 36, right: 36 }}
    />
  );
  // Values on the bars while they fit; a bar without answers says so instead of looking like 0.
  const labelBars = props.data.length <= 14;
  const valueAxis = props.horizontal ? (
    <XAxis type="number" domain={props.domain ?? ["auto", "auto"]} tick={{ fontSize: 12 }} />
  ) : (
    <YAxis yAxisId="left" domain={props.domain ?? ["auto", "auto"]} tick={{ fontSize: 12 }} width={48} />
  );
  const hasRight = props.series.some((s) => s.axis === "right");
  // A bar is drawn from a value that is never null (none = 0 high), so recharts keeps every
  // bar's place and its label; the label itself reads the real value and says "no answers".
  const barValue = new Map(props.series.map((s) => [s, (row: T) => (typeof row[s.key] === "number" ? (row[s.key] as number) : 0)]));
  const height = props.height ?? (props.horizontal ? Math.max(200, props.data.length * 32 + 60) : 280);

  return (
    <figure ref={figureRef} aria-labelledby={titleId} className={cn("grid gap-3 rounded-lg border border-border bg-card p-4 break-inside-avoid", props.className)}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <figcaption>
          <h3 id={titleId} className="font-semibold">
            {props.title}
          </h3>
          {props.description && <p className="text-sm text-muted-foreground">{props.description}</p>}
          {props.hint && <p className="text-sm text-muted-foreground print:hidden">{props.hint}</p>}
        </figcaption>
        {drawable && (
          <div className="flex flex-wrap items-center gap-1 print:hidden">
            {props.toolbar}
            <Button
              variant="ghost"
              size="sm"
              aria-pressed={view === "table"}
              onClick={() => setView(view === "chart" ? "table" : "chart")}
            >
              {view === "chart" ? <Table2 className="size-4" aria-hidden /> : <BarChart3 className="size-4" aria-hidden />}
              {view === "chart" ? t("showTable") : t("showChart")}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => void downloadPng()}>
              <Download className="size-4" aria-hidden />
              {t("downloadPng")}
            </Button>
          </div>
        )}
      </div>
      {!drawable ? (
        <div className="grid place-items-center rounded-md border border-dashed border-border px-4 py-10 text-center">
          <p className="font-medium">{props.empty.title}</p>
          {props.empty.hint && <p className="mt-1 max-w-prose text-sm text-muted-foreground">{props.empty.hint}</p>}
        </div>
      ) : view === "table" ? (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{props.title}</caption>
            <thead>
              <tr className="border-b border-border text-left">
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  {t("category")}
                </th>
                {props.series.map((s) => (
                  <th key={s.key} scope="col" className="py-1.5 pr-3 text-right font-medium">
                    {s.label}
                  </th>
                ))}
                {props.columns?.map((c) => (
                  <th key={c.id} scope="col" className="py-1.5 pr-3 text-right font-medium">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.data.map((row, i) => {
                const link = href(row);
                const name = String(row[props.categoryKey]);
                return (
                  <tr key={i} className="border-b border-border/60 last:border-0">
                    <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                      {link ? (
                        <a href={link} className="text-primary underline-offset-4 hover:underline">
                          {name}
                        </a>
                      ) : (
                        name
                      )}
                    </th>
                    {props.series.map((s) => (
                      <td key={s.key} className="py-1.5 pr-3 text-right tabular-nums">
                        {formatValue(s, row[s.key])}
                      </td>
                    ))}
                    {props.columns?.map((c) => (
                      <td key={c.id} className="py-1.5 pr-3 text-right tabular-nums">
                        {c.value(row)}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <div style={{ height }} aria-hidden className={cn(props.hrefKey && "[&_.recharts-bar-rectangle]:cursor-pointer")}>
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart
              // The chart is hidden from screen readers (the table view says the same), so it
              // must not take keyboard focus either.
              accessibilityLayer={false}
              data={props.data}
              layout={props.horizontal ? "vertical" : "horizontal"}
              // Room for the values written above (or beside) the bars.
              margin={{ top: labelBars && !props.horizontal ? 20 : 8, right: labelBars && props.horizontal ? 64 : 8, bottom: 8, left: 8 }}
              onClick={(state) => {
                const index = Number(state?.activeTooltipIndex);
                const link = Number.isInteger(index) ? href(props.data[index]) : null;
                if (link) router.push(link);
              }}
            >
              <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" />
              {categoryAxis}
              {valueAxis}
              {hasRight && !props.horizontal && (
                <YAxis yAxisId="right" orientation="right" domain={props.rightDomain ?? [0, "auto"]} tick={{ fontSize: 12 }} width={48} />
              )}
              <Tooltip formatter={(value, _name, item) => {
                const s = props.series.find((x) => x.key === item.dataKey || barValue.get(x) === item.dataKey);
                if (!s) return String(value);
                const real = (item.payload as T | undefined)?.[s.key];
                return typeof real === "number" ? formatValue(s, real) : t("noAnswers");
              }} />
              {props.series.length > 1 && <Legend />}
              {props.referenceLines?.map((line) => (
                <ReferenceLine
                  key={line.value}
                  {...(props.horizontal ? { x: line.value } : { y: line.value, yAxisId: "left" })}
                  stroke="var(--color-muted-foreground)"
                  strokeDasharray="4 4"
                  label={line.label}
                />
              ))}
              {props.series.map((s) =>
                s.shape === "bar" ? (
                  <Bar
                    key={s.key}
                    dataKey={barValue.get(s)!}
                    name={s.label}
                    // A shape of our own: recharts then keeps zero-high bars (0 %, no answers) and their labels.
                    shape={BarShape}
                    fill={chartColor(s.color)}
                    radius={3}
                    isAnimationActive={false}
                    {...(props.horizontal ? {} : { yAxisId: s.axis ?? "left" })}
                  >
                    {labelBars && (
                      <LabelList
                        // Read from the row, not the bar: recharts writes no label for a null value.
                        valueAccessor={(entry: { payload?: T }) => {
                          const real = entry.payload?.[s.key];
                          return typeof real === "number" ? formatValue(s, real) : t("noAnswers");
                        }}
                        position={props.horizontal ? "right" : "top"}
                        fontSize={11}
                        fill="var(--color-foreground)"
                      />
                    )}
                  </Bar>
                ) : (
                  <Line
                    key={s.key}
                    dataKey={s.key}
                    name={s.label}
                    stroke={chartColor(s.color)}
                    strokeWidth={2}
                    dot={{ r: 3 }}
                    connectNulls={false}
                    isAnimationActive={false}
                    {...(props.horizontal ? {} : { yAxisId: s.axis ?? "left" })}
                  />
                ),
              )}
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}

function BarShape(props: BarShapeProps) {
  return <Rectangle {...props} />;
}

/** An axis label on up to two lines, cut with an ellipsis only past those (recharts passes the props). */
function WrappedTick(props: { x?: number; y?: number; payload?: { value: string }; width?: number; visibleTicksCount?: number }) {
  const { x = 0, y = 0, payload, width = 0, visibleTicksCount = 1 } = props;
  const room = Math.max(6, Math.floor(width / Math.max(1, visibleTicksCount) / 6.5));
  const lines = wrapLabel(String(payload?.value ?? ""), room);
  return (
    <text x={x} y={y + 12} textAnchor="middle" fontSize={12} fill="var(--color-muted-foreground)">
      <title>{payload?.value}</title>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
