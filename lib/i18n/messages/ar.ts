/**
 * جدول الرسائل العربية: the Arabic interface table, for councils that offer Arabic as a
 * community language (partial: only the texts a council chooses are translated). Plain
 * Modern Standard Arabic; a fluent reader should review it before a council uses it.
 */
import type { ServiceStatus } from "../../content/schemas";
import type { Messages } from "./en";

function boardSummary(statuses: readonly ServiceStatus[]): string {
  const count = (s: ServiceStatus[]) => statuses.filter((x) => s.includes(x)).length;
  const down = count(["major-outage"]);
  const off = count(["suspended"]);
  const problems = count(["partial-outage", "degraded"]);
  const parts: string[] = [];
  if (down) parts.push(`غير متاحة: ${down}`);
  if (off) parts.push(`موقوفة احتياطيًا: ${off}`);
  if (problems) parts.push(`بها مشكلات: ${problems}`);
  if (parts.length === 0) {
    if (statuses.length === 0) return "لا توجد خدمات مدرجة";
    return `جميع الخدمات تعمل بشكل طبيعي (${statuses.length})`;
  }
  const ok = count(["operational"]);
  if (ok) parts.push(`تعمل بشكل طبيعي: ${ok}`);
  return `الخدمات: ${parts.join("، ")}`;
}

export const ar: Messages = {
  statuses: {
    operational: "تعمل بشكل طبيعي",
    degraded: "بعض المشكلات",
    "partial-outage": "غير متاحة جزئيًا",
    "major-outage": "غير متاحة",
    suspended: "موقوفة احتياطيًا",
  },
  phases: {
    investigating: "قيد التحقيق",
    identified: "عُرف السبب",
    recovering: "جارٍ استعادة الخدمات",
    monitoring: "قيد المراقبة",
    resolved: "تم الحل",
  },
  phaseDescriptions: {
    investigating: "نعلم أن هناك مشكلة ونعمل على معرفة ما هي.",
    identified: "نعرف ما حدث ونعمل على إصلاحه.",
    recovering: "نعيد الخدمات بأمان.",
    monitoring: "عادت الخدمات ونراقبها عن كثب.",
    resolved: "انتهت الحادثة.",
  },
  boardSummary,

  chrome: {
    skipLink: "انتقل إلى المحتوى الرئيسي",
    for: "لـ",
    and: (_next: string) => " و",
    mainNav: "القائمة الرئيسية",
    home: "الرئيسية",
    updates: "التحديثات",
    services: "الخدمات",
    advice: "نصائح",
    breadcrumb: "مسار التنقل",
    languages: "اللغات",
    urgentHeading: "إذا كنت بحاجة إلى مساعدة عاجلة",
    danger: ["إذا كان أحد في خطر أو كانت حياته في خطر، اتصل بالرقم ", "."],
    mainNumber: "الرقم الرئيسي",
    journalists: "للصحفيين",
    pressOffice: "المكتب الصحفي",
    email: "البريد الإلكتروني",
    pressReleases: "البيانات الصحفية",
    rssFeed: "موجز RSS",
    atomFeed: "موجز Atom",
    jsonFeed: "موجز JSON",
    getUpdates: "احصل على التحديثات",
    followEveryUpdate: "تابع كل التحديثات عبر RSS",
    lastUpdated: "آخر تحديث",
    accessibilityStatement: "بيان إمكانية الوصول",
  },
  languageOfText: (language: string) => `هذا النص باللغة: ${language}.`,
  notYetTranslated: (language: string) => `هذا النص غير متوفر بالعربية بعد. يُعرض باللغة الأصلية (${language}) إلى حين توفر الترجمة.`,

  home: {
    important: "مهم",
    lastUpdated: "آخر تحديث",
    readLatest: "اقرأ آخر تحديث",
    allUpdates: "كل التحديثات",
    disrupted: "خدمات لا تعمل بشكل طبيعي",
    allWorking: "جميع الخدمات تعمل بشكل طبيعي.",
    worstFirst: "الأكثر تأثرًا أولًا.",
    seeEveryService: "اطّلع على كل الخدمات",
    staySafe: "احمِ نفسك من الاحتيال",
    allAdvice: "كل النصائح",
  },
  notFound: {
    title: "الصفحة غير موجودة",
    typed: "إذا كتبت عنوان الصفحة بنفسك، فتأكد من أنه صحيح.",
    pasted: "إذا لصقت عنوان الصفحة، فتأكد من أنك نسخت العنوان كاملًا.",
    youCan: "يمكنك:",
    home: "الاطلاع على آخر الأخبار",
    services: "معرفة الخدمات التي تعمل",
    advice: "قراءة نصائح للحماية من الاحتيال",
  },
  advice: {
    title: "نصائح: كيف تحمي نفسك",
    description: "كيف تعرف أن الرسالة من المجلس حقًا، وأين تبلّغ عن الاحتيال.",
    crumb: "نصائح",
    contents: "المحتويات",
    officialGuidance: "إرشادات رسمية",
    from: " من ",
    backToTop: "العودة إلى الأعلى",
  },
  incidents: {
    title: "كل الحوادث",
    crumb: "الحوادث",
    none: "لا توجد حوادث.",
  },
  incident: {
    started: "بدأت",
    lastUpdated: "آخر تحديث",
    resolved: "تم الحل",
    councilsAffected: "المجالس المتأثرة",
    status: "الحالة",
    oldestFirstHeading: (title: string) => `${title}: التحديثات من الأقدم`,
    oldestFirstTitle: (title: string) => `${title}: من الأقدم`,
    oldestFirstCrumb: "من الأقدم",
    newestFirst: "التحديثات، من الأحدث",
    oldestFirst: "التحديثات، من الأقدم",
    readOldestFirst: "اقرأ التحديثات من الأقدم",
    readNewestFirst: "اقرأ التحديثات من الأحدث",
    followByRss: "تابع هذه التحديثات عبر RSS",
    noUpdates: "لا توجد تحديثات بعد.",
    latestNewestFirst: "آخر التحديثات، من الأحدث",
    readAllOldestFirst: (total: number) => `اقرأ جميع التحديثات (${total}) من الأقدم`,
    readLatestFirst: "اقرأ آخر التحديثات أولاً",
    earlierUpdates: "تحديثات سابقة",
    everyUpdateOldestFirst: "كل التحديثات، من الأقدم",
    allInFull: (total: number, perPage: number) => `جميع التحديثات (${total}) كاملة، ${perPage} في كل صفحة، من الأول:`,
    updatesRange: (first: number, last: number) => (first === last ? `التحديث ${first}` : `التحديثات من ${first} إلى ${last}`),
    numbersRange: (first: number, last: number) => (first === last ? `${first}` : `${first} إلى ${last}`),
    dateSpan: (from: string, to: string) => `${from} إلى ${to}`,
    oldestFirstPageTitle: (title: string, first: number, last: number) => `${title}: التحديثات من ${first} إلى ${last}، من الأقدم`,
    oldestFirstPageHeading: (title: string, first: number, last: number, total: number) =>
      first === last ? `${title}: التحديث ${first} من ${total}، من الأقدم` : `${title}: التحديثات من ${first} إلى ${last} من ${total}، من الأقدم`,
    oldestFirstPageCrumb: (first: number, last: number) => (first === last ? `من الأقدم: التحديث ${first}` : `من الأقدم: التحديثات من ${first} إلى ${last}`),
    timelinePagesNav: "صفحات هذا الخط الزمني",
    earlierPage: "تحديثات سابقة",
    laterPage: "تحديثات لاحقة",
    everyPage: "كل صفحات هذا الخط الزمني",
  },
  update: {
    serviceChanges: "تغييرات الخدمات في هذا التحديث:",
    corrections: "تصحيحات:",
    linkToUpdate: "رابط هذا التحديث",
    earlier: "هذا تحديث سابق.",
    latest: "هذا آخر تحديث.",
    incidentNow: "حالة الحادثة الآن:",
    readLatest: "اقرأ آخر تحديث: ",
    partOf: "جزء من ",
    otherUpdates: "تحديثات أخرى",
    previous: "التحديث السابق",
    next: "التحديث التالي",
    inTimeline: "اعرض هذا التحديث في التسلسل الزمني",
    cite: "الاستشهاد بهذا التحديث",
    title: "العنوان",
    published: "نُشر",
    lastCorrected: "آخر تصحيح",
    permalink: "رابط دائم",
    pressOffice: "المكتب الصحفي",
  },
  organisation: {
    phone: "الهاتف",
    email: "البريد الإلكتروني",
    address: "العنوان",
    website: "موقع المجلس",
    incidents: "الحوادث",
    noIncidents: (name: string) => `لا توجد حادثة تؤثر على ${name}.`,
    services: "الخدمات",
    noServices: (name: string) => `لا توجد خدمات مدرجة لـ ${name}.`,
    lastUpdated: "آخر تحديث",
  },
  services: {
    title: "الخدمات: ما الذي يعمل",
    crumb: "الخدمات",
    contents: "المحتويات",
    otherServices: "خدمات أخرى",
  },
  service: {
    status: "الحالة",
    since: "منذ",
    sinceLower: "منذ",
    update: "التحديث",
    latestNews: "آخر الأخبار",
    runBy: "تقدمها",
    otherWays: "طرق أخرى للحصول على المساعدة",
    whatToDo: "ماذا تفعل بدلًا من ذلك",
    history: "السجل",
    noHistory: "لم يذكر أي تحديث هذه الخدمة. وهي تعمل بشكل طبيعي طوال الوقت.",
    earlierChangesIn: (count: number) => (count === 1 ? "يوجد تغيير سابق واحد في الخطوط الزمنية لـ" : `توجد ${count} تغييرات سابقة في الخطوط الزمنية لـ`),
    listSeparator: "،",
    sentenceEnd: ".",
  },
  contact: {
    phone: "الهاتف",
    email: "البريد الإلكتروني",
    moreInformation: "مزيد من المعلومات",
    address: "العنوان",
    openingTimes: "ساعات العمل",
  },
  accessibility: {
    title: "بيان إمكانية الوصول",
    intro: (host: string, names: string) =>
      `يغطي هذا البيان هذا الموقع، ${host}، الذي تديره الجهات التالية: ${names}. نريد أن يتمكن أكبر عدد ممكن من الناس من استخدامه. يجب أن تتمكن من:`,
    abilities: [
      "تغيير الألوان ومستويات التباين والخطوط من إعدادات المتصفح أو الجهاز",
      "التكبير حتى 400% دون أن يخرج النص عن الشاشة",
      "التنقل في الموقع كله باستخدام لوحة المفاتيح فقط",
      "استخدام الموقع مع قارئ الشاشة",
      "استخدام الموقع مع إيقاف JavaScript: فهو لا يستخدمها",
      "استخدام الموقع على اتصال بطيء: كل صفحة صغيرة الحجم",
    ],
    howAccessible: "مدى إمكانية الوصول إلى هذا الموقع",
    standard:
      "صُمم هذا الموقع ليستوفي إرشادات إمكانية الوصول إلى محتوى الويب (WCAG) الإصدار 2.2 بالمستوى AA. تُختبر كل صفحة آليًا بحثًا عن مشكلات إمكانية الوصول، بالألوان الفاتحة والداكنة، قبل نشرها. تُكتب حالة الخدمات دائمًا بالكلمات، ولا يُعتمد على اللون وحده.",
    tellUs: "تُكتب التحديثات بسرعة أثناء الحادثة. إذا كان شيء غير واضح أو صعب الاستخدام، فأخبرنا وسنصلحه.",
    feedback: "الملاحظات ومعلومات الاتصال",
    formats: "إذا احتجت إلى معلومات هذا الموقع بصيغة أخرى، مثل الطباعة الكبيرة أو اللغة المبسطة أو الصوت:",
    emailUs: "راسلنا على ",
    call: (name: string) => `اتصل بـ ${name} على `,
    enforcement: "إجراءات الإنفاذ",
    enforcementText:
      "لجنة المساواة وحقوق الإنسان (EHRC) هي المسؤولة عن إنفاذ لوائح إمكانية الوصول لهيئات القطاع العام (المواقع الإلكترونية وتطبيقات الهاتف المحمول) (رقم 2) لعام 2018. إذا لم تكن راضيًا عن طريقة ردنا على شكواك، فاتصل بـ",
    advisoryService: "خدمة الاستشارات والدعم في مجال المساواة",
    technical: "معلومات تقنية",
    technicalText: "هذا الموقع متوافق تمامًا مع معيار WCAG الإصدار 2.2 بالمستوى AA، بحسب ما تُظهره اختباراتنا الآلية واليدوية. وقد اختُبر آخر مرة عند آخر نشر له.",
    credits: {
      before: "تستخدم الصور المعروضة عند مشاركة صفحة رسومات رموز تعبيرية من ",
      twemoji: "Twemoji",
      middle: "، من Twitter, Inc. ومساهمين آخرين، بموجب ",
      licence: "ترخيص CC-BY 4.0",
      after: "، وخطوط Noto بموجب رخصة SIL Open Font License.",
    },
  },
  feeds: {
    rss: (title: string) => `${title} (RSS)`,
    atom: (title: string) => `${title} (Atom)`,
    json: (title: string) => `${title} (JSON Feed)`,
    thisIncident: "هذه الحادثة",
    everyUpdate: (title: string) => `كل التحديثات من ${title}`,
    pressOffice: "المكتب الصحفي",
    phone: "هاتف",
  },
  embed: {
    lastUpdated: "آخر تحديث",
    readLatest: "اقرأ آخر التحديثات",
    noIncident: "لا توجد حادثة حالية.",
  },
  card: {
    lastUpdated: (time: string) => `آخر تحديث ${time}`,
  },
};
