# Concurrency golden programs: every tests/programs_concurrent/NAME.mgo is compiled by mgo at -O0
# and -O2 and run with GOMAXPROCS=1 and GOMAXPROCS=4; stdout must equal NAME.out byte for byte,
# the exit status NAME.code (default 0), stderr must satisfy NAME.err (default: empty). An optional
# NAME.env holds extra environment variables, one K=V per line (e.g. GOGC=1 for GC stress).
# Tests: concurrent/O<opt>/NAME (label `concurrent`): one build, then one run with GOMAXPROCS=1
# and one with GOMAXPROCS=4 (run_golden.py --procs), both checked.
# tests/programs_concurrent/stress/NAME.mgo are long stress programs (1,000,000 parked goroutines):
# only -O2, GOMAXPROCS 1 and 4, label `stress` (not in the quick suite; `ctest -L concurrent` runs
# the others).
# Runner: tests/tools/run_golden.py. Expected files come from Go 1.19 (scripts/regen-expected.sh);
# the programs are deterministic by design (no output depends on scheduling). Registration is
# deferred like golden.cmake's.
find_package(Python3 COMPONENTS Interpreter)
file(GLOB MGO_CONCURRENT_PROGRAMS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/programs_concurrent/*.mgo)
file(GLOB MGO_CONCURRENT_STRESS_PROGRAMS CONFIGURE_DEPENDS
     ${CMAKE_CURRENT_SOURCE_DIR}/programs_concurrent/stress/*.mgo)

function(mgo_add_concurrent_test program prefix label opts timeout)
  get_filename_component(name ${program} NAME_WE)
  get_filename_component(dir ${program} DIRECTORY)
  set(env_args "")
  if(EXISTS ${dir}/${name}.env)
    file(STRINGS ${dir}/${name}.env env_lines)
    foreach(kv ${env_lines})
      list(APPEND env_args --env ${kv})
    endforeach()
  endif()
  foreach(opt ${opts})
    set(test_name ${prefix}/O${opt}/${name})
    add_test(NAME ${test_name}
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/tools/run_golden.py
                     --mgo $<TARGET_FILE:mgo> --opt ${opt} --timeout ${timeout}
                     --procs 1,4 ${env_args} ${program})
    set_tests_properties(${test_name} PROPERTIES LABELS ${label} TIMEOUT 1200)
    if(label STREQUAL "stress")  # ~4 GB peak RSS: never alongside other tests
      set_tests_properties(${test_name} PROPERTIES RUN_SERIAL TRUE)
    endif()
  endforeach()
endfunction()

function(mgo_register_concurrent_tests)
  if(NOT TARGET mgo OR NOT Python3_Interpreter_FOUND)
    message(STATUS "concurrent tests: not registered (needs the mgo target and Python 3)")
    return()
  endif()
  foreach(program ${MGO_CONCURRENT_PROGRAMS})
    mgo_add_concurrent_test(${program} concurrent concurrent "0;2" 60)
  endforeach()
  foreach(program ${MGO_CONCURRENT_STRESS_PROGRAMS})
    mgo_add_concurrent_test(${program} concurrent-stress stress "2" 600)
  endforeach()
endfunction()
cmake_language(DEFER CALL mgo_register_concurrent_tests)
