import type { SchoolForm, SchoolLevel, SchoolYearFigures } from '../school';
import { SIGNAL_DEFINITIONS, type SignalId, type SignalUnit } from './definitions';
import { explainSignal, type SignalDirection, type SignalSeverity } from './explain';
import { SIGNAL_SETTINGS, type SignalSettings } from './settings';
import { type PeerStats, peerStats, percentileRank, robustZ } from './stats';

export interface SchoolSignal {
  id: SignalId;
  schoolYear: string;
  label: string;
  unit: SignalUnit;
  value: number | null;
  peerMedian: number | null;
  peerP25: number | null;
  peerP75: number | null;
  peerCount: number;
  /** The school's mid-rank percentile within its peer group (0…100), null without a comparable group. */
  percentile: number | null;
  direction: SignalDirection;
  severity: SignalSeverity;
  explanation: string;
  /** The plan's absolute rule fired (e.g. "every case is looked at"), whatever the peers do. */
  absoluteHit: boolean;
  action: number | null;
}

export interface SchoolYearSignals {
  instellingsnummer: string;
  schoolYear: string;
  signals: SchoolSignal[];
  maxSeverity: SignalSeverity;
  /** How many signals light up (attention or severe). */
  flagged: number;
}

/** What the school list needs per school: its latest year, compactly. */
export interface SignalSummary {
  schoolYear: string;
  maxSeverity: SignalSeverity;
  flagged: number;
  /** Per signal: the value (null when unknown) and its severity. */
  values: Record<SignalId, number | null>;
  severities: Record<SignalId, SignalSeverity>;
}

export interface SchoolRef {
  instellingsnummer: string;
  level: SchoolLevel;
  form: SchoolForm;
}

export const SEVERITIES: readonly SignalSeverity[] = ['none', 'attention', 'severe'];
const DIRECTIONS: readonly SignalDirection[] = ['none', 'high', 'low'];
const S = SIGNAL_DEFINITIONS.length;

export function severityRank(severity: SignalSeverity): number {
  return SEVERITIES.indexOf(severity);
}

export function peerGroupKey(level: SchoolLevel, form: SchoolForm, schoolYear: string): string {
  return `${level}|${form}|${schoolYear}`;
}

/**
 * All signals of all schools and years, evaluated, in flat typed arrays
 * (row r, signal i at r·S + i): 180,000 signal objects with sentences would
 * cost more in allocation than the statistics themselves. Objects and Dutch
 * sentences are made only for the rows someone looks at.
 */
export class SignalIndex {
  readonly rows: { school: SchoolRef; figures: SchoolYearFigures }[] = [];
  private readonly value: Float64Array;
  private readonly percentile: Float64Array;
  private readonly severity: Uint8Array;
  private readonly direction: Uint8Array;
  private readonly absoluteHit: Uint8Array;
  private readonly rowMax: Uint8Array;
  private readonly rowFlagged: Uint8Array;
  private readonly rowsBySchool = new Map<string, number[]>();
  private readonly groupStats = new Map<string, PeerStats[]>();

  constructor(schools: readonly SchoolRef[], figures: readonly SchoolYearFigures[], private readonly settings: SignalSettings) {
    const schoolByNumber = new Map(schools.map((s) => [s.instellingsnummer, s]));
    const history = new Map<string, Map<string, SchoolYearFigures>>();
    for (const f of figures) {
      if (!schoolByNumber.has(f.instellingsnummer)) continue;
      let years = history.get(f.instellingsnummer);
      if (!years) history.set(f.instellingsnummer, (years = new Map()));
      years.set(f.schoolYear, f);
    }
    for (const [number, years] of history) {
      const school = schoolByNumber.get(number)!;
      for (const f of [...years.values()].sort((a, b) => (a.schoolYear < b.schoolYear ? -1 : 1))) this.rows.push({ school, figures: f });
    }
    const n = this.rows.length;
    this.value = new Float64Array(n * S).fill(Number.NaN);
    this.percentile = new Float64Array(n * S).fill(Number.NaN);
    this.severity = new Uint8Array(n * S);
    this.direction = new Uint8Array(n * S);
    this.absoluteHit = new Uint8Array(n * S);
    this.rowMax = new Uint8Array(n);
    this.rowFlagged = new Uint8Array(n);

    const groupRows = new Map<string, number[]>();
    this.rows.forEach(({ school, figures: f }, r) => {
      let list = this.rowsBySchool.get(school.instellingsnummer);
      if (!list) this.rowsBySchool.set(school.instellingsnummer, (list = []));
      list.push(r);
      const key = peerGroupKey(school.level, school.form, f.schoolYear);
      let group = groupRows.get(key);
      if (!group) groupRows.set(key, (group = []));
      group.push(r);
      if (f.pupils <= 0) return;
      const years = history.get(school.instellingsnummer)!;
      for (let i = 0; i < S; i++) {
        const v = SIGNAL_DEFINITIONS[i].compare(f, years);
        if (v !== null && Number.isFinite(v)) this.value[r * S + i] = v;
      }
    });

    for (const [key, members] of groupRows) {
      const stats: PeerStats[] = [];
      for (let i = 0; i < S; i++) {
        const values: number[] = [];
        for (const r of members) {
          const v = this.value[r * S + i];
          if (!Number.isNaN(v)) values.push(v);
        }
        stats.push(peerStats(values));
      }
      this.groupStats.set(key, stats);
      for (const r of members) this.evaluateRow(r, stats);
    }
  }

  private evaluateRow(r: number, stats: PeerStats[]): void {
    // Thresholds read once per row, not per signal: this loop runs 180,000 times for Flanders.
    const { minPeerGroupSize, minPupilsForRelative } = this.settings;
    const { attention, severe } = this.settings.high;
    const low = this.settings.low.attention;
    const relative = this.rows[r].figures.pupils >= minPupilsForRelative;
    const { value: values, percentile: percentiles, severity: severities, direction: directions } = this;
    let max = 0;
    let flagged = 0;
    for (let i = 0; i < S; i++) {
      const at = r * S + i;
      const value = values[at];
      if (value !== value) continue; // NaN: unknown
      const definition = SIGNAL_DEFINITIONS[i];
      const peer = stats[i];
      let severity = 0;
      let direction = 0;
      if (peer.n >= minPeerGroupSize) {
        const percentile = percentileRank(peer.sorted, value);
        percentiles[at] = Math.round(percentile * 10) / 10;
        if (relative && value !== peer.median) {
          const z = robustZ(value, peer);
          if (value > peer.median) {
            if (percentile >= severe.percentile && z >= severe.robustZ) severity = 2;
            else if (percentile >= attention.percentile && z >= attention.robustZ) severity = 1;
            if (severity > 0) direction = 1;
          } else if (definition.sides === 'both' && percentile <= low.percentile && z <= low.robustZ) {
            severity = 1;
            direction = 2;
          }
        }
      }
      const absolute = definition.absolute;
      if (absolute && value >= absolute.attention) {
        this.absoluteHit[at] = 1;
        direction = 1;
        severity = Math.max(severity, value >= absolute.severe ? 2 : 1);
      }
      severities[at] = severity;
      directions[at] = direction;
      if (severity > 0) flagged++;
      if (severity > max) max = severity;
    }
    this.rowMax[r] = max;
    this.rowFlagged[r] = flagged;
  }

  peerStats(level: SchoolLevel, form: SchoolForm, schoolYear: string, id: SignalId): PeerStats | undefined {
    return this.groupStats.get(peerGroupKey(level, form, schoolYear))?.[SIGNAL_INDEX.get(id)!];
  }

  /** The school's years, oldest first, each with every signal and its Dutch explanation. */
  signalsOf(instellingsnummer: string): SchoolYearSignals[] {
    return (this.rowsBySchool.get(instellingsnummer) ?? []).map((r) => this.materialise(r));
  }

  /** The latest school year's signals of a school, or undefined without figures. */
  latestOf(instellingsnummer: string): SchoolYearSignals | undefined {
    const rows = this.rowsBySchool.get(instellingsnummer);
    return rows && rows.length > 0 ? this.materialise(rows[rows.length - 1]) : undefined;
  }

  /** The compact latest-year summary the school list sorts and filters on. */
  summaryOf(instellingsnummer: string, schoolYear?: string): SignalSummary | undefined {
    const rows = this.rowsBySchool.get(instellingsnummer);
    if (!rows || rows.length === 0) return undefined;
    const r = schoolYear === undefined ? rows[rows.length - 1] : rows.find((x) => this.rows[x].figures.schoolYear === schoolYear);
    if (r === undefined) return undefined;
    const values = {} as Record<SignalId, number | null>;
    const severities = {} as Record<SignalId, SignalSeverity>;
    for (let i = 0; i < S; i++) {
      const v = this.value[r * S + i];
      values[SIGNAL_DEFINITIONS[i].id] = Number.isNaN(v) ? null : v;
      severities[SIGNAL_DEFINITIONS[i].id] = SEVERITIES[this.severity[r * S + i]];
    }
    return { schoolYear: this.rows[r].figures.schoolYear, maxSeverity: SEVERITIES[this.rowMax[r]], flagged: this.rowFlagged[r], values, severities };
  }

  /** Row numbers of every evaluated school year (for Flanders-wide rankings). */
  rowsOfYear(schoolYear: string): number[] {
    const out: number[] = [];
    this.rows.forEach((row, r) => {
      if (row.figures.schoolYear === schoolYear) out.push(r);
    });
    return out;
  }

  rowSeverity(r: number): { max: SignalSeverity; flagged: number } {
    return { max: SEVERITIES[this.rowMax[r]], flagged: this.rowFlagged[r] };
  }

  materialise(r: number): SchoolYearSignals {
    const { school, figures } = this.rows[r];
    const stats = this.groupStats.get(peerGroupKey(school.level, school.form, figures.schoolYear))!;
    const signals = SIGNAL_DEFINITIONS.map((definition, i): SchoolSignal => {
      const at = r * S + i;
      const peer = stats[i];
      const comparable = peer.n >= this.settings.minPeerGroupSize;
      const value = Number.isNaN(this.value[at]) ? null : this.value[at];
      const percentile = Number.isNaN(this.percentile[at]) ? null : this.percentile[at];
      const direction = DIRECTIONS[this.direction[at]];
      const severity = SEVERITIES[this.severity[at]];
      const peerMedian = comparable ? peer.median : null;
      return {
        id: definition.id,
        schoolYear: figures.schoolYear,
        label: definition.label,
        unit: definition.unit,
        value,
        peerMedian,
        peerP25: comparable ? peer.p25 : null,
        peerP75: comparable ? peer.p75 : null,
        peerCount: peer.n,
        percentile,
        direction,
        severity,
        explanation: explainSignal({
          definition,
          value,
          peerMedian,
          percentile,
          direction,
          severity,
          peerCount: peer.n,
          absoluteHit: this.absoluteHit[at] === 1,
        }),
        absoluteHit: this.absoluteHit[at] === 1,
        action: definition.action,
      };
    });
    return {
      instellingsnummer: school.instellingsnummer,
      schoolYear: figures.schoolYear,
      signals,
      maxSeverity: SEVERITIES[this.rowMax[r]],
      flagged: this.rowFlagged[r],
    };
  }
}

const SIGNAL_INDEX = new Map(SIGNAL_DEFINITIONS.map((d, i) => [d.id, i]));

/**
 * Every signal for every school and school year, each against its peer group
 * (same niveau, onderwijsvorm and school year). Pure and in memory: all of
 * Flanders in milliseconds (see bench/signals.ts).
 */
export function computeSignals(
  schools: readonly SchoolRef[],
  figures: readonly SchoolYearFigures[],
  settings: SignalSettings = SIGNAL_SETTINGS,
): SignalIndex {
  return new SignalIndex(schools, figures, settings);
}
