/** A problem explained for people: what is wrong, where, and what to do. */
export interface FriendlyError {
  readonly code: string;
  readonly title: string;
  readonly message: string;
  readonly hint: string;
  /** The question id or field the problem is about, when there is one. */
  readonly field?: string;
}

export type Result<T, E = FriendlyError> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
