import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../src/domain/answers/answers.ts';
import type { Change } from '../../src/domain/engine/recommendation.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import { $content } from '../../src/stores/content.ts';
import { $fragment, $opened, openAnswers } from '../../src/stores/opened-answers.ts';
import { $previewResult, $result } from '../../src/stores/result-details.ts';
import { $preview, connectTitle, resultTitle } from '../../src/stores/results.ts';
import { content } from './helpers/content.ts';
import { $brand } from '../../src/stores/brand.ts';

/** A result with one hiring answer that, raised, changes the set: built for this test. */
const FILE: AnswerFile = { answers: { annual_hires: 30, recruiting_capacity: 'stretched' }, meta: { client: 'Acme GmbH' } };

afterEach(() => {
  $preview.set(null);
  $opened.set({ phase: 'waiting', source: 'none', error: null, file: null, notices: [], opening: 0 });
});

describe('what-if preview', () => {
  it('gives the recommendation for the changed answer and leaves the answers and the link alone', async () => {
    $content.set(content);
    await openAnswers(content, `#${encodeLink(FILE)}`);
    const before = { file: $opened.get().file, fragment: $fragment.get(), result: $result.get() };
    const change = before.result?.changes.find((c) => c.question === 'annual_hires');
    if (!change) throw new Error('the fixture should have a hiring change');
    $preview.set(change);
    const expected = recommend(content, { ...FILE.answers, annual_hires: change.value as number });
    expect($previewResult.get()?.recommendation).toEqual(expected.recommendation);
    expect($previewResult.get()?.recommendation.models).not.toEqual(before.result?.recommendation.models);
    expect({ file: $opened.get().file, fragment: $fragment.get(), result: $result.get() }).toEqual(before);
  });

  it('clears an open preview when another link is opened, and removes an answer a change leaves open', async () => {
    const open: Change = { question: 'annual_hires', short: 'hires', from: '30', to: 'not sure', value: null, models: [], label: 'x' };
    await openAnswers(content, `#${encodeLink(FILE)}`);
    $preview.set(open);
    expect($previewResult.get()?.recommendation).toEqual(recommend(content, { recruiting_capacity: 'stretched' }).recommendation);
    await openAnswers(content, `#${encodeLink({ answers: {}, meta: {} })}`);
    expect($preview.get()).toBeNull();
  });
});

describe('the tab title', () => {
  it('names the verdict and the client, and only the verdict without one', () => {
    const rec = recommend(content, FILE.answers);
    const words = { named: '{label} for {client}', plain: '{label}' };
    expect(resultTitle(rec, FILE, words, 'Site')).toBe(`${rec.recommendation.label} for Acme GmbH · Site`);
    expect(resultTitle(rec, { ...FILE, meta: { client: '   ' } }, words, 'Site')).toBe(`${rec.recommendation.label} · Site`);
    expect(resultTitle(rec, { ...FILE, meta: { client: '$& $1' } }, words, 'Site')).toBe(`${rec.recommendation.label} for $& $1 · Site`);
  });

  it('is written by the store when a result opens, names the brand, and follows the client named later', async () => {
    $content.set(content);
    $brand.set({ name: 'Fernhill Consulting' });
    const doc = { title: 'Your recommendation' };
    const stop = connectTitle(doc);
    expect(doc.title).toBe('Your recommendation');
    await openAnswers(content, `#${encodeLink(FILE)}`);
    const label = recommend(content, FILE.answers).recommendation.label;
    expect(doc.title).toBe(`${label} for Acme GmbH · Fernhill Consulting`);
    await openAnswers(content, `#${encodeLink({ ...FILE, meta: {} })}`);
    expect(doc.title).toBe(`${label} · Fernhill Consulting`);
    stop();
    $brand.set(null);
  });
});
