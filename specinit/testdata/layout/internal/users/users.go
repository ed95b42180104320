package users

import (
	_ "example.com/gen/nested" // another module: no component's business
	_ "example.com/gen/pkg/log"
)
