/**
 * The RFP page's fixed wording. The page passes it to the island as a prop, so the words travel in
 * the HTML instead of the JavaScript budget; islands import only its type. "{name}" marks a value
 * filled in by fill() (see fill.ts).
 */
export const RFP_COPY = {
  heading: 'Request for proposal draft',
  drafting: 'Drafting the request for proposal…',
  reading: 'Reading the answers saved in this browser…',
  start: 'Start the questionnaire',
  none: {
    title: 'There are no answers to draft from yet',
    text: 'This page drafts a request for proposal from your recommendation: open it from the link to a recommendation, or answer the questionnaire in this browser first.',
  },
  intro:
    'A draft to finish: the fields with a dotted underline are for you to fill in. What you type is kept in this browser for this link only, never sent anywhere, and goes into the printout and both downloads.',
  // For a page opened without a link; other notices (an answer dropped, a newer version) keep the questionnaire's wording.
  savedNotices: {
    'progress-unreadable': {
      title: 'Your saved answers could not be read',
      message:
        'The progress saved in this browser is damaged, so there are no answers to draft from. Start the questionnaire again, or open the draft from the link to a recommendation.',
    },
    'storage-unavailable': {
      title: 'This browser blocks storage for the site',
      message: 'The answers saved by the questionnaire cannot be read here, but the draft still opens from the link to a recommendation.',
    },
  },
  notices: {
    unavailable: {
      title: 'Your entries are not being kept.',
      message: 'This browser blocks storage for the site, so what you type here is lost when the tab closes or reloads.',
      hint: 'You can still fill in the draft: print it or download it before you leave the page.',
    },
    full: {
      title: 'Your latest entries are not kept.',
      message: "This browser's storage for the site is full, so your latest entries are lost when the tab closes or reloads.",
      hint: 'They stay while this tab is open: print or download the draft before you leave the page.',
    },
    unreadable: {
      title: 'Your earlier entries could not be read.',
      message: 'The entries kept in this browser for this link are damaged or from another version, so the draft starts afresh.',
      hint: 'Fill in the fields again; from now on they are kept as you type.',
    },
  },
  print: 'Print / Save as PDF',
  word: 'Download as Word',
  markdown: 'Download as Markdown',
  back: 'Back to the recommendation',
  preparing: 'Preparing the file…',
  downloaded: 'Downloaded {file}.',
  failed: 'The file could not be made: check your connection and press the button again.',
  draftFailed: 'The sections of the draft could not be loaded: check your connection and reload the page.',
  choice: {
    legend: 'Draft a tender anyway',
    lead: 'The recommendation is to keep the work in-house, so there is nothing to tender. To go to market for a service anyway, tick it: the full request for proposal for it replaces the short note below. Untick every service to go back to the note.',
    score: '(score {score} of 100)',
  },
} as const;

export type RfpCopy = typeof RFP_COPY;
