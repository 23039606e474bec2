#!/usr/bin/env bash
# Rebuilds the embedded PDF fonts: Noto Sans Regular/Bold from Debian's fonts-noto-core
# (SIL OFL 1.1, no Reserved Font Name, so a subset may keep its name), cut down to the
# characters German documents, European names and the Turkish, Ukrainian and Russian letters need;
# and Noto Sans Arabic Regular/Bold for the Arabic letters (shaped with HarfBuzz, see ArabicText.cs). SkiaSharp's PDF backend embeds the whole
# font file it is given, so the subset is what keeps a one-page PDF at ~50 KB instead of ~1 MB.
#
#   apt-get update && apt-get install -y fonts-noto-core python3-fonttools
#   bash src/JobConnect.Infrastructure/Documents/Fonts/make-fonts.sh
set -euo pipefail
cd "$(dirname "$0")"
src=/usr/share/fonts/truetype/noto

# Basic Latin, Latin-1, Latin Extended-A (Turkish ğ ı İ ş), Romanian ș/ț, the Ukrainian apostrophe ʼ,
# Cyrillic (Russian, Ukrainian incl. ґ є і ї), General Punctuation („ “ – … ‰), €, №, ™, minus and the
# replacement character.
unicodes="U+0020-007E,U+00A0-017F,U+0218-021B,U+02BC,U+0400-045F,U+0490-0491,U+2010-2027,U+2030-203A,U+20AC,U+2116,U+2122,U+2212,U+FFFD"

for style in Regular Bold; do
  # No hinting (PDF viewers rasterise themselves) and no OpenType layout tables: Skia draws
  # glyphs without shaping, so GSUB/GPOS would only add bytes.
  /usr/bin/python3 -m fontTools.subset "$src/NotoSans-$style.ttf" \
    --unicodes="$unicodes" --layout-features='' --no-hinting \
    --drop-tables+=GSUB,GPOS,GDEF,DSIG \
    --name-IDs=0,1,2,3,4,5,6,7,13,14 \
    --output-file="NotoSans-$style.ttf"
done

# Arabic: the Arabic block, its presentation forms (the PDF's text layer maps shaped glyphs back to them,
# so copied text stays Arabic), the bidi marks and the punctuation and digits the font has. Unlike Noto
# Sans, the OpenType layout tables stay: HarfBuzz needs GSUB/GPOS to join the letters.
arabic="U+0020-0021,U+002C-002E,U+0030-003A,U+00A0,U+00AB,U+00BB,U+0600-06FF,U+200B-2011,U+FB50-FDFF,U+FE70-FEFF"
for style in Regular Bold; do
  /usr/bin/python3 -m fontTools.subset "$src/NotoSansArabic-$style.ttf" \
    --unicodes="$arabic" --layout-features='*' --no-hinting \
    --drop-tables+=DSIG \
    --name-IDs=0,1,2,3,4,5,6,7,13,14 \
    --output-file="NotoSansArabic-$style.ttf"
done

# The licence text exactly as Debian ships it with the fonts.
{
  echo "Noto Sans, Noto Sans Arabic — Copyright 2015-2022 Google LLC. All Rights Reserved."
  echo "Subset for JobConnect with fontTools (see make-fonts.sh); the subset stays under the same licence."
  echo
  echo "This Font Software is licensed under the SIL Open Font License, Version 1.1."
  echo
  awk '/^License: OFL-1.1$/ { getline; if ($0 ~ /^ /) { p = 1 } } p && /^[^ ]/ { exit } p' \
    /usr/share/doc/fonts-noto-core/copyright | sed -e 's/^ //' -e 's/^\.$//'
} > OFL.txt
ls -l NotoSans-*.ttf NotoSansArabic-*.ttf OFL.txt
