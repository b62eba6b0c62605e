// Spanish. Terms: see src/ui/i18n/glossary.md (token stays "token", patch = parche, latent = latente, frame = fotograma).
import { type Strings, type TourNumbers, formatInt, pluralOf } from '../strings';

const tokens = (n: number) => (pluralOf(n) === 'one' ? 'token' : 'tokens');

export const ES: Strings = {
  title: 'Parches espaciotemporales',
  tagline: 'Cómo un vídeo se convierte en tokens para un transformer de difusión',
  tokens: 'tokens',
  grid: 'cuadrícula',
  loading: 'Decodificando el vídeo…',
  cancel: 'Cancelar',
  openFile: 'Usar tu propio vídeo…',
  dismiss: 'Cerrar',
  noWebgl: 'La vista 3D necesita WebGL, que este navegador tiene desactivado. Los números de abajo siguen funcionando.',
  localLinkMissing:
    'Este enlace se hizo con el vídeo propio de otra persona, que nunca sale de su navegador; se muestra el vídeo predeterminado.',
  dropHint: 'Suelta un vídeo o una imagen para cargarlo',
  contextLost:
    'La vista 3D perdió su contexto gráfico (la GPU se reinició o está ocupada). Volverá cuando el navegador lo restaure; los números siguen funcionando.',
  pageTitle: 'Parches espaciotemporales: cómo un vídeo se convierte en tokens',
  noscript: 'Esta explicación necesita JavaScript para decodificar el vídeo y dibujarlo en 3D.',
  theClip: 'el vídeo',
  controls: 'Controles',
  language: 'Idioma',
  clips: { landscape: 'Horizontal 16:9', portrait: 'Vertical 9:16', square: 'Cuadrado 1:1' },
  params: {
    clip: { label: 'vídeo', help: 'Un vídeo incluido o una URL https:// de un vídeo servido con CORS.' },
    preset: {
      label: 'modelo',
      help: 'El tokenizador de un modelo real: paso del VAE, canales, parche, reglas de tamaño y un tamaño típico.',
    },
    w: { label: 'ancho', help: 'Ancho nominal de la entrada del modelo, en píxeles. Por defecto: el ancho del vídeo.' },
    h: { label: 'alto', help: 'Alto nominal de la entrada del modelo, en píxeles. Por defecto: el alto del vídeo.' },
    t: {
      label: 'fotogramas',
      help: 'Duración nominal de la entrada del modelo, en fotogramas. Por defecto: los del vídeo.',
    },
    vae: {
      label: 'paso del VAE',
      help: 'Paso de compresión del autocodificador de vídeo, T×H×W. 1×1×1 significa parches cortados de los píxeles.',
    },
    causal: { label: 'VAE causal', help: 'Un VAE causal codifica el primer fotograma solo: T′ = 1 + (T − 1) / s_t.' },
    c: {
      label: 'canales latentes',
      help: 'Canales C de cada vóxel latente. Por defecto: 3 para píxeles, 16 para un latente.',
    },
    patch: { label: 'parche', help: 'Tamaño del parche T×H×W, en unidades latentes.' },
    fit: {
      label: 'sobrantes',
      help: 'recortar descarta lo que no llena un cubo entero; rellenar completa el último cubo con relleno.',
    },
    view: {
      label: 'vista',
      help: 'pila: los fotogramas; cubos: el volumen cortado en parches; secuencia: los parches en el orden del transformer.',
    },
    space: {
      label: 'mostrar',
      help: 'píxeles: el vídeo tal cual; latente: lo que el VAE entrega al transformer, una muestra por vóxel latente.',
    },
    explode: { label: 'separar', help: 'Separa los cubos.' },
    slice: {
      label: 'corte',
      help: 'Abre los cubos: x–t muestra una fila de píxeles de cada fotograma (el movimiento deja estelas), y–t una columna, x–y un fotograma.',
    },
    at: { label: 'posición del corte', help: 'Dónde corta el plano, de 0 (arriba, izquierda, primer fotograma) a 1.' },
    token: {
      label: 'token',
      help: 'Token seleccionado, por su índice en la secuencia (orden de barrido, primero el tiempo).',
    },
    noise: { label: 'ruido', help: 'Nivel de ruido de difusión: 0 es el vídeo limpio, 1 es ruido puro.' },
    lang: { label: 'idioma', help: 'Idioma de la interfaz.' },
  },
  options: {
    fit: { crop: 'recortar', pad: 'rellenar' },
    view: { stack: 'pila', cubes: 'cubos', sequence: 'secuencia' },
    space: { pixels: 'píxeles', latent: 'latente' },
    slice: { off: 'sin corte', xt: 'x–t', yt: 'y–t', xy: 'x–y' },
    hide: { panel: 'panel', readout: 'lectura', tour: 'recorrido' },
  },
  tokensFor: tokens,
  aria: {
    readout: 'Número de tokens',
    aspects: 'La misma área en otras proporciones',
    packed: (n: string) => `${n} tokens en una secuencia`,
  },
  cost: {
    split: (video: string, text: string) => `${video} de vídeo + ${text} de texto`,
    heads: (n: number) => `${n} ${pluralOf(n) === 'one' ? 'cabeza' : 'cabezas'}`,
    ofFull: (share: string) => `${share} de la completa`,
    perLayer: 'por capa',
    headsVar: 'cabezas',
  },
  media: {
    empty: 'Este archivo está vacío (0 bytes). Elige un archivo de vídeo o de imagen.',
    notMedia:
      'Este archivo no es un vídeo ni una imagen que esta página pueda leer. Prueba con un vídeo MP4, WebM o MOV, o una imagen PNG, JPEG, WebP o GIF.',
    notMediaUrl:
      'Esta dirección no lleva a un vídeo ni a una imagen que esta página pueda leer. Prueba con un vídeo MP4, WebM o MOV, o una imagen PNG, JPEG, WebP o GIF.',
    audioOnly: 'Este archivo tiene sonido pero no pista de vídeo. Elige un archivo de vídeo.',
    noVideo:
      'Este archivo no tiene pista de vídeo. Prueba con un vídeo MP4, WebM o MOV, o una imagen PNG, JPEG, WebP o GIF.',
    noWebCodecs:
      'Este navegador no puede decodificar vídeo (le falta WebCodecs). Prueba con un Chrome, Edge, Firefox o Safari reciente.',
    unknownCodec:
      'Este vídeo usa un códec que este navegador no puede decodificar. Vuelve a codificarlo en H.264, VP9 o AV1 e inténtalo de nuevo.',
    corrupt:
      'No se pudo decodificar este vídeo; puede que el archivo esté dañado o incompleto. Prueba a exportarlo de nuevo.',
    truncated:
      'Este vídeo se corta antes de tiempo; el archivo parece incompleto o dañado. Prueba con el archivo completo o vuelve a exportarlo.',
    unreadable: 'No se pudo leer este archivo; puede estar dañado o incompleto. Prueba a exportarlo de nuevo.',
    imageCorrupt:
      'No se pudo decodificar esta imagen; puede que el archivo esté dañado o incompleto. Prueba a exportarla de nuevo.',
    urlRefused: 'Solo se pueden cargar direcciones https: o archivos de este sitio. Revisa la dirección.',
    urlBlocked:
      'No se pudo obtener el vídeo. Revisa la dirección; un vídeo de otro sitio solo se carga si su servidor permite solicitudes de origen cruzado (CORS).',
    cancelled: 'Se canceló la carga.',
    unexpected: 'No se pudo cargar el vídeo. Prueba con otro archivo.',
  },
  rules: {
    frames: (model: string, strict: boolean, rule: string, nearest: number) =>
      `${model} ${strict ? 'necesita' : 'espera'} ${rule} fotogramas: ¿${nearest}?`,
    size: (model: string, strict: boolean, axis: string, multiple: number, nearest: number) =>
      `${model} ${strict ? 'necesita' : 'espera'} que ${axis} sea múltiplo de ${multiple} px: ¿${nearest}?`,
  },
  camera: {
    record: 'Grabar con la cámara',
    starting: 'Iniciando la cámara…',
    stop: 'Detener',
    recording: (secondsLeft: number) =>
      `Grabando… ${pluralOf(secondsLeft) === 'one' ? 'queda' : 'quedan'} ${secondsLeft} s`,
    fileName: 'grabacion-camara',
    denied:
      'Se denegó el acceso a la cámara. Para grabar, permite la cámara para esta página en la configuración del sitio de tu navegador y vuelve a intentarlo.',
    notFound: 'No se encontró ninguna cámara. Conecta una y vuelve a intentarlo, o usa un archivo de vídeo.',
    busy: 'No se pudo iniciar la cámara; puede que otra aplicación la esté usando. Ciérrala y vuelve a intentarlo.',
    unavailable:
      'Este navegador no puede usar una cámara aquí: el acceso a la cámara requiere una página segura (https:) y un navegador reciente. Usa un archivo de vídeo.',
    cannotRecord: 'Este navegador no puede grabar vídeo desde la cámara. Usa un archivo de vídeo.',
    failed: 'La grabación con la cámara falló. Vuelve a intentarlo o usa un archivo de vídeo.',
  },
  packing: {
    title: 'Patch n’ pack: tres vídeos, una secuencia',
    total: (n: string) =>
      `${n} tokens en una secuencia. Cada vídeo conserva su tamaño, forma y duración nativos; la atención se enmascara para que los vídeos no se vean entre sí.`,
  },
  lengths: {
    title: 'La misma forma, otras duraciones (16 fps)',
    item: (seconds: number, frames: number, count: string) =>
      `${seconds} s (${frames} ${pluralOf(frames) === 'one' ? 'fotograma' : 'fotogramas'}): ${count}`,
  },
  aspects: {
    title: 'La misma área, otras formas',
    rounded: (size: string, count: string) =>
      `Cada una conserva el área, redondeada a tokens enteros. Ahora: ${size}, ${count} tokens.`,
  },
  readout: {
    inputUnits: 'fotogramas × px × px',
    causal: ', causal',
    compression: (pixels: string, latent: string, channels: number, ratio: string) =>
      `${pixels} números (×3 colores) → ${latent} (×${channels} canales): ${ratio} veces menos`,
    covers: (t: number, h: number, w: number, causalFirst: boolean) =>
      `${t} ${pluralOf(t) === 'one' ? 'fotograma' : 'fotogramas'} × ${h} × ${w} px${causalFirst ? ' (el primer bloque temporal: menos fotogramas)' : ''}`,
    padding: (share: string) => `${share} del volumen de tokens (a rayas)`,
    dropped: (share: string) => `${share} de la entrada (a rayas rojas)`,
    blocks: (b: string) =>
      `${b} tokens, para que la vista siga fluida; acerca la vista para ver todas las líneas de corte`,
    noise: 'ruido',
    latentShown: 'se muestra como',
    latentColours:
      'cada vóxel latente dibujado con el color de los píxeles que codifica; un vóxel real guarda C canales aprendidos, no colores',
    position: (place: string, total: string, slab: number, slabs: number) =>
      `En la secuencia: token ${place} de ${total}, en el bloque temporal ${slab} de ${slabs}.`,
    selected: (
      hovered: boolean,
      index: string,
      t: number,
      y: number,
      x: number,
      frames: string,
      rows: string,
      cols: string,
      values: string,
    ) =>
      `${hovered ? 'token bajo el puntero (haz clic para fijarlo)' : 'token seleccionado'} n.º ${index} en (t, y, x) = (${t}, ${y}, ${x}): fotogramas ${frames}, filas ${rows}, columnas ${cols}; un vector de ${values} números`,
  },
  describe: {
    loading: (clip: string) => `Cargando ${clip}.`,
    views: {
      stack: 'sus fotogramas apilados en un volumen',
      cubes: 'el volumen cortado en parches espaciotemporales',
      sequence: 'sus tokens dispuestos en el orden de la secuencia',
    },
    cut: {
      h: (row: number) => `abierto por la fila de píxeles ${row}, que muestra la fila ${row} de cada fotograma`,
      w: (col: number) => `abierto por la columna de píxeles ${col}, que muestra la columna ${col} de cada fotograma`,
      t: (frame: number) => `abierto en el fotograma ${frame}`,
    },
    selected: (index: string, t: number, y: number, x: number) =>
      `; está seleccionado el token ${index} en t ${t}, y ${y}, x ${x}`,
    view: (clip: string, what: string, grid: string, selected: string) =>
      `Vista 3D de ${clip}, que muestra ${what}: ${grid}${selected}. Las flechas y Re Pág/Av Pág mueven la selección; + y − hacen zoom.`,
  },
  packingItem: (id: string, grid: string, count: string, first: string, last: string) =>
    `${id}: ${grid} = ${count} tokens, índices ${first}–${last}`,
  sequenceMarks:
    'Izquierda: el índice del primer token de cada fila. t=k: donde empieza el bloque temporal k. Los tokens van fotograma a fotograma, fila a fila.',
  strip: 'Los píxeles que cubre este token, fotograma a fotograma (el relleno es transparente).',
  section: {
    title: (slice: string) => `Corte ${slice}`,
    h: (row: number) =>
      `Fila de píxeles ${row} de cada fotograma; el tiempo corre hacia abajo. Lo que se mueve deja una estela inclinada: el tiempo es solo otro eje.`,
    w: (col: number) =>
      `Columna de píxeles ${col} de cada fotograma; el tiempo corre hacia la derecha. Lo que se mueve deja una estela inclinada: el tiempo es solo otro eje.`,
    t: (frame: number) => `Fotograma ${frame}, tal como lo encuentra el corte.`,
    latent:
      ' Se muestra como el latente: cada vóxel latente dibujado con el color de los píxeles que codifica (un vóxel real guarda C canales aprendidos, no colores).',
    lines: ' Las líneas son los límites de los tokens: cada celda es la parte de un token en este plano.',
    thinned: (every: number) => ` Los tokens son tan pequeños que se dibuja una línea de cada ${every}.`,
    selected: ' El token seleccionado está resaltado.',
    dropped: ' A rayas rojas: recortado, en ningún token.',
    cubesOnly: ' El corte 3D se ve en la vista de cubos.',
  },
  noiseNote:
    'Ruido añadido a cada token. El modelo aprende a predecir ε y a quitarlo, paso a paso, hasta que queda un vídeo limpio.',
  model: {
    label: 'Modelo y coste de la atención',
    costTitle: 'Lo que cuesta la atención sobre estos tokens',
    custom: 'Tokenizador personalizado',
    illustrative: 'Ilustrativo: OpenAI no ha publicado el tokenizador de Sora; estos números solo muestran la idea.',
    source: 'Fuente',
    unverified: 'Sin verificar',
    fields: {
      attention: 'la disposición de la atención',
      causal: 'si el VAE es causal',
      fit: 'cómo se tratan los sobrantes',
      heads: 'el número de cabezas de atención',
      layers: 'el número de capas',
      modelWidth: 'la anchura del modelo',
      sizeMultiplePx: 'la regla de tamaño',
      textTokens: 'el número de tokens de texto',
      typical: 'el tamaño típico',
      text: 'cómo entra el texto en la atención',
      headDim: 'la anchura de cada cabeza',
      position: 'la codificación de posición',
      'offers.window': 'la ventana ofrecida',
    },
    use: 'Usar',
    sequence: 'secuencia',
    pairs: 'pares de atención',
    width: 'anchura del modelo',
    assumed: 'supuesta; elige un modelo para usar la suya',
    attention: 'atención completa',
    linear: 'capas lineales',
    factorised: 'espacio + tiempo',
    scores: 'matriz de puntuaciones ingenua',
    units:
      'Por capa, pasada hacia delante. 1 multiplicación-suma = 2 FLOPs; los artículos suelen dar las multiplicaciones-sumas como «FLOPs», la mitad de estas.',
  },
  tour: {
    label: 'Recorrido',
    start: 'Hacer el recorrido',
    previous: '← Anterior',
    next: 'Siguiente →',
    close: 'Cerrar',
    seeAttention: 'Ver la matriz de atención ↓',
    change: {
      start: (input: string, count: string) => `${input} píxeles: ${count}, un token por píxel`,
      cubes: (patch: string, before: string, after: string) => `cubos de ${patch} píxeles: ${before} → ${after} tokens`,
      patches: (patch: string, before: string, after: string) =>
        `parches de ${patch} vóxeles latentes: ${before} → ${after} tokens`,
      vaeSame: (vae: string, before: string, after: string, count: string) =>
        `autocodificador, ${vae} píxeles → 1 vóxel: ${before} → ${after} números por token; siguen ${count} tokens`,
      vae: (vae: string, before: string, after: string) =>
        `autocodificador, ${vae} píxeles → 1 vóxel: ${before} → ${after} tokens`,
      none: (count: string) => `sin cambios: ${count} tokens`,
      values: (values: string, count: string) => `cada cubo → una fila de ${values} números; siguen ${count} tokens`,
      pack: (clips: number, total: string) =>
        `${clips} vídeos, cada uno a su tamaño, empaquetados en una secuencia: ${total} tokens`,
      noise: (count: string) => `ruido mezclado en cada token; siguen ${count} tokens`,
      fewer: (times: string) => `(${times} veces menos)`,
      attnFull: (count: string, pairs: string) =>
        `atención completa: cada uno de los ${count} tokens mira a los ${count}: ${pairs} pares por capa`,
      attn: (pattern: string, keys: string, pairs: string, share: string) =>
        `atención ${pattern}: cada token mira a ${keys} tokens: ${pairs} pares por capa, el ${share} de la atención completa`,
    },
    captions: {
      frames: (n: TourNumbers) =>
        `Un vídeo es un montón de imágenes fijas, llamadas fotogramas: aquí ${n.frames} fotogramas de ${n.width} × ${n.height} píxeles, separados a lo largo del tiempo. Un transformer lee una lista de piezas llamadas tokens. Si cada píxel fuera un token, la lista tendría ${n.count} elementos: demasiados.`,
      stack: (n: TourNumbers) =>
        `Junta los fotogramas y el vídeo se convierte en un bloque: ancho, alto y el tiempo como tercera dirección. Aún no se ha cortado ni reducido nada: si cada píxel fuera un token, seguiría habiendo ${n.count}.`,
      latent: (n: TourNumbers) =>
        `Por eso los modelos reales primero reducen el vídeo. Un autocodificador (una red entrenada para comprimir imágenes y reconstruirlas) sustituye cada bloque de ${n.vae} píxeles (fotogramas × alto × ancho) por un vóxel latente: una pequeña celda con ${n.channels} números, llamados canales, en lugar de ${n.vaePixels} píxeles con ${n.vaeValues} números de color. El primer fotograma tiene una capa propia, así que ${n.frames} fotogramas se convierten en ${n.latentT}. El bloque se reduce a ${n.latent} vóxeles: ${n.before} píxeles pasan a ser ${n.count} vóxeles, unas ${n.fewer} veces menos. Aquí cada vóxel se dibuja con el color de los píxeles que representa; sus números reales no son colores.`,
      cubes: (n: TourNumbers) =>
        `Ahora corta este bloque más pequeño en cubitos de ${n.patch} vóxeles (fotogramas × alto × ancho). Es la receta de Sora: «primero comprimir los vídeos en un espacio latente de menor dimensión y después descomponer esa representación en parches espaciotemporales». Cada cubo, un parche espaciotemporal, se convierte en un token, así que el recuento vuelve a bajar: ${n.latent} = ${n.before} vóxeles forman ${n.grid} = ${n.count} cubos, ${n.fewer} veces menos. Donde un lado no se divide exactamente, los últimos cubos se rellenan.`,
      tokens: (n: TourNumbers) =>
        `Un transformer lee números, así que cada cubo se coloca en una fila: sus ${n.patchVolume} vóxeles × ${n.channels} canales = ${n.values} números; abajo se ve la fila del cubo seleccionado (uno donde el vídeo se mueve). Esa fila es el token; después el modelo la lleva a su propia anchura. Aquí no se corta nada, así que sigue habiendo ${n.count} tokens.`,
      sequence: () =>
        'El transformer lee los tokens uno tras otro, como las palabras de una frase: fotograma a fotograma y, dentro de cada fotograma, fila a fila, de izquierda a derecha (orden de barrido).',
      attention: (n: TourNumbers) =>
        `Dentro del transformer, cada token se compara con otros tokens para decidir qué tomar de ellos: eso es la atención. En la atención completa cada cubo mira a todos los demás: ${n.count} × ${n.count} = ${n.pairs} pares que comparar, en cada capa. La matriz de atención, dibujada en la sección Atención, es esa tabla: una fila y una columna por token, un punto por cada par comparado, aquí todos. El doble de tokens significa cuatro veces más pares.`,
      windows: (n: TourNumbers) =>
        `Son demasiados para vídeos largos, así que los modelos usan patrones que comparan menos pares. Con ventanas, cada token mira solo a sus vecinos: una caja de ${n.window} tokens (fotogramas × alto × ancho) a su alrededor, iluminada en la vista; el resto se atenúa. Son ${n.keys} tokens en lugar de ${n.count}, así que ${n.pairs} pares por capa: el ${n.share} de la atención completa. Cerca de un borde la caja se desplaza hacia dentro, así que cada token sigue viendo ${n.keys}.`,
      noise: () =>
        'Para aprender a crear vídeos, al modelo se le muestran tokens con ruido aleatorio mezclado, y aprende a predecir ese ruido para poder quitarlo, paso a paso, hasta que queda un vídeo limpio.',
      packing: () =>
        'Los modelos reales se entrenan con vídeos de muchos tamaños a la vez: cada vídeo se corta en parches con su propio tamaño y forma, y los tokens de varios vídeos se empaquetan en una secuencia. Sin recortar a un cuadrado, sin redimensionar.',
    },
    full: 'Mostrar todos los números',
    less: 'Mostrar menos números',
  },
  figures: {
    latent: (stride: string, channels: number) =>
      `${stride} píxeles (fotogramas × alto × ancho) → 1 vóxel latente → sus ${channels} canales, una barra cada uno. Aquí la altura de las barras es una mezcla aleatoria fija de estos píxeles, solo como ilustración: un VAE real aprende qué guardan sus canales.`,
    vector: (patch: string, channels: number, values: string) =>
      `El token seleccionado dispuesto en una fila: sus ${patch} vóxeles, ${channels} canales cada uno, ${values} números (azul bajo cero, naranja por encima; ilustrativo). La franja superior tiene el color del vóxel del que sale cada número.`,
    pixelVector: (patch: string, values: string) =>
      `El cubo seleccionado dispuesto en una fila: ${patch} píxeles, 3 números de color cada uno (rojo, verde, azul), ${values} números. La franja superior tiene el color del píxel del que sale cada número.`,
    noisy: 'Los píxeles del token seleccionado, con el ruido de este paso mezclado.',
  },
  glossary: {
    title: 'Palabras usadas aquí',
    terms: [
      [
        'token',
        'Una pieza de la entrada que lee el transformer, como una palabra en una frase. Aquí: un cubo del vídeo.',
      ],
      [
        'parche',
        'El cubo del que se corta un token: tantos fotogramas × filas × columnas (de píxeles o de vóxeles latentes).',
      ],
      [
        'latente',
        'El vídeo después de que el autocodificador (VAE) lo haya comprimido: un bloque más pequeño de números con el que trabaja el modelo en lugar de píxeles.',
      ],
      [
        'vóxel',
        'Una celda de un bloque 3D, como un píxel es una celda de una imagen. Un vóxel latente representa un cubito de píxeles.',
      ],
      [
        'canal',
        'Uno de los números guardados por píxel o vóxel. Un píxel tiene 3 (rojo, verde, azul); un vóxel latente tiene C aprendidos, que no son colores.',
      ],
      [
        'causal',
        'Un VAE causal codifica el primer fotograma por separado, así que una sola imagen es un vídeo de un fotograma.',
      ],
      [
        'orden de barrido',
        'Orden de lectura: de izquierda a derecha por una fila, luego la fila de abajo; aquí, fotograma a fotograma.',
      ],
      [
        'T′ × H′ × W′',
        'La cuadrícula de tokens: cuántos tokens hay a lo largo del tiempo, el alto y el ancho. Su producto es el número de tokens.',
      ],
      ['C·pt·ph·pw', 'Números de un token: canales × fotogramas × filas × columnas del parche.'],
      ['ᾱ (alfa barra)', 'Cuánto queda del vídeo limpio en un nivel de ruido: 1 es limpio, 0 es ruido puro.'],
      ['ε (épsilon)', 'El ruido aleatorio (gaussiano) mezclado. El modelo aprende a predecirlo para poder quitarlo.'],
      [
        'atención',
        'Cómo un token toma información de otros tokens: se compara con cada uno de los que mira. Su coste crece con el número de pares comparados.',
      ],
    ],
  },
  embed: {
    openFull: 'Abrir en la explicación completa ↗',
    dragHint: 'Arrastra para girar',
  },
  share: {
    title: 'Compartir, insertar, exportar',
    copyLink: 'Copiar enlace',
    copyEmbed: 'Copiar código de inserción',
    png: 'Guardar PNG',
    webm: 'Grabar el despliegue (WebM)',
    hide: 'la inserción oculta:',
    output: 'Enlace o código de inserción',
    copied: 'Copiado.',
    selectToCopy: 'Seleccionado: pulsa Ctrl+C o ⌘C para copiar.',
    working: 'Procesando…',
    exportFailed: 'Este navegador no pudo exportar la vista.',
  },
  panel: {
    clip: 'Vídeo',
    input: 'Entrada del modelo',
    tokenizer: 'Tokenizador',
    view: 'Vista',
    resetInput: 'Usar el tamaño del vídeo',
    seconds: 'duración (s)',
    fps: 'fotogramas por segundo (fps)',
  },
  formula: {
    input: 'entrada',
    latent: 'latente',
    pixels: 'píxeles (sin VAE)',
    grid: 'cuadrícula de tokens',
    compression: 'compresión',
    perToken: 'valores por token',
    covers: 'cada token cubre',
    padding: 'relleno',
    dropped: 'recortado',
    blocks: 'dibujado en bloques de',
  },
  attention: {
    title: 'Atención: a quién mira cada token',
    label: 'Patrón de atención, su máscara y su coste',
    pattern: 'patrón',
    window: 'ventana (tokens, T×H×W, impar)',
    patterns: {
      full: 'completa: todos los tokens',
      spatial: 'espacial: su fotograma de tokens',
      temporal: 'temporal: su posición en cada fotograma',
      factorised: 'factorizada: espacial y luego temporal',
      window: 'ventana: un vecindario',
      causal: 'causal: su fotograma y los anteriores',
    },
    patternNames: {
      full: 'completa',
      spatial: 'espacial',
      temporal: 'temporal',
      factorised: 'factorizada',
      window: 'de ventana',
      causal: 'causal',
    },
    sentence: (index: string, keys: string, total: string, share: string) =>
      `el token n.º ${index} atiende a ${keys} de ${total} tokens (${share} %)`,
    keys: 'claves de este token',
    pairs: 'pares consulta-clave por capa',
    flops: 'atención por capa, 4·pares·d',
    ratio: 'de la atención completa',
    noWidth: 'sin anchura del modelo: elige un modelo para ver los FLOPs',
    maskTitle: 'La matriz de atención, en el orden de la secuencia',
    maskCaption: (pixels: string, exact: boolean) =>
      exact
        ? `Las filas son consultas y las columnas claves, un píxel por par (${pixels} × ${pixels}); brillante = atendido. La línea amarilla es la fila del token seleccionado; t=k marca dónde empieza el fotograma de tokens k.`
        : `Las filas son consultas y las columnas claves, reducidas a ${pixels} × ${pixels}: el brillo de cada píxel es la fracción de pares permitidos en su bloque. La línea amarilla es la fila del token seleccionado; t=k marca dónde empieza el fotograma de tokens k.`,
    twoPasses: 'Azul: la pasada espacial; naranja: la pasada temporal.',
    tableTitle: 'Todos los patrones en esta cuadrícula',
    tableHead: ['patrón', 'claves', 'pares por capa', 'de la completa'],
    position: (t: number, y: number, x: number) =>
      `Identificadores de posición de este token: t = ${t}, y = ${y}, x = ${x}.`,
    rope: (model: string, t: number, h: number, w: number, dim: number, theta: number) =>
      `${model} rota los ${dim} canales de cada cabeza con RoPE 3D: ${t} según t, ${h} según y, ${w} según x (θ = ${theta}). Cada barra es la frecuencia de rotación de un par de canales, de rápida a lenta.`,
    ropeAxes: ['t', 'y', 'x'],
    positionOther: (model: string, how: string) => `${model}: ${how}.`,
    positionHow: {
      'learned absolute position embeddings': 'embeddings de posición absolutos aprendidos',
      'sinusoidal absolute: 2D in space, 1D in time': 'absolutos sinusoidales: 2D en el espacio, 1D en el tiempo',
      'sinusoidal absolute in space plus a temporal embedding':
        'absolutos sinusoidales en el espacio más un embedding temporal',
      'sinusoidal absolute in space; RoPE on time in the temporal attention':
        'absolutos sinusoidales en el espacio; RoPE sobre el tiempo en la atención temporal',
      '3D RoPE with learned frequencies that mix t, h and w: no fixed split':
        'RoPE 3D con frecuencias aprendidas que mezclan t, h y w: sin reparto fijo',
      '3D RoPE (split not checked)': 'RoPE 3D (reparto sin comprobar)',
      'factorised learned absolute embeddings (t, h, w added)':
        'embeddings absolutos aprendidos factorizados (t, h y w sumados)',
      '3D RoPE on fractional coordinates, applied over the whole width before the heads split':
        'RoPE 3D sobre coordenadas fraccionarias, aplicado a toda la anchura antes de repartir las cabezas',
      undisclosed: 'no publicado',
    },
    noModel: 'Elige un modelo para ver sus posiciones y sus tokens de texto.',
    joint: (model: string, n: string) =>
      `${model} aplica atención conjunta a texto y vídeo: ${n} tokens de texto se unen a la secuencia y cuentan todos los pares.`,
    cross: (model: string, n: string) =>
      `${model} usa atención cruzada: el texto (${n} tokens) entra solo como claves y valores, nunca como consultas de esta secuencia.`,
    textJoint: (tokens: number) =>
      `+ ${formatInt(tokens)} tokens de texto, unidos a esta secuencia (atención conjunta)`,
    textCross: (tokens: number) => `texto: ${formatInt(tokens)} tokens, solo claves y valores (atención cruzada)`,
    noText: (model: string) => `${model} no tiene tokens de texto en su atención.`,
    jointCounts: (video: string, text: string, total: string, pairs: string) =>
      `Con texto: ${video} de vídeo + ${text} de texto = ${total} tokens, ${pairs} pares por capa con atención completa.`,
    offer: (model: string, pattern: string, shipped: boolean) =>
      `Usar la atención ${pattern} de ${model} (${shipped ? 'la publicada' : 'una variante de investigación, no publicada'})`,
    source: 'Fuente',
    unverified: 'Sin comprobar',
    modelsTitle: 'Todos los modelos con esta entrada',
    modelsHead: ['modelo', 'cuadrícula', 'tokens de vídeo', 'atención por capa'],
    modelsNote:
      'Cada fila usa las reglas propias de ese modelo (ajuste de tamaño, relleno, troceado) y su propia atención; los tokens de texto cuentan cuando se unen a la secuencia. Haz clic en una fila para usar el modelo.',
    breaks: 'incumple aquí una regla de tamaño',
  },
  notices: {
    quote: (raw: string) => `«${raw}»`,
    tooLarge: (size: string) =>
      `Este archivo pesa más de ${size}, el máximo que lee esta página. Recorta el vídeo o vuelve a codificarlo más pequeño.`,
    timeout: (seconds: number) =>
      `La decodificación tardó más de ${seconds} segundos y se detuvo. Prueba con un vídeo más corto o más pequeño.`,
    damagedDescription:
      'Este archivo está dañado: no se puede leer la descripción de su códec, que dice cómo están codificados los fotogramas. Prueba a exportarlo de nuevo.',
    httpMissing: (status: number) =>
      `El servidor no tiene ningún archivo en esta dirección (HTTP ${status}). Comprueba la dirección.`,
    httpRefused: (status: number) =>
      `El servidor se negó a enviar el vídeo (HTTP ${status}). Comprueba la dirección o inténtalo más tarde.`,
    codec: (label: string) =>
      `Este vídeo está codificado en ${label}, que este navegador no puede decodificar. Vuelve a codificarlo en H.264, VP9 o AV1 e inténtalo de nuevo.`,
    damagedFrames: (damaged: number, total: string) =>
      `${pluralOf(damaged) === 'one' ? 'No se pudo decodificar 1 fotograma' : `No se pudieron decodificar ${formatInt(damaged)} fotogramas`} de ${total}: el archivo está dañado ahí. Cada uno muestra el fotograma más cercano que sí se pudo.`,
    link: {
      tooLong: (max: string) => `El enlace supera los ${max} caracteres; se ignoró el resto.`,
      unknownKey: (name: string) => `Parámetro desconocido ${name}: se ignoró.`,
      twice: (key: string) => `${key} aparece dos veces; se usa el primer valor.`,
      notNumber: (kv: string) => `${kv} no es un número; se ignoró.`,
      clamped: (kv: string, value: string) => `${kv} está fuera de rango; se usa ${value}.`,
      odd: (kv: string, value: string) => `${kv} debe ser impar en cada eje; se usa ${value}.`,
      dimsShape: (kv: string) => `${kv} debería tener la forma 2x16x16 (T×H×W); se ignoró.`,
      notOneOf: (kv: string, options: string) => `${kv} no es ninguno de estos valores: ${options}; se ignoró.`,
      flag: (kv: string) => `${kv} debería ser 1 o 0; se ignoró.`,
      subset: (kv: string, options: string) => `${kv}: solo se conocen ${options}; se ignoró el resto.`,
      clip: (kv: string) => `${kv} no es un vídeo incluido, ni una URL https://, ni una ruta de este sitio; se ignoró.`,
      camera: (kv: string) => `${kv} debería ser guiñada,cabeceo,zoom (yaw,pitch,zoom); se ignoró.`,
      more: (count: number) => `…y ${count} más.`,
    },
    model: {
      pads: (model: string, changes: string) => `${model} rellena su entrada: ${changes}.`,
      padFrames: (from: number, to: number, rule: string) => `fotogramas ${from} → ${to} (${rule})`,
      padSize: (axis: string, from: number, to: number, multiple: number) =>
        `${axis} ${from} → ${to} (múltiplo de ${multiple} px)`,
      chunks: (model: string, chunkFrames: number, chunkLatents: number, frames: number, full: number) =>
        `${model} codifica por tramos de ${chunkFrames} fotogramas, ${chunkLatents} fotogramas latentes cada uno: ${frames} fotogramas = ${full} ${pluralOf(full) === 'one' ? 'tramo' : 'tramos'}`,
      lastChunk: (rest: number, padTo: number) =>
        ` + un último tramo de ${rest} ${pluralOf(rest) === 'one' ? 'fotograma' : 'fotogramas'}, rellenado por delante hasta ${padTo}`,
      chunksEnd: (latentT: number) => ` → ${latentT} fotogramas latentes.`,
      latentPad: (model: string, latentT: number, patchT: number) =>
        `${model} rellena ${latentT} fotogramas latentes hasta ${latentT + 1} para que su parche de ${patchT} fotogramas los divida.`,
      breaks: (model: string) =>
        `${model} incumple aquí una regla de tamaño; la cuadrícula sigue igualmente sus fórmulas.`,
      drawn: (fit: string, drawn: string, model: string, grid: string) =>
        `La vista dibuja una sola regla, «${fit}» (${drawn}); ${model} obtiene ${grid}.`,
      text: (tokens: string) => `+${tokens} tokens de texto comparten la secuencia.`,
    },
    illustrative: 'ilustrativo',
  },
};
