# Compile-error suite: every tests/errors/NAME.mgo must make `mgo build` exit with status 1 and
# print exactly the diagnostics of NAME.diag (Go 1.19's, `LINE:COL: message`, file prefix
# stripped; produced by scripts/regen-expected.sh). tests/errors/unsupported/NAME.mgo carry
# hand-written `unsupported: <feature>` diagnostics (valid Go that mini-Go rejects).
# Tests: errors/NAME and errors/unsupported/NAME (label `errors`); when tests/sanitizers.cmake
# builds the ASan+UBSan front end it sets MGO_FRONTEND_ASAN, and tests/zz_asan.cmake (included
# after every other module) calls mgo_register_error_tests_asan() below, which registers the same
# files against it as errors-asan/... (labels `errors;asan`). Runner: tests/tools/run_errors.py.
# The mgo registration is deferred to the end of tests/ so that the mgo target is visible.
find_package(Python3 COMPONENTS Interpreter)
file(GLOB MGO_ERROR_PROGRAMS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/errors/*.mgo)
file(GLOB MGO_UNSUPPORTED_PROGRAMS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/errors/unsupported/*.mgo)

function(mgo_add_error_tests prefix tool labels)
  foreach(program ${MGO_ERROR_PROGRAMS} ${MGO_UNSUPPORTED_PROGRAMS})
    get_filename_component(name ${program} NAME_WE)
    get_filename_component(dir ${program} DIRECTORY)
    get_filename_component(dirname ${dir} NAME)
    if(dirname STREQUAL "unsupported")
      set(test_name ${prefix}/unsupported/${name})
    else()
      set(test_name ${prefix}/${name})
    endif()
    add_test(NAME ${test_name}
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/tools/run_errors.py
                     --mgo ${tool} ${program})
    set_tests_properties(${test_name} PROPERTIES LABELS "${labels}" TIMEOUT 120)
  endforeach()
endfunction()

function(mgo_register_error_tests)
  if(NOT Python3_Interpreter_FOUND)
    return()
  endif()
  if(TARGET mgo)
    mgo_add_error_tests(errors $<TARGET_FILE:mgo> "errors")
  else()
    message(STATUS "error tests: not registered (no mgo target)")
  endif()
endfunction()

# Called by tests/zz_asan.cmake: the error suite against the sanitizer build of the front end.
function(mgo_register_error_tests_asan)
  if(Python3_Interpreter_FOUND AND DEFINED MGO_FRONTEND_ASAN)
    mgo_add_error_tests(errors-asan ${MGO_FRONTEND_ASAN} "errors;asan")
  endif()
endfunction()
cmake_language(DEFER CALL mgo_register_error_tests)
