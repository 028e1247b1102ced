/** What a server action returns to a form: data, or a message key with per-field errors. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export type FormState<T = undefined> = ActionResult<T> | null;
