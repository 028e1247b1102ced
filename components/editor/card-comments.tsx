"use client";
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { addCommentAction } from "@/app/w/[slug]/maps/[mapId]/actions";
import { Button } from "@/components/ui/button";
import type { CommentView } from "@/lib/comments/schemas";
import { type MentionCandidate, mentionedIds } from "@/lib/editor/mentions";
import { CommentItem } from "./comment-item";
import { useEditor } from "./editor-context";
import { MentionTextarea } from "./mention-textarea";
import { useCommentAction } from "./use-comment-action";

/** A card's comments: open ones first, resolved ones dimmed, and a box to add one. */
export function CardComments({ cardId, comments }: { cardId: string; comments: CommentView[] }) {
  const t = useTranslations("editor.comments");
  const { canComment, session } = useEditor();
  const sorted = [...comments].sort((a, b) => Number(a.resolved) - Number(b.resolved));
  // A notification links to one comment (?comment=<id>): it is ringed and scrolled to.
  const linkedId = useSearchParams().get("comment");
  const linkedShown = linkedId !== null && comments.some((c) => c.id === linkedId);
  useEffect(() => {
    if (linkedShown) document.getElementById(`comment-${linkedId}`)?.scrollIntoView({ block: "center" });
  }, [linkedShown, linkedId]);
  return (
    <section aria-labelledby={`comments-${cardId}`} className="grid gap-3">
      <h3 id={`comments-${cardId}`} className="font-semibold">
        {t("title")}
      </h3>
      {!session.comments.loaded && comments.length === 0 ? (
        <p role="status" className="text-sm text-muted-foreground">
          {t("loading")}
        </p>
      ) : (
        sorted.length === 0 && <p className="text-sm text-muted-foreground">{t("empty")}</p>
      )}
      <ul className="grid gap-2">
        {sorted.map((c) => (
          <CommentItem key={c.id} comment={c} linked={c.id === linkedId} />
        ))}
      </ul>
      {canComment ? <CommentComposer cardId={cardId} /> : <p className="text-xs text-muted-foreground">{t("viewerNote")}</p>}
    </section>
  );
}

function CommentComposer({ cardId }: { cardId: string }) {
  const t = useTranslations("editor.comments");
  const { members, mapId, slug } = useEditor();
  const [body, setBody] = useState("");
  const [picked, setPicked] = useState<MentionCandidate[]>([]);
  const { pending, perform } = useCommentAction();

  const submit = () => {
    const text = body.trim();
    if (!text || pending) return;
    perform(
      () => addCommentAction(slug, { mapId, cardId, body: text, mentions: mentionedIds(text, picked) }),
      () => {
        setBody("");
        setPicked([]);
      },
    );
  };

  return (
    <form
      className="grid gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <MentionTextarea
        value={body}
        onChange={setBody}
        onPick={(m) => setPicked((p) => [...p, m])}
        members={members}
        label={t("newLabel")}
        placeholder={t("placeholder")}
        onSubmit={submit}
      />
      <div className="flex justify-end">
        <Button type="submit" size="sm" disabled={!body.trim() || pending}>
          {pending ? t("adding") : t("add")}
        </Button>
      </div>
    </form>
  );
}
