/** The words of sharing a result and naming it: loaded with the share panel and the forms that name it, not with the summary. */
export const SHARE_COPY = {
  title: 'Share this recommendation',
  intro:
    'The link holds every answer and the names below. Whoever opens it sees this same recommendation, and their own saved answers stay as they are.',
  optional: '(optional)',
  clientHelp: "The client's name, if you want it on the page.",
  preparedByHelp: 'Your name or firm.',
  nameHelp: ' Stored in the link as plain text, at most 120 characters.',
  link: 'Link to this recommendation',
  copy: 'Copy link',
  copied: 'Link copied. Paste it into an email or a document.',
  select: 'This browser did not let the page copy. The link is selected: press Ctrl+C (or Cmd+C on a Mac) to copy it.',
};
