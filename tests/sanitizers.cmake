# The front end (grammar excluded: generated code) built a second time with ASan+UBSan, as the
# tool mgo_frontend_asan; the error suite and the robustness fuzzing run against it too (see
# tests/errors.cmake and tests/robustness.cmake, which use MGO_FRONTEND_ASAN when it is defined).
file(GLOB MGO_FRONTEND_SAN_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/frontend/*.cpp)
if(MGO_FRONTEND_SAN_SOURCES)
  add_executable(mgo_frontend_asan ${MGO_FRONTEND_SAN_SOURCES} ${MGO_LIBRARY_SOURCES_CPP} ${CMAKE_CURRENT_SOURCE_DIR}/tools/frontend_check.cpp)
  add_dependencies(mgo_frontend_asan mgo_go_library)  # generates MGO_LIBRARY_SOURCES_CPP
  target_include_directories(mgo_frontend_asan PRIVATE ${CMAKE_SOURCE_DIR} ${LLVM_INCLUDE_DIRS})
  target_compile_definitions(mgo_frontend_asan PRIVATE ${LLVM_DEFINITIONS})
  set(MGO_ASAN_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_compile_options(mgo_frontend_asan PRIVATE -O1 ${MGO_ASAN_FLAGS})
  target_link_options(mgo_frontend_asan PRIVATE ${MGO_ASAN_FLAGS})
  target_link_libraries(mgo_frontend_asan PRIVATE mgo_grammar LLVM)
  set_target_properties(mgo_frontend_asan PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
  set(MGO_FRONTEND_ASAN $<TARGET_FILE:mgo_frontend_asan>)
endif()
