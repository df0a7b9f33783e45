// Rates with their counts (issue 6 item 4: "conviction and requalification rates per stage"),
// protected by the same small-cell rule as the tables: a rate is the one-way table
// [met, not met | denominator], so a small numerator, a small complement (9 of 10 convicted
// tells who the one acquitted is) or a small denominator is suppressed, with secondary
// suppression, and the rate is released only when both its counts are (research/
// anonymisation.md T4: "rates … derived from suppressed counts are also suppressed").
import { DossierError } from '../../../../../shared/errors';
import type { ProtectedCell } from './protected-cell';
import { protectOneWayTable } from './protect-table';

export interface RateInput {
  /** What the rate measures, e.g. "conviction_first_instance". */
  id: string;
  numerator: number;
  denominator: number;
}

export type RateValue = { status: 'value'; value: number } | { status: 'suppressed' } | { status: 'no_denominator' };

export interface ProtectedRate {
  id: string;
  numerator: ProtectedCell;
  /** denominator − numerator: shown so the reader sees what the suppression protected. */
  complement: ProtectedCell;
  denominator: ProtectedCell;
  rate: RateValue;
}

export function protectRate(input: RateInput, threshold: number): ProtectedRate {
  const { numerator, denominator } = input;
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0 || denominator < numerator) {
    throw new DossierError('VALIDATION', `Rate ${input.id}: counts must be whole numbers with 0 ≤ numerator ≤ denominator.`);
  }
  const table = protectOneWayTable(['met', 'not_met'], [numerator, denominator - numerator], threshold);
  const [met, notMet] = table.cells as [ProtectedCell, ProtectedCell];
  let rate: RateValue;
  if (denominator === 0) rate = { status: 'no_denominator' };
  else if (met.status === 'value' && table.total.status === 'value') rate = { status: 'value', value: met.value / table.total.value };
  else rate = { status: 'suppressed' };
  return { id: input.id, numerator: met, complement: notMet, denominator: table.total, rate };
}

export function protectRates(inputs: readonly RateInput[], threshold: number): ProtectedRate[] {
  return inputs.map((input) => protectRate(input, threshold));
}
