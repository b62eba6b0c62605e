// Arabic (right to left). Terms: see src/ui/i18n/glossary.md (token = رمز, patch = رقعة, latent = كامن, frame = إطار).
// Numbers use Latin digits (locale ar-u-nu-latn) so they read the same as in the formulas, which stay left to right.
import { type Strings, type TourNumbers, formatInt, pluralOf } from '../strings';

/** Arabic has six plural forms; a count's noun follows Intl.PluralRules('ar'). */
const tokens = (n: number) =>
  ({ zero: 'رمز', one: 'رمز', two: 'رمزان', few: 'رموز', many: 'رمزًا', other: 'رمز' })[pluralOf(n)];
const frames = (n: number) =>
  ({ zero: 'إطار', one: 'إطار', two: 'إطاران', few: 'إطارات', many: 'إطارًا', other: 'إطار' })[pluralOf(n)];

/** Keeps a left-to-right run (a URL value, a format) whole inside the Arabic sentence (Unicode isolates). */
const ltr = (text: string) => `\u2066${text}\u2069`;

export const AR: Strings = {
  title: 'الرقع الزمكانية',
  tagline: 'كيف يصبح الفيديو رموزًا لمحوّل انتشار',
  tokens: 'رمز',
  grid: 'الشبكة',
  loading: 'جارٍ فك ترميز المقطع…',
  cancel: 'إلغاء',
  openFile: 'استخدم الفيديو الخاص بك…',
  dismiss: 'إغلاق',
  noWebgl: 'يحتاج العرض ثلاثي الأبعاد إلى WebGL، وهو معطّل في هذا المتصفح. الأرقام أدناه ما زالت تعمل.',
  localLinkMissing: 'صُنع هذا الرابط بملف فيديو خاص بشخص آخر، وهو لا يغادر متصفحه أبدًا؛ يُعرض المقطع الافتراضي.',
  dropHint: 'أفلت فيديو أو صورة لتحميله',
  contextLost:
    'فقد العرض ثلاثي الأبعاد سياقه الرسومي (أُعيد ضبط وحدة GPU أو أنها مشغولة). يعود عندما يستعيده المتصفح؛ الأرقام ما زالت تعمل.',
  pageTitle: 'الرقع الزمكانية: كيف يصبح الفيديو رموزًا',
  noscript: 'يحتاج هذا الشرح إلى JavaScript لفك ترميز الفيديو ورسمه ثلاثي الأبعاد.',
  theClip: 'المقطع',
  controls: 'عناصر التحكم',
  language: 'اللغة',
  clips: { landscape: 'أفقي 16:9', portrait: 'عمودي 9:16', square: 'مربع 1:1' },
  params: {
    clip: { label: 'المقطع', help: 'مقطع مرفق أو عنوان https:// لفيديو يُقدَّم مع CORS.' },
    preset: { label: 'النموذج', help: 'مُرمِّز نموذج حقيقي: خطوة VAE والقنوات والرقعة وقواعد الحجم وحجم نموذجي.' },
    w: { label: 'العرض', help: 'العرض الاسمي لمدخل النموذج بالبكسل. الافتراضي: عرض المقطع.' },
    h: { label: 'الارتفاع', help: 'الارتفاع الاسمي لمدخل النموذج بالبكسل. الافتراضي: ارتفاع المقطع.' },
    t: { label: 'الإطارات', help: 'الطول الاسمي لمدخل النموذج بالإطارات. الافتراضي: عدد إطارات المقطع.' },
    vae: {
      label: 'خطوة VAE',
      help: 'خطوة ضغط المُرمِّز التلقائي للفيديو T×H×W. تعني 1×1×1 أن الرقع تُقطع من البكسلات مباشرة.',
    },
    causal: { label: 'VAE سببي', help: 'يرمّز VAE السببي الإطار الأول وحده: T′ = 1 + (T − 1) / s_t.' },
    c: { label: 'القنوات الكامنة', help: 'عدد القنوات C لكل فوكسل كامن. الافتراضي: 3 للبكسلات و16 للفضاء الكامن.' },
    patch: { label: 'الرقعة', help: 'حجم الرقعة T×H×W بوحدات الفضاء الكامن.' },
    fit: { label: 'البواقي', help: 'القص يحذف ما لا يملأ مكعبًا كاملًا؛ الحشو يملأ المكعب الأخير بحشو.' },
    view: { label: 'العرض', help: 'الكومة: الإطارات؛ المكعبات: الحجم مقطّعًا إلى رقع؛ التسلسل: الرقع بترتيب المحوّل.' },
    space: { label: 'إظهار', help: 'البكسلات: الفيديو كما هو؛ الكامن: ما يسلّمه VAE إلى المحوّل، عينة لكل فوكسل كامن.' },
    explode: { label: 'تفريق', help: 'باعد بين المكعبات.' },
    slice: {
      label: 'شريحة',
      help: 'اقطع المكعبات: x–t يُظهر صف بكسلات واحدًا من كل إطار (تصير الحركة خطوطًا)، وy–t عمودًا، وx–y إطارًا.',
    },
    at: { label: 'موضع الشريحة', help: 'حيث يقطع مستوى الشريحة، من 0 (الأعلى، اليسار، الإطار الأول) إلى 1.' },
    token: { label: 'الرمز', help: 'الرمز المحدد، برقمه في التسلسل (ترتيب نقطي يبدأ بالزمن).' },
    noise: { label: 'الضجيج', help: 'مستوى ضجيج الانتشار: 0 هو الفيديو النظيف و1 ضجيج خالص.' },
    lang: { label: 'اللغة', help: 'لغة الواجهة.' },
  },
  options: {
    fit: { crop: 'قص', pad: 'حشو' },
    view: { stack: 'كومة', cubes: 'مكعبات', sequence: 'تسلسل' },
    space: { pixels: 'بكسلات', latent: 'كامن' },
    slice: { off: 'بلا شريحة', xt: 'x–t', yt: 'y–t', xy: 'x–y' },
    hide: { panel: 'اللوحة', readout: 'القراءة', tour: 'الجولة' },
  },
  tokensFor: tokens,
  aria: {
    readout: 'عدد الرموز',
    aspects: 'المساحة نفسها بنسب أبعاد أخرى',
    packed: (n: string) => `${n} رمز في تسلسل واحد`,
  },
  cost: {
    split: (video: string, text: string) => `${video} للفيديو + ${text} للنص`,
    heads: (n: number) => `${n} رؤوس`,
    ofFull: (share: string) => `${share} من الكامل`,
    perLayer: 'لكل طبقة',
    headsVar: 'الرؤوس',
  },
  media: {
    empty: 'هذا الملف فارغ (0 بايت). اختر ملف فيديو أو صورة.',
    notMedia:
      'هذا الملف ليس فيديو أو صورة تستطيع هذه الصفحة قراءتها. جرّب فيديو MP4 أو WebM أو MOV، أو صورة PNG أو JPEG أو WebP أو GIF.',
    notMediaUrl:
      'لا يقود هذا العنوان إلى فيديو أو صورة تستطيع هذه الصفحة قراءتها. جرّب فيديو MP4 أو WebM أو MOV، أو صورة PNG أو JPEG أو WebP أو GIF.',
    audioOnly: 'في هذا الملف صوت بلا مسار فيديو. اختر ملف فيديو.',
    noVideo: 'لا يحتوي هذا الملف على مسار فيديو. جرّب فيديو MP4 أو WebM أو MOV، أو صورة PNG أو JPEG أو WebP أو GIF.',
    noWebCodecs:
      'لا يستطيع هذا المتصفح فك ترميز الفيديو (ينقصه WebCodecs). جرّب إصدارًا حديثًا من Chrome أو Edge أو Firefox أو Safari.',
    unknownCodec:
      'يستخدم هذا الفيديو ترميزًا لا يستطيع هذا المتصفح فكّه. أعد ترميزه إلى H.264 أو VP9 أو AV1 وحاول مجددًا.',
    corrupt: 'تعذّر فك ترميز هذا الفيديو؛ ربما الملف تالف أو ناقص. جرّب تصديره مجددًا.',
    truncated: 'يتوقف هذا الفيديو مبكرًا؛ يبدو الملف مقطوعًا أو تالفًا. جرّب الملف الكامل أو صدّره مجددًا.',
    unreadable: 'تعذّرت قراءة هذا الملف؛ ربما هو تالف أو ناقص. جرّب تصديره مجددًا.',
    imageCorrupt: 'تعذّر فك ترميز هذه الصورة؛ ربما الملف تالف أو ناقص. جرّب تصديره مجددًا.',
    urlRefused: 'لا يمكن تحميل إلا عناوين https: أو ملفات على هذا الموقع. تحقّق من العنوان.',
    urlBlocked:
      'تعذّر جلب الفيديو. تحقّق من العنوان؛ لا يُحمَّل فيديو من موقع آخر إلا إذا سمح خادمه بالطلبات عبر المصادر (CORS).',
    cancelled: 'أُلغي التحميل.',
    unexpected: 'تعذّر تحميل المقطع. جرّب ملفًا آخر.',
  },
  rules: {
    frames: (model: string, strict: boolean, rule: string, nearest: number) =>
      `${model} ${strict ? 'يتطلب' : 'يتوقع'} عدد إطارات من الشكل ${rule}: ${nearest}؟`,
    size: (model: string, strict: boolean, axis: string, multiple: number, nearest: number) =>
      `${model} ${strict ? 'يتطلب' : 'يتوقع'} أن يكون ${axis} من مضاعفات ${multiple} بكسل: ${nearest}؟`,
  },
  camera: {
    record: 'سجّل من الكاميرا',
    starting: 'جارٍ تشغيل الكاميرا…',
    stop: 'إيقاف',
    recording: (secondsLeft: number) => `جارٍ التسجيل… بقي ${secondsLeft} ث`,
    fileName: 'تسجيل-الكاميرا',
    denied:
      'رُفض الوصول إلى الكاميرا. للتسجيل، اسمح بالكاميرا لهذه الصفحة في إعدادات الموقع في متصفحك، ثم أعد المحاولة.',
    notFound: 'لم يُعثر على كاميرا. صِل واحدة وأعد المحاولة، أو استخدم ملف فيديو بدلًا من ذلك.',
    busy: 'تعذّر تشغيل الكاميرا؛ ربما يستخدمها تطبيق آخر. أغلق ذلك التطبيق وأعد المحاولة.',
    unavailable:
      'لا يستطيع هذا المتصفح استخدام الكاميرا هنا: يحتاج الوصول إلى الكاميرا صفحة آمنة (https:) ومتصفحًا حديثًا. استخدم ملف فيديو بدلًا من ذلك.',
    cannotRecord: 'لا يستطيع هذا المتصفح تسجيل الفيديو من الكاميرا. استخدم ملف فيديو بدلًا من ذلك.',
    failed: 'فشل التسجيل من الكاميرا. أعد المحاولة، أو استخدم ملف فيديو بدلًا من ذلك.',
  },
  packing: {
    title: 'التقطيع والتعبئة: ثلاثة مقاطع في تسلسل واحد',
    total: (n: string) =>
      `${n} رمز في تسلسل واحد. يحتفظ كل مقطع بحجمه وشكله وطوله الأصلي؛ ويُقنَّع الانتباه كي لا يرى مقطعٌ مقطعًا آخر.`,
  },
  lengths: {
    title: 'الشكل نفسه بأطوال أخرى (16 fps)',
    item: (seconds: number, count: number, tokenCount: string) =>
      `${seconds} ث (${count} ${frames(count)}): ${tokenCount}`,
  },
  aspects: {
    title: 'المساحة نفسها بأشكال أخرى',
    rounded: (size: string, count: string) =>
      `يحافظ كلٌّ منها على المساحة، مقرّبةً إلى عدد صحيح من الرموز. الآن: ${size}، ${count} رمز.`,
  },
  readout: {
    inputUnits: 'إطار × بكسل × بكسل',
    causal: '، سببي',
    compression: (pixels: string, latent: string, channels: number, ratio: string) =>
      `${pixels} عدد (×3 ألوان) ← ${latent} (×${channels} قناة): أقل بـ${ratio} مرة`,
    covers: (t: number, h: number, w: number, causalFirst: boolean) =>
      `${t} ${frames(t)} × ${h} × ${w} بكسل${causalFirst ? ' (الشريحة الزمنية الأولى: إطارات أقل)' : ''}`,
    padding: (share: string) => `${share} من حجم الرموز (مخطّط)`,
    dropped: (share: string) => `${share} من المدخل (مخطّط بالأحمر)`,
    blocks: (b: string) => `${b} رمز، كي يبقى العرض سريعًا؛ كبّر العرض لترى كل خطوط القطع`,
    noise: 'الضجيج',
    latentShown: 'يُعرض بوصفه',
    latentColours: 'كل فوكسل كامن مرسوم بلون البكسلات التي يرمّزها؛ الفوكسل الحقيقي يحمل C قناة متعلَّمة، لا ألوانًا',
    position: (place: string, total: string, slab: number, slabs: number) =>
      `في التسلسل: الرمز ${place} من ${total}، في الشريحة الزمنية ${slab} من ${slabs}.`,
    selected: (
      hovered: boolean,
      index: string,
      t: number,
      y: number,
      x: number,
      frameRange: string,
      rows: string,
      cols: string,
      values: string,
    ) =>
      `${hovered ? 'الرمز تحت المؤشر (انقر لتثبيته)' : 'الرمز المحدد'} رقم ${index} عند (t, y, x) = (${t}, ${y}, ${x}): الإطارات ${frameRange}، الصفوف ${rows}، الأعمدة ${cols}؛ متجه من ${values} عدد`,
  },
  describe: {
    loading: (clip: string) => `جارٍ تحميل ${clip}.`,
    views: {
      stack: 'إطاراته مكدّسة في حجم',
      cubes: 'الحجم مقطّعًا إلى رقع زمكانية',
      sequence: 'رموزه مرتّبة بترتيب التسلسل',
    },
    cut: {
      h: (row: number) => `مقطوعًا على صف البكسلات ${row}، ما يُظهر الصف ${row} من كل إطار`,
      w: (col: number) => `مقطوعًا على عمود البكسلات ${col}، ما يُظهر العمود ${col} من كل إطار`,
      t: (frame: number) => `مقطوعًا عند الإطار ${frame}`,
    },
    selected: (index: string, t: number, y: number, x: number) => `؛ الرمز ${index} عند t ${t}، y ${y}، x ${x} محدد`,
    view: (clip: string, what: string, grid: string, selected: string) =>
      `عرض ثلاثي الأبعاد لـ${clip}، يُظهر ${what}: ${grid}${selected}. تنقل مفاتيح الأسهم وPage Up/Down التحديد؛ و+ و− للتكبير والتصغير.`,
  },
  packingItem: (id: string, grid: string, count: string, first: string, last: string) =>
    `${id}: ${grid} = ${count} رمز، الأرقام ${first}–${last}`,
  sequenceMarks: 'على اليسار: رقم أول رمز في كل صف. t=k: حيث تبدأ الشريحة الزمنية k. تسير الرموز إطارًا إطارًا وصفًّا صفًّا.',
  strip: 'البكسلات التي يغطيها هذا الرمز، إطارًا إطارًا (الحشو شفاف).',
  section: {
    title: (slice: string) => `الشريحة ${slice}`,
    h: (row: number) =>
      `صف البكسلات ${row} من كل إطار؛ الزمن يجري إلى الأسفل. كل ما يتحرك يترك خطًّا مائلًا: الزمن مجرد محور آخر.`,
    w: (col: number) =>
      `عمود البكسلات ${col} من كل إطار؛ الزمن يجري إلى اليمين. كل ما يتحرك يترك خطًّا مائلًا: الزمن مجرد محور آخر.`,
    t: (frame: number) => `الإطار ${frame}، كما يلتقيه القطع.`,
    latent:
      ' معروض كفضاء كامن: كل فوكسل كامن مرسوم بلون البكسلات التي يرمّزها (الفوكسل الحقيقي يحمل C قناة متعلَّمة، لا ألوانًا).',
    lines: ' الخطوط حدود الرموز: كل خلية هي نصيب رمز واحد من هذا المستوى.',
    thinned: (every: number) => ` الرموز صغيرة جدًا، لذا يُرسم خط واحد لكل ${every}.`,
    selected: ' الرمز المحدد محاط بإطار.',
    dropped: ' المخطّط بالأحمر: مقصوص، لا ينتمي إلى أي رمز.',
    cubesOnly: ' يظهر القطع ثلاثي الأبعاد في عرض المكعبات.',
  },
  noiseNote: 'ضجيج مضاف إلى كل رمز. يتعلم النموذج أن يتنبأ بـ ε ويزيله خطوة بخطوة حتى يبقى فيديو نظيف.',
  model: {
    label: 'النموذج وكلفة الانتباه',
    costTitle: 'ما يكلّفه الانتباه على هذه الرموز',
    custom: 'مُرمِّز مخصص',
    illustrative: 'توضيحي: لم تنشر OpenAI مُرمِّز Sora؛ هذه الأرقام توضّح الفكرة فقط.',
    source: 'المصدر',
    unverified: 'غير متحقَّق منه',
    fields: {
      attention: 'تخطيط الانتباه',
      causal: 'هل VAE سببي',
      fit: 'كيفية معالجة البواقي',
      heads: 'عدد رؤوس الانتباه',
      layers: 'عدد الطبقات',
      modelWidth: 'عرض النموذج',
      sizeMultiplePx: 'قاعدة الحجم',
      textTokens: 'عدد رموز النص',
      typical: 'الحجم النموذجي',
      text: 'كيف يدخل النص في الانتباه',
      headDim: 'عرض الرأس',
      position: 'ترميز الموضع',
      'offers.window': 'النافذة المقترحة',
    },
    use: 'استخدم',
    sequence: 'التسلسل',
    pairs: 'أزواج الانتباه',
    width: 'عرض النموذج',
    assumed: 'مفترض؛ اختر نموذجًا لاستخدام قيمته',
    attention: 'انتباه كامل',
    linear: 'الطبقات الخطية',
    factorised: 'مكان + زمان',
    scores: 'مصفوفة الدرجات الساذجة',
    units:
      'لكل طبقة، تمرير أمامي. عملية ضرب-جمع واحدة = 2 FLOPs؛ كثيرًا ما تكتب الأوراق عمليات الضرب-الجمع «FLOPs»، أي نصف هذه.',
  },
  tour: {
    label: 'جولة',
    start: 'ابدأ الجولة',
    previous: '→ السابق',
    next: 'التالي ←',
    close: 'إغلاق',
    seeAttention: 'اعرض مصفوفة الانتباه ↓',
    change: {
      start: (input: string, count: string) => `${input} بكسل: ${count}، رمز لكل بكسل`,
      cubes: (patch: string, before: string, after: string) => `مكعبات من ${patch} بكسل: ${before} ← ${after} رمز`,
      patches: (patch: string, before: string, after: string) => `رقع من ${patch} فوكسل كامن: ${before} ← ${after} رمز`,
      vaeSame: (vae: string, before: string, after: string, count: string) =>
        `المُرمِّز التلقائي، ${vae} بكسل ← فوكسل واحد: ${before} ← ${after} عدد لكل رمز؛ وما زال ${count} رمز`,
      vae: (vae: string, before: string, after: string) =>
        `المُرمِّز التلقائي، ${vae} بكسل ← فوكسل واحد: ${before} ← ${after} رمز`,
      none: (count: string) => `لا تغيير: ${count} رمز`,
      values: (values: string, count: string) => `كل مكعب ← صف واحد من ${values} عدد؛ وما زال ${count} رمز`,
      pack: (clips: number, total: string) => `${clips} مقاطع، كلٌّ بحجمه، معبّأة في تسلسل واحد: ${total} رمز`,
      noise: (count: string) => `ضجيج ممزوج في كل رمز؛ وما زال ${count} رمز`,
      fewer: (times: string) => `(أقل بنحو ${times} مرة)`,
      attnFull: (count: string, pairs: string) =>
        `الانتباه الكامل: كل رمز من ${count} رمز ينظر إلى الـ ${count} جميعًا: ${pairs} زوج في كل طبقة`,
      attn: (pattern: string, keys: string, pairs: string, share: string) =>
        `الانتباه ${pattern}: ينظر كل رمز إلى ${keys} رمز: ${pairs} زوج في كل طبقة، ${share} من الانتباه الكامل`,
    },
    captions: {
      frames: (n: TourNumbers) =>
        `الفيديو كومة من الصور الثابتة تُسمّى الإطارات: هنا ${n.frames} إطار بحجم ${n.width} × ${n.height} بكسل، مفرّقة على امتداد الزمن. يقرأ المحوّل قائمة من القطع تُسمّى الرموز. لو كان كل بكسل رمزًا لبلغ طول القائمة ${n.count}: وهذا طويل جدًا.`,
      stack: (n: TourNumbers) =>
        `اضغط الإطارات معًا يصبح الفيديو كتلة: عرض وارتفاع، والزمن اتجاه ثالث. لم يُقطع شيء ولم يُصغَّر بعد: لو كان كل بكسل رمزًا لبقي العدد ${n.count}.`,
      latent: (n: TourNumbers) =>
        `لذلك تصغّر النماذج الحقيقية الفيديو أولًا. يستبدل مُرمِّز تلقائي (شبكة مدرَّبة على ضغط الصور ثم إعادة بنائها) كل كتلة من ${n.vae} بكسل (إطارات × ارتفاع × عرض) بفوكسل كامن واحد: خلية صغيرة تحمل ${n.channels} عدد تُسمّى القنوات، بدلًا من ${n.vaePixels} بكسل فيها ${n.vaeValues} عدد لوني. يحصل الإطار الأول على طبقة خاصة به، لذا تصبح ${n.frames} إطار ${n.latentT}. تتقلّص الكتلة إلى ${n.latent} فوكسل: ${n.before} بكسل تصبح ${n.count} فوكسل، أي أقل بنحو ${n.fewer} مرة. يُرسم كل فوكسل هنا بلون البكسلات التي يمثّلها؛ أعداده الحقيقية ليست ألوانًا.`,
      cubes: (n: TourNumbers) =>
        `والآن قطّع هذه الكتلة الأصغر إلى مكعبات صغيرة من ${n.patch} فوكسل (إطارات × ارتفاع × عرض). هذه وصفة Sora: «ضغط الفيديوهات أولًا في فضاء كامن أقل أبعادًا، ثم تفكيك هذا التمثيل إلى رقع زمكانية». يصبح كل مكعب، وهو رقعة زمكانية، رمزًا واحدًا، فينخفض العدد مرة أخرى: ${n.latent} = ${n.before} فوكسل تصنع ${n.grid} = ${n.count} مكعب، أي أقل بنحو ${n.fewer} مرة. وحيث لا ينقسم ضلع بالتساوي، تُحشى المكعبات الأخيرة.`,
      tokens: (n: TourNumbers) =>
        `يقرأ المحوّل أعدادًا، لذا يُصفّ كل مكعب في صف واحد: ${n.patchVolume} فوكسل × ${n.channels} قناة = ${n.values} عدد، ويظهر أدناه صف المكعب المحدد (مكعب حيث يتحرك المقطع). ذلك الصف هو الرمز؛ ثم يحوّله النموذج إلى عرضه الخاص. لا يُقطع شيء هنا، لذا يبقى ${n.count} رمز.`,
      sequence: () =>
        'يقرأ المحوّل الرموز واحدًا تلو الآخر، ككلمات الجملة: إطارًا إطارًا، وداخل الإطار صفًّا صفًّا، من اليسار إلى اليمين (الترتيب النقطي).',
      attention: (n: TourNumbers) =>
        `داخل المحوّل، يقارن كل رمز نفسه برموز أخرى ليقرّر ما يأخذه منها: هذا هو الانتباه. في الانتباه الكامل ينظر كل مكعب إلى كل مكعب آخر: ${n.count} × ${n.count} = ${n.pairs} زوج للمقارنة، في كل طبقة. مصفوفة الانتباه، المرسومة في قسم الانتباه، هي ذلك الجدول: صف وعمود لكل رمز، ونقطة لكل زوج يُقارَن، وهنا كلها. ضعف عدد الرموز يعني أربعة أضعاف الأزواج.`,
      windows: (n: TourNumbers) =>
        `هذا كثير جدًا للفيديوهات الطويلة، لذا تستخدم النماذج أنماطًا تقارن أزواجًا أقل. مع النوافذ، ينظر كل رمز إلى جيرانه فقط: صندوق من ${n.window} رمز (إطارات × ارتفاع × عرض) حوله، مضاء في العرض والباقي معتم. هذا ${n.keys} رمز بدلًا من ${n.count}، أي ${n.pairs} زوج في كل طبقة: ${n.share} من الانتباه الكامل. قرب الحافة ينزلق الصندوق إلى الداخل، فيبقى كل رمز يرى ${n.keys}.`,
      noise: () =>
        'ليتعلّم النموذج صنع الفيديوهات، تُعرض عليه رموز مخلوطة بضجيج عشوائي، فيتعلّم التنبؤ بذلك الضجيج كي يزيله خطوة بخطوة حتى يبقى فيديو نظيف.',
      packing: () =>
        'تتدرّب النماذج الحقيقية على فيديوهات بأحجام كثيرة معًا: يُقطَّع كل مقطع إلى رقع بحجمه وشكله، وتُعبَّأ رموز عدة مقاطع في تسلسل واحد. بلا قص إلى مربع، ولا تغيير للحجم.',
    },
    full: 'أظهر كل الأرقام',
    less: 'أظهر أرقامًا أقل',
  },
  figures: {
    latent: (stride: string, channels: number) =>
      `${stride} بكسل (إطارات × ارتفاع × عرض) ← فوكسل كامن واحد ← قنواته الـ${channels}، عمود لكل قناة. ارتفاعات الأعمدة هنا مزيج عشوائي ثابت من هذه البكسلات، للتوضيح فقط: VAE الحقيقي يتعلّم ما تحمله قنواته.`,
    vector: (patch: string, channels: number, values: string) =>
      `الرمز المحدد مصفوفًا في صف واحد: فوكسلاته الـ${patch}، لكلٍّ منها ${channels} قناة، ${values} عدد (أزرق تحت الصفر، برتقالي فوقه؛ للتوضيح). الشريط في الأعلى بلون الفوكسل الذي جاء منه كل عدد.`,
    pixelVector: (patch: string, values: string) =>
      `المكعب المحدد مصفوفًا في صف واحد: ${patch} بكسل، لكلٍّ منها 3 أعداد لونية (أحمر، أخضر، أزرق)، ${values} عدد. الشريط في الأعلى بلون البكسل الذي جاء منه كل عدد.`,
    noisy: 'بكسلات الرمز المحدد، ممزوجة بضجيج هذه الخطوة.',
  },
  glossary: {
    title: 'كلمات مستخدمة هنا',
    terms: [
      ['رمز', 'قطعة واحدة من المدخل يقرؤها المحوّل، ككلمة في جملة. هنا: مكعب واحد من الفيديو.'],
      ['رقعة', 'المكعب الذي يُقطع منه الرمز: عدد من الإطارات × الصفوف × الأعمدة (من البكسلات أو من الفوكسلات الكامنة).'],
      ['كامن', 'الفيديو بعد أن ضغطه المُرمِّز التلقائي (VAE): كتلة أصغر من الأعداد يعمل عليها النموذج بدلًا من البكسلات.'],
      [
        'فوكسل',
        'خلية واحدة من كتلة ثلاثية الأبعاد، كما أن البكسل خلية من صورة. يمثّل الفوكسل الكامن مكعبًا صغيرًا من البكسلات.',
      ],
      [
        'قناة',
        'أحد الأعداد المخزّنة لكل بكسل أو فوكسل. للبكسل 3 (أحمر، أخضر، أزرق)؛ وللفوكسل الكامن C قناة متعلَّمة، ليست ألوانًا.',
      ],
      ['سببي', 'يرمّز VAE السببي الإطار الأول وحده، فتصبح الصورة الواحدة فيديو من إطار واحد.'],
      ['الترتيب النقطي', 'ترتيب القراءة: من اليسار إلى اليمين على طول الصف، ثم الصف التالي نزولًا؛ وهنا إطارًا إطارًا.'],
      ['T′ × H′ × W′', 'شبكة الرموز: كم رمزًا على امتداد الزمن والارتفاع والعرض. حاصل ضربها هو عدد الرموز.'],
      ['C·pt·ph·pw', 'الأعداد في رمز واحد: القنوات × إطارات الرقعة × صفوفها × أعمدتها.'],
      ['ᾱ (ألفا بار)', 'كم يبقى من الفيديو النظيف عند مستوى ضجيج ما: 1 نظيف، و0 ضجيج خالص.'],
      ['ε (إبسيلون)', 'الضجيج العشوائي (الغاوسي) الممزوج. يتعلّم النموذج التنبؤ به كي يزيله.'],
      [
        'الانتباه',
        'طريقة أخذ الرمز معلومات من رموز أخرى: يقارن نفسه بكل رمز ينظر إليه. وتزداد كلفته بعدد الأزواج المقارَنة.',
      ],
    ],
  },
  embed: {
    openFull: 'افتح في الشرح الكامل ↗',
    dragHint: 'اسحب للتدوير',
  },
  share: {
    title: 'مشاركة، تضمين، تصدير',
    copyLink: 'انسخ الرابط',
    copyEmbed: 'انسخ شفرة التضمين',
    png: 'احفظ PNG',
    webm: 'سجّل الفرد (WebM)',
    hide: 'التضمين يخفي',
    output: 'الرابط أو شفرة التضمين',
    copied: 'نُسخ.',
    selectToCopy: 'محدد: اضغط Ctrl+C أو ⌘C للنسخ.',
    working: 'جارٍ العمل…',
    exportFailed: 'تعذّر على هذا المتصفح تصدير العرض.',
  },
  panel: {
    clip: 'المقطع',
    input: 'مدخل النموذج',
    tokenizer: 'المُرمِّز',
    view: 'العرض',
    resetInput: 'استخدم حجم المقطع',
    seconds: 'المدة (ث)',
    fps: 'معدل الإطارات (fps)',
  },
  formula: {
    input: 'المدخل',
    latent: 'الكامن',
    pixels: 'بكسلات (بلا VAE)',
    grid: 'شبكة الرموز',
    compression: 'الضغط',
    perToken: 'قيم لكل رمز',
    covers: 'يغطي كل رمز',
    padding: 'الحشو',
    dropped: 'مقصوص',
    blocks: 'مرسوم كتلًا من',
  },
  attention: {
    title: 'الانتباه: إلى مَن ينظر كل رمز',
    label: 'نمط الانتباه وقناعه وكلفته',
    pattern: 'النمط',
    window: 'النافذة (رموز، T×H×W، فردية)',
    patterns: {
      full: 'كامل: كل الرموز',
      spatial: 'مكاني: إطار رموزه',
      temporal: 'زماني: موضعه في كل إطار',
      factorised: 'مُجزّأ: مكاني ثم زماني',
      window: 'نافذة: جوار قريب',
      causal: 'سببي: إطاره وما قبله',
    },
    patternNames: {
      full: 'الكامل',
      spatial: 'المكاني',
      temporal: 'الزماني',
      factorised: 'المُجزّأ',
      window: 'ذو النافذة',
      causal: 'السببي',
    },
    sentence: (index: string, keys: string, total: string, share: string) =>
      `الرمز رقم ${index} ينتبه إلى ${keys} من ${total} رمز (${share} %)`,
    keys: 'مفاتيح هذا الرمز',
    pairs: 'أزواج استعلام-مفتاح لكل طبقة',
    flops: 'الانتباه لكل طبقة، 4·الأزواج·d',
    ratio: 'من الانتباه الكامل',
    noWidth: 'لا عرض للنموذج: اختر نموذجًا لحساب FLOPs',
    maskTitle: 'مصفوفة الانتباه، بترتيب التسلسل',
    maskCaption: (pixels: string, exact: boolean) =>
      exact
        ? `الصفوف استعلامات والأعمدة مفاتيح، بكسل لكل زوج (${pixels} × ${pixels})؛ الساطع = مُنتبَه إليه. الخط الأصفر صف الرمز المحدد؛ وt=k تحدّد أين يبدأ إطار الرموز k.`
        : `الصفوف استعلامات والأعمدة مفاتيح، مصغّرة إلى ${pixels} × ${pixels}: سطوع كل بكسل هو نسبة الأزواج المسموح بها في كتلته. الخط الأصفر صف الرمز المحدد؛ وt=k تحدّد أين يبدأ إطار الرموز k.`,
    twoPasses: 'الأزرق: المرور المكاني؛ البرتقالي: المرور الزماني.',
    tableTitle: 'كل الأنماط على هذه الشبكة',
    tableHead: ['النمط', 'المفاتيح', 'الأزواج لكل طبقة', 'من الكامل'],
    position: (t: number, y: number, x: number) => `معرّفات موضع هذا الرمز: t = ${t}، y = ${y}، x = ${x}.`,
    rope: (model: string, t: number, h: number, w: number, dim: number, theta: number) =>
      `يدوّر ${model} قنوات كل رأس الـ${dim} بـRoPE ثلاثي الأبعاد: ${t} حسب t، و${h} حسب y، و${w} حسب x (θ = ${theta}). كل عمود هو تردد دوران زوج قنوات واحد، من السريع إلى البطيء.`,
    ropeAxes: ['t', 'y', 'x'],
    positionOther: (model: string, how: string) => `${model}: ${how}.`,
    positionHow: {
      'learned absolute position embeddings': 'تضمينات موضع مطلقة متعلَّمة',
      'sinusoidal absolute: 2D in space, 1D in time': 'مطلقة جيبية: ثنائية الأبعاد في المكان، أحادية في الزمن',
      'sinusoidal absolute in space plus a temporal embedding': 'مطلقة جيبية في المكان مع تضمين زمني',
      'sinusoidal absolute in space; RoPE on time in the temporal attention':
        'مطلقة جيبية في المكان؛ وRoPE على الزمن في الانتباه الزماني',
      '3D RoPE with learned frequencies that mix t, h and w: no fixed split':
        'RoPE ثلاثي الأبعاد بترددات متعلَّمة تمزج t وh وw: بلا تقسيم ثابت',
      '3D RoPE (split not checked)': 'RoPE ثلاثي الأبعاد (التقسيم غير متحقَّق منه)',
      'factorised learned absolute embeddings (t, h, w added)': 'تضمينات مطلقة متعلَّمة مُجزّأة (تُجمع t وh وw)',
      '3D RoPE on fractional coordinates, applied over the whole width before the heads split':
        'RoPE ثلاثي الأبعاد على إحداثيات كسرية، يُطبَّق على العرض كله قبل تقسيم الرؤوس',
      undisclosed: 'غير منشور',
    },
    noModel: 'اختر نموذجًا لترى مواضعه ورموز نصه.',
    joint: (model: string, n: string) =>
      `ينتبه ${model} انتباهًا مشتركًا على النص والفيديو: ينضم ${n} رمز نصي إلى التسلسل، ويُحسب كل زوج.`,
    cross: (model: string, n: string) =>
      `يستخدم ${model} الانتباه المتقاطع: يدخل النص (${n} رمز) مفاتيحَ وقيمًا فقط، ولا يكون استعلامًا في هذا التسلسل أبدًا.`,
    textJoint: (tokens: number) => `+ ${formatInt(tokens)} رمزًا نصيًا، تنضم إلى هذا التسلسل (انتباه مشترك)`,
    textCross: (tokens: number) => `النص: ${formatInt(tokens)} رمزًا، مفاتيح وقيم فقط (انتباه متقاطع)`,
    noText: (model: string) => `لا رموز نصية في انتباه ${model}.`,
    jointCounts: (video: string, text: string, total: string, pairs: string) =>
      `مع النص: ${video} للفيديو + ${text} للنص = ${total} رمز، و${pairs} زوج لكل طبقة مع الانتباه الكامل.`,
    offer: (model: string, pattern: string, shipped: boolean) =>
      `استخدم الانتباه ${pattern} لـ${model} (${shipped ? 'كما صدر' : 'صيغة بحثية، لم تصدر'})`,
    source: 'المصدر',
    unverified: 'غير متحقَّق منه',
    modelsTitle: 'كل النماذج عند هذا المدخل',
    modelsHead: ['النموذج', 'الشبكة', 'رموز الفيديو', 'الانتباه لكل طبقة'],
    modelsNote:
      'يستخدم كل صف قواعد ذلك النموذج (ضبط الحجم، الحشو، التقطيع) وانتباهه الخاص؛ تُحسب رموز النص حيث تنضم إلى التسلسل. انقر صفًّا لاستخدام النموذج.',
    breaks: 'يخالف هنا قاعدة حجم',
  },
  notices: {
    quote: (raw: string) => `«${raw}»`,
    tooLarge: (size: string) =>
      `هذا الملف أكبر من ${ltr(size)}، وهو أقصى ما تقرؤه هذه الصفحة. قصّر المقطع أو أعد ترميزه بحجم أصغر.`,
    timeout: (seconds: number) => `استغرق فك الترميز أكثر من ${seconds} ثانية فأُوقف. جرّب مقطعًا أقصر أو أصغر.`,
    damagedDescription: 'هذا الملف تالف: تتعذّر قراءة وصف ترميزه، الذي يبيّن كيف رُمِّزت الإطارات. جرّب تصديره مجددًا.',
    httpMissing: (status: number) => `لا يوجد على الخادم ملف بهذا العنوان (${ltr(`HTTP ${status}`)}). تحقّق من العنوان.`,
    httpRefused: (status: number) =>
      `رفض الخادم إرسال الفيديو (${ltr(`HTTP ${status}`)}). تحقّق من العنوان أو حاول لاحقًا.`,
    codec: (label: string) =>
      `هذا الفيديو مرمَّز بصيغة ${ltr(label)}، ولا يستطيع هذا المتصفح فكّها. أعد ترميزه إلى H.264 أو VP9 أو AV1 وحاول مجددًا.`,
    damagedFrames: (damaged: number, total: string) =>
      `تعذّر فك ترميز ${formatInt(damaged)} ${frames(damaged)} من ${total}: الملف تالف هناك. يعرض كلٌّ منها أقرب إطار أمكن فكّه.`,
    link: {
      tooLong: (max: string) => `يتجاوز الرابط ${max} حرفًا؛ تم تجاهل الباقي.`,
      unknownKey: (name: string) => `مُعامل غير معروف ${ltr(name)}؛ تم تجاهله.`,
      twice: (key: string) => `يظهر ${ltr(key)} مرتين؛ تُستخدم القيمة الأولى.`,
      notNumber: (kv: string) => `${ltr(kv)} ليس عددًا؛ تم تجاهله.`,
      clamped: (kv: string, value: string) => `${ltr(kv)} خارج النطاق؛ تُستخدم القيمة ${ltr(value)}.`,
      odd: (kv: string, value: string) => `${ltr(kv)} يجب أن يكون فرديًا على كل محور؛ تُستخدم القيمة ${ltr(value)}.`,
      dimsShape: (kv: string) => `${ltr(kv)} يجب أن يُكتب بالشكل ${ltr('2x16x16 (T×H×W)')}؛ تم تجاهله.`,
      notOneOf: (kv: string, options: string) => `${ltr(kv)} ليس إحدى القيم ${ltr(options)}؛ تم تجاهله.`,
      flag: (kv: string) => `${ltr(kv)} يجب أن يكون 1 أو 0؛ تم تجاهله.`,
      subset: (kv: string, options: string) => `${ltr(kv)}: المعروف فقط ${ltr(options)}؛ تم تجاهل الباقي.`,
      clip: (kv: string) =>
        `${ltr(kv)} ليس مقطعًا مرفقًا ولا عنوان ${ltr('https://')} ولا مسارًا على هذا الموقع؛ تم تجاهله.`,
      camera: (kv: string) => `${ltr(kv)} يجب أن يكون انعطاف,ميل,تكبير (${ltr('yaw,pitch,zoom')})؛ تم تجاهله.`,
      more: (count: number) => `…و${count} أخرى.`,
    },
    model: {
      pads: (model: string, changes: string) => `يحشو ${model} مدخله: ${changes}.`,
      padFrames: (from: number, to: number, rule: string) => `الإطارات ${ltr(`${from} → ${to}`)} (${ltr(rule)})`,
      padSize: (axis: string, from: number, to: number, multiple: number) =>
        `${axis} ${ltr(`${from} → ${to}`)} (مضاعف لـ ${multiple} بكسل)`,
      chunks: (model: string, chunkFrames: number, chunkLatents: number, frames: number, full: number) =>
        `يرمّز ${model} الفيديو في قطع من ${chunkFrames} إطارًا، تعطي كلٌّ منها ${chunkLatents} إطارات كامنة: ${frames} إطارًا = ${full} قطعة`,
      lastChunk: (rest: number, padTo: number) =>
        ` + قطعة أخيرة من ${rest} ${frames(rest)}، محشوّة من الأمام حتى ${padTo}`,
      chunksEnd: (latentT: number) => ` ← ${latentT} إطارًا كامنًا.`,
      latentPad: (model: string, latentT: number, patchT: number) =>
        `يحشو ${model} الإطارات الكامنة من ${latentT} إلى ${latentT + 1} كي تقسمها رقعته ذات ${patchT} إطار.`,
      breaks: (model: string) => `يخالف ${model} هنا قاعدة حجم؛ تتبع الشبكة صيغه مع ذلك.`,
      drawn: (fit: string, drawn: string, model: string, grid: string) =>
        `يرسم العرض قاعدة «${fit}» واحدة (${ltr(drawn)})؛ أما ${model} نفسه فيعطي ${ltr(grid)}.`,
      text: (tokens: string) => `يشارك ${tokens} رمزًا نصيًا في التسلسل.`,
    },
    illustrative: 'توضيحي',
  },
};
