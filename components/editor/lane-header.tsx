"use client";
import { EyeOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { deleteLane, getLanes, type LaneData, moveLane, renameLane, setLaneHidden } from "@/lib/journey/map-document";
import { visibleMoveIndex } from "@/lib/editor/grid-moves";
import { useEditor } from "./editor-context";
import { IconButton } from "./icon-button";
import { StructureHeader } from "./structure-header";

/** A lane's row header, kept in view while the grid scrolls sideways. */
export function LaneHeader({ lane, first, last }: { lane: LaneData; first: boolean; last: boolean }) {
  const t = useTranslations("editor.lane");
  const tk = useTranslations("editor.laneKinds");
  const { doc } = useEditor();
  const name = lane.name;
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
      actions={
        <IconButton label={t("hide", { name })} onClick={() => setLaneHidden(doc, lane.id, true)}>
          <EyeOff className="h-3.5 w-3.5" />
        </IconButton>
      }
    />
  );
}
