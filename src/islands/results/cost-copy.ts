/**
 * The cost view's fixed wording. Unlike the rest of the results page's words (copy.ts, passed as a
 * prop in the HTML), these travel in the cost view's own chunk: they load with it, on the first
 * opening of "What it would cost", and a page that never opens it never downloads them. Words
 * with figures in them are functions.
 */

/** "1 year", "3 years", "0.53 years". */
export function yearsWords(n: number): string {
  return n === 1 ? '1 year' : `${n} years`;
}

export const COST_COPY = {
  intro: (currency: string, years: number): string =>
    `In ${currency}, over ${yearsWords(years)}. Each range runs from the low to the high end of the published figures; your own figures are used as given.`,
  noCurrency:
    'No currency is chosen yet, so money figures carry no symbol and no benchmark quoted in money can be used. Choose one under the assumptions.',
  positive: 'A difference above zero means handing the work over costs less than keeping it in-house.',
  nothing: 'Nothing is recommended, so there is nothing to cost yet. Add the runner-up to see what the closest model would cost.',
  runnerUp: (model: string): string => `Add the runner-up (${model})`,
  runnerUpNote: 'Not recommended: shown for comparison',
  baseline: (scope: string): string => `In-house baseline: ${scope}.`,
  caption: (model: string, currency: string): string => `${model} in ${currency}, low to high`,
  line: 'Line',
  per: 'Paid',
  low: 'Low',
  high: 'High',
  yearly: 'every year',
  oneOff: 'once',
  needs: 'Needs your figure: ',
  needsAnswer: 'Needs your answer on HR admin time: ',
  needsAbove: 'Needs the figures named above.',
  andAbove: ', and those above',
  difference: 'Difference per year',
  running: 'Running total of the difference',
  after: 'After',
  year: (n: number): string => `Year ${n}`,
  missing: 'The totals need these figures first: ',
  payback: (years: number): string => `At the typical figures, the transition is paid back after ${yearsWords(years)}.`,
  noPayback: 'At the typical figures, the yearly difference never pays back the transition.',
  sensitivity: (label: string, n: number, low: string, high: string, flips: boolean): string =>
    `${label} moves the ${n}-year difference from ${low} to ${high}${flips ? ', and flips its sign' : ''}.`,
  chartTitle: (model: string): string => `Running total of the difference for ${model}, year by year`,
  chartDesc: (years: number, range: string): string =>
    `A band from the low to the high figure at the end of each year, starting from the transition paid up front, against zero. After ${yearsWords(years)}: ${range}.`,
  chartPayback: 'Paid back',
  status: (model: string, years: number, range: string): string => `${model}: ${range} over ${yearsWords(years)}.`,
  assumptions: {
    title: 'Assumptions',
    intro:
      'Every figure the view uses, and where it comes from. Type your own figure to use it instead, or clear it to go back to the published one. Your figures are answers: they go into this page\u2019s link, so the share link and the RFP draft carry them too.',
    currency: 'Currency',
    currencyHelp:
      'Every money figure is read in this currency. Nothing is converted: a benchmark published in another currency is not used.',
    noCurrency: 'Not chosen',
    years: 'Years compared',
    yearsFromAnswer: 'From the length of engagement you expect.',
    yearsDefault: 'Three years, until you say otherwise.',
    used: 'Used: ',
    none: 'nothing yet',
    your: 'Your figure',
    from: 'From: ',
    yourAnswer: 'your answer.',
    sourceLink: 'the source',
    note: 'What this figure measures',
    noBenchmark: 'No public benchmark: enter your figure.',
    otherCurrency: (currency: string, source: string): string =>
      `Published only in ${currency} (${source}), which is never converted: enter your figure.`,
    derived: 'From your answer on how much of HR time goes on administration.',
    derivedChange: 'Change it',
    derivedMissing: 'Answer how much of HR time goes on administration:',
    derivedAsk: 'open the question',
    published: (figure: string, source: string): string =>
      `The published figure is ${figure} (${source}); empty the field to use it again.`,
    invalidKeeps: ' Until then the view keeps the figure above.',
  },
};

/** The bids' fixed wording, in the cost view's chunk. */
export const BIDS_COPY = {
  title: 'Bids received',
  intro: (years: string, client: string): string =>
    `When proposals arrive, enter each bidder's price in the structure the RFP asked for. Each total covers ${years} with the same cost of managing the provider and exit as above, beside the in-house cost of the work bid for. The bids are kept in this browser${client ? ` for ${client}` : ''}, not in the link.`,
  caption: (years: string): string => `Bids over ${years}, beside the in-house cost`,
  bidder: 'Bidder',
  model: 'Model bid for',
  structure: 'Pricing',
  price: 'Price',
  rate: 'Price, in whole units',
  oneOff: 'One-off charges (transition, set-up)',
  total: 'Total',
  difference: 'Less than in-house by',
  actions: 'Remove',
  remove: 'Remove',
  plusOnce: (amount: string): string => `, plus ${amount} once`,
  needs: (figures: string): string => `Needs: ${figures}.`,
  share: (id: string): string => (id === 'governance_pct' ? 'the cost of managing the provider' : 'the exit cost'),
  positive: 'A negative figure means the bid costs more than keeping the work in-house.',
  addTitle: 'Add a bid',
  add: 'Add the bid',
  needsRate: "Price, in whole units: enter the bid's price, for example 1,200.",
  added: (bidder: string): string => `${bidder}'s bid is added.`,
  removed: (bidder: string): string => `${bidder}'s bid is removed.`,
  imported: (file: string): string => `The bids in ${file} are added.`,
  exported: (file: string): string => `The bids are saved as ${file}.`,
  export: 'Export the bids',
  import: 'Import a bid file',
  clear: 'Clear the stored bids',
  privacy:
    'The bid file is the one the command line reads (npm run recommend -- answers.json --bids bids.json). Nothing you enter here leaves this browser.',
} as const;
