import type { DocumentBrand } from '../domain/schemas/brand.ts';
import { getSiteBrand } from './site-brand.ts';

/**
 * The brand as titles, printouts and exported documents carry it: its name, contact line and
 * default "Prepared by". In the browser this module is the brand itself, as JSON (src/integrations/brand.ts);
 * under Node it is read from the build's brand file.
 */
const { brand } = getSiteBrand();
const documentBrand: DocumentBrand = {
  name: brand.name,
  ...(brand.contact ? { contact: brand.contact } : {}),
  ...(brand.preparedBy ? { preparedBy: brand.preparedBy } : {}),
};
export default documentBrand;
