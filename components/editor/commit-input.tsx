"use client";
import { useEffect, useRef, useState } from "react";
import type * as React from "react";
import { Input, Textarea } from "@/components/ui/input";

type Common = { value: string; onCommit: (value: string) => void };

/**
 * The field's own draft while focused, the document's value otherwise; leaving the field
 * commits the trimmed draft when it changed (an empty one only where `allowEmpty`).
 */
function useCommitDraft(value: string, onCommit: (value: string) => void, allowEmpty: boolean) {
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  // Escape blurs in the same event, before a state update could reach onBlur's closure.
  const cancelled = useRef(false);
  useEffect(() => {
    if (!focused) setDraft(value);
  }, [value, focused]);
  const fieldProps = {
    value: draft,
    onFocus: () => setFocused(true),
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(e.target.value),
    onBlur: () => {
      setFocused(false);
      if (cancelled.current) {
        cancelled.current = false;
        setDraft(value);
        return;
      }
      const next = draft.trim();
      if (next !== value && (next || allowEmpty)) onCommit(next);
      else setDraft(value);
    },
  };
  const cancel = (field: HTMLElement) => {
    cancelled.current = true;
    field.blur();
  };
  return { fieldProps, cancel };
}

/**
 * A text field that writes to the map when the user leaves it or presses Enter, so a
 * half-typed word never reaches the others; while not focused it follows the document.
 */
export function CommitInput({ value, onCommit, ...props }: Common & Omit<React.ComponentProps<"input">, "value" | "onChange">) {
  const { fieldProps, cancel } = useCommitDraft(value, onCommit, true);
  return (
    <Input
      {...props}
      {...fieldProps}
      onKeyDown={(e) => {
        if (e.key === "Enter") e.currentTarget.blur();
        if (e.key === "Escape") cancel(e.currentTarget);
      }}
    />
  );
}

/** The multi-line twin of CommitInput (Enter adds a line; leaving the field saves; an emptied field goes back to its value). */
export function CommitTextarea({ value, onCommit, ...props }: Common & Omit<React.ComponentProps<"textarea">, "value" | "onChange">) {
  const { fieldProps } = useCommitDraft(value, onCommit, false);
  return <Textarea {...props} {...fieldProps} />;
}
