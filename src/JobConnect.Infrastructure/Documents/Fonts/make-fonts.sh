#!/usr/bin/env bash
# Rebuilds the embedded PDF fonts: Noto Sans Regular/Bold from Debian's fonts-noto-core
# (SIL OFL 1.1, no Reserved Font Name, so a subset may keep its name), cut down to the
# characters German documents and European names need. SkiaSharp's PDF backend embeds the whole
# font file it is given, so the subset is what keeps a one-page PDF at ~50 KB instead of ~1 MB.
#
#   apt-get update && apt-get install -y fonts-noto-core python3-fonttools
#   bash src/JobConnect.Infrastructure/Documents/Fonts/make-fonts.sh
set -euo pipefail
cd "$(dirname "$0")"
src=/usr/share/fonts/truetype/noto

# Basic Latin, Latin-1, Latin Extended-A, Romanian ș/ț, General Punctuation („ “ – … ‰),
# €, ™, minus and the replacement character.
unicodes="U+0020-007E,U+00A0-017F,U+0218-021B,U+2010-2027,U+2030-203A,U+20AC,U+2122,U+2212,U+FFFD"

for style in Regular Bold; do
  # No hinting (PDF viewers rasterise themselves) and no OpenType layout tables: Skia draws
  # glyphs without shaping, so GSUB/GPOS would only add bytes.
  /usr/bin/python3 -m fontTools.subset "$src/NotoSans-$style.ttf" \
    --unicodes="$unicodes" --layout-features='' --no-hinting \
    --drop-tables+=GSUB,GPOS,GDEF,DSIG \
    --name-IDs=0,1,2,3,4,5,6,7,13,14 \
    --output-file="NotoSans-$style.ttf"
done

# The licence text exactly as Debian ships it with the fonts.
{
  echo "Noto Sans — Copyright 2015 Google LLC. All Rights Reserved."
  echo "Subset for JobConnect with fontTools (see make-fonts.sh); the subset stays under the same licence."
  echo
  echo "This Font Software is licensed under the SIL Open Font License, Version 1.1."
  echo
  awk '/^License: OFL-1.1$/ { getline; if ($0 ~ /^ /) { p = 1 } } p && /^[^ ]/ { exit } p' \
    /usr/share/doc/fonts-noto-core/copyright | sed -e 's/^ //' -e 's/^\.$//'
} > OFL.txt
ls -l NotoSans-*.ttf OFL.txt
