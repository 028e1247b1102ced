"use client";
import { MoreHorizontal } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { deleteCommentAction, editCommentAction, resolveCommentAction } from "@/app/w/[slug]/maps/[mapId]/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { CommentView } from "@/lib/comments/schemas";
import { type MentionCandidate, mentionedIds, splitMentions } from "@/lib/editor/mentions";
import { cn } from "@/lib/utils";
import { useEditor } from "./editor-context";
import { MentionTextarea } from "./mention-textarea";
import { useCommentAction } from "./use-comment-action";

/** One comment: author, time, body with its mentions; resolve, and edit or delete where allowed. */
export function CommentItem({ comment, linked = false }: { comment: CommentView; linked?: boolean }) {
  const t = useTranslations("editor.comments");
  const format = useFormatter();
  const { me, members, mapId, slug, canComment, canModerateComments } = useEditor();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { pending, perform } = useCommentAction();
  const mine = comment.authorId === me.id;
  const canEditBody = canComment && mine;
  const canDelete = canComment && (mine || canModerateComments);
  const names = members.filter((m) => comment.mentions.includes(m.userId)).map((m) => m.name);
  const created = new Date(comment.createdAt);
  const author = comment.authorName ?? t("deletedUser");

  return (
    <li
      id={`comment-${comment.id}`}
      data-testid="comment"
      data-resolved={comment.resolved}
      data-linked={linked || undefined}
      className={cn("rounded-md border border-border p-2 text-sm", comment.resolved && "opacity-60", linked && "ring-2 ring-primary")}
    >
      <div className="flex items-baseline justify-between gap-2 text-xs text-muted-foreground">
        <span className="font-medium text-foreground">{author}</span>
        <span className="flex items-center gap-1">
          <time dateTime={comment.createdAt}>{format.dateTime(created, { dateStyle: "short", timeStyle: "short" })}</time>
          {comment.editedAt && <span>{t("edited")}</span>}
          {(canEditBody || canDelete) && (
            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button variant="ghost" size="icon" className="h-6 w-6" aria-label={t("menu", { author })}>
                  <MoreHorizontal aria-hidden className="h-3.5 w-3.5" />
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="end">
                {canEditBody && <DropdownMenuItem onSelect={() => setEditing(true)}>{t("edit")}</DropdownMenuItem>}
                {canDelete && <DropdownMenuItem onSelect={() => setConfirming(true)}>{t("delete")}</DropdownMenuItem>}
              </DropdownMenuContent>
            </DropdownMenu>
          )}
        </span>
      </div>
      {editing ? (
        <EditCommentForm comment={comment} onDone={() => setEditing(false)} />
      ) : (
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
      )}
      <div className="mt-1 flex items-center justify-between text-xs">
        {comment.resolved && <span className="text-muted-foreground">{t("resolved")}</span>}
        {canComment && !editing && (
          <Button
            variant="link"
            size="sm"
            className="ml-auto h-auto p-0 text-xs"
            disabled={pending}
            onClick={() => perform(() => resolveCommentAction(slug, { mapId, commentId: comment.id, resolved: !comment.resolved }))}
          >
            {comment.resolved ? t("reopen") : t("resolve")}
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("deleteTitle")}
        description={mine ? t("deleteOwnDescription") : t("deleteOtherDescription", { author })}
        confirmLabel={t("delete")}
        cancelLabel={t("cancel")}
        onConfirm={() => perform(() => deleteCommentAction(slug, { mapId, commentId: comment.id }))}
      />
    </li>
  );
}

function EditCommentForm({ comment, onDone }: { comment: CommentView; onDone: () => void }) {
  const t = useTranslations("editor.comments");
  const { members, mapId, slug } = useEditor();
  const [body, setBody] = useState(comment.body);
  const [picked, setPicked] = useState<MentionCandidate[]>(() => members.filter((m) => comment.mentions.includes(m.userId)));
  const { pending, perform } = useCommentAction();
  const save = () => {
    const text = body.trim();
    if (!text || pending) return;
    perform(() => editCommentAction(slug, { mapId, commentId: comment.id, body: text, mentions: mentionedIds(text, picked) }), onDone);
  };
  return (
    <form
      className="mt-1 grid gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <MentionTextarea value={body} onChange={setBody} onPick={(m) => setPicked((p) => [...p, m])} members={members} label={t("editLabel")} onSubmit={save} />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" size="sm" onClick={onDone}>
          {t("cancel")}
        </Button>
        <Button type="submit" size="sm" disabled={!body.trim() || pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
