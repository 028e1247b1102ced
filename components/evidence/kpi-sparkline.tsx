/**
 * A KPI's values over its periods as a small line, with the target as a dashed line.
 * Plain SVG so it can sit inside a card; the numbers themselves are in the table next to it.
 */
export function KpiSparkline({ values, target, width = 120, height = 32 }: { values: number[]; target: number; width?: number; height?: number }) {
  if (values.length === 0) return null;
  const lo = Math.min(target, ...values);
  const hi = Math.max(target, ...values);
  const span = hi - lo || 1;
  const x = (i: number) => (values.length === 1 ? width / 2 : (i / (values.length - 1)) * (width - 4) + 2);
  const y = (v: number) => height - 2 - ((v - lo) / span) * (height - 4);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden className="overflow-visible">
      <line x1={0} x2={width} y1={y(target)} y2={y(target)} stroke="var(--color-muted-foreground)" strokeDasharray="3 3" strokeWidth={1} />
      <polyline fill="none" stroke="var(--color-chart-1)" strokeWidth={1.5} points={values.map((v, i) => `${x(i)},${y(v)}`).join(" ")} />
      {values.map((v, i) => (
        <circle key={i} cx={x(i)} cy={y(v)} r={2} fill="var(--color-chart-1)" />
      ))}
    </svg>
  );
}
