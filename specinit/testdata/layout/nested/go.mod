module example.com/gen/nested

go 1.26.0
