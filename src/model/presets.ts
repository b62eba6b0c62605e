// Real models' tokenizers as data: VAE stride, latent channels, patch, size rules and widths, each with its source.
// The facts come from the models' papers and public code (each preset's `source`); a field that could not be
// checked is named in `unverified`. presetTokenizer (preset-grid.ts) turns a preset and an input into the exact grid.
import type { Preset } from './preset-types';

/** In order of release; the illustrative Sora-like preset last. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'vivit',
    name: 'ViViT-B/16x2',
    vae: { t: 1, h: 1, w: 1 },
    causal: false,
    channels: 3,
    patch: { t: 2, h: 16, w: 16 },
    fit: 'crop',
    typical: { w: 224, h: 224, t: 32 },
    frameRule: null,
    sizeMultiplePx: null,
    textTokens: 0,
    modelWidth: 768,
    heads: 12,
    layers: 12,
    attention: 'full',
    source:
      'google-research/scenic projects/vivit/configs/kinetics400/vivit_base_k400.py; Arnab et al. 2021 (arXiv 2103.15691)',
    notes:
      'Pixel-space tubelets, no VAE: a Conv3d with kernel = stride = 2×16×16 over RGB, so leftover frames and pixels are dropped. ' +
      'This config uses unfactorised ("spacetime") attention; the factorised-encoder variants attend within each frame first. ' +
      'A classifier, not a generator; it adds one [CLS] token to the sequence.',
  },
  {
    id: 'latte',
    name: 'Latte XL/2',
    vae: { t: 1, h: 8, w: 8 },
    causal: false,
    channels: 4,
    patch: { t: 1, h: 2, w: 2 },
    fit: 'crop',
    typical: { w: 512, h: 512, t: 16 },
    frameRule: null,
    sizeMultiplePx: { h: 8, w: 8, mode: 'reject' },
    textTokens: 0,
    modelWidth: 1152,
    heads: 16,
    layers: 28,
    attention: 'factorised',
    source:
      'diffusers models/transformers/latte_transformer_3d.py, pipelines/latte/pipeline_latte.py; Ma et al. 2024 (arXiv 2401.03048)',
    notes:
      'An image VAE encodes each frame (T′ = T); spatial and temporal transformer blocks alternate. ' +
      'The diffusers pipeline refuses H or W not divisible by 8 and defaults to 512×512, 16 frames. Text enters by cross-attention. ' +
      'Whether "28 layers" counts spatial and temporal blocks together differs between the original code and diffusers.',
    unverified: ['layers'],
  },
  {
    id: 'opensora10',
    name: 'Open-Sora 1.0',
    vae: { t: 1, h: 8, w: 8 },
    causal: false,
    channels: 4,
    patch: { t: 1, h: 2, w: 2 },
    fit: 'pad',
    vaeFit: 'crop',
    typical: { w: 512, h: 512, t: 16 },
    frameRule: null,
    sizeMultiplePx: null,
    textTokens: 0,
    modelWidth: 1152,
    heads: 16,
    layers: 28,
    attention: 'factorised',
    source:
      'hpcaitech/Open-Sora tag v1.0.0: opensora/models/stdit/stdit.py, opensora/models/vae/vae.py, configs/opensora/inference/16x512x512.py',
    notes:
      'The SD image VAE encodes each frame and floors H/8, W/8; STDiT-XL/2 then zero-pads the latent to the 1×2×2 patch. ' +
      'Each block attends spatially within a frame, then temporally across frames. Text enters by cross-attention.',
  },
  {
    id: 'opensora12',
    name: 'Open-Sora 1.2',
    vae: { t: 4, h: 8, w: 8 },
    causal: false,
    channels: 4,
    patch: { t: 1, h: 2, w: 2 },
    fit: 'pad',
    vaeFit: 'crop',
    chunk: { frames: 17, latents: 5 },
    typical: { w: 1280, h: 720, t: 51 },
    frameRule: null,
    sizeMultiplePx: null,
    textTokens: 0,
    modelWidth: 1152,
    heads: 16,
    layers: 28,
    attention: 'factorised',
    fps: 24, // its notes: frames at 24 fps
    source:
      'hpcaitech/Open-Sora tag v1.2.0: opensora/models/vae/vae.py (VideoAutoencoderPipeline, micro_frame_size=17), vae_temporal.py',
    notes:
      'A 2D SD VAE (floor H/8, W/8), then a temporal VAE run on 17-frame chunks: each full chunk gives 5 latent frames, ' +
      'not 1+(T−1)/4. A shorter last chunk of r frames is zero-padded at the front to a multiple of 4 and gives ⌈r/4⌉ ' +
      '(get_latent_size and encode in vae.py, vae_temporal.py). STDiT3-XL/2 then pads to the patch. ' +
      '51 frames = 2 s at 24 fps (sample configs); spatial then temporal attention in each block; text by cross-attention.',
  },
  {
    id: 'cogvideox',
    name: 'CogVideoX',
    vae: { t: 4, h: 8, w: 8 },
    causal: true,
    channels: 16,
    patch: { t: 1, h: 2, w: 2 },
    fit: 'crop',
    typical: { w: 720, h: 480, t: 49 },
    frameRule: { multiple: 8, offset: 1, mode: 'expect' },
    sizeMultiplePx: { h: 8, w: 8, mode: 'reject' },
    textTokens: 226,
    modelWidth: 3072,
    heads: 48,
    layers: 42,
    attention: 'full',
    source: 'diffusers pipelines/cogvideo/pipeline_cogvideox.py; THUDM/CogVideoX-5b transformer config',
    notes:
      'Width, heads and layers are the 5B (48 heads × 64); the 2B has d = 1920, 30 heads, 30 layers. ' +
      'The pipeline refuses H or W not divisible by 8 and makes (F−1)//4+1 latent frames. ' +
      'The 226 T5 text tokens are concatenated with the video tokens into one sequence.',
  },
  {
    id: 'mochi',
    name: 'Mochi',
    vae: { t: 6, h: 8, w: 8 },
    causal: true,
    channels: 12,
    patch: { t: 1, h: 2, w: 2 },
    fit: 'crop',
    typical: { w: 848, h: 480, t: 163 },
    frameRule: { multiple: 6, offset: 1, mode: 'reject' },
    sizeMultiplePx: null,
    textTokens: 256,
    modelWidth: 3072,
    heads: 24,
    layers: 48,
    attention: 'full',
    source: 'genmoai/mochi: src/genmo/mochi_preview/pipelines.py, dit/joint_model/asymm_models_joint.py; README',
    notes:
      'Mochi 1 (10B AsymmDiT). It asserts (T−1) % 6 == 0 and makes (T−1)//6+1 × H//8 × W//8 latents; the patch floors. ' +
      'Visual stream d = 3072, text stream 1536, with joint attention over 256 T5 tokens and the video tokens. ' +
      'Its README gives 44,520 visual tokens for 480×848 at 163 frames.',
  },
  {
    id: 'opensoraplan13',
    name: 'Open-Sora-Plan v1.3',
    vae: { t: 4, h: 8, w: 8 },
    causal: true,
    channels: 8,
    patch: { t: 1, h: 2, w: 2 },
    fit: 'crop',
    typical: { w: 640, h: 352, t: 93 },
    frameRule: { multiple: 4, offset: 1, mode: 'expect' },
    sizeMultiplePx: { h: 32, w: 32, mode: 'expect' },
    textTokens: 0,
    modelWidth: 2304,
    heads: 24,
    layers: 32,
    attention: 'full',
    source:
      'PKU-YuanGroup/Open-Sora-Plan: docs/Report-v1.3.0.md, opensora/models/diffusion/opensora_v1_3/modeling_opensora.py',
    notes:
      'WF-VAE with 8 latent channels; OpenSoraT2V_v1_3-2B/122 is 24 heads × 96 = 2304 wide, 32 layers. ' +
      'Its sample script: "keep the resolution of the inference a multiple of 32. Frames needs to be 4n+1". ' +
      'v1.3 uses Skiparse (skip-sparse) attention, shown here as full; text by cross-attention (mT5).',
    unverified: ['fit', 'attention'],
  },
  {
    id: 'moviegen',
    name: 'Movie Gen Video',
    vae: { t: 8, h: 8, w: 8 },
    causal: false,
    channels: 16,
    patch: { t: 1, h: 2, w: 2 },
    fit: 'crop',
    typical: { w: 768, h: 768, t: 256 },
    frameRule: null,
    sizeMultiplePx: null,
    textTokens: 0,
    modelWidth: 6144,
    heads: 48,
    layers: 48,
    attention: 'full',
    source: 'Polyak et al. 2024, Movie Gen: A Cast of Media Foundation Models (arXiv 2410.13720)',
    notes:
      'No public code. The abstract reports 73K tokens for 768 px video at 256 frames: 32×48×48 = 73,728. ' +
      'The 30B model (d = 6144, 48 heads, 48 layers per the paper) conditions on text by cross-attention. ' +
      'How its temporal autoencoder rounds a remainder, and whether it is causal, is not checked here.',
    unverified: ['causal', 'fit', 'modelWidth', 'heads', 'layers'],
  },
  {
    id: 'cogvideox15',
    name: 'CogVideoX 1.5',
    vae: { t: 4, h: 8, w: 8 },
    causal: true,
    channels: 16,
    patch: { t: 2, h: 2, w: 2 },
    fit: 'pad',
    vaeFit: 'crop',
    latentFramePad: 'even',
    typical: { w: 1360, h: 768, t: 81 },
    frameRule: { multiple: 16, offset: 1, mode: 'expect' },
    sizeMultiplePx: { h: 16, w: 16, mode: 'reject' },
    textTokens: 226,
    modelWidth: 3072,
    heads: 48,
    layers: 42,
    attention: 'full',
    source: 'diffusers pipelines/cogvideo/pipeline_cogvideox.py (patch_size_t branch); THUDM/CogVideoX1.5-5B',
    notes:
      'The pipeline makes (F−1)//4+1 latent frames, and when that is odd adds 4 pixel frames so the 2-frame patch divides ' +
      'it, discarding the extra latent frame after denoising. 16N+1 frames; the 226 T5 tokens share the sequence. ' +
      'The spatial patch is a reshape, so H, W must be multiples of 16.',
    unverified: ['typical', 'sizeMultiplePx'],
  },
  {
    id: 'ltxv',
    name: 'LTX-Video',
    vae: { t: 8, h: 32, w: 32 },
    causal: true,
    channels: 128,
    patch: { t: 1, h: 1, w: 1 },
    fit: 'pad',
    typical: { w: 768, h: 512, t: 121 },
    frameRule: { multiple: 8, offset: 1, mode: 'pad' },
    sizeMultiplePx: { h: 32, w: 32, mode: 'pad' },
    textTokens: 0,
    modelWidth: 2048,
    heads: 32,
    layers: 28,
    attention: 'full',
    fps: 24, // its notes: frames at 24 fps
    source: 'Lightricks/LTX-Video ltx_video/inference.py; HaCohen et al. 2024 (arXiv 2501.00103)',
    notes:
      'inference.py pads H, W up to multiples of 32 px and the frame count up to 8k+1, then crops the output. ' +
      'A 1:192 compression VAE with a 1×1×1 patch, so each latent voxel is one token. 2B: 32 heads × 64, 28 layers. ' +
      'Text enters by cross-attention. 768×512 at 121 frames is about 5 s at 24 fps.',
    unverified: ['typical'],
  },
  {
    id: 'hunyuanvideo',
    name: 'HunyuanVideo',
    vae: { t: 4, h: 8, w: 8 },
    causal: true,
    channels: 16,
    patch: { t: 1, h: 2, w: 2 },
    fit: 'pad',
    vaeFit: 'crop',
    typical: { w: 1280, h: 720, t: 129 },
    frameRule: { multiple: 4, offset: 1, mode: 'reject' },
    sizeMultiplePx: { h: 16, w: 16, mode: 'pad' },
    textTokens: 256,
    modelWidth: 3072,
    heads: 24,
    layers: 60,
    attention: 'full',
    source: 'Tencent/HunyuanVideo hyvideo/inference.py, hyvideo/modules/models.py (HYVideo-T/2)',
    notes:
      'inference.py raises unless frames − 1 is a multiple of 4, and rounds H, W up to multiples of 16 px (align_to). ' +
      '13B: 20 dual-stream + 40 single-stream blocks, d = 3072, 24 heads; 256 text tokens from its LLM encoder join ' +
      'the video tokens in one sequence.',
  },
  {
    id: 'cosmos',
    name: 'Cosmos-1.0 Diffusion 7B',
    vae: { t: 8, h: 8, w: 8 },
    causal: true,
    channels: 16,
    patch: { t: 1, h: 2, w: 2 },
    fit: 'crop',
    typical: { w: 1280, h: 704, t: 121 },
    frameRule: { multiple: 8, offset: 1, mode: 'expect' },
    sizeMultiplePx: { h: 16, w: 16, mode: 'reject' },
    textTokens: 0,
    modelWidth: 4096,
    heads: 32,
    layers: 28,
    attention: 'full',
    source: 'diffusers pipelines/cosmos/pipeline_cosmos_text2world.py, scripts/convert_cosmos_to_diffusers.py',
    notes:
      'The pipeline refuses H or W not divisible by 16 and makes (F−1)//8+1 latent frames. A padding-mask channel is ' +
      'concatenated before the patch (16 + 1 channels in). 7B: 32 heads × 128, 28 layers; 14B: d = 5120, 40 heads, ' +
      '36 layers. Text enters by cross-attention.',
  },
  {
    id: 'wan21',
    name: 'Wan 2.1 14B',
    vae: { t: 4, h: 8, w: 8 },
    causal: true,
    channels: 16,
    patch: { t: 1, h: 2, w: 2 },
    fit: 'crop',
    typical: { w: 1280, h: 720, t: 81 },
    frameRule: { multiple: 4, offset: 1, mode: 'expect' },
    sizeMultiplePx: null,
    textTokens: 0,
    modelWidth: 5120,
    heads: 40,
    layers: 40,
    attention: 'full',
    source: 'Wan-Video/Wan2.1 wan/configs/wan_t2v_14B.py, wan/text2video.py',
    notes:
      'text2video.py makes (F−1)//4+1 × H//8 × W//8 latents and the Conv3d patch floors. generate.py accepts only ' +
      'listed sizes (e.g. 1280*720, 832*480). The 1.3B is d = 1536, 12 heads, 30 layers. Text (umT5, 512 tokens) ' +
      'enters by cross-attention, not the self-attention sequence.',
  },
  {
    id: 'opensora20',
    name: 'Open-Sora 2.0',
    vae: { t: 4, h: 8, w: 8 },
    causal: true,
    channels: 16,
    patch: { t: 1, h: 2, w: 2 },
    fit: 'pad',
    vaeFit: 'crop',
    typical: { w: 1024, h: 576, t: 129 },
    frameRule: { multiple: 4, offset: 1, mode: 'expect' },
    sizeMultiplePx: { h: 16, w: 16, mode: 'pad' },
    textTokens: 512,
    modelWidth: 3072,
    heads: 24,
    layers: 57,
    attention: 'full',
    source: 'hpcaitech/Open-Sora configs/diffusion/inference/256px.py, 768px.py; opensora/utils/sampling.py',
    notes:
      '11B Flux-style MMDiT (19 double-stream + 38 single-stream blocks) on the HunyuanVideo VAE. sampling.py rounds ' +
      'H, W up to multiples of 16 px and makes (F−1)//4+1 latent frames. T5 text (max_length 512) is concatenated ' +
      'with the video tokens. 1024×576 is the 768px bucket at 16:9 as computed here, not read from its code.',
    unverified: ['typical', 'textTokens'],
  },
  {
    id: 'wan22-5b',
    name: 'Wan 2.2 TI2V-5B',
    vae: { t: 4, h: 16, w: 16 },
    causal: true,
    channels: 48,
    patch: { t: 1, h: 2, w: 2 },
    fit: 'crop',
    typical: { w: 1280, h: 704, t: 121 },
    frameRule: { multiple: 4, offset: 1, mode: 'expect' },
    sizeMultiplePx: null,
    textTokens: 0,
    modelWidth: 3072,
    heads: 24,
    layers: 30,
    attention: 'full',
    source: 'Wan-Video/Wan2.2 wan/configs/wan_ti2v_5B.py; diffusers scripts/convert_wan_to_diffusers.py',
    notes:
      'The Wan 2.2 VAE compresses 4×16×16 into 48 channels, so one token covers 4×32×32 px. frame_num = 121 in its ' +
      'config; 1280×704 is the size its README uses (the reference marks the default resolution unverified). ' +
      'Text enters by cross-attention.',
    unverified: ['typical'],
  },
  {
    id: 'sora-like',
    name: 'Sora-like (illustrative)',
    vae: { t: 4, h: 8, w: 8 },
    causal: true,
    channels: 16,
    patch: { t: 1, h: 2, w: 2 },
    fit: 'pad',
    typical: { w: 1920, h: 1080, t: 241 },
    frameRule: null,
    sizeMultiplePx: null,
    textTokens: 0,
    modelWidth: 4096,
    heads: 32,
    layers: 48,
    attention: 'full',
    fps: 24, // its notes: frames at 24 fps
    source: 'OpenAI, "Video generation models as world simulators" (technical report, February 2024)',
    notes:
      'Illustrative, not Sora: the report says only that video is compressed "both temporally and spatially" and cut ' +
      'into "spacetime patches which act as transformer tokens". These numbers borrow the common open-model choice ' +
      '(4×8×8 causal VAE, C = 16, 1×2×2 patch); 241 frames is about 10 s at 24 fps.',
    illustrative: true,
    unverified: [
      'vae',
      'causal',
      'channels',
      'patch',
      'fit',
      'typical',
      'textTokens',
      'modelWidth',
      'heads',
      'layers',
      'attention',
    ],
  },
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
