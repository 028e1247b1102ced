"use client";
import { startTransition } from "react";
import type * as React from "react";

/**
 * An onSubmit that hands the form's data to a useActionState action. Dispatched by hand
 * because a form `action` would reset the fields even when the server refuses them.
 */
export function submitKeepingFields(action: (form: FormData) => void) {
  return (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(() => action(form));
  };
}
