import type { FeatureMessages } from '../../i18n/features';

export const messages = {
  nl: {
    title: 'Bewaartermijn van bijlagen',
    intro: 'Bijlagen van afgesloten (definitieve) inspecties worden na de bewaartermijn verwijderd; de beoordelingen en het verslag blijven.',
    days: 'Bewaartermijn in dagen',
    save: 'Termijn opslaan',
    expired: '{{count}} bijlagen ({{size}}) zijn ouder dan de bewaartermijn.',
    none: 'Geen bijlagen ouder dan de bewaartermijn.',
    confirm: 'Ik bevestig dat deze {{count}} bijlagen definitief verwijderd worden.',
    purge: 'Bijlagen verwijderen',
    removed: '{{count}} bijlagen verwijderd.',
    changed: 'Het aantal bijlagen is intussen gewijzigd; controleer opnieuw en bevestig.',
  },
  en: {
    title: 'Attachment retention',
    intro: 'Attachments of closed (final) inspections are removed after the retention period; ratings and the report stay.',
    days: 'Retention period in days',
    save: 'Save period',
    expired: '{{count}} attachments ({{size}}) are older than the retention period.',
    none: 'No attachments older than the retention period.',
    confirm: 'I confirm that these {{count}} attachments are removed for good.',
    purge: 'Remove attachments',
    removed: '{{count}} attachments removed.',
    changed: 'The number of attachments changed meanwhile; check again and confirm.',
  },
} satisfies FeatureMessages;
