#!/usr/bin/env bash
# Makes the bundled clips in public/clips/ from ffmpeg's own lavfi sources: no footage, no downloads.
# Shapes match src/state/clips.ts: landscape 640×360, portrait 360×640, square 480×480; each exactly
# 49 frames at a constant 16 fps (49 = 12·4 + 1, so a causal 4× VAE gives 13 latent frames), H.264
# (High) yuv420p, square pixels, no audio, no rotation, moov up front (+faststart).
#
# Each clip carries three kinds of motion that survive being stacked into a volume and diced into
# spacetime cubes, drawn in one visual language with a palette of its own:
#   (a) a shaded ball that crosses the whole frame (left→right, diagonally, or on a thrown arc),
#   (b) a three-bladed windmill turning about the middle of the frame,
#   (c) a background gradient whose colour bands sweep across the frame while the hues cycle.
# Everything is drawn analytically with geq (signed distances give anti-aliased edges), so the
# output depends only on the ffmpeg/libx264 build (encoder threads are pinned, so not on the core
# count either): re-running rewrites the same three files, byte for byte.
#
# Usage: bash scripts/make-clips.sh   (or npm run clips)
set -euo pipefail
cd "$(dirname "$0")/.."
out=public/clips
mkdir -p "$out"

readonly FRAMES=49
readonly FPS=16
readonly DUR=3.0625 # 49 / 16 s: the sources run exactly as long as the clip
readonly SPAN=3     # 48 / 16 s: time from the first frame to the last

# make_clip NAME W H PALETTE BALL WINDMILL PATH
#   PALETTE  "h0 spread turn sat v-hi v-lo kx ky": background hue h = h0 + spread·p + turn·t/3 s
#            (in turns of the colour wheel), value from v-hi down to v-lo, p = kx·x/W + ky·y/H
#   BALL     "diameter colour"          (colour as 0xRRGGBB)
#   WINDMILL "cx cy length width blade-colour hub-colour turns" (cx, cy as fractions of W, H;
#            length, width in px; turns = revolutions over the clip, sign = direction)
#   PATH     overlay x and y expressions for the ball's top-left corner, in t (s), W, H, w, h
make_clip() {
  local name=$1 w=$2 h=$3 palette=$4 ball=$5 windmill=$6 path=$7
  local h0 spread turn sat vhi vlo kx ky
  read -r h0 spread turn sat vhi vlo kx ky <<<"$palette"
  local d ballc
  read -r d ballc <<<"$ball"
  local cx cy len wid bladec hubc turns
  read -r cx cy len wid bladec hubc turns <<<"$windmill"

  # (c) Background: an HSV gradient along a diagonal whose hue turns with time (and a little across
  # the frame), lighter at one corner than the other. hsv(n) = v − v·s·clamp(min(k, 4 − k), 0, 1),
  # k = (n + 6h) mod 6, with n = 5, 3, 1 for r, g, b.
  local p="(${kx}*(X+0.5)/W+${ky}*(Y+0.5)/H)"
  local hv="st(0,${h0}+${spread}*${p}+${turn}*T/${SPAN});st(1,${vhi}-(${vhi}-${vlo})*${p})"
  chan() { echo "255*(${hv};ld(1)-ld(1)*${sat}*clip(min(mod($1+6*ld(0),6),4-mod($1+6*ld(0),6)),0,1))"; }
  local bg="geq=r='$(chan 5)':g='$(chan 3)':b='$(chan 1)'"

  # (b) Windmill: three tapered blades (capsules) and a hub, in a square box of its own.
  local box=$(( 2 * (len + wid) + 24 ))
  local omega="(2*PI*${turns}/${SPAN})"
  # distance from the pixel to blade k (0, 1, 2) along its axis; ld(0), ld(1) = pixel offset from centre
  blade_k() {
    local k=$1
    echo "st(2,${omega}*T+${k}*2*PI/3);st(3,cos(ld(2))*ld(0)+sin(ld(2))*ld(1));st(4,cos(ld(2))*ld(1)-sin(ld(2))*ld(0));st(6,clip(ld(3),0,${len}));hypot(ld(3)-ld(6),ld(4))-${wid}*(1-0.45*ld(6)/${len})"
  }
  local centre="st(0,X+0.5-W/2);st(1,Y+0.5-H/2)"
  local hub_r=$(( wid * 3 / 2 ))
  local alpha="${centre};st(5,$(blade_k 0));st(5,min(ld(5),$(blade_k 1)));st(5,min(ld(5),$(blade_k 2)));st(5,min(ld(5),hypot(ld(0),ld(1))-${hub_r}));255*clip(0.5-ld(5),0,1)"
  local hubmix="clip(${hub_r}-2.5-hypot(X+0.5-W/2,Y+0.5-H/2),0,1)" # 1 inside the hub, fading to 0 over a pixel
  local bc=$(( bladec )) hc=$(( hubc ))
  local mill="geq=r='$(( bc >> 16 & 255 ))+($(( hc >> 16 & 255 ))-$(( bc >> 16 & 255 )))*${hubmix}':g='$(( bc >> 8 & 255 ))+($(( hc >> 8 & 255 ))-$(( bc >> 8 & 255 )))*${hubmix}':b='$(( bc & 255 ))+($(( hc & 255 ))-$(( bc & 255 )))*${hubmix}':a='${alpha}'"

  # (a) Ball: a disc shaded as a sphere lit from the upper left, plus a soft shadow below right.
  local bcol=$(( ballc ))
  local shade="clip(1.12-0.42*(pow(X+0.5-W*0.36,2)+pow(Y+0.5-H*0.34,2))/(W*W/4),0,1.15)"
  local disc="255*clip(W/2-0.5-hypot(X+0.5-W/2,Y+0.5-H/2),0,1)"
  local ballf="geq=r='clip($(( bcol >> 16 & 255 ))*${shade},0,255)':g='clip($(( bcol >> 8 & 255 ))*${shade},0,255)':b='clip($(( bcol & 255 ))*${shade},0,255)':a='${disc}'"
  local sbox=$(( d * 3 / 2 ))
  local shadowf="geq=r=0:g=0:b=0:a='90*clip(${d}/2-hypot(X+0.5-W/2,Y+0.5-H/2),0,1)',gblur=sigma=$(( d / 12 + 2 ))"
  local so=$(( d / 10 )) # shadow offset, px
  local pad=$(( (sbox - d) / 2 ))

  ffmpeg -v error -y \
    -f lavfi -i "color=c=black:s=${w}x${h}:r=${FPS}:d=${DUR},format=gbrp,${bg}" \
    -f lavfi -i "color=c=black:s=${box}x${box}:r=${FPS}:d=${DUR},format=rgba,${mill}" \
    -f lavfi -i "color=c=black:s=${d}x${d}:r=${FPS}:d=${DUR},format=rgba,${ballf}" \
    -f lavfi -i "color=c=black:s=${sbox}x${sbox}:r=${FPS}:d=${DUR},format=rgba,${shadowf}" \
    -filter_complex "
      [1:v]split[mill][ms];
      [ms]colorchannelmixer=rr=0:gg=0:bb=0:aa=0.3,gblur=sigma=3[millshadow];
      [0:v][millshadow]overlay=x='W*${cx}-w/2+5':y='H*${cy}-h/2+6':format=gbrp[m0];
      [m0][mill]overlay=x='W*${cx}-w/2':y='H*${cy}-h/2':format=gbrp[m];
      [m][3:v]overlay=x='(${path%%;*})-${pad}+${so}':y='(${path#*;})-${pad}+${so}':format=gbrp[ms];
      [ms][2:v]overlay=x='${path%%;*}':y='${path#*;}':format=gbrp,format=yuv420p,setsar=1[v]" \
    -map '[v]' -frames:v "$FRAMES" -fps_mode cfr -r "$FPS" -an -sn -dn -map_metadata -1 \
    -c:v libx264 -profile:v high -preset slow -crf 19 -tune animation -g 16 -bf 0 \
    -threads 4 -x264-params log-level=error -movflags +faststart \
    "$out/$name.mp4"
  printf '%-10s %4dx%-4d %7d bytes\n' "$name" "$w" "$h" "$(stat -c %s "$out/$name.mp4")"
}

# Paths give the ball's top-left corner as "x;y"; its centre runs from one edge of the frame to the
# opposite one between the first frame (t = 0) and the last (t = 3 s), so it is always half in view.
make_clip landscape 640 360 "0.47 0.08 0.40 0.60 0.88 0.62 0.7 0.3" "104 0xffd84d" "0.5 0.42 122 20 0xf6f3ec 0xe0485a 0.85" \
  "W*t/${SPAN}-w/2;H*0.74-h/2-H*0.06*sin(PI*t/${SPAN})"
make_clip portrait 360 640 "0.83 0.06 0.24 0.60 0.92 0.70 0.3 0.7" "96 0x46dcea" "0.5 0.44 124 19 0xf6f3ec 0x3a3f8f -0.8" \
  "W*(0.08+0.84*t/${SPAN})-w/2;H*t/${SPAN}-h/2"
make_clip square 480 480 "0.25 0.10 0.35 0.58 0.88 0.62 0.5 0.5" "100 0xff7a5c" "0.5 0.5 134 21 0xf6f3ec 0x24705f 0.9" \
  "W*t/${SPAN}-w/2;H*(0.80-0.64*4*(t/${SPAN})*(1-t/${SPAN}))-h/2"
