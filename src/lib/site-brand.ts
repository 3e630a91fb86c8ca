import { loadBrand, type LoadedBrand } from './load-brand.ts';

let cached: LoadedBrand | undefined;

/** The brand the build was started with (BRAND_FILE or content/brand/brand.json), checked and read once per build. */
export function getSiteBrand(): LoadedBrand {
  cached ??= loadBrand(import.meta.env.ADVISOR_BRAND_FILE);
  return cached;
}
