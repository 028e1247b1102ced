"use client";
import { forwardRef, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger, keepFocusMovedByItem } from "@/components/ui/dropdown-menu";
import { cn } from "@/lib/utils";

export type MenuAction = { label: string; onSelect: () => void; disabled?: boolean };
export type MenuDeletion = { label: string; title: string; description: string; confirmLabel: string; cancelLabel: string; onConfirm: () => void };

/**
 * The one menu button of a header or card. It stays out of sight until the item is
 * hovered or something in it has focus (and always shows on touch screens, which cannot
 * hover); the menu's content mounts only when opened, so a big map carries no hidden
 * popovers. A deletion asks for confirmation in a dialog of its own.
 */
export const ItemMenu = forwardRef<
  HTMLButtonElement,
  // A function is called only when the menu opens (a card's moves depend on the whole map).
  { label: string; actions: MenuAction[] | (() => MenuAction[]); deletion?: MenuDeletion; className?: string }
>(
  function ItemMenu({ label, actions, deletion, className }, ref) {
    const [confirming, setConfirming] = useState(false);
    return (
      <>
        <DropdownMenu modal={false}>
          <DropdownMenuTrigger
            ref={ref}
            aria-label={label}
            title={label}
            className={cn(
              "inline-flex h-6 w-6 shrink-0 items-center justify-center rounded text-muted-foreground opacity-0 hover:bg-muted hover:text-foreground focus-visible:opacity-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring group-hover:opacity-100 group-focus-within:opacity-100 data-[state=open]:opacity-100 [@media(hover:none)]:opacity-100",
              className,
            )}
          >
            {/* A text glyph rather than an icon: a big map carries one per card. */}
            <span aria-hidden className="text-base leading-none">⋯</span>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end" onCloseAutoFocus={keepFocusMovedByItem}>
            {(typeof actions === "function" ? actions() : actions).map((action) => (
              <DropdownMenuItem key={action.label} disabled={action.disabled} onSelect={action.onSelect} className="data-[disabled]:opacity-50">
                {action.label}
              </DropdownMenuItem>
            ))}
            {deletion && (
              <>
                <DropdownMenuSeparator />
                <DropdownMenuItem onSelect={() => setConfirming(true)} className="text-destructive">
                  {deletion.label}
                </DropdownMenuItem>
              </>
            )}
          </DropdownMenuContent>
        </DropdownMenu>
        {deletion && (
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            title={deletion.title}
            description={deletion.description}
            confirmLabel={deletion.confirmLabel}
            cancelLabel={deletion.cancelLabel}
            onConfirm={deletion.onConfirm}
          />
        )}
      </>
    );
  },
);
