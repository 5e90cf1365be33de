/**
 * `replenishment.classTargets`: a stock target per class of SKUs, by popularity rank — the
 * hook `poolsim advise` writes its recommendation into (docs/advise.md), and a seller can
 * keep in the scenario file. A SKU in no class keeps `replenishment.target`.
 */
import { z } from 'zod';

const rank = z.number().int().positive();

/**
 * The list of classes, given the schema of one `target` (the three forms of
 * `replenishment.target`). Each class holds the SKUs of popularity ranks [first, last]
 * (1 = best seller; inclusive); classes may not share a rank.
 * @example classTargetsOf(target).parse([{ ranks: [1, 40], target: { fillRate: 0.97 } }])
 */
export function classTargetsOf<T extends z.ZodType>(target: T) {
  const entry = z.strictObject({
    ranks: z
      .tuple([rank, rank])
      .refine(([first, last]) => first <= last, { message: 'expected [first, last] with first ≤ last' })
      .describe('popularity ranks [first, last] of the SKUs in the class (1 = best seller), both included'),
    target: target.describe('the stock target of the class’s SKUs, in place of replenishment.target'),
  });
  return z.array(entry).superRefine((classes, ctx) => {
    classes.forEach((c, i) => {
      const j = classes.findIndex((o, k) => k < i && o.ranks[0] <= c.ranks[1] && c.ranks[0] <= o.ranks[1]);
      if (j >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'ranks'],
          message: `expected ranks no earlier class holds (class ${j} holds [${classes[j].ranks.join(', ')}])`,
        });
      }
    });
  });
}
