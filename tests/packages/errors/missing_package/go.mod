module example.com/missing_package

go 1.19
