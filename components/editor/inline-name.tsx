"use client";
import { useEffect, useRef, useState } from "react";
import { cn } from "@/lib/utils";

/**
 * The input of a name being renamed: Enter or leaving the field saves, Escape cancels.
 * Empty names are not saved.
 */
export function InlineName({
  value,
  onEditingChange,
  onSave,
  inputLabel,
  className,
}: {
  value: string;
  onEditingChange: (editing: boolean) => void;
  onSave: (value: string) => void;
  inputLabel: string;
  className?: string;
}) {
  const [draft, setDraft] = useState(value);
  const input = useRef<HTMLInputElement>(null);

  // Only when renaming starts: later remote renames must not overwrite what is being typed.
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const finish = (save: boolean) => {
    const name = draft.trim();
    if (save && name && name !== value) onSave(name);
    onEditingChange(false);
  };

  return (
    <input
      ref={input}
      aria-label={inputLabel}
      value={draft}
      maxLength={120}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          finish(true);
        } else if (e.key === "Escape") {
          e.preventDefault();
          finish(false);
        }
      }}
      className={cn("w-full min-w-0 rounded border border-ring bg-background px-1 py-0.5 text-sm font-normal outline-none", className)}
    />
  );
}
