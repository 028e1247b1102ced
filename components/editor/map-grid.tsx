"use client";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { addStep, type CardData, type MapContent } from "@/lib/journey/map-document";
import { useEditingByOthers } from "@/lib/collab/client/use-presence";
import { fitZoom } from "@/lib/editor/zoom-levels";
import { gridColumns, phaseSpan, splitLanes, STEP_WIDTH } from "@/lib/editor/grid-columns";
import { useLaneHeaderWidth } from "./use-lane-header-width";
import { applyDrop } from "./apply-drop";
import { CellVisibilityProvider, RENDER_ALL_UP_TO_CARDS } from "./cell-visibility";
import { MapOverview } from "./map-overview";
import { ZoomControls } from "./zoom-controls";
import { useMapComments } from "@/lib/collab/client/use-map-comments";
import { useEditor } from "./editor-context";
import { GridDndContext } from "./grid-dnd";
import { HiddenLanes } from "./hidden-lanes";
import { cellKey, LaneRow } from "./lane-row";
import { PhaseHeader } from "./phase-header";
import { RemoteCursors, useCursorBroadcast } from "./remote-cursors";
import { StepHeader } from "./step-header";

/** The journey map: phases as column groups, steps as columns, lanes as rows. */
export function MapGrid({ content }: { content: MapContent }) {
  const t = useTranslations("editor");
  const { doc, session, canEdit, setRenamingId } = useEditor();
  const comments = useMapComments(session.comments);
  const gridContent = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(1);
  const laneHeaderWidth = useLaneHeaderWidth();
  useCursorBroadcast(gridContent, session.awareness, laneHeaderWidth);

  const columns = useMemo(() => gridColumns(content.phases, content.steps), [content.phases, content.steps]);
  const { visible, hidden } = useMemo(() => splitLanes(content.lanes), [content.lanes]);
  // Every change re-reads the whole map; a cell whose cards read the same keeps its old
  // array, so the memoised cells of a big map skip re-rendering.
  const previousCells = useRef(new Map<string, { json: string; cards: CardData[] }>());
  const cardsByCell = useMemo(() => {
    const map = new Map<string, CardData[]>();
    for (const card of content.cards) {
      const key = cellKey(card.laneId, card.stepId);
      const list = map.get(key);
      if (list) list.push(card);
      else map.set(key, [card]);
    }
    const next = new Map<string, { json: string; cards: CardData[] }>();
    for (const [key, cards] of map) {
      const json = JSON.stringify(cards);
      const before = previousCells.current.get(key);
      const kept = before && before.json === json ? before.cards : cards;
      map.set(key, kept);
      next.set(key, { json, cards: kept });
    }
    previousCells.current = next;
    return map;
  }, [content.cards]);
  const openComments = useMemo(() => {
    const map = new Map<string, number>();
    for (const c of comments) if (!c.resolved) map.set(c.cardId, (map.get(c.cardId) ?? 0) + 1);
    return map;
  }, [comments]);
  const editing = useEditingByOthers(session.awareness);

  if (content.phases.length === 0) {
    return (
      <div data-testid="map-grid" className="rounded-lg border border-dashed border-border p-10 text-center text-sm text-muted-foreground">
        {canEdit ? t("emptyEditable") : t("emptyReadOnly")}
      </div>
    );
  }

  const steps = content.steps;
  const width = laneHeaderWidth + columns.length * STEP_WIDTH;
  return (
    <GridDndContext onDrop={(drag, drop) => applyDrop(doc, drag, drop)}>
      <div className="flex items-center gap-3">
        <div className="min-w-0 flex-1">
          <MapOverview phases={content.phases} columns={columns} scroller={scroller} offset={laneHeaderWidth * zoom} />
        </div>
        <ZoomControls zoom={zoom} onZoom={setZoom} zoomToFit={() => fitZoom(scroller.current?.clientWidth ?? 0, width)} />
      </div>
      <CellVisibilityProvider enabled={content.cards.length > RENDER_ALL_UP_TO_CARDS}>
        <div ref={scroller} data-testid="map-grid" data-zoom={zoom} role="region" aria-label={t("gridLabel")} tabIndex={-1} className="overflow-auto rounded-lg border border-border">
          <div ref={gridContent} className="relative w-max" style={zoom === 1 ? undefined : { zoom }}>
            <table className="table-fixed border-separate border-spacing-0" style={{ width }}>
              <caption className="sr-only">{t("gridLabel")}</caption>
              <colgroup>
                <col style={{ width: laneHeaderWidth }} />
                {columns.map((c) => (
                  <col key={c.kind === "step" ? c.step.id : `empty-${c.phaseId}`} style={{ width: STEP_WIDTH }} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  <td rowSpan={2} className="sticky left-0 z-10 border-b border-r border-border bg-background" />
                  {content.phases.map((phase, i) => (
                    <PhaseHeader key={phase.id} phase={phase} span={phaseSpan(columns, phase.id)} first={i === 0} last={i === content.phases.length - 1} />
                  ))}
                </tr>
                <tr>
                  {columns.map((c) =>
                    c.kind === "step" ? (
                      <StepHeader key={c.step.id} step={c.step} first={c.step.id === steps[0]?.id} last={c.step.id === steps.at(-1)?.id} />
                    ) : (
                      <th key={`empty-${c.phaseId}`} scope="col" className="border-b border-r border-border bg-muted px-2 py-1.5 text-left text-xs font-normal text-muted-foreground">
                        {t("step.none")}
                        {canEdit && (
                          <button
                            type="button"
                            onClick={() => setRenamingId(addStep(doc, c.phaseId, t("phase.newStep")))}
                            className="ml-2 inline-flex items-center gap-1 text-primary hover:underline"
                          >
                            <Plus aria-hidden className="h-3 w-3" />
                            {t("step.add")}
                          </button>
                        )}
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody>
                {visible.map((lane, i) => (
                  <LaneRow
                    key={lane.id}
                    lane={lane}
                    columns={columns}
                    cardsByCell={cardsByCell}
                    openComments={openComments}
                    editingByOthers={editing}
                    curves={content.curves}
                    first={i === 0}
                    last={i === visible.length - 1}
                  />
                ))}
              </tbody>
            </table>
            <RemoteCursors awareness={session.awareness} laneHeaderWidth={laneHeaderWidth} />
          </div>
        </div>
      </CellVisibilityProvider>
      <HiddenLanes lanes={hidden} />
    </GridDndContext>
  );
}
