package orders_test

import _ "example.com/gen/internal/users"
