"use client";
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import type { CollabSession, SessionSnapshot } from "@/lib/collab/client/collab-session";
import { useCollabSession } from "@/lib/collab/client/use-collab-session";
import { useMapContent } from "@/lib/collab/client/use-map-content";
import { useMapEvidence } from "@/lib/evidence/client/use-map-evidence";
import type { MentionCandidate } from "@/lib/editor/mentions";
import { CardPanel } from "./card-panel";
import { ConnectionStatus } from "./connection-status";
import { EditorProvider, type EditorContextValue, type EditorPersona } from "./editor-context";
import { EditorToolbar } from "./editor-toolbar";
import { MapEvidenceProvider, type MapEvidenceContextValue } from "./evidence-context";
import { MapGrid } from "./map-grid";
import type { MapPersona } from "./persona-header";
import { PresentationMode } from "./presentation-mode";
import { useEvidenceView } from "./use-evidence-view";
import { useUndoShortcuts } from "./use-undo";

export type MapEditorProps = {
  mapId: string;
  mapName: string;
  backHref: string;
  me: { id: string; name: string };
  /** From the member's role when the page loaded; later tickets replace it. */
  roleCanEdit: boolean;
  members: MentionCandidate[];
  slug: string;
  /** Base of public feedback form links. */
  baseUrl: string;
  /** The member's role may create forms and KPIs (evidence.write). */
  roleCanWriteEvidence: boolean;
  /** The member's role may comment (comments.write) and delete others' comments (comments.moderate). */
  roleCanComment: boolean;
  roleCanModerateComments: boolean;
  /** The persona the map is for, shown in its header. */
  persona: MapPersona | null;
  /** The workspace's personas, for persona curves. */
  personas?: EditorPersona[];
  /** A touchpoint to open in the side panel (?touchpoint=… from the dashboards' click-through). */
  linkedCardId?: string | null;
};

const NO_EVIDENCE = {};
const NO_PERSONAS: EditorPersona[] = [];

/** The live journey map editor for one map. */
export function MapEditor(props: MapEditorProps) {
  const { session, snapshot } = useCollabSession(props.mapId, props.me.id);
  if (!session) return <EditorLoading snapshot={snapshot} />;
  return <EditorSession key={props.mapId} {...props} session={session} snapshot={snapshot} />;
}

function EditorLoading({ snapshot }: { snapshot: SessionSnapshot }) {
  const t = useTranslations("editor");
  return (
    <div className="grid gap-4">
      <ConnectionStatus state={snapshot.state} failure={snapshot.failure} />
      <div role="status" className="h-64 animate-pulse rounded-lg bg-muted">
        <span className="sr-only">{t("loading")}</span>
      </div>
    </div>
  );
}

function EditorSession({
  mapId,
  mapName,
  backHref,
  me,
  roleCanEdit,
  members,
  slug,
  baseUrl,
  roleCanWriteEvidence,
  roleCanComment,
  roleCanModerateComments,
  linkedCardId,
  persona,
  personas = NO_PERSONAS,
  session,
  snapshot,
}: MapEditorProps & { session: CollabSession; snapshot: SessionSnapshot }) {
  const t = useTranslations("editor");
  const content = useMapContent(session.doc);
  const [openCardId, setOpenCardId] = useState<string | null>(null);
  const [linked, setLinked] = useState(linkedCardId ?? null);
  // A linked card opens once the map has synced and holds it; an unknown id opens nothing.
  const shownCardId = openCardId ?? (linked && snapshot.loaded && content.cards.some((c) => c.id === linked) ? linked : null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [presenting, setPresenting] = useState(false);
  const stopPresenting = useCallback(() => setPresenting(false), []);
  // The ticket is the latest word on the role (it follows role changes without a reload);
  // until one arrives (or while offline) the page's role decides, and the server checks anyway.
  const canEdit = snapshot.failure === null && (snapshot.user ? !snapshot.readOnly : roleCanEdit);
  useUndoShortcuts(session.undoManager, canEdit);

  const setEditing = useCallback((cardId: string | null) => session.awareness.setLocalStateField("editing", cardId), [session]);
  const value = useMemo<EditorContextValue>(
    () => ({
      doc: session.doc,
      session,
      mapId,
      slug,
      canEdit,
      // The same read-only ticket that stops editing stops commenting.
      canComment: roleCanComment && canEdit,
      canModerateComments: roleCanModerateComments && canEdit,
      me: snapshot.user ?? { ...me, color: "#4338ca" },
      members,
      personas,
      openCard: (id) => {
        setOpenCardId(id);
        setEditing(id);
      },
      setEditing,
      renamingId,
      setRenamingId,
    }),
    [session, mapId, slug, canEdit, roleCanComment, roleCanModerateComments, snapshot.user, me, members, personas, setEditing, renamingId],
  );

  const mapEvidence = useMapEvidence(mapId);
  const [evidenceView, setEvidenceView] = useEvidenceView();
  const evidence = useMemo<MapEvidenceContextValue>(
    () => ({
      mapId,
      slug,
      baseUrl,
      // Like the map itself: a viewer, or a member whose ticket turned read-only, only reads.
      canWrite: roleCanWriteEvidence && canEdit,
      loaded: mapEvidence.data !== null,
      scores: mapEvidence.data?.scores ?? NO_EVIDENCE,
      kpis: mapEvidence.data?.kpis ?? NO_EVIDENCE,
      kpiValues: mapEvidence.data?.kpiValues ?? NO_EVIDENCE,
      evidenceView,
      setEvidenceView,
      refresh: mapEvidence.refresh,
    }),
    [mapId, slug, baseUrl, roleCanWriteEvidence, canEdit, mapEvidence.data, mapEvidence.refresh, evidenceView, setEvidenceView],
  );

  const lostAccess = snapshot.failure !== null && snapshot.failure !== "tooLarge";
  return (
    <EditorProvider value={value}>
      <MapEvidenceProvider value={evidence}>
        <div className="grid gap-4">
          <EditorToolbar mapName={mapName} backHref={backHref} snapshot={snapshot} persona={persona} onPresent={() => setPresenting(true)} />
          {lostAccess ? (
            <p className="rounded-lg border border-border p-6 text-sm">{t(`status.failureHelp.${snapshot.failure}`)}</p>
          ) : !snapshot.loaded ? (
            <div role="status" className="h-64 animate-pulse rounded-lg bg-muted">
              <span className="sr-only">{t("loading")}</span>
            </div>
          ) : (
            <MapGrid content={content} />
          )}
        </div>
        {presenting && <PresentationMode content={content} mapName={mapName} onClose={stopPresenting} />}
        <CardPanel
          cardId={shownCardId}
          content={content}
          onClose={() => {
            setOpenCardId(null);
            setLinked(null);
            setEditing(null);
          }}
        />
      </MapEvidenceProvider>
    </EditorProvider>
  );
}
