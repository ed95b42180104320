module example.com/gen

go 1.26.0

require example.com/gen/nested v0.0.0

replace example.com/gen/nested => ./nested
