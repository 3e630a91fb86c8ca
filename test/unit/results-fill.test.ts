import { describe, expect, it } from 'vitest';
import { RESULTS_COPY } from '../../src/islands/results/copy.ts';
import { fill } from '../../src/islands/results/fill.ts';

describe('fill', () => {
  it('puts each value in its place, keeping unknown names as written', () => {
    expect(fill('A model is recommended at {line} or more.', { line: 55 }).join('')).toBe('A model is recommended at 55 or more.');
    expect(fill('{a} and {b}', { a: 'x', b: 'y' })).toEqual(['', 'x', ' and ', 'y', '']);
    expect(fill('{missing}!', {}).join('')).toBe('missing!');
  });

  it('passes values through untouched, so elements stay elements and text stays text', () => {
    const element = { type: 'strong' };
    expect(fill('be {label}.', { label: element })).toEqual(['be ', element, '.']);
    expect(fill('{name}', { name: '<img src=x onerror=alert(1)>' })).toEqual(['', '<img src=x onerror=alert(1)>', '']);
  });

  it('fills every placeholder the results page uses', () => {
    const templates = JSON.stringify(RESULTS_COPY).match(/\{\w+\}/g) ?? [];
    expect(new Set(templates)).toEqual(
      new Set([
        '{list}',
        '{line}',
        '{model}',
        '{score}',
        '{points}',
        '{question}',
        '{answer}',
        '{label}',
        '{low}',
        '{high}',
        '{client}',
        '{url}',
        '{date}',
      ]),
    );
  });
});
