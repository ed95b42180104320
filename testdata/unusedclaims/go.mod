module example.com/unusedclaims

go 1.22
