module example.com/package_mismatch

go 1.19
