module example.com/import_program

go 1.19
