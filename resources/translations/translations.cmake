# parlab's translations: English is the source; parlab_ko.ts is compiled by lrelease and embedded
# in parlab_ui under :/i18n. lupdate reads every file with user-facing text — the window, the
# command lines (app/) and the core's messages, which it finds by their parlab::translate() calls.
# Update the .ts after changing strings: cmake --build build/release --target parlab_ui_lupdate
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
# Cached so tests/i18n checks the same files with the same options.
set(PARLAB_TS_FILES ${PROJECT_SOURCE_DIR}/resources/translations/parlab_ko.ts CACHE INTERNAL "parlab's .ts files")
file(GLOB_RECURSE parlab_i18n_sources CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/core/src/*.cpp ${PROJECT_SOURCE_DIR}/core/include/*.h
     ${PROJECT_SOURCE_DIR}/ui/src/*.cpp ${PROJECT_SOURCE_DIR}/ui/src/*.h
     ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
# -locations none: line numbers would change the .ts on every edit and make merges conflict.
# The core marks stored texts with its own PARLAB_TRANSLATE_NOOP (it cannot include Qt).
set(PARLAB_LUPDATE_OPTIONS -locations none -no-obsolete -tr-function-alias QT_TRANSLATE_NOOP+=PARLAB_TRANSLATE_NOOP
    CACHE INTERNAL "lupdate's options for parlab")
qt_add_translations(parlab_ui
  TS_FILES ${PARLAB_TS_FILES}
  SOURCES ${parlab_i18n_sources}
  LUPDATE_OPTIONS ${PARLAB_LUPDATE_OPTIONS})
