import { useState } from 'preact/hooks';
import type { FriendlyError } from '../../domain/errors.ts';
import { setMetaText } from '../../stores/opened-answers.ts';
import type { ResultsCopy } from './copy.ts';

interface Props {
  readonly field: 'client' | 'preparedBy';
  readonly label: string;
  readonly help: string;
  readonly value: string | undefined;
  readonly copy: ResultsCopy;
}

/** An optional name stored in the link; a name that cannot be stored is explained beside the field and left out. */
export function MetaField({ field, label, help, value, copy }: Props) {
  const [error, setError] = useState<FriendlyError | null>(null);
  const id = `rs-${field}`;
  return (
    <div class="rs-field">
      <label class="rs-label" for={id}>
        {label} <span class="muted">{copy.share.optional}</span>
      </label>
      <p id={`${id}-help`} class="rs-help">
        {help}
        {copy.share.nameHelp}
      </p>
      <input
        id={id}
        class="rs-input"
        type="text"
        autoComplete="off"
        defaultValue={value ?? ''}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error ${id}-help` : `${id}-help`}
        onInput={(event) => setError(setMetaText(field, event.currentTarget.value))}
      />
      <p id={`${id}-error`} class="rs-error" role="alert" hidden={!error}>
        {error?.message}
      </p>
    </div>
  );
}
