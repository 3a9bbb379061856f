# Concurrency golden programs: every tests/programs_concurrent/NAME.mgo is compiled by mgo at -O0
# and -O2 and run with GOMAXPROCS=1 and GOMAXPROCS=4; stdout must equal NAME.out byte for byte,
# the exit status NAME.code (default 0), stderr must satisfy NAME.err (default: empty).
# Tests: concurrent/O<opt>/P<procs>/NAME (label `concurrent`). Runner: tests/tools/run_golden.py.
# Expected files come from Go 1.19 (scripts/regen-expected.sh); the programs are deterministic by
# design (no output depends on scheduling). Registration is deferred like golden.cmake's.
find_package(Python3 COMPONENTS Interpreter)
file(GLOB MGO_CONCURRENT_PROGRAMS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/programs_concurrent/*.mgo)

function(mgo_register_concurrent_tests)
  if(NOT TARGET mgo OR NOT Python3_Interpreter_FOUND)
    message(STATUS "concurrent tests: not registered (needs the mgo target and Python 3)")
    return()
  endif()
  foreach(program ${MGO_CONCURRENT_PROGRAMS})
    get_filename_component(name ${program} NAME_WE)
    foreach(opt 0 2)
      foreach(procs 1 4)
        set(test_name concurrent/O${opt}/P${procs}/${name})
        add_test(NAME ${test_name}
                 COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/tools/run_golden.py
                         --mgo $<TARGET_FILE:mgo> --opt ${opt} --timeout 30 --env GOMAXPROCS=${procs}
                         ${program})
        set_tests_properties(${test_name} PROPERTIES LABELS "concurrent" TIMEOUT 300)
      endforeach()
    endforeach()
  endforeach()
endfunction()
cmake_language(DEFER CALL mgo_register_concurrent_tests)
