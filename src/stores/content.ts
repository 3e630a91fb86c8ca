import { atom } from 'nanostores';
import type { ScoringContent } from '../domain/content.ts';
import scoring from '../lib/content-parts/scoring.ts';

/** The content every page scores answers and reads links with (tests may set another). */
export const $content = atom<ScoringContent>(scoring);
