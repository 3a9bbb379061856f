# Escape-analysis suite: tests/escape/NAME.go + NAME.expected (Go 1.19's `go build -gcflags='-m -l'`
# lines, produced by scripts/regen-escape.sh) [+ NAME.mgo-diff: lines where mgo is deliberately
# more precise], compared by tests/escape/run_escape_tests.py as a set of lines per position.
# Tools: mgo_escape_dump (tests/tools/escape_dump.cpp: parse + check + analyse + print -m) in
# escape/corpus, and the real command line `mgo escape FILE` in escape/corpus-cli (the files include
# non-main packages, which `mgo escape` analyses without linking).
if(EXISTS ${CMAKE_SOURCE_DIR}/frontend/checker.cpp AND EXISTS ${CMAKE_SOURCE_DIR}/grammar/GoParser.g4)
  add_executable(mgo_escape_dump ${CMAKE_CURRENT_SOURCE_DIR}/tools/escape_dump.cpp)
  target_include_directories(mgo_escape_dump PRIVATE ${CMAKE_SOURCE_DIR})
  target_compile_options(mgo_escape_dump PRIVATE ${MGO_WARNINGS})
  target_link_libraries(mgo_escape_dump PRIVATE mgo_analysis mgo_frontend)
  set_target_properties(mgo_escape_dump PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
  find_package(Python3 COMPONENTS Interpreter REQUIRED)
  add_test(NAME escape/corpus
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/escape/run_escape_tests.py
                   --tool $<TARGET_FILE:mgo_escape_dump> ${CMAKE_CURRENT_SOURCE_DIR}/escape)
  set_tests_properties(escape/corpus PROPERTIES LABELS "escape")
  if(TARGET mgo)
    add_test(NAME escape/corpus-cli
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/escape/run_escape_tests.py
                     --tool $<TARGET_FILE:mgo> ${CMAKE_CURRENT_SOURCE_DIR}/escape)
    set_tests_properties(escape/corpus-cli PROPERTIES LABELS "escape")
  endif()
  add_test(NAME escape/speed
           COMMAND ${CMAKE_SOURCE_DIR}/bench/escape_speed/measure.sh $<TARGET_FILE:mgo_escape_dump> 1000)
  set_tests_properties(escape/speed PROPERTIES LABELS "escape")
endif()
