import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SchoolYearFigures } from '../../../main/domain/school';
import {
  computeSignals,
  medianAbsoluteDeviation,
  formatSignalNumber,
  percentileRank,
  peerStats,
  quantile,
  robustZ,
  SIGNAL_SETTINGS,
  type SchoolRef,
} from '../../../main/domain/signals';

function figures(instellingsnummer: string, schoolYear: string, pupils: number, overrides: Partial<SchoolYearFigures> = {}): SchoolYearFigures {
  return {
    instellingsnummer,
    schoolYear,
    pupils,
    preventiveSuspensions: 2,
    temporaryExclusions: 1,
    definitiveExclusions: 0,
    definitiveExclusionsAfterFeb1: 0,
    excludedNotReenrolled: 0,
    problematicAbsence30: 1,
    aboveZThreshold: 10,
    clbReferredZ: 10,
    schoolChanges: 2,
    bCertificates: 10,
    bCertificatesStrict: 2,
    earlyLeaversPct: 5,
    teacherTurnoverPct: 10,
    feelSafePct: 90,
    ...overrides,
  };
}

const school = (n: string, level: SchoolRef['level'] = 'secundair', form: SchoolRef['form'] = 'gewoon'): SchoolRef => ({ instellingsnummer: n, level, form });

/** A peer group of `size` ordinary schools of 100 pupils whose suspensions vary a little, plus extra rows. */
function group(size: number, year = '2023-2024') {
  const schools = Array.from({ length: size }, (_, i) => school(String(100000 + i)));
  const rows = schools.map((s, i) => figures(s.instellingsnummer, year, 100, { preventiveSuspensions: 2 + (i % 3) }));
  return { schools, rows };
}

describe('robust statistics', () => {
  it.each([
    { values: [], p: 50, expected: Number.NaN },
    { values: [7], p: 90, expected: 7 },
    { values: [1, 2, 3, 4], p: 50, expected: 2.5 },
    { values: [1, 2, 3, 4, 5], p: 25, expected: 2 },
    { values: [0, 10], p: 75, expected: 7.5 },
  ])('quantile($values, $p) = $expected', ({ values, p, expected }) => {
    expect(quantile(Float64Array.from(values).sort(), p)).toEqual(expected);
  });

  it.each([
    { values: [0, 0, 0, 0], value: 0, expected: 50 },
    { values: [1, 2, 3, 4], value: 5, expected: 100 },
    { values: [1, 2, 3, 4], value: 0, expected: 0 },
    { values: [1, 2, 3, 4], value: 3, expected: 62.5 },
  ])('percentileRank of $value in $values = $expected (mid-rank for ties)', ({ values, value, expected }) => {
    expect(percentileRank(Float64Array.from(values).sort(), value)).toBe(expected);
  });

  it('MAD and robust z: an outlier does not move the median, MAD 0 makes any difference infinite', () => {
    const stats = peerStats([1, 2, 3, 4, 100]);
    expect(stats.median).toBe(3);
    expect(stats.mad).toBe(1);
    expect(robustZ(100, stats)).toBeCloseTo(97 / 1.4826, 5);
    const flat = peerStats([0, 0, 0, 0, 0]);
    expect(robustZ(1, flat)).toBe(Number.POSITIVE_INFINITY);
    expect(robustZ(0, flat)).toBe(0);
  });

  it('the linear-time MAD equals sorting the deviations', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 40 }), (values) => {
        const sorted = Float64Array.from(values).sort();
        const median = quantile(sorted, 50);
        const deviations = Float64Array.from(sorted, (x) => Math.abs(x - median)).sort();
        expect(medianAbsoluteDeviation(sorted, median)).toBeCloseTo(quantile(deviations, 50), 9);
      }),
    );
  });

  it('formats numbers the Dutch way', () => {
    expect(formatSignalNumber(19536)).toBe('19.536');
    expect(formatSignalNumber(1.5)).toBe('1,5');
    expect(formatSignalNumber(0.123)).toBe('0,12');
    expect(formatSignalNumber(-2)).toBe('-2');
    expect(formatSignalNumber(97.5, 0)).toBe('98');
  });
});

describe('computeSignals', () => {
  it('flags remarkably many suspensions as severe, with value, peer median, percentile, direction, action and a Dutch sentence', () => {
    const { schools, rows } = group(60);
    schools.push(school('200000'));
    rows.push(figures('200000', '2023-2024', 100, { preventiveSuspensions: 20 }));
    const index = computeSignals(schools, rows);
    const s = index.latestOf('200000')!.signals.find((x) => x.id === 'preventiveSuspensions')!;
    expect(s).toMatchObject({ value: 20, peerMedian: 3, direction: 'high', severity: 'severe', action: 15, peerCount: 61 });
    expect(s.percentile).toBeGreaterThanOrEqual(SIGNAL_SETTINGS.high.severe.percentile);
    expect(s.explanation).toBe('Preventieve schorsingen per 100 leerlingen: 20, hoger dan 99,2% van de vergelijkbare scholen (mediaan 3).');
    // The sentence uses the table's own figure (s.percentile), never a rounding of it that says more.
    expect(s.explanation).toContain(`hoger dan ${String(s.percentile).replace('.', ',')}%`);
    expect(index.latestOf('200000')!.maxSeverity).toBe('severe');
    expect(index.summaryOf('200000')!.severities.preventiveSuspensions).toBe('severe');
  });

  it('flags remarkably few (possible under-registration) as attention, low side', () => {
    const { schools, rows } = group(30);
    schools.push(school('200000'));
    rows.push(figures('200000', '2023-2024', 100, { preventiveSuspensions: 0 }));
    const s = computeSignals(schools, rows).latestOf('200000')!.signals.find((x) => x.id === 'preventiveSuspensions')!;
    expect(s).toMatchObject({ direction: 'low', severity: 'attention' });
    expect(s.explanation).toMatch(/opvallend weinig.*onderregistratie/);
  });

  it('an ordinary school raises no relative signal', () => {
    const { schools, rows } = group(30);
    const year = computeSignals(schools, rows).latestOf(schools[0].instellingsnummer)!;
    expect(year.maxSeverity).toBe('none');
    expect(year.flagged).toBe(0);
    expect(year.signals.find((x) => x.id === 'preventiveSuspensions')!.explanation).toMatch(/binnen de gewone spreiding/);
  });

  it.each([
    { name: 'a one-school group', size: 1 },
    { name: `a group below ${SIGNAL_SETTINGS.minPeerGroupSize}`, size: SIGNAL_SETTINGS.minPeerGroupSize - 1 },
  ])('$name: no comparison, no relative signal, and it says so', ({ size }) => {
    const { schools, rows } = group(size);
    rows[0].preventiveSuspensions = 50;
    const s = computeSignals(schools, rows).latestOf(schools[0].instellingsnummer)!.signals.find((x) => x.id === 'preventiveSuspensions')!;
    expect(s).toMatchObject({ peerMedian: null, percentile: null, severity: 'none', direction: 'none', peerCount: size });
    expect(s.explanation).toMatch(/te weinig vergelijkbare scholen/);
  });

  it('peers are the same niveau and onderwijsvorm: a basis school is not compared with secundair schools', () => {
    const { schools, rows } = group(30);
    schools.push(school('010000', 'basis', 'gewoon'));
    rows.push(figures('010000', '2023-2024', 100, { preventiveSuspensions: 40 }));
    const s = computeSignals(schools, rows).latestOf('010000')!.signals.find((x) => x.id === 'preventiveSuspensions')!;
    expect(s.peerCount).toBe(1);
    expect(s.severity).toBe('none');
  });

  it('zero pupils: every value unknown, never a signal, and not part of the peers', () => {
    const { schools, rows } = group(10);
    schools.push(school('200000'));
    rows.push(figures('200000', '2023-2024', 0, { preventiveSuspensions: 5, definitiveExclusionsAfterFeb1: 9 }));
    const index = computeSignals(schools, rows);
    const year = index.latestOf('200000')!;
    expect(year.signals.every((s) => s.value === null && s.severity === 'none')).toBe(true);
    expect(year.signals[0].explanation).toMatch(/^Geen gegevens/);
    expect(index.peerStats('secundair', 'gewoon', '2023-2024', 'preventiveSuspensions')!.n).toBe(10);
  });

  it('unknown counts (null) give no value and no signal', () => {
    const { schools, rows } = group(10);
    rows[0].preventiveSuspensions = null;
    const s = computeSignals(schools, rows).latestOf(schools[0].instellingsnummer)!.signals.find((x) => x.id === 'preventiveSuspensions')!;
    expect(s.value).toBeNull();
    expect(s.severity).toBe('none');
  });

  it('the trend compares with three years earlier, or the oldest earlier year when years are missing', () => {
    const schools = [school('200000')];
    const rows = [
      figures('200000', '2021-2022', 100, { preventiveSuspensions: 1, temporaryExclusions: 0, definitiveExclusions: 0 }),
      figures('200000', '2023-2024', 100, { preventiveSuspensions: 6, temporaryExclusions: 0, definitiveExclusions: 0 }),
    ];
    const years = computeSignals(schools, rows).signalsOf('200000');
    expect(years.map((y) => y.schoolYear)).toEqual(['2021-2022', '2023-2024']);
    expect(years[0].signals.find((s) => s.id === 'measuresTrend')!.value).toBeNull();
    expect(years[1].signals.find((s) => s.id === 'measuresTrend')!.value).toBe(5);
  });

  const after = SIGNAL_SETTINGS.absolute.definitiveAfterFeb1;
  const notReenrolled = SIGNAL_SETTINGS.absolute.excludedNotReenrolled;
  it.each([
    { id: 'definitiveAfterFeb1', field: 'definitiveExclusionsAfterFeb1', value: after.attention - 1, severity: 'none', action: 19 },
    { id: 'definitiveAfterFeb1', field: 'definitiveExclusionsAfterFeb1', value: after.attention, severity: 'attention', action: 19 },
    { id: 'definitiveAfterFeb1', field: 'definitiveExclusionsAfterFeb1', value: after.severe, severity: 'severe', action: 19 },
    { id: 'excludedNotReenrolled', field: 'excludedNotReenrolled', value: notReenrolled.attention, severity: 'attention', action: 17 },
    { id: 'excludedNotReenrolled', field: 'excludedNotReenrolled', value: 0, severity: 'none', action: 17 },
  ] as const)('$id = $value: $severity even without peers (action $action wants cases seen)', ({ id, field, value, severity, action }) => {
    const rows = [figures('200000', '2023-2024', 100, { definitiveExclusions: 10, [field]: value })];
    const s = computeSignals([school('200000')], rows).latestOf('200000')!.signals.find((x) => x.id === id)!;
    expect(s).toMatchObject({ value, severity, action });
    if (severity !== 'none') expect(s.explanation).toMatch(/Vanaf dit aantal is het een signaal, los van vergelijkbare scholen \(drempel van de werkbank bij actie \d+\)\./);
  });

  it('Z-code: the share not referred to the CLB, against an absolute threshold (action 8)', () => {
    const rows = [figures('200000', '2023-2024', 100, { aboveZThreshold: 10, clbReferredZ: 4 })];
    const s = computeSignals([school('200000')], rows).latestOf('200000')!.signals.find((x) => x.id === 'zNotReferred')!;
    expect(s).toMatchObject({ value: 60, severity: 'severe', action: 8 });
  });

  it('a school without figures has no signals; figures of unknown schools are ignored', () => {
    const index = computeSignals([school('200000')], [figures('999999', '2023-2024', 100)]);
    expect(index.latestOf('200000')).toBeUndefined();
    expect(index.signalsOf('200000')).toEqual([]);
    expect(index.latestOf('999999')).toBeUndefined();
  });

  it('small schools are compared but not flagged on a relative basis', () => {
    const { schools, rows } = group(60);
    schools.push(school('200000'));
    rows.push(figures('200000', '2023-2024', SIGNAL_SETTINGS.minPupilsForRelative - 1, { preventiveSuspensions: 10 }));
    const s = computeSignals(schools, rows).latestOf('200000')!.signals.find((x) => x.id === 'preventiveSuspensions')!;
    expect(s.percentile).toBeGreaterThan(SIGNAL_SETTINGS.high.severe.percentile);
    expect(s.severity).toBe('none');
  });
});
