module example.com/tool/v2

go 1.22
