package store

import _ "example.com/gen/internal/notify"
