"use client";
import type { CardData, CurveData, LaneData } from "@/lib/journey/map-document";
import { cardKindForLane } from "@/lib/journey/map-vocabulary";
import type { GridColumn } from "@/lib/editor/grid-columns";
import { EmotionCurve } from "./emotion-curve";
import { GridCell } from "./grid-cell";
import { LaneHeader } from "./lane-header";

type Props = {
  lane: LaneData;
  columns: GridColumn[];
  cardsByCell: Map<string, CardData[]>;
  openComments: Map<string, number>;
  editingByOthers: Map<string, { name: string; color: string }>;
  curves?: CurveData[];
  first: boolean;
  last: boolean;
};

export const cellKey = (laneId: string, stepId: string) => `${laneId}:${stepId}`;
// One empty list for every empty cell, so memoised cells see no change.
const NO_CARDS: CardData[] = [];

/** One lane: a row of cells, or for the emotion lane one curve across every step. */
export function LaneRow({ lane, columns, cardsByCell, openComments, editingByOthers, curves, first, last }: Props) {
  const kind = cardKindForLane(lane.kind);
  return (
    <tr data-testid="lane-row" data-lane-kind={lane.kind}>
      <LaneHeader lane={lane} first={first} last={last} />
      {kind === null ? (
        <td colSpan={columns.length} className="border-b border-r border-border p-0">
          <EmotionCurve columns={columns} laneName={lane.name} curves={curves} />
        </td>
      ) : (
        columns.map((column) =>
          column.kind === "step" ? (
            <GridCell
              key={column.step.id}
              lane={lane}
              step={column.step}
              kind={kind}
              cards={cardsByCell.get(cellKey(lane.id, column.step.id)) ?? NO_CARDS}
              openComments={openComments}
              editingByOthers={editingByOthers}
            />
          ) : (
            <td key={`empty-${column.phaseId}`} className="border-b border-r border-border bg-muted/40" />
          ),
        )
      )}
    </tr>
  );
}
