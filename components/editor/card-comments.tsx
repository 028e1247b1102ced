"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { addComment, type CommentData, setCommentResolved } from "@/lib/journey/map-document";
import { type MentionCandidate, mentionedIds, splitMentions } from "@/lib/editor/mentions";
import { cn } from "@/lib/utils";
import { useEditor } from "./editor-context";
import { MentionTextarea } from "./mention-textarea";

/** A card's comments: open ones first, resolved ones dimmed, and a box to add one. */
export function CardComments({ cardId, comments }: { cardId: string; comments: CommentData[] }) {
  const t = useTranslations("editor.comments");
  const { doc, canEdit, me, members } = useEditor();
  const [body, setBody] = useState("");
  const [picked, setPicked] = useState<MentionCandidate[]>([]);
  const sorted = [...comments].sort((a, b) => Number(a.resolved) - Number(b.resolved));

  const submit = () => {
    const text = body.trim();
    if (!text) return;
    addComment(doc, { cardId, authorId: me.id, authorName: me.name, body: text, mentions: mentionedIds(text, picked) });
    setBody("");
    setPicked([]);
  };

  return (
    <section aria-labelledby={`comments-${cardId}`} className="grid gap-3">
      <h3 id={`comments-${cardId}`} className="font-semibold">
        {t("title")}
      </h3>
      {sorted.length === 0 && <p className="text-sm text-muted-foreground">{t("empty")}</p>}
      <ul className="grid gap-2">
        {sorted.map((c) => (
          <CommentItem key={c.id} comment={c} members={members} canResolve={canEdit} onResolve={(r) => setCommentResolved(doc, c.id, r)} />
        ))}
      </ul>
      {canEdit && (
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
            <Button type="submit" size="sm" disabled={!body.trim()}>
              {t("add")}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function CommentItem({
  comment,
  members,
  canResolve,
  onResolve,
}: {
  comment: CommentData;
  members: MentionCandidate[];
  canResolve: boolean;
  onResolve: (resolved: boolean) => void;
}) {
  const t = useTranslations("editor.comments");
  const format = useFormatter();
  const names = members.filter((m) => comment.mentions.includes(m.userId)).map((m) => m.name);
  const created = new Date(comment.createdAt);
  return (
    <li data-testid="comment" data-resolved={comment.resolved} className={cn("rounded-md border border-border p-2 text-sm", comment.resolved && "opacity-60")}>
      <div className="flex items-baseline justify-between gap-2 text-xs text-muted-foreground">
        <span className="font-medium text-foreground">{comment.authorName}</span>
        {!Number.isNaN(created.getTime()) && <time dateTime={comment.createdAt}>{format.dateTime(created, { dateStyle: "short", timeStyle: "short" })}</time>}
      </div>
      <p className="mt-1 whitespace-pre-wrap break-words">
        {splitMentions(comment.body, names).map((segment, i) =>
          segment.mention ? (
            <mark key={i} className="rounded bg-primary/10 px-0.5 text-primary">
              {segment.text}
            </mark>
          ) : (
            <span key={i}>{segment.text}</span>
          ),
        )}
      </p>
      <div className="mt-1 flex items-center justify-between text-xs">
        {comment.resolved && <span className="text-muted-foreground">{t("resolved")}</span>}
        {canResolve && (
          <Button variant="link" size="sm" className="ml-auto h-auto p-0 text-xs" onClick={() => onResolve(!comment.resolved)}>
            {comment.resolved ? t("reopen") : t("resolve")}
          </Button>
        )}
      </div>
    </li>
  );
}
