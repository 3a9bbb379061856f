# Robustness (label `robustness`): the front end must never crash, hang or trip a sanitizer on
# broken input. tests/tools/fuzz_frontend.py compiles, for 15 sample golden programs, 20
# truncations and 20 seeded random mutations each (10 + 10 for the sanitizer build; status 1,
# or 0 if still valid), plus generated programs with 10,000 nested parentheses / blocks / composite literals (status 1)
# and a 20,000-term expression (0 or 1). Tests: robustness/fuzz/NAME, robustness/deep; with
# the ASan+UBSan front end of tests/sanitizers.cmake (MGO_FRONTEND_ASAN) also
# robustness-asan/... (labels `robustness;asan`), registered by mgo_register_robustness_tests_asan()
# which tests/zz_asan.cmake calls. Whole label: under 2 minutes on 2 cores (ctest -j2).
find_package(Python3 COMPONENTS Interpreter)
set(MGO_FUZZ_SAMPLES const_iota switch_forms composite_literals closures_capture
    fmt_default_formats tiny_interpreter methods_receivers strings_ops calculator_parser
    struct_embedding maps_structs_slices defer_named_results labeled_break_continue named_types
    sorting)

# inputs_each: truncations and mutations per sample (the sanitizer build is ~3x slower, so it
# gets fewer to keep the whole label under 2 minutes on 2 cores).
function(mgo_add_robustness_tests prefix tool labels inputs_each)
  set(fuzz ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/tools/fuzz_frontend.py --mgo ${tool}
      --truncations ${inputs_each} --mutations ${inputs_each}
      --save-dir ${CMAKE_BINARY_DIR}/fuzz-failures/${prefix})
  foreach(sample ${MGO_FUZZ_SAMPLES})
    add_test(NAME ${prefix}/fuzz/${sample}
             COMMAND ${fuzz} ${CMAKE_CURRENT_SOURCE_DIR}/programs/${sample}.mgo)
    set_tests_properties(${prefix}/fuzz/${sample} PROPERTIES LABELS "${labels}" TIMEOUT 300)
  endforeach()
  add_test(NAME ${prefix}/deep COMMAND ${fuzz} --deep --depth 10000)
  set_tests_properties(${prefix}/deep PROPERTIES LABELS "${labels}" TIMEOUT 300)
endfunction()

function(mgo_register_robustness_tests)
  if(NOT Python3_Interpreter_FOUND)
    return()
  endif()
  if(TARGET mgo)
    mgo_add_robustness_tests(robustness $<TARGET_FILE:mgo> "robustness" 20)
  else()
    message(STATUS "robustness tests: not registered (no mgo target)")
  endif()
endfunction()

# Called by tests/zz_asan.cmake: the same fuzzing against the sanitizer build of the front end.
function(mgo_register_robustness_tests_asan)
  if(Python3_Interpreter_FOUND AND DEFINED MGO_FRONTEND_ASAN)
    mgo_add_robustness_tests(robustness-asan ${MGO_FRONTEND_ASAN} "robustness;asan" 10)
  endif()
endfunction()
cmake_language(DEFER CALL mgo_register_robustness_tests)
