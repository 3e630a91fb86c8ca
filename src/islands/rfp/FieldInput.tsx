import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { EDIT_MAX_LENGTH } from '../../domain/rfp/draft-codec.ts';
import type { FieldNode } from '../../domain/rfp/document.ts';
import { dropBlankEdit, setEdit } from '../../stores/rfp-draft.ts';

/** The buyer's entries exactly as typed, by field id: given once for the whole draft (see draft.tsx), not read by every field. */
export const Edits = createContext<Readonly<Record<string, string>>>({});

interface Props {
  readonly node: FieldNode;
  /** Where the field sits when its label alone is ambiguous, e.g. the row of a table ("Month 3"). */
  readonly context?: string | undefined;
}

/**
 * A field only the buyer knows, editable in place: an input on screen, its text in print. An empty
 * field is marked "to fill in" both ways (a dotted underline and its label in brackets).
 */
export function FieldInput({ node, context }: Props) {
  const edits = useContext(Edits);
  // The input shows exactly what was typed (spaces included); the document trims it.
  const raw = Object.hasOwn(edits, node.id) ? (edits[node.id] ?? '') : (node.defaultValue ?? '');
  const placeholder = `[${node.label}]`;
  const label = context && context !== node.label ? `${node.label}, ${context}` : node.label;
  const empty = node.value === undefined;
  return (
    <span class={empty ? 'rfp-field rfp-field--empty' : 'rfp-field'}>
      <input
        class="rfp-field__input no-print"
        type={node.input}
        aria-label={label}
        value={raw}
        placeholder={node.input === 'text' ? placeholder : undefined}
        size={node.input === 'text' ? Math.min(48, Math.max(6, (raw || placeholder).length + 1)) : undefined}
        maxLength={EDIT_MAX_LENGTH}
        data-field={node.id}
        onInput={(event) => setEdit(node.id, event.currentTarget.value)}
        // A field cleared and left empty gets its suggestion back.
        onBlur={() => dropBlankEdit(node.id)}
      />
      <span class="rfp-field__print">{node.value ?? placeholder}</span>
    </span>
  );
}
