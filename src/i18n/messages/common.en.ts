import type { common as sv } from './common.sv.js';

export const common: Record<keyof typeof sv, string> = {
  'app.name': 'Kontakta',
  'nav.contacts': 'Contacts',
  'nav.activities': 'Activities',
  'nav.groupActivity': 'Create group activities',
  'nav.settings': 'Settings',
  'action.save': 'Save',
  'action.cancel': 'Cancel',
  'action.close': 'Close',
  'action.next': 'Next',
  'action.previous': 'Previous',
  'action.finish': 'Finish',
  'action.logout': 'Log out',
  'login.title': 'Log in',
  'login.email': 'E-mail',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'language': 'Language',
};
