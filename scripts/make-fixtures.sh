#!/usr/bin/env bash
# Makes the small media fixtures the end-to-end tests load, in test/fixtures/. Generated, never downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/fixtures
mkdir -p "$out"
src="testsrc2=s=160x96:r=8:d=2"

# A plain H.264 clip: display 160×96, 16 frames.
ffmpeg -v error -y -f lavfi -i "$src" -frames:v 16 -c:v libx264 -pix_fmt yuv420p -movflags +faststart "$out/small-160x96.mp4"

ls -l "$out"
