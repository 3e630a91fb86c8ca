import { describe, expect, it } from 'vitest';
import { normaliseBase, sitePath } from '../../src/domain/base-path.ts';

describe('normaliseBase', () => {
  it('gives a path one leading and one trailing slash', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('/advisor')).toBe('/advisor/');
    expect(normaliseBase('advisor/')).toBe('/advisor/');
    expect(normaliseBase('//a/b//')).toBe('/a/b/');
  });

  it('keeps an absolute URL and gives it one trailing slash', () => {
    expect(normaliseBase('https://advisor.example.com')).toBe('https://advisor.example.com/');
    expect(normaliseBase('https://advisor.example.com/x//')).toBe('https://advisor.example.com/x/');
  });
});

describe('sitePath', () => {
  it('joins a page path to the base', () => {
    expect(sitePath('/advisor', 'wizard/')).toBe('/advisor/wizard/');
    expect(sitePath('/', '/guides/')).toBe('/guides/');
    expect(sitePath('https://a.example', 'results/#1x')).toBe('https://a.example/results/#1x');
  });
});
