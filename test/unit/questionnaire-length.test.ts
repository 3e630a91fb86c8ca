import { describe, expect, it } from 'vitest';
import {
  measureQuestionnaire,
  measureQuestions,
  aboutMinutes,
  READING_WORDS_PER_MINUTE,
  SECONDS_PER_ANSWER,
  SECONDS_PER_REVIEWED_ANSWER,
} from '../../src/domain/progress/questionnaire-length.ts';
import { stepIds } from '../../src/domain/progress/progress.ts';
import { sectionSchema } from '../../src/domain/schemas/question.ts';
import { content } from './helpers/content.ts';

/** Two short sections whose words can be counted by hand. */
const twoSections = [
  sectionSchema.parse({
    id: 'organisation',
    order: 1,
    title: 'Your organisation',
    intro: 'Start with the basics.', // 4
    questions: [
      {
        id: 'company_size',
        kind: 'single',
        prompt: 'How many people?', // 3
        short: 'company size',
        help: 'Count everyone on payroll.', // 4
        why: 'A long explanation that is read only when opened, so it is not counted.',
        options: [
          { value: 'small', label: 'Fewer than 50' }, // 3
          { value: 'large', label: '50 or more', help: 'Including contractors.' }, // 3 + 2
        ],
      },
    ],
  }),
  sectionSchema.parse({
    id: 'hiring',
    order: 2,
    title: 'Hiring',
    intro: 'Now hiring.', // 2
    questions: [
      {
        id: 'annual_hires',
        kind: 'number',
        prompt: 'Hires next year?', // 3
        short: 'hires',
        help: 'From outside only.', // 3
        min: 0,
        max: 1000,
        unit: 'hires a year', // 3
      },
      {
        id: 'hr_admin_burden',
        kind: 'scale',
        prompt: 'Admin load?', // 2
        short: 'admin',
        help: 'Best guess.', // 2
        min: 1,
        max: 2,
        labels: ['1 - Light', '2 - Heavy'], // 3 + 3
      },
    ],
  }),
];

describe('how long the questionnaire takes', () => {
  it('counts the words always on screen, not "why we ask", and allows time to answer and to check each question', () => {
    const length = measureQuestionnaire(twoSections);
    expect(length.words).toBe(4 + 3 + 4 + 3 + 5 + 2 + 3 + 3 + 3 + 2 + 2 + 6);
    expect(length.questions).toBe(3);
    const seconds = (40 / READING_WORDS_PER_MINUTE) * 60 + 3 * (SECONDS_PER_ANSWER + SECONDS_PER_REVIEWED_ANSWER);
    expect(length.minutes).toBe(Math.max(1, Math.round(seconds / 60)));
    expect(length.minutes).toBe(1);
  });

  it('grows with the content: more questions take more minutes', () => {
    const many = Array.from({ length: 12 }, (_, i) => sectionSchema.parse({ ...twoSections[1], id: `section-${i}`, order: i + 1 }));
    expect(measureQuestionnaire(many).minutes).toBeGreaterThan(measureQuestionnaire(twoSections).minutes);
  });

  it('counts the steps the progress bar counts: every section, then the check of your answers', () => {
    expect(measureQuestionnaire(twoSections).steps).toBe(3);
    expect(measureQuestionnaire(content.sections).steps).toBe(stepIds(content).length);
    expect(measureQuestionnaire(content.sections).steps).toBe(content.sections.length + 1);
  });

  it('measures the real questionnaire at a few minutes, not a quarter of an hour', () => {
    const { minutes, questions, optionalQuestions, optionalMinutes } = measureQuestionnaire(content.sections);
    const inSections = (optional: boolean): number =>
      content.sections.filter((s) => (s.optional === true) === optional).flatMap((s) => s.questions).length;
    expect(questions).toBe(inSections(false));
    expect(optionalQuestions).toBe(inSections(true));
    expect(optionalMinutes).toBeGreaterThanOrEqual(1);
    expect(minutes).toBeGreaterThanOrEqual(3);
    expect(minutes).toBeLessThanOrEqual(12);
  });

  it('measures a few questions on one page (the quick check) the same way, without a check of answers: the live result is that check', () => {
    const [organisation, hiring] = twoSections;
    const picked = [...(organisation?.questions ?? []), ...(hiring?.questions.slice(1) ?? [])];
    const length = measureQuestions(picked, 'Answer what you know.'); // 4
    expect(length.questions).toBe(2);
    expect(length.words).toBe(4 + (3 + 4 + 3 + 5) + (2 + 2 + 6));
    expect(length.seconds).toBe(Math.round((29 / READING_WORDS_PER_MINUTE) * 60 + 2 * SECONDS_PER_ANSWER));
    expect(length.minutes).toBe(1);
    expect(measureQuestions([], '').minutes).toBe(0);
  });

  it('says "about N minutes" to the nearest minute, and never "about 0 minutes" for something to do', () => {
    expect([1, 29, 30, 89, 90, 149, 150, 151].map(aboutMinutes)).toEqual([1, 1, 1, 1, 2, 2, 3, 3]);
    expect(aboutMinutes(0)).toBe(0);
  });
});
