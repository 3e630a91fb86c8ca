/**
 * The wording of the compare page (/compare/). The page passes it to the island as a prop, so the
 * words travel in the HTML instead of the JavaScript budget. "{name}" marks a value filled in by fill().
 */
export const COMPARE_COPY = {
  failed: 'The comparison could not be loaded: part of this page did not load. Reload the page; the link keeps every scenario.',
  empty: {
    title: 'Nothing to compare yet',
    text: 'Tick two to four recommendations in "My recommendations" and press "Compare the ticked ones", or press "Compare side by side" in a what-if preview on a results page.',
  },
  list: 'My recommendations',
  start: 'Start the questionnaire',
  scenario: 'Scenario {n}',
  noClient: 'No client named',
  preparedBy: 'by {name}',
  open: 'Open the full recommendation',
  openFor: ' for {name}',
  table: 'The scenarios side by side',
  scroll: 'The comparison (scrolls sideways)',
  verdict: 'Verdict',
  verdicts: {
    outsource: 'Outsource',
    in_house: 'Keep it in-house for now',
    undetermined: 'Not enough to go on yet',
  },
  confidence: 'Confidence',
  confidences: { high: 'High', medium: 'Medium', low: 'Low' },
  scores: 'Scores, from 0 to 100 (recommended at {line} or more)',
  range: 'could still be {low} to {high}',
  recommended: 'recommended',
  answers: 'Answers that differ',
  sameAnswers: 'Every answer is the same in all of them.',
  reasons: 'Reasons that differ',
  sameReasons: 'Every reason is the same in all of them.',
  costs: 'What outsourcing saves (a minus: costs) over the years compared',
  costCell: '{amount} over {years} years',
  costMissing: 'Needs {count} more figures (see its results page, "What it would cost")',
  noPoints: 'No points from this answer.',
  differs: ' (differs from the first)',
  print: 'Print (landscape)',
  copyLink: 'Copy the link to this comparison',
  copied: 'Link copied: it opens this same comparison anywhere, with nothing saved there.',
  select: 'This browser did not let the page copy. The link is selected: press Ctrl+C (or Cmd+C on a Mac) to copy it.',
  link: 'Link to this comparison',
  linkHelp: 'The link holds every scenario (answers, names and labels); nothing is sent to a server.',
  printLink: 'this comparison online: {url}',
  printedOn: 'Printed {date}',
};

export type CompareCopy = typeof COMPARE_COPY;
