/** A notice's words: what happened, what it means, and what to do (optional). */
export interface NoticeText {
  readonly title: string;
  readonly message: string;
  readonly hint?: string;
}

interface Props {
  readonly notices: readonly NoticeText[];
  /** "alert" for what interrupts the task at hand (the questionnaire's saving); "status" for what the page opened with. */
  readonly role: 'alert' | 'status';
  /** Offers a Dismiss button on each notice when given. */
  readonly onDismiss?: (notice: NoticeText) => void;
}

/**
 * What the visitor should know about their saved answers or entries: storage blocked or full,
 * progress damaged, an answer dropped. The same look on every page. A live region that stays in
 * place while empty, so notices added later are announced.
 */
export function Notices({ notices, role, onDismiss }: Props) {
  return (
    <div class="notices" role={role}>
      {notices.map((notice, i) => (
        <div key={`${notice.title}-${i}`} class="notice">
          <p class="notice__title">{notice.title}</p>
          <p>
            {notice.message}
            {notice.hint ? ` ${notice.hint}` : ''}
          </p>
          {onDismiss && (
            <button type="button" class="button button--secondary button--small" onClick={() => onDismiss(notice)}>
              Dismiss<span class="visually-hidden"> this message</span>
            </button>
          )}
        </div>
      ))}
    </div>
  );
}

/** A page's own wording for some notice codes; other notices keep their own title and message. */
export type NoticeWording = Readonly<Record<string, { readonly title: string; readonly message: string }>>;

/** The notices saved answers ran into, in a page's words: a title and a message each. */
export function worded(notices: readonly (NoticeText & { readonly code: string })[], wording: NoticeWording): NoticeText[] {
  return notices.map((notice) => wording[notice.code] ?? { title: notice.title, message: notice.message });
}
