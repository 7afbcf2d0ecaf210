#!/usr/bin/env bash
# Installs everything InvestAtlas needs to build, run and test on Debian 12 (bookworm).
# The reasons for each package are in README.md ("Why each dependency").
set -euo pipefail
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
packages=(
  # build
  cmake ninja-build g++ pkg-config
  # Qt 6: widgets, translations tooling, charts, positioning, SVG icons, test
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-positioning-dev qt6-svg-dev qt6-qpa-plugins qt6-translations-l10n
  libgl-dev
  # GIS and storage
  libgdal-dev gdal-bin python3-gdal libsqlite3-dev sqlite3
  # running the GUI headless, Chinese fonts, screenshots
  xvfb xauth fonts-noto-cjk qt6-image-formats-plugins
  # tests: the tree is formatted with the checked-in .clang-format; the report PDF is checked
  # with pdffonts, pdftoppm and pdftotext
  clang-format poppler-utils
  # fuzzing (tests/fuzz): clang 14 with libFuzzer and the ASan/UBSan runtimes, which Debian 12
  # ships in libclang-rt-14-dev (only recommended, and we install without recommends)
  clang-14 libclang-rt-14-dev
)
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
