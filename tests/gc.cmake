# Garbage-collector tests (label `gc`), run by tests/tools/run_golden.py at -O2:
#   gc/alloc_churn_20gb   20,000,000 x 1 KiB allocations (~20 GB) with 16 MiB live: completes,
#                         prints Go's checksum, and the program's peak RSS stays under 300 MB.
#   gc/linked_million     a 1,000,000-node list and tree checked across many collections,
#   gc/linked_million_gogc1  the same with GOGC=1 (a collection after almost every allocation
#                         burst); both must print Go's output (tests/gc/linked_million.out).
# Peak RSS is the child's own ru_maxrss (os.wait4), so compiling does not count.
find_package(Python3 COMPONENTS Interpreter)

function(mgo_register_gc_tests)
  if(NOT TARGET mgo OR NOT Python3_Interpreter_FOUND)
    message(STATUS "gc tests: not registered (needs the mgo target and Python 3)")
    return()
  endif()
  set(runner ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/tools/run_golden.py --mgo $<TARGET_FILE:mgo> --opt 2)
  set(dir ${CMAKE_CURRENT_SOURCE_DIR}/gc)
  add_test(NAME gc/alloc_churn_20gb
           COMMAND ${runner} --timeout 600 --max-rss-mb 300 ${dir}/alloc_churn_20gb.mgo)
  set_tests_properties(gc/alloc_churn_20gb PROPERTIES LABELS "gc" TIMEOUT 900 RUN_SERIAL TRUE)
  add_test(NAME gc/linked_million COMMAND ${runner} --timeout 300 ${dir}/linked_million.mgo)
  set_tests_properties(gc/linked_million PROPERTIES LABELS "gc" TIMEOUT 600)
  add_test(NAME gc/linked_million_gogc1
           COMMAND ${runner} --timeout 300 --env GOGC=1 ${dir}/linked_million.mgo)
  set_tests_properties(gc/linked_million_gogc1 PROPERTIES LABELS "gc" TIMEOUT 600)
endfunction()
cmake_language(DEFER CALL mgo_register_gc_tests)
