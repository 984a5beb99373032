#!/bin/sh
# Regenerates the card and flyer fonts (the subsets in this directory; see README.md).
#
#   assets/fonts/subset.sh            # every subset
#   assets/fonts/subset.sh chinese    # only one script: latin, arabic or chinese
#
# Run it when `kyr check` says a character "has no glyph in the card fonts": for Chinese, the
# subset holds exactly the characters of locales/zh/*.ftl, so a new or changed Chinese text needs
# this script run again (then `cargo build`, and commit the .otf files). A character of another
# script needs its range added below.
#
# Needs fontTools (`pip install fonttools`, or Debian's python3-fonttools) and the Noto fonts of
# Debian's fonts-noto-core and fonts-noto-cjk packages, or their directories in NOTO_DIR and
# NOTO_CJK_DIR (`apt-get download fonts-noto-cjk && dpkg -x fonts-noto-cjk_*.deb x` unpacks them
# anywhere).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
noto=${NOTO_DIR:-/usr/share/fonts/truetype/noto}
noto_cjk=${NOTO_CJK_DIR:-/usr/share/fonts/opentype/noto}
which=${1:-all}

subset() {
    python3 -m fontTools.subset "$@" --no-hinting --drop-tables+=DSIG --name-IDs='*'
}

case $which in all | latin | arabic | chinese) ;; *)
    echo "usage: $0 [all|latin|arabic|chinese]" >&2
    exit 2
    ;;
esac

if [ "$which" = all ] || [ "$which" = latin ]; then
    # English, Spanish, Portuguese, Haitian Creole, French, Polish; Latin words, numbers and
    # links inside Arabic and Chinese text.
    for w in Regular Bold; do
        subset "$noto/NotoSans-$w.ttf" \
            --unicodes="U+0020-007E,U+00A0-017F,U+2010-2027,U+2030-203A,U+20AC,U+2122" \
            --layout-features='kern,liga,calt,ccmp,locl,mark,mkmk' \
            --output-file="$here/NotoSans-$w-subset.ttf"
    done
fi

if [ "$which" = all ] || [ "$which" = arabic ]; then
    # The Arabic blocks and presentation forms, with every shaping feature (joining forms,
    # lam-alef, marks); the space and the punctuation Noto Sans Arabic draws in Arabic style;
    # ZWNJ, ZWJ, the bidi marks and isolates (drawn as nothing), and the dotted circle.
    for w in Regular Bold; do
        subset "$noto/NotoSansArabic-$w.ttf" \
            --unicodes="U+0020-0021,U+002C-002E,U+003A,U+00A0,U+00AB,U+00BB,U+0600-06FF,U+0750-077F,U+FB50-FDFF,U+FE70-FEFF,U+200C-200F,U+2066-2069,U+25CC" \
            --layout-features='*' \
            --output-file="$here/NotoSansArabic-$w-subset.ttf"
    done
fi

if [ "$which" = all ] || [ "$which" = chinese ]; then
    # Every Han character (and CJK punctuation) of the Chinese texts, since any answer can
    # become a flyer, plus all CJK and full-width punctuation and the quotes, dashes and dots
    # Chinese text uses. Latin letters and digits in Chinese text come from Noto Sans.
    chars=$(mktemp)
    trap 'rm -f "$chars"' EXIT
    python3 - "$root/locales/zh" >"$chars" <<'EOF'
import pathlib, sys
text = "".join(p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.ftl")))
print("".join(sorted({c for c in text if 0x2E80 <= ord(c) < 0x1F000 or ord(c) >= 0x20000})))
EOF
    for w in Regular Bold; do
        ttc="$noto_cjk/NotoSansCJK-$w.ttc"
        # The collection holds JP, KR, SC, TC, HK… faces: the Simplified Chinese one.
        face=$(python3 - "$ttc" <<'EOF'
import sys
from fontTools.ttLib import TTCollection
faces = TTCollection(sys.argv[1]).fonts
print(next(i for i, f in enumerate(faces) if f["name"].getDebugName(1) == "Noto Sans CJK SC"))
EOF
)
        subset "$ttc" --font-number="$face" --text-file="$chars" \
            --unicodes="U+00B7,U+2014-2015,U+2018-201F,U+2026,U+3000-303F,U+FF00-FFEF" \
            --layout-features='ccmp,kern,liga,calt,mark,mkmk' \
            --drop-tables+=vhea,vmtx,VORG \
            --output-file="$here/NotoSansCJKsc-$w-subset.otf"
    done
fi

ls -l "$here"/*-subset.*
