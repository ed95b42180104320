package service

import (
	"time"

	"example.com/monolith/internal/payments/api"
	"github.com/spf13/viper"
)

// MaxItems is the most items one order may hold.
func MaxItems() int {
	return viper.GetInt("orders.max_items")
}

// CaptureTimeout is how long Place waits for the charge to be captured.
func CaptureTimeout() time.Duration {
	return viper.GetDuration("Payments.Capture_Timeout") // violation (config key): payments.* belongs to payments; keys are case-insensitive
}

// ChargeRetries is how often Place retries a declined charge.
func ChargeRetries() int {
	return api.RetryLimit() // violation (env, through a getter): RetryLimit returns PAYMENTS_RETRY_LIMIT, payments'
}

// Configure sets the defaults order placement relies on.
func Configure() {
	viper.SetDefault("orders.max_items", 50)
	viper.SetDefault("payments.capture_timeout", "30s") // violation (config key write): payments.* belongs to payments
}
