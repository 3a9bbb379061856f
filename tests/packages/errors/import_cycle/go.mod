module example.com/import_cycle

go 1.19
