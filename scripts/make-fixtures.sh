#!/usr/bin/env bash
# Makes the small media fixtures the end-to-end tests load, in test/fixtures/. Generated, never downloaded.
# Each line says what the app should read from the file (T×H×W of the nominal input) or which alert it shows.
# Re-running rewrites the same bytes (x264 output is deterministic here; Matroska/WebM are muxed bitexact).
# Ends with a table of what ffprobe reads from each file, display size included.
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/fixtures
mkdir -p "$out"
ff() { ffmpeg -v error -y "$@"; }
encoders=$(ffmpeg -hide_banner -encoders 2>/dev/null)
has_encoder() { grep -qE "^ [A-Z.]{6} $1 " <<<"$encoders"; }
x264=(-c:v libx264 -preset veryfast -pix_fmt yuv420p -movflags +faststart)
src="testsrc2=s=160x96:r=8:d=2"

# A plain H.264 clip: 16×96×160.
ff -f lavfi -i "$src" -frames:v 16 -c:v libx264 -pix_fmt yuv420p -movflags +faststart "$out/small-160x96.mp4"

# Portrait by rotation metadata: stored 160×96, shown turned a quarter, so 16×160×96.
ff -display_rotation 90 -i "$out/small-160x96.mp4" -c copy -movflags +faststart "$out/rotated-90.mp4" 2>/dev/null ||
  ff -i "$out/small-160x96.mp4" -c copy -metadata:s:v:0 rotate=90 -movflags +faststart "$out/rotated-90.mp4"

# Non-square pixels: stored 160×96 with a sample aspect ratio of 2:1, shown 320 wide: 16×96×320.
ff -f lavfi -i "$src" -frames:v 16 -vf setsar=2/1 "${x264[@]}" "$out/sar-2to1.mp4"

# Variable frame rate: 16 frames, 40 ms apart for the first 8, then 250 ms apart: 16×96×160.
ff -f lavfi -i "$src" -frames:v 16 -vf "settb=1/1000,setpts='if(lt(N,8),N*40,320+(N-8)*250)'" \
  -fps_mode vfr -enc_time_base 1/1000 "${x264[@]}" "$out/vfr.mp4"

# An odd size (4:2:0 H.264 needs even sides, VP9 does not), in WebM: 12×179×321.
ff -f lavfi -i "testsrc2=s=322x180:r=8:d=2" -frames:v 12 -vf crop=321:179:0:0:exact=1 -c:v libvpx-vp9 -b:v 200k -deadline realtime \
  -pix_fmt yuv420p -fflags +bitexact "$out/odd-321x179.webm"

# Matroska with H.264: 10×120×200.
ff -f lavfi -i "testsrc2=s=200x120:r=10:d=1" -frames:v 10 -c:v libx264 -preset veryfast -pix_fmt yuv420p -fflags +bitexact "$out/h264.mkv"

# Two clips of the same shape (8×48×64) in different flat colours: a second clip must replace the first's pixels.
for colour in red blue; do
  ff -f lavfi -i "color=c=$colour:s=64x48:r=8:d=1" -frames:v 8 "${x264[@]}" -fflags +bitexact "$out/flat-$colour-64x48.mp4"
done

# A still PNG is a one-frame video: 1×90×120.
ff -f lavfi -i "testsrc2=s=120x90" -frames:v 1 "$out/still-120x90.png"

# An animated GIF: 6 frames of 80×48 (browsers with ImageDecoder read them all): 6×48×80.
ff -f lavfi -i "testsrc2=s=80x48:r=6:d=1" -frames:v 6 "$out/anim-80x48.gif"

# Sound only, no video track: the audio-only alert. (Opus in WebM where this ffmpeg has no AAC encoder.)
if has_encoder aac; then
  ff -f lavfi -i "sine=frequency=440:duration=1" -c:a aac -b:a 32k "$out/audio-only.m4a"
else
  echo "no aac encoder: writing audio-only.webm (Opus) instead of audio-only.m4a" >&2
  ff -f lavfi -i "sine=frequency=440:duration=1" -c:a libopus -b:a 32k -fflags +bitexact "$out/audio-only.webm"
fi

# HEVC: a codec Debian's Chromium can't decode: the codec alert (a browser that can would load 8×96×160).
if has_encoder libx265; then
  ff -f lavfi -i "$src" -frames:v 8 -c:v libx265 -x265-params log-level=error -pix_fmt yuv420p -tag:v hvc1 \
    -movflags +faststart "$out/hevc.mp4"
else
  echo "no libx265 in this ffmpeg: hevc.mp4 not made (the committed one stays)" >&2
fi

# Cut short: the index (moov, up front) lists 16 frames but the bytes of most of them are missing.
size=$(stat -c %s "$out/small-160x96.mp4")
head -c $((size / 3)) "$out/small-160x96.mp4" >"$out/truncated.mp4"

# Not media at all, and an empty file.
printf 'These are not the frames you are looking for.\n' >"$out/not-media.txt"
: >"$out/empty.mp4"

# Big but cheap to store: flat colour with a moving square. They test the budget: the nominal input keeps
# the full size while the volume is downscaled to fit. 4K: 40×2160×3840 (40 frames also give the progress
# bar and its Cancel button seconds to be seen); 8K: 4×4320×7680.
ff -f lavfi -i "color=c=0x2050a0:s=3840x2160:r=8:d=5" -f lavfi -i "color=c=0xf0c040:s=800x800:r=8:d=5" \
  -filter_complex "[0][1]overlay=x=t*600:y=600" -frames:v 40 -c:v libx264 -preset veryfast -crf 35 -pix_fmt yuv420p \
  -movflags +faststart "$out/uhd-3840x2160.mp4"

ff -f lavfi -i "color=c=0x2050a0:s=7680x4320:r=8:d=1" -f lavfi -i "color=c=0xf0c040:s=1600x1600:r=8:d=1" \
  -filter_complex "[0][1]overlay=x=t*8000:y=1200" -frames:v 4 -c:v libx264 -preset veryfast -crf 35 -pix_fmt yuv420p \
  -movflags +faststart "$out/8k-7680x4320.mp4"

# Long: ten minutes at 2 frames per second (1,200 frames), 128 of them sampled: 1200×54×96.
ff -f lavfi -i "testsrc2=s=96x54:r=2:d=600" -c:v libx264 -preset veryfast -crf 40 -g 20 -pix_fmt yuv420p \
  -movflags +faststart "$out/long-10min.mp4"

# VP9 in Matroska (h264.mkv covers H.264 in Matroska): 16×96×160.
ff -f lavfi -i "$src" -frames:v 16 -c:v libvpx-vp9 -b:v 150k -deadline realtime -pix_fmt yuv420p -fflags +bitexact \
  "$out/clip.mkv"

# Text under a video's name: the extension says MP4, the bytes don't: the not-media alert, as for not-media.txt.
printf 'These are not the frames you are looking for either.\n' >"$out/not-media.mp4"

# Cut short the other way: no +faststart, so the index (moov) sits at the end, and only the first 40% of the
# bytes are kept: ftyp and part of mdat, no moov at all. No demuxer can play it (ffprobe: "moov atom not found"),
# unlike truncated.mp4, whose index is intact and promises frames whose bytes are missing.
tmp=$(mktemp --suffix=.mp4)
trap 'rm -f "$tmp"' EXIT
ff -f lavfi -i "$src" -frames:v 16 -c:v libx264 -pix_fmt yuv420p "$tmp"
size=$(stat -c %s "$tmp")
head -c $((size * 2 / 5)) "$tmp" >"$out/truncated-no-moov.mp4"

# Damaged, not cut short: bytes flipped inside the frame data of 32 frames (4 key frames, 8 apart), the index
# intact. XOR 0xff over 16 bytes from the 5th byte of a sample garbles its slice header: the decoder fails there,
# and the frames up to the next key frame are lost; the rest decode: 32×96×160, with a note on the damaged ones.
flip_samples() { # file, then packet numbers in decode order
  local file=$1
  shift
  local packets
  mapfile -t packets < <(ffprobe -v error -select_streams v:0 -show_entries packet=pos -of csv=p=0 "$file")
  for i in "$@"; do
    node -e 'const fs = require("fs"), fd = fs.openSync(process.argv[1], "r+"), at = Number(process.argv[2]) + 4;
      const b = Buffer.alloc(16); fs.readSync(fd, b, 0, 16, at); for (let k = 0; k < 16; k++) b[k] ^= 0xff;
      fs.writeSync(fd, b, 0, 16, at); fs.closeSync(fd);' "$file" "${packets[$i]%%,*}"
  done
}
ff -f lavfi -i "testsrc2=s=160x96:r=8:d=4" -frames:v 32 -g 8 -keyint_min 8 -sc_threshold 0 "${x264[@]}" "$out/damaged-frames.mp4"
flip_samples "$out/damaged-frames.mp4" 13 29

# A damaged codec description: the SPS length in the H.264 track's avcC box says 65535 bytes, past its end.
# The frames are intact but nothing can decode them: the damaged-file alert, not the codec one: 16×96×160 unread.
cp "$out/small-160x96.mp4" "$out/damaged-avcc.mp4"
node -e 'const fs = require("fs"), f = process.argv[1], b = fs.readFileSync(f), at = b.indexOf("avcC") + 4;
  b[at + 6] = 0xff; b[at + 7] = 0xff; fs.writeFileSync(f, b);' "$out/damaged-avcc.mp4"

# What ffprobe reads: display size applies the sample aspect ratio and a quarter-turn rotation.
probe() {
  ffprobe -v error -select_streams v:0 -count_frames \
    -show_entries stream=codec_name,width,height,sample_aspect_ratio,nb_read_frames:stream_side_data=rotation \
    -of default=nw=1 "$1" 2>/dev/null || true
}
printf '%-24s %8s  %-5s %-9s %-5s %-4s %-9s %s\n' file bytes codec coded sar rot display frames
for file in "$out"/*; do
  name=$(basename "$file")
  info=$(probe "$file")
  get() { sed -n "s/^$1=//p" <<<"$info" | head -n1; }
  codec=$(get codec_name) w=$(get width) h=$(get height) sar=$(get sample_aspect_ratio) rot=$(get rotation) frames=$(get nb_read_frames)
  if [[ -z $codec ]]; then
    audio=$(ffprobe -v error -select_streams a:0 -show_entries stream=codec_name -of csv=p=0 "$file" 2>/dev/null || true)
    printf '%-24s %8d  %s\n' "$name" "$(stat -c %s "$file")" "${audio:+audio only ($audio), }no video stream ffprobe can read"
    continue
  fi
  rot=${rot:-0} sar=${sar:-1:1}
  [[ $sar == 0:1 || $sar == N/A ]] && sar=1:1
  dw=$((w * ${sar%%:*} / ${sar##*:})) dh=$h
  ((${rot#-} % 180 == 90)) && { t=$dw; dw=$dh; dh=$t; }
  printf '%-24s %8d  %-5s %-9s %-5s %-4s %-9s %s\n' "$name" "$(stat -c %s "$file")" "$codec" "${w}x${h}" "$sar" "$rot" \
    "${dw}x${dh}" "$frames"
done
