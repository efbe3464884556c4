import type { FeatureMessages } from '../i18n/features';

export const messages = {
  nl: {
    intro: 'Let op: deze tekst lijkt persoonsgegevens te bevatten',
    national_register_number: 'een rijksregisternummer',
    email: 'een e-mailadres',
    advice: 'Doorlicht bewaart enkel geaggregeerde gegevens over leerlingen en de rol van gesprekspartners. Laat namen, nummers en adressen weg.',
  },
  en: {
    intro: 'Note: this text seems to contain personal data',
    national_register_number: 'a national register number',
    email: 'an e-mail address',
    advice: 'Doorlicht keeps only aggregate data about pupils and the roles of people interviewed. Please leave out names, numbers and addresses.',
  },
} satisfies FeatureMessages;
