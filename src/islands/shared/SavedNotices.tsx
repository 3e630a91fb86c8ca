import type { FriendlyError } from '../../domain/errors.ts';

/** The page's own wording for a notice code, from its copy props; the notice's own text otherwise. */
export type NoticeWording = Readonly<Record<string, { readonly title: string; readonly message: string }>>;

interface Props {
  readonly notices: readonly FriendlyError[];
  readonly wording: NoticeWording;
  readonly className: string;
}

/** What reading this browser's saved answers ran into: progress damaged, answers dropped (each named), storage blocked. */
export function SavedNotices({ notices, wording, className }: Props) {
  if (notices.length === 0) return null;
  return (
    <div class={className} role="status">
      {notices.map((notice, i) => {
        const text = wording[notice.code] ?? notice;
        return (
          <p key={`${notice.code}-${notice.field ?? i}`}>
            <strong>{text.title}.</strong> {text.message}
          </p>
        );
      })}
    </div>
  );
}
