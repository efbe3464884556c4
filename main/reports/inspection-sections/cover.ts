import { INSPECTION_TYPE_LABELS_NL } from '../../domain/inspection';
import { formatDutchDate } from '../dutch-format';
import type { InspectionReportData } from '../inspection-data';
import { bold, type Block } from '../model';

const LEVEL_NAMES = { basis: 'basisonderwijs', secundair: 'secundair onderwijs' } as const;
const FORM_NAMES = { gewoon: 'gewoon', buitengewoon: 'buitengewoon' } as const;

/** "11 mei 2026 tot 29 mei 2026", or one date when the team was on site one day. */
export function inspectionPeriod(inspection: InspectionReportData['inspection']): string {
  const end = inspection.endDate && inspection.endDate > inspection.startDate ? inspection.endDate : null;
  return end ? `${formatDutchDate(inspection.startDate)} tot ${formatDutchDate(end)}` : formatDutchDate(inspection.startDate);
}

/** Where Goed gedragen's framework sits: inside the inspectorate's referentiekader voor onderwijskwaliteit. */
export function frameworkPlace(inspection: InspectionReportData['inspection']): string {
  return (
    `${inspection.frameworkTitle} (versie ${inspection.frameworkVersion}). Dit kader werkt de verwachtingen uit het ` +
    'referentiekader voor onderwijskwaliteit (OK) verder uit voor gedrag, klasmanagement, leerlingenbegeleiding en welbevinden.'
  );
}

export function teamLine(team: InspectionReportData['inspection']['team']): string {
  return team.length > 0 ? team.map((m) => `${m.name} (${m.role})`).join(', ') : 'Niet opgegeven';
}

/** The cover: who and what was inspected, by whom, when, which version of the report, against which framework. */
export function coverBlocks(data: InspectionReportData): Block[] {
  const { school, inspection } = data;
  const draft = inspection.status !== 'final';
  const blocks: Block[] = [
    {
      kind: 'facts',
      items: [
        { label: 'School', value: school.name },
        { label: 'Instellingsnummer', value: school.instellingsnummer },
        { label: 'Adres', value: `${school.street}, ${school.postcode} ${school.municipality}` },
        { label: 'Onderwijs', value: `${LEVEL_NAMES[school.level]}, ${FORM_NAMES[school.form]}` },
        { label: 'Onderwijsnet', value: school.network },
        { label: 'Schoolbestuur', value: school.board },
        { label: 'Soort inspectie', value: INSPECTION_TYPE_LABELS_NL[inspection.type] },
        { label: 'Periode van de inspectie', value: inspectionPeriod(inspection) },
        { label: 'Inspectieteam', value: teamLine(inspection.team) },
        { label: 'Datum van het verslag', value: formatDutchDate(data.advice?.reportDate ?? data.generatedAt) },
        { label: 'Versie van het verslag', value: draft ? 'Ontwerp' : 'Definitief' },
        { label: 'Referentiekader', value: frameworkPlace(inspection) },
      ],
    },
  ];
  if (inspection.demo) {
    blocks.push({
      kind: 'note',
      runs: [bold('Voorbeeldverslag uit de demogegevens. '), { text: 'School, team, cijfers en beoordelingen zijn verzonnen om de werkbank te tonen; dit verslag beschrijft geen echte school.' }],
    });
  }
  if (draft) {
    blocks.push({
      kind: 'note',
      runs: [bold('Ontwerpverslag. '), { text: 'De beoordelingen kunnen nog wijzigen; dit verslag is niet bestemd voor publicatie.' }],
    });
  }
  return blocks;
}
