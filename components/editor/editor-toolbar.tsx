"use client";
import { ArrowLeft, Eye, Presentation, Redo2, Undo2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SessionSnapshot } from "@/lib/collab/client/collab-session";
import { Button } from "@/components/ui/button";
import { AddStructure } from "./add-structure";
import { ConnectionStatus } from "./connection-status";
import { useEditor } from "./editor-context";
import { EvidenceViewToggle } from "./evidence-view-toggle";
import { IconButton } from "./icon-button";
import { type MapPersona, PersonaHeader } from "./persona-header";
import { PresenceAvatars } from "./presence-avatars";
import { useUndoState } from "./use-undo";

/** The editor's top bar: map name, persona, status (always visible), who is here, the evidence view switch, presenting, undo/redo, add. */
export function EditorToolbar({ mapName, backHref, snapshot, persona, onPresent }: {
  mapName: string;
  backHref: string;
  snapshot: SessionSnapshot;
  persona: MapPersona | null;
  onPresent: () => void;
}) {
  const t = useTranslations("editor");
  const { session, canEdit, slug } = useEditor();
  const { canUndo, canRedo } = useUndoState(session.undoManager);
  return (
    <div className="sticky top-0 z-40 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-border bg-background/95 py-2 backdrop-blur">
      <div className="flex min-w-0 items-center gap-2">
        <Link href={backHref} className="rounded p-1 text-muted-foreground hover:bg-muted hover:text-foreground" aria-label={t("back")}>
          <ArrowLeft aria-hidden className="h-4 w-4" />
        </Link>
        <h1 className="truncate text-xl font-semibold">{mapName}</h1>
        {!canEdit && (
          <span data-testid="view-only-badge" className="inline-flex items-center gap-1 rounded-full bg-muted px-2 py-0.5 text-xs font-medium text-muted-foreground">
            <Eye aria-hidden className="h-3.5 w-3.5" />
            {t("viewOnly")}
          </span>
        )}
      </div>
      {persona && <PersonaHeader persona={persona} personasHref={`/w/${slug}/personas`} />}
      <ConnectionStatus state={snapshot.state} failure={snapshot.failure} />
      <PresenceAvatars awareness={session.awareness} />
      <div className="ml-auto flex flex-wrap items-center gap-3">
        <EvidenceViewToggle />
        <Button variant="outline" size="sm" onClick={onPresent}>
          <Presentation aria-hidden className="h-4 w-4" />
          {t("present.open")}
        </Button>
        {canEdit && (
          <>
            <div className="flex items-center gap-0.5">
              <IconButton label={t("undo")} aria-keyshortcuts="Control+Z Meta+Z" disabled={!canUndo} onClick={() => session.undoManager.undo()} className="h-8 w-8">
                <Undo2 className="h-4 w-4" />
              </IconButton>
              <IconButton
                label={t("redo")}
                aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
                disabled={!canRedo}
                onClick={() => session.undoManager.redo()}
                className="h-8 w-8"
              >
                <Redo2 className="h-4 w-4" />
              </IconButton>
            </div>
            <AddStructure />
          </>
        )}
      </div>
    </div>
  );
}
