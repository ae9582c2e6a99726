# The guided lessons are data (markdown with a small header), not code: built into parlab_ui as
# resources under :/lessons/LANG/, and installed to ${datadir}/parlab/lessons/LANG/ beside the
# folder a teacher's own files go in. Included from ui/CMakeLists.txt (it needs the target).
file(GLOB PARLAB_LESSON_FILES CONFIGURE_DEPENDS
     RELATIVE ${CMAKE_CURRENT_LIST_DIR} ${CMAKE_CURRENT_LIST_DIR}/*/*.md)
set(_lesson_paths "")
foreach(f IN LISTS PARLAB_LESSON_FILES)
  list(APPEND _lesson_paths ${CMAKE_CURRENT_LIST_DIR}/${f})
  set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/${f} PROPERTIES QT_RESOURCE_ALIAS lessons/${f})
endforeach()
qt_add_resources(parlab_ui parlab_lessons PREFIX "/" FILES ${_lesson_paths})
target_compile_definitions(parlab_ui PRIVATE
  PARLAB_INSTALLED_LESSONS="${CMAKE_INSTALL_FULL_DATADIR}/parlab/lessons")
install(DIRECTORY ${CMAKE_CURRENT_LIST_DIR}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/parlab/lessons
        FILES_MATCHING PATTERN "*.md")
