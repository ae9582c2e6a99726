# CPack: `cmake --workflow --preset package` builds parlab_<version>_amd64.deb, which a teacher
# installs with `apt-get install ./parlab_<version>_amd64.deb`. Depends comes from dpkg-shlibdeps
# (the libraries the binaries really link), never a hand-kept list, so it names runtime packages only.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME parlab)
set(CPACK_PACKAGE_VENDOR "The parlab developers")
set(CPACK_PACKAGE_CONTACT "The parlab developers <parlab@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop lab that shows parallel work happen")
set(CPACK_PACKAGE_DESCRIPTION
"parlab is a desktop lab for teaching parallel programming. A teacher moves
three sliders (worker count, chunksize, sample size) and the class sees darts
thrown by N workers estimating pi, prime checks handed out in chunks to each
worker, and the time-vs-workers curves that come out, measured live on the
machine in the room. It reproduces the figures of the multiprocessing chapter
of High Performance Python: threads that do not speed up under a global
interpreter lock, processes that do until the physical cores run out,
chunksize's U-curve and the chunk-count saw-tooth. Charts export as PNG, SVG
and CSV, and a command line (parlab run, parlab figure) measures headless.
.
Licence: GPL-3.0-or-later.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Only the programs and their data: no test or benchmark target installs anything.
set(CPACK_DEB_COMPONENT_INSTALL OFF)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/parlab/parlab")
# Qt finds a font through fontconfig; without any font installed the window has no text.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")
# Not libraries, so dpkg-shlibdeps cannot find them (CPack appends its list to this one): a
# Korean classroom needs a Hangul font, and Qt's own translations for standard dialog buttons.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-nanum, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
