import { CONFIDENCE_PHRASES } from '../../domain/report/confidence-words.ts';

/**
 * The results page's fixed wording. The page passes it to the island as a prop, so the words
 * travel in the HTML instead of the JavaScript budget; islands import only its type. "{name}"
 * marks a value filled in by fill() (see fill.ts).
 */
export const RESULTS_COPY = {
  confidence: CONFIDENCE_PHRASES,
  working: 'Working out the recommendation…',
  reading: 'Reading the answers saved in this browser…',
  // For a page opened without a link; other notices (an answer dropped, a newer version) keep the questionnaire's wording.
  savedNotices: {
    'progress-unreadable': {
      title: 'Your saved answers could not be read',
      message:
        'The progress saved in this browser is damaged, so there is no recommendation to show from it. Start the questionnaire again, or open the whole link to a recommendation.',
    },
    'storage-unavailable': {
      title: 'This browser blocks storage for the site',
      message: 'The answers saved by the questionnaire cannot be read here, but a link to a recommendation still opens in full.',
    },
  },
  start: 'Start the questionnaire',
  empty: {
    title: 'No answers to show yet',
    text: 'Your recommendation appears here once you have answered the questionnaire; any question can be left as "not sure". If someone sent you a link, open that whole link: the answers are inside it.',
  },
  source: {
    link: "From the answers in this page's link. Opening a link never changes the answers saved in this browser.",
    saved: 'From the answers saved in this browser.',
  },
  preparedFor: 'Prepared for',
  preparedBy: 'Prepared by',
  noClearWinner: 'No clear winner.',
  verdict: {
    outsource: 'Outsource',
    in_house: 'Keep it in-house for now',
    undetermined: 'Not enough to go on yet',
  },
  open: 'Answer a few more questions: the ones marked open below decide it.',
  openLink: 'Answer the open questions',
  shapes: 'How to buy it',
  alternatives: 'Beyond the four models',
  decided: 'What decided it',
  printLink: 'This recommendation online: {url}',
  printedOn: 'Printed {date}',
  more: {
    why: 'Why: every point of every score',
    whatIf: 'What would change it',
    watch: 'Risks, KPIs and scope notes',
    method: 'How sure, and how it was worked out',
  },
  // The title and the loading line of "What it would cost"; the view's own words load with it (cost-copy.ts).
  cost: {
    title: 'What it would cost',
    loading: 'Working out the costs…',
    failed:
      'The cost view could not be loaded: part of this page did not load. Reload the page and open it again; the link keeps every answer.',
  },
  actions: {
    share: 'Share this recommendation',
    printFull: 'Print the full report',
  },
  scores: {
    title: 'Scores',
    intro: 'Each model is scored from 0 to 100. A model is recommended at {line} or more (the mark on each bar).',
    of100: ' of 100',
    in: 'Recommended',
    out: 'Not recommended',
    undecided: 'Open',
    range: 'could still be {low} to {high}',
    settled: 'settled',
  },
  next: {
    title: 'What to do next',
    rfp: 'Print or export the RFP draft',
    rfpText: 'The RFP draft is a request for proposal for {label}, ready to complete, print or export and send to providers.',
    guides: 'Read the guides',
    guidesText: 'The guides say when each model starts to pay off; come back when things change.',
    guide: 'Read the guide to {model}',
    guideText: ': what it covers, how it is priced, what to ask.',
    edit: 'Edit these answers',
    editText: 'in the questionnaire, then see the recommendation again.',
  },
  loadingPart: 'Loading…',
  partUnavailable: 'This part could not be loaded: check your connection, then close it and open it again.',
  // The button; the dialog's words load with it (keep-copy.ts).
  keep: { button: 'Add to my list' },
  unavailable:
    'The questionnaire could not be opened: part of this page did not load. Reload the page and try again; the link keeps every answer.',
};

export type ResultsCopy = typeof RESULTS_COPY;
