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
