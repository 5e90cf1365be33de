/**
 * Whether a delivered order is returned. Its return probability is the sum of three
 * documented parts, capped at 1:
 *
 *   p = base + defect + lateness
 *   base     = the units-weighted mean of the lines' category base return rates;
 *   defect   = 1 − Π_lines (1 − d_k · (1 − q_w))^units, the chance that at least one unit is
 *              defective, missed by the inbound QC of the warehouse it came from (catch rate
 *              q_w) and returned for it (d_k = defectRate × defectReturnShare);
 *   lateness = min(latenessCap, latenessPerDay × days late past the market's promise)
 *              (returns follow lateness against the promise, not absolute speed: Rao et al.
 *              2014; Cui et al. 2024; Masuch et al. 2024 — DOMAIN §10, H).
 *
 * The order is returned, whole, iff its `returnU` < p. The order's uniform is drawn with the
 * order, so setups differ in returns only through p (common random numbers). Given a
 * return, returnU / p is again uniform and decides the restock: all units are resold iff
 * returnU / p < restockableShare, else all are written off.
 */

/**
 * p for an order. O(lines).
 * The delivered lines are [first, end) of the line arrays; a line's warehouse is
 * `stockWarehouse[lineStockPoint[l]]` (global index).
 * @example returnProbability(base, defect, qc, 0.02, 0.2, sku, units, sp, spWarehouse, 0, 2, 1.5)
 */
export function returnProbability(
  skuReturnBase: Float64Array,
  skuDefectReturn: Float64Array,
  qcCatchRate: Float64Array,
  latenessPerDay: number,
  latenessCap: number,
  lineSku: Int32Array,
  lineUnits: Int32Array,
  lineStockPoint: Int32Array,
  stockWarehouse: Int32Array,
  first: number,
  end: number,
  daysLate: number,
): number {
  let units = 0;
  let base = 0;
  let keep = 1;
  for (let l = first; l < end; l++) {
    const u = lineUnits[l];
    if (u === 0) continue;
    const k = lineSku[l];
    units += u;
    base += u * skuReturnBase[k];
    keep *= Math.pow(1 - skuDefectReturn[k] * (1 - qcCatchRate[stockWarehouse[lineStockPoint[l]]]), u);
  }
  if (units === 0) return 0;
  const late = daysLate > 0 ? Math.min(latenessCap, latenessPerDay * daysLate) : 0;
  const p = base / units + (1 - keep) + late;
  return p < 1 ? p : 1;
}
