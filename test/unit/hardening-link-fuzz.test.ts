import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswerFile } from '../../src/domain/answers/parse-answers.ts';
import { decodeLink, type LinkError } from '../../src/domain/share/link-codec.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import { sectionOf } from '../../src/domain/share/sections.ts';
import { $content } from '../../src/stores/content.ts';
import { buildRfp } from '../../src/domain/rfp/build-rfp.ts';
import { $opened, openAnswers } from '../../src/stores/opened-answers.ts';
import { $summary } from '../../src/stores/results.ts';
import { $rfpRecommendation } from '../../src/stores/rfp-document.ts';
import { content } from './helpers/content.ts';
import { fragmentArbitrary } from './helpers/fragments.ts';

const CODES: readonly LinkError['code'][] = ['empty', 'future-version', 'damaged', 'truncated', 'invalid-value', 'invalid-meta'];
const RUNS = 100_000;

/** The text the page shows for a refused link: every part present, and never the decoder's catch-all for a bug. */
function explained(error: LinkError): boolean {
  return (
    CODES.includes(error.code) &&
    [error.title, error.message, error.hint].every((t) => typeof t === 'string' && t.trim() !== '') &&
    error.message !== 'The link could not be read.'
  );
}

describe('the results and RFP pages opening a fuzzed address (openAnswers, as on load and on hashchange)', () => {
  const seen = new Map<string, number>();
  const count = (outcome: string): void => void seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
  $content.set(content);

  it(`never throw and always end with the same valid answers or the same explained refusal (${RUNS.toLocaleString('en')} fragments)`, async () => {
    await fc.assert(
      fc.asyncProperty(fragmentArbitrary(content), async (fragment) => {
        await openAnswers(content, `#${fragment}`, async () => ({ file: null, notices: [] }));
        // Both pages read a link through this one store: a link that opens on one opens on the other.
        const { phase, error, file, source } = $opened.get();
        expect(phase).toBe('open');
        if (fragment.trim() === '' || sectionOf(fragment)) {
          // Only an empty fragment falls back to saved progress (none here): the "no answers yet" screen.
          expect([source, error, file]).toEqual(['none', null, null]);
          return count('no fragment');
        }
        expect(source).toBe('link');
        if (error) {
          expect(file).toBeNull();
          expect(explained(error), JSON.stringify(error)).toBe(true);
          return count(error.code);
        }
        if (!file) throw new Error(`neither answers nor a reason for ${JSON.stringify(fragment)}`);
        expect(parseAnswerFile(content, file).ok).toBe(true);
        // What the page then shows and puts in the address bar: a recommendation (recommend() is
        // property-tested on its own, so a sample here), and a link that reopens the same answers.
        if ((seen.get('answers') ?? 0) < 1000) {
          expect($summary.get()?.recommendation.models).toBeDefined();
          const recommendation = $rfpRecommendation.get();
          if (!recommendation) throw new Error('no recommendation for the RFP');
          const doc = buildRfp(content, { recommendation, answers: file.answers, meta: file.meta }, { today: '2026-03-02' });
          expect(doc.sections.length).toBeGreaterThan(0);
        }
        expect(decodeLink(content, encodeLink(file))).toEqual({ ok: true, value: file });
        count('answers');
      }),
      { numRuns: RUNS },
    );
    // The fuzzing reached every outcome the page knows, not just the checksum's refusal.
    for (const outcome of ['answers', 'no fragment', ...CODES]) expect(seen.get(outcome) ?? 0, outcome).toBeGreaterThan(0);
    // 100,000 runs take 50 s on one idle core of a 2-core machine; give them room when the other
    // Vitest worker and other processes share the cores.
  }, 240_000);
});
