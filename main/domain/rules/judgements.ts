import { findingKind } from '../findings';
import { findIndicator, indicatorInForce } from '../framework';
import { type Problem, problem } from '../problems';
import type { InspectionFacts, RatingFacts } from './facts';

type Context = Pick<InspectionFacts, 'framework' | 'focusDomains' | 'startDate'>;

/**
 * What is wrong with one indicator's judgement in this inspection:
 * - "beneden" needs the tekort written out (the report must say where the school falls short);
 * - a tekort text belongs to "beneden" only: "benadert" gives an ontwikkelkans, "volgens"/"overstijgt" a sterkte;
 * - a tekort outside the focus would be ignored by the advice, so it is refused;
 * - a tekort on an indicator whose action does not apply yet on the inspection's date is refused with that school year;
 * - a deadline belongs to a tekort and cannot lie before the inspection.
 */
export function ratingProblems(rating: RatingFacts, context: Context): Problem[] {
  const problems: Problem[] = [];
  const kind = findingKind(rating.level);
  const hasText = rating.shortcomings.trim() !== '';
  if (kind === 'tekort' && !hasText) problems.push(problem('shortcoming_required', 'shortcomings', { indicatorId: rating.indicatorId }));
  if (kind !== 'tekort' && hasText) problems.push(problem('shortcoming_needs_beneden', 'shortcomings', { indicatorId: rating.indicatorId, level: rating.level ?? 'none' }));
  const found = findIndicator(context.framework, rating.indicatorId);
  if (kind === 'tekort' && found) {
    if (!context.focusDomains.includes(found.domain.id)) {
      problems.push(problem('shortcoming_outside_focus', 'level', { indicatorId: rating.indicatorId, domainId: found.domain.id }));
    }
    if (!indicatorInForce(found.indicator, context.startDate)) {
      problems.push(problem('indicator_not_in_force', 'level', { indicatorId: rating.indicatorId, from: found.indicator.inForceFrom!, date: context.startDate }));
    }
  }
  if (rating.shortcomingDeadline !== null) {
    if (kind !== 'tekort') problems.push(problem('deadline_without_shortcoming', 'shortcomingDeadline', { indicatorId: rating.indicatorId }));
    else if (rating.shortcomingDeadline < context.startDate) {
      problems.push(problem('deadline_before_start', 'shortcomingDeadline', { indicatorId: rating.indicatorId, date: rating.shortcomingDeadline, start: context.startDate }));
    }
  }
  return problems;
}

/** A focus that would leave a tekort outside it (and so out of the advice) is refused: remove the tekort first. */
export function focusProblems(focus: readonly string[], facts: Pick<InspectionFacts, 'framework' | 'ratings'>): Problem[] {
  const hidden = facts.ratings
    .filter((r) => findingKind(r.level) === 'tekort')
    .filter((r) => {
      const found = findIndicator(facts.framework, r.indicatorId);
      return found !== null && !focus.includes(found.domain.id);
    })
    .map((r) => r.indicatorId);
  return hidden.length ? [problem('focus_hides_shortcoming', 'focusDomains', { indicators: hidden.join(', '), count: hidden.length })] : [];
}
