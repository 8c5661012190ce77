/**
 * Русский интерфейс: the same keys as en.ts (the `Dictionary` type makes a missing or extra key
 * an error), in Russian word order, with Russian plural forms from Intl.PluralRules (1 раунд,
 * 2 раунда, 5 раундов, 21 раунд) and ordinals written as Russian typography does ("18-й раунд").
 */
import { plural } from './plural.ts';
import { escapeHtml } from './escape-html.ts';
import type { Dictionary } from './en.ts';

const n = (count: number, one: string, few: string, many: string) =>
  plural('ru-RU', count, { one, few, many, other: few });

/** "18-й": a Russian ordinal number in the nominative masculine, as it qualifies "раунд". */
const ordinal = (value: number) => `${value}-й`;
/** "18-го раунда": the genitive, for "the release of the 18th round". */
const ofRound = (value: number) => `${value}-го раунда`;

export const ru: Dictionary = {
  siteName: 'Архив консультаций ЕС и России по правам человека',
  quote: (words) => `«${words}»`,
  consultations: 'Консультации Европейского союза и Российской Федерации по правам человека',
  layout: {
    skipLink: 'Перейти к содержанию',
    skipTo: (part) => `К разделу «${part}»`,
    feedTitle: 'Архив консультаций ЕС и России по правам человека: все раунды (на английском)',
    pageTitle: (title, site) => `${title} – ${site}`,
    homeTitle: (site, title) => `${site}: ${title}`,
    printAddress: 'Адрес страницы:',
  },
  header: {
    mainNav: 'Основное меню',
    rounds: 'Раунды',
    subjects: 'Темы',
    search: 'Поиск',
    about: 'Об архиве',
    searchLabel: 'Поиск по архиву',
    searchPlaceholder: 'Поиск по раундам',
    searchButton: 'Найти',
    searchResults: 'Результаты поиска',
    darkTheme: 'Тёмная тема',
  },
  footer: {
    creditsHtml:
      'Тексты пресс-релизов принадлежат <strong>Совету Европейского союза</strong> и публикуются на английском языке; на странице каждого раунда есть ссылка на его официальный релиз, если он известен, и на открытые источники его описания. Краткие описания, формулировки, нумерация и оформление принадлежат архиву.',
    aboutLink: 'Источники, происхождение текстов и как ссылаться',
    correctionsLink: 'Исправления',
  },
  corrections: {
    title: 'Исправления',
    description:
      'Все исправления описания консультаций Европейского союза и Российской Федерации по правам человека в архиве: когда, что изменилось и почему.',
    lede: 'Все изменения в описании, новые сначала: когда они сделаны, что изменилось и что говорят источники. На странице каждого раунда перечислены его исправления.',
    none: 'Описание не исправлялось.',
    roundHeading: 'Исправления этого описания',
    changed: 'Что изменилось:',
    why: 'Почему:',
  },
  breadcrumbs: { label: 'Навигационная цепочка', home: 'Главная', rounds: 'Раунды', subjects: 'Темы' },
  dates: {
    uncertain: (date) => `${date} (не точно)`,
    uncertainFull: (date) => `${date} (не точно: см. источники)`,
    scheduled: (date) => `${date} (запланирован)`,
    dayUnknown: (date) => `${date}; день неизвестен`,
    monthUnknown: (date) => `${date}; месяц и день неизвестны`,
    scheduledFull: (date) => `${date}, запланированная дата; ни один источник не сообщает о самой встрече`,
    scheduledDaysFull: (date) => `${date}, запланированные дни; ни один источник не сообщает о самой встрече`,
  },
  round: {
    label: (value) => `${ordinal(value)} раунд`,
    ordinal,
    markLabel: (round, date, holding) => `Раунд ${round}, ${date}, ${holding}`,
    eventName: (round) =>
      `${ordinal(round)} раунд консультаций Европейского союза и Российской Федерации по правам человека`,
    documentTitle: (label, date) => `${label}, ${date}`,
    socialTitle: (label, date) => `${label} консультаций ЕС и России по правам человека, ${date}`,
    holding: { text: 'Полный текст', release: 'Известен официальный релиз', record: 'Только открытые источники' },
    heldOn: 'Дата',
    heldIn: 'Дата',
    scheduledFor: 'Запланирован на',
    place: 'Место',
    placeUnknown: 'В открытых источниках не указано',
    placeNotStated: 'Не указано',
    officialRelease: 'Официальный релиз',
    noRelease: 'Не известен: описание основано на открытых источниках, перечисленных ниже',
    release: (issuer, format) => `${issuer}, пресс-релиз (${format})`,
    releaseNoAddress: (issuer, format) => `${issuer}, пресс-релиз (${format}); его веб-адрес не записан`,
    inThisArchive: 'В архиве',
    nextExpectedHtml: (words) => `ожидался, по словам релиза, «<span lang="en">${escapeHtml(words)}</span>».`,
    nextRound: 'Следующий раунд:',
    officialTextLanguage:
      'Официальный текст релиза опубликован только на английском языке и приводится здесь дословно, без перевода.',
    sourceCount: (count) => n(count, '{n} источник', '{n} источника', '{n} источников'),
    navigation: 'Раунды',
    previous: 'Предыдущий раунд',
    next: 'Следующий раунд',
  },
  release: {
    paragraphTitle: (round, date, paragraph) => `${ordinal(round)} раунд · ${date} · ¶${paragraph}`,
    paragraphLabel: (paragraph) => `Абзац ${paragraph}`,
    namedHere: 'Упоминаются: ',
  },
  record: {
    heading: 'Что известно из источников',
    sequenceTitle: 'Номер по порядку:',
    sequence: (round) =>
      `ни один источник не называет номер ${ofRound(round)}; он получен подсчётом предшествующих раундов.`,
    delegations: 'Делегации',
    noDelegations: 'Ни один источник не называет глав делегаций.',
    raised: 'Что обсуждалось на этом раунде',
    noRaised: 'Ни один источник не сообщает, что обсуждалось.',
    notes: 'Другие сведения',
    conflicts: 'Где источники расходятся',
    subjects: 'Темы этого раунда',
    sources: 'Источники',
    placeUnknown: 'Не указано ни в одном известном архиву источнике',
    note: 'Примечание',
    dateDisputed: 'Дата спорна',
    placeDisputed: 'Место спорно',
    by: { eu: 'подняла сторона ЕС', russia: 'подняла российская сторона', both: 'подняли обе стороны' },
    byUnknown: 'кто поднял вопрос, не указано',
    side: { eu: 'Делегация ЕС', russia: 'Российская делегация' },
    kind: {
      council: 'Релиз Совета ЕС',
      presidency: 'Релиз председательства в Совете ЕС',
      government: 'Заявление правительства',
      parliament: 'Документ Европейского парламента',
      ngo: 'Доклад НКО',
      press: 'Публикация в прессе',
    },
    inLanguage: (language) => `на языке: ${language}`,
    mirror: 'Зеркало: копия на другом сайте, официальный адрес неизвестен',
    sourceRef: (number) => `источник ${number}`,
    number: 'Номер',
    numberValue: (round) => `${ordinal(round)} раунд, по нумерации источников`,
    unverified: {
      'cut-off': 'сохранённая копия обрывается на этих словах; остальной текст источника не прочитан',
      inferred: 'слова прочитаны; то, что они относятся к этому раунду или теме, — вывод архива',
    },
    savedCopies: 'сохранённые копии',
  },
  notice: {
    heading: 'Текста этого раунда в архиве нет',
    releaseKnown: (issuer, round) =>
      `Официальный релиз ${ofRound(round)} известен (${issuer}), но его текста в архиве нет. Ничто здесь его не заменяет; ниже изложено то, что архиву известно о раунде, со ссылками на источники.`,
    noRelease: (round) =>
      `Официальный релиз ${ofRound(round)} архиву неизвестен, и текста раунда в архиве нет. Всё, что о нём известно, взято из открытых источников, перечисленных ниже: каждый факт связан с источниками, которые его сообщают, а то, о чём они молчат, отмечено как неизвестное.`,
    read: 'Официальный релиз:',
    releaseLink: (issuer, round, format) => `${issuer}, пресс-релиз ${ofRound(round)} (${format})`,
  },
  previous: {
    heading: 'Предыдущие консультации, перечисленные в этом релизе',
    official: 'официальный релиз (PDF)',
  },
  cite: {
    heading: 'Как ссылаться на этот раунд',
    copy: 'Копировать библиографическую ссылку',
    copied: 'Библиографическая ссылка скопирована.',
    copyFailed: 'Копирование здесь недоступно: выделите ссылку и скопируйте её.',
    downloads: 'Скачать для менеджеров библиографии:',
    citationOf: (round) => ` ссылка на ${round}-й раунд`,
    fileName: (round) => `round-${round}`,
    hint: 'Чтобы сослаться на один абзац, выберите его номер ¶: будет скопирована ссылка на абзац и предложена библиографическая ссылка.',
    language:
      'Библиографическая ссылка приводится на английском: так называется цитируемый документ, опубликованный на английском языке.',
  },
  provenance: {
    heading: 'Происхождение',
    release: 'Официальный релиз',
    none: 'Архиву не известен.',
    noAddress: (issuer, format) => `${issuer}: пресс-релиз в формате ${format}; веб-адрес в архиве не записан.`,
    savedCopies: 'Сохранённые копии',
    archiveCopies: 'Копии официального документа в Архиве Интернета',
    record: 'Описание в архиве',
    extracted: (format) =>
      `Текст извлечён из официального файла ${format}; слова сохранены дословно, лишь переносы строк соединены в абзацы.`,
    noText: (count) =>
      `Текста этого раунда в архиве нет; его описание опирается на ${n(count, '{n} открытый источник', '{n} открытых источника', '{n} открытых источников')}.`,
    listedIn: 'Его дата и официальный адрес перечислены в релизе раунда:',
    asData: 'Данные',
    dataHtml: (dataUrl, schemaUrl) =>
      `<a href="${escapeHtml(dataUrl)}">Этот раунд в формате JSON</a> (описан <a href="${escapeHtml(schemaUrl)}">схемой JSON Schema</a>)`,
  },
  years: {
    label: 'Годы',
    describe: (rounds, withText) =>
      withText === 0
        ? n(rounds, '{n} раунд', '{n} раунда', '{n} раундов')
        : rounds === 1
          ? '1 раунд, с полным текстом'
          : `${n(rounds, '{n} раунд', '{n} раунда', '{n} раундов')}, из них с полным текстом: ${withText}`,
    title: (year) => `Раунды ${year} года`,
    description: (year, counts) =>
      `Раунды консультаций ЕС и России по правам человека в ${year} году: ${counts}, с датой, местом и сведениями о том, что есть в архиве.`,
    lede: (counts, several) => `${counts[0]!.toUpperCase()}${counts.slice(1)}${several ? ', сначала новые' : ''}.`,
    caption: (year) => `Раунды ${year} года, сначала новые`,
    previous: 'Предыдущий год',
    next: 'Следующий год',
  },
  timeline: {
    label: 'Хронология раундов',
    byYearLabel: 'Хронология раундов по годам',
    scrollable: (label) => `${label}, прокручивается`,
    empty: 'Раундов пока нет.',
    span: (count, first, firstOrdinal, last, lastOrdinal) =>
      `${n(count, '{n} раунд', '{n} раунда', '{n} раундов')} с ${first} (${firstOrdinal}) по ${last} (${lastOrdinal}).`,
    withText: (ordinals) =>
      `Закрашенные метки — раунды, полный текст которых есть в архиве (${ordinals}); пустые известны по официальному релизу или открытым источникам. Полоса означает дату, известную лишь с точностью до месяца.`,
    noText: 'Полного текста ни одного раунда здесь нет.',
    byYear: (total, oldest, newest, most, busiest) =>
      `${n(total, '{n} раунд', '{n} раунда', '{n} раундов')} с ${oldest} по ${newest} год — слишком много для отдельной метки каждому: каждый столбец — год, его высота — число раундов (больше всего, ${most}, в ${busiest} году), закрашенная часть — раунды, текст которых есть в архиве. Каждый столбец ведёт к раундам своего года.`,
    yearBar: (year, counts) => `${year}: ${counts}`,
  },
  home: {
    title: 'пресс-релизы всех раундов: читать, искать, ссылаться',
    description:
      'Справочный архив консультаций ЕС и России по правам человека: пресс-релиз каждого раунда дословно, со ссылками на абзацы и источники.',
    heading: 'Консультации ЕС и России по правам человека',
    lede: (span) =>
      `Европейский союз и Российская Федерация регулярно проводили раунды консультаций по правам человека${span ? ` с ${span[0]} по ${span[1]} год` : ''}. Архив хранит сведения о каждом раунде, по странице на раунд: текст релиза дословно, где он есть, с нумерованными абзацами, на которые можно ссылаться, и для каждого раунда — то, что сообщают открытые источники, каждый факт со ссылкой на источник.`,
    numbers: 'Архив в цифрах',
    counts: {
      rounds: (count) => n(count, 'раунд в архиве', 'раунда в архиве', 'раундов в архиве'),
      texts: (count) => n(count, 'полный текст', 'полных текста', 'полных текстов'),
      releases: (count) =>
        n(count, 'известный официальный релиз', 'известных официальных релиза', 'известных официальных релизов'),
      sources: (count) => n(count, 'открытый источник', 'открытых источника', 'открытых источников'),
    },
    latest: 'Последний раунд в архиве',
    timeline: 'Хронология раундов',
    allRounds: 'Все раунды в виде таблицы',
  },
  rounds: {
    title: 'Все раунды',
    description: (count, everyRound) =>
      `Все раунды консультаций ЕС и России по правам человека в архиве (${count}), ${everyRound ? 'сначала новые' : 'по годам'}, с датой, местом и сведениями о том, есть ли текст.`,
    holdings: (count, byYear, text, release, record) => {
      const of = (rounds: number) => n(rounds, 'у {n} раунда', 'у {n} раундов', 'у {n} раундов');
      const parts = [
        text && `полный текст — ${of(text)}`,
        release && `официальный релиз (со ссылкой) — ${of(release)}`,
        record && `сведения из открытых источников, каждый факт с источником, — ${of(record)}`,
      ].filter((part): part is string => Boolean(part));
      const list = new Intl.ListFormat('ru-RU', { type: 'conjunction' }).format(parts);
      return `${n(count, '{n} раунд', '{n} раунда', '{n} раундов')}, ${byYear ? 'по годам, сначала новые' : 'сначала новые'}. В архиве: ${list}.`;
    },
    tableCaption: 'Раунды консультаций ЕС и России по правам человека по годам, сначала новые',
    columns: { round: 'Раунд', date: 'Дата', place: 'Место', holding: 'В архиве' },
    yearsRegion: 'Годы консультаций',
    yearsCaption: 'Годы консультаций, сначала новые: на странице каждого года перечислены его раунды',
    yearColumns: { year: 'Год', rounds: 'Раунды', range: 'Первый и последний раунд' },
  },
  subjects: {
    title: 'Темы',
    description:
      'Люди, организации, законы, дела, темы и места, которые поднимались на консультациях ЕС и России по правам человека, с каждым раундом, где они встречаются.',
    ledeHtml: (count, matrixHref) =>
      `${n(count, '{n} тема', '{n} темы', '{n} тем')}, поднятых на раундах или названных в релизах, по видам: у каждой — раунды, где она встречается, и годы. <a href="${escapeHtml(matrixHref)}">Все темы по раундам в виде таблицы</a>.`,
    filter: 'Отфильтровать темы',
    kinds: {
      person: 'Люди',
      organisation: 'Организации',
      law: 'Законы и политика',
      case: 'Дела',
      theme: 'Темы',
      place: 'Места',
    },
    roundCount: (count) => n(count, '{n} раунд', '{n} раунда', '{n} раундов'),
    pageTitle: (name, page) => (page === 1 ? name : `${name}, страница ${page}`),
    documentTitle: (name, page, pages) =>
      pages === 1 ? `${name} на консультациях` : `${name} на консультациях, страница ${page} из ${pages}`,
    metaDescription: (description, count, years, page, pages) =>
      `${description} Поднималось или упоминалось на ${n(count, '{n} раунде', '{n} раундах', '{n} раундах')} консультаций ЕС и России по правам человека (${years})${pages > 1 ? `; страница ${page} из ${pages}` : ''}.`,
    searchRounds: (name) => `Искать в раундах по теме «${name}»`,
    feed: (name) => `Лента новых раундов и исправлений по теме «${name}» (Atom)`,
    alsoWritten: 'Другие написания:',
    appearsIn: (count, years) =>
      `Поднималось или упоминалось на ${n(count, '{n} раунде', '{n} раундах', '{n} раундах')} (${years}).`,
    pagesNote: (pages, page, years) => `Список занимает ${pages} стр.; это страница ${page}, ${years}.`,
    pagesLabel: 'Страницы списка',
    pageLink: (page, years) => `${page} (${years})`,
    related: 'Связанные темы',
    appearances: 'Где встречается',
    raisedBy: { eu: 'Подняла сторона ЕС', russia: 'Подняла российская сторона', both: 'Подняли обе стороны' },
    raisedByUnknown: 'Поднималось (кем — не указано)',
    sources: (count) => n(count, 'Источник', 'Источники', 'Источники'),
    reach: (allRaised, count, years) =>
      `${allRaised ? 'поднималось на' : 'поднималось или упоминалось на'} ${n(count, '{n} раунде', '{n} раундах', '{n} раундах')}, ${years}`,
    matrixTitle: 'Темы по раундам',
    matrixByYearTitle: (decade) => (decade === undefined ? 'Темы по годам' : `Темы по годам, ${decade}-е`),
    matrixDescription: (byRound) =>
      `Каждая тема консультаций ЕС и России по правам человека против каждого ${byRound ? 'раунда' : 'года'}: где она поднималась или упоминалась, каждая метка ведёт к подтверждению.`,
    matrixLedeHtml: (byRound, csvHref) =>
      `${byRound ? 'Каждая строка — тема, каждый столбец — раунд; метка ведёт туда, где тема поднималась (описание раунда) или упоминалась (абзац).' : 'Каждая строка — тема, каждый столбец — год; число показывает, на скольких раундах этого года тема поднималась или упоминалась, и ведёт к ним.'} <a href="${escapeHtml(csvHref)}">Скачать таблицу всех раундов в формате CSV</a>.`,
    decades: 'Десятилетия',
    legend: '● поднималось на раунде (описание раунда) · ○ только упоминается в тексте раунда',
    matrixRegion: (byRound) => (byRound ? 'Темы по раундам, прокручивается' : 'Темы по годам, прокручивается'),
    matrixCaption: (byRound) => (byRound ? 'Темы (строки) по раундам (столбцы)' : 'Темы (строки) по годам (столбцы)'),
    subjectColumn: 'Тема',
    matrixCell: (name, raised, named, column) =>
      `${name}: ${raised && named ? 'поднималось и упоминается в тексте' : raised ? 'поднималось' : 'упоминается в тексте'} — ${column}`,
    roundsOfYear: (year) => `Раунды ${year} года`,
    roundColumn: (round, date) => `Раунд ${round}, ${date}`,
  },
  search: {
    title: 'Поиск',
    description:
      'Поиск по всем раундам консультаций ЕС и России по правам человека, вплоть до абзаца, по словам, годам и раундам.',
    heading: 'Поиск по консультациям',
    formLabel: 'Поиск по архиву',
    query: 'Слова, имена или места',
    button: 'Найти',
    filters: 'Уточнить и упорядочить',
    year: 'Год',
    allYears: 'Все годы',
    round: 'Раунд',
    allRounds: 'Все раунды',
    roundNumber: 'Номер раунда',
    roundRange: (min, max) => `(${min}–${max}; пусто — все)`,
    roundOption: (label, date) => `${label} (${date})`,
    kind: 'Темы',
    allKinds: 'Раунды и темы',
    subject: 'Раунды по теме',
    allSubjects: 'Любая тема',
    order: 'Порядок',
    relevance: 'Сначала лучшие совпадения',
    newest: 'Сначала новые раунды',
    noScriptHeading: 'Для поиска нужен JavaScript',
    noScriptHtml: (href) =>
      `Поиск работает в браузере, а JavaScript отключён. Все раунды можно читать и так: <a href="${escapeHtml(href)}">список всех раундов</a>.`,
    examples: ['Магнитский', 'иностранные агенты', 'Голос', 'пытки', 'расизм', 'гражданское общество'],
  },
  notFound: {
    title: 'Страница не найдена',
    description: 'По этому адресу в архиве нет страницы.',
    lede: 'По этому адресу в архиве нет страницы. Если вы вводили адрес вручную, проверьте его.',
    searchLabel: 'Найти в архиве слово, имя или место',
    browse: 'Все раунды',
    home: 'На главную',
  },
  social: {
    details: (date, place) => (place ? `${date} · ${place}` : date),
    withText: 'Полный текст с нумерованными абзацами',
    withoutText: 'Дата и официальный источник',
  },
  about: {
    roundRange: (count) =>
      `${n(count, '{n} раунд', '{n} раунда', '{n} раундов')} (первый — {oldest}, последний — {newest})`,
    extent: (count, places) =>
      `${count === 1 ? 'Архиву известен один раунд — {newest}' : `Архиву известно ${n(count, '{n} раунд', '{n} раунда', '{n} раундов')}: первый — {oldest}, последний — {newest}`}${places ? `; места проведения: ${places}` : ''}.`,
    latest: 'Последний раунд, о котором сообщает хоть один известный архиву источник, — {newest}.',
    nextExpected:
      'Его релиз называет срок следующего раунда: {next}; ни один известный архиву источник не показывает, что он состоялся.',
    numberingExample: (date, dates, rounds) =>
      `Например, релиз раунда «{release}» (${date}) перечисляет даты: ${dates}; архив присваивает им номера ${rounds} в том же порядке.`,
    dataFileExample: ', например {file}',
  },
};
