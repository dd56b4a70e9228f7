/**
 * Swedish for what an office worker meets outside the wizard: the contact code registers, the
 * activity card's Duplicate / Delete / New follow-up, the call-list columns of the activity report.
 */
export const office = {
  'settings.categories': 'Kategorier',
  'settings.linesOfBusiness': 'Branscher',
  'settings.contactStatuses': 'Kontaktstatusar',
  'settings.districts': 'Distrikt',
  'settings.codeRegisters': 'Kontaktregister',
  'field.code': 'Kod',
  'field.label': 'Benämning',
  'code.hint': 'Koden är det som sparas på kontakten och används i urval.',
  'code.unknown': '{code} (finns inte i registret)',
  'code.inactive': '{label} (inaktiv)',
  'code.emptyRegister': 'Registret är tomt – en administratör lägger till koder under Inställningar.',
  'card.duplicate': 'Duplicera',
  'card.duplicated': 'Kopian har fått nummer {number}.',
  'card.followUp': 'Ny uppföljning',
  'card.followUpSubject': 'Uppföljning: {subject}',
  'card.delete': 'Ta bort',
  'card.deleteTitle': 'Ta bort aktivitet {number}?',
  'card.deleteText': 'Aktiviteten och dess kopplingar tas bort. Det går inte att ångra.',
  'card.deleteDoneGroup': 'Aktiviteten är klar och hör till en slutförd gruppaktivitet, där den räknas i rapporten. Ta bort den ändå?',
  'card.deleteConfirm': 'Ta bort aktiviteten',
  'card.deleteForce': 'Ta bort ändå',
  'card.deleted': 'Aktivitet {number} är borttagen.',
  'card.groupLink': 'Hör till gruppaktivitet {id}',
  'card.actions': 'Fler åtgärder',
  'list.today': 'I dag',
  'report.col.personDirect': 'Direkt',
} as const;
