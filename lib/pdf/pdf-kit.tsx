import "server-only";
import { Rect, StyleSheet, Svg, Text, View } from "@react-pdf/renderer";
import type { ComponentProps, ReactNode } from "react";
import { pdfText } from "./pdf-text";

/**
 * The building blocks every PDF of Journeyboard is laid out with: headings, tiles,
 * tables and bar charts in the colours of the app's theme. Every string passes through
 * pdfText, so a document cannot put a glyph on paper that Helvetica lacks.
 */

export const COLORS = {
  text: "#111827",
  muted: "#6b7280",
  border: "#d1d5db",
  faint: "#f3f4f6",
  bar: "#2563eb",
  barPrevious: "#93c5fd",
  on: "#15803d",
  near: "#b45309",
  off: "#b91c1c",
} as const;

export const styles = StyleSheet.create({
  page: { paddingTop: 32, paddingBottom: 44, paddingHorizontal: 36, fontFamily: "Helvetica", fontSize: 9, color: COLORS.text },
  title: { fontFamily: "Helvetica-Bold", fontSize: 18, marginBottom: 4 },
  subtitle: { fontSize: 10, color: COLORS.muted, marginBottom: 2 },
  heading: { fontFamily: "Helvetica-Bold", fontSize: 12, marginTop: 16, marginBottom: 3 },
  subheading: { fontFamily: "Helvetica-Bold", fontSize: 10, marginBottom: 3 },
  description: { color: COLORS.muted, marginBottom: 6 },
  paragraph: { marginBottom: 4, lineHeight: 1.4 },
  footer: { position: "absolute", bottom: 20, left: 36, right: 36, flexDirection: "row", justifyContent: "space-between", color: COLORS.muted, fontSize: 8 },
  tiles: { flexDirection: "row", gap: 8 },
  tile: { flexGrow: 1, flexBasis: 0, borderWidth: 1, borderColor: COLORS.border, borderRadius: 4, padding: 8 },
  tileLabel: { color: COLORS.muted, fontSize: 8 },
  tileValue: { fontFamily: "Helvetica-Bold", fontSize: 16, marginTop: 2 },
  tileNote: { color: COLORS.muted, fontSize: 8, marginTop: 2 },
  headerRow: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: COLORS.text, paddingVertical: 3 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLORS.border, paddingVertical: 3 },
  headerCell: { fontFamily: "Helvetica-Bold", paddingRight: 4 },
  cell: { paddingRight: 4 },
  empty: { borderWidth: 1, borderStyle: "dashed", borderColor: COLORS.border, borderRadius: 4, padding: 10, color: COLORS.muted },
  barRow: { flexDirection: "row", alignItems: "center", marginBottom: 2 },
  barLabel: { width: 170, paddingRight: 6, fontSize: 8 },
  barValue: { width: 60, paddingLeft: 6, fontSize: 8 },
  bullet: { flexDirection: "row", marginBottom: 3 },
});

type PdfStyle = ComponentProps<typeof View>["style"];

/** Text made safe for the built-in font. */
export function Txt({ children, style }: { children: string | number; style?: PdfStyle }) {
  return <Text style={style}>{pdfText(children)}</Text>;
}

/**
 * A titled part of a document. It is a fragment, not a View: react-pdf moves a heading
 * to the next page (minPresenceAhead) only when it is not the first child of its
 * container, so headings must sit among the page's own children.
 */
export function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <>
      <Text style={styles.heading} minPresenceAhead={80}>
        {pdfText(title)}
      </Text>
      {description ? (
        <Text style={styles.description} minPresenceAhead={60}>
          {pdfText(description)}
        </Text>
      ) : null}
      {children}
    </>
  );
}

export function Empty({ children }: { children: string }) {
  return (
    <View style={styles.empty} wrap={false}>
      <Txt>{children}</Txt>
    </View>
  );
}

export type Tile = { label: string; value: string; note?: string };

export function Tiles({ tiles }: { tiles: Tile[] }) {
  return (
    <View style={styles.tiles} wrap={false}>
      {tiles.map((tile) => (
        <View key={tile.label} style={styles.tile}>
          <Txt style={styles.tileLabel}>{tile.label}</Txt>
          <Txt style={styles.tileValue}>{tile.value}</Txt>
          {tile.note ? <Txt style={styles.tileNote}>{tile.note}</Txt> : null}
        </View>
      ))}
    </View>
  );
}

export type Column = { label: string; /** Relative width. */ grow?: number; numeric?: boolean };
export type Cell = string | { text: string; color?: string; bold?: boolean };

/**
 * A table whose header repeats on every page it runs over and whose rows are never
 * split; numeric columns are right-aligned.
 */
export function Table({ columns, rows, empty }: { columns: Column[]; rows: Cell[][]; empty: string }) {
  if (rows.length === 0) return <Empty>{empty}</Empty>;
  const width = (c: Column) => ({ flexGrow: c.grow ?? 1, flexBasis: 0, textAlign: c.numeric ? ("right" as const) : ("left" as const) });
  return (
    <View>
      <View style={styles.headerRow} fixed>
        {columns.map((c, i) => (
          <Txt key={i} style={{ ...styles.headerCell, ...width(c) }}>
            {c.label}
          </Txt>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} style={styles.row} wrap={false}>
          {row.map((cell, i) => {
            const c = typeof cell === "string" ? { text: cell } : cell;
            return (
              <Txt key={i} style={{ ...styles.cell, ...width(columns[i] ?? {}), ...(c.color ? { color: c.color } : {}), ...(c.bold ? { fontFamily: "Helvetica-Bold" } : {}) }}>
                {c.text}
              </Txt>
            );
          })}
        </View>
      ))}
    </View>
  );
}

export type Bar = { label: string; value: number | null; text: string; previous?: number | null };

const BAR_WIDTH = 360;
const BAR_HEIGHT = 9;

/**
 * Horizontal bars on a scale from 0 to `max`, drawn with SVG rectangles; with
 * `previous`, a thinner bar beneath shows the previous quarter.
 */
export function Bars({ bars, max }: { bars: Bar[]; max: number }) {
  const length = (v: number | null | undefined) => (v == null || max <= 0 ? 0 : Math.max(0, Math.min(1, v / max)) * BAR_WIDTH);
  const compare = bars.some((b) => b.previous !== undefined);
  const height = compare ? BAR_HEIGHT + 5 : BAR_HEIGHT;
  return (
    <View style={{ marginBottom: 6 }}>
      {bars.map((b, i) => (
        <View key={i} style={styles.barRow} wrap={false}>
          <Txt style={styles.barLabel}>{b.label}</Txt>
          <Svg width={BAR_WIDTH} height={height}>
            <Rect x={0} y={0} width={BAR_WIDTH} height={BAR_HEIGHT} fill={COLORS.faint} />
            <Rect x={0} y={0} width={length(b.value)} height={BAR_HEIGHT} fill={COLORS.bar} />
            {compare ? <Rect x={0} y={BAR_HEIGHT + 1} width={length(b.previous)} height={3} fill={COLORS.barPrevious} /> : null}
          </Svg>
          <Txt style={styles.barValue}>{b.text}</Txt>
        </View>
      ))}
    </View>
  );
}

export function Bullets({ items }: { items: string[] }) {
  return (
    <View>
      {items.map((item, i) => (
        <View key={i} style={styles.bullet} wrap={false}>
          <Txt style={{ width: 10 }}>•</Txt>
          <Txt style={{ flexGrow: 1, flexBasis: 0 }}>{item}</Txt>
        </View>
      ))}
    </View>
  );
}

/** Page number and the document's name at the foot of every page. */
export function Footer({ left, page }: { left: string; page: (page: number, total: number) => string }) {
  return (
    <View style={styles.footer} fixed>
      <Txt>{left}</Txt>
      <Text render={({ pageNumber, totalPages }) => pdfText(page(pageNumber, totalPages))} />
    </View>
  );
}
