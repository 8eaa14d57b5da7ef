// The routes of the citizen area, its entries in the header's navigation and their labels.
// Reads are public; acting (proposing, voting, verifying) needs the CITIZEN role, which the API
// checks: a page shows the API's refusal as it comes.
import { route } from './router.js';

route('/c/:id', './citizen.js', 'collectivity');
route('/verify', './citizen.js', 'verify', ['CITIZEN']);
route('/me', './citizen.js', 'me', ['CITIZEN']);
route('/p/:id', './citizen-process.js', 'process');
route('/proposal/:id', './citizen-process.js', 'proposal');
route('/consultation/:id', './citizen-consultation.js', 'consultation');
route('/program/:id', './citizen-program.js', 'program');

export const NAV = [
  { path: '/me', label: 'citizen.nav.me', roles: ['CITIZEN'], testid: 'nav-me' },
  { path: '/verify', label: 'citizen.nav.verify', roles: ['CITIZEN'], testid: 'nav-verify' },
];

export const NAV_LABELS = {
  'citizen.nav.me': { ar: 'فضائي', fr: 'Mon espace' },
  'citizen.nav.verify': { ar: 'التحقق من إقامتي', fr: 'Vérifier ma résidence' },
};
