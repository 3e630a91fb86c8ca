import { atom } from 'nanostores';
import type { DocumentBrand } from '../domain/schemas/brand.ts';

/** The site's brand as documents carry it (set by the page's island from the build's brand file); null until set. */
export const $brand = atom<DocumentBrand | null>(null);
