/** A KPI figure with its unit: "80 %", "2 days", or the bare number when the KPI has no unit. */
export function withUnit(figure: string, unit: string): string {
  return unit ? `${figure} ${unit}` : figure;
}
