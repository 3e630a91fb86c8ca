import { describe, expect, it } from 'vitest';
import { decodeProgress } from '../../src/domain/progress/progress-codec.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import { PROGRESS_KEY, type StorageLike } from '../../src/stores/persistence.ts';
import { $opened, openAnswers } from '../../src/stores/opened-answers.ts';
import { readSaved } from '../../src/stores/saved-answers.ts';
import { content } from './helpers/content.ts';

function storageWith(text: string | null): StorageLike {
  return {
    getItem: (key) => (key === PROGRESS_KEY ? text : null),
    setItem: () => undefined,
    removeItem: () => undefined,
  };
}

const WRONG_TYPES = JSON.stringify({ v: 1, answers: { company_size: 'huge', industry: 'manufacturing' }, meta: { client: 7 } });

describe('readSaved: the saved answers, and what reading them ran into', () => {
  it('damaged progress: no answers, and the notice that says so', () => {
    const read = readSaved(content, storageWith('{"v":1,"answers":{'));
    expect(read.file).toBeNull();
    expect(read.notices.map((n) => n.code)).toEqual(['progress-unreadable']);
  });

  it('answers of the wrong type: every other answer kept, each loss named', () => {
    const read = readSaved(content, storageWith(WRONG_TYPES));
    expect(read.file).toEqual({ answers: { industry: 'manufacturing' }, meta: {} });
    expect(read.notices.map((n) => n.field)).toEqual(['company_size', 'meta.client']);
    expect(read.notices).toEqual(decodeProgress(content, WRONG_TYPES).notices);
  });

  it('storage blocked, or throwing when read: no answers, and the notice that says so', () => {
    expect(readSaved(content, null)).toEqual({ file: null, notices: [expect.objectContaining({ code: 'storage-unavailable' })] });
    const throwing: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(readSaved(content, throwing).notices.map((n) => n.code)).toEqual(['storage-unavailable']);
  });

  it('nothing saved: nothing to say', () => {
    expect(readSaved(content, storageWith(null))).toEqual({ file: null, notices: [] });
  });
});

describe('the notices are cleared whenever the results or RFP page opens something else', () => {
  const link = encodeLink({ answers: { company_size: '250_999' }, meta: {} });

  it('without a link, the page shows what the saved answers ran into; a link opened next clears it', async () => {
    await openAnswers(content, '', (c) => Promise.resolve(readSaved(c, storageWith('{'))));
    expect($opened.get().notices.map((n) => n.code)).toEqual(['progress-unreadable']);
    expect($opened.get().source).toBe('none');
    await openAnswers(content, `#${link}`, () => Promise.reject(new Error('a link never reads saved progress')));
    expect($opened.get().notices).toEqual([]);
    expect($opened.get().source).toBe('link');
  });
});
