import type { FeatureMessages } from '../../i18n/features';
import { PROFILE_ROLE_LABELS } from '../../../../main/api/vocabulary';

const roles = (lang: 'nl' | 'en') => Object.fromEntries(Object.entries(PROFILE_ROLE_LABELS).map(([role, label]) => [role, label[lang]]));

export const messages = {
  nl: {
    welcome: 'Welkom bij Doorlicht. Wie werkt er?',
    why: 'Elke beoordeling, elk bewijsstuk en elk advies draagt de naam van wie het vastlegde; die naam en rol staan ook in het verslag. Vul ze in voor u begint.',
    name: 'Uw naam (zoals in het verslag)',
    role: 'Uw rol',
    roles: roles('nl'),
    hint: 'Wordt bewaard als auteur van uw wijzigingen. Wijzigen kan later in Instellingen.',
    save: 'Profiel bewaren',
    saved: 'Profiel bewaard.',
    title: 'Profiel',
    current: '{{name}} · {{role}}',
  },
  en: {
    welcome: 'Welcome to Doorlicht. Who is working?',
    why: 'Every rating, piece of evidence and advice carries the name of whoever recorded it; that name and role also appear in the report. Fill them in before you start.',
    name: 'Your name (as in the report)',
    role: 'Your role',
    roles: roles('en'),
    hint: 'Recorded as the author of your changes. You can change it later in Settings.',
    save: 'Save profile',
    saved: 'Profile saved.',
    title: 'Profile',
    current: '{{name}} · {{role}}',
  },
} satisfies FeatureMessages;
