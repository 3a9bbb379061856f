# Allocation-count tests of the escape analysis (label `escape`): every tests/escape_allocs/NAME.go
# is built by mgo and run with GODEBUG=allocs=1; stdout must equal NAME.out (Go 1.19's, from
# tests/escape_allocs/regen.sh) and the runtime's heap-allocation count must match NAME.allocs
# (exact, or an upper bound where the runtime allocates internally, with the reason in the file).
# Tests: escape-allocs/O0/NAME, escape-allocs/O2/NAME, escape-allocs/check/NAME (-O0 with
# --check-escape: the stack placements are also sound), and escape-allocs/decisions: mgo's -m
# lines for these programs against Go's (NAME.expected; the deliberate differences, all "more
# precise than Go", in NAME.mgo-diff). Runner: tests/escape_allocs/run_allocs_test.py.
find_package(Python3 COMPONENTS Interpreter)
file(GLOB MGO_ESCAPE_ALLOC_PROGRAMS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/escape_allocs/*.go)

function(mgo_register_escape_alloc_tests)
  if(NOT TARGET mgo OR NOT Python3_Interpreter_FOUND)
    return()
  endif()
  set(runner ${CMAKE_CURRENT_SOURCE_DIR}/escape_allocs/run_allocs_test.py)
  foreach(program ${MGO_ESCAPE_ALLOC_PROGRAMS})
    get_filename_component(name ${program} NAME_WE)
    foreach(opt 0 2)
      add_test(NAME escape-allocs/O${opt}/${name}
               COMMAND ${Python3_EXECUTABLE} ${runner} --mgo $<TARGET_FILE:mgo> --opt ${opt} ${program})
      set_tests_properties(escape-allocs/O${opt}/${name} PROPERTIES LABELS "escape" TIMEOUT 300)
    endforeach()
    add_test(NAME escape-allocs/check/${name}
             COMMAND ${Python3_EXECUTABLE} ${runner} --mgo $<TARGET_FILE:mgo> --opt 0 --check-escape ${program})
    set_tests_properties(escape-allocs/check/${name} PROPERTIES LABELS "escape" TIMEOUT 300)
  endforeach()
  add_test(NAME escape-allocs/decisions
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/escape/run_escape_tests.py
                   --tool $<TARGET_FILE:mgo> ${CMAKE_CURRENT_SOURCE_DIR}/escape_allocs)
  set_tests_properties(escape-allocs/decisions PROPERTIES LABELS "escape")
endfunction()
cmake_language(DEFER CALL mgo_register_escape_alloc_tests)
