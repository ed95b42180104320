module example.com/arch

go 1.26.0
