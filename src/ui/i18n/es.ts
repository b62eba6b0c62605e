// Spanish. Terms: see src/ui/i18n/glossary.md (token stays "token", patch = parche, latent = latente, frame = fotograma).
import { type Strings, pluralOf } from '../strings';

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
  aspects: { title: 'La misma área, otras formas' },
  readout: {
    inputUnits: 'fotogramas × px × px',
    causal: ', causal',
    compression: (pixels: string, latent: string, channels: number, ratio: string) =>
      `${pixels} números (×3 colores) → ${latent} (×${channels} canales): ${ratio} veces menos`,
    covers: (t: number, h: number, w: number, causalFirst: boolean) =>
      `${t} ${pluralOf(t) === 'one' ? 'fotograma' : 'fotogramas'} × ${h} × ${w} px${causalFirst ? ' (el primer bloque temporal: menos fotogramas)' : ''}`,
    padding: (share: string) => `${share} del volumen de tokens (a rayas)`,
    dropped: (share: string) => `${share} de la entrada (a rayas rojas)`,
    blocks: (b: string) => `${b} tokens, para que la vista siga fluida; se dibujan todas las líneas de corte`,
    noise: 'ruido',
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
    latent: ' Se muestra como el latente: un valor por vóxel latente.',
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
    captions: {
      frames: 'Un vídeo es un montón de fotogramas fijos. Aquí están, separados a lo largo del tiempo.',
      stack: 'Júntalos y el vídeo es un bloque: ancho, alto y el tiempo como tercer eje.',
      cubes:
        '«Como si tuvieras una pila con todos los fotogramas del vídeo y cortaras cubitos de ella.» Cada cubo es un token: un parche espaciotemporal.',
      latent:
        'Sora no corta píxeles. Primero un autocodificador de vídeo comprime el vídeo «tanto temporal como espacialmente»: aquí 4 fotogramas × 8 × 8 píxeles se convierten en un vóxel latente con 16 canales.',
      tokens:
        'Los parches se cortan del latente. Cada cubo se aplana en un vector (C·pt·ph·pw números) y se proyecta a la anchura del modelo: un token.',
      sequence:
        'El transformer lee los cubos como las palabras de una frase, en orden de barrido con el tiempo primero: fotograma a fotograma, fila a fila.',
      packing:
        'Sora se entrena con vídeos e imágenes en sus tamaños nativos. Se corta cada uno en parches espaciotemporales y se empaquetan los tokens en una secuencia: sin recortar a un cuadrado ni redimensionar.',
      noise:
        'La difusión añade ruido gaussiano a cada token: x_t = √ᾱ·x₀ + √(1−ᾱ)·ε. El modelo aprende a predecir el ruido y a deshacerlo, paso a paso.',
    },
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
};
