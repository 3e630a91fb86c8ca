/**
 * The results page's words for the parts shown on demand (the reasons, what would change it, what
 * to watch, the method) and for replacing saved answers: loaded with those parts, not with the
 * summary. "{name}" marks a value filled in by fill() (see fill.ts).
 */
export const DETAIL_COPY = {
  why: {
    intro: 'Every point of every score, strongest first, with the answer that caused it.',
    model: '{model}: {score} points',
    none: 'No rule gave or took points.',
    points: ' points',
    capped: ' (of {points}, capped)',
    answer: 'Your answer on {question}: {answer}.',
  },
  change: 'Change it',
  changeFor: ' (your answer on {question})',
  changes: {
    none: 'No single answer, changed on its own, would change the recommendation.',
  },
  watch: {
    nothing: 'With nothing to hand over, there are no provider risks or contract KPIs to manage yet.',
    risks: 'Risks to manage',
    raised: ' Your answers raise it.',
    mitigation: 'What to do:',
    kpis: 'KPIs for the contract',
    priority: ' (a priority, given your answers)',
    measured: 'Measured as:',
    notes: 'Scope notes',
  },
  whatIf: {
    preview: 'Preview',
    previewFor: ' this change',
    title: 'What if',
    now: 'Your result',
    then: 'With this change',
    back: 'Back to my result',
    note: 'A preview only: the link, the answers saved in this browser and the RFP draft stay as they are.',
    compare: 'Compare side by side, to print or send',
    asAnswered: 'as answered',
  },
  dropped: 'Not scored, because their questions no longer apply to your other answers: {list}.',
  methodLink: 'How every recommendation is worked out: the methodology',
  replace: {
    title: 'Replace your saved answers?',
    text: 'This browser holds answers you saved in the questionnaire, and they differ from the ones on this page. Editing these answers replaces yours, and that cannot be undone.',
    keep: 'Keep my saved answers',
    replace: 'Replace them and edit these',
    own: 'Open my own saved answers instead',
  },
};
