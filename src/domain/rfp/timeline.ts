import type { TimelineKey } from './constants.ts';

/** Suggested milestone dates as YYYY-MM-DD. */
export type RfpTimeline = Readonly<Record<TimelineKey, string>>;

// Calendar days after the issue date: about two weeks for written questions, four weeks to write a
// proposal, two weeks each to evaluate and to decide, then a month to sign before the transition starts.
const OFFSETS: Readonly<Record<TimelineKey, number>> = {
  issue: 0,
  'questions-due': 10,
  'answers-published': 14,
  'proposals-due': 28,
  shortlist: 42,
  award: 56,
  start: 84,
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

function parseIsoDate(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? time : null;
}

function formatIsoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Sensible default dates for the tender, counted from `today` (YYYY-MM-DD; the caller reads the
 * clock, this never does). A date that falls on a Saturday or Sunday moves to the Monday after.
 * Throws a RangeError when `today` is not a real date.
 */
export function defaultTimeline(today: string): RfpTimeline {
  const start = parseIsoDate(today);
  if (start === null) throw new RangeError(`today must be a date written YYYY-MM-DD; got ${JSON.stringify(today)}`);
  const at = (key: TimelineKey): string => {
    const time = start + OFFSETS[key] * DAY_MS;
    const weekday = new Date(time).getUTCDay();
    const shift = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
    return formatIsoDate(time + shift * DAY_MS);
  };
  return {
    issue: at('issue'),
    'questions-due': at('questions-due'),
    'answers-published': at('answers-published'),
    'proposals-due': at('proposals-due'),
    shortlist: at('shortlist'),
    award: at('award'),
    start: at('start'),
  };
}
