# Golden programs: every tests/programs/NAME.mgo is compiled by mgo at -O0 and at -O2 and run;
# stdout must equal NAME.out byte for byte, the exit status NAME.code (default 0), stderr must
# satisfy NAME.err (default: empty). Tests: golden/O0/NAME, golden/O2/NAME (label `golden`).
# Runner: tests/tools/run_golden.py. Expected files come from Go 1.19 (scripts/regen-expected.sh).
# Registration is deferred to the end of tests/ so that it sees every target; without the mgo
# target (early in the project) nothing is registered and configuration still succeeds.
find_package(Python3 COMPONENTS Interpreter)
file(GLOB MGO_GOLDEN_PROGRAMS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/programs/*.mgo)

function(mgo_register_golden_tests)
  if(NOT TARGET mgo OR NOT Python3_Interpreter_FOUND)
    message(STATUS "golden tests: not registered (needs the mgo target and Python 3)")
    return()
  endif()
  foreach(program ${MGO_GOLDEN_PROGRAMS})
    get_filename_component(name ${program} NAME_WE)
    foreach(opt 0 2)
      add_test(NAME golden/O${opt}/${name}
               COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/tools/run_golden.py
                       --mgo $<TARGET_FILE:mgo> --opt ${opt} --timeout 10 ${program})
      set_tests_properties(golden/O${opt}/${name} PROPERTIES LABELS "golden" TIMEOUT 300)
    endforeach()
  endforeach()
endfunction()
cmake_language(DEFER CALL mgo_register_golden_tests)

# Multi-package programs: every module directory tests/packages/NAME/ (go.mod at its root, the
# main package there, its own packages in subdirectories) is built by `mgo build DIR` at -O0 and
# -O2 and run against NAME.out (and .code/.err) beside the directory: golden/packages/O*/NAME.
# Error modules tests/packages/errors/NAME/ must fail with NAME.diag: errors/packages/NAME.
file(GLOB MGO_PACKAGE_DIRS CONFIGURE_DEPENDS LIST_DIRECTORIES true ${CMAKE_CURRENT_SOURCE_DIR}/packages/*/go.mod)
file(GLOB MGO_PACKAGE_ERROR_DIRS CONFIGURE_DEPENDS LIST_DIRECTORIES true ${CMAKE_CURRENT_SOURCE_DIR}/packages/errors/*/go.mod)

function(mgo_register_package_tests)
  if(NOT TARGET mgo OR NOT Python3_Interpreter_FOUND)
    return()
  endif()
  foreach(gomod ${MGO_PACKAGE_DIRS})
    get_filename_component(dir ${gomod} DIRECTORY)
    get_filename_component(name ${dir} NAME)
    foreach(opt 0 2)
      add_test(NAME golden/packages/O${opt}/${name}
               COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/tools/run_golden.py
                       --mgo $<TARGET_FILE:mgo> --opt ${opt} --timeout 10 ${dir})
      set_tests_properties(golden/packages/O${opt}/${name} PROPERTIES LABELS "golden" TIMEOUT 300)
    endforeach()
  endforeach()
  foreach(gomod ${MGO_PACKAGE_ERROR_DIRS})
    get_filename_component(dir ${gomod} DIRECTORY)
    get_filename_component(name ${dir} NAME)
    add_test(NAME errors/packages/${name}
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/tools/run_errors.py
                     --mgo $<TARGET_FILE:mgo> ${dir})
    set_tests_properties(errors/packages/${name} PROPERTIES LABELS "errors" TIMEOUT 120)
  endforeach()
  # `mgo run` with the files of package main named one by one (go run's form) instead of a directory.
  add_test(NAME golden/packages/run-files
           COMMAND $<TARGET_FILE:mgo> run main.go util.go
           WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/packages/shapes_registry)
  set_tests_properties(golden/packages/run-files PROPERTIES LABELS "golden"
                       PASS_REGULAR_EXPRESSION "^== shapes v1.0 ==\ncircle r=1 at \\(0,0\\) ")
endfunction()
cmake_language(DEFER CALL mgo_register_package_tests)
