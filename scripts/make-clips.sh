#!/usr/bin/env bash
# Makes the bundled clips in public/clips/ with ffmpeg's own generators: no footage, no downloads.
# Each clip: 49 frames at 16 fps (3.06 s), H.264 yuv420p, square pixels, no audio. Three kinds of
# motion that survive being diced into cubes: a disc crossing the frame, a bar rotating, colour drifting.
set -euo pipefail
cd "$(dirname "$0")/.."
out=public/clips
mkdir -p "$out"
FRAMES=49
FPS=16
DUR=3.0625 # 49 / 16 s

make_clip() {
  local name=$1 w=$2 h=$3 c0=$4 c1=$5 disc=$6 bar=$7 path=$8
  local d=$(( (w < h ? w : h) / 4 )) # disc diameter, px
  local b=$(( (w < h ? w : h) * 3 / 5 )) # bar length, px
  ffmpeg -v error -y \
    -f lavfi -i "gradients=s=${w}x${h}:r=${FPS}:d=${DUR}:c0=${c0}:c1=${c1}:x0=0:y0=0:x1=${w}:y1=${h}:speed=0.02" \
    -f lavfi -i "color=c=${disc}:s=${d}x${d}:r=${FPS}:d=${DUR},format=rgba,geq=r='r(X,Y)':g='g(X,Y)':b='b(X,Y)':a='255*lte(hypot(X-W/2,Y-H/2),W/2-1)'" \
    -f lavfi -i "color=c=${bar}:s=${b}x$(( b / 7 )):r=${FPS}:d=${DUR},format=rgba" \
    -filter_complex "
      [0:v]hue=h='t*110':s=1.15,format=rgba[bg];
      [2:v]rotate=a='t*2*PI/2.2':c=black@0:ow=${b}:oh=${b}[spin];
      [bg][spin]overlay=x='(W-w)/2':y='(H-h)/2':format=auto[withbar];
      [withbar][1:v]overlay=${path}:format=auto,format=yuv420p,setsar=1[v]" \
    -map '[v]' -frames:v "$FRAMES" -r "$FPS" -an \
    -c:v libx264 -profile:v high -preset slow -crf 24 -g 16 -movflags +faststart \
    "$out/$name.mp4"
  printf '%-10s %s bytes\n' "$name" "$(stat -c %s "$out/$name.mp4")"
}

# Paths: x, y as functions of t (s); the disc crosses the whole frame in the clip's length.
make_clip landscape 640 360 0x1d3b8a 0xe8a33d white 0xff3b6b "x='-w+(W+w)*t/${DUR}':y='H*0.62-h/2+H*0.18*sin(t*3)'"
make_clip portrait 360 640 0x12715b 0x7b3fbf 0xfff2a8 0x00d1ff "x='W*0.5-w/2+W*0.3*sin(t*2.4)':y='-h+(H+h)*t/${DUR}'"
make_clip square 480 480 0x8a1d4f 0x1d8a7a white 0xffd23f "x='-w+(W+w)*t/${DUR}':y='-h+(H+h)*t/${DUR}'"
