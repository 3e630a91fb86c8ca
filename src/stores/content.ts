import { atom } from 'nanostores';
import type { AdvisorContent } from '../domain/content.ts';

/** The questionnaire content, set once by the island from its props; null until then. */
export const $content = atom<AdvisorContent | null>(null);
