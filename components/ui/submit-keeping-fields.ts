"use client";
import { startTransition, useEffect, useRef } from "react";
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

/**
 * For sign-in and sign-up: what was typed stays after a refusal, except the password,
 * which is emptied so it is typed again. Returns the form's ref and onSubmit; the form
 * keeps its `action` too, so it still posts without JavaScript.
 */
export function useKeepFieldsButPassword(action: (form: FormData) => void, refused: unknown) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!refused) return;
    const password = form.current?.elements.namedItem("password");
    if (password instanceof HTMLInputElement) password.value = "";
  }, [refused]);
  return { ref: form, onSubmit: submitKeepingFields(action) };
}
