import type { ListEntry } from '../../domain/saved/saved-list.ts';

/** What the list page last did, said in its status line: text, and an entry that Undo puts back. */
export interface Said {
  readonly text: string;
  readonly undo?: { readonly index: number; readonly entry: ListEntry };
}
