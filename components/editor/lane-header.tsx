"use client";
import { useTranslations } from "next-intl";
import { deleteLane, getLanes, type LaneData, moveLane, renameLane, setLaneHidden } from "@/lib/journey/map-document";
import { visibleMoveIndex } from "@/lib/editor/grid-moves";
import { useEditor } from "./editor-context";
import { LANE_LOOK } from "./lane-look";
import { StructureHeader } from "./structure-header";

/** A lane's row header, kept in view while the grid scrolls sideways. */
export function LaneHeader({ lane, first, last }: { lane: LaneData; first: boolean; last: boolean }) {
  const tm = useTranslations("editor.menu");
  const tk = useTranslations("editor.laneKinds");
  const { doc } = useEditor();
  const name = lane.name;
  const look = LANE_LOOK[lane.kind];
  const Icon = look.icon;
  const move = (direction: "previous" | "next") => {
    const index = visibleMoveIndex(getLanes(doc), lane.id, direction);
    if (index !== null) moveLane(doc, lane.id, index);
  };

  return (
    <StructureHeader
      kind="lane"
      id={lane.id}
      name={name}
      first={first}
      last={last}
      onMove={move}
      onRename={(v) => renameLane(doc, lane.id, v)}
      onDelete={() => deleteLane(doc, lane.id)}
      subtitle={name !== tk(lane.kind) && <div className="mt-0.5 text-xs font-normal text-muted-foreground">{tk(lane.kind)}</div>}
      icon={<Icon aria-hidden className={`mt-0.5 h-4 w-4 shrink-0 ${look.accent}`} />}
      actions={[{ label: tm("hide"), onSelect: () => setLaneHidden(doc, lane.id, true) }]}
    />
  );
}
