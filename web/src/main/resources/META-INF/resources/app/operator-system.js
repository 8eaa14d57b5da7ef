// The platform as an operator watches it: the live projections (tables, rows, positions in the
// topics), a rebuild of them from the topics followed every second until it ends with its
// per-table checksums, and the heads of the hash chains with each partition's links.
import { h } from './dom.js';
import { t, code, integer } from './i18n.js';
import { get, post, enc } from './api.js';
import { form } from './forms.js';
import { page, card, facts, badge } from './ui.js';
import { COMMON_LABELS, grid, consoleNav, when } from './operator-common.js';

export const LABELS = Object.assign({}, COMMON_LABELS, {
  'operator.system.title': { ar: 'النظام', fr: 'Système' },
  'operator.projections.title': { ar: 'الإسقاطات الحية', fr: 'Projections en service' },
  'operator.projections.intro': { ar: 'جداول القراءة التي تبنيها خدمة التقارير من مواضيع الأحداث، وموقعها في كل قسم.', fr: 'Les tables de lecture que le service de reporting construit à partir des topics d’événements, et leur position dans chaque partition.' },
  'operator.projections.table': { ar: 'الجدول', fr: 'Table' },
  'operator.projections.rows': { ar: 'الأسطر (تقديريا)', fr: 'Lignes (estimation)' },
  'operator.projections.tables': { ar: 'الجداول', fr: 'Tables' },
  'operator.projections.positions': { ar: 'المواقع في المواضيع', fr: 'Positions dans les topics' },
  'operator.topic': { ar: 'الموضوع', fr: 'Topic' },
  'operator.partition': { ar: 'القسم', fr: 'Partition' },
  'operator.position': { ar: 'الموقع', fr: 'Position' },
  'operator.rebuild.title': { ar: 'إعادة بناء الإسقاطات', fr: 'Reconstruire les projections' },
  'operator.rebuild.intro': { ar: 'تعاد قراءة كل المواضيع في جداول جديدة، ثم تقارن بصمات الجداول؛ تعوض الجداول الحية إذا تساوت.', fr: 'Tous les topics sont relus dans des tables neuves, puis les empreintes des tables sont comparées ; elles remplacent les tables en service si elles sont égales.' },
  'operator.rebuild.swap': { ar: 'التعويض حتى عند الاختلاف (بعد تصحيح إسقاط)', fr: 'Remplacer même en cas de différence (après correction d’une projection)' },
  'operator.rebuild.start': { ar: 'بدء إعادة البناء', fr: 'Lancer la reconstruction' },
  'operator.rebuild.latest': { ar: 'آخر إعادة بناء', fr: 'Dernière reconstruction' },
  'operator.rebuild.none': { ar: 'لم تجر أي إعادة بناء منذ تشغيل الخدمة.', fr: 'Aucune reconstruction depuis le démarrage du service.' },
  'operator.rebuild.state': { ar: 'الحالة', fr: 'État' },
  'operator.rebuild.progress': { ar: 'التقدم', fr: 'Progression' },
  'operator.rebuild.read': { ar: '{read} من {total} سجل مقروء', fr: '{read} enregistrements lus sur {total}' },
  'operator.rebuild.applied': { ar: 'أحداث مطبقة', fr: 'Événements appliqués' },
  'operator.rebuild.rate': { ar: 'سجل في الثانية', fr: 'Enregistrements par seconde' },
  'operator.rebuild.requestedBy': { ar: 'بطلب من', fr: 'Demandée par' },
  'operator.rebuild.startedAt': { ar: 'بدأت', fr: 'Début' },
  'operator.rebuild.finishedAt': { ar: 'انتهت', fr: 'Fin' },
  'operator.rebuild.running': { ar: 'جارية', fr: 'en cours' },
  'operator.rebuild.swapWhenDifferent': { ar: 'تعويض عند الاختلاف', fr: 'Remplacement si différence' },
  'operator.rebuild.message': { ar: 'التفاصيل (بالإنجليزية)', fr: 'Détail (en anglais)' },
  'operator.rebuild.checksums': { ar: 'بصمات الجداول', fr: 'Empreintes des tables' },
  'operator.rebuild.live': { ar: 'الحي', fr: 'En service' },
  'operator.rebuild.rebuilt': { ar: 'المعاد بناؤه', fr: 'Reconstruite' },
  'operator.rebuild.equal': { ar: 'متساويان', fr: 'Égales' },
  'operator.rebuild.equal.true': { ar: 'نعم', fr: 'oui' },
  'operator.rebuild.equal.false': { ar: 'لا، مختلفان', fr: 'non, différentes' },
  'operator.rebuild.state.PREPARING': { ar: 'تحضير', fr: 'Préparation' },
  'operator.rebuild.state.REPLAYING': { ar: 'إعادة القراءة', fr: 'Relecture' },
  'operator.rebuild.state.CATCHING_UP': { ar: 'اللحاق بالإسقاطات الحية', fr: 'Rattrapage' },
  'operator.rebuild.state.VERIFYING': { ar: 'المقارنة', fr: 'Vérification' },
  'operator.rebuild.state.SWAPPED': { ar: 'انتهت: عوضت الجداول', fr: 'Terminée : tables remplacées' },
  'operator.rebuild.state.DIFFERENT': { ar: 'انتهت: جداول مختلفة، لم يعوض شيء', fr: 'Terminée : tables différentes, rien n’est remplacé' },
  'operator.rebuild.state.FAILED': { ar: 'فشلت', fr: 'Échec' },
  'operator.chain.title': { ar: 'رؤوس سلاسل البصمات', fr: 'Têtes des chaînes d’empreintes' },
  'operator.chain.intro': { ar: 'كل قسم من المواضيع مسلسل ببصمات SHA-256: يمكن لأي أحد إعادة حسابها ومقارنتها.', fr: 'Chaque partition des topics est chaînée par empreintes SHA-256 : chacun peut les recalculer et comparer.' },
  'operator.chain.offset': { ar: 'آخر موقع', fr: 'Dernier offset' },
  'operator.chain.hash': { ar: 'البصمة', fr: 'Empreinte' },
  'operator.chain.count': { ar: 'عدد السجلات', fr: 'Enregistrements' },
  'operator.chain.updatedAt': { ar: 'آخر تحديث', fr: 'Mise à jour' },
  'operator.chain.links': { ar: 'الحلقات', fr: 'Maillons' },
  'operator.chain.linksOf': { ar: 'حلقات {topic} / {partition}', fr: 'Maillons de {topic} / {partition}' },
  'operator.chain.back': { ar: 'العودة إلى النظام', fr: 'Retour au système' },
  'operator.chain.linkTitle': { ar: 'حلقة كل سجل', fr: 'Le maillon de chaque enregistrement' },
});

const ENDED = ['SWAPPED', 'DIFFERENT', 'FAILED'];
const POLL_MS = 1000;

const hash = value => h('code', { class: 'op-hash', dir: 'ltr' }, value);

function positionsTable(positions) {
  return grid([
    { label: t('operator.topic'), cell: p => h('code', {}, p.topic) },
    { label: t('operator.partition'), cell: p => integer(p.partition), num: true },
    { label: t('operator.position'), cell: p => integer(p.position), num: true },
  ], positions, { rowTestid: 'position-row', caption: t('operator.projections.positions') });
}

function liveView(projections) {
  return [
    h('h3', {}, t('operator.projections.tables')),
    grid([
      { label: t('operator.projections.table'), cell: row => h('code', {}, row.table) },
      { label: t('operator.projections.rows'), cell: row => integer(row.estimatedRows), num: true },
    ], projections.tables || [], { rowTestid: 'live-table-row', caption: t('operator.projections.tables') }),
    h('h3', {}, t('operator.projections.positions')),
    positionsTable(projections.positions || []),
  ];
}

function rebuildView(rebuild) {
  if (!rebuild) {
    return h('p', { class: 'empty', 'data-testid': 'rebuild-none' }, t('operator.rebuild.none'));
  }
  const ended = ENDED.includes(rebuild.state);
  const total = Math.max(rebuild.eventsTotal || 0, rebuild.eventsRead || 0);
  const bar = h('progress', { id: 'rebuild-progress', 'data-testid': 'rebuild-progress' });
  if (total > 0) {
    bar.max = total;
    bar.value = ended && rebuild.state !== 'FAILED' ? total : rebuild.eventsRead;
  }
  return h('div', { 'data-testid': 'rebuild-status', 'data-state': rebuild.state, 'data-ended': String(ended) },
    h('p', { class: 'op-state' }, t('operator.rebuild.state') + ' : ',
      badge(code('operator.rebuild.state', rebuild.state), ended ? (rebuild.state === 'SWAPPED' ? 'ok' : 'warn') : null, 'rebuild-state')),
    h('label', { for: 'rebuild-progress' }, t('operator.rebuild.progress') + ' — ',
      t('operator.rebuild.read', { read: integer(rebuild.eventsRead), total: integer(rebuild.eventsTotal) })),
    bar,
    facts([
      [t('operator.rebuild.startedAt'), when(rebuild.startedAt)],
      [t('operator.rebuild.finishedAt'), rebuild.finishedAt ? when(rebuild.finishedAt) : t('operator.rebuild.running')],
      [t('operator.rebuild.applied'), integer(rebuild.eventsApplied)],
      [t('operator.rebuild.rate'), integer(rebuild.eventsPerSecond)],
      [t('operator.rebuild.swapWhenDifferent'), t(rebuild.swapWhenDifferent ? 'yes' : 'no')],
      [t('operator.rebuild.requestedBy'), h('code', {}, rebuild.requestedBy)],
      [t('operator.rebuild.message'), h('span', { lang: 'en', dir: 'ltr' }, rebuild.message)],
    ]),
    (rebuild.tables || []).length ? [h('h3', {}, t('operator.rebuild.checksums')), grid([
      { label: t('operator.projections.table'), cell: row => h('code', {}, row.table) },
      { label: t('operator.rebuild.live'), cell: row => [integer(row.liveRows), ' · ', hash(row.liveChecksum)] },
      { label: t('operator.rebuild.rebuilt'), cell: row => [integer(row.rebuiltRows), ' · ', hash(row.rebuiltChecksum)] },
      { label: t('operator.rebuild.equal'), cell: row => h('span', { 'data-equal': String(row.equal) }, t('operator.rebuild.equal.' + row.equal)) },
    ], rebuild.tables, { rowTestid: 'checksum-row', caption: t('operator.rebuild.checksums') })] : null);
}

/**
 * Follows the rebuild: reads the projections every second while it runs and the page is shown,
 * drawing its progress, and at its end its checksums.
 */
function follower(live, latest, status) {
  let following = false;
  const tick = async () => {
    if (!latest.isConnected) {
      following = false;
      return;
    }
    let projections = null;
    try {
      projections = await get('/api/admin/projections');
    } catch (failure) {
      // a missed reading: the next one comes in a second
    }
    if (projections) {
      live.replaceChildren(...liveView(projections));
      latest.replaceChildren(rebuildView(projections.rebuild));
      const state = projections.rebuild ? projections.rebuild.state : null;
      if (state && ENDED.includes(state)) {
        status.textContent = code('operator.rebuild.state', state);
        following = false;
        return;
      }
    }
    setTimeout(tick, POLL_MS);
  };
  return () => {
    if (!following) {
      following = true;
      setTimeout(tick, POLL_MS);
    }
  };
}

function chainTable(heads) {
  return grid([
    { label: t('operator.topic'), cell: c => h('code', {}, c.topic) },
    { label: t('operator.partition'), cell: c => integer(c.partition), num: true },
    { label: t('operator.chain.offset'), cell: c => integer(c.offset), num: true },
    { label: t('operator.chain.count'), cell: c => integer(c.count), num: true },
    { label: t('operator.chain.hash'), cell: c => hash(c.hash) },
    { label: t('operator.chain.updatedAt'), cell: c => when(c.updatedAt) },
    { label: t('operator.chain.links'), cell: c => h('a', {
      href: '#/operator/system/chain/' + enc(c.topic) + '/' + c.partition, 'data-testid': 'chain-links-link',
      'aria-label': t('operator.chain.linksOf', { topic: c.topic, partition: c.partition }),
    }, t('operator.chain.links')) },
  ], heads, { rowTestid: 'chain-head-row', caption: t('operator.chain.title') });
}

/** Rows of a paginated read in one table, "more" reading the next page (cursor: after or from). */
async function pagedTable(read, render, cursorName) {
  const rows = [];
  let cursor = null;
  const body = h('div', {});
  const more = h('button', { type: 'button', class: 'more', 'data-testid': 'more' }, t('more'));
  async function load() {
    const answer = await read(cursor ? { [cursorName]: cursor } : {});
    rows.push(...(answer.items || []));
    cursor = answer.next || null;
    more.hidden = !cursor;
    body.replaceChildren(render(rows));
  }
  more.addEventListener('click', () => load());
  await load();
  return h('div', {}, body, more);
}

async function system() {
  const projections = await get('/api/admin/projections');
  const live = h('div', { 'data-testid': 'projections' }, liveView(projections));
  const latest = h('div', {}, rebuildView(projections.rebuild));
  const status = h('p', { class: 'visually-hidden', role: 'status', 'data-testid': 'rebuild-announce' });
  const follow = follower(live, latest, status);
  const start = form({
    id: 'rebuild', title: 'operator.rebuild.title', intro: t('operator.rebuild.intro'), submitLabel: 'operator.rebuild.start',
    fields: [{ name: 'swapWhenDifferent', label: 'operator.rebuild.swap', type: 'checkbox' }],
    submit: values => post('/api/admin/projections/rebuild', undefined, { query: { swapWhenDifferent: values.swapWhenDifferent ? 'true' : null } }),
    done: started => {
      latest.replaceChildren(rebuildView(started));
      status.textContent = code('operator.rebuild.state', started.state);
      follow();
    },
  });
  if (projections.rebuild && !ENDED.includes(projections.rebuild.state)) {
    follow();
  }
  const chain = await pagedTable(query => get('/api/chain', Object.assign({ limit: 100 }, query)), chainTable, 'after');
  return page(t('operator.system.title'), consoleNav('/operator/system'),
    start,
    card(t('operator.rebuild.latest'), { 'data-testid': 'rebuild' }, latest, status),
    card(t('operator.projections.title'), {}, h('p', { class: 'hint' }, t('operator.projections.intro')), live),
    card(t('operator.chain.title'), { 'data-testid': 'chain' }, h('p', { class: 'hint' }, t('operator.chain.intro')), chain));
}

async function links(params) {
  const topic = params.topic;
  const partition = params.partition;
  const list = await pagedTable(query => get('/api/chain/links', Object.assign({ topic, partition, limit: 100 }, query)),
    rows => grid([
      { label: t('operator.chain.offset'), cell: l => integer(l.offset), num: true },
      { label: t('operator.chain.hash'), cell: l => hash(l.hash) },
    ], rows, { rowTestid: 'chain-link-row', caption: t('operator.chain.linkTitle') }), 'from');
  return page(t('operator.chain.linksOf', { topic, partition }), consoleNav(null),
    h('p', {}, h('a', { href: '#/operator/system', 'data-testid': 'back-to-system' }, t('operator.chain.back'))),
    card(t('operator.chain.linkTitle'), { 'data-testid': 'chain-links' }, list));
}

export const PAGES = { system, links };
