/** The line under the quick check's heading, measured with its questions for "about N minutes". */
export const QUICK_CHECK_INTRO =
  'Answer what you know; "Not sure" is always an answer. The result beside the questions changes with each answer, and the whole result is one click away.';
