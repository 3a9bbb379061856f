# Included last (tests/*.cmake are included in alphabetical order): by now tests/sanitizers.cmake
# has defined MGO_FRONTEND_ASAN (the ASan+UBSan front-end tool) if it could, so the error and
# robustness suites register their `-asan` variants here. Without MGO_FRONTEND_ASAN nothing is
# registered.
if(DEFINED MGO_FRONTEND_ASAN)
  mgo_register_error_tests_asan()
  mgo_register_robustness_tests_asan()
endif()
