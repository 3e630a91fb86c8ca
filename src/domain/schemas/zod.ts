/** The one place the domain imports zod from. */
export { z } from 'zod';
