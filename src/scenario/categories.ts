/**
 * The product categories of a catalogue (`catalogue.categoryMix`, `categories`), in a module
 * of their own, free of the schema library: the model indexes SKUs by category and is loaded
 * on every worker thread, where importing `schema.ts` (and with it zod) would add a tenth of a
 * second to each thread's start (docs/performance.md, Scaling to 2 workers).
 */
export const CATEGORIES = ['apparel', 'home-garden', 'electronics', 'other'] as const;
