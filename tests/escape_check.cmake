# Escape-analysis soundness check: every golden program (tests/programs/NAME.mgo) is built with
# `mgo build -O0 --check-escape` and must still print NAME.out exactly. In that mode every stack
# object whose address is taken lives in a checked frame that becomes inaccessible (PROT_NONE,
# never reused) when its function returns, so a pointer the escape analysis wrongly kept on the
# stack faults with "fatal error: escape check: access to dead stack object" (docs/ESCAPE.md).
# Tests: escape-check/NAME and escape-check/concurrent/NAME (tests/programs_concurrent, run with
# GOMAXPROCS=1 and 4) (label `escape-check`; -O0 only, to keep the time down). A program
# that fails its plain golden test (golden/O0/NAME) fails here too; that is not masked.
# The negative test (a checked frame faults after exit) is the unit test
# tests/unit/runtime_escape_check_test.cpp.
find_package(Python3 COMPONENTS Interpreter)
file(GLOB MGO_ESCAPE_CHECK_PROGRAMS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/programs/*.mgo)
file(GLOB MGO_ESCAPE_CHECK_CONCURRENT_PROGRAMS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/programs_concurrent/*.mgo)

function(mgo_register_escape_check_tests)
  if(NOT TARGET mgo OR NOT Python3_Interpreter_FOUND)
    return()
  endif()
  foreach(program ${MGO_ESCAPE_CHECK_PROGRAMS})
    get_filename_component(name ${program} NAME_WE)
    add_test(NAME escape-check/${name}
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/tools/run_golden.py
                     --mgo ${CMAKE_CURRENT_SOURCE_DIR}/escape_check/mgo_check_escape.sh
                     --opt 0 --timeout 180 ${program})
    set_tests_properties(escape-check/${name} PROPERTIES LABELS "escape-check" TIMEOUT 600
                         ENVIRONMENT "MGO_CHECK_ESCAPE_REAL=$<TARGET_FILE:mgo>")
  endforeach()
  # The concurrency programs too, under GOMAXPROCS=1 and 4: goroutine stacks hold checked frames
  # as well. Programs with a NAME.env (GC stress under GOGC=1) are left out: a checked frame costs
  # mmap/mprotect calls, and stress_gc then needs ~85 s even with the default GOGC.
  foreach(program ${MGO_ESCAPE_CHECK_CONCURRENT_PROGRAMS})
    get_filename_component(name ${program} NAME_WE)
    get_filename_component(dir ${program} DIRECTORY)
    if(EXISTS ${dir}/${name}.env)
      continue()
    endif()
    add_test(NAME escape-check/concurrent/${name}
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/tools/run_golden.py
                     --mgo ${CMAKE_CURRENT_SOURCE_DIR}/escape_check/mgo_check_escape.sh
                     --opt 0 --timeout 180 --procs 1,4 ${program})
    set_tests_properties(escape-check/concurrent/${name} PROPERTIES LABELS "escape-check" TIMEOUT 600
                         ENVIRONMENT "MGO_CHECK_ESCAPE_REAL=$<TARGET_FILE:mgo>")
  endforeach()
  # The flag through `mgo run` as well (the suite above uses `mgo build`).
  add_test(NAME escape-check/cli-run
           COMMAND $<TARGET_FILE:mgo> run --check-escape ${CMAKE_CURRENT_SOURCE_DIR}/escape_allocs/seed_stack_heap.go)
  set_tests_properties(escape-check/cli-run PROPERTIES LABELS "escape-check"
                       PASS_REGULAR_EXPRESSION "^Dinda Dinda\n$" ENVIRONMENT "GODEBUG=")
endfunction()
cmake_language(DEFER CALL mgo_register_escape_check_tests)
