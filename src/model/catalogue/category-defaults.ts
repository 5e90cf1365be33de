/**
 * Per-category parameters used when a scenario's `categories` block does not give them.
 * Each value cites its row in `../shared/DOMAIN.md` §10 (confidence H/M/L/EST) and is
 * repeated, with the reasoning, in `docs/model.md` ("Categories").
 */
import type { Category, CategoryParams } from '../../scenario/schema.js';

/**
 * Defaults by category.
 *
 * - `returnBaseRate`: share of delivered orders returned for reasons other than defects and
 *   lateness. Apparel 0.26: the low end of the fashion item return rate 26–46 % (Bamberg
 *   returns research, H), since fit/size (≈ 70 % of apparel returns) is the base reason.
 *   Electronics 0.08: inside 5.4–14.4 % (Bamberg, H). Home & garden 0.06: "low, no figure"
 *   (Bamberg, M) — an estimate (EST). Other 0.15: below the all-category German parcel
 *   rate 24.2 % (Bamberg, H), which fashion drives — an estimate (EST).
 * - `defectRate`: share of units arriving from the supplier defective. Electronics 0.0075:
 *   the middle of ≈ 0.5–1 % (derived, EST). Apparel 0.02, home & garden 0.01, other 0.01:
 *   estimates (EST) below the apparel AQL minor limit 4.0 % (ISO 2859-1 guides, M), which
 *   is an acceptance limit, not a rate.
 * - `turnoverNorm`: annual inventory turns. Apparel 3.8: the programme's stated norm
 *   (DOMAIN §3), matching ≈ 3.9 (industry data, M). Others: estimates (EST).
 */
export const CATEGORY_DEFAULTS: Readonly<Record<Category, Readonly<CategoryParams>>> = {
  apparel: { returnBaseRate: 0.26, defectRate: 0.02, turnoverNorm: 3.8 },
  'home-garden': { returnBaseRate: 0.06, defectRate: 0.01, turnoverNorm: 4 },
  electronics: { returnBaseRate: 0.08, defectRate: 0.0075, turnoverNorm: 5 },
  other: { returnBaseRate: 0.15, defectRate: 0.01, turnoverNorm: 4 },
};

/**
 * The parameters of `category`: the scenario's own entry if present, else the default.
 * @example categoryParams('apparel', {}).turnoverNorm // 3.8
 */
export function categoryParams(
  category: Category,
  fromScenario: Partial<Record<Category, CategoryParams>>,
): CategoryParams {
  return fromScenario[category] ?? CATEGORY_DEFAULTS[category];
}
