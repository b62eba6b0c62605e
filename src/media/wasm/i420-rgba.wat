;; I420 (Y plane, quarter-size U and V planes) to RGBA, 16 pixels at a time with 128-bit SIMD.
;; Built into i420-rgba.ts by `node scripts/build-wasm.mjs`; yuv-rgba.ts calls it and does the columns
;; past the last whole 16 in JS. Fixed point: each channel is (Y·cy + U·cu + V·cv + k) >> 12, saturated to
;; 0–255 by the narrowing instructions, so no clamp is written out.
(module
  (memory (export "memory") 1)
  ;; Rows 0…h-1, columns 0…w16-1 (w16 a multiple of 16). Offsets and strides in bytes of this memory.
  (func (export "i420")
    (param $y i32) (param $yStride i32) (param $u i32) (param $v i32) (param $cStride i32)
    (param $w16 i32) (param $h i32) (param $out i32) (param $outStride i32)
    (param $cy i32) (param $crv i32) (param $cgu i32) (param $cgv i32) (param $cbu i32)
    (param $kr i32) (param $kg i32) (param $kb i32)
    (local $row i32) (local $x i32) (local $yRow i32) (local $cRow i32) (local $oRow i32) (local $at i32)
    (local $Y v128) (local $U v128) (local $V v128) (local $R v128) (local $G v128) (local $B v128)
    (local $lo v128) (local $hi v128) (local $rg v128) (local $ba v128)
    (local $CY v128) (local $CRV v128) (local $CGU v128) (local $CGV v128) (local $CBU v128)
    (local $KR v128) (local $KG v128) (local $KB v128) (local $A v128)
    (local.set $CY (i32x4.splat (local.get $cy)))
    (local.set $CRV (i32x4.splat (local.get $crv)))
    (local.set $CGU (i32x4.splat (local.get $cgu)))
    (local.set $CGV (i32x4.splat (local.get $cgv)))
    (local.set $CBU (i32x4.splat (local.get $cbu)))
    (local.set $KR (i32x4.splat (local.get $kr)))
    (local.set $KG (i32x4.splat (local.get $kg)))
    (local.set $KB (i32x4.splat (local.get $kb)))
    (local.set $A (i8x16.splat (i32.const 255)))
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.ge_u (local.get $row) (local.get $h)))
        (local.set $yRow (i32.add (local.get $y) (i32.mul (local.get $row) (local.get $yStride))))
        (local.set $cRow (i32.mul (i32.shr_u (local.get $row) (i32.const 1)) (local.get $cStride)))
        (local.set $oRow (i32.add (local.get $out) (i32.mul (local.get $row) (local.get $outStride))))
        (local.set $x (i32.const 0))
        (block $colsDone
          (loop $cols
            (br_if $colsDone (i32.ge_u (local.get $x) (local.get $w16)))
            (local.set $Y (v128.load (i32.add (local.get $yRow) (local.get $x))))
            (local.set $at (i32.add (local.get $cRow) (i32.shr_u (local.get $x) (i32.const 1))))
            ;; 8 chroma samples, each for two pixels side by side
            (local.set $U (i8x16.shuffle 0 0 1 1 2 2 3 3 4 4 5 5 6 6 7 7
              (v128.load64_zero (i32.add (local.get $u) (local.get $at))) (v128.const i32x4 0 0 0 0)))
            (local.set $V (i8x16.shuffle 0 0 1 1 2 2 3 3 4 4 5 5 6 6 7 7
              (v128.load64_zero (i32.add (local.get $v) (local.get $at))) (v128.const i32x4 0 0 0 0)))
            ;; each channel for pixels 0-7 ($lo) and 8-15 ($hi), as saturated 16-bit, then 8-bit
            (local.set $R (call $channel (local.get $Y) (local.get $V) (local.get $V)
              (local.get $CY) (v128.const i32x4 0 0 0 0) (local.get $CRV) (local.get $KR)))
            (local.set $G (call $channel (local.get $Y) (local.get $U) (local.get $V)
              (local.get $CY) (local.get $CGU) (local.get $CGV) (local.get $KG)))
            (local.set $B (call $channel (local.get $Y) (local.get $U) (local.get $U)
              (local.get $CY) (local.get $CBU) (v128.const i32x4 0 0 0 0) (local.get $KB)))
            ;; interleave into R G B A bytes
            (local.set $rg (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get $R) (local.get $G)))
            (local.set $ba (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get $B) (local.get $A)))
            (local.set $at (i32.add (local.get $oRow) (i32.shl (local.get $x) (i32.const 2))))
            (v128.store (local.get $at)
              (i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23 (local.get $rg) (local.get $ba)))
            (v128.store offset=16 (local.get $at)
              (i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31 (local.get $rg) (local.get $ba)))
            (local.set $rg (i8x16.shuffle 8 24 9 25 10 26 11 27 12 28 13 29 14 30 15 31 (local.get $R) (local.get $G)))
            (local.set $ba (i8x16.shuffle 8 24 9 25 10 26 11 27 12 28 13 29 14 30 15 31 (local.get $B) (local.get $A)))
            (v128.store offset=32 (local.get $at)
              (i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23 (local.get $rg) (local.get $ba)))
            (v128.store offset=48 (local.get $at)
              (i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31 (local.get $rg) (local.get $ba)))
            (local.set $x (i32.add (local.get $x) (i32.const 16)))
            (br $cols)))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $rows))))

  ;; 16 bytes of one channel: (y·cy + a·ca + b·cb + k) >> 12 for each of the 16 pixels, saturated to 0–255.
  (func $channel (param $y v128) (param $a v128) (param $b v128)
    (param $cy v128) (param $ca v128) (param $cb v128) (param $k v128) (result v128)
    (local $y16 v128) (local $a16 v128) (local $b16 v128) (local $lo v128) (local $hi v128)
    (local.set $y16 (i16x8.extend_low_i8x16_u (local.get $y)))
    (local.set $a16 (i16x8.extend_low_i8x16_u (local.get $a)))
    (local.set $b16 (i16x8.extend_low_i8x16_u (local.get $b)))
    (local.set $lo (i16x8.narrow_i32x4_s
      (call $sum (i32x4.extend_low_i16x8_u (local.get $y16)) (i32x4.extend_low_i16x8_u (local.get $a16))
        (i32x4.extend_low_i16x8_u (local.get $b16)) (local.get $cy) (local.get $ca) (local.get $cb) (local.get $k))
      (call $sum (i32x4.extend_high_i16x8_u (local.get $y16)) (i32x4.extend_high_i16x8_u (local.get $a16))
        (i32x4.extend_high_i16x8_u (local.get $b16)) (local.get $cy) (local.get $ca) (local.get $cb) (local.get $k))))
    (local.set $y16 (i16x8.extend_high_i8x16_u (local.get $y)))
    (local.set $a16 (i16x8.extend_high_i8x16_u (local.get $a)))
    (local.set $b16 (i16x8.extend_high_i8x16_u (local.get $b)))
    (local.set $hi (i16x8.narrow_i32x4_s
      (call $sum (i32x4.extend_low_i16x8_u (local.get $y16)) (i32x4.extend_low_i16x8_u (local.get $a16))
        (i32x4.extend_low_i16x8_u (local.get $b16)) (local.get $cy) (local.get $ca) (local.get $cb) (local.get $k))
      (call $sum (i32x4.extend_high_i16x8_u (local.get $y16)) (i32x4.extend_high_i16x8_u (local.get $a16))
        (i32x4.extend_high_i16x8_u (local.get $b16)) (local.get $cy) (local.get $ca) (local.get $cb) (local.get $k))))
    (i8x16.narrow_i16x8_u (local.get $lo) (local.get $hi)))

  (func $sum (param $y v128) (param $a v128) (param $b v128)
    (param $cy v128) (param $ca v128) (param $cb v128) (param $k v128) (result v128)
    (i32x4.shr_s
      (i32x4.add
        (i32x4.add (i32x4.mul (local.get $y) (local.get $cy)) (i32x4.mul (local.get $a) (local.get $ca)))
        (i32x4.add (i32x4.mul (local.get $b) (local.get $cb)) (local.get $k)))
      (i32.const 12))))
