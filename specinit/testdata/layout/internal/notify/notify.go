package notify

import _ "example.com/gen/internal/route/model"
